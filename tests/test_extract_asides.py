"""Places and quantities that only stand beside the province's figures, in sentences of our own:
a pronoun subject ranked against other places, a passage that stays the province's after such a
ranking, "the local economy", a sum in dong with its dollars in brackets, one item's size
("... hectares each"), a headline's plan ("X to start work on ..."), and quantities outside the
catalogue ("social development investment")."""

from __future__ import annotations

from datetime import date

from etl.extract.figures import extract_figures
from etl.models import Entity
from tests.conftest import extraction_places
from tests.test_extract_rules import CATALOGUE, facts, reasons
from tests.test_figures_dong_nai import CATALOGUE as DN_CATALOGUE
from tests.test_figures_dong_nai import PLACES as DN_PLACES

JAN_FEB_2023 = ("2023-01-01", "2023-02-28")


def test_a_pronoun_subject_ranked_after_other_places_keeps_its_figures():
    body = (
        "Binh Duong has grown fast since it was split from Song Be. Today it is the second "
        "biggest FDI destination in Vietnam after Ho Chi Minh City, with 4,150 valid projects."
    )
    found = facts(body, date(2023, 3, 6))
    assert ("fdi_projects_total", None, 4150.0, None, "2023-03-06") in found


def test_a_place_named_first_is_still_the_subject_even_after_meanwhile():
    body = (
        "Binh Duong drew 720 million USD of FDI in the first two months of 2023. "
        "Meanwhile, neighbouring Long An drew 300 million USD in the period."
    )
    assert facts(body, date(2023, 3, 6)) == {("fdi_capital_period", None, 720e6, *JAN_FEB_2023)}


def test_a_ranking_sentence_with_province_figures_does_not_hand_the_passage_to_the_country():
    body = (
        "Binh Duong keeps its lead. It is now the third largest FDI destination in Vietnam, "
        "behind Hanoi, with 4,150 valid projects.\n\n"
        "In the first two months of 2023 the trade surplus reached 1.2 billion USD."
    )
    found = facts(body, date(2023, 3, 6))
    assert ("trade_surplus_period", None, 1.2e9, *JAN_FEB_2023) in found


def test_the_local_economy_is_the_province_after_a_national_aside():
    body = (
        "Binh Duong is one of the fastest-growing places in the country. Nationwide, exports "
        "rose 4% in the first two months of 2023.\n\n"
        "The local economy did well in the period: the industrial index rose by 7.2 per cent."
    )
    found = facts(body, date(2023, 3, 6))
    assert ("iip_growth_pct", None, 7.2, *JAN_FEB_2023) in found


def test_the_size_of_each_item_is_not_a_total():
    body = (
        "In 2023 Binh Duong opened two industrial parks of more than 700 hectares each, "
        "and foreign investors put 60 million USD apiece into three of their plants."
    )
    why = reasons(body, date(2023, 12, 20))
    assert why["700 hectares"].startswith("the size of each item")
    assert why["60 million USD"].startswith("the size of each item")


def test_a_headline_that_announces_work_to_start_is_a_plan():
    found = facts(
        "Construction of both parks begins next month, the provincial chairman said.",
        date(2023, 3, 6),
        title="Binh Duong to start work on three major industrial parks",
    )
    assert not any(f[0] == "industrial_parks_total" for f in found)


def test_social_development_investment_is_no_catalogue_growth_rate():
    body = (
        "In the first two months of 2023 Binh Duong's industrial production index rose by 3%. "
        "Total social development investment grew 10.3% year-on-year."
    )
    assert facts(body, date(2023, 3, 6)) == {("iip_growth_pct", None, 3.0, *JAN_FEB_2023)}


def test_the_early_months_of_a_year_are_no_period():
    body = (
        "Năm 2021, Bình Dương xuất siêu 6,8 tỷ USD. Những tháng đầu năm 2021 kinh tế tỉnh ổn "
        "định, chỉ số sản xuất công nghiệp tăng 4,2%."
    )
    found = facts(body, date(2022, 1, 3), lang="vi")
    assert ("iip_growth_pct", None, 4.2, "2021-01-01", "2021-12-31") in found


