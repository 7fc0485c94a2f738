"""The article's frame: what its headline and earlier sentences established (place, period,
as-of date, topic), and the named rules by which a sentence inherits or overrides it (pure).

Inheritance rules (each tested in tests/test_extract_rules.py and its neighbours):
- place-carries: a sentence that names no place speaks of the place named last
  ("Nationwide, ... The Republic of Korea was second with ..." stays national); an aside that
  opens with a contrast ("Meanwhile, HCMC drew ...", "Trong khi đó, TP.HCM ...") does not
  move the place, and another province's passage ends with its paragraph (the country's, a
  national round-up, carries on). A sentence whose figures were the province's hands no passage
  to the places it ranks the province against ("Today it is the third largest FDI destination
  in Vietnam after HCMC and Hanoi, with 3,400 projects").
- backdrop-sets-no-passage: a place named as a backdrop ("Trong bối cảnh cả nước lẫn thế giới …",
  "Amid the country's slowdown") opens no passage.
- lead-period: a flow without a period phrase takes the last period of a flow the article set
  for the province ("In the first seven months ... Of these, Singapore led with ...").
- article-as-of: a stock without a date takes the last as-of date the article set ("as of
  July 31", "tính đến ngày 15/11", "by mid-June").
- stock-context: a sentence dated "as of" a day whose figures were all totals makes the
  undated figures after it totals too ("As of October 31 it had 4,053 projects ... Taiwan
  leads with 859 projects totaling 6.27 billion USD").
- roundup-end: with no as-of date, a stock in a round-up published soon after its period ends
  on that period's end ("Cả năm 2023 ... toàn tỉnh có ..." published in January 2024).
- then-the-periods-end: a stock in a sentence that opens by pointing back ("At that point the
  province was host to 205 projects", "By then", "Lúc đó") is as of the end of the period the
  article reported, a past one.
- publication-date: else a stock is as of the publication date ("so far", "currently" too).
- as-of-today: a total "tính đến tháng 4/2023" in a page of April 27 is as of April 27 (not a
  year-end estimate such as "đến hết năm 2018" in late December).
- article-period: a flow before any period was set takes the first period the article names
  later (ranking-first stories: "Singapore leads with ... Over the past 7 months, ..."); not
  a year more than three years before the report, which looks back ("Năm 2004 ... mới đạt").
- ytd-to-publication: a flow with no period at all runs from January 1 to the publication date.
- subset-carries: "They comprise ...", "Trong đó ..." after a sentence about a subset (one
  ceremony's projects, the industrial parks) speak of that subset too.
- occasion-carries: after the figures of one ceremony ("trao quyết định ... cho 7 dự án"), the
  figures of sentences that name no period are that ceremony's too ("Hai dự án cấp mới có tổng
  vốn 53 triệu USD").
- by-partner-carries: after a sentence that opens on partners ("Xét theo đối tác, Hàn Quốc đứng
  đầu …", "By partner, …") in a period's report, the sentences that name a country and no period
  ("Xếp thứ hai là Nhật Bản với 10 dự án, tổng vốn …") split the same period's sum.
- ranking-part-carries: an investor-country ranking of new projects ("Hong Kong có nhiều dự án
  đăng ký mới nhất, với 16 dự án ...") goes on in the next sentences that name a country and
  no period ("Trung Quốc đứng thứ 2 với 13 dự án ...": new projects too).
- cut-at-point: a flow whose run of months the sentence cuts at an as-of day of its last month
  ends that day (the frame keeps the run: later estimates are often for the whole period).
- cut-by-later-day: "Tính đến ngày 15/6, …" in a later sentence with no total of its own, inside
  the last month of the lead's run of months, ends the run that day for what follows.
- window-narrow: "in May" right after figures of 1-15 May keeps that window.
- month-in-a-running-year: a whole year not over when the article was written (a backdrop or a
  forecast, before November) is no report's window: a month or a run of months a later sentence
  counts in frames what follows, whatever that sentence kept ("… xuất khẩu năm 2025. Trong tháng
  9, tổng trị giá xuất, nhập khẩu … 17,1 tỷ USD. Trong đó, xuất khẩu …").
- periods-respectively: periods listed and then their rates "lần lượt" ("trong quý I, quý II và
  quý III lần lượt là 8,3%, 10,7% và 9,9%") pair in order.
- ytd-in-window: "từ đầu năm", "since the start of the year" in a report of a window of this
  year that ended before publication is that window.
- run-so-far: "từ đầu năm (đến nay)" in a report whose first period is a run of months from
  January ending in the month of publication, after its day ("5 tháng đầu năm" on May 27), is
  that run, to the month's end: the statistics office estimates the last month whole.
- named-months-before-so-far: "so far this year" after a span of months its own sentence named
  ("from January to November, … of all FDI the country registered so far this year") sets no
  frame: the months hold.
- counted-to-later-day: a run the lead opened, cut short at one figure's day ("Tính đến 27/6,
  thu ngân sách …"), runs on to a later day of the lead a later sentence names ("Ước đến 30/6").
- cut-off-narrow: "over the past six months", not over at publication, after flows counted to
  mid-June keeps the window to mid-June, for the frame and for the figure that names it.
- window-of-its-own: "In the first half of this year, 514 projects …" after a lead counted to
  June 20: the one part of the year a sentence dates its own flows to frames what follows too.
- goal-year: the year after a goal and its sum ("on course for its goal of 1.1 billion USD in
  FDI in 2024") is the goal's, and sets no period for what follows; so is the whole year a plan
  named just before is for ("bằng 76,59% kế hoạch thu hút FDI cả năm 2018").
- this-year-so-far: "this year" for a flow in a report of January-September, published before
  the year ends, is January-September.
- named-year-so-far: a flow's own year named by its number, the year of publication and more
  than a month from its end, is the year so far when its clause says it has brought ("Riêng
  trong năm 2013, tỉnh đã thu hút 18 dự án" on November 27).
- quarter-anaphor: "in the quarter", "for the quarter" in a window of months is the window's
  last whole quarter.
- month-of-window: a flow that inherited a window of months and is compared with the month
  before ("ước đạt 2,5 tỷ USD, cao hơn tháng trước 7%", "up 3% month-on-month") is the
  window's last month.
- quarterly-window: GRDP, compiled per quarter, told to the last quarter's end inside a report
  of more months ("GRDP for the first nine months grew 10.22%" in a report of ten) leaves the
  report's window to the figures after it.
- quarter-end-of-the-day: a GRDP growth dated to a day inside a quarter (no period of its own,
  "so far this year", a run of the year to a day) is the last quarter released by then.
- so-far-in-a-forecast-year: "so far this year" after a forecast for the unfinished year frames
  the year to date, even in a sentence that keeps no figure.
- topic-carries: an amount whose clause names no topic speaks of the topic named last.
- domestic-carries: right after a sentence about domestic investment ("about 83 domestic
  projects were attracted"), a sentence that names nothing foreign counts domestic projects
  ("Licences went to 69 new projects …"); after a heading that opens a domestic passage ("Ở
  lĩnh vực thu hút đầu tư trong nước, …"), every sentence of its paragraph that names nothing
  foreign does.
- foreign-named: whether foreign investment, an investor country or countries of origin were
  named so far (headline included); projects counted before that are of every kind
  (nothing-foreign-is-every-kind, merge.py).
- main-place: "the province", "tỉnh", "provincial" stand for the place the headline (or, without
  one, the lead) names: in a story about Đồng Nai they are Đồng Nai.
- section-place: a line that only names a place ("TP. HCM", "Hà Nội") heads the paragraphs
  below it, until the next such line: "thành phố", "the city" there are that place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from operator import attrgetter

from etl.extract.amounts import SCALE_WORD, Amount, closed_aside, in_parens
from etl.extract.cues import Segment, SentenceCues, after_last_mark
from etl.extract.explain import ANOTHER_QUANTITY
from etl.extract.leads import LeadScan
from etl.extract.period_handlers import month_end
from etl.extract.periods import PeriodMention, as_of, one_run_to_its_last_month
from etl.extract.places import OPENING_CHARS

CONTRAST_RE = re.compile(
    r"\s*(?:meanwhile|in comparison|by contrast|in contrast|trong khi (?:do|da)|trong khi"
    r"|con (?:tai|o)|tandis que|en comparaison|de son cote)(?!\w)"
)
THIS_YEAR_RE = re.compile(r"(?:in |during |for |trong )?(?:this year|the year|nam nay|cette annee)")
ADJACENT_CHARS = 14  # "2.9 billion USD in July": a period this close after an amount is its own
MONTH_DAYS = 31  # a stock's as-of month not over at publication is counted by the publication day
ROUNDUP_DAYS = 45  # a round-up of a period published within this many days of its end


@dataclass(frozen=True, slots=True)
class Dating:
    """A figure's dates and the rule that set them."""

    start: date | None
    end: date | None
    rule: str


