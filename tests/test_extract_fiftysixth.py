"""Rules added in the fifty-sixth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract_rules import facts, values


def test_growth_that_reached_a_rate_against_last_year_is_that_rate_not_a_ratio():
    # "tăng trưởng … đạt 8,4% so với cùng kỳ": growth reached 8.4%, not 8.4% of last year's level
    got = facts(
        "Tăng trưởng kinh tế của tỉnh trong 9 tháng đầu năm 2024 đạt khoảng 8,4% so với cùng kỳ "
        "năm trước.",
        date(2024, 10, 5),
        "vi",
    )
    assert ("grdp_growth_pct", None, 8.4, "2024-01-01", "2024-09-30") in got


def test_a_share_of_last_years_level_reached_after_another_subject_stays_a_ratio():
    # the guard: with no growth word before it, "đạt 92% so với cùng kỳ" is 92% of last year's level
    got = facts(
        "Kim ngạch xuất khẩu 9 tháng đầu năm 2024 của tỉnh đạt 2,1 tỷ USD, đạt 92% so với cùng kỳ.",
        date(2024, 10, 5),
        "vi",
    )
    assert values(got, "exports_period_yoy_pct") == {-8.0}


def test_a_place_foreseen_to_grow_grew_that_much():
    # "<place> is expected to grow by X%": the place's own growth, as "<place> grew X%" is
    got = facts(
        "Official estimates show that Binh Duong is expected to grow by 7.9% in the first half "
        "of the year.",
        date(2024, 6, 20),
    )
    assert ("grdp_growth_pct", None, 7.9, "2024-01-01", "2024-06-30") in got


def test_its_rate_said_before_the_word_growth_is_the_places_growth():
    # "Its 8.2 per cent growth rate last year …": the rate stands before the noun it measures
    got = facts(
        "Binh Duong keeps its place among the leaders. Its 8.2 per cent growth rate last year "
        "ranked it fifth in the country.",
        date(2024, 4, 2),
    )
    assert ("grdp_growth_pct", None, 8.2, "2023-01-01", "2023-12-31") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Binh Duong keeps working towards its 10% growth goal for 2025.",
        "A Japanese company opened its second plant in Binh Duong; its 12% growth last year "
        "came from new orders.",
    ],
)
def test_a_growth_goal_or_a_firms_growth_is_no_growth_of_the_place(sentence):
    assert values(facts(sentence, date(2024, 4, 2)), "grdp_growth_pct") == set()


def test_a_flow_read_only_from_the_articles_topic_does_not_unmake_a_stated_total():
    # projects still under talks, "with estimated capital of around 2.5 billion USD", are read as
    # FDI only from the article's topic: too weak to turn the stated total into a flow
    got = facts(
        "Binh Duong licensed eight foreign-invested projects worth 60 million USD this year. "
        "Several investors said they would sign agreements soon. These include two logistics "
        "centres with estimated capital of around 2.5 billion USD. Binh Duong now hosts a total "
        "of 4,300 FDI projects, with total registered capital of 1.9 billion USD.",
        date(2023, 12, 20),
    )
    assert ("fdi_capital_total", None, 1.9e9, None, "2023-12-20") in got


def test_money_reached_through_thousands_of_projects_named_in_several_words_is_a_total():
    # "through more than 2,500 foreign direct investment (FDI) projects": the noun stands a few
    # words after the count, and the thousands still make the sum the province's total
    got = facts(
        "Binh Duong has pulled in more than US$12 billion through more than 2,500 foreign direct "
        "investment (FDI) projects, the provincial People's Committee said.",
        date(2014, 5, 6),
    )
    assert ("fdi_capital_total", None, 12e9, None, "2014-05-06") in got


def test_foreign_projects_that_registered_a_sum_hold_it_as_their_capital():
    # "26 dự án nước ngoài đăng ký tổng cộng 124 triệu USD": the sum the new projects registered
    got = facts(
        "Nửa đầu năm 2017, tỉnh thu hút 107 dự án đầu tư. Trong số này, 26 dự án nước ngoài đăng "
        "ký tổng cộng 124 triệu USD, còn 81 dự án trong nước có tổng vốn đăng ký trên 8.000 tỉ "
        "đồng.",
        date(2017, 7, 5),
        "vi",
        "Nửa đầu năm, vốn FDI vào Bình Dương tăng mạnh",
    )
    assert ("fdi_new_projects_period", None, 26, "2017-01-01", "2017-06-30") in got
    assert ("fdi_new_capital_period", None, 124e6, "2017-01-01", "2017-06-30") in got


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Trong năm 2023, tỉnh thu hút thêm 5 dự án FDI; tổng vốn đầu tư của các dự án này vào "
            "khoảng 210 triệu USD.",
            "vi",
        ),
        (
            "In 2023 the province drew five more FDI projects. Taken together, the capital of "
            "these projects came to about 210 million USD.",
            "en",
        ),
    ],
)
def test_the_capital_of_these_projects_after_a_count_of_new_ones_is_theirs(body, lang):
    got = facts(body, date(2024, 1, 10), lang)
    assert ("fdi_new_capital_period", None, 210e6, "2023-01-01", "2023-12-31") in got


def test_a_count_up_on_a_year_ago_is_a_change_not_a_second_count():
    # "36 … projects, up 3 projects compared with the same period last year": 3 is the change
    got = facts(
        "Since the start of this year Binh Duong has drawn 36 foreign direct investment (FDI) "
        "projects, up 3 projects compared with the same period last year.",
        date(2024, 7, 26),
    )
    assert values(got, "fdi_new_projects_period") == {36}


def test_capital_added_said_after_up_stays_the_capital_added():
    # the guard: "53 projects that added capital (up 514.9 million USD)" is the sum added
    got = facts(
        "In nine months Binh Duong licensed 62 new projects worth 398 million USD in total and "
        "53 projects that added capital (up 514.9 million USD), while FDI disbursed over the same "
        "stretch came to 709 million USD.",
        date(2024, 9, 25),
    )
    assert values(got, "fdi_adjusted_capital_period") == {514.9e6}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tính từ đầu năm đến ngày 20/6/2024, tỉnh thu hút 1,2 tỷ USD vốn FDI. Xét theo đối "
            "tác, Hàn Quốc đứng đầu với 25 dự án và tổng vốn đầu tư đăng ký 130 triệu USD.",
            "vi",
        ),
        (
            "From the start of the year to June 20, Binh Duong drew 1.2 billion USD of FDI. By "
            "partner, South Korea led with 25 projects and total registered capital of 130 "
            "million USD.",
            "en",
        ),
    ],
)
def test_a_sentence_opening_on_partners_splits_the_periods_sum_by_country(body, lang):
    # after the year so far, "by partner, …" splits the period's money: "total" is no total
    got = facts(body, date(2024, 6, 25), lang)
    assert ("fdi_capital_period", "South Korea", 130e6, "2024-01-01", "2024-06-20") in got
    assert values({f for f in got if f[1] == "South Korea"}, "fdi_projects_total") == set()


def test_projects_summed_over_all_years_told_by_partner_stay_a_total():
    # the guard: "tính lũy kế" (summed over all years) makes a total even after "Xét theo đối tác"
    got = facts(
        "Tính từ đầu năm đến ngày 20/6/2024, tỉnh thu hút 1,2 tỷ USD vốn FDI. Xét theo đối tác, "
        "tính lũy kế Hàn Quốc có 420 dự án với tổng vốn đầu tư đăng ký 6,5 tỷ USD.",
        date(2024, 6, 25),
        "vi",
    )
    assert values({f for f in got if f[1] == "South Korea"}, "fdi_projects_total") == {420}


@pytest.mark.parametrize(
    "joined",
    ["d'une valeur totale de plus de 80 millions de dollars", "dont le capital total atteint plus "
     "de 80 millions de dollars"],
)  # fmt: skip
def test_a_french_sum_of_more_than_x_joined_to_the_new_projects_is_theirs(joined):
    # "plus de" before the sum means "more than", no second part ("X plus Y")
    got = facts(
        f"Depuis le début de l'année, Binh Duong a attiré 12 projets d'IDE, {joined}.",
        date(2024, 6, 20),
        "fr",
    )
    assert ("fdi_new_capital_period", None, 80e6, "2024-01-01", "2024-06-20") in got


def test_projects_won_over_and_others_joined_by_ainsi_que_are_the_periods_new_ones():
    # "a séduit 40 nouveaux projets domestiques …, ainsi que 15 projets d'IDE": the verb is both's
    got = facts(
        "Depuis le début de l'année, Binh Duong a séduit 40 nouveaux projets domestiques, d'une "
        "valeur de 9.000 milliards de dôngs, ainsi que 15 projets d'IDE.",
        date(2024, 6, 20),
        "fr",
    )
    assert ("fdi_new_projects_period", None, 15, "2024-01-01", "2024-06-20") in got


def test_a_long_noun_phrase_between_the_count_and_its_registered_sum_still_joins_them():
    # "9 dự án đầu tư trực tiếp nước ngoài được tỉnh thu hút, đăng ký tổng cộng X": eleven words
    got = facts(
        "Về vốn ngoại, nửa đầu năm 2024 có 9 dự án đầu tư trực tiếp nước ngoài được tỉnh thu hút, "
        "đăng ký tổng cộng 52,5 triệu USD.",
        date(2024, 7, 5),
        "vi",
    )
    assert ("fdi_new_capital_period", None, 52.5e6, "2024-01-01", "2024-06-30") in got


def test_the_split_by_partner_goes_on_while_the_sentences_name_a_country_and_no_period():
    # "Xếp thứ hai là Nhật Bản với 10 dự án, tổng vốn …" after "Xét theo đối tác, …": the split
    # of the year so far goes on (by-partner-carries)
    got = facts(
        "Tính từ đầu năm đến ngày 20/6/2024, tỉnh thu hút 1,2 tỷ USD vốn FDI. Xét theo đối tác, "
        "Hàn Quốc đứng đầu với tổng vốn đầu tư đăng ký 130 triệu USD. Xếp thứ hai là "
        "Nhật Bản với 10 dự án, tổng vốn đầu tư đăng ký 49,6 triệu USD.",
        date(2024, 6, 25),
        "vi",
    )
    japan = {(f[0], f[4]) for f in got if f[1] == "Japan" and f[2] == 49.6e6}
    assert japan and japan <= {("fdi_capital_period", "2024-06-20"), ("fdi_new_capital_period",
                                                                     "2024-06-20")}  # fmt: skip


@pytest.mark.parametrize("opening", ["In 2023", "From 2019 to 2023"])
def test_projects_that_came_after_an_opening_period_are_its_new_ones(opening):
    # "In 2023, 58 foreign-invested projects came to …": the count opens its clause once the
    # period phrase that opens the sentence is past, and the verb after it brought them in
    got = facts(
        f"{opening}, 58 foreign-invested projects came to Binh Duong, registering US$317.2 "
        "million in total.",
        date(2024, 3, 1),
    )
    assert values(got, "fdi_new_projects_period") == {58}
