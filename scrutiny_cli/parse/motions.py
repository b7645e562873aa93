"""Decisions recorded without RESOLVED: a motion visibly carried ("Proposed ... Seconded
... Unanimously agreed", "Prop. JB 2nd DD All agreed."), the body as the subject of a
decision verb ("The Council approves as accurate ..."); and the motion or amendment that is
only put, whose listed text is no decision (resolutions.py uses both)."""

from __future__ import annotations

import re

from ..model import Resolution
from ..read.text import fold
from . import sentences
from .house_style import HOUSE_STYLE
from .keywords import quoted_decision
from .parts import imperative_lines, split_parts
from .patterns import NOTED_OBJECT
from .rules import I, near_miss, rule
from .vote_outcomes import (
    APPROVED_AFTER,
    CARRIED,
    CARRIED_FIRST,
    CARRIED_IN_SENTENCE,
    HOW_TO_MOVE,
    LOST,
    OUTCOME_WORDS,
    PROPOSER_ALONE,
    SECONDED_AND_AGREED,
    SECONDED_OUTCOME_WORDS,
    SECONDER_AGREED,
    outcome_after,
    words_below,
)

# A motion put and carried: "Moved by X, seconded by Y and ...", "Proposed (AH) & Seconded
# (SB) that ... Unanimously agreed", "X proposed, Y seconded and Members agreed to note".
MOTION = rule(
    "motion",
    # (the parish shorthand too: "Prop. JB 2nd DD All agreed.", "Chair proposed BB as Vice
    # Chair. Sec MD. All agreed."; or the proposer and seconder named together: "GR was
    # proposed by MD & GB. All agreed.")
    # (the pair first: the general form would run on to the next motion's seconder)
    # (each form opens with one of these letters, looked at first)
    r"(?=[cimnop])(?:"
    r"\bproposed\s+by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*))?\s+(?:&|and)\s+(?-i:[A-Z])"
    # (a nomination carried at once, no seconder named: "John Hume was proposed and elected
    # as Chair"; before the general form, which would run on to the next one's seconder)
    r"|\bproposed(?=\s+and\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b)"
    # (or its proposer named and all agreeing at once, no seconder: "Signed as true by Chair
    # (GR) Proposed by BB agreed by all")
    r"|\bproposed\s+by\s+[^.;,\n]{1,40}?(?=\s+(?:and\s+)?(?:agreed\s+by\s+all|all\s+agreed|"
    r"unanimously\s+agreed)\b)"
    # (or a nomination seconded: "Cllr Ash nominated himself, seconded by Cllr Birch, and
    # unanimously agreed")
    # (glued to the proposer's name by a converter too: "Councillor Drewproposed and ...")
    # (or a form's labels: "Proposer: Cllr Rudge Seconder: Cllr Jackson Carried: Unanimously")
    r"|(?:\b|(?<=[a-z])(?=proposed\s))(?:moved|proposed|proposer|nominated|on\s+(?:a|the)\s+"
    r"propos(?:al|ition)\s+(?:by|of|from)|motion|"
    r"prop\.?)(?!\w)"
    r".{0,200}?"
    r"(?:\bseconded\b|\bseconder\b|\b2nd\s+(?-i:[A-Z])"
    r"|\bsec[.:]?\s+(?-i:[A-Z])"  # ("Prop: MR, Sec: GD – agreed")
    # ("second" before a member's initials: "HM made motion to approve, second RL and approved")
    # (after a comma or the proposer's initials, never "a second SID")
    r"|(?:(?<=[,;]\s)|(?<=[A-Z]{2}\s))second\s+(?-i:[A-Z]{2,3})(?=\s+(?:and|&)\s|\s*[,.;]))"
    # a proposal no one is named seconding, carried all the same: "It was proposed that the
    # council proceeds with the quote. All voting was in favour."
    r"|\bit\s+was\s+proposed\s+(?:by\s+(?-i:[A-Z])[^.;,]{1,60}?\s+)?that\b"
    # (in Welsh: "Cynigiwyd gan y Cyng. Arwel Davies, eiliwyd gan y Cyng. A. Thomas")
    r"|\bcynigiwyd\b.{0,200}?\beiliwyd\b)",
    "resolution",
    "It was moved by Councillor Bayliss seconded by Councillor K Merrie and",
    flags=I | re.DOTALL,
)
near_miss(
    "motion", "The property was moved to the 2nd floor.",
    "The motion for a second CIL payment was discussed.",
)  # fmt: skip
# Another motion's word inside a nomination's span: the seconder after it is that motion's.
ANOTHER_MOTION = re.compile(r"(?i)(?:proposed|nominated|moved)\b")


