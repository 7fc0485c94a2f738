"""Shapes of our own wording met on unseen news in the ninth session: a ratio to "that for"
the same period, an attributed "this represents" about the sum before, imports a province
spends money on, a retail revenue, and an as-of date in a sentence compared year on year."""

from __future__ import annotations

from datetime import date

from etl.extract.address_date import AddressDate
from etl.extract.dating import estimate_publication
from tests.test_extract_rules import facts

H1 = ("2019-01-01", "2019-06-30")


def test_a_ratio_to_that_for_the_same_period_is_a_fall():
    body = (
        "In the first half of 2019, Binh Duong took in 612 million USD of foreign investment, "
        "only 62 percent of that for the same period of 2018."
    )
    found = facts(body, date(2019, 7, 2))
    assert ("fdi_capital_period_yoy_pct", None, -38, *H1) in found
    assert ("fdi_capital_period_yoy_pct", None, 62, *H1) not in found


def test_an_attributed_this_represents_speaks_of_the_sum_before():
    body = (
        "Binh Duong attracted foreign investment of 1.9 billion USD in the first half of 2019. "
        "According to the provincial statistics office, this represents a year-on-year rise of "
        "23%."
    )
    assert ("fdi_capital_period_yoy_pct", None, 23, *H1) in facts(body, date(2019, 7, 2))


def test_money_spent_on_imports_is_the_imports():
    body = (
        "In the first half of 2019, Binh Duong sold US$11.4 billion of goods abroad while "
        "spending US$8.6 billion on imports."
    )
    found = facts(body, date(2019, 7, 2))
    assert ("imports_period", None, 8.6e9, *H1) in found
    assert ("exports_period", None, 11.4e9, *H1) in found


def test_budget_spending_is_still_no_revenue():
    body = "In the first half of 2019, Binh Duong's budget spending came to VND9,400 billion."
    assert facts(body, date(2019, 7, 2)) == set()


def test_retail_revenue_is_retail_sales():
    body = (
        "Total retail revenue of goods and services in Binh Duong in the first half of 2019 "
        "reached VND101,250.4 billion."
    )
    assert facts(body, date(2019, 7, 2)) == {("retail_sales_period", None, 101_250.4e9, *H1)}


def test_an_as_of_date_compared_year_on_year_cuts_the_years_flow():
    body = (
        "Domestic investment registered in Binh Duong passed 41.6 trillion VND as of May 20, "
        "a year-on-year increase of 4.3%, and for the first time topped foreign direct "
        "investment (over 1.2 billion USD)."
    )
    found = facts(body, date(2019, 5, 28))
    assert ("fdi_capital_period", None, 1.2e9, "2019-01-01", "2019-05-20") in found
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_an_as_of_date_alone_still_dates_a_total():
    body = (
        "As of May 20, Binh Duong had 4,110 valid FDI projects with total registered capital of "
        "40.1 billion USD."
    )
    found = facts(body, date(2019, 5, 28))
    assert ("fdi_capital_total", None, 40.1e9, None, "2019-05-20") in found


def test_a_plans_year_between_the_plan_word_and_its_verb_keeps_it_a_plan():
    body = (
        "Bình Dương đặt mục tiêu năm 2020 thu hút 1,5 tỷ USD vốn đầu tư trực tiếp nước ngoài. "
        "Năm 2019, tỉnh thu hút 1,4 tỷ USD vốn FDI."
    )
    found = facts(body, date(2019, 12, 26), lang="vi")
    assert found == {("fdi_capital_period", None, 1.4e9, "2019-01-01", "2019-12-31")}


def test_the_headlines_year_is_the_one_the_body_calls_this_year():
    texts = [
        "Xuất khẩu của Bình Dương năm 2016 vượt 20 tỷ USD",
        "Riêng trong năm nay, kim ngạch xuất khẩu của tỉnh đã đạt hơn 20 tỷ USD.",
        "Tính đến ngày 20/11, tỉnh xuất khẩu 20 tỷ 140 triệu USD, tăng 9% so với cùng kỳ.",
    ]
    assert estimate_publication(texts) == date(2016, 11, 20)


