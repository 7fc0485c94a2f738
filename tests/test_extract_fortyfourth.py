"""Rules added in the forty-fourth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def _values(got: set, metric: str | None = "fdi_capital_period") -> set[float]:
    """The values read for one metric (by default, the foreign capital of the period; None: for
    every metric)."""
    return values(got, metric)


def test_the_average_size_of_a_project_is_no_capital_figure():
    body = (
        "Binh Duong drew 900 million USD of FDI in the first quarter of 2022. "
        "In the quarter the average project size came to 14 million USD, up from 9 million USD in "
        "the first quarter of 2021."
    )
    got = facts(body, date(2022, 4, 10))
    assert 900e6 in _values(got)
    assert not {14e6, 9e6} & _values(got, None)
    body = (
        "By the end of April 2018 Binh Duong hosted 3,600 FDI projects with US$32 billion of "
        "registered capital. The average project carries US$8.9 million of investment capital."
    )
    got = facts(body, date(2018, 5, 3))
    assert 32e9 in _values(got, "fdi_capital_total")
    assert 8.9e6 not in _values(got, None)


def test_a_monthly_average_told_with_its_own_verb_is_no_period_sum():
    body = (
        "Chín tháng đầu năm 2023, Bình Dương xuất siêu 4,2 tỷ USD; tính bình quân mỗi tháng "
        "xuất siêu 466 triệu USD."
    )
    got = facts(body, date(2023, 10, 2), "vi")
    assert 4.2e9 in _values(got, "trade_surplus_period")
    assert 466e6 not in _values(got, None)


def test_the_nation_named_before_a_comma_and_an_investor_country_is_still_the_nation():
    body = (
        "Binh Duong received 1.1 billion USD of FDI in the first half of 2023.\n\n"
        "Of the 80 economies that put money into Vietnam over the six months, Japan ranked first "
        "with 4.3 billion USD and Singapore second with 3.9 billion USD."
    )
    got = facts(body, date(2023, 7, 2))
    assert _values(got) == {1.1e9}
    body = (
        "Binh Duong, home of the Vietnam - Singapore Industrial Park, drew 1.3 billion USD of FDI "
        "in 2017."
    )
    assert 1.3e9 in _values(facts(body, date(2018, 1, 5)), None)


def test_the_domestically_invested_sectors_part_of_a_split_is_no_foreign_capital():
    body = (
        "Binh Duong shipped 16 billion USD of goods abroad in the first half of 2019. Foreign-"
        "invested firms earned 13 billion USD of it, and the domestically invested sector 3 "
        "billion USD."
    )
    got = facts(body, date(2019, 7, 1))
    assert 16e9 in _values(got, "exports_period")
    assert 3e9 not in _values(got, None)


def test_a_conversion_in_brackets_after_a_qualifier_restates_the_sum_before_it():
    body = (
        "Since January 2024 Binh Duong has approved 41 projects of domestic enterprises with a "
        "combined registered capital of 30,000 billion VND (approximately 1.2 billion USD)."
    )
    got = facts(body, date(2024, 6, 1))
    assert 30e12 in _values(got, "domestic_capital_period")
    assert 1.2e9 not in _values(got, None)


def test_a_clause_whose_subject_is_domestic_investment_counts_domestic_projects():
    body = (
        "Trong 10 tháng năm 2024, Bình Dương thu hút 205 dự án đầu tư. Trong đó, các nhà đầu tư "
        "trong nước có 188 dự án với tổng vốn đăng ký 52.000 tỷ đồng; khối FDI có 17 dự án."
    )
    got = facts(body, date(2024, 11, 2), "vi")
    assert 188 not in _values(got, None)
    body = (
        "Tính đến nay, Bình Dương có 4.300 dự án còn hiệu lực. Nhà đầu tư ngoại nắm 1.900 dự án, "
        "còn khối đầu tư trong nước gồm 2.400 dự án."
    )
    assert 2400 not in _values(facts(body, date(2024, 11, 2), "vi"), None)


def test_a_count_of_foreign_projects_after_a_domestic_one_in_the_same_clause_stays_foreign():
    body = (
        "Năm 2023 Bình Dương có thêm 90 dự án đầu tư mới, gồm 52 dự án trong nước và 38 dự án "
        "nước ngoài."
    )
    assert 38 in _values(facts(body, date(2024, 1, 5), "vi"), "fdi_new_projects_period")


def test_local_and_overseas_investors_split_the_projects_by_origin():
    body = (
        "Binh Duong now counts 2,100 valid projects. Overseas investors run 700 projects with "
        "total capital of $9 billion, while local investors account for 1,400 projects worth "
        "nearly $6 billion."
    )
    got = facts(body, date(2021, 6, 23))
    assert _values(got, "fdi_projects_total") == {700}
    assert 6e9 not in _values(got, None)
    body = (
        "À ce jour, Binh Duong totalise 2.000 projets. Les 1.300 projets d'entreprises "
        "nationales pèsent 90.000 milliards de dôngs, et les investisseurs étrangers ont injecté "
        "9 milliards de dollars dans les 700 autres."
    )
    assert 1300 not in _values(facts(body, date(2017, 6, 1), "fr"), None)


def test_the_domestic_part_of_a_total_to_date_split_next_is_no_flow_of_the_period():
    body = (
        "Lũy kế đến hết tháng 9/2023, Bình Dương có 5.100 dự án đầu tư còn hiệu lực, thu hút 40 "
        "tỷ USD vốn FDI. Trong đó, khối trong nước gồm 1.600 dự án với tổng vốn đăng ký 95.000 "
        "tỷ đồng; khối FDI có 3.500 dự án."
    )
    got = facts(body, date(2023, 10, 5), "vi")
    assert 40e9 in _values(got, "fdi_capital_total")
    assert 95e12 not in _values(got, None)
    body = (
        "Trong 9 tháng năm 2023, Bình Dương thu hút 300 dự án đầu tư. Trong đó, khối trong nước "
        "gồm 260 dự án với tổng vốn đăng ký 45.000 tỷ đồng; khối FDI có 40 dự án."
    )
    assert 45e12 in _values(facts(body, date(2023, 10, 5), "vi"), "domestic_capital_period")


def test_projects_whose_certificates_were_withdrawn_are_no_new_projects():
    body = (
        "Binh Duong drew 2.3 billion USD of FDI in the first ten months of 2016. The province "
        "also withdrew the investment licences of 14 projects over the same months."
    )
    got = facts(body, date(2016, 11, 2))
    assert 2.3e9 in _values(got)
    assert 14 not in _values(got, None)


def test_projects_that_entered_operation_are_no_new_licences():
    body = (
        "Binh Duong a attiré 1,4 milliard de dollars d'IDE au premier semestre 2023. Depuis "
        "janvier, 22 nouveaux projets y sont entrés en production."
    )
    got = facts(body, date(2023, 7, 1), "fr")
    assert 1.4e9 in _values(got)
    assert 22 not in _values(got, None)


def test_certificates_handed_at_a_conference_are_that_events_figures():
    body = (
        "Năm 2024, Bình Dương thu hút 3,4 tỷ USD vốn FDI. Tại hội nghị, Chủ tịch UBND tỉnh "
        "đã trao giấy chứng nhận đăng ký đầu tư cho 6 doanh nghiệp FDI."
    )
    got = facts(body, date(2025, 1, 20), "vi")
    assert 3.4e9 in _values(got)
    assert 6 not in _values(got, None)
    body = "Trong 9 tháng năm 2024, Bình Dương đã trao giấy chứng nhận đầu tư cho 70 dự án FDI mới."
    assert 70 in _values(facts(body, date(2024, 10, 2), "vi"), "fdi_new_projects_period")


def test_domestic_investment_told_in_dollars_beside_fdi_is_no_foreign_capital():
    body = (
        "In 2024 Binh Duong drew about $1.9 billion of FDI, along with nearly $7 billion of "
        "domestic investment."
    )
    got = facts(body, date(2025, 1, 8))
    assert _values(got) == {1.9e9}
    body = (
        "En 2024, Binh Duong a attiré 1,9 milliard de dollars d'IDE, ainsi que près de 7 "
        "milliards de dollars d'investissements domestiques."
    )
    assert _values(facts(body, date(2025, 1, 8), "fr")) == {1.9e9}


def test_the_trade_or_sales_of_firms_are_no_investment():
    body = (
        "Binh Duong exported goods worth 9 billion USD in the first quarter of 2022. Sales abroad "
        "by domestic firms rose 6 percent to 2.1 billion USD, and those by foreign-invested ones "
        "3 percent to 6.9 billion USD."
    )
    got = facts(body, date(2022, 4, 5))
    assert 9e9 in _values(got, "exports_period")
    assert 6.9e9 not in _values(got, None)
    body = (
        "Binh Duong hosts 410 FDI projects. Most of them make a profit; in the first half of "
        "2010 their turnover is put at 95 million USD."
    )
    assert 95e6 not in _values(facts(body, date(2010, 7, 5)), None)


def test_a_when_clause_about_the_year_compared_with_holds_that_years_values():
    body = (
        "In 2018 Binh Duong licensed 12 FDI projects worth 240 million USD, three times as much "
        "as in 2017, when foreign investors put only 80 million USD into the province."
    )
    got = facts(body, date(2019, 1, 10))
    assert 240e6 in _values(got, "fdi_new_capital_period")
    assert 80e6 not in _values(got, None)


def test_a_named_project_sized_after_the_is_one_projects_money():
    body = (
        "Binh Duong drew 400 million USD of FDI in 2009. Work also began on the US$90 million Lac "
        "Son golf complex."
    )
    got = facts(body, date(2009, 12, 20))
    assert _values(got) == {400e6}


def test_a_sectors_name_with_its_abbreviation_in_brackets_still_opens_the_sentence():
    body = (
        "Tính từ đầu năm đến nay, các doanh nghiệp có vốn đầu tư nước ngoài (FDI) đã xuất khẩu "
        "14,2 tỷ USD."
    )
    got = facts(body, date(2019, 12, 2), "vi", title="Bình Dương: xuất khẩu 11 tháng")
    assert 14.2e9 not in _values(got, None)
    body = "Trong 11 tháng năm 2019, kim ngạch xuất khẩu của Bình Dương đạt 24,5 tỷ USD."
    assert 24.5e9 in _values(facts(body, date(2019, 12, 2), "vi"), "exports_period")


def test_a_sector_opens_the_sentence_even_after_the_number_of_its_period():
    body = (
        "In the first 10 months of 2021, FDI enterprises posted export value of over USD 19,300 "
        "million."
    )
    got = facts(body, date(2021, 11, 3), title="Binh Duong exports in ten months")
    assert 19.3e9 not in _values(got, None)
    body = "4 tháng đầu năm 2014, hàng dệt may xuất khẩu của Bình Dương đạt 410 triệu USD."
    assert 410e6 not in _values(facts(body, date(2014, 5, 10), "vi"), None)


def test_a_change_against_the_quarter_or_month_before_is_no_year_on_year_rate():
    body = (
        "Au troisième trimestre 2022, l'indice de la production industrielle de Binh Duong a "
        "progressé de 4,1% par rapport au trimestre précédent et de 8,8% sur un an."
    )
    assert _values(facts(body, date(2022, 10, 5), "fr"), "iip_growth_pct") == {8.8}
    body = (
        "En mars 2022, l'indice de production industrielle de Binh Duong a bondi de 38% comparé "
        "à février, et de 9% sur un an."
    )
    assert _values(facts(body, date(2022, 4, 2), "fr"), "iip_growth_pct") == {9.0}


def test_foreign_projects_told_with_the_capital_they_registered_in_a_period_are_new_ones():
    body = (
        "Kết quả 6 tháng đầu năm 2021 của Bình Dương: có 41 dự án đầu tư nước ngoài, vốn đăng ký "
        "612 triệu USD."
    )
    got = facts(body, date(2021, 7, 2), "vi")
    assert (
        "fdi_new_projects_period", None, 41.0, "2021-01-01", "2021-06-30"
    ) in got  # fmt: skip
    assert 612e6 in _values(got, "fdi_new_capital_period")
    body = (
        "Kết quả 9 tháng đầu năm 2021 của Bình Dương: số vốn đăng ký 505 triệu USD đến từ 38 dự "
        "án đầu tư nước ngoài."
    )
    assert 38 in _values(facts(body, date(2021, 10, 2), "vi"), "fdi_new_projects_period")


def test_foreign_projects_adding_capital_in_a_period_are_no_new_ones():
    body = (
        "Trong tháng 8/2022, Bình Dương có 3 dự án trong nước được cấp mới; ngoài ra 9 dự án FDI "
        "được điều chỉnh, vốn đăng ký bổ sung thêm 41 triệu USD."
    )
    got = facts(body, date(2022, 8, 31), "vi")
    assert 9 not in _values(got, "fdi_new_projects_period")


def test_the_state_budget_abbreviated_is_the_budget():
    body = (
        "Ở lĩnh vực tài chính, số thu NSNN của Bình Dương 6 tháng đầu năm 2023 đạt 31.500 tỷ đồng."
    )
    got = facts(body, date(2023, 7, 2), "vi")
    assert 31.5e12 in _values(got, "budget_revenue_period")


def test_an_on_the_x_side_heading_is_no_subject_of_the_sentence():
    body = (
        "Tourist arrivals in Binh Duong climbed 20% in the first quarter of 2024 and tourism "
        "revenue 31%.\n\nOn the revenue side, state budget collection in March was estimated at "
        "5,100 billion VND, up 6% on the same month a year earlier, which took total budget "
        "collection for the first three months of the year to 16,200 billion VND."
    )
    assert 16.2e12 in _values(facts(body, date(2024, 4, 2)), "budget_revenue_period")


def test_one_parks_area_is_no_area_of_the_provinces_parks():
    body = "Bình Dương có 29 KCN. KCN Bàu Bàng rộng 2.200 hecta đã lấp đầy 90% diện tích."
    got = facts(body, date(2022, 1, 19), "vi")
    assert 2200 not in _values(got, "industrial_parks_area_ha")
    body = "Binh Duong a aménagé la zone industrielle de Bau Bang, qui s'étend sur 2.200 ha."
    assert not _values(facts(body, date(2020, 2, 1), "fr"), "industrial_parks_area_ha")


def test_the_area_of_several_parks_named_together_is_still_read():
    body = (
        "Bình Dương có 2 khu công nghiệp mới, gồm Khu công nghiệp Cây Trường và Khu công nghiệp "
        "Lai Hưng, với tổng diện tích 1.300 ha."
    )
    got = facts(body, date(2023, 5, 2), "vi")
    assert 1300 in _values(got, "industrial_parks_area_ha")
