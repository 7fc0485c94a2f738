"""Extract the catalogue's key figures about the province from an article's text (pure).

The headline and lead set a frame (place, period, as-of date, topic) that later sentences
inherit or override (etl/extract/frame.py). Per amount: is it a figure at all (status.py),
whose is it (scope.py), which metric (metric.py), which period (frame.py), for which investor
country, with which qualifier; then repeats of one fact are merged. `explain_figures` also says
why each figure was decided so and why every other number was left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.extract.address_date import address_date
from etl.extract.amounts import MONEY, Amount, find_amounts
from etl.extract.catalogue import Catalogue, Metric
from etl.extract.counts import (
    DOMESTIC_COUNT,
    EVERY_KIND_IN_DONG,
    EVERY_KIND_SPLIT,
    NEW_AND_ADDED_COUNT,
    choose_count,
    joined_to_count,
    nothing_foreign,
    tells_projects_in_force,
)
from etl.extract.cues import (
    RESPECTIVELY_RE,
    THEY_RE,
    SentenceCues,
    partner_of,
    qualifier_of,
    read_cues,
    segments,
)
from etl.extract.dating import estimate_publication
from etl.extract.explain import ESTIMATED, Dropped, Explanation, Extraction, Reason, confidence
from etl.extract.frame import (
    DOMESTIC_WORDS_RE,
    Frame,
    at_a_quarters_end,
    carry,
    date_figure,
    month_of_window,
    names_foreign,
    quarter_of_window,
    raised_at_the_periods_end,
    story_paragraph_ended,
    this_year_so_far,
    this_year_to_its_day,
    year_so_far,
)
from etl.extract.merge import (
    Found,
    count_of_its_sum,
    headline_restated,
    merge_repeats,
    nothing_foreign_is_every_kind,
    one_value_each,
    parts_make_the_whole,
    parts_of_a_flow,
    respective_sum_of_new,
    share_names_its_whole,
    sibling_makes_new,
    split_after,
    split_by_origin_after,
    stock_below_flow,
    sum_metric,
    sum_of_its_count,
    sum_of_the_foreign_new,
    unstated,
    valid_over_all_time,
    well_dated,
)
from etl.extract.metric import (
    CURRENCY_PAIR_RULE,
    DOMESTIC_TOTAL,
    FROM_ARTICLE,
    NO_TOPIC,
    OWN_CLAUSE,
    RANKING_PART_RULE,
    SIZE_ONLY,
    Choice,
    Forced,
    choose_money,
    score_topics,
    sized_before,
)
from etl.extract.periods import PeriodMention, find_periods, the_year_of
from etl.extract.places import PROVINCE, Places, in_an_authoritys_name
from etl.extract.rates import THIS_FIGURE, choose_percent, signed_change
from etl.extract.scope import (
    PARTS_OF_THE_SUM_BEFORE_RE,
    carried_subject,
    currency_pair,
    respective_partners,
    respectively,
    scope_of,
)
from etl.extract.sentences import Sentence, split_sentences
from etl.extract.status import (
    COMPANY_MONEY,
    CONVERSION_REASON,
    IP_ONLY,
    OCCASION,
    PARK_TOPICS,
    PROJECTS_NOUN_RE,
    SPLIT_OPENER_RE,
    TARGET_REASON,
    Work,
    is_conversion,
    not_a_figure,
    percent_reason,
    period_of,
    period_of_its_sum,
    subset_reason,
)
from etl.models import Figure
from etl.textnorm import fold, nfc, spelled

# "Photo: …", "Ảnh: …", "Ảnh minh họa: …": a picture's caption, no sentence of the story
CAPTION_RE = re.compile(
    r"\s*(?:(?:illustrative )?photo(?: caption)?|ảnh(?: minh họa)?|anh|caption)\s*[:.-]", re.I
)
# "Industrial parks remained the main destination. Foreign firms committed X there": the place
# just named (not the existential "there were")
THERE_RE = re.compile(
    r"(?<=\w )(?:there|in them|tai day|o do)(?! (?:are|were|is|was|have|has|had|will|would))"
    r"(?!\w)"
)
ANAPHOR_RE = re.compile(
    r"\s*(?:they|their|these|those|of these|of them|among them|trong do|trong so (?:nay|do)"
    r"|cac du an nay|nhung du an nay"
    r"|(?:that|this|which) (?:includes|covers|would include)|cu the|specifically|ils|elles"
    r"|parmi eux|nguoc lai|conversely|so (?:von|tien) (?:nay|tren)|(?:this|that|the) (?:sum|amount)"
    r"|ce montant|it(?= (?:has|had|is|was|now|currently|also|so far)))(?!\w)"
)
# the words that head a box of other stories' headlines
RELATED_MARKERS = (
    r"related (?:news|articles|stories|posts)|read more|see also|more news|tin li[eê]n quan"
    r"|b[aà]i li[eê]n quan|xem th[eê]m|tin c[uù]ng chuy[eê]n m[uụ]c|lire aussi"
)
RELATED_RE = re.compile(
    rf"^[ \t]*(?:{RELATED_MARKERS})[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
)
# "Tin liên quan: Kinh tế Đồng Nai giữ đà khởi sắc | Năm 2019: …", ">> Binh Duong, un géant
# national de l'exportation": a line of other stories' headlines after its marker
RELATED_LINE_RE = re.compile(
    rf"^[ \t]*(?:(?:{RELATED_MARKERS}|related|[đd][oọ]c th[eê]m)[ \t]*:|>>)[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a sentence whose numbers were all left out and which names a subset ("chấm dứt hoạt động",
# "per capita"): what "of these" opens next is that subset's part
SUBSET_TOPIC = "subset"
SUBSET_BEFORE = "a part of the subset the sentence before names"
CUT_OFF = "own-period/ytd"  # a flow dated by its own as-of date ("as of August 15")
MAX_TEXT_CHARS = 200_000  # a longer text is read to here: extraction stays linear and bounded
THE_QUARTER_RE = re.compile(r"\s?(?:in|for|during|over|of) the quarter(?!\w)")
# "Capital registered … in the month came to X", "Tháng này có 3 dự án …", "Ce mois-ci, …": the
# last month of the report's window, unnamed
THE_MONTH_RE = re.compile(
    r"(?<!\w)(?:(?:in|for|during|over|of) the month|thang nay|ce mois-ci)(?!\w)"
)
SUM_ANAPHOR_RE = re.compile(
    r"(?<!\w)(?:(?:the|this|that) (?:sum|amount|figure|total|result)|(?:con )?so (?:nay|tren)"
    r"|ket qua (?:nay|tren)"
    r"|so (?:von|tien) (?:nay|tren)|(?:kim ngach|muc|gia tri) (?:nay|tren)|ce montant"
    r"|(?:^\s*|^according to [^,]{3,60}, )(?:that|this|it) (?:represented|represents"
    r"|was|is|marked|marks|meant|means))(?!\w)"
)
MONTH_COMPARISON_CHARS = 60  # "2,533 tỷ USD, cao hơn tháng trước 7,1%"
MAX_SENTENCE_CHARS = 2_000  # a longer "sentence" is markup or a table dump, read in pieces


def extract_figures(
    body: str, published: date | None, lang: str, catalogue: Catalogue, places: Places,
    *, title: str | None = None, address: str | None = None,
) -> list[Figure]:  # fmt: skip
    """The key figures an article states about the province.

    Args:
        body: the article's paragraphs.
        published: the publication date (local), which relative periods are read against.
        lang: "en", "vi" or "fr" (decides the usual reading of "4.008" and "42,7").
        catalogue: metrics and cue words.
        places: the tracked province's places and the others'.
        title: the headline, read first; character offsets count from its start when given.
        address: the article's URL, whose date is read when `published` is None.

    Returns:
        Figures with the sentence and character span they came from, repeats merged.
    """
    found = explain_figures(body, published, lang, catalogue, places, title=title, address=address)
    return list(found.figures)


def explain_figures(
    body: str, published: date | None, lang: str, catalogue: Catalogue, places: Places,
    *, title: str | None = None, address: str | None = None, roundup: bool = False,
) -> Extraction:  # fmt: skip
    """Like `extract_figures`, with each figure's explanation and every number left out; in a
    `roundup` of many places, what no sentence names the province for is another place's
    (`scope.scope_of`)."""
    page_text = _without_related(nfc(f"{title}\n\n{body}" if title else body)[:MAX_TEXT_CHARS])
    text = spelled(page_text)
    sentences = [s for s in _pieces(split_sentences(text)) if not CAPTION_RE.match(s.text)]
    texts = [s.text for s in sentences]
    estimated = None if published else estimate_publication(texts, address_date(address))
    published = published or estimated
    periods = [find_periods(s.text, published) if published else None for s in sentences]
    frame = Frame(published, article_period=_first_period(periods),
                  published_estimated=estimated is not None)  # fmt: skip
    if title:
        frame = frame.but(ip_article=_about_parks(nfc(title), lang, catalogue),
                        district_article=_about_district(title, places))  # fmt: skip
    frame = frame.but(main_place=_main_place(sentences, places, catalogue), roundup=roundup)
    found: list[Found] = []
    dropped: list[Dropped] = []
    for sentence, known in zip(sentences, periods, strict=True):
        is_title = bool(title) and sentence.paragraph == 0
        mentions = known if known is not None else find_periods(sentence.text, None, frame.year)
        mentions = the_year_of(mentions, frame.flow_period or frame.article_period)
        frame = _read_sentence(sentence, mentions, lang, catalogue, places, frame, is_title, found,
                               dropped)  # fmt: skip
    found, dropped = headline_restated(found, dropped)
    merged = merge_repeats(stock_below_flow(found, catalogue), catalogue, published)
    kept, dropped = one_value_each(merged, dropped, catalogue)
    kept, dropped = parts_of_a_flow(kept, dropped)
    kept, dropped = split_after(kept, dropped, catalogue)
    kept, dropped = valid_over_all_time(kept, dropped)
    kept, dropped = parts_make_the_whole(kept, dropped, catalogue)
    kept, dropped = split_by_origin_after(kept, dropped, catalogue)
    kept = respective_sum_of_new(sibling_makes_new(kept, catalogue), catalogue)
    kept = sum_of_the_foreign_new(kept, text, catalogue)
    kept = share_names_its_whole(kept, text, catalogue)
    kept, dropped = unstated(kept, dropped)
    kept, dropped = nothing_foreign_is_every_kind(kept, dropped)
    kept, dropped = well_dated(kept, dropped)
    return Extraction(tuple(_as_written(f.figure, text, page_text) for f in kept),
                      tuple(f.explanation for f in kept), tuple(dropped))  # fmt: skip


MIXED_CAPITAL = "the capital of projects of every kind (the foreign ones are counted after)"
DONG_CAPITAL = "the capital of projects of every kind, in đồng (nothing foreign is named)"


def _domestic_capital(outcome: tuple | str, catalogue: Catalogue, amount) -> tuple | str:
    """The outcome with the domestic capital metric of the amount's currency, when there is one
    (rule domestic-count-carries-its-sum)."""
    metric_id = sum_metric(catalogue, "domestic", "flow", amount.unit)
    metric = catalogue.metric(metric_id) if metric_id else None
    if metric is None or not any(metric.accepts(v) for v in amount.readings):
        return outcome
    why = "domestic-count-carries-its-sum"
    if isinstance(outcome, str):  # no topic near it: the count's is the only one
        return (Choice(metric, "domestic projects", why, 1.0, 1.0), OWN_CLAUSE)
    choice, scope_rule = outcome
    return (Choice(metric, "domestic projects", why, choice.score, choice.margin), scope_rule)


def _capital_of_the_projects(
    work: Work, index: int, projects_before: tuple[int, Found], catalogue: Catalogue
) -> tuple | None:
    """ "avec 218 projets totalisant 2,69 milliards de dollars", "4.191 projets … venus de 65 pays
    et territoires, pour un capital social cumulé de X": a sum no topic's words claim, joined to
    the foreign projects counted before it (only counts between), is their capital, of the
    count's kind (rule count-names-its-sum; the count's date is the sum's, merge.py)."""
    at, count = projects_before
    counted = catalogue.metric(count.figure.metric)
    amount = work.amounts[index]
    if counted.noun != "fdi_projects" or any(
        a.unit is not None for a in work.amounts[at + 1 : index]
    ):
        return None
    if not joined_to_count(work.cues.folded[work.amounts[at].end : amount.start]):
        return None
    metric_id = sum_metric(catalogue, counted.topic or "fdi", counted.kind, amount.unit or "")
    metric = catalogue.metric(metric_id) if metric_id else None
    if metric is None or not any(metric.accepts(v) for v in amount.readings):
        return None
    return (Choice(metric, "the projects counted before it", "count-names-its-sum", 1.0, 1.0),
            OWN_CLAUSE)  # fmt: skip


