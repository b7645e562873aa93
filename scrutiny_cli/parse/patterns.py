"""The phrase tables of minutes, kept as data: items and resolutions (attendance is
attendance_cues.py's; minute references ref_rules.py's, and what a later minute says of an
earlier request ref_effects.py's; requests and actions requests.py's).

Every rule carries an example it must match, and near-misses that must not match
(tests/test_patterns.py checks both). Matching is done on text folded by read.text.fold
(straight quotes and hyphens), so rules write ' and - only. Layout cues live with the
stage that uses them: lines.py, header.py, numbers.py, titles.py, sections.py.
"""

from __future__ import annotations

import re

from .rules import I, M, Rule, near_miss, rule

__all__ = ["Rule"]

# --- Items ------------------------------------------------------------------------------

# "... view the full minutes text for item 19." ends a cut item on a ModernGov page.
TRUNCATION = rule(
    "truncation",
    r"\s*(?:\.\.\.|…)\s*view the full (?:minutes|decision|agenda) text for item\s*\S+?\.?\s*$",
    "item",
    "the Cabinet  ...  view the full minutes text for item 8.",
)
MEETING_END = rule(
    "meeting-end",
    r"^\(?(?:The\s+)?meeting\s+(?:closed|ended|finished|terminated|concluded)\b.*$",
    "item",
    "(Meeting closed at 4.00 pm)",
)

# --- Resolutions --------------------------------------------------------------------------

