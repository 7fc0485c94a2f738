"""Shapes of our own wording found in the twenty-sixth session."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_capital_in_brackets_after_a_new_count_is_the_new_projects_capital():
    body = (
        "Kinh tế Bình Dương quý I/2023.\n\n"
        "Trong quý I, tỉnh Bình Dương cấp phép mới 12 dự án trong nước (vốn đăng ký 350 tỷ đồng) "
        "và 7 dự án FDI (vốn đăng ký 64,5 triệu USD)."
    )
    found = facts(body, date(2023, 4, 2), "vi")
    assert ("fdi_new_projects_period", None, 7, "2023-01-01", "2023-03-31") in found
    assert ("fdi_new_capital_period", None, 6.45e7, "2023-01-01", "2023-03-31") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_projects_a_province_brings_in_are_its_new_projects():
    body = (
        "Binh Duong brought in 14 FDI projects worth US$61 million in the first quarter of "
        "2021, officials said."
    )
    found = facts(body, date(2021, 4, 5), "en")
    assert ("fdi_new_projects_period", None, 14, "2021-01-01", "2021-03-31") in found
    assert ("fdi_new_capital_period", None, 6.1e7, "2021-01-01", "2021-03-31") in found


def test_a_year_between_a_new_count_and_its_combined_capital_does_not_part_them():
    body = (
        "Binh Duong drew just 23 FDI projects in 2019, registered at a combined US$82 million, "
        "the provincial statistics office reported."
    )
    found = facts(body, date(2020, 1, 10), "en")
    assert ("fdi_new_projects_period", None, 23, "2019-01-01", "2019-12-31") in found
    assert ("fdi_new_capital_period", None, 8.2e7, "2019-01-01", "2019-12-31") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_a_count_after_and_to_shares_the_licensing_verb_before_it():
    body = (
        "In the first half of 2022 Binh Duong handed licences to five domestic projects, worth "
        "VND410 billion in all, and to 18 FDI projects worth US$96 million."
    )
    found = facts(body, date(2022, 7, 4), "en")
    assert ("fdi_new_projects_period", None, 18, "2022-01-01", "2022-06-30") in found
    assert ("fdi_new_capital_period", None, 9.6e7, "2022-01-01", "2022-06-30") in found


def test_a_vietnamese_photo_caption_is_no_sentence_of_the_story():
    body = (
        "Bình Dương thu hút vốn ngoại 10 tháng\n\n"
        "Từ đầu năm đến ngày 20/10/2021, tỉnh Bình Dương thu hút 1,2 tỷ USD vốn đầu tư nước "
        "ngoài.\n\n"
        "Ảnh: Hoàng Lan - Trong 9 tháng đầu năm, thu ngân sách của tỉnh đạt 40.000 tỷ đồng.\n\n"
        "Trong đó, có 52 dự án điều chỉnh tăng vốn với 310 triệu USD."
    )
    found = facts(body, None, "vi")
    assert ("fdi_adjusted_capital_period", None, 3.1e8, "2021-01-01", "2021-10-20") in found
    assert not any(f[0] == "budget_revenue_period" for f in found)


def test_an_abbreviation_in_brackets_leaves_the_rate_in_its_clause():
    body = (
        "Kinh tế Bình Dương 10 tháng năm 2025.\n\n"
        "Công nghiệp vẫn là trụ cột của Bình Dương, với chỉ số sản xuất công nghiệp (IIP) tăng "
        "9,4% so với cùng kỳ."
    )
    found = facts(body, date(2025, 11, 3), "vi")
    assert ("iip_growth_pct", None, 9.4, "2025-01-01", "2025-10-31") in found


def test_a_heading_naming_new_licences_makes_the_count_after_it_new_projects():
    body = (
        "Vốn ngoại vào Bình Dương 9 tháng năm 2022\n\n"
        "Trong 9 tháng năm 2022, Bình Dương thu hút 2,1 tỷ USD vốn đầu tư nước ngoài. Về nhóm "
        "cấp mới, tỉnh có 88 dự án với tổng vốn đăng ký 640 triệu USD."
    )
    found = facts(body, date(2022, 10, 3), "vi")
    assert ("fdi_new_projects_period", None, 88, "2022-01-01", "2022-09-30") in found
    assert ("fdi_new_capital_period", None, 6.4e8, "2022-01-01", "2022-09-30") in found
    assert not any(f[0] == "fdi_projects_total" for f in found)


def test_a_sentence_opened_by_the_sector_structure_lists_parts_not_the_province_s_figures():
    body = (
        "Vốn ngoại vào Bình Dương 6 tháng năm 2023\n\n"
        "Trong 6 tháng năm 2023, Bình Dương cấp mới 60 dự án FDI với tổng vốn 500 triệu USD. "
        "Về cơ cấu ngành của vốn cấp mới, kinh doanh bất động sản dẫn đầu với 12 dự án và 210 "
        "triệu USD (42% tổng vốn cấp mới); thương mại có 150 dự án, 70 triệu USD."
    )
    found = facts(body, date(2023, 7, 3), "vi")
    assert ("fdi_new_capital_period", None, 5e8, "2023-01-01", "2023-06-30") in found
    assert not any(f[2] in (12, 2.1e8, 150, 7e7) for f in found)


def test_the_economy_of_the_province_that_keeps_its_pace_and_grows_is_grdp_growth():
    body = (
        "Kinh tế Bình Dương năm 2022\n\n"
        "Kinh tế tỉnh năm 2022 giữ nhịp phục hồi đều đặn, ước tăng 8,9% so với năm trước."
    )
    found = facts(body, date(2022, 12, 20), "vi")
    assert ("grdp_growth_pct", None, 8.9, "2022-01-01", "2022-12-31") in found


def test_what_a_beaten_plan_owes_its_result_to_was_done_not_planned():
    body = (
        "Ngân sách Bình Dương năm 2022\n\n"
        "Thu ngân sách năm 2022 của Bình Dương vượt dự toán, chủ yếu nhờ chỉ số sản xuất công "
        "nghiệp cả năm tăng 9,1%."
    )
    found = facts(body, date(2022, 12, 20), "vi")
    assert ("iip_growth_pct", None, 9.1, "2022-01-01", "2022-12-31") in found


def test_the_money_of_one_of_the_projects_just_counted_is_a_part():
    body = (
        "In March Binh Duong landed 5 FDI projects with total registered capital of 48 million "
        "USD, one of which, worth 30 million USD, will make packaging in an industrial park."
    )
    found = facts(body, date(2024, 4, 2), "en")
    assert ("fdi_new_projects_period", None, 5, "2024-03-01", "2024-03-31") in found
    assert ("fdi_new_capital_period", None, 4.8e7, "2024-03-01", "2024-03-31") in found
    assert not any(f[2] == 3e7 for f in found)


def test_one_of_the_projects_that_is_foreign_is_still_the_foreign_part():
    body = (
        "In March Binh Duong licensed 6 projects, one of which is foreign-invested, with "
        "registered capital of 12 million USD."
    )
    found = facts(body, date(2024, 4, 2), "en")
    assert any(f[2] == 1.2e7 for f in found)


def test_the_term_a_council_sits_for_does_not_date_an_undated_report():
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong council hears ten-month results",
        "At the 12th session of its 10th term (2021-2026), the provincial People's Council heard "
        "that exports in the first ten months reached US$25 billion, up 5% on the same period "
        "of 2023.",
    ]
    found = estimate_publication(paragraphs)
    assert found is not None and found.year == 2024


def test_a_place_s_growth_estimated_at_a_rate_is_its_grdp_growth():
    body = (
        "Binh Duong's growth in 2024 is estimated at 8.2%, the best result in five years, the "
        "chairman told the council."
    )
    found = facts(body, date(2024, 12, 12), "en")
    assert ("grdp_growth_pct", None, 8.2, "2024-01-01", "2024-12-31") in found


def test_capital_that_projects_topped_up_is_added_capital():
    body = (
        "In the first nine months of 2021, 75 FDI projects in Binh Duong topped up their "
        "registered capital by a combined US$410 million."
    )
    found = facts(body, date(2021, 10, 4), "en")
    assert ("fdi_adjusted_capital_period", None, 4.1e8, "2021-01-01", "2021-09-30") in found


def test_a_headline_s_horizon_year_does_not_date_an_undated_report():
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Bình Dương tìm lời giải thu hút vốn ngoại đến năm 2030",
        "Năm 2023, Bình Dương thu hút hơn 1,5 tỷ USD vốn FDI, xếp thứ tư cả nước.",
    ]
    found = estimate_publication(paragraphs)
    assert found is not None and found.year == 2023


def test_taking_the_new_licences_apart_makes_the_count_after_it_new_projects():
    body = (
        "Vốn ngoại vào Bình Dương 8 tháng năm 2023\n\n"
        "Trong 8 tháng năm 2023, Bình Dương cấp mới và điều chỉnh vốn cho 40 dự án FDI với "
        "tổng vốn 900 triệu USD. Tách riêng phần cấp mới, có 14 dự án FDI với 520 triệu USD vốn "
        "đăng ký."
    )
    found = facts(body, date(2023, 9, 4), "vi")
    assert ("fdi_new_projects_period", None, 14, "2023-01-01", "2023-08-31") in found
    assert ("fdi_new_capital_period", None, 5.2e8, "2023-01-01", "2023-08-31") in found


def test_a_rate_above_another_month_is_month_on_month_and_above_last_year_s_month_is_its_base():
    body = (
        "Binh Duong's statistics office put the province's industrial production index for "
        "June 2021 at 4.2 percent above the May level and 9.6 percent above June of last year."
    )
    found = facts(body, date(2021, 7, 2), "en")
    assert ("iip_growth_pct", None, 9.6, "2021-06-01", "2021-06-30") in found
    assert not any(f[2] == 4.2 for f in found)
