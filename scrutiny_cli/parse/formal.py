"""Formal minutes, typical of PDFs: "Minutes of the Meeting of X held at 2.00 pm on ...",
a Present: block, then items "32. Declarations of Interests" up to "(Meeting closed at ...)".
"""

from __future__ import annotations

import re

from ..errors import ParseError
from ..model import Attendee, Document, Item, Meeting
from ..read.text import fold
from .attendance import parse_attendance
from .common import follows, one_line
from .dates import find_date, parse_time
from .items import build_item, finish_meeting
from .patterns import FORMAL_HEADER, FORMAL_ITEM, MEETING_END, PRESENT_START, SECTION_HEADING

_HEADER_LINES = 40
_COUNCIL_LINE = re.compile(r"\b(?:Council|Authority|Borough|County)\b", re.IGNORECASE)
_VENUE = re.compile(
    r"\b(?:in|at)\s+(?P<venue>(?:the\s+)?[A-Z][^\n]*?)(?=\s+(?:on|at|commencing|starting)\b|[.;]?\s*$)"
)
_MAX_TITLE_WORDS = 16


def parse_formal(text: str) -> Document:
    """Formal minutes of one meeting."""
    lines = text.split("\n")
    header_at, meeting = _header(lines)
    doc = Document(format="formal-minutes", meeting=meeting)
    starts = _item_starts(lines, header_at + 1)
    body_start = starts[0][0] if starts else len(lines)
    meeting.attendees = parse_attendance(_present_block(lines[header_at + 1 : body_start]))
    meeting.items = _items(lines, starts)
    meeting.attendees += _apologies_in_items(meeting.items, meeting.attendees)
    finish_meeting(meeting)
    if not meeting.items:
        doc.warnings.append("no numbered items found in the formal minutes")
    return doc


def _header(lines: list[str]) -> tuple[int, Meeting]:
    """Index of the header's last line, and the meeting it describes."""
    for i in range(min(len(lines), _HEADER_LINES)):
        if not lines[i].strip():
            continue
        window = _paragraph(lines, i)
        m = FORMAL_HEADER.regex.match(fold(window)) or _header_on_first_line(window)
        if not m:
            continue
        rest = window[m.start("rest") :]
        found = find_date(rest)
        if not found or len(found[0]) != 10:
            continue
        venue = _VENUE.search(_without_times(rest))
        committee = one_line(window[m.start("committee") : m.end("committee")]).rstrip(",")
        if _names_no_committee(committee):
            committee = _committee_above(lines, i) or committee
        meeting = Meeting(
            committee=tidy_case(committee),
            date=found[0],
            start_time=parse_time(rest[: found[1].end() + 40]),
            venue=_clean_venue(venue["venue"]) if venue else None,
            council=_council(lines[: i + 1]),
        )
        return _header_end(lines, i, found[1].group(0)), meeting
    raise ParseError('no formal minutes header ("Minutes of the meeting of ... held on ...")')


def _paragraph(lines: list[str], i: int) -> str:
    """The header sentence: this line and those after it up to a blank line (four at most)."""
    out = []
    for line in lines[i : i + 4]:
        if not line.strip():
            break
        out.append(line.strip())
    return " ".join(out)


def _header_on_first_line(window: str) -> re.Match[str] | None:
    m = FORMAL_HEADER.regex.search(fold(window))
    return m if m and m.start() < 80 else None


def _names_no_committee(committee: str) -> bool:
    return bool(re.fullmatch(r"(?i)(?:the\s+|a\s+)?(?:\w+\s+)?meeting", committee.strip()))


def _committee_above(lines: list[str], i: int) -> str | None:
    """ "OVERVIEW AND SCRUTINY COMMITTEE" on its own line above "Minutes of the meeting held"."""
    for line in reversed(lines[max(0, i - 6) : i]):
        text = line.strip()
        if text and not (_COUNCIL_LINE.search(text) and text.upper().endswith("COUNCIL")):
            return text
    return None


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def tidy_case(name: str) -> str:
    """ "PLANNING COMMITTEE" -> "Planning Committee"; mixed case is left as written."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(
        w if (k and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for k, w in enumerate(words)
    )


def _without_times(text: str) -> str:
    """Drop the date and times so "held at 2.00 pm on" is not read as a venue."""
    return re.sub(r"\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs)?", " ", text)


def _clean_venue(venue: str) -> str | None:
    venue = re.sub(r"\s+on\s+.*$", "", venue).strip(" ,.")
    return re.sub(r"^the\s+", "", venue) or None


def _council(lines: list[str]) -> str | None:
    for line in lines:
        text = line.strip()
        if (
            text
            and _COUNCIL_LINE.search(text)
            and not re.search(r"(?i)minutes", text)
            and len(text) < 80
        ):
            return tidy_case(text)
    return None


def _header_end(lines: list[str], start: int, date_words: str) -> int:
    """The header can span lines; it ends on the line holding its date."""
    last_word = date_words.split()[-1]
    for j in range(start, min(len(lines), start + 4)):
        if last_word in lines[j]:
            return j
    return start


def _present_block(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if PRESENT_START.regex.match(fold(line.strip())):
            return [ln for ln in lines[i:] if not SECTION_HEADING.regex.match(ln.strip())]
    return []


def _item_starts(lines: list[str], start: int) -> list[tuple[int, re.Match[str]]]:
    out: list[tuple[int, re.Match[str]]] = []
    for i in range(start, len(lines)):
        line = lines[i].strip()
        if MEETING_END.regex.match(fold(line)):
            out.append((i, None))  # type: ignore[arg-type]  # sentinel: the meeting's end
            break
        m = FORMAL_ITEM.regex.match(line)
        if (
            m
            and _looks_like_title(m["title"])
            and follows(out[-1][1]["number"] if out else None, m["number"])
        ):
            out.append((i, m))
    return out


def _looks_like_title(title: str) -> bool:
    words = title.split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    return not (title.rstrip().endswith(".") and len(words) > 5)


_APOLOGIES_SENTENCE = re.compile(
    r"Apologies(?: for absence)? (?:were|was) (?:received|submitted|given|reported)"
    r" (?:from|by|on behalf of)"
    r"\s+(?P<names>[^.]+?)\.(?:\s|$)",
    re.IGNORECASE,
)


def _apologies_in_items(items: list[Item], known: list[Attendee]) -> list[Attendee]:
    """Apologies given in an "Apologies" item rather than in the Present block."""
    names = {a.name.lower() for a in known}
    found: list[Attendee] = []
    for item in items:
        if not re.match(r"(?i)apolog", item.title):
            continue
        for m in _APOLOGIES_SENTENCE.finditer(item.minutes):
            for person in parse_attendance([f"Apologies: {m['names']}"]):
                if person.name.lower() not in names:
                    names.add(person.name.lower())
                    found.append(person)
    return found


def _items(lines: list[str], starts: list[tuple[int, re.Match[str]]]) -> list[Item]:
    items = []
    for k, (i, m) in enumerate(starts):
        if m is None:
            break
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = [ln for ln in lines[i + 1 : end] if not SECTION_HEADING.regex.match(ln.strip())]
        items.append(build_item(m["number"], m["title"], "", "\n".join(body)))
    return items
