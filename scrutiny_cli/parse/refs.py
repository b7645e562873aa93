"""Minute references ("Further to minute 14/19 ...") and what they say of the earlier minute."""

from __future__ import annotations

import re

from ..model import MinuteRef
from ..read.text import fold
from . import sentences
from .patterns import EFFECT_RULES, MINUTE_REF, REF_NUMBER


def normalise_ref(raw: str) -> str:
    """ "8/2017" -> "8/17"; "P/142" and "45" stay as written."""
    m = re.fullmatch(r"(?P<num>.*\d[a-z]?)/(?P<year>\d{4})", raw)
    if m:
        return f"{m['num']}/{m['year'][2:]}"
    return raw


def find_refs(text: str) -> list[MinuteRef]:
    """Every minute reference in text, once each, with its sentence and effect."""
    folded = fold(text)
    found: list[MinuteRef] = []
    seen: set[str] = set()
    matches = list(MINUTE_REF.regex.finditer(folded))
    known = sentences.spans(folded) if matches else []
    for i, m in enumerate(matches):
        a, b = sentences.sentence_at(folded, m.start(), known)
        # Two references in one sentence each own the words up to the next one.
        nxt = matches[i + 1].start() if i + 1 < len(matches) else b
        clause_start = max(a, matches[i - 1].end()) if i and matches[i - 1].start() >= a else a
        context = text[a:b]
        clause = folded[clause_start : min(b, nxt) if nxt > m.start() else b]
        numbers = [m["ref"], *REF_NUMBER.findall(m["more"] or "")]
        for raw in numbers:
            ref = normalise_ref(raw)
            if ref in seen:
                continue
            seen.add(ref)
            found.append(MinuteRef(ref=ref, context=context, effect=effect_of(clause)))
    return found


def effect_of(clause: str) -> str | None:
    """done, pending, or None: what the clause says of the earlier request."""
    for r in EFFECT_RULES:
        if r.search(clause):
            return r.kind
    return None
