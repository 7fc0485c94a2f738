"""The story's text: paragraphs in reading order, data tables as one line per row, and the lines
that are not the story (repeated headline, date, "Xem thêm", datelines, sign-offs) left out
(pure)."""

from __future__ import annotations

import re
from datetime import tzinfo

from etl.dates import MONTHS_EN, parse_visible_date
from etl.parse.boxes import BLOCK_TAGS
from etl.textnorm import DATELINE_RE, fold, nfc

DATELINE_LINES = 2
MAX_CELL = 150  # a longer cell is a layout table's column of text, not a data cell
# A whole line pointing at other stories.
READ_MORE_RE = re.compile(
    r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|có thể bạn quan tâm|read more|"
    r"related(?: news| stories| articles)?|see also)\s*(?:[:>»]|$)",
    re.I,
)
# Words a date line may carry besides the date (folded): weekdays, months, "ngày", "GMT" ...
DATE_WORDS = {
    *MONTHS_EN, "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "ngay", "thang",
    "cap", "dang", "luc", "gmt", "utc", "am", "pm", "posted", "updated", "published", "on", "at",
    "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
AGENCY = r"(?:VNA|VNS|TTXVN|VNP|Vietnam\+|TTXVN/Vietnam\+|VNA/VNP|Vietnam News)"
SIGN_OFF_LINE_RE = re.compile(rf"^[(\[]?\s*[—–-]?\s*{AGENCY}\s*[)\]]?\s*[./]*$")
SIGN_OFF_TAIL_RE = re.compile(rf"(?<=[.!?”\"])\s*(?:[—–-]+\s*)?{AGENCY}\s*$")
BYLINE_RE = re.compile(r"^By [A-Z][\w.'’ -]{1,40}$")
END_MARK_RE = re.compile(r"\s*\.?/\.$")  # VietnamPlus and SGGP end a story with "/."


def paragraphs(container) -> list[str]:
    """The container's text, one entry per block; a data table gives one entry per row."""
    parts: list[str] = []
    _walk(container, parts)
    lines = (clean(line) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def clean(text: str) -> str:
    """NFC, one space between words."""
    return re.sub(r"\s+", " ", nfc(text)).strip()


def _walk(node, parts: list[str]) -> None:
    if node.tag == "table" and (rows := table_rows(node)):
        parts.append("\n" + "\n".join(rows) + "\n")
        return
    block = node.tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if node.text and node.tag != "br":
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def table_rows(table) -> list[str]:
    """A data table's rows as sentences ("Vốn FDI 1,2 tỷ USD (6 tháng 2024)."); [] for a layout
    table (nested tables, long cells) or one with fewer than two rows of two filled cells."""
    if table.xpath(".//table"):
        return []
    grid = [[clean(c.text_content()) for c in row.xpath("./td|./th")] for row in table.iter("tr")]
    if any(len(cell) > MAX_CELL for row in grid for cell in row):
        return []
    grid = [row for row in grid if sum(bool(cell) for cell in row) >= 2]
    if len(grid) < 2:
        return []
    header = grid[0] if _is_header(next(table.iter("tr"))) else None
    return [_row_sentence(row, header) for row in (grid[1:] if header else grid)]


def _is_header(row) -> bool:
    """A row of <th> cells, in <thead>, or whose every filled cell is all bold."""
    cells = [c for c in row.xpath("./td|./th") if c.text_content().strip()]
    if not cells or row.getparent().tag == "thead" or all(c.tag == "th" for c in cells):
        return bool(cells)
    bold = (" ".join(b.text_content() for b in c.iter("strong", "b")) for c in cells)
    return all(clean(b) == clean(c.text_content()) for b, c in zip(bold, cells, strict=True))


def _row_sentence(row: list[str], header: list[str] | None) -> str:
    label, values = row[0], row[1:]
    if header and len(header) == len(row):
        values = [f"{v} ({h})" if h and v else v for v, h in zip(values, header[1:], strict=True)]
    # No colon after the label: it would part the label's words from the value they qualify.
    text = f"{label} " + "; ".join(v for v in values if v)
    return text if text.endswith(".") else text + "."


def story_lines(lines: list[str], title: str, tz: tzinfo) -> list[str]:
    """Drop the lines that are not the story; trim a dateline, a sign-off and the "/." end mark."""
    kept = [
        line
        for line in lines
        if line != title
        and not _is_date_line(line, tz)
        and not (len(line) < 200 and READ_MORE_RE.match(line))
        and not SIGN_OFF_LINE_RE.match(line)
        and not BYLINE_RE.match(line)
    ]
    # The dateline opens the story, after a lead paragraph at most.
    kept[:DATELINE_LINES] = [DATELINE_RE.sub("", line, count=1) for line in kept[:DATELINE_LINES]]
    kept = [END_MARK_RE.sub(".", SIGN_OFF_TAIL_RE.sub("", line)).strip() for line in kept]
    return [line for line in kept if line]


def _is_date_line(line: str, tz: tzinfo) -> bool:
    """A short line that only shows a date ("Thứ Sáu, 21/05/2021 - 14:30"), not a fact dated."""
    if len(line) >= 80 or not parse_visible_date(line, tz):
        return False
    words = re.findall(r"[^\W\d_]{2,}", fold(line))
    return sum(word not in DATE_WORDS for word in words) <= 2