@dataclass(frozen=True, slots=True)
class Frame:
    """Carried from sentence to sentence while one article is read."""

    published: date | None
    published_estimated: bool = False  # the page had no date: estimated from the text (dating)
    year: int | None = None  # the year the text speaks of, in an undated article
    flow_period: PeriodMention | None = None
    as_of: PeriodMention | None = None
    place: str = "province"
    topics: tuple[str, ...] = ()  # the topics named, most recent first
    title_topic: str | None = None
    paragraph: int = 0
    stock_context: bool | None = None  # the last time phrase: a total ("so far") or a period
    article_period: PeriodMention | None = None  # the first flow period the article names
    subset: str | None = None  # why the last sentence's figures were a subset, if they were
    ip_article: bool = False  # the headline is about the industrial parks, not the province
    district_article: bool = False  # the headline is about a district or town of the province
    occasion: bool = False  # the last figures were one ceremony's, and no period was named since
    ranked_part: str | None = None  # the breakdown topic of an investor-country ranking ("fdi_new")
    partner_split: bool = False  # the sentences since "Xét theo đối tác, …" split a sum by country
    main_place: str = "province"  # whose story the article is: what "the province" means
    roundup: bool = False  # a round-up of many places: only a sentence naming the province is its
    counted: str | None = None  # the metric of the last count kept ("fdi_new_projects_period")
    last_kept: tuple[str, ...] = ()  # the kinds of the figures the last sentence with numbers kept
    section_place: str | None = None  # the place a heading line named over the paragraphs below
    domestic: bool = False  # the last sentence spoke of domestic investment, nothing foreign
    foreign_named: bool = False  # foreign investment, an investor country or countries named so far
    domestic_paragraph: int = -1  # the paragraph a domestic investment heading opened
    subject_partner: str | None = None  # the investor country the last sentence was about
    # a period a sentence without figures narrowed the frame to ("6 tháng đầu năm kinh tế đạt
    # nhiều kết quả khả quan"), with the paragraph it holds for and the period it replaced
    told: tuple[int, PeriodMention | None] | None = None
    whole_province: bool = False  # the last sentence with numbers kept the whole province's
    last_scope: str | None = None  # the place the last sentence with numbers named first
    projects_named: bool = False  # the last sentence spoke of projects ("ones" may stand for them)

    @property
    def topic(self) -> str | None:
        """The topic named last."""
        return self.topics[0] if self.topics else None

    @property
    def in_a_period(self) -> bool:
        """The article's last time phrase named a period, and no total was told since: its
        figures with no time phrase of their own are that period's flows."""
        return self.flow_period is not None and self.stock_context is False

    def but(self, **changes) -> Frame:
        """`dataclasses.replace(self, **changes)`, faster: a frame is renewed after every
        sentence, and `replace` reads every field's metadata each time."""
        values = dict(zip(FRAME_FIELDS, _frame_values(self), strict=True))
        values.update(changes)
        return Frame(**values)


FRAME_FIELDS = tuple(f.name for f in fields(Frame))
_frame_values = attrgetter(*FRAME_FIELDS)  # a frame's values, in the order of its fields


# a goal, target or plan, then its sum and what it is of, then the year: the goal's year
IN_A_SENTENCE = r"(?:[^.;:]|[.,](?=\d)|(?<=u)\.(?=s\.)|(?<=u\.s)\.)"  # "1.5", "U.S." go on
GOAL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:goals?|targets?|plans?|objectives?|ke hoach|muc tieu|chi tieu)(?!\w)"
    rf"{IN_A_SENTENCE}*?\d[\d.,]*\s?(?:{SCALE_WORD}|%|percent|per cent)"
    rf"{IN_A_SENTENCE}*$"  # the goal's sum stands between
)
# "the goal of attracting foreign direct investment (FDI) of over 1.5 billion USD in 2023"
GOAL_CHARS = 120
# "76,59% kế hoạch thu hút FDI cả năm 2018", "of the plan for 2018", "72,4% kịch bản tăng trưởng
# cả năm", "110,5% dự toán thu cả năm 2025": the year a plan, a growth scenario or a budget
# estimate named just before is for (not "Sở Kế hoạch và Đầu tư"; nor "chỉ tiêu", also the
# indicators of a year)
PLANS_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:ke hoach(?! (?:va|&) dau tu)|muc tieu|kich ban|du toan|plan|target|goal|scenario)"
    r"(?:\s+[\w()-]+){0,4}?\s+(?:(?:ca|cua|trong|for|of)\s+)?(?:the\s+)?(?:(?:ca )?nam\s+)?$"
)
PLANS_YEAR_CHARS = 50
# "this year's growth goal", "2024's export target": the year a goal is set for
GOAL_AFTER_RE = re.compile(
    r"(?:'s|s')?\s+(?:[\w-]+\s+){0,2}?(?:goals?|targets?|plans?|objectives?|scenarios?)(?!\w)"
)
NEXT_ITEM_RE = re.compile(r"(?<!\w)(?:va|and|et|while|con)(?!\w)")  # "7,51% và quý IV tăng …"


SUBJECT_PARTNER_CHARS = 90  # a country named this early is what the sentence is about


def _subject_partner(cues: SentenceCues) -> str | None:
    """The one investor country a sentence is about ("Japanese firms hold the largest share"),
    for "they" / "họ" in the next one (rule pronoun-carries-partner)."""
    labels = {c.label for c in cues.partners}
    early = [c for c in cues.partners if c.start <= SUBJECT_PARTNER_CHARS]
    return early[0].label if early and len(labels) == 1 else None


def _cut_by_its_day(period: PeriodMention | None, mentions: list[PeriodMention]):
    """ "By mid-December the province had drawn 2 billion USD this year": the year the sentence
    names runs to its day for what follows too (a day still ahead cuts nothing)."""
    days = [m.end for m in mentions if m.kind == "point" and m.end
            and not (m.future or m.several_years)]  # fmt: skip
    if period is None or not period.start or not period.end or not days:
        return period
    day = days[-1]
    return replace(period, end=day) if period.start <= day < period.end else period


def this_year_to_its_day(
    own: PeriodMention | None, mentions: list[PeriodMention]
) -> PeriodMention | None:
    """ "As of the beginning of November, Dong Nai had taken in USD1.02 billion of foreign
    investment this year": "this year", told beside a day of it in the same sentence, runs to
    that day (this-year-to-its-day)."""
    if own is None or own.kind != "range" or not own.whole_year or own.explicit_year:
        return own
    return _cut_by_its_day(own, mentions)


def own_period(
    amount: Amount, mentions: list[PeriodMention], seg: Segment | None, kind: str, folded: str = "",
    amounts: tuple[Amount, ...] | list[Amount] = (), respectively: int | None = None,
) -> PeriodMention | None:  # fmt: skip
    """The period phrase of the amount's own words: right after it; else the last one before
    it in its sentence, or the first one after it inside its clause. A flow prefers a period
    ("in the first half") to a moment ("now"), a stock a moment to a period. `respectively`:
    where the sentence says "respectively", "lần lượt" (`SentenceCues.respectively`)."""
    paired = _respective_period(amount, mentions, respectively, amounts)
    if paired is not None:
        return paired
    adjacent = [p for p in mentions if 0 <= p.span[0] - amount.end <= ADJACENT_CHARS
                and not any(ch in folded[amount.end : p.span[0]] for ch in "(;,:")
                and not NEXT_ITEM_RE.search(folded, amount.end, p.span[0])]  # fmt: skip
    if adjacent:
        return _run_before_so_far(adjacent[0], mentions, folded, amount, kind)
    limit = seg.after[1] if seg else 10**9
    clause = seg.before[0] if seg else 0
    before = [p for p in mentions if p.span[1] <= amount.start
              and not closed_aside(folded, *p.span, amount.start)
              and not _a_plans_year(p, folded)]  # fmt: skip
    after = [p for p in mentions if amount.end <= p.span[0] < limit
             and not _span_of_a_later_clause(p, folded, amount)
             and not _a_plans_year(p, folded)]  # fmt: skip
    # its own clause first: "said the year had started well, with $696 million in January"
    nearby = ([p for p in before if p.span[0] >= clause][::-1] + after
              + [p for p in before if p.span[0] < clause][::-1])  # fmt: skip
    nearby = [p for p in nearby if not p.future] or nearby  # "... than the goal for 2020-2025"
    preferred = ("range", "ytd", "same") if kind != "stock" else ("point", "now")
    for mention in nearby:
        if mention.kind in preferred:
            return _named_range(mention, mentions)
    if nearby:
        return nearby[0]
    return _lone_period(mentions, amount, kind, amounts, folded)


def _a_plans_year(mention: PeriodMention, folded: str) -> bool:
    """ "US$463 million, equivalent to 46 per cent of the goal it set for 2016 and 3.4 per cent
    more than …": the whole year a plan named just before it is for is no period of the
    figures on either side of it (goal-year)."""
    return mention.whole_year and _after_a_plan(folded, mention.span[0])


def _after_a_plan(folded: str, at: int) -> bool:
    """A plan or goal word stands just before `at` ("kế hoạch thu hút FDI cả năm", "the goal it
    set for"): the year that follows is the plan's."""
    return bool(PLANS_YEAR_BEFORE_RE.search(folded, max(0, at - PLANS_YEAR_CHARS), at))


