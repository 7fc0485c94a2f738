"""Rules added in the fifty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_cases_and_deals_of_buying_into_local_firms_are_contributions():
    # a count of cases, subscriptions or operations whose own words tell of capital put into
    # local firms is the period's contributions and share purchases, not a project total
    for text, lang in (
        (
            "Ở kênh góp vốn, mua cổ phần, tỉnh Bình Dương đã chấp thuận 412 trường hợp, với giá "
            "trị vốn góp khoảng 95 triệu USD trong 10 tháng năm 2024.",
            "vi",
        ),
        (
            "In the first ten months of 2024 Binh Duong also approved 412 cases in which foreign "
            "investors put money into, or bought shares of, local companies, worth 95 million USD.",
            "en",
        ),
        (
            "Au cours des dix premiers mois de 2024, Binh Duong a enregistré 412 opérations "
            "d'apport de capital pour 95 millions de dollars.",
            "fr",
        ),
        (
            "Au cours des dix premiers mois de 2024, Binh Duong a approuvé 95 millions de dollars, "
            "répartis entre 412 souscriptions de capital dans des entreprises locales.",
            "fr",
        ),
    ):
        got = facts(text, date(2024, 11, 5), lang)
        assert ("fdi_contribution_projects_period", None, 412, "2024-01-01", "2024-10-31") in got, (
            text
        )
        assert values(got, "fdi_projects_total") == set(), text
    # cases of something else stay unread
    got = facts(
        "In the first ten months of 2024 Binh Duong inspectors handled 412 cases in which "
        "foreign investors put money into land without permits.",
        date(2024, 11, 5),
    )
    assert values(got, None) == set()
