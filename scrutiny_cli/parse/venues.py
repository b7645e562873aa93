"""Tidying the venue a header gives: "held in the Council Chamber, Inverness on ..." -> "the
Council Chamber, Inverness" (the committee's name is body_names.py's)."""

from __future__ import annotations

import re

from .body_names import clean_committee, tidy_case
from .dates import DATE_PHRASE, DAY_NAMES, MONTH_NAMES, NUMERIC_DATE, TIME, find_date
from .header_cues import BUILDING_WORDS, NAMED_PLATFORM, POSTCODE, STAMP_WORDS
from .titles import FINITE_VERB

# Where a venue's words stop: the date, a time, "commencing" or "starting", the end of a
# sentence, the attendance block that PDF text runs into it.
_VENUE_END = re.compile(
    # (a stop before the postcode ends nothing: "... Southborough, Kent. TN4 0ND.")
    # (a time after "at", not a street's number: "the Parish Council Office at 2 School Road")
    # (a place's own "on", "Stratford on Avon", "STOW ON THE WOLD", ends nothing)
    rf"(?i)\s+on\s+(?=\w)(?!(?:the\s+)?(?!(?:{DAY_NAMES}|{MONTH_NAMES})\b)(?-i:[A-Z])"
    r"(?-i:[a-z]+|[A-Z]+)\b(?!\s*\d))"
    # (and how it met after the place, before the date: "... Grantown on Spey Hybrid 9 August")
    r"|\s+(?:hybrid|virtual|remote)(?:\s+meeting)?(?=\s+(?:on\s+)?\d|\s*$)"
    rf"|\s+at\s+(?=\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:[ap]\.?\s?m\b|hrs\b|noon\b)"
    rf"|\d{{1,2}}[.:]\d{{2}}\b|\d{{3,4}}\s*hrs)|,?\s+(?:and\s+)?(?:commencing|commenced|starting|started|began)\b"
    # (nor an abbreviation's stop: "17 Vicarage Rd, St. Agnes"; an initial's: "C.P. School")
    rf"|(?<!\bSt)(?<!\bRd)(?<!\bNo)(?<!\bCo)(?-i:(?<![A-Z]\.[A-Z]))\.(?:\s|$)(?!(?-i:{POSTCODE}))"
    r"|\s+(?:PRESENT|Present|(?:Members|Cllrs|(?:Community\s+)?Councillors)\s+[Pp]resent|"
    r"Committee\s+Members|"
    r"Apologies|In\s+the\s+Chair|"
    r"In\s+attendance)\b"
    # (or who came, told after a comma: "... the Town Hall, the following members were present")
    r"|,?\s+the\s+following\s+(?:members|councillors|persons)\b"
    r"|\s+The\s+meeting\b"
    # (or the agenda's words of the first item run on: "... in the Memorial Hall To consider
    # and if accurate, approve the minutes ...")
    r"|\s+(?-i:To)\s+(?:consider|receive|approve|note|agree|discuss|elect|confirm)\b"
    # (or a sentence about the meeting after it: "... Gunnerside Village Hall The Melbecks
    # Parish Council meeting was held ...")
    r"|\s+(?-i:The)\s+(?:[\w&'’-]+\s+){0,6}?(?:meeting|council|committee)\s+(?:was|were|is|has)\b"
    # (a word in brackets inside the name goes on: "the (New) Forest School, Bury Road", "Room
    # GW03 (Ground Floor West 03), Council One Stop Shop")
    r"|\s+from\s+\d|\s*(?:;|\((?![A-Z][\w' ]{0,15}\)\s+[A-Z]|[A-Z][\w' ]{0,30}\),\s*[A-Z]))"
    r"|\s+[A-Z]\w*:\s"
    # (the attendance after a comma, on a page flattened onto a line: "at County Offices,
    # Mr GD Cook (Chairman), ...")
    r"|,\s*(?=(?-i:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\.?\s+(?-i:[A-Z]))"
    # (a time after a comma: "... 17 Vicarage Rd, St. Agnes, 19:15.")
    r"|,\s*(?=\d{1,2}[.:]\d{2}\b)"
    # (a time after a dash: "... in the Supper Room, Public Hall - 7.30pm")
    r"|\s+[-–]\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b"
    # (the date after it: "held in the village hall / Thursday 7th March 2013", "HELD IN THE
    # TOWN HALL 29 June 2011")
    # ("MONDAY JANUARY 4th"; never a place's last letters: "ALL SAINTS CHURCH WRETTON MONDAY")
    rf"|\s*,?\s*(?:\bon\s+)?(?:{DAY_NAMES}),?\s+(?:\d|(?:{MONTH_NAMES})\b)"
    rf"|\s*,?\s*(?<![\d/.-])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b"
)


