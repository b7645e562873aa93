"""Meeting facts (committee, date, start time, venue, contact) from whatever cues a page has.

Each cue is a rule in CUES with the fields it can give and how much it is trusted; every
cue is tried on the top of the page, and the special lines ("Meeting: 13/07/2017 - X (Item
8)", "Decided at meeting:", "The meeting commenced at") anywhere. Per field the most
trusted value wins. What no cue gives stays None: nothing comes from the file name or
today's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..read.text import fold
from .bodies import body_alone, council_in_title, council_line, council_over, named_body
from .body_names import clean_committee
from .dates import complete_years, find_date, parse_time, range_start
from .header_anywhere import anywhere, hinted
from .header_cues import MODERNGOV, POSTCODE, TELEPHONE, TITLE_WORDS
from .header_dateline import dateline_prose
from .header_guards import (
    ITEM_HEADING,
    NEXT_MEETING,
    NOT_A_TITLE,
    OPENING_BUSINESS,
    without_asides,
)
from .header_held import summons_venue
from .header_labels import (
    bare_value,
    cells,
    form_row,
    fuller_name,
    label_value,
    name_line,
    placed,
    value_below,
)
from .header_name_date import name_over_date
from .header_prose import prose_header
from .header_span import (
    IN_PLACE,
    next_index,
    next_line,
    start_of,
    time_and_place,
    title_to_date,
)
from .header_stamps import ITEM_LINE, STATUS_NOTE, after_cover, below_menu, without_meetings_index
from .header_welsh import in_english, welsh_two_lines
from .header_where import BARE_LABEL, HELD_ONLINE, LABEL, MET_AT, NAME_PLACE_DATE, PLACE_HOURS
from .lines import ATTACHMENT
from .numbers import is_date
from .venues import clean_venue, place_after, venue_in

TOP_LINES = 12  # how many lines (not counting blank ones) a header may take
_CUT_CLOSE = 3  # lines from the window's foot where a header found there may run on past it
_HEADING = 80  # characters at most of an item's heading on a line of its own
SUMMONS_LINES = 40  # how far down a summons may stand ("Members are invited ...")

# What each of MODERNGOV's dates has: a year's four figures, or figures with a stop or a slash.
_DATED = re.compile(r"\d{4}|\d[/.]\d")
# A place named after a title's date: "at 7.30pm in the Village Hall".
_PLACE_NEXT = re.compile(r"[\s,]*(?:at\s+\d\S*\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]")


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
    found: dict[str, tuple[float, str]] = {}
    named: list[str] = []  # every body's name offered, for a generic one's fuller form

    def give(field: str, value: str | None, trust: float) -> None:
        if value and field == "committee":
            named.append(value)
        if value and (field not in found or trust < found[field][0]):
            found[field] = (trust, value)

    head = without_meetings_index(lines if first_row is None else lines[:first_row])
    head = [_ACTION_HEAD.sub("", ln) if ln.endswith(_HEADS) else ln for ln in head]
    start = after_cover(head)  # (a pack's covering letter gives no fact of the meeting)
    top = _window(head, start)
    used = _read_top(top, start, prose, give)
    if used and len(top) < len(head) and sum(map(bool, top[max(used) + 1 :])) <= _CUT_CLOSE:
        # (a header at the window's foot, under a site's contact block, runs on below it:
        # "... - Agenda for Full Council on Thursday, ..." / ... / "Venue: Council Chamber")
        top = _window(head, min(used))
        used |= _read_top(top, min(used), prose, give)
    # (or a cover's date only under a name, "COUNCIL MEETING" / "THURSDAY" / "26TH JULY")
    dated = found["date"][0] if "date" in found else None
    day = found["date"][1] if "date" in found else None
    below = below_menu(head, len(top), day, trusted=(dated or 3) <= 2)
    if below is not None:  # a site's menu filled the first dozen lines
        top = _top(head, below)
        used |= _read_top(top, below, prose, give)
    if "date" in found and not {"start_time", "venue"} <= found.keys() and used:
        used.update(time_and_place(top, max(used), give))  # (or the place: "Microsoft Teams.")
    if "date" in found and "start_time" not in found:  # ("... Church Lane - 7:30pm")
        give("start_time", next(filter(None, (start_of(top[i]) for i in sorted(used))), None), 4)
    for i in hinted(lines):
        if anywhere(fold(lines[i]), lines[i], give):
            used.add(i)
    facts = Facts(lines=used)
    for name, (_, value) in found.items():
        setattr(facts, name, value)
    facts.committee = fuller_name(facts.committee, named)
    if facts.date and not facts.venue:  # ("Members are invited to ..." / "to be held in ...")
        facts.venue = summons_venue(head[:SUMMONS_LINES], facts.date)
    if facts.item_number:
        facts.item_number = facts.item_number.strip(" .") or None
    if not facts.committee:
        facts.committee = body_alone(top) or council_in_title(top) if prose else None
    if not facts.committee:
        facts.committee = named_body(lines)
        facts.committee_inferred = facts.committee is not None
    at = council_line(top[:8])
    if at is None:  # (or over the header's first line further down: "WOLLASTON PARISH
        at = council_over(lines, used)  # COUNCIL" / "PLAYING FIELD ... COMMITTEE")
    if at is not None:
        facts.council = top[at].strip()
        facts.lines.add(at)
    return facts


# An action column's heading a flattened table ran onto the header's row, after its cell's
# mark or a wide gap: "The meeting was held at Resolis Memorial Hall at 7.30 p.m. / ACTION",
# "Minutes of the Meeting of Wexcombe Parish Council on Monday          Action" / "28th
# November 2011 at 7.00 pm in The Memorial Hall.          By".
_ACTION_HEAD = re.compile(r"(?:\s+/\s+|\s{6,})(?:ACTION|Action)(?:\s+(?:BY|By))?$|\s{6,}(?:BY|By)$")
_HEADS = ("ACTION", "Action", "BY", "By")
_PAPERS = re.compile(r"\b(?:Minutes|Agenda)\s+(?:&|and)\s+(?:Minutes|Agenda)\b")
_PAGE_FIRST = re.compile(r"^\d{1,3}\s+(?=[A-Z]{2,}\s+[A-Z]{2,})")  # (before words in capitals)


def _read_top(top: list[str], start: int, prose: bool, give) -> set[int]:  # type: ignore[no-untyped-def]
    """The cues of the header's lines, from start; the lines they took."""
    # (no prose header after a ModernGov item's title: "Minutes pdf icon PDF 168 KB" /
    # "Minutes of the ordinary meeting of Council on 11 July 2011." is that item's text)
    # (nor after ModernGov's "Venue:" and "Contact:" lines, the last of its header: "Minutes
    # of the Meeting held on 25 March 2010" there is an item's heading)
    items_from = next(
        (i for i, ln in enumerate(top) if (("ico" in ln or "PDF" in ln) and ATTACHMENT.search(ln))
         or (ln.startswith("Contact:") and any(v.startswith("Venue:") for v in top[:i]))),
        len(top),
    )  # fmt: skip
    used: set[int] = set()
    firsts = _first_lines(top, start)  # (where a title may stand: "X minutes for <date>")
    # (each found once for the page: the lines above a line are those from start to it)
    first_item = _first(top, start, lambda ln: ITEM_LINE.match(ln) is not None)
    first_heading = _first(top, start, _item_heading)
    minuted = False  # (whether a minute's number opened a line above)
    for i in range(start, len(top)):
        line = top[i]
        if not line:
            continue  # (a blank line gives no cue)
        if line[:1] in "•·" and first_item < i:
            continue  # (an item's bullets below its heading: "1. Play area" / "• Date: ...")
        if below := value_below(top, i):  # ("Place:" / "Civic Suite, Kings Hill")
            line, taken = below
            used.add(taken)
        elif (
            line[-1:] in _DAY_END
            and _DATE_BROKEN.search(line)
            and _DATE_REST.match(next_line(top, i))
        ):
            line = f"{line} {next_line(top, i)}"  # "Wyvern Parish Council - 3rd" / "May 2019"
            used.add(next_index(top, i))
        line = form_row(line)
        # (a flattened page's header, then its attendance; or a header's line with its
        # date, the attendance run on: "Meeting on Monday 22nd April 2013 At 8.00pm in the
        # Village Hall Minutes Present: Cllr D Whyberd, ...")
        cut = _PRESENT_LABEL.search(line) if "resent" in line or "RESENT" in line else None
        if cut and (len(line) > _LONG_HEADER or find_date(line[: cut.start()])):
            # (a page's number before it: "1 HAWKHURST PARISH COUNCIL MINUTES 10 th February
            # 2020 Present: ...")
            line = _PAGE_FIRST.sub("", line[: cut.start()], count=1)
        parts = cells(line)
        titles = first_heading >= i and not minuted  # (no item's heading above the line)
        if sum(_line_cues(fold(cell), cell, give, titles, i in firsts) for cell in parts):
            used.add(i)
        elif (
            titles
            and i in firsts
            and (title := title_to_date(line))
            and _line_cues(fold(title), title, give, titles, True)
        ):
            used.add(i)  # (a flattened page's title ends at its date, its notes run on
            # after it: "... TOWN COUNCIL MEETING 21 March, 2017 Open Minutes pages 1 – 7";
            # or where it met: "... Committee 6.00 PM 2nd June 2021 in the Market Hall")
            if IN_PLACE.match(rest := line[len(title) :]):
                give("venue", venue_in(rest.strip()), 3)
        if len(parts) > 1 and titles and (name := _name_cell(parts[0])):
            give("committee", name, 3)  # ("Planning Committee Date: 8th October, 2008 ...")
        # (nor once a minute's number has opened an item above: "18/1 There were none." /
        # ... / "Minutes of meeting held on 4 December 2017" heads an item, its date the
        # earlier meeting's)
        # (a letterhead's line is none, its number a reference: "222/2019 Imperial Rooms ...
        # Matlock 07711 898080 Derbyshire DE4 3NL")
        minuted = minuted or _minute_first(line)
        minuted = minuted or bool(OPENING_BUSINESS.match(line))  # ("APOLOGIES ...", numberless)
        if prose and i < items_from and not minuted:
            used.update(name_over_date(top, i, give, parts[0]))
            used.update(prose_header(top, i, give))
    return used


