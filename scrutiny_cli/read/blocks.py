"""An HTML element tree to text the way a browser lays it out when its text is copied: block
elements (paragraphs, headings, divisions) apart with a blank line, list items and table rows
on lines of their own, `<br>` a line break, runs of white space one space.

Rendering is a walk over an explicit stack, not recursion, so that a page nested thousands
of elements deep costs time, not a crash. What is not text is taken out of the tree before
the walk (html.prune_furniture, moderngov.prune_moderngov); subclasses write some elements
themselves through `Renderer.special`.
"""

from __future__ import annotations

import re
from typing import Any

Node = Any  # a selectolax LexborNode (untyped Cython)

# Elements that start and end a paragraph of their own.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol dl table blockquote section article main header footer "
    "aside nav form fieldset figure figcaption address pre hr center details summary caption "
    "body html".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements that start a line of their own but not a paragraph.
LINE_TAGS = frozenset("li dt dd tr".split())
# Elements whose content is never text a reader sees.
INVISIBLE_TAGS = frozenset(
    "script style noscript template head title meta link iframe object embed svg canvas "
    "button select input textarea option map audio video source track img picture math "
    "-comment".split()
)
# Block elements whose presence in a table cell makes the table a layout grid, not data.
_CELL_BLOCKS = frozenset("p div ul ol table h1 h2 h3 h4 h5 h6 blockquote".split())
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
# A table cell that only numbers the row ("32.", "21/045", "5.1", "P/142", "*450", "3.a"):
# written on the same line as the next cell's first paragraph, as a heading's number is.
NUMBER_CELL = re.compile(r"^\*?[A-Z]{0,4}[ /]?\d{1,4}(?:[./-]\d{1,4}){0,2}\.?[a-z]?\.?$")
LINE, PARAGRAPH = 1, 2
# Elements whose end the walk must see: blocks, lines and lists.
_LEFT_TAGS = BLOCK_TAGS | LINE_TAGS | {"ul", "ol"}


class Writer:
    """Text written piece by piece, with breaks asked for lazily: nested blocks that each ask
    for a paragraph break give one blank line, and no break is written before any text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0  # the break owed before the next text: 0, LINE or PARAGRAPH
        self.at_line_start = True
        self.glued = False  # the next break is dropped: "32." goes on the heading's line

    def text(self, s: str) -> None:
        """Write inline text whose white space runs are already single spaces."""
        if self.pending or self.at_line_start:
            s = s.lstrip(" \u00a0")  # indentation, and the space between two blocks
            if not s:
                return
            if self.pending and self.parts:
                self.parts.append("\n" * self.pending)
            self.pending = 0
        elif s.startswith(" ") and self.parts[-1].endswith(" "):
            s = s[1:]
        if s:
            self.parts.append(s)
            self.at_line_start = False
            self.glued = False

    def space(self) -> None:
        """White space between inline elements: one space, none at a line's start."""
        if not (self.pending or self.at_line_start or self.parts[-1].endswith(" ")):
            self.parts.append(" ")

    def brk(self, kind: int) -> None:
        """Ask for a line break (LINE) or a blank line (PARAGRAPH) before the next text."""
        if kind > self.pending and not self.glued:
            self.pending = kind

    def glue(self) -> None:
        self.glued = True

    def paragraph(self, s: str) -> None:
        """Write a whole paragraph of its own."""
        self.brk(PARAGRAPH)
        self.text(s)
        self.brk(PARAGRAPH)

    def lines(self, rows: list[str]) -> None:
        """Write lines one under the other, as a paragraph of their own."""
        self.brk(PARAGRAPH)
        for row in rows:
            self.brk(LINE)
            self.text(row)
        self.brk(PARAGRAPH)

    def result(self) -> str:
        return "".join(self.parts)


