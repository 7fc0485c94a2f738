"""One test per rule of the extractor, each in sentences of our own: how the article's frame is
inherited (etl/extract/frame.py), why a number is no figure (status.py), whose figure it is
(scope.py, places.py), which metric and partner (metric.py, cues.py), and how digits are read."""

from __future__ import annotations

from datetime import date

import pytest

from etl.config import load_catalogue
from etl.extract.figures import explain_figures, extract_figures
from tests.conftest import METRICS, extraction_places

CATALOGUE = load_catalogue(METRICS)
PLACES = extraction_places()
PUBLISHED = date(2024, 9, 10)


def facts(body: str, published: date | None = PUBLISHED, lang: str = "en", title: str = ""):
    """The figures of a text as (metric, partner, value, period_start, period_end) tuples."""
    figures = extract_figures(body, published, lang, CATALOGUE, PLACES, title=title or None)
    return {(f.metric, f.partner, round(f.value, 3), _day(f.period_start), _day(f.period_end))
            for f in figures}  # fmt: skip


def _day(value: date | None) -> str | None:
    return str(value) if value else None


def values(got: set, metric: str | None) -> set[float]:
    """The values of the figures `facts` read for one metric (None: for every metric)."""
    return {f[2] for f in got if metric is None or f[0] == metric}


def reasons(body: str, published: date | None = PUBLISHED, lang: str = "en") -> dict[str, str]:
    """Why each number left out was left out, by its text."""
    extraction = explain_figures(body, published, lang, CATALOGUE, PLACES)
    return {d.text: d.reason for d in extraction.dropped}


# ------------------------------------------------------------------- the frame's rules
def test_place_carries_a_national_passage_over_sentences_without_a_place():
    body = (
        "Binh Duong drew US$1.1 billion of FDI in the first eight months of 2024.\n\n"
        "Nationwide, foreign investors registered $21 billion in the period. "
        "South Korea was the second largest investor with $3.2 billion."
    )
    assert facts(body) == {("fdi_capital_period", None, 1.1e9, "2024-01-01", "2024-08-31")}


def test_a_contrast_aside_does_not_move_the_place():
    body = (
        "Binh Duong drew US$1.1 billion of FDI in the first eight months of 2024. "
        "Meanwhile, Dong Nai attracted $900 million. "
        "Exports reached $21.5 billion in the period."
    )
    assert ("exports_period", None, 21.5e9, "2024-01-01", "2024-08-31") in facts(body)
    assert not any(f[2] == 900e6 for f in facts(body))


def test_lead_period_holds_for_the_breakdown_that_follows():
    body = (
        "In the first seven months of 2024, Binh Duong attracted US$1.5 billion of FDI. "
        "Of this, 40 newly licensed projects brought in $600 million."
    )
    assert facts(body) >= {
        ("fdi_new_projects_period", None, 40, "2024-01-01", "2024-07-31"),
        ("fdi_new_capital_period", None, 600e6, "2024-01-01", "2024-07-31"),
    }


def test_a_stock_without_a_date_takes_the_as_of_date_the_article_set():
    body = (
        "As of June 30, 2024, Binh Duong had 4,100 valid FDI projects. "
        "Their registered capital totalled US$40.2 billion."
    )
    assert facts(body) == {
        ("fdi_projects_total", None, 4100, None, "2024-06-30"),
        ("fdi_capital_total", None, 40.2e9, None, "2024-06-30"),
    }


def test_a_round_up_published_soon_after_the_year_dates_its_stocks_to_the_year_end():
    body = (
        "In 2023, Binh Duong drew US$1.4 billion of FDI.\n\nThe province has 29 industrial parks."
    )
    assert ("industrial_parks_total", None, 29, None, "2023-12-31") in facts(body, date(2024, 1, 9))


def test_so_far_is_the_publication_date():
    body = "So far, Binh Duong has 4,020 valid FDI projects with US$39.9 billion of capital."
    assert ("fdi_projects_total", None, 4020, None, "2024-09-10") in facts(body)


def test_a_flow_without_any_period_runs_to_the_publication_date():
    body = "Binh Duong has attracted US$1.1 billion of foreign direct investment."
    assert facts(body, date(2024, 5, 20)) == {
        ("fdi_capital_period", None, 1.1e9, "2024-01-01", "2024-05-20")
    }


