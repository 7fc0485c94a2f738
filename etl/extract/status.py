"""Whether a number is an actual figure of the province, and if not, why (pure).

Each rule names a phenomenon of the language (LANGUAGE.md §4, §7 and the traps): a target or
plan (not what a period "will" come to, said as it closes: its estimate), a forecast for a later
period, a year-ago value in parentheses, a share or a ratio to a
plan, a month-on-month change, an absolute delta, a conversion of the amount before it, one
company's money, another place's figure, an industrial-parks-only subset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.extract.amounts import (
    GRANTED_TO_ONE_RE,
    MONEY,
    ONE_OF_THEM_RE,
    ONE_PROJECT_RE,
    Amount,
    closed_aside,
    counts_people_or_goods,
    in_parens,
)
from etl.extract.catalogue import Catalogue
from etl.extract.cues import (
    PARTS_OPENER,
    RESPECTIVELY,
    SOURCE_WORDS,
    THEY_RE,
    Segment,
    SentenceCues,
    after_last_mark,
    bracketed_partner,
    joined,
    nearest_before,
)
from etl.extract.dating import PLANNING_BODY_RE, term_of_office
from etl.extract.explain import Reason
from etl.extract.frame import DOMESTIC_WORDS, FOREIGN_WORDS, FOREIGN_WORDS_RE, own_period
from etl.extract.leads import LeadScan, Words
from etl.extract.period_handlers import MONTHS
from etl.extract.period_patterns import COMPARISON_RE, ITS_OWN_RATE, MONTH_NAMES
from etl.extract.periods import BASE_RATE_WORDS, FORECAST_RE, MONTH_OF_YEAR, PeriodMention
from etl.extract.places import PROVINCE

NOT_ONE_FIGURE = {
    "range": "a range", "multiplier": "a multiplier (x times)", "points": "percentage points",
    "fraction": "a 'k of n' count",
}  # fmt: skip
IP_ONLY = "industrial parks only (a subset of the province)"
PARK_TOPICS = ("industrial_parks", "occupancy")  # the parks' own metrics: no subset of them
COMPANY_MONEY = "one company's or project's money"  # why a sum is left out, and its lists
OCCASION = "the figures of one ceremony or event"
TARGET_REACH = 120  # how far before an amount a plan word still governs it
ACTUAL_VERB_RE = re.compile(
    r"(?<!\w)(?:reached|reaches|reaching|attracted|attracting|drew|recorded|posted|came to"
    r"|c(?:ame|omes|oming) in at|amount(?:ed|ing) to"
    r"|stood at|stands at|totall?ed|totall?ing|with inflows|poured|pumped|injected"
    r"|registered(?! (?:capital|investment))"
    r"|earned|collected|dat(?! ra)|thu hut|hut|ghi nhan|uoc (?:tinh )?(?:tang|giam)"
    # "tổng thu ước thực hiện hơn 5.800 tỷ đồng": (estimated as) realised, an actual sum
    # (the amount may stand past the end of the span searched: "$")
    r"|(?:uoc )?thuc hien(?= (?:duoc |dat )?(?:hon |tren |gan |khoang )?(?:\d|$)))(?!\w)"
)
# "cao hơn 169,5 triệu USD", "higher by $30 million": how much more or less
MORE_OR_LESS_VI = r"(?:cao|thap|nhieu|it) hon"  # "cao hơn", "ít hơn": more or less than
MORE_OR_LESS_BY = rf"{MORE_OR_LESS_VI}|higher by|lower by|up by|down by"
DELTA_LEAD_RE = re.compile(
    rf"(?<!\w)(?:tang|giam|{MORE_OR_LESS_BY}|an? (?:increase|decrease|rise|fall) of"
    r"|rose by|fell by|increased by|decreased by|grown by"
    r"|risen by|climbed by|dropped by|declined by|tuong ung(?: voi)?|equivalent to|or)"
    r"(?: (?:them|hon|khoang|gan|tren|nearly|almost|about|some|more than|over|less than))?\s*$"
)
# "36 FDI projects, up 3 projects compared with the same period last year": a count's change
# (not a sum's: "53 projects that added capital (up 514.9 million USD)" is the capital added)
UP_OR_DOWN_LEAD_RE = re.compile(r"(?<!\w)(?:up|down)(?: (?:nearly|almost|about|some|over))?\s*$")
# "increased by over VND 19,450 billion", "was up by $30 million": "by" names the difference,
# compared with whatever base, never the level reached
BY_DELTA_LEAD_RE = re.compile(
    r"(?<!\w)(?:rose|fell|increased|decreased|grew|grown|risen|climbed|dropped|declined|jumped"
    r"|surged|expanded|higher|lower|up|down) by"
    r"(?: (?:nearly|almost|about|around|some|more than|over|less than|roughly))?\s*$"
)
# "99 projects adjusted their capital up by USD 1 billion 312 million", "eleven existing ones
# expanded by $114 million": what projects added to their capital is a figure of its own
ADDED_CAPITAL_RE = re.compile(
    r"(?<!\w)(?:capital|investments?|projects?|ones|ventures?|firms?|companies|investors?)(?!\w)"
)
ADDED_CAPITAL_REACH = 48
# "cao hơn cùng kỳ 16,52 triệu USD", "tăng so với năm trước 95 dự án": the base stands between
DELTA_BASE_LEAD_RE = re.compile(
    rf"(?<!\w)(?:{MORE_OR_LESS_VI}|tang|giam) (?:so voi )?(?:muc |con so )?(?:cua )?"
    r"(?:cung k[iy]|nam truoc|nam ngoai|nam (?:19|20)\d\d)(?: nam (?:truoc|ngoai))?(?: la)?"
    r"(?: (?:khoang|gan|tren|hon))?\s*$"
)  # "cao hơn mức của năm 2019 là 1 tỷ USD": by how much
# "cao hơn TP. Hồ Chí Minh gần 700 triệu USD", "thấp hơn Hà Nội 1,2 tỷ USD": by how much it beat
# or trailed another (the level would come first: "đạt X, cao hơn Y")
DELTA_OTHER_LEAD_RE = re.compile(
    rf"(?<!\w){MORE_OR_LESS_VI} (?:tp\. ?)?"
    r"(?:(?!(?:dat|va|la|len|o|voi|nhung|con|khi|muc)\b)[a-z]+ ?){1,6}?"
    r"(?: (?:khoang|gan|tren|hon|chung|xap xi))?\s*$"
)
CONTRAST_WORDS = r"(?<!\w)(?:while|whereas|but|trong khi)(?!\w)"  # a clause that turns away
CONTRAST_WORDS_RE = re.compile(CONTRAST_WORDS)
CLAUSE_END_RE = re.compile(rf"[;:]|[,.](?!\d)|{CONTRAST_WORDS}")  # (not the comma of "939,123")
COMPARE_AFTER_RE = re.compile(
    r"(?<!\w)(?:so (?:voi )?(?:cung k[iy]|(?:\d{1,2} )?thang|nam|quy)"
    r"|than (?:a year|the same|last|in the)"
    r"|compared|over the same|from a year|on (?:the )?year|year[- ]on[- ]year|y-o-y|yoy)"
)
# "Compared with 2017, foreign investment this year has grown by nearly 600 million USD"
COMPARE_OPENING_RE = re.compile(
    r"\W*(?:compared (?:with|to)|so voi|so sanh voi|dat canh|par rapport|against|versus)(?!\w)"
)  # "Đặt cạnh cùng kỳ năm trước, số dự án … nhiều hơn 13 dự án": how many more than a year ago

BASE_CHARS = 40  # "far above that of the " is the longest lead of a base
BASE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:(?:far |well |slightly )?(?:above|below)|(?:higher|lower) than) "
    r"(?:that of |the )|(?:up from|down from|compared (?:with|to)|versus) (?:the )?"
    r"|(?:percent|per cent|%) of (?:the )?(?:record |previous |year-earlier )?"
    # "a jump of 40 percent from the 425.1 million USD it received a year earlier"
    r"|(?:percent|per cent|%|times|fold) from (?:the |its )?)$"
)
TARGET_REASON = "a target or plan"  # why a planned number is no figure
CONVERSION_REASON = "a conversion or share of the amount before it"  # the same sum, restated
DELTA_REASON = "a change against another period, not a level"  # why an increment is no figure


@dataclass(frozen=True, slots=True)
class Work:
    """One sentence under analysis: its cues, amounts and period phrases."""

    cues: SentenceCues
    amounts: list[Amount]
    periods: list[PeriodMention]
    segs: list[Segment]
    partners: dict[int, str] = field(default_factory=dict)  # paired by "respectively"
    # (value, unit) of the sum the sentence before kept, when this one speaks of it ("That is
    # 135% over the same period …"): for the numbers-tell rule
    sum_before: tuple[float, str] | None = None


def period_of(work: Work, index: int, kind: str) -> PeriodMention | None:
    """`own_period` of the amount at `index` for a figure of `kind`, worked out once per sentence
    (a stock and any other kind are all it tells apart)."""
    stock = kind == "stock"
    return work.cues.once(
        ("own period", index, stock),
        lambda: own_period(work.amounts[index], work.periods, work.segs[index], kind,
                           work.cues.folded, work.amounts, work.cues.respectively),
    )  # fmt: skip


def period_of_its_sum(work: Work, index: int, kind: str) -> PeriodMention | None:
    """ "With 78 new projects worth $200 million drawn in the first two months": a count joined
    to the sum they are worth shares the period phrase of the sum's clause (count-of-its-sum)."""
    amount = work.amounts[index]
    if amount.is_money or index + 1 >= len(work.amounts):
        return None
    worth = work.amounts[index + 1]
    if not worth.is_money or not joined(work.cues.folded, amount, worth):
        return None
    return period_of(work, index + 1, kind)


CONVERSION_GAP = 60
CONVERSION_RE = re.compile(
    r"(?:tuong duong|equivalent to|equal to|\bor|i\.e\.|soit"
    r"|quy doi(?: (?:ra|thanh|sang)(?: \w+)?)?"  # "quy đổi ra USD", "(quy đổi thành 2,75 tỷ USD)"
    r"|(?:l.)?equivalent de|equivalant)(?: voi| a)?"  # "l'équivalent de", "équivalant à"
    r"(?: (?:khoang|hon|gan|about|some|over|nearly|roughly|more than|plus de|pres de|environ))?\s*$"
)
# "two zones of more than 1,000 hectares each", "$50 million apiece": one item's size.
EACH_RE = re.compile(  # "3,3 triệu USD/dự án": per project too
    r"\s*(?:each|apiece|chacune?|per (?:project|zone|park|item)|/\s?(?:du an|project|projet))(?!\w)"
)
# "5.300 USD/tấn", "$2,100 per tonne", "4.500 USD/người": a price, or a sum per head
PER_UNIT_RE = re.compile(
    r"\s*(?:/\s?|(?:per|a|par|moi) )(?:tan|tons?|tonnes?|kg|ha|hecta|hectares?|m2|nguoi"
    r"|capita|head|person|habitant)(?!\w)"
)
# "18 projects whose additions each exceeded 10 million USD", "mỗi dự án trên 10 triệu USD",
# "4 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỉ USD": the size each item passes
EACH_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:each|moi du an) (?:exceed\w*|topp\w*|surpass\w*|(?:was |were )?worth|above"
    r"|over|more than|tren|vuot"
    # "3 large-scale projects each have investment capital of over 100 million USD"
    r"|(?:ha(?:ve|s|d)|with|carr\w+) (?:an? )?(?:[\w-]+ ){0,2}?(?:capital|investment|value) of"
    r"(?: (?:over|more than|above|nearly|about|around))?"
    # "Five groups of goods each brought the city more than 1 billion USD in exports"
    r"|(?:brought|earned|fetched|generated)(?: (?:in|the \w+|it|them))?)"
    r"|\d+ (?:mat hang|san pham|nhom hang|products|items) (?:[\w-]+ ){0,5}?(?:tren|hon|over"
    r"|more than|above)"
    # "5 quốc gia, vùng lãnh thổ có vốn đầu tư vượt 1 tỷ USD": the size each country passes
    r"|\d+ (?:quoc gia|nuoc)(?:,? (?:va )?vung lanh tho)? co (?:tong )?von(?: dau tu)?"
    r" (?:vuot|tren|hon)"
    # "5 địa phương xuất khẩu trên 10 tỷ USD", "09 tỉnh, thành phố ghi nhận kim ngạch xuất khẩu
    # trên 01 tỷ USD": the bar each of several places passed
    r"|(?<![\d/.,])(?<!nam )(?<!quy )(?<!thang )\d{1,2} (?:dia phuong|tinh(?:,? thanh(?: pho)?)?"
    r"|provinces?(?: and cities)?|localities"
    r"|provinces et villes) (?:[\w-]+,? ){0,8}?(?:tren|vuot|hon|over|more than|above|exceeding))"
    r"(?: (?:over|more than|at least))?\s*$"
)
# "2,05 tỷ USD/tháng", "bình quân 1,969 tỷ USD mỗi tháng", "$1.2 billion a month", "mỗi tháng
# đạt 2,05 tỷ USD": a sum per month, an average or a pace
PER_MONTH_AFTER_RE = re.compile(
    r"\s*(?:/\s?thang|/\s?month|/\s?mois|moi thang|(?:per|each|every) month|par mois"
    r"|chaque mois"  # not "a month earlier", "a month-on-month rise"
    r"|a month(?!\W*(?:earlier|ago|before|on|over|prior|later|after|back|-on-|to|from)\b))(?!\w)"
)
PER_MONTH_BEFORE_RE = re.compile(
    r"(?<!\w)(?:moi thang|(?:each|every|per) month|chaque mois|par mois)"
    r"(?: (?:\w+ ){0,3}?(?:dat|khoang|la|of|at|around|about|some))?\s*$"
    # "tính bình quân mỗi tháng xuất siêu 500 triệu USD": the average's own verb between
    r"|(?<!\w)(?:binh quan|trung binh) (?:moi|mot) thang (?:\w+ ){1,3}\s*$"
)


# "rose 9.07 per cent a year" (not "a year earlier", "a year on year")
A_YEAR = r"a year(?!\W*(?:earlier|ago|before|on|over|prior|later|after|back|-on-|to|from)\b)"
# "draws about 2 billion USD of FDI each year", "over 700 million USD a year", "hút bình quân 3,1
# tỷ USD mỗi năm", "6 milliards de dollars par an": a yearly pace or average, not one period's sum
PER_YEAR_SUM_RE = re.compile(
    r"(?:\s+(?:of|in|de)\s+(?:[\w-]+\s+){0,1}?[\w-]+|(?:\s+[\w-]+){1,2}(?=\s+(?:moi|hang) nam))?"
    r"\s*(?:(?:each|every|per) year|annually"
    rf"|moi nam|hang nam|/\s?(?:nam|year|an)\b|par an|chaque annee|{A_YEAR})(?!\w)"
)


# "18.387 tỷ đồng và 776,27 triệu USD (cộng lại tương đương khoảng 1,5 tỷ USD)", "(combined,
# about $1.5 billion)": the sums before it added up, restated in one currency
ADDED_UP_IN_PARENS_RE = re.compile(
    r"\(\s*(?:cong lai|cong don|gop lai|combined|together|taken together|added up|au total"
    r"|ensemble)\b[^()]{0,25}$"
)


def _per_month(folded: str, amount) -> bool:
    """The sum is one month's, told as an average or a pace over the period."""
    return bool(
        PER_MONTH_AFTER_RE.match(folded, amount.end)
        or PER_MONTH_BEFORE_RE.search(folded, max(0, amount.start - 40), amount.start)
    )


# "passed the USD20 billion mark", "vượt mốc 100 triệu USD", "cán mốc 8%": a round threshold.
MARK_AFTER_RE = re.compile(
    r"\s*(?:mark|milestone|threshold|barrier|club"
    # "8 địa phương đạt 1 tỷ USD trở lên", "un milliard d'USD ou plus": the bar several passed
    r"|tro len|or (?:more|above)|ou plus)(?!\w)"
)
MARK_BEFORE_RE = re.compile(
    r"(?<!\w)(?:moc|nguong|cot moc|cau lac bo(?:[\w \"'“”]{1,28}?)?|(?:le )?seuil (?:des?|du))"
    r"\s*(?:la\s*)?$"
)
MARK_CHARS = 40  # "vượt mốc", "vào câu lạc bộ thu ngân sách"
MARK_DIGITS = 2  # "vượt mốc 1,5 tỷ USD" is a mark; "chạm mốc 2,79 tỷ USD" is the figure reached