def house_style(text: str, keyword_page: bool = False) -> list[Resolution]:
    """Where nothing else records a decision: a motion visibly carried, or the body as
    the subject of a decision verb."""
    folded = fold(text)
    out: list[Resolution] = []
    at = 0
    while (m := MOTION.regex.search(folded, at)) is not None:
        at = m.end()
        if m.group()[:9].lower() == "nominated" and ANOTHER_MOTION.search(m.group(), 9):
            at = m.start() + 9  # (a nomination no one seconded: the seconder is another's,
            continue  # "X nominated himself and then withdrew. Cllr Cox PROPOSED ... seconded")
        tail = folded[m.end() : m.end() + 300]
        if m.group().lower().startswith("it was proposed that"):
            # (no seconder: the very next sentence carries it, after a proposal however long)
            tail = outcome_after(folded[m.end() : m.end() + 800])
        elif m.group()[:9].lower() == "nominated":
            # (one of several nominees: only its own sentence or the next elects it, not the
            # vote that elected another, "A was nominated by ... B was nominated by ... On a
            # vote being taken, B was elected")
            tail = " ".join(re.split(r"(?<=[.!?])\s+", tail, maxsplit=2)[:2])
        carried = (
            CARRIED.search(tail)
            or SECONDED_AND_AGREED.match(tail)
            or APPROVED_AFTER.match(tail)
            or SECONDER_AGREED.match(tail)
        )
        # (a seconded motion too long to read its outcome in the words after it: "...
        # amended accordingly. The Motion was put to the vote and declared CARRIED.")
        if not carried and "second" in m.group().lower():
            tail = outcome_after(folded[m.end() : m.end() + 800], SECONDED_OUTCOME_WORDS)
            carried = CARRIED.search(tail)
        lost = LOST.search(tail)
        if lost and (not carried or lost.start() < carried.start()):
            continue  # (the motion fell before anything after it was carried)
        if carried and not HOW_TO_MOVE.search(folded, max(0, m.start() - 30), m.start()):
            out.append(
                Resolution(text=_with_subject(text, m.start(), _motion_sentence(text, m.start())))
            )
    # (the sentences, read once, for proposals carried after them or within them)
    spans = sentences.spans(folded) if _PROPOSAL_WORD.search(folded) else []
    for m in PROPOSER_ALONE.finditer(folded) if " proposed that" in folded else ():
        a, b = sentences.sentence_at(folded, m.start(), spans)
        nxt = next((folded[x:y] for x, y in spans if x >= b), "")
        if "second" in folded[a:b].lower() or (
            len(nxt.split()) > OUTCOME_WORDS and not CARRIED_FIRST.match(nxt)
        ):
            continue  # (seconded: a motion read above, or left as it was)
        if CARRIED.search(nxt) and not LOST.search(nxt):
            out.append(Resolution(text=text[a:b]))
    out += _carried_in_sentence(text, folded, spans, out)
    for m in HOUSE_STYLE.regex.finditer(folded):
        verb = m["verb"].lower()
        # (the vote on a nomination read above, "... the meeting duly elected", or on a motion,
        # the body agreeing with no object of its own: "This was seconded by Mr Lace and the
        # Board unanimously agreed.")
        bare = verb == "elected" or _NO_OBJECT.match(folded, m.end("verb")) is not None
        if bare and out and _carries_motion(text, out[-1], m.start("body")):
            continue
        if verb.startswith("note") and (
            keyword_page or not NOTED_OBJECT.match(folded[m.end("verb") :])
        ):
            continue
        sentence = _sentence_of(text, m.start("body"))
        if _DECLARED.search(sentence) or _asked_or_quoted(folded, m.start("body"), sentence):
            continue  # "Members accepted and declared a personal interest": no decision
        if quoted_decision(folded, m.start("body")) or _noted_entry(text, m.start("body")):
            continue  # another meeting's: "At the last meeting Members authorised ..."
        if moved := _moved_after(text, sentence, out):
            moved.text = sentence  # (the motion read after it, "... agreed that ... This was
            continue  # proposed by ...", is this decision, told in these words)
        if not any(sentence in r.text or r.text in sentence for r in out):
            parts = _parts_led_into(text, m.start("body"))
            if not parts and _leads_into_nothing(text, sentence):
                continue  # ("... agreed the following:" closing the item: its rows are below)
            out += parts or [Resolution(text=_with_tasks(text, m.start("body"), sentence))]
    return out


