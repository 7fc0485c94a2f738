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

from etl.extract.amounts import Amount, closed_aside
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.cues import CLAUSE_BREAK_RE, CLAUSE_JOINS, PARTS_OPENER, Cue, Segment
from etl.extract.explain import Reason
from etl.extract.frame import Frame, splits_by_partner
from etl.extract.period_handlers import MONTHS
from etl.extract.periods import THIS_YEAR_RE, PeriodMention
from etl.extract.status import (
    COMPARE_AFTER_RE,
    SPLIT_OPENER_RE,
    TRADE_TOPICS,
    Work,
    firms_counted_before,
    is_conversion,
    period_of,
    told_at_the_occasion,
)
from etl.textnorm import DATELINE_RE

OWN_BEFORE, OWN_AFTER, SENTENCE_BEFORE, SENTENCE_AFTER = 4.0, 3.0, 1.5, 0.3
ARTICLE_TOPIC, TITLE_TOPIC = 0.6, 0.4
MIN_SCORE = 0.5


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


# the Vietnamese cut-off of a report: it dates a total and a year-to-date flow alike
# "tính đến 30/6", "à la date du 20 février": a cut-off day, of a total or of the year's flow
VI_CUTOFF_RE = re.compile(r"(?:tinh |luy ke )?den |a la date du |en date du ")
THROUGH_RE = re.compile(
    r"(?:through|in|from|with|across|voi|tu|qua) (?:a total of |over |more than )?$"
)
THOUSANDS = 1000  # a period rarely brings this many projects; a province's total often has
# "retail sales totalled X": the sum of a period, not a cumulative total
SUM_VERBS = frozenset({"totals", "totalled", "totaled", "totalling", "totaling"})


INVESTOR_RE = re.compile(r"invest|dau tu")
MARKET_RE = re.compile(
    r"(?<!\w)(?:thi truong|markets?|kim ngach|xuat khau|exports?|imports?"
    r"|nhap khau|destinations?)(?!\w)"
)


RESPECTIVELY_RULE = "respectively"  # a topic paired with the amount ("A and B … X and Y, resp.")
CURRENCY_PAIR_RULE = "currency-pair"  # "18.387 tỷ đồng và 776,27 triệu USD": the đồng, domestic
RANKING_PART_RULE = "a ranking of parts goes on"  # its sums are new projects' too


@dataclass(frozen=True)
class Forced:
    """A topic another rule settled for an amount before its cues are scored, and that rule."""

    topic: str
    rule: str


def score_topics(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, forced: Forced | None = None
) -> list[Scored]:
    """Every topic with its best score for the amount, best first."""
    amount, seg = work.amounts[index], work.segs[index]
    if forced:
        return [Scored(forced.topic, OWN_BEFORE, forced.topic, forced.rule)]
    best: dict[str, Scored] = {}
    heading = _heading_topic(work, catalogue)
    semicolon = work.cues.folded.rfind(";", 0, amount.start)
    ranked = semicolon >= 0 and any(semicolon < p.start < amount.start for p in work.cues.partners)
    blocked_before = any(
        c.label in catalogue.blocking and seg.before[0] <= c.start and c.end <= amount.start
        for c in work.cues.topics
    )  # "have disbursed nearly 428 million USD in foreign direct investment": no FDI sum
    for cue in work.cues.topics:
        if heading and cue.label != heading and _generic(work.cues.folded, cue):
            continue  # "As for domestic investment, … 39.5 per cent more registered capital"
        if cue.label in catalogue.blocking and _constant_prices_after_current(
            work.cues.folded, cue, amount.start
        ):  # "Theo giá hiện hành, GRDP đạt X; xét theo giá so sánh, tăng Y%": GRDP's
            inner = _topic_inside(work.cues.folded, cue, catalogue)
            if inner is None:
                continue
            cue = inner
        scored = _score_cue(cue, amount, seg, work.cues.folded, ranked, not blocked_before)
        if scored and (cue.label not in best or scored.score > best[cue.label].score):
            best[cue.label] = scored
    partner_topic = catalogue.partner_topic
    if (
        work.cues.partners
        and partner_topic
        and partner_topic not in best
        and not MARKET_RE.search(work.cues.folded)
        and not (
            frame.topics
            and frame.topics[0] in TRADE_TOPICS
            and not INVESTOR_RE.search(work.cues.folded)
        )
    ):  # a country beside exports' words, or after them, is a market, not an investor
        best[partner_topic] = Scored(partner_topic, SENTENCE_BEFORE - 0.5, "investor country",
                                     "investor country")  # fmt: skip
    carried = [(t, ARTICLE_TOPIC - 0.05 * i, "article topic") for i, t in enumerate(frame.topics)]
    capital = amount.is_money and CAPITAL_WORDS_RE.search(
        work.cues.folded, seg.before[0], amount.start
    )
    for topic, weight, rule in [*carried, (frame.title_topic, TITLE_TOPIC, "headline topic")]:
        if capital and topic in NOT_CAPITAL_TOPICS:
            continue  # "175 enterprises were set up with registered capital of X": no budget's
        if topic and (topic not in best or best[topic].score < weight):
            best[topic] = Scored(topic, weight, topic, rule)
    return sorted(best.values(), key=lambda s: -s.score)


# a sum its own clause calls registered or invested capital is some investment, never the topic of
# a budget, sales or trade article carried to it (capital-not-takings)
CAPITAL_WORDS_RE = re.compile(
    r"(?<!\w)(?:von (?:dang ky|dau tu|dieu le|fdi)|tong von|(?:registered|charter|investment)"
    r" capital|capital social|capitaux|fonds enregistres?)(?!\w)"
)
NOT_CAPITAL_TOPICS = frozenset({"budget", "retail", "exports", "imports", "surplus"})


HEADING_RE = re.compile(
    r"\s*(?:as for|as regards|regarding|concerning|ve|doi voi|(?:tach|xet) rieng"
    r"|on the (?:[\w-]+ ){1,2}side,"  # "On the revenue side, state budget collection …"
    r"|(?:o|voi)(?= (?:khu vuc|linh vuc|nganh|mang|nhom|kenh)))\s"  # "Ở khu vực công nghiệp, chỉ
    # số … tăng 1,2%", "Với khu vực công nghiệp, chỉ số sản xuất công nghiệp … tăng 12,4%", "Ở kênh
    # góp vốn, mua cổ phần, có 200 lượt …"
)
# "Ở nhóm cấp mới", "Về mảng điều chỉnh vốn", "Ở kênh góp vốn": the group (the channel) a
# heading names, its kind after
GROUP_WORD_RE = re.compile(r"(?:nhom|mang|phan|kenh) ")
# words both FDI and domestic investment use: a heading's topic outranks them
GENERIC_CUES = frozenset({"registered capital", "von dang ky", "investment capital", "von dau tu"})


SECTION_HEADING_RE = re.compile(r"\s*\d{1,2}\.\s[^:.]{0,60}:")
HEADING_GAP = 4  # "Về xuất nhập khẩu": the heading's topic right after "Về"


def _heading_topic(work: Work, catalogue: Catalogue) -> str | None:
    """The topic a sentence opens with as its heading ("As for domestic direct investment, …",
    "Về đầu tư trong nước, …")."""
    cue = heading_cue(work, catalogue)
    return cue.label if cue is not None else None


def heading_cue(work: Work, catalogue: Catalogue) -> Cue | None:
    """The topic's words a sentence opens with as its heading ("Về đầu tư trong nước, …", "Ở
    nhóm cấp mới, …")."""
    heading = HEADING_RE.match(work.cues.folded)
    if not heading:
        return None
    at = heading.end()
    group = GROUP_WORD_RE.match(work.cues.folded, at)
    at = group.end() if group else at
    first = next((c for c in work.cues.topics if c.start >= at), None)
    if first is None or first.start - at > HEADING_GAP or first.label in catalogue.blocking:
        return None
    return first


OWN_CLAUSE = "own clause"  # the rule of a cue in the amount's own clause


def _generic(folded: str, cue: Cue) -> bool:
    return folded[cue.start : cue.end] in GENERIC_CUES


