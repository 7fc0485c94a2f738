"""Rules added in the forty-seventh session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import CATALOGUE, facts, values


def test_the_parts_of_the_projects_in_force_are_totals_whatever_the_lead_period():
    lead = "Quý III/2024, Bình Dương có nhiều chuyển biến tích cực về thu hút đầu tư.\n\n"
    body = lead + (
        "Số liệu đến hết quý III/2024 cho thấy trên địa bàn có 4.950 dự án đầu tư còn hiệu lực. "
        "Trong số này, 4.310 dự án FDI với tổng vốn đăng ký hơn 41 tỷ USD."
    )
    got = facts(body, date(2024, 10, 20), "vi")
    assert values(got, "fdi_projects_total") == {4310}
    assert values(got, "fdi_capital_total") == {41e9}
    assert values(got, "fdi_capital_period") == set()
    body = "In the third quarter of 2024 Binh Duong kept drawing investors.\n\n" + (
        "Data up to the end of the third quarter show that the province holds 4,950 valid "
        "projects. Among them are 4,310 FDI projects with over 41 billion USD of registered "
        "capital."
    )
    got = facts(body, date(2024, 10, 20))
    assert values(got, "fdi_capital_total") == {41e9}
    assert values(got, "fdi_capital_period") == set()
    # the nation's projects in force frame nothing of the province's
    body = lead + (
        "Đến hết quý III/2024, cả nước có 41.000 dự án đầu tư nước ngoài còn hiệu lực.\n\n"
        "Vốn ngoại đã đổ vào 50 tỉnh, thành phố, trong đó Bình Dương đứng đầu với gần 1,2 tỷ "
        "USD vốn đăng ký."
    )
    got = facts(body, date(2024, 10, 20), "vi")
    assert values(got, "fdi_capital_period") == {1.2e9}
    assert values(got, "fdi_capital_total") == set()


def test_the_largest_single_project_named_after_a_count_is_one_projects_money():
    lead = "In 2023 Binh Duong drew 52 new FDI projects worth 1.3 billion USD. "
    for told in (
        "The largest is the Tan Lap 2 tyre plant, built by a Korean group on 40 hectares with "
        "registered capital of 300 million USD.",
        "The largest, a Japanese logistics venture, accounted for 300 million USD.",
        "The biggest commitment, 300 million USD, came from a Taiwanese shoe maker.",
        "Among the biggest licences handed out were a 300 million USD tyre plant and a packaging "
        "works.",
    ):
        got = facts(lead + told, date(2023, 12, 20))
        sums = values(got, "fdi_capital_period") | values(got, "fdi_new_capital_period")
        assert sums == {1.3e9}, told
    body = (
        "En 2023, Binh Duong a accueilli 52 nouveaux projets d'IDE. Les plus gros nouveaux venus "
        "sont le japonais Tokai, dans la ZI de My Phuoc 3, pour 80 millions de dollars, et le "
        "coréen Hanil, dans la ZI de Bau Bang, pour 40 millions de dollars."
    )
    got = facts(body, date(2023, 12, 20), "fr")
    assert values(got, "fdi_capital_period") | values(got, "fdi_new_capital_period") == set()
    # the largest investor country is no single project
    body = lead + "The largest investor was South Korea with 400 million USD."
    got = facts(body, date(2023, 12, 20))
    assert ("fdi_capital_period", "South Korea") in {(f[0], f[1]) for f in got}


def test_projects_on_offer_or_given_by_donors_are_no_investment_drawn():
    for told in (
        "The governor added that Binh Duong is seeking investors for 24 projects worth more than "
        "2 billion USD in logistics and urban rail.",
        "Binh Duong also published a list of 42 projects worth 2 billion USD for investors in "
        "logistics and urban rail.",
        "Binh Duong has received aid from several donors; Korean partners have supported the "
        "province with 24 projects worth 2 billion USD in health and schooling.",
    ):
        got = facts(told, date(2019, 12, 20))
        assert values(got, "fdi_projects_total") == set(), told
        assert values(got, "fdi_capital_total") == set(), told
    body = (
        "Une liste publiée en mai recense 42 projets d'IDE pour 2 milliards de dollars que Binh "
        "Duong propose aux investisseurs."
    )
    assert values(facts(body, date(2019, 12, 20), "fr"), "fdi_projects_total") == set()
    # the projects drawn stay counted
    body = "By the end of 2019, Binh Duong was home to 3,900 FDI projects worth 35 billion USD."
    assert values(facts(body, date(2019, 12, 20)), "fdi_projects_total") == {3900}


def test_projects_counted_by_the_stage_they_are_at_are_a_part_of_the_total():
    lead = "Binh Duong is home to 3,900 FDI projects worth 35 billion USD. "
    for told in (
        "Across the province, some 40 projects have begun operation this spring.",
        "Four projects have already completed their construction and hired workers.",
    ):
        got = facts(lead + told, date(2019, 12, 20))
        assert values(got, "fdi_projects_total") == {3900}, told
    lead = "Bình Dương hiện có 3.900 dự án FDI với tổng vốn 35 tỷ USD. "
    for told in (
        "Trong số này, 30 dự án đang xây dựng, 6 dự án tạm dừng hoạt động và 4 dự án cần đôn "
        "đốc tiến độ.",
        "Tổng số dự án đã đi vào hoạt động trên địa bàn hiện là 3.100 dự án.",
    ):
        got = facts(lead + told, date(2019, 12, 20), "vi")
        assert values(got, "fdi_projects_total") == {3900}, told
    # a count of projects in force is the total, not a stage
    got = facts("Bình Dương hiện có 3.900 dự án FDI đang hoạt động.", date(2019, 12, 20), "vi")
    assert values(got, "fdi_projects_total") == {3900}


def test_a_part_by_form_or_by_place_with_its_own_sum_is_no_total():
    body = (
        "Up to now Binh Duong has won 40 foreign-invested projects worth more than 900 million "
        "USD in total committed capital. Of these, 25 are wholly foreign-invested, with 700 "
        "million USD in total registered capital, and 15 are joint ventures valued at 200 million "
        "USD."
    )
    got = facts(body, date(2020, 6, 1))
    assert 900e6 in values(got, "fdi_capital_total")
    assert 200e6 not in values(got, "fdi_capital_total")  # (the first part is still read: left)
    body = (
        "Hiện Bình Dương có 90 dự án FDI, tổng vốn 1.200 triệu USD; trong đó 40 dự án nằm trong "
        "khu kinh tế và khu công nghiệp với tổng vốn 900 triệu USD, 50 dự án ở ngoài khu kinh tế "
        "và khu công nghiệp với tổng vốn 300 triệu USD."
    )
    got = facts(body, date(2020, 6, 1), "vi")
    assert values(got, "fdi_capital_total") == {1200e6}
    # both parts counted first, then one sum for them all: the whole
    body = (
        "Năm 2019, Bình Dương thu hút 90 dự án FDI, gồm 40 dự án trong KCN và 50 dự án ngoài "
        "KCN, với tổng vốn 1.200 triệu USD."
    )
    got = facts(body, date(2020, 1, 10), "vi")
    assert values(got, "fdi_capital_period") == {1200e6}


def test_the_large_projects_among_those_counted_are_a_part_and_each_ones_size_no_sum():
    lead = "6 tháng đầu năm 2018, Bình Dương thu hút 120 dự án FDI mới. "
    for told in (
        "Đáng chú ý, trong nhóm cấp mới có 5 dự án mang quy mô vốn lớn.",
        "Hai dự án cấp mới có quy mô đáng kể là nhà máy lốp xe Kumho và nhà máy giấy Lee & Man.",
    ):
        got = facts(lead + told, date(2018, 7, 2), "vi")
        assert values(got, "fdi_new_projects_period") == {120}, told
    body = (
        "In 2023 Binh Duong drew 120 new FDI projects. Notably, 5 large-scale projects each have "
        "registered capital of over 150 million USD."
    )
    got = facts(body, date(2023, 12, 20))
    assert values(got, "fdi_new_projects_period") == {120}
    assert values(got, "fdi_capital_period") | values(got, "fdi_new_capital_period") == set()


def test_the_trade_of_a_subset_named_before_is_the_subsets():
    body = (
        "FDI firms in Binh Duong earned 9 billion USD in revenue in the first half of 2016. Their "
        "exports also brought in more than 7 billion USD, up 12 percent year on year."
    )
    got = facts(body, date(2016, 7, 10))
    assert values(got, "exports_period") == set()
    assert values(got, "exports_period_yoy_pct") == set()
    body = (
        "The provincial department estimated FDI businesses' total revenues in Binh Duong at 9 "
        "billion USD in the first half of 2016 and their export turnover at 7 billion USD."
    )
    assert values(facts(body, date(2016, 7, 10)), "exports_period") == set()
    # the province's own exporters stay the province's
    body = (
        "Binh Duong shipped goods worth 20 billion USD abroad in the first half of 2016, and "
        "their value rose 8 percent."
    )
    assert values(facts(body, date(2016, 7, 10)), "exports_period") == {20e9}


def test_a_decimal_mark_written_as_a_group_separator_is_read_when_the_groups_are_implausible():
    body = (
        "Budget revenue in Binh Duong reached 6,812 billion VND in October, bringing the total for "
        "ten months to 55,610,257 billion VND, 102.7% of the estimate."
    )
    got = facts(body, date(2022, 11, 5))
    assert 55_610.257e9 in values(got, "budget_revenue_period")
    assert all(v < 2e15 for v in values(got, "budget_revenue_period"))
    # a sum as large as a nation's stays a nation's size, not the province's, and a plausible
    # grouped number keeps its groups
    body = "Binh Duong collected 1,234,500 million VND of budget revenue in the first quarter."
    assert values(facts(body, date(2022, 4, 5)), "budget_revenue_period") == {1_234_500e6}


def test_parks_and_land_yet_to_come_are_no_figure():
    for told, lang in (
        ("Under the IP development planning for 2024, Binh Duong is to have 35 IPs covering "
         "11,700 hectares.", "en"),
        ("KCN Mỹ Phước của Bình Dương hiện rộng 2.000 ha và dự kiến được nới thêm 300 ha ở phía "
         "Bắc.", "vi"),
    ):  # fmt: skip
        got = facts(told, date(2024, 5, 2), lang)
        assert values(got, "industrial_parks_area_ha") == set(), told
        assert values(got, "industrial_parks_total") == set(), told
    # a request to the Government is a plan too (the words, as the catalogue holds them)
    target = CATALOGUE.words["target"]
    assert target.search("the province has asked the government to let it add 300 hectares")
    assert not target.search("investors asked about the 300 hectares it has leased")


def test_how_many_more_than_a_year_ago_and_the_cuts_are_no_counts_of_added_projects():
    body = (
        "6 tháng đầu năm 2017, Bình Dương có 50 dự án FDI điều chỉnh tăng vốn với 300 triệu USD. "
        "Đặt cạnh cùng kỳ năm trước, số dự án điều chỉnh tăng vốn nhiều hơn 13 dự án."
    )
    got = facts(body, date(2017, 7, 5), "vi")
    assert values(got, "fdi_adjusted_projects_period") == {50}
    body = (
        "5 tháng đầu năm 2024, Bình Dương có 9 lượt dự án FDI điều chỉnh tăng vốn, bổ sung 97,5 "
        "triệu USD, trong khi 2 lượt điều chỉnh giảm vốn."
    )
    got = facts(body, date(2024, 6, 5), "vi")
    assert values(got, "fdi_adjusted_projects_period") == {9}


def test_the_full_parks_are_a_part_of_all_the_parks():
    body = (
        "Bình Dương có 31 khu công nghiệp; 9 khu công nghiệp đã lấp đầy 100% là Sóng Thần, Đồng An "
        "và VSIP I."
    )
    assert values(facts(body, date(2024, 5, 2), "vi"), "industrial_parks_total") == {31}
    # the share of the land let is no count of some parks
    body = "Bình Dương hiện có 31 khu công nghiệp lớn, diện tích đã được lấp đầy khoảng 90%."
    assert values(facts(body, date(2024, 5, 2), "vi"), "industrial_parks_total") == {31}


def test_a_ratio_whose_year_ago_base_opens_the_clause_is_a_change():
    body = (
        "9 tháng đầu năm 2020, Bình Dương cấp phép cho 20 dự án FDI với tổng vốn 300 triệu USD. "
        "So với cùng kỳ, kết quả này bằng 80% về số dự án và bằng 65% về vốn đăng ký."
    )
    got = facts(body, date(2020, 10, 5), "vi")
    assert values(got, "fdi_capital_period_yoy_pct") == {-35}
    # a ratio to the plan keeps its own reading
    body = (
        "Bình Dương thu hút 300 triệu USD vốn FDI. So với cùng kỳ, vốn đăng ký bằng 65% kế hoạch."
    )
    assert values(facts(body, date(2020, 10, 5), "vi"), "fdi_capital_period_yoy_pct") == set()


def test_the_rate_of_the_product_that_rose_most_is_the_products():
    body = (
        "Trong 2 tháng đầu năm 2023, Bình Dương xuất khẩu đạt 4,1 tỷ USD, tăng 6%. Trong 2 tháng "
        "đầu năm, thép và phôi thép là mặt hàng có kim ngạch xuất khẩu tăng mạnh nhất, ở mức 41,5%."
    )
    got = facts(body, date(2023, 3, 5), "vi")
    assert values(got, "exports_period_yoy_pct") == {6}
