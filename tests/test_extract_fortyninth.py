"""Rules added in the forty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons, values


def by_partner(got: set, metric: str, partner: str) -> set[float]:
    """The values read for one metric and investor country."""
    return {f[2] for f in got if f[0] == metric and f[1] == partner}


def test_the_foreign_part_of_a_count_named_after_of_them():
    # "N of them are FDI projects": the part's noun after the partitive and its verb
    got = facts(
        "Binh Duong now counts 240 investment projects; 31 of them are FDI projects and 209 "
        "are domestic ones.",
        date(2024, 11, 5),
    )
    assert values(got, "fdi_projects_total") == {31}
    got = facts(
        "This year Binh Duong licensed 40 new projects. Six of them are FDI projects, with "
        "registered capital of 120 million USD.",
        date(2024, 11, 5),
    )
    assert 6 in values(got, "fdi_new_projects_period")
    assert 120e6 in values(got, "fdi_new_capital_period")
    # the kind alone, its noun left out; the whole's licensing verb is the part's
    got = facts(
        "Over the past ten months, Binh Duong approved 52 projects, four of them "
        "foreign-invested, with a combined investment of 700 million USD.",
        date(2024, 11, 5),
    )
    assert values(got, "fdi_new_projects_period") == {4}
    assert values(got, "fdi_projects_total") == set()
    got = facts(
        "Fin 2010, Binh Duong comptait 328 projets d'une valeur de 80.000 milliards de dôngs, "
        "69 d'entre eux relevant de l'IDE.",
        date(2011, 2, 1),
        "fr",
    )
    assert values(got, "fdi_projects_total") == {69}


def test_the_foreign_kind_before_and_shares_the_domestic_projects_noun():
    got = facts(
        "Over those five years Binh Duong issued new licences to 163 foreign-invested and 216 "
        "domestic projects. Additional capital also went to 96 FDI and 51 domestic projects.",
        date(2020, 8, 31),
    )
    assert values(got, "fdi_new_projects_period") == {163}
    assert values(got, "fdi_adjusted_projects_period") == {96}


def test_a_part_of_new_and_added_projects_together_is_neither():
    told = (
        "Từ năm 2021 đến tháng 5/2024, tỉnh Bình Dương đã cấp chứng nhận đầu tư lần đầu hoặc "
        "chấp thuận nâng vốn cho tổng cộng 247 dự án, trong số đó có 70 dự án FDI."
    )
    got = facts(told, date(2024, 6, 5), "vi")
    assert not {70, 247} & (
        values(got, "fdi_adjusted_projects_period") | values(got, "fdi_new_projects_period")
    )
    # a part named new or added is that kind
    got = facts(
        "Từ năm 2021 đến nay, tỉnh Bình Dương đã cấp mới và điều chỉnh tăng vốn cho 88 lượt dự "
        "án FDI; trong số đó có 46 dự án cấp mới và 42 dự án điều chỉnh tăng vốn.",
        date(2023, 9, 5),
        "vi",
    )
    assert values(got, "fdi_new_projects_period") == {46}
    assert values(got, "fdi_adjusted_projects_period") == {42}


def test_projects_funded_by_one_country_are_its_projects():
    got = facts(
        "In the first half of this year Binh Duong drew 15 Japanese-funded projects with total "
        "registered capital of US$162 million.",
        date(2024, 7, 5),
    )
    assert by_partner(got, "fdi_new_projects_period", "Japan") == {15}
    assert by_partner(got, "fdi_new_capital_period", "Japan") == {162e6}
    got = facts(
        "Binh Duong is currently home to 37 RoK-funded projects. It also hosts 15 direct "
        "foreign investment projects from Japan.",
        date(2024, 7, 5),
    )
    assert by_partner(got, "fdi_projects_total", "South Korea") == {37}
    assert by_partner(got, "fdi_projects_total", "Japan") == {15}
    got = facts(
        "Today Binh Duong hosts seven Japanese investments, whose registered capital comes to "
        "about 34 million USD.",
        date(2024, 7, 5),
    )
    assert by_partner(got, "fdi_projects_total", "Japan") == {7}
    assert by_partner(got, "fdi_capital_total", "Japan") == {34e6}
    # investments are no count where the word is no noun of projects
    got = facts("Binh Duong drew 12 investments in 2023.", date(2024, 7, 5))
    assert values(got, "fdi_new_projects_period") == set()


def test_a_count_joined_to_its_sum_takes_the_span_the_sum_is_told_for():
    got = facts(
        "Binh Duong drew 15 FDI projects with total registered capital of US$162 million in the "
        "first half of this year.",
        date(2024, 7, 5),
    )
    assert values(got, "fdi_new_projects_period") == {15}
    assert values(got, "fdi_new_capital_period") == {162e6}
    assert values(got, "fdi_projects_total") == set()
    # a total with the same words and no span stays a total
    got = facts(
        "Binh Duong now has 4,100 FDI projects with total registered capital of US$41 billion.",
        date(2024, 7, 5),
    )
    assert values(got, "fdi_projects_total") == {4100}


def test_a_list_of_countries_counts_the_noun_of_its_first_item():
    got = facts(
        "Binh Duong counts 3,100 FDI projects in force, among them 570 Korean projects, 360 "
        "Japanese, 80 Chinese and 50 Taiwanese.",
        date(2024, 5, 1),
    )
    assert by_partner(got, "fdi_projects_total", "Japan") == {360}
    assert by_partner(got, "fdi_projects_total", "China") == {80}
    assert by_partner(got, "fdi_projects_total", "Taiwan") == {50}
    got = facts(
        "Binh Duong recense 3.100 projets d'IDE en activité, dont 570 projets sud-coréens, 360 "
        "japonais et 50 taïwanais.",
        date(2024, 5, 1),
        "fr",
    )
    assert by_partner(got, "fdi_projects_total", "Japan") == {360}
    assert by_partner(got, "fdi_projects_total", "Taiwan") == {50}
    # a count of the countries themselves is no count of projects
    got = facts(
        "Binh Duong hosts 403 projects from 24 European countries and territories.",
        date(2024, 5, 1),
    )
    assert 24 not in values(got, "fdi_projects_total")


def test_foreign_projects_said_to_be_adjusted_are_the_added_ones():
    got = facts(
        "Trong quý I, tỉnh Bình Dương cấp mới cho 11 dự án FDI với vốn đăng ký 15,3 triệu USD; "
        "bên cạnh đó, 06 dự án FDI được điều chỉnh, tăng thêm 121 triệu USD vốn đăng ký.",
        date(2019, 3, 25),
        "vi",
    )
    assert values(got, "fdi_adjusted_projects_period") == {6}
    assert values(got, "fdi_projects_total") == set()
    # projects adjusted in any way, not named foreign, are not the added ones
    got = facts(
        "Trong 9 tháng, tỉnh Bình Dương cấp mới 20 dự án FDI; bên cạnh đó, 147 lượt dự án được "
        "điều chỉnh, trong đó 42 dự án tăng vốn thêm 200 triệu USD.",
        date(2025, 10, 5),
        "vi",
    )
    assert 147 not in values(got, "fdi_adjusted_projects_period")


def test_drawing_is_a_verb_of_the_periods_flow():
    got = facts(
        "In the first quarter Binh Duong came 10th, drawing 2 foreign direct investment projects "
        "with a total registered capital of USD 164.95 million.",
        date(2023, 4, 2),
    )
    assert values(got, "fdi_new_projects_period") == {2}
    assert values(got, "fdi_projects_total") == set()


def test_projects_registered_or_licensed_by_a_passive_verb_after_them_are_new():
    got = facts(
        "Over the first six months of this year, seven foreign-invested projects worth nearly "
        "350 million USD were registered in Binh Duong.",
        date(2016, 8, 1),
    )
    assert values(got, "fdi_new_projects_period") == {7}
    assert values(got, "fdi_new_capital_period") == {350e6}
    got = facts(
        "Sur ces trois mois, 32 projets d'IDE cumulant 355,8 millions de dollars ont obtenu leur "
        "certificat d'investissement à Binh Duong.",
        date(2019, 4, 17),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == {32}
    # with no span of months, the verb tells no period's flow
    got = facts(
        "In all, 4,100 FDI projects worth 41 billion USD have been registered in Binh Duong.",
        date(2024, 8, 1),
    )
    assert values(got, "fdi_new_projects_period") == set()


def test_the_foreign_part_counted_among_the_new_ones_the_sentence_before_and_its_sum():
    got = facts(
        "Depuis janvier, Binh Duong a attiré 43 nouveaux projets. On compte parmi eux 7 projets "
        "d'IDE pesant près de 540 millions de dollars.",
        date(2022, 1, 20),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == {7}
    assert values(got, "fdi_new_capital_period") == {540e6}
    assert values(got, "fdi_capital_period") == set()


def test_the_sum_of_projects_split_later_into_domestic_and_foreign_is_of_every_kind():
    body = (
        "Since January Binh Duong has drawn 43 new projects worth 700 million USD. Among them are "
        "7 FDI projects worth nearly 540 million USD."
    )
    got = facts(body, date(2022, 1, 20))
    assert values(got, "fdi_new_capital_period") == {540e6}
    assert "investment of every kind" in reasons(body, date(2022, 1, 20))["700 million USD"]


def test_the_parks_average_occupancy_is_their_occupancy():
    got = facts(
        "On average 67 per cent of Binh Duong's industrial park land is occupied, and a third of "
        "the parks are already full.",
        date(2015, 4, 15),
    )
    assert values(got, "industrial_parks_occupancy_pct") == {67}
    got = facts(
        "Binh Duong compte 15 ZI, dont neuf en activité ; leur taux d'occupation atteint en "
        "moyenne plus de 47%.",
        date(2018, 7, 10),
        "fr",
    )
    assert values(got, "industrial_parks_occupancy_pct") == {47}
    got = facts(
        "Tính bình quân, các khu công nghiệp Bình Dương đã cho thuê lấp kín 65% diện tích đất; "
        "một số khu thậm chí đã kín 100% diện tích đất cho thuê.",
        date(2015, 12, 20),
        "vi",
    )
    assert values(got, "industrial_parks_occupancy_pct") == {65}
    # an average of something else stays no figure
    got = facts(
        "The average project in Binh Duong's parks carries 12 million USD.", date(2015, 4, 15)
    )
    assert values(got, None) == set()


def test_the_production_index_of_the_whole_industry_is_the_iip():
    got = facts(
        "In Binh Duong, industry grew at a steady pace, with the production index of the whole "
        "industry rising by 8.2% in 11 months.",
        date(2025, 12, 7),
    )
    assert values(got, "iip_growth_pct") == {8.2}


def test_the_budgets_balance_revenue_and_the_provinces_total_revenue_are_its_revenue():
    for told in (
        "Total state budget balance revenue in Binh Duong reached VND 5,640 billion in the first "
        "half of 2016.",
        "In the first half of 2016 the province's total revenue was put at VND 5,640 billion.",
    ):
        got = facts(told, date(2016, 7, 20))
        assert values(got, "budget_revenue_period") == {5640e9}, told
    # a business's revenue stays no budget revenue
    got = facts(
        "In the first half of 2016 the companies in Binh Duong's parks posted revenue of VND "
        "5,640 billion.",
        date(2016, 7, 20),
    )
    assert values(got, "budget_revenue_period") == set()


def test_a_bracket_that_splits_a_figure_in_and_out_of_the_parks_leaves_it_the_provinces():
    got = facts(
        "Đến nay Bình Dương có 25 dự án FDI (6 dự án trong khu công nghiệp, 19 dự án ngoài khu "
        "công nghiệp), tổng số vốn đăng ký 1,103 tỷ USD.",
        date(2023, 9, 8),
        "vi",
    )
    assert values(got, "fdi_projects_total") == {25}
    assert values(got, "fdi_capital_total") == {1.103e9}
    # the parks named alone after a figure still make it theirs
    got = facts(
        "Đến nay Bình Dương có 25 dự án FDI nằm trong các khu công nghiệp, tổng số vốn đăng ký "
        "1,103 tỷ USD.",
        date(2023, 9, 8),
        "vi",
    )
    assert values(got, "fdi_projects_total") == set()


def test_the_nation_as_the_whole_of_a_share_leaves_the_change_after_it_the_provinces():
    got = facts(
        "In the first half Binh Duong drew nearly 3.09 billion USD of registered capital, close "
        "to 12% of the national total and an increase of 41.3% compared with a year earlier.",
        date(2023, 7, 1),
    )
    assert values(got, "fdi_capital_period_yoy_pct") == {41.3}
    got = facts(
        "Trong 6 tháng, Bình Dương thu hút gần 3,15 tỷ USD vốn FDI; lượng vốn này chiếm 14,6% "
        "tổng vốn đăng ký cả nước và tăng 7,1% so với cùng kỳ.",
        date(2025, 7, 5),
        "vi",
    )
    assert values(got, "fdi_capital_period_yoy_pct") == {7.1}
    # the nation's own figure after the share stays the nation's
    got = facts(
        "In the first two months Binh Duong's exports rose 9.3 percent, well above the national "
        "average growth of 1.5 percent.",
        date(2020, 3, 31),
    )
    assert 1.5 not in values(got, "exports_period_yoy_pct")


def test_the_month_unnamed_is_the_last_month_of_the_reports_window():
    for told, lang in (
        (
            "In the first ten months, Binh Duong drew 40 FDI projects with total registered "
            "capital of 500 million USD. In the month it drew 2 FDI projects with total "
            "registered capital of 5 million USD.",
            "en",
        ),
        (
            "Trong 10 tháng, Bình Dương thu hút 40 dự án FDI với tổng vốn đăng ký 500 triệu USD. "
            "Riêng trong tháng này, tỉnh thu hút 2 dự án FDI với tổng vốn đăng ký 5 triệu USD.",
            "vi",
        ),
    ):
        got = facts(told, date(2024, 11, 5), lang)
        assert ("fdi_new_projects_period", None, 2.0, "2024-10-01", "2024-10-31") in got, told
        assert ("fdi_new_projects_period", None, 40.0, "2024-01-01", "2024-10-31") in got, told
