"""One text, several spellings: news pages write the same words with no-break spaces, curly
apostrophes, en dashes and the old "i" spelling of Vietnamese syllables ("tỉ", "cùng kì",
"đăng kí"); the figures must not change, and each keeps the page's own spelling."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from etl.textnorm import spelled
from tests.test_extract_rules import CATALOGUE, PLACES, facts

VI_BODY = (
    "Tính đến ngày 20-11-2024, Bình Dương có 4.300 dự án FDI còn hiệu lực với tổng vốn đăng ký "
    "42,39 tỷ USD. Riêng 11 tháng năm 2024, tỉnh thu hút 1,6 tỷ USD vốn FDI, tăng 12% so với "
    "cùng kỳ năm trước."
)


def test_the_old_i_spelling_and_no_break_spaces_read_as_the_usual_ones():
    usual = facts(VI_BODY, date(2024, 11, 25), lang="vi")
    old = (
        VI_BODY.replace("tỷ", "tỉ").replace("kỳ", "kì").replace("đăng ký", "đăng kí")
        .replace(" tỉ USD", "\u00a0tỉ USD").replace("20-11", "20\u201311")
    )  # fmt: skip
    assert old != VI_BODY
    assert ("fdi_capital_total", None, 42.39e9, None, "2024-11-20") in usual
    assert facts(old, date(2024, 11, 25), lang="vi") == usual


def test_a_figure_keeps_the_spelling_of_the_page():
    body = "Năm 2023, Bình Dương thu hút 1,2\u00a0tỉ USD vốn FDI mới."
    figures = extract_figures(body, date(2024, 1, 5), "vi", CATALOGUE, PLACES)
    assert [f.text for f in figures] == ["1,2\u00a0tỉ USD"]
    assert figures[0].sentence == body
    assert body[figures[0].char_start : figures[0].char_end] == figures[0].text


def test_a_french_curly_apostrophe_reads_as_the_straight_one():
    body = (
        "En 2025, Binh Duong a attiré près de 2 milliards de dollars d'IDE, selon le bilan de "
        "l'année publié en janvier."
    )
    straight = facts(body, date(2026, 1, 20), lang="fr")
    assert ("fdi_capital_period", None, 2e9, "2025-01-01", "2025-12-31") in straight
    assert facts(body.replace("'", "\u2019"), date(2026, 1, 20), lang="fr") == straight


def test_spelled_keeps_the_length_and_words_that_are_not_old_spellings():
    text = "Hoa Kì, QUÍ I, tiết kiệm, kiểm tra, Mĩ, l\u2019IDE\u202f: 3\u20134"
    assert spelled(text) == "Hoa Kỳ, QUÝ I, tiết kiệm, kiểm tra, Mỹ, l'IDE : 3-4"
    assert len(spelled(text)) == len(text)


def test_us_dollars_are_a_currency_not_a_market():
    body = (
        "In the first eight months of 2022, Binh Duong's exports hit 24.3 billion U.S. dollars "
        "while imports were 16.9 billion US dollars."
    )
    found = facts(body, date(2022, 9, 2))
    eight_months = ("2022-01-01", "2022-08-31")
    assert ("exports_period", None, 24.3e9, *eight_months) in found
    assert ("imports_period", None, 16.9e9, *eight_months) in found


def test_an_n_month_period_of_a_year_is_that_years_months():
    body = (
        "Foreign investment into Binh Duong in the two-month period of 2017 reached "
        "128.6 million USD."
    )
    found = facts(body, date(2017, 3, 2))
    assert found == {("fdi_capital_period", None, 128.6e6, "2017-01-01", "2017-02-28")}


def test_a_goal_in_short_scales_or_us_dollars_is_still_a_goal():
    for goal in ("1.1 bln USD", "1.1 billion U.S. dollars"):
        body = (
            "Binh Duong drew 78 new FDI projects worth nearly 200 mln USD in the first two months "
            f"of this year, putting it on course for its goal of {goal} in FDI in 2024. Another "
            "34 projects added 170.9 mln USD to their capital."
        )
        found = facts(body, date(2024, 3, 5))
        assert ("fdi_adjusted_capital_period", None, 170.9e6, "2024-01-01", "2024-02-29") in found


def test_q1_of_a_year_is_its_first_quarter():
    for phrase in ("in Q1 of 2024", "in Q1 2024", "in Q1/2024"):
        body = (
            f"Binh Duong drew 571 million USD of FDI {phrase}. It licensed 35 new projects and "
            "24 projects raised their capital by 279.9 million USD."
        )
        found = facts(body, date(2024, 4, 8))
        q1 = ("2024-01-01", "2024-03-31")
        assert ("fdi_capital_period", None, 571e6, *q1) in found, phrase
        assert ("fdi_new_projects_period", None, 35, *q1) in found, phrase


def test_so_far_this_year_up_to_a_day_ends_on_that_day():
    body = (
        "So far this year up to September 15, Binh Duong has drawn 70 FDI projects worth over "
        "1.38 billion USD."
    )
    found = facts(body, date(2023, 9, 27))
    assert ("fdi_new_projects_period", None, 70, "2023-01-01", "2023-09-15") in found


def test_the_january_february_period_of_a_year_is_those_months():
    body = (
        "Foreign investment into Binh Duong in the January-February period of 2017 reached "
        "128.6 million USD. Seven new projects were licensed."
    )
    found = facts(body, date(2017, 3, 2))
    two_months = ("2017-01-01", "2017-02-28")
    assert ("fdi_capital_period", None, 128.6e6, *two_months) in found


def test_foreign_funded_projects_are_foreign_invested_ones():
    for adjective in ("foreign-invested", "foreign-funded", "foreign-owned"):
        body = (
            f"Binh Duong now hosts 4,120 {adjective} projects with total registered capital of "
            "40.6 billion USD."
        )
        found = facts(body, date(2023, 7, 6))
        assert ("fdi_projects_total", None, 4120, None, "2023-07-06") in found, adjective


def test_projects_with_foreign_capital_are_no_single_project():
    body = (
        "Trong 11 tháng năm 2022, Bình Dương thu hút 2,5 tỷ USD vốn FDI. Xét theo đối tác, Hong "
        "Kong dẫn đầu về số dự án có vốn đầu tư nước ngoài đăng ký mới với 16 dự án, tổng vốn "
        "67,4 triệu USD."
    )
    found = facts(body, date(2022, 12, 7), lang="vi")
    assert ("fdi_new_projects_period", "Hong Kong", 16, "2022-01-01", "2022-11-30") in found


def test_an_items_change_in_parentheses_said_with_tang_truong_is_the_items():
    body = (
        "Trong 2 tháng đầu năm 2023, chỉ số sản xuất công nghiệp của Bình Dương tăng 5,1%. Một số "
        "sản phẩm tăng đều như chì chưa gia công (tăng trưởng 46,09%), dịch vụ in trên sợi và vải "
        "(sụt giảm 5,77%)."
    )
    found = facts(body, date(2023, 3, 5), lang="vi")
    assert found == {("iip_growth_pct", None, 5.1, "2023-01-01", "2023-02-28")}


def test_y_o_y_is_year_on_year():
    body = (
        "Binh Duong's GRDP expanded 5.3% in Q1, 8.35% in Q2 and 8.27% in Q3 of 2022. Growth for "
        "the nine months was 7.36% y-o-y."
    )
    found = facts(body, date(2022, 9, 30))
    assert ("grdp_growth_pct", None, 7.36, "2022-01-01", "2022-09-30") in found


def test_what_accumulated_in_a_span_of_months_is_that_spans_flow():
    for span in ("in the January-October period of 2020", "in the first ten months of 2020"):
        body = f"Budget revenue of Binh Duong accumulated {span} reached VND48.5 trillion."
        found = facts(body, date(2020, 11, 12))
        assert found == {("budget_revenue_period", None, 48.5e12, "2020-01-01", "2020-10-31")}, span


def test_do_la_with_a_hyphen_is_the_dollar():
    body = (
        "Trong 11 tháng năm 2022, Bình Dương có 64 dự án FDI đăng ký mới. Xét theo đối tác, Nhật "
        "Bản và Đài Loan dẫn đầu về vốn đăng ký mới, với tổng vốn lần lượt 103,5 triệu đô-la và "
        "70,3 triệu đô-la."
    )
    found = facts(body, date(2022, 12, 7), lang="vi")
    eleven = ("2022-01-01", "2022-11-30")
    assert ("fdi_new_capital_period", "Japan", 103.5e6, *eleven) in found
    assert {(partner, value) for _, partner, value, _, _ in found} >= {("Taiwan", 70.3e6)}


def test_a_run_of_sums_shares_its_breakdown_words():
    body = (
        "Trong 11 tháng năm 2022, Bình Dương có 64 dự án FDI đăng ký mới. Xét theo đối tác, Nhật "
        "Bản và Đài Loan dẫn đầu về vốn đăng ký mới, với tổng vốn lần lượt 103,5 triệu USD và "
        "70,3 triệu USD."
    )
    found = facts(body, date(2022, 12, 7), lang="vi")
    assert ("fdi_new_capital_period", "Taiwan", 70.3e6, "2022-01-01", "2022-11-30") in found


def test_over_the_five_months_of_this_year_is_those_months():
    body = (
        "Over the five months of this year, Binh Duong's goods exports reached USD 12.470 "
        "billion, down 17.9% from the same period."
    )
    found = facts(body, date(2023, 6, 8))
    assert ("exports_period", None, 12.47e9, "2023-01-01", "2023-05-31") in found