def test_projects_whose_investment_policy_was_approved_are_no_fdi_total():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương thu hút 1,4 tỷ USD vốn đầu tư nước ngoài. Tỉnh đã "
        "chấp thuận chủ trương đầu tư cho 25 dự án với tổng vốn khoảng 80.000 tỷ đồng."
    )
    assert facts(body, date(2024, 10, 22), lang="vi") == {
        ("fdi_capital_period", None, 1.4e9, "2024-01-01", "2024-09-30")
    }


def test_a_target_set_out_with_dat_ra_is_still_a_target():
    body = (
        "Năm 2014, Bình Dương thu hút 900 triệu USD vốn FDI. Mục tiêu thu hút vốn FDI mà tỉnh "
        "đặt ra cho cả năm 2015 là 1,1 tỷ USD."
    )
    assert facts(body, date(2015, 1, 10), lang="vi") == {
        ("fdi_capital_period", None, 9e8, "2014-01-01", "2014-12-31")
    }


def test_the_foreign_invested_sectors_growth_is_a_part_of_exports():
    body = (
        "Bốn tháng đầu năm 2016, xuất khẩu của tỉnh đạt 7 tỷ USD, tăng 15%; khu vực kinh tế "
        "trong nước tăng 9%, còn khu vực kinh tế có vốn đầu tư nước ngoài tăng 18%."
    )
    found = facts(body, date(2016, 5, 9), lang="vi")
    assert {f[0] for f in found} == {"exports_period", "exports_period_yoy_pct"}
    assert [f[2] for f in found if f[0] == "exports_period_yoy_pct"] == [15.0]


def test_the_branches_of_industrial_production_are_parts_of_the_index():
    body = (
        "Mười tháng đầu năm 2016, chỉ số sản xuất công nghiệp tăng 9,3%. Xét theo ngành, công "
        "nghiệp khai khoáng tăng 6,7%; sản xuất và phân phối điện tăng 5,8%; cung cấp nước "
        "tăng 7,8%."
    )
    assert facts(body, date(2016, 11, 2), lang="vi") == {
        ("iip_growth_pct", None, 9.3, "2016-01-01", "2016-10-31")
    }


def test_a_joint_ventures_project_is_one_companys_money():
    body = (
        "Năm 2012, một tập đoàn Nhật liên doanh với Becamex IDC (Bình Dương) làm khu đô thị "
        "mới, tổng vốn đầu tư hơn 1,2 tỷ USD."
    )
    assert reasons(body, date(2014, 3, 1), lang="vi")["1,2 tỷ USD"].startswith("one company")


def test_a_sum_over_several_years_ends_where_its_phrase_ends():
    body = (
        "Foreign investment drawn by Binh Duong between 2016 and October 2019 came to 9.9 "
        "billion USD, more than the goal it set for the whole 2016-2020 period."
    )
    found = facts(body, date(2019, 11, 25))
    assert found == {("fdi_capital_period", None, 9.9e9, "2016-01-01", "2019-10-31")}


def test_the_sum_named_later_in_a_sentence_takes_its_change():
    body = (
        "Binh Duong drew 2.7 billion USD of FDI in the first ten months of 2022. The provincial "
        "People's Committee said the sum represented a year-on-year rise of 57%. That was "
        "well above the national average."
    )
    found = facts(body, date(2022, 11, 9))
    assert ("fdi_capital_period_yoy_pct", None, 57.0, "2022-01-01", "2022-10-31") in found


def test_investors_licensed_to_put_money_in_are_all_investors_not_new_projects():
    body = (
        "Foreign investors were licensed to put more than 2.7 billion USD into Binh Duong from "
        "early 2019 to October 31. Altogether the province has drawn 34 billion USD in 3,700 "
        "FDI projects."
    )
    found = facts(body, date(2019, 11, 25))
    assert [f[0] for f in found if f[2] == 2.7e9] == ["fdi_capital_period"]
    assert any(f[0] == "fdi_projects_total" and f[2] == 3700.0 for f in found)


