"""The period phrases of English, Vietnamese and French economic news, as folded regexes, each
with the handler that turns its groups into dates (pure). LANGUAGE.md §1 lists them."""

from __future__ import annotations

import re

from etl.extract.hints import KEY, sentence_keys
from etl.extract.period_handlers import (
    COUNTS,
    MONTHS,
    Handler,
    date_span,
    day_span,
    first_days,
    first_months,
    first_quarters,
    last_months,
    last_year_handler,
    month_span,
    months_of,
    now_kind,
    past_year_handler,
    point,
    quarter,
    quarter_end,
    since_day_handler,
    since_year_handler,
    this_year_handler,
    years_handler,
)

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(COUNTS, key=len, reverse=True)) + ")"
YEAR = r"(?P<year>(?:19|20)\d\d)"
# the year written again after a span's first month ("January 2025 to September 2025")
FIRST_MONTHS_YEAR = r"(?P<y1>(?:19|20)\d\d)"
AS_OF = (
    r"(?:as of|as at|by|until|till|through|up to|accumulated (?:until|to)|at the end of|tinh den"
    r"|luy ke den|den|cumulatively to"
    # "From the beginning of the year to December 15": the year so far, to that day
    r"|(?P<ytd>(?:(?:from|since) (?:the )?(?:beginning|start) of (?:the |this )?"
    r"(?:year|(?:19|20)\d\d)|so far this year),? (?:to|until|till|through|up to)"
    r"|between (?:the (?:beginning|start) of (?:the |this )?(?:year|(?:19|20)\d\d)"
    r"|january(?: 1(?:st)?)?(?:,? (?:19|20)\d\d)?) and"
    r"|from (?:january(?: 1(?:st)?)?|(?:the )?1(?:st)? (?:of )?january) (?:to|until|till|through)"
    r"|(?<=\()january 1(?:st)? (?:to|until|till|through)"  # "8 months (January 1 to August 20)"
    r"|(?:in |over |during )?the year (?:to|through|until|up to)"  # "in the year to August 15"
    r"|this year,? (?:as of|as at|until|till|through|up to))"  # "This year, as of February 15"
    r")"
)
AS_OF_SHORT = r"(?:as of|as at|by|until|up to)"  # before a month or a day written alone
OF_YEAR = (
    rf"(?:,? (?:of |in |nam |de |de l'annee |cua nam )?"
    rf"(?:this year|the year|nam nay|cette annee|{YEAR}))?"
)
QUARTER_WORD = r"(?P<q>first|second|third|fourth)"
# "Từ đầu năm đến giữa tháng 8": the year so far, to that day (one phrase, not two)
FROM_NEW_YEAR = r"(?:(?P<ytd>(?:tu|ke tu) (?:dau nam|dau nam nay)(?: (?:19|20)\d\d)?),? )?"

