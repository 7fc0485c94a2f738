"""One fact stated twice is kept once: headline and body, rounded and precise, a headline's
number the body leaves out; a "total" smaller than the same year's flow is that flow; one
figure has one value per article, and later values of a flow that add up to it are its parts;
a part two later parts add up to is the whole; the sum of projects a period drew, beside an
added-capital part, is the new projects', and so are the dollars of a đồng-and-dollar pair after
a count of new foreign projects; the capital of a count of all projects is a total too; a
headline's period makes the body's undated total of the same sum that period's flow; an investor
country's sum whose share ("chiếm 39,3%") makes it a part of one of the province's sums takes
that sum's metric and period; a number that only the article's topic and period name is no
figure, nor one whose period runs backwards (pure)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from etl.extract.amounts import MONEY
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.counts import (
    CUE_RULE,
    DOMESTIC_COUNT,
    DOMESTIC_RE,
    DRAWN_RULE,
    INTO_RE,
    NEW_AND_ADDED_COUNT,
    PERIOD_COUNT_RULES,
    VALID_RE,
    first_flow,
    joined_to_count,
)
from etl.extract.cues import PARTS_OPENER
from etl.extract.explain import ESTIMATED, Dropped, Explanation
from etl.extract.frame import FOREIGN_WORDS_RE, YTD_TO_PUBLICATION
from etl.extract.metric import (
    CURRENCY_PAIR_RULE,
    FROM_ARTICLE,
    RESPECTIVELY_RULE,
    THOSE_PROJECTS_RE,
)
from etl.extract.periods import one_run_to_its_last_month
from etl.extract.rates import CHANGE_OF_ITS_SUM
from etl.extract.scope import CURRENCY_PAIR_GAP_RE
from etl.extract.status import DELTA_REASON, SPLIT_OPENER_RE, TARGET_REASON
from etl.models import Figure
from etl.textnorm import fold

SAME_VALUE = 0.015  # a figure repeated with other rounding ("2.7" vs "2.694 billion")
TITLE_ROUNDING = 0.12  # a headline's "over 1 billion" for the body's "nearly 1.1 billion"
LEFT_OUT_AS_ANOTHER = (
    "subset",
    "another place",
    "company",
    "ceremony",
    "previous month",
    "item",
    "every kind",  # "15 nouveaux projets" in a headline, "dont un étranger" in the body
    DELTA_REASON,
    TARGET_REASON,
)
WEAK_RULES = ("sentence", *FROM_ARTICLE)  # the metric read from no own cue


@dataclass(frozen=True, slots=True)
class Found:
    """A figure as found, before repeats are merged."""

    figure: Figure
    explanation: Explanation
    from_title: bool
    digits: int
    anchored: bool = False  # its own words tie it to what it measures (a partner, its count, …)
    unforeign: bool = False  # a count of projects read where nothing foreign was named yet

    def left_out(self, reason: str) -> Dropped:
        """The figure as a number left out, and why."""
        figure = self.figure
        return Dropped(figure.text, reason, figure.sentence, figure.char_start, figure.value,
                       self.from_title)  # fmt: skip


def headline_restated(found: list[Found], dropped: list[Dropped]):
    """A headline's number that the body states and leaves out (a subset, another place's, one
    company's) is left out too: the headline restates the body."""
    others = [d for d in dropped if not d.from_title and d.value
              and any(word in d.reason for word in LEFT_OUT_AS_ANOTHER)]  # fmt: skip
    kept = []
    for item in found:
        twin = next((d for d in others if item.from_title and _close(item.figure.value, d.value)
                     and _within_its_bound(item.figure, d.value)), None)  # fmt: skip
        if twin is None:
            kept.append(item)
            continue
        dropped.append(item.left_out(f"{twin.reason} (the body says so)"))
    return kept, dropped


def _within_its_bound(figure: Figure, value: float | None) -> bool:
    """A value said to be over (under) a bound lies at or above (below) it: a headline's "vượt
    19 tỷ USD" restates no body value of 18.9 billion (over-is-no-less)."""
    if value is None:
        return False
    if figure.qualifier == "over":
        return value >= figure.value
    if figure.qualifier == "under":
        return value <= figure.value
    return True


def _close(a: float, b: float | None) -> bool:
    return b is not None and abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


def merge_repeats(
    found: list[Found], catalogue: Catalogue, published: date | None = None
) -> list[Found]:
    """One fact stated twice (headline and body, rounded and precise) is kept once. A total
    stated again "so far" with the value an as-of date gave it is that dated total (restated)."""
    kept: list[Found] = []
    for item in found:
        twin = next((k for k in kept if _same_fact(k, item, catalogue)), None)
        if twin is None and published:
            twin = next((k for k in kept if _restated(k, item, catalogue, published)), None)
            if twin is not None and twin.figure.period_end == published:
                kept[kept.index(twin)] = item  # the dated statement stands
                continue
        if twin is None:
            kept.append(item)
        elif _better(item, twin):
            kept[kept.index(twin)] = _headline_names_the_flow(item, twin)
        else:
            kept[kept.index(twin)] = _headline_names_the_flow(twin, item)
    return kept


# the periods a total takes when its sentence names no day: the article's, not its own
UNDATED_TOTAL_RULES = ("article-as-of", "publication-date", "roundup-end")


def _headline_names_the_flow(body: Found, title: Found) -> Found:
    """ "Bốn tháng đầu năm 2024, Vĩnh Phúc hút hơn 363 triệu USD vốn FDI" over a body sentence
    that tells the same sum with no time of its own, where it reads as a total ("tỉnh đã thu
    hút được 46 dự án, trong đó có 34 dự án FDI với tổng vốn đăng ký hơn 363 triệu USD"): the
    headline names the period the sum flowed in, so the body's figure is that flow (rule
    headline-names-the-flow)."""
    if not title.from_title or body.from_title:
        return body
    told, read = title.figure, body.figure
    if told.kind != "flow" or told.period_start is None or read.kind != "stock":
        return body
    if not title.explanation.period_rule.startswith("own-period"):
        return body
    if body.explanation.period_rule.partition(ESTIMATED)[0] not in UNDATED_TOTAL_RULES:
        return body
    figure = replace(read, metric=told.metric, kind="flow", period_start=told.period_start,
                     period_end=told.period_end)  # fmt: skip
    why = replace(body.explanation, period_rule="headline-names-the-flow")
    return replace(body, figure=figure, explanation=why)


