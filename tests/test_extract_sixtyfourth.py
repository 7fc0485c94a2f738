"""Rules added in the sixty-fourth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _rates(got: set, metric: str) -> set[tuple[float, str | None, str | None]]:
    """The (value, period start, period end) of one metric's figures."""
    return {(f[2], f[3], f[4]) for f in got if f[0] == metric}


def test_real_growth_after_a_nominal_sum_in_one_sentence_is_growth():
    # the sum at current prices is nominal, but the clause after the semicolon turns to
    # comparable prices: its rate is the real growth of the economy
    body = (
        "Bình Dương: kinh tế quý III ổn định\n\n"
        "Tính theo giá hiện hành, GRDP 9 tháng của tỉnh ước đạt 350.210 tỷ đồng; xét theo giá so "
        "sánh năm 2010, tốc độ tăng so với cùng kỳ là 8,12%."
    )
    got = _rates(facts(body, date(2023, 10, 3), "vi"), "grdp_growth_pct")
    assert got == {(8.12, "2023-01-01", "2023-09-30")}
    english = (
        "Binh Duong economy holds steady\n\n"
        "In the first nine months, the province's GRDP at current prices came to 350 trillion "
        "VND; at constant 2010 prices, it grew 8.12% from a year earlier."
    )
    got = _rates(facts(english, date(2023, 10, 3)), "grdp_growth_pct")
    assert got == {(8.12, "2023-01-01", "2023-09-30")}


def test_social_investment_capital_is_no_carried_topic():
    # "vốn đầu tư xã hội" (the whole society's investment) is no catalogue figure, whatever the
    # sentence before was about and however far its words stand from the sum
    body = (
        "Bình Dương: kinh tế 6 tháng\n\n"
        "Tổng mức bán lẻ hàng hóa và dịch vụ của tỉnh đạt 150.400 tỷ đồng, tăng 11,3%. Vốn đầu tư "
        "xã hội cả 6 tháng lên tới 125.100 tỷ đồng, cao hơn cùng kỳ 9,1%."
    )
    got = {f[2] for f in facts(body, date(2016, 7, 5), "vi")}
    assert 150_400_000_000_000 in got and 125_100_000_000_000 not in got
