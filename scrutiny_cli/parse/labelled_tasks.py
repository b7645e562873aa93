"""The tasks an action label's words hold: "ACTION: Clerk to write to Highways; Chair to
speak to the farmer" is two, "Action: Set meeting date. Send out letters (YTH)" two of YTH's,
"ACTION: Paul Okonjo" none. action_lines.py finds the labels; this module reads what follows
them.
"""

from __future__ import annotations

import re

from ..model import Action
from ..read.text import fold
from . import sentences
from .owners import owner_of, statement, strip_article
from .requests import _IRREGULAR, ACTION_VERBS, TASK_VERBS
from .rules import near_miss, rule
from .terse import MEMBER, OFFICE

# What an action line asks, when its owner is no single post: "Cllr Smith and the Clerk to
# meet ...", or nobody named ("To contact the landowner").
LABELLED_TASK = rule(
    "labelled-task",
    # (after a label, any verb: "ACTION: Clerk to verify which documents are kept")
    # ("Action - NO / JH will collate documentation": an owner who will)
    rf"^(?:(?P<owner>(?!To\s)[A-Z][^;:.]{{0,60}}?)\s+)?(?:[Tt]o|(?<=\s)(?:will|would))\s+(?:also\s+|further\s+)?(?:{ACTION_VERBS}|"
    r"(?!(?:note|be|the|this|that|these|those|its|their|his|her|our)\b)(?-i:[a-z]{3,})"
    # (or in the passive: "ACTION: To be put on the village notice board")
    # (whose subject is then the thing done, no owner: "A link to the report would be
    # circulated"; not "the" after "to", no verb: "A link to the report ...")
    rf"|(?P<passive>be\s+(?!(?:noted|agreed|approved|received|confirmed|signed)\b)"
    rf"(?:\w+ed|{_IRREGULAR})))\b"
    # (or as a decision's words: "ACTION: That an update be provided for the next Area Forum")
    r"|^(?:That|THAT)\s+[^.;:]{3,120}?\bbe\s+(?!(?:noted|agreed|approved|received|confirmed|"
    rf"signed)\b)(?:\w+ed|{_IRREGULAR})\b"
    # (or a bare imperative, nobody named: "ACTION - get estimates for work needed on the Hall")
    rf"|^(?:{TASK_VERBS}|get)\s+(?!(?:from|of|by|to|and|was|were|is)\b)[a-z]",
    "action",
    "Cllr Smith and the Clerk to meet the contractor on site",
)
near_miss("labelled-task", "To note the report.", "Paul Okonjo", "That the minutes be signed.")


def labelled_tasks(what: str) -> list[Action]:
    """The tasks of an action line: "Clerk to write to Highways; Chair to speak to the
    farmer" is two; a line that names no task ("ACTION: Paul Okonjo") none."""
    if tagged := _tagged_sentences(what):
        return tagged
    pieces = [p.strip() for p in re.split(r";\s+", what) if p.strip()]
    if len(pieces) > 1 and any(_task(p) is None for p in pieces):
        pieces = [what]  # one task whose words hold a semicolon
    if len(pieces) == 1:
        pieces = _task_sentences(what)
    found = [(p, _task(p)) for p in pieces]
    return [
        Action(text=p, origin="action-line", owner=who or None)
        for p, who in found
        if who is not None
    ]


def _tagged_sentences(what: str) -> list[Action]:
    """A label over several sentences closed by its owner's initials in brackets, a task
    each, theirs: "Set meeting date for the Board. Send out appointment letters. Training
    to be organised (YTH)" is three (none where a sentence tells, "It will cost £80.")."""
    tag = INITIALS_TAG.search(what)
    found = sentences.split(what[: tag.start()]) if tag else []
    if len(found) < 2 or any(_TELLS.match(s) for s in found):
        return []
    owner = tag["owner"] if tag else None
    return [Action(text=statement(s), origin="action-line", owner=owner) for s in found]


# Initials in brackets closing the label's words: "(YTH)", "(CW & EMCG)".
INITIALS_TAG = re.compile(
    r"\.?\s*\((?P<owner>[A-Z]{2,5}(?:\s*(?:&|and|,|/)\s*[A-Z]{2,5})*)\)\.?\s*$"
)
# A sentence that tells, not asks: it opens with a pronoun or "There".
_TELLS = re.compile(r"(?:It|This|That|There|These|Those|They|He|She|We)\b")


# A sentence that opens with its owner, a post or a member, and the task's "to": "DD to make
# the fence safe", "Cllr Ray and the Clerk to meet ..." (not "Delivery to take three weeks",
# "Highways to reply within 28 days": a detail, another body's part).
_OWNER_TO = re.compile(
    rf"(?:[Tt]he\s+)?(?:{OFFICE}|{MEMBER}|(?:All\s+)?(?:Councillors|Members)|All|ALL)"
    rf"(?:\s+(?:and|&)\s+(?:the\s+)?(?:{OFFICE}|{MEMBER}))*\s+to\s+[a-z]"
)


def _task_sentences(what: str) -> list[str]:
    """The tasks of a label over several sentences, each its owner's: "Clerk to order the
    ladder. Clerk to write to the donors. DD to make the fence safe." is three. A sentence
    that sets no task stays with the task before it ("Clerk to order the ladder. It will
    cost £80.")."""
    found = sentences.split(what)
    starts = [k for k, s in enumerate(found) if _OWNER_TO.match(s) and _task(s)]
    if len(starts) < 2:
        return [what]
    starts[0] = 0
    ends = [*starts[1:], len(found)]
    return [statement(" ".join(found[a:b])) for a, b in zip(starts, ends, strict=True)]


def _task(words: str) -> str | None:
    """Who a labelled task is for ("" when nobody is named); None when it is no task (nor
    is the body's decision under the label: "Action: The Committee RESOLVED to accept the
    apologies", a resolution, whose tasks are read as such)."""
    if _BODY_DECIDED.match(words):
        return None
    owner = owner_of(words)
    if owner:
        return owner
    m = LABELLED_TASK.regex.match(fold(words))
    if not m:
        return None
    if not m["owner"] or (m["passive"] and not _ASKED.match(m["passive"])):
        return ""  # (one asked is the one to do it: "Ann Ash will be invited to attend")
    return strip_article(words[: m.end("owner")])


_ASKED = re.compile(r"be\s+(?:asked|requested|invited|instructed|directed)\b")


_BODY_DECIDED = re.compile(
    r"(?:The\s+)?(?:Committee|Council|Board|Panel|Members)\s+(?:unanimously\s+)?"
    r"(?i:resolved|agreed|decided)\b"
)