# "The province is now home to … 605 domestic projects worth more than 307 trillion VND", "Đến
# nay, toàn tỉnh có 2.164 dự án trong nước với số vốn đăng ký …": the domestic projects' capital
# to date, a stock the catalogue has no metric for (domestic-stock-is-no-flow)
DOMESTIC_STOCK_RE = re.compile(
    r"(?<!\w)(?:now|currently|hien (?:co|nay)|dang co|(?<!dau nam )den nay|to date"
    r"|so far(?! this year)"
    # (not "issued certificates to 69 projects in total: 40 domestic ones …", a period's split)
    r"|home to|host(?:s|ed|ing)|a ce jour|a l.heure actuelle|compte|in total(?!\s*:)"
    r"|(?:province|city|it) (?:now |also |still )?count(?:s|ed)"
    # "The province had 697 domestic investment projects with …", "Jusqu'à présent, …": held
    r"|(?:province|city|locality|it) (?:now |also |still )?ha(?:s|d)(?= (?:(?:more than|over|nearly"
    r"|about|some|a total of) )?\d)|jusqu.(?:a present|ici|a aujourd.hui)"
    r"|(?:luy ke|cong don)(?! (?:tu dau nam|\w+ thang))"
    r"|since (?:it began|the [\w ]{1,20} law)|still valid|con hieu luc)(?!\w)"
)
DOMESTIC_STOCK = "the capital of the domestic projects to date (a stock; no catalogue metric)"
DOMESTIC_ELSEWISE = "the capital of domestic projects, in a currency no domestic metric has"
UNFOREIGN_CONVERSION = "a đồng sum restated in dollars, nothing foreign named before it (not FDI)"


def _in_a_flows_time(work: Work, index: int, frame: Frame) -> bool:
    """The sum's own time phrase is a span of months ("in the first half"), or it has none and
    the article speaks of a period; not "tính đến cuối năm 2023", "as of April 30" or "jusqu'en
    août", which date what is held then."""
    own = period_of(work, index, "flow")
    if own is None:
        return frame.in_a_period
    return own.kind in ("range", "ytd", "same") and not own.stock


def _parts_of_a_stock(frame: Frame, work: Work, amount: Amount, catalogue: Catalogue) -> bool:
    """ "Tính lũy kế …, có 1.591 dự án. Trong đó, khối trong nước gồm 1.177 dự án với vốn X": a
    sentence with no time of its own that splits the total to date told before it; its domestic
    part's capital in đồng is to date too (domestic-stock-is-no-flow)."""
    return (
        bool(frame.stock_context)
        and not work.periods
        and SPLIT_OPENER_RE.match(work.cues.folded) is not None
        and amount.unit is not None
        and sum_metric(catalogue, "domestic", "flow", amount.unit) is not None
    )


def _named_domestic(folded: str, count_start: int) -> bool:
    """Domestic words stand from the count's clause (after the last semicolon before it) to the
    sentence's end, and no "respectively" pairs its sums with other counts ("gồm 397 dự án FDI
    và 808 dự án trong nước, với vốn tương ứng X USD và Y")."""
    clause = folded.rfind(";", 0, count_start) + 1
    return bool(DOMESTIC_WORDS_RE.search(folded, clause)) and not RESPECTIVELY_RE.search(folded)


def _unforeign_conversion(work: Work, index: int, metric: Metric) -> bool:
    """ "licensed 32 new projects worth VND5.45 trillion ($228 million)": a sum registered in
    đồng and restated in dollars is foreign capital only where its sentence names foreign
    investment before it ("of which FDI made up 11.9 trillion VND (523.6 million USD)")
    (unforeign-conversion)."""
    if not (metric.partner and metric.unit == "USD") or index == 0:
        return False
    before = work.amounts[index - 1]
    if before.unit != "VND" or not is_conversion(work, index):
        return False
    partners = [c for c in work.cues.partners if c.end <= before.start]
    return not names_foreign(work.cues.folded[: before.start], partners)


