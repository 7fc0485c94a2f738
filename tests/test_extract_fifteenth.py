"""Shapes of our own wording found in the fifteenth session: French totals told as a state
("Fin mai, la province accueillait …"), sums joined to their counts, domestic money told in
dollars."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts

PUBLISHED = date(2024, 7, 8)


def test_a_french_month_end_without_a_preposition_dates_a_total_the_province_hosted():
    body = (
        "Fin mai 2024, Binh Duong accueillait 4.200 projets d'investissement direct étranger, "
        "dotés d'un capital enregistré total de 41,2 milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 4200, None, "2024-05-31") in found
    assert ("fdi_capital_total", None, 41.2e9, None, "2024-05-31") in found


def test_french_summed_figures_make_a_month_named_with_them_a_date_of_totals():
    body = (
        "Selon les données cumulées, la province de Binh Duong totalisait, au mois de mars 2024, "
        "412 projets d'investissement direct étranger (IDE) pour un montant global de 5,1 "
        "milliards de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_projects_total", None, 412, None, "2024-03-31") in found
    assert ("fdi_capital_total", None, 5.1e9, None, "2024-03-31") in found  # its count's kind
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_domestic_investment_told_in_dollars_is_no_foreign_money():
    body = (
        "Au premier semestre 2024, Binh Duong a octroyé des licences à 70 nouveaux projets d'IDE. "
        "La province a aussi drainé 310 investissements nationaux, pour un total d'environ "
        "1,5 milliard de dollars."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_new_projects_period", None, 70, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 1.5e9 for f in found)


def test_domestic_projects_a_province_now_counts_have_no_period_capital():
    body = (
        "Au premier semestre 2024, Binh Duong a approuvé 40 projets nationaux dont le capital "
        "atteint 9.000 milliards de dongs. La province compte désormais 9.100 projets valides à "
        "capitaux nationaux, pour un capital de plus de 480.000 milliards de dongs."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("domestic_capital_period", None, 9e12, "2024-01-01", "2024-06-30") in found
    assert not any(f[2] == 4.8e14 for f in found)


def test_what_a_french_province_hosts_is_a_total_not_the_periods_flow():
    body = (
        "Au premier semestre 2024, Binh Duong a octroyé des licences à 70 nouveaux projets "
        "d'IDE. La province accueille 4.200 projets d'IDE venus de 65 pays et territoires."
    )
    found = facts(body, PUBLISHED, lang="fr")
    assert ("fdi_new_projects_period", None, 70, "2024-01-01", "2024-06-30") in found
    assert ("fdi_projects_total", None, 4200, None, "2024-06-30") in found
    assert ("fdi_countries_total", None, 65, None, "2024-06-30") in found


EN_9M_2024 = ("2024-01-01", "2024-09-30")


def test_what_new_and_added_capital_bring_the_total_to_is_the_periods_whole():
    body = (
        "In the first nine months of 2024, Binh Duong granted licences to 90 new FDI projects "
        "worth 700 million USD and approved capital additions for 40 others, bringing the total "
        "FDI capital drawn into the province to 1.2 billion USD, or 80% of the yearly plan."
    )
    found = facts(body, date(2024, 10, 6))
    assert ("fdi_adjusted_projects_period", None, 40, *EN_9M_2024) in found
    assert ("fdi_capital_period", None, 1.2e9, *EN_9M_2024) in found
    assert not any(f[2] == 1.2e9 and f[0] != "fdi_capital_period" for f in found)


def test_raising_their_capital_by_a_total_is_what_the_existing_projects_added():
    body = (
        "In the first nine months of 2024, Binh Duong licensed 90 new FDI projects with a total "
        "capital of 700 million USD, while 40 projects were granted additional capital, raising "
        "their investment by a total of 300 million USD."
    )
    found = facts(body, date(2024, 10, 6))
    assert ("fdi_adjusted_capital_period", None, 300e6, *EN_9M_2024) in found


def test_the_capital_of_the_foreign_invested_businesses_a_province_hosts_is_its_fdi_total():
    body = (
        "So far this year, Binh Duong has logged six FDI projects valued at 95 million USD. The "
        "province now hosts some 4,000 foreign-invested businesses from 65 countries and "
        "territories, with a total capital of nearly 41 billion USD."
    )
    found = facts(body, date(2024, 3, 15))
    assert ("fdi_new_projects_period", None, 6, "2024-01-01", "2024-03-15") in found
    assert ("fdi_capital_total", None, 41e9, None, "2024-03-15") in found


def test_a_sum_added_by_a_total_of_is_no_cumulative_total():
    body = (
        "In the first nine months of 2024, Binh Duong licensed 90 new FDI projects, while 40 "
        "projects were granted additional capital, raising their investment by a total of 300 "
        "million USD."
    )
    found = facts(body, date(2024, 10, 6))
    assert not any(f[2] == 300e6 and f[0] == "fdi_capital_total" for f in found)


def test_the_foreign_invested_sector_abbreviated_dtnn_is_a_part_of_exports():
    body = (
        "Trong 5 tháng đầu năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 12,1 tỷ "
        "USD, tăng 9,2% so với cùng kỳ; riêng khu vực có vốn ĐTNN tăng 10,4%, khu vực tư nhân "
        "tăng 6,8%."
    )
    found = facts(body, date(2024, 6, 3), lang="vi")
    assert ("exports_period_yoy_pct", None, 9.2, "2024-01-01", "2024-05-31") in found
    assert not any(f[2] == 10.4 for f in found)


def test_foreign_direct_investments_counted_are_projects():
    body = (
        "In 2023 Binh Duong attracted 112 foreign direct investments and increased capital for "
        "75 projects."
    )
    found = facts(body, date(2024, 1, 10))
    assert ("fdi_new_projects_period", None, 112, "2023-01-01", "2023-12-31") in found


VI_H1_2024 = ("2024-01-01", "2024-06-30")


def test_projects_counted_under_a_domestic_investment_heading_are_domestic():
    body = (
        "Trong 6 tháng đầu năm 2024, kinh tế Bình Dương tăng trưởng ổn định. Về đầu tư trong "
        "nước, tỉnh thu hút 210 dự án, tổng vốn đăng ký 9.400 tỷ đồng."
    )
    found = facts(body, date(2024, 7, 3), lang="vi")
    assert not any(f[2] == 210 for f in found)


def test_the_whole_year_a_plan_was_set_for_is_no_period_of_the_actual():
    body = (
        "Trong 6 tháng đầu năm 2024, kinh tế Bình Dương tăng trưởng ổn định. Tổng thu ngân sách "
        "trên địa bàn ước đạt 35.100 tỷ đồng, bằng 51% dự toán được giao cho cả năm."
    )
    found = facts(body, date(2024, 7, 3), lang="vi")
    assert ("budget_revenue_period", None, 3.51e13, *VI_H1_2024) in found


def test_projects_whose_domestic_and_foreign_parts_follow_are_of_every_kind():
    body = (
        "Trong 6 tháng đầu năm 2024, tỉnh Bình Dương cấp giấy chứng nhận đăng ký đầu tư cho 150 "
        "dự án, nhiều hơn cùng kỳ 12 dự án. Cụ thể gồm 110 dự án trong nước và 40 dự án FDI."
    )
    found = facts(body, date(2024, 7, 3), lang="vi")
    assert ("fdi_new_projects_period", None, 40, *VI_H1_2024) in found
    assert not any(f[2] == 150 for f in found)
    english = (
        "In 2023, Binh Duong issued investment licences to 97 projects, including 12 FDI projects "
        "with total registered capital of 240 million USD. The other 85 projects belong to "
        "domestic investors."
    )
    found = facts(english, date(2024, 1, 20))
    assert ("fdi_new_projects_period", None, 12, "2023-01-01", "2023-12-31") in found
    assert not any(f[2] == 97 for f in found)


def test_a_count_of_another_kind_between_is_passed_but_parts_that_do_not_add_up_are_not():
    body = (
        "Bình Dương tiếp tục thu hút vốn đầu tư nước ngoài. Trong tháng 1/2024, tỉnh cấp mới cho "
        "40 dự án và điều chỉnh tăng vốn 38 lượt dự án. Tỉnh cấp mới 14 dự án đầu tư trong nước "
        "và 26 dự án FDI."
    )  # foreign investment named first: else the 40 are of every kind from the start
    found = facts(body, date(2024, 2, 5), lang="vi")
    assert not any(f[2] == 40 for f in found)
    uneven = body.replace("26 dự án FDI", "25 dự án FDI")
    assert any(f[2] == 40 for f in facts(uneven, date(2024, 2, 5), lang="vi"))


def test_capital_named_new_and_added_after_a_count_of_new_projects_is_the_whole():
    body = (
        "Trong 9 tháng đầu năm 2024, tỉnh Bình Dương thu hút 80 dự án FDI mới, tổng vốn đăng ký "
        "cấp mới và tăng thêm đạt 1,9 tỷ USD."
    )
    found = facts(body, date(2024, 10, 2), lang="vi")
    assert ("fdi_new_projects_period", None, 80, *EN_9M_2024) in found
    assert ("fdi_capital_period", None, 1.9e9, *EN_9M_2024) in found


def test_foreign_projects_inside_a_bracket_of_newly_licensed_ones_are_new_and_revoked_ones_out():
    body = (
        "Tính đến 27/3/2024, toàn tỉnh Bình Dương có 1.196 doanh nghiệp thành lập mới. Về đầu tư, "
        "tỉnh đã cấp mới 36 dự án với tổng vốn đăng ký 5.916 tỷ đồng (trong đó 14 dự án FDI có "
        "vốn đăng ký 126,5 triệu USD) và thu hồi 1 dự án FDI vốn đăng ký 34,5 triệu USD."
    )
    found = facts(body, date(2024, 3, 29), lang="vi")
    assert ("fdi_new_projects_period", None, 14, "2024-01-01", "2024-03-29") in found
    assert ("fdi_new_capital_period", None, 126.5e6, "2024-01-01", "2024-03-29") in found
    assert not any(f[2] == 34.5e6 for f in found)


def test_the_year_a_sentence_compares_with_told_in_a_bracket_is_no_figure():
    body = (
        "Năm 2023, tỉnh Bình Dương cấp phép 95 dự án FDI với tổng vốn đăng ký 1,1 tỷ USD. So với "
        "năm 2022, số dự án FDI mà tỉnh thu hút được giảm 9%, còn tổng vốn đầu tư giảm 40% (năm "
        "2022 tỉnh thu hút 104 dự án FDI với tổng vốn đầu tư 1,83 tỷ USD)."
    )
    found = facts(body, date(2024, 1, 15), lang="vi")
    assert ("fdi_new_projects_period", None, 95, "2023-01-01", "2023-12-31") in found
    assert not any(f[2] in (104, 1.83e9, -9) for f in found)


VI_Q1_2024 = ("2024-01-01", "2024-03-31")


def test_a_rate_reached_then_compared_with_the_year_agos_rate_is_no_ratio():
    body = (
        "Tăng trưởng GRDP quý I/2024 của tỉnh Bình Dương ước đạt 4,8%, thấp hơn mức 6,2% của "
        "cùng kỳ."
    )
    found = facts(body, date(2024, 4, 5), lang="vi")
    assert ("grdp_growth_pct", None, 4.8, *VI_Q1_2024) in found
    ratio = "Chỉ số sản xuất công nghiệp quý I/2024 của tỉnh Bình Dương ước đạt 91,5%, tức giảm " \
        "8,5% so với cùng kỳ."  # fmt: skip
    assert ("iip_growth_pct", None, -8.5, *VI_Q1_2024) in facts(ratio, date(2024, 4, 5), "vi")


def test_a_sector_named_as_a_heading_with_at_does_not_govern_the_index_after_it():
    body = (
        "Quý I/2024, kinh tế Bình Dương phục hồi. Ở khu vực công nghiệp, chỉ số sản xuất công "
        "nghiệp (IIP) của quý ước tăng 5,2% so với cùng kỳ."
    )
    found = facts(body, date(2024, 4, 5), lang="vi")
    assert ("iip_growth_pct", None, 5.2, *VI_Q1_2024) in found


def test_a_cumulative_sum_after_the_first_months_of_a_year_is_that_spans_flow():
    body = (
        "Binh Duong holds the top spot, with a cumulative registered investment capital of "
        "approximately 3.1 billion USD after eleven months of 2024."
    )
    found = facts(body, date(2024, 12, 4))
    assert ("fdi_capital_period", None, 3.1e9, "2024-01-01", "2024-11-30") in found


def test_a_share_said_to_be_high_before_its_number_is_no_growth_rate():
    body = (
        "Trong 9 tháng đầu năm 2024, GRDP của tỉnh Bình Dương tăng 6,5%. Do khu vực dịch vụ chiếm "
        "tỷ trọng cao, khoảng 40% trong GRDP, nên tốc độ tăng trưởng chung ở mức vừa phải."
    )
    found = facts(body, date(2024, 10, 2), lang="vi")
    assert ("grdp_growth_pct", None, 6.5, *EN_9M_2024) in found
    assert not any(f[2] == 40 for f in found)


def test_an_undated_report_is_later_than_the_months_its_sum_is_a_multiple_of():
    body = (
        "Trong 3 tháng đầu năm, Bình Dương đã hút thêm 519,4 triệu USD vốn đầu tư nước ngoài, cao "
        "gấp 2,1 lần mức 248,6 triệu USD ghi nhận trong 3 tháng đầu năm 2019. Sở Kế hoạch và Đầu "
        "tư tỉnh nhận định kết quả 3 tháng đầu năm là dấu hiệu khả quan cho việc thu hút FDI "
        "trong năm 2020."
    )
    found = facts(body, None, lang="vi")
    assert ("fdi_capital_period", None, 519.4e6, "2020-01-01", "2020-03-31") in found
    assert not any(f[2] == 248.6e6 for f in found)


LEAD_2M = (
    "Trong hai tháng đầu năm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên thị trường "
    "tỉnh Bình Dương ước đạt hơn 40.000 tỷ đồng. "
)
M1_2_2021 = ("retail_sales_period", None, 4e13, "2021-01-01", "2021-02-28")


def test_an_undated_reports_year_named_beside_a_diseases_name_is_the_year_spoken_of():
    body = LEAD_2M + "Dịch Covid-19 bùng phát dịp Tết Nguyên đán năm 2021 khiến sức mua giảm."
    assert M1_2_2021 in facts(body, None, lang="vi")


def test_an_undated_reports_year_named_beside_months_compared_is_the_year_spoken_of():
    body = LEAD_2M + "Dịp Tết năm 2021, sức mua trong tháng 2 giảm so với tháng 1."
    assert M1_2_2021 in facts(body, None, lang="vi")


def test_an_undated_reports_months_measured_against_the_plan_still_date_it():
    body = LEAD_2M + (
        "Thương mại trong 02 tháng đầu năm 2021 đã thực hiện được khoảng 15% kế hoạch cả năm."
    )
    assert M1_2_2021 in facts(body, None, lang="vi")


def test_the_parts_of_the_industrial_parks_projects_are_the_parks_too():
    body = (
        "Tính đến tháng 5/2024, Bình Dương đã thu hút gần 4.300 dự án FDI. Riêng trong các khu "
        "công nghiệp của tỉnh hiện có 3.128 dự án còn hiệu lực. Trong số này, 2.448 dự án là đầu "
        "tư nước ngoài với tổng vốn đăng ký hơn 29,6 tỷ USD."
    )
    found = facts(body, date(2024, 5, 23), lang="vi")
    assert any(f[0] == "fdi_projects_total" and f[2] == 4300 for f in found)
    assert not any(f[2] in (2448, 29.6e9) for f in found)


def test_this_year_as_of_a_day_is_the_year_to_that_day_not_the_year_before():
    body = (
        "Binh Duong's GRDP grew 6.9 per cent in 2023. This year, as of February 15, the province "
        "has drawn US$410 million worth of foreign investment, up 20 per cent year-on-year."
    )
    found = facts(body, date(2024, 3, 11))
    assert ("fdi_capital_period", None, 410e6, "2024-01-01", "2024-02-15") in found


def test_foreign_investors_who_contributed_capital_count_contributions():
    body = (
        "In the first quarter of 2024, Binh Duong attracted US$ 435 million of FDI capital. This "
        "includes 31 new projects with total registered capital of US$ 234 million and 18 foreign "
        "investors who contributed capital of nearly US$ 60 million."
    )
    found = facts(body, date(2024, 4, 5))
    assert ("fdi_contribution_projects_period", None, 18, *VI_Q1_2024) in found


def test_a_country_named_among_the_biggest_after_a_total_does_not_own_it():
    body = (
        "La province de Binh Duong compte actuellement 4.057 projets d'investissement venant de 65 "
        "pays et territoires, avec un capital social total de 39,5 milliards de dollars, le Japon "
        "figurant parmi les pays aux capitaux les plus importants."
    )
    found = facts(body, date(2022, 8, 5), lang="fr")
    assert ("fdi_capital_total", None, 39.5e9, None, "2022-08-05") in found


def test_a_second_rate_joined_by_and_alone_keeps_the_fall_of_the_first():
    body = (
        "Binh Duong's industrial production index in February 2024 was estimated to fall "
        "sharply, by 20.5% against the previous month and 3.1% compared to the same period last "
        "year."
    )
    found = facts(body, date(2024, 2, 27))
    assert ("iip_growth_pct", None, -3.1, "2024-02-01", "2024-02-29") in found
    more = (
        "In the first five months of 2024, Binh Duong attracted $1.2 billion of FDI, down 2 "
        "percent in projects and 3.5 percent more capital than a year earlier."
    )  # the second rate's own word after it says which way it went
    assert any(f[2] == 3.5 for f in facts(more, date(2024, 6, 1)))


def test_the_valid_projects_before_a_revoked_count_are_not_revoked():
    body = (
        "Tính lũy kế đến ngày 20/8/2024, trên địa bàn tỉnh Bình Dương có 4.517 dự án FDI với tổng "
        "vốn đầu tư 42 tỷ USD. Trong số này, số dự án còn hiệu lực là 4.161 dự án với tổng vốn "
        "40,1 tỷ USD, còn 356 dự án đã bị thu hồi với tổng vốn 1,9 tỷ USD."
    )
    found = facts(body, date(2024, 8, 25), lang="vi")
    assert ("fdi_projects_total", None, 4161, None, "2024-08-20") in found
    assert ("fdi_capital_total", None, 40.1e9, None, "2024-08-20") in found
    assert not any(f[2] in (356, 1.9e9) for f in found)


def test_a_sum_the_counted_countries_each_exceed_and_the_revenue_of_a_bloc_are_no_figures():
    body = (
        "Tính đến cuối tháng 7/2024, đã có 65 quốc gia, vùng lãnh thổ đầu tư vào Bình Dương với "
        "4.153 dự án, tổng vốn đầu tư trên 41,7 tỷ USD. Trong đó, 5 quốc gia, vùng lãnh thổ có số "
        "vốn đầu tư vượt 2 tỷ USD gồm Hàn Quốc, Nhật Bản, Singapore, Đài Loan và Hoa Kỳ. Hiện "
        "các khu công nghiệp của tỉnh có 2.834 dự án FDI đang hoạt động. Doanh thu của khối này "
        "trong 6 tháng đầu năm 2024 đạt 16,75 tỷ USD, tăng gần 9% so với cùng kỳ."
    )
    found = facts(body, date(2024, 8, 10), lang="vi")
    assert ("fdi_capital_total", None, 41.7e9, None, "2024-07-31") in found
    assert not any(f[2] in (2e9, 16.75e9, 9) for f in found)


def test_the_noun_right_after_a_sum_names_it_over_the_word_before():
    body = (
        "In the first four months of 2024, Binh Duong came second, earning over US$ 14 billion "
        "from exports against US$ 11 billion in import turnover."
    )
    found = facts(body, date(2024, 5, 19))
    assert ("imports_period", None, 11e9, "2024-01-01", "2024-04-30") in found
    disbursed = (
        "Foreign investors in Binh Duong have disbursed nearly 428 million USD in foreign direct "
        "investment (FDI) since the start of this year."
    )
    assert not facts(disbursed, date(2024, 7, 19))


def test_the_result_points_back_to_the_sum_and_a_products_earnings_are_no_province_figure():
    body = (
        "Goods shipped abroad from Binh Duong were worth US$25.9 billion in the first 10 months of "
        "2024. The result is up 17 per cent year-on-year. Rice was the province's biggest export "
        "earner over the period, bringing in $627 million, a jump of 68 per cent compared with "
        "the same period last year."
    )
    found = facts(body, date(2024, 11, 5))
    assert ("exports_period", None, 25.9e9, "2024-01-01", "2024-10-31") in found
    assert ("exports_period_yoy_pct", None, 17, "2024-01-01", "2024-10-31") in found
    assert not any(f[2] in (627e6, 68) for f in found)


def test_a_domestic_investment_heading_holds_to_the_end_of_its_paragraph():
    body = (
        "Ở lĩnh vực thu hút đầu tư trong nước, từ đầu năm đến nay tỉnh Bình Dương đã cấp 40 chủ "
        "trương đầu tư, số vốn đăng ký 10.600 tỷ đồng. Tính đến nay, toàn tỉnh có 3.210 dự án với "
        "tổng vốn đầu tư 484.733 tỷ đồng. Trong số này, 2.560 dự án nằm ngoài khu, cụm công "
        "nghiệp (tổng vốn 135.538 tỷ đồng) và 620 dự án trong khu công nghiệp.\n\nTrong khi đó, "
        "vốn FDI từ đầu năm đạt 1,2 tỷ USD với 95 dự án mới."
    )
    found = facts(body, date(2024, 10, 5), lang="vi")
    assert not any(f[2] in (3210, 2560, 620) for f in found)
    assert any(f[0] == "fdi_new_projects_period" and f[2] == 95 for f in found)


def test_a_count_named_by_its_countrys_adjective_passes_its_partner_to_the_sum_it_joins():
    body = (
        "Selon le président du Comité populaire provincial de Binh Duong, la province recense "
        "actuellement 912 projets sud-coréens en activité, pour un capital total de 6,7 milliards "
        "de dollars, principalement dans l'électronique."
    )
    found = facts(body, date(2025, 8, 21), lang="fr")
    assert ("fdi_capital_total", "South Korea", 6.7e9, None, "2025-08-21") in found


def test_projects_told_by_where_they_stand_inside_or_outside_the_parks_are_parts():
    body = (
        "Trong 8 tháng đầu năm 2024, Bình Dương thu hút 90 dự án FDI mới. Hiện toàn tỉnh có "
        "4.323 dự án FDI; trong đó 3.062 dự án trong khu công nghiệp (tổng vốn 30,9 tỷ USD)."
    )
    found = facts(body, date(2024, 9, 8), lang="vi")
    assert any(f[2] == 4323 for f in found)
    assert not any(f[2] in (3062, 30.9e9) for f in found)
