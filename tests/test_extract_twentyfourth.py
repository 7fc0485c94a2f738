"""Shapes of our own wording found in the twenty-fourth session: investment approvals counted
with their capital."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_projects_given_approval_bring_a_flow_not_a_total():
    body = (
        "Trong quý I năm 2025, tình hình kinh tế tỉnh Bình Dương tiếp tục khởi sắc.\n\n"
        "Về thu hút đầu tư, toàn tỉnh đã chấp thuận chủ trương cho 9 dự án đầu tư trong nước với "
        "tổng vốn 2.310 tỷ đồng."
    )
    found = facts(body, date(2025, 4, 3), "vi")
    assert ("domestic_capital_period", None, 2.31e12, "2025-01-01", "2025-03-31") in found


def test_a_whole_split_by_origin_after_a_colon_gives_new_foreign_and_domestic_parts():
    body = (
        "In 2021 licences went to 80 investment projects in Binh Duong, up 12% on 2020: 23 were "
        "FDI projects, registering US$410 million, and 57 were domestic projects, registering "
        "VND21,300.5 billion (US$920 million)."
    )
    found = facts(body, date(2022, 1, 20), "en")
    assert ("fdi_new_projects_period", None, 23, "2021-01-01", "2021-12-31") in found
    assert ("fdi_new_capital_period", None, 4.1e8, "2021-01-01", "2021-12-31") in found
    assert ("domestic_capital_period", None, 2.13005e13, "2021-01-01", "2021-12-31") in found
    assert not any(f[2] in (80, 9.2e8) for f in found)


def test_investor_countries_that_now_have_projects_make_the_ranking_after_them_totals():
    body = (
        "In 2021 Binh Duong licensed 95 new FDI projects worth US$410 million.\n\n"
        "Investors from 62 countries and territories now have projects in Binh Duong. Taiwan "
        "heads the list of investors (980 projects, US$6.3 billion)."
    )
    found = facts(body, date(2022, 1, 20), "en")
    assert ("fdi_projects_total", "Taiwan", 980, None, "2022-01-20") in found
    assert ("fdi_capital_total", "Taiwan", 6.3e9, None, "2022-01-20") in found


def test_the_domestic_sector_named_before_its_licences_is_domestic_investment():
    body = (
        "Trong 9 tháng năm 2024, tỉnh Bình Dương thu hút 1,2 tỷ USD vốn FDI. Ở khu vực trong "
        "nước, tỉnh cấp phép mới cho 41 dự án với tổng vốn đầu tư 9.870,5 tỷ đồng, gấp 1,8 lần "
        "cùng kỳ năm trước."
    )
    found = facts(body, date(2024, 10, 2), "vi")
    assert ("domestic_capital_period", None, 9.8705e12, "2024-01-01", "2024-09-30") in found
    assert not any(f[0] == "fdi_new_projects_period" for f in found)


def test_the_domestic_sector_of_exports_stays_a_subset():
    body = (
        "Trong 9 tháng năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương đạt 24,1 tỷ USD. Ở khu "
        "vực trong nước, xuất khẩu đạt 6,2 tỷ USD."
    )
    found = facts(body, date(2024, 10, 2), "vi")
    assert ("exports_period", None, 2.41e10, "2024-01-01", "2024-09-30") in found
    assert not any(f[2] == 6.2e9 for f in found)


def test_a_year_before_a_comma_and_con_so_nay_is_no_tonnage():
    body = (
        "Tính chung 7 tháng năm 2019, tỉnh Bình Dương xuất khẩu ước đạt 14.020 triệu USD; so với "
        "cùng kỳ năm 2018, con số này tăng 9,4%."
    )
    found = facts(body, date(2019, 7, 30), "vi")
    assert ("exports_period_yoy_pct", None, 9.4, "2019-01-01", "2019-07-31") in found


def test_a_month_that_contributed_is_no_sum_in_dong():
    body = (
        "Tính chung 7 tháng năm 2019, tỉnh Bình Dương xuất khẩu ước đạt 14.020 triệu USD. Trong "
        "tổng đó, riêng tháng 7 đóng góp 2.150 triệu USD, tăng 11,2% so với cùng kỳ."
    )
    found = facts(body, date(2019, 7, 30), "vi")
    assert ("exports_period", None, 2.15e9, "2019-07-01", "2019-07-31") in found
    assert not any(f[2] == 7 for f in found)


def test_a_change_against_a_named_month_before_the_same_period_one_is_month_on_month():
    body = (
        "Kim ngạch xuất khẩu của tỉnh Bình Dương trong tháng 5/2021 ước đạt 2.650 triệu USD. So "
        "với tháng 4/2021, con số này tăng 3,2%, còn so với cùng kỳ năm trước thì tăng 21,5%."
    )
    found = facts(body, date(2021, 5, 29), "vi")
    assert ("exports_period_yoy_pct", None, 21.5, "2021-05-01", "2021-05-31") in found
    assert not any(f[2] == 3.2 for f in found)


def test_cases_of_foreign_investors_buying_into_domestic_firms_are_contributions():
    body = (
        "Trong 2 tháng đầu năm 2023, tỉnh Bình Dương cấp mới cho 41 dự án FDI. Bên cạnh đó, có 212 "
        "trường hợp nhà đầu tư nước ngoài làm thủ tục góp vốn, mua cổ phần hoặc mua phần vốn góp "
        "của doanh nghiệp trong nước, với vốn góp đăng ký quy đổi tương đương 88,6 triệu USD."
    )
    found = facts(body, date(2023, 3, 2), "vi")
    period = ("2023-01-01", "2023-02-28")
    assert ("fdi_contribution_projects_period", None, 212, *period) in found
    assert ("fdi_contribution_capital_period", None, 8.86e7, *period) in found


def test_a_month_still_ahead_does_not_move_an_undated_article_to_a_later_year():
    body = (
        "Le 20 janvier, une délégation japonaise a rencontré les dirigeants de la province de "
        "Binh Duong pour promouvoir l'investissement en 2020. Binh Duong compte jusqu'à présent "
        "3.800 projets d'investissement étranger en activité. Un grand salon de l'investissement "
        "se tiendra en octobre prochain."
    )
    found = facts(body, None, "fr")
    totals = [f for f in found if f[0] == "fdi_projects_total" and f[2] == 3800]
    assert totals and all(f[4] is not None and f[4].startswith("2020-") for f in totals)


def test_the_province_in_an_authoritys_name_does_not_end_an_article_about_the_parks():
    title = "Binh Duong : l'investissement dans les parcs industriels ralentit au premier trimestre"
    body = (
        "Lors d'une réunion présidée par le président du Comité populaire provincial, le comité "
        "de gestion a indiqué que les PI avaient accueilli sur la période six nouveaux projets "
        "d'une valeur de 48,2 millions de dollars.\n\n"
        "Au 28 mars, les parcs industriels de Binh Duong abritaient 1.210 projets valides. Le taux "
        "d'occupation s'élevait à 88,6 % pour l'ensemble des 29 IP de la province."
    )
    found = facts(body, date(2023, 3, 30), "fr", title=title)
    assert not any(f[2] in (6, 4.82e7, 1210) for f in found)
    assert ("industrial_parks_total", None, 29, None, "2023-03-28") in found


def test_projects_already_set_up_are_the_ones_that_added_capital():
    body = (
        "Au premier semestre 2022, la province de Binh Duong a accueilli "
        "61 nouveaux projets d'IDE. "
        "Par ailleurs, 97 millions de dollars supplémentaires ont été injectés dans 23 projets "
        "déjà implantés dans la province."
    )
    found = facts(body, date(2022, 7, 2), "fr")
    assert ("fdi_adjusted_projects_period", None, 23, "2022-01-01", "2022-06-30") in found


def test_the_markets_that_follow_in_a_ranking_keep_their_changes_out():
    body = (
        "En huit mois de 2019, les exportations de Binh Duong ont atteint 16,9 milliards de "
        "dollars. Premier client de la province, le marché américain a absorbé 5,1 milliards de "
        "dollars. Le Japon et la Chine suivent avec 1,9 milliard de dollars et 1,6 milliard de "
        "dollars, en hausse respective de 8,3% et 7,7%."
    )
    found = facts(body, date(2019, 9, 3), "fr")
    assert ("exports_period", None, 1.69e10, "2019-01-01", "2019-08-31") in found
    assert not any(f[2] in (1.6e9, 8.3, 7.7) for f in found)


def test_a_trade_deficit_is_a_surplus_below_zero():
    body = (
        "Trong 9 tháng năm 2018, hàng hóa của Bình Dương xuất đi đạt 19,2 tỷ USD, còn nhập khẩu "
        "ước đạt 20,4 tỷ USD. Như vậy, cán cân thương mại của tỉnh thâm hụt 1,2 tỷ USD.\n\n"
        "Sang quý IV năm 2018, tỉnh nhập siêu thêm 150 triệu USD."
    )
    found = facts(body, date(2018, 10, 5), "vi")
    assert ("trade_surplus_period", None, -1.2e9, "2018-01-01", "2018-09-30") in found
    assert not any(f[0] == "trade_surplus_period" and f[2] > 0 for f in found)


def test_a_surplus_in_english_keeps_its_sign_and_a_deficit_after_it_loses_it():
    body = (
        "Binh Duong ran a trade surplus of 2.1 billion USD in the first half of 2019; in the "
        "first half of 2020 the province posted a trade deficit of 40 million USD."
    )
    found = facts(body, date(2020, 7, 5), "en")
    assert ("trade_surplus_period", None, 2.1e9, "2019-01-01", "2019-06-30") in found
    assert ("trade_surplus_period", None, -4e7, "2020-01-01", "2020-06-30") in found


def test_goods_sent_out_through_the_customs_posts_are_the_exports():
    body = (
        "Bình Dương 8 tháng năm 2019: ngoại thương khởi sắc\n\n"
        "Trong 8 tháng năm 2019, hàng hóa do doanh nghiệp Bình Dương xuất đi qua các cửa khẩu "
        "hải quan trên địa bàn có kim ngạch ước đạt 17,3 tỷ USD, tăng 6,2%. Ngoài ra, thu hải "
        "quan ước đạt 4.100 tỷ đồng."
    )
    found = facts(body, date(2019, 9, 3), "vi")
    assert ("exports_period", None, 1.73e10, "2019-01-01", "2019-08-31") in found
    assert ("exports_period_yoy_pct", None, 6.2, "2019-01-01", "2019-08-31") in found
    assert not any(f[2] == 4.1e12 for f in found)


def test_a_plans_deadline_does_not_date_an_undated_report():
    body = (
        "Binh Duong aims to become a modern industrial province by 2030, its leaders say.\n\n"
        "In the first nine months of 2023 the province granted licences to 90 new FDI projects. "
        "All told, 4,200 FDI projects are now registered in Binh Duong."
    )
    found = facts(body, None, "en")
    assert ("fdi_new_projects_period", None, 90, "2023-01-01", "2023-09-30") in found
    assert ("fdi_projects_total", None, 4200, None, "2023-09-30") in found


def test_a_year_exceeded_by_a_rate_is_the_base_not_the_period():
    body = (
        "Bình Dương vượt chỉ tiêu tăng trưởng\n\n"
        "Năm 2023, kinh tế tỉnh Bình Dương tiếp tục phục hồi.\n\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 310.200 tỷ đồng, vượt năm 2022 là "
        "12,4%."
    )
    found = facts(body, None, "vi")
    assert ("retail_sales_period", None, 3.102e14, "2023-01-01", "2023-12-31") in found
    assert not any(f[4] == "2022-12-31" for f in found)


def test_a_share_of_the_whole_countrys_total_leaves_the_province_its_figure():
    body = (
        "Trong quý I/2024, Bình Dương đứng thứ ba cả nước về thu hút vốn đầu tư nước ngoài.\n\n"
        "Quý I/2024, tỉnh Bình Dương thu hút vốn đầu tư nước ngoài đạt 520 triệu USD, tăng gấp 2 "
        "lần so với cùng kỳ và chiếm gần 8,4% tổng vốn đăng ký toàn quốc."
    )
    found = facts(body, date(2024, 4, 2), "vi")
    assert ("fdi_capital_period", None, 5.2e8, "2024-01-01", "2024-03-31") in found


def test_a_flow_summed_up_to_a_month_is_the_year_to_date():
    body = (
        "Bình Dương: kinh tế 5 tháng năm 2024\n\n"
        "Lũy kế đến hết tháng 5, tổng thu ngân sách nhà nước của tỉnh Bình Dương là 25.410 tỷ "
        "đồng.\n\n"
        "Lũy kế đến hết tháng 5/2024, tỉnh có 1.850 dự án đầu tư trong nước với tổng vốn đăng ký "
        "410.200 tỷ đồng."
    )
    found = facts(body, date(2024, 6, 3), "vi")
    assert ("budget_revenue_period", None, 2.541e13, "2024-01-01", "2024-05-31") in found
    assert not any(f[2] == 4.102e14 for f in found)


def test_sales_at_retailers_are_retail_sales():
    body = (
        "Over the first five months of 2019, sales at retailers and service providers in Binh "
        "Duong came to more than VND78 trillion, up 11% on a year earlier."
    )
    found = facts(body, date(2019, 6, 3), "en")
    assert ("retail_sales_period", None, 7.8e13, "2019-01-01", "2019-05-31") in found


def test_projects_summed_to_a_named_month_are_held_at_its_end():
    body = (
        "Trong 9 tháng năm 2014, Bình Dương thu hút 150 dự án mới. Cộng dồn đến tháng 9.2014, "
        "Bình Dương có 2.340 dự án đầu tư nước ngoài."
    )
    found = facts(body, date(2014, 10, 6), "vi")
    assert ("fdi_projects_total", None, 2340, None, "2014-09-30") in found


def test_projects_licensed_in_earlier_years_are_the_adjusted_ones():
    body = (
        "Tính đến 20/3/2024, tỉnh Bình Dương đã cấp mới cho 40 dự án FDI, tổng vốn đăng ký đạt "
        "310 triệu USD.\n\n"
        "Trong cùng khoảng thời gian, 33 lượt dự án đã có giấy phép từ những năm trước đăng ký "
        "điều chỉnh, nâng vốn đầu tư thêm 85 triệu USD."
    )
    found = facts(body, date(2024, 3, 25), "vi")
    assert ("fdi_adjusted_projects_period", None, 33, "2024-01-01", "2024-03-20") in found


def test_a_total_of_every_kind_split_by_origin_in_the_next_sentence_gives_the_fdi_total():
    body = (
        "In June 2021 Binh Duong licensed 12 new FDI projects worth 80 million USD.\n\n"
        "Binh Duong is now home to 4,410 valid projects. Among them, 3,980 foreign-invested "
        "projects are worth 36.2 billion USD."
    )
    found = facts(body, date(2021, 7, 2), "en")
    assert ("fdi_projects_total", None, 3980, None, "2021-07-02") in found
    assert not any(f[2] == 4410 for f in found)


def test_two_thousand_projects_are_a_count_not_a_year():
    from etl.extract.amounts import find_amounts

    found = find_amounts("Tỉnh hiện có gần 2 nghìn dự án và 2 nghìn tỷ đồng vốn.", "vi")
    assert [a.value for a in found] == [2000.0, 2e12]
    assert [a.value for a in find_amounts("Năm 2000 tỉnh có 50 dự án.", "vi")] == [50.0]


def test_foreign_invested_units_are_counted_as_projects():
    body = (
        "Tính đến hết tháng 11/2013, tỉnh Bình Dương có 2.120 đơn vị đầu tư trực tiếp nước ngoài "
        "còn hiệu lực."
    )
    found = facts(body, date(2013, 12, 5), "vi")
    assert ("fdi_projects_total", None, 2120, None, "2013-11-30") in found


def test_a_ratio_to_the_year_ago_sum_in_parentheses_is_its_change():
    body = (
        "Trong quý I năm 2024, về đầu tư nước ngoài, tỉnh Bình Dương thu hút được 210 triệu đô "
        "la Mỹ (bằng 42% so với cùng kỳ)."
    )
    found = facts(body, date(2024, 4, 2), "vi")
    assert ("fdi_capital_period_yoy_pct", None, -58, "2024-01-01", "2024-03-31") in found


def test_projects_adjusted_both_ways_bring_the_net_added_capital():
    body = (
        "Tính chung từ đầu năm đến ngày 20/6/2024, tỉnh Bình Dương cấp mới cho 60 dự án FDI "
        "với vốn đăng ký cấp mới đạt 400 triệu USD; có "
        "31 lượt dự án điều chỉnh tăng, giảm vốn với tổng vốn 140 triệu USD."
    )
    found = facts(body, date(2024, 6, 25), "vi")
    assert ("fdi_adjusted_capital_period", None, 1.4e8, "2024-01-01", "2024-06-20") in found


def test_the_province_after_another_province_is_that_one():
    body = (
        "Binh Duong attracted 1.2 billion USD of FDI in the first nine months of 2025.\n\n"
        "Dong Nai came second in the region. Exports of Dong Nai also rose 12 per cent. Of the "
        "180 new projects the province drew, 55 were FDI projects worth 640 million USD."
    )
    found = facts(body, date(2025, 10, 3), "en")
    assert ("fdi_capital_period", None, 1.2e9, "2025-01-01", "2025-09-30") in found
    assert not any(f[2] in (55, 6.4e8) for f in found)
