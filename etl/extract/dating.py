"""Estimate when an undated article was written, from its own words (pure).

Used only when a page gives no date and the text names a period or a cut-off date without its
year ("En neuf mois", "in the first half", "tính đến 15/5"), which nothing else could date.
The latest part of a year the article names is the year it speaks of; a whole year it names
beside a yearless part ("En 2018, exports reached ..." beside "in nine months ...") and a year
it compares with ("the same period of 2017") are past: the article is written at least the
year after.
The day is the latest event the article dates without a year ("le 24 septembre", "on March
19", "ngày 24/9") that falls on or after the yearless period's last month, else that period's
end.

>>> estimate_publication(["In nine months, FDI reached 2 billion USD, the province said on "
...                       "September 24.", "In 2018, exports rose 13%."])
datetime.date(2019, 9, 24)
"""

from __future__ import annotations

import re
from datetime import date

from etl.extract.address_date import AddressDate
from etl.extract.amounts import BRACKETED_RE, SCALED_RE
from etl.extract.numwords import TENS_EN, UNITS_EN
from etl.extract.period_handlers import MONTHS, month_end
from etl.extract.periods import (
    FORECAST_RE,
    MONTH_OF_YEAR,
    THIS_YEAR_RE,
    VAGUE_RE,
    PeriodMention,
    comparison_spans,
    find_periods,
)
from etl.textnorm import fold

CUT_OFF_RE = re.compile(
    r"(?:tinh den|den het|den ngay|den|as of|as at|up to|through|jusqu"
    # "by October 20 the province counted 23 projects", "By August 15, 337 projects had been
    # drawn": a count told in the past at that day, no deadline ("finished by December 15")
    r"|by(?= [a-z]+ \d{1,2},?(?: [\w'()-]+){0,8}? (?:had|has|counted|stood|totall?ed)(?!\w)))"
)
# a number, not a year nor a name's digits ("Covid-19", "VSIP 2", "G20")
FIGURE_DIGIT_RE = re.compile(r"(?<![\d\w-])(?!(?:19|20)\d\d(?!\d))\d")
LEAD_TEXTS = 3  # the headline and the first sentences say what period a report is about
PROBE_YEAR = 2001  # any year: to see whether a yearless phrase is part of a year
HEADING_RE = re.compile(r"\W*(?:(?:19|20)\d\d)\W*$")
PLAN_RE = re.compile(
    # "phấn đấu" (strive), not "(cổ) phần đầu tư" (the investment part, a joint-stock company)
    r"(?:ke hoach|muc tieu|du toan|chi tieu|quy hoach|tam nhin|phan dau(?! tu(?!\w))"
    r"|chuong trinh|dinh huong"
    r"|de an|plan|target|goal|objecti|vision|aims? |aiming|programme|wants? to|seeks? to"
    # ("is estimated to have grown": a finished period's estimate, a report)
    r"|estimate(?!d to have )"
    r"|strives? to|hopes? to|(?:is|are) meant to|tenure|nhiem ky|push(?:es|ing)? for|breakthrough"
    r"|dot pha|tasks?(?: and (?:solutions|measures))? for|directions? (?:and tasks )?for"
    # "It will also see that … be brought into production in 2025": what the province will do
    r"|(?<!\w)(?:it|they|the (?:province|city)) will(?: also)? (?!be \w+ed\b)"
    r"|devrai(?:t|ent)|prevoi\w*|entend\w*"
    r"|s'efforce\w*|envisage\w*|ambitionne\w*|compte (?:attirer|atteindre)"
    r"|se (?:donne|fixe)n?t? (?:pour|comme) (?:cap|but)|vise(?:nt)? (?:a |une? |l.))"
)
# a day written with its year: "21.10.2024", "ngày 21/10/2024", "October 21, 2024"
# "Nghị quyết số 24-NQ/TW ngày 7-10-2022", "Decision No 1234 of 5/6/2021": a document's date
DOCUMENT_RE = re.compile(
    r"(?<!\w)(?:so \d+|no\.? ?\d+|nghi quyet|quyet dinh|nghi dinh|thong tu|chi thi|decree"
    r"|resolution|decision|directive|circular|can cu|cong van|thong bao|pursuant to)(?!\w)"
)
DOCUMENT_CHARS = 40
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d(?!\d)"
# "21.10.2024", "October 21, 2024", "Feb 29th 2016", "29 February 2016", "le 4 août 2022",
# "ngày 29 tháng 2 năm 2016"
FULL_DATE_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})[./-](?P<m>\d{{1,2}})[./-](?P<y>{_YEAR})"
    rf"|\b(?P<mn>{_MONTH_NAMES})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>{_YEAR})"
    rf"|(?<!\d)(?P<d3>\d{{1,2}})(?:er|st|nd|rd|th)? (?P<mn3>{_MONTH_NAMES}),? (?P<y3>{_YEAR})"
    rf"|\bngay (?P<d4>\d{{1,2}}) thang (?P<m4>\d{{1,2}}) nam (?P<y4>{_YEAR})"
)
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NOT_A_YEAR = r"(?![,.]? ?(?:nam )?(?:19|20)\d\d)(?![\d/])"
_AS_OF = r"(?<!den )(?<!by )(?<!until )(?<!as of )(?<!jusqu'au )(?<!d'ici le )"
EVENT_DATE_RES = (
    re.compile(
        rf"\b{_AS_OF}(?:le |on )?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)? (?P<mn>{_MONTH_NAMES})"
        rf"\b{_NOT_A_YEAR}"
    ),  # fmt: skip
    re.compile(
        rf"\b{_AS_OF}(?:on )(?P<mn>{_MONTH_NAMES}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"{_NOT_A_YEAR}"
    ),  # fmt: skip
    re.compile(rf"{_AS_OF}\bngay (?P<d>\d{{1,2}})(?:/| thang )(?P<m>\d{{1,2}})\b{_NOT_A_YEAR}"),
)


