"""The body's name from a header's words: "Minutes of the Cabinet Meeting" -> "Cabinet",
"MINUTES of the Meeting of WEXCOMBE PARISH COUNCIL held on" -> "Wexcombe Parish Council";
None where the words name no body ("Minutes of the First Meeting held on ...")."""

from __future__ import annotations

import re

from .dates import DAY_NAMES, MONTH_NAMES
from .header_cues import NAMED_PLATFORM, STANDING, TELEPHONE

_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
# "Proceedings of a Meeting of X", "the site inspection meeting of the X": the body after it.
# (its number in brackets after it: "Parish Council Meeting (No 328) of Lamplugh Parish Council")
# (or "for" a body named in full: "the Parish Annual General Meeting for Mattingley Parish
# Council", never a place alone, "the Parish Council Meeting for Wyvern")
_MEETING_OF = re.compile(
    r"(?i)^.*\bmeeting(?:\s+\([^()]{1,20}\))?\s+(?:of|from|for(?=\s+(?:the\s+)?[^,]{2,60}?\b"
    r"(?:council|committee|board|authority|trust|panel|association)\s*$))\s+(?:the\s+)?"
)
# A committee's meeting of its council: the committee's ("a Planning Committee Meeting of
# the Council", "the Finance Committee meeting of the Town Council", "the Planning Committee
# Meeting of Newry, Mourne and Down District Council"); so is the full council's ("a Full
# Council Meeting of St Columb Major Town Council").
_COMMITTEE_OF_COUNCIL = re.compile(
    r"(?i)^(?:(?:an?|the)\s+)?(?P<body>\S.*?\b(?:committee|sub-committee|panel|board)"
    r"|full\s+council)\s+"
    r"meeting\s+of\s+(?:the\s+)?(?:[\w'’&-]+,?\s+){0,6}council$"
)
# "Parish Council Meeting PPC/MH/132", "Community Council virtual Meeting", "Community
# Council public meeting", "Parish Council A.G.M.": the body before it (but a parish or town
# meeting is itself a body: "Annual Parish Meeting").
_MEETING_AFTER = re.compile(
    # ("the Board at a Meeting held at ...": "at a" goes with it)
    r"(?i)(?<!Parish)(?<!Town)(?:\s+at\s+(?:an?|the))?\s+(?:(?:virtual|remote|special|"
    r"extra\s*ordinary|annual|ordinary|"
    r"(?:bi[- ]?)?monthly|statutory|informal|hybrid|full|scheduled|general|public|open)\s+)*"
    r"meeting\b.*$"
    r"|\s+A\.?G\.?M\b\.?.*$"
)
# A meeting's own title before its body's name, as ModernGov heads a meeting that has one:
# "Q2 Performance - Virtual Meeting (At present, ...), Corporate Scrutiny Committee",
# "Budget Meeting, Council", or a notice: "**NB. Please note revised start time**, Council".
# (A name with a comma of its own names no meeting before it: "Scrutiny for Policies,
# Children and Families Committee".)
_TITLED_MEETING = re.compile(
    r"(?i)^.*\b(?:meeting|please\s+note|NB|N\.B|revised|cancell?ed|postponed|rescheduled|"
    r"reconvened)\b.*,\s+(?P<body>(?-i:(?=[A-Z]))[^,]*?\b(?:committee|council|board|panel|"
    r"cabinet|forum|authority|partnership|commission|group|assembly)(?:\s+\(\d+\))?)$"
)
# A meeting's title that names the body, then where it meets, then the body again, as ModernGov
# heads it: "The Executive, Committee Room, Council Offices, Llangefni and virtually via ZOOM,
# The Executive".
_NAMED_AGAIN = re.compile(
    r"^(?i:the\s+)?(?P<first>[^,]{3,80}),\s.+,\s+(?i:the\s+)?(?P<again>[^,]{3,80})$"
)
# Words that name no body: "Minutes of the First Meeting held on ..." gives none.
_GENERIC = frozenset(
    ["", "meeting", "meetings", "minutes", "the", "a", "first", "second", "third", "inaugural",
     "provisional", "annual", "ordinary", "extraordinary", "extra-ordinary", "extra ordinary",
     "special", "draft", "general",
     # (which meeting it was: "Minutes of Previous Meeting Wednesday 3rd March")
     "previous", "last", "next", "preceding", "this", "that", "same", "above"]
)  # fmt: skip


