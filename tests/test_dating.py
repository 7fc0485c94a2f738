"""An undated article's publication date, estimated from its words (etl/extract/dating.py),
and the figures it then dates. Sentences of our own."""

from __future__ import annotations

from datetime import date

from etl.config import load_catalogue
from etl.extract.dating import estimate_publication
from etl.extract.figures import explain_figures
from tests.conftest import METRICS, extraction_places
from tests.test_extract_rules import facts

CATALOGUE = load_catalogue(METRICS)
PLACES = extraction_places()


def test_a_whole_past_year_beside_a_yearless_part_dates_the_year_after():
    texts = [
        "En huit mois, la province a attiré 1,9 milliard de dollars d'IDE.",
        "Les chiffres ont été présentés le 12 septembre lors d'une conférence.",
        "En 2020, ses exportations avaient atteint 27 milliards de dollars.",
    ]
    assert estimate_publication(texts) == date(2021, 9, 12)


def test_a_part_of_the_latest_year_named_keeps_that_year():
    texts = [
        "In the first quarter of 2023, exports rose 4%.",
        "In the first four months, FDI reached $800 million, officials said on May 3.",
    ]
    assert estimate_publication(texts) == date(2023, 5, 3)


def test_without_an_event_the_yearless_period_end_is_the_date():
    texts = ["Trong 6 tháng, tỉnh thu hút 700 triệu USD.", "Năm 2017, kim ngạch đạt 20 tỷ USD."]
    assert estimate_publication(texts) == date(2018, 6, 30)


def test_a_vietnamese_day_and_month_is_an_event():
    texts = [
        "Trong 9 tháng, tỉnh thu hút 1,2 tỷ USD vốn FDI, theo báo cáo ngày 26/9.",
        "Năm 2015, kim ngạch xuất khẩu đạt 21 tỷ USD.",
    ]
    assert estimate_publication(texts) == date(2016, 9, 26)


def test_an_as_of_date_and_an_event_before_the_period_end_are_no_publication():
    texts = [
        "In the first ten months, exports reached $20 billion.",
        "The plan was approved on March 2, and the park will be finished by December 15.",
        "In 2019, exports were $25 billion.",
    ]
    assert estimate_publication(texts) == date(2020, 10, 31)


def test_no_year_at_all_gives_no_estimate():
    assert estimate_publication(["En neuf mois, les exportations ont progressé de 9%."]) is None


def test_a_year_named_with_all_its_periods_dates_at_its_end():
    """Every period names its year: the report comes after the latest of them."""
    assert estimate_publication(["In 2022, exports rose 9%, the province said on June 3."]) == (
        date(2022, 12, 31)
    )


def test_an_undated_article_has_its_figures_dated_and_says_the_date_was_estimated():
    body = (
        "En sept mois, Binh Duong a attiré plus de 1,5 milliard de dollars d'investissements "
        "étrangers, selon un rapport publié le 5 août.\n\n"
        "En 2021, la province avait exporté pour 32 milliards de dollars."
    )
    extraction = explain_figures(body, None, "fr", CATALOGUE, PLACES)
    dated = {(f.metric, f.period_end) for f in extraction.figures}
    assert ("fdi_capital_period", date(2022, 7, 31)) in dated
    assert ("exports_period", date(2021, 12, 31)) in dated
    rules = [e.period_rule for e in extraction.explanations]
    assert all(rule.endswith("+estimated-publication") for rule in rules)
    dated_same = explain_figures(body, date(2022, 8, 5), "fr", CATALOGUE, PLACES)
    by_metric = {f.metric: f.confidence for f in dated_same.figures}
    assert all(f.confidence < by_metric[f.metric] for f in extraction.figures)


def test_a_year_compared_with_is_past():
    texts = [
        "Between January and June, exports grew 9 percent.",
        "FDI was only 60 percent of the figure for the same period of 2020.",
        "The province aims for 8 percent growth by the end of 2030.",
    ]
    assert estimate_publication(texts) == date(2021, 6, 30)


def test_a_whole_year_without_its_year_is_no_part_of_one():
    texts = [
        "Năm 2019, xuất khẩu của tỉnh đạt gần 28 tỷ USD.",
        "Chỉ số giá tiêu dùng bình quân cả năm ước tăng 2,0%.",
    ]
    assert estimate_publication(texts) == date(2019, 12, 31)  # "cả năm" adds no part of a year


def test_a_plans_year_is_no_year_compared_with():
    texts = [
        "Kim ngạch xuất khẩu tháng 8 ước đạt 2,7 tỷ USD, tăng 20% so với cùng kỳ năm 2019.",
        "Lũy kế 8 tháng đạt 16,9 tỷ USD, bằng 58% kế hoạch năm 2020.",
    ]
    assert estimate_publication(texts) == date(2020, 8, 31)