def _score_cue(
    cue: Cue, amount: Amount, seg: Segment, folded: str, partner_after_semicolon: bool = False,
    noun_after: bool = True,
) -> Scored | None:  # fmt: skip
    words = folded[cue.start : cue.end]
    if cue.end <= amount.start and _in_closed_aside(folded, cue.start, cue.end, amount.start):
        # "vốn … (gồm thành lập mới và bổ sung vốn) đạt X": the aside says what X is made of
        return Scored(cue.label, SENTENCE_BEFORE - 0.8, words, "sentence")
    if seg.before[0] <= cue.start and cue.end <= amount.start:
        gap = amount.start - cue.end
        return Scored(cue.label, OWN_BEFORE - min(2.0, gap / 40), words, OWN_CLAUSE)
    if amount.end <= cue.start and cue.end <= seg.after[1]:
        if (
            noun_after
            and NAMED_RIGHT_AFTER_RE.fullmatch(folded, amount.end, cue.start)
            and PHRASE_END_RE.match(folded, cue.end)
        ):
            return Scored(cue.label, OWN_BEFORE + 0.5, words, OWN_CLAUSE)  # "against US$ 11
            # billion in import turnover": the sum's own noun, whatever was named before
        gap = cue.start - amount.end
        return Scored(cue.label, OWN_AFTER - min(1.5, gap / 40), words, OWN_CLAUSE)
    if cue.end <= amount.start:
        gap = amount.start - cue.end
        if partner_after_semicolon and ";" in folded[cue.end : amount.start]:
            gap = 150  # "Nhật Bản …, chiếm 30,6% tổng vốn; Hàn Quốc … X": another clause's word
        return Scored(cue.label, SENTENCE_BEFORE - min(0.8, gap / 150), words, "sentence")
    return Scored(cue.label, SENTENCE_AFTER, words, "sentence")


NAMED_RIGHT_AFTER_RE = re.compile(r"\s+(?:in|of|worth of)\s+(?:the\s+)?")
# the noun phrase ends with the cue ("in import turnover, and"; not "of State budget investment")
PHRASE_END_RE = re.compile(r"\s*(?:[,;:.)(]|$|(?:and|while|whereas|but|va|et|con)\s)")


def _in_closed_aside(folded: str, start: int, end: int, amount_start: int) -> bool:
    """The words lie inside a parenthesis or between commas, closed before the amount, that say
    what a sum is made of ("(gồm thành lập mới và bổ sung vốn)", "(including new and added
    capital)", "Imports, made up mostly of materials and machinery, were estimated at X")."""
    opening = folded.rfind("(", 0, start)
    if closed_aside(folded, start, end, amount_start) and COMPOSITION_RE.match(folded, opening + 1):
        return True
    if "," not in folded[end:amount_start]:
        return False
    commas = [m.start() for m in COMMA_RE.finditer(folded, max(0, start - MADE_OF_REACH), start)]
    return any(  # "Another 45 projects, most of them in industry, processing and manufacturing,"
        MADE_OF_RE.match(folded, comma + 1) is not None
        and not any(ch in folded[comma + 1 : start] for ch in ";.")
        for comma in commas
    )


COMMA_RE = re.compile(",")
MADE_OF_REACH = 60  # how far before its words an aside on what a sum is made of may open
COMPOSITION_RE = re.compile(r"\s*(?:bao gom|gom|including|includes|incl\.?|comprising)\s")
MADE_OF_RE = re.compile(
    r"\s*(?:(?:made up|consisting|composed|comprised)(?: \w+)? of|mostly|mainly|largely"
    r"|(?:most|the majority) of (?:them|which|these)|chu yeu (?:la )?|phan lon (?:la )?)\s"
)


NO_TOPIC = "no catalogue topic near it"
SIZE_ONLY = "the size of a figure the catalogue only has the growth of (GRDP)"


def cumulative_total(family: str) -> str:
    """The reason a total of a topic whose catalogue metrics are all flows is left out."""
    return f"a cumulative total of {family} (the catalogue has only its flow)"


def sized_before(work: Work, index: int, catalogue: Catalogue) -> bool:
    """A sized topic (GRDP: its growth has a metric, its size none) named since the sum before
    this one, past brackets and a months' count ("GRDP (theo giá so sánh) đạt X", "GRDP … 9
    tháng … đạt X"), not across a semicolon."""
    sums = [a.end for a in work.amounts[:index] if a.is_money or a.unit is not None]
    start, end = (sums[-1] if sums else 0), work.amounts[index].start
    start = max(start, work.cues.folded.rfind(";", start, end) + 1)
    folded = work.cues.folded
    return any(start <= c.start < end and catalogue.sized_by(c.label, folded[c.start : c.end])
               for c in work.cues.topics)  # fmt: skip


FROM_ARTICLE = ("article topic", "headline topic")  # rules that read the topic from afar


def choose_money(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, forced: Forced | None = None
) -> Choice | str:
    """The metric of a sum of money, or why none."""
    amount = work.amounts[index]
    scored = score_topics(work, index, frame, catalogue, forced)
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
    if sized_before(work, index, catalogue) and not any(
        s.rule == OWN_CLAUSE and not catalogue.sized_by(s.topic, s.cue) for s in scored
    ):
        return SIZE_ONLY  # "GRDP ước đạt hơn 214,3 ngàn tỷ đồng": not the budget the lead named
    if not ranked or ranked[0].score < MIN_SCORE:
        return NO_TOPIC
    top = ranked[0]
    told = next(iter(families.values()))
    if (
        catalogue.family(told.topic) == DOMESTIC
        and not amount.in_parens  # "1,27 billion de dongs (54,3 millions de dollars)"
        and told.rule not in FROM_ARTICLE
        and (top.rule in FROM_ARTICLE or (told.rule == OWN_CLAUSE != top.rule))
        and told not in ranked
    ):  # "782 investissements nationaux, pour un total d'environ 4 milliards de dollars": no FDI;
        # nor "$1.51 billion of FDI, together with roughly $10 billion of domestic investment"
        return f"no {DOMESTIC} metric in {'/'.join(units)}"
    own_sum = next((s for s in scored if s.rule not in FROM_ARTICLE and s.topic in catalogue.sums),
                   None)  # fmt: skip
    if own_sum is not None and top.rule in FROM_ARTICLE:
        top = own_sum  # "$6.3 billion of domestic and foreign investment" under an FDI headline
    if top.topic in catalogue.blocking:
        return Reason(f"a subset or another quantity ({top.cue!r})", top.topic)
    subject = None
    if not forced:
        subject = subject_block(work, index, catalogue) or possessed_by_the_subject(
            work, index, catalogue
        )
    if subject:
        return f"a subset or another quantity (the sentence is about {subject!r})"
    margin = top.score - (ranked[1].score if len(ranked) > 1 else 0.0)
    family = catalogue.family(top.topic)
    if forced and forced.topic in catalogue.refines:  # a part, named: new projects' sums
        metric = _money_metric(catalogue, forced.topic, units)
        if metric and any(metric.accepts(v) for v in amount.readings):
            return Choice(metric, forced.topic, forced.rule, top.score, margin)
    if family == DOMESTIC and _one_of_its_parts(work, index, catalogue):
        return "new or added domestic capital (a part; the catalogue has only the total)"
    if family == DOMESTIC and _added_alone(work, index, catalogue):
        return "capital added to domestic projects already licensed (a part; no metric counts it)"
    refined = _refinement(work, index, catalogue, family)
    if refined:
        metric = _money_metric(catalogue, refined.label, units)
        if metric and any(metric.accepts(v) for v in amount.readings):
            cue = work.cues.folded[refined.start : refined.end]
            return Choice(metric, cue, "breakdown cue in the clause", top.score, margin)
    candidates = [
        m for m in catalogue.metrics
        if m.topic == family and m.is_sum_in(units)
    ]  # fmt: skip
    wanted = "stock" if is_stock(work, index, frame, catalogue) else "flow"
    kinds = {m.kind for m in candidates}
    if len(kinds) > 1:
        plausible = [m for m in candidates if any(m.accepts(v) for v in amount.readings)]
        kept = [m for m in candidates if m.kind == wanted]
        candidates = [m for m in kept if m in plausible] or plausible or kept  # "$42 billion
        # so far this year" is no province's yearly flow: the total it must be
    elif (
        kinds == {"flow"}
        and wanted == "stock"
        and _a_total(work, index, catalogue)
        and (family == DOMESTIC or not SUMMED_TO_A_MONTH_RE.search(work.cues.folded))
        and (family == DOMESTIC or not _only_so_far(work, catalogue))
        and not _within_its_span(work, index, catalogue)
    ):  # fmt: skip  (the domestic projects' capital is held, a stock with no metric)
        return cumulative_total(family)
    if not candidates:
        return f"no {family} metric in {'/'.join(units)}"
    if top.rule in FROM_ARTICLE and not any(candidates[0].accepts(v) for v in amount.readings):
        return f"a size no {candidates[0].id} has, and only the article's topic names it"
    return Choice(candidates[0], top.cue, top.rule, top.score, margin)


