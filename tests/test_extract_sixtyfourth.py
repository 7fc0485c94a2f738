"""Rules added in the sixty-fourth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.dating import estimate_publication
from tests.test_extract_rules import facts
from tests.test_extract_sixtythird import _rates


def test_real_growth_after_a_nominal_sum_in_one_sentence_is_growth():
    # the sum at current prices is nominal, but the clause after the semicolon turns to
    # comparable prices: its rate is the real growth of the economy
    body = (
        "Bình Dương: kinh tế quý III ổn định\n\n"
        "Tính theo giá hiện hành, GRDP 9 tháng của tỉnh ước đạt 350.210 tỷ đồng; xét theo giá so "
        "sánh năm 2010, tốc độ tăng so với cùng kỳ là 8,12%."
    )
    got = _rates(facts(body, date(2023, 10, 3), "vi"), "grdp_growth_pct")
    assert got == {(8.12, "2023-01-01", "2023-09-30")}
    english = (
        "Binh Duong economy holds steady\n\n"
        "In the first nine months, the province's GRDP at current prices came to 350 trillion "
        "VND; at constant 2010 prices, it grew 8.12% from a year earlier."
    )
    got = _rates(facts(english, date(2023, 10, 3)), "grdp_growth_pct")
    assert got == {(8.12, "2023-01-01", "2023-09-30")}


def test_social_investment_capital_is_no_carried_topic():
    # "vốn đầu tư xã hội" (the whole society's investment) is no catalogue figure, whatever the
    # sentence before was about and however far its words stand from the sum
    body = (
        "Bình Dương: kinh tế 6 tháng\n\n"
        "Tổng mức bán lẻ hàng hóa và dịch vụ của tỉnh đạt 150.400 tỷ đồng, tăng 11,3%. Vốn đầu tư "
        "xã hội cả 6 tháng lên tới 125.100 tỷ đồng, cao hơn cùng kỳ 9,1%."
    )
    got = {f[2] for f in facts(body, date(2016, 7, 5), "vi")}
    assert 150_400_000_000_000 in got and 125_100_000_000_000 not in got


def test_a_month_told_after_a_running_year_frames_the_breakdown_that_follows():
    # the lead names the year still running (no report's window); the month a sentence counts
    # its trade in holds for the "of this" sentence after it, though the trade total is no
    # catalogue figure
    for body, lang in (
        (
            "Bình Dương tận dụng đơn hàng mới để tạo lực đẩy cho xuất khẩu năm 2025.\n\n"
            "Trong tháng 9, tổng trị giá xuất, nhập khẩu của tỉnh ước đạt 17,1 tỷ USD. Trong đó, "
            "xuất khẩu ước đạt 8,46 tỷ USD, tăng 22,7% so cùng kỳ năm trước.",
            "vi",
        ),
        (
            "Binh Duong is riding a wave of orders that is lifting its exports in 2025.\n\n"
            "In September, the province's total import-export turnover reached 17.1 billion USD. "
            "Of this, exports came to 8.46 billion USD, up 22.7% year on year.",
            "en",
        ),
    ):
        got = facts(body, date(2025, 10, 30), lang)
        assert ("exports_period", None, 8_460_000_000, "2025-09-01", "2025-09-30") in got
        assert ("exports_period_yoy_pct", None, 22.7, "2025-09-01", "2025-09-30") in got


def test_a_month_told_after_a_report_of_months_does_not_reframe_it():
    # guard: in a report of eight months, a month named with no kept figure ("an August drop of
    # 3%" of prices) leaves the eight months to the sums that follow
    body = (
        "In the first eight months of 2025, Binh Duong's exports grew steadily.\n\n"
        "Consumer prices fell 0.4 percent month on month in August. Exports reached 21.5 billion "
        "USD."
    )
    got = facts(body, date(2025, 9, 5))
    assert ("exports_period", None, 21_500_000_000, "2025-01-01", "2025-08-31") in got


def test_a_half_told_after_a_forecast_for_the_running_year_holds_past_its_paragraph():
    # the headline forecasts the whole year, still running in June; the half the lead tells of
    # is the report's window, for the paragraphs after it too
    body = (
        "Trong 6 tháng đầu năm 2020, kinh tế Bình Dương chịu nhiều tác động của dịch bệnh.\n\n"
        "Cụ thể, tổng sản phẩm trên địa bàn tỉnh (GRDP) chỉ tăng 0,52% so với cùng kỳ năm 2019."
    )
    title = "Cả năm 2020, GRDP của Bình Dương dự báo chỉ tăng 2,5-3%"
    got = _rates(facts(body, date(2020, 6, 29), "vi", title=title), "grdp_growth_pct")
    assert got == {(0.52, "2020-01-01", "2020-06-30")}


def test_months_told_in_a_december_round_up_of_the_year_leave_the_year():
    # guard: in December the year's estimates come out; ten months of prices told in passing
    # do not reframe the budget estimated for the year in the next paragraph
    body = (
        "Kinh tế Bình Dương năm 2022 ước tăng 8,5%, cao hơn kế hoạch đề ra. Bình quân 10 tháng, "
        "chỉ số giá tiêu dùng của tỉnh tăng 3,6% so với cùng kỳ.\n\n"
        "Về tài chính, số thu ngân sách nhà nước ước đạt 62.500 tỷ đồng, vượt dự toán 5%."
    )
    got = facts(body, date(2022, 12, 7), "vi")
    assert ("budget_revenue_period", None, 62_500_000_000_000, "2022-01-01", "2022-12-31") in got


def test_the_provinces_tax_takings_are_its_budget_revenue():
    # "tax collection", "total tax revenue": what a province takes in is its budget revenue,
    # a flow of the period, even after "total" (a bare "tax revenue" may be a tax department's
    # takings alone, the budget's domestic part)
    for sentence in (
        "In the first quarter, Binh Duong's tax collection came to 14.6 trillion dong, equal to "
        "24% of the year's estimate.",
        "In the first quarter, total tax revenue in Binh Duong came to 14.6 trillion dong.",
    ):
        got = facts(sentence, date(2024, 4, 3))
        assert (
            "budget_revenue_period",
            None,
            14_600_000_000_000,
            "2024-01-01",
            "2024-03-31",
        ) in got


def test_one_taxs_revenue_is_no_budget_revenue():
    # guard: the revenue of one tax ("import-export tax revenue") is a part of the budget
    body = "In the first quarter, Binh Duong's import-export tax revenue came to 3.1 trillion dong."
    assert not {f for f in facts(body, date(2024, 4, 3)) if f[0] == "budget_revenue_period"}


def test_the_planning_departments_name_plans_nothing_and_by_a_day_counted_is_a_cut_off():
    # an undated page: "by October 20 the province counted …" is a count's cut-off (written
    # after it), and "Planning" in the department's name makes it no plan's day
    texts = [
        "Binh Duong woos investors",
        "Figures from the provincial Department of Planning and Investment show that by October "
        "20 the province counted 412 FDI projects.",
        "In the first nine months of 2014, exports reached 2 billion USD.",
    ]
    assert estimate_publication(texts) == date(2014, 10, 20)


def test_a_year_told_in_the_present_perfect_is_still_running():
    # "have been issued in 2014": the year the page is written in, not a past one
    texts = [
        "Binh Duong woos investors",
        "By October 20 the province counted 412 FDI projects, its statistics office said.",
        "Only two new investment certificates have been issued in 2014, both to Korean garment "
        "makers worth 12 million USD.",
    ]
    assert estimate_publication(texts) == date(2014, 10, 20)


def test_a_year_told_in_the_past_tense_is_over():
    # guard: "In 2014, two certificates went to …" reports a year gone by: the page is later
    texts = [
        "Binh Duong woos investors",
        "By October 20 the province counted 412 FDI projects, its statistics office said.",
        "In 2014, two new investment certificates went to Korean garment makers worth 12 million "
        "USD.",
    ]
    assert estimate_publication(texts) == date(2015, 10, 20)


def test_a_span_of_years_told_with_figures_bounds_an_undated_page():
    # "8.7 times the capital of 2006" beside figures "from 2006 to 2010": the page is no earlier
    # than 2010, so 2006 dates nothing
    texts = [
        "Binh Duong lines up projects for investors",
        "From 2006 to 2010 the province approved 599 projects registering VND98,380 billion, "
        "8.7 times the capital of 2006.",
    ]
    got = estimate_publication(texts)
    assert got is None or got >= date(2010, 12, 31)


def test_projects_present_in_the_province_are_its_total():
    # "đang có mặt tại tỉnh" (now present in the province): the projects there today, a total,
    # in a review of a year just ended
    body = (
        "Năm 2020, Bình Dương thu hút thêm nhiều dự án mới.\n\n"
        "Trong số 412 dự án FDI đang có mặt tại tỉnh, phần lớn đã đi vào hoạt động ổn định."
    )
    got = facts(body, date(2021, 1, 10), "vi")
    assert ("fdi_projects_total", None, 412, None, "2020-12-31") in got


def test_a_span_from_one_year_to_another_named_with_nam_is_read_whole():
    # "từ năm 2016 đến năm 2020": five years, not the last one alone
    body = "Từ năm 2016 đến năm 2020, Bình Dương thu hút 1,2 tỷ USD vốn FDI."
    got = facts(body, date(2024, 3, 5), "vi")
    assert ("fdi_capital_period", None, 1_200_000_000, "2016-01-01", "2020-12-31") in got


def test_import_revenue_is_imports():
    # "import revenue" names the imports, as "export revenue" names the exports: no other
    # quantity's revenue
    body = "Over the nine months, Binh Duong's import revenue was put at 16.9 billion USD."
    got = facts(body, date(2024, 10, 3))
    assert ("imports_period", None, 16_900_000_000, "2024-01-01", "2024-09-30") in got


def test_respectively_pairs_the_sums_before_the_rates_it_closes():
    # "A and B … X and Y, equal to a% and b% of the plan and up c% and d%, respectively": the
    # sums pair with the names in order, not only the last run of rates
    body = (
        "In the first ten months, industrial production value and total retail sales were "
        "estimated to exceed 13.7 trillion VND (557.7 million USD) and 21.5 trillion VND, equal "
        "to 81.5% and 84.4% of the annual plan and up 8.7% and 9.6% year-on-year, respectively."
    )
    got = facts(body, date(2023, 11, 1))
    assert ("retail_sales_period", None, 21_500_000_000_000, "2023-01-01", "2023-10-31") in got
    assert not {f for f in got if f[2] in (81.5, 84.4)}


def test_of_them_involving_foreign_investment_is_the_fdi_part_of_the_count():
    # "received 42 new investment projects; 25 of them involved foreign direct investment": the
    # 25 are the new FDI projects, the 42 projects of every kind
    body = (
        "In the first half, Binh Duong received 42 new investment projects; 25 of them involved "
        "foreign direct investment, with a total registered capital reaching $410 million."
    )
    got = {f for f in facts(body, date(2023, 7, 10)) if f[0] == "fdi_new_projects_period"}
    assert got == {("fdi_new_projects_period", None, 25, "2023-01-01", "2023-06-30")}


def test_a_sum_each_year_is_a_pace_not_a_periods_figure():
    # "draws about 2 billion USD of FDI each year", "hút bình quân 3,1 tỷ USD mỗi năm": a yearly
    # pace or average, not the sum of the year the article reports
    for body, lang in (
        ("Binh Duong now has 29 industrial parks and draws about 2 billion USD of FDI each year.",
         "en"),
        ("Bình Dương thu hút khoảng 2 tỷ USD vốn FDI mỗi năm.", "vi"),
    ):  # fmt: skip
        got = facts(body, date(2017, 3, 7), lang)
        assert not {f for f in got if f[0].startswith("fdi_capital")}


def test_a_sum_a_year_earlier_is_still_read():
    # guard: "a year earlier than planned" is no pace
    body = "In 2023, Binh Duong's exports reached 2 billion USD a year earlier than planned."
    got = facts(body, date(2024, 1, 5))
    assert ("exports_period", None, 2_000_000_000, "2023-01-01", "2023-12-31") in got


def test_sums_added_up_in_brackets_are_no_one_metrics():
    # "(cộng lại tương đương khoảng 1,5 tỷ USD)": the đồng and the dollars before it added up
    body = (
        "Năm 2023, tổng vốn đăng ký của Bình Dương đạt 18.387 tỷ đồng và 776,27 triệu USD (cộng "
        "lại tương đương khoảng 1,5 tỷ USD)."
    )
    got = facts(body, date(2024, 1, 2), "vi")
    assert 1_500_000_000 not in {f[2] for f in got} and 776_270_000 in {f[2] for f in got}
