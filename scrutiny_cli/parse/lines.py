"""A page's lines, cleaned of what is never minutes: portal chrome, menus, table pipes.

Blank lines are kept (a dropped heading often leaves a run of them, which later stages
read as a cue), so a removed line becomes a blank one; only a page printed double-spaced
has its wrapped lines joined. A page scraped from a table (one item a row, rows ending in
" |") keeps where each row starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import TIME
from .grid import grid_rows
from .numbers import SMALL_ROMAN
from .repair import repaired
from .rules import near_miss, rule
from .running_titles import running_titles_blanked
from .unglue import SPACED_LETTERS, unglued

# Whole lines of portal furniture: ModernGov menus and labels, document-site banners.
NOISE = rule(
    "page-noise",
    r"^(?:•\s*)?(?:Share this item|Media|Items|Note\s+No\.?\s+Item|No\.?\s*\|?\s*Item\s*\|?"
    r"|Item\s*Description\s*Resolution|Item\s+No\.?\s+Item under discussion"
    r"|Additional documents:?|Supporting documents:?|View directions\.?"
    r"|Skip to (?:main )?content|Skip to:.*|Quick Links|How can we help you.*"
    r"|©\s*modern\.gov|WARNING: If you are seeing this page.*|Webcast for .*"
    # (a portal's link in sentence case, never an item's heading in title case or capitals:
    # "73." / "Audio Recording", "AUDIO RECORDING OF MEETINGS")
    r"|Watch the webcast.*|(?-i:Audio recording).*|Video stream:\s*(?:Click|Watch|View)\b.*"
    r"|View the (?:background|declarations of interest|reasons?) (?:to|for) item \S+"
    r"|Total Page:\s*\d+|File Type:.*|Link:\s*link to meeting"
    # (and the document's file name a site heads it with: "Ar-Ecpf-21.01.16-Item 2.Pdf")
    r"|[\w][\w .,&'’()-]{0,120}\.(?i:pdf|docx?|odt|rtf)"
    r"|Related Documents:?|agenda for these minutes|Attendance details|Documents"
    r"|Print(?: this page| page)?"  # (a web page's button)
    r"|View Recorded Vote for this item|Voting Record|Recorded Vote"
    r"|Agenda (?:frontsheet|reports pack|supplement)\b.*|Printed (?:minutes|decisions)\b.*"
    r"|(?:Meeting|Committee) (?:documents|Minutes)|Minutes: Read the Minutes.*"
    r"|Agendas?,? (?:Meetings and )?(?:reports )?(?:and )?(?:decisions )?(?:and )?"
    r"(?:draft )?minutes(?: - .*)?|Agenda,? decisions and minutes|Agenda and decisions"
    r"|Public Business|Private Business|Exempt Items?|Items? for (?:Decision|Information)"
    r"|Information Items?|PART\s+(?:1|2|I|II|A|B|ONE|TWO)\b.*"
    # a site's link whose image lost its picture: "Cost of Living Support Icon" (not a
    # heading before its report's icon, cut: "Petitions and Public Address pdf icon")
    # (the file's kind looked back for only once "Icon" has matched: cheap on every line)
    r"|[A-Z][\w ,&'’-]{1,60}\sIcon(?<!pdf\sIcon)(?<!doc\sIcon)(?<!docx\sIcon)(?<!xls\sIcon)"
    r"(?<!xlsx\sIcon)(?<!ppt\sIcon)(?<!pptx\sIcon)(?<!rtf\sIcon)(?<!htm\sIcon)(?<!html\sIcon)"
    # The chair's signature at the foot: "COUNCILLOR MACLEOD, Convener", "Signed ... Chair".
    r"|(?:COUNCILLOR|Councillor|Cllr)\s+[\w .'’-]{2,40},\s*(?:Convener|Convenor"
    r"|Chair(?:man|person)?|Provost|Lord Provost|Mayor)\.?"
    r"|Signed\W*(?:\(?Chair(?:man|person)?\)?)?\W*"
    # A telephone number opening the contact line: "0208 7266000  Email:", "01992 564243".
    r"|\(?0\d{2,4}\)?[ \t-]?\d{3,4}[ \t-]?\d{3,4}\b.*"
    # a rule between items, a blank line's stand-in: "-", "* * *", "____"
    r"|[-–—_*=~ ]+"
    # a page's number typed into a document's text: "Page 2 of 3"
    r"|Page\s+(?:No\.?\s*)?\d{1,3}(?:\s+of\s+\d{1,3})?"  # (or "Page No.123")
    # or a minute book's stamp of its folio and page of pages: "1807 1 of 12", "1 of 5"; or
    # its margin's box for the chair's initials, with the folio: "Chairman’s 132 Initials"
    r"|(?:\d{1,5}\s+)?\d{1,3}\s+of\s+\d{1,3}|Chair(?:man|person)?['’]s\s+(?:\d{1,5}\s+)?Initials"
    # or a running header with it, from the second page on: "Draft Planning Committee
    # Minutes 29 August 2025 Page 2 of 19" (the first page's may be the header)
    r"|[A-Z][^.]{2,120}?\s+Page\s+(?:[2-9]|[1-9]\d{1,2})\s+of\s+\d{1,3})$",
    "page",
    "Additional documents:",
)
near_miss(
    "page-noise",
    "Minutes of Previous Meeting",
    "The report was circulated as a pdf",
    "Items of Urgent Business",
    "For Decision: Budget",
    "Forward Plan pdf icon",
    "Audio Recording",
)
# The same furniture run into a table row: "Apologies Additional documents: Decision: ...".
INLINE_NOISE = re.compile(
    r"(?:^|\s)(?:Additional|Supporting) documents:(?=\s|$)|\s*•?\s*Share this item"
)
# Markdown table rules and bare cell walls: "---|---|", "|".
TABLE_RULE = re.compile(r"^[|:\-\s]*$")
# The ModernGov title suffix "pdf icon PDF 69 KB", or "PDF 51 KB", cut or whole.
ATTACHMENT = rule(
    "attachment",
    r"\s*\b(?:(?:pdf|docx?|xlsx?|pptx?|rtf|html?)\s+e?ico(?:n\b)?(?:\s+\w+(?:\s+[\d.,]+\s*"
    r"(?:[KMG]B?)?)?)?|PDF\s+[\d.,]+\s*(?:[KMG]B?)?(?=\s|$))",
    "page",
    "Minutes pdf icon PDF 69 KB",
)
near_miss("attachment", "the PDF version of the report")


def with_icons(lines: list[str]) -> bool:
    """Whether two headings or more carry their reports' icons: a ModernGov page, whose
    items are the rows of its table."""
    return sum(1 for ln in lines if "PDF" in ln and ATTACHMENT.search(ln)) >= 2


MENU_RUN = 5  # this many short bullet lines in a row, before the minutes, are a menu


@dataclass
class Page:
    """A page's cleaned lines; `rows` are the indexes of lines that start a table row."""

    lines: list[str]
    rows: set[int] = field(default_factory=set)


