"""Rules added in the sixty-second session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _rates(got: set, metric: str) -> set[tuple[float, str | None]]:
    """The (value, period end) pairs read for one rate metric."""
    return {(f[2], f[4]) for f in got if f[0] == metric}


def test_an_earlier_year_compared_with_gives_its_own_rate_in_parentheses():
    # "chỉ cao hơn năm 2019 (1,92%) và năm 2020 (3,05%)", "kém năm 2018 (9,1%)": the years set
    # against this one, each with its own growth in brackets, are those years' figures, even in
    # a sentence that only points back ("Đây là mức tăng …", "Con số này …")
    for body in (
        "GRDP năm 2023 của Bình Dương ước tăng 4,26% so với năm trước. Đây là mức tăng khá thấp, "
        "chỉ cao hơn năm 2019 (1,92%) và năm 2020 (3,05%).",
        "GRDP năm 2023 của Bình Dương ước tăng 4,26% so với năm trước. Con số này vẫn kém năm "
        "2019 (1,92%) và năm 2020 (3,05%), hai năm dịch bệnh.",
    ):
        got = _rates(facts(body, date(2024, 1, 5), "vi"), "grdp_growth_pct")
        assert got == {(4.26, "2023-12-31"), (1.92, "2019-12-31"), (3.05, "2020-12-31")}, body


def test_an_earlier_quarter_compared_with_gives_its_own_rate_with_its_sign():
    # "thấp hơn quý I (11,3%)": lower than the first quarter, which itself rose 11.3% (not a fall
    # of 11.3%); "nhanh hơn mức tăng của quý II (1,7%)": the second quarter's own rise
    body = (
        "Riêng quý III năm 2024, chỉ số sản xuất công nghiệp (IIP) của Bình Dương tăng 6,4% so với "
        "cùng kỳ, nhanh hơn mức tăng của quý II (1,7%) nhưng thấp hơn quý I (11,3%)."
    )
    got = _rates(facts(body, date(2024, 10, 8), "vi"), "iip_growth_pct")
    assert got == {(6.4, "2024-09-30"), (1.7, "2024-06-30"), (11.3, "2024-03-31")}


def test_a_rate_compared_with_by_its_level_stays_a_base():
    # the guard: a rate named before its period ("cao hơn mức tăng 3,05% của năm 2020") is still
    # the base the figure is set against, and is left out
    body = (
        "GRDP năm 2023 của Bình Dương ước tăng 4,26% so với năm trước, cao hơn mức tăng 3,05% "
        "của năm 2020."
    )
    got = _rates(facts(body, date(2024, 1, 5), "vi"), "grdp_growth_pct")
    assert got == {(4.26, "2023-12-31")}


def test_a_clause_after_a_semicolon_that_opens_on_a_company_is_about_that_company():
    # "…; Nhà máy Dệt Kim Hoa Sen của Hàn Quốc cũng chọn KCN Mỹ Phước 3, vốn 12 triệu USD": each
    # clause of a list of notable projects opens on its own plant or firm, and its sum is that
    # one project's, never the province's foreign investment
    body = (
        "Trong 9 tháng năm 2024, Bình Dương cấp mới 80 dự án FDI. Đáng chú ý có Nhà máy Giấy "
        "Tân Phú của nhà đầu tư Đài Loan, đặt ở KCN Bàu Bàng, vốn đăng ký 18 triệu USD; Nhà máy "
        "Dệt Kim Hoa Sen của Hàn Quốc cũng chọn KCN Mỹ Phước 3, vốn 12 triệu USD; còn Công ty "
        "TNHH Sao Mai (Nhật Bản) đặt nhà máy tại KCN VSIP II với 40 triệu USD."
    )
    got = facts(body, date(2024, 10, 7), "vi")
    assert {f[2] for f in got if f[0].startswith("fdi_") and "capital" in f[0]} == set()


def test_a_clause_after_a_semicolon_that_opens_on_no_company_keeps_its_sum():
    # the guard: the clause after the semicolon opens on no company ("tính chung …"), so its sum
    # is the province's again
    body = (
        "Trong 9 tháng năm 2024, Bình Dương cấp mới 80 dự án FDI. Nhà máy Giấy Tân Phú của nhà "
        "đầu tư Đài Loan đặt ở KCN Bàu Bàng vốn đăng ký 18 triệu USD; tính chung, vốn FDI đăng ký "
        "đạt 1,2 tỷ USD."
    )
    got = facts(body, date(2024, 10, 7), "vi")
    assert 1.2e9 in {f[2] for f in got if f[0] == "fdi_capital_period"}


def test_the_second_sum_of_revoked_projects_is_theirs_too():
    # "7 dự án bị thu hồi, với tổng vốn đăng ký 120 tỷ đồng và 6,4 triệu USD": both sums of the
    # run belong to the projects whose licences ended, the dollars as much as the đồng
    body = (
        "Từ đầu năm đến nay, Bình Dương có 12 lượt dự án nâng vốn thêm 410 tỷ đồng và 31 triệu "
        "USD; ngược lại, 7 dự án bị thu hồi, với tổng vốn đăng ký 120 tỷ đồng và 6,4 triệu USD."
    )
    got = facts(body, date(2024, 7, 2), "vi")
    assert 6.4e6 not in {f[2] for f in got}
    assert 31e6 in {f[2] for f in got}


def test_a_sum_with_its_bare_share_of_the_capital_in_brackets_is_a_part():
    # "… với 24,6 triệu USD (18,2% vốn cấp mới)", "Phần còn lại, 41 triệu USD (9,7% tổng vốn đăng
    # ký), …": the share in brackets says the sum is one part (a sector, the zones outside the
    # parks) of the new or of all capital, not the province's foreign investment
    for body in (
        "Trong 5 tháng đầu năm 2024, Bình Dương cấp mới 120 dự án FDI với 135 triệu USD. Đứng "
        "thứ hai là ngành bán buôn, bán lẻ với 24,6 triệu USD (18,2% vốn cấp mới).",
        "Trong 5 tháng đầu năm 2024, Bình Dương thu hút 420 triệu USD vốn FDI. Phần còn lại, 41 "
        "triệu USD (9,7% tổng vốn đăng ký), được đầu tư ngoài các khu công nghiệp.",
    ):
        got = facts(body, date(2024, 6, 3), "vi")
        values_said = {f[2] for f in got if f[0].startswith("fdi_")}
        assert not values_said & {24.6e6, 41e6}, body
        assert values_said & {135e6, 420e6}, body


def test_a_place_ranked_below_the_province_owns_the_sum_told_with_it():
    # "Binh Duong led the region, ahead of Tay Ninh with X and Long An with Y": the places named
    # after "ahead of" are ranked below, and "with X" right after each is that place's figure
    body = (
        "In the first five months Binh Duong drew more FDI than any neighbour, ahead of Tay Ninh "
        "with over 310 million USD and Long An with 205 million USD."
    )
    got = facts(body, date(2024, 6, 3))
    assert not {310e6, 205e6} & {f[2] for f in got}


def test_a_place_the_province_is_compared_with_leaves_the_sum_to_the_province():
    # the guard: a place the province outpaced, with no sum of its own right after it, leaves the
    # province's sum to the province
    body = (
        "In the first five months Binh Duong drew more FDI than any neighbour, ahead of Tay Ninh, "
        "with over 1.2 billion USD."
    )
    got = facts(body, date(2024, 6, 3))
    assert 1.2e9 in {f[2] for f in got if f[0] == "fdi_capital_period"}


def test_a_rise_told_as_a_sum_right_after_a_sum_is_how_much_it_grew():
    # "…, tăng 40 dự án so với cùng kỳ, với vốn đăng ký 612 triệu USD, tăng 95 triệu USD": the
    # second sum, told as a rise right after the first in the same currency, is the increment
    body = (
        "Trong 9 tháng năm 2025, Bình Dương cấp mới 140 dự án FDI, tăng 40 dự án so với cùng kỳ, "
        "với vốn đăng ký 612 triệu USD, tăng 95 triệu USD."
    )
    got = facts(body, date(2025, 10, 5), "vi")
    assert 95e6 not in {f[2] for f in got}
    assert 612e6 in {f[2] for f in got if f[0] == "fdi_new_capital_period"}


def test_capital_added_right_after_a_sum_is_no_rise():
    # the guard: "tăng thêm" after a sum is the capital projects added, a figure of its own
    body = (
        "Trong 9 tháng năm 2025, Bình Dương cấp mới 140 dự án FDI với 612 triệu USD, tăng 12% so "
        "với cùng kỳ; 60 dự án điều chỉnh vốn, tăng thêm 95 triệu USD."
    )
    got = facts(body, date(2025, 10, 5), "vi")
    assert 95e6 in {f[2] for f in got if f[0] == "fdi_adjusted_capital_period"}


def test_the_place_named_after_a_ranking_and_is_owns_the_sum():
    # "Theo sau Bình Dương là Đồng Nai với khoảng X": the place after "là" is the one the clause
    # is about; the province it follows is only the ranking's point of reference
    body = (
        "Trong 2 tháng đầu năm 2025, Bình Dương dẫn đầu cả nước về vốn FDI với 1,1 tỷ USD. Theo "
        "sau Bình Dương là Đồng Nai với khoảng 640 triệu USD vốn FDI."
    )
    got = facts(body, date(2025, 3, 5), "vi")
    assert 640e6 not in {f[2] for f in got}
    assert 1.1e9 in {f[2] for f in got if f[0] == "fdi_capital_period"}


def test_a_trade_figure_named_by_its_turnover_in_a_run_of_places_is_the_provinces():
    # "Kế đến là Đồng Nai, Bình Dương và Long An, với kim ngạch lần lượt X, Y và Z" in a report on
    # exports: "kim ngạch" names the quantity, and "respectively" gives the province its sum
    body = (
        "Hai tháng đầu năm 2025, TP.HCM dẫn đầu cả nước về xuất khẩu với 9,1 tỷ USD. Kế đến là "
        "Đồng Nai, Bình Dương và Long An, với kim ngạch lần lượt 4,2 tỷ USD, 5,4 tỷ USD và "
        "1,3 tỷ USD."
    )
    got = facts(body, date(2025, 3, 12), "vi", title="Xuất khẩu hai tháng đầu năm")
    assert {f[2] for f in got if f[0] == "exports_period"} == {5.4e9}


def test_two_way_trade_turnover_names_no_one_side_of_trade():
    # the guard: "kim ngạch hai chiều" is exports and imports together, no side of trade
    body = (
        "Tháng 1 năm 2025, xuất khẩu của Bình Dương đạt 2,4 tỷ USD. Tổng kim ngạch hai chiều "
        "của tháng ước đạt 4,1 tỷ USD."
    )
    got = facts(body, date(2025, 2, 6), "vi", title="Xuất nhập khẩu tháng 1")
    assert 4.1e9 not in {f[2] for f in got}


def test_a_headline_over_a_bound_is_not_a_body_value_below_it():
    # "Xuất khẩu vượt 12 tỷ USD" over a body whose foreign-invested sector shipped 11,9 tỷ USD
    # and whose domestic firms 0,4 tỷ USD: the headline's "over 12 billion" is the whole (the
    # sector's 11.9 billion lies below the bound), not the subset restated
    body = (
        "Tính chung 7 tháng năm 2024, khu vực có vốn đầu tư nước ngoài của Bình Dương xuất khẩu "
        "trên 11,9 tỷ USD, khu vực kinh tế trong nước đạt 400 triệu USD."
    )
    got = facts(
        body, date(2024, 8, 6), "vi", title="Hàng hóa xuất khẩu của Bình Dương vượt 12 tỷ USD"
    )
    assert 12e9 in {f[2] for f in got if f[0] == "exports_period"}


def test_the_nation_as_the_whole_of_a_share_leaves_the_change_after_it_to_the_province():
    # "ước đạt 4.310 triệu USD, tương đương khoảng 6% KNXK cả nước, tăng 9,7% so với cùng kỳ":
    # the nation is only what the share is of; the change after it is the province's exports',
    # in a sentence that names no place of its own
    body = (
        "Tình hình xuất khẩu quý I năm 2024 của Bình Dương khởi sắc. Kim ngạch xuất khẩu 3 tháng "
        "đầu năm ước đạt 4.310 triệu USD, tương đương khoảng 6% KNXK cả nước, tăng 9,7% so với "
        "cùng kỳ."
    )
    got = facts(body, date(2024, 4, 2), "vi", title="Xuất khẩu quý I")
    assert 9.7 in {f[2] for f in got if f[0] == "exports_period_yoy_pct"}


def test_the_country_a_superlative_ranks_the_province_in_is_no_scope():
    # "a rise of 9.4 per cent that keeps it among the most open economies in Viet Nam": the
    # country only ranks the province; the rise is the province's own
    body = (
        "Binh Duong's industry kept growing in the first half of 2024. Goods shipped abroad by "
        "the manufacturing hub were worth US$15.2 billion, a year-on-year rise of 9.4 per cent "
        "that keeps it among the most open economies in Viet Nam."
    )
    got = facts(body, date(2024, 7, 3))
    assert 9.4 in {f[2] for f in got if f[0] == "exports_period_yoy_pct"}


def test_a_count_of_new_projects_beside_added_ones_counted_apart_is_the_new_ones():
    # "gồm 18 dự án DDI mới, 41 dự án FDI mới và việc điều chỉnh tăng vốn cho 16 dự án": the
    # added projects have a count of their own, so "41 dự án FDI mới" are the new ones alone
    body = (
        "Năm 2024, Bình Dương thu hút 1,6 tỷ USD vốn đầu tư. Con số này gồm 18 dự án DDI mới, "
        "41 dự án FDI mới và việc điều chỉnh tăng vốn cho 16 dự án FDI."
    )
    got = facts(body, date(2025, 1, 10), "vi")
    assert 41.0 in {f[2] for f in got if f[0] == "fdi_new_projects_period"}


def test_a_count_of_new_and_added_projects_named_together_stays_out():
    # the guard: "cho 52 dự án cấp mới và điều chỉnh tăng vốn" counts both kinds together
    body = (
        "Năm 2024, Bình Dương đã cấp giấy chứng nhận cho 52 dự án FDI cấp mới và điều chỉnh "
        "tăng vốn, tổng vốn 1,6 tỷ USD."
    )
    got = facts(body, date(2025, 1, 10), "vi")
    assert 52.0 not in {f[2] for f in got}


def test_the_measure_a_sentence_names_is_what_its_rate_is():
    # "Measured by the industrial production index, industry rose by 9.3 per cent": the index
    # named as the measure is the rate's topic, though "industry" (a sector of the economy)
    # stands nearer the number
    body = (
        "Binh Duong's economy kept its pace in the first eight months of 2025. Measured by the "
        "industrial production index, industry rose by 9.3 per cent on-year."
    )
    got = facts(body, date(2025, 9, 6))
    assert 9.3 in {f[2] for f in got if f[0] == "iip_growth_pct"}


def test_a_sectors_growth_without_a_measure_named_is_no_index():
    # the guard: "industry rose by 9.3 per cent" with no measure named is the sector's growth
    body = (
        "Binh Duong's economy kept its pace in the first eight months of 2025: industry rose by "
        "9.3 per cent on-year, and the industrial production index by 8.1 per cent."
    )
    got = facts(body, date(2025, 9, 6))
    assert 9.3 not in {f[2] for f in got if f[0] == "iip_growth_pct"}
