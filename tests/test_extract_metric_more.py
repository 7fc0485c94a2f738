"""Which metric and whose, in more shapes of our own wording: partner subjects after a fronted
phrase, counts sharing one noun, a product subset governing its percentages, the change of a
count, two sums of one scale joined by "và"."""

from __future__ import annotations

from datetime import date

from etl.extract.amounts import find_amounts
from tests.test_extract_rules import facts, reasons


def test_a_fronted_with_phrase_belongs_to_the_subject_after_the_comma():
    body = (
        "The chairman said that, with 780 projects and total investment of US$3.5 billion, the "
        "Republic of Korea ranks fifth among investors in Binh Duong."
    )
    found = facts(body, date(2025, 2, 13))
    assert ("fdi_projects_total", "South Korea", 780, None, "2025-02-13") in found
    assert ("fdi_capital_total", "South Korea", 3.5e9, None, "2025-02-13") in found


def test_two_counts_before_one_noun_share_it():
    body = (
        "In the first seven months of 2015, Korean investment in Binh Duong reached $134 million, "
        "spread over 25 newly registered and 14 expanded projects."
    )
    found = facts(body, date(2015, 8, 10))
    seven = ("2015-01-01", "2015-07-31")
    assert ("fdi_new_projects_period", "South Korea", 25, *seven) in found
    assert ("fdi_adjusted_projects_period", "South Korea", 14, *seven) in found


def test_a_product_opening_the_sentence_governs_its_percentages():
    body = (
        "Binh Duong's exports rose 10% to $23 billion in the first eight months of 2021. "
        "Shipments to the US, which take a third of the total, were down 16.8% year on year."
    )
    eight = ("2021-01-01", "2021-08-31")
    assert facts(body, date(2021, 9, 13)) == {
        ("exports_period", None, 23e9, *eight),
        ("exports_period_yoy_pct", None, 10, *eight),
    }


def test_the_change_of_a_count_is_no_change_of_capital():
    body = (
        "Trong 11 tháng năm 2022, tỉnh Bình Dương cấp mới cho 64 dự án FDI, đạt 54,2% so với cùng "
        "kỳ, với tổng vốn đăng ký hơn 1,87 tỷ USD."
    )
    found = facts(body, date(2022, 12, 7), lang="vi")
    assert not any(f[0] == "fdi_capital_period_yoy_pct" for f in found)
    assert ("fdi_new_projects_period", None, 64, "2022-01-01", "2022-11-30") in found


def test_two_sums_of_one_scale_joined_by_and_are_two():
    values = [a.value for a in find_amounts("lần lượt là 103,5 triệu USD và 70,3 triệu USD", "vi")]
    assert values == [103.5e6, 70.3e6]
    compound = [a.value for a in find_amounts("đạt 2 tỷ 514 triệu USD", "vi")]
    assert compound == [2.514e9]


def test_as_of_a_day_this_year_is_a_cut_off_not_the_whole_year():
    body = "As of February 15 this year, Binh Duong had drawn US$301 million in foreign investment."
    assert facts(body, date(2021, 3, 11)) == {
        ("fdi_capital_period", None, 301e6, "2021-01-01", "2021-02-15")
    }


def test_respectively_pairs_sums_with_the_countries_in_order():
    body = (
        "Trong 11 tháng năm 2022, xếp thứ ba về vốn FDI vào Bình Dương là Nhật Bản và Đài Loan, "
        "tổng vốn lần lượt là 103,5 triệu USD và 70,3 triệu USD."
    )
    found = {(f[0], f[1], f[2]) for f in facts(body, date(2022, 12, 7), lang="vi")}
    assert ("fdi_capital_period", "Japan", 103.5e6) in found
    assert ("fdi_capital_period", "Taiwan", 70.3e6) in found


def test_a_sum_too_large_for_a_years_flow_is_the_total():
    body = "Binh Duong has attracted 4,342 FDI projects worth nearly $42 billion so far this year."
    found = facts(body, date(2024, 11, 5))
    assert ("fdi_capital_total", None, 42e9, None, "2024-11-05") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_looking_back_on_a_year_names_it():
    body = (
        "Looking back on 2018, the chairman said Binh Duong had kept its momentum. The "
        "province's GRDP expanded by 8.6% in the year."
    )
    assert facts(body, date(2019, 2, 5)) == {
        ("grdp_growth_pct", None, 8.6, "2018-01-01", "2018-12-31")
    }


def test_a_sum_as_of_a_day_broken_into_newly_invested_projects_is_the_years_flow():
    body = (
        "Foreign investment into Binh Duong reached nearly US$1.1 billion as of August 20, "
        "including 70 newly-invested projects worth some $400 million."
    )
    found = facts(body, date(2023, 9, 1))
    window = ("2023-01-01", "2023-08-20")
    assert ("fdi_capital_period", None, 1.1e9, *window) in found
    assert ("fdi_new_projects_period", None, 70.0, *window) in found
    assert ("fdi_new_capital_period", None, 4e8, *window) in found


def test_a_plan_for_this_year_then_the_amount_to_date_is_the_years_flow():
    body = (
        "Binh Duong had planned to attract US$1.2 billion in FDI this year, yet the amount "
        "recorded to date stands at $1.7 billion. For the coming five years it expects another "
        "$8 billion, which would lift the total FDI in the province to $31 billion."
    )
    found = facts(body, date(2016, 11, 20))
    assert ("fdi_capital_period", None, 1.7e9, "2016-01-01", "2016-11-20") in found
    assert len(found) == 1


def test_a_change_in_parentheses_right_after_a_sum_is_the_sums_change():
    body = (
        "Lũy kế 7 tháng năm 2023, Bình Dương thu hút 1 tỉ 900 triệu USD vốn FDI (tăng 35% so với "
        "cùng kỳ)."
    )
    found = facts(body, date(2023, 8, 2), lang="vi")
    assert ("fdi_capital_period_yoy_pct", None, 35.0, "2023-01-01", "2023-07-31") in found


def test_the_processing_industrys_rate_is_a_part_of_the_index():
    body = (
        "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2022 của tỉnh tăng 8,1% so với cùng kỳ. "
        "Trong đó, công nghiệp chế biến tăng 8,4%."
    )
    found = facts(body, date(2022, 7, 2), lang="vi")
    assert found == {("iip_growth_pct", None, 8.1, "2022-01-01", "2022-06-30")}


