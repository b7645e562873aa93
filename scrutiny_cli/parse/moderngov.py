"""ModernGov pages: the "Agenda and minutes" meeting page and the single "Agenda item" page.

Meeting page: a header line "Committee - Thursday, 3rd October, 2019 10.00 am", Venue: and
Contact: lines, then per item a number line ("17."), a title line, agenda text, "Minutes:"
(and/or "Decision:") and the minutes. An item too long for the page is cut with
"... view the full minutes text for item 19."; its full text is on an "Agenda item" page.
"""

from __future__ import annotations

import re

from ..errors import ParseError
from ..model import Document, Item, Meeting, MeetingHint
from ..read.text import fold
from .common import first_match, follows, one_line
from .dates import find_date, parse_full_date, parse_time
from .items import build_item, finish_meeting
from .patterns import (
    ADDITIONAL_DOCUMENTS,
    AGENDA_ITEM_MEETING,
    DECISION_LABEL,
    MINUTES_LABEL,
    MODERNGOV_HEADER,
    MODERNGOV_NUMBER,
    PAGE_NOISE,
    SECTION_HEADING,
)
from .resolutions import find_resolutions, parse_decision

_CONTACT_END = re.compile(r"\s{2,}|\s+(?:Tel|Telephone|Phone|Email|E-mail)\b.*", re.IGNORECASE)
_HEADER_LINES = 15


def parse_meeting_page(text: str) -> Document:
    """A ModernGov "Agenda and minutes" page."""
    lines = text.split("\n")
    header = first_match(lines, MODERNGOV_HEADER, _HEADER_LINES)
    if header is None:
        raise ParseError('no ModernGov meeting header ("Committee - Weekday, date time")')
    meeting = _meeting_from_header(header[1])
    meeting.venue, meeting.contact = _labelled(lines, "Venue"), _labelled(lines, "Contact")
    if meeting.venue:
        meeting.venue = re.sub(r"\.?\s*View directions\.?$", "", meeting.venue).strip() or None
    if meeting.contact:
        meeting.contact = _CONTACT_END.split(meeting.contact, maxsplit=1)[0].strip() or None
    doc = Document(format="moderngov-meeting", meeting=meeting)
    meeting.items = _items(lines[header[0] + 1 :], doc.warnings)
    finish_meeting(meeting)
    if not meeting.items:
        doc.warnings.append("no items found on the meeting page")
    return doc


def parse_item_page(text: str) -> Document:
    """A ModernGov "Agenda item" page: one item's full text, usually without its meeting."""
    lines = text.split("\n")[1:]
    hint = None
    found = first_match(lines, AGENDA_ITEM_MEETING, 6)
    if found:
        i, m = found
        hint = MeetingHint(
            committee=one_line(lines[i][m.start("committee") : m.end("committee")]),
            date=parse_full_date(m["date"]),
            number=m["number"].strip(),
        )
        del lines[i]
    body = _strip_blank(lines)
    if not body:
        raise ParseError('empty "Agenda item" page')
    title, rest = body[0], body[1:]
    number = None
    numbered = re.match(r"^(?P<n>\d{1,4}[a-z]?)\.?\s+(?P<t>\S.*)$", title)
    if numbered:
        number, title = numbered["n"], numbered["t"]
    description, minutes, decision = _sections(rest)
    text = _before_supporting_documents(minutes or decision)
    item = build_item(
        number or (hint.number if hint else None), title, "\n".join(description), text
    )
    if minutes:
        _add_decision(item, decision)
    doc = Document(format="moderngov-item", item=item, hint=hint)
    if not item.minutes:
        doc.warnings.append('the "Agenda item" page has no minutes text')
    return doc


def _meeting_from_header(m: re.Match[str]) -> Meeting:
    when = m["when"]
    found = find_date(when)
    if not found or len(found[0]) != 10:
        raise ParseError(f"no meeting date in header: {when!r}")
    iso, date_match = found
    return Meeting(
        committee=one_line(m["committee"]),
        date=iso,
        start_time=parse_time(when[date_match.end() :]),
    )


def _labelled(lines: list[str], label: str) -> str | None:
    for line in lines[: _HEADER_LINES + 10]:
        if line.startswith(label + ":"):
            return line[len(label) + 1 :].strip() or None
    return None


def _items(lines: list[str], warnings: list[str]) -> list[Item]:
    starts = _item_starts(lines)
    items = []
    for k, (i, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = _strip_blank(lines[i + 1 : end])
        if not body:
            warnings.append(f"item {number} has no title")
            continue
        description, minutes, decision = _sections(body[1:])
        item = build_item(number, body[0], "\n".join(description), "\n".join(minutes or decision))
        _add_decision(item, decision if minutes else [])
        items.append(item)
    return items


def _item_starts(lines: list[str]) -> list[tuple[int, str]]:
    """Number lines that begin an item: followed by a title, then Minutes: or Decision:."""
    candidates = [
        (i, m["number"])
        for i, line in enumerate(lines)
        if (m := MODERNGOV_NUMBER.regex.match(line.strip()))
    ]
    starts: list[tuple[int, str]] = []
    for k, (i, number) in enumerate(candidates):
        end = candidates[k + 1][0] if k + 1 < len(candidates) else len(lines)
        labelled = any(
            MINUTES_LABEL.regex.match(ln.strip()) or DECISION_LABEL.regex.match(ln.strip())
            for ln in lines[i + 1 : end]
        )
        if labelled and follows(starts[-1][1] if starts else None, number):
            starts.append((i, number))
    return starts


def _sections(body: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Split an item's lines into (agenda text, minutes, decision)."""
    parts: dict[str, list[str]] = {"description": [], "minutes": [], "decision": []}
    current = "description"
    for line in body:
        stripped = line.strip()
        if MINUTES_LABEL.regex.match(stripped):
            current = "minutes"
        elif DECISION_LABEL.regex.match(stripped):
            current = "decision"
        elif not (PAGE_NOISE.regex.match(stripped) or SECTION_HEADING.regex.match(stripped)):
            parts[current].append(line)
    return parts["description"], parts["minutes"], parts["decision"]


def _add_decision(item: Item, decision: list[str]) -> None:
    """A Decision: block adds its resolutions only where the minutes gave none, and only
    if it is not a sentence the minutes already say ("Apologies were received from ...")."""
    text = "\n".join(decision).strip()
    repeated = _squash(text) in _squash(item.minutes)
    if text and not item.resolutions and not item.truncated and not repeated:
        item.resolutions = find_resolutions(text) or parse_decision(text)


def _squash(text: str) -> str:
    return " ".join(fold(text).split())


def _before_supporting_documents(lines: list[str]) -> str:
    for i, line in enumerate(lines):
        if ADDITIONAL_DOCUMENTS.regex.match(fold(line.strip())):
            return "\n".join(lines[:i])
    return "\n".join(lines)


def _strip_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]
