"""Rules added in the forty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.relevance import EntityMatcher
from etl.models import Entity
from tests.test_extract_rules import facts, values


def _values(got: set, metric: str | None = "domestic_capital_period") -> set[float]:
    """The values read for one metric (by default, the domestic capital of the period; None: for
    every metric)."""
    return values(got, metric)


def test_the_dong_half_of_a_pair_told_dollars_first_is_the_domestic_capital():
    body = (
        "Từ đầu năm đến hết tháng 4/2024, Bình Dương thu hút 40 dự án đầu tư, với tổng số vốn "
        "đăng ký là 210 triệu USD và 3.450 tỷ đồng."
    )
    got = facts(body, date(2024, 5, 6), "vi")
    assert _values(got) == {3450e9}
    body = (
        "Over the first half of 2024 Binh Duong licensed 52 investment projects. Registered "
        "investment capital came to VND 8,120 billion (up 14.5% on a year earlier) and "
        "USD 310 million (up 6.2%)."
    )
    got = facts(body, date(2024, 7, 9))
    assert _values(got) == {8120e9}


def test_a_pair_of_currencies_after_a_count_of_projects_is_their_investment():
    body = (
        "Binh Duong licensed 31 investment projects in the first quarter of 2024, four of them "
        "foreign-invested. Their combined capital amounts to VND 2,950 billion and USD 46 million."
    )
    got = facts(body, date(2024, 4, 8))
    assert _values(got) == {2950e9}
    body = (
        "Binh Duong's exports reached 9.1 billion USD in the first quarter of 2024. "
        "The trade fair's capital outlay came to VND 12 billion and USD 1 million."
    )
    got = facts(body, date(2024, 4, 8))
    assert not _values(got)


def test_has_raised_in_vietnamese_is_no_da_nang():
    body = (
        "Chín tháng đầu năm 2022, Bình Dương cấp mới 80 dự án FDI, vốn 900 triệu USD; bên cạnh "
        "đó, 61 dự án FDI đã nâng vốn thêm 410 triệu USD."
    )
    got = facts(body, date(2022, 10, 4), "vi")
    assert _values(got, "fdi_adjusted_capital_period") == {410e6}
    assert _values(got, "fdi_adjusted_projects_period") == {61}
    body = "Chín tháng đầu năm 2022, Đà Nẵng cấp mới 25 dự án FDI, vốn 120 triệu USD."
    assert not facts(body, date(2022, 10, 4), "vi")


def test_french_existing_projects_raising_their_capital_by_a_sum_after_new_ones():
    body = (
        "Au premier trimestre 2023, Binh Duong a accordé des licences à 40 nouveaux projets "
        "d'IDE. À ces nouveaux projets s'ajoutent 18 projets déjà en activité qui, jusqu'au 25 "
        "mars, ont relevé leur investissement initial de 96,4 millions de dollars."
    )
    got = facts(body, date(2023, 3, 30), "fr")
    assert _values(got, "fdi_adjusted_capital_period") == {96.4e6}
    assert 96.4e6 not in _values(got, "fdi_capital_period")


def test_domestic_projects_with_their_total_registered_investment_capital():
    body = (
        "Tháng 8/2020, Bình Dương còn cấp giấy chứng nhận đăng ký đầu tư cho 14 dự án trong "
        "nước, tổng vốn đầu tư đăng ký 6.250 tỷ đồng."
    )
    got = facts(body, date(2020, 9, 3), "vi")
    assert _values(got) == {6250e9}


def test_words_that_fold_like_a_province_are_no_other_place():
    body = (
        "Bình Dương: kinh tế 9 tháng năm 2024 khởi sắc. Xuất khẩu diễn biến thuận lợi, kim "
        "ngạch 9 tháng ước đạt 25,3 tỷ USD."
    )
    got = facts(body, date(2024, 10, 2), "vi")
    assert _values(got, "exports_period") == {25.3e9}
    body = "Kim ngạch xuất khẩu 9 tháng năm 2024 của Điện Biên ước đạt 95 triệu USD."
    assert not facts(body, date(2024, 10, 2), "vi")


def test_money_into_the_zones_named_before_is_the_zones_share():
    body = (
        "Khối khu chế xuất, khu công nghiệp cũng khởi sắc: đến ngày 25/7/2025, lượng vốn FDI "
        "vào các khu này đạt 1,9 tỷ USD."
    )
    got = facts(body, date(2025, 8, 2), "vi")
    assert 1.9e9 not in _values(got, None)


def test_a_tracked_province_is_not_named_by_a_word_that_folds_like_it():
    matcher = EntityMatcher.from_entity(Entity("Dien Bien", ("Điện Biên",)))
    text = "Diễn biến thời tiết thuận lợi; tỉnh Điện Biên thu hút 12 dự án, Dien Bien dẫn đầu."
    assert matcher.mentions(text) == 2
    assert matcher.mentions("Giá cà phê diễn biến khó lường trong quý III.") == 0


def test_a_rate_written_with_a_trailing_zero_is_as_precise_as_its_quarter():
    body = (
        "So với cùng kỳ năm trước, GRDP 6 tháng đầu năm 2024 của Bình Dương ước tăng 7,30%. "
        "Tính riêng quý II/2024, mức tăng là 7,36%."
    )
    got = facts(body, date(2024, 7, 4), "vi")
    assert _values(got, "grdp_growth_pct") == {7.30, 7.36}


def test_the_economy_that_grew_well_reaching_a_rate_is_grdp_growth():
    body = (
        "Theo báo cáo trình hội đồng nhân dân, nền kinh tế Bình Dương trong 9 tháng đầu năm 2023 "
        "tăng trưởng ổn định, ước đạt 5,8%, xếp thứ 3 vùng Đông Nam Bộ."
    )
    got = facts(body, date(2023, 10, 5), "vi")
    assert _values(got, "grdp_growth_pct") == {5.8}
    body = (
        "Nền kinh tế Bình Dương 9 tháng đầu năm 2023 có nhiều khởi sắc; xuất khẩu tăng trưởng "
        "khá, ước đạt 5,8%."
    )
    got = facts(body, date(2023, 10, 5), "vi")
    assert 5.8 not in _values(got, "grdp_growth_pct")


def test_the_region_the_province_is_ranked_in_is_no_other_place():
    body = (
        "Riêng quý II/2023, GRDP của Bình Dương ước tăng 6,1%, xếp thứ 3 khu vực Đông Nam Bộ; "
        "nhờ đó tăng trưởng 6 tháng đầu năm đạt 4,9%."
    )
    got = facts(body, date(2023, 7, 6), "vi")
    assert _values(got, "grdp_growth_pct") == {6.1, 4.9}


def test_the_numbered_sectors_of_the_economy_are_parts():
    body = (
        "Năm 2023, tăng trưởng kinh tế của Bình Dương đạt 6,5%; khu vực I tăng 2,1%, khu vực II "
        "tăng 7,4% và khu vực III tăng 6,9%."
    )
    got = facts(body, date(2024, 1, 8), "vi")
    assert _values(got, "grdp_growth_pct") == {6.5}


def test_a_figure_in_brackets_after_a_place_compared_with_is_that_places():
    body = (
        "Với mức tăng này, Bình Dương đứng đầu vùng Đông Nam Bộ về tăng trưởng kinh tế 9 tháng "
        "đầu năm 2025 với 9,1%, vượt qua TPHCM (đạt 7,2%) và Đồng Nai (đạt 8,4%)."
    )
    got = facts(body, date(2025, 10, 6), "vi")
    assert _values(got, "grdp_growth_pct") == {9.1}
    body = (
        "Về tăng trưởng, GRDP 6 tháng đầu năm 2023 của Bình Dương ước đạt 5,2%, vượt mức bình "
        "quân cả nước (ước đạt 3,7%)."
    )
    got = facts(body, date(2023, 7, 6), "vi")
    assert _values(got, "grdp_growth_pct") == {5.2}


def test_projects_a_period_licensed_by_approving_their_policy_or_putting_money_in():
    body = (
        "Trong tháng 10/2019, Bình Dương phê duyệt chủ trương đầu tư cho 05 dự án FDI với tổng "
        "vốn đầu tư đăng ký 41 triệu USD."
    )
    got = facts(body, date(2019, 11, 4), "vi")
    assert _values(got, "fdi_new_projects_period") == {5}
    assert _values(got, "fdi_new_capital_period") == {41e6}
    body = (
        "In the first nine months of 2024 foreign investors injected 2.1 billion USD into 210 "
        "projects in Binh Duong."
    )
    got = facts(body, date(2024, 10, 7))
    assert _values(got, "fdi_new_projects_period") == {210}
    body = (
        "In the first half of 2021, Japanese investors committed US$98.2 million to 64 projects "
        "in Binh Duong."
    )
    got = facts(body, date(2021, 7, 7))
    assert {(f[1], f[2]) for f in got if f[0] == "fdi_new_projects_period"} == {("Japan", 64)}


def test_an_investor_countrys_count_after_the_periods_new_projects_is_its_share_of_them():
    body = (
        "In the first four months of 2025, Binh Duong granted investment certificates to 64 new "
        "FDI projects. Japanese investors led with 21 projects, while South Korea came second "
        "with 15 projects."
    )
    got = facts(body, date(2025, 5, 9))
    new = {(f[1], f[2]) for f in got if f[0] == "fdi_new_projects_period"}
    assert new == {(None, 64), ("Japan", 21), ("South Korea", 15)}
    body = (
        "In the first four months of 2025, Binh Duong allowed 300 existing FDI projects to raise "
        "their capital by 1.2 billion USD. Of these, 240 projects work in manufacturing, "
        "including 120 projects from Japan and 95 projects from South Korea."
    )
    got = facts(body, date(2025, 5, 9))
    assert not _values(got, "fdi_new_projects_period")


def test_budget_revenue_net_of_tax_refunds_is_the_budget():
    body = (
        "Tổng thu ngân sách trên địa bàn Bình Dương (sau khi đã loại trừ hoàn thuế GTGT) 6 tháng "
        "đầu năm 2022 ước đạt 32.400 tỷ đồng."
    )
    got = facts(body, date(2022, 7, 5), "vi")
    assert _values(got, "budget_revenue_period") == {32400e9}
    body = "Sáu tháng đầu năm 2022, thuế thu từ doanh nghiệp FDI tại Bình Dương đạt 9.100 tỷ đồng."
    got = facts(body, date(2022, 7, 5), "vi")
    assert not _values(got, "budget_revenue_period")


def test_a_count_that_leaves_out_its_noun_and_names_its_kind():
    body = (
        "Binh Duong currently hosts 5,210 valid projects, of which 4,180 are foreign-invested and "
        "1,030 are domestic."
    )
    assert _values(facts(body, date(2024, 11, 29)), "fdi_projects_total") == {4180}
    body = (
        "Binh Duong now counts 5,210 active projects, made up of 4,180 foreign-backed and 1,030 "
        "domestic ones."
    )
    assert _values(facts(body, date(2024, 11, 29)), "fdi_projects_total") == {4180}
    body = (
        "Binh Duong hosts 4,180 FDI projects. Among these projects, 1,620 were invested by Japan."
    )
    got = facts(body, date(2024, 11, 29))
    assert {(f[1], f[2]) for f in got if f[0] == "fdi_projects_total"} == {
        (None, 4180),
        ("Japan", 1620),
    }
    body = (
        "Binh Duong has 61,000 enterprises. It also counts over 1,400 domestic investment projects."
    )
    assert _values(facts(body, date(2024, 11, 29)), "enterprises_total") == {61000}


def test_a_ranking_after_new_and_added_projects_is_of_the_whole_flow():
    body = (
        "Tám tháng đầu năm 2017, nhà đầu tư đã đăng ký rót vào Bình Dương 1,3 tỷ USD vốn FDI. "
        "Dòng vốn này gồm 120 dự án cấp mới đăng ký 800 triệu USD, và 70 dự án điều chỉnh tăng "
        "vốn bổ sung 500 triệu USD. Xếp đầu các đối tác là Hàn Quốc – 18 dự án với tổng cộng 400 "
        "triệu USD, khoảng 31% số vốn FDI tỉnh nhận được."
    )
    got = facts(body, date(2017, 9, 2), "vi")
    assert _values(got, "fdi_new_projects_period") == {120}
    assert {(f[0], f[1], f[2]) for f in got if f[1]} == {
        ("fdi_capital_period", "South Korea", 400e6)
    }
