"""The cheap sieves of extraction keep every match the exact rules would find: the literal index
(etl/extract/hints.py) never hides a topic, a partner or another province whose regex matches,
a word list narrowed to the entries a sentence's literals allow finds exactly what the whole list
finds, and a scan that tries a regex only where the literals its matches start with stand
(etl/extract/leads.py) finds exactly what the regex finds, on every sentence of our fixture
articles and pages (pure)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.config import load_catalogue
from etl.extract.catalogue import PARTNER_LABEL
from etl.extract.hints import by_list, keyed_hints, literal_hints, narrowed
from etl.extract.leads import LeadScan, leading_literals
from etl.extract.places import NATIONAL, OTHER, PROVINCE_OF, PROVINCE_OF_RE, REGION, THIS
from etl.extract.sentences import split_sentences
from etl.textnorm import fold
from tests.conftest import METRICS, extraction_places

CATALOGUE = load_catalogue(METRICS)
PLACES = extraction_places()
FIXTURES = Path(__file__).parent / "fixtures"
# Near misses beside the fixtures: glued and dotted names, a cue after "$", optional words first.
OWN = [
    "TPHCM và TP. HCM dẫn đầu, Đồng Nai thứ ba.",
    "The U.S. and the EU led; Korean and South Korea firms followed, then Danish ones.",
    "Exports rose as $exports of garments and textile shipments slowed.",
    "Newly-licensed projects and new licensed ones added capital; investors bought shares.",
    # a comparison that looks behind ("percent of ... in 2019"), twice, beside plain ones
    "Parks took 41 percent of the total in 2019 and 38 percent of all capital in 2020, "
    "up 3% on the year and more than in 2018; percent of percent of in 2017.",
]


def folded_sentences() -> list[str]:
    texts = [*FIXTURES.glob("articles/*.txt"), *FIXTURES.glob("site/**/*.html")]
    assert len(texts) > 20
    found = [s.text for p in texts for s in split_sentences(p.read_text(encoding="utf-8"))]
    return [fold(s) for s in [*OWN, *found]]


SENTENCES = folded_sentences()


def spans(pattern, folded: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(folded)]


def test_a_narrowed_topic_finds_what_the_whole_topic_finds():
    for folded in SENTENCES:
        found = by_list(CATALOGUE.cue_hints.labels_in(folded))
        for topic, pattern in CATALOGUE.topics.items():
            whole = spans(pattern, folded)
            if topic not in found:
                assert not whole, (topic, folded)
                continue
            entries = CATALOGUE.topic_entries[topic]
            assert spans(narrowed(entries, found[topic]), folded) == whole, (topic, folded)


def test_narrowed_partners_find_what_all_partners_find():
    for folded in SENTENCES:
        found = by_list(CATALOGUE.cue_hints.labels_in(folded))
        whole = spans(CATALOGUE.partner_re, folded)
        kept = found.get(PARTNER_LABEL)
        narrow = spans(narrowed(CATALOGUE.partner_entries, kept), folded) if kept else []
        assert narrow == whole, folded


def test_the_place_index_never_hides_a_place_list_that_matches():
    assert PLACES.provinces is not None
    lists = {OTHER: PLACES.provinces, NATIONAL: PLACES.national, THIS: PLACES.this_province,
             REGION: PLACES.regions, PROVINCE_OF: PROVINCE_OF_RE}  # fmt: skip
    for folded in SENTENCES:
        named = PLACES.hints.labels_in(folded)
        hidden = [label for label, regex in lists.items()
                  if regex.search(folded) and label not in named]  # fmt: skip
        assert not hidden, (hidden, folded)
    assert PLACES.provinces.search(fold(OWN[0]))  # "TPHCM": glued, still found
    assert OTHER in PLACES.hints.labels_in(fold(OWN[0]))


@pytest.mark.parametrize(
    ("cue", "hints"),
    [
        ("xuat khau|exports?", ("xuat khau", "export")),
        ("achats? d.actions", ("achat",)),  # "." is any character, not a literal
        ("(?:south )?korea(?:n)?", ("korea",)),  # starts a word either way
        ("(?:ex)?port", None),  # "port" may start inside "export"
        ("x{0,2}abc", None),
        ("denmark|danish", ("denmark", "danish")),  # the parser's shared "d" handed back
        (
            "(?:bought|acquired) (?:shares|stakes)",
            ("bought shares", "bought stakes", "acquired shares", "acquired stakes"),
        ),
        ("(?<!export )revenue", ("revenue",)),  # a look-behind reads nothing
        ("new(?:ly)?[- ]licen[cs]ed", ("licen",)),
        ("u\\.s\\.|usa", ("u.s.", "usa")),
    ],
)
def test_a_cue_literal_is_what_every_match_contains(cue, hints):
    assert literal_hints(cue) == hints


@pytest.mark.parametrize(
    ("cue", "keyed"),
    [
        ("xuat khau", (("xuat khau", "xuat"),)),
        ("fdi", (("fdi", "fdi"),)),  # a whole short word: the sentence's word is exactly it
        ("eu(?! delegation)", (("eu", "eu"),)),
        ("u\\.s\\.", (("u.s.", "u"),)),
        ("new(?:ly)?", (("new", ""),)),  # may go on ("newly"): checked in every sentence
    ],
)
def test_a_literal_is_filed_under_what_a_word_of_the_sentence_starts_with(cue, keyed):
    assert keyed_hints(cue) == keyed


def every_regex() -> list:
    """The word-bounded regexes extraction scans whole sentences with."""
    from etl.extract.cues import RESPECTIVELY_RE
    from etl.extract.period_patterns import COMPARISON_RE, COMPILED
    from etl.extract.periods import VAGUE_RE

    entity = [PLACES.entity.names, PLACES.entity.excluded, PLACES.entity.places]
    entity = [regex for regex in entity if regex is not None]
    places = [PLACES.national, PLACES.this_province, PLACES.provinces, PLACES.regions, *entity]
    words = [w.regex for w in CATALOGUE.words.values()]
    return [COMPARISON_RE, VAGUE_RE, RESPECTIVELY_RE, *(c[1] for c in COMPILED),
            *CATALOGUE.topics.values(),
            *words, CATALOGUE.partner_re, *places]  # fmt: skip


def test_a_scan_from_leading_literals_finds_what_the_regex_finds():
    scans = [LeadScan.of(regex) for regex in every_regex()]
    assert sum(scan.lead is not None for scan in scans) > len(scans) / 2
    for folded in SENTENCES:
        for scan in scans:
            found = [(m.span(), m.groupdict()) for m in scan.finditer(folded)]
            assert found == [(m.span(), m.groupdict()) for m in scan.regex.finditer(folded)]
            for pos, endpos in windows(folded):  # a window cuts words: "(?!\\w)" holds at its end
                found = scan.search(folded, pos, endpos)
                exact = scan.regex.search(folded, pos, endpos)
                assert (found and found.span()) == (exact and exact.span()), (pos, endpos)
                every = [m.span() for m in scan.finditer(folded, pos, endpos)]
                assert every == [m.span() for m in scan.regex.finditer(folded, pos, endpos)]


def test_the_number_scan_finds_what_the_number_regex_finds():
    """`number_matches` looks for digits and number words apart: the same matches, in the same
    order, as the number regex tried at every character (number words inside other words,
    glued to digits, and right after a number too)."""
    from etl.extract.amounts import NUMBER_RE, number_matches

    own = [
        "Twenty-one ventures and ba dự án came in; often, none of the tenants undersold.",
        "sixty-five or 65, six hundred or 6,500; mười lăm KCN, 1.234,5 tỷ và 2 tỷ 514 triệu",
        "done12 one2three 7eight nine-ten cinq, 3deux, une, onze; un peu, hai bên",
    ]
    checked = 0
    for folded in [*SENTENCES, *(fold(s) for s in own)]:
        found = [(m.span(), m.groupdict()) for m in number_matches(folded)]
        assert found == [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(folded)], folded
        checked += len(found)
    assert checked > 500


def windows(folded: str) -> list[tuple[int, int]]:
    """A dozen windows of the sentence, some cutting words."""
    n = len(folded)
    return [(a, b) for a in range(0, n, 23) for b in range(a + 5, n + 1, 29)][:12]


def test_the_period_needles_are_those_a_word_of_the_sentence_starts():
    """`needles_in` files needles by the first characters of their first word: it finds every
    needle that stands in the sentence where one of its words starts, and no other."""
    import re

    from etl.extract.period_patterns import NEEDLE_KEY, PATTERNS, needles_in

    needles = {n for needles, *_ in PATTERNS for n in needles}
    found = 0
    for folded in [*SENTENCES, "tinh den ngay 30/6/2019", "in the first 10 months of 2021"]:
        starts = {word[:NEEDLE_KEY] for word in re.findall(r"\w+", folded)}
        plain = {n for n in needles
                 if n in folded and re.findall(r"\w+", n)[0][:NEEDLE_KEY] in starts}  # fmt: skip
        assert needles_in(folded) == plain, folded
        found += len(plain)
    assert found > 50


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (r"(?<!\w)(?:as of|tinh den) (?P<d>\d+)", ("as of ", "tinh de")),
        (r"(?<!\w)(?:(?:in )?the first|h1)(?!\w)", ("h1", "in the ", "the fir")),
        (r"(?<!\w)(?:\d+ months|in)", None),  # a class may begin a match
        (r"(?<!\w)(?:in|x*y)", None),  # so may a repeat that can be skipped
        (r"(?<!\w)(?:in|inside)(?!\w)", ("in",)),  # "in" begins both
        # a literal goes on with what follows it: fewer places to try the regex at
        (r"(?<!\w)(?:in|for) (?:19|20)\d\d", ("for 19", "for 20", "in 19", "in 20")),
        (r"(?<!\w)(?:by|to) (?:the )?end", ("by end", "by the ", "to end", "to the ")),
    ],
)
def test_the_leading_literals_begin_every_match(pattern, leads):
    assert leading_literals(pattern) == leads


def test_alternatives_that_look_behind_are_tried_where_their_literal_ends():
    from etl.extract.leads import behind_split

    pattern = r"(?<!\w)(?:than|(?<=percent of )(?:\w+ ){0,3}?in (?:19|20)\d\d)"
    assert leading_literals(pattern) is None
    assert behind_split(pattern) == (("than",), ("percent of ",))
    assert behind_split(r"(?<!\w)(?:than|(?<=\d )in)") is None  # a class: no literal
    assert behind_split(r"(?:than|(?<=of )x?)") is None  # a match may be empty
    scan = LeadScan.of(re.compile(pattern))
    text = "7 percent of the total in 2019, less than 9 percent of all in 2020 than"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.regex.finditer(text)]
    assert len(list(scan.finditer(text))) == 4
