"""Single-item pages (ModernGov "Decision details" and "Agenda item" pages) in the shapes
councils publish them: the item's heading, its decisions and its requests."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.sections import split_sections
from scrutiny_cli.read.text import read_text

# (page, (title, [resolution texts], [action owners]), note)
CASES = [
    (
        "The subject of the decision:\nThis report sought approval for the revised Council Plan."
        "\nAlternative options considered:\nThe reason for the decision:\nThe Council was "
        "obliged to have a Plan.\nThe decision:\nThat Cabinet approves the revised Council "
        "Plan 2019-2023.\n",
        ("", ["That Cabinet approves the revised Council Plan 2019-2023."], []),
        "a page that holds only its decision, under 'The decision:', is minutes",
    ),
    (
        "RESOLVED – That progress against the Council Plan be noted.\nREASONS FOR DECISION - "
        "This was an information report to keep Cabinet informed.\nOTHER OPTIONS CONSIDERED "
        "AND REJECTED – Alternative options were not applicable.\n",
        ("", ["progress against the Council Plan be noted."], []),
        "a decision page's furniture in capitals is no item of its own",
    ),
    (
        "Decision details\n\nDecision Maker: Cabinet\n\nDecision status: Recommendations "
        "Approved\n\nIs Key decision?: No\n\nIs subject to call in?: No\n\nDecision taken\n\n"
        "Cabinet agreed the recommendations set out in the report.\n\nReason for decision\n\n"
        "The Committee recommended them.\n\nDate of decision: 03/12/2024\n",
        ("", ["Cabinet agreed the recommendations set out in the report."], []),
        "the decision's text after its status lines; a field line is no heading",
    ),
    (
        "Decision details\n\nDecision Maker: Cabinet\n\nThe decision:\n\nThat Cabinet approves "
        "and recommends to Council the revised Council Plan 2019-2023.\n\nDate of decision: "
        "16/02/2021\n",
        (
            "",
            ["That Cabinet approves and recommends to Council the revised Council Plan 2019-2023."],
            [],
        ),
        "'The decision:' heads the decision; a recommendation to Council is no task",
    ),
    (
        "Decision details\n\nPARISH LIAISON\n\nDecision Maker: Cabinet\n\nPurpose:\n\n"
        "To receive a report on the spring round of parish liaison meetings.\n\nDecision:\n\n"
        "That\n\n(a)        the report be noted; and\n\n(b)        the Leader will write to "
        "the Chief Constable asking for a named officer for each parish.\n\nReasons for the "
        "decision:\n\nTo report after each round.\n\nDate of decision: 14/05/2025\n",
        (
            "PARISH LIAISON",
            [
                "the report be noted",
                "the Leader will write to the Chief Constable asking for a named officer for "
                "each parish.",
            ],
            ["Leader"],
        ),
        "a decision page's 'Purpose:' is agenda text, never the decision under 'Decision:'",
    ),
    (
        "Issue - meetings\n\nMeeting: 05/10/2025 - Cabinet (Item 54)\n\n54 Scrutiny Board "
        "pdf icon PDF 12 KB\n\n(a)       To approve the minutes of the meeting held on\n\n\n"
        "·       14 March 2025\n\n(b)       To note the outstanding actions.\n\n"
        "The minutes of the Board held on 27 September 2025 were submitted.\n\n(a)       that "
        "the minutes be noted;\n\n(b)       that the recommendation on fees be approved.\n",
        (
            "Scrutiny Board",
            ["that the minutes be noted", "that the recommendation on fees be approved."],
            [],
        ),
        "lettered agenda text and its bullets before the minutes are no decision",
    ),
    (
        "Agenda item\n\nPetitions\n\nMinutes:\n\nRESOLVED: That officers report back to the "
        "next meeting on the petition.\n",
        ("Petitions", ["officers report back to the next meeting on the petition."], ["Officers"]),
        "a task about a petition is still a task",
    ),
    (
        "Agenda item\n\nPetitions\n\nMinutes:\n\nThe Council received a Petition requesting "
        "that the Provost review the Flag Flying Policy.\n",
        ("Petitions", [], []),
        "what a petition asks for is no task",
    ),
    (
        "That the Executive note the recommendations of the Overview and Scrutiny Committee."
        "\nOther options considered and rejected by the Executive:\n",
        (
            "",
            ["the Executive note the recommendations of the Overview and Scrutiny Committee."],
            [],
        ),
        "a page that is only a decision whose RESOLVED was dropped is minutes",
    ),
    (
        "Issue - decisions\n\nReview of scrutiny\n\n24/09/2014 - Review of scrutiny\n\n\n"
        "That an extended internal review of scrutiny arrangements take place during 2014/15."
        "\n\n\nThat the current committees be retained until the review is completed.\n",
        (
            "Review of scrutiny",
            [
                "an extended internal review of scrutiny arrangements take place during 2014/15.",
                "the current committees be retained until the review is completed.",
            ],
            [None],  # (the review to take place is the one task)
        ),
        "'That' and a verb in its plain form is a decision whose RESOLVED was dropped",
    ),
    (
        "Decision details\n\nMotion 1\n\nDecision Maker: Council\n\nDecisions:\n\nThe "
        "following motion was proposed by Councillor Bell and seconded by Councillor Dhindsa "
        "-\n\n\u201cThis Council resolves that the Mayor work with the tenants.\u201d\n\n"
        "Members debated the motion.\n\nOn being put to Council the motion was LOST.\n",
        ("Motion 1", [], []),
        "a motion put and lost is no decision",
    ),
    (
        "Issue - meetings\n\nAny other public items which the Chair decides are urgent\n\n"
        "Meeting: 20/10/2020 - Cabinet (Item 38)\n\nAny other public items which the Chair "
        "decides are urgent\n\nThe Chair thanked the front-line services.\n",
        ("Any other public items which the Chair decides are urgent", [], []),
        "an item line repeating the issue's title is its heading, verb and all",
    ),
    (
        "Issue - meetings\n\nTAXI DRIVER LICENSING PROCEDURES\n\nMeeting: 12/06/2013 - "
        "Licensing Committee (Item 7)\n\nTo consider a report by the Head of Public Protection "
        "(copy enclosed).\n\nMinutes:\n\nThe Licensing Officer submitted the report.\n",
        ("TAXI DRIVER LICENSING PROCEDURES", [], []),
        "no heading under the meeting's line, only the agenda's words: the issue's title",
    ),
    (
        "Agenda item\n\nMINUTES OF THE LICENSING COMMITTEE MEETINGS HELD ON: 23 November 2021; "
        "7 December 2021; 4 January 2022; 18 January 2022; 3 February 2022; 22 February 2022; "
        "8 March 2022; 29 March 2022\n\nTo receive the minutes.\n\nMinutes:\n\nThe minutes "
        "were noted.\n",
        (
            "MINUTES OF THE LICENSING COMMITTEE MEETINGS HELD ON: 23 November 2021; 7 December "
            "2021; 4 January 2022; 18 January 2022; 3 February 2022; 22 February 2022; 8 March "
            "2022; 29 March 2022",
            [],
            [],
        ),
        "a heading naming the minutes it approves, however many dates, semicolons between",
    ),
    (
        "To report any issues with the information below please email clerks@wyvern.gov.uk.\n"
        "\nAgenda item\n\nWork Programme 2025/26 (Jo Bailey)\n\nMinutes:\n\nThe Chair "
        "introduced the programme.\n",
        ("Work Programme 2025/26 (Jo Bailey)", [], []),
        "a site's banner above the page's 'Agenda item' is furniture, not the item's text",
    ),
    (
        "Agenda item - Minutes of the previous meeting\nnavigation and tools\nFind it\nYou are "
        "here - Home : Council and Democracy : Agenda item\nAgenda item\nMinutes of the "
        "previous meeting\nMinutes of the previous meeting held on 19 April 2016.\n3.1 "
        "RESOLVED- That the minutes of the previous meeting be approved.\n3.2 As a matter "
        "arising, Councillor Ash asked about the letter.\n",
        (
            "Minutes of the previous meeting",
            ["the minutes of the previous meeting be approved."],
            [],
        ),
        "a saved item page's title over a site's menu, its 'Agenda item' below the menu",
    ),
    (
        "Agenda item\n\nThe Highways Act 1980 - Verge Parking Areas - Review of 2024-2025\n\n"
        "Minutes:\n\nRESOLVED:\n\n1.  That officers report back to a future meeting.\n",
        (
            "The Highways Act 1980 - Verge Parking Areas - Review of 2024-2025",
            ["That officers report back to a future meeting."],
            ["Officers"],
        ),
        "a heading opening with 'The' is still the heading where 'Minutes:' follows it",
    ),
    (
        "Decision Maker: Cabinet Executive\nDecision status: Recommendations Approved\nIs Key "
        "decision?: Yes\nThe purpose of the report is to approve premiums on empty homes.\n"
        "DECISIONS\n1. To increase the empty homes premium to 100% from 1 April 2026.\n2. To "
        "increase the second homes premium to 100% from 1 April 2026.\n3. To increase the "
        "premium to 200% for homes empty over five years.\nReasons:\n1. To bring "
        "empty homes back into use.\nDate of decision: 13/01/2026\n",
        (
            "",
            [
                "To increase the empty homes premium to 100% from 1 April 2026.",
                "To increase the second homes premium to 100% from 1 April 2026.",
                "To increase the premium to 200% for homes empty over five years.",
            ],
            [],
        ),
        "a decision page that opens at its fields, its marker and title lost, is one item: "
        "its numbered decisions are that item's, no items of their own",
    ),
    (
        "Review of the Planning Protocol\n\nDecision Maker: Council\n\nDecision status: "
        "Recommendations Approved\n\nIs Key decision?: No\n\nRESOLVED: That the revised "
        "Planning Protocol be approved.\n\nDate of decision: 03/10/2013\n",
        (
            "Review of the Planning Protocol",
            ["the revised Planning Protocol be approved."],
            [],
        ),
        "a decision page's title alone above its fields, its marker lost",
    ),
    (
        "Issue - decisions\nHACKNEY CARRIAGE FARES\n27/09/2025 - HACKNEY CARRIAGE FARES\n"
        "RESOLVED, by majority vote, that –\n(a) officers be instructed to consult on the\n"
        "implementation of an increase to the tariff by 5%;\n(b) officers be authorised to "
        "publish a\nstatutory notice, and\n(c) officers be instructed to prepare a report\n"
        "for the next Licensing Committee if any objections were received.\n",
        (
            "HACKNEY CARRIAGE FARES",
            [
                "officers be instructed to consult on the\nimplementation of an increase to the "
                "tariff by 5%",
                "officers be authorised to publish a\nstatutory notice, and",
                "officers be instructed to prepare a report\nfor the next Licensing Committee if "
                "any objections were received.",
            ],
            ["Officers", "Officers"],
        ),
        "a hard-wrapped line opening 'implementation of' is no decision page's furniture",
    ),
    (
        "Agenda item\n\nAn update on the Fenmarsh Rivers Group\n\n1.    Feedback on the "
        "meeting of 4 March.\n\n2.    Ratify the Terms of Reference.\n\nMinutes:\n\nThe "
        "Chair thanked the clerk for the minutes of the Group.\n",
        ("An update on the Fenmarsh Rivers Group", [], []),
        "an article opens a heading in capitals too, where agenda text comes between it and "
        "'Minutes:'",
    ),
    (
        "Agenda item\n\nThe Chair welcomed everyone to the meeting.\n\nMinutes:\n\nRESOLVED: "
        "That the report be noted.\n",
        ("", ["the report be noted."], []),
        "a sentence before 'Minutes:' is no heading",
    ),
    (
        "Agenda item\n\nCouncillor Ash left the meeting during this item\n\nMinutes:\n\n"
        "RESOLVED: That the report be noted.\n",
        ("", ["the report be noted."], []),
        "nor one with a verb the verb list lacks: its words are not a heading's capitals",
    ),
    (
        "Agenda item - To receive petitions.\nnavigation and tools\nYou are here - Home : "
        "Agenda item\nAgenda item\nTo receive petitions.\nPetitions will be presented to the "
        "Mayor.\nMinutes:\n41.1 The Mayor invited the submission of petitions.\n",
        ("To receive petitions", [], []),
        "the saved page's title names the item: the same words under the marker are its heading",
    ),
    (
        "Agenda item - Minutes\nnavigation and tools\nYou are here - Home : Agenda item\n"
        "Agenda item\nTo consider the minutes of the meeting held on 4 March 2025.\n12.1 "
        "Councillor Ash noted that 9.2 should read 'Mill Lane'.\n12.2 RESOLVED – That, with the "
        "above change, the Chair be authorised to sign the minutes as a correct record.\n",
        (
            "Minutes",
            [
                "with the above change, the Chair be authorised to sign the minutes as a "
                "correct record."
            ],
            [],
        ),
        "the saved page's title names the item where the marker has the agenda's words only",
    ),
    (
        "Wyvern and Fenmarsh Councils' logo\nWyvern and Fenmarsh\nCouncils\nAgenda item\n\n"
        "Minutes of council bodies.\n\nMinutes:\n\nThe minutes of twelve meetings of council "
        "bodies were received.\n",
        ("Minutes of council bodies", [], []),
        "the marker under a site's banner of short lines",
    ),
    (
        "Friday, 14 May 2026\n\n* * *\n\nCouncil and Democracy\n\nInformation about "
        "Wyvern Borough Councillors and Meetings\n\nAgenda item\n\nConsideration of Cabinet "
        "Decisions\n\nMinutes:\n\nThe Committee considered the decisions of the Cabinet.\n\n"
        "Item Number 70. Budget Management Update\n\nResolved – That Minute 70 of the Cabinet "
        "be noted.\n\nItem Number 71. Capital Monitoring\n\nResolved – That Minute 71 of the "
        "Cabinet be noted.\n",
        (
            "Consideration of Cabinet Decisions",
            ["Minute 70 of the Cabinet be noted.", "Minute 71 of the Cabinet be noted."],
            [],
        ),
        "the marker under a site's chrome of any lines, over a heading and its label: the "
        "items it takes up are its text",
    ),
    (
        "Agenda item\n\nPlanning application 22/0567/FUL - 12 Mill Lane\n\nMinutes:\n\n"
        "RESOLVED: That planning permission for application 22/0567/FUL be refused for the "
        "reason set out in the report, with the informatives as recommended.\n(Councillor Ash "
        "made a statement to the Committee and took no part in the decision.)\n",
        (
            "Planning application 22/0567/FUL - 12 Mill Lane",
            [
                "planning permission for application 22/0567/FUL be refused for the "
                "reason set out in the report, with the informatives as recommended.\n"
                "(Councillor Ash made a statement to the Committee and took no part in the "
                "decision.)"
            ],
            [],
        ),
        "a planning refusal decides, it sets no task",
    ),
]


@pytest.mark.parametrize(("page", "expected", "note"), CASES)
def test_item_page(page: str, expected: tuple[str, list[str], list[str]], note: str) -> None:
    [part] = parse(read_text(page.encode())).parts
    [item] = part.items
    found = (item.title, [r.text for r in item.resolutions], [a.owner for a in item.actions])
    assert found == expected, note


def test_a_decision_pages_decisions_are_its_minutes_whatever_its_fields() -> None:
    """ "Decision Maker:" is a field, not minutes: the decisions are all the minutes there
    are, and what they cite is read."""
    page = (
        "Decision details\n\nMinutes\n\nDecision Maker: Halls Committee\n\nDecisions:\n\n"
        "The Committee received the minutes of its meeting held 13 January 2025.\n\n"
        "RESOLVED: that the Minutes be agreed as a correct record.\n\nMatters arising: the "
        "Town Clerk advised that in minute H7 the money would come from reserves.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.text for r in item.resolutions] == ["the Minutes be agreed as a correct record."]
    assert [r.ref for r in item.refs] == ["H7"]


def test_a_decision_pages_parts_in_lower_case_are_its_decision_not_agenda_text() -> None:
    """Under a decision page's fields, with no "Decision:" label, "(i) to note the report;"
    opens the decision's parts; it is not the agenda's "To note ..."."""
    page = (
        "Decision details\n\nLocal Covenant - OCE/17/023\n\nDecision Maker: Council\n\n"
        "Is subject to call in?: No\n\n\n(i)           to note the content of the report;\n\n"
        "(ii)          to instruct the Chief Executive to develop a refreshed Covenant;\n\n"
        "(iii)         to request the Chief Executive to report back in March 2018.\n\n"
        "Publication date: 16/10/2017\n\nDate of decision: 11/10/2017\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.part for r in item.resolutions] == ["i", "ii", "iii"]


def test_a_decision_pages_numbered_parts_each_decide_whatever_their_verb() -> None:
    """ "(1) Cabinet noted the results of the consultation ..." / "(2) Cabinet approved the
    Direction ...": on a decision page with no keyword, each numbered part is a decision,
    the noting one too, not only the one whose verb decides. A decision page whose parts
    are one paragraph of discussion keeps its single decision."""
    fields = (
        "Decision details\n\nConfirmation of the Direction\n\nDecision Maker: Cabinet\n\n"
        "Is subject to call in?: Yes\n\n"
    )
    page = fields + (
        "(1) Cabinet noted the results of the public consultation held in October 2019.\n"
        "(2) Cabinet approved the confirmation of the Article 4 Direction covering the office "
        "sites in the Borough.\n\nPublication date: 07/08/2020\n\nDate of decision: 05/08/2020\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.part for r in item.resolutions] == ["1", "2"]
    one = fields + (
        "Cabinet noted the results of the public consultation held in October 2019 and "
        "approved the confirmation of the Article 4 Direction.\n\nDate of decision: 05/08/2020\n"
    )
    [item] = parse(read_text(one.encode())).parts[0].items
    assert len(item.resolutions) == 1
    # (the reasons numbered under a decision are no parts of it)
    reasons = fields + (
        "Decision:\n\nCabinet approved the Local Plan consultation draft for publication.\n\n"
        "Reasons for the decision:\n\n(1) The Council is required to keep its Plan up to date."
        "\n(2) The draft reflects the responses to the last consultation.\n\n"
        "Date of decision: 05/08/2020\n"
    )
    [item] = parse(read_text(reasons.encode())).parts[0].items
    assert [r.text for r in item.resolutions] == [
        "Cabinet approved the Local Plan consultation draft for publication."
    ]
    numbered = page.replace(
        "\n\nPublication date",
        "\n\nReasons for the decision:\n\n(1) The Council must keep "
        "its Plan up to date.\n(2) The draft reflects the responses.\n\nPublication date",
    )
    [item] = parse(read_text(numbered.encode())).parts[0].items
    assert [r.part for r in item.resolutions] == ["1", "2"]
    assert item.resolutions[1].text.endswith("office sites in the Borough.")


def test_each_parts_reason_printed_under_it_ends_no_decision() -> None:
    """ "RESOLVED: (i) That ..." / "REASON: ..." / "(ii) That ..." / "REASON: ...": each
    part's reason under it, the next part below, is no decision page's furniture, and the
    decision reads on to its last part."""
    page = (
        "Issue - decisions\nHousing Rents 2009/10\n03/02/2009 - Housing Rent Increase 2009/10\n"
        "RESOLVED: (i) That Option 2 be approved and that a rent increase of 6% be agreed.\n"
        "REASON: In accordance with Government advice.\n(ii) That the information provided "
        "at the meeting be noted.\nREASON: To keep the Executive informed.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.text for r in item.resolutions] == [
        "That Option 2 be approved and that a rent increase of 6% be agreed.\nREASON: In "
        "accordance with Government advice.",
        "That the information provided at the meeting be noted.",
    ]


def test_a_listing_of_decisions_published_gives_each_decision_and_its_maker() -> None:
    """ModernGov's "Decisions published" listing: each decision line is one item, titled
    without its reference and status; its fields give the committee and are no decision."""
    page = (
        "Decisions published\n\n15/03/2023 - MINUTES - 14 DECEMBER 2022 ref: 5633    "
        "Recommendations Approved\n\nDecision Maker: Wyvern Area Committee\n\nMade at meeting: "
        "15/03/2023 - Wyvern Area Committee\n\nDecision published: 16/03/2023\n\nEffective "
        "from: 15/03/2023\n\nRESOLVED: That the Minutes of the meeting held on 14 December 2022 "
        "be approved.\n\n15/03/2023 - APOLOGIES FOR ABSENCE ref: 5632    Recommendations "
        "Approved\n\nDecision Maker: Wyvern Area Committee\n\nMade at meeting: 15/03/2023 - "
        "Wyvern Area Committee\n\nDecision published: 16/03/2023\n\nApologies were received "
        "from Cllr Ash.\n"
    )
    parts = parse(read_text(page.encode())).parts
    assert [(p.committee, p.date) for p in parts] == [("Wyvern Area Committee", "2023-03-15")] * 2
    assert [[i.title for i in p.items] for p in parts] == [
        ["MINUTES - 14 DECEMBER 2022"],
        ["APOLOGIES FOR ABSENCE"],
    ]
    resolutions = [r.text for p in parts for i in p.items for r in i.resolutions]
    assert resolutions == ["the Minutes of the meeting held on 14 December 2022 be approved."]


def test_a_site_menus_decisions_published_entry_makes_no_listing() -> None:
    """ "Decisions published" in a site's menu, no decision line under it: a meeting page."""
    page = (
        "Wyvern District Council\nHome\nMeetings\nDecisions published\nForward Plans\n"
        "Agenda and minutes\nPlanning Committee - Wednesday, 6th March, 2024 6.30 pm\nItems\n"
        "No. Item\n12.\nApologies for Absence\nMinutes:\nApologies were received.\n13.\n"
        "Minutes of the previous meeting\nMinutes:\nRESOLVED: That the minutes be approved.\n"
    )
    doc = parse(read_text(page.encode()))
    assert doc.kind == "meeting"
    assert [i.title for i in doc.parts[0].items] == [
        "Apologies for Absence",
        "Minutes of the previous meeting",
    ]


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_an_agenda_item_page_names_its_meeting_on_its_bulleted_line(bullet: str) -> None:
    """The "Meeting of X, date time (Item N.)" line of an "Agenda item" page, with the
    bullet it is printed with (reading turns "- " into "• ")."""
    page = (
        f"Agenda item\nVerge Cutting Contract\n{bullet}Meeting of Wyvern Scrutiny Panel, "
        "Thursday 3rd July 2025 10.00 am (Item 147.)\nMinutes:\nThe Panel noted the report.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert (part.committee, part.date, part.start_time) == (
        "Wyvern Scrutiny Panel",
        "2025-07-03",
        "10:00",
    )
    assert [(it.number, it.title) for it in part.items] == [("147", "Verge Cutting Contract")]


