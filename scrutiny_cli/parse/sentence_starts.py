"""Where the words after a heading start its text: a sentence's opening word after the
heading's last ("Declarations of Interest There were none"), the minutes in one word
("Apologies None."), or text after a dash ("Apologies – Councillors Ash and Birch.")
rather than a subtitle ("– Final Report"), or the heading's own words again ("Urgent Business
Urgent business, if any, ..."). titles.py asks these at each word it might cut a heading
run into its text at.
"""

from __future__ import annotations

import re

from .dates import DAY_NAMES, MONTH_NAMES
from .title_words import (
    AGENDA_VERBS,
    FINITE_VERB,
    NAME_TITLES,
    ONE_WORD_DECISIONS,
    ONE_WORD_MINUTES,
    PARTICIPLES,
    SENTENCE_FIRST,
    SMALL,
    STARTERS,
    WEEKDAYS,
    minutes_word,
    title_case,
    titled_phrase,
)

MARKER = r"(?:[1-9]|[a-h]|i{1,3})"  # a short list's point: "1", "b", "ii"
_ACTED = re.compile(r"[a-z]{3,}(?:ed|s)")  # a verb in the past or present: "welcomed"


def one_word_minutes(words: list[str], k: int) -> bool:
    """ "None.", or a decision in one word after a heading in lower case ("Record of
    members present Noted."; not "... Application Approved", a heading in title case),
    closing the line or its sentence before more ("Apologies None. Cllr Ash stated ...")."""
    word = words[k].rstrip(":")
    if word.rstrip(".") in ONE_WORD_MINUTES:
        return True
    return word.endswith(".") and word[:-1] in ONE_WORD_DECISIONS and words[k - 1][:1].islower()


# A date alone, its weekday first or not: "Wednesday 29th June 2016.", "12 May 2016".
_DATE_ALONE = re.compile(
    rf"(?:(?:{DAY_NAMES}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{MONTH_NAMES}),?\s+\d{{4}}\.?"
)


# A heading's date after its dash, at its end: "ADA Demo day at Thorney - 17 July 2013".
_DATE_AT_END = re.compile(rf"\s+[-–]\s+{_DATE_ALONE.pattern}$")


def undated(title: str) -> str:
    """The heading without the date after its dash, whose words make it no longer."""
    return _DATE_AT_END.sub("", title)


def starts_sentence(words: list[str], k: int) -> bool:
    """Whether words[k:] begin a sentence after a heading that ends well (not on "of")."""
    words = [w.rstrip(":") for w in words]
    if words[k - 1].lower().strip(",") in SMALL or words[k - 1].lower() == "held":
        return False  # (nor after "held": "... meeting held Tuesday 9 June 2020")
    if words[k - 1] in ("-", "–", "—") and _DATE_ALONE.match(" ".join(words[k : k + 4])):
        return False  # (nor the heading's date after a dash: "... – Wednesday 29th June 2016")
    if k >= 2 and words[k - 2] == "To" and words[k - 1].lower() in AGENDA_VERBS:
        return False  # the agenda verb's object: "To Consider Apologies for Absence"
    if len(words) - k < 2:
        return one_word_minutes(words, k)
    if words[k] in ONE_WORD_MINUTES and words[k + 1][:1].islower():
        return True  # ("Public Participation None present.", "Apologies Nil received")
    if words[k] == "To":  # ("To consider", or the agenda's "To Receive Declarations")
        return words[k + 1][:1].islower() or words[k + 1].lower() in AGENDA_VERBS
    if words[k] in NAME_TITLES and words[k + 1].rstrip(":-–") in _NAMED_BY_POST:
        return False  # (a heading that goes on over a line's end: "Monthly Cornwall" /
        # "Councillor Report:- Cornwall Councillor J. Wood reported ...")
    if words[k] in NAME_TITLES and words[k + 1] in ("for", "of"):
        return False  # (a post, not a person: "Report from the Shire Councillor for Ash Ward")
    if words[k] in NAME_TITLES or words[k] in SENTENCE_FIRST:
        # (not who came, listed among headings: "Welcome, Councillors present & Apologies")
        return not (words[k - 1].endswith(",") and words[k + 1].lower() in ("present", "attending"))
    if words[k] in ("Chair", "Chairman"):  # ("Welcome Chair welcomed all ..."; not the
        # office's name, "Election of Vice Chair", nor who presents, "Urgent Matters –
        # Chairman The Chair advised ...", "Andy Challen, Chair of the VHMC stated ...")
        return words[k - 1] not in ("Vice", "Deputy", "Acting") and bool(
            _ACTED.fullmatch(words[k + 1])
        )
    if words[k] in PARTICIPLES:
        return words[k - 1][:1].islower() and words[k + 1] in ("from", "and", "as")
    if words[k].rstrip(",") in WEEKDAYS:  # "Date of Next Meeting Monday 9th September ..."
        return bool(re.match(r"\d", words[k + 1]))
    return bool(FINITE_VERB.search(" ".join(words[k : k + 8])))


