"""Rules added in the forty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def _values(got: set, metric: str = "domestic_capital_period") -> set[float]:
    """The values read for one metric (by default, the domestic capital of the period)."""
    return values(got, metric)


def test_capital_added_to_domestic_projects_alone_is_no_domestic_total():
    body = (
        "Bình Dương tiếp tục thu hút mạnh vốn đầu tư trong nước trong 6 tháng đầu năm 2024. "
        "Ngoài ra, 14 dự án trong nước đã hoạt động được chấp thuận nâng vốn thêm 870 tỷ đồng."
    )
    got = facts(body, date(2024, 7, 2), "vi", title="Vốn đầu tư trong nước 6 tháng")
    assert 870e9 not in _values(got)
    body = (
        "Domestic investment into Binh Duong kept growing in the first half of 2024. Over the "
        "six months, 31 domestic projects already in operation were allowed to raise their "
        "capital by VND640 billion."
    )
    got = facts(body, date(2024, 7, 2), "en", title="Domestic investment in six months")
    assert 640e9 not in _values(got)


def test_the_periods_extra_domestic_capital_or_a_sum_beside_foreign_words_stays_whole():
    body = (
        "Trong 11 tháng năm 2024, vốn đăng ký kinh doanh trong nước của Bình Dương tăng thêm "
        "hơn 72.000 tỷ đồng."
    )
    got = facts(body, date(2024, 12, 2), "vi", title="Vốn trong nước 11 tháng")
    assert 72000e9 in _values(got)
    body = (
        "In 2024 foreign investors put 2.1 billion USD into Binh Duong through new projects "
        "and capital added to existing ones, while domestic investors registered over 9 "
        "trillion VND."
    )
    got = facts(body, date(2025, 1, 5), "en", title="Binh Duong investment in 2024")
    assert 9e12 in _values(got)


def test_a_total_to_date_of_domestic_projects_is_no_flow_of_the_period():
    body = (
        "Binh Duong has drawn strong domestic investment. Since it began licensing domestic "
        "projects, the province has approved 1,210 of them with a total capital of about "
        "VND412 trillion."
    )
    got = facts(body, date(2024, 9, 3), "en", title="Domestic investment in Binh Duong")
    assert 412e12 not in _values(got)
    body = (
        "In 2023 Binh Duong approved 18 projects of domestic investors worth VND9.6 trillion, "
        "which lifted the value of domestically invested projects in the province to more "
        "than VND390 trillion."
    )
    got = facts(body, date(2024, 1, 20), "en", title="Domestic investment in 2023")
    assert 390e12 not in _values(got)
    assert 9.6e12 in _values(got)
    body = (
        "Binh Duong licensed 40 domestic projects in 2023. That took the province's domestic "
        "investment portfolio to 2,300 projects, registered at VND401 trillion."
    )
    got = facts(body, date(2024, 1, 20), "en", title="Domestic investment in 2023")
    assert 401e12 not in _values(got)
    body = (
        "Binh Duong drew domestic capital steadily in the first half of 2024. All told, 2,350 "
        "domestic projects are now registered in the province, holding VND405 trillion."
    )
    got = facts(body, date(2024, 7, 2), "en", title="Domestic investment, first half")
    assert 405e12 not in _values(got)


def test_money_that_went_into_the_parks_is_theirs_not_the_provinces():
    body = (
        "Foreign direct investment of 420 million USD and over VND2.1 trillion of domestic "
        "capital went into Binh Duong Industrial Parks in the first five months of this year."
    )
    got = facts(body, date(2024, 6, 4), "en", title="Binh Duong investment, five months")
    assert not _values(got, "fdi_capital_period") and not _values(got)
    body = (
        "Binh Duong's industrial zones kept drawing investors in 2024. Investment capital drawn "
        "into the zones reached $1.3 billion in the first half."
    )
    got = facts(body, date(2024, 7, 5), "en", title="Binh Duong zones, first half")
    assert 1.3e9 not in _values(got, "fdi_capital_period")
    body = (
        "The industrial zones of Binh Duong licensed 40 new projects in the first half of 2024. "
        "That took the zones' FDI for the six months to $1.3 billion."
    )
    got = facts(body, date(2024, 7, 5), "en", title="Binh Duong zones, first half")
    assert 1.3e9 not in _values(got, "fdi_capital_period")
    body = (
        "Foreign direct investment registered in the industrial parks (IPs) of the southern "
        "province of Binh Duong passed 610 million USD in the first nine months of 2024."
    )
    got = facts(body, date(2024, 10, 3), "en", title="Binh Duong parks, nine months")
    assert 610e6 not in _values(got, "fdi_capital_period")


def test_french_parks_that_received_or_captured_capital_are_the_subject():
    body = (
        "Depuis le début de l'année, les zones industrielles (ZI) de Binh Duong, province du "
        "Sud, ont capté 520 millions de dollars d'IDE."
    )
    got = facts(body, date(2024, 6, 10), "fr", title="Binh Duong : les ZI attirent l'IDE")
    assert 520e6 not in _values(got, "fdi_capital_period")
    body = (
        "Les parcs industriels de la province de Binh Duong (Sud) ont reçu au premier trimestre "
        "six projets d'IDE, d'un capital total de 75 millions de dollars."
    )
    got = facts(body, date(2024, 4, 8), "fr", title="Binh Duong : premier trimestre")
    assert 75e6 not in _values(got, "fdi_capital_period")


def test_a_province_home_to_its_parks_still_counts_its_own_projects():
    body = (
        "Binh Duong, home to 29 industrial parks, ranks as the second biggest magnet for foreign "
        "direct investment (FDI) in Vietnam, with 4,150 projects."
    )
    got = facts(body, date(2023, 9, 11), "en", title="Binh Duong and its investors")
    assert 4150 in _values(got, "fdi_projects_total")


def _counts(got: set) -> set[float]:
    """Every count of projects read, whatever its kind."""
    return {f[2] for f in got if f[0].startswith("fdi_") and f[0].endswith("projects_period")} | {
        f[2] for f in got if f[0] == "fdi_projects_total"
    }


def test_a_count_of_projects_split_by_origin_after_it_is_of_every_kind():
    body = (
        "Từ đầu năm đến nay, Bình Dương đã hút về 48 dự án đầu tư trực tiếp – 11 trong số đó là "
        "dự án FDI – với vốn đăng ký khoảng 6.100 tỷ đồng."
    )
    got = facts(body, date(2024, 3, 5), "vi", title="Bình Dương thu hút đầu tư")
    assert 48 not in _counts(got)
    body = (
        "Binh Duong has drawn investors for three decades. The province now counts some 5,100 "
        "projects, 4,200 foreign and 900 domestic, with a combined capital of 61 billion USD."
    )
    got = facts(body, date(2024, 3, 5), "en", title="Binh Duong investment")
    assert 5100 not in _counts(got)
    body = (
        "Hiện Bình Dương có trên 6.000 dự án đầu tư: nhà đầu tư trong nước nắm khoảng 1.900 dự "
        "án, còn lại là các dự án của nhà đầu tư nước ngoài."
    )
    got = facts(body, date(2024, 3, 5), "vi", title="Bình Dương thu hút đầu tư")
    assert 6000 not in _counts(got)


def test_projects_whose_capital_is_told_in_dong_and_in_dollars_are_of_every_kind():
    body = (
        "Binh Duong attracted investors of every origin. All told, 2,350 projects are now "
        "registered in the province, holding VND405 trillion (US$16 billion) and US$41 billion "
        "of capital."
    )
    got = facts(body, date(2024, 3, 5), "en", title="Binh Duong investment")
    assert 2350 not in _counts(got)
    body = (
        "Chiều 20-12, UBND tỉnh Bình Dương trao chứng nhận đầu tư cho 41 dự án, với tổng vốn "
        "đầu tư hơn 310 triệu USD và 920 tỉ đồng."
    )
    got = facts(body, date(2024, 12, 21), "vi", title="Bình Dương trao chứng nhận đầu tư")
    assert 41 not in _counts(got)
    body = (
        "Năm 2023, Bình Dương cấp mới 52 dự án trong nước và 120 dự án nước ngoài, với tổng vốn "
        "đăng ký 9.800 tỷ đồng và 1,1 tỷ USD."
    )
    got = facts(body, date(2024, 1, 5), "vi", title="Bình Dương thu hút đầu tư năm 2023")
    assert 120 in _counts(got)


def test_domestic_projects_capital_told_in_dollars_is_no_foreign_capital():
    body = (
        "Binh Duong has so far drawn a total of 4,200 FDI projects worth 41 billion USD and 1,900 "
        "domestic projects worth 17 billion USD, the provincial planning department said."
    )
    got = facts(body, date(2024, 3, 5), "en", title="Binh Duong investment to date")
    assert 17e9 not in _values(got, "fdi_capital_total")
    assert 41e9 in _values(got, "fdi_capital_total")
    body = (
        "Parmi eux figurent 4.200 projets d'investissement direct étranger (IDE), évalués au total "
        "à 41 milliards de dollars, ainsi que 1.900 projets d'investissement direct domestique "
        "(IDD) totalisant 17 milliards de dollars de capital."
    )
    got = facts(body, date(2024, 3, 5), "fr", title="Binh Duong : investissements")
    assert 17e9 not in _values(got, "fdi_capital_total")


def test_dollars_paired_with_foreign_projects_respectively_stay_foreign():
    body = (
        "Hiện Bình Dương có 6.100 dự án đầu tư còn hiệu lực, gồm 4.200 dự án FDI và 1.900 dự án "
        "trong nước, với vốn đăng ký tương ứng 41.000 triệu USD và 410.000 tỷ đồng."
    )
    got = facts(body, date(2024, 3, 5), "vi", title="Bình Dương thu hút đầu tư")
    assert 41e9 in _values(got, "fdi_capital_total")


def test_projects_by_their_form_of_investment_are_parts():
    body = (
        "Tính đến nay, Bình Dương có 4.200 dự án FDI với tổng vốn 41 tỷ USD. Nói về hình thức, "
        "loại hình 100% vốn nước ngoài vượt trội với 3.500 dự án, số vốn 33 tỷ USD, tức 80% tổng "
        "vốn vào tỉnh; loại hình liên doanh đứng sau với 700 dự án, vốn 8 tỷ USD."
    )
    got = facts(body, date(2024, 3, 5), "vi", title="Bình Dương thu hút FDI")
    assert _values(got, "fdi_capital_total") == {41e9}


def test_how_far_growth_outpaced_another_rate_is_no_growth_rate():
    body = (
        "Binh Duong's gross regional domestic product (GRDP) grew 7.1 percent in 2024, or 0.8 "
        "percent higher than the national level."
    )
    got = facts(body, date(2025, 1, 8), "en", title="Binh Duong growth in 2024")
    assert _values(got, "grdp_growth_pct") == {7.1}
    body = (
        "Cục Thống kê cho biết GRDP của Bình Dương nửa đầu năm 2024 tăng 6,8%, nhanh hơn mức "
        "tăng của cùng kỳ năm trước 1,9%."
    )
    got = facts(body, date(2024, 7, 3), "vi", title="GRDP 6 tháng")
    assert _values(got, "grdp_growth_pct") == {6.8}


def test_the_growth_a_quarter_must_reach_is_a_target():
    body = (
        "Binh Duong's GRDP grew 6.2% in the first nine months of 2025. For the province to close "
        "the year with double-digit growth, GRDP in the fourth quarter has to climb by more than "
        "11%."
    )
    got = facts(body, date(2025, 10, 6), "en", title="Binh Duong growth, nine months")
    assert _values(got, "grdp_growth_pct") == {6.2}
    body = (
        "Binh Duong wants its Gross Regional Domestic Product (GRDP) to expand by 9.5 percent in "
        "the second quarter, after growth of 6.1 percent in the first."
    )
    got = facts(body, date(2025, 4, 10), "en", title="Binh Duong second-quarter goal")
    assert 9.5 not in _values(got, "grdp_growth_pct")


def test_land_leased_in_the_parks_is_not_their_area():
    parks = "Binh Duong counts 29 industrial parks. "
    cases = [
        (parks + "Land leased out across the province's parks has now passed 9,400 hectares.",
         "en", 9400),
        ("Bình Dương có 29 khu công nghiệp. Hiện diện tích đất công nghiệp đã chuyển nhượng "
         "hoặc cho thuê ở 27 KCN đang hoạt động là hơn 9.400 ha.", "vi", 9400),
        ("Binh Duong compte 29 zones industrielles. Au total, 9.400 ha de terrains ont été "
         "loués dans les ZI.", "fr", 9400),
        ("Binh Duong has 29 industrial parks on 12,700 ha, of which 8,600 ha is industrial "
         "land for rent.", "en", 8600),
    ]  # fmt: skip
    for body, lang, leased in cases:
        got = facts(body, date(2024, 5, 6), lang, title="Binh Duong industrial parks")
        assert leased not in _values(got, "industrial_parks_area_ha"), body


def test_goods_imported_and_exported_through_border_gates_are_no_exports():
    body = (
        "Binh Duong's trade kept growing in 2024. Goods imported and exported through the "
        "province's dry ports were estimated at about 62 billion USD, 12 percent more than in "
        "2023."
    )
    got = facts(body, date(2025, 1, 6), "en", title="Binh Duong trade in 2024")
    assert 62e9 not in _values(got, "exports_period")


def test_french_goals_a_province_set_itself_or_counts_on_are_targets():
    body = (
        "Pour 2025, Binh Duong s'est fixé une croissance de plus de 10%, des recettes "
        "budgétaires de 72.000 milliards de dôngs et au moins 2 milliards de dollars d'IDE."
    )
    got = facts(body, date(2025, 1, 8), "fr", title="Binh Duong : objectifs 2025")
    assert not _values(got, "budget_revenue_period")
    assert not _values(got, "fdi_capital_period")
    body = (
        "Pour 2025, la province table sur plus de 72.000 milliards de dôngs de recettes fiscales."
    )
    got = facts(body, date(2025, 1, 8), "fr", title="Binh Duong : objectifs 2025")
    assert not _values(got, "budget_revenue_period")
    body = (
        "Côté finances publiques, Binh Duong compte percevoir 72.000 milliards de dôngs de "
        "recettes budgétaires en 2025."
    )
    got = facts(body, date(2025, 1, 8), "fr", title="Binh Duong : objectifs 2025")
    assert not _values(got, "budget_revenue_period")


def test_the_foreign_sectors_change_in_a_split_by_ownership_is_no_fdi_change():
    body = (
        "Vốn đầu tư thực hiện 9 tháng năm 2024 của Bình Dương tăng 8,1%; theo khu vực kinh tế, "
        "khu vực nhà nước tăng 4,2%; khu vực tư nhân tăng 7,5%; FDI tăng 10,3%."
    )
    got = facts(body, date(2024, 10, 4), "vi", title="Bình Dương 9 tháng")
    assert 10.3 not in _values(got, "fdi_capital_period_yoy_pct")
    body = (
        "Binh Duong's social investment rose 8.1% in 2024. State capital made up 10.2% of it, "
        "rising 4.2%; non-state capital 45%, rising 7.5%; and foreign investment capital 44.8%, "
        "rising 10.3%."
    )
    got = facts(body, date(2025, 1, 6), "en", title="Binh Duong investment in 2024")
    assert 10.3 not in _values(got, "fdi_capital_period_yoy_pct")


def test_projects_that_add_capital_in_dong_are_of_every_kind():
    body = (
        "Binh Duong drew 1.2 billion USD of foreign direct investment in the first half of "
        "2024. Nine projects already running also asked to add over VND2.1 trillion to their "
        "capital."
    )
    got = facts(body, date(2024, 7, 3), "en", title="Binh Duong investment, first half")
    assert 9 not in _counts(got)
    assert 1.2e9 in _values(got, "fdi_capital_period")


def test_gross_regional_domestic_products_in_the_plural_is_grdp():
    body = (
        "Binh Duong also recorded solid growth of 6.2% in Gross Regional Domestic Products "
        "(GRDP) over the first half of 2024, with industry and construction up 7.1%."
    )
    got = facts(body, date(2024, 7, 5), "en", title="Binh Duong first half")
    assert _values(got, "grdp_growth_pct") == {6.2}


def test_industrial_production_and_construction_is_a_sector_of_the_economy():
    body = (
        "In 2024 Binh Duong's farm sector grew 2.1 percent, industrial production and "
        "construction rose 6.9 percent, and services were up 7.4 percent."
    )
    got = facts(body, date(2025, 1, 6), "en", title="Binh Duong economy in 2024")
    assert 6.9 not in _values(got, "iip_growth_pct")


def test_a_share_of_the_exports_or_of_the_goods_is_no_change():
    body = (
        "In 2024 Binh Duong earned 32 billion USD from exports, up 12% on-year, more than 60% "
        "of it from direct exports."
    )
    got = facts(body, date(2025, 1, 6), "en", title="Binh Duong exports in 2024")
    assert _values(got, "exports_period_yoy_pct") == {12}
    body = (
        "Binh Duong's exports kept growing in 2024. More than 70% of the goods made by local "
        "firms are shipped abroad."
    )
    got = facts(body, date(2025, 1, 6), "en", title="Binh Duong exports")
    assert not _values(got, "exports_period_yoy_pct")


def test_parks_that_also_drew_money_are_its_subject():
    body = (
        "Binh Duong licensed 60 foreign projects in the first four months of 2024. Local "
        "industrial parks also drew more than 4.1 trillion VND of domestic investment."
    )
    got = facts(body, date(2024, 5, 6), "en", title="Binh Duong investment, four months")
    assert 4.1e12 not in _values(got)