def estimate_publication(texts: list[str], address: AddressDate | None = None) -> date | None:
    """The likely publication date of an undated article: the day its address names; else what
    its words tell; else the year (and month) its address names (address-year); else None."""
    if address is not None and address.as_day:
        return address.as_day
    texts = [t for t in texts if not HEADING_RE.match(t)]  # "2017" over a section: no clue
    said = _from_words(texts)
    if address is not None and _address_outweighs(texts, said, address):
        said = _from_address(texts, address) or said
    if said is None or address is None or said.year != address.year:
        return said
    last = month_end(address.year, address.month or 12)
    floor = _reported_until(texts, said.year, last)
    # a day the words name inside the floor's month stands ("tính đến ngày 11/5" beside "5
    # tháng đầu năm 2023")
    return floor if floor and floor.month > said.month else said


def _from_address(texts: list[str], address: AddressDate) -> date | None:
    """ "En neuf mois" on a page filed under 2022-09: the yearless period ends in the address's
    year, or the year before when it would end after the address's month."""
    year = address.year
    end = _yearless_end(texts, year)
    if end and address.month and end.month > address.month:
        year -= 1
        end = _yearless_end(texts, year)
    if end is None:  # "Le 4 août, ..." on a page filed under 2022-08: that day (address-day)
        return (
            _last_event_in(texts, year, month_end(year, address.month)) if address.month else None
        )
    return _last_event_in(texts, year, end)


def _address_outweighs(texts: list[str], said: date | None, address: AddressDate) -> bool:
    """The address's year over the words': when they say none, the year before (a report's year
    told early the next year, "Hưng Yên … en 2024" filed under 2025-01), or a year they report
    no figure of (a company "set up in December 2020" in a 2024 story)."""
    if said is None:
        return True
    if said.year == address.year:
        return False
    return said.year == address.year - 1 or not _reported_in(texts, said.year)


def _reported_in(texts: list[str], year: int) -> bool:
    """A period of `year` named with its year and a figure ("In the first nine months of 2018,
    exports reached 27 billion USD"): the words' year stands against the address's; a company
    "set up in December 2020", with no figure, does not."""
    return any(m.explicit_year and m.end and m.end.year == year and _states_a_figure(text, m)
               for text in texts for m in find_periods(text, None))  # fmt: skip


# "Theo dự kiến, trong quý II/2025 tỉnh sẽ đón thêm …": what is expected or will come
WILL_RE = re.compile(FORECAST_RE.pattern + r"|(?<!\w)(?:se|will|sera|seront)(?!\w)")


def _reported_until(texts: list[str], year: int, last: date) -> date | None:
    """ "Trong quý I/2023, xuất khẩu đạt …" beside "tháng 1 và tháng 2 vừa qua": a part of the
    year named with its year and reported with a figure is over when the page is written."""
    reports = [t for t in texts if not _planned(t) and not WILL_RE.search(fold(t))]
    ends = [m.end for text in reports for m in find_periods(text, None)
            if m.kind == "range" and m.explicit_year and m.end and m.end.year == year
            and m.end <= last and not m.several_years and not m.whole_year
            and _states_a_figure(text, m)]  # fmt: skip
    return max(ends, default=None)


