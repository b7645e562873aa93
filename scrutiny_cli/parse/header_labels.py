"""The labelled fields of a header ("Venue: Committee Room 3", "Date: 22 January 2007",
"Contact: Hannah Criddle Tel ..."), and the cells of a table's row of labels run onto one
line; header.py finds the labels (header_where.LABEL, BARE_LABEL) and gives what these read."""

from __future__ import annotations

import re

from .body_names import clean_committee
from .dates import TIME, find_date, parse_time
from .header_cues import POSTCODE
from .titles import FINITE_VERB
from .venues import BODY_WORD, clean_venue

_DIGIT = re.compile(r"\d")

# Who holds a post, on a line of the header: "Chair G M Rogers", "Clerk: Mrs J Rosam".
_POSTS = r"(?:Vice[- ])?Chair(?:man|person)?|Clerk|Mayor|Convener|Secretary"
POST_HOLDER = re.compile(
    rf"(?:{_POSTS}|Treasurer)"
    r"(?:\s*(?:/|&|and)\s*(?:RFO|Treasurer|Responsible Financial Officer))?\s*:?\s+"
    r"(?:(?:Mrs?|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s*\(?(?:Tel\.?:?\s*)?0\d[\d ]{8,12}\)?)?$"  # ("Clerk / RFO: Dorothy Neal (01246 ...)")
)

_POST_LABEL = re.compile(rf"(?:{_POSTS})\s*:")


_BODY_WORD = re.compile(r"\b(?:Committee|Sub-Committee|Board|Panel|Forum)\b")
_FIGURE_WORD = re.compile(r"(?<=\s)\d{1,2}(?=\s|$)")


def name_line(line: str) -> str | None:
    """A committee name standing alone on a line ("Cabinet", "Cyngor Llawn")."""
    name = clean_committee(line)
    # (a number of its own in brackets at the end is the name's: "Scrutiny Board (2)",
    # "Licensing Committee (2005-2015)")
    bare = re.sub(r"\s*\(\d[\d\s/–-]*\)$", "", name or "")
    if _BODY_WORD.search(bare):  # (and an area's or a panel's figure, a word of its own:
        bare = _FIGURE_WORD.sub("", bare)  # "Area 3 Planning Committee", "Licensing Panel 2")
    # (nor an address's parts, a comma after each: "Rhos, Llandudno Junction,")
    address = line[-1:] == "," and "," in line[:-1]
    if not name or len(name.split()) > 14 or re.search(r"[.:;!?]$|\d", bare) or address:
        return None
    if "?" in name:  # a site's menu ("Site Map | Contact? | Info? | Home")
        return None
    if re.search(r"(?i)\b(?:minutes|agenda|draft)\b", name):
        return None  # the page's title: "Draft Minutes"
    if LABEL_START.match(name):
        return None  # a field's label: "Venue: Council Chamber, Wyvern House"
    if POST_HOLDER.match(name) or _POST_LABEL.match(name):
        # who holds a post: "Chair G M Rogers", "Clerk: Mrs J Rosam", or who hold several:
        # "Chairman: Mr Thomas Armstrong Clerk: Rev’d J Morgan"
        return None
    if not name[0].isupper():
        return None
    return name


def bare_value(label: str, value: str) -> bool:
    """Whether what follows a label without its colon is what the label names: a date, a
    time, or a place (a few words, no body's name, no verb)."""
    label = label.capitalize()  # ("DATE Tuesday 28 June 2016", a form's labels in capitals)
    if label == "Date":
        found = find_date(value)
        return found is not None and found[1].start() == 0
    if label == "Time":
        return TIME.match(value) is not None
    if label == "Meeting":  # ("MEETING Open Space and Amenities Committee": the body's name)
        return name_line(value) is not None
    return (
        len(value.split()) <= 12 and not BODY_WORD.search(value) and not FINITE_VERB.search(value)
    )


