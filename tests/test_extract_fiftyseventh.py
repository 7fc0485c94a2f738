"""Rules added in the fifty-seventh session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_combined_capital_of_projects_licensed_in_the_period_is_a_flow():
    # "capital cumulé" after a count of projects licensed this year is their combined capital,
    # the period's flow, not a total to date; the verb may carry an apostrophe ("s'élève")
    got = facts(
        "Depuis janvier, Binh Duong a accordé des licences à 12 projets d'investissement direct "
        "étranger, représentant au total 80 millions de dollars. La province a par ailleurs "
        "approuvé 41 projets d'investisseurs vietnamiens, dont le capital cumulé s'élève à "
        "près de 5.100 milliards de dongs (environ 215 millions de dollars).",
        date(2023, 5, 10),
        "fr",
    )
    assert values(got, "domestic_capital_period") == {5.1e12}


def test_the_combined_capital_of_projects_held_to_date_is_no_flow():
    # the guard: after "à ce jour … compte", the same words are the projects' capital held
    got = facts(
        "À ce jour, Binh Duong compte 3.200 projets d'investisseurs vietnamiens, dont le capital "
        "cumulé s'élève à près de 510.000 milliards de dongs.",
        date(2023, 5, 10),
        "fr",
    )
    assert values(got, "domestic_capital_period") == set()


def test_growth_of_the_months_the_sentence_names_keeps_those_months():
    # GRDP growth "in the first 10 months" is the ten months' figure, not the third quarter's
    got = facts(
        "Binh Duong's gross regional domestic product expanded by 8.1% in the first 10 months of "
        "this year from the same period last year.",
        date(2023, 11, 12),
    )
    assert ("grdp_growth_pct", None, 8.1, "2023-01-01", "2023-10-31") in got


def test_growth_of_nine_months_inside_a_ten_months_report_keeps_the_reports_window():
    # the guard (quarterly-window): the nine months named for GRDP are its own, and the exports
    # after it keep the report's ten months
    got = facts(
        "In the first ten months of 2023, Binh Duong's exports reached 26 billion USD. GRDP for "
        "the first nine months grew 4.8%, and exports in October alone came to 2.7 billion USD.",
        date(2023, 11, 12),
    )
    assert ("grdp_growth_pct", None, 4.8, "2023-01-01", "2023-09-30") in got
    assert ("exports_period", None, 26e9, "2023-01-01", "2023-10-31") in got


def test_dollars_after_a_dong_sum_left_out_are_the_new_foreign_projects_capital():
    # the đồng half is a policy approval's (left out), the dollars still follow it with "and":
    # after a count of newly licensed FDI projects they are those projects' capital
    got = facts(
        "In March Binh Duong approved the investment policy for 4 domestic projects and issued "
        "investment certificates to 5 FDI projects, with total registered capital of about "
        "1,240 billion VND and 45.5 million USD.",
        date(2024, 4, 3),
    )
    assert values(got, "fdi_new_capital_period") == {45.5e6}
    assert values(got, "fdi_capital_period") == set()


def test_dollars_after_a_dong_sum_stay_the_whole_flow_when_capital_was_added_too():
    # the guard: with projects that raised their capital named between, the pair is of both
    got = facts(
        "In March Binh Duong issued investment certificates to 5 FDI projects and let 7 existing "
        "FDI projects raise their capital, with total registered and added capital of about "
        "1,240 billion VND and 45.5 million USD.",
        date(2024, 4, 3),
    )
    assert values(got, "fdi_new_capital_period") == set()


def test_zones_named_after_exports_are_no_exports():
    # "zones franches d'exportation" are export processing zones: the money they drew is no sale
    got = facts(
        "Au premier semestre de 2024, les zones industrielles et les zones franches d'exportation "
        "de Binh Duong ont reçu deux projets de plus, pour un capital total de 6,2 millions de "
        "dollars.",
        date(2024, 7, 8),
        "fr",
    )
    assert values(got, "exports_period") == set()


def test_sales_abroad_of_wood_and_its_products_are_one_items_exports():
    got = facts(
        "Selon les statistiques provinciales, les ventes à l'étranger de bois et de produits "
        "dérivés de Binh Duong ont atteint 510 millions de dollars depuis janvier.",
        date(2024, 7, 8),
        "fr",
    )
    assert values(got, "exports_period") == set()


def test_the_exports_of_the_foreign_invested_firms_are_one_side_of_the_economy():
    got = facts(
        "L'an dernier, les entreprises d'IDE installées à Binh Duong ont réalisé un chiffre "
        "d'affaires de 30 milliards de dollars, en hausse de 9% sur un an, dont 22 milliards de "
        "dollars à l'exportation.",
        date(2024, 2, 8),
        "fr",
    )
    assert values(got, "exports_period") == set()


def test_the_provinces_own_exports_are_still_read_in_french():
    # the guard: the province's exports, told with the same words, stay
    got = facts(
        "L'an dernier, les exportations de Binh Duong ont atteint 32,9 milliards de dollars, en "
        "hausse de 5% sur un an.",
        date(2024, 2, 8),
        "fr",
    )
    assert values(got, "exports_period") == {32.9e9}


def test_exports_made_in_the_zones_named_before_are_the_zones():
    # "dans ces zones industrielles": the zones of the sentence before, a part of the province
    got = facts(
        "Au premier semestre, les zones industrielles de Binh Duong ont accueilli 20 projets. "
        "Les exportations réalisées dans ces zones industrielles ont atteint 9,3 milliards de "
        "dollars, en hausse de 12% sur un an.",
        date(2024, 7, 8),
        "fr",
    )
    assert values(got, "exports_period") == set()


def test_what_the_economic_and_industrial_zones_drew_is_theirs():
    got = facts(
        "De leur côté, les zones économiques et industrielles (ZE et ZI) de Binh Duong ont "
        "accueilli 151 projets d'IDE totalisant plus de 2 milliards de dollars depuis janvier.",
        date(2024, 7, 8),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == set()
    assert values(got, "fdi_new_capital_period") == set()


def test_a_count_of_one_written_as_a_word_with_its_kind_is_the_reports_count():
    # "một dự án FDI được điều chỉnh tăng vốn": the month's one adjusted project, and its sum
    got = facts(
        "Trong tháng 3/2025, tỉnh Bình Dương cấp mới 12 dự án FDI. Cùng tháng, một dự án FDI "
        "được điều chỉnh tăng vốn thêm 2,4 triệu USD.",
        date(2025, 4, 4),
        "vi",
    )
    assert values(got, "fdi_adjusted_projects_period") == {1.0}
    assert values(got, "fdi_adjusted_capital_period") == {2.4e6}


def test_the_one_foreign_project_left_of_a_split_is_counted():
    # "dự án còn lại là 1 dự án nước ngoài": the foreign part of the period's new projects
    got = facts(
        "Trong quý I/2025, tỉnh Bình Dương cấp mới 18 dự án, trong đó 17 dự án của nhà đầu tư "
        "trong nước; dự án còn lại là 1 dự án nước ngoài, vốn đăng ký 36 triệu USD.",
        date(2025, 4, 4),
        "vi",
    )
    assert values(got, "fdi_new_projects_period") == {1.0}


def test_one_firms_one_project_and_its_money_stay_out():
    # the guard: a company's single project, no kind beside the count, is no report's figure
    got = facts(
        "Trong tháng 3/2025, Công ty Sao Mai đã đầu tư một dự án tổng vốn hơn 5,1 triệu USD tại "
        "Bình Dương.",
        date(2025, 4, 4),
        "vi",
    )
    assert values(got, "fdi_new_capital_period") == set()
    assert values(got, "fdi_capital_period") == set()


def test_a_sum_joined_to_an_investor_countrys_projects_is_their_capital():
    # "avec 218 projets totalisant X" after a sentence on growth: no investment word stands
    # before the sum, the projects counted before it name it
    got = facts(
        "Le 20 novembre, le secrétaire du Comité provincial du Parti a indiqué que Binh Duong "
        "visait une croissance rapide pour la période 2026-2030. Il a précisé que le Japon "
        "comptait parmi les principaux partenaires de la province, avec 540 projets totalisant "
        "6,1 milliards de dollars, soit 15 % de l'investissement direct étranger (IDE) à Binh "
        "Duong.",
        date(2025, 11, 20),
        "fr",
    )
    assert ("fdi_capital_total", "Japan", 6.1e9, None, "2025-11-20") in got


def test_a_count_split_into_its_foreign_and_domestic_parts_between_dashes():
    # "46 investment projects - 10 FDI projects and 36 domestic ones -": the 10 are the new
    # foreign projects, the 46 are of every kind
    got = facts(
        "In the first half, Binh Duong lured 58 investment projects - 21 foreign direct "
        "investment (FDI) projects and 37 domestic ones - with total registered capital of over "
        "US$410 million.",
        date(2024, 7, 20),
    )
    assert values(got, "fdi_new_projects_period") == {21.0}


def test_the_country_after_the_source_of_the_figures_is_the_sentences_subject():
    # "According to <a long source>, <country> ranked …, with N projects worth X": the source
    # opens the sentence, the country after it is the subject the figures belong to
    got = facts(
        "According to the Binh Duong Department of Planning and Investment and its statistics "
        "office, Singapore ranked third among the investors in the province at the end of 2023, "
        "with 430 projects worth nearly 4.2 billion USD.",
        date(2024, 2, 10),
    )
    assert values(got, "fdi_projects_total") == {430.0}
    assert ("fdi_projects_total", "Singapore", 430.0, None, "2023-12-31") in got


def test_a_sentence_opening_on_the_same_period_of_an_earlier_year_tells_that_years_value():
    got = facts(
        "Trong 9 tháng năm 2025, GRDP của tỉnh Bình Dương tăng 7,2%. Cùng kỳ năm 2024, GRDP của "
        "tỉnh tăng 9,8%.",
        date(2025, 10, 8),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == {7.2}


def test_the_same_period_compared_with_at_the_end_leaves_the_figure_this_years():
    # the guard: "so với cùng kỳ năm 2024" after the figure compares, it opens nothing
    got = facts(
        "GRDP 9 tháng năm 2025 của tỉnh Bình Dương tăng 7,2% so với cùng kỳ năm 2024, cao hơn "
        "mức tăng chung của cả nước.",
        date(2025, 10, 8),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == {7.2}


def test_projects_born_in_a_year_and_the_foreign_ones_among_them():
    # "N projets y ont vu le jour" drew them in; "parmi eux figuraient M projets d'IDE, qui
    # représentaient à eux seuls X": the new foreign projects and their capital
    got = facts(
        "Au cours de l'année 2012, 96 projets ont vu le jour à Binh Duong pour un fonds de 2.310 "
        "millions de dollars ; parmi eux figuraient 41 projets d'IDE, qui représentaient à eux "
        "seuls 1.420 millions de dollars.",
        date(2013, 3, 2),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == {41.0}
    assert values(got, "fdi_new_capital_period") == {1.42e9}


def test_projects_that_come_from_many_countries_are_foreign():
    # "600 projets, originaires de 34 pays et territoires": projects from abroad, no FDI word
    got = facts(
        "La province de Binh Duong recense plus de 4.000 projets, originaires de 65 pays et "
        "territoires, pour un capital total enregistré de 40 milliards de dollars.",
        date(2023, 6, 5),
        "fr",
    )
    assert values(got, "fdi_projects_total") == {4000.0}
    assert values(got, "fdi_countries_total") == {65.0}
    assert values(got, "fdi_capital_total") == {40e9}
