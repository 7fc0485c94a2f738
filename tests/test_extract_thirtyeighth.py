"""Rules added in the thirty-eighth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_place_the_province_borders_named_in_an_aside_does_not_own_its_figures():
    body = (
        "Binh Duong, which borders Ho Chi Minh City, the south's chief trading hub, counts 29 "
        "industrial parks covering some 12,700 hectares. The province drew 1.2 billion USD of "
        "FDI in the first four months."
    )
    got = facts(body, date(2023, 5, 2), "en", title="Binh Duong industrial parks")
    assert ("industrial_parks_total", None, 29.0, None, "2023-05-02") in got
    assert ("industrial_parks_area_ha", None, 12700.0, None, "2023-05-02") in got


def test_the_parks_already_running_after_the_parks_total_are_counted_too():
    body = (
        "Binh Duong now has 29 industrial parks, 27 of them already running, and 12 industrial "
        "clusters."
    )
    got = facts(body, date(2019, 3, 4), "en")
    assert ("industrial_parks_total", None, 27.0, None, "2019-03-04") in got
    assert ("industrial_parks_total", None, 29.0, None, "2019-03-04") in got


def test_french_parks_in_operation_after_dont_or_d_entre_elles_are_counted():
    body = (
        "La province de Binh Duong compte aujourd'hui 29 zones industrielles, dont 27 en "
        "activité. Elle dispose aussi de 12 pôles industriels ; 9 d'entre eux sont en service."
    )
    got = facts(body, date(2019, 3, 4), "fr")
    assert ("industrial_parks_total", None, 27.0, None, "2019-03-04") in got
    assert ("industrial_parks_total", None, 29.0, None, "2019-03-04") in got


def test_french_projects_in_operation_d_entre_eux_are_a_part_not_a_total():
    body = (
        "Fin 2023, Binh Duong comptait 18 projets d'IDE de plus de 100 millions de dollars ; "
        "11 d'entre eux étaient déjà en exploitation."
    )
    got = facts(body, date(2024, 1, 10), "fr")
    assert ("fdi_projects_total", None, 18.0, None, "2023-12-31") in got
    assert not [f for f in got if f[2] == 11.0]


def test_the_capital_a_new_foreign_part_is_carrying_is_the_new_projects_capital():
    body = (
        "In March Binh Duong licensed 20 new investment projects with total capital of VND "
        "5,200 billion, among them 6 FDI projects carrying total capital of 95 million USD."
    )
    got = facts(body, date(2024, 4, 3), "en")
    assert ("fdi_new_projects_period", None, 6.0, "2024-03-01", "2024-03-31") in got
    assert ("fdi_new_capital_period", None, 95000000.0, "2024-03-01", "2024-03-31") in got


def test_a_first_rise_since_last_year_names_when_a_run_began_not_the_figures_period():
    body = (
        "Trade picked up again in the first six months of 2022. Binh Duong's GRDP grew by an "
        "estimated 2.1%, its first rise since the slump that set in at the start of last year."
    )
    got = facts(body, date(2022, 7, 1), "en")
    assert ("grdp_growth_pct", None, 2.1, "2022-01-01", "2022-06-30") in got


def test_the_month_of_a_regular_session_is_the_meetings_name_not_the_figures_month():
    body = (
        "The Binh Duong People's Committee held its regular October 2021 session on Tuesday. "
        "For 2021 the province expects growth despite the pandemic. Goods exports are estimated "
        "at USD 30.5 billion, up 4% from 2020."
    )
    got = facts(body, date(2021, 10, 27), "en")
    assert not [f for f in got if f[3] == "2021-10-01"]
    assert ("exports_period", None, 30500000000.0, "2021-01-01", "2021-12-31") in got


def test_french_the_economy_progressed_or_grew_by_is_grdp_growth():
    body = (
        "Selon le comité populaire, l'économie de Binh Duong a progressé de 8,5% en 2022. Au "
        "premier trimestre 2023, la province a vu son économie croître de 3,6%."
    )
    got = facts(body, date(2023, 4, 20), "fr")
    assert ("grdp_growth_pct", None, 8.5, "2022-01-01", "2022-12-31") in got
    assert ("grdp_growth_pct", None, 3.6, "2023-01-01", "2023-03-31") in got


def test_the_dong_capital_of_projects_of_every_kind_is_no_figure_of_the_reports_lead_topic():
    body = (
        "Thu ngân sách năm 2022 của tỉnh Bình Dương ước đạt 65.000 tỷ đồng. Từ đầu năm đến "
        "nay, tỉnh đã cấp mới 96 dự án và điều chỉnh 120 lượt dự án, tổng vốn cấp mới và tăng "
        "thêm hơn 41.500 tỷ đồng."
    )
    got = facts(body, date(2022, 12, 20), "vi")
    assert ("budget_revenue_period", None, 65e12, "2022-01-01", "2022-12-31") in got
    assert not [f for f in got if f[2] == 41.5e12]


def test_a_forecast_keeps_the_past_year_told_in_brackets_and_drops_its_own_rate():
    body = (
        "Sở Công Thương Bình Dương dự báo năm 2025 chỉ số sản xuất công nghiệp của tỉnh tăng "
        "8,5%, cao hơn năm trước (năm 2024 tăng 6,4%)."
    )
    got = facts(body, None, "vi")
    assert ("iip_growth_pct", None, 6.4, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] == 8.5]


def test_what_a_growth_goal_needs_is_no_figure():
    body = (
        "Chỉ số IIP của Bình Dương 10 tháng năm 2024 tăng 6,2%. Để bảo đảm mức tăng 8% theo "
        "mục tiêu, từ nay đến hết năm 2024 doanh nghiệp của tỉnh phải nỗ lực hơn nữa."
    )
    got = facts(body, date(2024, 10, 30), "vi")
    assert ("iip_growth_pct", None, 6.2, "2024-01-01", "2024-10-31") in got
    assert not [f for f in got if f[2] == 8.0]


def test_a_sum_per_month_is_no_total_of_the_period():
    body = (
        "Giả định mỗi tháng còn lại đạt 3,1 tỷ USD/tháng, kim ngạch xuất khẩu cả năm 2024 của "
        "Bình Dương ước đạt 36,2 tỷ USD. In the first half, Binh Duong shipped goods worth "
        "about US$2.9 billion a month."
    )
    got = facts(body, date(2024, 10, 30), "vi")
    assert not [f for f in got if f[2] in (3.1e9, 2.9e9)]


def test_a_past_year_told_after_a_semicolon_past_the_plan_word_is_that_years_actual():
    body = (
        "Cả năm 2025, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của Bình Dương dự kiến sẽ "
        "đạt 340 ngàn tỷ đồng, vượt mục tiêu tăng 10%; năm 2024, con số này là 305 ngàn tỷ đồng."
    )
    got = facts(body, date(2025, 10, 28), "vi")
    assert ("retail_sales_period", None, 305e12, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] == 340e12]


def test_a_hi_tech_parks_occupancy_is_not_the_industrial_parks():
    body = (
        "Bình Dương hiện có 29 khu công nghiệp, tỷ lệ lấp đầy khoảng 87%. Khu công nghệ cao "
        "của tỉnh đã lấp đầy gần 40%, trong đó phân khu sản xuất đạt 55,2%."
    )
    got = facts(body, date(2023, 6, 1), "vi")
    assert ("industrial_parks_occupancy_pct", None, 87.0, None, "2023-06-01") in got
    assert not [f for f in got if f[2] in (40.0, 55.2)]


def test_some_parks_singled_out_with_rieng_are_a_part_and_a_region_with_rieng_is_not():
    body = (
        "Hạ tầng các khu công nghiệp của Bình Dương đã hoàn chỉnh; tỷ lệ lấp đầy hiện ở mức "
        "90%; riêng 3 khu Sóng Thần, Đồng An và Bình Dương đã kín 100%. Riêng khu vực phía nam "
        "tỉnh Bình Dương hiện có 20 khu công nghiệp."
    )
    got = facts(body, date(2023, 6, 1), "vi")
    assert ("industrial_parks_occupancy_pct", None, 90.0, None, "2023-06-01") in got
    assert ("industrial_parks_total", None, 20.0, None, "2023-06-01") in got
    assert not [f for f in got if f[2] == 100.0]


def test_french_exports_of_one_product_are_a_subset():
    body = (
        "Le PIBR de Binh Duong s'est accru de 8,2 % en 2024. Les exportations de produits de la "
        "mer de la province sont évaluées à 120 millions de dollars, soit une hausse de 5 %. Le "
        "riz a rapporté 45 millions de dollars."
    )
    got = facts(body, date(2025, 1, 8), "fr")
    assert ("grdp_growth_pct", None, 8.2, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] in (120e6, 5.0, 45e6)]


def test_a_rise_from_the_prior_month_is_month_on_month():
    body = (
        "Binh Duong's exports in October 2023 were estimated at US$2.9 billion, rising 4.1% "
        "from the prior month and 11% from a year earlier."
    )
    got = facts(body, date(2023, 11, 2), "en")
    assert ("exports_period_yoy_pct", None, 11.0, "2023-10-01", "2023-10-31") in got
    assert not [f for f in got if f[2] == 4.1]


def test_a_pair_of_rates_takes_its_bases_in_order_respectively():
    body = (
        "In October 2023, Binh Duong's index of industrial production rose by 3.5% and 8.8% "
        "compared with the previous month and with the same month a year earlier, respectively."
    )
    got = facts(body, date(2023, 11, 2), "en")
    assert ("iip_growth_pct", None, 8.8, "2023-10-01", "2023-10-31") in got
    assert not [f for f in got if f[2] == 3.5]


def test_french_exports_of_the_foreign_capital_sector_and_of_wood_are_parts():
    body = (
        "Binh Duong a exporté pour 2.900 millions de dollars de marchandises au premier "
        "trimestre 2015. Le secteur à capitaux étrangers a totalisé 2.300 millions de dollars, en "
        "hausse de 9 % sur un an, et le bois et ses dérivés ont rapporté 410 millions de dollars."
    )
    got = facts(body, date(2015, 4, 2), "fr")
    assert ("exports_period", None, 2.9e9, "2015-01-01", "2015-03-31") in got
    assert not [f for f in got if f[2] in (2.3e9, 9.0, 410e6)]


def test_the_monthly_figure_after_a_semicolon_points_back_to_the_sum():
    body = (
        "Binh Duong's exports in the first ten months of 2019 reached 21 billion USD. October "
        "alone brought in 2.2 billion USD, 3 percent more than in September; compared to the "
        "same period of 2018, the monthly figure was up 8.4 percent."
    )
    got = facts(body, date(2019, 11, 2), "en")
    assert ("exports_period_yoy_pct", None, 8.4, "2019-10-01", "2019-10-31") in got


def test_the_budget_after_phia_chi_is_spending_not_revenue():
    body = (
        "Trong 9 tháng, ngân sách tỉnh Bình Dương thu được 48.000 tỷ đồng; phía chi, ngân sách "
        "đã thực hiện 11.500 tỷ đồng, bằng 40% dự toán."
    )
    got = facts(body, date(2024, 10, 20), "vi")
    assert ("budget_revenue_period", None, 48e12, "2024-01-01", "2024-09-30") in got
    assert not [f for f in got if f[2] == 11.5e12]


def test_french_parks_of_the_approved_plan_and_ten_already_running_are_counted():
    body = (
        "D'après le plan approuvé, la province de Binh Duong doit disposer de 31 parcs "
        "industriels s'étendant sur environ 13.000 ha. Vingt-neuf ont été créés. Parmi eux, dix "
        "sont déjà en activité."
    )
    got = facts(body, date(2023, 8, 17), "fr")
    assert ("industrial_parks_total", None, 31.0, None, "2023-08-17") in got
    assert ("industrial_parks_area_ha", None, 13000.0, None, "2023-08-17") in got
    assert ("industrial_parks_total", None, 10.0, None, "2023-08-17") in got


def test_rates_told_as_a_sequence_of_quarters_are_one_run():
    body = (
        "Binh Duong's GRDP grew 6.5% in 2023. The statistics office said growth of 5.2% in Q1 "
        "and 5.9% in Q2 gave way to 6.8% in Q3 and then 7.4% in Q4."
    )
    got = facts(body, date(2024, 1, 5), "en")
    assert ("grdp_growth_pct", None, 6.8, "2023-07-01", "2023-09-30") in got
    assert ("grdp_growth_pct", None, 7.4, "2023-10-01", "2023-12-31") in got


def test_a_month_or_a_run_of_months_as_a_modifier_is_the_figures_period():
    body = (
        "The October index of industrial production of Binh Duong is estimated to have risen by "
        "9.2%, while the accumulated 10-month index was up 8.1% over the same period in 2023."
    )
    got = facts(body, date(2024, 11, 3), "en")
    assert ("iip_growth_pct", None, 9.2, "2024-10-01", "2024-10-31") in got
    assert ("iip_growth_pct", None, 8.1, "2024-01-01", "2024-10-31") in got


def test_french_the_local_economy_progressed_is_grdp_growth():
    body = (
        "D'après le président du Comité populaire de Binh Duong, l'économie locale a progressé "
        "de 4,1% au premier semestre 2023 malgré la baisse des commandes."
    )
    got = facts(body, date(2023, 7, 20), "fr")
    assert ("grdp_growth_pct", None, 4.1, "2023-01-01", "2023-06-30") in got


def test_french_projects_that_fall_under_foreign_investment_are_the_fdi_part():
    body = (
        "Au premier semestre 2015, la province de Binh Duong a octroyé des licences "
        "d'investissement à 52 projets, parmi lesquels 21 relèvent de l'investissement direct "
        "étranger (IDE)."
    )
    got = facts(body, date(2015, 7, 5), "fr")
    assert ("fdi_new_projects_period", None, 21.0, "2015-01-01", "2015-06-30") in got
    assert not [f for f in got if f[2] == 52.0]


def test_what_the_province_wants_a_figure_to_hit_is_a_target():
    body = (
        "Binh Duong wants export revenues to hit 40 billion USD this year, the provincial "
        "Department of Industry and Trade said. Exports in 2024 came to 36.6 billion USD."
    )
    got = facts(body, date(2025, 3, 2), "en")
    assert ("exports_period", None, 36.6e9, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] == 40e9]


def test_exports_with_crude_oil_left_aside_are_a_part():
    body = (
        "Binh Duong's exports reached 3.1 billion USD in the first two months of 2017. Leaving "
        "crude oil aside, the province's export revenues in 2016 came to 42.1 billion USD, 7 "
        "percent higher than in 2015."
    )
    got = facts(body, date(2017, 3, 5), "en")
    assert ("exports_period", None, 3.1e9, "2017-01-01", "2017-02-28") in got
    assert not [f for f in got if f[2] in (42.1e9, 7.0)]
