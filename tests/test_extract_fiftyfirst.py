"""Rules added in the fifty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_number_of_firms_after_an_opening_phrase_or_an_adjective():
    # "So far, the number of …": "so far" is no Vietnamese "số" that would open the phrase
    got = facts(
        "So far, the number of enterprises registered in Binh Duong stands at 71,240.",
        date(2024, 10, 2),
    )
    assert values(got, "enterprises_total") == {71240}
    # "the accumulated number of …", "the number of businesses in the locality": the same total
    for text in (
        "The accumulated number of enterprises in Binh Duong now stands at 71,240.",
        "Binh Duong licensed 3,900 new firms, taking the number of businesses in the locality "
        "to 71,240.",
    ):
        assert values(facts(text, date(2024, 10, 2)), "enterprises_total") == {71240}, text
    # new firms of the period are still no total
    got = facts(
        "So far this year, the number of new enterprises registered in Binh Duong stands at 4,120.",
        date(2024, 10, 2),
    )
    assert values(got, "enterprises_total") == set()


def test_the_period_of_an_n_month_totals_phrase():
    # "the two-month totals": the months so far of the year, neither the month just named nor
    # the year that a target names
    for text in (
        "Binh Duong's exports came to 5.1 billion USD in February, bringing the two-month "
        "totals to 10.2 billion USD for exports and 7.4 billion USD for imports.",
        "Binh Duong's two-month totals stood at 10.2 billion USD for exports and 7.4 billion "
        "USD for imports, or 24% and 22% of this year's respective targets.",
    ):
        got = facts(text, date(2024, 3, 4))
        spans = {(f[0], f[2]): (f[3], f[4]) for f in got}
        assert spans[("exports_period", 10.2e9)] == ("2024-01-01", "2024-02-29"), text
        assert spans[("imports_period", 7.4e9)] == ("2024-01-01", "2024-02-29"), text


def test_what_a_partner_holds_currently_is_dated_today_for_the_ranking_after_it():
    # an estimate for the year's end opens the story; "hiện sở hữu", "currently" then date the
    # partners' holdings on the day of the report, and the ranking that goes on keeps that day
    said = {
        "vi": (
            "Ước tính đến hết năm 2024, Bình Dương có 4.300 dự án FDI. Nhà đầu tư Đài Loan "
            "hiện sở hữu 1.000 dự án, tổng vốn hơn 6,5 tỷ USD. Xếp thứ hai là Nhật Bản với "
            "470 dự án và 5,1 tỷ USD."
        ),
        "en": (
            "By the end of 2024 Binh Duong is estimated to host 4,300 FDI projects. Taiwan is "
            "currently the biggest investor, with 1,000 projects worth 6.5 billion USD. Japan "
            "is second with 470 projects and 5.1 billion USD."
        ),
    }
    for lang, text in said.items():
        got = facts(text, date(2024, 11, 20), lang)
        ends = {(f[0], f[1], f[2]): f[4] for f in got}
        assert ends[("fdi_projects_total", None, 4300)] == "2024-12-31", lang
        assert ends[("fdi_projects_total", "Taiwan", 1000)] == "2024-11-20", lang
        assert ends[("fdi_projects_total", "Japan", 470)] == "2024-11-20", lang
        assert ends[("fdi_capital_total", "Japan", 5.1e9)] == "2024-11-20", lang


def test_capital_taken_in_by_projects_already_up_and_running_is_added_capital():
    got = facts(
        "In the five months Binh Duong licensed 120 new FDI projects worth 310 million USD, "
        "while projects already up and running took in 520 million USD more.",
        date(2024, 6, 2),
    )
    assert values(got, "fdi_adjusted_capital_period") == {520e6}
    assert values(got, "fdi_capital_period") == set()


def test_goods_brought_into_the_province_are_its_imports():
    got = facts(
        "Goods brought into the province in May were worth 2.4 billion USD, 3 percent more "
        "than in April.",
        date(2024, 6, 2),
    )
    assert values(got, "imports_period") == {2.4e9}
    # investment brought into the province stays investment
    got = facts(
        "Foreign investors brought into the province 1.2 billion USD of FDI in the first five "
        "months.",
        date(2024, 6, 2),
    )
    assert values(got, "imports_period") == set()
    assert values(got, "fdi_capital_period") == {1.2e9}


def test_money_spent_on_the_needy_or_mobilised_is_no_budget_revenue():
    got = facts(
        "Budget revenue in the first two months reached VND 9,800 billion. In February, VND 520 "
        "billion went to caring for policy beneficiaries and VND 180 billion was mobilised for "
        "the poor.",
        date(2024, 3, 4),
    )
    assert values(got, "budget_revenue_period") == {9.8e12}


def test_an_annual_growth_rate_with_no_year_is_a_usual_pace():
    got = facts(
        "Home to thousands of furniture makers, Binh Duong has an annual economic growth rate "
        "of 8.5%.",
        date(2024, 6, 2),
    )
    assert values(got, "grdp_growth_pct") == set()
    # the year's own rate stays
    got = facts("Binh Duong's economic growth rate in 2023 was 5.7%.", date(2024, 6, 2))
    assert values(got, "grdp_growth_pct") == {5.7}


def test_the_change_after_a_whole_whose_clause_names_its_parts_is_the_wholes():
    # the sum is all FDI (its clause lists new and added capital); the drop after it is its own
    got = facts(
        "Around $640 million of foreign investment, covering newly registered projects and "
        "existing projects that raised their capital, flowed into Binh Duong in the first "
        "quarter, a 21.5 per cent drop year-on-year.",
        date(2024, 4, 10),
    )
    assert values(got, "fdi_capital_period") == {640e6}
    assert values(got, "fdi_capital_period_yoy_pct") == {-21.5}
    # a part's sum keeps its change to itself
    got = facts(
        "Binh Duong licensed 62 new FDI projects worth $364 million in the first quarter, up "
        "17% year on year.",
        date(2024, 4, 10),
    )
    assert values(got, "fdi_capital_period_yoy_pct") == set()


def test_goods_that_each_passed_a_mark_are_no_export_total():
    for text, lang in (
        ("Đến cuối năm 2023, bốn ngành hàng của Bình Dương đã vượt ngưỡng xuất khẩu hơn "
         "2 tỷ USD.", "vi"),
        ("By the end of 2023, four products of Binh Duong had topped 2 billion USD in exports "
         "each.", "en"),
    ):  # fmt: skip
        assert values(facts(text, date(2024, 1, 8), lang), "exports_period") == set(), text
    # the year's total beside them stays
    got = facts(
        "Năm 2023, kim ngạch xuất khẩu của Bình Dương đạt 32,4 tỷ USD, có 6 mặt hàng vượt "
        "1 tỷ USD.",
        date(2024, 1, 8),
        "vi",
    )
    assert values(got, "exports_period") == {32.4e9}


def test_projects_of_n_countries_or_investors_are_no_one_companys():
    # "dự án … của 27 quốc gia", "dự án của 17 nhà đầu tư": projects of many, a count of the
    # province, not one company's project
    got = facts(
        "Lũy kế, Bình Dương hiện có 4.100 dự án đầu tư nước ngoài của 65 quốc gia và vùng "
        "lãnh thổ, tổng vốn 41 tỷ USD.",
        date(2024, 6, 28),
        "vi",
    )
    assert values(got, "fdi_countries_total") == {65}
    assert values(got, "fdi_projects_total") == {4100}
    got = facts(
        "Bình Dương hiện có 120 dự án của 97 nhà đầu tư Nhật Bản, tổng vốn hơn 1,5 tỷ USD.",
        date(2024, 6, 28),
        "vi",
    )
    assert values(got, "fdi_projects_total") == {120}
    # one company's project stays one company's
    got = facts(
        "Dự án của Công ty TNHH Kumho Tire có tổng vốn 400 triệu USD.", date(2024, 6, 28), "vi"
    )
    assert values(got, "fdi_capital_total") == set()


def test_a_flow_beside_what_is_held_currently_stays_a_flow():
    got = facts(
        "Binh Duong currently has nearly 70,000 enterprises, while FDI attracted since January "
        "came to roughly US$2.1 billion, 10 percent more than this year's plan.",
        date(2024, 11, 12),
    )
    assert values(got, "fdi_capital_period") == {2.1e9}
    assert values(got, "fdi_capital_total") == set()


def test_the_year_of_a_goal_named_after_a_sum_is_not_the_sums_period():
    # the headline's two months hold; "the goal it set for 2024" is the goal's year
    got = facts(
        "Binh Duong drew foreign direct investment of US$610 million, equivalent to 15 per "
        "cent of the goal it set for 2024 and 8.2 per cent more than in the same period a year "
        "earlier.",
        date(2024, 3, 4),
        title="Binh Duong lures $610 million of FDI in two months",
    )
    spans = {(f[0], f[2]): (f[3], f[4]) for f in got}
    assert spans[("fdi_capital_period", 610e6)] == ("2024-01-01", "2024-02-29")
    assert spans[("fdi_capital_period_yoy_pct", 8.2)] == ("2024-01-01", "2024-02-29")


def test_a_province_home_to_a_string_of_parks_keeps_its_own_figures():
    # an aside describing the province names no subset of its parks
    got = facts(
        "Binh Duong, a province north of Ho Chi Minh City and home to a string of industrial "
        "parks, drew foreign direct investment of US$610 million in the first two months.",
        date(2024, 3, 4),
    )
    assert values(got, "fdi_capital_period") == {610e6}
    # the parks' own FDI stays theirs
    got = facts(
        "The industrial parks of Binh Duong drew foreign direct investment of US$410 million in "
        "the first two months.",
        date(2024, 3, 4),
    )
    assert values(got, "fdi_capital_period") == set()