# A minute's number with its year's part opening the line: "18/3 The minutes ...", or with
# a prefix and a colon: "P/125/2017: APOLOGIES".
# (not a paper's reference before the header sentence: "R/06/16 Minutes of a meeting of ...")
# (or with its month's too, "16/10/1 An apology for absence ...", where no date is read so)
_MINUTE_FIRST = re.compile(
    r"(?:[A-Z]{1,4}/)?(?P<number>\d{1,4}/\d{1,4}(?:/\d{1,4})?)[.:]?\s+(?!Minutes\s+of\s)[A-Z]"
)


def _minute_first(line: str) -> bool:
    """Whether a minute's number opens the line (not a letterhead's reference: "222/2019
    Imperial Rooms ... Matlock 07711 898080"; nor a date, "12/03/19 Parish Council", a web
    page's year first too, "2015/07/06 Playground")."""
    m = _MINUTE_FIRST.match(line)
    if m is None or _ADDRESS.search(line):
        return False
    number = m["number"]
    return number.count("/") < 2 or not (is_date(number) or _YEAR_FIRST.fullmatch(number))


_YEAR_FIRST = re.compile(r"(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])")


# Which meeting an item's heading tells of: "Minutes of Previous Meeting Wednesday 3rd March".
# (or its minutes: "Approval of previous minutes 16th March 2021")
_EARLIER_MEETING = re.compile(r"(?i)\b(?:previous|last|preceding|earlier)\s+(?:meeting|minutes)\b")
# A postcode or a telephone number: "DE4 3NL", "07711 898080", "(0115) 977 4897".
_ADDRESS = re.compile(rf"\b{POSTCODE}|{TELEPHONE}")