def test_a_percentage_of_the_total_capital_is_a_share_not_a_change():
    body = (
        "Năm 2019, tỉnh thu hút 1,2 tỷ USD vốn FDI, bằng 6,8% tổng vốn FDI thu hút được "
        "của cả vùng."
    )
    assert facts(body, date(2020, 1, 6), lang="vi") == {
        ("fdi_capital_period", None, 1.2e9, "2019-01-01", "2019-12-31")
    }


def test_more_than_before_a_count_of_businesses_is_a_qualifier_not_a_new_ones_word():
    body = "Binh Duong now has 29 industrial parks, and more than 55,000 businesses operate here."
    found = facts(body, date(2023, 4, 2))
    assert ("enterprises_total", None, 55000.0, None, "2023-04-02") in found


def test_firms_from_one_investor_country_are_not_the_provinces_businesses():
    body = "More than 500 enterprises from Japan are operating in Binh Duong."
    assert not any(f[0] == "enterprises_total" for f in facts(body, date(2023, 4, 2)))


def test_an_event_day_just_after_publication_is_no_as_of_date():
    body = (
        "The Binh Duong trade fair opened on May 10 and runs until May 13. The province hosts "
        "4,100 FDI projects from 65 countries."
    )
    found = facts(body, date(2023, 5, 11))
    assert ("fdi_projects_total", None, 4100.0, None, "2023-05-11") in found


def test_foreign_firms_name_their_own_topic():
    body = "Today the province has 30 industrial parks, home to over 4,000 foreign firms."
    found = facts(body, date(2020, 6, 12))
    assert ("fdi_projects_total", None, 4000.0, None, "2020-06-12") in found


def test_a_rate_per_year_over_many_years_is_no_periods_growth():
    body = "For two decades Binh Duong's industrial production has grown by 12 percent per year."
    assert facts(body, date(2020, 6, 12)) == set()


def test_countries_and_territories_that_invest_name_the_fdi_topic():
    body = (
        "Đến nay, Bình Dương đã thu hút 66 quốc gia và vùng lãnh thổ đầu tư với 4.100 dự án, "
        "tổng vốn 40 tỷ USD."
    )
    found = facts(body, date(2023, 10, 2), lang="vi")
    assert ("fdi_countries_total", None, 66.0, None, "2023-10-02") in found
    assert ("fdi_projects_total", None, 4100.0, None, "2023-10-02") in found


def test_the_total_a_share_is_of_makes_no_count_a_total():
    body = (
        "Trong 9 tháng năm 2023, có 28 quốc gia và vùng lãnh thổ đầu tư vào Bình Dương, trong "
        "đó Singapore dẫn đầu với 350 triệu USD, chiếm 33% tổng vốn."
    )
    found = facts(body, date(2023, 10, 2), lang="vi")
    assert not any(f[0] == "fdi_countries_total" for f in found)


def test_a_nine_month_figure_names_its_period():
    body = "Binh Duong's nine-month export revenue was estimated at US$23 billion."
    found = facts(body, date(2023, 10, 2))
    assert found == {("exports_period", None, 2.3e10, "2023-01-01", "2023-09-30")}


def test_a_year_ago_rate_in_a_longer_aside_is_left_out():
    body = (
        "In the first nine months of 2019, Binh Duong's index of industrial production rose 9.3 "
        "percent (the same period last year saw an increase of 10.1 percent)."
    )
    found = facts(body, date(2019, 10, 2))
    assert found == {("iip_growth_pct", None, 9.3, "2019-01-01", "2019-09-30")}


def test_an_aside_naming_its_own_year_keeps_that_years_rate():
    body = "Năm 2020, GRDP của Bình Dương ước tăng 6,9% (năm 2019 tăng 9,1%)."
    found = facts(body, date(2020, 12, 20), lang="vi")
    assert ("grdp_growth_pct", None, 9.1, "2019-01-01", "2019-12-31") in found


def test_the_parks_in_operation_are_counted_too():
    body = (
        "Binh Duong currently has 30 industrial parks on 12,800 hectares, including 27 that are "
        "in operation."
    )
    found = facts(body, date(2024, 6, 3))
    assert ("industrial_parks_total", None, 27.0, None, "2024-06-03") in found
    assert ("industrial_parks_total", None, 30.0, None, "2024-06-03") in found


def test_lan_luot_before_the_values_pairs_them_in_order():
    body = (
        "Kim ngạch xuất khẩu và nhập khẩu quý I/2020 của Bình Dương ước lần lượt đạt 7 tỷ USD và "
        "5 tỷ USD, tăng lần lượt 6% và 4% so với cùng kỳ."
    )
    found = facts(body, date(2020, 3, 30), lang="vi")
    window = ("2020-01-01", "2020-03-31")
    assert ("exports_period", None, 7e9, *window) in found
    assert ("imports_period", None, 5e9, *window) in found
    assert ("exports_period_yoy_pct", None, 6.0, *window) in found


def test_a_ratio_to_the_year_before_named_by_its_year_is_a_change():
    body = (
        "Kim ngạch xuất khẩu năm 2023 của Bình Dương ước đạt 32 tỷ USD, bằng 94% so với năm 2022."
    )
    found = facts(body, date(2023, 12, 8), lang="vi")
    assert ("exports_period_yoy_pct", None, -6.0, "2023-01-01", "2023-12-31") in found


def test_the_fdi_sectors_exports_are_a_part():
    body = (
        "Kim ngạch xuất khẩu 10 tháng năm 2024 của Bình Dương ước đạt 28 tỷ USD; trong đó khu vực "
        "có vốn FDI đạt 22 tỷ USD."
    )
    found = facts(body, date(2024, 10, 30), lang="vi")
    assert found == {("exports_period", None, 2.8e10, "2024-01-01", "2024-10-31")}


def test_what_a_sum_is_made_of_in_parentheses_does_not_make_it_a_part():
    body = (
        "Tính chung 6 tháng năm 2020, vốn đăng ký kinh doanh trong nước (gồm thành lập mới và "
        "bổ sung vốn) đạt 40.000 tỷ đồng."
    )
    found = facts(body, date(2020, 7, 3), lang="vi")
    assert found == {("domestic_capital_period", None, 4e13, "2020-01-01", "2020-06-30")}


