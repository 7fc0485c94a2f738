"""Rules added in the thirty-sixth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_months_left_before_the_years_end_do_not_date_an_undated_report():
    from etl.extract.address_date import AddressDate
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong: 1,9 milliard de dollars d'IDE en dix mois",
        "Binh Duong a attiré 1,9 milliard de dollars d'IDE sur les dix premiers mois de l'année.",
        "D'ici la fin de l'année, soit en novembre et décembre, la province pourrait encore "
        "recevoir quelque 300 millions de dollars.",
    ]
    found = estimate_publication(paragraphs, AddressDate(2024, 11))
    assert found is not None and found.year == 2024


def test_money_a_place_could_still_receive_is_a_forecast_not_a_figure():
    body = (
        "Binh Duong drew 1.9 billion USD of FDI in the first ten months. By the end of the "
        "year, the province could still receive another 300 million USD.\n\n"
        "Binh Duong a attiré 2,1 milliards de dollars d'IDE sur onze mois ; en décembre, la "
        "province pourrait encore accueillir 250 millions de dollars."
    )
    got = facts(body, date(2024, 11, 12), "en")
    assert ("fdi_capital_period", None, 1.9e9, "2024-01-01", "2024-10-31") in got
    assert not [f for f in got if f[2] in (300e6, 250e6)]
