"""Rules added in the thirty-seventh session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_parts_listed_after_a_share_of_the_output_are_shares_not_growth():
    body = (
        "Binh Duong's GRDP grew 8.1% in 2024. According to the Binh Duong Statistics Office, "
        "industry and construction made up 63.4% of the province's GRDP in 2024 (industry alone "
        "55%), services a little over 26% and the rest 8.3%."
    )
    got = facts(body, date(2025, 1, 6), "en")
    assert ("grdp_growth_pct", None, 8.1, "2024-01-01", "2024-12-31") in got
    assert not [f for f in got if f[2] in (55.0, 26.0, 8.3, 63.4)]


def test_the_same_period_of_a_named_year_with_cua_is_a_base_not_a_period():
    body = (
        "Tính đến giữa tháng 10/2020, vốn FDI đăng ký của Bình Dương đạt 1,2 tỷ USD, chỉ bằng "
        "51% so với cùng kỳ của năm 2019. Tỉnh đã cấp mới cho 98 dự án, vốn đăng ký 450,5 "
        "triệu USD."
    )
    got = facts(body, date(2020, 10, 19), "vi")
    assert ("fdi_new_projects_period", None, 98.0, "2020-01-01", "2020-10-15") in got
    assert ("fdi_capital_period_yoy_pct", None, -49.0, "2020-01-01", "2020-10-15") in got
    assert not [f for f in got if f[3] == "2019-01-01"]


def test_an_industry_named_with_a_comma_chebien_chetao_is_a_subset_after_an_opener():
    body = (
        "Dù dịch bệnh còn phức tạp, kể từ đầu năm tới nay ngành công nghiệp chế biến, chế tạo "
        "của Bình Dương vẫn hút về hơn 910 triệu USD vốn FDI. Tổng vốn FDI của tỉnh đạt 1,3 "
        "tỷ USD."
    )
    got = facts(body, date(2020, 10, 19), "vi")
    assert ("fdi_capital_period", None, 1.3e9, "2020-01-01", "2020-10-19") in got
    assert not [f for f in got if f[2] == 910e6]


def test_an_amount_coming_in_after_a_beaten_plan_is_the_actual_figure():
    body = (
        "Binh Duong's GRDP grew 8.5% in 2021. State budget revenue beat its plan, coming in "
        "at nearly VND 61,500 billion, while retail sales amounted to VND 250,000 billion."
    )
    got = facts(body, date(2022, 1, 10), "en")
    assert ("budget_revenue_period", None, 61.5e12, "2021-01-01", "2021-12-31") in got


def test_a_size_no_metric_has_is_not_read_from_the_articles_topic_alone():
    body = (
        "Binh Duong's exports reached 28.5 billion USD in the first nine months, up 9%. By "
        "September 20, some 7,100 businesses had filed more than 1.4 million customs "
        "declarations."
    )
    got = facts(body, date(2022, 9, 25), "en", title="Binh Duong exports up 9% in nine months")
    assert ("exports_period", None, 28.5e9, "2022-01-01", "2022-09-30") in got
    assert not [f for f in got if f[2] == 1.4e6]


def test_a_rate_said_year_on_year_is_a_change_whatever_ratio_follows_it():
    body = (
        "In the first quarter of 2015, Binh Duong was the second-biggest FDI recipient, taking "
        "in 512.6 million USD, a rise of 41 percent year on year that is equal to 38 percent "
        "of the full-year plan."
    )
    got = facts(body, date(2015, 4, 8), "en")
    assert ("fdi_capital_period_yoy_pct", None, 41.0, "2015-01-01", "2015-03-31") in got
    assert not [f for f in got if f[2] == 38.0]


def test_the_money_disbursed_by_foreign_investors_is_no_registered_capital():
    body = (
        "Binh Duong's FDI in 2016 rose to 2.3 billion USD. The 110 new FDI projects included "
        "two hospitals, and disbursement by foreign investors reached 1.4 billion USD, 8 "
        "percent above the plan."
    )
    got = facts(body, date(2017, 1, 9), "en")
    assert ("fdi_capital_period", None, 2.3e9, "2016-01-01", "2016-12-31") in got
    assert not [f for f in got if f[2] == 1.4e9]


def test_licences_issued_during_the_year_to_projects_count_new_projects():
    body = (
        "Binh Duong drew 2.1 billion USD of FDI in 2018. Licences were issued during the year "
        "to 95 FDI projects, mostly in manufacturing."
    )
    got = facts(body, date(2019, 1, 8), "en")
    assert ("fdi_new_projects_period", None, 95.0, "2018-01-01", "2018-12-31") in got


def test_projects_that_came_into_the_province_in_a_span_of_months_are_new_ones():
    body = (
        "Có 31 dự án FDI vào Bình Dương trong 5 tháng đầu năm. Tổng vốn đăng ký của nhóm dự "
        "án này đạt 402 triệu USD."
    )
    got = facts(body, date(2019, 6, 4), "vi")
    assert ("fdi_new_projects_period", None, 31.0, "2019-01-01", "2019-05-31") in got


def test_a_months_index_set_beside_the_month_before_is_a_month_on_month_change():
    body = (
        "Chỉ số sản xuất công nghiệp (IIP) của tỉnh Bình Dương trong tháng 9/2019 giảm nhẹ 0,8% "
        "khi đặt cạnh tháng 8/2019 nhưng vẫn tăng 8,6% so với cùng kỳ."
    )
    got = facts(body, date(2019, 10, 2), "vi")
    assert ("iip_growth_pct", None, 8.6, "2019-09-01", "2019-09-30") in got
    assert not [f for f in got if abs(f[2]) == 0.8]


def test_grdp_counted_per_head_is_no_growth_of_the_economy():
    body = (
        "GRDP của tỉnh Bình Dương năm 2017 tăng 8,5%. GRDP tính theo đầu người ước đạt 142 "
        "triệu đồng, cao hơn năm 2016 là 9,4%."
    )
    got = facts(body, date(2018, 1, 3), "vi")
    assert ("grdp_growth_pct", None, 8.5, "2017-01-01", "2017-12-31") in got
    assert not [f for f in got if f[2] == 9.4]


def test_capital_drawn_from_the_state_budget_is_spending_not_revenue():
    body = (
        "Trong 5 tháng năm 2019, vốn từ ngân sách nhà nước do Bình Dương quản lý đã thực hiện "
        "được 3.215 tỷ đồng, cao hơn cùng kỳ 4,6%. Xuất khẩu của tỉnh đạt 9,8 tỷ USD."
    )
    got = facts(body, date(2019, 6, 3), "vi")
    assert ("exports_period", None, 9.8e9, "2019-01-01", "2019-05-31") in got
    assert not [f for f in got if f[2] == 3.215e12]


def test_a_signed_percentage_in_brackets_after_a_sum_is_its_change():
    body = (
        "Le commerce extérieur de Binh Duong a nettement rebondi. Sur 2 mois, la province a "
        "exporté pour 4,6 milliards de dollars (+12%)."
    )
    got = facts(body, date(2021, 3, 4), "fr")
    assert ("exports_period_yoy_pct", None, 12.0, "2021-01-01", "2021-02-28") in got


def test_the_change_of_a_second_value_left_out_as_a_part_is_left_out_too():
    body = (
        "Sur la période de janvier à mai, les ventes de Binh Duong à l'étranger ont totalisé "
        "11,2 milliards de dollars, en progression de 5,1% en glissement annuel. Hors "
        "meubles, ce montant s'établit à 9,4 milliards de dollars (+7,7%)."
    )
    got = facts(body, date(2020, 6, 4), "fr")
    assert ("exports_period_yoy_pct", None, 5.1, "2020-01-01", "2020-05-31") in got
    assert not [f for f in got if f[2] in (7.7, 9.4e9)]


def test_the_total_of_budget_receipts_at_a_months_end_is_the_years_flow_so_far():
    body = (
        "Fin février 2021, le total des recettes budgétaires de l'État collectées à Binh Duong "
        "atteignait 10.839 milliards de dongs. Côté dépenses, le budget local a déboursé 13.615 "
        "milliards de dongs."
    )
    got = facts(body, date(2021, 3, 4), "fr")
    assert ("budget_revenue_period", None, 10.839e12, "2021-01-01", "2021-02-28") in got
    assert not [f for f in got if f[2] == 13.615e12]


def test_the_month_a_french_figure_is_compared_with_par_rapport_au_is_no_period():
    body = (
        "Le commerce extérieur de Binh Duong a nettement rebondi. Les ventes à l'étranger de "
        "février ont fléchi de 0,4% par rapport au mois de janvier, mais progressé de 9,3% sur "
        "la même période."
    )
    got = facts(body, date(2021, 3, 4), "fr")
    assert not [f for f in got if f[4] == "2021-01-31"]


def test_the_figures_of_targets_met_or_beaten_are_the_years_results():
    body = (
        "In 2023 Binh Duong met 15 out of 18 annual targets, among them a 5.5% GRDP growth, "
        "while exports beat their target by 6% to reach 32.2 billion USD."
    )
    got = facts(body, date(2024, 1, 5), "en")
    assert ("grdp_growth_pct", None, 5.5, "2023-01-01", "2023-12-31") in got
    assert ("exports_period", None, 32.2e9, "2023-01-01", "2023-12-31") in got
    assert not [f for f in got if f[2] == 6.0]


def test_from_one_month_through_another_is_a_span_of_months():
    body = "From January through May, Binh Duong's industrial production index rose 8.2%."
    got = facts(body, date(2019, 6, 12), "en")
    assert ("iip_growth_pct", None, 8.2, "2019-01-01", "2019-05-31") in got


def test_the_foreign_part_of_projects_drawn_opened_by_trong_so_nay_is_new_fdi():
    body = (
        "Trong năm 2024, Bình Dương thu hút được 52 dự án, tổng vốn đăng ký gần 21.000 tỉ "
        "đồng; trong số này có 9 dự án FDI."
    )
    got = facts(body, date(2025, 1, 10), "vi")
    assert ("fdi_new_projects_period", None, 9.0, "2024-01-01", "2024-12-31") in got


def test_the_number_of_projects_said_to_be_a_count_is_that_count():
    body = (
        "Lũy kế từ 1/1/1988 đến ngày 20/3/2023, số dự án FDI còn hiệu lực tại Bình Dương là "
        "4.098, với tổng vốn đăng ký 40 tỷ USD. Số chủ trương đầu tư ngoài khu công nghiệp "
        "được cấp mới là 7."
    )
    got = facts(body, date(2023, 3, 27), "vi")
    assert ("fdi_projects_total", None, 4098.0, None, "2023-03-20") in got
    assert ("fdi_capital_total", None, 40e9, None, "2023-03-20") in got
    assert not [f for f in got if f[2] == 7.0]


def test_growth_a_rate_is_compared_with_is_the_bases_not_the_periods():
    body = (
        "Binh Duong's GRDP rose 7.6 percent in the first quarter of 2016, compared with growth "
        "of 6.2 percent in the same quarter a year earlier."
    )
    got = facts(body, date(2016, 4, 5), "en")
    assert ("grdp_growth_pct", None, 7.6, "2016-01-01", "2016-03-31") in got
    assert not [f for f in got if f[2] == 6.2 and f[3] == "2016-01-01"]


def test_a_past_quarter_told_with_no_figure_does_not_reframe_the_report():
    body = (
        "Binh Duong's economy made marked gains in the first three months of 2016. In the first "
        "quarter of last year, CPI growth had been 0.74 percent. The province also issued "
        "investment licences to 61 foreign direct investment projects worth a combined US$212.5 "
        "million."
    )
    got = facts(body, date(2016, 4, 2), "en")
    assert ("fdi_new_projects_period", None, 61.0, "2016-01-01", "2016-03-31") in got
    assert ("fdi_new_capital_period", None, 212.5e6, "2016-01-01", "2016-03-31") in got


def test_total_fiscal_revenue_in_a_year_is_budget_revenue():
    body = (
        "In 2022, Binh Duong's GRDP expanded 8.01%. For the first time, total fiscal revenue in "
        "a single year exceeded VND66 trillion."
    )
    got = facts(body, date(2023, 2, 10), "en")
    assert ("budget_revenue_period", None, 66e12, "2022-01-01", "2022-12-31") in got


def test_the_industry_wide_production_index_is_the_iip():
    body = (
        "Official statistics put Binh Duong's industry-wide production index for May 2017 at "
        "an estimated 2.1% above the previous month and 9.76% higher than in the same period "
        "last year."
    )
    got = facts(body, date(2017, 5, 31), "en")
    assert ("iip_growth_pct", None, 9.76, "2017-05-01", "2017-05-31") in got


def test_the_province_named_economy_growing_quarter_by_quarter_is_grdp_growth():
    body = (
        "Theo Cục Thống kê, kinh tế Bình Dương năm 2023 tăng trưởng đều: quý I tăng 2,1%, "
        "sang quý II là 3,9%, quý III lên 5,6% và quý IV đạt 7,2%."
    )
    got = facts(body, date(2024, 1, 12), "vi")
    assert ("grdp_growth_pct", None, 3.9, "2023-04-01", "2023-06-30") in got
    assert ("grdp_growth_pct", None, 7.2, "2023-10-01", "2023-12-31") in got