def _from_words(texts: list[str]) -> date | None:
    reports = [t for t in texts if not _planned(t)]  # a plan's year: no clue
    found = [(text, m) for text in reports for m in find_periods(text, None)
             if m.kind == "range" and not term_of_office(fold(text), m.span[0])]  # fmt: skip
    found += _reported_in_a_planned_lead(texts)
    ranges = [m for text, m in found if not (m.whole_year or m.several_years)
              or (_states_a_figure(text, m) and not _plans_year(text, m))]  # fmt: skip
    projected = _projected_years(found) + _estimated_years(texts)
    ranges = [m for m in ranges if not (m.whole_year and m.end and m.end.year in projected)]
    led = [m for text in texts[:LEAD_TEXTS] for m in find_periods(text, None) if m in ranges]
    named = [m.end.year for text, m in found if m.explicit_year and m.end and m.whole_year
             and (not _states_a_figure(text, m) or _plans_year(text, m))
             and not _horizon(text, m)]  # fmt: skip
    written = _written_days(texts)
    probe = _yearless_end(texts, PROBE_YEAR)
    compared = [_year_before(y, month, probe) for text in texts for y, month in _compared(text)]
    if not probe:  # every period named with its year
        if written:
            return _named_in_full(texts, written)
        dated = _after_last_year(reports, ranges, compared, named) or _named_in_full(texts, written)
        dated = _in_the_headline_year(texts, dated)
        return (
            _not_before_projected(texts, dated, projected)
            or _before_the_headlines_goal(texts)
            or _before_next_years_goal(texts)
        )
    vague = [int(y) for text in reports for m in VAGUE_RE.finditer(fold(text))
             for y in YEAR_RE.findall(m.group(0))]  # fmt: skip
    vague += projected + _years_still_running(found)
    year = _headline_year_is_this_year(texts) or _year_spoken_of(
        _lead_parts(led) or ranges, compared, named, vague, year_end=probe.month == 12
    )
    if written and (year is None or year > max(written).year):
        year = max(written).year  # a day written in full bounds the year ("ngày 21.10.2024")
    if year is None:
        return _named_in_full(texts, written)
    period_end = _yearless_end(texts, year)
    if period_end is None:  # "từ đầu năm đến nay" beside "tính đến giữa tháng 10/2020"
        return _named_in_full(texts, written)
    return _last_event_in(texts, year, period_end)


PLANNING_MONTH = 10  # from October, a province sets next year's goals


def _before_the_headlines_goal(texts: list[str]) -> date | None:
    """ "Hai Phong se donne pour cap une croissance du GRDP de 13 % en 2026" over a body that
    reviews the year on "Le 29 novembre": a goal set late in a year is the next year's, so the
    report is written on that day of the year before (headline-goal-year)."""
    if not texts or not _planned(texts[0]):
        return None
    years = [m.end.year for m in find_periods(texts[0], None)
             if m.whole_year and m.explicit_year and m.end]  # fmt: skip
    if len(years) != 1:
        return None
    days = [d for text in texts for d in _event_dates(text, years[0] - 1)
            if d.month >= PLANNING_MONTH]  # fmt: skip
    return max(days, default=None)


def _before_next_years_goal(texts: list[str]) -> date | None:
    """ "Binh Duong attracts 2.8 billion USD in FDI this year … For 2023, the province targets at
    least 1.8 billion USD": a review of "this year" whose only year named is a goal's is written
    late in the year before that goal's (next-years-goal)."""
    if not any(THIS_YEAR_RE.search(fold(text)) for text in texts):
        return None
    years = {
        (m.end.year, _a_goals_year(text, m))
        for text in texts
        for m in find_periods(text, None)
        if m.explicit_year and m.end
    }
    if len(years) != 1 or not next(iter(years))[1]:
        return None
    year = next(iter(years))[0] - 1
    days = [d for text in texts for d in _event_dates(text, year) if d.month >= PLANNING_MONTH]
    return max(days, default=date(year, 12, 31))


OPENING_CHARS = 12  # "For 2023, the province targets …": a year that opens a plan's sentence


def _a_goals_year(text: str, mention: PeriodMention) -> bool:
    """A whole year a plan word governs, or that opens a plan's sentence; not a goal's horizon."""
    if not mention.whole_year or _horizon(text, mention):
        return False
    return _plans_year(text, mention) or (mention.span[0] < OPENING_CHARS and _planned(text))


def _in_the_headline_year(texts: list[str], dated: date | None) -> date | None:
    """ "En 2014, Dông Nai dépasse … 13 milliards" over "cette année" and "En 2015, … pourrait
    atteindre …": the report is written in the year its headline names and its body calls
    "this year", not in the later year it forecasts (headline-year-is-this-year)."""
    year = _headline_year_is_this_year(texts)
    if year is None or (dated is not None and dated.year == year):
        return dated
    return _last_event_in(texts, year, date(year, 12, 31))


