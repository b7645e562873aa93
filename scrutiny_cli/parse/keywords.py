"""Where resolution blocks start: RESOLUTION_START's matches, found only around the marker
words (RESOLVED, Agreed, "resolved:" ...) instead of by trying its many alternatives at every
character of an item, which cost more than the rest of finding resolutions.

The search gives exactly what a whole scan (RESOLUTION_START.regex.finditer) gives, as long
as every alternative of the rule keeps to what this module assumes (see patterns.py, by the
rule); tests/test_resolutions.py checks the two against each other. Of those matches,
opening_keywords keeps the ones that open a block of their own (not a keyword inside the
sentence another opened, nor one that only labels the next, nor a passive verb in capitals,
nor another meeting's decision quoted).
"""

from __future__ import annotations

import re

from .patterns import BODY_SUBJECT, RESOLUTION_START

# RESOLVED, AGREED, RECOMMENDED, NOTED, DECIDED, ORDERED, DECISION; Resolved, Agreed,
# Recommended, Decided; resolved, agreed, decided. Grouped by first letter: a pattern whose
# alternatives each open with a letter is scanned for those letters alone, several times
# faster than one that opens with a class.
MARKER_WORDS = re.compile(
    r"R(?:ESOLVED?|ECOMMENDED|esolved|ecommended)|A(?:GREED|greed)|D(?:ECI(?:DED|SIONS?)|ecided)"
    r"|NOTED|ORDERED|resolved|agreed|decided"
)
_AFTER_STOP = re.compile(r"([.!?;:,])[ \t]{2,}(?=\S)")
# The decision's own number in brackets after its keyword: "RESOLVED (a14/15/27)".
_NUMBERED_KEYWORD = re.compile(
    r"\b(RESOLVED|Resolved|AGREED|Agreed)[ \t]*\([a-z]{0,3}\d{1,4}(?:[/.-]\d{1,4}){1,3}\)"
)


# A decision's label with its own number alone on a line over its text, as some parishes
# number their resolutions: "RESOLUTION 23/17" / "The Minutes were unanimously agreed ...".
_NUMBERED_LABEL = re.compile(r"(?m)^RESOLUTION[ \t]+\d{1,4}/\d{2,4}[ \t]*\n(?=[ \t]*[A-Z])")


def tidied(text: str) -> str:
    """An item's text as its decisions are read: two spaces after a stop, as typists set
    them, made one ("noted.  Council resolved"), and a decision's own number in brackets
    after its keyword dropped ("RESOLVED (a14/15/26) to approve ...")."""
    if "  " in text:
        text = _AFTER_STOP.sub(r"\1 ", text)
    if "(" in text and _NUMBERED_KEYWORD.search(text):
        text = _NUMBERED_KEYWORD.sub(r"\1 ", text)
    if "RESOLUTION " in text:  # ("RESOLUTION 23/17" / "The Minutes were agreed ...")
        text = _NUMBERED_LABEL.sub("RESOLVED: ", text)
    return text


LEAD_IN = 200  # characters before a marker word where its match may start ("It was ...")
_CONTENT = re.compile(r"\S")


def keyword_starts(folded: str) -> list[re.Match[str]]:
    """RESOLUTION_START's matches, as finditer gives them, but looked for only around the
    marker words: its many alternatives, tried at every character of an item, cost more
    than the rest of finding resolutions. Every alternative holds a marker word, with at
    most LEAD_IN characters of words before it; what may follow it (white space, then a
    colon, "that" or the line's end) lies within the next two lines that are not blank. So
    a search from LEAD_IN before each marker word to the end of those lines finds the same
    next match a whole scan would (a match that reaches the window's end is taken again
    without it, for its whole extent)."""
    found: list[re.Match[str]] = []
    end = 0
    for word in MARKER_WORDS.finditer(folded):
        if word.start() < end or not _may_open(folded, word):
            continue  # inside the match just found, or where no alternative can match
        stop = _window_end(folded, word.end())
        m = RESOLUTION_START.regex.search(folded, max(end, _lead_in(folded, word)), stop)
        if m and m.end() >= stop:
            m = RESOLUTION_START.regex.match(folded, m.start()) or m
        if m:
            found.append(m)
            end = max(m.end(), m.start() + 1)
    return found


