"""Rules added in the fifty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

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
