"""ModernGov pages read through their structure, written in the layout the page has when its
text is copied from a browser (the layout the parser knows), one element a paragraph.

The markup, as ModernGov prints it (`#modgov` holds the page inside a council's template):
- `h1.mgMainTitleTxt` the page's heading ("Agenda and minutes", "Agenda item", "Issue -
  meetings", "Decision details"), `h2.mgSubTitleTxt` the meeting ("Cabinet - Tuesday, 5th
  March, 2019 7.30 pm") or the issue, `h3.mgSubSubTitleTxt` a section ("Decisions:");
- `p > span.mgLabel` a labelled value ("Venue:", "Contact:", "Meeting:", "Decision Maker:");
- `table.mgItemTable` (on some sites `table#mgItemTable`), one row an item:
  `td.mgItemNumberCell p.mgAiTitleTxt` the number (some sites leave the cell unclassed: a
  first cell holding only a number is the number cell), the next cell's first
  `p.mgAiTitleTxt` the title (its link ends "PDF 69 KB"), `div.mgWordPara`
  the agenda text, and `p.mgSubItemTitleTxt` "Decision:" or "Minutes:" before the
  `div.mgWordPara` that holds it;
- `ul.mgActionList` links about an item ("View the decision for item 4."), `.mgHide` and
  `.mgFileSize` text for screen readers and file sizes, left out;
- the attendance page's table (summary "Table of meeting attendance"): attendee, role,
  attendance, one person a row.
"""

from __future__ import annotations

import re

from .blocks import NUMBER_CELL, PARAGRAPH, Node, Renderer, classes, one_line, table_rows
from .html import main_content, prune_furniture, remove

_MARKERS = "#modgov, .mgMainTitleTxt, .mgSubTitleTxt, .mgItemTable, #mgItemTable, .mgAiTitleTxt"
_NOISE_SELECTOR = ".mgActionList, .mgHide, .mgFileSize, .mgLinks"
# Where the short texts below are found.
_NOISE_TEXT_SELECTOR = "a, h2, h3, caption, .mgSectionTitle"
# Whole texts of elements that are page furniture, not minutes.
NOISE_TEXTS = frozenset(
    {
        "view directions",
        "share this item",
        "media",
        "items",
        "no. item",
        "print",
        "email",
        "subscribe to updates",
    }
)
# "Minutes pdf icon PDF 69 KB", "Report PDF 1 MB", "Appendix (DOCX, 20 KB)": the file after a
# title, as a link to it shows ("HeatingPDF 500 KB" when the link's parts are run together).
ATTACHMENT = re.compile(
    r"\s*(?:\b(?:pdf|docx?|xlsx?|pptx?|rtf|html?)\s+e?icon\s*)?\(?(?:\b|(?<=[a-z]))"
    r"(?:PDF|DOCX?|XLSX?|PPTX?|RTF|HTML?)\b,?\s*[\d.,]+\s*[KMG]B\)?\s*$",
    re.IGNORECASE,
)
# Pages whose items show their number before the title on one line ("61 Housing Strategy"),
# by their heading; a meeting page prints the number on a line of its own.
_NUMBER_WITH_TITLE = re.compile(r"^(?:Agenda item|Issue|Decision)", re.IGNORECASE)


def is_moderngov(tree: object) -> bool:
    """A page made by ModernGov (its class names start "mg")."""
    return tree.css_first(_MARKERS) is not None  # type: ignore[attr-defined]


def moderngov_text(tree: object) -> str:
    """The text of a ModernGov page in the canonical layout."""
    root = tree.css_first("#modgov") or main_content(tree)  # type: ignore[attr-defined]
    if root is None:
        return ""
    heading = tree.css_first("h1.mgMainTitleTxt")  # type: ignore[attr-defined]
    inline = bool(heading and _NUMBER_WITH_TITLE.match(_plain(heading.text())))
    # ModernGov's own markup names nothing like a menu or banner: by name, only the
    # council's template around it is furniture.
    prune_furniture(root, by_name=root.id != "modgov")
    prune_moderngov(root)
    labelled = {s.parent.mem_id for s in root.css("p > span.mgLabel") if _labelled(s.parent)}
    renderer = ModernGovRenderer(number_with_title=inline, labelled=labelled)
    return renderer.render(root).out.result()