# A list of what was noted or reported, each entry another body's doing: "The following was
# noted:" / "• The Committee approved a Flexible Retirement Policy ...".
_NOTED_LEAD = re.compile(
    r"(?i)\b(?:(?:was|were)\s+(?:noted|reported)|noted\s+(?:the\s+following|that))\s*:-?$"
)


def _noted_entry(text: str, at: int) -> bool:
    """Whether the words at `at` are a bullet of a list led into by what was noted."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].lstrip().startswith(("•", "·")):
        return False
    above = text[:start].splitlines()
    for k in range(len(above) - 1, -1, -1):
        line = above[k].strip()
        if not line or line.startswith(("•", "·")):
            continue
        if k and above[k - 1].strip() and not line.endswith(":"):
            continue  # (a bullet's words wrapped onto a line of their own)
        return _NOTED_LEAD.search(line) is not None
    return False


def _leads_into_nothing(text: str, sentence: str) -> bool:
    """A lead-in ("... and agreed the following:") with nothing after it in the item."""
    end = text.find(sentence) + len(sentence)
    return sentence.rstrip().endswith((":", ":-")) and not text[end:].strip()


_PROPOSAL_WORD = re.compile(r"(?i)\b(?:proposed|nominated|moved)\b")
_THIS_MOVED = re.compile(r"(?i)(?:this|which)\s+was\s+(?:then\s+)?(?:proposed|moved)\b")


def _moved_after(text: str, sentence: str, motions: list[Resolution]) -> Resolution | None:
    """The motion read right after the sentence that points back to it, whose decision the
    sentence tells: "All members agreed that ... notice. This was proposed by Cllr Ash and
    seconded by Cllr Oak. All members in favour"."""
    end = text.find(sentence) + len(sentence)
    for motion in motions:
        at = text.find(motion.text, end)
        if _THIS_MOVED.match(motion.text) and 0 <= at - end <= _GAP:
            return motion
    return None


_GAP = 3  # characters between a sentence and the motion after it that points back


_VOTE_REACH = 300  # characters after a motion its vote may be told in


_NO_OBJECT = re.compile(r"(?:\s+unanimously)?\s*(?:[.;]|$)")


def _carries_motion(text: str, motion: Resolution, at: int) -> bool:
    """Whether the sentence at `at` tells the vote on a motion read just above it, in the
    same paragraph ("Cllr Ash proposed ... The proposal was seconded ... the meeting duly
    elected Cllr Birch"); the motion's words found however its lines were wrapped."""
    found = re.search(r"\s+".join(map(re.escape, motion.text.split())), text)
    between = text[found.end() : at] if found else ""
    return found is not None and len(between) <= _VOTE_REACH and "\n\n" not in between


def _carried_in_sentence(
    text: str, folded: str, spans: list[tuple[int, int]], found: list[Resolution]
) -> list[Resolution]:
    """Proposals no one is named seconding, carried in their own sentence ("..., this was
    unanimously AGREED"), that no motion above has already read."""
    out = []
    for a, b in spans:
        if not CARRIED_IN_SENTENCE.search(" ".join(folded[a:b].split())):
            continue
        sentence = " ".join(text[a:b].split())
        if not any(sentence in r.text or r.text in sentence for r in found):
            out.append(Resolution(text=sentence))
    return out


