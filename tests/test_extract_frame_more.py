"""More of the frame's rules and the words that block a figure, each in sentences of our own:
the base of a comparison is no period of the figure's, a plan's period moves nothing, a range
closing the sentence dates it, a named range beats "since the start of the year", a place named
in passing sets no passage; sectors, prices, spending and export markets are no figures."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

H1_2019 = ("2019-01-01", "2019-06-30")


def test_the_base_of_a_change_is_not_the_figures_period():
    body = (
        "In the first half of 2019, Binh Duong's industrial production index rose 8.1% on the "
        "first half of 2018. Budget revenue was VND28,000 billion, 16% above the first six "
        "months of 2018."
    )
    assert facts(body, date(2019, 7, 20)) == {
        ("iip_growth_pct", None, 8.1, *H1_2019),
        ("budget_revenue_period", None, 28e12, *H1_2019),
    }


def test_a_month_span_of_last_year_is_last_years():
    body = (
        "Binh Duong's trade surplus in the first nine months was $4.6 billion, up from $4.4 "
        "billion in January - September last year."
    )
    assert facts(body, date(2021, 10, 30)) == {
        ("trade_surplus_period", None, 4.6e9, "2021-01-01", "2021-09-30"),
        ("trade_surplus_period", None, 4.4e9, "2020-01-01", "2020-09-30"),
    }


def test_a_plans_period_does_not_become_the_articles_period():
    body = (
        "Binh Duong's economy grew strongly in the first half of 2019, and all targets for the "
        "year are expected to be met. GRDP rose 8.1%. The province drew US$1.4 billion of FDI, "
        "already 3% above the plan for the whole of 2019."
    )
    assert facts(body, date(2019, 7, 20)) == {
        ("grdp_growth_pct", None, 8.1, *H1_2019),
        ("fdi_capital_period", None, 1.4e9, *H1_2019),
    }


def test_a_sentence_of_targets_only_moves_no_period():
    body = (
        "Binh Duong's GRDP grew 7 percent between January and June 2018. For the full year, "
        "the province set itself a goal of 8.5 percent growth. The industrial production "
        "index went up by 8.9 percent."
    )
    found = facts(body, date(2018, 7, 2))
    assert ("iip_growth_pct", None, 8.9, "2018-01-01", "2018-06-30") in found
    assert not any(f[2] == 8.5 for f in found)


def test_a_range_closing_the_sentence_dates_each_amount_of_it():
    body = (
        "Binh Duong's industrial production index is expected to rise 9 percent and its "
        "exports to grow 6 percent in 2020."
    )
    assert facts(body, date(2020, 11, 12)) == {
        ("iip_growth_pct", None, 9, "2020-01-01", "2020-12-31"),
        ("exports_period_yoy_pct", None, 6, "2020-01-01", "2020-12-31"),
    }


def test_a_named_range_beats_since_the_start_of_the_year():
    body = (
        "Trade has recovered in Binh Duong since the start of the year, leaving a record trade "
        "surplus of around $6.3 billion, in the first half of 2022."
    )
    assert facts(body, date(2022, 7, 3)) == {
        ("trade_surplus_period", None, 6.3e9, "2022-01-01", "2022-06-30")
    }


def test_a_country_named_in_passing_sets_no_passage():
    body = (
        "In the first nine months of 2020, Binh Duong drew US$1.2 billion of FDI. While the "
        "world and Vietnam fought the pandemic, the result was seen as good. The capital came "
        "from 100 new projects worth $475 million."
    )
    found = facts(body, date(2020, 10, 2))
    assert ("fdi_new_capital_period", None, 475e6, "2020-01-01", "2020-09-30") in found
    assert ("fdi_new_projects_period", None, 100, "2020-01-01", "2020-09-30") in found


def test_a_share_of_the_same_period_is_a_change():
    body = (
        "Foreign investors committed $854 million to Binh Duong in the first half of 2018, "
        "only 49 percent of the figure for the same period of 2017."
    )
    found = facts(body, date(2018, 7, 2))
    assert ("fdi_capital_period_yoy_pct", None, -51, "2018-01-01", "2018-06-30") in found


def test_sectors_prices_spending_and_markets_are_no_figures():
    body = (
        "In the first half of 2019, Binh Duong's GRDP grew 8.1%, with industry and construction "
        "up 9.2% and agriculture, forestry and fisheries 2.9%. Consumer prices were up 2.2%. "
        "Budget spending came to VND5,100 billion. Its biggest customer was the US, with "
        "purchases of $6.4 billion; shipments to Japan fell 3.4%."
    )
    assert facts(body, date(2019, 7, 20)) == {("grdp_growth_pct", None, 8.1, *H1_2019)}


def test_export_revenue_and_purchases_abroad_are_trade():
    body = (
        "Binh Duong's export revenue over January-April exceeded $8.5 billion, while its "
        "purchases from abroad were estimated at $6.2 billion."
    )
    assert facts(body, date(2017, 5, 10)) == {
        ("exports_period", None, 8.5e9, "2017-01-01", "2017-04-30"),
        ("imports_period", None, 6.2e9, "2017-01-01", "2017-04-30"),
    }


def test_the_year_is_the_year_the_round_up_names():
    body = (
        "Binh Duong kept its trade steady in 2015, and the year closed with a trade surplus of "
        "$3.7 billion. Export turnover for the year was nearly $21 billion."
    )
    year = ("2015-01-01", "2015-12-31")
    assert facts(body, date(2016, 1, 11)) == {
        ("trade_surplus_period", None, 3.7e9, *year),
        ("exports_period", None, 21e9, *year),
    }


def test_a_country_named_after_the_amounts_owns_neither_them_nor_what_follows():
    body = (
        "In the first half of 2015, Binh Duong's exports rose 16% to $8.5 billion, helped by the "
        "trade deals Vietnam has signed. Imports topped $7.4 billion."
    )
    half = ("2015-01-01", "2015-06-30")
    assert facts(body, date(2015, 7, 2)) == {
        ("exports_period", None, 8.5e9, *half),
        ("exports_period_yoy_pct", None, 16, *half),
        ("imports_period", None, 7.4e9, *half),
    }


def test_a_cut_off_after_the_clause_dates_the_flow_and_frames_what_follows():
    body = (
        "Binh Duong had attracted nearly US$2.6 billion of foreign direct investment (FDI) as of "
        "August 15, the chairman said. Total investment capital was up by 72 percent over the "
        "same period of 2021."
    )
    cut = ("2022-01-01", "2022-08-15")
    assert facts(body, date(2022, 9, 17)) == {
        ("fdi_capital_period", None, 2.6e9, *cut),
        ("fdi_capital_period_yoy_pct", None, 72, *cut),
    }


def test_the_provincial_committee_after_another_province_is_that_provinces():
    body = (
        "In Kon Tum, the provincial People's Committee has approved 19 FDI projects with total "
        "registered capital of $70 million since the beginning of the year."
    )
    assert facts(body, date(2022, 9, 17)) == set()


def test_tinh_den_is_a_cut_off_not_the_province():
    body = (
        "Đối với Việt Nam, Nhật Bản là đối tác hàng đầu. Tính đến cuối tháng 10/2021, các nhà "
        "đầu tư Nhật Bản đã có hơn 4.700 dự án tại Việt Nam."
    )
    assert facts(body, date(2021, 11, 20), lang="vi") == set()


def test_a_total_below_the_same_years_flow_is_that_flow():
    body = (
        "Đến giữa tháng 10, vốn đầu tư nước ngoài đổ vào tỉnh Bình Dương đạt 119 triệu USD. Lũy "
        "kế 10 tháng năm 2022, tổng vốn nước ngoài thu hút được là 2,738 tỷ USD."
    )
    found = facts(body, date(2022, 10, 20), lang="vi")
    assert ("fdi_capital_period", None, 119e6, "2022-01-01", "2022-10-15") in found
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_the_firms_of_one_investor_country_are_no_enterprise_total():
    body = "Hiện có hơn 140 doanh nghiệp Nhật Bản hoạt động tại tỉnh Bình Dương."
    assert facts(body, date(2021, 11, 20), lang="vi") == set()


def test_gdp_under_a_seven_month_lead_is_the_seven_months():
    # the labelled reports date GRDP growth told under a seven months' lead to those months
    body = (
        "Trong 7 tháng đầu năm 2024, GRDP của tỉnh Bình Dương tăng 6,2% so với cùng kỳ; kim "
        "ngạch xuất khẩu đạt 18,9 tỷ USD."
    )
    assert facts(body, date(2024, 8, 3), lang="vi") == {
        ("grdp_growth_pct", None, 6.2, "2024-01-01", "2024-07-31"),
        ("exports_period", None, 18.9e9, "2024-01-01", "2024-07-31"),
    }


def test_the_same_sum_in_another_currency_is_a_conversion():
    body = (
        "Từ đầu năm 2022 đến ngày 15/8, tỉnh Bình Dương thu hút 62.359 tỷ đồng vốn đầu tư trong "
        "nước, tương đương hơn 2,6 tỷ USD."
    )
    assert facts(body, date(2022, 9, 4), lang="vi") == {
        ("domestic_capital_period", None, 62.359e12, "2022-01-01", "2022-08-15")
    }


def test_a_year_as_a_section_heading_or_before_its_noun_names_the_year():
    body = (
        "2016\n\nBinh Duong's GDP grew by 8.5 percent. Retail sales of goods and services "
        "totalled more than VND143 trillion.\n\n2017\n\nOn the trade side, 2016 exports reached "
        "US$24.3 billion."
    )
    year = ("2016-01-01", "2016-12-31")
    assert facts(body, date(2017, 8, 1)) == {
        ("grdp_growth_pct", None, 8.5, *year),
        ("retail_sales_period", None, 143e12, *year),
        ("exports_period", None, 24.3e9, *year),
    }


def test_a_related_news_box_ends_the_story():
    body = (
        "Binh Duong has 29 industrial parks, an official said.\n\nRelated news\n\nBinh Duong "
        "pulls in more than 3 billion USD of FDI this year"
    )
    assert facts(body, date(2022, 12, 23)) == {
        ("industrial_parks_total", None, 29, None, "2022-12-23")
    }


def test_the_story_resumes_after_a_related_box_inside_it():
    body = (
        "Binh Duong drew $900 million of FDI in the first five months of 2019.\n\n"
        "Tin liên quan:\nBình Dương mở rộng khu công nghiệp\nXuất khẩu tăng mạnh\n\n"
        "The province also had 29 industrial parks covering more than 12,000 hectares, the "
        "department said in its report on the economy.\n\n"
        "Read more\n- Binh Duong pulls in 3 billion USD of FDI, up 20 per cent over last year."
    )
    found = facts(body, date(2019, 6, 3))
    assert ("industrial_parks_total", None, 29, None, "2019-05-31") in found
    assert not any(f[2] == 3e9 for f in found)


def test_an_average_is_no_total_and_thousands_of_projects_make_a_total():
    body = (
        "As of November 30, Binh Duong had attracted about $40 billion of FDI through 4,082 "
        "projects. "
        "A Japanese project is worth more than US$21 million on average."
    )
    found = facts(body, date(2022, 12, 23))
    assert ("fdi_capital_total", None, 40e9, None, "2022-11-30") in found
    assert not any(f[2] == 21e6 for f in found)


def test_another_year_after_a_subset_s_noun_dates_only_that_noun():
    body = (
        "Năm 2024, tổng sản phẩm trên địa bàn Bình Dương tăng 7,4%; GRDP bình quân đầu người năm "
        "2023 đạt 160 triệu đồng.\n\nTổng thu ngân sách nhà nước dự ước là 72.000 tỷ đồng."
    )
    found = facts(body, date(2024, 12, 20), lang="vi")
    assert ("budget_revenue_period", None, 7.2e13, "2024-01-01", "2024-12-31") in found


def test_the_size_of_grdp_past_brackets_is_no_budget_and_the_precise_repeat_wins():
    body = (
        "Năm 2024, thu ngân sách của Bình Dương ước đạt gần 72.000 tỷ đồng. Tổng sản phẩm trên "
        "địa bàn (theo giá so sánh 2010) đạt hơn 300.000 tỷ đồng, tăng 7,4%.\n\nTổng thu ngân "
        "sách nhà nước dự ước là 71.836 tỷ đồng."
    )
    year = ("2024-01-01", "2024-12-31")
    assert facts(body, date(2024, 12, 20), lang="vi") == {
        ("grdp_growth_pct", None, 7.4, *year),
        ("budget_revenue_period", None, 7.1836e13, *year),
    }


def test_the_same_time_in_a_year_is_a_comparison_that_dates_an_undated_page():
    body = (
        "Foreign investment in Binh Duong came to 1.1 billion USD in the first five months of "
        "the year, 70 percent of what it planned to attract in the whole year and up 12 percent "
        "from the same time in 2020. Of this, 41 projects were newly licensed."
    )
    found = facts(body, None)
    assert ("fdi_capital_period", None, 1.1e9, "2021-01-01", "2021-05-31") in found
    assert ("fdi_capital_period_yoy_pct", None, 12.0, "2021-01-01", "2021-05-31") in found
    assert ("fdi_new_projects_period", None, 41.0, "2021-01-01", "2021-05-31") in found


def test_a_month_compared_with_the_month_before_dates_an_undated_page_to_that_year():
    body = (
        "Trong tháng 6, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của Bình Dương ước đạt "
        "18.420 tỷ đồng. So với tháng 5-2019, mức này cao hơn 2%, tương ứng với khoảng 360 tỷ "
        "đồng."
    )
    found = facts(body, None, lang="vi")
    assert found == {("retail_sales_period", None, 1.842e13, "2019-06-01", "2019-06-30")}


def test_nearly_n_months_not_over_at_publication_end_that_day():
    body = (
        "Dẫn số liệu của Sở Kế hoạch và Đầu tư, từ đầu năm đến nay Bình Dương đã cấp phép cho "
        "khoảng 90 dự án đầu tư trực tiếp nước ngoài (FDI) mới, tổng vốn đăng ký 610 triệu USD. "
        "Tính chung, sau gần 9 tháng của năm 2022, tổng vốn FDI tỉnh thu hút được là 1,8 tỷ USD. "
        "Kế hoạch năm nay của tỉnh là thu hút khoảng 2 tỷ USD vốn FDI."
    )
    found = facts(body, date(2022, 9, 27), lang="vi")
    assert found == {
        ("fdi_new_projects_period", None, 90.0, "2022-01-01", "2022-09-27"),
        ("fdi_new_capital_period", None, 6.1e8, "2022-01-01", "2022-09-27"),
        ("fdi_capital_period", None, 1.8e9, "2022-01-01", "2022-09-27"),
    }


def test_a_count_shares_the_period_of_the_sum_it_is_worth():
    body = (
        "With 31 new projects worth nearly 120 million USD drawn in the first two months of this "
        "year, Binh Duong is on track to reach its target of 1.1 billion USD for 2024."
    )
    found = facts(body, date(2024, 3, 6), title="Binh Duong on course for its 2024 FDI goal")
    assert found == {
        ("fdi_new_projects_period", None, 31.0, "2024-01-01", "2024-02-29"),
        ("fdi_new_capital_period", None, 1.2e8, "2024-01-01", "2024-02-29"),
    }


def test_from_new_years_day_to_the_report_is_the_year_so_far():
    body = (
        "Từ 01/01/2016 tới thời điểm lập báo cáo, Bình Dương thu hút 19 dự án FDI cấp mới với "
        "tổng vốn đầu tư 182,27 triệu USD."
    )
    found = facts(
        body, date(2016, 7, 25), lang="vi", title="Bình Dương: thu hút đầu tư tháng 7/2016"
    )
    assert found == {
        ("fdi_new_projects_period", None, 19.0, "2016-01-01", "2016-07-25"),
        ("fdi_new_capital_period", None, 1.8227e8, "2016-01-01", "2016-07-25"),
    }


def test_ddi_projects_are_domestic_ones():
    body = (
        "Khối DDI: tháng 7/2016 Bình Dương thu hút mới 9 dự án, tổng vốn đầu tư 510,12 tỷ đồng. "
        "Lũy kế đến nay, trên địa bàn có 623 dự án DDI với tổng vốn đăng ký 51.472,11 tỷ đồng."
    )
    found = facts(body, date(2016, 7, 25), lang="vi")
    assert not any(f[0].startswith("fdi_") for f in found)
    assert ("domestic_capital_period", None, 5.1012e11, "2016-07-01", "2016-07-31") in found


def test_a_headline_figure_takes_the_year_so_far_its_lead_names_before_any_later_year():
    title = "Binh Duong pulls in over 1.6 billion USD of FDI despite the pandemic"
    body = (
        "Binh Duong has attracted over 1.6 billion USD in foreign direct investment so far this "
        "year.\n\nIn 2020, the province's exports reached 27.6 billion USD."
    )
    found = facts(body, date(2021, 10, 30), title=title)
    assert ("fdi_capital_period", None, 1.6e9, "2021-01-01", "2021-10-30") in found
    assert not any(f[0] == "fdi_capital_period" and f[4] == "2020-12-31" for f in found)
