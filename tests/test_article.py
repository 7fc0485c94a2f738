"""Article pages in four templates: title, date, canonical URL, language, clean body (pure)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from etl.fetch.encoding import decode
from etl.parse.article import detect_language, parse_article
from tests.conftest import SITE

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
BASE = "http://news.test"


def page(path: str) -> str:
    raw = (SITE / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())
    return decode(raw, "text/html")


@pytest.mark.parametrize(
    ("path", "title", "published", "source", "lang"),
    [
        ("/en/fdi-2022.html", "Binh Duong draws US$3.14 billion of FDI in 2022",
         datetime(2022, 12, 30, 16, 45, tzinfo=TZ), "json-ld", "en"),
        ("/en/exports-h1-2021.html", "Binh Duong's exports climb 25.6 per cent in first half",
         datetime(2021, 6, 28, 9, 15, tzinfo=TZ), "meta", "en"),
        ("/vi/von-fdi-5-thang-2021.html", "Bình Dương thu hút hơn 1,2 tỷ USD vốn FDI sau 5 tháng",
         datetime(2021, 5, 21, 14, 30, tzinfo=TZ), "text", "vi"),
        ("/vi/fdi-thang-2-2020.html", "Bình Dương: 2 tháng đầu năm thu hút 212 triệu USD vốn FDI",
         datetime(2020, 3, 5, tzinfo=TZ), "text", "vi"),
    ],
)  # fmt: skip
def test_templates_give_title_date_and_language(path, title, published, source, lang):
    article = parse_article(page(path), BASE + path, TZ)
    assert article.title == title
    assert article.published_at == published
    assert article.date_source == source
    assert article.lang == lang


def test_canonical_url_drops_tracking_and_fragment():
    assert parse_article(page("/en/fdi-2022.html"), BASE + "/x", TZ).canonical_url == (
        BASE + "/en/fdi-2022.html"
    )
    grdp = parse_article(page("/en/grdp-h1-2023.html"), BASE + "/y?utm_source=rss", TZ)
    assert grdp.canonical_url == BASE + "/en/grdp-h1-2023.html"


def test_body_keeps_the_story_in_order_and_drops_boxes():
    article = parse_article(page("/en/fdi-2022.html"), BASE + "/en/fdi-2022.html", TZ)
    assert article.body.split("\n\n") == [
        "Binh Duong attracted US$3.14 billion of foreign direct investment in 2022, the "
        "provincial Department of Planning and Investment said on Friday.",
        "As of December 20, the province had 4,082 valid FDI projects with total registered "
        "capital of nearly US$40 billion.",
        "Its 29 industrial parks cover more than 12,700 hectares.",
    ]


def test_br_separated_table_layout_becomes_paragraphs():
    article = parse_article(page("/vi/fdi-thang-2-2020.html"), BASE + "/a", TZ)
    paragraphs = article.body.split("\n\n")
    assert (
        paragraphs[2] == "Kim ngạch xuất khẩu 2 tháng ước đạt 4,1 tỷ USD, tăng 5,3% so với cùng kỳ."
    )
    assert not [p for p in paragraphs if "Bắc Ninh" in p or "TIN TỨC" in p or "Long An" in p]


def test_undated_page_has_no_date_rather_than_the_crawl_time():
    article = parse_article("<html><body><p>Binh Duong news.</p></body></html>", BASE, TZ)
    assert article.published_at is None and article.date_source == "none"


def test_content_hash_ignores_whitespace_but_not_words():
    a = parse_article("<h1>T</h1><article><p>One  two.</p></article>", BASE, TZ)
    b = parse_article("<h1>T</h1><article><p>One two.</p>\n</article>", BASE, TZ)
    c = parse_article("<h1>T</h1><article><p>One three.</p></article>", BASE, TZ)
    assert a.content_hash == b.content_hash != c.content_hash


def test_decomposed_vietnamese_is_normalised():
    import unicodedata

    html = unicodedata.normalize("NFD", "<h1>Bình Dương</h1><article><p>Vốn đầu tư.</p></article>")
    article = parse_article(html, BASE, TZ)
    assert article.title == "Bình Dương" and article.body == "Vốn đầu tư."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Binh Duong attracted more foreign investment than in the previous year.", "en"),
        ("Bình Dương thu hút vốn đầu tư nước ngoài tăng mạnh so với cùng kỳ.", "vi"),
        ("La province de Binh Duong a enregistré un excédent commercial dans les neuf mois.", "fr"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_vietnamese_without_charset_is_not_mojibake():
    raw = (SITE / "vi" / "von-fdi-5-thang-2021.html").read_bytes()
    assert b"charset" not in raw
    text = decode(raw, "text/html")
    assert "Bình Dương thu hút" in text and "Ã" not in text


def test_windows_1258_page_with_meta_charset():
    from etl.textnorm import nfc

    raw = b'<meta charset="windows-1258"><p>V\xf4\xecn \xf0\xe2\xccu t\xfd</p>'  # tones combine
    assert "Vốn đầu tư" in nfc(decode(raw, "text/html"))


def _body(html: str) -> list[str]:
    return parse_article(html, BASE + "/a", TZ).body.split("\n\n")


def test_when_only_article_matches_the_one_holding_the_headline_is_the_story():
    teaser = "<article><h3>Long An hút 900 triệu USD vốn FDI</h3><p>{}</p></article>"
    html = (
        teaser.format("Long An có 1.200 dự án FDI với tổng vốn 11 tỷ USD. " * 6)
        + "<article><h1>Bình Dương</h1><p>Bình Dương thu hút 1,2 tỷ USD vốn FDI.</p></article>"
        + teaser.format("Tây Ninh có 400 dự án.")
    )
    assert _body(html) == ["Bình Dương thu hút 1,2 tỷ USD vốn FDI."]


def test_inline_words_stay_and_standalone_boxes_go():
    html = (
        '<h1>T</h1><div class="detail-content"><p>Kim ngạch <a class="seo-suggest-link" href="/x">'
        'xuất khẩu</a> của <span class="related-tag">Bình Dương</span> tăng.</p>'
        '<a class="related-link" href="/y">Đồng Nai xuất khẩu 9 tỷ USD</a>'
        "<p>Xem thêm: Tây Ninh thu hút 500 triệu USD</p><p>Related: Hanoi exports</p></div>"
    )
    assert _body(html) == ["Kim ngạch xuất khẩu của Bình Dương tăng."]


def test_data_tables_become_rows_and_photo_tables_go():
    html = (
        '<h1>T</h1><div class="article__body"><p>Số liệu:</p>'
        "<table><thead><tr><th>Chỉ tiêu</th><th>Quý I/2024</th><th>Quý I/2023</th></tr></thead>"
        "<tr><td>Xuất khẩu</td><td>7,9 tỷ USD</td><td>7,1 tỷ USD</td></tr>"
        "<tr><td>Nhập khẩu</td><td>5,2 tỷ USD</td><td></td></tr></table>"
        '<table><tr><td><img data-src="a.jpg"></td></tr><tr><td>Cảng có 500 xe</td></tr></table>'
        '<table class="tplCaption"><tr><td>Ảnh</td><td>Nhà máy 2.000 công nhân</td></tr></table>'
        "</div>"
    )
    assert _body(html) == [
        "Số liệu:",
        "Xuất khẩu 7,9 tỷ USD (Quý I/2024); 7,1 tỷ USD (Quý I/2023).",
        "Nhập khẩu 5,2 tỷ USD (Quý I/2024).",
    ]


def test_layout_table_is_read_as_text_not_rows():
    long_cell = "Bình Dương thu hút 1,2 tỷ USD vốn FDI trong năm, tăng mạnh so với cùng kỳ. " * 3
    html = f"<table><tr><td>{long_cell}</td><td>Menu</td></tr><tr><td>a</td><td>b</td></tr></table>"
    assert long_cell.strip() in _body(html)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Binh Duong (VNA) – The province drew 1.2 billion USD.", "VNA"],
         ["The province drew 1.2 billion USD."]),
        (["HÀ NỘI – Vốn FDI tăng 10%./.", "(TTXVN/Vietnam+)"], ["Vốn FDI tăng 10%."]),
        (["(TTXVN) - Xuất khẩu đạt 5 tỷ USD/."], ["Xuất khẩu đạt 5 tỷ USD."]),
        (["Lead.", "HCM CITY — Exports rose 9 per cent. — VNS"],
         ["Lead.", "Exports rose 9 per cent."]),
        (["FDI rose in Binh Duong, said Vietnam News."],
         ["FDI rose in Binh Duong, said Vietnam News."]),
        (["Related investment grew 5 per cent.", "Tính đến 30/6/2024, có 4.200 dự án."],
         ["Related investment grew 5 per cent.", "Tính đến 30/6/2024, có 4.200 dự án."]),
    ],
)  # fmt: skip
def test_datelines_sign_offs_and_end_marks(paragraphs, expected):
    html = "<h1>T</h1><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
    assert _body(html) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ ba, 11/10/2022, 18:00 (GMT+7)", datetime(2022, 10, 11, 18, 0, tzinfo=TZ)),
        ("March 5, 2025 | 08:30 pm GMT+7", datetime(2025, 3, 5, 20, 30, tzinfo=TZ)),
        ("05/10/2026 15:42 GMT+7", datetime(2026, 10, 5, 15, 42, tzinfo=TZ)),
        ("September 27, 2022 | 09:38", datetime(2022, 9, 27, 9, 38, tzinfo=TZ)),
        (" - 07/09/2026 10:38", datetime(2026, 9, 7, 10, 38, tzinfo=TZ)),
        ("09:38 | 27/09/2022", datetime(2022, 9, 27, 9, 38, tzinfo=TZ)),
        ("Cập nhật 08h15 ngày 10/06/2024", datetime(2024, 6, 10, 8, 15, tzinfo=TZ)),
        ("05/10/2026 15:42 GMT+0700", datetime(2026, 10, 5, 15, 42, tzinfo=TZ)),
        # a clock glued to the next date: no 705-hour offset, and no exception
        ("05/10/2026 08:00 GMT+705/03/2020", datetime(2026, 10, 5, 8, 0, tzinfo=TZ)),
    ],
)
def test_outlet_date_formats(text, expected):
    from etl.dates import parse_visible_date

    assert parse_visible_date(text, TZ) == expected