# The chair's signature line at a page's foot, run into the next page's first line by the
# PDF's text: "Signed ______ Dated 5th March 2019 19.01.7 Correspondence".
SIGNATURE = re.compile(
    r"^Signed\b[\s_.:]*(?:\(?Chair(?:man|person)?\)?[\s_.:]*)?"
    r"(?:Date[d:]?[\s_.:]*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})?[\s_.]*)?"
)


def clean(text: str) -> Page:
    """The page's lines, stripped, with furniture blanked and table pipes taken out."""
    text = repaired(text)
    lines = grid_rows(_slash_rows(_unspaced([ln.strip() for ln in text.split("\n")])))
    rows = _table_rows(lines)
    lines = [_without_pipes(ln) for ln in lines]
    spaced = SPACED_LETTERS.search("\n".join(lines)) is not None  # (one search a page)
    lines = [unglued(ln, spaced) for ln in lines]
    lines = running_titles_blanked([_unsigned(ln) for ln in lines])
    # (a number typed over a list's own, the same twice: "1. 1. To confirm ..."; not where
    # other lines hold two numbers, "1. 1. Police report" / "1. 2. ...", a list's own)
    doubled = [k for k, ln in enumerate(lines) if ln[:1].isdigit() and _TWO_NUMBERS.match(ln)]
    if len(doubled) == 1:
        lines[doubled[0]] = _TWICE.sub(r"\1 ", lines[doubled[0]])
    _blank_contents(lines)
    # (a blank line stays blank: no furniture is empty)
    lines = [ln and ("" if NOISE.match(ln) or _contents(ln) else _inline_noise(ln)) for ln in lines]
    # (an item's number in a list after a bulleted link: "• View Recorded Vote" / "• 4.")
    lines = [_BULLETED_NUMBER.sub(r"\1", ln) if ln.startswith(("•", "·")) else ln for ln in lines]
    _blank_menus(lines)
    _column_head_dropped(lines)
    return Page(lines, rows)