# A body's name in capitals closing a cell before its labels: "Minutes – Planning Committee
# – 15 March 2017 Minutes PLANNING COMMITTEE Date: ...".
_CAPS_BODY_END = re.compile(
    r"(?:^|\s)((?:[A-Z][A-Z&'’-]+\s+){0,5}(?:COMMITTEE|SUB-COMMITTEE|COUNCIL|BOARD|PANEL|CABINET))$"
)


def _name_cell(cell: str) -> str | None:
    """The body's name a row's first cell gives before its labels, if any (not a site's
    motto run into it: "X Parish Council Serving the communities of ...")."""
    m = _CAPS_BODY_END.search(cell.strip())
    name = name_line(cell) or (clean_committee(m[1]) if m else None)
    return name if name and len(name.split()) <= _LONGEST_NAME else None


_LONGEST_NAME = 10  # words


def _first(top: list[str], start: int, test: Callable[[str], bool]) -> int:
    """The first line from start that passes the test; len(top) with none."""
    return next((k for k in range(start, len(top)) if test(top[k])), len(top))


def _item_heading(line: str) -> bool:
    """An item's heading (not a flattened page's long line), the opening business's in
    capitals at any length ("APOLOGIES FOR ABSENCE. There were none."), or the next
    meetings' dates."""
    short = len(line) <= _HEADING
    return (short and bool(ITEM_HEADING.match(line) or NEXT_MEETING.search(line))) or bool(
        OPENING_BUSINESS.match(line)
    )


