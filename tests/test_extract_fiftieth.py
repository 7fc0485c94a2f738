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


def test_national_in_a_name_or_as_domestic_investment_is_no_nation():
    # the word inside a name, or the province bucking the nation's trend, leaves the figure the
    # province's
    got = facts(
        "Binh Duong went against the national trend: its IIP rose 4.2% year-on-year in the "
        "first half.",
        date(2024, 7, 5),
    )
    assert values(got, "iip_growth_pct") == {4.2}
    # "investissement national" is the domestic investment of French
    got = facts(
        "Binh Duong a aussi accueilli 21 nouveaux projets d'investissement national d'une "
        "valeur de 6.300 milliards de dôngs.",
        date(2024, 7, 5),
        "fr",
    )
    assert values(got, "domestic_capital_period") == {6.3e12}
    # a rank in the national table ("classement national") is no national figure
    got = facts(
        "Avec 33 milliards d'USD d'exportations en 2023, Binh Duong reste en tête du "
        "classement national, même si ce montant a reculé de 4,5% par rapport à 2022.",
        date(2024, 2, 5),
        "fr",
    )
    assert values(got, "exports_period_yoy_pct") == {-4.5}
    # the nation's own figure stays the nation's
    got = facts(
        "National exports rose 15% year-on-year in the first half, while Binh Duong's rose 9%.",
        date(2024, 7, 5),
    )
    assert values(got, "exports_period_yoy_pct") == {9}


def test_businesses_at_an_event_are_no_count_of_enterprises():
    got = facts(
        "The conference in Binh Duong drew the provincial leaders, diplomats and more than 700 "
        "businesses from Vietnam and abroad.",
        date(2024, 7, 5),
    )
    assert values(got, "enterprises_total") == set()
    got = facts("Binh Duong now has more than 70,000 businesses.", date(2024, 7, 5))
    assert values(got, "enterprises_total") == {70000}


def test_an_estimate_to_the_end_of_the_month_of_publication_is_the_months_figure():
    # written on 24 September, "to September" with an estimate is the report's own as-of date
    got = facts(
        "Về nhập khẩu, lũy kế đến tháng 9 kim ngạch nhập khẩu của Bình Dương ước đạt 18.500 "
        "triệu USD, tăng 9,1% so với cùng kỳ.",
        date(2025, 9, 24),
        "vi",
    )
    assert values(got, "imports_period") == {18.5e9}
    assert ("imports_period", None, 18.5e9, "2025-01-01", "2025-09-30") in got
    # written a month earlier, the same words speak of no September still to come
    got = facts(
        "Về nhập khẩu, lũy kế đến tháng 9 kim ngạch nhập khẩu của Bình Dương ước đạt 18.500 "
        "triệu USD, tăng 9,1% so với cùng kỳ.",
        date(2025, 8, 24),
        "vi",
    )
    assert not [f for f in got if f[0] == "imports_period" and f[4] == "2025-09-30"]


def test_some_of_them_in_french_with_an_aside_before_the_verb():
    # "cinq d'entre elles" is a count in words; an aside may stand between it and its verb
    got = facts(
        "Binh Duong possède aujourd'hui 31 zones industrielles ; vingt d'entre elles, qui "
        "couvrent au total 9.000 ha, sont déjà opérationnelles.",
        date(2024, 6, 3),
        "fr",
    )
    assert values(got, "industrial_parks_total") == {31, 20}
    got = facts(
        "Binh Duong compte 31 zones industrielles. Douze d'entre elles, d'une superficie totale "
        "de 6.000 hectares, sont en activité.",
        date(2024, 6, 3),
        "fr",
    )
    assert values(got, "industrial_parks_total") == {31, 12}
    # some of them named for another reason are no park total
    got = facts(
        "Binh Duong compte 31 zones industrielles. Douze d'entre elles sont gérées par "
        "l'autorité provinciale.",
        date(2024, 6, 3),
        "fr",
    )
    assert values(got, "industrial_parks_total") == {31}


def test_the_parks_at_work_out_of_k_of_n_parks():
    # "k/n parks" at work: k is a second park total beside n
    got = facts(
        "Bình Dương đã đưa 29/31 khu công nghiệp vào hoạt động, với tổng diện tích hơn 12.000 ha.",
        date(2024, 6, 3),
        "vi",
    )
    assert values(got, "industrial_parks_total") == {29, 31}
    got = facts(
        "À ce jour, 29/31 parcs industriels ont été créés à Binh Duong.", date(2024, 6, 3), "fr"
    )
    assert values(got, "industrial_parks_total") == {29, 31}
    # the working parks that have something more are some of them
    got = facts(
        "Bình Dương: 12/29 khu công nghiệp đang hoạt động có tỉ lệ lấp đầy trên 95%.",
        date(2024, 6, 3),
        "vi",
    )
    assert values(got, "industrial_parks_total") == {29}
    # k of n of anything else stays a "k of n" count
    got = facts("Năm 2023, Bình Dương đạt 29/31 chỉ tiêu, GRDP tăng 5,1%.", date(2024, 1, 3), "vi")
    assert values(got, "industrial_parks_total") == set()