def _second_of_two_parts(amounts: list, index: int, folded: str) -> bool:
    """ "gồm 22 dự án trong KCN và 49 dự án ngoài KCN, với tổng vốn …": the count closes a pair
    of parts, and the sum after it is the whole's."""
    return bool(
        index
        and amounts[index - 1].unit is None
        and PAIR_JOIN_RE.search(folded, amounts[index - 1].end, amounts[index].start)
    )


PAIR_JOIN_RE = re.compile(r"(?<!\w)(?:va|and|et)(?!\w)")


def _as_written(figure: Figure, text: str, page_text: str) -> Figure:
    """The figure with its phrase and sentence as the page wrote them: `text` is `page_text`
    respelled at the same offsets (rule one-spelling)."""
    if text == page_text:
        return figure
    at = text.rfind(figure.sentence, 0, figure.char_start + len(figure.sentence))
    sentence = page_text[at : at + len(figure.sentence)] if at >= 0 else figure.sentence
    return replace(figure, text=page_text[figure.char_start : figure.char_end], sentence=sentence)


def _without_related(text: str) -> str:
    """The story without its "Related news" / "Tin liên quan" boxes: a box of other headlines
    runs from its marker to the next line that reads as a paragraph of the story, or to the end
    (rule related-box); a marker with its headlines on the same line ("Tin liên quan: …", ">> …")
    blanks that line alone, keeping every later offset."""
    text = RELATED_LINE_RE.sub(lambda m: " " * len(m.group()), text)
    kept = []
    while match := RELATED_RE.search(text):
        kept.append(text[: match.start()])
        lines = text[match.end() :].split("\n")
        resumes = next((i for i, line in enumerate(lines) if _story_line(line.strip())), None)
        text = "\n".join(lines[resumes:]) if resumes is not None else ""
    return "".join(kept) + text


STORY_LINE_CHARS = 100  # a headline in a box is shorter, or has no full stop
BOX_ITEM_MARKS = ("-", "–", "•", "*", "+", "»")


def _story_line(line: str) -> bool:
    return (
        len(line) >= STORY_LINE_CHARS
        and not line.startswith(BOX_ITEM_MARKS)
        and line[-1] in '.!?…"”'
    )


def _first_period(periods: list[list[PeriodMention] | None]) -> PeriodMention | None:
    """The first period of a flow the article names (for the article-period rule); "so far this
    year" first leaves the headline's figures to the year so far."""
    for mentions in periods:
        for mention in mentions or ():
            if mention.kind == "ytd" and not mention.future:
                return mention
            if mention.kind == "range" and not mention.future and mention.end:
                return mention
    return None


def _main_place(sentences: list[Sentence], places: Places, catalogue: Catalogue) -> str:
    """Whose story it is: the province when the headline or the lead names it ("Vốn quý ở Đông
    Nam Bộ" over a lead about the province), else the first other province they name. A region
    is no province: "the province" in a story about the Southeast is the province named."""
    region = catalogue.words["regions"].regex
    labels = [c.label for sentence in sentences[:2]
              for folded in [fold(sentence.text)]
              for c in places.find(sentence.text, folded)
              if c.label in (PROVINCE, "other")
              and not region.fullmatch(folded, c.start, c.end)]  # fmt: skip
    return PROVINCE if PROVINCE in labels or not labels else labels[0]


DISTRICT_WORD_RE = re.compile(
    r"\s?(?:district|town|city|commune)\b|(?:huyen|thi xa|thanh pho|thi tran|xa|tp\.?)\s?$"
)


def _about_district(title: str, places: Places) -> bool:
    """The headline's place is a district or town inside the province ("Bau Bang district
    courts investors", "Huyện Bàu Bàng thu hút ..."), and the province itself is not named."""
    folded = fold(title)
    cues = places.find(title, folded)
    if not cues or any(c.label == PROVINCE and not c.inner for c in cues):
        return False
    first = cues[0]
    return first.inner and bool(
        DISTRICT_WORD_RE.match(folded, first.end)
        or DISTRICT_WORD_RE.search(folded[max(0, first.start - 12) : first.start])
    )


def _about_parks(title: str, lang: str, catalogue: Catalogue) -> bool:
    """The headline's first topic, before any figure of it, is the industrial parks ("X's
    industrial parks raise FDI"; not "Nhật Bản đã rót 5,2 tỷ USD vào tỉnh dẫn đầu … về số khu
    công nghiệp": the figure comes first)."""
    folded = fold(title)
    firsts = sorted(
        (m.start(), name) for name, pattern in catalogue.topics.items()
        if name not in catalogue.blocking and (m := pattern.search(folded))
    )  # fmt: skip
    if not firsts or firsts[0][1] != "industrial_parks":
        return False
    return not any(a.is_money and a.start < firsts[0][0] for a in find_amounts(title, lang))


def _size_of_rate_topic(
    work: Work, index: int, frame: Frame, catalogue: Catalogue, outcome: str
) -> bool:
    """ "GRDP came to VND 260.3 trillion, up 8.02%": a sum left out for want of a metric, whose
    own clause names a sized topic (the catalogue has its growth, not its size), is that size;
    the change after it is the growth (rule change-of-a-size). So is a sum no word before it in
    its sentence names, when the sized topic was named last and the sentence splits it by
    quarter or names it again ("GRDP 6 tháng đạt X, tăng a%. Chia theo quý, quý I là Y, tăng
    b%": the quarter's size; "quy mô này lên tới X")."""
    if outcome not in (NO_TOPIC, SIZE_ONLY):
        return False
    if sized_before(work, index, catalogue):
        return True
    start = work.amounts[index].start
    return (
        outcome == NO_TOPIC
        and frame.topic in catalogue.sized
        and not work.cues.topic_before(start)
        and SIZE_AGAIN_RE.search(work.cues.folded, 0, start) is not None
    )


# the size named last is split by quarter or month, or named again: "Chia theo quý, quý I là X",
# "Sang năm 2023, quy mô này lên tới X", "By quarter, …"
SIZE_AGAIN_RE = re.compile(
    r"(?<!\w)(?:(?:chia|tinh|xet) theo (?:quy|thang)|by quarter|quarter by quarter|par trimestre"
    rf"|quy mo (?:nay|do)|this size|ce niveau|{THIS_FIGURE})(?!\w)"
)


# "65 domestic projects worth VND3,500 billion": a count of domestic projects, whatever the
# catalogue's nouns say of it
DOMESTIC_NOUN_AFTER_RE = re.compile(
    # "45 were domestic projects": the count's noun after "were"
    r"\s+(?:(?:were|are) )?(?:more |new |other )?(?:domestic(?:ally[- ]funded)?|local)"
    r" (?:investment )?projects"
    r"|\s+du an (?:dau tu )?trong nuoc|\s+projets (?:d.investissement )?(?:nationaux|domestiques)"
)
# "X, trong đó xuất khẩu Y", "X, of which exports were Y": Y is a part of X (of-which-part)
PART_OF_IT_RE = re.compile(
    r"[\s,;(]*(?:trong do|of which|including|dont|among which|parmi lesquels)\W+"
    r"(?:[^\d;.]{0,40})"
)


# "12 dự án FDI, tăng 78,8% so với cùng kỳ, với tổng vốn đầu tư đăng ký X": the count's change
# between a count and its sum
CHANGE_CLAUSE_RE = re.compile(
    r",\s*(?:tang|giam|up|down|an increase of|a rise of)\s+[\d.,]+\s?(?:%|percent|per cent)"
    r"(?:\s+(?:so (?:voi )?cung k[iy](?: nam truoc)?|year[- ]on[- ]year|on the same period"
    r"(?: last year)?))?(?=,)"
)


# "Binh Duong came fourth with $1.74bn", "khu vực Bình Dương (cũ) đạt 2,1 tỷ USD": the province,
# by its name, is the subject of the amount's short clause (not "in Hậu Giang", not "Lào Cai, …")
NAMED_SUBJECT_CLAUSE_RE = re.compile(r"[^,;:.()\d]{0,28}(?:\(cu\)[^,;:.()\d]{0,12})?")
PLACE_OBJECT_RE = re.compile(r"(?<!\w)(?:in|at|to|for|from|into|tai|o|vao|den|a|en|dans)\s+$")


