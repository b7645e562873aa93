"""What may stand before a header's own words on its line: an agenda pack's stamp ("ITEM
3"), a page number, a letterhead in capitals, "DRAFT" or a notice in brackets; the header
sentence's reader (header_prose.py) reads past them. And the pack's covering letter over
the minutes it encloses, which header.py reads past (after_cover), and where the minutes'
own title stands below a site's menu or a cover (below_menu), and a site's index of meetings
above it (without_meetings_index)."""

from __future__ import annotations

import re

from .dates import find_date
from .header_cues import STANDING

# A letterhead: the council's name in capitals before the header's own words.
# (or a notice in brackets after it: "WYVERN PARISH COUNCIL (Draft until approved at the
# next Council meeting) Minutes of ...")
LETTERHEAD = re.compile(
    r"^(?:[A-Z][A-Z'’&-]+\s+){0,6}(?:COUNCIL|CYNGOR|AUTHORITY|BOARD)\s+"
    r"(?=[A-Z][a-z]|MINUTES?\b|\((?i:draft|these\s+minutes|unconfirmed|subject\s+to)\b)"
)

# A body's status in brackets after its name, no part of it: "Licensing Committee (ceased
# to operate 10/04/2017) Minutes".
STATUS_NOTE = re.compile(
    r"(?P<body>\b(?:Committee|Board|Panel|Council|Group|Forum|Partnership))\s*\((?i:ceased|"
    r"disbanded|abolished|dissolved|replaced|merged|renamed|formerly|no\s+longer|archived?)\b"
    r"[^()]*\)"
)
# A body's noun alone, as a header sentence calls the body its letterhead names in full.
BARE_NOUNS = frozenset({"Board", "Authority", "Panel", "Trust"})  # ("Council" stays: full council)
# Those who met, in the possessive (its mark taken off by body_names.clean_committee), as a
# header sentence names a meeting of the body its letterhead names: "DUNBAR HARBOUR TRUST" /
# "Minute of Directors' Meeting held on ...".
MEMBERS_OF = re.compile(r"[A-Z][a-z]+s['’]|(?i:directors|trustees|commissioners|governors)")

# An agenda pack's stamp on the first line: "ITEM 3", "Agenda Item 5 -", or a page number.
_PACK_STAMP = re.compile(
    # (with its part in brackets: "Item No. 4 (a) MINUTE OF MEETING OF ...")
    r"(?i)^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,2}[a-z]?\b(?:\s*\([a-z0-9]{1,3}\))?"
    r"\s*[.:–-]?\s+(?=\S)"
    # (or the page's number before its letterhead: "2 TAYSIDE AND CENTRAL SCOTLAND ...", or
    # its minute book's, with the council's year: "37-2017/18 MINUTES OF THE MEETING ...")
    r"|^\d{1,3}(?:[-–]\d{4}/\d{2})?\s+(?=(?-i:[A-Z]{2}))"
    # (or a minute book's lettered page and its running head in small letters, before the
    # header in capitals: "A 147 Council SPECIAL MEETING OF BELFAST CITY COUNCIL ...")
    r"|^(?P<book>(?-i:[A-Z])\s?\d{1,4}\s+(?:(?-i:[A-Z][a-z]+)\s+){1,3})"
    r"(?=(?-i:[A-Z]{2,}\s+[A-Z]{2}))"
    # (or the date it was printed, in figures: "17.06.10 PERSHORE TOWN COUNCIL ...")
    r"|^\d{1,2}(?P<stop>[./])\d{1,2}(?P=stop)\d{2}(?:\d{2})?\s+(?=(?-i:[A-Z]{2}))"
)
NAMED_MEETING = re.compile(r"(?i)\bmeeting\s+of\s+(?:the\s+)?(?-i:[A-Z])")
# ("1 Minutes of the Meeting of Thirsk Town Council held on ...": a page number before it;
# or a parish's running minute number, its minutes' standing and the meeting's kind between,
# "333 Un-confirmed Minutes of an Extraordinary Meeting of the ... Trustees held ...")
_NAMED_MINUTES = re.compile(
    r"(?i)(?:(?:un-?confirmed|unapproved|draft|approved)\s+)?minutes?\s+of\s+"
    r"(?:the\s+|an?\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?-i:[A-Z])"
)
# ("63 (18-19)", or a footer's count run into the header: "Page 1 of 6 WYVERN PARISH ...")
# (or the paper's reference: "R/06/16 Minutes of a meeting of the Resources Committee ...")
_PAGE_NUMBER = re.compile(
    r"(?:Page\s+\d{1,3}\s+of\s+\d{1,3}|\d{1,3}(?:\s+\(\d{2}[-–/]\d{2}\))?"
    r"|[A-Z]{1,3}/\d{1,3}/\d{2})\s+(?=\S)"
)
# The first paragraph's number, the minutes numbered from their header: "(1) The July meeting
# of the above named community council was held at ...".
_FIRST_PARAGRAPH = re.compile(r"\(1\)\s+(?=[A-Z])")
# A notice in brackets before the header: "(These minutes are published subject to
# approval by the Parish Council ...)".
_NOTICE = r"\([^()]{0,300}\b(?i:minutes|draft|approv\w*)\b[^()]{0,300}\)"


