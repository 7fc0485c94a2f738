"""Rules added in the forty-eighth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons, values


def test_the_parks_a_plan_provides_for_or_covers_are_the_provinces_parks():
    for told in (
        "Speaking to the visitors, the director said the province's plans provide for 31 "
        "industrial parks with a combined area of some 12,400 hectares.",
        "The approved plan provides the province with 31 IPs covering about 12,400 ha in all.",
        "So far the Government has approved Binh Duong's IP development plan to 2020, which "
        "covers 31 IPs with a total planned area of 12,400 ha.",
    ):
        got = facts(told, date(2024, 6, 1))
        assert values(got, "industrial_parks_total") == {31}, told
        assert values(got, "industrial_parks_area_ha") == {12400}, told
    # a plan for parks still to come stays a plan
    got = facts("Binh Duong plans to build 31 industrial parks by 2030.", date(2024, 6, 1))
    assert values(got, "industrial_parks_total") == set()


def test_plans_approved_for_projects_are_deeds_not_goals():
    got = facts(
        "In the first nine months, Binh Duong approved investment plans for 14 FDI projects "
        "with 210 million USD of registered capital. It also approved expansion plans for 9 "
        "projects, adding 75 million USD.",
        date(2024, 10, 5),
    )
    assert values(got, "fdi_new_projects_period") == {14}
    assert values(got, "fdi_new_capital_period") == {210e6}
    assert values(got, "fdi_adjusted_projects_period") == {9}
    assert values(got, "fdi_adjusted_capital_period") == {75e6}
    # a plan to draw projects is still a goal
    got = facts(
        "For 2025, Binh Duong has a plan for 40 new FDI projects worth 1 billion USD.",
        date(2024, 12, 20),
    )
    assert values(got, "fdi_new_projects_period") == set()


def test_a_kinds_own_noun_is_not_the_noun_counted_before():
    body = (
        "During the quarter, the Government approved two more industrial parks for Binh Duong, "
        "raising the total to 31 industrial parks.\n\n"
        "As of March 15, 2024, the province had drawn about US$624 million in investment "
        "capital. This included nine domestic projects with total registered capital of nearly "
        "VND7.7 trillion."
    )
    got = facts(body, date(2024, 5, 8))
    assert values(got, "industrial_parks_total") == {31}
    # the kind without a noun still counts the noun before it
    got = facts(
        "Binh Duong holds 1,069 valid projects, of which 369 are foreign-invested.",
        date(2024, 5, 8),
    )
    assert values(got, "fdi_projects_total") == {369}


def test_a_month_of_a_year_is_that_month():
    got = facts(
        "In May of 2019, Binh Duong licensed six FDI projects with 40 million USD of capital.",
        date(2019, 6, 10),
    )
    assert ("fdi_new_capital_period", None, 40e6, "2019-05-01", "2019-05-31") in got


def test_a_french_equivalent_restates_the_sum_before_it():
    body = (
        "Binh Duong a accordé des licences à 20 projets d'investisseurs vietnamiens, dont le "
        "capital cumulé atteint 5.100 milliards de dongs, l'équivalent de 210 millions de dollars."
    )
    got = facts(body, date(2020, 3, 1), "fr")
    assert values(got, "fdi_capital_period") == set()
    assert reasons(body, date(2020, 3, 1), "fr")["210 millions de dollars"].startswith(
        "a conversion"
    )


def test_a_report_on_how_a_plan_went_is_no_plan():
    got = facts(
        "Reviewing the implementation of this year's socio-economic development plan, the "
        "Binh Duong People's Committee said the province's GRDP grew by 8.2% in 2024.",
        date(2024, 12, 20),
    )
    assert values(got, "grdp_growth_pct") == {8.2}
    got = facts(
        "Nhóm chỉ tiêu tổng hợp: so với cùng kỳ, GRDP 9 tháng năm 2024 của Bình Dương tăng 7,1%.",
        date(2024, 10, 5),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == {7.1}
    # a plan still to be carried out governs its goal
    got = facts(
        "To carry out this year's plan, Binh Duong aims for GRDP growth of 9% in 2024.",
        date(2024, 3, 20),
    )
    assert values(got, "grdp_growth_pct") == set()


def test_a_clause_after_a_plan_met_and_a_semicolon_is_a_result():
    got = facts(
        "Năm 2024, xuất khẩu của Bình Dương đạt 35 tỷ USD, tăng 11%; nhập khẩu đạt 25 tỷ USD, "
        "vượt kế hoạch năm; cán cân thương mại thặng dư 10 tỷ USD.",
        date(2024, 12, 25),
        "vi",
    )
    assert values(got, "trade_surplus_period") == {10e9}
    # a plan's own list goes on over its semicolons
    got = facts(
        "Kế hoạch năm 2025 của Bình Dương: xuất khẩu 38 tỷ USD; thặng dư thương mại 11 tỷ USD.",
        date(2024, 12, 25),
        "vi",
    )
    assert values(got, "trade_surplus_period") == set()


def test_a_year_on_year_change_beside_a_plan_beaten_or_compared_is_a_result():
    for told, lang in (
        (
            "In 2017, Binh Duong drew 2.5 billion USD of FDI, beating its target by 79 percent "
            "and up 125 percent over 2016.",
            "en",
        ),
        (
            "Năm 2017, vốn FDI vào Bình Dương đạt 2,5 tỷ USD, cao hơn kế hoạch 79% và tăng 125% "
            "so năm 2016.",
            "vi",
        ),
        (
            "En 2017, Binh Duong a attiré 2,5 milliards de dollars d'IDE, soit 79% de plus que "
            "prévu dans son plan annuel et une progression de 125% sur un an.",
            "fr",
        ),
    ):
        got = facts(told, date(2017, 12, 28), lang)
        assert values(got, "fdi_capital_period_yoy_pct") == {125}, told
    # the plan's own value, named after it, stays the plan's
    got = facts(
        "Dù vậy, con số này vẫn thấp hơn mục tiêu năm 2024 của Bình Dương là GRDP tăng 8,5% so "
        "với năm 2023.",
        date(2024, 9, 5),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == set()


def test_projects_allowed_or_let_to_grow_their_capital_are_the_added_ones():
    for told in (
        "In 2023, Binh Duong licensed 80 new FDI projects with 1.1 billion USD of capital, and "
        "allowed 52 projects to adjust their investment, adding 700 million USD.",
        "Binh Duong gave approval in 2023 for 52 foreign direct investment (FDI) projects to "
        "enlarge their registered capital, adding some 700 million USD.",
        "In 2023 Binh Duong let six domestic and 52 FDI projects expand, adding 700 million USD.",
    ):
        got = facts(told, date(2023, 12, 28))
        assert values(got, "fdi_adjusted_projects_period") == {52}, told
        assert values(got, "fdi_new_projects_period") - {80} == set(), told


def test_the_domestic_side_named_in_other_ways_owns_its_sum():
    got = facts(
        "In the first ten months, 120 million USD of the capital went into FDI projects, and "
        "3.1 trillion VND into domestic projects.",
        date(2021, 11, 15),
    )
    assert values(got, "domestic_capital_period") == {3.1e12}
    for told in (
        "Depuis janvier, Binh Duong a attiré 60 nouveaux projets. Parmi eux, 41 sont portés par "
        "des entreprises vietnamiennes, pour une valeur de 9.000 milliards de dôngs.",
        "Depuis janvier, Binh Duong a attiré 60 nouveaux projets. Parmi eux, 41 relèvent "
        "d'investisseurs vietnamiens et représentent au total 9.000 milliards de dôngs.",
    ):
        got = facts(told, date(2024, 6, 10), "fr")
        assert values(got, "domestic_capital_period") == {9e12}, told
    got = facts(
        "Trong 9 tháng năm 2024, khối dự án trong nước của Bình Dương có thêm 138 dự án, vốn "
        "21.300 tỷ đồng.",
        date(2024, 10, 2),
        "vi",
    )
    assert values(got, "domestic_capital_period") == {21.3e12}


ROUNDUP_TITLE = "Six localities pass US$10 billion in exports"
ROUNDUP_BODY = (
    "Six localities each shipped more than US$10 billion worth of goods in the first seven "
    "months, customs data show.\n\n"
    "Ho Chi Minh City led with US$25.1 billion, followed by Bac Ninh with US$18.4 billion. Binh "
    "Duong came third with US$16.2 billion, up 3.5 percent, while Hai Phong, Dong Nai and "
    "Thai Nguyen each earned about US$11 billion.\n\n"
    "The trade surplus over the seven months came to US$12 billion. Binh Duong and Ho Chi Minh "
    "City had the largest trade surpluses, and Ho Chi Minh City the largest imports."
)


def test_a_roundup_is_relevant_for_the_figures_it_names_the_province_for():
    from etl.extract.figures import explain_figures
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    verdict = judge(ROUNDUP_TITLE, ROUNDUP_BODY, PLACES.entity, CATALOGUE, PLACES.others)
    assert verdict.relevant and verdict.roundup
    got = explain_figures(
        ROUNDUP_BODY, date(2024, 8, 10), "en", CATALOGUE, PLACES, title=ROUNDUP_TITLE,
        roundup=True,
    )  # fmt: skip
    said = {(f.metric, f.value) for f in got.figures}
    assert ("exports_period", 16.2e9) in said
    # what no sentence names the province for is another place's
    assert not any(value in (25.1e9, 18.4e9, 12e9) for _, value in said)
    # a story that is the province's own is no round-up
    own = judge(
        "Binh Duong exports rise",
        "Binh Duong shipped US$16.2 billion in seven months. Binh Duong's imports rose.",
        PLACES.entity, CATALOGUE, PLACES.others,
    )  # fmt: skip
    assert own.relevant and not own.roundup


def test_in_a_roundup_the_parts_of_the_provinces_sum_are_its_own():
    from etl.extract.figures import explain_figures
    from tests.test_extract_rules import CATALOGUE, PLACES

    body = (
        "Foreign investors put money into 58 provinces in the first eight months.\n\n"
        "Long An topped the table with US$3.6 billion, Ho Chi Minh City came second with US$2.2 "
        "billion and Bac Ninh third with US$1.7 billion. Hai Phong and Thai Nguyen followed.\n\n"
        "Next door, the Binh Duong Industrial Zones Authority reported that the province had "
        "drawn US$946 million in the eight months.\n\n"
        "Of that amount, 37 new projects brought in US$298 million, while 80 existing projects "
        "raised their capital by US$648 million."
    )
    got = explain_figures(
        body, date(2021, 9, 10), "en", CATALOGUE, PLACES, title="Southern FDI magnets",
        roundup=True,
    )  # fmt: skip
    said = {(f.metric, f.value) for f in got.figures}
    assert ("fdi_new_capital_period", 298e6) in said
    assert ("fdi_adjusted_capital_period", 648e6) in said


def test_the_extract_command_reads_a_roundup_for_the_provinces_figures_only(tmp_path, cli):
    import json

    article = tmp_path / "article.txt"
    article.write_text(f"{ROUNDUP_TITLE}\n\n{ROUNDUP_BODY}\n", encoding="utf-8")
    code, out, _ = cli("extract", str(article), "--published", "2024-08-10", "--format", "json")
    assert code == 0
    shown = json.loads(out)
    assert shown["relevant"] is True
    assert {(f["metric"], f["value"]) for f in shown["figures"]} >= {("exports_period", 16.2e9)}
    assert not any(f["value"] in (25.1e9, 18.4e9, 12e9) for f in shown["figures"])


def test_growth_said_of_the_province_without_naming_the_economy_is_its_grdp_growth():
    for told, lang, want in (
        (
            "Binh Duong keeps its pace. Growth has been faster each year: 7.2% in 2022 and 8.1% in "
            "2023.",
            "en",
            {7.2, 8.1},
        ),  # fmt: skip
        ("Binh Duong report. Growth in the first half of 2024 reached 8.5%.", "en", {8.5}),
        (
            "Binh Duong report. Over the first half of 2024 the province grew 8.5 per cent.",
            "en",
            {8.5},
        ),  # fmt: skip
        ("En 2024, Binh Duong a malgré tout réalisé une croissance de 8,5%.", "fr", {8.5}),
        ("Năm 2024, tỉnh Bình Dương đạt mức tăng trưởng cao nhất vùng, ở mức 8,5%.", "vi", {8.5}),
    ):
        got = facts(told, date(2024, 12, 28), lang)
        assert values(got, "grdp_growth_pct") == want, told
    # a sector that grew in the province is that sector's
    got = facts(
        "Industrial production in Binh Duong province grew by 8.5% in 2024.", date(2024, 12, 28)
    )
    assert values(got, "grdp_growth_pct") == set()
    got = facts("Binh Duong report. Growth in exports reached 12% in 2024.", date(2024, 12, 28))
    assert values(got, "grdp_growth_pct") == set()


def test_in_a_roundup_the_province_said_after_a_sentence_led_by_its_name_is_it():
    from etl.extract.figures import explain_figures
    from tests.test_extract_rules import CATALOGUE, PLACES

    body = (
        "Mười địa phương xuất siêu lớn nhất 10 tháng đầu năm 2024 gồm Thái Nguyên, Bình Dương, "
        "Bắc Ninh, Đồng Nai, Hải Phòng và Long An.\n\n"
        "Đứng đầu là Thái Nguyên: trong 10 tháng, tỉnh này xuất siêu 11 tỷ USD.\n\n"
        "Xếp thứ hai là Bình Dương, xuất siêu 9 tỷ USD trong 10 tháng đầu năm 2024. Kim ngạch "
        "xuất khẩu của tỉnh đạt 30 tỷ USD, còn nhập khẩu là 21 tỷ USD."
    )
    got = explain_figures(body, date(2024, 11, 20), "vi", CATALOGUE, PLACES,
                          title="Mười địa phương xuất siêu lớn nhất", roundup=True)  # fmt: skip
    said = {(f.metric, f.value) for f in got.figures}
    assert {("trade_surplus_period", 9e9), ("exports_period", 30e9), ("imports_period", 21e9)} <= (
        said
    )
    assert ("trade_surplus_period", 11e9) not in said


def test_a_region_or_the_nation_the_province_leads_is_no_place_of_its_figures():
    for told, metric, want in (
        (
            "Binh Duong is the Southeast's leader in FDI attraction, with 4,000 projects worth "
            "nearly 40 billion USD in total.",
            "fdi_capital_total",
            {40e9},
        ),  # fmt: skip
        (
            "In 2021, Binh Duong recorded the highest growth rate in the Southeast region, with "
            "its GRDP up 6.32 percent.",
            "grdp_growth_pct",
            {6.32},
        ),  # fmt: skip
    ):
        got = facts(told, date(2022, 3, 9))
        assert values(got, metric) == want, told
    got = facts(
        "Trong 6 tháng đầu năm 2023, GRDP của Bình Dương - địa phương giữ vai trò đầu tàu của "
        "Đông Nam Bộ - ước tăng 3,74% so cùng kỳ.",
        date(2023, 7, 10),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == {3.74}
    # the region's own figure stays the region's
    got = facts("The Southeast drew 40 billion USD of FDI in 2021.", date(2022, 3, 9))
    assert values(got, "fdi_capital_period") == set()
