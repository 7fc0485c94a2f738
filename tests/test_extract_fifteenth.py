"""Shapes of our own wording found in the fifteenth session: French totals told as a state
("Fin mai, la province accueillait …"), sums joined to their counts, domestic money told in
dollars."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

PUBLISHED = date(2024, 7, 8)


def test_a_french_month_end_without_a_preposition_dates_a_total_the_province_hosted():
    body = (
        "Fin mai 2024, Binh Duong accueillait 4.200 projets d'investissement direct étranger, "
        "dotés d'un capital enregistré total de 41,2 milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 4200, None, "2024-05-31") in found
    assert ("fdi_capital_total", None, 41.2e9, None, "2024-05-31") in found


def test_french_summed_figures_make_a_month_named_with_them_a_date_of_totals():
    body = (
        "Selon les données cumulées, la province de Binh Duong totalisait, au mois de mars 2024, "
        "412 projets d'investissement direct étranger (IDE) pour un montant global de 5,1 "
        "milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 412, None, "2024-03-31") in found
    assert ("fdi_capital_total", None, 5.1e9, None, "2024-03-31") in found  # its count's kind
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_domestic_investment_told_in_dollars_is_no_foreign_money():
    body = (
        "Au premier semestre 2024, Binh Duong a octroyé des licences à 70 nouveaux projets d'IDE. "
        "La province a aussi drainé 310 investissements nationaux, pour un total d'environ "
        "1,5 milliard de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_new_projects_period", None, 70, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 1.5e9 for f in found)


def test_domestic_projects_a_province_now_counts_have_no_period_capital():
    body = (
        "Au premier semestre 2024, Binh Duong a approuvé 40 projets nationaux dont le capital "
        "atteint 9.000 milliards de dongs. La province compte désormais 9.100 projets valides à "
        "capitaux nationaux, pour un capital de plus de 480.000 milliards de dongs."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("domestic_capital_period", None, 9e12, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 4.8e14 for f in found)


def test_what_a_french_province_hosts_is_a_total_not_the_periods_flow():
    body = (
        "Au premier semestre 2024, Binh Duong a octroyé des licences à 70 nouveaux projets "
        "d'IDE. La province accueille 4.200 projets d'IDE venus de 65 pays et territoires."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_new_projects_period", None, 70, "2024-01-01", "2024-06-30") in found
    assert ("fdi_projects_total", None, 4200, None, "2024-06-30") in found
    assert ("fdi_countries_total", None, 65, None, "2024-06-30") in found
