"""Decisions whose heading the page dropped (resolutions.py's second source): "That ..."
paragraphs, runs of parts ("(i) That ...", "1) The report be received") whose words
decide, a subjunctive after "moved ..., seconded ... and", "To note the report." after the
discussion; never a list that a lead-in quotes ("The report recommended:-").
"""

from __future__ import annotations

import re

from ..model import Resolution
from ..read.text import fold
from .house_style import HOUSE_STYLE
from .motions import MOTION, motion_put, motion_quoted
from .parts import split_parts
from .patterns import (
    DECISION_WORDING,
    NO_MODAL_BEFORE,
    PART_MARKER,
    QUOTED_LEAD,
    SUBJUNCTIVE,
    THAT_PAST,
    THAT_PLAIN,
)
from .title_words import FINITE_VERB


def dropped_heading(
    text: str, spans: tuple[tuple[int, int], ...], title: str = ""
) -> list[tuple[int, list[Resolution]]]:
    """Decisions standing without RESOLVED, outside the keyword blocks; none under a
    heading of what members were told or asked, whose list is the announcements or the
    questions ("Announcements" / "(a) To welcome Councillor Ash ...")."""
    out: list[tuple[int, list[Resolution]]] = []
    if _TOLD_HEADING.search(title):
        return out
    paras = _paragraphs(text)
    k = 0
    while k < len(paras):
        start, para = paras[k]
        # (a paragraph that holds a keyword block, "a) RESOLVED: that ...", is that block's)
        if _in_block(paras[k], spans):
            k += 1
            continue
        run = _part_run(paras, k, spans) if not _mid_list(paras, k, spans) else k
        entries = [p for _, p in paras[k:run]]
        after = paras[run][1] if run < len(paras) else ""
        agenda = run > k and _answered(entries, after)  # (the minutes under the last entry)
        if agenda or (k and (
            _quoted(paras[k - 1][1]) or (run > k and _agenda_under(paras[k - 1][1], entries))
        )):  # fmt: skip
            # a quoted list, all of it: "The report recommended:-" / "a) ...", and to its
            # closing mark where one ends a later paragraph
            k = max(run, k + 1, _quote_closed(paras, k, spans))
            continue
        if run > k:
            block = "\n\n".join(p for _, p in paras[k:run])
            if not motion_put(block, paras[run][1] if run < len(paras) else "") and not (
                _list_goes_on(paras, run, spans)
            ):
                out.append((start, split_parts(block)))
            k = run
            continue
        if _bare_decision(paras, k):
            out.append((start, split_parts(_BULLET.sub("", para.lstrip(), count=1))))
        k += 1
    return out


def _quote_closed(paras: list[tuple[int, str]], k: int, spans: tuple[tuple[int, int], ...]) -> int:
    """Past the paragraph that closes a quotation begun at paras[k] with a closing mark and
    no opening one, before any keyword block: an earlier minute quoted, "... amendment to
    minute 121 as follows:" / "2. to AGREE: ..." / "3 To DEFER ...:" / "c. ... (Annex 1);”",
    is the old decision, all its lists (0 where none closes it)."""
    for j in range(k, min(len(paras), k + _QUOTE_REACH)):
        if _in_block(paras[j], spans):
            return 0
        para = paras[j][1].rstrip()
        if para.endswith(("”", "”.")) and "“" not in para:
            return j + 1
    return 0


_QUOTE_REACH = 30  # paragraphs a quoted minute may run to
# "Chairman's Announcements", "Questions from Members", "Mayor's Communications".
_TOLD_HEADING = re.compile(r"(?i)\b(?:announcements?|questions|communications)\b")


