"""Shapes of our own wording found in the eighteenth session: the period of the rate a figure is
compared with belongs to that base (base-period), and Huế is named as the city it became."""

from __future__ import annotations

from datetime import date

from etl.config.load import load_settings
from etl.extract.relevance import EntityMatcher, judge
from tests.conftest import ROOT
from tests.test_extract_rules import CATALOGUE, facts, reasons

PUBLISHED = date(2024, 7, 8)
Q1_2024 = ("2024-01-01", "2024-03-31")


def test_the_period_of_a_base_rate_sets_no_period_for_the_sentences_after():
    body = (
        "Tính chung 3 tháng đầu năm, tổng sản phẩm trong nước tăng 5,66% so với cùng kỳ năm "
        "trước, cao hơn mức tăng 3,4% của quý I/2021. Cũng trong quý này, GRDP của Bình Dương "
        "tăng 7,1%."
    )
    found = facts(body, date(2024, 4, 6), lang="vi")
    assert ("grdp_growth_pct", None, 7.1, *Q1_2024) in found
    assert not any(f[3:] == ("2021-01-01", "2021-03-31") for f in found)


def test_the_period_of_a_base_rate_is_not_the_period_of_the_rate_before_it():
    body = (
        "Kinh tế Bình Dương 6 tháng đầu năm 2024\n\n"
        "Tổng sản phẩm trên địa bàn (GRDP) của Bình Dương tăng 6,8% so với cùng kỳ năm trước, "
        "vượt mức tăng 5,2% của 6 tháng đầu năm 2023."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("grdp_growth_pct", None, 6.8, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 5.2 for f in found)
    assert "compared with" in reasons(body, PUBLISHED, lang="vi")["5,2%"]


def test_an_english_base_rate_keeps_its_period_to_itself():
    body = (
        "Binh Duong's economy in the first quarter of 2024\n\n"
        "Binh Duong's GRDP grew by 7.1 percent year on year, higher than the 4.5 percent of the "
        "first quarter of 2023. Exports reached 5.2 billion USD."
    )
    found = facts(body, PUBLISHED)
    assert ("exports_period", None, 5.2e9, *Q1_2024) in found
    assert ("grdp_growth_pct", None, 7.1, *Q1_2024) in found


def test_hue_is_named_as_the_city_it_became():
    settings = load_settings(ROOT / "configs" / "thua-thien-hue.toml")
    matcher = EntityMatcher.from_entity(settings.entity)
    title = "Kinh tế Huế 9 tháng: xuất khẩu tăng mạnh"
    body = (
        "Chín tháng năm 2025, kim ngạch xuất khẩu của thành phố Huế đạt 1,1 tỷ USD, tăng 20% so "
        "với cùng kỳ."
    )
    assert judge(title, body, matcher, CATALOGUE).relevant


def test_the_domestic_product_of_the_country_is_no_province_growth():
    body = (
        "Kinh tế Bình Dương quý I/2024\n\n"
        "Theo Tổng cục Thống kê, quý I/2024 tổng sản phẩm trong nước ước tăng 5,66% so với cùng "
        "kỳ. Tổng sản phẩm trên địa bàn tỉnh tăng 7,1%."
    )
    found = facts(body, date(2024, 4, 6), lang="vi")
    assert ("grdp_growth_pct", None, 7.1, *Q1_2024) in found
    assert not any(f[2] == 5.66 for f in found)


def test_a_number_of_visits_is_no_money():
    body = (
        "Quý I/2024, tổng mức bán lẻ hàng hóa của Bình Dương tăng 18%; lượng khách đến tỉnh tăng "
        "1,5 lần (hơn 1,9 triệu lượt)."
    )
    found = facts(body, date(2024, 4, 6), lang="vi")
    assert not any(f[2] == 1.9e6 for f in found)
    assert "no money" in reasons(body, date(2024, 4, 6), lang="vi")["1,9 triệu"]


def test_a_sum_joined_to_a_count_raised_to_a_total_is_a_total_too():
    body = (
        "In the year to December 20, the authorities approved five foreign direct investment "
        "projects worth US$120 million, lifting the number of foreign-invested projects in Binh "
        "Duong to 410, with total pledged capital of US$3.2 billion."
    )
    found = facts(body, date(2024, 12, 22))
    assert ("fdi_projects_total", None, 410, None, "2024-12-20") in found
    assert ("fdi_capital_total", None, 3.2e9, None, "2024-12-20") in found


def test_approving_foreign_projects_is_licensing_new_ones():
    body = (
        "In the year to December 20, Binh Duong approved five foreign direct investment projects "
        "worth US$120 million."
    )
    found = facts(body, date(2024, 12, 22))
    assert any(f[0] == "fdi_new_projects_period" and f[2] == 5 for f in found)
    assert any(f[0] == "fdi_new_capital_period" and f[2] == 120e6 for f in found)


def test_the_sales_and_taxes_of_foreign_firms_are_no_investment_and_no_budget():
    body = (
        "Quý II/2024, các dự án FDI trên địa bàn Bình Dương có doanh thu 120 triệu USD, bằng 130% "
        "so với cùng kỳ, và nộp ngân sách 1.300 tỷ đồng."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert not any(f[0].startswith(("fdi_", "budget_")) for f in found)


def test_french_turnover_is_no_investment_but_export_turnover_is_exports():
    sales = (
        "L'an dernier, les entreprises d'IDE implantées à Binh Duong ont généré un chiffre "
        "d'affaires de plus de 9 milliards de dollars, en hausse de 11% sur un an."
    )
    assert not facts(sales, PUBLISHED, lang="fr")
    exports = (
        "Au premier semestre 2024, le chiffre d'affaires des exportations de Binh Duong a atteint "
        "16,2 milliards de dollars, en hausse de 9,5%."
    )
    found = facts(exports, PUBLISHED, lang="fr")
    assert ("exports_period", None, 16.2e9, "2024-01-01", "2024-06-30") in found


def test_grants_in_aid_are_no_investment():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương thu hút 820 triệu USD vốn FDI. Ngoài ra, tỉnh cho 4 "
        "dự án điều chỉnh tăng vốn thêm 21,5 triệu USD và tiếp nhận 5 chương trình, dự án viện "
        "trợ không hoàn lại có tổng vốn khoảng 4,2 triệu USD."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_adjusted_capital_period", None, 21.5e6, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 4.2e6 for f in found)
    assert "vien tro" in reasons(body, PUBLISHED, lang="vi")["4,2 triệu USD"]


def test_litres_kilowatt_hours_and_tonnes_are_no_money():
    body = (
        "Binh Duong drew 820 million USD of FDI in the first quarter of 2024. Several key "
        "products posted gains: beer reached 41.5 million liters (up 8%) and electricity 897 "
        "million kWh (up 12%)."
    )
    found = facts(body, date(2024, 4, 6))
    assert ("fdi_capital_period", None, 820e6, *Q1_2024) in found
    why = reasons(body, date(2024, 4, 6))
    assert "no money" in why["41.5 million"]
    assert "no money" in why["897 million"]
    port = "Le port fluvial de Binh Duong devra traiter 12,5 millions de tonnes de fret en 2025."
    assert "no money" in reasons(port, PUBLISHED, lang="fr")["12,5 millions"]


def test_the_largest_or_a_standout_project_is_one_companys_money():
    body = (
        "In the first quarter of 2024, Binh Duong drew 920 million USD in FDI. The largest is a "
        "tyre plant of a Chinese group, with an investment of 310 million USD. Among the "
        "standout projects was a logistics park in Ben Cat, with registered investment of over "
        "$120 million."
    )
    found = facts(body, date(2024, 4, 6))
    assert ("fdi_capital_period", None, 920e6, *Q1_2024) in found
    assert not any(f[2] in (310e6, 120e6) for f in found)


def test_a_company_lifting_its_own_total_is_no_province_figure():
    body = (
        "In the first half of 2024, Binh Duong drew 1.3 billion USD in FDI. One maker of "
        "packaging added 80 million USD, lifting its total investment to 260 million USD. Sáu "
        "tháng đầu năm 2024, một doanh nghiệp Hàn Quốc đăng ký thêm 50 triệu USD, đưa tổng vốn "
        "đầu tư của dự án lên 190 triệu USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", None, 1.3e9, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] in (260e6, 190e6) for f in found)


def test_a_dollar_sum_before_one_project_is_that_projects_size():
    body = (
        "After the expressway opened in 2022, Binh Duong landed several foreign projects, among "
        "them a US$64.5 million precision mould and die making project of a Japanese firm."
    )
    assert not any(f[2] == 64.5e6 for f in facts(body, PUBLISHED))


def test_a_base_period_beside_a_past_years_span_keeps_the_years_figures():
    body = (
        "Năm 2023, GRDP của Bình Dương tăng 8,1%. Khu vực công nghiệp tăng 6,9%, vượt mức tăng "
        "5,8% của năm 2022; khu vực dịch vụ tăng 7,2%, cao hơn hẳn mức 6,1% của năm 2022."
    )
    found = facts(body, date(2024, 1, 3), lang="vi")
    assert ("grdp_growth_pct", None, 8.1, "2023-01-01", "2023-12-31") in found
    assert not any(f[2] in (5.8, 6.1) for f in found)


def test_what_the_province_is_confident_of_achieving_is_a_target():
    body = (
        "In the first quarter of 2024, Binh Duong's exports reached 6.1 billion USD. The province "
        "is confident of achieving this year GRDP growth of 7.5 percent and export turnover of "
        "$35 billion (up 8 percent)."
    )
    found = facts(body, date(2024, 4, 6))
    assert ("exports_period", None, 6.1e9, *Q1_2024) in found
    assert not any(f[2] in (7.5, 35e9, 8) for f in found)


def test_jusqu_en_a_month_counts_to_that_months_end_for_the_ranking_after_it():
    body = (
        "Jusqu'en mai 2024, Binh Duong avait attiré 4.200 projets d'IDE pour un capital total "
        "enregistré de 41,5 milliards de dollars. Le Japon est aujourd'hui le premier "
        "investisseur de la province, avec 7,9 milliards de dollars. Vient ensuite la République "
        "de Corée avec 5,1 milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 4200, None, "2024-05-31") in found
    assert ("fdi_capital_total", "Japan", 7.9e9, None, "2024-05-31") in found
    assert ("fdi_capital_total", "South Korea", 5.1e9, None, "2024-05-31") in found


def test_a_count_whose_share_of_the_total_follows_is_a_part():
    body = (
        "As of June 30, 2024, Binh Duong had 4,200 FDI projects. Most are small and make garments "
        "or shoes: 3,150 projects, or 75 per cent of the total."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_projects_total", None, 4200, None, "2024-06-30") in found
    assert not any(f[2] == 3150 for f in found)
    assert "share of the total" in reasons(body, PUBLISHED)["3,150"]


def test_a_target_set_for_a_quantity_to_reach_a_sum_is_a_target():
    body = (
        "Quý I/2025, xuất khẩu của Bình Dương đạt 8,1 tỷ USD. Cho năm 2025, Bình Dương đặt mục "
        "tiêu kim ngạch xuất khẩu hàng hóa đạt 38 tỷ USD."
    )
    found = facts(body, date(2025, 4, 2), lang="vi")
    assert ("exports_period", None, 8.1e9, "2025-01-01", "2025-03-31") in found
    assert not any(f[2] == 38e9 for f in found)


def test_a_target_met_and_a_sum_reached_after_it_stays_a_figure():
    body = "Năm 2024, thu ngân sách của Bình Dương vượt mục tiêu và đạt 72.000 tỷ đồng."
    found = facts(body, date(2025, 1, 5), lang="vi")
    assert ("budget_revenue_period", None, 72e12, "2024-01-01", "2024-12-31") in found


def test_the_nations_exports_in_french_are_no_provinces():
    body = (
        "En octobre 2024, Binh Duong a exporté pour 3,1 milliards d'USD. À l'échelle nationale, "
        "les exportations ont atteint 35,6 milliards d'USD en octobre."
    )
    found = facts(body, date(2024, 11, 8), lang="fr")
    assert ("exports_period", None, 3.1e9, "2024-10-01", "2024-10-31") in found
    assert not any(f[2] == 35.6e9 for f in found)


def test_the_rise_of_a_rate_and_its_distance_past_a_plan_are_no_rates():
    body = (
        "Binh Duong puts its GRDP growth in the first half of 2024 at an estimated 7.1%, a rise of "
        "1.2% year on year. Exports grew 11.5% over the same period and 2.5% above the growth "
        "scenario set for the half."
    )
    found = facts(body, PUBLISHED)
    assert ("grdp_growth_pct", None, 7.1, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] in (1.2, 2.5) for f in found)
    assert "in points" in reasons(body, PUBLISHED)["1.2%"]
    vi = (
        "6 tháng đầu năm 2024, tốc độ tăng trưởng kinh tế của Bình Dương đạt 7,1%, cao hơn 1,4% so "
        "với cùng kỳ năm 2023."
    )
    found = facts(vi, PUBLISHED, lang="vi")
    assert ("grdp_growth_pct", None, 7.1, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 1.4 for f in found)


def test_growth_at_current_prices_is_no_real_growth():
    body = (
        "Quý I/2024, GRDP của Bình Dương theo giá so sánh tăng 6,9%. Quy mô GRDP theo giá hiện "
        "hành ước đạt 120.000 tỷ đồng, tăng 11,2% so với cùng kỳ."
    )
    found = facts(body, date(2024, 4, 6), lang="vi")
    assert ("grdp_growth_pct", None, 6.9, *Q1_2024) in found
    assert not any(f[2] == 11.2 for f in found)


def test_a_change_from_the_month_before_named_is_no_year_on_year_change():
    body = (
        "February 2024 exports of Binh Duong were worth 2.6 billion USD, up more than 21% from "
        "January and 12.5% higher year-on-year."
    )
    found = facts(body, date(2024, 3, 3))
    assert ("exports_period_yoy_pct", None, 12.5, "2024-02-01", "2024-02-29") in found
    assert not any(f[2] == 21 for f in found)
    fr = (
        "En avril 2024, Binh Duong a exporté pour 2,9 milliards de dollars, en hausse de 4,2% par "
        "rapport à mars et de 13,1% en glissement annuel."
    )
    found = facts(fr, date(2024, 5, 6), lang="fr")
    assert not any(f[2] == 4.2 for f in found)
    assert ("exports_period_yoy_pct", None, 13.1, "2024-04-01", "2024-04-30") in found


def test_french_purchases_beside_sales_abroad_are_imports():
    body = (
        "Sur les quatre premiers mois de 2024, les ventes de Binh Duong à l'étranger se sont "
        "élevées à 10,2 milliards d'USD, alors que ses achats ont atteint 6,8 milliards d'USD."
    )
    found = facts(body, date(2024, 5, 6), lang="fr")
    assert ("exports_period", None, 10.2e9, "2024-01-01", "2024-04-30") in found
    assert ("imports_period", None, 6.8e9, "2024-01-01", "2024-04-30") in found


def test_a_country_named_as_a_backdrop_sets_no_passage():
    body = (
        "Tính đến cuối tháng 9/2024, Bình Dương thu hút 1,2 tỷ USD vốn FDI. Trong bối cảnh cả "
        "nước lẫn thế giới còn nhiều khó khăn, đây là kết quả đáng ghi nhận. Song song đó, vốn "
        "đầu tư trong nước thu hút được cũng đạt 52.000 tỷ đồng."
    )
    found = facts(body, date(2024, 10, 5), lang="vi")
    assert ("domestic_capital_period", None, 52e12, "2024-01-01", "2024-09-30") in found


def test_the_total_capital_of_the_projects_just_counted_is_their_periods():
    body = (
        "Sáu tháng đầu năm 2024, Bình Dương thu hút được 41 dự án đầu tư trong nước. Tổng vốn đăng "
        "ký của các dự án này là 6.300 tỷ đồng."
    )
    found = facts(body, PUBLISHED, lang="vi")
    assert ("domestic_capital_period", None, 6.3e12, "2024-01-01", "2024-06-30") in found


def test_the_projects_that_cut_their_capital_are_no_new_projects():
    body = (
        "Chín tháng năm 2024, Bình Dương cấp mới 98 dự án FDI với tổng vốn 1,1 tỷ USD. Ở chiều "
        "ngược lại, tỉnh cũng ghi nhận 9 dự án giảm vốn (32 triệu USD)."
    )
    found = facts(body, date(2024, 10, 5), lang="vi")
    assert ("fdi_new_projects_period", None, 98, "2024-01-01", "2024-09-30") in found
    assert not any(f[2] == 9 for f in found)


def test_what_should_or_could_come_is_a_forecast_in_french():
    body = (
        "En janvier 2024, Binh Duong a exporté pour 2,6 milliards de dollars. Pour 2024, les "
        "exportations de la province pourraient atteindre 36 milliards de dollars, et la province "
        "devrait accueillir trois nouveaux projets d'IDE en février."
    )
    found = facts(body, date(2024, 2, 5), lang="fr")
    assert ("exports_period", None, 2.6e9, "2024-01-01", "2024-01-31") in found
    assert not any(f[2] in (36e9, 3) for f in found)