def test_a_plans_headline_year_is_not_this_year():
    texts = [
        "Bình Dương đặt mục tiêu xuất khẩu năm 2017 đạt 22 tỷ USD",
        "Năm nay, tính đến ngày 20/11, tỉnh xuất khẩu 20 tỷ 140 triệu USD, tăng 9% so với cùng kỳ.",
    ]
    assert estimate_publication(texts) != date(2017, 11, 20)


def test_what_this_year_has_brought_so_far_ends_at_publication():
    body = (
        "So far this autumn the mood is good. In this year, Binh Duong has attracted over 2.1 "
        "billion USD of foreign direct investment."
    )
    found = facts(body, date(2019, 10, 10), title="Binh Duong's FDI in 2019 tops 2 billion USD")
    assert ("fdi_capital_period", None, 2.1e9, "2019-01-01", "2019-10-10") in found
    assert not any(f[4] == "2019-12-31" for f in found)


def test_a_compound_amount_is_as_precise_as_its_parts():
    body = (
        "Trong năm nay, vốn FDI vào Bình Dương đã đạt hơn 2,1 tỷ USD. Tính từ đầu năm đến ngày "
        "20/10, tỉnh thu hút 2 tỷ 108 triệu USD vốn FDI."
    )
    found = facts(body, date(2019, 10, 20), lang="vi")
    assert ("fdi_capital_period", None, 2.108e9, "2019-01-01", "2019-10-20") in found
    assert not any(f[2] == 2.1e9 for f in found)


def test_a_part_of_the_year_told_without_figures_holds_for_its_paragraph():
    body = (
        "Năm 2021, kinh tế Bình Dương vẫn tăng trưởng dù dịch bệnh kéo dài.\n\n"
        "Trong 6 tháng đầu năm, sản xuất của tỉnh diễn ra thuận lợi. Sang quý III, nhiều nhà máy "
        "phải tạm dừng hoạt động.\n\n"
        "Cụ thể, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 3,1%."
    )
    found = facts(body, date(2022, 1, 10), lang="vi")
    assert found == {("iip_growth_pct", None, 3.1, "2021-01-01", "2021-12-31")}


def test_a_part_of_the_year_with_figures_goes_on_framing_what_follows():
    body = (
        "Năm 2021, kinh tế Bình Dương vẫn tăng trưởng dù dịch bệnh kéo dài.\n\n"
        "Trong 6 tháng đầu năm, tỉnh thu hút 1,2 tỷ USD vốn FDI.\n\n"
        "Chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 9,1%."
    )
    found = facts(body, date(2021, 7, 10), lang="vi")
    assert ("iip_growth_pct", None, 9.1, "2021-01-01", "2021-06-30") in found


def test_the_sum_after_with_in_a_share_phrase_is_the_investors():
    body = (
        "In the first nine months of 2021, Binh Duong drew US$1.9 billion of FDI. Japan led, "
        "accounting for nearly a third of the total with US$602 million."
    )
    found = facts(body, date(2021, 10, 5))
    assert ("fdi_capital_period", "Japan", 602e6, "2021-01-01", "2021-09-30") in found
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_a_share_phrase_still_makes_a_part_no_figure():
    body = (
        "In the first nine months of 2021, Binh Duong drew US$1.9 billion of FDI, with "
        "manufacturing accounting for US$1.2 billion."
    )
    found = facts(body, date(2021, 10, 5))
    assert found == {("fdi_capital_period", None, 1.9e9, "2021-01-01", "2021-09-30")}


def test_cumulated_to_a_day_is_a_total():
    body = (
        "Trong 9 tháng đầu năm 2019, Bình Dương thu hút 1,6 tỷ USD vốn FDI. Cộng dồn đến ngày "
        "30 tháng 9 năm 2019, toàn tỉnh có 3.900 dự án có vốn đầu tư nước ngoài."
    )
    found = facts(body, date(2019, 10, 3), lang="vi")
    assert ("fdi_projects_total", None, 3900, None, "2019-09-30") in found


def test_the_services_field_is_a_subset():
    body = (
        "Trong 9 tháng đầu năm 2019, Bình Dương thu hút 1,6 tỷ USD vốn FDI. Lĩnh vực dịch vụ có "
        "31 dự án đăng ký mới với vốn 95 triệu USD."
    )
    found = facts(body, date(2019, 10, 3), lang="vi")
    assert found == {("fdi_capital_period", None, 1.6e9, "2019-01-01", "2019-09-30")}