def test_the_provinces_domestic_businesses_are_its_businesses():
    body = (
        "Trong tháng 6/2020, tỉnh có 500 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp "
        "trong nước trên địa bàn lên 41.000 doanh nghiệp."
    )
    found = facts(body, date(2020, 7, 3), lang="vi")
    assert ("enterprises_total", None, 41000.0, None, "2020-06-30") in found


def test_the_parks_in_operation_in_vietnamese_are_counted_too():
    body = (
        "Hiện Bình Dương có 30 khu công nghiệp với tổng diện tích 12.800 ha, trong đó 28 khu đã "
        "đi vào hoạt động."
    )
    found = facts(body, date(2021, 8, 20), lang="vi")
    assert ("industrial_parks_total", None, 28.0, None, "2021-08-20") in found


def test_businesses_adding_capital_counted_in_luot_are_no_fdi_projects():
    body = (
        "Từ đầu năm đến ngày 15/5/2023, Bình Dương có 1.900 doanh nghiệp thành lập mới và 400 "
        "lượt doanh nghiệp tăng vốn."
    )
    found = facts(body, date(2023, 5, 18), lang="vi")
    assert not any(f[0].startswith("fdi_") for f in found)


def test_the_former_after_a_respectively_pair_is_its_first():
    body = (
        "In the first quarter of 2024, exports and imports reached US$8 billion and US$6 billion, "
        "respectively, the former up 10 percent year-on-year."
    )
    found = facts(body, date(2024, 4, 3))
    assert ("exports_period_yoy_pct", None, 10.0, "2024-01-01", "2024-03-31") in found


def test_bringing_the_provinces_total_to_makes_a_total():
    body = (
        "Last year Binh Duong attracted US$2.4 billion of FDI, which brought the province's total "
        "FDI to US$8.7 billion."
    )
    found = facts(body, date(2008, 1, 10))
    assert ("fdi_capital_total", None, 8.7e9, None, "2007-12-31") in found


def test_a_percentage_of_last_years_sum_named_by_its_year_is_a_change():
    body = (
        "Binh Duong attracted 1.9 billion USD of FDI in 2018, equivalent to 60 percent of the "
        "record 3.2 billion USD it drew in 2017."
    )
    found = facts(body, date(2019, 1, 4))
    assert ("fdi_capital_period_yoy_pct", None, -40.0, "2018-01-01", "2018-12-31") in found


def test_a_headings_topic_outranks_registered_capital():
    body = (
        "As for domestic investment, 6,000 new companies were set up in Binh Duong in 2019 with "
        "registered capital of VND30,000 billion, 40 per cent more registered capital than in "
        "2018."
    )
    found = facts(body, date(2020, 1, 8))
    assert not any(f[0].startswith("fdi_") for f in found)


def test_a_numbered_section_heading_is_no_subject():
    body = (
        "Sáu tháng đầu năm 2024, kinh tế Bình Dương tăng trưởng khá. 3. Thương mại, xuất nhập "
        "khẩu: Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 6 tháng ước đạt 170.000 tỷ đồng."
    )
    found = facts(body, date(2024, 7, 1), lang="vi")
    assert ("retail_sales_period", None, 1.7e14, "2024-01-01", "2024-06-30") in found


def test_von_dieu_chinh_tang_is_capital_increases():
    body = (
        "6 tháng đầu năm 2024, Bình Dương thu hút 1,9 tỷ USD vốn FDI. Trong đó, vốn cấp mới đạt "
        "860 triệu USD, vốn điều chỉnh tăng đạt 740 triệu USD."
    )
    found = facts(body, date(2024, 7, 1), lang="vi")
    assert ("fdi_adjusted_capital_period", None, 7.4e8, "2024-01-01", "2024-06-30") in found


def test_a_part_that_opens_the_sentence_holds_for_its_ranking():
    body = (
        "Trong 5 tháng đầu năm 2023, Bình Dương cấp phép nhiều dự án FDI. Theo quốc gia, trong số "
        "các dự án mới được cấp phép, Hàn Quốc dẫn đầu (96 triệu USD); tiếp theo là Nhật Bản "
        "(41 triệu USD) và Singapore (17,5 triệu USD)."
    )
    found = facts(body, date(2023, 6, 5), lang="vi")
    for partner, value in (("South Korea", 9.6e7), ("Japan", 4.1e7), ("Singapore", 1.75e7)):
        row = ("fdi_new_capital_period", partner, value, "2023-01-01", "2023-05-31")
        assert row in found


def test_a_part_opening_an_english_sentence_holds_for_every_country():
    body = (
        "Binh Duong drew FDI all through the first quarter of 2022. Among the newly licensed "
        "projects, Japanese investors came first with $75 million, then China with $33 million."
    )
    found = facts(body, date(2022, 4, 3))
    assert ("fdi_new_capital_period", "Japan", 7.5e7, "2022-01-01", "2022-03-31") in found
    assert ("fdi_new_capital_period", "China", 3.3e7, "2022-01-01", "2022-03-31") in found


def test_retail_and_service_revenue_is_retail_sales_not_a_firms_revenue():
    body = (
        "Binh Duong's GRDP grew 8 per cent in 2019. Retail and service revenue reached VND160 "
        "trillion in 2019, up 13 per cent on 2018."
    )
    found = facts(body, date(2020, 1, 6))
    assert ("retail_sales_period", None, 1.6e14, "2019-01-01", "2019-12-31") in found


def test_of_this_sum_opens_a_breakdown_and_the_rest_is_a_new_subject():
    body = (
        "In the first eight months of 2018, Binh Duong attracted $1.4 billion of foreign "
        "capital. Of this sum, $900 million went into 60 new projects, and the rest came from "
        "45 existing projects that raised their capital."
    )
    found = facts(body, date(2018, 9, 3))
    assert ("fdi_new_capital_period", None, 9e8, "2018-01-01", "2018-08-31") in found
    assert ("fdi_new_projects_period", None, 60.0, "2018-01-01", "2018-08-31") in found
    assert ("fdi_adjusted_projects_period", None, 45.0, "2018-01-01", "2018-08-31") in found


