"""Shapes of our own wording found in the eleventh session on sets scored on arrival: the year
to a day said with "between … and", a look back over earlier years, the whole society's
investment and a sector written with a hyphen."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

TO_MAY_20 = ("2023-01-01", "2023-05-20")


def test_between_the_start_of_the_year_and_a_day_is_the_year_to_that_day():
    for phrase in ("Between the start of the year and May 20, 2023",
                   "Between January 1 and May 20"):  # fmt: skip
        body = f"{phrase}, Binh Duong licensed 9 new FDI projects worth USD 210.5 million."
        found = facts(body, date(2023, 6, 2))
        assert ("fdi_new_capital_period", None, 210.5e6, *TO_MAY_20) in found, phrase


def test_the_french_year_to_a_day():
    for phrase in ("Entre le début de l'année et le 20 mai 2023",
                   "Depuis le début de l'année jusqu'au 20 mai 2023"):  # fmt: skip
        body = f"{phrase}, Binh Duong a accordé des licences à 9 nouveaux projets d'IDE."
        found = facts(body, date(2023, 6, 2), lang="fr")
        assert ("fdi_new_projects_period", None, 9, *TO_MAY_20) in found, phrase


def test_a_look_back_over_earlier_years_leaves_the_frame_in_the_articles_period():
    body = (
        "In the first nine months of 2022, Binh Duong's GRDP grew 7.1%. That was its best nine "
        "months in years: growth had been 6.2% in the same months of 2019, 3.1% in 2020 and "
        "1.9% in 2021.\n\nBudget revenue is estimated at VND 47,300 billion. Retail sales reached "
        "VND 201,000 billion."
    )
    found = facts(body, date(2022, 10, 3))
    nine_months = ("2022-01-01", "2022-09-30")
    assert ("budget_revenue_period", None, 47.3e12, *nine_months) in found
    assert ("retail_sales_period", None, 201e12, *nine_months) in found


def test_the_whole_societys_investment_and_a_hyphenated_sector_are_not_catalogue_figures():
    body = (
        "In 2021, Binh Duong's budget revenue reached VND 60,000 billion. Development investment "
        "capital of the whole society came to VND 72,500 billion. GRDP rose 2.8%; industry - "
        "construction grew by 3.5%."
    )
    found = facts(body, date(2022, 1, 6))
    values = {value for _, _, value, _, _ in found}
    assert ("budget_revenue_period", None, 60e12, "2021-01-01", "2021-12-31") in found
    assert ("grdp_growth_pct", None, 2.8, "2021-01-01", "2021-12-31") in found
    assert 72.5e12 not in values and 3.5 not in values


def test_a_ratio_to_the_year_agos_figure_is_a_change():
    body = (
        "Binh Duong drew USD 615 million of FDI in the first four months of 2024, equal to "
        "112.5% of the figure for the same period last year."
    )
    found = facts(body, date(2024, 5, 3))
    assert ("fdi_capital_period_yoy_pct", None, 12.5, "2024-01-01", "2024-04-30") in found


def test_that_amount_in_the_next_sentence_is_the_sum_before():
    body = (
        "In the first two months of 2022, Binh Duong attracted 212 million USD of FDI. That "
        "amount was equivalent to 40.5 percent of what the province recorded in the same period "
        "last year."
    )
    found = facts(body, date(2022, 3, 4))
    assert ("fdi_capital_period_yoy_pct", None, -59.5, "2022-01-01", "2022-02-28") in found


def test_an_undated_review_of_a_named_year_that_says_last_year_came_out_the_year_after():
    body = (
        "In 2020 Binh Duong's economy held up despite the pandemic, and life in the province "
        "improved.\n\nAmong last year's results, GRDP grew by 2.8% and the industrial "
        "production index rose by 5.1% compared with the previous year."
    )
    found = facts(body, None)
    year = ("2020-01-01", "2020-12-31")
    assert ("grdp_growth_pct", None, 2.8, *year) in found
    assert ("iip_growth_pct", None, 5.1, *year) in found


def test_the_country_that_only_locates_the_province_is_no_other_place():
    for lead in ("By the end of 2022, Binh Duong province in Vietnam had",
                 "By the end of 2022, Vietnam's Binh Duong province had",
                 "By the end of 2022, Binh Duong, in southern Vietnam, had"):  # fmt: skip
        body = f"{lead} drawn 4,082 FDI projects with 39.6 billion USD of registered capital."
        found = facts(body, date(2023, 2, 21))
        assert ("fdi_projects_total", None, 4082, None, "2022-12-31") in found, lead
        assert ("fdi_capital_total", None, 39.6e9, None, "2022-12-31") in found, lead


def test_the_country_named_for_its_own_figure_is_still_national():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in 2022, while Vietnam as a whole drew "
        "27.7 billion USD."
    )
    found = facts(body, date(2023, 1, 5))
    assert {value for _, _, value, _, _ in found} == {1.2e9}


def _relevant(title: str, body: str) -> bool:
    """About the province itself: relevant, and not only as one of a round-up's places."""
    from etl.extract.relevance import judge
    from tests.test_extract_rules import CATALOGUE, PLACES

    verdict = judge(title, body, PLACES.entity, CATALOGUE, PLACES.others)
    return verdict.relevant and not verdict.roundup


