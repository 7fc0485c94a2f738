"""French wire copy (VNA's French service, Le Courrier du Vietnam): its words for new, added and
contributed capital, parks, regional GDP, changes against a year earlier and present-tense
rankings. Sentences of our own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

PUBLISHED = date(2024, 7, 8)


def fr(body: str, published: date | None = PUBLISHED):
    return facts(body, published, lang="fr")


def test_a_breakdown_names_new_added_and_contributed_capital():
    body = (
        "Au premier semestre 2024, Binh Duong a attiré 1,1 milliard de dollars d'IDE. "
        "Au total, 61 nouveaux projets ont été agréés pour 402 millions de dollars, 37 projets "
        "existants ont augmenté leur capital de 515 millions de dollars et les apports en capital "
        "ont atteint 183 millions de dollars."
    )
    half = ("2024-01-01", "2024-06-30")
    assert fr(body) == {
        ("fdi_capital_period", None, 1.1e9, *half),
        ("fdi_new_projects_period", None, 61, *half),
        ("fdi_new_capital_period", None, 402e6, *half),
        ("fdi_adjusted_projects_period", None, 37, *half),
        ("fdi_adjusted_capital_period", None, 515e6, *half),
        ("fdi_contribution_capital_period", None, 183e6, *half),
    }


def test_a_rise_over_the_same_period_is_a_change_not_last_years_period():
    body = (
        "Sur les six premiers mois de 2024, les exportations de Binh Duong ont atteint 16 "
        "milliards de dollars, soit 12% de plus qu'à la même période de l'an dernier."
    )
    half = ("2024-01-01", "2024-06-30")
    assert fr(body) == {("exports_period", None, 16e9, *half),
                        ("exports_period_yoy_pct", None, 12, *half)}  # fmt: skip


def test_parks_and_regional_gdp_in_french():
    body = (
        "Binh Duong compte aujourd'hui 30 parcs industriels couvrant 13.000 hectares. "
        "En 2023, le produit intérieur brut régional (PIBR) de la province a progressé de 5,6%."
    )
    assert fr(body) == {
        ("industrial_parks_total", None, 30, None, "2024-07-08"),
        ("industrial_parks_area_ha", None, 13000, None, "2024-07-08"),
        ("grdp_growth_pct", None, 5.6, "2023-01-01", "2023-12-31"),
    }


def test_in_total_with_its_own_year_is_still_a_flow():
    body = "Cette année, la province a attiré au total 1,9 milliard de dollars d'IDE."
    assert fr(body, date(2024, 12, 27)) == {
        ("fdi_capital_period", None, 1.9e9, "2024-01-01", "2024-12-31")
    }


def test_a_present_tense_ranking_of_an_investor_is_its_cumulative_total():
    # a round-up published days after its period dates its totals to the period's end
    body = (
        "Au cours des cinq premiers mois de 2024, Binh Duong a attiré 800 millions de dollars. "
        "Le Japon est le troisième investisseur de la province, avec 480 projets pour 4,9 "
        "milliards de dollars."
    )
    found = fr(body, date(2024, 6, 3))
    assert ("fdi_projects_total", "Japan", 480, None, "2024-05-31") in found
    assert ("fdi_capital_total", "Japan", 4.9e9, None, "2024-05-31") in found


def test_an_english_present_tense_ranking_is_a_total_too():
    body = (
        "In the first five months of 2024, Binh Duong drew $800 million in FDI. Japan remains "
        "the province's third largest investor, with 480 projects worth $4.9 billion."
    )
    found = facts(body, date(2024, 6, 3))
    assert ("fdi_capital_total", "Japan", 4.9e9, None, "2024-05-31") in found


def test_licences_granted_and_projects_already_running_are_the_new_and_added_parts():
    body = (
        "En huit mois de 2019, Binh Duong a accordé une licence à 140 projets d'IDE pour 700 "
        "millions de dollars. Elle a aussi permis à 60 projets déjà en activité d'accroître leur "
        "investissement, pour un montant supplémentaire de 320 millions de dollars."
    )
    found = fr(body, date(2019, 9, 2))
    assert found == {
        ("fdi_new_projects_period", None, 140, "2019-01-01", "2019-08-31"),
        ("fdi_new_capital_period", None, 7e8, "2019-01-01", "2019-08-31"),
        ("fdi_adjusted_projects_period", None, 60, "2019-01-01", "2019-08-31"),
        ("fdi_adjusted_capital_period", None, 3.2e8, "2019-01-01", "2019-08-31"),
    }


def test_sales_and_purchases_abroad_are_exports_and_imports_not_the_surplus():
    body = (
        "Au premier semestre 2021, les ventes de marchandises de Binh Duong à l'étranger ont "
        "atteint 15 milliards de dollars et ses achats à l'étranger 10 milliards de dollars, "
        "soit un excédent commercial de 5 milliards de dollars."
    )
    found = fr(body, date(2021, 7, 2))
    assert found == {
        ("exports_period", None, 1.5e10, "2021-01-01", "2021-06-30"),
        ("imports_period", None, 1e10, "2021-01-01", "2021-06-30"),
        ("trade_surplus_period", None, 5e9, "2021-01-01", "2021-06-30"),
    }


def test_capital_disbursed_is_not_capital_registered():
    body = "Depuis janvier 2016, Binh Duong a vu près de 2 milliards de dollars d'IDE décaissés."
    assert fr(body, date(2016, 10, 1)) == set()


def test_an_english_sum_of_fdi_disbursed_is_not_capital_registered():
    body = "Nearly 2 billion USD of FDI was disbursed in Binh Duong from January to September 2016."
    assert facts(body, date(2016, 10, 1)) == set()


def test_a_french_as_of_day_and_a_ranking_of_partners_with_their_capital():
    body = (
        "Au 30 juin 2023, Binh Duong recensait 4.100 projets d'IDE représentant au total 40 "
        "milliards de dollars. Taïwan (Chine) arrive en tête avec 870 projets totalisant plus de "
        "6,3 milliards de dollars, devant Singapour avec 280 projets pour 5,5 milliards de dollars."
    )
    found = fr(body, date(2023, 7, 10))
    assert found == {
        ("fdi_projects_total", None, 4100, None, "2023-06-30"),
        ("fdi_capital_total", None, 4e10, None, "2023-06-30"),
        ("fdi_projects_total", "Taiwan", 870, None, "2023-06-30"),
        ("fdi_capital_total", "Taiwan", 6.3e9, None, "2023-06-30"),
        ("fdi_projects_total", "Singapore", 280, None, "2023-06-30"),
        ("fdi_capital_total", "Singapore", 5.5e9, None, "2023-06-30"),
    }


def test_french_partners_named_after_their_figures_or_as_the_firms_adjective():
    body = (
        "Binh Duong compte à ce jour plus de 2.600 projets étrangers, pour un capital cumulé de "
        "près de 22 milliards de dollars. Avec 530 projets représentant 2,1 milliards de dollars, "
        "la République de Corée s'est hissée au 3e rang des investisseurs étrangers de la "
        "province. Le "
        "plus gros projet de l'année, porté par le japonais Arakawa, représente 45,6 millions de "
        "dollars. De janvier à juillet 2016, les firmes sud-coréennes ont apporté 140 millions "
        "de dollars à la province."
    )
    found = fr(body, date(2016, 8, 18))
    assert found == {
        ("fdi_projects_total", None, 2600, None, "2016-08-18"),
        ("fdi_capital_total", None, 2.2e10, None, "2016-08-18"),
        ("fdi_projects_total", "South Korea", 530, None, "2016-08-18"),
        ("fdi_capital_total", "South Korea", 2.1e9, None, "2016-08-18"),
        ("fdi_capital_period", "South Korea", 1.4e8, "2016-01-01", "2016-07-31"),
    }


def test_french_stock_verbs_and_a_year_end_make_totals():
    body = (
        "En 2019, Binh Duong a attiré 2,1 milliards de dollars d'IDE. Fin 2019, la province "
        "recensait 3.900 projets d'IDE, qui cumulaient 35 milliards de dollars."
    )
    found = fr(body, date(2020, 2, 10))
    assert ("fdi_projects_total", None, 3900.0, None, "2019-12-31") in found
    assert ("fdi_capital_total", None, 35e9, None, "2019-12-31") in found
    assert ("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-12-31") in found


def test_the_projects_counted_after_a_new_ones_sentence_are_foreign_too():
    body = (
        "En 2019, Binh Duong a délivré des licences d'IDE à 120 nouveaux projets pour 900 "
        "millions de dollars. À ce jour, elle totalise 3.900 projets pour 35 milliards de dollars."
    )
    assert ("fdi_projects_total", None, 3900.0, None, "2020-02-10") in fr(body, date(2020, 2, 10))


def test_running_projects_modifying_their_capital_are_added_capital():
    body = (
        "Au cours des neuf premiers mois de 2020, Binh Duong a délivré des licences d'IDE à 57 "
        "projets : 21 nouveaux projets et 36 projets souhaitant modifier leur capital initial."
    )
    found = fr(body, date(2020, 10, 5))
    assert ("fdi_adjusted_projects_period", None, 36.0, "2020-01-01", "2020-09-30") in found


def test_a_number_word_before_the_noun_it_counts_is_a_count_and_an_article_is_not():
    body = (
        "Entre janvier et mai 2024, Binh Duong a délivré des licences à sept projets "
        "d'investissement étranger, tandis que trois projets existants ont relevé leur capital. "
        "Un projet de 20 millions de dollars a aussi été signé."
    )
    five = ("2024-01-01", "2024-05-31")
    found = fr(body)
    assert ("fdi_new_projects_period", None, 7, *five) in found
    assert ("fdi_adjusted_projects_period", None, 3, *five) in found
    assert not any(value == 1 for _, _, value, *_ in found)


def test_a_level_that_reaches_only_part_of_the_same_period_is_a_fall():
    body = (
        "Au premier semestre 2024, Binh Duong a attiré 900 millions de dollars d'IDE. Les "
        "investissements étrangers n'atteignent que 70,5% de leur niveau de la même période de "
        "l'an dernier."
    )
    half = ("2024-01-01", "2024-06-30")
    assert fr(body) == {
        ("fdi_capital_period", None, 900e6, *half),
        ("fdi_capital_period_yoy_pct", None, -29.5, *half),
    }


def test_the_foreign_sector_and_one_export_item_are_parts_of_the_provinces_trade():
    body = (
        "Au premier semestre 2024, les exportations de Binh Duong ont atteint 15 milliards de "
        "dollars. Les entreprises à capitaux étrangers en ont assuré 11 milliards de dollars, et "
        "les produits en bois, premier poste d'exportation, 2,4 milliards de dollars."
    )
    assert fr(body) == {("exports_period", None, 15e9, "2024-01-01", "2024-06-30")}


def test_the_first_months_of_this_year_in_french():
    body = (
        "Sur les quatre premiers mois de cette année, les exportations de Binh Duong ont atteint "
        "4,1 milliards de dollars, en hausse de 6,2 % en glissement annuel."
    )
    found = facts(body, date(2015, 5, 6), lang="fr")
    assert ("exports_period", None, 4.1e9, "2015-01-01", "2015-04-30") in found


def test_an_investor_adjective_after_a_singular_noun():
    body = (
        "Selon lui, la province de Binh Duong accueille 310 projets d'investissement japonais, "
        "dotés d'un capital total de près de 5,4 milliards de dollars."
    )
    found = facts(body, date(2021, 6, 2), lang="fr")
    assert ("fdi_projects_total", "Japan", 310, None, "2021-06-02") in found
    assert ("fdi_capital_total", "Japan", 5.4e9, None, "2021-06-02") in found


def test_soit_a_share_of_the_same_period_is_a_ratio():
    body = (
        "Au cours des trois premiers mois de 2023, Binh Duong a attiré 510 millions de dollars "
        "d'IDE, soit 61 % de la même période de 2022."
    )
    found = facts(body, date(2023, 4, 3), lang="fr")
    assert ("fdi_capital_period_yoy_pct", None, -39, "2023-01-01", "2023-03-31") in found


def test_telephones_are_one_export_item():
    body = (
        "Sur les cinq premiers mois de 2015, les exportations de Binh Duong ont atteint 6 "
        "milliards de dollars. Les téléphones et leurs pièces ont rapporté 512 millions de dollars."
    )
    found = facts(body, date(2015, 6, 3), lang="fr")
    assert found == {("exports_period", None, 6e9, "2015-01-01", "2015-05-31")}