DOMESTIC = "domestic"  # the topic of domestic investment, whose parts no metric counts
# a domestic sum read as a total for want of a period of its own (figures.py: after a count of
# domestic projects it is their capital, the period's flow unless stock words say otherwise)
DOMESTIC_TOTAL = cumulative_total(DOMESTIC)
WHOLE_BEFORE_PARTS_RE = re.compile(
    r"\s*,?\s*(?:gom|bao gom|including|comprising|made up of|of which|trong do)(?!\w)"
)


def _one_of_its_parts(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "tổng vốn đăng ký mới 12.526,6 tỷ đồng; đồng thời điều chỉnh vốn cho 12 dự án, tăng thêm
    997,5 tỷ đồng": a sum the sentence breaks down into new and added capital, named by its
    own part's words (the new capital alone, when nothing else is told, stands for the whole)."""
    amount = work.amounts[index]
    if WHOLE_BEFORE_PARTS_RE.match(work.cues.folded, amount.end):
        return False  # "tổng số vốn DDI tăng thêm là 6.356,85 tỷ đồng, gồm …": the whole
    first = index  # the first sum of the run in its currency: its clause starts the breakdown
    for before in range(index - 1, -1, -1):
        if not work.amounts[before].is_money:
            continue
        if work.amounts[before].unit != amount.unit:
            break  # "143 million USD went into 16 existing projects, while … VND": another's
        first = before
    start, _ = _money_clause(work, first)
    kinds = {c.label for c in work.cues.topics
             if c.label in catalogue.refines and c.start >= start}  # fmt: skip
    return len(kinds) > 1 and _part_named(work, index, catalogue) is not None


def _added_alone(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "8 dự án DDI cũng bổ sung hơn 1.000 tỷ đồng", "79 projects already in operation were
    allowed to raise their capital by X": what projects licensed before added, told without the
    new ones' capital, is a part of the domestic flow, not the whole of it (new capital alone
    stands for the whole; added capital never does). A bare "tăng thêm" ("vốn đăng ký kinh doanh
    trong nước tăng thêm X") is the period's extra capital, all of it."""
    cue = _part_named(work, index, catalogue)
    if (
        cue is None
        or cue.label != ADDED
        or work.cues.folded[cue.start : cue.end] == "tang them"
        or work.amounts[index].unit != "VND"
    ):
        return False  # (asked first: the checks below look at every sum before it)
    return not (  # "9 dự án DDI mới đăng ký X, còn 6 lượt … điều chỉnh bổ sung Y": siblings
        _part_of_a_split(work, index, catalogue) or _beside_another_currency(work, index)
    )


def _part_named(work: Work, index: int, catalogue: Catalogue) -> Cue | None:
    """The breakdown cue (new, added, contributed) the amount's own words name, of any flow."""
    parents = set(catalogue.refines.values())
    return next(filter(None, (_refinement(work, index, catalogue, p) for p in parents)), None)


def _part_of_a_split(work: Work, index: int, catalogue: Catalogue) -> bool:
    """A sum before it in the same currency is not told as added capital (new capital, or the
    new projects' sum by their count): the two are a breakdown, for the siblings' rules."""
    unit = work.amounts[index].unit
    return any(
        other.is_money and other.unit == unit
        and getattr(_part_named(work, i, catalogue), "label", None) != ADDED
        for i, other in enumerate(work.amounts[:index])
    )  # fmt: skip


def _beside_another_currency(work: Work, index: int) -> bool:
    """ "… registered over 1.2 billion USD through new projects and capital added to existing
    ones, while the province attracted over 6 trillion VND": the words are the other sum's."""
    amount = work.amounts[index]
    clause = work.cues.folded.rfind(";", 0, amount.start)
    return any(
        a.is_money and a.unit != amount.unit and clause < a.start < amount.start
        for a in work.amounts[:index]
    )


ADDED = "fdi_adjusted"  # the breakdown topic of capital added to projects licensed before


def _has_money(catalogue: Catalogue, family: str, units: tuple[str, ...]) -> bool:
    return not catalogue.money_units.get(family, frozenset()).isdisjoint(units)


def _money_metric(catalogue: Catalogue, topic: str, units) -> Metric | None:
    """The topic's first sum in one of `units` (no count, no change: `Metric.is_sum_in`)."""
    return next((m for m in catalogue.metrics if m.topic == topic and m.is_sum_in(units)), None)


# the bare verb of licensing, which names new projects only when no time phrase says "so far"
LICENSED_RE = re.compile(r"licen[cs]ed|(?:granted|issued) (?:\w+ )?licen[cs]es")


def _licensed_to_date(work: Work, cue: Cue) -> bool:
    """ "Up to now, 1,160 FDI projects … have been licensed in the province, carrying a combined
    registered fund of over US$10 billion": what was licensed so far is everything there is."""
    return LICENSED_RE.fullmatch(work.cues.folded, cue.start, cue.end) is not None and any(
        p.kind == "now" or p.stock for p in work.periods if p.span[0] < cue.start
    )


def _refinement(work: Work, index: int, catalogue: Catalogue, family: str) -> Cue | None:
    """The breakdown topic (new, added, contributed) that the amount's own words name. Its words
    reach back to the clause of the sum of money before it (counts in between belong to them:
    "33 newly-licensed projects worth X") and forward to the end of its clause, short of a list
    that breaks it down ("X, made up of ..."). Two different breakdowns before it ("8 new
    projects and 8 capital-increasing ones, for a total of X") make X their total."""
    amount = work.amounts[index]
    children = {t for t, parent in catalogue.refines.items() if parent == family}
    floor, ceiling = _money_clause(work, index)
    if index and is_conversion(work, index):  # "4 dự án FDI mới, vốn đăng ký hơn 557 tỷ đồng
        floor = _money_clause(work, index - 1)[0]  # (quy ra 24,34 triệu USD)": the words of the
        # sum it restates are its own (conversion-shares-its-words)
    folded = work.cues.folded
    inside = [c for c in work.cues.topics if c.label in children
              and not BESIDES_RE.search(folded, max(0, c.start - 40), c.start)
              and not _licensed_to_date(work, c)]  # fmt: skip
    before = [c for c in inside if floor <= c.start and c.end <= amount.start
              and not ALSO_AFTER_BREAK_RE.search(folded, c.end, amount.start)]  # fmt: skip
    if len({c.label for c in before}) > 1 and (
        not GOVERNS_RE.fullmatch(folded, before[-1].end, amount.start)
        or not any(before[0].start < a.start < amount.start for a in work.amounts[:index])
    ):  # "35 new projects and 24 projects raised their capital by X": the verb next to X owns
        return None  # it; "vốn của dự án mới, dự án tăng vốn và phần mua cổ phần đạt X": all
    if before and work.cues.has(catalogue.words["whole_of_parts"], before[-1].start, amount.start):
        return None  # "… capital additions for 36 others, bringing the total FDI capital to X";
        # "newly-registered and additional FDI reached X": the part's own words join the other
    if before:
        return before[-1]
    share = whole_of_its_share(work, index, inside)
    if share is not None:
        return share
    after = [c for c in inside if amount.end <= c.start and c.end <= ceiling
             and not _a_later_count_s(work, index, c)]  # fmt: skip
    if not after:
        opening = _opening_part(work, inside)
        if opening:
            return opening
    later_money = any(a.is_money for a in work.amounts[index + 1 :])
    rest = [c.label for c in inside if amount.end <= c.start and c.end <= _next_clause(work, index)]
    if not later_money and len(set(rest)) > 1:
        return None  # "X into 59 new projects, 23 existing ones and 155 share purchases"
    if len({c.label for c in after}) == 1:
        return after[0]
    close = [c for c in after if c.start - amount.end <= CLOSE_CUE_CHARS]
    return close[0] if close else None  # "X in 21 new projects and raised ... by Y"


CLOSE_CUE_CHARS = 30
# "130 enterprises that adjusted their capital; it had also drawn X in foreign investment": a
# clause that says "also" after a semicolon adds another item, not a part of the one before
ALSO_AFTER_BREAK_RE = re.compile(r";\s*(?:[^\W\d]+\s+){0,4}(?:also|cung|egalement|aussi)\b")
# "33.3% of the", "34% tổng", "39.2 percent of all": a share, up to the words of its whole
SHARE_OF = r"(?:%|percent|per cent)\s*(?:(?:of|cua)\s+)?(?:the\s+|all\s+|total\s+|tong\s+)?"
# "US$235.4 million, 39.2 percent of all new capital", "159.1 million USD, equal to 33.3% of the
# newly registered capital", "417 triệu USD, chiếm 34% tổng vốn đăng ký cấp mới": the share
# that follows a sum, up to the words of the whole it is a share of
SUM_THEN_SHARE_RE = re.compile(rf"(?:[^.;:%]|\.(?=\d)){{0,60}}?\d[\d.,]*\s?{SHARE_OF}")


def whole_of_its_share(work: Work, index: int, inside: list[Cue]) -> Cue | None:
    """The cue among `inside` (a part of the flow: new, added, contributed) that names the whole
    an investor country's sum is a share of: the sum is that country's piece of the part
    (share-names-the-part). Without a country the piece is a sector's or a zone's: no rule."""
    amount, folded = work.amounts[index], work.cues.folded
    if not work.cues.partners:
        return None
    limit = _next_sum_start(work, index)
    for cue in inside:
        if amount.end <= cue.start < limit and SUM_THEN_SHARE_RE.fullmatch(
            folded, amount.end, cue.start
        ):
            return cue
    return None


# "tổng vốn FDI đăng ký 1,21 tỷ USD", "total FDI capital of X": a sum named as the whole
TOTAL_HEAD_RE = re.compile(
    r"(?<!\w)(?:tong (?:so )?von(?: dau tu)?(?: fdi)?(?: dang ky)?|total (?:registered )?(?:fdi )?"
    r"(?:capital|investment))(?: (?:dat|la|of|reached|was))?\s*$"
)
# "… cùng 58 dự án cấp mới": a cue right after a count's noun describes those projects
AFTER_COUNT_NOUN_RE = re.compile(r"\s+(?:du an|projects?)\s+(?:duoc\s+)?$")


def _a_later_count_s(work: Work, index: int, cue: Cue) -> bool:
    """ "tổng vốn FDI đăng ký 1,21 tỷ USD cùng 58 dự án cấp mới": after a sum named as the whole,
    the breakdown cue that follows a later count's noun is that count's, not the sum's (rule
    cue-of-the-later-count)."""
    folded, amount = work.cues.folded, work.amounts[index]
    if not TOTAL_HEAD_RE.search(folded, max(0, amount.start - 40), amount.start):
        return False
    return any(
        not later.is_money
        and amount.end <= later.start
        and later.end <= cue.start
        and AFTER_COUNT_NOUN_RE.fullmatch(folded, later.end, cue.start)
        for later in work.amounts[index + 1 :]
    )


GOVERNS_RE = re.compile(  # (French "ont relevé leur capital de X", Vietnamese "nâng vốn thêm X")
    r"\s*(?:by|of|with|to|la|dat|them|de|d.)?\s*(?:(?:nearly|about|over|more than|almost|some"
    r"|a combined|a total of|another|a further|hon|gan|khoang|plus de|pres de|environ)\s*)?"
    r"(?:us\$|\$|usd|vnd)?\s*"
)
# "Bên cạnh các dự án mới, có 25 dự án điều chỉnh …", "Besides the new projects, …": the part
# named after "besides" is the one the sentence is not about
BESIDES_RE = re.compile(
    r"(?<!\w)(?<!nuoc )(?:ben canh|ngoai ra|ngoai|besides|in addition to|apart from|aside from"
    r"|outre|song song voi(?: viec)?)"  # "Song song với việc cấp mới, …": alongside new licences
    # ("Ngoài hơn 43 dự án mới được cấp phép, …": a count with its qualifier)
    r"(?: (?:cac|nhung|the|les|(?:(?:hon|gan|khoang|tren) )?\d[\d.,]*))?"
    r"(?: (?:du an|projects?|projets?|von))?\s*$"
)

# "Among the newly licensed projects, …", "Trong nhóm dự án mới được cấp phép, …": the sentence
# opens by naming the part of the flow that all its sums belong to
SCOPE_OPENER_RE = re.compile(
    r"(?:^|[,:]\s*)"
    r"(?:among|of|in|within|trong(?: (?:nhom|so))?|parmi)(?: (?:the|cac|nhung|les))?"
    r"(?: (?:du an|projects?|projets?))?\s*$"
)


def _opening_part(work: Work, inside: list[Cue]) -> Cue | None:
    """A breakdown cue that opens the sentence as its scope, before its first amount
    (rule part-opens-the-sentence)."""
    first = work.amounts[0].start
    for cue in inside:
        if cue.end <= first and SCOPE_OPENER_RE.search(work.cues.folded, 0, cue.start):
            return cue
    return None


# "the rest", "phần còn lại", "le reste": what is left of a sum, told as a clause's subject
THE_REST = r"the rest|the remainder|phan con lai|le reste|le solde"
NEW_SUBJECT_RE = re.compile(
    rf";|(?<!\w)(?:while|whereas|but|trong khi|con|tandis que|{THE_REST}|alors que)(?!\w)"
)


def _next_sum_start(work: Work, index: int) -> int:
    """Where the next sum of the sentence after the amount starts (its end when none)."""
    later = [a.start for a in work.amounts[index + 1 :] if a.is_money]
    return later[0] if later else len(work.cues.folded)


def _next_clause(work: Work, index: int) -> int:
    """Where the sentence moves on from an amount: the next sum of money or a new subject."""
    end = _next_sum_start(work, index)
    turn = NEW_SUBJECT_RE.search(work.cues.folded, work.amounts[index].end, end)
    return turn.start() if turn else end


# a bracket opens a breakdown ("X (of which …)"), not one that only spells a name short:
# "290 new foreign direct investment (FDI) projects"
BREAKDOWN_OPENER_RE = re.compile(
    r"[:;]|\((?![a-z]{2,6}\))|\s[–—]\s|(?<!\w)(?:made up of|including|of which|comprising"
    r"|consisting of|gom|trong do|bao gom|cu the|dont)(?!\w)"
)


CLAUSE_MARK_RE = re.compile(r"[,;.]")


def _money_clause(work: Work, index: int) -> tuple[int, int]:
    """Where the words of a sum of money start (after the clause of the sum before it) and end
    (at the next clause break or breakdown opener, or the next sum)."""
    folded = work.cues.folded
    amount = work.amounts[index]
    earlier = [i for i in range(index) if work.amounts[i].is_money]
    run_start = amount  # "lần lượt 103,5 triệu USD và 70,3 triệu USD": a run shares its words
    while (
        earlier
        and work.amounts[earlier[-1]].unit == amount.unit
        and SUM_RUN_JOIN_RE.fullmatch(folded, work.amounts[earlier[-1]].end, run_start.start)
    ):
        run_start = work.amounts[earlier.pop()]
    floor = work.segs[earlier[-1]].after[1] if earlier else 0
    ceiling = _next_sum_start(work, index)
    opener = BREAKDOWN_OPENER_RE.search(folded, amount.end, ceiling)
    brk = CLAUSE_MARK_RE.search(folded, _past_an_apposition(folded, amount), ceiling)
    stops = [m.start() for m in (opener, brk) if m]
    return min(floor, amount.start), min(stops) if stops else ceiling


# "and the rest, nearly 449 million USD, came from 74 existing projects": the sum set off by
# commas after "the rest" is the subject of the clause that goes on after it
THE_REST_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{THE_REST}|the remaining \w+),\s*"
    r"(?:[a-z]+\s+){0,2}$"
)
APPOSITION_CHARS = 40


