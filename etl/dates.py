"""Publication dates from structured values and visible text, in the site's time zone (pure)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo

MONTHS_EN = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
TIME = r"(?:\D{0,6}?(?P<hh>\d{1,2})[:hg](?P<mi>\d{2})(?::(?P<ss>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
ZONE = r"(?:\s*\(?(?:GMT|UTC)\s*(?P<gmt>[+-](?:1[0-4]|0?\d))(?::?00)?(?!\d)\)?)?"
ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
NUMERIC_RE = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})(?!\d)" + TIME + ZONE, re.I
)
EN_MDY_RE = re.compile(
    rf"\b(?P<mon>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    + TIME
    + ZONE,
    re.I,
)
EN_DMY_RE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})"
    + TIME
    + ZONE,
    re.I,
)
# The time before the date: "09:38 | 27/09/2022", "08:15 - 10/06/2024" (day first).
TIME_FIRST_RE = re.compile(
    r"(?<!\d)(?P<hh>\d{1,2})[:h](?P<mi>\d{2})(?!\d)\s*(?:[|,-]\s*)?(?:ng[aà]y\s+)?"
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})(?!\d)" + ZONE,
    re.I,
)
VI_WORDS_RE = re.compile(
    r"ng[aà]y\s+(?P<d>\d{1,2})\s+th[aá]ng\s+(?P<m>\d{1,2})\s+n[aă]m\s+(?P<y>\d{4})", re.I
)


def parse_iso(text: str, tz: tzinfo) -> datetime | None:
    """An ISO-8601 date or date-time; a value without offset is read in `tz`."""
    match = ISO_RE.search(text.strip())
    if not match:
        return None
    g = match.groupdict()
    when = _build(int(g["y"]), int(g["m"]), int(g["d"]), g["hh"], g["mi"], g["ss"], tz)
    if when and g["tz"]:
        offset = g["tz"]
        if offset == "Z":
            return when.replace(tzinfo=UTC)
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return when.replace(tzinfo=timezone(sign * delta))
    return when


def parse_visible_date(text: str, tz: tzinfo) -> datetime | None:
    """The first date written out for readers, English or Vietnamese, day-first unless AM/PM.

    Handles "May 21, 2021 - 14:30", "21 May 2021", "Thứ Sáu, 21/05/2021 - 14:30",
    "Ngày đăng: 21/05/2021", "12/2/2026, 10:00 (GMT+7)", "10/5/2026 3:42:00 PM" (US order),
    "March 5, 2025 | 08:30 pm GMT+7", "09:38 | 27/09/2022" (the time first).
    """
    text = unicodedata.normalize("NFC", text)
    patterns = (TIME_FIRST_RE, NUMERIC_RE, EN_MDY_RE, EN_DMY_RE)
    found = [m for m in (r.search(text) for r in patterns) if m]
    vi = VI_WORDS_RE.search(text)
    if vi:
        found.append(vi)
    for match in sorted(found, key=lambda m: m.start()):
        when = _from_match(match, tz)
        if when:
            return when
    return None


def _from_match(match: re.Match, tz: tzinfo) -> datetime | None:
    g = match.groupdict()
    year = int(g["y"])
    if "mon" in g and g.get("mon"):
        month, day = MONTHS_EN[g["mon"].lower().rstrip(".")], int(g["d"])
    elif "a" in g and g.get("a"):
        first, second = int(g["a"]), int(g["b"])
        # Day-first everywhere in Vietnam, except US-style stamps that carry AM/PM.
        day, month = (second, first) if g.get("ampm") else (first, second)
    else:
        day, month = int(g["d"]), int(g["m"])
    hour = g.get("hh")
    if hour is not None and g.get("ampm"):
        hour = str(int(hour) % 12 + (12 if g["ampm"].lower().startswith("p") else 0))
    zone = tz
    if g.get("gmt"):
        zone = timezone(timedelta(hours=int(g["gmt"])))
    return _build(year, month, day, hour, g.get("mi"), g.get("ss"), zone)


def _build(y: int, m: int, d: int, hh, mi, ss, tz: tzinfo) -> datetime | None:
    try:
        return datetime(y, m, d, int(hh or 0), int(mi or 0), int(ss or 0), tzinfo=tz)
    except ValueError:
        return None
