"""An investor country's share of the province's running totals, in sentences of our own: a
ranking after an "as of" sentence of totals, "N projects and X" joined, a country's firms (not
one company), "N of those projects", "eight Italian projects", "Among them, Korea ...",
"currently", and a batch of licences that "get the go-ahead"."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons

PUBLISHED = date(2022, 11, 9)


def test_a_ranking_after_an_as_of_sentence_of_totals_states_totals():
    body = (
        "In the first ten months of 2022 Binh Duong drew 2.1 billion USD of FDI. As of October "
        "31 the province had 4,050 valid projects worth 39.5 billion USD. Taiwan (China) leads "
        "with 850 projects totaling 6.2 billion USD, followed by Japan with 330 projects and "
        "5.8 billion USD."
    )
    found = facts(body, PUBLISHED)
    for partner, projects, capital in (("Taiwan", 850.0, 6.2e9), ("Japan", 330.0, 5.8e9)):
        assert ("fdi_projects_total", partner, projects, None, "2022-10-31") in found
        assert ("fdi_capital_total", partner, capital, None, "2022-10-31") in found
    assert not any(f[0] == "fdi_capital_period" and f[1] for f in found)


def test_a_period_ranking_after_a_period_sentence_stays_a_flow():
    body = (
        "In the first ten months of 2022 Binh Duong drew 2.1 billion USD of FDI. Denmark led "
        "with 1.3 billion USD, followed by Japan with 300 million USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_period", "Japan", 3e8, "2022-01-01", "2022-10-31") in found


def test_a_countrys_firms_are_an_investor_country_not_one_company():
    body = (
        "Up to now Binh Duong has 4,100 FDI projects worth 40 billion USD. Italian companies "
        "account for 9 of those projects, with a combined capital of nearly 70 million USD."
    )
    found = facts(body, date(2023, 2, 16))
    assert ("fdi_projects_total", "Italy", 9.0, None, "2023-02-16") in found
    assert ("fdi_capital_total", "Italy", 70e6, None, "2023-02-16") in found


def test_a_count_named_with_the_countrys_adjective_is_that_countrys():
    body = (
        "Binh Duong now has nearly 4,000 FDI projects so far. Among them are eleven Italian "
        "projects worth 80 million USD."
    )
    found = facts(body, date(2021, 5, 28))
    assert ("fdi_projects_total", "Italy", 11.0, None, "2021-05-28") in found


def test_one_company_is_still_one_company():
    body = "Binh Duong drew 500 million USD of FDI in 2022; a Danish company put 300 million USD."
    assert reasons(body, date(2023, 1, 5))["300 million USD"].startswith("one company")


def test_among_them_followed_by_a_comma_opens_one_countrys_clause():
    body = (
        "By the end of October 2023, Binh Duong had 4,190 valid FDI projects. Among them, the "
        "RoK ranks second, with 770 projects and total investment capital of 3.4 billion USD."
    )
    found = facts(body, date(2023, 11, 18))
    assert ("fdi_projects_total", "South Korea", 770.0, None, "2023-10-31") in found
    assert ("fdi_capital_total", "South Korea", 3.4e9, None, "2023-10-31") in found


def test_among_them_without_a_comma_still_opens_a_list():
    body = (
        "Binh Duong drew 1 billion USD of FDI in the first half of 2023, among them Japan, "
        "Korea and Singapore with 600 million USD."
    )
    found = facts(body, date(2023, 7, 5))
    assert not any(f[1] == "Japan" for f in found)


def test_currently_makes_a_countrys_money_a_running_total():
    body = (
        "Binh Duong is currently a top choice for Japanese investors, who have put nearly "
        "6.5 billion USD into 360 projects there."
    )
    found = facts(body, date(2023, 9, 30))
    assert ("fdi_capital_total", "Japan", 6.5e9, None, "2023-09-30") in found


def test_projects_that_get_the_go_ahead_are_one_batch_of_licences():
    found = facts(
        "The province handed over the licences on Monday.",
        date(2023, 9, 11),
        title="Five Japanese FDI projects get the go-ahead in Binh Duong",
    )
    assert not any(f[0] == "fdi_projects_total" for f in found)


def test_chinas_taiwan_is_taiwan():
    body = (
        "Binh Duong has drawn over 25 billion USD of FDI so far. China's Taiwan ranks among its "
        "leading investors, with 730 projects worth 5.2 billion USD."
    )
    found = facts(body, date(2017, 5, 1))
    assert ("fdi_projects_total", "Taiwan", 730.0, None, "2017-05-01") in found


def test_respectively_pairs_the_listed_places_not_the_last_ones_named():
    body = (
        "In January 2017 Binh Duong and Thai Nguyen moved ahead of Bac Ninh to become the second "
        "and third largest exporters, with exports of 1.6 billion USD and 1.5 billion USD "
        "respectively."
    )
    assert facts(body, date(2017, 2, 10)) == {
        ("exports_period", None, 1.6e9, "2017-01-01", "2017-01-31")
    }


def test_a_sum_compared_with_the_same_period_is_a_flow_even_with_a_cut_off():
    body = (
        "Tính đến giữa tháng 10/2020, tổng vốn FDI đăng ký vào tỉnh Bình Dương là 1,2 tỷ USD, "
        "chỉ bằng 48% so với cùng kỳ năm 2019."
    )
    found = facts(body, date(2020, 10, 20), lang="vi")
    assert ("fdi_capital_period", None, 1.2e9, "2020-01-01", "2020-10-15") in found


def test_a_count_that_leaves_out_its_noun_counts_what_was_counted_last():
    body = (
        "Binh Duong currently hosts 1,600 projects with a capital of 9.1 billion USD from Chinese "
        "speaking investors. Mainland China accounts for 450 of them, valued at 1.4 billion USD; "
        "Taiwan (China) for 870 worth 5.6 billion USD; and Macao (China) for three worth nearly "
        "40 million USD."
    )
    found = facts(body, date(2021, 6, 2))
    assert ("fdi_projects_total", "China", 450.0, None, "2021-06-02") in found
    assert ("fdi_projects_total", "Taiwan", 870.0, None, "2021-06-02") in found
    assert ("fdi_projects_total", "Macau", 3.0, None, "2021-06-02") in found
    assert ("fdi_capital_total", "Taiwan", 5.6e9, None, "2021-06-02") in found
    assert ("fdi_capital_total", "Macau", 40e6, None, "2021-06-02") in found


def test_a_bare_number_with_no_count_before_it_is_still_no_count():
    body = (
        "Binh Duong drew 2 billion USD of FDI in 2021. The top 10 worth mentioning were led by "
        "Japan."
    )
    assert "10" in reasons(body, date(2022, 1, 4))


def test_totals_of_an_article_without_a_period_make_the_next_shares_totals():
    body = (
        "Binh Duong is home to 4,020 FDI projects worth 38 billion USD. South Korea has 1.9 "
        "billion USD in 520 of them."
    )
    found = facts(body, date(2021, 9, 9))
    assert ("fdi_capital_total", "South Korea", 1.9e9, None, "2021-09-09") in found
    assert not any(f[0] == "fdi_capital_period" for f in found)


def test_european_investors_are_the_eu_and_their_countries_are_not_the_provinces():
    body = (
        "European investors from 22 countries and territories have so far brought 390 FDI "
        "projects to Binh Duong, with total capital of over 6.5 billion USD."
    )
    found = facts(body, date(2022, 5, 30))
    assert ("fdi_projects_total", "EU", 390.0, None, "2022-05-30") in found
    assert ("fdi_capital_total", "EU", 6.5e9, None, "2022-05-30") in found
    assert not any(f[0] == "fdi_countries_total" for f in found)


def test_investors_from_many_countries_are_still_the_provinces_count():
    body = "Investors from 65 countries and territories now hold 4,100 FDI projects in Binh Duong."
    assert ("fdi_countries_total", None, 65.0, None, "2023-05-30") in facts(body, date(2023, 5, 30))


def test_a_ranking_of_new_projects_by_country_goes_on_in_the_next_sentences():
    body = (
        "Trong 10 tháng năm 2023, Bình Dương thu hút 2,1 tỷ USD vốn FDI. Xét theo đối tác, Hàn "
        "Quốc là nơi có nhiều dự án FDI đăng ký mới nhất, với 18 dự án và tổng vốn 70 triệu USD. "
        "Trung Quốc đứng thứ 2 với 12 dự án, nhưng tổng vốn lên tới 240 triệu USD."
    )
    found = facts(body, date(2023, 11, 5), lang="vi")
    window = ("2023-01-01", "2023-10-31")
    assert ("fdi_new_projects_period", "China", 12.0, *window) in found
    assert ("fdi_new_capital_period", "China", 240e6, *window) in found
    assert not any(f[0] == "fdi_capital_total" for f in found)


def test_a_countrys_investors_firms_are_its_fdi_projects():
    body = (
        "Theo Bí thư Tỉnh ủy, Bình Dương hiện có khoảng 66.000 doanh nghiệp; riêng các nhà đầu "
        "tư Hàn Quốc có 1.400 doanh nghiệp."
    )
    found = facts(body, date(2023, 7, 1), lang="vi")
    assert ("fdi_projects_total", "South Korea", 1400.0, None, "2023-07-01") in found
    assert ("enterprises_total", None, 66000.0, None, "2023-07-01") in found


def test_money_put_into_one_project_is_one_projects():
    body = "Trước đó, tập đoàn Nhật Bản đã rót hơn 5,1 triệu USD vào một dự án tại Bình Dương."
    assert not facts(body, date(2023, 7, 1), lang="vi")


def test_companies_from_many_countries_are_the_fdi_stock_and_trading_nations_are_not():
    body = (
        "Binh Duong grew fast. Today it is the third largest FDI destination after the city and "
        "Hanoi, is home to more than 3,500 companies from 65 countries and territories, and "
        "trades with 210 nations."
    )
    found = facts(body, date(2022, 5, 2), title="Binh Duong to build two new industrial parks")
    assert ("fdi_projects_total", None, 3500.0, None, "2022-05-02") in found
    assert ("fdi_countries_total", None, 65.0, None, "2022-05-02") in found
    assert not any(f[2] == 210.0 for f in found)


def test_a_country_leading_all_the_investors_that_have_invested_holds_a_total():
    body = (
        "Since 2016 the province has drawn many large projects. Some 60 countries and "
        "territories have invested in Binh Duong, with Japan at the top on US$6.1 billion."
    )
    found = facts(body, date(2019, 5, 8))
    assert ("fdi_countries_total", None, 60.0, None, "2019-05-08") in found
    assert ("fdi_capital_total", "Japan", 6.1e9, None, "2019-05-08") in found


def test_hong_kong_china_is_hong_kong():
    body = (
        "Trong 10 tháng năm 2022, Bình Dương thu hút 2,7 tỷ USD vốn FDI. Singapore dẫn đầu với "
        "1 tỷ USD, tiếp theo là Hồng Kông (Trung Quốc) với 400 triệu USD."
    )
    found = facts(body, date(2022, 11, 1), lang="vi")
    assert ("fdi_capital_period", "Hong Kong", 4e8, "2022-01-01", "2022-10-31") in found


def test_a_share_word_of_the_clause_before_a_semicolon_does_not_govern_the_next_country():
    body = (
        "5 tháng đầu năm 2019, tỉnh Bình Dương thu hút 1,1 tỷ USD vốn FDI. Nhật Bản dẫn đầu với "
        "300 triệu USD, chiếm 27% tổng vốn; Hàn Quốc đứng thứ hai với 190 triệu USD."
    )
    found = facts(body, date(2019, 6, 3), lang="vi")
    assert ("fdi_capital_period", "South Korea", 1.9e8, "2019-01-01", "2019-05-31") in found


def test_a_countrys_part_of_a_flow_to_a_day_is_a_flow():
    body = (
        "Tính từ đầu năm đến ngày 10/6/2018, tỉnh Bình Dương thu hút 900 triệu USD vốn FDI, "
        "trong đó Hàn Quốc đứng thứ hai với 170 triệu USD."
    )
    found = facts(body, date(2018, 6, 13), lang="vi")
    assert ("fdi_capital_period", "South Korea", 1.7e8, "2018-01-01", "2018-06-10") in found


def test_after_a_contrast_the_province_as_a_whole_owns_its_totals():
    body = (
        "Japan is currently Binh Duong's third-largest investor with 400 projects worth US$5 "
        "billion, while the province as a whole counts 4,100 FDI projects totalling US$40 billion."
    )
    found = facts(body, date(2024, 5, 13))
    assert ("fdi_projects_total", None, 4100.0, None, "2024-05-13") in found
    assert ("fdi_projects_total", "Japan", 400.0, None, "2024-05-13") in found


def test_figures_in_brackets_right_after_a_country_are_that_country_s():
    body = (
        "In the first nine months of 2021, Binh Duong drew $1.2 billion of FDI. Singapore came "
        "first with $300 million, ahead of Japan (14 projects, $95 million) and China."
    )
    found = facts(body, date(2021, 10, 2))
    assert ("fdi_capital_period", "Japan", 9.5e7, "2021-01-01", "2021-09-30") in found


def test_firms_of_one_country_investing_here_are_its_projects_and_capital():
    body = (
        "Some 120 Thai enterprises are now investing in the province, with a total capital of "
        "about 1.3 billion USD, the Binh Duong chairman told the visitors."
    )
    found = facts(body, date(2019, 6, 4))
    assert ("fdi_projects_total", "Thailand", 120.0, None, "2019-06-04") in found
    assert ("fdi_capital_total", "Thailand", 1.3e9, None, "2019-06-04") in found


def test_firms_of_one_country_at_a_webinar_are_no_projects():
    body = "More than 90 Thai enterprises joined an online forum on investing in Binh Duong."
    assert facts(body, date(2019, 6, 4)) == set()


def test_investors_that_have_put_money_in_without_a_period_hold_a_total():
    body = "Thai investors have put nearly 1.3 billion USD into Binh Duong."
    found = facts(body, date(2019, 6, 4))
    assert found == {("fdi_capital_total", "Thailand", 1.3e9, None, "2019-06-04")}


def test_a_population_is_no_money():
    body = (
        "Bình Dương là điểm đến của nhà đầu tư nước ngoài, theo bản tóm lược dành cho nhà đầu tư. "
        "Diện tích tự nhiên của tỉnh là 2.695 km2, dân số khoảng 2,6 triệu người theo số liệu "
        "năm 2021."
    )
    assert facts(body, date(2022, 3, 4), lang="vi") == set()


def test_a_partner_story_with_parks_and_the_province_apart():
    body = (
        "As of the beginning of November, 2023, Japanese businesses had 512 projects in Binh "
        "Duong with total registered capital of 6.4 billion USD. In the first 10 months of this "
        "year, Japanese investors put 95 million USD into six new projects in industrial parks, "
        "while 31 Japanese-invested projects in the province added a total of 142 million USD "
        "to their investment capital."
    )
    found = facts(body, date(2023, 11, 20))
    assert found == {
        ("fdi_projects_total", "Japan", 512.0, None, "2023-11-01"),
        ("fdi_capital_total", "Japan", 6.4e9, None, "2023-11-01"),
        ("fdi_adjusted_projects_period", "Japan", 31.0, "2023-01-01", "2023-10-31"),
        ("fdi_adjusted_capital_period", "Japan", 1.42e8, "2023-01-01", "2023-10-31"),
    }


def test_the_parks_that_have_drawn_projects_hold_their_own_totals():
    body = (
        "Binh Duong drew US$927 million of FDI in the first quarter of 2025. At present, 29 "
        "industrial parks are operating in the province; they have drawn nearly 2,100 projects "
        "with a combined investment of over $30 billion. Notable projects included a logistics "
        "park worth $110 million."
    )
    found = facts(body, date(2025, 3, 31))
    assert found == {
        ("fdi_capital_period", None, 9.27e8, "2025-01-01", "2025-03-31"),
        ("industrial_parks_total", None, 29.0, None, "2025-03-31"),
    }


def test_sums_after_the_next_names_of_a_company_list_are_the_companies():
    body = (
        "As of June 2023, Korean investors had 1,420 projects in Binh Duong worth 9.1 billion "
        "USD. Kumho has invested over 1.1 billion USD in three projects in the province, Kolon "
        "210 million USD and Daewon more than 90 million USD."
    )
    found = facts(body, date(2023, 7, 4))
    assert found == {
        ("fdi_projects_total", "South Korea", 1420.0, None, "2023-06-30"),
        ("fdi_capital_total", "South Korea", 9.1e9, None, "2023-06-30"),
    }


def test_a_countrys_projects_in_the_province_with_their_capital():
    body = (
        "Meeting the delegation, a vice chairman of the provincial People's Committee said German "
        "companies currently run 19 projects in Binh Duong with investment capital of over 410 "
        "million USD."
    )
    found = facts(body, date(2021, 3, 2))
    assert ("fdi_capital_total", "Germany", 4.1e8, None, "2021-03-02") in found


def test_parks_of_which_some_are_in_operation():
    body = "Binh Duong has set up 29 industrial parks, 27 of which are already in operation."
    found = facts(body, date(2021, 3, 2))
    assert ("industrial_parks_total", None, 27.0, None, "2021-03-02") in found


def test_a_fronted_with_phrase_holding_a_count_and_a_sum_belongs_to_the_country_after_it():
    """The separators inside "1,150" and "7.4" are no clause ends: both amounts of "With ...,"
    are the country's that the main clause names."""
    body = (
        "As of October 31, 2022, Binh Duong had 4,050 valid FDI projects worth 39.5 billion USD. "
        "With 1,150 projects capitalised at 7.4 billion USD, Taiwan (China) heads the list. "
        "With 2.9 billion USD poured into 640 projects, Japan comes third."
    )
    found = facts(body, PUBLISHED)
    for partner, projects, capital in (("Taiwan", 1150.0, 7.4e9), ("Japan", 640.0, 2.9e9)):
        assert {(f[0], f[1]) for f in found if f[2] in (projects, capital)} == {
            ("fdi_projects_total", partner),
            ("fdi_capital_total", partner),
        }