def _past_an_apposition(folded: str, amount: Amount) -> int:
    """Where the sum's clause may start to break: after the comma that closes it when it is set
    off after "the rest" (sum-in-apposition), else right after it."""
    before = folded[max(0, amount.start - APPOSITION_CHARS) : amount.start]
    if THE_REST_BEFORE_RE.search(before) and folded.startswith(",", amount.end):
        return amount.end + 1
    return amount.end


SUM_RUN_JOIN_RE = re.compile(r"\s*(?:,|va|and|et)\s*(?:(?:hon|gan|khoang|over|nearly|about)\s+)?")


# "Lũy kế đến hết tháng 6, số thu ngân sách … là 16.862 tỷ đồng", "cumulatively to the end of
# May": a flow summed up to a month of the year is the year to date, not a stock (rule
# summed-to-a-month); not the domestic projects' capital ("Lũy kế đến hết tháng 1/2025, tỉnh có
# 696 dự án … với …"), which they hold
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
SUMMED_TO_A_MONTH_RE = re.compile(
    r"(?<!\w)(?:luy ke|cong don|cumulative(?:ly)?)(?: (?:tu dau nam|since january))?"
    r" (?:den|toi|to|through|up to) (?:het |cuoi |the end of )?(?:thang \d{1,2}(?!\d)(?![.,]\d)"
    rf"(?:(?: nam |/|-)(?:19|20)\d\d)?|(?:{MONTH_NAMES})(?!\w))"
    # "estimated at 7.23 million USD for the month, …, cumulatively reaching 52.4 million USD":
    # the month's sum added to the year's, as "lũy kế" is
    r"|(?<!\w)cumulatively (?:reach\w*|amount\w* to|total\w*|c[oa]me? to|st(?:ood|ands?) at)"
)


