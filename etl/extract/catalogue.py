"""The metric catalogue and its cue words, compiled from the data of configs/metrics.toml (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.hints import HintIndex, alternation, entries_of
from etl.extract.leads import LeadScan
from etl.textnorm import fold

UNITS = ("USD", "VND", "count", "ha", "percent")
PARTNER_LABEL = "partner:"  # how partners are told from topics in `cue_hints`
KINDS = ("stock", "flow", "rate")
METRIC_KEYS = {
    "unit", "kind", "topic", "noun", "change", "min", "max", "partner", "label", "quarterly",
    "negated_by",
}  # fmt: skip
TOPIC_KEYS = {"cues", "block", "refines", "sized", "sum", "trails"}
WORD_LISTS = (
    "stock", "stock_strong", "flow", "change", "decrease", "increase", "company", "month_on_month",
    "target", "ratio", "year_ago", "occasion", "ip_subset", "qualifier_over", "qualifier_under",
    "qualifier_approx", "qualifier_false", "this_province", "national", "regions", "provinces",
    "partners", "partner_list", "breakdown_by", "whole_of_parts", "licensing", "total_raised",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Metric:
    """One catalogue entry."""

    id: str
    unit: str
    kind: str
    topic: str | None
    noun: str | None
    change: bool
    min: float | None
    max: float | None
    partner: bool = False  # may be restricted to one investor country
    label: str | None = None  # how people name it ("FDI registered capital, cumulative")
    quarterly: bool = False  # compiled per quarter (quarterly-window)
    negated_by: str | None = None  # its opposite's words: a deficit is a negative surplus

    def is_sum_in(self, units: tuple[str, ...] | set[str]) -> bool:
        """Whether this is a sum in one of `units`: no count of a noun, no change of a figure."""
        return self.unit in units and not self.noun and not self.change

    def accepts(self, value: float) -> bool:
        """Whether `value` is plausible for this metric (outside its range: a misreading)."""
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True, slots=True)
class Noun:
    """Words that name a counted thing, and words near a count that make it something else."""

    pattern: re.Pattern
    requires_topic: str | None
    blocked_by: re.Pattern | None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Metrics, topic cues and the vocabulary around amounts, compiled."""

    metrics: tuple[Metric, ...]
    topics: dict[str, re.Pattern]
    blocking: frozenset[str]
    nouns: dict[str, Noun]
    words: dict[str, LeadScan]  # each list's regex, tried where its leading literals stand
    partners: tuple[str, ...]  # the names; group i of `partner_re` is partners[i]
    partner_re: re.Pattern
    refines: dict[str, str]  # breakdown topic -> the topic it narrows ("fdi_new" -> "fdi")
    cue_hints: HintIndex  # which entries of the topics ("fdi", i) and partners ("partner:", i)
    # a sentence may name
    provinces: tuple[str, ...]  # folded name patterns of every province (one per entry)
    topic_entries: dict[str, tuple[str, ...]]  # each topic's regex alternatives, in order
    partner_entries: tuple[str, ...]  # partner_re's alternatives, in order
    by_id: dict[str, Metric]
    # the topic of the metrics an investor country restricts (FDI): a country named in a
    # sentence points there
    partner_topic: str | None
    money_units: dict[str, frozenset[str]]  # topic -> the units of its sums of money (no noun)
    # topics whose size has no metric, its growth has one; with a pattern, only where the cue
    # naming them matches it ("the industrial production index stands at X VND", not "industrial
    # production value reached X VND")
    sized: dict[str, re.Pattern | None] = field(default_factory=dict)
    sums: frozenset[str] = frozenset()  # blocking topics that add catalogue figures up
    trailing: frozenset[str] = frozenset()  # blocking topics that also block a count before them

    def metric(self, metric_id: str) -> Metric:
        """The metric with this id."""
        return self.by_id[metric_id]

    def sized_by(self, topic: str, cue: str) -> bool:
        """The topic, named by this folded cue, is a size whose growth alone has a metric."""
        if topic not in self.sized:
            return False
        only = self.sized[topic]
        return only is None or only.search(cue) is not None

    def family(self, topic: str) -> str:
        """The topic a breakdown topic narrows, else the topic itself."""
        return self.refines.get(topic, topic)


