"""Resolutions: the decisions an item records, part by part.

Found in the order of authority:
1. blocks that a keyword opens (RESOLVED, AGREED, "The Committee resolved:-", "Resolved –")
   and run to the narrative after them;
2. decisions whose heading the page dropped: "That ..." paragraphs, runs of parts ("(i)
   That ...", "1) The report be received"), a subjunctive after "moved ..., seconded ...
   and", "To note the report." after the discussion;
3. a motion visibly carried ("Proposed ... Seconded ... Unanimously agreed");
4. only when none of those is there, a house-style sentence: the body as the subject of a
   decision verb ("The Council noted the report.", "Members agreed that ...").
Parts are numbered, lettered or bulleted; a lead-in ("RESOLVED that the Committee:") is
kept with every part, and a resolution printed twice (Decision: and Minutes:) once.
"""

from __future__ import annotations

import functools
import re

from ..model import Resolution
from ..read.text import fold
from . import sentences
from .decided_lists import body_parts, decided_above
from .dropped import decisive, dropped_heading
from .keywords import keyword_starts, opening_keywords, tidied, within_sentence
from .motions import house_style
from .numbers import next_paragraph
from .owners import TAG_SENTENCE
from .parts import DECIMAL_PART, ROMAN, split_parts, within_bullet
from .patterns import DECISION_NARRATIVE, DECISION_WORDING, PART_MARKER
from .sections import reason_between_parts
from .vote_outcomes import CARRIED, LOST, carried_agenda

_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w")
_BARE_MARKER = re.compile(r"(?:[A-Z]|\d{1,2})\s+[A-Z]")


def find_resolutions(text: str, keyword_page: bool = False, title: str = "") -> list[Resolution]:
    """All resolutions in an item's minutes text, in order. On a page that records its
    decisions with RESOLVED, a house-style "noted" is narrative, not a decision. (The
    item's title tells dropped_heading what its lists may be.)"""
    if not text.strip():
        return []
    text = tidied(text)
    spans = block_spans(text)
    found: list[tuple[int, list[Resolution]]] = [
        (a, split_parts(text[a:b])) for a, b in spans if a < b
    ]
    bare = dropped_heading(text, spans, title)
    if bare:  # "Resolved:" over a repeat of the narrative, the decision after it: the decision
        # (a part read with its lead-in: "That PCSO Leason be" / "(2) requested to ...")
        found = [(a, parts) for a, parts in found
                 if any(decisive(f"{r.lead_in or ''} {r.text}") for r in parts)]  # fmt: skip
    found += bare
    found = [(a, parts if any(_WORD.search(r.text) for r in parts) else _bare_keyword(text, a))
             for a, parts in found]  # fmt: skip
    if listed := body_parts(text):  # ("The Council –" / "1. Agreed that ..." / "2. Noted ...")
        found = [(a, parts) for a, parts in found if a < listed[0]] + [listed]
    out = [r for _, parts in sorted(found, key=lambda f: f[0]) for r in parts]
    out = [r for r in out if _WORD.search(r.text) and not _NOTHING.fullmatch(r.text)
           and not _IN_THE_CHAIR.fullmatch(r.text)]  # fmt: skip
    if not out:
        out = house_style(text, keyword_page) or carried_agenda(text, title)
    elif bare and not spans:  # (no keyword in the item: "The Cabinet agreed that ..." /
        # "The Cabinet:" / "a) approved ...")
        out = decided_above(text[: bare[0][0]], keyword_page) + out
    return _dedupe(out)


_MOVER_ONLY = re.compile(
    r"(?i)(?:seconded|proposed|moved|carried|all\s+in\s+favou?r)\b[^.]{0,60}\.?$"
)


_NO_OTHER = re.compile(r"(?i)there\s+(?:was|were)\s+no\s+(?:other|further)\b")


_MOVERS_BEFORE = re.compile(
    r"(?i)(?<=[.!?]\s)(?:proposed|moved)\b[^.\n]{0,60}?\bseconded\b[^.\n]{0,40}$"
)


