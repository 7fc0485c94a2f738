"""Which catalogue metric an amount states: a scored decision over the cues of its clause, its
sentence and the article's frame, not a first match (pure).

Money: each topic scores by where its cue stands (own clause before the amount > own clause
after it > elsewhere in the sentence > the article's topic); the best topic family wins unless a
subset cue (a sector, per-capita income, two-way trade) is closer in the clause. A breakdown
topic in the clause (newly licensed, added capital, contributions) narrows FDI. Stock or flow is
decided by weighing stock cues against flow cues. Counts take the metric of their counted noun;
percentages are a growth rate, an occupancy or a year-on-year change of the money before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.amounts import Amount
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.cues import Cue, Segment, nearest_before
from etl.extract.frame import Frame, own_period
from etl.extract.status import Work

OWN_BEFORE, OWN_AFTER, SENTENCE_BEFORE, SENTENCE_AFTER = 4.0, 3.0, 1.5, 0.3
ARTICLE_TOPIC, TITLE_TOPIC = 0.6, 0.4
MIN_SCORE = 0.5
NOUN_GAP_CHARS = 3


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen metric, the words that chose it, how, and by what margin."""

    metric: Metric
    cue: str
    rule: str
    score: float
    margin: float


@dataclass(frozen=True, slots=True)
class Scored:
    topic: str
    score: float
    cue: str
    rule: str


def score_topics(work: Work, index: int, frame: Frame, forced: str | None = None) -> list[Scored]:
    """Every topic with its best score for the amount, best first."""
    amount, seg = work.amounts[index], work.segs[index]
    if forced:
        return [Scored(forced, OWN_BEFORE, forced, "respectively")]
    best: dict[str, Scored] = {}
    for cue in work.cues.topics:
        scored = _score_cue(cue, amount, seg, work.cues.folded)
        if scored and (cue.label not in best or scored.score > best[cue.label].score):
            best[cue.label] = scored
    carried = [(t, ARTICLE_TOPIC - 0.05 * i, "article topic") for i, t in enumerate(frame.topics)]
    for topic, weight, rule in [*carried, (frame.title_topic, TITLE_TOPIC, "headline topic")]:
        if topic and (topic not in best or best[topic].score < weight):
            best[topic] = Scored(topic, weight, topic, rule)
    return sorted(best.values(), key=lambda s: -s.score)


def _score_cue(cue: Cue, amount: Amount, seg: Segment, folded: str) -> Scored | None:
    words = folded[cue.start : cue.end]
    if seg.before[0] <= cue.start and cue.end <= amount.start:
        gap = amount.start - cue.end
        return Scored(cue.label, OWN_BEFORE - min(2.0, gap / 40), words, "own clause")
    if amount.end <= cue.start and cue.end <= seg.after[1]:
        gap = cue.start - amount.end
        return Scored(cue.label, OWN_AFTER - min(1.5, gap / 40), words, "own clause")
    if cue.end <= amount.start:
        gap = amount.start - cue.end
        return Scored(cue.label, SENTENCE_BEFORE - min(0.8, gap / 150), words, "sentence")
    return Scored(cue.label, SENTENCE_AFTER, words, "sentence")