def compile_words(words: list[str]) -> re.Pattern:
    """One regex matching any of `words` (regexes, folded like the text) on word boundaries."""
    return alternation(word_entries(words))


UPPER_ESCAPE_RE = re.compile(r"\\[SDWB]")  # word lists are folded, so "\S" would become "\s"


# a look-around without groups inside it: "(?<!ngoai )", "(?! hai quan)" (it matches no text)
LOOKAROUND_RE = re.compile(r"\(\?<?[=!][^()]*\)")


def word_entries(words: list[str]) -> tuple[str, ...]:
    """The alternatives of `compile_words`'s regex, in its order: folded, longest first, by the
    text they spell (a look-around adds none: "(?<!non )budget" is no longer than "budget
    revenue", which must be tried first)."""
    return tuple(sorted((fold(w) for w in words), key=_spelled_length, reverse=True))


def _spelled_length(entry: str) -> int:
    return len(LOOKAROUND_RE.sub("", entry))


def build_catalogue(data: dict, problems: list[str]) -> Catalogue:
    """Compile a catalogue from its TOML data; each bad entry is added to `problems`."""
    topics_raw = data.get("topic", {})
    for name, table in topics_raw.items():
        for key in sorted(set(table) - TOPIC_KEYS):
            problems.append(
                f"topic.{name}.{key}: unknown key (expected one of {sorted(TOPIC_KEYS)})"
            )
    topic_entries = {name: word_entries(t.get("cues", [])) for name, t in topics_raw.items()}
    topics = {name: alternation(entries) for name, entries in topic_entries.items()}
    blocking = frozenset(name for name, t in topics_raw.items() if t.get("block"))
    refines = {name: t["refines"] for name, t in topics_raw.items() if t.get("refines")}
    sized = _sized(topics_raw, problems)
    sums = frozenset(name for name, t in topics_raw.items() if t.get("sum"))
    trailing = frozenset(name for name, t in topics_raw.items() if t.get("trails"))

    for name, parent in refines.items():
        if parent not in topics:
            problems.append(
                f"topic.{name}.refines: expected one of the [topic.*] tables, got {parent!r}"
            )
    nouns = {
        name: Noun(
            compile_words(n.get("words", [])),
            n.get("requires_topic"),
            compile_words(n["blocked_by"]) if n.get("blocked_by") else None,
        )
        for name, n in data.get("noun", {}).items()
    }
    words_raw = data.get("words", {})
    metrics = tuple(
        _metric(mid, spec, topics, nouns, words_raw, problems)
        for mid, spec in data.get("metric", {}).items()
    )
    for key in WORD_LISTS:
        if not isinstance(words_raw.get(key), list):
            problems.append(f"words.{key}: expected a list of strings")
    lists = [(f"topic.{n}.cues", t.get("cues", [])) for n, t in topics_raw.items()]
    lists += [(f"words.{k}", v) for k, v in words_raw.items() if isinstance(v, list)]
    problems += [
        f"{where}: {entry!r} uses {m.group(0)}, which folding lowers to {m.group(0).lower()} "
        "(write [^ ] or a class instead)"
        for where, entries in lists
        for entry in entries
        if isinstance(entry, str) and (m := UPPER_ESCAPE_RE.search(entry))
    ]
    raised = words_raw.get("total_raised")
    if isinstance(raised, list):  # a total raised to is a stock word, and a strong one
        words_raw = {**words_raw} | {
            k: words_raw[k] + raised for k in ("stock", "stock_strong")
            if isinstance(words_raw.get(k), list)
        }  # fmt: skip
    words = {k: LeadScan.of(compile_words(v)) for k, v in words_raw.items() if k != "partners"}
    pairs = [_partner(entry, problems) for entry in words_raw.get("partners", [])]
    partner_entries = tuple(f"(?P<p{i}>{pattern})" for i, (_, pattern) in enumerate(pairs))
    partner_re = alternation(partner_entries)
    partners = tuple(n for n, _ in pairs)
    provinces = tuple(fold(p) for p in words_raw.get("provinces", []))
    cue_hints = HintIndex.build([
        *(pair for name, entries in topic_entries.items() for pair in entries_of(name, entries)),
        *(((PARTNER_LABEL, i), [pattern]) for i, (_, pattern) in enumerate(pairs)),
    ])  # fmt: skip
    partner_topic = next((refines.get(m.topic, m.topic) for m in metrics if m.partner and m.topic),
                         None)  # fmt: skip
    money_units = {t: frozenset(m.unit for m in metrics if m.topic == t and not m.noun)
                   for t in {m.topic for m in metrics if m.topic}}  # fmt: skip
    return Catalogue(metrics, topics, blocking, nouns, words, partners, partner_re, refines,
                     cue_hints, provinces, topic_entries, partner_entries,
                     {m.id: m for m in metrics}, partner_topic, money_units,
                     sized, sums, trailing)  # fmt: skip


