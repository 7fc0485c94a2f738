"""The parts of a period's investment, in sentences of our own: projects a period drew beside an
added-capital part are the new ones, with their sum (sibling-makes-new); a count split into
domestic and foreign projects is neither, its foreign part is the period's new FDI; "besides the
new projects" names the part a sentence is not about; a span of months with "total capital"
stays a span; "from the start of the year to September 15" is the year so far; a ranking's
"trailing only" place owns none of the province's figures."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons

PUBLISHED = date(2023, 9, 28)


def test_a_periods_projects_beside_an_added_part_are_new_with_their_sum():
    body = (
        "Between January and August 2023, Binh Duong attracted 64 FDI projects worth 912 million "
        "USD. In addition, 41 FDI projects enlarged their capital by 388 million USD."
    )
    eight = ("2023-01-01", "2023-08-31")
    assert facts(body, PUBLISHED) == {
        ("fdi_new_projects_period", None, 64, *eight),
        ("fdi_new_capital_period", None, 912e6, *eight),
        ("fdi_adjusted_projects_period", None, 41, *eight),
        ("fdi_adjusted_capital_period", None, 388e6, *eight),
    }


def test_without_another_part_a_sum_not_joined_to_the_count_stays_the_whole():
    body = (
        "From January to August 2023, Binh Duong drew 64 FDI projects; FDI capital came to 912 "
        "million USD."
    )
    eight = ("2023-01-01", "2023-08-31")
    assert ("fdi_capital_period", None, 912e6, *eight) in facts(body, PUBLISHED)


def test_besides_the_new_projects_a_sentence_speaks_of_the_added_ones():
    body = (
        "Trong 8 tháng đầu năm 2023, tỉnh Bình Dương thu hút 64 dự án FDI với tổng vốn đăng ký "
        "912 triệu USD. Bên cạnh các dự án mới, có 41 lượt dự án điều chỉnh tăng vốn với tổng "
        "vốn bổ sung 388 triệu USD."
    )
    eight = ("2023-01-01", "2023-08-31")
    found = facts(body, PUBLISHED, lang="vi")
    assert ("fdi_new_projects_period", None, 64, *eight) in found
    assert ("fdi_adjusted_capital_period", None, 388e6, *eight) in found
    assert ("fdi_new_capital_period", None, 912e6, *eight) in found


def test_a_count_split_into_domestic_and_foreign_projects_counts_neither():
    english = (
        "In the first half of 2023 Binh Duong drew 150 investment projects (96 domestic projects "
        "and 54 foreign projects)."
    )
    vietnamese = (
        "6 tháng đầu năm 2023, Bình Dương thu hút 150 dự án đầu tư, trong đó có 96 dự án trong "
        "nước và 54 dự án FDI."
    )
    half = ("2023-01-01", "2023-06-30")
    for body, lang in ((english, "en"), (vietnamese, "vi")):
        assert facts(body, PUBLISHED, lang=lang) == {("fdi_new_projects_period", None, 54, *half)}
        assert "every kind" in reasons(body, PUBLISHED, lang=lang)["150"]


def test_the_year_so_far_to_a_day_is_a_span_not_a_point():
    body = (
        "From the start of the year to September 15, Binh Duong drew 52 FDI projects worth over "
        "700 million USD."
    )
    span = ("2023-01-01", "2023-09-15")
    found = facts(body, PUBLISHED)
    assert ("fdi_new_projects_period", None, 52, *span) in found
    assert not any(metric.endswith("_total") for metric, *_ in found)


def test_a_place_the_province_trails_in_a_ranking_owns_none_of_its_figures():
    body = (
        "As of August 31, Binh Duong ranked second nationwide for FDI, trailing only Ho Chi Minh "
        "City, with 4,190 valid projects worth 40.2 billion USD."
    )
    assert facts(body, PUBLISHED) == {
        ("fdi_projects_total", None, 4190, None, "2023-08-31"),
        ("fdi_capital_total", None, 40.2e9, None, "2023-08-31"),
    }


def test_the_capital_of_a_count_of_all_projects_is_a_total_and_a_ranking_after_it_too():
    body = (
        "In the first eight months of 2023, Binh Duong received 58 foreign-invested projects "
        "carrying 615 million USD. The province now counts 4,180 foreign-invested projects, whose "
        "registered capital adds up to more than 40.1 billion USD. By source country, Taiwan "
        "leads with 1,010 projects and registered capital of 6.9 billion USD."
    )
    found = facts(body, PUBLISHED)
    assert ("fdi_capital_total", None, 40.1e9, None, "2023-09-28") in found
    assert ("fdi_projects_total", "Taiwan", 1010, None, "2023-09-28") in found
    assert ("fdi_capital_total", "Taiwan", 6.9e9, None, "2023-09-28") in found
    assert not any(metric == "fdi_capital_period" and value > 1e9 for metric, _, value, *_ in found)


def test_the_past_half_year_is_the_first_half_and_its_ranking_a_flow():
    body = (
        "Với 4.322 dự án còn hiệu lực, Bình Dương hiện xếp thứ ba cả nước về thu hút FDI. Trong "
        "nửa năm qua, Singapore dẫn đầu với gần 310 triệu USD, Samoa đứng thứ hai với 160 triệu "
        "USD."
    )
    found = facts(body, date(2024, 7, 5), lang="vi")
    half = ("2024-01-01", "2024-06-30")
    assert ("fdi_capital_period", "Singapore", 310e6, *half) in found
    assert ("fdi_capital_period", "Samoa", 160e6, *half) in found


def test_projects_registered_to_adjust_and_investors_who_contributed_are_parts():
    body = (
        "Since the start of 2019, Binh Duong has drawn 512 million USD of FDI, made up of 40 new "
        "projects worth 290 million USD, 16 projects registered to adjust their capital by a "
        "total of 150 million USD, and 21 foreign investors who contributed 72 million USD."
    )
    found = facts(body, date(2019, 5, 20))
    so_far = ("2019-01-01", "2019-05-20")
    assert ("fdi_adjusted_projects_period", None, 16, *so_far) in found
    assert ("fdi_adjusted_capital_period", None, 150e6, *so_far) in found
    assert ("fdi_contribution_capital_period", None, 72e6, *so_far) in found


def test_an_aside_saying_what_a_sum_is_made_of_does_not_name_its_metric():
    body = (
        "In the first four months of 2017, Binh Duong's exports reached 7.4 billion USD. Imports, "
        "made up mostly of materials and machinery, were estimated at 6.25 billion USD."
    )
    four = ("2017-01-01", "2017-04-30")
    assert ("imports_period", None, 6.25e9, *four) in facts(body, date(2017, 5, 10))


def test_from_the_start_of_a_named_year_to_a_day_is_that_year_so_far():
    body = "From the start of 2019 to October 31, Binh Duong drew 2.77 billion USD of FDI."
    assert facts(body, date(2019, 11, 25)) == {
        ("fdi_capital_period", None, 2.77e9, "2019-01-01", "2019-10-31")
    }


def test_a_year_a_sentence_cuts_at_its_day_frames_the_breakdown_after_it():
    body = (
        "By mid-December Binh Duong had drawn 2.1 billion USD in foreign investment this year. "
        "Broken down, the province attracted 70 new projects, 30 capital adjustment projects and "
        "150 capital contributions."
    )
    cut = ("2021-01-01", "2021-12-15")
    found = facts(body, date(2021, 12, 20))
    assert ("fdi_new_projects_period", None, 70, *cut) in found
    assert ("fdi_adjusted_projects_period", None, 30, *cut) in found


def test_foreign_firms_that_put_in_an_extra_sum_are_capital_increases():
    body = (
        "In the first nine months of 2013, Binh Duong licensed 80 new FDI projects worth US$500 "
        "million, while 99 foreign-invested firms pumped an extra US$727 million into expansion."
    )
    nine = ("2013-01-01", "2013-09-30")
    found = facts(body, date(2013, 10, 5))
    assert ("fdi_adjusted_projects_period", None, 99, *nine) in found
    assert ("fdi_adjusted_capital_period", None, 727e6, *nine) in found


def test_the_sum_many_firms_put_into_their_plants_is_theirs_not_one_companys():
    body = (
        "In the first half of 2016, 64 foreign-invested firms poured an extra US$410 million into "
        "their plants in Binh Duong."
    )
    half = ("2016-01-01", "2016-06-30")
    found = facts(body, date(2016, 7, 5))
    assert ("fdi_adjusted_capital_period", None, 410e6, *half) in found