def stamp_of(top: list[str], i: int) -> re.Match[str] | None:
    """The pack's stamp or page number before the header's words on line i: on the page's
    first line where the header names its body; or a page number before a letterhead or a
    notice wherever the header stands, below a site's furniture ("1 BISHOPS CLEEVE PARISH
    COUNCIL Minutes of ...", "1 (These minutes are published subject to approval ...)")."""
    page = _PAGE_NUMBER.match(top[i])
    rest = top[i][page.end() :] if page else ""
    if page and (LETTERHEAD.match(rest) or re.match(_NOTICE, rest) or _NAMED_MINUTES.match(rest)):
        return page
    first = _FIRST_PARAGRAPH.match(top[i]) if not any(top[:i]) else None
    if first and re.search(r"(?i)\bmeeting\b.{0,120}\bheld\b", top[i]):
        return first  # (the minutes' paragraphs numbered from the header's)
    m = _PACK_STAMP.match(top[i])
    if m is None or not NAMED_MEETING.search(top[i]):
        return None
    # (below a site's title only before the minutes' own title: "Item No. 4 (a) MINUTE OF
    # MEETING OF THE SCOTTISH BORDERS LICENSING BOARD held ...")
    # (a minute book's page wherever it stands: its letter and running head are no title's)
    named = m["book"] or _NAMED_MINUTES.match(top[i][m.end() :])
    return m if not any(top[:i]) or named else None


# "D R A F T", "DRAFT", "Draft" or a notice before the header's words, or the minutes'
# standing before "Minutes": "Approved Minutes of the Annual General Meeting – 6 May 2025"
# (or both, "Amended Draft Minutes of Meeting 7.30pm Monday 12th November 2018")
_STANDING = rf"(?:{STANDING}|amended|revised)(?=\s+(?:draft\s+)?minutes?\b)"
# (or the words that present them: "The following are the minutes of the Council Meeting
# ...", "These are the Minutes of the Annual General Meeting held on ...")
_PRESENTED = (
    r"(?i:(?:the\s+following\s+(?:are|is)|these\s+are|this\s+is|below\s+(?:are|is))"
    r"(?:\s+the)?(?=\s+(?:(?:draft|approved|unapproved|signed)\s+)?minutes?\b))"
)
# (or a draft's stamp, no brackets, that they await approval: "Draft Minutes Subject to the
# Approval at the next Meeting Ordinary Meeting of the Parish Council Wednesday ...")
_AWAITING = (
    r"(?i:minutes?,?\s+(?:subject\s+to|awaiting|pending)\s+(?:the\s+)?(?:approval|confirmation|"
    r"ratification|signing)\s+(?:at|by)\s+(?:the\s+)?next\s+(?:[a-z]+\s+){0,2}?meeting)"
)
DRAFT = re.compile(
    rf"^\s*(?:(?:D\s?R\s?A\s?F\s?T|Draft|{_NOTICE}|(?i:{_STANDING})|{_PRESENTED}|{_AWAITING})"
    r"\s+)+(?=\S)"
)