def test_the_parks_part_told_after_a_sum_with_a_thousands_comma():
    # the comma inside "US$939,123 million" ends no clause: the parks named after it are the
    # count's as well as the sum's
    got = facts(
        "At the end of 2016, Binh Duong had 159 FDI projects worth US$1,153.162 million, of "
        "which 123 projects with US$939,123 million were located in industrial parks and 36 "
        "projects with US$214,039 million outside industrial zones.",
        date(2017, 3, 1),
    )
    assert values(got, "fdi_projects_total") == {159}
    assert values(got, "fdi_capital_total") == {1153.162e6}


def test_the_provinces_takings_told_without_the_word_budget():
    cases = [
        ("Trong 6 tháng đầu năm, tỉnh Bình Dương thu hơn 35.200 tỷ đồng, tăng 8% so với cùng kỳ.",
         "vi"),
        ("Côté finances publiques, Binh Duong a collecté au total 35.200 milliards de dôngs de "
         "recettes au premier semestre, soit 52% du plan.", "fr"),
        ("Au premier semestre, Binh Duong a fait rentrer 35.200 milliards de dôngs dans les "
         "caisses de l'État.", "fr"),
        ("In the first half, total State collections in Binh Duong amounted to VND35,200 "
         "billion.", "en"),
    ]  # fmt: skip
    for text, lang in cases:
        got = facts(text, date(2024, 7, 5), lang)
        assert values(got, "budget_revenue_period") == {35.2e12}, text
    # what a province's tourists spent, or attracting projects, is no budget revenue
    got = facts(
        "Au premier semestre, Binh Duong a reçu 1,2 million de visiteurs, pour des recettes "
        "totales de 3.500 milliards de dôngs.",
        date(2024, 7, 5),
        "fr",
    )
    assert values(got, "budget_revenue_period") == set()
    got = facts(
        "Trong 6 tháng đầu năm, tỉnh Bình Dương thu hút 25 dự án trong nước với 8.000 tỷ đồng.",
        date(2024, 7, 5),
        "vi",
    )
    assert values(got, "budget_revenue_period") == set()


def test_the_regional_product_with_its_adjectives_the_other_way_round():
    got = facts(
        "Binh Duong a obtenu de beaux résultats : son produit intérieur régional brut a progressé "
        "de quelque 6,8% l'année dernière.",
        date(2024, 5, 10),
        "fr",
    )
    assert values(got, "grdp_growth_pct") == {6.8}


def test_a_rate_in_brackets_after_its_own_verb_and_adverb():
    got = facts(
        "Trong 5 tháng, IIP chung toàn ngành công nghiệp của Bình Dương vẫn thấp hơn khá nhiều "
        "(-6,2%) so với cùng kỳ.",
        date(2023, 6, 2),
        "vi",
    )
    assert values(got, "iip_growth_pct") == {-6.2}
    # a period named in brackets after the comparison is no change of the figure: the rate in
    # brackets is that quarter's own (compared-period-rate, sixty-second session)
    got = facts(
        "Riêng quý III, IIP của Bình Dương tăng 7,3% so với cùng kỳ, nhưng vẫn thấp hơn quý I "
        "(8,6%).",
        date(2023, 10, 2),
        "vi",
    )
    assert {(f[2], f[4]) for f in got if f[0] == "iip_growth_pct"} == {
        (7.3, "2023-09-30"),
        (8.6, "2023-03-31"),
    }


def test_a_sum_right_after_higher_or_lower_is_no_level():
    got = facts(
        "Năm 2023, Bình Dương thu hút 120 dự án FDI mới; số dự án tuy ít hơn năm 2022 nhưng "
        "tổng vốn đăng ký lại cao hơn 150 triệu USD.",
        date(2024, 1, 10),
        "vi",
    )
    assert values(got, "fdi_new_capital_period") | values(got, "fdi_capital_period") == set()
    got = facts(
        "Năm 2023, vốn FDI đăng ký mới của Bình Dương đạt 1,2 tỷ USD, cao hơn năm 2022.",
        date(2024, 1, 10),
        "vi",
    )
    assert values(got, "fdi_new_capital_period") == {1.2e9}