def _bare_keyword(text: str, at: int) -> list[Resolution]:
    """A bare "Agreed." or "Resolved." decides what came before it: the sentence before,
    within its paragraph ("The accounts were presented. Agreed."); alone under a heading
    ("Minutes of the previous meeting" / "Agreed.") the keyword is the decision's record.
    A bare "NOTED." after a sentence records nothing decided ("Apologies were received from
    ... NOTED.")."""
    if text[at : at + 5] == "NOTED" and re.search(r"[.!?]\s*$", text[:at]):
        return []
    before = text[:at]
    # (after who moved and seconded it: "... were agreed as a true record. Proposed: Cllr J
    # Kilby Seconded: Cllr I Mitchell RESOLVED")
    before = before[: m.start()] if (m := _MOVERS_BEFORE.search(before)) else before
    if re.search(r"\S\s[-–]\s*$", before):  # "add item 7 Grounds contract – agreed"
        line = before[before.rfind("\n") + 1 :].rstrip(" -–")  # (its last sentence)
        last = [line[a:b].strip() for a, b in sentences.spans(line)][-1:]
        return [Resolution(text=last[0])] if last and last[0] else []
    if before.strip() and not re.search(r"(?:[.!?:]|\n)\s*$", before):
        return []  # inside a sentence: "The motion was put to the vote and AGREED."
    alone = not before.strip() or re.search(r"\n[ \t]*\n\s*$", before)
    paragraph = "" if alone else before[before.rfind("\n\n") + 1 :]
    # (back over who moved and seconded it: "... proposed that ... . Seconded Cllr D. Agreed.")
    said = [paragraph[a:b].strip() for a, b in sentences.spans(paragraph)]
    while said and (_MOVER_ONLY.match(said[-1]) or _NO_OTHER.match(said[-1])) and len(said) > 1:
        said.pop()  # (or that none came forward: "... seconded. There were no other nominations.")
    if said and keyword_starts(fold(said[-1])):
        return []  # "It was RESOLVED that ... be confirmed." / "NOTED.": decided once
    if said and "\n" not in said[-1]:
        return [Resolution(text=said[-1])]
    word = re.match(r"\w+", text[at:])
    return [Resolution(text=word.group().capitalize())] if word else []


def resolutions_of_decision(text: str) -> list[Resolution]:
    """A ModernGov "Decision:" block, which often has no RESOLVED marker of its own: a
    decision unless it only tells what happened ("There were no apologies.")."""
    found = find_resolutions(text)
    folded = fold(text.strip())
    if found and not discussion_only(text):
        decided = text[: reasons.start()] if (reasons := _REASONS.search(text)) else text
        parts = split_parts(decided)  # (never the reasons or options printed under them)
        if (
            len(parts) > len(found)
            and all(p.part for p in parts)
            and _PARTS_FIRST.match(decided)
            and not block_spans(decided)
        ):
            return _dedupe(parts)  # (each numbered part decides, whatever its verb)
        return found
    if DECISION_NARRATIVE.match(folded) or (LOST.search(folded) and not CARRIED.search(folded)):
        return []  # (a motion put and lost is recorded, not decided)
    if _only_declarations(folded):
        return []  # who declared an interest, and left: what happened, not a decision
    if (
        _PEOPLE_FIRST.match(folded)
        and _SEVERAL.search(folded)
        and not _VERB.search(folded)
        and not _AS_OFFICE.search(folded)
    ):
        return []  # who sent apologies or substituted, listed: "Councillor A (Wolverhampton),
        # Councillor B and Sue Summers (WMDC)." (one name alone may be who was elected)
    return _dedupe(split_parts(text))


# A decision that opens on its first numbered part: "(1) Cabinet noted ...", "1. Approved".
_PARTS_FIRST = re.compile(r"\s*\(?(?:1|i|a)[.)]\s")
# The reasons or options printed under a decision: their numbered points are no parts.
_REASONS = re.compile(r"(?im)^\W*(?:reasons?|alternative\s+options?|options?\s+considered)\b")


def discussion_only(text: str) -> bool:
    """Whether a decision block tells only the discussion, its decision cut off ("The Manager
    introduced the report ... These were:" / "• Stage 1 – ...": its list no decision's)."""
    folded = fold(text.strip())
    return bool(DECISION_NARRATIVE.match(folded)) and not _DECIDING.search(folded)


