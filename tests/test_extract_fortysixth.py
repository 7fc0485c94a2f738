"""Rules added in the forty-sixth session, each for one way the language works, in our own
wording."""

from __future__ import annotations

from datetime import date

from etl.extract.sentences import split_sentences
from tests.test_extract_rules import facts, values


def test_a_count_of_projects_in_force_after_new_ones_is_a_total():
    body = (
        "In the first ten months of 2024 Binh Duong approved 52 new investment projects and "
        "1,480 active FDI projects with registered capital of more than 40 billion USD."
    )
    got = facts(body, date(2024, 11, 6))
    assert values(got, "fdi_new_projects_period") == {52}
    assert values(got, "fdi_projects_total") == {1480}
    body = (
        "10 tháng năm 2024, Bình Dương cấp mới 52 dự án và 1.480 dự án FDI còn hiệu lực với "
        "tổng vốn hơn 40 tỷ USD."
    )
    got = facts(body, date(2024, 11, 6), "vi")
    assert values(got, "fdi_projects_total") == {1480}
    assert values(got, "fdi_new_projects_period") == {52}
    body = (
        "Sur les dix premiers mois de 2024, Binh Duong a accordé 52 nouveaux projets et compte "
        "1.480 projets d'IDE en activité."
    )
    got = facts(body, date(2024, 11, 6), "fr")
    assert values(got, "fdi_projects_total") == {1480}


def test_a_part_named_in_a_cause_that_opens_the_sentence_is_not_what_is_counted():
    body = (
        "Nhờ ngành điện tử và chế biến gỗ phục hồi đơn hàng, kim ngạch xuất khẩu của Bình Dương "
        "9 tháng năm 2024 ước đạt 24,1 tỷ USD, tăng 15,2% so với cùng kỳ."
    )
    got = facts(body, date(2024, 10, 4), "vi")
    assert values(got, "exports_period") == {24.1e9}
    assert values(got, "exports_period_yoy_pct") == {15.2}
    body = (
        "Thanks to a rebound in wood processing orders, Binh Duong's exports in the first nine "
        "months of 2024 reached 24.1 billion USD, up 15.2% year on year."
    )
    got = facts(body, date(2024, 10, 4))
    assert values(got, "exports_period") == {24.1e9}
    # the part as the sentence's subject stays a part
    body = (
        "Wood processing earned 4.2 billion USD from exports in the first nine months of 2024, "
        "up 15.2% year on year."
    )
    assert values(facts(body, date(2024, 10, 4)), "exports_period") == set()
    # and a sum inside the cause is the part's
    body = (
        "Driven by the wood processing industry, which earned 4.2 billion USD in the first nine "
        "months of 2024, Binh Duong's exports grew."
    )
    assert values(facts(body, date(2024, 10, 4)), "exports_period") == set()


def test_an_ellipsis_before_a_capital_ends_the_sentence():
    assert [
        s.text for s in split_sentences("Gỗ tăng 3%, dệt may tăng 5%… Tháng 8, xuất khẩu đạt X.")
    ] == [
        "Gỗ tăng 3%, dệt may tăng 5%…",
        "Tháng 8, xuất khẩu đạt X.",
    ]
    # a list of products with their own changes does not hold the rate of the next sentence
    body = (
        "Tồn kho một số sản phẩm công nghiệp gồm: thép 52 nghìn tấn, giảm 8,1%; xi măng 90 nghìn "
        "tấn, tăng 12,4%… Tháng 9/2024, giá trị xuất khẩu của Bình Dương ước đạt 3.150,6 triệu "
        "USD, tăng 1,2% so với tháng trước và tăng 14,3% so với cùng kỳ."
    )
    got = facts(body, date(2024, 10, 2), "vi")
    assert values(got, "exports_period_yoy_pct") == {14.3}
    assert values(got, "exports_period") == {3150.6e6}