# Phrases that compare with another period or a plan: never the figure's own period.
# "kém năm 2017 (7,02%)", "thấp hơn quý I (14,8%)": the period compared with, then its own rate in
# parentheses, dates that rate (compared-period-rate), so it is no base there
ITS_OWN_RATE = r"\s*\(\s*[+-]?\d[\d.,]*\s*%\s*\)"
ITS_OWN_RATE_RE = re.compile(ITS_OWN_RATE)
NOT_ITS_OWN_RATE = rf"(?!{ITS_OWN_RATE})"
COMPARISON_RE = re.compile(
    r"(?<!\w)(?:"  # whole words only: "billion in 2015" holds no "on in 2015"
    r"(?:same|corresponding) (?:periods?|months?|quarters?|stretch|span|time)(?: (?:of|in))?"
    r"(?: (?:the )?(?:last|previous) year| \d{4}| last)?"
    r"|(?<!back )(?:than|from|over|on|against) (?:in )?(?:the same period )?"
    # "up from 2019" is a base; "from 2016 to (October) 2020", "over 2016-2020" are spans of years
    r"(?:last year|a year (?:earlier|ago)|the previous (?:year|month|quarter)"
    r"|\d{4}(?! ?[-–] ?\d)(?! (?:to|until|through|and) (?:[a-z]+ )?(?:19|20)\d\d))"
    # "an increase of 23.5% over the first quarter of 2024", "12% more than in the first half of
    # 2023": a part of another year, after a rate or "than", is the base
    r"|(?:(?<=% )|(?<=percent )|(?<=per cent ))(?:over|on|from|against) (?:the |its )?"
    r"(?:(?:first|second|third|fourth|last) (?:quarter|half)|(?:first )?\w+ months|q[1-4]|h[12]"
    # "up 9.6 percent on April 2013": the same month a year earlier is the base
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?: of)? (?:19|20)\d\d"
    r"|than (?:in )?(?:the |its )?(?:(?:first|second|third|fourth|last) (?:quarter|half)"
    r"|(?:first )?\w+ months|q[1-4]|h[12])(?: of)? (?:19|20)\d\d"
    r"|a year (?:earlier|ago)|compared (?:with|to) [^,;]{0,30}|year[- ]on[- ]year|y-o-y|yoy"
    # "many results better than those of 2023": the year the results are compared with
    r"|than (?:those|that|the ones) (?:of|in|for) (?:19|20)\d\d"
    # "than the figures of 2023", "almost matches the amount collected over the whole of 2024",
    # "close to double the figure for the first 6 months of 2024": the period of the amount
    # compared with
    r"|(?:matches|matching|double|twice|triple|times|half|than) (?:the |its )?"
    r"(?:amount|figure|level|total|sum|result)s? [^.;()]{0,40}?(?:19|20)\d\d"
    # "three times the investment value recorded in 2017": the multiple's base year
    r"|(?:times|twice|double|triple) (?:the |its )?(?:[\w-]+ ){0,3}?"
    r"(?:recorded|seen|posted|reached|registered|of) in (?:19|20)\d\d"
    # "15.9% below the previous year's level", "up on last year's figure": the base's year
    r"|(?:below|above|under|than|over|on|from|against|to) (?:the |its )?(?:previous|prior"
    r"|preceding|last) (?:year|month|quarter).s (?:level|figure|result|total|tally|value)s?"
    r"|on[- ]year"
    r"|(?:than|against|versus) (?:in |that (?:of|in) )?(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)(?: (?:of )?(?:\d{4}|last year))?"
    # "a 6.6% increase on August last year": a month a year earlier is the base
    r"|(?:on|over|from|above|below) (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december) (?:of )?last year"
    r"|cung k[iy](?:(?: cua)? nam (?:truoc|ngoai|\d{4}))?"
    r"|cung (?:thang|quy)(?: cua)? nam (?:truoc|ngoai|\d{4})"  # "so với cùng tháng năm 2024"
    r"|cung thoi (?:diem|gian)(?: nam (?:truoc|ngoai))?"
    # ("bằng 94,6% so với thực hiện năm 2022", "so với kết quả năm trước": the base's outcome)
    r"|(?:so (?:voi )?|dat canh )(?:(?:thuc hien|ket qua|muc|so thuc hien)(?: cua)? )?"
    r"(?:thang|nam|quy) (?:truoc|\d{1,2}|\d{4}|lien ke|ngoai|iv|i{1,3})"
    r"(?!\w)"
    r"(?:[-/]\d{4}| nam (?:\d{4}|truoc|ngoai))?"  # "so với quý I năm 2017": the base quarter
    # "cao hơn năm 2021 là 6,67%", "vượt năm 2021 là 19,05%", "thấp hơn năm trước": the base year
    r"|(?:cao hon|thap hon|nhieu hon|it hon|nhanh hon|cham hon|vuot|kem) (?:so voi )?"
    r"(?:cung ky )?nam (?:truoc|ngoai|(?:19|20)\d\d)(?!\w)"
    rf"{NOT_ITS_OWN_RATE}"
    # "gấp gần 1,13 lần năm 2023", "1.13 times that of 2023": a multiple's base year
    # "thấp hơn 3% so với 5 tháng đầu năm 2011", "so với quý III năm 2020": a part of another year
    r"|(?:so voi|dat canh) (?:cung ky )?(?:(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi"
    r"|muoi mot) thang (?:dau |cuoi )?(?:nam )?"
    r"|quy (?:iv|i{1,3}|\d) (?:nam )?"
    r"|(?:nua|6 thang|(?:hai|ba|2|3) quy) (?:dau|cuoi) nam )(?:19|20)\d\d"
    r"|(?<=lan )(?:so voi )?(?:nam )?(?:19|20)\d\d"
    # "cao gấp nhiều lần con số của quý I năm 2023", "gấp 3,1 lần kết quả của năm 2022": the
    # figure of another period is the base
    r"|(?:gap|hon|so voi)(?: [\w,]+){0,3}? (?:con so|muc|ket qua) (?:cua |trong )?(?:quy|thang|nam)"
    r" (?:iv|i{1,3}|\d{1,2}|\d{4})(?!\w)"
    rf"(?:[-/]\d{{4}}| nam (?:\d{{4}}|truoc|ngoai))?{NOT_ITS_OWN_RATE}"
    # "cao gấp 11,1 lần mức 28,6 triệu USD ghi nhận trong 3 tháng đầu năm 2013": the base's
    r"|(?:gap|hon|so voi)(?: [\w,]+){0,3}? (?:con so|muc) [\d.,]+ (?:[a-z]+ ){0,3}?"
    r"(?:cua |trong |ghi nhan (?:trong |cua |duoc )?)(?:\d{1,2} thang (?:dau )?|quy \w+ )?nam"
    r" (?:19|20)\d\d"
    r"|times (?:that|those|the (?:level|figure|amount|result|number)) (?:of|in|for) (?:19|20)\d\d"
    # "twice the 2006 figure", "1.5 times the 2023 level": the year a multiple is of
    r"|(?:twice|double|triple|times) the (?:19|20)\d\d (?:level|figure|amount|result|number|total)"
    # "près de 3,4 fois le niveau atteint en 2020", "deux fois celui de 2019": the same in French
    r"|fois (?:celui|celle|ceux|(?:le|la) (?:niveau|montant|chiffre|total|resultat))"
    r"(?: (?:atteint|enregistre|realise|observe)e?s?)? (?:en|de|d.) ?(?:l.annee )?(?:19|20)\d\d"
    # "bằng 103,4% tháng 4", "bằng 117,12% của tháng 8 năm ngoái": the month a ratio is of
    r"|(?<=bang )[\d.,]+ ?% (?:cua |so voi )?thang \d{1,2}(?!\d)(?:[-/]\d{4}| nam (?:truoc|ngoai"
    r"|\d{4}))?"
    # "1.92 times the 2022 figure", "above the 2019 level": a named year's figure is the base
    r"|(?:times|than|of|over|from|above|below|on) the (?:19|20)\d\d (?:figure|level|amount|total"
    r"|result|number|value)s?"
    # "11.13 percent above the level of March last year": a named month a year earlier is the base
    r"|(?:above|below|over|than|from|on) the (?:level|figure|amount|value)s? (?:of|in|for) "
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december) )?(?:last year|the previous year|(?:19|20)\d\d)"
    # "up from the 4.5% recorded last year", "down from 6.1% in 2021": a base rate's own year
    r"|(?:(?<=up )|(?<=down ))from (?:the |a |an )?[\d.,]+ ?(?:%|per ?cent|percent)"
    r"(?: (?:recorded|seen|posted|registered|achieved|reached|logged))?(?: in)?"
    r" (?:last year|a year (?:earlier|ago)|the previous year|(?:19|20)\d\d)"
    # "2.1 times last year's figure", "80% of last year's level": a multiple's or ratio's base
    r"|(?:times|of|than) (?:last|the previous) year(?:'s|s')"
    # "3.6 times as many as last year", "twice as much as in 2022": a multiple's base
    r"|as (?:many|much|high|large) as (?:in )?(?:last year|the previous year|(?:19|20)\d\d)"
    # "tăng 4,5% so với thời điểm cuối năm 2022", "so với đầu năm": the base's date
    r"|so voi (?:thoi diem )?(?:cuoi|dau|het) (?:nam|thang \d{1,2})(?: (?:truoc|ngoai|\d{4}))?"
    r"|(?:cao|thap|nhieu|it|tang|giam) hon (?:thang|nam|quy)"
    r" (?:truoc|\d{4}|\d{1,2}|iv|i{1,3})(?!\w)"
    rf"(?:[-/]\d{{4}}| nam (?:\d{{4}}|truoc|ngoai))?{NOT_ITS_OWN_RATE}"
    r"|sur un an|(?:par rapport|comparee?s?) (?:a|aux?|avec) [^,;]{0,30}"
    r"|than last (?:year|month)|previous month|thang truoc"
    # "56% mức Nghị quyết HĐND tỉnh giao cho cả năm": the year a plan was set for
    r"|(?:giao|de ra|dat ra|dua ra) cho ca nam"
    r"|(?:la )?meme periode(?: de l'an(?:nee)? (?:dernier|derniere|precedente|passee?))?"
    # the base of a change: "16% above the first half of 2018", "8.1% on the first nine months
    # of 2019", "up from $4.5 billion in January-September last year"
    r"|(?:(?:than|from|above|below|against|compared (?:with|to)|versus)|(?<=% )on|(?<=percent )on"
    r"|(?<=per cent )on) (?:in |that of |those of )?"
    # "grew strongly from the first months of 2017": months not counted are a time, no base
    r"(?!(?:the )?(?:first|early|opening|last|final|past|recent) months)"
    r"(?:the )?(?:same |corresponding )?"
    r"(?:(?:first|second|third|fourth|last|\w+)[- ])?(?:(?:\w+|\d{1,2})[- ])?"
    r"(?:half|quarter|months?|period|time)(?: of| in)? (?:\d{4}|last year|the previous year)"
    # a plan's period is the plan's: "the plan for the whole of 2019", "targets for the year"
    r"|(?:plans?|planned|targets?|goals?|objectives?|estimates?) (?:to \w+ )?(?:set )?"
    r"(?:for|of|in) (?:the )?"
    r"(?:(?:whole|full|entire) )?(?:year|(?:whole of )?\d{4})"
    # "kế hoạch đề ra cho cả năm 2015", "mục tiêu năm 2024" (English: the alternative above)
    r"|(?:ke hoach|muc tieu|chi tieu)(?: (?:de ra|dat ra|giao))?(?: cho)?(?: ca)? (?:nam )?\d{4}"
    # (not "Rien qu'en 2020, …": that year alone)
    r"|(?<!rien )(?:qu'en|qu'a|que) (?:\d{4}|l'an (?:dernier|passe)|l'annee (?:derniere|passee))"
    # "deux fois plus qu'un an auparavant, en 2010": the base year, named after the base
    r"|qu'(?:un an|une annee) (?:auparavant|plus tot)(?:,? en (?:19|20)\d\d)?"
    # "pushing for a breakthrough in 2019", "tạo đột phá trong năm 2019": the year of a goal
    r"|(?:breakthrough|push(?:es|ing)? for(?: \w+){0,4}?|dot pha) (?:in|for|trong|nam|trong nam)"
    r" (?:nam )?\d{4}"
    r"|(?:this year's|the year's|nam nay|the yearly|the annual|annual|yearly|whole-year|full-year"
    r"|the (?:19|20)\d\d) (?:plan|target|goal|ke hoach)|plan for the year"
    r"|(?:ke hoach|chi tieu|muc tieu|du toan)(?: ke hoach)?(?: cua)? (?:nam|ca nam)(?: \d{4})?"
    # ("tính đến hết năm ngoái": an as-of day, not a comparison)
    r"|(?<!het )(?<!cuoi )nam (?:truoc|ngoai)|last month|month-on-month|year-over-year"
    # "the highest half-year rate since 2019", "cao nhất kể từ năm 2019": a record's span
    r"|(?:highest|lowest|best|worst|fastest|slowest|strongest|weakest|biggest|largest|smallest)"
    r"(?:(?: [\w-]+){0,10}? since (?:19|20)\d\d"  # "third-best result for that half … since 2013"
    r"|(?: [\w-]+){0,4} (?:so far|to date))"  # "its highest contribution so far"
    # "presided over the November 2020 session": a meeting's name, not the figures' month
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?: (?:19|20)\d\d)? (?:regular |monthly |periodic )?(?:session|meeting)"
    # "its first expansion since the epidemic arrived at the start of last year": a run's start
    r"|(?:first|only)(?: [\w-]+){0,3} since(?: [\w-]+){0,10}? (?:last year|(?:19|20)\d\d)"
    r"|(?:(?:cao|thap|lon|nho) nhat|chua tung co)(?: \w+){0,6} (?:ke )?tu"
    r" (?:nam )?(?:19|20)\d\d"
    # "57 percent of the record 3.3 billion USD it drew in 2017": the base's year
    r"|(?<=percent of )(?:the )?(?:[\w$.,-]+ ){0,7}?(?:in|of) (?:19|20)\d\d"
    # "suốt 3 tháng liền (từ tháng 4 đến tháng 6)", "for three straight months": a run's length,
    # not the first months of a year
    r"|(?:\d{1,2}|\w+) thang (?:lien(?: tiep| tuc)?)(?!\w)"
    r"|(?:\d{1,2}|\w+) (?:straight|consecutive|successive) months|(?:\d{1,2}|\w+) months in a row"
    r")"
)