# Between the cells of a table's row of labels, run onto one line: "Date: Wednesday 23
# February 2022       Time: 06:00 PM       Location: Council Chamber".
_CELL_LABELS = "Date|Time|Venue|Place|Location|Contact"
# A line that opens with one of the labels ("Venue: ...", "Date of meeting: ..."): no name,
# no header sentence's words.
LABEL_START = re.compile(rf"(?i)(?:{_CELL_LABELS})\b[^:]{{0,20}}:")
_CELL_GAP = re.compile(rf"\s{{3,}}(?=(?:{_CELL_LABELS})\b[\w ]{{0,20}}:)")
# The same labels one space apart, on a line that opens with one: "Date: Monday 19 January
# 2009 Time: 3.30pm Place: Wheel Room, Civic Centre".
# (and who chaired it, after the place: "Location: Council Chamber, The Townhall Chairman:
# Councillor Mary Garrity Vice Chairman: ...")
_LABELS_RUN = re.compile(  # (not inside one label: "Date & Time:", "Date and Time:")
    # (with the slash a flattened form put between its cells: "Date: Thursday 24 September
    # 2015 – 7.30pm / Venue: The Cock Inn")
    rf"(?<!\band)(?<!&)(?<!\bVice)(?<!\bof)(?<!\bthe)(?:\s+/)?\s+"
    rf"(?=(?:{_CELL_LABELS}|Date (?:and|&) [Tt]ime|(?:Name|Title|Date) of (?:the )?[Mm]eeting"
    # (and the meeting's name, after the page's title on the line: "MINUTES Meeting: London
    # Assembly (Mayor's Question Time) Date: ...")
    r"|(?:Vice[- ])?Chair(?:man|person)?|(?-i:Meeting)|(?-i:Held on))\s*:)"
)
_FIELDS = "Date|Time|Venue|Place|Location"  # a header's fields named before a colon
_LABEL_FIRST = re.compile(rf"(?:{_FIELDS})\s*:")


_COLON_AFTER = re.compile(r"\s*:")
_NAME_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*|(?-i:and|of|for)|&)\s*$")  # ("Environment and")


def placed(folded: str, m: re.Match[str]) -> bool:
    """Whether a place's label stands mid-line as one ("2024 Venue, Church House"), not as
    the last word of a street's name ("Victoria Place, Brightlingsea"): a colon after it, or
    no capitalised word before it."""
    return bool(_COLON_AFTER.match(folded, m.end("label"))) or not _NAME_BEFORE.search(
        folded, 0, m.start("label")
    )


def cells(line: str) -> list[str]:
    if "   " in line:
        return _CELL_GAP.split(line)
    if _LABEL_FIRST.match(line):
        return _LABELS_RUN.split(line)
    # (or after the body's name, a page flattened onto a line: "Planning Committee Date: 8th
    # October, 2008, 2:00 pm, Place: Room 77, Guildhall, Hull Present: ...")
    if ": " in line and len(_LABEL_AFTER.findall(line, 0, _HEADER_SPAN)) >= 2:
        return _LABELS_RUN.split(line)
    return [line]


# A form's row of labels flattened onto one line without its colons, as a council's printed
# template has them: "Name of meeting SCRUTINY COMMITTEE Date and time TUESDAY, 9 JANUARY
# 2018 ... Venue COUNCIL CHAMBER ... Present Cllrs ...". Read as a row only when two of the
# form's own phrases stand in it (a sentence may say "venue" or "present", not these), or
# one and its place: "... Date of Meeting 22nd March 2021 Location Zoom Virtual Meeting".
# (or the labels of a plainer form: "Minutes Meeting Airport Consultative Committee Held on
# Thursday 24th November 2016 Time 1430 hrs Venue Imperial Room")
_FORM_PHRASE = re.compile(
    r"\b(?:Name of (?:the )?[Mm]eeting|Date and [Tt]ime|Date of (?:the )?[Mm]eeting)\s+(?=[A-Z0-9])"
    r"|(?<=\s)(?:Held on\s+(?=[A-Z0-9])|Time\s+(?=\d))"
)
_FORM_PLACE = re.compile(r"\s(?:Venue|Location)\s+(?=[A-Z])")
_FORM_LABEL = re.compile(
    r"(?<=\s)(?P<label>Name of (?:the )?[Mm]eeting|Date and [Tt]ime|Date of (?:the )?[Mm]eeting|"
    r"Venue|Location|Present|Held on|Time(?=\s+\d)|(?<=^\s)Meeting|(?<=Minutes\s)Meeting)"
    r"\s+(?=[A-Z0-9])"
)


