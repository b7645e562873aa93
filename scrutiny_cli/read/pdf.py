"""PDF bytes to text with pypdfium2, page by page, every handle closed.

What pdfium gives for a Word or LibreOffice export, and what we do about it:
- lines end in CRLF and paragraphs are not marked: a paragraph break is rebuilt where the
  gap to the next line is clearly larger than the page's usual line pitch;
- U+FFFE stands where a word was hyphenated over a line end (deleted, joining the word),
  U+00AD for soft hyphens (deleted), and Word's Symbol-font bullets are private-use
  characters such as U+F0B7 (mapped to "•");
- running headers and footers come out inline on every page, sometimes as a page's first
  line: lines at a page's edges that recur (digits masked) on most pages are dropped (but
  the first page keeps a running title whose date it prints nowhere else), and so are bare
  page numbers ("Page 3", "3", "– 3 –", "3 of 12").
A file that is not a PDF, is encrypted, corrupt, truncated or has no text layer raises
ReadError with a one-line reason.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from ..errors import ReadError
from . import ocr as ocr_pages
from .columns import numbers_beside_rows

MIN_CHARS_PER_PAGE = 20  # fewer, with an image on the page: a scan
EDGE_LINES = 3  # lines at the top and bottom of a page that may be header or footer
RECUR_SHARE = 0.6  # an edge line on this share of pages (and two at least) is furniture
PARAGRAPH_GAP = 1.4  # a line pitch this many times the usual one starts a paragraph
FULL_LINE = 0.85  # a line reaching this share of the text width was wrapped, not ended
MAX_PAGES = 5000

_PAGE_NUMBER = re.compile(
    r"^(?:Page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_PRIVATE_USE_BULLET = re.compile(r"[\uf000-\uf0ff]")
_END_OF_SENTENCE = re.compile(r"[.:;!?)\]]['\"’”]?$")


@dataclass
class Page:
    lines: list[str] = field(default_factory=list)
    # What goes before each line: " " (a wrapped line goes on), "\n" (a line break),
    # "\n\n" (a new paragraph); the first line's is decided when pages are joined.
    joins: list[str] = field(default_factory=list)
    full: list[bool] = field(default_factory=list)  # the line reaches the right margin
    # left, bottom of the first character, bottom and right of the last one (pdfium puts a
    # word hyphenated over a line end on one text line that spans two lines of the page)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # see Box
    images: bool = False
    chars: int = 0


def check_signature(data: bytes, name: str) -> None:
    """Cheap checks before pdfium: empty, not a PDF at all, or cut short."""
    if not data:
        raise ReadError("empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        looks_html = data[:1024].lstrip().lower().startswith((b"<!doctype", b"<html", b"<"))
        kind = "an HTML page saved as .pdf?" if looks_html else "no %PDF- header"
        raise ReadError(f"not a PDF ({kind})")
    if b"%%EOF" not in data[-16384:]:
        raise ReadError("truncated PDF (no %%EOF end marker: the download was cut short?)")


def pdf_to_text(data: bytes, name: str, ocr: bool = False) -> tuple[str, int]:
    """The text of a PDF, cleaned and with paragraphs rebuilt; and its number of pages."""
    check_signature(data, name)
    pages = _extract(data, name, ocr)
    if not any(p.chars for p in pages):
        if any(p.images for p in pages):
            raise ReadError(
                "no text layer: scanned document? (try --ocr)",
                hint="--ocr reads scanned pages when Tesseract is installed",
            )
        raise ReadError("the PDF has no text")
    _drop_furniture(pages)
    text = _clean(_join(pages))
    if unreadable(text):
        raise ReadError(
            "the text layer is unreadable (its fonts map to no letters)",
            hint="--ocr reads the pages as images when Tesseract is installed",
        )
    return text, len(pages)


def unreadable(text: str) -> bool:
    """Whether a text layer is glyph codes rather than letters: fonts without a map to
    Unicode give control characters ("\\x15\\x1a\\x1d ..."), not words."""
    shown = [c for c in text if not c.isspace()]
    if not shown:
        return False
    codes = sum(1 for c in shown if ord(c) < 32 or c == "\ufffd")
    if codes > 0.3 * len(shown):
        return True
    # (or fewer codes among the printable characters the same glyph numbers fall on, where
    # hardly a letter is left: "6+7+38\x12\x01\x15116\x01")
    letters = sum(1 for c in shown if c.isalpha())
    return codes > 0.05 * len(shown) and letters < 0.3 * len(shown)


def _extract(data: bytes, name: str, ocr: bool) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ReadError(_pdfium_reason(str(e))) from None
    try:
        if len(doc) > MAX_PAGES:
            raise ReadError(f"{len(doc)} pages is more than the {MAX_PAGES} read per file")
        pages = [_page(doc, i) for i in range(len(doc))]
        _set_joins(pages)
        # (a page whose text is glyph codes is read as an image too, when asked to)
        scanned = [
            i
            for i, p in enumerate(pages)
            if (p.chars < MIN_CHARS_PER_PAGE and p.images) or (ocr and unreadable("".join(p.lines)))
        ]
        if ocr and scanned:
            for i, text in zip(scanned, ocr_pages.read_pages(doc, scanned), strict=True):
                pages[i] = _page_from_text(text)
        return pages
    except pdfium.PdfiumError as e:
        raise ReadError(_pdfium_reason(str(e))) from None
    finally:
        doc.close()


def _pdfium_reason(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return "encrypted PDF (password protected)"
    if "format" in lowered or "file" in lowered:
        return "corrupt or truncated PDF"
    return f"unreadable PDF ({message.strip().rstrip('.')})"


def _page(doc: object, index: int) -> Page:
    import pypdfium2.raw as raw

    page = doc[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        # Positions are looked up by character index, so split pdfium's own text first and
        # clean each line after.
        out = _layout(textpage, textpage.get_text_range().split("\r\n"))
        numbers_beside_rows(out)  # (a table's number column drawn apart from its rows)
        if out.chars < MIN_CHARS_PER_PAGE:
            out.images = any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())
        return out
    finally:
        textpage.close()
        page.close()


def _page_from_text(text: str) -> Page:
    """A page read by OCR: blank lines part paragraphs; a line nearly as long as the
    page's longest was wrapped, so the next one goes on the same paragraph."""
    page = Page()
    lines = _clean(text).split("\n")
    longest = max((len(ln.strip()) for ln in lines), default=0)
    gap = False
    for line in lines:
        if not line.strip():
            gap = True
            continue
        wrapped = bool(page.full) and page.full[-1] and not _looks_like_start(line)
        join = "\n\n" if gap else (" " if wrapped else "\n")
        page.lines.append(line.strip())
        page.joins.append(join if page.lines[:-1] else "")
        page.full.append(len(line.strip()) >= FULL_LINE * longest)
        gap = False
    page.chars = sum(len(ln) for ln in page.lines)
    return page


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return _PRIVATE_USE_BULLET.sub("•", text)


