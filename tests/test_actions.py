"""Requests found in minutes text: what is an action, whose it is, when it is due."""

from __future__ import annotations

import pytest

from scrutiny_cli.model import Item
from scrutiny_cli.parse.audience import elsewhere
from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.items import fill_item
from scrutiny_cli.parse.not_tasks import NOT_A_TASK
from scrutiny_cli.parse.wording import due_of
from scrutiny_cli.read.text import normalise, read_text

MEETING = "2018-01-11"

# (minutes text, [(text, owner, due_date, origin)], note). An action's text is the words
# that state the request: the resolution's part, or the sentence of the narrative.
CASES = [
    (
        "The Clerk will chase the contractor and report back as and when a reply is received.",
        [
            (
                "The Clerk will chase the contractor and report back as and when a reply is "
                "received",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a task done whenever the need comes is still a task",
    ),
    (
        "The Clerk explained the Forward Plan. A link to it would be attached to the agendas for "
        "future meetings.",
        [
            (
                "A link to it would be attached to the agendas for future meetings",
                None,
                None,
                "undertaking",
            )
        ],
        "a link put on the body's own later agendas is a promise",
    ),
    (
        "New residents had moved in. The Clerk would deliver the welcome letter.",
        [
            (
                "New residents had moved in. The Clerk would deliver the welcome letter",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a letter to be delivered by hand is a task",
    ),
    (
        "Cllr Ash asked if Cllr Birch would contact the school about the crossing.",
        [
            (
                "Cllr Ash asked if Cllr Birch would contact the school about the crossing",
                "Cllr Birch",
                None,
                "undertaking",
            )
        ],
        "a question put whether another would act is a request, not a condition",
    ),
    (
        "He gave the plans to Cllr Ash, who asked the clerk if he could prepare a summary of "
        "the applications. Committee Members asked officers to explore whether the dates "
        "could be moved.",
        [
            (
                "He gave the plans to Cllr Ash, who asked the clerk if he could prepare a "
                "summary of the applications",
                None,
                None,
                "request",
            ),
            (
                "Committee Members asked officers to explore whether the dates could be moved",
                "Officers",
                None,
                "request",
            ),
        ],
        "a question put to the one who could act is a request",
    ),
    (
        "It was RESOLVED to approve the following actions:\n• Assets Committee to review the "
        "scope of the Town Ranger service\n• Planning Officer to explore use of the depot at "
        "Longridge\n• The new benches have been installed at the park",
        [
            (
                "Assets Committee to review the scope of the Town Ranger service",
                None,
                None,
                "resolution",
            ),
            ("Planning Officer to explore use of the depot at Longridge", None, None, "resolution"),
        ],
        "the actions a decision approves, a task a bullet, never one told done",
    ),
    (
        "It was agreed that an update on the bus contract be brought to the next meeting; that "
        "the items on waiting times and housing policy be deferred; and that an update on West "
        "Park be provided.",
        [
            (
                "It was agreed that an update on the bus contract be brought to the next meeting",
                None,
                None,
                "agreement",
            ),
            ("the items on waiting times and housing policy be deferred", None, None, "agreement"),
            ("an update on West Park be provided", None, None, "agreement"),
        ],
        "an agreement's clauses listed after 'that', each a task",
    ),
    (
        "The Parish Council must strongly support the application. CLERK TO CONFIRM THIS BY "
        "EMAIL TO THE AGENT",
        [("CLERK TO CONFIRM THIS BY EMAIL TO THE AGENT", "CLERK", None, "terse")],
        "a task printed in capitals",
    ),
    (
        "A revised Local Plan will be published in October. The PC will review and comment on "
        "the sections relating to our area. Parking at school times is causing concern. The PC "
        "are going to ask the Neighbourhood Warden to assist.",
        [
            (
                "The PC will review and comment on the sections relating to our area",
                "PC",
                None,
                "undertaking",
            ),
            (
                "The PC are going to ask the Neighbourhood Warden to assist",
                "PC",
                None,
                "undertaking",
            ),
        ],
        "the parish council by its initials, and a plan it is going to carry out",
    ),
    (
        "Footpath issues were reported by the warden. The Clerk will put Mr Ash in touch with "
        "the footpaths officer at the County Council. Litter has been left by the bus shelter. "
        "JB will pick up and MW will report it to the District Council. The Parish Council "
        "will deal with the smaller repairs itself.",
        [
            (
                "The Clerk will put Mr Ash in touch with the footpaths officer at the County "
                "Council",
                "Clerk",
                None,
                "undertaking",
            ),
            (
                "JB will pick up and MW will report it to the District Council",
                "JB",
                None,
                "undertaking",
            ),
            (
                "The Parish Council will deal with the smaller repairs itself",
                "Parish Council",
                None,
                "undertaking",
            ),
        ],
        "promises to put someone in touch, to pick up, to deal with a matter",
    ),
    (
        "Police Report: no major crimes were reported in June, however they were asked to deal "
        "with 161 incidents.",
        [],
        "others asked to deal with something are told of, no task of the meeting's",
    ),
    (
        "Residents were worried about the water main works in Shore Street. P.Ash and T.Birch "
        "to arrange to meet the contractor to discuss these concerns. The playgroup asked for "
        "help with its running costs. R.Cole to write to the playgroup explaining this.",
        [
            (
                "P.Ash and T.Birch to arrange to meet the contractor to discuss these concerns",
                "P.Ash and T.Birch",
                None,
                "terse",
            ),
            (
                "The playgroup asked for help with its running costs. R.Cole to write to the "
                "playgroup explaining this",
                "R.Cole",
                None,
                "terse",
            ),
        ],
        "an owner whose initial is glued to the name",
    ),
    (
        "The clerk is to determine what hire charges are paid for the school pitch. Mr Starkey "
        "is to fix aluminium strips to the doors.",
        [
            (
                "The clerk is to determine what hire charges are paid for the school pitch",
                "Clerk",
                None,
                "terse",
            ),
            ("Mr Starkey is to fix aluminium strips to the doors", "Mr Starkey", None, "terse"),
        ],
        "what a post or a person 'is to' do, to find out or to mend",
    ),
    (
        "The Council accepted a logo drawn by Cllr Fenn who undertook to supply the letterheads "
        "at no cost.",
        [
            (
                "The Council accepted a logo drawn by Cllr Fenn who undertook to supply the "
                "letterheads at no cost",
                "Cllr Fenn",
                None,
                "undertaking",
            )
        ],
        "a promise in a relative clause, whose it is named before 'who'",
    ),
    (
        "Agreed – that a new sign for the allotment gate would be organized by Ann Reed and "
        "financed from the allotment fund.",
        [
            (
                "a new sign for the allotment gate would be organized by Ann Reed and financed "
                "from the allotment fund",
                None,
                None,
                "resolution",
            )
        ],
        "a decision's request in the passive, spelt with a z (a passive's owner is not read)",
    ),
    (
        "Members resolved that the Clerk should check the Land Registry for an owner. Members "
        "resolved that the Clerk should then apply for ownership.",
        [
            ("the Clerk should check the Land Registry for an owner", "Clerk", None, "resolution"),
            ("the Clerk should then apply for ownership", "Clerk", None, "resolution"),
        ],
        "a post's second task, done 'then'",
    ),
    (
        "The Tree Officer at the Borough Council will be approached for advice.",
        [
            (
                "The Tree Officer at the Borough Council will be approached for advice",
                None,
                None,
                "undertaking",
            )
        ],
        "someone to be approached, in the passive",
    ),
    (
        "The revised Riverside scheme to be presented at an Extra Council meeting on 26 February.",
        [
            (
                "The revised Riverside scheme to be presented at an Extra Council meeting on 26 "
                "February",
                None,
                None,
                "undertaking",
            )
        ],
        "business to be presented at a later meeting",
    ),
    (
        "The Engineer said a full report should be available for the June Board meeting.",
        [
            (
                "The Engineer said a full report should be available for the June Board meeting",
                None,
                "2018-06",
                "undertaking",
            )
        ],
        "a report promised for a later meeting",
    ),
    (
        "A verge survey was suggested. This will then be on the Agenda for March 2020.",
        [("This will then be on the Agenda for March 2020", None, "2020-03", "undertaking")],
        "business put on a later meeting's agenda",
    ),
    (
        "The rota was discussed and it should be organised at the next meeting.",
        [
            (
                "The rota was discussed and it should be organised at the next meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "what should be done at the next meeting",
    ),
    (
        "The resident will be informed of the decision.",
        [("The resident will be informed of the decision", None, None, "undertaking")],
        "an undertaking to tell someone, 'will be informed'",
    ),
    (
        "Funds were requested for water bottle leaflets – Sheena to speak to her about the "
        "contents.",
        [
            (
                "Funds were requested for water bottle leaflets – Sheena to speak to her about "
                "the contents",
                "Sheena",
                None,
                "terse",
            )
        ],
        "a member's task after a topic's dash",
    ),
    (
        "Waiting for a date, Jane Ash / Tom Birch to attend when the inspectors visit.",
        [
            (
                "Waiting for a date, Jane Ash / Tom Birch to attend when the inspectors visit",
                "Jane Ash / Tom Birch",
                None,
                "terse",
            )
        ],
        "two members named apart by a slash share a task",
    ),
    (
        "The repair would be carried out by a local joiner and Dylan is to purchase a cover.",
        [
            (
                "The repair would be carried out by a local joiner and Dylan is to purchase a "
                "cover",
                "Dylan",
                None,
                "terse",
            )
        ],
        "one who 'is to' act after 'and'",
    ),
    (
        "b) Practice leaflets to be handed out at the next meeting.",
        [("Practice leaflets to be handed out at the next meeting", None, None, "terse")],
        "a thing to be done after a list's mark",
    ),
    (
        "The Director advised it was not a matter for the Committee; however, he would take the "
        "question away and respond to the Councillor.",
        [
            (
                "The Director advised it was not a matter for the Committee; however, he would "
                "take the question away and respond to the Councillor",
                "Director",
                None,
                "undertaking",
            )
        ],
        "a question taken away to answer is an undertaking",
    ),
    (
        "The group is not costing freight. (Although it was said that they would) David to "
        "respond to this.",
        [
            (
                "(Although it was said that they would) David to respond to this",
                "David",
                None,
                "terse",
            )
        ],
        "a member's task after a closing bracket",
    ),
    (
        "The complainant will be advised accordingly.",
        [("The complainant will be advised accordingly", None, None, "undertaking")],
        "an undertaking to tell someone, 'will be advised'",
    ),
    (
        "Jane agreed to co-ordinate the cake stall.",
        [("Jane agreed to co-ordinate the cake stall", "Jane", None, "undertaking")],
        "a member's undertaking to co-ordinate",
    ),
    (
        "There are 10 stalls booked. Officers will continue to advertise market stall space and "
        "report back next meeting.",
        [
            (
                "Officers will continue to advertise market stall space and report back next "
                "meeting",
                "Officers",
                None,
                "undertaking",
            )
        ],
        "an undertaking to continue a task",
    ),
    (
        "WTC Officers will create and distribute the invitation this week.",
        [
            (
                "WTC Officers will create and distribute the invitation this week",
                "Officers",
                None,
                "undertaking",
            )
        ],
        "an undertaking to create, its owner never a capital inside the council's initials",
    ),
    (
        "Cllr Burrows will be asked to oversee the asset transfer.",
        [
            (
                "Cllr Burrows will be asked to oversee the asset transfer",
                None,
                None,
                "request",
            )
        ],
        "a member to be asked, 'will be asked to'",
    ),
    (
        "Remembrance Sunday. PB will lay a wreath at the memorial.",
        [("PB will lay a wreath at the memorial", "PB", None, "undertaking")],
        "a member's undertaking to lay a wreath",
    ),
    (
        "Model Standing Orders will be issued to all councillors and then discussed at the "
        "September meeting.",
        [
            (
                "Model Standing Orders will be issued to all councillors and then discussed at "
                "the September meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "a document promised to members, 'will be issued to'",
    ),
    (
        "Members asked how the contract worked. A Members' Information Session was also to be "
        "arranged.",
        [("A Members' Information Session was also to be arranged", None, None, "terse")],
        "a task told in the past tense, 'was to be arranged'",
    ),
    (
        "Nobody could attend the Trust's meetings. Information on Green Burial sites was to be "
        "passed on to the church.",
        [
            (
                "Information on Green Burial sites was to be passed on to the church",
                None,
                None,
                "terse",
            )
        ],
        "a task told in the past tense, 'was to be passed on'",
    ),
    (
        "• Jo Ash attended the meeting to discuss the footpath repairs.\n• The parish council "
        "to send a letter supporting the repair works to the County Council.\n• The parish "
        "council to contact the owner of the mill about the proposed works.",
        [
            (
                "The parish council to send a letter supporting the repair works to the County "
                "Council",
                "Parish council",
                None,
                "terse",
            ),
            (
                "The parish council to contact the owner of the mill about the proposed works",
                "Parish council",
                None,
                "terse",
            ),
        ],
        "the council itself in lower case as a terse task's owner, after a bullet",
    ),
    (
        "Committee members were welcome to highlight anything they thought was missing from "
        "the report.",
        [
            (
                "Committee members were welcome to highlight anything they thought was missing "
                "from the report",
                None,
                None,
                "request",
            )
        ],
        "an invitation to members to send something after the meeting",
    ),
    (
        "The six dogs provision was the most controversial and members were welcome to suggest "
        "amendments. If they had any comments on the paper could they send them to the "
        "Governance Manager by Friday 10 July 2018.",
        [
            (
                "The six dogs provision was the most controversial and members were welcome to "
                "suggest amendments",
                None,
                None,
                "request",
            ),
            (
                "If they had any comments on the paper could they send them to the Governance "
                "Manager by Friday 10 July 2018",
                None,
                "2018-07-10",
                "request",
            ),
        ],
        "members' invitation after 'and', and their comments asked for by a day",
    ),
    (
        "They would be bringing a new Inclusion Strategy to the Committee in March.",
        [
            (
                "They would be bringing a new Inclusion Strategy to the Committee in March",
                None,
                "2018-03",
                "undertaking",
            )
        ],
        "what an officer will bring to this body, and when",
    ),
    (
        "RESOLVED – (a) That the situation be noted and, (b) that arrangements for future "
        "evidence gathering interviews are made.",
        [
            (
                "arrangements for future evidence gathering interviews are made",
                None,
                None,
                "resolution",
            )
        ],
        "arrangements a decision asks to be made",
    ),
    (
        "RESOLVED that the application be deferred to a future meeting of the Planning Committee.",
        [
            (
                "the application be deferred to a future meeting of the Planning Committee",
                None,
                None,
                "resolution",
            )
        ],
        "a deferral to a later meeting of the body, named",
    ),
    (
        "An officer from the Voluntary Service Council will be invited to attend to provide "
        "guidance on becoming a constituted group.",
        [
            (
                "An officer from the Voluntary Service Council will be invited to attend to "
                "provide guidance on becoming a constituted group",
                None,
                None,
                "undertaking",
            )
        ],
        "someone invited to come and do something, not a thing sent to them",
    ),
    (
        "Residents would be invited to attend a meeting with Wyvernshire County Council Highways.",
        [
            (
                "Residents would be invited to attend a meeting with Wyvernshire County Council Highways",
                None,
                None,
                "undertaking",
            )
        ],
        "invited to come, though the meeting is with another body",
    ),
    (
        "Resolved: Estimates requested for the work required.",
        [("Estimates requested for the work required", None, None, "resolution")],
        "a terse decision to ask for prices",
    ),
    (
        "Resolved: Recirculate the resolution from January 2017.",
        [("Recirculate the resolution from January 2017", None, None, "resolution")],
        "a decision to circulate a paper again",
    ),
    (
        "The accounts were noted.\n\nJW and KCW will contact the hall supervisor.",
        [("JW and KCW will contact the hall supervisor", "JW and KCW", None, "undertaking")],
        "members' initials, three letters after two in a run",
    ),
    (
        "The accounts were noted.\n\nCllr Ash will be looking into hiring a stilt walker.",
        [("Cllr Ash will be looking into hiring a stilt walker", "Cllr Ash", None, "undertaking")],
        "a promise told as what someone will be doing",
    ),
    (
        "Santa has been booked.\n\nCheck to see if the Piano lady from last year is available "
        "this year.",
        [
            (
                "Check to see if the Piano lady from last year is available this year",
                None,
                None,
                "terse",
            )
        ],
        "a bare imperative to check, a thing from last year no past",
    ),
    (
        "The hedge on Mill Lane is overgrown.\n\nFind out who owns the hedge.",
        [("Find out who owns the hedge", None, None, "terse")],
        "a bare imperative to find out",
    ),
    (
        "ii Resignation of M. Clarke\n\nHeld over to next Meeting\n\niii Surgery Sessions\n\n"
        "Held over to next Meeting",
        [
            ("Resignation of M. Clarke Held over to next Meeting", None, None, "deferral"),
            ("Surgery Sessions Held over to next Meeting", None, None, "deferral"),
        ],
        "a deferral that names nothing deferred, read with the heading above it, its list's "
        "numeral no part of the task",
    ),
    (
        "In the absence of any other volunteer, the secretary agreed to attend if possible.",
        [
            (
                "In the absence of any other volunteer, the secretary agreed to attend if possible",
                "Secretary",
                None,
                "undertaking",
            )
        ],
        "a post in lower case undertakes",
    ),
    (
        "The defibrillator was discussed.\n\nA committee will be formed to deal with the details.",
        [("A committee will be formed to deal with the details", None, None, "undertaking")],
        "a body formed for a task",
    ),
    (
        "Ideas for council initiatives were carried forward to next month.",
        [
            (
                "Ideas for council initiatives were carried forward to next month",
                None,
                None,
                "deferral",
            )
        ],
        "business carried forward to next month",
    ),
    (
        "Councillor Ash who was to take the inspection book for the month agreed to look at the "
        "hoop and repair it if necessary.",
        [
            (
                "Councillor Ash who was to take the inspection book for the month agreed to look at "
                "the hoop and repair it if necessary",
                "Councillor Ash",
                None,
                "undertaking",
            )
        ],
        "a promise past a relative clause after the one who made it",
    ),
    (
        "The Chairman requested the Clerk look into this and see if it was possible to remedy "
        "the issue.",
        [
            (
                "The Chairman requested the Clerk look into this and see if it was possible to "
                "remedy the issue",
                None,
                None,
                "request",
            )
        ],
        "the clerk asked in the subjunctive, without 'that' or 'to'",
    ),
    (
        "Dropped drain at Pecknall Lane. Clerk is to escalate the matter with Highways.",
        [
            (
                "Dropped drain at Pecknall Lane. Clerk is to escalate the matter with Highways",
                "Clerk",
                None,
                "terse",
            )
        ],
        "escalating a matter is a task's verb",
    ),
    (
        "The Committee raised concerns about late-night noise and invited Sergeant Fraser to the "
        "next meeting to discuss them further.",
        [
            (
                "The Committee raised concerns about late-night noise and invited Sergeant Fraser "
                "to the next meeting to discuss them further",
                None,
                None,
                "request",
            )
        ],
        "someone invited by the meeting to a later one",
    ),
    (
        "Councillor Mrs C A Talbot agreed to pursue this matter with the health trust.",
        [
            (
                "Councillor Mrs C A Talbot agreed to pursue this matter with the health trust",
                "Councillor Mrs C A Talbot",
                None,
                "undertaking",
            )
        ],
        "a member named with her initials",
    ),
    (
        "RESOLVED: (1) That the report be noted. (2) That the savings made by the restructure "
        "be explained in future reports. (3) That the Panel be consulted on the new dashboards.",
        [
            (
                "the savings made by the restructure be explained in future reports",
                None,
                None,
                "resolution",
            ),
            ("the Panel be consulted on the new dashboards", None, None, "resolution"),
        ],
        "a decision asking for something to be explained, or someone to be consulted",
    ),
    (
        "The Chairman will invite the KCC Highways Officer to the July meeting to discuss the "
        "A21 junction.",
        [
            (
                "The Chairman will invite the KCC Highways Officer to the July meeting to "
                "discuss the A21 junction",
                "Chairman",
                "2018-07",
                "undertaking",
            )
        ],
        "the chair's undertaking to invite a named officer is a task (not the agenda's words)",
    ),
    (
        "Following the resignation of Cllr Brown, the Clerk to declare the casual vacancy and "
        "notify Electoral Services.",
        [
            (
                "Following the resignation of Cllr Brown, the Clerk to declare the casual "
                "vacancy and notify Electoral Services",
                "Clerk",
                None,
                "terse",
            )
        ],
        "declaring a vacancy is a task, declaring an interest is none",
    ),
    (
        "RESOLVED that Cllr Watson investigate what support was available for the event.",
        [
            (
                "Cllr Watson investigate what support was available for the event",
                "Cllr Watson",
                None,
                "resolution",
            )
        ],
        "a member asked to investigate, the noun 'support' no decision's verb",
    ),
    (
        "The Clerk should write to the Highways team about the verge.",
        [
            (
                "The Clerk should write to the Highways team about the verge",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "what a post should do",
    ),
    (
        "Library Consultation – Clerk instructed to write to the County in support of the branch.",
        [
            (
                "Library Consultation – Clerk instructed to write to the County in support of the "
                "branch",
                "Clerk",
                None,
                "terse",
            )
        ],
        "the clerk instructed, 'was' left out, as terse minutes put it",
    ),
    (
        "Mr Ash asked an oral question about the leisure centre – a full written reply was "
        "promised.",
        [
            (
                "Mr Ash asked an oral question about the leisure centre – a full written reply "
                "was promised",
                None,
                None,
                "undertaking",
            )
        ],
        "an answer promised, in the past",
    ),
    (
        "An email had been received from Mr Payne about the minutes and the points raised would "
        "be followed up after the meeting.",
        [
            (
                "An email had been received from Mr Payne about the minutes and the points "
                "raised would be followed up after the meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "what had been received, and what will be done about it",
    ),
    (
        "Water tank\nIJ to send a letter expressing community interest\n\nCross cottage\nAB is "
        "to organise a site visit",
        [
            ("IJ to send a letter expressing community interest", "IJ", None, "terse"),
            ("AB is to organise a site visit", "AB", None, "terse"),
        ],
        "a terse task on the line under its heading, no stop between them",
    ),
    (
        "Issues were raised about cones left at work sites.\nACTION: That an update be provided "
        "for the next Area Forum.",
        [
            (
                "Issues were raised about cones left at work sites. That an update be provided "
                "for the next Area Forum",
                None,
                None,
                "action-line",
            )
        ],
        "an action label over a decision's words; an update on nothing named takes its scene",
    ),
    (
        "Issues were raised about cones left at work sites.\nACTION: That an update on the "
        "cones be provided for the next Area Forum.",
        [
            (
                "That an update on the cones be provided for the next Area Forum",
                None,
                None,
                "action-line",
            )
        ],
        "an update that names what it is on says enough alone",
    ),
    (
        "RESOLVED\n\nThat the proposal to form area transport panels be not pursued but the "
        "Portfolio Holder for Transport consider ways to keep ward members informed.",
        [
            (
                "the Portfolio Holder for Transport consider ways to keep ward members informed",
                "Portfolio Holder for Transport",
                None,
                "resolution",
            )
        ],
        "a decision's clause after 'but' is judged on its own",
    ),
    (
        "RESOLVED\n\nThat in view of the restrictions, no action be taken at present but the "
        "matter be reviewed in six months’ time.",
        [("the matter be reviewed in six months’ time", None, "2018-07", "resolution")],
        "a subjunctive clause after 'but' is judged on its own",
    ),
    (
        "The Council were willing to help the group however, bearing in mind that one member of "
        "the group is also a councillor and the Council did not have a dispensation, the Council "
        "agreed that the Clerk write for advice on the Council's position.",
        [
            (
                "the Council agreed that the Clerk write for advice on the Council's position",
                "Clerk",
                None,
                "resolution",
            )
        ],
        "a body's decision after a long preamble asks the one it names, from its own words",
    ),
    (
        "Sandbags need collecting from the pavilion. Action JB Ivy to be cleared from the hall "
        "porch – Action JB",
        [
            ("Ivy to be cleared from the hall porch", "JB", None, "terse"),
            ("Sandbags need collecting from the pavilion", "JB", None, "action-line"),
        ],
        "'Action' and initials without a colon after a stop or a dash close the task before",
    ),
    (
        "The village won a gold award. A larger request to the Common Good Fund will be made to "
        "help support the entry next year.",
        [
            (
                "A larger request to the Common Good Fund will be made to help support the entry "
                "next year",
                None,
                None,
                "undertaking",
            )
        ],
        "a request or an application promised in the passive",
    ),
    (
        "A Paper would be offered to the next meeting for approval and signature.",
        [
            (
                "A Paper would be offered to the next meeting for approval and signature",
                None,
                None,
                "undertaking",
            )
        ],
        "a paper offered to a later meeting in the passive",
    ),
    (
        "Councillors asked about the schemes.\n\nACTION:  Officers to provide:\n\n1.  An update on "
        "the crossing schemes agreed last year\n\n2.  Information on who chose the sites.\n\n"
        "Supporting documents:",
        [
            (
                "Officers to provide an update on the crossing schemes agreed last year",
                "Officers",
                None,
                "action-line",
            ),
            (
                "Officers to provide information on who chose the sites",
                "Officers",
                None,
                "action-line",
            ),
        ],
        "an action label's task closed by a colon over a numbered list is a task an entry",
    ),
    (
        "The footpath by the school is overgrown again. Clerk to provide an update at the next "
        "meeting.",
        [
            (
                "The footpath by the school is overgrown again. Clerk to provide an update at "
                "the next meeting",
                "Clerk",
                None,
                "terse",
            )
        ],
        "an unlabelled task's update on nothing named takes its scene too",
    ),
    (
        "Bollards: damaged bollards were reported on Mill Road.\nACTION: That an update be "
        "provided for the next Area Forum.\nRiver path: its lighting was queried.\nACTION: That "
        "an update be provided at the next Area Forum.",
        [
            (
                "Bollards: damaged bollards were reported on Mill Road. That an update be "
                "provided for the next Area Forum",
                None,
                None,
                "action-line",
            ),
            (
                "River path: its lighting was queried. That an update be provided at the next "
                "Area Forum",
                None,
                None,
                "action-line",
            ),
        ],
        "two action labels under two matters are two tasks, however alike their words",
    ),
    (
        "The hall needs work on its roof and gutters.\nACTION - get estimates for work needed on "
        "the Hall\nACTION: Ongoing",
        [("get estimates for work needed on the Hall", None, None, "action-line")],
        "an action label over a bare imperative, nobody named; a status is none",
    ),
    (
        "The Clerk stated that he would be sending out new register of interest forms.",
        [
            (
                "The Clerk stated that he would be sending out new register of interest forms",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "what someone would be doing, promised",
    ),
    (
        "The youth worker said she will try and arrange for the bus to come to the village.",
        [
            (
                "The youth worker said she will try and arrange for the bus to come to the village",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise to try and do it",
    ),
    (
        "Parking at the school gates was discussed. The Clerk has agreed to try and source a "
        "smaller bin. Cllr Ives agreed to take the matter up with Highways. The Clerk agreed to "
        "take photographs of the verge. He agreed to e mail the figures to members.",
        [
            ("The Clerk has agreed to try and source a smaller bin", "Clerk", None, "undertaking"),
            (
                "Cllr Ives agreed to take the matter up with Highways",
                "Cllr Ives",
                None,
                "undertaking",
            ),
            ("The Clerk agreed to take photographs of the verge", "Clerk", None, "undertaking"),
            ("He agreed to e mail the figures to members", "Clerk", None, "undertaking"),
        ],
        "what one has agreed to try and do; taking a matter up or photographs; an e mail",
    ),
    (
        "The hall's records were discussed. Cllr Ives agreed to store the documents in the "
        "interim. The Clerk agreed to put up the notices. The weather would clear by the "
        "weekend. Mr Smith, the applicant, said he would clear the site.",
        [
            (
                "Cllr Ives agreed to store the documents in the interim",
                "Cllr Ives",
                None,
                "undertaking",
            ),
            ("The Clerk agreed to put up the notices", "Clerk", None, "undertaking"),
        ],
        "a parish's practical tasks agreed to: storing, putting up (not what the weather or an "
        "applicant would do)",
    ),
    (
        "The fence on the green was discussed. The Clerk agreed to remove the broken section. "
        "Cllr Lee agreed to order two new bins for the car park. The contractor agreed to "
        "repair the gate.",
        [
            (
                "The fence on the green was discussed. The Clerk agreed to remove the broken "
                "section",
                "Clerk",
                None,
                "undertaking",
            ),
            (
                "Cllr Lee agreed to order two new bins for the car park",
                "Cllr Lee",
                None,
                "undertaking",
            ),
        ],
        "removing, ordering: practical tasks agreed to (not a contractor's part)",
    ),
    (
        "A reply from Royal Mail about the post box was still awaited; Royal Mail would be "
        "hastened. An article would be placed in the parish magazine asking for ideas. The "
        "Committee would be consulted on the draft plan in October.",
        [
            (
                "A reply from Royal Mail about the post box was still awaited; Royal Mail would "
                "be hastened",
                None,
                None,
                "undertaking",
            ),
            (
                "An article would be placed in the parish magazine asking for ideas",
                None,
                None,
                "undertaking",
            ),
            (
                "The Committee would be consulted on the draft plan in October",
                None,
                "2018-10",
                "undertaking",
            ),
        ],
        "promises in the passive: hastened, placed in, consulted",
    ),
    (
        "Nobody was sure what to do about the hedge.\nRB to do a ballpark estimate for the "
        "cost.\nHighways England to do the resurfacing in August.",
        [("RB to do a ballpark estimate for the cost", "RB", None, "terse")],
        "a member's terse task to do something named after it (not a body's plan)",
    ),
    (
        "The grounds at St Margaret's were discussed.\nCllr Bennison to have this looked at and "
        "a solution advised.\nThe Chairman agreed to get an estimate for the refurbishment of "
        "the notice board. The election of a vice chairperson will be dealt with at the "
        "September meeting. Members agreed to get together after the fete.",
        [
            (
                "Cllr Bennison to have this looked at and a solution advised",
                "Cllr Bennison",
                None,
                "terse",
            ),
            (
                "The Chairman agreed to get an estimate for the refurbishment of the notice board",
                "Chairman",
                None,
                "undertaking",
            ),
            (
                "The election of a vice chairperson will be dealt with at the September meeting",
                None,
                "2018-09",
                "undertaking",
            ),
        ],
        "to have something done, to get an estimate, to be dealt with at a later meeting "
        "(not to get together)",
    ),
    (
        "County Councillor Ives requested to be informed of any incidents on the estate. "
        "Members asked to be kept updated on the repairs. The Clerk was asked to be present. "
        "A resident asked to be kept informed about the application.",
        [
            (
                "County Councillor Ives requested to be informed of any incidents on the estate",
                None,
                None,
                "request",
            ),
            ("Members asked to be kept updated on the repairs", None, None, "request"),
        ],
        "a member asking to be informed or kept updated; not asked to be present, nor a resident",
    ),
    (
        "Mrs Ash will formally write to Mr Garner. SC would examine the street sign before the "
        "next meeting.",
        [
            ("Mrs Ash will formally write to Mr Garner", "Mrs Ash", None, "undertaking"),
            ("SC would examine the street sign before the next meeting", "SC", None, "undertaking"),
        ],
        "a promise with a word between it and its verb; examining a thing is a task",
    ),
    (
        "In 2019 the Clerk would first write to the landowner each spring, but this had never "
        "happened.",
        [],
        "what someone used to do, in the past, is no promise",
    ),
    (
        "Mr Brady asked the Leader how he proposed to provide more money for local services.",
        [],
        "a question put to someone is no request of them",
    ),
    (
        "The item on recording meetings was deferred until after the elections in May 2019.",
        [
            (
                "The item on recording meetings was deferred until after the elections in May 2019",
                None,
                "2019-05",
                "deferral",
            )
        ],
        "a deferral until an event, its month the due date",
    ),
    (
        "A letter was received from the MP. GF will scan the letter to the members.",
        [
            (
                "A letter was received from the MP. GF will scan the letter to the members",
                "GF",
                None,
                "undertaking",
            )
        ],
        "a member's initials, and a verb of sending papers",
    ),
    (
        "Cllr Kirk listed the roads where pot holes have appeared – to be reported to Highways.",
        [
            (
                "Cllr Kirk listed the roads where pot holes have appeared – to be reported to Highways",
                None,
                None,
                "terse",
            )
        ],
        "after a dash, 'to be done' is the task on what the line named",
    ),
    (
        "Potholes on Mill Road; blocked gully at the ford requires clearing– all to be "
        "passed to the roads team.",
        [
            (
                "Potholes on Mill Road; blocked gully at the ford requires clearing– all to be "
                "passed to the roads team",
                None,
                None,
                "terse",
            )
        ],
        "after a dash glued to the word before, 'all to be done' is the task on the list",
    ),
    (
        "The quotation was higher than expected so further clarification to be sought.",
        [
            (
                "The quotation was higher than expected so further clarification to be sought",
                None,
                None,
                "terse",
            )
        ],
        "clarification to be sought",
    ),
    (
        "- Agreed that clerk to place an agenda item for next month in respect of the allotments"
        "\n- Footpaths\n- Clerk to place agenda item for next month to discuss playground "
        "improvements\n- Health\n- Clerk to place an agenda item for next month in respect of "
        "the allotments",
        [
            (
                "clerk to place an agenda item for next month in respect of the allotments",
                "Clerk",
                None,
                "resolution",
            ),
            (
                "Clerk to place agenda item for next month to discuss playground improvements",
                "Clerk",
                None,
                "terse",
            ),
        ],
        "a terse task on another matter than a decision's like it is a task of its own; one "
        "restating the decision is not",
    ),
    (
        "A. Hale will read through the existing policy and send any changes to the Chair.",
        [
            (
                "A. Hale will read through the existing policy and send any changes to the Chair",
                "A. Hale",
                None,
                "undertaking",
            )
        ],
        "an undertaking to read a document through",
    ),
    (
        "Printing the newsletter in colour: W. Dale to cost this.",
        [("Printing the newsletter in colour: W. Dale to cost this", "Dale", None, "terse")],
        "a member to cost a thing, a terse task (never what a thing costs)",
    ),
    (
        "The Clerk said that the paths were muddy and a degree of detritus is to be expected. "
        "He AGREED to contact the Footpaths Officer. Action: Clerk",
        [("He AGREED to contact the Footpaths Officer", "Clerk", None, "action-line")],
        "an owner line's task is the sentence agreeing to it",
    ),
    (
        "After discussion it was AGREED to co-opt Mr Dale and to permit him to sign his "
        "declaration of acceptance before the next meeting. The Chair welcomed Mr Dale to the "
        "Council. Action: Clerk and Mr Dale",
        [
            (
                "After discussion it was AGREED to co-opt Mr Dale and to permit him to sign his "
                "declaration of acceptance before the next meeting",
                "Clerk and Mr Dale",
                None,
                "action-line",
            )
        ],
        "an owner line's task is not the chair's courtesy that closes the paragraph",
    ),
    (
        "The bench by the pond has come loose from its base and the\nslats are split. Action: JB",
        [
            (
                "The bench by the pond has come loose from its base and the slats are split",
                "JB",
                None,
                "action-line",
            )
        ],
        "an owner's task whole, on one line, where its sentence was broken over two lines",
    ),
    (
        "Jim said that there seems to be a problem with access to the car park. The fence is "
        "in poor condition. Request further information on the survey. Action : JR",
        [("Request further information on the survey", "JR", None, "action-line")],
        "an owner line's task told with no one named, after sentences about the place",
    ),
    (
        "No further action on the request for a 20mph limit\n"
        "A review of the signage in the village would be undertaken - MN",
        [("A review of the signage in the village would be undertaken", "MN", None, "action-line")],
        "an owner's task on a list's line, apart from the entry above it",
    ),
    (
        "Motion carried. SR to arrange for the deed to be signed.",
        [("SR to arrange for the deed to be signed", "SR", None, "terse")],
        "a short task read alone after a vote's formula",
    ),
    (
        "The Clerk will write to the school about parking. Chair will speak to the head.",
        [
            ("The Clerk will write to the school about parking", "Clerk", None, "undertaking"),
            ("Chair will speak to the head", "Chair", None, "undertaking"),
        ],
        "a short task read alone after a task of its own",
    ),
    (
        "The bus shelter roof is leaking again.\nClerk will notify the county.",
        [("Clerk will notify the county", "Clerk", None, "undertaking")],
        "a short task read alone on a line of its own",
    ),
    (
        "The proposed crossing on Mill Lane has been delayed again. Clerk to chase Highways.",
        [
            (
                "The proposed crossing on Mill Lane has been delayed again. Clerk to chase Highways",
                "Clerk",
                None,
                "terse",
            )
        ],
        "'proposed' as an adjective is no vote: the scene stays",
    ),
    (
        "Proposed by Cllr Hart, seconded by Cllr Lee, all in favour. Clerk to arrange payment.",
        [("Clerk to arrange payment", "Clerk", None, "terse")],
        "a short task read alone after a vote",
    ),
    (
        "The Chairman thanked everyone who helped at the quiz night. Clerk to book the hall.",
        [("Clerk to book the hall", "Clerk", None, "terse")],
        "a short task read alone after thanks",
    ),
    (
        "details of the grant monies. He agreed to e mail the forms.",
        [("He agreed to e mail the forms", None, None, "undertaking")],
        "a short task read alone after the broken tail of a sentence",
    ),
    (
        "RESOLVED: That the Town Clerk write to the landowner requesting that the hedge be "
        "trimmed before the bird nesting season.",
        [
            (
                "the Town Clerk write to the landowner requesting that the hedge be trimmed "
                "before the bird nesting season",
                "Town Clerk",
                None,
                "resolution",
            )
        ],
        "a task whose own clause asks that something be done",
    ),
    (
        "The Clerk will obtain a second quote for the swing seats. Repair costs were estimated "
        "at £400 by the first contractor. Action: Clerk",
        [
            (
                "The Clerk will obtain a second quote for the swing seats",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a sentence opening with a noun a task's verb is spelt like is no task told",
    ),
    (
        "Cllr. O. Williams and the Clerk to review the Standing Orders.",
        [
            (
                "Cllr. O. Williams and the Clerk to review the Standing Orders",
                "Cllr. O. Williams and the Clerk",
                None,
                "terse",
            )
        ],
        "two owners of a terse task, a member with initials and a post",
    ),
    (
        "Action - NO / JH will collate documentation for the grant.",
        [("NO / JH will collate documentation for the grant", "NO / JH", None, "action-line")],
        "an ACTION line whose owners will",
    ),
    (
        "Action JB/RR to make enquiries with the landowner\nACTION PLAN to be reviewed in May",
        [("JB/RR to make enquiries with the landowner", "JB/RR", None, "action-line")],
        "the bare label before the owners' initials; never a document's name",
    ),
    (
        "Officers committed to share advice on steps that can be taken against drink spiking. "
        "The Clerk said the hall can be hired by the group.",
        [
            (
                "Officers committed to share advice on steps that can be taken against drink "
                "spiking",
                "Officers",
                None,
                "undertaking",
            )
        ],
        "a noun's relative clause that 'can be' is no plan laid out",
    ),
    (
        "RESOLVED to:\nSeek a timetable from the County Council for the new crossing;\n"
        "Await the survey of the bridge;\nInvite the Highways Officer to the next meeting.",
        [
            (
                "Seek a timetable from the County Council for the new crossing",
                None,
                None,
                "resolution",
            ),
            ("Invite the Highways Officer to the next meeting", None, None, "resolution"),
        ],
        "a decision's tasks, a paragraph each under its 'to:' with no marker",
    ),
    (
        "The new Ward Councillor introduced himself. He would be invited to either the "
        "September or October meeting. The report would be submitted to Ofsted.",
        [
            (
                "He would be invited to either the September or October meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "one invited to a choice of the body's later meetings is no one sent outside",
    ),
    (
        "The review would be completed and presented to the Fire Authority at its meeting on 3 "
        "September 2020.",
        [
            (
                "The review would be completed and presented to the Fire Authority at its "
                "meeting on 3 September 2020",
                None,
                "2020-09-03",
                "undertaking",
            )
        ],
        "a thing to come before the body named at a meeting of its own",
    ),
    (
        "Chair will write to the Land Registry – Cllr Rooke will supply the map numbers. "
        "Hedges – Clerk will write to the owner.",
        [
            ("Chair will write to the Land Registry", "Chair", None, "undertaking"),
            ("Cllr Rooke will supply the map numbers", "Cllr Rooke", None, "undertaking"),
            ("Hedges – Clerk will write to the owner", "Clerk", None, "undertaking"),
        ],
        "one owner's promise after another's, past a dash, is a task of its own",
    ),
    (
        "JJ agreed to find out the cost of a minibus from Wexcombe Coaches, GF will scan the "
        "paperwork for the absent councillors.",
        [
            (
                "JJ agreed to find out the cost of a minibus from Wexcombe Coaches",
                "JJ",
                None,
                "undertaking",
            ),
            ("GF will scan the paperwork for the absent councillors", "GF", None, "undertaking"),
        ],
        "or past a comma",
    ),
    (
        "Village Lights - JS would ask Brian Chisholm to check the power supply. FR will speak "
        "to the owner of the tree.",
        [
            (
                "Village Lights - JS would ask Brian Chisholm to check the power supply",
                "JS",
                None,
                "undertaking",
            ),
            ("FR will speak to the owner of the tree", "FR", None, "undertaking"),
        ],
        "a member's initials as the one who undertakes",
    ),
    (
        "Circulated to Councillors. To be placed on the June agenda. c. The accounts were "
        "accepted. This will be discussed again at the April meeting.",
        [
            ("To be placed on the June agenda", None, "2018-06", "deferral"),
            ("This will be discussed again at the April meeting", None, "2018-04", "deferral"),
        ],
        "a future agenda, with no subject; a list's 'c.' starts a sentence",
    ),
    (
        "Councillor Dixon will carry out this risk assessment.",
        [
            (
                "Councillor Dixon will carry out this risk assessment",
                "Councillor Dixon",
                None,
                "undertaking",
            )
        ],
        "an undertaking to carry out",
    ),
    (
        "Clerk to place on May agenda. Clerk to maintain pressure on this.",
        [
            ("Clerk to place on May agenda", "Clerk", "2018-05", "terse"),
            ("Clerk to maintain pressure on this", "Clerk", None, "terse"),
        ],
        "a post to do anything: no verb list needed",
    ),
    (
        "The Clerk is still waiting for a quote. The clerk is to ask Greenways to cut the verge.",
        [("The clerk is to ask Greenways to cut the verge", "Clerk", None, "terse")],
        "a post that 'is to' do something, in lower case",
    ),
    (
        "Bramble along Church Walk - SV to request that the contractors strim the path. "
        "Councillors were concerned about the green, the Clerk to write to the householder.",
        [
            (
                "Bramble along Church Walk - SV to request that the contractors strim the path",
                "SV",
                None,
                "terse",
            ),
            (
                "Councillors were concerned about the green, the Clerk to write to the householder",
                "Clerk",
                None,
                "terse",
            ),
        ],
        "a terse task after a dash (initials) or a comma (a post)",
    ),
    (
        "The hedge is overgrown. Clerk notify the owner at Mill Farm. Clerk asked to send a "
        "letter to the school.",
        [
            ("The hedge is overgrown. Clerk notify the owner at Mill Farm", "Clerk", None, "terse"),
            ("Clerk asked to send a letter to the school", "Clerk", None, "terse"),
        ],
        "the clerk told in the subjunctive, or 'asked to' without 'was'",
    ),
    (
        "RESOLVED that the Board:\n\n1) Notes the report.\n\n2) Requests an update to the Board in "
        "March 2018.",
        [("Requests an update to the Board in March 2018", None, "2018-03", "resolution")],
        "request verb",
    ),
    (
        "RESOLVED that the Board requests that the Chair write to the Minister.",
        [("the Board requests that the Chair write to the Minister", "Chair", None, "resolution")],
        "owner after requests",
    ),
    (
        "RESOLVED that the Board agrees that a workshop be held for Members on 14th February 2018.",
        [
            (
                "a workshop be held for Members on 14th February 2018",
                None,
                "2018-02-14",
                "resolution",
            )
        ],
        "passive, full date",
    ),
    (
        "RESOLVED that a presentation be made to a future meeting on the vaccination programme.",
        [
            (
                "a presentation be made to a future meeting on the vaccination programme",
                None,
                None,
                "resolution",
            )
        ],
        "passive, made to a later meeting",
    ),
    (
        "RESOLVED that the bus review be put on the Work Plan for the September meeting.",
        [
            (
                "the bus review be put on the Work Plan for the September meeting",
                None,
                "2018-09",
                "resolution",
            )
        ],
        "passive, put on the work plan",
    ),
    ("RESOLVED that the application be put on hold.", [], "put on hold is no task"),
    (
        "Mr Lawson raised the speed bumps. County Cllr Barbour said he would follow the matter up.",
        [
            (
                "County Cllr Barbour said he would follow the matter up",
                "Cllr Barbour",
                None,
                "undertaking",
            )
        ],
        "the one a pronoun stands for, a county councillor named with his place",
    ),
    (
        "The clerk would contact the Locality Steward about the verge. The Manager at The Farm "
        "said he would send the plans to the Clerk.",
        [
            (
                "The clerk would contact the Locality Steward about the verge",
                "Clerk",
                None,
                "undertaking",
            ),
            (
                "The Manager at The Farm said he would send the plans to the Clerk",
                "Manager",
                None,
                "undertaking",
            ),
        ],
        "owners as the tracker lists them: a post in capitals; a person, not the place named "
        "after them",
    ),
    (
        "It was resolved for the Clerk to write to the landowner about the hedge. It was agreed "
        "for the Chairman to contact the school. It was agreed for the time being to leave the "
        "bench where it is.",
        [
            (
                "for the Clerk to write to the landowner about the hedge",
                "Clerk",
                None,
                "resolution",
            ),
            ("It was agreed for the Chairman to contact the school", None, None, "agreement"),
        ],
        "resolved or agreed for someone to do it (not 'for the time being')",
    ),
    (
        "RESOLVED that meetings of the Committee be held at 5.30pm for the ensuing municipal year.",
        [],
        "the times of the year's meetings",
    ),
    (
        "That the committee agreed that sub-committees are to be held in either the Town Hall "
        "or Mill Street depending on the location of the application.",
        [],
        "where the body's meetings are held, as their times",
    ),
    (
        "RESOLVED that a special meeting of the Board be held in the Town Hall in March.",
        [
            (
                "a special meeting of the Board be held in the Town Hall in March",
                None,
                "2018-03",
                "resolution",
            )
        ],
        "a meeting called once is one to arrange",
    ),
    (
        "RESOLVED that the Clerk arrange for two public consultation meetings to be held in "
        "the Village Hall in April.",
        [
            (
                "the Clerk arrange for two public consultation meetings to be held in the "
                "Village Hall in April",
                "Clerk",
                "2018-04",
                "resolution",
            )
        ],
        "meetings called or arranged are tasks, wherever they are held",
    ),
    (
        "RESOLVED that the matter be placed on the Finance and General Purposes Committee agenda.",
        [
            (
                "the matter be placed on the Finance and General Purposes Committee agenda",
                None,
                None,
                "resolution",
            )
        ],
        "passive, placed on a committee's agenda",
    ),
    (
        "Members agreed that the item should not be put on the agenda until the survey is done.",
        [],
        "what should not be done",
    ),
    (
        "The Clerk was asked to confirm with the contractor that no other issues had arisen.",
        [
            (
                "The Clerk was asked to confirm with the contractor that no other issues had arisen",
                "Clerk",
                None,
                "request",
            )
        ],
        "no other issues, inside a task",
    ),
    (
        "RESOLVED that payment be made to the contractor for the works.",
        [],
        "a payment made is a decision, not a request",
    ),
    (
        "RESOLVED that:\n1) the report be noted\n2) the consultation document be sent to Members.",
        [("the consultation document be sent to Members", None, None, "resolution")],
        "noting part is no action",
    ),
    (
        "RESOLVED that the following items be added to the Work Programme:\n1) Fostering\n"
        "2) Education Progress to the February meeting",
        [
            ("Fostering", None, None, "resolution"),
            ("Education Progress to the February meeting", None, "2018-02", "resolution"),
        ],
        "work programme lead-in makes every part an action",
    ),
    (
        "RESOLVED that the Chair and the Deputy Chair to meet the Director before September.",
        [
            (
                "the Chair and the Deputy Chair to meet the Director before September",
                "Chair and the Deputy Chair",
                "2018-09",
                "resolution",
            )
        ],
        "X to do Y, bare month",
    ),
    (
        "RESOLVED: That the Committee recommends to Cabinet that the grant be continued.",
        [
            (
                "the Committee recommends to Cabinet that the grant be continued",
                "Cabinet",
                None,
                "resolution",
            )
        ],
        "recommendation to a body",
    ),
    (
        "Further information was requested including:\n\n• A glossary of acronyms\n\n"
        "• ACE to further report on their work\n\nThe Board thanked officers.",
        [
            ("A glossary of acronyms", None, None, "request-list"),
            ("ACE to further report on their work", "ACE", None, "request-list"),
        ],
        "request list",
    ),
    (
        "Further to minute 15/19 Cllr Sandhu would follow up further training.",
        [
            (
                "Further to minute 15/19 Cllr Sandhu would follow up further training",
                "Cllr Sandhu",
                None,
                "undertaking",
            )
        ],
        "undertaking",
    ),
    (
        "The Head of Property Services agreed to confirm the programme by email.",
        [
            (
                "The Head of Property Services agreed to confirm the programme by email",
                "Head of Property Services",
                None,
                "undertaking",
            )
        ],
        "a person whose title ends in Services",
    ),
    (
        "ACTION: Development Manager to arrange a site visit before 10 April 2018.\n\n"
        "ACTION: Paul Okonjo",
        [
            (
                "Development Manager to arrange a site visit before 10 April 2018",
                "Development Manager",
                "2018-04-10",
                "action-line",
            )
        ],
        "ACTION: lines; a bare name is no action",
    ),
    (
        "ACTION: Head of Housing to arrange a site visit for Members.\n\n"
        "RESOLVED that:\n\n1) the report be noted;\n\n2) Director of Public Health to "
        "circulate the data to Members.",
        [
            (
                "Director of Public Health to circulate the data to Members",
                "Director of Public Health",
                None,
                "resolution",
            ),
            (
                "Head of Housing to arrange a site visit for Members",
                "Head of Housing",
                None,
                "action-line",
            ),
        ],
        "a post named without 'the' (Head of ..., Director of ...) owns the task",
    ),
    (
        "The verge was discussed.\n\nAction: Clerk to contact the landowner.\n\n"
        "ACTION: To obtain three quotes for the hedge.\n\n"
        "ACTION: Cllr Smith and the Clerk to meet the contractor on site.\n\n"
        "ACTIONS: Clerk to write to Highways; Chair to speak to the farmer.\n\n"
        "ACTION: To note the report.",
        [
            (
                "The verge was discussed. Clerk to contact the landowner",
                "Clerk",
                None,
                "action-line",
            ),
            ("To obtain three quotes for the hedge", None, None, "action-line"),
            (
                "Cllr Smith and the Clerk to meet the contractor on site",
                "Cllr Smith and the Clerk",
                None,
                "action-line",
            ),
            ("Clerk to write to Highways", "Clerk", None, "action-line"),
            ("Chair to speak to the farmer", "Chair", None, "action-line"),
        ],
        "action lines in any case, each task of one, with no owner or with several; "
        "a line that asks for nothing is no action",
    ),
    (
        "ACTIONS: To write to Highways; Chair to speak to the farmer.",
        [
            ("To write to Highways", None, None, "action-line"),
            ("Chair to speak to the farmer", "Chair", None, "action-line"),
        ],
        "a task with nobody named is still one of the line's tasks",
    ),
    (
        "Members requested further information on the cost of the scheme. The Chair requested "
        "a report on parking enforcement to a future meeting. The Committee had requested a "
        "report at its last meeting, which was now presented. The Clerk was instructed to "
        "write to the landowner.",
        [
            (
                "Members requested further information on the cost of the scheme",
                None,
                None,
                "request",
            ),
            (
                "The Chair requested a report on parking enforcement to a future meeting",
                None,
                None,
                "request",
            ),
            ("The Clerk was instructed to write to the landowner", "Clerk", None, "request"),
        ],
        "requested and a thing asked for (not what had been requested before); instructed to",
    ),
    (
        "a) The Clerk presented the accounts.\nc) Cllr Moss asked for a breakdown of the grass "
        "cutting costs.",
        [("Cllr Moss asked for a breakdown of the grass cutting costs", None, None, "request")],
        "asked for a breakdown; the list's letter is not the action's words",
    ),
    (
        "Item held over to the next meeting. The item on the pavilion was postponed until "
        "the March meeting. The underspend would be carried forward to the next financial year.",
        [
            ("Item held over to the next meeting", None, None, "deferral"),
            (
                "The item on the pavilion was postponed until the March meeting",
                None,
                "2018-03",
                "deferral",
            ),
        ],
        "held over, postponed: deferrals; a budget carried forward is none",
    ),
    (
        "The Chair asked the Director of Public Health to circulate the figures.",
        [
            (
                "The Chair asked the Director of Public Health to circulate the figures",
                "Director of Public Health",
                None,
                "request",
            )
        ],
        "the one asked to act owns the request",
    ),
    (
        "The Head of Inclusion advised that absence had fallen. She undertook to provide a "
        "breakdown by district.",
        [
            (
                "The Head of Inclusion advised that absence had fallen. She undertook to provide "
                "a breakdown by district",
                "Head of Inclusion",
                None,
                "undertaking",
            )
        ],
        "a pronoun's owner is the one who spoke in the sentence before",
    ),
    (
        "ACTION: Clerk to obtain quotes within six weeks.\n\nACTION: Clerk to book the hall by "
        "mid-July.\n\nACTION: Chair to report back in three months' time.",
        [
            ("Clerk to obtain quotes within six weeks", "Clerk", "2018-02-22", "action-line"),
            ("Clerk to book the hall by mid-July", "Clerk", "2018-07", "action-line"),
            ("Chair to report back in three months' time", "Chair", "2018-04", "action-line"),
        ],
        "due a time after the meeting (a day for weeks, a month for months); mid-month",
    ),
    (
        "Members requested that this item be discussed at the next meeting.",
        [
            (
                "Members requested that this item be discussed at the next meeting",
                None,
                None,
                "request",
            )
        ],
        "narrative request when no resolution asks",
    ),
    (
        "Members requested that this be discussed at the next meeting.\n\n"
        "RESOLVED that Exclusions be added to the next agenda.",
        [("Exclusions be added to the next agenda", None, None, "resolution")],
        "the resolution is the request, not the narrative",
    ),
    (
        "The Clerk would write to the Highways Authority about the verge at Mill Lane.\n"
        "Action: Clerk to write to Highways Authority",
        [
            (
                "The Clerk would write to the Highways Authority about the verge at Mill Lane",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "an action line restating the prose is the same action",
    ),
    (
        "RESOLVED that a letter is sent to the Highways Authority about the potholes.",
        [
            (
                "a letter is sent to the Highways Authority about the potholes",
                None,
                None,
                "resolution",
            )
        ],
        "a decision in the indicative: 'is sent' for 'be sent'",
    ),
    (
        "RESOLVED that:\n(a) the report be noted;\n(b) two training sessions are arranged "
        "during the year;\n(c) the Clerk contacts the police about speeding.",
        [
            ("two training sessions are arranged during the year", None, None, "resolution"),
            ("the Clerk contacts the police about speeding", "Clerk", None, "resolution"),
        ],
        "indicative parts: 'are arranged', 'the Clerk contacts'",
    ),
    (
        "It was resolved to contact the landowner about the hedge.",
        [("contact the landowner about the hedge", None, None, "resolution")],
        "a decision to do a task",
    ),
    (
        "The gate was reported as insecure. ACTION: Clerk\n\nA new strimmer was needed ACTION "
        "Cllr Brown please.",
        [
            ("The gate was reported as insecure", "Clerk", None, "action-line"),
            ("A new strimmer was needed", "Cllr Brown", None, "action-line"),
        ],
        "an owner label closing the sentence it owns",
    ),
    (
        "Bank mandate forms were to be redone. ACTION: JL to resubmit.\n·\nTrees in\nVillage. "
        "There is no list of trees. ACTION: ME\nto map the trees the Council owns.",
        [
            ("Bank mandate forms were to be redone. JL to resubmit", "JL", None, "terse"),
            (
                "There is no list of trees. ME to map the trees the Council owns",
                "ME",
                None,
                "terse",
            ),
        ],
        "a labelled task ends at its stop before a '·' bullet, read with the sentence that "
        "says what it is about; a task broken after its owner",
    ),
    (
        "Clerk to write to Highways about the blocked drain. Councillor Beech to investigate.",
        [
            ("Clerk to write to Highways about the blocked drain", "Clerk", None, "terse"),
            ("Councillor Beech to investigate", "Councillor Beech", None, "terse"),
        ],
        "a short task after another's task is a task of its own, that task no scene of it",
    ),
    (
        "Cllr Mann asked whether the Council should contact the next parish to ask if they "
        "would contribute to the costs. The Clerk to write.",
        [
            (
                "Cllr Mann asked whether the Council should contact the next parish to ask if "
                "they would contribute to the costs. The Clerk to write",
                "Clerk",
                None,
                "terse",
            )
        ],
        "a short task that answers the request before it is the same task",
    ),
    (
        "The hedge has not been cut back. ACTION: Clerk to chase.\nThe village sign has not "
        "been reinstated. ACTION: Clerk to chase regarding the sign.",
        [
            ("The hedge has not been cut back. Clerk to chase", "Clerk", None, "terse"),
            (
                "The village sign has not been reinstated. Clerk to chase regarding the sign",
                "Clerk",
                None,
                "terse",
            ),
        ],
        "two labels of the same owner and verb are two tasks",
    ),
    (
        "Officers confirmed that the figures had gone to the Resources Committee. ACTION: A "
        "copy of the report would be circulated to the questioner.\n• Members discussed the "
        "new signs. (ACTION: Democratic Services to arrange a briefing.)",
        [
            (
                "A copy of the report would be circulated to the questioner",
                None,
                None,
                "action-line",
            ),
            (
                "Democratic Services to arrange a briefing",
                "Democratic Services",
                None,
                "action-line",
            ),
        ],
        "a label in capitals after the line's sentences, over its last, in brackets or not, "
        "is a task's; a task told in the passive names no owner",
    ),
    (
        "• The board's terms of reference are being reviewed.\n\nAction: Set a date for the "
        "first board meeting. Send out appointment letters. Training to be organised (AB)\n\n"
        "Action: Compare the two survey tools. Find out how many forms were left unfinished. "
        "(CD & EF)",
        [
            ("Set a date for the first board meeting", "AB", None, "action-line"),
            ("Send out appointment letters", "AB", None, "action-line"),
            ("Training to be organised", "AB", None, "action-line"),
            ("Compare the two survey tools", "CD & EF", None, "action-line"),
            ("Find out how many forms were left unfinished", "CD & EF", None, "action-line"),
        ],
        "a label over several sentences closed by its owner's initials in brackets is a task "
        "each, theirs",
    ),
    (
        "Cllr Ash presented a review of the grants policy. All agreed, following the vote, for "
        "Cllr Ash to review the existing policy to add criteria for small groups.",
        [
            (
                "All agreed, following the vote, for Cllr Ash to review the existing policy to "
                "add criteria for small groups",
                "Cllr Ash",
                None,
                "resolution",
            )
        ],
        "a decision for someone named to do any task sets it them",
    ),
    (
        "a) The Committee agreed that its scrutiny will be informed by the Improvement "
        "Programme.\nb) The Committee agreed that it would be helpful for the Chair and the "
        "Scrutiny Officer to meet with the Leader to discuss the work programme.\nc) In "
        "addition, the Committee agreed to schedule the budget review for its March meeting.",
        [
            (
                "The Committee agreed that it would be helpful for the Chair and the Scrutiny "
                "Officer to meet with the Leader to discuss the work programme",
                "Chair and the Scrutiny Officer",
                None,
                "resolution",
            ),
            (
                "In addition, the Committee agreed to schedule the budget review for its March "
                "meeting",
                None,
                None,
                "resolution",
            ),
        ],
        "the body's own agreement to a task, or for someone to do one, in its lettered parts",
    ),
    (
        "The Panel discussed the fallen hedge on Mill Lane. The Panel agreed to write to the "
        "landowner.\n\nRESOLVED that the report be noted.",
        [
            (
                "The Panel discussed the fallen hedge on Mill Lane. The Panel agreed to write to "
                "the landowner",
                None,
                None,
                "agreement",
            )
        ],
        "the body's agreement to a task in prose beside a resolution is its task, no one's plans",
    ),
    (
        "The Clerk advised that funds might be left over. Council agreed to contact the county "
        "council about the older bus shelters. Agreed to verify the new lease.\n\nRESOLVED that "
        "the report be noted.",
        [
            ("verify the new lease", None, None, "resolution"),
            (
                "Council agreed to contact the county council about the older bus shelters",
                None,
                None,
                "agreement",
            ),
        ],
        "a council's own agreement to a task in prose, its name its kind alone",
    ),
    (
        "RESOLVED for the Friends Group to apply for a grant to fund the plan. Clerk to action",
        [
            (
                "for the Friends Group to apply for a grant to fund the plan",
                "Clerk",
                None,
                "resolution",
            )
        ],
        "an owner's tag after a decision names who does its task",
    ),
    (
        "The lane sign has been hit by a lorry. Clerk to ask Highways to\nremove the sign by "
        "the end of the\nmonth.",
        [
            (
                "Clerk to ask Highways to remove the sign by the end of the month",
                "Clerk",
                None,
                "terse",
            )
        ],
        "a task's words wrapped over lines are one line, as a tracker shows them",
    ),
    (
        "The tribunal's judgement was still awaited. The judgement will be communicated to "
        "Directors once received.\n\nA question was asked about parking fines. A link to the "
        "report would be circulated to the participant.",
        [
            (
                "The judgement will be communicated to Directors once received",
                None,
                None,
                "undertaking",
            ),
            (
                "A link to the report would be circulated to the participant",
                None,
                None,
                "undertaking",
            ),
        ],
        "a promise told in the passive to communicate to the Board, or to send to a public "
        "forum's participant",
    ),
    (
        "It was RESOLVED to approve a budget of £150. Action: Cllr Lees to purchase equipment",
        [("Cllr Lees to purchase equipment", "Cllr Lees", None, "terse")],
        "a labelled task after a decision on its line is a task, not the decision's words",
    ),
    (
        "The cheaper quote was accepted.\n\nAction: Clerk to order the rope ladder. Clerk to "
        "write to the donors to thank them. DD to make the fence safe until it is repaired.",
        [
            ("Clerk to order the rope ladder", "Clerk", None, "action-line"),
            ("Clerk to write to the donors to thank them", "Clerk", None, "action-line"),
            ("DD to make the fence safe until it is repaired", "DD", None, "action-line"),
        ],
        "a label over several owners' tasks, sentence by sentence",
    ),
    (
        "Clerk to forward the police report to Councillors. Clerk to action.",
        [("Clerk to forward the police report to Councillors", "Clerk", None, "terse")],
        "an owner's tag after a task ('Clerk to action') is no second task",
    ),
    (
        "DECIDED: That consideration of the report be continued to a future meeting of the "
        "Group.\nDECIDED: That this presentation be delivered at a future meeting of the Group.",
        [
            (
                "consideration of the report be continued to a future meeting of the Group",
                None,
                None,
                "resolution",
            ),
            (
                "this presentation be delivered at a future meeting of the Group",
                None,
                None,
                "resolution",
            ),
        ],
        "a matter carried on to, or given at, a later meeting is a task for that meeting",
    ),
    (
        "Discussion ensued on the current work programme and it was agreed that an update on "
        "the bus contract be brought forward to the next meeting; and that an update on West "
        "Park be provided.\nRESOLVED – That the work programme be updated to reflect "
        "discussions.",
        [
            ("the work programme be updated to reflect discussions", None, None, "resolution"),
            (
                "It was agreed that an update on the bus contract be brought forward to the next "
                "meeting",
                None,
                None,
                "agreement",
            ),
            ("an update on West Park be provided", None, None, "agreement"),
        ],
        "the talk before an agreement is no part of its task (nor makes it the decision's)",
    ),
    (
        "The Chair said that a note will be added to the public questions document. Answers "
        "to the questions would be obtained from the NHS. The report on second homes would be "
        "rescheduled for December's meeting.",
        [
            (
                "The Chair said that a note will be added to the public questions document",
                None,
                None,
                "undertaking",
            ),
            ("Answers to the questions would be obtained from the NHS", None, None, "undertaking"),
            (
                "The report on second homes would be rescheduled for December's meeting",
                None,
                "2018-12",
                "undertaking",
            ),
        ],
        "promises in the passive: to the body's own record, obtained, rescheduled",
    ),
    (
        "A petition for a minibus was presented. The petition was acknowledged and an update "
        "would be given to this committee. Consideration would be given to a second bus.",
        [
            (
                "A petition for a minibus was presented. The petition was acknowledged and an "
                "update would be given to this committee",
                None,
                None,
                "undertaking",
            ),
        ],
        "an update promised as 'given', not consideration given",
    ),
    (
        "The Committee requested to receive a longer training session on the dashboard. "
        "Members asked to receive the results of the public consultation.",
        [
            (
                "The Committee requested to receive a longer training session on the dashboard",
                None,
                None,
                "request",
            ),
            (
                "Members asked to receive the results of the public consultation",
                None,
                None,
                "request",
            ),
        ],
        "members asking to receive something",
    ),
    (
        "It was agreed to have the Local Account scheduled into the future work programme.",
        [
            (
                "It was agreed to have the Local Account scheduled into the future work programme",
                None,
                None,
                "agreement",
            )
        ],
        "an agreement to have a thing done",
    ),
    (
        "RESOLVED: that a track changes document capturing the amendments be made publicly "
        "available on the website.",
        [
            (
                "a track changes document capturing the amendments be made publicly available "
                "on the website",
                None,
                None,
                "resolution",
            )
        ],
        "a thing to be made publicly available",
    ),
    (
        "The Chair noted options would be looked at and reported back to Members.",
        [
            (
                "The Chair noted options would be looked at and reported back to Members",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise that goes on to report back is one task, whole",
    ),
    (
        "There was also a request for a presentation on Key Performance Indicators by the "
        "Property team.",
        [
            (
                "There was also a request for a presentation on Key Performance Indicators by "
                "the Property team",
                None,
                None,
                "request",
            )
        ],
        "a request for a presentation, as a noun",
    ),
    (
        "It was also requested by Members that a profit-share update be provided on a quarterly "
        "basis.",
        [
            (
                "It was also requested by Members that a profit-share update be provided on a "
                "quarterly basis",
                None,
                None,
                "request",
            )
        ],
        "a request in the passive, naming whom by",
    ),
    (
        "RESOLVED that the Group should proceed with the findings being reported to the next "
        "meeting of the Committee.\nRESOLVED that officers commence consultation on the draft "
        "Car Parking Strategy.",
        [
            (
                "the Group should proceed with the findings being reported to the next meeting "
                "of the Committee",
                None,
                None,
                "resolution",
            ),
            (
                "officers commence consultation on the draft Car Parking Strategy",
                "Officers",
                None,
                "resolution",
            ),
        ],
        "what is to come back in the participle ('being reported to the next meeting'); work "
        "an officer is to commence",
    ),
    (
        "The Mayor advised that Agenda Items 21 and 22 would be considered following Agenda "
        "Item 10.",
        [],
        "this meeting's order of business is no task",
    ),
    (
        "Clerk to action. The hall was then discussed at length.",
        [],
        "an owner's tag with no task before it in the prose tags nothing",
    ),
    (
        "4.2. The Council AGREED for the Working Group to apply for a grant. Clerk to action\n"
        "4.3. The Council AGREED to the Clerk buying parish maps. Cllr Ash to speak to the "
        "planners about the scale of map required.",
        [
            ("for the Working Group to apply for a grant", "Clerk", None, "resolution"),
            (
                "Cllr Ash to speak to the planners about the scale of map required",
                "Cllr Ash",
                None,
                "terse",
            ),
        ],
        "a body's decision with its keyword in capitals is its sentence; an owner's tag after "
        "it names who does it",
    ),
    (
        "Action: Clerk to order the bench. Delivery to take three weeks. Highways to reply "
        "within 28 days.",
        [
            (
                "Clerk to order the bench. Delivery to take three weeks. Highways to reply "
                "within 28 days",
                "Clerk",
                "2018-02-08",
                "action-line",
            )
        ],
        "a label's other sentences that name no post or member are the task's details",
    ),
    (
        "Cllr J Smith will contact the police about speeding. Cllr Smith to contact the police.",
        [
            (
                "Cllr J Smith will contact the police about speeding",
                "Cllr J Smith",
                None,
                "undertaking",
            )
        ],
        "one person, written two ways, one task",
    ),
    (
        "Cllr Pike will speak to the landowner about the oak. ACTION: Clerk to write to Highways.",
        [
            (
                "Cllr Pike will speak to the landowner about the oak",
                "Cllr Pike",
                None,
                "undertaking",
            ),
            ("Clerk to write to Highways", "Clerk", None, "terse"),
        ],
        "another person's task is no scene",
    ),
    (
        "Motion carried. ACTION: Clerk to pay.",
        [("Clerk to pay", "Clerk", None, "terse")],
        "a vote alone is no scene",
    ),
    (
        "Bus shelter glass is cracked. - Clerk to obtain quotes.",
        [("Bus shelter glass is cracked. Clerk to obtain quotes", "Clerk", None, "terse")],
        "a dash between a report and its task",
    ),
    (
        "1.1 Cllr Ash will inspect the bench.\n1.2 Clerk to chase the contractor",
        [
            ("Cllr Ash will inspect the bench", "Cllr Ash", None, "undertaking"),
            ("Clerk to chase the contractor", "Clerk", None, "terse"),
        ],
        "a paragraph's number before a terse task",
    ),
    (
        "Gravel in Buckenham Drive. Borough Council to be contacted again.",
        [
            (
                "Gravel in Buckenham Drive. Borough Council to be contacted again",
                None,
                None,
                "terse",
            )
        ],
        "a body named in capitals, to be told or asked: the council's task",
    ),
    (
        "The Clerk emailed the Planning department asking if permission was needed, but has had "
        "no reply.\n\nAction: Clerk to chase up\n\nAll were in agreement.\n\nAction: Clerk to pay",
        [
            (
                "The Clerk emailed the Planning department asking if permission was needed, but "
                "has had no reply. Clerk to chase up",
                "Clerk",
                None,
                "action-line",
            ),
            ("Clerk to pay", "Clerk", None, "action-line"),
        ],
        "a labelled line of a few words read with the sentence above it, not with a vote",
    ),
    (
        "Casual Vacancy notices to be displayed.",
        [("Casual Vacancy notices to be displayed", None, None, "terse")],
        "a thing to be done, named in capitals",
    ),
    (
        "An update on how the scheme works will be published in the next newsletter.",
        [
            (
                "An update on how the scheme works will be published in the next newsletter",
                None,
                None,
                "undertaking",
            )
        ],
        "news promised in the parish's own newsletter",
    ),
    (
        "The Chief Executive advised that an announcement would be made at the next Ordinary "
        "Council meeting on the Trustees.",
        [
            (
                "The Chief Executive advised that an announcement would be made at the next "
                "Ordinary Council meeting on the Trustees",
                None,
                None,
                "undertaking",
            )
        ],
        "an announcement promised at a later meeting of the body",
    ),
    (
        "The Clerk is to go back to the planning officer.\n\nThe verges in Church Lane were "
        "overgrown. Lengthsman to be reminded.",
        [
            ("The Clerk is to go back to the planning officer", "Clerk", None, "terse"),
            (
                "The verges in Church Lane were overgrown. Lengthsman to be reminded",
                None,
                None,
                "terse",
            ),
        ],
        "terse forms: 'is to', 'to be reminded'",
    ),
    (
        "Proposed by Cllr Smith, seconded by Cllr Jones, that the Clerk obtains quotes for a "
        "noticeboard. All in favour.",
        [("the Clerk obtains quotes for a noticeboard", "Clerk", None, "resolution")],
        "a motion carried asks what it decides, without its movers",
    ),
    (
        "The Chair advised that he would be reporting back to the next meeting.\n\nThe "
        "information would be brought back to Council at a Special Council Meeting.\n\n"
        "The Clerk agreed to extend an invite to the police.",
        [
            (
                "The Chair advised that he would be reporting back to the next meeting",
                None,
                None,
                "undertaking",
            ),
            (
                "The information would be brought back to Council at a Special Council Meeting",
                None,
                None,
                "undertaking",
            ),
            ("The Clerk agreed to extend an invite to the police", "Clerk", None, "undertaking"),
        ],
        "reports back promised in other words; an invitation to extend",
    ),
    (
        "Members agreed that the Joint Policy should be discussed at a subsequent meeting of "
        "the Committee.",
        [
            (
                "the Joint Policy should be discussed at a subsequent meeting of the Committee",
                None,
                None,
                "resolution",
            )
        ],
        "a matter to be discussed at a later meeting",
    ),
    (
        "5xi) It was agreed to purchase a notice board.\n\n5viii) Cllr. O. Williams was "
        "looking into the legal requirements for the website. Cllr. O. Williams",
        [
            ("It was agreed to purchase a notice board", None, None, "agreement"),
            (
                "Cllr. O. Williams was looking into the legal requirements for the website",
                "Cllr. O. Williams",
                None,
                "action-line",
            ),
        ],
        "an owner column flattened onto the end of its row",
    ),
    (
        "The matter is to be placed on the next agenda for consideration.",
        [
            (
                "The matter is to be placed on the next agenda for consideration",
                None,
                None,
                "terse",
            )
        ],
        "'is to be placed on the next agenda'",
    ),
    (
        "The Board was advised that no approvals were needed but the Head of Democratic "
        "Services reported that she would check on any further approvals.",
        [
            (
                "The Board was advised that no approvals were needed but the Head of Democratic "
                "Services reported that she would check on any further approvals",
                "Head of Democratic Services",
                None,
                "undertaking",
            )
        ],
        "'she' is the person named last before it, not the body first named",
    ),
    (
        "It was noted that the Clerk would attempt to take part and would raise the issue of "
        "parking.",
        [
            (
                "It was noted that the Clerk would attempt to take part and would raise the issue "
                "of parking",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "'and would raise' is the Clerk's",
    ),
    (
        "The speeding was discussed and he was asked to contact the county council.\nAction GP",
        [
            (
                "The speeding was discussed and he was asked to contact the county council",
                "GP",
                None,
                "request",
            )
        ],
        "an owner line gives the owner of a request the narrative found",
    ),
    (
        "Hannah would review the website and propose content.\n\nRob Preston will make "
        "enquiries and report back.\n\nCllr Dornan committed himself to make the request.\n\n"
        "Esme was asked to continue the discussions.\n\nAndre would come back on developments "
        "to the September meeting.",
        [
            ("Hannah would review the website and propose content", "Hannah", None, "undertaking"),
            ("Rob Preston will make enquiries and report back", "Rob Preston", None, "undertaking"),
            (
                "Cllr Dornan committed himself to make the request",
                "Cllr Dornan",
                None,
                "undertaking",
            ),
            ("Esme was asked to continue the discussions", "Esme", None, "request"),
            (
                "Andre would come back on developments to the September meeting",
                "Andre",
                "2018-09",
                "undertaking",
            ),
        ],
        "members named by first name, as community councils write",
    ),
    (
        "The Council agreed that the Clerk write for clarification of the legal position.\n\n"
        "Action: Clerk to verify which documents had to be retained.",
        [
            (
                "The Council agreed that the Clerk write for clarification of the legal position",
                "Clerk",
                None,
                "resolution",
            ),
            ("Clerk to verify which documents had to be retained", "Clerk", None, "action-line"),
        ],
        "the one asked after the body's 'agreed that'; any verb after an ACTION label",
    ),
    (
        "The Leader replied that a response was still awaited, and when that was received "
        "they would all be circulated.",
        [
            (
                "The Leader replied that a response was still awaited, and when that was "
                "received they would all be circulated",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise in the passive: 'would all be circulated'",
    ),
    (
        "Councillor Jackson reported that an answer would be sought for the Committee Members.",
        [
            (
                "Councillor Jackson reported that an answer would be sought for the Committee "
                "Members",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise in the passive: 'would be sought'",
    ),
    (
        "A letter to be sent to Wexbridge County Council requesting an update on parking.",
        [
            (
                "A letter to be sent to Wexbridge County Council requesting an update on parking",
                None,
                None,
                "terse",
            )
        ],
        "a letter to another council is written here: no referral; a subject in lower case",
    ),
    (
        "Councillor Ash requested that a message of congratulations be sent to the County "
        "Netball Board on the team's win.",
        [
            (
                "Councillor Ash requested that a message of congratulations be sent to the "
                "County Netball Board on the team's win",
                None,
                None,
                "request",
            )
        ],
        "a message to another body is written here too: no referral",
    ),
    (
        "It was resolved to approve the quote to clear the allotment and issue the invoice to "
        "the tenant. It was resolved to offer an existing tenant the other half of the plot.",
        [
            ("issue the invoice to the tenant", None, None, "resolution"),
            ("offer an existing tenant the other half of the plot", None, None, "resolution"),
        ],
        "a task after what was approved, and an offer to make, are tasks",
    ),
    (
        "RESOLVED:\n\ni) That the Committee were provided with a breakdown of the budget for "
        "the care home.\n\nii) That the report be noted.",
        [
            (
                "the Committee were provided with a breakdown of the budget for the care home",
                None,
                None,
                "resolution",
            )
        ],
        "a mandative passive with its verb in the past asks for it all the same",
    ),
    (
        "Mr Elm confirmed that copies of the guidance could be circulated to Members before the "
        "next meeting.",
        [
            (
                "Mr Elm confirmed that copies of the guidance could be circulated to Members "
                "before the next meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "what it was confirmed could be sent is promised",
    ),
    (
        "The Chair told the meeting that Mr Ash was unwell and Council agreed to write to Mr "
        "Ash wishing him well.",
        [
            (
                "The Chair told the meeting that Mr Ash was unwell and Council agreed to write "
                "to Mr Ash wishing him well",
                None,
                None,
                "resolution",
            )
        ],
        "the body's agreement to a task after what the sentence told first",
    ),
    (
        "The minutes were not available. It will be added to the agenda for the next meeting.",
        [("It will be added to the agenda for the next meeting", None, None, "undertaking")],
        "a promise to put a matter on the agenda",
    ),
    (
        "ITEM DEFERRED TO Parish Council meeting scheduled for 29 August 2021.",
        [
            (
                "ITEM DEFERRED TO Parish Council meeting scheduled for 29 August 2021",
                None,
                "2021-08-29",
                "deferral",
            )
        ],
        "a deferral to a meeting named by its date",
    ),
    (
        "RESOLVED: That a letter of congratulation be sent to the under-12 team upon winning "
        "the county cup.",
        [
            (
                "a letter of congratulation be sent to the under-12 team upon winning the "
                "county cup",
                None,
                None,
                "resolution",
            )
        ],
        "a letter of congratulation to be sent is a task, though the body congratulates",
    ),
    (
        "DECIDED: That it be remitted to the Director of Environment to submit a further "
        "report to the next meeting of the Committee.",
        [
            (
                "it be remitted to the Director of Environment to submit a further report to "
                "the next meeting of the Committee",
                "Director of Environment",
                None,
                "resolution",
            )
        ],
        "a matter remitted to an officer to act on, as Scottish councils decide",
    ),
    (
        "The clerk to write to the homeowner about the hedge.",
        [("The clerk to write to the homeowner about the hedge", "Clerk", None, "terse")],
        "a terse task of the clerk in lower case",
    ),
    (
        "F Bates would liaise with the school once more details were known.",
        [
            (
                "F Bates would liaise with the school once more details were known",
                "F Bates",
                None,
                "undertaking",
            )
        ],
        "an undertaking of a member named by initial and surname",
    ),
    (
        "PS Crowter agreed to follow up the queries that had been raised.",
        [
            (
                "PS Crowter agreed to follow up the queries that had been raised",
                "PS Crowter",
                None,
                "undertaking",
            )
        ],
        "an undertaking of a police officer named by rank",
    ),
    (
        "(b) Website – Equipment proposals to be reviewed in December.",
        [
            (
                "Website – Equipment proposals to be reviewed in December",
                None,
                "2018-12",
                "terse",
            )
        ],
        "a terse deferral after a topic and a dash",
    ),
    (
        "The Panel asked if a familiarisation visit in relation to the organisational support "
        "services provided at the Fenmarsh depot could be arranged before 6 December 2025.",
        [
            (
                "The Panel asked if a familiarisation visit in relation to the organisational "
                "support services provided at the Fenmarsh depot could be arranged before 6 "
                "December 2025",
                None,
                "2025-12-06",
                "request",
            )
        ],
        "a request asked as a question, the thing asked for named at length",
    ),
    (
        "RESOLVED that the minutes of the meeting held on 4 March (and reconvened on 11 March "
        "following an adjournment) are re-submitted to a future meeting of this Committee.",
        [
            (
                "the minutes of the meeting held on 4 March (and reconvened on 11 March following "
                "an adjournment) are re-submitted to a future meeting of this Committee",
                None,
                None,
                "resolution",
            )
        ],
        "a decision in the indicative whose subject has a bracketed aside",
    ),
    (
        "RESOLVED that the consultation response be re-circulated to all Members.",
        [("the consultation response be re-circulated to all Members", None, None, "resolution")],
        "a task done again: re- before the verb",
    ),
    (
        "The new bin at the entrance to the recreation ground would be chased up once more by "
        "the Clerk.",
        [
            (
                "The new bin at the entrance to the recreation ground would be chased up once more "
                "by the Clerk",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise in the passive to chase something up",
    ),
    (
        "The Director of the Partnership undertook to convey Members' thanks to the staff.",
        [
            (
                "The Director of the Partnership undertook to convey Members' thanks to the staff",
                "Director of the Partnership",
                None,
                "undertaking",
            )
        ],
        "an undertaking to convey the meeting's message",
    ),
    (
        "Paths to be cut at the recreation ground. This will be ratified at the next meeting.",
        [
            ("Paths to be cut at the recreation ground", None, None, "terse"),
            ("This will be ratified at the next meeting", None, None, "deferral"),
        ],
        "a matter to be settled at the next meeting",
    ),
    (
        "The hedge would be trimmed back before the nesting season – AS",
        [("The hedge would be trimmed back before the nesting season", "AS", None, "action-line")],
        "the owner's initials after a dash at the line's end",
    ),
    (
        "The broken gate on the footpath would be mended by the end of May - Clerk",
        [
            (
                "The broken gate on the footpath would be mended by the end of May",
                "Clerk",
                "2018-05",
                "action-line",
            )
        ],
        "a post after a dash at the line's end",
    ),
    (
        "The hedge would be trimmed back – AS\nThe possibility of a skate park to be on the "
        "next agenda.",
        [
            ("The possibility of a skate park to be on the next agenda", None, None, "deferral"),
            ("The hedge would be trimmed back", "AS", None, "action-line"),
        ],
        "an owned line's sentence ends where its owner stood, not on the next line",
    ),
    (
        "A litter pick would be organised. The bin would be relocated to the allotments. The "
        "width of the path would be queried with the county.",
        [
            ("A litter pick would be organised", None, None, "undertaking"),
            ("The bin would be relocated to the allotments", None, None, "undertaking"),
            ("The width of the path would be queried with the county", None, None, "undertaking"),
        ],
        "promises in the passive to organise, move or query, to a place or a body acted on",
    ),
    (
        "Councillors discussed a complaint from a resident and this will be fully investigated. "
        "The cost would be further explored with the County.",
        [
            (
                "Councillors discussed a complaint from a resident and this will be fully "
                "investigated",
                None,
                None,
                "undertaking",
            ),
            ("The cost would be further explored with the County", None, None, "undertaking"),
        ],
        "a promise in the passive with how fully it will be done",
    ),
    (
        "It was confirmed that future reports would be amended to include two columns.",
        [
            (
                "It was confirmed that future reports would be amended to include two columns",
                None,
                None,
                "undertaking",
            )
        ],
        "what a promise is done for is no one it is made to",
    ),
    (
        "County Councillor Jones offered to facilitate a meeting with the residents group.",
        [
            (
                "County Councillor Jones offered to facilitate a meeting with the residents group",
                "Councillor Jones",
                None,
                "undertaking",
            )
        ],
        "an offer to facilitate a meeting",
    ),
    (
        "Clerk to report potholes on Church Hill – Clerk to action",
        [("Clerk to report potholes on Church Hill", "Clerk", None, "terse")],
        "an owner's tag after the task is no part of it",
    ),
    (
        "A tree had fallen across the path. Clerk to contact highways.(Act Clerk)\nThere are "
        "untaxed cars on the road. Chair will discuss with the contractor. (Act GR)",
        [
            (
                "A tree had fallen across the path. Clerk to contact highways",
                "Clerk",
                None,
                "terse",
            ),
            (
                "There are untaxed cars on the road. Chair will discuss with the contractor",
                "Chair",
                None,
                "undertaking",
            ),
        ],
        "an owner in brackets closes its line's sentence",
    ),
    (
        "RESOLVED that the Clerk be asked to write to the landowner in these terms: “the "
        "hedge must be cut back by the end of March”.",
        [
            (
                "the Clerk be asked to write to the landowner in these terms: “the hedge must "
                "be cut back by the end of March”",
                "Clerk",
                "2018-03",
                "resolution",
            )
        ],
        "a request before its colon is one, whatever it quotes after it",
    ),
    (
        "RESOLVED that the recommendation of the Finance Committee be approved: “that the "
        "Clerk be asked to obtain three quotations for the work”.",
        [
            (
                "the recommendation of the Finance Committee be approved: “that the Clerk be "
                "asked to obtain three quotations for the work”",
                None,
                None,
                "resolution",
            )
        ],
        "a request quoted whole after the colon is the one adopted",
    ),
    (
        "The fence by the play area needed to be repaired before the summer.",
        [
            (
                "The fence by the play area needed to be repaired before the summer",
                None,
                None,
                "terse",
            )
        ],
        "a need told as the minutes' own, not among what was noted, is a task",
    ),
    (
        "It was noted that the grass verges on Mill Lane needed to be cut before the fete.",
        [
            (
                "It was noted that the grass verges on Mill Lane needed to be cut before the fete",
                None,
                None,
                "terse",
            )
        ],
        "a need noted alone, not among other facts noted, is still a task",
    ),
    (
        "Members noted that the matter is to be placed on the agenda for the next meeting.",
        [
            (
                "Members noted that the matter is to be placed on the agenda for the next meeting",
                None,
                None,
                "terse",
            )
        ],
        "so is what is to be done, noted",
    ),
    (
        "The route of the new path is to be determined by the Clerk and Cllr Smith on site.",
        [
            (
                "The route of the new path is to be determined by the Clerk and Cllr Smith on site",
                None,
                None,
                "terse",
            )
        ],
        "what is to be determined by someone is a task",
    ),
    (
        "The Committee resolved:-\n\n(i) to note that further information would be "
        "circulated to members by means of email, in regard to item 27; and\n\n(ii) to note "
        "that the report would be sent to the Secretary of State.",
        [
            (
                "to note that further information would be circulated to members by means of "
                "email, in regard to item 27",
                None,
                None,
                "resolution",
            )
        ],
        "a decision noting what will be sent its members holds that undertaking; noting what "
        "goes elsewhere holds none",
    ),
    (
        "The Committee resolved:-\n\n(i) to note that the figures will be emailed to all "
        "Councillors;\n\n(ii) to note that the report would be circulated to members of that "
        "Panel.",
        [
            (
                "to note that the figures will be emailed to all Councillors",
                None,
                None,
                "resolution",
            )
        ],
        "its Councillors or Members in capitals too; members of another body are none of its",
    ),
    (
        "RESOLVED to note that the revised policy will be emailed to all members of the Council.",
        [
            (
                "note that the revised policy will be emailed to all members of the Council",
                None,
                None,
                "resolution",
            )
        ],
        "the members of the Council are its own",
    ),
    (
        "Hedges not cut, Sign has wrong number (Act Clerk)\nThe bench was mended. (Action: "
        "None)\nBus shelter repairs. (Action: TBC)\nThe minutes were approved. (Action: Noted)"
        "\nThe noticeboard. (Action: Deferred)\nHighway lights out at the toll house. (Action: "
        "GR)",
        [
            ("Hedges not cut, Sign has wrong number", "Clerk", None, "action-line"),
            ("Highway lights out at the toll house", "GR", None, "action-line"),
        ],
        "an owner in brackets tags the line's sentence as a task, where it sets none itself",
    ),
    (
        "A query was raised about the outturn report. Chair will consider this.",
        [
            (
                "A query was raised about the outturn report. Chair will consider this",
                "Chair",
                None,
                "undertaking",
            )
        ],
        "a task pointing back to the sentence before is read with it",
    ),
    (
        "The possibility of a skate park on Mill Field to be on the next agenda.",
        [
            (
                "The possibility of a skate park on Mill Field to be on the next agenda",
                None,
                None,
                "deferral",
            )
        ],
        "a matter to be on the next agenda",
    ),
    (
        "The next agenda would include a discussion on the village plan.",
        [
            (
                "The next agenda would include a discussion on the village plan",
                None,
                None,
                "deferral",
            )
        ],
        "the next agenda to include a matter",
    ),
    (
        "The Council welcomed the talk and JB to send a poster for the village notice board.",
        [
            (
                "The Council welcomed the talk and JB to send a poster for the village notice "
                "board",
                "JB",
                None,
                "terse",
            )
        ],
        "a member's initials and a task after 'and'",
    ),
    (
        "Mr Ash wished to stop tending the planters and the Clerk would place a notice in the "
        "board.",
        [
            (
                "Mr Ash wished to stop tending the planters and the Clerk would place a notice in "
                "the board",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "the Clerk would place a notice",
    ),
    (
        "- Flyers were presented for the Oil Club. Action: To be put on village notice board.\n"
        "- The hall needs repairs. Action: To discuss how to help at the next meeting.",
        [
            ("To be put on village notice board", None, None, "action-line"),
            ("To discuss how to help at the next meeting", None, None, "action-line"),
        ],
        "an action label after a sentence on its line, over a task no one is named for",
    ),
    (
        "a. Minutes of 3 May – all in favour – ACTION: RH to publish them on the website\n"
        "b. The bench quotation was accepted ACTION: Cllr Ash to order the bench",
        [
            ("RH to publish them on the website", "RH", None, "action-line"),
            ("Cllr Ash to order the bench", "Cllr Ash", None, "action-line"),
        ],
        "an action label with its owner after a dash or, in capitals, after any word",
    ),
    (
        "A letter of condolence would be sent to the family of the late Jo Oak.",
        [
            (
                "A letter of condolence would be sent to the family of the late Jo Oak",
                None,
                None,
                "undertaking",
            )
        ],
        "a letter is written here, whoever it is sent to",
    ),
    (
        "The signed policy will be placed on the village website.\n\nThe revised map will be "
        "put on the web-site.",
        [
            ("The signed policy will be placed on the village website", None, None, "undertaking"),
            ("The revised map will be put on the web-site", None, None, "undertaking"),
        ],
        "a document placed on the parish's own website",
    ),
    (
        "The Clerk is also to enquire about the drainage plans.\n\nCllrs Ash and Birch will "
        "assess the condition of the bus shelter.",
        [
            ("The Clerk is also to enquire about the drainage plans", "Clerk", None, "terse"),
            (
                "Cllrs Ash and Birch will assess the condition of the bus shelter",
                "Ash and Birch",
                None,
                "undertaking",
            ),
        ],
        "a post that is also to act; members who will assess",
    ),
    (
        "The play area was discussed; Cllr Ash to photograph the damage; the Clerk to write "
        "to the police.",
        [
            (
                "The play area was discussed; Cllr Ash to photograph the damage",
                "Cllr Ash",
                None,
                "terse",
            ),
            ("the Clerk to write to the police", "Clerk", None, "terse"),
        ],
        "each owner's task after a semicolon is one of its own (the first read with its scene)",
    ),
    (
        "Councillors were pleased with the new sign; types of bench to be discussed at Jan "
        "meeting.",
        [
            (
                "Councillors were pleased with the new sign; types of bench to be discussed at "
                "Jan meeting",
                None,
                None,
                "deferral",
            )
        ],
        "a month's name cut short",
    ),
    (
        "RESOLVED: That the Chair and Vice-Chair work with officers to bring forward a work "
        "programme.",
        [
            (
                "the Chair and Vice-Chair work with officers to bring forward a work programme",
                "Chair and Vice-Chair",
                None,
                "resolution",
            )
        ],
        "members who are to work with officers",
    ),
    (
        "The fence by the pond is leaning. The clerk: to obtain three quotes for its repair.",
        [("The clerk: to obtain three quotes for its repair", "Clerk", None, "terse")],
        "a post labelled with a colon before its task",
    ),
    (
        "The Chairman reported on the bus shelter; chair to report back on progress.",
        [
            (
                "The Chairman reported on the bus shelter; chair to report back on progress",
                "Chair",
                None,
                "terse",
            )
        ],
        "a post in lower case",
    ),
    (
        "The Secretary was to contact the drainage board about the blocked culvert.",
        [
            (
                "The Secretary was to contact the drainage board about the blocked culvert",
                "Secretary",
                None,
                "terse",
            )
        ],
        "a post that was to act",
    ),
    (
        "Mr R Vane to create a poster for the village magazine.",
        [("Mr R Vane to create a poster for the village magazine", "Mr R Vane", None, "terse")],
        "a named helper with an initial without its stop",
    ),
    (
        "Nominations for the award were discussed. All Parish Councillors to fill in a form.",
        [
            (
                "Nominations for the award were discussed. All Parish Councillors to fill in a "
                "form",
                "All Parish Councillors",
                None,
                "terse",
            )
        ],
        "every member's task",
    ),
    (
        "Litter on Mill Lane was raised again and Councillor Peverell is to speak to the owner.",
        [
            (
                "Litter on Mill Lane was raised again and Councillor Peverell is to speak to "
                "the owner",
                "Councillor Peverell",
                None,
                "terse",
            )
        ],
        "a member who is to act, after 'and'",
    ),
    (
        "The Committee noted the report and remitted the Director of Environment to progress "
        "the improvement measures.",
        [
            (
                "The Committee noted the report and remitted the Director of Environment to "
                "progress the improvement measures",
                None,
                None,
                "request",
            )
        ],
        "a Scottish committee remits an officer to act",
    ),
    (
        "The officer shared the headline feedback, which would be incorporated into the report.",
        [
            (
                "The officer shared the headline feedback, which would be incorporated into the "
                "report",
                None,
                None,
                "undertaking",
            )
        ],
        "a promise in the passive to incorporate something",
    ),
    (
        "(1) The kerb might be lowered by the project. LM will follow this up. LM Action. (2) "
        "The path is complete. The invoice passed to MT for payment. MT Action. (3) SM "
        "thanked everyone.",
        [
            (
                "The kerb might be lowered by the project. LM will follow this up",
                "LM",
                None,
                "undertaking",
            ),
            ("The invoice passed to MT for payment", "MT", None, "action-line"),
        ],
        "the owner's initials before the label close the sentence they own",
    ),
    (
        "The supplier has given the clerk the tools, which they advise is needed\nClerk to "
        "contact the supplier about the weeds in the surface.",
        [
            (
                "Clerk to contact the supplier about the weeds in the surface",
                "Clerk",
                None,
                "terse",
            )
        ],
        "a line that opens with a post's terse task starts its sentence",
    ),
    (
        "The clerk will contact the planning officer to ascertain whether anything can be done.",
        [
            (
                "The clerk will contact the planning officer to ascertain whether anything can be "
                "done",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a task to see whether anything can be done is a task all the same",
    ),
    (
        "Cllr Reed will ask Highways if the damaged sign by the school can be replaced.\n"
        "Clerk to contact the district council to see if the bin on Mill Lane can be moved.",
        [
            (
                "Cllr Reed will ask Highways if the damaged sign by the school can be replaced",
                "Cllr Reed",
                None,
                "undertaking",
            ),
            (
                "Clerk to contact the district council to see if the bin on Mill Lane can be moved",
                "Clerk",
                None,
                "terse",
            ),
        ],
        "what a task is to find out may be what can be done",
    ),
    (
        "When the deeds have been received Cllr Birch will instruct the solicitor to carry out "
        "the conveyancing.",
        [
            (
                "When the deeds have been received Cllr Birch will instruct the solicitor to carry "
                "out the conveyancing",
                "Cllr Birch",
                None,
                "undertaking",
            )
        ],
        "instructing someone is a task",
    ),
    (
        "The dropped kerb opposite the stores was reported. LM will follow this up.",
        [
            (
                "The dropped kerb opposite the stores was reported. LM will follow this up",
                "LM",
                None,
                "undertaking",
            )
        ],
        "a phrasal verb split by its object: 'follow this up'",
    ),
    (
        "Cllr Smith undertook to get the police sergeant along to the next meeting.",
        [
            (
                "Cllr Smith undertook to get the police sergeant along to the next meeting",
                "Cllr Smith",
                None,
                "undertaking",
            )
        ],
        "whatever is undertaken, offered or promised is a task, not only the verbs of one",
    ),
    (
        "Jan will endeavour to get updates on these points for the next meeting.",
        [
            (
                "Jan will endeavour to get updates on these points for the next meeting",
                "Jan",
                None,
                "undertaking",
            )
        ],
        "and whatever a member will endeavour to do",
    ),
    (
        "Minute 32 - It was confirmed that future reports would be amended to include the "
        "recycling rates.",
        [
            (
                "Minute 32 - It was confirmed that future reports would be amended to include the "
                "recycling rates",
                None,
                None,
                "undertaking",
            )
        ],
        "reports to be amended, under a minute's number: no correction of the minutes",
    ),
    (
        "Cllr Hall will enquire about the bus timetable.",
        [("Cllr Hall will enquire about the bus timetable", "Cllr Hall", None, "undertaking")],
        "enquiring is a task",
    ),
    (
        "Report received and actions agreed by all present. Clerk to draft a letter about the "
        "hedge proposed PW; seconded DT; bench repair proposed PT; seconded LC.",
        [("Clerk to draft a letter about the hedge", "Clerk", None, "terse")],
        "a task ends where the motion that carried it is recorded",
    ),
    (
        "The Committee agreed to add to the agenda of the October meeting a report on Member "
        "Training.",
        [
            (
                "The Committee agreed to add to the agenda of the October meeting a report on "
                "Member Training",
                None,
                None,
                "resolution",
            )
        ],
        "a body adding to a future agenda of its own changes it: a task, not a body's narrative",
    ),
    (
        "The Clerk was asked to publish the consultation; the Committee will consider any "
        "responses at its July meeting.",
        [
            (
                "The Clerk was asked to publish the consultation; the Committee will consider "
                "any responses at its July meeting",
                "Clerk",
                None,
                "request",
            )
        ],
        "a task before what the body will consider: the agenda's wording opens no sentence here",
    ),
    (
        "The Clerk to arrange for the bills to be paid by bank transfer.",
        [
            (
                "The Clerk to arrange for the bills to be paid by bank transfer",
                "Clerk",
                None,
                "terse",
            )
        ],
        "a task about payments is still a task",
    ),
    (
        "Cllr Smith agreed to add the footpath survey to the agenda for the March meeting.",
        [
            (
                "Cllr Smith agreed to add the footpath survey to the agenda for the March meeting",
                "Cllr Smith",
                "2018-03",
                "undertaking",
            )
        ],
        "a person who agrees to add to an agenda keeps the task",
    ),
    (
        "The Cabinet Member confirmed he would examine how to engage with schools who "
        "previously had taken part.",
        [
            (
                "The Cabinet Member confirmed he would examine how to engage with schools who "
                "previously had taken part",
                "Cabinet Member",
                None,
                "undertaking",
            )
        ],
        "what a clause says of the task's object in the past leaves the task",
    ),
    (
        "The Cabinet member undertook to ask Highways Officers to undertake a technical "
        "assessment of the area.",
        [
            (
                "The Cabinet member undertook to ask Highways Officers to undertake a technical "
                "assessment of the area",
                "Cabinet member",
                None,
                "undertaking",
            )
        ],
        "a post's noun in lower case promises all the same",
    ),
    (
        "Mr Hunt-Grubbe will try and establish the ownership of the land. Mrs O'Brien will "
        "write to the owner. F McLean will ask the school.",
        [
            (
                "Mr Hunt-Grubbe will try and establish the ownership of the land",
                "Mr Hunt-Grubbe",
                None,
                "undertaking",
            ),
            ("Mrs O'Brien will write to the owner", "Mrs O'Brien", None, "undertaking"),
            ("F McLean will ask the school", "F McLean", None, "undertaking"),
        ],
        "a double-barrelled surname, an O' or a Mc is a person's who can promise",
    ),
    (
        "A new tenant had moved in at 4 Mill Row. Mr Ashdown said he would have a word with "
        "the tenant. Cllr Pike agreed to research the best type of tree. The Clerk will "
        "instigate the payment to the school. TR agreed to take up the state of the barn "
        "with the County Council. The Clerk would post the notice on the village board.",
        [
            (
                "Mr Ashdown said he would have a word with the tenant",
                "Mr Ashdown",
                None,
                "undertaking",
            ),
            (
                "Cllr Pike agreed to research the best type of tree",
                "Cllr Pike",
                None,
                "undertaking",
            ),
            ("The Clerk will instigate the payment to the school", "Clerk", None, "undertaking"),
            (
                "TR agreed to take up the state of the barn with the County Council",
                "TR",
                None,
                "undertaking",
            ),
            ("The Clerk would post the notice on the village board", "Clerk", None, "undertaking"),
        ],
        "a word with someone, research, a payment set going, a matter taken up, a notice posted",
    ),
    (
        "(4) Club hut – Mr Hince to look at the cost of replacing the hut. Streetlighting - "
        "Miss Ash to check the numbers of streetlights.",
        [
            (
                "Club hut – Mr Hince to look at the cost of replacing the hut",
                "Mr Hince",
                None,
                "terse",
            ),
            (
                "Streetlighting - Miss Ash to check the numbers of streetlights",
                "Miss Ash",
                None,
                "terse",
            ),
        ],
        "a named helper's task after a subject and a dash",
    ),
    (
        "(2) Play equipment – in good order\n(3) Club hut – Mr Hince to look at the cost\n(4) "
        "Trees – in good order\nvii) Survey from One Voice Wales; Clerk to complete\n\nThe "
        "Clerk agreed to thank the resident who waters the gardens.",
        [
            ("Club hut – Mr Hince to look at the cost", "Mr Hince", None, "terse"),
            ("Survey from One Voice Wales; Clerk to complete", "Clerk", None, "terse"),
            (
                "The Clerk agreed to thank the resident who waters the gardens",
                "Clerk",
                None,
                "undertaking",
            ),
        ],
        "each entry of a list on its lines without stops is a sentence of its own; a thank-you",
    ),
    (
        "• Noticeboard improvements ongoing.\n• Clerk to recontact the County Council about the "
        "shrubbery.\n• The Chairman is to attend the SNAP meeting.\n• Clerk to re-send the "
        "return to the Audit Office.",
        [
            ("Clerk to recontact the County Council about the shrubbery", "Clerk", None, "terse"),
            ("The Chairman is to attend the SNAP meeting", "Chairman", None, "terse"),
            ("Clerk to re-send the return to the Audit Office", "Clerk", None, "terse"),
        ],
        "a post's task after a bullet; a verb begun again, 're-send'",
    ),
    (
        "a) Clerk to contact the Woodland Trust for input to the proposed plans.\n"
        "b) Clerk to check the grant scheme's timescale and report back to the next meeting.\n"
        "(ii) DS to ask the patron whether he could attend.",
        [
            (
                "Clerk to contact the Woodland Trust for input to the proposed plans",
                "Clerk",
                None,
                "terse",
            ),
            (
                "Clerk to check the grant scheme's timescale and report back to the next meeting",
                "Clerk",
                None,
                "terse",
            ),
            ("DS to ask the patron whether he could attend", "DS", None, "terse"),
        ],
        "a post's or a member's task after a list's mark",
    ),
    (
        "Comments from the County are still awaited. Clerk to Chase.",
        [("Comments from the County are still awaited. Clerk to Chase", "Clerk", None, "terse")],
        "a task's verb typed with a capital",
    ),
    (
        "No issues were raised but the Secretary was tasked with asking the police for figures "
        "on thefts.",
        [
            (
                "the Secretary was tasked with asking the police for figures on thefts",
                "Secretary",
                None,
                "request",
            )
        ],
        "tasked with doing it, in a clause after 'but' (the nothing to report before it no task)",
    ),
    (
        "The Clerk would compile the information ready for the February meeting.",
        [
            (
                "The Clerk would compile the information ready for the February meeting",
                "Clerk",
                "2018-02",
                "undertaking",
            )
        ],
        "a person's promise to compile what is asked for",
    ),
    (
        "The Head of Service agreed to provide Members with a further update on the doors, "
        "noting that quotations had been received.",
        [
            (
                "The Head of Service agreed to provide Members with a further update on the doors",
                "Head of Service",
                None,
                "undertaking",
            )
        ],
        "a promise before an aside that tells what had been done",
    ),
    (
        "It was agreed the Clerk would talk to Mr Cade to check he will have insurance.",
        [
            (
                "It was agreed the Clerk would talk to Mr Cade to check he will have insurance",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a talk with someone undertaken (not a talk given: 'would talk about the history')",
    ),
    (
        "Mr Jones will speak with the neighbours, as they may be affected by the wall.",
        [("Mr Jones will speak with the neighbours", "Mr Jones", None, "undertaking")],
        "a promise before an aside that tells of a maybe",
    ),
    ("The Clerk will circulate the papers, as usual.", [], "routine, after a comma too"),
    (
        "The Council agreed that urgent requests would be discussed as and when they arose.",
        [],
        "taken up whenever the need comes, no task",
    ),
    (
        "Craig has undertaken to provide audited accounts and hand over the documents.",
        [
            (
                "Craig has undertaken to provide audited accounts and hand over the documents",
                "Craig",
                None,
                "undertaking",
            )
        ],
        "a promise in the perfect, as the undertaking is told",
    ),
    ("The survey has been undertaken.", [], "work done, no promise"),
    (
        "Cllr Rowan agreed to get in touch with the bowls club.",
        [
            (
                "Cllr Rowan agreed to get in touch with the bowls club",
                "Cllr Rowan",
                None,
                "undertaking",
            )
        ],
        "getting in touch is a task, as contacting is",
    ),
    (
        "Mr Alan Dorsey committed to discussing the detail of this with the Monitoring Officer.",
        [
            (
                "Mr Alan Dorsey committed to discussing the detail of this with the Monitoring "
                "Officer",
                "Mr Alan Dorsey",
                None,
                "undertaking",
            )
        ],
        "committed to any verb, as offered to",
    ),
    (
        "The Clerk has received funding of £400 for the website and will apply for funding for "
        "next year.",
        [
            (
                "The Clerk has received funding of £400 for the website and will apply for funding "
                "for next year",
                "Clerk",
                None,
                "undertaking",
            )
        ],
        "a person's promise carried on after 'and will'",
    ),
    (
        "Cllr Storey advised he did not know the total cost but would find out for the next "
        "meeting.",
        [
            (
                "Cllr Storey advised he did not know the total cost but would find out for the next "
                "meeting",
                "Cllr Storey",
                None,
                "undertaking",
            )
        ],
        "a person's promise carried on after 'but would'",
    ),
    (
        "PN to speak to Mr Lockwood and Ms Ward to confirm the issues and will send details to NC.",
        [
            (
                "PN to speak to Mr Lockwood and Ms Ward to confirm the issues and will send "
                "details to NC",
                "PN",
                None,
                "terse",
            )
        ],
        "a terse task going on with 'and will' stays the terse task, its owner kept",
    ),
    (
        "An item electing a Chair for the year would be included on the agenda for the next "
        "meeting.",
        [
            (
                "An item electing a Chair for the year would be included on the agenda for the "
                "next meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "business included on a later agenda",
    ),
    (
        "An item on the capital outturn to be included for the July meeting.",
        [
            (
                "An item on the capital outturn to be included for the July meeting",
                None,
                "2018-07",
                "deferral",
            )
        ],
        "business to be included for a named later meeting",
    ),
    (
        "The Committee noted the progress of the project; and instructed the Director of "
        "Children's Services to bring back a progress report in April 2016.",
        [
            (
                "The Committee noted the progress of the project; and instructed the Director of "
                "Children's Services to bring back a progress report in April 2016",
                "Director of Children's Services",
                None,
                "request",
            )
        ],
        "a body instructing an officer to do something",
    ),
    (
        "There was also a request that responsible officers provide updates.",
        [
            (
                "There was also a request that responsible officers provide updates",
                None,
                None,
                "request",
            )
        ],
        "a request made, as a noun",
    ),
    (
        "It was confirmed that there would be a Property Services update at the next meeting.",
        [
            (
                "It was confirmed that there would be a Property Services update at the next "
                "meeting",
                None,
                None,
                "undertaking",
            )
        ],
        "an update promised for the next meeting",
    ),
    (
        "• Village sign\n• The clerk had two approaches from residents. It was AGREED that the "
        "clerk would complete the planning application.\n• Bus shelter\n• Discussed a water "
        "butt for the bus shelter. Clerk to obtain costings",
        [
            ("the clerk would complete the planning application", "Clerk", None, "resolution"),
            (
                "Discussed a water butt for the bus shelter. Clerk to obtain costings",
                "Clerk",
                None,
                "terse",
            ),
        ],
        "a decision told in one bullet ends where the next bullet starts",
    ),
    (
        "The meeting set for 29 May was a Bank Holiday and it was agreed to reschedule the "
        "meeting to 30 May.",
        [
            (
                "The meeting set for 29 May was a Bank Holiday and it was agreed to reschedule "
                "the meeting to 30 May",
                None,
                None,
                "agreement",
            )
        ],
        "a meeting agreed to be rescheduled",
    ),
    (
        "The Treasurer introduced the annual report.\n\nThe Panel requested:\n\n"
        "1. that in future, grant reports show the sums unspent over three years.\n\n"
        "2. that papers be sent to members a week earlier.\n\n"
        "RESOLVED that the annual report be endorsed.",
        [
            (
                "that in future, grant reports show the sums unspent over three years",
                None,
                None,
                "request-list",
            ),
            ("that papers be sent to members a week earlier", None, None, "request-list"),
        ],
        "a body's requests numbered under its bare lead-in",
    ),
    (
        "The Chairman agreed to keep Members appraised throughout the process.",
        [
            (
                "The Chairman agreed to keep Members appraised throughout the process",
                "Chairman",
                None,
                "undertaking",
            )
        ],
        "members to be kept apprised, in its common misspelling",
    ),
    (
        "As noted at the previous meeting, the new bin by the quarry was still not in place, "
        "so would be chased up once more by the Clerk.",
        [
            (
                "As noted at the previous meeting, the new bin by the quarry was still not in "
                "place, so would be chased up once more by the Clerk",
                None,
                None,
                "undertaking",
            )
        ],
        "a fresh task after an aside on what the last meeting noted",
    ),
    (
        "Members request sight of the survey before it is sent to residents.",
        [
            (
                "Members request sight of the survey before it is sent to residents",
                None,
                None,
                "request",
            )
        ],
        "members' request in the present, for sight of anything",
    ),
    (
        "Cllr Ash would expedite the repair of the stile.",
        [("Cllr Ash would expedite the repair of the stile", "Cllr Ash", None, "undertaking")],
        "a promise to hurry work on",
    ),
    (
        "As the programme lacked variety, the Chairman encouraged Members to submit suggestions "
        "for topics for future meetings.",
        [
            (
                "As the programme lacked variety, the Chairman encouraged Members to submit "
                "suggestions for topics for future meetings",
                None,
                None,
                "invitation",
            )
        ],
        "the chair inviting Members to send something in",
    ),
    (
        "Cllr Ash referred to the loose bolts and advised that he will look and see if he has "
        "any suitable end caps.",
        [
            (
                "Cllr Ash referred to the loose bolts and advised that he will look and see if he "
                "has any suitable end caps",
                "Cllr Ash",
                None,
                "undertaking",
            )
        ],
        "a promise to look and see if something can be done",
    ),
    (
        "This having been previously circulated, the Council noted the letter and instructed "
        "the clerk to reply that its decision stood.",
        [
            (
                "This having been previously circulated, the Council noted the letter and "
                "instructed the clerk to reply that its decision stood",
                "Clerk",
                None,
                "request",
            )
        ],
        "an aside that the papers had been circulated before, then the task",
    ),
]

NOT_ACTIONS = [
    ("Mr Ash would talk about the history of the village at the next event.", "a talk given"),
    (
        "RESOLVED that the terms of reference be approved: “To give preliminary consideration "
        "to and recommend to the Authority a provisional budget”.",
        "the terms quoted after the colon with a capital first ask nothing either",
    ),
    (
        "This is yet to be determined and will be discussed at a future date.",
        "a matter not yet settled is no task",
    ),
    (
        "Members also noted that the data highlighted some concerning trends, such as high "
        "mortality, and that these issues needed to be investigated in more detail.",
        "a need among what members noted is a fact noted, no task",
    ),
    (
        "RESOLVED that the recommendation at Minute RC/8 to amend the Terms of Reference for "
        "the Resources Committee by adding the following role be approved: “to give "
        "preliminary consideration to and recommend to the Authority a provisional budget”.",
        "the terms a decision quotes after its colon ask nothing of this meeting",
    ),
    (
        "Therefore to ensure that the group is effective it was agreed that the group and the "
        "practice must work more closely together.",
        "a sentence's adverb before its purpose is no owner",
    ),
    ("The hall was booked and Mary is to receive a bouquet.", "what one is to be given"),
    ("The contractor would take the cuttings away after the fete.", "things carried away"),
    (
        "RESOLVED that the Chair continue to identify and invite expert witnesses to the panel.",
        "a standing authority's second verb after 'and' is no task of its own",
    ),
    ("RESOLVED to offer no objection to the application.", "a planning response is no offer"),
    (
        "The report would be considered by Cabinet on 6th September 2024.",
        "what the executive will do with a report is no task of this meeting's",
    ),
    (
        "Mr Elm asked whether the thefts could be linked to the wider prison community, but was "
        "told there was no evidence to support that.",
        "a question answered in its own sentence asks for nothing more",
    ),
    (
        "The Chair read out the Conflicts of Interest Statement. There were no conflicts noted. "
        "Action: Noted\n\nApologies were noted. Action: None",
        "a status in an action label's owner's place names no task",
    ),
    (
        "It was noted that Cllr Ash had attended the previous meeting but that this had not been "
        "recorded; this record is to be updated online.",
        "the minutes' record of who attended, corrected, is no task",
    ),
    (
        "Members commented that the suggested timing would clash with the school day and would "
        "make attendance by some Members difficult. The new guide will make it harder for small "
        "groups to apply.",
        "what a thing would make of another is no task",
    ),
    (
        "As this item was not on the agenda it was decided to defer it until later in the meeting.",
        "business deferred within this meeting",
    ),
    (
        "No written questions had been submitted; a further opportunity for questions from the "
        "public would be provided at the end of the meeting.",
        "business promised within this meeting",
    ),
    ("The new fence will cost the council £500.", "what a thing costs"),
    (
        "Members agreed to recommend a standstill budget and no increase in the precept to Full "
        "Council.",
        "a recommendation to Council, its object between, is a referral",
    ),
    (
        "RESOLVED to RECOMMEND the Reserves Policy for approval at the next PC meeting.",
        "a committee's recommendation for the council to approve is a referral",
    ),
    (
        "It was resolved to recommend that the Parish Council take on the upkeep of the path.",
        "a committee's recommendation with the council its subject is a referral",
    ),
    (
        "RESOLVED: that 1. the Plan be approved; and 2. Council be recommended to delegate "
        "authority to the Chief Executive to make any consequential amendments.",
        "the council the subject of a passive recommendation is a referral",
    ),
    (
        "The school is raising funds for a defibrillator which is to be situated at the shop.",
        "a relative clause's plan, no task",
    ),
    (
        "RESOLVED: that\n1) the agreement with the club be approved.\n2) Authority be delegated "
        "to the Director of Place in consultation with the Cabinet Member to:\na. identify "
        "a further three sites to be included in the agreement subject to due diligence;\nb. "
        "enter into licence agreements as required.",
        "a delegation told with the authority first, no task",
    ),
    (
        "The tree had been felled. The clerk to council had arranged for this to be done.",
        "the post's own name, 'clerk to council', no task",
    ),
    (
        "RESOLVED: that\n1) the proposed agreement with the club be approved.\n2) the two "
        "sites identified in the report be included in the agreement.",
        "what a decision's own terms take in, no task",
    ),
    (
        "He suggested that the Health Board's proposals were very weak on details of how the "
        "night service will be delivered in the north of the island.",
        "an opinion told after 'suggested that', no request",
    ),
    (
        "The Clerk confirmed that he has asked for the bus shelter to be on the agenda of the "
        "joint meeting.",
        "a request made before, reported",
    ),
    (
        "Cllr Ash asked for the parish council's approval to publicise information on the survey.",
        "leave sought, no task",
    ),
    (
        "A resident would like to volunteer to paint the bench, if the Parish Council will "
        "purchase the paint.",
        "a condition's will, no promise",
    ),
    ("THE CHAIRMAN THANKED ALL PRESENT AND CLOSED THE MEETING AT 9PM.", "capitals, no task"),
    (
        "The Chair having agreed that the motion was urgent, the Council agreed to deal with it "
        "at this meeting.",
        "business taken at this meeting",
    ),
    (
        "RESOLVED: to agree that the report was urgent and required to be considered this day "
        "to enable the Committee to consider the matter at the earliest opportunity.",
        "a report urgent enough to be considered this day",
    ),
    (
        "It was noted at the previous meeting that the Clerk would write to Highways.",
        "what the last meeting noted, no aside before a fresh task",
    ),
    (
        "RESOLVED that the extra spending of £9,000 to meet the shortfall left by the grant "
        "request not being approved be agreed.",
        "a request as a noun, its verb after it",
    ),
    (
        "RESOLVED that the additions to the capital programme be made and recommends them to "
        "Council for approval at its meeting on 10 September 2024.",
        "a referral to Council, its object first",
    ),
    (
        "The road is going to be closed for two days in May.",
        "what is going to happen, no one's task",
    ),
    ("Copies of the plan would be available at the library.", "available, for no meeting"),
    (
        "(3) Agree to appoint members to the working group as set out below:\n- The Chair of "
        "the Environment Committee (to preside as Chair of the working group) – Councillor "
        "Liz Frost\n- The Vice-Chair of the Environment Committee – Councillor Alan Williamson",
        "a row of who is appointed, its aside in brackets no task's words",
    ),
    (
        "The Chairman welcomed Mr Davies to the meeting and asked him to commence with his "
        "presentation. Mr Birch was asked to commence the vote.",
        "asked to start at once, in the meeting",
    ),
    (
        "Cllr Ash requested an update in relation to the Snooker Hall. The Clerk advised that "
        "it had still not been possible for progress to be made.",
        "a request to be told something, answered at once",
    ),
    (
        "It was agreed that one meeting with stakeholders and one of members alone should be "
        "appropriate as it was a task and finish group.",
        "what was agreed to be fit, no task",
    ),
    ("This will be on the agenda for this meeting.", "this meeting's agenda"),
    ("Members will be advised by the Clerk at the meeting.", "advised by someone, no task"),
    (
        "The Mayor recommended Items 21 and 22 are taken under Standing Order 1C. IT WAS AGREED.",
        "this meeting's items taken under the standing order that excludes the public",
    ),
    (
        "The County Council had been informed.\nWeb Site\nNothing to report.\n(c) Speed "
        "Restrictions\nNothing to report.",
        "a heading over 'Nothing to report' is no owner",
    ),
    ("It was RESOLVED that item 3 be discussed following item 6.", "this meeting's running order"),
    (
        "The criteria for decision-making would be informed by the feedback received.",
        "what a decision draws on, 'informed by'",
    ),
    ("The fete was to be held in May but was cancelled.", "a plan undone, told in the past"),
    ("A penalty notice will be issued against the driver.", "a penalty issued, no task"),
    (
        "RESOLVED that the Portfolio Holder be given authority to make minor amendments to "
        "the proposal.",
        "a delegation, the grant before what it allows",
    ),
    (
        "RESOLVED that the Cemetery Manager be given delegated authority to claim costs from "
        "the government's fund.",
        "a delegation, 'be given delegated authority to'",
    ),
    ("The request that the bench be moved was refused.", "a request told of, not made"),
    ("Highways acknowledge all problems reported and will investigate.", "another body's plan"),
    (
        "The Borough Council had been notified of the vacancy and will inform the Parish Council.",
        "another body's plan, carried on after 'and will'",
    ),
    (
        "The Clerk advised the meeting that the owner of the field does not wish to sell but would "
        "consider renting it to the council.",
        "a promise of the one the speaker told of, not the speaker's",
    ),
    (
        "Action: The Committee RESOLVED to accept the apologies from Cllr Tonge. Proposed by "
        "Cllr Cox, seconded by Cllr White and approved unanimously.",
        "a body's decision under an action label",
    ),
    ("• Openreach will check the cabinet on Mill Lane.", "a body after a bullet"),
    (
        "Mr Vale suggested that lines on the junction, past the Post Office, would greatly "
        "improve it.",
        "a post office is no posting",
    ),
    ("Audit - KN to become the internal spot check auditor.", "a post taken up is no task"),
    ("The applicant's statement says the scheme:\nWill provide 12 affordable homes.", "a claim"),
    ("Station Road to be resurfaced in July.", "another's works, named in capitals"),
    ("Rev Jane Holt happy to be contacted about the churchyard wall.", "a willingness"),
    ("Decision notices will be published on the website by the planning authority.", "another's"),
    ("The consultation will be published on the website of the District Council.", "another's"),
    ("Highways will consider a weight limit of\n7.5 tonnes on Mill Lane.", "a figure wrapped"),
    ("A simultaneous translation will be provided if requested.", "a standing offer"),
    ("Topics to be discussed will include the Mill Farm site.", "a subject, not a task"),
    (
        "The agenda will be posted on the website three clear days before the meeting.",
        "routine notice",
    ),
    ("The Committee had previously requested a report on the fees.", "an earlier request"),
    ("The allotment rents will be raised by 5% from April.", "raised: increased"),
    ("The Chairman would be asked to sign the minutes as a correct record.", "routine"),
    ("The agenda will be displayed on the noticeboards three clear days before.", "routine"),
    ("Residents will be consulted by the developer before the application.", "another's task"),
    ("The junction would be looked at by their traffic team next year.", "another's task"),
    ("A condition will be placed on the permission to limit the hours.", "a condition"),
    ("Questions from the public will be dealt with at the start of each meeting.", "routine"),
    ("The complaint will be dealt with by the Clerk under the complaints procedure.", "routine"),
    ("The Council agreed to remove Cllr Hart from the Finance Committee.", "a membership"),
    ("Members agreed to remove the item from the agenda.", "this meeting's agenda"),
    (
        "Representatives would be invited to meetings of the Local Area Forum.",
        "another body's meetings",
    ),
    (
        "The committee will be asked to consider training options to enhance its role.",
        "what the meeting itself will be asked to do, as its agenda says",
    ),
    (
        "The Councillors will consider any decisions by the Cabinet which have been taken under "
        "Special Urgency provisions.",
        "the agenda's description of what the body will do",
    ),
    ("It was agreed that following accounts be paid.", "payments authorised"),
    ("The Chairman agreed to add the item to tonight's agenda as urgent business.", "tonight's"),
    ("The Chairman decided to add the item to the agenda as urgent business.", "this meeting's"),
    (
        "Members agreed to put the matter on hold until the agenda for the Annual Meeting had "
        "been set.",
        "on hold",
    ),
    (
        "The Committee noted that Cabinet had resolved to include the scheme in the Highways "
        "forward programme.",
        "another body's decision",
    ),
    ("Members of the community are welcome to attend the open day.", "anyone's welcome"),
    ("The club members are welcome to book the hall for private functions.", "a club's"),
    ("Residents can send their comments to the Planning Officer by 5 May.", "the public's"),
    ("Cllr Jones said she would be bringing cakes to the May Day event.", "cakes, in May"),
    ("The report would be bringing forward savings to the Committee in January.", "savings"),
    (
        "RESOLVED that the Council is satisfied that the arrangements for the election of the "
        "Chairman are made in accordance with Standing Orders.",
        "arrangements judged, not asked for",
    ),
    (
        "Resolved: Quotes obtained from three contractors were considered and the lowest accepted.",
        "prices had and weighed",
    ),
    (
        "The Chairman thanked Councillor Jones who organised the fete and the residents who "
        "offered to help.",
        "thanks for an offer made",
    ),
    (
        "Councillor Green who chairs the working group reported the group agreed to meet monthly.",
        "a report of another's agreement",
    ),
    ("Members of the public were welcome to attend the exhibition.", "the public's welcome"),
    ("The officer would be bringing the report to Cabinet in March.", "a report to another body"),
    ("RESOLVED: Estimates received were considered and the lowest accepted.", "prices had"),
    ("The Chairman thanked Councillor Reed who had also offered to stand.", "an earlier offer"),
    (
        "RESOLVED that the report be submitted to the next meeting of the Audit Committee.",
        "a report sent on to another committee's meeting",
    ),
    ("The Chair to welcome Members and the public to the meeting.", "the agenda's running order"),
    ("The clerk is to receive a pay rise of 2% from April.", "what a post 'is to' get, no task"),
    ("The Clerk is to hold the post of RFO.", "a post held, no task"),
    (
        "RESOLVED – That agenda item 23 entitled 'Staffing' be considered in the absence of the "
        "public and press.",
        "a private session",
    ),
    (
        "RESOLVED – That Minute 99 of the Cabinet meeting held on 20th June 2025 be amended as "
        "set out above.",
        "a correction of earlier minutes",
    ),
    ("The Chair said the water levels would be rising next year.", "what would be happening"),
    (
        "The nature of the paths was such that a degree of surface detritus is to be expected. "
        "The new shelter is to be welcomed.",
        "what is to be expected or welcomed is a judgement, no task",
    ),
    (
        "Public benefit is needed to be demonstrated for a scheme to receive a grant.",
        "a standing condition, not a task",
    ),
    (
        "It was noted that the annual audit process had been set out by the auditors; this "
        "will be pursued by the Clerk and RFO.",
        "routine process pursued by the officers",
    ),
    (
        "RESOLVED – That approval be given to the scrutiny review programme for 2024/25.",
        "a decision given as a grant of approval",
    ),
    ("RESOLVED that consent be granted for the works to the oak.", "consent granted"),
    ("Report on the village hall lease and its renewal - JB", "a heading with its presenter"),
    ("Apologies were received from Cllr Smith and Cllr Jones – Clerk", "no task before the owner"),
    ("The item was on the next agenda last year.", "an agenda in the past"),
    (
        "The Committee noted the scorecard.\n\nNO ADDITIONAL ACTION WAS PROPOSED",
        "a sentence about action in capitals",
    ),
    (
        "Most debates take place in public. You will be told at this point whether there are "
        "any items on the Agenda which are to be discussed in private.",
        "the agenda's standing words to the public reading it",
    ),
    (
        "It was noted that the minutes of the Extraordinary meeting would be amended accordingly.",
        "minutes corrected",
    ),
    (
        "Cllr Ash proposed, Cllr Birch seconded. Later in the meeting Cllr Ash retracted the "
        "proposal. [Changes are to be made to the minutes of 19 June 2025].",
        "a note that the earlier minutes will be changed, in brackets after its sentence",
    ),
    ("Following discussion it was decided that no action would be taken.", "no action"),
    ("RESOLVED: That the Council thanks the volunteers who organised the fun day.", "thanks"),
    ("RESOLVED: That a vote of thanks be recorded to the retiring Clerk.", "a vote of thanks"),
    ("A Member would like to see more detail.", "'A Member' is no initial and surname"),
    ("RESOLVED: That all items be considered in public, as proposed.", "this meeting's business"),
    (
        "The adoption of the draft Minutes of the meeting held on 3 May was proposed by\n"
        "Peter Hume and seconded by Clare Dunn. Action : CD",
        "an owner under the minutes' approval names no task",
    ),
    (
        "9 December: agreed and signed as a true record. Clerk",
        "an owner after the record alone, its heading above, names no task",
    ),
    (
        "RESOLVED:\n\n1. That the Outturn report for 2018/19, as set out in the appendix, be "
        "approved;\n\n2. That the Annual Return be approved;",
        "a report named before its approval: 'report' is its noun, not a task's verb",
    ),
    (
        "It was RESOLVED that, in pursuance of section 1 of the Public Bodies (Admission to "
        "Meetings) Act 1960, the following item(s) be considered following the exclusion of "
        "the press and public.",
        "this meeting's business, taken in private",
    ),
    ("Claire highlighted items on to be purchased.", "a sentence with its verb, not a terse task"),
    (
        "A list of such items (if any) will be circulated prior to the start of the meeting.",
        "the agenda's standing words",
    ),
    ("Petitions will be presented at the meeting by Councillors.", "this meeting's business"),
    (
        'Paragraph 5 to be replaced with the following: "Councillor Gray suggested a change".',
        "a correction to the minutes",
    ),
    (
        "Councillor Rootham asked that minute 03 be changed to read he was concerned.",
        "a correction to the minutes, asked for",
    ),
    (
        "It was also suggested that the Parish Council send an invoice, however this "
        "suggestion was not pursued.",
        "a suggestion dropped",
    ),
    (
        "The Chair announced that she would bring forward items 6 and 7 on the agenda.",
        "the meeting's running order",
    ),
    ("It was agreed that agenda item 12 would be considered in private session.", "private"),
    (
        "RESOLVED that all business be considered with the press and public present with the "
        "exception of the following items:-",
        "this meeting's business in public",
    ),
    ("It was agreed that Ann Ash be elected Chair for this meeting.", "whom the meeting elected"),
    ("Also to update on the allocation process.", "'Also' is no owner"),
    (
        "The establishing of a Regional Adoption Agency was previously considered on "
        "21st June, 2018 and the Board requested that this item be further considered.",
        "narrative of the past",
    ),
    (
        "The briefing note also provided information about the following:\n\n• More detail "
        "requested by the Board regarding return home interviews",
        "what a report contained",
    ),
    (
        "The Scrutiny Board questioned officers on the following:\n\n• The review request from Ofsted",
        "questions asked",
    ),
    (
        "The Improvement Board would work to strengthen assurance. The LSCB would report on progress.",
        "bodies in reported speech",
    ),
    ("RESOLVED that the minutes of the meeting held on 30 November 2017 be approved.", "minutes"),
    (
        "RESOLVED that the Scrutiny Board note the briefing note and thank all those involved.",
        "noting and thanking",
    ),
    (
        "RESOLVED that the Head of Property Services be authorised to award the contract.",
        "a delegation",
    ),
    (
        "The minutes of the meeting held on 3 March 2021 were confirmed and authorised to be "
        "signed by the Mayor.",
        "minutes signed",
    ),
    (
        "Comments on applications to be determined by the County Council:\n"
        "5.1 Application 21/0042 - The Green - no objection.",
        "a lead-in to a list",
    ),
    (
        "RESOLVED that the minutes, which are circulated with the agenda, be approved.",
        "'are circulated' in a relative clause",
    ),
    (
        "RESOLVED that the delivery of the Plan is reported annually to the Care Partnership.",
        "a standing arrangement in the indicative",
    ),
    ("It was resolved that the request be declined.", "'the request', a noun"),
    ("Unanimously AGREED to recommend APPROVAL.", "a planning response"),
    ("RESOLVED to raise no objection to the application.", "a planning response, raised"),
    ("RESOLVED to consider the recommendations of the working group.", "done at the meeting"),
    ("The Clerk reported on the Action Plan.", "'Action Plan' is no owner label"),
    ("Members were asked to be prepared for the budget.", "'to be prepared' asks no task"),
    (
        "The report set out the work programme, which the Committee was asked to amend as "
        "appropriate and agree.",
        "what the report asked of the meeting",
    ),
    (
        "An updated work programme would be circulated as normal with the next agenda.",
        "routine",
    ),
    ("Councillor Smith suggested that items 9 and 10 be moved up the agenda.", "order of business"),
    ("The Mayor asked that the minutes be agreed.", "this meeting's minutes"),
    (
        "Apologies were received from several members of the council. Cllr Smith",
        "a name after a row that asks nothing",
    ),
    ("1. Lloyds Bank, Interim Statement, balance of £8,406.93. Noted", "a correspondence row"),
    ("It was agreed that it was not necessary to insure the benches.", "what need not be done"),
    ("It was agreed that the allotment fees would remain the same.", "what stays as it is"),
    ("It was agreed that the Council would make no observations.", "a planning response"),
    ("This would make sense for the village.", "no name opens the sentence"),
    ("The young people asked Members to make sure that care leavers knew.", "'make sure'"),
    ("Nothing to report.", "'Nothing' is nobody"),
    ("Action: To note the report.", "an action label over no task"),
    ("The Chair spoke of the ACTIONS: to improve the park.", "a label's word inside a sentence"),
    ("17/07. Update Standing Orders to reflect the new model. COMPLETED", "a tracked row done"),
    ("No further issues needed to be raised apart from those on the agenda.", "nothing to do"),
    ("Katie Summers commented that this needed to be implemented across the county.", "opinion"),
    ("The Mayor requested that all mobile phones be put on silent.", "housekeeping"),
    ("It was requested that mobile phones be switched to silent.", "housekeeping, 'to silent'"),
    (
        "The Councillors will be invited to confirm that the minutes of the meeting held on "
        "16 May 2024 are a correct record.",
        "the agenda's standing words, future tense",
    ),
    (
        "The Chairman will invite members of the public to indicate if they wish to speak.",
        "the chair's part in the meeting, as the agenda puts it",
    ),
    (
        "Interests should be declared on the form at the start of the meeting. The Chair will "
        "then invite Members to make their disclosure orally.",
        "the agenda's words on the meeting's own procedure",
    ),
    (
        "Members and Officers were reminded to make any declarations of personal and/or "
        "prejudicial interest that they might have in relation to items on the agenda.",
        "a reminder to declare interests",
    ),
    (
        "RESOLVED that the Parish Council wishes to be consulted on any amendments to the plan.",
        "a wish to be consulted asks another body, sets no task",
    ),
    (
        "Members are required to declare any Disclosable Pecuniary Interests they have in any "
        "matter to be considered. They should also make declarations at any stage such an "
        "interest becomes apparent.",
        "declaring interests is no task",
    ),
    ("Project to be funded from the Britain in Bloom budget.", "a funding decision"),
    ("The remaining two items to be considered below.", "this meeting's order of business"),
    (
        "The Clerk attended training on 25 October 2023, learning about the package which aims to "
        "help management – to be discussed at agenda item 30.24.",
        "what another item of this meeting will take up",
    ),
    ("Others would include unreasonable charges to rents.", "'Others' is nobody"),
    ("It was agreed that the appointments would be as follows.", "what is laid out"),
    ("It was agreed that social media can be used.", "a permission"),
    ("House name notification: 10 Low Road to be named Paddock View.", "a name given"),
    (
        "RESOLVED that County Council, having regard to the report, is asked to agree the following:",
        "what the papers ask the meeting",
    ),
    (
        "There needed to be an equitable level of service provision across the county.",
        "'There needed to be' states a need, it asks no one",
    ),
    (
        "Mr Steemson asked for a correction to be made to item 7 of the report, page 3.",
        "a correction of the minutes",
    ),
    (
        "Chairman to move: Agreed for the meeting to be adjourned and go into Open Forum.",
        "the meeting's own running order",
    ),
    (
        "RESOLVED that the minutes of the meeting held on 21 July be held as a correct record "
        "for signing by the Chair.",
        "minutes held as a correct record",
    ),
    ("The Chair to announce any items of urgent business.", "the meeting's running order"),
    (
        "Another member of the public asked if the council would be prepared to buy new benches.",
        "what the public asks",
    ),
    (
        "A Member requested permission from the Chair to speak about the bank closure.",
        "a Member's wish to speak",
    ),
    (
        "The Committee will be invited to confirm that the minutes of the meeting are a "
        "correct record.",
        "the minutes confirmed at a later meeting",
    ),
    ("The report would be submitted to Ofsted.", "a report sent to another body"),
    (
        "The Chair thanked Cllr Ash who had offered to help with the fete.",
        "a promise made before, told in a relative clause",
    ),
    (
        "RESOLVED That the Audit Committee recommends that the Annual Governance Statement "
        "be approved by the Chief Executive and the Leader of the Council.",
        "a decision recommended to those who take it",
    ),
    (
        "It was also suggested that two minor amendments were made to Minute 10 – 'Unmade Roads'.",
        "a correction of the minutes",
    ),
    ("Item 13 is to be brought forward to Item 6.", "this meeting's running order"),
    (
        "In response to Member concerns, Officers advised that applications would be "
        "considered on a case by case basis.",
        "how such business is always dealt with",
    ),
    (
        "Councillor Reed declared an interest as a neighbour of the site. He undertook to "
        "withdraw from the meeting during the item and would take no part in the vote.",
        "a Member's conduct over an interest",
    ),
    (
        "Councillor Hale said he had not expressed a view and would approach the application "
        "with an open mind.",
        "a Member's open mind",
    ),
    (
        "It had been suggested that gates be provided to the playing field. After discussion "
        "the Council felt that gates would be hard to manage.",
        "a suggestion made before the meeting",
    ),
    (
        "WDC have purchased the Corn Exchange and will develop the market square.",
        "another body's plans, its initials longer than a person's",
    ),
    (
        "It was confirmed that all items marked as Part I would be considered in public.",
        "this meeting's business in public",
    ),
    (
        "The Committee agreed as follows:-\n\n(i) Recommended Refusals\n\nTo note that "
        "application No 01/95/1870 had been withdrawn.\n\n(ii) Recommended Approvals\n\nTo "
        "grant consent to the applications in List C.",
        "a list's headings of recommended refusals and approvals",
    ),
]


def actions_of(text: str) -> list[tuple[str, str | None, str | None, str]]:
    item = Item(number="1", title="t", minutes=normalise(text).strip())
    fill_item(item, MEETING)
    return [(a.text, a.owner, a.due_date, a.origin) for a in item.actions]


@pytest.mark.parametrize(("text", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_actions(
    text: str, expected: list[tuple[str, str | None, str | None, str]], note: str
) -> None:
    assert actions_of(text) == expected, note


@pytest.mark.parametrize(("text", "note"), NOT_ACTIONS, ids=[c[1] for c in NOT_ACTIONS])
def test_not_actions(text: str, note: str) -> None:
    assert actions_of(text) == [], note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by 14th February 2018", ("2018-02-14", "by 14th February 2018")),
        ("in March 2018", ("2018-03", "in March 2018")),
        ("to the February meeting", ("2018-02", "to the February meeting")),
        ("to the December meeting", ("2018-12", "to the December meeting")),
        ("be added to the next agenda", (None, "next meeting")),
        ("following the implementation", (None, None)),
        ("the figures from March 2016", (None, None)),
        ("whether it was done as promised at the May meeting", (None, None)),
        ("to pay for the work carried out in April", (None, None)),
    ],
)
def test_due(text: str, expected: tuple[str | None, str | None]) -> None:
    assert due_of(text, MEETING) == expected


def test_an_update_on_earlier_actions_sets_no_terse_task() -> None:
    """ "Update on Actions arising from previous meetings": its lines ("GW to present plan")
    are the earlier actions listed with their progress."""
    text = "Letter to the county council re flagstones - Done\nGW to present plan\n"
    item = Item(number="7", title="Update on Actions arising from previous meetings", minutes=text)
    fill_item(item, MEETING)
    assert item.actions == []
    item = Item(number="7", title="Footpaths", minutes=text)
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == ["GW to present plan"]


def test_a_paragraph_of_last_meetings_actions_sets_no_new_task() -> None:
    """ "Action from last meeting: Clerk to add ..." restates an earlier action before what
    became of it; a task set in the paragraph after it is new."""
    text = (
        "Action from last meeting: Clerk to add the membership renewal to the next agenda.\n\n"
        "Members agreed to renew. Clerk to pay the invoice.\n"
    )
    item = Item(number="43/19", title="Finance", minutes=text)
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == ["Members agreed to renew. Clerk to pay the invoice"]
    # (a fresh request after what became of the old one is new: "Clerk to chase ... again")
    text = (
        "Actions from last meeting: the Clerk had written to Highways but no reply had been "
        "received. Clerk to chase Highways again.\n\n"
        "Action points from previous meeting – Clerk to add the renewal to the agenda.\n"
    )
    item = Item(number="44/19", title="Footpaths", minutes=text)
    fill_item(item, MEETING)
    assert [a.text[-29:] for a in item.actions] == ["Clerk to chase Highways again"]


def test_every_task_a_paragraph_of_last_meetings_actions_lists_is_no_new_task() -> None:
    """ "Actions from last meeting: SS to ... RT to contact Highways ... since this is a
    principal source of waterlogging. SS to ...": each listed task is an earlier one, whatever
    its own words say; a note after one of what became of it ends the list, and a task
    after it is new."""
    text = (
        "Actions from last meeting: SS to discuss the proposals with the club. RT to contact "
        "Highways re drainage since this is a principal source of waterlogging. SS to work "
        "with the contractor.\n\nSS reported that the club had agreed.\n"
    )
    item = Item(number="53/19", title="Section 106 monies", minutes=text)
    fill_item(item, MEETING)
    assert item.actions == []
    for status in (
        "RT to contact Highways – this has been done.",
        "RT to write to Highways but no reply was received.",
        "RT to contact Highways, who have now replied.",
    ):
        text = f"Actions from last meeting: SS to see the club. {status} Cllr Ash to chase it.\n"
        item = Item(number="53/19", title="Section 106 monies", minutes=text)
        fill_item(item, MEETING)
        assert [a.text for a in item.actions] == ["Cllr Ash to chase it"], status
    # (a listed task's own words are no note of what became of it)
    text = "Actions from last meeting: RT to find out who is responsible for the verge.\n"
    item = Item(number="53/19", title="Section 106 monies", minutes=text)
    fill_item(item, MEETING)
    assert item.actions == []


def test_a_deferral_that_lists_only_what_is_deferred_sets_no_task() -> None:
    """ "the following application be deferred: HEMPSTEAD - PF/12/0562 - ..." names what is
    deferred, not when it comes back: no task, as a bare "the item be deferred." sets none;
    a return point in the list, or a reason that is a task, still sets one."""
    listed = (
        "RESOLVED That the following application be deferred: HEMPSTEAD - PF/12/0562 - Change "
        "of use from Public House to residential dwelling; Hare & Hounds"
    )
    assert actions_of(listed) == []
    assert len(actions_of(listed + ", to the next meeting.")) == 1
    visit = "RESOLVED That the following application be deferred for a site visit: PF/12/0562."
    assert len(actions_of(visit)) == 1
    # (its return point or task after the list, past a stop in it too)
    head = "RESOLVED That the following application be deferred: PF/12/0562 – Land at St. Mary's"
    for after in (" Road, to the next meeting.", " Road, to the December Planning Committee.",
                  " Road, pending a site visit by Members."):  # fmt: skip
        assert len(actions_of(head + after)) == 1, after
    assert len(actions_of("RESOLVED That the item be deferred: the Clerk to obtain quotes.")) == 1


def test_an_appointment_agreed_is_no_task() -> None:
    """ "It was agreed that Councillor Ash be appointed as Chairman to the Health Panel": whom
    the meeting appoints or elects is its decision, no task; "the Clerk to write ...", "be
    asked to write ..." and "report back to the next meeting" still are tasks."""
    assert (
        actions_of("It was agreed that Councillor Ash be appointed as Chairman to the Panel.") == []
    )
    assert (
        actions_of("It was agreed that Cllr Birch be elected as the Council's representative.")
        == []
    )
    assert len(actions_of("It was agreed that the Clerk to write to the owner.")) == 1
    assert len(actions_of("It was agreed that Cllr Ash be asked to write to the owner.")) == 1
    # ("to the" after any other verb is the task's: "report back to the next meeting")
    assert len(actions_of("It was agreed that Cllr Ash report back to the next meeting.")) == 1


def test_an_action_numbered_by_this_meetings_date_is_a_task() -> None:
    """ "17/11/16-01-Secretary to circulate the list ...": numbered by the date of this
    meeting (17 November 2016), a task set at it; one numbered by an earlier date is an
    earlier meeting's action listed again, no new task."""
    text = (
        "30/06/16-01-Secretary to send the feedback to the database. Open.\n"
        "17/11/16-01-Secretary to circulate the list to members of the Steering Group.\n"
        "17/11/16-02- Secretary to email Parishioners on the list.\n"
    )
    item = Item(number="4", title="Actions", minutes=text)
    fill_item(item, "2016-11-17")
    assert [(a.text, a.owner) for a in item.actions] == [
        ("Secretary to circulate the list to members of the Steering Group", "Secretary"),
        ("Secretary to email Parishioners on the list", "Secretary"),
    ]
    fill_item(item, "2016-12-15")
    assert item.actions == []


def test_a_task_stands_where_only_what_it_is_for_may_be() -> None:
    """What may be is no task ("The Clerk may be asked to write"), but "may be" in the
    clause saying what a task is for leaves the task before it standing ("... should seek
    further advice ... so that a detailed specification may be prepared")."""
    purpose = (
        "It was agreed that the Clerk should seek further advice on the works required so that "
        "a detailed specification may be prepared."
    )
    assert [a[:2] for a in actions_of(purpose)] == [
        ("It was agreed that the Clerk should seek further advice on the works required", "Clerk")
    ]
    assert actions_of(purpose.replace("so that", "and")) == []
    assert actions_of("The Clerk may be asked to write to the owner.") == []
    # (nor a question talked over, what it is for or not)
    talked = "Members discussed whether the Clerk should write to the school so that parents "
    assert actions_of(talked + "may be told.") == []
    assert actions_of("Members considered if the Clerk should write to the school.") == []
    # (one it went on to settle sets its task)
    settled = "Members discussed whether to replace the bench and agreed that the Clerk would "
    assert len(actions_of(settled + "obtain three quotes.")) == 1
    having = "Having considered whether the hedge needed cutting, Members asked the Clerk to "
    assert len(actions_of(having + "contact the landowner.")) == 1
    assert actions_of("The Clerk would write to the owner, who may be willing to help.") == []


def test_a_deferral_to_another_named_committees_meeting_goes_elsewhere() -> None:
    """A page that names its committee: a deferral to another committee's meeting is a
    referral there; on a page that names none, a deferral comes back."""
    text = "the matter be deferred to a future meeting of the Licensing Committee"
    assert elsewhere(text, "Planning Committee")
    assert not elsewhere(text, None)


def test_a_report_to_both_of_two_other_bodies_goes_elsewhere() -> None:
    text = "the existence of the petition be reported to both the Planning Committee and Council"
    assert elsewhere(text, "Cabinet")


def test_what_another_named_body_will_consider_is_not_this_meetings_task() -> None:
    """Left for another body to decide ("would be considered by the County's Highways
    (CHW) Committee", "by the Courts"), a matter is not this meeting's to follow up;
    left for this body, named or not, it comes back here."""
    assert elsewhere(
        "Any objections would be considered by the County's Highways & Waste (CHW) Committee",
        None,
    )
    assert elsewhere("Such objections would need to be considered by the CHW committee", None)
    assert elsewhere("a closure order will be considered by the Courts in May", "Cabinet")
    again = "the item would be considered by the Planning Committee at its next meeting"
    assert not elsewhere(again, "Planning Committee")
    assert not elsewhere("the item would be considered by the Committee in May", "Cabinet")


def test_a_task_in_a_clause_after_the_past_or_routine_is_still_a_task() -> None:
    """After a dash or a semicolon a clause with its own subject is read apart from the
    routine or past before it; joined by "and", the clause before governs it (that
    meeting's request, not this one's)."""
    item = Item(
        number="7",
        title="Work Programme",
        minutes="The Chairs Group had found that detailed scrutiny was not required – the "
        "Scrutiny Coordinator agreed to re-circulate the outcome.\n\nThe report was "
        "previously considered on 21st June and the Board requested that it return in a "
        "year.\n\nThe verges would continue to be cut; the Clerk would remind the "
        "contractor of the dates.",
    )
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == [
        "the Scrutiny Coordinator agreed to re-circulate the outcome",
        "the Clerk would remind the contractor of the dates",
    ]


@pytest.mark.parametrize(
    ("decision", "task"),
    [
        (
            "RESOLVED that the video equipment be removed from the Mill Room and WIFI be "
            "installed.",
            "the video equipment be removed from the Mill Room and WIFI be installed",
        ),
        (
            "RESOLVED that the Mill Room be monitored for three months to gauge its use.",
            "the Mill Room be monitored for three months to gauge its use",
        ),
        (
            "RESOLVED: i) that the letter be received. ii) that Network Rail are made aware of "
            "the height barriers.",
            "Network Rail are made aware of the height barriers",
        ),
        (
            "RESOLVED that the landowner be informed of the decision.",
            "the landowner be informed of the decision",
        ),
        (
            "RESOLVED that the Order be confirmed with amendments and that the owners of the "
            "site be informed accordingly.",
            "the owners of the site be informed accordingly",
        ),
        ("RESOLVED that the Committee be informed by the working group's findings.", None),
        (
            "RESOLVED - To receive a further report from the Director of Estates following a "
            "full review of the built assets.",
            "receive a further report from the Director of Estates following a full review "
            "of the built assets",
        ),
        (
            "RESOLVED that an extended review of scrutiny arrangements take place in 2025/26.",
            "an extended review of scrutiny arrangements take place in 2025/26",
        ),
        (
            "RESOLVED that the Committee remove items 4 (Risk Register) and 5 (Annual Report) "
            "from the business planner.",
            "the Committee remove items 4 (Risk Register) and 5 (Annual Report) from the "
            "business planner",
        ),
        ("RESOLVED to receive the report of the Director of Estates.", None),
        ("RESOLVED that the £1,500 be removed from the budget for the hall.", None),
        ("RESOLVED that completed actions be removed from the Matters Arising sheet.", None),
    ],
)
def test_work_ordered_or_planned_for_this_body_is_a_task(decision: str, task: str | None) -> None:
    """A decision ordering work done, a further report this body is to receive, a review to
    take place, a change to its plans: each a task; a report received now, a sum taken off a
    budget, none."""
    item = Item(number="5", title="Estates", minutes=decision)
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == ([task] if task else [])


def test_business_given_a_later_meeting_or_the_work_plan_is_a_task() -> None:
    item = Item(
        number="7",
        title="Work Plan",
        minutes="The Committee noted that the item Roof Sign Review would be allocated to the "
        "January meeting. The Committee also agreed to move the Health and Safety Plan to "
        "the March meeting. Councillor Charles suggested adding an item to the work plan on "
        "licensing guidance for applicants. The meeting was moved to the Village Hall. The "
        "Budget item was moved to the next meeting. Cllr Ash presented a schedule of figures "
        "to the meeting.",
    )
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == [  # (the decision's first, "also agreed")
        "The Committee also agreed to move the Health and Safety Plan to the March meeting",
        "The Committee noted that the item Roof Sign Review would be allocated to the January "
        "meeting",
        "Councillor Charles suggested adding an item to the work plan on licensing guidance for "
        "applicants",
        "The Budget item was moved to the next meeting",
    ]


def test_business_added_to_a_later_meetings_agenda_or_the_work_programme_is_a_task() -> None:
    item = Item(
        number="8",
        title="Work Programme",
        minutes="The Head of Audit said that the External Auditor's Report would need to be "
        "added to the agenda for the May 2023 meeting of the Committee. Cyber Security training "
        "would also need to be rescheduled into the work programme. The training was added to "
        "the list of courses.",
    )
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == [
        "The Head of Audit said that the External Auditor's Report would need to be added to "
        "the agenda for the May 2023 meeting of the Committee",
        "Cyber Security training would also need to be rescheduled into the work programme",
    ]


def test_business_that_should_be_added_to_a_named_bodys_work_programme_is_a_task() -> None:
    item = Item(
        number="8",
        title="Select Committees - Work Programmes",
        minutes="Councillor Ash suggested that it should be added to the Housing Select "
        "Committee’s work programme that the bus operators be invited to a future meeting. The "
        "Chairman noted that this had been agreed.",
    )
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == [
        "Councillor Ash suggested that it should be added to the Housing Select Committee’s "
        "work programme that the bus operators be invited to a future meeting"
    ]


def test_information_for_a_named_committees_members_goes_to_them() -> None:
    """Sent to a committee, a matter is referred there; sent to its members, it is
    information for them (as a committee's own members are often named)."""
    to_members = "information on staff promotions be sent to Audit Committee members"
    assert not elsewhere(to_members, None)
    assert not elsewhere(to_members, "Audit Committee")
    assert elsewhere("the report be submitted to the Audit Committee", "Scrutiny Panel")


def test_a_briefing_sent_to_councillors_goes_to_people_not_a_council() -> None:
    """ "Councillors" is no council: a briefing sent to a committee's councillors is this
    meeting's task, whatever letters name them."""
    assert not elsewhere(
        "Briefing on the campaign to be sent to T&C Councillors", "Policy Committee"
    )
    assert not elsewhere("the notes be forwarded to Parish Councillors", "Planning Committee")
    assert elsewhere("the notes be forwarded to the Parish Council", "Planning Committee")


def test_people_invited_to_this_bodys_future_meetings_are_its_task() -> None:
    """Invited to the body's future meetings, people come here: the body's task; sent to
    someone outside, a paper is not."""
    item = Item(
        number="5",
        title="Work Programme",
        minutes="Cabinet members and officers from the County Council would be invited to "
        "future meetings.\n\nThe annual report would be submitted to Ofsted.",
    )
    fill_item(item, MEETING)
    assert [a.text for a in item.actions] == [
        "Cabinet members and officers from the County Council would be invited to future meetings"
    ]


def test_a_recommendation_to_council_in_capitals_goes_elsewhere() -> None:
    text = "RESOLVED TO RECOMMEND TO FULL COUNCIL : THAT the Library Plan be adopted."
    item = Item(number="1", title="t", minutes=text)
    fill_item(item, MEETING, "Executive")
    assert len(item.resolutions) == 1
    assert item.actions == []


def test_a_terse_lists_bare_imperatives_are_tasks() -> None:
    """A community council's bullets in the imperative: each a task, whoever does it, told
    with the sentence that sets its scene; a heading's noun of the same spelling ("Email
    from ...", "Contact details") is none."""
    text = (
        "• Bus shelter glass had been cracked again. Ask the installer for a repair price.\n"
        "• Verges – Email the county roads team to ask when the cutting will start.\n"
        "• Email from the school about the crossing patrol was noted.\n"
        "• Contact details for the hall bookings are on the website.\n"
        "• Gully on Mill Brae blocked. Contact Roads Scotland.\n"
    )
    assert [t for t, *_ in actions_of(text)] == [
        "Bus shelter glass had been cracked again. Ask the installer for a repair price",
        "Verges – Email the county roads team to ask when the cutting will start",
        "Gully on Mill Brae blocked. Contact Roads Scotland",
    ]


def test_a_named_member_after_a_dash_bullet_owns_a_terse_task() -> None:
    """A dash's bullet before a member named by a word or two and "to" ("- Hazel to check
    ...") sets a task; not a topic run into the name, nor a tracker's row of an earlier task
    citing its minute or closed by its state."""
    text = (
        "- Minutes approved.\n"
        "- Hazel to check with the park manager when the litter trial would start.\n"
        "- Helen said that the new officer was helpful with the litter pick.\n"
        "- Tom Ash to raise the unemptied bins with the contractor.\n"
        "- Jo to order the new bins: completed\n"
        "- Chief Executive to circulate the survey results (Minute 79) - Done\n"
        "- Pat Testing of Fans Roy to discuss with the electrician.\n"
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)] == [
        ("Hazel to check with the park manager when the litter trial would start", "Hazel"),
        ("Tom Ash to raise the unemptied bins with the contractor", "Tom Ash"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Smith asked for an amendment to Min 10142 – line 11 – to delete 'Election'.",
        "Cllr Bush asked for a typo correction to Min 10150 – line 1.",
        "Members asked for the following amendment to be made.",
    ],
)
def test_a_correction_asked_of_the_minutes_is_no_task(text: str) -> None:
    """A correction asked of the minutes is made as they are approved, no task after."""
    assert NOT_A_TASK.search(text)


def test_a_correction_recorded_of_the_minutes_is_no_task() -> None:
    """A correction made to the minutes as they are approved says what they "should" read,
    which asks no one to do anything; a task after it in the item still counts."""
    text = (
        "Amendment to Minutes dated 4th March 2024 – Item 6 Playground Inspections should "
        "refer to two new swings.\n\nThe minutes were approved as a true record.\n\n"
        "Cllr Ash will write to the school about the crossing."
    )
    assert [t for t, *_ in actions_of(text)] == [
        "Cllr Ash will write to the school about the crossing"
    ]


def test_when_a_task_is_to_be_done_set_apart_before_its_subject_hides_no_task() -> None:
    """ "That, upon receipt, the Clerk circulate ..." asks the Clerk as "That the Clerk
    circulate ..." does; a condition on a decision sets no task."""
    item = Item(
        number="4",
        title="Code of Conduct",
        minutes="RESOLVED a) That, upon receipt, the Clerk circulate the revised Code of Conduct "
        "to all Members. b) That, subject to the amendment being made, the Council confirms the "
        "minutes.",
    )
    fill_item(item, MEETING)
    assert [(a.text, a.owner) for a in item.actions] == [
        (
            "That, upon receipt, the Clerk circulate the revised Code of Conduct to all Members",
            "Clerk",
        )
    ]


def test_the_agendas_word_for_the_chairs_part_is_no_task() -> None:
    """ "Public Participation" / "The Chair to advise the Committee of any items on which
    members of the public have registered to address it.": what the Chair does at this
    meeting, as the agenda words it, no task."""
    page = (
        "Minutes of the Wyvern Planning Committee held on 3 March 2024 at 7pm\n\n"
        "Declarations of Interest\nNone were declared.\n\nPublic Participation\nThe Chair to "
        "advise the Committee of any items on which members of the public have registered to "
        "address it.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert items[-1].title == "Public Participation"
    assert items[-1].actions == []


def test_an_officer_holding_two_posts_owns_a_task() -> None:
    """A parish clerk is often its Responsible Financial Officer too, and minutes name the
    two posts with a slash ("Clerk/RFO to ...", "The Clerk / RFO will ..."): the officer
    owns the task as "Clerk" alone would."""
    text = (
        "The grant had not been paid. Clerk/RFO to write to the district council.\n\n"
        "The auditor's fee was queried. The Clerk / RFO will contact the auditor.\n\n"
        "The hedge on Mill Lane needs cutting back.\nAction: Clerk/RFO\n"
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)] == [
        ("The grant had not been paid. Clerk/RFO to write to the district council", "Clerk/RFO"),
        ("The auditor's fee was queried. The Clerk / RFO will contact the auditor", "Clerk / RFO"),
        ("The hedge on Mill Lane needs cutting back", "Clerk/RFO"),
    ]


def test_an_owner_line_in_capitals_owns_the_paragraph_above() -> None:
    """ "ACTION DC" alone on its line, in capitals as "Action DC" is in other houses, gives
    the paragraph above its owner; a heading's "ACTION PLAN" or a state's "ACTION: NONE"
    names no one."""
    text = (
        "Bench report – the report was presented. A new bench is to be ordered for the green.\n"
        "ACTIONS DC\n"
        "The footpath signs were reported as damaged and should be replaced.\n"
        "ACTION PLAN\n"
        "The play area inspection was received.\n"
        "ACTION: NONE\n"
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)] == [
        ("A new bench is to be ordered for the green", "DC"),
    ]


def test_an_owner_line_takes_the_request_made_in_its_paragraph() -> None:
    """Under an owner line, the sentence that asks someone to act is the task ("BK
    requested that SS resend the form"), not an earlier one that says what someone is "to
    be"; a sentence that sets no task still gives way to one that does."""
    text = (
        "All trustees had signed a form agreeing to be a trustee of the hall. RB requested "
        "that SP resend the form as it had not arrived.\n"
        "Action: SP/RB\n"
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)] == [
        ("RB requested that SP resend the form as it had not arrived", "SP/RB"),
    ]


def test_a_request_that_something_should_be_done_is_a_task() -> None:
    """ "Members requested that X should also be included" asks for it as "be included"
    does; a suggestion's "should" is an opinion, and a request made before is no new task."""
    text = (
        "Members requested that members of the Local Pension Board should also be included in "
        "invitations to the working party.\n\n"
        "Councillor Ash suggested that the Fund should be more ambitious.\n\n"
        "Members had requested that the board should be told of the change."
    )
    assert [t for t, *_ in actions_of(text)] == [
        "Members requested that members of the Local Pension Board should also be included in "
        "invitations to the working party"
    ]


def test_a_decisions_later_sentence_may_give_someone_else_a_task() -> None:
    """A decision's later sentence in a parish's terse form gives its own task to someone
    other than the one its first task is given to; the same task told again with its owner
    after a first with none stays one."""
    text = (
        "It was AGREED that the Clerk should write to Cllr Ash asking for help with the path "
        "by the school. Cllr Ash to be asked to report back formally to the September meeting."
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)] == [
        (
            "the Clerk should write to Cllr Ash asking for help with the path by the school",
            "Clerk",
        ),
        ("Cllr Ash to be asked to report back formally to the September meeting", "Cllr Ash"),
    ]
    again = (
        "Agreed that a meeting of the Cemetery Sub-Committee needs to be arranged on site. "
        "Clerk to arrange a meeting during August and report back."
    )
    assert len(actions_of(again)) == 1


def test_a_visiting_county_or_district_councillor_owns_a_task() -> None:
    """A parish minutes a county's or a district's member by a letter before "Cllr"
    ("C/Cllr Peck", "D/Cllr Ash", "CCllr Peck"): each owns a task as "Cllr" does."""
    text = (
        "The speed limit request is ongoing. C/Cllr Peck to continue to investigate.\n\n"
        "D/Cllr Ash to raise the planning breach with the enforcement team.\n\n"
        "CCllr Peck will write a letter to support the resurfacing request."
    )
    assert [owner for _, owner, *_ in actions_of(text)] == [
        "C/Cllr Peck",
        "D/Cllr Ash",
        "CCllr Peck",
    ]


def test_the_parts_a_decision_notes_set_no_task() -> None:
    """What a decision notes is no task, however its parts are worded ("RESOLVED to note:"
    / "3. The actions set out in the report, which will be undertaken ..."); parts under a
    lead-in that asks are tasks still."""
    noted = (
        "RESOLVED to note:\n\n1. The position on Reserves; and\n\n2. The actions set out in the "
        "report, which will be undertaken across the Council to reduce the overspend."
    )
    assert actions_of(noted) == []
    asked = (
        "RESOLVED to note the report and to request the following:\n\n1. The Clerk will write "
        "to the Highways Authority about the verge."
    )
    assert len(actions_of(asked)) == 1


def test_good_wishes_a_decision_sends_are_a_task() -> None:
    """A decision that congratulations or thanks "be passed to" or "conveyed to" someone
    sets a task, as a letter of thanks to be sent does; the body's own thanks do not."""
    assert [
        t for t, *_ in actions_of("AGREED that congratulations be passed to those concerned.")
    ] == ["congratulations be passed to those concerned"]
    assert len(actions_of("RESOLVED that thanks be conveyed to the volunteers.")) == 1
    assert actions_of("RESOLVED that the Council thanks the volunteers.") == []


def test_a_bare_deferral_is_no_task() -> None:
    """A deferral with no return point named sets no task ("this item would be deferred.",
    "the item be deferred."); one to a named meeting, or for a task, does."""
    assert actions_of("The Chair reported that this item would be deferred.") == []
    assert actions_of("RESOLVED that the item be deferred.") == []
    assert len(actions_of("The item would be deferred until the next meeting.")) == 1
    assert len(actions_of("RESOLVED that the item be deferred to allow a site visit.")) == 1


def test_a_person_who_would_reflect_on_points_made_undertakes_a_task() -> None:
    """An officer who "would reflect on" points raised promises to act on them, as one who
    "would look at" them does; a thing that would reflect on another promises nothing."""
    assert [
        owner
        for _, owner, *_ in actions_of(
            "Mr Ash would reflect on the points of drafting detail before the report goes to Council."
        )
    ] == ["Mr Ash"]
    assert actions_of("The new figures would reflect on the budget for next year.") == []


def test_a_task_a_decision_asks_after_another_participle_is_a_task() -> None:
    """ "be signed and sent": the second participle asks for the letter to go, as "be sent"
    does alone; "be approved and signed" asks for nothing done outside the meeting."""
    assert [
        t for t, *_ in actions_of("That the draft letter to Government be signed and sent.")
    ] == ["the draft letter to Government be signed and sent"]
    assert actions_of("RESOLVED that the minutes be approved and signed.") == []


def test_a_task_on_the_line_after_a_house_styles_parts_is_its_own() -> None:
    """The parts a house style's colon leads into end where a line opens a new sentence
    after one closed: the tasks below are their own, not the last part's."""
    page = (
        "Minutes of the Burial Ground Committee held on 13 July 2017\n\n5.Walk around\nThe "
        "committee agreed that the following works needed doing:\na.All ivy removed from the "
        "walls.\nb.The path widen from the entrance.\nc.The tree be looked at and made safe if "
        "needed.\nThe Clerk to write a specification and request three quotes.\nCllr Ash agreed "
        "to complete the works in the well.\n6.Land\nNothing.\n"
    )
    item = parse(read_text(page.encode())).parts[0].items[0]
    assert [r.text for r in item.resolutions][2] == "The tree be looked at and made safe if needed."
    assert [(a.text, a.owner) for a in item.actions] == [
        ("The Clerk to write a specification and request three quotes", "Clerk"),
        ("Cllr Ash agreed to complete the works in the well", "Cllr Ash"),
    ]


def test_a_decisions_bare_be_instructed_in_the_narrative_is_a_task() -> None:
    """A decision's clause told on its own after "it was agreed that ...", its "that" left
    out: "The Town Clerk be instructed to write ..." asks the Clerk; "could be asked" only
    says what is possible."""
    text = (
        "After discussion it was agreed that a notice should be put on the gate. The Town "
        "Clerk be instructed to write to the district council about dog fouling."
    )
    assert [(t, owner) for t, owner, *_ in actions_of(text)][-1] == (
        "The Town Clerk be instructed to write to the district council about dog fouling",
        "Town Clerk",
    )
    assert actions_of("The police could be asked to attend, the Chair said.") == []
    assert actions_of("The police could not be asked to attend the fete.") == []
    assert actions_of("Residents would be instructed to keep to the footpath.") == []


def test_a_notice_to_go_on_the_bodys_website_named_by_its_initials_is_a_task() -> None:
    """ "put on the PC website": the parish council's own site by its initials, as "the
    website" and "the parish website" are; another body's initials name another's site."""
    assert [
        t
        for t, *_ in actions_of("A note of where the spill kit is would be put on the PC website.")
    ] == ["A note of where the spill kit is would be put on the PC website"]
    assert actions_of("The plans would be put on the SDC website by the district.") == []


def test_a_member_asked_to_invoice_someone_has_a_task() -> None:
    """ "asked Alan to invoice them quarterly": invoicing is a task, as "Clerk to invoice the
    club" is."""
    assert [(t, owner) for t, owner, *_ in actions_of("Andrew asked Alan to invoice them.")] == [
        ("Andrew asked Alan to invoice them", "Alan")
    ]
    assert [owner for _, owner, *_ in actions_of("Clerk to invoice the club for the hall.")] == [
        "Clerk"
    ]


def test_no_paragraph_after_the_line_that_ends_a_house_styles_parts_is_read_for_parts() -> None:
    """Where a line ends the parts ("The Clerk to write ..."), a later paragraph's lettered
    lines are no parts of the decision above."""
    page = (
        "Minutes of the Burial Ground Committee held on 13 July 2017\n\n5.Walk around\nThe "
        "committee agreed that the following works needed doing:\na.The ivy be removed.\nb.The "
        "path be looked at.\nThe Clerk to write a specification.\n\nc.The hedge was cut in May.\n"
        "6.Land\nNothing.\n"
    )
    item = parse(read_text(page.encode())).parts[0].items[0]
    assert [r.text for r in item.resolutions] == ["The ivy be removed.", "The path be looked at."]
    assert [(a.text, a.owner) for a in item.actions if a.owner] == [
        ("The Clerk to write a specification", "Clerk")
    ]


def test_an_agreement_with_an_aside_on_how_before_its_task_is_a_task() -> None:
    """ "It was agreed under Delegated Power 1 to progress ...": the aside between "agreed"
    and "to" leaves the task one; "It was agreed in principle" alone sets none."""
    assert [
        t for t, *_ in actions_of("It was agreed under Delegated Power 1 to progress the path.")
    ] == ["It was agreed under Delegated Power 1 to progress the path"]
    assert actions_of("It was agreed in principle that the plan was sound.") == []


def test_a_post_named_whole_is_the_owner_asked() -> None:
    """ "The Chairman was asked to write ...": the post is read whole, "Chairman", not as
    "Chair" with "man" left between it and the request, which lost the owner."""
    text = "The Chairman was asked to write to the school about parking."
    assert [owner for _, owner, *_ in actions_of(text)] == ["Chairman"]
    assert [owner for _, owner, *_ in actions_of(text.replace("Chairman", "Chairperson"))] == [
        "Chairperson"
    ]


def test_a_request_after_a_linking_word_is_the_persons_who_is_named_after_it() -> None:
    """ "Therefore the Clerk was requested to transfer the balance ...": the linking word
    before the subject hides neither the request nor its owner; moving money is a task's
    verb."""
    text = (
        "It was noted that the accounts were to close. Therefore the Clerk was requested to "
        "transfer the balance to the deposit account by the end of the month."
    )
    assert [owner for _, owner, *_ in actions_of(text)] == ["Clerk"]
    also = "However, the Chairman was asked to write to the school about parking."
    assert [owner for _, owner, *_ in actions_of(also)] == ["Chairman"]
    # (or after what came before it: "Following discussion, Mr Weedon was asked to ...")
    after = "Following discussion, Mr Weedon was asked to bring some catalogues to the meeting."
    assert [owner for _, owner, *_ in actions_of(after)] == ["Mr Weedon"]
    named = "After consideration of the quotes, the Clerk was asked to order the bench."
    assert [owner for _, owner, *_ in actions_of(named)] == ["Clerk"]


def test_asking_what_the_record_is_to_say_in_the_past_is_no_task() -> None:
    """ "Councillor Ash asked that it was noted in minute 52 that ...": what the minutes are
    to record, as "asked that it be noted" is, not a task; a request that the Clerk send
    the report stays one."""
    told = "Councillor Ash asked that it was noted in minute 52 that the report was circulated."
    assert actions_of(told) == []
    asked = "Councillor Ash asked that the report was sent to all members."
    assert len(actions_of(asked)) == 1