# Where a resolution block starts. Capitalised RESOLVED/AGREED/NOTED (or DECIDED, as some
# councils write it) is a marker wherever it stands ("After debate it was RESOLVED that",
# "Cabinet RESOLVED that"); mixed case at the start of a line ("Resolved –", "Agreed that
# ...", "Recommended   that ..."); "It was resolved ..." and "The Committee resolved:-" in
# any case. Every alternative must hold one of keywords.MARKER_WORDS, at most LEAD_IN
# characters from its start, and need nothing after it beyond the next line that is not
# blank; before a keyword in capitals only _CAPS_LEAD may stand, and a marker word not in
# capitals is used only where _may_open allows: the rule is only tried around those words
# (keywords.py), and tests/test_resolutions.py checks it against a whole scan.
# A body deciding: "The Council", "Members", "the Parish Council", "Councillors"; or "We",
# as a council that minutes in the first person writes ("We resolved that ...").
BODY_SUBJECT = (
    r"(?:(?:[Tt]he\s+)?(?:(?:[Pp]arish|[Tt]own|[Cc]ommunity|City|County|Full|[Pp]lanning|Scrutiny)\s+)?"
    r"(?:[Cc]ouncil|[Cc]ouncillors|[Cc]ommittee|Sub-Committee|[Bb]oard|[Pp]anel|[Mm]embers|Cabinet"
    r"|[Mm]eeting)|We)"
)
# A paragraph's or minute's number opening a line ("2.4", "19/8"), as lookbehinds of one width.
_LINE_NUMBER = "|".join(
    [rf"(?<=^{a}\.{b})" for a in (r"\d", r"\d\d") for b in (r"\d", r"\d\d")]
    + [rf"(?<=^{a}/{b})" for a in (r"\d\d", r"\d{4}") for b in (r"\d", r"\d\d", r"\d{3}")]
    # (or a list's letter: "a. Resolved to re-appoint the two standing committees", "(b)")
    + [r"(?<=^[a-h][.)])", r"(?<=^\([a-h]\))"]
)
RESOLUTION_START = rule(
    "resolution-start",
    # (its "It was" in capitals too: "... under Standing Order 1C. IT WAS AGREED.")
    r"(?:\b(?:[Ii]t|IT)\s+(?:was|WAS)\s+(?:unanimously\s+)?|\b(?:UNANIMOUSLY|Unanimously)\s+)?"
    # (not a person's word: "He AGREED to contact the Footpaths Officer" is an undertaking)
    r"(?<!\b[Hh]e\s)(?<!\b[Ss]he\s)(?<!\bClerk\s)(?<!\bChair\s)(?<!\bChairman\s)"
    r"\b(?:RESOLVED|AGREED|RECOMMENDED|NOTED|DECIDED)\b"
    # (or "RESOLVE:" as a label, its "D" lost: "RESOLVE: The minutes ... were confirmed"; or
    # "DECISION:" in capitals opening a line or a sentence: "... record. DECISION: The ...")
    r"|\bRESOLVE(?=\s*:)|(?:^|(?<=[.!?]\s))DECISIONS?(?=\s*:)"
    # ("ORDERED that ...", as some councils record decisions; only before its decision,
    # or its parts: "ORDERED as follows:- 1. That ...")
    r"|\bORDERED(?=\s*[:\-–]|\s+(?:that|That|THAT|as\s+follows)\b)"
    # (at a line's start, or a bullet's: "• Resolved that the minutes be signed")
    # (or after a label's colon: "Payments for authorisation: Resolved to pay: ...")
    # (or after "And" opening the line, the motion's mover and seconder above it: "And
    # Resolved:")
    # (or run on after the discussion with no stop, its dash and its verb after it: "...
    # a mower & plants Resolved – to approve expenditure up to £400")
    r"|(?<=[a-z] )(?:Resolved|Agreed)(?=[ \t]*[:\-–][ \t]*(?:that|[Tt]o)[ \t]+[a-z])"
    # (or after a topic's dash: "Citizen's Advice – Agreed to provide a donation of £30.00.")
    # (or after a bullet run on after a stop: "... to be transacted. • Resolved: That ...")
    r"|(?:^|(?<=^• )|(?<=\w:\s)|(?<=\w\s[-–]\s)|(?<=[.!?]\s•\s))"
    r"(?:It\s+was\s+(?:unanimously\s+)?|And\s+)?"
    r"(?:Resolved|Agreed|Recommended|Decided)\b"
    # (or the decision's own number: "Resolved 15/03/12.01 That ..."; or a flattened
    # table's next cell: "Resolved / All in favour", "Resolved | Recirculate ...")
    r"(?=\s*[:\-–;,(]|\s*$|\.[ \t]*$|\s+that\b|\s+[Tt]o\b|\s+That\b|\s+[/|]\s+\S"
    r"|\s+\d{1,4}(?:[./]\d{1,4}){1,3}\s)"
    # (or the member it elects or appoints: "Resolved Cllr M Wakerly would be Chairman", not
    # a note of what someone did: "Resolved Mrs Green reported ...", "Resolved Dr Patel's")
    r"|(?:^|(?<=^• ))Resolved(?=\s+(?:Cllrs?\.?|Councillors?|Mrs?|Ms|Dr)\s+[A-Z][\w.-]*"
    r"(?!['’]s\b)[^.;\n]{0,80}?\s(?:be|would)\b"
    # (or what it accepted: "Resolved The Minutes of the meeting ... was unanimously accepted")
    r"|\s+The\s+[^.;\n]{3,120}?\s(?:was|were|be)\s+(?:unanimously\s+)?"
    r"(?:accepted|approved|adopted|agreed|confirmed)\b)"
    # (after a paragraph's number: "2.4        Resolved – that Cllr Wall is duly elected"; or
    # a minute's, its line its decision: "19/8 Resolved to approve the minutes")
    rf"|(?:{_LINE_NUMBER})[ \t]+(?:Resolved|Agreed)"
    r"(?=\s*[:\-–;,(]|\s+that\b|\s+[Tt]o\b|\s+That\b)"
    # (the keyword capitalised too: "following a discussion it was Resolved (minute 0312 - 2)")
    r"|\b[Ii]t\s+was\s+(?:(?:unanimously|therefore|then|further|also|subsequently)\s+){0,2}"
    r"resolved\b|\b[Ii]t[ \t]+was[ \t]+Resolved\b"
    # "The Council resolved to ask the Clerk ...", "Members resolved that ...", "The Committee
    # resolved:- to approve the minute": the body as the subject, opening its sentence (a
    # problem that "was resolved" is none, nor is "noted that Cabinet resolved to proceed").
    # (or after "and": "The minutes were discussed and the Council resolved to sign them")
    rf"|(?:^|(?<=[.!?,] )|(?<=\band ))\b{BODY_SUBJECT}\s+"
    r"(?:(?:unanimously|therefore|then|also)\s+)?[Rr]esolved(?:\s+unanimously)?"
    # (or "to:" before its parts: "Committee resolved to:" / "i) Approve the proposals")
    # (or "that" over its bullets: "The Town Council resolved that • the Minutes ...")
    # (or a member or a body named after "that": "Members resolved that Cllr Bridge should
    # chair the meeting", "members resolved that LCC proceed with clearance of the plot")
    r"(?=\s+(?:that|(?:not\s+)?to),?\s+[a-z]|\s+that\s+[•·]\s|\s+no\s+objections?\b|\s*:-?[ \t]*\S"
    r"|\s+that\s+(?:(?:Cllrs?|Councillors?|Mrs?|Ms|Dr)\.?\s+[A-Z]|[A-Z]{2,5}\s+[a-z])"
    r"|\s+to\s*:-?[ \t]*$)"
    # ("The Executive resolved as follows:" over its parts)
    r"|^(?:The[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){1,5}(?:resolved|agreed|decided)"
    r"(?:[ \t]+as[ \t]+follows)?\s*:\s*-?\s*$"
    r"|^It\s+was\s+(?:unanimously\s+)?agreed\s*:\s*-?\s*$"
    r"|(?<=[.!?]\s)(?:Agreed|Resolved|Decided|AGREED|RESOLVED|DECIDED)\.?[ \t]*$"
    # (or after a dash closing the line: "3. Order of the Agenda – add item 7 – agreed")
    r"|(?<=\s[-–]\s)(?:agreed|Agreed|resolved|Resolved)\.?[ \t]*$"
    # (or a comma before its "that": "This was agreed. Resolved, that subject to ...")
    r"|(?:(?<=[.!?]\s)|(?<=\band\s))(?:Resolved|Agreed)(?=\s*[:\-–]|\s+that\b|\s+That\b"
    r"|,\s+(?:that|That)\b"
    # ("Cllr Hill (Away). Resolved to accept these apologies")
    r"|(?<=Resolved)\s+to\s+[a-z])"
    # (after a stop, the subjectless decision of terse minutes: "... were discussed. Agreed to
    # purchase two new bins.", "Unanimously agreed to accept the quote.")
    # (a part's number is no stop: "That Cabinet" / "1. Noted ..." / "2. Agreed to retain")
    # (or who will do it: "... the plan. Agreed Nick Walker and Ian Ash would review the draft")
    r"|(?<=[.!?]\s)(?<!^\d\.\s)(?<!^\d\d\.\s)Agreed(?=\s+to\s+[a-z]"
    r"|\s+(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?){1,10}(?:would|will|should)\s+[a-z])"
    # (a label's colon glued on, after any word, where a page's lines were run together:
    # "... The vote was 3:5. 1 Against Resolved: Councillor Forrest is Mayor")
    r"|(?<=\w\s)(?:Resolved|Agreed|Decided)(?=:\s*\S)"
    # (and how wholly: "Agreed by all that the ladder could be installed in-house.")
    r"|(?:^|(?<=[.!?]\s))(?:Agreed|Resolved)\s+(?:by\s+all(?:\s+present)?|unanimously)"
    # (not "Agreed by all that had attended ...", nor "Agreed by all to be the best option")
    r"(?=\s+(?:that\s+(?!(?:had|have|has|was|were|is|are|attended|came|voted)\b)\S"
    r"|to\s+(?!be\s+(?:a|an|the)\b)[a-z]))"
    r"|(?:^|(?<=[.!?]\s))(?:Unanimously|UNANIMOUSLY)\s+agreed(?=\s+(?:to\s+[a-z]|that\b))"
    # (the minutes' approval as a line of its own: "Agreed and signed", not a signature's
    # footer over "Chairman ... Date ...", nor "Agreed and signed lease from the Scouts")
    r"|^Agreed(?=\s+and\s+signed(?:\s+by\s+the\s+(?:Chair(?:man|person)?|Mayor)"
    r"|\s+as\s+(?:a|the)\s+(?:true|correct|accurate)\s+record)?[ \t]*\.?[ \t]*$"
    r"(?!\s*(?:Chair|Signed|Date|Mayor|\.{3}|…|_{3})))"
    # "Proposed Cllr A, seconded Cllr B, and resolved to award ...", "unanimously resolved that"
    # ("nominated and resolved that Councillor X remain", "Calc subscription - resolved to pay")
    # ("After discussion, resolved not to object", "seconded Cllr B, resolved to accept")
    # ("Members participating Unanimously Resolved that ...", "... Unanimously Resolved to")
    r"|(?<=\b[Uu]nanimously\s)Resolved(?=\s+(?:that\s+\S|to\s+[a-z‘'\"]))"
    r"|(?:(?<=\band\s)|(?<=\bunanimously\s)|(?<=\s[-–]\s)|(?<=,\s))resolved(?=\s+(?:that\s+\S|"
    r"(?:not\s+)?to\s+(?!(?:the|a|an|all|every\w*|his|her|their|its|our|this|that|them|him|us)\b)"
    r"[a-z]|no\s+objections?\b))",
    "resolution",
    "RESOLVED that the Scrutiny Board:",
    flags=M,
)
# "1)", "(1)", "1.", "(a)", "a)", "(i)", "ii.", "A.", "(A)" at the start of a part (after an
# optional bullet); a bare capital and a space ("A Subject to ...") only where B follows.
PART_MARKER = rule(
    "part-marker",
    # (a recommendation's number as printed: "R1. Members note ...", "R2. That ...")
    # (a stray stop after the bracket too: "(a).      that the minor changes ...")
    r"^[ \t]*(?:•\s*)?(?:\((?P<p1>\d{1,2}|[a-z]|[A-Z]|[ivx]{1,5})\)\.?"
    # (a letter's stop glued to its part's first word, as Word's lost tab leaves it: "a.All ivy
    # removed from the walls.")
    r"|(?:R(?=\d))?(?P<p2>\d{1,2}|[a-z]|[A-Z]|[ivx]{1,5})(?P<close>[).]))"
    r"(?:(?=\s)|(?<=[a-z]\.)(?=[A-Z][a-z]))\s*",
    "resolution",
    "1)  the Scrutiny Board note the briefing note",
    flags=M,
)
# What to strip from a one-sentence resolution: "RESOLVED that", "RESOLVED –", "Resolved: That;".
RESOLUTION_PREAMBLE = rule(
    "resolution-preamble",
    r"^(?:It\s+was\s+|IT\s+WAS\s+|The\s+\w+(?:\s+\w+)?\s+|\w+\s+)?"
    r"(?:(?:unanimously|therefore|then|further|also|subsequently)\s+){0,2}"
    r"(?:RESOLVED|AGREED|RECOMMENDED|NOTED|DECIDED|ORDERED|RESOLVE(?=\s*:)|Decisions?|DECISIONS?|Resolved|"
    r"Agreed|Recommended|Decided|"
    r"resolved|agreed|decided)(?!\s+and\s+signed\b)"  # ("Agreed and signed" says it all)
    r"(?:\s+(?:by\s+all(?:\s+present)?|unanimously)(?=\s+(?:that|to)\b))?"  # ("Agreed by all that")
    r"\s*(?:\((?:unanimously|nem\.? con\.?)\)\s*)?(?:\d{1,4}(?:[./]\d{1,4}){1,3}\s+)?"
    # (and the decision's own minute in brackets: "Resolved (minute 0312 - 2(ia)) that")
    r"(?:\(\s*min(?:ute)?\.?\s+[\w./ -]{1,20}(?:\([a-z0-9]{1,4}\))?\)?\s*)?"
    r"(?:[:\-–;,]+\s*){0,2}"  # (": -", as "It was RESOLVED: -" is printed)
    r"(?:[/|]\s+)?"  # (a flattened table's cell: "Resolved / All in favour")
    # ("Resolved to RECOMMEND:  (to Council)" / "That ...": the keyword's, and to whom)
    r"(?:to\s+recommend\s*[:\-–]+\s*)?(?:\(\s*to\s+(?:the\s+)?[A-Z][^()]{1,40}\)\s*)?"
    # "RECOMMENDED to the Executive that ...": to whom belongs to the keyword, not the text
    # (glued to the next word too, "thatthe", "thatProfessor"; but a name that opens with it
    # is no "that": "RESOLVED THATCHAM PHOTOGRAPHIC CLUB ...", "Thatcham Town Council")
    r"(?:to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+){1,5}that\s+"
    r"|(?-i:that|That(?![a-z])|THAT(?![A-Z]{2}))\s*|to\s+(?=\w))?"
    r"(?:[:;,]-?\s*)?",
    "resolution",
    "RESOLVED: That the Committee:-",
)
# A lead-in that is a whole decision, its list one clause of it: "That the application be
# DEFERRED for the following reasons:", "RESOLVED to receive the minutes of the following
# meetings:", "The Council NOTED the following declarations of interest:-".
ONE_CLAUSE_LEAD_IN = rule(
    "one-clause-lead-in",
    r"\b(?:for|subject\s+to|with|on)\s+the\s+following\b|\b(?:receive|note|noted|approve|"
    r"approved|adopt|confirm)s?\s+the\s+(?:[\w&]+\s+){0,5}?following\b|\bthe\s+following\s+"
    r"(?:reasons?|conditions?|declarations?|meetings?|amendments?|appointments?|nominations?)\b"
    # (and who is appointed to what: "That the following be appointed to represent ...:")
    r"|\bthe\s+following\s+(?:\w+\s+){0,2}?(?:be|are)\s+(?:re-?)?(?:appointed|nominated|elected)\b"
    # (or in the active: "to elect the following councillors to the following positions:")
    r"|\b(?:re-?)?(?:elect|appoint|nominate)(?:ed|s)?\s+the\s+following\b"
    # (and the meetings whose minutes are received, in the passive too: "the minutes of the
    # following Committees, as circulated, be received and noted:-"; not "the following
    # recommendations be approved:", each a decision of its own)
    r"|\bthe\s+(?:minutes|notes)\s+of\s+the\s+following\b"
    # (or the minutes named "following" first: "It was RESOLVED that the following minutes be
    # confirmed:- • Full Council 6th December 2011 • ...")
    r"|\bthe\s+following\s+(?:minutes|notes)\b(?:\s+[\w,]+){0,4}?\s+(?:be|are|were)\s+"
    r"(?:confirmed|approved|received|adopted|signed|noted|accepted)\b"
    # (and what a decision notes or approves, listed: "note progress ..., in particular:",
    # "... the measures, including:", "noted the information ..., which included:")
    r"|\b(?:in\s+particular|including|which\s+(?:include[ds]?|contain(?:ed|s)?|comprised?|"
    r"comprises|covered|covers))\s*:-?\s*$"
    # (and the payments a decision approves, or the things it approves, listed: "Council
    # approved payment of:" / "a) Martin Leighton Lengthsman.", "That the following be
    # approved:" / "1) the Local Plan")
    r"|\bpayments?\s+(?:of|to)\s*:-?\s*$|\bthe\s+following\s+(?:be|are)\s+(?:approved|adopted)\b"
    # ("RESOLVED that the following accounts be approved for payment:" / "(a) Accounts paid:")
    r"|\bthe\s+following\s+(?:accounts?|payments?|invoices?|cheques?|bills?)\s+(?:be|are)\s+"
    r"(?:approved|paid|authori[sz]ed)\b",
    "resolution",
    "That the application be DEFERRED for the following reasons:",
)
near_miss("one-clause-lead-in", "RESOLVED that the following items be added to the Work Programme:")
# What a decision says in the words it is written in when its heading was dropped: "That
# ...", "To note ...", "Noted the report", "the minutes ... be confirmed".
DECISION_WORDING = rule(
    "decision-wording",
    r"^(?:that\b|to\s+(?:note|approve|agree|endorse|adopt|accept|receive|confirm|support|"
    r"recommend|refer|defer|ask|request|invite|appoint|elect|delegate|authorise|authorize|"
    r"instruct|welcome|thank|add|include|otherwise)\b|(?:notes?|noted|agrees?|agreed|approves?|"
    r"approved|endorsed?|endorses|adopts?|adopted|accepts?|accepted|confirms?|confirmed|"
    r"recommends?|recommended|asks?|requests?|instructs?|instruct|authorises?|delegates?|"
    r"receives?|received|considers?|consider|agree|note)\b)",
    "resolution",
    "Noted the report; and",
)
near_miss("decision-wording", "The Leader of the Council provided an update")
# No modal nor "to" before a bare "be", as a subjunctive's is: "The report be received".
_MODALS = "to should would could will must may might can".split()
NO_MODAL_BEFORE = "".join(rf"(?<!\b{w} )" for w in _MODALS)
# The subjunctive of a decision: "The report be received", "the minutes ... be confirmed".
SUBJUNCTIVE = rule(
    "subjunctive",
    rf"{NO_MODAL_BEFORE}(?<!\bnot )(?<!\bshall )(?<!\bcannot )"
    # (nor after a modal's adverb: "would now be reinstated", "will soon be repaired")
    r"(?<!\bnow )(?<!\bsoon )(?<!\bstill )\bbe\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|given|held|made|taken|sent|brought|shown|done|drawn|written|seen|kept|set|put|met|"
    r"chosen|undertaken|sought|read)\b",
    "resolution",
    "The housing strategy for adoption be approved.",
)
near_miss(
    "subjunctive",
    "the report would be considered at the next meeting",
    "a Saturday morning bus service would now be reinstated",
)
# A decision whose "RESOLVED" the page dropped, written in the past.
THAT_PAST = rule(
    "that-past",
    r"^That\s+the\s+[^.]{3,200}?\b(?:was|were)\s+(?:approved|agreed|confirmed|adopted|accepted|"
    r"received|noted)\b",
    "resolution",
    "That the Minutes of the meeting held on 20 October 2016 were approved as a correct record",
)
near_miss("that-past", "The Chair said that the report was noted by Cabinet.")
# A decision whose "RESOLVED" the page dropped, its verb in the subjunctive's plain form
# after the subject: "That the Executive note ...", "That a review ... take place".
THAT_PLAIN = rule(
    "that-plain",
    r"^That\s+(?:[\w'’(),/-]+\s+){1,14}?(?:take\s+place|note|approve|agree|adopt|endorse|"
    r"accept|receive|support|request|ask|consider|defer|delegate|authori[sz]e|undertake|"
    r"proceed|continue|establish|invite|write|review|grant|refuse|recommend|confirm)\b",
    "resolution",
    "That an extended internal review of scrutiny arrangements take place during 2014/15.",
    flags=0,
)
near_miss("that-plain", "That the Chair notes the report.")
# A "That ..." paragraph quoted, not resolved: another body's recommendation, a motion not
# (yet) carried, a report's proposal.
QUOTED_LEAD = rule(
    "quoted-lead",
    # (and the paper's ask of the meeting, quoted in the motion put to it: "“County
    # Council is asked to:")
    r"\b(?:recommend\w*|tabled|proposed|motion|moved|reads?|as follows|stated|recommendations?"
    r"|\b(?:Council|Cabinet|Committee|Board|Panel|Members)\s+(?:is|are)\s+asked\s+to"
    # (or what a report set out to do: "The Scrutiny Officer presented a report on the above
    # to:", "The purpose of the report was to:")
    r"|presented\s+(?:a|the|his|her|their)\s+report|purpose\s+of\s+(?:the|this)\s+report"
    # (or its aims: "There are 2 objectives for this report:")
    r"|(?:objectives?|aims?|purposes?)\s+(?:of|for)\s+(?:the|this)\s+(?:report|paper)"
    # (or the agenda's standing words on interests: "Members should declare any interests
    # which fall under the following categories:")
    # (however long its words before the colon: "Members should declare the existence and
    # nature of any Disclosable Pecuniary Interest ... in respect of:")
    r"|(?:should|must)\s+declare[^.\n]{0,200}(?=[:\-]\s*$)|following\s+categories"
    # (or what a speaker or a member put to the meeting: "The representation covered the
    # following issues:" / "i. Referred to ..." / "ii. Agreed with the officer's report")
    # (or in the passive: "Officers clarified ... and the following points were made:")
    r"|(?:covered|raised|highlighted|expressed|made)\s+the\s+following\s+(?:issues|points|"
    r"concerns|comments|questions|observations)|requested"
    r"|the\s+following\s+(?:issues|points|concerns|comments|questions|observations)\s+(?:was|"
    r"were)\s+(?:made|raised|highlighted|expressed|noted|discussed)"
    # (or the papers before it: "The committee considered:-" / "(i) a planning application")
    r"|(?:Council|Cabinet|Committee|Board|Panel|Members)\s+(?:considered|received)(?=\s*:-?\s*$))\b"
    r"[^.\n]{0,80}[:\-]\s*$",
    "resolution",
    "There was one recommendation from the Overview and Scrutiny Committee which was tabled:",
)

