"""What earlier sentences of an article established (its periods, topic and place), and how a
figure's period and dates are read from its own sentence and that context (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from etl.extract.amounts import Amount
from etl.extract.cues import SentenceCues
from etl.extract.periods import PeriodMention, as_of

ADJACENT_CHARS = 14  # "2.9 billion USD in July": a period this close after an amount is its own


def own_period(amount: Amount, mentions: list[PeriodMention]) -> PeriodMention | None:
    """The period phrase of the amount's own sentence: right after it, else before, else after."""
    adjacent = [p for p in mentions if 0 <= p.span[0] - amount.end <= ADJACENT_CHARS]
    before = [p for p in mentions if p.span[1] <= amount.start]
    after = [p for p in mentions if p.span[0] >= amount.end]
    found = adjacent or before[-1:] or after[:1]
    return found[0] if found else None


@dataclass
class ArticleContext:
    """Carried from sentence to sentence while one article is read."""

    published: date | None
    flow_period: PeriodMention | None = None  # the last period of a flow ("in the first half")
    point_period: PeriodMention | None = None  # the last as-of date ("as of June 30", "so far")
    point_paragraph: int = -1
    paragraph: int = 0
    topic: str | None = None
    scope: str = "province"
    year: int | None = None  # the year periods speak of, in an undated article
    title_topic: str | None = None

    def period_for(
        self, amount: Amount, mentions: list[PeriodMention], kind: str
    ) -> PeriodMention | None:
        """A figure's period: its sentence's, else the article's last one of the same kind."""
        own = own_period(amount, mentions)
        if own is None:
            return self.point_period if kind == "stock" else self.flow_period
        if _narrows(own, self.flow_period):
            return self.flow_period  # "in May", right after figures of 1-15 May: that window
        return as_of(own, self.published, self._dating(own))

    def dates(self, kind: str, period: PeriodMention | None) -> tuple[date | None, date | None]:
        """(period_start, period_end) of a figure of `kind` (stock, flow or rate)."""
        if period is None:
            if kind == "stock":
                return None, self.published
            published = self.published
            return (date(published.year, 1, 1), published) if published else (None, None)
        end = period.end
        if kind == "stock":
            return None, end
        if period.kind == "range":
            return period.start, end
        return (date(end.year, 1, 1) if end else None), end

    def remember(self, cues: SentenceCues, mentions: list[PeriodMention], paragraph: int,
                 blocking: frozenset[str]) -> None:  # fmt: skip
        """Carry what a sentence established to the next ones."""
        scope = cues.scope()
        if scope:
            self.scope = scope
        topics = [c for c in cues.topics if c.label not in blocking]
        if topics:
            self.topic = topics[-1].label
            if paragraph == 0 and self.title_topic is None:
                self.title_topic = topics[0].label
        for mention in mentions:
            if mention.end and not self.published:
                self.year = mention.end.year
        for mention in mentions:
            if mention.kind == "range" and scope != "other":
                if not _narrows(mention, self.flow_period):
                    self.flow_period = mention
            elif mention.kind == "point" or (mention.kind == "now" and mention.stock):
                self.point_period = as_of(mention, self.published, self._dating(mention))
                self.point_paragraph = paragraph

    def _dating(self, mention: PeriodMention) -> PeriodMention | None:
        """What dates "since the start of the year" or "currently" in an undated article: the
        last period of a flow, or an as-of date of the same paragraph."""
        if mention.kind == "ytd" and self.flow_period:
            return self.flow_period
        return self.point_period if self.point_paragraph == self.paragraph else None


def _narrows(mention: PeriodMention, current: PeriodMention | None) -> bool:
    """True when `current` is a window inside the month `mention` names (keep the window)."""
    if not (mention.within_month and current and current.start):
        return False
    inside = (mention.start is not None and mention.start <= current.start
              and current.end is not None and mention.end is not None
              and current.end <= mention.end)  # fmt: skip
    return inside
