"""Shapes of our own wording found in the twentieth session: headlines that describe the province
by its region, the industrial production index by its full name, the parts of FDI in Vietnamese,
periods listed "lần lượt", licences handed over in a period, and French multiples and plans."""

from __future__ import annotations

from datetime import date

from tests.test_extract_eleventh import _relevant
from tests.test_extract_rules import facts

BODY = (
    "Theo Sở Kế hoạch và Đầu tư tỉnh Bình Dương, quý I/2024 GRDP của tỉnh tăng 5,1%, đứng thứ "
    "hai vùng Đông Nam Bộ.\n\nKim ngạch xuất khẩu của Bình Dương đạt 7 tỷ USD, trong khi cả vùng "
    "Đông Nam Bộ đạt 30 tỷ USD."
)
BODY_EN = (
    "Binh Duong's GRDP grew 5.1% in the first quarter of 2024, second in the southeastern region."
    "\n\nBinh Duong exported 7 billion USD, while the southeastern region as a whole exported 30 "
    "billion USD."
)


def test_a_headline_naming_one_province_of_a_region_is_about_the_province_the_body_names():
    assert _relevant("Tỉnh Đông Nam Bộ có GRDP quý I tăng 5,1%", BODY)
    assert _relevant(
        "A southeastern region province posts 5.1% growth in the first quarter", BODY_EN
    )


def test_a_headline_about_the_provinces_of_a_region_stays_the_region_s():
    assert not _relevant("Các tỉnh Đông Nam Bộ có GRDP quý I tăng mạnh", BODY)
    assert not _relevant("Southeastern region provinces post strong growth in the quarter", BODY_EN)


def test_the_industrial_production_index_named_in_full_is_no_sector_subset():
    body = (
        "Bình Dương công bố số liệu quý I/2024. Chỉ số sản xuất toàn ngành công nghiệp quý I tăng "
        "6,4% so với cùng kỳ. Tháng 3, chỉ số IIP của ngành công nghiệp tăng 5,2% so với cùng kỳ "
        "năm trước."
    )
    found = facts(body, date(2024, 4, 5))
    assert ("iip_growth_pct", None, 6.4, "2024-01-01", "2024-03-31") in found
    assert any(f[0] == "iip_growth_pct" and f[2] == 5.2 for f in found)


def test_a_sector_heading_with_voi_opens_the_sentence_not_its_subject():
    body = (
        "Bình Dương công bố số liệu quý I/2024. Với khu vực công nghiệp, chỉ số sản xuất công "
        "nghiệp 3 tháng năm 2024 tăng 6,4% so với cùng kỳ năm trước."
    )
    found = facts(body, date(2024, 4, 5))
    assert ("iip_growth_pct", None, 6.4, "2024-01-01", "2024-03-31") in found


def test_a_sector_that_grew_is_still_a_subset():
    body = "Bình Dương công bố số liệu quý I/2024: GRDP tăng 5,1%, trong đó công nghiệp tăng 6,4%."
    found = facts(body, date(2024, 4, 5))
    assert not any(f[2] == 6.4 for f in found)


def test_new_licences_and_projects_licensed_in_earlier_years_in_vietnamese():
    body = (
        "Trong năm 2023, tỉnh Bình Dương cấp giấy phép mới cho 30 dự án FDI với vốn đăng ký 200 "
        "triệu USD. Bên cạnh đó, 15 dự án được cấp phép từ các năm trước đã xin điều chỉnh, nâng "
        "thêm 50 triệu USD vốn đầu tư."
    )
    found = facts(body, date(2024, 1, 10))
    year = ("2023-01-01", "2023-12-31")
    assert ("fdi_new_projects_period", None, 30, *year) in found
    assert ("fdi_new_capital_period", None, 200e6, *year) in found
    assert ("fdi_adjusted_projects_period", None, 15, *year) in found


def test_the_first_two_quarters_in_vietnamese_are_a_half_year_and_a_base_when_compared():
    body = (
        "Bình Dương công bố số liệu kinh tế. GRDP hai quý đầu năm 2025 ước tăng 8,4% so với cùng "
        "kỳ. Kim ngạch xuất khẩu của tỉnh đạt 19,6 tỷ USD, tăng 12,3% so với hai quý đầu năm "
        "2024."
    )
    found = facts(body, date(2025, 7, 8))
    half = ("2025-01-01", "2025-06-30")
    assert ("grdp_growth_pct", None, 8.4, *half) in found
    assert ("exports_period", None, 19.6e9, *half) in found


def test_licences_handed_over_in_a_month_are_that_month_s_licensing_not_a_ceremony_s():
    lead = (
        "Binh Duong drew 2.1 billion USD of foreign investment in the first nine months of 2024. "
    )
    monthly = "In September alone, the province handed investment licences to nine projects with "
    found = facts(
        lead + monthly + "combined registered capital of 57.8 million USD.", date(2024, 10, 9)
    )
    september = ("2024-09-01", "2024-09-30")
    assert ("fdi_new_projects_period", None, 9, *september) in found
    assert ("fdi_new_capital_period", None, 57.8e6, *september) in found
    ceremony = (
        "At a ceremony on September 20, the province handed investment licences to nine projects "
        "with combined registered capital of 57.8 million USD."
    )
    assert not any(f[2] in (9, 57.8e6) for f in facts(lead + ceremony, date(2024, 10, 9)))