def test_a_threshold_passed_is_not_the_figure():
    body = (
        "In the first ten months of 2022, Binh Duong was among four localities that passed "
        "the US$20 billion mark in exports. Có 6 quốc gia đầu tư vào tỉnh với số vốn vượt mốc "
        "100 triệu USD."
    )
    why = reasons(body, date(2022, 11, 5))
    assert why["US$20 billion"].startswith("a threshold")
    assert why["100 triệu USD"].startswith("a threshold")


def test_a_count_by_a_later_year_is_a_plan():
    body = "The Prime Minister asked Binh Duong to have 50,000 enterprises by 2020."
    why = reasons(body, date(2017, 1, 2))
    assert why["50,000"] == "a plan or forecast for a later period"


def test_a_sum_in_dong_stands_in_dollars_when_its_metric_counts_dollars():
    body = (
        "In the first half of 2024 Binh Duong shipped goods worth more than VNĐ410 trillion "
        "(US$16.7 billion) abroad, up 12.4 per cent year-on-year."
    )
    found = facts(body, date(2024, 7, 3))
    assert ("exports_period", None, 16.7e9, "2024-01-01", "2024-06-30") in found
    assert ("exports_period_yoy_pct", None, 12.4, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 410e12 for f in found)


def test_a_conversion_after_a_sum_kept_in_its_own_currency_is_still_an_aside():
    body = (
        "Binh Duong collected VND 38,500 billion (US$1.6 billion) of state budget revenue in the "
        "first half of 2024."
    )
    found = facts(body, date(2024, 7, 3))
    assert [f[0] for f in found if f[2] in (38_500e9, 1.6e9)] == ["budget_revenue_period"]
    assert "conversion" in reasons(body, date(2024, 7, 3))["US$1.6 billion"]


def test_a_rate_above_a_set_target_is_no_growth_rate():
    body = (
        "In 2019 Binh Duong drew 1.9 billion USD of FDI, 35.6 percent higher than the set target."
    )
    assert "plan" in reasons(body, date(2020, 1, 6))["35.6 percent"]


def test_a_plan_in_an_aside_between_dashes_governs_neither_the_counts_nor_the_period():
    body = (
        "Tính từ đầu năm đến ngày 20-6-2018, Bình Dương thu hút hơn 1 tỷ 200 triệu USD vốn FDI "
        "– vượt chỉ tiêu kế hoạch của cả năm – với 80 dự án đăng ký mới và 41 dự án tăng vốn."
    )
    found = facts(body, date(2018, 6, 25), lang="vi")
    window = ("2018-01-01", "2018-06-20")
    assert ("fdi_capital_period", None, 1.2e9, *window) in found
    assert ("fdi_new_projects_period", None, 80.0, *window) in found
    assert ("fdi_adjusted_projects_period", None, 41.0, *window) in found


def test_a_plan_outside_any_aside_still_governs_its_amount():
    body = "Bình Dương đặt chỉ tiêu kế hoạch thu hút 1,5 tỷ USD vốn FDI trong năm 2018."
    assert "plan" in reasons(body, date(2018, 1, 5), lang="vi")["1,5 tỷ USD"]


def test_a_regional_headline_over_a_lead_about_the_province_keeps_the_province_its_own():
    body = (
        "Trong quý I/2024, tỉnh Bình Dương thu hút gần 600 triệu USD vốn FDI. Lũy kế đến nay, "
        "trên địa bàn có 4.200 dự án FDI còn hiệu lực."
    )
    found = facts(body, date(2024, 4, 10), lang="vi", title="Dòng vốn ngoại về Đông Nam Bộ")
    assert ("fdi_projects_total", None, 4200.0, None, "2024-04-10") in found


def test_the_province_after_a_lead_about_a_region_is_the_province_named():
    body = (
        "Across the Southeast region, local governments keep courting foreign capital.\n\n"
        "Binh Duong has drawn US$2 billion of FDI this year. Some 60 countries and territories "
        "have projects in the province, which holds 4,100 valid projects."
    )
    found = facts(body, date(2024, 9, 3), title="Southern provinces compete for investors")
    assert ("fdi_projects_total", None, 4100.0, None, "2024-09-03") in found