def test_the_largest_projects_named_are_single_companies():
    body = (
        "Binh Duong attracted $1.4 billion of FDI in the first half of 2018. The largest projects "
        "of the half included a Japanese paper mill, registered at $210 million."
    )
    found = facts(body, date(2018, 7, 3))
    assert not any(f[2] == 2.1e8 for f in found)


def test_the_valid_projects_total_wins_over_every_project_ever_licensed():
    body = (
        "So far, Binh Duong has licensed 4,800 FDI projects with total registered capital of "
        "$41 billion, and 4,100 of them, worth $38.5 billion, are still valid."
    )
    found = facts(body, date(2023, 8, 2))
    assert ("fdi_projects_total", None, 4100, None, "2023-08-02") in found
    assert ("fdi_capital_total", None, 38.5e9, None, "2023-08-02") in found
    assert not any(f[2] in (4800, 41e9) for f in found)


def test_the_valid_count_wins_over_the_revoked_count_in_vietnamese():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.900 dự án FDI. Trong số đó, 4.200 dự án còn hiệu lực "
        "với tổng vốn 40 tỷ USD; 700 dự án đã bị thu hồi."
    )
    found = facts(body, date(2023, 8, 2), lang="vi")
    assert ("fdi_projects_total", None, 4200, None, "2023-08-02") in found
    assert not any(f[2] in (4900, 700) for f in found)


def test_the_change_of_the_economy_s_size_is_its_growth():
    body = (
        "In 2023, Binh Duong's gross regional domestic product (GRDP) reached about VND 480 "
        "trillion, an increase of 5.6% over the previous year."
    )
    found = facts(body, date(2024, 1, 20))
    assert ("grdp_growth_pct", None, 5.6, "2023-01-01", "2023-12-31") in found


def test_the_change_of_another_size_without_a_metric_stays_out():
    body = (
        "In 2023, Binh Duong's industrial production value reached VND 700 trillion, up 4% over "
        "the previous year."
    )
    assert not facts(body, date(2024, 1, 20))


def test_reaching_a_growth_rate_is_an_aim_not_a_result():
    body = (
        "In 2024, Binh Duong's GRDP grew 7.5%. Reaching a growth rate of 11%, however, remains a "
        "challenge, he said."
    )
    found = facts(body, date(2025, 2, 10))
    assert found == {("grdp_growth_pct", None, 7.5, "2024-01-01", "2024-12-31")}


def test_industrial_parks_in_the_province_as_subject_make_a_parks_only_figure():
    body = (
        "BÌNH DƯƠNG — Industrial parks (IPs) in the southern province of Binh Duong have so far "
        "taken in US$900 million of FDI since the start of the year."
    )
    assert not facts(body, date(2023, 8, 22))
    assert "industrial parks only" in reasons(body, date(2023, 8, 22))["US$900 million"]


def test_so_far_since_the_start_of_the_year_is_the_year_s_flow():
    body = "Binh Duong has so far taken in US$900 million of FDI since the start of the year."
    found = facts(body, date(2023, 8, 22))
    assert found == {("fdi_capital_period", None, 9e8, "2023-01-01", "2023-08-22")}


def test_new_fdi_projects_with_words_between_are_new_and_new_plus_added_is_the_total():
    body = (
        "Trong 8 tháng năm 2017, Bình Dương thu hút 64 dự án FDI mới với tổng vốn 510 triệu USD. "
        "Tổng vốn đăng ký cấp mới và điều chỉnh của các dự án FDI đạt hơn 1,1 tỷ USD."
    )
    found = facts(body, date(2017, 9, 2), lang="vi")
    assert ("fdi_new_projects_period", None, 64, "2017-01-01", "2017-08-31") in found
    assert ("fdi_new_capital_period", None, 5.1e8, "2017-01-01", "2017-08-31") in found
    assert ("fdi_capital_period", None, 1.1e9, "2017-01-01", "2017-08-31") in found
    body = (
        "Năm 2019, tổng vốn đăng ký mới và vốn của các dự án tăng vốn FDI của Bình Dương ước "
        "hơn 1.450 triệu USD."
    )
    found = facts(body, date(2019, 12, 28), lang="vi")
    assert found == {("fdi_capital_period", None, 1.45e9, "2019-01-01", "2019-12-31")}


def test_the_industrial_sector_s_growth_is_a_part_of_grdp():
    body = (
        "GRDP của Bình Dương 6 tháng đầu năm 2024 tăng 6,8% so với cùng kỳ. Khu vực công nghiệp "
        "tăng hơn 6,1%, khu vực dịch vụ tăng 8,1%."
    )
    found = facts(body, date(2024, 6, 28), lang="vi")
    assert found == {("grdp_growth_pct", None, 6.8, "2024-01-01", "2024-06-30")}


def test_a_bracketed_value_right_after_the_same_period_is_last_year_s():
    body = (
        "Sáu tháng đầu năm 2024, GRDP của Bình Dương tăng 6,2%, cao hơn mức tăng của cùng kỳ năm "
        "2023 (3,9%). FDI đạt 800 triệu USD, bằng 70% so với cùng kỳ (1,14 tỷ USD)."
    )
    found = facts(body, date(2024, 7, 2), lang="vi")
    assert ("grdp_growth_pct", None, 6.2, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] in (3.9, 1.14e9) for f in found)


def test_domestic_projects_are_no_fdi_projects():
    body = (
        "Tính đến cuối tháng 6/2024, Bình Dương có 1.250 dự án đầu tư trong nước còn hiệu lực và "
        "4.200 dự án FDI còn hiệu lực. By June 30, 2024, it also counted 980 domestic projects."
    )
    found = facts(body, date(2024, 7, 5), lang="vi")
    assert ("fdi_projects_total", None, 4200, None, "2024-06-30") in found
    assert not any(f[2] in (1250, 980) for f in found)


def test_this_number_includes_breaks_down_the_province_s_sum_in_a_parks_story():
    body = (
        "Năm 2023, vốn FDI toàn tỉnh Bình Dương đạt hơn 1,3 tỷ USD. Số này bao gồm 80 dự án FDI "
        "cấp mới với tổng vốn 500 triệu USD."
    )
    title = "Khu công nghiệp Bình Dương hút vốn Nhật"
    found = facts(body, date(2024, 2, 1), lang="vi", title=title)
    assert ("fdi_new_projects_period", None, 80, "2023-01-01", "2023-12-31") in found
    assert ("fdi_new_capital_period", None, 5e8, "2023-01-01", "2023-12-31") in found