def _restated(a: Found, b: Found, catalogue: Catalogue, published: date) -> bool:
    """ "As of February, 3,075 projects ... So far the province counts 3,075 projects": one
    total, the same value, once dated and once of the publication day."""
    fa, fb = a.figure, b.figure
    if (fa.metric, fa.partner) != (fb.metric, fb.partner) or fa.value != fb.value:
        return False
    if catalogue.metric(fa.metric).kind != "stock" or None in (fa.period_end, fb.period_end):
        return False
    return published in (fa.period_end, fb.period_end) and fa.period_end != fb.period_end


def _same_fact(a: Found, b: Found, catalogue: Catalogue) -> bool:
    """Two statements of one fact: same metric and partner, values equal but for rounding (a
    headline rounds harder: "Hơn 1 tỷ USD" over a body's "gần 1,1 tỷ USD", and need not say
    whether a sum is the period's or the cumulative one)."""
    fa, fb = a.figure, b.figure
    headline = a.from_title or b.from_title
    if fa.partner != fb.partner:
        return False
    if a.unforeign != b.unforeign and not headline:
        return False  # "khối trong nước có 34 dự án …; ở khối FDI, tỉnh cấp mới 34 dự án FDI"
    if (
        fa.value != fb.value
        and None not in (fa.period_start, fb.period_start)
        and fa.period_start != fb.period_start
        and (fa.sentence == fb.sentence or (not headline and _told_apart(a, b)))
    ):  # "13.9% in November …, while over 11 months the index gained 14%": two facts of one
        return False  # sentence, not one fact rounded; or of two, each told as said
    if fa.metric != fb.metric and not (headline and _one_family(fa, fb, catalogue)):
        return False
    if headline and fold(fa.text) == fold(fb.text):
        return True  # "increases 225%" over the body's "increased to 225% over …" (read +125)
    if not headline and not (_qualifiers_agree(fa, fb) and _qualifiers_agree(fb, fa)):
        return False  # "hơn 14%" is no restatement of 13.84% (a headline rounds as it likes)
    if not headline and a.digits == b.digits and fa.value != fb.value and fa.unit == fb.unit:
        return False  # "11,70%" for the half and "11,77%" for its second quarter: as precise, so
        # neither is the other rounded
    tolerance = TITLE_ROUNDING if (a.from_title or b.from_title) else SAME_VALUE
    if abs(fa.value - fb.value) > tolerance * max(abs(fa.value), abs(fb.value), 1e-9):
        return fa.period_end == fb.period_end and _rounded(a, b)
    return (
        fa.period_end == fb.period_end
        or None in (fa.period_end, fb.period_end)
        or (a.from_title or b.from_title)
        or _cut_in_its_last_month(fa, fb)
    )


def _told_apart(a: Found, b: Found) -> bool:
    """ "Growth in the first six months is estimated at 10%" and "the second quarter is
    estimated at 9.91%": two periods that start apart (here ending on one day), each value told as
    it is (no bound, not one the other rounded to fewer digits), are two facts
    (periods-told-apart)."""
    return (
        a.figure.qualifier not in BOUNDS and b.figure.qualifier not in BOUNDS and not _rounded(a, b)
    )


def _qualifiers_agree(bound: Figure, other: Figure) -> bool:
    """A value said to be over (under) a bound is no restatement of a value below (above) it:
    "growth of over 14%" and an earlier 13.84% are two facts, "hơn 30.000 tỷ đồng" is no
    rounding of 29.140 tỷ."""
    if bound.qualifier in ("over", "under") and other.qualifier == bound.qualifier:
        return True  # two lower (upper) bounds never disagree
    return _within_its_bound(bound, other.value)


def _rounded(a: Found, b: Found) -> bool:
    """ "8 tháng đạt 2,6 tỷ USD … vốn FDI trong 8 tháng năm 2022 đạt 2,56 tỷ USD": the value
    with fewer digits is the other rounded to them (one fact, same metric and period)."""
    rough, fine = (a, b) if a.digits < b.digits else (b, a)
    if rough.figure.unit not in MONEY or rough.digits == fine.digits:
        return False  # "30 industrial parks, including 27": counts are not rounded this way
    if not rough.figure.value or not fine.figure.value:
        return False
    step = 10 ** (math.floor(math.log10(abs(fine.figure.value))) - rough.digits + 1)
    value = fine.figure.value
    if not _qualifiers_agree(rough.figure, fine.figure):
        return False
    return abs(round(value / step) * step - rough.figure.value) < step / 1000


def _cut_in_its_last_month(fa: Figure, fb: Figure) -> bool:
    """ "Trong 8 tháng năm 2022 … 62.359 tỷ đồng" and "từ đầu năm đến ngày 15/8 … 62.359 tỷ
    đồng": one run told as months and as counted to a day of its last month (LANGUAGE.md trap
    12)."""
    return fa.kind == fb.kind == "flow" and one_run_to_its_last_month(
        fa.period_start, fa.period_end, fb.period_start, fb.period_end
    )


def _one_family(fa: Figure, fb: Figure, catalogue: Catalogue) -> bool:
    ma, mb = catalogue.metric(fa.metric), catalogue.metric(fb.metric)
    return (
        ma.unit == mb.unit
        and bool(ma.topic and mb.topic)
        and catalogue.family(ma.topic or "") == catalogue.family(mb.topic or "")
    )  # a headline's "… of FDI licensed" over the body's total


def _better(new: Found, old: Found) -> bool:
    if _unstated(new) != _unstated(old):  # "Kinh tế tăng 5,63%" over the body's statement of
        return _unstated(old)  # the same growth: the stated one stands (stated-twin-stands)
    if old.from_title != new.from_title:
        return old.from_title
    if (new.figure.period_end is None) != (old.figure.period_end is None):
        return old.figure.period_end is None
    if (
        new.figure.period_end
        and old.figure.period_end
        and new.figure.period_end != old.figure.period_end
    ):
        return new.figure.period_end < old.figure.period_end  # the day it was counted to
    if new.digits != old.digits:
        return new.digits > old.digits
    # "With growth of over 7.5% …" in the lead, "GRDP is estimated to have grown 7.5%" below:
    # a bound is the lead's rounding, the statement without one the figure's own
    return old.figure.qualifier in BOUNDS and new.figure.qualifier not in BOUNDS


BOUNDS = ("over", "under")


