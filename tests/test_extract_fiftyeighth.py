"""Rules added in the fifty-eighth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_the_countries_investing_in_the_nation_open_the_nations_ranking():
    # after "N countries have invested in Vietnam", the investor ranking that follows is the
    # nation's, not the province's
    got = facts(
        "Trong 9 tháng, Bình Dương cấp mới 120 dự án FDI. Xét theo đối tác, 95 quốc gia và vùng "
        "lãnh thổ đã rót vốn đầu tư vào Việt Nam trong 9 tháng. Hàn Quốc dẫn đầu với 2,1 tỷ USD.",
        date(2023, 10, 5),
        "vi",
    )
    assert values(got, "fdi_capital_period") == set()
    got = facts(
        "Binh Duong licensed 40 new FDI projects in the first five months. Some 70 countries and "
        "territories invested in Vietnam over the five months. Japan led them with 1.8 billion "
        "USD.",
        date(2023, 6, 5),
    )
    assert values(got, "fdi_capital_period") == set()


def test_the_countries_investing_in_the_province_leave_its_ranking_its_own():
    # the guard: countries investing in the province, then the first of them, is the province's
    got = facts(
        "Binh Duong licensed 40 new FDI projects in the first five months. Some 30 countries and "
        "territories invested in the province over the five months. Japan led them with 180 "
        "million USD.",
        date(2023, 6, 5),
    )
    assert values(got, "fdi_capital_period") == {1.8e8}


def test_a_clause_opened_by_while_has_its_own_subject():
    # "…, while total retail sales … came to X": the contrasting clause names its own catalogue
    # topic, so the other quantity that opens the sentence does not govern its amount
    for body, lang in (
        (
            "Trong 6 tháng đầu năm, tổng vốn đầu tư toàn xã hội ước đạt 31.200 tỷ đồng, tăng 5%, "
            "trong khi tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 95.400 tỷ "
            "đồng, tăng 10,2%.",
            "vi",
        ),
        (
            "In the first half, total social investment capital reached 31,200 billion VND, up "
            "5%, whereas total retail sales of goods and services came to 95,400 billion VND.",
            "en",
        ),
    ):
        got = facts(body, date(2023, 7, 5), lang)
        assert values(got, "retail_sales_period") == {9.54e13}, lang
        assert not any(f[2] == 3.12e13 for f in got), lang  # the other quantity stays out


def test_a_clause_opened_by_while_that_names_a_part_stays_a_part():
    # the guard: the contrasting clause names a product, not a catalogue figure
    got = facts(
        "In the first half, total social investment capital reached 31,200 billion VND, while "
        "processed wood products brought in 1.2 billion USD of export revenue.",
        date(2023, 7, 5),
    )
    assert values(got, "exports_period") == set()


def test_the_quarter_a_report_speaks_of_makes_its_count_a_flow():
    # "Over the quarter, the province drew 14 projects (2 FDI projects), with total capital of
    # …": the quarter the report covers; the count in brackets is of projects drawn in it, and
    # "total capital" no stock
    got = facts(
        "Binh Duong's first-quarter investment results were released on Monday. Over the "
        "quarter, the province drew 14 direct investment projects (2 FDI projects), with total "
        "capital of about VND 7,700 billion and USD 11 million.",
        date(2023, 4, 11),
        title="Binh Duong draws 14 investment projects in the first quarter of 2023",
    )
    assert values(got, "fdi_new_projects_period") == {2.0}
    assert values(got, "fdi_new_capital_period") == {1.1e7}
    assert values(got, "fdi_projects_total") == set()


def test_a_clause_opened_by_the_domestic_side_counts_domestic_projects():
    # "…: trong nước có 73 dự án …; nước ngoài có 39 dự án FDI …": the first clause's projects
    # are domestic, and their sum the period's domestic capital (no total of FDI projects)
    got = facts(
        "Sáu tháng đầu năm, thu hút đầu tư của tỉnh tăng mạnh so với cùng kỳ: trong nước có "
        "64 dự án với tổng vốn đăng ký 4.870 tỷ đồng; nước ngoài có 21 dự án FDI với tổng "
        "vốn đăng ký trên 215 triệu USD.",
        date(2022, 7, 2),
        "vi",
    )
    assert values(got, "fdi_projects_total") == set()
    assert values(got, "domestic_capital_period") == {4.87e12}


def test_projects_that_added_a_total_sum_to_their_capital_are_adjusted_ones():
    # "added a total 118 million USD to their capital" (no "of"): existing projects' extra capital
    got = facts(
        "In the ten months, 26 Korean-invested projects in Binh Duong added a total 118 million "
        "USD to their capital.",
        date(2022, 11, 10),
    )
    assert values(got, "fdi_adjusted_projects_period") == {26.0}
    assert values(got, "fdi_projects_total") == set()


def test_the_chairman_named_after_the_provincial_committee_is_no_province():
    # "Chủ tịch UBND tỉnh Nguyễn Văn Lộc": a surname and two capitalised words after "tỉnh" name
    # the chairman; the figures of the sentence stay the province's
    got = facts(
        "Tiếp đoàn doanh nghiệp, Chủ tịch UBND tỉnh Nguyễn Văn Lộc cho biết, hiện có 45 quốc "
        "gia và vùng lãnh thổ đầu tư vào Bình Dương.",
        date(2023, 3, 14),
        "vi",
    )
    assert values(got, "fdi_countries_total") == {45.0}


def test_another_provinces_committee_and_its_chairman_stay_another_province():
    # the guard: "UBND tỉnh Hà Tĩnh Võ Trọng Hải" names the province Ha Tinh before its chairman
    # (it holds through the catalogue's list of provinces, which finds Ha Tinh itself)
    got = facts(
        "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải cho biết, hiện có 22 quốc gia và vùng lãnh thổ "
        "đầu tư vào tỉnh.",
        date(2023, 3, 14),
        "vi",
    )
    assert values(got, "fdi_countries_total") == set()


def test_new_businesses_capital_change_ignores_a_foreign_clause_after_a_semicolon():
    # "… số doanh nghiệp thành lập mới … và lượng vốn đăng ký tăng 4,9%; riêng thu hút đầu tư
    # nước ngoài …": the change is the new businesses' capital, not foreign investment's
    got = facts(
        "Chín tháng đầu năm, số doanh nghiệp thành lập mới và lượng vốn đăng ký của họ tăng 5,2% "
        "so với cùng kỳ; riêng thu hút đầu tư nước ngoài đã vượt 40% kế hoạch năm.",
        date(2022, 10, 2),
        "vi",
    )
    assert values(got, "fdi_capital_period_yoy_pct") == set()


def test_ranks_before_the_respective_sums_leave_the_sums_paired_with_the_places():
    # "A và B lần lượt giữ hạng 3 và hạng 4 với kim ngạch tương ứng là X và Y": the ranks come
    # first; the sums after them go with the places in order
    got = facts(
        "Về xuất khẩu năm 2022, Bình Dương và Đồng Nai lần lượt giữ hạng 4 và hạng 5 cả nước với "
        "kim ngạch tương ứng là 32,1 tỷ USD và 25,4 tỷ USD.",
        date(2023, 1, 10),
        "vi",
    )
    assert values(got, "exports_period") == {3.21e10}


def test_a_total_count_carries_its_sum_even_after_licensing_words():
    # "Up to December, … had granted investment certificates to a total of 279 FDI projects
    # with a combined value of X": the count is the total to that day, and so is its sum
    got = facts(
        "Up to December 2023, Binh Duong had granted investment certificates to a total of 312 FDI "
        "projects with a combined value of 3.9 billion USD.",
        date(2024, 1, 10),
    )
    assert values(got, "fdi_projects_total") == {312.0}
    assert values(got, "fdi_capital_total") == {3.9e9}
    assert values(got, "fdi_new_capital_period") == set()


def test_an_undated_count_leaves_its_part_sum_a_part():
    # the guard: a count with no day of its own ("cấp điều chỉnh … cho 4 dự án, với tổng vốn
    # X") is no dated total, and its sum stays the added capital its words say (here the period
    # before it also makes the count the adjusted ones: the guard holds through that layer too)
    got = facts(
        "Trong 9 tháng, Bình Dương thu hút 1,9 tỷ USD vốn FDI. Trong cùng thời gian, tỉnh đã cấp "
        "điều chỉnh 6 giấy chứng nhận đầu tư cho 5 dự án, với tổng vốn đăng ký 61,2 triệu USD.",
        date(2023, 10, 12),
        "vi",
    )
    assert values(got, "fdi_capital_total") == set()


def test_a_sum_that_is_a_share_of_the_new_capital_stays_new_beside_a_present_count():
    # the guard: "at present …, with 148 projects worth X, equal to 33% of the newly registered
    # capital": the share names the part after the sum, and the sum stays the new capital
    got = facts(
        "Binh Duong licensed 410 new FDI projects worth 1.2 billion USD in the first 11 months. "
        "Singapore is at present its largest foreign investor, with 148 projects worth 399.1 "
        "million USD, equal to 33.3% of the newly registered capital.",
        date(2022, 12, 5),
    )
    assert values(got, "fdi_capital_total") == set()


def test_a_licence_granted_to_one_project_is_a_count_of_one():
    # "délivré une licence d'investissement à un projet", "une hausse de capital accordée à un
    # projet déjà opérationnel": "un" after a licence or a grant counts one project
    got = facts(
        "Pour l'investissement direct étranger (IDE), Binh Duong a, de janvier à juin, délivré "
        "une licence d'investissement à un projet de 12 millions de dollars.",
        date(2024, 7, 5),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == {1.0}
    got = facts(
        "En août, Binh Duong a approuvé cinq nouveaux projets d'IDE, ainsi qu'une hausse de "
        "capital accordée à un projet déjà opérationnel.",
        date(2024, 9, 5),
        "fr",
    )
    assert values(got, "fdi_adjusted_projects_period") == {1.0}


def test_a_province_that_has_a_project_counts_nothing():
    # the guard: "la province a un projet de …" (has a project) is no count of one (it holds
    # through the one-project check too)
    got = facts(
        "Pour l'investissement direct étranger (IDE), la province a un projet de parc "
        "industriel de 12 millions de dollars.",
        date(2024, 7, 5),
        "fr",
    )
    assert values(got, "fdi_new_projects_period") == set()
    assert values(got, "fdi_projects_total") == set()


def test_a_licence_handed_to_one_project_with_no_period_is_its_story():
    # the guard: "a remis la licence d'investissement à un projet sud-coréen" with no period is
    # the news of one project, no count of the province
    got = facts(
        "Binh Duong a remis la licence d'investissement à un projet sud-coréen de fabrication "
        "électronique.",
        date(2015, 5, 5),
        "fr",
    )
    assert not any(f[0].startswith("fdi_") and f[2] == 1.0 for f in got)


def test_french_projects_that_were_withdrawn_take_their_sum_with_them():
    # "deux autres, représentant … 3 millions de dollars, ont été retirés": the withdrawn
    # projects' money is no flow; the sum of the clause before "tandis que" stays the added one
    got = facts(
        "Au premier semestre, à Binh Duong, trois projets déjà en activité ont relevé leur "
        "capital de 4,91 millions de dollars, tandis que deux autres, d'un montant de 3 millions "
        "de dollars, ont été retirés.",
        date(2018, 7, 5),
        "fr",
    )
    assert values(got, "fdi_adjusted_capital_period") == {4.91e6}
    assert not any(f[2] == 3e6 for f in got)


def test_the_domestic_projects_the_province_has_now_hold_no_flow():
    # "Số dự án trong nước đang có trên địa bàn là 2.178, vốn đăng ký X", "It also had 289
    # domestic investment projects registered at X": the capital held, no period's domestic flow
    for body, lang in (
        (
            "Số dự án trong nước đang có trên địa bàn tỉnh là 2.178, vốn đăng ký 220.439 tỷ đồng.",
            "vi",
        ),
        (
            "Binh Duong counted 1,240 FDI projects. It also had 289 domestic investment projects "
            "registered at VND34,808 billion.",
            "en",
        ),
    ):
        got = facts(body, date(2022, 10, 5), lang)
        assert values(got, "domestic_capital_period") == set(), lang
