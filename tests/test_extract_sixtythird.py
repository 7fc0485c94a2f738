"""Rules added in the sixty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _rates(got: set, metric: str) -> set[tuple[float, str | None, str | None]]:
    """The (value, period start, period end) of one metric's figures."""
    return {(f[2], f[3], f[4]) for f in got if f[0] == metric}


def test_a_half_and_its_second_quarter_told_apart_are_two_figures():
    # the half-year's 7.5% and the second quarter's 7.45% end on one day and differ by less than
    # rounding would allow, yet each is told as it is for its own period: two figures
    body = (
        "Binh Duong's GRDP growth for the first six months of 2024 is estimated at 7.5%, the "
        "provincial statistics office said. Growth in the first quarter reached 6.8%, while the "
        "second quarter is estimated at 7.45%."
    )
    got = _rates(facts(body, date(2024, 7, 2)), "grdp_growth_pct")
    assert got == {
        (7.5, "2024-01-01", "2024-06-30"),
        (6.8, "2024-01-01", "2024-03-31"),
        (7.45, "2024-04-01", "2024-06-30"),
    }


def test_a_sum_rounded_in_one_sentence_is_the_precise_one_of_another():
    # "lên 213 triệu USD" after "riêng tháng 11" and "11 tháng … 213,37 triệu USD": the year's
    # sum rounded to fewer digits, one figure, whatever month the first sentence names
    body = (
        "Riêng tháng 11, Bình Dương thu hút thêm 182 triệu USD vốn FDI, đẩy tổng vốn FDI từ đầu "
        "năm lên 213 triệu USD. Như vậy, vốn FDI 11 tháng đầu năm của Bình Dương đạt 213,37 triệu "
        "USD, tăng 17,9% so với cùng kỳ."
    )
    got = {f[2] for f in facts(body, date(2024, 12, 5), "vi") if f[0] == "fdi_capital_period"}
    assert 213_000_000 not in got and 213_370_000 in got


def test_a_year_estimated_to_have_grown_is_a_report_not_a_plan():
    # "is estimated to have grown": a finished year's estimate, which stands in an undated
    # article whose lead recalls a day decades before (an anniversary's date is no writing date)
    body = (
        "Marking fifty years since the founding of its first industrial town (June 2, 1975), Binh "
        "Duong looks back on its progress.\n\n"
        "The province's 2024 GRDP is estimated to have grown by 7.4 percent over 2023, while its "
        "exports came to 33 billion USD."
    )
    got = facts(body, None)
    assert ("grdp_growth_pct", None, 7.4, "2024-01-01", "2024-12-31") in got


def test_the_capital_new_projects_carry_or_account_for_is_new_capital():
    # "nine FDI projects carrying a proposed capital of X", "of which 120 FDI projects accounted
    # for X": the sum joined to a count of the period's new projects is their capital
    for body, value in (
        (
            "In the first half of 2024, Binh Duong handed out new investment licences to nine "
            "foreign direct investment (FDI) projects carrying a proposed capital of 88.5 million "
            "USD.",
            88_500_000,
        ),
        (
            "In 2021-2023, Binh Duong issued licences to 900 projects with registered capital of "
            "VND90,000 billion, of which 120 foreign direct investment (FDI) projects accounted "
            "for US$1.2 billion.",
            1_200_000_000,
        ),
    ):
        got = facts(body, date(2024, 7, 5))
        assert {f[2] for f in got if f[0] == "fdi_new_capital_period"} == {value}, body
        assert value not in {f[2] for f in got if f[0] == "fdi_capital_period"}, body


def test_this_year_told_beside_a_day_of_it_runs_to_that_day():
    # "As of the beginning of November … this year": the year so far, counted to that day
    for body, end in (
        (
            "As of the beginning of November, Binh Duong had taken in 2.1 billion USD of foreign "
            "investment this year, beating its plan for the whole year.",
            "2024-11-01",
        ),
        ("By mid-November the province had drawn 2.1 billion USD of FDI this year.", "2024-11-15"),
    ):
        got = _rates(facts(body, date(2024, 11, 20)), "fdi_capital_period")
        assert got == {(2_100_000_000, "2024-01-01", end)}, body