def prune_moderngov(root: Node) -> None:
    """Take out what ModernGov adds about an item that is not its text: action links, lists
    of documents and webcasts, file sizes, screen-reader text, "Media" and "Items"."""
    remove(root, list(root.css(_NOISE_SELECTOR)))
    found = [n for n in root.css("ul, ol") if is_link_list(n) and not _in_minutes(n, root)]
    found += [n for n in root.css(_NOISE_TEXT_SELECTOR) if _noise_text(n)]
    remove(root, found)


def _in_minutes(node: Node, root: Node) -> bool:
    """Inside an item's text (div.mgWordPara), where a list of links is what was minuted."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if "mgWordPara" in classes(parent):
            return True
        parent = parent.parent
    return False


def _noise_text(node: Node) -> bool:
    text = node.text(strip=True)
    return len(text) < 30 and _plain(text).rstrip(".:") in NOISE_TEXTS


def strip_attachment(title: str) -> str:
    """A title without the file its link leads to ("Minutes pdf icon PDF 69 KB")."""
    return ATTACHMENT.sub("", title).strip()


class ModernGovRenderer(Renderer):
    """A ModernGov page: items, labels and attendance written in the canonical layout."""

    def __init__(self, number_with_title: bool = False, labelled: set[int] | None = None) -> None:
        super().__init__()
        self.number_with_title = number_with_title
        self.labelled = labelled or set()  # the paragraphs that start with a label

    def fresh(self) -> Renderer:
        return type(self)(self.number_with_title, self.labelled)

    SPECIAL_TAGS = frozenset({"p", "span", "table"})

    def special(self, node: Node, tag: str) -> bool:
        if tag == "p" and node.mem_id in self.labelled:
            # "Venue: Committee Room 2. View directions" loses its link, then its full stop.
            self.out.paragraph(self.inline(node).rstrip(" ."))
            return True
        if tag == "span" and "mgLabel" in classes(node):
            # "Venue:" and its value: one line, a space between them however it is marked up.
            self.out.text(one_line(node.text()) + " ")
            return True
        if tag != "table":
            return False
        if "mgItemTable" in classes(node) or node.id == "mgItemTable":
            self.item_table(node)
            return True
        if is_attendance_table(node):
            for block in attendance_blocks(node):
                self.out.lines(block)
            return True
        return False

    def item_table(self, table: Node) -> None:
        """Each row an item: its number, its title, then the rest of its cell in order."""
        for row in table_rows(table):
            cells = [c for c in row.iter() if c.tag == "td"]
            number_cell = _number_cell(cells)
            body = [c for c in cells if number_cell is None or c.mem_id != number_cell.mem_id]
            title = next((t for c in body if (t := c.css_first("p.mgAiTitleTxt"))), None)
            if title is None:
                for cell in cells:
                    self.render(cell)
                continue
            number = one_line(number_cell.text()) if number_cell is not None else ""
            self._item_heading(number, strip_attachment(self.inline(title)))
            title.decompose()  # written: the cell goes on after it
            for cell in body:
                self.render(cell)
            self.out.brk(PARAGRAPH)

    def _item_heading(self, number: str, title: str) -> None:
        if self.number_with_title:
            self.out.paragraph(f"{number} {title}".strip())
            return
        if number:
            self.out.paragraph(number)
        self.out.paragraph(title)


def _number_cell(cells: list[Node]) -> Node | None:
    """The cell holding an item's number: classed so, or a first cell holding only a number
    when a title cell follows it."""
    marked = next((c for c in cells if "mgItemNumberCell" in classes(c)), None)
    if marked is not None or len(cells) < 2:
        return marked
    first = cells[0]
    text = one_line(first.text().replace("\u00a0", " "))
    return first if NUMBER_CELL.match(text) or not text else None


def _plain(text: str) -> str:
    """Text to compare with a table of phrases: one line, lower case, plain spaces."""
    return one_line(text.replace("\u00a0", " ")).lower()


def _labelled(p: Node) -> bool:
    """A paragraph that starts with a label: <p><span class="mgLabel">Venue:</span> ..."""
    first = next(iter(p.iter()), None)
    return first is not None and first.tag == "span" and "mgLabel" in classes(first)


def is_link_list(node: Node) -> bool:
    """A list whose every item is only a link (documents, webcasts, menus)."""
    items = [li for li in node.iter() if li.tag == "li"]
    if not items or node.css_first("a") is None:
        return False
    for li in items:
        links = " ".join(a.text() for a in li.css("a"))
        if not links.strip() or one_line(links) != one_line(li.text()):
            return False
    return True


# --- The attendance page -------------------------------------------------------------------

_NAME_COLUMNS = ("attendee", "name", "member", "councillor")
# What the attendance column says, and the block the person goes in (None: left out, as
# "Expected" on a meeting still to come).
ATTENDANCE_STATUS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"^in attendance", re.I), "Other Members:"),
    (re.compile(r"^(?:present|attended|virtual|remote|yes)", re.I), "Present"),
    (re.compile(r"^apolog", re.I), "Apologies"),
    (re.compile(r"^(?:absent|no\b|not present)", re.I), "Absent"),
    (re.compile(r"^(?:expected|not required|unknown)", re.I), None),
)
# What the role column says: the mark after the name, or the block within Present.
ROLE_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:vice|deputy)[- ]?chair", re.I), "(Vice-Chair)"),
    (re.compile(r"^chair(?:man|woman|person)?$", re.I), "(Chair)"),
    (re.compile(r"substitute|reserve", re.I), "(substitute)"),
    (re.compile(r"co-?opt", re.I), "(Co-opted Member)"),
    (
        re.compile(
            r"^(?:committee |board |panel |cabinet |council )?member$|^councillor$|^$", re.I
        ),
        "",
    ),
    (re.compile(r"officer|clerk|advis[eo]r|director|manager|solicitor", re.I), "Officers:"),
    (
        re.compile(r"other member|visiting|non-committee|in attendance|guest|observer", re.I),
        "Other Members:",
    ),
)
_BLOCKS = ("Present", "Other Members:", "Officers:", "Apologies", "Absent")


def is_attendance_table(table: Node) -> bool:
    """The attendance page's table of attendees, roles and attendance."""
    if "attendance" in (table.attributes.get("summary") or "").lower():
        return True
    header = [_plain(th.text()) for th in table.css("th")]
    return "attendance" in header and any(h in _NAME_COLUMNS for h in header)


