"""What is no task, whatever cue a sentence holds: the past and routine ("had previously
requested", "would continue to"), what need not be done, the meeting's own running order
and its agenda's standing words, a petition's ask, and a tracking list's status in
capitals. actions.py drops a resolution's or the narrative's request that matches.
"""

from __future__ import annotations

from .rules import near_miss, rule

# A sentence that tells of the past or of routine, whatever cue it holds.
NOT_A_TASK = rule(
    "not-a-task",
    # (tried only where a word starts: every phrase of the group opens with a word character,
    # and trying each of them at every word's end was a third of the search's cost)
    # (not of whom a clause tells: "re-engaging with schools who (had) previously taken part",
    # "the previously agreed bench"; "noted that previously the Clerk would ..." is the past)
    r"\b(?=\w)(?:(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthe\s)(?<!\bwho\shad\s)(?<!\bwho\shave\s)"
    # (nor an aside on the papers, before the task: "This having been previously circulated,
    # the Council instructed the clerk to reply ...")
    r"(?<!\bwho\shas\s)(?<!\bwhich\shad\s)(?<!\bwhich\shas\s)(?<!\bwhich\swas\s)"
    r"(?<!\bhaving\sbeen\s)previously"
    # (not an aside on what was then said, before a fresh task: "As noted at the previous
    # meeting, the new bin was still not in place, so would be chased up once more")
    r"|(?<!\bas\snoted\s)(?<!\bas\sreported\s)(?<!\bas\smentioned\s)(?<!\bas\sdiscussed\s)"
    r"at\s+(?:its|their|the)\s+(?:last|previous|earlier)\s+meeting|"
    r"at\s+that\s+meeting|"
    # (or what was put forward before: "It had been suggested that gates be provided")
    r"had\s+(?:previously\s+|also\s+|already\s+)?(?:requested|agreed|asked|"
    # (not a thing from then: "Check to see if the Piano lady from last year is available")
    r"been\s+(?:suggested|proposed|requested))|(?<!\bfrom\s)(?<!\bof\s)last\s+year|"
    # (or taken up whenever the need comes: "these would be discussed as and when they arose";
    # not a task done then, "the Clerk will report back as and when a reply is received")
    r"would\s+continue\s+to|as\s+(?:normal|usual)|in\s+the\s+(?:normal|usual)\s+way|"
    r"be\s+(?:discussed|considered|reviewed|addressed|dealt\s+with)\s+as\s+and\s+when|"
    r"(?:on\s+a\s+)?case[\s-]+by[\s-]+case\b|"  # ("would be considered on a case by case basis")
    # the report's own ask of the meeting; this meeting's order of business; its minutes
    r"which\s+(?:the\s+)?(?:Committee|Board|Panel|Council|Cabinet|Members)\s+(?:was|were|is|are)\s+"
    r"asked|(?:moved|brought|taken)\s+(?:up|forward)\s+(?:on\s+)?the\s+agenda|"
    r"minutes\s+be\s+(?:agreed|approved|signed|confirmed)|"
    # ("the minutes of the meeting ... be held as a correct record for signing")
    r"be\s+held\s+as\s+an?\s+(?:correct|true|accurate)\s+record|"
    # (or corrected: "the minutes of the meeting would be amended accordingly")
    # (the minute itself, not what a clause after it says: "Minute 32 - It was confirmed
    # that future reports would be amended" is a task)
    r"minutes?\b(?:(?!\bthat\b)[^.]){0,80}\b(?:(?:would|will)\s+)?be\s+(?:amended|corrected)\b|"
    # ("[Changes are to be made to the minutes of 19 June 2019]")
    r"\b(?:changes|amendments|corrections)\s+(?:are|were)\s+to\s+be\s+made\s+to\s+the\s+minutes\b|"
    # (or the record of who attended: "... had not been recorded; this record is to be
    # updated online")
    r"\b(?:this|the)\s+record\s+(?:is\s+to|will|would|should)\s+be\s+(?:updated|amended|corrected)\b|"
    # (a bare deferral, no return point named: "The Chair reported that this item would be
    # deferred.", not "deferred to the June meeting"; nor where a colon lists only what is
    # deferred: "the following application be deferred: HEMPSTEAD - PF/12/0562 - ...")
    r"\bbe\s+deferred\b(?=\s*[.;]?\s*$|\s*:(?![^\n]{0,200}?\b(?:meeting|next|until|month|"
    r"pending|committee|council|site\s+visit|(?:clerk|officers?)\s+to)\b))|"
    # what need not be done, what stays as it is, a planning response
    r"no\s+need\b|not\s+(?:necessary|needed|required)|would\s+remain\b|no\s+(?:further\s+)?action\b|"
    # a suggestion dropped; the meeting's own running order and private session
    r"not\s+(?:pursued|persued|progressed|taken\s+forward)|"
    r"(?:bring|brought|take|taken|move|moved)\s+forward\s+(?:(?:agenda\s+)?items?\b|"
    r"to\s+(?:agenda\s+)?item\s+\d)|"  # ("Item 13 is to be brought forward to Item 6")
    r"(?:considered|taken|dealt\s+with|heard)\s+in\s+(?:private|closed|confidential)\s+session|"
    # ("all items marked Part I would be considered in public")
    r"(?:considered|taken|dealt\s+with|heard)\s+in\s+(?:public|private)\b|"
    r"in\s+the\s+absence\s+of\s+the\s+(?:public|press)\b|"
    # ("all business be considered with the press and public present with the exception of")
    r"with\s+the\s+(?:press\s+and\s+)?public\s+(?:present|excluded)\b|"
    # whom the meeting elected or appointed, a decision not a task: "be elected Chair for this
    # meeting", "that Councillor Ash be appointed as Chairman to the Panel"
    r"\bbe\s+(?:(?:re-?)?elected|appointed|co-opted)\b|"
    # the chair's part in the meeting, as the agenda puts it: "The Chair to welcome Members"
    # (or tell it who will speak: "The Chair to advise the Committee of any items on which
    # members of the public have requested to speak")
    r"\bChair(?:man|person)?\s+to\s+(?:welcome|announce|open\s+the\s+meeting|advise\s+(?:the\s+)?"
    r"(?:Committee|Council|meeting|Members)\s+of\s+any\b)|"
    # ... or in its future tense: "The Chairman will invite members of the public to ...",
    # "Councillors will be asked to say if ...", "Members are required to declare ..."
    # (to the meeting's own audience, not a named person: "will invite the Highways Officer")
    # (the times of the year's meetings: "meetings of the Committee be held at 5.30pm")
    r"\bmeetings\b[^.;]{0,100}?\bbe\s+held\s+(?:at\s+\d|on\s+(?:the\s+)?(?:first|second|"
    r"third|fourth|last)\b|on\s+\w+days\b)|"
    # (or where its standing meetings are: "sub-committees are to be held in either the Town
    # Hall or Tooley Street", "future meetings will be held at the Village Hall"; meetings
    # called or arranged, "two consultation meetings to be held in the Hall", are tasks)
    r"\b(?:(?:future|all|its|their|the)\s+(?:ordinary\s+|monthly\s+)?meetings|sub-committees)"
    r"\s+(?:are\s+to\s+|will\s+|would\s+|shall\s+|should\s+)?be\s+held\s+(?:in|at)\s+"
    r"(?:either\s+)?the\s+(?-i:[A-Z])\w*|"
    r"\bChair(?:man|person)?\s+will\s+(?:then\s+)?(?:welcome|announce|explain|remind|open|"
    r"(?:invite|ask)\s+(?:members\s+of\s+the\s+public|those\s+present|the\s+public|"
    r"members\s+to)\b)|"
    r"\b(?:Councillors|Members)\s+will\s+be\s+(?:invited|asked)\s+to\s+"
    r"(?:confirm|say|declare|indicate|note)\b|"
    r"\b(?:are|were|is)\s+(?:required|reminded|invited|asked)\s+to\s+(?:declare|make\s+(?:any\s+)?declarations?)"
    r"|\bshould\s+also\s+make\s+declarations?\b|"
    r"no\s+(?:observations?|objections?)\b|no\s+(?:further\s+)?(?:issues|matters|items)\b|"
    r"no\s+(?:additional|other)\s+(?:issues|matters|items)\s+(?:of\s+business|to\s+be\s+considered|"
    r"were\s+raised)|"
    # an opinion of what ought to happen; housekeeping at the meeting
    r"(?:commented|stated|said|felt|thought|believed)\s+that\s+[^.]{0,80}?\bneeded\s+to\b|"
    # ("mobile phones be switched to silent")
    r"(?:on|to)\s+silent\b|switched\s+off\b|"
    # a Member's conduct over an interest declared: "undertook to withdraw from the meeting
    # during the item", "would approach the application with an open mind"
    r"(?:withdraw|leave)\s+(?:from\s+)?the\s+(?:meeting|room|chamber)\b|take\s+no\s+part\b|"
    r"with\s+an\s+open\s+mind\b|"
    # what is laid out rather than asked: "would be as follows", "can be used", "considered
    # below"; the meeting itself being asked by its papers (not what a task is to find
    # out: "to see if the bin can be moved", "whether anything can be done"; nor a noun's
    # relative clause: "to share messages on steps that can be taken against spiking")
    r"as\s+follows\b|^(?:(?!\b(?:if|whether)\b)[^.;])*?(?<!\bthat\s)(?<!\bwhich\s)\bcan\s+be\b|"
    r"(?:considered|discussed|dealt\s+with)\s+below\b|"
    # (or at another item of this meeting: "– to be discussed at agenda item 30.24")
    r"(?:considered|discussed|dealt\s+with)\s+(?:at|under|in)\s+(?:agenda\s+)?item\s+\d[\w./]*|"
    # (in the future only the meeting's own: "The committee will be asked to consider ...")
    r"(?:(?:is|are|was|were)|\b(?:Committee|Board|Panel|Council|Cabinet|Members|Councillors)\s+"
    r"(?:will|would)\s+be)\s+asked\s+to\s+(?:agree|note|approve|consider|endorse|comment|determine|"
    r"decide)\b|"
    # (or taken at this meeting: "the House agreed to deal with it at this meeting", "the
    # report was urgent and required to be considered this day")
    r"(?:deal|dealt|consider|considered|take|taken|hear|heard)\s+(?:with\s+)?(?:[\w'’]+\s+){0,3}?"
    r"(?:at\s+)?(?:this\s+(?:day|meeting)|today|tonight)\b|"
    # (or later in it: "it was decided to defer until later in the meeting", "a further
    # opportunity for questions would be provided at the end of the meeting")
    r"\blater\s+(?:in|on)\s+(?:the|this)\s+(?:meeting|evening|agenda)\b|"
    r"\bat\s+the\s+end\s+of\s+(?:the|this|today['’]s|tonight['’]s)\s+meeting\b|"
    # business added to this meeting's own agenda: "agreed to add the item to tonight's agenda"
    r"\badd(?:ed)?\b[^.;]{0,60}?\bto\s+(?:this\s+(?:meeting'?s\s+)?|tonight'?s\s+|today'?s\s+)"
    r"agenda\b|"
    # payments authorised, a decision not a task: "It was agreed that following accounts be
    # paid", "the invoices listed be approved"
    r"\b(?:agreed|resolved)\s+that\s+(?:the\s+)?(?:following\s+|above\s+|listed\s+)?"
    r"(?:accounts?|invoices?|payments?|bills?)(?:\s+(?:listed|above|below))?\s+be\s+"
    r"(?:paid|approved)\b|"
    # the agenda's description of what the body will do: "The Councillors will consider any
    # decisions ... taken under Special Urgency provisions"
    r"(?:(?<=^)|(?<=^\(\w\)\s)|(?<=^\w\)\s)|(?<=^\w\.\s)|(?<=:\s))(?:the\s+)?(?:full\s+)?"
    r"(?:Committee|Board|Panel|Council|Cabinet|Members|Councillors)\s+will\s+"
    r"(?:consider|receive|note|review)\s+any\b|"
    r"may\s+be|would\s+not\b|will\s+not\b|as\s+necessary|supplementary\s+questions?|"
    # (a question the meeting talked over: "Members discussed whether the Clerk should write";
    # not one it went on to settle: "... whether to replace the bench and agreed that ...",
    # "Having considered whether ..., Members asked the Clerk to ...")
    r"\b(?:discussed|considered|debated)\s+(?:whether|if)\b(?![^.;]*(?:\band\s+(?:then\s+)?"
    r"(?:agreed|asked|resolved|decided|instructed)\b|,\s+(?:Members|Councillors|the\s+Council|"
    r"the\s+Committee|it\s+was)\b))|"
    # the minutes corrected, the meeting adjourned for its open forum: "Members asked for
    # the following amendment to be made", "Agreed for the meeting to be adjourned"
    r"(?:asked|requested)\s+(?:for\s+)?(?:a|an|the\s+following)\s+(?:corrections?|amendments?)"
    r"\s+(?:to\s+be\s+|be\s+)made|the\s+meeting\s+(?:to\s+be|be|was)\s+adjourned|"
    # ("Cllr Smith asked for an amendment to Min 10142", "... for a typo correction to Min")
    r"(?:asked|requested)\s+for\s+an?\s+(?:\w+\s+)?(?:corrections?|amendments?)\s+to\s+"
    r"(?:the\s+)?(?:min(?:ute)?s?|item)\b|"
    # (a correction made to them as recorded: "Amendment to Minutes dated 12th September –
    # Item 4 Matters Arising should refer to two notice boards", "Minute 45 should read")
    r"^(?:amendments?|corrections?|alterations?)\s+to\s+(?:the\s+)?(?:\w+\s+)?minutes\b|"
    r"\b(?:item|minute|min|paragraph)\s+\d[\w./]*\b[^.;]{0,60}?\bshould\s+(?:read|refer\s+to|"
    r"say|state|have\s+(?:read|said|stated|referred))\b|"
    # (a standing offer: "A simultaneous translation will be provided if requested")
    r"if\s+requested|"
    # the agenda's standing words: "A list of such items (if any) will be circulated",
    # "Petitions will be presented at the meeting by Councillors"
    r"(?<=\()if\s+any(?=\))|(?:presented|circulated|tabled)\s+at\s+the\s+meeting\b(?!\s+(?:in|on|of|held)\b)|"
    # what the public asks ("A member of the public asked if the council would buy ..."),
    # a Member's wish to speak ("requested latitude from the Chairperson to speak about"),
    # the minutes confirmed at a later meeting ("invited to confirm that the minutes ... are
    # a correct record")
    r"\bmembers?\s+of\s+the\s+public\s+(?:\w+\s+){0,2}?(?:asked|requested|suggested|urged)\b|"
    r"\b(?:requested|asked\s+for|sought)\s+(?:the\s+)?(?:latitude|permission|leave)\b[^.;]{0,60}?"
    r"\bto\s+(?:speak|address)\b|"
    r"\b(?:confirm|approve|agree|sign)\s+(?:that\s+)?the\s+minutes\b|"
    # what a petition asks for ("received a Petition ... requesting that ..."), not a task
    r"(?:received|presented|submitted)\s+(?:a|the|an?\s+e-?)\s*petition\b|"
    r"petition(?:ers?)?\s+(?:of\s+\d[\d,]*\s+signatures\s+)?(?:\w+\s+){0,8}?"
    r"(?:requesting|requested|asking|asked|calling|called|urging|urged)\b|"
    # (what was done, not what a clause after it says will be: "an email had been received
    # and the points raised would be followed up")
    r"asked\s+(?:a|the\s+following)\s+question|"
    r"had\s+been\s+(?:circulated|sent|received|done)(?![^.]*?\band\b[^.]*?\b(?:would|will)\b)|"
    r"be\s+(?:recorded|allowed|permitted|noted|authori[sz]ed)|not\s+(?:requested|asked)|enquired|"
    # (the same in the past, as a typist puts it: "asked that it was noted in minute SC52")
    r"(?:asked|requested)\s+that\s+it\s+(?:was|is)\s+(?:noted|recorded|minuted)\b|"
    # a decision given as a grant: "approval be given to the programme", "consent be granted"
    # (or refused, as a planning decision: "planning permission for application 220567/FUL
    # be refused for the reason set out in the report")
    r"(?:approval|consent|permission|authority|dispensation)\b(?:(?!\bthat\b)[^.;]){0,80}?"
    r"\b(?:be|is)\s+(?:given|granted|refused)\b|"
    # (or the grant first: "the Portfolio Holders be given authority to make minor amendments",
    # "the Manager be given delegated authority to go ahead": a delegation, no task)
    r"\bbe\s+(?:given|granted)\s+(?:(?:full|delegated|the)\s+){0,2}(?:authority|powers?)\s+to\b|"
    # (or the authority first: "Authority be delegated to the Director ... to: a. identify ...")
    r"\b(?:authority|powers?)\s+(?:be|is|was|were)\s+delegated\s+to\b|"
    r"minutes\s+be\s+(?:amended|corrected)|(?:changed|amended|corrected)\s+to\s+read|"
    # ("It was also suggested that two minor amendments were made to Minute 10")
    r"(?:amendments?|corrections?)\s+(?:were|be|are|was|is)\s+made\s+to\s+(?:the\s+)?minutes?\b|"
    r"to\s+be\s+replaced\s+(?:with|by)\s+the\s+following|to\s+be\s+signed\s+(?:as\s+a\s+\w+\s+record\s+)?by\s+"
    r"the\s+(?:Chair\w*|Mayor|President|Convener|Provost))\b"
    # the agenda's standing words to the public reading it: "You will be told at this point
    # whether ...", "you may be asked to leave"
    r"|^\s*you\s+(?:will|would|may|can|should)\b"
    r"|\s[-–]\s*(?:Done|Completed?|Ongoing|In\s+progress|Ready|Closed|Deadline\s+passed|"
    r"Still\s+ongoing)\b|\bSee\s+minute\b"
    # a tracking list's status in capitals: "17/07. Update Standing Orders ... COMPLETED"
    r"|(?-i:\b(?:COMPLETED?|DONE|ONGOING|CLOSED)\b)",
    "action",
    "was previously considered on 21st June, 2018 and the Board requested that",
)
near_miss(
    "not-a-task",
    "Councillor McLean requested that a letter be forwarded",
    "Members requested sight of the public consultation responses",
    "The application was adjourned to the next meeting for a site visit",
    "The Clerk would write to the landowner to ask him to leave the gate open",
)