def test_an_agenda_item_pages_meeting_line_keeps_the_commas_of_its_bodys_name() -> None:
    page = (
        "Agenda item\nTaxi Tariffs\n- Meeting of Environment, Transport & Sustainability "
        "Committee, Tuesday, 15th March, 2016 4.00pm (Item 74.)\nMinutes:\nThe Committee noted "
        "the report.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert (part.committee, part.date, part.start_time) == (
        "Environment, Transport & Sustainability Committee",
        "2016-03-15",
        "16:00",
    )


def test_an_item_page_with_no_text_of_its_own_holds_its_lettered_sub_items() -> None:
    page = (
        "Agenda item\n\nMatters Arising from the Minutes\n\n(a)  Ward Forums (Minute 26 refers)"
        "\n\n  Councillor Atha raised the forum's notes.\n\n(b)  Quality Bus Corridor (Minute 23 "
        "refers)\n\n  Councillor Ince updated the meeting on the corridor.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    found = [(i.number, i.title, [r.ref for r in i.refs]) for i in part.items]
    assert found == [
        (None, "Matters Arising from the Minutes", []),
        ("(a)", "Ward Forums (Minute 26 refers)", ["26"]),
        ("(b)", "Quality Bus Corridor (Minute 23 refers)", ["23"]),
    ]


def test_an_agenda_packs_stamp_over_minutes_held_in_a_place_is_no_item_page() -> None:
    """ "Agenda Item" over a header sentence held in a place is a pack's stamp on the minutes
    it carries; over "Minutes of the meeting held on 20 May 2014" it is an item page's title."""
    pack = (
        "Agenda Item\n\n\nMinutes of meeting held in Committee Room 1, Council Offices, Wexcombe "
        "on 21 November 2017\n\nChair: Councillor Ash\n\n1 Declaration of Interests\nNo "
        "interests were declared.\n\n2 Minutes of Previous Meeting\nThe minutes were approved.\n"
    )
    doc = parse(read_text(pack.encode()))
    assert doc.kind == "meeting"
    assert doc.parts[0].date == "2017-11-21"
    assert [i.title for i in doc.parts[0].items] == [
        "Declaration of Interests",
        "Minutes of Previous Meeting",
    ]
    page = (
        "Agenda item\n\nMinutes of the meeting held on 20 May 2014\n\nThe minutes of the meeting "
        "held on 20 May 2014 were agreed and signed by the Chairman as a correct record.\n"
    )
    assert parse(read_text(page.encode())).kind == "item"


def test_a_page_opening_on_its_minutes_label_is_one_items_page() -> None:
    """An item page whose heading the scrape dropped opens on its "Minutes:" label: the run-in
    headings below it are that one item's topics, not items of a meeting."""
    page = (
        "Minutes:\nRoad Closures – Members will have followed the news of the closures on the "
        "A40. Our sympathies are with those affected.\nLocal MP – recent announcements saw the "
        "MP appointed to a new role. A letter will be sent to the MP to arrange a meeting.\n"
        "Chief Officers' meeting – The Chair met counterparts from Wexshire. It was agreed "
        "that a joint event would be arranged.\n"
    )
    doc = parse(read_text(page.encode()))
    assert doc.kind == "item"
    [item] = doc.parts[0].items
    assert [a.text for a in item.actions] == [
        "A letter will be sent to the MP to arrange a meeting",
        "It was agreed that a joint event would be arranged",
    ]


@pytest.mark.parametrize("bullet", ["- ", ""])
def test_an_agenda_item_page_without_its_marker_is_its_heading_over_its_meetings_line(
    bullet: str,
) -> None:
    """No "Agenda item" marker: the heading first, the meeting's line with the item's
    number under it, then the minutes."""
    page = (
        f"Verge Cutting Contract - Month 5\n{bullet}Meeting of Wyvern Scrutiny Panel, Thursday "
        "3rd July 2025 10.00 am (Item 6.)\nThe Panel received a presentation.\nIt was agreed "
        "that officers will provide a breakdown of the costs.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert (part.committee, part.date) == ("Wyvern Scrutiny Panel", "2025-07-03")
    assert [(it.number, it.title) for it in part.items] == [
        ("6", "Verge Cutting Contract - Month 5")
    ]


def test_a_page_listing_the_meetings_of_its_issue_is_an_issue_page_without_its_marker() -> None:
    page = (
        "Wexcombe Bypass Petition\n\nThis page gives details of any meetings held which will, "
        "or did, discuss the matter.\n\nMeeting: 27/03/2012 - Petitions Committee - Fourth "
        "Assembly (Item 4)\n\n4 Wexcombe Bypass Petition\n\nThe Committee agreed to close the "
        "petition.\n\nMeeting: 07/02/2012 - Petitions Committee - Fourth Assembly (Item 3)\n\n3 "
        "Wexcombe Bypass Petition\n\nThe Committee considered correspondence and agreed to:\n"
        "Await the response from the Minister;\nWrite to the County Council seeking its views;\n"
        "Request detail from the Minister on the route.\n"
    )
    doc = parse(read_text(page.encode()))
    assert doc.kind == "item"
    found = [(p.date, [(i.number, len(i.resolutions)) for i in p.items]) for p in doc.parts]
    assert found == [("2012-03-27", [("4", 1)]), ("2012-02-07", [("3", 1)])]
    assert [a.text for a in doc.parts[1].items[0].actions] == [
        "Write to the County Council seeking its views",
        "Request detail from the Minister on the route",
    ]


def test_a_decision_page_republished_with_decision_alone_for_its_marker() -> None:
    page = (
        "Decision\n\nReview of Waste Policies\n\nDecision Maker: Executive\n\nOutcome: "
        "Recommendations Approved\n\nIs Key Decision?: Yes\n\nDate of Decision: September 9, "
        "2025\n\nDecision: That the Executive approves the Waste Policy.\n"
    )
    doc = parse(read_text(page.encode()))
    assert (doc.kind, doc.format) == ("item", "decision")
    [meeting] = doc.parts
    assert (meeting.committee, meeting.date) == ("Executive", "2025-09-09")
    assert [(i.title, len(i.resolutions)) for i in meeting.items] == [
        ("Review of Waste Policies", 1)
    ]


def test_an_issues_decision_under_its_title_is_an_issue_page_without_its_marker() -> None:
    page = (
        "Verge Cutting\n\n11/06/2018 - Verge Cutting\n\n1. That the action plan be APPROVED.\n\n"
        "2. That £10,000 be allocated from the reserve as a contingency.\n"
    )
    doc = parse(read_text(page.encode()))
    assert (doc.kind, doc.format) == ("item", "issue")
    found = [(p.date, [(i.title, len(i.resolutions)) for i in p.items]) for p in doc.parts]
    assert found == [("2018-06-11", [("Verge Cutting", 2)])]


def test_a_decision_block_that_tells_the_discussion_holds_no_decision_of_its_list() -> None:
    """A "Decisions:" block that opens on an officer introducing the report, its decision
    cut off, decides nothing by the list inside the discussion ("These were:" / "• ...")."""
    page = (
        "Decision details\n\nPLAY AREA REVIEW\n\nDecision Maker: Community Committee\n\n"
        "Decisions:\n\nThe Play Development Manager introduced the report and advised that the "
        "Committee approved the Play Area Plan in 2022. The plan outlined three stages. These "
        "were:\n\n  • Stage 1 – Physical Condition Survey undertaken by consultants.\n  • "
        "Stage 2 – Wexcombe Leisure were appointed to conduct consultation.\n\nCouncillor Ash "
        "enquired if the play areas would be inspected weekly.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert item.resolutions == []


def test_an_issue_page_whose_decision_line_was_lost_is_headed_by_its_title() -> None:
    """ "Issue - decisions" over the issue's title and its decision, the dated decision line
    lost: the title is the item's heading, the page's marker none."""
    page = (
        "Issue - decisions\n\nGrant and Community Update Report\n\n\n(1)     That the £500 "
        "carried forward be reallocated to the Discretionary Budget;\n\n(2)     That the "
        "Communities Officer be requested to discuss the budgets with new Councillors.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert [i.title for i in part.items] == ["Grant and Community Update Report"]
    assert len(part.items[0].resolutions) == 2


def test_who_will_present_an_item_is_its_agenda_text_not_a_task() -> None:
    """An item page's first line naming who will present it ("Scrutiny Committee Chairs to
    report") is the agenda's words, as "To receive ..." is: no task."""
    page = (
        "Agenda item\n\nIssues to Report from Scrutiny Committees\n\nScrutiny Committee Chairs "
        "to report\n\n \n\nRESOLVED: That the Committee:-\n\n(a) notes the information now "
        "reported; and\n\n(b) requests that a meeting be arranged with the Cabinet Member.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert item.description == "Scrutiny Committee Chairs to report"
    assert [a.text for a in item.actions] == [
        "requests that a meeting be arranged with the Cabinet Member"
    ]


def test_a_bulleted_decision_under_the_agenda_text_is_the_decision() -> None:
    """An issue page's item whose decision is a bullet in its words after the agenda text
    ("To confirm the minutes ..." / "· That the minutes ... be agreed ..."): the bullet is
    the decision, not more agenda text."""
    page = (
        "Issue - meetings\n\nMeeting: 13/06/2025 - Community Safety Partnership (Item 64)\n\n"
        "64 Minutes pdf icon PDF 75 KB\n\nTo confirm the minutes of the meeting held on 21 "
        "March as a correct record.\n\n\n\n·        That the minutes of the meeting held on 21 "
        "March be agreed as an accurate record and signed by the Chair.\n\nMatters arising;\n\n"
        "·        The next meeting would be focussed on youth offending.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.text for r in item.resolutions] == [
        "the minutes of the meeting held on 21 March be agreed as an accurate record and "
        "signed by the Chair."
    ]
    assert item.description.startswith("To confirm the minutes")


def test_a_decision_block_whole_outcounts_the_minutes_cut_repeat_of_it() -> None:
    """A ModernGov item's "Decision:" block gives its parts where the page was cut inside
    the minutes' repeat of them (mid-sentence); a page cut after the repeat keeps the
    minutes' own."""
    head = (
        "Agenda, decisions and minutes\n\nVenue: County Hall, Wyvern\n\n138/24\n\nBudget "
        "Monitoring 2024-25 pdf icon PDF 128 KB\n\nDecision:\n\nRESOLVED to note:\n\n  1.      "
        "The update of Council Plan performance;\n\n  1.      The position on Reserves; and\n\n"
        "  1.      The actions set out in the report.\n\nMinutes:\n\nCouncillor Ash introduced "
        "the report.\n\nRESOLVED to note:\n\n  1.      The update of Council Plan performance"
    )
    [cut] = parse(read_text(f"{head}, progress with the".encode())).parts[0].items
    assert len(cut.resolutions) == 3
    [whole] = (
        parse(read_text(f"{head}.\n\nThe Chair thanked the officers.".encode())).parts[0].items
    )
    assert len(whole.resolutions) == 1


def test_a_meetings_column_head_agenda_item_below_its_chrome_is_no_item_page() -> None:
    """ "Agenda item" as the head of a meeting page's column, under the page's header lines,
    over items each with its "Minutes:" label: the page is the meeting's, all its items."""
    page = (
        "Agenda and minutes\n\nCabinet - Wednesday 4th March 2026 10:00am\n\nVenue: Wyvern "
        "Room, County Hall\n\nContact: Jane Smith, Democratic Services Officer\n\nPresent: "
        "Councillors Adams (Chair), Brown, Clarke and Davies.\n\nAlso present: Councillor "
        "Evans.\n\nAgenda item\n\nApologies for Absence\n\nMinutes:\n\nApologies were received "
        "from Cllr Brown.\n\nMinutes of the previous meeting\n\nMinutes:\n\nRESOLVED – That the "
        "minutes be approved.\n\nBudget Monitoring\n\nMinutes:\n\nRESOLVED – That the report be "
        "noted.\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert [i.title for i in part.items] == [
        "Apologies for Absence",
        "Minutes of the previous meeting",
        "Budget Monitoring",
    ]


def test_a_line_named_contact_something_is_no_contact_label() -> None:
    """ "Contact Centre Dilapidations" among the reports an item lists is text, not a
    decision page's "Contact:" label: the lines after it stay the item's minutes. A
    contact's own label still ends them."""
    page = (
        "Agenda and minutes\n\nScrutiny Committee - Wednesday, 11th March, 2020 6.30 pm\n\n"
        "Venue: Wexcombe Town Hall\n\nNo. Item\n\nMinutes pdf icon PDF 100 KB\n\nThe minutes "
        "were approved.\n\n\nNotice of Key Decisions pdf icon PDF 218 KB\n\nTo consider the list "
        "of future Key Decisions.\n\n\nIt was noted that the following items had slipped:\n\n\n"
        "Contact Centre Dilapidations\n\nSingle use plastics\n\n\nCouncillor Baker said that "
        "the reports were late.\n\n\nState of the Local Economy pdf icon PDF 570 KB\n\nTo "
        "consider the Annual report.\n\n\nAdam Holden presented the report.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert items[1].minutes.endswith("Councillor Baker said that the reports were late.")
    body = ["It was noted:", "", "Contact: Jane Ash, 01234 567890", "", "Councillor Baker said."]
    assert split_sections(body).minutes == ["It was noted:", ""]


def test_an_item_page_under_the_sites_own_notices_is_an_item_page() -> None:
    """ "This is a default template, your custom branding appears to be missing." / "The
    custom branding should be at ..." / "Technical Error: ..." above "Agenda item": the
    site's notices are no minutes; the page is the item's, headed by its title."""
    page = (
        "This is a default template, your custom branding appears to be missing.\n"
        "The custom branding should be at https://www.wexcombe.gov.uk/moderngov/template if "
        "you cannot load this page please contact your IT.\n\n"
        "Technical Error: Error: The underlying connection was closed.\n\nAgenda item\n\n"
        "Agenda item\n\nHealth Strategy Refresh\n\nPurpose of report\n\nReport by the Director "
        "of Public Health.\n\nMinutes:\n\nThe Director introduced the report.\n"
    )
    doc = parse(read_text(page.encode()))
    assert doc.format == "agenda-item"
    assert [i.title for i in doc.parts[0].items] == ["Health Strategy Refresh"]
