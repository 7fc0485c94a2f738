"""Shapes of our own wording found in the twenty-third session: a run of months whose days are
spelled out beside it."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_a_run_of_months_ends_on_the_day_its_bracketed_dates_spell_out():
    body = (
        "Trong 7 tháng năm 2023 (từ ngày 1/1 đến 18/7), tỉnh Bình Dương thu hút 1,1 tỷ USD vốn "
        "FDI, trong đó vốn đầu tư trong nước đạt 31.000 tỷ đồng."
    )
    found = facts(body, date(2023, 7, 24), "vi")
    assert ("fdi_capital_period", None, 1.1e9, "2023-01-01", "2023-07-18") in found


def test_a_run_of_months_ends_on_the_day_named_in_brackets_in_english_too():
    body = (
        "Over the first 7 months of 2023 (January 1 to July 18), Binh Duong's domestic "
        "investment capital reached 31,000 billion VND."
    )
    found = facts(body, date(2023, 7, 24), "en")
    assert ("domestic_capital_period", None, 3.1e13, "2023-01-01", "2023-07-18") in found


def test_bracketed_dates_of_another_month_leave_the_run_whole():
    body = (
        "Trong 7 tháng năm 2023 (riêng từ ngày 1/6 đến 30/6 đạt 200 triệu USD), tỉnh Bình Dương "
        "thu hút 1,1 tỷ USD vốn FDI."
    )
    found = facts(body, date(2023, 8, 4), "vi")
    assert ("fdi_capital_period", None, 1.1e9, "2023-01-01", "2023-07-31") in found


def test_a_countrys_share_of_the_new_capital_makes_its_sum_and_count_new_ones():
    body = (
        "In the first nine months of 2021, Binh Duong licensed 95 new FDI projects with "
        "registered capital of US$410 million.\n\n"
        "Taiwan topped the list of investors with 21 projects and US$150 million, 36.6 per cent "
        "of all new capital. Japan came next with 18 projects and US$96 million (23.4 per cent)."
    )
    found = facts(body, date(2021, 10, 2), "en")
    for partner, count, money in (("Taiwan", 21, 1.5e8), ("Japan", 18, 9.6e7)):
        assert ("fdi_new_projects_period", partner, count, "2021-01-01", "2021-09-30") in found
        assert ("fdi_new_capital_period", partner, money, "2021-01-01", "2021-09-30") in found


def test_a_sectors_share_of_the_new_capital_is_no_province_figure():
    body = (
        "In the first nine months of 2021, Binh Duong licensed 95 new FDI projects with "
        "registered capital of US$410 million. Processing and manufacturing took 40 of those "
        "projects and US$230 million, or 56 per cent of newly registered capital."
    )
    found = facts(body, date(2021, 10, 2), "en")
    assert ("fdi_new_capital_period", None, 4.1e8, "2021-01-01", "2021-09-30") in found
    assert not any(f[2] in (40, 2.3e8) for f in found)


def test_the_year_prices_are_held_at_is_no_period_for_what_follows():
    body = (
        "Năm 2023, GRDP của tỉnh Bình Dương ước tăng 7,1%. Tính theo giá năm 2010, khu vực dịch vụ "
        "tăng 6,9%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm đạt 310.000 tỷ đồng, "
        "tăng 12%."
    )
    found = facts(body, date(2023, 12, 28), "vi")
    assert ("retail_sales_period", None, 3.1e14, "2023-01-01", "2023-12-31") in found


def test_the_middle_of_the_year_ends_its_first_half():
    body = "Tính đến giữa năm 2022, kim ngạch xuất khẩu của tỉnh Bình Dương đạt khoảng 16,2 tỷ USD."
    found = facts(body, None, "vi")
    assert ("exports_period", None, 1.62e10, "2022-01-01", "2022-06-30") in found


def test_mid_year_in_english_is_the_end_of_june():
    body = "As of mid-2022, Binh Duong had 29 industrial parks, about 92% of their land let."
    found = facts(body, None, "en")
    assert ("industrial_parks_total", None, 29, None, "2022-06-30") in found


def test_an_undated_report_is_written_in_its_headline_year_not_the_year_it_forecasts():
    body = (
        "Cette année, les exportations de la province de Binh Duong ont atteint 27 milliards de "
        "dollars, en hausse de 12%.\n\n"
        "En 2020, elles pourraient atteindre 29 milliards de dollars."
    )
    title = "En 2019, Binh Duong franchit la barre des 27 milliards de dollars à l'export"
    found = facts(body, None, "fr", title=title)
    assert ("exports_period", None, 2.7e10, "2019-01-01", "2019-12-31") in found


def test_the_period_a_rate_is_faster_than_is_no_period_for_what_follows():
    body = (
        "Trong 6 tháng đầu năm 2023, GRDP của tỉnh Bình Dương ước tăng 6,5%, nhanh hơn tốc độ của "
        "6 tháng đầu năm 2022 là 1,2 điểm %. Kim ngạch xuất khẩu ước đạt 14.100 triệu USD, tăng "
        "3% so với cùng kỳ."
    )
    found = facts(body, date(2023, 6, 29), "vi")
    assert ("exports_period", None, 1.41e10, "2023-01-01", "2023-06-30") in found


def test_the_city_state_is_singapore():
    body = (
        "Singapore was Binh Duong's leading investor in the first half of 2023. Investors from "
        "the city-state put 40 new projects worth US$90 million on the books. The city state "
        "budget revenue was not reported."
    )
    found = facts(body, date(2023, 7, 3), "en")
    assert ("fdi_new_projects_period", "Singapore", 40, "2023-01-01", "2023-06-30") in found
    assert ("fdi_new_capital_period", "Singapore", 9e7, "2023-01-01", "2023-06-30") in found


def test_new_licences_handed_over_are_new_projects():
    body = (
        "Trong 5 tháng đầu năm 2023, tỉnh Bình Dương trao giấy phép mới cho 41 dự án có vốn đầu tư "
        "trực tiếp nước ngoài, với tổng vốn đăng ký 260 triệu USD."
    )
    found = facts(body, date(2023, 6, 2), "vi")
    assert ("fdi_new_projects_period", None, 41, "2023-01-01", "2023-05-31") in found
    assert ("fdi_new_capital_period", None, 2.6e8, "2023-01-01", "2023-05-31") in found


def test_shipments_of_goods_abroad_are_the_exports():
    body = (
        "Binh Duong's retail sales rose 9 percent in the first five months of 2022. Shipments of "
        "goods abroad earned more than USD 13 billion. Shipments of rubber made up 600 million USD "
        "of that."
    )
    found = facts(body, date(2022, 6, 3), "en")
    assert ("exports_period", None, 1.3e10, "2022-01-01", "2022-05-31") in found
    assert not any(f[2] == 6e8 for f in found)


def test_a_quarter_still_ahead_that_is_forecast_is_no_figure_of_last_year():
    body = (
        "Binh Duong's exports rose 15 percent in the first seven months of 2021. Exports are "
        "expected to keep growing by over 20 percent in the fourth quarter."
    )
    found = facts(body, date(2021, 8, 15), "en")
    assert ("exports_period_yoy_pct", None, 15, "2021-01-01", "2021-07-31") in found
    assert not any(f[2] == 20 for f in found)


def test_japanese_investors_named_with_nhat_alone():
    body = (
        "Tính đến nay, tỉnh Bình Dương có 4.100 dự án FDI. Các nhà đầu tư Nhật hiện có 380 dự án "
        "tại tỉnh, vốn đăng ký tổng cộng 6,1 tỷ USD, nhiều nhất trong các đối tác."
    )
    found = facts(body, date(2023, 5, 10), "vi")
    assert ("fdi_projects_total", "Japan", 380, None, "2023-05-10") in found
    assert ("fdi_capital_total", "Japan", 6.1e9, None, "2023-05-10") in found
    assert ("fdi_projects_total", None, 4100, None, "2023-05-10") in found


def test_a_places_tally_brought_to_a_number_is_its_total():
    body = (
        "Binh Duong drew more than 1 billion USD of FDI in the first 8 months of 2024. The "
        "projects won during those months lifted Binh Duong's tally of foreign-invested projects "
        "to 4,212, with total investment of nearly 41.5 billion USD."
    )
    found = facts(body, date(2024, 9, 3), "en")
    assert ("fdi_projects_total", None, 4212, None, "2024-08-31") in found
    assert ("fdi_capital_total", None, 4.15e10, None, "2024-08-31") in found


def test_a_sum_after_a_list_of_every_part_is_the_whole():
    body = (
        "Trong 6 tháng đầu năm 2021, tỉnh Bình Dương thu hút vốn FDI khá. Tổng vốn đăng ký của dự "
        "án thành lập mới, dự án bổ sung tăng vốn và phần mua cổ phần đạt 1.250 triệu USD."
    )
    found = facts(body, date(2021, 6, 29), "vi")
    assert ("fdi_capital_period", None, 1.25e9, "2021-01-01", "2021-06-30") in found


def test_a_sum_after_a_counted_part_still_belongs_to_the_part_next_to_it():
    body = (
        "In the first half of 2021, Binh Duong licensed 35 new projects and 24 projects raised "
        "their capital by US$310 million."
    )
    found = facts(body, date(2021, 7, 2), "en")
    assert ("fdi_adjusted_capital_period", None, 3.1e8, "2021-01-01", "2021-06-30") in found


def test_the_province_in_the_name_of_a_source_does_not_leave_the_parks():
    body = (
        "Trong 9 tháng năm 2022, tỉnh Bình Dương thu hút 80 dự án FDI mới. Riêng trong các khu "
        "công nghiệp (KCN), theo Sở Kế hoạch và Đầu tư tỉnh, từ đầu năm đến nay có 52 dự án đầu tư "
        "mới được thu hút."
    )
    found = facts(body, date(2022, 10, 3), "vi")
    assert ("fdi_new_projects_period", None, 80, "2022-01-01", "2022-09-30") in found
    assert not any(f[2] == 52 for f in found)


def test_the_projects_put_into_operation_and_their_groups_capital_are_a_part_of_the_total():
    body = (
        "Lũy kế đến nay, tỉnh Bình Dương có 4.120 dự án FDI với tổng vốn 41,2 tỷ USD; trong đó "
        "3.300 dự án đã đi vào vận hành, vốn đầu tư của nhóm này là 30,5 tỷ USD."
    )
    found = facts(body, date(2023, 10, 2), "vi")
    assert ("fdi_projects_total", None, 4120, None, "2023-10-02") in found
    assert not any(f[2] in (3300, 3.05e10) for f in found)