def _window(head: list[str], start: int) -> list[str]:
    """The lines a header is read in from start, as its cues read them."""
    top = complete_years(_top(head, start))  # ("held on Monday 12th September at 7pm")
    # (a body's status in brackets after its name is no part of it: "Licensing Committee
    # (ceased to operate 10/04/2017) Minutes")
    top = [STATUS_NOTE.sub(r"\g<body>", ln) if "(" in ln else ln for ln in top]
    # (a Welsh header sentence: "Cynhaliwyd cyfarfod ..."; one in both tongues on the first lines)
    firsts = _first_lines(top, start)
    top = [in_english(ln, both=k in firsts) for k, ln in enumerate(welsh_two_lines(top))]
    return dateline_prose(top)  # (a Scottish dateline: "IRVINE, 9 September 2009 - At a ...")


def _first_lines(top: list[str], start: int) -> list[int]:
    """The first two lines with words on them from start: where a page's title stands."""
    return [k for k in range(start, len(top)) if top[k]][:2]


def _top(lines: list[str], start: int = 0) -> list[str]:
    """The lines a header may stand in: up to the dozenth from start that is not blank."""
    filled = 0
    for k in range(start, len(lines)):
        filled += bool(lines[k])
        if filled >= TOP_LINES:
            return lines[: k + 1]
    return lines