def test_a_regional_round_up_that_opens_with_the_provinces_figures_is_about_it():
    title = "The southern key economic region keeps drawing foreign capital"
    led = (
        "In the first four months, Binh Duong drew 2.35 billion USD of FDI into 16 new projects."
        "\n\nHo Chi Minh City received 1.28 billion USD, Long An 341 million USD and Dong Nai 210 "
        "million USD.\n\nThe region is made up of Ho Chi Minh City, Binh Duong, Dong Nai, Long "
        "An, Binh Phuoc, Ba Ria-Vung Tau and Tay Ninh."
    )
    assert _relevant(title, led)
    trailing = led.replace("Binh Duong drew 2.35", "Tay Ninh drew 2.35")
    trailing = trailing.replace("Dong Nai 210", "Binh Duong 210")
    assert not _relevant(title, trailing)


def test_a_contribution_of_capital_is_a_capital_contribution():
    body = (
        "In the first four months of 2022, Binh Duong's FDI included 53 contributions of capital "
        "worth 120 million USD."
    )
    found = facts(body, date(2022, 5, 28))
    assert ("fdi_contribution_capital_period", None, 1.2e8, "2022-01-01", "2022-04-30") in found


def test_french_markets_changes_are_a_markets_not_the_provinces():
    body = (
        "Sur neuf mois, les exportations de Binh Duong ont atteint 23,6 milliards de dollars. Les "
        "États-Unis, qui absorbent 34% des exportations de la province, affichent une baisse de "
        "15,2% ; l'UE recule de 4,1%."
    )
    found = facts(body, date(2023, 10, 6), lang="fr")
    values = {value for _, _, value, _, _ in found}
    assert ("exports_period", None, 23.6e9, "2023-01-01", "2023-09-30") in found
    assert not values & {-15.2, 15.2, -4.1, 4.1}


def test_a_plan_word_in_a_ratio_governs_no_later_sum():
    body = (
        "En 2023, les exportations de Binh Duong devraient reculer de 5%, soit 86% de l'objectif "
        "fixé, l'excédent commercial s'établissant à environ 9 milliards de dollars."
    )
    found = facts(body, date(2023, 10, 6), lang="fr")
    assert ("trade_surplus_period", None, 9e9, "2023-01-01", "2023-12-31") in found


def test_projects_that_open_a_sentence_and_came_in_a_period_are_its_new_ones():
    body = (
        "Fifteen FDI projects with registered capital of 96 million USD came to Binh Duong in "
        "the first quarter of 2024. That takes the province's tally of valid FDI projects to "
        "4,180."
    )
    found = facts(body, date(2024, 4, 3))
    assert ("fdi_new_projects_period", None, 15, "2024-01-01", "2024-03-31") in found
    assert ("fdi_projects_total", None, 4180, None, "2024-03-31") in found


