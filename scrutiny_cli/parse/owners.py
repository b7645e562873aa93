"""Who is asked, and the words of what is asked: the owner named at the start of a task
("the Chair give ..." -> "Chair", "Head of Finance to report ..." -> "Head of Finance"),
and a sentence as an action's words."""

from __future__ import annotations

import re

from ..read.text import fold
from .requests import OWNER_VERB, PERSON
from .wording import tidy

THAT = re.compile(r"^\s*(?:That|that|THAT)\s+")
# What may stand before an action's words: "3.2 ", "c) ", "(ii) ", "4.5iv) ", a bullet, "ACTION: ",
# "Minute 134 refers: ".
_LEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+|\(?(?:\d{1,2}(?:\.\d{1,2})*[a-z]{0,5}|[a-z]|[ivx]{1,5})\)\s+|•\s*"
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


# A tag after the task naming who does it, as a parish clerk writes one: "... on Church
# Hill – Clerk to action", "Clerk to contact highways.(Act Clerk)".
_OWNER_TAG = re.compile(
    r"\s*(?:[-–—]\s*(?:the\s+)?(?:Clerk|Chair(?:man)?|[A-Z]{2,3})\s+to\s+action"
    r"|\(\s*Act(?:ion)?\.?:?\s*[A-Z][\w ./&]{0,20}\))\s*\.?\s*$"
)


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