def stock_below_flow(found: list[Found], catalogue: Catalogue) -> list[Found]:
    """A cumulative total below a flow of the same topic and year in the same article is no
    total: "đến giữa tháng 10, vốn FDI đạt 119 triệu USD" beside "lũy kế 10 tháng ... 2,7 tỷ
    USD" is the flow to mid-October (stock-below-flow). A flow read only from the article's
    topic ("wind farms with estimated capital of 4.8 billion USD", projects still under talks)
    is too weak a reading to unmake a total its own clause states."""
    flows = [f.figure for f in found
             if catalogue.metric(f.figure.metric).kind == "flow" and not f.from_title
             and f.explanation.metric_rule not in FROM_ARTICLE]  # fmt: skip
    out = []
    for item in found:
        figure = item.figure
        flow_metric = _flow_of(catalogue, figure.metric)
        end = figure.period_end
        if flow_metric and end and any(
            f.metric == flow_metric and f.partner == figure.partner
            and f.value > figure.value * (1 + TITLE_ROUNDING)
            and f.period_end and f.period_end.year == end.year for f in flows
        ):  # fmt: skip
            figure = replace(
                figure, metric=flow_metric, kind="flow", period_start=date(end.year, 1, 1)
            )
            why = replace(
                item.explanation, period_rule=item.explanation.period_rule + "/stock-below-flow"
            )
            item = replace(item, figure=figure, explanation=why)
        out.append(item)
    return out


def _flow_of(catalogue: Catalogue, metric_id: str) -> str | None:
    """The flow metric of a stock's topic and unit (fdi_capital_total -> fdi_capital_period)."""
    stock = catalogue.metric(metric_id)
    if stock.kind != "stock" or not stock.topic:
        return None
    return next((m.id for m in catalogue.metrics if m.kind == "flow" and m.topic == stock.topic
                 and m.unit == stock.unit and not m.change), None)  # fmt: skip


def one_value_each(found: list[Found], dropped: list[Dropped], catalogue: Catalogue):
    """An article states one value for one flow (metric, partner, period): a smaller value read
    only from the article's or the sentence's topic is no second value of a flow that its own
    clause states. It is a part whose cue the rules do not know ("industrial parks took $592
    million" after "$773 million in the quarter"). So is a smaller value of a flow no investor
    owns (exports, budget revenue) told after the flow's largest one with no period of its own
    ("Riêng hải sản xuất khẩu được 161 triệu USD" after the province's exports; rule
    one-flow-one-value)."""
    sure: dict[tuple, tuple[float, bool, int]] = {}  # key -> the largest sure value, own
    for f in found:  # period?, and where it is said
        if f.explanation.metric_rule not in WEAK_RULES and f.figure.kind == "flow":
            key = _key(f.figure)
            value, own, at = sure.get(key, (f.figure.value, False, f.figure.char_start))
            if f.figure.value > value:
                value, at = f.figure.value, f.figure.char_start
            sure[key] = (value, own or _own_period(f), at)
    kept: list[Found] = []
    parts: set[int] = set()  # the sums left out as parts, by id
    for item in found:
        figure = item.figure
        total, own, at = sure.get(_key(figure), (None, False, 0))
        weak = item.explanation.metric_rule in WEAK_RULES
        if figure.kind == "rate" and _change_of_a_part(item, found, parts):
            dropped.append(item.left_out("the change of a sum left out as a part"))
            continue
        if total is None or figure.value >= total:
            kept.append(item)
        elif weak and (own or not _own_period(item)):
            dropped.append(item.left_out(SECOND_VALUE))
            parts.add(id(item))
        elif not weak and _later_part(item, at, catalogue):
            dropped.append(item.left_out(LATER_PART))
            parts.add(id(item))
        else:
            kept.append(item)
    return kept, dropped


def parts_of_a_flow(found: list[Found], dropped: list[Dropped]):
    """Two or three later values of one flow (metric, partner, period) that add up to a value
    stated before them are its parts, not second values ("vốn đăng ký cấp mới và tăng thêm khoảng
    6.045 tỷ đồng. Cụ thể, 9 dự án mới đăng ký khoảng 2.925 tỷ đồng, còn 6 lượt điều chỉnh bổ
    sung khoảng 3.120 tỷ đồng"; rule parts-add-up-to-the-flow)."""
    by_key: dict[tuple, list[Found]] = {}
    for item in found:
        if item.figure.kind == "flow" and item.figure.unit != "percent":
            by_key.setdefault(_key(item.figure), []).append(item)
    parts: set[int] = set()
    for items in by_key.values():
        for whole in items:
            later = [f for f in items if f.figure.char_start > whole.figure.char_end
                     and id(f) not in parts][:MAX_LATER]  # fmt: skip
            group = _adding_up(whole.figure.value, later)
            parts |= {id(f) for f in group}
    if not parts:
        return found, dropped
    left = [f.left_out(PART_OF_THE_FLOW) for f in found if id(f) in parts]
    return [f for f in found if id(f) not in parts], dropped + left


PART_OF_THE_FLOW = "a part of the flow stated before it (it and its siblings add up to it)"
MAX_LATER = 6  # the values after a flow that may be its parts: the search stays small


def _adding_up(whole: float, later: list[Found]) -> tuple[Found, ...]:
    """The first group of two or three of `later` whose values add up to `whole`, else ()."""
    return next(_groups_adding_up(whole, later, lambda f: f.figure.value), ())


def _groups_adding_up(whole: float, items: list, value: Callable) -> Iterator[tuple]:
    """The groups of two to MAX_PARTS items whose values add up to `whole`, smallest first."""
    for size in range(2, min(len(items), MAX_PARTS) + 1):
        for group in combinations(items, size):
            if abs(sum(value(f) for f in group) - whole) <= PARTS_SUM * whole:
                yield group


def _change_of_a_part(item: Found, found: list[Found], parts: set[int]) -> bool:
    """The change of a sum left out as a part: "Riêng hải sản … được 161 triệu USD, tăng 17,3%"
    (its rate follows its sum)."""
    figure = item.figure
    if item.explanation.metric_rule != CHANGE_OF_ITS_SUM:
        return False
    before = [
        f
        for f in found
        if f.figure.sentence == figure.sentence
        and f.figure.unit != "percent"
        and f.figure.char_start < figure.char_start
    ]
    its_sum = max(before, key=lambda f: f.figure.char_start, default=None)
    return its_sum is not None and id(its_sum) in parts