_TIME_AT_END = re.compile(r"(?:(?:\s+|(?<=[a-z]))at)?\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?$", re.I)


# How the public may join from afar, after the room: "Temple Cloud Village Hall, with public
# online attendance link: http://...", "Council Chamber and online at https://..." (a link
# in lower case: "Link House", "the Pavilion and Link Room" are places).
_ONLINE_TAIL = re.compile(r"(?:,\s*|\s+)(?:with|and|or)\b[^,]{0,60}?(?:\blink\b|(?i:https?://)).*$")
# Why it was held there, after the place: "via zoom due to covid-19 lockdown restrictions",
# "online via Zoom as permitted in The Local Authorities ... Regulations".
_WHY_TAIL = re.compile(
    r"(?i),?\s+(?:due\s+to|owing\s+to|because\s+of|as\s+permitted|in\s+accordance\s+with|"
    r"under\s+the\s+(?:provisions|regulations))\s.*$"
)
_NOT_YET = re.compile(r"(?i)(?:to\s+be\s+(?:confirmed|arranged|advised)|tbc|tba)")  # no place yet
# How a meeting was held, not where: "Board Meeting in Public", "HELD IN PUBLIC", "held in
# person".
_NO_PLACE = re.compile(r"(?i)(?:public|private|person|(?:public|private|closed)\s+session)")


def clean_venue(value: str | None) -> str | None:
    """ "Room 3 - Council House. View directions" -> "Room 3 - Council House"."""
    if not value:
        return None
    value = re.sub(r"(?i)[.\s]*(?:View directions|Cyfarwyddiadau)\.?", "", value)  # (or in Welsh)
    # (or a link to its papers: "Council Offices, English Street, Dumfries (Reports)")
    value = re.sub(r"\s*\((?:Reports|Documents|Papers|Map)\)$", "", value)
    value = _ONLINE_TAIL.sub("", value)
    value = _WHY_TAIL.sub("", value)
    value = re.sub(r"\s+", " ", value).strip(" ,.;:")
    value = re.sub(r"\s+[-–]$", "", value)  # (a dash before the time it lost: "Bell Street -")
    # (the header's own words after it: "held virtually via zoom of the above Council on ...")
    value = _OF_THE_ABOVE.sub("", value)
    # (the "on" before a date the next line holds: "... HIGH STREET, MAIDSTONE ON" / "25 ...")
    value = re.sub(r"(?i)\s+on$", "", value)
    # (who came, the line below run on, cut at its first name's stop: "in Old Franks" / "Mr.
    # B Ogilvie (Chairman) ...")
    value = re.sub(r"\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)$", "", value)
    # (the page's title on the line below, run on: "... IN SCOTTON VILLAGE HALL" / "MINUTES")
    value = re.sub(r"\s+(?:DRAFT\s+)?MINUTES$", "", value)
    # (a date's ordinal a converter moved there, its figure left behind: "CROWAN st ON ... 1")
    value = re.sub(r"(?<=[A-Z])\s+(?:st|nd|rd|th)$", "", value)
    # (the time after it, "at" glued on by a converter: "The Curveat 11.00am", or alone)
    value = _TIME_AT_END.sub("", value)
    # (or the end of the hours before it, its "at" glued on where a converter lost the
    # header's spaces: "TO 4.30 PMATBOURNEMOUTH UNIVERSITY", "to 9pm at the Pavilion")
    value = _HOURS_END_FIRST.sub("", value)
    # (the page's next words run on after its postcode, on a line a converter flattened:
    # "... London, SE1 2AA Copies of the minutes may be found at: www...", after its stop
    # too: "... Harrogate HG1 2AE. This meeting will be livestreamed here: ...")
    if m := _POSTCODE_THEN_WORDS.search(value):
        value = value[: m.end("postcode")]
    # (or after the place, with no postcode, a notice of what may or will be: "Virtual
    # Meeting Copies of the minutes may be found at ...", "... This meeting will be ...")
    value = _NOTICE_AFTER.sub("", value)
    return None if _NOT_YET.fullmatch(value) or _NO_PLACE.fullmatch(value) else value or None