# What the keyword rule needs beside a marker word not in capitals (capitals match anywhere):
# "Resolved" at a line's or a bullet's start (or a paragraph's or minute's number's: "2.4
# Resolved –", "19/8 Resolved to"), or after "It was", "unanimously", "and", a body, a stop
# or a label's colon;
# "resolved" after "It was (therefore)", "unanimously", "and", a dash, a comma or a body ("The
# council resolved to"), or before a colon ("The Board resolved:"). A cheap test that skips the
# narrative's "agreed" and "decided".
_BEFORE_TITLE = re.compile(
    # (or the body, as its subject: "The Committee Resolved to note the report.")
    r"(?:\A|\n|^• |(?:was|[Uu]nanimously|[Aa]nd|Council|Committee|Board|Panel|Cabinet|Members)\s+"
    r"|[.!?]\s(?:[•·]\s)?|\s[-–]\s|\w:\s"
    r"|^(?:\d{1,2}\.\d{1,2}|\d\d/\d{1,3}|\d{4}/\d{1,3}|[a-h][.)]|\([a-h]\))[ \t]+)\Z",
    re.M,
)
_BEFORE_LOWER = re.compile(
    r"(?:was|[Uu]nanimously|and|therefore|then|further|also|subsequently|[Cc]ouncil|[Cc]ouncillors|"
    r"[Cc]ommittee|[Bb]oard|[Pp]anel|[Mm]embers|Cabinet|[Mm]eeting|We|\s[-–]|,)\s+\Z"
)
_COLON = re.compile(r"(?:[ \t]+as[ \t]+follows)?\s*:")  # ("The Executive resolved as follows:")
_LABEL_AFTER = re.compile(r":|[ \t]*[\-–][ \t]*(?:that|[Tt]o)[ \t]")


# What may stand before a keyword in capitals within its match: "It was (unanimously) ",
# "UNANIMOUSLY ". Nothing else does, so its match starts there or at the keyword.
_CAPS_LEAD = re.compile(
    r"(?:\b(?:[Ii]t|IT)\s+(?:was|WAS)\s+(?:unanimously\s+)?|\b(?:UNANIMOUSLY|Unanimously)\s+)\Z"
)


def _lead_in(folded: str, word: re.Match[str]) -> int:
    """Where a match holding this marker word may start: for a word in capitals, at its
    "It was", or at the start of its line (where it may be one of the capitalised words
    before "decided:"), whichever comes first: the rule is tried at a few places, not
    LEAD_IN of them."""
    earliest = max(0, word.start() - LEAD_IN)
    if not word.group().isupper():
        return earliest
    line_start = max(folded.rfind("\n", 0, word.start()) + 1, earliest)
    lead = _CAPS_LEAD.search(folded, earliest, word.start())
    return min(line_start, lead.start()) if lead else line_start


def _may_open(folded: str, word: re.Match[str]) -> bool:
    """Whether RESOLUTION_START can match with this marker word as its keyword."""
    marker = word.group()
    if marker.isupper():
        return True
    before = folded[max(0, word.start() - 24) : word.start()]
    if marker[0].isupper():  # (or, after any word, with a label's colon: "Against Resolved:";
        # or a dash and its verb: "plants Resolved – to approve")
        return bool(_BEFORE_TITLE.search(before) or _LABEL_AFTER.match(folded, word.end()))
    return bool(_BEFORE_LOWER.search(before) or _COLON.match(folded, word.end()))