# An agenda pack's covering letter before the minutes it encloses: "Public Document Pack" /
# "Date: 7 April 2015" / "Dear Councillor" / ... / "Agenda Item 5", where the minutes start.
_PACK = re.compile(r"(?i)public\s+document\s+pack|dear\s+councillors?\b")
_PACK_END = re.compile(
    r"(?i)^\s*(?:agenda\s+item\s+\d{1,3}[a-z]?|this\s+page\s+is\s+intentionally\s+left\s+blank)\s*$"
)
COVER_LINES = 40  # lines a covering letter takes at most


def after_cover(lines: list[str]) -> int:
    """Where the minutes start under a pack's covering letter (0 without one): after the
    last "Agenda Item N" or blank page's line that follows the letter's first words."""
    if not any(_PACK.search(ln) for ln in lines[:15]):
        return 0
    ends = [k + 1 for k, ln in enumerate(lines[:COVER_LINES]) if _PACK_END.match(ln)]
    return ends[-1] if ends else 0


MENU_LINES = 80  # how far down a web page's menu may push the minutes' own title
# A page's title as minutes ("MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT", "Minutes of
# the Parish Council Meeting held on ..."): where a header below a site's menu starts.
_MINUTES_TITLE = re.compile(r"(?i)^\W{0,3}(?:draft\s*[-–:]?\s*)?minutes\s+(?:of|from)\b")
# The next meeting's agenda printed above the minutes: "Agenda for meeting to be held at
# 7:30 pm on 23rd February 2022 in the Maxwell Hall" / "1. In attendance ..." / ...
# (or its summons: "NOTICE IS HEREBY GIVEN that a meeting of the Footpaths Committee will be
# held on ...")
_AGENDA_ABOVE = re.compile(r"(?i)^\W{0,3}(?:agenda\s+(?:for|of)|notice\s+is\s+hereby\s+given)\b")
# Under such an agenda, the minutes' own sentence that the meeting was held: "A meeting of the
# Footpaths Committee of Wyvern Parish Council was held on Wednesday January 8th, 2020 ...".
_HELD_TITLE = re.compile(r"^\W{0,3}An?\s+(?:\w+\s+)?meeting\s+of\s+.{3,120}?\s+was\s+held\s+on\b")


def below_menu(
    lines: list[str], searched: int, covered: str | None, trusted: bool = False
) -> int | None:
    """Where the minutes' own title stands, below the lines searched already (a web page's
    menu first: "» Home » Official" / "INDEX" / ... / "MINUTES OF COMMUNITY COUNCIL ..."), or
    below a cover that gave a date (covered, that date), with no item's line above it but an
    agenda's ("Agenda for meeting to be held on ..." / "1. ..." / ... / "DRAFT- Minutes of
    Meeting held on ..."); never the earlier minutes an item approves, dated before the
    cover's day where no agenda stands above ("26/02/2018 at 7:00 pm" / ... / "Minutes of Full
    Council held on 29 January 2018:"). Where the lines searched gave a trusted date, only
    below the page's contents, its items listed from 1 under its title."""
    listed = contents(lines[:searched])
    if trusted and not listed:
        return _title_again(lines, searched, covered)
    agenda = listed or any(_AGENDA_ABOVE.match(ln) for ln in lines[:searched])
    for k in range(searched, min(len(lines), MENU_LINES)):
        if covered and not agenda and (told := find_date(lines[k])) and covered > told[0]:
            continue  # (an item's earlier minutes; under an agenda, whose own day is later
            # than the minutes printed below it, those minutes are the page's)
        if covered and ITEM_LINE.match(lines[k]) and not agenda:
            return None
        if agenda and _HELD_TITLE.match(lines[k]):
            return k
        if _MINUTES_TITLE.match(lines[k]) and (agenda or not covered or _OF_BODY.search(lines[k])):
            return k  # (under a cover, one that names its body: not an item's "Minutes of the
            # meeting held 1 February 2022"; any under an agenda, whose items are numbered)
        if not covered and lines[k][:6] == "Venue:" and _VENUE_FIELD.match(lines[k]):
            return k  # (a ModernGov page's fields below a site's contact block: "Venue: ...")
    return None