def choose_money(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, forced: str | None = None
) -> Choice | str:
    """The metric of a sum of money, or why none."""
    amount = work.amounts[index]
    scored = score_topics(work, index, frame, forced)
    units = ("USD", "VND") if amount.unit is None else (amount.unit,)
    families: dict[str, Scored] = {}
    for s in scored:
        family = catalogue.family(s.topic)
        if family not in families:
            families[family] = s
    ranked = [
        s for s in families.values()
        if _has_money(catalogue, catalogue.family(s.topic), units)
        or (s.topic in catalogue.blocking and s.score >= SENTENCE_BEFORE - 0.8)
    ]  # fmt: skip
    if not ranked or ranked[0].score < MIN_SCORE:
        return "no catalogue topic near it"
    top = ranked[0]
    if top.topic in catalogue.blocking:
        return f"a subset or another quantity ({top.cue!r})"
    subject = None if forced else subject_block(work, index, catalogue)
    if subject:
        return f"a subset or another quantity (the sentence is about {subject!r})"
    margin = top.score - (ranked[1].score if len(ranked) > 1 else 0.0)
    family = catalogue.family(top.topic)
    refined = _refinement(work, index, catalogue, family)
    if refined:
        metric = _money_metric(catalogue, refined.label, units)
        if metric:
            cue = work.cues.folded[refined.start : refined.end]
            return Choice(metric, cue, "breakdown cue in the clause", top.score, margin)
    candidates = [
        m for m in catalogue.metrics
        if m.topic == family and m.unit in units and not m.noun and not m.change
    ]  # fmt: skip
    wanted = "stock" if is_stock(work, index, frame, catalogue) else "flow"
    kinds = {m.kind for m in candidates}
    if len(kinds) > 1:
        candidates = [m for m in candidates if m.kind == wanted]
    elif kinds == {"flow"} and wanted == "stock" and _says_total(work, index, catalogue):
        return f"a cumulative total of {family} (the catalogue has only its flow)"
    if not candidates:
        return f"no {family} metric in {'/'.join(units)}"
    return Choice(candidates[0], top.cue, top.rule, top.score, margin)


def _has_money(catalogue: Catalogue, family: str, units: tuple[str, ...]) -> bool:
    return any(m.topic == family and m.unit in units and not m.noun for m in catalogue.metrics)


def _money_metric(catalogue: Catalogue, topic: str, units) -> Metric | None:
    return next((m for m in catalogue.metrics if m.topic == topic and m.unit in units
                 and not m.noun), None)  # fmt: skip


def _refinement(work: Work, index: int, catalogue: Catalogue, family: str) -> Cue | None:
    """The breakdown topic (new, added, contributed) that the amount's own words name. Its words
    reach back to the clause of the sum of money before it (counts in between belong to them:
    "33 newly-licensed projects worth X") and forward to the end of its clause, short of a list
    that breaks it down ("X, made up of ..."). Two different breakdowns before it ("8 new
    projects and 8 capital-increasing ones, for a total of X") make X their total."""
    amount = work.amounts[index]
    children = {t for t, parent in catalogue.refines.items() if parent == family}
    floor, ceiling = _money_clause(work, index)
    inside = [c for c in work.cues.topics if c.label in children]
    before = [c for c in inside if floor <= c.start and c.end <= amount.start]
    if len({c.label for c in before}) > 1:
        return None
    if before:
        return before[-1]
    after = [c for c in inside if amount.end <= c.start and c.end <= ceiling]
    rest = [c.label for c in inside if amount.end <= c.start and c.end <= _next_money(work, index)]
    if len(set(rest)) > 1:
        return None  # "X into 59 new projects, 23 existing ones and 155 share purchases"
    return after[0] if len({c.label for c in after}) == 1 else None


def _next_money(work: Work, index: int) -> int:
    later = [a.start for a in work.amounts[index + 1 :] if a.is_money]
    return later[0] if later else len(work.cues.folded)


BREAKDOWN_OPENER_RE = re.compile(
    r"[:;(]|\s[–—]\s|(?<!\w)(?:made up of|including|of which|comprising|consisting of|gom|trong do"
    r"|bao gom|cu the|dont)(?!\w)"
)


def _money_clause(work: Work, index: int) -> tuple[int, int]:
    """Where the words of a sum of money start (after the clause of the sum before it) and end
    (at the next clause break or breakdown opener, or the next sum)."""
    folded = work.cues.folded
    amount = work.amounts[index]
    earlier = [i for i in range(index) if work.amounts[i].is_money]
    floor = work.segs[earlier[-1]].after[1] if earlier else 0
    later = [a.start for a in work.amounts[index + 1 :] if a.is_money]
    ceiling = later[0] if later else len(folded)
    opener = BREAKDOWN_OPENER_RE.search(folded, amount.end, ceiling)
    brk = re.compile(r"[,;.]").search(folded, amount.end, ceiling)
    stops = [m.start() for m in (opener, brk) if m]
    return min(floor, amount.start), min(stops) if stops else ceiling