# A keyword over nothing decided: "To receive requests for dispensation: Resolved: None".
_NOTHING = re.compile(r"(?i)\W*(?:none|nil|n/a)(?:\s+(?:received|required))?\W*")
_TASK_AFTER = re.compile(r"(?<=[.!?])[ \t]+(?=(?:ACTIONS?|Actions?)\s*[:\-–]\s*\S)")
_TAG_AFTER = re.compile(rf"(?<=[.!?])[ \t]+{TAG_SENTENCE}(?=[ \t]*(?:\n|$)|\s+[A-Z(])")
# Who took the chair, on its own line after a keyword: "NOTED" / "(Councillor Ash in the Chair)".
_IN_THE_CHAIR = re.compile(r"(?i)\W*(?:[\w.'’-]+\s+){1,5}in\s+the\s+chair\W*")
_DECIDING = re.compile(r"\b(?:RESOLVED|Resolved|resolved|AGREED|RECOMMENDED)\b")


def _only_declarations(folded: str) -> bool:
    """Every sentence tells of a member's interest declared or the member leaving: "Councillor
    Roberts declared a personal and prejudicial interest in respect of Item 10 and left the
    meeting during the vote." (not "... The application be approved.", nor a body's own
    "The Town Council formally declared its interest in taking on the toilets")."""
    said = [folded[a:b] for a, b in sentences.spans(folded)]
    return bool(said) and all(_DECLARATION.search(s) and not _BODY_DECLARED.search(s) for s in said)


# A member's interest declared, or what a member so placed did: "declared a personal and
# prejudicial interest", "declared that she had an interest", "left the room", "took no part".
_DECLARATION = re.compile(
    r"(?i)\bdeclared\s+(?:that\s+(?:s?he|they)\s+(?:had|has)\s+)?(?:an?\s+|their\s+|his\s+|"
    r"her\s+)?(?:[\w‘’'“”-]+\s+){0,4}?interests?\b(?!\s+in\s+\w+ing\b)"  # ("an ‘other’ interest")
    r"|\bleft\s+the\s+(?:meeting|room|chamber)\b|\btook\s+no\s+part\b"
)
_BODY_DECLARED = re.compile(
    r"\b(?:Council|Cabinet|Committee|Board|Panel|Members)\s+(?:formally\s+)?declared\b"
)
_SEVERAL = re.compile(r",|\s(?:and|for)\s")
_AS_OFFICE = re.compile(r"\bas\s+(?:the\s+)?(?-i:[A-Z])")  # ("Alison Baker as Chair and ...")
# (or a name with the body it sits for: "Jonathan Browning (Coventry & Warwickshire LEP), ...")
_PEOPLE_FIRST = re.compile(
    r"(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+(?-i:[A-Z])"
    r"|(?-i:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[A-Z][\w'’-]+)\s+\(",
    re.I,
)
# Any verb a decision needs: one in a tense, "be ...", "to ..." or a past participle.
_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|to\s+[a-z]+|[a-z]{3,}ed)\b")