def test_each_count_and_sum_of_a_list_takes_the_country_named_after_it():
    """ "… projects in the province number 1,400. They include 400 valued at X from mainland
    China, 800 worth Y from Taiwan (China) …": a country after "from" is the sum's before it,
    never the next item's."""
    body = (
        "Projects backed by Chinese investors in Binh Duong currently number 1,400. They include "
        "400 valued at US$1.2 billion from mainland China, 800 worth US$5.1 billion from Taiwan "
        "(China), and 200 worth US$2.3 billion from Hong Kong (China)."
    )
    found = facts(body, PUBLISHED)
    for partner, projects, capital in (
        ("China", 400.0, 1.2e9),
        ("Taiwan", 800.0, 5.1e9),
        ("Hong Kong", 200.0, 2.3e9),
    ):
        assert ("fdi_projects_total", partner, projects, None, "2022-11-09") in found
        assert ("fdi_capital_total", partner, capital, None, "2022-11-09") in found


def test_they_after_a_sentence_about_one_countrys_investors_are_those_investors():
    english = (
        "Among foreign investors in Binh Duong, Korean firms hold the largest share of FDI. So "
        "far they have 1,020 valid projects worth over 4.2 billion USD."
    )
    vietnamese = (
        "Trong số các nhà đầu tư nước ngoài tại Bình Dương, doanh nghiệp Hàn Quốc nắm tỷ trọng "
        "lớn nhất. Đến nay, họ có 1.020 dự án còn hiệu lực với tổng vốn hơn 4,2 tỷ USD."
    )
    for body, lang in ((english, "en"), (vietnamese, "vi")):
        found = facts(body, PUBLISHED, lang=lang)
        assert {(f[0], f[1]) for f in found} == {
            ("fdi_projects_total", "South Korea"),
            ("fdi_capital_total", "South Korea"),
        }


def test_they_after_a_sentence_naming_several_countries_stay_the_provinces():
    body = (
        "Japan, Korea and Singapore are the biggest investors here. So far they have helped "
        "Binh Duong gather 4,100 valid projects worth 40 billion USD."
    )
    assert {f[1] for f in facts(body, PUBLISHED)} == {None}