def test_one_of_the_countrys_big_centres_keeps_its_own_figures():
    body = (
        "Hiện Bình Dương là một trong những trung tâm công nghiệp lớn của cả nước, với 29 khu "
        "công nghiệp đang hoạt động và tỷ lệ lấp đầy trên 90%."
    )
    found = facts(body, date(2024, 8, 20), lang="vi")
    assert ("industrial_parks_total", None, 29.0, None, "2024-08-20") in found
    assert ("industrial_parks_occupancy_pct", None, 90.0, None, "2024-08-20") in found


WITH_TOWNS = extraction_places(Entity("Binh Duong", ("Bình Dương",), (), ("Tân Uyên", "Bàu Bàng")))


def _town_facts(body: str, title: str) -> set:
    figures = extract_figures(body, date(2023, 3, 2), "en", CATALOGUE, WITH_TOWNS, title=title)
    return {(f.metric, f.value) for f in figures}


def test_an_article_about_a_district_keeps_its_figures_from_the_province():
    body = (
        "Tan Uyen now hosts six industrial parks. At the end of last year the town counted 210 FDI "
        "projects with capital of 2.9 billion USD, and in 2022 alone it drew 31 new projects."
    )
    found = _town_facts(body, "Tan Uyen town woos high-tech investors")
    assert not any(metric.startswith("fdi") for metric, _ in found)


def test_an_article_about_the_province_that_names_a_district_keeps_its_figures():
    body = "Binh Duong drew 2.9 billion USD of FDI in 2022, much of it in Tan Uyen."
    found = _town_facts(body, "Binh Duong and Tan Uyen town woo investors")
    assert ("fdi_capital_period", 2.9e9) in found


def test_a_year_in_a_quoted_report_title_is_no_plan_for_the_figures():
    body = (
        'Số liệu trong "Báo cáo tình hình kinh tế - xã hội năm 2015, phương hướng nhiệm vụ năm '
        '2016" của tỉnh Bình Dương cho thấy, năm 2015 GRDP toàn tỉnh tăng 13,1%.'
    )
    found = facts(body, date(2015, 12, 20), lang="vi")
    assert ("grdp_growth_pct", None, 13.1, "2015-01-01", "2015-12-31") in found


def test_what_a_new_plan_aims_towards_is_a_plan():
    body = (
        "Năm 2015, kim ngạch xuất khẩu của Bình Dương đạt 20,1 tỷ USD. Quy hoạch mới hướng tới "
        "việc đưa kim ngạch xuất khẩu lên 31,5 tỷ USD."
    )
    found = facts(body, date(2016, 1, 5), lang="vi")
    assert [f[2] for f in found if f[0] == "exports_period"] == [20.1e9]


def test_the_shares_of_businesses_in_a_survey_are_no_growth_rates():
    body = (
        "Binh Duong's exports rose 9 percent in the first nine months of 2021. In a survey of "
        "local firms, 4.2 percent received more export orders, 41.5 percent reported a drop and "
        "36 percent of respondents saw no change."
    )
    found = facts(body, date(2021, 10, 5))
    assert [f[2] for f in found if f[0] == "exports_period_yoy_pct"] == [9.0]


def test_a_count_joined_to_money_after_a_count_of_countries_counts_projects():
    body = (
        "Binh Duong now has 4,200 FDI projects from 65 countries and territories. Singapore is "
        "fifth by number of projects, with 290 valued at 5.3 billion USD."
    )
    found = facts(body, date(2023, 12, 12))
    assert ("fdi_projects_total", "Singapore", 290.0, None, "2023-12-12") in found


def test_the_provinces_sum_in_a_list_of_places_with_their_sums_is_its_own():
    body = (
        "The five localities with the largest import bills in the first 8 months of 2023 were Ho "
        "Chi Minh City (USD35.2 billion), Hanoi (USD22.8 billion), Bac Ninh (USD19.1 billion), "
        "Binh Duong (USD13.9 billion) and Hai Phong (USD12.6 billion)."
    )
    found = facts(body, date(2023, 9, 12))
    assert found == {("imports_period", None, 13.9e9, "2023-01-01", "2023-08-31")}


