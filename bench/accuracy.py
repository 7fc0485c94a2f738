"""Extraction accuracy on the held-out sets in bench/heldout: labelled rewrites of real reports
about several provinces, written after the rules they score, each set by a writer who never saw
the extractor. Strict = metric, partner, value (0.5 %) and the period's last day all right (a
gold period_end of null is not checked); loose = metric and value; value = the value alone.

Usage: python -m bench.accuracy [--sets DIR] [--only SET ...] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.textnorm import fold

HELDOUT = Path(__file__).with_name("heldout")
CONFIGS = Path(__file__).resolve().parent.parent / "configs"
CONFIG_NAME_RE = re.compile(r"[a-z][a-z-]{1,40}")
VALUE_TOLERANCE = 0.005
# the names writers give an investor country, folded, and the one each stands for
PARTNER_NAMES = {
    "u.s.": "us", "usa": "us", "united states": "us", "the us": "us", "hoa ky": "us", "my": "us",
    "south korea": "korea", "republic of korea": "korea", "the republic of korea": "korea",
    "rok": "korea", "han quoc": "korea", "nhat ban": "japan", "dai loan": "taiwan",
    "taiwan (china)": "taiwan", "trung quoc": "china", "hong kong (china)": "hong kong",
}  # fmt: skip
LEVELS = ("strict", "loose", "value")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled article: its folder, metadata and gold figures."""

    folder: Path
    meta: dict
    gold: list[dict]


@dataclass(frozen=True, slots=True)
class Scored:
    """Gold, predicted and matched counts at one level."""

    gold: int
    predicted: int
    matched: int

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (1.0 when nothing was due or said)."""
        if not self.gold and not self.predicted:
            return 1.0
        return 2 * self.matched / (self.gold + self.predicted)


def partner(name: object) -> str | None:
    """The canonical investor country of a partner name, or None."""
    if name in (None, "", "null"):
        return None
    folded = fold(str(name)).strip()
    return PARTNER_NAMES.get(folded, folded)


def _same(gold: dict, said: dict, level: str) -> bool:
    try:
        value, wanted = float(said["value"]), float(gold["value"])
    except (KeyError, TypeError, ValueError):
        return False
    if abs(value - wanted) > VALUE_TOLERANCE * max(abs(wanted), 1e-9):
        return False
    if level == "value":
        return True
    if said.get("metric") != gold.get("metric"):
        return False
    if level == "loose":
        return True
    end = gold.get("period_end")
    return partner(said.get("partner")) == partner(gold.get("partner")) and (
        not end or str(said.get("period_end") or "")[:10] == str(end)[:10]
    )


def match(gold: list[dict], said: list[dict], level: str) -> tuple[int, list[dict], list[dict]]:
    """(matched, gold figures missed, figures said in excess) at `level`, each said figure
    matching at most one gold figure."""
    used = [False] * len(said)
    missed = []
    for figure in gold:
        hit = next((i for i, s in enumerate(said) if not used[i] and _same(figure, s, level)), None)
        if hit is None:
            missed.append(figure)
        else:
            used[hit] = True
    extra = [s for i, s in enumerate(said) if not used[i]]
    return len(gold) - len(missed), missed, extra


def labelled(folder: Path) -> list[Labelled]:
    """The complete labelled articles of one set."""
    out = []
    for article in sorted(p for p in folder.iterdir() if (p / "article.txt").is_file()):
        try:
            meta = json.loads((article / "meta.json").read_text(encoding="utf-8"))
            gold = json.loads((article / "figures.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out.append(Labelled(article, meta, gold if meta.get("relevant") else []))
    return out


def _settings(name: str, cache: dict):
    from etl.config import load_settings

    if not CONFIG_NAME_RE.fullmatch(name) or not (CONFIGS / f"{name}.toml").is_file():
        raise SystemExit(f"unknown province config {name!r}")
    if name not in cache:
        cache[name] = load_settings(CONFIGS / f"{name}.toml")
    return cache[name]


def extract(item: Labelled, cache: dict) -> dict:
    """What `run.py extract --format json` says of the article, in process."""
    from etl.commands.examine import examine

    published = item.meta.get("published")
    settings = _settings(item.meta.get("province") or "default", cache)
    when = date.fromisoformat(published) if published else None
    return examine(str(item.folder / "article.txt"), settings, when).as_json()


class Tally:
    """Gold, said and matched counts at each level, pooled and by language."""

    def __init__(self) -> None:
        self.levels = {level: [0, 0, 0] for level in LEVELS}
        self.by_lang: dict[str, list[int]] = {}

    def add(self, level: str, lang: str, gold: int, said: int, matched: int) -> None:
        """Count one article's figures at one level."""
        totals = [self.levels[level]]
        if level == "strict":
            totals.append(self.by_lang.setdefault(lang, [0, 0, 0]))
        for total in totals:
            total[0], total[1], total[2] = total[0] + gold, total[1] + said, total[2] + matched

    def scored(self, level: str) -> Scored:
        """The pooled counts of one level."""
        return Scored(*self.levels[level])


def score_set(folder: Path, cache: dict, pooled: Tally, misses: bool) -> Scored:
    """Score one set's articles, adding them to `pooled`; print relevance errors and misses."""
    own = Tally()
    for item in labelled(folder):
        said = extract(item, cache)
        if bool(said["relevant"]) != bool(item.meta.get("relevant")):
            print(f"  RELEVANCE {folder.name}/{item.folder.name}: said {said['relevant']}")
        lang = item.meta.get("lang", "en")
        for level in LEVELS:
            matched, missed, extra = match(item.gold, said["figures"], level)
            for tally in (own, pooled):
                tally.add(level, lang, len(item.gold), len(said["figures"]), matched)
            if level == "strict" and misses:
                for figure in missed:
                    print(f"  MISS {item.folder.name}: {_line(figure)}")
                for figure in extra:
                    print(f"  EXTRA {item.folder.name}: {_line(figure)}")
    return own.scored("strict")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=HELDOUT)
    parser.add_argument("--only", nargs="*", help="score only these sets")
    parser.add_argument("--misses", action="store_true", help="list what was missed or added")
    args = parser.parse_args()
    folders = sorted(p for p in args.sets.iterdir() if p.is_dir())
    cache: dict = {}
    pooled = Tally()
    for folder in folders:
        if args.only and folder.name not in args.only:
            continue
        strict = score_set(folder, cache, pooled, args.misses)
        print(f"{folder.name}: strict F1 {strict.f1:.3f} (gold {strict.gold}, "
              f"said {strict.predicted})")  # fmt: skip
    for lang, numbers in sorted(pooled.by_lang.items()):
        print(f"[{lang}] strict F1 {Scored(*numbers).f1:.3f} (gold {numbers[0]})")
    for level in LEVELS:
        scored = pooled.scored(level)
        print(f"pooled {level:6} F1 {scored.f1:.3f} (gold {scored.gold})")


def _line(figure: dict) -> str:
    where = str(figure.get("period_end") or "")[:10]
    text = str(figure.get("text") or "").replace("\n", " ")
    return f"{figure.get('metric')} {figure.get('partner')} {figure.get('value')} {where} «{text}»"


if __name__ == "__main__":
    main()