def _not_before_projected(texts: list[str], dated: date | None, years: list[int]) -> date | None:
    """ "… 680 million USD in 2023 and is estimated to reach 750 million USD in 2024": the
    article is written in the year whose figure is still forecast, on its latest day the words
    date without a year ("On November 3"), else at that year's end (projected-year)."""
    if not years or (dated is not None and dated.year >= max(years)):
        return dated
    year = max(years)
    return max(_event_dates(" ".join(texts), year), default=date(year, 12, 31))


def _projected_years(found: list[tuple[str, PeriodMention]]) -> list[int]:
    """ "GRDP is projected at VNĐ1.78 quadrillion for 2024, which would mean growth of 7.17%": a
    whole year whose figure is still forecast is the year the article is written in, not a past
    one (projected-year)."""
    return [
        m.end.year
        for text, m in found
        if m.whole_year and m.explicit_year and m.end and FORECAST_RE.search(fold(text))
    ]


# "For 2024 the total is estimated at VND 60,771,000 million": a whole year's figure still
# estimated is the year the article is written in
ESTIMATED_RE = re.compile(r"(?<!\w)(?:is|are) estimated (?:at|to(?! have ))(?!\w)")


def _estimated_years(texts: list[str]) -> list[int]:
    """ "… 680 million USD in 2023 and is estimated to reach 750 million USD in 2024; the plan
    for 2025 …", "For 2024 the total is estimated at …, and for 2025 …": the whole year of the
    estimate's clause (after it, else before it) is a year not yet over, even in a sentence that
    goes on to a plan."""
    years = []
    for text in texts:
        folded = fold(text)
        for estimate in ESTIMATED_RE.finditer(folded):
            after = CLAUSE_END_RE.search(folded, estimate.end())
            before = [m.end() for m in CLAUSE_END_RE.finditer(folded, 0, estimate.start())]
            clauses = (
                (estimate.end(), after.start() if after else len(folded)),
                (before[-1] if before else 0, estimate.start()),
            )
            for start, end in clauses:
                wholes = [m.end.year for m in find_periods(text[start:end], None)
                          if m.whole_year and m.explicit_year and m.end]  # fmt: skip
                if wholes:
                    years.append(wholes[0] if start == estimate.end() else wholes[-1])
                    break
    return years


CLAUSE_END_RE = re.compile(r"[;,]\s|\s(?:and|va|et)\s")


def _reported_in_a_planned_lead(texts: list[str]) -> list[tuple[str, PeriodMention]]:
    """ "Hanoi's results in the first eight months of 2022 have given the city momentum to meet
    the year's target", "GRDP in the first six months of 2022 is estimated to expand by 7.79%":
    a lead's part of a year, named with its year, stays the report's period when the plan word
    comes after it, not before it in its clause (lead-part-before-a-plan)."""
    return [
        (text, m)
        for text in texts[:LEAD_TEXTS]
        if _planned(text)
        for m in find_periods(text, None)
        if m.kind == "range" and m.explicit_year and m.end and not m.whole_year
        and not m.several_years and not _plan_governs(text, m)
    ]  # fmt: skip


def _headline_year_is_this_year(texts: list[str]) -> int | None:
    """ "Vốn FDI vào Bình Dương năm 2017 vượt mốc 2,5 tỷ USD" over "Riêng trong năm nay, ... tính
    đến ngày 15/11": the whole year a headline names is the one the body calls "this year"
    (rule headline-year-is-this-year); not a plan's year ("đặt chỉ tiêu ... cho năm 2021")."""
    if len(texts) < 2 or PLAN_RE.search(fold(texts[0])):
        return None
    if not any(THIS_YEAR_RE.search(fold(text)) for text in texts[1:]):
        return None
    years = [m.end.year for m in find_periods(texts[0], None)
             if m.explicit_year and m.end and m.whole_year]  # fmt: skip
    return max(years) if len(set(years)) == 1 else None


# "Ban Chấp hành Đảng bộ tỉnh khóa XVII (nhiệm kỳ 2020 – 2025)", "the 2021-2026 term": the
# years a body sits for, which date none of the figures the sentence goes on to give
TERM_OF_OFFICE_RE = re.compile(
    r"(?<!\w)(?:nhiem ky|khoa|term(?: of office)?|tenure)\s*(?:la\s*|\(\s*)?$"
)


def term_of_office(folded: str, start: int) -> bool:
    """The period at `start` is the term a body sits for ("its 19th term (2021-2026)")."""
    return bool(
        TERM_OF_OFFICE_RE.search(folded, max(0, start - 16), start)
        or folded.startswith(("nhiem ky", "term"), start)
    )


