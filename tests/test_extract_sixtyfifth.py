"""Rules added in the sixty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts


def _of(got: set, metric: str) -> set[float]:
    return {f[2] for f in got if f[0] == metric}


def test_domestic_projects_carry_their_new_and_added_capital():
    # the words that say the capital is the new and the added one together stand between the
    # count of domestic projects and its sum; the sum in dollars after "quy đổi thành" is the
    # same sum converted, no foreign capital
    body = (
        "Bình Dương: thu hút đầu tư 5 tháng\n\n"
        "Trong 5 tháng đầu năm, tỉnh cấp mới và điều chỉnh tăng vốn cho 48 dự án trong nước, với "
        "tổng vốn đăng ký cấp mới và tăng thêm hơn 52.300 tỷ đồng (quy đổi thành 2,05 tỷ USD)."
    )
    got = facts(body, date(2025, 6, 2), "vi")
    assert _of(got, "domestic_capital_period") == {52_300_000_000_000}
    assert not any(f[2] == 2_050_000_000 for f in got)
    english = (
        "Binh Duong investment in five months\n\n"
        "In the first five months, the province licensed or enlarged 48 domestic projects, with "
        "total new and additional registered capital of over 52.3 trillion VND."
    )
    got = facts(english, date(2025, 6, 2))
    assert _of(got, "domestic_capital_period") == {52_300_000_000_000}


def test_what_a_province_wants_to_do_is_a_goal_in_french():
    # "veut", "souhaite", "entend" before any verb in the infinitive say what is wanted; the
    # sum after the second verb of the list ("relever … et attirer X") is the goal, not a result
    for verb in ("veut également", "souhaite aussi", "entend"):
        body = (
            "Binh Duong: bilan de l'investissement\n\n"
            "En 2025, Binh Duong a attiré 2,1 milliards de dollars d'IDE. Cette année, la province "
            f"{verb} relever le taux d'occupation de ses zones industrielles et attirer 3,5 "
            "milliards de dollars d'IDE."
        )
        got = facts(body, date(2026, 1, 20), "fr")
        assert _of(got, "fdi_capital_period") == {2_100_000_000}, verb
