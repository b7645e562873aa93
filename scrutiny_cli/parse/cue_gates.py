"""The cheap tests a sentence passes before the narrative's cues (cues.py) are tried on it:
the words and shapes one cue or another needs (has_cue), and the words each cue cannot
match without (CUE_NEEDS). Most sentences hold none and skip every cue; a test checks that
each cue's needed words are in whatever it matches.
"""

from __future__ import annotations

import re

from .terse import BARE_VERBS, CLERK_BARE, IMPERATIVE_VERBS

# The words a bare imperative opens with, lower-cased: "ask", "email", "e-mail", "write" ...
_IMPERATIVE_WORDS = " ".join(
    verb.split()[0].lower() for verb in IMPERATIVE_VERBS.split("|")
).replace("e-?mail", "email e-mail")

# A word at least one cue needs (or a word starting so): most sentences hold none,
# and skip the cues. Tested on the set of a sentence's words, far cheaper than a pattern.
CUE_WORDS = frozenset(
    "remit remitted remits "
    "would will could shall should agreed undertook undertaken offered promised committed "
    "volunteered "
    "asked "
    "ask invited requested request encouraged reminded instructed tasked directed suggested urged "
    "welcome intention view need needs needed considered send email e-mail submit".split()
) | frozenset(_IMPERATIVE_WORDS.split())
CUE_STEMS = (
    "intend", "expect", "plann", "defer", "postpon", "forward", "held over", "agenda",
    "allocat", "schedul", "programm", "move", "moving", "added", "adding",
)  # fmt: skip
# The cues that are a shape rather than a word: "Clerk to write", "to be set up by". Two
# patterns, each starting with what the engine can skip to (a capital; "to").
CUE_SHAPES = (
    # (and "The clerk to write", "Clerk to Chase", "chair to report", "The clerk: to ask")
    re.compile(r"(?:[A-Z][\w'’-]*|clerk|chair|secretary):?\s+to\s+[a-zA-Z]"),
    re.compile(r"(?<![\w'’-])to\s+be\s+[a-z]"),  # ("A letter to be sent", "to be set up by")
    re.compile(r"\b(?:is|are|was)\s+(?:also\s+)?to\s+[a-z]"),  # ("The Clerk is also to ask")
)


def has_cue(folded: str, lowered: str, words: set[str]) -> bool:
    """Whether a sentence (folded, lower-cased, its words) holds anything a cue needs. A
    stem is looked for anywhere in the sentence: a wider test, never a narrower one."""
    if not CUE_WORDS.isdisjoint(words) or any(stem in lowered for stem in CUE_STEMS):
        return True
    if " to " in folded and any(shape.search(folded) for shape in CUE_SHAPES):
        return True
    return "Clerk " in folded and CLERK_BARE.search(folded) is not None


# The words each cue cannot match without (any one of them): a sentence lacking them all is
# not tried against the cue, which keeps the narrative pass cheap.
CUE_NEEDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "undertaking": "would will shall should going agreed undertook undertaken offered promised "
        "committed volunteered",
        "agreed-impersonal": "agreed resolved decided",
        "body-agreed-task": "agreed",
        "agenda-added": "agreed resolved decided",
        "work-plan": "allocated scheduled rescheduled reallocated programmed moved added move "
        "moving allocate allocating adding",
        "asked-to": "asked invited requested encouraged reminded instructed tasked directed",
        "remitted": "remit remitted remits",
        "welcome-to": "welcome",
        "comments-by": "send email e-mail forward submit",
        "invited-to-meeting": "invited",
        "member-request": "requested asked ask suggested urged instructed directed request",
        "promised-passive": "would will could promised offered",
        "report-intended": "intention intend intends intended expect expected expecting expects "
        "planned planning plans view would will",
        "report-to-meeting": "will would should shall",
        "terse-to": "to",
        "terse-post": "to",
        "clerk-bare": BARE_VERBS.replace("e-?mail", "email e-mail").replace("|", " "),
        "terse-passive": "be",
        "terse-imperative": _IMPERATIVE_WORDS,
        "obligation": "need needs needed be",
        "deferral": "defer deferred defers postponed forward over",
        "next-meeting-consideration": "considered discussed reviewed revisited agenda reagenda "
        "ratified finalised finalized included added placed put listed brought",
        "members-should": "should",
        "members-invited": "invited encouraged urged asked reminded",
        "to-later-meeting": "be",
        "should-at-later-meeting": "should",
        "on-later-agenda": "will would",
        "available-for-later-meeting": "will would should",
        "at-its-meeting": "will would",
    }.items()
}
