"""Amounts as written in English, Vietnamese and French, and numbers that are not amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.amounts import find_amounts, readings


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("$35.4 billion", "en", 35.4e9, "USD"),
        ("US$42.7 billion", "en", 42.7e9, "USD"),
        ("USD1.09 billion", "en", 1.09e9, "USD"),
        ("USD 45 billion", "en", 45e9, "USD"),
        ("36.5 billion USD", "en", 36.5e9, "USD"),
        ("8.65 trillion VND", "en", 8.65e12, "VND"),
        ("VND8.65 trillion", "en", 8.65e12, "VND"),
        ("42,7 tỷ USD", "vi", 42.7e9, "USD"),
        ("8.650 tỷ đồng", "vi", 8.65e12, "VND"),
        ("215 triệu USD", "vi", 215e6, "USD"),
        ("1,5 nghìn tỷ đồng", "vi", 1.5e12, "VND"),
        ("32,5 ngàn tỷ đồng", "vi", 32.5e12, "VND"),
        ("42.5 per cent", "en", 42.5, "percent"),
        ("42,7%", "vi", 42.7, "percent"),
        ("12,700ha", "en", 12700, "ha"),
        ("13.000 ha", "vi", 13000, "ha"),
        ("10,560 hectares", "en", 10560, "ha"),
        ("huit milliards de dollars", "fr", 8e9, "USD"),
        ("200.928 milliards de dongs", "fr", 200.928e12, "VND"),
        ("4,008 projects", "en", 4008, None),
        ("4.008 dự án", "vi", 4008, None),
        ("3 128 projects", "en", 3128, None),
        ("Thirteen projects", "en", 13, None),
        ("2 tỷ 514 triệu USD", "vi", 2.514e9, "USD"),
        ("40 tỷ 541 triệu đô la Mỹ", "vi", 40.541e9, "USD"),
        ("39 billion USD 592 million", "en", 39.592e9, "USD"),
        ("3 tỷ045 triệu USD", "vi", 3.045e9, "USD"),
        ("7.285,6 triệu đô la Mỹ", "vi", 7.2856e9, "USD"),
        ("nearly 3,4 billion USD", "en", 3.4e9, "USD"),
        ("Sixty-five countries", "en", 65, None),
        ("$5m", "en", 5e6, "USD"),
        ("$2bn", "en", 2e9, "USD"),
    ],
)
def test_amount_forms(text, lang, value, unit):
    [amount] = find_amounts(text, lang)
    assert amount.value == pytest.approx(value)
    assert amount.unit == unit


@pytest.mark.parametrize(
    "text",
    ["in 2022", "on June 30th", "ngày 15/5", "tháng 5/2022", "COVID-19", "VSIP1", "3.6 times",
     "gấp 2,3 lần", "about $36-38 billion", "3.3 – 3.4 billion USD", "the 6e rank", "10:30"],
)  # fmt: skip
def test_not_amounts(text):
    found = find_amounts(text, "en" if text.isascii() else "vi")
    assert [a for a in found if a.kind == "number" and (a.scaled or a.unit)] == []


def test_scale_without_currency_takes_the_sentence_currency():
    amounts = find_amounts("Exports reached 7.7 billion USD and imports 5.6 billion", "en")
    assert [(a.value, a.unit) for a in amounts] == [(7.7e9, "USD"), (5.6e9, "USD")]


def test_conversion_in_parentheses_is_marked():
    amounts = find_amounts("30.8 trillion VND (1.34 billion USD) of domestic capital", "en")
    assert [a.in_parens for a in amounts] == [False, True]


def vi_style(value: int, decimals: str) -> str:
    grouped = f"{value:,}".replace(",", ".")
    return grouped + ("," + decimals if decimals else "")


def en_style(value: int, decimals: str) -> str:
    return f"{value:,}" + ("." + decimals if decimals else "")


@given(st.integers(min_value=0, max_value=999_999_999), st.from_regex(r"\A(?:|\d|\d\d)\Z"))
def test_vietnamese_style_parses_back(value, decimals):
    expected = float(f"{value}.{decimals}" if decimals else value)
    assert readings(vi_style(value, decimals), "vi")[0] == expected


@given(st.integers(min_value=0, max_value=999_999_999), st.from_regex(r"\A(?:|\d{1,3})\Z"))
def test_english_style_parses_back(value, decimals):
    expected = float(f"{value}.{decimals}" if decimals else value)
    assert readings(en_style(value, decimals), "en")[0] == expected


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(["tỷ USD", "triệu USD", "tỷ đồng"]),
)
def test_vietnamese_amount_in_a_sentence_parses_back(value, scale):
    text = f"Bình Dương đạt {vi_style(value, '')} {scale} trong năm."
    [amount] = find_amounts(text, "vi")
    factor = {"tỷ USD": 1e9, "triệu USD": 1e6, "tỷ đồng": 1e9}[scale]
    assert amount.value == pytest.approx(value * factor)
    assert amount.unit == ("VND" if "đồng" in scale else "USD")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("1,5 tỷ USD và 300 triệu USD", "vi"), ("2 billion USD and 300 million USD", "en")],
)
def test_two_sums_that_each_name_their_currency_are_two_amounts(text, lang):
    assert [a.unit for a in find_amounts(text, lang)] == ["USD", "USD"]


def test_vietnamese_number_words_count_before_a_counted_noun():
    found = [a.value for a in find_amounts("Mười chín dự án mới và ba doanh nghiệp", "vi")]
    assert found == [19.0, 3.0]
    assert find_amounts("Trong ba năm qua, tháng ba", "vi") == []


def test_a_place_named_dong_after_a_year_is_no_currency():
    found = find_amounts("Sáu tháng đầu năm 2022 Đồng Nai thu hút 700 triệu USD vốn FDI.", "vi")
    assert [(a.value, a.unit) for a in found] == [(7e8, "USD")]
    found = find_amounts("Thu ngân sách đạt 2.022 tỷ đồng.", "vi")
    assert [(a.value, a.unit) for a in found] == [(2.022e12, "VND")]


def test_between_one_amount_and_another_is_a_range():
    found = find_amounts("New parks, each covering between 200ha and 900ha, grew 5%.", "en")
    assert [(a.value, a.kind) for a in found] == [
        (200, "range"),
        (900, "range"),
        (5, "number"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("retail takings of VND18.3 tril", 1.83e13, "VND"), ("a US$1.2 bil plant", 1.2e9, "USD"),
     ("VND4.1 trln in revenue", 4.1e12, "VND"), ("$45 mil of new capital", 4.5e7, "USD")],
)  # fmt: skip
def test_headline_abbreviations_of_scales(text, value, unit):
    amounts = find_amounts(text, "en")
    assert [(a.value, a.unit) for a in amounts] == [(value, unit)]


def test_a_comma_and_a_space_inside_a_number_before_its_scale_join_it():
    """ "VND11, 660 billion" (thousands) and "US$ 4, 8 billion" (a decimal comma), as some
    provincial pages type them; a list ("in 2016, 660 projects") stays two numbers."""
    found = find_amounts("revenue of VND11, 660 billion and exports of US$ 4, 8 billion", "en")
    assert [a.value for a in found] == [11_660e9, 4.8e9]
    assert [a.value for a in find_amounts("In 2016, 660 projects were licensed", "en")] == [660]
