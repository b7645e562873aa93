"""How a motion ended, read after it: carried ("... declared carried", "All agreed.", "and
unanimously elected"), lost ("Amendment lost."), or its seconder's words run on into what was
agreed; and the short sentence after a proposal that may carry it. motions.py reads them
after each motion it finds."""

from __future__ import annotations

import re

from ..model import Resolution
from .rules import near_miss, rule
from .sentences import ends_in_abbreviation

# A motion or amendment that fell: "Amendment lost.", "The motion was defeated", "On being
# put to Council the motion was LOST".
LOST = rule(
    "motion-lost",
    r"\b(?:motion|amendment)\s+(?:was\s+)?(?:lost|defeated|fell|not\s+carried)\b",
    "resolution",
    "On being put to Council the motion was LOST.",
)
near_miss("motion-lost", "The motion was carried.")
# The seconder's words run on into the decision: "proposed by X, seconded by Y and agreed that
# the Minutes be approved", "proposed, seconded and agreed the October minutes be adopted".
# (a stop that closes a title or an initial ends no sentence: "seconded by Cllr. Simmonett
# and agreed that")
_WORDS = r"(?:[^.;]|\.(?<=\bCllr\.)|\.(?<=\bMr\.)|\.(?<=\bMrs\.)|\.(?<=\bDr\.)|\.(?<=\b[A-Z]\.))"
SECONDED_AND_AGREED = re.compile(
    rf"{_WORDS}{{0,80}}?\band\s+(?:unanimously\s+)?(?:resolved|agreed)\s+(?:that\s+)?"
    r"(?:the|a|an|to)\b"
    # (or a member named, and what they be: "... and agreed that John Taverner be elected")
    rf"|{_WORDS}{{0,80}}?\band\s+(?:unanimously\s+)?(?:resolved|agreed)\s+that\s+"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+(?:be|should|would)\s",
    re.I,
)
# The seconder's words run on into its approval, in the motion's own sentence: "HM made
# motion to approve as amended, second RL and approved." (not a later sentence's "... had
# been submitted to WDC and approved.")
APPROVED_AFTER = re.compile(
    # (or as the record it approved: "were proposed, seconded and APPROVED as an accurate
    # record.")
    rf"{_WORDS}{{0,80}}?\band\s+(?:unanimously\s+)?approved"
    r"(?:\s+as\s+an?\s+(?:true|correct|accurate)(?:\s+and\s+\w+)?\s+record)?\s*(?:\.|$)",
    re.I,
)
# The seconder named, then the outcome alone after a dash or comma, closing the formula:
# "(Prop: MR, Sec: GD – agreed)", "Proposed: MR, Seconded: GD, carried." (not "... – agreed
# to defer", whose outcome is a sentence of its own).
SECONDER_AGREED = re.compile(
    # (or "unanimous": "(prop Cllr Rhind-Tutt, sec Cllr Matthews – unanimous.)")
    r"[^.;()\n]{0,40}?[,–—-]\s*(?:all\s+)?(?:(?:agreed|carried)(?:\s+unanimously)?|unanimous)"
    r"\s*(?:[.);]|$)",
    re.I,
)
# What stands before a motion's word when it says how one is to be put, not one put: "each
# nomination would need to be proposed and seconded".
HOW_TO_MOVE = re.compile(r"\b(?:would|should|must|could|can|may|need|needs|to)\s+be\s+\Z")
CARRIED = rule(
    "carried",
    r"\b(?:unanimously\s+agreed|declared\s+carried|was\s+carried|CARRIED|(?:Members|it\s+was)\s+"
    r"(?:unanimously\s+)?agreed)\b"
    r"(?!\s+(?:out|forward|over)\b)"  # (work to be done, not a vote: "be carried out")
    # "put to the vote and AGREED", "voted unanimously in favour", "all (those present) were
    # in favour"
    r"|\bput\s+to\s+the\s+vote\s+and\s+(?:was\s+)?(?:agreed|carried)\b"
    r"|\bvoted\s+(?:unanimously\s+)?in\s+favou?r\b|\bunanimously\s+in\s+favou?r\b"
    # (the rest in favour after an abstention: "one abstention (Cllr Hudson), rest in favour")
    r"|\b(?:the\s+)?(?:rest|remainder|all\s+others)\s+(?:were\s+)?in\s+favou?r\b"
    r"|\bthe\s+vote\s+was\s+unanimous\b"  # "SECONDED by Cllr J Wall. The vote was unanimous."
    # "Seconded by Councillor Peek / Vote unanimous to accept", "Seconded: Cllr Fisher Voting:
    # Unanimous."
    r"|\bvot(?:e|ing)\s*:?\s+unanimous\b"
    r"|\ball\s+(?:those\s+(?:present\s+|at\s+the\s+meeting\s+)?|members\s+(?:present\s+)?)?"
    r"(?:voting\s+)?(?:was\s+|were\s+)?in\s+favou?r\b"  # ("All voting was in favour")
    # "All present agreed.", "This was approved as such."
    # ("this was unanimously AGREED", "which was unanimously agreed")
    r"|\ball\s+(?:present\s+|members\s+)?agreed\b"
    r"|\b(?:this|which)\s+was\s+(?:unanimously\s+)?(?:approved|agreed|carried)\b"
    # "and unanimously approved/appointed", "unanimous approval", "by majority decision
    # agreed", "agreed by all", "was duly elected"
    r"|\bunanimously\s+(?:approved|appointed|elected|adopted|supported|resolved)\b"
    r"|\bunanimous\s+(?:approval|agreement|decision|vote|support)\b"
    r"|\b(?:carried|agreed|approved)\s+by\s+(?:a\s+)?majority\b"
    r"|\bby\s+(?:a\s+)?majority\s+(?:decision|vote)\s+(?:agreed|approved|carried|resolved)\b"
    r"|\bagreed\s+by\s+all\b|\b(?:was|were)\s+(?:duly\s+)?elected\b"
    # ("proposed, seconded and elected as Vice Chair", "... and unanimously voted that X
    # continue as Chairman", "... and voted onto the Council")
    r"|\band\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b|\bunanimously\s+voted\b"
    r"|\band\s+voted\s+(?:onto|on\s+to)\b"
    # ("the meeting duly elected Cllr R. Fisher by unanimity.", not "our duly elected
    # representative", "must be set by unanimity of the three councils")
    r"|\b(?:meeting|council|members|committee)\s+duly\s+(?:re-?)?elected\b"
    r"|\bby\s+unanimity(?=\s*(?:[.;]|$))"
    # ("On the proposition of Cllr A, and seconded by Cllr B, the Council authorised the Chair
    # to accept and sign the minutes")
    r"|\b(?:council|committee|board|panel)\s+(?:unanimously\s+)?(?:authori[sz]ed|resolved)\b"
    # ("seconded by DD. Passed by all as a true record", not "lorries passed by all the houses")
    r"|(?:^|(?<=[.!?]\s)|\b(?:was|were)\s+(?:then\s+)?)[Pp]assed\s+"
    r"(?:by\s+all(?:\s+present)?|unanimously)(?=\s*(?:[.;]|$|as\b))"
    r"|(?:^|(?<=[.!?]\s))(?:agreed|carried)(?:\s+unanimously)?\s*(?:\.|$)"  # "Seconded X. Agreed."
    # "... proposed that the notes be adopted, seconded by JP and resolved."
    # (or "..., Cllr Lamb seconded and they were agreed.", "... be donated, seconded and
    # passed.")
    r"|\band\s+(?:(?:it|they|this)\s+(?:was|were)\s+)?(?:unanimously\s+)?"
    r"(?:resolved|agreed|carried|passed)(?:\s+unanimously)?"  # ("... and agreed unanimously.")
    r"\s*(?:\.|$)"
    # (in Welsh: "gyda phawb yn gytûn", all agreeing, "pawb" mutated after "gyda"; "yn
    # unfrydol", unanimously)
    r"|\bp?h?awb\s+yn\s+gyt[uû]n\b|\byn\s+unfrydol\b",
    "resolution",
    "the motion was declared carried",
)
near_miss(
    "carried",
    "The motion was lost.",
    "On being put to the vote there were 3 in favour and 5 against, and the motion fell.",
)


