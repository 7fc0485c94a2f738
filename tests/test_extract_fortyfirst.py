"""Rules added in the forty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _exports(got: set) -> set[float]:
    return {f[2] for f in got if f[0] == "exports_period"}


def test_a_price_per_tonne_is_no_total_and_its_rise_no_change_of_exports():
    body = (
        "Xuất khẩu của Bình Dương quý 1/2025 tăng nhờ giá cà phê: trong tháng 3/2025, giá mua "
        "trong nước quanh 120.000 đồng/kg; còn giá xuất khẩu bình quân lên 5.600 USD/tấn, "
        "tăng hơn 60% so với một năm trước."
    )
    got = facts(body, date(2025, 4, 8), "vi", title="Xuất khẩu quý 1")
    assert not [f for f in got if f[0].startswith("exports")]
    body = (
        "Binh Duong's exports rose on coffee prices: in March 2025 the average export price "
        "climbed to 5,600 USD per tonne, over 60% higher than a year earlier."
    )
    got = facts(body, date(2025, 4, 8), "en", title="Binh Duong exports")
    assert not [f for f in got if f[0].startswith("exports")]


def test_a_scaled_number_of_pairs_or_products_is_no_money():
    body = (
        "Trong 5 tháng đầu năm 2024, Bình Dương xuất khẩu đạt 11,2 tỷ USD; riêng giày dép "
        "xuất khẩu đạt 95 triệu đôi và hàng may mặc 140 triệu sản phẩm."
    )
    got = facts(body, date(2024, 6, 3), "vi", title="Xuất khẩu 5 tháng")
    assert _exports(got) == {11200000000.0}


def test_a_bar_that_several_places_passed_is_no_figure():
    body = (
        "Cả nước có 7 địa phương có kim ngạch xuất khẩu vượt 20 tỷ USD trong 10 tháng năm "
        "2024, trong đó có Bình Dương."
    )
    assert _exports(facts(body, date(2024, 11, 8), "vi", title="Xuất khẩu 10 tháng")) == set()
    body = (
        "Binh Duong is among eleven provinces that shipped 5 billion USD or more in exports over "
        "the first ten months of 2024."
    )
    got = facts(body, date(2024, 11, 8), "en", title="Binh Duong exports in ten months")
    assert _exports(got) == set()


def test_how_much_one_place_beat_another_by_is_no_level():
    body = (
        "Tháng 3/2024, xuất khẩu của Bình Dương tăng mạnh, cao hơn Đồng Nai khoảng 450 triệu USD."
    )
    got = facts(body, date(2024, 4, 4), "vi", title="Xuất khẩu tháng 3")
    assert _exports(got) == set()


def test_a_months_level_after_it_beat_the_month_before_is_still_read():
    body = (
        "Xuất khẩu của Bình Dương trong tháng 3/2024 cao hơn tháng trước và đạt 2,9 tỷ USD, "
        "tăng 8% so với cùng kỳ."
    )
    got = facts(body, date(2024, 4, 4), "vi", title="Xuất khẩu tháng 3")
    assert ("exports_period", None, 2900000000.0, "2024-03-01", "2024-03-31") in got


def test_what_a_province_strives_for_or_set_is_no_actual_figure():
    cases = [
        (
            "Mục tiêu phấn đấu của Bình Dương là cả năm 2024 đạt kim ngạch xuất khẩu 36 tỷ USD.",
            "vi",
        ),
        ("Bình Dương quyết tâm đưa kim ngạch xuất khẩu cả năm 2024 lên 36 tỷ USD.", "vi"),
        (
            "Bình Dương chắc chắn vượt chỉ tiêu kim ngạch xuất khẩu năm 2024, được đặt ở mức 36 "
            "tỷ USD.",
            "vi",
        ),
        (
            "Binh Duong is working to earn 36 billion USD from exports over the whole of 2024.",
            "en",
        ),
        (
            "Binh Duong will need to earn 36 billion USD from exports in 2024 to keep its pace.",
            "en",
        ),
        (
            "Binh Duong s'efforce de porter ses exportations de 2024 à 36 milliards de dollars.",
            "fr",
        ),
        (
            "Les entreprises de Binh Duong visent 36 milliards de dollars d'exportations en 2024.",
            "fr",
        ),
    ]
    for body, lang in cases:
        got = facts(body, date(2024, 6, 28), lang, title="Binh Duong exports")
        assert _exports(got) == set(), body


def test_one_export_items_earnings_in_english_are_no_province_exports():
    for body in (
        "Over the first five months of 2024, Binh Duong's machinery and device exports reached "
        "610 million USD.",
        "In the first five months of 2024, Binh Duong's garments brought in 240 million USD.",
        "Binh Duong's steel shipments over the five months of 2024 were worth 88 million USD, "
        "the province's trade department said.",
    ):
        assert _exports(facts(body, date(2024, 6, 5), "en", title="Binh Duong exports")) == set()


def test_the_money_of_revoked_projects_told_after_them_is_no_inflow():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương thu hút 1,9 tỷ USD vốn FDI. Ngược lại, tỉnh đã thu "
        "hồi 21 dự án (nhiều hơn 6 dự án so với cùng kỳ), với tổng vốn đầu tư 118,6 triệu USD."
    )
    got = facts(body, date(2024, 10, 3), "vi", title="FDI 9 tháng")
    assert {f[2] for f in got if f[0].startswith("fdi_capital")} == {1900000000.0}


def test_how_many_of_a_count_of_people_came_from_abroad_is_no_money():
    body = (
        "Binh Duong licensed $310 million of foreign direct investment in 2025, a sum spread over "
        "90 new projects.\n\nTourism grew as well. Binh Duong welcomed 5.2 million visitors in "
        "the year, 0.8 million of whom came from abroad, and services supplied 30 per cent of "
        "the province's budget revenue."
    )
    got = facts(body, date(2026, 1, 10), "en", title="Binh Duong in 2025")
    assert not any(f[2] == 800000.0 for f in got)


def test_the_value_then_in_brackets_is_a_year_ago_value():
    body = (
        "Số liệu cho thấy, cộng cả vốn cấp mới lẫn vốn tăng thêm, trong 9 tháng đầu năm 2024 Bình "
        "Dương thu hút 1.520 triệu USD, tăng 8% so với cùng kỳ năm 2023 (khi đó là 1.407 triệu "
        "USD) và bằng 76% kế hoạch năm."
    )
    got = facts(body, date(2024, 10, 3), "vi", title="FDI 9 tháng")
    assert {f[2] for f in got if f[0] == "fdi_capital_period"} == {1520000000.0}


def test_a_sum_in_dong_converted_to_dollars_is_the_same_sum():
    body = (
        "Trong 9 tháng năm 2024, vốn đầu tư trong nước đăng ký mới và tăng thêm tại Bình Dương "
        "đạt gần 48.300 tỷ đồng, quy đổi khoảng 1,95 tỷ USD."
    )
    got = facts(body, date(2024, 10, 3), "vi", title="Đầu tư 9 tháng")
    assert not any(f[2] == 1950000000.0 for f in got)
    assert any(f[0] == "domestic_capital_period" and f[2] == 48300e9 for f in got)


def test_the_growth_of_grdp_per_head_or_by_economic_sector_is_not_the_provinces_growth():
    body = (
        "Năm 2024, GRDP Bình Dương tăng 7,4%. GRDP bình quân mỗi người dân ước đạt 5.528 USD "
        "(tăng 11,8%). Phần GRDP tính theo ngành kinh tế tăng 7,91%, còn thuế sản phẩm trừ trợ "
        "cấp sản phẩm tăng 2,19%."
    )
    got = facts(body, date(2025, 1, 5), "vi", title="GRDP năm 2024")
    assert {f[2] for f in got if f[0] == "grdp_growth_pct"} == {7.4}


def test_the_growth_of_a_branch_or_of_new_businesses_is_not_grdp_growth():
    lead = "Binh Duong's GRDP grew 6.9% in the first half of 2024.\n\n"
    cases = [
        (
            lead + "Vegetable output in Binh Duong rose 11.4% in the first half compared with the "
            "same period last year.",
            "en",
        ),
        (
            lead + "Over the same six months, 2,950 new companies were set up, a rise of 14.2 per "
            "cent year-on-year.",
            "en",
        ),
        (
            lead + "Services were the fastest-growing sector in the first half at 11.4 per cent, "
            "ahead of industry at 7.2 per cent.",
            "en",
        ),
        (
            "GRDP của Bình Dương 6 tháng đầu năm 2024 tăng 6,9%.\n\nTrong 6 tháng đầu năm 2024, "
            "khu vực này tăng 11,4% so với cùng kỳ năm trước và đóng góp 3,1 điểm % vào mức tăng "
            "GRDP.",
            "vi",
        ),
    ]
    for body, lang in cases:
        got = facts(body, date(2024, 7, 6), lang, title="Binh Duong GRDP")
        assert {f[2] for f in got if f[0] == "grdp_growth_pct"} == {6.9}, body


def test_registered_capital_in_a_budget_story_is_no_budget_revenue():
    body = (
        "Binh Duong collected 21.4 trillion VND of state budget revenue in the first four months "
        "of 2024.\n\nIn the four months, 1,640 enterprises were newly set up in the province, "
        "with registered capital of VND 18,250 billion."
    )
    got = facts(body, date(2024, 5, 6), "en", title="Binh Duong budget revenue in four months")
    assert {f[2] for f in got if f[0] == "budget_revenue_period"} == {21.4e12}
    body = (
        "Thu ngân sách của Bình Dương 4 tháng đầu năm 2024 đạt 21.400 tỷ đồng.\n\nTrong 4 tháng, "
        "tỉnh có 34 dự án được cấp mới hoặc điều chỉnh, tổng vốn đăng ký trên 13.700 tỷ đồng."
    )
    got = facts(body, date(2024, 5, 6), "vi", title="Thu ngân sách 4 tháng")
    assert {f[2] for f in got if f[0] == "budget_revenue_period"} == {21.4e12}


def test_what_the_budget_spent_or_the_banks_hold_is_no_budget_revenue():
    cases = [
        (
            "Binh Duong's state budget revenue reached 48.2 trillion VND in the first nine months "
            "of 2024. As of September 15, the provincial budget had spent 19.6 trillion VND, 7% "
            "more than a year earlier.",
            "en",
        ),
        (
            "Thu ngân sách của Bình Dương 8 tháng năm 2024 đạt 42.100 tỷ đồng. Gộp tám tháng năm "
            "2024, tổng chi là 17.362 tỷ đồng, tương đương 66,1% dự toán.",
            "vi",
        ),
        (
            "Thu ngân sách của Bình Dương 6 tháng năm 2024 đạt 33.500 tỷ đồng. Đến cuối tháng "
            "6/2024, tổng số dư huy động của hệ thống ngân hàng trên địa bàn tỉnh đạt khoảng "
            "398.390 tỷ đồng.",
            "vi",
        ),
        (
            "Les recettes budgétaires de Binh Duong ont atteint 48.200 milliards de dôngs sur neuf "
            "mois en 2024. L'enveloppe disponible pour l'investissement public s'élevait à 16.754 "
            "milliards de dôngs.",
            "fr",
        ),
    ]
    for body, lang in cases:
        got = facts(body, date(2024, 10, 2), lang, title="Binh Duong budget")
        assert len({f[2] for f in got if f[0] == "budget_revenue_period"}) == 1, body


def test_a_count_after_the_domestic_sector_is_named_is_no_fdi_count():
    body = (
        "Bình Dương hiện có 4.300 dự án FDI còn hiệu lực. Ở khu vực trong nước, tỉnh hiện có "
        "1.250 dự án đầu tư còn hiệu lực, tổng vốn đăng ký là 230.663 tỷ đồng."
    )
    got = facts(body, date(2024, 7, 1), "vi", title="Đầu tư vào Bình Dương")
    assert {f[2] for f in got if f[0] == "fdi_projects_total"} == {4300.0}


def test_what_local_investors_put_in_is_domestic_capital():
    body = (
        "In the first two months of 2024, foreign investors registered 310 million USD in Binh "
        "Duong, while local investors poured in 12.4 trillion VND."
    )
    got = facts(body, date(2024, 3, 4), "en", title="Binh Duong investment in two months")
    assert ("domestic_capital_period", None, 12.4e12, "2024-01-01", "2024-02-29") in got


def test_what_the_parks_alone_or_the_provinces_izs_host_is_a_parks_only_subset():
    body = (
        "Binh Duong has 4,300 FDI projects in all. Becamex's IPs in Binh Duong alone have drawn "
        "1,120 foreign-invested projects, and the province's 29 IZs host over 2,650 FDI projects."
    )
    got = facts(body, date(2024, 7, 1), "en", title="Binh Duong FDI")
    assert {f[2] for f in got if f[0] == "fdi_projects_total"} == {4300.0}


def test_a_change_against_the_month_before_named_with_its_year_or_set_beside_it_is_no_yearly_one():
    body = (
        "Binh Duong's exports in November 2025 came to about 3.2 billion USD, 12.46% higher than "
        "in October 2025."
    )
    got = facts(body, date(2025, 12, 5), "en", title="Binh Duong exports in November")
    assert not any(f[0] == "exports_period_yoy_pct" for f in got)
    body = (
        "Giá trị xuất khẩu của Bình Dương trong tháng 5/2025 ước đạt 3.135,2 triệu USD; đặt cạnh "
        "tháng 4, kết quả này giảm 2,4%, nhưng so với cùng kỳ vẫn tăng 11,5%."
    )
    got = facts(body, date(2025, 6, 5), "vi", title="Xuất khẩu tháng 5")
    assert {f[2] for f in got if f[0] == "exports_period_yoy_pct"} == {11.5}


def test_a_ratio_to_the_plan_abbreviated_or_to_a_scenario_is_no_change():
    body = (
        "Lũy kế 5 tháng năm 2025, xuất khẩu của Bình Dương thực hiện 14.032 triệu USD, bằng "
        "36,5% KH và tăng 14,6% so cùng kỳ. Giá trị xuất khẩu 9 tháng của Đồng Nai ước đạt 20 tỷ "
        "USD, mới bằng 72,4% kịch bản tăng trưởng cả năm."
    )
    got = facts(body, date(2025, 6, 5), "vi", title="Xuất khẩu 5 tháng")
    assert {f[2] for f in got if f[0] == "exports_period_yoy_pct"} == {14.6}


def test_the_month_a_rate_trails_is_its_own_base_not_the_next_rates():
    body = (
        "Hàng hóa xuất khẩu của Bình Dương trong tháng 5 năm 2025 ước đạt 3.012,4 triệu USD, nhích "
        "9,8% so với tháng 4 và tăng 19,6% so cùng kỳ."
    )
    got = facts(body, date(2025, 6, 5), "vi", title="Xuất khẩu tháng 5")
    assert {f[2] for f in got if f[0] == "exports_period_yoy_pct"} == {19.6}


def test_projects_joined_to_a_sum_in_dong_by_with_their_capital_are_of_every_kind():
    body = (
        "Bình Dương thu hút 1,2 tỷ USD vốn FDI trong năm 2024. Riêng năm 2024, tỉnh còn trao giấy "
        "chứng nhận đăng ký đầu tư mới cho 14 dự án, với tổng vốn 3.112,6 tỷ đồng."
    )
    got = facts(body, date(2025, 1, 8), "vi", title="Đầu tư năm 2024")
    assert not any(f[0] == "fdi_new_projects_period" for f in got)


def test_a_split_of_fdi_projects_in_dong_keeps_the_wholes_kind():
    body = (
        "Tính chung trên địa bàn tỉnh Bình Dương, số dự án FDI đã được cấp giấy chứng nhận đầu tư "
        "là 4.693 dự án, tổng vốn đầu tư 893.845,3 tỷ đồng. Trong đó, 4.156 dự án còn hiệu lực "
        "với tổng vốn 764.106,7 tỷ đồng."
    )
    got = facts(body, date(2024, 1, 20), "vi", title="FDI vào Bình Dương")
    assert any(f[0] == "fdi_projects_total" and f[2] == 4156.0 for f in got)


def test_in_a_story_led_by_domestic_investment_a_months_sum_in_dong_is_that_investment():
    body = (
        "Vốn đầu tư trong nước đăng ký vào Bình Dương 7 tháng năm 2024 đạt 31.000 tỷ đồng.\n\n"
        "Riêng tháng 7/2024, tỉnh ghi nhận 7 dự án đăng ký mới, tổng vốn đăng ký đạt hơn 3.000 "
        "tỷ đồng."
    )
    got = facts(body, date(2024, 8, 5), "vi", title="Vốn đầu tư trong nước 7 tháng")
    assert ("domestic_capital_period", None, 3e12, "2024-07-01", "2024-07-31") in got


def test_a_companys_total_told_after_a_semicolon_with_its_is_still_the_companys():
    body = (
        "Binh Duong has drawn 4,300 FDI projects with 41 billion USD. The company put in nearly "
        "60 million USD when it first came to Binh Duong and has grown every year since; its total "
        "investment capital now stands at nearly 230 million USD."
    )
    got = facts(body, date(2024, 7, 1), "en", title="Binh Duong FDI")
    assert {f[2] for f in got if f[0] == "fdi_capital_total"} == {41e9}


def test_rates_after_a_clause_opening_with_the_month_before_are_month_on_month():
    body = (
        "So với tháng trước, chỉ số sản xuất công nghiệp của Bình Dương tháng 11 năm 2024 tăng "
        "2,14%, cụ thể: ngành chế biến, chế tạo tăng 2,03%."
    )
    got = facts(body, date(2024, 12, 6), "vi", title="IIP tháng 11")
    assert not any(f[0] == "iip_growth_pct" for f in got)
    body = (
        "So với tháng 9, chỉ số sản xuất công nghiệp của Bình Dương tháng 10/2024 ước tính tăng "
        "3,13%, còn nếu đặt cạnh cùng kỳ năm trước thì tăng 9,22%."
    )
    got = facts(body, date(2024, 11, 6), "vi", title="IIP tháng 10")
    assert {f[2] for f in got if f[0] == "iip_growth_pct"} == {9.22}


def test_set_beside_the_same_month_a_year_earlier_a_rate_stays_yearly():
    body = (
        "Đặt cạnh tháng 7 năm 2023 thì bức tranh sáng hơn: IIP của Bình Dương tháng 7/2024 ước "
        "tăng 10,05%."
    )
    got = facts(body, date(2024, 8, 5), "vi", title="IIP tháng 7")
    assert ("iip_growth_pct", None, 10.05, "2024-07-01", "2024-07-31") in got


def test_the_labour_index_and_port_cargo_are_not_industrial_production():
    body = (
        "Chỉ số sản xuất công nghiệp của Bình Dương 5 tháng đầu năm 2024 tăng 6,2% so với cùng "
        "kỳ. Chỉ số sử dụng lao động của ngành công nghiệp 5 tháng giảm 3,17% so với cùng kỳ."
    )
    got = facts(body, date(2024, 6, 6), "vi", title="Công nghiệp 5 tháng")
    assert {f[2] for f in got if f[0] == "iip_growth_pct"} == {6.2}
    body = (
        "Binh Duong's index of industrial production rose 6.2% in the first ten months of 2024. "
        "Employment at industrial companies in the ten months was 1.9% lower than a year earlier."
    )
    got = facts(body, date(2024, 11, 6), "en", title="Binh Duong industry")
    assert {f[2] for f in got if f[0] == "iip_growth_pct"} == {6.2}


def test_land_sublet_rentable_or_occupied_by_projects_is_no_parks_area():
    body = (
        "Binh Duong's 29 industrial parks cover 12,700 hectares. In the first half of 2024, park "
        "developers sublet 61.6 ha of land and factories to tenants, and 2,400 ha of industrial "
        "park land is left that investors can rent. The FDI projects located in the parks "
        "occupy 6,296.7 hectares of land."
    )
    got = facts(body, date(2024, 7, 5), "en", title="Binh Duong industrial parks")
    assert {f[2] for f in got if f[0] == "industrial_parks_area_ha"} == {12700.0}


def test_firms_that_came_changed_came_back_or_left_in_a_period_are_no_total():
    cases = [
        (
            "Bình Dương hiện có 68.000 doanh nghiệp. Trong 9 tháng năm 2024, 1.641 doanh nghiệp "
            "trở lại hoạt động, còn 917 doanh nghiệp đăng ký thay đổi, bổ sung vốn.",
            "vi",
        ),
        (
            "Binh Duong now has 68,000 enterprises. Over the quarter, 2,433 enterprises entered "
            "the market, while 1,215 firms finished bankruptcy procedures.",
            "en",
        ),
        (
            "Binh Duong compte 68.000 entreprises. De janvier à avril, 2.783 entreprises ont vu le "
            "jour dans la province.",
            "fr",
        ),
    ]
    for body, lang in cases:
        got = facts(body, date(2024, 10, 5), lang, title="Binh Duong enterprises")
        assert {f[2] for f in got if f[0] == "enterprises_total"} == {68000.0}, body


def test_the_goods_part_of_retail_sales_and_services_is_no_total():
    body = (
        "Cộng dồn 2 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng "
        "của Bình Dương ước 46.275 tỷ đồng, trong đó bán lẻ hàng hóa ước 31.241 tỷ đồng."
    )
    got = facts(body, date(2024, 3, 5), "vi", title="Bán lẻ 2 tháng")
    assert {f[2] for f in got if f[0] == "retail_sales_period"} == {46275e9}
    body = (
        "Binh Duong's retail sales of goods and services reached VND 246.3 trillion in the first "
        "eleven months of 2024. Of this, retail sales of goods in the period reached VND162.7 "
        "trillion."
    )
    got = facts(body, date(2024, 12, 6), "en", title="Binh Duong retail")
    assert {f[2] for f in got if f[0] == "retail_sales_period"} == {246.3e12}


def test_some_parks_full_unfinished_or_open_are_no_count_of_the_provinces_parks():
    cases = [
        (
            "Binh Duong has 29 industrial parks, and three more industrial parks are still under "
            "construction.",
            "en",
        ),
        (
            "Binh Duong compte 29 zones industrielles, dont quatre ZI ouvertes aux investisseurs "
            "l'an dernier.",
            "fr",
        ),
    ]
    for body, lang in cases:
        got = facts(body, date(2024, 7, 5), lang, title="Binh Duong industrial parks")
        assert {f[2] for f in got if f[0] == "industrial_parks_total"} == {29.0}, body
