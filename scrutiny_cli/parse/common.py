"""Line-level helpers shared by the format parsers."""

from __future__ import annotations

import re

from ..read.text import fold
from .dates import municipal_year
from .patterns import Rule

_NUMERIC = re.compile(r"(\d+)([a-z]?)$")


def first_match(
    lines: list[str], rule: Rule, limit: int | None = None
) -> tuple[int, re.Match[str]] | None:
    """(line index, match) of the first line the rule matches."""
    for i, line in enumerate(lines[:limit]):
        m = rule.regex.search(fold(line))
        if m:
            return i, m
    return None


def number_key(number: str) -> tuple[int, str] | None:
    """Sort key of an item number: "36" -> (36, ""), "3a" -> (3, "a"), "CB20/15" -> (20, "")."""
    m = _NUMERIC.search(number.split("/")[0] if "/" in number and number[0].isalpha() else number)
    if not m:
        m = _NUMERIC.search(number)
    return (int(m[1]), m[2]) if m else None


def follows(previous: str | None, number: str) -> bool:
    """Whether an item number can come after the previous one in a meeting."""
    key = number_key(number)
    if key is None:
        return False
    if previous is None:
        return True
    prev = number_key(previous)
    if prev is None:
        return True
    return prev < key and key[0] - prev[0] <= 30


def minute_ref(number: str | None, meeting_date: str) -> str | None:
    """The reference later minutes use: item 19 of 3 Oct 2019 is "19/19"."""
    if not number:
        return None
    if "/" in number:
        return number
    return f"{number}/{municipal_year(meeting_date) % 100:02d}"


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
