"""The tracker as Markdown (to paste into any report) and as one self-contained HTML file
(printable on A4, no script, the chart inline). Both lay out the same cells, which the
Word and spreadsheet renderers (report_docx.py, report_xlsx.py) share too."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from html import escape

from .report_model import Closed, Line, Recommendation, Tracker
from .report_rules import RAG_RULES

OUTSTANDING = ("Ref", "Agreed", "Request", "Owner", "Due", "Status", "Latest update", "Days")
CLOSED = ("Ref", "Agreed", "Request", "Closed", "Evidence", "Days to close")
RECOMMENDED = ("Ref", "Agreed", "Recommendation", "To", "Response due", "Response")


def line_cells(line: Line) -> list[str]:
    """An outstanding action's cells, in OUTSTANDING's order."""
    return [
        line.reference,
        line.meeting_date,
        line.text,
        line.owner or "",
        line.due or "",
        f"{line.rag} – {line.rag_reason}",
        str(line.update) if line.update else "",
        str(line.days_outstanding),
    ]


def closed_cells(closed: Closed) -> list[str]:
    """A closed action's cells, in CLOSED's order."""
    evidence = closed.evidence
    return [
        closed.reference,
        closed.meeting_date,
        closed.text,
        evidence.date,
        f"{evidence.ref}: {evidence.quote}" if evidence.ref else f"set by hand: {evidence.quote}",
        str(closed.days_to_close),
    ]


def recommendation_cells(rec: Recommendation) -> list[str]:
    """A recommendation's cells, in RECOMMENDED's order."""
    if rec.response:
        response = f"Response recorded: {rec.response}"
    elif rec.flagged:
        response = f"Red – no response recorded by {rec.response_due}"
    else:
        response = "Awaiting response"
    return [
        rec.minute_ref,
        rec.meeting_date,
        rec.text,
        rec.to,
        rec.response_due,
        response,
    ]


def title(tracker: Tracker) -> str:
    """ "Outstanding actions: Housing and Communities Scrutiny Board" (or all committees)."""
    names = tracker.committees
    if len(names) > 3:
        who = f"{len(names)} committees"
    else:
        who = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    return f"Outstanding actions and recommendations: {who}"


def subtitle(tracker: Tracker) -> str:
    """As of when, since when, and each committee's last meeting."""
    since = f", for meetings since {long_date(tracker.since)}" if tracker.since else ""
    last = "; ".join(
        f"{name}: {long_date(day)}" if len(tracker.last_meetings) > 1 else long_date(day)
        for name, day in tracker.last_meetings.items()
    )
    return f"As of {long_date(tracker.as_of)}{since}. Last meeting: {last or 'none'}."


