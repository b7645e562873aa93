"""Meeting facts (committee, date, start time, venue, contact) from whatever cues a page has.

Each cue is a rule in CUES with the fields it can give and how much it is trusted; every
cue is tried on the top of the page, and the special lines ("Meeting: 13/07/2017 - X (Item
8)", "Decided at meeting:", "The meeting commenced at") anywhere. Per field the most
trusted value wins. What no cue gives stays None: nothing comes from the file name or
today's date.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from ..read.text import fold
from .bodies import COUNCIL_LINE, council_line, named_body
from .dates import DATE_PHRASE, NUMERIC_DATE, TIME, find_date, parse_time
from .header_cues import (
    AGENDA_FOR,
    COMMENCED,
    DATE_OF_DECISION,
    DECIDED_AT,
    DECISION_MAKER,
    LABEL,
    MEETING_HELD,
    MEETING_LINE,
    MEETING_OF_LINE,
    MEETING_WAS_HELD,
    MINUTES_HELD,
    MINUTES_MEETING,
    MODERNGOV,
    TIME_RANGE,
)
from .lines import ATTACHMENT
from .numbers import NUMBER_ALONE, NUMBER_LEAD
from .titles import FINITE_VERB
from .venues import clean_committee, clean_venue, venue_in

TOP_LINES = 12  # how many lines (not counting blank ones) a header may take


# A word every prose header has ("Minutes of ...", "A meeting of ...", "Agenda for ...").
_PROSE_HINT = re.compile(r"(?i)minute|meeting|agenda")
_DIGIT = re.compile(r"\d")
_HEADER_WORD = re.compile(r"(?i)(?:minutes?|notes?|agenda|meeting)\b")
# A word one of the cues read anywhere needs (most lines have none).
ANYWHERE_HINT = re.compile(
    r"Meeting|Decided|Decision Maker|Date of decision|(?i:commenc|start|began|convened)"
)


@dataclass
class Facts:
    committee: str | None = None
    date: str | None = None
    start_time: str | None = None
    venue: str | None = None
    contact: str | None = None
    council: str | None = None
    committee_inferred: bool = False
    item_number: str | None = None  # "(Item 8)" on an item page's meeting line
    lines: set[int] = field(default_factory=set)  # the lines the header stands on


def meeting_facts(lines: list[str], first_row: int | None = None, prose: bool = True) -> Facts:
    """The facts a page gives of its meeting: most trusted cue first, field by field. On
    a page scraped from a table, the header stands above the first row."""
    found: dict[str, tuple[int, str]] = {}

    def give(field: str, value: str | None, trust: int) -> None:
        if value and (field not in found or trust < found[field][0]):
            found[field] = (trust, value)

    top = _top(lines if first_row is None else lines[:first_row])
    used: set[int] = set()
    for i, line in enumerate(top):
        if re.fullmatch(r"(?:Venue|Place|Location|Date|Time)\s*:", line) and i + 1 < len(top):
            line = f"{line} {_next(top, i)}"  # "Place:" / "Civic Suite, Kings Hill"
            used.add(_next_index(top, i))
        elif _DATE_BROKEN.search(line) and _DATE_REST.match(_next(top, i)):
            line = f"{line} {_next(top, i)}"  # "Newbiggin Parish Council - 3rd" / "September 2019"
            used.add(_next_index(top, i))
        if _line_cues(fold(line), line, give):
            used.add(i)
        if prose:
            used.update(_two_line_header(top, i, give))
            used.update(_prose_header(top, i, give))
    for i in _hinted(lines):
        if _anywhere(fold(lines[i]), lines[i], give):
            used.add(i)
    facts = Facts(lines=used)
    for name, (_, value) in found.items():
        setattr(facts, name, value)
    if facts.item_number:
        facts.item_number = facts.item_number.strip(" .") or None
    if not facts.committee:
        facts.committee = named_body(lines)
        facts.committee_inferred = facts.committee is not None
    at = council_line(top[:8])
    if at is not None:
        facts.council = top[at].strip()
        facts.lines.add(at)
    return facts


def _hinted(lines: list[str]) -> list[int]:
    """The lines with a word the cues read anywhere need: one search over the page, not
    one per line (most lines have none)."""
    starts = list(itertools.accumulate((len(ln) + 1 for ln in lines), initial=0))
    found = {bisect.bisect_right(starts, m.start()) - 1
             for m in ANYWHERE_HINT.finditer("\n".join(lines))}  # fmt: skip
    found.update(i for i, ln in enumerate(lines) if ln[:2].lstrip("(")[:1].isdigit()
                 and TIME_RANGE.match(fold(ln)))  # fmt: skip  # "12.30 pm - 13.50 pm"
    return sorted(found)


def _top(lines: list[str]) -> list[str]:
    """The lines a header may stand in: the first dozen that are not blank."""
    out: list[str] = []
    filled = 0
    for line in lines:
        out.append(line)
        filled += bool(line)
        if filled >= TOP_LINES:
            break
    return out


def _line_cues(folded: str, line: str, give) -> int:  # type: ignore[no-untyped-def]
    """1 when the line is part of the header, else 0."""
    used = 0
    m = MODERNGOV.match(folded)
    if m and not folded.lower().startswith(("meeting:", "- meeting")):
        named = "committee" if m["committee"] else "name"
        when = line[m.start("when" if m["when"] else "day") :]
        found = find_date(when)
        if found and len(found[0]) == 10 and found[1].start() < 30:
            give("committee", clean_committee(line[: m.end(named)]), 1)
            give("date", found[0], 1)
            give("start_time", parse_time(when[found[1].end() :]), 1)
            used = 1
    m = LABEL.search(folded)
    if m and (m.start() == 0 or m["label"] in ("Venue", "Place")):
        _label(m["label"].lower(), line[m.start("value") :].strip(), give)
        used = 1
    return used


def _label(label: str, value: str, give) -> None:  # type: ignore[no-untyped-def]
    if label == "date":
        found = find_date(value)
        if found and len(found[0]) == 10 and found[1].start() < 20:
            give("date", found[0], 0)
            give("start_time", parse_time(value[found[1].end() :]), 2)
    elif label == "time":
        give("start_time", parse_time(value[:30]), 1)
    elif label in ("venue", "place", "location"):
        give("venue", clean_venue(value), 1)
    elif label == "contact":
        give("contact", _contact(value), 1)


def _contact(value: str) -> str | None:
    stop = r"\s{2,}|\s+(?:Tel|Telephone|Phone|Email|E-mail|tel\.)\b"
    value = re.split(stop, value, maxsplit=1, flags=re.I)[0]
    return value.strip(" ,.;:") or None


def _two_line_header(top: list[str], i: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """A name line and, within a line or two, a line that is a date (and time) alone:
    "Council" / "Tuesday, 13th May, 2008 7.30 pm"; "Full Council" / "23/09/2013 at 6:30 pm";
    or the place, then the date: "Town House, Aberdeen, 6 September 2022. 10.30 am."."""
    place, line = _place_first(top[i])
    when = _date_only(line)
    if when is None:
        return set()
    iso, time = when
    if place:
        give("venue", place, 2)
    name, at = None, i
    for j in range(i - 1, max(-1, i - 5), -1):
        line = top[j]
        if not line or re.fullmatch(r"(?i)(?:committee\s+)?minutes|date:?", line):
            continue
        name, at = _name_line(line), j
        break
    give("date", iso, 2)
    give("start_time", time, 2)
    if name:
        give("committee", name, 3)
        return {at, i}
    return {i}


def _place_first(line: str) -> tuple[str | None, str]:
    """(the place, the rest) of a line that names where before the date ("Town House,
    Aberdeen, 6 September 2022."); (None, line) for any other."""
    found = find_date(line) if _DIGIT.search(line) else None
    if not found:
        return None, line
    before = line[: found[1].start()].rstrip()
    if not before.endswith(",") or not before[:1].isupper() or len(before.split()) > 10:
        return None, line
    if FINITE_VERB.search(before) or ":" in before or _HEADER_WORD.match(before):
        return None, line  # a sentence, a label, or "Minutes of the Council Meeting,"
    return before.rstrip(" ,"), line[found[1].start() :]


def _date_only(line: str) -> tuple[str, str | None] | None:
    """(date, time) when the line is a date and perhaps a time and nothing else."""
    if not _DIGIT.search(line):
        return None  # every date we read has a number in it
    line = re.sub(r"(?i)^(?:date\s*:|minutes)\s*", "", line)
    found = find_date(line)
    if not found or len(found[0]) != 10:
        return None
    rest = line[: found[1].start()] + " " + line[found[1].end() :]
    time = parse_time(rest)
    rest = TIME.sub(" ", rest)
    if re.sub(r"(?i)\b(?:at|am|from|commencing|to)\b|[\s,.\-–@()]", "", rest):
        return None
    return found[0], time


def _name_line(line: str) -> str | None:
    """A committee name standing alone on a line ("Cabinet", "Cyngor Llawn")."""
    name = clean_committee(line)
    if not name or len(name.split()) > 10 or re.search(r"[.:;!?]$|\d", name):
        return None
    if re.search(r"(?i)\b(?:minutes|agenda|draft)\b", name):
        return None  # the page's title: "Draft Minutes"
    if not name[0].isupper():
        return None
    return name


def _prose_header(top: list[str], i: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """ "Minutes of the meeting of X held in VENUE on DATE at TIME." over up to three lines;
    the lines it took."""
    if not top[i] or not _PROSE_HINT.search(top[i]):
        return set()  # no header words
    if ATTACHMENT.search(top[i]) or NUMBER_LEAD.match(top[i]):
        return set()  # an item's title ("Minutes of ... pdf icon")
    span = _paragraph(top, i)
    para = _DRAFT.sub("", " ".join(top[k] for k in span)[:600], count=1)
    folded = fold(para)
    for cue in (MINUTES_HELD, MEETING_WAS_HELD, MEETING_HELD, AGENDA_FOR, MINUTES_MEETING):
        m = cue.search(folded)
        if not m or not _plausible_body(m["body"]):
            continue
        named = _name_before(para[: m.start()])
        if m.start() > 15 and named is None:
            continue
        if re.search(r"(?i)\bthe\s*$", folded[: m.start()]):
            continue  # "The Minutes of the meeting held on ... were approved": a sentence
        rest = para[m.start("rest") :]
        found = _date_after(rest)
        if found is None:
            continue
        iso, date_end = found
        give("date", iso, 2)
        body = clean_committee(para[m.start("body") : m.end("body")])
        give("committee", body or named or _name_above(top, i), 2)
        # The time: after the date, perhaps after the venue ("... 2020 at the Memorial Hall,
        # Pentre Wyvern at 7.00pm"), within the header's sentence.
        when = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", rest[: date_end + 120])[0]
        give("start_time", parse_time(re.split(r"(?i)\b(?:and|closed|concluded)\b", when)[0]), 2)
        give("venue", venue_in(rest), 2)
        return set(span)
    return set()


# A name and date broken after the day: "Wyvern Parish Council - 3rd" / "September 2019".
_DATE_BROKEN = re.compile(r"\S\s+[-–]\s+\d{1,2}(?:st|nd|rd|th)?$")
_DATE_REST = re.compile(r"[A-Z][a-z]{2,8},?\s+\d{4}\b")
# "D R A F T", "DRAFT", "Draft" before the header's words.
_DRAFT = re.compile(r"^\s*(?:D\s?R\s?A\s?F\s?T|Draft)\s+(?=\S)")
_BODY_NOUN = re.compile(
    r"(?i)\b(?:Council|Committee|Board|Panel|Forum|Group|Cabinet|Authority|Partnership|Trust|"
    r"Assembly|Executive|Meeting)$"
)
# A line of names after the header: "Cllr M Connell (Chairman)", "Present: ...".
_NAMES_START = re.compile(r"(?:Cllrs?\.?|Councillors?|Present|Apologies|Attendance)\b")


def _name_before(lead: str) -> str | None:
    """The body's name printed before the header's words on its line ("STOKE FERRY PARISH
    COUNCIL Draft Minutes of the Ordinary Meeting held on ..."), if that is all there is."""
    lead = re.sub(r"(?i)\s*\bdraft\s*$", "", lead).strip(" -–,:")
    if not _BODY_NOUN.search(lead):
        return None  # "Provisional Minutes of ...", "Approved Minutes of ..."
    return _name_line(lead)


def _paragraph(top: list[str], i: int) -> list[int]:
    """The header sentence's lines: up to three, over a blank line only where a line ends
    mid-sentence ("... PICTON HOUSE," / "HAVERFORDWEST")."""
    span = [i]
    j = i + 1
    while j < len(top) and len(span) < 3 and not top[span[-1]].endswith((".", ":")):
        if top[j]:
            if NUMBER_LEAD.match(top[j]) or NUMBER_ALONE.match(top[j]):
                break  # the first item
            if _NAMES_START.match(top[j]):
                break  # who came: "Cllr M Connell (Chairman)"
            span.append(j)
        elif not re.search(r"(?i)(?:,|\b(?:of|on|at|in|held|the|and))$", top[span[-1]]):
            break
        j += 1
    return span


def _next(top: list[str], i: int) -> str:
    return top[_next_index(top, i)] if _next_index(top, i) < len(top) else ""


def _next_index(top: list[str], i: int) -> int:
    for j in range(i + 1, len(top)):
        if top[j]:
            return j
    return len(top)


def _plausible_body(body: str) -> bool:
    """A body's name, not a sentence run into the header's words."""
    return len(body.split()) <= 16 and not re.search(
        r"(?i)\bPDF\b|\bminutes\b|\bTo [a-z]|\b(?:last|previous|preceding|next)\s+meeting\b", body
    )  # "Minutes of the last meeting": an item's heading, no body's name


def _name_above(top: list[str], i: int) -> str | None:
    """ "OVERVIEW AND SCRUTINY COMMITTEE" standing over "Minutes of the meeting held ...",
    the council's own name above it passed over."""
    for j in range(i - 1, max(-1, i - 6), -1):
        line = top[j].strip()
        if line and not COUNCIL_LINE.match(line) and not re.search(r"(?i)\bcouncil$", line):
            return _name_line(line)
    return None


_VENUE_WORDS = re.compile(r"^\s*(?i:at|in)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’&-]*[\s,]+){1,8}")


def _date_after(rest: str) -> tuple[str, int] | None:
    """The meeting date in the words after "held": right after "on", a time or a venue,
    never one standing behind other words ("HELD ON TUESDAY … Monday 2nd October")."""
    m = DATE_PHRASE.search(rest) or NUMERIC_DATE.search(rest)
    found = find_date(rest)
    if not m or not found or len(found[0]) != 10:
        return None
    start = found[1].start()
    before = re.split(r"(?i)\b(?:on|held)\b", rest[:start])[-1]
    before = TIME.sub(" ", before)
    # A venue in capitalised words: "HELD AT WEST DEREHAM VILLAGE HALL at 7.30 pm THURSDAY ..."
    before = _VENUE_WORDS.sub(" ", before, count=1)
    # Only a time may stand between "held"/"on" and the date; a venue may stand between
    # "held" and "on" ("held in the Chamber on 9 May").
    if re.sub(r"(?i)\b(?:at|commencing|the)\b|[\s,]", "", before) and not re.search(
        r"(?i)\bon\s*$", rest[:start]
    ):
        return None
    return found[0], found[1].end()


def _anywhere(folded: str, line: str, give) -> bool:  # type: ignore[no-untyped-def]
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
    m = COMMENCED.search(folded)
    if m and not re.search(r"(?i)\b(?:adjourn|reconven|resum)", folded[: m.start()]):
        give("start_time", parse_time(m["time"]), 3)
    if TIME_RANGE.match(folded):
        give("start_time", parse_time(folded), 4)
        whole = True
    return whole