# "Sở Kế hoạch và Đầu tư" (the Department of Planning and Investment) is no plan.
PLANNING_BODY_RE = re.compile(  # also "Sở Kế hoạch Đầu tư", without its "và"
    r"(?:so |bo )?ke hoach ?(?:va|&|-|–) ?dau tu|(?:so|bo) ke hoach dau tu"
    # "the Department of Planning and Investment", "le Service du Plan et de l'Investissement"
    r"|planning (?:and|&) investment|plan et (?:de )?l.investissement"
)
CLAUSE_START_RE = re.compile(r"[,;:.!?]\s")


def _plan_governs(text: str, mention: PeriodMention) -> bool:
    """A plan word before the period in its clause names a plan's part of the year ("tasks for
    the second half", "devrait enregistrer 8,5% au troisième trimestre"); one after it does not
    ("in the first five months, 70 percent of what it planned")."""
    folded = fold(text)
    starts = [m.end() for m in CLAUSE_START_RE.finditer(folded, 0, mention.span[0])]
    lead = folded[starts[-1] if starts else 0 : mention.span[0]]
    return bool(PLAN_RE.search(PLANNING_BODY_RE.sub(" ", lead))) or _for_a_plan(folded, mention)


# "For the second quarter, the province plans …", "Pour le second semestre, la ville prévoit …"
FOR_PERIOD_RE = re.compile(r"(?:^|[,;:]\s)(?:for|pour|cho)(?: the| le| la| l')?\s?$")
PLAN_AHEAD_CHARS = 60


def _for_a_plan(folded: str, mention: PeriodMention) -> bool:
    """A period opened with "for" and followed by a plan or what will be ("For the second
    quarter, Khanh Hoa plans a series of steps") is the plan's part of the year."""
    start, end = mention.span
    if not FOR_PERIOD_RE.search(folded, max(0, start - 12), start):
        return False
    ahead = PLANNING_BODY_RE.sub(" ", folded[end : end + PLAN_AHEAD_CHARS])
    return bool(PLAN_RE.search(ahead) or WILL_RE.search(ahead))


def _planned(text: str) -> bool:
    """A plan's sentence; a plan in brackets beside an actual figure ("tăng 2,62% (kế hoạch đặt
    ra là 8,5%)") leaves the sentence a report."""
    report = PLAN_SHARE_RE.sub(" ", BRACKETED_RE.sub(" ", fold(text)))
    return bool(PLAN_RE.search(PLANNING_BODY_RE.sub(" ", report)))


# "đã thực hiện được khoảng 15% kế hoạch cả năm", "72% of the annual plan": an actual measured
# against a plan, which leaves the sentence a report
PLAN_SHARE_RE = re.compile(
    r"\d[\d.,]*\s?(?:%|per ?cent)\s+(?:so voi |cua |of )?(?:the |its )?(?:annual |yearly )?"
    r"(?:ke hoach|du toan|chi tieu|muc tieu|plan|target|estimate)"
)


def _last_event_in(texts: list[str], year: int, period_end: date) -> date:
    """The latest day the texts date without a year that falls on or after the period's last
    month ("on September 24" after "in nine months"), else the period's end."""
    month_start = period_end.replace(day=1)
    events = [d for text in texts for d in _event_dates(text, year) if d >= month_start]
    return max(events) if events else period_end


def _after_last_year(
    texts: list[str], ranges: list[PeriodMention], compared: list[int], named: list[int]
) -> date | None:
    """ "Exports last year reached $17 billion, 11.8 per cent more than in 2016": figures of
    "last year" compared with a year make last year the one after it, and the article a report
    of the next year's first days (rule last-year-after-compared); so do figures of "last year"
    beside a whole year's figures named with its year. A part of a year named with its year
    ("in the first half of 2017") says which year is this one instead."""
    if any(m.explicit_year and not m.whole_year for m in ranges):
        return None
    spoken = [m for text in texts for m in find_periods(text, None, PROBE_YEAR)
              if not m.explicit_year and m.whole_year and m.end and m.end.year == PROBE_YEAR - 1
              and _states_a_figure(text, m)]  # fmt: skip
    if not spoken:
        return None
    if compared:
        return date(max(compared) + 2, 1, 1)
    # "growth of 7.51 percent in 2020 … went up 10.3 percent last year": that year is last year;
    # so is the one year a review names without figures ("In 2018 the province's economy kept
    # improving … Among last year's results, GRDP rose 8.68%")
    wholes = [m.end.year for m in ranges if m.explicit_year and m.end and m.whole_year]
    if not wholes and len(set(named)) == 1:
        wholes = named
    return date(max(wholes) + 1, 1, 1) if wholes else None