def classes(node: Node) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _collapse(text: str) -> str:
    """Runs of white space as one space (most text nodes have none to collapse)."""
    if "\n" in text or "  " in text or "\t" in text or "\r" in text or "\f" in text:
        return _SPACE_RUN.sub(" ", text)
    return text


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks included) one space; no-break spaces
    are kept, as a browser keeps them ("Rose&nbsp; Tel:" has two spaces)."""
    return _SPACE_RUN.sub(" ", text).strip(" \u00a0")


class Renderer:
    """Walks an element tree into a Writer. Subclasses write some elements themselves (those
    whose tags are in SPECIAL_TAGS, through `special`); the rest is laid out as a browser
    would."""

    SPECIAL_TAGS: frozenset[str] = frozenset()

    def __init__(self, writer: Writer | None = None) -> None:
        self.out = writer or Writer()
        self._lists: list[list[Any]] = []  # [tag, next number, numbering type] per open list

    def special(self, node: Node, tag: str) -> bool:
        """Write this element some other way (return True when done)."""
        return False

    def render(self, root: Node) -> Renderer:
        # (element, its tag, True when leaving it): only blocks, lines and lists are left.
        stack: list[tuple[Node, str, bool]] = [(root, root.tag, False)]
        out, special_tags = self.out, self.SPECIAL_TAGS
        while stack:
            node, tag, leaving = stack.pop()
            if leaving:
                self._leave(tag)
            elif tag == "-text":
                text = node.text_content
                if not text:
                    continue
                if text.isspace() and "\u00a0" not in text:
                    out.space()  # most text nodes: the line breaks between two tags
                else:
                    out.text(_collapse(text))
            elif (
                tag in INVISIBLE_TAGS
                or (tag in special_tags and self.special(node, tag))
                or (tag in ("td", "th") and self._number_cell(node))
            ):
                continue
            elif tag == "table" and not is_layout_table(node):
                self.data_table(node)
            else:
                self._enter(node, tag)
                if tag in _LEFT_TAGS:
                    stack.append((node, tag, True))
                children = [(c, c.tag, False) for c in node.iter(include_text=True)]
                children.reverse()
                stack.extend(children)
        return self

    def _enter(self, node: Node, tag: str) -> None:
        if tag in BLOCK_TAGS:
            # Blocks inside a list item (a nested list, a paragraph) go on the next line.
            self.out.brk(LINE if self._lists else PARAGRAPH)
        elif tag in LINE_TAGS or tag == "br":
            self.out.brk(LINE)
        if tag in ("ul", "ol"):
            self._lists.append([tag, _start(node), node.attributes.get("type") or "1"])
        elif tag == "li":
            self._list_marker(node)
        elif tag in ("td", "th"):
            self.out.brk(PARAGRAPH)  # a cell of a layout grid is a paragraph

    def _leave(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag in BLOCK_TAGS:
            self.out.brk(LINE if self._lists else PARAGRAPH)
        elif tag in LINE_TAGS:
            self.out.brk(LINE)

    def _list_marker(self, node: Node) -> None:
        # The marker is glued to the item's text, even when that is inside a <p>.
        if not self._lists or self._lists[-1][0] == "ul":
            self.out.text("• ")
        else:
            _, number, style = self._lists[-1]
            value = (node.attributes.get("value") or "").strip()
            if value.lstrip("-").isdigit():
                number = int(value)
            self.out.text(f"{list_number(number, style)}. ")
            self._lists[-1][1] = number + 1
        self.out.glue()

    def _number_cell(self, node: Node) -> bool:
        """A layout grid's first cell that only numbers its row goes on the line of what
        follows it, as the number of a numbered heading does."""
        if not _first_cell(node):
            return False
        text = one_line(node.text())
        if not NUMBER_CELL.match(text):
            return False
        self.out.brk(PARAGRAPH)
        self.out.text(text + " ")
        self.out.glue()
        return True

    def fresh(self) -> Renderer:
        """A renderer like this one, writing elsewhere."""
        return type(self)()

    def inline(self, node: Node) -> str:
        """What is inside an element, on one line."""
        inner = self.fresh()
        for child in node.iter(include_text=True):
            inner.render(child)
        return one_line(inner.out.result())

    def data_table(self, table: Node) -> None:
        """A table of data: one row a line, its non-empty cells apart with " | "."""
        rows = []
        for row in table_rows(table):
            cells = [self.inline(c) for c in row.iter() if c.tag in ("td", "th")]
            line = " | ".join(c for c in cells if c)
            if line:
                rows.append(line)
        self.out.lines(rows)


def _first_cell(node: Node) -> bool:
    prev = node.prev
    while prev is not None and prev.tag not in ("td", "th"):
        prev = prev.prev
    return prev is None


def _start(node: Node) -> int:
    start = (node.attributes.get("start") or "").strip()
    return int(start) if start.lstrip("-").isdigit() else 1


def list_number(n: int, style: str) -> str:
    """n as an ordered list of this type shows it: 1, a, A, i or I."""
    if style in ("a", "A") and n > 0:
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if style == "A" else letters
    if style in ("i", "I") and 0 < n < 4000:
        roman = to_roman(n)
        return roman.upper() if style == "I" else roman
    return str(n)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def to_roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out += numeral
            n -= value
    return out


def table_rows(table: Node) -> list[Node]:
    """The table's own rows, not those of tables nested in its cells."""
    rows = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child.iter() if c.tag == "tr")
    return rows


def is_layout_table(table: Node) -> bool:
    """A table used to lay a page out (cells holding paragraphs, lists or tables), whose
    cells are read as paragraphs, rather than a table of data read row by row."""
    for row in table_rows(table):
        for cell in row.iter():
            if cell.tag not in ("td", "th"):
                continue
            blocks = [c for c in cell.iter() if c.tag in _CELL_BLOCKS and c.text().strip()]
            if len(blocks) > 1 or any(c.tag == "table" for c in blocks):
                return True
    return False