def test_whose_projects_carries_to_their_sum():
    body = (
        "Theo bà Nguyễn Thị Lan, Phó giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Dương, đến nay "
        "trên địa bàn có 402 dự án của nhà đầu tư Nhật Bản, tổng vốn đầu tư đăng ký đạt 3,1 tỷ "
        "USD."
    )
    found = facts(body, date(2019, 10, 3), lang="vi")
    assert ("fdi_projects_total", "Japan", 402, None, "2019-10-03") in found
    assert ("fdi_capital_total", "Japan", 3.1e9, None, "2019-10-03") in found


def test_a_sum_whose_share_of_the_total_follows_is_a_part():
    body = (
        "As of late 2023, Binh Duong had 4,200 FDI projects worth US$40.2 billion. Electronics "
        "is the biggest field, with 610 projects and total investment capital of US$9.1 "
        "billion, or 22.6% of the total registered capital."
    )
    found = facts(body, date(2023, 12, 20))
    assert not any(f[2] == 9.1e9 for f in found)
    assert ("fdi_capital_total", None, 40.2e9, None, "2023-12-20") in found


def test_an_investor_countrys_share_and_the_provinces_share_of_the_nation_stay():
    body = (
        "Tính đến nay, Bình Dương có tổng vốn đăng ký 38,2 tỷ USD, chiếm 8,7% tổng vốn đầu tư "
        "nước ngoài của cả nước. Hàn Quốc có 1.010 dự án với 4,3 tỷ USD, chiếm 11,3% tổng vốn."
    )
    found = facts(body, date(2023, 3, 1), lang="vi")
    assert ("fdi_capital_total", None, 38.2e9, None, "2023-03-01") in found
    assert ("fdi_capital_total", "South Korea", 4.3e9, None, "2023-03-01") in found


def test_revenue_from_retail_sales_is_retail_sales():
    body = (
        "Total revenue from retail sales of goods and services in Binh Duong in October 2023 is "
        "estimated at VND25.1 trillion."
    )
    found = facts(body, date(2023, 11, 2))
    assert found == {("retail_sales_period", None, 25.1e12, "2023-10-01", "2023-10-31")}


def test_in_a_parks_article_the_whole_provinces_passage_goes_on():
    title = "Bình Dương thu hút vốn vào các khu công nghiệp thế hệ mới"
    body = (
        "Trong 6 tháng đầu năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương đạt 15,2 tỷ USD; "
        "nhập khẩu ước đạt 10,1 tỷ USD. Cán cân thương mại nhờ đó thặng dư 5,1 tỷ USD.\n\n"
        "Chỉ số sản xuất công nghiệp (IIP) tăng 7,4%.\n\n"
        "Các khu công nghiệp thu hút 620 triệu USD vốn FDI. Tỷ lệ lấp đầy đạt 92%."
    )
    found = facts(body, date(2024, 7, 3), lang="vi", title=title)
    h1 = ("2024-01-01", "2024-06-30")
    assert ("trade_surplus_period", None, 5.1e9, *h1) in found
    assert ("iip_growth_pct", None, 7.4, *h1) in found
    assert not any(f[2] == 620e6 for f in found)


def test_in_a_parks_article_a_sentence_naming_no_place_is_the_parks():
    title = "Khu công nghiệp Bình Dương hút vốn ngoại"
    body = (
        "Bình Dương hiện có 29 khu công nghiệp với tổng diện tích 12.700 ha. Trong 6 tháng đầu "
        "năm 2024, thu hút 620 triệu USD vốn FDI."
    )
    found = facts(body, date(2024, 7, 3), lang="vi", title=title)
    assert not any(f[2] == 620e6 for f in found)