# A member named proposing, no seconder named, the next short sentence carrying it:
# "Cllr. Griffiths proposed that the lights be delayed. All agreed."
PROPOSER_ALONE = re.compile(
    r"\b(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+proposed\s+that\b"
    # (or the one in the chair: "The Chairman proposed that two spare sets of keys ...")
    r"|\b[Tt]he\s+(?:Vice[- ]?)?Chair(?:man|woman|person)?\s+proposed\s+that\b"
    # (or a member named by initials, as a parish's minutes name them: "SC proposed that the
    # original decision be adopted. This was carried unanimously.")
    r"|(?<![\w.])[A-Z]{2,3}\s+proposed\s+that\b"
)
# The sentence after a proposal that opens by carrying it, however long it goes on: "This
# was agreed and the clerk was asked to action."
CARRIED_FIRST = re.compile(
    r"(?i)(?:this|which|it)\s+was\s+(?:then\s+)?(?:unanimously\s+)?(?:agreed|approved|carried)\b"
)
# A proposal carried in its own sentence, no seconder named: "Cllr Coad proposed that the
# minutes be accepted ..., this was unanimously AGREED", "Cllr Manning proposed approval of the
# minutes ... which was unanimously agreed", "Cllr Ash was nominated to remain as Chair by Cllr
# Birch and this was agreed unanimously" (an amendment carried is not the decision).
CARRIED_IN_SENTENCE = re.compile(
    r"(?i)^(?!.*\bamendment\b).*?\b(?:proposed|nominated|moved\s+(?:that|the)\b).{3,300}?"
    r"(?:(?:,|;|\band)\s*(?:this|which|it)|\swhich)\s+was\s+(?:then\s+)?(?:unanimously\s+)?"
    r"(?:agreed|carried|approved|resolved)(?:\s+unanimously|\s+by\s+all(?:\s+present)?)?\s*\.?$"
)
OUTCOME_WORDS = 6  # words of the sentence that carries a proposal with no seconder named
SECONDED_OUTCOME_WORDS = 12  # ... or a seconded one too long to read its outcome in


