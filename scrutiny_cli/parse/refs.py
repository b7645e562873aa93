"""Minute references ("Further to minute 14/19 ...") and what they say of the earlier minute.

Every printed form is found: "Minute No. 45", "Minute Nos. 11 and 18", "minute item 67",
"article 19" (Scottish minutes), "(Cab.12.7.2017/6)", a declarations table's "Minute
Number" column, and, in an item that reviews earlier minutes, "Arising from item 10" or
"Item 17, paragraph 17.3".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import MinuteRef
from ..read.text import fold
from . import sentences
from .arising import earlier_minutes
from .dates import MONTHS
from .own_numbers import own_number_refs
from .ref_effects import EFFECT_RULES
from .ref_forms import OWN_FORM_REF, REF_NOTE
from .ref_rules import (
    ARISING_REF,
    ARTICLE_REF,
    BRACKETED_ARISING_REF,
    COLUMN_REF,
    CORRECTED_ENTRY_REF,
    CORRECTION_REF,
    DASHED_ARISING_REF,
    DOTTED_ARISING_REF,
    INTEREST_REF,
    ITEM_REF,
    LOGGED_REF,
    MARGIN_REF,
    MAX_ENDS,
    MAX_RANGE,
    MINUTE_COLUMN,
    MINUTE_REF,
    NEXT_REF,
    OF_THE_MINUTE_REF,
    PAIRED_ARISING_REF,
    SHOULD_READ_REF,
    SLASHED_ITEM_REF,
)
from .trackers import TRACKER_COLUMN, tracker_rows

# An item that reviews earlier minutes: its "item 5" means item 5 of those minutes.
REVIEWS_MINUTES = re.compile(
    r"(?i)\bminutes?\b|\b(?:matters?|business|items?)\s+arising\b|\barising\s+from\b|\bactions?\b"
    r"|^\W*arising\b"  # ("Arising and ongoing issues")
)
_MINUTES_FIRST = re.compile(
    r"(?i)\W*(?:the\s+)?minutes\b[^.]{0,120}?\b(?:was|were)\s+(?:\w+\s+)?(?:agreed|approved|"
    r"confirmed|accepted|signed)\b"
)
_ARISING_FIRST = re.compile(r"(?i)\W*matters?\s+arising\b")
# matched at a reference's end: "Minutes P6 Sept 23", "Minutes 20-June-16" (a date; not
# "Minute 12-May fair: ...")
_MONTH_AFTER = re.compile(rf"(?i)\s*(?:{MONTHS})\b|-(?:{MONTHS})-\d{{2,4}}\b")


# An earlier minute's paragraph in brackets, as a follow-up row cites it (cited_rows.py) and
# its heading keeps it from the page: "(5.4) Clearance of gulley", "(10.5.1)".
PARAGRAPH_CITED = r"\((?P<ref>\d{1,3}(?:\.\d{1,2}){1,2}[a-z]?)\)"
CITED_TITLE = re.compile(rf"{PARAGRAPH_CITED}(?=\s|$)")


def normalise_ref(raw: str) -> str:
    """ "8/2017" -> "8/17", "B. 762" -> "B.762"; "P/142", "45" and "56/9/2003" stay as
    written."""
    raw = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", raw.strip()))
    raw = re.sub(r"(?<=[A-Z]\.)\s+(?=\d)", "", raw)  # ("B. 762" is minute "B.762")
    raw = re.sub(r"(?<=\d)\s+(?=[ivx]{1,4}$)", "", raw)  # ("18/011 xii" is "18/011xii")
    m = re.fullmatch(r"(?P<num>\d{1,4}[a-z]?)/(?P<year>(?:19|20)\d{2})", raw)
    if m:
        return f"{m['num']}/{m['year'][2:]}"
    return raw


def find_refs(
    text: str, title: str = "", description: str = "", number: str | None = None
) -> list[MinuteRef]:
    """Every minute reference in an item's title, agenda text and minutes (and, under an
    item numbered number that reviews earlier minutes, their numbers alone), once each,
    with its sentence and what it says of the earlier minute."""
    found: list[MinuteRef] = []
    if title and (cited := CITED_TITLE.match(title)):  # (a follow-up row's, cited_rows.py)
        found = _with_context(title, fold(title), [(0, cited.end(), [cited["ref"]])])
    seen: set[str] = {r.ref for r in found}
    # (an item with no heading may say so in its agenda text: "To confirm as a correct
    # record the minutes of the meeting held on 12 February 2014.")
    # (or, with neither, its text opening on them: "74 Minutes of a meeting held 9th January
    # 2017 were agreed ... It was noted that item 68 should read M5")
    # (or its text opening with their label: "Matters arising:" / "Item 1J in the minutes ...")
    opening = (
        _MINUTES_FIRST.match(text) or _ARISING_FIRST.match(text)
        if not (title or description)
        else None
    )
    reviews = opening is not None or REVIEWS_MINUTES.search(title or description) is not None
    for part in (title, description, text):
        if part:
            for ref in _refs_in(part, reviews, number if part is text else None):
                if ref.ref not in seen:
                    seen.add(ref.ref)
                    found.append(ref)
    if number and title and "(" in title:  # "09/14/04 Bus Shelter (07/14/04)"
        folded = fold(title)
        hits = own_number_refs(folded, number, bracketed=True)
        found += [r for r in _with_context(title, folded, hits) if r.ref not in seen]
    return found


# Each reference form with the words it cannot match without one of: most items have none,
# and a substring test is far cheaper than the pattern.
_FORMS = (
    (MINUTE_REF, ("min",)), (ARTICLE_REF, ("article", "paragraph")),
    (OF_THE_MINUTE_REF, ("minute",)), (OWN_FORM_REF, ("/",)), (SLASHED_ITEM_REF, ("item",)),
    (INTEREST_REF, ("interest",)),
)  # fmt: skip


def _refs_in(text: str, reviews: bool, number: str | None = None) -> list[MinuteRef]:
    folded = fold(text)
    lowered = folded.lower()
    hits: list[tuple[int, int, list[str]]] = []
    for rule, needed in _FORMS:
        if not any(word in lowered for word in needed):
            continue
        for m in rule.finditer(folded):
            if _MONTH_AFTER.match(folded, m.end()):
                continue  # "Minutes P6 Sept 23": a document, not a minute
            hits.append((m.start(), m.end(), _numbers(m)))
    if reviews and ("item" in lowered or "paragraph" in lowered):
        for m in ITEM_REF.finditer(folded):
            ends = [m["para"] or m["para2"] or m["item"], *([m["to"]] if m["to"] else [])]
            ends += [n["ref"] for n in NEXT_REF.finditer(m["more"] or "")]
            hits.append((m.start(), m.end(), ends))
    if "(REF" in folded:
        for m in REF_NOTE.regex.finditer(folded):
            hits.append((m.start(), m.end(), re.split(r"\s*[;,]\s*", m["refs"])))
    column = MINUTE_COLUMN.search(folded) if "minute" in lowered or "cofnod" in lowered else None
    if column is None and "minute" in lowered and "interest" in lowered:
        column = _BARE_COLUMN.search(folded)  # (a declarations table's "Minute" alone)
    if column:
        # (a cell's list only where no column of paragraphs stands beside: an exempt
        # item's table, "Minute No." / "Paragraph No. of Schedule 12A" / "12" / "3 and 4")
        lists = "paragraph" not in lowered[column.start() : column.end() + 200]
        cells = [m for m in COLUMN_REF.finditer(folded, column.end()) if lists or not m["more"]]
        hits += [(m.start(), m.end(), [m["ref"], *re.findall(r"\d+", m["more"])]) for m in cells]
    tracker = TRACKER_COLUMN.search(folded) if "previous minutes" in lowered else None
    if tracker:
        hits += _each_ref(iter(tracker_rows(folded, tracker.end())))
    if "/" in folded:
        hits += _each_ref(MARGIN_REF.finditer(folded))
        if reviews:
            hits += _each_ref(ARISING_REF.regex.finditer(folded))
            hits += _each_ref(LOGGED_REF.regex.finditer(folded))
    if reviews and any(
        word in lowered for word in ("amendment", "addition", "correction", "alteration")
    ):
        hits += [(m.start(), m.end(), _numbers(m)) for m in CORRECTION_REF.finditer(folded)]
        hits += _each_ref(CORRECTED_ENTRY_REF.regex.finditer(folded))
    if reviews and any(word in lowered for word in (" should ", "sentence", "line", "paragraph")):
        hits += [(m.start(), m.end(), [m["ref"] or m["read"]])
                 for m in SHOULD_READ_REF.regex.finditer(folded)]  # fmt: skip
    if reviews and ("–" in folded or " - " in folded):
        hits += _each_ref(DASHED_ARISING_REF.regex.finditer(folded))
    if reviews and "." in folded:
        hits += [(m.start(), m.end(), [m["ref"] + (m["part"] or m["sub"] or "")])
                 for m in DOTTED_ARISING_REF.regex.finditer(folded)]  # fmt: skip
        hits += [(m.start(), m.end(), [m["ref"]]) for m in PAIRED_ARISING_REF.regex.finditer(folded)
                 if int(m["earlier"]) < int(m["own"])]  # fmt: skip
        if "(" in folded:
            hits += _each_ref(BRACKETED_ARISING_REF.regex.finditer(folded))
    if reviews and number:  # "459. MATTERS ARISING" / "447. Matters Arising The Clerk ..."
        hits += earlier_minutes(folded, number)
    if number and ("/" in folded or "." in folded):  # "Cllr Carroll: 188.15/16"
        hits += own_number_refs(folded, number, reviews=reviews)
    hits.sort()
    return _with_context(text, folded, _without_partial(hits))


def _without_partial(hits: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """The hits less one another form read inside a fuller one, its number the fuller's
    without its part, "18/011" inside "Min ref 18/011 xii", or the same number, "C33/19"
    in the item's own numbering inside "Minute C33/19" (whose words tell its effect)."""

    def inside(h: tuple[int, int, list[str]], g: tuple[int, int, list[str]]) -> bool:
        wider = g[0] < h[0] or h[1] < g[1]
        return (
            g is not h
            and g[0] <= h[0]
            and h[1] <= g[1]
            and all(
                any(n2.startswith(n) and (len(n2) > len(n) or wider) for n2 in g[2]) for n in h[2]
            )
        )

    return [h for h in hits if not any(inside(h, g) for g in hits)] if len(hits) > 1 else hits