def test_viet_nam_co_is_the_country_having_not_a_company():
    body = "Tính đến cuối tháng 6/2021, Việt Nam có 3.100 dự án của nhà đầu tư Hàn Quốc."
    assert facts(body, date(2021, 7, 5), lang="vi") == set()


def test_projects_still_valid_in_viet_nam_are_the_countrys():
    body = (
        "Bình Dương hiện có 4.000 dự án FDI. Các nhà đầu tư Singapore đang có 2.900 dự án còn "
        "hiệu lực tại Việt Nam."
    )
    assert facts(body, date(2021, 7, 5), lang="vi") == {
        ("fdi_projects_total", None, 4000.0, None, "2021-07-05")
    }


def test_the_dollars_of_a_dong_sum_no_topic_speaks_of_take_no_topic_from_afar():
    body = (
        "Binh Duong ranks third for FDI. As of December 31, 2019 its households held "
        "VND12,000 billion (US$520 million) in savings."
    )
    assert facts(body, date(2020, 3, 2)) == set()


def test_domestic_direct_investment_is_domestic_capital():
    body = "Domestic direct investment in Binh Duong reached VND45,000 billion in 2019."
    assert facts(body, date(2020, 1, 8)) == {
        ("domestic_capital_period", None, 4.5e13, "2019-01-01", "2019-12-31")
    }


def test_the_capital_of_every_firm_counted_is_a_total_not_a_flow():
    body = (
        "Binh Duong drew VND30,000 billion of domestic investment in the first quarter of 2019. "
        "As of March 31, 2019 the province counted 40,100 companies with VND350,000 billion of "
        "capital."
    )
    found = facts(body, date(2019, 4, 3))
    assert ("domestic_capital_period", None, 3e13, "2019-01-01", "2019-03-31") in found
    assert not any(f[2] == 3.5e14 for f in found)


def test_new_firms_capital_after_a_long_clause_is_a_part():
    body = (
        "As for domestic investment, 6,010 new companies were set up in Binh Duong in 2019 with "
        "combined registered capital of VND31,000 billion."
    )
    found = facts(body, date(2020, 1, 8))
    assert not any(f[2] == 3.1e13 for f in found)


def test_a_total_restated_so_far_keeps_the_date_the_article_gave_it():
    body = (
        "As of the end of March 2019, Binh Duong had 3,600 valid FDI projects. Asked about the "
        "results, the director said that so far the province counts 3,600 FDI projects."
    )
    assert facts(body, date(2019, 9, 12)) == {
        ("fdi_projects_total", None, 3600.0, None, "2019-03-31")
    }


def test_the_city_in_a_story_about_one_of_the_provinces_cities_is_that_city():
    body = (
        "Binh Duong held a ceremony to found Tan Uyen City. The city now has seven industrial "
        "parks and about 500,000 residents."
    )
    found = facts(body, date(2023, 4, 10), title="Binh Duong founds Tan Uyen City")
    assert not any(f[0] == "industrial_parks_total" for f in found)


def test_a_national_figure_in_a_closed_aside_owns_nothing_after_it():
    body = (
        "GRDP 6 tháng đầu năm 2024 của tỉnh Bình Dương ước tăng 5,6% (cả nước tăng 6,4%), trong "
        "đó quý I tăng 4,7%."
    )
    found = facts(body, date(2024, 6, 29), lang="vi")
    assert ("grdp_growth_pct", None, 4.7, "2024-01-01", "2024-03-31") in found
    assert not any(f[2] == 6.4 for f in found)


def test_the_whole_province_in_an_article_about_the_parks_is_the_province():
    body = (
        "Binh Duong's industrial parks drew 400 million USD of FDI in the first four months of "
        "2023. The whole province attracted 650 million USD of FDI in the four months. "
        "Province-wide, 4,000 FDI projects were valid as of April 30."
    )
    found = facts(body, date(2023, 5, 10), title="Industrial parks keep drawing investors")
    assert ("fdi_capital_period", None, 6.5e8, "2023-01-01", "2023-04-30") in found
    assert ("fdi_projects_total", None, 4000.0, None, "2023-04-30") in found


