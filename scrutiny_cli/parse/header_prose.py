"""The prose header: "Minutes of the meeting of X held at VENUE on DATE at TIME", over up
to three lines (and over a blank line where the sentence goes on: "HELD IN THE VILLAGE HALL"
/ "ON 28th September 2023"), with the body's name before it on its line or above it.
header.py gives what it finds the trust of a header's own words.
"""

from __future__ import annotations

import re

from ..read.text import fold
from .body_names import clean_committee, how_met
from .dates import DATE_PHRASE, DAY_NAMES, MONTH_NAMES, NUMERIC_DATE, TIME, find_date, parse_time
from .header_cues import (
    AGENDA_FOR,
    AT_A_MEETING,
    AT_THE_BODY_MEETING,
    BODY_MEETING,
    MEETING_HELD,
    MEETING_OF_NAMED,
    MINUTES_HELD,
    MINUTES_MEETING,
    MINUTES_OF_BODY,
    NAMED_BODY,
    THE,
)
from .header_guards import under_dated_attendance, without_asides
from .header_held import MEETING_ON, MEETING_WAS_HELD, THE_MEETING_WAS_HELD, THERE_WAS_A_MEETING
from .header_labels import LABEL_START, POST_HOLDER, name_line
from .header_names import (
    name_above,
    name_above_at,
    name_and_place,
    name_before,
    name_ending,
    without_title,
)
from .header_span import IN_PLACE, body_then_place, paragraph, place_then_date, undated_header
from .header_stamps import BARE_NOUNS, DRAFT, LETTERHEAD, MEMBERS_OF, NAMED_MEETING, stamp_of
from .lines import ATTACHMENT
from .numbers import NUMBER_ALONE, NUMBER_LEAD
from .titles import FINITE_VERB
from .venues import (
    building_with_address,
    council_body_place,
    held_hour,
    place_after,
    venue_in,
)

# --- Shapes of a header sentence's parts -----------------------------------------------------

# A title and its date before a header sentence on one line ("MONTHLY COUNCIL MEETING 1
# SEPTEMBER 2009 Minutes of meeting held in ...", "Council meeting – 1st April 2019 Minutes
# of ..."), or the date alone ("21 JULY 2011 Minutes of a meeting of ...").
TITLED = re.compile(
    r"(?:(?P<name>[A-Z][A-Za-z&'’ ]{2,80}?)\s+(?:[-–]\s+)?)?"
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})"
)
# What an item says of earlier minutes after their date: no header's words.
RECORDED = re.compile(
    r"(?i)[\s,]*(?:were|was|are|is|be)\s+(?:(?:duly|then|unanimously)\s+)?(?:received|approved|"
    r"agreed|confirmed|signed|accepted|adopted|taken\s+as\s+read)\b"
)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")  # (a header sentence's own end)
# What a header sentence with no date goes on with: its place or its day ("... Parish Council
# / In Cornworthy Village Hall on Monday 22nd July at 7.30pm", "... held / on Tuesday 7th April
# at 7.00pm", not "On Tuesday the Clerk attended training ..."); a name holds no figure.
UNDATED_REST = re.compile(
    # (or the month first: "... was held on Wednesday, November 2nd, at 7pm at ...")
    rf"\s*(?i:(?:in|at|{DAY_NAMES})\b|on\s+(?:{DAY_NAMES}),?\s+(?:the\s+)?"
    rf"(?:\d|(?:{MONTH_NAMES})\s+\d))"
)
DIGIT = re.compile(r"\d")
_MINUTES_NOTE = re.compile(r"(?i)\b(minutes)\s+\((?:until|subject|to\s+be|un)[^()]{0,30}\)")
# A word every prose header has ("Minutes of ...", "A meeting of ...", "Agenda for ...").
PROSE_HINT = re.compile(r"(?i)minute|meeting|agenda")

# The end of a letterhead's contact details: a web site, an e-mail address, a postcode.
_CONTACT_END = re.compile(  # (or a telephone number: "Telephone/Fax: 01883 744209")
    r"(?:\bwww\.\S+|\S+@\S+\.\w+|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\b0\d{3,4}\s?\d{5,7}"
    # (or an address a web page hid, or a contact's label: "Email [email protected] Website")
    r"|\[email\s+protected\]|\b(?:Website|Web\s+site|E-?mail|Tel|Telephone|Fax|Mobile)\s*:?)"
    r"\s*[,.]?\s*$"
)
_HELD_AT = re.compile(r"(?i)held\s+(?:in|at|within|via|by|online|remotely)\s")
NO_NAME = re.compile(
    r"(?i)(?:committee\s+)?(?:minutes|notes)(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
    r"meeting(?:\s+of)?)?\s*:?|date:?"  # (and "Notes from the meeting of:" over its date)
)