def test_a_ranking_first_story_takes_the_period_it_names_later():
    body = (
        "Singapore led the investors in Binh Duong with US$300 million. "
        "In the first five months of 2024, the province's FDI reached $1.1 billion."
    )
    assert ("fdi_capital_period", "Singapore", 300e6, "2024-01-01", "2024-05-31") in facts(body)


def test_a_month_inside_a_half_month_window_keeps_the_window():
    body = (
        "Từ ngày 1 đến 15/5, Bình Dương thu hút 151 triệu USD vốn FDI. "
        "Trong tháng 5, tỉnh cấp phép cho 5 dự án mới."
    )
    found = facts(body, date(2024, 5, 20), "vi")
    assert ("fdi_new_projects_period", None, 5, "2024-05-01", "2024-05-15") in found


def test_a_subset_carries_to_the_sentence_that_continues_it():
    body = (
        "Binh Duong used a ceremony to grant investment certificates to five FDI projects worth "
        "US$400 million. They include two newly registered projects with $150 million."
    )
    assert facts(body) == set()


def test_the_topic_carries_to_a_sum_whose_clause_names_none():
    body = (
        "Binh Duong drew US$1.3 billion of FDI in the first half of 2024. "
        "This lifted the total registered in the province so far to $40.1 billion."
    )
    assert ("fdi_capital_total", None, 40.1e9, None, "2024-09-10") in facts(body)


def test_the_province_means_the_province_of_the_headline():
    body = (
        "Dong Nai drew US$1.6 billion of FDI in the first nine months. The province now hosts "
        "1,900 FDI projects. Neighbouring Binh Duong attracted $1.9 billion in the period, "
        "and Binh Duong's exports rose."
    )
    found = facts(body, title="Dong Nai's FDI rises")
    assert not any(f[2] in (1.6e9, 1900) for f in found)


# ------------------------------------------------------------------- numbers that are no figures
@pytest.mark.parametrize(
    ("body", "text", "reason"),
    [
        ("Binh Duong aims to attract US$2 billion of FDI next year.", "US$2 billion", "target"),
        ("Binh Duong plans to have 45 industrial parks by 2030.", "45", "plan"),
        ("Bình Dương có IIP tăng 8% (cùng kỳ tăng 5%).", "5%", "year-ago"),
        ("Binh Duong's budget revenue was VND40 trillion, equal to 90 percent of the yearly "
         "plan.", "90 percent", "ratio"),
        ("Binh Duong's exports rose 5 percent from the previous month.", "5 percent", "month"),
        ("Số dự án FDI của Bình Dương tăng 20 dự án so với cùng kỳ.", "20", "change against"),
        ("Binh Duong drew VND36 trillion (US$1.5 billion) of domestic capital.", "US$1.5 billion",
         "conversion"),
        ("Vốn FDI vào Bình Dương gấp 2,3 lần cùng kỳ.", "2,3", "multiplier"),
        ("Electronics maker Foxconn has invested US$2.5 billion in its Binh Duong plants.",
         "US$2.5 billion", "company"),
        ("In Binh Duong, industrial parks drew US$800 million of FDI in 2024.", "US$800 million",
         "industrial parks"),
        ("Binh Duong's exports to the US reached $5 billion in 2024.", "$5 billion", "market"),
        ("HCM City drew US$4.1 billion while Binh Duong ranked second.", "US$4.1 billion",
         "another place"),
    ],
)  # fmt: skip
def test_why_a_number_is_left_out(body, text, reason):
    lang = "en" if body.isascii() else "vi"
    why = reasons(body, lang=lang)
    assert reason in why[text]
    assert not any(f[2] for f in facts(body, lang=lang) if text.startswith(str(f[2])))


# ------------------------------------------------------------------- which metric, whose
def test_changes_pair_up_with_their_sums_after_respectively():
    body = (
        "In the first half of 2024, Binh Duong's exports and imports reached US$16.2 billion and "
        "$11.4 billion, respectively, up 8.1 per cent and 5.3 per cent."
    )
    assert facts(body) == {
        ("exports_period", None, 16.2e9, "2024-01-01", "2024-06-30"),
        ("imports_period", None, 11.4e9, "2024-01-01", "2024-06-30"),
        ("exports_period_yoy_pct", None, 8.1, "2024-01-01", "2024-06-30"),
    }


