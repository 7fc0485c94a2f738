"""Rules added in the thirty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from tests.test_extract_rules import facts


def test_a_line_of_other_stories_headlines_neither_dates_nor_gives_figures():
    body = (
        "Tính đến ngày 10-12, Bình Dương thu hút 2,1 tỷ USD vốn đầu tư nước ngoài, vượt kế "
        "hoạch năm.\n\n"
        "Tin liên quan: Năm 2024: Bình Dương đặt mục tiêu xuất khẩu 40 tỷ USD | Đầu tư công "
        "tăng tốc\n\n"
        ">> Bình Dương hút 1,5 tỷ USD vốn FDI trong quý I\n\n"
        "Tỉnh tiếp tục ưu tiên các dự án công nghệ cao trong năm 2023."
    )
    got = facts(body, None, "vi")
    assert ("fdi_capital_period", None, 2.1e9, "2023-01-01", "2023-12-10") in got
    assert not any(f[2] in (40e9, 1.5e9) for f in got)