def test_k_of_n_parks_counts_the_n_parks():
    # (and the k at work beside them, as the corpus labels a total and its operating count:
    # the fiftieth session's rule)
    body = "Đến nay, Bình Dương đã có 31/33 khu công nghiệp đi vào hoạt động."
    got = facts(body, date(2024, 6, 3), "vi")
    assert values(got, "industrial_parks_total") == {31, 33}
    body = "À ce jour, Binh Duong a mis en service 31/33 parcs industriels."
    assert values(facts(body, date(2024, 6, 3), "fr"), "industrial_parks_total") == {31, 33}
    # a date before the name of one park is no count of parks
    body = "Ngày 10/12 khu công nghiệp Mỹ Phước 3 của Bình Dương đón đoàn doanh nghiệp Hàn Quốc."
    assert values(facts(body, date(2024, 12, 11), "vi"), "industrial_parks_total") == set()
    body = "Sáng 25/6 khu công nghiệp VSIP Bình Dương tiếp đoàn nhà đầu tư."
    assert values(facts(body, date(2024, 6, 26), "vi"), "industrial_parks_total") == set()
    # an n that is no whole number is read past, not broken on
    body = "Bình Dương có 3/4,5 KCN mở rộng và 31/33 khu công nghiệp đã hoạt động."
    assert values(facts(body, date(2024, 6, 3), "vi"), "industrial_parks_total") == {31, 33}


def test_a_relative_clause_far_after_a_compared_place_is_not_that_places():
    body = (
        "Binh Duong ranks third in the country for FDI, after only Ho Chi Minh City and Hanoi: it "
        "hosts 4,200 foreign-invested projects, whose registered capital totals 42.7 billion USD."
    )
    got = facts(body, date(2024, 8, 2))
    assert values(got, "fdi_capital_total") == {42.7e9}
    # right after the place compared with, the clause is that place's
    body = (
        "In the first half of 2024 Binh Duong's GRDP grew faster than the national economy, "
        "which expanded 6.42%."
    )
    assert values(facts(body, date(2024, 7, 8)), "grdp_growth_pct") == set()


def test_a_part_in_the_name_of_a_guest_received_is_not_what_is_counted():
    body = (
        "Receiving a delegation of the Korean garment industry association on June 4, the "
        "chairman said Korean investment in Binh Duong had reached US$4.5 billion."
    )
    got = facts(body, date(2024, 6, 5))
    assert values(got, None) == {4.5e9}
    body = (
        "Tiếp đoàn Hiệp hội dệt may Hàn Quốc ngày 4/6, Chủ tịch UBND tỉnh cho biết vốn đầu tư "
        "của Hàn Quốc vào Bình Dương đã đạt 4,5 tỷ USD."
    )
    assert values(facts(body, date(2024, 6, 5), "vi"), None) == {4.5e9}
    # the guest's part, when the sum is the part's own, stays a part
    body = "The Korean garment industry association's members earned US$1.2 billion from exports."
    assert values(facts(body, date(2024, 6, 5)), None) == set()


def test_an_investor_countrys_sum_with_no_time_said_is_its_total():
    body = "Dung drew attention to Japan's investment worth US$6.1 billion in Binh Duong."
    got = facts(body, date(2024, 5, 14))
    assert values(got, "fdi_capital_total") == {6.1e9}
    assert values(got, "fdi_capital_period") == set()
    # with a period said, it is the period's
    body = "In the first four months of 2024 Japan invested US$610 million in Binh Duong."
    got = facts(body, date(2024, 5, 14))
    assert values(got, "fdi_capital_period") == {610e6}