def tidy_case(name: str) -> str:
    """ "PLANNING COMMITTEE" -> "Planning Committee"; mixed case is left as written."""
    if not name.isupper() or re.fullmatch(r"[A-Z]{2,4}", name):
        return name  # (a body known by its letters: "GMCA")
    words = name.split()
    return " ".join(  # (a word's first letter after a bracket too: "(Regeneration"; an
        # acronym in brackets kept: "Leisure (PFI) Board")
        w if _ACRONYM.fullmatch(w) else w.lower() if (k and w.lower() in _SMALL_WORDS)
        else _FIRST_LETTER.sub(lambda m: m[0].upper(), w.lower(), count=1)
        for k, w in enumerate(words)
    )  # fmt: skip


_ACRONYM = re.compile(r"\([A-Z]{2,3}\)")  # (not a word: "(SOUTH)")


_FIRST_LETTER = re.compile(r"(?<=^)\w|(?<=^\W)\w")


# How the minutes stand after the name: "Ayton Community Council MINUTES", "... Parish
# Council Draft Minutes of".
_MONTH_ALONE = re.compile(rf"(?i)(?:{MONTH_NAMES})")  # (a meeting's month, no body's name)
_MINUTES_AFTER = re.compile(
    # (and the month it met in, no name: "Board of Trustees MINUTES of the MAY MEETING")
    rf"(?i)\s+(?:(?:un)?(?:draft|approved|confirmed)\s+)?minutes?(?:\s+of(?:\s+the\s+(?:{MONTH_NAMES}))?)?$"
    # (or how they stand alone after the body's noun, "Minutes" cut off after it:
    # "BELHELVIE COMMUNITY COUNCIL APPROVED")
    r"|(?:(?<=council)|(?<=committee)|(?<=board)|(?<=panel)|(?<=authority)|(?<=forum)"
    r"|(?<=trust)|(?<=group))\s+(?:un)?(?:draft|approved|confirmed)$"
)
_KIND_AFTER_BODY = re.compile(
    # (and the Isle of Man's parish bodies: "ARBORY PARISH COMMISSIONERS Monthly Board")
    r"\b(?P<noun>(?i:council|committee|board|authority|commissioners))\s+"
    r"(?:(?i:extra[- ]?ordinary|ordinary|annual|special|monthly)"
    r"(?:\s+(?=[A-Z]).*|\s+(?i:business))?"  # ("FULL COUNCIL ORDINARY BUSINESS")
    r"|(?i:business|general))$"  # (alone at the end: "... COMMUNITY COUNCIL BUSINESS MEETING")
)


_DECISIONS_AT = re.compile(
    r"(?i)^(?:(?:notice|record|schedule|summary)\s+of\s+)?decisions?\s+(?:agreed|taken|made)\s+"
    r"(?:at|by)\s+(?:the\s+)?"
)


_OF_PARENT = re.compile(
    r"(?i)(?:(?<=committee)|(?<=cabinet)|(?<=panel)|(?<=^council))\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+){0,4}"
    r"(?:council|authority)$"
)  # ("... Sub-committee of the Metropolitan Police Authority"; the full council of its
# council: "the Council of the Boston Borough Council")
_PARENT_BEFORE = re.compile(
    r"(?i)^(?:[\w&-]+\s+){0,5}?(?:council|authority)['’]s\s+"
    r"(?=\S.*\b(?:committee|sub-committee|panel|board|group|forum|working\s+party)$)"
)


_PACK_ITEM = re.compile(r"(?i)(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.–-]?\s+(?=[A-Z])")
_BODY_NOUN = re.compile(r"(?i)\b(?:committee|panel|board|cabinet|forum|council|authority)\b")


_STATE_BEFORE_MINUTES = re.compile(
    rf"(?i)^(?:(?:amended|revised|corrected|draft|\[draft\]|unapproved|{STANDING})\s+)+(?=minutes?\b)"
)


# The meeting's date after a body's noun: "the Personnel Committee on 16 March 2020".
_DATE_AFTER_BODY = re.compile(
    r"(?i)(?:(?<=committee)|(?<=council)|(?<=board)|(?<=panel)|(?<=forum)|(?<=group)"
    r"|(?<=cabinet)|(?<=executive))"
    rf"\s+on\s+(?:(?:{DAY_NAMES}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+\w+.*$"
)
# A small word a converter glued to the capital after it: "theMeeting", "ofLouth".
_SMALL_WORD_GLUED = re.compile(r"\b(?:the|of|and)(?=[A-Z][a-z])")
# A contact's label or telephone number, which no body's name holds.
_CONTACT = re.compile(rf"(?i)\b(?:administrator|contact|tel|telephone|e-?mail)\s*:|{TELEPHONE}")


