"""What an article's address says about when it was published (pure).

Many outlets put the day in their addresses ("/2022/09/28/", "-20220928"), and archives and
saved copies are often named by year and month ("fr-vietnamplus-2022-09-excedent/article.txt").
Read only for an article whose page gives no date: a full day is its publication day; a year,
or a year and month, says which year its yearless periods ("in the first nine months") belong to.

>>> address_date("https://example.vn/kinh-te/2022/09/28/binh-duong-xuat-sieu.html")
AddressDate(year=2022, month=9, day=28)
>>> address_date("file:///data/fr-vietnamplus-2022-09-excedent-commercial/article.txt")
AddressDate(year=2022, month=9, day=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit

_YEAR = r"(?<!\d)((?:19|20)\d\d)"
DAY_RE = re.compile(_YEAR + r"([-/_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
MONTH_RE = re.compile(_YEAR + r"[-/_](0[1-9]|1[0-2])(?![\d])")
YEAR_RE = re.compile(_YEAR + r"(?!\d)")
FILE_PARTS = 2  # a saved file: its own name and its folder's, not the folders above them


@dataclass(frozen=True, slots=True)
class AddressDate:
    """The date an address names: a year, perhaps its month, perhaps the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def as_day(self) -> date | None:
        """The publication day when the address names one that exists."""
        if self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def address_date(address: str | None) -> AddressDate | None:
    """The most precise date the address's path names (never its host), or None."""
    if not address:
        return None
    parts = urlsplit(address)
    path = unquote(parts.path).lower()
    if parts.scheme == "file":
        path = "/".join(path.split("/")[-FILE_PARTS:])
    if match := DAY_RE.search(path):
        return AddressDate(int(match[1]), int(match[3]), int(match[4]))
    if match := MONTH_RE.search(path):
        return AddressDate(int(match[1]), int(match[2]))
    if match := YEAR_RE.search(path):
        return AddressDate(int(match[1]))
    return None