def _layout(textpage: object, raw_lines: list[str]) -> Page:
    """A page's filled lines and where pdfium put them."""
    page = Page()
    index = 0
    for line in raw_lines:
        if line.strip():
            first = index + len(line) - len(line.lstrip())
            last = index + len(line.rstrip()) - 1
            left, bottom = textpage.get_charbox(first, loose=True)[:2]  # type: ignore[attr-defined]
            _, last_bottom, right, _ = textpage.get_charbox(last, loose=True)  # type: ignore[attr-defined]
            page.boxes.append((left, bottom, last_bottom, right))
            page.lines.append(line.strip())
        index += len(line) + 2  # pdfium counts the CRLF it generated
    page.chars = sum(len(ln) for ln in page.lines)
    return page


def _set_joins(pages: list[Page]) -> None:
    """What joins each line to the one above: a gap clearly larger than the document's usual
    line pitch starts a paragraph; a line after one reaching the right margin is the same
    paragraph wrapped; otherwise a line break."""
    pitches = [
        _pitch(a, b)
        for p in pages
        for a, b in zip(p.boxes, p.boxes[1:], strict=False)
        if 0 < _pitch(a, b) < 100
    ]
    # The pitch of lines inside a paragraph: a low quantile, since a document of short
    # paragraphs has more gaps between paragraphs than lines within them.
    if len(pitches) >= 5:
        usual = statistics.quantiles(pitches, n=5)[0]
    else:
        usual = min(pitches, default=0.0)
    for page in pages:
        if not page.boxes:
            continue
        left_edge = min(b[0] for b in page.boxes)
        right_edge = max(b[3] for b in page.boxes)
        page.full = [b[3] >= left_edge + FULL_LINE * (right_edge - left_edge) for b in page.boxes]
        page.joins = [""] + [
            _join_kind(page.boxes[i - 1], page.boxes[i], usual, page.full[i - 1], page.lines[i])
            for i in range(1, len(page.lines))
        ]


Box = tuple[float, float, float, float]


def _pitch(above: Box, here: Box) -> float:
    """From the last character of the line above down to the first of this one."""
    return above[2] - here[1]


def _join_kind(above: Box, here: Box, usual: float, above_full: bool, line: str) -> str:
    if _raised_start(above, here):
        return ""  # one line that pdfium broke at a superscript: "MEETING 8" / "th FEBRUARY"
    pitch = _pitch(above, here)
    if pitch <= 0 or (usual and pitch > usual * PARAGRAPH_GAP):
        return "\n\n"
    if _looks_like_start(line):
        return "\n"
    return " " if above_full else "\n"


def _raised_start(above: Box, here: Box) -> bool:
    """Whether pdfium began a new line at a raised or lowered character of the line above
    (a superscript ordinal, "8th"): it starts right where that line ends, its first
    character off the baseline its last character shares with that line's last."""
    touching = abs(here[0] - above[3]) < _TOUCH
    same_baseline = abs(here[2] - above[2]) < _TOUCH
    return touching and same_baseline and abs(here[1] - here[2]) >= _TOUCH