def test_projects_handed_certificates_by_the_province_in_vietnamese_are_new_ones():
    body = (
        "Trong tháng 10/2024, có 12 dự án FDI được UBND tỉnh Bình Dương trao giấy chứng nhận, "
        "tổng vốn gần 80 triệu USD."
    )
    found = facts(body, date(2024, 11, 5))
    october = ("2024-10-01", "2024-10-31")
    assert ("fdi_new_projects_period", None, 12, *october) in found
    assert ("fdi_new_capital_period", None, 80e6, *october) in found


def test_a_month_s_rate_and_the_run_s_close_rate_are_two_facts_not_one_rounded():
    body = (
        "Binh Duong's industrial production index rose 13.9% in November from a year earlier, "
        "while over 11 months the index gained 14% cumulatively."
    )
    found = facts(body, date(2025, 11, 27))
    assert ("iip_growth_pct", None, 13.9, "2025-11-01", "2025-11-30") in found
    assert ("iip_growth_pct", None, 14, "2025-01-01", "2025-11-30") in found


def test_quarters_listed_then_their_rates_respectively_pair_in_order():
    body = (
        "Năm 2023, tăng trưởng GRDP của Bình Dương trong quý I, quý II và quý III lần lượt là "
        "4,1%, 5,6% và 6,2%."
    )
    found = facts(body, date(2023, 10, 10))
    assert ("grdp_growth_pct", None, 4.1, "2023-01-01", "2023-03-31") in found
    assert ("grdp_growth_pct", None, 5.6, "2023-04-01", "2023-06-30") in found
    assert ("grdp_growth_pct", None, 6.2, "2023-07-01", "2023-09-30") in found


def test_the_abbreviated_index_of_industrial_development_is_the_iip():
    body = (
        "Cộng dồn 5 tháng đầu năm 2024, chỉ số PTSX toàn ngành công nghiệp của Bình Dương tăng "
        "9,8% so với cùng kỳ năm 2023."
    )
    found = facts(body, date(2024, 6, 3))
    assert ("iip_growth_pct", None, 9.8, "2024-01-01", "2024-05-31") in found


def test_so_the_same_month_of_last_year_is_a_year_on_year_change_even_without_voi():
    body = (
        "Chỉ số sản xuất công nghiệp tháng 11/2024 của Bình Dương tăng 8,1% so tháng 11/2023 và "
        "tăng 1,2% so tháng trước."
    )
    found = facts(body, date(2024, 12, 2))
    assert ("iip_growth_pct", None, 8.1, "2024-11-01", "2024-11-30") in found
    assert not any(f[2] == 1.2 for f in found)


def test_the_rates_of_the_key_industries_under_their_heading_are_parts():
    body = (
        "Chỉ số sản xuất công nghiệp 11 tháng năm 2024 của Bình Dương tăng 7,9%. Trong nhóm ngành "
        "chủ lực, thuốc và hóa dược dẫn đầu với mức tăng 14,1% sau 11 tháng; tiếp theo là "
        "giày dép (8,2%)."
    )
    found = facts(body, date(2024, 12, 2))
    assert ("iip_growth_pct", None, 7.9, "2024-01-01", "2024-11-30") in found
    assert not any(f[2] in (14.1, 8.2) for f in found)


def test_grdp_reaching_more_than_a_hundred_percent_is_an_index_of_the_year_before():
    body = "Theo báo cáo, GRDP ước cả năm 2022 của Bình Dương đạt 108,4%."
    found = facts(body, date(2022, 12, 20))
    assert ("grdp_growth_pct", None, 8.4, "2022-01-01", "2022-12-31") in found


def test_french_a_multiple_of_the_level_of_another_year_names_its_base_not_its_period():
    body = (
        "IDE : Binh Duong, première destination en 2021. La province a capté au cours de l'année "
        "2,1 milliards d'USD d'IDE, soit près de 1,4 fois le niveau atteint en 2020."
    )
    found = facts(body, date(2022, 1, 10))
    assert ("fdi_capital_period", None, 2.1e9, "2021-01-01", "2021-12-31") in found


def test_french_a_rise_the_plan_foresees_and_the_value_of_output_are_no_figures():
    body = (
        "Binh Duong vise 8% de croissance en 2025. Le plan prévoit aussi une hausse de 9,5% des "
        "exportations. En 2024, la valeur de la production industrielle est évaluée à 60 milliards "
        "de dollars, en hausse de 7,2% sur un an, et les exportations ont atteint 35 milliards de "
        "dollars."
    )
    found = facts(body, date(2024, 12, 20))
    assert not any(f[2] in (9.5, 60e9, 7.2) for f in found)
    assert ("exports_period", None, 35e9, "2024-01-01", "2024-12-31") in found