def _round(value: float) -> bool:
    """A mark is a round number: at most MARK_DIGITS significant digits."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")) <= MARK_DIGITS


EACH_CHARS = 60
# "3 dự án mang quy mô vốn lớn", "Ba dự án cấp mới có quy mô đáng kể là …", "3 large-scale
# projects each have …": the large ones among those counted, a part
LARGE_ONES_AFTER_RE = re.compile(
    r"\s+(?:(?:large|big|major)[- ](?:scale|sized)\s+(?:[\w-]+\s+){0,2}?projects"
    r"|du an\s+(?:[\w-]+\s+){0,3}?(?:mang |co )?quy mo (?:von )?(?:lon|dang ke|khung)"
    r"|projets\s+(?:[\w-]+\s+){0,2}?d.envergure)(?!\w)"
)
# "a 25-million-USD electronic spare parts plant", "whose 30-million-USD project": the hyphens
# make the sum an adjective of one thing
ONE_ITEM_SIZE_RE = re.compile(
    r"\S*?[\d.,]+-(?:million|billion|trillion)-(?:usd|dollars?|vnd)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:project|plant|factory|facility|complex|expansion|park|deal|investment)s?(?!\w)"
    # "Thanks to a 3.1 billion USD project to build …": the same, without the hyphens
    r"|(?<=\ba )\S*?[\d.,]+ (?:million|billion|trillion) (?:usd|dollars?|vnd)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:project|plant|factory|facility|complex|expansion|deal)(?!s)(?!\w)"
    # "a US$78.6 million hi-tech rabbit breeding and processing project"
    # "the US$25 million Conic Lang Co resort complex": the same, named
    r"|(?:(?<=\ba )|(?<=\bthe ))(?:us\$|\$)\s?[\d.,]+ (?:million|billion)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:project|plant|factory|facility|complex|expansion|deal)(?!s)(?!\w)"
)
# "equal to 50.2 per cent of what it achieved in the same period", "38.25 percent of what the
# city recorded in the same period last year", "106.4% of the figure for the same period", "49
# percent of last year's": a ratio to the year-ago result, read as a change (-49.8, -61.75, +6.4)
WHAT_IT_DID_IN = (
    r"what (?:it|the (?:province|city|locality)) (?:had )?(?:achieved|drew|drawn|attracted"
    r"|recorded|earned|collected|posted) in "
)
RATIO_OF_YEAR_AGO = (
    r" of (?:the |that of |that in |that for )?(?:(?:figure|level|amount|value|result|total)s? "
    rf"(?:for|of|in|recorded in|seen in) |{WHAT_IT_DID_IN})?(?:the )?(?:same|corresponding) "
    r"(?:period|months?|quarter)|"
    r" of (?:the previous year|last year)(?:'s| s)?(?! plan| target)"
)
RATIO_OF_YEAR_AGO_RE = re.compile(RATIO_OF_YEAR_AGO)
# ... and what else compares a percentage with a year earlier, so that it is no share: "bằng 93%
# so với cùng kỳ", "equivalent to 57 percent of the record 3.3 billion USD it drew in 2017"
YEAR_AGO_RATIO_RE = re.compile(
    rf"{RATIO_OF_YEAR_AGO}| (?:so voi|compared with) (?:that (?:in|of|for) |the level of )?"
    r"(?:the )?(?:same|corresponding) period| so voi cung k[iy]"
    r"| of (?:the |its )?(?:record |previous |year-earlier )?(?:us\$|usd ?|\$)?[\d.,]+"
    r"(?: billion| million| trillion)?(?: usd)?(?: [a-z]+){0,4} in (?:19|20)\d\d"
)


def not_a_figure(
    work: Work, index: int, catalogue: Catalogue, original_kept: bool = True
) -> str | None:
    """Why the amount at `index` is no actual figure, whatever its metric; None when it may be.
    A conversion stands for the sum before it when that one's currency had no metric
    (`original_kept` False: "exports of VNĐ452 trillion (US$18.4 billion)")."""
    amount = work.amounts[index]
    if amount.kind != "number":
        return NOT_ONE_FIGURE[amount.kind]
    if is_conversion(work, index) and (original_kept or not amount.is_money):
        return CONVERSION_REASON
    if EACH_RE.match(work.cues.folded, amount.end) or EACH_BEFORE_RE.search(
        work.cues.folded, max(0, amount.start - EACH_CHARS), amount.start
    ):
        return "the size of each item, not a total"
    if amount.is_money and PER_UNIT_RE.match(work.cues.folded, amount.end):
        return "a price or a sum per head, not a total"
    if amount.is_money and _per_month(work.cues.folded, amount):
        return "a sum per month (an average or a pace), not the period's"
    if amount.is_money and PER_YEAR_SUM_RE.match(work.cues.folded, amount.end):
        return "a sum per year (an average or a pace), not one period's"
    if amount.is_money and ADDED_UP_IN_PARENS_RE.search(
        work.cues.folded, max(0, amount.start - 40), amount.start
    ):
        return "the sums before it added up, in brackets (no one metric's)"
    if counts_people_or_goods(work.cues.folded, amount):
        return "a count of people or goods, no money"  # "5.1 million visitors"
    if ONE_ITEM_SIZE_RE.match(work.cues.folded, amount.start):  # "a 25-million-USD … plant"
        return "the size of one project (a 25-million-USD plant)"
    if _one_project(work, index):
        return "one project, and its money: no count or total of the province"
    if amount.unit is None and LARGE_ONES_AFTER_RE.match(work.cues.folded, amount.end):
        return "a count of the large projects only (a part of the total)"
    if amount.unit is None and _named_again(work.cues.folded, amount):
        return "the projects just counted, named again to split them"
    for check in (
        _year_ago, _compared_with, _then_clause, _target, _delta, _plan_gap, _year_gap,
        _plan_value,
    ):  # fmt: skip
        reason = check(work, index, catalogue)
        if reason:
            return reason
    if (
        MARK_AFTER_RE.match(work.cues.folded, amount.end)
        or MARK_BEFORE_RE.search(work.cues.folded, max(0, amount.start - MARK_CHARS), amount.start)
    ) and _round(amount.value):
        return "a threshold passed (a mark), not the figure"
    return None


# "Trong 9 dự án kể trên", "Sur ces 12 projets": the projects just counted, split next
THESE_PROJECTS = (
    r"trong (?:\d+ |cac |nhung )?du an (?:(?:ke |noi )?tren|do|nay)"
    r"|(?:sur|parmi) ces (?:\d+ )?projets"
)
BACK_REFERENCE_RE = re.compile(rf"(?<!\w)(?:{THESE_PROJECTS}|of these \d+ projects)(?!\w)")
# "Trong đó,", "Of these,", "Parmi eux,", "Trong 9 dự án kể trên": a sentence that opens by
# splitting what the one before it counted or summed
SPLIT_OPENER_RE = re.compile(
    r"\W*(?:on (?:en )?compte )?"  # "On compte parmi eux 7 projets d'IDE …"
    r"(?:trong so (?:nay|do|nhung du an nay)|trong do|cu the,? (?:bao )?gom|they comprised"
    r"|they included"
    r"|of (?:these|them|which|this|the total)|among (?:them|these)|parmi (?:eux|elles|ceux-ci)"
    rf"|sur ce total|dont|{THESE_PROJECTS})(?!\w)"
)


def _named_again(folded: str, amount: Amount) -> bool:
    """ "Sur ces 12 projets, 11 …", "Trong 9 dự án kể trên": the count of the projects just
    counted, named again to split them (rule named-again)."""
    return any(m.start() <= amount.start < m.end()
               for m in BACK_REFERENCE_RE.finditer(folded, max(0, amount.start - 20),
                                                   amount.end + 30))  # fmt: skip


ONE_PROJECT_CHARS = 160  # "A … project of <its investor's long name>, with registered capital of"
# "A photovoltaic cell technology project of JA Solar (Hong Kong) Limited, with registered
# capital of 200 million USD": one investor's project, named by its investor
ONE_PROJECT_WORTH_RE = re.compile(
    r"(?<!\w)(?:(?:mot|one|a|a single|un) (?:du an|project|projet)(?: moi| new)?[\w ,]{0,30}?"
    r"|an? (?:[\w-]+ ){1,4}?project (?:of|by) [^.;]{0,60}?(?=with ))"
    r"(?:tong von|von|worth|valued at|capitalised at"
    r"|with (?:a )?(?:total )?(?:registered )?(?:capital|investment) of)(?: (?:dau tu|dang ky))?\s*"
    r"(?:(?:hon|gan|khoang|tren|over|nearly|about|some)\s+)?[\w$]{0,4}\s?$"
)


def _one_project(work: Work, index: int) -> bool:
    """ "AEON đã đầu tư một dự án tổng vốn hơn 5,1 triệu USD": a count of one project, or the
    sum of that one project."""
    amount, folded = work.amounts[index], work.cues.folded
    if amount.unit is None and amount.value == 1:
        return bool(ONE_PROJECT_RE.match(folded, amount.end)) and not _one_of_a_kind(work, index)
    if not amount.is_money:
        return False
    match = ONE_PROJECT_WORTH_RE.search(folded, max(0, amount.start - ONE_PROJECT_CHARS),
                                        amount.start)  # fmt: skip
    if match is None:
        return False
    ones = [i for i, a in enumerate(work.amounts[:index])
            if a.unit is None and a.value == 1 and match.start() <= a.start]  # fmt: skip
    return not any(_one_of_a_kind(work, i) for i in ones)  # ("một dự án FDI được điều chỉnh
    # tăng vốn thêm 0,5 triệu USD": the sum of a report's count of one)


# "có 1 dự án FDI", "thu hút mới được 01 dự án": a report's count of one, its kind named
# ("tỉnh còn có 1 dự án đăng ký điều chỉnh vốn", "dự án còn lại là 1 dự án nước ngoài", "có 1 dự
# án đầu tư mới")
ONE_OF_A_KIND_AFTER_RE = re.compile(
    r"\s*(?:du an|projects?|projets?)\s+(?:dau tu\s+(?=moi))?"
    r"(?:fdi|dtnn|(?:dau tu )?(?:truc tiep )?nuoc ngoai"
    r"|(?:co )?von (?:dau tu )?nuoc ngoai|(?:dang ky |cap )?moi|(?:newly )?licensed"
    r"|(?:dang ky |duoc )?dieu chinh)(?!\w)"
)
# ("riêng FDI chỉ có 1 dự án": the kind named first)
ONE_OF_A_KIND_BEFORE_RE = re.compile(r"(?<!\w)(?:moi|new|fdi)\s+(?:duoc\s+|chi\s+)?(?:co\s+)?$")


def _one_of_a_kind(work: Work, index: int) -> bool:
    """A count of one written in digits with its kind named beside it ("Trong số này có 1 dự
    án FDI và 59 dự án trong nước"): a report's count, not the story of one project (rule
    one-of-a-kind)."""
    amount, folded = work.amounts[index], work.cues.folded
    if folded.startswith("mot", amount.start):  # "Cùng tháng, một dự án FDI được điều chỉnh"
        return ONE_OF_A_KIND_AFTER_RE.match(folded, amount.end) is not None
    if not folded[amount.start].isdigit():  # "…, tandis que le dernier est un projet étranger"
        return bool(ONE_OF_THEM_RE.search(folded, max(0, amount.start - 40), amount.end)) or (
            bool(work.periods)  # "entre janvier et juin, délivré une licence à un projet": a
            and bool(GRANTED_TO_ONE_RE.search(folded, max(0, amount.start - 50), amount.end))
        )  # period's count (not "a remis la licence à un projet sud-coréen": its story)
    return bool(
        ONE_OF_A_KIND_AFTER_RE.match(folded, amount.end)
        or ONE_OF_A_KIND_BEFORE_RE.search(folded, max(0, amount.start - 20), amount.start)
    )


def is_conversion(work: Work, index: int) -> bool:
    """The amount restates the one before it: "(US$18.4 billion)", "tương đương 2,6 tỷ USD";
    a change in the parentheses ("(tăng 72% so với cùng kỳ)") is the sum's change instead."""
    if _change_in_parens(work, index):
        return False
    return _aside(work, index) or _converted(work, index)


PARENS_GAP_CHARS = 16
CHANGE_IN_PARENS_RE = re.compile(
    r"\((?:[^()]{0,12}?\s)?(?:tang|giam|up|down|rose|fell|increas\w*|decreas\w*)\s*(?:\w+\s*){0,2}$"
)

SIGNED_IN_PARENS_RE = re.compile(r"\(\s*[+\u2212-]\s*$")
SIGNS = "+-\u2212"
RATIO_IN_PARENS_RE = re.compile(
    r"\((?:[^()]{0,12}?\s)?(?:bang|equal to|equivalent to|tuong duong(?: voi)?)\s*$"
)


def _change_in_parens(work: Work, index: int) -> bool:
    """ "2 tỉ 566 triệu USD (tăng 72% ...)", "(bằng 36% so với cùng kỳ)": the parenthesis opens
    right after a sum and says how that sum changed."""
    amount = work.amounts[index]
    if amount.unit != "percent" or not amount.in_parens or index == 0:
        return False
    folded, before = work.cues.folded, work.amounts[index - 1]
    opening = folded.rfind("(", 0, amount.start)
    gap = folded[before.end : max(opening, before.end)]  # "1 tỉ 900 triệu USD vốn FDI (tăng 35%"
    if not before.is_money or len(gap) > PARENS_GAP_CHARS or any(c in gap for c in ",;."):
        return False
    if CHANGE_IN_PARENS_RE.search(folded, max(0, amount.start - 30), amount.start):
        return True
    if SIGNED_IN_PARENS_RE.search(folded, max(0, amount.start - 4), amount.start) or (
        folded[amount.start] in SIGNS and folded[max(0, amount.start - 1)] == "("
    ):
        return True  # "2,8 milliards de dollars (+13,6% sur un an)": a signed change
    # "158,3 triệu đô la Mỹ (bằng 36% so với cùng kỳ)": its ratio to the year-ago sum
    return bool(
        RATIO_IN_PARENS_RE.search(folded, max(0, amount.start - 30), amount.start)
        and YEAR_AGO_RATIO_RE.match(folded, amount.end)
    )


def _aside(work: Work, index: int) -> bool:
    """A conversion "(1.34 billion USD)" or share "(7.5 percent)" right after a money amount;
    not the next item of a list of places with their sums ("HCMC (USD31.1 billion), Hanoi
    (USD20.2 billion)")."""
    amount = work.amounts[index]
    if not amount.in_parens or index == 0:
        return False
    before = work.amounts[index - 1]
    if ")" in work.cues.folded[before.end : amount.start]:
        return False
    return before.is_money and (amount.is_money or amount.unit == "percent")


def _converted(work: Work, index: int) -> bool:
    """ "62.359 tỷ đồng ..., tương đương hơn 2,6 tỷ USD": the same sum in another currency."""
    amount = work.amounts[index]
    if index == 0 or not amount.is_money:
        return False
    before = work.amounts[index - 1]
    if not before.is_money or None in (before.unit, amount.unit) or before.unit == amount.unit:
        return False
    gap = work.cues.folded[before.end : amount.start]
    return len(gap) <= CONVERSION_GAP and bool(CONVERSION_RE.search(gap))


YEAR_AGO_ASIDE_CHARS = 60


@lru_cache(maxsize=8)
def _year_ago_before(words: str) -> re.Pattern:
    """The catalogue's year-ago words ending right before a bracket, with a year after them
    ("cùng kỳ năm 2023 (4,01%)")."""
    return re.compile(rf"(?:{words})(?: (?:nam |of |in )?(?:19|20)\d\d)?\s*$")


