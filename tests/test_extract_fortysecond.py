"""Rules added in the forty-second session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def _values(got: set, metric: str = "exports_period_yoy_pct") -> set[float]:
    """The values read for one metric (by default, the exports' change)."""
    return values(got, metric)


def test_a_share_of_the_yearly_target_or_of_the_provinces_exports_is_no_change():
    body = (
        "Tính đến hết tháng 9/2023, kim ngạch xuất khẩu của Bình Dương đạt khoảng 24 tỷ USD, "
        "bằng 74,2% chỉ tiêu cả năm; so với cùng kỳ, con số này tăng 3,1%."
    )
    got = facts(body, date(2023, 10, 6), "vi", title="Xuất khẩu 9 tháng")
    assert _values(got) == {3.1}
    body = (
        "Năm 2023, các doanh nghiệp Hàn Quốc tại Bình Dương xuất khẩu được 2,1 tỷ USD, bằng "
        "6,8% kim ngạch xuất khẩu toàn tỉnh."
    )
    got = facts(body, date(2024, 2, 1), "vi", title="Doanh nghiệp Hàn Quốc")
    assert not _values(got)


def test_a_rate_against_a_month_named_in_english_is_month_on_month():
    body = (
        "Binh Duong's exports kept climbing in November 2025. Shipments for the month were "
        "worth about 2.9 billion USD, 4.6% more than in October 2025."
    )
    got = facts(body, date(2025, 12, 3), "en", title="Binh Duong exports")
    assert 4.6 not in _values(got)
    body = (
        "Binh Duong's exports kept climbing. Exports came to 2.9 billion USD in November, "
        "a rise of 4.6% on October of 2025."
    )
    got = facts(body, date(2025, 12, 3), "en", title="Binh Duong exports")
    assert 4.6 not in _values(got)


def test_the_exports_without_crude_oil_are_a_part():
    body = (
        "Binh Duong's export turnover in March came to 3.1 billion USD, up 6 percent "
        "year on year, while exports other than crude oil edged up 1.2 percent."
    )
    got = facts(body, date(2025, 4, 3), "en", title="Binh Duong exports")
    assert _values(got) == {6.0}
    body = (
        "Trong quý 1/2025, xuất khẩu của Bình Dương đạt 8,4 tỷ USD, tăng 9,5%. Không tính dầu "
        "thô, xuất khẩu tăng 7%, chậm hơn mức 8,1% cùng kỳ."
    )
    got = facts(body, date(2025, 4, 3), "vi", title="Xuất khẩu quý 1")
    assert _values(got) == {9.5}


def test_a_pair_of_rates_against_the_previous_month_respectively():
    body = (
        "For March, Binh Duong reported some 2.6 billion USD in exports and 1.8 billion USD in "
        "imports, up 3.4 percent and 2.2 percent respectively from the previous month."
    )
    got = facts(body, date(2025, 4, 3), "en", title="Binh Duong trade")
    assert not _values(got)
    assert {f[2] for f in got if f[0] == "exports_period"} == {2600000000.0}


def test_their_shipments_are_the_sentence_subjects_own():
    body = (
        "Binh Duong's exports rose 9 percent in the first half of 2025. Foreign-invested "
        "companies made up 70 percent of the total, and their shipments went up 11.5 percent."
    )
    got = facts(body, date(2025, 7, 4), "en", title="Binh Duong exports")
    assert _values(got) == {9.0}
    body = (
        "Binh Duong's exports rose 9 percent in the first half of 2025. Furniture, the "
        "province's biggest earner, also grew, with shipments climbing 13 percent."
    )
    got = facts(body, date(2025, 7, 4), "en", title="Binh Duong exports")
    assert _values(got) == {9.0}


def test_the_province_named_first_keeps_a_sum_told_with_its_parts():
    body = (
        "Binh Duong's trade grew fast in 2025. "
        "The province's trade revenue is expected to reach 60 billion USD, with "
        "exports reaching 35 billion USD and imports 25 billion USD."
    )
    got = facts(body, date(2025, 12, 20), "en", title="Binh Duong trade")
    assert {f[2] for f in got if f[0] == "exports_period"} == {35000000000.0}


def test_one_farm_or_sea_product_is_a_part_of_the_exports():
    body = (
        "Binh Duong's exports grew 12 percent in the ten months of 2025, while farm produce "
        "exports dropped 4.1 percent and aquatic product shipments gained 18 percent."
    )
    got = facts(body, date(2025, 11, 4), "en", title="Binh Duong exports")
    assert _values(got) == {12.0}


def test_a_product_named_before_the_word_exports_or_its_price_is_a_part():
    body = (
        "Trong 9 tháng năm 2025, xuất khẩu của Bình Dương tăng 11%; riêng lượng cà phê "
        "xuất khẩu tăng gần 40% và giá hồ tiêu xuất khẩu bình quân cao hơn 25% so với cùng kỳ."
    )
    got = facts(body, date(2025, 10, 6), "vi", title="Xuất khẩu 9 tháng")
    assert _values(got) == {11.0}


def test_exports_through_the_official_channel_are_a_part():
    body = (
        "Chín tháng năm 2025, tổng kim ngạch xuất khẩu của Bình Dương đạt 26 tỷ USD. Trong 9 "
        "tháng năm 2025, xuất khẩu chính ngạch của tỉnh đạt 25,2 tỷ USD, tăng 8,4% so với cùng kỳ."
    )
    got = facts(body, date(2025, 10, 6), "vi", title="Xuất khẩu 9 tháng")
    assert {f[2] for f in got if f[0] == "exports_period"} == {26000000000.0}
    assert not _values(got)


def test_projects_whose_licences_were_taken_back_are_no_count():
    body = (
        "Depuis le début de l'année, Binh Duong a attiré 1,2 milliard de dollars d'IDE. Par "
        "ailleurs, neuf projets, totalisant 64 millions de dollars, ont cette année vu leur "
        "licence révoquée."
    )
    got = facts(body, date(2025, 7, 4), "fr", title="IDE à Binh Duong")
    assert not _values(got, "fdi_projects_total")
    assert {f[2] for f in got if f[0].startswith("fdi_capital")} == {1200000000.0}
    body = (
        "Trong 6 tháng đầu năm 2025, Bình Dương thu hút 1,2 tỷ USD vốn FDI; cũng trong thời "
        "gian này, 12 dự án FDI có tổng vốn 40 triệu USD đã bị tỉnh rút giấy phép."
    )
    got = facts(body, date(2025, 7, 4), "vi", title="FDI 6 tháng")
    assert not _values(got, "fdi_projects_total")
    assert {f[2] for f in got if f[0].startswith("fdi_capital")} == {1200000000.0}
    title = "Binh Duong scraps 40 foreign projects that never broke ground"
    body = "Binh Duong drew 1.2 billion USD of FDI in 2025."
    got = facts(body, date(2025, 7, 4), "en", title=title)
    assert not _values(got, "fdi_projects_total")


def test_certificates_handed_over_at_an_occasion_are_no_period_count():
    body = (
        "Binh Duong drew 1.4 billion USD of FDI in the first quarter of 2025. On March 12, the "
        "province handed investment policy decisions and investment certificates to 6 FDI "
        "projects worth some 300 million USD."
    )
    got = facts(body, date(2025, 4, 2), "en", title="Binh Duong FDI")
    assert not [f for f in got if "projects" in f[0]]
    assert {f[2] for f in got if f[0].startswith("fdi_")} == {1400000000.0}
    body = (
        "Binh Duong a attiré 1,4 milliard de dollars d'IDE au premier trimestre 2025. Le 12 mars, "
        "la province a remis des certificats d'investissement à six projets, pour 300 millions "
        "de dollars."
    )
    got = facts(body, date(2025, 4, 2), "fr", title="IDE à Binh Duong")
    assert {f[2] for f in got if f[0].startswith("fdi_")} == {1400000000.0}


def test_certificates_handed_over_since_the_start_of_the_year_are_its_licensing():
    body = (
        "Since the beginning of the year, Binh Duong has handed investment registration "
        "certificates to 64 new FDI projects."
    )
    got = facts(body, date(2025, 5, 10), "en", title="Binh Duong FDI")
    assert {f[2] for f in got if f[0] == "fdi_new_projects_period"} == {64.0}


def test_the_capital_of_new_businesses_beside_their_number_is_no_fdi_change():
    body = (
        "Trong 6 tháng đầu năm 2025, Bình Dương thu hút 1,1 tỷ USD vốn FDI. Cũng trong 6 tháng, "
        "tỉnh có 3.100 doanh nghiệp thành lập mới với vốn đăng ký 40.000 tỷ đồng; so với cùng "
        "kỳ, số doanh nghiệp tăng 8,2% còn số vốn đăng ký tăng 21,5%."
    )
    got = facts(body, date(2025, 7, 4), "vi", title="Kinh tế 6 tháng")
    assert not _values(got, "fdi_capital_period_yoy_pct")
    body = (
        "Binh Duong drew 1.1 billion USD of FDI in the first half of 2025. Over the same months "
        "3,100 firms were set up; the number of new firms rose 8.2% while their registered "
        "capital grew 21.5%."
    )
    got = facts(body, date(2025, 7, 4), "en", title="Binh Duong economy")
    assert not _values(got, "fdi_capital_period_yoy_pct")


def test_a_rate_after_a_count_and_what_it_did_is_the_counts():
    body = (
        "Năm 2025, Bình Dương cấp phép thành lập mới cho 6.000 doanh nghiệp với tổng vốn đăng ký "
        "80.000 tỷ đồng; 1.900 doanh nghiệp quay trở lại hoạt động, tăng 14,3%."
    )
    got = facts(body, date(2025, 12, 28), "vi", title="Doanh nghiệp năm 2025")
    assert not [f for f in got if f[0].endswith("_yoy_pct")]


def test_investment_for_social_development_or_by_businesses_is_no_fdi():
    body = (
        "Binh Duong's FDI reached 1.2 billion USD in the first half of 2025. Total investment "
        "capital for social development rose 9.1% from a year earlier, total investment capital "
        "implemented in the province grew 7.4% and total investment by the business sector "
        "climbed 5.2%."
    )
    got = facts(body, date(2025, 7, 4), "en", title="Binh Duong FDI")
    assert not _values(got, "fdi_capital_period_yoy_pct")


def test_how_far_past_the_plan_is_no_change():
    body = (
        "Binh Duong registered 2.1 billion USD of FDI in the first nine months of 2025, some 12% "
        "more than the province had planned for the whole year."
    )
    got = facts(body, date(2025, 10, 3), "en", title="Binh Duong FDI")
    assert not _values(got, "fdi_capital_period_yoy_pct")
    body = (
        "L'an dernier, Binh Duong a exporté pour 33 milliards de dollars, soit 4 % de plus que "
        "l'objectif fixé pour l'année."
    )
    got = facts(body, date(2025, 2, 3), "fr", title="Exportations de Binh Duong")
    assert not _values(got)


def test_the_provinces_share_of_the_countrys_foreign_capital_is_no_change():
    body = (
        "Lũy kế đến nay, Bình Dương có 4.200 dự án FDI còn hiệu lực với tổng vốn đăng ký 41 tỷ "
        "USD, bằng 8% vốn ngoại của cả nước."
    )
    got = facts(body, date(2025, 3, 20), "vi", title="FDI Bình Dương")
    assert not [f for f in got if f[0].endswith("_yoy_pct")]


def test_capital_attracted_to_the_parks_is_the_parks_own():
    body = (
        "Binh Duong drew 1.4 billion USD of FDI in the first quarter of 2025. The total "
        "investment capital attracted to the province's IPs came to 510 million USD, 12% more "
        "than a year earlier."
    )
    got = facts(body, date(2025, 4, 3), "en", title="Binh Duong FDI")
    assert {f[2] for f in got if f[0].startswith("fdi_capital")} == {1400000000.0}


def test_the_plans_sum_in_brackets_after_a_share_of_it_is_no_figure():
    body = (
        "Thu ngân sách nhà nước trên địa bàn Bình Dương 6 tháng năm 2025 ước đạt 40.100 tỷ đồng, "
        "bằng 53,4% dự toán HĐND tỉnh giao (75.100 tỷ đồng), tăng 6,2% so với cùng kỳ."
    )
    got = facts(body, date(2025, 7, 3), "vi", title="Thu ngân sách 6 tháng")
    assert _values(got, "budget_revenue_period") == {40100000000000.0}


def test_the_budgets_spending_is_no_revenue():
    body = (
        "Thu ngân sách của Bình Dương 10 tháng năm 2025 đạt 55.000 tỷ đồng. Về chi, ngân sách "
        "ước chi trong tháng 10 là 2.100 tỷ đồng, lũy kế 18.400 tỷ đồng."
    )
    got = facts(body, date(2025, 11, 3), "vi", title="Ngân sách 10 tháng")
    assert _values(got, "budget_revenue_period") == {55000000000000.0}
    body = (
        "Binh Duong a attiré 1,2 milliard de dollars d'IDE en quatre mois. Le budget local a, "
        "pour sa part, dépensé selon les estimations 18.400 milliards de dôngs, soit 17% des "
        "prévisions."
    )
    got = facts(body, date(2025, 5, 3), "fr", title="IDE à Binh Duong")
    assert not _values(got, "budget_revenue_period")


def test_what_projects_or_auctions_paid_into_the_budget_is_their_part():
    body = (
        "FDI projects in Binh Duong employ some 700,000 workers and have paid more than 20 "
        "trillion VND to the State budget. In 2025, land auctions for several sites in the "
        "province brought about 4 trillion VND into the budget."
    )
    got = facts(body, date(2025, 12, 30), "en", title="Binh Duong FDI")
    assert not _values(got, "budget_revenue_period")


def test_what_the_province_paid_into_the_budget_is_its_revenue():
    body = (
        "Binh Duong's exports grew 9% in 2025, and it paid 62 trillion VND into the State "
        "budget, its highest amount ever."
    )
    got = facts(body, date(2025, 12, 30), "en", title="Binh Duong economy")
    assert _values(got, "budget_revenue_period") == {62000000000000.0}


def test_an_earlier_periods_rate_told_beside_the_figure_is_a_base():
    body = (
        "Binh Duong's industrial production index for the first nine months of 2025 rose an "
        "estimated 8.4% over the same period of 2024, when the figure was 5.1%."
    )
    got = facts(body, date(2025, 10, 3), "en", title="Binh Duong industry")
    assert _values(got, "iip_growth_pct") == {8.4}
    body = (
        "In the first half of 2025 Binh Duong's IIP was 9.2% higher than a year before, after a "
        "rise of 4.6% in the first half of 2024."
    )
    got = facts(body, date(2025, 7, 3), "en", title="Binh Duong industry")
    assert _values(got, "iip_growth_pct") == {9.2}
    body = (
        "Lũy kế 5 tháng năm 2025, chỉ số sản xuất công nghiệp của Bình Dương tăng 9,8% so với "
        "cùng kỳ, trong khi 5 tháng 2024 chỉ tăng 4,3%."
    )
    got = facts(body, date(2025, 6, 3), "vi", title="Công nghiệp 5 tháng")
    assert _values(got, "iip_growth_pct") == {9.8}
    body = (
        "Chỉ số sản xuất công nghiệp (IIP) của Bình Dương năm 2025 tăng 10,2% so với năm 2024, "
        "cao hơn năm 2023 (6,1%)."
    )
    got = facts(body, date(2025, 12, 29), "vi", title="Công nghiệp năm 2025")
    # the year compared with, its own rate in brackets, is that year's figure, never this one's
    # (compared-period-rate, sixty-second session)
    assert {(f[2], f[4]) for f in got if f[0] == "iip_growth_pct"} == {
        (10.2, "2025-12-31"),
        (6.1, "2023-12-31"),
    }


def test_a_rate_in_reported_speech_is_the_figure_itself():
    body = (
        "Cumulatively, from January through August, Binh Duong's IIP had risen 8.1% compared "
        "with the first eight months of 2024."
    )
    got = facts(body, date(2025, 9, 4), "en", title="Binh Duong industry")
    assert _values(got, "iip_growth_pct") == {8.1}


def test_industry_and_construction_in_french_is_a_sector_of_the_economy():
    body = (
        "Au premier semestre 2025, l'économie de Binh Duong a progressé de 7,4%, l'industrie et "
        "la construction affichant pour leur part une hausse de 9,3%."
    )
    title = "Binh Duong : la production industrielle en progression sur neuf mois"
    got = facts(body, date(2025, 10, 3), "fr", title=title)
    assert 9.3 not in {f[2] for f in got}


def test_businesses_licensed_halted_or_hosted_by_the_parks_are_no_total():
    body = (
        "Trong 9 tháng năm 2025, Bình Dương cấp mới giấy chứng nhận đăng ký kinh doanh cho hơn "
        "4.100 doanh nghiệp với số vốn đăng ký hơn 60.000 tỷ đồng."
    )
    got = facts(body, date(2025, 10, 3), "vi", title="Doanh nghiệp 9 tháng")
    assert not _values(got, "enterprises_total")
    body = (
        "Binh Duong has 31 industrial parks. Of these, 29 are in operation and host nearly 2,600 "
        "companies. Over the seven months, 3,100 businesses registered to suspend operations "
        "temporarily, and 1,200 enterprises reported halting their business."
    )
    got = facts(body, date(2025, 8, 3), "en", title="Binh Duong businesses")
    assert not _values(got, "enterprises_total")


def test_the_businesses_the_province_hosts_are_its_total():
    body = "According to the department, Binh Duong currently hosts nearly 66,000 enterprises."
    got = facts(body, date(2025, 8, 3), "en", title="Binh Duong businesses")
    assert _values(got, "enterprises_total") == {66000.0}


def test_an_export_destinations_sum_is_one_markets():
    body = (
        "Asia stayed Binh Duong's biggest export destination in the first two months of 2025, "
        "at nearly 1.6 billion USD."
    )
    got = facts(body, date(2025, 3, 6), "en", title="Binh Duong exports")
    assert not _values(got, "exports_period")


def test_all_projects_ever_licensed_beside_the_ones_still_in_force_are_no_total():
    body = (
        "À ce jour, Binh Duong a attiré au total 45 milliards de dollars d'IDE répartis entre "
        "4.900 projets, parmi lesquels 4.300 restent en vigueur avec un capital de 41 milliards "
        "de dollars."
    )
    got = facts(body, date(2025, 3, 6), "fr", title="IDE à Binh Duong")
    assert _values(got, "fdi_projects_total") == {4300.0}
    body = (
        "As of February 15, Binh Duong counted 4,900 FDI projects with a combined investment of "
        "nearly US$45 billion, of which 4,300 ongoing projects accounted for US$41 billion."
    )
    got = facts(body, date(2025, 3, 6), "en", title="Binh Duong FDI")
    assert _values(got, "fdi_capital_total") == {41000000000.0}


def test_projects_broken_down_by_their_state_are_parts():
    body = (
        "Tính đến nay, Bình Dương có tổng cộng 4.300 dự án đầu tư nước ngoài với số vốn đăng ký "
        "41 tỷ USD. Xét theo tình trạng, 3.500 dự án đang hoạt động với số vốn 33 tỷ USD; 400 dự "
        "án đang xây dựng với 5 tỷ USD."
    )
    got = facts(body, date(2025, 3, 6), "vi", title="FDI Bình Dương")
    assert _values(got, "fdi_projects_total") == {4300.0}
    assert _values(got, "fdi_capital_total") == {41000000000.0}