def _window_end(text: str, pos: int, lines: int = 2) -> int:
    """The end of the second line after pos's own that is not blank (or of the text): what
    may follow a keyword ("resolved" / "to" / "refer") lies within it."""
    stop = pos
    for _ in range(lines):
        line_end = text.find("\n", stop)
        content = _CONTENT.search(text, line_end) if line_end >= 0 else None
        stop = text.find("\n", content.start()) if content else -1
        if stop < 0:
            return len(text)
    return stop


# Another meeting's decision told of before its keyword, in the keyword's sentence: "The
# Scrutiny Committee at its meeting on 28 September 2023 subsequently RESOLVED ...", "the
# call in meeting had been held on 9 January 2013 where it was resolved that ...".
_QUOTED_DECISION = re.compile(
    r"(?i)\bat\s+its\s+(?:\w+\s+)?meeting\s+(?:on|of|held)\b[^.;]{0,160}$"
    r"|\bmeeting\b[^.;]{0,100}\b(?:where|at\s+which)\s+(?:it\s+was\s+)?$"
    # (or told at the start of its sentence: "At the last meeting Members authorised ...")
    r"|\bat\s+(?:the|its|their)\s+(?:last|previous|earlier|preceding)\s+meeting\b[^.;]{0,60}$"
    # (or the meeting the sentence before named: "At the Scrutiny Committee held on 29th
    # January 2025, Members considered the call-in ... At that meeting, Members agreed ...")
    # (opening the sentence; not who was present at it: "Those who were present at that meeting
    # Unanimously Resolved to 'take as read' the Minutes")
    r"|(?:(?<![\s\S])|(?<=[.\n]\s)|(?<=\n))at\s+that\s+meeting\b[^.;]{0,60}$"
    # (or quoted, a decision's words as printed elsewhere: 'the resolution under minute 78
    # (b) should read: "RESOLVED - application 11/00988/OUT be approved ..."')
    r"|[\"“‘]\s*$"
)


def quoted_decision(folded: str, at: int) -> bool:
    """Whether the keyword at `at` reports another meeting's decision."""
    cut = max(folded.rfind(". ", 0, at), folded.rfind("\n\n", 0, at))
    start = cut + 2 if cut >= 0 else 0
    if _QUOTED_DECISION.search(folded, start, at) is not None:
        return True
    # (or "this meeting" opening its sentence where the text just before named a dated one:
    # "At the meeting of the Commission held on 4 June 2018, ... At this meeting, it was
    # resolved that ...")
    before = max(0, start - _BACK)
    return bool(_AT_THIS.match(folded, start, at) and _DATED_MEETING.search(folded, before, start))


_BACK = 600  # characters before "At this meeting" where the meeting it means is named


_AT_THIS = re.compile(r"(?i)\s*at\s+this\s+meeting\b[^.;]{0,60}$")
# (told as where something was done, "At the meeting of the Commission held on 4 June
# 2018, ...", not this meeting's own opening, "The Annual Meeting ... held on 13 May was
# opened by ...")
_DATED_MEETING = re.compile(
    r"(?i)\bat\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?meeting\b[^.;]{0,120}?\b(?:held\s+)?"
    r"on\s+(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9},?\s+\d{4}\b"
)


def opening_keywords(folded: str) -> list[re.Match[str]]:
    """The keyword matches that open a resolution block of their own in an item's folded
    text (keyword_starts' matches, less those inside another block's sentence)."""
    found = keyword_starts(folded)
    if not found:
        return []
    # (a keyword in capitals inside a block's first sentence is its: "... were AGREED ...")
    found = [m for k, m in enumerate(found) if not k or _boundary(folded, found[k - 1], m)]
    # (nor a keyword straight before another, a label over its sentence: "RESOLVED It was
    # resolved to accept the minutes ...")
    found = [m for k, m in enumerate(found)
             if k + 1 == len(found) or not _labels(folded, m, found[k + 1])]  # fmt: skip
    # (nor a passive verb in capitals inside a part: "(ii) SLT be RECOMMENDED to allocate")
    found = [m for m in found if not _in_passive(folded, m.start())]
    # (nor another meeting's, quoted: "The Committee at its meeting on 28 September 2023
    # (Minute 124 refers) subsequently RESOLVED 'that ...'")
    return [m for m in found if not quoted_decision(folded, m.start())]


