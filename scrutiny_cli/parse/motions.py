"""Decisions recorded without RESOLVED: a motion visibly carried ("Proposed ... Seconded
... Unanimously agreed", "Prop. JB 2nd DD All agreed."), the body as the subject of a
decision verb ("The Council approves as accurate ..."); and the motion or amendment that is
only put, whose listed text is no decision (resolutions.py uses both)."""

from __future__ import annotations

import re

from ..model import Resolution
from ..read.text import fold
from . import sentences
from .patterns import CARRIED, HOUSE_STYLE, HOW_TO_MOVE, LOST, MOTION, NOTED_OBJECT


def house_style(text: str, keyword_page: bool = False) -> list[Resolution]:
    """Where nothing else records a decision: a motion visibly carried, or the body as
    the subject of a decision verb."""
    folded = fold(text)
    out: list[Resolution] = []
    for m in MOTION.regex.finditer(folded):
        tail = folded[m.end() : m.end() + 300]
        if CARRIED.search(tail) and not HOW_TO_MOVE.search(
            folded, max(0, m.start() - 30), m.start()
        ):
            out.append(Resolution(text=_sentence_of(text, m.start())))
    for m in HOUSE_STYLE.regex.finditer(folded):
        if m["body"].strip().lower() in ("members",) and m["verb"] == "noted":
            continue
        if m["verb"].startswith("note") and (
            keyword_page or not NOTED_OBJECT.match(folded[m.end("verb") :])
        ):
            continue
        sentence = _sentence_of(text, m.start("body"))
        if not any(sentence in r.text or r.text in sentence for r in out):
            out.append(Resolution(text=sentence))
    return out


def _sentence_of(text: str, at: int) -> str:
    """The sentence (within its line) at a place; a stop after "Cllr." or an initial ends
    none ("It was proposed by Cllr. P. Harries, seconded ...")."""
    start = text.rfind("\n", 0, at) + 1
    for stop in _FULL_STOP.finditer(text, start, at):
        if not sentences.ends_in_abbreviation(text, stop.start() + 1):
            start = stop.end()
    end = len(text)
    for stop in _FULL_STOP.finditer(text, at):
        if stop.group().startswith("\n") or not sentences.ends_in_abbreviation(
            text, stop.start() + 1
        ):
            end = stop.start() + (not stop.group().startswith("\n"))
            break
    return re.sub(r"\s+", " ", text[start:end]).strip()


_FULL_STOP = re.compile(r"\.[ \n]|\n\n")


def motion_put(block: str, after: str) -> bool:
    """A motion or amendment moved in these parts, not the decision: its text, quoted or
    listed, before the vote ("Mr A proposed, and Mr B seconded the motion that ...:" /
    "a) Note the report;" ... / "Amendment lost."). The decision is its RESOLVED."""
    first = fold(block.split("\n", 1)[0])
    return bool(MOTION.search(first) or LOST.search(fold(after[:80])))