# What a heading names after a member's title, no name: "Councillor Report", "Councillors'
# Questions", "Councillor Vacancy".
_NAMED_BY_POST = frozenset(
    "Report Reports Update Updates Questions Matters Surgery Vacancy Vacancies Allowances "
    "Training Items Issues".split()
)


def subtitle_end(text: str, start: int, end: int) -> int | None:
    """Where a short subtitle after a heading's colon (from start), in the heading's case,
    ends before a sentence opens the text with no stop between ("Charity Commission: Code of
    Conduct The Chairman reminded ..."); None where no sentence opens within a few words, or
    the words name people ("Correspondence: Cllr Smith The ...")."""
    found = list(_WORD.finditer(text, start, end))[: _SUBTITLE_WORDS + 2]
    words = [w.group() for w in found]
    for k in range(1, len(words) - 1):
        if words[k] not in SENTENCE_FIRST or not starts_sentence(words, k):
            continue
        head = words[:k]
        # (a subtitle's words joined by a small word: "Code of Conduct"; never a name alone,
        # "Correspondence: Jane Hill The Clerk ...", "Police: PCSO Hill The PCSO ...")
        joined = any(w.lower() in _JOINS for w in head[1:-1])
        named = any(w.rstrip(".,") in NAME_TITLES for w in head)
        ok = head[0][:1].isupper() and title_case(head) and joined and not named
        return found[k - 1].end() if ok else None
    return None


_WORD = re.compile(r"\S+")
_SUBTITLE_WORDS = 6
_JOINS = frozenset("of for and to on in the & with".split())


def text_after_dash(after: str) -> bool:
    """ "– Councillors S Doleman." or "- PM and GW in relation to Acre field" is text; "- Final
    Report" goes on the heading."""
    after = after.strip()
    words = after.split()
    # (only up to the agenda's words after it: "- Update To receive an update")
    cut = next(
        (k for k in range(1, len(words)) if words[k] == "To" and starts_sentence(words, k)), None
    )
    if cut is not None:
        words = words[:cut]
        after = " ".join(words)
    if _LIST_OPENS.fullmatch(after):
        return True  # a list's first marker: "Members' Declarations – a. Pecuniary ..."
    dated = _DATE_ALONE.match(after)
    if dated and (dated.end() == len(after) or after[dated.end() :].split()[0] in STARTERS):
        # the heading's date: "To confirm the minutes – Wednesday 29th June 2016.", the text
        # perhaps run on after it, "Minutes of Previous Meeting – 29th March 2017 The ..."
        return False
    if after.endswith(".") and titled_phrase(words):
        return False  # "– Revised Heads of Terms for National Trust."
    if _REPORT_BY.match(after):
        return False  # whose report it is: "- Report by the Executive Director of Finance."
    if not words or words[0] in STARTERS or after.endswith("."):
        return True
    if _INITIALS_IN_BRACKETS.search(after):
        return True  # people named with their initials: "– Michael Bound (MB), Toni Matthews"
    if len(words) == 1 and (minutes_word(words[0]) or after[:1] in "£€$"):
        return True  # "Apologies for absence - none", "Financial Position - £4,519.95"
    lower = 0
    for w in words:
        lower = lower + 1 if w[:1].islower() else 0
        if lower >= 3:
            return True
    return bool(FINITE_VERB.search(after))


_REPORT_BY = re.compile(r"(?:Joint\s+)?Report\s+(?:by|of|from)\s+(?:the\s+)?[A-Z][\w'’&,() -]*\.?$")
_LIST_OPENS = re.compile(rf"\(?{MARKER}[.)]?")
_INITIALS_IN_BRACKETS = re.compile(r"\b[A-Z][a-z]+\s+\([A-Z]{2,3}\)")