def _held_today(mention: PeriodMention, folded: str, kept: tuple[str, ...]) -> bool:
    """ "Nhà đầu tư Hàn Quốc hiện sở hữu 180 dự án …", "South Korea is currently the biggest
    investor, with 207 projects …": what a sentence of totals says is held today dates the
    ranking after it too, even after a year-end estimate (held-today). The words are those of
    the "currently" period pattern, but English "now" alone ("now that …") names no such day."""
    said = folded[mention.span[0] : mention.span[1]]
    return "stock" in kept and "flow" not in kept and said != "now"


def _span_of_a_later_clause(mention: PeriodMention, folded: str, amount: Amount) -> bool:
    """ "Growth came in at over 10.2%, lifting the province to 6th place, … the best result of the
    2020-2025 term": a span of years in a later clause is that clause's, not the figure's."""
    return mention.several_years and any(
        mark in folded[amount.end : mention.span[0]] for mark in ",;"
    )


def _respective_period(
    amount: Amount, mentions: list[PeriodMention], respectively: int | None, amounts: tuple | list
) -> PeriodMention | None:
    """ "trong quý I, quý II, quý III và quý IV lần lượt là 8,3%, 10,7%, 9,9% và 11,5%": as many
    periods as amounts of one kind, all on one side of them, paired in order
    (periods-respectively)."""
    if len(mentions) < 2 or respectively is None:
        return None
    alike = [a for a in amounts if a.unit == amount.unit]
    if len(alike) < 2 or amount not in alike:
        return None
    first, last = min(a.start for a in alike), max(a.end for a in alike)
    dated = [p for p in mentions if p.kind in ("range", "point") and p.end]
    before = [p for p in dated if p.span[1] <= first][-len(alike) :]  # "năm 2017 trong quý I, …"
    after = [p for p in dated if p.span[0] >= last][: len(alike)]
    periods = before if len(before) == len(alike) and not after else after
    if len(periods) != len(alike) or len({(p.start, p.end) for p in periods}) != len(periods):
        return None
    return periods[alike.index(amount)]


def _run_before_so_far(
    mention: PeriodMention, mentions: list[PeriodMention], folded: str, amount: Amount, kind: str
) -> PeriodMention:
    """ "over 11 months the index gained 14% cumulatively": the run of months its clause named
    before it says more than the "so far" right after it (range-over-ytd, in one clause)."""
    if mention.kind not in ("ytd", "now") or kind == "stock":
        return mention
    clause = after_last_mark(folded, amount.start)
    runs = [p for p in mentions if p.kind == "range" and not p.future and p.end
            and clause <= p.span[0] and p.span[1] <= amount.start]  # fmt: skip
    return runs[-1] if runs else mention


def _lone_period(
    mentions: list[PeriodMention], amount: Amount, kind: str, amounts: tuple | list = (),
    folded: str = "",
) -> PeriodMention | None:  # fmt: skip
    """ "X is expected to rise 8.5% and Y to grow 15% in 2020.", "drew $2.6 billion of FDI
    (FDI) as of August 15, the chairman said": the sentence's only period phrase, after the
    amount's clause, dates the amounts that have none of their own (lone-period)."""
    if (
        len(mentions) != 1
        or mentions[0].span[0] < amount.end
        or _span_of_a_later_clause(mentions[0], folded, amount)
        or _a_plans_year(mentions[0], folded)
    ):
        return None
    if any(a.start > mentions[0].span[1] and a.unit == amount.unit for a in amounts):
        return None  # "X, and the 4 months' figure came to Y": the phrase is Y's
    wanted = ("range", "point") if kind != "stock" else ("point", "now")
    return mentions[0] if mentions[0].kind in wanted else None


def _named_range(mention: PeriodMention, mentions: list[PeriodMention]) -> PeriodMention:
    """ "Since the start of the year ..., in the first half of 2022": the named range says more
    than the year-to-date phrase of the same sentence (range-over-ytd)."""
    if mention.kind == "range":
        return _cut_at_point(mention, mentions)
    if mention.kind != "ytd":
        return mention
    ranges = [p for p in mentions if p.kind == "range" and not p.future and p.end]
    return ranges[0] if ranges else mention


def _cut_at_point(mention: PeriodMention, mentions: list[PeriodMention]) -> PeriodMention:
    """ "tính đến giữa tháng 10/2022, lũy kế 10 tháng … X": a run of months cut at an as-of day
    the same sentence names inside its last month ends on that day (LANGUAGE.md trap 12); so
    does one whose days it spells out beside it ("8 tháng năm 2025 (từ ngày 1/1 đến 20/8)",
    "the first 8 months (January 1 to August 20)": range-cut-by-its-days)."""
    end = mention.end
    if mention.start is None or end is None or mention.start.month != 1:
        return mention
    cuts = [p.end for p in mentions if p.end and not p.future and p.end < end and (
        (p.kind == "point" and (p.end.year, p.end.month) == (end.year, end.month))
        or (p.kind == "range" and one_run_to_its_last_month(mention.start, end, p.start, p.end))
    )]  # fmt: skip
    return replace(mention, end=cuts[0]) if cuts else mention


def _named_after(cues: SentenceCues, label: str, first_amount: int) -> bool:
    """The place comes only after the sentence's first amount ("... rose 11% to $904 million,
    helped by the trade deals Vietnam has signed"): not the sentence's subject."""
    return all(c.start > first_amount for c in cues.places if c.label == label)


def _opens_with(cues: SentenceCues, label: str) -> bool:
    """The sentence opens with the place ("In Dong Nai, ...", "Nationwide, ...", "Cả nước ..."),
    not with a backdrop ("Trong bối cảnh cả nước lẫn thế giới …", "Amid the country's …")."""
    if BACKDROP_RE.match(cues.folded):
        return False
    return any(c.label == label and c.start <= OPENING_CHARS for c in cues.places)


# "Trong bối cảnh cả nước lẫn thế giới đang dồn sức chống dịch", "Amid the country's slowdown":
# the place is a backdrop, not the passage's subject (backdrop-sets-no-passage)
BACKDROP_RE = re.compile(
    r"\W*(?:trong boi canh|amid(?:st)?|against the backdrop of|dans un contexte)"
)


def date_figure(frame: Frame, own: PeriodMention | None, kind: str, folded: str = "") -> Dating:
    """(start, end, rule) of a figure of `kind` (stock, flow or rate) whose own period phrase is
    `own` (None when its sentence has none) in the folded sentence `folded`."""
    if own is not None and own.kind == "same":
        own = None  # "in the period": the article's period
    then = _at_that_point(frame, folded) if own is None and kind == "stock" else None
    if then is not None:
        return Dating(None, then, "then-the-periods-end")
    if own is None:
        return _inherited(frame, kind)
    if frame.flow_period and _narrows(own, frame.flow_period) and kind != "stock":
        return _span(frame.flow_period, kind, "window-narrow")
    if (
        kind != "stock"
        and _year_so_far_in_window(own, frame)
        and not _to_date(folded, own)  # "từ đầu năm đến nay": to the day
    ):
        return _span(frame.flow_period, kind, "ytd-in-window")  # type: ignore[arg-type]
    resolved = _resolved(own, frame, _dating(frame, own), folded)
    published = frame.published
    if kind != "stock" and _the_years_first_day(resolved):
        return _from_the_years_start(resolved.end, frame)  # type: ignore[arg-type]
    if kind != "stock" and _past_months_cut_short(resolved, frame, folded):
        return _span(frame.flow_period, kind, "cut-off-narrow")  # type: ignore[arg-type]
    if kind == "stock" and _counted_by_publication(resolved.end, published):
        return Dating(None, published, "own-period/as-of-today")
    return _span(resolved, kind, "own-period")


# "At that point the province was host to 205 projects", "By then it counted …", "Lúc đó, tỉnh
# có …": the moment the period just reported ended
AT_THAT_POINT_RE = re.compile(
    r"\s*(?:at that (?:point|time|date|stage)|by (?:then|that (?:time|point|date))"
    r"|a cette (?:date|epoque)|(?:luc|khi|den thoi diem) do)(?!\w)"
)


def _at_that_point(frame: Frame, folded: str) -> date | None:
    """The end of the past period the article reported, when the sentence opens by pointing back
    at it (rule then-the-periods-end); else None."""
    end = frame.flow_period.end if frame.flow_period else None
    if end is None or not AT_THAT_POINT_RE.match(folded):
        return None
    return end if frame.published is None or end < frame.published else None


def _part_of_an_earlier_year(period: PeriodMention, current: PeriodMention | None) -> bool:
    """Months of a year before the one the article's figures run in."""
    return (
        current is not None
        and current.start is not None
        and period.end is not None
        and not period.whole_year
        and period.end.year < current.start.year
    )


def _the_years_first_day(period: PeriodMention) -> bool:
    """ "As of the beginning of 2020": January 1, a day no flow ends on."""
    end = period.end
    return period.kind == "point" and end is not None and (end.month, end.day) == (1, 1)


def _from_the_years_start(first: date, frame: Frame) -> Dating:
    """ "As of the beginning of 2020, what the province has earned from exports is estimated at
    X": a flow counted from the year's first day, to the end of the report's period in that
    year, else to publication (flow-from-the-years-start)."""
    window = frame.flow_period
    if window and window.end and window.end.year == first.year and window.end > first:
        return Dating(first, window.end, "from-the-years-start")
    published = frame.published
    end = published if published and published.year == first.year else None
    return Dating(first, end, "from-the-years-start")