def _a_total(work: Work, index: int, catalogue: Catalogue) -> bool:
    return _says_total(work, catalogue) or _capital_of_counted_firms(work, index, catalogue)


def _says_total(work: Work, catalogue: Catalogue) -> bool:
    """A stock word ("so far", "tổng vốn", "hiện có") in the sentence, not just an as-of date,
    nor the "total" that names a flow ("Total state budget revenue was estimated at …")."""
    folded = work.cues.folded
    spans = [p.span for p in work.periods if p.kind in ("range", "ytd")]  # "for 2014 so far"
    return any(m.group(0) not in SUM_VERBS and not FLOW_TOTAL_RE.match(folded, m.start())
               and not any(s <= m.start() < e for s, e in spans)
               for m in _stock_words(work, catalogue))  # fmt: skip


# "up to now", "so far", "to date": said of a flow, the year's sum until the report
SO_FAR_RE = re.compile(
    r"(?:up to now|until now|till now|so far|to date|as of now|(?:cho |tinh )?den nay"
    r"|jusqu.a (?:present|maintenant)|a ce jour)"
)


def _stock_words(work: Work, catalogue: Catalogue) -> list[re.Match]:
    """The stock words of the sentence, found once for all its amounts."""
    folded, stock = work.cues.folded, catalogue.words["stock"]
    return work.cues.once(("stock words",), lambda: list(stock.finditer(folded)))


