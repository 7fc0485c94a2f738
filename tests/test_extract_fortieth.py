"""Rules added in the fortieth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.address_date import AddressDate
from etl.extract.dating import estimate_publication
from tests.test_extract_rules import facts


def test_between_january_and_a_day_of_a_later_month_ends_on_that_day():
    body = (
        "Foreign investors committed 842 million USD to Binh Duong between January and "
        "September 18, the provincial investment department said."
    )
    got = facts(body, date(2023, 9, 25), "en", title="Binh Duong FDI so far")
    assert ("fdi_capital_period", None, 842000000.0, "2023-01-01", "2023-09-18") in got


def test_a_rate_up_on_the_month_before_is_no_yearly_change_and_june_last_year_is_a_base():
    body = (
        "Binh Duong's exports in August were put at 2.6 billion USD, 0.4% up on July and "
        "5.3% higher than in August last year."
    )
    got = facts(body, date(2023, 9, 4), "en", title="Binh Duong exports in August")
    assert ("exports_period_yoy_pct", None, 5.3, "2023-08-01", "2023-08-31") in got
    assert not any(f[0] == "exports_period_yoy_pct" and f[2] == 0.4 for f in got)


def test_a_quarter_opened_with_for_and_followed_by_a_plan_does_not_date_an_undated_page():
    texts = [
        "Binh Duong reviews the first quarter",
        "Binh Duong's GRDP grew 7.2% in the first quarter, the provincial chairman told the "
        "meeting.",
        "For the third quarter, Binh Duong plans to speed up land clearance for new parks.",
    ]
    estimated = estimate_publication(texts, AddressDate(year=2024, month=4, day=None))
    assert estimated is not None and estimated.year == 2024


def test_months_set_beside_a_year_named_in_words_are_the_base():
    body = (
        "Tính chung ba tháng đầu năm 2024, chỉ số sản xuất công nghiệp tỉnh Bình Dương tăng "
        "6,4% khi đặt cạnh ba tháng đầu năm 2023."
    )
    got = facts(body, date(2024, 4, 2), "vi", title="Bình Dương: sản xuất công nghiệp quý I")
    assert ("iip_growth_pct", None, 6.4, "2024-01-01", "2024-03-31") in got


def test_effective_and_still_valid_projects_are_the_projects_total():
    body = (
        "As of the end of October 2023, Binh Duong was home to 4,213 effective FDI projects. "
        "Its neighbour's tally is not given here."
    )
    got = facts(body, date(2023, 11, 6), "en", title="Binh Duong FDI tally")
    assert ("fdi_projects_total", None, 4213.0, None, "2023-10-31") in got


def test_izs_after_a_count_are_industrial_parks():
    body = "Binh Duong's 29 IZs now house more than 2,100 foreign-invested projects."
    got = facts(body, date(2023, 11, 6), "en", title="Binh Duong industrial zones")
    assert ("industrial_parks_total", None, 29.0, None, "2023-11-06") in got


def test_at_the_close_of_a_year_is_its_last_day():
    body = (
        "At the close of 2022 Binh Duong counted 4,075 FDI projects from 65 countries and "
        "territories."
    )
    got = facts(body, date(2023, 5, 2), "en", title="Binh Duong's investors")
    assert ("fdi_projects_total", None, 4075.0, None, "2022-12-31") in got
    assert ("fdi_countries_total", None, 65.0, None, "2022-12-31") in got


def test_a_local_story_that_names_a_place_only_in_a_company_or_a_person_stays_the_provinces():
    from tests.test_extract_eleventh import _relevant

    title = "Investment approved for 25 projects so far this year"
    body = (
        "(BDO) - In May the province approved investment for six domestic projects worth 410 "
        "billion VND, taking the year's approvals to 25 projects.\n\nThe meeting was chaired by "
        "Nguyen Long An, deputy director of the planning department. Staff of Kizuna Dong Nai "
        "Co., Ltd attended."
    )
    assert _relevant(title, body)
    assert not _relevant(title, body.replace("Kizuna Dong Nai Co., Ltd", "a firm in Dong Nai"))


def test_the_provinces_growth_rate_told_without_naming_the_economy_is_grdp_growth():
    body = (
        "Binh Duong hosted a delegation from Osaka on Tuesday. Its growth rate of 8.6% in 2022 "
        "placed it 9th nationwide, and in the first half of 2023 the provincial economy grew "
        "by 6.1%."
    )
    got = facts(body, date(2023, 3, 14), "en", title="Osaka delegation visits Binh Duong")
    assert ("grdp_growth_pct", None, 8.6, "2022-01-01", "2022-12-31") in got


def test_a_bare_vietnamese_growth_rate_is_grdp_and_the_expected_level_is_no_figure():
    body = (
        "Năm 2024, tỉnh Bình Dương thu ngân sách vượt dự toán. Tốc độ tăng trưởng đạt 7,2%, "
        "tuy khả quan nhưng chưa chạm mức kỳ vọng 8,5%."
    )
    got = facts(body, date(2025, 1, 10), "vi", title="Bình Dương tổng kết năm 2024")
    assert ("grdp_growth_pct", None, 7.2, "2024-01-01", "2024-12-31") in got
    assert not any(f[2] == 8.5 for f in got)


def test_a_french_growth_that_passed_a_rate_against_a_year_earlier():
    body = (
        "Au premier semestre, la croissance de Binh Duong a dépassé 7,9%, contre 6,8% au "
        "premier semestre 2023."
    )
    got = facts(body, date(2024, 7, 8), "fr", title="Binh Duong : le semestre")
    assert ("grdp_growth_pct", None, 7.9, "2024-01-01", "2024-06-30") in got
    assert not any(f[2] == 6.8 for f in got)


def test_a_part_is_not_made_a_whole_by_two_parts_of_a_shorter_period_that_happen_to_add_up():
    body = (
        "In the first five months, Binh Duong drew 1,210 million USD of FDI: capital "
        "contributions took 900 million USD, 60 projects added 262 million USD and 80 new "
        "projects brought 48 million USD.\n\nIn May alone, the province drew 61 million USD: "
        "13.2 million USD for 20 new projects, 12.6 million USD added and 35.2 million USD "
        "of capital contributions."
    )
    got = facts(body, date(2023, 6, 2), "en", title="Binh Duong FDI in five months")
    assert ("fdi_new_capital_period", None, 48000000.0, "2023-01-01", "2023-05-31") in got


def test_le_reste_opens_a_new_subject_so_the_new_projects_keep_their_sum():
    body = (
        "Au cours des quatre premiers mois de 2023, Binh Duong a drainé 512 millions d'USD "
        "d'IDE. Sur ce total, 198 millions d'USD ont été apportés par 31 projets nouvellement "
        "enregistrés, le reste provenant de 22 projets ayant augmenté leur capital."
    )
    got = facts(body, date(2023, 5, 3), "fr", title="Binh Duong : les IDE en quatre mois")
    assert ("fdi_new_capital_period", None, 198000000.0, "2023-01-01", "2023-04-30") in got


def test_a_sum_after_a_total_count_and_a_comma_with_their_value_is_the_capital_total():
    body = (
        "So far this year, Binh Duong has drawn foreign capital worth over US$470 million in 74 "
        "projects.\n\nThe province's FDI projects now number 1,200, with their value surpassing "
        "$10.4 billion."
    )
    got = facts(body, date(2023, 7, 27), "en", title="Binh Duong FDI")
    assert ("fdi_capital_total", None, 10.4e9, None, "2023-07-27") in got


def test_projets_representant_un_fonds_global_are_the_capital_total():
    body = (
        "Selon le directeur du centre de promotion, la province de Binh Duong totalisait, en "
        "octobre 2015, 224 projets d'investissement direct étranger représentant un fonds "
        "global de plus de 2,2 milliards de dollars."
    )
    got = facts(body, None, "fr", title="Binh Duong attire les investisseurs")
    assert ("fdi_capital_total", None, 2.2e9, None, "2015-10-31") in got


def test_so_far_an_additional_sum_is_what_came_in_not_the_total():
    body = "Binh Duong has so far drawn an additional 1.2 billion USD in foreign direct investment."
    got = facts(body, date(2023, 8, 21), "en", title="Binh Duong FDI")
    assert ("fdi_capital_period", None, 1.2e9, "2023-01-01", "2023-08-21") in got
    assert not any(f[0] == "fdi_capital_total" for f in got)


def test_a_rate_on_the_same_month_last_year_after_one_on_the_month_before_is_year_on_year():
    body = (
        "Binh Duong's exports in May came to 2.4 billion USD, up 3.1% on the previous month and "
        "9.6% on May last year."
    )
    got = facts(body, date(2024, 6, 4), "en", title="Binh Duong exports in May")
    assert ("exports_period_yoy_pct", None, 9.6, "2024-05-01", "2024-05-31") in got
    assert not any(f[2] == 3.1 for f in got)


def test_higher_than_the_first_two_quarters_of_last_year_is_a_yearly_change():
    body = (
        "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ở mức 15,2 tỷ USD, "
        "cao hơn 4,1% so với hai quý đầu năm 2023."
    )
    got = facts(body, date(2024, 7, 5), "vi", title="Xuất khẩu Bình Dương nửa đầu năm")
    assert ("exports_period_yoy_pct", None, 4.1, "2024-01-01", "2024-06-30") in got


def test_hundreds_written_in_words_keep_their_tens_and_units():
    from etl.extract.numwords import number_word_value

    assert number_word_value("four hundred twenty-seven") == 427
    assert number_word_value("three hundred and nine") == 309
    body = "Binh Duong currently hosts four hundred twenty-seven Japanese-invested projects."
    got = facts(body, date(2024, 4, 4), "en", title="Japanese investors in Binh Duong")
    assert ("fdi_projects_total", "Japan", 427.0, None, "2024-04-04") in got


def test_projects_of_which_some_remain_in_force_are_the_valid_total():
    body = (
        "À ce jour, Binh Duong a attiré au total 41 milliards de dollars d'IDE répartis entre "
        "4.300 projets, parmi lesquels 4.050 restent en vigueur."
    )
    got = facts(body, date(2024, 2, 20), "fr", title="Binh Duong : les IDE")
    assert ("fdi_projects_total", None, 4050.0, None, "2024-02-20") in got


def test_revenue_of_a_period_after_the_budget_was_named_is_budget_revenue():
    body = (
        "Binh Duong's total budget revenue in 2023 came to 63,000 billion VND, while revenue in "
        "the first 6 months of 2024 is estimated at 33,400 billion VND."
    )
    got = facts(body, date(2024, 6, 28), "en", title="Binh Duong budget")
    assert ("budget_revenue_period", None, 33.4e12, "2024-01-01", "2024-06-30") in got


def test_industry_with_its_production_index_is_the_iip():
    body = (
        "In 2024 Binh Duong's economy grew 7.4%. Industry kept a steady pace too, its production "
        "index estimated to rise by 8.3%."
    )
    got = facts(body, date(2024, 12, 28), "en", title="Binh Duong's year")
    assert ("iip_growth_pct", None, 8.3, "2024-01-01", "2024-12-31") in got


def test_a_country_in_second_place_owns_the_figures_in_the_brackets_after_it():
    body = (
        "South Korea tops the list of investors in Binh Duong (1,340 projects, US$6.2 billion), "
        "with Japan in second place (421 projects, US$5.9 billion)."
    )
    got = facts(body, date(2023, 3, 10), "en", title="Binh Duong's investors")
    assert ("fdi_capital_total", "Japan", 5.9e9, None, "2023-03-10") in got


def test_one_foreign_invested_project_is_a_count_of_one():
    body = (
        "In May, Binh Duong licensed one foreign-invested project with capital of 12 million "
        "USD. One of the firms at the meeting said it would expand."
    )
    got = facts(body, date(2023, 6, 2), "en", title="Binh Duong licenses projects in May")
    assert ("fdi_new_projects_period", None, 1.0, "2023-05-01", "2023-05-31") in got
    assert sum(1 for f in got if f[2] == 1.0) == 1


def test_french_counts_in_words_of_zi_and_capital_increases():
    body = (
        "Binh Duong compte treize ZI en activité. Au cours des six premiers mois de 2024, la "
        "province a enregistré quinze nouveaux projets d'IDE et sept augmentations de capital."
    )
    got = facts(body, date(2024, 7, 5), "fr", title="Binh Duong : les IDE au premier semestre")
    assert ("industrial_parks_total", None, 13.0, None, "2024-06-30") in got
    assert ("fdi_new_projects_period", None, 15.0, "2024-01-01", "2024-06-30") in got
    assert ("fdi_adjusted_projects_period", None, 7.0, "2024-01-01", "2024-06-30") in got


def test_french_others_that_raised_their_capital_are_the_adjusted_projects():
    body = (
        "En mars 2024, Binh Duong a octroyé des licences à neuf nouveaux projets d'IDE et a "
        "accepté que cinq autres relèvent leur capital. Dans la région, 20 nouveaux projets "
        "doivent obtenir leur certificat et 20 autres relever leur capital."
    )
    got = facts(body, date(2024, 4, 3), "fr", title="Binh Duong : les IDE en mars")
    assert ("fdi_adjusted_projects_period", None, 5.0, "2024-03-01", "2024-03-31") in got
    assert not any(f[0] == "fdi_adjusted_projects_period" and f[2] == 20.0 for f in got)