def _p(
    needles: tuple[str, ...], pattern: str, handler: Handler, stock: bool = False,
    marks: tuple[str, ...] = (),
):  # fmt: skip
    return needles, pattern, handler, stock, marks


SPAN_DASHES = ("-", "–")  # "2016-2020", "2016 – 2020": a span of years needs one of them


MONTH_WORDS = (*MONTHS, "thang")
AS_OF_WORDS = ("as of", "as at", "by ", "until", "till", "through", "up to", "accumulated",
               "end of", "tinh den", "luy ke den", "den ", "beginning of", "start of",
               "from january", "from 1", "from the 1", "between january", "(january 1", "year to",
               "year through", "year until")  # fmt: skip
# (words one of which a sentence must contain, pattern, handler, implies a stock, marks one of
# which it must contain too). The words are a cheap test that spares most sentences most
# patterns (the patterns are the slow part); the marks spare the rest of those that name a year.
FIRST_YEAR = r"(?P<first>(?:19|20)\d\d)"
PATTERNS = [
    # several years: a sum over them is no period of the catalogue
    _p(
        ("19", "20"),
        rf"(?:between|from|entre|de) {FIRST_YEAR} (?:and|to|until|through|et|a) "
        rf"(?:(?P<month2>{MONTH_NAMES}) )?{YEAR}",
        years_handler,
        marks=("between", "from", "entre", "de "),
    ),
    _p(("since",), rf"since {FIRST_YEAR}(?![\d/])", since_year_handler),
    _p(  # "kể từ ngày 15/9 … đến nay": from that day to the publication
        ("ke tu ngay",),
        rf"ke tu ngay (?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})(?:[/.]{YEAR})?(?![\d/.])",
        since_day_handler,
    ),
    _p(
        ("since ",),
        rf"since {MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {YEAR})?",
        since_day_handler,
    ),
    _p(
        ("19", "20"),
        rf"(?:giai doan|thoi ky|nhiem ky|\d+ nam|during) {FIRST_YEAR} ?[-–] ?{YEAR}",
        years_handler,
        marks=SPAN_DASHES,
    ),
    _p(
        ("19", "20"),
        rf"(?:the |in the |over the )?{FIRST_YEAR} ?[-–] ?{YEAR} (?:period|phase|term)",
        years_handler,
        marks=SPAN_DASHES,
    ),
    _p(  # "in 2016-2020", "in 2017-20": several years however they are introduced
        ("19", "20"),
        rf"(?:in |for |during |over )?{FIRST_YEAR} ?[-–] ?(?:{YEAR}|(?P<yy>\d\d))(?![\d/%]|[.,]\d)",
        years_handler,
        marks=SPAN_DASHES,
    ),
    _p(  # "over the last three years (2021, 2022, 2023)": the years listed, as one span
        ("19", "20"),
        rf"\(\s?{FIRST_YEAR}(?:, (?:19|20)\d\d)*,? (?:and |va |et |, )?{YEAR}\s?\)",
        years_handler,
        marks=("(",),
    ),
    _p(
        ("19", "20"),
        rf"(?:tu )?nam {FIRST_YEAR} (?:den|toi) (?:het )?"
        rf"(?:thang (?P<m2>\d{{1,2}})[/ ](?:nam )?|nam )?{YEAR}",  # "từ năm 2016 đến năm 2020"
        years_handler,
        marks=("den ", "toi "),
    ),
    _p(
        ("last year",),
        rf"(?:in |from |between )?{MONTH}\s?(?:-|–|to|and)\s?(?P<month2>{MONTH_NAMES}) last year",
        lambda g, year: month_span(g, year - 1 if year else None),
    ),
    _p(
        ("last year", "nam ngoai", "nam truoc"),
        rf"(?:in )?{MONTH}(?: alone)?,? (?:of )?last year"
        rf"|thang (?P<m>\d{{1,2}}) nam (?:ngoai|truoc)",
        lambda g, year: month_span(g, year - 1 if year else None),
    ),
    _p(  # "In the first quarter of last year, CPI growth had been 0.74 percent": a year earlier
        ("last year", "previous year"),
        rf"(?:the )?{QUARTER_WORD}[- ]quarter (?:of )?(?:last year|the previous year)",
        lambda g, year: quarter(g, year - 1 if year else None),
    ),
    _p(  # "for the final six months of 2023", "the last three months of 2019": December's end
        ("final", "remaining", "closing", "last six", "last 6", "last three", "last 3"),
        rf"(?:the |over the |in the |during the |for the )?(?:(?:final|remaining|closing) {COUNT}"
        rf"|last (?P<n2>six|6|three|3)) months (?:of|in) {YEAR}",
        lambda g, year: last_months({**g, "n": g.get("n") or g.get("n2")}, year),
    ),
    _p(
        ("month",),
        # "in the year's initial two months"
        rf"(?:the |over the |in the |during the )?(?:(?:the |this )?year.s )?"
        rf"(?:first|initial|opening|past|last) {COUNT} months?{OF_YEAR}",
        first_months,
    ),
    _p(
        ("months",),
        rf"(?:in |over |during |for )(?:the |these )?(?:accumulated |cumulative |combined )?"
        rf"(?:nearly |almost |close to )?{COUNT}[- ]months?{OF_YEAR}"
        rf"(?! (?:ago|later|before))",
        first_months,
    ),
    # "capital of 3.11 billion USD after eleven months of 2023": the year's months so far
    _p(("after",), rf"after (?:the first )?{COUNT} months (?:of|in) {YEAR}", first_months),
    _p(
        ("month span", "month period", "month total", "month tally", "month figure", "month run"),
        rf"(?:the )?{COUNT}[- ]month (?:span|period|total|tally|figure|run)s?{OF_YEAR}",
        first_months,
    ),
    _p(
        ("month ",),  # "Binh Duong's nine-month export revenue", "its 10-month FDI"
        rf"(?:the |its |their )?{COUNT}-month(?= (?:[\w-]+ ){{0,2}}?(?:exports?|imports?|fdi"
        rf"|revenues?|sales|trade|surplus|budget|investment|capital|figures?|results?|totals?"
        rf"|growth|turnover|collection|iip|grdp|earnings|index|industrial production|retail)\b)",
        first_months,
    ),
    _p(("premiers mois",), rf"(?:les |des )?{COUNT} premiers mois{OF_YEAR}", first_months),
    # "au cours des cinq derniers mois de l'année": the past five months, as "the past 5 months"
    _p(
        ("derniers mois",),
        rf"(?:les |des )?{COUNT} derniers mois(?: de l'annee| de cette annee)?",
        first_months,
    ),
    # "sur ces trois mois": the months the article spoke of, from January
    _p(("mois",), rf"(?:en|sur|pendant|durant) (?:ces )?{COUNT} mois(?: de {YEAR})?", first_months),
    _p(
        ("thang",),
        rf"(?:sau |gop ca |ca |trong |luy ke |tinh chung |cong don )?{COUNT} thang(?: dau(?: nam|"
        rf" tien)?| (?:cua )?nam| qua| vua qua)?(?:(?: |/ ?|-)(?:nam )?{YEAR})?(?! ?\d)(?! truoc)"
        r"(?! cuoi)",
        first_months,
    ),
    _p(("cuoi nam",), rf"6 thang cuoi nam(?: {YEAR})?", months_of(7, 12)),
    _p(  # "au cours du premier mois de la nouvelle année", "the first month of the year": January
        ("premier mois", "first month"),
        r"(?:(?:le |du |au )?premier mois de|(?:the )?first month of)"
        rf" (?:la nouvelle annee|l'annee|cette annee|the (?:new )?year|this year|{YEAR})",
        months_of(1, 1),
    ),
    _p(("thang dau",), rf"thang dau (?:tien )?(?:cua )?(?:nam)(?: nay| {YEAR})?", months_of(1, 1)),
    # "à la fin de ce 1er semestre", "fin du premier semestre 2017": June's last day
    _p(
        ("fin ",),
        rf"(?<!\w)(?:(?:a|jusqu'a) )?(?:la )?fin (?:du|de ce) (?:premier|1er) semestre{OF_YEAR}",
        lambda g, y: point({**g, "m": "6"}, y),
    ),
    _p(
        ("half", "six months", "nua dau nam", "nua nam", "h1", "semestre"),
        rf"(?:the )?(?:first[- ]half|first six months|half[- ]year|six months|nua dau nam"
        rf"|nua nam(?: qua| vua qua)|h1|(?:premier|1er) semestre){OF_YEAR}",
        months_of(1, 6),
    ),
    _p(
        ("second half", "nua cuoi nam", "h2"),
        rf"(?:the )?(?:second[- ]half|nua cuoi nam|h2){OF_YEAR}",
        months_of(7, 12),
    ),
    _p(
        ("quarter",),
        rf"(?:{AS_OF} (?:the )?end of|(?:at|by) the (?:close|end) of) "
        rf"(?:the |this year's |the year's )?{QUARTER_WORD}[- ]quarter{OF_YEAR}",
        quarter_end,
    ),
    # "When the first quarter of 2019 closed, Binh Duong stood third …": that quarter's last day
    _p(
        ("quarter",),
        rf"(?:when|as|once) (?:the |this year's )?{QUARTER_WORD}[- ]quarter{OF_YEAR}"
        rf" (?:closed|ended|drew to a close|came to an end)",
        quarter_end,
    ),
    _p(
        ("quarters",),
        rf"(?:the )?first (?P<nq>two|three|2|3) quarters{OF_YEAR}",
        first_quarters,
    ),
    _p(("quarter",), rf"(?:the )?{QUARTER_WORD}[- ]quarter{OF_YEAR}", quarter),
    # "were worth 8.9 billion USD in Quarter 1": the quarter by its number
    _p(("quarter",), rf"quarter (?P<q>[1-4])(?![\d.,]\d){OF_YEAR}", quarter),
    _p(
        ("den het quy", "den cuoi quy"),
        rf"(?:tinh |luy ke )?den (?:het |cuoi )qu[yi] (?P<q>iv|iii|ii|i|[1-4])(?![\w])"
        rf"(?:[/ -](?:nam )?{YEAR})?",
        quarter_end,
    ),
    _p(
        ("trimestre",),
        rf"(?:le |au )?(?P<q>premier|deuxieme|troisieme|quatrieme) trimestre{OF_YEAR}",
        quarter,
    ),
    _p(("first three months",), rf"(?:the )?first three months{OF_YEAR}", months_of(1, 3)),
    _p(
        ("quy ", "qui "),
        rf"qu[yi] (?P<q>iv|iii|ii|i|[1-4])(?![\w])(?:[/ -](?:nam )?{YEAR})?",
        quarter,
    ),
    _p(("q1", "q2", "q3", "q4"), rf"q(?P<q>[1-4])[/-]{YEAR}", quarter),  # "Q1/2024"
    # "Q I/2021", "QIV-2020": the quarter in Roman numerals, named with its year
    _p(("q i", "qi", "q v", "qv"), rf"\bq ?(?P<q>iv|iii|ii|i)[/-]{YEAR}", quarter),
    _p(("q1", "q2", "q3", "q4"), rf"q(?P<q>[1-4]){OF_YEAR}", quarter),  # "Q1 of 2024", "Q1 2024"
    # "hai quý đầu năm 2025", "ba quý đầu năm": the first two or three quarters (a run of months)
    _p(
        ("hai quy", "ba quy", "2 quy", "3 quy", "hai qui", "ba qui"),
        rf"(?P<nq>hai|ba|2|3) qu[yi] (?:dau|dau tien)(?: (?:cua )?nam(?: (?:nay|{YEAR}))?)?",
        first_quarters,
    ),
    # "quý đầu năm 2018", "quý đầu tiên của năm": the first quarter; "quý cuối năm": the last
    _p(
        ("quy dau", "qui dau", "quy cuoi", "qui cuoi"),
        rf"qu[yi] (?P<q>dau|cuoi)(?: tien)? (?:cua )?nam(?: (?:nay|{YEAR}))?",
        quarter,
    ),
    _p(
        MONTH_WORDS,
        rf"(?:from |de |tu thang |between |entre )?{MONTH}(?:,? {FIRST_MONTHS_YEAR})?\s?"
        rf"(?:-to-|-|–|to|through|a|den thang|and|et)\s?"
        rf"(?P<month2>{MONTH_NAMES}"
        rf")(?! \d{{1,2}}(?!\d))(?: period)?{OF_YEAR}",  # "from January to May 17": a day;
        # "of this year", "the January-February period of 2017"
        month_span,
    ),
    _p(
        ("thang",),
        # "từ tháng 1/2025 đến tháng 9/2025", "từ tháng 1 đến tháng 9 năm 2024"
        rf"tu thang (?P<m1>\d{{1,2}})(?:[/-]{FIRST_MONTHS_YEAR})? (?:den|-) (?:thang )?"
        rf"(?P<m2>\d{{1,2}})(?:(?:[/-]| nam ){YEAR}| nam nay)?",
        month_span,
    ),
    _p(  # "từ ngày 16/4 đến 15/5": from one day to another
        ("tu ",),
        rf"tu (?:ngay )?(?P<d1>\d{{1,2}})[/.-](?P<m1>\d{{1,2}})"
        rf"(?:[/.-](?P<y1>(?:19|20)\d\d))? (?:den|toi|-|–) (?:het )?"
        rf"(?:ngay )?(?P<d2>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?:[/.-]{YEAR})?(?![\d/])",
        date_span,
    ),
    _p(  # "from April 16 to May 15", "between January 1 and May 15, 2023", "Between January 01,
        # 2021 and May 20, 2021"
        ("from ", "between "),
        rf"(?:from|between) {MONTH} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y1>(?:19|20)\d\d))? "
        rf"(?:to|until|through|and) "
        rf"(?P<month2>{MONTH_NAMES}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {YEAR})?(?!\d)",
        date_span,
    ),
    _p(
        ("tu ngay",),
        rf"tu ngay (?P<d1>\d{{1,2}}) ?(?:-|–|den(?: ngay)?) ?(?P<d2>\d{{1,2}})[-/.](?P<m>\d{{1,2}}"
        rf")(?:[-/.]{YEAR})?",
        day_span,
    ),
    _p(
        ("dau thang",),
        rf"(?:nua dau|(?P<d2>\d{{1,2}}) ngay dau) thang (?P<m>\d{{1,2}})(?:[-/.]{YEAR})?",
        day_span,
    ),
    _p(  # "13 ngày đầu năm 2021"
        ("ngay dau nam",), rf"(?P<n>\d{{1,3}}) ngay dau nam(?: (?:nay|{YEAR}))?", first_days
    ),
    _p(  # "the first 45 days of the year"
        ("days of",),
        rf"(?:the )?first (?P<n>\d{{1,3}}) days of (?:the year|this year|{YEAR})",
        first_days,
    ),
    _p(
        ("den dau thang",),
        rf"{FROM_NEW_YEAR}(?:tinh |luy ke )?den dau thang (?P<m>\d{{1,2}})(?:[-/.]{YEAR})?",
        lambda g, y: point({**g, "d": "1"}, y),
    ),
    _p(
        ("giua thang",),
        rf"{FROM_NEW_YEAR}(?:tinh |luy ke )?den giua thang (?P<m>\d{{1,2}})(?:[-/.]{YEAR})?",
        lambda g, y: point({**g, "mid": "1"}, y),
    ),
    _p(  # "Tính đến giữa năm 2024": the middle of the year is the end of its first half
        ("giua nam",),
        rf"{FROM_NEW_YEAR}(?:tinh |luy ke )?den giua nam(?: nay| {YEAR})?",
        lambda g, y: point({**g, "m": "6"}, y),
    ),
    _p(  # "as of mid-2024", "by mid-year"
        ("mid-", "mid "),
        rf"{AS_OF_SHORT} mid[- ](?:year|{YEAR})",
        lambda g, y: point({**g, "m": "6"}, y),
    ),
    _p(  # "tới ngày 20/10" as "đến ngày 20/10"
        ("den ", "toi ngay", "toi het", "toi thoi diem"),
        rf"(?:tinh |luy ke |cong don )?{FROM_NEW_YEAR}(?:den|toi(?= ngay| het| thoi diem)) "
        rf"(?:thoi diem )?(?:het )?(?:ngay )?"  # "tính đến thời điểm ngày 20/9/2019"
        rf"(?P<d>\d{{1,2}})[-/"
        rf".](?P<m>\d{{1,2}})(?:[-/.]{YEAR})?",
        point,
    ),
    _p(  # "đến ngày 29 tháng 7 năm 2016": the day written out
        ("den ",),
        rf"(?:tinh |luy ke |cong don )?{FROM_NEW_YEAR}den (?:het )?ngay (?P<d>\d{{1,2}}) thang "
        rf"(?P<m>\d{{1,2}})(?: nam {YEAR})?",
        point,
    ),
    _p(
        ("cuoi thang", "het thang"),
        rf"{FROM_NEW_YEAR}(?:tinh |luy ke )?den (?:het |cuoi |het cuoi )+thang (?P<m>\d{{1,2}})"
        rf"(?:(?: nam |[/.-]){YEAR}"  # "đến cuối tháng 12.2023"
        rf")?",
        point,
    ),
    _p(  # "Tính đến tháng 7-2016, … có 71 dự án": a total as of that month's end
        ("tinh den thang", "luy ke den thang", "cong don den thang"),
        rf"(?:tinh|luy ke|cong don) den thang (?P<m>\d{{1,2}})(?:(?: nam |[/.-]){YEAR})?(?![\d/])",
        point,
    ),
    _p(  # "Đến tháng 9/2025, tỉnh có 448 dự án": a clause opened by the month counted to
        ("den thang",),
        # (or after a comma, going on to what the province has: "Với kết quả đó, đến tháng
        # 6-2016 Nam Định có 67 dự án"; not "…, đến tháng 11/2022 chỉ còn 2,5 tỷ USD")
        r"(?:(?<![\w,;] )(?<!\w)|(?<=, )(?=den thang [^.;]{0,50}?(?<!\w)co(?!\w)))"
        rf"den thang (?P<m>\d{{1,2}})(?: nam |[/.-]){YEAR}(?![\d/])",
        point,
    ),
    _p(("cuoi nam", "het nam"), rf"(?:tinh |luy ke )?den (?:het |cuoi )+nam {YEAR}", point),
    # "Cuối năm 2019, tỉnh có 1.139 dự án", "vào cuối năm 2019": the year's last day
    _p(("cuoi nam",), rf"(?<!thang )(?<!nua )(?:vao |thoi diem )?cuoi nam {YEAR}", point),
    _p(("by",), rf"by {YEAR}(?![\d/]|[.,]\d)", point),  # "50,000 enterprises by 2020"
    _p(AS_OF_WORDS, rf"{AS_OF} (?:the )?end(?: of)?[- ]{MONTH}(?: {YEAR})?", point),
    _p(
        AS_OF_WORDS,  # "in the end of 2019 the province has 1,139 projects": at that day
        rf"(?:{AS_OF} (?:the )?end(?: of)?|(?:at|in) the end of)[- ](?:{YEAR}|this year|the year"
        # "By the end of that year" after "In 2018, …": that year's last day (year-anaphor)
        r"|(?P<that>that|the same) year)",
        point,
    ),
    _p(  # "At the close of 2018 the province counted over 3,500 FDI projects": that year's last day
        ("close of",),
        rf"(?:at|by|as of) the close of (?:{YEAR}|this year|the year)",
        point,
    ),
    _p(  # "As of last year, the province hosted 459 FDI projects", "by the end of last year",
        # "tính đến hết năm ngoái": the last day of the year before publication
        ("last year", "previous year", "nam ngoai", "nam truoc"),
        rf"(?:(?:{AS_OF_SHORT}|at|until|till) (?:the )?(?:(?:very )?end of )?"
        r"(?:last year|the previous year)(?!.s)"
        r"|(?:tinh |luy ke )?den (?:het |cuoi )+nam (?:ngoai|truoc))",
        lambda g, y: point(g, y - 1 if y else None),
    ),
    _p(  # "66.63% occupied at the beginning of 2024", "au début de 2024", "As of early 2024,
        # China topped …": that year's first day
        ("beginning of", "start of", "debut de", "early"),
        rf"(?:(?:{AS_OF}|at) (?:the (?:very )?(?:beginning|start) of|early)"
        rf"|au debut de(?: l'annee)?) {YEAR}",
        lambda g, y: point({**g, "m": "1", "d": "1"}, y),
    ),
    _p(AS_OF_WORDS, rf"{AS_OF} (?:the )?(?P<mid>mid)[- ]{MONTH}(?: {YEAR})?", point),
    _p(AS_OF_WORDS, rf"{AS_OF} the (?P<mid>middle) of {MONTH}(?: {YEAR})?", point),
    _p(  # "as of the beginning of November", "as of early November": the month's first day
        ("beginning of", "start of", "early"),
        rf"{AS_OF} (?:the (?:beginning|start) of|early) {MONTH}(?:,? {YEAR})?",
        lambda g, y: point({**g, "d": "1"}, y),
    ),
    _p(AS_OF_WORDS, rf"{AS_OF} {MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {YEAR}| this year)?",
       point),
    _p(
        AS_OF_WORDS,
        rf"{AS_OF} (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH}"
        rf"(?: {YEAR}| this year)?",
        point,
    ),
    _p(AS_OF_WORDS, rf"{AS_OF_SHORT} {MONTH}(?: {YEAR})?(?! \d)", point),
    # "as of last December" in February: the month's end, a year back if it has not come yet
    _p(AS_OF_WORDS, rf"{AS_OF_SHORT} last {MONTH}(?! \d)", point),
    # "As of 12/9/2018" in an English report of a Vietnamese office: day first, as it writes them
    _p(
        AS_OF_WORDS,
        rf"{AS_OF_SHORT} (?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/{YEAR}",
        point,
    ),
    # "à la fin de juin", "Fin juin 2020, Vinh Phuc accueillait …": the month's last day
    _p(("fin ",), rf"(?<!\w)(?:(?:a|jusqu'a) )?(?:la )?fin (?:de |d')?{MONTH}(?: {YEAR})?", point),
    # "jusqu'en août 2023, la ville avait attiré 494 projets": up to that month's end
    _p(("jusqu'en ",), rf"(?<!\w)jusqu'en {MONTH}(?: {YEAR})?", point),
    # "Depuis le début de 2016 et jusqu'à la mi-juin": the year to the middle of that month
    _p(
        ("mi-", "mi "),
        rf"(?P<ytd>depuis (?:le )?debut (?:de l'annee |de )){YEAR},? (?:et )?(?:jusqu'a|a) la "
        rf"(?P<mid>mi)[- ]{MONTH}",
        point,
    ),
    # "jusqu'à la mi-juin", "à la mi-octobre 2022": the middle of the month
    _p(
        ("mi-", "mi "),
        rf"(?P<ytd>depuis (?:le )?debut de l'annee,? (?:et )?)?(?:jusqu'a|a|vers) la (?P<mid>mi)"
        rf"[- ]{MONTH}(?: {YEAR})?",
        point,
    ),
    # "Fin 2017, la province recensait …", "à la fin de l'année 2017": that year's last day
    _p(("fin ",), rf"(?<!\w)(?:(?:a|jusqu'a) )?(?:la )?fin (?:de |d')?(?:l'annee )?{YEAR}", point),
    _p(
        # "À la date du 20 février", "en date du 15 mai": as of that day; "depuis le début de
        # l'année jusqu'au 20 mai", "entre le début de l'année et le 20 mai": the year to that day
        ("au ", "date du", "debut de l"),
        r"(?<!\w)(?:(?P<ytd>(?:depuis|de|entre) (?:le )?debut de l'annee(?: (?:19|20)\d\d)?,?"
        r" (?:jusqu'au|au|et le))"
        rf"|jusqu'au|au|a la date du|en date du) (?P<d>\d{{1,2}})(?:er)? {MONTH}"
        rf"(?: {YEAR})?",
        point,
    ),
    _p(
        ("thang",),
        rf"(?:rieng |trong |chi trong |tinh rieng |chi rieng |rieng trong )?thang (?P<m>\d{{1,2}}"
        rf")(?:[-/.]| nam ){YEAR}",  # "tháng 9/2014", "tháng 9.2014", "tháng 9 năm 2014"
        month_span,
    ),
    _p(
        ("thang",),
        r"(?:rieng |trong |chi trong |tinh rieng |chi rieng |rieng trong )?(?<![\d/] )thang (?P<"
        r"m>\d{1,2})(?![\d/-])(?: (?:vua qua|nam nay|nay))?",  # "tháng 7 năm nay": this year's
        month_span,
    ),
    _p(
        MONTH_WORDS,
        rf"(?:in|during|en|for) {MONTH}(?! \d{{1,2}}\b)(?:,? (?:of )?{YEAR}| this year"
        r"| de cette annee| alone)?",
        month_span,
    ),
    _p(MONTH_WORDS, rf"{MONTH} {YEAR}", month_span),
    # "The November Index of Industrial Production", "its October exports": the month's own
    _p(
        MONTH_WORDS,
        rf"(?:(?:the|its|their) |(?<=, and )){MONTH}(?= (?:index|iip|exports?|imports?|retail"
        r"|industrial production|budget|revenues?|trade|fdi)\b)",
        month_span,
    ),
    # "Pour le seul mois d'octobre", "au cours du mois de mai 2023": that month alone
    _p(("mois d",), rf"(?<!\w)mois (?:de |d')?{MONTH}(?: {YEAR})?", month_span),
    _p(
        ("alone", "by itself", "on its own"),
        rf"{MONTH} (?:alone|by itself|on its own)",
        month_span,
    ),
    _p(
        (
            "so far this year", "since the", "from the", "to date", "to-date", "tu dau nam",
            "depuis le debut", "depuis janvier",
            "since early", "from early", "year to date", "bao cao", "so far",
        ),
        # "Từ 01/01/2016 tới thời điểm lập báo cáo": from New Year's Day to the report's day
        r"tu (?:ngay )?0?1/0?1(?:/(?:19|20)\d\d)? (?:den|toi) thoi diem (?:lap )?bao cao|"
        r"so far this year|year[- ]to[- ]date|(?:since|from) the (?:beginning|start) of"
        r" (?:this|the) year(?:,? (?:until|to|till|up to) (?:now|date|the present))?"
        r"|(?:for |in )?(?:19|20)\d\d (?:so far|to date)"  # "a surplus … for 2014 so far"
        r"|(?:since|from) (?:the (?:beginning|start) of|early) (?:19|20)\d\d"
        r"(?:,? (?:until|to|till|up to) (?:now|date|the present))?"
        r"|(?:since|from) early this year(?: until now)?|(?:cong don |luy ke |tinh )?tu d"
        r"au nam(?: (?:den|toi) nay)?|depuis le debut de (?:l'annee|cette annee)"
        # "Depuis janvier, la province a accueilli …": since January, the year so far
        r"|depuis (?:le debut de )?janvier(?! \d)(?![^.;]{0,80}?(?:jusqu|a la fin))",
        now_kind("ytd"),
    ),
    _p(
        ("so far", "to date", "up to now", "a ce jour", "den nay", "toi nay", "cumulatively",
         "thoi diem nay", "thoi diem hien tai"),
        r"so far|to date|up to now|a ce jour|tu truoc den nay|(?:luy ke |tinh )?(?:den|toi) nay|"
        r"cumulatively|(?:tinh )?(?:den|toi) thoi diem (?:nay|hien tai)",
        now_kind("now"), True,
    ),
    # "currently", "hiện nay", "nhà đầu tư Hàn Quốc hiện sở hữu 180 dự án": what is held today
    # (a day the totals after it keep: frame._held_today; English "now" is often no such day:
    # "now that the second phase …", "Investors … now present")
    _p(
        ("currently", "present", "now", "hien", "actuellement"),
        r"currently|(?:at|as of) present|now|hien nay|hien tai|actuellement"
        r"|hien(?= (?:\w+ ){0,2}(?:co|dang|la|xep|dung|chiem|nam|so huu)(?!\w))",
        now_kind("now"),
    ),
    _p(
        (
            "in the period", "in the reviewed", "during the period", "over the reviewed",
            "trong ky", "over the period", "in the same time", "the quarter",
        ),
        r"(?:in|during|over) the (?:reviewed |same )?period(?! (?:up to|to|until|till|through"
        r"|ending|ended|from)(?!\w))|(?:in|over) the reviewed period|trong ky(?! truoc)"
        # "Over the quarter, the province drew 14 projects": the quarter the article reports on
        r"|(?:in|during|over|throughout) the quarter(?! (?:of|to|ending|ended|before)(?!\w))",
        now_kind("same"),
    ),
    _p(
        ("last year", "nam ngoai", "l'an ", "l'annee ", "previous year", "l'exercice"),
        # "L'an passé, la ville a capté …", "l'exercice écoulé": the year before publication
        r"last year|the previous year|nam ngoai|l'an (?:dernier|passe)|l'annee (?:derniere|passee)"
        r"|l'exercice (?:ecoule|precedent)",
        last_year_handler,
    ),
    _p(("ca nam",), rf"ca nam(?: {YEAR})?", this_year_handler),
    _p(  # "GRDP của tỉnh năm qua tăng 8,06%", "over the past year", "l'année écoulée"
        ("nam qua", "past year", "l'annee ecoulee"),
        # (not "nhiều năm qua", "5 năm qua": many past years)
        r"(?<!\d )(?<!nhieu )(?<!nhung )(?<!cac )(?<!may )(?<!vai )(?<!muoi )nam qua(?! \d)"
        r"|(?:over |in |during )?the past year(?!s)|l'annee ecoulee",
        past_year_handler,
    ),
    _p(
        ("year", "nam nay", "cette annee", "trong nam"),
        r"this year|(?:during |for )?the year(?! (?:19|20)\d\d| before| earlier| prior)"
        # "Trong năm, tỉnh thu hút …" opening a sentence (or a bullet): the year spoken of
        r"|nam nay|cette annee|(?:(?<![\s\S])|(?<=[*+-] ))trong nam(?=,)"
        r"|(?:for |over |in )?the (?:full|whole|entire)[- ]year",
        this_year_handler,
    ),
    _p(("19", "20"), rf"^(?:nam |year )?{YEAR}\W*$", this_year_handler),  # a section heading
    _p(
        ("19", "20"),
        rf"(?:in|for|of|during|on|over|throughout|(?<![\s\S])through|nam|en|trong nam|trong|cua"
        rf"|l'annee|(?:seule |la )annee|the year) {YEAR}(?![\d/])"
        r"(?!\s?[-–]\s?\d\d)",  # not the first year of "2016-2019", "2017-20"
        this_year_handler,
    ),
    _p(  # "les statistiques socio-économiques de 2022", "le bilan de 2023": a year's review
        ("statistiques", "bilan", "resultats", "chiffres", "donnees"),
        rf"(?:statistiques|bilan|resultats|chiffres|donnees)(?: socio-economiques| economiques"
        rf"| annuels| definitifs)? de {YEAR}(?![\d/])",
        this_year_handler,
    ),
    _p(  # "2016 exports reached ...", "the 2023 budget revenue", "2012 (alone) saw …"
        ("19", "20"),
        rf"(?<![\d/.,-]){YEAR}(?: alone)?(?= (?:exports?|imports?|fdi|budget|retail|grdp|gdp"
        rf"|trade|revenue|foreign|state|industrial|economic|socio-economic|growth|figures?|was|saw"
        rf"|proved|marked|brought|witnessed|posed|presented|turned out|(?:has|had) been"
        rf"|duoc (?:coi|xem|danh gia) la|la (?:mot )?nam)\b)"  # "2023 được coi là một năm"
        r"(?!(?: [\w-]+){1,3}? (?:targets?|goals?|plans?|objectives?|estimates?)\b)",  # "its 2025
        # growth target": the plan's year
        this_year_handler,
    ),
]  # fmt: skip
COMPILED = [
    (frozenset(n), re.compile(rf"(?<!\w)(?:{p})(?!\w)"), h, s) for n, p, h, s, _ in PATTERNS
]
MARKS = [marks for *_, marks in PATTERNS]  # for each pattern of COMPILED, its marks (or none)
# For each needle, the patterns (by index in COMPILED) it lets through.
PATTERNS_OF: dict[str, tuple[int, ...]] = {}
for _index, (_needles, *_) in enumerate(PATTERNS):
    for _needle in _needles:
        PATTERNS_OF[_needle] = (*PATTERNS_OF.get(_needle, ()), _index)
# Needles filed by the first two characters of their first word: a sentence checks only the
# needles its words could start (the patterns are the slow part, the needles the cheap test).
NEEDLE_KEY = 2  # at most hints.KEY: a sentence's needle keys are cut from its cue keys
assert NEEDLE_KEY <= KEY
BY_KEY: dict[str, tuple[str, ...]] = {}
for _needle in sorted({n for needles, *_ in PATTERNS for n in needles}):
    _key = re.findall(r"\w+", _needle)[0][:NEEDLE_KEY]
    BY_KEY[_key] = (*BY_KEY.get(_key, ()), _needle)
NEEDLE_KEYS = frozenset(BY_KEY)


def needles_in(folded: str) -> frozenset[str]:
    """The needles of PATTERNS that occur in a folded sentence."""
    # the first NEEDLE_KEY characters of each word: cut from the keys the cue index reads
    keys = {key[:NEEDLE_KEY] for key in sentence_keys(folded)} & NEEDLE_KEYS
    return frozenset(n for k in keys for n in BY_KEY[k] if n in folded)