# How this meeting takes its own business, which asks no one for anything: "That all items
# be considered in public", "the following items be taken in private", "the following
# item(s) be considered following the exclusion of the press and public".
THIS_MEETINGS_BUSINESS = rule(
    "this-meetings-business",
    # (or "are taken", and under the standing order that excludes the public: "The Mayor
    # recommended Items 21, 22 and 23 are taken under Standing Order 1C")
    r"\b(?:be|are)\s+(?:considered|taken|dealt\s+with|heard)\s+(?:in\s+(?:public|private)|"
    r"under\s+standing\s+order\b|"
    r"in\s+part\s+(?:1|2|I|II|one|two)|with\s+the\s+press\s+and\s+public\s+excluded|"
    r"(?:following|after)\s+the\s+exclusion\s+of)\b"
    # (or in another order: "that item 3 be discussed following item 6", "Agenda Items 21
    # and 22 would be considered following Agenda Item 10")
    r"|\bitems?\s+\d{1,3}[a-z]?(?:(?:,|\s+and|\s+&)\s+\d{1,3}[a-z]?)*\s+"
    r"(?:would\s+|will\s+|should\s+)?be\s+(?:discussed|taken|considered|heard|moved)\s+"
    r"(?:following|after|before|with|(?:up\s+)?to\s+follow)\s+(?:agenda\s+)?items?\s+\d",
    "action",
    "That all items be considered in public, as proposed.",
)
near_miss(
    "this-meetings-business",
    "the matter be considered at the next meeting",
    "the scheme be considered following the consultation",
)
