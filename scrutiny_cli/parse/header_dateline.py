"""A Scottish council's dateline over its minute, read as the header sentence it stands
for. The town and date come first and the body after them, on the same line or the next:
"IRVINE, 9 September 2009 - At a Meeting of North Ayrshire Council at 2.00 p.m.",
"Motherwell, 2 March 2017 at 2 pm." / "A Meeting of the PLANNING COMMITTEE", "Glasgow, 8th
December 2016." / "Glasgow City Council.". Each is put as "At a Meeting of BODY held on
DATE at TIME in PLACE." for the header's rules to read; the town alone is no venue. A
dateline before the minutes' own title ("Irvine, 30 June 1998 - Minutes of the Meeting of
... held in ... at 5.00 p.m.") is set aside, for those rules to read the title.
"""

from __future__ import annotations

import re

from .dates import DAY_NAMES, parse_time
from .header_cues import STAMP_WORDS
from .header_labels import name_line
from .rules import near_miss, rule
from .title_words import FINITE_VERB

DATELINE = rule(
    "header-dateline",
    # (a town, never a day's or a body's name, nor a document's stamp: "Tuesday, 13 May
    # 2008", "Council, 26 ...", "Issued, 3 March 2021")
    rf"^(?!(?i:{DAY_NAMES}|council|cabinet|committee|board|{STAMP_WORDS})\b)"
    r"(?P<town>[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+)?),\s+"
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d)"
    r"(?:\s+at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?))?"
    r"\s*(?:[-–.]\s*)?(?P<rest>.*)$",
    "header",
    "IRVINE, 9 September 2009 - At a Meeting of North Ayrshire Council at 2.00 p.m.",
    flags=0,
)
near_miss("header-dateline", "Tuesday, 13 May 2008", "Council, 26 September 2024")
# The body after the dateline, its time and place after it: "At a meeting of the Cabinet
# of North Ayrshire Council at 2.30 p.m. in Cunninghame House, Irvine.", "A Meeting of the X
# SUBCOMMITTEE PRESENT ...", "... held in Cunninghame House, Irvine at 10.00 a.m.".
MEETING_OF = rule(
    "header-dateline-meeting",
    r"^(?:At\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z]+\s+)?(?i:meeting)\s+of\s+(?P<body>.{3,150}?)"
    r"(?P<tail>\s+(?:held\s+)?(?:at|in)\s+.*?)?(?:\.|\s+PRESENT\b.*)?\s*$",
    "header",
    "At a Meeting of North Ayrshire Council at 2.00 p.m.",
    flags=0,
)
near_miss("header-dateline-meeting", "Minutes of the Meeting of the Council")
# The place in the tail: "in Cunninghame House, Irvine" (a time after it set apart).
_PLACE = re.compile(r"\bin\s+(?P<place>[A-Z][^.]{2,120}?)(?:\s+at\s+\d.*)?$")
# A sentence's verb, where a header names its body: "A meeting of residents took place".
_NARRATIVE = re.compile(r"\b(?:took|followed|arranged|met|gathered|been)\b")
_LINES = 8  # the lines, not counting blank ones, a dateline may stand in
_BODY_NOUN = re.compile(
    r"(?i)\b(?:council|committee|sub-?committee|board|panel|cabinet|authority)\b"
)


# A title with the date before the meeting it names (after its Welsh, "Cofnodion 5 Chwefror
# 2019 ... / "): "Minutes 5th February 2019 Meeting of Council", "Minutes 3 May 2022 Parish
# Council Meeting".
MINUTES_DATED = rule(
    "header-minutes-dated",
    r"^(?:.{10,120}\s/\s+)?(?i:minutes)\s+"
    # (or a dash after the date: "Minutes 08 April 2024 – Annual Parish Meeting")
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d)\s+(?:[-–—]\s+)?"
    r"(?:(?i:meeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’ -]{2,80}?)"
    r"|(?P<named>[A-Z][\w'’ -]{2,80}?)\s+(?i:meeting))\s*$",
    "header",
    "Minutes 5th February 2019 Meeting of Council",
    flags=0,
)
near_miss("header-minutes-dated", "Minutes 5th February 2019", "Minutes of the Council meeting")
# A web page's title with its date first: "13 June 2022 minutes", "5 July 2022 DRAFT Council
# minutes", "27 April 2021 – Minutes"; read as the title it stands for, "Council - 5 July 2022
# Minutes" or "Minutes - 13 June 2022".
DATE_FIRST_TITLE = rule(
    "header-date-first-title",
    # (or in figures: "25.1.24 Minutes", "03/10/2022 Minutes")
    r"^(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d"
    r"|\d{1,2}([./])\d{1,2}\2(?:(?:19|20)\d\d|\d\d))\s*[-–—:]?\s*"
    r"(?:(?i:draft|approved|confirmed|signed)\s+)?"
    r"(?:(?P<body>(?:[A-Z][\w'’&-]*\s+){0,5}?(?i:council|committee|sub-committee|board|panel|"
    r"forum|cabinet|authority|group|trust))\s+(?:(?i:meeting)\s+)?)?(?i:minutes)\s*$",
    "header",
    "5 July 2022 DRAFT Council minutes",
    flags=0,
)
near_miss(
    "header-date-first-title",
    "5 July 2022 Minutes of the Council",
    "13 June 2022 agenda",
    "25.1.24 Minutes of the Council",
)


