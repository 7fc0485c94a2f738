"""Rules added in the sixty-first session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


def test_new_and_added_capital_told_together_is_the_periods_whole_flow():
    # "newly-registered and additional FDI", "cấp … đăng ký đầu tư mới và điều chỉnh tăng vốn",
    # "new and existing FDI projects": the words of a part joined to the other part name the
    # sum of both, the period's whole foreign investment, not the new projects' capital
    for body, lang in (
        ("Newly-registered and additional FDI in Binh Duong came to 512 million USD in the first "
         "four months of the year.", "en"),
        ("Tính đến ngày 20/4, Bình Dương đã cấp giấy chứng nhận đăng ký đầu tư mới và điều chỉnh "
         "tăng vốn cho 37 dự án FDI, tổng vốn đăng ký đạt 512 triệu USD.", "vi"),
        ("In the first four months, Binh Duong counted 37 new and existing FDI projects with "
         "512 million USD between them.", "en"),
    ):  # fmt: skip
        got = facts(body, date(2024, 5, 6), lang)
        assert values(got, "fdi_capital_period") == {512e6}, body
        assert not values(got, "fdi_new_capital_period"), body


def test_a_part_whose_sum_is_only_its_own_keeps_its_kind():
    # the guards: capital added by projects already there ("raised their capital, adding a total
    # of X") is theirs, and the new projects' capital alone stays new
    body = (
        "In the first four months, 41 projects in Binh Duong raised their capital, adding a "
        "total of 512 million USD."
    )
    got = facts(body, date(2024, 5, 6))
    assert values(got, "fdi_adjusted_capital_period") == {512e6}
    body = "Newly registered FDI in Binh Duong came to 512 million USD in the first four months."
    got = facts(body, date(2024, 5, 6))
    assert values(got, "fdi_new_capital_period") == {512e6}


def test_a_sentence_opening_on_the_total_to_date_counts_every_licence():
    # "Lũy kế tới thời điểm hiện tại, …", "Tính lũy kế đến nay, …", "Until now, …": a sentence that
    # opens on the total so far, as a clause of its own, counts every project ever licensed,
    # though its verb is the licensing one
    for body, lang in (
        ("Lũy kế tới thời điểm hiện tại, 1.260 dự án FDI đã được Bình Dương cấp giấy chứng nhận "
         "đăng ký đầu tư.", "vi"),
        ("Tính lũy kế đến nay, 1.260 dự án FDI đã được Bình Dương cấp giấy chứng nhận đăng ký "
         "đầu tư.", "vi"),
        ("Until now, investment certificates have gone to 1,260 FDI projects in Binh Duong.",
         "en"),
    ):  # fmt: skip
        got = facts(body, date(2024, 5, 6), lang)
        assert values(got, "fdi_projects_total") == {1260}, body
        assert not values(got, "fdi_new_projects_period"), body


def test_a_sentence_opening_on_months_summed_keeps_the_new_licences():
    # the guard: "Lũy kế 4 tháng, …" sums months, a period: the licences in it are new ones
    body = "Lũy kế 4 tháng, Bình Dương cấp mới 45 dự án FDI với tổng vốn 310 triệu USD."
    got = facts(body, date(2024, 5, 6), "vi")
    assert values(got, "fdi_new_projects_period") == {45}
    assert not values(got, "fdi_projects_total")


def test_a_projects_own_total_raised_is_no_total_of_the_province():
    # "nâng tổng vốn đầu tư của cả dự án lên X" (of the whole project), as "của dự án": one
    # project's capital after an addition, not the province's cumulative FDI
    body = (
        "Trong năm 2021, một nhà đầu tư Hàn Quốc rót thêm 750 triệu USD vào dự án tại Bình Dương, "
        "nâng tổng vốn đầu tư của cả dự án lên 3,25 tỷ USD."
    )
    got = facts(body, date(2022, 1, 20), "vi")
    assert 3.25e9 not in values(got, None)


def test_the_provinces_own_total_raised_stays_its_total():
    # the guard: the province's total raised by the year's flows is still its total
    body = (
        "Trong năm 2021, Bình Dương thu hút thêm 750 triệu USD vốn FDI, nâng tổng vốn đầu tư "
        "nước ngoài của tỉnh lên 3,25 tỷ USD."
    )
    got = facts(body, date(2022, 1, 20), "vi")
    assert values(got, "fdi_capital_total") == {3.25e9}


def test_a_window_a_later_sentence_counts_its_figures_in_frames_the_sentences_after_it():
    # "From the beginning of the year to June 20, … In the first half of this year, 300 projects
    # …": the half year the second sentence dates its own figures to (June 30) is the window the
    # sentences after it inherit too, not the lead's cut-off day
    body = (
        "From the beginning of this year to June 20, Binh Duong secured 1.9 billion USD of FDI. "
        "In the first half of this year, 300 projects received new investment certificates, "
        "bringing 500 million USD. A further 120 projects raised their capital, adding 400 "
        "million USD."
    )
    got = facts(body, date(2023, 6, 28))
    assert ("fdi_new_projects_period", None, 300, "2023-01-01", "2023-06-30") in got
    assert ("fdi_adjusted_projects_period", None, 120, "2023-01-01", "2023-06-30") in got


def test_a_half_year_named_without_figures_keeps_the_leads_cut_off_day():
    # the guard: the same half year named in a sentence that keeps no figure of its own leaves
    # the lead's day (June 20) as the frame of what follows
    body = (
        "From the beginning of this year to June 20, Binh Duong secured 1.9 billion USD of FDI. "
        "In the first half of this year, investors kept arriving. A further 120 projects raised "
        "their capital, adding 400 million USD."
    )
    got = facts(body, date(2023, 6, 28))
    assert ("fdi_adjusted_projects_period", None, 120, "2023-01-01", "2023-06-20") in got


def test_a_longer_run_after_a_quarter_does_not_frame_what_follows():
    # the guard: "over the first four months" after a report of the first quarter (published in
    # late April) dates its own figure, but the quarter stays the window of the next sentence
    body = (
        "In the first quarter, Binh Duong's retail sales reached 81 trillion VND. Over the first "
        "four months, retail sales reached 109 trillion VND. Export turnover reached 8 billion USD."
    )
    got = facts(body, date(2024, 4, 27))
    assert ("exports_period", None, 8e9, "2024-01-01", "2024-03-31") in got


def test_exports_with_crude_oil_included_are_the_whole_of_the_exports():
    # "(kể cả dầu thô)", "bao gồm cả dầu thô": crude oil counted in, the province's whole exports,
    # not the crude oil item
    body = (
        "Năm 2019, các doanh nghiệp Bình Dương xuất khẩu hàng hóa (kể cả dầu thô) với tổng kim "
        "ngạch ước đạt 28.450 triệu USD, tăng 12,4% so với năm trước."
    )
    got = facts(body, date(2020, 1, 10), "vi")
    assert values(got, "exports_period") == {28450e6}
    assert values(got, "exports_period_yoy_pct") == {12.4}


def test_crude_oil_named_alone_stays_an_item_of_the_exports():
    # the guard: "riêng dầu thô đạt X", crude oil alone, is one item, no exports figure
    body = "Năm 2019, kim ngạch xuất khẩu của Bình Dương đạt 30 tỷ USD; riêng dầu thô đạt 2 tỷ USD."
    got = facts(body, date(2020, 1, 10), "vi")
    assert values(got, "exports_period") == {30e9}


def test_a_sum_estimated_as_realised_after_a_plan_word_is_the_actual_figure():
    # "so với dự toán, với tổng thu ước thực hiện hơn X": (estimated as) realised, the period's
    # actual revenue, though the plan it is measured against is named before it
    body = (
        "Trong quý I/2024, thu ngân sách của Bình Dương đạt kết quả khá so với dự toán, với tổng "
        "thu ước thực hiện hơn 16.800 tỷ đồng, bằng 27,8%."
    )
    got = facts(body, date(2024, 4, 5), "vi")
    assert values(got, "budget_revenue_period") == {16800e9}


def test_a_plan_to_realise_a_sum_stays_a_plan():
    # the guard: "đặt kế hoạch thu ngân sách thực hiện X", the plan's object, then its verb
    body = "Năm 2024, Bình Dương đặt kế hoạch thu ngân sách thực hiện 68.000 tỷ đồng."
    got = facts(body, date(2024, 4, 5), "vi")
    assert not values(got, "budget_revenue_period")


def test_the_part_named_after_besides_or_alongside_is_not_the_sums_kind():
    # "Ngoài hơn 43 dự án mới …, còn có 10 dự án FDI điều chỉnh tăng vốn, với tổng số vốn … X",
    # "Song song với việc cấp mới, tỉnh đã điều chỉnh vốn cho 16 dự án; … tăng thêm đạt X": the
    # new projects named as an aside ("besides", with a qualified count; "alongside") leave the
    # sum to the added capital the sentence is about
    for body in (
        "Ngoài hơn 43 dự án mới được cấp phép, trong tháng 2 Bình Dương còn có 12 dự án FDI "
        "điều chỉnh tăng vốn, với tổng số vốn đầu tư đăng ký đạt 7,4 triệu USD.",
        "Song song với việc cấp mới, trong tháng 2 Bình Dương đã điều chỉnh vốn cho 12 dự án FDI; "
        "phần vốn đăng ký tăng thêm đạt tổng cộng 7,4 triệu USD.",
    ):
        got = facts(body, date(2024, 3, 10), "vi")
        assert values(got, "fdi_adjusted_capital_period") == {7.4e6}, body
        assert not values(got, "fdi_capital_period"), body


def test_money_put_into_operating_projects_is_added_capital():
    # "channelled X into operating projects": capital added to projects already running
    body = (
        "In May, Binh Duong licensed 20 new FDI projects. Foreign investors also channelled 95 "
        "million USD into operating projects that month."
    )
    got = facts(body, date(2024, 6, 10))
    assert values(got, "fdi_adjusted_capital_period") == {95e6}


def test_new_and_added_capital_named_in_one_clause_stay_their_sum():
    # the guard: with no aside, "12 dự án mới và 10 dự án điều chỉnh tăng vốn, tổng vốn X" is the
    # sum of both kinds, the period's whole flow
    body = (
        "Trong tháng 2, Bình Dương cấp mới 12 dự án FDI và điều chỉnh tăng vốn cho 10 dự án, tổng "
        "vốn đăng ký đạt 7,4 triệu USD."
    )
    got = facts(body, date(2024, 3, 10), "vi")
    assert not values(got, "fdi_adjusted_capital_period")


def test_money_injected_as_another_sum_is_added_capital():
    # "were cleared to inject another X", "put in another X": what projects already there add
    for body in (
        "On the expansion side, two FDI projects in Binh Duong were cleared in February to inject "
        "another 52 million USD.",
        "In February, Binh Duong licensed 9 new FDI projects, and 14 existing ones were to put in "
        "another 52 million USD.",
    ):
        got = facts(body, date(2024, 3, 10))
        assert values(got, "fdi_adjusted_capital_period") == {52e6}, body


def test_a_rise_told_then_reached_as_a_small_percentage_is_the_rise():
    # "IIP tăng ở mức hai con số, ước đạt 25,15% so với cùng kỳ": after a rise is told, a
    # percentage no index could fall to (a quarter of a year ago) is the rise itself
    for body in (
        "Trong 6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) của Bình Dương tăng ở mức "
        "hai con số, ước đạt 21,4% so với cùng kỳ năm 2023.",
        "Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2024 của Bình Dương tăng ở mức hai con "
        "số, ước đạt 21,4% so với cùng kỳ năm 2023.",
    ):
        got = facts(body, date(2024, 6, 28), "vi")
        assert values(got, "iip_growth_pct") == {21.4}, body


def test_an_index_reached_against_a_year_ago_stays_a_level():
    # the guards: "ước đạt 95,2% so với cùng kỳ" with no rise told is the level, a 4.8% fall;
    # after a rise, "ước đạt 108,5%" is a level too (a rise of 8.5%)
    for body, rate in (
        ("Trong 6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) của Bình Dương ước đạt "
         "95,2% so với cùng kỳ năm 2023.", -4.8),
        ("Trong 6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) của Bình Dương tăng khá, "
         "ước đạt 108,5% so với cùng kỳ năm 2023.", 8.5),
    ):  # fmt: skip
        got = facts(body, date(2024, 6, 28), "vi")
        assert values(got, "iip_growth_pct") == {rate}, body


def test_what_the_zones_house_is_the_parks_share_of_the_province():
    # "Cumulatively, the zones house N projects holding X": the industrial zones named before,
    # a subset of the province's projects and capital
    body = (
        "Binh Duong's 30 industrial zones cover 12,000 ha. Cumulatively, the zones house 2,236 "
        "active investment projects holding 35.57 billion USD in registered capital."
    )
    got = facts(body, date(2025, 10, 10))
    assert not values(got, "fdi_projects_total")
    assert not values(got, "fdi_capital_total")


def test_what_the_province_houses_stays_its_total():
    # the guard: the province itself as the subject keeps its totals
    body = (
        "Binh Duong's 30 industrial zones cover 12,000 ha. Cumulatively, the province houses "
        "4,236 active FDI projects holding 41.57 billion USD in registered capital."
    )
    got = facts(body, date(2025, 10, 10))
    assert values(got, "fdi_projects_total") == {4236}
    assert values(got, "fdi_capital_total") == {41.57e9}