@functools.lru_cache(maxsize=4096)
def long_date(iso: str) -> str:
    """ "2024-06-01" as "1 June 2024"."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def group_heading(committee: str, day: str) -> str:
    return f"{long_date(day)} · {committee}"


RAG_KEY = "; ".join(f"{r.rating} – {r.reason}" for r in RAG_RULES)
EMPTY = {
    "outstanding": "No outstanding actions.",
    "closed": "No action closed since the last meeting.",
    "recommendations": "No recommendation to the executive awaits a response.",
}


# --- Markdown --------------------------------------------------------------------------------


def markdown(tracker: Tracker) -> str:
    """The tracker as Markdown: headings, a summary line and pipe tables (each followed,
    in a cut tracker, by how many of its rows were left out)."""
    out = [f"# {md(title(tracker))}", "", md(subtitle(tracker)), "", f"**{tracker.summary}**"]
    out += ["", "## Outstanding actions", ""]
    if not tracker.groups:
        out += [EMPTY["outstanding"], ""]
    for group in tracker.groups:
        out += [f"### {md(group_heading(group.committee, group.date))}", ""]
        out += _md_table(OUTSTANDING, [line_cells(x) for x in group.lines])
    out += _more(tracker.more_outstanding, "outstanding actions")
    out += ["## Closed since the last meeting", ""]
    out += _md_table(CLOSED, [closed_cells(c) for c in tracker.closed]) or [EMPTY["closed"], ""]
    out += _more(tracker.more_closed, "closed actions")
    out += ["## Recommendations to the executive", ""]
    rows = [recommendation_cells(r) for r in tracker.recommendations]
    out += _md_table(RECOMMENDED, rows) or [EMPTY["recommendations"], ""]
    out += _more(tracker.more_recommendations, "recommendations")
    out += [f"Ratings: {md(RAG_KEY)}."]
    return "\n".join(out) + "\n"


def _more(count: int, what: str) -> list[str]:
    if not count:
        return []
    return [f"*… {count:,} more {what}: --output FILE writes the whole tracker*", ""]


def _md_table(columns: Sequence[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        joined = "\x00".join(row)  # one look for markup in the whole row: most have none
        if _MD_SPECIAL.search(joined):
            joined = "\x00".join(md(cell) for cell in row)
        lines.append("| " + joined.replace("\x00", " | ") + " |")
    return [*lines, ""]


_MD_SPECIAL = re.compile(r"[\\|*_`\[\]<>#]")


def md(text: str) -> str:
    """Text with the characters Markdown would read as markup escaped."""
    return _MD_SPECIAL.sub(r"\\\g<0>", text) if _MD_SPECIAL.search(text) else text


# --- HTML ------------------------------------------------------------------------------------

STYLE = """
body { font: 10.5pt/1.35 Arial, Helvetica, sans-serif; color: #111; margin: 1.5em; }
h1 { font-size: 16pt; margin: 0 0 .2em; } h2 { font-size: 13pt; margin: 1.2em 0 .4em; }
p.summary { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin-bottom: .8em; }
th, td { border: 1px solid #999; padding: .25em .4em; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th.group { background: #f4f4f4; font-weight: bold; }
td.num { text-align: right; white-space: nowrap; } td.nowrap { white-space: nowrap; }
td.rag-red { background: #f4c7c3; } td.rag-amber { background: #fce8b2; }
td.rag-green { background: #c9e7c9; }
figure { display: inline-block; margin: 0 1.5em .5em 0; vertical-align: top; }
figcaption { font-weight: bold; margin-bottom: .3em; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  td.rag-red, td.rag-amber, td.rag-green {
    print-color-adjust: exact; -webkit-print-color-adjust: exact;
  }
}
"""
_RAG_CLASS = {"Red": "rag-red", "Amber": "rag-amber", "Green": "rag-green"}
_NOWRAP = {"Ref", "Agreed", "Due", "Closed", "Response due"}


def html(tracker: Tracker) -> str:
    """The tracker as one self-contained HTML page."""
    from .report_chart import ages_chart, meetings_chart

    heading = escape(title(tracker))
    body = [
        f"<h1>{heading}</h1>",
        f"<p>{escape(subtitle(tracker))}</p>",
        f'<p class="summary">{escape(str(tracker.summary))}</p>',
        '<div class="charts">',
        _figure("Actions asked and answered", meetings_chart(tracker.bars)),
        _figure("Age of open actions", ages_chart(tracker.ages)),
        "</div>",
        "<h2>Outstanding actions</h2>",
        _outstanding(tracker),
        "<h2>Closed since the last meeting</h2>",
        _html_table(CLOSED, [([closed_cells(c)], None) for c in tracker.closed], EMPTY["closed"]),
        "<h2>Recommendations to the executive</h2>",
        _html_table(RECOMMENDED,
                    [([recommendation_cells(r)], None) for r in tracker.recommendations],
                    EMPTY["recommendations"], rated="Response"),
        f"<p>Ratings: {escape(RAG_KEY)}.</p>",
    ]  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{heading}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _figure(caption: str, svg: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def _outstanding(tracker: Tracker) -> str:
    groups = [
        ([line_cells(x) for x in g.lines], group_heading(g.committee, g.date))
        for g in tracker.groups
    ]
    return _html_table(OUTSTANDING, groups, EMPTY["outstanding"], rated="Status")


def _html_table(
    columns: Sequence[str],
    groups: Sequence[tuple[list[list[str]], str | None]],
    empty: str,
    rated: str | None = None,
) -> str:
    """A table with one <tbody> per group (its heading row first when it has one); the
    cells of the `rated` column that start with Red, Amber or Green are coloured so."""
    if not any(rows for rows, _ in groups):
        return f"<p>{escape(empty)}</p>"
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    opening = [_td(c) for c in columns]
    at = columns.index(rated) if rated else -1
    out = [f"<table>\n<thead><tr>{head}</tr></thead>"]
    for rows, heading in groups:
        out.append("<tbody>")
        if heading:
            out.append(
                f'<tr><th class="group" colspan="{len(columns)}" scope="colgroup">'
                f"{escape(heading)}</th></tr>"
            )
        for cells in rows:
            # One escape of the whole row, split again at the NULs joining it (cell by cell
            # where a cell holds one): escaping cell by cell was most of the table's time.
            escaped = escape("\x00".join(cells), quote=False).split("\x00")
            if len(escaped) != len(cells):
                escaped = [escape(cell, quote=False) for cell in cells]
            tds = [opening[i] + cell + "</td>" for i, cell in enumerate(escaped)]
            rating = cells[at].split(" ", 1)[0] if at >= 0 else ""
            if rating in _RAG_CLASS:
                tds[at] = f'<td class="{_RAG_CLASS[rating]}">' + tds[at][len(opening[at]) :]
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</tbody>")
    return "\n".join([*out, "</table>"])


def _td(column: str) -> str:
    if column.startswith("Days"):
        return '<td class="num">'
    return '<td class="nowrap">' if column in _NOWRAP else "<td>"