def outcome_after(tail: str, words: int = OUTCOME_WORDS) -> str:
    """The short sentence right after a proposal's, that may say it was carried ("All
    voting was in favour."); "" when the next sentence is longer or says it fell."""
    sentence = re.split(r"(?<=[.!?])\s+", tail.strip(), maxsplit=2)
    after = sentence[1] if len(sentence) > 1 else ""
    if len(after.split()) > words or LOST.search(after):
        return ""
    return after


# The vote that carried a decision, after its text, where the minutes run on in the same
# line ("RESOLUTION: To sign the minutes as an accurate record of the meeting held. All in
# favour. Motion carried. The Clerk reminded Councillors that ..."): the decision ends there.
VOTE_CLOSE = re.compile(
    r"(?<=[.!?])\s+(?:(?:Motion\s+carried|Carried(?:\s+unanimously)?|All\s+(?:were\s+)?in\s+"
    r"favou?r|Unanimously\s+agreed)\.\s*)+(?=[A-Z][a-z])"
)


# An agenda's proposal for its heading, "To resolve to adopt the supplementary Standing
# Orders addendum ...", "To approve the purchase of a bench", carried by a vote alone under
# it: "All in favour by a show of hands.", "Carried unanimously.", "Agreed unanimously."
_PROPOSAL = re.compile(
    r"(?i)to\s+(?:resolve|approve|adopt|agree|accept|ratify|consider\s+and\s+approve)\b"
)
_VOTE_ALONE = re.compile(
    r"(?i)\s*(?:all\s+(?:present\s+|members\s+)?(?:were\s+)?in\s+favou?r(?:\s+by\s+a\s+show\s+of\s+"
    r"hands)?|(?:carried|agreed)(?:\s+unanimously)?|unanimously\s+(?:agreed|carried))\s*\.?\s*"
)


def carried_agenda(text: str, title: str) -> list[Resolution]:
    """The heading's proposal as the decision where the item's minutes open with a vote
    that carries it and nothing else on their line."""
    first = text.strip().split("\n", 1)[0]
    if not _PROPOSAL.match(title) or not _VOTE_ALONE.fullmatch(first):
        return []
    return [Resolution(text=title)]


# A motion's words below who moved it, its lead closed by a colon: "It was proposed by A and
# seconded by B:-" / "That the minutes be approved as a correct record." / "This was carried
# unanimously." The decision is the words, not the lead.
_LEAD_CLOSE = re.compile(r":-?[ \t]*\n")
# A line that opens by voting on the words above it: "On being put to the vote ...",
# "Voting: 6 for, 1 against."; and a numbered part of the words, "2. That the Clerk ...".
_VOTE_FIRST = re.compile(
    r"(?i)(?:on\s+being\s+put\s+to\s+the\s+|upon\s+a\s+|on\s+a\s+)?vot(?:e|ed|ing)\b"
)
_PART_FIRST = re.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s")
_DECIDED_IN_LEAD = re.compile(
    r"(?i)\b(?:approved|agreed|carried|resolved|adopted|accepted|elected|appointed)\b"
)


def words_below(text: str, at: int, lead: str) -> str:
    """The motion's own lines under its lead (the sentence at `at`, closed by a colon at a
    line's end), to the first that ends its sentence (on through its numbered parts), never
    a line that opens by voting on it or carrying it, nor past a blank line; else the lead."""
    close = _LEAD_CLOSE.search(text, at, at + 300)
    if close is None or " ".join(text[at : close.end()].split()) not in lead + " ":
        return lead
    if _DECIDED_IN_LEAD.search(lead[: lead.find(":")]):
        return lead  # (the lead decides and lists its terms: "approved ..., subject to:")
    words: list[str] = []
    below = text[close.end() :].lstrip("\n")
    below = below[: end if (end := below.find("\n\n")) != -1 else len(below)]  # (its paragraph)
    lines = [ln.strip() for ln in below.split("\n")]
    for k, line in enumerate(lines):
        head = line[:30]
        if not line or _VOTE_FIRST.match(line) or CARRIED.search(head) or LOST.search(head):
            break
        words.append(line)
        ended = line.endswith((".", "!", "?")) and not ends_in_abbreviation(line, len(line))
        if ended and not _PART_FIRST.match(lines[k + 1] if k + 1 < len(lines) else ""):
            break  # (its own sentence ends it, its parts read on: what follows is what
            # became of it, or more)
    return " ".join(" ".join(words).split()) or lead