def test_a_flow_in_total_is_no_cumulative_total():
    body = (
        "Binh Duong's industrial production index rose 4.1 per cent in the first ten months of "
        "2023.\n\nRetail sales of goods were estimated at over VND 235.4 trillion ($9.7 billion) "
        "in total, a rise of 11 per cent year-on-year."
    )
    found = facts(body, date(2023, 11, 2))
    assert ("retail_sales_period", None, 235.4e12, "2023-01-01", "2023-10-31") in found


def test_totals_after_a_look_back_at_last_year_are_todays():
    body = (
        "In January, Binh Duong licensed 12 new FDI projects worth 95 million USD.\n\nLast "
        "year, the province received 3.4 billion USD in FDI.\n\nThe province hosts 4,180 "
        "foreign-invested projects with total investment of over 40.6 billion USD."
    )
    found = facts(body, date(2024, 2, 6))
    assert ("fdi_projects_total", None, 4180, None, "2024-02-06") in found
    assert ("fdi_capital_total", None, 40.6e9, None, "2024-02-06") in found


def test_projects_attracted_since_the_start_of_a_year_are_new_ones_and_last_years_figure_a_base():
    body = (
        "Since the beginning of 2013, Binh Duong has attracted 41 foreign-invested projects with "
        "total registered capital of nearly 690 million USD, 1.4 times last year's figure.\n\n"
        "Exports are estimated at 13.2 billion USD, up 12.1 percent year-on-year."
    )
    found = facts(body, date(2013, 11, 29))
    so_far = ("2013-01-01", "2013-11-29")
    assert ("fdi_new_projects_period", None, 41, *so_far) in found
    assert ("exports_period", None, 13.2e9, *so_far) in found


def test_projects_already_in_operation_are_a_part_of_the_total():
    body = (
        "Binh Duong now has 4,180 FDI projects. Of these, 3,600 projects are already in operation."
    )
    found = facts(body, date(2024, 2, 6))
    assert {value for _, _, value, _, _ in found} == {4180}


def test_the_breakdown_verb_right_before_a_sum_owns_it():
    body = (
        "In Q1 2024, Binh Duong licensed 35 new projects and 24 projects raised their capital "
        "by 279.9 million USD."
    )
    found = facts(body, date(2024, 4, 8))
    assert ("fdi_adjusted_capital_period", None, 279.9e6, "2024-01-01", "2024-03-31") in found
    total = (
        "In Q1 2024, Binh Duong licensed 35 new projects and 24 capital-increasing ones, for a "
        "total of 571 million USD."
    )
    found = facts(total, date(2024, 4, 8))
    assert ("fdi_capital_period", None, 571e6, "2024-01-01", "2024-03-31") in found


def test_a_change_after_an_area_a_share_or_a_sector_is_no_growth_rate():
    body = (
        "Năm 2023, GRDP của Bình Dương ước tăng 5,5%. Tổng diện tích gieo trồng ước đạt 15.200 "
        "ha, tăng 0,6% so với cùng kỳ. Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt "
        "61,2%. Xét theo khu vực, dịch vụ tăng khá với 7,1%."
    )
    found = facts(body, date(2024, 1, 7), lang="vi")
    assert {value for _, _, value, _, _ in found} == {5.5}


def test_the_place_compared_with_owns_the_figure_of_its_relative_clause():
    body = (
        "Năm 2023, GRDP của Bình Dương ước tăng 5,8%. Như vậy, Bình Dương vẫn tăng trưởng nhanh "
        "hơn GDP cả nước, vốn ước đạt 5,05%."
    )
    found = facts(body, date(2024, 1, 7), lang="vi")
    assert {value for _, _, value, _, _ in found} == {5.8}


