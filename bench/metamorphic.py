"""Meaning-preserving rewrites of every labelled text: each rewrite says the same thing another
way (another currency sign, another spelling, "Q1 2024" for "the first quarter of 2024"), so the
figures must not move. Prints, per rewrite, how many texts it changed and how the strict matches
and the extra figures moved against the labels; `--show` lists the articles that moved.

Usage: python -m bench.metamorphic [--sets DIR ...] [--only WORD] [--show]
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.accuracy import HELDOUT, Labelled, extract, labelled, match

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "10": 10, "11": 11, "eleven": 11}  # fmt: skip


@dataclass(frozen=True)
class Rewrite:
    """One way of saying the same thing: a pattern and what each match becomes."""

    name: str
    pattern: str
    replace: Callable[[re.Match], str]
    body_only: bool = False  # the headline and its blank line stay as they are

    def apply(self, text: str) -> str:
        """The text rewritten (unchanged when the pattern does not occur)."""
        if not self.body_only:
            return re.sub(self.pattern, self.replace, text)
        title, gap, body = text.partition("\n\n")
        return title + gap + re.sub(self.pattern, self.replace, body)


def _months_to(m: re.Match) -> str:
    return f"in the January-{MONTHS[COUNT_WORDS[m.group(1)] - 1]} period"


REWRITES = (
    Rewrite("no-break space", r"(\d) (tỷ|triệu|billion|million|USD|%)",
            lambda m: f"{m[1]}\u00a0{m[2]}"),
    Rewrite("curly apostrophe", r"'", lambda m: "\u2019"),
    Rewrite("en dash between numbers", r"(\d)-(\d)", lambda m: f"{m[1]}\u2013{m[2]}"),
    Rewrite("tỷ -> tỉ", r"tỷ", lambda m: "tỉ"),
    Rewrite("kỳ -> kì", r"kỳ", lambda m: "kì"),
    Rewrite("tỷ USD -> tỷ đô la Mỹ", r"(\d) tỷ USD", lambda m: f"{m[1]} tỷ đô la Mỹ"),
    Rewrite("triệu USD -> triệu đô-la", r"(\d) triệu USD", lambda m: f"{m[1]} triệu đô-la"),
    Rewrite("X billion USD -> US$X billion", r"(\d[\d.,]*) (billion|million) USD",
            lambda m: f"US${m[1]} {m[2]}"),
    Rewrite("USD -> U.S. dollars", r"(\d[\d.,]*) (billion|million) USD",
            lambda m: f"{m[1]} {m[2]} U.S. dollars"),
    Rewrite("billion USD -> bln USD", r"(\d[\d.,]*) billion USD", lambda m: f"{m[1]} bln USD"),
    Rewrite("percent -> %", r"(\d) percent", lambda m: f"{m[1]}%"),
    Rewrite("year-on-year -> y-o-y", r"year-on-year", lambda m: "y-o-y"),
    Rewrite("the first quarter -> Q1", r"\bthe first quarter", lambda m: "Q1"),
    Rewrite("first N months -> N-month period", r"\bin the first (" + "|".join(COUNT_WORDS)
            + r") months", lambda m: f"in the {m[1]}-month period"),
    Rewrite("first N months -> January-Month period", r"\bin the first (" + "|".join(COUNT_WORDS)
            + r") months", _months_to),
    Rewrite("foreign-invested -> foreign-funded", r"foreign-invested", lambda m: "foreign-funded"),
    Rewrite("dự án FDI -> dự án có vốn đầu tư nước ngoài", r"dự án FDI",
            lambda m: "dự án có vốn đầu tư nước ngoài"),
    Rewrite("tăng X% -> tăng trưởng X%", r"\btăng (\d[\d,]*%)", lambda m: f"tăng trưởng {m[1]}"),
    Rewrite("millions de dollars -> millions d'USD", r"millions de dollars",
            lambda m: "millions d'USD"),
    Rewrite("Of these -> Among them", r"\bOf (?:these|which|them),", lambda m: "Among them,"),
    Rewrite("Trong đó -> Trong số đó", r"\bTrong đó,", lambda m: "Trong số đó,"),
    Rewrite("one paragraph", r"\n\n(?=.)", lambda m: " ", body_only=True),
    Rewrite("a Hanoi dateline", r"\A([^\n]+\n\n)(?!\w+ \(VNA\))",
            lambda m: f"{m[1]}Hanoi (VNA) – "),
)  # fmt: skip


@dataclass(frozen=True)
class Moved:
    """How one rewrite moved one article against its labels."""

    article: Labelled
    matched: int
    extra: int


def _strict(item: Labelled, text: str, folder: Path, cache: dict) -> tuple[int, int]:
    """(matched, extra) of the article as `text` says it, read from a copy in `folder` that
    keeps the article's folder name (the date in it, as the scorer sees it)."""
    copy = folder / item.folder.parent.name / item.folder.name
    copy.mkdir(parents=True, exist_ok=True)
    (copy / "article.txt").write_text(text, encoding="utf-8")
    said = extract(Labelled(copy, item.meta, item.gold), cache)["figures"]
    matched, _, extra = match(item.gold, said, "strict")
    return matched, len(extra)


def run(sets: list[Path], only: str | None, show: bool) -> None:
    """Print, per rewrite, the texts it changed and how matches and extras moved."""
    items = [item for folder in sets for item in labelled(folder)]
    cache: dict = {}
    base: dict[Path, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for rewrite in REWRITES:
            if only and only.lower() not in rewrite.name.lower():
                continue
            changed, moved = 0, []
            for item in items:
                text = (item.folder / "article.txt").read_text(encoding="utf-8-sig")
                new = rewrite.apply(text)
                if new == text:
                    continue
                changed += 1
                if item.folder not in base:
                    base[item.folder] = _strict(item, text, folder, cache)
                matched, extra = _strict(item, new, folder, cache)
                before = base[item.folder]
                if (matched, extra) != before:
                    moved.append(Moved(item, matched - before[0], extra - before[1]))
            print(f"{rewrite.name}: {changed} texts, matched {sum(m.matched for m in moved):+d}, "
                  f"extra {sum(m.extra for m in moved):+d}")  # fmt: skip
            for m in moved if show else ():
                print(f"   {m.article.folder.parent.name}/{m.article.folder.name}: "
                      f"matched {m.matched:+d}, extra {m.extra:+d}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, nargs="*", default=[HELDOUT],
                        help="folders of sets (default bench/heldout)")  # fmt: skip
    parser.add_argument("--only", help="run the rewrites whose name contains this")
    parser.add_argument("--show", action="store_true", help="list the articles that moved")
    args = parser.parse_args()
    sets = [p for root in args.sets for p in sorted(root.iterdir()) if p.is_dir()]
    if any((root / "article.txt").exists() for root in sets):  # a corpus folder given directly
        sets = list(args.sets)
    run(sets, args.only, args.show)


if __name__ == "__main__":
    main()