def test_projects_that_raise_capital_and_cases_of_share_purchases_in_domestic_firms():
    body = (
        "Trong 10 tháng năm 2024, Bình Dương cấp mới cho 120 dự án FDI. Bên cạnh đó, 64 dự án "
        "đang hoạt động được chấp thuận nâng vốn, phần tăng thêm đạt 300 triệu USD. Nhà đầu tư "
        "nước ngoài đã thực hiện 410 trường hợp góp vốn, mua cổ phần tại các doanh nghiệp trong "
        "nước, tổng giá trị khoảng 520 triệu USD."
    )
    found = facts(body, date(2024, 11, 5))
    ten_months = ("2024-01-01", "2024-10-31")
    assert ("fdi_adjusted_projects_period", None, 64, *ten_months) in found
    assert ("fdi_contribution_projects_period", None, 410, *ten_months) in found
    assert ("fdi_contribution_capital_period", None, 520e6, *ten_months) in found


def test_goods_sold_to_international_markets_are_exports_and_this_figure_carries_them():
    body = (
        "Trong tháng 10/2024, doanh nghiệp Bình Dương bán ra thị trường quốc tế lượng hàng trị "
        "giá 3,1 tỷ USD. Cộng dồn 10 tháng, con số này lên tới 29,6 tỷ USD, tăng 12,5% so với "
        "cùng kỳ."
    )
    found = facts(body, date(2024, 11, 5))
    assert ("exports_period", None, 3.1e9, "2024-10-01", "2024-10-31") in found
    assert ("exports_period", None, 29.6e9, "2024-01-01", "2024-10-31") in found


def test_when_a_quarter_closed_is_its_last_day_and_at_that_point_takes_it():
    body = (
        "When the first quarter of 2024 closed, Binh Duong ranked third for FDI. At that point the "
        "province counted 4,200 licensed projects holding US$40.1 billion in registered capital."
    )
    found = facts(body, date(2024, 8, 7))
    assert ("fdi_projects_total", None, 4200, None, "2024-03-31") in found
    assert ("fdi_capital_total", None, 40.1e9, None, "2024-03-31") in found


def test_tr_usd_is_millions_of_dollars_and_tr_alone_is_no_scale():
    from etl.extract.amounts import find_amounts

    found = find_amounts("Xuất khẩu ước đạt 2.435,2 Tr.USD; nhập khẩu 310 tr USD.", "vi")
    assert [(a.value, a.unit) for a in found] == [(2435.2e6, "USD"), (310e6, "USD")]
    assert [a.value for a in find_amounts("Có 5 tr. lượt khách.", "vi")] == [5]


def test_the_capital_portion_that_rose_is_added_capital():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương đón 45 dự án FDI, vốn đăng ký 175 triệu USD. Không "
        "chỉ có dự án mới, nhiều nhà đầu tư cũng mở rộng quy mô: 33 lượt dự án FDI được chấp "
        "thuận nâng vốn, phần vốn đầu tư đăng ký tăng 170 triệu USD; 8 dự án trong nước cũng bổ "
        "sung hơn 1.000 tỷ đồng."
    )
    found = facts(body, date(2024, 10, 11))
    assert ("fdi_adjusted_capital_period", None, 170e6, "2024-01-01", "2024-09-30") in found


def test_a_rate_joined_to_the_growth_rate_before_it_by_and_is_the_same_growth():
    body = (
        "Binh Duong's GRDP rose 3.3 per cent in 2021. It then climbed 8.9 per cent in 2022 and "
        "advanced 7.1 per cent in the first nine months of 2023, and exports rose 20 per cent."
    )
    found = facts(body, date(2023, 10, 10))
    assert ("grdp_growth_pct", None, 7.1, "2023-01-01", "2023-09-30") in found
    assert not any(f[0] == "grdp_growth_pct" and f[2] == 20 for f in found)


def test_a_gain_of_a_percentage_after_a_sum_is_its_change():
    body = (
        "In 2024, Binh Duong's exports are estimated to have reached 35.2 billion USD, a gain of "
        "11.4%."
    )
    found = facts(body, date(2024, 12, 20))
    assert ("exports_period_yoy_pct", None, 11.4, "2024-01-01", "2024-12-31") in found


def test_domestic_and_foreign_investment_together_is_no_catalogue_figure():
    title = "Investors commit $6.3 billion to Binh Duong in first eight months of 2025"
    body = (
        "Binh Duong, in southern Vietnam, has secured $6.3 billion of domestic and foreign "
        "investment so far in 2025, a result that underlines the province's growing appeal.\n\n"
        "From January to August, 99 foreign direct investment (FDI) projects registered capital of "
        "nearly $1.6 billion."
    )
    found = facts(body, date(2025, 9, 5), title=title)
    assert not any(f[2] == 6.3e9 for f in found)
    assert ("fdi_capital_period", None, 1.6e9, "2025-01-01", "2025-08-31") in found
