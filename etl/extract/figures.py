"""Extract the catalogue's key figures about the province from an article's text (pure).

Pipeline per sentence: amounts -> whose (place scope) -> what (topic cue -> metric) ->
when (period) -> for whom (partner) -> qualifier; then repeats of one fact are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from etl.extract.amounts import Amount, find_amounts
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.context import ArticleContext, own_period
from etl.extract.cues import (
    SentenceCues,
    nearest_after,
    nearest_before,
    partner_of,
    qualifier_of,
    read_cues,
    segments,
)
from etl.extract.periods import PeriodMention, find_periods
from etl.extract.relevance import EntityMatcher
from etl.extract.sentences import Sentence, split_sentences
from etl.models import Figure

MONEY = ("USD", "VND")
NOUN_GAP_CHARS = 3
RUN_GAP_RE = re.compile(r"\s*,?\s*(?:and|va|et|,)\s*(?:\S+\s*){0,2}")  # "X and over Y"
SAME_VALUE = 0.015  # a figure repeated with other rounding ("2.7" vs "2.694 billion")


@dataclass(frozen=True, slots=True)
class _Found:
    figure: Figure
    from_title: bool
    digits: int


@dataclass
class _Sentence:
    """One sentence under analysis."""

    sentence: Sentence
    cues: SentenceCues
    amounts: list[Amount]
    periods: list[PeriodMention]
    topics_by_amount: dict[int, str] = field(default_factory=dict)
    scopes_by_amount: dict[int, str] = field(default_factory=dict)


def extract_figures(
    body: str,
    published: date | None,
    lang: str,
    catalogue: Catalogue,
    matcher: EntityMatcher,
    *,
    title: str | None = None,
) -> list[Figure]:
    """The key figures an article states about the province.

    Args:
        body: the article's paragraphs.
        published: the publication date (local), which relative periods are read against.
        lang: "en", "vi" or "fr" (decides how "4.008" and "42,7" are read).
        catalogue: metrics and cue words.
        matcher: finds the province's names.
        title: the headline, read first; character offsets count from its start when given.

    Returns:
        Figures with the sentence and character span they came from, repeats merged.
    """
    text = f"{title}\n\n{body}" if title else body
    state = ArticleContext(published)
    found: list[_Found] = []
    for sentence in split_sentences(text):
        state.paragraph = sentence.paragraph
        is_title = bool(title) and sentence.paragraph == 0
        found.extend(_sentence_figures(sentence, lang, catalogue, matcher, state, is_title))
    return [f.figure for f in _merge_repeats(found)]


def _sentence_figures(sentence, lang, catalogue, matcher, state, is_title) -> list[_Found]:
    cues = read_cues(sentence.text, catalogue, matcher)
    found_amounts = find_amounts(sentence.text, lang)
    amounts = [a for i, a in enumerate(found_amounts) if not _is_aside(found_amounts, i)]
    periods = find_periods(sentence.text, state.published, state.year)
    work = _Sentence(sentence, cues, amounts, periods)
    _respectively(work, catalogue, matcher)
    out = []
    money_topic: str | None = None
    for index, (amount, seg) in enumerate(
        zip(amounts, segments(cues.folded, amounts), strict=True)
    ):
        topic = _topic(work, index, seg, catalogue, state, money_topic)
        if amount.unit in MONEY and topic:
            money_topic = topic
        if _scope(work, index, state) != "province":
            continue
        figure = _figure(work, index, seg, topic, catalogue, state)
        if figure is not None:
            out.append(_Found(figure, is_title, amount.digits))
    state.remember(cues, periods, sentence.paragraph, catalogue.blocking)
    return out


def _is_aside(amounts: list[Amount], index: int) -> bool:
    """A conversion "(1.34 billion USD)" or share "(7.5 percent)" right after a money amount."""
    amount = amounts[index]
    if not amount.in_parens or index == 0:
        return False
    return amounts[index - 1].unit in MONEY and amount.unit in (*MONEY, "percent")


def _respectively(work: _Sentence, catalogue: Catalogue, matcher) -> None:
    """ "A and B ... X and Y, respectively": X goes with A and Y with B."""
    cut = work.cues.respectively
    if cut is None:
        return
    run = _run_before(work, cut)
    if len(run) < 2:
        return
    first = work.amounts[run[0]].start
    places = [c for c in work.cues.places if c.end <= first]
    if len(places) >= len(run):
        for index, place in zip(run, places[-len(run) :], strict=True):
            work.scopes_by_amount[index] = place.label
    plain = read_cues(work.sentence.text, catalogue, matcher, plain=True)
    topics = [c for c in plain.topics if c.end <= first]
    if len(topics) >= len(run):
        for index, topic in zip(run, topics[-len(run) :], strict=True):
            work.topics_by_amount[index] = topic.label


def _run_before(work: _Sentence, cut: int) -> list[int]:
    """Indexes of the amounts joined by "and" just before "respectively"."""
    before = [i for i, a in enumerate(work.amounts) if a.end <= cut and not a.in_parens]
    if not before:
        return []
    run = [before[-1]]
    for i in reversed(before[:-1]):
        left, right = work.amounts[i], work.amounts[run[0]]
        gap = work.cues.folded[left.end : right.start]
        if left.unit != right.unit or not RUN_GAP_RE.fullmatch(gap):
            break
        run.insert(0, i)
    return run


def _scope(work: _Sentence, index: int, state: ArticleContext) -> str:
    """Whose figure: the place named last before it, else the sentence's, else the article's."""
    if index in work.scopes_by_amount:
        return work.scopes_by_amount[index]
    place = nearest_before(work.cues.places, 0, work.amounts[index].start)
    if place:
        return place.label
    return work.cues.scope() or state.scope


def _topic(work, index, seg, catalogue, state, money_topic) -> str | None:
    """The topic an amount speaks of: its own words, then the sentence's, then earlier ones."""
    if index in work.topics_by_amount:
        return work.topics_by_amount[index]
    cues = work.cues
    amount = work.amounts[index]
    own = nearest_before(cues.topics, *seg.before) or nearest_after(cues.topics, *seg.after)
    if own:
        return own.label
    if amount.unit == "percent" and cues.has(catalogue.words["change"], *seg.after) and money_topic:
        return money_topic
    earlier = nearest_before(cues.topics, 0, amount.start)
    if earlier:
        return earlier.label
    if amount.unit in MONEY:  # "This lifted the total to $33.6 billion": what the article is about
        return state.title_topic or state.topic
    return None


