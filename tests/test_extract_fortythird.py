"""Rules added in the forty-third session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _values(got: set, metric: str = "domestic_capital_period") -> set[float]:
    """The values read for one metric (by default, the domestic capital of the period)."""
    return {f[2] for f in got if f[0] == metric}


def test_capital_added_to_domestic_projects_alone_is_no_domestic_total():
    body = (
        "Bình Dương tiếp tục thu hút mạnh vốn đầu tư trong nước trong 6 tháng đầu năm 2024. "
        "Ngoài ra, 14 dự án trong nước đã hoạt động được chấp thuận nâng vốn thêm 870 tỷ đồng."
    )
    got = facts(body, date(2024, 7, 2), "vi", title="Vốn đầu tư trong nước 6 tháng")
    assert 870e9 not in _values(got)
    body = (
        "Domestic investment into Binh Duong kept growing in the first half of 2024. Over the "
        "six months, 31 domestic projects already in operation were allowed to raise their "
        "capital by VND640 billion."
    )
    got = facts(body, date(2024, 7, 2), "en", title="Domestic investment in six months")
    assert 640e9 not in _values(got)


def test_the_periods_extra_domestic_capital_or_a_sum_beside_foreign_words_stays_whole():
    body = (
        "Trong 11 tháng năm 2024, vốn đăng ký kinh doanh trong nước của Bình Dương tăng thêm "
        "hơn 72.000 tỷ đồng."
    )
    got = facts(body, date(2024, 12, 2), "vi", title="Vốn trong nước 11 tháng")
    assert 72000e9 in _values(got)
    body = (
        "In 2024 foreign investors put 2.1 billion USD into Binh Duong through new projects "
        "and capital added to existing ones, while domestic investors registered over 9 "
        "trillion VND."
    )
    got = facts(body, date(2025, 1, 5), "en", title="Binh Duong investment in 2024")
    assert 9e12 in _values(got)


def test_a_total_to_date_of_domestic_projects_is_no_flow_of_the_period():
    body = (
        "Binh Duong has drawn strong domestic investment. Since it began licensing domestic "
        "projects, the province has approved 1,210 of them with a total capital of about "
        "VND412 trillion."
    )
    got = facts(body, date(2024, 9, 3), "en", title="Domestic investment in Binh Duong")
    assert 412e12 not in _values(got)
    body = (
        "In 2023 Binh Duong approved 18 projects of domestic investors worth VND9.6 trillion, "
        "which lifted the value of domestically invested projects in the province to more "
        "than VND390 trillion."
    )
    got = facts(body, date(2024, 1, 20), "en", title="Domestic investment in 2023")
    assert 390e12 not in _values(got)
    assert 9.6e12 in _values(got)
    body = (
        "Binh Duong licensed 40 domestic projects in 2023. That took the province's domestic "
        "investment portfolio to 2,300 projects, registered at VND401 trillion."
    )
    got = facts(body, date(2024, 1, 20), "en", title="Domestic investment in 2023")
    assert 401e12 not in _values(got)
    body = (
        "Binh Duong drew domestic capital steadily in the first half of 2024. All told, 2,350 "
        "domestic projects are now registered in the province, holding VND405 trillion."
    )
    got = facts(body, date(2024, 7, 2), "en", title="Domestic investment, first half")
    assert 405e12 not in _values(got)