def _named_in_full(texts: list[str], written: list[date]) -> date | None:
    """An undated article whose words name no part of a year without its year: its latest day
    written in full ("Ngày 04/3/2016, tỉnh tổ chức lễ ..."), else the latest end of one year's
    period or cut-off ("tính đến giữa tháng 10/2020") named by its headline and lead or beside
    an amount (not "contracts are signed up to May 2015"); a plan's period only as a cut-off
    ("tính đến giữa tháng 10/2020, ... đạt 68% chỉ tiêu năm 2020"), not as the deadline its
    plan word sets ("It aims to be a developed province by 2030"); a yearless day after that
    end dates it in full ("jeudi 11 novembre" after "les dix premiers mois de 2021"); none when
    a span of years told with figures runs past that end (no earlier than 2010 for "from 2006
    to 2010 … 8.7 times the capital of 2006")."""
    if written:  # "14 dự án FDI trong tháng 1/2020" over a day of 2019 in the body: the report
        led = [m.end for text in texts[:LEAD_TEXTS] if not _planned(text)  # came after its month
               for m in find_periods(text, None)
               if m.explicit_year and m.end and m.kind == "range" and not m.several_years
               and not m.whole_year]  # fmt: skip
        day = max([*written, *led])
        later = [m.end for text in texts if not _planned(text) for m in find_periods(text, None)
                 if m.explicit_year and m.end and m.end.year > day.year and m.kind == "range"
                 and _states_a_figure(text, m)]  # fmt: skip
        if not later:
            return day
        # "Signée le 31 août 2018, la Résolution …", then "Pour la seule année 2024, la
        # croissance … 8,74%": a day long past (day-before-figures); "Le 24 décembre, … a
        # célébré" beside "9,3% entre 1997 et 2016": the yearless day ends the figures' year
        end = max(later)
        return _last_event_in(texts, end.year, end)
    texts = texts[:LEAD_TEXTS] + [t for t in texts[LEAD_TEXTS:] if SCALED_RE.search(fold(t))]
    found = [(text, m) for text in texts for m in find_periods(text, None)]
    ends = [m.end for text, m in found
            if m.explicit_year and m.end and m.kind in ("range", "point")
            and not m.several_years and not (m.whole_year and _horizon(text, m))
            and (not _planned(text) or _plans_cut_off(text, m))]  # fmt: skip
    if not ends or _inside_a_span_told(found, max(ends)):
        return None  # "from 2006 to 2010 … 8.7 times the capital of 2006": no earlier than 2010
    end = max(ends)
    return max(end, _last_event_in(texts, end.year, end))


def _inside_a_span_told(found: list[tuple[str, PeriodMention]], end: date) -> bool:
    """A span of years told with figures runs through `end` and past it ("from 2006 to 2010 the
    province approved 599 projects"); not a plan's, nor one that starts later ("phần còn thiếu
    cho giai đoạn 2024 - 2030"). `found`: each text with a period it names."""
    return any(
        m.several_years and m.explicit_year and m.start and m.end
        and m.start <= end < m.end and _states_a_figure(text, m) and not _planned(text)
        for text, m in found
    )  # fmt: skip


# "hút vốn FDI đến năm 2030", "vision to 2030", "by 2030": a year a goal or a vision reaches to
HORIZON_RE = re.compile(r"(?<!\w)(?:den|toi|by|to|until|d'ici|jusqu'en)\s+$")


def _horizon(text: str, mention: PeriodMention) -> bool:
    """A whole year named as how far ahead a goal reaches, not as the year spoken of
    (rule horizon-year)."""
    folded = fold(text)
    start = mention.span[0]
    return bool(HORIZON_RE.search(folded, max(0, start - 12), start)) or folded.startswith(
        "by ", start
    )


def _plans_year(text: str, mention: PeriodMention) -> bool:
    """ "drew US$567 million over the past five months, 61% of the target it set for 2013": a
    whole year a plan word governs is the year the plan is for, the one spoken of, not a year
    reported as past (plan-year-is-this-year)."""
    return mention.whole_year and _plan_governs(text, mention)


def _plans_cut_off(text: str, mention: PeriodMention) -> bool:
    """A point in a plan's sentence that no plan word before it makes a deadline."""
    return mention.kind == "point" and not _plan_governs(text, mention)


def _written_days(texts: list[str]) -> list[date]:
    """The days a text writes in full, with their year; a document's date ("Nghị quyết số 24
    ngày 7-10-2022") says nothing of when the article was written."""
    found = []
    for folded in (fold(text) for text in texts):
        found += [day for m in FULL_DATE_RE.finditer(folded)
                  if not DOCUMENT_RE.search(folded, max(0, m.start() - DOCUMENT_CHARS), m.start())
                  for day in _day_of(m)]  # fmt: skip
    return found


