"""Shapes of our own wording found in the twenty-seventh session."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

Q3_2022 = ("2022-01-01", "2022-09-30")


def test_the_growth_of_industrial_production_value_is_no_index_but_the_index_beside_it_is():
    for body, lang in (
        ("Kinh tế Bình Dương 9 tháng năm 2022.\n\n"
         "Chín tháng năm 2022, chỉ số sản xuất công nghiệp của Bình Dương tăng 8,6%, còn giá "
         "trị sản xuất công nghiệp tăng 12,3% so với cùng kỳ.", "vi"),
        ("Binh Duong economy after nine months.\n\n"
         "In the first nine months of 2022, Binh Duong's index of industrial production rose "
         "8.6 percent while its industrial production value grew 12.3 percent.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2022, 10, 4), lang)
        assert found == {("iip_growth_pct", None, 8.6, *Q3_2022)}, body


def test_the_value_of_industrial_output_rising_alone_gives_no_figure():
    for body, lang in (
        ("Giá trị sản xuất công nghiệp Bình Dương 9 tháng năm 2022 tăng 12,3%.", "vi"),
        ("Binh Duong's industrial output value climbed 12.3 percent in the first nine months "
         "of 2022.", "en"),
    ):  # fmt: skip
        assert not facts(body, date(2022, 10, 4), lang), body