def _line_cues(folded: str, line: str, give, titles: bool = True, early: bool = True) -> int:  # type: ignore[no-untyped-def]
    """1 when the line is part of the header, else 0 (no title of a name and a date where
    titles is False: below an item's heading, header_guards.ITEM_HEADING, it is the item's)."""
    used = 0
    if (plain := without_asides(line)) != line:  # ("Full Council (FC) 27th July 2021")
        line, folded = plain, fold(plain)
    dated = titles and _DATED.search(folded)
    m = MODERNGOV.match(folded) if dated else None
    if m and (m["mfor"] or m["mmin"] or m["how"]) and (not early or NOT_A_TITLE.match(folded)):
        m = None  # an item's words: "1. Parish Council minutes for ...", "To approve the ..."
    if m and _EARLIER_MEETING.search(folded, 0, m.end()):
        m = None  # an item's heading: "Minutes of Previous Meeting Wednesday 3rd March 2022"
    if m and not folded.lower().startswith(("meeting:", "- meeting")):
        named = "committee" if m["committee"] else "name"
        when = line[m.start("when" if m["when"] else "at" if m["at"] else "day") :]
        found = find_date(when)
        if found and len(found[0]) == 10 and found[1].start() < 30:
            name = _BEFORE_NAME.sub("", line[: m.end(named)], count=1)
            # (a web page's title, "... 12th August 2024 Minutes", yields to a header sentence)
            title = TITLE_WORDS.fullmatch(name.strip()) is not None
            # (a body's "minutes for" a day, a title that yields to a header's sentence)
            minutes_for = m["mfor"] or m["mmin"]
            # ("COUNCIL, 22nd November 2017"; or a document's title: "F&GP Minutes & Agenda")
            weak = m["tail"] or minutes_for or m["comma"] or _PAPERS.search(name)
            give("committee", None if title else clean_committee(name), 2.5 if weak else 1)
            # (a page's title, "Minutes - 20 July 2021", yields to its header sentence)
            give("date", found[0], 3 if title else 2.5 if minutes_for else 1)
            before = when[: found[1].start()]  # (a time before the date: "7:00pm, Thursday")
            give("start_time", parse_time(when[found[1].end() :]) or range_start(before), 1)
            after = when[found[1].end() :]  # "..., 7.30pm Village Hall", "... AT VILLAGE HALL"
            after = m["how"].strip()[1:-1] if m["how"] else after  # ("... (via Zoom)")
            # (a title's words after its date name a place only as "in"/"at" one: not "to be
            # approved at the next meeting", "(via email)")
            if m["met"]:  # ("... 11.30am Virtual Meeting (not held in public)")
                give("venue", m["met"], 2)
            elif not weak or m["how"] or _PLACE_NEXT.match(after):
                give("venue", place_after(after) or venue_in(after), 2)
            used = 1
    m = NAME_PLACE_DATE.match(folded) if dated and not used else None
    if m and (found := find_date(m["when"])):  # ("X Council <place> Wednesday 15th August ...")
        give("committee", clean_committee(m["name"]), 1)
        give("venue", clean_venue(line[m.start("venue") : m.end("venue")]), 2)
        give("date", found[0], 1)
        give("start_time", parse_time(m["when"][found[1].end() :]), 1)
        used = 1
    m = LABEL.search(folded)
    field = m["label"].removeprefix("Meeting ") if m else ""  # ("Annual Meeting Venue: ...")
    if m and (m.start() == 0 or (field in ("Venue", "Place") and placed(folded, m))):
        # (a bulleted field, "• Date: ...", trusted less: an item's list holds such too; and
        # one in capitals, as a report's cover has them, "DATE: 14 April 2021")
        bulleted = folded[:1] in "•·" or m["label"].isupper()
        given = (lambda f, v, t: give(f, v, t + 3)) if bulleted else give
        label_value(m["label"].lower(), line[m.start("value") :].strip(), given)
        used = 1
    m = BARE_LABEL.match(folded) if not used else None
    if m and bare_value(m["label"], m["value"]):
        label_value(m["label"].lower(), line[m.start("value") :].strip(), give)
        used = 1
    m = MET_AT.search(folded) if " met " in folded or "was held" in folded else None
    m = m or (PLACE_HOURS.match(folded) if folded[:1] == "(" else None)
    if m:
        give("venue", clean_venue(line[m.start("venue") : m.end("venue")]), 3)
        hour = m["time"] or m.groupdict().get("hour")  # (MET_AT's hour before the place)
        give("start_time", parse_time(hour) if hour else None, 3)
        used = 1
    elif "was held" in folded and (m := HELD_ONLINE.search(folded)):
        give("venue", line[m.start("venue") : m.end("venue")], 3)  # ("... held via Zoom")
    return used


# On a page flattened onto a line, its attendance after the header on the same line:
# "DEVELOPMENT MANAGEMENT COMMITTEE 20th July 2011 Present: Councillor SL Hancock ...".
_LONG_HEADER = 200
_PRESENT_LABEL = re.compile(
    r"\s(?:(?:Minutes|MINUTES)\s+)?(?:(?:Cllrs|Councillors|Members|CLLRS|COUNCILLORS|MEMBERS)\s+)?"
    r"(?:PRESENT|Present)\s*:"
)
# A name and date broken after the day: "Wyvern Parish Council - 3rd" / "September 2019".
_DAY_END = frozenset("0123456789dht")  # how "... - 3rd", "- 21st", "- 4th" end
_DATE_BROKEN = re.compile(r"\S\s+[-–]\s+\d{1,2}(?:st|nd|rd|th)?$")
_DATE_REST = re.compile(r"[A-Z][a-z]{2,8},?\s+\d{4}\b")
# A note before the body's name: the date a meeting was moved from ("Moved from 9th October
# 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm"), or how it met ("Virtual Meeting,
# Overview and Scrutiny Management Committee - Tuesday 9th June 2020 4.00 pm").
_BEFORE_NAME = re.compile(
    r"(?i)^(?:(?:moved|rescheduled|postponed|re-?arranged)\s+(?:from|to)\s+[^,]{3,40}"
    r"|(?:virtual|remote|hybrid|online|special|extraordinary|reconvened|adjourned)\s+meeting)"
    r",\s*"
)