def test_a_growth_rate_that_fell_is_negative_and_a_level_fallen_to_is_not():
    body = (
        "In the first nine months of 2021, Binh Duong's index of industrial production fell 2.3 "
        "percent year-on-year."
    )
    found = facts(body, date(2021, 10, 2))
    assert ("iip_growth_pct", None, -2.3, "2021-01-01", "2021-09-30") in found
    body = "The fourth wave dragged Binh Duong's GRDP growth in 2021 down to just 2.8 per cent."
    assert ("grdp_growth_pct", None, 2.8, "2021-01-01", "2021-12-31") in facts(
        body, date(2022, 1, 10)
    )


def test_and_by_carries_the_fall_to_the_second_rate():
    body = (
        "Binh Duong's industrial production index for February 2016 was estimated to have fallen "
        "by 20% from January and by 3% against the same month last year."
    )
    found = facts(body, date(2016, 3, 1))
    assert ("iip_growth_pct", None, -3.0, "2016-02-01", "2016-02-29") in found


def test_sums_each_project_exceeded_and_sector_rates_are_no_totals():
    body = (
        "In the first half of 2016, 42 projects in Binh Duong added $616 million, including 18 "
        "projects whose additions each exceeded $10 million. The province's IIP rose 8.5%; "
        "electricity and water production rose 6.8%, and sewage treatment went up 4.2%."
    )
    found = facts(body, date(2016, 7, 3))
    assert not any(f[2] in (1e7, 6.8, 4.2) for f in found)
    assert ("iip_growth_pct", None, 8.5, "2016-01-01", "2016-06-30") in found


def test_projects_that_were_new_are_new_projects():
    body = (
        "Binh Duong drew $1 billion of FDI in the first half of 2019. Some 48 of the projects "
        "were new, with a combined capital of $514 million."
    )
    found = facts(body, date(2019, 7, 10))
    assert ("fdi_new_capital_period", None, 5.14e8, "2019-01-01", "2019-06-30") in found
    assert ("fdi_new_projects_period", None, 48, "2019-01-01", "2019-06-30") in found


def test_exports_and_imports_broken_out_of_two_way_trade_are_the_province_s():
    body = (
        "Trong 5 tháng đầu năm 2025, tổng kim ngạch xuất nhập khẩu của Bình Dương ước đạt 16 tỷ "
        "USD. Trong đó, xuất khẩu đạt 9,2 tỷ USD, tăng 12% so với cùng kỳ; nhập khẩu đạt 6,8 "
        "tỷ USD."
    )
    found = facts(body, date(2025, 6, 3), lang="vi")
    may = ("2025-01-01", "2025-05-31")
    assert ("exports_period", None, 9.2e9, *may) in found
    assert ("imports_period", None, 6.8e9, *may) in found
    assert not any(f[2] == 16e9 for f in found)


def test_nearly_nine_months_these_two_projects_and_foreign_trade():
    body = (
        "In nearly 9 months of 2021, Korean enterprises invested nearly US$220 million in Binh "
        "Duong. These two new projects have total capital of US$130 million. The province's "
        "foreign trade topped US$40 billion in the period."
    )
    found = facts(body, date(2021, 10, 5))
    assert found == {("fdi_capital_period", "South Korea", 2.2e8, "2021-01-01", "2021-09-30")}


def test_the_items_of_the_import_side_are_items_not_the_province_s_change():
    body = (
        "Năm 2018, xuất khẩu của Bình Dương đạt 25 tỷ USD. Ở chiều nhập khẩu, những mặt hàng tăng "
        "mạnh chủ yếu là nguyên liệu cho sản xuất và xuất khẩu: phân bón đạt 1,2 tỷ USD, tăng 15%; "
        "bông đạt 0,9 tỷ USD, tăng 12%."
    )
    found = facts(body, date(2018, 12, 20), lang="vi")
    assert found == {("exports_period", None, 2.5e10, "2018-01-01", "2018-12-31")}


def test_the_economy_s_size_is_no_budget_and_a_heading_is_no_subject():
    body = (
        "Bình Dương vượt chỉ tiêu thu ngân sách năm 2021. Năm 2021, GRDP của tỉnh ước đạt hơn 400 "
        "ngàn tỷ đồng, tăng 2,8% so với năm 2020. Về xuất nhập khẩu, năm 2021 kim ngạch xuất khẩu "
        "đạt 30 tỷ USD, tăng 12% so cùng kỳ; khu vực có vốn đầu tư nước ngoài FDI đạt 24 tỷ USD."
    )
    year = ("2021-01-01", "2021-12-31")
    assert facts(body, date(2022, 1, 5), lang="vi") == {
        ("grdp_growth_pct", None, 2.8, *year),
        ("exports_period", None, 3e10, *year),
        ("exports_period_yoy_pct", None, 12.0, *year),
    }


def test_imports_by_source_forecasts_and_the_non_state_sector_are_left_out():
    body = (
        "Quý 1/2024, nhập khẩu của Bình Dương đạt 3,6 tỷ USD. Nguồn hàng nhập chủ yếu đến từ "
        "Trung Quốc (hơn 1 tỷ USD, 27,6%), Hàn Quốc (578 triệu USD, 15,8%). Xuất khẩu đạt 5,2 tỷ "
        "USD, tăng 7,8% so cùng kỳ; kinh tế ngoài nhà nước tăng 6,4%. Sở dự báo xuất khẩu cả năm "
        "2024 có thể đạt khoảng 22 tỷ USD."
    )
    q1 = ("2024-01-01", "2024-03-31")
    assert facts(body, date(2024, 4, 5), lang="vi") == {
        ("imports_period", None, 3.6e9, *q1),
        ("exports_period", None, 5.2e9, *q1),
        ("exports_period_yoy_pct", None, 7.8, *q1),
    }


def test_the_growth_of_a_size_stated_after_a_months_count():
    body = (
        "Dự ước GRDP của Bình Dương trong 9 tháng năm 2024 (theo giá so sánh năm 2010) đạt "
        "250.000 tỷ đồng, tăng 7,2% so với cùng kỳ năm trước."
    )
    found = facts(body, date(2024, 10, 2), lang="vi")
    assert found == {("grdp_growth_pct", None, 7.2, "2024-01-01", "2024-09-30")}