def _day_of(match: re.Match) -> list[date]:
    """The day a FULL_DATE_RE match writes (none when it is no calendar day)."""
    g = match.groupdict()
    month = MONTHS.get(g["mn"] or g["mn3"] or "") or int(g["m"] or g["m4"] or 0)
    year = g["y"] or g["y2"] or g["y3"] or g["y4"]
    try:
        return [date(int(year), month, int(g["d"] or g["d2"] or g["d3"] or g["d4"]))]
    except ValueError:
        return []


def _year_spoken_of(
    ranges: list[PeriodMention],
    compared: list[int],
    named: list[int],
    vague: list[int],
    *,
    year_end: bool = False,
) -> int | None:
    """The latest part of a year named; a whole year reported with figures or a year compared
    with is past, unless the yearless days or months are December's (`year_end`: "en 2013 …
    jusqu'au 18 décembre", "exports in December … in 2013 exports reached": that year's end);
    a year only named without figures ("A notable feature of 2019 was …") is the year spoken
    of."""
    parts = [m.end.year for m in ranges
             if m.explicit_year and m.end and not m.whole_year and not m.several_years]  # fmt: skip
    parts += vague  # "trong những tháng đầu năm 2022": a part of 2022, though no figure's period
    wholes = [m.end.year for m in ranges if m.explicit_year and m.end and m.whole_year]
    # "Between 2014 and 2018, the province drew 180 projects": years gone by, this one is later
    spans = [m.end.year + (m.end.month == 12) for m in ranges
             if m.several_years and m.explicit_year and m.end]  # fmt: skip
    candidates = [max(parts)] if parts else []
    if spans and not parts:  # a part of a year named with its year says more
        candidates.append(max(spans))
    if named and not wholes:
        candidates.append(max(named))
    if wholes:
        past = max(wholes) not in parts and not year_end
        candidates.append(max(wholes) + past)
    if compared:
        candidates.append(max(compared) + 1)
    return max(candidates) if candidates else None


# "Only one new investment certificate has been issued in 2014", "has so far been granted in
# 2014": the present perfect tells of a year still running
PERFECT_RE = re.compile(
    r"(?<!\w)(?:has|have) (?:so far |already |only |now )?been \w+(?:ed|en|wn)\s+$"
)


def _years_still_running(found: list[tuple[str, PeriodMention]]) -> list[int]:
    """The whole years a present perfect verb right before them tells of: this year's, not past
    (perfect-is-this-year)."""
    return [
        m.end.year
        for text, m in found
        if m.whole_year and m.explicit_year and m.end
        and PERFECT_RE.search(fold(text), max(0, m.span[0] - 50), m.span[0])
    ]  # fmt: skip


def _lead_parts(led: list[PeriodMention]) -> list[PeriodMention]:
    """The parts of a year the headline and lead name with their year ("9 tháng đầu năm 2018"):
    the report's period; a later "orders are booked up to the first quarter of 2019" is not."""
    return [m for m in led if m.explicit_year and m.end and not m.whole_year
            and not m.several_years]  # fmt: skip


def _states_a_figure(text: str, mention: PeriodMention) -> bool:
    """ "In 2018, exports rose 13%" reports a past year; "A notable feature of 2019 was …"
    only names the year the article speaks of: a number besides the digits of the year and of
    the other periods it names ("kết quả 3 tháng đầu năm … thu hút FDI trong năm 2014")."""
    spans = sorted({mention.span, *(m.span for m in find_periods(text, None)),
                    *comparison_spans(text)})  # fmt: skip
    rest, at = [], 0
    for start, end in spans:
        rest.append(text[at:start])
        at = max(at, end)
    rest.append(text[at:])
    return bool(FIGURE_DIGIT_RE.search(" ".join(rest)) or COUNT_IN_WORDS_RE.search(fold(text)))


# "Last year, local authorities licensed nine new projects": a count written in words (from two:
# "one" is also a pronoun)
COUNT_IN_WORDS_RE = re.compile(
    rf"(?<!\w)(?:(?:{'|'.join(TENS_EN)})(?:-\w+)?|{'|'.join(w for w in UNITS_EN if w != 'one')})"
    r" (?:new |more |other |foreign(?:-invested)? |fdi |industrial )?"
    r"(?:projects|others|enterprises|firms|businesses|companies|parks|zones|ips)(?!\w)"
)