def test_french_vietnamese_projects_authorised_projects_and_additional_investment():
    body = (
        "Depuis le début de l'année 2023 jusqu'au 20 décembre 2023, Binh Duong a délivré des "
        "certificats d'investissement à 95 projets vietnamiens, dont le capital total atteint "
        "près de 40.000 milliards de dongs. S'agissant des capitaux étrangers, la province a "
        "autorisé sur la même période 120 projets cumulant près de 1,2 milliard de dollars. S'y "
        "ajoutent des investissements additionnels d'un montant total de 640 millions de dollars."
    )
    found = facts(body, date(2023, 12, 28), lang="fr")
    so_far = ("2023-01-01", "2023-12-20")
    assert ("domestic_capital_period", None, 40e12, *so_far) in found
    assert ("fdi_new_projects_period", None, 120, *so_far) in found
    assert ("fdi_adjusted_capital_period", None, 640e6, *so_far) in found
    assert ("fdi_new_projects_period", None, 95, *so_far) not in found


def test_french_year_in_review_first_month_goal_and_forecast():
    body = (
        "L'année 2023 a été marquée par une percée de Binh Duong dans la mobilisation des "
        "capitaux hors budget : près de 9 milliards de dollars au total, dont plus de 2,5 "
        "milliards d'investissement direct étranger (IDE).\n\nPour cette année, la province "
        "s'est fixé pour cap de dépasser 3 milliards de dollars d'IDE. Au cours du premier mois "
        "de la nouvelle année, elle a déjà reçu huit nouveaux projets totalisant 210 millions de "
        "dollars. Les prévisions tablent sur 1 milliard de dollars d'IDE au premier trimestre."
    )
    found = facts(body, date(2024, 2, 10), lang="fr")
    assert found == {
        ("fdi_capital_period", None, 2.5e9, "2023-01-01", "2023-12-31"),
        ("fdi_new_projects_period", None, 8, "2024-01-01", "2024-01-31"),
        ("fdi_new_capital_period", None, 210e6, "2024-01-01", "2024-01-31"),
    }


def test_the_year_followed_by_its_number_is_that_year():
    body = "Binh Duong's exports reached 32.4 billion USD during the year 2023."
    found = facts(body, date(2024, 2, 10))
    assert found == {("exports_period", None, 32.4e9, "2023-01-01", "2023-12-31")}


def test_the_parts_of_a_count_of_new_projects_are_new_and_a_difference_in_parens_is_none():
    body = (
        "Năm 2023, Bình Dương có thêm 87 dự án đầu tư mới, gồm 41 dự án trong nước và 46 dự án "
        "nước ngoài. Tỉnh điều chỉnh vốn cho 79 dự án (tăng 12 dự án) và chấm dứt hoạt động 5 "
        "dự án."
    )
    found = facts(body, date(2024, 1, 2), lang="vi")
    year = ("2023-01-01", "2023-12-31")
    assert ("fdi_new_projects_period", None, 46, *year) in found
    assert ("fdi_adjusted_projects_period", None, 79, *year) in found
    assert {value for _, _, value, _, _ in found} == {46, 79}


def test_the_economy_of_a_named_province_grows_but_the_worlds_and_the_poverty_rate_do_not():
    body = (
        "Kinh tế Bình Dương năm 2023 ước tăng trưởng 5,8%. Liên hợp quốc dự báo kinh tế thế giới "
        "năm 2024 tăng 2,7%. Tỷ lệ hộ nghèo giảm xuống dưới 0,9%."
    )
    found = facts(body, date(2024, 1, 2), lang="vi")
    assert found == {("grdp_growth_pct", None, 5.8, "2023-01-01", "2023-12-31")}


def test_this_year_in_a_round_up_published_in_january_is_the_year_under_review():
    body = (
        "Thu hút FDI và thu ngân sách là hai điểm sáng của kinh tế Bình Dương năm 2023.\n\nThu "
        "ngân sách năm nay của Bình Dương cũng tăng mạnh: tỉnh thu được 68.500 tỷ đồng."
    )
    found = facts(body, date(2024, 1, 19), lang="vi")
    assert ("budget_revenue_period", None, 68.5e12, "2023-01-01", "2023-12-31") in found
    later = facts(body, date(2024, 6, 19), lang="vi")
    assert ("budget_revenue_period", None, 68.5e12, "2024-01-01", "2024-12-31") in later


