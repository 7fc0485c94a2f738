"""An undated article's address dates it: the day an outlet puts in its URL, or the year and
month a saved copy is filed under, read only when the page and its words give no date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from etl.extract.address_date import AddressDate, address_date
from etl.extract.dating import estimate_publication
from tests.test_extract_rules import CATALOGUE, PLACES

NINE_MONTHS = "En neuf mois, les exportations de Binh Duong ont atteint 27 milliards de dollars."


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://news.example/kinh-te/2022/09/28/binh-duong.html", AddressDate(2022, 9, 28)),
        ("https://news.example/binh-duong-xuat-sieu-20190412.html", AddressDate(2019, 4, 12)),
        ("file:///data/fr-vnp-2022-09-excedent/article.txt", AddressDate(2022, 9)),
        ("file:///data/en-customs-2017-korea-h1/article.txt", AddressDate(2017)),
        ("https://news.example/economy/4567812/binh-duong-fdi.html", None),
        ("https://2021.news.example/binh-duong.html", None),  # the host is no date
        ("file:///archive/2020/notes/binh-duong.txt", None),  # a folder above the file's own
        ("https://news.example/stamp-20240305123456789.htm", None),  # a long id, no day
    ],
)
def test_the_date_an_address_names(address, expected):
    assert address_date(address) == expected


def test_a_day_that_does_not_exist_is_no_publication_day():
    assert AddressDate(2023, 2, 30).as_day is None


def test_the_address_year_dates_a_yearless_period():
    assert estimate_publication([NINE_MONTHS], None) is None
    assert estimate_publication([NINE_MONTHS], AddressDate(2022, 9)) == date(2022, 9, 30)
    assert estimate_publication([NINE_MONTHS], AddressDate(2022)) == date(2022, 9, 30)


def test_a_period_not_over_in_the_address_month_is_the_year_befores():
    text = "In the first 11 months, Binh Duong drew 2.5 billion USD of FDI."
    assert estimate_publication([text], AddressDate(2020, 1)) == date(2019, 11, 30)


def test_the_words_tell_the_year_before_a_year_or_month_in_the_address():
    text = "In the first nine months of 2018, Binh Duong's exports reached 27 billion USD."
    assert estimate_publication([text], AddressDate(2022, 9)) == date(2018, 9, 30)


def test_a_day_in_the_address_is_the_publication_day():
    assert estimate_publication([NINE_MONTHS], AddressDate(2022, 10, 3)) == date(2022, 10, 3)


def test_extract_dates_an_undated_txt_by_its_folder(tmp_path, cli):
    dated, plain = tmp_path / "fr-vnp-2022-09-excedent", tmp_path / "fr-vnp-excedent"
    for folder in (dated, plain):
        folder.mkdir()
        (folder / "article.txt").write_text(f"Binh Duong\n\n{NINE_MONTHS}\n", encoding="utf-8")
    ends = []
    for folder in (dated, plain):
        code, out, _ = cli("extract", str(folder / "article.txt"), "--format", "json")
        assert code == 0
        ends.append([f["period_end"] for f in json.loads(out)["figures"]])
    assert ends == [["2022-09-30"], [None]]


def test_a_page_with_no_date_served_at_a_dated_address(site, cli):
    page = (
        "<html><head><meta charset='utf-8'><title>Binh Duong exports</title></head><body>"
        f"<article><h1>Binh Duong exports</h1><p>{NINE_MONTHS}</p></article></body></html>"
    ).encode()
    site.routes["/fr/2021/10/02/binh-duong.html"] = lambda h: (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        page,
    )
    code, out, _ = cli("extract", f"{site.base}/fr/2021/10/02/binh-duong.html", "--format", "json")
    assert code == 0
    assert [f["period_end"] for f in json.loads(out)["figures"]] == ["2021-09-30"]


def test_extraction_takes_the_address_as_a_keyword():
    from etl.extract.figures import extract_figures

    found = extract_figures(NINE_MONTHS, None, "fr", CATALOGUE, PLACES,
                            address="https://news.example/2022/09/28/x.html")  # fmt: skip
    assert [(f.metric, f.period_end) for f in found] == [("exports_period", date(2022, 9, 30))]