@functools.lru_cache(maxsize=256)
def block_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each keyword-opened resolution block, to the narrative after it."""
    found = opening_keywords(fold(text))  # most items have none: no search at all
    spans = []
    for i, m in enumerate(found):
        start = m.start()
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        block = _block_extent(_NUMBER_OF_NEXT.sub("", text[start:end]))
        if within_sentence(text, m):
            block = sentences.decision_sentences(block)
            if tag := _TAG_AFTER.match(text, start + len(block)):  # (and its owner's tag)
                block = text[start : tag.end()]
        # "b) RESOLVED to approve ..." in a list a) b) c), or "(i) 23 Mill Lane: ... after
        # discussion, resolved not to object." in a list (i) (ii) (iii)
        own = PART_MARKER.regex.match(text, text.rfind("\n", 0, start) + 1)
        if own and own.end() <= start:
            block = _before_sibling(block, own)
        if inline := _inline_label(text, start):  # "a) ... It was AGREED that ... b) A report"
            block = _INLINE_SIBLING[inline].split(block, maxsplit=1)[0]
        block = within_bullet(text, start, block)  # ("• ... It was AGREED ..." / "• Bus shelter")
        if "ction" in block or "CTION" in block:  # (a task's label after its stop is the task's:
            block = _TASK_AFTER.split(block, maxsplit=1)[0]  # "... £150. Action: Cllr Lees to")
            # (and an owner's tag after it closes it: "... of the Plan. Clerk to action")
            block = block[: tag.end()] if (tag := _TAG_AFTER.search(block)) else block
        # ("3.1 RESOLVED- That the minutes be approved." / "3.2 As a matter arising, ...")
        if (
            para := _PARA_NUMBER.match(text, text.rfind("\n", 0, start) + 1)
        ) and para.end() <= start:
            # (after a sentence's end; not a lead-in's parts: "... with the following
            # amendments:" / "3.2 the grant be increased ...", nor a figure: "£" / "4.50")
            cut = re.split(rf"(?<=[.;!?])\s*\n\s*{para[1]}\.\d{{1,2}}\s", block, maxsplit=1)[0]
            block = block if cut.rstrip().endswith((":", ":-")) else cut
        if sibling := next_paragraph(text, start):  # (the same, on a page run onto one line)
            cut = re.split(rf"(?<=[.;!?])\s+{sibling}\s", block, maxsplit=1)[0]
            block = block if cut.rstrip().endswith((":", ":-")) else cut
        spans.append((start, start + len(block)))
    return tuple(spans)


# A paragraph's number before the keyword: the decision ends at its sibling's.
_PARA_NUMBER = re.compile(r"(\d{1,3})\.\d{1,2}\s+")
# A lettered entry of a list flattened onto one line, its letter after a stop or a heading
# ("41.20 REPORTS a) No report ... It was AGREED that ... b) A report ..."): a decision in it
# ends at the next entry's letter.
_INLINE_LABEL = re.compile(r"(?:^|(?<=[A-Z.:]\s))([a-y])\)\s+(?=[A-Z])", re.M)
_INLINE_SIBLING = {
    chr(c): re.compile(rf"(?<=[.!?])\s+{chr(c + 1)}\)\s+(?=[A-Z])") for c in range(97, 122)
}


def _inline_label(text: str, start: int) -> str | None:
    """The letter of the flattened list entry a keyword at start stands in, if any."""
    line = text.rfind("\n", 0, start) + 1
    found = list(_INLINE_LABEL.finditer(text, line, start))
    return found[-1].group(1) if found else None


# The next block's own number, on the line its keyword opens: "... the drain\n4.4.3 "
_NUMBER_OF_NEXT = re.compile(r"\n[ \t]*[(\[]?\d[\w.]{0,7}[.)\]]?[ \t]+$")


def _before_sibling(block: str, own: re.Match[str]) -> str:
    """A decision that is one entry of a lettered or numbered list ends where the list's
    next entry starts ("b) RESOLVED to approve ..." then "c) Cllr Moss asked ..."): the
    next label in the same form. (Its own parts start again at a or 1, in that form or
    another.)"""
    following = _next_labels(own)
    if not following:
        return block
    offset = block.find("\n") + 1
    own_parts: set[tuple[bool, str, str]] = set()  # forms its own parts, from a first label, take
    while offset > 0:
        m = PART_MARKER.regex.match(block, offset)
        label = (m["p1"] or m["p2"]) if m else ""
        if m and _form(m) == _form(own):
            if label in ("1", "a", "A"):
                return block  # its own parts, numbered as the list is
            if label in following or len(label) > len(own["p1"] or own["p2"]):
                return block[:offset].rstrip()  # (or the outer list's: "b) ..." / "ii) ...")
        elif m and label in ("1", "a", "A", "i", "I"):
            bracketed, kind, close = _form(m)
            own_parts.add((bracketed, kind, close))
            if label in ("a", "A"):  # (one list in either case: "A) Note ..." / "b) Note ...")
                own_parts.add((bracketed, "lower" if kind == "upper" else "upper", close))
        elif m and _form(m) not in own_parts:
            return block[:offset].rstrip()  # the outer list's next entry, written otherwise
        offset = block.find("\n", offset) + 1
    return block


def _form(m: re.Match[str]) -> tuple[bool, str, str]:
    """How a part marker is written: bracketed or not, the kind of label, what closes it."""
    label = m["p1"] or m["p2"]
    kind = "digit" if label.isdigit() else "upper" if label.isupper() else "lower"
    return bool(m["p1"]), kind, ")" if m["p1"] else m["close"]


def _next_labels(m: re.Match[str]) -> set[str]:
    """The labels that may follow a marker's own: 2 after 1, c after b, iii after ii (and
    j after i, which may be a letter or a numeral)."""
    label = m["p1"] or m["p2"]
    if label.isdigit():
        return {str(int(label) + 1)}
    found = {chr(ord(label) + 1)} if len(label) == 1 and label.isalpha() else set()
    if label in ROMAN[:-1]:
        found.add(ROMAN[ROMAN.index(label) + 1])
    return found


def _block_extent(block: str) -> str:
    """A block ends at a paragraph that is neither a part, a bullet nor decision wording;
    a keyword alone on its line ("Resolved –") takes the paragraph after it."""
    paragraphs = _PARAGRAPH.split(block)
    first = _first_sentence_lines(paragraphs[0])
    if first != paragraphs[0]:
        return first  # the decision ended and the narrative went on, without a blank line
    kept = [paragraphs[0]]
    lone = len(paragraphs[0].split()) <= 3
    if lone and paragraphs[0].rstrip().endswith("."):
        return paragraphs[0]  # (closed by its stop, a record whole: "Agreed." / "7) Following")
    # (a lead-in's parts numbered as paragraphs: "RESOLVED:-" / "1.1 That ..." / "1.2 ...")
    lead_in = paragraphs[0].rstrip().endswith((":", "-", "–"))
    for para in paragraphs[1:]:
        stripped = para.strip()
        if not stripped:
            continue
        if _later_entry(kept, stripped):
            break
        if lone or _continues(stripped) or (lead_in and DECIMAL_PART.match(stripped)):
            kept.append(para)
            # (the keyword alone over parts so numbered: "2.1 RESOLVED" / "2.1.1 That ...")
            lead_in = lead_in or (lone and DECIMAL_PART.match(stripped) is not None)
            lone = False
        else:
            break
    return "\n\n".join(kept)


_FIRST_LABELS = frozenset(("1", "a", "i", "A", "I"))


def _later_entry(kept: list[str], stripped: str) -> bool:
    """A list's later entry after a whole decision that had no mark of its own: the next
    entry of the list the decision stands under ("(a) Licensing Sub-Committee – 17 December"
    / "RESOLVED that the Minutes ... be noted." / "(b) Licensing Sub-Committee – ..."), not
    a part of it, whose list would start at its first mark."""
    m = PART_MARKER.regex.match(stripped)
    if m is None or (m["p1"] or m["p2"]) in _FIRST_LABELS or not kept[-1].rstrip().endswith("."):
        return False
    return not any(_FIRST_MARK.search(k) for k in kept)


# A list's first mark anywhere in the decision, on its keyword's line too: "RESOLVED: 1. That".
_FIRST_MARK = re.compile(r"(?<![\w.])\(?(?:1|a|i|A|I)[.)](?=\s)")


def _continues(stripped: str) -> bool:
    """A paragraph (or line) that is more of the resolution: a part, a bullet, the rest of
    a sentence, or decision wording."""
    return bool(
        PART_MARKER.regex.match(stripped)
        or stripped.startswith("•")
        or stripped[:1].islower()
        or DECISION_WORDING.regex.match(fold(stripped))
    )


def _first_sentence_lines(paragraph: str) -> str:
    """The keyword's lines of a paragraph laid out a line at a time: "RESOLVED that the
    minutes ... be approved." / "Cabinet noted the action tracker:" is a decision and then
    narrative, once a line ends the sentence and the next begins another that is neither
    a part nor decision wording. A part's reason under it, before the next part, ends
    nothing: "(i) That Option 2 be approved ..." / "REASON: In accordance with ..." / "(ii)"."""
    lines = paragraph.split("\n")
    for k in range(1, len(lines)):
        if reason_between_parts(lines, k) or reason_between_parts(lines, k - 1):
            continue
        before, line = lines[k - 1].rstrip(), lines[k].strip()
        if _later_entry(lines[:k], line):  # (the next entry of the list above: "b. PL/...")
            return "\n".join(lines[:k])
        bare_marker = _BARE_MARKER.match(line)  # "B Subject to ...": a part lettered bare
        if before.endswith(".") and line[:1].isupper() and not (_continues(line) or bare_marker):
            return "\n".join(lines[:k])
    return paragraph


def _dedupe(resolutions: list[Resolution]) -> list[Resolution]:
    """A Decision: block that repeats the minutes' RESOLVED is one resolution, not two
    (with or without its "That")."""
    seen: set[str] = set()
    out = []
    for r in resolutions:
        key = " ".join(re.findall(r"\w+", fold(r.text).lower())).removeprefix("that ")
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
