"""Word .docx minutes to text with python-docx: paragraphs in document order, each with the
number or bullet Word shows before it ("32. Declarations of Interests"), headings on lines
of their own, tables row by row with " | " between cells.

python-docx opens the package and gives the styles and numbering parts; the text of a
paragraph is gathered from its runs here (tracked insertions included, deletions, field
codes and hidden text left out), since Word numbering is not something any reader library
computes.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import ReadError
from .blocks import NUMBER_CELL
from .numbering import BULLET, Element, Numbering, W

# Containers a paragraph's runs may sit in (links, tracked insertions, content controls).
_RUN_CONTAINERS = frozenset(
    W + t
    for t in (
        "hyperlink",
        "ins",
        "smartTag",
        "fldSimple",
        "sdt",
        "sdtContent",
        "customXml",
        "moveTo",
        "dir",
        "bdo",
    )
)
_RUN_TEXT = {
    W + "t": None,
    W + "tab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "-",
}


def docx_to_text(data: bytes, name: str = "file.docx") -> str:
    """The text of a Word .docx document, paragraphs apart with a blank line."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(f"not a readable Word .docx file ({_reason(e)})") from None
    except Exception as e:  # lxml's XMLSyntaxError: a damaged part
        raise ReadError(f"damaged Word .docx file ({type(e).__name__})") from None
    styles = {s.get(W + "styleId"): s for s in document.styles.element.iterfind(W + "style")}
    try:
        numbering_xml = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering_xml = None
    reader = _Reader(Numbering(numbering_xml, styles))
    reader.blocks_of(document.element.body)
    if not reader.blocks:
        raise ReadError("the Word document has no text")
    return "\n\n".join(reader.blocks)


def _reason(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:80]


class _Reader:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.blocks: list[str] = []

    def blocks_of(self, container: Element) -> None:
        """Paragraphs and tables in order, content controls opened."""
        for child in container:
            if child.tag == W + "p":
                text = self.paragraph(child)
                if text:
                    self.blocks.append(text)
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                self.blocks_of(child.find(W + "sdtContent") if child.tag == W + "sdt" else child)

    def paragraph(self, p: Element) -> str:
        """A paragraph's text after the number Word shows for it."""
        label = self.numbering.paragraph_label(p)
        text = "".join(_run_texts(p)).strip()
        if not text:
            return ""
        if label == BULLET:
            return f"{BULLET} {text}"
        return f"{label} {text}" if label else text

    def table(self, tbl: Element) -> None:
        """A table of data row by row; a layout grid (cells of several paragraphs) cell by
        cell, a first cell holding only a number joined to the heading beside it."""
        rows = [[self._cell(tc) for tc in _cells(tr)] for tr in tbl.iterfind(W + "tr")]
        if any(len(cell) > 1 for row in rows for cell in row):
            for row in rows:
                self._layout_row(row)
            return
        lines = [" | ".join(cell[0] for cell in row if cell) for row in rows]
        table = "\n".join(line for line in lines if line)
        if table:
            self.blocks.append(table)

    def _cell(self, tc: Element) -> list[str]:
        """The blocks of one cell (empty for the lower part of a vertically merged cell)."""
        props = tc.find(W + "tcPr")
        merge = props.find(W + "vMerge") if props is not None else None
        if merge is not None and merge.get(W + "val") in (None, "continue"):
            return []
        inner = _Reader(self.numbering)
        inner.blocks_of(tc)
        return inner.blocks

    def _layout_row(self, row: list[list[str]]) -> None:
        cells = [cell for cell in row if cell]
        if len(cells) > 1 and len(cells[0]) == 1 and NUMBER_CELL.match(cells[0][0]):
            number = cells.pop(0)[0]
            cells[0] = [f"{number} {cells[0][0]}", *cells[0][1:]]
        for cell in cells:
            self.blocks.extend(cell)


def _cells(tr: Element) -> list[Element]:
    return [tc for tc in tr.iter(W + "tc") if tc.getparent() is tr or _in_row(tc, tr)]


def _in_row(tc: Element, tr: Element) -> bool:
    """A cell inside a content control of this row, not one of a nested table."""
    parent = tc.getparent()
    while parent is not None and parent is not tr:
        if parent.tag == W + "tbl":
            return False
        parent = parent.getparent()
    return parent is tr


def _run_texts(container: Element) -> list[str]:
    out: list[str] = []
    for child in container:
        if child.tag == W + "r":
            if not _hidden(child):
                for part in child:
                    if part.tag in _RUN_TEXT:
                        text = _RUN_TEXT[part.tag]
                        out.append((part.text or "") if text is None else text)
        elif child.tag in _RUN_CONTAINERS:
            out.extend(_run_texts(child))
    return out


def _hidden(run: Element) -> bool:
    props = run.find(W + "rPr")
    vanish = props.find(W + "vanish") if props is not None else None
    return vanish is not None and vanish.get(W + "val") not in ("0", "false")