SECOND_VALUE = (
    "a second value, read from the topic alone, for a figure its own clause states (a part?)"
)
LATER_PART = "a smaller value of a flow stated before it, with no period of its own (a part)"


def _later_part(item: Found, total_at: int, catalogue: Catalogue) -> bool:
    """Told after the flow's largest value, with no period of its own, of a flow no investor
    country owns (rates never get here: only flows have a largest value)."""
    figure = item.figure
    return (
        not catalogue.metric(figure.metric).partner
        and not _own_period(item)
        and figure.char_start > total_at
    )


def _own_period(item: Found) -> bool:
    """Dated by a period in its own clause (a weak metric with its own "4 months" is not the
    same figure as a sure one that only inherited the period)."""
    return item.explanation.period_rule.startswith("own-period")


UNSTATED = "neither its metric nor its period is said near it (read from the article alone)"


def unstated(found: list[Found], dropped: list[Dropped]):
    """A number whose metric came only from the article's topic and whose period only from the
    article is not a figure the text states ("Công nghiệp chế biến tăng 5,8%" in a report on
    exports): kept when its own clause names its period or its own words tie it to what it
    measures, an investor country among them (`Found.anchored`; rule unstated-is-no-figure)."""
    return _leave_out(found, dropped, UNSTATED, _unstated)


def _unstated(item: Found) -> bool:
    """Its metric came only from the article's topic, its period only from the article, and no
    word of its own ties it to what it measures."""
    return (
        item.explanation.metric_rule in FROM_ARTICLE and not _own_period(item) and not item.anchored
    )


MISDATED = "a period that ends before it starts (its time phrases misread)"


def well_dated(found: list[Found], dropped: list[Dropped]):
    """A figure whose period would end before it starts is no figure: whatever dated it misread
    the text, and no such period leaves the extractor (rule no-inverted-period)."""
    return _leave_out(found, dropped, MISDATED, _misdated)


def _misdated(item: Found) -> bool:
    start, end = item.figure.period_start, item.figure.period_end
    return start is not None and end is not None and start > end


NOTHING_FOREIGN = (
    "projects of every kind (neither the sentence nor the article so far names foreign investment)"
)


def nothing_foreign_is_every_kind(found: list[Found], dropped: list[Dropped]):
    """ "9 tháng, Đồng Tháp hút 49 dự án đầu tư mới": a count of projects read where nothing
    foreign had been named counts the province's projects of every kind, no FDI metric (rule
    nothing-foreign-is-every-kind). Left out only at the end, so that the parts told after it
    ("Sur ces 12 projets, … le dernier est un projet d'investissement étranger") still read it
    as their whole."""
    return _leave_out(found, dropped, NOTHING_FOREIGN, lambda item: item.unforeign)


def _leave_out(
    found: list[Found], dropped: list[Dropped], reason: str, test: Callable[[Found], bool]
):
    """(kept, dropped): the figures `test` holds for left out, with `reason`."""
    kept = []
    for item in found:
        if test(item):
            dropped.append(item.left_out(reason))
        else:
            kept.append(item)
    return kept, dropped


def _key(figure: Figure) -> tuple:
    return (figure.metric, figure.partner, figure.period_start, figure.period_end)


CLAUSE_TURN_RE = re.compile(rf";|, (?:and|while|but|va|con) |(?<!\w)(?<!\d ){PARTS_OPENER}(?!\w)")


def valid_over_all_time(found: list[Found], dropped: list[Dropped]):
    """A total the article also gives for the valid projects alone is theirs: the count of every
    project ever licensed (revoked and expired ones too), or of the revoked ones, beside it is
    no catalogue total (rule valid-over-all-time)."""
    valid = {_key(f.figure) for f in found if _of_projects(f.figure) and _said_valid(f.figure)}
    return _leave_out(
        found, dropped, "a total of all projects ever licensed or revoked, beside the valid ones'",
        lambda item: _of_projects(item.figure) and _key(item.figure) in valid
        and not _said_valid(item.figure),
    )  # fmt: skip


SPLIT_COUNT = "projects of every kind (split into domestic and foreign ones after it)"
SPLIT_SUM = "investment of every kind (split into domestic and foreign parts after it)"


def split_after(found: list[Found], dropped: list[Dropped], catalogue: Catalogue):
    """ "Tỉnh đã tiếp nhận 64 dự án đầu tư mới. Trong số này có 35 dự án FDI …, còn lại là 29 dự
    án đầu tư trong nước", "drew 56 new investment projects … They comprised 34 domestic projects
    … and 22 foreign-invested projects": a count not named foreign that a later sentence splits
    into domestic and foreign projects counts both kinds, none of the catalogue's (split-after);
    so does a total ("Tra Vinh is now home to 355 valid projects. Among them, 41 foreign-invested
    projects …": the 41 are the FDI total)."""
    kept = []
    for item in found:
        if _split_later(item, found, catalogue):
            counted = catalogue.metric(item.figure.metric).noun is not None
            dropped.append(item.left_out(SPLIT_COUNT if counted else SPLIT_SUM))
        else:
            kept.append(item)
    return kept, dropped


# a total split by origin is one of projects, not of parks ("29 khu công nghiệp. Trong số này,
# 28 khu đã vận hành, hút về … dự án FDI": the parks that run, not a foreign part)
SPLIT_STOCK_NOUN = "fdi_projects"


def _split_later(item: Found, found: list[Found], catalogue: Catalogue) -> bool:
    figure = item.figure
    metric = catalogue.metric(figure.metric)
    if (metric.kind != "flow" and metric.noun != SPLIT_STOCK_NOUN) or FOREIGN_WORDS_RE.search(
        fold(figure.sentence)
    ):  # (a period's sum too: "drew 43 new projects worth 700 million USD. Among them are 7
        return False  # FDI projects worth 540 million USD")
    later = [
        f for f in found
        if f.figure.char_start > figure.char_end and f.figure.sentence != figure.sentence
        and _a_smaller_same(f.figure, figure)
    ]  # fmt: skip
    for part in later[:1]:
        folded = fold(part.figure.sentence)
        if SPLIT_OPENER_RE.match(folded) and (
            DOMESTIC_RE.search(folded) or FOREIGN_WORDS_RE.search(folded)
        ):  # "Trong 9 dự án kể trên có 1 dự án FDI": the foreign part alone says it too
            return True
    return False


def _a_smaller_same(part: Figure, whole: Figure) -> bool:
    return (part.metric, part.period_end) == (whole.metric, whole.period_end) and (
        part.value < whole.value
    )


