"""Rules added in the fifty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_a_headline_that_announces_groundwork_this_year_frames_no_period():
    # "X to break ground on … this year": a headline's infinitive is a plan, so its year is no
    # period the totals further down were counted over
    body = (
        "The province was mostly farmland twenty years ago; it now draws much FDI. Some 2,900 "
        "companies from 58 countries and territories operate in the province."
    )
    got = facts(
        body, date(2022, 4, 2), "en", "Binh Duong to break ground on two river ports this year"
    )
    assert values(got, "fdi_countries_total") == {58}
    got = facts(
        body, date(2022, 4, 2), "en", "Binh Duong to kick off work on two river ports this year"
    )
    assert values(got, "fdi_countries_total") == {58}


def test_a_share_of_the_output_is_no_growth_in_any_wording():
    # "the ratio of X to gross regional domestic product at N per cent", "représente N% du produit
    # intérieur brut", "the share of farming in the gross domestic product (GDP) fell from A to B":
    # a part of the economy's size, not its growth
    for body, lang in (
        (
            "The province means to keep the ratio of total investment to gross regional domestic "
            "product at 35 per cent this year.",
            "en",
        ),
        (
            "Les autorités souhaitent que le tourisme représente 12% du produit intérieur brut "
            "provincial cette année.",
            "fr",
        ),
        (
            "The share of farming in the province's gross domestic product (GDP) has shrunk from "
            "38.2 percent in 2005 to 11.4 percent.",
            "en",
        ),
    ):
        got = facts(body, date(2024, 3, 5), lang)
        assert values(got, "grdp_growth_pct") == set(), body


def test_the_output_itself_still_grows():
    # the guard: the output's own growth, named in full, stays a growth rate
    got = facts(
        "In 2023 the province's gross regional domestic product grew by 7.4 per cent.",
        date(2024, 1, 5),
    )
    assert values(got, "grdp_growth_pct") == {7.4}


def test_growing_at_an_annual_rate_is_a_usual_pace():
    # "growing at an annual rate of over N percent" in recent years: the yearly pace of several
    # years, no one year's growth
    got = facts(
        "Industry has carried the province in recent years, with its GRDP growing at an annual "
        "rate of over 9 percent.",
        date(2019, 5, 6),
    )
    assert values(got, "grdp_growth_pct") == set()


def test_the_year_an_outcome_is_compared_with_frames_nothing():
    # "bằng 94,6% so với thực hiện năm 2022": the base year's outcome is a comparison, so the
    # figures after it stay in the year the report is about
    got = facts(
        "Năm 2023, GRDP của tỉnh ước tăng 7,1%. Thu ngân sách năm 2023 đạt 21.000 tỷ đồng, bằng "
        "95% so với thực hiện năm 2022. Chỉ số sản xuất công nghiệp (IIP) ước tăng 7,6%.",
        date(2024, 1, 5),
        "vi",
    )
    assert {f[4] for f in got if f[0] == "iip_growth_pct"} == {"2023-12-31"}


def test_the_year_of_a_growth_scenario_frames_nothing():
    # "keeps close to the 2025 GRDP growth scenario": the year a scenario is for is a plan's year,
    # so the month the report covers frames its figures
    got = facts(
        "The provincial People's Committee held its regular meeting for October 2025.\n\n"
        "State budget revenue in the province stands at 2,100 billion VND.",
        None,
        "en",
        "Binh Duong's October meeting follows the 2025 GRDP growth scenario",
    )
    assert {f[4] for f in got if f[0] == "budget_revenue_period"} == {"2025-10-31"}


def test_so_far_this_year_after_a_forecast_for_the_year_is_to_date():
    # after "set to grow 8% in 2023" in November, "so far this year" (in a sentence that keeps no
    # figure) is the year to the publication day, and the figures after it are that far
    got = facts(
        "Binh Duong's GRDP is set to grow 8% in 2023. So far this year the province has welcomed "
        "1.2 million tourists, 3% more than last year. Export value has topped 25 billion USD.",
        date(2023, 11, 20),
    )
    assert {f[4] for f in got if f[0] == "exports_period"} == {"2023-11-20"}
    assert {f[4] for f in got if f[0] == "grdp_growth_pct"} == {"2023-12-31"}


def test_as_of_early_in_a_year_is_a_day_of_totals():
    # "As of early 2024, …": the year's first days, a day totals are counted to, so the leading
    # investor's projects and capital are totals, not the year's flows
    got = facts(
        "As of early 2024, South Korea led the 60 countries and territories investing in Binh "
        "Duong, holding 1,310 projects worth 6.2 billion USD in all.",
        date(2024, 4, 10),
    )
    assert ("fdi_capital_total", "South Korea", 6.2e9, None, "2024-01-01") in got
    assert ("fdi_projects_total", "South Korea", 1310, None, "2024-01-01") in got
    assert values(got, "fdi_capital_period") == set()


def test_the_domestic_member_of_a_respective_pair_takes_its_sum():
    # "N foreign-invested and M domestic projects, with registered capital of X USD and Y VND
    # respectively": the second sum is the domestic projects' capital
    got = facts(
        "This year the province licensed 41 foreign-invested and 96 domestic projects, with "
        "registered capital of 820 million USD and 21 trillion VND respectively.",
        date(2023, 12, 20),
    )
    assert values(got, "domestic_capital_period") == {2.1e13}
    assert values(got, "fdi_new_capital_period") | values(got, "fdi_capital_period") == {8.2e8}


def test_domestic_projects_outside_a_respective_pair_name_no_sum():
    # the guard: without "respectively", "domestic projects" are no topic of their own, and the
    # capital they added stays out (no catalogue metric counts domestic capital added alone)
    got = facts(
        "In the first ten months, 40 FDI projects raised their capital by 310 million USD, while "
        "six domestic projects put a further 900 billion VND into theirs.",
        date(2021, 11, 10),
    )
    assert values(got, "fdi_adjusted_capital_period") == {3.1e8}
    assert values(got, "domestic_capital_period") == set()


def test_projects_whose_sentence_tells_only_dong_are_of_every_kind():
    # every sum of the sentence in đồng, one after the count, nothing foreign named: the projects
    # are the province's of every kind, even after an article that spoke of FDI, and however far
    # the sum stands from the count
    for body, lang in (
        (
            "Bình Dương thu hút 1,2 tỷ USD vốn FDI trong năm 2019. Cũng trong năm, có 48 dự án "
            "đầu tư mới được cấp quyết định chủ trương đầu tư hoặc giấy chứng nhận đăng ký đầu "
            "tư, với tổng số vốn đăng ký 15.400 tỷ đồng.",
            "vi",
        ),
        (
            "Binh Duong drew 1.2 billion USD of FDI in 2019. Over the year it also adjusted the "
            "investment policies of 21 projects and licensed 48 new projects, with total capital "
            "of VND15.4 trillion.",
            "en",
        ),
    ):
        got = facts(body, date(2020, 1, 10), lang)
        assert values(got, "fdi_new_projects_period") == set(), lang
        assert values(got, "fdi_adjusted_projects_period") == set(), lang


def test_projects_named_foreign_keep_their_count_whatever_the_currency():
    # the guard: a sentence that names the projects foreign keeps them FDI projects, even when
    # their capital is told in đồng
    got = facts(
        "Trong năm 2019, tỉnh cấp mới 48 dự án FDI, với tổng vốn đăng ký quy đổi 15.400 tỷ đồng.",
        date(2020, 1, 10),
        "vi",
    )
    assert values(got, "fdi_new_projects_period") == {48}


def test_a_grdp_growth_told_on_a_day_is_the_last_quarter_released():
    # GRDP is compiled per quarter: a growth with no period of its own, told on a day inside a
    # quarter, is the quarter's in its last month, the year's in November, else the quarter's
    # before it (last year's in January and February)
    body = "Binh Duong's GRDP grew 8.2 percent year on year."
    for published, start, end in (
        (date(2023, 10, 6), "2023-01-01", "2023-09-30"),
        (date(2023, 9, 28), "2023-01-01", "2023-09-30"),
        (date(2023, 11, 29), "2023-01-01", "2023-12-31"),
        (date(2024, 2, 20), "2023-01-01", "2023-12-31"),
        (date(2024, 5, 3), "2024-01-01", "2024-03-31"),
    ):
        got = facts(body, published)
        assert ("grdp_growth_pct", None, 8.2, start, end) in got, published


def test_a_rate_compiled_every_month_keeps_its_day():
    # the guard: the industrial production index is compiled every month, so its year so far
    # ends on the day it was told
    got = facts("Binh Duong's industrial production index rose 8.2 percent.", date(2023, 10, 6))
    assert ("iip_growth_pct", None, 8.2, "2023-01-01", "2023-10-06") in got


def test_a_grdp_growth_counted_to_a_day_is_the_quarters():
    # "tính đến ngày 29/12", a run of the year to a day, is no span GRDP is compiled over: the
    # growth is the quarter's whose last month it falls in
    got = facts(
        "Tính đến ngày 29/12, tổng thu ngân sách trên địa bàn tỉnh Bình Dương đạt trên 61.000 tỷ "
        "đồng. Tăng trưởng kinh tế ước tăng 7,8% so với năm 2022.",
        date(2023, 12, 30),
        "vi",
    )
    assert ("grdp_growth_pct", None, 7.8, "2023-01-01", "2023-12-31") in got


def test_the_period_of_an_amount_compared_with_frames_nothing():
    # "That almost matches the amount collected over the whole of 2023 (…) and is close to double
    # the figure for the first 6 months of 2023 (…)": the periods of the amounts compared with are
    # no frame for what follows
    got = facts(
        "Binh Duong closed the first 6 months of 2024 on a strong note. The province brought in "
        "VND 31,000 billion of state budget revenue. That almost matches the amount collected over "
        "the whole of 2023 and is close to double the figure for the first 6 months of 2023. The "
        "industrial production index (IIP) was 9.4% higher than in the same period.",
        date(2024, 7, 2),
    )
    assert {f[4] for f in got if f[0] == "iip_growth_pct"} == {"2024-06-30"}


def test_the_number_of_projects_rising_to_a_level_is_a_total():
    # "the number of FDI projects in the province rose last year to nearly 1,000, with total
    # investment capital of more than 6 billion USD": the level reached is a total at the year's
    # end, and so is its capital
    got = facts(
        "According to the statistics, the number of FDI projects in Binh Duong rose last year to "
        "nearly 4,100, with total investment capital of more than 40 billion USD.",
        date(2023, 3, 10),
    )
    assert ("fdi_projects_total", None, 4100, None, "2022-12-31") in got
    assert ("fdi_capital_total", None, 4e10, None, "2022-12-31") in got


def test_french_fdi_enterprises_are_fdi_projects():
    # "2.700 entreprises d'IDE" counts the province's FDI projects, not its enterprises
    got = facts(
        "À ce jour, Binh Duong totalise 3.100 entreprises d'IDE, dotées de 28,5 milliards de "
        "dollars de capitaux enregistrés.",
        date(2017, 6, 20),
        "fr",
    )
    assert values(got, "fdi_projects_total") == {3100}
    assert values(got, "enterprises_total") == set()