def test_the_rate_compared_with_and_a_domestic_change_are_no_figures():
    body = (
        "GRDP 6 tháng đầu năm 2023 của Bình Dương ước tăng 4,2%, chậm hơn mức tăng 7,23% của "
        "nửa đầu năm 2022. Tính đến 20/6, tỉnh đã cấp giấy chứng nhận đầu tư cho 310 dự án trong "
        "nước; so với cùng kỳ năm 2022, số dự án tăng 16,7% và vốn đăng ký tăng 10,3%."
    )
    found = facts(body, date(2023, 7, 1), lang="vi")
    values = {value for _, _, value, _, _ in found}
    assert ("grdp_growth_pct", None, 4.2, "2023-01-01", "2023-06-30") in found
    assert not values & {7.23, 16.7, 10.3}


def test_a_sum_compared_as_a_multiple_of_last_years_is_a_flow():
    body = (
        "Năm 2023, dòng vốn đầu tư nước ngoài vào Bình Dương tăng ấn tượng, với tổng vốn đăng ký "
        "đạt 3,9 tỷ USD, gấp gần 1,5 lần năm trước. Các doanh nghiệp trong nước đăng ký tổng vốn "
        "đầu tư 65.300 tỷ đồng, gấp 1,2 lần năm trước; 850 doanh nghiệp quay trở lại hoạt động."
    )
    found = facts(body, date(2023, 12, 20), lang="vi")
    year = ("2023-01-01", "2023-12-31")
    assert ("fdi_capital_period", None, 3.9e9, *year) in found
    assert ("domestic_capital_period", None, 65.3e12, *year) in found
    assert 850 not in {value for _, _, value, _, _ in found}


def test_a_goal_of_attracting_a_sum_and_a_share_of_the_years_plan():
    body = (
        "Binh Duong has set itself the goal of attracting foreign direct investment (FDI) of over "
        "1.5 billion USD in 2023.\n\nBy the end of August, total FDI capital attracted by the "
        "province had reached 853 million USD, equal to 85.5% of the 2023 plan. It licensed 14 "
        "new FDI projects with total registered capital of 727.24 million USD."
    )
    found = facts(body, date(2023, 9, 10))
    to_august = ("2023-01-01", "2023-08-31")
    assert ("fdi_capital_period", None, 853e6, *to_august) in found
    assert ("fdi_new_capital_period", None, 727.24e6, *to_august) in found
    assert 1.5e9 not in {value for _, _, value, _, _ in found}


def test_an_undated_article_after_a_span_of_past_years_speaks_of_a_later_year():
    body = (
        "Between 2014 and 2018, Binh Duong drew 1,180 foreign direct investment projects.\n\n"
        "In the first half of this year, the province attracted 1.45 billion USD of FDI."
    )
    found = facts(body, None)
    assert ("fdi_capital_period", None, 1.45e9, "2019-01-01", "2019-06-30") in found


def test_projects_licensed_in_a_period_are_its_new_ones():
    for verb in ("đã cấp phép cho", "đã cấp giấy chứng nhận đầu tư cho"):
        body = (
            f"Trong 10 tháng đầu năm 2018, Bình Dương {verb} 117 dự án có vốn đầu tư nước "
            "ngoài, tổng vốn đăng ký 153,6 triệu USD."
        )
        found = facts(body, date(2018, 10, 24), lang="vi")
        assert ("fdi_new_projects_period", None, 117, "2018-01-01", "2018-10-31") in found, verb
    body = "In the first ten months of 2018, Binh Duong licensed 117 foreign-invested projects."
    found = facts(body, date(2018, 10, 24))
    assert ("fdi_new_projects_period", None, 117, "2018-01-01", "2018-10-31") in found


def test_the_year_until_now_in_a_report_of_nine_months_holds_the_window_for_what_follows():
    body = (
        "Binh Duong's economy showed encouraging signs in the first nine months of 2024.\n\nFrom "
        "the beginning of the year until now, the province has attracted 94 direct investment "
        "projects (including 17 FDI projects). Total registered FDI capital reached USD 367.8 "
        "million."
    )
    found = facts(body, date(2024, 10, 2))
    nine_months = ("2024-01-01", "2024-09-30")
    assert ("fdi_new_projects_period", None, 17, *nine_months) in found
    assert ("fdi_capital_period", None, 367.8e6, *nine_months) in found


