"""The words of a request: its due date as the minutes write it ("by 30 April 2019", "to
the February meeting", "the next meeting", "within six weeks"), its words tidied, and
whether two requests are one (the content words they share).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from ..read.text import fold
from .dates import MONTH_NAMES, find_date, month_after
from .rules import M, near_miss, rule

# When a request is due, as the minutes write it.
NEXT_MEETING = rule(
    "next-meeting", r"\bnext\s+(?:meeting|agenda)\b", "due", "be added to the next agenda"
)
# "to the February meeting", "in September", "on the June agenda": a month without a year.
BARE_MONTH = rule(
    "bare-month",
    r"(?:\b(?:in|by|to|for|at|during|before|until)|\bon(?=\s+(?:the\s+)?\w+\s+agenda\b)|\s-)\s+"
    r"(?:the\s+)?"
    r"(?:end\s+of\s+|(?:early|mid|late)[- ]?)?"
    rf"(?P<month>{MONTH_NAMES})\b(?!,?\s+\d{{4}})(?:\s+(?:meeting|agenda))?",
    "due",
    "Education Progress to the February meeting",
    flags=M,
)
near_miss("bare-month", "Requests an update to the Board in March 2018.")
_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
} | {"a": 1}
# A time from the meeting: "within six weeks", "in three months' time", "within 28 days".
WITHIN = rule(
    "due-within",
    rf"\b(?:within|in)\s+(?:the\s+next\s+)?(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+"
    r"(?P<unit>days?|weeks?|months?)(?:['’]?\s+time)?\b",
    "due",
    "Clerk to obtain quotes within six weeks",
)
near_miss("due-within", "Attendance had risen over six weeks.")

STOPWORDS = frozenset(
    "the a an and or of to for in on at by be that this with from was were have has had would "
    "will board members committee scrutiny meeting their they which".split()
)


def due_of(text: str, meeting_date: str | None) -> tuple[str | None, str | None]:
    """(ISO date at the precision written, the words), or "next meeting" left to link."""
    folded = fold(text)
    found = find_date(folded)
    if found:
        iso, m = found
        words = _with_preposition(folded, m.start(), m.end())
        if meeting_date is None or iso >= meeting_date[: len(iso)]:
            return iso, text[words[0] : words[1]]
    if NEXT_MEETING.search(folded):
        return None, "next meeting"
    bare = BARE_MONTH.search(folded)
    if bare and _PAST_MONTH.search(folded, max(0, bare.start() - 30), bare.start() + 4):
        bare = None  # "as promised at the May meeting", "work carried out in April"
    if bare and meeting_date:
        return month_after(meeting_date, bare["month"]), text[bare.start() : bare.end()].strip(
            " -–"
        )
    within = WITHIN.search(folded)
    if within and meeting_date:
        return _later(meeting_date, within), text[within.start() : within.end()]
    return None, None


# What was done or said in a month gone by, not a month something is due.
_PAST_MONTH = re.compile(
    r"\b(?:promised|agreed|requested|raised|discussed|reported|mentioned|noted|decided|"
    r"carried\s+out|undertaken|completed|received|held)\s+(?:at|in|during)\s+(?:the\s+)?\S*$",
    re.I,
)


def _later(meeting_date: str, m: re.Match[str]) -> str:
    """The meeting's date moved on by "six weeks" (a day) or "three months" (a month)."""
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
    day = date.fromisoformat(meeting_date[:10]) if len(meeting_date) >= 10 else None
    unit = m["unit"].lower().rstrip("s")
    if unit != "month" and day:
        return (day + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    months = int(meeting_date[:4]) * 12 + int(meeting_date[5:7]) - 1 + (n if unit == "month" else 0)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _with_preposition(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.search(
        r"\b(?:on|by|in|at|to|for|before|until|during)\s+(?:the\s+)?(?:end\s+of\s+)?$",
        text[max(0, start - 30) : start],
        re.I,
    )
    meeting = re.match(r"\s+meeting\b", text[end : end + 12])  # "for the October 2023 meeting"
    return (max(0, start - 30) + m.start() if m else start), end + (meeting.end() if meeting else 0)


def tidy(text: str) -> str:
    """One space between words, and no "; and" or full stop at the end."""
    if "  " in text or "\t" in text:
        text = _BLANKS.sub(" ", text)
    text = text.strip()
    if not text.endswith((";", ".", ",", "and", "or")):
        return text  # the cheap test: the pattern below tries every position
    return _TRAILING.sub("", text).strip()


_BLANKS = re.compile(r"[ \t]+")
_TRAILING = re.compile(r"\s*[;.,]\s*(?:and|or)?\s*$")


SAME_REQUEST = 0.5  # Jaccard overlap of content words at which two requests are one


@functools.lru_cache(maxsize=1024)
def content_words(text: str) -> frozenset[str]:
    """Lower-case words that carry meaning, crudely stemmed ("circulated" ~ "circulate").
    (Cached: each action is compared with every other of its item.)"""
    words = _ALNUM.findall(fold(text).lower())
    return frozenset(_stem(w) for w in words if len(w) > 2 and w not in STOPWORDS)


_ALNUM = re.compile(r"[a-z0-9]+")
_SUFFIX = re.compile(r"(?:ing|ed|es|e|s)$")


def _stem(word: str) -> str:
    return _SUFFIX.sub("", word) if len(word) > 5 else word


def contained(a: str, b: str, share: float = 0.75) -> bool:
    """Most (share) of the shorter text's words stand in the longer one."""
    wa, wb = content_words(a), content_words(b)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(small) >= 3 and len(small & large) / len(small) >= share


def similar(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= SAME_REQUEST
