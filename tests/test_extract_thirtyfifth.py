"""Rules added in the thirty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_month_span_that_writes_its_year_after_both_months_is_one_span():
    body = (
        "Từ tháng 2/2024 đến tháng 8/2024, tỉnh Bình Dương thu hút 870 triệu USD vốn FDI. "
        "Từ tháng 1 đến tháng 7 năm 2023, xuất khẩu của tỉnh Bình Dương đạt 18 tỷ USD.\n\n"
        "From February 2024 to August 2024, Binh Duong's imports came to US$14 billion."
    )
    got = facts(body, date(2024, 9, 10), "vi")
    assert ("fdi_capital_period", None, 870e6, "2024-02-01", "2024-08-31") in got
    assert ("exports_period", None, 18e9, "2023-01-01", "2023-07-31") in got
    assert ("imports_period", None, 14e9, "2024-02-01", "2024-08-31") in got


def test_a_month_span_across_new_year_runs_from_the_first_years_month():
    body = "From November 2023 to February 2024, Binh Duong's exports came to US$9.5 billion."
    got = facts(body, date(2024, 3, 10), "en")
    assert ("exports_period", None, 9.5e9, "2023-11-01", "2024-02-29") in got


def test_a_quantitys_year_before_a_goal_year_not_yet_begun_dates_the_results_after_it():
    body = (
        "Binh Duong's trade department set out its tasks for 2021 at a meeting on Monday.\n\n"
        "The department head said industrial production value in 2020 exceeded 420 trillion "
        "VND, up 9.5 percent.\n\n"
        "Exports reached 27.6 billion USD, up 6.2 percent on the year before."
    )
    got = facts(body, date(2021, 1, 4), "en", title="Binh Duong trade sector aims higher in 2021")
    assert ("exports_period", None, 27.6e9, "2020-01-01", "2020-12-31") in got


def test_a_quantitys_year_in_a_finished_report_still_dates_only_that_quantity():
    body = (
        "In 2024, Binh Duong's exports reached 35.2 billion USD.\n\n"
        "Its GRDP per capita in 2023 was 160 million VND. Imports came to 26.1 billion USD."
    )
    got = facts(body, date(2025, 1, 6), "en")
    assert ("imports_period", None, 26.1e9, "2024-01-01", "2024-12-31") in got


def test_a_base_year_named_after_a_year_before_in_french_is_no_period():
    body = (
        "En 2019, Binh Duong a accordé 150 licences d'investissement. Parmi elles, 120 nouveaux "
        "projets étrangers ont apporté 810 millions de dollars, soit 30% de plus qu'un an "
        "auparavant, en 2018."
    )
    got = facts(body, None, "fr")
    assert ("fdi_new_capital_period", None, 810e6, "2019-01-01", "2019-12-31") in got


def test_the_month_a_meeting_hands_out_assignments_for_frames_no_figure():
    body = (
        "Binh Duong's People's Committee met on 3 July to weigh how the economy had fared in June "
        "and to hand out assignments for July 2022.\n\nExports reached US$2.8 billion, up 11% "
        "year on year."
    )
    got = facts(body, date(2022, 7, 5), "en")
    assert ("exports_period", None, 2.8e9, "2022-06-01", "2022-06-30") in got


def test_a_total_raised_by_a_finished_periods_flows_stands_at_that_periods_end():
    body = (
        "In 2016, Binh Duong licensed 2 more FDI projects.\n\n"
        "The new licences took the province's tally to 2,650 FDI projects worth US$24 billion."
    )
    got = facts(body, date(2017, 2, 20), "en")
    assert ("fdi_projects_total", None, 2650, None, "2016-12-31") in got
    assert ("fdi_capital_total", None, 24e9, None, "2016-12-31") in got


def test_a_total_raised_in_a_period_still_running_stands_on_the_publication_day():
    body = (
        "So far this year Binh Duong has licensed 95 new FDI projects.\n\n"
        "They took the province's tally to 4,100 FDI projects."
    )
    got = facts(body, date(2023, 8, 15), "en")
    assert ("fdi_projects_total", None, 4100, None, "2023-08-15") in got


def test_the_province_called_a_manufacturing_hub_is_no_manufacturing_subset():
    body = (
        "In the first quarter of 2024, goods sold abroad by the manufacturing hub of Binh Duong "
        "were worth US$7.1 billion."
    )
    got = facts(body, date(2024, 4, 6), "en")
    assert ("exports_period", None, 7.1e9, "2024-01-01", "2024-03-31") in got


def test_the_same_stretch_of_last_year_is_a_base_not_the_next_sentences_period():
    body = (
        "In the first eight months of 2024, Binh Duong put 60 projects into operation, 20 more "
        "than in the same stretch of 2023.\n\nThe province also drew 11 new FDI projects."
    )
    got = facts(body, date(2024, 9, 5), "en")
    assert ("fdi_new_projects_period", None, 11, "2024-01-01", "2024-08-31") in got


def test_a_count_whose_foreign_part_is_named_first_in_brackets_is_of_every_kind():
    body = (
        "Trong 9 tháng đầu năm 2021, tỉnh Bình Dương thu hút 52 dự án (riêng FDI chỉ có 1 dự "
        "án), tổng vốn 6.100 tỷ đồng."
    )
    got = facts(body, date(2021, 10, 8), "vi")
    assert ("fdi_new_projects_period", None, 1, "2021-01-01", "2021-09-30") in got
    assert not any(f[0] == "fdi_new_projects_period" and f[2] == 52 for f in got)


def test_french_trade_both_ways_is_no_import_figure_and_its_parts_are():
    body = (
        "Sur sept mois, la valeur cumulée des exportations et des importations de Binh Duong "
        "atteint 36 milliards de dollars. Les ventes à l'étranger se chiffrent à 20,5 milliards "
        "de dollars, et les achats se sont élevés à 15,5 milliards de dollars. La balance des "
        "biens est ainsi excédentaire, à 5 milliards de dollars."
    )
    got = facts(body, date(2024, 8, 6), "fr")
    period = ("2024-01-01", "2024-07-31")
    assert ("imports_period", None, 15.5e9, *period) in got
    assert ("trade_surplus_period", None, 5e9, *period) in got
    assert not any(f[2] == 36e9 for f in got)


def test_french_last_year_said_as_l_an_passe_and_a_threshold_crossed():
    body = (
        "L'an passé, Binh Duong a capté 2,1 milliards de dollars d'investissements étrangers. "
        "Deux années de suite, les flux d'IDE ont franchi le seuil des 2 milliards de dollars."
    )
    got = facts(body, date(2024, 3, 1), "fr")
    assert got == {("fdi_capital_period", None, 2.1e9, "2023-01-01", "2023-12-31")}


def test_french_same_period_of_l_an_passe_is_a_base():
    body = (
        "Au premier semestre 2018, Binh Duong a accordé des licences à 80 nouveaux projets. Dans "
        "le même temps, 40 projets déjà en activité ont augmenté leur capital de 300 millions de "
        "dollars, soit deux fois plus que sur la même période de l'an passé."
    )
    got = facts(body, date(2018, 7, 10), "fr")
    assert ("fdi_adjusted_capital_period", None, 300e6, "2018-01-01", "2018-06-30") in got


def test_exports_without_crude_oil_and_crude_oils_own_sales_are_subsets():
    body = (
        "Binh Duong exported goods worth US$14.2 billion in the first four months of 2021."
        "\n\nLeaving crude oil aside, the province's exports were US$13.6 billion. Crude oil sales "
        "abroad rose 12.4 percent in value, though the volume shipped fell 8 percent."
    )
    got = facts(body, date(2021, 5, 3), "en")
    assert got == {("exports_period", None, 14.2e9, "2021-01-01", "2021-04-30")}


def test_grdp_without_crude_oil_is_the_headline_growth():
    body = "In 2023, Binh Duong's GRDP excluding crude oil grew 8.2 percent."
    got = facts(body, date(2024, 1, 5), "en")
    assert ("grdp_growth_pct", None, 8.2, "2023-01-01", "2023-12-31") in got


def test_businesses_whose_establishment_was_licensed_are_new_not_the_total():
    body = (
        "So far this year Binh Duong has licensed the establishment of 3,120 businesses with "
        "registered capital of 41 trillion VND."
    )
    got = facts(body, date(2023, 6, 20), "en")
    assert not any(f[0] == "enterprises_total" for f in got)


def test_the_rest_set_off_by_commas_belongs_to_the_clause_after_it():
    body = (
        "In the first half of 2024 Binh Duong drew 1.2 billion USD of FDI: new projects brought "
        "in 700 million USD, and the rest, some 500 million USD, came from 60 existing projects "
        "that added capital."
    )
    got = facts(body, date(2024, 7, 4), "en")
    assert ("fdi_adjusted_capital_period", None, 500e6, "2024-01-01", "2024-06-30") in got


def test_french_licences_granted_with_a_time_phrase_inside_are_new_projects():
    body = (
        "Au premier trimestre 2021, Binh Duong a attiré 400 millions de dollars d'IDE. La "
        "province a octroyé pendant ce trimestre des licences à 30 projets, dotés de 150 "
        "millions de dollars."
    )
    got = facts(body, date(2021, 4, 5), "fr")
    assert ("fdi_new_capital_period", None, 150e6, "2021-01-01", "2021-03-31") in got


def test_a_partner_ranked_among_these_investors_after_the_totals_holds_a_total():
    body = (
        "To date, investors from 65 countries have put money into Binh Duong through 4,100 "
        "projects worth 40 billion USD. South Korea ranks second among these investors, with "
        "registered capital of 5.9 billion USD."
    )
    got = facts(body, date(2024, 5, 2), "en")
    assert ("fdi_capital_total", "South Korea", 5.9e9, None, "2024-05-02") in got


def test_french_a_million_employees_is_no_money():
    body = (
        "Binh Duong compte désormais 4.200 projets d'IDE, pour plus de 40 milliards de dollars, "
        "et ses entreprises emploient quelque un million de salariés."
    )
    got = facts(body, date(2024, 5, 2), "fr")
    assert not any(f[2] == 1e6 for f in got)


def test_a_products_contribution_to_exports_and_its_change_are_subsets():
    body = (
        "In the first nine months of 2024, goods shipped abroad by Binh Duong earned 25.1 billion "
        "USD. Seafood contributed 310 million USD of that sum (up 8.4%), while fertilizer sales "
        "abroad added over 95 million USD."
    )
    got = facts(body, date(2024, 10, 5), "en")
    assert got == {("exports_period", None, 25.1e9, "2024-01-01", "2024-09-30")}


def test_the_fdi_part_among_a_periods_projects_is_new_projects():
    body = (
        "In the first half of 2022, Binh Duong took in 120 direct investment projects, 35 FDI "
        "projects among them. In the first nine months it won 190 direct investment projects, "
        "including 52 FDI projects."
    )
    got = facts(body, date(2022, 10, 5), "en")
    assert ("fdi_new_projects_period", None, 35, "2022-01-01", "2022-06-30") in got
    assert ("fdi_new_projects_period", None, 52, "2022-01-01", "2022-09-30") in got


def test_the_past_year_said_early_in_a_year_is_the_year_before():
    body = "Lãnh đạo tỉnh cho biết năm qua GRDP của Bình Dương tăng 7,2%."
    assert facts(body, date(2025, 1, 20), "vi") == {
        ("grdp_growth_pct", None, 7.2, "2024-01-01", "2024-12-31")
    }
    body = "Binh Duong's GRDP grew 7.2 percent over the past year, the chairman told the meeting."
    assert facts(body, date(2024, 12, 22), "en") == {
        ("grdp_growth_pct", None, 7.2, "2024-01-01", "2024-12-31")
    }


def test_a_sectors_sum_with_its_share_of_the_whole_provinces_is_a_part():
    body = (
        "Năm 2022, kim ngạch xuất khẩu của ngành gốm sứ Bình Dương đạt 210 triệu USD, cao hơn "
        "năm 2021 trên 9% và chiếm gần 1% kim ngạch xuất khẩu toàn tỉnh."
    )
    got = facts(body, date(2023, 1, 10), "vi")
    assert not any(f[0] == "exports_period" for f in got)


def test_a_year_just_lived_told_with_no_figure_frames_none_of_the_totals_after_it():
    body = (
        "Binh Duong kept up high and stable growth over the past year, the local side said.\n\n"
        "It has drawn 4,100 FDI projects from 65 countries and territories, whose registered "
        "capital totals 40 billion USD.\n\nIndonesia accounts for just two projects worth 12 "
        "million USD."
    )
    got = facts(body, date(2024, 3, 2), "en")
    assert ("fdi_capital_total", "Indonesia", 12e6, None, "2024-03-02") in got


def test_consumer_prices_are_no_industrial_index_and_spending_is_no_revenue():
    body = (
        "Chỉ số sản xuất công nghiệp tháng 4/2022 của Bình Dương tăng 8,1%. Giá tiêu dùng bình "
        "quân tháng 4 cao hơn cùng kỳ 2,3%.\n\nỞ chiều chi, ngân sách Nhà nước của tỉnh cả năm "
        "2021 chi ra 21,4 nghìn tỷ đồng."
    )
    got = facts(body, date(2022, 5, 3), "vi")
    assert not any(f[2] in (2.3, 21.4e12) for f in got)


def test_changes_paired_by_respectively_with_subsets_sums_are_left_out_with_them():
    body = (
        "In 2023, Binh Duong earned 32.5 billion USD from exports, up 4.2 percent. Domestic firms "
        "shipped 9.1 billion USD worth of goods and foreign-invested companies 23.4 billion USD, "
        "increases of 6.1 percent and 3.5 percent respectively over a year earlier."
    )
    got = facts(body, date(2024, 1, 8), "en")
    assert got == {
        ("exports_period", None, 32.5e9, "2023-01-01", "2023-12-31"),
        ("exports_period_yoy_pct", None, 4.2, "2023-01-01", "2023-12-31"),
    }


def test_au_total_in_a_report_of_a_period_is_the_periods_sum():
    body = (
        "Au premier trimestre 2024, les exportations de Binh Duong ont atteint 7,2 milliards de "
        "dollars. Les recettes budgétaires ont dépassé au total 15.000 milliards de dongs."
    )
    got = facts(body, date(2024, 4, 5), "fr")
    assert ("budget_revenue_period", None, 15e12, "2024-01-01", "2024-03-31") in got


def test_a_signed_percent_in_brackets_after_a_sum_is_its_change():
    body = (
        "En août 2017, les exportations de Binh Duong se sont établies à 1,9 milliard de dollars "
        "(+11,2% sur un an)."
    )
    got = facts(body, date(2017, 9, 5), "fr")
    assert ("exports_period_yoy_pct", None, 11.2, "2017-08-01", "2017-08-31") in got


def test_many_past_years_are_no_past_year():
    body = "Trong nhiều năm qua, Bình Dương đã thu hút 40 tỷ USD vốn FDI."
    got = facts(body, date(2025, 1, 10), "vi")
    assert not any(f[0] == "fdi_capital_period" for f in got)


def test_a_conversion_shares_the_words_of_the_sum_it_restates():
    body = (
        "Trong 6 tháng đầu năm 2023, tỉnh Bình Dương đón 25 dự án FDI mới, vốn đăng ký hơn 4.700 "
        "tỷ đồng (quy ra 200 triệu USD); các nhà đầu tư còn đăng ký tăng vốn thêm hơn 2.350 tỷ "
        "đồng (quy ra 100 triệu USD)."
    )
    got = facts(body, date(2023, 7, 5), "vi")
    period = ("2023-01-01", "2023-06-30")
    assert ("fdi_new_capital_period", None, 200e6, *period) in got
    assert ("fdi_adjusted_capital_period", None, 100e6, *period) in got


def test_a_sum_above_the_years_plan_is_the_years_flow():
    body = (
        "Tổng cộng, đến thời điểm này tỉnh Bình Dương đã hút 2,1 tỷ USD vốn FDI, cao hơn kế "
        "hoạch năm 2022 khoảng 300 triệu USD."
    )
    got = facts(body, date(2022, 10, 10), "vi")
    assert ("fdi_capital_period", None, 2.1e9, "2022-01-01", "2022-10-10") in got