def test_a_project_named_with_its_owner_is_one_company_s_even_where_it_stands():
    body = (
        "Bình Dương thu hút 520 triệu USD vốn FDI trong quý I/2019. Giám đốc Công ty TNHH Minh "
        "Phát cho biết dự án khu văn phòng của Minh Phát tại Bình Dương, với tổng vốn 40 triệu "
        "USD, sẽ xong trong năm nay."
    )
    found = facts(body, date(2019, 4, 12), lang="vi")
    assert all(f[2] != 4e7 for f in found)
    assert "one company's" in reasons(body, date(2019, 4, 12), lang="vi")["40 triệu USD"]


def test_the_project_of_a_firm_after_a_semicolon_is_still_that_firm_s():
    body = (
        "Quý I/2019, Bình Dương thu hút 520 triệu USD vốn FDI. Tháng 3, Công ty TNHH Gia Khang "
        "khởi công nhà máy bao bì; dự án có tổng vốn đăng ký 15 triệu USD."
    )
    found = facts(body, date(2019, 4, 12), lang="vi")
    assert ("fdi_capital_period", None, 5.2e8, "2019-01-01", "2019-03-31") in found
    assert all(f[2] != 1.5e7 for f in found)


def test_the_bare_city_or_district_owning_a_total_is_a_town_not_the_province():
    body = (
        "Thành phố Thuận An (tỉnh Bình Dương) tiếp tục phát triển. Năm 2020, tổng thu ngân sách "
        "của thành phố đạt 3.200 tỷ đồng, vượt dự toán."
    )
    published = date(2021, 1, 15)
    found = facts(body, published, lang="vi")
    assert not any(f[0].startswith("budget") for f in found)
    assert "inside the province" in reasons(body, published, lang="vi")["3.200 tỷ đồng"]


def test_a_province_total_is_kept_beside_the_word_thanh_pho_in_a_name():
    body = "Năm 2020, tổng thu ngân sách của tỉnh Bình Dương đạt 55.000 tỷ đồng."
    found = facts(body, date(2021, 1, 15), lang="vi")
    assert ("budget_revenue_period", None, 5.5e13, "2020-01-01", "2020-12-31") in found


def test_the_province_after_an_opening_other_province_is_that_one():
    body = (
        "In Dong Nai, the province's 32 industrial parks drew 1.1 billion USD this year. "
        "Binh Duong's exports reached 32.4 billion USD in 2018."
    )
    found = facts(body, date(2018, 12, 20))
    assert found == {("exports_period", None, 3.24e10, "2018-01-01", "2018-12-31")}


def test_fdi_into_a_named_provinces_industrial_parks_is_the_parks_part():
    body = (
        "Foreign direct investment flowing into Binh Duong's industrial parks in January-June "
        "came to nearly US$910 million, the industrial parks authority said."
    )
    assert facts(body, date(2021, 7, 5)) == set()


def test_private_firms_after_a_dateline_are_a_part_of_the_provinces_exports():
    body = (
        "Binh Duong (VNA) – Privately owned domestic businesses in Binh Duong earned 9.1 billion "
        "USD from exports in 2022. For the province as a whole, exports reached 32.1 billion USD."
    )
    found = facts(body, date(2023, 1, 6))
    assert found == {("exports_period", None, 3.21e10, "2022-01-01", "2022-12-31")}


def test_a_sum_opening_the_sentence_is_no_subset():
    body = (
        "Binh Duong (VNA) – Foreign trade in Binh Duong has recovered fast since January, "
        "giving the province its biggest trade surplus ever, of around 5.1 billion USD, in the "
        "first half of 2022."
    )
    found = facts(body, date(2022, 7, 3))
    assert found == {("trade_surplus_period", None, 5.1e9, "2022-01-01", "2022-06-30")}