def test_two_kinds_of_projects_before_a_sum_make_it_their_total():
    body = (
        "In the first half of 2024, Singapore had 8 new projects and 5 capital-increasing ones in "
        "Binh Duong, for a total of US$300 million."
    )
    assert ("fdi_capital_period", "Singapore", 300e6, "2024-01-01", "2024-06-30") in facts(body)


def test_money_joined_to_counted_projects_shares_their_partner():
    body = "Korean firms rank fifth in Binh Duong with 734 projects worth US$3.13 billion so far."
    assert facts(body) >= {
        ("fdi_projects_total", "South Korea", 734, None, "2024-09-10"),
        ("fdi_capital_total", "South Korea", 3.13e9, None, "2024-09-10"),
    }


def test_a_country_count_has_no_partner():
    body = (
        "Japan is one of the 65 countries and territories that have invested in Binh Duong so far."
    )
    assert ("fdi_countries_total", None, 65, None, "2024-09-10") in facts(body)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Kim ngạch xuất khẩu 2 tháng của Bình Dương đạt hơn 2,938 triệu USD.", 2.938e9),
        ("Bình Dương xuất khẩu 3,122 tỷ USD trong tháng 3.", 3.122e9),
        ("Binh Duong's exports reached USD 12.470 billion in five months.", 12.47e9),
        ("Binh Duong had 4.082 valid FDI projects so far.", 4082),
    ],
)
def test_an_ambiguous_separator_is_read_at_a_plausible_size(body, value):
    lang = "en" if body.isascii() else "vi"
    assert value in {f[2] for f in facts(body, date(2024, 3, 31), lang)}


def test_the_past_months_not_yet_over_keep_the_articles_cut_off():
    body = (
        "By mid-May 2019 Binh Duong had drawn over US$800 million of FDI. Investors from 30 "
        "countries put money into the province over the past five months. Japan led them with "
        "US$210 million."
    )
    found = facts(body, date(2019, 5, 24))
    assert ("fdi_capital_period", "Japan", 2.1e8, "2019-01-01", "2019-05-15") in found


def test_a_total_to_a_month_not_over_at_publication_is_counted_by_that_day():
    body = "Tính đến tháng 5/2024, Bình Dương có 4.300 dự án FDI còn hiệu lực."
    found = facts(body, date(2024, 5, 20), lang="vi")
    assert found == {("fdi_projects_total", None, 4300.0, None, "2024-05-20")}


def test_a_year_end_total_estimated_in_late_december_keeps_the_year_end():
    body = "Lũy kế đến hết năm 2023, Bình Dương có 4.200 dự án FDI còn hiệu lực."
    found = facts(body, date(2023, 12, 26), lang="vi")
    assert found == {("fdi_projects_total", None, 4200.0, None, "2023-12-31")}


def test_the_same_month_last_year_is_a_comparison_not_the_articles_period():
    body = (
        "Binh Duong drew US$180 million of FDI in January, nearly double the figure of the same "
        "month last year. Eight new projects were licensed with US$60 million."
    )
    found = facts(body, date(2019, 2, 4))
    assert ("fdi_new_capital_period", None, 6e7, "2019-01-01", "2019-01-31") in found


def test_details_after_a_sum_to_a_day_share_its_window():
    body = (
        "From the beginning of the year to November 20, Binh Duong attracted US$1.9 billion of "
        "FDI, equal to 150% of the year's plan. Of this, 90 projects were newly licensed with "
        "US$800 million."
    )
    found = facts(body, date(2019, 11, 25))
    assert ("fdi_capital_period", None, 1.9e9, "2019-01-01", "2019-11-20") in found
    assert ("fdi_new_capital_period", None, 8e8, "2019-01-01", "2019-11-20") in found


def test_a_sum_measured_against_the_annual_plan_is_a_flow_not_a_total():
    body = (
        "Foreign investment into Binh Duong reached US$1.2 billion by mid-May, 70 per cent of "
        "the annual plan."
    )
    found = facts(body, date(2019, 5, 20))
    assert found == {("fdi_capital_period", None, 1.2e9, "2019-01-01", "2019-05-15")}


