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
