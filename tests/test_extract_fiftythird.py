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


def test_a_part_pointed_back_at_takes_the_kind_its_own_clause_names():
    # "N of them" / "N of which" after a count: the noun counted before, of the kind or the
    # investor country the part's own clause names
    got = facts(
        "Over the first eight months Binh Duong licensed 60 new FDI projects, and 21 of them "
        "came from South Korea.",
        date(2024, 9, 5),
    )
    assert ("fdi_new_projects_period", "South Korea", 21, "2024-01-01", "2024-08-31") in got
    got = facts(
        "Binh Duong recorded 140 FDI projects in the first eight months of 2024, 55 of which "
        "added to their registered capital, by 300 million USD in all.",
        date(2024, 9, 5),
    )
    assert ("fdi_adjusted_projects_period", None, 55, "2024-01-01", "2024-08-31") in got
    # a part told by its size or its sector names no kind of the catalogue: left out
    got = facts(
        "Over the first eight months Binh Duong licensed 60 new FDI projects, 11 of them each "
        "worth over 10 million USD.",
        date(2024, 9, 5),
    )
    assert 11 not in values(got, None)


def test_the_province_a_speaker_speaks_for_is_the_one_their_province_word_means():
    # an official of another province says what "the province" did: that province's figures
    for text, lang in (
        (
            "On the same day, Tran Van B, Chairman of the People's Committee of Dong Nai "
            "Province, said that the province had licensed 35 FDI projects in the first half of "
            "2024.",
            "en",
        ),
        (
            "Cùng ngày, ông Trần Văn B, Chủ tịch UBND tỉnh Đồng Nai, cho biết 6 tháng đầu năm "
            "2024 tỉnh đã cấp mới 35 dự án FDI.",
            "vi",
        ),
    ):
        assert values(facts(text, date(2024, 7, 5), lang), None) == set(), text
    # the province's own official: its figures
    got = facts(
        "On the same day, Tran Van B, Chairman of the Binh Duong People's Committee, said that "
        "the province had licensed 35 FDI projects in the first half of 2024.",
        date(2024, 7, 5),
    )
    assert ("fdi_new_projects_period", None, 35, "2024-01-01", "2024-06-30") in got


def test_a_group_of_places_counted_by_number_is_not_the_province():
    # "của 8 địa phương", "of the five provinces": the group's figure, whichever province the
    # article follows
    for text, lang in (
        (
            "Tính chung, tổng vốn FDI của 8 địa phương dẫn đầu đạt 6,2 tỷ USD trong 5 tháng đầu "
            "năm 2024, trong đó có Bình Dương.",
            "vi",
        ),
        (
            "Binh Duong was among them: together, the exports of the five provinces reached 40 "
            "billion USD in the first half of 2024.",
            "en",
        ),
    ):
        assert values(facts(text, date(2024, 7, 5), lang), None) == set(), text
    # the province's own figure, its place named
    got = facts(
        "GRDP của tỉnh Bình Dương tăng 6,8% trong 9 tháng đầu năm 2024.", date(2024, 10, 5), "vi"
    )
    assert ("grdp_growth_pct", None, 6.8, "2024-01-01", "2024-09-30") in got


def test_a_rate_named_a_scenario_in_quotes_is_the_plan():
    # 'the 7.89% "scenario"': the plan the growth is set against, quoted or not
    text = (
        "Binh Duong's GRDP grew an estimated 8.2% in the first quarter of 2024 over a year "
        'earlier, beating the 7.5% "scenario" set by the province.'
    )
    got = facts(text, date(2024, 4, 5))
    assert values(got, "grdp_growth_pct") == {8.2}
    got = facts(text.replace('"scenario"', "scenario"), date(2024, 4, 5))
    assert values(got, "grdp_growth_pct") == {8.2}


def test_an_economy_that_grew_told_in_a_list_of_strengths():
    # French "une économie qui a crû de X" in a list of the province's strengths: its growth
    got = facts(
        "Le président du Comité populaire a présenté les atouts de Binh Duong : des ports "
        "proches, une économie qui a crû de 8,6% en 2023 et une main-d'œuvre abondante.",
        date(2024, 4, 5),
        "fr",
    )
    assert ("grdp_growth_pct", None, 8.6, "2023-01-01", "2023-12-31") in got


