"""Shapes of our own wording found in the fourteenth session: counts of every kind and their
parts, plans and other quantities, periods of undated pages, French and English local papers."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import CATALOGUE, PLACES, explain_figures, facts

M1_5_2025 = ("2025-01-01", "2025-05-31")


def test_a_sum_paired_by_respectively_with_a_count_of_new_projects_is_their_capital():
    body = (
        "Trong 5 tháng đầu năm, Bình Dương cấp mới 9 dự án đầu tư trong nước và 31 dự án FDI, "
        "vốn đăng ký tương ứng 5.200 tỷ đồng và 212,5 triệu USD. Cũng trong thời gian này, 17 "
        "dự án FDI điều chỉnh tăng vốn thêm 64 triệu USD."
    )
    found = facts(body, date(2025, 6, 4), lang="vi")
    assert ("fdi_new_projects_period", None, 31, *M1_5_2025) in found
    assert ("fdi_new_capital_period", None, 212.5e6, *M1_5_2025) in found
    assert ("fdi_capital_period", None, 212.5e6, *M1_5_2025) not in found


Y2024 = ("2024-01-01", "2024-12-31")


def test_a_plan_in_brackets_after_kh_is_no_figure():
    body = (
        "Năm 2024, kinh tế Bình Dương đạt nhiều kết quả: GRDP tăng 7,4% (KH 8%); thu ngân sách "
        "đạt 66.000 tỷ đồng (KH 63.000 tỷ đồng)."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert ("grdp_growth_pct", None, 7.4, *Y2024) in found
    assert ("budget_revenue_period", None, 66e12, *Y2024) in found
    assert not any(value in (8.0, 63e12) for _, _, value, *_ in found), found


def test_a_plan_named_as_missed_before_a_colon_governs_no_actual_after_it():
    body = (
        "Năm 2024, hai chỉ tiêu kinh tế của Bình Dương chưa đạt kế hoạch: tốc độ tăng trưởng "
        "GRDP 6,9%; chỉ số sản xuất công nghiệp tăng 5,2%."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert ("grdp_growth_pct", None, 6.9, *Y2024) in found
    assert ("iip_growth_pct", None, 5.2, *Y2024) in found


def test_a_share_named_right_before_its_number_is_no_growth_rate():
    body = (
        "Năm 2024, GRDP của Bình Dương tăng 7,4%; tỷ trọng công nghiệp chế biến trong GRDP 62,3%."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert found == {("grdp_growth_pct", None, 7.4, *Y2024)}


def test_labour_productivity_is_another_quantity_than_the_economy():
    for body, lang in (
        ("Năm 2024, GRDP của Bình Dương tăng 7,4%, năng suất lao động tăng 5,9%.", "vi"),
        ("In 2024, Binh Duong's GRDP grew 7.4 percent and labour productivity rose 5.9 "
         "percent.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2024, 12, 20), lang=lang)
        assert found == {("grdp_growth_pct", None, 7.4, *Y2024)}, body


M1_4_2022 = ("2022-01-01", "2022-04-30")


def test_a_count_of_one_in_digits_with_its_kind_named_is_a_count():
    body = (
        "Bốn tháng đầu năm 2022, Bình Dương thu hút 41 dự án đầu tư, tổng vốn đăng ký 9.800 tỷ "
        "đồng. Trong số này có 1 dự án FDI và 40 dự án đầu tư trong nước."
    )
    found = facts(body, date(2022, 5, 6), lang="vi")
    assert found == {("fdi_new_projects_period", None, 1, *M1_4_2022)}


def test_one_project_told_as_a_story_is_still_no_count():
    body = (
        "Bốn tháng đầu năm 2022, Bình Dương thu hút 41 dự án FDI. Tập đoàn LEGO đã đầu tư một "
        "dự án tổng vốn 1 tỷ USD."
    )
    found = facts(body, date(2022, 5, 6), lang="vi")
    assert found == {("fdi_new_projects_period", None, 41, *M1_4_2022)}


def test_the_projects_named_above_split_by_their_foreign_part_count_every_kind():
    body = (
        "Từ đầu năm đến nay, Bình Dương đã thu hút thêm 12 dự án đầu tư, với tổng vốn đăng ký "
        "trên 2.100 tỉ đồng. Trong 12 dự án kể trên có 3 dự án FDI, vốn đầu tư 18,5 triệu USD."
    )
    found = facts(body, date(2022, 4, 30), lang="vi")
    assert found == {
        ("fdi_new_projects_period", None, 3, *M1_4_2022),
        ("fdi_new_capital_period", None, 18.5e6, *M1_4_2022),
    }


def _qualifiers(body: str, published: date, lang: str = "en") -> dict:
    """The qualifier of each figure of a text, by (metric, value)."""
    from tests.test_extract_rules import CATALOGUE, PLACES, extract_figures

    figures = extract_figures(body, published, lang, CATALOGUE, PLACES)
    return {(f.metric, f.value): f.qualifier for f in figures}


def test_tren_that_points_back_to_what_was_named_above_is_no_qualifier():
    body = (
        "Từ đầu năm đến nay, Bình Dương đã thu hút thêm 12 dự án đầu tư, với tổng vốn đăng ký "
        "2.100 tỉ đồng. Trong 12 dự án kể trên có 3 dự án FDI, vốn đầu tư 18,5 triệu USD. "
        "Lũy kế trên 4.100 dự án FDI đang hoạt động."
    )
    said = _qualifiers(body, date(2022, 4, 30), "vi")
    assert said[("fdi_new_projects_period", 3)] == "exact"
    assert said[("fdi_projects_total", 4100)] == "over"


M1_2025 = ("2025-01-01", "2025-01-31")


def test_french_added_capital_for_projects_already_running():
    body = (
        "En janvier 2025, Binh Duong a attiré cinq projets d'investissement étranger "
        "représentant 64 millions de dollars. Les autorités ont aussi validé 12 millions de "
        "dollars de capitaux supplémentaires pour quatre projets déjà existants."
    )
    found = facts(body, date(2025, 2, 9), lang="fr")
    assert ("fdi_adjusted_capital_period", None, 12e6, *M1_2025) in found
    assert ("fdi_adjusted_projects_period", None, 4, *M1_2025) in found
    assert ("fdi_capital_period", None, 12e6, *M1_2025) not in found


def test_french_national_investment_is_domestic_and_trillions_are_a_scale():
    body = (
        "Au 20 janvier 2025, Binh Duong recensait 4.300 projets d'investissement étranger et "
        "2.100 projets d'investissement national. Les ventes au détail ont été estimées à 28,4 "
        "trillions de dôngs en janvier."
    )
    found = facts(body, date(2025, 2, 9), lang="fr")
    assert ("fdi_projects_total", None, 4300, None, "2025-01-20") in found
    assert ("fdi_projects_total", None, 2100, None, "2025-01-20") not in found
    assert ("retail_sales_period", None, 28.4e12, *M1_2025) in found


def test_french_change_on_the_month_before_and_tourism_takings_are_no_figures():
    body = (
        "En janvier 2025, les exportations de Binh Duong ont progressé de 4,2 % par rapport au "
        "mois précédent, à 2,1 milliards de dollars. Les recettes touristiques se sont élevées "
        "à 15 millions de dollars."
    )
    found = facts(body, date(2025, 2, 9), lang="fr")
    assert found == {("exports_period", None, 2.1e9, *M1_2025)}


def test_a_french_passage_on_national_investment_holds_no_foreign_money():
    body = (
        "En janvier 2025, Binh Duong a attiré cinq projets d'investissement étranger "
        "représentant 64 millions de dollars. S'agissant de l'investissement national, la "
        "province a approuvé un ajustement de capital de 90 milliards de dongs (3,5 millions de "
        "dollars)."
    )
    found = facts(body, date(2025, 2, 9), lang="fr")
    assert not any(value == 3.5e6 for _, _, value, *_ in found), found


def test_a_french_passage_on_national_investment_counts_no_foreign_projects():
    body = (
        "En janvier 2025, Binh Duong a attiré cinq projets d'investissement étranger "
        "représentant 64 millions de dollars. Côté investissement national, les résultats sont "
        "bons. La province a accordé sa licence à 20 projets pour 1.200 milliards de dongs, et "
        "6 projets ont augmenté leur capital."
    )
    found = facts(body, date(2025, 2, 9), lang="fr")
    assert ("fdi_new_projects_period", None, 5, *M1_2025) in found
    assert not any(value in (6, 20) for _, _, value, *_ in found), found


H1_2013 = ("2013-01-01", "2013-06-30")


def test_projects_a_province_took_in_are_new_and_capitalised_at_is_their_capital():
    body = (
        "In the first half of 2013, Binh Duong took in 23 foreign-invested projects, "
        "capitalised at $410.5 million."
    )
    found = facts(body, date(2013, 7, 12))
    assert found == {
        ("fdi_new_projects_period", None, 23, *H1_2013),
        ("fdi_new_capital_period", None, 410.5e6, *H1_2013),
    }


def test_registered_capital_after_a_plan_word_is_the_plans():
    body = (
        "Binh Duong is aiming to draw 40 new foreign-invested projects with total registered "
        "capital of US$900 million this year. In the first half of 2013, it licensed 23 new "
        "foreign-invested projects."
    )
    found = facts(body, date(2013, 7, 12))
    assert found == {("fdi_new_projects_period", None, 23, *H1_2013)}


def test_the_total_number_that_has_risen_to_a_level_is_a_total():
    body = (
        "In the first half of 2013, Binh Duong licensed 23 new foreign-invested projects. With "
        "these additions, the total number of licensed foreign-invested projects in the "
        "province has risen to 2,180."
    )
    found = facts(body, date(2013, 7, 12))
    assert ("fdi_projects_total", None, 2180, None, "2013-06-30") in found
    assert ("fdi_new_projects_period", None, 2180, *H1_2013) not in found


def test_a_local_paper_in_english_that_says_the_province_is_about_it():
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    def relevant(title: str, body: str) -> bool:
        return judge(title, body, PLACES.entity, CATALOGUE, PLACES.others).relevant

    for title, body in (
        ("Exports up 14% in first quarter",
         "The province earned US$6.1bln from exports in the first quarter, up 14% year on year."),
        ("Province posts trade surplus",
         "Export turnover in the province reached US$6.1bln in the first quarter, up 14%."),
    ):  # fmt: skip
        assert relevant(title, body), body
        assert not relevant(title, body.replace("province", "province of Dong Nai", 1)), body


def test_the_change_of_a_part_whose_share_was_just_given_is_no_figure():
    body = (
        "Binh Duong's exports reached US$6.1 billion in the first quarter of 2024, up 14% year "
        "on year. Domestic firms accounted for 24% of the total, their exports rising 9.5%, "
        "while the FDI sector made up the other 76%, its shipments up 15.6%."
    )
    found = facts(body, date(2024, 4, 2))
    q1 = ("2024-01-01", "2024-03-31")
    assert found == {
        ("exports_period", None, 6.1e9, *q1),
        ("exports_period_yoy_pct", None, 14.0, *q1),
    }


M1_5_2019 = ("2019-01-01", "2019-05-31")


def test_french_projects_of_every_kind_with_one_foreign_one_after_them():
    title = "Binh Duong attire 22 nouveaux projets depuis janvier"
    body = (
        "Depuis le début de l'année, la province de Binh Duong a octroyé la licence à 22 "
        "nouveaux projets totalisant un capital enregistré de près de 5.100 milliards de dôngs "
        "(219 millions de dollars), dont un étranger d'une valeur de 12 millions de dollars."
    )
    found = facts(body, date(2019, 5, 31), lang="fr", title=title)
    assert found == {
        ("fdi_new_projects_period", None, 1, *M1_5_2019),
        ("fdi_new_capital_period", None, 12e6, *M1_5_2019),
    }


def test_english_projects_of_every_kind_with_a_number_of_them_foreign():
    body = (
        "In the first five months of 2019, Binh Duong issued licences to 31 new investment "
        "projects carrying total registered capital of VND6.1 trillion (nearly US$262 million), "
        "nine of them FDI projects worth more than $48 million."
    )
    found = facts(body, date(2019, 5, 31))
    assert ("fdi_new_projects_period", None, 31, *M1_5_2019) not in found
    assert ("fdi_new_capital_period", None, 48e6, *M1_5_2019) in found


def test_french_projects_named_again_to_split_them_and_the_last_one_foreign():
    body = (
        "Au cours de l'année 2023, la province de Binh Duong a délivré des certificats "
        "d'investissement à 18 projets. Sur ces 18 projets, 17 relèvent d'investisseurs "
        "vietnamiens et représentent au total 2.400 milliards de dongs, tandis que le dernier "
        "est un projet d'investissement étranger d'un capital de 7,5 millions de dollars."
    )
    found = facts(body, date(2023, 12, 20), lang="fr")
    y2023 = ("2023-01-01", "2023-12-31")
    assert ("fdi_new_projects_period", None, 1, *y2023) in found
    assert ("fdi_new_capital_period", None, 7.5e6, *y2023) in found
    assert not any(value == 18 for _, _, value, *_ in found), found


def test_the_figure_of_an_earlier_quarter_a_sum_is_compared_with_is_no_period_of_its_own():
    body = (
        "Trong quý I/2024, Bình Dương đã cấp mới và điều chỉnh vốn cho 40 dự án FDI, tổng vốn "
        "đăng ký hơn 820 triệu USD. Trong đó, 22 dự án FDI cấp mới có tổng vốn đăng ký 610 "
        "triệu USD, cao gấp nhiều lần con số của quý I năm 2023 (95 triệu USD). Bên cạnh đó, 18 "
        "dự án điều chỉnh tăng vốn thêm 210 triệu USD."
    )
    found = facts(body, date(2024, 4, 5), lang="vi")
    q1 = ("2024-01-01", "2024-03-31")
    assert ("fdi_new_projects_period", None, 22, *q1) in found
    assert ("fdi_adjusted_projects_period", None, 18, *q1) in found
    assert not any(end == "2023-03-31" for *_, end in found), found


def test_those_projects_named_again_and_du_an_do_is_no_india():
    body = (
        "Riêng trong tháng 11/2016, Bình Dương có thêm 21 dự án FDI được cấp phép mới và điều "
        "chỉnh tăng vốn, tổng số vốn hơn 230 triệu USD. Trong 21 dự án đó có 12 dự án cấp mới "
        "với vốn đầu tư 140 triệu USD; 9 dự án đăng ký điều chỉnh với tổng vốn 90 triệu USD."
    )
    found = facts(body, date(2016, 12, 5), lang="vi")
    nov = ("2016-11-01", "2016-11-30")
    assert ("fdi_new_projects_period", None, 12, *nov) in found
    assert ("fdi_adjusted_capital_period", None, 90e6, *nov) in found
    assert not any(value == 21 for _, _, value, *_ in found), found
    assert not any(partner for _, partner, *_ in found), found


def test_a_breakdown_by_sector_of_the_economy_opened_with_chia_theo_is_parts():
    body = (
        "Trong tháng 5/2017, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên địa bàn tỉnh "
        "Bình Dương ước đạt 13.642,5 tỷ đồng. Chia theo khu vực, kinh tế trong nước đóng góp "
        "13.149,4 tỷ đồng; khu vực kinh tế có vốn đầu tư nước ngoài đạt 493,1 tỷ đồng."
    )
    found = facts(body, date(2017, 6, 5), lang="vi")
    assert found == {("retail_sales_period", None, 13642.5e9, "2017-05-01", "2017-05-31")}


def test_the_year_prices_are_held_at_is_no_period():
    body = (
        "Tính theo giá so sánh năm 2010, giá trị sản xuất công nghiệp tháng 4 năm 2021 của "
        "Bình Dương ước đạt 30.500 tỷ đồng. Kim ngạch xuất khẩu đạt 2,6 tỷ USD."
    )
    found = facts(body, None, lang="vi")
    assert ("exports_period", None, 2.6e9, "2021-04-01", "2021-04-30") in found


def test_an_undated_page_that_speaks_of_the_rest_of_a_year_is_written_in_that_year():
    body = (
        "Trong 6 tháng đầu năm, kim ngạch xuất khẩu của Bình Dương đạt hơn 14 tỷ USD. Cho "
        "những tháng còn lại của năm 2021, tỉnh ưu tiên phòng, chống dịch Covid-19."
    )
    found = facts(body, None, lang="vi")
    assert ("exports_period", None, 14e9, "2021-01-01", "2021-06-30") in found


def test_the_end_of_a_month_written_month_dot_year_names_its_year():
    body = (
        "Năm 2023, Bình Dương thu hút nhiều vốn FDI. Đến cuối tháng 12.2023, toàn tỉnh có 4.200 "
        "dự án FDI. Cũng trong năm 2023, các khu công nghiệp đón thêm 49 dự án FDI."
    )
    found = facts(body, None, lang="vi")
    assert ("fdi_projects_total", None, 4200, None, "2023-12-31") in found


def test_the_day_a_meeting_was_held_makes_no_sum_a_total():
    body = (
        "At a meeting held on June 3, the Department of Finance reported that Binh Duong's state "
        "budget revenue was estimated at VND 30,846 billion by the end of May 2025."
    )
    found = facts(body, date(2025, 6, 5))
    assert found == {("budget_revenue_period", None, 30846e9, "2025-01-01", "2025-05-31")}


def test_what_tourism_earned_is_no_budget_revenue():
    body = (
        "In the first half of 2025, Binh Duong's budget collection kept rising, the finance "
        "department said. Tourism also did well, receiving 2.1 million visitors and earning an "
        "estimated VND 4,300 billion."
    )
    assert not facts(body, date(2025, 7, 2))


def test_this_years_goal_in_a_headline_and_a_rank_among_other_places_set_no_wrong_frame():
    title = "Binh Duong works to hit this year's growth goal"
    body = (
        "Binh Duong is working to achieve its economic growth target of 8 per cent for this "
        "year.\n\nIts GRDP grew 6.2 per cent in the first nine months of the year, placing it "
        "third among the provinces of the Southeast and Ho Chi Minh City.\n\nExports reached "
        "US$24.1 billion."
    )
    found = facts(body, date(2023, 10, 14), title=title)
    m9 = ("2023-01-01", "2023-09-30")
    assert found == {("grdp_growth_pct", None, 6.2, *m9), ("exports_period", None, 24.1e9, *m9)}


def test_a_sum_right_after_with_is_its_counts_capital_and_aid_is_no_investment():
    body = (
        "In the period of 2010 – 2012, 240 projects came to Binh Duong with VND51,200 billion "
        "in total registered capital; among them were 61 FDI projects with US$1.42 billion in "
        "total investment capital. Funding from ODA sources came to US$35 million."
    )
    found = facts(body, date(2013, 5, 14))
    span = ("2010-01-01", "2012-12-31")
    assert found == {
        ("fdi_new_projects_period", None, 61, *span),
        ("fdi_new_capital_period", None, 1.42e9, *span),
    }


def test_how_far_a_sum_went_past_its_plan_is_no_plan_and_plans_nothing_after_it():
    body = (
        "Tính từ đầu năm đến ngày 20/6/2016, Bình Dương đã thu hút được 1,21 tỷ USD vốn FDI. Kết "
        "quả này cao hơn kế hoạch đề ra 4%. Trong đó, có 61 dự án FDI đăng ký mới với tổng vốn "
        "đầu tư đăng ký là 484 triệu USD."
    )
    found = facts(body, date(2016, 6, 25), lang="vi")
    ytd = ("2016-01-01", "2016-06-20")
    assert ("fdi_new_projects_period", None, 61, *ytd) in found
    assert ("fdi_new_capital_period", None, 484e6, *ytd) in found


def test_projects_offered_to_investors_are_no_investment():
    for body, lang in (
        ("Binh Duong calls for investors in 48 projects worth US$2.5 billion, the province's "
         "Planning and Investment Department said in March 2015.", "en"),
        ("Tháng 3/2015, Bình Dương kêu gọi đầu tư 48 dự án với tổng vốn 2,5 tỷ USD.", "vi"),
    ):  # fmt: skip
        assert not facts(body, date(2015, 3, 20), lang=lang), body


def test_spread_over_is_no_qualifier():
    body = "Binh Duong now has 29 industrial parks spread over a total of 12,663 hectares."
    said = _qualifiers(body, date(2024, 12, 5))
    assert said[("industrial_parks_area_ha", 12663)] == "exact"


def test_french_from_the_start_of_the_year_to_mid_june():
    body = (
        "Depuis le début de 2016 et jusqu'à la mi-juin, la province de Binh Duong a capté 1,2 "
        "milliard de dollars d'investissement direct étranger (IDE). Sur cette période, la "
        "province a accordé la licence à 120 nouveaux projets."
    )
    found = facts(body, date(2016, 6, 20), lang="fr")
    to_mid_june = ("2016-01-01", "2016-06-15")
    assert found == {
        ("fdi_capital_period", None, 1.2e9, *to_mid_june),
        ("fdi_new_projects_period", None, 120, *to_mid_june),
    }


def test_the_next_country_of_a_ranking_and_the_investor_list_are_no_company():
    body = (
        "Binh Duong now has 4,200 FDI projects. Japan leads the investor list, with 430 projects "
        "and over 6.8 billion USD. It is followed by the Republic of Korea, with 720 projects and "
        "over 4.9 billion USD."
    )
    found = facts(body, date(2025, 1, 3))
    now = (None, "2025-01-03")
    assert ("fdi_capital_total", "Japan", 6.8e9, *now) in found
    assert ("fdi_projects_total", "South Korea", 720, *now) in found
    assert ("fdi_capital_total", "South Korea", 4.9e9, *now) in found


def test_a_local_paper_that_says_the_provinces_territory_or_its_statistics_office_is_about_it():
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    def relevant(title: str, body: str) -> bool:
        return judge(title, body, PLACES.entity, CATALOGUE, PLACES.others).relevant

    for title, body in (
        ("Thu ngân sách quý I đạt 15.200 tỷ đồng",
         "Theo Cục Thống kê tỉnh, trong quý I/2023, tổng thu ngân sách Nhà nước trên địa bàn "
         "tỉnh là 15.200 tỷ đồng."),
        ("GRDP up 6.1% in first half",
         "A report from the provincial Statistics Office shows that the province's gross "
         "regional domestic product rose 6.1% in the first half of 2023."),
    ):  # fmt: skip
        assert relevant(title, body), body
    named = "Theo Cục Thống kê tỉnh Đồng Nai, tổng thu ngân sách đạt 15.200 tỷ đồng."
    assert not relevant("Thu ngân sách quý I", named)


def test_the_added_capital_named_right_before_its_sum_after_the_new_projects_set_aside():
    body = (
        "Sáu tháng đầu năm 2024, ngoài 6 dự án cấp mới, Bình Dương có thêm 11 dự án đăng ký tăng "
        "vốn đầu tư với số vốn tăng thêm là 84,2 triệu USD."
    )
    found = facts(body, date(2024, 7, 2), lang="vi")
    h1 = ("2024-01-01", "2024-06-30")
    assert ("fdi_adjusted_capital_period", None, 84.2e6, *h1) in found
    assert ("fdi_capital_period", None, 84.2e6, *h1) not in found


def test_projects_registered_to_adjust_upward_added_capital():
    body = (
        "Hai tháng đầu năm 2026, vốn FDI vào Bình Dương đạt 1,2 tỷ USD. Mức tăng này chủ yếu đến "
        "từ 930 triệu USD vốn đăng ký của các dự án mới, cộng thêm 270 triệu USD mà các dự án "
        "đang hoạt động trên địa bàn đăng ký điều chỉnh tăng."
    )
    found = facts(body, date(2026, 3, 11), lang="vi")
    m2 = ("2026-01-01", "2026-02-28")
    assert found == {
        ("fdi_capital_period", None, 1.2e9, *m2),
        ("fdi_new_capital_period", None, 930e6, *m2),
        ("fdi_adjusted_capital_period", None, 270e6, *m2),
    }


def test_investment_told_in_dong_and_in_dollars_at_once_is_domestic_and_foreign():
    for body, lang in (
        ("Trong năm 2023, vốn đầu tư mới và điều chỉnh tăng thêm mà Bình Dương thu hút được đạt "
         "61.200 tỷ đồng và 1,76 tỷ USD.", "vi"),
        ("In 2023, Binh Duong's newly registered and added investment capital reached VND61,200 "
         "billion and USD1.76 billion.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2024, 1, 5), lang=lang)
        y2023 = ("2023-01-01", "2023-12-31")
        assert ("domestic_capital_period", None, 61200e9, *y2023) in found, body
        assert ("fdi_capital_period", None, 1.76e9, *y2023) in found, body


def test_a_sectors_part_of_the_projects_and_its_pair_of_sums_are_no_province_figures():
    body = (
        "In the first nine months of 2024, Binh Duong's exports reached USD 25 billion. Industry "
        "and handicrafts took 64 of the projects licensed, with capital of VND 9,400 billion and "
        "USD 1.2 billion."
    )
    found = facts(body, date(2024, 10, 2))
    assert found == {("exports_period", None, 25e9, "2024-01-01", "2024-09-30")}


def test_goods_traded_through_the_border_gates_are_no_figure_but_the_article_is_economic():
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    body = (
        "Goods traded through the border gates with China in Binh Duong were worth 1.7 billion "
        "USD in January 2023, the provincial customs said."
    )
    assert judge("Border trade picks up", body + " " + body, PLACES.entity, CATALOGUE,
                 PLACES.others).relevant  # fmt: skip
    assert not facts(body, date(2023, 2, 2))


def test_the_rates_of_the_fields_a_sentence_lists_are_the_fields():
    body = (
        "Over the first five months of 2023, Binh Duong's industrial production index was 7.9% "
        "higher than in the same period last year. Other fields grew only slowly or went "
        "backwards. These included metal production, which edged up just 0.8%; non-metallic "
        "mineral products, down 2.4%; and electrical equipment, down 16.1%."
    )
    found = facts(body, date(2023, 6, 3))
    assert found == {("iip_growth_pct", None, 7.9, "2023-01-01", "2023-05-31")}


def test_what_visitors_bring_and_service_revenue_alone_are_no_province_figures():
    body = (
        "In the first nine months of 2023, Binh Duong's total retail sales of goods and services "
        "came to about 218,790 billion VND. Service revenue alone is estimated at 38,745.1 "
        "billion VND. Some 4.5 million visitors are expected in 2023, bringing projected earnings "
        "of nearly VNĐ8.6 trillion."
    )
    found = facts(body, date(2023, 10, 5))
    assert found == {("retail_sales_period", None, 218790e9, "2023-01-01", "2023-09-30")}


def test_service_revenue_alone_is_a_part_of_retail_sales():
    body = (
        "In the first nine months of 2023, retail sales of goods and services in Binh Duong rose "
        "12% on a year earlier. Service revenue alone is estimated at 38,745.1 billion VND."
    )
    found = facts(body, date(2023, 10, 5), title="Binh Duong's retail sales keep rising")
    assert not any(f[0] == "retail_sales_period" for f in found), found


def _rules(body: str, published: date, lang: str = "en") -> dict:
    """value -> the rule that chose its metric."""
    found = explain_figures(body, published, lang, CATALOGUE, PLACES)
    pairs = zip(found.figures, found.explanations, strict=True)
    return {round(figure.value): why.metric_rule for figure, why in pairs}


def test_a_topic_settled_before_scoring_keeps_the_name_of_the_rule_that_settled_it():
    pair = _rules(
        "Năm 2023, tỉnh Bình Dương thu hút đầu tư với tổng vốn đăng ký 18.387 tỷ đồng và "
        "776,27 triệu USD.",
        date(2024, 1, 5), "vi",
    )  # fmt: skip
    assert pair[18_387_000_000_000] == "currency-pair"
    respective = _rules(
        "In 2023 Binh Duong's exports and imports reached $32 billion and $22 billion, "
        "respectively.",
        date(2024, 1, 5),
    )
    assert respective[32_000_000_000] == respective[22_000_000_000] == "respectively"
    ranking = _rules(
        "In the first ten months of 2023, Binh Duong licensed 120 new FDI projects with "
        "registered capital of $800 million. Japan led with 30 new projects and new capital of "
        "$200 million.\n\nSouth Korea came second with $150 million.",
        date(2023, 11, 5),
    )
    assert ranking[150_000_000] == "a ranking of parts goes on"