def month_of_window(dating: Dating) -> Dating:
    """The last month of an inherited window of months (month-of-window)."""
    end = dating.end
    if (
        end is None
        or not dating.rule.startswith("lead-period")
        or end != month_end(end.year, end.month)
    ):
        return dating
    return Dating(date(end.year, end.month, 1), end, "month-of-window")


def this_year_so_far(frame: Frame, own: PeriodMention | None, folded: str, kind: str) -> bool:
    """ "34 countries have put capital into the province this year, US$2.4 billion" in a
    January-September report: "this year" is the part of the year the article speaks of
    (this-year-so-far), not the whole year, which has not ended."""
    published = frame.published
    if published is None or kind == "stock" or own is None:
        return False
    if not _unfinished_whole_year(own, published):
        return False
    if own.explicit_year:
        return _named_year_so_far(own, published, folded)
    if not THIS_YEAR_RE.fullmatch(folded[own.span[0] : own.span[1]]):
        return False
    if TO_DATE_RE.search(folded):  # "planned $1 billion this year; the amount to date is $1.6"
        return True
    if PERFECT_RE.search(folded) and not WHOLE_YEAR_ESTIMATE_RE.search(folded):
        return True  # "Riêng trong năm nay, vốn FDI đã đạt hơn 2,5 tỷ USD": reached so far
    if ESTIMATE_VERB_RE.search(folded):
        return False  # "For this year, exports are estimated to reach …": the whole year's
    period = frame.flow_period
    return bool(
        period and period.kind == "range" and period.start and period.end
        and period.start == own.start and own.end and period.end < own.end
    )  # fmt: skip


def _unfinished_whole_year(own: PeriodMention, published: date) -> bool:
    """A whole year, January to December, not over at publication."""
    return bool(
        own.kind == "range" and own.start and own.end
        and (own.start.month, own.end.month) == (1, 12) and published < own.end
    )  # fmt: skip


def _named_year_so_far(own: PeriodMention, published: date, folded: str) -> bool:
    """A flow's own whole year, named by its number, that is the year of publication and more
    than a month from its end, is what the year has brought so far when its clause says it has
    (named-year-so-far; "in November, Riêng trong năm 2013, tỉnh đã thu hút 18 dự án"); an
    estimate in another clause ("…; vốn thực hiện ước đạt …") does not count."""
    if own.end is None or own.end.year != published.year:
        return False
    if (own.end - published).days <= YEAR_END_DAYS:
        return False
    if _cumulative_before(folded, own.span[0]):
        return True  # "tính lũy kế năm 2024" in October: what the year has added up to so far
    end = folded.find(";", own.span[1])
    clause = folded[: end if end >= 0 else len(folded)]
    return bool(PERFECT_RE.search(clause) and not WHOLE_YEAR_ESTIMATE_RE.search(clause))


CUMULATIVE_YEAR_RE = re.compile(r"(?<!\w)(?:luy ke|cong don)(?: (?:trong|tu dau|ca))? $")
CUMULATIVE_CHARS = 24


def _cumulative_before(folded: str, at: int) -> bool:
    """ "lũy kế", "cộng dồn" just before `at`: what the year named there has added up to."""
    return bool(CUMULATIVE_YEAR_RE.search(folded, max(0, at - CUMULATIVE_CHARS), at))


# a verb in the perfect: what the year has brought so far ("đã đạt", "has reached")
PERFECT_RE = re.compile(
    r"(?<!\w)(?:da|has|have)(?= (?:\w+ )?(?:dat|thu hut|hut|reached|drawn|attracted|lured"
    r"|received|brought|registered|hit|topped|surpassed|exceeded)(?!\w))"
)
# "ước cả năm đạt", "is expected to reach ... for the whole year": the whole year, estimated
ESTIMATE_WORDS = r"uoc|du kien|du bao|estimat\w*|expect\w*|forecast\w*"
ESTIMATE_VERB_RE = re.compile(rf"(?<!\w)(?:{ESTIMATE_WORDS})(?!\w)")
WHOLE_YEAR_ESTIMATE_RE = re.compile(
    rf"(?<!\w)(?:{ESTIMATE_WORDS}|projected|ca nam|whole year|full year|entire year)(?!\w)"
)


# "is scheduled for June 2024", "will meet in August 2024", "sẽ tổ chức vào tháng 9": a schedule
# ("has approved a plan to hold dialogues during 2024")
TASKS_FOR_RE = re.compile(
    r"(?<!\w)(?:(?:directions?|tasks?|orientations?|assignments?|workloads?|work plans?)"
    r"(?: and (?:tasks?|directions?|solutions?))?"
    r"|(?:phuong huong,? )?nhiem vu(?: trong tam)?) (?:for|cho) (?:the )?$"
)


def _tasks_for(folded: str, mention: PeriodMention) -> bool:
    """ "… with directions and tasks for the last 6 months of 2019" ("for" may open the period's
    own words): the period a report plans for, not "the tasks of 2024" it reviews."""
    at = mention.span[0]
    end = at + 4 if folded.startswith("for ", at) else at
    return TASKS_FOR_RE.search(folded, max(0, at - 40), end) is not None


SCHEDULE_RE = re.compile(
    r"(?<!\w)(?:scheduled|will|shall|se|du kien|prevue?s?|aura lieu|plans? to|planning to"
    r"|a plan (?:to|for)|ke hoach (?:to chuc|se)"
    # "đề ra chương trình chỉ đạo quý II/2025", "set out the tasks for the second quarter": the
    # period a meeting plans for, not the one it reviews
    r"|de ra (?:chuong trinh|nhiem vu|ke hoach|phuong huong|giai phap)"
    r"|set (?:out|forth) (?:the )?(?:tasks|plans?|programmes?|directions))(?!\w)"
)


def year_so_far(frame: Frame) -> Frame:
    """The frame a this-year-so-far flow is dated in: a whole year the headline or lead named
    that has not ended at publication ("Vốn FDI năm 2017 vượt mốc 2,5 tỷ USD" in November)
    holds only its part so far (ytd-to-publication)."""
    period = frame.flow_period
    if period is None or period.start is None or period.end is None:
        return frame
    whole = (period.start.month, period.end.month) == (1, 12)
    return frame.but(flow_period=None) if whole and _unfinished(period, frame) else frame


YEAR_END_DAYS = 31  # a round-up of the year given in its last month estimates the whole year


def _year_end_round_up(period: PeriodMention, frame: Frame) -> bool:
    """ "năm 2024 kinh tế tỉnh … GRDP ước tính tăng 5,97%" on December 4: a whole year the
    article reviews in its last month is estimated whole, not its part so far
    (year-end-estimate)."""
    if period.start is None or period.end is None or frame.published is None:
        return False
    return bool(
        (period.start.month, period.end.month) == (1, 12)
        and (period.end - frame.published).days <= YEAR_END_DAYS
    )  # fmt: skip


TO_DATE_RE = re.compile(r"(?<!\w)(?:to date|so far|up to now|den nay)(?!\w)")
TO_DATE_AFTER_CHARS = 14  # "Tính từ đầu năm 2022 đến nay": the "to date" right after the phrase


def _to_date(folded: str, mention: PeriodMention) -> bool:
    """The year so far is said to run to today ("từ đầu năm đến nay", "so far")."""
    return bool(TO_DATE_RE.search(folded, mention.span[0], mention.span[1] + TO_DATE_AFTER_CHARS))


def quarter_of_window(dating: Dating) -> Dating:
    """ "3.87% in the quarter" inside a report of the first 4 months: the last whole quarter of
    the inherited window (quarter-anaphor)."""
    end = dating.end
    if end is None or not dating.rule.startswith(("lead-period", "article-period")):
        return dating
    month = end.month - end.month % 3  # the last quarter-end month on or before `end`
    if month == end.month and end != month_end(end.year, end.month):
        month -= 3  # the quarter is not over on March 15
    if month <= 0:
        return dating
    return Dating(date(end.year, month - 2, 1), month_end(end.year, month), "quarter-anaphor")


def at_a_quarters_end(dating: Dating) -> Dating:
    """GRDP is compiled per quarter, so a growth told with no period, or "so far this year", on a
    day inside a quarter is that of the last quarter released by then: the quarter itself in its
    last month ("8.63 percent" on September 28 is the nine months'), the whole year in November
    (the year-end estimates), else the quarter before ("GRDP tăng 8%" on February 1 is last
    year's; "tăng 6,47%" on October 6 is the nine months') (quarter-end-of-the-day)."""
    end = dating.end
    if end is None or not (
        dating.rule == YTD_TO_PUBLICATION
        or dating.rule.endswith("/ytd")
        or (dating.start == date(end.year, 1, 1) and end != month_end(end.year, end.month))
    ):  # (and a run of the year to a day: "tính đến ngày 29/12")
        return dating
    if end.month % 3 == 0 and end == month_end(end.year, end.month):
        return dating
    if end.month % 3 == 0 or end.month == ESTIMATES_MONTH:
        closing = month_end(end.year, end.month + (3 - end.month % 3) % 3)
    elif end.month < 3:
        closing = date(end.year - 1, 12, 31)
    else:
        closing = month_end(end.year, end.month - end.month % 3)
    return Dating(date(closing.year, 1, 1), closing, dating.rule + "/quarter-end")


