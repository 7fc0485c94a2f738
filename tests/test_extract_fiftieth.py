"""Rules added in the fiftieth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_parks_at_work_out_of_a_count_of_parks():
    # the parks in operation, told after the whole with "of them", "of which" or the bare noun,
    # are a second park total (the corpus labels both)
    said = [
        "Binh Duong now has 31 industrial parks, 28 of them put into operation.",
        "Binh Duong is home to 31 industrial parks, 28 of which are currently in operation.",
        "So far 31 IPs have been approved in Binh Duong; 28 of them have been established.",
        "Of Binh Duong's 31 IPs, 28 parks, covering about 11,000 hectares, had begun operating.",
        "Binh Duong compte 31 zones industrielles, dont 28 zones fonctionnent déjà.",
    ]
    for text in said:
        got = facts(text, date(2024, 6, 3), "fr" if "compte" in text else "en")
        assert values(got, "industrial_parks_total") == {31, 28}, text
    # parks named again for another reason are no park total
    got = facts(
        "Binh Duong has 31 industrial parks; 12 parks are run by the provincial authority "
        "and the others are in operation.",
        date(2024, 6, 3),
    )
    assert values(got, "industrial_parks_total") == {31}
