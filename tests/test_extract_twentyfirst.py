"""Shapes of our own wording found in the twenty-first session: a count of projects of every
kind broken down after a colon into the foreign and the domestic ones."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from etl.models import Entity
from tests.conftest import extraction_places
from tests.test_extract_rules import CATALOGUE, facts


def test_a_count_split_after_a_colon_gives_its_foreign_part_the_metric():
    body = (
        "Au premier semestre, la province de Binh Duong a délivré des licences à 40 projets : "
        "25 projets d'investissement étranger totalisant 150 millions de dollars et 15 projets "
        "nationaux d'une valeur de 3.000 milliards de dongs."
    )
    found = facts(body, date(2019, 8, 1), "fr")
    assert ("fdi_new_projects_period", None, 25, "2019-01-01", "2019-06-30") in found
    assert not any(f[2] == 40 for f in found)


def test_a_vietnamese_count_split_after_a_colon_names_its_foreign_part_nuoc_ngoai():
    body = (
        "Trong 6 tháng đầu năm, tỉnh Bình Dương cấp mới cho 40 dự án: 25 dự án đầu tư nước ngoài "
        "với tổng vốn 150 triệu USD và 15 dự án trong nước với 3.000 tỷ đồng."
    )
    found = facts(body, date(2019, 8, 1), "vi")
    assert ("fdi_new_projects_period", None, 25, "2019-01-01", "2019-06-30") in found
    assert not any(f[2] == 40 for f in found)


def test_projects_at_home_and_abroad_together_are_no_foreign_total():
    body = (
        "Bình Dương hiện có hơn 1.200 dự án đầu tư trong và ngoài nước với tổng vốn khoảng 54 tỷ "
        "USD; trong đó có 503 dự án đầu tư nước ngoài với tổng vốn khoảng 35 tỷ USD."
    )
    found = facts(body, date(2025, 6, 10), "vi")
    assert not any(f[2] == 1200 for f in found)


def test_active_projects_counted_in_a_year_are_the_projects_in_force():
    body = (
        "Binh Duong had 312 active foreign-invested projects in 2023, with registered capital "
        "totalling over USD 7.5 billion."
    )
    found = facts(body, date(2024, 1, 3))
    assert ("fdi_projects_total", None, 312, None, "2023-12-31") in found
    assert ("fdi_capital_total", None, 7.5e9, None, "2023-12-31") in found


def test_a_colon_after_a_sum_opens_its_breakdown_not_a_count_s():
    body = (
        "In the first 8 months, Binh Duong attracted 1.566 billion USD of FDI capital: 48 new "
        "projects, 13 projects with capital increases and 109 capital contribution projects."
    )
    found = facts(body, date(2022, 9, 6))
    assert ("fdi_adjusted_projects_period", None, 13, "2022-01-01", "2022-08-31") in found
    assert ("fdi_new_projects_period", None, 48, "2022-01-01", "2022-08-31") in found


def test_months_not_counted_after_from_are_a_time_not_a_comparison_base():
    body = (
        "Binh Duong ended last year with exports of $30 billion, up 10 per cent on 2016.\n\n"
        "Orders from big buyers grew strongly from the first months of 2017, and many firms "
        "already hold orders until the middle of this year."
    )
    found = facts(body, None)
    assert ("exports_period", None, 30e9, "2017-01-01", "2017-12-31") in found


def test_a_span_of_years_named_without_figures_does_not_date_an_undated_report():
    body = (
        "Binh Duong's industrial production index rose 16.7 percent in the first five months "
        "compared with a year earlier, and budget collections were 14 percent more than in the "
        "same period of 2020.\n\n"
        "For the 2020-2025 period, the province is inviting investors into an airport and new "
        "industrial parks."
    )
    found = facts(body, None)
    assert ("iip_growth_pct", None, 16.7, "2021-01-01", "2021-05-31") in found


def test_a_clause_after_a_semicolon_has_its_own_subject_partner():
    body = (
        "Tại Bình Dương, Nhật Bản có 120 dự án với tổng vốn hơn 2.000 triệu USD; trong khi "
        "Thái Lan mới có 15 dự án song vốn đạt hơn 600 triệu USD."
    )
    found = facts(body, date(2020, 3, 2), "vi")
    assert any(f[0] == "fdi_capital_total" and f[1] == "Thailand" and f[2] == 6e8 for f in found)


def test_the_country_a_count_is_compared_with_is_not_its_partner():
    body = (
        "Tại Bình Dương, Trung Quốc có số dự án nhiều hơn Hàn Quốc, 95 dự án, nhưng tổng vốn "
        "đăng ký chỉ hơn 700 triệu USD."
    )
    found = facts(body, date(2020, 3, 2), "vi")
    assert any(f[1] == "China" and f[2] == 95 for f in found)
    assert any(f[1] == "China" and f[2] == 7e8 for f in found)


def test_a_clause_after_a_semicolon_naming_no_country_speaks_of_the_one_before():
    body = (
        "Japanese investors have grown fast in Vietnam; in Binh Duong province their country "
        "now ranks second among foreign investors, with 410 projects."
    )
    found = facts(body, date(2020, 3, 2))
    assert any(f[1] == "Japan" and f[2] == 410 for f in found)


def test_a_rate_said_to_be_over_a_bound_is_no_rounding_of_a_smaller_rate():
    body = (
        "Theo số liệu sơ bộ, GRDP quý III/2023 của Bình Dương tăng 13,84%.\n\n"
        "Tại hội nghị ngày 30/9, Chủ tịch UBND tỉnh cho biết tăng trưởng kinh tế quý III/2023 "
        "của Bình Dương đạt hơn 14%."
    )
    found = facts(body, date(2023, 10, 5), "vi")
    assert ("grdp_growth_pct", None, 14, "2023-07-01", "2023-09-30") in found
    assert ("grdp_growth_pct", None, 13.84, "2023-07-01", "2023-09-30") in found


def test_a_sum_after_chiem_is_the_part_s_own_value():
    body = (
        "Trong 9 tháng năm 2023, tổng giá trị xuất, nhập khẩu của Bình Dương đạt hơn 32 tỷ USD; "
        "phần xuất khẩu chiếm 17,1 tỷ USD."
    )
    found = facts(body, date(2023, 10, 5), "vi")
    assert ("exports_period", None, 17.1e9, "2023-01-01", "2023-09-30") in found


def test_a_share_after_chiem_is_still_a_subset():
    body = (
        "Trong 9 tháng năm 2023, kim ngạch xuất khẩu của Bình Dương đạt 24 tỷ USD, trong đó "
        "khu vực FDI chiếm 18 tỷ USD."
    )
    found = facts(body, date(2023, 10, 5), "vi")
    assert not any(f[2] == 18e9 for f in found)


def test_a_sum_compared_with_the_same_period_is_a_period_s_flow():
    body = (
        "As of October 2023, foreign investors had put money into 55 provinces and cities.\n\n"
        "Binh Duong alone accounted for nearly 2.5 billion USD of registered capital, some 10% of "
        "the national total and an increase of 30% compared with the same period of 2022."
    )
    found = facts(body, date(2023, 11, 5))
    assert any(f[0] == "fdi_capital_period" and f[2] == 2.5e9 for f in found)
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_the_capital_of_businesses_licensed_is_no_catalogue_figure():
    body = (
        "Tính đến ngày 20/9, Bình Dương đã cấp phép cho 4.808 doanh nghiệp với tổng vốn đăng ký "
        "64.887 tỷ đồng, giảm 13,9% về vốn so với cùng kỳ."
    )
    found = facts(body, date(2024, 10, 8), "vi", title="Bình Dương thu ngân sách 9 tháng")
    assert not any(f[2] == 64.887e12 for f in found)


def test_a_change_in_per_cent_from_the_month_before_is_month_on_month():
    for rate in ("12.3 per cent", "12.3 percent"):
        body = (
            "Binh Duong's exports in the first eight months of 2021 reached $23 billion. August "
            f"exports dropped {rate} from July as infections spread."
        )
        found = facts(body, date(2021, 9, 13))
        assert not any(f[2] in (12.3, -12.3) for f in found), rate


def test_the_year_so_far_is_the_year_s_run_not_a_cumulative_total():
    body = (
        "Binh Duong's exports in the first eight months of 2021 reached $23 billion. Spending on "
        "imports reached $18.3 billion, so the trade surplus for the year so far stood at over "
        "$4.5 billion."
    )
    found = facts(body, date(2021, 9, 13))
    assert ("imports_period", None, 18.3e9, "2021-01-01", "2021-08-31") in found
    assert ("trade_surplus_period", None, 4.5e9, "2021-01-01", "2021-08-31") in found


def test_what_has_not_stopped_the_exports_is_no_stage_of_projects():
    body = (
        "The outbreak has not stopped Binh Duong's exports from growing: in the first eight months "
        "of 2021 shipments reached US$23 billion, 37.3 per cent more than in the same period last "
        "year."
    )
    found = facts(body, date(2021, 9, 13))
    assert ("exports_period_yoy_pct", None, 37.3, "2021-01-01", "2021-08-31") in found


def test_places_named_together_share_the_figure_that_follows():
    body = (
        "Dong Nai, Ba Ria - Vung Tau and Binh Duong together collected over 200 trillion VND for "
        "the state budget in 2025. Binh Duong alone collected nearly 70 trillion VND."
    )
    found = facts(body, date(2025, 12, 28))
    assert not any(f[2] == 200e12 for f in found)
    assert ("budget_revenue_period", None, 70e12, "2025-01-01", "2025-12-31") in found


def test_the_tinh_of_a_province_s_own_name_is_no_other_province():
    places = extraction_places(Entity("Ha Tinh", ("Hà Tĩnh",), ()))
    body = (
        "Le Van Nam, Vice Chairman of the Ha Tinh Provincial People's Committee, said the "
        "industrial production index (IIP) rose 7.5% in the first nine months of 2025."
    )
    figures = extract_figures(body, date(2025, 10, 5), "en", CATALOGUE, places)
    assert [(f.metric, f.value) for f in figures] == [("iip_growth_pct", 7.5)]


def test_realised_investment_capital_is_no_retail_sales():
    body = (
        "In the first four months of 2025, Binh Duong's retail sales of goods and services were "
        "estimated at 12,000 billion VND, while realised investment capital in the province is "
        "estimated at 19,744 billion VND."
    )
    found = facts(body, date(2025, 5, 5))
    assert not any(f[2] == 19.744e12 for f in found)


def test_within_that_opens_the_foreign_part_of_a_count_of_every_kind():
    body = (
        "In the first four months of 2025, Binh Duong licensed 41 projects with registered capital "
        "totalling VND 32,500 billion; within that, 15 FDI projects account for registered capital "
        "of USD 211.7 million."
    )
    found = facts(body, date(2025, 5, 5))
    assert not any(f[2] == 41 for f in found)
    assert ("fdi_new_projects_period", None, 15, "2025-01-01", "2025-04-30") in found


def test_projects_drawn_by_a_passive_verb_after_them_are_the_period_s_new_ones():
    body = (
        "Về vốn ngoại, nửa đầu năm 2021 có 19 dự án đầu tư trực tiếp nước ngoài được tỉnh Bình "
        "Dương thu hút, đăng ký tổng cộng 352,5 triệu USD."
    )
    found = facts(body, date(2021, 7, 10), "vi")
    assert ("fdi_new_projects_period", None, 19, "2021-01-01", "2021-06-30") in found


def test_projects_just_licensed_are_an_event_s():
    body = (
        "Trong 2 tháng đầu năm 2010, Bình Dương thu hút 300 triệu USD vốn FDI. Như vậy, với 15 dự "
        "án vừa được cấp phép, tỉnh đã thực hiện được gần 50% kế hoạch đặt ra."
    )
    found = facts(body, date(2010, 2, 23), "vi")
    assert not any(f[2] == 15 for f in found)


def test_a_rise_after_a_growth_rate_is_how_far_the_rate_moved():
    body = (
        "GRDP của Bình Dương trong 6 tháng đầu năm 2021 tăng trưởng 6,22%, tăng 2,64% so với "
        "cùng kỳ năm 2020. Kim ngạch xuất khẩu tháng 6 giảm 9,34% so với tháng trước, tăng 76,95% "
        "so với cùng kỳ năm trước."
    )
    found = facts(body, date(2021, 7, 10), "vi")
    assert ("grdp_growth_pct", None, 6.22, "2021-01-01", "2021-06-30") in found
    assert not any(f[2] == 2.64 for f in found)
    assert any(f[2] == 76.95 for f in found)


def test_the_whole_year_of_a_budget_estimate_is_no_figure_s_period():
    body = (
        "Kinh tế Bình Dương 9 tháng năm 2022 tiếp tục phục hồi. Ngân sách nhà nước thu được trên "
        "địa bàn đã lên trên 53,4 nghìn tỷ đồng, tương ứng 74,7% dự toán cả năm."
    )
    found = facts(body, date(2022, 10, 5), "vi")
    assert ("budget_revenue_period", None, 53.4e12, "2022-01-01", "2022-09-30") in found


def test_a_cue_after_a_later_count_s_noun_is_that_count_s_not_the_total_s():
    body = (
        "Sau 9 tháng đầu năm 2022, Bình Dương ghi nhận tổng vốn FDI đăng ký 2,21 tỷ USD cùng 98 "
        "dự án cấp mới."
    )
    found = facts(body, date(2022, 10, 5), "vi")
    assert ("fdi_capital_period", None, 2.21e9, "2022-01-01", "2022-09-30") in found
    assert ("fdi_new_projects_period", None, 98, "2022-01-01", "2022-09-30") in found


def test_this_result_compared_with_a_year_earlier_is_the_change_of_the_sum_before():
    body = (
        "Sau 9 tháng đầu năm 2022, Bình Dương ghi nhận tổng vốn FDI đăng ký 2,21 tỷ USD cùng 98 "
        "dự án cấp mới. Dù vậy, kết quả này chỉ bằng 45,9% so với cùng kỳ năm 2021."
    )
    found = facts(body, date(2022, 10, 5), "vi")
    assert ("fdi_capital_period_yoy_pct", None, -54.1, "2022-01-01", "2022-09-30") in found


def test_the_economy_reaching_a_rise_is_the_province_s_growth():
    body = (
        "Nhờ các giải pháp ứng phó, kinh tế Bình Dương trong nửa đầu năm 2021 vẫn đạt mức tăng "
        "7,1% so với cùng kỳ, một kết quả khá."
    )
    found = facts(body, date(2021, 7, 5), "vi")
    assert ("grdp_growth_pct", None, 7.1, "2021-01-01", "2021-06-30") in found


def test_a_rate_far_exceeded_is_the_base_it_is_compared_with():
    body = (
        "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2021 của Bình Dương tăng 12,8% so với cùng "
        "kỳ, vượt xa tốc độ tăng 4,1% của năm 2020."
    )
    found = facts(body, date(2021, 7, 5), "vi")
    assert ("iip_growth_pct", None, 12.8, "2021-01-01", "2021-06-30") in found
    assert not any(f[2] == 4.1 for f in found)


def test_cases_in_which_investors_bought_shares_are_counted_contributions():
    body = (
        "In the first five months of 2021, Binh Duong approved 326 cases in which foreign "
        "investors contributed capital or bought shares in local firms, worth a combined 242.7 "
        "million USD."
    )
    found = facts(body, date(2021, 6, 5))
    assert ("fdi_contribution_projects_period", None, 326, "2021-01-01", "2021-05-31") in found


def test_an_occupancy_averaged_over_the_parks_is_the_occupancy():
    body = (
        "Industrial parks in Binh Duong drew 326 new investment projects between 2011 and 2020. "
        "Occupancy across the industrial zones averaged 63%."
    )
    found = facts(body, date(2020, 10, 27))
    assert ("industrial_parks_occupancy_pct", None, 63, None, "2020-10-27") in found


def test_growth_averaging_over_spans_of_years_is_still_no_figure():
    body = (
        "Binh Duong's GRDP has grown fast, averaging 6.55% in the 1996-2000 period and 9.3% in "
        "the 2001-05 period."
    )
    found = facts(body, date(2023, 5, 6))
    assert not any(f[0] == "grdp_growth_pct" for f in found)


def test_fresh_projects_licensed_are_new_projects():
    body = (
        "Binh Duong licensed 188 fresh FDI projects worth $1 billion in the first nine months of "
        "2016."
    )
    found = facts(body, date(2016, 9, 27))
    assert ("fdi_new_projects_period", None, 188, "2016-01-01", "2016-09-30") in found


def test_by_source_before_investor_countries_is_the_partners_ranking():
    body = (
        "Binh Duong drew $1.53 billion of FDI in the first nine months of 2016. By source, "
        "Singapore led the field with $360.6 million, a 23.6% share of the total."
    )
    found = facts(body, date(2016, 9, 27))
    assert ("fdi_capital_period", "Singapore", 360.6e6, "2016-01-01", "2016-09-30") in found


def test_a_sum_the_province_had_set_as_its_target_is_a_plan():
    body = (
        "Binh Duong's FDI pledges in the first nine months of 2016 came to $1.53 billion, already "
        "above the $1.4 billion the province had set as its target for the whole of this year."
    )
    found = facts(body, date(2016, 9, 27))
    assert not any(f[2] == 1.4e9 for f in found)


def test_in_the_black_on_trade_is_a_trade_surplus():
    body = (
        "Binh Duong's imports in the first quarter of 2020 were estimated at $4.2 billion, which "
        "left the province $1.6 billion in the black on trade."
    )
    found = facts(body, date(2020, 4, 11))
    assert ("trade_surplus_period", None, 1.6e9, "2020-01-01", "2020-03-31") in found


def test_spending_on_imports_is_imports():
    body = (
        "In 2020 Binh Duong's outbound shipments totalled $19 billion, while spending on imports "
        "fell 6.9 per cent to $14.7 billion."
    )
    found = facts(body, date(2021, 2, 1))
    assert ("imports_period", None, 14.7e9, "2020-01-01", "2020-12-31") in found


def test_the_end_of_that_year_is_the_end_of_the_year_named_before():
    body = (
        "In 2018, Binh Duong took in as much as 2.1 billion USD in FDI. By the end of that year "
        "the province was host to 3,509 foreign-invested projects."
    )
    found = facts(body, date(2019, 7, 10))
    assert ("fdi_projects_total", None, 3509, None, "2018-12-31") in found