# A table of contents: each entry's page number after dot leaders ("451 Welcome ...... 3"),
# an entry a line or all run onto one. Its numbers are the minutes' below, no items' own.
_LEADERS = re.compile(r"\.{4,}\s*\d{1,3}(?![\d.,])")


def _blank_contents(lines: list[str]) -> None:
    """A table of contents under its own title ("Table of Contents" / "345.1 Minutes -
    Meeting No 344 Adopted" / ...) lists the minutes below it: its entries are no items."""
    for i, line in enumerate(lines):
        if not _CONTENTS_TITLE.match(line):
            continue
        lines[i] = ""
        listed: set[str] = set()
        for j in range(i + 1, len(lines)):
            entry = _ENTRY.match(lines[j])
            if lines[j] and (not entry or entry[1] in listed):
                break  # (the minutes, or their first number again)
            listed.add(entry[1] if entry else "")
            lines[j] = ""


_CONTENTS_TITLE = re.compile(r"(?i)^(?:table\s+of\s+)?contents:?$")
_ENTRY = re.compile(r"(\d{1,4}(?:[./]\d{1,3}){0,2})[.)]?\s+\S")


def _contents(line: str) -> bool:
    """Whether a line is a table of contents' entry, or a run of them."""
    if "...." not in line:
        return False
    found = _LEADERS.findall(line)
    return len(found) >= 2 or (len(found) == 1 and _LEADERS.search(line.rstrip()[-12:]) is not None)


# A table flattened a row a line with " / " between its cells: "13.17/18 / Apologies for
# absence / Apologies were received ...". Its number and heading become the item's line
# and the rest its text; two such rows at least, so that "10 / 12 Members present" is none.
SLASH_ROW = rule(
    "slash-row",
    # (or its number and heading in one cell: "4. Minutes / RESOLVED to approve ...")
    r"^(?P<number>[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4})*[a-z]?)(?P<sep>\s+/\s+|\.\s+)"
    r"(?P<heading>(?:[A-Z]|[a-z]{1,2}\.\s?\d|[a-z]{1,2}[A-Z])[^/]{1,120}?)\s+/\s+(?P<rest>\S.*)$",
    "page",
    "13.17/18 / Apologies for absence / Apologies were received and accepted.",
    flags=0,
)
near_miss(
    "slash-row",
    "10 / 12 Members present / absent",
    "13.17/18 Apologies for absence",
    "4. Minutes of 12/3 / approved",
)


def _slash_rows(lines: list[str]) -> list[str]:
    rows = [SLASH_ROW.match(ln) if " / " in ln else None for ln in lines]
    # (number and heading in one cell: rows only where their text cells are minutes, not a
    # heading in a second language, "3. MAYOR'S REPORT / ADRODDIAD Y MAER")
    rows = [None if m and "/" not in m["sep"] and _SECOND_HEADING.match(m["rest"]) else m
            for m in rows]  # fmt: skip
    celled = [m for m in rows if m and "/" not in m["sep"]]
    if celled and 2 * sum(1 for m in celled if _MINUTES_CELL.search(m["rest"])) < len(celled):
        rows = [m if m and "/" in m["sep"] else None for m in rows]
    if sum(m is not None for m in rows) < 2:
        return lines
    out: list[str] = []
    for line, m in zip(lines, rows, strict=True):
        out.extend([f"{m['number']} {m['heading']}", "", m["rest"]] if m else [line])
    return out


# A heading's second language in capitals after its wall: "/ ADRODDIAD Y MAER ...".
_SECOND_HEADING = re.compile(r"(?!RESOLVED|AGREED)[A-Z][A-Z’'&-]+\s+[A-Z][A-Z’'&-]*\b")
# A cell of minutes: a verb that reports, "None", a decision, a numbered paragraph, a name.
_MINUTES_CELL = re.compile(
    r"^(?:None|Nil|No\b|RESOLVED|Resolved|AGREED|Agreed|\d{1,2}\.\s|Cllrs?\b|Councillors?\b)"
    r"|\b(?:was|were|is|are|had|has|have|reported|declared|asked|agreed|noted|resolved)\b"
)