def how_met(text: str) -> str | None:
    """How the meeting was held, after the body's name in the header: "the TOWN COUNCIL via
    video link" -> "via video link"."""
    m = _HOW_MET.search(re.sub(r"\s+", " ", text).rstrip(" ,"))
    return m.group().strip() if m else None


def clean_committee(text: str | None) -> str | None:
    """The body's name from a header's words, or None when they name no body."""
    if not text:
        return None
    name = re.sub(r"\s+", " ", text).strip(" ,.:;-–")
    if not name.isupper():  # ("Minutes of theMeeting of Louth ...")
        name = _SMALL_WORD_GLUED.sub(r"\g<0> ", name)
    # (an agenda pack's label over the minutes it holds: "Item 2 National Park Authority
    # Planning Committee", "Agenda Item 4: Audit Committee")
    if (label := _PACK_ITEM.match(name)) and _BODY_NOUN.search(name, label.end()):
        name = name[label.end() :]
    # (how the minutes stand before them: "Amended Draft Minutes of Meeting 7.30pm ...")
    name = _STATE_BEFORE_MINUTES.sub("", name)
    # (or in Welsh: "Cofnodion o gyfarfod Cyngor Cymuned Llanfair", minutes of a meeting of)
    # (or the page's title word alone before it: "MINUTES Parish Council Meeting")
    # (and a report of a meeting, as Northern Irish councils title their minutes: "Report of
    # Finance Committee Meeting held on ...")
    name = re.sub(r"^\d{1,3}\s+(?=(?i:minutes?)\b)", "", name)  # (a page's number: "1 MINUTES ...")
    # (or notes, as a steering group calls its minutes: "Notes from the meeting of:")
    name = re.sub(r"(?i)^(?:(?:minutes?|notes)\s+(?:(?:of|from|for)\s+|(?=(?-i:[A-Z])[a-z]))"
                  r"|report\s+of\s+(?=\S)|cofnodion\s+(?:o\s+)?(?:[gc]yfarfod\s+(?:o\s+)?)?)?"
                  r"(?:the\s+)?(?:proceedings\s+of\s+)?", "", name)  # fmt: skip
    # ("NOTICE OF DECISIONS AGREED AT THE GMCA MEETING HELD ON ...": the GMCA's)
    name = _DECISIONS_AT.sub("", name)
    if m := _COMMITTEE_OF_COUNCIL.match(name):
        name = m["body"]  # ("a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council")
    elif _MEETING_OF.match(name):
        name = _MEETING_OF.sub("", name)
    elif m := _TITLED_MEETING.match(name):
        name = m["body"]
    elif (m := _NAMED_AGAIN.match(name)) and m["first"].lower() == m["again"].lower():
        name = m["again"]  # ("The Executive, Committee Room, Council Offices, ..., The Executive")
    name = _MEETING_AFTER.sub("", f" {name}").strip()
    # (and a second meeting held with it: "the Parish Council and Annual General Meeting")
    name = re.sub(r"(?i)\s+(?:and|&)$", "", name)
    name = re.sub(r"(?<=[sS])['’]$", "", name)  # (those who met: "COMMISSIONERS’ MEETING")
    # (or the body's own meeting: "BRIGHSTONE PARISH COUNCIL’S MEETING")
    name = re.sub(r"(?i)\b(council|committee|board|panel|authority|forum|trust)['’]s$", r"\1", name)
    name = _MINUTES_AFTER.sub("", name)
    if _MONTH_ALONE.fullmatch(name):
        return None  # (when it met, not who: "MINUTES of the MAY MEETING")
    # (a committee's parent council after it: "FINANCE & GENERAL PURPOSES COMMITTEE OF THE
    # COUNCIL", "Development Committee of Mid District Council")
    name = _OF_PARENT.sub("", name)
    # (or its parent council's possessive before it: "Cherry Willingham Parish Council’s Finance
    # and General Purposes Committee", "Town Council's Planning/ Licensing Committee")
    name = _PARENT_BEFORE.sub("", name)
    # (a header broken after it; or a meeting to come, an agenda's: "... will be held:")
    # (or "was" alone before it, its "held" cut off: "... of the Burial Ground Committee was")
    name = re.sub(
        r"(?i)\s+(?:(?:will\s+be\s+|is\s+to\s+be\s+|was\s+)?held(?:\s+(?:on|at|in))?|was|were)$",
        "",
        name,
    )
    name = re.sub(r"(?i)\s+as\s+above$", "", name)  # ("... of St Agnes Parish Council as above")
    # (the meeting's date after the name: "the Personnel Committee on 16 March 2020"; the
    # aforesaid council: "THE ORDINARY MEETING OF THE SAID COUNCIL")
    name = _DATE_AFTER_BODY.sub("", name) if " on " in name.lower() else name
    name = re.sub(r"(?i)^(?:the\s+)?said\s+(?=\w)", "", name)
    # (a Welsh council's name in both languages: "Cyngor Cymuned Cwmllynfell Community
    # Council" is the English half's, as "Cyngor Tref Town Council" is not)
    name = _BOTH_LANGUAGES.sub("", name)
    name = _without_initials(name)
    name = re.sub(r"(?i),?\s+duly\s+(?:convened|constituted)(?:\s+and)?$", "", name)
    # (the kind of meeting after the body's name: "Wexbridge Parish Council Ordinary Parish
    # Council Meeting" is Wexbridge Parish Council's)
    name = _KIND_AFTER_BODY.sub(r"\g<noun>", name)
    # (a title wrapped before its "of": "PARISH COUNCIL MINUTES" / "OF THE PARISH COUNCIL
    # MEETING HELD BY MICROSOFT TEAMS ON ...")
    # (a typist's two articles too: "Minutes of a the Parish Council Meeting")
    name = re.sub(r"(?i)^(?:of\s+)?(?:(?:the|a|an)\b\s*)+", "", name).strip(" ,.:;-–")
    # (a document's state before the name: "Draft Resources and Policy Committee Minutes")
    name = re.sub(r"(?i)^(?:draft|unconfirmed|unapproved|approved|confirmed)\s+(?=[A-Z])", "", name)
    # (and the kind of meeting: "an extraordinary Council Meeting"; not "Special Educational
    # Needs Committee", nor "Annual Parish Meeting", the kinds in capitals that name bodies)
    name = _ORDINAL.sub("", name)  # ("Twenty seventh Annual Town Meeting", "125th Annual ...")
    # (but a council's annual meeting is the council's: "Annual Parish Council Meeting")
    # (one kind after another, and the platform or which meeting it was: "Remote Zoom Parish
    # Council", "most recent Community Council", "the adjourned FULL COUNCIL")
    name = re.sub(r"^(?:(?:(?i:extra[- ]?ordinary|ordinary|on-?line|virtual|remote|hybrid|monthly|"
                  r"zoom|(?:ms|microsoft)\s+teams|most\s+recent|adjourned|reconvened)"
                  r"|annual|special|(?i:annual(?=\s+(?:parish|town|community)\s+council\b))"
                  # (or before a council named in full: "ANNUAL CLAYGATE PARISH COUNCIL")
                  r"|(?i:annual|special)(?=\s+(?:(?!(?i:parish|town|community|meeting|assembly|"
                  r"committee|sub-committee|panel)\b)[A-Z][\w'’&-]*\s+){1,3}(?i:parish|town|"
                  r"community|city|borough|district|county)\s+(?i:council)\b))"
                  r"\s+)+(?=[A-Z])", "", name)  # fmt: skip
    # (or in brackets before it, as ModernGov titles such a meeting: "(Special), Corporate
    # Parenting Panel")
    name = re.sub(
        r"^\((?i:special|extra[- ]?ordinary|additional|reconvened|urgent)\),?\s+", "", name
    )
    # (the years a committee sat, as a legacy site names it: "Licensing Committee (2005-2015)")
    name = _YEARS_SAT.sub("", name)
    # (and how it met after it: "the TOWN COUNCIL via video link")
    name = _HOW_MET.sub("", name)
    # (and the meeting's own number after it: "MEETING OF THE HARBOUR COMMISSIONERS 10/20")
    name = _MEETING_NUMBER.sub("", name)
    # (a letterhead's council before the meeting's own body, its noun repeated: "STRATFORD
    # TOWN COUNCIL TOWN COUNCIL MEETING" is the Town Council's)
    if m := _LETTERHEAD_THEN_BODY.match(name):
        name = m["body"]
    # (the council's own body, named with its possessive: "Cherry Willingham Parish
    # Council’s Allotment Sub-Committee" is the Allotment Sub-Committee)
    name = _COUNCILS_OWN.sub("", name)
    if (":" in name or "0" in name) and _CONTACT.search(name):
        return None  # whom to ask: "Committee Administrator: ... (01609 767015)"
    if name.lower() in _GENERIC or len(name) > 120 or name.lower().startswith("above "):
        return None  # ("a meeting of the above Council": the name is the line above's)
    if not _BRACKETED.sub("", name).strip():
        return None  # only an aside: "Minutes of the (Zoom) Virtual Meeting held on"
    if not re.search(r"[A-Z]", name):
        return None  # no name, how it was held: "Minutes of virtually held meeting at 6pm"
    if _KIND_ONLY.fullmatch(name):
        return None  # which meeting, not whose: "the 1044Th Meeting", "the Annual Open Meeting"
    if name in ("Councils", "COUNCILS"):
        name = name[:-1]  # (its apostrophe lost: "MINUTES of the Councils meeting held at ...")
    return tidy_case(name)