# (its subject a notice's: never the place's own last word, "Village Hall where face
# coverings should be worn", "via Microsoft Teams and can be viewed on YouTube")
_NOTICE_AFTER = re.compile(
    r"\s+(?:Copies|Minutes|Papers|Agendas|Recordings|Members|This|These|The|A|An)"
    r"(?:\s+[a-z]+){0,4}\s+(?:may|can|will|could|should)\s+be\s+[a-z]+\b.*$"
)
_HOURS_END_FIRST = re.compile(
    r"^(?i:to|until)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:\s+(?i:at)\s+|AT(?=[A-Z]{3}))"
)
_OF_THE_ABOVE = re.compile(
    r"(?i)\s+of\s+the\s+(?:above|said)(?:[- ]named)?\s+(?:council|committee|board|body)\b.*$"
)
_POSTCODE_THEN_WORDS = re.compile(
    r"\b(?P<postcode>(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))\.?\s+(?=(?-i:[A-Z][a-z]+)(?:\s+\S+){3})"
)


# What a meeting held "by" is a place ("by Zoom Conference Call"), not a person or a vote.
_PLATFORM = rf"(?:{NAMED_PLATFORM}|video|telephone|conference|electronic\s+(?:media|means))\b"
# The word before a header's venue: "held in/at/within X", "via Zoom", "by Zoom Conference Call",
# "by the Zoom Meeting Platform" (a platform named after "the": not "by the telephone box"),
# "held on Microsoft Teams on the 16th July 2020".
_BEFORE_VENUE = re.compile(
    # ("held using Zoom at 7pm")
    rf"(?i)\b(in|at|via|within|(?:by|through|on|using)(?=\s+(?:{_PLATFORM}|the\s+{NAMED_PLATFORM}\b))"
    # (or "on" an open-air place: "on the forecourt of Minting Village Hall", "on the Green")
    r"|on(?P<open>(?=\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:forecourt|green|playing\s+field|field|"
    r"grounds?|common|car\s+park|lawn)\b)))\s+"
)
# How the meeting was held, before its platform: "Held Remotely by ZOOM", "virtually via Zoom".
# (the platform may be in brackets after it: "HELD REMOTELY (VIA ZOOM) AT 6.30 P.M.")
_HOW_HELD = re.compile(r"(?i)(?:^|\s)(['‘]?(?:remotely|virtually|online)['’]?)\s+(\(?)$")


_NUMBERED_PLACE = re.compile(r"\d{1,4}[a-z]?,?\s+(?-i:[A-Z][a-z]+|[A-Z]{3,})\s+(?-i:[A-Z])")


_ABOUT = re.compile(r"(?i)^(?:approximately|approx\.?|about|around|circa)\s+")


def venue_in(rest: str) -> str | None:
    """The venue in a header's words after "held": "in/at X" that is not a time or date,
    or "via Zoom"; never in the attendance list a flattened page runs into it ("... at 5:32
    pm PRESENT IN The Right Worshipful the Mayor CHAMBER: ...")."""
    rest = _ATTENDANCE.split(rest, maxsplit=1)[0]
    for m in _BEFORE_VENUE.finditer(rest):
        after = rest[m.end() :]
        timed = TIME.match(_ABOUT.sub("", after, count=1))  # ("at approximately 7.30 p.m")
        if timed or DATE_PHRASE.match(after) or NUMERIC_DATE.match(after):
            continue
        # (not "in the meeting", but "in the Meeting Room, South Efford House")
        if re.match(
            r"(?i)(?:\d|the\s+(?:meeting(?!\s+(?:room|hall|house|place|suite))|end)\b|accordance\b"
            r"|attendance\b)",  # (nor who was "In attendance: ...")
            after,
        ) and not _NUMBERED_PLACE.match(after):
            continue  # (but a building's number: "in 1 Langley House, Wykeham Business Centre")
        end = _VENUE_END.search(after)
        venue = clean_venue(after[: end.start() if end else len(after)])
        if venue and m[1].lower() in ("via", "by", "through", "on", "using") and m["open"] is None:
            venue = f"{m[1]} {venue}"  # "via Zoom", "by Zoom Conference Call", "on Teams"
            how = _HOW_HELD.search(rest, 0, m.start())
            if how and how[2] and venue.endswith(")"):
                venue = f"{how[1]} ({venue}"  # "REMOTELY (VIA ZOOM)"
            elif how:
                venue = f"{how[1]} {venue}"  # "remotely via Zoom"
            if venue.count(")") > venue.count("("):
                venue = venue.rstrip(")")  # ("held (via Zoom) at 7pm")
        if venue:
            return venue
    online = _HELD_HOW.match(rest)  # ("held virtually on Zoom, on 19th November ...")
    return online["place"] if online else None


