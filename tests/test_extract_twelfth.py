"""Shapes of our own wording found in the twelfth session: the sum joined to a count of the
period's new projects is their capital; the amount a plan was beaten by; plans said with "set
out to" or "the next five years"; spans of years written "from 2016 to 2020" or "in 2016-2020,";
yearly averages over several years."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

SEPT_2024 = ("2024-01-01", "2024-09-30")


def test_the_sum_joined_to_a_count_of_new_projects_is_their_capital():
    for phrase in ("drew 12 foreign-invested projects with total registered capital of",
                   "attracted 12 FDI projects worth",
                   "thu hút 12 dự án FDI với tổng vốn đăng ký"):  # fmt: skip
        body = f"In the first nine months, Binh Duong {phrase} 315.2 million USD."
        found = facts(body, date(2024, 10, 5), lang="vi" if "dự án" in phrase else "en")
        assert ("fdi_new_projects_period", None, 12, *SEPT_2024) in found, phrase
        assert ("fdi_new_capital_period", None, 315.2e6, *SEPT_2024) in found, phrase


def test_the_amount_a_plan_was_beaten_by_is_no_level():
    for body, lang in (
        ("FDI keeps flowing into Binh Duong. Over the 2016-2020 period it drew $9.4 billion, "
         "$1.4 billion more than planned.", "en"),
        ("FDI keeps flowing into Binh Duong. In 2020 it drew 9.4 billion USD, 1.4 billion USD "
         "above its target.", "en"),
        ("Les IDE affluent à Binh Duong. En 2020, la province en a attiré 9,4 milliards de "
         "dollars, soit 1,4 milliard de dollars de plus que prévu.", "fr"),
    ):  # fmt: skip
        found = facts(body, date(2021, 1, 8), lang=lang)
        assert any(f[2] == 9.4e9 for f in found), body
        assert not any(f[2] == 1.4e9 for f in found), body


def test_a_level_said_to_be_above_its_plan_stays():
    body = "In 2020 Binh Duong drew 9.4 billion USD of FDI, above the plan for the year."
    found = facts(body, date(2021, 1, 8))
    assert ("fdi_capital_period", None, 9.4e9, "2020-01-01", "2020-12-31") in found


def test_what_a_province_set_out_to_do_is_a_plan_and_what_it_stands_at_is_not():
    body = (
        "Binh Duong had set out to attract 1.2 billion USD of FDI this year; the figure so far "
        "stands at 1.5 billion USD."
    )
    values = {f[2] for f in facts(body, date(2019, 11, 20))}
    assert 1.5e9 in values
    assert 1.2e9 not in values


def test_the_coming_years_are_a_forecast():
    for phrase in ("For the next five years", "Over the coming decade", "In the years ahead"):
        body = f"{phrase}, FDI into Binh Duong is expected to reach 8 billion USD."
        assert not facts(body, date(2019, 11, 20)), phrase


def test_spans_of_years_however_they_are_written():
    for phrase in ("From 2016 to 2020", "Over 2016-2020", "In 2016-2020"):
        body = f"{phrase}, Binh Duong drew 12.5 billion USD of FDI."
        found = facts(body, date(2021, 3, 2))
        assert ("fdi_capital_period", None, 12.5e9, "2016-01-01", "2020-12-31") in found, phrase


def test_a_yearly_average_over_several_years_is_no_years_growth():
    for body in ("Over 2016-2020, Binh Duong's GRDP grew at an average annual rate of 8.1 percent.",
                 "Binh Duong's GRDP growth averaged 8.1 percent over 2016-2020.",
                 "Giai đoạn 2016-2020, GRDP của Bình Dương tăng bình quân 8,1%/năm."):  # fmt: skip
        assert not facts(body, date(2021, 3, 2), lang="vi" if "ư" in body else "en"), body


def test_a_years_growth_beside_the_year_before_stays():
    body = "Binh Duong's exports rose 11.9% in 2022, against growth of 26.7% a year earlier."
    found = facts(body, date(2023, 1, 5))
    assert ("exports_period_yoy_pct", None, 11.9, "2022-01-01", "2022-12-31") in found


def test_the_months_counted_so_far_frame_what_follows_a_headline_of_a_period_not_over():
    title = "Binh Duong among the fastest-growing provinces in the first half of 2024"
    body = (
        "Figures from the provincial statistics office show that over the first five months, "
        "the economy kept its momentum.\n\n"
        "Specifically, exports reached 12.4 billion USD and retail sales VND 135,000 billion."
    )
    found = facts(body, date(2024, 6, 18), title=title)
    five = ("2024-01-01", "2024-05-31")
    assert ("exports_period", None, 12.4e9, *five) in found
    assert ("retail_sales_period", None, 135e12, *five) in found


def test_a_part_told_beside_the_whole_it_leads_to_leaves_the_whole():
    title = "Binh Duong's economy in 2023"
    body = (
        "Based on the results of eleven months, the province estimates that in the whole of "
        "2023 it met most of its goals.\n\n"
        "Specifically, exports are estimated at 31.8 billion USD."
    )
    found = facts(body, date(2023, 12, 28), title=title)
    assert ("exports_period", None, 31.8e9, "2023-01-01", "2023-12-31") in found


def test_a_rate_over_a_part_of_last_year_is_compared_with_it_not_dated_to_it():
    body = (
        "In the first quarter of 2025, retail sales in Binh Duong were estimated at VND 71,200 "
        "billion, an increase of 12.1% over the first quarter of 2024. Exports amounted to "
        "US$8.1 billion."
    )
    found = facts(body, date(2025, 4, 12))
    q1 = ("2025-01-01", "2025-03-31")
    assert ("retail_sales_period", None, 71.2e12, *q1) in found
    assert ("exports_period", None, 8.1e9, *q1) in found


def test_with_growth_of_opening_a_story_is_the_provinces_growth():
    body = (
        "With growth of 8.2% in the first half of 2024, Binh Duong ranks among the leaders of the "
        "Southeast, and it would have to expand by 11% in the second half to meet its goal."
    )
    found = facts(body, date(2024, 7, 8))
    assert found == {("grdp_growth_pct", None, 8.2, "2024-01-01", "2024-06-30")}


def test_development_investment_is_neither_budget_revenue_nor_fdi():
    body = (
        "In the first quarter of 2025, Binh Duong's budget revenue came to VND 17,300 billion. "
        "Development investment reached VND 23,400 billion, up 9%."
    )
    values = {f[2] for f in facts(body, date(2025, 4, 12))}
    assert 17.3e12 in values
    assert 23.4e12 not in values


def test_an_export_item_in_vietnamese_is_no_provinces_exports():
    body = (
        "Trong 2 tháng đầu năm 2023, kim ngạch xuất khẩu của Bình Dương ước đạt 4,1 tỷ USD. "
        "Xuất khẩu sắt thép đạt 165,5 triệu USD; dệt và hàng may mặc ước đạt 310 triệu USD; dăm "
        "gỗ đạt 6,0 triệu USD."
    )
    found = facts(body, date(2023, 3, 5), lang="vi")
    assert found == {("exports_period", None, 4.1e9, "2023-01-01", "2023-02-28")}


def test_exports_and_imports_together_are_neither():
    body = (
        "Cộng chung 2 tháng đầu năm 2023, tổng kim ngạch xuất, nhập khẩu của Bình Dương ước đạt "
        "8,5 tỷ USD."
    )
    assert not facts(body, date(2023, 3, 5), lang="vi")


def test_a_sum_said_to_be_a_share_of_the_years_plan_is_the_years_flow():
    body = (
        "Tính đến hết tháng 10/2015, tổng vốn đầu tư FDI đổ vào Bình Dương đạt 1,6 tỷ USD, tương "
        "đương 95% kế hoạch đề ra cho cả năm."
    )
    found = facts(body, date(2015, 11, 11), lang="vi")
    assert ("fdi_capital_period", None, 1.6e9, "2015-01-01", "2015-10-31") in found


def test_a_share_of_registered_capital_is_no_growth_and_a_file_under_review_no_figure():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.100 dự án FDI; vốn thực hiện đạt 21 tỷ USD, bằng 60% vốn "
        "đăng ký. Tỉnh đang thẩm định hồ sơ thành lập một trường đại học quốc tế với vốn đầu tư "
        "khoảng 15 triệu USD."
    )
    found = facts(body, date(2015, 11, 11), lang="vi")
    assert {f[0] for f in found} == {"fdi_projects_total"}


def test_a_total_as_of_a_month_with_both_kinds_of_location_is_the_provinces():
    body = (
        "Tính đến tháng 7-2016, trên địa bàn tỉnh Bình Dương có 2.710 dự án FDI, gồm 1.620 dự án "
        "trong khu công nghiệp và 1.090 dự án ngoài khu công nghiệp, với tổng vốn đăng ký hơn "
        "24,1 tỉ USD."
    )
    found = facts(body, date(2016, 8, 1), lang="vi")
    assert ("fdi_projects_total", None, 2710, None, "2016-07-31") in found
    assert ("fdi_capital_total", None, 24.1e9, None, "2016-07-31") in found


def test_the_part_outside_the_parks_stays_a_part():
    body = (
        "Tính đến tháng 7-2016, 1.090 dự án còn lại thực hiện bên ngoài các khu công nghiệp, tổng "
        "vốn đăng ký 6,2 tỉ USD."
    )
    found = facts(body, date(2016, 8, 1), lang="vi")
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_the_as_of_day_of_another_quantity_does_not_cut_the_reports_months():
    body = (
        "In the first five months of 2025, Binh Duong's budget revenue is estimated at VND 28,400 "
        "billion.\n\nAs of May 28, the province had disbursed VND 4,100 billion of public "
        "investment.\n\nTotal retail sales reached nearly VND 130,000 billion, up 12%."
    )
    found = facts(body, date(2025, 6, 1))
    assert ("retail_sales_period", None, 130e12, "2025-01-01", "2025-05-31") in found


def test_from_the_first_of_january_to_a_day_written_day_first():
    body = "From 1 January to 15 November, Binh Duong licensed 73 new FDI projects."
    found = facts(body, date(2020, 12, 2))
    assert ("fdi_new_projects_period", None, 73, "2020-01-01", "2020-11-15") in found


def test_the_parts_of_the_periods_new_projects_are_new_with_their_capital():
    body = (
        "Trong 9 tháng đầu năm 2025, GRDP của Bình Dương ước tăng 9,1%. Về thu hút đầu tư, toàn "
        "tỉnh có thêm 312 dự án mới, gồm 240 dự án trong nước với tổng vốn đăng ký 51.200 tỷ đồng "
        "và 72 dự án FDI với tổng vốn 1,1 tỷ USD."
    )
    found = facts(body, date(2025, 10, 8), lang="vi")
    nine = ("2025-01-01", "2025-09-30")
    assert ("fdi_new_projects_period", None, 72, *nine) in found
    assert ("fdi_new_capital_period", None, 1.1e9, *nine) in found
    assert ("domestic_capital_period", None, 51.2e12, *nine) in found


def test_a_club_or_the_size_of_the_economy_is_no_figure():
    title = 'Bình Dương sắp vào "câu lạc bộ" thu ngân sách 80.000 tỷ đồng'
    body = "Quy mô nền kinh tế của Bình Dương theo giá hiện hành đạt 520.000 tỷ đồng."
    assert not facts(body, date(2025, 10, 8), lang="vi", title=title)


def test_a_cumulative_count_of_domestic_projects_carries_no_periods_capital():
    body = (
        "Lũy kế đến nay, trên địa bàn tỉnh Bình Dương có 3.089 dự án trong nước với tổng vốn hơn "
        "693 ngàn tỷ đồng."
    )
    assert not any(
        f[0] == "domestic_capital_period" for f in facts(body, date(2025, 10, 8), lang="vi")
    )


def test_falls_said_with_slumped_or_plunged_are_negative():
    body = "In 2022, Binh Duong's industrial production index slumped 4.2% and exports plunged 6%."
    found = facts(body, date(2023, 2, 16))
    year = ("2022-01-01", "2022-12-31")
    assert ("iip_growth_pct", None, -4.2, *year) in found
    assert ("exports_period_yoy_pct", None, -6.0, *year) in found


def test_a_development_index_over_a_hundred_is_the_growth_above_it():
    body = "Trong 6 tháng đầu năm 2024, tốc độ phát triển GRDP của Bình Dương đạt 107,2%."
    found = facts(body, date(2024, 7, 20), lang="vi")
    assert found == {("grdp_growth_pct", None, 7.2, "2024-01-01", "2024-06-30")}


def test_as_of_last_december_is_the_end_of_the_year_before():
    body = "As of last December, Binh Duong had 4,200 valid FDI projects."
    found = facts(body, date(2021, 2, 18))
    assert ("fdi_projects_total", None, 4200, None, "2020-12-31") in found


def test_the_quarters_in_brackets_after_a_span_of_a_named_year_are_that_years():
    body = (
        "GRDP 6 tháng năm 2023 của Bình Dương tăng 5,4% so với cùng kỳ năm 2022 (quý I tăng 4,9%, "
        "quý II tăng 5,9%)."
    )
    found = facts(body, date(2024, 9, 19), lang="vi")
    assert ("grdp_growth_pct", None, 4.9, "2023-01-01", "2023-03-31") in found
    assert ("grdp_growth_pct", None, 5.9, "2023-04-01", "2023-06-30") in found


def test_a_names_words_may_be_joined_by_a_hyphen_or_a_dash():
    from etl.extract.relevance import names_pattern
    from etl.textnorm import fold

    pattern = names_pattern(["Thừa Thiên Huế"])
    assert pattern is not None
    for written in ("Thừa Thiên - Huế", "Thừa Thiên-Huế", "THỪA THIÊN – HUẾ", "Thua Thien Hue"):
        assert pattern.search(fold(written)), written
    assert not pattern.search(fold("Thừa Thiên"))


def test_projects_added_by_an_as_of_day_are_the_years_and_the_total_they_raise_is_a_total():
    body = (
        "Tính đến đầu tháng 10/2013, Bình Dương có thêm 95 dự án FDI với tổng mức đầu tư 640 "
        "triệu USD, đưa tổng số dự án có vốn đầu tư trực tiếp nước ngoài trên địa bàn tỉnh lên "
        "2.310 dự án, tổng vốn đầu tư đăng ký 17,9 tỷ USD."
    )
    found = facts(body, date(2013, 10, 12), lang="vi")
    to_october = ("2013-01-01", "2013-10-01")
    assert ("fdi_new_projects_period", None, 95, *to_october) in found
    assert ("fdi_new_capital_period", None, 640e6, *to_october) in found
    assert ("fdi_projects_total", None, 2310, None, "2013-10-01") in found
    assert ("fdi_capital_total", None, 17.9e9, None, "2013-10-01") in found


def test_projects_that_started_up_are_neither_licensed_nor_the_total():
    body = (
        "Trong 6 tháng đầu năm 2018, Bình Dương có thêm 28 dự án đi vào hoạt động. In the first "
        "half of 2018, 12 FDI projects went into operation in Binh Duong."
    )
    assert not facts(body, date(2018, 7, 10), lang="vi")


def test_a_year_then_a_comma_then_a_sum_are_two_numbers():
    body = (
        "Binh Duong's exports came to 580 million USD in 2020, 630 million USD in 2021 and 660 "
        "million USD in 2022."
    )
    values = {f[2] for f in facts(body, date(2023, 3, 1))}
    assert {580e6, 630e6, 660e6} <= values
    assert not any(v > 1e12 for v in values)


def test_leading_the_country_is_a_rank_and_this_brought_speaks_on_of_the_province():
    title = "Binh Duong's new foreign investment passes 3.5 billion USD"
    body = (
        "The province licensed 120 new FDI projects in the first 11 months of 2022.\n\n"
        "This brought the southern economic hub, which leads the country by number of projects, "
        "to 4,100 valid FDI projects with total registered capital of 39.9 billion USD at present."
    )
    found = facts(body, date(2022, 12, 5), title=title)
    assert ("fdi_projects_total", None, 4100, None, "2022-12-05") in found
    assert ("fdi_capital_total", None, 39.9e9, None, "2022-12-05") in found


def test_the_growth_after_a_converted_size_is_the_growth_and_the_economy_grows():
    title = "Binh Duong's economy grows 7.2 percent in 2020"
    body = (
        "Binh Duong's gross regional domestic product (GRDP) reached 480 trillion VND (20.8 "
        "billion USD at the current exchange rate) in 2020, up 7.2 percent from a year earlier."
    )
    found = facts(body, date(2021, 1, 2), title=title)
    assert found == {("grdp_growth_pct", None, 7.2, "2020-01-01", "2020-12-31")}


def test_the_size_each_group_passed_and_the_groups_of_goods_are_no_exports_total():
    body = (
        "In 2020 Binh Duong's exports reached 27.9 billion USD. Five groups of goods each brought "
        "the province more than 1 billion USD in exports. Computers, electronic products and "
        "components led with 3.8 billion USD. Other commodities made up 6.9 billion USD."
    )
    found = facts(body, date(2021, 1, 2))
    assert found == {("exports_period", None, 27.9e9, "2020-01-01", "2020-12-31")}


def test_a_count_that_opens_a_clause_and_received_licences_is_the_periods_new_projects():
    body = (
        "In the first half of 2018, Binh Duong's exports rose 14 percent.\n\n"
        "Around 2,100 new enterprises were set up with combined capital of nearly 25 trillion VND, "
        "and 83 FDI projects, worth a total of over 486.5 million USD, received investment "
        "licences."
    )
    found = facts(body, date(2018, 7, 3))
    half = ("2018-01-01", "2018-06-30")
    assert ("fdi_new_projects_period", None, 83, *half) in found
    assert ("fdi_new_capital_period", None, 486.5e6, *half) in found


def test_french_projects_that_grew_their_investment_are_capital_increases():
    body = (
        "Sur les dix premiers mois de 2022, Binh Duong a attiré 2,1 milliards de dollars d'IDE. "
        "Par ailleurs, 163 projets opérationnels ont accru leur investissement initial d'un "
        "montant cumulé de 573 millions de dollars."
    )
    found = facts(body, date(2022, 11, 2), lang="fr")
    ten = ("2022-01-01", "2022-10-31")
    assert ("fdi_adjusted_projects_period", None, 163, *ten) in found
    assert ("fdi_adjusted_capital_period", None, 573e6, *ten) in found


def test_the_capital_of_newly_established_enterprises_is_no_fdi():
    body = (
        "In the first quarter of 2022, Binh Duong drew 513 million USD of foreign investment. The "
        "province recorded 1,965 newly established enterprises, whose registered capital added up "
        "to 13.5 trillion VND (590 million USD), increases of 2 percent and 4 percent respectively."
    )
    found = facts(body, date(2022, 4, 1))
    assert found == {("fdi_capital_period", None, 513e6, "2022-01-01", "2022-03-31")}


def test_the_time_a_story_turned_sets_no_window_for_the_figures_after_it():
    body = (
        "Năm 2020, GRDP của Bình Dương ước tăng 6,91%.\n\n"
        "Hoạt động xuất khẩu chịu ảnh hưởng nặng nề. Dù vậy, kể từ sau quý II/2020, doanh "
        "nghiệp đã phục hồi khá nhanh. Kim ngạch xuất khẩu ước tăng 8,5%, đưa thặng dư thương "
        "mại của tỉnh lên gần 6 tỷ USD."
    )
    found = facts(body, date(2020, 12, 19), lang="vi")
    year = ("2020-01-01", "2020-12-31")
    assert ("exports_period_yoy_pct", None, 8.5, *year) in found
    assert ("trade_surplus_period", None, 6e9, *year) in found


def test_a_comma_and_space_inside_a_sum_with_decimals_and_the_operating_part_after_of_the():
    body = (
        "Binh Duong counted 265 FDI projects worth over US$ 4, 8 billion till June 9 2017. Of the "
        "265 FDI projects, 208 are in operation with US$ 3, 406.94 million."
    )
    found = facts(body, date(2017, 11, 7))
    assert ("fdi_capital_total", None, 4.8e9, None, "2017-06-09") in found
    assert not any(f[2] in (3.0, 3406.94e6, 208) for f in found)


def test_a_rate_in_brackets_in_the_same_period_is_the_year_befores():
    body = (
        "In the first half of 2023, Binh Duong's industrial production index rose an estimated "
        "3.40% (7.15% in the same period of 2022)."
    )
    found = facts(body, date(2023, 7, 11))
    assert found == {("iip_growth_pct", None, 3.4, "2023-01-01", "2023-06-30")}


def test_a_quarter_named_once_for_two_rates_dates_both():
    body = (
        "Binh Duong's GRDP grew 3.84% in the first quarter of 2023 and 2.97% in the second, "
        "bringing growth for the first half to 3.43%."
    )
    found = facts(body, date(2023, 7, 11))
    assert ("grdp_growth_pct", None, 3.84, "2023-01-01", "2023-03-31") in found
    assert ("grdp_growth_pct", None, 2.97, "2023-04-01", "2023-06-30") in found
    assert ("grdp_growth_pct", None, 3.43, "2023-01-01", "2023-06-30") in found


def test_a_mixed_sums_parts_are_the_provinces_and_a_count_after_a_parts_sum_is_its_projects():
    body = (
        "Total capital investment in Binh Duong in 2011, counting both domestic and foreign "
        "sources, came to US$2.1 billion. Specifically, the province issued investment licences "
        "to 134 projects worth a combined US$1.61 billion and approved capital increases totalling "
        "US$161.3 million for 51 projects."
    )
    found = facts(body, date(2012, 5, 24))
    year = ("2011-01-01", "2011-12-31")
    assert found == {
        ("fdi_new_projects_period", None, 134, *year),
        ("fdi_new_capital_period", None, 1.61e9, *year),
        ("fdi_adjusted_capital_period", None, 161.3e6, *year),
        ("fdi_adjusted_projects_period", None, 51, *year),
    }


def test_french_since_january_welcomed_and_a_count_of_all_projects_before_the_foreign_ones():
    body = (
        "Depuis janvier, Binh Duong a accueilli 60 projets d'investissement direct étranger (IDE), "
        "représentant au total 910 millions de dollars. Sur la période 2016-2020, la province a "
        "accueilli 1.209 projets d'investissement représentant 15,7 milliards de dollars de "
        "capitaux, parmi lesquels 422 projets d'investissements directs étrangers (IDE)."
    )
    found = facts(body, date(2017, 7, 20), lang="fr")
    so_far = ("2017-01-01", "2017-07-20")
    assert ("fdi_new_projects_period", None, 60, *so_far) in found
    assert ("fdi_new_capital_period", None, 910e6, *so_far) in found
    assert not any(f[2] == 1209 for f in found)


def test_in_addition_ends_a_domestic_passage():
    body = (
        "Depuis janvier, Binh Duong a reçu 36 projets d'investisseurs vietnamiens, dont le capital "
        "cumulé s'élève à 3.200 milliards de dongs.\n\nEn outre, 44 projets déjà en activité ont "
        "obtenu l'autorisation de relever leur capital, pour un montant supplémentaire de 115 "
        "millions de dollars."
    )
    found = facts(body, date(2017, 7, 20), lang="fr")
    assert ("fdi_adjusted_projects_period", None, 44, "2017-01-01", "2017-07-20") in found


def test_the_province_itself_growing_is_its_economys_growth_and_import_export_is_two_way():
    for body, lang in (
        ("The meeting heard that Binh Duong grew 7.04% last year, with import-export revenue "
         "nearing 64 billion USD.", "en"),
        ("Năm 2022, tỉnh Bình Dương tăng trưởng 7,04%.", "vi"),
    ):  # fmt: skip
        found = facts(body, date(2023, 1, 16), lang=lang)
        assert found == {("grdp_growth_pct", None, 7.04, "2022-01-01", "2022-12-31")}, body


def test_an_undated_report_on_a_month_came_after_it_and_its_count_carries_tong_von():
    from etl.extract.dating import estimate_publication

    texts = [
        "Bình Dương cấp mới 14 dự án FDI trong tháng 1/2020",
        "Tháng 1/2020, Bình Dương đã cấp phép cho 14 dự án đầu tư trực tiếp từ nước ngoài (FDI), "
        "tổng vốn 16,86 triệu USD.",
        "Từ ngày 1/1 đến ngày 15/12/2019, tỉnh thu hút 690,76 triệu USD vốn FDI.",
    ]
    assert estimate_publication(texts) == date(2020, 1, 31)
    found = facts(texts[1], date(2020, 2, 3), lang="vi")
    january = ("2020-01-01", "2020-01-31")
    assert ("fdi_new_projects_period", None, 14, *january) in found
    assert ("fdi_new_capital_period", None, 16.86e6, *january) in found


def test_that_is_more_by_restates_a_multiple_as_its_gap():
    body = (
        "Vốn FDI 6 tháng đầu năm 2017 của Bình Dương đạt 516 triệu USD. Con số này gấp 2,02 lần "
        "so với cùng kỳ năm 2016, tức là nhiều hơn 260,6 triệu USD."
    )
    found = facts(body, date(2017, 7, 10), lang="vi")
    assert found == {("fdi_capital_period", None, 516e6, "2017-01-01", "2017-06-30")}


def test_n_of_them_fdi_projects_are_the_foreign_part_of_a_count_of_all_projects():
    body = (
        "In the first five months, Binh Duong issued licences to 20 new investment projects, eight "
        "of them foreign direct investment (FDI) projects worth more than $33 million."
    )
    found = facts(body, date(2024, 5, 31))
    five = ("2024-01-01", "2024-05-31")
    assert found == {("fdi_new_projects_period", None, 8, *five),
                     ("fdi_new_capital_period", None, 33e6, *five)}  # fmt: skip


def test_a_count_the_next_sentence_splits_into_domestic_and_foreign_projects_is_neither():
    body = (
        "Trong 7 tháng đầu năm 2025, Bình Dương đã tiếp nhận 164 dự án đầu tư mới. Trong số này có "
        "95 dự án đầu tư trực tiếp nước ngoài (FDI) với tổng vốn đăng ký 852 triệu USD, còn lại là "
        "69 dự án đầu tư trong nước (DDI)."
    )
    found = facts(body, date(2025, 8, 5), lang="vi")
    seven = ("2025-01-01", "2025-07-31")
    assert found == {("fdi_new_projects_period", None, 95, *seven),
                     ("fdi_new_capital_period", None, 852e6, *seven)}  # fmt: skip


def test_a_sector_split_of_the_periods_projects_is_no_count_of_new_ones():
    body = (
        "Trong 6 tháng đầu năm 2024, Bình Dương thu hút được 42 dự án FDI. Trong số này, 30 dự án "
        "thuộc lĩnh vực công nghiệp và 12 dự án thuộc lĩnh vực thương mại, dịch vụ."
    )
    found = facts(body, date(2024, 7, 5), lang="vi")
    assert found == {("fdi_new_projects_period", None, 42, "2024-01-01", "2024-06-30")}


def test_a_headline_that_names_other_places_only_to_leave_them_behind_is_the_provinces():
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    title = "Địa phương bất ngờ dẫn đầu thu hút FDI, bỏ xa TP.HCM và Hà Nội"
    body = (
        "Hai tháng đầu năm, Bình Dương bất ngờ vươn lên đứng đầu cả nước về thu hút vốn FDI, "
        "vượt xa TP.HCM. Vốn FDI vào Bình Dương đạt gần 1,7 tỷ USD."
    )
    assert judge(title, body, PLACES.entity, CATALOGUE, PLACES.others).relevant


def test_a_bracketed_gap_share_or_stake_purchases_and_revoked_licences():
    body = (
        "Between January 1st, 2022 and March 20, 2022, Binh Duong licensed 24 new FDI projects, "
        "whose total registered capital reached USD 156.5 million. Over the first 3 months of "
        "this year, 31 projects adjusted their capital (9 projects more than a year earlier), "
        "adding USD 304 million; foreign investors' capital contributions and share or stake "
        "purchases were worth USD 121.6 million. At the same time, 06 projects with a combined "
        "investment capital of USD 13.6 million had their licences revoked."
    )
    found = facts(body, date(2022, 3, 25))
    q1, to_20 = ("2022-01-01", "2022-03-31"), ("2022-01-01", "2022-03-20")
    assert found == {
        ("fdi_new_projects_period", None, 24, *to_20),
        ("fdi_new_capital_period", None, 156.5e6, *to_20),
        ("fdi_adjusted_projects_period", None, 31, *q1),
        ("fdi_adjusted_capital_period", None, 304e6, *q1),
        ("fdi_contribution_capital_period", None, 121.6e6, *q1),
    }


def test_a_named_years_figure_is_a_base_and_new_investments_made_up_the_new_part():
    body = (
        "Total FDI into Binh Duong for 2023 came to USD 1,401.4 million, 1.92 times the 2022 "
        "figure. New investments made up USD 893.1 million of the total, and the remaining USD "
        "508.3 million was additional capital put into projects already operating."
    )
    found = facts(body, date(2024, 2, 1))
    year = ("2023-01-01", "2023-12-31")
    assert found == {
        ("fdi_capital_period", None, 1401.4e6, *year),
        ("fdi_new_capital_period", None, 893.1e6, *year),
        ("fdi_adjusted_capital_period", None, 508.3e6, *year),
    }


def test_a_growth_rate_that_reached_x_percent_against_a_year_earlier_is_no_index():
    body = (
        "Quý I/2025, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) của Bình Dương đạt "
        "11,86% so với cùng kỳ năm 2024."
    )
    found = facts(body, date(2025, 5, 2), lang="vi")
    assert found == {("grdp_growth_pct", None, 11.86, "2025-01-01", "2025-03-31")}


def test_what_had_been_licensed_by_a_day_is_a_total_unless_said_new():
    found = facts("By the end of 2012, Binh Duong province had licensed 2,286 foreign direct "
                  "investment (FDI) projects.", date(2013, 5, 7))  # fmt: skip
    assert found == {("fdi_projects_total", None, 2286, None, "2012-12-31")}
    found = facts("As of August 2020, the province had licensed 20 new FDI projects.",
                  date(2020, 10, 5))  # fmt: skip
    assert ("fdi_new_projects_period", None, 20, "2020-01-01", "2020-08-31") in found


def test_a_sum_per_project_written_with_a_slash_is_no_total():
    body = (
        "Năm 2019, Bình Dương thu hút 2,1 tỷ USD vốn FDI. Suất đầu tư của các dự án FDI năm 2019 "
        "cao hơn năm 2018: năm 2018 hơn 1,2 triệu USD/dự án, còn năm 2019 lên tới 3,3 triệu "
        "USD/dự án."
    )
    found = facts(body, date(2020, 1, 20), lang="vi")
    assert found == {("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-12-31")}


def test_a_passage_on_the_domestic_side_counts_no_fdi_projects():
    for body, lang in (
        ("Ở mảng đầu tư trong nước, từ ngày 1-20/8/2025, Bình Dương ghi nhận tổng vốn đầu tư đạt "
         "7.385 tỷ đồng; con số này gồm 3 dự án cấp mới với tổng vốn 1.986 tỷ đồng.", "vi"),
        ("On the domestic side, 10 investment projects were licensed in Binh Duong in the first "
         "half of 2025.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2025, 8, 25), lang=lang)
        assert not any(f[0].startswith("fdi") for f in found), body


def test_trade_through_border_gates_is_two_way_and_its_rise_is_no_exports_growth():
    body = (
        "In the first nine months of 2022, Binh Duong's exports rose 12%. Trade through the "
        "province's border gates amounted to more than 146 million USD in the period, a rise of "
        "74.2% year-on-year."
    )
    found = facts(body, date(2022, 10, 9))
    assert found == {("exports_period_yoy_pct", None, 12.0, "2022-01-01", "2022-09-30")}


def test_a_word_list_entry_with_an_upper_case_escape_is_refused():
    from etl.extract.catalogue import build_catalogue

    problems: list[str] = []
    build_catalogue({"topic": {"trade_sum": {"cues": [r"trade via (?:\S+ ){0,3}gates"]}}}, problems)
    assert any("\\S" in p and "topic.trade_sum.cues" in p for p in problems), problems


def test_one_ownership_sector_growing_is_no_growth_of_the_provinces_economy():
    body = (
        "Tám tháng năm 2024, kinh tế tư nhân của Bình Dương tăng trưởng 7,93%, khu vực kinh tế "
        "nhà nước tăng 1,2%."
    )
    assert not facts(body, date(2024, 9, 10), lang="vi")


def test_money_flowing_into_the_province_that_grew_is_no_growth_of_its_economy():
    body = "Vốn đầu tư đổ vào Bình Dương tăng trưởng 266% so với cùng kỳ năm 2021."
    assert not any(f[0] == "grdp_growth_pct" for f in facts(body, date(2022, 10, 5), lang="vi"))