def heading_again(words: list[str]) -> int | None:
    """Where the agenda's text repeats a heading's first two words in a sentence's case
    ("Urgent Business Urgent business, if any, ..."), or its first word, the heading ends."""
    if len(words) < 4:
        return None
    if (owner := _owner_again(words)) is not None:
        return owner
    if words[0].isupper() and len(words[0]) > 3 and words[1] == words[0].capitalize():
        return 1 if words[2][:1].islower() else None  # ("APOLOGIES Apologies were received")
    first = [w.lower().strip(",.:") for w in words[:2]] if words[1][:1].isupper() else None
    for k in range(2, min(len(words) - 1, 16)):
        repeat = [w.lower().strip(",.:") for w in words[k : k + 2]]
        if words[k - 1].lower() in SMALL or not words[k + 1][:1].islower():
            continue
        if repeat == first:
            return k
        # (or its first word again, printed as it is, the sentence going on in lower case:
        # "Minutes of the Previous Meeting Minutes from the previous meeting held on ...")
        # (a small word after it too where the sentence goes on in lower case: "Cheques for
        # Payment Cheques for the Clerk's Salary were authorised")
        joined = words[k + 1].lower() in SMALL_JOINS
        # (not the word in a post the heading names: "Chairman and Vice Chairman to sign")
        post = words[k - 1] in ("Vice", "Deputy")
        if k >= 3 and words[k] == words[0] and not post and (not joined or _lower_at(words, k + 2)):
            return k
    return None


_POSSESSIVE = re.compile(r"['’]s$")


def _owner_again(words: list[str]) -> int | None:
    """Where a report's owner, named by the heading's possessive, opens its text ("County
    Councillor’s Report County Councillor Harrison brought ...", "Clerk's Report The Clerk
    reported ..."): the owner again, a name after it or not, then a word in lower case."""
    at = next((k for k, w in enumerate(words[:3]) if _POSSESSIVE.search(w)), None)
    if at is None:
        return None
    owner = [w.lower() for w in words[:at]] + [_POSSESSIVE.sub("", words[at]).lower()]
    n = len(owner)
    for k in range(at + 2, min(len(words) - n, 12)):
        if [w.lower() for w in words[k : k + n]] != owner:
            continue
        after = words[k + n :]
        named = len(after) >= 2 and after[0][:1].isupper() and after[1][:1].islower()
        if (after and after[0][:1].islower()) or named:
            return k - 1 if words[k - 1] in ("The", "the") else k
    return None


def _lower_at(words: list[str], k: int) -> bool:
    return k < len(words) and words[k][:1].islower()


SMALL_JOINS = frozenset("of and the for to in on at".split())  # ("Planning Planning and Access")


# The body as the subject of its decision, opening the text a heading runs into: "17.4
# Approve minutes Council resolved unanimously to accept ...", "Planning Members agreed ...".
_BODIES = frozenset("Council Committee Members Councillors Board Panel Cabinet".split())
_DECIDED = frozenset("resolved agreed noted approved accepted decided RESOLVED AGREED".split())
_BODY_DID = frozenset("resolved agreed noted approved accepted decided received considered".split())


def body_decided(words: list[str], k: int) -> bool:
    """Whether words[k] opens the text as a bare body deciding, after a word that does not
    name it ("the", "of", "Parish"); or as the body after the heading's comma, with what it
    did: "Minutes of the last Meeting held on 14 October 2024, the Committee received,
    considered and agreed ..."."""
    if 1 < k < len(words) - 2 and words[k - 1].endswith(",") and words[k] in ("the", "The"):
        body, verb = words[k + 1], words[k + 2].rstrip(".,").lower()
        return body.capitalize() in _BODIES and verb in _BODY_DID
    return (
        k + 1 < len(words)
        and words[k] in _BODIES
        and words[k + 1].rstrip(".,") in _DECIDED
        and words[k - 1].lower() not in SMALL
        and words[k - 1] not in ("Parish", "Town", "Community", "District", "County", "City")
    )


def said_by_initials(before: str, after: str) -> bool:
    """A member named by initials before a dash, and a sentence's verb after it (past a
    minute it cites): "SC – 77/14(a) – asked if the Notice Board matter had progressed",
    "JF - reported that ...": a member's point, no heading."""
    return bool(_SPEAKER_FIRST.fullmatch(before.strip()) and _SAID.match(after))


_SPEAKER_FIRST = re.compile(r"(?:(?:Cllr|Mr|Mrs|Ms)\.?\s+)?[A-Z]{2,3}")
_SAID = re.compile(
    r"(?:\(?\d{1,3}/\d{2}(?:\s?\([a-z0-9]{1,3}\))?\)?\s+[-–—]\s+)?"
    r"(?:asked|stated|reported|said|queried|raised|noted|confirmed|advised|informed|"
    r"explained|enquired|requested|suggested|commented|mentioned|agreed|updated|would|will|"
    r"had|has|was)\b"
)
