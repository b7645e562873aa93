"""The lines that say what meeting a page records wherever they stand, not only in its
header: a ModernGov item page's "Meeting: 13/07/2017 - Education Scrutiny Board (2) (Item
8)", a decision's "Decision Maker: Cabinet" and "Date of decision: 12/12/2023", "The
meeting commenced at 7.30 pm", "12.30 pm - 13.50 pm"."""

from __future__ import annotations

import bisect
import itertools
import re

from ..read.text import fold
from .body_names import clean_committee
from .dates import find_date, parse_time
from .header_guards import AFTER_BREAK
from .rules import near_miss, rule

# "Meeting: 13/07/2017 - Education Scrutiny Board (2) (Item 8)"
MEETING_LINE = rule(
    "header-meeting-line",
    r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<body>.+?)\s*"
    r"(?:\(Item\s+(?P<number>[^)]+?)[.:]?\))?\s*$",
    "header",
    "Meeting: 05/03/2019 - Planning Committee (Item 7)",
)
# "- Meeting of Scrutiny Committee, Monday 25th July 2022 1.00 pm (Item 4.)", "• Meeting of
# Council, Thursday, 10th July, 2025 7.00 pm (Item 87.)"
MEETING_OF_LINE = rule(
    "header-meeting-of-line",
    # (its bullet as the page has it, or as reading made it: "- " becomes "• ")
    # (the body's own commas kept: "Meeting of Environment, Transport & Sustainability
    # Committee, Tuesday, 15th March, 2016 4.00pm (Item 74.)")
    r"^(?:[-•·*]\s*)?Meeting\s+of\s+(?P<body>.+?),\s*"
    r"(?P<rest>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d).*?)\s*"
    r"\(Item\s+(?P<number>[^)]+?)[.:]?\)\s*$",
    "header",
    "- Meeting of Scrutiny Committee, Monday 25th July 2022 1.00 pm (Item 4.)",
)
DECIDED_AT = rule(
    "header-decided-at",
    # (or "Made at meeting:", as a list of decisions published prints it)
    r"^(?:Decided|Made) at meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<body>.+?)\s*$",
    "header",
    "Decided at meeting: 12/12/2023 - Cabinet",
)
DECISION_MAKER = rule(
    "header-decision-maker",
    r"^Decision Maker:\s*(?P<body>.+?)\s*$",
    "header",
    "Decision Maker: Cabinet",
)
DATE_OF_DECISION = rule(
    "header-date-of-decision",
    # (or the date in words, the label in title case: "Date of Decision: September 9, 2025")
    r"^Date of [Dd]ecision:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4}|[A-Z0-9][\w ,]{5,30}\d{4})",
    "header",
    "Date of decision: 12/12/2023",
)
COMMENCED = rule(
    "header-commenced",
    # (or "Cllr Hotchkin opened the meeting at 7pm")
    # (and "The meeting opened at 9.32 am")
    r"\b(?:commenced|commencing|started|starting|began|convened|"
    r"opened(?:\s+the\s+(?:[A-Z][\w-]*\s+){0,2}meeting)?"  # ("opened the Council meeting")
    # ("Meeting opened by Cllr Gray at 7.30 pm")
    r"(?:(?<=[Mm]eeting\sopened)\s+by\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?(?=\s+at\b))?"
    r"|meeting\s+was\s+declared\s+open"  # ("The meeting was declared open at 5:00pm")
    # (the meeting, not a member, called to order: "Meeting was called to order by the Chair
    # at 7:32 pm", "The Chairman called the meeting to order at 7.30pm")
    r"|meeting\s+(?:was\s+)?called\s+to\s+order"
    r"(?:\s+by\s+(?:the\s+)?[\w.,'’-]+(?:\s+[\w.,'’-]+){0,4}?(?=\s+at\b))?"
    r"|called\s+the\s+meeting\s+to\s+order)\s*"
    r"(?:at|:)?\s*(?P<time>\d{1,2}"
    r"(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\b\.?|hrs|hours)|\d{1,2}[:.]\d{2})",
    "header",
    "The meeting commenced at 7.30 pm",
)
near_miss(
    "header-commenced", "The meeting concluded at 9.00 pm",
    "A member of the public was called to order by the Chair at 8.15pm.",
)  # fmt: skip
# Or the hour first: "At 7.01pm the Chairman opened the meeting", "At 19.30 the meeting was
# declared open".
OPENED_AT = rule(
    "header-opened-at",
    r"^At\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\b\.?|hrs|hours)|\d{1,2}[:.]\d{2})"
    r"\s*,?\s+(?:[^.]{0,60}?\b(?:opened\s+the\s+(?:[A-Z][\w-]*\s+){0,2}meeting|"
    r"declared\s+the\s+meeting\s+open|called\s+the\s+meeting\s+to\s+order)|"
    r"the\s+meeting\s+(?:was\s+)?(?:opened|commenced|began|started|declared\s+open))",
    "header",
    "At 7.01pm the Chairman opened the meeting and welcomed the delegates.",
)
near_miss(
    "header-opened-at",
    "At 8.15pm the meeting was adjourned for a break.",
    "At 9.05pm the Chairman closed the meeting.",
)
TIME_RANGE = rule(
    "header-time-range",
    r"^\(?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\.?)?\s*(?:-|to)\s*\d{1,2}(?:[.:]\d{2})?"
    r"\s*(?:[ap]\.?\s*m\.?)?\)?$",
    "header",
    "12.30 pm - 13.50 pm",
)
_RESUMED = re.compile(r"(?i)\b(?:adjourn|reconven|resum)")
# A word one of the cues read anywhere needs (most lines have none).
ANYWHERE_HINT = re.compile(
    r"Meeting|meeting:|Decided|Decision Maker|Date of [Dd]ecision|commenc|Commenc|start|Start|"
    r"began|Began|convened|Convened|opened the|opened at|to order|declared open|"
    r"meeting (?:was )?opened"
)