def test_the_city_after_another_city_is_that_city():
    body = (
        "Binh Duong's exports reached 18.2 billion USD in the first seven months of 2023. Ho Chi "
        "Minh City has long led the country in trade. A national report placed the city first "
        "with export turnover of USD44.1 billion."
    )
    found = facts(body, date(2023, 8, 16))
    assert found == {("exports_period", None, 1.82e10, "2023-01-01", "2023-07-31")}


def test_a_line_naming_a_place_heads_its_section():
    body = (
        "Những địa phương thu ngân sách lớn nhất năm 2022.\n\n"
        "TP. HCM\n\n"
        "GRDP của thành phố năm 2022 tăng 9,03%. Thành phố thu ngân sách 457.500 tỷ đồng.\n\n"
        "Hà Nội\n\n"
        "Thu ngân sách năm 2022 ước 333.000 tỷ đồng.\n\n"
        "Bình Dương\n\n"
        "Thu ngân sách năm 2022 hơn 66.000 tỷ đồng."
    )
    found = facts(body, date(2023, 1, 4), lang="vi")
    assert found == {("budget_revenue_period", None, 6.6e13, "2022-01-01", "2022-12-31")}


def test_the_generic_province_word_before_another_name_is_that_ones():
    body = (
        "Đồng Nai thu ngân sách 62.000 tỷ đồng năm 2022. UBND tỉnh Bình Dương cho biết GRDP "
        "tăng 8,01%, đạt 459 nghìn tỷ đồng. Thu ngân sách hơn 66.000 tỷ đồng."
    )
    figures = extract_figures(body, date(2023, 1, 4), "vi", DN_CATALOGUE, DN_PLACES)
    assert [f.value for f in figures] == [6.2e13]


def test_projects_the_parks_host_are_the_parks():
    body = (
        "Foreign direct investment flowing into Binh Duong's industrial parks held level this "
        "year. So far, Binh Duong is home to 29 IPs, which host 2,050 projects. Among them are "
        "1,400 FDI projects."
    )
    found = facts(body, date(2024, 6, 3))
    assert found == {("industrial_parks_total", None, 29.0, None, "2024-06-03")}


def test_a_region_that_describes_the_province_is_no_other_place():
    body = (
        "Foreign investors committed over 470 million USD to 74 projects in the Southeast province "
        "of Binh Duong in the first half of 2023."
    )
    found = facts(body, date(2023, 7, 3))
    assert ("fdi_capital_period", None, 4.7e8, "2023-01-01", "2023-06-30") in found
    assert ("fdi_new_projects_period", None, 74.0, "2023-01-01", "2023-06-30") in found


def test_the_lions_share_is_the_part_its_clause_names_not_a_subset():
    body = (
        "In the first half of 2023 Binh Duong drew 900 million USD of FDI. New ventures made up "
        "the lion's share: more than 600 million USD went into 45 new projects."
    )
    found = facts(body, date(2023, 7, 3))
    assert ("fdi_new_capital_period", None, 6e8, "2023-01-01", "2023-06-30") in found
    assert ("fdi_new_projects_period", None, 45.0, "2023-01-01", "2023-06-30") in found


def test_everything_licensed_so_far_is_the_total_not_the_new_part():
    body = (
        "Foreign investors have put 900 million USD into Binh Duong since the start of this year. "
        "Counting everything licensed so far, Binh Duong is now host to almost 1,200 "
        "foreign-invested projects whose combined value has passed 10.4 billion USD."
    )
    found = facts(body, date(2023, 7, 3))
    assert ("fdi_capital_total", None, 1.04e10, None, "2023-07-03") in found
    assert not any(f[0] == "fdi_new_capital_period" for f in found)


def test_respectively_pairs_sums_in_two_currencies_with_the_kinds_named_after_them():
    body = (
        "In 2022 Binh Duong secured 23.8 trillion VND and 732 million USD worth of domestic and "
        "foreign investment, respectively."
    )
    found = facts(body, date(2023, 1, 5))
    assert found == {
        ("domestic_capital_period", None, 2.38e13, "2022-01-01", "2022-12-31"),
        ("fdi_capital_period", None, 7.32e8, "2022-01-01", "2022-12-31"),
    }