def test_deposits_and_loans_are_no_catalogue_figures():
    body = (
        "Năm 2015, tổng mức bán lẻ hàng hóa của Bình Dương đạt 90.000 tỷ đồng. Nguồn vốn huy "
        "động đạt 120.000 tỷ đồng; tổng dư nợ cho vay đạt 100.000 tỷ đồng, tăng 17,5%."
    )
    found = facts(body, date(2016, 1, 5), lang="vi")
    assert found == {("retail_sales_period", None, 9e13, "2015-01-01", "2015-12-31")}


def test_a_plan_s_year_sets_no_period_and_licences_received_are_new_projects():
    body = (
        "Trong 8 tháng qua, Bình Dương thu hút vốn FDI vượt 57% kế hoạch đề ra cho cả năm 2016. "
        "Cụ thể, tỉnh cấp mới cho 70 dự án với tổng vốn 1 tỷ 200 triệu USD."
    )
    found = facts(body, date(2016, 8, 25), lang="vi")
    assert ("fdi_new_capital_period", None, 1.2e9, "2016-01-01", "2016-08-31") in found
    body = (
        "In the first seven months of 2019, up to 55 foreign-invested projects in Binh Duong "
        "received licences, registering a combined capital of over $537 million."
    )
    found = facts(body, date(2019, 7, 26))
    assert ("fdi_new_capital_period", None, 5.37e8, "2019-01-01", "2019-07-31") in found
    assert ("fdi_new_projects_period", None, 55, "2019-01-01", "2019-07-31") in found


def test_their_investors_after_a_total_count_the_investing_countries():
    body = (
        "Binh Duong drew $1.1 billion of FDI in the first seven months of 2019. The province is "
        "now home to 4,000 foreign-invested projects worth $35 billion. Their investors come from "
        "60 countries and territories."
    )
    found = facts(body, date(2019, 7, 26))
    assert ("fdi_countries_total", None, 60, None, "2019-07-26") in found


def test_a_ratio_to_what_it_achieved_a_year_ago_and_a_headline_s_licensed_total():
    body = (
        "Binh Duong drew US$726.2 million of FDI in the first 7 months of 2017, a sum equal to "
        "50.2 per cent of what it achieved in the same period of 2016."
    )
    title = "Binh Duong: More than US$726 Million of FDI Licensed in First Seven Months"
    seven = ("2017-01-01", "2017-07-31")
    assert facts(body, date(2017, 8, 12), title=title) == {
        ("fdi_capital_period", None, 7.262e8, *seven),
        ("fdi_capital_period_yoy_pct", None, -49.8, *seven),
    }


def test_a_sum_named_as_a_target_and_projects_already_operating():
    body = (
        "FDI into Binh Duong amounted to US$927 million in the first quarter of 2025, close to "
        "the province's $1.1 billion target for the whole year. Projects already operating "
        "received more than $520 million, and 31 of the year's 40 targets are on track."
    )
    q1 = ("2025-01-01", "2025-03-31")
    assert facts(body, date(2025, 3, 31)) == {
        ("fdi_capital_period", None, 9.27e8, *q1),
        ("fdi_adjusted_capital_period", None, 5.2e8, *q1),
    }


def test_an_actual_verb_after_a_met_target_makes_the_sum_a_figure():
    body = (
        "Binh Duong has already met its whole-year target for foreign investment: foreign "
        "investors poured more than 2 billion USD into the province in the first half of 2019."
    )
    found = facts(body, date(2019, 7, 7))
    assert found == {("fdi_capital_period", None, 2e9, "2019-01-01", "2019-06-30")}


def test_chi_tieu_kinh_te_are_indicators_and_welfare_funds_are_no_figure():
    body = (
        "Sau 8 tháng năm 2025, hàng loạt chỉ tiêu kinh tế của Bình Dương giữ nhịp tăng cao; nổi "
        "bật là thặng dư thương mại hơn 6,5 tỉ USD. Cụ thể, kim ngạch xuất khẩu ước đạt 25 tỉ "
        "USD, tăng 15% so với cùng kỳ. Tỉnh cũng huy động 900 tỷ đồng chăm lo cho các đối tượng "
        "an sinh xã hội."
    )
    eight = ("2025-01-01", "2025-08-31")
    assert facts(body, date(2025, 9, 10), lang="vi") == {
        ("trade_surplus_period", None, 6.5e9, *eight),
        ("exports_period", None, 2.5e10, *eight),
        ("exports_period_yoy_pct", None, 15.0, *eight),
    }


def test_cung_ki_spelt_with_i_and_a_ratio_with_nearly_and_items_over_a_threshold():
    body = (
        "Cộng dồn 10 tháng năm 2020, xuất khẩu của Bình Dương đạt hơn 20 tỉ USD, bằng gần 96% so "
        "với cùng kì năm trước. Bình Dương có 4 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỉ USD."
    )
    ten = ("2020-01-01", "2020-10-31")
    assert facts(body, date(2020, 11, 2), lang="vi") == {
        ("exports_period", None, 2e10, *ten),
        ("exports_period_yoy_pct", None, -4.0, *ten),
    }


def test_so_voi_the_month_of_last_year_is_year_on_year():
    body = (
        "Kim ngạch xuất khẩu của Bình Dương trong tháng 2-2021 ước đạt 2,1 tỷ USD, tăng hơn 17% so "
        "với tháng 2-2020 và tăng 5% so với tháng 1."
    )
    feb = ("2021-02-01", "2021-02-28")
    assert facts(body, date(2021, 3, 5), lang="vi") == {
        ("exports_period", None, 2.1e9, *feb),
        ("exports_period_yoy_pct", None, 17.0, *feb),
    }


def test_projects_of_every_kind_before_the_foreign_ones_are_no_fdi_count():
    body = (
        "So far, investors from 60 countries and territories have put money into 4,800 projects "
        "in Binh Duong, including over 4,000 foreign-invested projects worth 40 billion USD."
    )
    found = facts(body, date(2023, 11, 3))
    assert ("fdi_projects_total", None, 4000, None, "2023-11-03") in found
    assert not any(f[2] == 4800 for f in found)


