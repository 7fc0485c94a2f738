"""Shapes of our own wording found in the fourteenth session: a sum paired by "respectively"
with a count of new projects."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

M1_5_2025 = ("2025-01-01", "2025-05-31")


def test_a_sum_paired_by_respectively_with_a_count_of_new_projects_is_their_capital():
    body = (
        "Trong 5 tháng đầu năm, Bình Dương cấp mới 9 dự án đầu tư trong nước và 31 dự án FDI, "
        "vốn đăng ký tương ứng 5.200 tỷ đồng và 212,5 triệu USD. Cũng trong thời gian này, 17 "
        "dự án FDI điều chỉnh tăng vốn thêm 64 triệu USD."
    )
    found = facts(body, date(2025, 6, 4), lang="vi")
    assert ("fdi_new_projects_period", None, 31, *M1_5_2025) in found
    assert ("fdi_new_capital_period", None, 212.5e6, *M1_5_2025) in found
    assert ("fdi_capital_period", None, 212.5e6, *M1_5_2025) not in found