def form_row(line: str) -> str:
    """A flattened form's row with the colons its labels lost put back, so that it reads as
    the labelled row it was ("Name of meeting: SCRUTINY COMMITTEE Date and time: ...")."""
    phrases = len(_FORM_PHRASE.findall(line, 0, _HEADER_SPAN))
    if phrases + (phrases == 1 and _FORM_PLACE.search(line, 0, _HEADER_SPAN) is not None) < 2:
        return line
    return _FORM_LABEL.sub(lambda m: f"{m['label']}: ", f" {line}")[1:]


_WHO_CAME = re.compile(
    # (or glued on after the place's stop, or its last word: "The Cock Inn, Sibson.Attendance:
    # Geoff Bingham", "Black Horse – Sheepy MagnaAttendance: Kate Gardiner")
    r"(?:\s+|(?<=[a-z]\.)|(?<=[a-z]))(?:Committee\s+Members|Members\s+Present|Present|PRESENT|Apologies|"
    r"In\s+Attendance|Attendance|Officers\s+Present)\s*:"
    r"|\s+Cllrs\.?\s+(?=[A-Z])"  # (or the members listed: "Cllrs. Ash, ...")
)
_LABEL_AFTER = re.compile(
    rf"\s(?:{_FIELDS}|Date (?:and|&) [Tt]ime|(?:Name|Title|Date) of (?:the )?[Mm]eeting)\s*:"
)
_HEADER_SPAN = 400  # where a flattened page's header labels stand


def label_value(label: str, value: str, give) -> None:  # type: ignore[no-untyped-def]
    # ("Meeting of:", "Meeting Title:", "Name of meeting:")
    if label.endswith((" of", " title", " name")) or label.startswith(("name of", "title of")):
        give("committee", clean_committee(value), 1)
    elif label == "meeting":  # "Meeting: ICP Board" (not "Meeting: 13/05/2021 - ...")
        give("committee", None if _DIGIT.search(value) else name_line(value), 1)
    elif label.startswith(("date", "meeting date", "meeting called", "meeting held", "held")):
        found = find_date(value)
        if found and len(found[0]) == 10 and found[1].start() < 20:
            give("date", found[0], 0)
            # (its hour after the date, or before it: "7:30pm, Thursday 4th February 2021")
            after, before = value[found[1].end() :], value[: found[1].start()]
            give("start_time", parse_time(after) or parse_time(before), 2)
    elif label.startswith(("time", "start")):  # ("Start: 7pm   Finish: 9.02pm")
        give("start_time", parse_time(value[:30]), 1)
    elif label == "duration" and len(list(TIME.finditer(value[:30]))) >= 2:
        give("start_time", parse_time(value[:30]), 2)  # ("19:00 - 21:35": its start; not "2.30")
    elif label.removeprefix("meeting ").startswith(("venue", "place", "location")):
        # (on a page flattened onto a line, up to who came: "Town Hall, St Annes Committee
        # Members: Councillor ...")
        give("venue", clean_venue(_WHO_CAME.split(value, maxsplit=1)[0]), 1)
    elif label == "contact":
        give("contact", _contact(value), 1)


def _contact(value: str) -> str | None:
    stop = r"\s{2,}|\s+(?:Tel|Telephone|Phone|Email|E-mail|tel\.)\b"
    value = re.split(stop, value, maxsplit=1, flags=re.I)[0]
    return value.strip(" ,.;:") or None


# A body's name that says only its kind: the page's other lines may name it in full.
_GENERIC = re.compile(
    r"(?i)(?:parish|town|community|city|borough|district|county)?\s*council|board|forum|"
    r"joint\s+committee|panel|commissioners|trustees|directors"
    r"|(?:steering|working)\s+(?:group|party)"  # ("... Planning Steering Group" fuller)
)