def _sized(topics_raw: dict, problems: list[str]) -> dict[str, re.Pattern | None]:
    """The sized topics: `sized = true` (None, sized wherever named) or a regex (sized only where
    the cue that names them matches it)."""
    found: dict[str, re.Pattern | None] = {}
    for name, table in topics_raw.items():
        sized = table.get("sized")
        if sized is None or sized is False:
            continue
        if sized is True:
            found[name] = None
            continue
        pattern = _regex(sized)
        if pattern is None:
            problems.append(f"topic.{name}.sized: expected true, false or a regex, got {sized!r}")
        else:
            found[name] = pattern
    return found


def _regex(value: object) -> re.Pattern | None:
    """`value` compiled, when it is a string that is a valid regex."""
    if not isinstance(value, str):
        return None
    try:
        return re.compile(value)
    except re.error:
        return None


def _metric(
    mid: str, spec: dict, topics: dict, nouns: dict, words: dict, problems: list[str]
) -> Metric:
    for key in sorted(set(spec) - METRIC_KEYS):
        problems.append(f"metric.{mid}.{key}: unknown key (expected one of {sorted(METRIC_KEYS)})")
    if spec.get("unit") not in UNITS:
        problems.append(f"metric.{mid}.unit: expected one of {UNITS}, got {spec.get('unit')!r}")
    if spec.get("kind") not in KINDS:
        problems.append(f"metric.{mid}.kind: expected one of {KINDS}, got {spec.get('kind')!r}")
    topic, noun = spec.get("topic"), spec.get("noun")
    if topic is None and noun is None:
        problems.append(f"metric.{mid}: expected a topic or a noun")
    if topic is not None and topic not in topics:
        problems.append(f"metric.{mid}.topic: expected one of the [topic.*] tables, got {topic!r}")
    if noun is not None and noun not in nouns:
        problems.append(f"metric.{mid}.noun: expected one of the [noun.*] tables, got {noun!r}")
    negated_by = spec.get("negated_by")
    if negated_by is not None and not isinstance(words.get(negated_by), list):
        problems.append(f"metric.{mid}.negated_by: expected the name of a [words] list")
    return Metric(mid, str(spec.get("unit")), str(spec.get("kind")), topic, noun,
                  bool(spec.get("change")),
                  spec.get("min"), spec.get("max"), bool(spec.get("partner")),
                  spec.get("label"), bool(spec.get("quarterly")), negated_by)  # fmt: skip


def _partner(entry: str, problems: list[str]) -> tuple[str, str]:
    name, sep, pattern = entry.partition("=")
    if not sep:
        problems.append(f"words.partners: expected 'Name=regex', got {entry!r}")
    return name, fold(pattern or name)