def test_a_storys_whole_year_does_not_widen_a_report_of_nine_months():
    body = (
        "Trong 9 tháng đầu năm 2018, chỉ số sản xuất công nghiệp của Bình Dương ước tăng 9,8%. "
        "Tỉnh đã tổ chức Hội chợ đồ gỗ quốc tế năm 2018 tại thành phố Thủ Dầu Một. Tổng mức bán "
        "lẻ hàng hóa và doanh thu dịch vụ ước đạt 125.300 tỷ đồng, tăng 17,5% so với cùng kỳ."
    )
    found = facts(body, date(2018, 10, 2), lang="vi")
    assert ("retail_sales_period", None, 125_300e9, "2018-01-01", "2018-09-30") in found


def test_the_clusters_occupancy_is_not_the_parks():
    body = (
        "Bình Dương hiện có 29 khu công nghiệp với diện tích 12.800 ha, tỷ lệ lấp đầy 88%; bên "
        "cạnh đó là 12 cụm công nghiệp có diện tích 790 ha, tỷ lệ lấp đầy đạt 55,1%."
    )
    found = facts(body, date(2021, 3, 2), lang="vi")
    assert ("industrial_parks_occupancy_pct", None, 88, None, "2021-03-02") in found
    assert not any(f[2] == 55.1 for f in found)


def test_parks_and_clusters_together_keep_their_occupancy():
    body = (
        "Binh Duong has 4,300 FDI projects operating in its industrial parks and clusters, with "
        "an occupancy rate of over 90%."
    )
    found = facts(body, date(2024, 11, 2))
    assert ("industrial_parks_occupancy_pct", None, 90, None, "2024-11-02") in found


def test_a_sum_put_into_one_sector_is_the_sectors():
    body = (
        "Từ đầu năm 2021 đến nay, Bình Dương đã hút được hơn 640 triệu USD vốn FDI vào ngành "
        "công nghiệp chế biến, chế tạo. Tính chung, tổng vốn FDI đăng ký vào tỉnh đạt 1,1 tỷ USD."
    )
    found = facts(body, date(2021, 8, 20), lang="vi")
    assert not any(f[2] == 640e6 for f in found)
    assert any(f[2] == 1.1e9 for f in found)


def test_the_parts_of_this_sum_carry_its_subset():
    body = (
        "Trong 9 tháng đầu năm 2021, Bình Dương thu hút 1,5 tỷ USD vốn FDI. Vốn ngoại rót vào "
        "lĩnh vực bất động sản đạt 310 triệu USD. Số vốn này đến từ 12 dự án mới và 5 dự án "
        "điều chỉnh vốn."
    )
    found = facts(body, date(2021, 10, 5), lang="vi")
    assert found == {("fdi_capital_period", None, 1.5e9, "2021-01-01", "2021-09-30")}


def test_a_page_filed_under_a_month_is_dated_by_the_event_day_it_names():
    texts = [
        "Binh Duong reçoit une délégation de Busan",
        "Le 14 mars, les autorités de Binh Duong ont reçu une délégation de la ville de Busan.",
        "La province compte actuellement 4.100 projets d'IDE.",
    ]
    assert estimate_publication(texts, AddressDate(2023, 3)) == date(2023, 3, 14)
    assert estimate_publication(texts[:1] + texts[2:], AddressDate(2023, 3)) == date(2023, 3, 31)


def test_an_investor_countrys_figures_in_a_sentence_naming_only_the_nation_are_national():
    body = (
        "Với 5.100 dự án và tổng vốn đăng ký 71 tỷ USD, Nhật Bản là nhà đầu tư lớn thứ ba vào "
        "Việt Nam. Riêng tại Bình Dương, các nhà đầu tư Nhật Bản có 360 dự án với tổng vốn đăng ký "
        "6,2 tỷ USD."
    )
    found = facts(body, date(2024, 3, 5), lang="vi")
    assert found == {
        ("fdi_projects_total", "Japan", 360, None, "2024-03-05"),
        ("fdi_capital_total", "Japan", 6.2e9, None, "2024-03-05"),
    }


def test_one_project_is_no_count_and_its_sum_no_total():
    body = (
        "Tính đến nay, Bình Dương có 4.150 dự án FDI. Trước đó, AEON đã đầu tư một dự án "
        "tổng vốn hơn 8 triệu USD tại thành phố mới Bình Dương."
    )
    found = facts(body, date(2023, 9, 5), lang="vi")
    assert found == {("fdi_projects_total", None, 4150, None, "2023-09-05")}


