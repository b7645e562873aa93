"""Who opens the text a mixed-case heading runs into: a person named before what they did or
asked at the meeting ("Public Participation Robert Canham attended the meeting", "Public
Questions Robin Griffiths again queried why ..."), the names listed under a heading of who
came ("Attendance Ken Cooper; Barry Keen; ..."), or a Welsh verb in the impersonal past.
The heading ends before them.
"""

from __future__ import annotations

import re

from .caps_titles import REPORTED
from .title_words import FINITE_VERB, OPENING_HEADING, SENTENCE_FIRST


def opens_text(words: list[str], k: int) -> bool:
    """Whether words[k] opens the text a mixed-case heading runs into, by what it is: a Welsh
    verb in the impersonal past ("Croeso / Welcome Cadeiriwyd y cyfarfod gan ..."), or a
    person's name before what they did at the meeting, after a heading that ends as headings
    do: "National Trust Representative Roy sent his apologies", "Public Participation Robert
    Canham attended the meeting", "Apologies Rex Turner was not in attendance" (not a name's
    first word before its second, "Andrew Thin welcomed ..."; no word that ends headings, nor
    a sentence's first word, is a name's)."""
    if _WELSH_PAST.fullmatch(words[k]):
        return True
    if words[k - 1].rstrip(":") in _WHO_CAME and _names_listed(words[k:]):
        return True  # ("Attendance Ken Cooper; Barry Keen; ...")
    if _things_done_to(words, k) or _after_opening_business(words, k):
        return True
    if words[k - 1].rstrip(":").rsplit("-", 1)[-1] not in _HEADING_NOUNS:
        return False  # (its last part after a hyphen too: "Election of Vice-Chairman")
    for size in (1, 2):
        name, verb = words[k : k + size], words[k + size : k + size + 1]
        if verb and verb[0] in _ADVERBS:  # ("Robin Griffiths again queried why ...")
            verb = words[k + size + 1 : k + size + 2]
        if (
            len(name) < size
            or verb[:1] == []
            or verb[0] not in (_DID_IN_FULL if size == 2 else _DID)
        ):
            continue
        if all(
            w.isalpha() and w.istitle() and w not in _HEADING_NOUNS and w not in SENTENCE_FIRST
            for w in name
        ):
            return True
    return False


def _after_opening_business(words: list[str], k: int) -> bool:
    """Whether words[k] opens a sentence after the whole of an opening business's heading,
    its verb within its first three words: "Declarations of Interest Personal interests
    declared by Cllr Ash ..." (not a subject's own heading after it, "Matters Arising Bus
    Shelter The Clerk has ordered ...", nor the heading's word, "... Interest Register")."""
    if not 1 < k <= 8 or not words[k][:1].isupper():
        return False
    return bool(
        OPENING_HEADING.fullmatch(" ".join(words[:k]))
        and FINITE_VERB.search(" ".join(words[k : k + 3]))
    )


def _things_done_to(words: list[str], k: int) -> bool:
    """Whether words[k] is the plural subject of a passive opening the text, after a heading
    that ends as headings do or on its date's year: "Minutes of the Previous Meeting held
    19th May 2021 Amendments were made by hand ...", "Public Forum Concerns were raised"
    (not after a word that names a kind of thing, whose noun it is: "Planning Applications
    were considered")."""
    if k + 2 >= len(words) or words[k + 1] not in ("were", "had", "have"):
        return False
    noun, prev = words[k], words[k - 1].rstrip(":")
    if not _PLURAL.fullmatch(noun) or noun in _HEADING_NOUNS or noun in SENTENCE_FIRST:
        return False
    done = words[k + 2] if words[k + 1] == "were" else " ".join(words[k + 2 : k + 4])
    ends = prev in _HEADING_NOUNS and prev not in _QUALIFIERS
    return bool(_DONE.fullmatch(done)) and (ends or bool(_YEAR.fullmatch(prev)))


# Heading nouns that also qualify the noun after them: "Planning Applications", "Council Tenants".
_QUALIFIERS = frozenset(
    "Planning Finance Highways Council Councillor Councillors Police Committee Group Clerk "
    "Chair Chairman Officer".split()
)
_PLURAL = re.compile(r"[A-Z][a-z]{2,}s")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A past participle, or "been" before one: "were made", "had been circulated".
_DONE = re.compile(r"(?:been\s+)?(?:[a-z]{3,}ed|made|given|taken|sent|put|set|held|brought|sought)")


def _names_listed(words: list[str]) -> bool:
    """Whether the words open a list of names parted by semicolons, two names or more:
    "Attendance Ken Cooper; Barry Keen; Carole Kelsall; ..." (not "Application Mill Lane;
    approved")."""
    names = " ".join(words).split(";")
    return len(names) >= 3 and all(_NAME.fullmatch(n.strip()) for n in names[:2])


_WHO_CAME = frozenset("Attendance Present Attending Apologies Absent".split())
_NAME = re.compile(
    r"(?:(?:Cllr|Councillor|Mrs?|Ms|Dr)\.?\s+)?(?:[A-Z]\.?\s+|[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+"
)
_WELSH_PAST = re.compile(r"[A-Z][a-z]{2,}wyd")  # Cafwyd, Cadeiriwyd, Penderfynwyd, Nodwyd
# What a person named at the head of a run-on sentence did: "Roy sent his apologies".
_DID = REPORTED | frozenset("attended sent said gave declared queried enquired commented".split())
_ADVERBS = frozenset("again also then further".split())  # (between a name and its verb)
# (or what a person named in full was or had: "Apologies Rex Turner was not in attendance";
# a word alone before it is as often the heading's own, "Planning Applications were ...")
_DID_IN_FULL = _DID | frozenset("was were had".split())
# The words a heading ends with, never a person's name after it.
_HEADING_NOUNS = frozenset(
    "Representative Representatives Participation Report Reports Interest Interests Update "
    "Updates Matters Business Correspondence Forum Session Time Questions Issues Items Minutes "
    "Meeting Apologies Absence Finance Planning Highways Council Councillor Councillors Group "
    "Committee Officer Police Announcements Welcome Introductions Chairman Chair Clerk".split()
)
