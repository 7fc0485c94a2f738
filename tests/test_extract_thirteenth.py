"""Shapes of our own wording found in the thirteenth session: the value of industrial
production given as a sum; a clause after a semicolon with a subject of its own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

H1_2023 = ("2023-01-01", "2023-06-30")


def test_the_value_of_industrial_production_given_as_a_sum_is_no_figure():
    for body, lang in (
        ("Sáu tháng đầu năm 2023, Bình Dương thu ngân sách 32.000 tỷ đồng. Giá trị sản xuất "
         "công nghiệp ước đạt 215.300 tỷ đồng, tăng 6,4% so với cùng kỳ.", "vi"),
        ("In the first half of 2023, Binh Duong collected 32 trillion VND in budget revenue. "
         "Its industrial production value came to about 215.3 trillion VND, up 6.4 percent.",
         "en"),
    ):  # fmt: skip
        found = facts(body, date(2023, 7, 3), lang=lang)
        assert found == {("budget_revenue_period", None, 32e12, *H1_2023)}, body


def test_the_rise_of_the_value_of_industrial_production_without_its_sum_is_no_index():
    body = (
        "In the first half of 2023, the value of Binh Duong's industrial production picked up "
        "again, growing 6.4 percent on a year earlier."
    )
    assert not facts(body, date(2023, 7, 3))


def test_a_clause_after_a_semicolon_with_its_own_topic_is_not_governed_by_the_first_subject():
    body = (
        "Sáu tháng đầu năm 2023, ngành chế biến gỗ của Bình Dương đạt doanh thu 1.200 tỷ đồng; "
        "kim ngạch xuất khẩu của tỉnh đạt 14,5 tỷ USD, tăng 3,2% so với cùng kỳ."
    )
    found = facts(body, date(2023, 7, 3), lang="vi")
    assert ("exports_period", None, 14.5e9, *H1_2023) in found
    assert ("exports_period_yoy_pct", None, 3.2, *H1_2023) in found
    assert not any(f[2] == 1.2e12 for f in found)


def test_a_french_billion_is_a_million_millions():
    from etl.extract.amounts import find_amounts

    text = "un capital de 2,4 billions de dongs, soit 3,1 milliards de dollars"
    amounts = find_amounts(text, "fr")
    assert [(a.value, a.unit) for a in amounts] == [(2.4e12, "VND"), (3.1e9, "USD")]
    english = find_amounts("capital of 2.4 billion USD", "en")
    assert [a.value for a in english] == [2.4e9]


def test_french_since_the_start_of_this_year_and_the_month_alone():
    body = (
        "Depuis le début de cette année, Binh Duong a accueilli 31 projets d'IDE d'une valeur "
        "de 420 millions de dollars. Pour le seul mois de septembre, la province a vu arriver "
        "quatre projets nouvellement enregistrés totalisant 58 millions de dollars."
    )
    found = facts(body, date(2024, 10, 8), lang="fr")
    assert ("fdi_new_projects_period", None, 31, "2024-01-01", "2024-10-08") in found
    assert ("fdi_new_capital_period", None, 58e6, "2024-09-01", "2024-09-30") in found
    assert ("fdi_new_projects_period", None, 4, "2024-09-01", "2024-09-30") in found


def test_a_french_passage_on_national_investment_counts_no_fdi_projects():
    body = (
        "Au premier trimestre 2024, Binh Duong a octroyé des licences à 40 nouveaux projets "
        "d'IDE. Côté investissements nationaux, la province a approuvé neuf nouveaux projets "
        "dont le capital s'élève au total à 2,3 billions de dongs."
    )
    found = facts(body, date(2024, 4, 9), lang="fr")
    assert ("fdi_new_projects_period", None, 40, "2024-01-01", "2024-03-31") in found
    assert not any(f[2] == 9 for f in found)


def test_a_french_count_of_all_projects_broken_into_fdi_ones_past_its_sum_is_no_fdi_count():
    body = (
        "À l'heure actuelle, Binh Duong recense 612 projets d'investissement dotés d'un capital "
        "enregistré de 19,3 milliards de dollars, dont 48 projets d'IDE pesant 2,1 milliards de "
        "dollars."
    )
    found = facts(body, date(2024, 4, 9), lang="fr")
    assert ("fdi_projects_total", None, 48, None, "2024-04-09") in found
    assert not any(f[2] == 612 for f in found)


def test_a_figure_estimated_for_the_coming_end_of_the_year_is_this_years():
    body = (
        "Binh Duong's state budget revenue is estimated to reach VND 68.4 trillion by the end of "
        "the year, up 4 percent year-on-year."
    )
    found = facts(body, date(2023, 11, 25))
    assert ("budget_revenue_period", None, 68.4e12, "2023-01-01", "2023-12-31") in found
    in_spring = facts(body.replace("is estimated to reach", "reached"), date(2024, 4, 2))
    assert ("budget_revenue_period", None, 68.4e12, "2023-01-01", "2023-12-31") in in_spring


def test_money_invested_out_of_the_state_budget_is_no_budget_revenue():
    for body, lang in (
        ("In 2023, total social investment in Binh Duong reached 90 trillion VND. Of this, "
         "27 trillion VND came from the State budget.", "en"),
        ("Năm 2023, vốn đầu tư toàn xã hội của Bình Dương đạt 90.000 tỷ đồng, trong đó vốn ngân "
         "sách nhà nước 27.000 tỷ đồng.", "vi"),
    ):  # fmt: skip
        assert not facts(body, date(2024, 1, 9), lang=lang), body


def test_industry_in_the_province_growing_is_no_growth_of_its_economy():
    body = "Industry in the southern province of Binh Duong grew 8.2 percent year-on-year in 2023."
    assert not any(f[0] == "grdp_growth_pct" for f in facts(body, date(2024, 1, 3)))
    plain = facts("The southern province of Binh Duong grew 8.2 percent in 2023.", date(2024, 1, 3))
    assert ("grdp_growth_pct", None, 8.2, "2023-01-01", "2023-12-31") in plain


def test_a_quarter_written_in_roman_numerals_after_a_comparison_is_the_base():
    for phrase in ("tăng 6,95% so với quý I năm 2023", "cao hơn quý I năm 2023 là 6,95%"):
        body = f"GRDP quý I năm 2024 của Bình Dương {phrase}."
        found = facts(body, date(2024, 4, 2), lang="vi")
        assert found == {("grdp_growth_pct", None, 6.95, "2024-01-01", "2024-03-31")}, phrase


def test_investment_carried_out_across_society_is_no_budget_revenue():
    body = (
        "Sáu tháng đầu năm 2023, tổng thu ngân sách nhà nước của Bình Dương đạt 32.878 tỷ đồng. "
        "Vốn đầu tư thực hiện toàn xã hội ước đạt 46.292 tỷ đồng."
    )
    found = facts(body, date(2023, 7, 4), lang="vi")
    assert found == {("budget_revenue_period", None, 32.878e12, "2023-01-01", "2023-06-30")}


def test_the_value_of_one_products_tonnage_is_no_export_total():
    for body, lang in (
        ("Sáu tháng đầu năm 2024, kim ngạch xuất khẩu của Bình Dương đạt 15,2 tỷ USD. Mủ cao "
         "su xuất được 48 ngàn tấn, trị giá 75,3 triệu USD, tăng 12,5% so với cùng kỳ.", "vi"),
        ("In the first half of 2024, Binh Duong's exports reached 15.2 billion USD. Some 48,000 "
         "tonnes of latex were shipped abroad, worth 75.3 million USD, up 12.5 percent.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2024, 7, 2), lang=lang)
        assert found == {("exports_period", None, 15.2e9, "2024-01-01", "2024-06-30")}, body


def test_a_count_of_fdi_projects_then_a_comma_and_its_registered_capital():
    body = (
        "Trong 9 tháng đầu năm 2023, Bình Dương thu hút hơn 120 dự án đầu tư với tổng vốn hơn "
        "30 nghìn tỷ đồng; trong đó có 09 dự án đầu tư trực tiếp nước ngoài (FDI), vốn đăng ký "
        "315 triệu USD."
    )
    found = facts(body, date(2023, 10, 5), lang="vi")
    assert ("fdi_new_capital_period", None, 315e6, "2023-01-01", "2023-09-30") in found
    assert ("fdi_new_projects_period", None, 9, "2023-01-01", "2023-09-30") in found


def test_a_french_report_full_of_vietnamese_names_is_french():
    from etl.parse.article import detect_language

    text = (
        "Hải Phòng : les recettes budgétaires ont dépassé 118,3 billions de dôngs en 2024, "
        "selon le Comité populaire de la ville. À Thủy Nguyên et à Đồ Sơn, les zones "
        "industrielles ont été étendues ; l'économie a crû de plus de 10 % cette année."
    )
    assert detect_language(text) == "fr"
    assert detect_language("Hải Phòng thu ngân sách đạt 118.300 tỷ đồng trong năm 2024.") == "vi"


def test_one_verb_before_two_counts_gives_both_their_kind():
    body = (
        "Tám tháng năm 2023, Bình Dương cấp mới 31 dự án trong nước với vốn đăng ký 6.120 tỷ "
        "đồng và 27 dự án FDI với vốn đăng ký 318,5 triệu USD."
    )
    found = facts(body, date(2023, 9, 5), lang="vi")
    assert ("fdi_new_projects_period", None, 27, "2023-01-01", "2023-08-31") in found
    assert ("fdi_new_capital_period", None, 318.5e6, "2023-01-01", "2023-08-31") in found


def test_a_coordinated_count_with_a_verb_of_its_own_does_not_take_the_first_ones_kind():
    body = (
        "In the first four months of 2024, Binh Duong licensed 73 new projects worth 1 billion "
        "USD, and 47 projects were permitted to widen their plans by 79 million USD."
    )
    found = facts(body, date(2024, 5, 8))
    assert ("fdi_new_projects_period", None, 73, "2024-01-01", "2024-04-30") in found
    assert not any(f[0] == "fdi_new_projects_period" and f[2] == 47 for f in found)


def test_french_contributions_en_capital_are_contributions():
    body = (
        "Sur les deux premiers mois de 2024, Binh Duong a enregistré 26 ajustements de capital "
        "représentant 48,3 millions de dollars et 64 contributions en capital atteignant 50 "
        "millions de dollars."
    )
    found = facts(body, date(2024, 3, 4), lang="fr")
    assert ("fdi_contribution_projects_period", None, 64, "2024-01-01", "2024-02-29") in found
    assert ("fdi_contribution_capital_period", None, 50e6, "2024-01-01", "2024-02-29") in found


def test_a_span_from_one_day_to_another():
    for body, lang in (
        ("Trong giai đoạn từ ngày 16/4 đến 15/5/2023, Bình Dương cấp mới 11 dự án FDI với vốn "
         "đăng ký 109 triệu USD.", "vi"),
        ("From April 16 to May 15, 2023, Binh Duong licensed 11 new FDI projects worth 109 "
         "million USD.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2023, 6, 10), lang=lang)
        assert ("fdi_new_projects_period", None, 11, "2023-04-16", "2023-05-15") in found, body
        assert ("fdi_new_capital_period", None, 109e6, "2023-04-16", "2023-05-15") in found, body


def test_new_and_additional_capital_as_well_as_share_purchases_is_all_fdi():
    body = (
        "Foreign direct investment in Binh Duong, counting new and additional capital as well as "
        "share purchases by foreign investors, came to 480.6 million USD in the first two months "
        "of this year."
    )
    found = facts(body, date(2020, 3, 6))
    assert found == {("fdi_capital_period", None, 480.6e6, "2020-01-01", "2020-02-29")}


def test_a_verb_or_noun_right_after_a_subset_belongs_to_the_subset():
    body = (
        "Binh Duong's exports climbed 34% to over 1.5 billion USD in 2022. Aquatic exports reached "
        "985 million USD."
    )
    found = facts(body, date(2023, 1, 3))
    assert ("exports_period", None, 1.5e9, "2022-01-01", "2022-12-31") in found
    assert not any(f[2] == 985e6 for f in found)


def test_a_year_reviewed_in_its_last_month_is_estimated_whole():
    title = "Bình Dương: 14/18 chỉ tiêu đạt kế hoạch"
    body = (
        "Ngày 4/12, tại kỳ họp HĐND tỉnh Bình Dương, lãnh đạo tỉnh cho rằng việc hoàn thành "
        "nhiệm vụ năm 2024 và kế hoạch 5 năm 2021-2025 còn nhiều khó khăn.\n\nTổng sản phẩm trên "
        "địa bàn (GRDP) ước tính tăng 7,35% so với năm 2023; thu ngân sách đạt 68.000 tỷ đồng."
    )
    in_december = facts(body, date(2024, 12, 4), lang="vi", title=title)
    assert ("grdp_growth_pct", None, 7.35, "2024-01-01", "2024-12-31") in in_december
    assert ("budget_revenue_period", None, 68e12, "2024-01-01", "2024-12-31") in in_december
    in_october = facts(body, date(2024, 10, 20), lang="vi", title=title)
    assert ("budget_revenue_period", None, 68e12, "2024-01-01", "2024-10-20") in in_october


def test_risen_to_a_share_of_the_year_ago_level_is_a_change_and_its_headline_is_the_same():
    title = "Binh Duong's FDI attraction increases 225%"
    body = (
        "As of September, Binh Duong's FDI capital had reached US$2.85 billion, which "
        "increased to 225% over the same period in 2020."
    )
    found = facts(body, date(2021, 10, 19), title=title)
    changes = {f for f in found if f[0] == "fdi_capital_period_yoy_pct"}
    assert changes == {("fdi_capital_period_yoy_pct", None, 125.0, "2021-01-01", "2021-09-30")}


def test_the_countrys_name_inside_a_companys_is_no_national_figure():
    body = (
        "Bảy tháng năm 2025, Bình Dương thu hút 3,8 tỷ USD vốn FDI. Trong tổng số này, có 99 dự "
        "án bổ sung tăng vốn đầu tư, tổng vốn đăng ký thêm đạt 3.193 triệu USD; riêng dự án của "
        "Công ty TNHH Gamuda Land Việt Nam (vốn góp từ Malaysia) đã tăng thêm 1.120 triệu USD."
    )
    found = facts(body, date(2025, 8, 3), lang="vi")
    assert ("fdi_adjusted_projects_period", None, 99, "2025-01-01", "2025-07-31") in found
    assert ("fdi_adjusted_capital_period", None, 3.193e9, "2025-01-01", "2025-07-31") in found


def test_these_n_months_are_the_first_n_months():
    for body, lang in (
        ("Sur ces quatre mois, les ventes au détail de Binh Duong ont atteint 338.939,4 "
         "milliards de dôngs.", "fr"),
        ("In these four months, retail sales in Binh Duong reached 338.9394 trillion VND.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2018, 5, 10), lang=lang)
        assert found == {("retail_sales_period", None, 338.9394e12, "2018-01-01", "2018-04-30")}


def test_french_a_province_registering_growth_and_its_budget_takings():
    body = (
        "Cette année, Binh Duong a enregistré une croissance de 9,16%. Les rentrées budgétaires "
        "ont progressé de 12,3% pour atteindre 63.500 milliards de dôngs."
    )
    found = facts(body, date(2018, 12, 24), lang="fr")
    assert ("grdp_growth_pct", None, 9.16, "2018-01-01", "2018-12-31") in found
    assert ("budget_revenue_period", None, 63.5e12, "2018-01-01", "2018-12-31") in found


def test_what_a_year_is_expected_to_bring_months_before_its_end_is_a_forecast():
    body = (
        "For the year as a whole, Binh Duong expects economic growth of 8% and industrial "
        "production to rise by 9%, while FDI flows are forecast to exceed $1.8bn."
    )
    assert not facts(body, date(2022, 3, 11))
    in_december = facts(body.replace("expects", "estimates"), date(2022, 12, 20))
    assert ("grdp_growth_pct", None, 8.0, "2022-01-01", "2022-12-31") in in_december


def test_a_sum_whose_share_of_the_total_follows_its_change_is_a_part():
    body = (
        "Binh Duong's exports reached US$ 34 billion in 2024. Of its main export industries, "
        "wood recovered most strongly: its export turnover was estimated at US$ 6.5 billion, up "
        "17.6% from 2023 and equal to 19% of the province's total export value."
    )
    found = facts(body, date(2024, 12, 20))
    assert ("exports_period", None, 34e9, "2024-01-01", "2024-12-31") in found
    assert not any(f[2] in (6.5e9, 17.6) for f in found)


def test_one_products_exports_in_vietnamese_are_a_part():
    body = (
        "Năm 2024, kim ngạch xuất khẩu của Bình Dương ước đạt 34 tỷ USD. Nổi bật là xuất khẩu gỗ "
        "đạt 6,5 tỷ USD, tăng 17,6%, còn hàng dệt may đạt 3,2 tỷ USD, tăng 15,1%."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert found == {("exports_period", None, 34e9, "2024-01-01", "2024-12-31")}


def test_converted_total_investment_and_disbursed_fdi_are_no_registered_fdi():
    body = (
        "Cộng dồn từ đầu năm đến nay, tổng vốn đầu tư quy đổi của Bình Dương đạt 853,2 triệu USD, "
        "bằng 90,7% so với cùng kỳ. Vốn đầu tư thực hiện của các dự án FDI đạt khoảng 50,9 triệu "
        "USD, giảm 79% so với cùng kỳ."
    )
    assert not facts(body, date(2021, 9, 21), lang="vi")


def test_a_count_of_all_projects_split_with_are_made_up_of_or_a_colon_is_no_fdi_count():
    for tail in (
        "350 valid projects, of which 41 are foreign-invested projects worth 3.1 billion USD",
        "567 projects, made up of 41 FDI projects with total capital of 3.1 billion USD",
        "350 valid investment projects: 309 domestic projects and 41 FDI projects",
    ):
        body = f"Binh Duong currently has {tail}."
        found = facts(body, date(2019, 12, 11))
        assert not any(f[2] in (350, 567) for f in found), tail


def test_a_local_paper_speaking_of_the_province_it_never_names_is_about_it():
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    title = "Vốn FDI thu hút được đạt hơn 321 triệu USD"
    body = (
        "(BD) - Sở KH-ĐT cho biết, 6 tháng đầu năm 2022 tỉnh đã thu hút hơn 321 triệu USD vốn "
        "đầu tư trực tiếp nước ngoài, bằng 42% so với cùng kỳ năm trước."
    )
    assert judge(title, body, PLACES.entity, CATALOGUE, PLACES.others).relevant
    river = (
        "Dòng sông chảy qua nhiều tỉnh có 200 doanh nghiệp xả thải, theo Sở Tài nguyên và Môi "
        "trường."
    )
    assert not judge("Sông ô nhiễm", river, PLACES.entity, CATALOGUE, PLACES.others).relevant
    filed = body.replace("(BD) -", "Hà Nội (TTXVN) -")  # a dateline names no place of the story
    assert judge(title, filed, PLACES.entity, CATALOGUE, PLACES.others).relevant
    elsewhere = body.replace("tỉnh đã thu hút", "tỉnh Đồng Nai đã thu hút")
    assert not judge(title, elsewhere, PLACES.entity, CATALOGUE, PLACES.others).relevant


def test_projects_that_registered_to_adjust_their_investment_capital_are_added_capital():
    body = (
        "Over the first nine months of 2024, 147 FDI projects in Binh Duong registered to adjust "
        "their investment capital, adding some 2.68 billion USD."
    )
    found = facts(body, date(2024, 10, 9))
    assert ("fdi_adjusted_projects_period", None, 147, "2024-01-01", "2024-09-30") in found


def test_changes_paired_by_respectively_with_a_sum_and_a_count():
    body = (
        "In the first nine months of 2024, foreign investors poured 1.56 billion USD into 339 "
        "projects in Binh Duong, increases of 82.2% and 28.4% year-on-year, respectively."
    )
    changes = {f for f in facts(body, date(2024, 10, 9)) if f[0].endswith("_pct")}
    assert changes == {("fdi_capital_period_yoy_pct", None, 82.2, "2024-01-01", "2024-09-30")}


def test_the_foreign_invested_sectors_exports_are_no_fdi():
    body = (
        "Bốn tháng đầu năm 2014, kim ngạch xuất khẩu của Bình Dương đạt 4,2 tỷ USD. Cụ thể, khối "
        "kinh tế có vốn đầu tư nước ngoài xuất được 119 triệu USD, tăng 5,76%."
    )
    found = facts(body, date(2014, 5, 10), lang="vi")
    assert found == {("exports_period", None, 4.2e9, "2014-01-01", "2014-04-30")}


def test_french_the_planning_department_is_no_plan_but_counting_on_attracting_is():
    body = (
        "D'après le Service provincial du Plan et de l'Investissement, au premier semestre 2017, "
        "Binh Duong a accueilli 37 nouveaux projets d'IDE. La province compte attirer entre 500 "
        "et 650 millions de dollars d'IDE en 2017."
    )
    found = facts(body, date(2017, 7, 13), lang="fr")
    assert found == {("fdi_new_projects_period", None, 37, "2017-01-01", "2017-06-30")}


def test_french_spans_of_years_and_added_capital_spread_over_projects():
    body = (
        "Binh Duong a attiré près de 3,7 milliards de dollars d'IDE entre 2005 et 2010. En 2023, "
        "la province a autorisé 116 projets d'IDE cumulant près de 595 millions de dollars. S'y "
        "ajoutent des investissements additionnels d'un montant total de 134 millions de "
        "dollars, répartis sur 79 projets."
    )
    found = facts(body, date(2024, 1, 10), lang="fr")
    assert ("fdi_capital_period", None, 3.7e9, "2005-01-01", "2010-12-31") in found
    assert ("fdi_adjusted_projects_period", None, 79, "2023-01-01", "2023-12-31") in found


def test_french_money_inside_or_outside_the_industrial_parks_is_a_part():
    body = (
        "Fin août 2020, Binh Duong comptait 1.520 projets d'IDE en vigueur, pour un total de "
        "30,76 milliards de dollars. Parmi eux, des projets totalisant 4,41 milliards de dollars "
        "se trouvent hors des parcs industriels."
    )
    found = facts(body, date(2020, 9, 10), lang="fr")
    assert ("fdi_capital_total", None, 30.76e9, None, "2020-08-31") in found
    assert not any(f[2] == 4.41e9 for f in found)


def test_the_part_of_a_subsets_sum_is_a_subset_too():
    body = (
        "Trong 7 tháng đầu năm 2016, kim ngạch xuất khẩu của Bình Dương đạt 12,3 tỷ USD. Các "
        "doanh nghiệp FDI ước đạt doanh thu 246 triệu USD, trong đó xuất khẩu 77 triệu USD."
    )
    found = facts(body, date(2016, 8, 1), lang="vi")
    assert found == {("exports_period", None, 12.3e9, "2016-01-01", "2016-07-31")}
    trade = (
        "Tổng kim ngạch xuất nhập khẩu của Bình Dương ước đạt 44,14 tỷ USD; trong đó xuất khẩu "
        "ước đạt 25,92 tỷ USD."
    )
    assert ("exports_period", None, 25.92e9, "2025-01-01", "2025-09-30") in facts(
        f"Chín tháng năm 2025, {trade[0].lower()}{trade[1:]}", date(2025, 10, 6), lang="vi"
    )


def test_a_period_drew_domestic_projects_and_fdi_projects_with_their_capital():
    body = (
        "In the first six months of 2023, Binh Duong drew 15 domestic investment projects worth "
        "VND3,500 billion and 15 foreign direct investment (FDI) projects worth US$610 million."
    )
    found = facts(body, date(2023, 7, 11))
    assert ("fdi_new_projects_period", None, 15, "2023-01-01", "2023-06-30") in found
    assert ("fdi_new_capital_period", None, 610e6, "2023-01-01", "2023-06-30") in found


def test_a_verb_before_a_count_with_its_noun_phrase_and_the_next_count():
    body = (
        "Tháng 1/2026, Bình Dương cấp mới 14 dự án đầu tư trong nước và 26 dự án vốn đầu tư trực "
        "tiếp nước ngoài (FDI), tổng vốn đăng ký tương ứng gần 43.000 tỷ đồng và 47,9 triệu USD."
    )
    found = facts(body, date(2026, 2, 5), lang="vi")
    assert ("fdi_new_projects_period", None, 26, "2026-01-01", "2026-01-31") in found
    sectors = (
        "In the first 11 months of 2022, 18 projects in manufacturing received an additional 915 "
        "million USD, or 58.8% of all added capital, and 21 projects in information and "
        "communications took 278 million USD."
    )
    assert not any(f[2] == 21 for f in facts(sectors, date(2022, 12, 5)))


def test_from_early_this_year_is_the_year_so_far():
    body = "From early this year, Binh Duong licensed 89 new FDI projects worth USD 542.7 million."
    found = facts(body, date(2016, 10, 21))
    assert ("fdi_new_projects_period", None, 89, "2016-01-01", "2016-10-21") in found


def test_domestic_projects_worth_a_dong_sum_are_domestic_capital():
    body = (
        "In January 2012, Binh Duong attracted 8 more foreign-invested projects worth $157 "
        "million and 65 domestic projects worth VND3,500 billion."
    )
    found = facts(body, date(2012, 2, 16))
    assert ("domestic_capital_period", None, 3.5e12, "2012-01-01", "2012-01-31") in found


def test_the_rates_of_the_industries_a_sentence_lists_are_no_index():
    for body, lang in (
        ("Tám tháng năm 2020, chỉ số sản xuất công nghiệp của Bình Dương tăng 6,47%. Một số "
         "ngành có chỉ số 8 tháng tăng khá so với cùng kỳ gồm: in tăng 9,9%; dược phẩm tăng "
         "13,95%.", "vi"),
        ("Tám tháng năm 2020, chỉ số sản xuất công nghiệp của Bình Dương tăng 6,47%. Nhiều "
         "ngành công nghiệp trọng điểm tăng rất cao: sản xuất máy vi tính tăng 95,26%, sản "
         "xuất thiết bị truyền thông tăng 64,68%.", "vi"),
        ("In the first eight months of 2020, Binh Duong's industrial production index rose "
         "6.47%. Several key industrial products performed well, with lead output up 46% and "
         "poultry feed 22%.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2020, 9, 5), lang=lang)
        assert found == {("iip_growth_pct", None, 6.47, "2020-01-01", "2020-08-31")}, body


def test_firms_that_returned_suspended_closed_or_were_founded_are_no_enterprise_total():
    for body, lang in (
        ("In the first five months of 2024, some 5,400 businesses in Binh Duong returned to "
         "operation, 16,200 suspended operations temporarily and 1,700 were dissolved.", "en"),
        ("Sur ces cinq mois, 9.420 entreprises ont été fondées à Binh Duong.", "fr"),
    ):  # fmt: skip
        assert not facts(body, date(2024, 6, 5), lang=lang), body
    total = (
        "Au premier trimestre 2020, 1.100 entreprises ont été créées à Binh Duong, ce qui porte à "
        "30.750 le nombre d'entreprises de la province."
    )
    assert ("enterprises_total", None, 30750, None, "2020-03-31") in facts(
        total, date(2020, 4, 10), lang="fr"
    )


def test_land_leased_or_left_to_lease_is_no_park_area():
    body = (
        "Binh Duong has 29 industrial parks covering 12,700 ha, 82.3 percent of which has been "
        "leased. About 350 ha of industrial land is available for immediate investment, and "
        "about 372 ha is still awaiting tenants."
    )
    found = facts(body, date(2024, 4, 30))
    assert ("industrial_parks_area_ha", None, 12700, None, "2024-04-30") in found
    assert ("industrial_parks_occupancy_pct", None, 82.3, None, "2024-04-30") in found
    assert not any(f[2] in (350, 372) for f in found)


def test_a_sector_opening_the_sentence_is_the_subject_of_its_rate():
    for body, lang in (
        ("Năm 2022, GRDP của Bình Dương tăng 7,15%. Công nghiệp tiếp tục là động lực chính thúc "
         "đẩy tăng trưởng với mức tăng 5,48%.", "vi"),
        ("In 2022, Binh Duong's GRDP grew 7.15%. Trade and services kept shining, rising 5.48% "
         "from a year earlier.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2023, 1, 5), lang=lang)
        assert found == {("grdp_growth_pct", None, 7.15, "2022-01-01", "2022-12-31")}, body
    heading = (
        "Năm 2020, kinh tế Bình Dương phục hồi. Thương mại – dịch vụ đạt mức tăng khá: tổng mức "
        "bán lẻ hàng hóa và doanh thu dịch vụ đạt 252.889 tỷ đồng, tăng 12,3%."
    )
    found = facts(heading, date(2021, 1, 5), lang="vi")
    assert ("retail_sales_period", None, 252.889e12, "2020-01-01", "2020-12-31") in found


def test_the_capital_of_a_count_of_every_kind_of_project_is_no_fdi_total():
    for body, lang in (
        ("Sur la période 2016-2020, Binh Duong a accueilli 209 projets d'investissement "
         "représentant 5,7 milliards de dollars, parmi lesquels 22 projets d'IDE totalisant 1,3 "
         "milliard de dollars. À l'heure actuelle, la province recense 796 projets "
         "d'investissement dotés d'un capital enregistré de 24,57 milliards de dollars, dont 55 "
         "projets d'IDE pesant 2,7 milliards de dollars.", "fr"),
        ("Binh Duong currently has 350 valid projects worth 7.7 billion USD, of which 41 are "
         "foreign-invested projects worth 3.1 billion USD.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2020, 10, 20), lang=lang)
        assert not any(f[2] in (24.57e9, 7.7e9) for f in found), body


def test_a_rise_on_a_year_earlier_after_a_plan_beaten_is_the_change_and_a_goal_is_not():
    body = (
        "Năm 2018, kim ngạch xuất khẩu của Bình Dương ước đạt 1.158 triệu USD, vượt kế hoạch với "
        "tỷ lệ 116% và tăng 12% so với cùng kỳ."
    )
    found = facts(body, date(2018, 12, 20), lang="vi")
    assert ("exports_period_yoy_pct", None, 12.0, "2018-01-01", "2018-12-31") in found
    goal = "Năm 2025, Bình Dương đặt mục tiêu kim ngạch xuất khẩu tăng trên 12% so với cùng kỳ."
    assert not facts(goal, date(2025, 3, 27), lang="vi")


def test_a_counts_change_between_it_and_its_sum():
    body = (
        "Trong 6 tháng đầu năm 2024, Bình Dương thu hút được 12 dự án FDI, tăng 78,8% so với cùng "
        "kỳ, với tổng vốn đầu tư đăng ký 177,5 triệu USD."
    )
    found = facts(body, date(2024, 7, 5), lang="vi")
    assert ("fdi_new_projects_period", None, 12, "2024-01-01", "2024-06-30") in found
    assert ("fdi_new_capital_period", None, 177.5e6, "2024-01-01", "2024-06-30") in found


def test_projects_that_added_a_dong_sum_with_nothing_foreign_named_are_no_fdi_count():
    for body, lang in (
        ("In the first quarter of 2023, Binh Duong licensed 32 new projects worth VND5.45 "
         "trillion, while 12 existing projects added VND330.5 billion.", "en"),
        ("Từ đầu năm đến nay Bình Dương còn có 6 dự án đề nghị điều chỉnh tăng thêm vốn, tổng "
         "cộng gần 1.500 tỷ đồng.", "vi"),
    ):  # fmt: skip
        found = facts(body, date(2023, 4, 12), lang=lang)
        assert not any(f[0].startswith("fdi_") for f in found), body


def test_the_provinces_total_export_value_is_its_exports():
    body = (
        "Binh Duong's total export value between January and August surpassed 526.2 million USD, "
        "up 4.4 percent year on year."
    )
    found = facts(body, date(2018, 9, 10))
    assert ("exports_period", None, 526.2e6, "2018-01-01", "2018-08-31") in found
    assert ("exports_period_yoy_pct", None, 4.4, "2018-01-01", "2018-08-31") in found


def test_n_more_foreign_invested_projects_are_counted():
    body = "In January 2012, Binh Duong attracted 8 more foreign-invested projects worth $157 mln."
    found = facts(body, date(2012, 2, 16))
    assert ("fdi_new_projects_period", None, 8, "2012-01-01", "2012-01-31") in found


def test_a_count_opening_the_story_after_its_dateline_was_drawn_in_the_period():
    body = (
        "BÌNH DƯƠNG — Three foreign-invested projects with a combined value of US$101 million "
        "were licensed in the province in January 2025."
    )
    found = facts(body, date(2025, 2, 9))
    assert ("fdi_new_projects_period", None, 3, "2025-01-01", "2025-01-31") in found


def test_the_growth_of_the_economy_told_in_brackets_is_no_item_of_a_list():
    body = (
        "Trong 3 tháng đầu năm 2022, tốc độ tăng trưởng kinh tế (GRDP) của Bình Dương đã trở lại "
        "mức dương (tăng 4,02%)."
    )
    found = facts(body, date(2022, 4, 1), lang="vi")
    assert found == {("grdp_growth_pct", None, 4.02, "2022-01-01", "2022-03-31")}
    sector = (
        "Quý 1 năm 2025, tốc độ tăng trưởng ngành công nghiệp của Bình Dương đạt khá cao (tăng "
        "10,27%)."
    )
    assert not facts(sector, date(2025, 4, 5), lang="vi")


def test_french_growth_that_settled_at_and_an_economy_posting_an_expansion():
    for body, lang in (
        ("L'an dernier, la croissance de Binh Duong s'est établie à 7,75%.", "fr"),
        ("Binh Duong kept its place at the top of the growth table last year, with the economy "
         "posting an estimated expansion of 7.75%.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2018, 3, 3), lang=lang)
        assert {(f[0], f[2], f[4]) for f in found} == {("grdp_growth_pct", 7.75, "2017-12-31")}


def test_the_level_of_a_month_last_year_is_the_base():
    body = (
        "In March 2021, Binh Duong's index of industrial production stood 11.13 percent above the "
        "level of March last year."
    )
    found = facts(body, date(2021, 4, 8))
    assert found == {("iip_growth_pct", None, 11.13, "2021-03-01", "2021-03-31")}


def test_millions_of_visitors_or_tonnes_are_no_money():
    body = (
        "In 2019, Binh Duong's exports were estimated at about 3.7 billion USD, 22.9 percent more "
        "than in 2018. Tourism also boomed, with 5.1 million visitors coming to the province, a "
        "rise of 27.5 percent, and its ports handled 75.7 million tonnes of cargo."
    )
    found = facts(body, date(2020, 1, 10))
    assert not any(f[2] in (5.1e6, 75.7e6, 27.5) for f in found), found
    assert ("exports_period", None, 3.7e9, "2019-01-01", "2019-12-31") in found
