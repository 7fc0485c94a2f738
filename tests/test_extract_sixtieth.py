"""Rules added in the sixtieth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_investors_who_spend_a_sum_on_contributions_are_counted_deals():
    # "N foreign investors spent/put X on/into … by way of capital contributions": each investor
    # one contribution deal, though the sum stands between the count and the words naming its kind
    for body in (
        "In the first four months, 412 foreign investors spent 230 million USD on capital "
        "contributions and share purchases in Binh Duong firms.",
        "In the first four months, 412 foreign investors signed up to put 230 million USD into "
        "local firms in Binh Duong by way of capital contributions.",
    ):
        got = facts(body, date(2024, 5, 6))
        assert values(got, "fdi_contribution_projects_period") == {412}, body
        assert values(got, "fdi_contribution_capital_period") == {230e6}, body
        assert not values(got, "fdi_projects_total"), body


def test_investors_who_spend_on_something_else_are_no_count():
    # the guard: investors who put money into the province or its parks are no deals of any
    # kind, and no count of projects either
    for body in (
        "In the first four months, 412 foreign investors poured 230 million USD into the "
        "industrial parks of Binh Duong.",
        "So far, 412 foreign investors have put 23 billion USD into Binh Duong.",
    ):
        got = facts(body, date(2024, 5, 6))
        assert 412 not in values(got, None), body


def test_a_heading_naming_a_channel_gives_its_kind_to_the_count():
    # "Ở kênh góp vốn, mua cổ phần, có N lượt …", "Về kênh cấp mới, có N dự án …": the channel a
    # heading names is the kind of the count in its clause
    body = (
        "Trong 5 tháng đầu năm, vốn FDI vào Bình Dương đạt 900 triệu USD. Ở kênh góp vốn, mua cổ "
        "phần, có 150 lượt nhà đầu tư nước ngoài tham gia, đạt 210 triệu USD."
    )
    got = facts(body, date(2024, 6, 4), "vi")
    assert values(got, "fdi_contribution_projects_period") == {150}
    assert values(got, "fdi_contribution_capital_period") == {210e6}
    body = (
        "Trong 5 tháng đầu năm, vốn FDI vào Bình Dương đạt 900 triệu USD. Về kênh cấp mới, có "
        "48 dự án với 300 triệu USD."
    )
    got = facts(body, date(2024, 6, 4), "vi")
    assert values(got, "fdi_new_projects_period") == {48}


def test_a_total_told_at_that_point_is_as_of_the_reported_periods_end():
    # "At that point / By then / Lúc đó, the province had N projects": the moment the past period
    # the article reported ended, not the publication day
    body = (
        "In 2019, Binh Duong licensed 120 new FDI projects worth 900 million USD. {} the province "
        "hosted 3,900 valid FDI projects with registered capital of 35 billion USD."
    )
    for opening in ("At that point", "By then,"):
        got = facts(body.format(opening), date(2020, 6, 5))
        assert ("fdi_projects_total", None, 3900, None, "2019-12-31") in got, opening
        assert ("fdi_capital_total", None, 35e9, None, "2019-12-31") in got, opening
    body = (
        "Năm 2019, Bình Dương cấp mới 120 dự án FDI với 900 triệu USD. Lúc đó, tỉnh có 3.900 dự "
        "án FDI còn hiệu lực."
    )
    got = facts(body, date(2020, 6, 5), "vi")
    assert ("fdi_projects_total", None, 3900, None, "2019-12-31") in got
    # the guard: without the pointing back, a total stated months later is today's
    got = facts(body.replace("Lúc đó, tỉnh", "Hiện tỉnh"), date(2020, 6, 5), "vi")
    assert ("fdi_projects_total", None, 3900, None, "2020-06-05") in got


def test_a_change_against_the_month_of_last_year_is_year_on_year():
    # "rising 11.7% against March of last year", "15.8% from April of the previous year": the
    # same month a year earlier, a year-on-year change; "4% on February" stays month on month
    body = (
        "Binh Duong's exports in March are estimated at 2.1 billion USD, rising 11.7% against "
        "March of last year and 4% on February."
    )
    got = facts(body, date(2024, 3, 29))
    assert values(got, "exports_period_yoy_pct") == {11.7}
    body = (
        "For the month, Binh Duong's industrial production index rose 15.8% from April of the "
        "previous year."
    )
    got = facts(body, date(2024, 5, 8))
    assert values(got, "iip_growth_pct") == {15.8}


def test_a_total_measured_against_the_budget_estimate_is_the_years_revenue():
    # "total budget revenue stands at X, equal to 94% of the local estimate", "X (US$ Y), equal
    # to 49% of the estimate", "covering 15.7% of the budget plan": a share of the year's budget
    # estimate (dự toán), so the year's collections so far, not a cumulative total
    for tail in (
        "stands at VND3.8 trillion, equal to 94% of the local estimate.",
        "amounted to over VND3.8 trillion (US$154 million), equal to 94% of the estimate.",
        "reached VND3.8 trillion, covering 94% of the budget plan.",
    ):
        body = (
            "In the first ten months, Binh Duong's exports rose 5%. Total local budget revenue "
            + tail
        )
        got = facts(body, date(2023, 11, 6))
        assert ("budget_revenue_period", None, 3.8e12, "2023-01-01", "2023-10-31") in got, tail


def test_a_report_of_one_new_investment_project_counts_it():
    # "có 1 dự án đầu tư mới với vốn 4 triệu USD": a report's count of one, its kind named after
    # "dự án đầu tư", not the story of one project
    body = (
        "Năm 2022, Bình Dương thu hút 50 dự án trong nước. Về đầu tư trực tiếp nước ngoài, tỉnh "
        "có 1 dự án đầu tư mới với vốn đầu tư 4 triệu USD."
    )
    got = facts(body, date(2023, 1, 5), "vi")
    assert ("fdi_new_projects_period", None, 1, "2022-01-01", "2022-12-31") in got
    assert values(got, "fdi_new_capital_period") == {4e6}


def test_a_span_of_the_whole_fdi_history_gives_totals():
    # "From 1996 to 2021, it attracted nearly 70 FDI projects with X", "Giai đoạn 1996 - 2021":
    # decades from the province's first FDI years to the report's, all it ever drew: totals
    got = facts(
        "From 1995 to 2022, Binh Duong attracted some 75 FDI projects with total registered "
        "capital of over 690 million USD.",
        None,
    )
    assert values(got, "fdi_projects_total") == {75}
    assert values(got, "fdi_capital_total") == {690e6}
    got = facts(
        "Giai đoạn 1995 - 2022, Bình Dương thu hút khoảng 75 dự án FDI với tổng vốn đăng ký trên "
        "690 triệu USD.",
        None,
        "vi",
    )
    assert values(got, "fdi_projects_total") == {75}
    # the guard: a stage of that history is its own period's flow
    got = facts(
        "Trong giai đoạn 1995 - 2010, Bình Dương mới thu hút 20 dự án FDI với 300 triệu USD.",
        None,
        "vi",
    )
    assert ("fdi_new_projects_period", None, 20, "1995-01-01", "2010-12-31") in got


def test_the_total_number_of_licensed_projects_risen_to_is_a_total():
    # "the total number of licensed foreign-invested projects in the province has risen to 77,
    # with capital totalling $670 million": the level reached, all licences ever, and so is its
    # capital (not the period's new ones, though "licensed")
    body = (
        "In the first half of this year, Binh Duong took in 11 foreign-invested projects, "
        "capitalised at $78 million. With these additions, the total number of licensed "
        "foreign-invested projects in the province has risen to 80, with capital totalling "
        "$690 million."
    )
    got = facts(body, date(2013, 7, 5))
    assert values(got, "fdi_projects_total") == {80}
    assert values(got, "fdi_capital_total") == {690e6}
    assert values(got, "fdi_new_projects_period") == {11}


def test_a_plans_day_sets_no_date_for_the_totals_after_it():
    # "the province's target is to attract 150 projects … by the end of this year": the day a
    # plan is for dates none of the totals that follow (they are today's)
    body = (
        "Binh Duong licensed three new projects this week. According to the committee, the "
        "province's target is to attract 150 projects with total registered capital of about "
        "2.5 billion USD by the end of this year. Binh Duong is now home to 4,183 projects. "
        "Domestic businesses financed 1,108 of them, while the remainder, foreign-invested, are "
        "worth more than 40 billion USD."
    )
    got = facts(body, date(2024, 7, 29))
    assert ("fdi_capital_total", None, 40e9, None, "2024-07-29") in got


def test_a_months_sum_cumulatively_reaching_a_year_sum_is_a_flow():
    # "estimated at X for the month, …, cumulatively reaching Y": the year's sum so far, as "lũy
    # kế" is, not a cumulative total the catalogue has no metric for
    body = (
        "In October, Binh Duong's total retail sales of goods and service revenue are estimated "
        "at 9.1 trillion VND, up 12% year on year, cumulatively reaching 87.4 trillion VND, or "
        "86% of the plan. The province's export value of goods is estimated at 3.2 billion USD, "
        "up 7% on the same period last year, cumulatively reaching 30.5 billion USD."
    )
    got = facts(body, date(2025, 11, 5))
    assert values(got, "retail_sales_period") == {9.1e12, 87.4e12}
    assert values(got, "exports_period") == {3.2e9, 30.5e9}


def test_the_french_industrial_development_index_is_the_iip():
    # "l'indice de développement industriel … a gagné 6,07%": the IIP in French
    body = (
        "Sur quatre mois, les ventes au détail de Binh Duong ont totalisé 90.000 milliards de "
        "dongs. Quant à l'indice de développement industriel, il a gagné 7,2%."
    )
    got = facts(body, date(2018, 5, 3), "fr")
    assert values(got, "iip_growth_pct") == {7.2}