# "Spread over a total planned area of 12,746 hectares", "Tổng vốn cấp mới và tăng thêm đạt X",
# "Investors registered X": the words right before the amount name the quantity its metric
# measures, though not whose it is (the article's topic says that)
AREA_BEFORE_RE = re.compile(r"(?<!\w)(?:area|dien tich|superficie|surface)[^,;:.\d]{0,20}$")
CAPITAL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:von|capital|capitaux|registered|dang ky)[^,;:.\d]{0,30}$"
)

# "kim ngạch" (turnover), the word for the value of trade: a trade figure's own quantity, named
# before it or before the run it closes
TRADE_METRICS = ("exports_", "imports_", "trade_")
TURNOVER_CHARS = 60
TURNOVER_BEFORE_RE = re.compile(  # (not "kim ngạch hai chiều", "trade turnover": both ways)
    r"(?<!\w)(?:kim ngach(?! hai chieu| xuat nhap khau| thuong mai)|(?<!trade )turnover)(?!\w)"
    r"[^;:]*$"
)


def _quantity_named(folded: str, amount, metric_id: str) -> bool:
    """The quantity of the metric is named in the words just before the amount."""
    if amount.unit == "ha":
        return bool(AREA_BEFORE_RE.search(folded, 0, amount.start))
    if metric_id.startswith(TRADE_METRICS):  # "với kim ngạch lần lượt 5,6 tỷ USD, 5,3 tỷ USD"
        start = max(0, amount.start - TURNOVER_CHARS)
        return bool(TURNOVER_BEFORE_RE.search(folded, start, amount.start))
    return "capital" in metric_id and bool(CAPITAL_BEFORE_RE.search(folded, 0, amount.start))


def _subject_named(work: Work, index: int) -> bool:
    """The province, named (not "the province", not "tỉnh"), stands as the subject right before
    the amount, with no punctuation between (rule named-subject-owns-it)."""
    amount, folded = work.amounts[index], work.cues.folded
    return any(
        c.label == PROVINCE
        and not c.generic
        and NAMED_SUBJECT_CLAUSE_RE.fullmatch(folded, c.end, amount.start)
        and not PLACE_OBJECT_RE.search(folded, max(0, c.start - 8), c.start)
        for c in work.cues.places
        if c.end <= amount.start
    )


def _count_just_before(amounts: list, count: int, index: int) -> bool:
    """The count stands right before the sum, or only its change stands between them."""
    return count == index - 1 or (count == index - 2 and amounts[index - 1].unit == "percent")


def _a_subsets(outcome: object, catalogue: Catalogue) -> bool:
    """Left out as a subset's (not as a sum of catalogue figures, whose parts are figures)."""
    return isinstance(outcome, str) and "subset" in outcome and not _of_a_sum(outcome, catalogue)


def _of_a_sum(reason: str, catalogue: Catalogue) -> bool:
    """Left out for a cue of a sum of catalogue figures ("tổng kim ngạch xuất nhập khẩu"): the
    "Trong đó, xuất khẩu …" after it are its parts, the province's figures (rule sum-parts)."""
    return getattr(reason, "topic", None) in catalogue.sums


def _signed(metric: Metric) -> bool:
    """A change, or a rate the catalogue lets fall below zero ("the IIP fell 2.3 percent" is
    growth of -2.3): its sign comes from the words."""
    return metric.change or (metric.min is not None and metric.min < 0)


def _pieces(sentences: list[Sentence]) -> list[Sentence]:
    """Cut run-away sentences so that the work per sentence stays bounded."""
    out = []
    for s in sentences:
        for offset in range(0, len(s.text), MAX_SENTENCE_CHARS):
            out.append(Sentence(s.text[offset : offset + MAX_SENTENCE_CHARS], s.start + offset,
                                s.paragraph))  # fmt: skip
    return out