# A Decision: block that only tells what happened records no decision (nor one that says the
# meeting's business was taken in public: "All agenda items were considered in public session").
DECISION_NARRATIVE = rule(
    "decision-narrative",
    # (or what was noted, impersonally: "It was noted that exempt information was submitted")
    r"^(?:There\s+(?:was|were|had been)\b|No\s+\w+|None\b|Nil\b|An?\s+apolog|Apologies\b|"
    r"It\s+was\s+noted\b|"
    r"The\s+purpose\s+of\b|.{0,80}\b(?:was|were)\s+(?:received|made|declared|considered dropped|"
    r"withdrawn|published)\b"
    r"|.{0,80}\b(?:was|were)\s+(?:considered|taken|dealt\s+with|heard)\s+in\s+(?:public|private|"
    r"open|closed)\b"
    # the chair's own remarks: "• The Mayor welcomed new members to the Board ...", "(1) The
    # Chair advised that the meeting would be recorded"
    r"|(?:[•·*-]\s*|\(\d{1,2}\)\s*)?(?:the\s+)?(?:chair(?:man|person)?|mayor|convener|leader)\s+"
    r"(?:welcomed|thanked|introduced|announced|indicated|informed|reported|congratulated|"
    r"reminded|advised|drew\s+attention)\b"
    # (or an officer introducing the report: "The Health Development Manager introduced the
    # report and advised that ...")
    r"|.{0,80}\b(?:introduced|presented|outlined)\s+the\s+(?:report|item)\b"
    # (a silence kept: "Council observed a minute of silence in recognition of ..."; or the
    # item not reached: "Item not considered due to termination of meeting.")
    r"|.{0,60}\b(?:observed|held|stood\s+for)\s+(?:a|one|two)\s+minutes?['’]?s?\s+(?:of\s+)?silence"
    r"|(?:the\s+)?item\s+(?:was\s+)?not\s+(?:considered|discussed|reached|taken)\b"
    # (or the meeting without its quorum: "In accordance with the constitution, the meeting
    # was inquorate. The recommendations ... would be submitted to the Board ...")
    r"|.{0,80}\bthe\s+meeting\s+(?:was|is|being)\s+(?:inquorate|not\s+quorate)\b)",
    "resolution",
    "There were no apologies.",
    flags=I | re.DOTALL,
)
near_miss("decision-narrative", "These were agreed as a correct record of the meeting.")

