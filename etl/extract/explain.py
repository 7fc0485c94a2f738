"""The records that say why: for each figure the decisions that made it, for each number left
out the reason, and how confident the whole decision is (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.models import Figure

# How much each way of deciding is worth (1.0: the text says it in the figure's own clause).
METRIC_RULE_WEIGHT = {
    "own clause": 1.0, "respectively": 0.9, "breakdown cue in the clause": 1.0,
    "counted noun": 1.0, "counted noun and breakdown cue": 1.0,
    "counted noun and shared verb": 0.9,
    "change of the amount before it": 0.9, "sentence": 0.8, "article topic": 0.65,
    "headline topic": 0.6, "parts-make-the-whole": 0.9, "sibling-makes-new": 0.8,
    "respective-sum-of-new": 0.85, "currency-pair": 0.8,
}  # fmt: skip
PERIOD_RULE_WEIGHT = {
    "own-period": 1.0, "own-period/ytd": 0.95, "window-narrow": 0.9, "lead-period": 0.85,
    "lead-period/ytd": 0.8, "article-as-of": 0.85, "publication-date": 0.8, "roundup-end": 0.7,
    "ytd-to-publication": 0.6, "unknown": 0.5,
}  # fmt: skip
ESTIMATED = "+estimated-publication"  # the period rule read against a date the page lacked
ANOTHER_QUANTITY = "a subset or another quantity"  # how the reasons for a blocked topic begin


class Reason(str):
    """Why a number was left out, worded for the reader, with the catalogue topic whose cue
    decided it when one did ("a subset or another quantity ('tổng kim ngạch …')": trade_sum)."""

    topic: str | None

    def __new__(cls, text: str, topic: str | None = None) -> Reason:
        made = super().__new__(cls, text)
        made.topic = topic
        return made


@dataclass(frozen=True, slots=True)
class Explanation:
    """How a figure was decided."""

    metric_cue: str
    metric_rule: str
    period_rule: str
    scope: str
    qualifier: str
    reading: str

    def as_json(self) -> dict:
        """The explanation as a JSON-ready dict."""
        return {
            "metric_cue": self.metric_cue, "metric_rule": self.metric_rule,
            "period_rule": self.period_rule, "scope": self.scope, "qualifier": self.qualifier,
            "reading": self.reading,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dropped:
    """A number the extractor read and left out, and why."""

    text: str
    reason: str
    sentence: str
    char_start: int
    value: float | None = None  # the usual reading of its digits
    from_title: bool = False

    def as_json(self) -> dict:
        """The dropped number as a JSON-ready dict."""
        return {"text": self.text, "reason": self.reason, "sentence": self.sentence,
                "char_start": self.char_start}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article's figures, each with its explanation, and the numbers left out."""

    figures: tuple[Figure, ...]
    explanations: tuple[Explanation, ...]
    dropped: tuple[Dropped, ...]


def confidence(explanation: Explanation, margin: float, guessed_currency: bool) -> float:
    """0-1 from how the decisions were made: where the metric's cue stood and by what margin it
    won, which rule dated the figure (and whether the publication date was estimated), whether
    the currency or the digits' reading was inferred, and whether the place was named or
    carried."""
    score = METRIC_RULE_WEIGHT.get(explanation.metric_rule, 0.7)
    score *= 0.85 if margin < 1.0 else 1.0
    rule, estimated, _ = explanation.period_rule.partition(ESTIMATED)
    score *= PERIOD_RULE_WEIGHT.get(rule, 0.7) * (0.8 if estimated else 1.0)
    score *= 0.85 if guessed_currency else 1.0
    score *= 0.85 if explanation.reading != "usual reading" else 1.0
    score *= 0.9 if "carried" in explanation.scope else 1.0
    return round(score, 2)