def place_after(after: str) -> str | None:
    """The place named after a date (and time) on its line, if that is all there is: a
    place, or how the meeting was held online."""
    rest = TIME.sub(" ", _ATTENDANCE.split(after, maxsplit=1)[0])
    rest = _AT_END.sub("", rest)  # (the time after the place: "Comrie Community Centre at 19.30")
    if online := _HELD_ONLINE.fullmatch(rest):
        return online["place"]
    place = _PLACE_AFTER.fullmatch(rest)
    if place is None or FINITE_VERB.search(place["place"]):
        return None
    if BODY_WORD.search(_ROOM.sub("", _ONLINE.sub("", place["place"]))):
        return None  # (a body's name, not its room: "The Committee Room, The Council House")
    if len(place["place"].split()) > _SHORT_PLACE and not _LONG_PLACE.search(place["place"]):
        return None  # (a list of names after the date: "A Smith, B Jones, C Brown, ...")
    return clean_venue(place["place"])


# How a meeting was held, alone after its date and time: "... at 7:00 online.", "held
# remotely", "virtually via Zoom", "by way of a virtual Zoom Meeting".
# (its platform's name as printed: no "video" or "telephone" here, unlike _PLATFORM's)
_AT_END = re.compile(r"\s+(?i:at|from)[\s.,]*$")
_HELD_ONLINE = re.compile(
    r"(?:[\s,.\-–]|\b(?i:at|am|pm|held)\b)*"
    r"(?P<place>(?i:(?:by\s+way\s+of|via|by)\s+(?:an?\s+)?)?(?i:online|virtual(?:ly)?|remote(?:ly)?)"
    # (the word "meeting" before its platform too: "Virtual meeting via Microsoft Teams")
    rf"(?:(?:\s+(?i:meeting))?(?:\s+(?i:via|by|on|using)\s+{NAMED_PLATFORM})|\s+{NAMED_PLATFORM})?"
    r"(?:\s+(?i:meeting|video\s+conference|conference\s+call))?)[\s,.]*"
)
# How the meeting was held, with its platform, right after "held" and before its date or
# time: "held virtually on Zoom, on 19th November", "held online using Teams at 7pm" (a bare
# "held remotely on Thursday ..." names no place).
_HELD_HOW = re.compile(
    rf"\s*(?P<place>(?i:online|virtually|remotely)\s+(?i:via|by|on|using)\s+{NAMED_PLATFORM})"
    r"(?=,?\s+(?i:on|at|commencing)\b|,?\s+\d|\s*$)"
)
# A place of more than ten words names a building or has its postcode, and no person.
_SHORT_PLACE = 10
_LONG_PLACE = re.compile(
    r"^(?!.*\b(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr|Chair(?:man)?|Clerk|RFO)\b)"
    rf"(?=.*(?:\b(?:{BUILDING_WORDS}|Building)\b|(?-i:{POSTCODE})))"
)
# A room named for the bodies that meet in it: "Committee Room 2", "Cabinet Room".
_ROOM = re.compile(r"(?i)\b(?:committee|cabinet|board|meeting)\s+(?:room|suite|chamber)s?\b")
# A meeting held online is a place: "Online Meeting via ZOOM", "Virtual Meeting on Teams".
_ONLINE = re.compile(r"(?i)\b(?:online|virtual|remote|hybrid)\s+meetings?\b")
# The attendance a flattened header runs into: "... COUNCIL HEADQUARTERS, ELGIN PRESENT ...",
# "... Online Zoom Meeting CC Members Present: ..." (a community council's members).
_ATTENDANCE = re.compile(
    r"\s(?:(?:Those\s+|(?:[A-Z]{2,3}\s+)?Members\s+|Cllrs\s+|Councillors\s+)?(?:PRESENT|Present)"
    r"|In\s+the\s+Chair|In\s+[Aa]ttendance"
    # (or the members labelled: "... Basingstoke, RG24 9NN Members: Alan Yates ...", the
    # committee's too: "... SIMPSON CENTRE, STOTFOLD Committee Members: Mrs J Hyde ...")
    r"|(?:Committee\s+)?Members(?=:\s)"
    # (or those summoned: "... via online video link Parish Councillors required to attend;")
    r"|(?:(?:Parish|Town|Community)\s+)?(?:Councillors|Members)\s+(?:summoned|required|invited)"
    r"\s+to\s+attend"
    # (or its first post and holder, where it runs on unlabelled: "... at Miltonduff Hall
    # Chairman Mr J Mountford Vice Chairman ...")
    r"|(?:Chairman|Chairperson|Convener|Convenor)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s))\b"
)
# What may follow a date on its line and is a place: a few capitalised words and commas
# ("East Herts District Council Wallfields,", "at 7pm, Council Chamber, Town Hall"), and the
# small words of a place's name ("Weston under Wetherley Village Hall"), up to fifteen words
# ("Jim Cooke Conference Suite, Stockton Central Library, Stockton on Tees, TS18 1TU").
# How a meeting was held that names no place: "- Held in Person", "held in Private", "Held at
# Short Notice" (the date and hour before it stand all the same).
# (never a place's own word: "Held at Public Hall, Ashby", "in Private Dining Room, ...")
_HELD_NOWHERE = r"(?:person|private|public|camera|short\s+notice|abeyance)\b(?!\s+(?-i:[A-Z]))"
HELD_NO_PLACE = re.compile(rf"(?i)[\s,\-–]*\bheld\s+(?:in|at)\s+{_HELD_NOWHERE}")
_PLACE_AFTER = re.compile(
    # (past "held" before it: "Thursday 10th January 2019 7.30 pm - Held at St Julian's Church")
    r"(?:[\s,.\-–@()]|\b(?i:at|am|pm|from|commencing|in)\b"
    rf"|\b(?i:held)(?=\s+(?i:at|in)\s(?!(?i:{_HELD_NOWHERE}))))*"
    r"(?P<place>(?!(?i:at|in|on|am|pm|from|commencing)\b)(?:via\s+|the\s+)?[A-Z][\w'’&.-]*(?:[\s,]+(?:[A-Z0-9][\w'’&.-]*|of|the|and|&|on|upon|in|via|under|with|by|cum|de|la|le)){0,14}"
    # (and its town after a dash, "Village Hall - Hambledon"; not a page's or a draft's note)
    r"(?:\s[-–]\s(?!(?:Unconfirmed|Confirmed|Draft|Approved|Apologies|Present|Page|Minutes|"
    r"Agenda|Members)\b)[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})?)"
    r"[\s,.]*"
)
# A listing's mark on a meeting, after its date and hour: "Planning Committee - Thursday, ...
# 6.00 pm, NEW", "Tuesday, 2nd July, 2019 7.30 pm, MOVED".
LISTING_MARKS = "NEW|CANCELLED|POSTPONED|MOVED|RESCHEDULED|REVISED|UPDATED|DRAFT"
# Words of a body's name or a page's title, never of a place (before or after the date).
BODY_WORD = re.compile(
    r"(?i)\b(?:committee|panel|board|cabinet|forum|minutes?|notes?|agenda|meeting|sub-committee|"
    rf"items?)\b|^(?:{LISTING_MARKS})$"
)