ESTIMATES_MONTH = 11  # the provinces' year-end estimates come out in November


def raised_at_the_periods_end(frame: Frame, dating: Dating) -> Dating:
    """ "During 2014 … plus one FDI project, which took the province's tally to 10 FDI projects",
    written in March 2015: a total the period's flows raised, with no day of its own, stands at
    the end of that finished period, not on the publication day (raised-total-at-period-end);
    in an undated article too."""
    period, published = frame.flow_period, frame.published
    if dating.rule != "publication-date" or not (period and period.end):
        return dating
    if published is not None and period.end >= published:
        return dating
    return Dating(None, period.end, "raised-total-at-period-end")


YTD_TO_PUBLICATION = "ytd-to-publication"  # the rule of a flow with no period phrase at all


def _inherited(frame: Frame, kind: str) -> Dating:
    if kind == "stock":
        if frame.as_of and frame.as_of.end:
            return Dating(None, frame.as_of.end, "article-as-of")
        roundup = _roundup_end(frame)
        if roundup:
            return Dating(None, roundup, "roundup-end")
        return Dating(None, frame.published, "publication-date")
    if frame.flow_period and frame.flow_period.end:
        return _span(frame.flow_period, kind, "lead-period")
    article = frame.article_period
    if (
        frame.flow_period is None and article and article.end
        and (not _unfinished(article, frame) or _year_end_round_up(article, frame))
        and not _history(article, frame)
    ):  # fmt: skip
        return _span(article, kind, "article-period")
    if frame.published:
        return Dating(date(frame.published.year, 1, 1), frame.published, YTD_TO_PUBLICATION)
    return Dating(None, None, "unknown")


HISTORY_YEARS = 3  # "0.95% and 8.32% in 2021 and 2022" in 2023 is a review, not history


def _history(period: PeriodMention, frame: Frame) -> bool:
    """ "Năm 2004 (năm đầu tái lập tỉnh), … mới đạt khoảng 50 triệu USD" in a report of 2018: a
    year long before the one the article is written in looks back; it frames none of the
    figures stated before it (the report's own year does: ytd-to-publication)."""
    return bool(
        frame.published and period.end and frame.published.year - period.end.year > HISTORY_YEARS
    )


def _unfinished(period: PeriodMention, frame: Frame) -> bool:
    """ "planned $1 billion this year; the amount to date is $1.6 billion" in November: a period
    that ends after publication holds the part of it so far (ytd-to-publication)."""
    return bool(frame.published and period.end and period.end > frame.published)


def _span(period: PeriodMention, kind: str, rule: str) -> Dating:
    end = period.end
    if kind == "stock":
        return Dating(None, end, rule)
    if period.kind == "range":
        return Dating(period.start, end, rule)
    start = period.start or (date(end.year, 1, 1) if end else None)  # "kể từ ngày 15/9": its day
    return Dating(start, end, rule + "/ytd")


def _resolved(
    mention: PeriodMention, frame: Frame, context: PeriodMention | None, folded: str
) -> PeriodMention:
    """The dates of a period phrase of the folded sentence in the article's frame: "now" and
    "so far" on the publication day, "từ đầu năm" in the run of months the report is of, "this
    year" in a round-up the year under review."""
    resolved = as_of(mention, frame.published, context)
    if _in_the_reports_run(mention, resolved, frame, folded):
        resolved = replace(resolved, end=frame.article_period.end)  # type: ignore[union-attr]
    return _reviewed_year(mention, resolved, frame)


# "từ đầu năm (2016) (đến nay)": the Vietnamese year-so-far of a statistical report
SINCE_NEW_YEAR_RE = re.compile(r"tu dau nam(?!\w)")


def _in_the_reports_run(
    mention: PeriodMention, resolved: PeriodMention, frame: Frame, folded: str
) -> bool:
    """ "Từ đầu năm đến nay, …" on July 29 in a report whose first period is "7 tháng đầu năm
    2016": the year so far is the report's seven months, to July 31. The statistics office
    releases a run of months days before its last month is out, estimating that month whole
    (run-so-far); an English "so far this year" keeps the day it was said."""
    run, published = frame.article_period, frame.published
    return bool(
        mention.kind == "ytd" and mention.end is None and run and published
        and run.kind == "range" and not run.whole_year and run.start == resolved.start
        and run.start == date(published.year, 1, 1) and run.end and run.end > published
        and (run.end.year, run.end.month) == (published.year, published.month)
        and SINCE_NEW_YEAR_RE.search(folded, mention.span[0], mention.span[1])
    )  # fmt: skip


def _reviewed_year(mention: PeriodMention, resolved: PeriodMention, frame: Frame) -> PeriodMention:
    """ "Thu ngân sách năm nay … 41.200 tỷ đồng" in a round-up of 2023 published on January 19,
    2024: "this year" is the year under review, not the new one (roundup-this-year)."""
    period, published = frame.flow_period, frame.published
    if (
        mention.explicit_year or not resolved.whole_year or not published or resolved.end is None
        or resolved.end.year != published.year or period is None or not period.whole_year
        or period.end is None or period.end.year != published.year - 1
        or (published - period.end).days > ROUNDUP_DAYS
    ):  # fmt: skip
        return resolved
    return period


def _roundup_end(frame: Frame) -> date | None:
    """The end of the period a round-up reports on; not of a look back at it ("In January, the
    province licensed five projects … Last year, it received $368 million … It hosts 498
    projects": the article is about January, its totals are today's)."""
    period, published, article = frame.flow_period, frame.published, frame.article_period
    if not (period and period.end and published) or period.end >= published:
        return None
    if article and article.end and article.end > period.end:
        return None
    return period.end if (published - period.end).days <= ROUNDUP_DAYS else None


def _dating(frame: Frame, mention: PeriodMention) -> PeriodMention | None:
    """What dates "since the start of the year" or "currently" in an undated article."""
    if mention.kind == "ytd" and frame.flow_period:
        return frame.flow_period
    return frame.as_of


def _so_far_in_an_unfinished_year(
    mention: PeriodMention, window: PeriodMention | None, published: date | None
) -> bool:
    """ "So far this year" after a forecast for the whole year ("GDP set to grow 9.83% in 2014",
    in November): what has been counted is the year to date, whatever the sentence kept; the
    figures after it are that far (so-far-in-a-forecast-year)."""
    return bool(
        mention.kind == "ytd" and mention.end is None and window and window.whole_year
        and window.end and published and window.end > published
    )  # fmt: skip


def _unfinished_year(window: PeriodMention | None, frame: Frame) -> bool:
    """The frame is a whole year still running when the article was written ("tạo lực đẩy cho
    xuất khẩu năm 2025" in October, "GRDP cả năm 2020 dự báo tăng 3%" in June): no report's
    window, so a month or a run of months a later sentence counts in ("trong tháng 9, tổng trị
    giá xuất, nhập khẩu … 17,1 tỷ USD. Trong đó, xuất khẩu …") frames what follows, whatever
    that sentence kept, and past its paragraph (month-in-a-running-year). Not from November,
    when the year's estimates come out ("Bình quân 10 tháng, CPI …" in a round-up of the year
    published in December), nor by a day guessed from an undated page's text."""
    return bool(  # (a whole year ends on December 31, after any day before its November)
        window and window.whole_year and window.end and not frame.published_estimated
        and frame.published and frame.published < date(window.end.year, ESTIMATES_MONTH, 1)
    )  # fmt: skip


def _year_so_far_in_window(mention: PeriodMention, frame: Frame) -> bool:
    """ "có dự án đầu tư vào tỉnh từ đầu năm" in a report of January–July published in August:
    the year so far is the report's window, not the year to the publication day."""
    window, published = frame.flow_period, frame.published
    return bool(
        mention.kind == "ytd" and mention.end is None and mention.start is None
        and window and window.kind == "range" and window.start and window.end and published
        and window.start == date(published.year, 1, 1) and window.end < published
    )  # fmt: skip


def _cumulative_year_in_window(mention: PeriodMention, folded: str, frame: Frame) -> bool:
    """ "Ở mảng đầu tư, tính lũy kế năm 2024, tỉnh cấp mới 61 dự án …" in a report of
    January–September 2024: what the year has added up to is the report's window, not the whole
    year (ytd-in-window)."""
    window = frame.flow_period
    return bool(
        mention.kind == "range" and mention.whole_year and mention.end
        and window and window.kind == "range" and window.start == mention.start
        and window.end and window.end < mention.end
        and _cumulative_before(folded, mention.span[0])
    )  # fmt: skip


def _after_the_sentences_months(
    mention: PeriodMention, window: PeriodMention | None, frame: Frame
) -> bool:
    """A bare "so far this year" after a span of months the same sentence named."""
    return (
        mention.kind == "ytd" and mention.start is None and mention.end is None
        and window is not None and window is not frame.flow_period and window.kind == "range"
    )  # fmt: skip