def _year_ago(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "(cùng kỳ tăng 9%)", "(same period last year: X)": last year's value, not today's."""
    amount, folded = work.amounts[index], work.cues.folded
    if not in_parens(folded, amount.start, YEAR_AGO_ASIDE_CHARS):
        return None  # "(the same period last year saw a rise of 5.1%)" reaches further
    opening = folded.rfind("(", 0, amount.start)
    if folded.startswith("(khi ", opening):  # "tăng 5% so với cùng kỳ (khi đó là X)": then's
        return "a year-ago value"
    year_ago = catalogue.words["year_ago"]
    before = _year_ago_before(year_ago.pattern)
    if not folded[opening + 1 : amount.start].strip() and before.search(
        folded, max(0, opening - YEAR_AGO_ASIDE_CHARS), opening
    ):  # "cao hơn mức tăng của cùng kỳ năm 2023 (4,01%)": the comparison's value, bracketed
        return "a year-ago value"
    own = [p for p in work.periods if opening <= p.span[0] < amount.start and p.explicit_year]
    if own and _compared_with_year(folded, opening, own[0]):
        return "a year-ago value"  # "So với năm 2019, … giảm 73,27% (năm 2019 tỉnh thu hút 6 dự
        # án FDI với tổng vốn 83,75 triệu USD)": the year the sentence compares with, bracketed
    if own:
        return None  # "(6 tháng/2021 tăng 5,91%)", "(năm 2019 tăng 9,86%)": its own year's figure
    if year_ago.search(folded, opening, amount.start) or IN_THE_SAME_PERIOD_RE.match(
        folded, amount.end
    ):  # "an estimated rise of 3.40% (7.15% in the same period)": the year before's rise
        return "a year-ago value"
    return None


def _compared_with_year(folded: str, before: int, period: PeriodMention) -> bool:
    """The sentence compares with the period's year before `before` ("So với năm 2019, …")."""
    year = period.end.year if period.end else None
    return year is not None and any(
        str(year) in m.group(0) for m in COMPARISON_RE.finditer(folded, 0, before)
    )


EARLIER_YEAR = r"(?:last year|the previous year|(?:19|20)\d\d)"  # the year compared with
IN_THE_SAME_PERIOD_RE = re.compile(
    rf"\s*(?:in|during|for|of) (?:the )?(?:same|corresponding) period(?: (?:of |in )?"
    rf"{EARLIER_YEAR})?\s*\)"
)


def _compared_with(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "6.19%, far above the 3.55% recorded a year earlier", "up from US$2 billion": the value
    the figure is compared with, not a figure."""
    amount, seg = work.amounts[index], work.segs[index]
    lead = max(0, amount.start - BASE_CHARS)
    if index == 0 or not BASE_BEFORE_RE.search(work.cues.folded, lead, amount.start):
        return None
    if any(amount.end <= p.span[0] < seg.after[1] for p in work.periods):
        return None  # "up from 4.48 billion USD in January - September last year": its own period
    return "the value it is compared with (a base, not a figure)"


# "up 4.5 times on 2013, when 7 projects brought in US$7.7 million", "a big step up from 2017,
# when foreign investment came to a mere 55.3 million USD": the year compared with, and what it
# had, in a clause of its own
THEN_CLAUSE_RE = re.compile(
    r"(?<!\w)(?:on|from|than|as|over|against|with|compared (?:with|to)|so voi|par rapport a)"
    r" (?:the same period (?:of|in) |(?:in )?(?:nam )?)?(?:19|20)\d\d,? (?:when|khi|lorsque|ou)"
    r"(?!\w)[^.;]*$"
)
THEN_CLAUSE_CHARS = 160


def _then_clause(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """The amount stands in a "…, when …" clause about the earlier year a figure is compared
    with: that year's value, not a figure of the period."""
    amount, folded = work.amounts[index], work.cues.folded
    if THEN_CLAUSE_RE.search(folded, max(0, amount.start - THEN_CLAUSE_CHARS), amount.start):
        return "a year-ago value (the year compared with, in a clause of its own)"
    opener = SAME_PERIOD_BEFORE_RE.match(folded)
    if opener and ";" not in folded[opener.end() : amount.start]:
        return "a year-ago value (the sentence opens on the same period of an earlier year)"
    return None


# "In the same period of 2024, by contrast, its GRDP growth had reached 10.55%", "Cùng kỳ năm
# 2016, tỉnh này còn xuất siêu 1,179 tỷ USD": the sentence tells of the year compared with
SAME_PERIOD_BEFORE_RE = re.compile(
    r"\W*(?:(?:by contrast|meanwhile|in comparison|trong khi do|con),?\s+)?"
    rf"(?:(?:in|during|over|for) the (?:same|corresponding) period (?:of |in )?{EARLIER_YEAR}"
    r"|(?:trong )?cung k[iy] nam (?:truoc|ngoai|(?:19|20)\d\d)"
    r"|(?:a|sur) la meme periode (?:de |en )?(?:l.annee (?:derniere|precedente)|(?:19|20)\d\d)),"
)


# "Under the approved plan, Đồng Nai has 40 IPs", "Theo quy hoạch được duyệt, tỉnh có 33 KCN":
# the parks a province's land plan holds are its parks (operating or planned), no target
PLANNED_PARKS_RE = re.compile(
    r"(?:under|according to|in) (?:the )?(?:approved |current |provincial )?(?:master )?"
    r"plan(?:ning)?,?\s+(?:[\w'-]+\s+){1,4}?(?:has|have|had|counts|includes|is home to)\s"
    r"|theo quy hoach(?: (?:duoc|da duoc) (?:phe )?duyet)?,?\s+(?:[\w-]+\s+){1,4}?co\s"
    # "D'après le plan approuvé, la province doit disposer de 40 parcs industriels"
    r"|(?:d.apres|selon) (?:le |la |son |sa )?(?:plan|planification)(?: d.amenagement)?"
    r"(?: approuvee?)?,?\s+(?:[\w'-]+\s+){1,6}?"
    r"(?:doit disposer de|disposera de|dispose de|compte|comptera|devrait compter)\s"
    # "the province's plans provide for 39 industrial parks", "The approved plan provides the
    # province with 11 IPs", "the IP development plan to 2020, which covers 18 IPs"
    r"|plans? (?:provides?|provided) (?:for|(?:the |this |that )?(?:province|city|locality|it) "
    r"with)\s|plan(?: to (?:19|20)\d\d)?,? (?:which |that )?(?:covers|includes|comprises)\s"
    # "Le plan approuvé prévoit pour Dong Nai 40 zones industrielles"
    r"|(?:plan|planification)(?: approuvee?)? prevoit\s"
    # "The province has planned to build 17 industrial parks on 4,395 ha", "tỉnh quy hoạch 17 KCN"
    r"|(?:has|have|had) planned (?:to (?:build|develop|set up|establish|have) |for )"
    r"(?!another|more|an additional|a further|further)"
    # (not "quy hoạch thêm 15 KCN", "planned to build another 5": parks still to be added)
    r"|(?<!theo )(?<!lap )quy hoach (?!them )"
)


def _parks_of_the_plan(work: Work, index: int, catalogue: Catalogue, at: int) -> bool:
    """The plan word opens "Under the approved plan, X has N IPs with an area of …": the count
    or area of parks that follows is the province's."""
    amount, folded = work.amounts[index], work.cues.folded
    if not PLANNED_PARKS_RE.match(folded, max(0, at - 20)) and not PLANNED_PARKS_RE.search(
        folded, max(0, at - 20), amount.start
    ):
        return False
    parks = catalogue.nouns.get("industrial_parks")
    counted = parks is not None and parks.pattern.match(folded, amount.end + 1) is not None
    return amount.unit == "ha" or counted


# "dự báo năm 2024 IIP tăng 7%, nhanh hơn năm trước (năm 2023 tăng 5,27%)", "… vượt mục tiêu
# tăng trên 8%; năm 2023, con số này là 262 ngàn tỷ đồng": a year told in brackets or after a
# semicolon, past the plan word, holds what that year did, no plan
YEAR_AFTER_THE_PLAN_RE = re.compile(r"[(;]\s*(?:nam |in |en )?(?:19|20)\d\d[^();]*$")


def _target(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A plan word governs the amount ("aims for 8% growth", "kế hoạch là 1,8 tỷ USD"), or the
    amount's own period lies after publication ("by 2030")."""
    amount, seg = work.amounts[index], work.segs[index]
    folded = work.cues.folded
    found = _plan_words(work, index, catalogue)
    governs = (
        found
        and not _actual_verb_after(folded, found[-1].end(), amount.start)
        and not DEED_AFTER_BREAK_RE.search(folded, found[-1].end(), amount.start)
        and not _plan_met_listed(folded, found[-1], amount)
        and not CAUSE_AFTER_PLAN_RE.search(folded, found[-1].end(), amount.start)
        and not YEAR_AFTER_THE_PLAN_RE.search(folded, found[-1].end(), amount.start)
        and not (
            _plan_beaten(folded, found[-1])
            and REACHED_AFTER_BEATEN_RE.search(folded, found[-1].end(), amount.start)
        )
    )
    if (
        governs
        and amount.unit == "percent"
        and amount.start - found[-1].end() <= PLAN_GAP_CHARS
        and not NEXT_ITEM_AFTER_PLAN_RE.search(folded, found[-1].end(), amount.start)
        and PLAN_COMPARED_RE.search(folded, max(0, found[-1].start() - 16), found[-1].start())
    ):  # "cao hơn kế hoạch đề ra 1%": how far past the plan, no plan
        return "a share or a ratio to a plan"
    if governs and _estimate_of_a_closing_period(work, index, found[-1]):
        governs = False  # "cả năm 2020 … sẽ đạt 182 ngàn tỷ đồng" in late December: an estimate
    if (
        governs
        and (
            not _is_ratio_word(folded, found[-1])
            or PLANS_OWN_VALUE_RE.fullmatch(folded, found[-1].end(), amount.start) is not None
        )  # "100.89% of the double-digit scenario of 10.5%": the ratio is the 100.89%
        and not (
            _year_on_year(folded, amount)
            and _plan_beaten(folded, found[-1])
            and not PLANS_VALUE_OPENED_RE.search(folded, found[-1].end(), amount.start)
        )
    ):
        return f"{TARGET_REASON} ({found[-1].group(0)!r})"
    named = amount.unit is not None and TARGET_NOUN_AFTER_RE.match(folded, amount.end)
    if named:  # "close to the province's $1.1 billion target for the whole year"
        return f"{TARGET_REASON} ({named.group(1)!r})"
    modal = MODAL_AFTER_RE.match(folded, amount.end)
    if modal:  # "un milliard devrait provenir de ces trois filières"
        return f"{TARGET_REASON} ({modal.group(1)!r})"
    future = [p for p in work.periods if p.future and p.span[0] < seg.after[1]
              and not _quoted(folded, p.span[0])
              and not term_of_office(folded, p.span[0])]  # fmt: skip
    if future:
        return "a plan or forecast for a later period"
    ahead = any(p.far_ahead and p.span[0] < seg.after[1] for p in work.periods)
    if ahead and FORECAST_RE.search(folded):
        return "a forecast for a period far from over (forecast-ahead)"
    return None


# what a period's figure "will" or "should" come to, or is "expected" to, said as the period
# closes: an estimate of it ("Dự kiến cả năm 2024, tỉnh sẽ thu hút được 1,696 tỷ USD" in
# December, "les exportations devraient atteindre 1,1 milliard de dollars sur les 9 premiers
# mois" in late September, "theo dự tính, chỉ số … trong 11 tháng tăng 15,27%")
ESTIMATE_VERB_RE = re.compile(
    r"(?:se (?:dat|thu hut|tang|len|vuot)|theo du tinh|devrai(?:t|ent) (?:atteindre|depasser)"
    r"|(?:is|are) (?:expected|estimated|projected) to (?:reach|hit|total|top|exceed|come to))"
)


def _estimate_of_a_closing_period(work: Work, index: int, plan: re.Match) -> bool:
    """The plan word is a verb of what is expected, and a period phrase of the amount's sentence
    is over or about to close at publication: the figure is that period's estimate
    (estimate-as-it-closes); a goal word ("mục tiêu", "target") stays a goal."""
    if not ESTIMATE_VERB_RE.fullmatch(plan.group(0)):
        return False
    end = work.segs[index].after[1]
    return any(p.closing and not p.future and p.span[0] < end for p in work.periods)


# "vượt kế hoạch với tỷ lệ 116% và tăng 12% so với cùng kỳ": a rate compared with a year
# earlier is the change of an actual figure, whatever plan was named before it
# ("up 125 percent over 2016", "tăng 5,2% so năm 2023", "22 per cent higher than in the same
# period last year": the year before, named)
YEAR_ON_YEAR_AFTER_RE = re.compile(
    r"\s*(?:so (?:voi )?cung k[iy]|(?:year[- ]on[- ]year|y-o-y)|(?:over|from|on|against) (?:the "
    r"same period|a year (?:earlier|ago))|sur un an|par rapport a la meme periode"
    r"|(?:over|against|compared with|on) (?:19|20)\d\d|so (?:voi )?(?:nam )?(?:19|20)\d\d"
    r"|(?:higher|lower|more|less) than (?:in )?(?:the same period|a year (?:earlier|ago)))"
)


PLAN_GAP_CHARS = 12  # "kế hoạch đề ra 1%": the plan's own few words, then the percentage
NEXT_ITEM_AFTER_PLAN_RE = re.compile(r"[,;]|(?<!\w)(?:and|va|et)(?!\w)")  # "… and 16.5% higher"
PLAN_COMPARED_RE = re.compile(
    r"(?<!\w)(?:cao hon|thap hon|vuot|higher than|lower than|above|below|exceed\w*)(?: the)?\s+$"
)
PLAN_BEATEN_RE = re.compile(
    r"(?<!\w)(?:vuot(?: luon| qua)?(?: muc)?|dat|bang|hoan thanh|cao hon|thap hon"
    r"|(?:exceed\w*|beat\w*|surpass\w*|topp\w*|met|achieved|fulfill?ed|higher than|lower than)"
    r"(?: the| its| their)?"
    # "dépasse de 500 millions de dollars le plan fixé", "39% de plus que prévu dans son plan"
    r"|depass\w*(?: de [^,;]{1,30}?)? (?:le|la|son|sa)"
    r"|de (?:plus|moins) que (?:prevu )?(?:dans )?(?:le|la|son|sa))"
    # "met 13 out of 17 annual targets", "đạt 15/18 chỉ tiêu": how many of the plans were met
    r"(?: \d+(?: out of | of |/)\d+)?"
    r"(?: (?:annual|yearly|full-year|whole-year|key|main|socio-economic))?\s+$"
)
PLAN_BEATEN_CHARS = 40
# "exports beat their target by 14% to reach 236 million USD": what the beaten plan came to
REACHED_AFTER_BEATEN_RE = re.compile(
    r"(?<!\w)(?:to (?:reach|hit|total|stand at)|len (?:den |toi )?|pour atteindre)\s+"
    r"(?:(?:about|nearly|over|more than|some|almost|gan|hon|khoang|tren) )?$"
)


# "thấp hơn mục tiêu năm 2024 của tỉnh là GRDP tăng 8% - 8,5% so với năm 2023": the plan's own
# value follows, however the plan was compared
PLANS_VALUE_OPENED_RE = re.compile(r"(?<!\w)(?:la|is|was|of)(?!\w)")


def _plan_beaten(folded: str, plan: re.Match) -> bool:
    """The plan is named as beaten or met ("vượt kế hoạch"), not as a goal still ahead."""
    start = max(0, plan.start() - PLAN_BEATEN_CHARS)
    return PLAN_BEATEN_RE.search(folded, start, plan.start()) is not None


def _plan_met_listed(folded: str, plan: re.Match, amount: Amount) -> bool:
    """ "Ba chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP 9,40% …": a plan named as met
    or missed, and a colon after it, opens a list of what was done (rule plan-met-listed); so
    does a semicolon ("vượt kế hoạch năm; cán cân thương mại thặng dư 10 tỷ USD")."""
    gap = folded[plan.end() : amount.start]
    return _plan_beaten(folded, plan) and (
        ":" in gap
        or ";" in gap
        or PARTS_OPENED_RE.search(folded, plan.end(), amount.start) is not None
    )


# "… đã vượt luôn chỉ tiêu đề ra cho cả năm, trong đó có 73 dự án được cấp phép mới": the parts
# of what beat the plan
PARTS_OPENED_RE = re.compile(rf"(?<!\w)(?:{PARTS_OPENER}|including)(?!\w)")


def _year_on_year(folded: str, amount: Amount) -> bool:
    """A percentage compared with a year earlier right after it (rule yoy-is-no-plan)."""
    return amount.unit == "percent" and YEAR_ON_YEAR_AFTER_RE.match(folded, amount.end) is not None


def _plan_words(work: Work, index: int, catalogue: Catalogue) -> list[re.Match]:
    """The plan words that may govern the amount: from a little before the list it closes."""
    words, folded = catalogue.words["target"], work.cues.folded
    if not work.cues.may_have(words):
        return []  # the usual case: no plan word in the sentence
    amount = work.amounts[index]
    start = max(0, work.amounts[_list_start(work, index)].start - TARGET_REACH)
    # (read up to the amount's end: "phải đạt 11,5%" looks ahead to the rate it governs)
    return [m for m in words.finditer(folded, start, amount.end)
            if m.end() <= amount.start
            and not PLANNING_BODY_RE.match(folded, max(0, m.start() - 3))
            and not _plan_carried_out(folded, m)
            and not _closed_aside(folded, m.start(), amount.start)
            and not _parks_of_the_plan(work, index, catalogue, m.start())]  # fmt: skip


# "approved investment plans for four projects", "approved expansion plans for 13 projects",
# "ont validé des plans d'investissement pour 16 projets", "approved the province's plan for two
# more industrial parks": a plan approved for what it names is a deed, not a goal
APPROVED_BEFORE_PLAN_RE = re.compile(
    r"(?<!\w)(?:approved|approves|approving|validee?s?|a valide|ont valide)"
    r"(?: (?:the|its|their|des|les|le|la|[\w-]+'s|investment|expansion|capital|development)){0,3}"
    r" $"
)
# "Reviewing the implementation of the 2022 socio-economic development plan, … said GRDP
# increased by 20.7%", "tình hình thực hiện kế hoạch năm 2023": a report on how a plan went
IMPLEMENTED_PLAN_RE = re.compile(
    r"(?<!\w)(?:implementation of|implementing|(?:tinh hinh|ket qua) thuc hien"
    r"|bilan (?:de la mise en oeuvre )?(?:du|de la|des))(?: the| its| their)?(?: [\w'-]+){0,5} $"
)
PLAN_FOR_RE = re.compile(r"plans?(?: d.investissement)? (?:for|pour)\s")
CARRIED_OUT_CHARS = 60


def _plan_carried_out(folded: str, plan: re.Match) -> bool:
    """The plan word names a plan approved for what follows ("approved investment plans for four
    projects"), or one whose implementation is reviewed: deeds, not goals."""
    before = max(0, plan.start() - CARRIED_OUT_CHARS)
    if IMPLEMENTED_PLAN_RE.search(folded, before, plan.start()):
        return True
    return (
        PLAN_FOR_RE.match(folded, plan.start()) is not None
        and APPROVED_BEFORE_PLAN_RE.search(folded, before, plan.start()) is not None
    )


# "met its goal for foreign investment: investors put more than 1 billion USD into it": after
# a colon or semicolon, a subject that put money in says what was done, not what was planned
DEED_AFTER_BREAK_RE = re.compile(
    r"[:;]\s*(?:[\w-]+\s+){0,4}?(?:put|poured|pumped|injected|invested|brought|rot)(?!\w)"
)


# "vượt dự toán là nhờ kinh tế thành phố … ước tăng 16,5%", "beat the plan thanks to exports
# that rose 12%": what the plan owes its result to was done, not planned
CAUSE_AFTER_PLAN_RE = re.compile(
    r"(?<!\w)(?:(?:la |chu yeu )?nho(?: vao| co)?|thanks to|owing to|grace a)(?!\w)"
)


# the noun right after a sum makes it a plan's: "$1.1 billion target", "$2 billion goal",
# "the $1.4 billion the province had set as its target for the year", 'the 7.89% "scenario"'
TARGET_NOUN_AFTER_RE = re.compile(
    r"\s(?:(?:that |which )?(?:the |its )?(?:[\w-]+ ){0,2}?(?:had |has |have )?(?:set|planned|"
    r"fixed|assigned) (?:as |for )?(?:its |their |the )?|(?:growth|export|investment|fdi) )?"
    r"[\"“‘']?(target|goal|plan|objective|scenario)s?(?!\w)"  # (quoted too: the 7.89% "scenario")
)
LIST_BREAK_RE = re.compile(r"[;:]|\.\s")
# the sum is the subject of what should, could or will come: "un milliard devrait provenir de
# ces filières", "$1 billion is expected to come from FDI", "1 tỷ USD sẽ đến từ"
MODAL_AFTER_RE = re.compile(
    r"\s+(?:(?:de |d')?(?:dollars?|usd|dongs?)\s+)?(devrai(?:t|ent)|pourrai(?:t|ent)"
    r"|(?:is|are) expected to|will|would|should|(?:du kien )?se)\s"
)


def _list_start(work: Work, index: int) -> int:
    """The first amount of the list this one closes ("aims for growth of 10.5%, exports up
    over 10% and a trade surplus of over 11.2 billion USD"): a plan word before the list
    governs all of it. No actual verb, period or clause end stands between the list's amounts."""
    folded, first = work.cues.folded, index
    while first > 0:
        gap = (work.amounts[first - 1].end, work.amounts[first].start)
        if (
            LIST_BREAK_RE.search(folded, *gap)
            or ACTUAL_VERB_RE.search(folded, *gap)
            or any(gap[0] <= p.span[0] < gap[1] for p in work.periods)
        ):
            break
        first -= 1
    return first


ASIDE_DASH_RE = re.compile(r"\s[-–—]\s")
ASIDE_CHARS = 80


def _closed_aside(folded: str, at: int, end: int) -> bool:
    """The word at `at` lies in an aside closed before `end`: "X – beating the whole year's plan
    – with 73 new projects", "X (over the plan) with 73 new projects"."""
    if closed_aside(folded, at, at, end, ASIDE_CHARS):
        return True
    dash_before = ASIDE_DASH_RE.search(folded, max(0, at - ASIDE_CHARS), at)
    return bool(dash_before and ASIDE_DASH_RE.search(folded, at, end))


def _quoted(folded: str, at: int) -> bool:
    """'Số liệu trong "Báo cáo ... năm 2013, phương hướng nhiệm vụ năm 2014" cho thấy': a year
    inside a quoted title names the document, not the figures' period."""
    before = folded[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _actual_verb_after(folded: str, start: int, end: int) -> bool:
    """An actual verb between a plan word and the amount ("the plan was beaten: it reached X")
    ends the plan's reach; the plan's own verb right after it ("chỉ tiêu thu hút X", "target
    attracting X") does not."""
    verbs = [m for m in ACTUAL_VERB_RE.finditer(folded, start, end)
             if not PLAN_COPULA_RE.search(folded, start, m.start())
             and not PLAN_MODAL_RE.search(folded, start, m.start())]  # fmt: skip
    if verbs and PLAN_YEAR_RE.fullmatch(folded, start, verbs[0].start()):
        verbs = verbs[1:]  # "mục tiêu năm 2021 thu hút X", "goal for 2021 of attracting X"
    elif verbs and PLAN_OBJECT_RE.fullmatch(folded, start, verbs[0].start()):
        verbs = verbs[1:]  # "đặt mục tiêu giá trị xuất khẩu hàng hóa đạt 8 tỷ USD": the plan's
    return bool(verbs)


# nothing but the plan's year between the plan word and its verb
PLAN_YEAR_RE = re.compile(
    r"\s*(?:(?:cho |cua |for |in |of )?(?:nam |the year )?(?:19|20)\d\d,?)?\s*"
)
# the quantity the plan is for, and nothing else, between the plan word and its verb
PLAN_OBJECT_RE = re.compile(
    r"\s*(?:gia tri|kim ngach|tong muc|von|thu ngan sach|xuat khau|nhap khau|tang truong|grdp)"
    r"(?:\s+(?!(?:va|chua|khong)\b)[^\W\d_]+){0,5}?\s+"
)
# "Kế hoạch năm nay của tỉnh là thu hút khoảng 1 tỷ USD", "the goal is to attract", "the goal of
# attracting": the plan's verb
# ("Mục tiêu phấn đấu của tỉnh là cả năm 2024 đạt X": the plan's year may stand before its verb)
PLAN_COPULA_RE = re.compile(
    r"(?<!\w)(?:la|is to|was to|are to|were to|of)"
    r"(?:\s+(?:ca |trong |den (?:het |cuoi )?)?nam(?: nay| (?:19|20)\d\d)?,?)?\s+$"
)
# "Theo kế hoạch, năm 2022 Đồng Nai dự kiến thu hút …", "the plan: the city expects to attract":
# a verb the plan's subject only expects to do is still the plan's
PLAN_MODAL_RE = re.compile(
    r"(?<!\w)(?:du kien|ky vong|se|expects? to|is expected to|hopes? to|plans? to)\s+$"
)


def _is_ratio_word(folded: str, match: re.Match) -> bool:
    """ "đạt 96% dự toán", "81% of the annual plan", "45% above the yearly goal", "86% de
    l'objectif": the plan word follows a percentage within a few words."""
    return bool(RATIO_WORD_BEFORE_RE.search(folded, 0, match.start()))


PLANS_OWN_VALUE_RE = re.compile(r"\s+(?:of|la|de)\s+")  # "the scenario of 10.5%": its own value
RATIO_WORD_BEFORE_RE = re.compile(r"(?:%|percent|per cent)\s*(?:[\w.'-]+\s+){0,4}(?:\w')?$")


# a comparison restated as the amount it rose or fell by: "tương đương tăng hơn 481 triệu USD",
# "(tương đương thêm 66,9 triệu USD)", "equivalent to an increase of $48 million"
RESTATED_DELTA_RE = re.compile(
    r"(?:tuong duong|tuong ung|equivalent to|or|tuc la)(?: voi)?(?: muc)? (?:tang|giam|them"
    r"|nhieu hon|it hon|cao hon|thap hon"
    r"|an? (?:increase|rise|decrease|fall|drop) of)(?: them| hon| khoang| gan| more than| over)?"
    r"\s*\S{0,4}$"
)


# a sum right after "cao hơn"/"thấp hơn": by how much the figure beat or trailed its base (or the
# base itself), never the level reached
HIGHER_BY_RE = re.compile(r"(?<!\w)(?:cao|thap) hon(?: (?:khoang|gan|tren|hon|xap xi))?\s*$")
# an amount, then "higher by" another one in the next clause: the second is how much more
BY_ABOUT = r"(?: (?:khoang|gan|tren|hon|about|nearly|more than|over))?"  # "higher by about X"
SUM_THEN_DELTA_RE = re.compile(rf"\s*,\s*(?:{MORE_OR_LESS_BY}){BY_ABOUT}\s*")


def _delta(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "tăng 95 dự án và 1,2 tỷ USD so với cùng kỳ": an increment, not a level."""
    amount, seg = work.amounts[index], work.segs[index]
    if amount.unit == "percent":
        return None
    folded = work.cues.folded
    lead = folded[max(0, amount.start - 24) : amount.start]
    if DELTA_BASE_LEAD_RE.search(folded, max(0, amount.start - 40), amount.start):
        return DELTA_REASON
    if DELTA_OTHER_LEAD_RE.search(folded, max(0, amount.start - 44), amount.start):
        return DELTA_REASON
    if RESTATED_DELTA_RE.search(lead):  # "gấp 2,78 lần cùng kỳ, tương đương tăng hơn 481 triệu"
        return DELTA_REASON
    if index and SUM_THEN_DELTA_RE.fullmatch(folded, work.amounts[index - 1].end, amount.start):
        return DELTA_REASON  # "tổng vốn là 860,9 triệu USD, cao hơn 169,5 triệu USD"
    if _rise_of_the_sum_before(work, index):
        return DELTA_REASON
    if amount.is_money and HIGHER_BY_RE.search(lead):
        return DELTA_REASON  # "số dự án tuy ít hơn năm 2016 nhưng vốn lại cao hơn 35,851 triệu USD"
    if BY_DELTA_LEAD_RE.search(lead) and not ADDED_CAPITAL_RE.search(
        folded, max(0, amount.start - ADDED_CAPITAL_REACH), amount.start
    ):
        return DELTA_REASON  # "budget revenue increased by over VND 19,450 billion"
    clause = folded.rfind(";", 0, amount.start) + 1  # "…; so với cùng kỳ, số vốn tăng X"
    if (
        DELTA_LEAD_RE.search(lead) or (amount.unit is None and UP_OR_DOWN_LEAD_RE.search(lead))
    ) and (
        COMPARE_AFTER_RE.search(folded, amount.end, seg.after[1] + 40)
        or COMPARE_OPENING_RE.match(folded, clause)
    ):
        return DELTA_REASON
    return None


# ", tăng 181 triệu USD", ", up $40 million" right after a sum in the same currency
SUM_THEN_RISE_RE = re.compile(rf"\)?\s*,\s*(?:tang|giam|up|down){BY_ABOUT}\s*")


def _rise_of_the_sum_before(work: Work, index: int) -> bool:
    """ "cấp mới 157 dự án, tăng 51 dự án so với cùng kỳ, với vốn đăng ký hơn 815 triệu USD,
    tăng 181 triệu USD", "Bình Dương với kim ngạch 14,75 tỷ USD, giảm 3,55 tỷ USD": a sum told
    as the rise or fall right after another in its currency is how much that one moved
    (sum-then-rise; "tăng thêm", the capital projects added, is no rise of the sum)."""
    if not index:
        return False
    amount, before = work.amounts[index], work.amounts[index - 1]
    folded = work.cues.folded
    return (
        amount.is_money
        and before.unit == amount.unit
        and SUM_THEN_RISE_RE.fullmatch(folded, before.end, amount.start) is not None
    )


PLAN_GAP_REASON = "the gap to a plan or forecast, not a level"
# "$2.5 billion more than planned", "300 million USD above the plan for the year", "50 millions
# de dollars de plus que prévu", "vượt 300 triệu USD so với kế hoạch": the amount a plan was beaten
# or missed by
PLAN_GAP_AFTER_RE = re.compile(
    r"\s*(?:(?:more|less|higher|lower|fewer) than|above|below|over|under|short of|ahead of"
    r"|in excess of|de (?:plus|moins)(?: que| qu'| par rapport a)?|au-(?:dessus|dessous) d[eu']"
    rf"|{MORE_OR_LESS_VI}|so voi|vuot)"
    r"\s*(?:the |its |this year's |l'|le |la )?(?:annual |yearly |full-year |whole-year |initial "
    r"|original )?(?:planned|plans?|targets?|targeted|goals?|expected|forecasts?|projected"
    r"|estimates?|prevu|objectifs?|ke hoach|chi tieu|muc tieu|du toan|du kien)(?!\w)"
)


# "$348 million more than in the same period of 2024", "12 projects fewer than a year earlier",
# "50 millions de dollars de plus qu'un an plus tôt": by how much a year before was beaten
YEAR_GAP_AFTER_RE = re.compile(
    r"\s*(?:(?:more|less|fewer|higher|lower) than|above|below|de (?:plus|moins) qu)"
    r"\s*'?\s*(?:in |during |for |at |over )?(?:the same (?:period|time|months?)|the (?:previous|"
    r"prior|preceding) year|the year before|last year|a year (?:earlier|ago|before)"
    r"|un an plus tot|(?:la )?meme periode|(?:19|20)\d\d(?!\w))"
)
# "31 projects and $348 million more than …": a count that shares the comparison of a sum
COUNT_AND_SUM_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:and|va|et)\s+")


def _year_gap(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "49 new projects worth $840 million, 31 projects and $348 million more than in the same
    period of 2024": the gap to a year before, said after the levels it is a gap of."""
    amount, folded = work.amounts[index], work.cues.folded
    end, nxt = amount.end, index + 1
    if (
        amount.unit is None
        and nxt < len(work.amounts)
        and COUNT_AND_SUM_RE.fullmatch(folded, end, work.amounts[nxt].start)
    ):
        end = work.amounts[nxt].end
    if amount.unit == "percent" or not YEAR_GAP_AFTER_RE.match(folded, end):
        return None
    return DELTA_REASON if _level_before(work, index) else None


def _plan_gap(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "it drew $7.9 billion, $2.5 billion more than planned": by how much a plan was beaten,
    said after the level it is a gap of (without one, "drew 1.3 billion USD, above the plan"
    is the level)."""
    amount = work.amounts[index]
    if amount.unit == "percent" or not PLAN_GAP_AFTER_RE.match(work.cues.folded, amount.end):
        return None
    return PLAN_GAP_REASON if _level_before(work, index) else None


# "đạt 67,7% dự toán HĐND tỉnh giao (14.032,3 tỷ đồng)", "42 percent of the resolution's target
# (VND 14 trillion)": the plan's own sum, bracketed after the share of it
PLAN_VALUE_BEFORE_RE = re.compile(
    r"\d ?%\s*(?:of (?:the |its )?)?(?:[\w'-]+ ){0,2}?(?:du toan|chi tieu|ke hoach|plan|target"
    r"|estimate|objectif|previsions?)(?!\w)[^()%\d;]{0,40}\(\s*$"
)


def _plan_value(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A sum in brackets right after a share of a plan is the plan's, not the figure
    (plan-value-in-brackets)."""
    amount, folded = work.amounts[index], work.cues.folded
    if not amount.is_money or not amount.in_parens:
        return None
    if not PLAN_VALUE_BEFORE_RE.search(folded, max(0, amount.start - 90), amount.start):
        return None
    return "the plan's sum, in brackets after the share of it (a target)"


def _level_before(work: Work, index: int) -> bool:
    """An amount in the same unit stands before this one: the level a gap after it is a gap of."""
    unit = work.amounts[index].unit
    return any(a.unit == unit for a in work.amounts[:index])


# "dệt (+5,2%)", "chì chưa gia công (tăng trưởng 46,09%)", "(sụt giảm 3%)"
# "tốc độ tăng trưởng kinh tế … đã trở lại mức dương (tăng 4,02%)", "giữ được tốc độ tăng trưởng
# kinh tế cao (8,28%)": the growth itself told in brackets, no item of a list
GROWTH_BEFORE_PARENS_RE = re.compile(
    r"(?:toc do tang truong(?! (?:cua )?(?:nganh|khu vuc|linh vuc))|tang truong kinh te"
    r"|muc (?:duong|am)|growth rate|economic growth)"
    r"[^();,]{0,40}\((?:tang |giam |up |down )?$"
    # "l'indice … a lui aussi sensiblement grimpé (+15,21%)": the verb's own change in brackets
    # ("the IIP rising sharply (14.38%)", "IIP … vẫn thấp hơn khá nhiều (-13,49%)")
    r"|(?:grimpe|augmente|progresse|bondi|recule|baisse|rose|grew|climbed|increased|fell"
    r"|dropped|rising|falling|surged|jumped|tang|giam|nhich len|di len|di xuong|thap hon"
    r"|cao hon)(?: \w+)?(?: (?:sharply|strongly|steeply|significantly|markedly|kha nhieu|dang ke))?"
    r" \([+-]?$"
)
# "thấp hơn quý I (14,8%)", "kém năm 2017 (7,02%) và năm 2018 (7,15%)", "above 2019 (15%)": an
# earlier period compared with, its own rate in parentheses (compared-period-rate)
COMPARED_PERIOD = (
    r"(?:(?:nam|in) )?(?:19|20)\d\d|quy (?:iv|i{1,3}|[1-4])(?:[/-](?:19|20)\d\d)?"
    r"|the (?:first|second|third|fourth) quarter(?: of (?:19|20)\d\d)?"
)
COMPARED_PERIOD_CHARS = 120
COMPARED_PERIOD_RE = re.compile(
    r"(?<!\w)(?:hon|kem|vuot|so voi|than|above|below)(?!\w)[^.;%()]{0,60}?"
    rf"(?:(?:{COMPARED_PERIOD}){ITS_OWN_RATE}\s*(?:,|va|and|et)?\s*)*"
    rf"(?<!\w)(?:{COMPARED_PERIOD})\s*\(\s*$"
)


def compared_period_rate(work: Work, index: int) -> bool:
    """ "kém năm 2017 (7,02%)": the rate is that of a period compared with (asked by several
    rules of one percentage, so worked out once)."""
    start = work.amounts[index].start
    return work.cues.once(
        ("compared-period rate", start),
        lambda: bool(COMPARED_PERIOD_RE.search(
            work.cues.folded, max(0, start - COMPARED_PERIOD_CHARS), start)),
    )  # fmt: skip


ITEM_IN_PARENS_RE = re.compile(
    r"[a-z] \((?:\+|-|tang |giam |tang truong |sut giam |up |down |rising |falling )?$"
)


# "Domestic firms accounted for 21.5% of the total, their exports rising 14.4%": the part a
# share was given of, then its own change (rule the-shares-own-change)
THEIR_CHANGE_RE = re.compile(r"(?<!\w)(?:their|its|leurs?)\s+(?:[\w-]+\s+){1,3}$")
SHARE_GIVEN_RE = re.compile(
    r"(?<!\w)(?:accounted for|accounting for|made up|making up|took|represent\w*|chiem)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:the other |another )?\d[\d.,]*\s?(?:%|percent|per cent)"
)
THEIR_CHARS = 30


def _the_shares_own_change(folded: str, start: int) -> bool:
    """A change told of "their" or "its" exports after a share of the total in the sentence."""
    return bool(
        THEIR_CHANGE_RE.search(folded, max(0, start - THEIR_CHARS), start)
        and SHARE_GIVEN_RE.search(folded, 0, start)
    )


# "made up 55.2% of GRDP", "or 25 percent of the GRDP", "chiếm 30% GRDP", "represented 3.25 pct
# of national GDP": a part of the economy's output, whatever verb stands before it; "contributed
# 9.58% to GRDP", "đóng góp 3,2% vào mức tăng GRDP": a sector's part of its growth
OUTPUT_WORDS = (  # the economy's output: "GRDP", "gross domestic product", "produit intérieur brut"
    r"(?:grdp|gdrp|grp|gdp|pib|gross (?:regional )?domestic product|produit interieur brut)(?!\w)"
)
SHARE_OF_OUTPUT_RE = re.compile(
    r"\s*(?:(?:of|to) (?:the )?(?:province.s |city.s |provincial |national )?|cua |trong |du |au "
    rf"|vao (?:muc )?(?:tang (?:truong )?)?)?{OUTPUT_WORDS}(?! growth)"
    r"|\s*(?:to|vao) (?:the )?(?:province.s )?(?:economic growth|growth|tang truong)(?!\w)"
)


# "The share of industry and construction in GDP went up from 28.8 per cent", "tỷ trọng công
# nghiệp trong GRDP tăng từ 28,8%": a sector's share of the output, told before the amount (and
# the later of two, "from 45.1 percent in 1997 to 9.3 percent")
SHARE_IN_OUTPUT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:share|proportion|ratio|ty trong|part)(?: of| cua)? [^.;\d]{0,60}?"
    rf"(?:in|of|to|trong|dans) (?:the )?(?:province.s |provincial )?{OUTPUT_WORDS}"
    r"(?: \(\w+\))?[^.;\d]{0,30}"
    r"(?:from \d[\d.,]* ?(?:%|percent|per cent)(?: in (?:19|20)\d\d)? to )?$"
)
SHARE_IN_OUTPUT_CHARS = 130


def percent_reason(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """Why a percentage is neither a growth rate nor an occupancy: a share, a ratio to a plan,
    or a change against the previous month or quarter."""
    amount, seg = work.amounts[index], work.segs[index]
    folded = work.cues.folded
    after = (amount.end, min(seg.after[1], amount.end + 40))
    first = _first_of_its_list(work, index)  # "making up 23 percent and 2 percent": both shares
    before = (max(work.segs[first].before[0], work.amounts[first].start - 30), amount.start)
    ratio = catalogue.words["ratio"]
    if (
        amount.in_parens
        and ITEM_IN_PARENS_RE.search(folded, max(0, amount.start - 20), amount.start)
        and not _change_in_parens(work, index)
        and not GROWTH_BEFORE_PARENS_RE.search(folded, max(0, amount.start - 60), amount.start)
        and not compared_period_rate(work, index)
    ):
        return "the change of one item of a list, in parentheses"
    if SURVEY_SHARE_RE.match(folded, amount.end):
        return "a share of the businesses surveyed"
    if (
        SHARE_OF_OUTPUT_RE.match(folded, amount.end)
        or SHARE_IN_OUTPUT_BEFORE_RE.search(
            folded, max(0, amount.start - SHARE_IN_OUTPUT_CHARS), amount.start
        )
        or _listed_after_a_share_of_output(work, index, catalogue)
    ):
        return "a share of the economy's output (GRDP), not its growth"
    own = period_of(work, index, "rate")  # "6.2 percent in the 1991-1995 period": the span's
    over_years = own is not None and own.several_years and own.explicit_year  # average
    if (
        over_years
        or PER_YEAR_RE.match(folded, amount.end)
        or (
            AVERAGE_BEFORE_RE.search(folded, max(0, amount.start - 80), amount.start)
            and not OCCUPANCY_BEFORE_RE.search(folded, max(0, amount.start - 60), amount.start)
        )
    ):  # (not "Occupancy across the industrial zones averaged 63%": an average over the parks)
        return "an average yearly rate over several years, not one period's"
    items = catalogue.words.get("product_items")
    if (
        items
        and items.match(folded.lstrip(" \"'(-"))
        or ITEMS_COLON_RE.search(folded, 0, amount.start)
    ) and not _a_listed_catalogue_figure(work, index, catalogue):
        return "the change of one product or item (the sentence lists them)"
    if _change_of_the_rate_before(work, index):
        return RATE_DELTA_REASON
    if YEAR_AGO_RATIO_RE.match(folded, amount.end):
        return None  # "equal to 94.1% of the same period": a change, whatever stands before
    if (ratio.search(folded, *after) and not _year_on_year(folded, amount)) or ratio.search(
        folded, *before
    ):  # ("34 percent year on year, that is equal to 55
        return "a share or a ratio to a plan"  # percent of the plan": the 55 is the ratio)
    if SHARE_HEAD_RE.search(folded, folded.rfind(";", 0, amount.start) + 1, amount.start):
        return "a share (the clause is about one)"
    compared = compared_period_rate(work, index)  # "… mức tăng của quý II (2,09%)": dated
    if not compared and BASE_RATE_BEFORE_RE.search(
        folded, max(0, amount.start - BASE_RATE_CHARS), amount.start
    ):
        return "the rate it is compared with (a base, not the period's figure)"
    if not compared and FASTER_BY_BEFORE_RE.search(
        folded, max(0, amount.start - BASE_RATE_CHARS), amount.start
    ):
        return "how much faster or slower than another rate (a difference)"
    if _the_shares_own_change(folded, amount.start):
        return "the change of a part whose share of the total was just given"
    if (
        INVESTMENT_CUE_RE.search(folded, seg.before[0], amount.start)
        and DOMESTIC_WORDS.search(folded)
        and not FOREIGN_WORDS.search(folded)
    ):
        return "the change of a domestic investment figure (no catalogue metric)"
    if _a_sector_by_ownership(folded, amount.start):
        return "the change of one sector by ownership (state, private, foreign), not the total's"
    if _against_another_month(work, amount, seg):
        return AGAINST_THE_PERIOD_BEFORE
    month = catalogue.words["month_on_month"]
    mom = month.search(folded, amount.end, seg.after[1] + 1)
    yoy = catalogue.words["change"].search(folded, amount.end, seg.after[1] + 1)
    respective = _respective_base(work, index, month)
    if respective is not None:  # "by 9% and 12.3% compared with the prior month and with the
        return AGAINST_THE_PERIOD_BEFORE if respective == "month" else None  # same
        # period a year earlier, respectively"
    if mom and not (yoy and yoy.start() < mom.start() and _is_yoy_word(yoy.group(0))):
        return AGAINST_THE_PERIOD_BEFORE
    mom_before = month.search(folded, *seg.before)
    yoy_before = [m for m in catalogue.words["change"].finditer(folded, *seg.before)]
    if mom_before and not any(_is_yoy_word(m.group(0)) for m in yoy_before) and not yoy:
        return AGAINST_THE_PERIOD_BEFORE
    return None


AGAINST_THE_PERIOD_BEFORE = "a change against the previous month or quarter"


# "khu vực nhà nước tăng 3,49%; khu vực tư nhân tăng 6,72%; FDI tăng 9,39%", "State capital …
# rising 15.8%; non-state capital …, rising 9.7%; and foreign investment capital …, rising 9.3%":
# a total split by ownership, each sector's own change
STATE_SECTOR_RE = re.compile(
    r"(?<!ngoai )(?<!non-)(?<!non )(?:khu vuc (?:kinh te )?nha nuoc|(?:von|doanh nghiep|dn) nha "
    r"nuoc|state(?:-owned)? (?:sector|capital|enterprises|firms|economy|investment)"
    r"|secteur public)(?!\w)"
)
PRIVATE_SECTOR_RE = re.compile(
    r"(?<!\w)(?:ngoai (?:nha nuoc|quoc doanh)|tu nhan|non-state|private sector|secteur prive)"
    r"(?!\w)"
)
# "Khu vực kinh tế trong nước tăng 18% …, còn khối doanh nghiệp vốn ngoại tăng 24%"
DOMESTIC_SECTOR_RE = re.compile(
    r"(?<!\w)(?:khu vuc (?:kinh te )?trong nuoc|domestic (?:economic )?sector)(?!\w)"
)
# the foreign words, and "vốn ngoại" that names the sector here (not everywhere: as a count's
# origin it would take the domestic projects' counts for foreign ones)
FOREIGN_SECTOR_RE = re.compile(rf"{FOREIGN_WORDS_RE.pattern}|(?<!\w)von ngoai(?!\w)")


def _a_sector_by_ownership(folded: str, at: int) -> bool:
    """The rate's clause names the foreign sector, in a sentence that also names the state and
    the private sectors, or the domestic one: one part of a total split by ownership."""
    clause = folded.rfind(";", 0, at) + 1
    if FOREIGN_SECTOR_RE.search(folded, clause, at) is None:
        return False  # (asked first: the usual case, and the narrower search)
    return bool(
        (STATE_SECTOR_RE.search(folded) and PRIVATE_SECTOR_RE.search(folded))
        or DOMESTIC_SECTOR_RE.search(folded)
    )


# "nhiều sản phẩm chủ lực tăng mạnh: đường tăng 134%, thép tăng 20%": items after a colon
def _a_listed_catalogue_figure(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "Several sectors grew strongly: …, with the Index of Industrial Production (IIP) up
    11.5%; exports rose by 16.67%": an item of the list that a catalogue rate names in its own
    clause is that rate (listed-catalogue-figure)."""
    amount, folded = work.amounts[index], work.cues.folded
    start = after_last_mark(folded, amount.start)
    rated = {m.topic for m in catalogue.metrics if m.unit == "percent"}
    return any(
        c.label in rated and start <= c.start and c.end <= amount.start for c in work.cues.topics
    )


ITEMS_COLON_RE = re.compile(
    r"(?<!\w)(?:san pham|mat hang|nhom hang|(?<!toan )nganh|products|items|goods|industries)"
    r"(?: [\w-]+){0,8}\s*:"
)
# "and" alone between two rates ("fell 3% and 5%", "giảm lần lượt 2,47% và 7,98%"); narrower
# than scope.RUN_GAP_RE on purpose: a word between them ("giảm 2% và tăng 3%") may carry its own
# sign
RUN_JOIN_RE = re.compile(r"\s*(?:,|va|and|et)\s*")


def joined_alone(folded: str, left: Amount, right: Amount) -> bool:
    """The two amounts, one right after the other, are joined by "and" (or a comma) alone."""
    return RUN_JOIN_RE.fullmatch(folded, left.end, right.start) is not None


# the year-ago base among the bases a "respectively" pairs with its rates
YEAR_BASE_RE = re.compile(
    r"(?<!\w)(?:same (?:period|month|time)|a year (?:earlier|ago|before)|year[- ]on[- ]year"
    r"|cung k[iy]|un an|meme periode)(?!\w)"
)


def _respective_base(work: Work, index: int, month: LeadScan) -> str | None:
    """ "month" or "year": the base a rate of a pair takes when the bases follow in the same
    order, "respectively"; None when the sentence does not pair them."""
    place = _place_in_a_pair(work, index)
    if place is None:
        return None
    folded, amount = work.cues.folded, work.amounts[index]
    if not RESPECTIVELY.search(folded, amount.end):
        return None
    by_month, by_year = month.search(folded, amount.end), YEAR_BASE_RE.search(folded, amount.end)
    if by_month is not None and by_year is None and place == 0:
        return "month"  # "up 2.13 percent and 2.9 percent respectively from the previous month"
    if by_month is None or by_year is None:
        return None
    return "month" if (place == 0) == (by_month.start() < by_year.start()) else "year"


def _place_in_a_pair(work: Work, index: int) -> int | None:
    """0 or 1: the rate's place in a pair of rates ("by 9% and 12.3%"), or None."""
    amounts, folded = work.amounts, work.cues.folded

    def paired(a: int, b: int) -> bool:
        return (
            0 <= a < b < len(amounts)
            and amounts[a].unit == amounts[b].unit == "percent"
            and joined_alone(folded, amounts[a], amounts[b])
        )

    if paired(index, index + 1) and not paired(index - 1, index):
        return 0
    if paired(index - 1, index) and not paired(index, index + 1):
        return 1
    return None


PERCENT_LIST_GAP_RE = re.compile(r"\s*(?:,|and|va|et|,\s*and)\s*")


def _listed_after_a_share_of_output(work: Work, index: int, catalogue: Catalogue) -> bool:
    """A percentage that goes on a list of the economy's parts ("industry made up 41.3% of
    GRDP in 2025 (industry alone 35%), services 29%"): no change is told between it and the
    share of the output before it in the sentence."""
    folded, start = work.cues.folded, work.amounts[index].start
    return any(
        before.unit == "percent"
        and SHARE_OF_OUTPUT_RE.match(folded, before.end)
        and not catalogue.words["change"].search(folded, before.end, start)
        for before in work.amounts[:index]
    )


def _first_of_its_list(work: Work, index: int) -> int:
    """The first percentage of the list ("23 percent and 2 percent") the amount ends."""
    while (
        index
        and work.amounts[index - 1].unit == "percent"
        and PERCENT_LIST_GAP_RE.fullmatch(
            work.cues.folded, work.amounts[index - 1].end, work.amounts[index].start
        )
    ):
        index -= 1
    return index


# "tăng hơn 1,7% so với tháng 9-2019" (of October 2019's index): another month named with its year
COMPARE_LEAD = r"(?:so (?:voi )?|(?:khi )?dat canh )"  # "so với", "(khi) đặt cạnh tháng 6/2018"
COMPARED_MONTH_RE = re.compile(rf"\s*{COMPARE_LEAD}{MONTH_OF_YEAR}")
# ("đặt cạnh tháng 4, kết quả này giảm 2%, nhưng so với cùng kỳ vẫn tăng 21,5%": the year unsaid)
COMPARED_MONTH_BEFORE_RE = re.compile(
    rf"(?<!\w){COMPARE_LEAD}(?:{MONTH_OF_YEAR}|thang \d{{1,2}}(?![\d/.-])(?! nam )"
    r"|thang (?:lien )?truoc(?!\w))"  # "So với tháng trước, chỉ số … tăng 1,84%"
)
# "32.46% higher than in October 2025", "up 4% on October 2025": the month named in English
COMPARED_MONTH_EN_RE = re.compile(
    r"\s*(?:(?:higher|lower|more|less|up|down) )?(?:than|on|from|against|compared (?:with|to))"
    rf" (?:in |that (?:of|in) )?(?P<name>{MONTH_NAMES}),? (?:of )?(?P<year>(?:19|20)\d\d)"
)
SAME_PERIOD_AFTER_RE = re.compile(rf"(?<!\w){COMPARE_LEAD}cung ky(?!\w)")
# a year-ago base between the month named and the rate: the rate is against that one
YEAR_AGO_BETWEEN_RE = re.compile(r"(?<!\w)(?:cung k[iy]|nam (?:truoc|ngoai))(?!\w)")


def _against_another_month(work: Work, amount: Amount, seg: Segment) -> bool:
    """A month-long figure compared with a month named with its year that is not the same month
    a year earlier ("tháng 10-2019 tăng hơn 1,7% so với tháng 9-2019") is a month-on-month change
    (the same month a year earlier, "so với tháng 10-2018", is year on year); so is one compared
    first with a named month and then with the same period ("So với tháng 9/2020, con số này tăng
    11,4%, còn so với cùng kỳ năm trước thì tăng 5,8%")."""
    folded = work.cues.folded
    found = COMPARED_MONTH_RE.match(folded, amount.end)
    english = None if found else COMPARED_MONTH_EN_RE.match(folded, amount.end)
    if english:
        month, year = MONTHS[english["name"]], int(english["year"])
    elif found is None:
        clause = max(folded.rfind(mark, 0, amount.start) for mark in ";.") + 1
        previous = max((a.end for a in work.amounts if a.end <= amount.start), default=None)
        base = COMPARED_MONTH_BEFORE_RE.search(folded, max(clause, previous or 0), amount.start)
        if base is None or (
            previous is not None and not folded[previous : base.start()].strip(" ,")
        ):
            return False  # "nhích 9,8% so với tháng 4 và tăng 19,6%": the month is 9,8%'s base
        return bool(
            SAME_PERIOD_AFTER_RE.search(folded, amount.end)
            or (
                base["year"] is None  # (a month named with its year may be a year earlier's)
                and not YEAR_AGO_BETWEEN_RE.search(folded, base.end(), amount.start)
            )
        )
    else:
        month, year = int(found["month"]), int(found["year"])
    own = [p for p in work.periods if p.within_month and p.end and p.span[1] <= amount.start]
    if not own:  # "Turnover for the month came to …, 32.46% higher than in October 2025": a
        return english is not None  # year-ago base named by its month goes with a month named
    end = own[-1].end
    return end is not None and (year, month) != (end.year - 1, end.month)


RATE_DELTA_REASON = "the change of the rate before it (in points), not a rate"
# "an estimated 8.29%, a rise of 2.79% year on year", "đạt 6,81%, cao hơn 1% so với cùng kỳ",
# "growth put at 8.8%, up 2.4% against the same period": how far the rate moved
RATE_DELTA_GAP_RE = re.compile(
    r"\s*(?:so voi [^,;%]{0,30}?)?,\s*(?:(?:a |an )?(?:rise|increase|gain|drop|fall|decline) of"
    r"|up|down|(?:cao|thap)(?: hon)?|nhieu(?: hon)?)\s+(?:khoang |gan |hon )?$"
)
# a rate restated as how far it stands above or below a year before: ", which is", ", or"
RATE_THEN_GAP_RE = re.compile(r"\s*,\s*(?:(?:which|that) (?:is|was)\s+|or\s+)?")
# "… up 9.58% over the same period and 1.94% above the growth scenario", "9.33%, 1.83% above the
# set target": how far past a plan
PAST_PLAN_AFTER_RE = re.compile(
    r"\s*(?:(?:percentage )?points? )?(?:above|below|higher than|lower than|over|more than) the "
    r"(?:[\w-]+ ){0,2}?(?:target|scenario|plan|goal)s?(?!\w)"
)


def _change_of_the_rate_before(work: Work, index: int) -> bool:
    """A percentage right after another, joined as its rise or fall, or told as the distance
    past a plan, is how far a rate moved, not a rate of its own (rule rate-delta)."""
    if index == 0 or work.amounts[index - 1].unit != "percent":
        return False
    amount, folded, before = work.amounts[index], work.cues.folded, work.amounts[index - 1]
    return bool(
        PAST_PLAN_AFTER_RE.match(folded, amount.end)
        or RATE_DELTA_GAP_RE.fullmatch(folded, before.end, amount.start)
        or (
            RATE_THEN_GAP_RE.fullmatch(folded, before.end, amount.start)
            and YEAR_GAP_AFTER_RE.match(folded, amount.end) is not None
        )  # "at an estimated 8.29%, which is 2.79% higher than a year earlier"
        or (
            RISE_GAP_RE.fullmatch(folded, before.end, amount.start)
            and not A_CHANGE_BEFORE_RE.search(folded, max(0, before.start - 12), before.start)
        )  # "tăng trưởng 6,22%, tăng 2,64% so với cùng kỳ" (not "giảm 9,34% …, tăng 76,95% …")
    )


# a rate's level followed by ", tăng X%": how far the level moved
RISE_GAP_RE = re.compile(r"\s*,\s*(?:tang|giam)\s+(?:khoang |gan |hon )?")
A_CHANGE_BEFORE_RE = re.compile(r"(?<!\w)(?:tang|giam)(?: khoang| gan| hon)?\s*$")


# "nhanh hơn mức tăng của cùng kỳ năm trước 2,17%": the rate it outpaced, then by how much
FASTER_BY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:nhanh|cao|thap|cham) hon (?:so voi )?(?:muc tang|toc do)(?: tang)?(?: truong)?"
    r"(?: binh quan)? (?:cua )?[^.;,\d%]{0,40}$"
)
# "chậm hơn mức tăng 7,23% của nửa đầu năm 2022", "faster than the 6.5% of 2022": the base
BASE_RATE_CHARS = 60  # "trong khi cùng kỳ năm 2021 chỉ là 3,77%"
BASE_RATE_BEFORE_RE = re.compile(
    rf"{BASE_RATE_WORDS}\s*$"
    # "đạt 6,46%, trong khi cùng kỳ năm 2021 chỉ là 3,77%": the year-ago rate, a base
    r"|(?<!\w)(?:trong khi|con|nhung|khi do) (?:cua )?cung k[iy]"
    r"(?: nam (?:truoc|ngoai|(?:19|20)\d\d))? (?:chi |cung )?(?:la|dat|o muc)"
    r"(?: muc)?\s*$"
    # "…, trong khi cùng kỳ năm ngoái chỉ số này giảm 12,9%": the index a year before
    r"|(?<!\w)(?:trong khi|con|nhung|khi do) (?:cua )?cung k[iy] nam (?:truoc|ngoai|(?:19|20)\d\d)"
    r"(?: [\w]+){0,4}? (?:chi )?(?:tang|giam)(?: nhe| manh)?\s*$"
    # "…, trong khi 5 tháng 2023 chỉ tăng 3,21%": an earlier period named with its year
    r"|(?<!\w)trong khi (?:\d+ thang |quy [\w/-]+ |nam )?(?:dau )?(?:nam )?(?:19|20)\d\d"
    r" (?:chi |cung )?(?:tang|giam|dat|la)\s*$"
    # "6.74% …, when the figure was 9.12%", "46.7% higher …, after a rise of 33.8% in the 6 months
    # of 2024", "against increases of 6.7 percent … in the same period of 2020": what an earlier
    # period did (not "the IIP had risen 7.4%": reported speech, the figure itself)
    r"|(?<!\w)(?:when (?:the figure|it|the index|the rate) (?:was|stood at|had (?:risen|grown|"
    r"expanded|increased|climbed) by)|after (?:a rise|an increase|growth|a gain|a jump) of"
    r"|against (?:increases|rises|growth|gains) of)\s*$"
)
# the change of a count or sum of investment: "số dự án tăng 116,7% và vốn đăng ký tăng 110,3%"
INVESTMENT_CUE_RE = re.compile(
    r"(?<!\w)(?:von (?:dang ky|dau tu)|registered capital|investment capital|so du an"
    r"|number of projects)(?!\w)"
)
# "tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt 36,06%", "the share of industry in GRDP
# reached 36%": the clause's subject is a share
SHARE_HEAD_RE = re.compile(
    r"(?<!\w)(?:ty trong|the (?:share|proportion) of|la part de)(?!\w)[^;]*?"
    r"(?<!\w)(?:dat|la|chiem|was|is|reached|stood at|at|est de|atteint)\s*(?:\w+\s*){0,2}$"
    # "tỷ trọng kinh tế số trong GRDP 9,56%": the share's noun phrase right before the number
    r"|(?<!\w)ty trong(?:[\s,]+[\w-]+){1,6}[\s,]*$"  # "chiếm tỷ trọng cao, khoảng 46%"
)
# "has grown by over 10 percent per year" (not "climbed 7.8% annually", "tăng 6%/năm": a year's)
PER_YEAR_RE = re.compile(
    r"\s*(?:per (?:year|annum)|each year|every year|moi nam|hang nam|par an"
    # "6,9%/năm", "5.43% a year on average"
    rf"|/\s?(?:nam|year|an)|(?:a|per) year on average|{A_YEAR})(?!\w)"
)
# "Occupancy across the industrial zones averaged 63%": an average over the parks, no yearly one
OCCUPANCY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:occupanc\w*|lap day|fill(?:ing)? rate|taux d.occupation|taux de remplissage)(?!\w)"
)
# "grew at an average annual rate of 7.25 percent", "averaged 7.25 percent", "tăng bình quân
# 8,5%": a yearly average over several years
AVERAGE_BEFORE_RE = re.compile(
    # "has an annual economic growth rate of 12.6%", "growing at an annual rate of over 12
    # percent": its usual yearly pace, no year's
    r"(?<!\w)(?:average annual|annual average|averag(?:ed|ing)|moyenne annuelle"
    r"|an annual(?= (?:[a-z]+ ){0,2}growth| (?:rate|pace) of)"
    r"|(?:tang|tang truong) binh quan|binh quan (?:hang |moi |\d+ |ca )?(?:nam|giai doan)"
    r"|en moyenne)(?!\w)(?:(?!\d).){0,30}$"
    # "bình quân giai đoạn 2015 - 2019, kinh tế Hải Dương tăng 9,1%": the period's years between
    r"|(?<!\w)binh quan (?:ca )?giai doan (?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?:(?!\d).){0,40}$"
)
# "3.61 percent received more orders", "45,83% doanh nghiệp đánh giá", "10% of respondents"
SURVEY_SHARE_RE = re.compile(
    r"\s*(?:of (?:the |all )?(?:respondents|(?:surveyed |local )?(?:enterprises|businesses|firms"
    r"|companies))|(?:so )?doanh nghiep(?! fdi)|respondents|received|reported|said|described|saw"
    r"|expected|danh gia|cho biet|du bao)(?!\w)"
)


def _is_yoy_word(word: str) -> bool:
    return any(k in word for k in ("year", "cung", "nam", "period", "annu", "un an"))


# "Alumin ước xuất được 325 ngàn tấn, trị giá 106,88 triệu USD", "shipped 1.2 million tonnes of
# rice worth $600 million": a quantity in goods' units before a sum in its clause (product-value)
TONNAGE_RE = re.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:(?:ngan|nghin|trieu|thousand|million|mln)\s)?"  # (not "2016, con")
    r"(?:tan|tons?|tonnes?|m3|kg|canh|chiec|cai|bo|con(?! so)|lit|litres?|liters?)(?!\w)"
)
TONNAGE_GAP = 80