# The council, the body and the place on one line, or broken after a dash: "THE FIFE
# COUNCIL - POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE -" / "GLENROTHES.".
_COUNCIL_BODY_PLACE = re.compile(
    r"(?i)^\s*(?:the\s+)?[^-–]{0,40}\bcouncil\s+[-–]\s+(?P<body>[^-–]{3,100}?\b(?:committee|"
    r"board|panel|sub-committee|council|cabinet|forum))\s+[-–]\s+(?P<place>[^-–]{2,60}?)[.\s]*$"
)


def council_body_place(line: str) -> tuple[str, str] | None:
    """(the body's name, the place) of such a line, or None."""
    m = _COUNCIL_BODY_PLACE.match(line) if "-" in line or "–" in line else None
    if m is None:
        return None
    body = clean_committee(m["body"])
    return (body, tidy_case(m["place"].strip())) if body else None


# A body's name, not its place, before the date: "Blaby Parish Council, 8th July".
_COUNCIL_END = re.compile(r"(?i)\bcouncil\s*,$")
_ON_DAY = re.compile(rf"\s+on(?:\s+(?i:{DAY_NAMES}),?)?$")
_BUILDING = re.compile(rf"\b(?:{BUILDING_WORDS}|Schoolroom|Chapel)\s+on(?:\s+(?i:[a-z]+day),?)?$")
# A building's name alone: capitalised words (not a notice: "Litter pick from the Village
# Hall on Saturday ...").
_NAME_ONLY = re.compile(
    r"(?:(?:[A-Z][\w'’&.-]*|of|the|and|&|upon|on|under|St\.?)[\s,]+)+on(?:\s+[A-Za-z]+,?)?$"
)
_POSTED = re.compile(rf"(?i)\b(?:{STAMP_WORDS}|uploaded|held|minutes)\b")


