"""Rules as data: a named regular expression with an example it must match.

Every rule made with `rule()` is registered in RULES, and every near-miss given with
`near_miss()` in NEAR_MISSES; tests/test_patterns.py checks that each rule matches its
example and none matches its near-misses. Matching is done on text folded by
read.text.fold (straight quotes and hyphens), so rules write ' and - only.

A rule that opens with look-behinds or many alternatives may open instead with a
look-ahead for the characters its matches can start with ("(?=[acmrsu])(?:...)"): the
engine tries the rest only there, which is several times cheaper than at every
character. The look-ahead must admit the first character of every match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

I = re.IGNORECASE  # noqa: E741
M = re.MULTILINE


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    kind: str
    example: str
    # The compiled pattern's own methods, bound once: rules are tried on every line, and
    # a Python-level wrapper cost more than many of the matches.
    search: Callable[..., re.Match[str] | None] = field(init=False, repr=False, compare=False)
    match: Callable[..., re.Match[str] | None] = field(init=False, repr=False, compare=False)
    finditer: Callable[..., Iterator[re.Match[str]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for method in ("search", "match", "finditer"):
            object.__setattr__(self, method, getattr(self.regex, method))


RULES: list[Rule] = []
NEAR_MISSES: list[tuple[str, str]] = []


def rule(name: str, pattern: str, kind: str, example: str, flags: int = I | M) -> Rule:
    """A named rule, registered for the tests."""
    made = Rule(name, re.compile(pattern, flags), kind, example)
    RULES.append(made)
    return made


def near_miss(name: str, *texts: str) -> None:
    """Texts the rule called name must not match."""
    NEAR_MISSES.extend((name, t) for t in texts)