def test_a_year_named_with_its_number_keeps_its_whole_span_beside_a_day():
    # the guard: "in 2023", named with its year, is the whole year whatever day the report names
    body = (
        "Binh Duong drew 3.6 billion USD of FDI in 2023, and as of December 20, 2023 it counted "
        "4,300 valid projects."
    )
    got = _rates(facts(body, date(2024, 1, 8)), "fdi_capital_period")
    assert got == {(3_600_000_000, "2023-01-01", "2023-12-31")}


def test_a_periods_projects_in_total_split_after_a_colon_keep_the_domestic_sum_a_flow():
    # "N projects in total: M domestic ones valued at X": the period's licences split by origin,
    # the domestic ones' capital is the period's domestic investment; "in total" with no split
    # after it stays a count held to date
    body = (
        "In 2023, Binh Duong issued investment certificates to 150 projects in total: 100 domestic "
        "ones valued at over 20 trillion VND, and 50 foreign-invested projects whose capital came "
        "to 1.2 billion USD."
    )
    got = facts(body, date(2024, 1, 10))
    assert ("domestic_capital_period", None, 20e12, "2023-01-01", "2023-12-31") in got
    held = (
        "Binh Duong's parks keep 600 projects in total, 400 domestic ones worth 150 trillion VND."
    )
    assert not {f for f in facts(held, date(2024, 1, 10)) if f[0] == "domestic_capital_period"}


def test_a_span_from_one_year_to_a_month_of_a_later_year():
    # "from 2016 to October 2020", "từ năm 2016 đến tháng 10/2020": several years, to the end of
    # the month named, not that month alone nor the whole last year
    for body, lang in (
        (
            "Binh Duong issued investment licences to 524 domestic projects with a total "
            "registered capital of VND173,683 billion from 2016 to October 2020.",
            "en",
        ),
        (
            "Từ năm 2016 đến tháng 10/2020, Bình Dương cấp phép cho 524 dự án trong nước với tổng "
            "vốn đăng ký 173.683 tỷ đồng.",
            "vi",
        ),
    ):
        got = _rates(facts(body, date(2021, 6, 16), lang), "domestic_capital_period")
        assert got == {(173_683e9, "2016-01-01", "2020-10-31")}, body


def test_a_sentence_opening_on_a_sector_area_counts_that_sectors_projects():
    # "Mảng dịch vụ và thương mại có 24 dự án …", "Lĩnh vực dịch vụ có …": the services area's
    # projects, a part of the province's, no total of its own
    body = (
        "Bình Dương hiện có 4.000 dự án FDI còn hiệu lực. Mảng dịch vụ và thương mại có 24 dự án, "
        "tổng vốn đăng ký gần 382,1 triệu USD."
    )
    got = facts(body, date(2021, 1, 15), "vi")
    assert {f[2] for f in got if f[0] == "fdi_projects_total"} == {4000}
    assert not {f for f in got if f[0] == "fdi_capital_total"}


def test_a_role_the_province_plays_for_the_nation_scopes_nothing():
    # "a growth engine for the region and for the whole country: its GRDP grew …": the nation is
    # what the province serves, the growth after the colon is the province's
    body = (
        "Binh Duong confirmed its place as a growth engine for the southern region and for the "
        "whole country: its GRDP grew 8.6% against 2023, the statistics office said."
    )
    got = _rates(facts(body, date(2025, 1, 6)), "grdp_growth_pct")
    assert got == {(8.6, "2024-01-01", "2024-12-31")}
    nation = (
        "Binh Duong is a growth engine of the South; the whole country's GDP grew 7.09% in 2024."
    )
    assert not _rates(facts(nation, date(2025, 1, 6)), "grdp_growth_pct")


def test_the_production_index_told_as_a_sum_gives_its_growth():
    # "the industrial production index stands at over X VND, 14.3% higher": the index mis-told as
    # a sum in đồng; its change is the index's growth. Production value told the same way is no
    # index, and its growth stays out
    body = (
        "In the first quarter of 2024, Binh Duong's industrial production index stands at over "
        "41.6 trillion VND, 14.3% higher year on year."
    )
    got = _rates(facts(body, date(2024, 4, 5)), "iip_growth_pct")
    assert got == {(14.3, "2024-01-01", "2024-03-31")}
    value = (
        "The director said that in the first quarter of 2024 the value of industrial production "
        "exceeded VND131 trillion, up 13.6% year on year."
    )
    assert not _rates(facts(value, date(2024, 4, 5)), "iip_growth_pct")