def _tonnage_before(folded: str, amount: Amount) -> bool:
    """A quantity of goods stands before the sum in its clause (rule product-value)."""
    start = max(amount.start - TONNAGE_GAP, *(folded.rfind(c, 0, amount.start) for c in ";."))
    return TONNAGE_RE.search(folded, start, amount.start) is not None


# "2 FDI projects …, one of which, registered at 15 million USD, is located in a park", "trong
# đó có 1 dự án vốn 25 triệu USD": one project of those just counted
ONE_OF_THOSE_RE = re.compile(
    r"(?<!\w)(?:(?:one|1) of (?:which|them|these|those)(?: projects)?"
    r"|trong do (?:co )?(?:1|mot) du an)(?!\w)[^.;\d]{0,40}$"
)


def _one_of_those_counted(folded: str, amount: Amount) -> bool:
    """The sum is one project's, of those the count before it gave (rule one-of-those); not
    when that one is named foreign ("…, one of which is foreign-invested, with X": the foreign
    part, a figure)."""
    if not amount.is_money:
        return False
    one = ONE_OF_THOSE_RE.search(folded, max(0, amount.start - 60), amount.start)
    return one is not None and not FOREIGN_WORDS.search(folded, one.start(), amount.start)


# "the 3,000 ha Ly Thuong Kiet service and urban IP": an area, then one park's name
ONE_PARK_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){1,4}(?:[\w-]+\s+){0,4}?(?:IP|[Ii]ndustrial (?:[Pp]ark|[Zz]one))(?!\w)"
)
ARTICLE_BEFORE_RE = re.compile(r"(?<!\w)(?:the|a|an)\s+$")


