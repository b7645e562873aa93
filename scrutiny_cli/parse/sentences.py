"""Split minutes text into sentences without tripping on "No. 45" or "Cllr. Shaw"; and the
sentences a decision opened mid-sentence holds (decision_sentences)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .patterns import ABBREVIATIONS, PART_MARKER

# A sentence ends at . ! or ? (perhaps inside a closing quote or bracket) before white
# space and a capital, a digit, a quote, a bullet (• or ·, or a dash before a capital) or a
# list's letter ("c) ", "c. ", "ii) "); or at a paragraph break.
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.['\"’”)]?$")
# Each alternative opens with the character it needs (the stop, or the line break) and then
# checks it by looking back: a pattern that opens with a class is scanned for that class
# alone, five times faster than one that opens by looking back.
_BOUNDARY = re.compile(
    r"[.!?\n•·](?:(?<=[.!?])['\"’”)]?\s+(?=[A-Z0-9'\"‘“(\[•·]|(?:[a-z]|[ivx]{2,4})[).]\s)"
    # (or a bullet inside a line, a list run together, before its entry's capital: "... MD to
    # liaise with CCs to discuss • Any other matters ..."; the bullet stays with its entry)
    r"|(?<=[ \t][•·])(?=[ \t]+[A-Z])"
    # (the dash of a list run together is neither sentence's: "... cracked. - Clerk to ...")
    r"|(?<=[.!?])['\"’”)]?\s+[-–]\s+(?=[A-Z])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=[•·])"
    # (or a line that opens with a terse task, after one with no stop: "... needs to be
    # done" / "Clerk to contact Wicksteed since ...", "Water tank" / "IJ to send a letter")
    r"|(?<=\n)(?=(?:(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?)|[A-Z]{2,3}(?:/[A-Z]{2,3})?)"
    r"\s+(?:is\s+)?to\s+[a-z])"
    # (or a line that opens with a paragraph's number and a capital, after one with no stop:
    # "... through the village" / "4.1.3. Will look at ..."; the number is neither sentence's,
    # and not a figure a sentence runs on to, "a weight limit of" / "7.5 tonnes")
    r"|(?<=\n)\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z])"
    # (or with a list's mark in brackets, which stays with its entry: "(2) Play equipment –
    # in good order" / "(3) Club hut – Mr Hince to look at ...")
    r"|(?<=\n)(?=\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})\)\s+[A-Z]))"
)
_STOPS = ".!?"
_BULLETS = "•·"


# An owner's tag in brackets closing a task with no stop, the next sentence after it: "The
# Clerk will investigate (Action = Clerk) Mr P Risi asked ..." (the tag stays with its task).
_OWNER_TAG = re.compile(r"\((?i:action)\s*[:=\-–]?\s*[^()\n]{1,30}\)(?=[ \t]+[A-Z])")


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in text, trimmed of white space."""
    out: list[tuple[int, int]] = []
    start = 0
    # (where a sentence ends, and where the next starts)
    bounds: Iterable[tuple[int, int]] = (
        (m.start() + (text[m.start()] in _STOPS), m.start() if m.end() == m.start() + 1
         and text[m.start()] in _BULLETS else m.end())
        for m in _BOUNDARY.finditer(text)
    )  # fmt: skip
    if "(A" in text or "(a" in text:  # (an owner's tag, merged in order)
        bounds = sorted([*bounds, *((m.end(), m.end()) for m in _OWNER_TAG.finditer(text))])
    for end, after in bounds:
        if end < start or ends_in_abbreviation(text, end):
            continue
        _add(text, start, end, out)
        start = after
    _add(text, start, len(text), out)
    return out


def split(text: str) -> list[str]:
    """The sentences of text."""
    return [text[a:b] for a, b in spans(text)]


def sentence_at(
    text: str, offset: int, known: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The span of the sentence holding offset (pass spans(text) when asking many times)."""
    found = known if known is not None else spans(text)
    k = bisect.bisect_right(found, (offset, len(text) + 1)) - 1
    if k >= 0 and found[k][0] <= offset < found[k][1]:
        return found[k]
    return offset, offset


def ends_in_abbreviation(text: str, end: int) -> bool:
    """Whether the stop before end closes an abbreviation ("Cllr.", "No.", an initial)."""
    if not end or text[end - 1] not in ".'\"’”)":
        return False  # a "?", a "!" or a paragraph break: no abbreviation ends there
    word = _LAST_WORD.search(text, max(0, end - 12), end)
    if not word:
        return False
    token = word.group(1).rstrip(".").lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _add(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """The span a:b without the white space at its ends, if anything is left."""
    part = text[a:b]
    kept = part.strip()
    if kept:
        start = a + (len(part) - len(part.lstrip()))
        out.append((start, start + len(kept)))


_POINTING = frozenset("this that it these those them so".split())  # an object found before
_BARE_VERB = frozenset("to be will would shall should".split())  # before a verb with no object


def says_too_little(sentence: str) -> bool:
    """Whether a task's sentence says too little alone: three words, up to five that end
    pointing back or on the verb ("Chair will consider this", "Lengthsman to be reminded"),
    or a deferral that names nothing deferred ("Held over to next Meeting")."""
    words = [w.strip(".!?,;").lower() for w in sentence.split()]
    if len(words) < 4 or _WHAT_DEFERRED.match(sentence):
        return True
    if len(words) <= 14 and _UPDATE_ON_NOTHING.search(sentence):
        return True
    return len(words) < 6 and (words[-1] in _POINTING or words[-2] in _BARE_VERB)


# An update promised with nothing it is on, which the sentence above names: "Volcker
# Highways: cones were left at work sites." / "ACTION: That an update be provided for the
# next Area Forum." (not "an update on the tender", "a report into the flooding").
_UPDATE_ON_NOTHING = re.compile(
    r"(?i)(?:^(?:that\s+)?|\b(?:an?|further|an\s+further)\s+)(?:update|progress\s+report|feedback)"
    r"\b(?![^.;]*\b(?:on|about|regarding|re|concerning|into|of|as\s+to|whether|from\s+the)\b)"
)
# A deferral with no subject, what it defers the line above: "ii Resignation of M. Clarke" /
# "Held over to next Meeting".
_WHAT_DEFERRED = re.compile(r"(?i)\s*(?:held\s+over|deferred|postponed)\s+(?:to|until)\b")


def decision_sentences(block: str) -> str:
    """The block to the end of its first sentence, and on through sentences that are
    parts ("(ii) the Head of Legal Services ...") or its bullets ("The Council resolved
    that" / "• the Minutes ... be approved;" / "• ...")."""
    found = spans(block)
    end = found[0][1] if found else len(block)
    bulleted = False
    for a, b in found[1:]:
        # (a part's mark may end the sentence before it: "The Cabinet RESOLVED:" / "1. To
        # approve ...; and" / "2. To receive ...")
        lead_in = block[:end].rstrip().endswith((":", ":-")) or _MARK_AT_END.search(block, 0, end)
        bullet = block[a:b].lstrip().startswith(("•", "·"))
        bulleted = bullet and (bulleted or block[:end].rstrip().endswith(" that"))
        # (or the next part's mark alone, where the part before ends with no stop: "...;
        # and" / "2.")
        marked = PART_MARKER.regex.match(block[a:b]) or (
            _MARK_AT_END.match(block[a:b].strip()) and not block[:end].rstrip().endswith(".")
        )
        if not (lead_in or bulleted or marked):
            break
        end = b
    return block[:end]


_MARK_AT_END = re.compile(r"(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$")