def test_the_whole_year_in_a_january_review_is_the_year_reviewed():
    body = (
        "Năm 2020, Bình Dương thu hút gần 2 tỷ USD vốn đầu tư nước ngoài. Về đầu tư trong nước, "
        "cả năm tỉnh thu hút 64.000 tỷ đồng vốn đăng ký kinh doanh."
    )
    found = facts(body, date(2021, 1, 6), lang="vi")
    assert ("domestic_capital_period", None, 6.4e13, "2020-01-01", "2020-12-31") in found


def test_since_the_start_of_the_year_in_a_closed_window_is_the_window():
    body = (
        "Trong 7 tháng đầu năm 2019, Bình Dương thu hút 1,1 tỷ USD vốn FDI. Trong số các quốc "
        "gia có dự án đầu tư vào tỉnh từ đầu năm, Hàn Quốc dẫn đầu với 280 triệu USD."
    )
    found = facts(body, date(2019, 8, 6), lang="vi")
    assert ("fdi_capital_period", "South Korea", 2.8e8, "2019-01-01", "2019-07-31") in found


def test_since_the_start_of_the_year_until_now_is_to_the_day():
    body = (
        "6 tháng đầu năm 2024, Bình Dương thu hút 1,5 tỷ USD vốn FDI. Thu ngân sách từ đầu năm "
        "đến nay ước đạt 32.000 tỷ đồng."
    )
    found = facts(body, date(2024, 7, 5), lang="vi")
    assert ("budget_revenue_period", None, 3.2e13, "2024-01-01", "2024-07-05") in found


def test_the_year_of_a_value_compared_with_sets_no_frame():
    body = (
        "Binh Duong attracted 1.9 billion USD of FDI in 2018, equivalent to 60 percent of the "
        "record 3.2 billion USD it drew in 2017. Of the total, 250 projects were newly licensed "
        "with 1 billion USD."
    )
    found = facts(body, date(2019, 1, 4))
    assert ("fdi_new_capital_period", None, 1e9, "2018-01-01", "2018-12-31") in found
    assert not any(f[2] == 3.2e9 for f in found)


def test_a_period_inside_a_closed_aside_is_not_the_next_amounts():
    body = (
        "Binh Duong earned US$4.5 billion from exports in the first quarter of 2016. Imports "
        "totalled $3.4 billion (against $3 billion in the first quarter of 2015), leaving a trade "
        "surplus of $1.1 billion."
    )
    found = facts(body, date(2016, 4, 2))
    assert ("trade_surplus_period", None, 1.1e9, "2016-01-01", "2016-03-31") in found


def test_a_flow_since_a_day_runs_from_that_day():
    body = (
        "Kể từ ngày 15/9, khi tỉnh mở cửa trở lại, đến nay Bình Dương đã đón thêm 14 triệu USD "
        "vốn đầu tư trực tiếp nước ngoài."
    )
    found = facts(body, date(2021, 10, 29), lang="vi")
    assert found == {("fdi_capital_period", None, 1.4e7, "2021-09-15", "2021-10-29")}


def test_the_next_items_period_after_and_is_not_the_amounts():
    body = (
        "Năm 2023, GRDP của tỉnh Bình Dương tăng dần qua các quý: quý I tăng 1,2%, quý II tăng "
        "5,7%, quý III tăng 7,5% và quý IV tăng 8,8%."
    )
    found = facts(body, date(2023, 12, 11), lang="vi")
    assert ("grdp_growth_pct", None, 7.5, "2023-07-01", "2023-09-30") in found
    assert ("grdp_growth_pct", None, 8.8, "2023-10-01", "2023-12-31") in found


def test_a_run_of_months_cut_at_a_day_of_its_last_month_ends_that_day():
    body = (
        "Tính đến giữa tháng 10/2022, lũy kế 10 tháng Bình Dương thu hút gần 2,8 tỷ USD vốn FDI. "
        "Cụ thể, có 84 dự án cấp mới với vốn đăng ký 1,06 tỷ USD."
    )
    found = facts(body, date(2022, 10, 24), lang="vi")
    assert ("fdi_capital_period", None, 2.8e9, "2022-01-01", "2022-10-15") in found


