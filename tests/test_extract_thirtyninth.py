"""Rules added in the thirty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_clause_that_says_also_after_a_semicolon_is_not_a_part_named_before_it():
    body = (
        "By mid-March Binh Duong had drawn over 9,800 billion VND of domestic capital from 820 "
        "new firms and 115 firms that raised their capital; the province has also drawn 96.4 "
        "million USD in foreign investment."
    )
    got = facts(body, date(2024, 3, 20), "en", title="Binh Duong investment")
    assert ("fdi_capital_period", None, 96400000.0, "2024-01-01", "2024-03-15") in got
    assert not any(f[0] == "fdi_adjusted_capital_period" for f in got)


def test_a_rate_less_than_in_the_same_month_last_year_is_a_fall_year_on_year():
    body = (
        "In March, Binh Duong sold 2.95 billion USD of goods abroad, 12.4 percent less than in "
        "the same month last year."
    )
    got = facts(body, date(2023, 4, 3), "en", title="Binh Duong exports dip in March")
    assert ("exports_period_yoy_pct", None, -12.4, "2023-03-01", "2023-03-31") in got


def test_a_french_quarter_told_once_then_elided_sur_le_troisieme():
    body = (
        "Le PIB régional de Binh Duong a progressé de 6,1 % au deuxième trimestre puis de 7,4 % "
        "sur le troisième, selon le département des statistiques."
    )
    got = facts(body, date(2023, 10, 6), "fr", title="Binh Duong : la croissance accélère")
    assert ("grdp_growth_pct", None, 7.4, "2023-07-01", "2023-09-30") in got
    assert ("grdp_growth_pct", None, 6.1, "2023-04-01", "2023-06-30") in got


def test_the_group_a_rank_is_taken_in_is_not_the_partner():
    body = (
        "Binh Duong hosts investors from 65 countries and territories. Germany ranks 14th, and "
        "third among European Union members, with 41 projects and more than 520 million USD "
        "invested."
    )
    got = facts(body, date(2024, 10, 2), "en", title="Binh Duong woos German firms")
    assert ("fdi_projects_total", "Germany", 41.0, None, "2024-10-02") in got
    assert ("fdi_capital_total", "Germany", 520000000.0, None, "2024-10-02") in got


def test_the_group_a_rank_is_taken_in_is_not_the_partner_in_french():
    body = (
        "Binh Duong figure parmi les localités les plus attractives pour l'investissement direct "
        "étranger. Parmi les 65 pays et territoires présents à Binh Duong, l'Allemagne se classe "
        "14e, et 3e parmi les membres de l'Union européenne, avec 41 projets et plus de 520 "
        "millions d'USD investis."
    )
    got = facts(body, date(2024, 10, 2), "fr", title="Binh Duong courtise l'Allemagne")
    assert ("fdi_projects_total", "Germany", 41.0, None, "2024-10-02") in got
    assert not any(f[1] == "EU" for f in got)


def test_projects_of_domestic_investors_are_not_foreign_projects():
    body = (
        "Đến nay, toàn tỉnh Bình Dương đã thu hút 80 dự án với tổng vốn hơn 15.000 tỷ đồng; "
        "trong đó có 30 dự án vốn nước ngoài đăng ký 410 triệu USD và 50 dự án của nhà đầu tư "
        "trong nước."
    )
    got = facts(body, date(2024, 5, 1), "vi", title="Bình Dương thu hút đầu tư")
    assert ("fdi_projects_total", None, 30.0, None, "2024-05-01") in got
    assert not any(f[2] == 50.0 for f in got)


def test_projects_drawn_by_three_parks_named_before_are_the_parks_part():
    body = (
        "Tỉnh Bình Dương có 5 khu công nghiệp, trong đó 3 khu đã vận hành. Tính đến nay, ba khu "
        "này đã thu hút 70 dự án; trong đó có 15 dự án vốn nước ngoài với tổng vốn 310 triệu USD. "
        "Năm 2023, tỉnh thu hút 1,2 tỷ USD vốn FDI, xuất khẩu đạt 32 tỷ USD."
    )
    got = facts(body, date(2024, 5, 1), "vi", title="Bình Dương thu hút đầu tư và xuất khẩu")
    assert ("fdi_capital_period", None, 1200000000.0, "2023-01-01", "2023-12-31") in got
    assert not any(f[2] in (15.0, 310000000.0) for f in got)