def test_the_parts_of_another_provinces_sum_keep_its_place_across_a_paragraph():
    body = (
        "In January 2018, Binh Duong drew more than $410 million of FDI.\n\n"
        "Meanwhile, neighbouring Long An Province reported $150 million of FDI in the month.\n\n"
        "Of that sum, $98 million came from five new projects and $52 million was added capital "
        "from eight existing projects."
    )
    found = facts(body, date(2018, 2, 5))
    assert found == {("fdi_capital_period", None, 410e6, "2018-01-01", "2018-01-31")}


def test_what_fdi_businesses_paid_into_the_budget_is_a_part():
    body = (
        "In 2017, Binh Duong collected VND46 trillion in budget revenue.\n\nLast year, FDI "
        "businesses paid more than VND11 trillion into the State budget."
    )
    found = facts(body, date(2018, 1, 8))
    assert found == {("budget_revenue_period", None, 46e12, "2017-01-01", "2017-12-31")}


def test_a_with_phrase_sum_belongs_to_the_investors_the_clause_spoke_of():
    body = (
        "Park Min-soo, head of the trade office in Ho Chi Minh City, said Binh Duong hosts many "
        "firms: about a quarter of Korean enterprises in Vietnam have chosen the province as "
        "their base, with total investment of over USD 4.1 billion."
    )
    found = facts(body, date(2021, 11, 20))
    assert ("fdi_capital_total", "South Korea", 4.1e9, None, "2021-11-20") in found


def test_a_schedules_month_does_not_frame_the_figures_after_it():
    body = (
        "Under the plan, the meeting with Korean businesses is scheduled for September 2024.\n\n"
        "As of early 2024, Taiwan ranked first among the 65 countries and territories investing "
        "in Binh Duong, with 1,100 projects and 7.1 billion USD. Korea was fifth with 4.1 "
        "billion USD."
    )
    found = facts(body, None, title="Binh Duong plans dialogues with investors")
    assert not any(f[0].endswith("_period") for f in found)


def test_a_plan_in_brackets_beside_an_actual_figure_still_dates_the_article():
    texts = [
        "Thu nhập của người dân Bình Dương ra sao?",
        "Theo khảo sát mức sống dân cư năm 2020, thu nhập bình quân đạt 7 triệu đồng/tháng.",
        "Năm 2021, GRDP của tỉnh tăng 2,6% (kế hoạch đặt ra là tăng 8,5%).",
    ]
    assert estimate_publication(texts) == date(2021, 12, 31)


def test_transport_revenue_is_no_industrial_growth():
    body = (
        "Năm 2021, chỉ số sản xuất công nghiệp của Bình Dương tăng 6,2%. Doanh thu vận tải, kho "
        "bãi tăng 4,8% so với cùng kỳ."
    )
    found = facts(body, date(2022, 1, 5), lang="vi")
    assert found == {("iip_growth_pct", None, 6.2, "2021-01-01", "2021-12-31")}


def test_a_sector_opening_a_clause_after_a_colon_is_its_subject():
    body = (
        "Trong 6 tháng đầu năm 2022, Bình Dương xuất siêu hơn 3,1 tỷ USD. Phần thặng dư này đến "
        "từ cả hai khối: doanh nghiệp vốn trong nước xuất siêu 1,2 tỷ USD, còn khu vực có vốn "
        "đầu tư trực tiếp nước ngoài xuất siêu 1,9 tỷ USD."
    )
    found = facts(body, date(2022, 7, 4), lang="vi")
    assert found == {("trade_surplus_period", None, 3.1e9, "2022-01-01", "2022-06-30")}


def test_a_topic_opening_a_clause_after_a_colon_stays_the_provinces():
    body = (
        "Bình Dương công bố số liệu 6 tháng đầu năm 2022: xuất khẩu đạt 16,2 tỷ USD; nhập khẩu "
        "đạt 13,1 tỷ USD."
    )
    found = facts(body, date(2022, 7, 4), lang="vi")
    assert ("exports_period", None, 16.2e9, "2022-01-01", "2022-06-30") in found
    assert ("imports_period", None, 13.1e9, "2022-01-01", "2022-06-30") in found