def _compared(text: str) -> list[tuple[int, int | None]]:
    """The years a sentence compares with ("the same period of 2017", "over 2018"), each with
    the month it names ("so với tháng 4-2015") or None."""
    folded = fold(text)
    found = []
    spans = comparison_spans(text)
    beyond = _last_year_beside(text) if spans else 0
    for s, e in spans:
        if PLAN_RE.search(folded, s, e):  # "the plan for 2019", "the 2019 plans": no base
            continue
        if RECORD_SINCE_RE.search(folded, s, e):  # "mức cao nhất kể từ năm 2022": a record's
            continue  # span, whatever year the article is in
        found += [(int(y) + beyond, _compared_month(folded, s, e))
                  for y in YEAR_RE.findall(folded[s:e])]  # fmt: skip
    return found


def _last_year_beside(text: str) -> int:
    """ "In ten months the index rose 7.86%, ahead of last year's 4.61% but below the 8.06% of
    the same period of 2022": a sentence of this year's months that names last year apart from
    a year it compares with puts that year two years back, so it counts one year more."""
    ends = [(m, m.end) for m in find_periods(text, None, PROBE_YEAR)
            if not m.explicit_year and m.end]  # fmt: skip
    last_year = any(m.whole_year and end.year == PROBE_YEAR - 1 for m, end in ends)
    this_part = any(m.kind == "range" and not m.whole_year and end.year == PROBE_YEAR
                    for m, end in ends)  # fmt: skip
    return int(last_year and this_part)


COMPARED_MONTH_RE = re.compile(MONTH_OF_YEAR)
# "comparé à décembre 2013", "compared with April 2015": a month named with its year
COMPARED_NAMED_MONTH_RE = re.compile(rf"\b(?P<name>{_MONTH_NAMES}) (?:de |of )?(?:19|20)\d\d")


def _compared_month(folded: str, start: int, end: int) -> int | None:
    """The month a comparison names with its year, if any."""
    if month := COMPARED_MONTH_RE.search(folded, start, end):
        return int(month["month"])
    named = COMPARED_NAMED_MONTH_RE.search(folded, start, end)
    return MONTHS.get(named["name"]) if named else None


RECORD_SINCE_RE = re.compile(r"(?<!\w)(?:since|ke tu|tu)(?!\w)")


def _year_before(year: int, month: int | None, probe: date | None) -> int:
    """The year before the one an article speaks of, from a year it compares with: "so với
    tháng 4-2015" in a report of May (a month earlier than the report's) is this year's April
    (compared-month), so the year before is 2014; "cùng kỳ năm 2015" makes it 2015."""
    if month and probe and month < probe.month:
        return year - 1
    return year


def _yearless_end(texts: list[str], year: int) -> date | None:
    """The latest end of the periods and cut-off dates ("tính đến 15/5") named without a year,
    read in `year`."""
    ends = [
        m.end
        for text in texts
        for m in find_periods(text, None, year)
        if not _plan_governs(text, m)  # "tasks for the second half": a plan's part of the year
        and (m.kind == "range" or (m.kind == "point" and _cut_off(text, m)))
        and not m.explicit_year and m.end and not m.whole_year
        and not m.future  # "en octobre prochain": a month still ahead
        and not _before_the_years_end(text, m)
    ]  # fmt: skip
    return max(ends) if ends else None


# "D'ici la fin de l'année, soit en novembre et décembre, la ville pourrait …", "From now until
# the end of the year, in November and December, …": the months left before the year is out
RUN_UP_RE = re.compile(
    r"(?<!\w)(?:d'ici (?:la )?fin (?:de l'annee|d'annee)|by (?:the )?(?:end of the year|year-end)"
    r"|(?:from now )?(?:until|to|through) (?:the )?(?:end of the year|year-end)"
    r"|tu nay (?:den|toi) (?:cuoi|het) nam)(?!\w)"
)


def _before_the_years_end(text: str, mention: PeriodMention) -> bool:
    """The period is the run-up to the year's end its sentence opens with, still ahead."""
    return RUN_UP_RE.search(fold(text), 0, mention.span[0]) is not None


def _cut_off(text: str, mention: PeriodMention) -> bool:
    """ "tính đến 15/5", "as of May 15": a count's cut-off, not "finished by December 15"."""
    return bool(CUT_OFF_RE.match(fold(text), mention.span[0]))


def _event_dates(text: str, year: int) -> list[date]:
    found = []
    folded = fold(text)
    for pattern in EVENT_DATE_RES:
        for match in pattern.finditer(folded):
            groups = match.groupdict()
            month = MONTHS.get(groups.get("mn") or "") or int(groups.get("m") or 0)
            try:
                found.append(date(year, month, int(groups["d"])))
            except ValueError:
                continue
    return found