def test_land_for_lease_is_no_park_area_and_its_share_leased_is_occupancy():
    body = (
        "Bình Dương có 29 KCN. Trong số 9.000ha đất công nghiệp dành cho thuê, các KCN đã cho "
        "thuê được 7.200ha, đạt tỷ lệ 80%."
    )
    assert facts(body, date(2017, 8, 5), lang="vi") == {
        ("industrial_parks_total", None, 29, None, "2017-08-05"),
        ("industrial_parks_occupancy_pct", None, 80.0, None, "2017-08-05"),
    }


def test_as_of_the_beginning_of_a_month_is_its_first_day():
    body = (
        "Foreign capital registered in Binh Duong since January had risen to USD2.1 billion as "
        "of the beginning of October. This year's money went to 71 new projects."
    )
    found = facts(body, date(2019, 10, 20))
    assert ("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-10-01") in found
    assert ("fdi_new_projects_period", None, 71.0, "2019-01-01", "2019-10-01") in found
    vi = facts("Tính đến đầu tháng 10, Bình Dương thu hút 2,1 tỷ USD vốn FDI.", date(2019, 10, 20),
               lang="vi")  # fmt: skip
    assert vi == {("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-10-01")}


def test_growth_by_an_amount_after_an_opening_comparison_is_a_delta():
    body = (
        "Binh Duong drew 2.4 billion USD of foreign investment in the first ten months of 2019. "
        "Compared with 2018, foreign investment this year has grown by about 310 million USD."
    )
    found = facts(body, date(2019, 11, 5))
    assert found == {("fdi_capital_period", None, 2.4e9, "2019-01-01", "2019-10-31")}


def test_projects_that_signed_up_to_expand_are_capital_increases():
    body = (
        "Binh Duong drew 1.1 billion USD of foreign investment in the first ten months of 2019. "
        "Of this, 88 new projects brought 690 million USD, while 51 projects signed up to expand, "
        "adding 402 million USD."
    )
    found = facts(body, date(2019, 11, 5))
    assert ("fdi_adjusted_projects_period", None, 51.0, "2019-01-01", "2019-10-31") in found
    assert ("fdi_adjusted_capital_period", None, 4.02e8, "2019-01-01", "2019-10-31") in found


def test_ongoing_projects_in_a_total_are_the_valid_ones():
    body = (
        "In nearly 10 months of 2019, foreign investment in Binh Duong reached 2.4 billion USD. "
        "By the end of October, 2019, the province had drawn investors from some 65 countries "
        "and territories, with 1,420 ongoing projects and total capital of 33.4 billion USD."
    )
    found = facts(body, date(2019, 11, 12))
    assert ("fdi_projects_total", None, 1420.0, None, "2019-10-31") in found


def test_new_plus_additional_capital_is_the_whole_flow():
    body = (
        "Newly registered plus additional FDI capital in Binh Duong came to US$2.3 billion in 2019."
    )
    found = facts(body, date(2020, 1, 9))
    assert found == {("fdi_capital_period", None, 2.3e9, "2019-01-01", "2019-12-31")}


def test_a_month_by_itself_with_a_change_on_the_month_before():
    body = (
        "Binh Duong's exports over January-May 2023 were worth US$12.4 billion. May by itself "
        "brought in US$2.7 billion, an increase of 6.2% on April. Electronics shipments rose "
        "7.3% and rubber shipments 4.1%."
    )
    found = facts(body, date(2023, 6, 2))
    assert found == {
        ("exports_period", None, 1.24e10, "2023-01-01", "2023-05-31"),
        ("exports_period", None, 2.7e9, "2023-05-01", "2023-05-31"),
    }


def test_sales_of_goods_alone_are_a_part_of_retail_and_services():
    body = (
        "Binh Duong's retail sales of goods and services reached VND230.5 trillion in the first "
        "11 months of 2022. Sales of goods alone reached VND171.2 trillion in the period."
    )
    found = facts(body, date(2022, 12, 6))
    assert found == {("retail_sales_period", None, 2.305e14, "2022-01-01", "2022-11-30")}


def test_rates_of_second_level_industries_are_the_industries():
    body = (
        "Chỉ số sản xuất công nghiệp tháng 11/2020 của Bình Dương tăng 1,6% so với tháng trước. "
        "Ở nhóm ngành công nghiệp cấp II, nhiều ngành tăng so với tháng 10, như sản xuất đồ "
        "uống tăng 7,2%, sản xuất giường tủ tăng 5,4%."
    )
    assert facts(body, date(2020, 12, 9), lang="vi") == set()


def test_counts_in_a_sentence_about_domestic_projects_are_domestic():
    body = (
        "Trong 9 tháng đầu năm 2018, Bình Dương cấp mới cho 41 dự án trong nước với tổng vốn "
        "gần 6,2 ngàn tỷ đồng; ngoài ra có 12 dự án đề nghị điều chỉnh tăng vốn."
    )
    found = facts(body, date(2018, 10, 5), lang="vi")
    assert not any(f[0].startswith("fdi_") for f in found)


def test_projects_licensed_so_far_are_no_periods_new_ones():
    body = (
        "Bình Dương hiện có tổng cộng 745 dự án FDI đã được cấp giấy chứng nhận đầu tư; trong "
        "số này, 702 dự án còn hiệu lực."
    )
    found = facts(body, date(2018, 10, 5), lang="vi")
    assert not any(f[0] == "fdi_new_projects_period" for f in found)
    assert ("fdi_projects_total", None, 702.0, None, "2018-10-05") in found


def test_a_headline_whose_figure_comes_before_the_parks_is_no_parks_story():
    title = "Hàn Quốc đã rót 9,1 tỷ USD vào tỉnh có nhiều khu công nghiệp nhất"
    body = (
        "Cả năm 2023, vốn đầu tư nước ngoài vào Bình Dương đạt 1,8 tỷ USD. Trong đó có 95 dự án "
        "FDI được cấp mới, vốn đăng ký 612 triệu USD."
    )
    found = facts(body, date(2024, 2, 29), lang="vi", title=title)
    assert ("fdi_new_projects_period", None, 95.0, "2023-01-01", "2023-12-31") in found


