"""Resolutions: from a RESOLVED (or AGREED, Decision: ...) marker, the parts that follow.

A block runs from its marker to the next marker. Parts are numbered or lettered lines;
lines of another numbering style, and bullets, stay inside the part above them. Words
before the first part ("RESOLVED that the following items be added to the Work
Programme:") are the lead-in, kept with every part.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Resolution
from ..read.text import fold
from .patterns import PART_MARKER, RESOLUTION_PREAMBLE, RESOLUTION_START

_MARKER_WORDS = re.compile(r"RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Decision")
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_INLINE_PART = re.compile(r"(?:^|(?<=[\s:;,\-]))\((?P<label>\d{1,2}|[a-z]|[ivx]{1,5})\)\s+")


@dataclass
class _Marker:
    label: str
    style: str  # "(x)", "x)" or "x."
    start: int  # where the marker begins in the block
    end: int  # where the part's words begin


def find_resolutions(text: str) -> list[Resolution]:
    """All resolutions in an item's minutes text, in order."""
    out: list[Resolution] = []
    for start, end in block_spans(text):
        out.extend(_parse_block(text[start:end]))
    return _dedupe(out)


@functools.lru_cache(maxsize=256)
def block_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each resolution block: from its marker to the narrative after it."""
    folded = fold(text)
    if not _MARKER_WORDS.search(folded):  # most items resolve nothing: skip the full scan
        return ()
    starts = [m.start() for m in RESOLUTION_START.regex.finditer(folded)]
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        spans.append((start, start + len(_cut_trailing_narrative(text[start:end]))))
    return tuple(spans)


def parse_decision(text: str) -> list[Resolution]:
    """A ModernGov "Decision:" block, which often has no RESOLVED marker of its own."""
    return _dedupe(_parse_block(text))


def _parse_block(block: str) -> list[Resolution]:
    block = _cut_trailing_narrative(block)
    markers = _top_level(_markers(block))
    if not markers:
        markers = _inline_markers(block)
    if not markers:
        text = _strip_preamble(block)
        return [Resolution(text=text)] if text else []
    lead_in = _clean(block[: markers[0].start]) or None
    parts = []
    for j, mk in enumerate(markers):
        stop = markers[j + 1].start if j + 1 < len(markers) else len(block)
        text = _clean(block[mk.end : stop])
        if text:
            parts.append(Resolution(text=text, part=mk.label, lead_in=lead_in))
    return parts


def _markers(block: str) -> list[_Marker]:
    out = []
    for m in PART_MARKER.regex.finditer(block):
        style = "(x)" if m["p1"] else "x" + m["close"]
        out.append(_Marker(m["p1"] or m["p2"], style, m.start(), m.end()))
    return out


def _kind(label: str) -> str:
    """digit, roman ("i", "ii", ... but not "v" or "x" alone) or alpha."""
    if label.isdigit():
        return "digit"
    return "roman" if label == "i" or (label in ROMAN and len(label) > 1) else "alpha"


def _top_level(markers: list[_Marker]) -> list[_Marker]:
    """Keep the markers of the first one's style and sequence; nested ones stay in text."""
    if not markers:
        return []
    first = markers[0]
    kind = _kind(first.label)
    kept = [first]
    for mk in markers[1:]:
        if mk.style == first.style and _follows(kept[-1].label, mk.label, kind):
            kept.append(mk)
    return kept


def _follows(prev: str, label: str, kind: str) -> bool:
    if kind == "digit":
        return label.isdigit() and int(label) == int(prev) + 1
    if kind == "roman":
        return prev in ROMAN and ROMAN[ROMAN.index(prev) + 1 :][:1] == (label,)
    return len(label) == 1 and len(prev) == 1 and ord(label) == ord(prev) + 1


def _inline_markers(block: str) -> list[_Marker]:
    """ "RESOLVED that the Committee:- (a) notes ...; (b) agrees ..." on one line."""
    found = [_Marker(m["label"], "(x)", m.start(), m.end()) for m in _INLINE_PART.finditer(block)]
    if len(found) < 2:
        return []
    top = _top_level(found)
    return top if len(top) >= 2 else []


def _cut_trailing_narrative(block: str) -> str:
    """A block ends at a paragraph that is neither a part, a bullet nor its first paragraph."""
    paragraphs = re.split(r"\n\s*\n", block)
    kept = [paragraphs[0]]
    for para in paragraphs[1:]:
        stripped = para.lstrip()
        if (
            PART_MARKER.regex.match(stripped)
            or stripped.startswith("•")
            or not stripped
            or (stripped[:1].islower() and kept)
        ):
            kept.append(para)
        else:
            break
    return "\n\n".join(kept)


def _strip_preamble(block: str) -> str:
    m = RESOLUTION_PREAMBLE.regex.match(fold(block))
    return _clean(block[m.end() :] if m else block)


def _clean(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    text = re.sub(r"[ ]{2,}", " ", text)
    return re.sub(r"\s*;\s*(?:and|or)?\s*$", "", text).strip()


def _dedupe(resolutions: list[Resolution]) -> list[Resolution]:
    """A Decision: block that repeats the minutes' RESOLVED is one resolution, not two."""
    seen: set[str] = set()
    out = []
    for r in resolutions:
        key = " ".join(re.findall(r"\w+", fold(r.text).lower()))
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