def _one_named_park(work: Work, amount: Amount) -> bool:
    """An area written as the adjective of one park that a name follows: that park's."""
    text = work.cues.text
    return (
        amount.unit == "ha"
        and ARTICLE_BEFORE_RE.search(text, max(0, amount.start - 5), amount.start) is not None
        and ONE_PARK_AFTER_RE.match(text, amount.end) is not None
    )


# "25 dự án FDI (6 dự án trong khu công nghiệp, 19 dự án ngoài khu công nghiệp)": the bracket
# after a figure splits it into the parks' part and the rest
OUTSIDE_THE_PARKS_RE = re.compile(
    r"\([^()]*(?<!\w)(?:(?:nam )?ngoai (?:cac )?(?:kcn|khu cong nghiep)|outside (?:the )?"
    r"(?:industrial (?:parks|zones)|ips|izs))"
)


def _split_in_and_out_of_the_parks(folded: str, end: int, park: int) -> bool:
    """The parks named after a figure are one part of a bracket that splits it by place."""
    split = OUTSIDE_THE_PARKS_RE.search(folded, end, park + 200)
    return split is not None and split.start() <= park and folded.find(")", split.start()) > park


def subset_reason(work: Work, index: int, catalogue: Catalogue, metric_topic: str) -> str | None:
    """An industrial-parks-only figure ("the parks drew X", "tại các KCN") for a metric of the
    whole province, or one company's money."""
    amount, seg = work.amounts[index], work.segs[index]
    folded = work.cues.folded
    if metric_topic in TRADE_TOPICS and _country_in_clause(work, index):
        return "exports or imports of one market (a subset of the province's)"
    if metric_topic in TRADE_TOPICS and _tonnage_before(folded, amount):
        return "the value of one product's tonnage (a subset of the province's trade)"
    if metric_topic in TRADE_TOPICS and _a_subsets_own_trade(work, index):
        return "the trade of the subset named before it ('their exports')"
    occasion = catalogue.words["occasion"].search(folded)
    if (
        occasion
        and not REPORTED_AT_RE.search(folded, max(0, occasion.start() - 30), occasion.start())
        and not _licences_of_a_period(work, occasion)
        and not told_at_the_occasion(folded, occasion.end(), amount.start)
    ):
        return f"{OCCASION} (a subset of the province's)"
    if _inner_subject(work, amount):
        return "one town's or park's figure inside the province (a part)"
    if _one_named_park(work, amount):
        return "one park's area, the park named after it (a part)"
    if _one_of_those_counted(folded, amount):
        return "one project's money, one of those counted before it (a part)"
    part = _part_named_after(work, amount, catalogue)
    if part is not None:
        return Reason(f"a subset or another quantity ({part!r} after it)", None)
    heading = catalogue.words["breakdown_by"].match(folded.lstrip(" \"'(-"))
    if (
        heading
        and amount.unit in (*MONEY, None)
        and index not in work.partners
        and not ("source" in heading.group(0) and work.cues.partners)
        and not _forms_the_catalogue_splits(heading.group(0), work, catalogue)
    ):  # (not "By source, Singapore led the field with $360.6 million": investor countries)
        return f"a part of a breakdown ({heading.group(0)!r})"
    if metric_topic not in PARK_TOPICS and _the_operating_part(work, index):
        return "the projects in operation (a part of the total)"
    if REVOKED_AFTER_RE.match(folded, amount.end) or (
        amount.is_money
        and REVOKED_BEFORE_RE.search(folded, max(0, amount.start - REVOKED_CHARS), amount.start)
    ):
        return "the projects whose licences were revoked (a subset)"
    if amount.unit is None and CAPITAL_CUT_AFTER_RE.match(folded, amount.end):
        return "the projects that cut their capital (a subset)"
    if metric_topic in PARK_TOPICS and SOME_PARKS_BEFORE_RE.search(
        folded, max(0, amount.start - SOME_PARKS_CHARS), amount.start
    ):
        return "some parks' figure (a part of the province's)"
    if metric_topic in PARK_TOPICS and _other_zones_before(folded, amount):
        return "another kind of zone's figure (industrial clusters, a hi-tech park), not the parks'"
    if metric_topic not in PARK_TOPICS:
        sub = catalogue.words["ip_subset"]
        parks = [m for m in sub.finditer(folded, 0, amount.start)]
        if parks and not _parks_left_behind(work, parks[-1], amount):
            return IP_ONLY
        end = CLAUSE_END_RE.search(folded, amount.end)
        after = sub.search(folded, amount.end, end.start() if end else len(folded))
        if after and not _split_in_and_out_of_the_parks(folded, amount.end, after.start()):
            return IP_ONLY
    if amount.unit in (*MONEY, None) and _a_share_of_the_whole_follows(work, index):
        return "a part of a total (its share of the total follows)"
    if metric_topic == "domestic" and _counted_firms_part(work, index, catalogue):
        return "the capital of new or expanding businesses (a part of the total)"
    if amount.unit in MONEY and not _spent_by_many(work, index):
        company = catalogue.words["company"]
        if companies_in(work, company, *seg.before) or companies_in(work, company, *seg.after):
            return COMPANY_MONEY
        if _company_subject(work, company, amount) and not _worth_of_many(work, index):
            return f"{COMPANY_MONEY} (the sentence is about it)"
    return None


