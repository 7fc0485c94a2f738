"""Real outlets' page shapes (issue 13): one fixture page per CMS, written by us in the outlet's
structure, parsed to the right title, date and clean body, and giving the figures it states."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from etl.config.load import load_settings
from etl.extract.figures import extract_figures
from etl.extract.places import Places
from etl.fetch.encoding import decode
from etl.parse.article import parse_article
from tests.conftest import ROOT, SITE

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
GMT7 = timezone(timedelta(hours=7))
BASE = "http://news.test"
SETTINGS = load_settings(ROOT / "configs" / "default.toml")
PLACES = Places.build(SETTINGS.entity, SETTINGS.catalogue)


def page(path: str) -> str:
    raw = (SITE / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", BASE.encode())
    return decode(raw, "text/html")


def read(path: str, html: str | None = None):
    return parse_article(html or page(path), BASE + path, TZ)


def figures(article) -> set[tuple[str, float, str]]:
    day = article.published_at.astimezone(TZ).date()
    found = extract_figures(article.body, day, article.lang, SETTINGS.catalogue, PLACES,
                            title=article.title)  # fmt: skip
    return {(f.metric, round(f.value, 4), str(f.period_end)) for f in found}


VNEXPRESS = "/outlets/vnexpress/binh-duong-fdi-6-thang-4767021.html"
E_VNEXPRESS = "/outlets/e-vnexpress/binh-duong-exports-first-two-months-4859876.html"
VIETNAMPLUS = "/outlets/vietnamplus/binh-duong-grdp-6-thang-tang-68-post956210.html"
TUOITRE = "/outlets/tuoitre/binh-duong-xuat-sieu-48-ty-usd-100240705091233456.html"
VIETNAMNEWS = "/outlets/vietnamnews/binh-duong-posts-trade-surplus-1659876.html"
VIR = "/outlets/vir/binh-duong-fdi-nine-months-96512.html"
BBD_OLD = "/outlets/baobinhduong/thu-hut-von-fdi-8-thang-a232114.html"
BBD_NEW = "/outlets/baobinhduong/xuat-khau-5-thang-tang-a321877.html"
BAODAUTU = "/outlets/baodautu/binh-duong-von-dau-tu-6-thang-d215432.html"

# Per CMS: title, publication time, where the date came from, language, the body paragraph by
# paragraph, and figures the page states (metric, value, period end).
CASES = {
    VNEXPRESS: (
        "Bình Dương thu hút 1,2 tỷ USD vốn FDI trong 6 tháng",
        datetime(2024, 7, 2, 10, 5, tzinfo=GMT7), "meta", "vi",
        [
            "Theo Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024 Bình Dương thu hút 1,2 tỷ USD vốn "
            "đầu tư nước ngoài, tăng 18% so với cùng kỳ.",
            "Tính đến ngày 30/6/2024, Bình Dương có 4.200 dự án FDI còn hiệu lực với tổng vốn "
            "đăng ký 41,5 tỷ USD.",
            "Kim ngạch xuất khẩu 6 tháng đầu năm 2024 của tỉnh ước đạt 15,8 tỷ USD, tăng 9,5% so "
            "với cùng kỳ.",
            "Ông Nguyễn Văn Bình, Phó giám đốc Sở, cho biết tỉnh đang ưu tiên các dự án công nghệ "
            "cao và ít thâm dụng lao động.",
            "Phước An",
        ],
        {("fdi_capital_period", 1.2e9, "2024-06-30"), ("fdi_projects_total", 4200, "2024-06-30"),
         ("fdi_capital_total", 41.5e9, "2024-06-30"), ("exports_period", 15.8e9, "2024-06-30")},
    ),
    E_VNEXPRESS: (
        "Binh Duong exports rise 12% in first two months",
        datetime(2025, 3, 5, 20, 30, tzinfo=GMT7), "text", "en",
        [
            "Binh Duong's exports reached US$5.1 billion in the first two months of 2025, up 12% "
            "year-on-year, the provincial statistics office said.",
            "Its imports were worth $3.4 billion, and the trade surplus came to $1.7 billion.",
            "The province also attracted $420 million of foreign direct investment in the two "
            "months, the Department of Finance said.",
        ],
        {("exports_period", 5.1e9, "2025-02-28"), ("imports_period", 3.4e9, "2025-02-28"),
         ("trade_surplus_period", 1.7e9, "2025-02-28"),
         ("fdi_capital_period", 420e6, "2025-02-28")},
    ),
    VIETNAMPLUS: (
        "Bình Dương: GRDP 6 tháng tăng 6,8%",
        datetime(2024, 7, 3, 15, 20, tzinfo=GMT7), "json-ld", "vi",
        [
            "Theo Cục Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 của "
            "Bình Dương tăng 6,8% so với cùng kỳ năm trước.",
            "Chỉ số sản xuất công nghiệp (IIP) của tỉnh trong 6 tháng tăng 7,2% so với cùng kỳ.",
            "Bình Dương có 29 khu công nghiệp với tổng diện tích hơn 12.700 ha.",  # the note box
            "Tổng vốn đầu tư toàn xã hội 6 tháng đầu năm 2024 ước đạt 62.000 tỷ đồng.",  # "/." gone
        ],
        {("grdp_growth_pct", 6.8, "2024-06-30"), ("iip_growth_pct", 7.2, "2024-06-30"),
         ("industrial_parks_total", 29, "2024-06-30")},  # roundup-end
    ),
    TUOITRE: (
        "Bình Dương xuất siêu 4,8 tỷ USD nửa đầu năm",  # served decomposed (NFD)
        datetime(2024, 7, 5, 9, 12, tzinfo=GMT7), "text", "vi",
        [
            "Theo Cục Thống kê, kim ngạch xuất khẩu của tỉnh Bình Dương 6 tháng đầu năm 2024 đạt "
            "16,1 tỷ USD, tăng 10,2% so với cùng kỳ.",  # both linked words kept
            "Nhập khẩu tăng chậm",
            "Kim ngạch nhập khẩu 6 tháng của tỉnh ước đạt 11,3 tỷ USD, tăng 4% so với cùng kỳ.",
            "Như vậy, 6 tháng đầu năm 2024 Bình Dương xuất siêu 4,8 tỷ USD, theo ông Trần Văn "
            "Lộc, phó cục trưởng.",
        ],
        {("exports_period", 16.1e9, "2024-06-30"), ("imports_period", 11.3e9, "2024-06-30"),
         ("trade_surplus_period", 4.8e9, "2024-06-30")},
    ),
    VIETNAMNEWS: (
        "Binh Duong posts $4.7 billion trade surplus in first half",
        datetime(2024, 7, 8, 8, 43, tzinfo=TZ), "text", "en",
        [
            "The southern industrial hub kept its export growth ahead of imports.",
            "Binh Duong Province's exports reached US$16 billion in the first half of this year, "
            "up 9.8 per cent year-on-year, according to its statistics office.",  # no dateline
            "Imports were estimated at $11.3 billion, giving the province a trade surplus of $4.7 "
            "billion.",
            "The province has 29 industrial parks covering more than 12,700ha.",
            "Its foreign direct investment reached $1.2 billion in the first six months.",  # no VNS
        ],
        {("exports_period", 16e9, "2024-06-30"), ("trade_surplus_period", 4.7e9, "2024-06-30"),
         ("industrial_parks_area_ha", 12700, "2024-06-30"),  # roundup-end
         ("fdi_capital_period", 1.2e9, "2024-06-30")},
    ),
    VIR: (
        "Binh Duong lures $1.86 billion of FDI in nine months",
        datetime(2022, 9, 27, 9, 38, tzinfo=TZ), "text", "en",
        [
            "In the first nine months of 2022, Binh Duong attracted $1.86 billion of foreign "
            "direct investment, according to the provincial Department of Planning and "
            "Investment.",
            "As of September 20, the province had 4,012 valid FDI projects with total registered "
            "capital of $39.5 billion.",
            "South Korea remained the largest investor in the locality.",
        ],
        {("fdi_capital_period", 1.86e9, "2022-09-30"), ("fdi_projects_total", 4012, "2022-09-20"),
         ("fdi_capital_total", 39.5e9, "2022-09-20")},
    ),
    BBD_OLD: (
        "8 tháng, Bình Dương thu hút 1,3 tỷ USD vốn FDI",
        datetime(2020, 9, 9, tzinfo=TZ), "text", "vi",
        [
            "(BDO) 8 tháng đầu năm 2020, Bình Dương thu hút 1,3 tỷ USD vốn đầu tư nước ngoài, "
            "bằng 62% kế hoạch năm.",
            "Tính đến ngày 31/8/2020, toàn tỉnh có 3.920 dự án FDI còn hiệu lực với tổng vốn đăng "
            "ký 35,1 tỷ USD.",
            "Vốn đầu tư trong nước 8 tháng đạt 42.500 tỷ đồng.",
            "MINH AN",
        ],
        {("fdi_capital_period", 1.3e9, "2020-08-31"), ("fdi_projects_total", 3920, "2020-08-31"),
         ("fdi_capital_total", 35.1e9, "2020-08-31")},
    ),
    BBD_NEW: (
        "Xuất khẩu 5 tháng của Bình Dương tăng 11,2%",
        datetime(2024, 6, 10, 9, 15, tzinfo=TZ), "text", "vi",
        [
            "Theo Sở Công Thương, kim ngạch xuất khẩu 5 tháng đầu năm 2024 của Bình Dương ước đạt "
            "13,2 tỷ USD, tăng 11,2% so với cùng kỳ.",
            "Kim ngạch nhập khẩu ước đạt 9,1 tỷ USD, tăng 5,4%.",
            "Xuất siêu 5 tháng đạt 4,1 tỷ USD.",
            "Thanh Vân",
        ],
        {("exports_period", 13.2e9, "2024-05-31"), ("imports_period", 9.1e9, "2024-05-31"),
         ("trade_surplus_period", 4.1e9, "2024-05-31")},
    ),
    BAODAUTU: (
        "Bình Dương: vốn FDI 6 tháng đạt 1,2 tỷ USD",  # no <h1>; og:title without the site name
        datetime(2024, 7, 5, 10, 38, tzinfo=TZ), "text", "vi",
        [
            "Theo báo cáo của UBND tỉnh Bình Dương, các chỉ tiêu đầu tư 6 tháng đầu năm 2024 như "
            "sau:",
            "Vốn FDI thu hút 1,2 tỷ USD (6 tháng đầu năm 2024).",  # a data table, row by row
            "Vốn đầu tư trong nước 28.650 tỷ đồng (6 tháng đầu năm 2024).",
            "Số dự án FDI cấp mới 67 dự án (6 tháng đầu năm 2024).",
            "Tính đến ngày 30/6/2024, Bình Dương có 4.212 dự án FDI với tổng vốn đăng ký 42,7 tỷ "
            "USD.",
        ],
        {("fdi_capital_period", 1.2e9, "2024-06-30"),
         ("domestic_capital_period", 28650e9, "2024-06-30"),
         ("fdi_new_projects_period", 67, "2024-06-30"), ("fdi_projects_total", 4212, "2024-06-30")},
    ),
}  # fmt: skip

# Words of boxes, captions, banners and clocks on these pages: none may reach a body.
FURNITURE = (
    "Đồng Nai", "Dong Nai", "Long An", "Hà Nội", "Ha Noi", "HCMC", "TP.HCM", "HCM City",
    "Xem nhiều",
    "Most read", "Ảnh", "Photo", "VSIP II", "1.950", "8,5 tỷ", "Video", "Đọc tiếp", "Bình luận",
    "tạm ngừng", "Sài Gòn Giải Phóng", "Tin liên quan", "Related", "Có thể bạn quan tâm",
    "TTXVN", "VNS", "khung mẫu", "999", "Mỹ Phước 3", "250 nhà đầu tư", "3,000 factories",
    "2,500 foreign", "Bến Cát", "Bàu Bàng", "1.200 công nhân", "By Minh Chau", "Read also",
    "Chỉ tiêu",
)  # fmt: skip


@pytest.mark.parametrize("path", list(CASES))
def test_outlet_page_title_date_and_clean_body(path):
    title, published, date_source, lang, body, _ = CASES[path]
    article = read(path)
    assert (article.title, article.lang) == (title, lang)
    assert (article.published_at, article.date_source) == (published, date_source)
    assert article.published_at.utcoffset() == timedelta(hours=7)
    assert article.body.split("\n\n") == body
    assert not [word for word in FURNITURE if word in article.body]


@pytest.mark.parametrize("path", list(CASES))
def test_outlet_page_gives_its_figures(path):
    assert CASES[path][5] <= figures(read(path))


def test_canonical_is_the_story_never_the_amp_page():
    for path in (VNEXPRESS, E_VNEXPRESS, VIETNAMPLUS, TUOITRE, BBD_NEW):
        assert read(path).canonical_url == BASE + path


def test_vnexpress_visible_date_wins_over_the_header_clock():
    """Without the meta tag, span.date (no zero padding) dates the story, not "Thứ sáu, 5/7"."""
    html = page(VNEXPRESS).replace('<meta name="pubdate"', '<meta name="x-pubdate"')
    article = read(VNEXPRESS, html)
    assert article.published_at == datetime(2024, 7, 2, 10, 5, tzinfo=GMT7)
    assert article.date_source == "text"


def test_vietnamplus_json_ld_beside_a_breadcrumb_list_with_raw_newlines():
    html = page(VIETNAMPLUS).replace("2024-07-03T15:20:00+07:00", "2024-07-03T15:21:00+07:00", 1)
    assert read(VIETNAMPLUS, html).date_source == "json-ld"  # the meta tag now disagrees


def test_decomposed_unicode_is_composed():
    raw = (SITE / TUOITRE.lstrip("/")).read_text(encoding="utf-8")
    title = CASES[TUOITRE][0]
    assert f'og:title" content="{unicodedata.normalize("NFD", title)}"' in raw  # served NFD
    assert read(TUOITRE).title == title


def test_aspnet_form_wrapping_the_page_is_not_dropped():
    article = read(BBD_OLD)
    assert article.body.startswith("(BDO) 8 tháng đầu năm 2020")
    assert article.published_at.year == 2020  # never the clock's 2025


def test_old_fixture_pages_still_parse_the_same():
    old = read("/en/fdi-2022.html")
    assert old.body.split("\n\n")[-1] == "Its 29 industrial parks cover more than 12,700 hectares."
    assert read("/vi/fdi-thang-2-2020.html").published_at == datetime(2020, 3, 5, tzinfo=TZ)
