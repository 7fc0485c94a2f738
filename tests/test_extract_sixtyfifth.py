"""Rules added in the sixty-fifth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, values


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
    assert values(got, "domestic_capital_period") == {52_300_000_000_000}
    assert not any(f[2] == 2_050_000_000 for f in got)
    english = (
        "Binh Duong investment in five months\n\n"
        "In the first five months, the province licensed or enlarged 48 domestic projects, with "
        "total new and additional registered capital of over 52.3 trillion VND."
    )
    got = facts(english, date(2025, 6, 2))
    assert values(got, "domestic_capital_period") == {52_300_000_000_000}


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
        assert values(got, "fdi_capital_period") == {2_100_000_000}, verb


def test_a_pronoun_or_the_pace_after_the_economys_growth_stands_for_that_growth():
    # the rate before is a yearly average (no one period's figure) or a half-year's; the next
    # sentence's subject is only "elle", "it" or "the pace", and it names no topic of its own
    cases = (
        (
            "Binh Duong: croissance\n\n"
            "Sur la période 2016-2020, la croissance économique de la province a atteint en "
            "moyenne 8,4% par an. Rien qu'en 2020, elle s'est établie à 6,1%.",
            "fr",
            {(6.1, "2020-01-01", "2020-12-31")},
        ),
        (
            "Binh Duong growth\n\n"
            "Over 2016-2020 the province's economy grew by an average of 8.4% a year. In 2020 "
            "alone, it came to 6.1%.",
            "en",
            {(6.1, "2020-01-01", "2020-12-31")},
        ),
        (
            "Binh Duong: croissance\n\n"
            "Au premier semestre 2020, le PIB régional de Binh Duong avait progressé de 4,2 %. Le "
            "rythme est passé à 5,3 % à la fin du troisième trimestre.",
            "fr",
            {(4.2, "2020-01-01", "2020-06-30"), (5.3, "2020-07-01", "2020-09-30")},
        ),
    )
    for body, lang, wanted in cases:
        got = {f[2:] for f in facts(body, date(2021, 8, 10), lang) if f[0] == "grdp_growth_pct"}
        assert got == wanted, body


def test_the_pace_is_not_carried_to_another_topic():
    # the topic named last is the exports: "it" then is no growth of the economy
    body = (
        "Binh Duong trade\n\n"
        "Binh Duong's exports came to 27 billion USD in 2020. In the fourth quarter alone, it "
        "rose 9.5%."
    )
    got = facts(body, date(2021, 4, 2))
    assert values(got, "grdp_growth_pct") == set()


def test_an_economy_that_kept_growing_names_its_growth_rate():
    # "kinh tế X liên tục tăng trưởng …" is the economy's growth, however the clause goes on
    body = (
        "Bình Dương: kinh tế\n\n"
        "Nhiều năm qua, kinh tế Bình Dương liên tục tăng trưởng nhanh và bền vững: bình quân "
        "giai đoạn 2016 – 2020 đạt 8,4%/năm, riêng năm 2019 đạt hơn 9%."
    )
    got = {(f[2], f[4]) for f in facts(body, date(2020, 8, 2), "vi") if f[0] == "grdp_growth_pct"}
    assert got == {(9.0, "2019-12-31")}


def test_a_word_between_the_count_and_countries_says_which_countries():
    # "investing", "different" stand between the count and its noun; the investor country named
    # past the comma is the leader among them, not a qualifier of the count
    for body in (
        "Binh Duong has drawn 4,100 FDI projects worth 40 billion USD. Among 18 investing "
        "countries and territories, South Korea is in the lead with 907 projects.",
        "Binh Duong has drawn 4,100 FDI projects worth 40 billion USD. The investors hail from "
        "18 different countries and territories, among them South Korea, Japan and China.",
    ):
        got = facts("Binh Duong FDI\n\n" + body, date(2024, 5, 2))
        assert values(got, "fdi_countries_total") == {18}, body


def test_quarters_sizes_after_the_economys_size_carry_its_growth():
    # the half-year's GRDP is a size (the catalogue has only its growth); the quarters' sums in
    # the next sentence name no topic, so they are that size too, and their changes its growth
    body = (
        "Bình Dương: GRDP 6 tháng\n\n"
        "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2023 theo giá so sánh đạt 180.400 tỷ "
        "đồng, tăng 5,9% so cùng kỳ. Chia theo quý, quý I là 84.200 tỷ đồng, tăng 5,1%; quý II "
        "lên 96.200 tỷ đồng, tăng 6,6%."
    )
    got = {f[2:] for f in facts(body, date(2023, 7, 20), "vi") if f[0] == "grdp_growth_pct"}
    assert got == {
        (5.9, "2023-01-01", "2023-06-30"),
        (5.1, "2023-01-01", "2023-03-31"),
        (6.6, "2023-04-01", "2023-06-30"),
    }


def test_thousands_of_billions_then_billions_are_one_sum():
    # "10 nghìn 537 tỷ đồng" is 10,537 billion đồng, as "2 tỷ 514 triệu" is 2,514 million
    body = (
        "Bình Dương: thu ngân sách\n\n"
        "Thu ngân sách nhà nước 6 tháng đầu năm 2023 của tỉnh đạt 10 nghìn 537 tỷ đồng. Tổng "
        "mức bán lẻ hàng hóa đạt 81 ngàn 200 tỷ đồng."
    )
    got = facts(body, date(2023, 7, 20), "vi")
    assert values(got, "budget_revenue_period") == {10_537_000_000_000}
    assert values(got, "retail_sales_period") == {81_200_000_000_000}


def test_a_sum_after_the_economys_size_is_not_its_size_unless_split_or_named_again():
    # the next sentence's sum names no topic, but neither splits the size by quarter nor names
    # it again: its change is no growth of the economy
    body = (
        "Bình Dương: kinh tế năm 2023\n\n"
        "GRDP của tỉnh năm 2023 theo giá so sánh đạt 150.000 tỷ đồng, tăng 7%. Trong năm 2023, "
        "doanh thu dịch vụ lưu trú đạt 11.007 tỷ đồng, tăng 21,4% so với năm 2022."
    )
    got = facts(body, date(2024, 1, 10), "vi")
    assert values(got, "grdp_growth_pct") == {7.0}


def test_billions_of_dong_with_a_dot_in_english_group_thousands():
    # a dot then three digits before "billion" đồng keeps the home grouping of thousands (no one
    # counts đồng to the million); before "trillion" đồng or billions of dollars it is a decimal
    body = (
        "Binh Duong results\n\n"
        "In 2019, retail sales of goods and services totalled VND 227.805 billion and budget "
        "revenue reached VND 57.630 trillion. Exports came to US$ 27.781 billion."
    )
    got = facts(body, date(2019, 12, 19))
    assert values(got, "retail_sales_period") == {227_805_000_000_000}
    assert values(got, "budget_revenue_period") == {57_630_000_000_000}
    assert values(got, "exports_period") == {27_781_000_000}


def test_others_already_there_that_raised_their_capital_are_adjusted_projects_in_french():
    # "64 autres, déjà implantés, ont relevé leur capital": the others stand for projects, past an
    # aside on what they are
    body = (
        "Binh Duong: IDE en sept mois\n\n"
        "Au cours des sept premiers mois, Binh Duong a accordé des licences à 55 projets à "
        "capitaux étrangers, pour 537 millions de dollars. Dans le même temps, 64 autres, déjà "
        "implantés, ont relevé leur capital pour un montant supplémentaire de 604 millions de "
        "dollars."
    )
    got = facts(body, date(2019, 8, 2), "fr")
    assert values(got, "fdi_adjusted_projects_period") == {64}
    assert values(got, "fdi_adjusted_capital_period") == {604_000_000}


def test_this_figure_as_the_subject_of_a_change_is_the_figure_told_last():
    # the sentence before names FDI capital only by a share of the plan; "con số này" (this
    # figure) then rose, year on year: the change of the FDI capital
    body = (
        "Bình Dương: FDI năm 2015\n\n"
        "Vốn đầu tư trực tiếp nước ngoài mà Bình Dương thu hút được trong năm 2015 đã vượt 70% kế "
        "hoạch đặt ra cho cả năm. So với năm 2014, con số này tăng 11,1%."
    )
    got = facts(body, date(2015, 12, 20), "vi")
    assert values(got, "fdi_capital_period_yoy_pct") == {11.1}
    english = (
        "Binh Duong FDI in 2015\n\n"
        "The foreign direct investment Binh Duong drew in 2015 has passed 70% of the plan for the "
        "year. Compared with 2014, this figure is up 11.1%."
    )
    got = facts(english, date(2015, 12, 20))
    assert values(got, "fdi_capital_period_yoy_pct") == {11.1}


def test_projects_counted_among_a_group_named_first_are_a_part_of_it():
    # "of the N projects …" opens the sentence: the projects counted after it are some of those,
    # no total of the province's; an investor country's share of them is its own total
    for body, lang in (
        (
            "Đáng chú ý, trong 42 dự án bị thu hồi, tỉnh đã giao lại 12 dự án cho các nhà đầu tư "
            "khác.",
            "vi",
        ),
        (
            "Trong số 9 dự án nói trên, 6 dự án đã khởi công; 3 dự án còn lại đang hoàn tất thủ "
            "tục.",
            "vi",
        ),
        ("Of the 42 revoked projects, the province has handed 12 projects to new investors.", "en"),
    ):
        got = facts("Bình Dương: thu hút FDI\n\n" + body, date(2019, 10, 2), lang)
        assert values(got, "fdi_projects_total") == set(), body
    body = (
        "Binh Duong FDI\n\n"
        "Binh Duong is home to 4,100 FDI projects. Of the 4,100 projects, South Korea owns 1,200 "
        "projects."
    )
    got = {(f[1], f[2]) for f in facts(body, date(2019, 10, 2)) if f[0] == "fdi_projects_total"}
    assert got == {(None, 4100), ("South Korea", 1200)}
    split = (
        "Binh Duong FDI\n\n"
        "Of the 368 projects in the province, 40 are foreign-invested projects with total "
        "registered capital of US$3.1 billion."
    )
    assert values(facts(split, date(2020, 6, 27)), "fdi_projects_total") == {40}


def test_new_and_enlarged_counts_before_sums_in_both_currencies_are_every_kind():
    # the new projects, then the enlarged ones, then one sum in đồng and one in dollars: the
    # capital of projects of every kind, so neither count is the FDI projects'
    body = (
        "Binh Duong: nine months\n\n"
        "In the first nine months, the province licensed 253 new projects and allowed 209 "
        "projects to increase their capital, with newly granted and added capital totalling "
        "127,788 billion VND and 1.588 billion USD."
    )
    got = facts(body, date(2025, 10, 10))
    assert values(got, "fdi_new_projects_period") == set()
    assert values(got, "fdi_adjusted_projects_period") == set()


def test_the_foreign_part_of_the_years_tally_told_with_no_verb_is_new_projects():
    # "lũy kế từ đầu năm" (the year so far) told with no verb: the FDI part of its count is the
    # year's new FDI projects, and their dollars the new projects' capital
    for body, lang in (
        (
            "Lũy kế từ đầu năm đến nay, con số là 21 dự án đầu tư trực tiếp (3 dự án FDI) với vốn "
            "đăng ký khoảng 3.300 tỷ đồng và 32,6 triệu USD.",
            "vi",
        ),
        (
            "Since the start of the year, the tally stands at 21 direct investment projects "
            "(including 3 FDI projects), with registered capital of 3,300 billion VND and 32.6 "
            "million USD.",
            "en",
        ),
    ):
        got = facts("Bình Dương: tháng 2\n\n" + body, date(2024, 2, 25), lang)
        assert values(got, "fdi_new_projects_period") == {3}, body
        assert values(got, "fdi_projects_total") == set(), body


def test_the_figure_after_a_subsets_sum_is_the_subsets():
    # the sentence before gave the private firms' exports, a subset of the province's; "the
    # figure" that rose is theirs, no change of the province's exports
    body = (
        "Binh Duong's private firms post record exports\n\n"
        "Privately owned domestic businesses in Binh Duong earned nearly 6.2 billion USD from "
        "exports in 2022, the provincial Department of Industry and Trade said. The figure was "
        "almost 31% higher than in 2021."
    )
    got = facts(body, date(2023, 1, 4))
    assert values(got, "exports_period_yoy_pct") == set()


def test_a_place_that_grew_at_a_pace_then_the_rate_is_its_growth():
    # "grew at a double-digit pace, 10.18%": the pace named between the verb and the rate
    body = (
        "Binh Duong growth\n\n"
        "In the third quarter, for the first time in years Binh Duong grew at a double-digit "
        "pace, 10.4%, one of the fastest in the country."
    )
    got = {f[2:] for f in facts(body, date(2025, 10, 28)) if f[0] == "grdp_growth_pct"}
    assert got == {(10.4, "2025-07-01", "2025-09-30")}