def _figure(work, index, seg, topic, catalogue, state) -> Figure | None:
    amount = work.amounts[index]
    if amount.unit is None:
        return _count_figure(work, index, seg, catalogue, state)
    if topic is None or topic in catalogue.blocking:
        return None
    if amount.unit in MONEY and _about_a_company(work, seg, catalogue):
        return None
    metric = _metric_for(work, index, seg, topic, catalogue, state)
    if metric is None:
        return None
    value = _signed_change(work, index, seg, catalogue) if metric.change else amount.value
    if not metric.accepts(value):
        return None
    return _build(work, index, seg, metric, value, amount.end, catalogue, state)


def _about_a_company(work, seg, catalogue) -> bool:
    """ "Electronics maker X has invested $2.5 billion": one company's money, not the province's."""
    words = catalogue.words["company"]
    return work.cues.has(words, *seg.before) or work.cues.has(words, *seg.after)


def _signed_change(work, index, seg, catalogue) -> float:
    """A change in percent with its sign: "giảm 9,1%" is -9.1; "bằng 159% so với" is +59."""
    amount = work.amounts[index]
    folded = work.cues.folded
    if folded[: amount.start].endswith("bang "):
        return round(amount.value - 100, 6)
    down = [m.end() for m in catalogue.words["decrease"].finditer(folded, *seg.before)]
    up = [m.end() for m in catalogue.words["increase"].finditer(folded, *seg.before)]
    if down and (not up or max(down) > max(up)):
        return -amount.value
    after = (amount.end, min(seg.after[1], amount.end + 20))
    if not up and catalogue.words["decrease"].search(folded, *after):
        return -amount.value
    return amount.value


def _metric_for(work, index, seg, topic, catalogue, state) -> Metric | None:
    amount = work.amounts[index]
    unit = amount.unit
    candidates = [
        m for m in catalogue.metrics if m.topic == topic and m.unit == unit and not m.noun
    ]
    if unit == "percent":
        changed = _has_change(work, index, seg, catalogue)
        candidates = [m for m in candidates if m.change == changed or not m.change]
        candidates.sort(key=lambda m: not m.change)
    if len(candidates) > 1 and {m.kind for m in candidates} == {"stock", "flow"}:
        wanted = "stock" if _is_stock(work, index, seg, catalogue, state) else "flow"
        candidates = [m for m in candidates if m.kind == wanted]
    return candidates[0] if candidates else None


def _has_change(work, index, seg, catalogue) -> bool:
    words = catalogue.words["change"]
    if work.cues.respectively is not None and index in work.topics_by_amount:
        return work.cues.has(words, 0, len(work.cues.folded))
    return work.cues.has(words, *seg.before) or work.cues.has(words, *seg.after)