def test_a_yearless_cut_off_date_dates_an_undated_article():
    texts = [
        "Ngày 21/6, Sở Kế hoạch và Đầu tư cho biết tính đến 15/6, vốn FDI đạt 900 triệu USD, "
        "bằng 120% so với cùng kỳ năm 2022."
    ]
    assert estimate_publication(texts) == date(2023, 6, 21)


def test_a_year_only_named_without_figures_is_the_year_spoken_of():
    texts = [
        "FDI into the province came to over 2 billion USD in the first 10 months of the year.",
        "A notable feature of 2019 was the arrival of large technology firms.",
        "The province is carrying out its investment programme for 2016 to 2020.",
    ]
    assert estimate_publication(texts) == date(2019, 10, 31)


def test_a_plans_year_says_nothing_of_when_the_article_was_written():
    texts = [
        "Vốn FDI vào Bình Dương năm 2017 tăng mạnh",
        "Đầu năm 2017, tỉnh đề ra chỉ tiêu thu hút 1 tỷ 400 triệu USD vốn FDI.",
        "Tính đến ngày 15/11, tỉnh đã hút được 2 tỷ 514 triệu USD.",
    ]
    assert estimate_publication(texts) == date(2017, 11, 15)


def test_a_vision_year_is_no_year_the_article_reports():
    texts = [
        "Sau 9 tháng, tỉnh thu ngân sách 48.000 tỷ đồng, tăng 6%.",
        "Tỉnh công bố quy hoạch thời kỳ 2021-2030, tầm nhìn đến năm 2050, thu hút 25 dự án.",
        "Theo báo cáo ngày 20/10/2023, kinh tế tiếp tục phục hồi.",
    ]
    assert estimate_publication(texts) == date(2023, 9, 30)


def test_a_day_written_in_full_bounds_the_year_spoken_of():
    texts = [
        "In the first nine months, exports rose 12% to $21 billion, officials said on October 20.",
        "Its 2,000 projects of the 2021-2025 period were listed on 20.10.2024.",
    ]
    assert estimate_publication(texts) == date(2024, 10, 20)  # the event "on October 20"


def test_an_undated_report_whose_periods_all_name_their_year_dates_at_the_latest():
    texts = [
        "Từ đầu năm 2020 đến nay, tỉnh thu hút hơn 900 triệu USD vốn FDI.",
        "Tính đến giữa tháng 10/2020, tổng vốn FDI đăng ký là 1,2 tỷ USD.",
        "Các khu công nghiệp tiếp tục mở rộng.",
        "Nhiều doanh nghiệp đã ký hợp đồng tới tháng 5/2021.",
    ]
    assert estimate_publication(texts) == date(2020, 10, 15)


def test_an_undated_report_with_a_day_written_in_full_dates_on_that_day():
    texts = [
        "Bình Dương trao giấy chứng nhận đầu tư đợt 1 năm 2016.",
        "Trong năm 2015, vốn FDI đạt gần 3,3 tỷ USD.",
        "Ngày 04/3/2016, tỉnh tổ chức lễ trao giấy chứng nhận cho 28 doanh nghiệp.",
    ]
    assert estimate_publication(texts) == date(2016, 3, 4)


def test_a_documents_date_is_no_day_of_the_article():
    texts = [
        "Kinh tế Bình Dương năm 2022 phục hồi nhanh.",
        "Năm 2022, kim ngạch xuất khẩu đạt 35 tỷ USD, tăng 9%.",
        "Tỉnh thực hiện Nghị quyết số 24-NQ/TW ngày 7-10-2022 của Bộ Chính trị.",
    ]
    assert estimate_publication(texts) == date(2022, 12, 31)


def test_a_yearless_year_to_date_beside_a_cut_off_with_its_year_dates_at_the_cut_off():
    texts = [
        "Chế biến, chế tạo đem về cho tỉnh hơn 900 triệu USD vốn FDI",
        "Từ đầu năm 2020 đến nay, ngành chế biến hút được hơn 900 triệu USD.",
        "Tính đến giữa tháng 10/2020, tổng vốn FDI là 1,2 tỷ USD, đạt 68% chỉ tiêu năm 2020.",
    ]
    assert estimate_publication(texts) == date(2020, 10, 15)