def _each_ref(found: Iterator[re.Match[str]]) -> list[tuple[int, int, list[str]]]:
    """Each match's place and the one number its "ref" group holds."""
    return [(m.start(), m.end(), [m["ref"]]) for m in found]


# A sentence that only points at a minute: what it says of it is in the sentence after.
_REFERS_ALONE = re.compile(
    r"(?i)^\W*(?:minutes?|mins?\.?)\s+(?:nos?\.?\s*)?\S+(?:\s*(?:,|and|&)\s*\S+)*\s+refers?\W*$"
)


def _numbers(m: re.Match[str]) -> list[str]:
    """The numbers a reference names as printed: its first, those listed after it, and both
    ends of a range ("Minute Nos. 789 - 796" names 789 and 796, the minutes between it
    leaves unprinted)."""
    groups = m.groupdict()
    first: str = m["ref"] or groups.get("para") or groups.get("para2") or ""
    found = [first]
    more = _NOTE.sub("", groups.get("more") or "")  # (a note's figures are no minutes')
    # (a plural announces several: "minute nos. 1484 - 1520", not "Minute 161 -207 Argyle")
    plural = _PLURAL.search(m.string, m.start(), m.start("ref") if m["ref"] else m.start())
    for n in NEXT_REF.finditer(more):
        if n["part"]:  # (a further part of the minute before: "117/17 (a), (d) and (i)")
            had = _PART_AFTER.search(found[-1])
            if had is None or n["join"] not in (",", "and", "&"):
                break
            found.append(f"{found[-1][: had.start()]}{had[1]}{n['part']}")
            continue
        last, ref = found[-1], n["ref"]
        if n["join"] in ("-", "–", "to"):
            short = last.isdigit() and ref.isdigit() and 0 < int(ref) - int(last) <= MAX_RANGE
            if not (short or n["join"] == "to" or (plural and _by_ends(last, ref))):
                break  # "Minute 45 - 2019 budget": a title after a dash, no range
            # (a range's ends: "789 - 796", "E/102/01/19 to E/113/01/19", after a plural one
            # too long for one meeting, "minute nos. 1484 - 1520", "15/11/01-15/11/28")
        found.append(ref)
    return found


