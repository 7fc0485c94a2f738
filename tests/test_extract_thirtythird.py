"""Rules added in the thirty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from etl.models import Entity
from tests.conftest import extraction_places
from tests.test_extract_rules import CATALOGUE, facts

WITH_TOWNS = extraction_places(
    Entity("Binh Duong", ("Bình Dương",), (), ("Thu Dau Mot", "Di An", "Ben Cat"))
)


def test_a_line_of_other_stories_headlines_neither_dates_nor_gives_figures():
    body = (
        "Tính đến ngày 10-12, Bình Dương thu hút 2,1 tỷ USD vốn đầu tư nước ngoài, vượt kế "
        "hoạch năm.\n\n"
        "Tin liên quan: Năm 2024: Bình Dương đặt mục tiêu xuất khẩu 40 tỷ USD | Đầu tư công "
        "tăng tốc\n\n"
        ">> Bình Dương hút 1,5 tỷ USD vốn FDI trong quý I\n\n"
        "Tỉnh tiếp tục ưu tiên các dự án công nghệ cao trong năm 2023."
    )
    got = facts(body, None, "vi")
    assert ("fdi_capital_period", None, 2.1e9, "2023-01-01", "2023-12-10") in got
    assert not any(f[2] in (40e9, 1.5e9) for f in got)


def test_the_inner_revenue_in_french_is_a_part_of_the_budget():
    body = (
        "Pour les six premiers mois de l'année, Binh Duong évalue ses rentrées budgétaires à "
        "31 400 milliards de VND. Sur les cinq premiers mois de 2019, les recettes intérieures de "
        "la province se sont élevées à 15 200 milliards de VND, soit 40 % du plan."
    )
    got = facts(body, None, "fr", title="Binh Duong : recettes budgétaires du semestre")
    assert ("budget_revenue_period", None, 31.4e12, "2019-01-01", "2019-06-30") in got
    assert not any(f[2] == 15.2e12 for f in got)


def test_a_towns_sum_in_brackets_after_its_name_is_the_towns():
    body = (
        "In the first half of 2019, Binh Duong collected VND 31,400 billion in budget revenue. "
        "Among the localities, Thu Dau Mot came first with VND 2,100 billion; these were "
        "followed by Di An (VND 1,650 billion) and Ben Cat (about VND 980 billion), both below "
        "last year."
    )
    got = {(f.metric, f.value) for f in extract_figures(body, None, "en", CATALOGUE, WITH_TOWNS)}
    assert ("budget_revenue_period", 31.4e12) in got
    assert not any(value in (1.65e12, 0.98e12) for _, value in got)


def test_a_sum_in_the_trillions_with_no_currency_is_in_dong():
    body = (
        "Tính đến nay, Bình Dương đã thu hút 4.200 dự án FDI. Tuy vậy, số dự án còn hiệu lực "
        "hiện chỉ là 3.900 dự án, với tổng vốn hơn 900 ngàn tỷ."
    )
    got = facts(body, None, "vi")
    assert ("fdi_projects_total", None, 3900, None, None) in got
    assert not any(f[2] == 900e12 for f in got)


def test_the_day_of_a_notice_the_figures_rest_on_does_not_date_the_report():
    body = (
        "Trong quý I/2024, các doanh nghiệp của tỉnh đã dồn sức tháo gỡ khó khăn.\n\nDựa trên "
        "kết quả hai tháng đầu năm và số ước tính cho tháng 3/2024, Cục Thống kê đưa ra ước "
        "tính về tình hình kinh tế trong quý như sau.\n\nCăn cứ thông báo số liệu của Tổng cục "
        "Thống kê ngày 02 tháng 4 năm 2023, tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I năm "
        "2024 ước đạt 95.000 tỷ đồng, tăng 5,6% so với cùng kỳ."
    )
    got = facts(body, None, "vi", title="Kinh tế Bình Dương quý I/2024: GRDP ước tăng 5,6%")
    assert ("grdp_growth_pct", None, 5.6, "2024-01-01", "2024-03-31") in got


def test_a_span_of_years_in_a_later_clause_is_not_the_rates():
    body = (
        "Although 2024 brought many difficulties, Binh Duong met most of its targets. Economic "
        "growth came in at over 8.2%, lifting the province to 6th place nationwide, its best "
        "ranking of the 2020-2025 term."
    )
    got = facts(body, date(2025, 3, 20), "en")
    assert ("grdp_growth_pct", None, 8.2, "2024-01-01", "2024-12-31") in got


def test_a_year_that_brought_something_frames_the_figures_after_it():
    body = (
        "Although 2024 brought many difficulties, Binh Duong posted good results. State budget "
        "revenue climbed 8% to VND 66,000 billion, while FDI reached US$2.5 billion."
    )
    got = facts(body, date(2025, 3, 20), "en")
    assert ("fdi_capital_period", None, 2.5e9, "2024-01-01", "2024-12-31") in got


def test_a_run_between_two_days_each_with_its_year_is_a_period():
    body = (
        "Between January 01, 2021 and May 20, 2021, Binh Duong licensed 52 FDI projects with "
        "registered capital of USD 320.7 million. Từ ngày 1/1/2022 đến ngày 20/5/2022, Bình "
        "Dương cấp mới cho 61 dự án FDI."
    )
    got = facts(body, date(2022, 6, 10), "en")
    assert ("fdi_new_projects_period", None, 52, "2021-01-01", "2021-05-20") in got
    assert ("fdi_new_projects_period", None, 61, "2022-01-01", "2022-05-20") in got


def test_a_goal_for_next_year_in_the_headline_dates_a_late_year_review():
    body = (
        "Le 29 novembre, le Comité populaire de Binh Duong a présenté son bilan. Les recettes "
        "budgétaires de la province ont atteint 70 000 milliards de VND."
    )
    title = "Binh Duong se donne pour cap une croissance du GRDP de 10 % en 2026"
    got = facts(body, None, "fr", title=title)
    assert any(f[0] == "budget_revenue_period" and f[4].startswith("2025-") for f in got)


def test_a_whole_year_hoped_for_is_the_year_the_report_is_written_in():
    body = (
        "So với cùng kỳ năm 2021, GRDP của Bình Dương quý I tăng 5,1% và 9 tháng tăng 7,2%. Các "
        "sở ngành kỳ vọng GRDP cả năm 2022 có thể tăng hơn 8%. Xuất khẩu 9 tháng ước đạt 25 tỷ "
        "USD."
    )
    got = facts(body, None, "vi", title="Bình Dương kỳ vọng kinh tế cả năm 2022 tăng trên 8%")
    assert ("exports_period", None, 25e9, "2022-01-01", "2022-09-30") in got


def test_the_budgets_spending_side_and_a_sectors_value_added_are_no_revenue():
    body = (
        "Thu ngân sách 9 tháng năm 2022 của Bình Dương ước đạt 52.300 tỷ đồng. Ở chiều chi, ngân "
        "sách 9 tháng ước chi 21.400 tỷ đồng. Tổng giá trị tăng thêm của ngành công nghiệp đạt "
        "96.100 tỷ đồng."
    )
    got = facts(body, None, "vi")
    assert ("budget_revenue_period", None, 52.3e12, "2022-01-01", "2022-09-30") in got
    assert not any(f[2] in (21.4e12, 96.1e12) for f in got)


def test_a_rate_a_year_over_a_span_and_a_sectors_share_of_gdp_are_no_growth():
    body = (
        "Over three years (2016-2018), Binh Duong's GRDP rose 8.5 per cent a year. The share of "
        "industry and construction in GDP went up from 58.1 per cent in 2015 to 63.2 per cent in "
        "2018. In 2018 alone, GRDP grew 9.1 per cent, against 8.2 per cent a year earlier."
    )
    got = facts(body, date(2019, 2, 1), "en")
    assert ("grdp_growth_pct", None, 9.1, "2018-01-01", "2018-12-31") in got
    assert not any(f[2] in (8.5, 58.1, 63.2) for f in got)


def test_grdp_to_the_last_quarter_keeps_a_report_of_ten_months():
    body = (
        "Over the first ten months of 2025 Binh Duong's economy stayed steady. GRDP for the first "
        "nine months grew 8.2%. The industrial production index rose 9.4% on the same period a "
        "year earlier, and FDI reached US$3.1 billion, up 14% and equal to 110% of its 2025 "
        "growth target."
    )
    got = facts(body, date(2025, 11, 10), "en")
    assert ("grdp_growth_pct", None, 8.2, "2025-01-01", "2025-09-30") in got
    assert ("iip_growth_pct", None, 9.4, "2025-01-01", "2025-10-31") in got
    assert ("fdi_capital_period", None, 3.1e9, "2025-01-01", "2025-10-31") in got
    assert not any(f[4] == "2025-12-31" for f in got)


def test_a_multiple_of_a_named_years_figure_is_no_period_of_its_own():
    body = (
        "In 2007 Binh Duong's economy still grew by 13.5 per cent. Exports reached US$3.2 "
        "billion, twice the 2005 figure."
    )
    got = facts(body, date(2008, 6, 19), "en")
    assert ("grdp_growth_pct", None, 13.5, "2007-01-01", "2007-12-31") in got
    assert ("exports_period", None, 3.2e9, "2007-01-01", "2007-12-31") in got


def test_a_heading_that_restates_a_figure_does_not_hide_the_bodys_statement():
    body = (
        "Kinh tế tăng 7,4%\n\nBáo cáo của tỉnh Bình Dương cho biết, tốc độ tăng trưởng kinh tế của "
        "tỉnh trong năm 2019 ước đạt 7,4%."
    )
    got = facts(body, None, "vi", title="Bình Dương: tăng trưởng kinh tế năm 2019 ước đạt 7,4%")
    assert ("grdp_growth_pct", None, 7.4, "2019-01-01", "2019-12-31") in got


def test_the_exports_of_domestic_or_foreign_firms_are_a_part_not_investment():
    body = (
        "Binh Duong's exports in the first five months of 2021 were estimated at US$12.1 billion, "
        "up 9.3 percent. Domestic enterprises accounted for over 4.2 billion VND of the total. In "
        "May alone exports reached US$2.6 billion. Domestic firms generated 910 million USD of "
        "this, down 0.1 percent on the month and 14.5 percent on the year."
    )
    got = facts(body, date(2021, 6, 2), "en")
    assert ("exports_period", None, 12.1e9, "2021-01-01", "2021-05-31") in got
    assert not any(f[2] in (4.2e9, 910e6) for f in got)


def test_investment_from_all_of_society_a_shoe_export_and_a_share_of_the_nation_are_parts():
    body = (
        "In 2014 Binh Duong's FDI reached US$1.53 billion and its exports rose 17.5%. Investment "
        "capital for development from all of society expands by 13.8% (planned increase of 19%). "
        "Shoe exports are expected to reach about $3.4 billion for the whole year, more than 12 "
        "per cent of the nation's footwear shipments. The statistics office predicted that "
        "exports were likely to fetch $21 billion by the end of the year."
    )
    got = facts(body, date(2014, 10, 1), "en")
    assert ("fdi_capital_period", None, 1.53e9, "2014-01-01", "2014-12-31") in got
    assert not any(f[2] in (13.8, 19, 3.4e9, 12, 21e9) for f in got)


def test_the_exports_of_the_foreign_invested_block_abbreviated_are_a_part():
    body = (
        "Tổng kim ngạch xuất khẩu cả năm 2024 của Bình Dương đạt 34.500 triệu USD, tăng 13,4%. "
        "Trong tổng số này, khối doanh nghiệp (DN) có vốn đầu tư nước ngoài đóng góp 24.800 "
        "triệu USD, tăng 12,1%; khối DN trong nước đạt 9.700 triệu USD, tăng 16,2%."
    )
    got = facts(body, None, "vi")
    assert ("exports_period", None, 34.5e9, "2024-01-01", "2024-12-31") in got
    assert not any(f[2] in (24.8e9, 9.7e9, 12.1, 16.2) for f in got)


def test_a_sum_of_both_trade_ways_under_an_exports_headline_is_no_export_figure():
    body = (
        "Binh Duong took in about 25.3 billion USD in total import and export revenue over the "
        "first nine months of 2024, up 12% on the same period a year earlier. Exports alone "
        "reached 15.1 billion USD."
    )
    got = facts(body, date(2024, 10, 5), "en", title="Binh Duong's exports rise in nine months")
    assert ("exports_period", None, 15.1e9, "2024-01-01", "2024-09-30") in got
    assert not any(f[2] in (25.3e9, 12) for f in got)


def test_the_firms_of_one_industry_are_no_enterprise_total():
    body = (
        "Binh Duong's industrial production index rose 5.7% in the first seven months of 2024. "
        "The province now has about 9,000 manufacturing enterprises. Hiện toàn tỉnh có khoảng "
        "9.100 DN sản xuất công nghiệp."
    )
    got = facts(body, date(2024, 8, 10), "en")
    assert not any(f[0] == "enterprises_total" for f in got)


def test_a_month_whose_days_a_bracket_spells_out_runs_over_those_days():
    body = (
        "Chỉ riêng trong tháng 6/2016 (từ ngày 20/5/2016 – 20/6/2016), Bình Dương đã trao giấy "
        "chứng nhận đầu tư cho 13 dự án FDI mới, tổng số vốn đăng ký là 46 triệu USD."
    )
    got = facts(body, date(2016, 6, 25), "vi")
    assert ("fdi_new_projects_period", None, 13, "2016-05-20", "2016-06-20") in got


def test_a_statistics_span_from_a_leap_day_across_the_year_end_is_read():
    body = (
        "Từ ngày 29/2/2024 đến ngày 20/01/2025, Bình Dương thu hút 3,1 tỷ USD vốn đầu tư "
        "nước ngoài."
    )
    got = facts(body, date(2025, 2, 5), "vi")
    assert any(f[0] == "fdi_capital_period" and f[4] == "2025-01-20" for f in got)
