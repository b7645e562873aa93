"""A ModernGov table flattened a row a line, its item numbers (and some titles) dropped:
"Apologies Minutes: An apology ... |", "Minutes: There were no items under this heading.",
"Minutes - 24 May 2019 Presented By: Chair Decision: Agreed as a correct record. |".
Each row holding a "Minutes:" (or "Decision:") label is an item."""

from __future__ import annotations

import re

from .titles import DESCRIPTION, FINITE_VERB, heading_line, split_run_in

Start = tuple[int, str | None, str | None, str]  # line, number, title, text after the title

_MINUTES_LABEL = re.compile(
    r"(?:^|\s)(?:Minutes|Decision):\s+(?=\S)"
    # (or closing the row's first line, its text on the lines below: "Appointment of
    # Vice-Chairperson for 2022/23 Minutes:" / "That Councillor Rutter be appointed ...")
    r"|(?<=\S)\s+(?:Minutes|Decision):(?=\s*\|?\s*$)"
)
# The row's other labels between its heading and its text: "Presented By: Chair".
_OTHER_LABELS = re.compile(r"\s*(?:Presented\s+By|Additional\s+documents)\s*:.*$")
LABEL_ROWS = 3  # lines of this form that make the page such a table


def label_rows(lines: list[str]) -> list[Start]:
    """Each line holding a "Minutes:" label and its text, as an item: the words before the
    label are its heading (agenda text there is none: "To receive as a correct record ...
    Minutes: RESOLVED ...")."""
    found = [(i, m) for i, ln in enumerate(lines) if ("Minutes:" in ln or "Decision:" in ln)
             and (m := _MINUTES_LABEL.search(ln))]  # fmt: skip
    # ("Decision:" rows only where the page is such a table, no headings standing alone
    # over it: under "Planning Applications" a list's "... Decision: No objection." is not)
    if any("Minutes" not in m[0] for _, m in found) and _headings_alone(lines) >= 2:
        found = [(i, m) for i, m in found if "Minutes" in m[0]]
    if len(found) < LABEL_ROWS:
        return []
    labelled = {i for i, _ in found}
    rows: list[Start] = _decided_rows(lines, labelled)
    for i, m in found:
        before = _OTHER_LABELS.sub("", lines[i][: m.start()]).strip()
        number = None
        if mark := _ROW_MARK.match(before):  # ("(a) Matters arising Minutes:")
            number, before = mark[1], before[mark.end() :]
        title = split_run_in(before, False)[0] if before else _heading_above(lines, i, labelled)
        if title and (d := _DESCRIBED.search(title)):  # ("... Report by the Manager (attached)")
            title = title[: d.start()]
        # (a decision keeps its label, which tells the item's sections its text is one)
        text = lines[i][m.end() if "Minutes" in m[0] else m.start() :].strip().rstrip(" |")
        rows.append((i, number, title, text))
    return sorted(rows)


def rows_run_together(lines: list[str], rows: set[int]) -> set[int]:
    """The rows of a table whose "|" ends only some rows: a line that holds its heading and
    "Minutes:" label, in a row whose minutes were already labelled ("Welcome and
    Introductions Minutes: The Chair welcomed ..." / "Apologies for Absence To report any
    apologies ... Minutes: Apologies were received ..."), starts a row of its own."""
    found: set[int] = set()
    labelled = False  # (whether the row so far has had its "Minutes:" label)
    for i, line in enumerate(lines):
        if i in rows:
            labelled = False
        m = _MINUTES_LABEL.search(line) if "Minutes:" in line else None
        if i not in rows and m and m.start() > 0 and labelled:
            found.add(i)
        labelled = labelled or m is not None
    return found


# A row that holds only its item's number, a cell of its own: "1. |" / "Apologies ... |".
_NUMBER_ROW = re.compile(r"^(?P<number>\d{1,3}[a-z]?)[.)]?$")


# A heading's cell glued to the text's cell after it, the space between lost: "Apologies
# for AbsenceAlexandra Higgin", "Minutes of 9 November 2017Accepted and signed", "Marketing
# CampaignUp and running" (three small letters or figures before, so never "McDonald").
_GLUED_CELL = re.compile(r"(?<=[a-z]{3}|\d{3})(?=[A-Z](?:[a-z]|[A-Z]{2}))")
GLUED_ROWS = 2  # rows so glued that show a converter lost every cell's space


def table_starts(lines: list[str], rows: set[int]) -> list[Start]:
    """Each table row's start, heading and text; a row holding only a number ("1." /
    "Apologies for Absence |") numbers the row below it, no item of its own."""
    starts: list[Start] = []
    number: str | None = None
    glued = _glued_cells(lines, rows)
    for i in sorted(rows):
        if m := _NUMBER_ROW.match(lines[i]):
            number = m["number"]
            continue
        starts.append((i, number, *(glued.get(i) or row_start(lines[i]))))
        number = None
    return starts