def test_in_a_parks_story_the_parks_figures_are_theirs_and_its_are_the_provinces():
    title = "Binh Duong's industrial parks take in 21 new projects in nine months"
    body = (
        "Industrial parks in the province now accommodate 371 valid projects worth over 4.27 "
        "billion USD. The province expects to attract 550 million USD in FDI this year. As of "
        "August, it had licensed 20 new FDI projects with combined capital amounting to "
        "110.89 million USD."
    )
    found = facts(body, date(2020, 9, 20), title=title)
    assert found == {
        ("fdi_new_projects_period", None, 20.0, "2020-01-01", "2020-08-31"),
        ("fdi_new_capital_period", None, 1.1089e8, "2020-01-01", "2020-08-31"),
    }


def test_an_outlets_name_is_no_place_and_a_headline_goal_is_the_bodys_goal():
    title = "Binh Duong pushes towards $38 billion export goal for 2024"
    body = (
        "Binh Duong's two-way trade came to approximately $55.7 billion in the first 10 months "
        "of 2024, the Voice of Vietnam reported; exports accounted for $31.5 billion of that, up "
        "15.7% year-on-year. The province has set itself the goal of shipping $38 billion worth "
        "of goods abroad in 2024."
    )
    found = facts(body, date(2024, 11, 8), title=title)
    assert found == {
        ("exports_period", None, 3.15e10, "2024-01-01", "2024-10-31"),
        ("exports_period_yoy_pct", None, 15.7, "2024-01-01", "2024-10-31"),
    }


def _city_facts(body: str, city: bool) -> set:
    entity = Entity("Hai Phong", ("Hải Phòng", "Haiphong"), city=city)
    found = extract_figures(body, date(2022, 10, 4), "en", CATALOGUE, extraction_places(entity))
    return {(f.metric, f.value) for f in found}


def test_the_city_is_the_tracked_city_only_when_the_entity_is_a_city():
    body = (
        "Hai Phong lured US$1.9 billion of FDI in the first nine months of 2022. The city now "
        "hosts 833 FDI projects with a combined capital of nearly US$23.9 billion."
    )
    as_city = _city_facts(body, city=True)
    assert {("fdi_projects_total", 833.0), ("fdi_capital_total", 23.9e9)} <= as_city
    as_province = _city_facts(body, city=False)  # a province's "the city" is a town inside it
    assert ("fdi_projects_total", 833.0) not in as_province
    assert ("fdi_capital_period", 1.9e9) in as_province


def test_an_economic_zone_inside_the_province_is_a_part_and_so_is_its_ranking():
    body = (
        "Tính đến cuối năm 2024, tổng vốn FDI vào Bình Dương đạt 41,2 tỷ USD. Riêng khu kinh tế "
        "Bàu Bàng hiện có 85 dự án FDI với tổng vốn 3,2 tỷ USD. Hàn Quốc dẫn đầu với 30 dự án, "
        "Nhật Bản đứng thứ hai với 1,1 tỷ USD."
    )
    found = facts(body, date(2025, 1, 8), lang="vi")
    assert found == {("fdi_capital_total", None, 41.2e9, None, "2024-12-31")}


def test_the_key_economic_zone_a_province_belongs_to_is_no_part_of_it():
    body = (
        "Binh Duong, a hub of the southern key economic zone, drew 1.9 billion USD of FDI in the "
        "first half of 2024."
    )
    assert facts(body, date(2024, 7, 3)) == {
        ("fdi_capital_period", None, 1.9e9, "2024-01-01", "2024-06-30")
    }


def test_certificates_presented_at_an_event_are_the_events_not_the_periods():
    body = (
        "Binh Duong presented 24 investment certificates to foreign-invested firms on Tuesday. "
        "Since the start of 2019, the province has drawn US$ 512 million of FDI."
    )
    assert facts(body, date(2019, 3, 12)) == {
        ("fdi_capital_period", None, 512e6, "2019-01-01", "2019-03-12")
    }
