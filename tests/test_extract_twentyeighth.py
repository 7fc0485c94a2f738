"""Shapes of our own wording found in the twenty-eighth session."""

from __future__ import annotations

from tests.test_extract_rules import facts


def test_a_day_written_in_full_in_any_order_dates_an_undated_report():
    march_2019 = ("2019-03-01", "2019-03-31")
    q1_2019 = ("2019-01-01", "2019-03-31")
    for body, lang in (
        ("Binh Duong reviews March.\n\nThe provincial People's Committee met on Mar 29th 2019 "
         "to review the month. Exports in March reached 2.1 billion USD, and exports for the "
         "first quarter were estimated at 6 billion USD.", "en"),
        ("Binh Duong reviews March.\n\nThe provincial People's Committee met on 29 March 2019 "
         "to review the month. Exports in March reached 2.1 billion USD, and exports for the "
         "first quarter were estimated at 6 billion USD.", "en"),
        ("Bình Dương họp giao ban tháng 3.\n\nNgày 29 tháng 3 năm 2019, UBND tỉnh Bình Dương "
         "họp đánh giá tình hình tháng 3. Kim ngạch xuất khẩu tháng 3 đạt 2,1 tỷ USD; xuất "
         "khẩu quý I ước đạt 6 tỷ USD.", "vi"),
        ("Binh Duong fait le point sur mars.\n\nLe comité populaire de Binh Duong s'est réuni "
         "le 29 mars 2019. Les exportations de mars ont atteint 2,1 milliards de dollars et "
         "celles du premier trimestre environ 6 milliards de dollars.", "fr"),
    ):  # fmt: skip
        found = facts(body, None, lang)
        assert ("exports_period", None, 2.1e9, *march_2019) in found, body
        assert ("exports_period", None, 6e9, *q1_2019) in found, body