# What opens a line that a wrapped sentence never runs on into: an item's number, a list's
# marker, a bullet, a decision ("45/19 Election of Chair", "(a)", "b) ", "• ", "That ...").
_OWN_LINE = re.compile(
    # (or a small Roman numeral with no mark, before a heading: "iii Surgery Sessions")
    # (or a letter's or a numeral's bracket glued to the capital after it: "i)The gaps ...")
    rf"^(?:[A-Z]{{0,4}}[\s./:]?\d|[(\[•·*-]|[a-zA-Z]{{1,4}}[.)]\s|{SMALL_ROMAN}\s+[A-Z]"
    rf"|(?:[a-z]|{SMALL_ROMAN})\)(?=[A-Z])"
    r"|(?:That|THAT|RESOLVED|Resolved|AGREED|Agreed)\b)"  # ("... seconded and" / "That ...")
)
_SENTENCE_END = (".", ":", ";", "!", "?", "-", "–")  # (and a lead-in's ":-")
WRAPPED_WORDS = 4  # words a line wrapped at the margin has at least
# A word no sentence ends on: the line after it is the sentence's rest ("... elected as
# Chair for the" / "meeting.", "HELD ON" / "MONDAY 3rd JUNE 2019").
OPEN_END = re.compile(r"(?i)\b(?:the|a|an|and|or|of|to|for|in|on|at|by|with|from|that)$")
DOUBLE_SPACED = 0.8  # the share of lines followed by one blank line that makes a page so
_CAPS_WRAP = 40  # characters a numbered heading in capitals broken at the margin has at least
_NUMBERED = re.compile(r"[A-Z]{0,3}\d{1,4}(?:[./]\d{1,4})*\.?\s+[A-Z]")


def _unspaced(lines: list[str]) -> list[str]:
    """A page printed double-spaced (a blank line after every line, so that no paragraph
    break shows) with its wrapped lines joined again: "... be elected as Chair for the" /
    "" / "meeting." is one sentence, where a paragraph would end at the blank line."""
    filled = [i for i, ln in enumerate(lines) if ln]
    spaced = sum(i + 2 < len(lines) and not lines[i + 1] and bool(lines[i + 2]) for i in filled)
    if len(filled) < 10 or spaced < DOUBLE_SPACED * len(filled):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        while line and i + 2 < len(lines) and not lines[i + 1] and _wraps(line, lines[i + 2]):
            line, i = f"{line} {lines[i + 2]}", i + 2
        out.append(line)
        i += 1
    return out


def _wraps(line: str, nxt: str) -> bool:
    """Whether a line of a double-spaced page runs on into the next: it ends no sentence,
    and the next starts in lower case or the line on a word no sentence ends on; the next
    opens no item or list entry (a time alone may end a header: "COMMENCING AT" /
    "07.30PM")."""
    if not nxt or line.endswith(_SENTENCE_END) or len(line.split()) < WRAPPED_WORDS:
        return False  # (a heading, "2 Apologies" / "were received from ...", stays one)
    if "PDF" in line and ATTACHMENT.search(line):
        return False  # a ModernGov heading ends at its attachment: "Minutes pdf icon PDF 138 KB"
    if _OWN_LINE.match(nxt):
        return bool(TIME.fullmatch(nxt)) and bool(OPEN_END.search(line))
    # (a long heading in capitals broken at the margin: "087/17 DECLARATIONS OF UNREGISTERED
    # DISCLOSABLE PECUNIARY" / "" / "INTERESTS IN AGENDA ITEMS AND REQUESTS FOR")
    capitals = (
        len(line) >= _CAPS_WRAP and line.isupper() and nxt.isupper() and bool(_NUMBERED.match(line))
    )
    return nxt[0].islower() or bool(OPEN_END.search(line)) or capitals


_BULLETED_NUMBER = re.compile(r"^[•·]\s*(\d{1,4}\.)$")


_TWICE = re.compile(r"^(\d{1,3}\.)\s+\1\s+(?=[A-Z])")
_TWO_NUMBERS = re.compile(r"\d{1,3}\.\s+\d{1,3}\.\s")


