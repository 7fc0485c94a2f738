"""Rules added in the fifty-second session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from tests.test_extract_rules import facts, reasons, values


def test_the_dollars_of_a_domestic_and_foreign_split_are_the_new_projects_capital():
    # the projects a period licensed, counted domestic and foreign apart, with their capital in
    # đồng and dollars: the dollars are the new foreign projects' capital
    for text, lang in (
        (
            "In the first nine months Binh Duong licensed 40 direct investment projects, 9 of them "
            "FDI projects. Their registered capital totals VND 5,200 billion and USD 96.5 million.",
            "en",
        ),
        (
            "Trong 9 tháng, tỉnh Bình Dương thu hút 40 dự án đầu tư trực tiếp, trong đó có 9 dự án "
            "FDI; tổng vốn đăng ký của các dự án là 5.200 tỷ đồng và 96,5 triệu USD.",
            "vi",
        ),
    ):
        got = facts(text, date(2024, 10, 5), lang)
        assert values(got, "fdi_new_capital_period") == {96_500_000}, text
        assert values(got, "fdi_capital_period") == set(), text
        assert values(got, "domestic_capital_period") == {5_200_000_000_000}, text
    # capital added to projects already licensed makes the dollars the period's whole flow
    got = facts(
        "In the first nine months Binh Duong let some existing projects raise their capital "
        "and licensed 9 new FDI projects and 31 domestic ones; registered capital totals VND "
        "5,200 billion and USD 96.5 million.",
        date(2024, 10, 5),
    )
    assert values(got, "fdi_new_capital_period") == set()
    assert values(got, "fdi_capital_period") == {96_500_000}


def test_plus_between_a_dong_sum_and_a_dollar_sum():
    # "VND X plus USD Y": English "plus" joins the pair; it is no "more than" before the dollars
    text = (
        "Over the year Binh Duong won 120 direct investment projects, including 15 FDI "
        "projects; their registered capital adds up to VND 21,000 billion plus USD 180 million."
    )
    got = facts(text, date(2024, 12, 28))
    assert values(got, "domestic_capital_period") == {21_000_000_000_000}
    assert values(got, "fdi_new_capital_period") == {180_000_000}


def test_a_headline_names_the_period_of_a_sum_the_body_leaves_undated():
    # the body tells the sum with no time of its own, after an as-of day: alone it would read
    # as a total; the headline says it flowed in the first five months
    title = "Năm tháng đầu năm 2024, Bình Dương hút hơn 520 triệu USD vốn FDI"
    body = (
        "Tính đến ngày 15/5, toàn tỉnh có 1.950 doanh nghiệp thành lập mới. Đáng chú ý, tỉnh "
        "đã thu hút được 52 dự án, trong đó có 40 dự án FDI với tổng vốn đăng ký hơn 520 "
        "triệu USD."
    )
    got = facts(body, date(2024, 6, 3), "vi", title=title)
    assert ("fdi_capital_period", None, 520_000_000, "2024-01-01", "2024-05-31") in got
    assert values(got, "fdi_capital_total") == set()
    # a headline without a period of its own leaves the body's total alone
    got = facts(body, date(2024, 6, 3), "vi", title="Bình Dương hút hơn 520 triệu USD vốn FDI")
    assert values(got, "fdi_capital_period") == set()


def test_the_cumulative_of_a_year_not_over_is_the_year_so_far():
    # "tính lũy kế năm 2024" in a report of nine months: what the year has added up to by the
    # report's window, for the sentence after it too
    body = (
        "Trong 9 tháng năm 2024, GRDP của tỉnh Bình Dương tăng 6,8%. Ở mảng đầu tư, tính lũy kế "
        "năm 2024, tỉnh cấp mới 120 dự án và điều chỉnh vốn 60 lượt dự án; tổng vốn cấp mới và "
        "điều chỉnh hơn 40.000 tỷ đồng, bằng 90% cùng kỳ năm 2023. Trong tổng vốn đó, phần FDI "
        "đạt trên 1,2 tỷ USD."
    )
    got = facts(body, date(2024, 10, 10), "vi")
    assert ("fdi_capital_period", None, 1_200_000_000, "2024-01-01", "2024-09-30") in got
    # with no window of its own, the figure's year so far runs to the publication day
    got = facts("Tính lũy kế năm 2024, vốn FDI Bình Dương thu hút đạt 1,2 tỷ USD.",
                date(2024, 10, 10), "vi")  # fmt: skip
    assert got == {("fdi_capital_period", None, 1_200_000_000, "2024-01-01", "2024-10-10")}
    # a year named with no "cumulative" stays the whole year
    got = facts(
        "Trong 9 tháng năm 2024, GRDP của tỉnh Bình Dương tăng 6,8%. Năm 2024, vốn FDI ước "
        "đạt 1,2 tỷ USD.",
        date(2024, 10, 10),
        "vi",
    )
    assert ("fdi_capital_period", None, 1_200_000_000, "2024-01-01", "2024-12-31") in got


def test_capital_put_to_work_and_a_sectors_budget_share_are_no_registered_capital():
    # money the projects have spent, or paid into the budget, is no capital they registered
    for text, lang in (
        ("Trong 5 năm qua, Bình Dương cấp phép 210 dự án FDI; phần vốn đã thực hiện trong giai "
         "đoạn này đạt hơn 2,4 tỷ USD.", "vi"),
        ("Trong quý I, các dự án FDI tại Bình Dương ước đã thực hiện khoảng 610 triệu USD.",
         "vi"),
        ("Over five years Binh Duong licensed 210 FDI projects, and the projects have already "
         "spent US$2.4 billion.", "en"),
        ("Binh Duong counts 4,100 FDI projects, and US$2.4 billion of their capital has actually "
         "been put to work this year.", "en"),
        ("Funding from non-governmental organisations for investment projects in Binh Duong "
         "totalled US$610 million in registered capital this year.", "en"),
        ("Trong 9 tháng, khối doanh nghiệp FDI tại Bình Dương đóng góp cho ngân sách nhà nước "
         "trên 610 triệu USD.", "vi"),
        ("In the first nine months FDI firms in Binh Duong contributed over 610 million USD to "
         "the state budget.", "en"),
        ("Au premier semestre, les exportations des zones industrielles de Binh Duong ont "
         "rapporté 13,5 millions de dollars au budget de l'État.", "fr"),
    ):  # fmt: skip
        got = facts(text, date(2024, 10, 5), lang)
        assert not {f for f in got if f[0].startswith("fdi_capital")}, text
        assert values(got, "budget_revenue_period") == set(), text
        assert values(got, "exports_period") == set(), text
    # the part paid out of a sum is no second value of it
    got = facts(
        "Binh Duong has drawn US$3.1 billion of FDI capital this year, and US$610 million of it "
        "has been paid out.",
        date(2024, 10, 5),
    )
    assert values(got, "fdi_capital_period") == {3.1e9}
    assert reasons(
        "Binh Duong has drawn US$3.1 billion of FDI capital this year, and US$610 million of it "
        "has been paid out.",
        date(2024, 10, 5),
        "en",
    )["US$610 million"].startswith("a subset")
    # the budget revenue collected keeps its reading
    got = facts("Thu ngân sách của Bình Dương đã thực hiện hơn 47.000 tỷ đồng trong 9 tháng.",
                date(2024, 10, 5), "vi")  # fmt: skip
    assert values(got, "budget_revenue_period") == {47_000_000_000_000}


def test_export_goods_that_each_passed_a_mark_with_the_word_export_between():
    # "5 mặt hàng xuất khẩu vượt 1 tỷ USD": "xuất khẩu" names the goods, not a total
    got = facts(
        "Năm 2019, kim ngạch xuất khẩu của Bình Dương đạt 26,7 tỷ USD. Đáng chú ý, năm 2019 "
        "tỉnh có 5 mặt hàng xuất khẩu vượt 1 tỷ USD.",
        date(2020, 1, 10),
        "vi",
    )
    assert values(got, "exports_period") == {26.7e9}


def test_projects_the_province_called_for_investment_in_are_on_offer():
    # "called for investment in 195 projects": a list on offer, no projects drawn
    got = facts(
        "At the conference, Binh Duong called for investment in 195 FDI projects in industry and "
        "logistics.",
        date(2024, 11, 28),
    )
    assert not {f for f in got if f[0].startswith("fdi_")}


def test_higher_or_lower_than_a_year_before_is_the_change_of_the_sum_before():
    # "cao hơn 5%" and "cao hơn năm trước 5%": the base, when named, stands before the rate;
    # both are the year-on-year change of the exports told just before
    for text in (
        "Kim ngạch xuất khẩu của Bình Dương năm 2025 ước đạt 36,8 tỷ USD, cao hơn 5%.",
        "Kim ngạch xuất khẩu của Bình Dương năm 2025 ước đạt 36,8 tỷ USD, cao hơn năm trước 5%.",
    ):
        got = facts(text, date(2025, 12, 20), "vi")
        assert ("exports_period_yoy_pct", None, 5, "2025-01-01", "2025-12-31") in got, text
    got = facts(
        "Kim ngạch xuất khẩu của Bình Dương năm 2025 ước đạt 30,1 tỷ USD, thấp hơn cùng kỳ năm "
        "ngoái 3,2%.",
        date(2025, 12, 20),
        "vi",
    )
    assert values(got, "exports_period_yoy_pct") == {-3.2}


def test_a_plan_word_that_looks_ahead_to_its_rate():
    # "phải đạt từ 11,5% trở lên": what the rest of the year must reach, no growth reached
    got = facts(
        "Quý I, GRDP của Bình Dương tăng 6,2%; để về đích, tăng trưởng của các quý còn lại "
        "phải đạt từ 11,5% trở lên.",
        date(2024, 4, 10),
        "vi",
    )
    assert values(got, "grdp_growth_pct") == {6.2}