_BRACKETED = re.compile(r"\([^()]*\)")
# A meeting's number or kind alone, no body's name: "1044Th", "Annual Open", "Annual General".
# (or the day it met, a date's first word: "Meeting of Wed 23 October 2019")
_KIND_ONLY = re.compile(
    r"(?i)(?:\d{1,4}(?:st|nd|rd|th)|(?:annual|open|general|ordinary|extra-?ordinary|special)"
    r"(?:\s+(?:annual|open|general|ordinary|special))*"
    r"|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?)"
)
_YEARS_SAT = re.compile(r"\s*\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d)?\)$")
_HOW_MET = re.compile(rf"(?i)\s+(?:via|by|on)\s+(?:video\s+(?:link|conference)|{NAMED_PLATFORM})$")
_COUNCILS_OWN = re.compile(
    r"^(?:[A-Z][\w&-]*\s+){0,5}(?i:council)['’]s\s+(?=(?:[A-Z][\w&-]*\s+){0,4}"
    r"(?i:committee|sub-committee|board|panel|group|forum)$)"
)
_MEETING_NUMBER = re.compile(r"(?<=[A-Za-z])\s+\d{1,2}/\d{2}$")
_LETTERHEAD_THEN_BODY = re.compile(
    r"^(?:[A-Z][A-Z'’&-]*\s+){1,5}(?P<noun>COUNCIL|COMMITTEE|BOARD)\s+"
    r"(?P<body>(?:[A-Z][A-Z'’&-]*\s+){0,4}(?P=noun))$"
)