def _numbered_like(titled: re.Match[str], top: list[str], i: int) -> bool:
    """Whether a date in figures before "Minutes" is a minute's number of that shape: not
    the page's first line, or other lines open with one ("19.09.03 Minutes" after "19.09.01
    Apologies")."""
    if titled[2] is None:  # (a date in words)
        return False
    first = next(k for k, line in enumerate(top) if line)
    return i != first or any(_FIGURES_FIRST.match(line) for line in top[i + 1 :])


_FIGURES_FIRST = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\s")  # ("19.09.01 Apologies")


def dateline_prose(top: list[str]) -> list[str]:
    """The lines, a dateline and the body's line after it made one header sentence; a
    title with its date before its meeting made one too."""
    out = list(top)
    for i in [k for k, line in enumerate(top) if line][:_LINES]:
        line = top[i]
        if (dated := MINUTES_DATED.match(line)) and (body := _dated_body(dated, line)):
            out[i] = f"At a Meeting of {body} held on {dated['day']}."
            continue
        if (titled := DATE_FIRST_TITLE.match(line)) and not _numbered_like(titled, top, i):
            body = titled["body"]
            out[i] = f"{body} - {titled['day']} Minutes" if body else f"Minutes - {titled['day']}"
            continue
        m = DATELINE.match(line) if line[:1].isupper() and "," in line[:40] else None
        if m is None:
            continue
        if re.match(r"(?i)minutes?\b", m["rest"]):
            out[i] = m["rest"]  # (the minutes' own title after it)
            break
        below = next((k for k in range(i + 1, min(i + 3, len(top))) if top[k]), None)
        sentence = None
        if m["rest"]:
            sentence = _sentence(m, m["rest"], alone=False)
        elif below is not None and (sentence := _sentence(m, top[below], line.endswith("."))):
            out[below] = ""
        if sentence:
            out[i] = sentence
        break
    return out


def _dated_body(dated: re.Match[str], line: str) -> str | None:
    """The body a title with its date first names: "Meeting of Council", "Parish Council
    Meeting", a parish's own meeting, "Annual Parish Meeting"; never a meeting's kind alone,
    "Minutes 4th April 2019 – Extraordinary meeting" (a site's title over the minutes' own
    header), nor a sentence."""
    if FINITE_VERB.search(line):
        return None
    if dated["body"]:
        return str(dated["body"])
    named = str(dated["named"])
    if re.search(r"\b(?:Parish|Town)$", named):
        return f"{named} Meeting"
    return named if _BODY_NOUN.search(named) else None


def _sentence(dateline: re.Match[str], rest: str, alone: bool) -> str | None:
    """The header sentence, where rest names the meeting's body: "A Meeting of X ...", or
    its name alone, a line each closed by a stop ("Glasgow City Council.")."""
    meeting = MEETING_OF.match(rest)
    if meeting:
        words = re.split(r"\s+PRESENT\b|\.\s", rest)[0]
        if FINITE_VERB.search(words) or _NARRATIVE.search(words):
            return None  # (a sentence: "A meeting of local residents took place ...")
        body, tail = meeting["body"], meeting["tail"] or ""
    elif alone and rest.endswith("."):
        body, tail = name_line(rest.rstrip(". ")), ""
        if not body or not _BODY_NOUN.search(body):
            return None
    else:
        return None
    time = parse_time(dateline["time"] or tail)
    place = _PLACE.search(tail)
    return (
        f"At a Meeting of {body} held on {dateline['day']}"
        + (f" at {time}" if time else "")
        + (f" in {place['place']}" if place else "")
        + "."
    )