_TOUCH = 1.0  # points: closer than this is the same place


def _drop_furniture(pages: list[Page]) -> None:
    """Remove running headers, footers and page numbers at the edges of each page."""
    recurring = _recurring_edge_lines(pages)
    title = _only_title(pages[0], recurring) if pages else False
    for k, page in enumerate(pages):
        drop = {
            i
            for i in _edge_indexes(page)
            if _PAGE_NUMBER.match(page.lines[i])
            or (_mask(page.lines[i]) in recurring and not (title and k == 0 and i < EDGE_LINES))
        }
        keep = [i for i in range(len(page.lines)) if i not in drop]
        page.lines = [page.lines[i] for i in keep]
        page.joins = [page.joins[i] for i in keep]
        page.full = [page.full[i] for i in keep]


def _only_title(page: Page, recurring: set[str]) -> bool:
    """Whether the first page's running header is the only place its date is printed: the
    title repeated atop every page, "Whitbourne Parish Council" / "Minutes of Meeting" /
    "3rd December 2025", is then the page's title and stays there (not "Committee – 18
    April 2019" over "... held on Thursday, 18 April 2019")."""
    top = [ln for ln in page.lines[:EDGE_LINES] if _mask(ln) in recurring]
    dates = {_date_key(m) for ln in top for m in _DATE.finditer(ln)}
    if not dates:
        return False
    rest = page.lines[EDGE_LINES:]
    return not any(_date_key(m) in dates for ln in rest for m in _DATE.finditer(ln))


# A date with its month named: "3rd December 2025", "18 April 2019".
_DATE = re.compile(
    r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?,?\s+(\d{4})\b"
)


def _date_key(m: re.Match[str]) -> tuple[int, str, str]:
    return int(m[1]), m[2].lower(), m[3]


def _edge_indexes(page: Page) -> list[int]:
    n = len(page.lines)
    return sorted(set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n)))


def _recurring_edge_lines(pages: list[Page]) -> set[str]:
    """The lines, figures masked, at the edges of most pages: a running header or footer,
    whose figures stay the same ("Council – 12 May 2019") or count the pages ("Page 3 of
    9"); not a heading's line that happens to stand at many pages' edges with figures of
    its own ("(Item 3)", "(Item 4)" and "(Item 5)" below their headings)."""
    if len(pages) < 2:
        return set()
    figures: dict[str, list[tuple[int, list[int]]]] = {}  # mask: (page, its figures), each time
    for k, page in enumerate(pages):
        for i in _edge_indexes(page):
            line = page.lines[i]
            figures.setdefault(_mask(line), []).append((k, [int(d) for d in _DIGITS.findall(line)]))
    needed = max(2, RECUR_SHARE * len(pages))
    return {
        mask
        for mask, found in figures.items()
        if mask and len({k for k, _ in found}) >= needed and _running(found)
    }


def _running(found: list[tuple[int, list[int]]]) -> bool:
    """Whether each figure of a line found on several pages stays the same or counts the
    pages on."""
    for j in range(len(found[0][1])):
        same = {figures[j] for _, figures in found}
        counts = {figures[j] - k for k, figures in found}
        if len(same) > 1 and len(counts) > 1:
            return False
    return True


_DIGITS = re.compile(r"\d+")


def _mask(line: str) -> str:
    return _DIGITS.sub("#", line)


def _join(pages: list[Page]) -> str:
    """One text, a paragraph a line: a paragraph cut by a page end is joined up again when
    its last line reached the margin, or the sentence is unfinished and goes on in lower case."""
    parts: list[str] = []
    last_full = False
    for page in pages:
        for i, line in enumerate(page.lines):
            if not parts:
                join = ""
            elif i == 0:
                goes_on = not _looks_like_start(line) and (
                    last_full or (not _END_OF_SENTENCE.search(parts[-1]) and line[:1].islower())
                )
                join = " " if goes_on else "\n\n"
            else:
                join = page.joins[i]
            parts.append(join + line)
        if page.full:
            last_full = page.full[-1]
    return "".join(parts) + "\n"


def _looks_like_start(line: str) -> bool:
    """Bullets and numbered lines start a paragraph even when set close together (and a
    minute's number with its year or sequence: "21.01.11 Public Participation", "12/70";
    or an earlier minute's part under matters arising: "5.iv) ...", "4.13ii) ...", and a
    long roman numeral: "viii) ...")."""
    return _START.match(line) is not None


_START = re.compile(
    r"^\s*(?:•|\(?[0-9a-z]{1,3}[.)]\s|[A-Z]{1,3}/?\d+|\d{1,4}(?:[./]\d{1,4}){1,3}\s+[A-Z]"
    # (a sub-item's letter, not a measurement's unit: "2m) along the boundary")
    r"|\d{1,4}(?:\.\d{1,4})*\.?(?:[ivx]{1,5}|[a-h])\)\s|\(?[ivx]{4,5}\)\s)"
)