def _without_initials(name: str) -> str:
    """The name without its initials after it ("Milnathort Community Council (MCC)"); a
    bracket that is no initials stays ("AREA PLANNING COMMITTEE (SOUTH)")."""
    m = re.search(r"\s*\(([A-Z]{2,6})\)$", name)
    if m is None:
        return name
    initials = "".join(w[0] for w in name[: m.start()].split() if w[:1].isupper())
    return name[: m.start()] if initials.upper() == m[1] else name


_ORDINAL = re.compile(
    r"(?i)^(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+)?(?:first|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|(?:twen|thir|for|fif|"
    r"six|seven|eigh|nine)tieth|\d{1,3}(?:st|nd|rd|th))\s+(?=annual\b)"
)
# (the Welsh half, the place's name, then the English, with or without a mark between:
# "Cyngor Tref Aberteifi :: Cardigan Town Council", "Cyngor Cymuned Cefn Community Council";
# one place's two names with no mark, "Y Fenni Abergavenny", are left whole)
_BOTH_LANGUAGES = re.compile(
    r"(?i)^Cyngor\s+(?:Cymuned|Tref|Dinas|Sir)\s+(?:[^:/|–]{1,40}?\s*(?:::|/|\||–)\s*"
    r"(?=(?:\S+\s+){1,4}(?:Community|Town|City|County)\s+Council$)"
    r"|(?=\S+\s+(?:Community|Town|City|County)\s+Council$)(?!(?:Community|Town|City|County)\s))"
)


# (or the time alone after it: "The Place 19:00pm")
