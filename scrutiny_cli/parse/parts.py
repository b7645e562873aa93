"""A resolution block split into its parts: "1)", "(a)", "i.", "A.", a bare "A " where "B "
follows, "1.1" and "1.2" under a lead-in, bullets under a lead-in, or numbers run inline
("RESOLVED to: 1. Note ... 2. Agree ..."). Parts of another style nested in a part stay
in it; the words before the first part are the lead-in; a lead-in that is a whole decision
("be DEFERRED for the following reasons:") makes its list one clause.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..model import Resolution
from ..read.text import fold
from .patterns import ONE_CLAUSE_LEAD_IN, PART_MARKER, RESOLUTION_PREAMBLE
from .requests import ACTION_VERBS

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_INLINE_PAREN = re.compile(r"(?:^|(?<=[\s:;,\-]))\((?P<label>\d{1,2}|[a-z]|[ivx]{1,5})\)\s+")
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s:;,.\-]))(?P<label>\d{1,2})\.\s+(?=[A-Z])")
# (a recommendation's number run on: "RESOLVED UNANIMOUSLY: R1:That ... R2. That ...")
_INLINE_CLOSED = re.compile(r"(?:^|(?<=[\s:;,.\-]))(?P<label>[a-z]|[ivx]{1,5})\)\s+(?=[a-zA-Z])")
# (or capitals, either way bracketed, before a clause in lower case: "that (A) the work
# programme be approved; and B) that any training requirements be specified")
_INLINE_CAPITAL = re.compile(r"(?:^|(?<=[\s:;,\-]))\(?(?P<label>[A-Z])\)\s+(?=[a-z])")
_LEADS_IN = re.compile(r"(?:\b(?:that|THAT|That)|[:–-])\s*$")
_INLINE_R = re.compile(r"(?:^|(?<=[\s:;,.\-]))R(?P<label>\d{1,2})[.:]\s*(?=[A-Z])")
_BARE_CAPITAL = re.compile(r"^[ \t]*(?P<label>[A-Z])[ \t]+(?=[A-Z][a-z])", re.M)
DECIMAL_PART = re.compile(r"^[ \t]*(?P<label>\d{1,2}(?:\.\d{1,2}){1,2})[ \t]+(?=\S)", re.M)
_NOTED_ALONE = re.compile(r"(?:^|\n)[ \t]*(?:NOTED|DECIDED)[ \t]*$")
_NOTED_PART = re.compile(r"[a-z]|(?:AGREED|RESOLVED|APPROVED|NOTED|DECIDED|That|To)\b")
# A lead-in that is the keyword alone on its line: "2.1 RESOLVED" / "2.1.1 That ...", or a
# Scottish decision's "NOTED" / "4.1 the funding available ...;" / "4.2 ...".
_KEYWORD_ALONE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[ \t]+)?(?:RESOLVED|AGREED|NOTED|DECIDED)[ \t]*$"
)


@dataclass
class _Marker:
    label: str
    style: str  # "(x)", "x)", "x.", "x " or "x.x"
    start: int  # where the marker begins in the block
    end: int  # where the part's words begin


def split_parts(block: str) -> list[Resolution]:
    """The parts of one resolution block (one part when it has no markers)."""
    found = _markers(block)
    end = _restart(block, found) or len(block)
    markers = _top_level([m for m in found if m.start < end])
    markers = _with_first_on_keyword_line(block, markers) if markers else []
    markers = markers or _bare_capitals(block) or _inline(block) or _decimals(block)
    lead_in = _clean(block[: markers[0].start]) if markers else ""
    if (
        markers
        and ONE_CLAUSE_LEAD_IN.search(fold(lead_in))
        and lead_in.rstrip().endswith((":", ":-"))
    ):
        markers = []
    if not markers:
        bullets = _bullets(block) or _that_paragraphs(block)
        if bullets:
            return bullets
        text = _strip_preamble(block)
        return [Resolution(text=text)] if text else []
    parts = []
    for j, mk in enumerate(markers):
        stop = markers[j + 1].start if j + 1 < len(markers) else end
        text = _clean(block[mk.end : stop])
        if text:
            parts.append(Resolution(text=text, part=mk.label, lead_in=lead_in or None))
    return parts


def _markers(block: str) -> list[_Marker]:
    out = []
    for m in PART_MARKER.regex.finditer(block):
        style = "(x)" if m["p1"] else "x" + m["close"]
        out.append(_Marker(m["p1"] or m["p2"], style, m.start(), m.end()))
    return out


def _restart(block: str, found: list[_Marker]) -> int | None:
    """Where the list of parts starts over, after it has gone on past its first, as another
    list in another voice: "(i) That ..." / "(ii) That ..." / "(i) To ensure ..." (a
    decision page's reasons). The decision ends there; a list renumbered in its own voice,
    "1. That ..." / "2. That ..." / "1. That ...", goes on."""
    first = found[0] if found else None
    if first is None:
        return None
    gone_on = False
    for mk in found[1:]:
        if mk.style != first.style:
            continue
        if mk.label != first.label:
            gone_on = True
        elif gone_on:
            return mk.start if _first_word(block, mk) != _first_word(block, first) else None
    return None


def _first_word(block: str, mk: _Marker) -> str:
    m = re.match(r"\s*(\w+)", block[mk.end :])
    return m.group(1).lower() if m else ""


def _kind(label: str) -> str:
    """digit, roman ("i", "ii", ... but not "v" or "x" alone), alpha or capital."""
    if label.isdigit():
        return "digit"
    if label.isupper():
        return "capital"
    return "roman" if label == "i" or (label in ROMAN and len(label) > 1) else "alpha"


def _top_level(markers: list[_Marker]) -> list[_Marker]:
    """The markers of the first one's style and sequence; nested ones stay in the text. A
    label printed twice ("(b)" original and "(b)" amended) is two parts."""
    if not markers:
        return []
    first = markers[0]
    kind = _kind(first.label)
    kept = [first]
    for mk in markers[1:]:
        if mk.style == first.style and (
            _follows(kept[-1].label, mk.label, kind) or mk.label == kept[-1].label
        ):
            kept.append(mk)
    if kind == "capital" and len(kept) < 2:
        return []  # "A." alone is more likely an initial than a part
    return kept


def _follows(prev: str, label: str, kind: str) -> bool:
    if kind == "digit":
        return label.isdigit() and int(label) == int(prev) + 1
    if kind == "roman":
        return prev in ROMAN and ROMAN[ROMAN.index(prev) + 1 :][:1] == (label,)
    # (letters in either case: "A) Note ..." then "b) Note ...", as one list is printed)
    if len(label) != 1 or len(prev) != 1 or not label.isalpha():
        return False
    return ord(label.lower()) == ord(prev.lower()) + 1


def _with_first_on_keyword_line(block: str, markers: list[_Marker]) -> list[_Marker]:
    """The markers, and the first part's where it stands on the keyword's own line, which
    the markers at a line's start miss: "Resolved – (1) That ..." / "(2) That ..."."""
    first = markers[0]
    before = _previous(first.label)
    if before is None:
        return markers
    marker = (
        rf"\({re.escape(before)}\)" if first.style == "(x)" else re.escape(before + first.style[1:])
    )
    found = list(re.finditer(rf"(?:^|(?<=[\s:;,–-])){marker}\s+", block[: first.start]))
    if not found:
        return markers
    return [_Marker(before, first.style, found[-1].start(), found[-1].end()), *markers]


def _previous(label: str) -> str | None:
    """The label before this one in its sequence ("2" -> "1", "b" -> "a", "ii" -> "i")."""
    kind = _kind(label)
    if kind == "digit":
        return str(int(label) - 1) if int(label) > 1 else None
    if kind == "roman":
        return ROMAN[ROMAN.index(label) - 1] if ROMAN.index(label) > 0 else None
    return chr(ord(label) - 1) if len(label) == 1 and label not in "aA" else None


def _bare_capitals(block: str) -> list[_Marker]:
    """ "A Subject to recommendation ..." / "B Subject to ...": parts marked by a capital."""
    found = [_Marker(m["label"], "x ", m.start(), m.end()) for m in _BARE_CAPITAL.finditer(block)]
    found = [f for f in found if f.label not in ("I",)]
    if not found or found[0].label != "A":
        return []
    top = _top_level(found)
    return top if len(top) >= 2 else []


def _decimals(block: str) -> list[_Marker]:
    """ "It was RESOLVED:-" / "1.1 That ..." / "1.2 That ...": parts numbered as the
    report's paragraphs are, one number and its .1, .2 ... after a lead-in ending in a colon
    or a dash, or the keyword alone ("2.1 RESOLVED" / "2.1.1 That ..." / "2.1.2 That ...")."""
    found = [_Marker(m["label"], "x.x", m.start(), m.end()) for m in DECIMAL_PART.finditer(block)]
    lead = block[: found[0].start].rstrip() if found else ""
    if len(found) < 2 or not (lead.endswith((":", "-", "–")) or _KEYWORD_ALONE.search(lead)):
        return []
    if _NOTED_ALONE.search(lead):  # (the Scottish "NOTED" over what it noted, in lower case, a
        # decision's "That", or a keyword: "4.1 the funding ..." / "4.3 AGREED ..."; not the
        # paragraphs under a "NOTED" closing the one above, "3.1 The footpath remains closed")
        found = list(itertools.takewhile(lambda mk: _NOTED_PART.match(block, mk.end), found))
        if len(found) < 2:
            return []
    major, first = found[0].label.rsplit(".", 1)
    kept = [found[0]] if first == "1" else []
    for mk in found[1:]:
        if kept and mk.label == f"{major}.{len(kept) + 1}":
            kept.append(mk)
    return kept if len(kept) >= 2 else []


def _inline(block: str) -> list[_Marker]:
    """ "(a) notes ...; (b) agrees ...", "a) that ... b) that ..." or "to: 1. Note ... 2.
    Agree ..." on one line."""
    for pattern, style in (
        (_INLINE_PAREN, "(x)"),
        (_INLINE_CLOSED, "x)"),
        (_INLINE_NUMBER, "x."),
        (_INLINE_R, "Rx"),
        (_INLINE_CAPITAL, "X)"),
    ):
        found = [_Marker(m["label"], style, m.start(), m.end()) for m in pattern.finditer(block)]
        if len(found) >= 2:
            top = _top_level(found)
            if len(top) >= 2 and top[0].label in ("1", "a", "i", "A"):
                if style == "X)" and not _LEADS_IN.search(block, 0, top[0].start):
                    continue  # (not an option's letter: "Option (A) be chosen and Plan (B) ...")
                return top
    return []


# The whole lead-in over a block's bullets the keyword alone: "RESOLVED" / "• to approve ...".
# (a flattened table's cell mark after it too: "Resolved /" / "- Town Hall Management ...")
_KEYWORD_OVER_BULLETS = re.compile(
    r"\s*(?:[Ii]t\s+was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s*/)?"
)


def _bullets(block: str) -> list[Resolution]:
    """ "RESOLVED, that:" followed by bullets: each bullet a part; bullets run on one line
    by a flattened table count where there are two or more ("RESOLVED: · That ... · That")."""
    found = list(_BULLET.finditer(block))
    lead = block[: found[0].start()].rstrip() if found else ""
    # (or the keyword alone on its line over them: "RESOLVED" / "• to approve the plan")
    # (or its "that": "The Town Council resolved that • the Minutes ... be approved; • ...")
    if not found or not (
        lead.endswith((":", ":-", "-", "–", " that", " THAT"))
        or _KEYWORD_OVER_BULLETS.fullmatch(lead)
    ):
        return []
    if len(found) < 2 and found[0].group()[0] != "\n":
        return []
    lead_in = _clean(block[: found[0].start()]) or None
    ends = [m.start() for m in found[1:]] + [len(block)]
    items = [_clean(block[m.end() : end]) for m, end in zip(found, ends, strict=True)]
    items = [t for t in items if t]
    if lead_in and ONE_CLAUSE_LEAD_IN.search(fold(lead_in)) and not any(map(_CLAUSE.search, items)):
        return []  # one clause over its list: "agreed the following appointments:" / "· Chair
        # of the Housing Panel: Cllr Bath" (not bullets that each decide or ask something)
    return [Resolution(text=t, part=str(k), lead_in=lead_in) for k, t in enumerate(items, 1)]


def _that_paragraphs(block: str) -> list[Resolution]:
    """ "RESOLVED –" / "" / "That the responses ... be noted." / "" / "That car parking
    charges be introduced ...": after a lead-in closed by a colon or a dash, paragraphs that
    each open with "That" are its parts (a web list whose markers the page lost)."""
    lead, *paragraphs = re.split(r"\n[ \t]*\n", block.strip())
    if (first := _KEYWORD_THAT.match(lead)) and paragraphs:
        # (or the first part run in after the keyword: "RESOLVED: That ... be approved." /
        # "" / "That the Members ... be appointed ...")
        lead, paragraphs = "", [lead[first.end() :], *paragraphs]
    elif len(paragraphs) < 2 or not lead.rstrip().endswith((":", ":-", "-", "–")):
        return []
    if not all(_THAT.match(p) for p in paragraphs):
        return []
    lead_in = _clean(lead) or None
    return [Resolution(text=_clean(p), part=str(k), lead_in=lead_in)
            for k, p in enumerate(paragraphs, 1)]  # fmt: skip


_THAT = re.compile(r"\s*(?:That|THAT)\s+\S")
_KEYWORD_THAT = re.compile(
    r"\W*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED)\s*[:\-–]*\s*(?=(?:That|THAT)\s)"
)
# (or a web list's dash, alone on its line or before its part: "RESOLVED –" / "-" / "That ...")
_BULLET = re.compile(r"\n•|[ \t][•·](?=\s)|\n[ \t]*-(?:[ \t]*(?=\n)|[ \t]+(?=[A-Z]))")
# A bullet that is a clause of its own: "that the precept be set", "Clerk to write to ...".
_CLAUSE = re.compile(
    r"(?i)^that\b|(?<!to\s)\bbe\s+(?!confirmed\b)[a-z]{2,}"
    r"|\bto\s+(?!(?:the|a|an|its|their|this|each|all|be)\b)[a-z]{2,}"
)


def _strip_preamble(block: str) -> str:
    """A single resolution's words without "RESOLVED that", or a bare "That"."""
    m = RESOLUTION_PREAMBLE.regex.match(fold(block.strip()))
    text = block.strip()
    text = text[m.end() :] if m else text
    return _clean(re.sub(r"^(?:That|THAT)\s+(?=\S)", "", text))


def _clean(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    text = re.sub(r"[ ]{2,}", " ", text)
    return re.sub(r"\s*;\s*(?:and|or)?\s*$", "", text).strip()


# A bullet opening the keyword's line, and the next bullet's line.
_BULLET_LINE = re.compile(r"[ \t]*[•·▪]")
_NEXT_BULLET = re.compile(r"\n[ \t]*[•·▪]")


def within_bullet(text: str, start: int, block: str) -> str:
    """A decision told in one bullet (its keyword at start in text) ends where the next
    bullet starts, unless it leads into them ("... agreed the following:")."""
    if not _BULLET_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return block
    m = _NEXT_BULLET.search(block)
    if m is None or block[: m.start()].rstrip().endswith((":", ":-")):
        return block
    return block[: m.start()]


# A lead-in closed by "to:" over what it decides, a paragraph each and no marker, the last
# closed by its stop: "... and agreed to:" / "Seek a timeframe from the Welsh Government
# ...;" / "Request detail from the Minister ...;" / "Await the response." (the tasks among
# them open with a task's verb: not "Await").
_TO_COLON = re.compile(r"(?i)\bto\s*:-?\s*$")
_ENTRIES = 2  # entries at least of such a list


def imperative_lines(lead: str, after: str, tasks_only: bool = True) -> list[str]:
    """The entries (or the tasks among them) under a lead-in closed by "to:"."""
    if not _TO_COLON.search(lead):
        return []
    entries: list[str] = []
    paras = re.split(r"\n\s*\n|\n(?=[A-Z])", after.strip())
    for k, para in enumerate(" ".join(p.split()) for p in paras):
        last = k == len(paras) - 1  # (the text's end closes the last, its stop tidied away)
        if not para[:1].isupper() or not (last or para.endswith((";", "."))):
            break
        entries.append(para)
        if para.endswith("."):
            break
    if len(entries) < _ENTRIES:
        return []
    if not tasks_only:
        return entries
    return [e.rstrip(";.").rstrip() for e in entries if _task_first(e)]


def _task_first(entry: str) -> bool:
    return _TASK_VERB.fullmatch(entry.split(maxsplit=1)[0]) is not None


_TASK_VERB = re.compile(rf"(?i:{ACTION_VERBS})")
