"""Shapes of our own wording found in the seventeenth session: a sum registered in đồng and
restated in dollars is foreign capital only where its sentence names foreign investment
(unforeign-conversion)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons

PUBLISHED = date(2024, 7, 8)
HALF_2024 = ("2024-01-01", "2024-06-30")


def test_a_dong_sum_restated_in_dollars_is_not_fdi_where_nothing_foreign_is_named():
    body = (
        "Investment in Binh Duong in the first half of 2024\n\n"
        "In the first half of 2024, Binh Duong licensed 41 new projects with registered capital "
        "of VND6.3 trillion (US$248 million), while 9 projects raised theirs by VND410 billion "
        "(US$16.1 million)."
    )
    found = facts(body, PUBLISHED)
    assert not any(f[2] in (248e6, 16.1e6) for f in found)
    why = reasons(body, PUBLISHED)
    assert "not FDI" in why["US$248 million"]
    assert "not FDI" in why["US$16.1 million"]


def test_a_dong_sum_restated_in_dollars_is_fdi_where_its_sentence_names_foreign_investment():
    body = (
        "Đầu tư vào Bình Dương 6 tháng đầu năm 2024\n\n"
        "Trong 6 tháng đầu năm 2024, tỉnh cấp mới 12 dự án có vốn đầu tư nước ngoài, tổng vốn đăng "
        "ký 3.050 tỷ đồng (tương đương 120 triệu USD)."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert any(f[0].startswith("fdi_") and f[2] == 120e6 and f[3:] == HALF_2024 for f in found)


def test_an_investor_country_named_before_the_dong_sum_makes_it_foreign():
    body = (
        "In the first half of 2024, Japanese investors put VND2.5 trillion (US$98 million) into "
        "Binh Duong."
    )
    found = facts(body, PUBLISHED)
    assert any(f[2] == 98e6 and f[1] == "Japan" for f in found)