# A body's kind, which a name without it lacks: "Planning" for the "Planning Committee".
_KIND = re.compile(
    r"(?i)\b(?:council|committee|sub-committee|board|panel|forum|cabinet|executive|authority|"
    r"commission(?:ers)?|trustees|directors|assembly|group|meeting|governing\s+body)\b"
)


def fuller_name(name: str | None, offered: list[str]) -> str | None:
    """The body's name in full where the header's best cue gave only its kind and another
    named it ("Parish Council Meeting 12th Sept 2016" over "MINUTES of the meeting of
    HONINGHAM PARISH COUNCIL held on ..."): the shortest name offered that ends in it; or
    only its subject, as a web page's title does ("Planning Minutes 6th March 2013" over
    "Minutes of the Meeting of the Planning Committee"): the name offered that adds its kind."""
    if not name:
        return name
    if _ACRONYM.fullmatch(name):  # "DTC" for "Dulverton Town Council"
        full = [o for o in offered if _initials(o) == name]
        return min(full, key=len) if full else name
    if m := _ABBREVIATED.search(name):  # "Plockton CC" for "PLOCKTON & DISTRICT COMMUNITY COUNCIL"
        first, kind = name.split()[0].lower(), _ABBREVIATIONS[m[1].upper()]
        full = [o for o in offered if o.lower().startswith(first) and o.lower().endswith(kind)]
        return min(full, key=len) if full else name
    if not _KIND.search(name):
        kinds = [o for o in offered if o.lower().startswith(name.lower() + " ")
                 and _KIND.fullmatch(o[len(name) :].strip())]  # fmt: skip
        return min(kinds, key=len) if kinds else name
    longer = [o for o in offered if len(o) > len(name) and o.lower().endswith(" " + name.lower())]
    if not _GENERIC.fullmatch(name):
        # (a council's committee, the council named before it: "Playing Field Committee"
        # over "... OF HOLME LACY PARISH COUNCIL PLAYING FIELD COMMITTEE HELD AT ...")
        # (or its place, as the header sentence names it in full: "Policing Board" over
        # "... OF THE NORTHERN IRELAND POLICING BOARD HELD ON ...")
        longer = [o for o in longer if _COUNCIL_BEFORE.search(o[: len(o) - len(name)])
                  or _PLACE_BEFORE.fullmatch(o[: len(o) - len(name)])]  # fmt: skip
    return min(longer, key=len) if longer else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS).upper()


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = frozenset(("of", "and", "&", "the", "for", "on", "upon", "in"))
_PLACE_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,3}")
_ABBREVIATED = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(CC|PC|TC)$")
_ABBREVIATIONS = {"CC": "community council", "PC": "parish council", "TC": "town council"}
_COUNCIL_BEFORE = re.compile(
    r"(?i)\b(?:parish|town|community|city|borough|district|county)\s+council\s*$"
)


def next_line(top: list[str], i: int) -> str:
    return top[next_index(top, i)] if next_index(top, i) < len(top) else ""


def next_index(top: list[str], i: int) -> int:
    for j in range(i + 1, len(top)):
        if top[j]:
            return j
    return len(top)


def value_below(top: list[str], i: int) -> tuple[str, int] | None:
    """A label's line read with its value's line below it, and that line: the value alone
    under its label ("Place:" / "Civic Suite, Kings Hill"), or the rest of a place's
    address, a street and a postcode ("Venue: Southwark Council" / "160 Tooley St, London,
    SE1 2TZ")."""
    line = top[i]
    if _LABEL_ALONE.fullmatch(line) and i + 1 < len(top):
        return f"{line} {next_line(top, i)}", next_index(top, i)
    if line.startswith(_PLACE_LABELS) and i + 1 < len(top) and _STREET.fullmatch(top[i + 1]):
        return f"{line.rstrip(' ,')}, {top[i + 1]}", i + 1
    return None


_LABEL_ALONE = re.compile(r"(?:Venue|Place|Location|Date|Time)\s*:")
_PLACE_LABELS = ("Venue:", "Place:", "Location:")
_STREET = re.compile(rf"\d{{0,4}}\s*[A-Z][\w'’ .-]*,[\w'’ ,.-]*\b{POSTCODE}\s*")