def _read_sentence(sentence, periods, lang, catalogue, places, frame, is_title, found, dropped):
    frame = story_paragraph_ended(frame, sentence.paragraph)
    amounts = find_amounts(sentence.text, lang)
    cues = read_cues(sentence.text, catalogue, places, light=not amounts, this=frame.main_place)
    if not frame.foreign_named and names_foreign(cues.folded, cues.partners):
        frame = frame.but(foreign_named=True)
    if frame.domestic and ANOTHER_ITEM_RE.match(cues.folded):  # domestic-carries, but not to
        frame = frame.but(domestic=False)  # "En outre, 44 projets déjà en activité …"
    if (
        sentence.paragraph != frame.paragraph
        and frame.place == "other"
        and not PARTS_OF_THE_SUM_BEFORE_RE.match(cues.folded)
    ):
        # another province's aside ends with its paragraph; a section under its name goes on
        frame = frame.but(place=frame.section_place or frame.main_place)
    if not amounts and _place_heading(sentence.text, cues):  # "TP. HCM" over its section
        frame = frame.but(section_place=cues.scope())
    if not amounts:  # a sentence without numbers only moves the frame on
        parks = catalogue.words["ip_subset"].match(cues.folded)  # "Industrial zones took the
        return carry(frame, cues, periods, sentence.paragraph, catalogue.blocking,  # lion's share"
                     IP_ONLY if parks else None, figures=False)  # fmt: skip
    segs = segments(cues.folded, amounts)
    bare = Work(cues, amounts, periods, segs)
    topics, scopes = respectively(bare, catalogue, places)
    topics = {**currency_pair(bare, catalogue, frame.projects_named), **topics}
    money: tuple[str | None, bool] = (None, False)  # the last sum's topic, and whether kept
    sum_before = None
    last_sum = _last_sum_of_the_sentence_before(found)
    if _sum_anaphor(cues.folded, amounts[0].start) and last_sum is not None:
        money = (catalogue.metric(last_sum.figure.metric).topic, True)  # "The sum is ... up 8%"
        sum_before = (last_sum.figure.value, last_sum.figure.unit)
    work = Work(cues, amounts, periods, segs, respective_partners(bare), sum_before)
    partner: str | None = None
    carried = (
        frame.subset
        if (ANAPHOR_RE.match(cues.folded) and not _dated_anew(periods, amounts[0].start))
        or _ranking_of(cues, periods, frame)
        or (
            frame.subset == IP_ONLY and (THEY_RE.match(cues.folded) or THERE_RE.search(cues.folded))
        )
        else None
    )
    if carried and carried.startswith(TARGET_REASON) and REALIZED_RE.search(cues.folded):
        carried = None  # "… plans provide for 39 industrial parks. Of these, 33 have been
        # established and 31 are now operating": what stands today is no plan (realized-part)
    subset: str | None = None
    kept: list[str] = []  # the kinds of the figures kept
    planned = 0
    projects_left_out = False  # a count of projects was left out
    cut_off: tuple = ()  # a flow dated by an as-of date of its own: the period to that date
    currency_missed = -1  # the index of a sum whose currency no metric of its topic has
    unspoken = False  # that sum had no topic of its own: its conversion takes none from afar
    last_sum = (-1, False)  # the index of the last sum of money, and whether one company's
    count_before: tuple[int, Found] | None = None  # the last count kept, and its index
    projects_before: tuple[int, Found] | None = None  # the last count of projects kept
    sum_before_it: tuple[int, Found] | None = None  # the last sum kept, and its index
    subset_count = -1  # the index of the last count left out as a subset
    subset_sum = -1  # the index of the last sum of money left out as a subset
    mixed_count = -1  # the index of the last count of projects of every kind
    dong_count = -1  # the index of the last count of projects of every kind worth đồng
    domestic_count = -1  # the index of the last count of domestic projects
    for index, amount in enumerate(amounts):
        if index not in topics:
            run = _rate_run(work, index, found, sentence.start, catalogue)
            if run is not None:
                topics[index] = run
        outcome = _decide(work, index, frame, catalogue, topics, scopes, money,
                          original_kept=currency_missed != index - 1)  # fmt: skip
        if (
            not isinstance(outcome, str)
            and amount.is_money
            and subset_count == index - 1
            and (joined_to_count(cues.folded[amounts[index - 1].end : amount.start]))
            and not _second_of_two_parts(amounts, index - 1, cues.folded)
        ):  # "thu hồi 35 dự án có tổng vốn đầu tư 92,9 triệu USD": the revoked projects' capital
            outcome = "the capital of the projects counted before it, a subset"
        if (
            (not isinstance(outcome, str) or outcome == NO_TOPIC)
            and amount.is_money
            and mixed_count == index - 1
            and joined_to_count(cues.folded[amounts[index - 1].end : amount.start])
            and getattr(topics.get(index), "rule", None) != CURRENCY_PAIR_RULE
        ):  # "796 projets … dotés d'un capital de 24,57 milliards, dont 55 projets d'IDE"; not
            # "26 projects with 4.35 trillion VND and 104 million USD, including six FDI projects"
            outcome = MIXED_CAPITAL
        elif (
            amount.is_money
            and index
            and dropped
            and dropped[-1].reason == MIXED_CAPITAL
            and dropped[-1].char_start == sentence.start + amounts[index - 1].start
            and is_conversion(work, index)
        ):  # "… 3.702 milliards de dôngs (159 millions de dollars), dont un étranger"
            outcome = MIXED_CAPITAL
        if (
            not isinstance(outcome, str)
            and outcome[0].rule in FROM_ARTICLE
            and amount.is_money
            and dong_count >= 0
            and dong_count == index - 1
            and outcome[0].metric.topic != "domestic"
        ):  # "cấp mới 115 dự án và điều chỉnh 147 lượt dự án, tổng vốn cấp mới và tăng thêm hơn
            # 39.300 tỷ đồng" in a report that led with the budget: no budget revenue (in one that
            # leads with domestic investment, the sum in đồng is that investment's)
            outcome = DONG_CAPITAL
        if (
            (
                not isinstance(outcome, str)
                or outcome == NO_TOPIC
                or (outcome == DOMESTIC_TOTAL and _in_a_flows_time(work, index, frame))
            )
            and amount.is_money
            and domestic_count == index - 1
            and joined_to_count(cues.folded[amounts[index - 1].end : amount.start])
        ):  # "197 dự án trong nước với tổng vốn đăng ký 46.740 tỷ đồng": their capital
            if not sum_metric(catalogue, "domestic", "flow", amount.unit) and _named_domestic(
                cues.folded, amounts[index - 1].start
            ):
                outcome = DOMESTIC_ELSEWISE  # "322 domestic projects worth 4.2 billion USD"
            elif not cues.has(catalogue.words["stock_strong"], 0, amount.start):
                outcome = (
                    DOMESTIC_STOCK
                    if DOMESTIC_STOCK_RE.search(cues.folded, 0, amount.start)
                    or _parts_of_a_stock(frame, work, amount, catalogue)
                    else _domestic_capital(outcome, catalogue, amount)
                )
        if outcome == NO_TOPIC and amount.is_money and projects_before is not None:
            outcome = _capital_of_the_projects(work, index, projects_before, catalogue) or outcome
        if (
            not isinstance(outcome, str)
            and amount.is_money
            and subset_sum >= 0
            and PART_OF_IT_RE.fullmatch(cues.folded, amounts[subset_sum].end, amount.start)
        ):  # "các doanh nghiệp FDI … doanh thu 246 triệu USD, trong đó xuất khẩu 77 triệu USD"
            outcome = "a part of a subset's sum (of which)"
        if amount.is_money:
            subset_sum = index if _a_subsets(outcome, catalogue) else -1
        if amount.unit is None:
            subset_count = index if isinstance(outcome, str) and "subset" in outcome else -1
            mixed_count = index if outcome == EVERY_KIND_SPLIT else -1
            dong_count = index if outcome == EVERY_KIND_IN_DONG else -1
            domestic = outcome == DOMESTIC_COUNT or DOMESTIC_NOUN_AFTER_RE.match(
                cues.folded, amount.end
            )
            domestic_count = index if domestic else -1
        if isinstance(outcome, str) and amount.is_money and _no_metric_in_its_currency(outcome):
            currency_missed = index
            unspoken = outcome == NO_TOPIC and not _size_of_rate_topic(
                work, index, frame, catalogue, outcome
            )
        elif currency_missed == index - 1 and unspoken and _read_from_article(outcome):
            outcome = "the conversion of a sum no catalogue topic near it speaks of"
        if not isinstance(outcome, str) and _unforeign_conversion(work, index, outcome[0].metric):
            outcome = UNFOREIGN_CONVERSION
        if not isinstance(outcome, str):
            outcome = _whole_subset(work, index, frame, outcome, carried)
        if not isinstance(outcome, str) and _next_company(work, index, last_sum, sentence):
            outcome = COMPANY_LIST
        if amount.is_money:
            last_sum = (index, isinstance(outcome, str) and outcome.startswith(COMPANY_MONEY))
        if (
            isinstance(outcome, str)
            and any(w in outcome for w in ("subset", "ceremony", "item"))
            and not _of_a_sum(outcome, catalogue)
        ):
            subset = outcome
        if isinstance(outcome, str):
            planned += outcome.startswith(TARGET_REASON)
            projects_left_out |= (
                amount.unit is None
                and outcome != NEW_AND_ADDED_COUNT  # a whole whose parts follow
                and bool(PROJECTS_NOUN_RE.match(cues.folded, amount.end))
            )
            text = sentence.text[amount.start : amount.end]
            dropped.append(Dropped(text, outcome, sentence.text, sentence.start + amount.start,
                                   amount.value, is_title))  # fmt: skip
            if (
                amount.is_money
                and outcome != CONVERSION_REASON  # "1.37 quadrillion VND (59.4 billion USD)"
                and not _size_of_rate_topic(work, index, frame, catalogue, outcome)
            ):
                money = (money[0] or "?", False)
            partner = _lent_partner(work, index, catalogue)
            continue
        previous = (amounts[index - 1], partner) if index else (None, None)
        figure, explanation = _build(work, index, frame, catalogue, outcome, sentence, previous)
        partner = figure.partner
        if amount.is_money:
            money = (outcome[0].metric.topic, True)
        its_count = None  # the count kept just before the sum, and the words between them
        if count_before is not None and _count_just_before(amounts, count_before[0], index):
            between = cues.folded[amounts[count_before[0]].end : amount.start]
            its_count = (count_before[1], CHANGE_CLAUSE_RE.sub("", between))
        anchored = explanation.metric_rule in FROM_ARTICLE and (
            period_of(work, index, figure.kind) is not None  # "this year", read as the lead's
            or figure.partner is not None  # "Japan comes second with US$629 million"
            or (its_count is not None and joined_to_count(its_count[1]))  # "N projects worth X"
            or _subject_named(work, index)
            or _quantity_named(cues.folded, amount, figure.metric)
        )
        unforeign = catalogue.metric(figure.metric).noun == "fdi_projects" and nothing_foreign(
            work, frame
        )
        item = Found(figure, explanation, is_title, amount.digits, anchored, unforeign)
        if its_count is not None:
            item = sum_of_its_count(its_count[0], item, its_count[1], catalogue)
        if amount.unit is None and sum_before_it is not None and sum_before_it[0] == index - 1:
            gap = cues.folded[amounts[index - 1].end : amount.start]
            item = count_of_its_sum(sum_before_it[1], item, gap, catalogue)
        count_before = (index, item) if amount.unit is None else None
        if catalogue.metric(figure.metric).noun == "fdi_projects":
            projects_before = (index, item)
        sum_before_it = (index, item) if amount.is_money else None
        found.append(item)
        # a count of investor countries is a total whatever the article speaks of: no evidence,
        # unless its sentence says so ("Investors from 14 countries now have projects here")
        by_nature = outcome[0].metric.noun == "countries" and not cues.has(
            catalogue.words["stock"], 0, len(cues.folded)
        )
        kept.append("stock by nature" if by_nature else item.figure.kind)
        if outcome[0].metric.noun not in (None, "countries"):  # "1,515 projects ... China
            frame = _with(frame, counted=outcome[0].metric.id)  # accounts for 432 of them"
        if not cut_off and figure.kind == "flow" and explanation.period_rule.startswith(CUT_OFF):
            cut_off = (figure.period_start, figure.period_end)
    if planned and not kept and not subset:  # "the plan rises to 19 IPs. That includes ..."
        subset = f"{TARGET_REASON} (the sentence before)"
    if not kept and not subset and projects_left_out and _names_a_subset(cues):
        subset = SUBSET_BEFORE  # "chấm dứt … 9 dự án. Trong số đó có 07 dự án FDI"
    if not kept and not subset and catalogue.words["ip_subset"].search(cues.folded):
        subset = IP_ONLY  # "... vào các KCN ...: đạt 99,34% kế hoạch năm. Cụ thể, có 25 dự án ..."
    its_figures = found[len(found) - len(kept) :]  # what this sentence kept
    frame = _with(frame, whole_province=_whole_province(
        cues, its_figures, catalogue, frame.whole_province))  # fmt: skip
    return carry(frame, cues, periods, sentence.paragraph, catalogue.blocking, subset or carried,
                 plan_only=planned > 0 and not kept, cut_off=cut_off,
                 first_amount=amounts[0].start, kept=tuple(kept),
                 measured=any(a.unit is not None for a in amounts),
                 in_force=tells_projects_in_force(cues.folded),
                 quarterly=_quarterly_only(its_figures, catalogue),
                 ranked_part=_ranked_part(its_figures, catalogue))  # fmt: skip


