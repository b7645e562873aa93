"""Who is asked, and the words of what is asked: the owner named at the start of a task
("the Chair give ..." -> "Chair", "Head of Finance to report ..." -> "Head of Finance"),
and a sentence as an action's words."""

from __future__ import annotations

import re

from ..read.text import fold
from .numbers import SMALL_ROMAN
from .people import PERSON
from .requests import BODY_OWNER, OWNER_VERB
from .wording import tidy

THAT = re.compile(r"^\s*(?:That|that|THAT)\s+")
# What may stand before an action's words: "3.2 ", "c) ", "(ii) ", "4.5iv) ", a bullet, "ACTION: ",
# "Minute 134 refers: ".
_LEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+|\(?(?:\d{1,2}(?:\.\d{1,2})*[a-z]{0,5}|[a-z]|[ivx]{1,5})\)\s+|•\s*"
    rf"|{SMALL_ROMAN}\s+(?=[A-Z])"  # (a list's numeral with no mark: "ii Resignation")
    r"|A(?:ction|CTION)S?\s*[:\-–]\s*"
    r"|Minute\s+\S+\s+refers:\s*)"
)


def owner_of(text: str) -> str | None:
    """The named subject asked to act: "the Chair give ..." -> "Chair", "That the Head of
    Finance report ..." -> "Head of Finance"; None for passives."""
    text = THAT.sub("", text, count=1)
    m = OWNER_VERB.regex.match(fold(text))
    if not m:
        return None
    owner = text[: m.end("owner")]
    if re.match(r"(?i)(?:the\s+)?(?:following|report|next)\b", owner):
        return None
    return strip_article(owner)


def strip_article(owner: str) -> str:
    """ "the Clerk" -> "Clerk": owners are kept without their article."""
    return re.sub(r"^(?:the|The)\s+", "", owner.strip())


def same_person(a: str, b: str) -> bool:
    """Whether two owners are one, however written: "Cllr J Smith", "Councillor Smith"."""
    return _surname(a) == _surname(b)


def _surname(owner: str) -> str:
    words = re.findall(r"[\w'’-]+", tidy_owner(owner) or owner)
    return words[-1].lower() if words else ""


def tidy_owner(owner: str | None) -> str | None:
    """An owner as the tracker shows it: on one line, a post's first letter in capitals
    ("clerk" -> "Clerk", so each owner is listed once); none where the words start as no
    one does ("for volunteers")."""
    if not owner:
        return None
    owner = " ".join(owner.split())
    if owner[:1].islower():
        if owner.split()[0] in _NO_ONE_FIRST:
            return None
        owner = owner[0].upper() + owner[1:]
    return owner


_NO_ONE_FIRST = frozenset("for to of and or the a an with by from at in on".split())


# A tag after the task naming who does it, as a parish clerk writes one: "... on Church
# Hill – Clerk to action", "Clerk to contact highways.(Act Clerk)".
_OWNER_TAG = re.compile(
    r"\s*(?:[-–—]\s*(?:the\s+)?(?:Clerk|Chair(?:man)?|[A-Z]{2,3})\s+to\s+action"
    r"|\(\s*Act(?:ion)?\.?:?\s*[A-Z][\w ./&]{0,20}\))\s*\.?\s*$"
)


# An owner's tag in a sentence of its own after the task: "... next stage of the Plan. Clerk
# to action", "Dave to action."; not a task of its own, "Clerk to action speaking to ...".
TAG_SENTENCE = r"(?P<owner>(?:[A-Z][\w'’.-]*[ \t]+){1,3})to[ \t]+action\b[.!]?"
_TAGGED = re.compile(rf"(?<=[.!?])\s+{TAG_SENTENCE}\s*$")


def owner_tagged(text: str) -> tuple[str, str | None]:
    """The text without an owner's tag sentence closing it, and whom the tag names."""
    m = _TAGGED.search(text) if text.rstrip(" .").endswith("action") else None
    return (text[: m.start()], strip_article(m["owner"].strip())) if m else (text, None)