def test_the_nation_after_a_rank_or_a_superlative_is_the_field_of_the_ranking():
    cases = [
        ("Sau ba tháng đầu năm 2024, Bình Dương vươn lên vị trí số hai cả nước về thu hút vốn "
         "FDI, với gần 1,4 tỷ USD vốn đăng ký.", "vi"),
        ("Trong quý I/2024, Bình Dương là địa phương thu hút nhiều vốn FDI nhất cả nước, với "
         "gần 1,4 tỷ USD.", "vi"),
        ("Au premier trimestre 2024, Binh Duong s'est hissée au deuxième rang national pour les "
         "IDE, avec un capital enregistré de près de 1,4 milliard de dollars.", "fr"),
    ]  # fmt: skip
    for body, lang in cases:
        got = facts(body, date(2024, 4, 5), lang)
        assert values(got, "fdi_capital_period") == {1.4e9}, body
    # the nation's own figure after a superlative of the province stays the nation's
    body = (
        "Bình Dương có tốc độ tăng FDI cao nhất vùng; vốn FDI của cả nước quý I/2024 đạt 6,17 tỷ "
        "USD."
    )
    assert values(facts(body, date(2024, 4, 5), "vi"), "fdi_capital_period") == set()


def test_the_foreign_sector_named_as_a_heading_is_foreign_investment():
    body = (
        "Ở khu vực nước ngoài, trong tháng 5/2024, Bình Dương thu hút được 236 triệu USD, gồm "
        "vốn cấp mới, điều chỉnh và góp vốn."
    )
    got = facts(body, date(2024, 6, 3), "vi")
    assert values(got, "fdi_capital_period") == {236e6}


def test_a_share_of_the_total_after_a_ranked_province_is_of_the_nations_total():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương xếp thứ ba về thu hút FDI với tổng vốn gần 1,9 tỷ "
        "USD, chiếm 8,4% tổng vốn, tăng 12,3% so với cùng kỳ."
    )
    got = facts(body, date(2024, 10, 3), "vi")
    assert values(got, "fdi_capital_period") == {1.9e9}
    # a part's share of the province's total, with no ranking, stays a part
    body = (
        "In the first nine months of 2024 Binh Duong drew 1.9 billion USD of FDI. The ten largest "
        "projects registered 1.4 billion USD, or 73.7% of the total capital."
    )
    assert values(facts(body, date(2024, 10, 3)), "fdi_capital_period") == {1.9e9}


def test_foreign_projects_counted_beside_domestic_ones_in_a_period_are_new_ones():
    body = (
        "Trong 9 tháng năm 2024, Bình Dương thu hút 120 dự án đầu tư mới. Khối trong nước có 95 "
        "dự án với tổng vốn 21.400 tỷ đồng; khối FDI có 25 dự án, vốn đăng ký 410 triệu USD."
    )
    got = facts(body, date(2024, 10, 4), "vi")
    assert values(got, "fdi_new_projects_period") == {25}
    assert values(got, "fdi_projects_total") == set()
    body = (
        "Binh Duong licensed 120 investment projects in the first nine months of 2024. They "
        "comprised 95 domestic projects worth 21.4 trillion VND and 25 foreign-invested projects "
        "with 410 million USD of registered capital."
    )
    got = facts(body, date(2024, 10, 4))
    assert values(got, "fdi_new_projects_period") == {25}
    # what the province holds, told beside the domestic ones, is a total
    body = (
        "In the first nine months of 2024 Binh Duong's FDI rose 12%. The province had 4,250 "
        "foreign investment projects with total registered capital of 40.1 billion USD, together "
        "with 2,300 domestic investment projects with total registered capital of VND520,000 "
        "billion."
    )
    got = facts(body, date(2024, 10, 4))
    assert values(got, "fdi_projects_total") == {4250}
    # beside a kind named in the sentence (adjusted projects), a count is no new one by this rule
    body = (
        "Cộng dồn 8 tháng năm 2024, tổng vốn đầu tư vào Bình Dương đạt hơn 1,2 tỷ USD. Trong đó, "
        "tỉnh cấp mới 21 dự án trong nước với vốn đăng ký 5.320 tỷ đồng và 17 dự án FDI với vốn "
        "đăng ký 255,4 triệu USD; đồng thời điều chỉnh 6 dự án đầu tư trong nước (vốn đăng ký "
        "75,2 tỷ đồng) và 31 dự án FDI, với vốn đăng ký tăng thêm 512,6 triệu USD."
    )
    got = facts(body, date(2024, 9, 4), "vi")
    assert values(got, "fdi_new_projects_period") == {17}