def test_exports_accounting_for_a_sum_of_the_trade_turnover_are_the_exports():
    body = (
        "Binh Duong's import-export turnover came to approximately $41.2 billion in the past 10 "
        "months, with exports accounting for $24.6 billion, up 11.7% year-on-year, and for 59 "
        "per cent of the total."
    )
    found = facts(body, date(2024, 11, 8))
    ten_months = ("2024-01-01", "2024-10-31")
    assert ("exports_period", None, 24.6e9, *ten_months) in found
    assert ("exports_period_yoy_pct", None, 11.7, *ten_months) in found
    assert {value for _, _, value, _, _ in found} == {24.6e9, 11.7}


def test_new_business_registrations_and_domestic_new_projects_are_not_catalogue_figures():
    body = (
        "In the first nine months of 2024, Binh Duong granted new business registration "
        "certificates to 4,417 enterprises, with total registered capital of VND45,052 billion. "
        "Domestic investment attraction hit 168.3% of the plan: 22 new projects plus capital "
        "additions."
    )
    found = facts(body, date(2024, 10, 5))
    assert found == set()


def test_to_date_right_after_the_year_so_far_and_the_capital_of_revoked_projects():
    body = (
        "Bình Dương thu hút 85 dự án FDI trong 9 tháng đầu năm.\n\nTính từ đầu năm 2022 đến nay, "
        "tỉnh đã cấp mới cho 85 dự án FDI với tổng vốn đăng ký 969,5 triệu USD. Tỉnh đã thu hồi 35 "
        "dự án có tổng vốn đầu tư 92,9 triệu USD. Lũy kế đến nay có 4.142 dự án FDI còn hiệu lực; "
        "tổng vốn đầu tư đăng ký, sau khi tính cả phần điều chỉnh và góp vốn, mua cổ phần, đạt "
        "40.829 triệu USD."
    )
    found = facts(body, date(2022, 10, 11), lang="vi")
    to_date = ("2022-01-01", "2022-10-11")
    assert ("fdi_new_capital_period", None, 969.5e6, *to_date) in found
    assert ("fdi_capital_total", None, 40.829e9, None, "2022-10-11") in found
    assert 92.9e6 not in {value for _, _, value, _, _ in found}


def test_turns_of_capital_contribution_are_contributions():
    body = (
        "Trong 9 tháng đầu năm 2022, Bình Dương điều chỉnh vốn cho 97 dự án. Hoạt động góp vốn, "
        "mua cổ phần, phần vốn góp của nhà đầu tư nước ngoài ghi nhận 31 lượt với tổng giá trị "
        "33,4 triệu USD."
    )
    found = facts(body, date(2022, 10, 11), lang="vi")
    nine = ("2022-01-01", "2022-09-30")
    assert ("fdi_contribution_projects_period", None, 31, *nine) in found
    assert ("fdi_contribution_capital_period", None, 33.4e6, *nine) in found


def test_a_sectors_value_added_is_no_grdp_growth():
    body = (
        "Sáu tháng đầu năm 2023, GRDP của Bình Dương ước sụt giảm 2,2% so với cùng kỳ.\n\nGiá trị "
        "gia tăng của toàn ngành công nghiệp sụt giảm 4,3% so với cùng kỳ."
    )
    found = facts(body, date(2023, 7, 17), lang="vi")
    assert found == {("grdp_growth_pct", None, -2.2, "2023-01-01", "2023-06-30")}


def test_an_undated_report_from_the_beginning_of_a_year_until_now_is_that_year():
    body = (
        "In the first eight months, Binh Duong drew 2.6 billion USD of FDI, up 72 percent over "
        "the same period in 2021.\n\nIn Thua Thien - Hue, from the beginning of 2022 until now "
        "the locality has licensed 23 projects."
    )
    found = facts(body, None)
    assert ("fdi_capital_period", None, 2.6e9, "2022-01-01", "2022-08-31") in found