# ", or 73.8% of the total", "(chiếm 31,4% tổng vốn)": the share of the whole a part makes
SHARE_OF_TOTAL_AFTER_RE = re.compile(
    # "US$ 6.5 billion, up 17.6% from 2023 and equal to 19% of the province's total export value"
    r"(?:\s*,?\s*(?:up|down|rising|falling|tang|giam|cao hon|thap hon)\s[^,;()]{0,40}?"
    r"(?:,|\s+and|\s+va))?"
    r"\s*[,(]?\s*(?:or|accounting for|making up|equal to|chiem|tuong duong|tuong duong voi)\s+"
    r"(?:about |nearly |over |more than |almost |gan |hon |khoang |tren )?[\d.,]+\s?(?:%|percent"
    r"|per cent)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:province.s\s+)?(?:total|tong)(?!\w)"
    # "chiếm gần 28% kim ngạch xuất khẩu toàn tỉnh": the share of the whole province's
    r"|\s*,?\s*(?:(?:tang|giam|cao hon|thap hon)\s[^,;()]{0,40}?(?:,|\s+va)\s*)?chiem\s+"
    r"(?:gan |hon |khoang |tren )?[\d.,]+\s?%\s+(?:[a-z]+\s+){1,5}?(?:toan tinh|ca tinh)(?!\w)"
    # "với hơn 31,27 triệu USD (31,59% vốn cấp mới)", "214,1 triệu USD (51,5% tổng vốn cấp mới)":
    # the bare share in brackets, of the whole or of the new or added capital
    r"|\s*\(\s*(?:gan |hon |khoang |tren )?[\d.,]+\s?%\s+(?:cua\s+)?(?:tong\s+)?von\s+"
    r"(?:cap moi|dieu chinh|dang ky|dau tu|tang them)(?!\w)"
)
# the parks' nouns and the clusters' ("cụm công nghiệp"): whichever stands last before a park
# metric's amount is what it measures ("11 cụm công nghiệp có diện tích 802 ha, tỷ lệ cho thuê
# đạt 62,6%")
PARK_OR_CLUSTER_RE = re.compile(
    r"(?<!\w)(?:(?<!va )(?<!and )(?<!& )(?P<other>cum cong nghiep|ccn|industrial clusters?"
    # "Khu Công nghệ cao … lấp đầy gần 50%": a hi-tech or IT park is no industrial park
    r"|khu cong nghe (?:cao|thong tin)|(?:hi|high)[- ]tech (?:parks?|zones?)"
    r"|it parks?|parcs? (?:de )?(?:haute technologie|high-tech))"
    r"|(?:khu cong nghiep|kcn)(?: (?:va|&) (?:cum cong nghiep|ccn))?"
    r"|industrial (?:parks?|zones?|estates?)|ips?)(?!\w)"
)