def place_first(line: str, dateline: bool = False) -> tuple[str | None, str]:
    """(the place, the rest) of a line that names where before the date ("Town House,
    Aberdeen, 6 September 2022.", "Methodist Schoolroom on Tuesday 26th September 2017", or
    a town alone before its weekday where the line is a minute's dateline, "Aberdeen,
    Wednesday, 19 September 2018"); (None, line) for any other."""
    found = find_date(line) if re.search(r"\d", line) else None
    if not found:
        return None, line
    before = line[: found[1].start()].rstrip()
    building = _BUILDING.search(before) is not None
    if building and not _POSTED.search(before) and _NAME_ONLY.match(before):
        before = _ON_DAY.sub(",", before)
    if not before.endswith(",") or not before[:1].isupper() or len(before.split()) > 10:
        return None, line
    if FINITE_VERB.search(before) or ":" in before or BODY_WORD.search(before):
        return None, line  # a sentence, a label, or "Minutes of the Council Meeting,"
    if _POSTED.search(before):
        return None, line  # a document's stamp: "Issued, 3 March 2021"
    if _COUNCIL_END.search(before):
        return None, line
    town = dateline and _TOWN.fullmatch(before) and _WEEKDAY_FIRST.match(line, found[1].start())
    if "," not in before[:-1] and not building and not town:
        return None, line  # a committee's name in the page's title: "Planning and Development,"
    return before.rstrip(" ,"), line[found[1].start() :]


_TOWN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,")
_WEEKDAY_FIRST = re.compile(rf"(?:{DAY_NAMES}),")
# A building's name alone on its line, a few words in title case ending in a building's
# word: "St. Charles School", "Wexcombe Village Hall" (not a body's name: "Village Hall
# Management Committee").
_BUILDING_ALONE = re.compile(
    rf"(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|&)){{0,5}}\s+"
    rf"(?:{BUILDING_WORDS})"
)


def building_alone(line: str) -> str | None:
    """The line as a place where it is a building's name and nothing else."""
    line = line.strip().rstrip(".")
    return line if _BUILDING_ALONE.fullmatch(line) else None


# A building's name with its address after it: "Priory Lodge Hall Avenue Road Malvern",
# "Council Chamber, Town Hall".
_BUILDING_AND_ADDRESS = re.compile(  # (in capitals too: "FARR COMMUNITY HALL")
    rf"(?:[Tt]he\s+|THE\s+)?[A-Z][\w.'’&-]*(?:,?\s+(?:[A-Z][\w.'’&-]*|of|and|&|OF|AND)){{0,3}}\s+"
    rf"(?:{BUILDING_WORDS}|{BUILDING_WORDS.upper()})(?:,?\s+(?:[A-Z][\w.'’&-]*|\d{{1,4}})){{0,5}}"
)


def building_with_address(line: str) -> bool:
    """Whether the line is a place alone: a building's name, its address after it, and no
    body's noun, which makes it a name ("Village Hall Committee")."""
    return bool(_BUILDING_AND_ADDRESS.fullmatch(line)) and not BODY_WORD.search(line)


# The hour after "held", then the place, on a line of its own or after the header's date:
# "Wyvern Town Council Held 7 p.m., Upper Hall, Town Hall,".
_HELD_HOUR = re.compile(
    r"(?i)\bheld\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?),\s*(?P<place>\S.*)"
)


def held_hour(text: str, pos: int = 0) -> tuple[str, str | None] | None:
    """(the hour, the place) told after "held" from pos, if the text tells them so."""
    m = _HELD_HOUR.search(text, pos)
    if m is None:
        return None
    return m["time"], place_after(_ATTENDANCE.split(m["place"])[0].rstrip(",. "))
