"""Shapes of our own wording found in the twenty-second session: the base of a multiple named as
another year's result, projects whose operations were ended, and a flow's parts that add up to
it."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_result_of_another_year_a_multiple_is_measured_against_is_no_period():
    body = (
        "Trong năm 2020, tỉnh Bình Dương thu hút được 2 tỷ 350 triệu USD vốn FDI. Con số này cao "
        "gấp 1,8 lần kết quả của năm 2019 và là mức cao nhất trong 5 năm qua.\n\n"
        "Phần lớn vốn đến từ dự án mới: riêng 60 dự án được cấp phép mới đã đăng ký 1,5 tỷ USD."
    )
    found = facts(body, None, "vi", title="Bình Dương: Vốn FDI năm 2020 cao nhất")
    assert ("fdi_new_projects_period", None, 60, "2020-01-01", "2020-12-31") in found
    assert ("fdi_new_capital_period", None, 1.5e9, "2020-01-01", "2020-12-31") in found


def test_projects_whose_operations_were_ended_are_no_figure_of_the_year():
    body = (
        "Năm 2021, tỉnh Bình Dương cấp mới 80 dự án FDI. Cũng trong năm, 6 dự án FDI với tổng "
        "vốn 21 triệu USD đã chấm dứt hoạt động."
    )
    found = facts(body, date(2022, 1, 5), "vi")
    assert ("fdi_new_projects_period", None, 80, "2021-01-01", "2021-12-31") in found
    assert not any(f[2] in (6, 21e6) for f in found)


def test_the_part_of_the_ended_projects_named_in_the_next_sentence_is_left_out_too():
    body = (
        "Năm 2021, tỉnh Bình Dương cấp mới 80 dự án FDI với tổng vốn 900 triệu USD. Ở khu vực đầu "
        "tư trong nước, 30 dự án mới đăng ký khoảng 5.200 tỷ đồng. Song song đó, tỉnh đã ra quyết "
        "định chấm dứt hoạt động đối với 11 dự án đầu tư. Trong số đó có 8 dự án FDI với tổng vốn "
        "35 triệu USD."
    )
    found = facts(body, date(2022, 1, 5), "vi")
    assert ("fdi_new_capital_period", None, 9e8, "2021-01-01", "2021-12-31") in found
    assert not any(f[2] in (8, 35e6) for f in found)


def test_later_values_of_a_flow_that_add_up_to_it_are_its_parts():
    body = (
        "Ở khu vực đầu tư trong nước (DDI), tổng vốn đăng ký cấp mới và tăng thêm trong năm 2022 "
        "vào khoảng 4.100 tỷ đồng, bằng 320% kế hoạch. Cụ thể, 12 dự án DDI mới đăng ký khoảng "
        "1.600 tỷ đồng, còn 5 lượt dự án DDI điều chỉnh bổ sung khoảng 2.500 tỷ đồng."
    )
    title = "Bình Dương: Vốn FDI năm 2022 tăng mạnh"
    found = facts(body, date(2023, 1, 10), "vi", title=title)
    assert ("domestic_capital_period", None, 4.1e12, "2022-01-01", "2022-12-31") in found
    assert not any(f[2] in (1.6e12, 2.5e12) for f in found)


def test_later_values_that_do_not_add_up_to_the_flow_stay():
    body = (
        "In 2022, Binh Duong's exports reached 32 billion USD. Exports to the US were 9 billion "
        "USD and exports to the EU were 5 billion USD."
    )
    values = {f[2] for f in facts(body, date(2023, 1, 10))}
    assert 32e9 in values


def test_a_lead_run_to_a_day_of_the_titles_last_month_dates_the_figures_after_it():
    body = (
        "Theo Cục Thống kê, tính từ đầu năm đến ngày 18/6, hoạt động thu hút đầu tư của tỉnh Bình "
        "Dương vẫn ổn định.\n\n"
        "Về vốn nước ngoài, tỉnh cấp mới cho 70 dự án FDI với tổng vốn 610 triệu USD."
    )
    title = "Bình Dương: vốn FDI 6 tháng năm 2022 tăng mạnh"
    found = facts(body, date(2022, 7, 2), "vi", title=title)
    assert ("fdi_new_capital_period", None, 6.1e8, "2022-01-01", "2022-06-18") in found


def test_a_month_singled_out_holds_only_its_paragraph():
    body = (
        "Từ đầu năm đến ngày 20/9, tỉnh Bình Dương cấp mới cho 120 dự án FDI với tổng vốn 800 "
        "triệu USD. Trong riêng tháng 9, có 15 dự án được điều chỉnh, bổ sung 90 triệu USD.\n\n"
        "Trong cùng khoảng thời gian, nhà đầu tư nước ngoài góp vốn, mua cổ phần 60 lượt với giá "
        "trị 40 triệu USD."
    )
    found = facts(body, date(2023, 10, 2), "vi")
    assert ("fdi_contribution_capital_period", None, 4e7, "2023-01-01", "2023-09-20") in found


def test_how_much_more_a_sum_is_than_a_year_ago_is_no_level():
    body = (
        "Từ đầu năm đến nay, tỉnh Bình Dương có 264 dự án FDI cấp mới, nhiều hơn 150 dự án so với "
        "9 tháng năm ngoái; tổng vốn của các dự án mới là 860 triệu USD, cao hơn 170 triệu USD."
    )
    found = facts(body, date(2023, 9, 30), "vi")
    assert ("fdi_new_capital_period", None, 8.6e8, "2023-01-01", "2023-09-30") in found
    assert not any(f[2] in (150, 1.7e8) for f in found)


def test_a_section_opened_with_domestic_capital_keeps_its_counts_domestic():
    body = (
        "Năm 2023, tỉnh Bình Dương thu hút 1,2 tỷ USD vốn FDI.\n\n"
        "Với nguồn vốn trong nước, tỉnh cấp mới cho 40 dự án với tổng vốn 9.000 tỷ đồng. Tỉnh cũng "
        "điều chỉnh cho 25 dự án, trong đó 12 dự án được nâng vốn."
    )
    found = facts(body, date(2024, 1, 5), "vi")
    assert not any(f[0].startswith("fdi_") and f[2] in (12, 25, 40) for f in found)


def test_established_parks_and_the_area_they_are_planned_to_cover_are_the_park_stock():
    body = (
        "Binh Duong now has 31 established industrial parks, planned to cover some 12,800 "
        "hectares in all, and about 90% of their land has been leased."
    )
    found = facts(body, date(2024, 3, 1))
    assert ("industrial_parks_total", None, 31, None, "2024-03-01") in found
    assert ("industrial_parks_area_ha", None, 12800, None, "2024-03-01") in found


def test_parks_planned_for_a_later_year_stay_a_plan():
    body = "Binh Duong has planned to set up 38 industrial parks by 2030."
    assert not any(f[2] == 38 for f in facts(body, date(2024, 3, 1)))


def test_a_year_whose_figure_is_still_projected_is_the_year_the_undated_report_is_in():
    body = (
        "Binh Duong's gross regional domestic product is projected to reach VND520 trillion for "
        "2024, which would mean growth of 7.3 per cent. The province grew 6.2 per cent in Q1, "
        "6.8 per cent in Q2 and 7.1 per cent in Q3."
    )
    found = facts(body, None, title="Binh Duong's economy heads for a strong finish")
    assert ("grdp_growth_pct", None, 6.2, "2024-01-01", "2024-03-31") in found
    assert ("grdp_growth_pct", None, 7.1, "2024-07-01", "2024-09-30") in found


def test_rates_listed_after_one_verb_each_with_its_own_quarter_are_all_read():
    body = (
        "Binh Duong's GRDP rose 7 per cent in 2023. This year the province grew 6.2 per cent in "
        "Q1, 6.8 per cent in Q2 and 7.1 per cent in Q3."
    )
    found = facts(body, date(2024, 12, 10))
    assert ("grdp_growth_pct", None, 6.8, "2024-04-01", "2024-06-30") in found
    assert ("grdp_growth_pct", None, 7.1, "2024-07-01", "2024-09-30") in found


def test_the_year_a_streak_is_counted_from_sets_no_period():
    body = (
        "Năm 2023, GRDP của tỉnh Bình Dương ước tăng 8,1%. Đây là năm thứ 5 liên tiếp, tính từ "
        "năm 2019, tỉnh tăng trưởng khá.\n\n"
        "Thu ngân sách trên địa bàn ước đạt 65.000 tỷ đồng."
    )
    found = facts(body, date(2023, 12, 28), "vi")
    assert ("budget_revenue_period", None, 6.5e13, "2023-01-01", "2023-12-31") in found


def test_a_stock_at_the_beginning_of_a_year_is_dated_to_its_first_day():
    body = (
        "At the beginning of 2023, Binh Duong had 29 industrial parks, with an occupancy rate of "
        "88%."
    )
    found = facts(body, date(2023, 9, 1))
    assert ("industrial_parks_total", None, 29, None, "2023-01-01") in found
    assert ("industrial_parks_occupancy_pct", None, 88, None, "2023-01-01") in found


def test_by_form_of_investment_opens_the_catalogues_own_split():
    body = (
        "Từ đầu năm đến ngày 20/5, tỉnh Bình Dương thu hút 1,1 tỷ USD vốn FDI. Xét theo hình thức "
        "đầu tư, tỉnh đã cấp giấy chứng nhận cho 80 dự án mới với tổng vốn đăng ký 420 triệu USD."
    )
    found = facts(body, date(2020, 5, 26), "vi")
    assert ("fdi_new_projects_period", None, 80, "2020-01-01", "2020-05-20") in found
    assert ("fdi_new_capital_period", None, 4.2e8, "2020-01-01", "2020-05-20") in found


def test_by_form_of_investment_into_legal_forms_stays_a_breakdown():
    body = (
        "In 2020, Binh Duong drew 2.1 billion USD of FDI. By form of investment, wholly "
        "foreign-owned firms registered 1.6 billion USD."
    )
    assert not any(f[2] == 1.6e9 for f in facts(body, date(2021, 1, 5)))


def test_the_whole_a_partners_part_is_taken_out_of_has_no_partner():
    body = (
        "Korean investors hold 90 projects among the province's 4,200 FDI projects, with about "
        "9.5 billion USD of 40.6 billion USD in registered capital."
    )
    found = facts(body, date(2024, 5, 20))
    assert ("fdi_projects_total", "South Korea", 90, None, "2024-05-20") in found
    assert ("fdi_projects_total", None, 4200, None, "2024-05-20") in found
    assert ("fdi_capital_total", None, 40.6e9, None, "2024-05-20") in found


def test_accumulated_investment_capital_is_not_public_investment():
    body = (
        "Lũy kế đến nay, tỉnh Bình Dương có 4.300 dự án FDI còn hoạt động, vốn đầu tư cộng dồn "
        "trên 40 tỷ USD."
    )
    found = facts(body, date(2024, 6, 1), "vi")
    assert ("fdi_capital_total", None, 4e10, None, "2024-06-01") in found


def test_the_growth_of_the_citys_economy_is_grdp_growth():
    body = "Tốc độ tăng trưởng của nền kinh tế tỉnh Bình Dương năm 2023 chỉ là 5,1%."
    found = facts(body, date(2024, 1, 10), "vi")
    assert ("grdp_growth_pct", None, 5.1, "2023-01-01", "2023-12-31") in found


def test_retail_sales_on_the_provinces_own_market_are_retail_sales():
    body = (
        "Trên thị trường nội tỉnh, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng "
        "năm 2022 của tỉnh Bình Dương ước đạt hơn 190 nghìn tỷ đồng. Doanh số bán lẻ hàng hóa "
        "riêng tháng 9 ước đạt 21.300 tỷ đồng."
    )
    found = facts(body, date(2022, 10, 5), "vi")
    assert ("retail_sales_period", None, 1.9e14, "2022-01-01", "2022-09-30") in found
    assert ("retail_sales_period", None, 2.13e13, "2022-09-01", "2022-09-30") in found


def test_capital_the_existing_investors_registered_on_top_is_added_capital():
    body = (
        "Trong 7 tháng đầu năm, tỉnh Bình Dương thu hút 1,9 tỷ USD vốn FDI. Các nhà đầu tư hiện "
        "hữu cũng tích cực: trong 7 tháng, nhóm doanh nghiệp này đã đăng ký đầu tư thêm 640 triệu "
        "USD."
    )
    found = facts(body, date(2024, 8, 6), "vi")
    assert ("fdi_adjusted_capital_period", None, 6.4e8, "2024-01-01", "2024-07-31") in found


def test_purchases_of_capital_contributions_are_counted_contributions():
    body = (
        "In the first seven months, Binh Duong licensed 60 new FDI projects, and there were 140 "
        "purchases of capital contributions in local firms, worth 90 million USD."
    )
    found = facts(body, date(2024, 8, 2))
    assert ("fdi_contribution_projects_period", None, 140, "2024-01-01", "2024-07-31") in found


def test_parks_occupied_to_a_share_in_french_give_the_occupancy():
    body = "Les zones industrielles de Binh Duong sont occupées à plus de 90%."
    found = facts(body, date(2024, 8, 2), "fr")
    assert ("industrial_parks_occupancy_pct", None, 90, None, "2024-08-02") in found


def test_a_specifically_sentence_that_names_its_own_period_restates_the_whole():
    body = (
        "Những mặt hàng chủ lực của tỉnh Bình Dương như gỗ, dệt may tăng bình quân 10% - 12% so "
        "với cùng kỳ.\n\n"
        "Cụ thể, kim ngạch xuất khẩu quý I/2019 ước thực hiện 6.120,5 triệu USD, tăng 11,2% so "
        "cùng kỳ."
    )
    found = facts(body, date(2019, 4, 10), "vi")
    assert ("exports_period", None, 6.1205e9, "2019-01-01", "2019-03-31") in found


def test_money_poured_into_projects_beside_added_capital_is_the_new_projects():
    body = (
        "In January-September, Binh Duong drew a total of over 3 billion USD of FDI. Foreign "
        "investors poured 1.2 billion USD into 150 projects in the province. Over the nine "
        "months, 90 FDI projects registered to adjust their capital, adding some 1.5 billion USD. "
        "In September alone, the province licensed 12 projects worth 80 million USD."
    )
    found = facts(body, date(2024, 10, 9))
    assert ("fdi_new_projects_period", None, 150, "2024-01-01", "2024-09-30") in found
    assert ("fdi_new_capital_period", None, 1.2e9, "2024-01-01", "2024-09-30") in found


def test_the_french_imperfect_of_counting_is_a_stock_at_that_month():
    body = "En mai, Binh Duong totalisait 4.100 projets d'IDE."
    found = facts(body, date(2024, 6, 10), "fr")
    assert ("fdi_projects_total", None, 4100, None, "2024-05-31") in found


def test_only_counted_then_is_a_past_contrast_not_a_stock():
    body = (
        "Au premier trimestre, 30 projets d'IDE ont obtenu leur certificat à Binh Duong, alors "
        "qu'à la même période de 2018 on ne comptait que 12 projets."
    )
    assert not any(f[2] == 12 for f in facts(body, date(2019, 4, 10), "fr"))


def test_a_month_of_this_year_is_one_period():
    body = "Vào tháng 7 năm nay, tỉnh Bình Dương xuất khẩu đạt 3,1 tỷ USD."
    found = facts(body, date(2019, 10, 5), "vi")
    assert ("exports_period", None, 3.1e9, "2019-07-01", "2019-07-31") in found


def test_countries_now_investing_in_the_province_are_the_country_count():
    body = (
        "Au premier trimestre, Binh Duong a attiré 800 millions de dollars d'IDE. Singapour arrive "
        "en tête des 65 pays et territoires qui investissent dans la province."
    )
    found = facts(body, date(2024, 4, 5), "fr")
    assert any(f[0] == "fdi_countries_total" and f[2] == 65 for f in found)


def test_projects_called_chinese_in_french_are_chinas():
    body = (
        "Au 30 juin, Binh Duong accueillait 4.200 projets valides, parmi lesquels 310 projets "
        "chinois représentant près de 3 milliards de dollars."
    )
    found = facts(body, date(2024, 7, 10), "fr")
    assert ("fdi_projects_total", "China", 310, None, "2024-06-30") in found


def test_each_count_in_a_list_takes_the_country_named_after_its_noun():
    body = (
        "Xét theo đối tác, tỉnh Bình Dương có 12 dự án FDI Hàn Quốc, 08 dự án FDI Singapore và "
        "05 dự án FDI Nhật Bản còn hiệu lực."
    )
    found = facts(body, date(2022, 10, 1), "vi")
    assert ("fdi_projects_total", "Singapore", 8, None, "2022-10-01") in found
    assert ("fdi_projects_total", "Japan", 5, None, "2022-10-01") in found


def test_a_count_left_out_still_lends_its_country_to_the_sum_joined_to_it():
    body = (
        "In the first ten months, Binh Duong attracted 2.1 billion USD of FDI. Singapore was the "
        "biggest source, with 139 projects valued at US$324 million, ahead of the British Virgin "
        "Islands with 13 projects worth US$179.4 million and Japan with US$150 million."
    )
    found = facts(body, date(2019, 11, 5))
    assert (
        "fdi_capital_period",
        "British Virgin Islands",
        1.794e8,
        "2019-01-01",
        "2019-10-31",
    ) in found


def test_a_sum_in_a_with_opener_belongs_to_the_country_the_clause_opens_with():
    body = (
        "En onze mois, Binh Duong a attiré 2,4 milliards de dollars d'IDE. Avec 820 millions de "
        "dollars, soit 34% du total, le Japon s'est hissé au rang de premier investisseur."
    )
    found = facts(body, date(2024, 12, 5), "fr")
    assert ("fdi_capital_period", "Japan", 8.2e8, "2024-01-01", "2024-11-30") in found
