"""Decide whether an article is about the tracked province's economy (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.models import Entity
from etl.textnorm import fold

# Economy vocabulary, folded (no diacritics): an article about the province needs some of it.
ECONOMY_RE = re.compile(
    r"\b(fdi|invest(?:ment|ments|or|ors|ed|ing)?|(?:registered|investment|fdi) capital|exports?|"
    r"exported|imports?|trade|"
    r"industrial (?:park|zone)s?|grdp|gdp|"
    r"budget|revenue|enterprises?|economy|economic|growth|retail|investisseurs?|entreprises?|"
    r"exportations?|excedent|von|dau tu|xuat khau|nhap khau|khu cong nghiep|ngan sach|"
    r"doanh nghiep|tang truong|kinh te|du an)\b"
)
MIN_BODY_MENTIONS = 2


@dataclass(frozen=True, slots=True)
class Relevance:
    """The verdict and why."""

    relevant: bool
    reason: str


@dataclass(frozen=True, slots=True)
class EntityMatcher:
    """Finds the province's names in text: diacritic- and case-insensitive, on word boundaries,
    never inside an excluded phrase such as "Thái Bình Dương" (the Pacific Ocean)."""

    names: re.Pattern
    excluded: re.Pattern | None

    @classmethod
    def from_entity(cls, entity: Entity) -> EntityMatcher:
        """Compile the entity's name, aliases and exclusions."""
        names = sorted({fold(n) for n in (entity.name, *entity.aliases) if n.strip()}, key=len)
        exclude = sorted({fold(n) for n in entity.exclude if n.strip()}, key=len, reverse=True)
        return cls(
            names=re.compile(r"\b(?:" + "|".join(map(re.escape, reversed(names))) + r")\b"),
            excluded=re.compile("|".join(map(re.escape, exclude))) if exclude else None,
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the province's mentions in `text`."""
        folded = fold(text)
        if self.excluded:
            folded = self.excluded.sub(lambda m: "#" * len(m.group(0)), folded)
        return [m.span() for m in self.names.finditer(folded)]

    def mentions(self, text: str) -> int:
        """How many times the province is named in `text`."""
        return len(self.spans(text))


def judge(title: str, body: str, matcher: EntityMatcher) -> Relevance:
    """Relevant when the province is a subject (named in the title, or at least twice in the
    body) and the article speaks of the economy; a passing mention is not enough."""
    in_title = matcher.mentions(title)
    in_body = matcher.mentions(body)
    if not in_title and in_body < MIN_BODY_MENTIONS:
        return Relevance(False, f"province named {in_body} time(s), not in the title")
    if not ECONOMY_RE.search(fold(f"{title}\n{body}")):
        return Relevance(False, "province named, but no economic subject")
    where = "title" if in_title else f"body ({in_body} mentions)"
    return Relevance(True, f"province named in the {where}")