def name_over(top: list[str], i: int, give) -> tuple[str | None, int]:  # type: ignore[no-untyped-def]
    """The body's name on the lines over a date line, and where it stands ((None, i) with
    none): past a page's title ("MINUTES OF GENERAL MEETING") and a post-holder's line
    ("Chair G M Rogers"); a council, body and place with dashes between give the place too
    ("THE FIFE COUNCIL - POLICY ... COMMITTEE -" / "GLENROTHES.")."""
    for j in range(i - 1, max(-1, i - 5), -1):
        line = top[j]
        if (
            not line
            or NO_NAME.fullmatch(line)
            or POST_HOLDER.match(line)
            or LABEL_START.match(line)
        ):
            continue  # (nor a field's label: "Venue: The Village Hall")
        if _HELD_AT.match(line):  # "HELD IN THE VILLAGE HALL KITCHEN": the place, not a name
            give("venue", venue_in(line), 2)
            continue
        if j and building_with_address(line):
            give("venue", place_after(line), 2)  # ("MEETING OF THE BOARD" / "Priory Lodge
            continue  # Hall Avenue Road Malvern" / "Thursday 10 November 2011, 7.00 pm")
        named = council_body_place(f"{top[j - 1]} {line}" if j else line)
        if named is None:
            return name_line(without_title(line)), j
        give("venue", named[1], 2)
        return named[0], j
    return None, i


# A council's name in Welsh after its English, before the header's words: "Forden with
# Leighton and Trelystan Community Council Cyngor Cymuned Ffordun gyda Thre'r-Llai a
# Threlystan Minutes of the meeting held on ...".
_WELSH_HALF = re.compile(
    r"(?<=Council)\s+Cyngor\s+(?:Cymuned|Tref|Dinas|Sir)\s+[^.:;]{1,80}?(?=\s+(?i:minutes?)\b)"
)


# A lettered or roman part's mark before a line's words, glued or not: "(a)Minute of ...".
_PART_LEAD = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)\s*(?=[A-Z])")