def test_a_programmes_year_in_the_lead_says_nothing_of_when_the_article_was_written():
    texts = [
        "Bình Dương đồng hành cùng doanh nghiệp",
        "Chương trình phát triển kinh tế - xã hội năm 2026 của tỉnh tiếp tục đặt trọng tâm vào "
        "cải cách hành chính.",
        "Trong 5 tháng đầu năm 2026, tỉnh hút được trên 41.200 tỷ đồng vốn đầu tư trong nước.",
    ]
    assert estimate_publication(texts) == date(2026, 5, 31)


def test_the_early_months_of_a_year_make_it_the_year_spoken_of():
    texts = [
        "Bình Dương hút 2,4 tỉ USD vốn đầu tư nước ngoài sau 7 tháng",
        "Trong những tháng đầu năm 2023, sản xuất công nghiệp của tỉnh tiếp tục phát triển.",
        "Lũy kế 7 tháng, tỉnh thu hút 2 tỉ 400 triệu USD (tăng 20% so với cùng kỳ năm 2022).",
        "Điểm nhấn của năm 2023 là khu công nghiệp mới rộng 1.000 ha.",
    ]
    assert estimate_publication(texts) == date(2023, 7, 31)


def test_the_leads_part_of_a_year_outweighs_a_later_booking_horizon():
    texts = [
        "Xuất khẩu 6 tháng tăng mạnh",
        "Kim ngạch xuất khẩu 6 tháng đầu năm 2021 của tỉnh ước đạt 14 tỷ USD, tăng 20%.",
        "Nhập khẩu ước đạt 10 tỷ USD, tăng 18%.",
        "Trong 6 tháng qua, nhiều xưởng dệt may đã nhận đơn hàng cho quý I/2022, số đơn tăng "
        "15% so với cùng kỳ.",
    ]
    assert estimate_publication(texts) == date(2021, 6, 30)


def test_last_years_figures_compared_with_a_year_make_it_the_year_after_that():
    texts = [
        "Binh Duong's exports grew strongly",
        "Binh Duong exported goods worth $26 billion last year, 9.5 per cent more than in 2018.",
        "Its GRDP grew by 8.3 per cent last year, officials said.",
    ]
    assert estimate_publication(texts).year == 2020


def test_a_part_of_a_year_named_with_its_year_keeps_last_year_the_year_before():
    texts = [
        "In the first half of 2019, exports rose 9 per cent over the same period of 2018.",
        "Last year the province exported goods worth $24 billion.",
    ]
    assert estimate_publication(texts) == date(2019, 6, 30)


def test_a_french_sum_makes_its_sentences_year_a_clue_beyond_the_lead():
    texts = [
        "Vingt ans d'investissements à Bac Ninh",
        "En 1999, la province n'avait que six projets étrangers.",
        "Elle attire depuis des groupes de l'électronique.",
        "En 2016, les capitaux étrangers ont atteint 2,8 milliards de dollars.",
    ]
    assert estimate_publication(texts) == date(2016, 12, 31)


def test_a_yearless_day_after_the_last_period_named_in_full_is_the_publication():
    texts = [
        "Binh Duong ouvre un guichet pour les entreprises",
        "La province a inauguré le mardi 9 novembre un centre d'appui aux entreprises.",
        "Durant les neuf premiers mois de 2021, les étrangers ont engagé 1,5 milliard de dollars.",
    ]
    assert estimate_publication(texts) == date(2021, 11, 9)
    before = [texts[0], "Le 5 septembre, la province a signé un accord.", texts[2]]
    assert estimate_publication(before) == date(2021, 9, 30)  # a day before the end: no clue


def test_the_year_a_review_pushes_for_is_a_goal_and_its_results_are_the_year_before():
    """A January review of last year that names this year's goal: "pushing for a breakthrough in
    2019" names a goal's year, dated or not; the results are the year before."""
    title = "Binh Duong builds on 2018 and pushes for a breakthrough in 2019"
    body = (
        "After good results in 2018, the province is pushing for a breakthrough in 2019.\n\n"
        "Its GRDP is estimated to have grown 8.5%, and the industrial production index rose 9.6%."
    )
    whole_2018 = ("2018-01-01", "2018-12-31")
    expected = {
        ("grdp_growth_pct", None, 8.5, *whole_2018),
        ("iip_growth_pct", None, 9.6, *whole_2018),
    }
    for published in (date(2019, 1, 10), None):
        assert facts(body, published, title=title) == expected


def test_a_year_named_weeks_before_its_end_still_holds_its_estimates():
    body = "In 2019, Binh Duong's exports are estimated at 26.4 billion USD."
    assert facts(body, date(2019, 12, 12)) == {
        ("exports_period", None, 26.4e9, "2019-01-01", "2019-12-31")
    }