def test_a_plans_half_year_does_not_date_a_page_filed_under_its_month():
    texts = [
        "Binh Duong urged to speed up public investment",
        "On June 17, the provincial People's Committee met to review the first 6 months of the "
        "year and to set out directions and tasks for the second half.",
        "In the first 6 months of 2023, State budget revenue was estimated at VND31.2 trillion.",
    ]
    assert estimate_publication(texts, AddressDate(2023, 6)) == date(2023, 6, 17)


def test_the_planning_department_is_no_plan_when_dating():
    texts = [
        "Vốn FDI vào Bình Dương năm 2018 vượt mốc 1,8 tỷ USD",
        "Báo cáo của Sở Kế hoạch và Đầu tư cho thấy, tính đến ngày 20/11, tỉnh đã hút được 1 tỷ "
        "850 triệu USD.",
        "Riêng trong năm nay, vốn FDI vào tỉnh đã đạt hơn 1,8 tỷ USD.",
    ]
    assert estimate_publication(texts) == date(2018, 11, 20)


def test_a_countrys_adjective_names_the_partner():
    body = (
        "Belgian investors currently run six projects in Binh Duong worth over 41 million USD, "
        "and Austrian investors three projects."
    )
    found = facts(body, date(2021, 4, 10))
    assert ("fdi_projects_total", "Belgium", 6, None, "2021-04-10") in found
    assert ("fdi_capital_total", "Belgium", 41e6, None, "2021-04-10") in found


def test_the_number_of_projects_brought_to_a_value():
    body = (
        "The latest inflows bring the number of foreign-invested projects in Binh Duong to 4,071 "
        "to date, with a combined value of 39.8 billion USD."
    )
    found = facts(body, date(2022, 9, 13))
    assert ("fdi_projects_total", None, 4071, None, "2022-09-13") in found


def test_a_month_whose_sentence_keeps_nothing_does_not_narrow_the_report():
    body = (
        "Binh Duong's exports rose 21 per cent to US$19 billion in the first eight months of "
        "2021. That came despite a 9.1 per cent month-on-month drop in August. Imports over the "
        "same period cost $15.2 billion."
    )
    found = facts(body, date(2021, 9, 10))
    assert ("imports_period", None, 15.2e9, "2021-01-01", "2021-08-31") in found


def test_a_sentence_opening_with_the_province_owns_its_generic_words():
    title = "Southeast provinces post strong export growth"
    body = (
        "Exports from the southeastern region rose in the first five months of 2024.\n\n"
        "In Binh Duong, an industrial hub in the south, the provincial Department of Industry and "
        "Trade reported that exports earned nearly US$12.1 billion in the first five months of "
        "2024."
    )
    found = facts(body, date(2024, 6, 8), title=title)
    assert ("exports_period", None, 12.1e9, "2024-01-01", "2024-05-31") in found


def test_a_region_in_apposition_is_not_the_provincial_departments_province():
    title = "Southeast key economic region sees exports surge"
    body = (
        "HCM CITY — The southeast key economic region is still the engine of the national "
        "economy.\n\n"
        "In Binh Duong, an industrial hub in the south, the provincial Department of Industry and "
        "Trade reported that exports earned nearly US$12.1 billion in the first five months of "
        "2024."
    )
    found = facts(body, date(2024, 6, 8), title=title)
    assert ("exports_period", None, 12.1e9, "2024-01-01", "2024-05-31") in found


def test_it_after_a_sentence_about_one_park_is_that_park():
    body = (
        "So far, Binh Duong has 1,300 FDI projects. VSIP II was set up in 2006 on 345 ha. It has "
        "so far attracted 120 investors, 40 of which are already operating."
    )
    found = facts(body, date(2009, 5, 6))
    assert found == {("fdi_projects_total", None, 1300, None, "2009-05-06")}


def test_projects_from_many_countries_are_foreign_and_so_are_the_countries():
    body = (
        "By the end of October 2016, Binh Duong had 2,830 investment projects from 60 countries "
        "and territories."
    )
    found = facts(body, date(2016, 11, 20))
    assert ("fdi_projects_total", None, 2830, None, "2016-10-31") in found
    assert ("fdi_countries_total", None, 60, None, "2016-10-31") in found


