"""Shapes of our own wording found in the twelfth session: the sum joined to a count of the
period's new projects is their capital."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

SEPT_2024 = ("2024-01-01", "2024-09-30")


def test_the_sum_joined_to_a_count_of_new_projects_is_their_capital():
    for phrase in ("drew 12 foreign-invested projects with total registered capital of",
                   "attracted 12 FDI projects worth",
                   "thu hút 12 dự án FDI với tổng vốn đăng ký"):  # fmt: skip
        body = f"In the first nine months, Binh Duong {phrase} 315.2 million USD."
        found = facts(body, date(2024, 10, 5), lang="vi" if "dự án" in phrase else "en")
        assert ("fdi_new_projects_period", None, 12, *SEPT_2024) in found, phrase
        assert ("fdi_new_capital_period", None, 315.2e6, *SEPT_2024) in found, phrase