def attendance_blocks(table: Node) -> list[list[str]]:
    """Present:, Apologies: and Absent: blocks, one attendee a line: "Councillor A Ray (Chair)"."""
    columns = _columns(table)
    blocks: dict[str, list[str]] = {b: [] for b in _BLOCKS}
    for row in table_rows(table):
        cells = [one_line(c.text().replace("\u00a0", " ")) for c in row.iter() if c.tag == "td"]
        if len(cells) <= max(columns.values()):
            continue
        name, role, said = (cells[columns[k]] for k in ("name", "role", "attendance"))
        block = next((b for rule, b in ATTENDANCE_STATUS if rule.match(said)), None)
        if not name or block is None:
            continue
        if block == "Present" and re.search(r"substitute", said, re.I):
            role = "Substitute"
        mark = next((m for rule, m in ROLE_MARKS if rule.search(role)), f"({role})")
        if block != "Present" and block.endswith(":") and mark == "Officers:":
            block = mark  # an officer in attendance
        if block == "Present" and mark.endswith(":"):
            blocks[mark].append(name)
        else:
            blocks[block].append(f"{name} {mark}" if mark and not mark.endswith(":") else name)
    return [
        [block if block.endswith(":") else block + ":", *names]
        for block, names in blocks.items()
        if names
    ]


def _columns(table: Node) -> dict[str, int]:
    """Which column holds the name, the role and the attendance (by header, else 0, 1, 2)."""
    header = [_plain(th.text()) for th in table.css("th")]
    found = {"name": 0, "role": 1, "attendance": 2}
    for i, h in enumerate(header):
        if h in _NAME_COLUMNS:
            found["name"] = i
        elif h.startswith("role"):
            found["role"] = i
        elif h.startswith("attendance"):
            found["attendance"] = i
    return found