VALID_METRICS = ("fdi_projects_total", "fdi_capital_total")


def _of_projects(figure: Figure) -> bool:
    return figure.metric in VALID_METRICS


def _said_valid(figure: Figure) -> bool:
    """The clause of the figure calls its projects valid."""
    folded = fold(figure.sentence)
    at = folded.find(fold(figure.text))
    if at < 0:
        return False
    turns = [m for m in CLAUSE_TURN_RE.finditer(folded)]
    start = max((m.end() for m in turns if m.end() <= at), default=0)
    end = min((m.start() for m in turns if m.start() >= at + len(figure.text)), default=len(folded))
    return bool(VALID_RE.search(folded, start, end))


MAX_PARTS = 3  # new, added and contributed capital
PARTS_SUM = 0.01  # "56 projects worth 456.6 million … new ones 151.5 million, the rest 304.9"


def parts_make_the_whole(found: list[Found], dropped: list[Dropped], catalogue: Catalogue):
    """A sum read as one part of a breakdown that two later parts of the same period add up to
    is the whole ("has licensed 56 FDI projects worth 456.6 million USD … Half are new ones
    with 151.5 million USD, while the rest raised their capital by 304.9 million USD"): it is
    the parent topic's flow, and the count beside it counts new and added projects together,
    which no catalogue metric counts (rule parts-make-the-whole)."""
    wholes: dict[int, str] = {}
    for i, item in enumerate(found):
        whole = _whole_metric(item.figure, catalogue)
        if whole and _two_parts_add_up(item, found, catalogue):
            wholes[i] = whole
    if not wholes:
        return found, dropped
    kept = []
    for i, item in enumerate(found):
        figure = item.figure
        if i in wholes:
            why = replace(item.explanation, metric_rule="parts-make-the-whole")
            kept.append(replace(item, figure=replace(figure, metric=wholes[i]), explanation=why))
        elif any(_count_beside(figure, found[j].figure, catalogue) for j in wholes) and not (
            _named_new(item)
        ):
            dropped.append(item.left_out(NEW_AND_ADDED_COUNT))
        else:
            kept.append(item)
    return kept, dropped


PARTS_AFTER_CHARS = 400  # how far after a count its domestic and foreign parts may be told
EVERY_KIND_PARTS = "projects of every kind (their domestic and foreign parts follow)"


def split_by_origin_after(found: list[Found], dropped: list[Dropped], catalogue: Catalogue):
    """ "cấp giấy chứng nhận đăng ký đầu tư cho 20 dự án … Cụ thể gồm 18 dự án trong nước và 2
    dự án FDI": a count of projects that a domestic part (left out) and a foreign part (kept)
    told next after it add up to counts projects of every kind, which no catalogue metric counts
    (rule split-by-origin-after)."""
    domestic = [d for d in dropped if d.reason == DOMESTIC_COUNT and d.value]
    counts = [f for f in found if _counts_projects(f.figure, catalogue)]
    if not domestic or len(counts) < 2:
        return found, dropped
    wholes = {
        id(whole) for whole in counts for part in counts for home in domestic
        if part.figure.metric == whole.figure.metric
        and (home.value or 0) + part.figure.value == whole.figure.value
        and part.figure.char_start - whole.figure.char_start <= PARTS_AFTER_CHARS
        and _next_two(whole, counts, domestic) == {part.figure.char_start, home.char_start}
    }  # fmt: skip
    if not wholes:
        return found, dropped
    kept = [f for f in found if id(f) not in wholes]
    return kept, dropped + [f.left_out(EVERY_KIND_PARTS) for f in found if id(f) in wholes]


def _next_two(whole: Found, counts: list[Found], domestic: list[Dropped]) -> set[int]:
    """Where the next two counts after `whole` of its own metric or of domestic projects stand
    (a count of another kind between them, "và điều chỉnh tăng vốn 38 lượt dự án", is passed)."""
    start = whole.figure.char_start
    starts = [f.figure.char_start for f in counts if f.figure.metric == whole.figure.metric]
    return set(sorted(s for s in [*starts, *(d.char_start for d in domestic)] if s > start)[:2])


def _counts_projects(figure: Figure, catalogue: Catalogue) -> bool:
    noun = catalogue.metric(figure.metric).noun
    return noun is not None and noun.endswith("projects")


def _whole_metric(figure: Figure, catalogue: Catalogue) -> str | None:
    """The parent topic's flow metric of a breakdown part's sum (fdi_new -> fdi_capital_period)."""
    metric = catalogue.metric(figure.metric)
    parent = catalogue.refines.get(metric.topic or "")
    if metric.kind != "flow" or metric.noun or metric.change or not parent:
        return None
    return sum_metric(catalogue, parent, "flow", metric.unit)


def sum_metric(catalogue: Catalogue, topic: str, kind: str, unit: str) -> str | None:
    """The topic's metric of sums (no count, no change) of that kind and unit."""
    return next((m.id for m in catalogue.metrics if m.topic == topic and m.kind == kind
                 and m.is_sum_in((unit,))), None)  # fmt: skip


def _two_parts_add_up(item: Found, found: list[Found], catalogue: Catalogue) -> bool:
    """Two parts of other breakdown topics, both after the sum or both before it ("01 dự án
    mới với 2,3 triệu USD … mở rộng thêm 4 triệu USD. Tính ra, tổng số vốn bổ sung … 6,3 triệu
    USD"), add up to it."""
    figure = item.figure
    after = [f for f in found if f.figure.char_start > figure.char_end]
    before = [f for f in found if f.figure.char_end < figure.char_start]
    return _add_up(figure, after, catalogue) or _add_up(figure, before, catalogue)


def _add_up(figure: Figure, parts: list[Found], catalogue: Catalogue) -> bool:
    topic = catalogue.metric(figure.metric).topic
    parent = catalogue.refines.get(topic or "")
    later = [
        f.figure
        for f in parts
        if (f.figure.period_start, f.figure.period_end) == (figure.period_start, figure.period_end)
        and f.figure.partner == figure.partner
        and f.figure.unit == figure.unit
        and _whole_metric(f.figure, catalogue)
        and catalogue.refines.get(catalogue.metric(f.figure.metric).topic or "") == parent
    ]
    for group in _groups_adding_up(figure.value, later, lambda f: f.value):
        metrics = [f.metric for f in group]
        if figure.metric in metrics and len(set(metrics)) == len(group):  # one part of each kind:
            return True  # new, added, contributed
    return False


