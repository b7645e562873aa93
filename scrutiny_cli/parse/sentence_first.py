"""Headings that open with a word sentences open with: after an item's number, "Apologies:",
"Consideration of ...", "Those Present", "PROPOSED CLOSURE OF THE BRANCH", "The
Wheatsheaf, Main Road – 11/00930/FUL", "The Minutes of the Meeting held 19th September
2023 – ...", "6.1 The Minutes:". titles.py asks these before it reads such a line as the
text.
"""

from __future__ import annotations

import itertools

from .title_words import (
    FINITE_VERB,
    HEADING_AFTER_TITLE,
    MEMBER_REPORT,
    NAME_TITLES,
    STARTERS,
    title_case,
)


def heading_anyway(words: list[str]) -> bool:
    """After an item number, "Apologies:", "Councillor vacancies", "Consideration of ...",
    "Those Present" and "PROPOSED CLOSURE OF THE BRANCH" (not "Proposed by Cllr X") are
    headings."""
    if words[0].endswith(":"):
        return True
    if words[0].upper() in _WHO and len(words) > 1 and words[1].rstrip(":") in _PRESENT:
        # "295 Those Present and In Attendance", "1 Councillors Present: Cllr Ash, ..." (not
        # "Those present agreed ...", "Councillors present were ...")
        return True
    if words[0] in ("In", "IN") and len(words) > 1 and words[1].rstrip(":").lower() == "attendance":
        return True  # "003/20 In Attendance" (not "In attendance were ...": its words go on)
    if words[0] == "Consideration" and len(words) > 1 and words[1] == "of":
        return True  # "Consideration of request of Dispensation: none" (not "... was given")
    if words[0].lower() == "proposed" and len(words) > 1:
        return words[1][:1].isupper() and words[1].lower() not in ("by", "that", "and")
    if words[0] in ("The", "A", "An") and len(words) > 1 and words[1] not in STARTERS:
        # "5. The Wheatsheaf, Main Road – 11/00930/FUL", "7. A new Chair and deputy Chair.
        # The Committee approved ...", "The Minutes of the Meeting held 19th September 2023
        # – The minutes were agreed ..."
        return place_name(words) or noun_phrase_closed(words) or minutes_named(words)
    return (
        words[0] in NAME_TITLES
        and len(words) > 1
        and (
            words[1][:1].islower()
            or bool(HEADING_AFTER_TITLE.match(words[1]))
            or bool(MEMBER_REPORT.match(" ".join(words)))  # ("Cllr Ash (County) - Report")
        )
    )


_PRESENT = frozenset(("Present", "PRESENT"))
_WHO = frozenset(("THOSE", "COUNCILLORS", "MEMBERS", "OFFICERS"))


def titled_colon(words: list[str]) -> bool:
    """An article and a few words in title case closed by a colon: "The Minutes:"."""
    if words[0] not in ("The", "A", "An"):
        return False
    end = next((k for k, w in enumerate(words[:5]) if w.endswith(":")), 0)
    return end > 0 and all(w[0].isupper() for w in words[1 : end + 1])


def noun_phrase_closed(words: list[str]) -> bool:
    """A phrase of a few words with no verb closed by a full stop before a sentence: "A new
    Chair and deputy Chair. The Committee approved ...", "The PWLB deferral of payments for
    six months application. The receipt ..." (not "The Chairman opened the meeting. All
    ...", a verb's past in it)."""
    end = next((k for k, w in enumerate(words[:_PHRASE_WORDS]) if w.endswith(".")), None)
    if end is None or end < 1 or end + 1 >= len(words) or not words[end + 1][:1].isupper():
        return False
    phrase = words[: end + 1]
    return not FINITE_VERB.search(" ".join(phrase)) and not any(
        w.rstrip(".,").endswith("ed") and w[:1].islower() for w in phrase
    )


_PHRASE_WORDS = 10


def minutes_named(words: list[str]) -> bool:
    """ "The Minutes of the Meeting held 19th September 2023" up to its dash: earlier minutes
    named, no verb of their own (not "The Minutes of the meeting held on ... were approved")."""
    named = _before_dash(words)
    return (
        len(named) < len(words)
        and len(named) <= _PHRASE_WORDS + 4
        and named[1].lower() == "minutes"
        and not FINITE_VERB.search(" ".join(named))
    )


def place_name(words: list[str]) -> bool:
    """ "The Old Rectory, Church Lane", "The Wheatsheaf, Main Road – 11/00930/FUL": a name
    in title case to its dash or end (a site's, a building's), not a sentence ("The Chair
    opened the meeting")."""
    named = _before_dash(words)
    return len(named) <= 12 and title_case(named) and not FINITE_VERB.search(" ".join(named))


def _before_dash(words: list[str]) -> list[str]:
    """The words up to a dash standing alone, or all of them."""
    return list(itertools.takewhile(lambda w: w not in ("-", "–", "—"), words))