# Sentences end at ". " before a capital, but not after these abbreviations.
ABBREVIATIONS = frozenset(
    [
        "no",
        "cllr",
        "cllrs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "nos",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "para",
        "paras",
        "vol",
        "p",
        "pp",
        "ref",
        "fig",
        "prop",  # "Prop. JB 2nd DD All agreed."
        "cyng",  # (Welsh for Cllr: "Cynigiwyd gan y Cyng. Arwel Davies")
    ]
)

# --- Near-misses: text that must not match the rule named ------------------------------

near_miss(
    "resolution-start",
    "The Board noted that the Cabinet had resolved to proceed.",
    "The problem - resolved to everyone's satisfaction - was noted.",
    "REASON FOR DECISION: To ensure the Council meets its duty.", "KEY DECISION: Yes",
)  # fmt: skip
near_miss("meeting-end", "The meeting was adjourned for ten minutes.")
near_miss("truncation", "the full minutes are available on request.")


# What "noted" must be followed by to be a decision, not a noted fact ("noted that ...").
NOTED_OBJECT = re.compile(  # (or its receipt: "noted receipt of the Clerk's report")
    r"^\s+(?:receipt\s+of\s+)?(?:the|its|their|this|these|and)\s+(?:\S+\s+){0,3}?"
    r"(?:report|update|minutes|changes?|"
    r"plan|programme|schedule|content|contents|recommendations?|position|information|forward|"
    r"progress|briefing|presentation|work|declarations?|terms|membership|announcements?|"
    # (or a record it keeps of its business: "noted the Issue Tracker", "the action log")
    r"tracker|log|register|dashboard|accounts)",
    re.IGNORECASE,  # ("noted the Scrutiny Work Programme")
)