# A declarations table's column headed "Minute" alone, flattened a cell a line:
# "Councillor" / "Committee" / "Minute" / "Interest" / "Edwards" / ... / "31 – Income ...".
_BARE_COLUMN = re.compile(r"(?m)^\s*Minute\s*\n(?=(?:\s*\n)*\s*(?:Interests?|Nature)\b)")
_NOTE = re.compile(r"\s*\((?!Min|Item|Para)(?=[^()]*\s|[A-Z][a-z])[^()]*\)")


def _by_ends(last: str, ref: str) -> bool:
    """Whether a range too long to count is named by its ends: numbers rising by a few
    hundred at most, or numbers of one printed shape ("15/11/01-15/11/28")."""
    if last.isdigit() and ref.isdigit():
        return 0 < int(ref) - int(last) <= MAX_ENDS
    return _SHAPE.sub("9", last) == _SHAPE.sub("9", ref)


_SHAPE = re.compile(r"\d+")
_PART_AFTER = re.compile(r"(\s?)\([^()]*\)$")  # a minute's part, and the space before it
_PLURAL = re.compile(r"(?i)\b(?:minutes|mins|nos|numbers|refs|items)\b")


def _with_context(
    text: str, folded: str, hits: list[tuple[int, int, list[str]]]
) -> list[MinuteRef]:
    out: list[MinuteRef] = []
    known = sentences.spans(folded) if hits else []
    for i, (start, _end, numbers) in enumerate(hits):
        a, b = sentences.sentence_at(folded, start, known)
        if _REFERS_ALONE.match(folded[a:b]):  # "Minute 45 refers." / "The response was ..."
            b = next((y for x, y in known if x >= b), b)
        # Two references in one sentence each own the words up to the next one.
        nxt = hits[i + 1][0] if i + 1 < len(hits) else b
        prev_end = hits[i - 1][1] if i else a
        clause = folded[
            max(a, prev_end) if prev_end <= start else a : min(b, nxt) if nxt > start else b
        ]
        context = text[a:b] or text[start : start + 200]
        for raw in numbers:
            out.append(MinuteRef(ref=normalise_ref(raw), context=context, effect=effect_of(clause)))
    return out


def effect_of(clause: str) -> str | None:
    """done, pending, or None: what the clause says of the earlier request (a question
    whether it was done says neither: "enquired whether a response had been received")."""
    for r in EFFECT_RULES:
        m = r.search(clause)
        if m and not (
            r.kind == "done" and _ASKED.search(clause, max(0, m.start() - 80), m.start())
        ):
            return r.kind
    return None


# A question whether it was done (not a condition: "as agreed if the grant was confirmed").
_ASKED = re.compile(
    r"(?i)\b(?:ask|enquir|inquir|quer|wonder|check|know|clarif|confirm)\w*\s+(?:\S+\s+){0,4}?"
    r"(?:whether|if)\b"
)