# "tỷ lệ lấp đầy gần 88%; riêng 3 khu Hòa Khánh, … đã kín 100%", "only two parks are full":
# some parks singled out (not "Riêng khu vực Bình Dương cũ có 29 KCN": a region)
SOME_PARKS_BEFORE_RE = re.compile(
    r"(?<!\w)(?:rieng|chi rieng|only)\s+(?:(?:\d+|hai|ba|bon|cac)\s+)?(?:khu(?! vuc)|kcn"
    r"|parks?|ips?|industrial (?:parks?|zones?))(?!\w)[^;.]*$"
)
SOME_PARKS_CHARS = 80


def _other_zones_before(folded: str, amount) -> bool:
    """The last park or zone noun before the amount names another kind of zone (industrial
    clusters, a hi-tech park)."""
    nouns = list(PARK_OR_CLUSTER_RE.finditer(folded, 0, amount.start))
    return bool(nouns) and nouns[-1].group("other") is not None


# projects named by their noun, foreign or not: "dự án FDI", "foreign-invested projects", "projets"
PROJECTS_NOUN = r"(?:fdi |foreign-invested )?(?:du an|projects?|projets?)(?: fdi)?"
PROJECTS_NOUN_RE = re.compile(rf"\s+{PROJECTS_NOUN}(?!\w)")
NATIONAL_BASE_RE = re.compile(
    r"(?<!\w)(?:ca nuoc|toan quoc|national|nationwide|country|vietnam|viet nam|du pays)"
)
SHARE_BASE_CHARS = 50


def _a_share_of_the_whole_follows(work: Work, index: int) -> bool:
    """ "29.7 billion USD, or 73.8% of the total registered capital": a sector's part of the
    province's whole (rule share-makes-a-part); not an investor country's ("they", a partner
    named) nor the province's own share of the country's total ("chiếm 9,5% tổng vốn đầu tư cả
    nước")."""
    folded, amount = work.cues.folded, work.amounts[index]
    end = amount.end
    if amount.unit is None:  # "60 projects, or 58.25 per cent of the total": past its noun
        noun = PROJECTS_NOUN_RE.match(folded, end)
        if noun is None:
            return False
        end = noun.end()
    share = SHARE_OF_TOTAL_AFTER_RE.match(folded, end)
    if share is None or work.cues.partners or THEY_RE.match(folded):
        return False
    ranked = RANKED_BEFORE_RE.search(folded, 0, amount.start)
    if ranked and not SECTOR_RE.search(folded, ranked.end(), amount.start):
        return False  # "Bình Dương đang xếp thứ hai về thu hút FDI với … 2,64 tỷ USD, chiếm 15,7%
        # tổng vốn": in a ranking of places, the share is of the nation's total (not "Đứng thứ
        # hai là ngành bán buôn, bán lẻ với X (18,2% vốn cấp mới)": a ranking of sectors)
    return not NATIONAL_BASE_RE.search(folded, share.end(), share.end() + SHARE_BASE_CHARS)


# "Đứng thứ hai là ngành bán buôn", "ranked second was the real estate sector": what is ranked
SECTOR_RE = re.compile(r"(?<!\w)(?:nganh|linh vuc|sectors?|industry|secteur)(?!\w)")
# "xếp thứ hai", "đứng thứ 3", "ranks second", "ranked third", "se classe au 2e rang"
RANKED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:xep (?:thu|hang)|dung (?:o )?(?:vi tri )?(?:thu|so)|ranks?|ranked|se classe)(?!\w)"
)


MANY_PROJECTS = 100  # a count this large is no one company's ("the 4,172 valid FDI projects")
WORTH_GAP_RE = re.compile(r"\W*(?:\w+\W+){0,3}?(?:worth|valued at|capitali[sz]ed at|with|totall?ing"
                          r"|voi|tong von)\W+(?:\w+\W+){0,3}?$")  # fmt: skip


def _worth_of_many(work: Work, index: int) -> bool:
    """ "the 4,172 valid FDI projects, worth a total of $39.9 billion": the money of a count
    too large for one company is not that company's."""
    return _sum_of_count(work, index, WORTH_GAP_RE, MANY_PROJECTS)


def _sum_of_count(work: Work, index: int, gap_re: re.Pattern, least: float) -> bool:
    """The amount is the money of a count of at least `least` right before it, joined to it by
    words `gap_re` matches."""
    if index == 0:
        return False
    count, amount = work.amounts[index - 1], work.amounts[index]
    gap = work.cues.folded[count.end : amount.start]
    return count.unit is None and count.value >= least and bool(gap_re.match(gap))


# "99 foreign-invested firms poured an extra US$727 million into their plants": many firms' sum
SPENT_BY_MANY_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:firms|companies|enterprises|investors|businesses|projects)\s+"
    r"(?:have\s+|had\s+)?(?:put|poured|pumped|injected|invested|added|committed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:us\$|usd|\$|vnd)?\s?$"
)


def _spent_by_many(work: Work, index: int) -> bool:
    """A sum that a count of firms right before it put in: theirs, not one company's, whatever
    their plants are called."""
    return _sum_of_count(work, index, SPENT_BY_MANY_RE, 2)


FIRMS_GAP_CHARS = 100  # "304 new companies were set up here in 2017 with combined capital of X"
FIRM_NOUN_CHARS = 20  # "304 newly registered companies"


def _counted_firms_part(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "304 new companies were set up with X", "31 operating firms put an extra Y", "có 304
    doanh nghiệp thành lập mới với vốn X": the money of the businesses counted just before it,
    when the words about them make them new or expanding ones (the enterprises noun's blocking
    words): a part of the period's total, not the total."""
    noun = catalogue.nouns.get("enterprises")
    named = firms_counted_before(work, index, catalogue)
    if noun is None or noun.blocked_by is None or named is None:
        return False
    count, amount = work.amounts[index - 1], work.amounts[index]
    folded = work.cues.folded
    gap = folded[count.end : amount.start]
    if len(gap) > FIRMS_GAP_CHARS or any(ch in gap for ch in ";("):
        return False
    return bool(noun.blocked_by.search(folded, max(0, count.start - 24), amount.start))


def firms_counted_before(work: Work, index: int, catalogue: Catalogue) -> re.Match | None:
    """The enterprises noun right after a bare count just before the amount ("304 new
    companies were set up with X", "31,548 companies with Y"), if there is one."""
    noun = catalogue.nouns.get("enterprises")
    if index == 0 or noun is None or work.amounts[index - 1].unit is not None:
        return None
    count = work.amounts[index - 1]
    return noun.pattern.search(work.cues.folded, count.end, count.end + FIRM_NOUN_CHARS)


def _inner_subject(work: Work, amount: Amount) -> bool:
    """ "…; Dĩ An có 6 khu với 713,6 ha": a town or park inside the province opens the amount's
    clause, and the province itself is not named there; or the amount stands in brackets right
    after the town's name."""
    folded = work.cues.folded
    start = after_last_mark(folded, amount.start)
    places = [c for c in work.cues.places if start <= c.start < amount.start]
    if (
        places
        and places[-1].inner
        and PLACE_BRACKET_RE.fullmatch(folded, places[-1].end, amount.start)
    ):
        return True  # "viennent ensuite Quynh Luu (131 milliards)": the town's, in its brackets
    if not places:  # "Dĩ An có 06 KCN, rộng 854,1 ha": the comma goes on with the same town
        start = max(folded.rfind(mark, 0, amount.start) for mark in ";:") + 1
        places = [c for c in work.cues.places if start <= c.start < amount.start]
    return (
        bool(places)
        and places[0].inner
        and (
            places[0].start - start <= INNER_OPENING_CHARS
            or (
                places[0].start - start <= OWNER_OPENING_CHARS
                and folded.endswith(OWNER_WORDS, 0, places[0].start)
            )
        )
        and not any(c.label == PROVINCE and not c.inner and not c.generic for c in places)
    )


# a town's own figure in brackets right after its name: "Quỳnh Lưu (131 tỷ đồng)", "Thu Dau Mot
# (about VND 1,200 billion)"
PLACE_BRACKET_RE = re.compile(
    r"\s*\(\s*(?:(?:about|around|some|nearly|over|more than|khoang|gan|hon|tren|environ|pres de"
    r"|plus de)\s+)?"
)
INNER_OPENING_CHARS = 12  # "…; Dĩ An có", "; huyện Bến Cát có": the clause opens with the town
OWNER_OPENING_CHARS = 40  # "Tổng thu ngân sách của thành phố": the town owns the clause's noun
OWNER_WORDS = ("cua ", "of ", "of the ")
TRADE_TOPICS = ("exports", "imports", "surplus")


# "Speaking at the event, X said ...": the event is where the figures were told, not their scope
def _licences_of_a_period(work: Work, occasion: re.Match) -> bool:
    """ "In September alone, the province handed investment licences to nine projects", "Riêng
    trong tháng 10/2017, có 17 dự án FDI được UBND tỉnh trao giấy chứng nhận": licences handed
    over a month or a run of months are that period's licensing, not one ceremony's
    (licences-of-a-period); a ceremony names its event, and the parks' board licenses the parks'."""
    folded = work.cues.folded
    by_province = PROVINCE_HANDED_RE.search(folded, max(0, occasion.start() - 30), occasion.start())
    ceremony = (EVENT_RE if by_province else CEREMONY_RE).search(folded)
    return bool(
        HANDED_OVER_RE.match(occasion.group(0))
        and not ceremony
        and any(p.kind in ("range", "ytd") and not p.future for p in work.periods)
    )


# "an expert of the parks' management board said that … the province handed investment licenses
# to 17 FDI projects": the province's licensing, whoever reports it
PROVINCE_HANDED_RE = re.compile(
    r"(?<!\w)(?:the province|the city|tinh|thanh pho)\s+(?:has |had |da )?$"
)


HANDED_OVER_RE = re.compile(r"hand|remi|remet|trao (?!cac quyet dinh|quyet dinh)")
EVENT_WORDS = r"ceremony|le trao|buoi le|event|su kien|hoi nghi|conference"
CEREMONY_RE = re.compile(  # (or the parks' board handing them: the parks' licensing)
    rf"(?<!\w)(?:{EVENT_WORDS}|management board|ban quan ly|authority)"
)
EVENT_RE = re.compile(rf"(?<!\w)(?:{EVENT_WORDS})")


REPORTED_AT_RE = re.compile(
    r"(?:speaking|addressing|reporting|phat bieu|chia se)(?: (?:at|to|tai))?\W*$"
)
# "Tại lễ trao, Chủ tịch UBND tỉnh thông tin: từ đầu năm đến ngày 15/5, vốn FDI tỉnh thu hút đạt
# X", "At the ceremony, the chairman said that so far this year the province had drawn X": the
# occasion is where a speaker told the province's own figure for a period
TOLD_AT_RE = re.compile(
    r"[^.;]{0,100}?(?<!\w)(?:said|noted|told|reported|announced|cho biet|thong tin|thong bao"
    r"|nhan manh|khang dinh|a (?:indique|declare|precise|souligne))(?!\w)(?: that)?\s*[:,]?"
    r"[^.;]*?(?<!\w)(?:tu dau nam|since the (?:start|beginning) of|so far this year|luy ke"
    r"|depuis le debut de)"
)


def told_at_the_occasion(folded: str, start: int, end: int) -> bool:
    """The sum is a period's figure a speaker gave at the occasion, not the occasion's own."""
    return TOLD_AT_RE.match(folded, start, end) is not None


# "xuất khẩu đạt 2,5 tỷ USD ở nhóm hàng nông, lâm, thủy sản", "X from wood products": the part
PART_AFTER_RE = re.compile(
    r"\s*(?:(?:von (?:fdi|dau tu(?: truc tiep)? nuoc ngoai)|(?:of|in) (?:fdi|foreign (?:direct )?"
    r"investment))\s+)?(?:o|tu|of|from|in|among|vao|into)\s+(?:(?:nhom hang|mat hang|the)\s+)?"
    r"(?:(?:nganh|linh vuc)\s+)?(?:cong nghiep\s+)?"
)  # "hơn 895 triệu USD vốn FDI vào ngành công nghiệp chế biến, chế tạo": the sector's


# "đi vào hoạt động", "đưa vào vận hành", "have been put into operation": started up
INTO_OPERATION_VI = r"(?:di|dua) vao (?:trien khai )?(?:hoat dong|san xuat|van hanh)"
INTO_OPERATION_EN = (
    r"(?:ha(?:ve|s)|had) (?:been |now )?(?:put|gone|come|brought) into (?:operation|production)"
)
RUNNING_FR = r"en (?:activite|service|exploitation|production)"  # "entrés en activité"
# "Of these, 588 projects worth 3.6 billion USD have been put into operation", "Trong đó,
# 1.200 dự án đã đi vào hoạt động": the projects running, a part of all those licensed
OPERATING_AFTER_RE = re.compile(
    rf"(?:[^.;]|\.(?=\d)){{0,60}}?(?<!\w)(?:{INTO_OPERATION_EN}"
    r"|(?:are|were) (?:now |already )?(?:in operation|operational|up and running|operating)"
    rf"|(?:da )?{INTO_OPERATION_VI}"
    r"|(?:da (?:chinh thuc )?|chinh thuc )(?:hoat dong|van hanh)"  # "đã chính thức hoạt động"
    rf"|(?:sont |etaient )?entre(?:e)?s {RUNNING_FR}"
    r"|(?:deja |sont )?(?:operationnels|en activite|en service|en exploitation))"
)
# "28 dự án (FDI) đã đi vào hoạt động", "12 projects went into operation": the count's own verb
STARTED_UP_RE = re.compile(
    rf"\s*(?:[\w()-]+\s+){{0,4}}?(?:(?:da |moi )?{INTO_OPERATION_VI}|da van hanh"
    rf"|{INTO_OPERATION_EN}|(?:went|came|were put) into (?:operation|production)"
    # "15 nouveaux projets y sont entrés en activité"
    rf"|(?:y )?(?:sont |ont ete )?(?:entre(?:e)?s|mis) {RUNNING_FR})(?!\w)"
)
ITS_SUM_RE = re.compile(
    r"[^.;]{0,12}?(?:(?:voi|with|worth|co)\s+(?:tong\s+)?(?:von|capital|investment)"
    r"|(?:voi|with)\s+(?=\S{0,5}\s?\d)"
    r"|(?:representant|cumulant|totalisant|worth|valued at|totall?ing)\s"
    r"|von (?:dau tu |dang ky )?cua (?:nhom|so) (?:du an )?(?:nay|do))"  # "the group's capital"
)
# "ghi nhận 11 dự án giảm vốn", "two cut theirs by more than VND63 billion", "12 projects reduced
# their capital": the projects that cut their capital
CAPITAL_CUT_AFTER_RE = re.compile(
    rf"\s+(?:luot )?(?:{PROJECTS_NOUN} )?"  # "1 lượt điều chỉnh giảm vốn", "… làm vốn giảm"
    r"(?:(?:dieu chinh )?(?:giam von|lam (?:tong )?von giam)"
    r"|(?:cut|reduced|lowered|trimmed) (?:their|its|theirs)"
    r"|ont reduit leur capital)(?!\w)"
)
# "06 projects with a combined capital of USD 13.6 million had their licences revoked", "6 dự án
# FDI với tổng vốn 21 triệu USD đã chấm dứt hoạt động": projects ended, not drawn (not "…, chấm dứt
# hoạt động 5 dự án", whose verb governs the count after it)
REVOKED_AFTER_RE = re.compile(
    r"(?:(?!tandis que|alors que|while|whereas|trong khi)[^.;\d]){0,80}?"  # (not another clause's)
    r"(?:\d[\d.,]*\s?(?:trieu |ty |million |billion |tri?llion |milli(?:on|ard)s? d(?:e |.))?"
    r"(?:usd|us\$|dong|vnd|dollars)[^.;\d]{0,40}?)?"  # a count's own sum between it and the verb
    r"(?<!\w)(?:ha(?:d|ve|s) (?:had )?(?:their|its) (?:investment )?licen[cs]es? "
    r"(?:revoked|withdrawn|terminated)|(?:were|was|have been|had been) (?:revoked|terminated)"
    r"|bi thu hoi|(?:da |bi )?cham dut hoat dong(?! (?:doi voi |cho )?(?:\d|cac|nhung))"
    # "… đã bị tỉnh rút giấy phép", "ont en outre vu leur licence révoquée", "se sont vu retirer
    # leur licence"
    r"|bi (?:\w+ )?(?:rut|thu hoi) giay phep|(?:ont|a) (?:\w+ ){0,2}?vu (?:leur|sa) licence"
    r"|se sont vu retirer|(?:ont|a) ete (?:retire|revoque)\w*)(?!\w)"  # "… ont été retirés"
)
# "Bắc Ninh đã thu hồi 35 dự án (…), với tổng vốn đầu tư 233,4 triệu USD", "5 dự án bị thu hồi
# hoặc hết hiệu lực, với tổng vốn đăng ký X", "revoked the licences of 7 projects with a combined
# capital of X": the money of the projects ended, told after them
REVOKED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:thu hoi|het hieu luc|cham dut hoat dong|revoked|terminated|withdrawn|withdrew)"
    r"[^.;]{0,80}?(?<!\w)(?:voi|with)(?: a| an)? (?:tong |combined |total )?(?:so )?"
    r"(?:von|capital|investment)[^.;\d]{0,25}"
    # "… với tổng vốn đăng ký 464,5 tỷ đồng và 3,75 triệu USD": the run's second sum too
    r"(?:\d[\d.,]*\s?(?:(?:nghin )?ty|trieu|million|billion|trillion)?\s?(?:usd|us\$|dong|vnd)"
    r"\s*(?:va|and)\s*)?$"
)
REVOKED_CHARS = 140  # the verb, the count and an aside on it, then "với tổng vốn"
OF_THEM_AFTER_RE = re.compile(
    rf"\s+(?:(?:du an|projects|projets)\s+)?{PARTS_OPENER}(?!\w)"
    # "took in 14 projects, 3 FDI projects among them": the part, its kind named before
    r"|\s+(?:fdi|foreign(?:-invested)?)\s+(?:projects?|ones)\s+among\s+(?:them|these)(?!\w)"
    r"|\s+d.entre (?:eux|elles)(?!\w)"  # "7 d'entre eux étaient déjà en exploitation"
)
# "Currently 11 FDI projects are in operation and 16 others are being implemented", "86 FDI
# projects have become operational": projects told by their state alone, with no capital
STATE_ONLY_RE = re.compile(
    r"\s+(?:[\w()-]+\s+){0,4}?(?:are|were|have|has) (?:now |already |currently )?"
    r"(?:become operational|in operation|operational|being (?:implemented|built)"
    r"|under (?:construction|implementation))(?!\w)"
)
PARTS_OPENER_RE = re.compile(
    r"(?<!\w)(?:of these|of them|of which|among them|among these|trong do|trong so (?:do|nay)"
    r"|(?:of|among) the \d[\d.,]* (?:[\w-]+ ){0,3}?projects"
    r"|dont|parmi (?:eux|lesquels)|sur ce nombre)"
)