def test_a_records_since_year_says_nothing_of_the_articles_year():
    body = (
        "Tính từ đầu năm đến ngày 20/4, Bình Dương đã hút được khoảng 1,16 tỷ USD vốn FDI, mức "
        "cao nhất kể từ năm 2021 tới nay."
    )
    found = facts(body, None, lang="vi")
    assert all(end is None or not end.startswith("2022") for _, _, _, _, end in found)


def test_a_span_of_years_written_short_is_several_years_not_its_first_year():
    body = (
        "Binh Duong has drawn 43 new FDI projects worth US$60 million in the first eight months "
        "this year.\n\nEarlier this month, Binh Duong published a list of 68 PPP projects which "
        "call for $1.4 billion from domestic and foreign businesses in 2017-20."
    )
    found = facts(body, None)
    assert all(end is None or not end.startswith("2018") for _, _, _, _, end in found)


def test_an_undated_report_whose_headline_names_a_span_of_years_is_dated_by_its_parts():
    title = "Binh Duong posts its fastest first-half growth of the 2016-2019 period"
    body = (
        "The figures come from the report on the situation in the first 6 months, together with "
        "directions and tasks for the last 6 months of 2019.\n\nGRDP up 8.09%\n\nIn the first 6 "
        "months of 2019 the province's GRDP increased 8.09% over the same period in 2018. No first "
        "half of the 2016-2019 period did better: GRDP had risen by 7.74% in the first 6 months "
        "of 2016 and by 7.16% in the first 6 months of 2018. Budget revenue is estimated at VND "
        "28,600 billion."
    )
    found = facts(body, None, title=title)
    assert ("budget_revenue_period", None, 28.6e12, "2019-01-01", "2019-06-30") in found


def test_french_sold_abroad_and_bought_with_respective_rises():
    body = (
        "Sur les huit premiers mois de 2024, Binh Duong a vendu à l'étranger pour environ 23,5 "
        "milliards d'USD de marchandises et en a acheté pour 16,3 milliards d'USD, soit des "
        "progressions respectives de 8,6% et de 8,7% par rapport à la même période de l'année "
        "dernière."
    )
    found = facts(body, date(2024, 9, 5), lang="fr")
    eight = ("2024-01-01", "2024-08-31")
    assert ("exports_period", None, 23.5e9, *eight) in found
    assert ("imports_period", None, 16.3e9, *eight) in found
    assert ("exports_period_yoy_pct", None, 8.6, *eight) in found


def test_a_total_of_projects_up_to_a_month_is_the_total_not_new_ones():
    body = (
        "Up to December 2013, Binh Duong had granted investment certificates to a total of 1,979 "
        "FDI projects."
    )
    found = facts(body, date(2014, 1, 10))
    assert ("fdi_projects_total", None, 1979, None, "2013-12-31") in found


def test_a_dateline_names_where_the_story_was_filed_not_whose_figures_it_gives():
    body = (
        "Hanoi (VNA) – Of this, $703 million is newly-licensed capital and $337 million is "
        "additional capital."
    )
    found = facts(body, date(2020, 12, 24), title="Binh Duong draws $1.85 billion of FDI in 2020")
    year = ("2020-01-01", "2020-12-31")
    assert ("fdi_new_capital_period", None, 703e6, *year) in found
    assert ("fdi_adjusted_capital_period", None, 337e6, *year) in found


def test_a_sum_that_sizes_one_project_is_no_total_and_disbursed_capital_no_registered():
    body = (
        "Thanks to a 3.1 billion USD project to build two power plants, Binh Duong led all "
        "localities in FDI attraction in the first quarter of 2021. More than 1 billion USD of FDI "
        "capital was disbursed in Binh Duong in the first 10 months of 2019."
    )
    found = facts(body, date(2021, 3, 30))
    assert {value for _, _, value, _, _ in found} & {3.1e9, 1e9} == set()
