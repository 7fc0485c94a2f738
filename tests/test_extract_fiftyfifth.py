"""Rules added in the fifty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract_rules import facts, values

FIVE_MONTHS_TITLE = "Bình Dương: kinh tế 5 tháng đầu năm 2024 giữ nhịp tăng"


def test_the_vietnamese_year_so_far_of_a_report_of_months_out_before_its_month_ends():
    # the statistics office briefs on the first five months on May 27: "từ đầu năm đến nay" is
    # those five months, to May 31, for its own sentence and for the sentences it frames
    got = facts(
        "Chiều 27/5, Cục Thống kê tỉnh họp báo công bố số liệu 5 tháng đầu năm 2024. Từ đầu năm "
        "đến nay, tỉnh cấp mới 12 dự án FDI với tổng vốn đăng ký 150 triệu USD. Trong đó, Nhật "
        "Bản dẫn đầu với 5 dự án.",
        date(2024, 5, 27),
        "vi",
        FIVE_MONTHS_TITLE,
    )
    assert ("fdi_new_projects_period", None, 12, "2024-01-01", "2024-05-31") in got
    assert ("fdi_new_capital_period", None, 150e6, "2024-01-01", "2024-05-31") in got
    assert ("fdi_new_projects_period", "Japan", 5, "2024-01-01", "2024-05-31") in got


def test_the_year_so_far_keeps_its_day_once_the_run_is_over_or_in_english():
    # published after the five months are over, "đến nay" runs to the day it was said; and an
    # English "so far this year" keeps its day whatever the headline
    got = facts(
        "Từ đầu năm đến nay, tỉnh cấp mới 12 dự án FDI với tổng vốn đăng ký 150 triệu USD.",
        date(2024, 6, 12),
        "vi",
        FIVE_MONTHS_TITLE,
    )
    assert ("fdi_new_projects_period", None, 12, "2024-01-01", "2024-06-12") in got
    got = facts(
        "So far this year Binh Duong has licensed 12 new FDI projects worth 150 million USD.",
        date(2024, 5, 27),
        "en",
        "Binh Duong's economy in the first five months of 2024",
    )
    assert ("fdi_new_projects_period", None, 12, "2024-01-01", "2024-05-27") in got


def test_the_whole_year_of_a_scenario_or_a_budget_estimate_is_no_figures_period():
    # "kịch bản (tăng trưởng) cả năm": the year a growth scenario is set
    # for; the figure after it keeps the report's nine months
    for plan in ("kịch bản tăng trưởng cả năm", "kịch bản cả năm"):
        got = facts(
            "Sau 9 tháng năm 2025, Bình Dương giữ đà tăng trưởng. Về ngoại thương, xuất khẩu 9 "
            f"tháng ước đạt 30 tỷ USD, mới bằng 74% {plan}; nhập khẩu ước đạt 21 tỷ USD, tăng 9%.",
            date(2025, 10, 8),
            "vi",
        )
        assert ("imports_period", None, 21e9, "2025-01-01", "2025-09-30") in got, plan


def test_the_year_of_a_budget_estimate_frames_none_of_the_figures_after_it():
    # "bằng 110% dự toán thu cả năm 2025": the year the estimate is for; the sentences after it
    # keep the report's ten months
    got = facts(
        "Sau 10 tháng năm 2025, tổng thu ngân sách của Bình Dương đạt hơn 60.000 tỷ đồng, tương "
        "đương 110% dự toán thu cả năm 2025. Tổng mức bán lẻ hàng hóa đạt 250.000 tỷ đồng, tăng "
        "12% so với cùng kỳ.",
        date(2025, 11, 6),
        "vi",
    )
    assert ("retail_sales_period", None, 250e12, "2025-01-01", "2025-10-31") in got


SHARE_LEAD = {
    "vi": "Trong 6 tháng đầu năm 2024, Bình Dương thu hút 300 triệu USD vốn FDI. Trong đó, 50 dự "
    "án cấp mới có tổng vốn đăng ký 225 triệu USD, các dự án điều chỉnh tăng thêm 75 triệu USD. ",
    "en": "Binh Duong drew 300 million USD of FDI in the first half of 2024. Of this, 50 new "
    "projects registered 225 million USD, and existing projects added 75 million USD. ",
}


def test_the_share_a_countrys_sum_makes_names_the_whole_it_is_part_of():
    # 90 is 40% of the 225 million USD new projects drew, not of the 300 million of all FDI:
    # the ranking is of the new projects' capital, in a list as in parentheses
    for lang, ranking in (
        ("vi", "Xét theo đối tác, Hàn Quốc dẫn đầu với 90 triệu USD, chiếm 40%; tiếp theo là "
         "Nhật Bản với 45 triệu USD (20%)."),
        ("en", "South Korea topped the investor list, its 90 million USD making up 40 percent "
         "of the total; Japan came next with 45 million USD (20%)."),
    ):  # fmt: skip
        got = facts(SHARE_LEAD[lang] + ranking, date(2024, 7, 2), lang)
        for country, value in (("South Korea", 90e6), ("Japan", 45e6)):
            fact = ("fdi_new_capital_period", country, value, "2024-01-01", "2024-06-30")
            assert fact in got, (lang, country)


def test_a_share_of_all_the_capital_keeps_the_countrys_sum_whole():
    # 120 is 40% of the 300 million USD of all FDI: the sum is of all the capital, as read
    got = facts(
        SHARE_LEAD["en"] + "South Korea topped the investor list with 120 million USD, or 40 "
        "percent.",
        date(2024, 7, 2),
        "en",
    )
    assert ("fdi_capital_period", "South Korea", 120e6, "2024-01-01", "2024-06-30") in got


def test_investment_converted_to_dollars_is_no_foreign_capital():
    # domestic and foreign money converted to one currency and added up is neither figure
    for text, lang in (
        (
            "Quy đổi ra đô la, lượng vốn đầu tư vào Bình Dương trong 6 tháng đầu năm 2024 đạt "
            "1,2 tỷ USD, tăng 15% so với cùng kỳ.",
            "vi",
        ),
        (
            "Binh Duong drew 1.2 billion USD of converted investment capital in the first half of "
            "2024, up 15% year on year.",
            "en",
        ),
    ):
        got = facts(text, date(2024, 7, 2), lang)
        assert values(got, "fdi_capital_period") == set(), text


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # "projects from Thailand, whose combined registered capital is": the projects' own sum
        (
            "Binh Duong is now home to 42 projects from Thailand, whose combined registered "
            "capital is more than 690 million USD.",
            ("fdi_capital_total", "Thailand", 690e6, None, "2024-03-01"),
        ),
        # "Japan, whose 340 projects total": the sum is the capital of the country's projects
        (
            "Binh Duong hosts 4,100 FDI projects. Taiwan leads with 870 projects and 6.3 billion "
            "USD, ahead of Japan, whose 340 projects total more than 5.9 billion USD.",
            ("fdi_capital_total", "Japan", 5.9e9, None, "2024-03-01"),
        ),
    ],
)
def test_the_sum_of_a_countrys_projects_joined_by_whose_or_total_is_that_countrys(
    text: str, fact: tuple
):
    assert fact in facts(text, date(2024, 3, 1), "en")


def test_the_years_a_report_plans_for_do_not_date_an_undated_report():
    # an undated year-end report: "the main tasks and solutions for 2025" and what the province
    # "will" do in 2025 are plans; the eleven months are 2024's, not 2026's
    got = facts(
        "Addressing the provincial People's Council, the chairman went through Binh Duong's "
        "results for 2024 and the main tasks and solutions for 2025. Binh Duong's growth in 2024 "
        "is estimated at 9.5%. Industrial production expanded by 12.4% over 11 months. It will "
        "also see that the 30 FDI projects the province attracted in 2024 can start building in "
        "2025.",
        None,
        "en",
        "Binh Duong posts its best growth in a decade",
    )
    assert ("iip_growth_pct", None, 12.4, "2024-01-01", "2024-11-30") in got


@pytest.mark.parametrize(
    ("text", "published", "fact"),
    [
        # "in Quarter 1": the first quarter, and its "1" no count for the rate after it to change
        (
            "Goods shipped abroad from Binh Duong were worth 8.4 billion USD in Quarter 1, a "
            "year-on-year rise of 12.6%.",
            date(2024, 4, 3),
            ("exports_period_yoy_pct", None, 12.6, "2024-01-01", "2024-03-31"),
        ),
        # "annual rises of …, respectively": changes on the year before
        (
            "Over the year Binh Duong's exports reached 33 billion USD and its imports 22 billion "
            "USD, annual rises of 9.2 percent and 7.1 percent, respectively.",
            date(2024, 12, 28),
            ("exports_period_yoy_pct", None, 9.2, "2024-01-01", "2024-12-31"),
        ),
        # "a reduction of 11.5 percent": a fall
        (
            "Binh Duong's export turnover was estimated at US$2.34 billion in March, a reduction "
            "of 11.5 percent against the corresponding period of last year.",
            date(2024, 3, 28),
            ("exports_period_yoy_pct", None, -11.5, "2024-03-01", "2024-03-31"),
        ),
    ],
)
def test_a_change_on_the_year_before_in_other_words(text: str, published: date, fact: tuple):
    assert fact in facts(text, published, "en")


def test_a_documents_abbreviation_in_brackets_leaves_the_licence_verb_to_its_count():
    got = facts(
        "Trong năm 2023, Bình Dương đã trao Giấy chứng nhận đăng ký đầu tư (GCNĐKĐT) cho 95 dự "
        "án FDI, tổng vốn đầu tư đăng ký 1,2 tỷ USD.",
        date(2024, 1, 10),
        "vi",
    )
    assert ("fdi_new_projects_period", None, 95, "2023-01-01", "2023-12-31") in got