def test_a_park_in_a_fronted_clause_is_not_the_main_clauses_subject():
    body = (
        "Since My Phuoc 1 Industrial Park was built in 2002, the province has so far set up 29 "
        "industrial zones with a total area of 9,100 ha."
    )
    found = facts(body, date(2013, 1, 4), title="Binh Duong's industrial zones")
    assert ("industrial_parks_total", None, 29, None, "2013-01-04") in found


def test_a_count_joined_to_its_noun_by_were():
    body = (
        "In the first quarter of 2017, the money came through 19 projects. Nine were newly "
        "registered foreign direct investment (FDI) projects, and seven were FDI projects that "
        "increased their capital."
    )
    found = facts(body, date(2017, 4, 20), title="Binh Duong draws investment")
    q1 = ("2017-01-01", "2017-03-31")
    assert ("fdi_new_projects_period", None, 9, *q1) in found
    assert ("fdi_adjusted_projects_period", None, 7, *q1) in found


def test_valid_foreign_direct_investment_projects_are_counted():
    body = "As of May 20, Binh Duong had 4,110 valid foreign direct investment projects."
    found = facts(body, date(2023, 6, 21))
    assert ("fdi_projects_total", None, 4110, None, "2023-05-20") in found


def test_they_after_a_sentence_opened_by_the_parks_are_the_parks():
    body = (
        "In the first quarter of 2018, Binh Duong drew US$1.1 billion of FDI. Industrial zones "
        "took the largest share. In the January-March period they drew 28 new projects with "
        "registered capital of US$640 million."
    )
    found = facts(body, date(2018, 4, 20))
    assert found == {("fdi_capital_period", None, 1.1e9, "2018-01-01", "2018-03-31")}


def test_they_after_a_sentence_about_the_province_stay_the_provinces():
    body = (
        "Binh Duong's economy grew fast in the first quarter of 2018. In the January-March period "
        "it drew 28 new projects with registered capital of US$640 million."
    )
    found = facts(body, date(2018, 4, 20))
    assert ("fdi_new_projects_period", None, 28, "2018-01-01", "2018-03-31") in found


def test_the_operating_part_of_a_count_in_the_same_sentence():
    found = facts(
        "The province now has 30 industrial parks, 28 of them in operation, covering 12,900 ha.",
        date(2020, 1, 10), title="Binh Duong's parks",
    )  # fmt: skip
    assert ("industrial_parks_total", None, 30, None, "2020-01-10") in found
    assert ("industrial_parks_total", None, 28, None, "2020-01-10") in found
    vi = facts(
        "Hiện toàn tỉnh Bình Dương có 30 khu công nghiệp, 28 khu trong số đó đã đi vào hoạt động.",
        date(2020, 1, 10), lang="vi",
    )  # fmt: skip
    assert ("industrial_parks_total", None, 28, None, "2020-01-10") in vi


def test_parks_up_and_running_are_the_operating_count():
    body = "Of Binh Duong's 29 IPs, twenty-seven are now up and running, covering 9,500 hectares."
    found = facts(body, date(2016, 1, 5))
    assert ("industrial_parks_total", None, 27, None, "2016-01-05") in found


def test_others_after_a_count_of_projects_are_projects():
    body = (
        "In the first ten months of 2021, 19 existing FDI projects in Binh Duong raised their "
        "capital and 140 others took the form of capital contributions or share purchases."
    )
    found = facts(body, date(2021, 11, 20))
    ten = ("2021-01-01", "2021-10-31")
    assert ("fdi_adjusted_projects_period", None, 19, *ten) in found
    assert ("fdi_contribution_projects_period", None, 140, *ten) in found


def test_others_without_projects_before_count_nothing():
    body = "In 2021, 12 Binh Duong officials visited Korea and 30 others went to Japan."
    assert facts(body, date(2021, 11, 20)) == set()


def test_a_count_at_the_end_of_a_parts_clause_is_that_parts():
    body = (
        "In the first nine months of 2021, Binh Duong drew 1.6 billion USD of FDI. Of this, 190.2 "
        "million USD was used for capital contributions or stake purchases in 76 projects."
    )
    found = facts(body, date(2021, 10, 5))
    assert ("fdi_contribution_projects_period", None, 76, "2021-01-01", "2021-09-30") in found