_VENUE_FIELD = re.compile(r"Venue:\s+[A-Z]")


def _title_again(lines: list[str], searched: int, day: str | None) -> int | None:
    """The minutes' own title below a site's menu and letterhead, on the day the page's
    title gave ("Annual Meeting of the Parish Council 22nd May 2025 Minutes" / ... /
    "MINUTES OF THE ANNUAL WYVERN PARISH COUNCIL Meeting held on Thursday 22nd May 2025 at
    7.30pm at the Village Hall"): the same meeting's header, with its hour and place. Not a
    title of another day, nor one below an item's line."""
    for k in range(searched, min(len(lines), MENU_LINES)):
        if ITEM_LINE.match(lines[k]):
            return None
        if _MINUTES_TITLE.match(lines[k]) and (told := find_date(lines[k])) and told[0] == day:
            return k
    return None


# A page's contents, its items listed from 1 under its title, as an agenda is: "Ordinary
# Council Meeting – 11 March 2025" / "- 1 Welcome and Apologies for Absence" / "- 2 ...".
_CONTENTS_LINE = re.compile(r"(?:[-•·*]\s+)?(?P<n>\d{1,2})[.)]?\s+[A-Z]")
_CONTENTS_RUN = 3


def contents(lines: list[str]) -> bool:
    """Whether the lines hold a list numbered 1, 2, 3 ..., a line each."""
    want = 1
    for line in lines:
        m = _CONTENTS_LINE.match(line)
        if m and int(m["n"]) == want:
            want += 1
        elif line and want <= _CONTENTS_RUN:
            want = 1
    return want > _CONTENTS_RUN


_OF_BODY = re.compile(
    r"(?i)\bof\s+(?:the\s+)?[\w&'’, -]{0,60}\b(?:council|committee|board|panel)\b"
)

# A numbered item's line, "3. Apologies": no header's below it.
ITEM_LINE = re.compile(r"\d{1,3}[.)]?\s+[A-Z]")


# A site's index of the year's meetings, a date a line: "9 May 2013" / "13 June 2013" / ...
_INDEX_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}")
INDEX_RUN = 3  # dates alone in a row that make such an index
# Or each meeting's link, a short title before its date and the papers' name after it:
# "Meeting 3 2017-18 - Monday 3rd July 2017 draft Minutes", "Annual Meeting of the Parish
# Council - Monday 15th May 2017 Minutes".
_INDEX_ENTRY = re.compile(
    r"[^.:;]{0,60}?\s[-–]\s+(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+"
    r"\d{4}\s+(?i:draft\s+)?(?:Minutes|Agenda)"
)


def without_meetings_index(lines: list[str]) -> list[str]:
    """The lines with a site's index of meetings near the top blanked, and the index's last
    date taken off the title a converter ran it into ("10 April 2014 Middleton Tyas Parish
    Council"): no date of it is this meeting's, and it fills the lines a header is read in."""
    run: list[int] = []
    for k, line in enumerate(lines[:MENU_LINES]):
        if not line:
            continue
        m = _INDEX_DATE.match(line) if line[:1].isdigit() else None
        if (m and m.end() == len(line)) or _INDEX_ENTRY.fullmatch(line.strip()):
            run.append(k)
            continue
        if len(run) >= INDEX_RUN:
            listed = set(run)
            out = ["" if j in listed else ln for j, ln in enumerate(lines)]
            if m and line[m.end() :].startswith(" ") and line[m.end() + 1 : m.end() + 2].isupper():
                out[k] = line[m.end() :].strip()
            return out
        run = []
    return lines
