"""The tracker's own tables, kept as data: which resolutions recommend to the executive,
which later minutes record a response, and the RAG rating of an outstanding action.

Each phrase rule has an example it must match, and REPORT_NEAR_MISSES holds texts it must
not (tests/test_report.py checks both). Rules match text folded by read.text.fold.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from .parse.rules import I, Rule


def _rule(name: str, pattern: str, kind: str, example: str) -> Rule:
    # Not parse.rules.rule(): that registers with the parser's own tables and tests.
    return Rule(name, re.compile(pattern, I), kind, example)


# Who a recommendation goes to: the executive (Cabinet, the Executive, a Cabinet or
# Executive Member, the Leader, an elected Mayor) or Council; not "the Council's website".
_BODY = (
    r"(?P<body>Cabinet(?:\s+Members?\s+for\s+[\w' ,&-]{3,60}?(?=\s+(?:that|to|asking|"
    r"seeking|requesting|urging|introduce|be|for)\b|[.,;]|$)|\s+Members?)?"
    r"|(?:the\s+)?Executive(?:\s+Members?)?|(?:the\s+)?Leader(?:\s+of\s+the\s+Council)?"
    r"|(?:the\s+)?(?:elected\s+)?Mayor|(?:Full\s+|the\s+)?Council(?!'s))\b"
)

# Archives keep whom each resolution recommends to (tallies.py), marked with these rules'
# fingerprint: change FORMAT when the code that applies them reads differently
# (recommendation_to, or read.text.fold, which readies the words for them).
FORMAT = 1

# A resolution the committee addresses to the executive or Council (a part of one).
RECOMMENDATION_RULES: tuple[Rule, ...] = (
    _rule(
        "recommends-to",
        r"\brecommend(?<!Cabinet\srecommend)(?<!Executive\srecommend)(?:s|ed)?\s+to\s+(?:the\s+)?"
        + _BODY,
        "recommendation",
        "Recommends to Cabinet that the youth services budget be protected.",
    ),
    _rule(
        "recommends-that-body",
        r"\brecommend(?<!Cabinet\srecommend)(?<!Executive\srecommend)s?\s+that\s+(?:the\s+)?"
        + _BODY,
        "recommendation",
        "the Committee recommends that the Cabinet Member for Environment introduce weekly "
        "food waste collections.",
    ),
    # "RECOMMENDED to the Executive that ...": the parser takes the first word for the
    # resolution's marker and keeps "the Executive that ..." as its text.
    _rule(
        "marker-to-body",
        r"^\s*(?:to\s+)?(?:the\s+)?(?P<body>Cabinet|Executive)\s+that\b",
        "recommendation",
        "the Executive that the parking charges review be deferred until the consultation "
        "has closed.",
    ),
    # A letter the committee asks its Chair to write to a member of the executive, asking
    # for something: a recommendation in all but name, with the same duty to respond.
    _rule(
        "letter-to-executive",
        r"\bwrite\s+to\s+(?:the\s+)?" + _BODY + r".{0,200}?\b(?:asking|requesting|"
        r"recommending|urging|seeking\s+(?:a|an|the)\s+(?:commitment|change|review))\b",
        "recommendation",
        "Requests that the Chair write to the Cabinet Member for Children and Young People "
        "asking that the results of the Youth Voice survey be taken into account",
    ),
)

# The words (any case) each recommendation rule needs: a rule is tried only on text holding
# one of its words, and the archive is asked only for resolutions holding one of them all.
RULE_WORDS: dict[str, tuple[str, ...]] = {
    "recommends-to": ("recommend",),
    "recommends-that-body": ("recommend",),
    "marker-to-body": ("cabinet that", "executive that"),
    "letter-to-executive": ("write to",),
}
RECOMMENDATION_WORDS = tuple(dict.fromkeys(w for ws in RULE_WORDS.values() for w in ws))

# A later minute that cites the recommendation and records the answer to it. (A citation
# saying the answer is "still awaited" never counts: see link's pending effect.)
RESPONSE_RULE = _rule(
    "response-recorded",
    r"\b(?:respon(?:se|ses|ded)|repl(?:y|ies|ied)|accepted|rejected|declined|"
    r"(?:considered|received|noted)\s+(?:a|an|the)\s+(?:[\w']+\s+){0,3}"
    r"(?:report|briefing|update|letter|paper))\b",
    "response",
    "Further to minute 6/23 the Committee considered the Cabinet's response to its "
    "recommendations on the budget proposals.",
)

REPORT_RULES: tuple[Rule, ...] = (*RECOMMENDATION_RULES, RESPONSE_RULE)

# (rule name, text it must not match)
REPORT_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("recommends-to", "notes the draft strategy and supports its submission to Cabinet."),
    ("recommends-to", "notes that the Cabinet recommended to Council that the budget be set."),
    ("recommends-to", "the guide be recommended to Members of the Board"),
    ("recommends-that-body", "recommends that the Council's website be made easier to use"),
    ("recommends-that-body", "the Cabinet recommends that Council approve the budget"),
    ("marker-to-body", "Notes the report of the Cabinet Member for Housing."),
    (
        "letter-to-executive",
        "request that the Chair write to the Integrated Care Board seeking assurance about "
        "the future funding of the additional CAMHS sessions",
    ),
    ("letter-to-executive", "the Chair write to the Cabinet Member to thank her"),
    ("response-recorded", "Further to minute 6/23 the Chair reported on the visit."),
)


def recommendation_to(text: str) -> str | None:
    """Who a resolution's text recommends to ("Cabinet", "Council", "Cabinet Member for
    Housing"), or None when it makes no recommendation to the executive or Council."""
    from .read.text import fold

    lowered = text.lower()
    folded = None
    for found in RECOMMENDATION_RULES:
        if not any(word in lowered for word in RULE_WORDS[found.name]):
            continue  # cheaper than the rule, and most resolutions stop here
        folded = folded or fold(text)
        m = found.search(folded)
        if m:
            body = " ".join(text[m.start("body") : m.end("body")].split())
            return body[4:] if body[:4].lower() == "the " else body
    return None