def test_a_later_as_of_day_in_the_last_month_cuts_the_leads_run_for_what_follows():
    body = (
        "Nửa đầu năm 2023, Bình Dương hút 812,5 triệu USD vốn FDI. Số liệu được tính đến ngày "
        "18/6 theo báo cáo của Sở. Riêng cấp mới có 41 dự án với 303,2 triệu USD."
    )
    found = facts(body, date(2023, 7, 2), lang="vi")
    assert ("fdi_new_capital_period", None, 3.032e8, "2023-01-01", "2023-06-18") in found
    assert ("fdi_new_projects_period", None, 41.0, "2023-01-01", "2023-06-18") in found


def test_a_later_as_of_day_of_a_total_leaves_the_leads_run_whole():
    body = (
        "Nửa đầu năm 2023, Bình Dương hút 812,5 triệu USD vốn FDI. Tính đến ngày 18/6, toàn "
        "tỉnh có 4.170 dự án FDI còn hiệu lực. Xuất khẩu đạt 14,7 tỷ USD."
    )
    found = facts(body, date(2023, 7, 2), lang="vi")
    assert ("exports_period", None, 1.47e10, "2023-01-01", "2023-06-30") in found


def test_the_part_named_before_consists_of_is_the_counts_subject():
    body = (
        "Trong 5 tháng đầu năm 2021, tỉnh thu hút 618 triệu USD vốn FDI. Phần điều chỉnh tăng "
        "vốn gồm 29 dự án với 210 triệu USD."
    )
    found = facts(body, date(2021, 6, 3), lang="vi")
    assert ("fdi_adjusted_projects_period", None, 29.0, "2021-01-01", "2021-05-31") in found


def test_raising_the_total_to_a_count_worth_a_sum_makes_both_totals_and_the_flow_stays():
    body = (
        "In 2020 Binh Duong attracted 35 FDI projects worth 252 million USD, raising the total "
        "in the province to 273 projects worth 2.65 billion USD."
    )
    found = facts(body, date(2021, 1, 5))
    assert ("fdi_capital_total", None, 2.65e9, None, "2020-12-31") in found
    assert ("fdi_projects_total", None, 273.0, None, "2020-12-31") in found
    assert ("fdi_new_capital_period", None, 252e6, "2020-01-01", "2020-12-31") in found
    assert ("fdi_projects_total", None, 35.0, None, "2020-12-31") not in found


def test_domestic_investors_projects_are_no_foreign_projects():
    body = (
        "Binh Duong drew 1.2 billion USD of FDI in 2020. Domestic investors, for their part, "
        "registered 7 trillion VND for 110 projects, which brought the total to 1,081 projects."
    )
    counts = {f[2] for f in facts(body, date(2021, 1, 5)) if f[0].startswith("fdi_")}
    assert not counts & {110.0, 1081.0}


def test_last_years_figures_beside_a_year_named_in_full_date_an_undated_round_up_after_it():
    body = (
        "Binh Duong's economy grew 7.5 percent in 2020, officials said. Industrial production "
        "went up 10.3 percent last year and budget collection came to 11.6 trillion VND. The "
        "province wants to raise budget collection to 18 trillion VND by 2025."
    )
    found = facts(body, None)
    assert ("iip_growth_pct", None, 10.3, "2020-01-01", "2020-12-31") in found
    assert ("budget_revenue_period", None, 11.6e12, "2020-01-01", "2020-12-31") in found


def test_nationally_opens_a_national_passage():
    body = (
        "Nationally, the finance sector met its goals for 2024. State budget revenue was estimated "
        "at VND 2,025 trillion. Binh Duong's budget revenue in 2024 reached VND 75,000 billion."
    )
    assert facts(body, date(2025, 1, 8)) == {
        ("budget_revenue_period", None, 75_000e9, "2024-01-01", "2024-12-31")
    }


def test_a_month_last_year_after_a_change_is_its_base_not_its_period():
    body = (
        "Binh Duong's exports in the first eight months of 2025 were worth $24.6 billion. August "
        "alone brought $3.1 billion, a 6.6% increase on August last year."
    )
    august = ("2025-08-01", "2025-08-31")
    found = facts(body, date(2025, 8, 25))
    assert ("exports_period_yoy_pct", None, 6.6, *august) in found
    assert not any(end and end.startswith("2024") for *_, end in found)