def _quarterly_only(kept: list[Found], catalogue: Catalogue) -> bool:
    """The sentence kept figures, all of metrics compiled per quarter (GRDP)."""
    return bool(kept) and all(catalogue.metric(f.figure.metric).quarterly for f in kept)


def _with(frame: Frame, **changes) -> Frame:
    """`replace`, but the same frame when it already holds the changes (the usual case: a
    copy of the frame's many fields costs more than the test)."""
    if all(getattr(frame, name) == value for name, value in changes.items()):
        return frame
    return frame.but(**changes)


# what stands or runs today: the parts of a plan already realized
REALIZED_RE = re.compile(
    r"(?<!\w)(?:(?:have|has) been (?:established|set up|built|completed|leased|rented|filled"
    r"|occupied|licensed|put into operation)|(?:are|is) (?:now |currently )?(?:operating"
    r"|in operation|operational|up and running)|da (?:duoc )?(?:thanh lap|di vao hoat dong"
    r"|cho thue|lap day|van hanh)|dang (?:hoat dong|van hanh)|ont ete (?:crees|etablis|mis)"
    r"|sont (?:deja |actuellement )?(?:en activite|operationnel))"
)


COMPANY_LIST = f"{COMPANY_MONEY} (a list of companies)"
# ", Posco 300 million USD", "and Hwaseung 170 million USD": the next name of a list, its sum
NEXT_NAME_RE = re.compile(
    r"(?:,|;|,? and|,? va)\s+[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}\s+"
    r"(?:(?:more than|over|nearly|about|around|some|almost|hon|gan|khoang|tren)\s+)?(?:US)?\$?$"
)


def _next_company(work: Work, index: int, last_sum: tuple[int, bool], sentence) -> bool:
    """ "Hyosung has invested over 1.82 billion USD in two projects, Posco 300 million USD and
    Hwaseung 170 million USD": after one company's sum (`last_sum`: the sentence's last sum
    before this one, and whether it was one company's), a sum right after the next capitalised
    name of the list is that company's (company-list)."""
    before, of_a_company = last_sum
    if not work.amounts[index].is_money or not of_a_company:
        return False
    gap = sentence.text[work.amounts[before].end : work.amounts[index].start]
    return bool(NEXT_NAME_RE.search(gap))


HEADING_WORDS = 5  # "TP. HCM", "Hà Nội", "Tỉnh Đồng Nai": a section's heading


def _place_heading(text: str, cues) -> bool:
    """A line that only names a place heads the paragraphs about it (section-place)."""
    words = text.strip(" .:").split()
    if not cues.places or len(words) > HEADING_WORDS or text.rstrip().endswith("."):
        return False
    named = sum(c.end - c.start for c in cues.places)
    return named * 2 >= len(text.strip(" .:"))


def _ranked_part(kept: list[Found], catalogue: Catalogue) -> str | None:
    """The breakdown topic ("fdi_new") of a sentence whose kept figures are all one investor
    country's parts of the FDI flow, if they are."""
    topics = {catalogue.metric(f.figure.metric).topic for f in kept} & set(catalogue.refines)
    if not kept or any(f.figure.partner is None for f in kept) or len(topics) != 1:
        return None
    return topics.pop()


def _last_sum_of_the_sentence_before(found: list[Found]) -> Found | None:
    """The last sum kept from the sentence that gave the last figure ("tổng vốn FDI 1,21 tỷ USD
    cùng 58 dự án cấp mới. … kết quả này chỉ bằng 45,9%": the sum, not the count after it)."""
    if not found:
        return None
    sentence = found[-1].figure.sentence
    for item in reversed(found):
        if item.figure.sentence != sentence:
            return None
        if item.figure.unit in MONEY:
            return item
    return None


def _sum_anaphor(folded: str, first_amount: int) -> bool:
    """The sentence speaks of the last sum before its first amount ("The sum is ... up 8%",
    "Officials said the figure represented a 57% rise", "That was up 69%")."""
    return bool(SUM_ANAPHOR_RE.search(folded, 0, first_amount))


CARRIED = " (carried from the sentence before)"
# "In addition, …", "En outre, …", "Ngoài ra, …", "Bên cạnh đó, …": the next item, not more of it
ANOTHER_ITEM_RE = re.compile(
    r"\W*(?:in addition|additionally|besides|meanwhile|moreover|en outre|par ailleurs|de plus"
    r"|ngoai ra|ben canh do|dong thoi)(?!\w)"
)


def _ranking_of(cues, periods: list[PeriodMention], frame: Frame) -> bool:
    """A ranking of investor countries that names no place and no period after a sentence about
    the parks or a zone: it ranks their investors ("Khu kinh tế Đông Nam hiện có 100 dự án FDI
    … Trung Quốc dẫn đầu với 29 dự án": the zone's)."""
    parks = bool(frame.subset and frame.subset.startswith(IP_ONLY))
    return parks and bool(cues.partners) and not cues.places and not periods


def _whole_province(cues, kept: list[Found], catalogue: Catalogue, before: bool) -> bool:
    """The sentence named the province and kept figures of all of it, not of its parks ("kim
    ngạch xuất khẩu của tỉnh đạt 18,4 tỷ USD"): in an article about the parks, the sentences
    after it that name no place go on about the whole province (whole-province-carries)."""
    named = before or any(
        c.label == PROVINCE and not in_an_authoritys_name(cues.folded, c) for c in cues.places
    )
    metrics = (catalogue.metric(f.figure.metric) for f in kept)
    return named and any((m.topic or m.noun) not in PARK_TOPICS for m in metrics)


def _whole_subset(work: Work, index: int, frame: Frame, outcome, carried: str | None):
    """The subset-carries rule, and an article about the industrial parks whose sentence does
    not name the province: its figures are the parks' (LANGUAGE.md trap 9)."""
    metric = outcome[0].metric
    if carried and carried.startswith(TARGET_REASON):
        return carried  # "the plan rises to 19 IPs. That includes ... 2,063 hectares": the plan's
    if (metric.topic or metric.noun) in PARK_TOPICS:
        return outcome
    if carried:
        return f"{carried.removesuffix(CARRIED)}{CARRIED}"
    if frame.occasion and not work.periods:  # "Ngày 1/2, tỉnh trao ... cho 7 dự án. ... Hai dự
        return f"{OCCASION}{CARRIED}"  # án cấp mới có tổng vốn 53 ..."
    if (
        frame.ip_article
        and not any(
            c.label == PROVINCE and not in_an_authoritys_name(work.cues.folded, c)
            for c in work.cues.places
        )
        and not carried_subject(work, frame)  # "Today it is the third largest recipient ..."
        and not frame.whole_province
        and not (frame.place == PROVINCE and _sum_anaphor(work.cues.folded, work.amounts[0].start))
    ):  # "Số này bao gồm 72 dự án …": the parts of the province's sum named just before
        return "industrial parks only (the article is about the parks)"
    if frame.district_article and not any(
        c.label == PROVINCE and not c.inner and not c.generic for c in work.cues.places
    ):
        return "one district's or town's figure (the article is about it)"
    return outcome


def _dated_anew(periods: list[PeriodMention], first_amount: int) -> bool:
    """ "Cụ thể, kim ngạch xuất khẩu quý I/2018 ước thực hiện 5.576,8 triệu USD": a sentence that
    opens like a part but names its own period, with its year, before its first number restates
    the whole; the subset of the sentence before does not carry into it."""
    return any(m.kind == "range" and m.explicit_year and m.span[1] <= first_amount for m in periods)


def _lent_partner(work: Work, index: int, catalogue: Catalogue) -> str | None:
    """A count left out (a period's count where a total was looked for) still lends the country
    its own words name to the sum joined to it ("ahead of the British Virgin Islands with 13
    projects worth US$179.4 million")."""
    amount = work.amounts[index]
    if amount.unit is not None or not work.cues.partners:
        return None
    return partner_of(work.cues, amount, work.segs[index], catalogue.words)