def hinted(lines: list[str]) -> list[int]:
    """The lines with a word the cues read anywhere need: one search over the page, not
    one per line (most lines have none)."""
    starts = list(itertools.accumulate((len(ln) + 1 for ln in lines), initial=0))
    found = {bisect.bisect_right(starts, m.start()) - 1
             for m in ANYWHERE_HINT.finditer("\n".join(lines))}  # fmt: skip
    found.update(i for i, ln in enumerate(lines) if ln[:2].lstrip("(")[:1].isdigit()
                 and TIME_RANGE.match(fold(ln)))  # fmt: skip  # "12.30 pm - 13.50 pm"
    return sorted(found)


def anywhere(folded: str, line: str, give) -> bool:  # type: ignore[no-untyped-def]
    """Lines that say what meeting this is wherever they stand; True for a line that is
    nothing but such a cue."""
    whole = False
    m = MEETING_LINE.match(folded) or DECIDED_AT.match(folded)
    if m:
        found = find_date(m["date"])
        give("date", found[0] if found else None, 2)
        give("committee", clean_committee(line[m.start("body") : m.end("body")]), 2)
        give("item_number", m.groupdict().get("number"), 2)
        whole = True
    m = MEETING_OF_LINE.match(folded)
    if m:
        give("item_number", m["number"], 2)
        found = find_date(m["rest"])
        give("date", found[0] if found else None, 2)
        give("committee", clean_committee(line[m.start("body") : m.end("body")]), 3)
        give("start_time", parse_time(m["rest"]), 2)
        whole = True
    m = DECISION_MAKER.match(folded)
    if m:
        give("committee", clean_committee(m["body"]), 3)
        whole = True
    m = DATE_OF_DECISION.match(folded)
    if m:
        found = find_date(m["date"])
        give("date", found[0] if found else None, 3)
        whole = True
    m = COMMENCED.search(folded) or OPENED_AT.match(folded)
    # (not the hour it went on after a break: "resumed at ...", "... at 8.30pm after a break")
    if m and not (_RESUMED.search(folded, 0, m.start()) or AFTER_BREAK.match(folded, m.end())):
        give("start_time", parse_time(m["time"]), 3)
    if TIME_RANGE.match(folded):
        give("start_time", parse_time(folded), 4)
        whole = True
    return whole


def decision_fields(lines: list[str]) -> tuple[list[str], list[str]]:
    """The bodies and dates a decision page's own fields name, the meeting's first: "Decided
    at meeting: 02/09/2021 - Council", "Decision Maker: Cabinet, Council" (all as printed,
    then each), "Date of decision: 02/09/2021". The page's meeting is one of them, never its
    title's ("Strategy and Resources Committee - 15 July 2021" is the business decided,
    another body's minutes)."""
    met: list[str] = []
    named: list[str] = []
    dates: list[str] = []
    for line in lines:
        if line[:9] not in ("Decision ", "Date of d", "Date of D", "Decided a", "Made at m"):
            continue
        folded = fold(line)
        decided = DECIDED_AT.match(folded)
        if decided:
            met.append(clean_committee(decided["body"]) or "")
        elif m := DECISION_MAKER.match(folded):
            name = clean_committee(m["body"]) or ""
            named += [name, *(clean_committee(n) or "" for n in name.split(", "))]
        if dated := decided or DATE_OF_DECISION.match(folded):
            dates += [found[0]] if (found := find_date(dated["date"])) else []
    return [b for b in met + named if b], dates