# --- RAG rating ------------------------------------------------------------------------------

RED, AMBER, GREEN = "Red", "Amber", "Green"


class Facts(NamedTuple):
    """What the rating of an action depends on, as of the tracker's date."""

    status: str  # open or addressed
    overdue: bool  # open, and its due date (or month, or year) has passed
    due_soon: bool  # open, and due within DUE_SOON_DAYS
    updated: bool  # a later minute (or a person) has said something of it
    stale: bool  # asked more than two months ago
    dated: bool  # has a due date: until then, no news is no worry


DUE_SOON_DAYS = 30
STALE_MONTHS = 2


@dataclass(frozen=True)
class Rag:
    rating: str
    reason: str
    example: Facts  # facts this rule rates (the first matching rule wins)

    def applies(self, f: Facts) -> bool:
        """Whether this rule rates an action with these facts."""
        return _TESTS[self.reason](f)


_TESTS = {
    "overdue": lambda f: f.status == "open" and f.overdue,
    "no due date, no update in two months": lambda f: (
        f.status == "open" and f.stale and not f.updated and not f.dated
    ),
    "due within 30 days": lambda f: f.status == "open" and f.due_soon,
    "update says still open": lambda f: f.status == "open" and f.updated,
    "addressed, for the committee to confirm": lambda f: f.status == "addressed",
    "on track": lambda f: f.status == "open",
}

# Tried in order; the first that applies gives the rating and the reason shown beside it.
# Each example's facts: status, overdue, due_soon, updated, stale, dated.
Y, N = True, False
RAG_RULES: tuple[Rag, ...] = (
    Rag(RED, "overdue", Facts("open", Y, N, Y, Y, Y)),
    Rag(RED, "no due date, no update in two months", Facts("open", N, N, N, Y, N)),
    Rag(AMBER, "due within 30 days", Facts("open", N, Y, N, Y, Y)),
    Rag(AMBER, "update says still open", Facts("open", N, N, Y, Y, N)),
    Rag(GREEN, "addressed, for the committee to confirm", Facts("addressed", N, N, Y, Y, Y)),
    Rag(GREEN, "on track", Facts("open", N, N, N, Y, Y)),
)  # fmt: skip


@functools.cache
def rag(facts: Facts) -> tuple[str, str]:
    """The rating (Red, Amber, Green) of an outstanding action and the reason for it."""
    for found in RAG_RULES:
        if found.applies(facts):
            return found.rating, found.reason
    raise ValueError(f"no RAG rule rates {facts}")