def _says_total(work: Work, index: int, catalogue: Catalogue) -> bool:
    """A stock word ("so far", "tổng vốn", "hiện có") in the sentence, not just an as-of date."""
    words = catalogue.words
    return work.cues.has(words["stock"], 0, len(work.cues.folded))


def is_stock(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> bool:
    """Weigh the evidence that a total is cumulative (a stock) against a period's flow."""
    amount, seg = work.amounts[index], work.segs[index]
    cues, words = work.cues, catalogue.words
    if cues.has(words["stock_strong"], *seg.before):
        return True
    stock, flow = 0.0, 0.0
    if cues.has(words["stock"], *seg.before) or cues.has(words["stock"], *seg.after):
        stock += 2.0
    elif cues.has(words["stock_strong"], 0, len(cues.folded)):
        stock += 1.5
    elif cues.has(words["stock"], 0, len(cues.folded)):
        stock += 1.0
    own = own_period(amount, work.periods, seg, "flow", work.cues.folded)
    if own is not None:
        if own.kind in ("range", "ytd", "same"):
            flow += 3.0
        elif own.stock:
            stock += 2.0
        elif own.kind == "point":
            stock += 0.5
    elif frame.flow_period is not None and frame.stock_context is False:
        flow += 1.0  # the article speaks of a period: its figures are flows
    elif frame.stock_context:
        stock += 1.0
    if _plain_count_before(work, index, catalogue):
        stock += 1.0
    if _breakdown_in_sentence(work, catalogue):
        flow += 2.0
    if cues.has(words["flow"], *seg.before):
        flow += 1.0
    if _yoy_follows(work, index) and cues.has(words["change"], amount.end, seg.after[1] + 40):
        flow += 1.5
    return stock > flow


def _plain_count_before(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "N projects with total capital of X", "N doanh nghiệp, tổng vốn X": a plain count of a
    stock noun before the money in its sentence (not "N new projects")."""
    folded = work.cues.folded
    amount = work.amounts[index]
    children = set(catalogue.refines)
    for other in work.amounts[:index]:
        if other.unit is not None or other.scaled:
            continue
        tail = folded[other.end : min(amount.start, other.end + 40)]
        if re.match(
            r"\s*(?:\w+ ){0,3}?(?:projects|du an|projets|enterprises|businesses|doanh nghiep)", tail
        ):
            near = [c for c in work.cues.topics if c.label in children
                    and other.start - 16 <= c.start <= other.end + 30]  # fmt: skip
            if not near:
                return True
    return False


def _yoy_follows(work: Work, index: int) -> bool:
    """A percentage right after the amount: its change against a year earlier, say."""
    nxt = index + 1
    return nxt < len(work.amounts) and work.amounts[nxt].unit == "percent"


def _breakdown_in_sentence(work: Work, catalogue: Catalogue) -> bool:
    """New projects, added capital or contributions named in the sentence: a period's flows."""
    return any(c.label in catalogue.refines for c in work.cues.topics)


def choose_count(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> Choice | str:
    """The metric of a counted noun right after the number ("4,063 projects", "65 countries")."""
    amount = work.amounts[index]
    folded = work.cues.folded
    limit = work.amounts[index + 1].start if index + 1 < len(work.amounts) else len(folded)
    for name, noun in catalogue.nouns.items():
        match = noun.pattern.search(folded, amount.end, min(limit, amount.end + 80))
        if not match or match.start() - amount.end > NOUN_GAP_CHARS:
            continue
        if match.group(0).split()[-1] == "ones" and "project" not in folded[: amount.start]:
            continue
        return _count_metric(work, index, frame, catalogue, name, match)
    return "no counted noun of the catalogue"


def _count_metric(work, index, frame, catalogue, name: str, match: re.Match) -> Choice | str:
    amount, seg = work.amounts[index], work.segs[index]
    noun = catalogue.nouns[name]
    window = (max(seg.before[0], amount.start - 24), min(seg.after[1], match.end() + 50))
    blocking = (max(0, amount.start - 24), match.end() + 30)
    if work.cues.has(catalogue.words["company"], max(0, amount.start - 60), match.end() + 20):
        return "one company's or project's count"
    subject = subject_block(work, index, catalogue) if name != "countries" else None
    if subject:
        return f"a subset (the sentence is about {subject!r})"
    if noun.blocked_by and work.cues.has(noun.blocked_by, *blocking):
        return f"a part of the {name.replace('_', ' ')} total (new, added or closed)"
    if noun.requires_topic and not _topic_in_reach(work, noun.requires_topic, frame, catalogue):
        return f"no {noun.requires_topic} topic for the {name.replace('_', ' ')}"
    metrics = [m for m in catalogue.metrics if m.noun == name]
    near = [c for c in work.cues.topics if window[0] <= c.start and c.end <= window[1]
            and c.label in {m.topic for m in metrics}]  # fmt: skip
    phrase = folded_phrase(work, amount.start, match.end())
    if near:
        metric = next(m for m in metrics if m.topic == near[0].label)
        return Choice(metric, work.cues.folded[near[0].start:near[0].end], "counted noun and "
                      "breakdown cue", OWN_BEFORE, OWN_BEFORE)  # fmt: skip
    plain = [m for m in metrics if not m.topic]
    if not plain:
        return "no catalogue metric for this count"
    metric = plain[0]
    if (
        metric.kind == "stock"
        and noun.requires_topic
        and not _count_is_stock(work, index, frame, catalogue)
    ):
        return "a count over a period, not a cumulative total"
    return Choice(metric, phrase, "counted noun", OWN_BEFORE, OWN_BEFORE)


def folded_phrase(work: Work, start: int, end: int) -> str:
    """The folded words of the sentence between two offsets."""
    return work.cues.folded[start:end]


def _topic_in_reach(work: Work, topic: str, frame: Frame, catalogue: Catalogue) -> bool:
    labels = {catalogue.family(c.label) for c in work.cues.topics}
    return topic in labels or frame.topic == topic or frame.title_topic == topic


def _count_is_stock(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> bool:
    """A count of projects, countries or parks is a total unless its clause or sentence speaks
    of a period's flow ("drew 59 new projects in the first 10 months")."""
    amount, seg = work.amounts[index], work.segs[index]
    own = own_period(amount, work.periods, seg, "stock", work.cues.folded)
    if own is not None and own.kind in ("point", "now"):
        return True
    if work.cues.has(catalogue.words["stock"], 0, len(work.cues.folded)):
        return True
    if any(p.kind in ("range", "ytd", "same") for p in work.periods):
        return False
    return not (frame.flow_period is not None and frame.stock_context is False)


def choose_percent(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, money: tuple[str | None, bool],
    forced: str | None = None,
) -> Choice | str:  # fmt: skip
    """A growth rate (GRDP, IIP), an occupancy, or the year-on-year change of the money before.
    `money` is the topic of the last sum of money in the sentence and whether it was kept."""
    scored = score_topics(work, index, frame, forced)
    own = [s for s in scored if s.rule in ("own clause", "respectively")]
    for s in own:
        choice = _rate_metric(work, index, catalogue, s)
        if choice is not None:
            return choice
    if forced or any(s.topic not in catalogue.refines for s in own):
        return f"no rate or change metric for {own[0].topic if own else forced}"
    money_topic, kept = money
    if money_topic is not None and _is_change(work, index, catalogue):
        if not kept:
            return "the change of a figure left out"
        family = catalogue.family(money_topic)
        change = [m for m in catalogue.metrics if m.change and m.topic == family]
        if change:
            return Choice(change[0], money_topic, "change of the amount before it", 2.0, 1.0)
        return f"no year-on-year metric for {money_topic}"
    for s in scored:
        if (
            s.rule == "sentence"
            and s.score >= 1.0
            or (s.rule == "article topic" and s.score >= 0.5)
        ):
            choice = _rate_metric(work, index, catalogue, s, growth_only=s.rule != "sentence")
            if isinstance(choice, Choice):
                return choice
            if choice is not None:
                return choice
    return "not a growth rate, an occupancy or a change of a catalogue figure"


def _rate_metric(work, index, catalogue, s: Scored, growth_only: bool = False):
    """The percent metric of a scored topic: its rate (growth, occupancy) or its change."""
    if s.topic in catalogue.blocking:
        return f"a subset or another quantity ({s.cue!r})"
    family = catalogue.family(s.topic)
    rate = [m for m in catalogue.metrics if m.unit == "percent" and m.topic == family]
    plain = [m for m in rate if not m.change]
    if plain and (not growth_only or _is_change(work, index, catalogue)):
        return Choice(plain[0], s.cue, s.rule, s.score, s.score)
    change = [m for m in rate if m.change]
    if change and not growth_only and _is_change(work, index, catalogue):
        return Choice(change[0], s.cue, s.rule, s.score, s.score)
    return None


def _is_change(work: Work, index: int, catalogue: Catalogue) -> bool:
    amount, seg = work.amounts[index], work.segs[index]
    words = catalogue.words["change"]
    folded = work.cues.folded
    if folded[: amount.start].rstrip().endswith(("bang", "bằng", "equal to", "equivalent to")):
        return True
    if work.cues.respectively is not None:
        return bool(words.search(folded, 0, len(folded)))
    return bool(words.search(folded, *seg.before) or words.search(folded, *seg.after))


def signed_change(work: Work, index: int, catalogue: Catalogue) -> float:
    """A change in percent with its sign: "giảm 9,1%" is -9.1; "bằng 159% so với" is +59;
    "equivalent to 56.2% of the same period" is -43.8."""
    amount, seg = work.amounts[index], work.segs[index]
    folded = work.cues.folded
    value = amount.value
    lead = folded[max(0, amount.start - 16) : amount.start]
    if re.search(r"(?:bang|equal to|equivalent to|dat) $", lead) and re.search(
        r"cung ky|same period|nam truoc|a year", folded[amount.end : amount.end + 40]
    ):
        return round(value - 100, 6)
    down = [m.end() for m in catalogue.words["decrease"].finditer(folded, *seg.before)]
    up = [m.end() for m in catalogue.words["increase"].finditer(folded, *seg.before)]
    if down and (not up or max(down) > max(up)):
        return -value
    after = (amount.end, min(seg.after[1], amount.end + 24))
    if not up and catalogue.words["decrease"].search(folded, *after):
        return -value
    return value


def nearest_place(work: Work, index: int):
    """The place named last before the amount in its sentence."""
    return nearest_before(work.cues.places, 0, work.amounts[index].start)


def subject_block(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A subset cue that opens the sentence ("Wooden products ... earned X", "Ngành chế biến,
    chế tạo ... chiếm X") governs its amounts, unless the amount's own clause names a metric's
    topic before it ("of which exports were X")."""
    amount, seg = work.amounts[index], work.segs[index]
    first = work.cues.topics[0] if work.cues.topics else None
    if first is None or first.label not in catalogue.blocking:
        return None
    if first.start > min(a.start for a in work.amounts) or first.start > 40:
        return None
    own = [c for c in work.cues.topics if seg.before[0] <= c.start and c.end <= amount.start
           and c.label not in catalogue.blocking]  # fmt: skip
    return None if own else work.cues.folded[first.start : first.end]