def _is_stock(work, index, seg, catalogue, state) -> bool:
    """Cumulative total or flow of a period: an accumulation cue ("bringing its total to"), its
    own period phrase, its words, then the article's context (an article that only speaks
    "to date" speaks of totals)."""
    cues = work.cues
    if cues.has(catalogue.words["stock_strong"], *seg.before):
        return True
    own = own_period(work.amounts[index], work.periods)
    if own and own.kind == "range":
        return False
    stock_words = catalogue.words["stock"]
    if cues.has(stock_words, *seg.before) or cues.has(stock_words, *seg.after):
        return True
    if own:
        return own.stock
    return state.flow_period is None and bool(state.point_period and state.point_period.stock)


def _count_figure(work, index, seg, catalogue, state) -> Figure | None:
    amount = work.amounts[index]
    folded = work.cues.folded
    limit = work.amounts[index + 1].start if index + 1 < len(work.amounts) else len(folded)
    for name, noun in catalogue.nouns.items():
        match = noun.pattern.search(folded, amount.end, min(limit, amount.end + 60))
        if not match or match.start() - amount.end > NOUN_GAP_CHARS:
            continue
        window = (max(0, amount.start - 16), min(limit, match.end() + 30))
        if noun.blocked_by and work.cues.has(noun.blocked_by, *window):
            return None
        if noun.requires_topic and not _has_topic(work, noun.requires_topic, state, match):
            return None
        metric = _count_metric(work, name, window, catalogue)
        if metric is None or not metric.accepts(amount.value):
            return None
        return _build(work, index, seg, metric, amount.value, match.end(), catalogue, state)
    return None


def _has_topic(work, topic: str, state: ArticleContext, noun_match) -> bool:
    if topic in noun_match.group(0):
        return True
    labels = {c.label for c in work.cues.topics}
    return bool(labels & {topic, f"{topic}_new", f"{topic}_adjusted", f"{topic}_contribution"}) or (
        state.topic == topic or state.title_topic == topic
    )


def _count_metric(work, noun: str, window, catalogue) -> Metric | None:
    """A count's metric: the noun's, refined by a breakdown cue near it (new, adjusted ...)."""
    metrics = [m for m in catalogue.metrics if m.noun == noun]
    near = {c.label for c in work.cues.topics if c.start >= window[0] and c.end <= window[1]}
    refined = [m for m in metrics if m.topic and m.topic in near]
    if refined:
        return refined[0]
    plain = [m for m in metrics if not m.topic]
    return plain[0] if plain else None


def _build(work, index, seg, metric, value, end, catalogue, state) -> Figure | None:
    sentence, amount, cues = work.sentence, work.amounts[index], work.cues
    qualifier, start = qualifier_of(cues, amount, seg, catalogue.words)
    period = state.period_for(amount, work.periods, metric.kind)
    period_start, period_end = state.dates(metric.kind, period)
    partner = None
    if metric.id.startswith("fdi_"):
        partner = partner_of(cues, amount, seg, catalogue.words)
    return Figure(
        metric=metric.id,
        partner=partner,
        value=value,
        unit=metric.unit,
        qualifier=qualifier,
        kind=metric.kind,
        period_start=period_start,
        period_end=period_end,
        text=sentence.text[start:end],
        sentence=sentence.text,
        char_start=sentence.start + start,
        char_end=sentence.start + end,
    )


def _merge_repeats(found: list[_Found]) -> list[_Found]:
    """One fact stated twice (title and body, lead and body, rounded and precise) is kept once:
    the most precise, dated statement from the body."""
    kept: list[_Found] = []
    for item in found:
        twin = next((k for k in kept if _same_fact(k, item)), None)
        if twin is None:
            kept.append(item)
        elif _better(item, twin):
            kept[kept.index(twin)] = item
    return kept


def _same_fact(a: _Found, b: _Found) -> bool:
    fa, fb = a.figure, b.figure
    if (fa.metric, fa.partner) != (fb.metric, fb.partner):
        return False
    if abs(fa.value - fb.value) > SAME_VALUE * max(abs(fa.value), abs(fb.value), 1e-9):
        return False
    return (
        fa.period_end == fb.period_end
        or None in (fa.period_end, fb.period_end)
        or (a.from_title or b.from_title)
    )


def _better(new: _Found, old: _Found) -> bool:
    if old.from_title != new.from_title:
        return old.from_title
    if (new.figure.period_end is None) != (old.figure.period_end is None):
        return old.figure.period_end is None
    return new.digits > old.digits
