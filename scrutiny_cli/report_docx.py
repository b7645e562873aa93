"""The tracker as a Word document for the agenda pack: A4 landscape, a heading a section and
a meeting, real Word tables whose header row repeats on every page, RAG cells shaded.

python-docx makes the package (styles, the page); the body is written as WordprocessingML
and put into the package's document.xml as text. Adding cells through python-docx's objects
looks each row up again for every cell (a tracker of 40,000 rows took six minutes that way),
and moving parsed elements into its document costs seconds more.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from .report_model import Tracker
from .report_render import (
    CLOSED,
    EMPTY,
    OUTSTANDING,
    RAG_KEY,
    RECOMMENDED,
    closed_cells,
    group_heading,
    line_cells,
    recommendation_cells,
    subtitle,
    title,
)

# Cell shading for the rated columns (the word is there too: the colour is not the only sign).
SHADES = {"Red": "F4C7C3", "Amber": "FCE8B2", "Green": "C9E7C9"}
RATED = ("Status", "Response")
MARGIN_MM = 15
WIDTH_TWIPS = round((297 - 2 * MARGIN_MM) * 1440 / 25.4)  # A4 landscape within the margins
# Relative column widths (the rest share what is left alike).
WEIGHTS = {
    "Ref": 9, "Agreed": 8, "Request": 22, "Owner": 9, "Due": 8, "Status": 11,
    "Latest update": 27, "Days": 5, "Closed": 8, "Evidence": 36, "Days to close": 6,
    "Recommendation": 29, "To": 12, "Response due": 9, "Response": 25,
}  # fmt: skip
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_docx(tracker: Tracker, path: Path) -> None:
    """Write the tracker to a .docx file."""
    body = "".join(_body(tracker)).encode("utf-8")
    with (
        zipfile.ZipFile(io.BytesIO(_package())) as empty,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in empty.infolist():
            data = empty.read(info)
            if info.filename == "word/document.xml":
                assert b"<w:body>" in data, "python-docx's template has changed"
                data = data.replace(b"<w:body>", b"<w:body>" + body, 1)
            out.writestr(info, data)


def _package() -> bytes:
    """An empty document, A4 landscape, in python-docx's default styles."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    doc.styles["Normal"].font.size = Pt(9)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _body(tracker: Tracker) -> list[str]:
    """The document's paragraphs and tables, as WordprocessingML."""
    out = [_heading(title(tracker), 1), _paragraph(subtitle(tracker))]
    out += [_paragraph(str(tracker.summary), bold=True), _heading("Outstanding actions", 2)]
    if not tracker.groups:
        out.append(_paragraph(EMPTY["outstanding"]))
    for group in tracker.groups:
        out.append(_heading(group_heading(group.committee, group.date), 3))
        out.append(_table(OUTSTANDING, [line_cells(x) for x in group.lines]))
    out.append(_heading("Closed since the last meeting", 2))
    closed = [closed_cells(c) for c in tracker.closed]
    out.append(_table(CLOSED, closed) if closed else _paragraph(EMPTY["closed"]))
    out.append(_heading("Recommendations to the executive", 2))
    recs = [recommendation_cells(r) for r in tracker.recommendations]
    out.append(_table(RECOMMENDED, recs) if recs else _paragraph(EMPTY["recommendations"]))
    out.append(_paragraph(f"Ratings: {RAG_KEY}."))
    return out


def _text(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def _run(text: str, bold: bool = False) -> str:
    style = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{style}<w:t xml:space="preserve">{_text(text)}</w:t></w:r>'


def _paragraph(text: str, bold: bool = False) -> str:
    return f"<w:p>{_run(text, bold)}</w:p>"


def _heading(text: str, level: int) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>{_run(text)}</w:p>'


def _table(columns: Sequence[str], rows: list[list[str]]) -> str:
    """A Word table ("Table Grid" style, the page's width), its header row repeating."""
    widths = _widths(columns)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    head = "".join(_cell(c, w, bold=True) for c, w in zip(columns, widths, strict=True))
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{head}</w:tr>"
    ]
    rated = [i for i, c in enumerate(columns) if c in RATED]
    for row in rows:
        shades = {i: SHADES.get(row[i].split(" ", 1)[0]) for i in rated}
        cells = (_cell(v, widths[i], shade=shades.get(i)) for i, v in enumerate(row))
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _cell(text: str, width: int, bold: bool = False, shade: str | None = None) -> str:
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>'
        f"<w:p>{_run(text, bold) if text else ''}</w:p></w:tc>"
    )


def _widths(columns: Sequence[str]) -> list[int]:
    """Each column's width in twips: its weight's share of the page's width."""
    weights = [WEIGHTS.get(c, 10) for c in columns]
    return [WIDTH_TWIPS * w // sum(weights) for w in weights]
