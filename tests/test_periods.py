"""Period phrases resolved against the publication date (PRODUCT.md §4)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.periods import as_of, find_periods

PUBLISHED = date(2021, 11, 12)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("as of October 31", "point", None, date(2021, 10, 31)),
        ("by mid-June", "point", None, date(2021, 6, 15)),
        ("in the first 10 months of 2021", "range", date(2021, 1, 1), date(2021, 10, 31)),
        ("January-February", "range", date(2021, 1, 1), date(2021, 2, 28)),
        ("in the first half of the year", "range", date(2021, 1, 1), date(2021, 6, 30)),
        ("last year", "range", date(2020, 1, 1), date(2020, 12, 31)),
        ("in 2023", "range", date(2023, 1, 1), date(2023, 12, 31)),
        ("tính đến ngày 31/10", "point", None, date(2021, 10, 31)),
        ("10 tháng đầu năm", "range", date(2021, 1, 1), date(2021, 10, 31)),
        ("6 tháng đầu năm 2024", "range", date(2024, 1, 1), date(2024, 6, 30)),
        ("quý I", "range", date(2021, 1, 1), date(2021, 3, 31)),
        ("quý III/2020", "range", date(2020, 7, 1), date(2020, 9, 30)),
        ("tháng 9/2018", "range", date(2018, 9, 1), date(2018, 9, 30)),
        ("từ ngày 1-15/5", "range", date(2021, 5, 1), date(2021, 5, 15)),
        ("tính đến cuối tháng 11 năm 2024", "point", None, date(2024, 11, 30)),
        ("As of the end of 2022", "point", None, date(2022, 12, 31)),
        ("the first-quarter", "range", date(2021, 1, 1), date(2021, 3, 31)),
        ("De janvier à septembre", "range", date(2021, 1, 1), date(2021, 9, 30)),
        ("Over the five months of 2023", "range", date(2023, 1, 1), date(2023, 5, 31)),
        ("in seven months", "range", date(2021, 1, 1), date(2021, 7, 31)),
        ("by the end of this year's third quarter", "point", None, date(2021, 9, 30)),
        ("As of July 2016", "point", None, date(2016, 7, 31)),
        ("Accumulated to August 15, 2020", "point", None, date(2020, 8, 15)),
        ("Gộp cả quý I-2023", "range", date(2023, 1, 1), date(2023, 3, 31)),
        ("cả năm 2020", "range", date(2020, 1, 1), date(2020, 12, 31)),
        ("tháng đầu năm nay", "range", date(2021, 1, 1), date(2021, 1, 31)),
        ("Luỹ kế đến hết tháng 1", "point", None, date(2021, 1, 31)),
        ("từ đầu năm đến ngày 20.1", "range", date(2021, 1, 1), date(2021, 1, 20)),
        ("En neuf mois", "range", date(2021, 1, 1), date(2021, 9, 30)),
        ("đến giữa tháng 10", "point", None, date(2021, 10, 15)),
        ("In July alone last year", "range", date(2020, 7, 1), date(2020, 7, 31)),
        ("in the first three quarters of 2020", "range", date(2020, 1, 1), date(2020, 9, 30)),
        ("tính đến hết quý III/2020", "point", None, date(2020, 9, 30)),
        ("by the middle of June", "point", None, date(2021, 6, 15)),
        ("Sau 11 tháng của năm 2020", "range", date(2020, 1, 1), date(2020, 11, 30)),
        ("in the first 10 months of this year", "range", date(2021, 1, 1), date(2021, 10, 31)),
        ("Trong 5 năm 2016-2020", "range", date(2016, 1, 1), date(2020, 12, 31)),
        ("During 2018 - 2019", "range", date(2018, 1, 1), date(2019, 12, 31)),
        ("trong tháng 9.2014", "range", date(2014, 9, 1), date(2014, 9, 30)),
        (
            "From the beginning of the year to October 20",
            "range",
            date(2021, 1, 1),
            date(2021, 10, 20),
        ),
        ("from January 1 to November 5", "range", date(2021, 1, 1), date(2021, 11, 5)),
        ("Từ đầu năm đến giữa tháng 8", "range", date(2021, 1, 1), date(2021, 8, 15)),
        ("từ đầu năm đến hết tháng 7", "range", date(2021, 1, 1), date(2021, 7, 31)),
        ("kể từ ngày 15/9", "ytd", date(2021, 9, 15), None),
        ("since September 15", "ytd", date(2021, 9, 15), None),
        ("From January to August 12", "range", date(2021, 1, 1), date(2021, 8, 12)),  # so far
        ("From January to August 2020", "range", date(2020, 1, 1), date(2020, 8, 31)),
        ("in the period up to March 9", "point", None, date(2021, 3, 9)),
    ],
)
def test_periods(text, kind, start, end):
    [period] = find_periods(text, PUBLISHED)
    assert (period.kind, period.start, period.end) == (kind, start, end)


@pytest.mark.parametrize("text", ["so far", "to date", "từ đầu năm đến nay", "À ce jour"])
def test_so_far_is_the_publication_date(text):
    [period] = find_periods(text, PUBLISHED)
    assert as_of(period, PUBLISHED, None).end == PUBLISHED


@pytest.mark.parametrize(
    "text",
    ["up 9% on the same period last year", "tăng 14% so cùng kỳ năm 2014",
     "the highest half-year rate since 2019", "mức cao nhất kể từ năm 2019",
     "16.9 percent more than a year earlier", "51% more than in the same period of 2016",
     "over the same periods of last year", "cao hơn tháng 2 tới 36,4%",
     "thấp hơn tháng trước 34%", "19 percent more than this year's plan"],
)  # fmt: skip
def test_comparisons_are_not_periods(text):
    assert find_periods(text, PUBLISHED) == []


def test_a_month_after_publication_is_last_year():
    [period] = find_periods("in November", date(2022, 2, 1))
    assert (period.start, period.end) == (date(2021, 11, 1), date(2021, 11, 30))


def test_unknown_year_stays_unknown():
    [period] = find_periods("10 tháng đầu năm", None)
    assert period.end is None


@pytest.mark.parametrize(
    "text",
    [
        "Exports came to US$9.6 billion in 2020, up 12 per cent.",
        "FDI reached 870 million in 2020 as a whole.",
        "Surplus: VND300 billion in 2020.",
    ],
)
def test_a_year_after_a_scale_word_is_the_amounts_period_not_a_comparison(text):
    """ "billion in 2020" holds the letters "on in 2020": comparisons are whole words only."""
    found = find_periods(text, date(2021, 1, 20))
    assert [(p.start, p.end) for p in found] == [(date(2020, 1, 1), date(2020, 12, 31))]


def test_a_year_compared_with_is_still_no_period():
    found = find_periods("Exports rose 12 per cent on 2019 to $9.6 billion.", date(2021, 1, 20))
    assert found == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between 2016 and October 2019", date(2016, 1, 1), date(2019, 10, 31)),
        ("in the 2016-2020 period", date(2016, 1, 1), date(2020, 12, 31)),
        ("giai đoạn 2016 - 2020", date(2016, 1, 1), date(2020, 12, 31)),
        ("since 2020", date(2020, 1, 1), date(2021, 11, 12)),
    ],
)
def test_several_years_keep_their_first_year(text, start, end):
    found = [as_of(p, PUBLISHED, None) for p in find_periods(text, PUBLISHED)]
    assert [(p.start, p.end) for p in found] == [(start, end)]


def test_the_first_year_of_a_bare_year_range_is_no_period_of_its_own():
    for text in ("the best result in 2016-2019", "PPP projects worth $1.4 billion in 2017-20"):
        found = find_periods(text, PUBLISHED)
        assert all(p.several_years for p in found), text  # the span, never its first year
        assert [(p.start, p.end) for p in found if p.start and p.start.year == p.end.year] == []


def test_a_count_of_months_with_its_year_after_a_slash():
    found = find_periods("6 tháng/2021 tăng 5,9%; 9 tháng-2022 tăng 6%", PUBLISHED)
    assert [(p.start, p.end) for p in found] == [
        (date(2021, 1, 1), date(2021, 6, 30)),
        (date(2022, 1, 1), date(2022, 9, 30)),
    ]


def test_a_plans_year_compared_with_is_no_period():
    found = find_periods("đạt 68% so với chỉ tiêu năm 2020", PUBLISHED)
    assert found == []


def test_a_comparison_year_in_parentheses_sets_no_period_for_what_follows():
    from tests.test_extract_rules import facts

    body = (
        "Năm 2024, chỉ số sản xuất công nghiệp của Bình Dương ước tăng 7,2% (năm 2023 tăng 5,9%). "
        "Kim ngạch xuất khẩu đạt 33,1 tỷ USD."
    )
    found = facts(body, date(2024, 12, 26), lang="vi")
    assert ("exports_period", None, 33.1e9, "2024-01-01", "2024-12-31") in found


def test_the_first_days_of_a_year():
    found = find_periods("Trong 13 ngày đầu năm 2021, tỉnh đón 11 dự án.", None, 2021)
    assert [(m.kind, m.start, m.end) for m in found] == [
        ("range", date(2021, 1, 1), date(2021, 1, 13))
    ]
    found = find_periods("In the first 45 days of the year, FDI doubled.", None, 2022)
    assert [(m.start, m.end) for m in found] == [(date(2022, 1, 1), date(2022, 2, 14))]


def test_the_first_and_last_quarter_of_the_year_in_vietnamese():
    first = find_periods("Xuất khẩu quý đầu năm 2018 vẫn tăng khá.", date(2018, 4, 5))
    assert [(m.start, m.end) for m in first] == [(date(2018, 1, 1), date(2018, 3, 31))]
    last = find_periods("Trong quý cuối năm 2017, tỉnh xuất siêu.", date(2018, 1, 5))
    assert [(m.start, m.end) for m in last] == [(date(2017, 10, 1), date(2017, 12, 31))]


def test_a_cut_off_day_written_out_in_vietnamese():
    found = find_periods("Cộng dồn đến ngày 30 tháng 9 năm 2019, toàn tỉnh có 3.900 dự án.", None)
    assert [(m.kind, m.end) for m in found] == [("point", date(2019, 9, 30))]