def _within_its_span(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "Over the whole of 2023 the accumulated figure is put at 12,286 billion VND": a sum
    accumulated over the amount's own period, one year or less, is that period's (not the total
    the period's flow raised: "In 2019 …, which lifted the value of … projects to X")."""
    own, start = period_of(work, index, "flow"), work.amounts[index].start
    return (
        own is not None
        and own.kind in ("range", "ytd")
        and not own.several_years
        and not work.cues.has(catalogue.words["total_raised"], own.span[1], start)
    )


def _only_so_far(work: Work, catalogue: Catalogue) -> bool:
    """ "Up to now, its total budget revenue has climbed to over 6.7 trillion VND": of a quantity
    counted only by periods, "so far" with no year named is this year's sum (so-far-flow)."""
    folded = work.cues.folded
    if any(p.explicit_year or p.several_years for p in work.periods):
        return False
    return all(
        SO_FAR_RE.fullmatch(m.group(0)) or FLOW_TOTAL_RE.match(folded, m.start())
        for m in _stock_words(work, catalogue)
    )


FLOW_TOTAL_RE = re.compile(
    r"total\s+(?:state\s+|fiscal\s+|tax\s+)?(?:budget|exports?|imports?|retail|revenues?|turnover"
    r"|import-export|export-import|export|import)(?!\w)"
    r"|total (?:des |de l.|du )(?:recettes|exportations|importations|ventes|echanges)(?!\w)"
    r"|(?<=in )total(?!\w)"  # "retail sales were estimated at VND110.6 trillion in total"
)


FIRMS_WITH_RE = re.compile(r"\s*(?:with|having|voi)\s+(?:\w+\s+){0,3}?(?:of\s+)?")


def _capital_of_counted_firms(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "As of February 28 the province counted 31,548 companies with VND247 trillion": the
    capital of every firm counted (none called new or expanding), a total."""
    noun = catalogue.nouns.get("enterprises")
    named = firms_counted_before(work, index, catalogue)
    if noun is None or named is None:
        return False
    count, folded = work.amounts[index - 1], work.cues.folded
    if not FIRMS_WITH_RE.fullmatch(folded, named.end(), work.amounts[index].start):
        return False
    blocked = noun.blocked_by
    return not (blocked and blocked.search(folded, max(0, count.start - 24), named.end()))


# a share of a plan right after the amount: plans are set for a period's flow, not for totals
PLAN_SHARE_AFTER_RE = re.compile(
    r"(?:\s+[^\d,;.()]{1,30})?\s*,?\s*"  # "US$1.05 billion by mid-June, 72 per cent of …"
    r"(?:\([^()]{1,40}\)\s*,?\s*)?"  # "VND3.7 trillion (US$163.6 million), equal to 49% of …"
    r"(?:(?:or |equal to |equivalent to |bang |dat |hoan thanh |tuong duong |tuong ung |meeting "
    r"|fulfilling |covers |covering |reaching )?"
    r"(?:gan |hon |khoang |nearly |over |about |almost )?"  # "đạt gần 91% kế hoạch giao đầu năm"
    r"\d[\d.,]*\s?(?:%|per ?cent)\s+(?:of\s+)?(?:the\s+|its\s+|this year.s\s+)?"
    r"(?:annual |yearly |full-year |whole-year |year.s |(?:19|20)\d\d )?"
    # "equal to 94% of the local estimate", "covering 15.73% of the budget plan": the budget's
    # estimate (dự toán) is its year's plan
    r"(?:(?:local|provincial|budget|assigned) )?"
    r"(?:plan|target|goal|ke hoach|du toan|chi tieu|estimate)"
    # "869 triệu USD vốn FDI, cao hơn kế hoạch năm 2021": above the year's plan
    r"|(?:cao hon|vuot|higher than|above|exceeding) (?:the |its |this year.s )?(?:ke hoach|plan"
    r"|target|goal|muc tieu)(?:s)?(?: (?:nam|for|of) (?:19|20)\d\d| (?:for )?(?:the|this) year)?)"
)


# "lured additional 689.3 million USD", "drew a further US$120 million": a sum added (the words
# before a count that say the same are counts.ADDED_BEFORE_RE)
ADDED_SUM_RE = re.compile(r"(?<!\w)(?:additional|a further|an extra|another)\s+(?:\S+\s+)?$")
ADDED_CHARS = 30


def _strong_stock_word(work: Work, words, span: tuple[int, int]) -> bool:
    """A strong stock word in `span`, but not one a span of months follows ("revenue
    accumulated in the January-October period": what those months brought)."""
    starts = {p.span[0] for p in work.periods if p.kind in ("range", "ytd") and not p.future}
    folded = work.cues.folded
    for m in words.finditer(folded, *span):
        gap = IN_A_SPAN_RE.match(folded, m.end())
        if not (gap and any(m.end() < s <= gap.end() for s in starts)):
            return True
    return False


IN_A_SPAN_RE = re.compile(r"\s+(?:in|over|during|for|trong)\s+(?:the\s+)?")


def _before_its_count(work: Work, index: int) -> tuple[int, int]:
    """The words before a sum, and before the count it is joined to ("raising the total to 273
    projects worth 2.65 billion USD": the total is the count's and its worth's)."""
    before = work.segs[index].before
    if (
        index
        and work.amounts[index - 1].unit is None
        and WORTH_RE.fullmatch(
            work.cues.folded, work.amounts[index - 1].end, work.amounts[index].start
        )
    ):
        return work.segs[index - 1].before[0], before[1]
    return before


# "273 projects worth", "1.140 projets d'IDE, qui cumulaient plus de": the count's noun, a word
# that joins it to its sum, and nothing but qualifiers and a currency before the sum
WORTH_RE = re.compile(
    r",?\s+(?:[\w'-]+\s+){0,4}?(?:worth|with|totall?ing|valued at|tri gia|voi|tong von"
    r"|totalisant|pour|representant|avec)\s+(?:(?:a|the|total|combined|registered|pledged|capital"
    r"|investment|of|more than|over|nearly|about|around|some|hon|gan|khoang|plus de|pres de"
    r"|environ|d'un|de)\s+)*\S{0,5}\s?"
)


# a sentence that compares with a year earlier speaks of a period ("as of August 15, a
# year-on-year increase of 2.1%"): an as-of date there cuts the year's flow
YEAR_ON_YEAR_RE = re.compile(
    r"(?<!\w)(?:year[- ]on[- ]year|y-o-y|yoy|y/y|so (?:voi )?cung k[iy]"
    r"|(?:over|from|than) (?:the )?same period"
    r"|(?:from|than|over) a year (?:earlier|ago|before)|sur un an|en glissement annuel)(?!\w)"
)


def is_stock(work: Work, index: int, frame: Frame, catalogue: Catalogue) -> bool:
    """Weigh the evidence that a total is cumulative (a stock) against a period's flow."""
    amount, seg = work.amounts[index], work.segs[index]
    cues, words = work.cues, catalogue.words
    span_after = any(
        p.kind in ("range", "ytd") and 0 <= p.span[0] - amount.end <= 1 for p in work.periods
    )  # "a cumulative registered capital of 3.11 billion USD after eleven months of 2023"
    added = ADDED_SUM_RE.search(cues.folded, max(0, amount.start - ADDED_CHARS), amount.start)
    if (
        _strong_stock_word(work, words["stock_strong"], _before_its_count(work, index))
        and not span_after
        and not added
        and not THIS_YEAR_RE.search(cues.folded, 0, amount.start)
        and not any(p.kind == "ytd" for p in work.periods)
        and not PLAN_SHARE_AFTER_RE.match(cues.folded, amount.end)
    ):  # "planned US$1 billion this year, yet the amount to date is $1.6 billion": the year's;
        return True  # "has so far taken in $780 million since the start of the year": a flow;
    # "bringing the total FDI capital … to X, or 71.2% of the yearly plan": the year's too
    stock, flow = 0.0, 0.0
    own = period_of(work, index, "flow")
    if own is not None and own.whole_history:
        return True  # "From 1996 to 2021, Lao Cai attracted nearly 70 FDI projects with … 680
        # million USD": all it ever drew (whole-history)
    if _in_a_flow_frame(work, own, frame) and _only_a_sum_word(work, index, catalogue):
        stock += 1.0  # "Phần FDI gồm 5 dự án với tổng vốn 200 triệu USD" in a report on five
        # months: "tổng vốn" (the sum) alone names no cumulative total (sum-word-in-a-period)
    elif cues.has(words["stock"], *seg.before) or cues.has(words["stock"], *seg.after):
        stock += 2.0
    elif cues.has(words["stock_strong"], 0, len(cues.folded)):
        stock += 1.5
    elif cues.has(words["stock"], 0, len(cues.folded)):
        stock += 1.0
    if own is not None:
        if own.kind in ("range", "ytd", "same"):
            flow += 3.0
        elif own.stock:
            stock += 2.0
        elif own.kind == "point" and not VI_CUTOFF_RE.match(cues.folded, own.span[0]):
            stock += 0.5  # "as of June 30" speaks of totals; "tính đến 30/6" of both
        if own.kind == "point" and YEAR_ON_YEAR_RE.search(cues.folded):
            flow += 1.0  # "X as of August 15, up 2.1% year on year, and Y": a year's part so far
    elif frame.in_a_period:
        flow += 1.0  # the article speaks of a period: its figures are flows
    elif _a_partners_sum_with_no_time(work, frame):
        stock += 1.5  # "the RoK's investment worth US$4 billion in the province": its total
    elif frame.stock_context:
        stock += 1.0
        if AMONG_THESE_RE.search(cues.folded, 0, amount.start):
            stock += 1.0  # "Japan ranks third among these investors, with … X" after the
            # totals: a part of the totals before it (among-these-totals)
    count_before = _count_before(work, index, catalogue)
    if count_before == "plain" or _through_count_after(work, index):
        stock += 1.0
    if _after_all_investor_countries(work, index, catalogue):
        stock += 1.0
    if _next_in_a_partners_stock_run(work, index, frame, catalogue):
        stock += 2.0  # "Japan …, its capital totalling 10.2 billion USD, ahead of Singapore,
        # with 6 billion USD": the ranking goes on in totals (partner-run-of-totals)
    if _breakdown_in_sentence(work, catalogue):
        flow += 2.0
    if PLAN_SHARE_AFTER_RE.match(cues.folded, amount.end):
        flow += 2.0  # "US$1.05 billion by mid-June, 72 per cent of the annual plan": a year's flow
    if added:
        flow += 3.0  # "has so far lured additional 689.3 million USD": what came in, a flow
    if (
        cues.has(words["flow"], *seg.before)
        or count_before == "licensed"
        or _part_of_a_flow_before(work, index, catalogue)
    ):
        flow += 1.0
    if _yoy_follows(work, index) and cues.has(words["change"], amount.end, seg.after[1] + 40):
        flow += 1.5
    if _yoy_follows(work, index) and cues.has(COMPARE_AFTER_RE, amount.end, seg.after[1] + 40):
        flow += 1.0  # "1,237 tỷ USD, chỉ bằng 48% so với cùng kỳ": a period's sum is compared
    if SAME_PERIOD_RE.search(cues.folded, amount.end, _next_sum_start(work, index)):
        flow += 1.5  # "nearly 3.09 billion USD …, an increase of 41.3% compared with the same
        # period of 2022": what is compared with the same period is a period's (same-period-flow)
    if MULTIPLE_OF_YEAR_AGO_RE.search(cues.folded, amount.end, seg.after[1] + 40):
        flow += 2.0  # "tổng vốn đăng ký đạt 1,136 tỷ USD, gấp gần 3,1 lần năm trước": a year's
    if frame.flow_period is not None and THOSE_PROJECTS_RE.search(cues.folded, 0, amount.start):
        flow += 2.0  # "… thu hút được 33 dự án. Tổng vốn đăng ký của các dự án này là X": theirs
    if _in_a_flow_frame(work, own, frame) and (
        SPLIT_OPENER_RE.match(cues.folded) or splits_by_partner(frame, cues)
    ):
        flow += 2.0  # "… thu hút 172 dự án. Trong đó, các nhà đầu tư trong nước có 156 dự án với
        # tổng vốn X": a sentence that opens by splitting the period's sum (split-of-a-flow); so
        # does one that opens on its partners ("Xét theo đối tác, Hàn Quốc đứng đầu …, với 23 dự
        # án và tổng vốn đầu tư đăng ký 111 triệu USD" after the year so far: its sum by country)
    return stock > flow


# "Singapore was the biggest source, with 139 projects", "ahead of Singapore, with 6 billion USD"
PARTNER_LEAD_CHARS = 40


def partner_leads(work: Work, start: int, after: int = 0) -> bool:
    """An investor country named at most PARTNER_LEAD_CHARS before `start` (and not before
    `after`) leads the amount there."""
    return any(
        after <= c.start and 0 <= start - c.end <= PARTNER_LEAD_CHARS for c in work.cues.partners
    )


def _next_in_a_partners_stock_run(
    work: Work, index: int, frame: Frame, catalogue: Catalogue
) -> bool:
    """The sum, with an investor country right before it, follows another country's sum of the
    same unit in its sentence, with no time phrase between them, and that one is a total."""
    amount = work.amounts[index]
    if not amount.is_money or index == 0 or not work.cues.partners:
        return False
    before = work.amounts[index - 1]
    if (
        not before.is_money
        or before.unit != amount.unit
        or not partner_leads(work, amount.start, before.end)
        or not any(c.end <= before.start for c in work.cues.partners)
        or any(before.end <= p.span[0] < amount.start for p in work.periods)
        or any(p.span[0] < before.start for p in work.periods if p.kind in ("range", "ytd"))
    ):
        return False
    return is_stock(work, index - 1, frame, catalogue)


def _a_partners_sum_with_no_time(work: Work, frame: Frame) -> bool:
    """An investor country's sum in a sentence that names no span of time, in an article that
    names none either: its total so far (partner-sum-with-no-time; not "Singapore led with $300
    million. In the first five months …": a ranking before the span the article names)."""
    return (
        bool(work.cues.partners)
        and all(p.kind == "point" for p in work.periods)
        and frame.article_period is None
        and not frame.stock_context
    )


# "among these investors", "trong số này", "parmi eux": the ones the sentence before counted
AMONG_THESE_RE = re.compile(rf"(?<!\w){PARTS_OPENER}(?: (?:investors|partners|countries))?(?!\w)")
# "tổng vốn", "tổng số", "au total": the sum or number of what is listed, said of flows and
# stocks alike
SUM_WORD_RE = re.compile(r"(?<!\w)(?:tong (?:von|so)|au total|in total|en tout)(?!\w)")


def _only_a_sum_word(work: Work, index: int, catalogue: Catalogue) -> bool:
    """A stock word stands around the amount, and every one in the sentence is "tổng vốn" or
    "tổng số"."""
    seg, found = work.segs[index], _stock_words(work, catalogue)
    if not any(b <= m.start() and m.end() <= e for m in found for b, e in (seg.before, seg.after)):
        return False
    return all(SUM_WORD_RE.fullmatch(m.group(0)) for m in found)


def _in_a_flow_frame(work: Work, own: PeriodMention | None, frame: Frame) -> bool:
    """No time phrase of the sentence's own, and the article's last one named a period."""
    return own is None and frame.in_a_period


SAME_PERIOD_RE = re.compile(
    r"(?<!\w)(?:(?:the )?(?:same|corresponding) period|cung k[iy]|meme periode)(?!\w)"
)


# the projects the sentence before counted, named again: their sum is of their period
THOSE_PROJECTS_RE = re.compile(
    r"(?<!\w)(?:cua (?:cac |nhung )?du an (?:nay|tren|noi tren)"
    r"|of (?:these|those) (?:\d+ )?projects|de ces (?:\d+ )?projets)(?!\w)"
)


# a multiple of what a year earlier brought: "gấp gần 3,1 lần năm trước", "2.1 times last year's"
MULTIPLE_OF_YEAR_AGO_RE = re.compile(
    r"(?<!\w)(?:(?:gap|bang)(?: \w+)? [\d.,]+ lan (?:so voi )?(?:nam truoc|nam ngoai|cung ky"
    r"|nam (?:19|20)\d\d)|[\d.,]+ times (?:as (?:much|many|high|large) as |that of |the figure"
    r" (?:of|for) )?(?:in )?(?:last year|a year (?:earlier|ago)|the same period|(?:19|20)\d\d))"
)


def _after_all_investor_countries(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "64 countries and territories have invested in the province, with Taiwan at the top on
    $5.4 billion": an investor country's sum after a total count of the countries ranks totals
    (not "of the 20 countries that invested this half, Singapore led with ...")."""
    noun = catalogue.nouns.get("countries")
    amount, seg = work.amounts[index], work.segs[index]
    if noun is None or not any(seg.before[0] <= c.start < amount.start for c in work.cues.partners):
        return False
    folded, stock = work.cues.folded, catalogue.words["stock"]
    return any(
        a.unit is None and (m := noun.pattern.search(folded, a.end, a.end + 30)) is not None
        and m.start() - a.end <= 2
        and work.cues.has(stock, work.segs[i].before[0], work.segs[i].after[1])
        for i, a in enumerate(work.amounts[:index])
    )  # fmt: skip


OF_WHICH_RE = re.compile(rf"(?<!\w)(?:{PARTS_OPENER}|of this|of that|including)(?!\w)")


def _part_of_a_flow_before(work: Work, index: int, catalogue: Catalogue) -> bool:
    """ "tỉnh thu hút 905 triệu USD, trong đó Hàn Quốc … 176 triệu USD": a part of the sum a
    flow verb brought in before it is a flow too."""
    before = [a for a in work.amounts[:index] if a.is_money]
    if not before:
        return False
    last, folded = before[-1], work.cues.folded
    return bool(OF_WHICH_RE.search(folded, last.end, work.amounts[index].start)) and (
        work.cues.has(catalogue.words["flow"], 0, last.start)
    )


PROJECT_NOUNS = r"(?:projects|ventures|du an|projets)"  # what a count of FDI projects is of


def _through_count_after(work: Work, index: int) -> bool:
    """ "as of November 30 it had attracted $40 billion through 4,082 projects from 65 nations":
    money reached through a count of projects in the thousands is a total."""
    nxt = index + 1
    if nxt >= len(work.amounts) or work.amounts[nxt].unit is not None:
        return False
    count = work.amounts[nxt]
    gap = work.cues.folded[work.amounts[index].end : count.start]
    tail = work.cues.folded[count.end : count.end + 50]
    return (count.value >= THOUSANDS and bool(THROUGH_RE.search(gap)) and len(gap) < 40
            and bool(PROJECTS_AFTER_RE.match(tail)))  # fmt: skip


# "4,082 projects", "2,000 foreign direct investment (FDI) projects": the noun after a few words
PROJECTS_AFTER_RE = re.compile(rf"\s*(?:[\w()-]+ ){{0,4}}?{PROJECT_NOUNS}(?!\w)")


LICENSING_CHARS = 40  # "cấp mới và điều chỉnh tăng vốn cho 30 dự án": the verb before a count


def licensing_verb_before(work: Work, catalogue: Catalogue, count: Amount) -> bool:
    """A licensing verb just before a count ("đã cấp mới và điều chỉnh tăng vốn cho 12 dự án",
    "granted certificates to 30 projects"; the catalogue's `licensing` words)."""
    start = max(0, count.start - LICENSING_CHARS)
    return work.cues.has(catalogue.words["licensing"], start, count.start)


def _count_before(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """ "N projects with total capital of X", "N doanh nghiệp, tổng vốn X": a plain count of a
    stock noun before the money in its sentence ("plain"; not "N new projects"), or a count of
    projects a licensing verb gives their licences ("licensed": "đã chấp thuận chủ trương cho 16
    dự án … với tổng vốn X", the period's)."""
    folded = work.cues.folded
    amount = work.amounts[index]
    children = set(catalogue.refines)
    licensed = False
    for other in work.amounts[:index]:
        if other.unit is not None or other.scaled:
            continue
        tail = folded[other.end : min(amount.start, other.end + 40)]
        noun = re.match(
            rf"\s*(?:\w+ ){{0,3}}?(?:(?P<projects>{PROJECT_NOUNS})|enterprises|businesses"
            rf"|doanh nghiep)",
            tail,
        )
        if noun:
            near = [c for c in work.cues.topics if c.label in children
                    and other.start - 16 <= c.start <= other.end + 30]  # fmt: skip
            if near:
                continue
            if not (noun["projects"] and licensing_verb_before(work, catalogue, other)):
                return "plain"
            licensed = True
    return "licensed" if licensed else None


def _yoy_follows(work: Work, index: int) -> bool:
    """A percentage right after the amount: its change against a year earlier, say."""
    nxt = index + 1
    return nxt < len(work.amounts) and work.amounts[nxt].unit == "percent"


def _breakdown_in_sentence(work: Work, catalogue: Catalogue) -> bool:
    """New projects, added capital or contributions named in the sentence: a period's flows."""
    return any(c.label in catalogue.refines for c in work.cues.topics)


# a clause that opens after a colon, a semicolon or "còn" / "while" ("Phần thặng dư này đến từ
# cả hai khối: doanh nghiệp vốn trong nước xuất siêu 1,43 tỷ USD, còn khu vực FDI xuất siêu …")
CLAUSE_OPENING_RE = re.compile(r"(?:[:;]|,\s*(?:con|while|whereas|trong khi(?: do)?))\s*$")


def _clause_opener(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A subset's noun that opens the amount's clause, before any topic of its own, is its
    subject (clause-subject)."""
    amount, folded = work.amounts[index], work.cues.folded
    for cue in work.cues.topics:
        if cue.start >= amount.start:
            return None
        if cue.label not in catalogue.blocking or cue.label in catalogue.sums:
            continue
        if not CLAUSE_OPENING_RE.search(folded, max(0, cue.start - 40), cue.start):
            continue
        if CLAUSE_BREAK_RE.search(folded, cue.end, amount.start):
            continue  # the amount stands in a later clause
        return folded[cue.start : cue.end]
    return None


# the province as the main clause's subject after a fronted clause: ", the province has"
MAIN_SUBJECT_RE = re.compile(r",\s+(?:the\s+)?$")


# where a new clause with a subject of its own may start: a semicolon, a comma and a word that
# joins clauses (", and", ", và", ", while", ", trong khi": cues.CLAUSE_JOINS), or a colon after
# a clause with a verb of its own ("Khu vực dịch vụ giữ được đà tăng cao: tổng mức bán lẻ … đạt
# X"; not a bare label, "Khu vực FDI: xuất khẩu đạt X", the part's own figure)
NEW_CLAUSE_RE = re.compile(rf";|,\s+(?:{CLAUSE_JOINS})\s|(?<=\w)(?:\s+[\w-]+){{2,}}\s*:")


def _own_subject_in_a_new_clause(work: Work, start: int, end: int, catalogue: Catalogue) -> bool:
    """A semicolon or ", and" after the opening subject starts a clause whose first cue, before
    the amount, is a catalogue topic ("; giá trị xuất khẩu đạt …", "The goods market remained
    steady, and retail sales …"): that clause's subject governs it, not the sentence's. A subset
    ("; gạo xuất khẩu …") or a part's word ("; it added …") does not."""
    turns = [m.end() for m in NEW_CLAUSE_RE.finditer(work.cues.folded, start, end)]
    cut = turns[-1] if turns else -1
    first = next((c for c in work.cues.topics if cut <= c.start and c.end <= end), None)
    return (
        cut >= 0
        and first is not None
        and first.label not in catalogue.blocking
        and first.label not in catalogue.refines
    )


# "Theo giá hiện hành, GRDP ước đạt X; xét theo giá so sánh, mức tăng so cùng kỳ là Y%", "At
# current prices GDP was X; at constant prices it grew Y%": the clause after the semicolon turns
# from the nominal sum to real growth, which the nominal subset does not hold
CURRENT_PRICES_RE = re.compile(r"gia (?:hien hanh|thuc te)|current prices|prix courants")
CONSTANT_PRICES_CLAUSE_RE = re.compile(
    r";\s*(?:(?:xet|tinh|neu) )*theo gia (?:so sanh|co dinh)"
    r"|;\s*(?:and |while )?(?:measured )?at (?:\d{4} )?(?:constant|comparable|real)"
    r"(?: \d{4})? prices"
    r"|;\s*(?:et )?aux prix constants"
)


def _constant_prices_after_current(folded: str, first: Cue, end: int) -> bool:
    """The opening subset is a sum at current prices and a later clause, before the amount,
    turns to constant prices."""
    return bool(
        CURRENT_PRICES_RE.search(folded, first.start, first.end)
        and CONSTANT_PRICES_CLAUSE_RE.search(folded, first.end, end)
    )


def _topic_inside(folded: str, cue: Cue, catalogue: Catalogue) -> Cue | None:
    """The first catalogue topic named inside a subset's words ("theo giá hiện hành, GRDP")."""
    found = [
        Cue(m.start(), m.end(), name)
        for name, pattern in catalogue.topics.items()
        if name not in catalogue.blocking
        for m in [pattern.search(folded, cue.start, cue.end)]
        if m
    ]
    return min(found, key=lambda c: c.start, default=None)


SUBJECT_OPENS_WITHIN = 40  # characters: a subset cue this near the start opens the sentence
# "Nhờ công nghiệp chế biến, chế tạo tăng tốc …, xuất khẩu … đạt X", "Thanks to strong growth in
# electronics, exports reached X": the part named in a cause that opens the sentence is why the
# figure grew, not what it counts (not "Nhờ đó, ngành chế biến …": the cause is the sentence before)
# "Meeting Lee Sung Hun, head of the Seo Daemun District Office, … Dũng said …", "Tiếp đoàn Hiệp
# hội dệt may Hàn Quốc, ông … cho biết …": nor is the part in the name of a guest received
CAUSE_OR_GUEST_OPENER_RE = re.compile(
    r"\s*(?:(?:nho (?:vao |co )?|thanks (?:largely |mainly )?to |owing to |driven by |boosted by "
    r"|(?:largely |mainly )?due to |grace a |du fait de |en raison de )[^,;:]{0,30}"
    r"|(?:meeting|receiving|welcoming|hosting|(?:en )?recevant|accueillant|tiep(?! tuc)(?: don)?"
    r"|lam viec voi)\s[^;:]{0,80})$"
)


def _opening_subset(work: Work, catalogue: Catalogue) -> Cue | None:
    """The sentence's first topic cue when it names a part (a blocking topic that is no sum:
    "Foreign trade in Binh Duong … a trade surplus of X" is a sum, no subset) and stands within
    `SUBJECT_OPENS_WITHIN` characters of the start; None otherwise."""
    first = work.cues.topics[0] if work.cues.topics else None
    if (
        first is None
        or first.label not in catalogue.blocking
        or first.label in catalogue.sums
        or first.start > SUBJECT_OPENS_WITHIN
        or CAUSE_OR_GUEST_OPENER_RE.match(work.cues.folded[: first.start])
    ):
        return None
    return first


def subject_block(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A subset cue that opens the sentence ("Wooden products ... earned X", "Ngành chế biến,
    chế tạo ... chiếm X") governs its amounts, unless the amount's own clause names a metric's
    topic before it ("of which exports were X")."""
    amount, seg = work.amounts[index], work.segs[index]
    opener = _clause_opener(work, index, catalogue)
    if opener is not None:
        return opener
    first = _opening_subset(work, catalogue)
    if first is None:
        return None
    if any(
        c.label == "province" and first.end <= c.start < amount.start
        and MAIN_SUBJECT_RE.search(work.cues.folded, max(0, c.start - 8), c.start)
        for c in work.cues.places
    ):  # fmt: skip
        return None  # "Since Song Than 1 Industrial Park was built in 1994, the province has …"
    named = [c for c in work.cues.places if c.label == "province" and c.end <= first.start]
    dateline = DATELINE_RE.match(work.cues.text) if named else None
    opening = dateline.end() if dateline else 0  # "Dong Nai (VNA) – Privately owned firms …"
    if any(opening <= c.start for c in named):
        return None  # "Binh Duong, a manufacturing hub, attracted X": the province is the subject
    section = SECTION_HEADING_RE.match(work.cues.folded)
    if section and first.end <= section.end():
        return None  # "3. Thương mại, xuất nhập khẩu: …": a report's section heading, no subject
    heading = HEADING_RE.match(work.cues.folded)
    if heading and first.start - heading.end() <= HEADING_GAP:
        return None  # "Về xuất nhập khẩu, năm 2021 kim ngạch xuất khẩu đạt …": a heading
    if first.start > min(
        (a.start for a in work.amounts if not _in_a_period(work, a)), default=first.start
    ):  # (not the "11" of "Trong 11 tháng năm 2019, các doanh nghiệp FDI …": a time's number)
        return None
    if _own_subject_in_a_new_clause(work, first.end, amount.start, catalogue):
        return None  # "giá trị sản xuất … đạt X; giá trị xuất khẩu đạt Y, tăng Z%"
    if _constant_prices_after_current(work.cues.folded, first, amount.start):
        return None  # "Theo giá hiện hành, GRDP đạt X; xét theo giá so sánh, mức tăng là Y%"
    if told_at_the_occasion(work.cues.folded, first.end, amount.start):
        return None  # "Tại lễ trao, Chủ tịch thông tin: từ đầu năm, … đạt X, bằng 159%"
    floor = _past_an_abbreviation(work.cues.folded, seg.before[0])
    breaks = [
        m.end()
        for m in CLAUSE_BREAK_RE.finditer(work.cues.folded, floor, amount.start)
        if not ABBREVIATION_RE.match(work.cues.folded, m.start())
    ]  # fmt: skip  (not "(FDI)": the subset's own abbreviation)
    start = breaks[-1] if breaks else floor
    blocks = [c for c in work.cues.topics if c.label in catalogue.blocking]
    own = [c for c in work.cues.topics if start <= c.start and c.end <= amount.start
           and c.label not in catalogue.blocking
           and c.label not in catalogue.refines
           and not any(b.start <= c.start and c.end <= b.end for b in blocks)
           and not any(0 <= c.start - b.end <= 1 for b in blocks)]  # fmt: skip
    # ("Domestic enterprises shipped X": the verb right after the subset is the subset's)
    # "khu vực có vốn đầu tư nước ngoài … 17,1 tỷ USD": FDI inside the sector's name is no topic
    leading = [b for b in blocks if start <= b.start < amount.start]
    if own and start > 0 and leading and leading[0].start < own[0].start:
        return work.cues.folded[leading[0].start : leading[0].end]  # "…: khối FDI ước xuất khẩu X"
    return None if own else work.cues.folded[first.start : first.end]


def _in_a_period(work: Work, amount: Amount) -> bool:
    """The number belongs to a period phrase ("11 tháng", "the first 9 months")."""
    return any(p.span[0] <= amount.start < p.span[1] for p in work.periods)


ABBREVIATION_RE = re.compile(r"\([a-z]{2,6}\)")  # "(fdi)", "(iip)": a name's abbreviation


def _past_an_abbreviation(folded: str, floor: int) -> int:
    """Where the amount's words begin, moved back past an abbreviation's bracket that cut them
    ("các doanh nghiệp có vốn đầu tư nước ngoài (FDI) đã xuất khẩu X": the name goes on)."""
    if floor and ABBREVIATION_RE.match(folded, floor - 1):
        cuts = [m.end() for m in CLAUSE_BREAK_RE.finditer(folded, 0, floor - 1)]
        return cuts[-1] if cuts else 0
    return floor


# "Seafood … also grew, with shipments rising 14 per cent", "Foreign-invested firms made up 75
# percent of the total, and their shipments grew 16.4 percent": the quantity points back to the
# sentence's subject, a part (possessed-by-the-subject)
POSSESSIVE_BEFORE_RE = re.compile(r"(?<!\w)(?:their|with|whose)(?: own)?\s+$")


def possessed_by_the_subject(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """The part that opens the sentence, when the amount's own clause names its quantity only as
    the subject's ("their shipments", "with shipments"); None otherwise."""
    amount, seg = work.amounts[index], work.segs[index]
    own = [
        c for c in work.cues.topics
        if seg.before[0] <= c.start and c.end <= amount.start and c.label not in catalogue.blocking
    ]  # fmt: skip
    if not own or not POSSESSIVE_BEFORE_RE.search(work.cues.folded, 0, own[0].start):
        return None
    first = _opening_subset(work, catalogue)
    if first is None or any(
        c.label == "province" and c.end <= first.start for c in work.cues.places
    ):  # ("the province's trade revenue is expected to hit X, with exports reaching Y")
        return None
    return work.cues.folded[first.start : first.end]