FORM_HEADING_RE = re.compile(r"(?:hinh thuc|forms? of investment|investment forms?)")


def _forms_the_catalogue_splits(heading: str, work: Work, catalogue: Catalogue) -> bool:
    """ "Xét theo hình thức đầu tư, thành phố đã cấp giấy chứng nhận cho 255 dự án mới": the
    forms of investment the catalogue splits foreign investment into (new, added, contributed),
    not a dimension it lacks (100%-foreign-owned, joint ventures)."""
    return bool(FORM_HEADING_RE.search(heading)) and any(
        c.label in catalogue.refines for c in work.cues.topics
    )


def _the_operating_part(work: Work, index: int) -> bool:
    """A count or sum that the sentence's parts opener introduces and that is put into
    operation after it: the running part of the total (operating-part)."""
    amount, folded = work.amounts[index], work.cues.folded
    running = OPERATING_AFTER_RE.match(folded, amount.end)
    opened = PARTS_OPENER_RE.search(folded, max(0, amount.start - 40), amount.start)
    if running and (opened or OF_THEM_AFTER_RE.match(folded, amount.end)):
        return True  # "Of these, 588 …", "163 of them, with X, were up and running"
    if amount.unit is None and STARTED_UP_RE.match(folded, amount.end):
        return True  # "có thêm 28 dự án đi vào hoạt động": projects started up, not licensed
    state = STATE_ONLY_RE.match(folded, amount.end) if amount.unit is None else None
    if state and not ITS_SUM_RE.match(folded, state.end()):
        return True  # "35 projects are in operation", no capital of theirs: a state, no total
    if not index or not _the_operating_part(work, index - 1):
        return False  # "588 dự án đã đi vào hoạt động với tổng vốn đầu tư 3.624 triệu USD"
    running = OPERATING_AFTER_RE.match(folded, work.amounts[index - 1].end)
    return bool(
        running and running.end() <= amount.start and ITS_SUM_RE.match(folded, running.end())
    )


def _part_named_after(work: Work, amount: Amount, catalogue: Catalogue) -> str | None:
    """The words of a subset's cue right after the amount, behind "ở", "từ", "of", "from"
    (part-after)."""
    lead = PART_AFTER_RE.match(work.cues.folded, amount.end)
    if lead is None:
        return None
    for cue in work.cues.topics:
        if (
            cue.label in catalogue.blocking
            and cue.label not in catalogue.sums
            and (lead.start() < cue.start <= lead.end())
        ):
            return work.cues.folded[cue.start : cue.end]
    return None


# "… FDI businesses' total revenues at X … and their export turnover at Y", "leurs exportations":
# the trade of those just named
THEIR_TRADE_RE = re.compile(
    r"(?<!\w)(?:their|leurs)\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|export|import|shipments"
    r"|exportations|importations)(?!\w)"
)


def _a_subsets_own_trade(work: Work, index: int) -> bool:
    """ "FDI businesses' total revenues at US$39.5 million … and their export turnover at US$54.1
    million": the trade a possessive gives to a subset named before it in the sentence (rule
    their-trade)."""
    seg, folded = work.segs[index], work.cues.folded
    their = THEIR_TRADE_RE.search(folded, seg.before[0], work.amounts[index].start)
    return their is not None and any(
        c.label == "subset" and c.end <= their.start() for c in work.cues.topics
    )


def _country_in_clause(work: Work, index: int) -> bool:
    """ "Xuất khẩu sang Hoa Kỳ đạt X", "exports to Japan reached X": a country in the clause, or
    a market named before it ("Exports to the US, the destination of 65% ..., climbed 68.9%")."""
    seg = work.segs[index]
    if any(seg.before[0] <= c.start and c.end <= seg.after[1] for c in work.cues.partners):
        return True
    if bracketed_partner(work.cues, work.amounts[index]):
        return True  # "Nguồn hàng nhập chủ yếu đến từ Trung Quốc (hơn 1 tỷ USD, 27,6%)"
    opening = any(c.start <= OPENING_COUNTRY_CHARS for c in work.cues.partners)
    before = (0, work.amounts[index].start)
    if opening and (
        RANKED_RE.search(work.cues.folded, *before)
        or MARKET_ROLE_RE.search(work.cues.folded, *before)
    ):  # "Japan ranked third, with export revenue of roughly US$1.3 billion"; "The US, which
        return True  # takes 34.4% of the province's exports, fell by 16.8%"
    return bool(work.cues.partners) and bool(
        ONE_MARKET_RE.search(work.cues.folded, 0, work.amounts[index].start)
    )


OPENING_COUNTRY_CHARS = 12
RANKED_RE = re.compile(
    r"(?<!\w)(?:(?:ranked|ranks|came|comes|was|is|stood|xep|dung) (?:thu )?(?:\w+ )?"
    r"(?:first|second|third|fourth|fifth|next|top|nhat|nhi|hai|ba|tu|nam|\d)"
    # "Le Japon et la Chine suivent avec X et Y", "followed with": the next in the ranking
    r"|suiv(?:ent|ait|aient)|suit|follow(?:s|ed)? (?:with|on)|theo sau(?: la)?)(?!\w)"
)
MARKET_ROLE_RE = re.compile(
    r"(?<!\w)(?:(?:which|that) (?:takes|buys|absorbs|receives|imports)"
    r"|qui (?:absorbe|achete|importe|recoit)\w*|(?:premier|principal) (?:marche|client)"
    r"|(?:largest|biggest|main|key|top) (?:export )?(?:market|buyer|importer|destination)"
    r"|thi truong (?:xuat khau )?(?:lon nhat|chinh|chu luc))(?!\w)"
)
ONE_MARKET_RE = re.compile(
    r"(?:exports?|imports?|shipments?|sales) (?:to|from) (?:the )?\w|xuat khau sang|nhap khau tu"
    r"|(?:exportations|importations|expeditions|ventes) (?:vers|en provenance)"
)


def companies_in(work: Work, company: Words, start: int, end: int) -> list[re.Match]:
    """The company words in folded[start:end], except firms in the plural named by their origin
    or counted ("Italian companies", "Korean firms", "2,525 foreign companies"): those are an
    investor country or all foreign investors, not one company."""
    if end <= start:
        return []
    found = []
    for m in _company_words_from(work, company, start):  # unbounded: the words' lookaheads see
        if m.start() >= end:  # past the window ("dự án … của nhà đầu tư": not one company's)
            break
        if m.end() <= end and not (m.group(0).endswith("s") and _many_firms(work, m.start())):
            found.append(m)
    return found


def _company_words_from(work: Work, company: Words, start: int) -> list[re.Match]:
    """What `company.finditer(folded, start)` finds, read off the sentence's matches found once:
    the same matches from `start` on, unless one of them straddles `start` (then searched)."""
    every = work.cues.once(("company words", id(company)),
                           lambda: list(company.finditer(work.cues.folded)))  # fmt: skip
    if any(m.start() < start < m.end() for m in every):
        return list(company.finditer(work.cues.folded, start))
    return [m for m in every if m.start() >= start]


MANY_FIRMS_RE = re.compile(
    r"(?:\d[\d.,]*|foreign|fdi|foreign-(?:invested|funded|owned)|overseas|domestic|local)"
    r"\s+(?:[\w-]+\s+)?$"
)


def _many_firms(work: Work, start: int) -> bool:
    if any(0 <= start - c.end <= 1 for c in work.cues.partners):
        return True
    return bool(MANY_FIRMS_RE.search(work.cues.folded, max(0, start - 30), start))


def _company_subject(work: Work, company: Words, amount: Amount) -> bool:
    """ "Polytex ... Co., Ltd will put another X into its project, for a total of Y": a company
    named before the amount with no place of the province between them."""
    folded = work.cues.folded
    found = companies_in(work, company, 0, amount.start)
    if not found:
        return False
    semicolon = folded.rfind(";", found[0].end(), amount.start)
    if semicolon >= 0 and not ITS_AFTER_BREAK_RE.match(folded, semicolon + 1):
        # (but "The company put in X …; its total investment now stands at Y"): the clause after
        # the semicolon is the company's only when it opens on one of its own ("…; Nhà máy Se Sợi
        # Q-Tex của Hàn Quốc cũng chọn KCN Nhơn Trạch 6, vốn 15 triệu USD")
        opener = CLAUSE_OPENER_RE.match(folded, semicolon + 1)
        opening = opener.end() if opener else semicolon + 1
        found = [m for m in found if m.start() == opening]
        if not found:
            return False
        first = amount.start
    else:
        first = work.amounts[0].start
    if found[0].start() > first:
        return False
    places = [c for c in work.cues.places if folded[max(0, c.start - 1) : c.start] != "("
              and not _address_of(folded, found, c.start)]  # fmt: skip
    place = nearest_before(places, found[0].end(), first)  # "Becamex (Bình Dương)": an address
    return not (place and place.label == "province" and not place.inner)  # a park is no owner


ITS_AFTER_BREAK_RE = re.compile(r"\s*(?:its|their|son|sa|ses|leurs?)\s")  # the company's
CLAUSE_OPENER_RE = re.compile(r"\s*(?:(?:con|while|and|va|et)\s+)?")  # "…; còn Công ty …"
# "the Aeon mall project in Binh Duong", "dự án … của Aeon tại Bình Dương", "when it first came to
# Binh Duong": where it stands
ADDRESS_GAP_RE = re.compile(r"[^,;]{0,25}?(?<!\w)(?:tai|in|at|o|vao|into|to)\s+$")


def _address_of(folded: str, companies: list[re.Match], start: int) -> bool:
    """A place right after a company or project, in its clause, is where it stands."""
    return any(
        m.end() <= start and ADDRESS_GAP_RE.fullmatch(folded, m.end(), start) for m in companies
    )


ATTACHED_CHARS = 30  # "các KCN trên địa bàn tỉnh": the province word belongs to the parks


def _parks_left_behind(work: Work, last: re.Match, amount: Amount) -> bool:
    """Between the last parks mention and the amount the sentence turns to more than the parks:
    a province place ("... parks; the province drew X") or a contrasting clause ("… nine new
    projects in industrial parks, while 26 RoK-invested projects in the province added …")."""
    folded = work.cues.folded
    if CONTRAST_WORDS_RE.search(folded, last.end(), amount.start):
        return True
    inside = INSIDE_PARKS_RE.search(folded, 0, last.end())
    if (
        inside
        and OUTSIDE_PARKS_RE.search(folded, 0, last.end())
        and TOTAL_WORD_RE.search(folded, last.end(), amount.start)
        and not any(a.is_money and inside.end() <= a.start < last.end() for a in work.amounts)
    ):  # "71 dự án, gồm 22 dự án trong KCN và 49 dự án ngoài KCN, với tổng vốn …": both parts
        # (not "38 dự án nằm trong KKT … với tổng vốn X, 48 dự án ở ngoài KKT … với tổng vốn Y":
        # each part with its own sum)
        return True
    named = [c for c in work.cues.places if not c.inner
             and not SHARE_OF_PLACE_RE.search(folded, max(0, c.start - 30), c.start)
             and not SOURCE_BEFORE_RE.search(folded, max(0, c.start - SOURCE_CHARS), c.start)
             and not PARKS_OF_PLACE_RE.fullmatch(folded, last.end(), c.start)
             ]  # fmt: skip
    place = nearest_before(named, last.end() + ATTACHED_CHARS, amount.start)
    return bool(place and place.label == "province")


# "the industrial parks (IPs) of the southern province of Long An": the province the parks are in
PARKS_OF_PLACE_RE = re.compile(
    r"\s*(?:\((?:ips|izs|kcn)\)\s*)?(?:of|in) (?:the )?(?:[\w-]+ ){0,2}?"
    r"(?:province|city)(?: of)?\s*"
)


# "Riêng trong các KCN, theo Ban Quản lý Khu kinh tế tỉnh, …", "according to the provincial
# statistics office": the place in the name of a figure's source is no turn from the parks
SOURCE_BEFORE_RE = re.compile(rf"(?<!\w){SOURCE_WORDS}\s[^,;.()]*$")
SOURCE_CHARS = 60


OUTSIDE_PARKS_RE = re.compile(
    r"(?<!\w)(?:ngoai (?:cac )?(?:khu cong nghiep|kcn|khu kinh te|kkt)|outside (?:the |of )?"
    r"(?:industrial |economic )?(?:parks|zones|ips)|hors des (?:zones|parcs))(?!\w)"
)
INSIDE_PARKS_RE = re.compile(
    r"(?<!\w)(?:trong|tai|vao|in|inside|into|dans les) (?:cac |the )?(?:khu cong nghiep|kcn"
    r"|khu kinh te|kkt|(?:industrial |economic )?(?:parks|zones|ips)|zones|parcs)(?!\w)"
)
TOTAL_WORD_RE = re.compile(r"(?<!\w)(?:tong|total|combined|in all|au total)(?!\w)")


# "accounting for 78.3% of the province's total": the place a share is of, not a new subject
SHARE_OF_PLACE_RE = re.compile(
    r"(?:%|percent|per cent|chiem|tong von|of the total) (?:of )?(?:the )?(?:\w+ )?$"
)