def _counted_by_publication(end: date | None, published: date | None) -> bool:
    """ "tính đến tháng 4/2023" on April 27: a total counted to a month not over at publication
    is counted by the publication day (as-of-today); "đến hết năm 2018" on December 26 is the
    year-end estimate and keeps its day."""
    return bool(
        end and published and end > published and (end - published).days <= MONTH_DAYS
        and (end.month, end.day) != (12, 31)
    )  # fmt: skip


def _cut_short(mention: PeriodMention, current: PeriodMention | None, published) -> bool:
    """ "over the past six months", said on June 23 after flows counted to mid-June: a yearless
    period not over at publication ends where the article's figures were counted to."""
    return bool(
        mention.kind == "range" and not mention.explicit_year and published and mention.end
        and mention.end > published and current and current.start == mention.start
        and current.end and current.end < mention.end
    )  # fmt: skip


PAST_RE = re.compile(r"(?<!\w)(?:past|last|vua qua)(?!\w)")


def _counts_its_own(
    resolved: PeriodMention, current: PeriodMention | None, mentions: list[PeriodMention],
    kept: tuple[str, ...], folded: str,
) -> bool:  # fmt: skip
    """ "In the first half of this year, 514 projects received new investment certificates …"
    after a lead counted to June 20: the one part of the year a sentence dates its own flows to
    frames the sentences after it too, though it is not over at publication (window-of-its-own);
    not "the past six months" (cut-off-narrow), a whole year, one of several periods, nor four
    months after a first quarter (the lead's window ended in another month)."""
    return bool(
        "flow" in kept and len(mentions) == 1 and not resolved.whole_year
        and current and current.end and resolved.end
        and (current.end.year, current.end.month) == (resolved.end.year, resolved.end.month)
        and not PAST_RE.search(folded, *mentions[0].span)
    )  # fmt: skip


def _past_months_cut_short(mention: PeriodMention, frame: Frame, folded: str) -> bool:
    """ "invested over the past six months", said on June 23 of flows counted to mid-June: the
    figure's own "past" months end on the day the article's run was counted to, in their last
    month (cut-off-narrow)."""
    cut = frame.flow_period
    return bool(
        cut and cut.end and mention.end and _cut_short(mention, cut, frame.published)
        and (cut.end.year, cut.end.month) == (mention.end.year, mention.end.month)
        and PAST_RE.search(folded, *mention.span)
    )  # fmt: skip


def _a_history(mentions: list[PeriodMention], current: PeriodMention | None) -> frozenset[int]:
    """ "GRDP had risen by 7.74% in the first half of 2016, 7.65% in 2017 and 7.16% in 2018":
    periods of two or more years before the frame's are a look back, and the sentences after it
    are back in the frame's period (history-sets-no-frame). The ids of those mentions."""
    if current is None or current.start is None:
        return frozenset()
    past = [m for m in mentions if m.kind in ("range", "ytd") and not m.future and m.end
            and m.end < current.start]  # fmt: skip
    years = {m.end.year for m in past if m.end}
    return frozenset(map(id, past)) if len(years) >= 2 else frozenset()


# "kể từ sau quý II", "từ sau tháng 4", "since the second quarter", "after the first half", "năm
# thứ 9 liên tiếp, tính từ năm 2015": the time a story turned or a streak began, not the window of
# the figures after it (turning-point-sets-no-frame)
SINCE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:ke )?tu sau|ke tu|tinh tu|since|after|sau khi)\s+(?:the\s+)?$"
)
SINCE_CHARS = 16


def _counted_so_far(
    part: PeriodMention | None, whole: PeriodMention | None, frame: Frame, mentions: list
) -> bool:
    """ "Tăng trưởng nửa đầu năm 2024" published on June 17, then "qua 5 tháng đầu năm, …": the
    months counted so far of a period not over yet are the data that follow, not a story's part
    (counted-so-far); not when the sentence goes on to the whole ("Căn cứ kết quả 11 tháng, tỉnh
    ước tính cả năm 2023 …")."""
    return bool(
        part and whole and frame.published and part.end and whole.end
        and part.start == whole.start and part.end <= frame.published < whole.end
        and not any(m.end and m.end > part.end for m in mentions if m.kind in ("range", "ytd"))
    )  # fmt: skip


# "Trong riêng tháng 9, …", "In September alone, …": a window singled out of the run
ALONE_RE = re.compile(r"(?<!\w)(?:rieng|alone|seul(?:e|s|es|ement)?)(?!\w)")
ALONE_CHARS = 12


def _alone(folded: str, mentions: list[PeriodMention]) -> bool:
    """The sentence singles a window out of the article's run ("Trong riêng tháng 9, chỉ có
    02 dự án được điều chỉnh"): its figures are its own, and the next paragraph is back in the
    run (a-window-alone, with story-part-holds-its-paragraph)."""
    return any(
        m.kind == "range"
        and ALONE_RE.search(folded, max(0, m.span[0] - ALONE_CHARS), m.span[1] + ALONE_CHARS)
        for m in mentions
    )


def _opens_inside(part: PeriodMention | None, whole: PeriodMention | None) -> bool:
    """`part` is another window that opens inside `whole` ("tháng 9" in a run to September 20)."""
    return bool(
        part and whole and part.start and whole.start and whole.end and part != whole
        and whole.start <= part.start <= whole.end
    )  # fmt: skip


def _counted_to_a_day_of_its_last_month(
    part: PeriodMention | None, whole: PeriodMention | None, mentions: list[PeriodMention]
) -> bool:
    """ "… sau 9 tháng năm 2023" over "tính từ đầu năm đến ngày 20/9, …": the same run of months,
    named as a run to a day of its last month, is the data's own cut-off, not a story's part
    (counted-to-a-day); not a single item's as-of day ("Tính đến 15/4, … 434 doanh nghiệp")."""
    return bool(
        part and whole and part.start
        and one_run_to_its_last_month(part.start, part.end, whole.start, whole.end)
        and any(m.kind in ("range", "ytd") and m.end == part.end for m in mentions)
    )  # fmt: skip


def _last_quarter_of(part: PeriodMention, whole: PeriodMention | None) -> bool:
    """`part` is `whole`'s run of months cut back to the last quarter's end before it ("the
    first nine months" in a report of ten)."""
    end = whole.end if whole else None
    return bool(
        _inside(part, whole) and end and part.end and end.month % 3 and end.month > 3
        and part.end == month_end(end.year, end.month - end.month % 3)
    )  # fmt: skip


def _inside(part: PeriodMention | None, whole: PeriodMention | None) -> bool:
    """`part` is a shorter window inside the period `whole`."""
    return bool(
        part and whole and part.start and part.end and whole.start and whole.end
        and whole.start <= part.start and part.end <= whole.end and part != whole
    )  # fmt: skip


def story_paragraph_ended(frame: Frame, paragraph: int) -> Frame:
    """A part of the year a sentence without figures told of ("6 tháng đầu năm kinh tế đạt
    nhiều kết quả khả quan", inside a report of the whole year 2021) holds for its paragraph;
    the next one is back in the period it narrowed (story-part-holds-its-paragraph)."""
    if frame.told is None or paragraph == frame.told[0]:
        return frame
    if _unfinished_year(frame.told[1], frame):
        return frame.but(told=None)  # "6 tháng đầu năm" after "cả năm 2020 dự báo" in June
    return frame.but(flow_period=frame.told[1], told=None)


def _narrows(mention: PeriodMention, current: PeriodMention | None) -> bool:
    """True when `current` is a window inside the month `mention` names (keep the window)."""
    return bool(
        mention.within_month and current and current.start and mention.start and mention.end
        and current.end and mention.start <= current.start and current.end <= mention.end
        and current != mention
    )  # fmt: skip


# "FDI", "foreign", "nước ngoài" ("có vốn đầu tư nước ngoài"): foreign investment named
FOREIGN_WORDS_RE = re.compile(
    r"(?<!\w)(?:fdi|foreign|nuoc ngoai|ide|etrangere?s?|overseas investors?)(?!\w)"
)
# "4,088 investment projects from 65 countries and territories": from abroad
FROM_COUNTRIES_RE = re.compile(
    r"(?<!\w)(?:countries|quoc gia|pays)"
    r"(?: (?:and|va|et) (?:territories|vung lanh tho|territoires))?(?!\w)"
)

# "80 quốc gia và vùng lãnh thổ đã có vốn đầu tư vào Việt Nam", "Of the 56 countries and
# territories that invested in Vietnam": the countries investing in the nation, whose ranking
# follows (the nation is the passage's place, not one named in passing)
INVESTORS_OF_THE_NATION_RE = re.compile(
    FROM_COUNTRIES_RE.pattern
    + r"(?: [\w-]+){0,6}? (?:dau tu|rot von|invested|investing|investi|ont investi)"
    r"(?: \w+){0,2}? (?:vao|into|in|au|en) (?:viet nam|vietnam)(?!\w)"
)


def names_foreign(folded: str, partners: tuple | list) -> bool:
    """The sentence names foreign investment, an investor country or the countries investors
    come from (run on every sentence until one does: the scans try only where their literals
    stand)."""
    return bool(partners or FOREIGN_WORDS.search(folded) or FROM_COUNTRIES.search(folded))