def _named_new(item: Found) -> bool:
    """The count's own noun says what kind its projects are ("245 dự án FDI mới", "49 new
    projects"): it stays that kind beside the whole's sum."""
    figure, cue = item.figure, item.explanation.metric_cue
    start = figure.sentence.find(figure.text)
    after = fold(figure.sentence[start + len(figure.text) :]).lstrip()
    return (
        bool(cue)
        and item.explanation.metric_rule.startswith("counted noun and")
        and (after.startswith(cue) or cue in after[: len(cue) + 12])
    )


def _count_beside(figure: Figure, whole: Figure, catalogue: Catalogue) -> bool:
    """The part's count stated right before the whole's sum in its sentence ("56 FDI projects
    worth 456.6 million USD")."""
    metric = catalogue.metric(figure.metric)
    return bool(
        metric.noun and metric.kind == "flow" and figure.sentence == whole.sentence
        and 0 <= whole.char_start - figure.char_end <= 60
    )  # fmt: skip


BESIDE_COUNT_CHARS = 80


def sibling_makes_new(found: list[Found], catalogue: Catalogue) -> list[Found]:
    """ "Bac Giang drew 70 FDI projects worth 1.38 billion USD … 29 FDI projects enlarged their
    capital by 321 million USD": the count a period drew is its new projects (counts.py), and
    where the article states another part of the same period (added capital, contributions)
    the sum beside that count is the new projects' capital, not the period's whole
    (rule sibling-makes-new)."""
    changed = {}
    for count in (f for f in found if f.explanation.metric_rule == DRAWN_RULE):
        topic = catalogue.metric(count.figure.metric).topic or ""
        parent = catalogue.refines.get(topic)
        new_money = sum_metric(catalogue, topic, "flow", "USD")
        if not parent or new_money is None or _has(found, new_money, count.figure):
            continue
        whole = sum_metric(catalogue, parent, "flow", "USD")
        sums = [i for i, f in enumerate(found)
                if f.figure.metric == whole and _beside(count.figure, f.figure)]  # fmt: skip
        siblings = [f for f in found if f.figure.period_end == count.figure.period_end
                    and catalogue.refines.get(catalogue.metric(f.figure.metric).topic or "")
                    == parent and catalogue.metric(f.figure.metric).topic != topic]  # fmt: skip
        if sums and siblings:
            changed[sums[0]] = new_money
    kept = []
    for i, item in enumerate(found):
        if i in changed:
            why = replace(item.explanation, metric_rule="sibling-makes-new")
            item = replace(item, figure=replace(item.figure, metric=changed[i]), explanation=why)
        kept.append(item)
    return kept


def respective_sum_of_new(found: list[Found], catalogue: Catalogue) -> list[Found]:
    """ "cấp mới 14 dự án trong nước và 26 dự án FDI, tổng vốn đăng ký tương ứng 43.000 tỷ đồng
    và 47,9 triệu USD": a sum paired by "respectively" with the topic of a count that a period
    drew (a new count, counts.py) is that count's capital, the new projects' (rule
    respective-sum-of-new)."""
    if not any(f.explanation.metric_rule == RESPECTIVELY_RULE for f in found):
        return found  # the usual case: nothing paired by "respectively"
    kept = []
    for item in found:
        money = item.figure
        summed = catalogue.metric(money.metric)
        counts = [f.figure for f in found if f.figure.sentence == money.sentence
                  and f.figure.char_end <= money.char_start
                  and catalogue.refines.get(catalogue.metric(f.figure.metric).topic or "")
                  == summed.topic]  # fmt: skip
        new = [c for c in counts if _drawn(c, found) and c.period_end == money.period_end]
        metric = None
        if (
            item.explanation.metric_rule == RESPECTIVELY_RULE
            and summed.kind == "flow"
            and len(new) == 1 == len(counts)
        ):
            metric = sum_metric(
                catalogue, catalogue.metric(new[0].metric).topic or "", "flow", money.unit
            )
        if metric is not None:
            why = replace(item.explanation, metric_rule="respective-sum-of-new")
            item = replace(item, figure=replace(money, metric=metric), explanation=why)
        kept.append(item)
    return kept


def _of_these_projects(text: str, money: Figure) -> bool:
    """The words of the sum's sentence before it give it to "these projects"."""
    before = text[max(0, money.char_start - THESE_PROJECTS_CHARS) : money.char_start]
    return bool(THOSE_PROJECTS_RE.search(fold(before.rsplit(". ", 1)[-1])))


def _after_a_dong_sum(text: str, money: Figure) -> bool:
    """ "… with a total registered capital of about 2,929.9 billion VND and 32.6 million USD": the
    dollars come right after a đồng sum, joined as currency-pair joins its two sums, whether or
    not the đồng half was kept."""
    before = fold(text[max(0, money.char_start - DONG_THEN_DOLLARS_CHARS) : money.char_start])
    return any(CURRENCY_PAIR_GAP_RE.fullmatch(before, unit.end())
               for unit in DONG_UNIT_RE.finditer(before))  # fmt: skip


DONG_THEN_DOLLARS_CHARS = 40
DONG_UNIT_RE = re.compile(r"(?<!\w)(?:dongs?|vnd)(?!\w)")
THESE_PROJECTS_CHARS = 60
SPLIT_SUM_CHARS = 320  # "… 94 direct investment projects (including 17 FDI projects), 36.2% more
# than a year earlier. Total registered investment capital reached VND X and USD Y."


def sum_of_the_foreign_new(found: list[Found], text: str, catalogue: Catalogue) -> list[Found]:
    """ "approved 6 domestic projects and licensed 3 FDI projects; their registered capital is
    about VND 2,930 billion and USD 32.6 million": where the projects a period licensed are
    counted domestic and foreign apart, the dollars of the đồng-and-dollar pair after the count
    of new foreign projects are those projects' capital, when no word speaks of capital added
    to projects already licensed (rule split-sum-of-new). A dollar sum its words give to "these
    projects" after such a count is theirs too ("Trong năm, tỉnh thu hút thêm 4 dự án FDI; tổng
    vốn đầu tư của các dự án này vào khoảng 172,3 triệu USD", "the capital of these projects
    reached nearly 116 million USD"; rule these-projects-sum)."""
    pairs = {f.figure.sentence for f in found if f.explanation.metric_rule == CURRENCY_PAIR_RULE}
    kept = []
    for item in found:
        money = item.figure
        theirs = _of_these_projects(text, money)
        new = (
            _new_count_before(money, found, catalogue)
            if money.sentence in pairs or theirs or _after_a_dong_sum(text, money)
            else None
        )
        if new is not None:
            topic = catalogue.metric(new.metric).topic or ""
            between = fold(f"{new.sentence} {text[new.char_end : money.char_end]}")
            metric = (
                None
                if _another_part_named(between, topic, catalogue)
                else sum_metric(catalogue, topic, "flow", money.unit)
            )
            if metric is not None:
                rule = "these-projects-sum" if theirs else "split-sum-of-new"
                why = replace(item.explanation, metric_rule=rule)
                item = replace(item, figure=replace(money, metric=metric), explanation=why)
        kept.append(item)
    return kept


