"""Rules added in the thirty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_count_whose_foreign_part_is_told_among_them_counts_projects_of_every_kind():
    body = (
        "In the first half of 2024 Binh Duong licensed 40 investment projects - three FDI "
        "projects among them - with registered capital of VND5,200 billion and US$90 million."
    )
    got = facts(body, date(2024, 7, 4), "en")
    assert ("fdi_new_projects_period", None, 3.0, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 40.0 for f in got)


def test_projects_with_capital_in_their_own_name_from_home_are_domestic():
    body = (
        "Trong quý I/2024, Bình Dương cấp mới 20 dự án FDI với 300 triệu USD. Toàn tỉnh hiện "
        "có 2.150 dự án vốn trong nước còn hiệu lực với tổng vốn 90.000 tỷ đồng."
    )
    got = facts(body, date(2024, 4, 8), "vi")
    assert ("fdi_new_projects_period", None, 20.0, "2024-01-01", "2024-03-31") in got
    assert not any(f[2] == 2150.0 for f in got)


def test_projects_funded_outside_the_state_budget_are_no_count_of_fdi_projects():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương cấp mới 14 dự án FDI với 210 triệu USD. Tỉnh còn "
        "thu hút 73 dự án đầu tư ngoài ngân sách với tổng vốn khoảng 25 nghìn tỷ đồng."
    )
    got = facts(body, date(2024, 7, 6), "vi")
    assert ("fdi_new_projects_period", None, 14.0, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 73.0 for f in got)