def test_others_after_a_count_of_projects_are_more_projects():
    body = (
        "In the first ten months of 2024 Binh Duong licensed 112 new FDI projects worth $980 "
        "million, while 86 others were cleared to expand, adding $640 million."
    )
    got = facts(body, date(2024, 11, 5))
    assert values(got, "fdi_adjusted_projects_period") == {86}
    body = (
        "Au cours des dix premiers mois de 2024, Binh Duong a délivré une licence à 112 nouveaux "
        "projets d'IDE et autorisé 86 autres à accroître leurs fonds."
    )
    got = facts(body, date(2024, 11, 5), "fr")
    assert values(got, "fdi_adjusted_projects_period") == {86}
    body = (
        "Depuis janvier 2024, Binh Duong a accueilli 112 projets d'IDE nouvellement enregistrés, "
        "tandis que 86 autres ont vu leur enveloppe relevée."
    )
    got = facts(body, date(2024, 11, 5), "fr")
    assert values(got, "fdi_adjusted_projects_period") == {86}
    # others of another noun are no projects
    body = (
        "Binh Duong is home to 4,100 FDI projects. The province has also introduced a one-stop "
        "shop, halving the processing time for 1,250 administrative procedures and cutting it by "
        "a third for 73 others."
    )
    assert values(facts(body, date(2024, 6, 5)), "fdi_projects_total") == {4100}


def test_a_catalogue_topic_after_a_colon_that_closes_a_whole_clause_is_the_subject():
    body = (
        "Khu vực dịch vụ của Bình Dương tiếp tục tăng tốc: tổng mức bán lẻ hàng hóa và doanh thu "
        "dịch vụ 9 tháng năm 2024 ước đạt 236.400 tỷ đồng."
    )
    got = facts(body, date(2024, 10, 5), "vi")
    assert values(got, "retail_sales_period") == {236400e9}
    # a bare label before the colon stays the subject
    body = "Ngành dệt may: kim ngạch xuất khẩu của Bình Dương 9 tháng năm 2024 đạt 3,2 tỷ USD."
    assert values(facts(body, date(2024, 10, 5), "vi"), "exports_period") == set()


def test_the_takings_of_trade_and_services_are_retail_sales():
    body = (
        "Lũy kế 9 tháng năm 2024, chỉ số sản xuất công nghiệp của Bình Dương tăng 7,2%; thương "
        "mại - dịch vụ ước đạt 236.400 tỷ đồng, tăng 11,5% so với cùng kỳ."
    )
    got = facts(body, date(2024, 10, 5), "vi")
    assert values(got, "retail_sales_period") == {236400e9}
    body = (
        "In the first nine months of 2024 Binh Duong's industrial production index rose 7.2%, and "
        "revenue from trade and services reached 236.4 trillion VND."
    )
    assert values(facts(body, date(2024, 10, 5)), "retail_sales_period") == {236400e9}


def test_a_ratio_to_what_the_province_had_drawn_a_year_earlier_is_the_sums_change():
    body = (
        "Binh Duong drew US$812 million of FDI in the first seven months of 2024. That total is "
        "equal to 61.5 per cent of what the province had attracted in the same period of 2023."
    )
    got = facts(body, date(2024, 8, 5))
    assert values(got, "fdi_capital_period_yoy_pct") == {-38.5}
    body = (
        "Binh Duong drew US$812 million of FDI in the first seven months of 2024, only 61.5% of "
        "the level seen in the same period of 2023."
    )
    got = facts(body, date(2024, 8, 5))
    assert values(got, "fdi_capital_period_yoy_pct") == {-38.5}