# What ends a block's opening sentence: a stop, a colon, a blank line, a part's marker.
# On a page laid out a line to a statement, a line that opens with a capital or a bullet.
_SENTENCE_END = re.compile(
    r"[.;!?](?:\s|$)|:\s|\n\s*\n|\n\s*\(?[a-zA-Z0-9]{1,4}[.)]\s|\n\s*[-•·–A-Z]"
    r"|\n\s*(?:[(\[]?[\w.]{1,8}[.)\]]?\s+)?$"  # (or the keyword's own line: "4.4.3 It was")
)


def _boundary(folded: str, before: re.Match[str], keyword: re.Match[str]) -> bool:
    """Whether a keyword opens a block of its own after the one before: not while the
    sentence that block opened goes on."""
    between = folded[before.end() : keyword.start()].lstrip(" \t:;-–—")  # (its own colon)
    return not between.strip() or bool(_SENTENCE_END.search(between))


# "be", "was" or "were" after words on the keyword's line: a verb of that line's sentence
# ("SLT be RECOMMENDED to ...", "It had been AGREED that ..."), unless "It was", "This was" or
# "and was" opens the block ("It was AGREED - That ...", "This was AGREED.", "A revised quote
# was presented and was RESOLVED to accept this quote").
_PASSIVE_BEFORE = re.compile(
    r"\S\s+(?<!\bit\s)(?<!\bIt\s)(?<!\bthis\s)(?<!\bThis\s)(?:be|been|is|are|(?<!\band\s)was|were)"
    r"\s+$"
)


def _in_passive(folded: str, at: int) -> bool:
    return bool(_PASSIVE_BEFORE.search(folded, folded.rfind("\n", 0, at) + 1, at))


def _labels(folded: str, keyword: re.Match[str], after: re.Match[str]) -> bool:
    """Whether a keyword only labels the one right after it, on its line or the next:
    "RESOLVED It was resolved to ...", not "Agreed." / "" / "Agreed."."""
    gap = folded[keyword.end() : after.start()]
    closed = keyword.group().rstrip().endswith(".") or "\n\n" in gap
    return not closed and not gap.strip(" \t\n:;-–—")


_KEYWORDS = frozenset("resolved agreed recommended noted decided ordered".split())


def within_sentence(text: str, m: re.Match[str]) -> bool:
    """ "... left the meeting. Resolved that ...", "Seconded by ... and Resolved That ...",
    "Finance It was resolved to approve ...": the keyword not in capitals (or in capitals
    after a body, "The Council AGREED to ..."), within a paragraph; its decision is a
    sentence of it (not over its parts below: "The Executive resolved as follows:")."""
    if re.search(r":-?\s*$", m.group()):
        return False
    words = m.group().split()  # (the keyword, not how wholly: "Agreed by all", "unanimously")
    keyword = next((w for w in reversed(words) if w.lower() in _KEYWORDS), words[-1])
    if keyword in ("resolved", "agreed"):  # "It was resolved to ...": a sentence
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    if keyword in ("RESOLVED", "AGREED"):  # (in capitals, the verb of a body's sentence:
        # "The Council AGREED to the Clerk buying maps."; not "it was AGREED that:")
        return bool(_BODY_BEFORE.search(text, line_start, m.start()))
    return keyword in ("Resolved", "Agreed") and bool(text[line_start : m.start()].strip())


_BODY_BEFORE = re.compile(rf"(?:^|(?<=[\s.])){BODY_SUBJECT}\s+(?:(?:also|then|unanimously)\s+)?$")