def statement(sentence: str) -> str:
    """The sentence as the action's words, without what stands in front of them (_LEAD)
    or an owner's tag after them (_OWNER_TAG)."""
    text = _LEAD.sub("", sentence.strip())
    if text.endswith(("action", "action.", ")", ").")):
        text = _OWNER_TAG.sub("", text)
    return tidy(text)


# "She undertook to provide ..." after "The Head of Inclusion advised that ...": the one
# who spoke in the sentence before is the one who promised.
PRONOUN_FIRST = re.compile(r"\s*(?:He|She|They)\b")
_SPEAKER = re.compile(
    rf"(?P<who>{PERSON})\s+(?:also\s+|further\s+)?(?:advised|said|explained|reported|confirmed|"
    r"stated|informed|added|replied|responded|outlined|clarified|agreed)\b"
)


def speaker(sentence: str) -> str | None:
    """The last person a sentence has speaking ("the Head of Education Inclusion advised
    that ..."), unless that is a pronoun too."""
    found = list(_SPEAKER.finditer(sentence))
    if not found or _PRONOUN.match(found[-1]["who"]):
        return None
    return strip_article(found[-1]["who"])


_PRONOUN = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey)$")


# Who a pronoun stands for: the last person named before it ("... but the Deputy Head of
# Democratic Services reported that she would check").
PERSON_NAMED = re.compile(PERSON)
# A sentence's linking word before its subject: "Therefore the Clerk was requested to ...";
# or what came before it, "Following discussion, Mr Weedon was asked to bring ...".
_LINK_FIRST = re.compile(
    r"(?:Therefore|Also|However|Additionally|Accordingly|Consequently|Subsequently|Finally|"
    r"Meanwhile|In\s+the\s+meantime|Furthermore),?\s+"
    # (what came before it named too, up to its comma: "After consideration of the quotes, ...")
    r"|(?:Following|After)\s+(?:some\s+|further\s+|brief\s+|a\s+(?:short\s+|brief\s+)?)?"
    r"(?:discussion|debate|consideration)(?:[^,.]{1,60},|,)?\s+"
)


def subject_named(sentence: str) -> re.Match[str] | None:
    """The person a sentence opens on, after its linking word if any ("Therefore the Clerk
    was requested to ..." -> "the Clerk")."""
    link = _LINK_FIRST.match(sentence)
    return PERSON_NAMED.match(sentence, link.end() if link else 0)


PRONOUN_OWNER = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey)$")  # a pronoun alone, no one named
_PLACE_BEFORE = re.compile(r"(?i)\b(?:the|of|at|in)\s+$")
_COUNCILLOR = re.compile(r"\b(?:Cllrs?\.?|Councillors?)\s+(?:(?:Mrs?|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+")


def last_person(text: str) -> str | None:
    """The last person named in text, not a pronoun nor a body ("The Board was advised ...
    but the Deputy Head of Democratic Services reported that she would check": the Deputy
    Head)."""
    # (a councillor's name after a title word the person pattern took as two names:
    # "County Cllr Barbour said he would ..." is Cllr Barbour's, not "County Cllr")
    found = [*PERSON_NAMED.finditer(text), *_COUNCILLOR.finditer(text)]
    for named in sorted(found, key=lambda m: (m.end(), m.end() - m.start()), reverse=True):
        who = named.group()
        if _PLACE_BEFORE.search(text, 0, named.start()) and not _COUNCILLOR.match(who):
            continue  # a place: "the owner of Ruby Cottage ... he will", "at The Farm"
        if not PRONOUN_OWNER.match(who) and not is_body(who):
            return strip_article(who)
    return None


def is_body(who: str) -> bool:
    """ "The LSCB", "the Improvement Board": a body, not a person ("the Clerk to the
    Council" is one)."""
    head = re.split(r"\s+(?:of|for)\s+", who)[0]
    return bool(BODY_OWNER.search(head)) and not re.search(r"(?i)\bclerk\b", who)