# ", chiếm 39,3%", " (32,6%)", ", soit 23,7% du total", ", or 12.3 percent": the share of a
# whole a sum makes, told right after it
SHARE_AFTER_RE = re.compile(
    r"\s*(?:\(|,?\s*(?:chiem|soit|accounting for|making up|representing|or)\s+|,\s*)"
    r"(\d{1,2}(?:[.,](\d{1,2}))?)\s?(?:%|percent|per cent)"
)
SHARE_AFTER_CHARS = 40
SHARE_SLACK = 0.6  # of the share's last digit: "39,3%" is 39.25–39.35, the sum rounded too


def share_names_its_whole(found: list[Found], text: str, catalogue: Catalogue) -> list[Found]:
    """ "Nhật Bản dẫn đầu với 175,1 triệu USD, chiếm 39,3%" in a year whose new projects drew
    445 million USD and whose capital, added capital included, came to 529.8 million: the share
    an investor country's sum makes names the whole it is a part of, and the sum is of that
    whole's metric and period (175.1 is 39.3% of 445, not of 529.8) (rule share-names-whole). A
    sum with no time phrase of its own, dated to the publication day, is no whole to weigh by."""
    wholes = [f.figure for f in found if f.figure.partner is None and _a_sum(f.figure, catalogue)
              and not f.explanation.period_rule.startswith(YTD_TO_PUBLICATION)]  # fmt: skip
    kept = []
    for item in found:
        money = item.figure
        whole = _whole_of_its_share(money, text, wholes, catalogue) if money.partner else None
        if whole is not None and whole.metric != money.metric:
            why = replace(item.explanation, metric_rule="share-names-whole")
            figure = replace(
                money, metric=whole.metric, kind=whole.kind,
                period_start=whole.period_start, period_end=whole.period_end,
            )  # fmt: skip
            item = replace(item, figure=figure, explanation=why)
        kept.append(item)
    return kept


def _a_sum(figure: Figure, catalogue: Catalogue) -> bool:
    """A sum of money of the catalogue (no count, no change)."""
    return catalogue.metric(figure.metric).is_sum_in(MONEY)


def _whole_of_its_share(
    money: Figure, text: str, wholes: list[Figure], catalogue: Catalogue
) -> Figure | None:
    """The one sum of the province, in the family of `money`'s topic and at its date, of which
    the share told right after `money` is `money`'s part."""
    if not _a_sum(money, catalogue):
        return None
    share = SHARE_AFTER_RE.match(fold(text[money.char_end : money.char_end + SHARE_AFTER_CHARS]))
    if share is None:
        return None
    percent = float(share[1].replace(",", "."))
    slack = SHARE_SLACK * 10 ** -len(share[2] or "")
    family = catalogue.family(catalogue.metric(money.metric).topic or "")
    fits = {
        w.metric: w for w in wholes
        if w.unit == money.unit and w.period_end == money.period_end and w.value > money.value
        and catalogue.family(catalogue.metric(w.metric).topic or "") == family
        and abs(money.value / w.value * 100 - percent) <= slack
    }  # fmt: skip
    return next(iter(fits.values())) if len(fits) == 1 else None


def _another_part_named(folded: str, part: str, catalogue: Catalogue) -> bool:
    """The cues of another part of the flow `part` narrows (capital added to projects already
    licensed, contributions) stand in `folded`: the sum is no longer the new ones'."""
    parent = catalogue.refines.get(part)
    return any(catalogue.topics[other].search(folded) for other, whole in catalogue.refines.items()
               if whole == parent and other != part)  # fmt: skip


def _new_count_before(money: Figure, found: list[Found], catalogue: Catalogue) -> Figure | None:
    """The count of new projects a period drew right before a whole flow's dollar sum, of its
    period, with no figure of that flow or its parts between them."""
    summed = catalogue.metric(money.metric)
    if summed.kind != "flow" or summed.topic in catalogue.refines or money.unit != "USD":
        return None
    if money.partner or not summed.topic:
        return None
    family = sorted((f for f in found
                     if catalogue.family(catalogue.metric(f.figure.metric).topic or "")
                     == summed.topic and f.figure.char_end <= money.char_start),
                    key=lambda f: f.figure.char_start)  # fmt: skip
    if not family or family[-1].figure.char_start < money.char_start - SPLIT_SUM_CHARS:
        return None
    last = family[-1]
    counted = catalogue.metric(last.figure.metric)
    if (
        last.explanation.metric_rule not in (*PERIOD_COUNT_RULES, CUE_RULE)
        or counted != first_flow(catalogue, counted.noun)
        or catalogue.refines.get(counted.topic or "") != summed.topic
        or counted.kind != "flow"
        or (last.figure.period_start, last.figure.period_end)
        != (money.period_start, money.period_end)
    ):
        return None
    return last.figure


def _drawn(count: Figure, found: list[Found]) -> bool:
    return any(f.figure is count and f.explanation.metric_rule in PERIOD_COUNT_RULES
               for f in found)  # fmt: skip


# "12 new projects and 30 expansions, with total capital of": the sum is no longer the count's
ANOTHER_PART_RE = re.compile(r"\d|\b(?:and|va|cung|et|plus(?! de)|along)\b")  # ("plus de": over)
# "seven FDI projects in 2015, registered at a combined $19 million": a year is no other part
YEAR_BETWEEN_RE = re.compile(r"\b(?:in|nam|en)\s+(?:19|20)\d\d\b")


def _whole_beside_a_part(counted: Metric, summed: Metric, catalogue: Catalogue) -> bool:
    """A count of a flow's part with a sum of the flow's whole after it."""
    parent = catalogue.refines.get(counted.topic or "")
    return (
        bool(parent)
        and counted.kind == "flow"
        and summed.kind == "flow"
        and (summed.topic == parent)
    )


