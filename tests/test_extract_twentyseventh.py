"""Shapes of our own wording found in the twenty-seventh session."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

Q3_2022 = ("2022-01-01", "2022-09-30")


def test_the_growth_of_industrial_production_value_is_no_index_but_the_index_beside_it_is():
    for body, lang in (
        ("Kinh tế Bình Dương 9 tháng năm 2022.\n\n"
         "Chín tháng năm 2022, chỉ số sản xuất công nghiệp của Bình Dương tăng 8,6%, còn giá "
         "trị sản xuất công nghiệp tăng 12,3% so với cùng kỳ.", "vi"),
        ("Binh Duong economy after nine months.\n\n"
         "In the first nine months of 2022, Binh Duong's index of industrial production rose "
         "8.6 percent while its industrial production value grew 12.3 percent.", "en"),
    ):  # fmt: skip
        found = facts(body, date(2022, 10, 4), lang)
        assert found == {("iip_growth_pct", None, 8.6, *Q3_2022)}, body


def test_the_value_of_industrial_output_rising_alone_gives_no_figure():
    for body, lang in (
        ("Giá trị sản xuất công nghiệp Bình Dương 9 tháng năm 2022 tăng 12,3%.", "vi"),
        ("Binh Duong's industrial output value climbed 12.3 percent in the first nine months "
         "of 2022.", "en"),
    ):  # fmt: skip
        assert not facts(body, date(2022, 10, 4), lang), body


def test_a_record_since_a_year_told_at_length_dates_none_of_the_figures_after_it():
    body = (
        "Binh Duong posts solid first half.\n\n"
        "Binh Duong's GRDP grew 8.1% in the first half of 2023, the province's second-best "
        "showing for the first six months of a year since 2015, officials said.\n\n"
        "Exports reached 15.4 billion USD, and budget revenue came to 31.2 trillion VND."
    )
    found = facts(body, date(2023, 7, 20), "en")
    assert ("exports_period", None, 15.4e9, "2023-01-01", "2023-06-30") in found
    assert ("budget_revenue_period", None, 31.2e12, "2023-01-01", "2023-06-30") in found


def test_the_quarter_a_meeting_plans_for_is_not_the_quarter_it_reviews():
    body = (
        "Bình Dương: kinh tế quý I/2024 tăng trưởng 6%\n\n"
        "Trong quý đầu năm, kinh tế Bình Dương tăng trưởng 6% so với cùng kỳ năm 2023.\n\n"
        "Ngày 10/4, Tỉnh ủy họp để sơ kết nhiệm vụ quý I, đề ra chương trình công tác quý "
        "II/2024.\n\n"
        "Kim ngạch xuất khẩu đạt hơn 7,1 tỷ USD; thu ngân sách hơn 16.000 tỷ đồng."
    )
    found = facts(body, date(2024, 4, 11), "vi")
    assert ("exports_period", None, 7.1e9, "2024-01-01", "2024-03-31") in found
    assert ("budget_revenue_period", None, 16e12, "2024-01-01", "2024-03-31") in found


def test_a_level_of_the_previous_year_below_which_a_figure_stands_is_its_base():
    body = (
        "Binh Duong trade after nine months.\n\n"
        "In the first nine months of 2021, Binh Duong's exports came to 21.9 billion USD, 4.1% "
        "below the previous year's level.\n\n"
        "Imports cost the province 14.6 billion USD."
    )
    found = facts(body, date(2021, 10, 6), "en")
    assert ("imports_period", None, 14.6e9, "2021-01-01", "2021-09-30") in found


def test_the_exports_of_state_run_firms_are_a_part_of_the_provinces():
    body = (
        "Binh Duong exports.\n\n"
        "In the first half of 2022, state-run firms in Binh Duong shipped 0.4 billion USD worth "
        "of goods abroad, while the province's exports as a whole grew 9%."
    )
    found = facts(body, date(2022, 7, 4), "en")
    assert found == {("exports_period_yoy_pct", None, 9.0, "2022-01-01", "2022-06-30")}


def test_an_index_level_against_last_month_is_no_growth_but_the_rise_restated_is():
    body = (
        "Công nghiệp Bình Dương tháng 5/2023.\n\n"
        "Chỉ số sản xuất công nghiệp tháng 5/2023 của Bình Dương bằng 103,4% tháng 4; so với "
        "cùng kỳ năm trước, chỉ số tăng 6,2%."
    )
    found = facts(body, date(2023, 6, 2), "vi")
    assert found == {("iip_growth_pct", None, 6.2, "2023-05-01", "2023-05-31")}


def test_french_purchases_of_goods_are_imports_and_a_rise_over_the_month_before_is_no_yoy():
    body = (
        "Binh Duong : le commerce extérieur en avril 2023\n\n"
        "En avril 2023, Binh Duong a vendu à l'étranger pour 2.410 millions de dollars de "
        "marchandises, soit 5,2% de plus qu'en mars. Les achats de marchandises de la province "
        "ont atteint 1.630 millions de dollars en avril, en hausse de 3,1% d'un mois sur l'autre."
    )
    found = facts(body, date(2023, 5, 4), "fr")
    assert found == {
        ("exports_period", None, 2.41e9, "2023-04-01", "2023-04-30"),
        ("imports_period", None, 1.63e9, "2023-04-01", "2023-04-30"),
    }


def test_french_retail_trade_is_retail_sales_and_the_index_branches_are_parts():
    body = (
        "Binh Duong au premier trimestre 2023\n\n"
        "Au premier trimestre 2023, l'indice de la production industrielle de Binh Duong a "
        "augmenté de 5,1% sur un an : +5,6% pour le secteur manufacturier et +2,4% pour la "
        "production et la distribution d'électricité. Le commerce de détail a totalisé 70.500 "
        "milliards de dongs au premier trimestre."
    )
    found = facts(body, date(2023, 4, 3), "fr")
    q1 = ("2023-01-01", "2023-03-31")
    assert found == {
        ("iip_growth_pct", None, 5.1, *q1),
        ("retail_sales_period", None, 70.5e12, *q1),
    }


def test_new_licences_and_capital_increases_together_are_all_the_fdi_and_count_no_kind():
    for body, lang in (
        ("Binh Duong FDI after five months.\n\n"
         "In the first five months of 2024, new licences and capital increases for 57 projects "
         "brought Binh Duong 912 million USD of registered capital.", "en"),
        ("Binh Duong : l'IDE sur cinq mois\n\n"
         "Sur les cinq premiers mois de 2024, les nouvelles licences et les augmentations de "
         "capital accordées pour les 57 projets ont apporté 912 millions d'USD à Binh Duong.",
         "fr"),
    ):  # fmt: skip
        found = facts(body, date(2024, 6, 3), lang)
        assert found == {("fdi_capital_period", None, 9.12e8, "2024-01-01", "2024-05-31")}, body


def test_french_domestic_investment_is_domestic_capital():
    body = (
        "Binh Duong : l'investissement en 2023\n\n"
        "En 2023, du côté de l'investissement intérieur, les capitaux enregistrés à Binh Duong "
        "se sont élevés à plus de 61.200 milliards de dôngs."
    )
    found = facts(body, date(2024, 1, 5), "fr")
    assert ("domestic_capital_period", None, 61.2e12, "2023-01-01", "2023-12-31") in found


def test_fdi_projects_among_those_granted_investment_certificates_are_new_ones():
    body = (
        "Bình Dương: quý I có 9 dự án nhận chứng nhận đầu tư\n\n"
        "Trong quý I/2019, tỉnh Bình Dương đã cấp chứng nhận đầu tư cho 9 dự án có tổng vốn "
        "hơn 1.200 tỷ đồng. Trong số đó có 5 dự án FDI với số vốn đăng ký hơn 31 triệu USD."
    )
    found = facts(body, date(2019, 4, 2), "vi")
    q1 = ("2019-01-01", "2019-03-31")
    assert ("fdi_new_projects_period", None, 5, *q1) in found
    assert ("fdi_new_capital_period", None, 3.1e7, *q1) in found


def test_a_run_of_months_in_a_row_is_no_first_months_of_the_year():
    body = (
        "Bình Dương: xuất khẩu phục hồi\n\n"
        "Riêng tháng 10-2021, kim ngạch xuất khẩu của Bình Dương ước đạt 2,6 tỷ USD.\n\n"
        "Ngành gỗ đã gặp khó suốt 3 tháng liền (từ tháng 7 đến tháng 9-2021) vì dịch bệnh."
    )
    found = facts(body, None, "vi")
    assert found == {("exports_period", None, 2.6e9, "2021-10-01", "2021-10-31")}


def test_a_positive_trade_balance_is_a_surplus():
    body = (
        "Ngoại thương Bình Dương năm 2022\n\n"
        "Cán cân thương mại năm 2022 của Bình Dương dương 8,1 tỷ USD."
    )
    found = facts(body, date(2023, 1, 4), "vi")
    assert found == {("trade_surplus_period", None, 8.1e9, "2022-01-01", "2022-12-31")}


def test_how_much_a_figure_beats_a_named_years_level_is_no_level():
    body = (
        "Bình Dương xuất siêu năm 2022\n\n"
        "Năm 2022, dù gặp khó, Bình Dương vẫn giữ mức xuất siêu ổn định, đạt khoảng 8,1 tỷ "
        "USD, cao hơn mức của năm 2021 là 1,2 tỷ USD."
    )
    found = facts(body, date(2023, 1, 4), "vi")
    assert found == {("trade_surplus_period", None, 8.1e9, "2022-01-01", "2022-12-31")}


def test_lower_than_the_same_months_of_a_named_year_is_a_fall_on_a_year_earlier():
    body = (
        "Xuất khẩu Bình Dương 6 tháng năm 2023\n\n"
        "Sáu tháng năm 2023, xuất khẩu hàng hóa của tỉnh Bình Dương ước đạt 15,2 tỷ USD, thấp "
        "hơn 12,5% so với 6 tháng năm 2022."
    )
    found = facts(body, date(2023, 7, 5), "vi")
    assert ("exports_period_yoy_pct", None, -12.5, "2023-01-01", "2023-06-30") in found


def test_french_capital_joined_to_a_partners_projects_is_that_partners():
    body = (
        "Binh Duong et les investisseurs sud-coréens\n\n"
        "Côté investissement direct étranger, la province de Binh Duong accueille aujourd'hui "
        "412 projets financés par des capitaux sud-coréens, d'une valeur totale de plus de 5,1 "
        "milliards de dollars ; ces fonds pèsent 14% des capitaux étrangers."
    )
    found = facts(body, date(2023, 7, 10), "fr")
    assert ("fdi_capital_total", "South Korea", 5.1e9, None, "2023-07-10") in found


def test_projects_whose_capital_was_raised_are_added_capital():
    body = (
        "Binh Duong FDI in 2019.\n\n"
        "Binh Duong's FDI reached US$1.85 billion in 2019. This included 117 newly licensed "
        "projects with US$1.2 billion and 96 projects whose capital was raised by a total of "
        "US$650 million."
    )
    found = facts(body, date(2020, 1, 6), "en")
    year = ("2019-01-01", "2019-12-31")
    assert ("fdi_adjusted_projects_period", None, 96, *year) in found
    assert ("fdi_adjusted_capital_period", None, 6.5e8, *year) in found


def test_a_rise_of_zero_percent_is_read_as_no_change_not_a_crash():
    body = (
        "Binh Duong IIP.\n\n"
        "In the first half of 2023, Binh Duong's index of industrial production rose 0% on a "
        "year earlier."
    )
    found = facts(body, date(2023, 7, 5), "en")
    assert ("iip_growth_pct", None, 0.0, "2023-01-01", "2023-06-30") in found
