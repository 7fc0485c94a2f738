"""Rules added in the thirty-sixth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def test_the_months_left_before_the_years_end_do_not_date_an_undated_report():
    from etl.extract.address_date import AddressDate
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong: 1,9 milliard de dollars d'IDE en dix mois",
        "Binh Duong a attiré 1,9 milliard de dollars d'IDE sur les dix premiers mois de l'année.",
        "D'ici la fin de l'année, soit en novembre et décembre, la province pourrait encore "
        "recevoir quelque 300 millions de dollars.",
    ]
    found = estimate_publication(paragraphs, AddressDate(2024, 11))
    assert found is not None and found.year == 2024


def test_money_a_place_could_still_receive_is_a_forecast_not_a_figure():
    body = (
        "Binh Duong drew 1.9 billion USD of FDI in the first ten months. By the end of the "
        "year, the province could still receive another 300 million USD.\n\n"
        "Binh Duong a attiré 2,1 milliards de dollars d'IDE sur onze mois ; en décembre, la "
        "province pourrait encore accueillir 250 millions de dollars."
    )
    got = facts(body, date(2024, 11, 12), "en")
    assert ("fdi_capital_period", None, 1.9e9, "2024-01-01", "2024-10-31") in got
    assert not [f for f in got if f[2] in (300e6, 250e6)]


def test_a_month_of_last_year_compared_with_dates_an_undated_report_in_the_next_year():
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong : les exportations repartent",
        "Les exportations de Binh Duong ont atteint 6,1 milliards de dollars sur les cinq "
        "premiers mois de l'année.",
        "En mai, les prix ont progressé de 0,2% comparé à décembre 2018.",
    ]
    found = estimate_publication(paragraphs)
    assert found is not None and found.year == 2019


def test_a_day_of_long_ago_does_not_date_a_report_whose_figures_run_to_a_later_year():
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong fête ses vingt ans",
        "Le 20 décembre, Binh Duong a célébré les vingt ans de sa refondation, décidée pour "
        "le 1er janvier 1997.",
        "Sa croissance s'est établie à 12% par an entre 1997 et 2016.",
    ]
    assert estimate_publication(paragraphs) == date(2016, 12, 20)


def test_a_french_level_higher_by_a_percent_than_a_year_ago_is_a_yearly_change():
    body = (
        "Sur les cinq premiers mois, les exportations de Binh Duong ont atteint 6,1 milliards "
        "de dollars, un niveau supérieur de 4,2% à celui d'il y a un an."
    )
    got = facts(body, date(2019, 6, 5), "fr")
    assert ("exports_period_yoy_pct", None, 4.2, "2019-01-01", "2019-05-31") in got


def test_on_the_trade_front_is_no_plan_and_consumer_prices_no_production_index():
    body = (
        "Binh Duong : la production industrielle repart\n\n"
        "Sur les cinq premiers mois, Binh Duong a exporté pour 6,1 milliards de dollars et "
        "importé pour 4,9 milliards de dollars. La province dégage ainsi, sur le plan "
        "commercial, un excédent de 1,2 milliard de dollars. Les prix à la consommation n'ont "
        "progressé que de 0,3% en mai."
    )
    title = "Binh Duong : la production industrielle repart"
    got = facts(body, date(2019, 6, 5), "fr", title=title)
    assert ("trade_surplus_period", None, 1.2e9, "2019-01-01", "2019-05-31") in got
    assert not [f for f in got if f[0] == "iip_growth_pct"]


def test_a_records_span_since_a_year_frames_no_figure_after_it():
    body = (
        "Trong quý 1/2025, GRDP của tỉnh Bình Dương tăng 7,2%, mức tăng chưa từng có ở cùng "
        "thời điểm kể từ năm 2019.\n\n"
        "Xuất khẩu của tỉnh Bình Dương đạt khoảng 8,1 tỷ USD, tăng 6,3%."
    )
    got = facts(body, date(2025, 4, 5), "vi")
    assert ("exports_period", None, 8.1e9, "2025-01-01", "2025-03-31") in got


def test_a_year_grown_faster_than_is_a_base_that_frames_nothing():
    body = (
        "Trong năm 2017, kinh tế tỉnh Bình Dương tăng trưởng 8,5%, nhanh hơn năm 2016. "
        "Xuất khẩu của tỉnh Bình Dương đạt 22 tỷ USD."
    )
    got = facts(body, date(2018, 1, 3), "vi")
    assert ("exports_period", None, 22e9, "2017-01-01", "2017-12-31") in got


def test_a_quarter_in_roman_numerals_with_its_year_is_that_quarter():
    body = "In Q II/2021, Binh Duong's exports came to US$7.2 billion."
    got = facts(body, date(2021, 7, 10), "en")
    assert ("exports_period", None, 7.2e9, "2021-04-01", "2021-06-30") in got


def test_what_retail_sales_reached_in_the_quarter_is_no_land_fund():
    body = (
        "Trong quý 1/2025, tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng của tỉnh Bình Dương "
        "trong quý đạt khoảng 95.000 tỷ đồng."
    )
    got = facts(body, date(2025, 4, 5), "vi")
    assert ("retail_sales_period", None, 95e12, "2025-01-01", "2025-03-31") in got


def test_a_count_in_words_makes_last_year_a_year_reported_with_figures():
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong to spend more on roads this year",
        "Binh Duong plans to invest 3 trillion VND in roads during 2019.",
        "Foreign firms in the province earned 2 billion USD in revenue in 2018.",
        "Last year, the province licensed nine new projects and let four others add capital.",
    ]
    found = estimate_publication(paragraphs)
    assert found is not None and found.year == 2019


def test_the_year_an_address_names_outweighs_a_founding_year_in_the_words():
    from etl.extract.address_date import AddressDate
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong approves a new park",
        "Its developer is a company that was set up in December 2020.",
        "During the first ten months of the year, Binh Duong drew $2.1 billion in FDI.",
    ]
    found = estimate_publication(paragraphs, AddressDate(2024, None))
    assert found is not None and found.year == 2024


def test_a_quarter_named_with_its_year_and_a_figure_is_over_when_the_page_is_written():
    from etl.extract.address_date import AddressDate
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Bình Dương: xuất khẩu quý I/2023 đạt 7 tỷ USD",
        "Trong quý I/2023, xuất khẩu của Bình Dương đạt 7 tỷ USD.",
        "Các đơn hàng đã lớn hơn so với tháng 1 và tháng 2 vừa qua.",
    ]
    found = estimate_publication(paragraphs, AddressDate(2023, 3))
    assert found is not None and found >= date(2023, 3, 31)


def test_the_fdi_blocs_new_and_added_capital_is_fdi_capital_but_its_exports_a_subset():
    body = (
        "Sáu tháng đầu năm 2019, cộng vốn cấp mới với vốn bổ sung của khối FDI, tỉnh Bình "
        "Dương thu về 610 triệu USD. Xuất khẩu của khối FDI tại Bình Dương đạt 9 tỷ USD."
    )
    got = facts(body, date(2019, 7, 5), "vi")
    assert ("fdi_capital_period", None, 610e6, "2019-01-01", "2019-06-30") in got
    assert not [f for f in got if f[2] == 9e9]


def test_the_domestic_blocs_licences_carry_domestic_capital():
    body = (
        "Sáu tháng đầu năm 2019, tại tỉnh Bình Dương, khối trong nước có 41 dự án được cấp "
        "mới, đăng ký 720 tỷ đồng."
    )
    got = facts(body, date(2019, 7, 5), "vi")
    assert ("domestic_capital_period", None, 720e9, "2019-01-01", "2019-06-30") in got


def test_a_foreign_count_equal_to_a_domestic_one_before_it_is_still_told():
    body = (
        "Sáu tháng đầu năm 2019, khối trong nước có 34 dự án được cấp mới. Ở khối FDI, tỉnh "
        "Bình Dương cấp mới 34 dự án FDI với 340,6 triệu USD vốn đăng ký."
    )
    got = facts(body, date(2019, 7, 5), "vi")
    assert ("fdi_new_projects_period", None, 34, "2019-01-01", "2019-06-30") in got


def test_a_lead_counted_to_a_day_cuts_the_headlines_half_year_short():
    body = (
        "Đến ngày 17/6/2019, Bình Dương đã cấp mới hoặc điều chỉnh tổng cộng 86 dự án đầu tư. "
        "Ở khối FDI, tỉnh cấp mới 34 dự án FDI với 340,6 triệu USD vốn đăng ký."
    )
    title = "Bình Dương nửa đầu năm: 86 dự án đầu tư được cấp mới và điều chỉnh"
    got = facts(body, date(2019, 6, 20), "vi", title=title)
    assert ("fdi_new_capital_period", None, 340.6e6, "2019-01-01", "2019-06-17") in got
    assert not [f for f in got if f[2] == 86]


def test_the_parts_of_a_sum_that_beat_the_years_plan_are_figures():
    body = (
        "Từ đầu năm tới ngày 15-5-2017, tổng vốn FDI tỉnh Bình Dương thu hút được là hơn 1,2 "
        "tỷ USD, tức đã vượt luôn chỉ tiêu đề ra cho cả năm, trong đó có 61 dự án được cấp "
        "phép mới và 29 dự án điều chỉnh tăng vốn."
    )
    got = facts(body, date(2017, 5, 20), "vi")
    assert ("fdi_new_projects_period", None, 61, "2017-01-01", "2017-05-15") in got
    assert ("fdi_adjusted_projects_period", None, 29, "2017-01-01", "2017-05-15") in got


def test_the_figure_compared_with_a_month_is_no_tonnage():
    body = (
        "Riêng tháng 7, xuất khẩu của Bình Dương đạt 2,1 tỷ USD; so với tháng 6 con số này "
        "cao hơn 3,7%, còn so với cùng kỳ năm trước thì giảm 1,4%."
    )
    got = facts(body, date(2024, 8, 5), "vi")
    assert ("exports_period_yoy_pct", None, -1.4, "2024-07-01", "2024-07-31") in got


def test_what_the_province_counts_after_a_half_years_growth_is_its_totals():
    body = (
        "In the first half of 2017 growth reached 8.8 percent. The province also counts over "
        "1,300 domestic investment projects, whose registered capital is over VND140,000 "
        "billion, as well as 3,000 FDI projects, capitalised at over US$28 billion."
    )
    got = facts(body, date(2017, 12, 11), "en", title="Binh Duong aims high")
    assert ("fdi_projects_total", None, 3000, None, "2017-12-11") in got
    assert ("fdi_capital_total", None, 28e9, None, "2017-12-11") in got
    assert not [f for f in got if f[0] == "domestic_capital_period"]


def test_a_minus_sign_before_a_rate_makes_it_a_fall():
    body = (
        "Quý 1/2024, GRDP của tỉnh Bình Dương giảm (-1,2%) so với cùng kỳ.\n\n"
        "Năm 2021, tỉnh Bình Dương có tốc độ tăng trưởng GRDP -2,5%."
    )
    got = facts(body, date(2024, 4, 8), "vi")
    assert ("grdp_growth_pct", None, -1.2, "2024-01-01", "2024-03-31") in got
    assert ("grdp_growth_pct", None, -2.5, "2021-01-01", "2021-12-31") in got


def test_a_period_set_beside_is_the_base_of_a_change_not_its_period():
    body = (
        "Trong quý I năm 2024, khi đặt cạnh quý I năm 2023, GRDP của tỉnh Bình Dương tăng "
        "3,2%. Riêng tháng 5/2024, đặt cạnh tháng 5/2023, xuất khẩu của tỉnh tăng 8,1%."
    )
    got = facts(body, date(2024, 6, 8), "vi")
    assert ("grdp_growth_pct", None, 3.2, "2024-01-01", "2024-03-31") in got
    assert ("exports_period_yoy_pct", None, 8.1, "2024-05-01", "2024-05-31") in got


def test_a_years_statistics_date_an_undated_french_review():
    body = (
        "D'après les statistiques socio-économiques de 2022 présentées fin décembre, le GRDP "
        "de Binh Duong a progressé de 8,1%."
    )
    got = facts(body, None, "fr", title="Binh Duong se hisse au 5e rang")
    assert ("grdp_growth_pct", None, 8.1, "2022-01-01", "2022-12-31") in got


def test_a_bond_by_a_percent_on_last_year_is_a_yearly_rise():
    body = (
        "Sur les 11 premiers mois, Binh Duong a drainé 2,5 milliards de dollars d'IDE, un bond "
        "de 40% par rapport à l'an passé."
    )
    got = facts(body, date(2022, 12, 5), "fr")
    assert ("fdi_capital_period_yoy_pct", None, 40, "2022-01-01", "2022-11-30") in got


def test_money_sent_home_from_abroad_is_no_export():
    body = (
        "In the first half, Binh Duong's exports came to nearly 14.6 billion USD. Remittances "
        "sent home to the province since the start of the year come to nearly 1.2 billion USD."
    )
    got = facts(body, date(2015, 6, 24), "en")
    assert ("exports_period", None, 14.6e9, "2015-01-01", "2015-06-30") in got
    assert not [f for f in got if f[2] == 1.2e9]


def test_the_whole_industrys_index_in_a_list_is_the_production_index():
    body = (
        "Những chỉ tiêu chính của tỉnh Bình Dương năm 2023:\n\n"
        "- Chỉ số IIP toàn ngành công nghiệp: + 6,1%\n\n"
        "- Chỉ số sản xuất ngành dệt may: + 3,1%"
    )
    got = facts(body, date(2024, 1, 4), "vi")
    assert ("iip_growth_pct", None, 6.1, "2023-01-01", "2023-12-31") in got
    assert not [f for f in got if f[2] == 3.1]


def test_the_projects_still_in_force_are_the_french_total_not_every_one_ever_licensed():
    body = (
        "Binh Duong comptait en février environ 4.200 projets d'IDE représentant près de 38 "
        "milliards de dollars, parmi lesquels 3.900 projets toujours en vigueur pour 36 "
        "milliards de dollars."
    )
    got = facts(body, date(2024, 2, 25), "fr")
    assert ("fdi_projects_total", None, 3900, None, "2024-02-25") in got
    assert not [f for f in got if f[2] in (4200, 38e9)]


def test_foreign_invested_ones_among_the_projects_just_counted_are_fdi_projects():
    body = (
        "The province counted 3,100 projects as of December 31, 2018. Among them were 1,900 "
        "foreign invested ones; the other 1,200 were domestic projects."
    )
    got = facts(body, date(2019, 4, 12), "en", title="Binh Duong council reviews investment")
    assert ("fdi_projects_total", None, 1900, None, "2018-12-31") in got


def test_what_the_provinces_industrial_park_took_in_is_the_parks_not_the_provinces():
    body = (
        "Riêng trong năm 2024, khu công nghiệp của tỉnh Bình Dương tiếp nhận 50 dự án FDI mới "
        "với 410 triệu USD vốn đăng ký."
    )
    got = facts(body, date(2025, 1, 5), "vi")
    assert not [f for f in got if f[2] in (50, 410e6)]


def test_the_economys_size_after_its_growth_is_no_fdi():
    body = (
        "Trong 6 tháng đầu năm 2025, GRDP tỉnh Bình Dương ước tăng 8,2%, quy mô đạt trên 9 tỷ "
        "USD. Quy mô nền kinh tế của tỉnh đứng thứ ba cả nước."
    )
    got = facts(body, date(2025, 8, 15), "vi", title="Bình Dương hút vốn FDI")
    assert ("grdp_growth_pct", None, 8.2, "2025-01-01", "2025-06-30") in got
    assert not [f for f in got if f[2] == 9e9]


def test_money_a_province_aims_at_is_a_target():
    body = (
        "Về ngân sách, tỉnh Bình Dương phấn đấu thu 70.000 tỷ đồng; về thu hút đầu tư, tỉnh "
        "nhắm 1,5 tỷ USD FDI cùng 60.000 tỷ đồng vốn trong nước."
    )
    got = facts(body, date(2022, 12, 31), "vi")
    assert not [f for f in got if f[2] in (1.5e9, 60e12)]


def test_two_way_trade_exports_plus_imports_is_no_import_figure():
    body = (
        "In 2018, Binh Duong's two-way trade (exports plus imports) totalled USD 50.1 billion, "
        "up 6.6%; exports on their own reached USD 27.9 billion, up 10.7%."
    )
    got = facts(body, date(2019, 1, 5), "en")
    assert ("exports_period", None, 27.9e9, "2018-01-01", "2018-12-31") in got
    assert not [f for f in got if f[2] == 50.1e9]


def test_the_parks_bloc_and_the_foreign_bloc_are_parts_of_the_exports():
    body = (
        "Xuất khẩu của tỉnh Bình Dương trong tháng 5 năm 2018 ước đạt 2.012,4 triệu USD. Khối "
        "có vốn đầu tư nước ngoài góp 1.661,5 triệu USD. Riêng xuất khẩu của khối KCN ước được "
        "4,7 triệu USD."
    )
    got = facts(body, date(2018, 6, 5), "vi")
    assert ("exports_period", None, 2012.4e6, "2018-05-01", "2018-05-31") in got
    assert not [f for f in got if f[2] in (1661.5e6, 4.7e6)]


def test_a_years_report_filed_early_the_next_year_is_dated_by_its_address():
    from etl.extract.address_date import AddressDate
    from etl.extract.dating import estimate_publication

    paragraphs = [
        "Binh Duong : 3 milliards de dollars d'IDE en 2024",
        "En 2024, Binh Duong a attiré 3 milliards de dollars d'IDE.",
        "Le 3 janvier, la province comptait 4.300 projets d'IDE.",
    ]
    found = estimate_publication(paragraphs, AddressDate(2025, 1))
    assert found is not None and found.year == 2025


def test_a_count_the_province_issued_certificates_to_after_a_so_far_total_is_the_periods():
    body = (
        "In the first quarter of 2021, Binh Duong's exports rose 10 percent. The province has so "
        "far licensed 2,058 domestic projects. On the foreign side, the province issued "
        "certificates to 11 FDI projects whose registered capital totals 315.2 million USD."
    )
    got = facts(body, date(2021, 3, 31), "en")
    assert ("fdi_new_projects_period", None, 11, "2021-01-01", "2021-03-31") in got
    assert ("fdi_new_capital_period", None, 315.2e6, "2021-01-01", "2021-03-31") in got
