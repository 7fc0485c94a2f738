"""Rules added in the twenty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_year_long_before_the_report_frames_none_of_the_lead_figures():
    body = (
        "Xuất khẩu của tỉnh Bình Dương ước đạt 2.158 triệu USD, tăng 12% so với cùng kỳ.\n\n"
        "Năm 2005, khi tỉnh mới có vài khu công nghiệp, xuất khẩu chỉ đạt khoảng 60 triệu USD."
    )
    got = facts(body, date(2019, 12, 20), "vi")
    assert ("exports_period", None, 2158000000.0, "2019-01-01", "2019-12-20") in got
    assert ("exports_period_yoy_pct", None, 12.0, "2019-01-01", "2019-12-20") in got
    assert ("exports_period", None, 60000000.0, "2005-01-01", "2005-12-31") in got
