"""Generate a loopback news site of N realistic article pages in several templates: large pages
(50-150 KB, mean 110 KB, as most Vietnamese papers serve) or small ones (about 5 KB)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PARAGRAPHS_EN = [
    "Binh Duong attracted US${a}.{b} billion of foreign direct investment in the first {m} months "
    "of {y}, up {p}.{q} per cent year-on-year, the provincial Department of Planning said.",
    "As of the end of {y}, the province had {n},{k:03d} valid FDI projects with total registered "
    "capital of nearly US${t} billion.",
    "Exports reached an estimated ${e}.{b} billion, while imports were put at ${i}.{q} billion.",
    "Officials said the province would keep improving its investment climate, speeding up site "
    "clearance and training workers for high-tech industries in the coming years.",
    "Its {pk} industrial parks cover more than 12,{k:03d} hectares, with an occupancy rate of "
    "8{q}.{b} per cent.",
]
PARAGRAPHS_VI = [
    "Theo Sở Kế hoạch và Đầu tư, {m} tháng đầu năm {y} Bình Dương thu hút hơn {a},{b} tỷ USD vốn "
    "đầu tư nước ngoài, tăng {p},{q}% so với cùng kỳ.",
    "Tính đến ngày 30/6/{y}, toàn tỉnh có {n}.{k:03d} dự án FDI với tổng vốn đăng ký "
    "{t},{b} tỷ USD.",
    "Kim ngạch xuất khẩu ước đạt {e},{b} tỷ USD; nhập khẩu đạt {i},{q} tỷ USD.",
    "Lãnh đạo tỉnh cho biết sẽ tiếp tục cải cách thủ tục hành chính, hỗ trợ doanh nghiệp tháo gỡ "
    "khó khăn và đẩy mạnh chuyển đổi số trong thời gian tới.",
]
PADDING = {"large": (45_000, 140_000), "small": (0, 0)}  # related boxes and scripts, chars
MENU = "".join(f'<li><a href="/section/{i}">Chuyên mục {i}</a></li>' for i in range(60))


def _fill(template: str, rng: random.Random, year: int) -> str:
    return template.format(
        a=rng.randint(1, 3), b=rng.randint(0, 9), m=rng.randint(2, 11), y=year,
        p=rng.randint(1, 40), q=rng.randint(0, 9), n=rng.randint(3, 4), k=rng.randint(0, 999),
        t=rng.randint(30, 42), e=rng.randint(20, 35), i=rng.randint(15, 25), pk=rng.randint(28, 31),
    )  # fmt: skip


def _boilerplate(rng: random.Random, size: int) -> str:
    """Scripts, menus and related boxes, as real pages carry, up to `size` characters."""
    parts = []
    while sum(map(len, parts)) < size:
        n = rng.randint(0, 10_000)
        parts.append(
            f'<div class="related-news box-{n}"><h3>Tin liên quan</h3><ul>'
            + "".join(
                f'<li><a href="/r/{n}-{j}.html">Đồng Nai thu hút {j},5 tỷ USD vốn FDI '
                f"trong tháng {j}</a><span class='time'>0{j % 9 + 1}/0{j % 9 + 1}/2022</span></li>"
                for j in range(12)
            )  # fmt: skip
            + "</ul></div>"
            + f"<script>window.__ads_{n} = {{slot: {n}, sizes: [[300, 250], [728, 90]], "
            + "targeting: {section: 'kinh-te', tags: ['fdi', 'dau-tu']}};</script>"
        )
    return "".join(parts)


def page(number: int, base: str, rng: random.Random, size: str = "large") -> tuple[str, str, date]:
    """(path, html, published) of article `number`, in one of three templates; `size` is a key
    of PADDING."""
    published = date(2019, 1, 1) + timedelta(days=number % 1800)
    template = number % 3
    lang_vi = template == 2
    paragraphs = PARAGRAPHS_VI if lang_vi else PARAGRAPHS_EN
    body = "".join(
        f"<p>{_fill(rng.choice(paragraphs), rng, published.year)}</p>"
        for _ in range(rng.randint(6, 14))
    )
    title = ("Bình Dương thu hút vốn FDI" if lang_vi else "Binh Duong draws FDI") + f" ({number})"
    path = f"/{'vi' if lang_vi else 'en'}/{published.year}/{number}.html"
    head = f"<meta charset='utf-8'><title>{title}</title><link rel='canonical' href='{base}{path}'>"
    if template == 0:
        head += ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
                 f'{title}", "datePublished": "{published}T08:00:00+07:00"}}</script>')  # fmt: skip
        article = (f"<article><h1 class='article__title'>{title}</h1>"
                   f"<div class='article__body'>{body}</div></article>")  # fmt: skip
    elif template == 1:
        head += (f"<meta property='og:title' content='{title}'><meta property="
                 f"'article:published_time' content='{published}T08:00:00+07:00'>")  # fmt: skip
        article = f"<div id='abody'>{body}</div>"
    else:
        article = (f"<div class='detail-content'><h1>{title}</h1><div class='ngay-dang'>Thứ hai, "
                   f"{published:%d/%m/%Y} - 08:00</div>{body}</div>")  # fmt: skip
    padding = _boilerplate(rng, rng.randint(*PADDING[size]))
    half = len(padding) // 2
    html = (f"<!DOCTYPE html><html><head>{head}</head><body><nav class='menu'><ul>{MENU}</ul>"
            f"</nav>{padding[:half]}{article}<aside class='most-read'>{padding[half:]}</aside>"
            "<footer>Bản quyền</footer></body></html>")  # fmt: skip
    return path, html, published


def write_site(folder: Path, count: int, seed: int = 7, size: str = "large") -> list[str]:
    """Write `count` articles of `size` (a key of PADDING), a robots.txt and a sitemap index with
    monthly sitemaps."""
    rng = random.Random(seed)
    by_month: dict[str, list[tuple[str, date]]] = {}
    paths = []
    for number in range(count):
        path, html, published = page(number, "{{BASE}}", rng, size)
        target = folder / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        by_month.setdefault(f"{published:%Y-%m}", []).append((path, published))
        paths.append(path)
    (folder / "robots.txt").write_text("User-agent: *\n")
    children = []
    for month, items in sorted(by_month.items()):
        urls = "".join(
            f"<url><loc>{{{{BASE}}}}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in items
        )
        (folder / f"news-{month}.xml").write_text(
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )
        children.append(f"<sitemap><loc>{{{{BASE}}}}/news-{month}.xml</loc></sitemap>")
    (folder / "sitemap.xml").write_text(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(children) + "</sitemapindex>"
    )  # fmt: skip
    return paths
