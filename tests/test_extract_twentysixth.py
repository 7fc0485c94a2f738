"""Shapes of our own wording found in the twenty-sixth session."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_capital_in_brackets_after_a_new_count_is_the_new_projects_capital():
    body = (
        "Kinh tế Bình Dương quý I/2023.\n\n"
        "Trong quý I, tỉnh Bình Dương cấp phép mới 12 dự án trong nước (vốn đăng ký 350 tỷ đồng) "
        "và 7 dự án FDI (vốn đăng ký 64,5 triệu USD)."
    )
    found = facts(body, date(2023, 4, 2), "vi")
    assert ("fdi_new_projects_period", None, 7, "2023-01-01", "2023-03-31") in found
    assert ("fdi_new_capital_period", None, 6.45e7, "2023-01-01", "2023-03-31") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_projects_a_province_brings_in_are_its_new_projects():
    body = (
        "Binh Duong brought in 14 FDI projects worth US$61 million in the first quarter of "
        "2021, officials said."
    )
    found = facts(body, date(2021, 4, 5), "en")
    assert ("fdi_new_projects_period", None, 14, "2021-01-01", "2021-03-31") in found
    assert ("fdi_new_capital_period", None, 6.1e7, "2021-01-01", "2021-03-31") in found


def test_a_year_between_a_new_count_and_its_combined_capital_does_not_part_them():
    body = (
        "Binh Duong drew just 23 FDI projects in 2019, registered at a combined US$82 million, "
        "the provincial statistics office reported."
    )
    found = facts(body, date(2020, 1, 10), "en")
    assert ("fdi_new_projects_period", None, 23, "2019-01-01", "2019-12-31") in found
    assert ("fdi_new_capital_period", None, 8.2e7, "2019-01-01", "2019-12-31") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_a_count_after_and_to_shares_the_licensing_verb_before_it():
    body = (
        "In the first half of 2022 Binh Duong handed licences to five domestic projects, worth "
        "VND410 billion in all, and to 18 FDI projects worth US$96 million."
    )
    found = facts(body, date(2022, 7, 4), "en")
    assert ("fdi_new_projects_period", None, 18, "2022-01-01", "2022-06-30") in found
    assert ("fdi_new_capital_period", None, 9.6e7, "2022-01-01", "2022-06-30") in found