# "Ở lĩnh vực thu hút đầu tư trong nước, …", "As for domestic investment, …": a heading that
# opens a passage about domestic investment, to the end of its paragraph
DOMESTIC_INVESTMENT_VI = r"(?:thu hut )?(?:von )?dau tu trong nuoc"  # "(thu hút) đầu tư trong nước"
HEADING_WORDS_EN = r"(?:as for|as regards|regarding|concerning|in terms of)"
# "Ở khu vực trong nước, tỉnh cấp mới 49 dự án …", "…, tỉnh hiện có 700 dự án": the domestic
# sector, then licensing words or its count of projects
DOMESTIC_SECTOR_LICENSING = (
    r"khu vuc (?:kinh te )?trong nuoc(?=,? (?:\w+ ){0,3}?(?:[\d.,]+ )?(?:cap moi|cap phep|thu hut"
    r"|chap thuan|co them|du an)(?!\w))"
)
# what "ones", "others" and French "autres" can stand for ("… 39 foreign invested ones")
PROJECTS_NAMED_RE = re.compile(r"project|projet|venture")
# "Ở lĩnh vực thu hút đầu tư trong nước, …", "Với nguồn vốn trong nước, …": a domestic section
DOMESTIC_HEADING_RE = re.compile(
    rf"\W*(?:(?:(?:o|tai) )?(?:mang|linh vuc|khu vuc) |ve |(?:doi )?voi |{HEADING_WORDS_EN} |cote )"
    rf"(?:{DOMESTIC_INVESTMENT_VI}|(?:nguon )?von trong nuoc|domestic investment"
    rf"|investissements? nationa(?:l|ux)|{DOMESTIC_SECTOR_LICENSING})"
)
# "dự án đầu tư trong nước", "domestic projects": a count of domestic projects
DOMESTIC_WORDS_RE = re.compile(
    r"(?<!\w)(?:domestic(?:ally[- ]funded)? (?:investment )?projects|du an (?:dau tu )?trong nuoc"
    r"|ddi|domestic investors?|domestic investment attraction|nha dau tu trong nuoc"
    # "khối dự án trong nước gồm …", "local investors account for …", "les projets
    # d'entreprises nationales"
    r"|khoi (?:du an |dau tu )?trong nuoc|local investors|entreprises (?:nationales|vietnamiennes)"
    r"|investisseurs (?:nationaux|vietnamiens)"
    # "Côté investissements nationaux, …", "projets … à capitaux nationaux"
    r"|investissements? (?:directs? )?(?:nationa(?:l|ux)|domestiques?|interieurs?)"
    r"|capitaux nationaux"
    # "Ở mảng đầu tư trong nước, …", "Về đầu tư trong nước, …", "On the domestic side",
    # "As for domestic investment, …": a passage about domestic money
    rf"|(?:mang|linh vuc|khu vuc|ve) {DOMESTIC_INVESTMENT_VI}|on the domestic side"
    # "…; phần trong nước có 35 dự án": the domestic part of what the sentence split in two
    r"|phan (?:(?:von )?dau tu |von )?trong nuoc(?=,? (?:co|gom|la|voi|dat|thu hut|cap moi)(?!\w))"
    # "…: trong nước có 73 dự án …; nước ngoài có 39 dự án FDI": a clause opened by the
    # domestic side alone
    r"|(?<=[:;] )trong nuoc(?= (?:co|gom|thu hut|cap moi)(?!\w))"
    rf"|{DOMESTIC_SECTOR_LICENSING}"
    rf"|{HEADING_WORDS_EN} domestic investment)"
    r"(?!\w)"
)
# run on every sentence: tried only where their words' literals stand (leads.py)
DOMESTIC_WORDS, FOREIGN_WORDS = LeadScan.of(DOMESTIC_WORDS_RE), LeadScan.of(FOREIGN_WORDS_RE)
FROM_COUNTRIES = LeadScan.of(FROM_COUNTRIES_RE)
JUST_BEGUN_MONTHS = 3  # a year whose first quarter is not over holds no results yet
SUBSET_PERIOD_GAP = 3  # "GRDP bình quân đầu người năm 2023": the year of the noun before it


def _of_a_subset(
    cues: SentenceCues,
    blocking,
    mention: PeriodMention,
    flow: PeriodMention | None,
    published: date | None,
) -> bool:
    """Another year right after a subset's or another quantity's noun ("GRDP bình quân đầu
    người năm 2023" in a report of 2024) dates that noun, not the sentences that follow (rule
    subset-period); not when the frame is the year just begun at publication and the noun's
    is the year before ("Ha Nam's industrial output in 2019 exceeded …" after a headline on
    its goals for 2020, written on January 2: the results that follow are 2019's)."""
    if not (mention.explicit_year and flow and flow.end and mention.end):
        return False
    if mention.end.year == flow.end.year:
        return False
    if (
        published and published.month <= JUST_BEGUN_MONTHS and flow.whole_year
        and flow.end.year == published.year == mention.end.year + 1
    ):  # fmt: skip
        return False
    start = mention.span[0]
    return any(c.label in blocking and 0 <= start - c.end <= SUBSET_PERIOD_GAP for c in cues.topics)


def _cut_by_later_day(
    flow: PeriodMention | None, periods: list[PeriodMention]
) -> PeriodMention | None:
    """ "6 tháng đầu năm 2022 … Tính đến ngày 15/6, vốn cấp mới và tăng vốn …": a later
    sentence that names only an as-of day inside the last month of the lead's run of months,
    and no total of its own, says the run was counted to that day (cut-by-later-day, LANGUAGE.md
    trap 12); what follows is dated to it."""
    if flow is None or flow.kind != "range" or not flow.start or not flow.end:
        return flow
    if flow.start.month != 1 or any(m.kind in ("range", "ytd") for m in periods):
        return flow
    cut = _cut_at_point(flow, periods)
    return PeriodMention("range", cut.start, cut.end, (0, 0)) if cut.end != flow.end else flow


def _counted_to_later_day(
    flow: PeriodMention | None, periods: list[PeriodMention], lead: PeriodMention | None
) -> PeriodMention | None:
    """ "Sáu tháng đầu năm … Tính đến 27/6, thu ngân sách đạt X … Ước đến 30/6, dư nợ đạt Y":
    a run the article's lead period opened, cut short at one figure's day, runs on to a later
    day a sentence names inside the lead (counted-to-later-day)."""
    if flow is None or lead is None or flow.kind != "range" or not flow.end or not lead.end:
        return flow
    if flow.start != lead.start or any(m.kind in ("range", "ytd") for m in periods):
        return flow
    later = [m.end for m in periods if m.kind == "point" and m.end and not m.future
             and flow.end < m.end <= lead.end]  # fmt: skip
    return PeriodMention("range", flow.start, max(later), (0, 0)) if later else flow


# "Xét theo đối tác, …", "Về đối tác, …", "By partner, …": a sentence that splits by country
BY_PARTNER_OPENER_RE = re.compile(
    r"\W*(?:(?:xet |phan )?theo|ve|by|in terms of) (?:investment )?(?:doi tac|partners?"
    r"|investors?|(?:source )?(?:countries|country))(?: (?:dau tu|investors?))?,"
)


def splits_by_partner(frame: Frame, cues: SentenceCues) -> bool:
    """The sentence opens on partners, or names a country while the split goes on (by-partner)."""
    return BY_PARTNER_OPENER_RE.match(cues.folded) is not None or (
        frame.partner_split and bool(cues.partners)
    )


