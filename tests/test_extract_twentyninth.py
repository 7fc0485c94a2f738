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


def test_a_bare_year_that_is_the_sentence_subject_names_the_year_reported():
    body = (
        "Với Bình Dương, 2021 được xem là một năm khó khăn. "
        "Kim ngạch xuất khẩu của tỉnh ước đạt 30,5 tỷ USD."
    )
    got = facts(body, None, "vi")
    assert ("exports_period", None, 30.5e9, "2021-01-01", "2021-12-31") in got


def test_an_estimated_rise_after_a_semicolon_is_no_part_of_the_plan_before_it():
    body = (
        "Năm 2022, thu ngân sách của Bình Dương đạt 65.000 tỷ đồng, hoàn thành chỉ tiêu "
        "mà tỉnh đặt ra; còn chỉ số sản xuất công nghiệp ước tăng 9,3%."
    )
    got = facts(body, date(2022, 12, 28), "vi")
    assert ("iip_growth_pct", None, 9.3, "2022-01-01", "2022-12-31") in got