def _mid_list(paras: list[tuple[int, str]], k: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether paras[k] is a later entry of a list that began above it, outside any keyword
    block: "(7) Path ... was uneven" / "(8) To ask Mr Hince to clear rubbish ..." / "(9)
    Shrubs ... needed cutting back" is a report's list, not a decision's parts from (8)."""
    if not k or not PART_MARKER.regex.match(paras[k][1]):
        return False
    return (
        not _in_block(paras[k - 1], spans) and PART_MARKER.regex.match(paras[k - 1][1]) is not None
    )


def _in_block(paragraph: tuple[int, str], spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether the paragraph (its offset and text) overlaps a keyword block."""
    start, para = paragraph
    return any(a < start + len(para) and start < b for a, b in spans)


def _list_goes_on(
    paras: list[tuple[int, str]], run: int, spans: tuple[tuple[int, int], ...]
) -> bool:
    """Whether the list goes on with an entry that holds a keyword block ("1. To receive
    the Clerk's report. Noted." / "2. ..." / "4. To consider the price ... It was resolved
    that ..."): its entries are the item's points, the decision in one of them."""
    if run >= len(paras):
        return False
    start, para = paras[run]
    inside = any(start < a < start + len(para) for a, _ in spans)
    return inside and PART_MARKER.regex.match(para) is not None


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each paragraph, stripped; a page laid out without blank
    lines has a paragraph a line."""
    if not _PARAGRAPH_BREAK.search(text):
        return [(m.start(), m.group().rstrip()) for m in _LINE.finditer(text)]
    out: list[tuple[int, str]] = []
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    start = 0
    for end, after in [*breaks, (len(text), len(text))]:
        first = _NOT_SPACE.search(text, start, end)
        if first:
            out.append((first.start(), text[first.start() : end].rstrip()))
        start = after
    return out


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\S[^\n]*")
_NOT_SPACE = re.compile(r"\S")


def decisive(text: str) -> bool:
    """Whether a resolution's words decide anything (not a narrative repeated under it)."""
    words = re.sub(r"\s+", " ", fold(text)).strip()
    return bool(
        DECISION_WORDING.regex.match(words)
        or SUBJUNCTIVE.search(words)
        or HOUSE_STYLE.regex.search(words)
        or re.search(r"\b(?:agree|approve|note|endorse|adopt|accept|request|ask)s?\b", words, re.I)
    )


def _ended(before: str) -> bool:
    """Whether the paragraph before ends a sentence or a lead-in: a page laid out a line to
    a paragraph wraps sentences, and a line starting in lower case after one that does not
    end is their rest ("... It was noted that the action / had taken place and could now
    be closed."), not a decision whose "RESOLVED that" was dropped."""
    # (past a quotation's closing mark: "... talking to Suffolk County Councillor West …’")
    return not before or before.rstrip().rstrip("’”'\"").endswith(_ENDS)


_ENDS = (".", ":", ";", "-", "–", ")", "…")  # what ends a sentence or a lead-in


def _quoted(before: str) -> bool:
    """ "... which was tabled:" / "The report recommended:-": what follows is quoted; "Members
    were asked to note that" / "(a) further work was being undertaken ...": what follows is
    what the meeting was told."""
    before = before.rstrip()
    if before.endswith(("that", "that:")) and _TOLD.search(fold(before)):
        return True
    return before.endswith((":", "-")) and bool(QUOTED_LEAD.search(fold(before)))


def _agenda_under(before: str, entries: list[str]) -> bool:
    """ "Declarations of Interest:" / "a. To receive any declarations ..." / "b. The Town
    Clerk to receive ...": a heading of a few words closed by a colon or a dash, with no
    verb and no decision's word, over entries in the agenda's words, is the agenda printed
    on the page, not a decision's parts: every entry so worded, or the first under a
    procedural heading (declarations, apologies, minutes)."""
    heading = before.rstrip().rstrip(":-–").rstrip()
    if heading == before.rstrip() or len(heading.split()) > _HEADING_WORDS:
        return False
    if FINITE_VERB.search(heading) or _DECIDED_BEFORE.search(heading):
        return False
    worded = [_AGENDA_WORDS.match(_unmarked(e)) is not None for e in entries]
    return all(worded) or (worded[0] and _PROCEDURAL.match(heading) is not None)


def _answered(entries: list[str], after: str) -> bool:
    """Whether the entries are the agenda's, each in its words, the last with its own
    minutes on the line under it ("2. To receive new written requests for dispensation." /
    "None received."): not a decision's parts."""
    worded = all(_AGENDA_WORDS.match(_unmarked(e)) for e in entries)
    answer = "\n" in entries[-1].strip() or 0 < len(after.split()) <= _ANSWER_WORDS
    return worded and answer and not PART_MARKER.regex.match(after)


_ANSWER_WORDS = 6  # words of the minutes under an agenda's entry ("None received.")


def _unmarked(entry: str) -> str:
    m = PART_MARKER.regex.match(entry)
    return entry[m.end() :].lstrip() if m else entry


_HEADING_WORDS = 6
_AGENDA_WORDS = re.compile(r"To\s+(?:receive|consider|note|discuss|review)\b")
_PROCEDURAL = re.compile(r"(?i)(?:declarations?|interests?|dispensations?|apologies|minutes)\b")


_TOLD = re.compile(
    r"(?i)\b(?:(?:was|were)\s+(?:asked\s+to\s+note|informed|advised|told|reminded|notified)|"
    r"reported|explained|advised|stated)\s+that:?$"  # ("Cllr Mrs Knox advised that:" / "· ...")
)


def _part_run(paras: list[tuple[int, str]], k: int, spans: tuple[tuple[int, int], ...]) -> int:
    """The end of a run of decision parts starting at paras[k] ("(i) That ...", "1) The
    report be received"), or k when there is none."""
    j = k
    decisive = 0
    while j < len(paras):
        para = paras[j][1]
        m = PART_MARKER.regex.match(para)
        # (a part that holds a keyword block, "(3) RESOLVED that ...", is that block's)
        if not m or _in_block(paras[j], spans):
            break
        words = re.sub(r"\s+", " ", fold(para[m.end() :])).strip()
        if inner := PART_MARKER.regex.match(words):  # (a list renumbered over its letters:
            words = words[inner.end() :].lstrip()  # "1. a) CAN Newsletter – Copies ...")
        # "(b) the Panel's meeting in December includes ...": a part whose "That" was dropped
        # (not "(1) welcomed everyone ...", what a person did, unless it is a decision's verb).
        # (nor a letter listed: "b) e-mail from One Voice Wales – for information")
        lowered = words[:1].islower() and not _PAST_FIRST.match(words) and not _SENT.match(words)
        lowered = lowered and not _TOLD_AS_FACT.search(words, 0, 90)
        # (its subject then "be": "1) The report be received"; not a suggestion reported in
        # it, "b. Iain Ross raised the suggestion that the code be notified to staff")
        decisive += bool(
            lowered
            or DECISION_WORDING.regex.match(words.lower())
            or _subject_be(words)
            or _ENDS_DECIDED.search(words)
        )
        j += 1
    # (or one sentence whose parts a semicolon links, "1) Officers pass on ...;" / ... / "4)
    # the report be noted ...", however few of them show a decision's words)
    linked = decisive and j - k > 1 and all(_LINKED.search(p) for _, p in paras[k : j - 1])
    return j if j > k and (decisive * 2 >= (j - k) or linked) else k


_LINKED = re.compile(r";(?:\s*(?:and|or))?\s*$")


_SENT = re.compile(
    r"(?:e-?mails?|letters?|invitations?|cop(?:y|ies)|notices?|newsletters?)\s+(?:from|to|re|regarding|concerning)\b"
)
_PAST_FIRST = re.compile(r"[a-z]{3,}ed\b")
# What is told as it stands, no decision: "i. the potholes along Private Lane are alright",
# "ii. a new entrance has appeared along the lane" (a decision's subject takes "be").
_TOLD_AS_FACT = re.compile(r"\b(?:is|are|was|were|has|have|had)\b(?!\s+(?:to|be|been)\b)")


_DECIDED_BEFORE = re.compile(r"(?i)\b(?:resolved|agreed|carried)\b")


# A lead-in whose keyword a page lost: "By affirmation of the meeting, it was".
_KEYWORD_LOST = re.compile(r"(?i)\bit\s+was\s*[:,–-]?$")


_BULLET = re.compile(r"^[•·▪]\s+")
# A body as the lead-in of its decisions, each a paragraph opening with its verb, as Scottish
# councils minute them: "After discussion, the Council:" / "Noted the report." / "Agreed
# that ...".
BODY_LEAD = re.compile(
    r"\b(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Authority|Forum|Group)\s*:-?\s*$"
)
_DECIDED_VERB = re.compile(
    r"(?:Noted|Agreed|Approved|Resolved|Recommended|Endorsed|Accepted|Confirmed|Authorised)\b"
)


def _under_body(paras: list[tuple[int, str]], k: int) -> bool:
    """Whether paras[k] stands under a body's lead-in, past its other decisions."""
    j = k - 1
    while j >= 0 and _DECIDED_VERB.match(_BULLET.sub("", paras[j][1].lstrip())):
        j -= 1
    return j >= 0 and BODY_LEAD.search(paras[j][1]) is not None


def _bare_decision(paras: list[tuple[int, str]], k: int) -> bool:
    """One paragraph that is a decision by its wording: "That ...", a subjunctive right
    after "moved ..., seconded ... and", or "To note the report." after the discussion."""
    raw = _BULLET.sub("", paras[k][1].lstrip(), count=1)  # ("·        That the minutes ...")
    before = paras[k - 1][1] if k else ""
    # a decision in quotation marks after who moved it and its outcome: "... seconded by
    # Councillor C McShane and resolved," / "“That the minutes ... be adopted.”" (not a motion
    # only moved, which may yet be lost, nor one a lead-in quotes: "adopt the following
    # resolution:")
    if (
        raw[:1] in "“\"‘'"
        and raw[1:].startswith(("That ", "THAT "))
        and _DECIDED_BEFORE.search(before)
        and not before.endswith(":")
    ):
        raw = raw[1:]
    if _DECIDED_VERB.match(raw) and _under_body(paras, k):
        return True  # ("the Council:" / "Noted that the Convener had permitted ...")
    moved = "seconded" in before.lower()
    if not (raw[:1].islower() or raw.startswith(("That", "THAT", "To ")) or moved or " be " in raw):
        return False  # the cheap test: most paragraphs are none of these
    para = re.sub(r"\s+", " ", fold(raw))
    # (or "that" in lower case, the keyword before it dropped, after a sentence's end: "that
    # the minutes ..., with the above amendment, be signed as a true copy.")
    opening = re.match(r"(?:That|THAT)\s", para) or (para[:5] == "that " and _ended(before))
    if opening and motion_quoted(before, paras[k + 1][1] if k + 1 < len(paras) else ""):
        return False  # (a motion's text under "proposed by A and seconded by B:-", not carried)
    if opening and (
        SUBJUNCTIVE.search(para)
        or re.search(r"\bagrees?\b", para)
        or THAT_PAST.regex.match(para)
        or THAT_PLAIN.regex.match(para)
    ):
        return True
    marker = PART_MARKER.regex.match(para)  # (its letter is no word of it: "b. Iain ...")
    words = para[marker.end() :] if marker else para
    if words[:1].islower() and SUBJUNCTIVE.search(para) and len(para) < 600 and _ended(before):
        return True  # "the minutes ... be confirmed": "RESOLVED that" dropped
    if _subject_be(para) and len(para) < 400 and _ended(before):
        return True  # "Councillor Clark be appointed chairman ...": the same, capitalised
    if _KEYWORD_LOST.search(before) and (SUBJUNCTIVE.search(para) or _subject_be(para)):
        return True  # "By affirmation of the meeting, it was" / "The minutes ... be signed."
    # (not a paragraph that moves its own motion: "... It was proposed by A seconded by B
    # that these minutes be signed" twice over is two motions, the second not the first's)
    if moved and MOTION.search(fold(before)) and (SUBJUNCTIVE.search(para) or para[:4] == "That"):
        return not MOTION.search(para)
    if not (k > 0 and _INFINITIVE_DECISION.match(para)) or _NONE_AFTER.search(para):
        return False  # (nor the agenda's words answered "none": "To note dispensations given
        # to any member ... None requested")
    # (not the agenda's words over the minute that tells what was done: "To approve the
    # minutes of the meeting held on 12 April." / "The Minutes ... were approved ...")
    after = paras[k + 1][1] if k + 1 < len(paras) else ""
    return not (_MINUTES_AGENDA.match(para) and _MINUTES_TOLD.search(after))


_NONE_AFTER = re.compile(
    r"(?i)[.\s]\s*(?:none|nil)(?:\s+(?:requested|received|declared|made|given|granted))?\.?\s*$"
)


# The agenda's words for the minutes, and the minute that tells they were approved.
_MINUTES_AGENDA = re.compile(r"(?i)To\s+\w+\s+(?:as\s+a\s+correct\s+record\s+)?the\s+minutes\b")
_MINUTES_TOLD = re.compile(
    r"(?i)\bminutes\b[^.]{0,160}?\b(?:were|was)\s+(?:duly\s+|formally\s+|unanimously\s+)?"
    r"(?:approved|confirmed|agreed|signed|adopted|accepted)\b"
)


# "To note the report.": a decision in the infinitive whose "RESOLVED" was dropped; not the
# agenda's standing words for the declarations and apologies every meeting receives ("To
# receive Declarations of Interest in accordance with the Code of Conduct").
_INFINITIVE_DECISION = re.compile(
    r"To\s+(?:note|approve|agree|endorse|receive)\b"
    r"(?!\s+(?i:(?:any\s+)?(?:declarations?|disclosures?|apologies)\b))"
    # (nor the agenda's words for what may come: "To receive notice of any urgent business
    # the Chairman considers ...", "To receive such communications as the Chairman may
    # desire to lay before the Council")
    r"(?!\s+(?i:(?:notice\s+of\s+)?(?:any|such)\b))"
)


# A part closed by what was decided of its subject, however long that is ("2. The proposed
# approach to accelerate delivery of new homes, new jobs, ... be approved."); not a view
# told ("... felt the scheme should be approved.").
_ENDS_DECIDED = re.compile(
    rf"{NO_MODAL_BEFORE}\bbe\s+(?:approved|noted|agreed|endorsed|adopted|accepted|"
    r"received|supported)\s*[.;]?$"
)
# A decision whose "RESOLVED that" was dropped, opening with its subject in capitals:
# "Councillor Clark be appointed chairman for the remainder of the year." The subject is a
# few words with no verb of its own (not "Members felt the item be deferred").
_SUBJECT_BE = re.compile(r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[\w'’.,&()/-]+){0,11}?)\s+be\s+\S")
# The date of the meeting whose minutes are the subject: "The minutes of the meeting held on
# 13th November be approved ..." ("held" there is no verb of the sentence).
_HELD_ON = re.compile(
    r"(?i)\s+held\s+(?:on\s+)?(?:the\s+)?(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"[a-z]+,?(?:\s+\d{4})?"
)
_NOT_A_SUBJECT = re.compile(
    r"(?i)\b(?:that|which|who|whom|whose|if|when|whether|felt|thought|said|suggested|asked|"
    r"requested|proposed|hoped|wished|recommended|would|should|could|will|may|might|must|can|to)\b"
)


def _subject_be(para: str) -> bool:
    m = _SUBJECT_BE.match(para)
    if not m or not SUBJUNCTIVE.search(para, m.end("subject") - 1):
        return False
    subject = _HELD_ON.sub("", m["subject"])
    if len(subject.split()) > 8:
        return False  # a sentence's words, not a subject's
    return not (FINITE_VERB.search(subject) or _NOT_A_SUBJECT.search(subject))