def _names_a_subset(cues: SentenceCues) -> bool:
    """The sentence names a subset of projects ("chấm dứt hoạt động đối với 9 dự án")."""
    return any(c.label == SUBSET_TOPIC for c in cues.topics)


def _read_from_article(outcome) -> bool:
    """The metric was read from the article's topic, not from words near the amount."""
    return not isinstance(outcome, str) and outcome[0].rule in FROM_ARTICLE


def _no_metric_in_its_currency(reason: str) -> bool:
    """ "exports of VNĐ452 trillion": no metric took the sum in its own currency."""
    return reason == NO_TOPIC or (reason.startswith("no ") and " metric in " in reason)


def _rate_run(
    work: Work, index: int, found: list[Found], start: int, catalogue: Catalogue
) -> Forced | None:
    """ "It then climbed 13.94 per cent in 2022 and advanced 13.3 per cent in the first nine
    months": a rate joined to the rate kept just before it by "and" and a verb of growth, with no
    topic between them, is a rate of the same thing (rate-run-carries)."""
    amounts = work.amounts
    if index == 0 or amounts[index].unit != "percent" or amounts[index - 1].unit != "percent":
        return None
    previous = amounts[index - 1]
    last = found[-1].figure if found else None
    if last is None or last.char_start != start + previous.start:
        return None
    metric = catalogue.metric(last.metric)
    if metric.kind != "rate" or metric.change or not metric.topic:
        return None
    folded = work.cues.folded
    joined = RATE_RUN_JOIN_RE.search(folded, previous.end, amounts[index].start) or (
        _listed_with_own_periods(work, index)
    )
    if not joined or any(previous.end <= c.start < amounts[index].start for c in work.cues.topics):
        return None
    return Forced(metric.topic, RATE_RUN_RULE)


def _listed_with_own_periods(work: Work, index: int) -> bool:
    """ "grew 6.79 per cent in Q1, 6.53 per cent in Q2 and 7.36 per cent in Q3": rates listed
    after one verb, each followed by its own period, are rates of the same thing."""
    previous, amount = work.amounts[index - 1], work.amounts[index]
    between = work.cues.folded[previous.end : amount.start]
    return bool(LIST_SEPARATOR_RE.search(between)) and all(
        any(0 <= m.span[0] - a.end <= OWN_PERIOD_GAP for m in work.periods)
        for a in (previous, amount)
    )


LIST_SEPARATOR_RE = re.compile(
    r"(?:,|(?<!\w)(?:and|va|et))\s*$"
    # "5.91% in Q2 gave way to 6.22% in Q3 and then 7% in Q4": a run told as a sequence
    r"|(?<!\w)(?:(?:and |,\s*)?then|gave way to|giving way to|(?:was |were )?followed by)\s*$"
)
OWN_PERIOD_GAP = 5  # " in Q2", " trong quý II": the period that follows a listed rate


RATE_RUN_RULE = "rate-run-carries"
RATE_RUN_JOIN_RE = re.compile(
    r"(?<![\w%])(?:and|then|va|roi|et)\s+(?:then\s+)?(?:advanced|rose|grew|climbed|expanded"
    r"|increased|gained|went up|jumped|tang(?: truong)?|progresse|augmente)(?: by| at| de)?\s*$"
)


def _decide(work, index, frame, catalogue, topics, scopes, money, original_kept=True):
    """(choice, scope) of an amount, or why it is no figure of the province."""
    reason = not_a_figure(work, index, catalogue, original_kept)
    if reason:
        return reason
    scope, scope_rule = scope_of(work, index, frame, scopes)
    if scope != PROVINCE:
        return f"another place's figure ({scope}: {scope_rule})"
    choice = _choose(work, index, frame, catalogue, topics.get(index), money)
    if isinstance(choice, str):
        return choice
    metric = choice.metric
    reason = subset_reason(
        work, index, catalogue, catalogue.family(metric.topic or metric.noun or "")
    )
    if reason:
        return reason
    if work.amounts[index].unit == "percent" and (
        _plausible_reading(work, index, metric, catalogue) is None
    ):  # "chỉ số … bằng 101,09% tháng 7": a level against last month, no growth of 101%
        return f"a ratio or level outside the range of {metric.id}"  # (rate-out-of-range)
    return choice, scope_rule


def _choose(work, index, frame, catalogue, forced, money) -> Choice | str:
    amount = work.amounts[index]
    if forced is None and frame.ranked_part and work.cues.partners and amount.is_money:
        forced = Forced(frame.ranked_part, RANKING_PART_RULE)  # (ranking-part-carries)
    if amount.unit == "percent":
        reason = percent_reason(work, index, catalogue)
        if reason:
            return reason
        return choose_percent(work, index, frame, catalogue, money, forced)
    if amount.is_money:
        return choose_money(work, index, frame, catalogue, forced)
    if amount.unit == "ha":
        return _choose_area(work, index, frame, catalogue)
    if amount.unit is None:
        return choose_count(work, index, frame, catalogue)
    return f"a unit no metric has ({amount.unit})"


# "had leased out 2,572 hectares", "cho thuê 7.000ha đất", "300 hectares ... have been set aside"
LEASED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:leased(?: out)?|let out|rented(?: out)?|(?:da )?cho thue(?: duoc)?|allocated"
    r"|set aside|handed over|giao(?: dat)?|renting|dang ky su dung)\s+(?:\w+\s+){0,2}$"
)
# "land leased out across the province's 31 parks has passed X", "diện tích đất công nghiệp đã
# chuyển nhượng hoặc cho thuê ở 18 KCN … là X": the land named as leased, a clause before it
LAND_LEASED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:land|dat|dien tich(?: dat)?)(?: cong nghiep)? (?:leased|rented|let|(?:da )?"
    r"(?:chuyen nhuong|cho thue))(?!\w)[^.;]{0,70}$"
)
LAND_LEASED_CHARS = 110
LEASED_AFTER_RE = re.compile(
    r"[^,;.]{0,60}?(?:ha(?:ve|s)|had) been (?:set aside|leased|let|rented|allocated|handed over)"
    r"|\s*(?:dat )?(?:cong nghiep )?(?:dành|danh) (?:de )?cho thue|\s*(?:of )?(?:leasable|rentable)"
    r"|\s*(?:dat )?(?:cong nghiep )?co the cho thue"
    # "2.701 ha de terrains ont été loués", "250 hécta đất khu công nghiệp được cho thuê", "of
    # which 1,560.3ha is industrial land for rent"
    r"|\s*(?:de )?terrains? (?:ont|a) ete lou|[^,;.]{0,40}?(?:duoc|da duoc) cho thue"
    r"|\s*(?:is|are) (?:industrial )?land for (?:rent|lease)"
)  # "6.946,46ha đất công nghiệp dành cho thuê", "7,000ha of leasable land": not the parks' area
LEASED_CHARS = 40


def _choose_area(work, index, frame, catalogue) -> Choice | str:
    amount = work.amounts[index]
    if amount.in_parens:
        return "the size of one item of a list, in parentheses"
    folded = work.cues.folded
    start = amount.start
    if (
        LEASED_BEFORE_RE.search(folded, max(0, start - LEASED_CHARS), start)
        or LEASED_AFTER_RE.match(folded, amount.end)
        or LAND_LEASED_BEFORE_RE.search(folded, max(0, start - LAND_LEASED_CHARS), start)
    ):
        return "land leased or set aside, not the parks' area"
    if _one_park(work, index):
        return "one park's area, not the province's parks'"
    for scored in score_topics(work, index, frame, catalogue):
        if scored.topic in catalogue.blocking:
            return Reason(f"a subset or another quantity ({scored.cue!r})", scored.topic)
        metric = next((m for m in catalogue.metrics if m.topic == scored.topic and m.unit == "ha"),
                      None)  # fmt: skip
        if (
            metric
            and scored.rule in FROM_ARTICLE
            and PROJECT_AREA_RE.search(folded, 0, amount.start)
        ):  # "Dự án tập trung vào nhà ở trên diện tích 18,9 ha": one project's land
            return "one project's area, not the parks'"
        if metric:
            return Choice(metric, scored.cue, scored.rule, scored.score, scored.score)
    return "an area, not of industrial parks"


