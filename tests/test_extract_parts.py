"""Parts of a total are no second total, each in sentences of our own: the change of one part of
the FDI breakdown, a breakdown opened "By sector," / "Theo lĩnh vực,", a smaller sum read from
the topic alone beside the total its own clause states, the parks' own share, money set aside
for projects; and a month's figure beside its window's running total."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from etl.models import Entity
from tests.conftest import extraction_places
from tests.test_extract_rules import CATALOGUE, facts, reasons

Q3_2021 = ("2021-07-01", "2021-09-30")


def test_the_change_of_a_part_of_the_breakdown_is_no_change_of_the_total():
    body = (
        "In the third quarter of 2021 Binh Duong drew US$640 million of FDI, up 12% on a year "
        "earlier. Broken down, it licensed 40 new projects worth US$300 million, 55% more "
        "than a year before, and 21 running projects added US$240 million, down 8%."
    )
    found = facts(body, date(2021, 10, 8))
    changes = {f[2] for f in found if f[0] == "fdi_capital_period_yoy_pct"}
    assert changes == {12.0}
    assert ("fdi_new_capital_period", None, 300e6, *Q3_2021) in found
    assert ("fdi_adjusted_capital_period", None, 240e6, *Q3_2021) in found


def test_a_sentence_opening_a_breakdown_by_sector_states_parts():
    body = (
        "Binh Duong took in US$640 million of foreign investment in the third quarter of 2021. "
        "By sector, chip packaging led with US$350 million, ahead of logistics."
    )
    assert facts(body, date(2021, 10, 8)) == {("fdi_capital_period", None, 640e6, *Q3_2021)}
    assert "breakdown" in reasons(body, date(2021, 10, 8))["US$350 million"]


def test_a_vietnamese_breakdown_by_field_states_parts():
    body = (
        "Quý III/2021, Bình Dương thu hút 640 triệu USD vốn đầu tư nước ngoài. Theo lĩnh vực, "
        "điện tử dẫn đầu với 350 triệu USD."
    )
    assert facts(body, date(2021, 10, 8), lang="vi") == {
        ("fdi_capital_period", None, 640e6, *Q3_2021)
    }


def test_a_smaller_sum_read_from_the_topic_alone_is_a_part_of_the_stated_total():
    body = (
        "Binh Duong took in US$640 million of foreign investment in the third quarter of 2021. "
        "Trade and services came next with US$95 million."
    )
    assert facts(body, date(2021, 10, 8)) == {("fdi_capital_period", None, 640e6, *Q3_2021)}


def test_what_the_parks_took_and_what_went_outside_them_are_subsets():
    body = (
        "Binh Duong took in US$640 million of foreign investment in the third quarter of 2021. "
        "Industrial zones took US$500 million of it. Investment outside the parks came to "
        "US$140 million."
    )
    assert facts(body, date(2021, 10, 8)) == {("fdi_capital_period", None, 640e6, *Q3_2021)}


def test_money_set_aside_for_projects_is_not_budget_revenue():
    body = (
        "Binh Duong's state budget revenue in the first nine months of 2023 was VND 45,000 "
        "billion. The province also set aside VND 9,000 billion for transport projects."
    )
    assert facts(body, date(2023, 10, 5)) == {
        ("budget_revenue_period", None, 45e12, "2023-01-01", "2023-09-30")
    }


def test_a_flow_compared_with_the_month_before_is_the_windows_last_month():
    body = (
        "Bình Dương công bố số liệu 9 tháng đầu năm 2024. Kim ngạch xuất khẩu ước đạt 3,1 tỷ "
        "USD, cao hơn tháng trước 4,2%; lũy kế 9 tháng đạt 26,4 tỷ USD."
    )
    found = facts(body, date(2024, 10, 2), lang="vi")
    assert ("exports_period", None, 3.1e9, "2024-09-01", "2024-09-30") in found
    assert ("exports_period", None, 26.4e9, "2024-01-01", "2024-09-30") in found


def test_a_flow_with_no_comparison_keeps_the_whole_window():
    body = (
        "Bình Dương công bố số liệu 9 tháng đầu năm 2024. Kim ngạch xuất khẩu ước đạt 26,4 tỷ "
        "USD, tăng 12% so với cùng kỳ."
    )
    found = facts(body, date(2024, 10, 2), lang="vi")
    assert ("exports_period", None, 26.4e9, "2024-01-01", "2024-09-30") in found


def test_the_change_in_the_number_of_firms_is_no_change_of_fdi_capital():
    body = (
        "Sáu tháng đầu năm 2022, Bình Dương thu hút 1,9 tỷ USD vốn đầu tư nước ngoài. Khu vực "
        "có vốn đầu tư trực tiếp nước ngoài có số doanh nghiệp giảm 6,3%."
    )
    found = facts(body, date(2022, 7, 4), lang="vi")
    assert found == {("fdi_capital_period", None, 1.9e9, "2022-01-01", "2022-06-30")}


def test_the_change_of_the_share_purchases_is_no_change_of_the_total():
    body = (
        "Trong quý I/2021, Bình Dương thu hút 700 triệu USD vốn FDI, bằng 130% so với cùng kỳ; "
        "có 40 lượt nhà đầu tư góp vốn, mua cổ phần, bằng 35% so với cùng kỳ."
    )
    found = facts(body, date(2021, 4, 6), lang="vi")
    changes = {f[2] for f in found if f[0] == "fdi_capital_period_yoy_pct"}
    assert changes == {30.0}


def test_ty_do_is_dollars():
    body = "Năm 2023, kim ngạch xuất khẩu của Bình Dương ước đạt 32,4 tỷ đô."
    assert facts(body, date(2024, 1, 3), lang="vi") == {
        ("exports_period", None, 32.4e9, "2023-01-01", "2023-12-31")
    }


def test_a_since_january_in_a_sentence_without_figures_keeps_the_years_frame():
    body = (
        "Kinh tế Bình Dương năm 2023 giữ đà tăng trưởng. Ngay từ đầu năm, tỉnh đã triển khai "
        "nhiều giải pháp hỗ trợ doanh nghiệp. Tổng sản phẩm trong tỉnh (GRDP) ước tăng 6,1%."
    )
    assert facts(body, date(2023, 12, 20), lang="vi") == {
        ("grdp_growth_pct", None, 6.1, "2023-01-01", "2023-12-31")
    }


def test_a_place_list_after_behind_is_a_ranking_not_the_owner():
    body = (
        "At the end of the second quarter of 2020, Binh Duong ranked third nationwide, behind "
        "only Ho Chi Minh City and Hanoi, with 3,700 valid projects and US$35.2 billion of "
        "registered capital."
    )
    assert facts(body, date(2020, 8, 1)) == {
        ("fdi_projects_total", None, 3700.0, None, "2020-06-30"),
        ("fdi_capital_total", None, 35.2e9, None, "2020-06-30"),
    }


def test_thousands_of_licensed_projects_are_the_total_not_a_years_new_ones():
    body = "Binh Duong now has 4,100 licensed FDI projects, the province said."
    assert facts(body, date(2023, 5, 2)) == {
        ("fdi_projects_total", None, 4100.0, None, "2023-05-02")
    }


def test_buying_shares_is_a_capital_contribution():
    body = (
        "In the first half of 2020, 70 foreign investors were allowed to buy shares in Binh "
        "Duong firms worth US$90 million."
    )
    found = facts(body, date(2020, 7, 3))
    assert ("fdi_contribution_capital_period", None, 90e6, "2020-01-01", "2020-06-30") in found


def test_a_change_against_another_named_month_is_month_on_month():
    body = (
        "Binh Duong's exports recovered in March. For the month as a whole, export revenue was "
        "21.5% higher than in February and 6.2% up year on year."
    )
    found = facts(body, date(2024, 4, 4))
    assert found == {("exports_period_yoy_pct", None, 6.2, "2024-03-01", "2024-03-31")}


def test_the_sources_of_budget_revenue_are_parts():
    body = (
        "Binh Duong's state budget revenue in the first nine months of 2024 was VND 46,000 "
        "billion. The private sector paid VND 9,800 billion and personal income tax brought in "
        "VND 5,900 billion."
    )
    assert facts(body, date(2024, 10, 4)) == {
        ("budget_revenue_period", None, 46e12, "2024-01-01", "2024-09-30")
    }


def test_the_figures_told_at_an_event_are_the_provinces():
    body = (
        "Binh Duong hosted a trade forum for Korean firms on May 12. Speaking at the event, the "
        "provincial vice chairman said that, as of April 30, 4,200 foreign-invested projects "
        "worth US$40.1 billion were registered in the province."
    )
    assert facts(body, date(2023, 5, 13)) == {
        ("fdi_projects_total", None, 4200.0, None, "2023-04-30"),
        ("fdi_capital_total", None, 40.1e9, None, "2023-04-30"),
    }


def test_european_investors_are_the_eus():
    body = (
        "So far Binh Duong counts 4,100 FDI projects; investors from 23 European countries "
        "hold 410 projects worth over US$6.9 billion."
    )
    found = facts(body, date(2023, 3, 1))
    assert ("fdi_projects_total", "EU", 410.0, None, "2023-03-01") in found
    assert ("fdi_capital_total", "EU", 6.9e9, None, "2023-03-01") in found


def test_a_period_in_the_amounts_own_clause_beats_one_in_an_earlier_clause():
    body = (
        "The director said the year had begun well for Binh Duong, with US$510 million of FDI "
        "coming in during January."
    )
    assert facts(body, date(2019, 2, 12)) == {
        ("fdi_capital_period", None, 510e6, "2019-01-01", "2019-01-31")
    }


def test_what_a_province_wants_to_attract_is_a_target():
    body = "Binh Duong wants to attract at least US$2 billion of FDI in 2019."
    assert facts(body, date(2019, 2, 12)) == set()


def test_as_of_present_the_province_hosts_a_total():
    body = "As of present, Binh Duong hosts 3,000 FDI projects."
    assert facts(body, date(2019, 2, 12)) == {
        ("fdi_projects_total", None, 3000.0, None, "2019-02-12"),
    }


def test_the_big_projects_named_are_single_projects():
    body = (
        "In January 2019 Binh Duong drew US$300 million of FDI. Among the big projects licensed "
        "were an airbag project carrying an investment of US$120 million."
    )
    assert facts(body, date(2019, 2, 12)) == {
        ("fdi_capital_period", None, 300e6, "2019-01-01", "2019-01-31")
    }


def test_the_area_of_one_named_park_is_no_total():
    body = (
        "Binh Duong now has 30 industrial parks covering 13,000 hectares. Tan Hoa IP covers 450 "
        "hectares, and the province's IP authority expects strong demand."
    )
    assert facts(body, date(2024, 2, 1)) == {
        ("industrial_parks_total", None, 30.0, None, "2024-02-01"),
        ("industrial_parks_area_ha", None, 13000.0, None, "2024-02-01"),
    }


def test_the_quarter_in_a_report_of_four_months_is_the_first_quarter():
    body = (
        "Binh Duong reported on the first four months of 2024. Retail sales for the quarter "
        "came to VND 80,100 billion, and industrial production rose 4.1% in the quarter."
    )
    assert facts(body, date(2024, 5, 3)) == {
        ("retail_sales_period", None, 80.1e12, "2024-01-01", "2024-03-31"),
        ("iip_growth_pct", None, 4.1, "2024-01-01", "2024-03-31"),
    }


def test_this_year_in_a_report_of_nine_months_is_the_nine_months():
    body = (
        "Japan was Binh Duong's largest investor in January-September 2019. Altogether, 30 "
        "countries have put US$2.1 billion into the province this year."
    )
    found = facts(body, date(2019, 9, 24))
    assert ("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-09-30") in found


def test_a_rank_among_the_countrys_magnets_keeps_the_province():
    body = (
        "Binh Duong is currently the third biggest magnet for foreign direct investment (FDI) "
        "in Vietnam, with 4,000 projects."
    )
    assert facts(body, date(2023, 9, 11)) == {
        ("fdi_projects_total", None, 4000.0, None, "2023-09-11")
    }


def test_countries_after_an_export_sentence_are_markets():
    body = (
        "Sáu tháng đầu năm 2022, kim ngạch xuất khẩu của Bình Dương đạt 16 tỷ USD; Mỹ là thị "
        "trường lớn nhất với 6 tỷ USD. Hàn Quốc và Nhật Bản cùng đạt hơn 1,5 tỷ USD."
    )
    found = facts(body, date(2022, 7, 2), lang="vi")
    assert found == {("exports_period", None, 16e9, "2022-01-01", "2022-06-30")}


def test_a_branchs_change_in_parentheses_is_no_provincial_rate():
    body = (
        "Sáu tháng đầu năm 2021, chỉ số sản xuất công nghiệp (IIP) của Bình Dương tăng 8,2%. "
        "Nhiều ngành tăng so với cùng kỳ: dệt (+5,1%), trang phục (+4,3%)."
    )
    found = facts(body, date(2021, 7, 2), lang="vi")
    assert found == {("iip_growth_pct", None, 8.2, "2021-01-01", "2021-06-30")}


def test_firms_added_in_a_half_year_are_no_total():
    body = "Nửa đầu năm 2021, Bình Dương có thêm 600 doanh nghiệp công nghiệp đi vào hoạt động."
    assert facts(body, date(2021, 7, 2), lang="vi") == set()


def test_the_sum_named_again_takes_the_change_after_it():
    body = (
        "Binh Duong drew US$900 million of FDI in the first half of 2017. The sum is 60% of the "
        "yearly plan and a year-on-year rise of 7.5%."
    )
    found = facts(body, date(2017, 7, 3))
    assert ("fdi_capital_period_yoy_pct", None, 7.5, "2017-01-01", "2017-06-30") in found


def test_the_projects_of_a_countrys_investors_are_that_countrys():
    body = (
        "Đến nay Bình Dương có 520 dự án của nhà đầu tư Hàn Quốc với tổng vốn đăng ký là "
        "2,1 tỷ USD."
    )
    found = facts(body, date(2015, 8, 10), lang="vi")
    assert ("fdi_projects_total", "South Korea", 520.0, None, "2015-08-10") in found
    assert ("fdi_capital_total", "South Korea", 2.1e9, None, "2015-08-10") in found


def test_what_the_province_will_have_under_its_plan_is_a_target():
    body = "Theo quy hoạch, Bình Dương sẽ có 40 khu công nghiệp với diện tích hơn 16.000 ha."
    assert facts(body, date(2015, 8, 10), lang="vi") == set()


def test_a_districts_parks_are_a_part():
    body = (
        "Bình Dương hiện có 28 khu công nghiệp. Huyện Bến Cát có nhiều nhất với 9 khu, diện "
        "tích 4.100 ha."
    )
    assert facts(body, date(2016, 3, 1), lang="vi") == {
        ("industrial_parks_total", None, 28.0, None, "2016-03-01")
    }


def test_the_value_a_rate_is_compared_with_is_no_figure():
    body = (
        "Binh Duong's GRDP grew 6.5% in the first half of 2024, far above the 3.2% it "
        "recorded in the same period last year."
    )
    assert facts(body, date(2024, 7, 5)) == {
        ("grdp_growth_pct", None, 6.5, "2024-01-01", "2024-06-30")
    }


def test_a_base_with_its_own_period_is_that_periods_figure():
    body = (
        "Binh Duong's trade surplus for the first nine months of 2021 was US$4.7 billion, up "
        "from US$4.5 billion in January - September last year."
    )
    assert facts(body, date(2021, 10, 5)) == {
        ("trade_surplus_period", None, 4.7e9, "2021-01-01", "2021-09-30"),
        ("trade_surplus_period", None, 4.5e9, "2020-01-01", "2020-09-30"),
    }


def test_export_revenue_is_exports():
    body = (
        "Binh Duong's exports recovered, with revenue estimated at US$16 billion for the first "
        "half of 2024."
    )
    found = facts(body, date(2024, 7, 5))
    assert found == {("exports_period", None, 16e9, "2024-01-01", "2024-06-30")}


def test_a_partner_with_a_total_of_a_periods_money_has_a_flow():
    body = (
        "Investors from 20 countries put money into Binh Duong in the first half of 2016. "
        "Singapore headed the list with a total of US$300 million."
    )
    found = facts(body, date(2016, 7, 2))
    assert ("fdi_capital_period", "Singapore", 300e6, "2016-01-01", "2016-06-30") in found


def test_a_sentence_opening_with_a_sector_states_its_parts():
    body = (
        "Binh Duong drew US$1.1 billion of FDI in the first half of 2016. In services, 14 "
        "projects were newly registered, with US$80 million in all."
    )
    assert facts(body, date(2016, 7, 2)) == {
        ("fdi_capital_period", None, 1.1e9, "2016-01-01", "2016-06-30")
    }


def test_a_percent_of_the_fdi_capital_is_a_share():
    body = (
        "Binh Duong drew US$2 billion of FDI in 2019, and almost 70 percent of FDI capital "
        "came from Asia."
    )
    assert facts(body, date(2020, 1, 5)) == {
        ("fdi_capital_period", None, 2e9, "2019-01-01", "2019-12-31")
    }
    assert "share" in reasons(body, date(2020, 1, 5))["70 percent"]


def test_what_the_parks_host_is_the_parks():
    body = "Binh Duong's industrial parks now host 3,000 FDI projects."
    assert facts(body, date(2022, 5, 5)) == set()


def test_a_rate_of_a_topic_without_a_rate_metric_is_not_the_articles_rate():
    body = (
        "Tháng 5/2022, chỉ số sản xuất công nghiệp của Bình Dương tăng 12%. Tổng mức bán lẻ "
        "hàng hóa ước tăng 3% so với tháng trước và tăng 16% so với cùng kỳ."
    )
    assert facts(body, date(2022, 6, 4), lang="vi") == {
        ("iip_growth_pct", None, 12.0, "2022-05-01", "2022-05-31")
    }


def test_a_rate_after_a_month_on_month_change_is_the_months():
    body = (
        "Năm tháng đầu năm 2022, Bình Dương đạt nhiều kết quả. Kim ngạch xuất khẩu ước tăng "
        "6% so với tháng trước và tăng 15% so với cùng kỳ; lũy kế 5 tháng tăng 11% so với cùng "
        "kỳ năm 2021."
    )
    found = facts(body, date(2022, 6, 4), lang="vi")
    assert ("exports_period_yoy_pct", None, 15.0, "2022-05-01", "2022-05-31") in found
    assert ("exports_period_yoy_pct", None, 11.0, "2022-01-01", "2022-05-31") in found


def test_the_change_of_exports_to_one_market_is_a_subset():
    body = (
        "Binh Duong's exports reached US$2.5 billion in January 2021, up 20%. Exports to the US "
        "climbed by 60 per cent."
    )
    found = facts(body, date(2021, 2, 5))
    assert {f[2] for f in found if f[0] == "exports_period_yoy_pct"} == {20.0}


def test_the_two_countries_are_no_count_of_investor_countries():
    body = (
        "Binh Duong welcomed a Singaporean delegation. Over five decades the two countries "
        "have built strong investment ties."
    )
    assert facts(body, date(2023, 3, 15)) == set()


def test_large_scale_parks_are_parks():
    body = "Binh Duong has 29 large-scale industrial parks with a total area of 12,700 hectares."
    assert ("industrial_parks_total", None, 29.0, None, "2023-12-01") in facts(
        body, date(2023, 12, 1)
    )


def test_inflows_after_going_past_a_target_are_actual():
    body = (
        "FDI into Binh Duong grew in 2024: by the end of the year the province had gone past "
        "its investment target, with inflows reaching over US$2.2 billion."
    )
    assert ("fdi_capital_period", None, 2.2e9, "2024-01-01", "2024-12-31") in facts(
        body, date(2025, 2, 20)
    )


def test_a_town_inside_the_province_opening_a_clause_states_a_part():
    body = (
        "Bình Dương hiện có 28 khu công nghiệp với tổng diện tích 12.000 ha; Dĩ An có 6 khu với "
        "700 ha, Thuận An có 3 khu với 650 ha."
    )
    towns = Entity("Binh Duong", ("Bình Dương",), places=("Dĩ An", "Thuận An"))
    places = extraction_places(towns)
    figures = extract_figures(body, date(2016, 3, 1), "vi", CATALOGUE, places)
    found = {(f.metric, f.value, str(f.period_end)) for f in figures}
    assert found == {
        ("industrial_parks_total", 28.0, "2016-03-01"),
        ("industrial_parks_area_ha", 12000.0, "2016-03-01"),
    }


def test_in_the_quarter_right_after_a_rate_beats_a_later_window():
    body = (
        "Binh Duong reported on the first four months of 2024. Industrial production rose 3.9% "
        "in the quarter and 4.3% over the accumulated 4 months."
    )
    assert facts(body, date(2024, 5, 3)) == {
        ("iip_growth_pct", None, 3.9, "2024-01-01", "2024-03-31"),
        ("iip_growth_pct", None, 4.3, "2024-01-01", "2024-04-30"),
    }


def test_exporters_growth_and_a_rental_rate_are_catalogue_figures():
    body = (
        "In the first four months of 2025, Binh Duong's exporters recorded a growth rate of 9%. "
        "The province has 29 industrial parks with rental rates of 81%."
    )
    found = facts(body, date(2025, 5, 5))
    assert ("exports_period_yoy_pct", None, 9.0, "2025-01-01", "2025-04-30") in found
    assert (
        "industrial_parks_occupancy_pct",
        None,
        81.0,
        None,
        "2025-04-30",
    ) in found  # roundup-end


def test_a_target_with_its_own_verb_is_still_a_target():
    body = (
        "Đầu năm 2018, Bình Dương đề ra chỉ tiêu thu hút 1 tỷ 500 triệu USD vốn FDI. Tính đến "
        "ngày 15/11/2018, tỉnh đã thu hút 2 tỷ 100 triệu USD."
    )
    found = facts(body, date(2018, 11, 20), lang="vi")
    assert found == {("fdi_capital_period", None, 2.1e9, "2018-01-01", "2018-11-15")}


def test_the_countrys_front_runners_is_a_rank_not_the_scope():
    body = (
        "Binh Duong has stood among the country's front-runners in FDI since 2020, having drawn "
        "US$9.5 billion over that time."
    )
    found = facts(body, date(2023, 12, 7))
    assert [f for f in found if f[0] == "fdi_capital_period" and f[2] == 9.5e9]


def test_since_the_beginning_of_a_named_year_runs_to_publication():
    body = "Since the beginning of 2025, Binh Duong has attracted US$1.2 billion of FDI."
    assert facts(body, date(2025, 2, 20)) == {
        ("fdi_capital_period", None, 1.2e9, "2025-01-01", "2025-02-20")
    }


def test_registered_domestic_enterprises_are_the_enterprise_count():
    body = "Currently, Binh Duong has 75,000 registered domestic enterprises."
    assert facts(body, date(2025, 3, 1)) == {
        ("enterprises_total", None, 75000.0, None, "2025-03-01")
    }


def test_a_count_with_thousand_dots_in_english_and_the_next_counts_qualifier():
    body = (
        "At present Binh Duong counts nearly 68.000 domestic businesses and more than 4100 FDI "
        "projects."
    )
    found = facts(body, date(2023, 8, 2))
    assert ("enterprises_total", None, 68000.0, None, "2023-08-02") in found
    assert ("fdi_projects_total", None, 4100.0, None, "2023-08-02") in found


def test_foreign_firms_counted_are_the_fdi_projects_and_their_capital_the_fdi_total():
    body = (
        "So far Binh Duong has licensed 21,400 domestic enterprises with VND160,000 billion of "
        "capital, and 2,610 foreign companies whose registered capital totals over US$22.4 "
        "billion."
    )
    found = facts(body, date(2017, 5, 3))
    assert ("fdi_projects_total", None, 2610.0, None, "2017-05-03") in found
    assert ("fdi_capital_total", None, 22.4e9, None, "2017-05-03") in found
    assert ("enterprises_total", None, 21400.0, None, "2017-05-03") in found


def test_the_capital_of_new_or_expanding_businesses_is_a_part_of_domestic_investment():
    body = (
        "Domestic investment kept coming to Binh Duong in May: 410 new companies were set up "
        "with registered capital of 2.1 trillion VND, while 45 operating firms put an extra 700 "
        "billion VND into their businesses."
    )
    why = reasons(body, date(2020, 6, 2))
    assert "part" in why["2.1 trillion VND"]
    assert "part" in why["700 billion VND"]


def test_an_events_few_hundred_companies_are_no_count_of_the_provinces_businesses():
    body = "Binh Duong hosted the fair; last year it drew 320 companies from 21 countries."
    assert not any(f[0] == "enterprises_total" for f in facts(body, date(2015, 8, 13)))


def test_a_headline_rate_the_body_gives_against_the_previous_month_is_left_out_too():
    body = (
        "Theo ước tính, tháng 8/2018 chỉ số sản xuất công nghiệp của tỉnh Bình Dương tăng 5,2% so "
        "với tháng trước và tăng 11,4% so với cùng kỳ."
    )
    found = facts(body, date(2018, 8, 30), lang="vi", title="IIP tháng 8 của Bình Dương tăng 5,2%")
    assert ("iip_growth_pct", None, 11.4, "2018-08-01", "2018-08-31") in found
    assert not any(f[2] == 5.2 for f in found)


def test_the_rates_of_listed_products_are_no_index_growth():
    body = (
        "Chỉ số sản xuất công nghiệp tháng 8/2018 của Bình Dương tăng 11,4% so với cùng kỳ. Sản "
        "phẩm tăng mạnh trong tháng có giày dép (+40,2%), gỗ nội thất tăng 18,5%; túi xách giảm "
        "12,1%."
    )
    found = facts(body, date(2018, 8, 30), lang="vi")
    assert [f[2] for f in found if f[0] == "iip_growth_pct"] == [11.4]


def test_land_leased_or_set_aside_is_not_the_parks_area():
    body = (
        "Binh Duong's 29 industrial parks cover 12,700 hectares. In 2023 the parks leased out 35 "
        "hectares of land, and some 250 hectares of one park have been set aside for textiles."
    )
    found = facts(body, date(2024, 1, 8))
    areas = [f[2] for f in found if f[0] == "industrial_parks_area_ha"]
    assert areas == [12700.0]


def test_parks_the_province_will_go_on_running_while_establishing_more_are_a_plan():
    body = (
        "Binh Duong will continue to operate 32 industrial parks while establishing 14 new ones "
        "with about 9,000 hectares in total."
    )
    found = facts(body, date(2023, 10, 23))
    assert not any(f[0].startswith("industrial_parks") for f in found)


def test_what_a_plan_includes_is_the_plans():
    body = (
        "For 2026-2030 the plan rises to 18 industrial parks on roughly 5,200 hectares. That "
        "includes about 2,000 hectares of parks begun earlier, plus eight new parks covering "
        "3,200 hectares."
    )
    assert not any(f[0].startswith("industrial_parks") for f in facts(body, date(2024, 3, 17)))


def test_budget_spending_is_no_budget_revenue():
    body = (
        "Năm 2024, tổng thu ngân sách trên địa bàn tỉnh Bình Dương đạt 70.100 tỷ đồng. Chi cân "
        "đối ngân sách thực hiện 25.900 tỷ đồng."
    )
    found = facts(body, date(2024, 12, 26), lang="vi")
    assert [f[2] for f in found if f[0] == "budget_revenue_period"] == [70_100e9]


def test_specifically_after_a_sentence_about_the_parks_speaks_of_the_parks():
    body = (
        "Doanh nghiệp nước ngoài tiếp tục mở rộng đầu tư vào các KCN trên địa bàn tỉnh Bình "
        "Dương; số vốn thu hút đã đạt 95% kế hoạch năm. Cụ thể, có 30 dự án được cấp mới với "
        "tổng vốn gần 300 triệu USD."
    )
    assert not facts(body, date(2021, 6, 20), lang="vi")


def test_a_towns_parks_and_their_area_after_a_comma_are_the_towns():
    body = (
        "Bình Dương có 29 KCN với tổng diện tích 12.700 ha. Trong đó, Dĩ An có 6 KCN, rộng "
        "850 ha; thị xã Thuận An có 3 khu, rộng 690 ha."
    )
    towns = extraction_places(Entity("Binh Duong", ("Bình Dương",), (), ("Dĩ An", "Thuận An")))
    figures = extract_figures(body, date(2021, 6, 20), "vi", CATALOGUE, towns)
    assert [f.value for f in figures if f.metric == "industrial_parks_area_ha"] == [12700.0]


def test_investment_decisions_handed_to_projects_are_one_occasions_figures():
    body = (
        "Sáng 12/3, UBND tỉnh Bình Dương trao quyết định chủ trương đầu tư và giấy chứng nhận cho "
        "6 dự án với tổng vốn đăng ký hơn 900 triệu USD."
    )
    assert not facts(body, date(2024, 3, 12), lang="vi")


def test_certificates_granted_to_new_projects_are_still_the_months_figures():
    body = (
        "Trong tháng 5/2022, tỉnh Bình Dương trao giấy chứng nhận đầu tư cho 6 dự án mới với "
        "vốn đăng ký 150 triệu USD."
    )
    found = facts(body, date(2022, 6, 2), lang="vi")
    assert ("fdi_new_projects_period", None, 6.0, "2022-05-01", "2022-05-31") in found


def test_a_batch_of_certificates_the_province_held_a_handover_for_is_one_occasions():
    body = (
        "Chiều 20/11, UBND tỉnh Bình Dương tổ chức trao giấy chứng nhận đầu tư đợt 3 năm 2016. "
        "Danh sách lần này có 12 dự án FDI mới với 95 triệu USD."
    )
    assert not facts(body, date(2016, 11, 21), lang="vi")


def test_what_the_province_will_reach_is_a_forecast():
    body = (
        "GRDP 9 tháng năm 2023 của Bình Dương ước tăng 4,9%. Theo dự kiến, cả năm 2023 GRDP sẽ "
        "tăng 6% so với cùng kỳ."
    )
    found = facts(body, date(2023, 10, 11), lang="vi")
    assert [f[2] for f in found if f[0] == "grdp_growth_pct"] == [4.9]


def test_a_sentence_about_products_opened_with_ve_san_pham_lists_items():
    body = (
        "Chỉ số sản xuất công nghiệp 6 tháng năm 2018 của Bình Dương tăng 9,5%. Về sản phẩm, "
        "trong 6 tháng có 20/24 sản phẩm tăng so với cùng kỳ, trong đó 3 sản phẩm tăng trên 12%."
    )
    found = facts(body, date(2018, 7, 2), lang="vi")
    assert [f[2] for f in found if f[0] == "iip_growth_pct"] == [9.5]


def test_what_the_industrial_zones_account_for_is_their_share():
    body = (
        "As of December 2018, Binh Duong counted 3,300 FDI projects holding US$ 31 billion. "
        "Industrial zones account for 2,000 of these projects, holding US$ 21 billion."
    )
    found = facts(body, date(2019, 1, 4))
    assert [f[2] for f in found if f[0] == "fdi_projects_total"] == [3300.0]


def test_the_figures_after_a_ceremonys_stay_the_ceremonys_until_a_period_is_named():
    body = (
        "Ngày 3/3/2025, UBND tỉnh Bình Dương trao quyết định chủ trương đầu tư cho 6 dự án FDI, "
        "tổng vốn gần 800 triệu USD. Hai dự án cấp mới có tổng vốn 60 triệu USD. Lũy kế 2 tháng "
        "năm 2025, tỉnh thu hút 320 triệu USD vốn FDI."
    )
    found = facts(body, date(2025, 3, 4), lang="vi")
    assert {f[2] for f in found} == {320e6}


def test_foreign_businesses_that_adjust_their_capital_are_fdi_capital_increases():
    body = (
        "Trong 6 tháng đầu năm 2022, tỉnh Bình Dương có 120 doanh nghiệp nước ngoài điều chỉnh "
        "tăng tổng số vốn thêm hơn 2,4 tỷ USD."
    )
    found = facts(body, date(2022, 7, 2), lang="vi")
    window = ("2022-01-01", "2022-06-30")
    assert ("fdi_adjusted_projects_period", None, 120.0, *window) in found
    assert ("fdi_adjusted_capital_period", None, 2.4e9, *window) in found


def test_a_count_of_the_provinces_parks_shares_their_noun():
    body = "Twenty-five of the province's 29 IPs are in operation, covering 9,500 hectares."
    found = facts(body, date(2015, 3, 2))
    assert ("industrial_parks_total", None, 25.0, None, "2015-03-02") in found
    assert ("industrial_parks_total", None, 29.0, None, "2015-03-02") in found


def test_the_growth_of_industry_as_a_sector_is_no_grdp_growth():
    body = (
        "GRDP 6 tháng đầu năm 2023 của Bình Dương tăng 1,5%. Điều đáng chú ý là công nghiệp, lĩnh "
        "vực vốn là thế mạnh của tỉnh, chỉ tăng 2,9%, trong khi cùng kỳ năm 2022 ngành này tăng "
        "6,8%."
    )
    found = facts(body, date(2023, 7, 5), lang="vi")
    assert [f[2] for f in found if f[0] == "grdp_growth_pct"] == [1.5]


def test_businesses_that_came_into_operation_are_no_count_of_all_businesses():
    body = (
        "Năm 2019, Bình Dương có 1.350 doanh nghiệp sản xuất công nghiệp đi vào hoạt động, phát "
        "sinh doanh thu."
    )
    assert not any(f[0] == "enterprises_total" for f in facts(body, date(2019, 12, 27), lang="vi"))


def test_the_items_after_a_product_list_and_conversely_are_items_too():
    body = (
        "Quý I/2017, chỉ số sản xuất công nghiệp của Bình Dương tăng 7,5% so với cùng kỳ. Ở cấp "
        "sản phẩm, nhiều mặt hàng tăng mạnh như túi xách (+80,1%), giấy bìa (+15%). Ngược lại, tủ "
        "lạnh giảm 30,2%, sợi các loại giảm 5,5%."
    )
    found = facts(body, date(2017, 4, 2), lang="vi")
    assert [f[2] for f in found if f[0] == "iip_growth_pct"] == [7.5]


def test_projects_drawn_in_a_period_are_its_new_projects():
    body = (
        "The southern province of Binh Duong drew 61 foreign direct investment (FDI) projects in "
        "the first 10 months of 2022."
    )
    found = facts(body, date(2022, 11, 20))
    assert ("fdi_new_projects_period", None, 61.0, "2022-01-01", "2022-10-31") in found


def test_companies_an_event_drew_are_the_events():
    body = (
        "Binh Duong will host the furniture fair again. Last year the event drew 310 companies "
        "from 20 countries and territories."
    )
    assert not facts(body, date(2015, 8, 13))


def test_a_plan_word_governs_the_whole_list_it_opens():
    body = (
        "For 2026 the province aims for GRDP growth of 9%, budget revenue of VND75,000 billion, "
        "a rise of over 12% in exports and a trade surplus of over US$10 billion."
    )
    assert facts(body, date(2026, 1, 5)) == set()


def test_an_actual_verb_ends_a_plans_list():
    body = (
        "The province aims for GRDP growth of 9% this year, after exports reached US$35 billion "
        "in 2025."
    )
    found = facts(body, date(2026, 1, 5))
    assert ("exports_period", None, 3.5e10, "2025-01-01", "2025-12-31") in found


def test_disbursed_or_implemented_capital_is_not_registered_capital():
    body = (
        "In the first nine months Binh Duong drew US$1.8 billion of FDI, while disbursed FDI "
        "capital reached US$1.1 billion."
    )
    assert facts(body, date(2024, 10, 2)) == {
        ("fdi_capital_period", None, 1.8e9, "2024-01-01", "2024-09-30")
    }
    body_vi = "Trong 9 tháng, Bình Dương giải ngân vốn FDI đạt 1,1 tỷ USD."
    assert facts(body_vi, date(2024, 10, 2), lang="vi") == set()


def test_this_one_firms_capital_increase_is_no_provinces_figure():
    body = (
        "Doanh nghiệp Nhật Bản này vừa tăng vốn thêm 80 triệu USD, nâng tổng vốn đầu tư tại "
        "Bình Dương lên 500 triệu USD."
    )
    assert facts(body, date(2024, 10, 2), lang="vi") == set()


def test_projects_already_in_operation_raising_capital_are_capital_increases():
    body = (
        "In the first half of 2017, 120 new projects got licences with US$800 million, and 70 "
        "projects already in operation signed up to raise their capital by US$400 million."
    )
    found = facts(body, date(2017, 7, 3))
    window = ("2017-01-01", "2017-06-30")
    assert ("fdi_adjusted_projects_period", None, 70.0, *window) in found
    assert ("fdi_adjusted_capital_period", None, 4e8, *window) in found


def test_a_sectors_new_and_expanded_projects_stay_the_sectors():
    body = (
        "In the first half of 2017 Binh Duong drew US$1.2 billion of FDI. The service sector "
        "counted 15 new and expanded projects that brought in US$90 million."
    )
    assert facts(body, date(2017, 7, 3)) == {
        ("fdi_capital_period", None, 1.2e9, "2017-01-01", "2017-06-30")
    }


def test_newly_registered_capital_is_the_new_projects_capital():
    body = (
        "Binh Duong drew US$900 million of FDI in the first quarter of 2024. Of the total, newly "
        "registered capital reached US$500 million and adjusted capital US$300 million."
    )
    found = facts(body, date(2024, 4, 2))
    assert ("fdi_new_capital_period", None, 5e8, "2024-01-01", "2024-03-31") in found


def test_capital_adjusted_ones_are_counted_projects():
    body = "In 2023 the province recorded 90 new FDI projects and 110 capital-adjusted ones."
    found = facts(body, date(2024, 1, 5))
    assert ("fdi_adjusted_projects_period", None, 110.0, "2023-01-01", "2023-12-31") in found


def test_the_parks_alone_and_their_projects_are_the_parks():
    body = (
        "In the first quarter of 2025, Binh Duong attracted US$750 million of FDI. Industrial "
        "parks alone drew US$580 million, accounting for 77% of the province's total, with 25 new "
        "projects and 26 projects raising their capital."
    )
    assert facts(body, date(2025, 4, 2)) == {
        ("fdi_capital_period", None, 7.5e8, "2025-01-01", "2025-03-31")
    }


def test_countries_investing_during_the_year_are_no_total_despite_a_share_of_the_total():
    body = (
        "Binh Duong drew US$2.3 billion of FDI in 2024. Investors from 26 countries and "
        "territories poured capital into the province during the year, with manufacturing "
        "accounting for 72 percent of the total."
    )
    found = facts(body, date(2025, 1, 3))
    assert not any(f[0] == "fdi_countries_total" for f in found)


def test_projects_numbered_and_contributions_counted_are_counts():
    body = (
        "In the first half of 2023, Binh Duong drew US$700 million of FDI. Newly licensed "
        "projects numbered 60 with total capital of US$260 million, while 75 capital "
        "contributions and share purchases were worth US$160 million."
    )
    found = facts(body, date(2023, 7, 5))
    window = ("2023-01-01", "2023-06-30")
    assert ("fdi_new_projects_period", None, 60.0, *window) in found
    assert ("fdi_contribution_projects_period", None, 75.0, *window) in found


def test_operating_projects_that_add_capital_are_capital_increases():
    body = (
        "Foreign investors registered 1.8 billion USD in Binh Duong by mid-December 2017. The "
        "figure comprises 1 billion USD for 170 new projects and 800 million USD added by 105 "
        "operating ones, while twenty operating projects raised their capital again."
    )
    found = facts(body, date(2017, 12, 20))
    window = ("2017-01-01", "2017-12-15")
    assert ("fdi_adjusted_capital_period", None, 8e8, *window) in found
    assert ("fdi_adjusted_projects_period", None, 105.0, *window) in found


def test_so_many_projects_are_no_one_companys():
    body = (
        "A Korean maker opened a US$100 million plant in Binh Duong on May 3. The plant joins the "
        "4,100 valid FDI projects, worth a total of US$39 billion, that the province hosts."
    )
    found = facts(body, date(2023, 5, 4))
    assert ("fdi_projects_total", None, 4100.0, None, "2023-05-04") in found
    assert ("fdi_capital_total", None, 3.9e10, None, "2023-05-04") in found
    assert not any(f[2] == 1e8 for f in found)


def test_one_projects_land_is_no_park_area():
    body = (
        "Bình Dương hiện có 29 khu công nghiệp với tổng diện tích 12.700 ha. Dự án mới tập trung "
        "vào nhà ở trên diện tích 20 ha."
    )
    found = facts(body, date(2023, 4, 23), lang="vi", title="Khu công nghiệp Bình Dương hút vốn")
    assert not any(f[2] == 20.0 for f in found)


def test_two_later_parts_that_add_up_make_the_first_sum_the_whole():
    body = (
        "Binh Duong has licensed 64 FDI projects worth 512.4 million USD so far this year. Half "
        "of the projects are new ones with combined capital of 201.1 million USD, while the rest "
        "were permitted to raise their capital by 311.3 million USD."
    )
    found = facts(body, date(2018, 4, 22))
    assert found == {
        ("fdi_capital_period", None, 5.124e8, "2018-01-01", "2018-04-22"),
        ("fdi_new_capital_period", None, 2.011e8, "2018-01-01", "2018-04-22"),
        ("fdi_adjusted_capital_period", None, 3.113e8, "2018-01-01", "2018-04-22"),
    }


def test_operational_projects_adding_capital_and_the_major_new_ones():
    body = (
        "Binh Duong drew 1.3 billion USD of FDI in the first half of 2019. 61 of the projects "
        "were new, with 620 million USD, while 230 operational projects added 680 million USD "
        "to their capital. The major new FDI projects include those from Japan, with capital "
        "totalling 150 million USD."
    )
    found = facts(body, date(2019, 7, 10))
    assert ("fdi_adjusted_projects_period", None, 230.0, "2019-01-01", "2019-06-30") in found
    assert not any(f[2] == 1.5e8 for f in found)


def test_the_revenue_of_projects_and_the_size_each_country_passes_are_no_figures():
    body = (
        "Tính đến cuối tháng 7/2016, có 45 quốc gia, vùng lãnh thổ đầu tư vào Bình Dương với "
        "3.010 dự án. Trong số này, 6 quốc gia, vùng lãnh thổ có vốn đầu tư vượt 1 tỷ USD là Hàn "
        "Quốc, Nhật Bản, Singapore, Đài Loan, Trung Quốc và Hồng Kông. Doanh thu của các dự án "
        "này trong 6 tháng đầu năm 2016 đạt 7,1 tỷ USD."
    )
    found = facts(body, date(2016, 8, 10), lang="vi")
    assert found == {
        ("fdi_countries_total", None, 45.0, None, "2016-07-31"),
        ("fdi_projects_total", None, 3010.0, None, "2016-07-31"),
    }


def test_a_bracketed_value_after_last_years_words_is_last_years():
    body = (
        "Năm 2023, kim ngạch xuất khẩu của Bình Dương tăng 12%, cao hơn mức tăng của năm ngoái "
        "(8,5%)."
    )
    found = facts(body, date(2024, 1, 5), lang="vi")
    assert ("exports_period_yoy_pct", None, 8.5, "2023-01-01", "2023-12-31") not in found
    assert ("exports_period_yoy_pct", None, 12.0, "2023-01-01", "2023-12-31") in found


def test_a_part_named_right_after_the_sum_and_its_products():
    body = (
        "Năm 2019, toàn tỉnh Bình Dương xuất khẩu đạt 3,1 tỷ USD ở nhóm hàng nông, lâm, thủy "
        "sản, cao hơn năm 2018 trên 9%. Mức tăng mạnh nhất thuộc về hạt điều với 81 triệu USD "
        "(tăng 41%); kế đến là cao su với 70 triệu USD (tăng 22%)."
    )
    assert facts(body, date(2020, 1, 20), lang="vi") == set()


def test_one_market_ranked_and_a_potential_are_no_figures():
    body = (
        "The United States was the top market for Binh Duong's exports in 2015. Japan ranked "
        "third, with export revenue of roughly US$2.1 billion. Businesses in the southern "
        "province paid US$14.6 billion for imported goods in 2015. The province's exports have "
        "the potential to grow by 12% in 2016."
    )
    found = facts(body, date(2016, 1, 20))
    assert found == {("imports_period", None, 1.46e10, "2015-01-01", "2015-12-31")}


def test_a_month_against_the_month_before_named_with_its_year_is_month_on_month():
    body = (
        "Chỉ số sản xuất công nghiệp của Bình Dương trong tháng 10-2019 tăng hơn 2,1% so với "
        "tháng 9-2019. Xét theo từng ngành cấp I, khai khoáng tăng hơn 5,1%."
    )
    assert facts(body, date(2019, 11, 5), lang="vi") == set()


def test_the_planning_department_with_a_dash_is_no_plan():
    body = (
        "Theo Sở Kế hoạch - Đầu tư, chỉ số sản xuất công nghiệp tháng 10-2019 của Bình Dương "
        "tăng 9,6% so với cùng kỳ."
    )
    found = facts(body, date(2019, 11, 5), lang="vi")
    assert found == {("iip_growth_pct", None, 9.6, "2019-10-01", "2019-10-31")}


def test_a_month_of_new_or_added_projects_and_its_parts():
    body = (
        "Theo Sở Kế hoạch – Đầu tư, riêng tháng 11/2016 toàn tỉnh Bình Dương có thêm 21 dự án FDI "
        "được cấp phép mới hoặc điều chỉnh tăng vốn, tổng số vốn hơn 190 triệu USD. Trong đó, 12 "
        "dự án cấp mới có vốn đầu tư 88 triệu USD, còn 9 dự án đăng ký điều chỉnh với tổng vốn "
        "102 triệu USD."
    )
    found = facts(body, date(2016, 12, 2), lang="vi")
    assert found == {
        ("fdi_capital_period", None, 1.9e8, "2016-11-01", "2016-11-30"),
        ("fdi_new_projects_period", None, 12.0, "2016-11-01", "2016-11-30"),
        ("fdi_new_capital_period", None, 8.8e7, "2016-11-01", "2016-11-30"),
        ("fdi_adjusted_projects_period", None, 9.0, "2016-11-01", "2016-11-30"),
        ("fdi_adjusted_capital_period", None, 1.02e8, "2016-11-01", "2016-11-30"),
    }


def test_a_country_so_far_and_the_largest_firm_founded_long_ago():
    body = (
        "Hàn Quốc là quốc gia có doanh nghiệp rót vốn vào Bình Dương nhiều nhất tính đến thời "
        "điểm này, với gần 8,1 tỷ USD. Kumho hiện là doanh nghiệp có vốn đầu tư lớn nhất vào Bình "
        "Dương, hơn 1,2 tỷ USD. Được thành lập năm 1960, tập đoàn nay có mặt ở nhiều nước."
    )
    found = facts(body, date(2024, 4, 29), lang="vi")
    assert found == {("fdi_capital_total", "South Korea", 8.1e9, None, "2024-04-29")}


def test_counts_right_after_domestic_projects_are_domestic():
    body = (
        "About 95 domestic investment projects came to Binh Duong during 2017. Licences went to "
        "71 new projects registering more than VND30.1 trillion, while 24 existing projects "
        "raised their capital by over VND5.2 trillion."
    )
    found = facts(body, date(2018, 1, 8))
    assert not any(f[0].startswith("fdi_") for f in found)


def test_the_parts_of_the_budget_and_its_spending_are_no_budget_revenue():
    body = (
        "Tổng thu ngân sách của Bình Dương năm 2020 là 60.400 tỷ đồng. Trong đó, thu từ dầu thô "
        "là 1.600 tỷ đồng; thu ngân sách nội địa đạt 39.800 tỷ đồng. Trong tổng thu, hoạt động "
        "xuất nhập khẩu đóng góp 17.000 tỷ đồng. Về chi, ngân sách tỉnh chi 23.796,9 tỷ đồng."
    )
    found = facts(body, date(2020, 12, 15), lang="vi")
    assert found == {("budget_revenue_period", None, 6.04e13, "2020-01-01", "2020-12-31")}


def test_projects_licensed_or_enlarged_together_have_no_count_metric():
    body = (
        "Cộng cả 2 tháng đầu năm 2024, Bình Dương đã cấp mới và điều chỉnh tăng vốn cho 9 dự án "
        "FDI, tổng số vốn 392 triệu USD."
    )
    found = facts(body, date(2024, 3, 10), lang="vi")
    assert found == {("fdi_capital_period", None, 3.92e8, "2024-01-01", "2024-02-29")}


def test_the_projects_of_one_stage_are_a_part_of_the_total():
    body = (
        "By the end of April 2019 Binh Duong counted 3,800 FDI projects worth US$35 billion. "
        "Of these, 3,100 projects with US$28.2 billion are operating, 350 projects worth "
        "US$3.4 billion are under construction and 90 projects worth US$1.1 billion have not "
        "been implemented."
    )
    found = facts(body, date(2019, 5, 10))
    assert found == {
        ("fdi_projects_total", None, 3800.0, None, "2019-04-30"),
        ("fdi_capital_total", None, 35e9, None, "2019-04-30"),
    }
    dropped = reasons(body, date(2019, 5, 10))
    assert all("subset" in dropped[n] for n in ("3,100", "350", "90", "US$1.1 billion"))


def test_vietnamese_stages_of_the_projects_are_parts_and_operating_parks_are_not():
    body = (
        "Lũy kế đến nay, tỉnh Bình Dương có 3.800 dự án FDI với tổng vốn 35 tỷ USD. Trong đó, "
        "3.100 dự án đã đi vào hoạt động với vốn 28,2 tỷ USD, 350 dự án đang xây dựng với vốn "
        "3,4 tỷ USD và 90 dự án chưa triển khai. Tỉnh có 31 khu công nghiệp, 28 khu đang hoạt "
        "động."
    )
    found = facts(body, date(2019, 5, 10), lang="vi")
    counts = {f[2] for f in found if f[0] == "fdi_projects_total"}
    sums = {f[2] for f in found if f[0] == "fdi_capital_total"}
    assert (counts, sums) == ({3800.0}, {35e9})
    assert {f[2] for f in found if f[0] == "industrial_parks_total"} == {31.0, 28.0}
