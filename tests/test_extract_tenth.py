"""Shapes of our own wording found in the tenth session by rewriting labelled texts without
changing what they say: a month range "of this year", projects called "ventures", and a
Vietnamese count of "dự án đầu tư" joined to its sum."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

Q1_2021 = ("2021-01-01", "2021-03-31")


def test_a_month_range_of_this_year_is_that_range():
    for phrase in ("January-March of this year", "January-March of 2021", "January to March, 2021"):
        body = f"Foreign capital flowing into Binh Duong in {phrase} exceeded 400 million USD."
        assert facts(body, date(2021, 4, 25)) == {("fdi_capital_period", None, 4e8, *Q1_2021)}


def test_new_ventures_are_the_new_projects_of_a_breakdown():
    body = (
        "Binh Duong drew 2.4 billion USD of FDI in 2021. The total includes 127 new ventures "
        "with US$1.2 billion and 81 ventures that raised their capital by US$680 million."
    )
    found = facts(body, date(2021, 12, 20))
    year = ("2021-01-01", "2021-12-31")
    assert ("fdi_new_projects_period", None, 127, *year) in found
    assert ("fdi_new_capital_period", None, 1.2e9, *year) in found
    assert ("fdi_projects_total", None, 127, None, "2021-12-20") not in found


def test_existing_ones_after_ventures_are_projects():
    body = (
        "In the first nine months of 2024, Japanese firms put $186 million into 21 new ventures "
        "in Binh Duong and raised capital in 12 existing ones."
    )
    found = facts(body, date(2024, 10, 5))
    assert ("fdi_adjusted_projects_period", "Japan", 12, "2024-01-01", "2024-09-30") in found


def test_a_partners_sum_beside_its_count_of_ventures_is_a_total():
    body = (
        "As of November 30, 2022, foreign investors had put nearly 40 billion USD into Binh Duong "
        "through 4,082 ventures from 65 countries and territories. Japan ranks second, with 350 "
        "ventures and registered capital of nearly 6 billion USD."
    )
    found = facts(body, date(2022, 12, 23))
    assert ("fdi_capital_total", "Japan", 6e9, None, "2022-11-30") in found


def test_a_count_of_investment_projects_lends_its_partner_to_its_sum():
    body = (
        "Trong tổng số 40,3 tỷ USD vốn đầu tư nước ngoài vào Bình Dương, phần đóng góp của doanh "
        "nghiệp Đài Loan là 980 dự án đầu tư với tổng vốn 7,1 tỷ USD."
    )
    found = facts(body, date(2024, 5, 1), lang="vi")
    assert ("fdi_capital_total", "Taiwan", 7.1e9, None, "2024-05-01") in found
    assert ("fdi_capital_total", None, 7.1e9, None, "2024-05-01") not in found


H1_2023 = ("2023-01-01", "2023-06-30")


def test_a_base_at_the_end_of_last_year_sets_no_period():
    body = (
        "Sáu tháng đầu năm 2023, tỉnh Bình Dương thu hút 1,2 tỷ USD vốn FDI.\n\n"
        "Dư nợ tín dụng tăng 3,8% so với thời điểm cuối năm 2022.\n\n"
        "Vốn đầu tư trong nước đạt 40.000 tỷ đồng, tăng 12% so với cùng kỳ."
    )
    found = facts(body, date(2023, 7, 8), lang="vi")
    assert ("domestic_capital_period", None, 4e13, *H1_2023) in found
    assert ("domestic_capital_period", None, 4e13, "2022-01-01", "2022-12-31") not in found


def test_a_run_cut_at_one_figures_day_runs_on_to_a_later_day_of_the_lead():
    body = (
        "Nửa đầu năm 2023, kinh tế Bình Dương tăng trưởng 4,2%.\n\n"
        "Tính đến 25/6, thu ngân sách đạt 30.100 tỷ đồng.\n\n"
        "Ước đến 30/6, dư nợ cho vay đạt 330.000 tỷ đồng.\n\n"
        "Vốn FDI thu hút đạt gần 900 triệu USD, tăng 20% so với cùng kỳ."
    )
    found = facts(body, date(2023, 7, 3), lang="vi")
    assert ("budget_revenue_period", None, 3.01e13, "2023-01-01", "2023-06-25") in found
    assert ("fdi_capital_period", None, 9e8, *H1_2023) in found


H1_2019 = ("2019-01-01", "2019-06-30")


def test_the_economy_of_the_province_expanding_is_its_grdp_growth():
    body = (
        "The economy of the southeastern province of Binh Duong expanded by 8.3 percent in the "
        "first half of 2019. The industrial and construction sector grew 9.1 percent."
    )
    found = facts(body, date(2019, 7, 5))
    assert found == {("grdp_growth_pct", None, 8.3, *H1_2019)}


def test_exports_of_non_state_firms_are_a_part():
    body = (
        "Binh Duong exported goods worth 13.9 billion USD in the first half of 2019. Exports by "
        "non-state enterprises topped 2.1 billion USD."
    )
    assert facts(body, date(2019, 7, 5)) == {("exports_period", None, 13.9e9, *H1_2019)}


def test_every_share_of_a_respectively_list_is_a_share():
    body = (
        "Binh Duong exported goods worth 13.9 billion USD in the first half of 2019, up 9 percent. "
        "Foreign-invested firms earned 80 percent of the export turnover, with non-state and "
        "state-owned enterprises making up the rest at 18 percent and 2 percent respectively."
    )
    found = facts(body, date(2019, 7, 5))
    assert ("exports_period_yoy_pct", None, 9, *H1_2019) in found
    assert ("exports_period_yoy_pct", None, 2, *H1_2019) not in found


def test_money_put_in_after_a_goal_met_is_no_plan():
    body = (
        "Binh Duong has already met its full-year goal for foreign investment: foreign investors "
        "put more than 1.2 billion USD into the province in the first half of 2019."
    )
    found = facts(body, date(2019, 7, 5))
    assert found == {("fdi_capital_period", None, 1.2e9, *H1_2019)}


def test_a_plan_with_its_sum_is_still_a_plan():
    body = "Binh Duong's goal for 2019 is to attract 1.5 billion USD of foreign investment."
    assert facts(body, date(2019, 7, 5)) == set()


def test_projects_each_above_a_size_give_no_sum():
    body = (
        "In the first half of 2019, Binh Duong licensed 53 new projects with 394 million USD; "
        "11 of them were each above 10 million USD."
    )
    found = facts(body, date(2019, 7, 5))
    assert ("fdi_new_capital_period", None, 3.94e8, *H1_2019) in found
    assert all(value != 1e7 for _, _, value, *_ in found)


def test_thousands_of_projects_are_a_count_not_a_sum():
    body = (
        "By the end of June 2019, Binh Duong had over 3.5 thousand valid FDI projects with total "
        "capital of 33 billion USD."
    )
    found = facts(body, date(2019, 7, 5))
    assert ("fdi_projects_total", None, 3500, None, "2019-06-30") in found
    assert all(value != 3500 for metric, _, value, *_ in found if metric != "fdi_projects_total")


def test_a_count_in_thousands_after_a_sum_is_no_part_of_the_sum():
    body = (
        "Đến nay, Bình Dương có 4.300 dự án FDI với tổng vốn 41 tỷ USD và 70 nghìn doanh nghiệp "
        "trong nước."
    )
    found = facts(body, date(2024, 5, 1), lang="vi")
    assert ("fdi_capital_total", None, 41e9, None, "2024-05-01") in found
    assert ("enterprises_total", None, 70_000, None, "2024-05-01") in found


def test_a_records_so_far_is_no_as_of_date():
    body = (
        "Binh Duong has drawn 470 million USD of foreign capital since the start of 2023.\n\n"
        "To date, the province has 4,100 FDI projects with combined capital surpassing 40 "
        "billion USD.\n\n"
        "Last year the province recorded GRDP growth of 8.5% and paid 22 trillion VND (925 "
        "million USD) into the State budget, its highest contribution so far. It also attracted "
        "23.8 trillion VND of domestic investment and 732 million USD of foreign investment."
    )
    found = facts(body, date(2023, 6, 28))
    assert ("fdi_capital_period", None, 7.32e8, "2022-01-01", "2022-12-31") in found
    assert ("fdi_capital_total", None, 7.32e8, None, "2023-06-28") not in found


def test_the_projects_put_into_operation_are_a_part_of_the_total():
    for sentence in (
        "Of these, 1,020 projects worth 21.7 billion USD have been put into operation.",
        "Trong đó, 1.020 dự án với tổng vốn 21,7 tỷ USD đã đi vào hoạt động.",
    ):
        body = (
            "To date, the number of FDI projects in Binh Duong has almost reached 4,100, with "
            "combined capital surpassing 40 billion USD."
            f"\n\n{sentence}"
        )
        found = facts(body, date(2023, 7, 5), lang="vi" if "dự án" in sentence else "en")
        assert {value for _, _, value, *_ in found} == {4100, 40e9}


JULY_2016 = ("2016-07-01", "2016-07-31")


def test_a_heading_for_the_fdi_sector_names_the_topic_and_the_parts_before_make_the_sum():
    body = (
        "Đối với khu vực FDI: trong tháng 7/2016, Bình Dương thu hút mới 3 dự án với vốn 12,5 "
        "triệu USD, đồng thời 2 dự án mở rộng đầu tư thêm 7,5 triệu USD. Tính ra, tổng số vốn bổ "
        "sung của tháng 7/2016 đạt 20 triệu USD."
    )
    found = facts(body, date(2016, 8, 2), lang="vi")
    assert ("fdi_new_capital_period", None, 12.5e6, *JULY_2016) in found
    assert ("fdi_adjusted_capital_period", None, 7.5e6, *JULY_2016) in found
    assert ("fdi_capital_period", None, 20e6, *JULY_2016) in found
    assert ("fdi_adjusted_capital_period", None, 20e6, *JULY_2016) not in found


TEN_MONTHS_2019 = ("2019-01-01", "2019-10-31")


def test_fdi_that_was_licensed_is_all_of_it():
    body = (
        "From the start of 2019 to October 31, more than 2.5 billion USD of FDI was licensed in "
        "Binh Duong, a 60 percent increase year on year."
    )
    found = facts(body, date(2019, 11, 20))
    assert ("fdi_capital_period", None, 2.5e9, *TEN_MONTHS_2019) in found
    assert ("fdi_capital_period_yoy_pct", None, 60, *TEN_MONTHS_2019) in found


def test_new_and_existing_projects_sharing_their_noun():
    body = "In 2022 Binh Duong's FDI capital went into 65 new and 25 existing projects."
    found = facts(body, date(2022, 12, 20))
    year = ("2022-01-01", "2022-12-31")
    assert ("fdi_new_projects_period", None, 65, *year) in found
    assert ("fdi_adjusted_projects_period", None, 25, *year) in found


def test_projects_that_raised_their_investment_capital_are_adjusted():
    body = (
        "In the first 11 months of 2023, Binh Duong drew 40 FDI projects worth 900 million USD, "
        "while 35 projects raised their investment capital by over 600 million USD."
    )
    found = facts(body, date(2023, 12, 6))
    months = ("2023-01-01", "2023-11-30")
    assert ("fdi_adjusted_projects_period", None, 35, *months) in found
    assert ("fdi_adjusted_capital_period", None, 6e8, *months) in found


def test_french_licences_granted_and_raised_investments_are_the_breakdown():
    body = (
        "Binh Duong a attiré 1,2 milliard de dollars d'IDE au premier semestre 2016. Le service a "
        "octroyé la licence d'investissement à 150 projets, pour 700 millions de dollars. Il a "
        "aussi autorisé 80 autres projets, déjà en activité, à relever leur investissement "
        "initial, tandis que 40 projets ont obtenu une hausse de leurs fonds."
    )
    found = facts(body, date(2016, 7, 5), lang="fr")
    h1 = ("2016-01-01", "2016-06-30")
    assert ("fdi_new_projects_period", None, 150, *h1) in found
    assert ("fdi_new_capital_period", None, 7e8, *h1) in found
    assert ("fdi_adjusted_projects_period", None, 80, *h1) in found
    assert ("fdi_adjusted_projects_period", None, 40, *h1) in found


Q1_2023 = ("2023-01-01", "2023-03-31")


def test_more_ways_to_say_new_and_added_projects():
    body = (
        "In the first quarter of 2023 Binh Duong issued licences to 40 foreign-invested projects "
        "with 300 million USD. It also let 25 operating projects increase their capital by 90 "
        "million USD and approved an extra 40 million USD for 12 other projects."
    )
    found = facts(body, date(2023, 4, 8))
    assert ("fdi_new_projects_period", None, 40, *Q1_2023) in found
    assert ("fdi_new_capital_period", None, 3e8, *Q1_2023) in found
    assert ("fdi_adjusted_projects_period", None, 25, *Q1_2023) in found
    assert ("fdi_adjusted_capital_period", None, 9e7, *Q1_2023) in found
    assert ("fdi_adjusted_capital_period", None, 4e7, *Q1_2023) in found


def test_projects_of_a_countrys_investors_are_no_one_companys():
    body = (
        "Trong 7 tháng đầu năm 2021, Bình Dương cấp phép cho 30 dự án mới và 12 dự án tăng vốn "
        "của nhà đầu tư Nhật Bản."
    )
    found = facts(body, date(2021, 8, 5), lang="vi")
    assert ("fdi_adjusted_projects_period", "Japan", 12, "2021-01-01", "2021-07-31") in found


def test_the_rates_of_products_listed_after_a_colon_are_the_products():
    body = (
        "Sáu tháng đầu năm 2025, chỉ số sản xuất công nghiệp của Bình Dương tăng 9%, với nhiều "
        "sản phẩm chủ lực tăng mạnh: đường kết tinh tăng 120%, thép tăng 25%."
    )
    found = facts(body, date(2025, 7, 5), lang="vi")
    assert found == {("iip_growth_pct", None, 9, "2025-01-01", "2025-06-30")}


def test_the_past_six_months_end_where_the_articles_run_was_counted():
    body = (
        "By mid-June 2016, Binh Duong had attracted over 1.09 billion USD of FDI.\n\n"
        "Among the 26 countries and territories that invested in the province over the past six "
        "months, Singapore came first with over 359 million USD."
    )
    found = facts(body, date(2016, 6, 23))
    assert ("fdi_capital_period", "Singapore", 3.59e8, "2016-01-01", "2016-06-15") in found


def test_four_months_after_a_quarter_are_four_months():
    body = (
        "In the first quarter of 2024 Binh Duong's GRDP grew 4.2%.\n\n"
        "In the first four months, exports reached 8.6 billion USD, up 15.6%."
    )
    found = facts(body, date(2024, 4, 27))
    assert ("exports_period", None, 8.6e9, "2024-01-01", "2024-04-30") in found


NINE_MONTHS_2023 = ("2023-01-01", "2023-09-30")


def test_a_market_named_first_with_its_role_owns_the_change():
    body = (
        "Binh Duong's exports fell 13% year-on-year to 23 billion USD in the first nine months of "
        "2023. The US, which takes a third of the province's exports, fell by 16.8% year-on-year."
    )
    found = facts(body, date(2023, 10, 3))
    assert ("exports_period_yoy_pct", None, -13, *NINE_MONTHS_2023) in found
    assert ("exports_period_yoy_pct", None, -16.8, *NINE_MONTHS_2023) not in found


def test_an_estimate_for_this_year_is_the_whole_year():
    body = (
        "Binh Duong's exports reached 23 billion USD in the first nine months of 2023. For this "
        "year, the province's trade surplus is estimated at about 9 billion USD."
    )
    found = facts(body, date(2023, 10, 3))
    assert ("trade_surplus_period", None, 9e9, "2023-01-01", "2023-12-31") in found


def test_a_run_told_as_months_and_as_counted_to_a_day_is_one_fact():
    body = (
        "Trong 8 tháng năm 2022, vốn đầu tư trong nước vào Bình Dương đạt 62.359 tỷ đồng.\n\n"
        "Tính từ đầu năm 2022 đến ngày 15/8, tỉnh đã thu hút được 62.359 tỷ đồng vốn đầu tư "
        "trong nước, tăng 2,1% so với cùng kỳ."
    )
    found = facts(body, date(2022, 9, 4), lang="vi")
    domestic = {f for f in found if f[0] == "domestic_capital_period"}
    assert domestic == {("domestic_capital_period", None, 62_359e9, "2022-01-01", "2022-08-15")}


def test_a_value_rounded_in_the_lead_and_precise_in_the_body_is_one_fact():
    body = (
        "Binh Duong drew 2.6 billion USD of FDI in the first eight months of 2022.\n\n"
        "According to the provincial report, FDI in the first eight months of 2022 reached 2.56 "
        "billion USD."
    )
    found = facts(body, date(2022, 9, 4))
    assert found == {("fdi_capital_period", None, 2.56e9, "2022-01-01", "2022-08-31")}


YEAR_2024 = ("2024-01-01", "2024-12-31")


def test_the_base_year_of_a_multiple_sets_no_period():
    body = (
        "Năm 2024, kinh tế Bình Dương ước tăng trưởng 7,4%.\n\n"
        "Tổng sản phẩm trên địa bàn đạt quy mô 500.000 tỉ đồng, gấp gần 1,1 lần năm 2023.\n\n"
        "Tổng thu ngân sách nhà nước ước đạt 72.000 tỉ đồng, vượt dự toán 5%."
    )
    found = facts(body, date(2024, 12, 9), lang="vi")
    assert ("budget_revenue_period", None, 7.2e13, *YEAR_2024) in found


def test_a_change_after_a_semicolon_is_not_the_sums_before_it():
    body = (
        "Năm 2024, vốn đầu tư nước ngoài vào Bình Dương thu hút đạt 1,9 tỷ USD; có thêm 6.000 "
        "doanh nghiệp đăng ký mới, tăng 6,2%."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert ("fdi_capital_period", None, 1.9e9, *YEAR_2024) in found
    assert ("fdi_capital_period_yoy_pct", None, 6.2, *YEAR_2024) not in found


def test_from_new_year_to_a_day_with_toi():
    body = "Từ đầu năm tới ngày 20/10/2023, Bình Dương đã cấp mới cho 98 dự án FDI."
    found = facts(body, date(2023, 11, 3), lang="vi")
    assert found == {("fdi_new_projects_period", None, 98, "2023-01-01", "2023-10-20")}


def test_the_capital_after_adjustments_and_contributions_is_the_total():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.200 dự án FDI còn hiệu lực, tổng vốn đầu tư đăng ký sau "
        "điều chỉnh và góp vốn, mua cổ phần đạt 41.500 triệu USD."
    )
    found = facts(body, date(2023, 11, 3), lang="vi")
    assert ("fdi_capital_total", None, 41.5e9, None, "2023-11-03") in found


EIGHT_MONTHS_2025 = ("2025-01-01", "2025-08-31")


def test_three_parts_after_a_sum_make_it_the_whole_and_new_projects_stay_new():
    body = (
        "8 tháng đầu năm 2025, Bình Dương thu hút 180 dự án FDI mới, tổng vốn đăng ký hơn 2,5 tỷ "
        "USD. Xét theo cơ cấu, vốn đăng ký mới đạt 1,2 tỷ USD, vốn điều chỉnh 1 tỷ USD, còn giá "
        "trị góp vốn, mua cổ phần đạt 300 triệu USD."
    )
    found = facts(body, date(2025, 9, 9), lang="vi")
    assert ("fdi_capital_period", None, 2.5e9, *EIGHT_MONTHS_2025) in found
    assert ("fdi_new_projects_period", None, 180, *EIGHT_MONTHS_2025) in found
    assert ("fdi_new_capital_period", None, 1.2e9, *EIGHT_MONTHS_2025) in found
    assert ("fdi_adjusted_capital_period", None, 1e9, *EIGHT_MONTHS_2025) in found


NINE_MONTHS_2022 = ("2022-01-01", "2022-09-30")


def test_projects_drawn_in_the_frames_months_and_their_capital_are_the_periods():
    body = (
        "Cũng trong 9 tháng đầu năm 2022, Bình Dương có 5.000 doanh nghiệp đăng ký mới. Tỉnh còn "
        "thu hút được 95 dự án vốn đầu tư nước ngoài (FDI) với tổng số vốn hơn 900 triệu USD."
    )
    found = facts(body, date(2022, 10, 5), lang="vi")
    assert ("fdi_new_projects_period", None, 95, *NINE_MONTHS_2022) in found
    assert ("fdi_new_capital_period", None, 9e8, *NINE_MONTHS_2022) in found


def test_a_year_so_far_is_the_runs_flow_and_sector_parts_are_parts():
    body = (
        "Binh Duong earned almost 20 billion USD from exports in the first eight months of 2014. "
        "With imports kept low at 14.1 billion USD, the province ran a trade surplus of almost 6 "
        "billion USD for 2014 so far. Local enterprises earned 5.2 billion USD, and State-owned "
        "businesses 180 million USD."
    )
    found = facts(body, date(2014, 9, 5))
    months = ("2014-01-01", "2014-08-31")
    assert found == {
        ("exports_period", None, 20e9, *months),
        ("imports_period", None, 14.1e9, *months),
        ("trade_surplus_period", None, 6e9, "2014-01-01", "2014-09-05"),  # so far: to the day
    }


def test_a_sum_beside_a_year_so_far_is_no_total_in_an_undated_report():
    body = (
        "Binh Duong earned almost 20 billion USD from exports in the first eight months of 2014. "
        "With imports kept low at 14.1 billion USD, the province ran a trade surplus of almost 6 "
        "billion USD for 2014 so far."
    )
    found = facts(body, None)
    assert ("imports_period", None, 14.1e9, "2014-01-01", "2014-08-31") in found


YEAR_2023 = ("2023-01-01", "2023-12-31")


def test_a_comparison_restated_as_its_increment_is_no_level():
    body = (
        "Năm 2023, Bình Dương thu hút 120 dự án FDI cấp mới với tổng vốn đăng ký hơn 1,5 tỷ USD, "
        "gấp 1,5 lần cùng kỳ năm 2022, tương đương tăng hơn 500 triệu USD. Cũng trong năm, 80 dự "
        "án điều chỉnh tăng vốn thêm 900 triệu USD, tăng 15% (tương đương thêm 117 triệu USD)."
    )
    found = facts(body, date(2024, 1, 10), lang="vi")
    assert {value for _, _, value, *_ in found} == {120, 1.5e9, 80, 9e8}


def test_projects_inside_and_outside_the_parks_are_parts():
    body = (
        "Tính đến nay, Bình Dương có 4.300 dự án FDI, tổng vốn hơn 41.000 triệu USD. Trong số "
        "này, 2.900 dự án nằm trong khu công nghiệp với tổng vốn 30.000 triệu USD; 1.400 dự án "
        "nằm ngoài khu công nghiệp."
    )
    found = facts(body, date(2024, 2, 22), lang="vi")
    assert {value for _, _, value, *_ in found} == {4300, 41e9}


def test_projects_worth_dong_in_a_sentence_naming_nothing_foreign_are_of_every_kind():
    body = (
        "Chín tháng năm 2025, thu hút đầu tư tại Bình Dương tiếp tục khả quan. "
        "Tính đến ngày 30/9/2025, tỉnh đã cấp giấy chứng nhận đăng ký đầu tư cho 75 dự án "
        "với tổng mức đầu tư hơn 21.000 tỷ đồng. Trong đó, 40 dự án FDI được cấp mới với tổng "
        "vốn đăng ký 600 triệu USD."
    )
    found = facts(body, date(2025, 10, 5), lang="vi")
    nine = ("2025-01-01", "2025-09-30")
    assert ("fdi_new_projects_period", None, 40, *nine) in found
    assert ("fdi_new_projects_period", None, 75, *nine) not in found


TO_SEPT_12 = ("2018-01-01", "2018-09-12")


def test_the_sums_tell_whether_a_percentage_is_a_ratio_or_a_change():
    cases = {
        "came to 1,295.8 million USD. That is 135% over the same period in 2017 (955.5 "
        "million USD).": 35,
        "came to 1,295.8 million USD, up 35.6% over the same period in 2017 (955.5 million "
        "USD).": 35.6,
        "came to 655.8 million USD, 35.6% lower than the same period in 2017 (1,018.8 million "
        "USD).": -35.6,
    }
    for rest, change in cases.items():
        body = f"As of 12/9/2018, FDI in Binh Duong {rest}"
        found = facts(body, date(2018, 9, 20))
        assert ("fdi_capital_period_yoy_pct", None, change, *TO_SEPT_12) in found


NINE_MONTHS_2020 = ("2020-01-01", "2020-09-30")


def test_projects_licensed_are_the_new_ones():
    body = (
        "Từ đầu năm đến nay, Bình Dương mới cấp phép cho 60 dự án đầu tư trực tiếp nước ngoài "
        "(FDI); tổng vốn đăng ký đạt hơn 330 triệu USD."
    )
    found = facts(body, date(2020, 9, 30), lang="vi")
    assert ("fdi_new_projects_period", None, 60, *NINE_MONTHS_2020) in found
    assert ("fdi_new_capital_period", None, 3.3e8, *NINE_MONTHS_2020) in found


FIVE_MONTHS_2022 = ("2022-01-01", "2022-05-31")


def test_domestic_capital_broken_into_new_and_added_keeps_the_whole_only():
    body = (
        "Trong 5 tháng đầu năm 2022, Bình Dương đã trao giấy chứng nhận đăng ký đầu tư cho 46 dự "
        "án đầu tư trong nước, tổng vốn đăng ký mới 12.526,6 tỷ đồng; đồng thời điều chỉnh vốn "
        "cho 12 dự án, tăng thêm 997,5 tỷ đồng. Tổng vốn cấp mới và tăng thêm đạt 13.524,1 tỷ "
        "đồng; so với cùng kỳ năm 2021, số dự án giảm 25 nhưng số vốn tăng 7.126,1 tỷ đồng."
    )
    found = facts(body, date(2022, 6, 11), lang="vi")
    assert found == {("domestic_capital_period", None, 13_524.1e9, *FIVE_MONTHS_2022)}


def test_the_new_domestic_capital_alone_stands_for_the_whole():
    body = (
        "In the first quarter of 2023, Binh Duong licensed 90 new domestically funded projects "
        "worth VNĐ12.7 trillion."
    )
    found = facts(body, date(2023, 4, 10))
    assert ("domestic_capital_period", None, 12.7e12, *Q1_2023) in found


def test_projects_running_among_these_and_their_capital_are_a_part():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.145 dự án FDI, vốn 40.784,5 triệu USD; trong số này 2.588 "
        "dự án đã đi vào hoạt động với tổng vốn đầu tư 23.624 triệu USD."
    )
    found = facts(body, date(2022, 6, 11), lang="vi")
    assert {value for _, _, value, *_ in found} == {4145, 40_784.5e6}


def test_the_parks_the_approved_plan_holds_are_the_provinces():
    body = (
        "Since the start of 2023, industrial parks (IPs) in the southern province of Binh Duong "
        "have taken in close to US$780 million in FDI.\n\n"
        "Under the approved plan, Binh Duong has 40 IPs with an area of about 19,000ha. Of "
        "these, 32 IPs are already operating, with an occupancy rate of over 85 per cent."
    )
    found = facts(body, date(2023, 8, 22))
    day = (None, "2023-08-22")
    assert ("industrial_parks_total", None, 40, *day) in found
    assert ("industrial_parks_area_ha", None, 19_000, *day) in found
    assert ("industrial_parks_total", None, 32, *day) in found
    assert ("industrial_parks_occupancy_pct", None, 85, *day) in found
    assert all(metric != "fdi_capital_period" for metric, *_ in found)


def test_a_plans_parks_to_come_are_still_a_target():
    body = "Under the plan, Binh Duong aims to have 45 industrial parks by 2030."
    assert facts(body, date(2023, 8, 22)) == set()


def test_a_ratio_to_that_in_the_same_period_and_a_growth_rate_reached():
    body = (
        "In the first half of 2019, foreign investment in Binh Duong was estimated at 915 million "
        "USD, equivalent to 80 percent of that in the same period last year. The index of "
        "industrial production rose 9.2% year on year, helping Binh Duong reach a growth rate of "
        "8.3%."
    )
    found = facts(body, date(2019, 7, 5))
    assert ("fdi_capital_period_yoy_pct", None, -20, *H1_2019) in found
    assert ("grdp_growth_pct", None, 8.3, *H1_2019) in found
    assert ("iip_growth_pct", None, 9.2, *H1_2019) in found


def test_turns_of_capital_increase_are_projects_counted():
    body = (
        "In the first four months of 2017, Binh Duong granted investment registration "
        "certificates to 34 projects worth more than USD 140 million and approved 20 turns of "
        "capital increase worth more than USD 93 million."
    )
    found = facts(body, date(2017, 5, 10))
    months = ("2017-01-01", "2017-04-30")
    assert ("fdi_adjusted_projects_period", None, 20, *months) in found


def test_a_bodys_term_of_office_is_no_plan_for_the_figures():
    body = (
        "Phát biểu tại Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XI (nhiệm kỳ 2020 – 2025), Bí thư "
        "Tỉnh ủy Bình Dương cho biết trong 11 tháng năm 2023, tổng vốn đầu tư nước ngoài đăng ký "
        "vào tỉnh đạt trên 1,1 tỷ USD."
    )
    found = facts(body, date(2023, 12, 1), lang="vi")
    assert found == {("fdi_capital_period", None, 1.1e9, "2023-01-01", "2023-11-30")}


def test_tourism_takings_are_no_budget_revenue():
    body = (
        "Sáu tháng đầu năm 2025, tổng thu từ du lịch của Bình Dương đạt 29.140 tỷ đồng.\n\n"
        "Tổng thu ngân sách 6 tháng đạt hơn 30.000 tỷ đồng, bằng 54% dự toán năm."
    )
    found = facts(body, date(2025, 7, 12), lang="vi")
    assert found == {("budget_revenue_period", None, 3e13, "2025-01-01", "2025-06-30")}


def test_an_over_figure_is_no_rounding_of_a_smaller_one():
    body = (
        "Sáu tháng đầu năm 2025, thu ngân sách của Bình Dương đạt hơn 30.000 tỷ đồng.\n\n"
        "Báo cáo khác cho biết thu ngân sách sáu tháng đầu năm 2025 đạt 29.140 tỷ đồng."
    )
    found = facts(body, date(2025, 7, 12), lang="vi")
    assert ("budget_revenue_period", None, 3e13, "2025-01-01", "2025-06-30") in found
    assert ("budget_revenue_period", None, 2.914e13, "2025-01-01", "2025-06-30") in found


def test_an_extra_sum_for_one_companys_project_is_no_added_capital():
    body = (
        "In the first nine months of 2023, Binh Duong drew over 3 billion USD of FDI. The "
        "authority also approved an additional $237.5 million for the equipment manufacturing "
        "project of Japan's Kyocera Document Solutions Inc in VSIP Binh Duong, taking the "
        "project's total investment capital to $425 million."
    )
    found = facts(body, date(2023, 10, 30))
    assert all(metric != "fdi_adjusted_capital_period" for metric, *_ in found)


def test_a_plan_for_the_full_year_leaves_the_year_to_a_day():
    body = (
        "Binh Duong attracted US$786.76 million of FDI in the year to August 15, 2013, reaching "
        "78 percent of its plan for the full year."
    )
    found = facts(body, date(2013, 9, 16))
    assert ("fdi_capital_period", None, 786.76e6, "2013-01-01", "2013-08-15") in found


def test_domestic_capital_after_a_foreign_breakdown_is_the_domestic_total():
    body = (
        "In the first eight months of 2024, 22 new FDI projects brought Binh Duong 300 million "
        "USD, another 143 million USD went into 16 existing projects, while the province also "
        "licensed 15 new domestically invested projects worth over 4.7 trillion VND."
    )
    found = facts(body, date(2024, 9, 2))
    assert ("domestic_capital_period", None, 4.7e12, "2024-01-01", "2024-08-31") in found


def test_a_goals_year_after_its_sum_sets_no_period():
    body = (
        "Binh Duong drew 78 new foreign-invested projects worth nearly 200 million USD in the "
        "first two months of this year, putting it on course for its goal of 1.1 billion USD in "
        "foreign direct investment in 2024.\n\n"
        "In addition, 170.9 million USD was added to 34 projects already under way."
    )
    found = facts(body, date(2024, 3, 5))
    months = ("2024-01-01", "2024-02-29")
    assert ("fdi_adjusted_capital_period", None, 170.9e6, *months) in found


def test_the_base_of_as_many_as_last_year_sets_no_period():
    body = (
        "Binh Duong drew over $1.6 billion of FDI during 2023.\n\n"
        "This year the province issued investment licenses to 116 projects, 3.6 times as many as "
        "last year.\n\n"
        "Binh Duong's Index of Industrial Production increased 6.16 per cent year-on-year."
    )
    found = facts(body, date(2023, 12, 27))
    assert ("iip_growth_pct", None, 6.16, "2023-01-01", "2023-12-31") in found


def test_the_parks_up_and_running_of_them_and_their_occupation_ratio():
    body = (
        "Binh Duong now has 29 industrial parks covering a total of 12,700 hectares. Twenty-seven "
        "of them are up and running, with an occupation ratio of over 90%."
    )
    found = facts(body, date(2022, 12, 24))
    day = (None, "2022-12-24")
    assert ("industrial_parks_total", None, 27, *day) in found
    assert ("industrial_parks_occupancy_pct", None, 90, *day) in found


def test_french_new_foreign_projects_and_the_running_part_of_the_total():
    body = (
        "Au premier trimestre 2014, 9 nouveaux projets étrangers ont obtenu une licence "
        "d'investissement pour un total de 85,72 millions de dollars à Binh Duong. À ce jour, la "
        "province recense 2.401 projets d'IDE cumulant 24,7 milliards de dollars, dont 2.084 "
        "projets déjà opérationnels représentant plus de 20,3 milliards de dollars."
    )
    found = facts(body, date(2014, 4, 2), lang="fr")
    quarter = ("2014-01-01", "2014-03-31")
    assert ("fdi_new_projects_period", None, 9, *quarter) in found
    assert ("fdi_new_capital_period", None, 85.72e6, *quarter) in found
    assert {value for metric, _, value, *_ in found if metric.endswith("_total")} == {2401, 24.7e9}


def test_a_flow_that_took_the_number_to_n_makes_n_a_total():
    body = (
        "As of November 15, 2021, Binh Duong drew more than 2 billion USD of FDI this year. This "
        "took the number of FDI projects in the province to 4,011, with combined capital of 37 "
        "billion USD from 65 countries and territories."
    )
    found = facts(body, date(2021, 11, 25))
    day = (None, "2021-11-15")
    assert ("fdi_projects_total", None, 4011, *day) in found
    assert ("fdi_countries_total", None, 65, *day) in found


def test_a_sectors_rate_after_trong_do_and_projects_ever_licensed():
    body = (
        "Sáu tháng đầu năm 2025, GRDP của Bình Dương tăng 8,5%. Tổng giá trị sản xuất ước đạt "
        "305.954 tỷ đồng, tăng 14,01%; trong đó công nghiệp tăng 12,28%, dịch vụ tăng 9,62%.\n\n"
        "Tính đến nay, Bình Dương có 4.196 dự án FDI đã được cấp phép với tổng vốn đăng ký trên "
        "42.293 triệu USD."
    )
    found = facts(body, date(2025, 7, 2), lang="vi")
    h1 = ("2025-01-01", "2025-06-30")
    assert ("grdp_growth_pct", None, 8.5, *h1) in found
    assert ("grdp_growth_pct", None, 12.28, *h1) not in found
    assert ("fdi_projects_total", None, 4196, None, "2025-07-02") in found


def test_french_a_la_date_du_and_porte_a_n_le_nombre():
    body = (
        "À la date du 20 février 2014, la province de Binh Duong avait reçu 330,37 millions de "
        "dollars d'investissement direct étranger (IDE). Ce montant provient de neuf nouveaux "
        "projets, ce qui porte à 2.458 le nombre de projets d'IDE valides dans la province. Une "
        "usine de la zone industrielle devrait exiger plus de 3 milliards de dollars."
    )
    found = facts(body, date(2014, 2, 25), lang="fr")
    assert ("fdi_capital_period", None, 330.37e6, "2014-01-01", "2014-02-20") in found
    assert ("fdi_projects_total", None, 2458, None, "2014-02-20") in found
    assert all(value != 3e9 for _, _, value, *_ in found)


def test_french_the_past_five_months_of_the_year():
    body = (
        "Au cours des cinq derniers mois de l'année, la province de Binh Duong a attiré 978,4 "
        "millions de dollars de fonds d'IDE, une hausse de 14,9% en glissement annuel."
    )
    found = facts(body, date(2014, 6, 3), lang="fr")
    months = ("2014-01-01", "2014-05-31")
    assert ("fdi_capital_period", None, 978.4e6, *months) in found
    assert ("fdi_capital_period_yoy_pct", None, 14.9, *months) in found


def test_a_hyphenated_sum_is_the_size_of_one_project():
    body = (
        "In the first quarter of 2018, Binh Duong drew 420 million USD of FDI. Among the notable "
        "projects are a 25-million-USD electronic spare parts plant from Japan and a "
        "47.7-million-USD pharmaceutical project from Singapore."
    )
    found = facts(body, date(2018, 4, 22))
    assert found == {("fdi_capital_period", None, 4.2e8, "2018-01-01", "2018-03-31")}