def test_what_a_period_will_come_to_said_as_it_closes_is_its_estimate():
    # "sẽ đạt", "devraient atteindre", "theo dự tính" for a period over or about to close at
    # publication: the period's estimate, not a plan
    text = "Dự kiến cả năm 2024, Bình Dương sẽ thu hút được 1,9 tỷ USD vốn FDI."
    got = facts(text, date(2024, 12, 10), "vi")
    assert ("fdi_capital_period", None, 1_900_000_000, "2024-01-01", "2024-12-31") in got
    got = facts(
        "Les exportations de Binh Duong devraient atteindre 25 milliards de dollars sur les neuf "
        "premiers mois de 2024.",
        date(2024, 9, 26),
        "fr",
    )
    assert ("exports_period", None, 25_000_000_000, "2024-01-01", "2024-09-30") in got
    # said half a year ahead, the same words are a forecast
    assert values(facts(text, date(2024, 6, 10), "vi"), None) == set()
    # a goal word stays a goal however late it is said
    got = facts(
        "Mục tiêu cả năm 2024 của Bình Dương là thu hút 1,9 tỷ USD vốn FDI.",
        date(2024, 12, 10),
        "vi",
    )
    assert values(got, None) == set()


def test_a_ranking_of_investor_countries_goes_on_in_the_kind_it_began_with():
    # the first country's sum is a total ("its capital totalling"): the countries listed after
    # it, "ahead of Japan, with X", are ranked by their totals too, in a report of a period
    lead = "In the first eleven months of 2024 Binh Duong drew 1.2 billion USD of FDI. "
    got = facts(
        lead + "By country of origin, South Korea is the province's biggest investor, its "
        "capital totalling 4.5 billion USD, ahead of Japan, with 3.1 billion USD, and China, "
        "with 2.2 billion USD.",
        date(2024, 12, 5),
    )
    assert {f[1] for f in got if f[0] == "fdi_capital_total"} >= {"Japan", "China"}
    assert not any(f[0] == "fdi_capital_period" and f[1] in ("Japan", "China") for f in got)
    # a ranking of the period's sums stays in the period
    got = facts(
        lead + "South Korea led with 400 million USD, ahead of Japan, with 300 million USD.",
        date(2024, 12, 5),
    )
    assert ("fdi_capital_period", "Japan", 300_000_000, "2024-01-01", "2024-11-30") in got


def test_a_count_brought_to_a_number_after_its_noun():
    # "took the province's FDI project count to N, valued at X": the noun and "count" before the
    # number, a running total; its sum the total capital
    text = (
        "Last year Binh Duong licensed or enlarged 120 foreign-invested projects, which took the "
        "province's FDI project count to 4,250, valued at 41.3 billion USD."
    )
    got = facts(text, date(2025, 1, 10))
    assert ("fdi_projects_total", None, 4250, None, "2024-12-31") in got
    assert values(got, "fdi_capital_total") == {41_300_000_000}
    assert values(got, "fdi_capital_period") == set()
    # projects of every kind, their capital in đồng, stay unread even in a foreign-investment story
    got = facts(
        "Foreign investors were active in Binh Duong last year. The 24 projects registered in "
        "2024 brought the province's project count to 318, worth 99.66 trillion VND.",
        date(2025, 1, 10),
    )
    assert 318 not in values(got, None)


def test_a_french_province_that_counts_projects_written_in_the_singular():
    # "Elle compte 1.367 projet pour …": the noun's plural dropped by the writer, still a count
    # of what the province holds now
    got = facts(
        "Binh Duong a attiré 1,2 milliard de dollars d'IDE en 2023. Elle compte 4.250 projet pour "
        "un capital de plus de 41 milliards d'USD.",
        date(2024, 5, 10),
        "fr",
    )
    assert ("fdi_projects_total", None, 4250, None, "2024-05-10") in got
    assert values(got, "fdi_capital_total") == {41_000_000_000}