def _glued_cells(lines: list[str], rows: set[int]) -> dict[int, tuple[str, str]]:
    """(heading, text) of each row whose heading's cell runs into its text's with no space,
    where two rows or more are so glued; none otherwise ("Use of PowerPoint" is one)."""
    found: dict[int, tuple[str, str]] = {}
    for i in rows:
        m = _GLUED_CELL.search(lines[i])
        if m and (head := heading_line(lines[i][: m.start()])) and len(head.split()) >= 2:
            found[i] = (head, lines[i][m.start() :])
    return found if len(found) >= GLUED_ROWS else {}


# A row whose decision stands where its "Minutes:" label would: "Exclusion of Public and
# Press RESOLVED: That, as publicity would be prejudicial ...".
_DECIDED_ROW = re.compile(r"^(?P<head>[A-Z][^:]{2,80}?)\s+(?=RESOLVED\s*:)")


def _decided_rows(lines: list[str], labelled: set[int]) -> list[Start]:
    rows: list[Start] = []
    for i, line in enumerate(lines):
        m = _DECIDED_ROW.match(line) if i not in labelled and "RESOLVED" in line else None
        if m and (title := heading_line(m["head"])):
            rows.append((i, None, title, line[m.end() :]))
    return rows


def _heading_above(lines: list[str], i: int, labelled: set[int]) -> str | None:
    """The heading of a row whose "Minutes:" label opens its own line, on the line above
    before the agenda's description ("Legal Matter To receive and consider a report ..." /
    "Minutes: Council considered ...")."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or k in labelled or _MINUTES_LABEL.search(lines[k]):
        return None
    title, rest = row_start(lines[k].strip())
    described = rest and (DESCRIPTION.regex.match(rest) or _DESCRIBED.match(f" {rest}"))
    return title if title and described else None


def _headings_alone(lines: list[str]) -> int:
    return sum(1 for ln in lines if ln and len(ln.split()) <= 6 and heading_line(ln))


_ROW_HEADING = 24  # words at most of a row's heading read up to its "Minutes:" label


def row_start(line: str) -> tuple[str | None, str]:
    """A table row's heading and its text; where the heading runs on too long to be read
    from its words alone, the words before the row's "Minutes:" label, if a heading's:
    "Receive Any Questions under Council Procedure Rule 11 from Members of the Public and
    Provide Answers thereon Minutes: No questions were received. |"."""
    title, rest = split_run_in(line, False)
    raised = title and not title.lower().startswith("apolog")  # (not "Apologies - Cllr Ash")
    if raised and (by := _RAISED_BY.match(rest)) and (at := line.find(rest)) > 0:
        return line[: at + by.end("by")], rest[by.end() :]  # ("Monnow Street - Councillor Roden")
    if title and (d := _DESCRIBED.search(title)):  # ("Declarations of Interest Please note")
        return title[: d.start()], line[d.start() :].strip()
    if (
        title is None
        and (d := _DESCRIBED.search(line))
        and (head := heading_line(line[: d.start()]))
    ):
        return head, line[d.start() :].strip()  # ("Declarations of Interest Members to declare")
    m = _MINUTES_LABEL.search(line) if title is None and "Minutes:" in line else None
    before = _OTHER_LABELS.sub("", line[: m.start()]).strip() if m else ""
    # (the agenda's description after the heading is no part of it: "Declarations of
    # Interest Please note that, ... Minutes: ...")
    head = before[: d.start()] if (d := _DESCRIBED.search(before)) else before
    if not head or len(head.split()) > _ROW_HEADING or FINITE_VERB.search(head):
        return title, rest
    if DESCRIPTION.regex.match(head):
        return title, rest  # (the agenda's words, the heading lost: "To confirm the minutes")
    return head, line[len(head) :].strip()


_DESCRIBED = re.compile(
    r"\s(?=(?:Please\s+note|To\s+(?:receive|consider|note|approve|agree)|Members\s+are\s+"
    r"(?:reminded|invited|asked)|Members\s+to\s+declare|Report\s+by\s+(?:the\s+)?(?=[A-Z]))\b)"
)
# The member who raised a row's matter, after its heading and a dash and before its
# "Minutes:" label: "Monnow Street - Councillor Roden Minutes: Concerns have been raised ..."
# (a heading's last words, as the agenda lists them; never names after "Apologies").
_RAISED_BY = re.compile(
    r"(?P<by>(?:Councillor|Cllr\.?|County\s+Councillor)\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
    r"[A-Z][\w'’-]+)\s+(?=(?:Minutes|Decision):)"
)
# A row's own lettered mark before its heading: "(a) Matters arising Minutes:".
_ROW_MARK = re.compile(r"^(\([a-z]\))\s+(?=[A-Z])")