# A paragraph that opens with a part's mark: "1. To approve ...", "(b) ...", "ii) ...".
_PART_PARAGRAPH = re.compile(
    r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[•·])(?:\s|(?<=[a-z]\.)(?=[A-Z][a-z]))"
)  # (a letter's stop glued to its part's first word too: "a.All ivy removed ...")


def _parts_led_into(text: str, at: int) -> list[Resolution]:
    """The parts a house-style decision leads into with its colon ("The Executive agreed
    the recommendations as outlined above namely:" / "1. To approve ..." / "1. To grant
    ..."), as a keyword's are counted; none where it leads into fewer than two."""
    line_end = text.find("\n", at)
    if line_end < 0 or not text[:line_end].rstrip().endswith(":"):
        return []
    end = line_end
    for para in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text[line_end:]):
        if not _PART_PARAGRAPH.match(para.group()):
            break
        cut = _parts_end(para.group())
        end = line_end + para.start() + cut
        if cut < len(para.group()):
            break  # (the parts ended inside it: what follows is no part)
    parts = split_parts(text[text.rfind("\n", 0, at) + 1 : end])
    return parts if len(parts) >= 2 else []


def _parts_end(para: str) -> int:
    """Where a paragraph of parts ends: at a line that is no part, opening a new sentence
    after one closed ("e. The tree be made safe." / "The Clerk to write a specification.")."""
    at = 0
    for line in para.splitlines(keepends=True):
        closed = at and para[:at].rstrip().endswith(".")
        if closed and line[:1].isupper() and not _PART_PARAGRAPH.match(line):
            return at
        at += len(line)
    return at


def _with_tasks(text: str, at: int, sentence: str) -> str:
    """The decision's sentence with the paragraphs its "agreed to:" leads into."""
    line_end = text.find("\n", at)
    lead = text[text.rfind("\n", 0, at) + 1 : line_end] if line_end >= 0 else ""
    entries = imperative_lines(lead, text[line_end:], False) if lead else []
    return "\n".join([lead.strip(), *entries]) if entries else sentence


_DECLARED = re.compile(r"(?i)\bdeclared\b.{0,80}\binterests?\b")
_QUESTION = re.compile(r"\?|^(?:Could|Would|Can|Will|When|Why|How|What|Does|Do|Is|Are)\b")


def _asked_or_quoted(folded: str, at: int, sentence: str) -> bool:
    """A question ("Could you tell us when this Council agrees that ...?") or words quoted
    inside the paragraph (an open quotation mark before them) decide nothing."""
    start = folded.rfind("\n\n", 0, at) + 1
    if _QUESTION.search(sentence) or folded.count('"', start, at) % 2 == 1:
        return True
    return _quoted_paragraph(folded, start)


def _quoted_paragraph(folded: str, start: int) -> bool:
    """A paragraph in quotation marks, or closed by one after a lead-in ("... changing the
    following sentence from:-" / "Given the scale of the project the Committee agreed
    that ... Register.'"): the words of other minutes, quoted to amend them."""
    if not _AMENDS.search(folded[:start].rstrip()[-120:]):
        return False  # (after "moved the following motion:" the quotation is the decision)
    end = folded.find("\n\n", start)
    paragraph = folded[start : end if end != -1 else len(folded)].strip()
    wholly = paragraph[:1] in "'\"" and paragraph[-1:] in "'\""
    inside = paragraph[1:-1] if wholly else paragraph[:-1]
    # (one quotation, whole or closed by a mark opened above it; not "'Wyvern in Bloom' – ...")
    return (wholly or bool(_CLOSING_QUOTE.search(paragraph))) and not _OPENING_QUOTE.search(inside)


_CLOSING_QUOTE = re.compile(r"[.!?]['\"]$")
_OPENING_QUOTE = re.compile(r"['\"](?=\w)|(?<=\s)['\"]")
# A lead-in that quotes words to amend them: "changing the following sentence from:-", "to
# read as follows:-", "amended to read:".
_AMENDS = re.compile(
    r"(?i)\b(?:from|to\s+read|reads?|reading|as\s+follows|following\s+(?:sentence|wording|"
    r"words|paragraph)|amended|replaced?|deleted?|inserted?)\b[^.\n]{0,40}:-?$"
)