def test_the_largest_project_is_one_projects_money():
    body = (
        "Cả năm 2024, vốn FDI vào Bình Dương đạt 2,1 tỷ USD. Ngay đầu năm nay, tỉnh đã trao giấy "
        "chứng nhận đầu tư cho 6 dự án FDI. Lớn nhất là dự án kho vận tại Bàu Bàng, vốn hơn 150 "
        "triệu USD, do một nhà đầu tư Singapore làm chủ đầu tư."
    )
    found = facts(body, date(2025, 2, 8), lang="vi")
    assert not any(f[2] == 1.5e8 for f in found)


def test_newly_licenced_in_british_spelling():
    body = (
        "Binh Duong drew 640 million USD of FDI in the first quarter of 2024. The quarter saw 31 "
        "newly licenced projects register 301.5 million USD in total."
    )
    found = facts(body, date(2024, 4, 2))
    assert ("fdi_new_projects_period", None, 31.0, "2024-01-01", "2024-03-31") in found


def test_retail_sales_of_goods_and_service_revenue_is_retail():
    body = (
        "Statistics show that Binh Duong's total retail sales of goods and service revenue in "
        "2020 reached over 231 trillion VND."
    )
    found = facts(body, date(2021, 2, 1))
    assert found == {("retail_sales_period", None, 2.31e14, "2020-01-01", "2020-12-31")}


def test_this_turnover_after_a_months_exports_is_that_sum():
    body = (
        "Trong tháng 10/2020, kim ngạch xuất khẩu của Bình Dương ước đạt 2.710 triệu USD. So với "
        "tháng 9/2020, kim ngạch này cao hơn 9,2%, và tăng 7,4% so với cùng kỳ năm trước."
    )
    found = facts(body, date(2020, 11, 19), lang="vi")
    assert ("exports_period_yoy_pct", None, 7.4, "2020-10-01", "2020-10-31") in found
    assert not any(f[2] == 9.2 for f in found)


def test_a_sector_opening_its_own_clause_before_the_topic_is_a_part():
    body = (
        "Trong tháng 10/2020, kim ngạch xuất khẩu của Bình Dương ước đạt 2.710 triệu USD. Các "
        "doanh nghiệp có vốn đầu tư nước ngoài vẫn là lực lượng chủ lực: khối FDI ước xuất khẩu "
        "2.050 triệu USD, chiếm khoảng 75% tổng kim ngạch."
    )
    found = facts(body, date(2020, 11, 19), lang="vi")
    assert found == {("exports_period", None, 2.71e9, "2020-10-01", "2020-10-31")}


def test_a_difference_after_its_base_is_a_delta_and_so_is_the_headline_repeating_it():
    body = (
        "Quý I/2024, Bình Dương điều chỉnh vốn cho 30 dự án FDI, với vốn điều chỉnh tăng là "
        "129,66 triệu USD, cao hơn cùng kỳ 46,52 triệu USD. Số dự án nhiều hơn năm trước 6 dự án."
    )
    title = "Vốn FDI điều chỉnh tăng 46,52 triệu USD"
    found = facts(body, date(2024, 4, 5), lang="vi", title=title)
    assert found == {
        ("fdi_adjusted_projects_period", None, 30.0, "2024-01-01", "2024-03-31"),
        ("fdi_adjusted_capital_period", None, 1.2966e8, "2024-01-01", "2024-03-31"),
    }


def test_a_fall_before_a_run_signs_every_rate_and_product_output_is_no_growth():
    body = (
        "Quý I/2023, sản lượng ngành ô tô của Bình Dương giảm hơn 40%, doanh số xe giảm 22%. Vì "
        "vậy GRDP và chỉ số sản xuất công nghiệp của tỉnh giảm lần lượt 2,47% và 7,98% so với "
        "cùng kỳ năm 2022."
    )
    found = facts(body, date(2023, 4, 13), lang="vi", title="GRDP Bình Dương sụt 2,47% trong quý I")
    assert found == {
        ("grdp_growth_pct", None, -2.47, "2023-01-01", "2023-03-31"),
        ("iip_growth_pct", None, -7.98, "2023-01-01", "2023-03-31"),
    }


def test_a_flows_own_name_with_total_and_an_end_date_is_the_year_so_far():
    body = (
        "Total state budget revenue of Binh Duong was estimated at VND48,900 billion by the end "
        "of September 2023, equal to 80 percent of the annual estimate."
    )
    assert facts(body, date(2023, 10, 6)) == {
        ("budget_revenue_period", None, 48_900e9, "2023-01-01", "2023-09-30")
    }


def test_visitors_counted_in_millions_are_no_money():
    body = (
        "In the first nine months of 2023, Binh Duong collected VND48,900 billion in budget "
        "revenue. Visitors to the province were estimated at nearly 4.1 million."
    )
    assert {f[2] for f in facts(body, date(2023, 10, 6))} == {48_900e9}


def test_a_rise_that_reached_a_rate_is_that_rate_and_a_scenario_is_a_plan():
    body = (
        "GRDP của tỉnh Bình Dương trong quý I/2025 ước đạt khoảng 8,2%, cao hơn kịch bản tỉnh đã "
        "đặt ra (kịch bản dự tính tăng 7,5%). Chỉ số sản xuất công nghiệp (IIP) tháng 3 tăng "
        "mạnh, đạt 12,29% so với cùng kỳ năm trước. Xuất khẩu quý I đạt 7 tỷ USD, bằng 95% so "
        "với cùng kỳ."
    )
    quarter = ("2025-01-01", "2025-03-31")
    assert facts(body, date(2025, 4, 10), lang="vi") == {
        ("grdp_growth_pct", None, 8.2, *quarter),
        ("iip_growth_pct", None, 12.29, "2025-03-01", "2025-03-31"),
        ("exports_period", None, 7e9, *quarter),
        ("exports_period_yoy_pct", None, -5, *quarter),
    }


def test_an_economy_that_expanded_names_its_growth():
    english = (
        "In the first quarter, with its economy estimated to have expanded by 8.18%, Binh Duong "
        "led."
    )
    vietnamese = "Kinh tế của tỉnh Bình Dương ước tăng 7,5% trong quý I năm 2024."
    quarter = ("2024-01-01", "2024-03-31")
    published = date(2024, 4, 3)
    assert facts(english, published) == {("grdp_growth_pct", None, 8.18, *quarter)}
    assert facts(vietnamese, published, lang="vi") == {("grdp_growth_pct", None, 7.5, *quarter)}
