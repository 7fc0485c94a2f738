"""Rules added in the thirty-ninth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.sentences import split_sentences
from tests.test_extract_eleventh import _relevant
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


def test_a_local_paper_that_says_the_city_then_a_lowercase_verb_speaks_of_its_own():
    title = "Tháng 5, bán lẻ tăng 4,2% so với tháng trước"
    body = (
        "(BD) - Sang tháng 5, các cửa hàng trên địa bàn tỉnh được mở cửa trở lại. Tổng mức bán "
        "lẻ hàng hóa và doanh thu dịch vụ tháng 5 ước đạt 21.300 tỷ đồng, tăng 4,2% so với tháng "
        "trước."
    )
    assert _relevant(title, body)
    assert not _relevant(title, body.replace("địa bàn tỉnh", "địa bàn tỉnh Long An"))


def test_a_local_report_that_says_of_the_province_late_in_its_body_is_its_own():
    title = "Quý I: chỉ số sản xuất công nghiệp ước tăng 9,1%"
    body = (
        "Tính theo giá so sánh 2010, giá trị sản xuất công nghiệp quý I ước đạt 72.400 tỷ đồng. "
        "So với cùng kỳ, chỉ số sản xuất công nghiệp ước tăng 9,1%. Tổng mức bán lẻ hàng hóa, "
        "doanh thu dịch vụ tiêu dùng quý I ước đạt 18.200 tỷ đồng, tăng 7,3%. Xuất khẩu hàng "
        "hóa quý I ước đạt 7.100 triệu USD, tăng 11,4%. Nhờ các chính sách hỗ trợ, sản xuất "
        "công nghiệp của tỉnh trong quý I chuyển biến khả quan."
    )
    assert _relevant(title, body)
    elsewhere = body.replace("Xuất khẩu hàng hóa", "Xuất khẩu hàng hóa của Đồng Nai")
    assert not _relevant(title, elsewhere)


def test_a_full_stop_before_a_lowercase_vietnamese_word_does_not_end_the_sentence():
    text = "Vốn đăng ký đạt 1.200 tr. đồng, tăng 8%. Đồng thời có 15 dự án mới."
    got = [s.text for s in split_sentences(text)]
    assert got == ["Vốn đăng ký đạt 1.200 tr. đồng, tăng 8%.", "Đồng thời có 15 dự án mới."]


def test_a_period_figure_a_speaker_told_at_a_ceremony_is_the_province_s():
    body = (
        "At the ceremony, provincial chairman Vo Van Minh said that since the start of the year "
        "Binh Duong had drawn 1.9 billion USD of foreign investment, up 20% year on year."
    )
    got = facts(body, date(2024, 6, 10), "en", title="Binh Duong hands licences to six projects")
    assert ("fdi_capital_period", None, 1900000000.0, "2024-01-01", "2024-06-10") in got
    assert ("fdi_capital_period_yoy_pct", None, 20.0, "2024-01-01", "2024-06-10") in got


def test_the_sums_of_the_ceremony_itself_stay_a_subset():
    body = (
        "At the ceremony, the chairman said the six projects carry a combined 420 million USD of "
        "registered capital."
    )
    got = facts(body, date(2024, 6, 10), "en", title="Binh Duong hands licences to six projects")
    assert not any(f[2] == 420000000.0 for f in got)


def test_the_year_s_initial_months_and_a_ratio_to_the_corresponding_months():
    body = (
        "Binh Duong drew 640 million USD of foreign capital in the year's initial three months, "
        "a sum that equals 88.5 percent of what it recorded in the corresponding months a year "
        "before."
    )
    got = facts(body, date(2022, 4, 4), "en", title="Binh Duong FDI")
    assert ("fdi_capital_period", None, 640000000.0, "2022-01-01", "2022-03-31") in got
    assert ("fdi_capital_period_yoy_pct", None, -11.5, "2022-01-01", "2022-03-31") in got


def test_the_same_month_of_a_year_earlier_is_a_base_not_the_period():
    body = (
        "Theo Cục Thống kê tỉnh Bình Dương, riêng tháng 2/2025, chỉ số sản xuất công nghiệp của "
        "tỉnh ước tính tăng 9,57% so với cùng tháng năm 2024."
    )
    got = facts(body, None, "vi", title="Bình Dương: công nghiệp hai tháng đầu năm 2025")
    assert ("iip_growth_pct", None, 9.57, "2025-02-01", "2025-02-28") in got


def test_projects_from_a_country_s_investors_together_worth_a_sum_share_the_partner():
    body = (
        "In the first quarter of 2024 Binh Duong licensed nine new projects from Japanese "
        "investors, together worth over 51.2 million USD."
    )
    got = facts(body, date(2024, 4, 27), "en", title="Binh Duong courts Japanese investors")
    assert ("fdi_new_capital_period", "Japan", 51200000.0, "2024-01-01", "2024-03-31") in got


def test_the_nation_a_rank_is_taken_in_is_not_the_place_of_the_next_figure():
    body = (
        "Binh Duong's economy keeps a brisk pace. Its exports ranked it third nationwide in "
        "2023, and in the first half of 2024 the provincial economy expanded by 6.1%."
    )
    got = facts(body, date(2024, 7, 10), "en", title="Binh Duong and Singapore")
    assert ("grdp_growth_pct", None, 6.1, "2024-01-01", "2024-06-30") in got


def test_the_half_a_plan_is_for_is_not_the_figure_s_period():
    body = (
        "Báo cáo tình hình 6 tháng đầu năm 2023 cùng kế hoạch cho nửa cuối năm, lãnh đạo tỉnh "
        "Bình Dương cho biết tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 142.600 tỷ "
        "đồng."
    )
    got = facts(body, date(2023, 8, 7), "vi", title="Bình Dương: kinh tế nửa đầu năm 2023")
    assert ("retail_sales_period", None, 142600000000000.0, "2023-01-01", "2023-06-30") in got


def test_as_of_or_by_the_end_of_last_year_is_that_year_s_last_day():
    got = facts(
        "As of last year, Binh Duong hosted 3,870 foreign-funded projects holding over $35 "
        "billion in registered capital.",
        date(2021, 4, 10), "en", title="Binh Duong FDI",
    )  # fmt: skip
    assert ("fdi_projects_total", None, 3870.0, None, "2020-12-31") in got
    assert ("fdi_capital_total", None, 35000000000.0, None, "2020-12-31") in got
    got = facts(
        "Tính đến hết năm ngoái, tỉnh Bình Dương có 3.870 dự án FDI với tổng vốn hơn 35 tỷ USD.",
        date(2021, 4, 10), "vi", title="Bình Dương thu hút FDI",
    )  # fmt: skip
    assert ("fdi_projects_total", None, 3870.0, None, "2020-12-31") in got


def test_the_parks_a_province_has_planned_to_build_are_its_parks():
    got = facts(
        "The province has planned to build 33 industrial parks on a total of 15,200 ha of land. "
        "Of these, 29 covering 12,700 ha have been licensed for construction.",
        date(2023, 7, 24), "en", title="Binh Duong's industrial parks at twenty",
    )  # fmt: skip
    assert ("industrial_parks_total", None, 33.0, None, "2023-07-24") in got
    assert ("industrial_parks_area_ha", None, 15200.0, None, "2023-07-24") in got
    got = facts(
        "Tỉnh Bình Dương quy hoạch 33 khu công nghiệp với tổng diện tích 15.200 ha.",
        date(2023, 7, 24), "vi", title="Khu công nghiệp Bình Dương",
    )  # fmt: skip
    assert ("industrial_parks_total", None, 33.0, None, "2023-07-24") in got


def test_the_parks_the_approved_plan_provides_for_and_those_working_already():
    body = (
        "Le plan approuvé prévoit pour Binh Duong 33 zones industrielles couvrant environ "
        "15.200 ha. À l'heure actuelle, 29 d'entre elles fonctionnent déjà."
    )
    got = facts(body, date(2023, 3, 28), "fr", title="Binh Duong : les zones industrielles")
    assert ("industrial_parks_total", None, 33.0, None, "2023-03-28") in got
    assert ("industrial_parks_total", None, 29.0, None, "2023-03-28") in got


def test_parks_still_to_be_added_to_the_plan_are_not_the_province_s_parks():
    body = "Tỉnh Bình Dương đang lập quy hoạch thêm 15 khu công nghiệp, tổng diện tích 10.200 ha."
    got = facts(body, date(2023, 3, 28), "vi", title="Bình Dương quy hoạch thêm khu công nghiệp")
    assert not any(f[2] in (15.0, 10200.0) for f in got)


def test_the_countries_present_in_the_province_are_its_investor_countries():
    body = (
        "Au cours des neuf premiers mois de 2018, Binh Duong a attiré 1,3 milliard de dollars "
        "d'IDE. La République de Corée arrive en tête des 58 pays et territoires présents à "
        "Binh Duong, devant Taïwan (Chine) et le Japon."
    )
    got = facts(body, date(2018, 10, 2), "fr", title="Binh Duong : les IDE de neuf mois")
    assert ("fdi_countries_total", None, 58.0, None, "2018-09-30") in got  # the round-up's end


def test_a_clause_after_comma_and_has_its_own_subject_and_month():
    body = (
        "The goods market in Binh Duong stayed calm, and November retail sales of goods and "
        "services are estimated at VND28,400 billion, 3.1% more than a year earlier."
    )
    got = facts(body, date(2025, 12, 5), "en", title="Binh Duong in eleven months")
    assert ("retail_sales_period", None, 28400000000000.0, "2025-11-01", "2025-11-30") in got


def test_projects_funded_from_outside_the_state_budget_are_no_budget_revenue():
    body = (
        "In the first half Binh Duong approved 21 new investment projects funded from outside "
        "the state budget, worth nearly VND14,000 billion in all."
    )
    got = facts(body, date(2025, 7, 20), "en", title="Binh Duong draws non-budget investment")
    assert not any(f[0] == "budget_revenue_period" for f in got)


def test_shipments_with_crude_oil_left_aside_are_a_part():
    body = (
        "Binh Duong's exports reached 7.6 billion USD in the first two months. Leaving crude oil "
        "aside, the province's shipments came to 7.2 billion USD over the two months, 4.1 percent "
        "more than a year before."
    )
    got = facts(body, date(2022, 3, 1), "en", title="Binh Duong exports edge up")
    assert ("exports_period", None, 7600000000.0, "2022-01-01", "2022-02-28") in got
    assert not any(f[2] in (7200000000.0, 4.1) for f in got)


def test_the_goods_a_province_bought_are_its_imports():
    body = (
        "In the first eight months Binh Duong sold goods worth 20.1 billion USD abroad. On the "
        "other side of the ledger, the province bought goods worth over 12.4 billion USD, 2.8% "
        "less than a year earlier."
    )
    got = facts(body, date(2020, 9, 5), "en", title="Binh Duong trade in eight months")
    assert ("imports_period", None, 12400000000.0, "2020-01-01", "2020-08-31") in got


def test_the_index_of_the_same_period_last_year_told_after_trong_khi_is_a_base():
    body = (
        "Tính cả 9 tháng, chỉ số sản xuất công nghiệp của tỉnh Bình Dương tăng 8,4% trong khi "
        "cùng kỳ năm ngoái chỉ số này giảm 3,7%."
    )
    got = facts(body, date(2022, 10, 13), "vi", title="Bình Dương: IIP 9 tháng")
    assert ("iip_growth_pct", None, 8.4, "2022-01-01", "2022-09-30") in got
    assert not any(f[2] == -3.7 for f in got)


def test_the_rate_of_the_key_industries_alone_is_a_part():
    body = (
        "Chín tháng, chỉ số sản xuất công nghiệp của tỉnh Bình Dương tăng 8,4%; riêng bốn ngành "
        "công nghiệp trọng điểm có mức tăng ước khoảng 11,2%."
    )
    got = facts(body, date(2022, 10, 13), "vi", title="Bình Dương: IIP 9 tháng")
    assert ("iip_growth_pct", None, 8.4, "2022-01-01", "2022-09-30") in got
    assert not any(f[2] == 11.2 for f in got)


def test_capital_adjustment_projects_are_the_adjusted_ones():
    body = (
        "In 2021 Binh Duong drew 2.1 billion USD of FDI. Broken down, the inflow came from 64 new "
        "projects, plus 24 capital adjustment projects."
    )
    got = facts(body, date(2021, 12, 28), "en", title="Binh Duong FDI in 2021")
    assert ("fdi_adjusted_projects_period", None, 24.0, "2021-01-01", "2021-12-31") in got