def prose_header(top: list[str], i: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """ "Minutes of the meeting of X held in VENUE on DATE at TIME." over up to three lines;
    the lines it took."""
    if not top[i] or not (
        PROSE_HINT.search(top[i]) or _HELD_FIRST.match(top[i]) or _BODY_HELD.search(top[i])
    ):
        return set()  # no header words
    # (an agenda pack's stamp before the page's first words, where the minutes went out
    # with the next agenda: "ITEM 3 LOCAL ACCESS FORUM MINUTES of a meeting of the Exmoor
    # Local Access Forum held on ..."; the header names its body, as an item approving
    # earlier minutes, "Item 5 Minutes of the meeting held on ...", does not)
    dated = TITLED.match(top[i]) is not None and top[i][:1].isdigit()  # ("21 JULY 2011 Minutes")
    stamp = None if dated else stamp_of(top, i)
    if ATTACHMENT.search(top[i]) or (NUMBER_LEAD.match(top[i]) and not (stamp or dated)):
        return set()  # an item's title ("Minutes of ... pdf icon")
    if _PART_LEAD.match(top[i]) or under_dated_attendance(top, i):
        return set()  # a part's, "(a)Minute of Meeting held on 28 August 2015", or an item's
    if below_number(top, i) and not (
        stamp or NAMED_MEETING.search(top[i]) or LETTERHEAD.match(top[i])
    ):
        return set()  # an item's title under its number: "C 20/68" / "Minutes of the ..."
    span = paragraph(top, i)
    para = DRAFT.sub(
        "", " ".join(top[k] for k in span)[stamp.end() if stamp else 0 :][:600], count=1
    )
    if "Cyngor" in para:  # (the council's Welsh name after its English, before the minutes)
        para = _WELSH_HALF.sub("", para, count=1)
    if (lead := _FOR_MEETING.match(para)) and _titled_above(top, i):
        para = para[lead.end() :]  # (under a title "MINUTES": "For the meeting held on ...")
    if _HELD_FIRST.match(para) and (day := find_date(para)) and len(day[0]) == 10:
        # the rest of a sentence whose first words are above or lost, with its date ("held
        # in the COUNCIL CHAMBER, WILTON on TUESDAY 20th May 2008 at 7.00pm")
        para = f"Meeting {para}"
    if _read(para, "", top, i, give):  # (and the body's name over it is the header's)
        above = name_above_at(top, i)
        return _taken(top, span) | ({above} if above is not None else set())
    # (after a letterhead on the same line: "CYNGOR TREF TOWN COUNCIL Ordinary Meeting of
    # the Council held at ...")
    head = LETTERHEAD.match(para) or _NAME_FIRST.match(para)
    name = head.groupdict().get("name") or head.group().strip() if head else ""
    if head and _read(DRAFT.sub("", para[head.end() :], count=1), name, top, i, give):
        return _taken(top, span)
    return set()


# The body's name in mixed case before "Minutes of" on the line: "DRAFT AONB Committee Minutes of".
_NAME_FIRST = re.compile(
    r"^(?:DRAFT\s+|Draft\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|for|with|upon|&)\s+)?){0,6}"
    r"(?:Committee|Council|Board|Panel|Forum|Partnership|Authority|Group|Trust|Commission))"
    r"\s+(?=(?i:minutes?)\s+of\b)"
)


# What a document's title or a letterhead before the header on its line holds: a body's
# noun or a file's name ("Minutes 060717.Pdf", "Boston Borough Council BOSTON BOROUGH
# COUNCIL"), not a list of names ("Councillors Barker, Fareham, ... M Uzzell").
_TITLE_LEAD = re.compile(  # (or a council's initials: "Cressage, Harley and Sheinton PC")
    r"(?i)\b(?:council|committee|board|authority|panel|forum|trust|(?-i:PC|TC|CC))\b|\.(?:pdf|docx?)\b"
    # (or the page's title, cut, before its header: "Minutes of the March 14, 2018 Full
    # Parish MINUTES OF ... PARISH COUNCIL MEETING HELD IN ...")
    r"|^\W*(?-i:Minutes|MINUTES)\s+of\b"
)
_HELD_FIRST = re.compile(r"(?:held|Held|HELD)\s+(?:on|at|in)\s")  # ("held in the Chamber on")
# A body's name alone before "held": "Finance & General Purposes Committee Held at ...".
_BODY_HELD = re.compile(
    r"(?i)(?:committee|council|board|panel|forum|group|authority)\s+held\s+(?:on|at|in)\s"
)
# The header sentence's lead under the page's title: "MINUTES -" / "For the meeting held on
# Monday 15th October 2018 at 7.30pm at ...".
# (one that names no body: "For the Council Meeting held on ..." is read as it stands)
_FOR_MEETING = re.compile(
    r"(?i:for|of)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?i:meeting)\s+(?=(?i:held)\s)"
)
_MINUTES_ALONE = re.compile(r"(?i)\W*(?:draft\s+|approved\s+)?minutes\W*")


def _titled_above(top: list[str], i: int) -> bool:
    """Whether the last line above that is not blank is the title "Minutes" alone."""
    above = next((top[k] for k in range(i - 1, -1, -1) if top[k]), "")
    return _MINUTES_ALONE.fullmatch(above) is not None


def below_number(top: list[str], i: int) -> bool:
    """Whether the line above (the last that is not blank) is a number alone, not the page's
    own among its first three lines, "1" aside ("24" / "ST HELENS BOROUGH COUNCIL At a ...")."""
    filled = [k for k in range(i) if top[k]]
    number = NUMBER_ALONE.match(top[filled[-1]]) if filled else None
    return number is not None and (len(filled) > 3 or top[filled[-1]].strip(" .") == "1")


def _taken(top: list[str], span: list[int]) -> set[int]:
    """The header's lines, but for one that holds the whole minutes run on after it (a
    page flattened onto a line): its items must still be read."""
    return {k for k in span if len(top[k]) <= _LONGEST_HEADER}


_CUES = (
    MINUTES_HELD, MEETING_WAS_HELD, THE_MEETING_WAS_HELD, MEETING_HELD, AT_A_MEETING,
    AT_THE_BODY_MEETING, AGENDA_FOR, MINUTES_MEETING, MINUTES_OF_BODY, MEETING_ON,
    THERE_WAS_A_MEETING,
)  # fmt: skip


def _read(para: str, letterhead: str, top: list[str], i: int, give) -> bool:  # type: ignore[no-untyped-def]
    """Give the facts of the header sentence that para is, if it is one."""
    para = _MINUTES_NOTE.sub(r"\1", para)  # ("The draft minutes (until signed) of the ...")
    para = without_asides(para)  # ("Minute of Meeting No 21 of 3rd March 2016")
    folded = fold(para)
    for cue in _CUES:
        m = cue.search(folded)
        if not m or (m["body"] is not None and not _plausible_body(m["body"])):
            continue
        # (or a title with the date before the header's words: "MONTHLY COUNCIL MEETING 1
        # SEPTEMBER 2009 Minutes of meeting held in ... at 7.35 pm on the above date.")
        titled = TITLED.fullmatch(para[: m.start()].strip()) if m.start() else None
        named = name_before(para[: m.start()]) or (name_line(letterhead) if letterhead else None)
        named = named or (clean_committee(titled["name"]) if titled and titled["name"] else None)
        lead = para[: m.start()]  # (a letterhead in capitals before a header in capitals)
        if (
            m.start() > 15
            and named is None
            and not _CONTACT_END.search(lead)
            and not (lead.isupper() and folded[m.start() : m.start() + 8].isupper())
            and (
                FINITE_VERB.search(lead)
                or _SENTENCE_END.search(lead)
                or not _TITLE_LEAD.search(lead)
            )
        ):
            # (after a sentence, or a letterhead's address or web site, the header starts
            # afresh; but a document's title or a body's name runs into it: "Minutes
            # 060717.Pdf At a Meeting of ...", "Boston Borough Council BOSTON BOROUGH COUNCIL
            # At the Annual Meeting of ...")
            continue
        if re.search(r"(?i)\bthe\s*$", folded[: m.start()]) and not _own_title(folded, m):
            continue  # "The Minutes of the meeting held on ... were approved": a sentence
        if cue is MINUTES_HELD and RECORDED.search(
            _SENTENCE_END.split(folded[m.start("rest") :])[0]
        ):
            continue  # (so is "Minutes from the meeting held on 20th April were received")
        rest, place, body_end = para[m.start("rest") :], None, m.end("body")
        if cue is MINUTES_MEETING and (split := body_then_place(para, m.start("body"))):
            body_end, place, rest = split  # ("... Joint Burial Committee Parish Pavilion, ...")
        elif cue is MINUTES_MEETING and (placed := place_then_date(rest)):
            place, rest = placed  # ("... MEETING The Conference Centre, ..., Carmarthen 11 ...")
        found = _date_after(rest)
        if found is None and titled and (day := find_date(titled["day"])) and len(day[0]) == 10:
            found = (day[0], 0)  # (its time and place all after it)
        if found is None:
            # (or a day with no year under it: "MINUTES OF THE FULL BOARD MEETING" /
            # "TUESDAY 31ST JULY")
            if m["body"] and not DIGIT.search(m["body"]) and UNDATED_REST.match(rest):
                undated_header(para[m.start("body") : m.end("body")], rest, give)
                return True
            continue
        iso, date_end = found
        if RECORDED.match(rest, date_end):
            continue  # "Minutes of the meeting held on 22nd February 2023 were received ..."
        give("date", iso, 2)
        body = clean_committee(para[m.start("body") : body_end]) if m["body"] else None
        # ("the Board" under its letterhead, "... INTERNAL DRAINAGE BOARD": the letterhead's;
        # "the Committee" after a committee's name, "... Open Spaces Committee MINUTES of the
        # Committee Meeting held on ...")
        bare = body in BARE_NOUNS or body == "Committee"
        fuller = named or (name_above(top, i) or name_ending(top, i) if bare else None)
        if bare and fuller and body and fuller.lower().endswith(body.lower()):
            body = fuller
        elif body and MEMBERS_OF.fullmatch(body):  # (a meeting of the letterhead's body)
            body = named or name_above(top, i) or body
        # (its letterhead's place run on after the body's name: "Old St Tenant and Residents’
        # Panel Tompion Community Centre Minutes of meeting Tuesday ...")
        body, building = name_and_place(body or named or name_above(top, i))
        give("committee", body, 2)
        # The time: after the date, perhaps after the venue ("... 2020 at the Memorial Hall,
        # Pentre Wyvern at 7.00pm"), within the header's sentence.
        # ("and" or "closed" after the date ends it: "... at 7pm and closed at 9pm"; before
        # it, the word may be the venue's: "held in the Town and County Hall, Forfar on ...")
        when = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", rest[: date_end + 120])[0]
        after = re.split(r"(?i)\b(?:and|closed|concluded)\b", when[date_end:])[0]
        give("start_time", parse_time(when[:date_end] + after), 2)
        # (or the place alone after the date and time: "... Meeting 22/07/21 7pm Hare &
        # Hounds, Crowton"; or after "Held" and the hour, "... Council Held 7 p.m., Upper Hall")
        hour = held_hour(rest, date_end)
        venue = place or venue_in(rest) or building or how_met(para[m.start("body") : body_end])
        give("venue", venue or (hour[1] if hour else place_after(rest[date_end:])), 2)
        return True
    return False


def _own_title(folded: str, m: re.Match[str]) -> bool:
    """Whether "The Minutes of X held ..." opening the page's header is its title: X is a
    body's name, or the sentence goes on only to where and when it met ("The minutes of the
    general meeting held in the Boardroom, Town Hall, ... on 18 April 2019 at 7:00pm."), and
    no decision on those minutes follows ("... were approved")."""
    body = m["body"] or ""
    rest = _SENTENCE_END.split(folded[m.start("rest") :])[0]
    named = NAMED_BODY.match(body) or MEETING_OF_NAMED.search(body) or BODY_MEETING.match(body)
    where = IN_PLACE.match(rest) is not None and not FINITE_VERB.search(rest)
    the = THE.fullmatch(folded[: m.start()].strip()) is not None
    return the and bool(named or where) and not RECORDED.search(folded, m.start("rest"))


_LONGEST_HEADER = 1000  # characters: a header line with its attendance list fits


def _plausible_body(body: str) -> bool:
    """A body's name, not a sentence run into the header's words."""
    return len(body.split()) <= 16 and not re.search(
        r"(?i)\bPDF\b|\bminutes\b|\bTo [a-z]|\b(?:last|previous|preceding|next)\s+meeting\b", body
    )  # "Minutes of the last meeting": an item's heading, no body's name


# (and its postcode: "at SWT Callow Rock Quarry Offices, Gorge, Cheddar, BS27 3DQ 28th ...")
_VENUE_WORDS = re.compile(
    # (a short word may be cut short: "HELD AT ST. ANDREWS CHURCH THURSDAY AUGUST 4TH 2011")
    r"^\s*(?i:at|in)\s+(?:(?i:the)\s+)?(?:(?![A-Z]{1,2}\d)(?:[A-Z][a-zA-Z]{0,2}\.|[A-Z][\w'’&-]*)[\s,]+){1,8}"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}[\s,]+)?"
    # (its last word's stop right before the date, a sentence of its own: "held in The
    # Mullions Hotel Breakfast Room." / "Wednesday 22nd January 2020.")
    r"(?:[A-Z][\w'’&-]*\.\s+$)?"
)


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
    before = _WEEKDAY.sub(" ", before)  # (the date's own day: "Held Monday 12 October 2020")
    # A venue in capitalised words: "HELD AT WEST DEREHAM VILLAGE HALL at 7.30 pm THURSDAY ..."
    before = _VENUE_WORDS.sub(" ", before, count=1)
    # (the date in brackets: "... Gotham Parish Council (04/07/17)"; or after a colon: "held
    # on: Thursday 15th July 2021")
    before = before.rstrip(" (").lstrip(" :")
    # Only a time may stand between "held"/"on" and the date; a venue may stand between
    # "held" and "on" ("held in the Chamber on 9 May"); "of" before it: "the Meeting of
    # November 8th 2017".
    # (or the date, its day named, after the venue: "held in the village hall / Thursday 7th
    # March 2013")
    named_day = re.match(r"\s*(?:in|at)\b", before) and _DAY_FIRST.match(rest, start)
    # (or the date after a dash closing the line: "... HELD by Zoom electronic communication
    # due to Covid-19 – 26 May 2020")
    dashed = re.search(r"\s[-–—]\s*$", rest[:start]) and not rest[found[1].end() :].strip(" .")
    if _HOW_HELD.sub("", before) and not (
        re.search(r"(?i)\bon\s*$", rest[:start]) or named_day or dashed
    ):
        return None
    return found[0], found[1].end()


# What may stand between "held" and the date: "at" a time, "commencing", and how the
# meeting was held ("held virtually 12th January 2021", "held online via Zoom 12th ...").
_HOW_HELD = re.compile(
    r"(?i)\b(?:at|commencing|the|of|virtually|remotely|online|via|by|zoom|microsoft|ms|teams|"
    r"skype|video|conference)\b|[\s,]"
)
_DAY_FIRST = re.compile(rf"(?i)(?:{DAY_NAMES})\b")
# (and the part of it: "held on Monday evening 18/1/2016", Welsh "nos Lun" in English)
_WEEKDAY = re.compile(rf"(?i)\b(?:{DAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?\b,?\s*$")