# "KCN Hòa Bình rộng 60 hecta", "la zone industrielle de Bau Bang, qui s'étend sur 1.000 ha",
# "Cette ZI couvrira 1.500 hectares", "this park spans 410 ha": one park, named or pointed at
ONE_PARK_RE = re.compile(
    r"(?<!\w)(?:(?:cette|ce|this|that|the) (?:zi|zone industrielle|parc(?: industriel)?|park"
    r"|industrial (?:park|zone))(?! (?:system|network|sector))(?!s)"
    r"|(?:la zone industrielle|le parc industriel|the industrial (?:park|zone)) (?:de|d.|of) "
    r"|(?:kcn|khu cong nghiep) (?P<name>(?=\S)))[^.;]{0,60}$"
)
ONE_PARK_CHARS = 90
PARK_WORD_RE = re.compile(r"(?<!\w)(?:kcn|khu cong nghiep|zi|zone industrielle|parc|park)(?!\w)")


def _one_park(work: Work, index: int) -> bool:
    """The area's clause names one park: pointed at ("cette ZI", "this park"), or a park's word
    followed by its name ("KCN Hòa Bình", "la zone industrielle de Bau Bang"), no count before."""
    amount, folded, text = work.amounts[index], work.cues.folded, work.cues.text
    match = ONE_PARK_RE.search(folded, max(0, amount.start - ONE_PARK_CHARS), amount.start)
    if match is None or any(match.start() <= a.end <= amount.start for a in work.amounts[:index]):
        return False
    if len(PARK_WORD_RE.findall(folded, 0, amount.start)) > 1:
        return False  # "gồm Khu công nghiệp Long Bình An và Khu công nghiệp Sơn Nam, … 320 ha"
    named = match.start("name")  # a park's word: its name must follow, capitalised
    return named < 0 or text[named : named + 1].isupper()


PROJECT_AREA_RE = re.compile(r"(?<!\w)(?:du an|the project|the plant|the factory|nha may)(?!\w)")


def _build(work, index, frame, catalogue, outcome, sentence, previous) -> tuple:
    choice, scope_rule = outcome
    metric = choice.metric
    amount, seg = work.amounts[index], work.segs[index]
    value, reading = _value(work, index, metric, catalogue)
    qualifier, phrase_start = qualifier_of(work.cues, amount, seg, catalogue.words)
    if qualifier == "exact" and amount.is_money and is_conversion(work, index):  # "over X (Y)"
        qualifier = qualifier_of(work.cues, work.amounts[index - 1], work.segs[index - 1],
                                 catalogue.words)[0]  # fmt: skip
    own = period_of(work, index, metric.kind)
    if own is None:
        own = period_of_its_sum(work, index, metric.kind)
    dating_frame = frame
    if metric.kind != "stock":
        own = this_year_to_its_day(own, work.periods)
    if this_year_so_far(frame, own, work.cues.folded, metric.kind):
        own = None  # the article's part of this year (lead-period)
        dating_frame = year_so_far(frame)
    if metric.kind != "stock" and THE_QUARTER_RE.match(work.cues.folded, amount.end):
        own = None  # "rose 3.87% in the quarter and 4.29% over the 4 months": the quarter's
    dating = date_figure(dating_frame, own, metric.kind, work.cues.folded)
    if metric.kind == "stock" and work.cues.has(catalogue.words["total_raised"], 0, amount.start):
        dating = raised_at_the_periods_end(dating_frame, dating)
    if metric.kind != "stock" and _against_last_month(work, index, catalogue, metric.kind):
        dating = month_of_window(dating)
    if metric.kind != "stock" and _in_the_quarter(work, index):
        dating = quarter_of_window(dating)
    if metric.kind != "stock" and _in_the_month(work, index):
        dating = month_of_window(dating)
    if metric.quarterly:
        dating = at_a_quarters_end(dating)
    partner = None
    if metric.partner:
        partner = work.partners.get(index) or partner_of(
            work.cues, amount, seg, catalogue.words, *previous
        )
        if partner is None and not work.cues.partners and THEY_RE.match(work.cues.folded):
            partner = frame.subject_partner  # "Japanese firms … So far they have 167 projects"
    explanation = Explanation(
        metric_cue=choice.cue, metric_rule=choice.rule,
        period_rule=dating.rule + (ESTIMATED if frame.published_estimated else ""),
        scope=f"province, {scope_rule}", qualifier=qualifier, reading=reading,
    )  # fmt: skip
    figure = Figure(
        metric=metric.id, partner=partner, value=value, unit=metric.unit, qualifier=qualifier,
        kind=metric.kind, period_start=dating.start, period_end=dating.end,
        text=sentence.text[phrase_start : amount.end], sentence=sentence.text,
        char_start=sentence.start + phrase_start, char_end=sentence.start + amount.end,
        confidence=confidence(explanation, choice.margin, amount.unit is None),
    )  # fmt: skip
    return figure, explanation


def _against_last_month(work: Work, index: int, catalogue: Catalogue, kind: str) -> bool:
    """The words after the amount, up to the next amount of its unit, compare it with the
    month before ("cao hơn tháng trước 7,1%", "up 2% on the previous month"); for a rate also
    its clause before it ("tăng 6,2% so với tháng trước và tăng 17% so với cùng kỳ")."""
    amount = work.amounts[index]
    month = catalogue.words["month_on_month"]
    later = [a.start for a in work.amounts[index + 1 :] if a.unit == amount.unit]
    end = min([*later, amount.end + MONTH_COMPARISON_CHARS, len(work.cues.folded)])
    if month.search(work.cues.folded, amount.end, end):
        return True
    start = max(work.cues.folded.rfind(";", 0, amount.start), 0)  # its clause, back to ";"
    return kind == "rate" and bool(month.search(work.cues.folded, start, amount.start))


def _in_the_quarter(work: Work, index: int) -> bool:
    """ "rose 3.87% in the quarter", "for the quarter came to X": the amount's own clause
    speaks of "the quarter" without naming it."""
    seg = work.segs[index]
    return bool(THE_QUARTER_RE.search(work.cues.folded, seg.before[0], seg.after[1]))


def _in_the_month(work: Work, index: int) -> bool:
    """ "in the month came to X", "Riêng trong tháng này, tỉnh …": the amount's clause, back to a
    semicolon, speaks of "the month" without naming it."""
    folded, amount = work.cues.folded, work.amounts[index]
    clause = folded.rfind(";", 0, amount.start) + 1
    return bool(THE_MONTH_RE.search(folded, clause, work.segs[index].after[1]))


def _value(work: Work, index: int, metric: Metric, catalogue: Catalogue) -> tuple[float, str]:
    """The reading of the digits that is plausible for the metric (a count is whole, a value
    lies in the metric's range); the usual reading when none is."""
    amount: Amount = work.amounts[index]
    sign = -1.0 if _negated(work, index, metric, catalogue) else 1.0
    plausible = _plausible_reading(work, index, metric, catalogue)
    if plausible is not None:
        position, value = plausible
        reading = "usual reading" if position == 0 else "other reading (plausible size)"
        return sign * value, reading + (", a deficit" if sign < 0 else "")
    value = signed_change(work, index, catalogue) if _signed(metric) else amount.value
    return sign * value, "usual reading (no reading in the metric's range)"


def _plausible_reading(
    work: Work, index: int, metric: Metric, catalogue: Catalogue
) -> tuple[int, float] | None:
    """The first reading of the digits plausible for the metric, with its position: a count is
    whole, a value lies in the metric's range, a change carries its sign from the words."""
    amount: Amount = work.amounts[index]
    change = signed_change(work, index, catalogue) if _signed(metric) and amount.value else None
    for position, value in enumerate(amount.readings):
        if metric.unit == "count" and not float(value).is_integer():
            continue
        if change is not None:  # "rose 0%" is no change whatever its words
            value = change * (value / amount.value)
        if metric.accepts(value):
            return position, value
    return None


def _negated(work: Work, index: int, metric: Metric, catalogue: Catalogue) -> bool:
    """The amount's own clause names the metric's opposite before it ("cán cân thương mại thâm
    hụt 5,75 tỷ USD", "a trade deficit of $1.2 billion"): its size, below zero (rule deficit)."""
    if metric.negated_by is None:
        return False
    seg = work.segs[index]
    words = catalogue.words[metric.negated_by]
    return work.cues.has(words, seg.before[0], work.amounts[index].start)