def _unsigned(line: str) -> str:
    """A line without the signature run into it (only one with a line to sign on)."""
    signed = line.startswith("Signed") and "__" in line
    return SIGNATURE.sub("", line, count=1).strip() if signed else line


def _inline_noise(line: str) -> str:
    if "documents:" in line or "Share this" in line:
        return INLINE_NOISE.sub(" ", line).strip()
    return line


def _column_head_dropped(lines: list[str]) -> None:
    """A table's column's head flattened onto its first row, before the first minute's
    number ("ACTION 12.042 Apologies ...", "Item: 117 Receive apologies ..."), taken off;
    never a later row's label, nor a label every row carries ("Item: 118 ...")."""
    first = next((k for k, ln in enumerate(lines) if _NUMBERED.match(ln) or _HEAD.match(ln)), None)
    if first is None or not (m := _HEAD.match(lines[first])):
        return
    label = m.group().split()[0]
    if label.isupper() or not any(ln.startswith(label) for ln in lines[first + 1 :]):
        lines[first] = lines[first][m.end() :]


_HEAD = re.compile(rf"(?:ACTIONS?(?:\s+BY)?|Item:|Minute:)\s+(?={_NUMBERED.pattern})")


def _table_rows(lines: list[str]) -> set[int]:
    """Where each row of a flattened table begins, when the page is one: after the
    header row ("No. | Item |"), after each line ending in "|" and after each rule line."""
    ends = [ln for ln in lines if ln.endswith("|") and (ln == "|" or not TABLE_RULE.match(ln))]
    if len(ends) < 3 or "item" not in ends[0].lower():
        return set()  # no table, or a table of something else (an attendance list)
    starts: set[int] = set()
    open_row = False
    for i, ln in enumerate(lines):
        if TABLE_RULE.match(ln):
            open_row = open_row or "|" in ln or "-" in ln
            continue
        if open_row and not NOISE.match(_without_pipes(ln)):
            starts.add(i)
            open_row = False
        if ln.endswith("|"):
            open_row = True
    return starts


def _without_pipes(line: str) -> str:
    if "|" not in line:
        return line
    if TABLE_RULE.match(line):
        return ""
    return re.sub(r"\s*\|\s*", " ", line).strip()


def _blank_menus(lines: list[str]) -> None:
    """A site menu at the very top of a page (a run of short bullet lines before anything
    else) is not minutes."""
    run: list[int] = []
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if ln.startswith("•") and len(ln.split()) <= 5:
            run.append(i)
        elif run or i > 3:
            break
    if len(run) >= MENU_RUN:
        for k in run:
            lines[k] = ""


def strip_attachment(title: str) -> tuple[str, bool]:
    """A title without its "pdf icon PDF 69 KB", and whether it had one."""
    m = ATTACHMENT.search(title)
    if not m:
        return title, False
    return (title[: m.start()] + " " + title[m.end() :]).strip(), True


def year_led_heading(line: str) -> bool:
    """Whether a line is a report's heading opening with its year, its icon after it
    ("2023/24 Draft Final Accounts ... pdf icon PDF 416 KB"): no minute's number."""
    return _YEAR_LED.match(line) is not None and ATTACHMENT.search(line) is not None


_YEAR_LED = re.compile(r"\s*(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?\s+[A-Z]")


near_miss(
    "page-noise", "Councillor Macleod, Convener; Councillor Fraser, Vice-Convener; and others"
)


# The gap a page flattened onto one line left where each paragraph ended: three spaces or
# more after a sentence's stop (or a label's colon or comma), before a capital: "... all in
# agreement.   Matters Arising: Mr Cator stated ...".
_PARAGRAPH_GAP = re.compile(r"(?<=[a-z)”’.][.:,!?])[ \t]{3,}(?=[A-Z])")
MIN_GAPS = 3  # gaps a long line needs to be read as paragraphs


def gapped(lines: list[str], long_line: int) -> list[str]:
    """The lines, each long one (a page flattened onto it) that holds three paragraph gaps
    or more broken at them."""
    out: list[str] = []
    for line in lines:
        if len(line) < long_line or len(_PARAGRAPH_GAP.findall(line)) < MIN_GAPS:
            out.append(line)
            continue
        for piece in _PARAGRAPH_GAP.split(line):
            out += [piece.strip(), ""]
    return out