def carry(
    frame: Frame, cues: SentenceCues, mentions: list[PeriodMention], paragraph: int, blocking,
    subset: str | None, *, figures: bool = True, plan_only: bool = False, cut_off: tuple = (),
    first_amount: int = 0, kept: tuple[str, ...] = (), ranked_part: str | None = None,
    measured: bool = False, quarterly: bool = False, in_force: bool = False,
) -> Frame:  # fmt: skip
    """The frame after a sentence: what it established, by the rules of the module docstring.
    `measured`: the sentence holds a sum, a percentage or an area, kept or not; `in_force`: it
    tells how many projects are in force."""
    scope = cues.scope()
    if (
        scope == "province"
        and frame.place not in ("province", "national")
        and all(c.inner and c.generic for c in cues.places if c.label == "province")
    ):
        scope = frame.place  # "thành phố", "the city" in a passage about another city: that one
    place = scope or frame.place  # place-carries
    if scope != "province" and CONTRAST_RE.match(cues.folded):
        place = frame.place
    passage = place
    in_passing = not figures or _named_after(cues, scope or "", first_amount)
    if scope == "national" and INVESTORS_OF_THE_NATION_RE.search(cues.folded):
        in_passing = False  # "80 quốc gia … đã có vốn đầu tư vào Việt Nam": the nation's ranking
    if scope not in (None, "province") and in_passing and not _opens_with(cues, scope or ""):
        passage = frame.place  # a place named in passing sets no passage
    if scope not in (None, "province") and kept:
        passage = frame.place  # its figures were the province's: the places were asides
    topics, title_topic = frame.topics, frame.title_topic
    named = [c.label for c in cues.topics if c.label not in blocking]
    if named:  # topic-carries
        recent = list(dict.fromkeys(reversed(named)))
        topics = tuple(recent + [t for t in topics if t not in recent])[:6]
        if paragraph == 0 and title_topic is None:
            title_topic = named[0]
    year = frame.year
    for mention in mentions:
        if mention.end and not frame.published:
            year = mention.end.year
    flow_period, as_of_mention, stock_context = frame.flow_period, frame.as_of, frame.stock_context
    history = _a_history(mentions, flow_period)
    for mention in mentions:
        if mention.future or mention.several_years:
            continue  # a plan's period, or several years ("between 2016 and October 2019")
        if id(mention) in history:
            continue  # history-sets-no-frame
        if not measured and SINCE_BEFORE_RE.search(
            cues.folded, max(0, mention.span[0] - SINCE_CHARS), mention.span[0]
        ):
            continue  # "kể từ sau quý II/2020, doanh nghiệp đã phục hồi": a story's turning point
        if mention.kind in ("range", "ytd"):
            stock_context = False
        elif mention.kind == "now" and mention.stock:
            stock_context = True
        # (not the day of a plan: "aiming to draw 15-20 new projects … by the end of the year")
        if (mention.kind == "point" and not plan_only) or (
            mention.kind == "now" and frame.published and (mention.stock or _held_today(
                mention, cues.folded, kept))
        ):  # fmt: skip
            as_of_mention = as_of(mention, frame.published, None)  # article-as-of
        if place in ("other", "national") and not (kept and flow_period is None):
            continue  # another place's period; unless it is the first the province's kept
            # figures had ("GRDP reached 5.54% in the first nine months, placing it seventh
            # among the delta's 12 provinces and Cần Thơ City")
        if mention.kind == "ytd" and not figures and flow_period is not None:
            continue  # "Ngay từ đầu năm, tỉnh đã triển khai ...": a story's "since January"
        if _after_the_sentences_months(mention, flow_period, frame):
            continue  # "from January to November, … of all FDI registered in Vietnam so far
            # this year": the months the sentence named hold (named-months-before-so-far)
        if _year_so_far_in_window(mention, frame) and not _to_date(cues.folded, mention):
            continue  # ytd-in-window: the report's window holds, for the sentences after too
        if _cumulative_year_in_window(mention, cues.folded, frame):
            continue  # "tính lũy kế năm 2024" in a report of nine months: those nine months
        if (
            mention.kind in ("range", "ytd")
            and not plan_only
            and not in_parens(cues.folded, mention.span[0], reach=None)
            and not _of_a_subset(cues, blocking, mention, flow_period, frame.published)
        ):  # "ước tăng 7,6% (năm 2023 tăng 6,1%)": a comparison's period sets no frame
            resolved = _resolved(mention, frame, None, cues.folded)
            if not measured and SCHEDULE_RE.search(cues.folded, 0, mention.span[0]):
                continue  # "has approved a plan to hold dialogues during 2024": a plan's year
            if _tasks_for(cues.folded, mention):
                continue  # "the report on the first 6 months, with directions and tasks for the
                # last 6 months of 2019": the period a report plans for frames none of its figures
            if resolved.whole_year and (
                GOAL_BEFORE_RE.search(
                    cues.folded, max(0, mention.span[0] - GOAL_CHARS), mention.span[0]
                )
                or GOAL_AFTER_RE.match(cues.folded, mention.span[1])
                or _after_a_plan(cues.folded, mention.span[0])
            ):
                continue  # "… putting it on course for its goal of 1.1 billion USD in FDI in 2024",
                # "works to hit this year's growth goal"
            if (
                figures and measured and not kept and _inside(resolved, flow_period)
                and not _so_far_in_an_unfinished_year(mention, flow_period, frame.published)
                and not _unfinished_year(flow_period, frame)
            ):  # fmt: skip
                continue  # "a 12.3 per cent month-on-month drop in August" (nothing kept) in a
                # report of eight months: the window it names holds none of its figures
            if measured and not kept and _part_of_an_earlier_year(resolved, flow_period):
                continue  # "In the first quarter of last year, CPI growth had been 0.74 percent"
                # (nothing kept) in a report of this year's quarter: a past figure's months
            if quarterly and _last_quarter_of(resolved, flow_period):
                continue  # "Over the ten months … GRDP for the first nine months grew 10.22%":
                # GRDP is compiled per quarter; the report's ten months hold (quarterly-window)
            if not measured and resolved.whole_year and not mention.explicit_year and (
                flow_period is None and frame.published and resolved.end
                and resolved.end < frame.published
            ):  # fmt: skip
                continue  # "Dong Nai kept up high growth over the past year" before its totals:
                # a year just lived, told with no figure, frames none (backdrop-year)
            if not measured and resolved.whole_year and _inside(flow_period, resolved):
                continue  # "... Hội chợ ... năm 2017. Tổng mức bán lẻ ước đạt X" in a report of
                # nine months: a story's whole year does not widen the frame (story-never-widens)
            if not _narrows(resolved, flow_period) and not (
                _cut_short(resolved, flow_period, frame.published)
                and not _counts_its_own(resolved, flow_period, mentions, kept, cues.folded)
            ):  # lead-period
                flow_period = resolved
    periods = [m for m in mentions if not (m.future or m.several_years)]
    if "flow" in kept and flow_period is not frame.flow_period:
        flow_period = _cut_by_its_day(flow_period, periods)
    undated = flow_period is None and not any(m.kind in ("range", "ytd") for m in periods)
    as_of_day = any(m.kind in ("point", "now") for m in periods)  # "now counts 578 projects"
    if "stock" in kept and "flow" not in kept and (as_of_day or undated):
        stock_context = True  # "as of October 31 it had 4,053 projects ...": totals follow; so do
        # they after "It is home to 1,515 projects" in an article that has named no period
        now = [m for m in periods if m.kind == "now"]
        if now and frame.published and flow_period and not any(m.kind == "point" for m in periods):
            as_of_mention = as_of(now[0], frame.published, None)  # after a period, "now": the
            # totals that follow are today's too
    if in_force and "flow" not in kept and place not in ("other", "national"):
        stock_context = True  # "Số liệu tính đến hết quý I/2025 cho thấy số dự án còn hiệu lực
        # … là 750. Trong đó, 39 dự án FDI, vốn …": the parts of the projects in force are totals
        # too, whatever period the lead set (in-force-frames-totals)
    if (
        cut_off
        and cut_off[0]
        and place == "province"
        and not any(m.kind in ("range", "ytd") and not m.future for m in mentions)
    ):  # cut-off-period: "had drawn $2.6 billion as of August 15" frames what follows
        flow_period = PeriodMention("range", cut_off[0], cut_off[1], (0, 0))
    elif place == "province" and not ("stock" in kept and "flow" not in kept):
        if kept or not (subset or "").startswith(ANOTHER_QUANTITY):  # "As of May 28, it had
            flow_period = _cut_by_later_day(flow_period, periods)  # disbursed X of public
            # investment": another quantity's day, not the run's
        flow_period = _counted_to_later_day(flow_period, periods, frame.article_period)
    heading = DOMESTIC_HEADING_RE.match(cues.folded)
    domestic_paragraph = paragraph if heading else frame.domestic_paragraph
    domestic = not FOREIGN_WORDS.search(cues.folded) and bool(  # domestic-carries, to the next
        DOMESTIC_WORDS.search(cues.folded)  # sentence; a heading's ("Ở lĩnh vực thu hút đầu tư
        or paragraph == domestic_paragraph  # trong nước, …") to the end of its paragraph
    )
    occasion = bool(subset and "ceremony" in subset) or (frame.occasion and not mentions)
    if ranked_part is None and not mentions and cues.partners:
        ranked_part = frame.ranked_part  # the ranking goes on until a period or no country
    partner_split = (  # by-partner-carries: "Xét theo đối tác, Hàn Quốc đứng đầu …. Xếp thứ hai
        not mentions  # là Nhật Bản với 10 dự án, tổng vốn …": the split goes on while the
        and bool(cues.partners)  # sentences name a country and no period
        and splits_by_partner(frame, cues)
    )
    told = frame.told
    if flow_period is not frame.flow_period:  # story-part-holds-its-paragraph
        whole = frame.told[1] if frame.told else frame.flow_period
        told = (
            (paragraph, whole)
            if (
                (not measured and _inside(flow_period, whole))
                or (_alone(cues.folded, mentions) and _opens_inside(flow_period, whole))
            )
            and not _counted_so_far(flow_period, whole, frame, mentions)
            and not _counted_to_a_day_of_its_last_month(flow_period, whole, mentions)
            else None
        )  # fmt: skip
    return frame.but(year=year, flow_period=flow_period, as_of=as_of_mention, place=passage,
                   told=told,
                   topics=topics, title_topic=title_topic, paragraph=paragraph,
                   stock_context=stock_context, subset=subset, occasion=occasion,
                   ranked_part=ranked_part, partner_split=partner_split, domestic=domestic,
                   domestic_paragraph=domestic_paragraph,
                   subject_partner=_subject_partner(cues),
                   projects_named=bool(PROJECTS_NAMED_RE.search(cues.folded)),
                   last_kept=kept if figures else frame.last_kept,
                   last_scope=scope if figures else frame.last_scope)  # fmt: skip