def _cue_before(money: Found, count: Found) -> bool:
    """The words that made the sum a part stand before the count ("had granted investment
    certificates to a total of 279 FDI projects with …"), not after the sum ("…, equal to 33.3%
    of the newly registered capital": a share of the part, which dates the count too)."""
    opening = _sentence_start(money.figure)
    at = fold(money.figure.sentence).find(money.explanation.metric_cue)
    return opening is not None and 0 <= at < count.figure.char_start - opening


def _as_the_parts_sum(money: Found, topic: str, catalogue: Catalogue) -> Found:
    """ "Thai Nguyen drew seven FDI projects with total capital of 470.7 million USD": the sum
    joined to a count of new projects is those projects' capital (rule part-carries-its-sum)."""
    metric = sum_metric(catalogue, topic, "flow", money.figure.unit)
    if metric is None:
        return money
    why = replace(money.explanation, metric_rule="part-carries-its-sum")
    return replace(money, figure=replace(money.figure, metric=metric), explanation=why)


def _has(found: list[Found], metric: str, like: Figure) -> bool:
    """A figure of `metric` for the same period as `like` (not September's inside nine months)."""
    period = (like.period_start, like.period_end)
    return any(f.figure.metric == metric and (f.figure.period_start, f.figure.period_end) == period
               for f in found)  # fmt: skip


def _beside(count: Figure, money: Figure) -> bool:
    """The first sum after the count in its sentence, close to it, of the same period; or the
    sum put "into" it right before it ("poured 1.56 billion USD into 339 projects")."""
    return (
        money.sentence == count.sentence and money.partner == count.partner
        and money.period_end == count.period_end
        and (0 <= money.char_start - count.char_end <= BESIDE_COUNT_CHARS
             or _put_into(money, count))
    )  # fmt: skip


def _put_into(money: Figure, count: Figure) -> bool:
    """The sum stands right before the count, joined to it by "into" ("vào", "dans")."""
    start = _sentence_start(money)
    if start is None or not 0 < count.char_start - money.char_end <= BESIDE_COUNT_CHARS:
        return False
    between = fold(money.sentence[money.char_end - start : count.char_start - start])
    return bool(INTO_RE.fullmatch(between))


def _sentence_start(figure: Figure) -> int | None:
    """Where the figure's sentence starts on the page (None when its text is not in it)."""
    at = figure.sentence.find(figure.text)
    return None if at < 0 else figure.char_start - at


# "approved capital increases totalling US$61.3 million for 11 projects": the projects the sum
# went to
FOR_ITS_COUNT_RE = re.compile(
    r",?\s+(?:for|to|into|across|cho|pour|repartie?s? (?:sur|entre))\s+"
    r"(?:(?:some|about|nearly|over)\s+)?"
)


def count_of_its_sum(money: Found, count: Found, gap: str, catalogue: Catalogue) -> Found:
    """A count right after a part's sum, joined by "for" ("capital increases totalling US$61.3
    million for 11 projects"), counts that part's projects, of the sum's period (rule
    sum-carries-its-count)."""
    summed, counted = catalogue.metric(money.figure.metric), catalogue.metric(count.figure.metric)
    if summed.topic not in catalogue.refines or summed.kind != "flow" or counted.topic:
        return count
    if not FOR_ITS_COUNT_RE.fullmatch(gap):
        return count
    metric = next((m for m in catalogue.metrics if m.topic == summed.topic and m.noun
                   and m.kind == "flow" and m.accepts(count.figure.value)), None)  # fmt: skip
    if metric is None:
        return count
    when = money.figure
    figure = replace(count.figure, metric=metric.id, kind="flow",
                     period_start=when.period_start, period_end=when.period_end)  # fmt: skip
    why = replace(count.explanation, metric_rule="sum-carries-its-count",
                  period_rule=money.explanation.period_rule)  # fmt: skip
    return replace(count, figure=figure, explanation=why)


def sum_of_its_count(count: Found, money: Found, gap: str, catalogue: Catalogue) -> Found:
    """A sum joined to the count before it is of the count's kind (rule count-carries-its-sum):
    "the province now counts 578 foreign-invested projects, whose registered capital adds up to
    more than 7.5 billion USD" is a total of the count's date, not a flow of the article's
    period; "Tỉnh còn thu hút được 30 dự án FDI với tổng số vốn hơn 107 triệu USD" in a report
    of nine months is the period's flow, not a total."""
    counted, summed = catalogue.metric(count.figure.metric), catalogue.metric(money.figure.metric)
    part = summed.topic in catalogue.refines  # new, added or contributed: a flow's part
    rule = count.explanation.metric_rule
    # "dont un étranger d'une valeur de X": a new count named by its breakdown cue carries its sum
    new_part = rule == CUE_RULE and counted == first_flow(catalogue, counted.noun)
    drawn = (rule in PERIOD_COUNT_RULES or new_part) and not ANOTHER_PART_RE.search(
        YEAR_BETWEEN_RE.sub("", gap)
    )
    if drawn and _whole_beside_a_part(counted, summed, catalogue) and joined_to_count(gap):
        return _as_the_parts_sum(money, counted.topic or "", catalogue)
    kinds = {counted.kind, summed.kind}
    dated_total = counted.kind == "stock" and _own_period(count) and _cue_before(money, count)
    if kinds != {"stock", "flow"} or (part and not dated_total) or not joined_to_count(gap):
        return money
    topic = summed.topic or ""
    if part:  # "Up to December 2013 … a total of 279 FDI projects with a combined value of X":
        topic = catalogue.refines[topic]  # licensing words read it new; the count's own day
        # makes it a total
    if drawn and counted.kind == "flow" and catalogue.refines.get(counted.topic or "") == topic:
        topic = counted.topic or ""  # "có thêm 5 dự án FDI với tổng mức đầu tư X": their capital
    metric = sum_metric(catalogue, topic, counted.kind, summed.unit)
    if metric is None:
        return money
    start = count.figure.period_start if counted.kind == "flow" else None
    figure = replace(money.figure, metric=metric, kind=counted.kind, period_start=start,
                     period_end=count.figure.period_end)  # fmt: skip
    why = replace(money.explanation, metric_rule="count-carries-its-sum",
                  period_rule=count.explanation.period_rule)  # fmt: skip
    return replace(money, figure=figure, explanation=why)