def _sentence_of(text: str, at: int) -> str:
    """The sentence (within its line) at a place; a stop after "Cllr." or an initial ends
    none ("It was proposed by Cllr. P. Harries, seconded ...")."""
    start = text.rfind("\n", 0, at) + 1
    for stop in _FULL_STOP.finditer(text, start, at):
        if not sentences.ends_in_abbreviation(text, stop.start() + 1):
            start = stop.end()
    end = len(text)
    for stop in _FULL_STOP.finditer(text, at):
        if stop.group().startswith("\n") or not sentences.ends_in_abbreviation(
            text, stop.start() + 1
        ):
            end = stop.start() + (not stop.group().startswith("\n"))
            break
    return re.sub(r"\s+", " ", text[start:end]).strip()


_FULL_STOP = re.compile(r"\.[ \n]|\n\n")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
# A vote's formula alone, its subject in the sentence before: "Prop. DD, 2nd BB, All in
# favour.", "Cllr Precey proposed acceptance; Cllr Taylor seconded; Carried." (not "Proposed
# by Cllr A that the minutes be approved").
_FORMULA_ONLY = re.compile(
    r"(?i)^(?:prop(?:osed)?\b\.?|moved\b|(?:cllr|councillor)\s+\S+\s+proposed\b)"
    r"(?![^.]*\b(?:that|to)\b)[^.]{0,80}\.?$"
)


def _motion_sentence(text: str, at: int) -> str:
    """The sentence of a motion at a place, or its words below where it is their lead."""
    return words_below(text, at, _sentence_of(text, at))


def _with_subject(text: str, at: int, sentence: str) -> str:
    """A motion's sentence, after the sentence before it where it is only the vote's
    formula ("It was agreed to continue with CGM for 2015. Prop. DD, 2nd BB, All in
    favour.")."""
    if not _FORMULA_ONLY.match(sentence):
        return sentence
    line_start = text.rfind("\n", 0, at) + 1
    # (the sentence before it on its line, or the lines above: "Cllr Haines nominated Cllr
    # Lawton. Proposed: Cllr Haines, seconded: Cllr Simpson.")
    before = text[: at if text[line_start:at].strip() else line_start].rstrip()
    if not before.endswith((".", "!", "?")):
        return sentence
    # (the whole of that sentence, however long: a window's edge would start it mid-word)
    last = " ".join(_SENTENCE_BREAK.split(before)[-1].split())
    return f"{last} {sentence}" if len(last.split()) >= 3 else sentence


def motion_put(block: str, after: str) -> bool:
    """A motion or amendment moved in these parts, not the decision: its text, quoted or
    listed, before the vote ("Mr A proposed, and Mr B seconded the motion that ...:" /
    "a) Note the report;" ... / "Amendment lost."). The decision is its RESOLVED."""
    first = fold(block.split("\n", 1)[0])
    return bool(MOTION.search(first) or LOST.search(fold(after[:80])))


# Who moved and seconded a motion, closed by a colon before its text: "It was proposed by
# Councillor Walker and seconded by Councillor Ruston:-" / "That Councillor Purchese be elected".
_MOVED_LEAD = re.compile(r"(?i)\b(?:proposed|moved|seconded)\b[^.;]{0,160}?:-?\s*$")


def motion_quoted(before: str, after: str) -> bool:
    """Whether a "That ..." paragraph is a motion's text quoted under who moved it, with no
    outcome after it: it may yet be lost (a rival's nomination), and the RESOLVED after the
    vote is the decision."""
    lead = _TITLE_STOP.sub("", fold(before))  # ("... seconded by Councillor Mrs. Rigden:-")
    if CARRIED.search(lead):
        return False  # (its outcome told in the lead: "... seconded by B and carried:-")
    return bool(_MOVED_LEAD.search(lead)) and not CARRIED.search(fold(after[:120]))


# A title's or an initial's stop: "Mrs. Rigden", "Councillor P. Windsor".
_TITLE_STOP = re.compile(r"(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.|(?<=\bCllr)\.|(?<=\b[A-Z])\.")
