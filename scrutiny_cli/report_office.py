"""The tracker as a Word document (real tables, for the agenda pack; python-docx) and as a
spreadsheet of typed cells (xlsx.py: dates as dates, minute references as text)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .report_model import Asked, Tracker
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

# Cell shading for the RAG column (the word is there too: the colour is not the only sign).
SHADES = {"Red": "F4C7C3", "Amber": "FCE8B2", "Green": "C9E7C9"}


def write_docx(tracker: Tracker, path: Path) -> None:
    """The tracker as a .docx: A4 landscape, a heading per section, a Word table per group
    of rows with its header row repeated on every page."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading(title(tracker), level=1)
    doc.add_paragraph(subtitle(tracker))
    doc.add_paragraph().add_run(str(tracker.summary)).bold = True
    doc.add_heading("Outstanding actions", level=2)
    if not tracker.groups:
        doc.add_paragraph(EMPTY["outstanding"])
    for group in tracker.groups:
        doc.add_heading(group_heading(group.committee, group.date), level=3)
        _table(doc, OUTSTANDING, [line_cells(x) for x in group.lines])
    doc.add_heading("Closed since the last meeting", level=2)
    _table(doc, CLOSED, [closed_cells(c) for c in tracker.closed], EMPTY["closed"])
    doc.add_heading("Recommendations to the executive", level=2)
    recs = [recommendation_cells(r) for r in tracker.recommendations]
    _table(doc, RECOMMENDED, recs, EMPTY["recommendations"])
    doc.add_paragraph(f"Ratings: {RAG_KEY}.")
    doc.save(str(path))


def _table(doc: Any, columns: Sequence[str], rows: list[list[str]], empty: str = "") -> None:
    if not rows:
        doc.add_paragraph(empty)
        return
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, columns, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    for values in rows:
        cells = table.add_row().cells
        for column, cell, value in zip(columns, cells, values, strict=True):
            cell.text = value
            if column in ("Status", "Response") and value.split(" ")[0] in SHADES:
                _shade(cell, SHADES[value.split(" ")[0]])


def _repeat_as_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


# --- Spreadsheet -----------------------------------------------------------------------------

OUTSTANDING_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "key", "request", "owner", "due", "status",
    "rag", "rag_reason", "update_minute", "update_date", "update", "days_outstanding",
)  # fmt: skip
CLOSED_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "key", "request", "closed_on", "evidence_minute",
    "evidence", "days_to_close",
)  # fmt: skip
RECOMMENDATION_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "recommendation", "to", "response_due",
    "response_minute", "response_date", "response", "state",
)  # fmt: skip


def xlsx_sheets(tracker: Tracker) -> list[Any]:
    """The tracker's sheets (xlsx.Sheet): summary, outstanding, closed, recommendations."""
    from .xlsx import Kind, Sheet

    def kinds(columns: Sequence[str]) -> list[Kind]:
        return [_KINDS.get(c, Kind.text) for c in columns]

    summary = [
        {"item": "as of", "value": tracker.as_of},
        {"item": "committees", "value": "; ".join(tracker.committees)},
        {"item": "summary", "value": str(tracker.summary)},
        {"item": "ratings", "value": RAG_KEY},
    ]
    return [
        Sheet("Summary", ("item", "value"), summary, [Kind.text, Kind.text]),
        Sheet("Outstanding", OUTSTANDING_COLUMNS, _outstanding(tracker),
              kinds(OUTSTANDING_COLUMNS)),
        Sheet("Closed since last meeting", CLOSED_COLUMNS, _closed(tracker),
              kinds(CLOSED_COLUMNS)),
        Sheet("Recommendations", RECOMMENDATION_COLUMNS, _recommendations(tracker),
              kinds(RECOMMENDATION_COLUMNS)),
    ]  # fmt: skip


def _kinds() -> dict[str, Any]:
    from .xlsx import Kind

    dates = ("meeting_date", "due", "update_date", "closed_on", "response_due", "response_date")
    ints = ("days_outstanding", "days_to_close")
    return {**dict.fromkeys(dates, Kind.date), **dict.fromkeys(ints, Kind.int)}


_KINDS = _kinds()


def _asked(x: Asked) -> dict[str, Any]:
    return {"committee": x.committee, "meeting_date": x.meeting_date,
            "minute_ref": x.minute_ref, "key": x.key, "request": x.text}  # fmt: skip


def _outstanding(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        _asked(x) | {
            "owner": x.owner, "due": x.due, "status": x.status, "rag": x.rag,
            "rag_reason": x.rag_reason,
            "update_minute": x.update.ref if x.update else None,
            "update_date": x.update.date if x.update else None,
            "update": x.update.quote if x.update else None,
            "days_outstanding": x.days_outstanding,
        }
        for x in tracker.lines
    ]  # fmt: skip


def _closed(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        _asked(c) | {
            "closed_on": c.evidence.date, "evidence_minute": c.evidence.ref,
            "evidence": c.evidence.quote, "days_to_close": c.days_to_close,
        }
        for c in tracker.closed
    ]  # fmt: skip


def _recommendations(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        {
            "committee": r.committee, "meeting_date": r.meeting_date, "minute_ref": r.minute_ref,
            "recommendation": r.text, "to": r.to, "response_due": r.response_due,
            "response_minute": r.response.ref if r.response else None,
            "response_date": r.response.date if r.response else None,
            "response": r.response.quote if r.response else None, "state": r.state,
        }
        for r in tracker.recommendations
    ]  # fmt: skip
