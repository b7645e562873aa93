"""Items cut from the numbering styles councils print, one case each."""

from __future__ import annotations

import re

import pytest

from scrutiny_cli.errors import UnknownLayout
from scrutiny_cli.model import Item
from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.lines import clean
from scrutiny_cli.parse.run_in import _initial_cut
from scrutiny_cli.parse.sentence_starts import body_decided
from scrutiny_cli.parse.spaced_numbers import spaced_number
from scrutiny_cli.parse.titles import heading_line, split_run_in
from scrutiny_cli.read.text import read_text

HEADER = "Minutes of the Housing Committee held on 3 March 2025 at 7pm in the Town Hall\n\n"


def items_of(body: str) -> list[Item]:
    """The items of a page of the Housing Committee's minutes with this body."""
    return parse(read_text((HEADER + body).encode())).parts[0].items


# (body, [(number, title)], note)
CASES = [
    (
        "1.Apologies for absence.\nNone were received.\n2.Declarations of Interest.\nThere were "
        "none.\n3.Minutes of the Previous Meeting.\nThe minutes were approved.\n- Public "
        "participation.\n4.1 County and District Councillor Reports.\nThe County Councillor "
        "reported on the budget.\n4.2 Police Report.\nThere was one crime.\n5.Planning.\nNo "
        "applications.\n3.1 percent of the budget was spent.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
            ("4.1", "County and District Councillor Reports"),
            ("4.2", "Police Report"),
            ("5", "Planning"),
        ],
        'sub-numbers under a number the page lost (a converter\'s dash for "4.") join the '
        "chain where it stands; a number under one the chain holds does not",
    ),
    (
        "428/17 MINUTES\n\n429/17 Submitted – Minutes of the Meeting of the Planning Committee "
        "held on 2 October 2017, copies of which had been circulated.\n\nThe minutes were "
        "received.\n\n430/17 Submitted Questions\n\nNone had been received.\n",
        [("428/17", "MINUTES"), ("429/17", ""), ("430/17", "Submitted Questions")],
        'the old form of a paper laid before the meeting, "Submitted – Minutes of ...", '
        "opens the minute's text, no heading; a heading that starts with the word stays one",
    ),
    (
        "72.\n\nIntroduction\n\nThe Chairman welcomed all.\n\n72a\n\nAudio Recording\n\n73.\n\n"
        "Minutes\n\nThe minutes were approved.\n\nAudio recording\n",
        [("72", "Introduction"), ("72a", "Audio Recording"), ("73", "Minutes")],
        "an item's heading in title case is no portal's link, though the link's words are "
        "the same in sentence case",
    ),
    (
        "Minutes of the previous meeting\n\nThe minutes were considered.\n\nResolved:-  (1)  "
        "That the minutes be approved.\n\n(2)  That the Clerk check the video was shown.\n\n"
        "Action:-  Dana Ash\n\n(3)  That the report be circulated.\n\nAction:-  Sam Birch/Jo "
        "Cole\n\nLibrary Strategy\n\nThe strategy was presented.\n",
        [(None, "Minutes of the previous meeting"), (None, "Library Strategy")],
        "a task's owner tag under a decision's part, \"Action:-  Dana Ash\", is no heading run "
        'into its text, as "Apologies:- Cllr Ash" is',
    ),
    (
        "Yn bresennol / Present:\nCyng. Steve Ash (Cadeirydd)\nCyng. Ben Birch\nCyng. Cy Cole\n"
        "\nDatgan Diddordeb / Declaration of interest\n\nNone.\n\nCynllunio / Planning\n\n"
        "No applications were received.\n",
        [(None, "Datgan Diddordeb / Declaration of interest"), (None, "Cynllunio / Planning")],
        "a councillor's title in Welsh before each name present is no heading; a blank line "
        "ends the names, printed a line each",
    ),
    (
        "Present:\nCllr Steve Ash (Chair)\nCllr Ben Birch\n\nMatters arising\n\nThe bench was "
        "fixed.\n\nPlanning\n\nNo applications were received.\n",
        [(None, "Matters arising"), (None, "Planning")],
        "the first heading after names listed a line each under their label, a blank line between",
    ),
    (
        "42. (Agenda 1) APOLOGIES FOR ABSENCE\nMembers accepted apologies from Cllr Ash.\n\n"
        "43. (Agenda 2) DECLARATIONS OF INTEREST\nNone\n\n"
        "44. (Agenda 3) CHAIRMAN’S ANNOUNCEMENTS\n44.1. The chairman introduced the new Clerk.\n"
        "44.2. The chairman proposed that item 8 be held over.\n\n"
        "45. (20.06) PUBLIC PARTICIPATION including NDP Steering Group\nNone\n",
        [
            ("42", "APOLOGIES FOR ABSENCE"),
            ("43", "DECLARATIONS OF INTEREST"),
            ("44", "CHAIRMAN’S ANNOUNCEMENTS"),
            ("45", "PUBLIC PARTICIPATION including NDP Steering Group"),
        ],
        "the agenda's number in brackets after each minute's, its heading in capitals after",
    ),
    (
        "No. | Item |\n---|---|\nDeclarations of Interest Cabinet members to declare an "
        "interest in any particular agenda item. Minutes: There were no declarations. |\n|\n"
        "Library Fees and Charges Report of the Interim Strategic Director, Communities "
        "Minutes: Consideration was given to the report on the fees. |\n|\n"
        "Annual Report of the Director of Public Health Minutes: The report was noted. |\n",
        [
            (None, "Declarations of Interest"),
            (None, "Library Fees and Charges"),
            (None, "Annual Report of the Director of Public Health"),
        ],
        "a table's rows run onto their headings: the agenda's words and the report's author",
    ),
    (
        "18/001 Election of Chairman Resolved: Cllr Ash was elected.\n"
        "18/002 Chairman and Vice Chairman to sign their Acceptance of Office Resolved: Clerk to "
        "action.\n18/003: Signing of ‘Declaration of Acceptance of Office’ by Elected "
        "Councillors:\nThese were signed by all attending.\n",
        [
            ("18/001", "Election of Chairman"),
            ("18/002", "Chairman and Vice Chairman to sign their Acceptance of Office"),
            ("18/003", "Signing of ‘Declaration of Acceptance of Office’ by Elected Councillors"),
        ],
        "a post a heading names, its first word again; a document it names in quotes",
    ),
    (
        "106      Present                       Cllr Ash (Chairman), Cllr Birch\n\n"
        "107      Apologies                    Cllr Cole\n\n"
        "108      Declaration of            None\n\n"
        "109      Minutes                      The minutes of the last meeting were approved.\n",
        [("106", "Present"), ("107", "Apologies"), ("108", "Declaration of"), ("109", "Minutes")],
        "a printed table's heading cell, its words wrapped, a wide gap before its text",
    ),
    (
        "C:52\n\nPRAYERS\n\nThe Chaplain led prayers.\n\nC:53\n\nAPOLOGIES FOR ABSENCE\n\n"
        "Apologies were received.\n\nC:54\n\nURGENT BUSINESS\n\nThere was none.\n",
        [("C:52", "PRAYERS"), ("C:53", "APOLOGIES FOR ABSENCE"), ("C:54", "URGENT BUSINESS")],
        "a prefix and a colon before the number",
    ),
    (
        "CL.266    MINUTES\n\nThe minutes were approved.\n\nCL.267    PUBLIC PARTICIPATION\n\n"
        "None.\n\nCL.268    PLANNING\n\nNoted.\n",
        [("CL.266", "MINUTES"), ("CL.267", "PUBLIC PARTICIPATION"), ("CL.268", "PLANNING")],
        "a prefix and a stop before the number",
    ),
    (
        "A23/023 STRATEGIC PLAN\nProgress was noted.\n\nA23/024COMMITTEE SERVICE FEES 2024/25\n"
        "It was RESOLVED to approve the fees.\n\nA23/025 PLANNING\nNoted.\n",
        [
            ("A23/023", "STRATEGIC PLAN"),
            ("A23/024", "COMMITTEE SERVICE FEES 2024/25"),
            ("A23/025", "PLANNING"),
        ],
        "a prefixed number glued to its heading in capitals",
    ),
    (
        "WC49/08/9APOLOGIES – Apologies were received from Councillor Kidd.\n\n"
        "WC50/08/9PUBLIC OPEN SESSION – There were 9 members of the public present.\n\n"
        "WC51/08/9MINUTES – It was RESOLVED that the minutes be signed.\n",
        [
            ("WC49/08/9", "APOLOGIES"),
            ("WC50/08/9", "PUBLIC OPEN SESSION"),
            ("WC51/08/9", "MINUTES"),
        ],
        "a number with its year's two parts glued to its heading in capitals",
    ),
    (
        "1/ Open Forum\nA resident raised the footpath.\n\n2/ Appointment of Vice Chair.\nThe "
        "Chair proposed BB.\n\n3/Minutes of the last meeting\nSigned as a true record.\n",
        [
            ("1", "Open Forum"),
            ("2", "Appointment of Vice Chair"),
            ("3", "Minutes of the last meeting"),
        ],
        "a number and a slash before the heading",
    ),
    (
        "C 20/67\nApologies for Absence\nNone.\n\nC 20/68\nMinutes of the meeting held on 15 "
        "December 2020\nRESOLVED that the minutes be signed.\n\nC 20/69\nPlanning\nNoted.\n",
        [
            ("C 20/67", "Apologies for Absence"),
            ("C 20/68", "Minutes of the meeting held on 15 December 2020"),
            ("C 20/69", "Planning"),
        ],
        "the year first after a prefix; an item approving minutes under its number is no header",
    ),
    (
        "22.\n\nMinutes: pdf icon PDF 104 KB\n\nThe minutes of the last meeting are attached."
        "\n\nMinutes:\n\nThe minutes were agreed as a correct record.\n\n23.\n\nWhipping "
        "Declarations\n\nMinutes:\n\nThere were none.\n",
        [("22", "Minutes"), ("23", "Whipping Declarations")],
        "an item headed 'Minutes' with its attachment is no 'Minutes:' label",
    ),
    (
        "01:11/23    Welcome:\nThe Chair welcomed all.\n02:11/23    Apologies:\n03:11/23    "
        "Adoption of Previous Minutes:\nRESOLVED: The minutes were adopted.\n04:11/23    "
        "District/County Councillor Reports:\nNone.\n",
        [
            ("01:11/23", "Welcome"),
            ("02:11/23", "Apologies"),
            ("03:11/23", "Adoption of Previous Minutes"),
            ("04:11/23", "District/County Councillor Reports"),
        ],
        "an empty item ending in a colon over the next is no list's lead-in; a member's title "
        "and 'Minutes' are words of a heading",
    ),
    (
        "25/101 To receive apologies for absence: Cllr Todd sent apologies.\n25/102 To "
        "receive declarations of interest: None.\n25/103 To co-opt a Councillor: It was "
        "RESOLVED to co-opt Mr Reed.\n",
        [
            ("25/101", "To receive apologies for absence"),
            ("25/102", "To receive declarations of interest"),
            ("25/103", "To co-opt a Councillor"),
        ],
        "a heading in the agenda's words ends at its colon; the line's rest is its text",
    ),
    (
        "District Cllr Morris reported on the coalition.\nFormal Parish Council Meeting "
        "commenced; Standing Orders invoked:\n25/101 To receive apologies for absence: Cllr "
        "Todd sent apologies.\n25/102 To receive declarations of interest: None.\n25/103 To "
        "co-opt a Councillor: It was RESOLVED to co-opt Mr Reed.\n",
        [
            ("25/101", "To receive apologies for absence"),
            ("25/102", "To receive declarations of interest"),
            ("25/103", "To co-opt a Councillor"),
        ],
        "minutes numbered with their year after a line closed by a colon are no list",
    ),
    (
        "Present: Cllr Ash (chair), Cllr Birch.\n23.001.It was resolved to elect Cllr Ash as "
        "chair for the year.\n23.002.Apologies were received from Cllr Cole.\n23.003.There "
        "were no declarations of interest.\n23.004.The clerk reported on the plots.\n",
        [("23.001", ""), ("23.002", ""), ("23.003", ""), ("23.004", "")],
        "a year's minutes numbered with noughts after the stop, glued to their text",
    ),
    (
        "Items\nNo. Item\n\nC. 34\n\nDECLARATIONS OF INTEREST\n\nMinutes:\n\nThere were none.\n\n"
        "C. 35\n\nMAYORAL COMMUNICATIONS\n\nMinutes:\n\nThe Mayor reported.\n\nC. 36\n\nMINUTES "
        "pdf icon PDF 379 KB\n\nMinutes:\n\nThe minutes were approved.\n",
        [
            ("C. 34", "DECLARATIONS OF INTEREST"),
            ("C. 35", "MAYORAL COMMUNICATIONS"),
            ("C. 36", "MINUTES"),
        ],
        "a number's prefix with its stop and a space, alone in the number column",
    ),
    (
        "APOLOGIES\nCllr A Moss.\n\nBUDGET VIREMENTS\nThe following virements were approved.\n"
        "40.010 The clerk's salary budget was increased by £400.\n40.020 The National "
        "Insurance budget was increased by £60.\n40.030 The pension budget was increased by "
        "£90.\n\nGRANTS\nThe Committee agreed to award £500 to the Youth Club.\n",
        [(None, "APOLOGIES"), (None, "BUDGET VIREMENTS"), (None, "GRANTS")],
        "a ledger's cost centres padded with noughts, in steps of ten, are no minutes",
    ),
    (
        "23.045 APOLOGIES\nCllr Ash.\n23.047 ACCOUNTS\nThe accounts were approved.\n23.048 GRANTS\n"
        "A grant of £500 was awarded.\n",
        [("23.045", "APOLOGIES"), ("23.047", "ACCOUNTS"), ("23.048", "GRANTS")],
        "padded minute numbers with one missing from the page still run on",
    ),
    (
        "Present: Cllrs Ash, Birch.\nMinutes:\n24/021 To receive apologies for absence: None "
        "were received.\n24/022 To approve the minutes: They were approved.\n24/023 To consider "
        "planning applications: None were received.\n",
        [
            ("24/021", "To receive apologies for absence"),
            ("24/022", "To approve the minutes"),
            ("24/023", "To consider planning applications"),
        ],
        "a 'Minutes:' label over minutes numbered with their year names no earlier minutes",
    ),
    (
        "APOLOGIES\n\nCllr W Fox.\n\nMINUTES\n\nThe minutes were approved.\n\nP. 1\n\nHIGHWAYS\n\n"
        "The pothole was repaired.\n\nP. 2\n\nFINANCE\n\nPayments were approved.\n\nP. 3\n",
        [(None, "APOLOGIES"), (None, "MINUTES"), (None, "HIGHWAYS"), (None, "FINANCE")],
        "a printed page's number is no item's",
    ),
    (
        "Apologies: Cllr P Lister.\nThe minutes of the meeting held on 12 February 2024 were "
        "approved.\nMatters arising from the previous minutes:\n24/021 To receive an update on "
        "the bench – installed on 1 March.\n24/022 To consider quotes for hedge cutting – one "
        "received.\n24/023 To receive a report on the defibrillator pads – replaced.\n",
        [(None, "")],
        "earlier minutes' numbers listed under matters arising are no items of this meeting",
    ),
    (
        "Apologies were received from Cllr Fox.\nReports were received from:\n- County "
        "Councillor Whitfield\nThe bypass works start in May.\n- District Councillor Ames\n"
        "The local plan is out for consultation.\n- Police Community Support Officer\nThere "
        "were two thefts.\nCouncillors agreed to buy a replacement bench.\n",
        [],
        "bulleted names under a lead-in are its points, not headings",
    ),
    (
        "1. Allotments\n1.1 The Clerk reported on the plots.\n1.2 The Clerk reported on the "
        "hedge.\n1.3 The Clerk reported on the gate.\n2. Finance\nThe accounts were paid.\n",
        [("1", "Allotments"), ("2", "Finance")],
        "paragraphs numbered under an item's number are its text",
    ),
    (
        "1. To consider apologies for absence - apologies were accepted from Cllr Lane\n2. To "
        "receive the report of the County Councillor – the report was read out\n3. To consider "
        "planning application 21/0456 – Land at Mill Lane\n",
        [
            ("1", "To consider apologies for absence"),
            ("2", "To receive the report of the County Councillor"),
            ("3", "To consider planning application 21/0456 – Land at Mill Lane"),
        ],
        "a heading in the agenda's words ends at a dash before the minutes' words, not one "
        "before more of the heading",
    ),
    (
        "Item 1 :Apologies for absence\nC.75 There were no apologies for absence.\nItem 2:"
        "Declarations of Interest\nC.76 There were no declarations of interest.\nItem 3:To "
        "approve the minutes of the previous meeting\nC.77 The minutes were approved as a true "
        "record.\nC.78 The Clerk reported that the bus shelter had been repaired.\n",
        [
            ("C.75", "Apologies for absence"),
            ("C.76", "Declarations of Interest"),
            ("C.77", "To approve the minutes of the previous meeting"),
            ("C.78", ""),
        ],
        "the agenda's label and heading over each minute's number give the minute its heading",
    ),
    (
        "3847NEW MEMBERS – The Clerk welcomed the new Members.\n3848DECLARATIONS OF INTEREST – "
        "There were none.\n3849ELECTION OF CHAIRPERSON – Councillor Reed was elected.\n",
        [
            ("3847", "NEW MEMBERS"),
            ("3848", "DECLARATIONS OF INTEREST"),
            ("3849", "ELECTION OF CHAIRPERSON"),
        ],
        "a running number of four figures glued to its heading in capitals",
    ),
    (
        "Present: Ann Ash, Cllr Birch\n\n15 Minute Public Question Time\n\n20/017 To receive "
        "apologies for absence\n\nApologies were accepted.\n\n20/018 To receive Declarations of "
        "Interest\n\nNone received.\n\n20/019 To approve the notes of the last meeting\n\nThe "
        "notes were approved.\n",
        [
            ("20/017", "To receive apologies for absence"),
            ("20/018", "To receive Declarations of Interest"),
            ("20/019", "To approve the notes of the last meeting"),
        ],
        "a lone count's number yields to headings in the agenda's words that run on",
    ),
    (
        "HR1. 01/16 Apologies: Apologies received from Cllr Ash.\nHR2. 01/16 Public Consultation:"
        " No members of the public were present.\nHR3. 01/16 To receive declarations of "
        "Interest: None\nHR4. 01/16 To note the budget figures: The figures were noted.\n",
        [
            ("HR1", "Apologies"),
            ("HR2", "Public Consultation"),
            ("HR3", "To receive declarations of Interest"),
            ("HR4", "To note the budget figures"),
        ],
        "the meeting's month and year after a committee's lettered number is no heading's",
    ),
    (
        "16/26osApologies for absence\nRESOLVED to accept the absence of Cllr Ash.\n\n16/27os "
        "Declarations of Interest\nNone were declared\n\n16/28os Requests for dispensations\n"
        "None were required\n",
        [
            ("16/26os", "Apologies for absence"),
            ("16/27os", "Declarations of Interest"),
            ("16/28os", "Requests for dispensations"),
        ],
        "a minute number with its committee's letters in lower case, glued to its heading too",
    ),
    (
        "1042Election of Chairman\nCllr Ash proposed that Cllr Reed be elected.\n"
        "1043To review and adopt Standing Orders\nIt was resolved that the Standing Orders be "
        "readopted.\n1044Apologies : Cllrs Birch and Cole\n",
        [
            ("1042", "Election of Chairman"),
            ("1043", "To review and adopt Standing Orders"),
            ("1044", "Apologies"),
        ],
        "a running number of four figures glued to its heading in mixed case",
    ),
    (
        "32 Area Committee Grants\nThe Committee received a report.\nResolved to agree the "
        "following awards:\nWC1 Christ's Pieces\nResidents Association talks\nWC2 Friends of "
        "the Common\nWC3 Little Monkeys parent and\ntoddler playgroup\nWC4 St Giles Church\n",
        [("32", "Area Committee Grants")],
        "a list's entries wrapped onto a second line stay the list's, no items",
    ),
    (
        "Present : Cllrs Fee (in the Chair), Jones\n\nAction by:\n\n1 Apologies for absence\n\n"
        "There were no apologies for absence\n\n2 Declarations of Interests\n\nThere were no "
        "declarations of interest\n\n3 Public discussion\n\nThere were no members of the public"
        "\n\n4 Minutes of the last Meeting\n\nThe Minutes were agreed and signed\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of Interests"),
            ("3", "Public discussion"),
            ("4", "Minutes of the last Meeting"),
        ],
        "an owner column's label leads into no list, and text without its stop is no wrap",
    ),
    (
        "064/PC/20 – Public Session Time\n\nThree members of the public spoke.\n\n065/PC/20 – "
        "Apologies for Absence\n\nNone.\n\n066/PC/20 – Minutes\n\nThe minutes were approved.\n",
        [
            ("064/PC/20", "Public Session Time"),
            ("065/PC/20", "Apologies for Absence"),
            ("066/PC/20", "Minutes"),
        ],
        "a minute's number with the body's letters between it and the year",
    ),
    (
        "15/AME/027\nCHAIRMAN'S ANNOUNCEMENTS\nThe award was given.\n15/AME/028\n"
        "DECLARATION OF INTEREST\nNone\n15/AME/029\nPLAY AREA\nThe Clerk will order signs.\n",
        [
            ("15/AME/027", "CHAIRMAN'S ANNOUNCEMENTS"),
            ("15/AME/028", "DECLARATION OF INTEREST"),
            ("15/AME/029", "PLAY AREA"),
        ],
        "or the year first, then the body's letters and the running number",
    ),
    (
        "PLA(09)116    APOLOGIES AND SUBSTITUTIONS\n\nNone.\n\nPLA(09)117    DECLARATIONS OF "
        "INTEREST\n\nNone.\n\nPLA(09)118    MINUTE OF MEETING HELD ON 3RD SEPTEMBER 2009\n\n"
        "The Committee approved the minute.\n",
        [
            ("PLA(09)116", "APOLOGIES AND SUBSTITUTIONS"),
            ("PLA(09)117", "DECLARATIONS OF INTEREST"),
            ("PLA(09)118", "MINUTE OF MEETING HELD ON 3RD SEPTEMBER 2009"),
        ],
        "a minute's number after the committee's letters and its year in brackets",
    ),
    (
        "23/10 Apologies for absence: Cllrs Bloom and Gate.\n24/10 Declarations of Interest: "
        "None.\n25/10 Matters arising:\nItem 746/09 (Old Recreation Ground) Cllr Brett reported "
        "no progress.\nItem 747/09 (Pavilion) Cllr Town asked about the hand driers.\n"
        "Item 762/09 (Urgent matters) The Clerk had written.\n",
        [
            ("23/10", "Apologies for absence"),
            ("24/10", "Declarations of Interest"),
            ("25/10", "Matters arising"),
        ],
        "under matters arising, the items of an earlier year that 'Item' names are cited",
    ),
    (
        "1. Welcome Chair welcomed all to the meeting.\n2. Apologies David Wood, Maggie Peat, "
        "Nick Odd\n3. Election of Vice Chair Cllr Ash was elected.\n",
        [("1", "Welcome"), ("2", "Apologies"), ("3", "Election of Vice Chair")],
        "a row's heading before the Chair's sentence, or before a list of names, in a flattened table",
    ),
    (
        "TC/754 / To receive apologies for absence\nApologies received\nTC/755 / To receive "
        "declarations of interest\nNone.\nTC/756 / Matters arising\nNone.\nTC/757 / To receive "
        "the Mayor's Statement\nThe Mayor thanked all.\n",
        [
            ("TC/754", "To receive apologies for absence"),
            ("TC/755", "To receive declarations of interest"),
            ("TC/756", "Matters arising"),
            ("TC/757", "To receive the Mayor's Statement"),
        ],
        "headings in the agenda's words after numbers with the council's letters and a slash",
    ),
    (
        "1. To receive apologies for absence. None.\n2. To elect a Chair Cllr Ash was elected "
        "with unanimous support.\n3. To elect a Deputy Chair Cllr Birch was elected unopposed."
        "\n4. To approve the minutes of the last meeting. Approved.\n",
        [
            ("1", "To receive apologies for absence"),
            ("2", "To elect a Chair"),
            ("3", "To elect a Deputy Chair"),
            ("4", "To approve the minutes of the last meeting"),
        ],
        "a heading in the agenda's words ends where a member's sentence runs on without a stop",
    ),
    (
        "Table of Contents\n\n45.1 Minutes - Meeting No 44 Adopted\n\n45.2 Street Cleansing "
        "Survey Monitoring to continue\n\n45.3 Food Complaint No formal action\n\n45.1 MINUTES "
        "– MEETING NO 44\n\nIt was AGREED that the minutes be signed.\n\n45.2 STREET "
        "CLEANSING SURVEY\n\nThe survey was noted.\n",
        [("45.1", "MINUTES – MEETING NO 44"), ("45.2", "STREET CLEANSING SURVEY")],
        "a table of contents under its own title lists the minutes below it, no items",
    ),
    (
        "Enforcement Matters Minutes: The update was noted.\nCONFIDENTIAL Report on the Mill "
        "Lane Appeal Minutes: Members considered a report on the appeal.\nRESOLVED: That the "
        "appeal be defended.\nOther Business Minutes: There was none.\n",
        [
            (None, "Enforcement Matters"),
            (None, "CONFIDENTIAL Report on the Mill Lane Appeal"),
            (None, "Other Business"),
        ],
        "a status in capitals before a mixed-case heading is the heading's first word",
    ),
    (
        "Contents\n\n451 Welcome and Apologies ...... 3 452 Declarations of Interest ...... 3 "
        "453 Matters Arising ...... 4\n\n451 Welcome and Apologies\n\nThe Chairman welcomed "
        "everyone.\n\n452 Declarations of Interest\n\nNone were made.\n",
        [("451", "Welcome and Apologies"), ("452", "Declarations of Interest")],
        "a table of contents, its page numbers after dot leaders, lists no items of its own",
    ),
    (
        "54. Minutes from the Council Meeting Held On 10th August 2020 It was Resolved - to "
        "approve the minutes.\n\n55. Planning There were no applications.\n",
        [("54", "Minutes from the Council Meeting Held On 10th August 2020"), ("55", "Planning")],
        "a heading in title case goes on after 'Held', as after 'held'",
    ),
    (
        "08/15:01 APOLOGIES AND CHAIRMAN'S BUSINESS\nApologies were received.\n\n08/15:02 MINUTES\n"
        "The minutes were approved.\n",
        [("08/15:01", "APOLOGIES AND CHAIRMAN'S BUSINESS"), ("08/15:02", "MINUTES")],
        "the year, the meeting and the item's number after a colon",
    ),
    (
        "Apologies\n\nThere were none.\n\nTo Confirm the Order of Business\n\nRESOLVED that "
        "the order be confirmed.\n\nDeclarations of Interest\n\nNone.\n",
        [
            (None, "Apologies"),
            (None, "To Confirm the Order of Business"),
            (None, "Declarations of Interest"),
        ],
        "the agenda's words in title case alone on a line are a heading",
    ),
    (
        "Agenda item No.1 - APOLOGIES FOR ABSENCE None received.\nAgenda Item No. 2 – "
        "DECLARATIONS OF INTEREST None.\nAgenda item No.3 - PLANNING Noted.\n",
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PLANNING")],
        "'Agenda item No.' before the number",
    ),
    (
        "A1Declarations of interest\nNone.\nA2Chief Officer’s commendations\nAwards were "
        "presented.\nA3Minutes\nThat the minutes be approved.\n",
        [
            ("A1", "Declarations of interest"),
            ("A2", "Chief Officer’s commendations"),
            ("A3", "Minutes"),
        ],
        "a letter and number glued to a heading in mixed case",
    ),
    (
        "4. Announcements\nNone.\n5. The Wheatsheaf, Main Road, Wexbridge – 11/00930/FUL\n"
        "RESOLVED that permission be granted.\n6. The Old Rectory, Church Lane\nNoted.\n"
        "7. The Committee considered the planning appeals.\n",
        [
            ("4", "Announcements"),
            ("5", "The Wheatsheaf, Main Road, Wexbridge – 11/00930/FUL"),
            ("6", "The Old Rectory, Church Lane"),
            ("7", ""),
        ],
        "a numbered heading that names a site, 'The' first; not a sentence",
    ),
    (
        "22/01DECLARATIONS OF INTERESTDECLARATIONS OF INTEREST\n\nNone.\n\n22/02MINUTES OF "
        "THE LAST MEETINGMINUTES OF THE LAST MEETING\n\nApproved.\n\n22/03WORK PROGRAMME "
        "2022-2023WORK PROGRAMME 2022-2023\n\nNoted.\n",
        [
            ("22/01", "DECLARATIONS OF INTEREST"),
            ("22/02", "MINUTES OF THE LAST MEETING"),
            ("22/03", "WORK PROGRAMME 2022-2023"),
        ],
        "a heading in capitals printed twice, a table's two cells run together",
    ),
    (
        "1. Apologies\nNone.\n2. Minutes\nApproved.\n6:30 pm The meeting closed.\n"
        "7.45 p.m.\nThe Chair thanked everyone.\n",
        [("1", "Apologies"), ("2", "Minutes")],
        "a time of day is no item's number, nor a heading alone on its line",
    ),
    (
        "105DECLARATIONS OF INTEREST\n\nNone.\n\n106MINUTES\n\nApproved.\n\n"
        "107ALLOTMENTS ASSOCIATION\n\nThe chair reported.\n",
        [
            ("105", "DECLARATIONS OF INTEREST"),
            ("106", "MINUTES"),
            ("107", "ALLOTMENTS ASSOCIATION"),
        ],
        "a number glued to a heading in capitals",
    ),
    (
        "[1] Chairman's welcome and apologies for absence.\nThe Chairman welcomed all.\n"
        "[2] Declarations of interests.\nThere were none.\n[3] To confirm the draft notes of "
        "the last meeting.\nThere were no amendments.\n[4] Correspondence.\nNone.\n",
        [
            ("1", "Chairman's welcome and apologies for absence"),
            ("2", "Declarations of interests"),
            ("3", "To confirm the draft notes of the last meeting"),
            ("4", "Correspondence"),
        ],
        "numbers in square brackets, an agenda-worded heading among them",
    ),
    (
        "1. Record of members present Noted.\n\n2. Apologies and acceptance of reasons for "
        "absence Noted.\n\n3. Public Comments None.\n",
        [
            ("1", "Record of members present"),
            ("2", "Apologies and acceptance of reasons for absence"),
            ("3", "Public Comments"),
        ],
        "a heading run into a decision of one word",
    ),
    (
        "APOLOGIES\nPLA146/14\nApologies for absence were recorded from Councillor Weeden.\n"
        "DECLARATIONS OF INTEREST\nPLA147/14\nNo declarations were made.\nSITE INSPECTIONS\n"
        "PLA148/14\nThe Chairman advised that a site visit had been made.\n",
        [
            ("PLA146/14", "APOLOGIES"),
            ("PLA147/14", "DECLARATIONS OF INTEREST"),
            ("PLA148/14", "SITE INSPECTIONS"),
        ],
        "a printed minute's heading on the line above its number",
    ),
    (
        "APOLOGIES\nLIC21/25\nNone were received.\nDECLARATIONS OF LOBBYING (IN ACCORDANCE "
        "WITH THE CODE FOR\nMEMBERS TAKING PART IN LICENSING DECISIONS, PART 4, SECTION 4.2,\n"
        "PARAGRAPH 3.1)\nLIC22/25\nNo declarations of lobbying were made.\nSITE VISITS\n"
        "LIC23/25\nThe Chair reported that no site visits had been made.\n",
        [
            ("LIC21/25", "APOLOGIES"),
            (
                "LIC22/25",
                "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE CODE FOR MEMBERS TAKING PART "
                "IN LICENSING DECISIONS, PART 4, SECTION 4.2, PARAGRAPH 3.1)",
            ),
            ("LIC23/25", "SITE VISITS"),
        ],
        "a long heading in capitals wrapped over three lines above its minute's number",
    ),
    (
        "APOLOGIES\nLIC21/25\nNONE\nDECLARATIONS OF INTEREST\nLIC22/25\nNo declarations were "
        "made.\nAPPLICATION 25/00123 - LAND AT MILL LANE\nLIC23/25\nThe application was heard."
        "\nAPPROVED SUBJECT TO CONDITIONS\nSITE VISITS\nLIC24/25\nNo site visits were made.\n"
        "THAT THE APPLICATION BE REFUSED FOR THE REASONS\nSET OUT IN THE REPORT OF THE HEAD OF"
        " LICENSING\nSERVICES (MINUTE LIC23/25 REFERS)\nLIC25/25\nThe meeting was closed by "
        "the Chair.\n",
        [
            ("LIC21/25", "APOLOGIES"),
            ("LIC22/25", "DECLARATIONS OF INTEREST"),
            ("LIC23/25", "APPLICATION 25/00123 - LAND AT MILL LANE"),
            ("LIC24/25", "SITE VISITS"),
            ("LIC25/25", ""),
        ],
        "a heading in capitals goes up no further than the minute before's last word, and is "
        "no decision's words in capitals",
    ),
    (
        "1.\nAPOLOGIES\nApologies were received from Cllr Ash.\n2.\n2.1\nURGENT ITEMS\nThe "
        "Clerk said one item could be taken as urgent.\n3.\n3.1.1\nDECLARATIONS OF INTEREST\n"
        "Cllr Birch declared an interest in item 12.3.\n3.1.2\n3.2\nNo gifts were declared.\n",
        [
            ("1", "APOLOGIES"),
            ("2", "URGENT ITEMS"),
            ("3", "DECLARATIONS OF INTEREST"),
        ],
        "a paragraph's number a converter left alone under its minute's, above the heading",
    ),
    (
        "1.\nAPOLOGIES\nApologies were received from Cllr Ash.\n2.\n2.1\nBench\nThe bench had "
        "been repaired.\n2.2\nVerges\nThe verges had been cut.\n3.\nPLANNING\nNo applications "
        "were received.\n",
        [("1", "APOLOGIES"), ("2.1", "Bench"), ("2.2", "Verges"), ("3", "PLANNING")],
        "paragraphs each over a heading of their own are no converter's leftovers",
    ),
    (
        "Agenda Items\nApologies for Absence\nTo receive any apologies for absence.\nApologies "
        "were received from Cllr Ash.\nDeclarations of Interest\nTo receive any declarations."
        "\nNo interests were declared.\nTo confirm the minutes of the meeting held on 4 March "
        "2025.\nRESOLVED that the minutes be confirmed.\nChair's Announcements\nTo update "
        "Members on recent events.\nThe Chair had attended the county show.\n",
        [
            (None, "Apologies for Absence"),
            (None, "Declarations of Interest"),
            (None, ""),
            (None, "Chair's Announcements"),
        ],
        "a page copied without blank lines: headings over the agenda's description, and a "
        "description under the item before where its heading was dropped",
    ),
    (
        "Agenda Items\nApologies for Absence\nTo receive any apologies for absence.\nApologies "
        "were received from Cllr Ash.\nDeclarations of Interest\nTo receive any declarations."
        "\nNone were declared.\nHighways\nTo consider matters relating to highways.\nMembers "
        "discussed Mill Lane.\nRESOLVED:\nTo write to the County Council.\nAction Points\nTo "
        "review the action points.\nThe following were agreed.\nClerk\nTo write to the school."
        "\nClerk and Chairman\nTo obtain three quotes.\n",
        [
            (None, "Apologies for Absence"),
            (None, "Declarations of Interest"),
            (None, "Highways"),
            (None, "Action Points"),
        ],
        "on such a page, a task's words under a post or after minutes are no item's",
    ),
    (
        "41.\n\nApologies for Absence\n\nMinutes:\n\nNone were received.\n\n42.\n\nTo confirm "
        "that the items of business marked Part 1 will be considered in public\n\nMinutes:\n\n"
        "This was confirmed.\n\n43.\n\nThe Chair said that the item would be taken later.\n\n"
        "Minutes:\n\nNoted.\n",
        [
            ("41", "Apologies for Absence"),
            (
                "42",
                "To confirm that the items of business marked Part 1 will be considered in public",
            ),
            ("43", ""),
        ],
        "the agenda's words under a number alone, a verb in them, are its heading over "
        "'Minutes:'; a sentence is not",
    ),
    (
        "165.\n\nNotification to those present that the meeting will be recorded and streamed "
        "online\n\nMinutes:\n\nThe Chair advised that the meeting was being recorded.\n\n166."
        "\n\nNotice was given that the meeting would be recorded\n\nMinutes:\n\nNoted.\n",
        [
            (
                "165",
                "Notification to those present that the meeting will be recorded and "
                "streamed online",
            ),
            ("166", ""),
        ],
        "a notice's noun and what it tells, in a clause, under a number alone is its heading "
        "over 'Minutes:'; a sentence telling it is not",
    ),
    (
        "Declarations of interest\n\n\nFor item 5:\n\n\nCouncillor Ash declared she is a "
        "member of the Board.\n\n\nFor item 6:\n\n\nCouncillor Birch declared he is a member "
        "of the Trust.\n\n\nParking Strategy\n\n\nThe Committee considered the report.\n",
        [(None, "Declarations of interest"), (None, "Parking Strategy")],
        "lines saying which item the declarations after them concern are no headings",
    ),
    (
        "Declarations of Interest\n\nCllr M Smith\n\nItem 8 - Executive Forward Work Programme."
        "\n\nMinutes - Scrutiny Board - 28 March 2023 pdf icon PDF 223 KB\n\nThe minutes were "
        "approved as a correct record.\n\nMinutes - Scrutiny Board - 18 April 2023 pdf icon PDF "
        "115 KB\n\nThe minutes were approved as a correct record.\n",
        [
            (None, "Declarations of Interest"),
            (None, "Minutes - Scrutiny Board - 28 March 2023"),
            (None, "Minutes - Scrutiny Board - 18 April 2023"),
        ],
        "an item cited in a declarations table ('Item 8 - ...') is no item of a page of headings",
    ),
    (
        "C048/23      1.         APOLOGIES FOR ABSENCE.\n\nCllr L Watson.\n\n"
        "C049/23      2.         DECLARATIONS OF INTEREST\n\nNone.\n\n"
        "C050/23      3.         PUBLIC QUESTIONS\n\nThere were none.\n",
        [
            ("C048/23", "APOLOGIES FOR ABSENCE"),
            ("C049/23", "DECLARATIONS OF INTEREST"),
            ("C050/23", "PUBLIC QUESTIONS"),
        ],
        "the agenda's number after the minute's own is no title",
    ),
    (
        "Lord Provost Ian SMITH, Convener, in the Chair.\n\nI DECLARATION OF INTEREST\n\n"
        "No declarations of interest were made.\n\nII MINUTES\n\nThe minute of meeting of "
        "this Council of 27th January, 2020 was held as read.\n\nIII APPOINTMENTS TO OUTSIDE "
        "BODIES\n\nThe Council agreed that the vacancy be filled by Councillor Short.\n\n"
        "IV VAT RETURN\n\nThe Council noted the return.\n\nV WEXCOMBE COUNCIL 2023/2024 - "
        "ACCOUNTS AND AUDIT\n\nThe accounts were noted.\n",
        [
            ("I", "DECLARATION OF INTEREST"),
            ("II", "MINUTES"),
            ("III", "APPOINTMENTS TO OUTSIDE BODIES"),
            ("IV", "VAT RETURN"),
            ("V", "WEXCOMBE COUNCIL 2023/2024 - ACCOUNTS AND AUDIT"),
        ],
        "Roman numerals before headings in capitals (the Scottish style), figures among them",
    ),
    (
        "F01:04/24 Receive apologies for absence.\nApologies were received.\n\n"
        "F02:04/24 To elect a Vice-Chair.\nRESOLVED: Cllr Mann elected as vice-chair.\n\n"
        "F03:04/24 To approve the minutes from 1 March 2023. Chair to sign and date.\nDeferred.\n",
        [
            ("F01:04/24", "Receive apologies for absence"),
            ("F02:04/24", "To elect a Vice-Chair"),
            ("F03:04/24", "To approve the minutes from 1 March 2023"),
        ],
        "the item's number, then its meeting's; agenda-worded headings after a one-line RESOLVED",
    ),
    (
        "283. Apologies for Absence\nNone.\n\n284. Declarations of Interest\nNone.\n\n"
        "285. English Devolution White Paper\n"
        + "".join(f"{n}) Mr Gough said point {n} was important.\n" for n in range(1, 26)),
        [
            ("283", "Apologies for Absence"),
            ("284", "Declarations of Interest"),
            ("285", "English Devolution White Paper"),
        ],
        "paragraphs numbered '1)' inside an item outnumber the items, and are still no items",
    ),
    (
        "Questions asked by members. pdf icon PDF 62 KB\n\nMr Hunt asked two questions.\n\n\n\n"
        "Declarations of the Party Whip under Procedure Rule 16.\n\nMr Osborne declared the "
        "Party Whip.\n\n\n\nPerformance of the Executive - May 2005 - April 2006.\n\nThe "
        "Chairman reported that he had written to the Leader.\n",
        [
            (None, "Questions asked by members"),
            (None, "Declarations of the Party Whip under Procedure Rule 16"),
            (None, "Performance of the Executive - May 2005 - April 2006"),
        ],
        "after a wide gap, a heading with a full stop and no verb",
    ),
    (
        "Apologies Minutes: An apology was received from Councillor Wilkie. |\n"
        "Minutes: There were no items under this heading.\n"
        "To receive as a correct record the minutes of the meeting held on 8 June 2021. "
        "Minutes: RESOLVED: That the minutes be received as a correct record. |\n"
        "Leisure Facilities Minutes: RESOLVED: That the approach be approved. |\n",
        [(None, "Apologies"), (None, ""), (None, ""), (None, "Leisure Facilities")],
        "a ModernGov table flattened a row a line, its numbers and some titles dropped",
    ),
    (
        "No. | Item |\nApologies for absence To receive any apologies for absence. Minutes: "
        "Apologies were received from Cllr Ash. |\nDeclarations of Interest Members to declare "
        "any interest in items to be considered at the meeting.\nMinutes: Cllr Birch declared "
        "an interest in the exempt report.\nLegal Matter To receive and consider a report in "
        "relation to a legal matter.\nMinutes: Council considered the report.\n",
        [
            (None, "Apologies for absence"),
            (None, "Declarations of Interest"),
            (None, "Legal Matter"),
        ],
        "a row whose 'Minutes:' label opens the line under its heading and the agenda's words",
    ),
    (
        "Election of Chairman\n19/55 It was RESOLVED to elect Cllr Ash as Chairman.\n\n"
        "Election of Vice-Chairman\n19/56 It was RESOLVED to elect Cllr Birch as Vice-Chairman."
        "\n\nDeclarations of Acceptance of Office of newly-elected Councillors\n19/57 All newly "
        "elected Councillors signed the acceptance of office.\n",
        [
            ("19/55", "Election of Chairman"),
            ("19/56", "Election of Vice-Chairman"),
            ("19/57", "Declarations of Acceptance of Office of newly-elected Councillors"),
        ],
        "a heading over its minute's number keeps a hyphen inside a word",
    ),
    (
        "5  Planning Applications to Consider\n\na.  PL/2022/04098 – Land at Marsh Farm – "
        "Variation of condition 2.\n\nResolved: Support.\n\nb.  PL/2022/03300 – Land at East "
        "End Farm – Change of Use.\n\nResolved: Object.\n\n6  Highways\n\nThe gullies were "
        "reported.\n",
        [("5", "Planning Applications to Consider"), ("6", "Highways")],
        "lettered lines that open with an application's reference are the list's entries",
    ),
    (
        "4. Remarks, Notices and Information – Parishioners and other members of the public\n"
        "Mr Fir asked about the bus shelter.\n5. Apologies – Cllr Ash\nThese were accepted.\n"
        "6. Approval of the Minutes – The minutes of the ordinary\nmeeting were approved.\n",
        [
            (
                "4",
                "Remarks, Notices and Information – Parishioners and other members of the public",
            ),
            ("5", "Apologies"),
            ("6", "Approval of the Minutes"),
        ],
        "a heading's subtitle after its dash, capitalised, on a line over its text; never a "
        "name nor a sentence",
    ),
    (
        "1. Croeso / Welcome Cadeiriwyd y cyfarfod gan Derek Owen. The Chair welcomed all.\n"
        "2. Wylfa Newydd Cafwyd diweddariad gan Richard Fox. An update was given.\n",
        [("1", "Croeso / Welcome"), ("2", "Wylfa Newydd")],
        "a heading run into Welsh text that opens with a verb in the impersonal past",
    ),
    (
        "PRESENT:  Mrs R Ash (Chairman), Mr D Birch\n\n\nAPOLOGIES:  Cllr Cole\n\n\n"
        "CONFIRMATION OF MINUTES:  The Minutes were agreed and signed.\n\n\nDECLARATION OF "
        "INTERESTS:  The Chairman reminded Councillors of the need to declare interests.\n\n\n"
        "OPEN SESSION:  Councillor Dee gave a brief report on the roads.\n\n\nPlanning Appeal: "
        "20/01678/FUL Primrose Cottage – Dismissed\n\n\nLand next to Village Hall:  Nothing "
        "further had been received.\n",
        [
            (None, "CONFIRMATION OF MINUTES"),
            (None, "DECLARATION OF INTERESTS"),
            (None, "OPEN SESSION"),
            (None, "Planning Appeal"),
            (None, "Land next to Village Hall"),
        ],
        "paragraphs led by a heading and its colon, most in capitals: all of them items",
    ),
    (
        "Apologies for Absence Minutes: Apologies were received from Cllr Ash.\nDeclarations "
        "of Interest Minutes: There were none.\nPlanning Application Minutes: An application "
        "was considered.\nRESOLVED: That the application be approved.\nExclusion of Public and "
        "Press RESOLVED: That the public be excluded for the following item.\nEnforcement "
        "Matters Minutes: The report was noted.\n",
        [
            (None, "Apologies for Absence"),
            (None, "Declarations of Interest"),
            (None, "Planning Application"),
            (None, "Exclusion of Public and Press"),
            (None, "Enforcement Matters"),
        ],
        "in such a table, a row whose decision stands where its 'Minutes:' label would",
    ),
    (
        "APOLOGIES AND SUBSTITUTES (0.03.55) To receive any apologies for absence. Minutes: "
        "There were no apologies. |\nDECLARATIONS OF INTEREST (0.04.09) To record any "
        "interests. Minutes: None were declared. |\nPUBLIC QUESTION TIME (0.04.18) To receive "
        "any questions. Minutes: There were no questions. |\n",
        [
            (None, "APOLOGIES AND SUBSTITUTES (0.03.55)"),
            (None, "DECLARATIONS OF INTEREST (0.04.09)"),
            (None, "PUBLIC QUESTION TIME (0.04.18)"),
        ],
        "a webcast's time of the item after its heading in capitals is the heading's",
    ),
    (
        "113 MINUTES OF THE LAST MEETING – agenda item 2 The minutes were signed as correct.\n"
        "114 DECLARATIONS OF INTEREST – agenda item 3 Members declared personal interests.\n"
        "115 PUBLIC QUESTION TIME - Agenda Item 4 The Chairman welcomed the public.\n"
        "116 POLICE REPORT – (Item 5) - Members noted a Police report.\n",
        [
            ("113", "MINUTES OF THE LAST MEETING – agenda item 2"),
            ("114", "DECLARATIONS OF INTEREST – agenda item 3"),
            ("115", "PUBLIC QUESTION TIME - Agenda Item 4"),
            ("116", "POLICE REPORT – (Item 5)"),
        ],
        "the agenda's item number after a dash goes on a heading in capitals",
    ),
    (
        "PRESENT: Councillors A Ash (Chairman), B Birch and C Cedar.\n\nAPOLOGIES FOR ABSENCE. "
        "There were none.\n\nDECLARATIONS OF INTEREST. There were none.\n\nMINUTES OF "
        "MEETING, Sept 27th 2022. It was proposed by Cllr Birch that these be accepted as "
        "Minutes.\n\nPLAY AREA. The new swings had been fitted.\n",
        [
            (None, "APOLOGIES FOR ABSENCE"),
            (None, "DECLARATIONS OF INTEREST"),
            (None, "MINUTES OF MEETING, Sept 27th 2022"),
            (None, "PLAY AREA"),
        ],
        "below the opening business's headings, a minutes title with its date is an item's",
    ),
    (
        "1. Apologies - Cllr Ash\n\n2. County Councillor Report - None received\n\n3. "
        "Declarations of interest - None\n\n4. November meeting minutes - agreed with no "
        "amendments\n\n5. Matters arising from the minutes\n\nThe signs were ordered.\n",
        [
            ("1", "Apologies"),
            ("2", "County Councillor Report"),
            ("3", "Declarations of interest"),
            ("4", "November meeting minutes"),
            ("5", "Matters arising from the minutes"),
        ],
        "a number and its stop before a month that names a meeting, no date",
    ),
    (
        "061/17 TO APPROVE AS A CORRECT RECORD THE MINUTES OF THE MEETING ON 28th JUNE "
        "2017:RESOLVED that the minutes be signed as a true record\n\n062/17 MATTERS "
        "ARISING: None.\n\n063/17 OPEN TO PUBLIC: None in attendance.\n",
        [
            (
                "061/17",
                "TO APPROVE AS A CORRECT RECORD THE MINUTES OF THE MEETING ON 28th JUNE 2017",
            ),
            ("062/17", "MATTERS ARISING"),
            ("063/17", "OPEN TO PUBLIC"),
        ],
        "a decision's keyword run into the heading's colon",
    ),
    (
        "2007-2008 COUNCIL 2 28th JUNE 2007 287\n\nDeath of former Lady Provost Peggy Lally\n\n"
        "The Lord Provost referred to the death of Peggy Lally.\n\nMinutes\n\nThe minutes of "
        "31st May 2007 were approved.\n",
        [(None, "Death of former Lady Provost Peggy Lally"), (None, "Minutes")],
        "a municipal year in a running header is no minute's number",
    ),
    (
        "Chair's Welcome\n\nThe Chair welcomed Cllr Ash to her first meeting.\n\nDeclaration of "
        "Interest\n\nThere were no declarations recorded.\n\n1. Police Report\n\nThe Clerk "
        "reported no incidents.\n\n2. Public Questions\n\nNone were raised.\n",
        [
            (None, "Chair's Welcome"),
            (None, "Declaration of Interest"),
            ("1", "Police Report"),
            ("2", "Public Questions"),
        ],
        "the opening business's headings above the first numbered item, each over a sentence",
    ),
    (
        "2. Apologies / Ymddiheuriadau LG Act 1972 Sch12 par 40 Derbyn ymddiheuriadau To accept "
        "apologies\n\nApologies were received from Cllr Lees.\n\n3. Declarations of Interest / "
        "Datgan Buddiannau LG Act 2000 s50 Datgan diddordeb personol\n\nNone were declared.\n\n"
        "4. Minutes / Cofnodion LGA 1972, Sch 12 par 41(1) To receive the minutes\n\nThe "
        "minutes were agreed.\n",
        [
            ("2", "Apologies / Ymddiheuriadau"),
            ("3", "Declarations of Interest / Datgan Buddiannau"),
            ("4", "Minutes / Cofnodion"),
        ],
        "the statute an item is held under, after its heading, is agenda text",
    ),
    (
        "  1. Welcome by the Chairman – The Chairman opened the meeting.\n  2. Apologies – "
        "Councillor Reeve\n  3. Declarations of Interest – none\n  4. Councillor White to "
        "complete Declaration of Acceptance – Signed and witnessed by the Clerk.\n  5. To "
        "approve the minutes of the meeting on 18 October 2022. Approved.\n  6. Matters "
        "arising – Item 6 drains flushed.\n  7. Finance – The balance is £50.\n",
        [
            ("1", "Welcome by the Chairman"),
            ("2", "Apologies"),
            ("3", "Declarations of Interest"),
            ("4", ""),
            ("5", "To approve the minutes of the meeting on 18 October 2022"),
            ("6", "Matters arising"),
            ("7", "Finance"),
        ],
        "the numbers a chain skipped, printed alike, read as a decision's parts: its items",
    ),
    (
        "Present Ann Ash (AA) Chair, Ben Birch (BB)\n\nWelcome and Introductions AA welcomed "
        "all to the meeting\n\nINTRODUCTIONS & APOLOGIES\n\nIntroductions were made for the "
        "members of the public.\n\nIntroductions and Apologies for Absence\n\nThe chair opened "
        "the meeting and apologies were noted.\n\n1 Police Report\n\nThe report was put on the "
        "website.\n\n2 Finance\n\nThe balance was noted.\n",
        [
            (None, "Welcome and Introductions"),
            (None, "INTRODUCTIONS & APOLOGIES"),
            (None, "Introductions and Apologies for Absence"),
            ("1", "Police Report"),
            ("2", "Finance"),
        ],
        "the welcome with the introductions, run into its telling or over a sentence",
    ),
    (
        "PRESENT\n\nC E Ash Esq (Chairman) R D Birch Esq\n\nMrs Pam Cole (representing the "
        "Clerk to the Board) was in attendance.\n\nApologies for absence\n\nApologies for "
        "absence were received from A W Dale Esq and P G Elm Esq.\n\nB.1260 Declarations of "
        "Interest\n\nThe Clerk reminded Members to declare interests.\n\nB.1261 Confirmation "
        "of Minutes\n\nRESOLVED That the Minutes be confirmed.\n",
        [
            (None, "Apologies for absence"),
            ("B.1260", "Declarations of Interest"),
            ("B.1261", "Confirmation of Minutes"),
        ],
        "an opening heading over the sentence that repeats it, though that names who sent "
        "apologies",
    ),
    (
        "PRESENT C E Ash Esq (Chairman) R D Birch Esq Mrs Pam Cole (representing the Clerk to "
        "the Board) was in attendance. Apologies for absence Apologies for absence were "
        "received from A W Dale Esq and P G Elm Esq. B.1260 Declarations of Interest The Clerk "
        "reminded Members to declare interests. B.1261 Confirmation of Minutes RESOLVED That "
        "the Minutes be confirmed. B.1262 Maintenance Works The Engineer reported.\n",
        [
            (None, "Apologies for absence"),
            ("B.1260", "Declarations of Interest"),
            ("B.1261", "Confirmation of Minutes"),
            ("B.1262", "Maintenance Works"),
        ],
        "the same flattened onto one line with the numbered minutes",
    ),
    (
        "PRESENT Councillors Lorna Ash, Carol Birch\nThe Clerk was also present.\nAPOLOGIES "
        "FOR ABSENCE Cllrs Gary Oak and Mel Elm. Reasons agreed and approved\n15/027\n"
        "CHAIRMAN'S ANNOUNCEMENTS\nThe award was given.\n15/028\nPLAY AREA\nNone\n",
        [
            (None, "APOLOGIES FOR ABSENCE"),
            ("15/027", "CHAIRMAN'S ANNOUNCEMENTS"),
            ("15/028", "PLAY AREA"),
        ],
        "an opening heading in capitals run into its own sentence",
    ),
    (
        "MAYORS ACKNOWLEDGEMENTS\n\nThe Mayor "
        "referred to her year in office.\n\n1.\n\nDECLARATIONS OF INTEREST\n\nNone.\n\n2.\n\n"
        "APPOINTMENT OF MAYOR\n\nCouncillor Ash was appointed.\n",
        [
            (None, "MAYORS ACKNOWLEDGEMENTS"),
            ("1", "DECLARATIONS OF INTEREST"),
            ("2", "APPOINTMENT OF MAYOR"),
        ],
        "a heading in capitals alone over a sentence above the numbered items",
    ),
    (
        "MEMBERS PRESENT: Cllr Ash, Cllr Birch and Mr Cole.\n\nOFFICER PRESENT: Mrs D Elm – "
        "Clerk\n\nELECTION OF CHAIRMAN: RESOLVED to elect Cllr Ash as Chairman.\n\nELECTION OF "
        "VICE-CHAIRMAN: RESOLVED to elect Cllr Birch as Vice-Chairman.\n\n1. Apologies – None"
        "\n\n2. Water Troughs – The troughs were mended.\n",
        [
            (None, "ELECTION OF CHAIRMAN"),
            (None, "ELECTION OF VICE-CHAIRMAN"),
            ("1", "Apologies"),
            ("2", "Water Troughs"),
        ],
        "headings in capitals run into their decisions above the numbered items",
    ),
    (
        "Note 01/20\nWelcome and Introductions\nMHW welcomed all participants.\nNote 02/20\n"
        "Governance arrangements\nThe Panel were informed of its role.\n",
        [("01/20", "Welcome and Introductions"), ("02/20", "Governance arrangements")],
        "a panel's notes numbered alone on their lines, 'Note' before each number",
    ),
    (
        "Footpaths Committee Meeting\nFOOTPATHS COMMITTEE AGENDA\nNOTICE IS HEREBY GIVEN that a "
        "meeting will be held on 7th February 2024.\n1. Apologies\nNone.\n2. Footpaths\nThe "
        "stile was mended.\n",
        [("1", "Apologies"), ("2", "Footpaths")],
        "not a page's title in capitals",
    ),
    (
        "PRESENT Councillors Lorna Ash, Carol Birch\nAPOLOGIES Councillor Gary Oak FOR "
        "ABSENCE: Mr Mel Elm\n\n1) WELCOME\n\nThe Chairman welcomed all.\n\n2) PLAY AREA\n\n"
        "None.\n",
        [("1", "WELCOME"), ("2", "PLAY AREA")],
        "not over a column of names (a flattened table's label)",
    ),
    (
        "PRESENT\n\nCouncillors J Ash (Chair), G Birch\n\nAPOLOGIES\n\nApologies for absence "
        "were intimated on behalf of Councillor A Cole.\n\nIN ATTENDANCE\n\nThe Chief "
        "Executive and the Clerk.\n\n1. DECLARATION OF GROUP DECISIONS\n\nNone.\n\n2. MINUTE OF "
        "THE LAST MEETING\n\nThe minute was approved.\n",
        [("1", "DECLARATION OF GROUP DECISIONS"), ("2", "MINUTE OF THE LAST MEETING")],
        "apologies among the attendance's sections, another below them, are the attendance's",
    ),
    (
        "1.\n\nYmddiheuriadau\n\nNid oedd dim.\n\n2.\n\nCofnodion pdf eicon PDF 281 KB\n\n"
        "Cadarnhawyd cofnodion y cyfarfod.\n\n3.\n\nDatganiad o Ddiddordeb\n\nDim.\n",
        [("1", "Ymddiheuriadau"), ("2", "Cofnodion"), ("3", "Datganiad o Ddiddordeb")],
        "a Welsh ModernGov page's report icon, pdf eicon, is no part of the heading",
    ),
    (
        "Nov19/1 Apologies for Absence Cllr J Ash.\n\nNov19/2 Public Question Time None.\n\n"
        "Nov19/3 Minutes of the Meeting held on the 10th October 2019 These were approved.\n",
        [
            ("Nov19/1", "Apologies for Absence"),
            ("Nov19/2", "Public Question Time"),
            ("Nov19/3", "Minutes of the Meeting held on the 10th October 2019"),
        ],
        "a minute numbered by its meeting's month and year before the running number",
    ),
    (
        "No. | Item |\nAppointment of Vice-Chair for 2022/23 Minutes:\nThat Councillor Ash be "
        "appointed Vice-Chair.\nApologies To receive any apologies for absence. Minutes: |\n"
        "Minutes of the previous meeting held on 16 March 2022. Minutes:\nThat the minutes be "
        "approved.\nUpdate Sheet Minutes:\nThe committee agreed to receive the update sheet.\n",
        [
            (None, "Appointment of Vice-Chair for 2022/23"),
            (None, "Apologies"),
            (None, "Minutes of the previous meeting held on 16 March 2022"),
            (None, "Update Sheet"),
        ],
        "a ModernGov table copied a row a line, the Minutes: label closing the row's first line",
    ),
    (
        "1a. To receive and consider apologies:\nApologies were accepted from Cllr Ash.\n\n1b. "
        "To receive Declarations of Interest on agenda items:\nNone received.\n\n2. To approve "
        "the minutes of the meeting held 13/1/10:\nThese were accepted as a true record.\n",
        [
            ("1a", "To receive and consider apologies"),
            ("1b", "To receive Declarations of Interest on agenda items"),
            ("2", "To approve the minutes of the meeting held 13/1/10"),
        ],
        "headings in the agenda's words numbered with letters, then on to the next number",
    ),
    (
        "1. Apologies\n\nNone.\n\n2. Minutes of previous meetings: 26th July and 30th\n\nIt "
        "was RESOLVED to adopt the above minutes.\n\n3. Date of next meeting: 25th October "
        "2018\n\n4. Finance\n\nThe accounts were noted.\n",
        [
            ("1", "Apologies"),
            ("2", "Minutes of previous meetings: 26th July and 30th"),
            ("3", "Date of next meeting"),
            ("4", "Finance"),
        ],
        "the dates that name the minutes a heading takes, after its colon, are the heading's",
    ),
    (
        "278/18 Council meeting minutes: 4th March 2019 RESOLVED that the minutes be approved."
        "\n\n279/18 Date of next meeting: 12th May 2019 The meeting closed at 9pm.\n",
        [("278/18", "Council meeting minutes: 4th March 2019"), ("279/18", "Date of next meeting")],
        "the date of the minutes a heading takes, its text run on after it: the date is the "
        "heading's; the next meeting's is not",
    ),
    (
        "No. | Item |\nWelcome Minutes: The Chair welcomed all.\nApologies To report apologies. "
        "Minutes: Cllr Ash sent apologies.\nResolved that the apology be noted.\nDeclarations "
        "of Interest To declare interests. Minutes: None. |\nFinance To note the accounts. "
        "Minutes: Noted. |\nPlanning To consider applications. Minutes: None. |\n",
        [
            (None, "Welcome"),
            (None, "Apologies"),
            (None, "Declarations of Interest"),
            (None, "Finance"),
            (None, "Planning"),
        ],
        'a table copied a row a line, its "|" ending only some rows',
    ),
    (
        "13 DECLARATIONS OF INTEREST\nCllr Ash declared an interest in item 9a.\nPUBLIC FORUM\nA "
        "member of the public raised the abandoned car.\n14 MATTERS ARISING\nThe bench was "
        "fixed.\n15 FINANCE\nThe accounts were noted.\n",
        [
            ("13", "DECLARATIONS OF INTEREST"),
            (None, "PUBLIC FORUM"),
            ("14", "MATTERS ARISING"),
            ("15", "FINANCE"),
        ],
        "the public session held between two numbered items is an item of its own",
    ),
    (
        "2(3). MINUTES The minutes were approved.\n\n2(4). SUSTRANS RJ explained that SUSTRANS "
        "is a transport charity.\n\n2(5). COUNCIL TAX was set at the same level.\n",
        [("2(3)", "MINUTES"), ("2(4)", "SUSTRANS"), ("2(5)", "COUNCIL TAX")],
        "a member's initials before what they told end a heading in capitals",
    ),
    (
        "113.17 APOLOGIES OF ABSENCE Cllr Oak (holiday). 114.17 DECLARATIONS OF INTEREST GA "
        "declared an interest in planning item 117.17 as a resident of Elm Lane. 115.17 PUBLIC "
        "FORUM Residents raised the state of the verges along the lane and the speed of the "
        "traffic through the village at school times.\n",
        [
            ("113.17", "APOLOGIES OF ABSENCE"),
            ("114.17", "DECLARATIONS OF INTEREST"),
            ("115.17", "PUBLIC FORUM"),
        ],
        "a member's initials before what they declared end a heading in capitals",
    ),
    (
        "4. MINUTES OF THE LAST MEETING Approved.\n\n5. MATTERS ARISING AND ACTIONS UPDATE 23rd "
        "May 2017 Item 10b Cllr Birch provided the insurance certificate.\n\n6. MINUTES OF THE "
        "MEETING HELD ON 12th June 2017 These were approved.\n",
        [
            ("4", "MINUTES OF THE LAST MEETING"),
            ("5", "MATTERS ARISING AND ACTIONS UPDATE"),
            ("6", "MINUTES OF THE MEETING HELD ON 12th June 2017"),
        ],
        "a date in mixed case after a heading in capitals opens its text, unless it is the "
        "date of the minutes the heading names",
    ),
    (
        "3. Minutes The minutes were signed.\n\n4. Matters Arising from Minutes of 19th July 2012 "
        "Any matters arising would be covered as part of the agenda.\n\n5. Any Other Business "
        "None.\n",
        [
            ("3", "Minutes"),
            ("4", "Matters Arising from Minutes of 19th July 2012"),
            ("5", "Any Other Business"),
        ],
        "'Any' opening a sentence after a heading ends it; a heading may open with it",
    ),
    (
        ".178/17 APOLOGIES FOR ABSENCE\n\nNone\n\n179/17 DECLARATIONS OF INTEREST\n\nNone.\n\n"
        "180/17 MATTERS ARISING\n\nThe Clerk reported.\n",
        [
            ("178/17", "APOLOGIES FOR ABSENCE"),
            ("179/17", "DECLARATIONS OF INTEREST"),
            ("180/17", "MATTERS ARISING"),
        ],
        "a stray stop before a minute's number",
    ),
    (
        "At a MEETING of the POLICY COMMITTEE held at Wexcombe on 24th October 2005.\n\nPresent:-"
        "\n\nBAILIES\n\nC D P ASH\n\nCOUNCILLORS\n\nJill BIRCH\n\nI DEPUTATION - WEXCOMBE "
        "AMNESTY GROUP: 10TH ANNIVERSARY\n\nThe Committee agreed to hear the deputation.\n\nII "
        "WEXCOMBE FURNITURE PROJECT\n\nThe Committee noted the report.\n",
        [
            ("I", "DEPUTATION - WEXCOMBE AMNESTY GROUP: 10TH ANNIVERSARY"),
            ("II", "WEXCOMBE FURNITURE PROJECT"),
        ],
        "a Roman numeral before a heading in capitals with a colon in it",
    ),
    (
        "1517 Apologies Rex Turner was not in attendance.\n\n1518 Planning Applications There "
        "were no new applications to discuss.\n\n1519 Declarations of Interest None.\n",
        [
            ("1517", "Apologies"),
            ("1518", "Planning Applications"),
            ("1519", "Declarations of Interest"),
        ],
        "a person named in full before what they were ends a heading; a sentence's first word "
        "does not",
    ),
    (
        "3. Public Questions Robin Hale again queried why the Council had not voted.\n\n4. "
        "Correspondence Ann Birch enquired about the bus shelter.\n",
        [("3", "Public Questions"), ("4", "Correspondence")],
        "a person named in full before a verb of asking, an adverb between or not, ends a heading",
    ),
    (
        "1. Attendance Ken Ash; Barry Birch; Carol Cole (minutes); Dan Dale (chair)\n\n2. "
        "Minutes The minutes were approved.\n\n3. Planning Applications Mill Lane; Church Road; "
        "both supported.\n",
        [
            ("1", "Attendance"),
            ("2", "Minutes"),
            ("3", "Planning Applications Mill Lane; Church Road; both supported"),
        ],
        "a list of names parted by semicolons after a heading of who came ends it; places so "
        "listed after another heading do not",
    ),
    (
        "1.\nMembers Present: Ann Ash (Chairman); Bob Birch; Carol Cole.\n\n2.\nMinutes of the "
        "meeting on 17 April\nThe minutes were accepted.\n\n3.\nFinance\nThe accounts were "
        "noted.\n",
        [("1", "Members Present"), ("2", "Minutes of the meeting on 17 April"), ("3", "Finance")],
        "'Members Present' under a number alone is a heading of who came: its colon ends it",
    ),
    (
        "241      Apologies for absence              Cllrs Ash & Birch\n\n\n242      Declarations "
        "of Interest in any matters listed for discussion at the meeting NONE\n\n\n243      "
        "Minutes of the previous meeting\n\nApproved.\n",
        [
            ("241", "Apologies for absence"),
            ("242", "Declarations of Interest in any matters listed for discussion at the meeting"),
            ("243", "Minutes of the previous meeting"),
        ],
        "'NONE' in capitals closing a mixed-case heading's line is its minutes, as 'None' is",
    ),
    (
        "1. Apologies:\n\nCllr Ash\n\n2. Minutes:\n\nApproved.\n\n3. Finance Report:\n\nThe "
        "accounts were noted.\n\nHarbour Management Committee:\n\n• The moorings were let.\n\n"
        "Quay Stores:\n\n• Repainting to go out to tender.\n\n6. Projects:\n\nWork goes on.\n",
        [
            ("1", "Apologies"),
            ("2", "Minutes"),
            ("3", "Finance Report"),
            (None, "Harbour Management Committee"),
            (None, "Quay Stores"),
            ("6", "Projects"),
        ],
        "headings alone and closed by a colon, as many as the numbers a chain skips there, are "
        "the items whose numbers were lost",
    ),
    (
        "Correspondence\n\n[1]  White Lion - a letter asking for a donation - none given.\n\n"
        "[1.1] Wyvern Eisteddfod - a letter asking for a donation - none given.\n\n[1.2] Air "
        "Ambulance - a letter asking for a donation - £50 given.\n",
        [("1", "White Lion"), ("1.1", "Wyvern Eisteddfod"), ("1.2", "Air Ambulance")],
        "an item's sub-items, its own number printed alone just before the first: it too",
    ),
    (
        "1. Apologies:\n\nCllr Ash\n\n2. Minutes:\n\nApproved.\n\n3. Finance Report:\n\nThe "
        "accounts were noted.\n\nHarbour Management Committee:\n\n• The moorings were let.\n\n"
        "6. Projects:\n\nWork goes on.\n",
        [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance Report"), ("6", "Projects")],
        "one such heading where a chain skips two numbers is a sub-heading of the item above",
    ),
    (
        "1. Apologies: There were none.\n\n2. Declarations of Interest:\nNone.\nPublic "
        "Participation session: No matters were raised.\n\n4. Minutes: The minutes were "
        "approved.\n\n5. Finance: The accounts were noted.\n",
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            (None, "Public Participation session"),
            ("4", "Minutes"),
            ("5", "Finance"),
        ],
        "a heading run in with its colon after a sentence's end, where a chain skips its number",
    ),
    (
        "1. Planning\n\nPublic Participation: Mr Ash spoke for the application.\n\nThe "
        "application was supported.\n\n2. Finance\n\nThe accounts were noted.\n",
        [("1", "Planning"), ("2", "Finance")],
        "a public session's label run into its text inside an item is that item's",
    ),
    (
        "Minutes\n\nThe minutes were accepted.\n\nMatters Arising\n\nMill Lane\n\nThe Chairman "
        "reported that a repair was arranged.\n\nFinance\n\nThe accounts were noted.\n",
        [(None, "Minutes"), (None, "Matters Arising"), (None, "Mill Lane"), (None, "Finance")],
        "matters arising over the earlier minutes' topics is an item, not a section's heading",
    ),
    (
        "1. Apologies for absence Cllr Ash.\n\n2. Bookings. The Chair noted the bookings.\n\n3. A "
        "new Chair and deputy Chair. The Committee approved the appointment of Cllr Birch.\n\n"
        "4. The Chairman opened the discussion of the rota. Members agreed it.\n\n5. Finance. "
        "The accounts were noted.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Bookings"),
            ("3", "A new Chair and deputy Chair"),
            ("4", ""),
            ("5", "Finance"),
        ],
        "a heading that opens with an article closed by a full stop, not a sentence so opening",
    ),
    (
        "Minutes\n\nThe minutes were accepted.\n\nCOMMITTEE REPORTS\n\nPlanning Committee\n\n"
        "The chairman reported on two applications.\n\nFinance Committee\n\nThe accounts "
        "were noted.\n",
        [(None, "Minutes"), (None, "Planning Committee"), (None, "Finance Committee")],
        "a section's heading over the headings of its items is none",
    ),
    (
        "APOLOGIES\n\nCouncillor Representing L W Davies Anglesey County Council P C Evans "
        "Wyvern County Borough Council\n\n1. SERIOUS INCIDENT\n\nThe Chief Fire Officer "
        "reported.\n\n2. MINUTES\n\nThe minutes were signed.\n",
        [("1", "SERIOUS INCIDENT"), ("2", "MINUTES")],
        "an opening heading over a list of names, not a sentence, is the attendance's",
    ),
    (
        "The meeting was attended by Mr A Ash (Chairman), Mr B Birch and Mrs C Cedar. WELCOME "
        "The Chairman welcomed Ms D Elm of the Environment Agency to the meeting and thanked "
        "her for attending. APOLOGIES FOR ABSENCE Apologies for absence were received from Mr "
        "F Fir and Mr G Gorse. ELECTION OF A VICE CHAIRMAN FOR THE ENSUING YEAR Mr Birch "
        "proposed that Mrs Cedar be elected to the post, seconded by Mr Ash. DRAIN "
        "MAINTENANCE The Engineer reported on the season's work.\n",
        [
            (None, "WELCOME"),
            (None, "APOLOGIES FOR ABSENCE"),
            (None, "ELECTION OF A VICE CHAIRMAN FOR THE ENSUING YEAR"),
            (None, "DRAIN MAINTENANCE"),
        ],
        "a page of unnumbered minutes flattened onto one line, its headings in capitals",
    ),
    (
        "MINUTES The minutes of the last meeting were agreed as a true record.\n\nMATTERS "
        "ARISING - Moorings – the new waiting list was circulated after the last meeting.\n\n"
        "- Live Aboards – the Harbour Master had visited the vessels concerned.\n",
        [(None, "MINUTES"), (None, "MATTERS ARISING")],
        "one bullet under headings run in that are not bulleted is a point of the one above",
    ),
    (
        "1.0 Welcome\n1.1 JB welcomed all to the meeting.\n\n2.0 Apologies\n2.1 GK sent "
        "apologies.\n\n3.0 CIL receipts\n3.1 RL to check the figures.\n",
        [("1.0", "Welcome"), ("2.0", "Apologies"), ("3.0", "CIL receipts")],
        "a member's initials opening a numbered paragraph make no heading; an acronym does",
    ),
    (
        "Apologies and Substitutes\n\n(Item 1)\n\nApologies were received from Cllr Love.\n\n"
        "Participation Team Update\n\n(Item 2)\n\n1. The Manager presented the report.\n\n"
        "2. Following questions it was noted that the team would report back.\n\n"
        "3. RESOLVED that the update be noted.\n\nWork programme\n\n(Item 3)\n\n"
        "RESOLVED that the work programme be agreed.\n",
        [
            ("1", "Apologies and Substitutes"),
            ("2", "Participation Team Update"),
            ("3", "Work programme"),
        ],
        "the item's number in brackets under its heading, numbered paragraphs in the items",
    ),
    (
        "84. Apologies\n(Item 1)\nNone.\n\n85. Declarations of Interest\n(Item 2)\nNone.\n",
        [("84", "Apologies"), ("85", "Declarations of Interest")],
        "under a numbered minute, '(Item 1)' is the agenda's number",
    ),
    (
        "1Apologies for absence\nCllr Smith.\n\n2Declarations of interest\nNone.\n\n"
        "3Minutes of the last meeting\nApproved.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the last meeting"),
        ],
        "numbers glued to headings in mixed case",
    ),
    (
        "67 /17 Apologies\nNone.\n\n68 /17 Declaration of Interest\nNone.\n",
        [("67/17", "Apologies"), ("68/17", "Declaration of Interest")],
        "a space before the year's slash",
    ),
    (
        "Contact: Simon Trevaskis\n0208 7266000  Email:\n\nNo. Item\n\n\nMinutes of the "
        "Previous Meetings pdf icon PDF 63 KB\n\nThe minutes were agreed.\n\n\n\n"
        "Disclosure of Interests\n\nThere were no disclosures.\n",
        [(None, "Minutes of the Previous Meetings"), (None, "Disclosure of Interests")],
        "a telephone number in the contact line is no item number",
    ),
    (
        "".join(f"15/03/{n} Heading {n}\nNoted.\n\n" for n in range(8, 13)),
        [(f"15/03/{n}", f"Heading {n}") for n in range(8, 13)],
        "year/month/sequence past 9, where '15/03/10' reads as a date",
    ),
    (
        "60. Items to be taken in private session\nRESOLVED that the public be excluded.\n\n"
        "61. Declarations of interest in respect of matters to be discussed.\nNone.\n\n"
        "62. PROPOSED CLOSURE OF THE BANK'S GOVAN BRANCH\nThe Council discussed.\n\n"
        "63. ANNOUNCEMENTS (if any) FROM THE MAYOR\nNone.\n",
        [
            ("60", "Items to be taken in private session"),
            ("61", "Declarations of interest in respect of matters to be discussed"),
            ("62", "PROPOSED CLOSURE OF THE BANK'S GOVAN BRANCH"),
            ("63", "ANNOUNCEMENTS (if any) FROM THE MAYOR"),
        ],
        "headings with 'to be' (no finite verb), 'PROPOSED ...' and an aside in brackets",
    ),
    (
        "295     Those Present and In Attendance\n\nPresent     Cllr R Ash (Chair), Cllr B "
        "Birch\n\n296     Apologies\n\nCllr Cole\n\n297     Those present agreed the order "
        "of business.\n\n298     Finance\n\nThe accounts were approved.\n",
        [
            ("295", "Those Present and In Attendance"),
            ("296", "Apologies"),
            ("297", ""),
            ("298", "Finance"),
        ],
        "'Those Present' after a number is a heading; 'Those present agreed' a sentence",
    ),
    (
        "363/01APOLOGIESApologies were received from Cllr Mrs Sian Mills\n363/02DECLARATIONS "
        "OF INTEREST Forms were distributed.\n363/03MINUTES The minutes were confirmed.\n",
        [("363/01", "APOLOGIES"), ("363/02", "DECLARATIONS OF INTEREST"), ("363/03", "MINUTES")],
        "meeting number/item number, each glued to its heading in capitals by a PDF's text",
    ),
    (
        "Item 1: Apologies for Absence\nNone.\n\nItem 2: Housing Allocations Policy\n"
        "RESOLVED that the policy be approved.\n",
        [("1", "Apologies for Absence"), ("2", "Housing Allocations Policy")],
        "'Item N:' before each heading",
    ),
    (
        "(1) Apologies for absence\nNone.\n\n(2) Housing Allocations Policy\nRESOLVED that:\n"
        "(1) the policy be approved;\n(2) the Head of Housing consult tenants.\n\n"
        "(3) Any other business\nNone.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Housing Allocations Policy"),
            ("3", "Any other business"),
        ],
        "bracketed numbers, a decision's parts numbered alike",
    ),
    (
        "1. Apologies for absence\nNone.\n\n2. Housing Allocations Policy\nRESOLVED that:\n"
        "1. the policy be approved;\n2. the Head of Housing consult tenants.\n\n"
        "3. Any other business\nNone.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Housing Allocations Policy"),
            ("3", "Any other business"),
        ],
        "after a list of parts in lower case, the next number in capitals is the next item",
    ),
    (
        "4. Mayor's Options\nThe Mayor has three options:\n1. Do nothing.\n2. Increase the "
        "precept.\n3. Reduce services.\n\n5. Any other business\nNone.\n",
        [("4", "Mayor's Options"), ("5", "Any other business")],
        "a list after a colon, its entries in capitals, stays in its item",
    ),
    (
        "17 Minutes of Previous Meeting\nConsideration was given to the minutes.\n"
        "Item 7 – Annual Report\nThe response had been received.\nItem 10 Committee Work Plan\n"
        "It was agreed that the minutes be amended.\n",
        [("17", "Minutes of Previous Meeting")],
        "'Item 7' under item 17 names an item of the meeting reviewed",
    ),
    (
        "1. Apologies for absence\nCllr C Jones\n\n2. To record Declarations of Interest in "
        "items on the agenda\n\n3. To confirm the minutes of the meeting held on 27th "
        "February 2018\nThe minutes were approved.\n\n4. Matters arising from the minutes\n"
        "The Clerk reported.\n",
        [
            ("1", "Apologies for absence"),
            ("2", "To record Declarations of Interest in items on the agenda"),
            ("3", "To confirm the minutes of the meeting held on 27th February 2018"),
            ("4", "Matters arising from the minutes"),
        ],
        "items headed in the agenda's words ('2. To record ...')",
    ),
    (
        "1. Apologies\nNone.\n\n2. Budget\nRESOLVED\n1. To note the report\n2. To ask officers "
        "for a briefing.\n\n3. Bins\nNoted.\n",
        [("1", "Apologies"), ("2", "Budget"), ("3", "Bins")],
        "a decision's parts in the infinitive, numbered from 1, stay in their item",
    ),
    (
        "2307.08 CIL Payment and Amberol Planters\nThe CIL payment was received.\n\n"
        "2307.09 CCTV Camera Upgrade\nMembers discussed it.\n\n2307.10 AOB The Clerk "
        "reported that the bins were full.\n\n2307.11 COVID-19 Impacts and Recovery\nNoted.\n",
        [
            ("2307.08", "CIL Payment and Amberol Planters"),
            ("2307.09", "CCTV Camera Upgrade"),
            ("2307.10", "AOB"),
            ("2307.11", "COVID-19 Impacts and Recovery"),
        ],
        "a heading that opens with an acronym (its figures aside) is not an upper-case heading",
    ),
    (
        "2307.08 AONB (shared) Planning Officer\nThe officer was appointed.\n\n2307.09 AOB (a) "
        "Footpaths were cut back.\n\n2307.10 CCTV (new) Cameras\nNoted.\n",
        [
            ("2307.08", "AONB (shared) Planning Officer"),
            ("2307.09", "AOB"),
            ("2307.10", "CCTV (new) Cameras"),
        ],
        "nor is one whose acronym takes a word's aside in brackets (a list's mark starts the text)",
    ),
    (
        "1. APOLOGIES / YMDDIHEURIADAU Cllr Lovell.\n\n2. CONFIRMATION OF MINUTES / CADARNHAU'R "
        "COFNODION Minutes from 19 July for acceptance.\n\n3. MAYOR'S REPORT / ADRODDIAD Y MAER "
        "25 July Civic Service.\n\n4. MINUTES OF THE MEETING HELD ON 16 JULY 2019 Approved.\n",
        [
            ("1", "APOLOGIES / YMDDIHEURIADAU"),
            ("2", "CONFIRMATION OF MINUTES / CADARNHAU'R COFNODION"),
            ("3", "MAYOR'S REPORT / ADRODDIAD Y MAER"),
            ("4", "MINUTES OF THE MEETING HELD ON 16 JULY 2019"),
        ],
        "an upper-case heading with its translation after a slash; a number before the text's "
        "words opens the text, a year ends a date",
    ),
    (
        "1. NEIGHBOURHOOD PLAN PHASE 2 The Clerk reported.\n2. SECTION 106 Contributions were "
        "discussed.\n3. MATTERS ARISING 447. Matters Arising The Clerk stated it.\n",
        [("1", "NEIGHBOURHOOD PLAN PHASE 2"), ("2", "SECTION 106"), ("3", "MATTERS ARISING")],
        "an upper-case heading keeps its own number; a paragraph's number opens the text",
    ),
    (
        "34        MINUTES – MEETING 11 October 2022\nApproved.\n\n35        PLANNING COMMITTEE 5 "
        "April 2017 39 – 43 24 May 2017 44 – 49\n",
        [("34", "MINUTES – MEETING 11 October 2022"), ("35", "PLANNING COMMITTEE")],
        "a date closing an upper-case heading's line is the heading's; a list's first is not",
    ),
    (
        "12. MINUTES 12 April 2012 It was PROPOSED by Councillor Ash that they be approved.\n"
        "13. MATTERS ARISING FROM THE MINUTES OF 12th April 2012 The Clerk reported.\n"
        "14. DATE OF NEXT MEETING 6 May 2012 at the Hall.\n",
        [
            ("12", "MINUTES 12 April 2012"),
            ("13", "MATTERS ARISING FROM THE MINUTES OF 12th April 2012"),
            ("14", "DATE OF NEXT MEETING"),
        ],
        "the date of the minutes an upper-case heading names is the heading's, text after it",
    ),
    (
        "4. MINUTES OF THE MEETING on 9th June 2025 were ACCEPTED as a true record.\n"
        "5. MINUTES OF THE MEETING of 7th July 2025 were approved.\n"
        "6. DATE OF NEXT MEETING on 4th August 2025 at the Hall.\n"
        "7. ANNUAL PARISH MEETING on 14th May 2025 will be held in the Village Hall.\n",
        [
            ("4", "MINUTES OF THE MEETING on 9th June 2025"),
            ("5", "MINUTES OF THE MEETING of 7th July 2025"),
            ("6", "DATE OF NEXT MEETING"),
            ("7", "ANNUAL PARISH MEETING"),
        ],
        "so is it led on by a small word, 'on' or 'of'; never the next or another meeting's",
    ),
    (
        "102.20 – Cllr Ash (County and District) - Report\nCllr Ash reported on the budget.\n"
        "103.20 – Declarations of interest\nNone.\n104.20 – Cllr Birch - County Council Report"
        "\nNothing to report.\n105.20 – Councillor Jane Dean – District Report\nNothing to "
        "report.\n106.20 – Cllr Cole reported on the bus service.\n107.20 – Cllr Eve - Reported "
        "that the shelter was repaired.\n",
        [
            ("102.20", "Cllr Ash (County and District) - Report"),
            ("103.20", "Declarations of interest"),
            ("104.20", "Cllr Birch - County Council Report"),
            ("105.20", "Councillor Jane Dean – District Report"),
        ],
        "a member named, then a dash to the report they give, is a heading; a sentence is not",
    ),
    (
        "1.  Apologies – John Belcher\n2.  Present - J Smith, K Jones\n3.  Planning – Land at Mill "
        "Lane\nNo objection.\n",
        [("1", "Apologies"), ("2", "Present"), ("3", "Planning – Land at Mill Lane")],
        "the names after an apologies or attendance heading's dash are its text",
    ),
    (
        "1. Minutes of the Previous Meeting Minutes from the previous meeting held on 10 "
        "October. Approved.\n2. Declaration of interest in items on the Agenda Declaration by "
        "Cllr Ash of a personal interest.\n",
        [
            ("1", "Minutes of the Previous Meeting"),
            ("2", "Declaration of interest in items on the Agenda"),
        ],
        "the agenda's text that opens with the heading's first word again ends the heading",
    ),
    (
        "1. Declarations of Interest: Code of Local Government Conduct Members are reminded to "
        "declare. None.\n2. Planning: Mr Ash objected. Noted.\n",
        [("1", "Declarations of Interest: Code of Local Government Conduct"), ("2", "Planning")],
        "words in the heading's case joined by its small words after its colon go on it",
    ),
    (
        "1. Charity Commission: Code of Conduct The Chairman reminded members of the code.\n"
        "2. Correspondence: Cllr Ash The Clerk read a letter.\n3. Highways: The Clerk "
        "reported two potholes.\n4. Letters: Jane Hill The Clerk read her letter.\n",
        [
            ("1", "Charity Commission: Code of Conduct"),
            ("2", "Correspondence"),
            ("3", "Highways"),
            ("4", "Letters"),
        ],
        "a short subtitle in the heading's case after its colon goes on it where a sentence "
        "runs on after it with no stop between; never names, nor the sentence itself",
    ),
    (
        "12.042 Apologies for absence 1. Councillors: Cllr Ash - holiday 2. Others: None\n"
        "12.043 Minutes of Meeting 16 February 2012 1. Cllr Birch asked for an amendment. The "
        "amendment was agreed. 2. Under public comments, Cllr Ash disagreed.\n"
        "12.044 Highways Phase 1. The works began in May. 2. The Clerk will report.\n"
        "12.045 Neighbourhood Plan Stage 1. The consultation closed. 2. The Clerk will report.\n"
        "12.046 Budget Quarter 1. The figures were noted. 2. The Clerk will report.\n",
        [
            ("12.042", "Apologies for absence"),
            ("12.043", "Minutes of Meeting 16 February 2012"),
            ("12.044", "Highways Phase 1"),
            ("12.045", "Neighbourhood Plan Stage 1"),
            ("12.046", "Budget Quarter 1"),
        ],
        "the first point of a numbered list run on after a heading, its second following, is "
        "the text's; never a phase's or a part's number",
    ),
    (
        "12.045 Declarations of Interest Personal interests declared by Cllr Ash in respect of "
        "the Village Hall.\n12.046 Apologies for Absence Apologies were received from Cllr "
        "Birch.\n12.047 Matters Arising Bus Shelter The Clerk has ordered a new shelter.\n",
        [
            ("12.045", "Declarations of Interest"),
            ("12.046", "Apologies for Absence"),
            ("12.047", "Matters Arising Bus Shelter"),
        ],
        "a sentence with a verb within a few words opens the text after the whole of an "
        "opening business's heading",
    ),
    (
        "165 Footpaths RESOLVED that the clerk will report the stile.\n166 Also RESOLVED that "
        "the clerk will write to the Trust.\n167 Further RESOLVED that the hedge be cut.\n168 "
        "Also Present\nPCSO Hill and three members of the public.\n",
        [("165", "Footpaths"), ("166", ""), ("167", ""), ("168", "Also Present")],
        "a minute that opens with an adverb before its keyword has no heading",
    ),
    (
        "6. Wyvern Area Board (WAB): Nothing to report as no meeting was held.\n7. Community "
        "Fund (Wyvern Wind Farm): Mr Ash spoke about the fund.\n",
        [("6", "Wyvern Area Board (WAB)"), ("7", "Community Fund (Wyvern Wind Farm)")],
        "a heading ending in a bracket runs into its text at its colon as any other",
    ),
    (
        "331.01APOLOGIES Apologies were received from Cllr Ash.\n\n331.02DECLARATIONS OF "
        "INTEREST Cllr Birch declared an interest.\n\n331.03 MINUTES The minutes were read.\n",
        [("331.01", "APOLOGIES"), ("331.02", "DECLARATIONS OF INTEREST"), ("331.03", "MINUTES")],
        "a decimal minute number a converter glued to its heading in capitals",
    ),
    (
        "2022-02_1. APOLOGIES FOR ABSENCE\nApologies were received.\n2022-02_2. MINUTES\n"
        "The minutes were approved.\n2022-02_3. FINANCE\nThe payments were noted.\n",
        [
            ("2022-02_1", "APOLOGIES FOR ABSENCE"),
            ("2022-02_2", "MINUTES"),
            ("2022-02_3", "FINANCE"),
        ],
        "the meeting's year and month, then the item's number after an underscore",
    ),
    (
        "2.   To Consider Apologies for Absence:   Apologies were received from Cllr Hull.\n"
        "3.   To Receive Declarations of Interest: None.\n",
        [("2", "To Consider Apologies for Absence"), ("3", "To Receive Declarations of Interest")],
        "the agenda verb's object is the heading's, though the text repeats it as a sentence",
    ),
    (
        "89. Draft Revenue Budget 2025-26\n(Item 6)\n\nMr Ash introduced the report.\n\n90. "
        "24/00109 - Transfer the 18-25 section of the Independence Service from the Children "
        "Directorate to the Adult Social Care Directorate\n(Item 7)\n\nMr Ash introduced it.\n",
        [
            ("89", "Draft Revenue Budget 2025-26"),
            (
                "90",
                "24/00109 - Transfer the 18-25 section of the Independence Service from the "
                "Children Directorate to the Adult Social Care Directorate",
            ),
        ],
        "a decision's number before the heading on a line of its own: the whole line",
    ),
    (
        "7. Question submitted by Councillor R. O'Donoghue\nThe Councillor asked about lighting."
        "\n\n8. Notice of Motion submitted by Cllr J. P. Scanlan\nThe motion was carried.\n",
        [
            ("7", "Question submitted by Councillor R. O'Donoghue"),
            ("8", "Notice of Motion submitted by Cllr J. P. Scanlan"),
        ],
        "a person's initial in a heading ends no sentence",
    ),
    (
        "18 LICENSING SUB-COMMITTEE - MINUTES\nRESOLVED that the minutes be signed.\n\n19 "
        "LICENSING ACT 2003: EXERCISE OF DELEGATED FUNCTIONS BY OFFICERS\nThe report was noted."
        "\n\n20 PLANNING: The Clerk reported on two applications.\n",
        [
            ("18", "LICENSING SUB-COMMITTEE - MINUTES"),
            ("19", "LICENSING ACT 2003: EXERCISE OF DELEGATED FUNCTIONS BY OFFICERS"),
            ("20", "PLANNING"),
        ],
        "an upper-case heading goes on after its colon where words in capitals end the line",
    ),
    (
        "1. APOLOGIES: CLLR SMITH AND CLLR JONES\n\n2. MINUTES: IT WAS RESOLVED THAT THE MINUTES "
        "BE SIGNED\n\n3. DECLARATIONS OF INTEREST: NONE WERE DECLARED\n\n4. FINANCE: THE CLERK "
        "REPORTED THE BALANCE\n\n5. APOLOGIES FOR ABSENCE (Cllr Smith and Cllr Jones)\n\n6. "
        "PUBLIC PARTICIPATION (No members of the public were present)\n",
        [
            ("1", "APOLOGIES"),
            ("2", "MINUTES"),
            ("3", "DECLARATIONS OF INTEREST"),
            ("4", "FINANCE"),
            ("5", "APOLOGIES FOR ABSENCE"),
            ("6", "PUBLIC PARTICIPATION"),
        ],
        "words in capitals after a colon, or in brackets, that name people, say nil or hold a "
        "verb are the minutes' text, not the heading's",
    ),
    (
        "1.  / Minutes\n\nResolved: That the Minutes be approved.\n\n2.  / Declarations of "
        "interest\n\nNone were made.\n\n3.  / Actions from the previous meeting\n\nThere were "
        "none.\n",
        [
            ("1", "Minutes"),
            ("2", "Declarations of interest"),
            ("3", "Actions from the previous meeting"),
        ],
        "a table's cells run onto a line with a slash between the number and the heading",
    ),
    (
        "1.\n2.\n3.\n4.\n5. MINUTES OF MEETING OF 4 NOVEMBER 2009\nThe Minutes were approved.\n",
        [
            ("1", ""),
            ("2", ""),
            ("3", ""),
            ("4", ""),
            ("5", "MINUTES OF MEETING OF 4 NOVEMBER 2009"),
        ],
        "in a list of numbers whose cells were lost, a number takes no next number's line",
    ),
    (
        "Public speaking time:\n\n10/555 The Chairperson welcomed everyone.\n\n10/556 Apologies: "
        "Cllr Webb.\n\n10/557 Declarations of Interest: None.\n",
        [("10/555", ""), ("10/556", "Apologies"), ("10/557", "Declarations of Interest")],
        "minutes numbered with their year after a heading with a colon are no list of its",
    ),
    (
        "21/01 Apologies\nNone.\n\n21/02 Planning applications:\n21/0123 Rear extension, 5 High "
        "Street. No objection.\n21/0456 Barn to dwelling, Mill Farm. Object.\n\n21/03 Finance\n"
        "Paid.\n",
        [("21/01", "Apologies"), ("21/02", "Planning applications"), ("21/03", "Finance")],
        "planning applications' numbers under a heading with a colon are its list's entries",
    ),
    (
        "AGENDA ITEM 1- Apologies\n\nCL/33/21.06.21\n\nCllrs Ash, Birch and Jones\n\nAGENDA ITEM 2 "
        "– Chairman's Announcements\n\nCL/34/21.06.21\n\nThe Chairman welcomed everyone.\n",
        [("CL/33/21.06.21", "Apologies"), ("CL/34/21.06.21", "Chairman's Announcements")],
        "the agenda's label and heading over a minute's number alone on its line",
    ),
    (
        "489.1 The minutes were confirmed.\nThe Harbour Master updated the Board on the "
        "following matters:\n490.1 Commercial Trade\nNo further trade was expected.\n490.2 "
        "Pilotage\nThe depth at the Bar was 0.7m.\n490.3 Leisure Trade\nTown Quay was closed.\n"
        "\nThe Chair listed the options:\n1. Close the quay\n2. Open the quay\n",
        [
            ("490.1", "Commercial Trade"),
            ("490.2", "Pilotage"),
            ("490.3", "Leisure Trade"),
        ],
        "a running number of three figures and its part after a lead-in's colon is a minute's, "
        "where a plain number there opens the lead-in's list",
    ),
    (
        "CHAIRMAN'S WELCOME\n18/099\nThe Chairman welcomed the Board.\nITEM 1 MINUTES\n18/100\n"
        "The Board agreed the minutes.\nITEM 2 MATTERS ARISING\n18/101\nThe Clerk reported "
        "on the register.\n",
        [("18/099", "CHAIRMAN'S WELCOME"), ("18/100", "MINUTES"), ("18/101", "MATTERS ARISING")],
        "the agenda's label in capitals and its heading after a space, over a minute's number",
    ),
    (
        "3. Minutes\nApproved.\n\n4. Review of Actions\nItem in previous minutes Who Action "
        "Completed\n\nCarry forward\n\n11 Clerk To extend the insurance cover. Completed\n14b "
        "MQ To take photographs of the verge. C/F by DM\n\n5. Finance\nNoted.\n",
        [("3", "Minutes"), ("4", "Review of Actions"), ("5", "Finance")],
        "an action tracker's rows of earlier items are no items of this meeting",
    ),
    (
        "1 Apologies\nCllr Smith.\n\n2 Matters arising\nItems in the previous minutes not "
        "covered elsewhere were noted.\n\n3 Planning\nObjection.\n\n4 Finance\nPaid.\n",
        [("1", "Apologies"), ("2", "Matters arising"), ("3", "Planning"), ("4", "Finance")],
        "a sentence about the previous minutes is no tracker's head: the items after it stand",
    ),
    (
        "1 Apologies\nNone.\n\n2 Action log\nItem in previous minutes Who Action Completed\n"
        "14b MQ To take photographs of the verge C/F\n15 Clerk To write to Highways Done\n\n"
        "3 Planning\nObjection.\n",
        [("1", "Apologies"), ("2", "Action log"), ("3", "Planning")],
        "a tracker's rows end at the blank line under them",
    ),
    (
        "29. MINUTES (Agenda Item 1)\nThe Minutes were confirmed and signed.\n\n30. NAMED "
        "SUBSTITUTES (if any)\nNone.\n\n31. ANNOUNCEMENTS (if any) FROM THE MAYOR\nNone.\n\n"
        "32. CORPORATE PLAN (Agenda Item 6) The officers tabled updated pages.\n",
        [
            ("29", "MINUTES (Agenda Item 1)"),
            ("30", "NAMED SUBSTITUTES (if any)"),
            ("31", "ANNOUNCEMENTS (if any) FROM THE MAYOR"),
            ("32", "CORPORATE PLAN"),
        ],
        "an aside in brackets closing an upper-case heading's line is the heading's",
    ),
    (
        "19.09.01 Apologies\nCllr Smith.\n\n19.09.02 Register of Interests\nNone.\n\n"
        "19.09.03 Minutes\nThe minutes of 13.07.19 were approved.\n",
        [("19.09.01", "Apologies"), ("19.09.02", "Register of Interests"), ("19.09.03", "Minutes")],
        "numbered year.month.sequence, as dates are written",
    ),
    (
        "19.05.03 Apologies\nCllr Moor.\n\n19.05.01 Acceptance of Office\nSigned.\n\n"
        "19.05.02 Election of Chair\nCllr Dale remains Chair.\n\n19.05.04 Register of "
        "Interests\nNone.\n\n19.05.05 Minutes\nThe minutes of 05.03.19 were approved.\n",
        [
            ("19.05.01", "Acceptance of Office"),
            ("19.05.02", "Election of Chair"),
            ("19.05.04", "Register of Interests"),
            ("19.05.05", "Minutes"),
        ],
        "year.month.sequence with one number set out of its place",
    ),
    (
        "3 pdf MINUTES (68Kb)\n\nThe minutes of the meeting held on 5 September 2017 were "
        "confirmed.\n\n4 pdf FORWARD PLAN (21Kb)\n\nReport attached.\n\n5 doc WORK "
        "PROGRAMME (1.5Kb)\n\nNoted.\n",
        [("3", "MINUTES"), ("4", "FORWARD PLAN"), ("5", "WORK PROGRAMME")],
        "a CMIS heading, its document's type and size about its title",
    ),
    (
        "1 1 APOLOGIES\nAlderman Green.\n\n2 DECLARATIONS OF INTEREST\nNone.\n\n3. PRESENTATION\n"
        "Members heard a presentation.\n",
        [("1", "APOLOGIES"), ("2", "DECLARATIONS OF INTEREST"), ("3", "PRESENTATION")],
        "the same number twice, a list's marker before the typed one",
    ),
    (
        "Apologies (025) Council RESOLVED to accept apologies from Cllr Isaac.\n\nDeclaration of "
        "Interest (026) None.\n\nMinutes (027) Council RESOLVED that the minutes be signed.\n\n"
        "Highways (2021) Act matters were noted.\n\nCorrespondence (028) Letter from Ms Strue.\n",
        [
            ("025", "Apologies"),
            ("026", "Declaration of Interest"),
            ("027", "Minutes"),
            ("028", "Correspondence"),
        ],
        "the minute's number in brackets after its heading, the text run on",
    ),
    (
        "  1. To receive apologies for absence – Councillor Joseph.\n\n  1. To receive "
        "declarations of interest – none.\n\n  1. To consider the minutes of the meeting held "
        "on the 23rd February 2021 – It was RESOLVED to adopt the minutes.\n\n  1. Open "
        "Session\nA resident raised the issue of grass verges.\n",
        [
            ("1", "To receive apologies for absence"),
            ("1", "To receive declarations of interest"),
            ("1", "To consider the minutes of the meeting held on the 23rd February 2021"),
            ("1", "Open Session"),
        ],
        "a converted list numbering every entry 1, most in the agenda's words",
    ),
    (
        "14.40     Appointment of Representatives\nVillage Hall liaison – Mary Button\n\n14.41     "
        "Minutes of the meeting held on 19 March 2014\nThe minutes were approved and signed.\n"
        "\n14.42     Matters Arising\nThere were none.\n",
        [
            ("14.40", "Appointment of Representatives"),
            ("14.41", "Minutes of the meeting held on 19 March 2014"),
            ("14.42", "Matters Arising"),
        ],
        "a long heading of the minutes approved under a decimal number is no paragraph",
    ),
    (
        "19.70 To receive and accept APOLOGIES FOR ABSENCE\nCllr Lester.\n\n19.71 To receive "
        "DECLARATIONS OF INTEREST\nNone were declared.\n\n19.72 TO APPROVE THE MINUTES OF THE "
        "PREVIOUS PARISH COUNCIL MEETING held on Wednesday 10th July 2019; these were approved "
        "and signed\n\n19.73 WARD COUNCILLORS’ AND POLICE REPORTS\nNone.\n\n19.74 PUBLIC "
        "PARTICIPATION\nNone.\n",
        [
            ("19.70", "To receive and accept APOLOGIES FOR ABSENCE"),
            ("19.71", "To receive DECLARATIONS OF INTEREST"),
            (
                "19.72",
                "TO APPROVE THE MINUTES OF THE PREVIOUS PARISH COUNCIL MEETING held on Wednesday "
                "10th July 2019; these were approved and signed",
            ),
            ("19.73", "WARD COUNCILLORS’ AND POLICE REPORTS"),
            ("19.74", "PUBLIC PARTICIPATION"),
        ],
        "headings in the agenda's words, one in capitals, leading into the numbered chain",
    ),
    (
        "DECLARATIONS\n\nNo declarations were made.\n\nMINUTES FROM PREVIOUS MEETING\n\nThe "
        "minutes were signed by the Chair.\n\nMATTERS ARISING\n\n 1. The Chair had written to "
        "Mr Rees about the state of the footpath by the church.\n\n 2. Councillors agreed that "
        "new guidelines on resignations were needed for the council.\n\nPLANNING\n\nNo "
        "applications had been received.\n",
        [
            (None, "DECLARATIONS"),
            (None, "MINUTES FROM PREVIOUS MEETING"),
            (None, "MATTERS ARISING"),
            ("1", ""),
            ("2", ""),
            (None, "PLANNING"),
        ],
        "a list numbered afresh under one of the page's headings: its sub-items",
    ),
    (
        "19.05.01 Apologies\nNone.\n19.05.02 Minutes\nApproved.\n19.05.03 Finance\nPayments "
        "approved.\n19.05.04 Planning\nSite visit held on\n19.05.22 Meeting with the developer "
        "at the hall.\nNo objections.\n",
        [
            ("19.05.01", "Apologies"),
            ("19.05.02", "Minutes"),
            ("19.05.03", "Finance"),
            ("19.05.04", "Planning"),
        ],
        "year.month.sequence, a date in the text among them no item",
    ),
    (
        "17/25 Declarations of Interest.\nNone.\n17/26 Public recess.\nNone.\n"
        "17/27 Minutes of meeting held 3 May.\nApproved.\n",
        [
            ("17/25", "Declarations of Interest"),
            ("17/26", "Public recess"),
            ("17/27", "Minutes of meeting held 3 May"),
        ],
        "the year first, then a two-digit number",
    ),
    (
        "Cou/285/07-08 Present\nCllr A.\nCou/286/07-08 Apologies for Absence\nNone.\n",
        [("Cou/285/07-08", "Present"), ("Cou/286/07-08", "Apologies for Absence")],
        "a prefix in mixed case before a slash",
    ),
    (
        "289. Announcements\nThe Chairman welcomed members.\n\n290. Section 25 Report\n"
        + "".join(f"({n}) Mr Member{n} said that the budget was a concern.\n" for n in range(1, 30))
        + "\n291. Any other business\nNone.\n",
        [("289", "Announcements"), ("290", "Section 25 Report"), ("291", "Any other business")],
        "numbered paragraphs '(1)' ... '(29)' inside an item are no items",
    ),
    (
        "19.01.6 Beacon\nThe Beacon was well attended.\n\nSigned ______________ Dated 5th March "
        "2019 19.01.7 Correspondence\nClerks & Councils Direct.\n\n19.01.8 Public Participation\n"
        "None.\n",
        [("19.01.6", "Beacon"), ("19.01.7", "Correspondence"), ("19.01.8", "Public Participation")],
        "the chair's signature line run into the next page's first heading",
    ),
    (
        "1. WELCOME AND APOLOGIES\nThe Chair welcomed everyone.\n2. MATTERS ARISING\nNone.\n"
        "3. CORRESPONDENCE\n1. Lloyds Bank statement. Noted\n2. Remittance advice. Noted\n"
        "3. Scrutiny Forum invitation. Noted\n4. Listed Building Fair. Noted\n4. LIGHTING\n"
        "Clerk to report the faulty light.\n5. FOOTPATHS\nNo issues.\n",
        [
            ("1", "WELCOME AND APOLOGIES"),
            ("2", "MATTERS ARISING"),
            ("3", "CORRESPONDENCE"),
            ("4", "LIGHTING"),
            ("5", "FOOTPATHS"),
        ],
        "a numbered list inside an item, its rows typed unlike the headings",
    ),
    (
        "1. To receive apologies:\nNone.\n2. To receive declarations of interest:\nNone.\n"
        "3. To confirm the minutes:\nIT WAS resolved:\nThat the minutes be approved.\n"
        "4. To consider planning applications:\nNone.\n",
        [
            ("1", "To receive apologies"),
            ("2", "To receive declarations of interest"),
            ("3", "To confirm the minutes"),
            ("4", "To consider planning applications"),
        ],
        "every heading in the agenda's words",
    ),
    (
        "304-1.To receive apologies from Members:\nNone.\n\n304-2.To receive declarations:\n"
        "None.\n\n304-3.Public participation time:\nNo questions.\n",
        [
            ("304-1", "To receive apologies from Members"),
            ("304-2", "To receive declarations"),
            ("304-3", "Public participation time"),
        ],
        "headings in the agenda's words before the first other heading",
    ),
    (
        "20/21 Apologies these were received from Cllr Smith\n\n21/21 Minutes of meeting held "
        "on 22nd July these had been circulated and were approved\n",
        [("20/21", "Apologies"), ("21/21", "Minutes of meeting held on 22nd July")],
        "a heading run into a sentence in lower case",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nTwo residents of the community were "
        "present as observers, who were welcomed by the Chair.\n\nThe Chair welcomed Cllr "
        "Jones to his first full Council meeting.\n\nA one-minute silence was held as a mark "
        "of respect for a former councillor.\n\n1. Apologies\nNone.\n",
        [("1", "Apologies")],
        "a welcome or a silence before the first heading is no item",
    ),
    (
        "Present were Cllr J Edwards (Chairman), Cllr H Field and Mrs P Lane.\n\nSix residents "
        "of the village also attended the meeting.\n\nThere were no members of the public "
        "present\n\nThe Chair opened the meeting at 7.30pm and welcomed those present.\n\n"
        "Council meetings can be watched on the Council's YouTube channel.\n\n1. Apologies\n"
        "None.\n",
        [("1", "Apologies")],
        "who came, the opening and where to watch, before the first heading, are no item",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nDuring the public forum a visitor asked "
        "about the housing quota.\n\n1. Apologies\nNone.\n",
        [("1", "Apologies")],
        "a line of proceedings beside the attendance, before the first heading, is no item",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nThe Council received a petition about "
        "the footpath.\n\nThe Provost advised that an urgent item would be taken last.\n\n"
        "1. Apologies\nNone.\n",
        [(None, ""), ("1", "Apologies")],
        "but two paragraphs of proceedings there are an untitled item",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nCouncillors asked the Clerk to write to "
        "the County Council about the blocked footpath.\n\n1. Apologies\nNone.\n",
        [(None, ""), ("1", "Apologies")],
        "and so is one line that asks for something",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nA petition of 300 signatures was received "
        "about the footpath.\n\n1. Apologies\nNone.\n",
        [(None, ""), ("1", "Apologies")],
        "or one that tells what the meeting received",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nThe Clerk confirmed that the hall had "
        "been booked.\n\n1. Apologies\nNone.\n",
        [("1", "Apologies")],
        "but not one that tells what someone said",
    ),
    (
        "PRESENTATIONS\n\nThe Chairman presented a Long Service Award to Ann Ash.\n\nThe "
        "Chairman presented the Excellence award to the Portfolio Holder.\n\n21. Declarations "
        "of Interest\nNone.\n",
        [(None, "PRESENTATIONS"), ("21", "Declarations of Interest")],
        "such an item headed in capitals alone on its first line",
    ),
    (
        "Present: Councillors ASH, BIRCH and COLE.\n\nCouncillor ASH, Convener, in the Chair.\n\n"
        "TRIBUTE: FORMER PROVOST JOHN DEAN\n\nPrior to the commencement of business, the "
        "Provost paid tribute to the former Provost.\n\n1. EXCLUSION OF PUBLIC AND PRESS\n\n"
        "The press were excluded.\n",
        [(None, "TRIBUTE: FORMER PROVOST JOHN DEAN"), ("1", "EXCLUSION OF PUBLIC AND PRESS")],
        "a heading in capitals whose first word its colon closes, over the business before item 1",
    ),
    (
        "OM-19-132 DECLARATIONS OF INTEREST: None were declared.\n\nOM-19-133 PLANNING "
        "APPLICATIONS: No objections.\n\nOM-19-134 FINANCE: The accounts were approved.\n",
        [
            ("OM-19-132", "DECLARATIONS OF INTEREST"),
            ("OM-19-133", "PLANNING APPLICATIONS"),
            ("OM-19-134", "FINANCE"),
        ],
        "the meeting's letters, its year and the running number, hyphens between",
    ),
    (
        "Present: Cllrs J Edwards (Chair), H Field.\n\nMembers of the Public: Cllr R Huffer "
        "updated the meeting on the Post Office. The Clerk will arrange a site meeting with "
        "Highways.\n\n1. Apologies\nNone.\n",
        [(None, "Members of the Public"), ("1", "Apologies")],
        "what a member of the public told, under its heading and colon, is an item of that title",
    ),
    (
        "1. Apologies for Absence. None.\n\n2. Reports.\n\n2.1 Chairman's Report.\n\n2.1.1 "
        "Footpath. A meeting took place.\n\n2.1.2 Bus shelter. Repaired.\n\n2.2 Clerk's Report."
        "\n\n2.2.1 Grange Farm. Reported.\n\n2.2.2 Gateways. Reported.\n\n3. Finance.\n\n3.1 "
        "Accounts. Approved.\n\n3.2 Payments. Approved.\n\n3.3 Audit. Noted.\n\n4. Planning."
        "\n\n4.1 Applications. None.\n",
        [("1", "Apologies for Absence"), ("2", "Reports"), ("3", "Finance"), ("4", "Planning")],
        "more sub-items than items: the items are the numbers they are under",
    ),
    (
        "142/19 To Note: Asset of Community Value Application Approved\nThe Clerk reported.\n\n"
        "143/19 To Discuss: Speedwatch\nNoted.\n\n144/19 MINUTES OF THE MEETING HELD ON 26th "
        "FEBRUARY 2018: With the amendment the minutes were approved.\n",
        [
            ("142/19", "To Note: Asset of Community Value Application Approved"),
            ("143/19", "To Discuss: Speedwatch"),
            ("144/19", "MINUTES OF THE MEETING HELD ON 26th FEBRUARY 2018"),
        ],
        "the agenda's verb before a colon, a heading in capitals ending in a year and a colon",
    ),
    (
        "40.\n\nMinutes\n\nApproved.\n\n41.\n\nExclusion of Press And Public\n\nRESOLVED that "
        "the press and public be excluded for the following private reports:\n\n\n\nMinute No.  "
        "Report title\n\n\n\n53  Disposal of Small Surplus Sites\n\n\n\n54  Modernising "
        "Domestic Abuse Services\n\n\n\n55  Coombe Abbey Park Investment\n\n42.\n\nHousing "
        "Enforcement Policy\n\nApproved.\n",
        [
            ("40", "Minutes"),
            ("41", "Exclusion of Press And Public"),
            ("42", "Housing Enforcement Policy"),
        ],
        "a table of the minute numbers a decision lists is no run of items",
    ),
    (
        "Attendees: Ann Ash; Ben Birch (BB); Cy Cole\n\nItem No Item\n\n1 Apologies: Di Dale\n\n"
        "2 Disclosures of Interest: None\n\n3 Minutes of the last meeting\n• Agreed\n\n4 "
        "Investment Update\n\n• Fund return just lower than benchmark.\n",
        [
            ("1", "Apologies"),
            ("2", "Disclosures of Interest"),
            ("3", "Minutes of the last meeting"),
            ("4", "Investment Update"),
        ],
        "a table's column head over the minutes' own items from 1 heads no list",
    ),
    (
        "1. Apologies – none.\n\n2. Minutes of the last Meeting held on the 14 October 2024, the "
        "Committee received, considered and agreed following the vote.\n\n3. Grants – the "
        "committee reviewed two applications.\n",
        [
            ("1", "Apologies"),
            ("2", "Minutes of the last Meeting held on the 14 October 2024"),
            ("3", "Grants"),
        ],
        "a heading run on after its comma into the body and what it did",
    ),
    (
        "21/80 Minutes – The minutes were agreed.\n\n21/81 Report from the Wexshire Councillor "
        "for Ash Ward\nThere was no report.\n\n21/82 Planning\nNo applications.\n",
        [
            ("21/80", "Minutes"),
            ("21/81", "Report from the Wexshire Councillor for Ash Ward"),
            ("21/82", "Planning"),
        ],
        "a councillor's post named in a heading, 'Councillor for Ash Ward', is no person "
        "opening a sentence",
    ),
    (
        "21/80 Minutes – The minutes were agreed.\n\n21/81 Police Report\nThere was no report."
        "\n\n21/82 To invite views from members of the parish\nThere were no matters raised.\n"
        "\n21/83 Planning\nNo applications.\n",
        [
            ("21/80", "Minutes"),
            ("21/81", "Police Report"),
            ("21/82", "To invite views from members of the parish"),
            ("21/83", "Planning"),
        ],
        "a year's running number the chain skipped, its heading in the agenda's words",
    ),
    (
        "48/18 Police Report:\nThe PCSO sent apologies.\n\n49/18 CRB/DBS Checks for all "
        "Councillors:\nResolved: All Councillors should be checked.\n\n50/18 Planning:\nNone."
        "\n",
        [
            ("48/18", "Police Report"),
            ("49/18", "CRB/DBS Checks for all Councillors"),
            ("50/18", "Planning"),
        ],
        "two acronyms a slash apart open a mixed-case heading, no heading in capitals",
    ),
    (
        "1. 1. To confirm the receipt of Declarations of Interest.\nThe Clerk confirmed that "
        "all had been received.\n\n2. To accept apologies for absence.\nApologies were "
        "received from Cllr Moon.\n\n3. To elect a chair for the year.\nCllr Holt was "
        "elected.\n",
        [
            ("1", "To confirm the receipt of Declarations of Interest"),
            ("2", "To accept apologies for absence"),
            ("3", "To elect a chair for the year"),
        ],
        "a number typed over a list's own, the same number twice",
    ),
    (
        "2:1 Declaration of Interest in an Agenda Item\n\nCllr Ash (agenda item 12).\n\n2:2 "
        "Update of Register of Members' Interest\n\nForms would be re-issued.\n\n4. BOARD "
        "MINUTES\n\nThat the minutes be confirmed.\n\n5:1 Minute 6(b) - Finance\n\nThe review "
        "was ongoing.\n\n5:2 Minute 7 - Estimates\n\nA copy had been circulated.\n",
        [
            ("2:1", "Declaration of Interest in an Agenda Item"),
            ("2:2", "Update of Register of Members' Interest"),
            ("4", "BOARD MINUTES"),
            ("5:1", "Minute 6(b) - Finance"),
            ("5:2", "Minute 7 - Estimates"),
        ],
        "a minute's parts numbered after a colon, one figure, no time",
    ),
    (
        "21/23. Vacancy on the Council. No applications had been received.\n\n21/24. WDC "
        "Councillors’ Report. No report.\n\n21/25. NALC Members’ Report. Cllr Ash reported "
        "on the training day.\n",
        [
            ("21/23", "Vacancy on the Council"),
            ("21/24", "WDC Councillors’ Report"),
            ("21/25", "NALC Members’ Report"),
        ],
        "an acronym before a possessive in title case opens a heading in mixed case",
    ),
    (
        "2. Harbour Dues 2021/2022 - Report by the Executive Director of Finance.\n\nThe "
        "recommendations were approved.\n\n3. Street Lighting - Report of the Head of "
        "Neighbourhoods.\n\nThe report was noted.\n",
        [
            ("2", "Harbour Dues 2021/2022 - Report by the Executive Director of Finance"),
            ("3", "Street Lighting - Report of the Head of Neighbourhoods"),
        ],
        "whose report it is, after a dash, is the heading's own part",
    ),
    (
        "4. UEFA EURO 2020 postponement\n\nThe report was noted.\n\n5. CCTV UPGRADE The "
        "cameras were fitted.\n",
        [("4", "UEFA EURO 2020 postponement"), ("5", "CCTV UPGRADE")],
        "acronyms and figures before a word in lower case, no verb, open a heading in mixed case",
    ),
    (
        "1. APOLOGIESApologies received from Cllr Ash.\n2. MINUTE APPROVAL.The draft minute "
        "was approved.\n3. MATTERS ARISING These were covered in the Chair's report.\n",
        [("1", "APOLOGIES"), ("2", "MINUTE APPROVAL"), ("3", "MATTERS ARISING")],
        "a heading in capitals glued to its text after a number and its stop",
    ),
    (
        "208. Apologies None. Cllr Ash stated he may need to leave early.\n209. Meeting Open "
        "to the Public The Chair opened the meeting to the public.\n",
        [("208", "Apologies"), ("209", "Meeting Open to the Public")],
        "a heading's one-word minutes close its sentence before more text",
    ),
    (
        "002/20 Apologies:\nCouncillor Gary Ash (accepted)\n\n003/20 In Attendance\nParish "
        "Clerk Kate Birch. No members of the public.\n\n004/20 Notice of Motion\nThe motion "
        "was carried.\n",
        [("002/20", "Apologies"), ("003/20", "In Attendance"), ("004/20", "Notice of Motion")],
        "an attendance label as a numbered item's heading is its title",
    ),
    (
        "1     Councillors Present: Cllr Ash, Cllr Birch, Cllr Cole.\n\n2     To approve the "
        "minutes of the last meeting.\n\nResolved: Approved.\n\n3     Planning.\n\nNone.\n",
        [
            ("1", "Councillors Present"),
            ("2", "To approve the minutes of the last meeting"),
            ("3", "Planning"),
        ],
        "who were present as a numbered item's heading, their names run into it",
    ),
    (
        "APOLOGIES\n\nCllr Thomas was not present.\n\nMINUTES FROM PREVIOUS MEETING\n\nThe "
        "minutes were approved.\n\nMATTERS ARISING\n\nThe Clerk reported on two matters.\n\n"
        "1. Policy discussion on guidelines for "
        "meetings with developers\n\nThe Clerk reported on the guidance.\n",
        [
            (None, "APOLOGIES"),
            (None, "MINUTES FROM PREVIOUS MEETING"),
            (None, "MATTERS ARISING"),
        ],
        "one number on a page of headings without numbers is no chain of items",
    ),
    (
        "NOTICE IS HEREBY GIVEN that a meeting will be held on 4 September.\n1. Apologies\n"
        "2. Election of Chair\n3. Minutes of the last meeting\n4. Footpath reports\n"
        "- Volunteers\n5. Any Other Business\nS. J. Worden, Clerk\n"
        "1). Apologies:- Apologies were recorded from Councillor Jones.\n"
        "2). Election of Chair:- Councillor Marshall was elected.\n"
        "3). Minutes of the last meeting:- The minutes were approved.\n",
        [
            ("1", "Apologies"),
            ("2", "Election of Chair"),
            ("3", "Minutes of the last meeting"),
        ],
        "the agenda's list printed above the minutes is not their items",
    ),
    (
        "Item / Notes / Action\n21.24/25 / Apologies for absence / Apologies were received "
        "from Cllr Wren.\n22.24/25 / Declarations of interest / None.\n23.24/25 / Planning / "
        "The Council had no comments. ACTION: Clerk to write to the planning officer. / Clerk\n",
        [
            ("21.24/25", "Apologies for absence"),
            ("22.24/25", "Declarations of interest"),
            ("23.24/25", "Planning"),
        ],
        "a table flattened with ' / ' between its cells, a row a line",
    ),
    (
        "FGB/2425/14: Welcome and Apologies\nThe Chair welcomed members.\n"
        "FGB/2425/15: Questions received from members of the public\nNone were received.\n"
        "FGB/2425/ 16: Declarations of Interest\nNone.\n",
        [
            ("FGB/2425/14", "Welcome and Apologies"),
            ("FGB/2425/15", "Questions received from members of the public"),
            ("FGB/2425/16", "Declarations of Interest"),
        ],
        "a heading naming a thing and what was done with it; a space after a number's slash",
    ),
    (
        "5. Chairman’s communications\nNone.\n\n 6. Clerk’s correspondence received.\nA letter "
        "from the county.\n\n7. Clerk received the letters from the county.\n",
        [("5", "Chairman’s communications"), ("6", "Clerk’s correspondence received"), ("7", "")],
        "a thing a post's possessive names and what was done with it is a heading; the post "
        "and its verb a sentence",
    ),
    (
        "Minutes of the previous meeting\n\nThe minutes were approved.\n\nMinerals and Waste "
        "Framework – Core Strategy & Development Control: Issues & Options Stage\n\nMr Hook "
        "proposed, Mrs Ash seconded, and it was agreed to reply.\n\nPlanning Applications\n\n"
        "None.\n\nApologies: Ann Ash\n\nAll present.\n",
        [
            (None, "Minutes of the previous meeting"),
            (
                None,
                "Minerals and Waste Framework – Core Strategy & Development Control: Issues & "
                "Options Stage",
            ),
            (None, "Planning Applications"),
        ],
        "a long heading alone with its subtitle in title case after a colon; never a label "
        "and the names after it",
    ),
    (
        "HEALTH AND SAFETY ANNOUNCEMENTS\n\nThe Mayor explained what to do in a fire.\n\n"
        "PRAYERS\n\nThe Reverend Jo Ash led prayers.\n\n268/12/13 DECLARATIONS OF INTEREST\n\n"
        "Councillor Birch declared an interest in item 17.\n\nCHAIRMAN'S REPORT\n\nThe "
        "Mayor had attended the Remembrance service.\n",
        [
            (None, "HEALTH AND SAFETY ANNOUNCEMENTS"),
            (None, "PRAYERS"),
            ("268/12/13", "DECLARATIONS OF INTEREST"),
            (None, "CHAIRMAN'S REPORT"),
        ],
        "a minute's number before its heading in capitals, among headings without one",
    ),
    (
        "17.\n\nQuestions asked by members.\n\nMinutes:\n\nNo questions had been received.\n\n"
        "18.\n\nUrgent items.\n\nMinutes:\n\nThere were none.\n",
        [("17", "Questions asked by members"), ("18", "Urgent items")],
        "a heading naming what was asked, under its number alone",
    ),
    (
        "P12/24\n\nLate Information received: Planning Application 24/0815/FUL\n\nMinutes:\n\n"
        "The Head of Planning reported that two letters had been circulated.\n\nP13/24\n\n"
        "Apologies were received from: Councillor Ash\n\nMinutes:\n\nNoted.\n",
        [
            ("P12/24", "Late Information received: Planning Application 24/0815/FUL"),
            ("P13/24", ""),
        ],
        "a thing of two words and what was done with it, its subject after a colon; "
        "never a sentence's subject and its auxiliary",
    ),
    (
        "219 DECLARATIONS OF INTEREST – There were none.\n\n220 (28) SCRUTINY OVERVIEW – The "
        "chair opened discussion on the draft report.\n\n221 (29) FORWARD PLAN – The plan was "
        "noted.\n",
        [
            ("219", "DECLARATIONS OF INTEREST"),
            ("220", "SCRUTINY OVERVIEW"),
            ("221", "FORWARD PLAN"),
        ],
        "the agenda's number in brackets after the minute's",
    ),
    (
        "3. MINUTES\n\n(a) Previous Meeting\n\nThe minute of 25 November was approved.\n\n"
        "(b) Lettings Sub-Committee\n\nThe minute of 15 December was noted.\n\n"
        "4. ROADS\n\nNoted.\n",
        [
            ("3", "MINUTES"),
            ("(a)", "Previous Meeting"),
            ("(b)", "Lettings Sub-Committee"),
            ("4", "ROADS"),
        ],
        "lettered sub-items under an item with no text of its own",
    ),
    (
        "3. Budget\n\nThe report was considered.\n\n(a) Capital Programme\n\nNoted.\n\n"
        "(b) Revenue Budget\n\nNoted.\n\n4. Roads\n\nNoted.\n",
        [("3", "Budget"), ("4", "Roads")],
        "lettered headings after the item's own text are its points",
    ),
    (
        "3. Reports\n\na. Highlight Report\nb. Performance Arrangements\n\nBoth were noted."
        "\n\n4. Roads\n\nNoted.\n",
        [("3", "Reports"), ("4", "Roads")],
        "a list of lettered lines with no text between them is the item's listing",
    ),
    (
        "3. Minutes\n\n(a) Previous Meeting\n\nApproved.\n\n4. Roads\n\nNoted.\n",
        [("3", "Minutes"), ("4", "Roads")],
        "one lettered heading alone is no list of sub-items",
    ),
    (
        "25/08 Matters arising from the minutes;\na) Email addresses – this was deferred until "
        "DS was present.\nb) Parish Cottage – the Chairman would chase up the third estimate."
        "\nc) Footpath – the Clerk agreed to remove the broken fence.\n25/09 Finance\n"
        "The accounts were noted.\n",
        [
            ("25/08", "Matters arising from the minutes"),
            ("a", "Email addresses"),
            ("b", "Parish Cottage"),
            ("c", "Footpath"),
            ("25/09", "Finance"),
        ],
        "lettered sub-items run into their text after a dash, under an empty parent",
    ),
    (
        "111/12 DECLARATIONS OF INTEREST - None\n112/12 a) PUBLIC SPEAKING - None\nb) POLICE "
        "MATTERS - None\nc) REPRESENTATIONS FROM MEMBERS - None\n113/12 MAYOR’S ANNOUNCEMENTS\n"
        "The Mayor attended the civic service.\n",
        [
            ("111/12", "DECLARATIONS OF INTEREST"),
            ("112/12", ""),
            ("a", "PUBLIC SPEAKING"),
            ("b", "POLICE MATTERS"),
            ("c", "REPRESENTATIONS FROM MEMBERS"),
            ("113/12", "MAYOR’S ANNOUNCEMENTS"),
        ],
        "the first lettered sub-item on its parent's line, after the number",
    ),
    (
        "84/14 Matters Arising out of the Minutes.\na) JF – 77/14(a) – asked if the notice board "
        "had been ordered. The Clerk said it had.\nb) JF – 80/14(l) – stated that he would "
        "examine the street sign.\nc) MB – reported that the bench was mended.\n85/14 Finance\n"
        "The accounts were noted.\n",
        [("84/14", "Matters Arising out of the Minutes"), ("85/14", "Finance")],
        "a member's initials before a dash and what they said are points, no sub-items",
    ),
    (
        "4. Minutes of the last meeting were agreed.\n5. Matters Arising from the Minutes\n"
        "a)      Insurance\nA quotation of £727 was received.\nb)      Play Area\nThe surface "
        "is to be swept.\n\n6. Finance\nThe accounts were noted.\n",
        [
            ("4", ""),
            ("5", "Matters Arising from the Minutes"),
            ("a", "Insurance"),
            ("b", "Play Area"),
            ("6", "Finance"),
        ],
        "lettered sub-items a line each on a page without blank lines",
    ),
    (
        "1. Lettings\n\na) the hall be let to the choir – subject to a deposit.\nb) the fees "
        "be reviewed – in March.\n\n2. Roads\n\nNoted.\n",
        [("1", "Lettings"), ("2", "Roads")],
        "a resolution's lettered parts with a dash are no sub-items",
    ),
    (
        "5. MATTERS ARISING FROM THE MINUTES.\n\n5.1 BUS SHELTER – CHURCH ROAD\nThe siting "
        "was discussed.\n\n5.2 FLOWER BASKETS\nIt was RESOLVED to defer this item.\n\n5.3"
        "Speed Signs\nThe Clerk had ordered two signs.\n\n6. FINANCE\nThe accounts were noted.\n",
        [
            ("5", "MATTERS ARISING FROM THE MINUTES"),
            ("5.1", "BUS SHELTER – CHURCH ROAD"),
            ("5.2", "FLOWER BASKETS"),
            ("5.3", "Speed Signs"),
            ("6", "FINANCE"),
        ],
        "decimal sub-items, each a heading over its text, under an empty parent",
    ),
    (
        "3.  Matters Arising:\n\n3.1  Parish Plan Review: A visit to the school is still to be "
        "organised. Action: CC\n\n3.2  Enforcement: An application has been received.\n\n"
        "4.  Finance\n\nThe accounts were noted.\n",
        [
            ("3", "Matters Arising"),
            ("3.1", "Parish Plan Review"),
            ("3.2", "Enforcement"),
            ("4", "Finance"),
        ],
        "decimal sub-items whose headings run into their text after a colon",
    ),
    (
        "3.Matters Arising:\n\n3.1:Footbridge update:Nothing to report.\n\n3.2:Reply from "
        "the County Council to the letter sent requesting repairs to the wall between the "
        "churchyard and the school field: No reply had been received.\n\n3.3:New Auditor:We "
        "hope to meet the new auditor in May.\n\n4.Finance:\n\nThe accounts were noted.\n",
        [
            ("3", "Matters Arising"),
            ("3.1", "Footbridge update"),
            (
                "3.2",
                "Reply from the County Council to the letter sent requesting repairs to the "
                "wall between the churchyard and the school field",
            ),
            ("3.3", "New Auditor"),
            ("4", "Finance"),
        ],
        "decimal sub-items glued to their colons, a long heading, nothing to report",
    ),
    (
        "4. Open Session\nThe meeting was adjourned for the open session.\n\n4.1. District "
        "Councillors\nNo report was available.\n\n4.2. County Councillor\nNo report was "
        "available.\n\n5. Finance\nThe accounts were noted.\n",
        [
            ("4", "Open Session"),
            ("4.1", "District Councillors"),
            ("4.2", "County Councillor"),
            ("5", "Finance"),
        ],
        "decimal sub-items, each a heading over its text, under the parent's own sentence",
    ),
    (
        "5. Open Public Session\n\n5.1. Report from the Locality Steward\n5.1.1. The steward "
        "reported on the budget.\n5.1.2. Clerk to report potholes on Mill Lane.\n\n5.2. Report"
        " from the Police\n5.2.1. No report was received.\n\n6. Lengthsman\n6.1. The "
        "lengthsman cleared the drains.\n\n7. Planning\n7.1 Comments on applications:\n"
        "7.1.1 Application 190926 - The Green. No objection.\n\n8. Finance\nNoted.\n",
        [
            ("5", "Open Public Session"),
            ("5.1", "Report from the Locality Steward"),
            ("5.2", "Report from the Police"),
            ("6", "Lengthsman"),
            ("7", "Planning"),
            ("8", "Finance"),
        ],
        "decimal sub-items over their paragraphs numbered a level down; one alone so is a lead-in",
    ),
    (
        "3\nHall Roof Repairs\n3.1\nThe contractor's quote had been received on 6 March.\n"
        "3.2\nTC had submitted the insurance claim.\n3.3\nIt was agreed to ask for more quotes."
        "\n4\nProject Plan\n4.1\nThe plan was reviewed.\n",
        [("3", "Hall Roof Repairs"), ("4", "Project Plan")],
        "decimal numbers alone over sentences are the item's paragraphs, no untitled sub-items",
    ),
    (
        "4.\nMATTERS ARISING\n\n4.1\nBus Shelter\nThe siting was discussed.\n\n4.2\n"
        "Flower Baskets\nIt was RESOLVED to defer this item.\n\n5.\nFINANCE\nThe accounts "
        "were noted.\n",
        [
            ("4", "MATTERS ARISING"),
            ("4.1", "Bus Shelter"),
            ("4.2", "Flower Baskets"),
            ("5", "FINANCE"),
        ],
        "decimal numbers alone over headings are sub-items",
    ),
    (
        "4. POLICE MATTERS\n\n4.1 Crime Statistics\nTwo crimes were reported in the parish."
        "\n\n5. FINANCE\nThe accounts were noted.\n\n6. HIGHWAYS\n\n6.1 The Clerk reported "
        "that the potholes had been filled.\n\n7. CLOSE\n",
        [
            ("4", "POLICE MATTERS"),
            ("4.1", "Crime Statistics"),
            ("5", "FINANCE"),
            ("6", "HIGHWAYS"),
            ("7", "CLOSE"),
        ],
        "one decimal sub-item, a heading over its text, under an empty parent (not a "
        "paragraph numbered so)",
    ),
    (
        "6. Finance\n\n6.1 Bank balance at 31 March £12,345\nThe accounts were noted.\n\n7. "
        "Close\n",
        [("6", "Finance"), ("7", "Close")],
        "one decimal line that gives a figure is no sub-item",
    ),
    (
        "L.PP29/05MINUTES\nThe minutes were approved.\n\nL.PP30/05FINANCIAL POSITION STATEMENT"
        "\nRESOLVED that the report be noted.\n\nL.PP31/05MATTERS ARISING\nNone.\n",
        [
            ("L.PP29/05", "MINUTES"),
            ("L.PP30/05", "FINANCIAL POSITION STATEMENT"),
            ("L.PP31/05", "MATTERS ARISING"),
        ],
        "a panel's letters after the council's initial and its stop, the heading glued on",
    ),
    (
        "4. Planning:\n4.1 To review and amend the project plan\nA timetable was reviewed.\n"
        "4.2 To develop a list of deliverables to ensure everything is in place for Reg 14.\n"
        "The deliverables document was reviewed.\n5. Date of next meeting: 15 July 2020\n",
        [
            ("4", "Planning"),
            ("4.1", "To review and amend the project plan"),
            (
                "4.2",
                "To develop a list of deliverables to ensure everything is in place for Reg 14",
            ),
            ("5", "Date of next meeting"),
        ],
        "decimal sub-items in the agenda's words, a verb and all, each alone over its text",
    ),
    (
        "Item 1;Opening- The Chair welcomed everyone.\nItem 2; Minutes- Accepted.\n\nItem 3; "
        "Mail in ;  1 Note from the MSP about the 20mph bill for response. 2 Confirmation of the "
        "visit to the academy. 3 Note from the police following events in London. 4 Update on "
        "the town centre master plan. 5 Copy of the car parking review. 6 Invitation to the "
        "summer fete.\n\nItem 4; Roads - Nil.\n",
        [("1", "Opening"), ("2", "Minutes"), ("3", "Mail in"), ("4", "Roads")],
        'items numbered "Item N;", a semicolon after the number (the numbered letters in a '
        "long line under one of them are its text)",
    ),
    (
        "1591. Public Participation .- no member of the public was present.\n\n1592. To "
        "receive reports from County and District Councillors on items that may be of "
        "interest .1 The County briefing sheet was noted.\n",
        [
            ("1591", "Public Participation"),
            (
                "1592",
                "To receive reports from County and District Councillors on items that may be "
                "of interest",
            ),
        ],
        "a heading run into its text after a stop and a dash, then one in the agenda's words",
    ),
    (
        "5. Reports\n\n5.1 (b) Report from County Councillor\nThe ceremony was held.\n\n"
        "5.2 (b) Report from Police Liaison\nMonthly meetings were held.\n\n6. Close\n",
        [
            ("5", "Reports"),
            ("5.1 (b)", "Report from County Councillor"),
            ("5.2 (b)", "Report from Police Liaison"),
            ("6", "Close"),
        ],
        "a bracketed mark after a decimal sub-item's number is part of it",
    ),
    (
        "6 Matters arising from the minutes.\n\n6.1 Translation Service - The service is "
        "expected in September.\n\n6.2 Flower Pot - The repair work is complete.\n\n"
        "7 Finance\n\nThe accounts were noted.\n",
        [("6", "Matters arising from the minutes"), ("7", "Finance")],
        "decimal paragraphs that run into their text are no sub-items",
    ),
    (
        "4. Open session\n4.1 West Mercia Police. There was no representative present.\n"
        "4.2 Local Residents' Issues\n4.2.1 It was RESOLVED that the clerk would write.\n\n"
        "5. Planning\nNone.\n",
        [("4", "Open session"), ("5", "Planning")],
        "a decimal heading among paragraphs is one of them",
    ),
    (
        "5. Apologies\nNone.\n\n6. To appoint representatives\n6.1 Tree Officer: Cllr L "
        "Bennett\n6.2 Footpaths Officer: Cllr D Hayward\nBoth were appointed.\n\n7. Close\n"
        "The meeting closed.\n",
        [("5", "Apologies"), ("6", "To appoint representatives"), ("7", "Close")],
        "a list of decimal entries with no text between them is the item's listing",
    ),
    (
        "1. Apologies for Absence 1.1. The Chair noted apologies from Mr Rowe.\n"
        "2. Declarations of Interest 2.1. There were no declarations.\n"
        "3. Questions from the Public 3.1. No questions had been submitted.\n",
        [
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Questions from the Public"),
        ],
        "a paragraph's number and full stop after a heading start its text",
    ),
    (
        "Present: Ann Bick (Chair), John Foulkes\n\nApologies: Mary Gray\n\nPolice Report: "
        "Two thefts were reported in the village.\n\nWebsite: The new format was agreed and "
        "Nick will put it on the site.\n\nOther items:\n\nWar Memorial: Survey requests are "
        "being sent out by Wendy.\n",
        [(None, "Police Report"), (None, "Website"), (None, "War Memorial")],
        "paragraphs led by a heading and a colon, after the attendance labels",
    ),
    (
        "Present:\nCllrs A. Williams (in the Chair), Mrs E. Jones and G. Owen.\n- Minutes of "
        "the last meeting: Proposed by Cllr. G. Owen and seconded by Cllr. J. Williams that "
        "they be signed. All agreed.\n- Matters arising from the Minutes:\na) Item 5a - the "
        "reception was attended.\n- Correspondence:\na) Letter from the school about the "
        "fence.\n",
        [
            (None, "Minutes of the last meeting"),
            (None, "Matters arising from the Minutes"),
            (None, "Correspondence"),
        ],
        'a heading of the minutes is no "Minutes:" label (bulleted headings and colons)',
    ),
    (
        "Applicant: Mr D. Wiltshire (Applicant), Mr M Rudd (Counsel)\n\nResponsible "
        "Authorities: Stephen Mills (Environmental Health)\n\nObjectors: Mr R. Archer, Mr C. "
        "Waters\n\nThe Panel considered the application for a premises licence and heard "
        "from the applicant.\n",
        [(None, "")],
        "labels of an attendance list before the first proceedings are no headings",
    ),
    (
        "Wyvern Community Council Meeting\nPresent: Ann Bick (Chair), John Foulkes, Mary Gray\n"
        "Apologies: Nick Pilbeam.\nMinutes of Previous Meeting: Approved by Ann Bick; "
        "Seconded by Mary Gray.\nPolice Report: No police presence but report for March "
        "emailed in.\nMatters Arising:\nGritting policy:\nThe roads manager attended the "
        "meeting and explained how the routes are chosen each winter.\n",
        [
            (None, "Minutes of Previous Meeting"),
            (None, "Police Report"),
            (None, "Matters Arising"),
        ],
        "colon-led paragraphs that record business before the first sentence with a verb",
    ),
    (
        "Present: Councillors Ames, Brook and Cole\n\nClerk: Mrs S Gale\n\n"
        "Apologies: Councillor Dunn\n\nMinutes of the last meeting:\n\nThe minutes of the "
        "previous meeting were agreed as a true record and signed by the Chair.\n\nFlooding: "
        "Councillor Ames has reported the flooding in Beacon Lane to Highways.\n\nSpeed "
        "Watch: The new sign has been ordered and will be fitted by March.\n\nVillage Hall: "
        "The hall committee has asked for a donation towards the new boiler.\n\nAny other "
        "business:\n\nThere being no further business the meeting closed at 9.30 pm.\n",
        [
            (None, "Minutes of the last meeting"),
            (None, "Flooding"),
            (None, "Speed Watch"),
            (None, "Village Hall"),
            (None, "Any other business"),
        ],
        "headings closed by a colon, some over their text and most with it run in, are one "
        "style: all of them items, the first over the first sentence",
    ),
    (
        "Present: Councillors Ames, Brook and Cole\n\nMinutes of the last meeting: The minutes "
        "were agreed as a true record.\n\nFlooding: Councillors discussed the flooding in "
        "Beacon Lane.\n\nCounty and District Councillors' Report: Cllr Dunn reported that the "
        "Local Plan will be published in October.\n\nFinance: The accounts were approved.\n",
        [
            (None, "Minutes of the last meeting"),
            (None, "Flooding"),
            (None, "County and District Councillors' Report"),
            (None, "Finance"),
        ],
        "a report's heading that names councillors is no list of who came",
    ),
    (
        "1. Apologies for Absence accepted from:\n\nCllr G. Ash, Cllr A Birch.\n\n2. Approval "
        "of Minutes:\n\nThe minutes were confirmed as a true record.\n\n3. Matters Arising:\n\n"
        "The Clerk has spoken to Highways about the sign.\n",
        [
            ("1", "Apologies for Absence"),
            ("2", "Approval of Minutes"),
            ("3", "Matters Arising"),
        ],
        "a heading of apologies runs into 'accepted from:', the names on the lines below",
    ),
    (
        "4. Planning Decisions: R. Ash - two dwellings, Mill Lane - Refused; B. Birch - "
        "replacement bungalow, Church Row - approved.\n\n5. Payments: Grass cutting £517.50. "
        "Proposed Cllr Cole and seconded Cllr Dee.\n\n6. Budget Decision: The budget was "
        "set at £6,850.\n",
        [("4", "Planning Decisions"), ("5", "Payments"), ("6", "Budget")],
        "the planning authority's decisions a parish lists are its heading's word, not the "
        "ModernGov label 'Decision:'",
    ),
    (
        "Minutes of the Meeting held on Monday 17 January 2022\nPresent: Councillors Ames, "
        "Brook and Clerk Mrs S Gale.\nApologies for absence: Councillor Dunn\nMinutes of "
        "last meeting\nThese were read and approved.\nSpeed Watch\nCouncillor Ames reported "
        "that the new sign had been ordered and would be fitted by March.\nFly Tipping\n"
        "Councillor Brook confirmed that the signs had been refreshed in Mill Lane.\n"
        "Village Hall\nThe Clerk reported that the hall committee had asked for a donation.\n",
        [
            (None, "Minutes of last meeting"),
            (None, "Speed Watch"),
            (None, "Fly Tipping"),
            (None, "Village Hall"),
        ],
        "headings in mixed case over paragraphs on a page without blank lines",
    ),
    (
        "Minutes of the Meeting held on Monday 17 January 2022\nPresent: Councillors Ames and "
        "Brook.\nThe Chair welcomed everyone.\nMinutes of previous meeting and matters arising"
        "\nThe minutes were approved by AA and seconded by BB.\nPolice Report\nAA said he had "
        "not heard from the police.\nCouncillor's Report\nCouncillor Brook confirmed that the "
        "hostel had opened.\n",
        [
            (None, "Minutes of previous meeting and matters arising"),
            (None, "Police Report"),
            (None, "Councillor's Report"),
        ],
        "a heading of seven words in mixed case over its paragraph on a page without blanks",
    ),
    (
        "Minutes of the Meeting held on Monday 17 January 2022\nPresent: Councillors Ames, "
        "Brook and Clerk Mrs S Gale.\nCouncillor Ames reported that the new sign had been "
        "ordered for the\nVillage Green\nand that it would be fitted by March by the "
        "contractor.\nFly Tipping\nCouncillor Brook confirmed that the signs had been "
        "refreshed in Mill Lane.\n",
        [(None, "")],
        "one short line over a paragraph on a page without blank lines is no heading",
    ),
    (
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL\nHELD IN THE VILLAGE HALL, WYVERN\n"
        "ON WEDNESDAY 9 JANUARY 2002\nThe Chair opened the meeting at 7.30pm.\nAPOLOGIES\n"
        "There were apologies from Cllr Ames.\nMATTERS ARISING\nBench Repairs\nThe bench "
        "on the green had been repaired.\nBus Shelter\nThe shelter would be painted in "
        "May.\nPLANNING\nCllr Brook reported on the Planning Committee.\nWY/0006/3/G\n"
        "Single storey extension at 13 Mill Lane, Wyvern\nNO OBJECTION\nWY.3377/D\n"
        "Erection of a dwelling at The Chapel, High Street\nOBJECTION\nFINANCE\nThe "
        "payments were approved.\nVerge Cutting\nThe Clerk had obtained three quotes.\n"
        "Street Lighting\nA lamp in Bow Lane was out.\nCORRESPONDENCE\nNone.\n",
        [
            (None, "APOLOGIES"),
            (None, "MATTERS ARISING"),
            (None, "PLANNING"),
            (None, "FINANCE"),
            (None, "CORRESPONDENCE"),
        ],
        "under headings in capitals on a page without blanks, lines in mixed case over "
        "paragraphs are their sub-headings; applications' references and answers no headings",
    ),
    (
        "Minutes of the Committee meeting held on 21 March 2019\n\nThe Chair welcomed the "
        "twelve residents who had come to hear about the plans for the estate and the "
        "repairs.\n\nMatters Arising BB reported that the "
        "communal cleaning had been re-organised and a new rota would start in April.\n\n"
        "Treasurer’s Report BB reported that no money had been spent in January, the balance "
        "unchanged at £2,410.10.\n\nHousing Repairs  – 1 The need for the landlord to "
        "inspect the empty flats was raised again. 2 DD confirmed that the survey was no "
        "valuation. DD to write to the landlord. 3 Concern was expressed at the state of the "
        "stairwells. CC to contact tenants. 4 The bike store had at last been repaired.\n",
        [
            (None, "Matters Arising"),
            (None, "Treasurer’s Report"),
            (None, "Housing Repairs"),
        ],
        "numbers all in one paragraph after its run-in heading and a dash are its points, "
        "not a flattened page's items",
    ),
    (
        "A meeting of the Wyvern Harbour Commissioners was held at the Harbour Office.\n\n"
        "MINUTES 2952. It was resolved on a motion by Mr Davies, seconded by Mr Jug, that the "
        "minutes of the last meeting be taken as read.\n\nHARBOUR MASTER’S REPORT as "
        "prepared by the Port 2953. The Harbour Master's Report is attached.\n\nThe "
        "following further matters were noted: the new buoy was in position.\n\nACCOUNTS "
        "2954. The accounts for the quarter were received.\n",
        [
            ("2952", "MINUTES"),
            ("2953", "HARBOUR MASTER’S REPORT as prepared by the Port"),
            ("2954", "ACCOUNTS"),
        ],
        "headings in capitals with their minutes' running numbers printed after them",
    ),
    (
        "50. 23-24 Apologies\n\nApologies were received from Cllr Ash.\n\n51. 23-24 Minutes\n\n"
        "The minutes were approved.\n\n52. 23-24 2024/25 Budget\n\nThe budget was set.\n",
        [("50", "Apologies"), ("51", "Minutes"), ("52", "2024/25 Budget")],
        "the council's year after each minute's number is no part of its heading",
    ),
    (
        "111. MINUTES\n\nThe minutes were approved.\n\n112. 2022/23 BUDGET\n\nThe budget was "
        "set.\n\n113. DATE OF NEXT MEETING\n\nThe next meeting is in March.\n",
        [("111", "MINUTES"), ("112", "2022/23 BUDGET"), ("113", "DATE OF NEXT MEETING")],
        "a heading's own year after its number is kept",
    ),
    (
        "Minute Agenda Item Action Ref: 3165/21 1. Apologies for Absence Cllr R Ash, Cllr B "
        "Birch, 3166/21 2. Declarations of interest – pecuniary or prejudicial Councillor Cole "
        "– Planning Application - Land West of the Mill 3167/21 3. To approve the Minutes of "
        "the Meeting of 15th December 2020 The Council RESOLVED to accept the minutes. AA "
        "3168/21 4. Finance The Council RESOLVED to approve the payments for December.\n",
        [
            ("3165/21", "Apologies for Absence"),
            ("3166/21", "Declarations of interest"),
            ("3167/21", "To approve the Minutes of the Meeting of 15th December 2020"),
            ("3168/21", "Finance"),
        ],
        "on a flattened page, the minute's own number before the agenda's starts its item",
    ),
    (
        "Minutes of the Meeting held on Monday 17 January 2022\nPresent: Councillors Ames, "
        "Brook and Clerk Mrs S Gale.\nThe Clerk had written about the verge to the\nHighways "
        "Department\nThe response was still awaited from the county.\nCouncillor Brook had "
        "raised the drains with the\nWater Company\nThey agreed to clear the gullies in the "
        "spring.\nThe Chairman had asked about the path at the\nPrimary School\nThe head "
        "teacher agreed to a meeting.\n",
        [(None, "")],
        "names a narrow page wraps onto lines of their own are no headings",
    ),
    (
        "Minutes of the Meeting held on Monday 17 January 2022\nPresent: Councillors Ames, "
        "Brook and Clerk Mrs S Gale.\nMinutes\nThe minutes were approved and signed.\nRear "
        "extension at\nRose Cottage, Church Lane\nThe Council had no objection.\nThe Clerk "
        "reported that the grit bin was empty.\nAction Clerk\nCouncillor Ames said that the "
        "sign was missing.\nAction Councillor Ames\nCouncillor Brook said that the bench was "
        "broken.\n",
        [(None, "")],
        "an address under a line broken off and an owner's tag are no headings",
    ),
    (
        "Wyvern Community Council Meeting\nPresent: Cllrs Ash, Bick and Gray.\nClerk: Mrs J. "
        "Smith (taking the minutes).\nPress: one member of the press.\nPublic: four members "
        "of the public.\nThe Chairman welcomed everyone to the meeting.\nPolice Report: No "
        "crimes were reported this month.\nFinance: The balance was noted.\nPlanning: No "
        "applications were received.\n",
        [(None, "Police Report"), (None, "Finance"), (None, "Planning")],
        "labels of who came with a note on them are no business before the proceedings",
    ),
    (
        "1. Apologies for Absence:\nCllr I Mack\n\n2. Declaration of Interest:\nNone stated\n\n"
        "3. Approval of Minutes:\nThe minutes were approved.\n\n4. Correspondence\n\n"
        "1. Norfolk Link\n\n2. Rural Speed Reduction\n\n3. Funding leaflets\n\n4. Council "
        "Agenda\n\n5. Winterwise campaign\n\n6. Common Land map\n\n5. Village Green\n\nThe "
        "sign was repaired.\n\n6. Insurance\n\nThe policy was renewed.\n",
        [
            ("1", "Apologies for Absence"),
            ("2", "Declaration of Interest"),
            ("3", "Approval of Minutes"),
            ("4", "Correspondence"),
            ("5", "Village Green"),
            ("6", "Insurance"),
        ],
        "a list numbered afresh inside an item, longer than the items around it",
    ),
    (
        "Questions from the public:\n\n1. Will the plant be visible?\n\n2. Will gas be "
        "stored?\n\n3. Will there be lights?\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\n"
        "The minutes were approved.\n\n4. Planning\n\nNo applications.\n",
        [
            (None, "Questions from the public"),
            ("1", "Apologies"),
            ("2", "Minutes"),
            ("4", "Planning"),
        ],
        "items numbered afresh below a list of questions are no list inside one",
    ),
    (
        "1. Apologies\n\nCllr I Mack.\n\n2. Minutes\n\nThe minutes were approved.\n\n3. Finance"
        "\n\nThe payments listed in Appendix A were approved.\n\n4. Date of next meeting\n\n11 "
        "January 2006.\n\nMeeting closed at 9pm.\n\nAppendix A – Payments\n\n1. Clerk's "
        "salary £250\n\n2. HMRC £62\n\n3. Grass cutting £300\n\n4. Hall hire £20\n\n5. "
        "Insurance £410\n\n6. Audit fee £35\n",
        [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance"), ("4", "Date of next meeting")],
        "a list numbered afresh after the meeting's close is an appendix's",
    ),
    (
        "Public forum\n\n1. Speeding on Mill Lane\n\nThe Clerk will reply.\n\n2. Dog "
        "fouling\n\nThe Clerk will reply.\n\n1. Apologies – none\n2. Declarations – none\n"
        "3. Minutes – approved\n4. Finance – payments approved\n",
        [
            (None, "Public forum"),
            ("1", "Speeding on Mill Lane"),
            ("2", "Dog fouling"),
            ("1", "Apologies"),
            ("2", "Declarations"),
            ("3", "Minutes"),
            ("4", "Finance"),
        ],
        "items numbered afresh after points of the public forum are no appendix",
    ),
    (
        "Public Participation\n\n1. Speeding\n\nMr Dale raised speeding.\n\n2. Dog fouling\n\n"
        "Mrs Lane raised it.\n\nThe meeting was closed to the public at 7.40pm.\n\n1. Apologies"
        "\n\nNone.\n\n2. Declarations\n\nNone.\n\n3. Minutes\n\nApproved.\n",
        [
            (None, "Public Participation"),
            ("1", "Speeding"),
            ("2", "Dog fouling"),
            ("1", "Apologies"),
            ("2", "Declarations"),
            ("3", "Minutes"),
        ],
        "items numbered afresh after the meeting was closed to the public are no appendix",
    ),
    (
        "The minutes of the last meeting were read and agreed.\n\nMatters Arising\n\nLand "
        "Registry: the title number is still to be found.\n\nRecycling: The bin has been "
        "removed.\n\nDrainage: No response has yet been received from the owner.\n",
        [(None, ""), (None, "Matters Arising")],
        "colon-led paragraphs right under a heading standing alone are its sub-headings",
    ),
    (
        "The minutes of the meeting were approved on the proposal of Cllr Coyle.\n\nThe "
        "report was approved subject to the following:\n\nBiodiversity Post: The Director "
        "reported on funding.\n\nTourism Awards: It was agreed to send an officer.\n\n"
        "Skywatch: It was agreed that Council would support the group.\n",
        [(None, "")],
        "colon-led paragraphs after a lead-in are its points",
    ),
    (
        "-\n- Welcome: The Chair welcomed everyone to the meeting.\n- Apologies:\n"
        "- Update from Police: No officers were available.\n- Matters arising:\n"
        "- Football posts – KA had been on site and will pursue this.\n- Church Wall – KA "
        "will go back to the council.\n- Roads Matters: CY reported two road closures.\n",
        [
            (None, "Welcome"),
            (None, "Apologies"),
            (None, "Update from Police"),
            (None, "Matters arising"),
            (None, "Football posts"),
            (None, "Church Wall"),
            (None, "Roads Matters"),
        ],
        "a nested list flattened to bullets: the points under an empty heading are its "
        "sub-items, items as the headings are",
    ),
    (
        "• TO RECEIVE QUESTIONS FROM THE FLOOR: A "
        "resident asked about the hall.\n• DECLARATIONS OF INTEREST: None\n• Hall Bookings "
        "– It was agreed to name speakers in the minutes.\n• MATTERS ARISING:\n• St. Mary’s "
        "Churchyard – KA will ask the diocese about the wall. Action KA\n• Website – The "
        "address is to be registered. Action SB\n• CORRESPONDENCE:\n• Letters from "
        "residents – The Clerk had replied to both.\n",
        [
            (None, "TO RECEIVE QUESTIONS FROM THE FLOOR"),
            (None, "DECLARATIONS OF INTEREST"),
            (None, "Hall Bookings"),
            (None, "MATTERS ARISING"),
            (None, "St. Mary’s Churchyard"),
            (None, "Website"),
            (None, "CORRESPONDENCE"),
            (None, "Letters from residents"),
        ],
        "headings in capitals and a colon, others in their own case and a dash, every row a "
        "bullet; the agenda's words in capitals are a heading; a saint's 'St.' ends none",
    ),
    (
        "Also in Attendance:\n3 Members of the public\n- Apologies. Apologies were accepted "
        "from Mr P Smyth.\n- Public Participation. It was resolved to suspend Standing "
        "Orders.\n- Chairman's Announcements. There were no announcements.\n",
        [(None, "Apologies"), (None, "Public Participation"), (None, "Chairman's Announcements")],
        "headings run into their text after a converter's bullets",
    ),
    (
        "- To record declarations of interest.\n- Clerk's Report and Correspondence\n"
        "a. The clerk reported on the annual parish meeting.\nb. Flood warden newsletter.\n"
        "- Highways to Consider\na. Parish steward visit on 27 October.\nResolved: Noted.\n"
        "- Other Business to Consider\na. Jubilee beacon\nResolved: The Clerk will order it.\n",
        [
            (None, "To record declarations of interest"),
            (None, "Clerk's Report and Correspondence"),
            (None, "Highways to Consider"),
            (None, "Other Business to Consider"),
        ],
        "headings in mixed case standing alone after a converter's bullets, over lettered text; "
        "one in the agenda's words alone too",
    ),
    (
        "Matters Arising\n\n- Footpaths\nThe stile on Mill Lane is mended.\n- Hedges\nThe "
        "hedge at the school was cut.\n- Benches\nTwo benches were varnished.\n\n"
        "Finance\n\nThe accounts were approved.\n",
        [(None, "Matters Arising"), (None, "Finance")],
        "bulleted sub-headings under headings of their own stay points",
    ),
    (
        "Minutes:\nThe Chairman drew attention to the questions in the supplement.\nCllr Thorn "
        "asked supplementary questions which were as follows:-\n· Question 19-21 - Cllr Thorn "
        "enquired why more potholes were filled.\n· Question 19-22 – Cllr Thorn enquired "
        "about rail funding.\n· Question 19-26 – Cllr Thorn enquired about managers.\n",
        [(None, "")],
        "bullets under a lead-in are its points, not headings",
    ),
    (
        "  1. Apologies: Cllr Wren (holiday)\n\n\n  1. Councillor changes: Cllr "
        "Thorn has resigned. Action: Clerk to write.\n\n\n  1. Woodland Plan - Birch Copse: "
        "decide on quotes for remedial work. Protected Tree Application No 88412 submitted. "
        "Action: Clerk to obtain quotes for the agreed works. Council agreed to plant two "
        "trees, one in memory of a former clerk and one in memory of those affected by Covid "
        "19.  Location to be decided at a future meeting.\n\n\n  1. Projects and Funding: "
        "confirm the action plan. Action: Cllr Ash to draft a newsletter.\n",
        [
            ("1", "Apologies"),
            ("1", "Councillor changes"),
            ("1", "Woodland Plan - Birch Copse"),
            ("1", "Projects and Funding"),
        ],
        "every heading numbered 1 outnumbers a chain of two a stray number makes",
    ),
    (
        "  1. Apologies: Cllr Wren (holiday)\n\n\n  1. To receive declarations of interest in "
        "accordance with the Localism Act 2011 and to receive any applications for "
        "Dispensation.  Members may make declarations at any point. NONE received\n\n\n"
        "  1. To approve the Minutes of the Meeting held 8th March 2024:\n\nThe minutes were "
        "approved.\n\n\n  1. Councillor changes: Cllr Thorn has resigned. Action: Clerk to "
        "write.\n\n\n  1. Projects and Funding: confirm the action plan. Action: Cllr Ash to "
        "draft a newsletter.\n",
        [
            ("1", "Apologies"),
            (
                "1",
                "To receive declarations of interest in accordance with the Localism Act 2011 "
                "and to receive any applications for Dispensation",
            ),
            ("1", "To approve the Minutes of the Meeting held 8th March 2024"),
            ("1", "Councillor changes"),
            ("1", "Projects and Funding"),
        ],
        "every heading numbered 1, those in the agenda's words among them",
    ),
    (
        "12-03-24/25 APOLOGIES FOR ABSENCE – None received.\n13-03-24/25 DECLARATIONS OF "
        "INTEREST – None.\n14-03-24/25a To review the reserves policy and to recommend it for "
        "approval by the full council.\nMembers agreed the level of general reserves.\n"
        "14-03-24/25b To review the budget for the next year.\nMembers reviewed the budget.\n",
        [
            ("12-03-24/25", "APOLOGIES FOR ABSENCE"),
            ("13-03-24/25", "DECLARATIONS OF INTEREST"),
            (
                "14-03-24/25a",
                "To review the reserves policy and to recommend it for approval by the full "
                "council",
            ),
            ("14-03-24/25b", "To review the budget for the next year"),
        ],
        "the next number's lettered parts in the agenda's words, the letter after the year",
    ),
    (
        "6.0       Apologies\n\n\n6.1      The Minutes:\n\nJA read the Minutes from the 2023 "
        "meeting and signed them.\n\n6.2       Matters Arising\n\nNone.\n",
        [("6.0", "Apologies"), ("6.1", "The Minutes"), ("6.2", "Matters Arising")],
        "an article and a heading in title case closed by a colon",
    ),
    (
        "27/16 Apologies\nNone.\n28/16 To confirm the minutes from the last meeting – Wednesday "
        "29th June 2016.\nProposed by Cllr Ash and RESOLVED that the minutes be signed.\n"
        "29/16 Site visit – Monday 4 July. The Clerk reported on the visit.\n",
        [
            ("27/16", "Apologies"),
            ("28/16", "To confirm the minutes from the last meeting – Wednesday 29th June 2016"),
            ("29/16", "Site visit"),
        ],
        "a date after a dash, its weekday first, is the heading's",
    ),
    (
        "POLICE BOARD (4) Ms Jane Gordon HUMAN RIGHTS ADVISOR\n\nRecord No: 75615 1 OFFICIALS "
        "IN Mr Trevor Reaney (Chief Executive) ATTENDANCE: Dr Debbie Donnelly (Deputy Chief "
        "Executive) Mr Sam Hagen (Director of Corporate Services) Mr David Jackson (Director "
        "of Community Engagement) Mr David Wilson (Director of Planning) 4 Board Officials\n\n"
        "(1) Part Item number 7.2 to close (2) Part Item number 10.2 only (3) Item number 16 "
        "only\n\n1. APOLOGIES, ETC\n\nApologies were received from Ms Mary McKee. NOTED.\n\n"
        "2. MINUTES OF MEETINGS OF THE BOARD\n\nThe minutes were approved.\n",
        [("1", "APOLOGIES, ETC"), ("2", "MINUTES OF MEETINGS OF THE BOARD")],
        "a chain of two that runs on stands, whatever lines numbered 1 lie above it",
    ),
    (
        "Present Cllrs S Diamond and C Griffith.\n\nApologies for absence\n18/1 There were "
        "none.\n\nDeclarations of Interest\n18/2 There were none.\n\nPlanning Matters\n18/3 "
        "The Parish Council resolved not to object to the extension.\n",
        [
            ("18/1", "Apologies for absence"),
            ("18/2", "Declarations of Interest"),
            ("18/3", "Planning Matters"),
        ],
        "a minute's heading right above its number, after a blank line",
    ),
    (
        "2786/12 Item 1 OPENING AND WELCOME a. The Chairman welcomed everyone to the meeting.\n"
        "2787/12 Item 2 APOLOGIES FOR ABSENCE a. Apologies were received from Mr Rose.\n"
        "2788/12 Item 3 DECLARATION OF INTERESTS a. There were none.\n",
        [
            ("2786/12", "OPENING AND WELCOME"),
            ("2787/12", "APOLOGIES FOR ABSENCE"),
            ("2788/12", "DECLARATION OF INTERESTS"),
        ],
        "the agenda's 'Item N' after the minute's number is no part of the heading",
    ),
    (
        "19/22 The minutes of the meeting held on 5 February were approved and signed.\n\n"
        "19/23 The Clerk reported that the bus shelter had been damaged again.\n\nClerk to "
        "contact Highways\n19/24 The Council considered planning application 19/0012.\n\n"
        "Carried unanimously\n19/25 The Clerk reported that the precept had been received.\n",
        [("19/22", ""), ("19/23", ""), ("19/24", ""), ("19/25", "")],
        "a task or an outcome right above a minute's number closes the one before",
    ),
    (
        "The minutes of the last meeting were approved and signed.\n\nThe Clerk presented the "
        "accounts for the month.\n\nCurrent Account Balance: £4,210.55\n\nReserve Account "
        "Balance: £12,000.00\n\nApplication 19/0012/FUL: Rear extension. No objection.\n\n"
        "Application 19/0015/HH: Loft conversion. No objection.\n\nThe accounts were approved.\n",
        [(None, "")],
        "a form's fields, figures and reference numbers before a colon are no headings",
    ),
    (
        "John Smith took the minutes in the absence of the Clerk. He was thanked by the Chair."
        "\n- Apologies. Apologies were received from Cllr Black.\n- Minutes. The minutes of "
        "the last meeting were approved.\n- Planning. No applications had been received.\n",
        # (the line above them tells nothing done: no item of its own either)
        [(None, "Apologies"), (None, "Minutes"), (None, "Planning")],
        "among bulleted headings a sentence is no heading",
    ),
    (
        "1. Apologies\nApologies were received from Cllr White.\n\n3. Planning\nThe following "
        "applications were considered:\n\n  1. Rear extension at 3 High Street\nNo objection."
        "\n\n  1. Loft conversion at 7 Mill Lane\nObjection.\n\n  1. New dwelling at Manor "
        "Farm\nNo objection.\n\n  1. Garage at 2 Church Road\nNo objection.\n",
        [("1", "Apologies"), ("3", "Planning")],
        "a list numbered 1 throughout inside the last item leaves the chain be",
    ),
    (
        "1. Apologies. None were received.\n2. Grant to Village Hall 2.5. The Council agreed a "
        "grant.\n3. Meeting closed at 9.15. The next meeting will be held on 5 May.\n",
        [("1", "Apologies"), ("2", "Grant to Village Hall"), ("3", "Meeting closed at 9.15")],
        "a time after 'at' is no paragraph's number",
    ),
    (
        "Annual Report\n\nThe Committee considered the annual report.\n(1)\nthe Annual report "
        "be agreed and referred to Council;\n(2)\nthe Work Programme be approved;\n(3)\nthe "
        "Terms of Reference be noted.\n",
        [(None, "Annual Report")],
        "numbers in brackets alone over a decision's parts in lower case are no items",
    ),
    (
        "(1)\nthe minutes of the meeting held on 4 December 2023 were confirmed and signed.\n\n"
        "(2)\nthe Chair welcomed Mr Smith, who was attending his first meeting.\n\n(3)\nthe "
        "budget for 2024/25 was discussed and it was agreed that it be approved.\n",
        [("1", ""), ("2", ""), ("3", "")],
        "numbers in brackets over sentences that tell what happened are items",
    ),
    (
        "The Chairman opened the meeting and thanked members for attending.\n\nROADS. The "
        "condition of the B1234 was raised again.\n\nUpdate: the roads officer had not yet "
        "replied.\n\nWIND FARM FUND. Two applications were considered.\n\nOutcome: both were "
        "approved in full.\n\nBROADBAND. The rollout had been delayed.\n\nUpdate: the "
        "contractor expects to finish by August.\n",
        [(None, "ROADS"), (None, "WIND FARM FUND"), (None, "BROADBAND")],
        "a report's sub-labels before a colon are no headings among run-in ones",
    ),
    (
        "Present: Mr A Ash (Chair), Mrs B Birch, Mr C Cedar, Mrs D Dale, Mr E Elm, Mrs F Fern, "
        "Mr G Gorse In attendance: Mrs V Faint - Clerk AGENDA ITEM MINUTES ACTION NO: 1. "
        "Welcome and Apologies for Absence; Quorum The Chair opened the meeting at 6pm. There "
        "were no apologies. 2. Declarations of Interest: There were no interests declared in "
        "the agenda. 3. Minutes of the Meeting of 20th May, 2020. The minutes were agreed as a "
        "true and accurate record of the meeting.\n",
        [
            ("1", "Welcome and Apologies for Absence; Quorum"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting of 20th May, 2020"),
        ],
        "a table's column headings closed by a colon lead into no list",
    ),
    (
        "1. Apologies for absence-none\n2. Minutes of last meeting –spelling of names corrected\n"
        "3. Mowing- quotes to be sought for the summer\n4. Sub-Committee reports\n",
        [
            ("1", "Apologies for absence"),
            ("2", "Minutes of last meeting"),
            ("3", "Mowing"),
            ("4", "Sub-Committee reports"),
        ],
        "a dash glued to the heading or to its text",
    ),
    (
        "1.\n\nApologies for Absence\n\nNone.\n\n2.\n\nDisclosures of Interest\n\nMembers "
        "may disclose any interest in an item on the agenda, which comprises\n\n1   Details of "
        "any employment carried on for gain.\n\n2   Details of any contract which is made "
        "with the authority\n\n(a)   under which goods are to be provided; and\n\n(b)   which "
        "has not been discharged.\n\n3   Details of any licence to occupy land.\n\n"
        "4   Details of any tenancy held by the member.\n\nNo interests were disclosed.\n",
        [("1", "Apologies for Absence"), ("2", "Disclosures of Interest")],
        "a list led in without a colon, with a list nested in its entry",
    ),
    (
        "20/035 The members walked the allotment site with the contractor.\nResolved: that "
        "estimates be sought.\n20/036 The Clerk presented the precept for 2021/22.\n"
        "20/037 The Clerk reported that the hedge had been cut.\n",
        [("20/035", ""), ("20/036", ""), ("20/037", "")],
        "minute numbers with a year before the slash, each over its text and no heading",
    ),
    (
        "  • QUESTIONS FROM THE PUBLIC\n\nNo members of the public were present.\n\n"
        "  • APOLOGIES\n\nApologies were received from Cllr Price.\n  • DECLARATIONS OF "
        "INTEREST\n\nNone\n\n  • MATTERS ARISING\n    • The car showroom has closed.\n",
        [
            (None, "QUESTIONS FROM THE PUBLIC"),
            (None, "APOLOGIES"),
            (None, "DECLARATIONS OF INTEREST"),
            (None, "MATTERS ARISING"),
        ],
        "headings in capitals whose list's numbers became bullets",
    ),
    (
        "Declarations of Interest\n\n\n\nMinutes of the Previous Meeting pdf icon PDF 131 KB\n\n"
        "The minutes were approved.\n\nAir Quality Action Plan pdf icon PDF 135 KB\n\nThe plan "
        "was noted.\n",
        [
            (None, "Declarations of Interest"),
            (None, "Minutes of the Previous Meeting"),
            (None, "Air Quality Action Plan"),
        ],
        "a heading with no minutes over the next item's ModernGov heading is an item",
    ),
    (
        "Present were Mr Ash (Chairman) and Mrs Birch.\n\nAPOLOGIES FOR ABSENCE were received "
        "from Mr Cole.\n\nTHE MINUTES of the previous meeting were approved.\n\nFINANCE. A "
        "cheque was signed for the mower service.\n\nMarker Cones   £37.47\n\nCroquet set   "
        "£49.95\n\nPayment for these was made to Mr Ash, a total of £87.42.\n\nPLANNING. No "
        "applications had been received.\n\nHIGHWAYS. The Clerk was asked to write.\n",
        [
            (None, "APOLOGIES FOR ABSENCE"),
            (None, "THE MINUTES"),
            (None, "FINANCE"),
            (None, "PLANNING"),
            (None, "HIGHWAYS"),
        ],
        "paragraphs led by headings in capitals: those, not a sentence's first words",
    ),
    (
        "1. APOLOGIES\n\nNone.\n\n2. DECLARATIONS OF INTERESTS AND ADDITIONS TO THE REGISTER "
        "[PCC of C 2001/LGA 2000]\n\nNone.\n\n3. RATIFICATION OF MINUTES OF THE FULL WYVERN "
        "TOWN COUNCIL MEETING OF MONDAY 01 SEPTEMBER 2024 AND MONDAY 08 SEPTEMBER 2024 "
        "(CONTINUATION MEETING OF MONDAY 01 SEPTEMBER 2024) (PUBLIC ITEMS) [LGA 1972 Sch. 12]"
        "\n\nThe minutes were ratified.\n\n4. PLANNING\n\nNone.\n",
        [
            ("1", "APOLOGIES"),
            (
                "2",
                "DECLARATIONS OF INTERESTS AND ADDITIONS TO THE REGISTER [PCC of C 2001/LGA 2000]",
            ),
            (
                "3",
                "RATIFICATION OF MINUTES OF THE FULL WYVERN TOWN COUNCIL MEETING OF MONDAY 01 "
                "SEPTEMBER 2024 AND MONDAY 08 SEPTEMBER 2024 (CONTINUATION MEETING OF MONDAY 01 "
                "SEPTEMBER 2024) (PUBLIC ITEMS) [LGA 1972 Sch. 12]",
            ),
            ("4", "PLANNING"),
        ],
        "long headings in capitals, the Act they are held under in square brackets",
    ),
    (
        "1 /\n\nAPOLOGIES FOR ABSENCE\n\nApologies were received from Cllr Ash.\n\n2 /\n\n"
        "DECLARATIONS OF INTEREST\n\nNone were declared.\n\n3 / CHAIR'S ANNOUNCEMENTS\n\n"
        "The Chair welcomed the auditors.\n",
        [
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "CHAIR'S ANNOUNCEMENTS"),
        ],
        "a slash a converter left after each number, alone or before the heading",
    ),
    (
        "70/13 / Declarations of interest\nNone.\n71/13 / Public Matters\nNo public attendees."
        "\n72/13 / County Council Matters\nThe update was accepted.\n",
        [
            ("70/13", "Declarations of interest"),
            ("71/13", "Public Matters"),
            ("72/13", "County Council Matters"),
        ],
        "a minute's number with its year, a slash after it before the heading",
    ),
    (
        "18. MINUTES\nRESOLVED :\nTHAT the Minutes be confirmed.\n19. URGENT BUSINESS\nThe "
        "Chair agreed an urgent item.\n20. REPORT OF THE DIRECTOR\nRESOLVED :\nTHAT the "
        "applications be determined as below :\nCategory Number Decision\n1 Conditional "
        "consent.\n2 Refusal of planning permission.\n3 Deferred for a site inspection.\n4 "
        "Deferred at the request of the applicant.\n5 Withdrawn by the applicant.\n",
        [("18", "MINUTES"), ("19", "URGENT BUSINESS"), ("20", "REPORT OF THE DIRECTOR")],
        "a legend listed inside the last item is no chain of items",
    ),
    (
        "Appointment of Vice-Chair\n\nFor the Board to agree the appointment.\n\n\nThe Chair "
        "said a nomination would be sought.\n\n\n\nNew appointments to the Board\n\nFor the "
        "Board to note and welcome:\n\n\nCouncillor Ann Ash, Cabinet Member for Housing\n\n"
        "Bob Birch, Chair of the Finance Committee (Deputy)\n\n\n\nThe new members were "
        "welcomed to the Board.\n\n\nMATTERS ARISING\n\nThere were none.\n",
        [
            (None, "Appointment of Vice-Chair"),
            (None, "New appointments to the Board"),
            (None, "MATTERS ARISING"),
        ],
        "the entries of a list an item's agenda text leads into are no headings",
    ),
    (
        "Apologies\n\n\nCllr Clark substituted for Cllr Wells.\n\n\nPublic speaking requests, "
        "if any.\n\n\nThere were no public speaking requests.\n\n\nUrgent business (if any)."
        "\n\n\nThere was none.\n",
        [
            (None, "Apologies"),
            (None, "Public speaking requests, if any"),
            (None, "Urgent business (if any)"),
        ],
        "a heading in the agenda's words ending 'if any.' with its full stop",
    ),
    (
        "01/25/F&R Apologies\nNone.\n02/25/F&R Approval of Minutes\nThe minutes were approved."
        "\n03/25/F&R To consider replacing the folding chairs.\nIt was resolved to buy new "
        "chairs.\n04/25/F&R To consider the draft budget.\nThe budget was agreed.\n",
        [
            ("01/25/F&R", "Apologies"),
            ("02/25/F&R", "Approval of Minutes"),
            ("03/25/F&R", "To consider replacing the folding chairs"),
            ("04/25/F&R", "To consider the draft budget"),
        ],
        "the committee's code after number and year, and headings in the agenda's words",
    ),
    (
        (
            "Items\nNo. Item\n\n25/1/CNL\n\nTo elect a Mayor for the remainder of the "
            "Municipal Year 2025/26, to elect a Deputy Mayor for the remainder of the Municipal "
            "Year 2025/26 and to pay tribute to Former Mayor and Councillor Ann Ash. pdf icon "
            "PDF 276 KB\n\nMinutes:\n\nResolved (unanimously) that Councillor Birch be Mayor."
            "\n\n25/2/CNL\n\nMinutes pdf icon PDF 120 KB\n\nMinutes:\n\nThe minutes were "
            "approved.\n\n25/3/CNL\n\nMayor's announcements\n\nMinutes:\n\nThe Mayor thanked "
            "the volunteers.\n"
        ),
        [
            (
                "25/1/CNL",
                "To elect a Mayor for the remainder of the Municipal Year 2025/26, to elect a "
                "Deputy Mayor for the remainder of the Municipal Year 2025/26 and to pay tribute "
                "to Former Mayor and Councillor Ann Ash",
            ),
            ("25/2/CNL", "Minutes"),
            ("25/3/CNL", "Mayor's announcements"),
        ],
        "the year first, then the minute and the council's code; a heading with its report's "
        "icon however long its agenda words",
    ),
    (
        (
            "3.\n\nMinutes\n\nDecision:\n\nRESOLVED that the minutes be approved.\n\n"
            "Voting Record\n\n5 For, 0 Against, 1 Abstention\n\nMinutes:\n\nThe minutes were "
            "approved.\n\n  • View Recorded Vote for this item\n  • 4.\n\nLeader's Announcements\n\n"
            "Minutes:\n\nThere were no announcements.\n"
        ),
        [
            ("3", "Minutes"),
            ("4", "Leader's Announcements"),
        ],
        "a decision's voting record counts votes, and a number left as a bullet after its link",
    ),
    (
        (
            "3. Minutes\n\nRESOLVED that the minutes be approved.\n\n4. Grants\n\nRESOLVED that "
            "the grants be paid.\n\n5 For, 2 Against, 1 Abstention\n\n5. Parking\n\nMembers noted "
            "the parking review.\n"
        ),
        [
            ("3", "Minutes"),
            ("4", "Grants"),
            ("5", "Parking"),
        ],
        "a vote's count is no heading, though its number runs on",
    ),
    (
        (
            "Approval of Minutes of Previous Meeting pdf icon PDF 156 KB\n\nThat the minutes "
            "be approved as a correct record.\n\n12 For\n00 Against\n01 Abstentions\n\nThe "
            "Chair declared the motion CARRIED.\n\nApplication No. 24/00117/FUL pdf icon PDF "
            "371 KB\n\nErection of 12 dwellings at Mill Lane, Wexcombe.\n\nRESOLVED that "
            "permission be granted.\n"
        ),
        [
            (None, "Approval of Minutes of Previous Meeting"),
            (None, "Application No. 24/00117/FUL"),
        ],
        "a vote's count a line each, its figure first, is no numbered heading either",
    ),
    (
        (
            "276\n\nelection of chairman\n\nRESOLVED:\n\n(1) That Councillor Ash be elected "
            "Chairman.\n\n277\n\nelection of vice-chairman\n\nRESOLVED:\n\n(1) That Councillor "
            "Birch be elected Vice-Chairman.\n\n278\n\nminutes\n\nthe minutes were approved and "
            "signed.\n\n279\n\nnone\n"
        ),
        [
            ("276", "election of chairman"),
            ("277", "election of vice-chairman"),
            ("278", "minutes"),
            ("279", ""),
        ],
        "headings in lower case under their numbers; an item's whole minutes ('none') is none",
    ),
    (
        (
            "2016/27Declarations of Members Interest\n\nThere were none.\n\n2016/28Minutes of "
            "previous Meeting\n\nThe minutes were agreed.\n\n2016/29Finance\n\n2016/29/01Invoices for "
            "Payment\n\nThe invoices were paid.\n"
        ),
        [
            ("2016/27", "Declarations of Members Interest"),
            ("2016/28", "Minutes of previous Meeting"),
            ("2016/29", "Finance"),
            ("2016/29/01", "Invoices for Payment"),
        ],
        "numbers with their year and parts glued to their headings",
    ),
    (
        "21/17To receive apologies for absence.\nResolved: To accept the apologies.\n22/17Questions "
        "from the public.\n23/17To agree the minutes of the previous meeting.\nResolved: To sign "
        "the minutes.\n",
        [
            ("21/17", "To receive apologies for absence"),
            ("22/17", "Questions from the public"),
            ("23/17", "To agree the minutes of the previous meeting"),
        ],
        "a minute's number glued to its heading in the agenda's words",
    ),
    (
        "21/02-2 DECLARATIONS OF INTEREST No declarations were made.\n\n21/02-3 MOTION: "
        "ACCURACY OF MINUTES Cllr Ash requested that the minute be amended.\n\n21/02-4 "
        "PLANNING: NONE WERE RECEIVED The Clerk had no applications.\n",
        [
            ("21/02-2", "DECLARATIONS OF INTEREST"),
            ("21/02-3", "MOTION: ACCURACY OF MINUTES"),
            ("21/02-4", "PLANNING"),
        ],
        "a heading in capitals goes on past its colon into more capitals before the text",
    ),
    (
        "347. Apologies for Absence - None were received.\n\n348. Deferment of Business - (for "
        "comment by the public) - There were no members of the public present.\n\n349. "
        "Members’ Questions - (Cllr Ash) The Chair took two questions.\n",
        [
            ("347", "Apologies for Absence"),
            ("348", "Deferment of Business - (for comment by the public)"),
            ("349", "Members’ Questions"),
        ],
        "a short aside in brackets between dashes after a heading is the heading's",
    ),
    (
        "Wexcombe Town Council\n\nMinutes of the Burial Board Meeting held on 16 April 2014\n\n"
        "Present: Ann Ash (AA), Ben Oak (BO)\n\nMatters arising:Approval had been given for the "
        "tree.\nMemorial Wall:Currently awaiting quotes for the wall.\nChapel Shed: Awaiting "
        "maps of when it was built.\nAny Other Business: None was raised.\n\n\nDated: 1 May\n",
        [
            (None, "Matters arising"),
            (None, "Memorial Wall"),
            (None, "Chapel Shed"),
            (None, "Any Other Business"),
        ],
        "headings run in with their colons, a paragraph a line, under a header set apart",
    ),
    (
        "Present: Cllrs Ash, Birch and Cole.\n- Apologies:\n- Footpaths: The stile has not "
        "been mended.\n- RAF issues:\n- Disturbances by visitors leaving the Club:SB had "
        "tried to contact the police.\n- Community Centre: The certificates will be framed.\n",
        [
            (None, "Apologies"),
            (None, "Footpaths"),
            (None, "RAF issues"),
            (None, "Disturbances by visitors leaving the Club"),
            (None, "Community Centre"),
        ],
        "a bullet's heading glued to its text by its colon",
    ),
    (
        (
            "ITEM 21-07/01 PUBLIC FORUM: None. 21-07/02 MEMBERS DECLARATIONS None were declared at "
            "the meeting by any member. 21-07/03 APPROVAL OF MINUTES The minutes of the meeting held "
            "on 10 June were signed as a true record. 21-07/04 CLERK'S UPDATE The Clerk reported on "
            "the transfer of the office to the Council.\n"
        ),
        [
            ("21-07/01", "PUBLIC FORUM"),
            ("21-07/02", "MEMBERS DECLARATIONS"),
            ("21-07/03", "APPROVAL OF MINUTES"),
            ("21-07/04", "CLERK'S UPDATE"),
        ],
        "a flattened page numbered by year and month, then number, 'ITEM' before the first",
    ),
    (
        (
            "1/04/17 APOLOGIES FOR ABSENCE\n\nApologies were received from Mr Ash.\n\n"
            "2/04/17 DECLARATIONS OF INTEREST\n\nThere were none.\n\n"
            "3/04/17 PLANNING MATTERS\n\nNo objections were raised to the application.\n"
        ),
        [
            ("1/04/17", "APOLOGIES FOR ABSENCE"),
            ("2/04/17", "DECLARATIONS OF INTEREST"),
            ("3/04/17", "PLANNING MATTERS"),
        ],
        "numbers shaped like dates whose first part runs on under the month and year they share",
    ),
    (
        "1. Apologies: 001/24: None\n\n2. Minutes: 002/24 – approved.\n\n6. Finance:006/24:\n\n"
        "It was agreed that the accounts be paid.\n\n7. Planning: 007/24:\n\nNo applications.\n",
        [("1", "Apologies"), ("2", "Minutes"), ("6", "Finance"), ("7", "Planning")],
        "the minute's number after the heading it closes, after a colon",
    ),
    (
        "Present: Cllrs Ash, Birch (Chair) and the Clerk.\n"
        "- Apologies for absence: were received from Cllr Cole.\n"
        "- Declarations of Interest: None\n"
        "- Resolved: That the minutes of the meeting held on 3 February 2025 be approved.\n"
        "- Public participation session\n"
        "4.1 A resident spoke about the bus shelter on Mill Lane.\n"
        "4.2 A resident asked about the allotment waiting list.\n"
        "4.3 A resident thanked the council for the new bench.\n"
        "- Reports from councillors\n"
        "5.1 Cllr Ash reported on the highways budget.\n",
        [
            (None, "Apologies for absence"),
            (None, "Declarations of Interest"),
            (None, ""),
            (None, "Public participation session"),
            (None, "Reports from councillors"),
        ],
        "a list's numbers lost to bullets over its paragraphs' decimals",
    ),
    (
        "1. PRESENT Cllrs Ash, Birch and Cole.\n"
        "2. APOLOGIES FOR ABSENCE received from Cllr Dean.\n"
        "• MINUTES OF THE PREVIOUS MEETING held on 3 February 2025 were agreed.\n\n"
        "1. Proposed by Cllr Ash seconded by Cllr Birch\n"
        "• HIGHWAYS AND FOOTPATHS The stile on the bridleway is broken.\n\n"
        "1. The grit bin is empty.\n"
        "2. The hedge on Mill Lane needs cutting.\n"
        "• FINANCE The accounts were received.\n",
        [
            ("1", "PRESENT"),
            ("2", "APOLOGIES FOR ABSENCE"),
            (None, "MINUTES OF THE PREVIOUS MEETING"),
            (None, "HIGHWAYS AND FOOTPATHS"),
            (None, "FINANCE"),
        ],
        "a list's first numbers kept, the rest bulleted, lists counted afresh under them",
    ),
    (
        "1. Apologies\n\nNone.\n\n2. Planning\n\n- Mill House: no objection.\n"
        "- Old Barn: no objection.\n- Church Cottage: objection on grounds of height.\n"
        "- The Forge: no comment.\n",
        [("1", "Apologies"), ("2", "Planning")],
        "bullets in the last numbered item's minutes are its list",
    ),
    (
        "Present: Cllrs Ash, Birch and Cole.\n- Apologies:\n- Appointment of Office Bearers:\n"
        "Treasurer: Mr Dean was duly appointed (proposed by Cllr Ash).\n"
        "- Approval of minutes 05.10.10\n- Footpaths: The stile has not yet been mended.\n"
        "- Bus shelter: The glass was replaced in October.\n",
        [
            (None, "Apologies"),
            (None, "Appointment of Office Bearers"),
            (None, "Approval of minutes 05.10.10"),
            (None, "Footpaths"),
            (None, "Bus shelter"),
        ],
        "bulleted headings closed by a colon over nothing said, or over their text",
    ),
    (
        "Present: Cllr Ash (Chairman), Cllr Birch.\n- Apologies for Absence\n"
        "- Apologies were received from Cllr Cole.\n- Chairman reported:\n"
        "- The flagpole was now in place on Main Street.\n"
        "- The oak trees had been planted beside the footpath.\n"
        "- The bus shelter had been cleaned by volunteers.\n"
        "- The litter pick would be held in March.\n- The hall's roof had been repaired.\n"
        "- District Council News – Cllr Dean said that the grant decision was expected soon.\n"
        "- Public Forum – it was suggested that a mirror be placed at the end of Back Lane.\n",
        [
            (None, "Apologies for Absence"),
            (None, "Chairman reported"),
            (None, "District Council News"),
            (None, "Public Forum"),
        ],
        "every line bulleted: headings alone, closed by a colon, or before a dash among them",
    ),
    (
        "- Election of Chair. It was RESOLVED to elect Cllr Ash.\n- Election of "
        "representatives: It was RESOLVED to elect the following councillors:\n"
        "- Tree Warden: Cllr Birch.\n- Footpaths: Cllr Cole.\n3. Public Session. No members "
        "of the public were present.\n4. Minutes. The minutes were approved.\n- Acceptance "
        "of apologies: Apologies were accepted from Cllr Dean.\n6. Finance. The accounts "
        "were noted.\n",
        [
            (None, "Election of Chair"),
            (None, "Election of representatives"),
            ("3", "Public Session"),
            ("4", "Minutes"),
            (None, "Acceptance of apologies"),
            ("6", "Finance"),
        ],
        "bullets standing where the numbers skip theirs, a list led in under one of them",
    ),
    (
        "APOLOGIES FOR ABSENCE\nTo receive apologies for absence and notification of "
        "substitutions\nHSP.11/22\nApologies for absence were submitted on behalf of "
        "Councillor Ash.\nDECLARATIONS OF INTEREST\nMembers are invited to declare any "
        "interests relating to any items on the agenda.\nHSP.12/22\nThere were no "
        "declarations of interest submitted.\nMINUTES\nTo agree the minutes of the last "
        "meeting\nHSP.13/22\nRESOLVED - The minutes of the meeting held on 13 January\n",
        [
            ("HSP.11/22", "APOLOGIES FOR ABSENCE"),
            ("HSP.12/22", "DECLARATIONS OF INTEREST"),
            ("HSP.13/22", "MINUTES"),
        ],
        "the heading, then the agenda's words, over the minute's number alone and its text",
    ),
    (
        "1. To consider accepting apologies Members received and accepted an apology from "
        "Cllr Ash.\n\n2. To record declarations of interest There were none.\n\n3. To approve "
        "the minutes of the last Open Spaces Committee meeting The minutes of the meeting held "
        "on 18th March 2013 were agreed.\n\n4. To receive The Clerk's Report on the hall.\n",
        [
            ("1", "To consider accepting apologies"),
            ("2", "To record declarations of interest"),
            ("3", "To approve the minutes of the last Open Spaces Committee meeting"),
            ("4", "To receive The Clerk's Report on the hall"),
        ],
        "headings in the agenda's words run on into the minutes' sentence with no stop",
    ),
    (
        "1. To receive Declarations of Interest from Members on any item Cllr Ann Ash declared "
        "an interest in the payments.\n\n2. To receive Cllr Ash and Cllr Cox declared a "
        "personal interest in item 5.\n\n3. To approve the minutes It was resolved to approve "
        "them.\n",
        [
            ("1", "To receive Declarations of Interest from Members on any item"),
            ("2", "To receive"),
            ("3", "To approve the minutes"),
        ],
        "a heading in the agenda's words run on into what a member declared, or two members",
    ),
    (
        "1. Attendance / Cllrs Ash and Birch\n2. Apologies / None\n3. Minutes / RESOLVED to "
        "approve the minutes of the meeting held on 11th September 2014\n4. Dane Meadow / The "
        "committee discussed the plans for the meadow.\n",
        [("1", "Attendance"), ("2", "Apologies"), ("3", "Minutes"), ("4", "Dane Meadow")],
        "a table flattened with ' / ' between the number and heading's cell and the text's",
    ),
    (
        "3. MINUTES / COFNODION It was resolved that the minutes be approved.\n4. MAYOR'S "
        "REPORT / ADRODDIAD Y MAER The Mayor had attended the civic service.\n",
        [("3", "MINUTES / COFNODION"), ("4", "MAYOR'S REPORT / ADRODDIAD Y MAER")],
        "a heading in two languages a ' / ' apart is one heading",
    ),
    (
        "6. Clerk's Report:\nThere was nothing to add.\n7. Items for Discussion:\n     A. "
        "Newlands\n     Some repair has been done to the entrance.\n     B. Lengthsman\n     "
        "The Lengthsman will be asked to replace the planters.\n8. Reports:\nNone.\n",
        [
            ("6", "Clerk's Report"),
            ("7", "Items for Discussion"),
            ("A", "Newlands"),
            ("B", "Lengthsman"),
            ("8", "Reports"),
        ],
        "capital letters and a stop heading the sub-items of an empty parent",
    ),
    (
        "1. Attendance / Cllrs Ash and Birch\n2. Apologies / None\n3. s.106 monies / RESOLVED "
        "to approve the report on the monies.\n4. eBikes scheme / The committee discussed the "
        "hire scheme.\n5. Planning\n3. to ask the Clerk to write to the owner.\n",
        [
            ("1", "Attendance"),
            ("2", "Apologies"),
            ("3", "s.106 monies"),
            ("4", "eBikes scheme"),
            ("5", "Planning"),
        ],
        "a heading whose first word is a term printed in lower case: 's.106', 'eBikes'",
    ),
    (
        "5. Matters arising\n(a) Village plan\nACTION: The Chair to update the plan.\n(b) "
        "Water leaks\nThe Mill Road leak has been fixed.\nACTION: The Clerk to chase the lay-by "
        "leak. (c) Street lighting on Bank Lane\nACTION: The Clerk to write to the District "
        "Council.\n(d) Grit bin; to agree a site\nIt was agreed to site it by the hall.\n"
        "6. Correspondence\nNone.\n",
        [
            ("5", "Matters arising"),
            ("(a)", "Village plan"),
            ("(b)", "Water leaks"),
            ("(c)", "Street lighting on Bank Lane"),
            ("(d)", "Grit bin; to agree a site"),
            ("6", "Correspondence"),
        ],
        "a lettered sub-item's heading glued to the end of the sentence before it",
    ),
    (
        "1. Apologies Received –  Ward Cllr C Ash\nThe Clerk read them out.\n2. To approve "
        "Minutes of the last meeting– The minutes of May 2021 were approved.\n3. Dispensations:"
        "none required.\n4. To receive apologies Mr M Ash, Mrs B Birch, Mrs C Cole and Ann "
        "Dale\n5 Planning 153/12-13 RESOLVED There were no objections.\n6. To receive a "
        "presentation from Mr Ash, Chair of the Trust\nHe spoke.\n",
        [
            ("1", "Apologies Received"),
            ("2", "To approve Minutes of the last meeting"),
            ("3", "Dispensations"),
            ("4", "To receive apologies"),
            ("5", "Planning"),
            ("6", "To receive a presentation from Mr Ash, Chair of the Trust"),
        ],
        "headings before names, glued dashes and colons, and the minute's number in its year",
    ),
    (
        "10817.\n\nMinutes (Agenda item 1)\n\nMinutes:\n\nThe minutes were confirmed.\n\n"
        "10917.\n\nApologies (Agenda item 2)\n\nMinutes:\n\nNone were received.\n\n11017.\n\n"
        "Declarations of Interest (Agenda item 3)\n\nMinutes:\n\nNone.\n\n11117.\n\nPlanning "
        "(Agenda item 4)\n\nMinutes:\n\nNo objection.\n",
        [
            ("10817", "Minutes (Agenda item 1)"),
            ("10917", "Apologies (Agenda item 2)"),
            ("11017", "Declarations of Interest (Agenda item 3)"),
            ("11117", "Planning (Agenda item 4)"),
        ],
        "running numbers with the year's two figures glued on: '10817.' for 108/17",
    ),
    (
        "Min No / Action4715 / Apologies for absence\nAn apology was received from Cllr Ash\n"
        "4716 / Approval of the minutes of the meeting held on 23 March 2018.\nThe minutes were "
        "approved.\n4717 / Accounts for approval\nThe accounts were approved.\n",
        [
            ("4715", "Apologies for absence"),
            ("4716", "Approval of the minutes of the meeting held on 23 March 2018"),
            ("4717", "Accounts for approval"),
        ],
        "a flattened table's column headings glued to its first row's number",
    ),
    (
        "Minute Item ACTION Number 048/09/17 Apologies for Absence Resolved: none received.\n\n"
        "049/09/17 Declarations of Interest\nNone were declared.\n\n050/09/17 Minutes\n"
        "The minutes were confirmed.\n",
        [
            ("048/09/17", "Apologies for Absence"),
            ("049/09/17", "Declarations of Interest"),
            ("050/09/17", "Minutes"),
        ],
        "the column headings before the first row's number with spaces alone between",
    ),
    (
        "Minute Report Business No No 2214 MINUTES OF THE MEETING HELD ON 4TH MARCH 2021\n"
        "Resolved – that the minutes be signed by the Chair.\n2215 41 ESTIMATES 2021/2022\n"
        "The Treasurer presented the estimates.\n2216 42 HARBOUR DUES\nThe dues were set.\n",
        [
            ("2214", "MINUTES OF THE MEETING HELD ON 4TH MARCH 2021"),
            ("2215", "ESTIMATES 2021/2022"),
            ("2216", "HARBOUR DUES"),
        ],
        "two rows of column headings interleaved before the first row's number and a heading "
        "in capitals",
    ),
    (
        "MINUTE ITEM ACTION NO. 19 Apologies for Absence\n\nApologies were received from "
        "Councillor Ash.\n\n20 Declarations of Interest\n\nThere were none.\n\n21 Public "
        "Forum\n\nResidents raised the traffic at the works site.\n",
        [
            ("19", "Apologies for Absence"),
            ("20", "Declarations of Interest"),
            ("21", "Public Forum"),
        ],
        "three column headings before the first row's plain number and a heading in mixed case",
    ),
    (
        "1. Welcome and apologies\n\nApologies from Ann Ash.\n\n2 to agree: the council to "
        "hold its AGM online on 16 November\n\nDecision: the AGM to be held online (agreed nem "
        "con)\n\n3. to ask the Clerk to book the hall\n\n4 Treasurer's report\n\nThe balance "
        "was noted.\n",
        [
            ("1", "Welcome and apologies"),
            ("2", "to agree: the council to hold its AGM online on 16 November"),
            ("4", "Treasurer's report"),
        ],
        "what the meeting was to do labelled with a colon heads an item, a list's task does not",
    ),
    (
        "Minutes of the AGM held on Monday 12th December 2016\n1. / Welcome and Apologies: The "
        "Chairman welcomed the Committee. Apologies for absence were received from Ann Ash, "
        "Ben Birch and Cy Cole.2. / Minutes of the 2015 AGM: The Minutes of the AGM held on "
        "14th December 2015 were proposed by Di Dunn and seconded by Ed Elm as an accurate "
        "report of the proceedings.\n3. / Matters Arising: All were dealt with in the "
        "Chairman’s Report.\n",
        [
            ("1", "Welcome and Apologies"),
            ("2", "Minutes of the 2015 AGM"),
            ("3", "Matters Arising"),
        ],
        "a table's row number glued to the cell before it, its cells parted by slashes",
    ),
    (
        "Present: Wendy Ash, Keith Birch.\nAction1 / Welcome: Wendy welcomed everyone.\n2 / "
        "Adoption of previous notes.\nProposed by John E seconded by John P.\n5 / Arising and "
        "ongoing issues\n1. Item 4, 1st point - The website is live.\n2. Item 4, 2nd point – "
        "Wendy had contacted Brian.\n3. Item 4, 3rd point – Signatories now complete.\n",
        [
            ("1", "Welcome"),
            ("2", "Adoption of previous notes"),
            ("5", "Arising and ongoing issues"),
        ],
        "the action column's head alone glued to the first row's number",
    ),
    (
        "1. Recording of those present, and apologies received No apologies. All councillors "
        "were present.\n2. The report was read, and comments received from Cllr Ash.\n3. Police "
        "report\nNone.\n",
        [
            ("1", "Recording of those present, and apologies received"),
            ("2", ""),
            ("3", "Police report"),
        ],
        "a heading's last thing and what was done with it, after a comma and 'and'",
    ),
    (
        "14/62 DECLARATIONS OF INTEREST None were made. 14/63 RESOLVED THATCHAM PHOTOGRAPHIC "
        "CLUB To suspend Standing Orders. Mr Ash spoke. RESOLVED To reinstate Standing Orders. "
        "14/64 PUBLIC QUESTION TIME There were none. 14/65 RESOLVED MINUTES That the Minutes "
        "be signed.\n",
        [
            ("14/62", "DECLARATIONS OF INTEREST"),
            ("14/63", "THATCHAM PHOTOGRAPHIC CLUB"),
            ("14/64", "PUBLIC QUESTION TIME"),
            ("14/65", "MINUTES"),
        ],
        "a margin's RESOLVED flattened between a minute's number and its heading in capitals",
    ),
    (
        "40 MINUTES\n\nThe minutes were approved.\n\n41 TO ANNOUNCE ANY URGENT BUSINESS AGREED BY "
        "THE CHAIR(PERSON)\n\nThere was none.\n\n42 MINUTES RESOLVED that the minutes be signed.\n",
        [
            ("40", "MINUTES"),
            ("41", "TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIR(PERSON)"),
            ("42", "MINUTES"),
        ],
        "business a heading in capitals names as agreed by the Chair is no decision",
    ),
    (
        "20003. APOLOGIES: None\n\n20004. MINUTES OF THE MEETING HELD ON 9 December: agreed and "
        "signed as a true record. Clerk 20005. MATTERS ARISING FROM PREVIOUS MINUTES\n\nThe "
        "website is done.\n\n20006. FINANCE: The accounts were paid.\n",
        [
            ("20003", "APOLOGIES"),
            ("20004", "MINUTES OF THE MEETING HELD ON"),
            ("20005", "MATTERS ARISING FROM PREVIOUS MINUTES"),
            ("20006", "FINANCE"),
        ],
        "the next item's number and heading in capitals run onto the end of an item's line",
    ),
    (
        "022/16 Approval of the minutes The minutes were signed.\n\n023/16 Matters Arising from "
        "Item 022/16 (For information only)\n\nThe Clerk had written to the resident.\n\n024/16 "
        "Budget 2018 Item 9.1 The Clerk reported on the budget.\n",
        [
            ("022/16", "Approval of the minutes"),
            ("023/16", "Matters Arising from Item 022/16 (For information only)"),
            ("024/16", "Budget 2018"),
        ],
        "the item a heading names after 'from' is the heading's; an agenda's item after it not",
    ),
    (
        "Apologies for Absence\n\n\nApologies were received from Cllr Ash.\n\n\nTo Confirm or "
        "Vary the Order of Business\n\n\nthat the Order of Business be as on the Agenda.\n\n\n"
        "Declarations of Interest\n\n\nNone were declared.\n",
        [
            (None, "Apologies for Absence"),
            (None, "To Confirm or Vary the Order of Business"),
            (None, "Declarations of Interest"),
        ],
        "the agenda's words in title case as a heading, 'or' among its small words",
    ),
    (
        "1:00 Apologies: Cllrs Ash/Birch\nThe Chair welcomed everyone.\n2:00 Approval of Minutes"
        " of Meeting held on 18 January, 2011. The minutes were approved.\n3:00 Police Business:"
        "\nNo crimes were reported.\n",
        [
            ("1:00", "Apologies"),
            ("2:00", "Approval of Minutes of Meeting held on 18 January, 2011"),
            ("3:00", "Police Business"),
        ],
        "whole items' noughts after a colon: '1:00 Apologies', '2:00 Approval of Minutes'",
    ),
    (
        "1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Finance\nThe accounts were paid.\n4:00 "
        "The Chair closed the meeting.\n",
        [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance")],
        "a time the meeting closed at after the items is no item",
    ),
    (
        "1 Apologies ACTION Councillors Ash and Birch.\n2 Declarations of Interest There were "
        "none.\n3 Confirmation of Minutes Councillors confirmed the minutes.\n4 Road Safety "
        "ACTION PLAN\nCllr Cole reported on the plan.\n",
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Confirmation of Minutes"),
            ("4", "Road Safety ACTION PLAN"),
        ],
        "a table's column label in capitals after a heading in mixed case is no part of it",
    ),
    (
        "01/12/20 Apologies David Ash Julie Birch PC Angela Cole\n02/12/20 Apologies And "
        "Declarations Of Interest\nNone were declared.\n03/12/20 Minutes\nThey were approved.\n",
        [
            ("01/12/20", "Apologies"),
            ("02/12/20", "Apologies And Declarations Of Interest"),
            ("03/12/20", "Minutes"),
        ],
        "names after 'Apologies' with no comma between them, not a heading's words in title case",
    ),
    (
        "2) APOLOGIES\n\nNone.\n\n3)\n\nNOTES OF LAST MEETING\n\nThe Notes were signed by the "
        "Chairman. 4) MATTERS ARISING FROM THE NOTES\n\nThere were none.\n\n5) TALKBACK\n\n"
        "No one spoke.\n",
        [
            ("2", "APOLOGIES"),
            ("3", "NOTES OF LAST MEETING"),
            ("4", "MATTERS ARISING FROM THE NOTES"),
            ("5", "TALKBACK"),
        ],
        "the next item's number and heading run onto the end of the item's text, its heading "
        "on a line below its number",
    ),
    (
        "No. Item\n\n\nAttendance and Apologies/ Presenoldeb ac Ymddiheuriadau\n\n\n1.1 "
        "Apologies were received from Councillor Ash.\n\n\nDeclarations of interest/Datganiadau"
        " o fudd\n\n\n2.1 None were declared.\n\n\nOther Members Present P J Birch\n\n\n"
        "Planning Appeal - Apêl Cynllunio\n\n\n3.1 The appeal was noted.\n",
        [
            (None, "Attendance and Apologies/ Presenoldeb ac Ymddiheuriadau"),
            (None, "Declarations of interest/Datganiadau o fudd"),
            (None, "Planning Appeal - Apêl Cynllunio"),
        ],
        "the opening business's heading of attendance and apologies, in two languages",
    ),
    (
        "Those present were:\n\n- Parish Councillor Ann Ash (chairman);\n"
        "- Parish Councillor Ben Birch; and,\n- Parish Councillor Cora Cole.\n\n"
        "1. The meeting was opened with a silent prayer.\n2. Apologies for absence:\n"
        "Cllr Dean.\n3. Declarations of Interest:\nNone.\n4. Open Forum:\n"
        "- Report from County Councillor Ash highlighting:\na) the Local Plan.\n\n"
        "- Report from District Councillor Birch highlighting:\na) the grants round.\n\n"
        "- Mill Lane play area:\nThe swings were mended.\n",
        [
            ("1", ""),
            ("2", "Apologies for absence"),
            ("3", "Declarations of Interest"),
            ("4", "Open Forum"),
        ],
        "a list of who came, led in by a colon, over the numbered items is no list of items",
    ),
    (
        "1. Apologies – Cllr Dean\n2.\nElection\nof office bearers: The members nominated Cllr Ash"
        " as chair.\n3. Adoption\nof the Standing Orders: The Standing Orders were adopted.\n"
        "4. Grants\nto the youth club were discussed.\n",
        [
            ("1", "Apologies"),
            ("2", "Election of office bearers"),
            ("3", "Adoption of the Standing Orders"),
            ("4", "Grants"),
        ],
        "a heading hard-wrapped onto a line in lower case goes on as far as that line's colon",
    ),
    (
        "1.\nWelcome\nand apologies for absence\nAll were present.\n2.\nDeclarations\nof "
        "Interest\nNone.\n3.\nChairman’s\nReport: The Chair thanked the volunteers.\n4.\n"
        "Grants\nto the youth club were paid\n",
        [
            ("1", "Welcome and apologies for absence"),
            ("2", "Declarations of Interest"),
            ("3", "Chairman’s Report"),
            ("4", "Grants"),
        ],
        "a heading of one word goes on with a short line in lower case, or its noun after a "
        "possessive, that its line's break cut off (not a sentence: 'to the club were paid')",
    ),
    (
        "Minutes of the meeting of Wyvern Parish Council held on 4 April 2018\n\n"
        "  1. Apologies: Cllr Ash (on leave)\n  2. Declarations: None\n"
        "  3. Vice-Chairman: Cllr Birch was appointed.\n"
        "  1. Vacancy: It was RESOLVED to co-opt Mr Cole.\n\nThe notice was taken down.\n\n"
        "  1. Minutes: The minutes were approved.\n  1. Footpaths: Markers were replaced.\n",
        [
            ("1", "Apologies"),
            ("2", "Declarations"),
            ("3", "Vice-Chairman"),
            ("1", "Vacancy"),
            ("1", "Minutes"),
            ("1", "Footpaths"),
        ],
        "a web page's list broken into several, each numbered from 1 again, its headings run "
        "in with a colon: the later '1.'s go on with the items",
    ),
    (
        "Minutes of the Annual Parish Meeting of Wyvern held on 6 March 2019\n\n"
        "  1. The Chairman welcomed everyone to the meeting.\n"
        "  1. The minutes of the meeting held on 4 April 2018 were approved.\n"
        "  1. The Chairman presented the annual report.\n\nThe canoe launch had a busy year.\n\n"
        "  1. There were no questions from the electors.\n",
        [("1", ""), ("1", ""), ("1", ""), ("1", "")],
        "a web page's list whose every entry lost its count to '1.', minutes of sentences with "
        "no heading, and the page numbering nothing else: an untitled item an entry",
    ),
    (
        "Minutes of the meeting of Wyvern Parish Council held on 6 March 2019\n\n"
        "1. Apologies\nNone.\n2. Highways\nThe Clerk reported:\n"
        "  1. The gully on Mill Lane was cleared.\n  1. The sign at Wyvern Cross is missing.\n"
        "  1. The grit bin was refilled.\n",
        [("1", "Apologies"), ("2", "Highways")],
        "entries all numbered '1.' under a page's own numbered headings are one item's list",
    ),
    (
        "Items\nNo. Item\n\n14/62/Plan\n\nApologies\n\nMinutes:\n\nNone were received.\n\n"
        "14/63/Plan\n\nMinutes\n\nMinutes:\n\nThe minutes were approved.\n\n14/64/Plan\n\n"
        "14/1254/FUL - 149 Mill Road\n\nMinutes:\n\nThe Committee received an application.\n",
        [
            ("14/62/Plan", "Apologies"),
            ("14/63/Plan", "Minutes"),
            ("14/64/Plan", "14/1254/FUL - 149 Mill Road"),
        ],
        "a minute's number with its committee's short name after it, alone on its line",
    ),
    (
        "1. Apologies for Absence\n\nCllr Dean.\n\n2. Declarations of Interest\n\nCllr Ash "
        "declared an interest in Agenda Item 5. vii. 3. Approval of the Minutes of the Meeting "
        "held on 4th September 2017\n\nThe minutes were approved.\n\n4. Matters Arising\n\n"
        "None.\n",
        [
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Approval of the Minutes of the Meeting held on 4th September 2017"),
            ("4", "Matters Arising"),
        ],
        "the next minute's number and heading in mixed case run onto the end of a paragraph",
    ),
    (
        "17.1 Apologies for absence Cllr Ash.\n\n17.2 Approve minutes Council resolved to accept "
        "the minutes.\n\n17.3 Planning Members agreed to support the application.\n",
        [
            ("17.1", "Apologies for absence"),
            ("17.2", "Approve minutes"),
            ("17.3", "Planning"),
        ],
        "the bare body deciding opens the text a heading runs into",
    ),
]


@pytest.mark.parametrize(("body", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_items(body: str, expected: list[tuple[str, str]], note: str) -> None:
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == expected, note


def test_points_numbered_afresh_under_headings_closed_by_a_colon_are_no_items() -> None:
    """Lists numbered from 1 under headings closed by a colon ("Council and Other
    Correspondence:" / "1. ..."): the headings are the items, however the numbers chain."""
    body = (
        "Matters arising from previous minutes:\n\n"
        "1. As there is no trophy for the award it was agreed to purchase one .\n"
        "2. A letter of thanks was sent to the shop for the donation ,\n"
        "3. The parade will march from the church to the harbour\n"
        "4. The application for the street parade was agreed\n\n"
        "Agenda Items/Discussion Action Police: PC Elm reported\n\n"
        "1. The police survey results are on the internet page\n"
        "2. A break in took place in Mill Avenue .\n"
        "3. There are still concerns about car parking on market days\n"
        "5.. Notices of coffee mornings were distributed\n\nFinance Report\n\n"
        "Donations have been asked for from the golf club towards the lights .\n"
        "\nCouncil and Other Correspondence:\n\n"
        "1. The summer camp takes place from Monday 7th August – Friday\n"
        "11th August at a cost of £25 for the week\n"
        "2. Improved signage to be erected at the park would not be paid for by the council\n"
        "3. A meeting to be held on Wednesday 5th July to discuss the hall .\n"
        "4. The adult protection letter is available .\n"
        "5. The development plan has reached the final stage for approval\n"
        "6. The link is now fixed for the consultation\n\nPlanning Applications:\n"
        "\n1. Alterations at 43 Comerton Place – No Objections\n"
        "2. Alterations at 51 Albert Street – No Objections\n\nA.O.C.B.\n\n"
        "The judging will take place on Tuesday 25th July at 1.45 pm\n\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        (None, "Matters arising from previous minutes"),
        (None, "Finance Report"),
        (None, "Council and Other Correspondence"),
        (None, "Planning Applications"),
        (None, "A.O.C.B"),
    ]


def test_the_text_after_an_agenda_worded_heading_on_its_line_is_the_items() -> None:
    body = (
        "25/101 To receive apologies for absence: Cllr Todd sent apologies.\n25/102 To co-opt "
        "a Councillor: It was RESOLVED to co-opt Mr Reed.\n25/103 To approve the minutes. "
        "Approved and signed.\n"
    )
    items = items_of(body)
    assert [i.minutes for i in items] == [
        "Cllr Todd sent apologies.",
        "It was RESOLVED to co-opt Mr Reed.",
        "Approved and signed.",
    ]
    assert [r.text for r in items[1].resolutions] == ["co-opt Mr Reed."]


def test_a_flattened_page_numbered_with_the_year_first_keeps_every_item() -> None:
    """ "17/95", "17/96" ... on one line: the number after the slash runs on (as on a page
    printed line by line); a minute that opens with its sentence is an untitled item."""
    body = (
        "17/95 APOLOGIES Apologies were received from Cllr Dale. 17/96 MINUTES The minutes of "
        "the meeting held on 5 September were approved for signature. 17/97 It was resolved to "
        "adjourn the meeting for public questions. 17/98 POLICE REPORT A written report was "
        "received from the police. 17/99 PLANNING The following applications were considered. "
        "17/100 FINANCE The accounts were approved for payment by the Council.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("17/95", "APOLOGIES"), ("17/96", "MINUTES"), ("17/97", ""), ("17/98", "POLICE REPORT"),
        ("17/99", "PLANNING"), ("17/100", "FINANCE"),
    ]  # fmt: skip
    assert [r.text for r in items[2].resolutions] == ["adjourn the meeting for public questions."]


def test_a_flattened_page_numbered_with_the_year_before_a_stop_keeps_every_item() -> None:
    """ "21.97", "21.98", "21.99" then "21.100" on one line: the year's running minutes, each
    before its heading, not a paragraph's numbers; a sum's "£12.50" and a paragraph's "3.2"
    stay text."""
    body = (
        "21.97 To receive apologies for absence – Cllr Dale. 21.98 To receive declarations of "
        "interest – None. 21.99 To approve the minutes of the meeting held on 4 May – Proposed "
        "by Cllr Hale, seconded by Cllr Bury. Carried. 21.100 To note the accounts – The Clerk paid £12.50 for "
        "stamps. 3.2 The bank reconciliation was checked by the Chairman and signed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("21.97", "To receive apologies for absence"),
        ("21.98", "To receive declarations of interest"),
        ("21.99", "To approve the minutes of the meeting held on 4 May"),
        ("21.100", "To note the accounts"),
    ]
    assert "3.2 The bank reconciliation" in items[-1].minutes


def test_a_flattened_pages_paragraph_numbers_with_two_figures_stay_text() -> None:
    """ "3.10", "3.11" on one line, each before a sentence, are one minute's paragraphs."""
    body = (
        "3. Highways 3.10 The Clerk reported that the gully on Mill Lane had been cleared by "
        "the county. 3.11 The Chairman said the footpath sign at Wyvern Cross was still "
        "missing. 3.12 The grit bin by the school had been refilled before the frost.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [("3", "Highways")]


def test_a_year_first_run_keeps_its_items_past_a_number_printed_twice() -> None:
    """ "14/16" printed for two minutes in a run of six on one line: one slip in the run
    leaves the numbers after the slash read as the items' own (the slip is no item)."""
    body = (
        "14/13 PUBLIC FORUM There were three members of the public present. 14/14 POLICE "
        "REPORT A written report was received from the police. 14/15 APOLOGIES FOR ABSENCE "
        "Apologies were received from Cllr Dale. 14/16 DECLARATIONS OF INTEREST None were "
        "declared by Members. 14/17 APPROVAL OF MINUTES The minutes were approved. 14/16 "
        "MATTERS ARISING The Clerk reported on the banking arrangements for the Council.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["14/13", "14/14", "14/15", "14/16", "14/17"]
    assert "MATTERS ARISING" in items[-1].minutes  # (the slip itself stays in the text)


def test_a_flattened_page_numbered_with_a_letter_and_a_stop_keeps_every_item() -> None:
    """ "B.1260 Declarations of Interest ... B.1261 Confirmation of Minutes ..." on one line:
    a board's minute numbers, not a paragraph's "2.1"."""
    body = (
        "B.1260 Declarations of Interest Miss Ablett reminded Members of the importance of "
        "declaring an interest. B.1261 Confirmation of Minutes RESOLVED That the Minutes be "
        "confirmed and signed. B.1262 Amalgamation Further to minute B.1225 the Board received "
        "a report on the merger of the boards of the district.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["B.1260", "B.1261", "B.1262"]


def test_a_flattened_page_numbered_in_brackets_keeps_every_item() -> None:
    """ "(41) APOLOGIES ... (42) MINUTES ..." on one line: printed minutes' running numbers in
    brackets, each before a heading in capitals (a month's name before one is no year's, and
    a number in brackets after an item's own is no item of its own)."""
    body = (
        "Councillors A Ash (Chairman) B Birch C Cole Officers Mr D Dale - Planning Manager "
        "(41) APOLOGIES FOR ABSENCE Apologies were received from Councillor E Elm. (42) "
        "MINUTES The Minutes of the meeting held on 3 February were approved as a correct "
        "record and signed. (43) SITE INSPECTIONS The Committee agreed to inspect the site in "
        "March. (44) DECLARATIONS OF INTEREST There were none declared by Members present.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("41", "APOLOGIES FOR ABSENCE"), ("42", "MINUTES"), ("43", "SITE INSPECTIONS"),
        ("44", "DECLARATIONS OF INTEREST"),
    ]  # fmt: skip
    said = "The Clerk reported on the banking arrangements and the new mandate for the bank. "
    body = (
        "ITEM 1 (258) PUBLIC FORUM None present.\n\nITEM 2 (259) APOLOGIES Cllr Elm.\n\n"
        f"ITEM 3 (260) MATTERS ARISING {said * 4}\n\nITEM 4 (261) FINANCE {said * 4}\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items][2:] == [("3", "MATTERS ARISING"), ("4", "FINANCE")]
    assert items[3].minutes.startswith("The Clerk reported")


def test_a_list_a_line_each_under_one_of_the_pages_headings_is_that_items() -> None:
    """Headings in capitals, unnumbered, and under one of them a list of letters received,
    an entry a line and none with text between: the entries are that item's, not the
    page's items."""
    body = (
        "APOLOGIES\n\nThere were apologies from Cllr Dale.\n\nMATTERS ARISING\n\nThe Clerk "
        "had written to the Highways Authority about the verge.\n\nCORRESPONDENCE\n\n"
        "1. CDC  Register of Electors (notices to noticeboards)\n2. GCC  Mobile Library "
        "Services: Review of Routes\n3. CDC  Feedback on planning decisions re: Orchard House"
        "\n4. Clerks & Councils Direct  January issue (on circulation)\n\nCOUNCILLORS' "
        "REPORTS\n\nCllr Elm attended the Finance Committee meeting on 3 January.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        (None, "APOLOGIES"), (None, "MATTERS ARISING"), (None, "CORRESPONDENCE"),
        (None, "COUNCILLORS' REPORTS"),
    ]  # fmt: skip
    assert "3. CDC" in items[2].minutes


def test_a_page_wrapped_at_a_fixed_width_opens_no_heading_mid_sentence() -> None:
    """Lines wrapped at some 80 characters, one ending open near that width: the next line
    goes on with its sentence ("... of the Wyvern Parks Volunteers Steering" / "Group, as listed
    in Appendix A ...", "... to be delivered, see" / "Minute No 7 above ..."), no heading
    run into text."""
    page = (
        "Committee noted the present remit of the Wyvern Parks Volunteers Steering\n"
        "Group, as listed in Appendix A to the circulated paper, and discussed\n"
        "whether the Group should carry on and whether its remit was still suited\n"
        "to its purpose.\n"
        "agreed that the Steering Group should also be mentioned in the newsletter\n"
        "referred to in Minute No 7 above as a source of help for new volunteers\n"
        "RESOLVED: 1. that the Steering Group should remain in\n"
        "being especially as the\n"
        "Council had adopted a Green Spaces Strategy and that the present remit of\n"
        "the Group be widened to reflect the view of the Members that membership of\n"
        "the Group be open to all residents and that its review be put back by 12 months;\n"
        "2. that details of\n"
        "the Steering Group be set out in the spring newsletter to be delivered, see\n"
        "Minute No 7 above, as a further source of help to volunteers.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [(None, "")]


def test_a_heading_alone_between_blank_lines_over_its_number() -> None:
    body = (
        "Apologies for absence\n\n20/59 There were none.\n\nDeclarations of Interest\n\n"
        "20/60 There were none.\n\nFootpaths\n\n20/61 The Clerk reported on the stiles.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("20/59", "Apologies for absence"), ("20/60", "Declarations of Interest"),
        ("20/61", "Footpaths"),
    ]  # fmt: skip


def test_a_double_spaced_page_keeps_its_wrapped_sentences_whole() -> None:
    """A page with a blank line after every line shows no paragraph break: a line that
    ends on "the" or runs on in lower case is the same sentence's."""
    body = "\n\n".join([
        "45/19 Election of Chair",
        "In the absence of the Chair it was proposed by Cllr Murray",
        "and seconded by Cllr Calsy and resolved that Cllr Wright be elected as Chair for the",
        "meeting.",
        "46/19 Apologies",
        "were received from Cllr Gray.",
        "47/19 Finance",
        "The Committee resolved:-",
        "to pay the invoices listed.",
        "The Clerk reported that the audit had been arranged for the",
        "autumn.",
        "48/19 Any other business",
        "None.",
    ]) + "\n"  # fmt: skip
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("45/19", "Election of Chair"), ("46/19", "Apologies"), ("47/19", "Finance"),
        ("48/19", "Any other business"),
    ]  # fmt: skip
    assert [r.text for r in items[0].resolutions] == [
        "Cllr Wright be elected as Chair for the meeting."
    ]
    assert [r.text for r in items[2].resolutions] == ["pay the invoices listed."]


def test_a_double_spaced_pages_numbered_heading_in_capitals_keeps_its_wrapped_lines() -> None:
    """A long numbered heading in capitals broken at the margin goes on over the blank line;
    a heading in capitals over a label in capitals stays apart from it."""
    body = "\n\n".join([
        "86/17 APOLOGIES: There were no apologies.",
        "87/17 DECLARATIONS OF UNREGISTERED DISCLOSABLE PECUNIARY",
        "INTERESTS IN AGENDA ITEMS AND REQUESTS FOR DISPENSATIONS",
        "There were none to declare.",
        "88/17 PUBLIC TIME",
        "No one wished to speak.",
        "89/17 MINUTES OF MEETINGS",
        "MINUTES OF THE MEETING OF 18 SEPTEMBER 2017",
        "These were approved.",
        "90/17 FINANCE",
        "The accounts were paid.",
    ]) + "\n"  # fmt: skip
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("86/17", "APOLOGIES"),
        ("87/17", "DECLARATIONS OF UNREGISTERED DISCLOSABLE PECUNIARY INTERESTS IN AGENDA ITEMS "
         "AND REQUESTS FOR DISPENSATIONS"),
        ("88/17", "PUBLIC TIME"),
        ("89/17", "MINUTES OF MEETINGS"),
        ("90/17", "FINANCE"),
    ]  # fmt: skip


def test_a_decision_label_without_minutes_labels() -> None:
    """Pages that label only the decision ("Decision:", "DECISION:", "DECISION" alone,
    "Resolution:"): the lines before it are the minutes, and the decision is one even
    without RESOLVED."""
    body = (
        "1. Highways\nThe pothole was discussed.\nDecision: That the Clerk writes to the County "
        "Council about the verge.\n\n2. Finance\nDECISION: That the accounts be approved.\n\n"
        "3. Grants\nResolution: That a grant of £250 be awarded to the Scouts.\n\n"
        "4. Any other business\nThe Chair thanked members.\n\n"
        "5. Minutes of the last meeting\n\nDECISION\n\nAPPROVED the Minute.\n"
        "6. Forward Plan\nThe Board considered a report. Decision – That the Plan be noted.\n"
        "7. Minute of meeting of 27 February\n\nDecision\n\nAPPROVED\n"
    )  # ("DECISION" in capitals alone on its line, as Scottish councils head a decision;
    # "Decision –" before its "That", run on after the minutes or on a line of its own;
    # "Decision" alone on its line over a one-word outcome)
    items = items_of(body)
    assert [[r.text for r in i.resolutions] for i in items] == [
        ["the Clerk writes to the County Council about the verge."],
        ["the accounts be approved."],
        ["a grant of £250 be awarded to the Scouts."],
        [],
        ["APPROVED the Minute."],
        ["the Plan be noted."],
        ["APPROVED"],
    ]
    assert items[0].minutes.startswith("The pothole was discussed.")
    assert items[3].minutes == "The Chair thanked members."  # an item with no label at all


def test_an_agenda_proposal_carried_by_a_vote_alone_under_it_is_the_decision() -> None:
    """ "2) To resolve to adopt ..." / "All in favour by a show of hands.": the heading's
    proposal carried; a vote under a heading that proposes nothing, or a proposal whose
    minutes tell more than the vote, decides nothing by it."""
    body = (
        "1) To resolve to adopt the Standing Orders addendum for remote meetings.\n\n\nAll in "
        "favour by a show of hands.\n\n2) Open Session\n\nAll in favour.\n\n3) To approve "
        "the purchase of a bench\n\nThe Clerk reported on prices; the matter was deferred.\n"
    )
    items = items_of(body)
    assert [[r.text for r in i.resolutions] for i in items] == [
        ["To resolve to adopt the Standing Orders addendum for remote meetings"],
        [],
        [],
    ]


def test_a_decision_label_and_a_dash_before_its_first_parts_letter_opens_its_parts() -> None:
    """ "Decision – (a) That ..." and "(b) That ..." after a blank line: both parts are the
    decision's, not the cabinet member's statement above them."""
    body = (
        "8. Roads Programme\n\n“Good roads matter to every village,” said the Cabinet Member."
        "\n\nDecision – (a) That the programme in the appendix be approved.\n\n(b) That the "
        "Director publishes the list of schemes on the website.\n"
    )
    (item,) = items_of(body)
    assert [(r.part, r.text) for r in item.resolutions] == [
        ("a", "That the programme in the appendix be approved."),
        ("b", "That the Director publishes the list of schemes on the website."),
    ]


def test_a_decision_label_over_what_happened_is_no_decision() -> None:
    """A "Decision:" that only tells what happened, the meeting taken in public among it, is
    narrative; one that records an outcome, even passively, is a decision."""
    body = (
        "1. Membership\nDecision: No substitutes were in attendance.\n\n"
        "2. Admission of the Public\nDecision: All agenda items were considered in public "
        "session.\n\n3. Minutes\nDecision: These were agreed as a correct record.\n\n"
        "4. Apologies\nDecision: Councillor Ash (Wexbridge), Councillor Birch and Sue Cedar (Wexbridge "
        "Trust).\n\n5. Substitutes\nDecision: Councillor Dale for Councillor Ash.\n\n"
        "6. Election of Chair\nDecision: Councillor Elm be elected Chair.\n\n"
        "7. Election of Vice-Chair\nDecision: Councillor Fir.\n\n"
        "8. Apologies\nDecision: Jonathan Gorse (Wexbridge LEP), Councillor Heath (Dudley).\n\n"
        "9. Chair's Remarks\nDecision:\n\n·  The Mayor welcomed new members to the Board.\n\n"
        "10. Returning Officer\nDecision: Martin Ivy (Wexbridge) was appointed Returning Officer.\n"
        "\n11. Election of Chair and Vice-Chair\nDecision: Alison Baker (Healthwatch) as Chair and "
        "Tom Wright (NHS Wexbridge) as Vice-Chair.\n"
    )  # (a list of those who sent apologies or came in their place decides nothing, nor do
    # the chair's own remarks; names with the office each takes are who was appointed)
    items = items_of(body)
    assert [len(i.resolutions) for i in items] == [0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1]


def test_agenda_worded_items_are_no_decisions() -> None:
    """ "2. To record Declarations of Interest" is an item, not a part of item 1's
    decision."""
    body = (
        "1. Apologies for absence\nCllr C Jones\n2. To record Declarations of Interest\n"
        "None.\n3. Matters arising\nThe Clerk reported.\n"
    )
    items = items_of(body)
    assert [len(i.resolutions) for i in items] == [0, 0, 0]
    assert items[1].minutes == "None."


PUBLIC_FIRST = [
    (
        "Present: Councillors Ash (Chair), Birch and Cedar\nNo members of the public\n\n"
        "Public Forum: Two residents attended.\nClerk to write to Highways about the footpath.\n\n",
        "Public Forum",
    ),
    (
        "Public Question Time\n\nTwo residents attended.\nClerk to write to Highways about "
        "the footpath.\n\nPresent: Councillors Ash (Chair), Birch and Cedar\n\n",
        "Public Question Time",
    ),  # (the attendance below it is still the meeting's)
    (
        "Present: Councillors Ash (Chair), Birch and Cedar\n\nPublic Participation (15 minutes): "
        "Two residents attended.\nClerk to write to Highways about the footpath.\n\n",
        "Public Participation",
    ),
    (
        "Present: Councillors Ash (Chair), Birch and Cedar\n\nOpen session for members of the "
        "public to raise any matters of relevance to the Community 7.00 - 7.15\n\nTwo residents "
        "attended.\nClerk to write to Highways about the footpath.\n\n",
        "Open session for members of the public to raise any matters of relevance to the "
        "Community 7.00 - 7.15",
    ),  # (what the session is for, and its time, the heading's)
    (
        "Present: Councillors Ash (Chair), Birch and Cedar\nIn Attendance: Clerk to the Parish "
        "Council\n\nOpen Meeting\n\nTwo residents attended.\nClerk to write to Highways about "
        "the footpath.\n\n",
        "Open Meeting",
    ),  # (the open meeting before the council's, as some parishes call the public session)
    (
        "Present: Councillors Ash (Chair), Birch and Cedar\n\nPublic Participation; Two "
        "residents attended.\nClerk to write to Highways about the footpath.\n\n",
        "Public Participation",
    ),  # (a semicolon typed for its colon)
]


NO_PUBLIC_ITEM = [
    "PUBLIC SESSION\n\n",  # (a session's label alone)
]


@pytest.mark.parametrize("top", NO_PUBLIC_ITEM)
def test_a_public_sessions_label_alone_or_a_menu_is_no_item(top: str) -> None:
    page = (
        "Home\nPublic Participation\nPlanning\nContact Us\n\n"
        "Minutes of the Meeting of Wexcombe Parish Council held on 3 May 2023 at 7pm\n\n"
        f"{top}19. Chairman's remarks\n\nThe Chairman welcomed everyone.\n\n"
        "20. Apologies\n\nNone.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [i.number for i in meeting.items] == ["19", "20"]


@pytest.mark.parametrize(("top", "title"), PUBLIC_FIRST, ids=[t for _, t in PUBLIC_FIRST])
def test_a_public_session_before_the_numbered_items_is_an_item(top: str, title: str) -> None:
    page = (
        "Minutes of the Meeting of Wexcombe Parish Council held on 3 May 2023 at 7pm\n\n"
        f"{top}19. Chairman's remarks\n\nThe Chairman welcomed everyone.\n\n"
        "20. Apologies\n\nNone.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [(i.number, i.title) for i in meeting.items] == [
        (None, title),
        ("19", "Chairman's remarks"),
        ("20", "Apologies"),
    ]
    assert [a.text for a in meeting.items[0].actions] == [
        "Clerk to write to Highways about the footpath"
    ]
    assert [a.name for a in meeting.attendees][:2] == ["Ash", "Birch"]


def test_prayers_above_the_numbered_items_are_an_item_not_an_attendee() -> None:
    """ "PRAYERS" over "Prayers were led by Councillor Ash" under who came is the opening
    business, as the apologies above it are; neither line is an attendee."""
    page = (
        "Minutes of the Meeting of Wexcombe Town Council held on 7 September 2015\n\n"
        "PRESENT\nCouncillors Ann Ash (Mayor), Ben Birch, Cora Cole\n\nPrayers\n\nPrayers "
        "were led by Councillor Ann Ash.\n\n32/15 DECLARATIONS OF INTEREST\nNone.\n\n33/15 "
        "MINUTES\nThe minutes were approved.\n"
    )
    part = parse(read_text(page.encode())).parts[0]
    assert [(i.number, i.title) for i in part.items] == [
        (None, "Prayers"),
        ("32/15", "DECLARATIONS OF INTEREST"),
        ("33/15", "MINUTES"),
    ]
    assert [a.name for a in part.attendees] == ["Ann Ash", "Ben Birch", "Cora Cole"]


def test_the_chairs_welcome_run_into_what_was_said_is_an_item_above_the_numbered_ones() -> None:
    """ "Introduction: Cllr Ash welcomed everyone to the meeting." above "1. Apologies" is an
    item; a label with names and no verb, "Introduction: Cllr Ash", is not."""
    page = (
        "Minutes of the Meeting of Wexcombe Parish Council held on 5 November 2018\n\n"
        "Present: Councillors Ash, Birch and Cole\n\nIntroduction: Cllr Ash welcomed everyone to "
        "the meeting.\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nThey were approved.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, "Introduction"),
        ("1", "Apologies"),
        ("2", "Minutes"),
    ]
    labelled = page.replace(" welcomed everyone to the meeting.", "")
    assert [i.number for i in parse(read_text(labelled.encode())).parts[0].items] == ["1", "2"]
    remarks = page.replace(
        "Introduction: Cllr Ash welcomed everyone to the meeting.",
        "Chairman’s Opening Remarks: The Chairman thanked the helpers at the fete.",
    )
    first = parse(read_text(remarks.encode())).parts[0].items[0]
    assert first.title == "Chairman’s Opening Remarks"  # (or the chair's remarks)


def test_the_list_an_agenda_lead_in_opens_is_no_decision() -> None:
    """ "Members are requested to consider the identification of:" / "a) ..." is the agenda
    printed over the minutes; the decision is the list under "Resolved that:", and "no
    additional items ... to be considered" asks for nothing."""
    body = (
        "Preliminary Matters\n\nMembers are requested to consider the identification of:\n\n"
        "a) declarations of interest by individual Members\n\n"
        "b) any additional items of business which the Chair has determined should be "
        "considered as matters of urgency\n\n"
        "Members considered the identification of declarations of interest.\n\n"
        "Resolved that:\n\na) no declarations of interest were made by individual Members\n\n"
        "b) no additional items of business to be considered as matters of urgency were "
        "determined by the Chair.\n"
    )
    item = parse(read_text(body.encode())).parts[0].items[0]
    assert [r.text[:15] for r in item.resolutions] == ["no declarations", "no additional i"]
    assert item.actions == []


def test_a_lead_ins_list_of_reports_stays_the_minutes() -> None:
    """ "To receive reports from:" / "a) County Councillor Hughes reported ...": entries that
    report are the minutes, and the tasks in them are found."""
    body = (
        "Reports\n\nTo receive reports from:\n\na) County Councillor Hughes reported on the "
        "roads. The Clerk to write to Highways about the blocked drain in Mill Lane.\n\n"
        "b) PCSO Evans reported two thefts.\n\nRESOLVED to note the reports.\n"
    )
    item = parse(read_text(body.encode())).parts[0].items[0]
    assert [a.text for a in item.actions] == [
        "The Clerk to write to Highways about the blocked drain in Mill Lane"
    ]


def test_a_page_of_numbered_paragraphs_that_approve_minutes_is_minutes() -> None:
    """No header and no heading, but the marks of minutes: the page is stored, not refused
    as an unknown layout."""
    body = (
        "33.1 The minutes of the Special meeting held on 25th July 2019 were approved and "
        "signed by the Mayor as a correct record of the proceedings;\n"
        "33.2 Councillor Jones referred to the minutes of the Extraordinary meeting and "
        "questioned whether Members should be listed as present.\n"
    )
    items = parse(read_text(body.encode())).parts[0].items
    assert len(items) == 1
    assert items[0].minutes.startswith("33.1 The minutes of the Special meeting")


def test_a_bodys_recommendation_to_council_alone_is_minutes() -> None:
    """No header and no heading, but a body's recommendation under its label: the page is
    stored; a report's text with no such mark is refused."""
    body = (
        "The Cabinet considered the recommendations from the Standards Committee.\n"
        "RECOMMENDED: That Council consider the recommendations below:\n"
        "1) That the honour of Freedom of the Borough be awarded to Ms Ann Ash.\n"
        "2) That the common seal of the Council be affixed to the scroll.\n"
    )
    part = parse(read_text(body.encode())).parts[0]
    assert part.committee == "Cabinet"
    assert len(part.items[0].resolutions) == 2
    with pytest.raises(UnknownLayout):
        parse(read_text(b"The Cabinet considered the report on the honour.\nIt was long.\n"))


def test_a_flattened_table_of_labelled_rows_alone_is_minutes() -> None:
    """No header, and rows whose headings are names rather than topics: the "Minutes:" label
    run in after each row's heading still marks the page as minutes, which is stored."""
    body = (
        "Welcome Minutes: The Chair welcomed Councillors and officers to the meeting.\n"
        "Member of Staff Jo Ash, Former Member of Staff, Sam Birch and Honorary Alderman Pat "
        "Cole, MBE Minutes: The Chair announced with sadness the deaths of three friends.\n"
        "Declarations of Interest\nMembers should make their declaration by stating:\n"
        "a) the item b) whether they will speak under Question Time Minutes: The sheet set "
        "out below confirms those Members who had made a declaration.\n"
    )
    part = parse(read_text(body.encode())).parts[0]
    assert [i.title for i in part.items][:1] == ["Welcome"]
    assert len(part.items) == 3


_TIE = """
from scrutiny_cli.parse.numbers import Numbered, best_chain, family, number_key
cands = [
    Numbered(line, number, number_key(number), family(number, shown), 1.0, title="Heading")
    for line, number, shown in [(0, "1", "(1)"), (1, "1", "1"), (2, "2", "(2)"), (3, "2", "2"),
                                (4, "3", "(3)"), (5, "3", "3")]
]
print([c.line for c in best_chain(cands)])
"""


def test_two_numbering_styles_that_tie_give_the_same_items_in_every_run() -> None:
    """Styles that score alike are weighed in page order, not in the order a set of them
    happens to have, which changes from run to run with Python's string hashing."""
    import os
    import subprocess
    import sys

    seen = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run([sys.executable, "-c", _TIE], env=env, capture_output=True,
                              text=True, check=True)  # fmt: skip
        seen.add(done.stdout.strip())
    assert seen == {"[0, 2, 4]"}  # the style met first on the page


def test_a_flattened_table_row_keeps_its_decision_not_the_agenda_text() -> None:
    body = (
        "Apologies Minutes: None. |\nMinutes: There were no items under this heading.\n"
        "To receive as a correct record the minutes of the meeting held on 8 June 2021. "
        "Minutes: RESOLVED: That the minutes be received as a correct record. |\n"
    )
    items = items_of(body)
    assert [[r.text for r in i.resolutions] for i in items] == [
        [],
        [],
        ["the minutes be received as a correct record."],
    ]


def test_a_flattened_table_of_decisions_a_row_a_line() -> None:
    """ "Minutes - 24 May 2025 Presented By: Chair Decision: Agreed as a correct record. |":
    a decisions table flattened a row a line, each row an item whose text is its decision."""
    body = (
        "Apologies for Absence Presented By: Chair Decision: Apologies were received from "
        "Cllr Ash. |\n"
        "Minutes - 24 May 2025 Presented By: Chair Decision: The minutes were agreed as a "
        "correct record. |\n"
        "Appointments to Boards 2025/26 Presented By: Chair Decision: (1) The members "
        "nominated were appointed.\n(2) The timetable of meetings for 2025/26 was agreed. |\n"
        "Presented By: Chair Additional documents: Decision: (1) The annual plan was noted. |\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == [
        "Apologies for Absence",
        "Minutes - 24 May 2025",
        "Appointments to Boards 2025/26",
        "",
    ]
    assert [len(i.resolutions) for i in items] == [0, 1, 2, 1]


def test_a_moderngov_table_whose_rows_lost_their_walls_keeps_each_labelled_row() -> None:
    """Rows a line each, only the first closed by "|": a lettered row keeps its mark as its
    number, the agenda's "Report by ..." is no part of a heading, and a heading that opens
    with a year ("2021/22 Budget") over its label's line is a row, no numbered item."""
    body = (
        "No. | Item | |\nApologies for absence Minutes: There were no Apologies. |\n"
        "(a) Matters arising Minutes:\nDeclarations of Interest Minutes: There were none.\n"
        "Crematorium Matters Report by the Crematorium Manager (attached) Minutes: The Joint "
        "Committee considered and noted a report.\n2021/22 Budget, Fees and Charges Report by "
        "Treasurer (attached) Additional documents:\nMinutes: Councillor Ash expressed concern at "
        "the proposed fee increase.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        (None, "Apologies for absence"),
        ("(a)", "Matters arising"),
        (None, "Declarations of Interest"),
        (None, "Crematorium Matters"),
        (None, "2021/22 Budget, Fees and Charges"),
    ]


def test_a_tables_number_cells_number_the_rows_below_them() -> None:
    """A steering group's notes as a table whose number cells are rows of their own ("1. |"),
    the heading's cell glued to the text's by a converter that lost the space."""
    body = (
        "Item | Next Action | |\n1. |\nApologies for AbsenceJoan Smith |\n2. |\n"
        "Minutes of Meeting 16 October 2025Accepted and signed as a true record. |\n3. |\n"
        "Timescale UpdateReport from TC: the consultation closes on 18 February. |\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of Meeting 16 October 2025"),
        ("3", "Timescale Update"),
    ]


def test_a_table_row_glued_once_keeps_its_heading_whole() -> None:
    # One glued word is a name ("PowerPoint"), no converter's lost space.
    body = (
        "Item | Notes | |\n1. |\nUse of PowerPoint Slides The slides were shown. |\n2. |\n"
        "Apologies Apologies were received. |\n3. |\nBudget The budget was noted. |\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["1", "2", "3"]
    assert items[0].title.startswith("Use of PowerPoint")


def test_a_markdown_table_whose_rows_end_in_bare_walls_keeps_each_row() -> None:
    # Rows closed by "|" lines alone; a row's "Minutes:" label at the end of its line.
    body = (
        "No. | Item |\n---|---|\nApologies Additional documents: Minutes: None.\n|\n|\n"
        "Questions from the Public PDF 90 KB Questions must reach the clerk three days "
        "before.\nQuestions received are listed. Additional documents: Minutes:\n"
        "Mr Ash asked about the ford. The Chair agreed to meet the residents at the ford.\n"
        "RESOLVED: That the questions and answers be noted.\n|\n|\n"
        "Decisions taken since the last meeting The following were published:\n"
        "Decision 004 Ford signage\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == [
        "Apologies",
        "Questions from the Public",
        "Decisions taken since the last meeting",
    ]
    assert [r.text for r in items[1].resolutions] == ["the questions and answers be noted."]
    assert items[1].description.startswith("Questions must reach the clerk")


def test_a_scottish_exclusions_table_cites_minutes_and_starts_no_items() -> None:
    body = (
        "1 Sederunt\n\nCouncillor Ash (Chair).\n\n2 Declarations of Interests\n\nNone.\n\n"
        "3 Resolution\n\nThe meeting resolved that the public be excluded during the items "
        "at the paragraphs of this minute specified below.\n\nParagraph No. of Minute       "
        "Paragraph No. of Schedule 7A\n\n8     2 and 3\n\n9     1\n\nThe Minute of the "
        "meeting dated 4 December 2024 was approved.\n\n5 Written Questions\n\nNone.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Sederunt"),
        ("2", "Declarations of Interests"),
        ("3", "Resolution"),
        ("5", "Written Questions"),
    ]
    assert [r.ref for r in items[2].refs] == ["8", "9"]


def test_an_agenda_above_minutes_a_line_each_gives_way_to_them() -> None:
    body = (
        "1. Apologies\n2. Notes of the last meeting held on 4th October to be approved as the "
        "minutes\n3. Village skip\n4. Notice board\n"
        "5. Finances\n\n45. Attended by: Cllrs Ash (Chairman), Birch, Cole.\n46. Apologies: "
        "Cllr Dean.\n47. Minutes of the meeting on 4th October 2024 were approved and signed."
        "\n48. The skip was booked for May and the Clerk would confirm the date.\n49. The new "
        "notice board was agreed to be installed by the Clerk.\n50. The accounts were noted.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["45", "46", "47", "48", "49", "50"]


def test_northern_irish_minutes_numbered_alone_with_a_colon_and_dash() -> None:
    body = (
        "M/140/2025:-\nCONDEMNATION\n(REF: M/66;SC/41 )\nCouncillor Reilly condemned the "
        "graffiti in play areas and asked that it be removed.\nM/141/2025:-\nSYMPATHY\n(REF: "
        "M/21)\nIt was agreed to send a letter of sympathy to the family.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("M/140/2025", "CONDEMNATION"),
        ("M/141/2025", "SYMPATHY"),
    ]
    assert [[r.ref for r in i.refs] for i in items] == [["M/66", "SC/41"], ["M/21"]]


def test_a_reference_in_an_items_agenda_text_is_the_items() -> None:
    page = (
        "Agenda item\n\nTimes of meetings\n\nTo consider the times of meetings agreed by "
        "Cabinet at Minute C104/Feb/20.\n\nMinutes:\n\nRESOLVED that the times be noted.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert [r.ref for r in item.refs] == ["C104/Feb/20"]


def test_a_word_broken_off_onto_its_own_line_is_no_decision_heading() -> None:
    # ("... Matter for" / "Decision" / "I." / "The Council owned ...": a hard-wrapped line)
    page = (
        "Agenda item\n\nStructural Repairs\n\nMinutes:\nThis item was chaired by the Vice-Chair."
        " Matter for\nDecision\nI.\nThe Council owned a number\nof blocks of flats built in "
        "the 1950s.\n"
    )
    [item] = parse(read_text(page.encode())).parts[0].items
    assert item.resolutions == []
    assert "The Council owned a number" in item.minutes


def test_a_keyword_opening_a_paragraph_is_no_heading_run_into_it() -> None:
    body = (
        "Present:  Councillor A. Ash (Chairman); Councillors B. Birch and C. Cole.\n\n\n"
        "RESOLVED - T H A T Councillor B. Birch be appointed Vice-Chairman.\n\n\n"
        "RECOMMENDED - T H A T the minutes of the meeting held on 19th April, 2025 be approved."
        "\n\n\nCouncillor Cole presented his call-in of the decision on the country parks.\n"
        "\n\nHowever, as outlined in the call - in resolutions 1 and 2 the land would be sold.\n"
    )
    [part] = parse(read_text((HEADER + body).encode())).parts
    assert [i.title for i in part.items] == [""]
    assert len(part.items[0].resolutions) == 2
    assert [a.name for a in part.attendees] == ["A. Ash", "B. Birch", "C. Cole"]


def test_lettered_sub_items_under_a_minutes_label_keep_it() -> None:
    body = (
        "183.\n\nLEADER'S ANNOUNCEMENTS\n\nMinutes:\n\n(a)       ICT Awards\n\n\nThe Leader "
        "reported two awards.\n\n(b)       Park Trust\n\n\nThe Leader asked that officers "
        "report back on the grant to the next meeting.\n\n184.\n\nROADS\n\nMinutes:\n\n"
        "Noted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("183", "LEADER'S ANNOUNCEMENTS"),
        ("(a)", "ICT Awards"),
        ("(b)", "Park Trust"),
        ("184", "ROADS"),
    ]
    assert items[2].minutes.startswith("The Leader asked")


def test_paragraphs_numbered_afresh_under_each_moderngov_heading_are_no_items() -> None:
    body = (
        "No. Item\n\n\nMinutes of the Panel held on 2 February 2025 pdf icon PDF 98 KB\n\n"
        "Additional documents:\n\n\n1.    The Officer clarified a figure on page 5.\n\n\n"
        "2.    The Chair thanked the Commissioner.\n\n\n3.    The Commissioner updated Members "
        "on the questions.\n\n\nRESOLVED that the minutes be signed.\n\n\nPolice Cadet Scheme "
        "- progress report pdf icon PDF 214 KB\n\nAdditional documents:\n\n\n1.    The "
        "Commissioner introduced his report.\n\n\n2.    The plan was for 12 cadet units.\n\n\n"
        "3.    Kent Police was recruiting a coordinator.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        (None, "Minutes of the Panel held on 2 February 2025"),
        (None, "Police Cadet Scheme - progress report"),
    ]


def test_minutes_in_a_table_of_heading_text_and_owner_columns() -> None:
    page = (
        "Wyvern Community Council\n\nMinutes of the meeting held on Wednesday 4th September "
        "2024\n\n|Present: |Ann Ash, Bob Birch, |\n\n| |Cat Cole |\n\n|Apologies |Dan Dee |\n\n"
        "| | | |\n\n|Approve minutes |Proposed by Ann, seconded by Bob | |\n\n| Police | PC Eve "
        "said there was little to report. A concern | |\n\n| |was raised about speeding. PC Eve "
        "will request the | |\n\n| |mobile speed camera. | |\n\n| | |PC Eve |\n\n| | | |\n\n"
        "|Election Results and |Nominations closed with no election needed. | |\n\n|election "
        "of office bearers |Ann was elected Chair. | |\n"
    )
    [part] = parse(read_text(page.encode())).parts
    assert [i.title for i in part.items] == [
        "Approve minutes",
        "Police",
        "Election Results and election of office bearers",
    ]
    assert [a.text for a in part.items[1].actions] == [
        "A concern was raised about speeding. PC Eve will request the mobile speed camera"
    ]
    assert [a.name for a in part.attendees] == ["Ann Ash", "Bob Birch", "Cat Cole", "Dan Dee"]
    assert part.attendees[-1].status == "apologies"


def test_a_flattened_pages_heading_ending_in_item_keeps_the_next_number() -> None:
    """ "2. Private Item 3. Chair's update ..." on one line: "Item" ends item 2's heading, so
    item 3 is the page's next item, not an earlier minute cited."""
    body = (
        "Trustees Ann Ash (Chair) Ben Birch Carol Cole Dan Dale Eve Ellis Apologies Fay Ford "
        "1. Draft Minutes of April meeting and matters arising The minutes of the meeting held "
        "on 13th April were approved. 2. Private Item 3. Chair’s update The Chair reported on "
        "the bid to the Heritage Lottery Fund. 4. Finance The accounts were noted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Draft Minutes of April meeting and matters arising"),
        ("2", "Private Item"),
        ("3", "Chair’s update"),
        ("4", "Finance"),
    ]


def test_a_flattened_page_whose_numbers_are_glued_to_their_headings() -> None:
    body = (
        "Present Cllr Ann Ash (AA) - Chairman, Cllr Bob Birch (BB) and Cat Cole - Clerk "
        "1.Apologies for Absence Cllr Dan Dee sent apologies as he was away on holiday this "
        "week. 2.Declarations of Interest None were received from any of the members present "
        "tonight. 3.Highways The Clerk reported that the potholes in Mill Lane had been filled "
        "by the county council. 4.Finance The accounts were approved for payment.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Highways"),
        ("4", "Finance"),
    ]


def test_a_flattened_page_cut_after_its_first_minute_keeps_that_minute() -> None:
    """A PDF page on one line whose excerpt ends inside its first minute: the one number
    after a sentence, before a heading in capitals, is that minute (the agenda's "(Agenda
    Item 2)" after it is none)."""
    body = (
        "ORDINARY COUNCIL MEETING 31 JULY 2002 (7.15pm - 10.15pm) PRESENT: The Mayor "
        "(Councillor Ann Ash) (in the Chair); Councillors: Bob Birch, Cat Cole, Dan Dee, Eve "
        "Elm, Fay Fir, Gus Gale, Hal Hay, Ivy Ince, Jon Jay and Kim King. Apologies for absence "
        "were received from: Councillors Lee Lyle and Max Moss. 285 TO RECEIVE ANY "
        "ANNOUNCEMENTS FROM THE MAYOR OR THE LEADER OF THE COUNCIL (Agenda Item 2) "
        "Announcements were tendered as follows: The Mayor drew Members' attention to the "
        "civic engagements for the period 22 May to the 31 July that had been circulated.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("285", "TO RECEIVE ANY ANNOUNCEMENTS FROM THE MAYOR OR THE LEADER OF THE COUNCIL")
    ]


def test_one_minute_with_its_years_number_in_a_flattened_page_is_an_item() -> None:
    """The same with a minute's number with its year's part before a heading in its own
    case; not a financial year after a list's letter ("c. 2019/20 Parish Partnership ...")."""
    head = (
        "WEXFORD TOWN COUNCIL 21 November 2016 – 7.30 pm MINUTES OF MEETING Present: "
        "Councillor Ash, Chairman (and Town Mayor); Councillors Birch, Cole, Dale and Elm. "
        "Apologies: Councillors Fir and Gorse. Public participation: None requested. "
    )
    body = (
        "87/16 Vacancy in the membership of Wexford Town Council The Clerk reported that there "
        "is currently a vacancy in the membership of the council, which occurred on 24 October "
        "2016 as a result of a member ceasing to be a member of the council.\n"
    )
    items = items_of(head + body)
    assert [(i.number, i.title) for i in items] == [
        ("87/16", "Vacancy in the membership of Wexford Town Council")
    ]
    budget = (
        head + "b. Precept setting to be agreed in December. c. " + body.replace("87/16", "2019/20")
    )
    assert [i.number for i in items_of(budget)] == []


def test_a_flattened_pages_hour_is_no_item_and_a_number_before_its_first_part_is() -> None:
    """The header's hour in the 24-hour clock, "at 19.00 Present: ...", is no minute's
    number; a minute whose first part's letter follows its number, "21.053 (a) The ...", is."""
    body = (
        "Minutes of the Meeting of Wexcombe Parish Council held remotely via Zoom. Meeting ID: "
        "879 7158 on Tuesday 4th May 2021 at 19.00 Present: Cllr A. Ash (Chair), B. Birch, C. "
        "Cole, D. Dale In attendance: The Clerk, one member of the public. 21.053 (a) The Parish "
        "Council received the resignation of Cllr D. Dale as Chair. (b) Cllr A. Ash was elected "
        "as Chair. 21.054 Apologies for absence were received from Cllr E. Elm. 21.055 There "
        "were no declarations of interest received. 21.056 The minutes of the meeting held on "
        "9th March 2021 were received and approved.\n"
    )
    parsed = parse(body).parts[0]
    assert parsed.start_time == "19:00"
    assert [i.number for i in parsed.items] == ["21.053", "21.054", "21.055", "21.056"]


def test_one_heading_in_capitals_before_the_first_numbered_paragraph_is_an_item() -> None:
    """A Scottish minute cut after its first heading: "PROVOST'S REMARKS 1. The Provost
    began ..." (the paragraphs run on through the page, the headings are the items)."""
    body = (
        "PRESENT: Provost Jim Todd and Councillors Ann Ash and Bob Birch. APOLOGIES: "
        "Councillor Cat Cole.\n\nPROVOST'S REMARKS 1. The Provost began the meeting by "
        "congratulating the team on the award.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [(None, "PROVOST'S REMARKS")]


def test_an_agenda_listed_a_line_an_entry_above_minutes_numbered_on_is_no_items() -> None:
    """The agenda, an entry a line with no blank line between ("3. To take the minutes ..."
    among them in the agenda's words), above minutes whose numbers jump beyond its last:
    the minutes are the items, and the agenda's lines are neither items nor attendance."""
    body = (
        "  1. Substitutions (if any)\n  2. Declarations of Interests, if any.\n  3. To take "
        "the minutes of the meeting held on 30 July 2009 as a correct record and authorise the "
        "chair to sign.\n  4. Complaints under the Code of Conduct.\n  5. Report from the "
        "Independent Members' meeting – Chair to report.\n\n\nPRESENT: Councillors Ash, "
        "Birch and Cole.\n\n\n203 MINUTES – Resolved – That the minutes of the meeting held "
        "on 30 July 2009 be signed by the chair.\n\n204 COMPLAINTS UNDER THE CODE OF CONDUCT"
        " – The Monitoring Officer submitted a schedule of complaints.\n\nResolved – That the "
        "report be noted.\n\n205 INDEPENDENT MEMBERS – MEETING – The Chair reported on the "
        "regional meeting.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("203", "MINUTES"),
        ("204", "COMPLAINTS UNDER THE CODE OF CONDUCT"),
        ("205", "INDEPENDENT MEMBERS – MEETING"),
    ]


def test_numbered_items_under_an_agenda_items_label_are_the_items() -> None:
    """ "Agenda Items:" labels the items below it; it leads into no list of points."""
    body = (
        "Attendance: Cllrs Ash, Birch and Cole plus 4 members of the public.\n\n"
        "Agenda Items:\n\n1. To appoint an Acting Clerk for this meeting - Cllr Ash appointed "
        "unanimously\n\n2. Apologies for Absence:\n\n  • Apologies received from Cllr Dee\n\n"
        "3. Declarations of Interest:\n\n  • None declared\n\n4. Minutes: To approve the notes"
        " of the meeting held on 14 May 2024.\n\n  • Approved unanimously and signed.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "To appoint an Acting Clerk for this meeting"),
        ("2", "Apologies for Absence"),
        ("3", "Declarations of Interest"),
        ("4", "Minutes"),
    ]


def test_a_heading_in_the_agendas_words_ends_where_a_sentence_runs_on_without_a_stop() -> None:
    """ "128 To receive and accept apologies It was resolved to receive ...": the heading
    ends before "It was", and the decision is the item's text."""
    body = (
        "128 To receive and accept apologies It was resolved to receive and accept apologies "
        "from Cllrs Ash and Birch.\n\n129 To receive declarations of interest There were "
        "none.\n\n130 To consider the play area It was agreed to obtain three quotes.\n\n131 "
        "To approve the minutes of the meeting held on 19 July 2025 It was RESOLVED that the "
        "minutes be accepted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("128", "To receive and accept apologies"),
        ("129", "To receive declarations of interest"),
        ("130", "To consider the play area"),
        ("131", "To approve the minutes of the meeting held on 19 July 2025"),  # (after a year)
    ]
    assert len(items[0].resolutions) == 1
    assert len(items[3].resolutions) == 1


def test_a_heading_wrapped_onto_the_next_line_keeps_its_words() -> None:
    """A PDF's hard-wrapped heading: its line ends on a word no heading ends on ("of", "TO"),
    and the next line ends it (before a colon, where text runs on after one)."""
    body = (
        "5-0708/2 - Councillors' Acceptance of\nOffice, Register of Interests and Register of "
        "Electoral Expenses\nThose councillors present completed their declarations.\n"
        "6-0708/2 - DECLARATIONS OF INTERESTS RELATING TO\nANY AGENDA ITEM: The Chairman "
        "declared an interest in item 9.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        (
            "5-0708/2",
            "Councillors' Acceptance of Office, Register of Interests and Register of "
            "Electoral Expenses",
        ),
        ("6-0708/2", "DECLARATIONS OF INTERESTS RELATING TO ANY AGENDA ITEM"),
    ]
    assert items[1].minutes.startswith("The Chairman declared")


def test_a_heading_goes_on_with_the_noun_that_ends_it_on_the_next_line() -> None:
    """ "Monthly Wyvern" / "Councillor Report:- ...": a title-case heading goes on with the
    next line's few words closed by a colon where they end in a heading's noun; a body named
    before a colon ("Highways England: ...") is the text. A member's post before what it
    names ("Councillor Report") starts no sentence on one line either."""
    body = (
        "52/21 Monthly Wyvern\nCouncillor Report:- Councillor J. Wood reported on the budget.\n"
        "53/21 Correspondence\nHighways England: a letter about the bypass was noted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("52/21", "Monthly Wyvern Councillor Report"),
        ("53/21", "Correspondence"),
    ]
    assert split_run_in("District Councillor Report Councillor Ash reported", numbered=True) == (
        "District Councillor Report",
        "Councillor Ash reported",
    )
    assert split_run_in("Monthly Wyvern Councillor Report:- Cllr Ash reported", numbered=True)[
        0
    ] == ("Monthly Wyvern Councillor Report")


def test_headings_alone_under_an_empty_colon_led_heading_are_its_sub_headings() -> None:
    """Headings standing alone between "Matters Arising:" and the next colon-led heading
    are that item's topics; the colon-led headings are the page's items. Headings alone
    after the last colon-led one are items of their own."""
    body = (
        "Present: Steve Ash (Chair), Duncan Birch\nApologies: John Cole\n"
        "Minutes of Previous Meeting: Approved by Steve Ash; Seconded by Duncan Birch.\n"
        "Police Report: Police report received for April.\nMatters Arising:\n"
        "Update on the Wetlands\nNo news from the council. New avenues will be investigated.\n"
        "Community Council Website\nThe website is limited. Colin to look into this.\n"
        "Finance Report:\nBusiness account: £7411.28\n"
    )
    assert [i.title for i in items_of(body)] == [
        "Minutes of Previous Meeting",
        "Police Report",
        "Matters Arising",
        "Finance Report",
    ]
    body = (
        "Present: Steve Ash (Chair), Duncan Birch\n\nApologies: Apologies were received from "
        "John Cole.\n\nMinutes of the last Meeting: Cllr Ash proposed acceptance.\n\nMatters "
        "Arising:\n\na) Bridge Road - the footpath was filled in.\n\nb) Cemetery Gates - these "
        "have been repaired.\n\nResignation of Parish Councillor\n\nThe resignation was "
        "dealt with.\n\nReview of Rental\n\nThe review of the rent is due.\n"
    )
    assert "Review of Rental" in [i.title for i in items_of(body)]


def test_headings_led_by_a_colon_that_report_nothing_are_items_and_bullets_their_points() -> None:
    """ "Police Scotland: No report." records the meeting's business as any report does; the
    bullets under "Matters Arising:" are its points, not the page's items."""
    body = (
        "Present: Steve Ash (Chair), Duncan Birch\n\nApologies: John Cole\n\n"
        "Police Scotland: No report.\n\nMatters Arising:\n\n  • Ditches and Drains – Meeting "
        "with the roads officer has yet to take place.\n  • Ukraine – Three donations have been "
        "made by local groups.\n  • Village Trust – SB reported that he had been contacted. GM "
        "to liaise with the Trust.\n\nPlanning: No applications this month.\n\nTreasurer: The "
        "balance is £1,200.\n"
    )
    assert [i.title for i in items_of(body)] == [
        "Police Scotland",
        "Matters Arising",
        "Planning",
        "Treasurer",
    ]


def test_a_flattened_pages_footer_numbers_no_item_and_cites_no_minute() -> None:
    """ "Page 1 of 3 Wexbridge Community Council Minutes 20-June-16" run into the text: the
    page's count is no item 3, and "Minutes 20-June-16" (a day and a month) no minute 20."""
    body = (
        "1 Apologies Cllr Susan Ash sent her apologies to the meeting. 2 Minute of the previous "
        "meeting The draft minute of the June meeting was proposed by AT and seconded by HF. "
        "The Chair thanked the secretary. Page 1 of 3 Wexbridge Community Council Minutes "
        "20-June-16 3 Matters Arising The Director had met the members about the bypass.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Minute of the previous meeting"),
        ("3", "Matters Arising"),
    ]
    assert [r.ref for i in items for r in i.refs] == []


def test_a_heading_runs_into_its_text_after_a_colon_and_dash() -> None:
    """ "7. Crime & Vandalism:- PCSO's report previously circulated.": the lead-in's ":-"
    (or ":–") ends the heading as a colon does, with one space after it or none."""
    body = (
        "1. Apologies:- Cllr Reed.\n\n"
        "2. Crime & Vandalism:- PCSO's report previously circulated.\n\n"
        "3. Planning:-24/0113 Mill Farm, Back Lane: no objection.\n\n"
        "4. Co-option:– Maureen Lenehan-Ferguson, Jean Loverance.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Crime & Vandalism"),
        ("3", "Planning"),
        ("4", "Co-option"),
    ]
    assert items[1].minutes.startswith("PCSO's report")


def test_a_titled_phrase_after_a_dash_goes_on_the_heading() -> None:
    """ "Mill Field – Revised Heads of Terms for the Allotment Trust." is one heading, full
    stop and all; a list of names after a dash is the item's text."""
    body = (
        "1. Apologies – Cllr Reed and Cllr Mount.\n\n"
        "2. Mill Field – Revised Heads of Terms for the Allotment Trust.\n"
        "GR asked about the rent review. Agreed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Mill Field – Revised Heads of Terms for the Allotment Trust"),
    ]


def test_item_lines_run_on_past_the_minute_numbers_in_their_margin() -> None:
    """ "Item 2:" after "Item 1:" is the next item, though a margin's minute number ("24/5")
    larger than 2 stands between them; headings in the agenda's words, and one closing on
    what it covers (", which are not included on this agenda"), are items as well."""
    body = (
        "Item 1:Apologies for Absence.\n24/5 Councillors Reed and Mount.\n"
        "Item 2:Declarations of Interest.\n24/6 None.\n"
        "Item 3:To receive the minutes of the meeting held 13th December 2023.\n"
        "24/7Resolved to approve the minutes.\n"
        "Item 4:Matters arising from the minutes, which are not included on this agenda.\n"
        "24/8No matters arising.\n"
        "Item 5:Appointment of Clerk.\n24/9The Chair read out the letter of engagement.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "To receive the minutes of the meeting held 13th December 2023"),
        ("4", "Matters arising from the minutes, which are not included on this agenda"),
        ("5", "Appointment of Clerk"),
    ]


def test_question_marks_standing_for_lost_characters_are_read_as_them() -> None:
    """A page whose encoding turned dashes and no-break spaces into "?": "Minutes from
    May ? It was agreed ...", "Declarations of Interest:? None.", "24/45? Finance ?"."""
    body = (
        "24/41 Apologies:? Cllr Reed.\n\n24/42 Declarations of Interest:? None.?\n\n"
        "24/43 Minutes from May Meeting ? It was agreed the minutes be adopted.?\n\n"
        "24/44? Clerks Report ? Was the hall booked? It was.\n\n"
        "24/45 Police Issues -? PC Ash attended the meeting.? a)? Parking was discussed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("24/41", "Apologies"),
        ("24/42", "Declarations of Interest"),
        ("24/43", "Minutes from May Meeting"),
        ("24/44", "Clerks Report"),
        ("24/45", "Police Issues"),  # (after a dash, or a list's bracket, too)
    ]
    assert items[3].minutes == "Was the hall booked? It was."
    assert items[4].minutes == "PC Ash attended the meeting. a) Parking was discussed."


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Apologies for absence – Mary Bound (MB), PCSO Tom Hale", "Apologies for absence"),
        ("Declarations of Interest  –  none", "Declarations of Interest"),
        (
            "Notes of the meeting held on 1st March to be confirmed and signed as minutes.",
            "Notes of the meeting held on 1st March to be confirmed and signed as minutes",
        ),  # (what is to be done to it, two participles long, makes no sentence)
        ("DECLARATIONS of INTEREST. There were none.", "DECLARATIONS of INTEREST"),
        ("REPORT of the CLERK The Clerk had written to the County.", "REPORT of the CLERK"),
        ("MATTERS ARISING Blue bins had been delivered.", "MATTERS ARISING"),
        (
            "MATTERS ARISING from the last MEETING Cllr Ash reported on the hedge.",
            "MATTERS ARISING from the last MEETING",
        ),
        (
            "Matters Arising out of the Minutes. a) SC – 123/13(b) – Asked if there had been",
            "Matters Arising out of the Minutes",
        ),  # (a full stop before a lettered point ends the heading)
        (
            "Matters Arising i) Main Street – The water leak was repaired.",
            "Matters Arising",
        ),  # (so does a point's mark)
        (
            "Code of Conduct (i) Declarations of Interests - None (ii) Dispensations - None",
            "Code of Conduct",
        ),
        (
            "Reference of item considered by Scrutiny Committees (if any) There are none.",
            "Reference of item considered by Scrutiny Committees (if any)",
        ),  # (an agenda heading closed by "(if any)", whatever its participles)
        (
            "Public Participation The Chairman invited questions from the public (if any) None "
            "were raised.",
            "Public Participation",
        ),  # (not when a sentence runs before it)
        (
            "Questions from (a) Members of the Public – none",
            "Questions from (a) Members of the Public",
        ),
        # (a resolution's word after a small word is the heading's own)
        ("ITEMS FOR DECISION Members considered the report.", "ITEMS FOR DECISION"),
        (
            "MINUTES OF THE LAST MEETING RESOLVED: The minutes be approved",
            "MINUTES OF THE LAST MEETING",
        ),
        # (the council's year in the margin before the text; a year in the heading stays)
        ("OPEN FORUM 14/15 No one wished to speak.", "OPEN FORUM"),
        ("REVIEW OF MINUTE 12/14 The Clerk reported.", "REVIEW OF MINUTE 12/14"),
        # (terse minutes open with a participle after a heading in a sentence's case, not
        # after one in title case)
        (
            "Acceptance of apologies for absence Received from Councillors J Ash and T Elm.",
            "Acceptance of apologies for absence",
        ),
        ("Minutes of the last meeting Approved and signed.", "Minutes of the last meeting"),
        ("Correspondence Received from the Clerk", "Correspondence Received from the Clerk"),
        (
            "Planning applications Received since the last meeting",
            "Planning applications Received since the last meeting",
        ),
        ("Local plan Accepted Sites consultation", "Local plan Accepted Sites consultation"),
        ("Planning – Approved Applications", "Planning – Approved Applications"),
        # (a heading naming a post ends at the post where nothing follows it on its line)
        ("WSCC Councillor", "WSCC Councillor"),
        ("KCC Councillors", "KCC Councillors"),
        ("KCC Councillor Ash reported on the budget.", "KCC"),
        # (an acronym and "&" before words in title case open a heading in mixed case)
        ("TCWG & Speed watch", "TCWG & Speed watch"),
        ("NALC & Training Courses Cllr Ash attended.", "NALC & Training Courses"),
        ("PLANNING & DEVELOPMENT The Clerk reported.", "PLANNING & DEVELOPMENT"),
        ("SLCC and NALC Training", "SLCC and NALC Training"),
        ("RFO and Clerk Salaries", "RFO and Clerk Salaries"),
        # ("Decisions:" closing the line is the heading's word; a ModernGov label with its
        # text after it is not)
        ("Planning Decisions:", "Planning Decisions"),
        ("Date of Next Meeting Minutes: 4 May.", "Date of Next Meeting"),
        ("Apologies for absence Decision: none were received.", "Apologies for absence"),
        # (a member's initials or an officer's rank and name, then a verb, start the text)
        (
            "Declaration of Interests IH advised the CC that he would step down.",
            "Declaration of Interests",
        ),
        # (whatever its verb, after a heading's capitalised word; not a verb's object)
        (
            "Election of Chair and Vice Chair JA started the meeting by welcoming two members.",
            "Election of Chair and Vice Chair",
        ),
        ("Welcome MB reiterated the welcome to new members.", "Welcome"),
        ("Nomination for Approval RMW left the meeting.", "Nomination for Approval"),  # (or past)
        # (the heading's date after its dash, the text run on after it)
        (
            "Minutes of Previous Meeting – 29th March 2025 The minutes were agreed.",
            "Minutes of Previous Meeting – 29th March 2025",
        ),
        # (the next meeting's date after a dash is its text)
        ("Date of next meeting – May 12th 2025 7.30pm", "Date of next meeting"),
        # (who came, listed among a heading's topics, is no sentence)
        ("Welcome, Councillors present & Apologies", "Welcome, Councillors present & Apologies"),
        ("Apologies Councillors present were Ash and Birch.", "Apologies"),
        # (a list's first marker after a dash opens the text)
        (
            "Members’ Declarations – a. Pecuniary Interests – none. b. Other Interests – none.",
            "Members’ Declarations",
        ),
        (
            "Rob Ward to contact RCC to invite one of its members",
            "Rob Ward to contact RCC to invite one of its members",
        ),
        (
            "Policing Report and local issues PC Hale advised that an operation had begun.",
            "Policing Report and local issues",
        ),
        (  # (the officer's name in two words)
            "Police Scotland Matters Sergeant Mark Hale provided an update on the campaign.",
            "Police Scotland Matters",
        ),
        ("Report of the Police Sergeant", "Report of the Police Sergeant"),  # (a rank, last)
        ("Report of the CCG funded scheme", "Report of the CCG funded scheme"),
        (
            "Speed Sign VAS relocated to Church Lane The Clerk reported.",
            "Speed Sign VAS relocated to Church Lane",
        ),
        ("Highways JB reported on the potholes.", "Highways"),
        ("PC Website Update", "PC Website Update"),
        # (a colon or semicolon with a space before it: a typist's, still the heading's end)
        (
            "Update Commons Officer : Chapel Car Park. The work had not started.",
            "Update Commons Officer",
        ),
        ("Mail in ;  1 Note from the MSP. 2 Invitation to the fete.", "Mail in"),
        # (and a stop with a dash: "Public Participation .- no member ...")
        ("Public Participation .- no member of the public was present.", "Public Participation"),
        # (names after a comma under a heading of who sent apologies or came; not the
        # words of a second heading)
        ("Apologies, Will Bullough", "Apologies"),
        ("Apologies from Sue Smith, Dave Koller, Liz Hamilton", "Apologies"),
        ("Apologies for absence received from L. Chenery", "Apologies for absence"),
        ("Financial Position - £4,519.95", "Financial Position"),  # (a sum after a dash)
        ("Apologies for absence … as noted above.", "Apologies for absence"),  # (an ellipsis)
        ("Apologies received and accepted from Cllr R Gunby", "Apologies"),
        ("Apologies for Absence received from: Cllr Peter Garnett", "Apologies for Absence"),
        (
            "Consideration of request of Dispensation: none",
            "Consideration of request of Dispensation",
        ),
        ("Apologies for absence ... as noted above.", "Apologies for absence"),
        ("Accounts; Payments were approved by all.", "Accounts"),  # (a sentence after ";")
        (
            "Highways; Footpaths and Bridleways The Clerk reported.",
            "Highways; Footpaths and Bridleways",
        ),
        ("Footpath to Stonecross Resolved: Forward to the District", "Footpath to Stonecross"),
        ("Grant - £500 to the Scouts", "Grant - £500 to the Scouts"),
        ("Apologies, Declarations of Interest", "Apologies, Declarations of Interest"),
        ("Apologies, Public Participation", "Apologies, Public Participation"),
        ("Apologies received", "Apologies received"),
        ("Absent from the meeting: Cllr Smith", "Absent from the meeting"),
        # (and a paragraph's number, its part alone: "... Councillors .1 The County ...")
        ("Reports from Councillors .1 The County briefing was noted.", "Reports from Councillors"),
        (
            "Chairman’s Remarks Professor Mercer welcomed everyone to the meeting.",
            "Chairman’s Remarks",
        ),  # (a person's title starts the text, as "Mr" does)
        (
            "PLANNING APPLICATIONS FOR CONSIDERATION PTLRW110 - 2015 BY THE COMMITTEE",
            "PLANNING APPLICATIONS FOR CONSIDERATION",
        ),  # (the minute's own code in the margin after its heading)
        (
            "Community Engagement Officer’s Report Anna has attended various meetings.",
            "Community Engagement Officer’s Report",
        ),  # (a report's heading, then its giver by first name)
        (
            "Apologies Steve Ash (away), Ed Birch (another meeting)",
            "Apologies",
        ),  # (names with their reasons in brackets)
        (
            "WY/24/00164/FL - White Lodge, 70 Mill Road, Ashford",
            "WY/24/00164/FL - White Lodge, 70 Mill Road, Ashford",
        ),  # (an application's reference, then its site after a dash)
        (
            "24/03685/FUL - 7 High Street, Wyvern",
            "24/03685/FUL - 7 High Street, Wyvern",
        ),  # (its site starting with its house's number)
    ],  # (a small word or three in lower case between words in capitals is the heading's)
)
def test_where_a_numbered_heading_ends(line: str, heading: str) -> None:
    """People named with their initials in brackets are the item's text; a heading with
    runs of spaces around its dash ends at the dash as one with single spaces does; what is
    "to be confirmed and signed" is the heading's own words."""
    assert split_run_in(line, numbered=True)[0] == heading


def test_a_heading_run_in_with_a_colon_and_dash_among_headings_alone() -> None:
    """On a page of headings standing alone, "Apologies:- Cllr Reed – accepted." is an
    item too; an attendance list's "Present:-" and a decision page's field are not."""
    body = (
        "Present:- Cllrs Reed, Mount and Hale.\n\nDecision Maker :-Cabinet\n\n"
        "Apologies:- Cllr Reed – accepted.\n\nDeclarations of Interest:- Cllr Hale (the field)."
        "\n\nMinutes of last meeting\n\nThe minutes were confirmed as a correct record.\n\n"
        "Police matters\n\nCllr Mount reported two thefts.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == [
        "Apologies",
        "Declarations of Interest",
        "Minutes of last meeting",
        "Police matters",
    ]
    assert items[0].minutes == "Cllr Reed – accepted."


def test_a_number_with_a_letter_and_a_stop_keeps_a_long_heading() -> None:
    """ "B.919 Completion of the Annual Accounts and Annual Return of the Board – 2018/2019"
    is a heading: a board's minute number is no paragraph's "2.2"."""
    body = (
        "B.917 Declarations of Interest\n\nNone were declared.\n\n"
        "B.918 Confirmation of Minutes\n\nRESOLVED\n\nThat the Minutes be confirmed.\n\n"
        "B.919 Completion of the Annual Accounts and Annual Return of the Board – 2018/2019\n\n"
        "RESOLVED\n\nThat the accounts be approved.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["B.917", "B.918", "B.919"]
    assert [len(i.resolutions) for i in items] == [0, 1, 1]


def test_headings_in_capitals_on_a_page_printed_without_blank_lines() -> None:
    """No blank line sets the headings apart; those in capitals are the items, and a
    mixed-case sub-heading under one ("Budget Plan") stays inside it."""
    body = (
        "APOLOGIES\nCllr. Dafydd Roberts.\nMINUTES\nThe minutes of the meeting held on "
        "October 16th were found to be correct.\nMATTERS ARISING\nBudget Plan\nIt was "
        "reported that the Council had spent £17,122.99 so far.\nBus Shelter\nThe Clerk "
        "had written to the county council.\nCORRESPONDENCE\nA letter from the school was "
        "read.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == ["APOLOGIES", "MINUTES", "MATTERS ARISING", "CORRESPONDENCE"]
    assert "Bus Shelter" in items[2].minutes


@pytest.mark.parametrize(
    "line",
    [
        "Cllr. Alan Goggin, County Councillor (arrived at 7.50 pm)",
        "Mr. Burlton spoke.",
        "Apologies were received from Cllr Ash.",  # (a sentence, its subject no heading)
        "Consideration was given to the budget.",
        "Annual Report Group has met twice this year.",  # (a body named so, not its giver)
    ],
)
def test_a_persons_title_cut_at_its_stop_is_no_heading(line: str) -> None:
    assert split_run_in(line, numbered=False)[0] is None
    assert split_run_in(line, numbered=True)[0] is None


def test_items_set_apart_by_rules_and_headings_in_capitals_run_on_in_lower_case() -> None:
    """A bare "-" between items stands for a blank line, and a heading in capitals whose
    text goes on in lower case ("MATTERS ARISING" / "not covered elsewhere.") is one."""
    body = (
        "-\nAPOLOGIES FOR ABSENCE\nWere received from Cllr Reed.\n-\nMINUTES OF THE PREVIOUS "
        "MEETING HELD June 28 2024\nwere agreed as a correct record and duly signed.\n-\n"
        "MATTERS ARISING\nnot covered elsewhere.\nThere were none.\n-\nHIGHWAYS\nThe Clerk "
        "reported the potholes.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == [
        "APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING HELD June 28 2024",
        "MATTERS ARISING", "HIGHWAYS",
    ]  # fmt: skip


def test_headings_closed_by_a_colon_standing_alone() -> None:
    """Two or more headings alone on their lines with a colon ("Police Report:" over its
    points) are items; an attendance list's "Members Present:" is not."""
    body = (
        "Members Present:\n\nCllr Reed, Cllr Mount\n\nPolice Report:\n\n• No report received"
        "\n\nMatters Arising:\n\n• Road repairs – ongoing.\n• The bus service will return "
        "in April.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == ["Police Report", "Matters Arising"]


def test_a_forms_one_word_fields_are_no_headings() -> None:
    """ "Others:", "Business:", "Decision:" repeated for each item of an old decision
    register are its fields: the headings in capitals are the items."""
    body = (
        "Others:\n\nDuration:\nStart - 8.04pm\n\nAPOLOGIES FOR ABSENCE\n\nStatus: Noted\n\n"
        "Business:\nThere were no apologies.\n\nELECTION OF CHAIR\n\nStatus: Agreed\n\n"
        "Business:\n\nDecision: It was RESOLVED that Mr Morgan be elected as Chair.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == ["APOLOGIES FOR ABSENCE", "ELECTION OF CHAIR"]


def test_sub_items_numbered_in_brackets_after_their_item() -> None:
    """ "1(1) Apologies", "1(2) Interests" under "1. General" are its sub-items, as "1a" and
    "1.1" are."""
    body = (
        "1.\nGeneral\n\n1(1)\nApologies\nMinutes:\nNone.\n\n1(2)\nInterests\nMinutes:\n"
        "None.\n\n2.\nPublic Speaking\nMinutes:\nThere were no speakers.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "General"),
        ("1(1)", "Apologies"),
        ("1(2)", "Interests"),
        ("2", "Public Speaking"),
    ]


def test_a_heading_in_lower_case_after_a_minutes_number_with_its_year() -> None:
    """ "47/24 confirmation of the minutes of the meeting held on 9 May 2024": a minute's
    number with its year's part before a heading in lower case; a figure before a sentence
    in lower case, "12 members attended", is no item."""
    body = (
        "46/24 Apologies\nCllr Moore.\n47/24 confirmation of the minutes of the meeting held "
        "on 9 May 2024\nRESOLVED that the minutes be signed as a true record.\n48/24 Cemetery"
        "\nThe Clerk reported that\n12 members of the public had visited the site.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("46/24", "Apologies"),
        ("47/24", "confirmation of the minutes of the meeting held on 9 May 2024"),
        ("48/24", "Cemetery"),
    ]
    assert [len(i.resolutions) for i in items] == [0, 1, 0]


def test_a_page_whose_only_items_are_lettered() -> None:
    """A hearing's minutes lettered "(a)", "(b)", "(c)", no numbers anywhere, the procedure
    told above the first: each lettered heading is an item, one alone on its line keeps its
    dashes; the lettered parts of a decision stay in it."""
    body = (
        "Present: Councillors Ash, Birch and Cole.\n\nThe Democratic Services Officer "
        "explained the procedure for the hearing.\n\n\n(a)       Appointment of Chairman\n\n"
        "Councillor Ash was elected Chairman for the hearing.\n\n\n(b)       Declarations of "
        "Interest\n\nNo declarations were received.\n\n\n(c)       Licensing Act 2003 - "
        "Application for a Premises Licence - Mill Green, Fenwick\n\nThe Licensing Officer "
        "presented the application.\n\nRESOLVED - T H A T\n\n(a) the licence be granted;\n\n"
        "(b) the applicant be reminded of the conditions.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("(a)", "Appointment of Chairman"),
        ("(b)", "Declarations of Interest"),
        ("(c)", "Licensing Act 2003 - Application for a Premises Licence - Mill Green, Fenwick"),
    ]
    assert len(items[2].resolutions) == 2


def test_numbers_with_the_committees_letters_glued_to_their_headings() -> None:
    """ "NP/27/20Matters Arising": a converter ran a steering group's minute numbers, its
    letters before them, into their headings and sentences."""
    body = (
        "Members present: R Ash (Chairman) and C Birch.\nNP/23/20There were no apologies for "
        "absence.\nNP/24/20Matters Arising and brief update\nThe consultation can go ahead."
        "\nNP/25/20Financial Update\nThe final grant was received.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("NP/23/20", ""),
        ("NP/24/20", "Matters Arising and brief update"),
        ("NP/25/20", "Financial Update"),
    ]


def test_one_lettered_heading_in_capitals_under_an_empty_parent_is_a_sub_item() -> None:
    """ "3. MEMBERSHIP OF THE BOARD" / "(a) WYVERN COUNCIL" / its text: one lettered heading
    in capitals under an empty parent is its sub-item; one in mixed case stays a point."""
    body = (
        "2. APOLOGIES\n\nNone.\n\n3. MEMBERSHIP OF THE BOARD\n\n(a) WYVERN COUNCIL\n\nIt was "
        "reported that the council had appointed Councillor Ash.\n\n4. FINANCE\n\n(a) Budget "
        "monitoring\n\nThe report was noted.\n\n5. CLOSE\n\nThe meeting closed at 8pm.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("2", "APOLOGIES"),
        ("3", "MEMBERSHIP OF THE BOARD"),
        ("(a)", "WYVERN COUNCIL"),
        ("4", "FINANCE"),
        ("5", "CLOSE"),
    ]


def test_a_parents_own_number_again_over_its_lettered_sub_item() -> None:
    """A meeting's listing repeats an item's number in its minutes column ("3 REPORTS TO
    COUNCIL FOR DECISION" / "3" / "(a) APPOINTMENT OF LEADER"): the parent is still empty,
    and its lettered heading is its sub-item, with the decisions under it."""
    body = (
        "2 DECLARATIONS OF INTEREST\n\n2\n\nNone were declared.\n\n3 REPORTS TO COUNCIL "
        "FOR DECISION\n\n3\n\n(a) APPOINTMENT OF LEADER OF THE COUNCIL\nTo appoint the "
        "Leader.\n\na\n\nRESOLVED that Councillor Ash be appointed Leader.\n\n4 CLOSE\n\n"
        "4\n\nThe meeting closed at 8pm.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "REPORTS TO COUNCIL FOR DECISION"),
        ("(a)", "APPOINTMENT OF LEADER OF THE COUNCIL"),
        ("4", "CLOSE"),
    ]
    assert [len(i.resolutions) for i in items] == [0, 0, 1, 0]


def test_sub_items_numbered_in_small_roman_numerals_in_brackets() -> None:
    """ "4.(i) Chair's Announcements", "4.(ii) Ward Walkabouts" under "4. Community
    Matters" are its sub-items; "(i)" alone is a part, not a number."""
    body = (
        "3.\nUrgent Decisions\nMinutes:\nNone were reported.\n\n4.\nCommunity Matters\n\n"
        "4.(i)\nChair's Announcements\nMinutes:\nNone were made.\n\n4.(ii)\nWard "
        "Walkabouts\nMinutes:\nRESOLVED that:\n(i) the dates be noted;\n(ii) the Clerk book "
        "the hall.\n\n5.\nPlanning Applications\nMinutes:\nThere were none.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("3", "Urgent Decisions"),
        ("4", "Community Matters"),
        ("4.(i)", "Chair's Announcements"),
        ("4.(ii)", "Ward Walkabouts"),
        ("5", "Planning Applications"),
    ]
    assert len(items[3].resolutions) == 2


def test_sub_items_lettered_in_capitals_glued_to_their_headings() -> None:
    """ "(A)Budget Meeting" / "(B)Joint Board: Seminar On 7 December" under an empty
    parent: lettered sub-items, in capitals, glued, a colon in a heading."""
    body = (
        "CHAIRMAN'S ANNOUNCEMENTS\n\n(A)Budget Meeting Of The Committee\n\nThe Chairman "
        "asked the Committee to meet earlier.\n\n(B)Joint Partnership Board: Seminar On 7 "
        "December\n\nThe Chairman reminded members of the lunch.\n\nMINUTES\n\nThe minutes "
        "were confirmed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        (None, "CHAIRMAN'S ANNOUNCEMENTS"),
        ("(A)", "Budget Meeting Of The Committee"),
        ("(B)", "Joint Partnership Board: Seminar On 7 December"),
        (None, "MINUTES"),
    ]


def test_run_in_lines_under_one_heading_and_its_minutes_label_are_its_text() -> None:
    """ "ANY OTHER BUSINESS" / "Minutes:" / "Volcker Highways – inspection ..." / "Ann Lee –
    Works Manager – requested ...": one item, its discussion run in under it."""
    body = (
        "ANY OTHER BUSINESS\nMinutes:\nThe Committee discussed actions from the Area Forum:\n"
        "Volcker Highways – cones and barriers were left at work sites.\nACTION: That an update "
        "be provided for the next Area Forum.\nAnn Lee – Works Manager – requested that "
        "examples be provided.\n"
    )
    items = parse(read_text(body.encode())).parts[0].items
    assert [i.title for i in items] == ["ANY OTHER BUSINESS"]


def test_an_items_numbered_paragraphs_are_no_items_of_their_own() -> None:
    """ "112/07/01 Apologies for absence were received ..." under "112/07 APOLOGIES FOR
    ABSENCE" is the item's paragraph (and no minute it cites); a titled "114/07/02
    Telemetry (104)" is a sub-item."""
    body = (
        "112/07 APOLOGIES FOR ABSENCE\n\n112/07/01 Apologies for absence were received from "
        "Mr Archer.\n\n113/07 DECLARATIONS OF INTEREST\n\n113/07/01 Mr Keene reminded those "
        "present that he was also a member of the council.\n\n114/07 MINUTES OF THE LAST "
        "MEETING\n\n114/07/01 The minutes of the meeting held on 17 January were confirmed."
        "\n\n114/07/02 Telemetry (104)\nThe Chief Executive reported on the telemetry.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("112/07", "APOLOGIES FOR ABSENCE"),
        ("113/07", "DECLARATIONS OF INTEREST"),
        ("114/07", "MINUTES OF THE LAST MEETING"),
        ("114/07/02", "Telemetry (104)"),
    ]
    assert items[2].refs == []


def test_a_paragraph_number_spaced_after_its_stop_is_its_items_paragraph() -> None:
    """ "2. 1 Police report ..." under "2. Reports" is paragraph 2.1 with a space typed in,
    not item 2 again; "4. 5 Year Housing Land Supply" under another item is a heading."""
    body = (
        "1. Apologies\nNone.\n\n2. Reports\n2. 1 Police report no police in attendance\n"
        "2.2 Treasurers Report. The treasurer gave his report.\n\n3. Minutes\nApproved.\n\n"
        "4. 5 Year Housing Land Supply\nNoted.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Apologies"),
        ("2", "Reports"),
        ("3", "Minutes"),
        ("4", "5 Year Housing Land Supply"),
    ]


def test_a_number_repeated_over_a_heading_opening_with_a_figure_is_no_paragraph() -> None:
    """ "4. 20 MPH Speed Limit" under "4. Highways", with no "4.21" after it, is as printed."""
    lines = ["4. Highways", "4. 20 MPH Speed Limit", "Noted.", "5. Finance"]
    assert spaced_number(lines, 1, "4", "20 MPH Speed Limit") == ("4", "20 MPH Speed Limit")
    lines = ["2. Reports", "2. 1 Police report", "2.2 Treasurers Report"]
    assert spaced_number(lines, 1, "2", "1 Police report") == ("2.1", "Police report")


def test_a_number_whose_digits_a_pdf_set_apart_is_read_by_its_neighbours() -> None:
    """ "5 89 . Apologies" among "5 90 . ..." and "591." is minute 589; "2 14 . Planning"
    with no 213 or 215 near it stays as printed."""
    body = (
        "5 89 . Apologies for Absence\nCllr Ash.\n5 90 . Declarations of Interest\nNone.\n"
        "591. Public Participation\nNone.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("589", "Apologies for Absence"),
        ("590", "Declarations of Interest"),
        ("591", "Public Participation"),
    ]
    lines = ["1. Apologies", "2 14 . Planning Applications", "3. Finance"]
    assert spaced_number(lines, 1, "2", "14 . Planning Applications") == (
        "2",
        "14 . Planning Applications",
    )


def test_items_numbered_on_before_the_month_and_year_of_their_meeting() -> None:
    """ "1.3.22 Attendance", "2.3.22 To receive apologies ...": item 1 and item 2 of the
    meeting of March 2022, whether printed a line each or flattened onto one line."""
    lines = [
        "1.3.22 Attendance. As listed above.",
        "2.3.22 To receive apologies for absence. Cllr Ash sent apologies.",
        "3.3.22 To receive Members Declarations of Interest. None were made.",
        "4.3.22 To approve the Minutes of the meeting held on 6th January 2022. Resolved.",
    ]
    expected = [
        ("1.3.22", "Attendance"),
        ("2.3.22", "To receive apologies for absence"),
        ("3.3.22", "To receive Members Declarations of Interest"),
        ("4.3.22", "To approve the Minutes of the meeting held on 6th January 2022"),
    ]
    for body in ("\n\n".join(lines) + "\n", " ".join(lines) + "\n"):
        assert [(i.number, i.title) for i in items_of(body)] == expected


def test_days_of_a_month_listed_under_a_heading_are_no_items() -> None:
    """ "2.6.22", "3.6.22", ... with no "1.6.22" among them are days of June 2022 (an
    events list), and "1.6.22 Wexbridge Water £40.00" a payment's date: no items."""
    lines = (
        "APOLOGIES\nNone.\n\nJUBILEE EVENTS\n2.6.22 To open the beacon at the church.\n"
        "3.6.22 To hold the street party on the green.\n4.6.22 To judge the best dressed "
        "house.\n\nFINANCE\nThe accounts were approved.\n"
    )
    assert [i.title for i in items_of(lines)] == ["APOLOGIES", "JUBILEE EVENTS", "FINANCE"]
    opening = "APOLOGIES None were received from any councillor tonight, nor from the clerk. "
    payments = (
        "PAYMENTS 1.6.22 Wexbridge Water £40.00 for the allotments 2.6.22 HMRC £120.00 for the "
        "quarter 3.6.22 Village Hall hire £30.00 for June 4.6.22 Grass cutting £80.00 PLANNING "
        "None.\n"
    )
    jubilee = (
        "JUBILEE The hall is booked for the celebrations on 2.6.22 Thursday evening drinks "
        "3.6.22 Friday lunch in the hall 4.6.22 Saturday party 5.6.22 Sunday picnic on the "
        "green.\n"
    )
    for flat in (opening + payments, opening + jubilee):
        assert [i.number for i in items_of(flat) if i.number] == []


def test_a_minute_book_page_number_run_onto_the_next_minutes_number() -> None:
    """ "36 289. APPLICATION ..." after minute 288: page 36 of the minute book, minute 289."""
    body = (
        "288. REARRANGEMENT OF AGENDA It was moved by Cllr Brown and RESOLVED: to consider "
        "item 11 next\n\n36 289. APPLICATION FOR FINANCIAL ASSISTANCE It was moved by Cllr "
        "Press and RESOLVED: to award 750 pounds\n\n290. COMMUNICATIONS\nNone.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("288", "REARRANGEMENT OF AGENDA"),
        ("289", "APPLICATION FOR FINANCIAL ASSISTANCE"),
        ("290", "COMMUNICATIONS"),
    ]
    assert [len(i.resolutions) for i in items] == [1, 1, 0]


def test_a_page_number_run_onto_a_minutes_number_printed_without_its_stop() -> None:
    """ "101 477 HALLS" under "476 HERITAGE TOWN", the minutes numbered without a stop: page
    101, minute 477. A number under one it does not follow stays as printed ("3 20 MPH
    ZONE" under "2 MINUTES"), and so does one before no heading in capitals."""
    body = (
        "475 CONFIRMATION OF MINUTES\nIt was RESOLVED that the minutes be confirmed.\n"
        "476 HERITAGE TOWN\nThe Trust is to restore the castle.\n101 477 HALLS\nThe hall "
        "was repainted.\n478 FINANCE\nThe accounts were noted.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("475", "CONFIRMATION OF MINUTES"),
        ("476", "HERITAGE TOWN"),
        ("477", "HALLS"),
        ("478", "FINANCE"),
    ]
    zone = "1 APOLOGIES\nNone.\n2 MINUTES\nApproved.\n3 20 MPH ZONE\nIt was discussed.\n"
    assert [i.number for i in items_of(zone)] == ["1", "2", "3"]
    # (nor a sentence's figure at the head of a wrapped line, under the minute before it)
    wrapped = (
        "18 FINANCE\nNoted.\n19 HIGHWAYS\nThe County Council has consulted on its proposal "
        "for\n4 20 MPH Zones in the villages. Members supported it.\nRESOLVED that the "
        "proposal be supported.\n"
    )
    items = items_of(wrapped)
    assert [i.number for i in items] == ["18", "19"]
    assert len(items[1].resolutions) == 1
    hgv = wrapped.replace("4 20 MPH Zones in the villages", "4 20 HGV movements a day")
    assert [i.number for i in items_of(hgv)] == ["18", "19"]


def test_a_number_printed_twice_over_two_headings_is_two_items() -> None:
    """ "507. Planning" / ... / "507. TCWG & Speed watch": a typist printed the number twice;
    both are items, the first's text no part of the item above. Never a count or a heading
    alike (the same number and heading twice are one), nor a number before the first."""
    body = (
        "505. Declarations\nNone.\n\n506. Minutes\nRESOLVED that the Minutes be approved.\n\n"
        "507. Planning\nNo applications.\n\n507. TCWG & Speed watch\nCouncillor Gritton had "
        "sourced a body cam.\n\n508. Common land\nThere was a power cut.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("505", "Declarations"),
        ("506", "Minutes"),
        ("507", "Planning"),
        ("507", "TCWG & Speed watch"),
        ("508", "Common land"),
    ]
    assert len(items[1].resolutions) == 1
    alike = body.replace("507. TCWG & Speed watch", "507. Planning")
    assert [i.number for i in items_of(alike)] == ["505", "506", "507", "508"]
    continued = body.replace("507. TCWG & Speed watch", "507. Planning (continued)")
    assert [i.number for i in items_of(continued)] == ["505", "506", "507", "508"]


def test_a_number_with_a_slash_before_a_heading_in_capitals() -> None:
    """ "7/ AOB" among "6/ Correspondence", "8/ Next meeting": the slash and a space before an
    abbreviation in capitals mark the number as before a word ("7/ Finance"); glued to it,
    "7/AOB", it is no item's number."""
    body = (
        "5/ Planning\nNo comments.\n\n6/ Correspondence\nA letter was received.\n\n7/ AOB\n"
        "Councillors appointed Julian Ash as acting clerk.\n\n8/ Next meeting\nIn October.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("5", "Planning"),
        ("6", "Correspondence"),
        ("7", "AOB"),
        ("8", "Next meeting"),
    ]
    glued = body.replace("7/ AOB", "7/AOB")
    assert [i.number for i in items_of(glued)] == ["5", "6", "8"]


def test_a_word_processors_list_number_before_each_items_own() -> None:
    """ "1. 3. MINUTES" / "1. 4. REPORTS": the list's stray "1." before each item's number."""
    body = (
        "1. APOLOGIES received from Cllr Ash\n\n2. DECLARATIONS OF INTEREST\n\nNone.\n\n"
        "  1. 3.    MINUTES OF THE PREVIOUS MEETING were agreed\n\n"
        "  1. 4.    REPORTS / INFORMATION.\n\nThe police report was read.\n\n"
        "  1. 5.      MANAGEMENT OF P.C. ASSETS\n\nFencing is needed.\n\n6.  PLANNING\n\nNone.\n"
    )
    assert [i.number for i in items_of(body)] == ["1", "2", "3", "4", "5", "6"]
    # (but paragraphs numbered afresh under an item, "1. 1." / "1. 2.", are its own)
    body = (
        "1. REPORTS\n\n1. 1. Police report\n\nNone received.\n\n1. 2. Treasurer's report\n\n"
        "Noted.\n\n1. 3. Clerk's report\n\nNothing.\n\n2. PLANNING\n\nNone.\n\n"
        "3. FINANCE\n\nRESOLVED to pay the invoices.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "REPORTS"),
        ("2", "PLANNING"),
        ("3", "FINANCE"),
    ]
    # (and the stray number before every item's, the first's too, where no heading is
    # numbered "1." alone)
    body = (
        "  1. 1.  Introduction and welcome\n\nThe Chairman welcomed everyone.\n\n"
        "  1. 2.  Apologies for Absence\n\nApologies were received from Cllr Ash.\n\n"
        "  1. 3.  Declarations of Interest\n\nNone.\n\n  1. 4.  Open Session\n\n"
        "Concerns were raised over the roundabout.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Introduction and welcome"),
        ("2", "Apologies for Absence"),
        ("3", "Declarations of Interest"),
        ("4", "Open Session"),
    ]


# A table row's heading run into the agenda's words: (row, heading).
RUN_IN_ROWS = [
    ("Declarations of Interest To Receive Declarations of Interest from Councillors",
     "Declarations of Interest"),
    ("Health and Wellbeing Strategy - Update To receive an update", "Health and Wellbeing Strategy - Update"),
    ("Urgent Business Urgent business, if any, introduced by the Chair", "Urgent Business"),
    ("Parish Meeting Concerns following Annual Parish Meeting", "Parish Meeting Concerns following Annual Parish Meeting"),
    ("Housing Strategy - Final Report", "Housing Strategy - Final Report"),
    ("Financial outturn report 2024-25 Scrutiny committee is recommended to note the outturn",
     "Financial outturn report 2024-25"),
    ("Budget Monitoring Cabinet is recommended to approve the budget", "Budget Monitoring"),
    ("Public Questions/ Statements Questions must be received before 12 noon on Friday",
     "Public Questions/ Statements"),
    ("Urgent Items The Chairman will announce any urgent items", "Urgent Items"),
    ("Call-In To consider call-in items (if any)", "Call-In"),
    ("Items Referred To the Committee (if any)", "Items Referred To the Committee (if any)"),
    ("Questions To the Leader (if any)", "Questions To the Leader (if any)"),
    ("Petitions (if any) To discuss any petitions", "Petitions (if any)"),
    ("Cheques for Payment Cheques for the Clerk's Salary were authorised",
     "Cheques for Payment"),
    ("Council Tax and Council for Voluntary Service Grants",
     "Council Tax and Council for Voluntary Service Grants"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "heading"), RUN_IN_ROWS, ids=[r[1] for r in RUN_IN_ROWS])
def test_a_rows_heading_ends_where_the_agendas_words_begin(row: str, heading: str) -> None:
    assert split_run_in(row, numbered=False)[0] == heading


def test_a_number_with_a_year_and_a_code_is_not_cut_at_its_slash() -> None:
    """ "1/20/BC Public Participation" is one number: the slash a heading may follow ("1/
    Open Forum") comes after a plain number only."""
    body = (
        "1/20/BC Public Participation\nNone.\n\n2/20/BC Declarations of Interest\nNone.\n\n"
        "3/20/BC Approval of Minutes\nApproved.\n"
    )
    items = items_of(body)
    assert items and not any(it.title.startswith("BC") for it in items)
    assert not any(it.number == "1/20" for it in items)


def test_a_word_spaced_out_in_capitals_is_read_as_one() -> None:
    """ "RESOLVED - T H A T Councillor ...": the decision's words, without the spaced "THAT";
    initials of fewer letters stay as they are."""
    body = (
        "1. Election of Vice-Chairman\n\nRESOLVED - T H A T Councillor Wren be appointed "
        "Vice-Chairman for the Municipal Year.\n\n2. Apologies\n\nCllrs A B C Wren sent apologies.\n"
    )
    items = items_of(body)
    assert [r.text for r in items[0].resolutions] == [
        "Councillor Wren be appointed Vice-Chairman for the Municipal Year."
    ]
    assert "A B C Wren" in items[1].minutes


def test_an_empty_heading_before_a_wide_gap_is_an_item_and_a_title_over_the_header_none() -> None:
    page = (
        "Wyvern Town Council 2025 minutes\n\nTuesday, August 26, 2025\n\nWyvern Town Council "
        "minutes August 2025\n\nMinutes of the meeting of Wyvern Town Council held in the Hall "
        "on Monday 1 September 2025 at 7pm.\n\nApologies\n\nCllr Ash sent apologies.\n\n\n"
        "Chairman's Announcements (if any)\n\n\n\n\nUrgent Business\n\nThere was none.\n"
    )
    assert titles_of(page) == [
        "Apologies",
        "Chairman's Announcements (if any)",
        "Urgent Business",
    ]


def test_empty_items_after_a_decisions_list_and_wider_gaps_are_items() -> None:
    """A ModernGov page without numbers: a decision's parts end without a full stop, and
    the items with no minutes after it stand over wider gaps than the parts between them
    (as many as six blank lines), the next heading below. A list whose entries stand as far
    apart as that is still a list: its entries are no items."""
    page = (
        "Agenda and minutes\n\nVenue: Wyvern Town Hall\n\nNo. Item\n\n\nMinutes of the "
        "Previous Meeting pdf icon PDF 38 KB\n\n\n    RESOLVED that:\n\n\n    1.    The "
        "minutes of the meeting held on 18 November 2025 be approved\n\n\n    2.    The "
        "actions be noted:\n\n\n    a)    the library report had been circulated\n\n\n\n"
        "Absence of Members\n\n\n\n\n\nDeclaration of Members' Interests\n\n    a)      "
        "Disclosable Pecuniary Interests\n\n\n\n\n\nCommittee Training\n\nThe committee will "
        "be asked to consider training options.\n\n\nThe Head of Legal Services introduced "
        "the report.\n"
    )
    assert titles_of(page) == [
        "Minutes of the Previous Meeting",
        "Absence of Members",
        "Declaration of Members' Interests",
        "Committee Training",
    ]
    grants = (
        "Grants\n\nThe Committee considered the applications. RESOLVED that grants be "
        "awarded to:\n\n\n\nWyvern Scouts – £200\n\n\n\nWyvern Bowls Club – £150.\n\n\n\n"
        "Date of Next Meeting\n\n7 April 2026.\n"
    )
    assert titles_of(grants) == ["Grants", "Date of Next Meeting"]
    running = (
        "Minutes of Wyvern Parish Council held on 2 March 2026\n\nPlanning\n\n25/00123/FUL Erection of a rear extension, 12 Mill Lane\n\n\n\n\n\n\n"
        "Wyvern Parish Council – Minutes – March 2026\n\n\n\n\n\n\nNo objection was raised."
        "\n\nFinance\n\nThe payments were approved.\n"
    )
    found = titles_of(running)
    assert "Finance" in found and "Wyvern Parish Council – Minutes – March 2026" not in found


def test_a_moderngov_page_whose_headings_were_all_dropped_keeps_its_first_item() -> None:
    """A ModernGov page copied without its headings: each item opens with its agenda text
    after a wide gap, the first with its minutes alone (below the page's furniture), and
    one with a description not worded "To ..." ("An annual update from the Heritage
    Centre.")."""
    page = (
        "Agenda and minutes\n\nVenue: Virtual Meeting\n\nVideo Stream: Click here to watch "
        "this meeting on YouTube\n\nNo. Item\n\n\n\n\nA minute's silence "
        "was held in memory of Alderman Pike.\n\n\n\nTo receive any apologies for absence.\n\n\n"
        "There were no apologies for absence.\n\n\n\nTo agree the minutes of the last meeting."
        "\n\n\nRESOLVED: That the minutes be approved.\n\n\nACTION: Clerk to circulate the "
        "bin update to the Panel\n\n\n\nAn annual update from the Wyvern Heritage Centre.\n\n\n"
        "It was agreed to defer the item to the next meeting.\n"
    )
    bodies = [" ".join(i.minutes.split())[:30] for i in items_of(page)]
    assert bodies == [
        "A minute's silence was held in",
        "There were no apologies for ab",
        "RESOLVED: That the minutes be ",
        "It was agreed to defer the ite",
    ]


def test_a_number_repeated_beside_the_minutes_under_its_heading_is_no_heading() -> None:
    """CMIS prints an item's number with its heading and again, alone, beside its minutes
    (under the agenda text, if any): the heading is the item's, not the line after the
    number."""
    page = (
        "Standard Items\n1 Election of Chairman\n1\n\nThe Clerk in the Chair\n\nResolved:\n\n"
        "That Councillor Hedley be elected Chairman.\n\n2 Apologies for Absence\n2\nApologies "
        "were received from Councillor Evans.\n3 Declarations of Interest\nTo note any "
        "declarations of interest\n3\n\nMembers made the following declarations:\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("1", "Election of Chairman"),
        ("2", "Apologies for Absence"),
        ("3", "Declarations of Interest"),
    ]


def test_a_number_repeated_under_its_agenda_text_with_blank_lines_between_is_no_heading() -> None:
    """The same, its agenda text set apart by blank lines: "4 Announcements" / "" / "To
    receive ..." / "" / "4" / "" / "The Chair" is item 4, Announcements."""
    page = (
        "1 Apologies for Absence\n\nTo receive apologies.\n\n1\n\nNone were received.\n\n"
        "2 Announcements\n\nTo receive any announcements from the Chair.\n\n2\n\nThe Chair\n\n"
        "The Chair thanked the volunteers.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("1", "Apologies for Absence"),
        ("2", "Announcements"),
    ]


def test_minutes_numbered_year_month_and_minute_over_a_list_in_the_last() -> None:
    """A community council numbers its minutes with the year and month ("20.7.1" in July
    2020), headings long or short; a list numbered afresh inside the last ("1. Rockery
    (20.6.5 - 1a) ...") is its text, not the page's items. A paragraph's "10.1.1" is no
    such number."""
    page = (
        "20.7.1 Apologies for Absence\n\nCllr Webber\n\n20.7.2 Declarations of Interest\n\n"
        "To be raised as they occur\n\n20.7.3 Police Matters a) Cllr Davies reported a man on "
        "a bicycle.\n\n20.7.4 Minutes of the Special Meeting held on Wednesday 24 th . June "
        "2020\n\nWere read and agreed.\n\n20.7.5 Matters Arising\n\n1. Rockery (20.6.5 - 1a) "
        "Cllr Faulkner had spoken to Mr Thomas.\n\n2. Daffodils (20.6.5 - 2a) Cllr Hill has "
        "ordered 4 bags.\n\n3. Road Signs (20.6.5 - 3b) The Clerk reported.\n"
    )
    assert [i.number for i in items_of(page)] == ["20.7.1", "20.7.2", "20.7.3", "20.7.4", "20.7.5"]
    paragraphs = (
        "1. Planning\n\n10.1.1 The Committee noted the applications received since the last "
        "meeting.\n\n2. Finance\n\nPaid.\n\n3. Any Other Business\n\nNone.\n"
    )
    assert [i.number for i in items_of(paragraphs)] == ["1", "2", "3"]


def test_a_number_opening_a_line_above_a_number_alone_is_no_repeat_of_it() -> None:
    """Only a heading printed alike repeats a number: a sentence ("3 members of the public
    attended"), a decision's part ("3. the Clerk publish them") or a row printed otherwise
    ("6 Church Street" over "6.") leaves the number alone its item's."""
    page = (
        "1.\n\nApologies for Absence\n\nNone.\n\n2.\n\nPublic Participation\n\n3 members of "
        "the public attended.\n\n3.\n\nMinutes of the Previous Meeting\n\nRESOLVED that:\n1. "
        "the minutes be approved;\n2. the Chairman sign them;\n3. the Clerk publish them.\n\n"
        "4.\n\nPlanning Applications\n\n25/00123/FUL 12 Mill Lane – no objection\n\n5 Church "
        "Street – extension – no objection\n\n5.\n\nFinance\n\nThe payments were approved.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("1", "Apologies for Absence"),
        ("2", "Public Participation"),
        ("3", "Minutes of the Previous Meeting"),
        ("4", "Planning Applications"),
        ("5", "Finance"),
    ]


def test_a_numbered_list_above_the_minutes_numbered_alike_is_no_list_in_the_last() -> None:
    """A short list of last meeting's actions numbered 1 to 3, each with text below it, over
    the minutes numbered 1 to 5: the minutes are the items."""
    page = (
        "Actions from the last meeting\n\n1. Bus shelter\n\nThe Clerk has obtained three "
        "quotes.\n\n2. Potholes on Mill Lane\n\nReported to Highways.\n\n3. Bench on the "
        "green\n\nInstalled.\n\n1. Apologies for Absence\n\nNone.\n\n2. Declarations of "
        "Interest\n\nNone.\n\n3. Minutes\n\nApproved.\n\n4. Finance\n\nPaid.\n\n5. Date of "
        "Next Meeting\n\n7 April 2026.\n"
    )
    assert [i.title for i in items_of(page)][-5:] == [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes",
        "Finance",
        "Date of Next Meeting",
    ]


def test_headings_dropped_from_a_page_that_lists_who_came_first() -> None:
    """Agenda text after wide gaps opens items whose headings were dropped; who came, above
    them, is no item, and a line of minutes after a wide gap ("Councillor Ward left the
    meeting.", "Action: Clerk to chase ...") opens none."""
    page = (
        "Present: Councillors Ames (Chairman), Lyle and Ward.\n\n\n\nTo receive apologies for "
        "absence.\n\nApologies were received from Councillor Hart.\n\n\n\nTo approve the "
        "minutes of the meeting held on 3 February 2026.\n\nThe minutes were approved.\n\n\n\n"
        "Councillor Ward left the meeting.\n\n\n\nAction: Clerk to chase the County Council.\n"
        "\n\n\nTo receive the Clerk's report.\n\nThe Clerk reported on the bus shelter.\n"
    )
    bodies = [" ".join(i.minutes.split()) for i in items_of(page)]
    assert bodies == [
        "Apologies were received from Councillor Hart.",
        "The minutes were approved. Councillor Ward left the meeting. Action: Clerk to chase "
        "the County Council.",
        "The Clerk reported on the bus shelter.",
    ]


REVIEWED_LAYOUTS = [
    (
        "1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Precept:2025/26\n\nThe precept "
        "was set at £45,000.\n",
        ["Apologies", "Minutes", "Precept:2025/26"],
        "a financial year after a heading's colon is the heading's, not a minute's number",
    ),
    (
        "1. Election of Chairman\n1\n\nThe Clerk in the Chair\n\nResolved:\n\nThat Councillor "
        "Hedley be elected Chairman.\n\n2. Apologies for Absence\n2\nApologies were received.\n"
        "3 To receive the Chairman's announcements\n3\n\nThe Chairman's Report\n\nThe Chairman "
        "reported on the civic service.\n",
        [
            "Election of Chairman",
            "Apologies for Absence",
            "To receive the Chairman's announcements",
        ],
        "CMIS's number repeated bare under '1.', and under the agenda's words",
    ),
    (
        "Housing Allocations\n\nTo consider the revised Housing Allocations Policy.\n\n\nFor "
        "Decision\n\n\nRESOLVED that the policy be approved.\n\nFor Information\n\nThe Clerk "
        "circulated the CPRE newsletter.\n",
        ["Housing Allocations", "For Information"],
        "ModernGov's item kind under a description is none; a heading of that name is one",
    ),
    (
        "Budget Monitoring\n\n\n\nRESOLVED that:\n\n\n\n1. the report be noted\n\n\n\n2. the "
        "actions be noted\n\n\n\nAbsence of Members\n\n\n\nDeclarations of Interest\n\nThere "
        "were none.\n",
        ["Budget Monitoring", "Absence of Members", "Declarations of Interest"],
        "a heading after numbered parts closes their list, however evenly spaced",
    ),
    (
        "Apologies\n\nNone.\n\nPublic Questions\n\n\n\n\n\n\n\nThere were no questions from "
        "the public.\n\nFinance\n\nThe payments were approved.\n",
        ["Apologies", "Public Questions", "Finance"],
        "a heading far above the minute that there was nothing",
    ),
]


@pytest.mark.parametrize(
    ("body", "titles", "note"), REVIEWED_LAYOUTS, ids=[c[2] for c in REVIEWED_LAYOUTS]
)
def test_layouts_a_review_found_misread(body: str, titles: list[str], note: str) -> None:
    assert titles_of(body) == titles, note


def test_a_list_of_tasks_inside_the_last_item_under_headings_with_text_below() -> None:
    """Items 1 to 5, each with its text below its heading, the last over a list numbered
    afresh of sentences, each a task: the five are the page's items."""
    tasks = "".join(
        f"{k}. {task}. Action – The Clerk\n\n"
        for k, task in enumerate(
            ["Discuss the car park with the solicitor", "Order a new bench for the green",
             "Chase the County Council about the drains", "Repair the notice board",
             "Write to the school about parking", "Book the hall for the annual meeting"],
            1,
        )
    )  # fmt: skip
    page = (
        "1. Apologies\n\nNone.\n\n2. Declarations of Interest\n\nNone.\n\n3. Minutes\n\n"
        "Approved.\n\n4. Finance\n\nPaid.\n\n5. Actions arising from the minutes\n\nThe "
        "following were agreed.\n\n" + tasks
    )
    assert [i.number for i in items_of(page)] == ["1", "2", "3", "4", "5"]


def test_a_table_of_heading_and_text_keeps_the_blank_lines_around_it() -> None:
    from scrutiny_cli.parse.grid import grid_rows

    rows = [f"|Item {k} |Text {k} | |" for k in range(1, 6)]
    lines = [
        "Wyvern Community Council",
        "",
        "Minutes of the meeting",
        "",
        *rows,
        "",
        "AOB",
        "",
        "None.",
    ]
    out = grid_rows(lines)
    assert out[:4] == ["Wyvern Community Council", "", "Minutes of the meeting", ""]
    assert out[-3:] == ["AOB", "", "None."]
    assert "Item 3" in out and "Text 3" in out


def test_a_minute_number_alone_under_matters_arising_is_no_heading() -> None:
    """On a page whose headings carry no numbers, "Minute 4" alone on its line under
    "Matters arising" points at the earlier minute the paragraph below takes up: no item
    of its own, and the paragraph (its undertaking included) stays with Matters arising."""
    page = (
        "Wyvern Council\n\nCorporate Parenting Board\n\nMinutes of the meeting held on "
        "Thursday 16 January 2025 at 5.30 pm.\n\nApologies for absence\n\nNone.\n\n"
        "Matters arising\n\nMinute 4\n\nIn respect of visits to homes, the Director agreed to "
        "circulate the contact list.\n\nSchedule of outstanding matters\n\nThe schedule was "
        "noted.\n"
    )
    assert titles_of(page) == [
        "Apologies for absence",
        "Matters arising",
        "Schedule of outstanding matters",
    ]
    items = parse(read_text(page.encode())).parts[0].items
    assert [r.ref for r in items[1].refs] == ["4"]
    assert "circulate the contact list" in items[1].minutes


def test_a_paragraph_after_a_decision_label_cites_its_minute() -> None:
    """The minutes go on after a "DECISION" block, so its section holds the next numbered
    paragraph too: a minute it cites is the item's reference."""
    body = (
        "2. Minute\n\nMinutes:\n\n2.1 Copies of the Minute of the meeting held on 21 January "
        "2025 had been circulated.\n\nDECISION\n\nAGREED to approve the Minute.\n\n"
        "2.2 With reference to paragraph 3.1 of the Minute, the Clerk reported that a "
        "substitute had been appointed.\n\nDECISION\n\nNOTED.\n\n"
        "3. Grants\n\nMinutes:\n\nThe Group considered the grants.\n"
    )
    items = items_of(body)
    assert [[r.ref for r in i.refs] for i in items] == [["3.1"], []]


def titles_of(page: str) -> list[str]:
    """The titles of the items of a page's first meeting."""
    return [i.title for i in parse(read_text(page.encode())).parts[0].items]


def test_a_declarations_list_naming_each_minute_twice_starts_no_items() -> None:
    """ "Min 14. Budget." printed before each interest declared in that minute: a heading is
    printed once, so the repeated lines are references, and the items stay 6 and 7."""
    body = (
        "6.\n\nMinutes of the previous meeting\n\nMinutes:\n\nThe minutes were agreed.\n\n"
        "7.\n\nDeclarations of interest\n\nMinutes:\n\n"
        "Min 14. Budget Setting Panel.\n\nCouncillor Ash, Affects Non-registerable Interest.\n\n"
        "Min 14. Budget Setting Panel.\n\nCouncillor Birch, Other Registerable Interest.\n\n"
        "Min 16. Town Centre Car Parks.\n\nCouncillor Cedar, member of the Town Council.\n\n"
        "Min 16. Town Centre Car Parks.\n\nCouncillor Ash, has family living nearby.\n\n"
        "Min 17. Leisure Contract.\n\nCouncillor Birch, member of the Trust.\n\n"
        "Min 17. Leisure Contract.\n\nCouncillor Cedar, member of the Trust.\n\n"
        "Min 19. Grants.\n\nCouncillor Ash, chair of the Scouts.\n\n"
        "Min 19. Grants.\n\nCouncillor Dale, treasurer of the Scouts.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("6", "Minutes of the previous meeting"),
        ("7", "Declarations of interest"),
    ]
    assert [r.ref for r in items[1].refs] == ["14", "16", "17", "19"]


def test_a_list_numbered_afresh_in_the_last_item_starts_no_items() -> None:
    """Items 1 to 3 run their text on from their headings; the action list under the last
    is numbered from 1 again and is longer, but it is that item's text."""
    body = (
        "1. Apologies: Cllr Ash.\n\n2. Declarations of interest. None\n\n"
        "3. Actions arising from the minutes.\n\n"
        "1. Discuss the car park with the solicitor. Action – The Clerk\n\nAction ongoing.\n\n"
        "2. Check the list of properties. Action – The Clerk\n\nAction complete.\n\n"
        "3. Distribute the financial statement. Action – The Clerk\n\nAction complete.\n\n"
        "4. Prepare a response to the budget consultation. Action – The Clerk\n\n"
        "5. Report back on the landscape maintenance. Action – The Clerk\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Declarations of interest"),
        ("3", "Actions arising from the minutes"),
    ]
    assert items[2].actions == []  # (the earlier actions listed, with their progress)


def test_a_parish_running_number_of_five_figures() -> None:
    body = (
        "12930. Present: Cllrs Ash, Birch and Cedar.\n\n12931. Apologies for Absence – the "
        "Clerk.\n\n12932. Co-option – Applications were received from two residents.\n\n"
        "12933. Declarations of Members Interests – None.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["12930", "12931", "12932", "12933"]


def test_numbers_shaped_like_dates_under_headings_in_the_agenda_s_words() -> None:
    """ "15/12/01" (year, month, number) reads as a date; with headings in the agenda's
    words around it that run on, an untitled one among them is an item too."""
    body = (
        "15/12/01 To receive Apologies for absence Apologies were received from Cllr Ash\n\n"
        "15/12/02 To receive Declarations of interest. None were declared.\n\n"
        "15/12/03 In consideration of the Public Bodies (Admission to Meetings) Act 1960 "
        "(publicity would be prejudicial to the public interest): to agree any items to be dealt "
        "with in private.\n\nIt was RESOLVED that item 27 be taken "
        "in confidential session.\n\n15/12/04 To receive the Minutes of the Meeting of 2nd "
        "November 2015. The minutes were approved.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["15/12/01", "15/12/02", "15/12/03", "15/12/04"]
    assert [len(i.resolutions) for i in items] == [0, 0, 1, 0]


def test_a_flattened_page_with_initials_before_its_numbers() -> None:
    """The minute-taker's or seconder's initials run into the next number ("Minutes GH 1.
    Apologies", "Seconded SM 3. Declaration"): the numbers are the page's 1 to 4."""
    body = (
        "Members present: Ian Ash (Chair) [IA], Peter Birch (Hon. Sec) [PB]. Minutes GH 1. "
        "Apologies Apologies were received from J Cedar and Cllr Dale. 2. Approval of Minute "
        "16th April 2018 Proposed DH Seconded SM 3. Declaration of Interests The Chair declared "
        "an interest in item 10 as a director of the fund. 4. Matters arising The passing place "
        "had not been funded and the matter remained open for the next meeting of the council.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["1", "2", "3", "4"]


def test_minutes_numbered_from_one_under_an_agenda_with_run_in_text_stay_the_items() -> None:
    """An agenda whose entries run their text on, then the minutes of the same items
    numbered from 1 again: the minutes are the items, not a list inside the agenda's last."""
    page = (
        "Wexbridge Parish Council\n\nAGENDA\n\n1. Apologies: to receive apologies.\n\n"
        "2. Minutes: to approve the minutes.\n\n3. Planning: to consider applications.\n\n"
        "MINUTES of the meeting held on 3 March 2025\n\nPresent: Cllrs Ash and Birch.\n\n"
        "The Chair welcomed everyone.\n\n1.\n\nApologies\n\nCllr Cedar sent apologies.\n\n"
        "2.\n\nMinutes\n\nThe minutes were approved.\n\n3.\n\nPlanning\n\nNo objections were "
        "raised.\n\n4.\n\nFootpaths\n\nThe stile was mended.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.minutes for i in items] == [
        "Cllr Cedar sent apologies.",
        "The minutes were approved.",
        "No objections were raised.",
        "The stile was mended.",
    ]


def test_a_list_of_names_with_initials_has_no_headings() -> None:
    """ "J. M. Davies, E. G. Davies, ..." in an attendance list: "J" is an initial cut at its
    stop, and "Hefin W" a name cut at one, not headings run into their text."""
    body = (
        "Councillors Mrs. B. Burns MBE, John Byast, W. J. Chorlton,\n\n"
        "J. M. Davies, E. G. Davies, J. Arwel Edwards, Keith Evans,\n\n"
        "C. Ll. Everett, P. M. Fowlie, D. R. Hadley,\n\n"
        "A. M. Jones, R. Ll. Jones, T. H. Jones, Bryan Owen,\n\n"
        "Hefin W. Thomas, John Williams.\n\n"
        "The meeting was opened with a Prayer by Councillor E. G. Davies.\n"
    )
    titles = {i.title for i in items_of(body)}
    assert not titles & {"J", "C", "A", "Hefin W"}, titles


def test_initials_run_together_before_a_surname_are_no_heading() -> None:
    """Initials typed without spaces before a surname ("J.D. Hunt C.D. Wild") in a list of
    members are no headings; initials before a sentence ("A.G.M. The Chairman opened ...")
    may be one."""
    body = (
        "Cllrs: G.J. Ackerman C.M. Ray\nJ.D. Hunt C.D. Wild\nP.J. Lathey Ms S.J. Williams\n"
        "M.P. Parsons\nAlso in attendance: Cllrs D.G. Rickard and D.R. Tett.\n"
        "The minutes of the meeting held on 3 December 2007 were confirmed.\n"
    )
    titles = {i.title for i in items_of(body)}
    assert not titles & {"J.D", "P.J", "M.P", "G.J"}, titles
    assert not _initial_cut("A.G.M", "The Chairman opened the meeting.")


def test_a_heading_ending_in_a_letter_before_a_sentence_stays_a_heading() -> None:
    """ "Play Area Phase B. The Clerk reported ..." is a heading run into its text: only a
    letter with more of a name after it is a name's initial."""
    body = (
        "Apologies. Cllr Smith sent apologies.\n\n"
        "Play Area Phase B. The Clerk reported that the works were complete.\n\n"
        "Finance. It was resolved to pay the accounts.\n\n"
        "Footpath Diversion Route A. The Clerk reported on the closure.\n"
    )
    assert [i.title for i in items_of(body)] == [
        "Apologies",
        "Play Area Phase B",
        "Finance",
        "Footpath Diversion Route A",
    ]


def test_headings_in_capitals_closed_by_a_colon_on_a_page_without_blank_lines() -> None:
    """A page printed without blank lines: "MATTERS ARISING:" in capitals alone on its line
    opens an item as it would after a blank line."""
    body = (
        "PRESENT:\nCouncillors Ash, Birch and Cedar, and the Clerk.\n"
        "MATTERS ARISING:\nThese would be taken as they appeared on the agenda.\n"
        "OPEN FORUM:\nWas not required on this occasion.\n"
        "VILLAGE PLAYGROUND:\nCouncillor Ash had inspected the playground.\n"
        "DEFIBRILLATOR PROJECT:\nThe Clerk was asked to write to the charity to thank it.\n"
    )
    titles = [i.title for i in items_of(body)]
    assert titles[-3:] == ["OPEN FORUM", "VILLAGE PLAYGROUND", "DEFIBRILLATOR PROJECT"], titles
    assert "MATTERS ARISING" in titles


def test_a_page_number_typed_into_the_text_is_no_ones() -> None:
    """ "Page 2 of 3" typed into a Word document's text is furniture: neither an item nor
    its text."""
    body = "1. Apologies\nNone.\n\nPage 1 of 3\n\n2. Planning\nNo objection.\nPage 2\n"
    items = items_of(body)
    assert [(i.number, i.minutes) for i in items] == [("1", "None."), ("2", "No objection.")]


def test_a_minute_books_page_stamp_is_no_ones() -> None:
    """A minute book's folio and page of pages ("1807 1 of 12") is furniture, alone on its
    line or run into the next minute's number ("1406 2 of 10 7) Appointments ...")."""
    body = (
        "6) Apologies\nApologies were received from Cllr Ash.\n\n1406 2 of 10 7) Appointments "
        "to Outside Bodies\nMembers agreed to serve on the groups.\n\n1407 3 of 10\n\n8) Close"
        "\nThe meeting closed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("6", "Apologies"),
        ("7", "Appointments to Outside Bodies"),
        ("8", "Close"),
    ]
    assert "of 10" not in items[1].minutes


def test_a_margin_date_before_a_minutes_number_and_the_exclusion_above_it() -> None:
    """A minute book's margin date before the minute's number ("21.01.20 423. Declarations
    of Interest") is no part of it, its "Chairman's 132 Initials" box no text, and the vote
    to exclude the public, above the numbered minutes, an item of its own."""
    page = (
        "Minutes of the meeting of Wyvern Town Council held on 21st January 2021 at 7.00pm.\n\n"
        "Present: Cllr Ash (Chairman), Cllr Birch\n\nExclusion of the Public and Press\n\nIt "
        "was proposed by Cllr Ash, seconded by Cllr Birch and RESOLVED that the public be "
        "excluded for the next item.\n\nChairman’s 132 Initials\n\n21.01.20 423. Declarations "
        "of Interest\n\nCllr Cole declared an interest in item 1.\n\n424. Planning\n\nNo "
        "objections were raised.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, "Exclusion of the Public and Press"),
        ("423", "Declarations of Interest"),
        ("424", "Planning"),
    ]
    assert len(items[0].resolutions) == 1
    assert "Initials" not in items[0].minutes


def test_a_running_header_with_its_page_number_from_the_second_page_is_no_item() -> None:
    body = (
        "1. Welcome\nThe Convener welcomed all present.\n\nDraft Planning Committee Minutes 29 "
        "August 2025 Page 2 of 19\n\n2. Declarations of Interest\nNone were declared.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Welcome"),
        ("2", "Declarations of Interest"),
    ]
    assert "Page 2" not in items_of(body)[0].minutes


def test_a_page_number_by_a_form_feed_is_no_item() -> None:
    """A PDF saved as text keeps each page's number and the form feed that ends the page:
    the number is furniture, not an item numbered like the minutes ("8" / "\\f" / "5. Any
    other business")."""
    body = (
        "3. Petition\n\nThe petition was\n\n7\n\n\f\nnoted.\n\n4. Planning\n\nRESOLVED: That "
        "permission be granted.\n\n8\n\n\f\n5. Any other business\n\nNone.\n\n9\n\n\f"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("3", "Petition"),
        ("4", "Planning"),
        ("5", "Any other business"),
    ]


def test_review_cases_an_items_number_and_a_sentence_stay_the_texts() -> None:
    """Over-reaches a review found: an item's number at a page's edge is no page number
    (no run of page counts); a sentence after a number and its dash is no heading; the date
    after "DATE OF NEXT MEETING" is the item's text; capital lines closed by a colon under
    a heading in capitals lead into lists."""
    paged = "3. Planning\nNo objection.\n\f\n4\nFinance\nRESOLVED that the accounts be paid.\n"
    assert [(i.number, i.title) for i in items_of(paged)] == [("3", "Planning"), ("4", "Finance")]
    dash = (
        "2. Apologies\nNone.\n\n3. 21/00124 - The Council objected to this application on the "
        "grounds of overdevelopment.\n\n4. DATE OF NEXT MEETING 6 April 2021\n"
    )
    assert [(i.number, i.title) for i in items_of(dash)] == [
        ("2", "Apologies"),
        ("3", "21/00124"),
        ("4", "DATE OF NEXT MEETING"),
    ]
    tight = (
        "APOLOGIES\nNone received.\nFINANCE\nThe Clerk presented the accounts.\n"
        "PAYMENTS FOR APPROVAL:\nWyvern Hall hire £50\nRECEIPTS SINCE LAST MEETING:\n"
        "Precept £5000\nPLANNING\nNo applications.\nCORRESPONDENCE\nNone.\n"
    )
    assert [i.title for i in items_of(tight)] == [
        "APOLOGIES",
        "FINANCE",
        "PLANNING",
        "CORRESPONDENCE",
    ]


def test_earlier_minutes_listed_inside_matters_arising_are_not_this_meetings_items() -> None:
    """A page printed line by line (items 201 to 206, each starting its line) whose matters
    arising run one long paragraph through earlier minutes ("Minute number 45 Weir: ...
    70 Footbridge: ..."): those are earlier meetings' minutes, not items of this one."""
    body = (
        "201 APOLOGIES FOR ABSENCE Received from Cllr Ash.\n\n"
        "202 DECLARATIONS OF INTEREST None.\n\n"
        "203 MINUTES OF LAST MEETING The minutes were signed as a true record.\n\n"
        "204 MATTERS ARISING Minute number 45 Weir: Referred to the Open Spaces Committee, a "
        "letter will be sent to residents. 70 Footbridge: Three engineering firms have been "
        "contacted and chased for a reply. ACTION Clerk to telephone the firms 83 Planning: "
        "Completed 84 Questions from the Public: The woodchip had been replenished as needed "
        "92 Annual Meeting: To be added to the February agenda. 93 Rural Network: Council do "
        "not wish to join. 94 Halls Committee: referred to the Halls Committee for "
        "amendments to its terms of reference.\n\n"
        "205 PLANNING No objection to the rear extension at Mill Cottage.\n\n"
        "206 POLICE MATTERS The PCSO was unable to attend.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["201", "202", "203", "204", "205", "206"]
    assert "70 Footbridge" in items[3].minutes


def test_a_flattened_paragraph_between_line_start_items_keeps_the_items_inside_it() -> None:
    """Items 3 to 5 run together on one long line between items 1, 2 and 6, 7 printed a
    line each: the numbers inside the line run on from 2 and into 6, so they are items."""
    body = (
        "1. Apologies Cllr Ash sent apologies.\n\n"
        "2. Minutes The minutes of the last meeting were approved and signed.\n\n"
        "3. Planning No objection was raised to the application for the barn conversion at "
        "Home Farm. 4. Footpaths The Clerk reported that the stile on footpath 12 had been "
        "repaired by the volunteers. 5. Finance The payments listed on the schedule were "
        "approved and the bank reconciliation was noted by members.\n\n"
        "6. Correspondence A letter from the school was noted.\n\n"
        "7. Date of next meeting 3 March.\n"
    )
    assert [i.number for i in items_of(body)] == ["1", "2", "3", "4", "5", "6", "7"]


def test_the_agenda_items_number_after_the_minutes_and_a_bullet_after_the_heading() -> None:
    """ "212.0 Agenda Item 2 Declarations of Interest • Cllr Ash declared ...": the minute's
    number, then the agenda's, then the heading, whose text starts at the bullet."""
    body = (
        "211.0. Agenda Item 1: Record of those Present/Apologies • Members: Cllrs Ash (Chair) "
        "and Birch. • Apologies: Cllr Cole.\n\n"
        "211.1 Welcome • The Chair welcomed everyone and opened the meeting.\n\n"
        "212.0 Agenda Item 2 Declarations of Interest • Cllr Ash declared an interest in "
        "item 9.\n\n"
        "213.0 Agenda Item 3. Exclusion of Press and Public. • It was resolved to exclude the "
        "press and public for item 14.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("211.0", "Record of those Present/Apologies"),
        ("211.1", "Welcome"),
        ("212.0", "Declarations of Interest"),
        ("213.0", "Exclusion of Press and Public"),
    ]


def test_a_number_with_the_council_year_and_the_item_alone_on_its_line() -> None:
    """ "07/14:01" above its heading: the fourteenth meeting of 2007, its first item."""
    body = (
        "07/14:01\nAPOLOGIES AND CHAIRMAN’S BUSINESS\nApologies were received from Cllr Ash.\n"
        "07/14:02\nMINUTES OF THE COUNCIL MEETING HELD ON 24TH SEPTEMBER 2007\n"
        "The minutes were approved.\n"
    )
    assert [i.number for i in items_of(body)] == ["07/14:01", "07/14:02"]


def test_headings_a_line_each_with_what_the_meeting_did_after_a_dash_are_minutes() -> None:
    """A line an item, a blank line between, as an agenda prints them; but each heading runs
    on into what happened ("2. Apologies – Mrs F Ash."): minutes, not an agenda above them."""
    body = (
        "2. Apologies – Mrs F Ash; Mr R Birch.\n\n"
        "3. Declarations of Interest: – Mr P Cole, Youth Group.\n\n"
        "4. Police Report – No Officer in attendance\n\n"
        "5. Minutes of the meeting held 27th September were approved as a true record.\n\n"
        "6. Matters Arising\n"
        "6.1 – Mobile Bank – Plans to re-site the bank in the car park are under review.\n"
        "6.2 – Road to Elrig – The potholes were reported to the council again.\n"
    )
    assert [i.number for i in items_of(body)][:5] == ["2", "3", "4", "5", "6"]


def test_headings_numbered_from_one_under_an_empty_item_are_its_sub_items() -> None:
    """ "11 REPORTS OF THE MONITORING OFFICER" with nothing of its own, then "1.Review of
    the Code" / its decision / "2.Annual Conference" / its decision: sub-items, numbered as
    printed; a numbered action log under its item ("1. Discuss the lease. Action – The
    Clerk") is no list of headings."""
    body = (
        "10 DECLARATION OF INTERESTS.\n\nNone.\n\n"
        "11 REPORTS OF THE MONITORING OFFICER\n1.Review of the Code of Conduct\n\nRESOLVED:\n\n"
        "That further consideration be given to the consultation at the next meeting.\n\n"
        "2.Annual Conference\n\nRESOLVED:\n\nThat attendance be considered at the next "
        "meeting.\n\n"
        "12 ACTIONS ARISING FROM THE MINUTES.\n\n"
        "1. Discuss the car park lease with the solicitor. Action – The Clerk\n\n"
        "The Clerk had written to the Land Registry.\n\n"
        "2. Distribute copies of the statement. Action – The Clerk\n\nAction complete.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("10", "DECLARATION OF INTERESTS"),
        ("11", "REPORTS OF THE MONITORING OFFICER"),
        ("1", "Review of the Code of Conduct"),
        ("2", "Annual Conference"),
        ("12", "ACTIONS ARISING FROM THE MINUTES"),
    ]
    assert [len(i.resolutions) for i in items] == [0, 0, 1, 1, 0]


def test_headings_numbered_from_one_run_in_at_a_colon_under_an_empty_item() -> None:
    """ "65/16/17 Matters arising: 1. Area Board: There has not been ..." / "2. Highways: ...":
    each numbered row whose short heading runs into its text at a colon is a sub-item, the
    unnumbered paragraph after one its text; numbered rows of owners' tasks ("1. Clerk: to
    write ...") and rows not all headed so are the item's points."""
    body = (
        "64/16/17 Minutes: The minutes were signed.\n\n"
        "65/16/17 Matters arising: 1. Wyvern Area Board: There has not been a meeting.\n\n"
        "2. Highways: Mrs Ash reported the crossing is on hold. Mr Hunt- Grubbe will try and "
        "establish who owns the land. After discussion Councillors agreed to offer £750 towards "
        "the plan.\n\nThe second crossing is at the plan stage.\n\n"
        "3. Youth Centre & Community: Mr Birch reported a meeting had been arranged.\n\n"
        "66/16/17 Actions: 1. Clerk: to write to the Highways team.\n\n"
        "2. Chair: to call the contractor.\n\n"
        "67/16/17 Planning: 1. Barn at Mill Lane: no objection.\n\n"
        "2. The Clerk reported two more applications: both were noted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("64/16/17", "Minutes"),
        ("65/16/17", "Matters arising"),
        ("1", "Wyvern Area Board"),
        ("2", "Highways"),
        ("3", "Youth Centre & Community"),
        ("66/16/17", "Actions"),
        ("67/16/17", "Planning"),
    ]
    assert "plan stage" in items[3].minutes and "plan stage" not in items[4].minutes
    assert [len(i.resolutions) for i in items[1:5]] == [0, 0, 1, 0]
    # (its text as printed: a name broken at a line's end keeps its form)
    assert [a.text for a in items[3].actions] == [
        "Mr Hunt- Grubbe will try and establish who owns the land"
    ]


def test_sub_items_a_converter_numbered_one_each_under_an_empty_item() -> None:
    """A saved page's nested list comes out "1." before every entry: under an item with no
    text of its own, each "1. Heading" standing over its text is a sub-item (a name's
    possessive, "Dr Ash’s Garden", is a place's heading, not a person)."""
    body = (
        "113/16 Matters Arising Out of Minutes\n\n"
        "1. Dr Ash’s Garden\n\nNothing to report.\n\n"
        "1. Bus Shelter\n\nThe Chair had spoken to the diocese about the shelter.\n\n"
        "1. Walks Brochures\n\nThe Clerk reported a letter from the Historical Society.\n\n"
        "Action: The Clerk to request a meeting.\n\n"
        "114/16 Boathouse use\n\nThe item was deferred.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("113/16", "Matters Arising Out of Minutes"),
        ("1", "Dr Ash’s Garden"),
        ("1", "Bus Shelter"),
        ("1", "Walks Brochures"),
        ("114/16", "Boathouse use"),
    ]
    assert [a.text for a in items[3].actions] == ["The Clerk to request a meeting"]


def test_lettered_sub_items_whose_headings_end_at_a_semicolon() -> None:
    """ "a) Ditch at Mill Meadow; Nothing further to report.": the heading ends at the
    semicolon; "a) Ref Minute 227b; New Residents Welcome Letter" is one heading (no
    text follows the semicolon, only another heading)."""
    body = (
        "7. Matters Arising:\n"
        "a) Ditch at Mill Meadow; Nothing further to report.\n"
        "b) Any Other Matter Arising; Pot holes – the Clerk has been in touch with Highways.\n"
        "\n8. Correspondence:\n"
        "a) Ref Minute 227b; New Residents Welcome Letter\n\nThe draft was approved.\n\n"
        "b) Ref Minute 228c; Village Emergency Plan\n\nNo progress was reported.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("7", "Matters Arising"),
        ("a", "Ditch at Mill Meadow"),
        ("b", "Any Other Matter Arising"),
        ("8", "Correspondence"),
        ("a", "Ref Minute 227b; New Residents Welcome Letter"),
        ("b", "Ref Minute 228c; Village Emergency Plan"),
    ]


def test_minute_rows_citing_earlier_minutes_under_headings_are_not_the_items() -> None:
    """A ModernGov page with its item numbers dropped: headings alone, and under "Matters
    Arising" rows citing earlier minutes ("Minute 285: ...", "Minute 284: ...", "Minute
    285: ..."), numbers that go back and repeat as a page's own never do."""
    body = (
        "Chairman's Announcements\n\nAny apologies for absence will be noted at this point.\n\n"
        "Apologies were received from Mr Ash.\n\n"
        "Minutes pdf icon PDF 112 KB\n\nTo approve the minutes of the meeting held on 18 June.\n\n"
        "That the minutes of the meeting held on 18 June be approved as a correct record.\n\n"
        "Matters Arising\n\n"
        "Minute 285: Annual Report: Members noted that Council had received the report.\n\n"
        "Minute 284: Gallery Monitoring: Members asked officers to circulate the plan.\n\n"
        "Minute 285: Work Programme: Feedback was requested on public attendance.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == ["Chairman's Announcements", "Minutes", "Matters Arising"]
    assert [r.ref for r in items[2].refs] == ["285", "284"]


def test_a_list_closed_by_its_full_stop_leaves_the_next_heading_standing() -> None:
    """ "The following substitutes had been received :" / "Ann Ash for Ben Birch." opens
    and closes a list; the heading alone after it ("Chair's Remarks") is an item."""
    body = (
        "Nomination of Substitutes\n\nPresented By: Chair\n\n\n"
        "The following substitutes had been received :\n\n\nAnn Ash for Ben Birch.\n\n\n"
        "Chair's Remarks\n\nPresented By: Chair\n\n\n"
        "The Chair welcomed everyone to the first meeting of the year.\n\n\n"
        "Matters Arising\n\nPresented By: Chair\n\n\nThere were no matters arising.\n"
    )
    titles = [i.title for i in items_of(body)]
    assert titles == ["Nomination of Substitutes", "Chair's Remarks", "Matters Arising"]


def test_items_in_the_agendas_words_over_their_numbered_sub_items() -> None:
    """Most items headed in the agenda's words ("2. To elect Chairman of the Council"),
    which alone read as a decision's parts, and two of them with sub-items ("6.1 Tree
    Warden: Cllr Ash"): the items are 1 to 8, the sub-items inside them."""
    body = (
        "1. Apologies for Absence\nCllrs Cole and Dean.\n"
        "2. To elect Chairman of the Council\nCllr Ash proposed Cllr Birch, Cllr Cole seconded.\n"
        "3. To receive the Chairman’s declaration of acceptance of office\n"
        "The Clerk received the signed form.\n"
        "4. To elect a Vice-Chairman of the Council\nThis item is on hold.\n"
        "5. To receive the Vice-Chairman’s declaration of acceptance of office\n"
        "This item is on hold.\n"
        "6. To appoint representatives to outside bodies\n6.1 Tree Warden: Cllr Ash\n"
        "6.2 Village Hall – Cllr Birch\n6.3 Planning – Cllr Cole\n"
        "7. To appoint committees and sub-committees\n7.1 Planning Committee – all members\n"
        "7.2 Playing Field Committee – Cllrs Ash and Dean\n"
        "8. Matters Arising\nThe Clerk reported on the footpath.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert "6.2 Village Hall – Cllr Birch" in items[5].minutes


def test_a_resolutions_word_after_and_in_capitals_still_ends_the_heading() -> None:
    """ "ITEMS FOR DECISION" keeps its last word, but minutes in capitals that run "... AND
    RESOLVED TO ..." or "... AND NOTED." into the heading still hold their decision."""
    items = items_of(
        "1. APOLOGIES\n\nNone.\n\n2. PLANNING APPLICATIONS TO NOTE AND RESOLVED TO MAKE NO "
        "COMMENT\n\n3. PLAY AREA INSPECTION REPORT WAS RECEIVED AND NOTED.\n"
    )
    assert [len(it.resolutions) for it in items] == [0, 1, 1]


def test_the_agendas_number_closing_a_heading_stays_with_it() -> None:
    """ "(Agenda item 2)" after a heading in capitals, glued to it or after its colon, is
    the heading's; the minutes' text starts below."""
    items = items_of(
        "01/26    APOLOGIES:  (Agenda item 1)\n\nApologies were received from Cllr Ash.\n\n"
        "02/26    ELECTION OF MAYOR(Agenda item 2)\n\nCllr Birch was elected.\n\n"
        "03/26    ELECTION OF DEPUTY MAYOR (Agenda item 3)\n\nCllr Cole was elected.\n"
    )
    assert [i.title for i in items] == [
        "APOLOGIES: (Agenda item 1)",
        "ELECTION OF MAYOR (Agenda item 2)",
        "ELECTION OF DEPUTY MAYOR (Agenda item 3)",
    ]
    assert items[1].minutes == "Cllr Birch was elected."


def test_a_years_running_minutes_glued_to_their_headings_in_the_agendas_words() -> None:
    """Minutes numbered on through the year after its stop ("17.146"), the number glued
    to the heading, most headings in the agenda's words; the count of the public in the
    attendance ("3 Members of the Public") is no item."""
    page = (
        "Minutes of the Council Meeting held on Wednesday 13th September 2017 in the Parish "
        "Hall.\n\nPresent: A. Ash – Chairman, B. Birch\n\n3 Members of the Public – (2 Part of "
        "Meeting)\n\n17.146Apologies for Absence – Councillors C. Cole and D. Dean.\n\n"
        "17.147To receive Declarations of Interest in accordance with the Code of Conduct – "
        "None.\n\n17.148To receive reports from County and District Councillors:\n\nCounty "
        "Councillor Elm reported on the bypass.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("17.146", "Apologies for Absence"),
        ("17.147", "To receive Declarations of Interest in accordance with the Code of Conduct"),
        ("17.148", "To receive reports from County and District Councillors"),
    ]


def test_a_ledgers_codes_in_three_figures_are_no_minutes() -> None:
    """Codes after a stop in three figures that do not run on one by one ("40.110",
    "40.250") are no year's minutes: the page's items stay its own."""
    items = items_of(
        "1. Apologies\n\nNone.\n\n2. Accounts\n\nThe following were paid:\n40.110 Grass "
        "cutting contract payment\n40.250 Street lighting maintenance\n\n3. Planning\n\nNo "
        "comment.\n"
    )
    assert [i.number for i in items] == ["1", "2", "3"]


def test_one_word_headings_closed_by_a_colon_that_name_business_or_a_report() -> None:
    """ "Chairman:" over the Chairman's report and "Correspondence:" over its letters are
    headings like "Police Report:"; a form's one-word field ("Others:") is not."""
    items = items_of(
        "Police Report:\n\n• No report was received.\n\nMatters Arising:\n\n• The bus "
        "service will return in April.\n\nChairman:\n\n• The Chairman referred to the "
        "recent liaison group meeting.\n\nCorrespondence:\n\n• A letter from the school "
        "was read.\n\nOthers:\n\n• None.\n"
    )
    titles = [i.title for i in items]
    assert titles[:4] == ["Police Report", "Matters Arising", "Chairman", "Correspondence"]
    assert "Others" not in titles


def test_colon_headings_on_a_page_of_a_paragraph_a_line() -> None:
    """A page laid out a paragraph a line, with no blank lines: a heading closed by a
    colon after a sentence's end starts an item ("Police Report: ...")."""
    items = items_of(
        "Present: Cllr Ash (Chair), Cllr Birch, Cllr Cole.\n"
        "Minutes of Previous Meeting: Approved by Cllr Ash; seconded by Cllr Birch.\n"
        "Police Report: Two thefts were reported in April.\n"
        "Matters Arising:\n"
        "The bench had been repaired. Cllr Cole to thank the volunteers.\n"
        "Finance Report: The balance was £1,200.\n"
    )
    assert [i.title for i in items][-3:] == ["Police Report", "Matters Arising", "Finance Report"]


def test_colon_headings_in_a_block_of_a_paragraph_a_line_with_its_labels() -> None:
    """A block laid out a paragraph a line, the page's other blocks apart, is read so even
    where a label's line ("Apologies: Cllr Dee, Cllr Eve") or a section's heading closed by
    a colon stands among its paragraphs."""
    items = items_of(
        "Minute of Meeting 4th March 2024 Village Hall, Fenmarsh\n\n"
        "Present: Ann Ash (chair), Bob Birch, Cat Cole\n\n"
        "Apologies: Cllr Dee, Cllr Eve\n"
        "Minute of last meeting: Approved.\n"
        "Police Report: Two thefts were reported in February.\n"
        "Hall Roof: Three quotes were received. It was agreed to accept the lowest.\n"
        "Other Agenda items:\n"
        "Footpath Signs: No progress since the last meeting.\n"
        "\nPlanning Applications:\n• APP/2024/0101 Extension at 3 Mill Lane. No comment.\n"
    )
    titles = [i.title for i in items]
    assert titles[:3] == ["Minute of last meeting", "Police Report", "Hall Roof"]
    assert "Planning Applications" in titles


def test_a_moderngov_row_without_a_number_above_the_numbered_ones_keeps_its_heading() -> None:
    """A row printed before the numbered minutes with no number of its own ("PART I -
    RECOMMENDATIONS" / "RECOMMENDATION I - Terms of Reference" / "Minutes:") is an item
    headed by the line over its label."""
    page = (
        "Agenda and minutes\n\nScrutiny Committee - Monday 16 March 2009 7.00 pm\n\n"
        "Venue: Committee Room 1, Civic Centre, Wexcombe\n\nItems\nNo. Item\n\n"
        "PART I - RECOMMENDATIONS\n\nRECOMMENDATION I - Committee Terms of Reference\n\n"
        "Minutes:\n\nMembers considered a report of the Chief Executive on the terms of "
        "reference.\n\nResolved to RECOMMEND: (to Council)\n\nThat the revised terms of "
        "reference be approved.\n\nPART II - MINUTES\n\n498.\n\nAttendance by Reserve "
        "Members\n\nMinutes:\n\nRESOLVED: To note that there were no Reserve Members.\n\n"
        "499.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, "RECOMMENDATION I - Committee Terms of Reference"),
        ("498", "Attendance by Reserve Members"),
        ("499", "Declarations of Interest"),
    ]
    assert items[0].minutes.startswith("Members considered")


def test_a_motion_heading_in_capitals_above_the_articles_is_an_item() -> None:
    """A Scottish minute's business taken before its numbered articles, under a heading in
    capitals that names the body ("MOTION FOR POSTPONEMENT OF POLICY AND RESOURCES
    COMMITTEE"), is an item; the names above it stay who came."""
    page = (
        "Policy Committee - 28/09/2020\n\nAt a MEETING of the POLICY COMMITTEE held "
        "remotely at Wexcombe on 28th September, 2020.\n\nBAILIES\n\nAnn ASH\n\nBen BIRCH"
        "\n\nCouncillor Cat COLE, Convener, in the Chair.\n\n"
        "MOTION FOR POSTPONEMENT OF POLICY AND RESOURCES COMMITTEE\n\nBailie Ash, seconded by "
        "Bailie Birch, moved that the business be deferred.\n\nAs an amendment, the Convener "
        "moved not to defer, and the amendment was declared carried.\n\n"
        "I DECLARATIONS OF INTEREST\n\nNo declarations of interest were made.\n\n"
        "II REVENUE BUDGET\n\nThe Committee noted the report.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, "MOTION FOR POSTPONEMENT OF POLICY AND RESOURCES COMMITTEE"),
        ("I", "DECLARATIONS OF INTEREST"),
        ("II", "REVENUE BUDGET"),
    ]


def test_an_office_filled_under_the_election_is_no_heading() -> None:
    """ "Secretary: Trish Graham was appointed ..." under the office bearers' election is
    that item's text, however many such lines follow."""
    items = items_of(
        "Police Report: Two thefts were reported.\n\nAppointment of Office Bearers: the "
        "following were elected.\n\nSecretary: Cllr Ash was duly appointed as Secretary.\n\n"
        "Treasurer: Cllr Birch was duly appointed as Treasurer.\n\nCommunity Centre: The roof "
        "has been repaired.\n\nFinance Report: The balance was £1,200.\n"
    )
    titles = [i.title for i in items]
    assert "Appointment of Office Bearers" in titles and "Community Centre" in titles
    assert not {"Secretary", "Treasurer"} & set(titles)


def test_an_officers_report_under_its_title_is_a_heading() -> None:
    """ "Treasurer: The balance stands at ..." on a page of a paragraph a line is the
    Treasurer's report, a heading like "Police Report:"; only an office filled at an
    election is no heading."""
    items = items_of(
        "Police Report: Two thefts were reported in April.\n"
        "Chairman: The Chairman reported on the gala day.\n"
        "Secretary: Correspondence was received from the County Council.\n"
        "Treasurer: The balance stands at £1,234.\n"
        "Planning: No applications were received.\n"
    )
    assert [i.title for i in items] == [
        "Police Report",
        "Chairman",
        "Secretary",
        "Treasurer",
        "Planning",
    ]


def test_a_heading_under_its_number_alone_runs_on_after_a_dash_into_the_text() -> None:
    # (a table converted a cell a line: the number, then heading and text, then the owner)
    body = (
        "3.4\n\n(3.5) Welcome Packs – RM to distribute packs to new residents in Mill Close."
        "\n\nRM\n\n3.5\n\nFootpath at Ash Farm - Application withdrawn. No further action.\n\n"
        "3.6\n\nMatters Arising - None\n\n3.7\n\nTraCC – Mr Rhys Mason\n\nA talk about the "
        "railway campaign.\n\n3.8\n\nReport of the Director – Budget 2025/26\n\nNoted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("3.4", "(3.5) Welcome Packs"),
        ("3.5", "Footpath at Ash Farm"),
        ("3.6", "Matters Arising"),
        ("3.7", "TraCC – Mr Rhys Mason"),
        ("3.8", "Report of the Director – Budget 2025/26"),
    ]
    assert items[0].minutes.startswith("RM to distribute packs")
    assert [(a.owner, a.text) for a in items[0].actions] == [
        ("RM", "RM to distribute packs to new residents in Mill Close")
    ]
    # (a dash spaced wide too, before who sent apologies)
    body = (
        "1.\n\nApologies and Reasons for Absence  -  Cllr Mrs R Ash\n\n2.\n\nFinance\n\n"
        "The accounts were paid.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Apologies and Reasons for Absence"),
        ("2", "Finance"),
    ]
    assert items[2].minutes == "None"


def test_minute_numbers_with_the_years_four_figures_spaced_or_after_a_stop_and_dash() -> None:
    spaced = (
        "2017 / 22 – Election of Chairperson\n\nCllr Ash was elected.\n\n2017 / 23 – To receive "
        "the Chairperson's Declaration of Acceptance of Office\n\nSigned.\n\n2017/ 24 - "
        "Apologies\n\nNone.\n"
    )
    assert [(i.number, i.title) for i in items_of(spaced)] == [
        ("2017/22", "Election of Chairperson"),
        ("2017/23", "To receive the Chairperson's Declaration of Acceptance of Office"),
        ("2017/24", "Apologies"),
    ]
    stopped = (
        "Minute No. 111/2018. – Apologies for Absence.\n\nCllr Ash.\n\nMinute No. 112/2018. – "
        "Co- option of Mr M.J.J. Tribe to the Council.\n\nMr Tribe was co-opted.\n\nMinute No. "
        "113/2018 – To consider the Minutes of the meeting held on 13 September 2018.\n\n"
        "Accepted as a true record.\n"
    )
    assert [(i.number, i.title) for i in items_of(stopped)] == [
        ("111/2018", "Apologies for Absence"),
        ("112/2018", "Co- option of Mr M.J.J. Tribe to the Council"),
        ("113/2018", "To consider the Minutes of the meeting held on 13 September 2018"),
    ]


def test_a_list_from_one_between_two_items_is_the_first_ones() -> None:
    body = (
        "PF8/16. APOLOGIES: None\n\nPF9/16. MINUTES OF THE LAST MEETING\n\nAgreed.\n\n"
        "PF10/16. GROUND MAINTENANCE\n\n(1) Fences and gates in good order.\n(2) Play equipment "
        "– in good order\n(3) Football pitch – in good order\n(4) Club hut – Mr Hince to look at "
        "the cost of replacing the hut\n(5) Trees – fine\n\nPF11/16. FINANCE\n\nNoted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("PF8/16", "APOLOGIES"),
        ("PF9/16", "MINUTES OF THE LAST MEETING"),
        ("PF10/16", "GROUND MAINTENANCE"),
        ("PF11/16", "FINANCE"),
    ]
    assert [a.owner for a in items[2].actions] == ["Mr Hince"]


def test_glued_colons_and_paragraph_numbers_of_text_a_converter_lost_spaces_in() -> None:
    body = (
        "1.Introductions and Apologies\n\n1.1Apologies from Cllr Ash and Cllr Birch.\n\n2.To "
        "approve the minutes of the meeting held on 13 September 2013\n\n2.1RESOLVED\n\n"
        "2.1.1That the minutes be approved as a correct record.\n\n3.Declarations of "
        "Interest:Cllr Cole, Allotments\n\n4.Matters Arising:None.\n\n5.Minutes of the meeting "
        "held on 6th July 2016:Agreed.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Introductions and Apologies"),
        ("2", "To approve the minutes of the meeting held on 13 September 2013"),
        ("3", "Declarations of Interest"),
        ("4", "Matters Arising"),
        ("5", "Minutes of the meeting held on 6th July 2016"),
    ]
    assert items[2].minutes == "Cllr Cole, Allotments"
    assert [r.text for r in items[4].resolutions] == ["Agreed"]


def test_roman_numbers_after_item_and_a_dash() -> None:
    body = (
        "ITEM I – Welcome and Apologies\n\n1. Ann welcomed everyone.\n\nITEM II – Minutes of Last "
        "Meeting\n\n1. The minutes were approved.\n\nITEM III – Actions arising\n\n1. None.\n"
        "\nITEM IV –Ann Ash, Hospital Steering Group\n\n1. Ann reported on the group.\n"
    )  # (the dash glued to the heading, as a converter left it)
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("I", "Welcome and Apologies"),
        ("II", "Minutes of Last Meeting"),
        ("III", "Actions arising"),
        ("IV", "Ann Ash, Hospital Steering Group"),
    ]


def test_roman_numbers_after_item_in_its_own_case_and_a_space() -> None:
    body = (
        "Item I The Emergency Powers Regulations, 2020.\n\nThe Council resolved not to annul "
        "the Regulations.\n\nItem II Code of Conduct Amendment\n\nThe Council resolved to "
        "approve the amendments.\n\nItem III Appointment of Commissioner\n\nThe Council "
        "resolved to approve the appointment.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("I", "The Emergency Powers Regulations, 2020"),
        ("II", "Code of Conduct Amendment"),
        ("III", "Appointment of Commissioner"),
    ]


def test_a_heading_in_capitals_run_on_after_the_last_line_of_the_minute_before() -> None:
    body = (
        "55. APOLOGIES FOR ABSENCE\n\nApologies were submitted on behalf of Councillors Ash and "
        "Birch. 56. DECLARATIONS OF INTEREST\n\nNone were declared.\n\n57. MINUTES OF "
        "PROCEEDINGS\n\nApproved.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("55", "APOLOGIES FOR ABSENCE"),
        ("56", "DECLARATIONS OF INTEREST"),
        ("57", "MINUTES OF PROCEEDINGS"),
    ]
    assert items[0].minutes == "Apologies were submitted on behalf of Councillors Ash and Birch."


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        (
            "5. Formal adoption of J. Lawrence as full member",
            "Formal adoption of J. Lawrence as full member",
        ),
        ("6. Apologies. J. Smith sent apologies.", "Apologies"),
        ("7. Plan B. The council agreed the plan.", "Plan B"),
    ],
)
def test_an_initial_before_a_surname_ends_no_heading(line: str, heading: str) -> None:
    assert split_run_in(line.split(" ", 1)[1], numbered=True)[0] == heading


def test_a_heading_under_its_lone_number_closed_by_a_colon_before_who_came() -> None:
    body = (
        "49/21\n\nApologies:- Councillors Mrs. J. Ash, Mrs. S. Birch.\n\n50/21\n\nPublic Forum:- "
        "Mr Guest had nothing to raise.\n\n51/21\n\nBy-Election: Greyfriars Ward, Wexford\n\n"
        "Cllr Cole was elected.\n\n52/21\n\nApologies–Councillor D. Dale\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("49/21", "Apologies"),
        ("50/21", "Public Forum"),
        ("51/21", "By-Election: Greyfriars Ward, Wexford"),
        ("52/21", "Apologies"),
    ]
    assert items[0].minutes.startswith("Councillors Mrs. J. Ash")


def test_a_dated_numbers_agenda_worded_heading_ends_where_its_text_repeats_its_word() -> None:
    body = (
        "15/12/01 To receive Apologies for absence Apologies were received from Cllr Ash.\n\n"
        "15/12/02 To receive any declarations of interest and consider any requests for "
        "dispensations\n\nNone.\n\n15/12/03 To approve the Minutes of the meeting of 2nd "
        "November 2015\n\nApproved.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("15/12/01", "To receive Apologies for absence"),
        (
            "15/12/02",
            "To receive any declarations of interest and consider any requests for dispensations",
        ),
        ("15/12/03", "To approve the Minutes of the meeting of 2nd November 2015"),
    ]
    assert items[0].minutes == "Apologies were received from Cllr Ash."


def test_an_agenda_worded_heading_ends_before_its_own_first_paragraph_or_a_passive() -> None:
    """The text that opens with the item's own first paragraph number ("2.1 Cllr Park
    declared ..."), with a thing told in the passive ("Apologies had been received ..."),
    or after a bullet, is no part of the heading in the agenda's words."""
    body = (
        "1.To receive and approve apologies for absence Apologies had been received from Cllrs. "
        "Ash & Birch and it was RESOLVED that these apologies be accepted.\n\n2. To receive "
        "declarations of pecuniary or personal interest 2.1 Cllr Cole declared a personal "
        "interest in Item 6 Planning & took no part in this item.\n\n3. To consider any response "
        "to be made to Planning Applications • 3/2018/1069 Holden Nursery – amendments approved "
        "• 3/2018/1014 5 Main Road – no objection.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "To receive and approve apologies for absence"),
        ("2", "To receive declarations of pecuniary or personal interest"),
        ("3", "To consider any response to be made to Planning Applications"),
    ]
    assert items[1].minutes.startswith("2.1 Cllr Cole declared")


def test_a_list_under_a_sentence_closed_by_a_semicolon_is_no_chain_of_items() -> None:
    """A numbered list whose lead-in ends with a semicolon ("He gave her 3 messages to
    consider;" / "1. Transport: ...") is the item's text, not items; and a page's title with
    its year, "2017 Minutes", is no item numbered 2017."""
    page = (
        "2017 Minutes\n\nAgenda and minutes\n\nVenue: Council Chamber, Wexford House\n\n"
        "No. Item\n\n\nApologies for Absence\n\n\nApologies were received from Councillor "
        "Ash\n\n\n\nAnnouncements from the Mayor and Leader\n\n\nThe Leader congratulated "
        "the new MP. He gave her 3 messages to consider;\n\n\n1.     Transport: focus on "
        "cycling and walking.\n\n\n2.     Homelessness: more homes are needed.\n\n\n3.     "
        "Budgets: both councils need more money.\n\n\n\nQuestions from Members of the "
        "Public\n\n\nA written question was received from Jo Birch.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        (None, "Apologies for Absence"),
        (None, "Announcements from the Mayor and Leader"),
        (None, "Questions from Members of the Public"),
    ]


def test_agenda_worded_headings_run_on_by_the_second_part_of_a_year_first_number() -> None:
    """Minutes numbered with the year first, "21/67", "21/68", run on by their second part;
    so do headings in the agenda's words among them ("21/69 To approve the Minutes ...")."""
    body = (
        "21/67 Apologies\nApologies were received from Cllr Ash.\n\n21/68 Declarations of "
        "Interest\nThere were none.\n\n21/69 To approve the Minutes of the previous meeting\n"
        "The minutes were approved.\n\n21/70 Ward Councillor Report\nCllr Birch reported on "
        "the roads.\n\n21/71 To invite views from members of the parish\nNone were given.\n\n"
        "21/72 Planning\nNo applications.\n"
    )
    assert [i.number for i in items_of(body)] == [
        "21/67",
        "21/68",
        "21/69",
        "21/70",
        "21/71",
        "21/72",
    ]


def test_a_short_list_from_one_on_a_moderngov_page_of_icon_headings_is_no_chain() -> None:
    page = (
        "Cabinet - Tuesday, 11th February, 2025 2.00 pm\n\nMinutes of the previous meeting "
        "(previously circulated) pdf icon PDF 188 KB\n\nThat the minutes be approved.\n\n"
        "Declarations of Interest, if any\n\n1.    Disclosable Pecuniary Interests\n\n2.    Other "
        "Interests\n\nThere were no declarations made.\n\nForward Plan pdf icon PDF 178 KB\n\n"
        "That the Forward Plan be approved for publication.\n\nBudget Report pdf icon PDF 394 KB"
        "\n\nThe Cabinet noted the report.\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert "Minutes of the previous meeting (previously circulated)" in titles
    assert "Forward Plan" in titles and "Budget Report" in titles
    assert "Disclosable Pecuniary Interests" not in titles


# A ModernGov page with no item numbers: its first row's heading lost, and a report's
# discussion in numbered paragraphs under its heading.
_ICON_ROWS = (
    "Agenda and minutes\n\nMonday, 3rd March, 2025 10.00 am\n\nVenue: Council Chamber, "
    "Wyvern House, Ashford. View directions\n\nContact: Jo Reed\n\nNo. Item\n\n\n\n"
    "Additional documents:\n\n\nApologies were received from Councillor Marsh.\n\n\n"
    "Minutes of the Meeting held on 3 February 2025 pdf icon PDF 130 KB\n\n"
    "RESOLVED that the minutes be signed by the Chair.\n\n\n"
    "Budget Strategy 2025-28 pdf icon PDF 191 KB\n\n"
    "1.            Cabinet received a report setting out the final draft budget proposals "
    "for the coming three years.\n\n"
    "2.            The Director of Finance introduced the report and said that the proposals "
    "were currently out for consultation.\n\n"
    "3.            In response to a question the Director confirmed that no changes had been "
    "received from the scrutiny committees.\n\n"
    "RESOLVED that Cabinet endorse the draft budget.\n"
)


def test_numbered_paragraphs_under_an_icon_heading_are_its_text() -> None:
    items = parse(read_text(_ICON_ROWS.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, ""),
        (None, "Minutes of the Meeting held on 3 February 2025"),
        (None, "Budget Strategy 2025-28"),
    ]
    assert "Director of Finance introduced" in items[2].minutes
    assert len(items[2].resolutions) == 1


def test_a_moderngov_tables_first_row_without_its_heading_is_an_item() -> None:
    """Above the first heading of a page of icon headings stands the first row, its heading
    lost: its apologies are its minutes (in formal minutes they are the attendance's)."""
    first = parse(read_text(_ICON_ROWS.encode())).parts[0].items[0]
    assert first.minutes == "Apologies were received from Councillor Marsh."
    formal = (
        "MINUTES of a meeting of the Wyvern Cabinet held on 3 March 2025\n\n"
        "Apologies were received from Councillor Marsh.\n\n1. Minutes\n\n"
        "RESOLVED that the minutes be signed.\n\n2. Budget\n\nRESOLVED that the budget be "
        "endorsed.\n"
    )
    assert [i.title for i in parse(read_text(formal.encode())).parts[0].items] == [
        "Minutes",
        "Budget",
    ]
    # (with no header, what stands first is the site's, not a row: "Meetings ... usually
    # take place at our main offices ...")
    noted = _ICON_ROWS.split("No. Item", 1)[1].replace(
        "Apologies were received from Councillor Marsh.",
        "Meetings of the Authority and its Committees usually take place at our main offices "
        "at Wyvern House, Ashford, however when necessary meetings may take place elsewhere.",
    )
    titles = [i.title for i in parse(read_text(noted.encode())).parts[0].items]
    assert titles[0] == "Minutes of the Meeting held on 3 February 2025"
    # (the first row's heading without its report's icon is its title, whatever its words)
    headed = _ICON_ROWS.replace(
        "Additional documents:\n\n\nApologies were received from Councillor Marsh.",
        "Attendance by Reserve Members\n\nTo note the attendance of any Reserve Members.",
    )
    first = parse(read_text(headed.encode())).parts[0].items[0]
    assert (first.title, first.minutes) == (
        "Attendance by Reserve Members",
        "To note the attendance of any Reserve Members.",
    )


def test_a_moderngov_pages_note_above_its_rows_is_no_row() -> None:
    """The page's own "Note:" field above the rows, as ModernGov shows it under "Venue:" and
    "Contact:", is no first row's minutes."""
    page = _ICON_ROWS.replace(
        "Contact: Jo Reed\n\n",
        "Contact: Jo Reed\n\nNote: Please note that the public proceedings of the meeting will "
        "be recorded and made available for playback on the Council's website.\n\nMedia\n\n",
    ).replace("Additional documents:\n\n\nApologies were received from Councillor Marsh.", "")
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == ["Minutes of the Meeting held on 3 February 2025", "Budget Strategy 2025-28"]


def test_a_long_heading_standing_over_its_text_is_an_item() -> None:
    """A paragraph-style number with a long heading alone on its line, its text below, is
    an item ("14.44 Update on rats on Church Lane and follow-up action"); a long line that
    opens with a participle is a numbered paragraph."""
    page = (
        "Minutes of the Wyvern Parish Council meeting held on 14 May 2025\n\n"
        "14.42     Matters Arising\nThere were none.\n\n"
        "14.43     Access to the Allotments\nThe Chair had reached agreement with the owners.\n\n"
        "14.44      Update on rats on Church Lane and follow-up action by the council\n"
        "There were still problems. The contractor said these were being attended to.\n\n"
        "14.45     Finance\nThe accounts were paid.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.number for i in items] == ["14.42", "14.43", "14.44", "14.45"]
    assert items[2].title == "Update on rats on Church Lane and follow-up action by the council"
    para = page.replace(
        "Update on rats on Church Lane and follow-up action by the council",
        "Submitted letter of thanks from the Village Hall committee for the grant",
    )
    assert [i.number for i in parse(read_text(para.encode())).parts[0].items] == [
        "14.42",
        "14.43",
        "14.45",
    ]


def test_a_transcription_without_line_breaks_is_cut_at_its_glued_minute_numbers() -> None:
    """A PDF transcription that lost its line breaks glues each minute's number to the
    sentence before it and its heading in capitals to its text."""
    page = (
        "MINUTES OF WYVERN PARISH COUNCIL ANNUAL MEETING HELD ON MONDAY 13 MAY 2025 IN THE "
        "VILLAGE HALL. PRESENT Cllrs Hume, Calnan and Finch. The Chair welcomed the new "
        "Councillors to the Parish Council following the contested election in the village "
        "this spring.57/25 ELECTION OF CHAIRJohn Hume was proposed and elected as Chair of "
        "the Council.58/25 ELECTION OF VICE CHAIRAndrew Rogers was proposed, seconded and "
        "elected as Vice Chair.59/25 APOLOGIES were received from Robert Lindsay who was away."
        "60/25 ACCEPT MEMBERS DECLARATIONS OF INTERESTThere were none on this occasion.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("57/25", "ELECTION OF CHAIR"),
        ("58/25", "ELECTION OF VICE CHAIR"),
        ("59/25", "APOLOGIES"),
        ("60/25", "ACCEPT MEMBERS DECLARATIONS OF INTEREST"),
    ]
    assert [len(i.resolutions) for i in items] == [1, 1, 0, 0]


def test_a_numbered_sentence_opening_with_by_has_no_heading() -> None:
    """ "2. By means of a presentation Mrs Walker advised that ...": a paragraph, not a
    heading cut where the name starts."""
    line = "By means of a presentation Mrs S. Walker, Drug and Alcohol Officer, advised that"
    assert split_run_in(line, numbered=True)[0] is None


def test_a_committees_letters_number_and_year_after_a_dash_are_one_number() -> None:
    page = (
        "Audit Committee Minutes\n\nMonday, 22nd September, 2025\n\n"
        "AUD11 - 25/26 Apologies for Absence\nApologies were received from Councillor Sharpe.\n\n"
        "AUD12 - 25/26 Disclosures of Interest\nThere were no disclosures.\n\n"
        "AUD13 - 25/26 Minutes\nThe minutes were signed as a correct record.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("AUD11 - 25/26", "Apologies for Absence"),
        ("AUD12 - 25/26", "Disclosures of Interest"),
        ("AUD13 - 25/26", "Minutes"),
    ]


def test_a_tables_minute_numbers_with_a_dashed_year_and_the_agendas_number() -> None:
    """Under "Minute No. Agenda Item", each row's minute number with its year after a
    dash, then the agenda's number, then the heading in capitals: the minute numbers the
    item, the agenda's number is no part of its title."""
    page = (
        "MINUTES of the MEETING OF WYVERN TOWN COUNCIL HELD ON 16 JANUARY 2018\n\n"
        "Minute No. Agenda Item\n\n"
        "001-18 1 APOLOGIES Apologies were received from Cllr Roberts.\n\n"
        "002-18 2 TO CO-OPT NEW COUNCILLORS No nominations were received.\n\n"
        "003-18 3 DECLARATIONS OF INTEREST There were none.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("001-18", "APOLOGIES"),
        ("002-18", "TO CO-OPT NEW COUNCILLORS"),
        ("003-18", "DECLARATIONS OF INTEREST"),
    ]


def test_minute_numbers_with_a_committees_letter_and_who_else_was_on_the_call() -> None:
    page = (
        "Full Council Meeting Minutes 15.10.20\n\n"
        "Members: Cllr D Crichton (Chair) (P) Cllr O Barneveld (P)\n"
        "Also on the call were C/Cllr P Stallard and D/Cllrs A Clear, T Evans and N Cutler. "
        "Also presents were Katie Bone, Community Officer, and Tony Daniells, Clerk.\n"
        "065/21C Apologies: Apologies were received from Cllr A Kirby.\n"
        "066/21C Declarations of Interest: None were declared.\n"
        "067/21C Minutes\nIt was RESOLVED that the minutes be accepted as an accurate record.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("065/21C", "Apologies"),
        ("066/21C", "Declarations of Interest"),
        ("067/21C", "Minutes"),
    ]


def test_a_documents_stamp_beside_its_page_count_in_a_page_break_is_no_heading() -> None:
    """A document's stamp, its first line, printed again beside the page's count where a
    page breaks between a minute's number and its heading ("C18/05/02/04" / "Page 1 of 7
    3.1 WDC 08.05.18" / "BUSINESS ARISING ..."): blanked, the heading is the minute's."""
    page = (
        "3.1 WDC 08.05.18\n\nMinutes of the ordinary meeting of the DISTRICT COMMISSIONERS "
        "held on Tuesday 8th May 2018 at 7.00 p.m.\n\nPresent: Mr A. Ash (Chairman), Mr B. "
        "Birch\n\nApologies: Mr C. Cole\n\nIn Attendance: Mr D. Dale (Clerk)\n\n"
        "C18/05/02/03 MINUTES\n\nThe minutes "
        "were agreed.\n\nC18/05/02/04\n\nPage 1 of 7 3.1 WDC 08.05.18\n\nBUSINESS ARISING "
        "NOT REFERRED TO IN THE MINUTES\n\nThe Surveyor reported on the sensory garden.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("C18/05/02/03", "MINUTES"),
        ("C18/05/02/04", "BUSINESS ARISING NOT REFERRED TO IN THE MINUTES"),
    ]
    # (a page's number at its foot, text in mixed case that far below, heads nothing)
    footed = (
        "Minutes of the meeting of Wyvern Parish Council held on 4 March 2025\n\n1. Apologies\n"
        "None.\n\n2. Correspondence\nA letter was read.\n3\n\n\n\nHighways England\nhad "
        "written about the A1.\n\n3. Finance\nThe accounts were noted.\n"
    )
    items = parse(read_text(footed.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Correspondence"),
        ("3", "Finance"),
    ]


def test_headings_right_above_lettered_minute_numbers_on_a_page_of_no_blank_lines() -> None:
    """A board's minutes, no blank line anywhere, each heading a few words on its own line
    right above its minute's number and text ("Apologies for absence" / "WEP103 The Board
    was advised ..."): the line is the minute's heading, not the minute above's text; never
    a sentence's end wrapped onto its own line, nor a task closing the minute above."""
    page = (
        "MINUTES of a Meeting of the Wyvern Enterprise Partnership held at Wyvern Hall on "
        "Tuesday 31 July 2012 commencing at 9.30 am.\nPresent: Ann Ash, Ben Birch\n"
        "Welcome and Introductions\nWEP102 The Chairman welcomed everyone to the meeting.\n"
        "Apologies for absence\nWEP103 The Board was advised that apologies had been received "
        "from Cy Cole.\nMinutes from previous meeting\nWEP104 It was agreed that the minutes "
        "were a true record.\nLetters were received from\nWyvern Residents Association\n"
        "WEP105 It was agreed to reply.\nThe bus shelter was damaged.\nClerk to contact "
        "Highways\nWEP106 The precept was received.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("WEP102", "Welcome and Introductions"),
        ("WEP103", "Apologies for absence"),
        ("WEP104", "Minutes from previous meeting"),
        ("WEP105", ""),
        ("WEP106", ""),
    ]
    assert "Apologies" not in items[0].minutes


def test_an_action_columns_head_flattened_before_the_first_minutes_number() -> None:
    """ "ACTION 12.042 Apologies for absence ...": the head of a table's action column, run
    onto the first row, is no part of the minute's number or heading; a later row's label
    before a figure is the row's ("ACTION 4 Clerk to report ...")."""
    page = (
        "Minutes of the Parish Council Meeting held on Thursday 15 March 2012\n\n"
        "ACTION 1. Apologies for absence Cllr Ash was on holiday.\n\n"
        "2. Declarations of Interest None were declared.\n\n"
        "3. Highways The potholes were discussed.\nACTION 4 Clerk to report the potholes "
        "to the County Council.\n\n5. Finance The accounts were noted.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of Interest"),
        ("3", "Highways"),
        ("5", "Finance"),
    ]


def test_an_item_columns_label_flattened_before_the_first_minutes_number() -> None:
    """ "Item: 117 Receive apologies ...": the label of a table's item column, run onto the
    first row, is no part of its number (the rows below print bare numbers)."""
    page = (
        "Minutes of Wyvern Parish Council Meeting held on Tuesday 13th November 2026\n\n"
        "Item: 117 Receive apologies for absence None received.\n\n"
        "118 Receive declarations of interest None received.\n\n"
        "119 Receive and approve Minutes The minutes were signed.\n\n"
        "120 Report from Councillor Oatway He reported on the highways.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items][:2] == [
        ("117", "Receive apologies for absence"),
        ("118", "Receive declarations of interest"),
    ]
    minute = page.replace("Item: 117", "Minute: 117")
    assert parse(read_text(minute.encode())).parts[0].items[0].number == "117"
    # (a label every row carries is the page's own, left as printed)
    every = re.sub(r"\n(?=11[89] |120 )", "\nItem: ", page)
    assert next(ln for ln in clean(every).lines if ln.startswith("Item: ")).startswith("Item: 117")


def test_minute_numbers_with_a_committees_letters_glued_on_and_a_passive_opening_the_text() -> None:
    """ "22/21PD Apologies for absence": two or three capitals glued to the number are the
    committee's code, not a heading glued to it (in capitals too: "25/21PD PLANNING ..."); a
    minute cited the same way is read whole ("Item 20/21PD"). A plural noun and a passive
    open the text after a heading's date ("... held 19th May 2021 Amendments were made"),
    not after a word that names its kind ("Planning Applications were considered")."""
    page = (
        "Minutes of the Meeting of the Planning Committee held on 2nd June 2021\n\n"
        "22/21PD Apologies for absence None have been received.\n\n"
        "23/21PD Minutes of the Previous Meeting held 19th May 2021 Amendments were made by "
        "hand to Item 20/21PD. It was RESOLVED to approve the minutes.\n\n"
        "24/21PD Public Forum Concerns were raised about parking.\n\n"
        "25/21PD PLANNING APPLICATIONS\nThere were none.\n\n"
        "26/21PD Planning Applications were considered as follows.\n\n"
        "27/21TO RECEIVE THE CLERK'S REPORT\nThe Clerk reported.\n\n"
        "28/21ANY OTHER BUSINESS\nThere was none.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("22/21PD", "Apologies for absence"),
        ("23/21PD", "Minutes of the Previous Meeting held 19th May 2021"),
        ("24/21PD", "Public Forum"),
        ("25/21PD", "PLANNING APPLICATIONS"),
        ("26/21PD", ""),
        ("27/21", "TO RECEIVE THE CLERK'S REPORT"),
        ("28/21", "ANY OTHER BUSINESS"),
    ]
    assert [r.ref for r in items[1].refs] == ["20/21PD"]


def test_dates_listed_under_a_heading_are_its_text() -> None:
    """ "The new dates were:" / "Thursday 6 March 2025, 2.00 pm, venue TBC": dates listed
    in an item's text are no headings (a minute's number may still open with one)."""
    page = (
        "Venue: Civic Centre, Wyvern. View directions\n\nNo. | Item |\n"
        "Apologies for Absence Minutes: Apologies were received from Cllr Howard.\n"
        "Chairman's Announcements Minutes: The Chairman announced that the dates of two "
        "meetings had been moved.\nThe new dates were:\n"
        "Thursday 6 March 2025, 2.00 pm, venue TBC\nThursday 4 September 2025, 2.00 pm venue TBC\n"
        "The Panel agreed that the Chairman should write to the Commissioner. |\n"
        "Public Participation There were no questions from the public. |\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == ["Apologies for Absence", "Chairman's Announcements", "Public Participation"]
    assert split_run_in("2 May 2025 Parish Council Elections", numbered=True)[0] is not None


def test_a_rows_long_heading_is_read_up_to_its_minutes_label() -> None:
    """A table row's heading too long to tell from its words alone runs up to the row's
    "Minutes:" label, without the agenda's description after it ("Please note ..."), but
    never the agenda's words where the heading was lost ("To confirm the minutes ...")."""
    page = (
        "Venue: The Guildhall\nNo. | Item |\n---|---|\nDeclarations of Interest Please note "
        "that members must disclose the nature of any interest. Minutes: None were received. |"
        "\n|\nReceive Any Questions under Council Procedure Rule 11 from Members of the Public "
        "and Provide Answers thereon Minutes: No questions were received. |\n|\nTo confirm the "
        "minutes of the meeting held on 27 June Minutes: RESOLVED that the minutes be signed. |"
        "\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == [
        "Declarations of Interest",
        "Receive Any Questions under Council Procedure Rule 11 from Members of the Public and "
        "Provide Answers thereon",
        "",
    ]


def test_a_rows_heading_stops_before_the_agendas_numbered_points() -> None:
    """ "Announcements 1) To receive any announcements ...; 2) ...": the list's first
    marker is the agenda's text, no part of the heading."""
    page = (
        "Venue: Civic Centre, Wyvern\nNo. | Item |\n---|---|\nAnnouncements 1) To receive any "
        "announcements from the Chair; 2) To receive any announcements from the Leader.\n"
        "Minutes: 1. Announcements from the Chair\nThe Chair had attended six events. |\n|\n"
        "Public Participation 1) To receive any questions from members of the public.\n"
        "Minutes: There were no questions. |\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == ["Announcements", "Public Participation"]
    assert split_run_in("Local Plan Phase 2. The Clerk reported", numbered=False)[0] == (
        "Local Plan Phase 2"
    )
    # (the points after a small word are the heading's own, whole, however their words open)
    heading = "Declaration of Interest for a) The Meeting and b) Any Changes to the Register"
    assert split_run_in(heading, numbered=True)[0] == heading
    assert split_run_in(f"{heading}.", numbered=True) == (heading, "")
    # (but a point after the heading's last word starts its text)
    assert split_run_in("Declarations of interest a) The Chair declared one.", numbered=True) == (
        "Declarations of interest",
        "a) The Chair declared one.",
    )


_RUNNING = (
    "Welcome and Introduction\n\n1. The Convener welcomed those in the public gallery to "
    "the meeting and thanked those who came.\n\nMinutes of Last Meeting\n\n2. Agreed, subject "
    "to two changes to paragraph 15(c), changing might to would.\n\n3. Clarification was "
    "sought as to the meaning of the reference in paragraph 23(b).\n\nMatters Arising\n\n4. "
    "The Convener reported that he had written to the Health Board about the matter.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "MINUTES OF THE BOARD MEETING held at Wyvern House on 10 October 2025 at 10.30am\n\n"
        + _RUNNING,
        # (a PDF flattened onto one line: each heading run on before its first paragraph)
        "MINUTES OF THE BOARD MEETING held at Wyvern House on 10 October 2025 at 10.30am "
        "Present: Anna Baird, Duncan Bryden. " + " ".join(_RUNNING.split()) + " " * 80,
    ],
)
def test_paragraphs_numbered_on_under_headings_are_the_headings_text(page: str) -> None:
    """Under headings without numbers, paragraphs numbered on through the page (one heading
    over two of them): the headings are the items, the numbers their paragraphs'."""
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        (None, "Welcome and Introduction"),
        (None, "Minutes of Last Meeting"),
        (None, "Matters Arising"),
    ]
    assert "Clarification was sought" in items[1].minutes


def test_a_flattened_pages_minute_numbers_closed_by_a_colon() -> None:
    page = (
        "Present: Cllr David Price (Chair) Cllr Bill Brown Cllr John Busby\n\n"
        "25/8/01: TO RECEIVE APOLOGIES Apologies were received and accepted from the "
        "following: Cllr Mark Hodgkins, Borough Cllr Steve Leighton and County Cllr Jeremy "
        "Pert 25/8/02: DECLARATION OF INTERESTS Cllr Eld declared a non-pecuniary interest in "
        "agenda item 13 with reference to planning application 25/27784/MDPO at Church View. "
        "25/8/03: PUBLIC OPEN FORUM The Chairman opened the Public Open Forum.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("25/8/01", "TO RECEIVE APOLOGIES"),
        ("25/8/02", "DECLARATION OF INTERESTS"),
        ("25/8/03", "PUBLIC OPEN FORUM"),
    ]


def test_a_flattened_pages_items_each_led_by_the_word_item() -> None:
    """A page whose items are each printed "Item N." run together on long lines: the word
    goes with its number, not onto the item before; a report led by its giver's initials in
    brackets ("(BW) Little to report") is the item's text, not agenda text."""
    page = (
        "Minutes of the Wyvern Community Council meeting held on 10 August 2020\n\n"
        "Item 3. Approval of previous Minutes. The Minutes of the July meeting were adopted "
        "as a true and accurate record, proposed by Mary Ash, seconded by Bill Birch. "
        "Item 4. Matters arising. (1) The Forestry response on tree planting was discussed at "
        "length and the lack of consultation was noted by members. BW will draft a reply.\n"
        "Item 5. Chairperson’s report. (BW) Little to report; moved to the next item due to "
        "the meeting's time limit.\nItem 6. Secretary’s report. (MT) (1) Dog fouling. A "
        "perennial problem. Some dog waste bins have been removed. Secretary to write to the "
        "Council about replacing them before the winter.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("3", "Approval of previous Minutes"),
        ("4", "Matters arising"),
        ("5", "Chairperson’s report"),
        ("6", "Secretary’s report"),
    ]
    assert items[2].minutes.startswith("(BW) Little to report")
    assert not items[1].minutes.endswith("Item")


def test_a_page_flattened_with_gaps_where_its_paragraphs_ended() -> None:
    """A page flattened onto one line that kept a gap of three spaces where each paragraph
    ended ("... all in agreement.   Matters Arising: Mr Cator stated ..."): the paragraphs
    are read apart, their headings run in with their colons."""
    page = (
        "  MINUTES FOR THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL WEXCOMBE ON TUESDAY "
        "12th JUNE 2018   Attendance:,  Mrs Ash, Mr Birch, Mr Cole in the Chair.   Apologies: "
        "Mr Dale.   Minutes of the Previous Meeting: The minutes were signed by the Chairman, "
        "proposed by Mr Birch with all in agreement.   Matters Arising: Mr Cole stated that the "
        "dog bins had been emptied.   County Councillor Report:  Mrs Ash had spoken to the "
        "District Council about the Mill.   Correspondence: A letter from the school was read.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.title for i in items] == [
        "Minutes of the Previous Meeting",
        "Matters Arising",
        "County Councillor Report",
        "Correspondence",
    ]


def test_a_decision_under_a_number_alone_is_no_heading() -> None:
    """A number alone on its line over the item's decision, its heading not printed: the
    keyword is the decision's ("DECIDED: That ..."), never the item's heading."""
    page = (
        "Minutes of the Wyvern Chief Officers Group held on 3 March 2025\n\n"
        "1\nThere was submitted the Minute of the meeting of this Group held on 2 December "
        "2024.\nDECIDED: That the Minute be approved.\n"
        "2\nDECIDED: That this presentation be delivered at a future meeting of the Group.\n"
        "3\nRECOMMENDED: That the budget be approved by the Board.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [("1", ""), ("2", ""), ("3", "")]
    assert [len(i.resolutions) for i in items] == [1, 1, 1]


def test_a_flattened_pages_headings_printed_before_their_minute_numbers() -> None:
    """A PDF whose headings stand in a column beside each minute's number, flattened onto one
    line: each heading, in sentence case, runs on after the sentence before it and before its
    number ("... on behalf of Cllr Dee. Register of members' interests 25/10/2 No changes
    ..."); it is that minute's heading, even where it names an earlier meeting."""
    page = (
        "Minutes of the meeting of the Wyvern Harbour Board Held on Tuesday 21 October 2025 "
        "In the Boardroom, Wyvern Quay Present: Ann Cole Chair Ben Dale Harbour Master "
        "Carol Eve Treasurer ACTION Welcome and apologies 25/10/1 An apology for absence was "
        "presented on behalf of Dan Frost. Register of members’ interests and ‘Fit and Proper "
        "Person’ declarations 25/10/2 No changes were noted. Minutes of the meeting held on 23 "
        "September 2025 25/10/3 The minutes of the meeting held on 23 September 2025 were "
        "approved as a correct record. Harbour dues for the coming year 25/10/4 The Treasurer "
        "presented the proposed dues and answered questions from members of the board.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("25/10/1", ""),  # (no sentence's stop before it: where it starts is not known)
        ("25/10/2", "Register of members’ interests and ‘Fit and Proper Person’ declarations"),
        ("25/10/3", "Minutes of the meeting held on 23 September 2025"),
        ("25/10/4", "Harbour dues for the coming year"),
    ]
    assert items[1].minutes == "No changes were noted."


def test_six_figure_minute_numbers_of_year_month_and_sequence() -> None:
    page = (
        "Wyvern Parish Council Minutes of the meeting held on Tuesday 11th June 2019 at the "
        "Village Hall at 7.30pm\n\nPresent: M. Jordan (Chairman), B. Blanchard\n\n"
        "190601 Apologies for absence Apologies were received from Cllr Hadley and Cllr Walker "
        "who were away. 190604 Approval of minutes of the Annual Meeting held on 14th May 2019 "
        "The minutes were approved and signed by the Chair. 190605 Matters arising from the "
        "minutes not covered elsewhere on the agenda The Clerk circulated five designs for the "
        "village gateway signs for a decision to be made at the next meeting.\n"
    )
    assert [i.number for i in parse(read_text(page.encode())).parts[0].items] == [
        "190601",
        "190604",
        "190605",
    ]


def test_a_committees_letters_and_figure_before_the_minutes_number() -> None:
    """ "AP3 08/001 Declarations of interest.": Area 3 Planning's minute 1 of 2008, the
    committee's figure part of the number, not its heading's."""
    body = (
        "AP3 08/001 Declarations of interest.\nCouncillor Ash declared a personal interest in "
        "the first application.\nAP3 08/002 Minutes\nRESOLVED: That the Minutes be approved.\n"
        "AP3 08/003 Development Control\nDecisions were taken on the following applications.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("AP3 08/001", "Declarations of interest"), ("AP3 08/002", "Minutes"),
        ("AP3 08/003", "Development Control"),
    ]  # fmt: skip


def test_six_figure_minute_numbers_with_their_stop_each_heading_a_line() -> None:
    """ "240301. Welcome" / "240302. Declarations of interest": the same numbers with a stop,
    each heading its line."""
    page = (
        "Minutes of the Meeting of Wyvern Parish Council held on 12 March 2024 at 19:30 in the "
        "Village Hall.\nPresent: Cllr A Ash (Chairman), Cllr B Birch\nAgenda items\n"
        "240301. Welcome\nThe Chairman welcomed councillors and visitors to the meeting.\n"
        "240302. Declarations of interest\nNone declared.\n240303. Apologies\nApologies were "
        "received from Cllr Cole.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("240301", "Welcome"), ("240302", "Declarations of interest"), ("240303", "Apologies"),
    ]  # fmt: skip


def test_running_minute_numbers_with_the_years_figures_on_a_flattened_page() -> None:
    """ "113.17 APOLOGIES OF ABSENCE ... 114.17 ...": minute 113 of 2017, no paragraph's
    number, so a page flattened onto one line is broken before each."""
    page = (
        "Wexcombe Parish Council ORDINARY COUNCIL MEETING MINUTES - TUESDAY 12 SEPTEMBER 2017 "
        "Convened at the Village Hall at 7:30pm In attendance Parish Councillors: Simon Ash (SA) "
        "Chairman, Pauline Birch (PB), Kim Cole (KC). Andrew Dale (AD) Clerk to the Council "
        "recording proceedings. Two members of the public. 113.17 APOLOGIES OF ABSENCE Parish "
        "Cllr Richard Elm (Annual Leave), District Cllr Henry Fir (other meeting). 114.17 "
        "DECLARATIONS OF INTEREST There were none. 115.17 PUBLIC FORUM Residents spoke about "
        "the speed of traffic on the main road through the village.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("113.17", "APOLOGIES OF ABSENCE"),
        ("114.17", "DECLARATIONS OF INTEREST"),
        ("115.17", "PUBLIC FORUM"),
    ]


def test_minute_numbers_of_the_meetings_date_and_sequence_on_a_flattened_page() -> None:
    """ "160117/1 Apologies": the meeting's date in six figures, then the item's number; and
    "None present." after a heading is its text."""
    page = (
        "Wyvern Parish Council Minutes of the Parish Council Meeting held on Monday 16th "
        "January 2017 at 7.00pm in the Chapel ____________ Present Cllr Derek Ash (Chairman) "
        "Cllr Anita Birch 160117/1 Apologies Cllr S Cole 160117/2 Declarations of Interest "
        "No declarations were made. 160117/3 Minutes of Previous Meeting The minutes were "
        "approved and signed. 160117/4 Public Participation None present. 160117/5 Footpaths "
        "The stile was repaired.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("160117/1", "Apologies"),
        ("160117/2", "Declarations of Interest"),
        ("160117/3", "Minutes of Previous Meeting"),
        ("160117/4", "Public Participation"),
        ("160117/5", "Footpaths"),
    ]


def test_items_numbered_on_in_another_style() -> None:
    """ "03/09/03. Approval of minutes" then "4. Democratic 15 minutes": the typist changed
    how the items are numbered, not what they are; a list from 1 under an item is none."""
    page = (
        "Meeting held on 3 September 2008 at the Bridge Inn at 7.30 p.m.\n\n03/09/01. "
        "Apologies\n\n03/09/02. Declaration of Interests\n\n03/09/03. Approval of minutes\n"
        "The minutes were approved.\n\n4. Democratic 15 minutes\nA resident asked about the "
        "wreaths.\n\n5. Matter arising\nThe roof was mended.\n1. The first point.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.number for i in items] == ["03/09/01", "03/09/02", "03/09/03", "4", "5"]


def test_a_heading_printed_again_over_a_table_of_sums() -> None:
    """ "17.024" / "Finance" / "17.024 Finance", a PDF's layer printed over its text, is one
    item; the sums in its table ("40.89" over a payee) are none."""
    page = (
        "Minutes of Wexcombe Parish Council held on 6 February 2017\n\n17.023 Clerk's Report\n"
        "The Clerk sent notes.\n\n17.024\nFinance\n\n17.024 Finance\n\nContractual payments\n"
        "28/01\n\n100.00\n\nMichael Ash (Grounds)\n\n28/01\n\n40.89\n\nM Birch (Consultancy)\n"
        "\n16/17\n\n40.89\n\nE Cole (street light repairs)\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("17.023", "Clerk's Report"),
        ("17.024", "Finance"),
    ]


def test_items_over_sub_items_on_a_page_cut_short_under_them() -> None:
    """ "1. Minutes" / "2. Matters Arising" / "2.1 / Bus Shelter" ... "2.4 / Speeding", the
    page cut after them: the sub-items outnumber the items only because the page ends."""
    page = (
        "Minutes of Meeting on 5th March 2013\n\n1. / Minutes\nThe minutes were approved.\n"
        "2. / Matters Arising\n2.1 / Bus Shelter\nThe timetables were put up.\n2.2 / Road "
        "Signs\nAdvice was obtained.\n2.3 / Core Path\nFunding was discussed.\n2.4 / "
        "Speeding\nThere was a useful discussion about the speeding iss"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Minutes"),
        ("2", "Matters Arising"),
        ("2.1", "Bus Shelter"),
        ("2.2", "Road Signs"),
        ("2.3", "Core Path"),
        ("2.4", "Speeding"),
    ]


def test_a_lead_in_above_the_header_leads_into_no_list_below_it() -> None:
    """ "Minutes of earlier meetings below:" over the header is a site's note: the numbers
    under the header are the minutes' items, not entries of a list it leads into."""
    page = (
        "Older minutes are in the archive. Minutes for the meetings of March and February "
        "below:\nMinutes of the Wyvern Parish Council meeting held on Thursday 23 July 2020 at "
        "the Village Hall\n1. Apologies for absence No apologies were received.\n2. "
        "Declaration of Interests Cllr Ash declared an interest in the fete.\n3. Finance The "
        "accounts were approved.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for absence"),
        ("2", "Declaration of Interests"),
        ("3", "Finance"),
    ]


def test_a_notice_whose_link_the_copy_dropped_leads_into_no_list() -> None:
    """ "This meeting can be viewed by following this link:" lost its link in the copy: the
    first item under it is the minutes', not a list's entry."""
    body = (
        "Standard Items\nThis meeting will be a virtual meeting. This meeting can be viewed by "
        "following this link:\n\n1 Apologies for Absence and Substitutions\n\nThere were no "
        "apologies.\n\n2 Urgent Matters\n\nThere were none.\n\n3 Declarations of Interest"
        "\n\nNone were declared.\n"
    )
    assert [i.number for i in items_of(body)] == ["1", "2", "3"]


def test_a_subtitle_after_a_headings_dash_closing_its_line_is_the_headings() -> None:
    """ "14.43 Access to the Allotments – agreement with landowners" over its text: the words
    after the dash are the heading's; "– none" and "– the Clerk reported ..." are text."""
    page = (
        "Minutes of the Wyvern Parish Council meeting held on 14 May 2025\n\n"
        "14.42     Matters Arising\nThere were none.\n\n"
        "14.43     Access to the Allotments – agreement with landowners\n"
        "The Chair had reached agreement with the new owners.\n\n"
        "14.44     Apologies – none\nThere were no others.\n\n"
        "14.45     Footpaths – the Clerk reported on the stile\nThe stile was repaired.\n\n"
        # (over its first lettered part too)
        "14.46     Remarks and Information – Parishioners and other members of the public\n\n"
        "a. Wyvern Layby – rubbish\n\nA resident raised the rubbish in the layby.\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == [
        "Matters Arising",
        "Access to the Allotments – agreement with landowners",
        "Apologies",
        "Footpaths",
        "Remarks and Information – Parishioners and other members of the public",
    ]


def test_a_flattened_pages_prefixed_minute_numbers_with_decisions_run_in() -> None:
    """ "AM/17/24 To elect ..." is a minute's number before a heading in the agenda's words,
    not a decision's part; a heading may end at a semicolon before a sentence or at a
    decision's label, and "Resolved:" after any word opens a decision."""
    page = (
        "Annual Meeting held Monday 8th May 2017\n"
        "Ashcombe Town Council Held 7 p.m., Upper Hall, Town Hall, Ashcombe\n"
        "In Attendance: Councillors: A Brown (Chairman) C Dee, E Fox\n"
        "AM/17/24 To elect the Mayor of Ashcombe for 2017/18; Nominations were invited for "
        "the position of Mayor. The vote was 3:5. 1 Against Resolved: Councillor Dee is Mayor "
        "for 2017/18. AM/17/25 To receive apologies for absence: Cllrs Fox, Gale Resolved: "
        "Apologies are accepted AM/17/26 To consider a footpath to Stonecross Resolved: "
        "Forward to the District Council. All in favour\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title, [r.text for r in i.resolutions]) for i in items] == [
        (
            "AM/17/24",
            "To elect the Mayor of Ashcombe for 2017/18",
            ["Councillor Dee is Mayor for 2017/18."],
        ),
        ("AM/17/25", "To receive apologies for absence", ["Apologies are accepted"]),
        (
            "AM/17/26",
            "To consider a footpath to Stonecross",
            ["Forward to the District Council. All in favour"],
        ),
    ]


def test_paragraphs_of_items_numbered_as_wholes_are_their_text() -> None:
    """Items printed "1.0", "2.0", "3.0": a "3.3 (5.6) Bramble along Church Walk – ..." is a
    paragraph of item 3, numbered on from "3.1 The minutes were agreed", no item."""
    page = (
        "Minutes of the Wyvern Parish Council meeting held on 16th July 2012\n\n"
        "1.0\nApologies\n1.1\nApologies were received from J Smith.\n\n"
        "2.0\nMinutes of the last meeting and matters arising\n"
        "2.1\nThe minutes were agreed as a true record.\n"
        "2.2\n(5.6) Bramble along Church Walk – Clerk to ask the contractor to strim it.\n"
        "2.3\n(5.7) Village Stones – AB to organise a meeting with the mason.\n\n"
        "3.0\nPlanning\n3.1\nNo applications were received.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1.0", "Apologies"),
        ("2.0", "Minutes of the last meeting and matters arising"),
        ("3.0", "Planning"),
    ]
    assert [r.ref for r in items[1].refs] == ["5.6", "5.7"]


def test_a_heading_in_capitals_broken_over_two_lines_under_its_lone_number() -> None:
    """A converter broke "DECLARATIONS OF INTEREST" after its first word; a decision's
    keyword in capitals under a heading ("MINUTES" / "RESOLVED :") is no part of it."""
    page = (
        "MINUTES OF A MEETING OF THE AUDIT COMMITTEE HELD AT THE GUILDHALL ON TUESDAY, "
        "12 DECEMBER 2006\n"
        "45.\nMINUTES\nRESOLVED :\nTHAT\nthe minutes of the last meeting be confirmed.\n"
        "46.\nDECLARATIONS\nOF INTEREST\nThere were no declarations of interest.\n"
        "47.\nPUBLIC\nQUESTION TIME\nThere were no public questions.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title, len(i.resolutions)) for i in items] == [
        ("45", "MINUTES", 1),
        ("46", "DECLARATIONS OF INTEREST", 0),
        ("47", "PUBLIC QUESTION TIME", 0),
    ]


def test_a_pages_items_as_a_list_of_bullets_are_an_item_each() -> None:
    """A page with no numbers and no headings whose minutes are bullets: each bullet is an
    untitled item; a list under what an item's minutes said stays in that item."""
    page = (
        "Inaugural Meeting of the Wexford Community Council held in the Town Hall, Wexford on "
        "Tuesday 25 October 2022\n"
        "Jo Ash Pat Birch\nKim Cole Lee Dale\n"
        "- The Returning Officer welcomed all to the meeting.\n"
        "- An apology for absence was received from Sam Elm.\n"
        "- There were no declarations of interest.\n"
        "- It was agreed to appoint Jo Ash as Convener of the Community Council.\n"
        "- It was agreed to continue appointment of a Secretary to the next meeting to allow\n"
        "advice to be sought.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [(None, "")] * 5
    assert items[4].minutes.endswith("advice to be sought.")
    listed = (
        "Minutes:\nThe Chair drew attention to the questions from Cllr Ash, which were taken "
        "as read.\nCllr Ash asked supplementary questions, which were as follows:-\n"
        "- Question 21 - Cllr Ash asked why more potholes were filled in Wexford.\n"
        "- Question 22 - Cllr Ash asked what funding would be available for the railway.\n"
        "- Question 24 - Cllr Ash asked whether the governance would continue.\n"
        "- Question 26 - Cllr Ash asked about the community engagement managers.\n"
    )
    assert len(parse(read_text(listed.encode())).parts[0].items) == 1


def test_a_bulleted_line_in_the_agendas_words_alone_is_a_heading() -> None:
    """A page whose items' numbers became bullets heads some in the agenda's words, alone on
    their lines, their stop dropped: each is an item, one with nothing under it too."""
    page = (
        "Minutes of the Wexford Parish Council meeting held on 11 October 2021 at 7pm\n\n"
        "- To approve the minutes of the last meeting held on Monday, 13th September 2021.\n"
        "Proposed – Cllr Ash, Seconded – Cllr Birch.\nResolved: Approved.\n"
        "- To record declarations of interest from members regarding items on the agenda.\n"
        "- Clerk’s Report and Correspondence\na. The clerk gave a summary of the year.\n"
        "- Planning Applications to Consider\na. PL/2021/08450 – Erection of a barn.\n"
        "Resolved: Noted.\n"
        "- Highways to Consider\na. A new water leak at the junction.\nResolved: Noted.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.title for i in items] == [
        "To approve the minutes of the last meeting held on Monday, 13th September 2021",
        "To record declarations of interest from members regarding items on the agenda",
        "Clerk’s Report and Correspondence",
        "Planning Applications to Consider",
        "Highways to Consider",
    ]
    assert [len(i.resolutions) for i in items] == [1, 0, 0, 1, 1]


def test_a_nested_list_flattened_to_dashes_two_headings_together_are_two_items() -> None:
    """Headings and their points all dashed: earlier minutes named before a dash are a
    heading ("The Minutes of the Meeting held ... – The minutes were agreed"), and two
    headings alone together, one over nothing and one over its points, are two items (three
    or more phrases together are a list)."""
    page = (
        "Minutes of Wexton Parish Council Meeting 9th October 2023\n"
        "- Present – Cllr Ann Ash (Chair), Cllr B Birch and Jo Cole (Clerk)\n"
        "Apologies: Cllr D Dale\nThere were 7 members of the public at the meeting.\n"
        "- The Minutes of the Meeting held 19th September 2023 – The minutes were agreed by "
        "all as a true record.\n"
        "- To receive declarations of interest – None.\n"
        "- Adjournment for public participation\n"
        "- A resident thanked the Lengthsman for his work on the Railway Line.\n"
        "- A resident reported a leak on the Railway Line. Cllr Ash will send a picture.\n"
        "- Matters Arising/Clerk’s Report\n"
        "- Correspondence Received\n"
        "- The clerk had received an email about a hedge. The clerk would write to the owner.\n"
        "- Cllr Birch read out a letter from the ICO.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.title for i in items] == [
        "The Minutes of the Meeting held 19th September 2023",
        "To receive declarations of interest",
        "Adjournment for public participation",
        "Matters Arising/Clerk’s Report",
        "Correspondence Received",
    ]
    assert split_run_in(
        "The Minutes of the Meeting held on 19th September were approved – all agreed", True
    ) == (None, "The Minutes of the Meeting held on 19th September were approved – all agreed")


def test_a_dash_glued_to_a_minutes_number_ends_it() -> None:
    """ "21/101- WELCOME", "21/104– MATTERS ARISING": a dash glued to the number, spaced
    from the heading, separates them as a spaced dash does; a year's dash starts nothing."""
    page = (
        "Minutes of Wexton Parish Council meeting held on Tuesday 2 November 2021, 6:30PM\n\n"
        "21/101- WELCOME\n\nThe Chair welcomed Councillors to the meeting.\n\n"
        "21/102 – DECLARATIONS OF INTEREST\n\nThere were none.\n\n"
        "21/103– MATTERS ARISING\n\nThe vacancy notice was posted.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("21/101", "WELCOME"),
        ("21/102", "DECLARATIONS OF INTEREST"),
        ("21/103", "MATTERS ARISING"),
    ]


def test_a_dash_glued_to_a_three_figure_minutes_number_ends_it() -> None:
    page = (
        "Minutes of the Town Council Meeting held on Thursday 17th September 2020 at 7.00 pm\n\n"
        "087- To receive and accept apologies for absence: Apologies were received from KL.\n\n"
        "088- Declaration of Interest & Requests for Dispensations: None.\n\n"
        "089- Public Forum: No members of the public spoke.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("087", "To receive and accept apologies for absence"),
        ("088", "Declaration of Interest & Requests for Dispensations"),
        ("089", "Public Forum"),
    ]


def test_a_flattened_pages_prefixed_minute_numbers_closed_by_a_colon() -> None:
    """ "P/125/2017: APOLOGIES ..." run together on one line: each number opens an item, and
    an item that names an earlier meeting's date ("MINUTES OF PLANNING COMMITTEE MEETING
    WEDNESDAY 13 SEPTEMBER 2017") is no header."""
    page = (
        "WEXFORD, WYVERN & DOWN DISTRICT COUNCIL Minutes of the Planning Committee Meeting of "
        "Wexford, Wyvern and Down District Council held on Wednesday 11 October 2017 at 10.00 "
        "am in the Boardroom, District Council Offices, Wexford Chairperson: Councillor G Ash "
        "In attendance: Councillor W Birch Councillor M Cole P/125/2017: APOLOGIES AND "
        "CHAIRPERSON’S REMARKS Apologies were received for Councillor Dale. P/126/2017: "
        "DECLARATIONS OF INTEREST Councillor Elm advised she would not be taking part in the "
        "discussion on planning application LA07/2016/0836. P/127/2017: MINUTES OF PLANNING "
        "COMMITTEE MEETING WEDNESDAY 13 SEPTEMBER 2017 Read: Minutes of Planning Committee "
        "Meeting held on Wednesday 13 September 2017. AGREED: to adopt the Minutes.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert (meeting.committee, meeting.date) == ("Planning Committee", "2017-10-11")
    assert [i.number for i in meeting.items] == ["P/125/2017", "P/126/2017", "P/127/2017"]


def test_a_flattened_pages_numbers_with_a_colon_set_apart_before_capitals() -> None:
    """ "1 : APOLOGIES FOR ABSENCE ..." run together on one line after the list of who came:
    each number, its colon set apart, opens an item."""
    page = (
        "The Wyvern Town Council met at the Guildhall, Wyvern on 26 May 2016. Present: "
        "Councillors Ash, Birch, Cole, Dale, Elm, Fir, Gale and Holt 1 : APOLOGIES FOR ABSENCE "
        "Apologies were received from Councillors Ivy and Jay. 2 : DECLARATIONS OF INTEREST "
        "The Mayor reminded Members of their duty to declare any interest. There were none. "
        "3 : TO ELECT THE MAYOR FOR 2016/17 RESOLVED that Councillor Ash be elected Mayor of "
        "the Town Council for 2016/17. 4 : TO APPOINT THE DEPUTY MAYOR RESOLVED that "
        "Councillor Birch be appointed Deputy Mayor.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "TO ELECT THE MAYOR FOR 2016/17"),
        ("4", "TO APPOINT THE DEPUTY MAYOR"),
    ]


def test_one_numbered_item_among_headings_before_and_after_it() -> None:
    """Headings in capitals stand alone, one of them numbered: each heading is an item, and
    the numbered one among them."""
    page = (
        "WEXFORD PARISH COUNCIL\nMINUTES OF THE MEETING\n27th October 2021\n\n"
        "DISTRICT COUNCILLORS REPORT\n\nReports were received from the District Council.\n\n"
        "FOOTPATHS\n\n  1. PARISH INFORMATION BOARDS\n\n"
        "Councillors agreed to review the boards. Clerk to email information.\n\n"
        "HIGHWAYS\n\nThe Clerk reported that a new dog bin had been requested.\n\n"
        "SPEED CONTROLS\n\nCouncillors reviewed the report from the County Council.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items][-4:] == [
        (None, "DISTRICT COUNCILLORS REPORT"),
        ("1", "PARISH INFORMATION BOARDS"),
        (None, "HIGHWAYS"),
        (None, "SPEED CONTROLS"),
    ]


def test_a_flattened_pages_items_numbered_after_the_word_item_and_a_colon() -> None:
    page = (
        "WEXFORD FIRE & RESCUE SERVICE BOARD MINUTES OF A MEETING HELD ON 30 OCTOBER 2012 "
        "PRESENT: Dr J Ash, Chairman presiding Mr C Birch Cllr D Cole Mr J Dale Cllr M Elm "
        "Ald A Fir Mr M Gorse IN ATTENDANCE: Mr J Hazel, Interim Chief Executive Item 1: "
        "Apologies Apologies were noted. Item 2: Declaration of Interests The Chair sought "
        "clarification as to whether any Members of the Board wished to declare an interest. "
        "Members confirmed that there were no conflicts of interest. Item 3: Minutes 25 "
        "September 2012 The Minutes of the Meeting held on 25 September 2012 were signed.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Declaration of Interests"),
        ("3", "Minutes 25 September 2012"),
    ]
    assert items[1].resolutions == []  # (what was so, confirmed, is no decision)


def test_an_agenda_listed_above_the_minutes_in_the_agendas_words() -> None:
    """The agenda listed a line an entry ("1. To receive apologies." ... "7. Date of next
    meeting."), then the minutes numbered from 1 again under the same words: the minutes'
    numbers are the items."""
    page = (
        "1. To receive and approve apologies.\n2. To receive any Declarations of Interest.\n"
        "3. To approve the Minutes of the meeting of 2nd May 2018.\n"
        "4. To receive the Clerk’s report.\n5. To consider any planning matters.\n"
        "6. To approve payments.\n7. Date of next meeting.\n"
        "Meeting of the Parish Council\nheld on Monday 4th June 2018\nMembers present:\n"
        "Cllr Ash (Chair)\nCllr Birch\n"
        "1. To receive apologies\nNone received\n"
        "2. To receive any Declarations of Interest\nCllr Birch declared an interest in item 6.\n"
        "3. To approve the Minutes of the meeting of 2nd May 2018\nThe minutes were signed.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.minutes) for i in items] == [
        ("1", "None received"),
        ("2", "Cllr Birch declared an interest in item 6."),
        ("3", "The minutes were signed."),
    ]


def test_a_heading_in_the_agendas_words_ends_at_a_lead_ins_colon_and_dash() -> None:
    body = (
        "1. To receive apologies:- None\n"
        "2. To discuss expansion of the play park:- Agreed to install equipment for teenagers.\n"
        "3. To discuss naming the lane to the barn:- Council agreed to the name Newells Lane.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "To receive apologies"),
        ("2", "To discuss expansion of the play park"),
        ("3", "To discuss naming the lane to the barn"),
    ]


def test_a_count_opening_a_heading_in_capitals_is_no_second_number() -> None:
    body = (
        "1. APOLOGIES None.\n\n2. 10 MINUTE PUBLIC PARTICIPATION PERIOD\nNo one spoke.\n\n"
        "3. 1 PLANNING The application was supported.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "APOLOGIES"),
        ("2", "10 MINUTE PUBLIC PARTICIPATION PERIOD"),
        ("3", "PLANNING"),
    ]


def test_headings_run_in_after_a_paragraph_closed_by_its_owners_tag() -> None:
    """A paragraph a line, each opening with its heading and a dash; one that ends with its
    owner's tag ("– Action ML") ends there, and the next line's heading opens an item."""
    page = (
        "Minutes of the Wexford Parish Council meeting held on 3 March 2011\n"
        "Overgrown Hedges – The owners would be written to individually if the hedges were not "
        "cut back soon, as had been reported in the latest newsletter. – Action ML/SM\n"
        "Data Protection – The clerk reported that there had been widespread confusion about "
        "the advice given on this subject and the county association was seeking advice. "
        "– Action ML\n"
        "Gala Weekends – The events would be featured on the front page of the newsletter.\n"
    )
    titles = [i.title for i in parse(read_text(page.encode())).parts[0].items]
    assert titles == ["Overgrown Hedges", "Data Protection", "Gala Weekends"]


def test_headings_in_capitals_after_the_minutes_lead_in_are_items() -> None:
    """ "... the decisions were reached as follows:-" leads into the minutes themselves: its
    numbered headings in capitals are items, not a list's entries."""
    page = (
        "MINUTES of the meeting of the County Council held at County Hall, Wexford, on Tuesday "
        "29th November 2005.\n\nThe business was transacted and decisions were reached as "
        "follows:-\n\n1. MINUTES\n\nThe minutes of the meeting held on 19 July 2005 were "
        "confirmed.\n\n2. CHAIRMAN’S ANNOUNCEMENTS\n\nThe Chairman announced the election of "
        "J Lloyd.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "MINUTES"),
        ("2", "CHAIRMAN’S ANNOUNCEMENTS"),
    ]


def test_a_heading_printed_in_two_languages_is_one_heading() -> None:
    body = (
        "1. Croeso’r Cadeirydd a Materion Personol. The Chair’s Welcome and Personal Matters.\n"
        "Croesawodd y Maer bawb i’r cyfarfod. The Mayor welcomed everyone to the meeting.\n\n"
        "2. Datgan Buddiant. Declarations of Interest.\nNone were declared.\n\n"
        "3. Planning. Application for Burderop Park.\nThe Council had no objection.\n"
    )
    assert [i.title for i in items_of(body)] == [
        "Croeso’r Cadeirydd a Materion Personol. The Chair’s Welcome and Personal Matters",
        "Datgan Buddiant. Declarations of Interest",
        "Planning",  # (a heading of one word, its subject after it)
    ]


def test_the_minutes_own_number_after_the_agendas() -> None:
    """ "1. Minute Number 3006/16 - To receive apologies ...": the minute's own number is the
    item's, and a heading in the agenda's words after it is no decision's part."""
    body = (
        "1. Minute Number 3006/16 - To receive apologies for absence\nThere were none.\n\n"
        "2. Minute Number 3007/16 - Variation of the Order of Business\nThere was none.\n\n"
        "3. Minute Number 3008/16 - Declaration of Members Interests\nNone were declared.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("3006/16", "To receive apologies for absence"),
        ("3007/16", "Variation of the Order of Business"),
        ("3008/16", "Declaration of Members Interests"),
    ]


def test_a_flattened_page_keeps_its_first_minute_after_the_parts_mark() -> None:
    """ "... (Clerk) PART I 1. APOLOGIES FOR ABSENCE ...": the open part's numeral before
    the first minute's number is no prefix of it; and the months a heading in capitals
    covers, in brackets, stay in the heading whatever follows them."""
    body = (
        "Minutes of the Ordinary Meeting of the Wexford Cemetery Committee held in the Parish "
        "Room on Tuesday 3rd March 2015 at 7.30pm. Present: Cllrs Mr Ash (Chairman), Mr Birch "
        "and Mrs Cole Miss D Dale (Clerk) PART I 1. APOLOGIES FOR ABSENCE Cllr Mrs Elm for "
        "family reasons. 2. DECLARATIONS OF INTEREST None received 3. ACCOUNTS FOR PAYMENT "
        "(November – February 2015) Members noted the bank reconciliations for November and "
        "December and approved cheque payments for the same period. 4. GRASS CUTTING The "
        "Clerk reported that the contractor had started the spring cut on the old ground.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "ACCOUNTS FOR PAYMENT (November – February 2015)"),
        ("4", "GRASS CUTTING"),
    ]
    assert items[2].minutes.startswith("Members noted the bank reconciliations")
    assert len(items[2].resolutions) == 1  # (the members' decision, after what they noted)
    # (but text in brackets after a heading is the minutes' own: "APOLOGIES (Cllr Elm)")
    assert split_run_in("APOLOGIES (Cllr Elm and Cllr Fir) were noted.", numbered=True)[0] == (
        "APOLOGIES"
    )


def test_a_flattened_page_with_spaced_year_numbers_and_named_sentences_after_headings() -> None:
    """ "77 /16 Declarations ...": a converter's space before the year's slash; "... GLD 79
    /16 ...": an owner's initials before the number; and a mixed-case heading run on into
    a sentence whose subject is a person's name ("... Representative Roy sent ...")."""
    body = (
        "Minutes of the Parish Council Meeting held on Wednesday 21st September 2016 at "
        "7.15pm in Wexford Village Hall PRESENT: Councillor Ann Ash (AA) - Chairman "
        "COUNCILLORS: Bob Birch (BB), Cat Cole (CC) and Dan Dee (DD) 75 /16 Apologies for "
        "Absence Resolved that apologies for absence were received from Cllr Eve Elm. 76 /16 "
        "Minutes of Previous Meeting Resolved that the Chairman be authorised to sign the "
        "minutes of the meeting held on 17th August 2016 as a correct record. 77 /16 Public "
        "Participation Robert Fir attended the meeting to discuss the bench outside the shop, "
        "and it was agreed to put the item on the agenda for October. The river below the "
        "bridge needs gravel extraction GLD 78 /16 National Trust Representative Roy sent his "
        "apologies for the meeting. 79 /16 Finance The Clerk presented the accounts for "
        "August.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("75/16", "Apologies for Absence"),
        ("76/16", "Minutes of Previous Meeting"),
        ("77/16", "Public Participation"),
        ("78/16", "National Trust Representative"),
        ("79/16", "Finance"),
    ]
    assert items[2].minutes.startswith("Robert Fir attended the meeting")
    # (a name's first word before its second opens no sentence: "Andrew Thin welcomed")
    assert split_run_in("Andrew Thin welcomed everyone to the meeting.", numbered=True)[0] is None


def test_sub_items_numbered_in_small_roman_numerals_under_an_empty_parent() -> None:
    """Headings numbered i, ii, iii ... under an item with no text of its own are its
    sub-items: alone over their text (glued too, "i.Recycling Bins"), run into it after the
    stop of a short heading ("(i) Balances. The Clerk ..."), or after the minute they cite
    and its title ("i) Minute 38 – Vehicle Signs – the Clerk ..."). Points so numbered, in
    sentences, stay the parent's."""
    alone = (
        "1. Matters Arising:\n\ni.Recycling Bins\n\nCllr Ash led the discussion on the new "
        "bins.\n\nii. Council's Website\n\nThe website should be ready by March.\n\n"
        "2. Finance\n\nThe accounts were approved.\n"
    )
    assert [(i.number, i.title) for i in items_of(alone)] == [
        ("1", "Matters Arising"),
        ("i", "Recycling Bins"),
        ("ii", "Council's Website"),
        ("2", "Finance"),
    ]
    run_in = (
        "6. Finances.\n\n(i) Balances. The Clerk circulated the statement.\n\n(ii) Precept. The "
        "request had been submitted.\n\n7. Insurance\n\nThe policy was renewed.\n"
    )
    assert [(i.number, i.title) for i in items_of(run_in)][1:3] == [
        ("(i)", "Balances"),
        ("(ii)", "Precept"),
    ]
    cited = (
        "57. UPDATE ON ITEMS FROM THE MINUTES\n\ni) Minute 38 – Vehicle Signs – the Clerk had "
        "met the supplier.\nii) Minute 45 – Play Areas. – work was continuing.\n\n58. BUDGET\n\n"
        "The budget was discussed.\n"
    )
    assert [i.title for i in items_of(cited)][1:3] == [
        "Minute 38 – Vehicle Signs",
        "Minute 45 – Play Areas",
    ]
    points = (
        "5. Task and Finish Group\n\ni. The recommendations of the group be supported.\n\nii. "
        "The Cabinet Member responds to the review within two months.\n\n6. Close\n\nThe "
        "meeting closed at 9pm.\n"
    )
    assert [i.number for i in items_of(points)] == ["5", "6"]


def test_a_heading_in_capitals_wrapped_onto_a_line_that_goes_on_with_it() -> None:
    """ "TO DISCUSS PLANNING AND DEVELOPMENT MATTERS" / "AND APPROVE ANY ACTION": the line
    in capitals that opens with a word going on with the one before is the heading's, and
    the parent, empty, has its lettered sub-items, one in the agenda's words in capitals
    among them. A line in capitals with words of its own is not joined ("FINANCE" /
    "PAYMENTS FOR APPROVAL")."""
    body = (
        "TC129/2013 TO DISCUSS PLANNING AND DEVELOPMENT MATTERS\nAND APPROVE ANY ACTION\n"
        "(a) TOWN COUNCIL COMMENTS ON PLANNING APPLICATIONS\nResolved that the comments be "
        "sent to the Planning Committee.\n(b) DISCUSSION ON PLANNING APPEALS\nThere were no "
        "appeals.\n(c) TO NOTE PLANNING DECISIONS\nThere were no decisions.\nTC130/2013 TO "
        "ACCEPT THE MINUTES OF THE TOWN COUNCIL MEETING\nHELD ON MONDAY 29TH JULY 2013\n"
        "Resolved that the minutes be approved.\nTC131/2013 FINANCE\nPAYMENTS FOR APPROVAL\n"
        "Resolved that the payments be approved.\nTC132/2013 TO NOTE THE MINUTES OF THE "
        "PLANNING AND FINANCE &\nGENERAL PURPOSES COMMITTEE MEETING HELD ON\nMONDAY 12TH "
        "AUGUST 2013\nResolved that the minutes be noted.\n"
    )
    items = items_of(body)
    assert [(i.number, i.title) for i in items] == [
        ("TC129/2013", "TO DISCUSS PLANNING AND DEVELOPMENT MATTERS AND APPROVE ANY ACTION"),
        ("(a)", "TOWN COUNCIL COMMENTS ON PLANNING APPLICATIONS"),
        ("(b)", "DISCUSSION ON PLANNING APPEALS"),
        ("(c)", "TO NOTE PLANNING DECISIONS"),
        (
            "TC130/2013",
            "TO ACCEPT THE MINUTES OF THE TOWN COUNCIL MEETING HELD ON MONDAY 29TH JULY 2013",
        ),
        ("TC131/2013", "FINANCE"),
        (
            "TC132/2013",
            "TO NOTE THE MINUTES OF THE PLANNING AND FINANCE & GENERAL PURPOSES COMMITTEE "
            "MEETING HELD ON MONDAY 12TH AUGUST 2013",
        ),
    ]
    assert [len(i.resolutions) for i in items] == [0, 1, 0, 0, 1, 1, 1]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("APOLOGIES J Webb – holiday", "APOLOGIES"),
        ("APOLOGIES FOR ABSENCE M. Smith (work)", "APOLOGIES FOR ABSENCE"),
        ("PLAN B Members discussed the second plan.", "PLAN B"),
    ],
)
def test_a_heading_of_apologies_in_capitals_ends_before_a_names_initial(
    line: str, heading: str
) -> None:
    assert split_run_in(line, numbered=True)[0] == heading


def test_a_things_number_in_a_long_line_is_no_item() -> None:
    """ "... blocked footpath No. 10. The Clerk advised ..." in a paragraph long enough to be
    read as a page flattened onto a line: the footpath's number starts no item, and the
    agenda listed above the minutes stays out of them."""
    body = (
        "1. Apologies for absence\n2. Open Forum for the general public\n3. Minutes of the last "
        "meeting\n4. Matters arising\n5. Planning\n\nChair: Cllr Ash\n\n1. Apologies for absence – "
        "apologies were received from Cllr Birch (work).\n\n2. Open Forum – Mr Cole asked for an "
        "update with regards to blocked footpath No. 10. The Parish Clerk advised that the "
        "county had promised several weeks back to send someone to inspect it within the next "
        "couple of weeks, and that he would chase them again if nothing had happened by the "
        "end of the month.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Apologies for absence"),
        ("2", "Open Forum"),
    ]


def test_rows_following_up_earlier_minutes_are_items_headed_as_printed() -> None:
    """Under an item that reviews earlier minutes, rows headed by the earlier minute's number
    ("9 (a) Play Area" over its text, "Minute 6, 4th July 2025: Bins. The Clerk ...") are
    items of their own with no number of this meeting; the parent keeps its own text."""
    page = (
        "Minutes of the meeting of Wexcombe Community Council held on 3 September 2025.\n\n"
        "1. Apologies\nNone.\n\n2. Matters arising from the minutes:\n\n9 (a) Play Area\n"
        "Councillor Ash agreed to inspect the play area.\n\n9 (xii) Removal of Tree\nThe Clerk "
        "had written to the County Council.\n\n3. Minutes of the last meeting\nThe minutes "
        "were approved.\n\nMinute 6, 4th July 2025: Bus shelter repairs. The Clerk reported "
        "the work was done.\n\nMinute 10, 4th July 2025: Risk assessment. It was accepted.\n\n"
        "4. Planning\n\n9 (a) Mill Lane\nNo objection.\n\n9 (b) Church Farm\nNo objection.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies"),
        ("2", "Matters arising from the minutes"),
        (None, "9 (a) Play Area"),
        (None, "9 (xii) Removal of Tree"),
        ("3", "Minutes of the last meeting"),
        (None, "Minute 6, 4th July 2025: Bus shelter repairs"),
        (None, "Minute 10, 4th July 2025: Risk assessment"),
        ("4", "Planning"),
    ]
    assert items[4].minutes == "The minutes were approved."
    assert [r.ref for r in items[5].refs] == ["6"]
    assert [r.ref for r in items[2].refs] == []  # (a bare "9 (a)" may be the item's own)


def test_minute_headed_rows_under_matters_arising_are_items_without_blank_lines() -> None:
    """ "Minute 83(a) – Junction of Mill Road" alone over its text, on a page with no blank
    lines, under an item reviewing earlier minutes: each row is an item headed as printed,
    the earlier minute its reference. One such row is a citation in the item's text, and so
    is a row whose words are a sentence, not a heading, or a row under another heading."""
    page = (
        "Minutes of the meeting of Wexcombe Town Council held on 4 March 2025.\n"
        "10. APOLOGIES FOR ABSENCE\nApologies were received from Councillor Green.\n"
        "11. MATTERS ARISING FROM THE MINUTES\nMinute 83(a) – Junction of Mill Road\n"
        "The Town Clerk reported that a letter had been received.\n"
        "RESOLVED – That the County Council be requested to repaint the markings.\n"
        "Minute 85 – Bus Shelter\nThe shelter had been repaired.\n"
        "12. FINANCE\nMinute 85 – Bus Shelter\nThe invoice for the shelter was paid.\n"
        "Minute 86 – Grass Cutting\nThe contract was renewed.\n"
        "13. MATTERS ARISING\nMinute 90 – Cllr Ash reported the lights were fixed.\n"
        "The lamp at the school was still out.\nMinute 91 – Cllr Birch had met the police.\n"
        "A further meeting was planned.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("10", "APOLOGIES FOR ABSENCE"),
        ("11", "MATTERS ARISING FROM THE MINUTES"),
        (None, "Minute 83(a) – Junction of Mill Road"),
        (None, "Minute 85 – Bus Shelter"),
        ("12", "FINANCE"),
        ("13", "MATTERS ARISING"),
    ]
    assert [r.ref for r in items[2].refs] == ["83(a)"]
    assert len(items[2].resolutions) == 1
    one = page.replace("Minute 85 – Bus Shelter\nThe shelter", "The shelter", 1)
    assert [i.title for i in parse(read_text(one.encode())).parts[0].items][1:3] == [
        "MATTERS ARISING FROM THE MINUTES",
        "FINANCE",
    ]
    # (nor what became of each, a task among them, nor a sentence wrapped round a citation
    # on a page with blank lines)
    status = (
        "Minutes of the meeting of Wexcombe Town Council held on 4 March 2025.\n1. APOLOGIES\n"
        "None.\n2. MATTERS ARISING FROM THE MINUTES\nMinute 45 – Complete\nMinute 46 – "
        "Ongoing\nMinute 47 – Clerk to chase Highways for a reply\n3. FINANCE\nNoted.\n"
    )
    assert [i.number for i in parse(read_text(status.encode())).parts[0].items] == ["1", "2", "3"]
    wrapped = (
        "Minutes of the meeting of Wexcombe Town Council held on 4 March 2025.\n\n1. APOLOGIES"
        "\n\nNone.\n\n2. MATTERS ARISING\n\nThe Clerk said it was dealt with as recorded at\n"
        "Minute 45 – Highways Improvements\nand the County had agreed. The bins were as "
        "recorded at\nMinute 46 – Waste Bins\nand the order was placed.\n\n3. FINANCE\n\n"
        "Noted.\n"
    )
    assert [i.number for i in parse(read_text(wrapped.encode())).parts[0].items] == ["1", "2", "3"]
    # (on a page with no blank lines and no stops, a row follows the text of the one above)
    bare = (
        "Minutes of the meeting of Wexcombe Town Council held on 4 March 2025.\n1. APOLOGIES\n"
        "None.\n2. MATTERS ARISING FROM THE MINUTES\nMinute 45 – Highways Improvements\nThe "
        "County had agreed to patch the road\nMinute 46 – Waste Bins\nThe bins were ordered\n"
        "3. FINANCE\nNoted.\n"
    )
    assert [i.title for i in parse(read_text(bare.encode())).parts[0].items][2:4] == [
        "Minute 45 – Highways Improvements",
        "Minute 46 – Waste Bins",
    ]


def test_minute_rows_dated_and_run_into_their_text_are_items_on_a_flat_page() -> None:
    """ "Minute 12, 6th June 2024. Security of council papers It was noted ..." and "Minute 6,
    2nd May 2025 – Bus shelter repairs. The Clerk ...": the earlier minute's date closed by
    a stop or a dash, on a page with no blank lines, under the item approving the minutes;
    each row an item headed to its stop or to where a sentence starts in it. "Minute 33,
    Forward Plan – the Commission would ..." names no date: a citation in the text."""
    page = (
        "Minutes of the meeting of Wexcombe Parish Council held on 11th August 2025.\n"
        "1. APOLOGIES. Were received from Cllr Ash\n"
        "2. MINUTES OF THE MEETING on 9th June 2025 were ACCEPTED as a true record.\n"
        "Minute 12, 6th June 2024. Security of council papers & records It was noted that one "
        "minute book is still with Cllr Birch.\n"
        "Minute 6, 2nd May 2025 – Bus shelter repairs. The Clerk was requested to chase the "
        "contractor.\n"
        "3. PLANNING\nNo applications.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES"),
        ("2", "MINUTES OF THE MEETING on 9th June 2025"),
        (None, "Minute 12, 6th June 2024. Security of council papers & records"),
        (None, "Minute 6, 2nd May 2025 – Bus shelter repairs"),
        ("3", "PLANNING"),
    ]
    assert items[2].minutes.startswith("It was noted that one minute book")
    assert [r.ref for r in items[3].refs] == ["6"]
    titled = page.replace("Minute 12, 6th June 2024.", "Minute 12, Papers –").replace(
        "Minute 6, 2nd May 2025 –", "Minute 6, Shelter –"
    )
    titles = [i.title for i in parse(read_text(titled.encode())).parts[0].items]
    assert titles == ["APOLOGIES", "MINUTES OF THE MEETING on 9th June 2025", "PLANNING"]
    # (nor corrections to those minutes, dated as rows are: they are the item's text)
    corrected = (
        "Minutes of the meeting of Wexcombe Parish Council held on 4 March 2025.\n"
        "1. MINUTES OF THE LAST MEETING. The minutes were approved subject to the following "
        "amendments:\nMinute 12, 6th February 2025. Cllr Cole's name to be added to those "
        "present.\nMinute 15, 6th February 2025. The figure in the budget table should read "
        "£1,200.\n2. PLANNING\nNone.\n"
    )
    items = parse(read_text(corrected.encode())).parts[0].items
    assert [i.title for i in items] == ["MINUTES OF THE LAST MEETING", "PLANNING"]
    assert [r.ref for r in items[0].refs] == ["12", "15"]
    # (the date in figures or month first; a topic that names an amendment is a heading)
    dated = page.replace("6th June 2024.", "06/06/2024.").replace(
        "2nd May 2025 – Bus shelter repairs", "May 2nd 2025 – Planning application amended plans"
    )
    assert [i.title for i in parse(read_text(dated.encode())).parts[0].items][2:4] == [
        "Minute 12, 06/06/2024. Security of council papers & records",
        "Minute 6, May 2nd 2025 – Planning application amended plans",
    ]


def test_flattened_rows_citing_an_earlier_paragraph_run_into_their_text_are_items() -> None:
    """A flattened table under matters arising: "3.2" alone, then "(5.4) Clearance of gulley
    Clerk noted that ...", "(5.6) Bramble along Church Walk - SV to request ...": each row an
    item numbered by its own column, headed by the citation and its topic, the earlier
    paragraph its reference; a row that is a task alone is headed by the citation. Rows
    under another heading, or a single one, stay text."""
    rows = (
        "3.0\n\nMinutes of the meeting held on 18/06/25 and matters arising\n\n3.1\n\n"
        "The minutes were agreed.\n\n3.2\n\n(5.4) Clearance of gulley outside Mill Farm Clerk "
        "noted that the drain was cleaned. JS to confirm.\n\nJS\n\n3.3\n\n(5.6) Bramble along "
        "Church Walk - SV to request that the path is strimmed.\n\nSV\n\n3.4\n\n(10.5.1) "
        "Clerk to organise a visit to Grove Farm.\n\n"
    )
    page = (
        "WEXCOMBE PARISH COUNCIL MEETING\n\nheld on 16th July 2025\n\n1.0\n\nApologies\n\n"
        "1.1\n\nNone were received.\n\n"
        + rows
        + "4.0\n\nReports\n\n4.1\n\nThe report was received and "
        "discussed.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1.0", "Apologies"),
        ("3.0", "Minutes of the meeting held on 18/06/25 and matters arising"),
        ("3.2", "(5.4) Clearance of gulley outside Mill Farm"),
        ("3.3", "(5.6) Bramble along Church Walk"),
        ("3.4", "(10.5.1)"),
        ("4.0", "Reports"),
    ]
    assert [[r.ref for r in i.refs] for i in items[2:5]] == [["5.4"], ["5.6"], ["10.5.1"]]
    assert [a.owner for a in items[4].actions] == ["Clerk"]
    assert items[2].minutes == "Clerk noted that the drain was cleaned. JS to confirm.\n\nJS"
    # (a dash after a sentence has started in the words does not close the heading)
    late = page.replace(
        "(5.4) Clearance of gulley outside Mill Farm Clerk noted that the drain was cleaned.",
        "(5.4) Clearance of gulley outside Mill Farm Clerk noted that it was cleaned – invoice due.",
    )
    assert parse(read_text(late.encode())).parts[0].items[2].title == (
        "(5.4) Clearance of gulley outside Mill Farm"
    )
    # (but a place's name before the dash, no verb in it, is the heading's)
    named = page.replace(
        "(5.6) Bramble along Church Walk - SV", "(5.6) Defibrillator The Old School - SV"
    )
    assert parse(read_text(named.encode())).parts[0].items[3].title == (
        "(5.6) Defibrillator The Old School"
    )
    elsewhere = page.replace("and matters arising", "and the budget").replace(
        "Minutes of the", "Finance: the"
    )
    titles = [i.title for i in parse(read_text(elsewhere.encode())).parts[0].items]
    assert not any(t.startswith("(") for t in titles)


def test_a_persons_title_or_a_parts_letter_before_its_stop_starts_the_text() -> None:
    """The stop after "Mr" or after a part's letter ends no heading: the text opens at the
    title or the letter ("Open Forum Mr. David Smith was present"); a heading that names the
    person keeps it ("Co-option of Mr M.J.J. Tribe")."""
    body = (
        "1. Apologies Apologies received from Mrs. Ash.\n\n2. Open Forum Mr. David Smith was "
        "present about the fire plan.\n\n3. Public Questions Mrs. Birch asked about the hedge."
        "\n\n4. Local Interest a. Local bridge closures – the clerk had contacted the Trust.\n\n"
        "5. Co-option of Mr M.J.J. Tribe to the Council. He was welcomed.\n\n6. Planning i. "
        "Re-direction of correspondence is in hand. ii. No comments.\n\n7. Neighbourhood Plan "
        "Cllrs. Cole and Hirons would attend the briefing.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Apologies"),
        ("2", "Open Forum"),
        ("3", "Public Questions"),
        ("4", "Local Interest"),
        ("5", "Co-option of Mr M.J.J. Tribe to the Council"),
        ("6", "Planning"),  # (or its first Roman numeral)
        ("7", "Neighbourhood Plan"),  # (or the plural, "Cllrs.")
    ]


def test_earlier_items_cited_after_item_under_matters_arising_are_no_items() -> None:
    """On a page flattened onto one line, "Item 8", "Item 13" under matters arising cite the
    earlier minutes the chain's own numbers, printed without the word, do not; a column's
    "Item" before the first number is its label."""
    page = (
        "1. APOLOGIES Apologies were received from Cllr Ash. 2. DISCLOSURE OF INTEREST None. 3. "
        "PUBLIC PARTICIPATION A resident spoke. 4. MINUTES OF THE LAST MEETING Approved. 5. "
        "MATTERS ARISING 23rd May 2017 Item 10b Cllr Birch provided the certificate. 28th "
        "November 2017 The Clerk contacted the car scheme. Item 8 The Clerk responded to the "
        "resident about transport. Item 13 Councillors visited the wood and were supportive.\n"
    )
    items = items_of(page)
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert [r.ref for r in items[4].refs] == ["10b", "8", "13"]
    labelled = (
        "Item 224 Apologies None. 225 Declarations of Interest Cllr Ash declared an interest in "
        "the orchard site as a neighbour. 226 Public Time No parishioners were in attendance at "
        "the meeting. 227 Minutes Approved as a correct record and signed by the Chairman.\n"
    )
    assert [i.number for i in items_of(labelled)] == ["224", "225", "226", "227"]


def test_a_kind_of_business_closed_by_its_colon_is_no_heading() -> None:
    """ "For Approval:-" / "For Noting: -" under an unnumbered page's minutes heading lead
    into that kind of business under the one item, each entry with its decision."""
    page = (
        "Agenda and minutes\n\nVenue: Council Chamber - Town Hall.\n\nNo. Item\n\n\n"
        "Public Participation\n\nAdditional documents:\n\n\nThere was no public participation."
        "\n\n\n\nMinutes of Previous Meeting/s\n\nAdditional documents:\n\n\nFor Approval:-\n\n\n"
        "(a)       Licensing Committee – 10 September 2020\n\n\nRESOLVED that the Minutes of "
        "the Licensing Committee held on 10 September 2020 be confirmed.\n\n\n\nFor Noting: -"
        "\n\n\n(a)       Licensing Sub-Committee – 17 December 2020\n\n\nRESOLVED that the "
        "Minutes of the Sub-Committee held on 17 December 2020 be noted.\n\n\n\n"
        "Declarations of Interest\n\nAdditional documents:\n\n\nThere were none.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.title for i in items] == [
        "Public Participation",
        "Minutes of Previous Meeting/s",
        "Declarations of Interest",
    ]


def test_a_flattened_agenda_pack_is_read_from_the_minutes_it_carries() -> None:
    """An agenda pack flattened onto one line: the next meeting's summons and numbered list,
    then the minutes of the meeting before, which are the page's meeting and items."""
    page = (
        "WYVERN PARISH COUNCIL Members are hereby summoned to a council meeting to be held in "
        "the Village Hall on Wednesday 10th February 2021 commencing 19:00. AGENDA 1. "
        "Apologies for absence 2. Declarations of interest 3. Chairman's remarks 4. Public "
        "participation 5. To adopt the minutes of the 13th January 2021 meeting 6. Matters "
        "arising 7. Clerk's report 8. Defibrillator for Mill Green 9. Risk management Clerk to "
        "the Council, 1st February 2021 WYVERN PARISH COUNCIL MINUTES OF THE MEETING OF WYVERN "
        "PARISH COUNCIL HELD AT 19.00 ON 13th JANUARY 2021 IN THE VILLAGE HALL PRESENT: Cllrs "
        "Ash (Chairman), Birch and Cole. 1. APOLOGIES FOR ABSENCE Cllr Dean. 2. DECLARATIONS "
        "OF INTEREST None. 3. CHAIRMAN'S REMARKS None. 4. PUBLIC PARTICIPATION None were "
        "present. 5. MINUTES RESOLVED that the minutes of 9th December 2020 be approved.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert (meeting.committee, meeting.date) == ("Wyvern Parish Council", "2021-01-13")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "CHAIRMAN'S REMARKS"),
        ("4", "PUBLIC PARTICIPATION"),
        ("5", "MINUTES"),
    ]


def test_a_reports_owner_opening_its_text_ends_the_heading() -> None:
    """The owner a heading's possessive names, again at the start of the text, ends the
    heading run into it, a name after the owner or not."""
    body = (
        "1. Apologies None.\n\n2. County Councillor’s Report County Councillor Ash brought the "
        "following points to the meeting's attention: broadband was coming.\n\n3. District "
        "Councillor's Report District Councillor Birch reported on the Local Plan.\n\n4. Clerk's "
        "Report The Clerk reported that the verges had been cut.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        ("1", "Apologies"),
        ("2", "County Councillor’s Report"),
        ("3", "District Councillor's Report"),
        ("4", "Clerk's Report"),
    ]


def test_agenda_items_named_in_a_long_sentence_are_no_items() -> None:
    """ "... ie: agenda item, 1. Mill Lane Car Park. And 2 Cemetery Complaint." names the
    agenda's items the public were excluded from: no numbers of this page's items."""
    body = (
        "Exclusion of the Public and Press\n\nOwing to the confidential nature of the following "
        "agenda items it was proposed by Cllr Ash, seconded by Cllr Birch and RESOLVED that "
        "in accordance with the provisions of the Public Bodies (Admission to Meetings) Act, "
        "1960, the public and press be excluded from the remainder of the meeting owing to the "
        "confidential nature of the business ie: agenda item, 1. Mill Lane Car Park. And 2 "
        "Cemetery Formal Complaint.\n\nIt was RESOLVED that item two be taken first.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)] == [
        (None, "Exclusion of the Public and Press")
    ]


def test_dated_numbers_in_the_agenda_words_run_on_past_a_planning_lists_figures() -> None:
    """Minutes numbered year/month/item, most headings in the agenda's words: those run on
    with the others, and outnumber the figures a planning list's lines open with."""
    body = (
        "10/06/01 To receive apologies for absence\n\nNone were received\n\n"
        "10/06/02 To sign as a correct record the minutes of the meeting held 24th May 2010\n\n"
        "The minutes were signed.\n\n10/06/03 Report from the Police Representative\n\n"
        "PCSO Ash was not present.\n\n10/06/04 To consider current planning applications\n\n"
        "1 Mill Cottages, Wyvern\n\nSingle Storey Extension\n\nNo Objection\n\nThe Barn, Wyvern\n\n"
        "Alterations and\n\n2 Storey Extension\n\nNo Objection\n\n"
        "10/06/05 Reports from District and County Councillors\n\nNothing to report\n\n"
        "10/06/06 To discuss issues raised in the Parish Ride-Around\n\nThe verges were cut.\n"
    )
    assert [i.number for i in items_of(body)] == [
        "10/06/01", "10/06/02", "10/06/03", "10/06/04", "10/06/05", "10/06/06"
    ]  # fmt: skip


def test_a_body_named_by_the_word_before_it_opens_no_text() -> None:
    words = "Minutes of the Council resolved to adopt the plan".split()
    assert not body_decided(words, 4)  # ("of the Council")
    words = "Approve minutes Parish Council resolved to accept".split()
    assert not body_decided(words, 3)  # ("Parish Council")
    words = "Approve minutes Council resolved to accept".split()
    assert body_decided(words, 2)


def test_an_agenda_printed_above_the_minutes_is_no_part_of_them() -> None:
    """A meeting's page with its agenda (summons and numbered list) and then its minutes
    under their own heading and header: the minutes give the meeting and its items."""
    page = (
        "Footpaths Committee Meeting\nAgenda\nFOOTPATHS COMMITTEE AGENDA\nNOTICE IS HEREBY "
        "GIVEN that a meeting of Wexcombe Parish Council Footpaths Committee will be held on "
        "Wednesday 2nd November 2022, Wexcombe Community Centre, at 7pm.\n1. Apologies\n2. To "
        "approve the minutes of the meeting held on August 17th 2022\n3. Footpath walks\n4. "
        "Correspondence\n5. Date of next meeting – 1st February 2023\nJ. Ash, Clerk to the "
        "Council – 19/10/2022\nMinutes\nWEXCOMBE PARISH COUNCIL – FOOTPATHS COMMITTEE\n"
        "Wednesday, November 2nd , 2022\nPresent were:-\nCouncillor R. Birch (Chair) "
        "Councillor C. Cole\n1). Apologies:-\nNo apologies were received.\n2). To approve the "
        "minutes of the meeting held on August 17th, 2022.\nThe minutes were agreed and "
        "signed.\n3). Footpath walks\nThe leaflets have been reprinted.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert meeting.date == "2022-11-02"
    assert [i.title for i in meeting.items] == [
        "Apologies",
        "To approve the minutes of the meeting held on August 17th, 2022",
        "Footpath walks",
    ]


def test_a_minutes_heading_over_what_was_approved_keeps_the_agenda_above() -> None:
    """ "Minutes" over a sentence that tells what was approved is an item's heading, no
    header of minutes under an agenda: nothing above it is left out."""
    page = (
        "Agenda\n1. Apologies\nCllr Ash.\n2. Planning\nNo applications.\nMinutes\nThe minutes "
        "of the meeting held on 3rd May 2022 were approved.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [i.title for i in meeting.items][:2] == ["Apologies", "Planning"]


def test_a_double_spaced_page_keeps_a_roman_numbered_heading_on_its_line() -> None:
    """On a page printed double-spaced, a line that opens with a small Roman numeral and a
    heading ("iii Surgery Sessions") opens its own line, never the rest of the line above."""
    lines = [
        "339. Matters Arising", "i New Parish Councillor",
        "Ian Jupp was warmly welcomed to the Parish Council", "ii Resignation of M. Clarke",
        "Held over to next Meeting", "iii Surgery Sessions", "Held over to next Meeting",
        "iv Post Office Closure", "Held over to next Meeting", "340. Conservation",
        "The hedge on Mill Lane will be trimmed by the contractor", "341. Close",
        "The meeting closed at nine",
    ]  # fmt: skip
    items = items_of("\n\n".join(lines) + "\n")
    assert "Held over to next Meeting iii" not in items[0].minutes
    assert "Held over to next Meeting\n\niii Surgery Sessions" in items[0].minutes


def test_a_double_spaced_page_keeps_a_heading_off_a_list_marker_glued_to_its_text() -> None:
    """On a page printed double-spaced, a list's marker glued to the capital after it
    ("i)The gaps ...") opens its own line, never the rest of the heading above it."""
    lines = [
        "44/21 Minutes", "The minutes of the meeting held on 9 March were approved.",
        "45/21 Matters Arising from the Minutes", "i)The gate at the allotments had been mended.",
        "ii)The Chairman had reported the fly-tipping to the district council.",
        "iii)The bench at the green had been painted by volunteers.",
        "46/21 Planning Matters – There were none.", "47/21 Correspondence",
        "A letter from the school about parking outside the gates was read out.",
        "48/21 Date of next meeting", "The next meeting will be held on 11 May.",
    ]  # fmt: skip
    items = items_of("\n\n".join(lines) + "\n")
    assert [(i.number, i.title) for i in items][:3] == [
        ("44/21", "Minutes"),
        ("45/21", "Matters Arising from the Minutes"),
        ("46/21", "Planning Matters"),
    ]
    assert items[1].minutes.startswith("i)The gate")


def test_a_status_line_closed_by_its_owners_action_tag_is_no_heading() -> None:
    """Under a heading of headings alone, a short line of a task's state closed by the tag
    of who does it ("Tap in Garage – No updates [Action NC]", "(Action: Clerk)") is a line of
    that item, not one of its own; a heading naming an action plan in brackets is one."""
    lines = [
        "APOLOGIES FOR ABSENCE", "Apologies were received from HA.",
        "UPDATE ON OUTSTANDING ACTIONS", "Mowers have now been purchased and delivered.",
        "Tap in Garage – No updates [Action NC]",
        "Nets – BM will investigate funding. [Action BM/PA]",
        "Annual Award – In progress (Action: PA)", "Climate Emergency (Action Plan)",
        "The draft plan was discussed and will be finished by the summer.",
        "ANY OTHER BUSINESS", "None.",
    ]  # fmt: skip
    items = items_of("\n\n".join(lines) + "\n")
    assert [i.title for i in items] == [
        "APOLOGIES FOR ABSENCE",
        "UPDATE ON OUTSTANDING ACTIONS",
        "Climate Emergency (Action Plan)",
        "ANY OTHER BUSINESS",
    ]
    assert "Tap in Garage – No updates [Action NC]" in items[1].minutes


def test_a_person_listed_with_a_note_of_where_they_sat_is_no_heading() -> None:
    """On a ModernGov page of unnumbered items, a name with a note in brackets of where its
    owner sat ("Ben Birch, (in the public gallery)") is who attended, not a heading; a
    heading with its note in brackets is one ("Town Quay (closure)")."""
    lines = [
        "No. Item", "", "Attendance / Presenoldeb", "", "Officers on the dias", "",
        "Ann Ash, Chief Executive", "", "Other people attending", "",
        "Ben Birch, (in the public gallery)", "", "", "",
        "Apologies for Absence / Ymddiheuriadau am absenoldeb", "",
        "2.1 Apologies were received from Councillors Cole.", "", "Town Quay (closure)", "",
        "3.1 The quay was closed to users.", "",
    ]  # fmt: skip
    page = "Agenda and minutes\n\nTuesday, 28th January, 2020 10.00 am\n\nVenue: Civic Centre\n\n"
    items = parse(read_text((page + "\n".join(lines)).encode())).parts[0].items
    titles = [i.title for i in items]
    assert "Ben Birch, (in the public gallery)" not in titles
    assert "Town Quay (closure)" in titles


def test_two_headings_over_bullets_on_a_page_without_blank_lines_are_its_items() -> None:
    """On a page printed without blank lines, two short lines in mixed case each over
    bulleted points ("Litter" / "- Hazel to check ...") are its headings; one alone is not
    (a list's last line may be short)."""
    page = (
        "Actions are shown by initials in bold.\n"
        "Approval of minutes\n- Minutes approved.\n"
        "Litter\n- Trustees agreed to ask for the broken bins to be replaced.\n"
        "- Hazel to check with the park manager when the litter trial would start.\n"
    )
    assert [i.title for i in items_of(page)] == ["Approval of minutes", "Litter"]
    one = "Actions are shown by initials in bold.\nLitter\n- Trustees agreed to ask for bins.\n"
    assert [i.title for i in items_of(one)] != ["Litter"]


def test_a_list_numbered_from_one_again_in_short_runs_gives_every_heading() -> None:
    """A web page's list broken into short runs, each numbered from 1 again, its headings in
    capitals: every heading is an item, numbered as printed; a page numbered on with a
    list of its own inside an item keeps its own numbers."""
    page = (
        "1. IN ATTENDANCE – Sue Ash (SA), Bob Birch (BB)\n\n"
        "1. APOLOGIES FOR ABSENCE: none\n2. APPROVAL OF MINUTES OF PREVIOUS MEETING\n"
        "The minutes were approved.\n\n1. MATTERS ARISING\n\nThe kit had been ordered.\n\n"
        "1. RULES\n\nAction: SA to replace the rules on the notice board.\n\n"
        "1. ACTION PLAN FOR NEW SEASON\n\nThe website needs editing.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("1", "IN ATTENDANCE"),
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "APPROVAL OF MINUTES OF PREVIOUS MEETING"),
        ("1", "MATTERS ARISING"),
        ("1", "RULES"),
        ("1", "ACTION PLAN FOR NEW SEASON"),
    ]
    on = (
        "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nApproved.\n\n3. FINANCE\n\n"
        "1. BANK CHARGES\n\n2. AUDIT\n\n4. PLANNING\n\nNo applications.\n\n"
        "5. CORRESPONDENCE\n\nNone.\n"
    )
    assert [i.number for i in items_of(on)] == ["1", "2", "3", "4", "5"]


def test_the_earlier_minutes_and_matters_arising_above_the_numbered_items_are_items() -> None:
    """The opening business above the first numbered item takes in the earlier minutes and
    what arises from them ("Minutes of 14.9.23 Meeting", "Matters Arising"), and the
    apologies' names above them; never a web page's title opening the page ("Minutes of the
    last meeting" / "Minutes are provisional ...")."""
    page = (
        "Apologies\n\nJames Dutton, Mick Miller\n\nMinutes of 14.9.23 Meeting\n\n"
        "The minutes were accepted as accurate.\n\nMatters Arising\n\n"
        "There were no matters arising.\n\n1. Finance Report\n\nThe Treasurer reported.\n\n"
        "2. Court Maintenance\n\nThe court was surveyed.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        (None, "Apologies"),
        (None, "Minutes of 14.9.23 Meeting"),
        (None, "Matters Arising"),
        ("1", "Finance Report"),
        ("2", "Court Maintenance"),
    ]
    titled = (
        "Minutes of the last meeting\n\nMinutes are provisional until they are approved.\n\n"
        "1. Attendance\n\nCllr Ash attended.\n\n2. Finance\n\nThe Clerk reported.\n"
    )
    assert "Minutes of the last meeting" not in [i.title for i in items_of(titled)]


def test_a_narrow_cells_heading_broken_over_two_lines_over_its_keyword_is_one() -> None:
    """A sub-item's heading of a word or two in a narrow cell, broken onto the next line,
    a word alone over the decision's keyword ("3.1 Dinghy" / "Compound" / "NOTED"), is one
    heading; a word that opens the text below is not taken."""
    page = (
        "1\nMinutes\nAGREED that the Minutes be confirmed.\n2\nMatters arising\n"
        "NOTED that there were none.\n3\nChair’s Report\n3.1 Dinghy\nCompound\nNOTED\n"
        "· that the new policy had been introduced;\n3.2 Racing\nProgramme\nAGREED\n"
        "· that members be informed of the new policy.\n3.3 Training\nCourses were well "
        "attended this year.\n"
    )
    titles = [(i.number, i.title) for i in items_of(page)]
    assert ("3.1", "Dinghy Compound") in titles and ("3.2", "Racing Programme") in titles
    assert ("3.3", "Training") in titles


def test_a_caps_heading_broken_by_its_cell_goes_on_in_capitals_on_the_next_line() -> None:
    """A heading of a word or two in capitals whose narrow cell broke it, the rest alone on
    the next line in capitals above the text ("101. PUBLIC" / "QUESTION TIME" / "There
    were no ..."), is one heading; a decision's keyword or a name in capitals below a
    heading is not taken into it."""
    page = (
        "MINUTES OF A MEETING OF THE COUNCIL HELD AT THE GUILDHALL, WYVERN ON 4 MARCH 2025\n"
        "41. MINUTES\nRESOLVED :\nTHAT the Minutes of the last meeting be confirmed.\n"
        "42. PUBLIC\nQUESTION TIME\nThere were no\npublic questions.\n"
        "43. MAYOR’S\nREPORT\nThe Mayor thanked all members for their service.\n"
        "44. TOWN\nMR J ASH\nwas absent.\n45. URGENT\nNONE\nThere was no urgent business.\n"
        "46. DISTRICT\nJ BIRCH\nreported on the budget.\n47. COUNTY\nRESOLVED\nthat the "
        "report be noted.\n"
    )
    titles = [(i.number, i.title) for i in items_of(page)]
    assert ("42", "PUBLIC QUESTION TIME") in titles and ("43", "MAYOR’S REPORT") in titles
    assert ("41", "MINUTES") in titles and ("44", "TOWN") in titles
    assert ("45", "URGENT") in titles and ("46", "DISTRICT") in titles
    assert ("47", "COUNTY") in titles


def test_headings_that_lost_their_numbers_to_bullets_among_an_items_points() -> None:
    """Where a list of numbers skips two, and the gap holds an item's bulleted points as
    well as two bullets that are headings alone over text, those two are the missing items;
    the points stay in the item above."""
    page = (
        "1.PRESENT: Roy, Carol, Roger\n2.Apologies: John, Helen\n"
        "3.Minutes of the Previous Meeting: The minutes were agreed.\n4.Matters Arising\n"
        "- Pat Testing of fans: the electrician will quote for 20 items.\n"
        "- Outstanding work list: see the attached notes.\n- Correspondence\n"
        "A request was received from the Parish Council to link the two web sites.\n"
        "- Treasurers Report:\nThe treasurer’s report was circulated and accepted.\n"
        "7.Hall Booking\nThe hall will be marketed for events from September.\n"
    )
    items = items_of(page)
    assert [(i.number, i.title) for i in items] == [
        ("1", "PRESENT"),
        ("2", "Apologies"),
        ("3", "Minutes of the Previous Meeting"),
        ("4", "Matters Arising"),
        (None, "Correspondence"),
        (None, "Treasurers Report"),
        ("7", "Hall Booking"),
    ]
    assert "Outstanding work list" in items[3].minutes


def test_an_earlier_meetings_actions_numbered_by_its_date_are_no_items() -> None:
    """Rows of an action log numbered by the date of the meeting that set them ("13/08/15-05
    Review project plan timings.- On going") are that item's lines, never items."""
    page = (
        "Minutes of Previous Meeting\n\nAccepted and signed.\n\nMatters Arising\n\n"
        "13/08/15-01 Make amendments ready for signing at the next meeting.– Amended & signed\n"
        "13/08/15- 02 The revised terms to be stored as evidence.- Completed\n"
        "13/08/15-03 Review project plan timings.- On going\n"
        "13/08/15-04 Sub Group to revisit the press articles – See communications report.\n\n"
        "Communications\n\nThe newsletter went out in September.\n"
    )
    items = items_of(page)
    assert [(i.number, i.title) for i in items] == [
        (None, "Minutes of Previous Meeting"),
        (None, "Matters Arising"),
        (None, "Communications"),
    ]
    assert "13/08/15-03 Review project plan timings" in items[1].minutes


def test_a_prefixed_number_with_a_space_after_its_stop_runs_on_with_the_rest() -> None:
    """A prefixed minute number typed with a space after its stop ("TC. 609") runs on with
    those typed without ("TC.607", "TC.608"), its number kept as printed."""
    page = (
        "TC.607 DECLARATIONS OF INTEREST\n\nNone were made.\n\nMAYOR’S QUESTIONS\n\n"
        "TC.608 Councillor Ash had submitted a question about the almshouses.\n\n"
        "RESOLVED that the Council write in support of the grant bid.\n\n"
        "PUBLIC QUESTION TIME\n\nTC. 609 There were no questions from the public.\n\n"
        "1 K:\\COUNCIL\\AGENDA 2018\\ENCLOSURE 1.DOCX INITIALS\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("TC.607", "DECLARATIONS OF INTEREST"),
        ("TC.608", "MAYOR’S QUESTIONS"),
        ("TC. 609", "PUBLIC QUESTION TIME"),
    ]


def test_a_running_minutes_heading_run_on_after_the_last_paragraph_of_a_cut_page() -> None:
    """On a page whose items lost their headings, the one running minute's number and
    heading in capitals a PDF ran on after a sentence ("... signed by the Chairman. 70.
    ANNOUNCEMENTS") is an item of its own; a list's low number so run on is not."""
    page = (
        "The notice convening the meeting was taken as read.\n\n\n"
        "There were no declarations of interest given.\n\n\n"
        "It was proposed by Councillor Ash, seconded by Councillor Birch and\n\n"
        "RESOLVED – that the minutes of the meeting held on 17th July 2013 be confirmed as a "
        "correct record and signed by the Chairman. 70. ANNOUNCEMENTS\n\n"
        "The Mayor had submitted a list of the engagements she had attended.\n"
    )
    items = items_of(page)
    assert [(i.number, i.title) for i in items][-1] == ("70", "ANNOUNCEMENTS")
    listed = page.replace("70. ANNOUNCEMENTS", "2. BUDGET")
    assert ("2", "BUDGET") not in [(i.number, i.title) for i in items_of(listed)]


def test_the_earlier_minutes_run_in_before_a_dash_above_the_first_heading_are_an_item() -> None:
    """Above a page's first heading, the earlier minutes' heading run into its text after a
    dash ("Minutes of the last meeting – these were agreed ...") is an item of its own."""
    page = (
        "Present: Ann Ash (AA), Bob Birch (BB)\n\nApologies for absence: Dr Gill\n\n"
        "Minutes of the last meeting – these were agreed as an accurate record of the "
        "meeting held on 12 May 2014.\n\nProposals for modified working\n\n"
        "PT commented that previous meetings had been successful.\n\nAny other business\n\n"
        "None was raised.\n"
    )
    assert [i.title for i in items_of(page)] == [
        "Minutes of the last meeting",
        "Proposals for modified working",
        "Any other business",
    ]


def test_an_action_columns_cells_between_a_number_and_its_heading_are_no_heading() -> None:
    """A table's action column read between an item's number alone and its heading ("5." /
    "Action:" / "ALL" / "Co-Opt to Fill the Vacancy") leaves the heading the item's."""
    page = (
        "4.\n\nMatters Arising from the Minutes\n\nAction:\nCB\n\nDefibrillator\n"
        "It was agreed to consult Mrs Ash on her return.\n\n5.\n\nAction:\nALL\n\n"
        "Co-Opt to Fill the Vacancy\n\nAs no one has yet come forward it was agreed to make "
        "further enquiries.\n\n6.\n\nNeighbourhood Development Plan\n\n"
        "The steering group's minutes were noted.\n"
    )
    assert [(i.number, i.title) for i in items_of(page)] == [
        ("4", "Matters Arising from the Minutes"),
        ("5", "Co-Opt to Fill the Vacancy"),
        ("6", "Neighbourhood Development Plan"),
    ]


def test_a_documents_title_printed_again_atop_a_later_page_is_no_text() -> None:
    """A document's title with its figures, printed again atop a later page ("Board of
    Trustees Minutes 0566 – 0652"), is no part of the item it falls in: its range cites no
    minutes."""
    page = (
        "Board of Trustees Minutes 0566 – 0652\nWyvern College\nBOARD OF TRUSTEES\n"
        "Tuesday 1 December 2009\n\n0566 Apologies\n\nNone were received.\n\n"
        "0567 Appointments\n\nMembers considered the report of the panel.\n"
        "Board of Trustees Minutes 0566 – 0652\nThe Board agreed the recommendation.\n\n"
        "0568 Any other business\n\nNone.\n"
    )
    items = items_of(page)
    assert [i.number for i in items] == ["0566", "0567", "0568"]
    assert "Minutes 0566" not in items[1].minutes
    assert not [r.ref for i in items for r in i.refs]


def test_a_lettered_heading_alone_keeps_the_words_after_its_dash() -> None:
    """A sub-item's heading on its own line, its dash before more of a heading's words ("a)
    Play Fund – Mill Lane Cycle Path"), is one heading; words that are text stay text."""
    page = (
        "Minutes of the Wyvern Environment Committee held on 10 March 2009 at 7pm\n\n"
        "EN21/09    MINUTES\n\n           The Minutes were approved.\n\n"
        "EN22/09    COUNTRYSIDE\n\n           a) Play Fund – Mill Lane Cycle Path\n\n"
        "              The Committee was informed that funding was requested.\n\n"
        "           b) Play Fund – Nothing to report\n\n"
        "              The Committee was informed of the project.\n\n"
        "EN23/09    PLANNING\n\n           The application was approved.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [it.title for it in items if it.number in ("a", "b")] == [
        "Play Fund – Mill Lane Cycle Path",
        "Play Fund",
    ]


def test_a_rows_heading_keeps_the_member_who_raised_it() -> None:
    """In a flattened ModernGov row the member named after the heading's dash, before its
    "Minutes:" label, is part of the heading."""
    page = (
        "Venue: Wyvern Hall. View directions\nContact: Democratic Services\nNo. | Item |\n"
        "---|---|\nDeclarations of Interest Minutes: There were none. |\n|\n"
        "Mill Street - Councillor Ash Minutes: Concerns were raised about 20 Mill Street. |\n|\n"
        "Notice board for Wyvern - Councillor Brian Birch Minutes: The Chair spoke. |\n|\n"
        "Apologies - Councillor Cole Minutes: Councillor Cole sent apologies. |\n|\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [it.title for it in items] == [
        "Declarations of Interest",
        "Mill Street - Councillor Ash",
        "Notice board for Wyvern - Councillor Brian Birch",
        "Apologies",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HOLT - 20110919 - Erection of a dwelling and garage",
            ("HOLT - 20110919 - Erection of a dwelling and garage", ""),
        ),
        (
            "Wyvern - PL/2024/0153 - Erection of a garage. The Committee considered the plans.",
            ("Wyvern - PL/2024/0153 - Erection of a garage", "The Committee considered the plans."),
        ),
        ("Apologies - Cllr Smith sent apologies", ("Apologies", "Cllr Smith sent apologies")),
    ],
)
def test_a_planning_applications_heading_runs_past_its_references_dash(
    line: str, expected: tuple[str, str]
) -> None:
    """ "PLACE - REFERENCE - what is applied for": all of it the heading, to its sentence's end."""
    assert split_run_in(line, True) == expected


_ICON_PAGE = (
    "Agenda and minutes\n\nCabinet - Tuesday, 10th September, 2024 10.00 am\n\nNo. Item\n\n\n"
    "Minutes pdf icon PDF 59 KB\n\nTo approve the minutes of the meeting held on 9 July 2024.\n\n"
    "The Minutes were agreed as a correct record.\n\n\n\nDeclarations of Interest\n\n\n\n"
    "{heading} pdf icon PDF 416 KB\n\nThe Leader presented the report.\n\n{parts}\n\n\n\n"
    "Air Quality Action Plan pdf icon PDF 95 KB\n\nThe Executive Member presented the plan.\n"
)


@pytest.mark.parametrize(
    ("heading", "parts", "decided"),
    [
        (
            "2024/25 Budget Monitoring - Revenue & Capital",
            "(1)            Note the revenue results for 2024/25;\n\n"
            "(2)            Approve the capital programme as shown at appendix 1;\n\n"
            "(3)            Approve the budget variations as shown at appendix 2;\n\n"
            "(4)      Note the updated lending list as shown at appendix 3.",
            4,
        ),
        (
            "Weekly Food Waste Collections",
            "It was moved by Councillor Ash, seconded by Councillor Birch, and\n\n"
            "  1. The additional spending of £92,072 be approved.\n"
            "  2. The receipt of £1,062,066 capital funding from DEFRA be noted.\n"
            "  3. The intention to buy food waste caddies under the existing contract be noted.\n"
            "  4. The award of a contract for food waste vehicles be agreed.\n"
            "  5. The additions to the Capital Programme for the vehicles and caddies, funded "
            "from the grant and the reserve.",
            5,
        ),
    ],
)
def test_a_decisions_numbered_parts_on_a_page_of_icon_headings_are_no_items(
    heading: str, parts: str, decided: int
) -> None:
    """A ModernGov page that lost its items' numbers and a decision's keyword: the numbers
    of the decision's parts are neither items nor sub-items, and a heading opening with its
    year is still a heading."""
    page = _ICON_PAGE.format(heading=heading, parts=parts)
    items = parse(read_text(page.encode())).parts[0].items
    assert [(it.number, it.title) for it in items] == [
        (None, "Minutes"),
        (None, "Declarations of Interest"),
        (None, heading),
        (None, "Air Quality Action Plan"),
    ]
    assert [r.part for r in items[2].resolutions] == [str(n) for n in range(1, decided + 1)]


def test_a_heading_ending_in_a_hyphened_post_runs_into_the_name_who_did_something() -> None:
    """ "Election of Vice-Chairman Mick Peake was nominated": the post's last part is the
    heading's last word, as "Chairman" is, and the name opens the text."""
    assert split_run_in(
        "Election of Vice-Chairman Mick Peake was nominated and seconded", True
    ) == (
        "Election of Vice-Chairman",
        "Mick Peake was nominated and seconded",
    )


def test_a_members_reports_heading_after_its_number_is_a_heading() -> None:
    """ "5. Councillors Reports. - LRM said ...": a person's title then what they give is a
    heading, though "Councillors" may open a sentence."""
    assert split_run_in("Councillors Reports. - LRM said she had met the school", True) == (
        "Councillors Reports",
        "LRM said she had met the school",
    )


def test_a_list_numbered_with_leading_zeros_inside_an_item_is_that_items() -> None:
    """A public forum's tables of statements and questions, their rows numbered 01, 02 ...
    past the items' own count, inside an item numbered 3: the items run on at 4, never at
    a row's "04"."""
    rows = "\n".join(
        f"{n:02d} {name} Statement on the {topic}"
        for n, (name, topic) in enumerate(
            [("Ann Ash", "bus gate"), ("Ben Birch", "cycle lane"), ("Cy Cole", "speed limit"),
             ("Di Dale", "bus gate"), ("Ed Elm", "school street"), ("Flo Fir", "parking"),
             ("Gus Gray", "bus gate"), ("Hal Hay", "crossing"), ("Ivy Ince", "speed limit"),
             ("Jo Jay", "bus lane"), ("Kit Kay", "parking"), ("Lu Lee", "bus gate")],
            start=1,
        )
    )  # fmt: skip
    body = (
        "1 Apologies for Absence\n\nThere were no apologies.\n\n2 Minutes of the Previous "
        "Meeting\n\nThe minutes were agreed as accurate.\n\n3 Public Forum\n\nTwelve "
        f"statements were received and noted as follows:\n\nRef No Name Title\n{rows}\n\n"
        "Five questions were received as follows:\n\nRef No Name Title\n01 Mo Moss Bus gate "
        "signs\n02 Ned Nash Bus gate fines\n03 Olly Oak Crossing times\n04 Pat Pine Parking "
        "zones\n05 Queenie Quill Cycle lane\n\n4 Bus Gate Review\n\nThe Committee considered a "
        "report on the bus gate trial.\n\n"
        "5 Work Programme\n\nThe Committee noted its work programme.\n"
    )
    items = items_of(body)
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert "12 Lu Lee" in items[2].minutes


def test_a_decision_keyword_before_its_parts_on_a_line_of_its_own_heads_no_item() -> None:
    """ "ORDERED as follows:-" over its numbered parts is the decision of the item above
    it, as "RESOLVED:" alone on its line is, not a heading of its own."""
    body = (
        "Budget Monitoring\n\nFurther information had been circulated to Members on the "
        "first quarter's outturn.\n\nORDERED as follows:-\n\n1. That the information be "
        "noted.\n\n2. That any further queries be forwarded to the Director of Resources.\n"
        "\nHighways Update\n\nThe Board received an update on the winter gritting routes.\n"
    )
    items = items_of(body)
    assert [i.title for i in items] == ["Budget Monitoring", "Highways Update"]
    assert len(items[0].resolutions) == 2


def test_a_heading_cut_short_at_the_foot_of_a_page_is_its_last_item() -> None:
    """A page cut short after a heading standing apart as its others do keeps that heading
    as an item with no text ("Risk Assessme"); a sentence's first word cut, a signature or a
    member's name is none."""
    page = (
        "Police matters\n\nPC Ash reported two thefts.\n\nPlay area\n\nThe swings were "
        "mended.\n\n{last}\n"
    )
    titles = [i.title for i in items_of(page.format(last="Risk Assessme"))]
    assert titles == ["Police matters", "Play area", "Risk Assessme"]
    for last in ("Sergeant", "Signed Chairman", "Councillor Birch", "Date of next meeting:"):
        assert [i.title for i in items_of(page.format(last=last))][-1] == "Play area", last


def test_a_sub_items_heading_keeps_its_date_and_is_not_made_a_paragraph_by_it() -> None:
    """ "1.4 Demo day at Thorney near Ashby - 17 July 2025 Any members ...": the
    date after the dash is the heading's, and its words do not make the heading too long
    for a sub-item's."""
    body = (
        "1. CHAIRMAN'S ANNOUNCEMENTS\n\n1.1 Board Membership The Chairman welcomed a new "
        "member.\n\n1.2 Annual Newsletter The Board have produced a newsletter.\n\n1.3 Open "
        "day - 14 September 2025 Will be open as part of the heritage days.\n\n1.4 Demo day "
        "at Thorney near Ashby - 17 July 2025 Any members wishing to attend "
        "should tell the Clerk.\n\n1.5 Golf Day The Chairman congratulated the team.\n"
    )
    assert [(i.number, i.title) for i in items_of(body)][4:6] == [
        ("1.4", "Demo day at Thorney near Ashby - 17 July 2025"),
        ("1.5", "Golf Day"),
    ]


def test_a_flattened_pages_minutes_numbers_win_over_the_paragraphs_numbered_under_them() -> None:
    """On a page flattened onto one line, the minutes' numbers ("33 To Receive ...") and the
    paragraphs numbered on through the page under them ("1 Andrew Franklin", "2. None")
    interleave: the paragraphs' run is longer, but the minutes' run, most of its numbers
    before a heading, one paragraph or more in every gap, numbers the items."""
    body = (
        "ATTENDANCE: Cllrs Ash, Birch and Cedar. 33 To Receive and Accept Apologies for "
        "Absence. in accordance with the Act 1 Andrew Franklin 34 Declaration of Disclosable "
        "Pecuniary Interests by Councillors on any of the agenda items below in accordance with "
        "the Regulations 2012. 2. None 35 To Agree and Sign the Minutes of the Previous Meeting "
        "held on 22nd June 2025. 3. The minutes of the previous meeting were agreed as an "
        "accurate record. 36 Chairman’s Comments 4. The Chairman feels that the tables have "
        "worked well. 37 WCC & WDC Update 5. WCC Cllr Ash reminded the Council that projects "
        "should be sent to her. 6. Cllr Ash told the meeting that charging points were to be "
        "installed. 7. Cllr Ash said that a new fund would open shortly 8. Cllr Ash told the "
        "meeting that the library would stay shut. 9. Cllr Ash updated the meeting on the "
        "county's proposals\n"
    )
    assert [i.number for i in items_of(body)] == ["33", "34", "35", "36", "37"]


def test_an_oral_report_is_the_agenda_text_under_its_heading_not_the_heading() -> None:
    """A ModernGov page without numbers: "Leader's Update" over its agenda text "Oral report
    of the Leader of the Council" (as "Verbal update from ..." or "Report of ..."): the
    heading is the line above, not the description."""
    page = (
        "Agenda and minutes\n\nCabinet - Wednesday 4th March 2026 10:00am\n\nVenue: Wyvern "
        "Room, County Hall\n\nNo. Item\n\n\nMinutes of the previous meeting pdf icon PDF 90 KB"
        "\n\nAdditional documents:\n\n\nDecision – That the minutes be approved.\n\n\n"
        "Leader's Update\n\nOral report of the Leader of the Council\n\nAdditional documents:"
        "\n\n\nDecision – That the oral report of the Leader be noted.\n\n\nHighways Update\n\n"
        "Oral update from the Cabinet Member for Highways\n\n\nDecision – That the update be "
        "noted.\n"
    )
    assert titles_of(page) == [
        "Minutes of the previous meeting",
        "Leader's Update",
        "Highways Update",
    ]
    # (so is "Verbal update" and the like in lower case, however it goes on)
    for description in ("Verbal report", "Oral update on the budget", "Verbal update (Director)"):
        page_of = page.replace("Oral update from the Cabinet Member for Highways", description)
        assert titles_of(page_of)[-1] == "Highways Update", description
    # (a heading that opens with the words is still one: "Oral Update on ...")
    headed = page.replace("Highways Update\n\nOral update from", "Oral Update on Flooding\n\nBy")
    assert titles_of(headed)[-1] == "Oral Update on Flooding"


def test_a_decision_label_with_its_dash_cut_short_is_no_heading() -> None:
    """ "Decision – That the minutes of the meeting of the Property Su": a ModernGov page cut
    short inside its last decision (no full stop) leaves the label's line, which is the
    decision's, never a heading of its own."""
    page = (
        "Agenda and minutes\n\nCabinet - Wednesday 4th March 2026 10:00am\n\nVenue: Wyvern "
        "Room, County Hall\n\nNo. Item\n\n\nMinutes of the previous meeting pdf icon PDF 90 KB"
        "\n\nAdditional documents:\n\n\nDecision – That the minutes be approved.\n\n\nMinutes "
        "of the Property Sub-Committee held on 5 February 2026 pdf icon PDF 150 KB\n\n"
        "Additional documents:\n\n\nDecision – That the minutes of the meeting of the Property Su"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.title for i in items] == [
        "Minutes of the previous meeting",
        "Minutes of the Property Sub-Committee held on 5 February 2026",
    ]
    assert [r.text for r in items[1].resolutions] == [
        "the minutes of the meeting of the Property Su"
    ]
    # (a heading that merely opens with the word is still one)
    assert heading_line("Decision Notice – Property Sales") == "Decision Notice – Property Sales"
    assert heading_line("Decision – That the minutes of the meeting of the Property Su") is None


def test_a_committees_single_letter_glued_to_the_year_is_its_code() -> None:
    """ "001/22A Apologies:": one capital glued to the year, the heading after it in mixed
    case, is the committee's letter (A for Amenities), not the article of a heading glued on
    ("12/21A NEW PLAYGROUND", a heading in capitals, keeps its article)."""
    page = (
        "Minutes of the Amenities Committee of Wyvern Parish Council held on 8 April 2026\n\n"
        "001/26A Apologies: All Councillors were present.\n"
        "002/26A Declarations of Interest: None.\n"
        "003/26A Minutes: It was RESOLVED that the minutes of 11 March be accepted.\n"
        "004/26A Youth Shelter: The Clerk ran through two designs.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == [
        ("001/26A", "Apologies"),
        ("002/26A", "Declarations of Interest"),
        ("003/26A", "Minutes"),
        ("004/26A", "Youth Shelter"),
    ]
    glued = page.replace("004/26A Youth Shelter:", "004/26A NEW YOUTH SHELTER\n")
    assert parse(read_text(glued.encode())).parts[0].items[-1].title == "A NEW YOUTH SHELTER"
    # (whatever follows the code: a dash, a year, a heading opening with figures)
    varied = (
        "Minutes of the Amenities Committee of Wyvern Parish Council held on 8 April 2026\n\n"
        "001/25A Apologies: none.\n002/25A – Declarations of Interest: none.\n003/25A 2025/26 "
        "Budget: RESOLVED that the budget be approved.\n004/25A A38 Junction: noted.\n"
    )
    assert [i.number for i in parse(read_text(varied.encode())).parts[0].items] == [
        "001/25A",
        "002/25A",
        "003/25A",
        "004/25A",
    ]
    # (nor before a heading in capitals that opens with figures: "14/26THE A38 ROADWORKS")
    road = page.replace("004/26A Youth Shelter:", "004/26THE A38 ROADWORKS\n")
    assert [(i.number, i.title) for i in parse(read_text(road.encode())).parts[0].items][-1] == (
        "004/26",
        "THE A38 ROADWORKS",
    )


def test_an_agenda_above_its_minutes_with_entries_in_the_agendas_words_between() -> None:
    """The agenda printed above the minutes, a line an entry, some entries in its words
    ("4. To approve the minutes ...", "5. To note ...") between the headings: the list is
    the agenda, and the minutes' own numbers below it ("104/24). Apologies") are the items."""
    page = (
        "Planning Committee Meeting\n1. To elect a Chairman.\n2. Apologies\n3. Public "
        "Participation\n4. To approve the minutes of the meeting held on May 1st, 2026\n"
        "5. To note the planning decisions of the Borough Council:-\n6. Planning Applications "
        "for consideration:-\n7. To consider any further applications:\n8. To consider any "
        "correspondence received:\nClerk to the council – 09/05/2026\n"
        "A meeting of Wyvern Parish Council Planning Committee was held on May 15th 2026 at "
        "Wyvern Community Centre at 8.35pm.\n"
        "104/26). Present were: –\nCouncillor S. Perren (Chairman) Councillor P. Jones\n"
        "105/26). Apologies\nApologies were received from Councillors Ryan and Kean.\n"
        "106/26). Declarations of Interest\nThere were none.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [i.number for i in items] == ["104/26", "105/26", "106/26"]
    assert items[1].title == "Apologies"
    # (a decision's own list numbered afresh between the minutes' headings, "1. To support
    # ...", is no agenda's entries: the headings above it stay items)
    minutes = (
        "Minutes of Wyvern Parish Council held on 15 May 2026\n1. Apologies – Cllr Brown\n"
        "2. Declarations of Interest – none\n3. Planning – it was resolved:\n1. To support "
        "application 26/0012\n2. To object to application 26/0020\n4. Finance – it was "
        "resolved:\n1. To approve the payments below\n2. To adopt the revised budget\n5. Date "
        "of next meeting – 12 June 2026\nPayments approved\n1045 Wyvern Electric £54.20\n"
        "1046 Clerk's salary £812.00\n1047 HMRC £203.00\n"
    )
    assert [i.number for i in items_of(minutes)] == ["1", "2", "3", "4", "5"]
    # (nor are the minutes' own headings with their text between, one in the agenda's words)
    headed = (
        "Minutes of Wyvern Parish Council held on 15 May 2026\n\n2. Apologies\nNone.\n"
        "3. Public Participation\nNo one spoke.\n4. To approve the minutes of 1 May\n"
        "The minutes were approved.\n5. Planning Applications\nThere were none.\n"
    )
    assert [i.number for i in items_of(headed)] == ["2", "3", "4", "5"]


def test_a_heading_of_applications_in_the_plural_ends_before_the_first_application() -> None:
    """ "Planning Applications DC/21/2258/FUL: 84 Fairfield Road ...": the section's heading
    is "Planning Applications", the application its text; one application's heading keeps
    its reference, and a sentence about applications is none."""
    assert split_run_in(
        "Planning Applications DC/26/2258/FUL: 84 Fairfield Road. Single storey extension.",
        numbered=True,
    ) == ("Planning Applications", "DC/26/2258/FUL: 84 Fairfield Road. Single storey extension.")
    assert split_run_in("PLANNING APPLICATIONS – 26/00123/FUL Land at Mill Lane", numbered=True)[
        0
    ] == ("PLANNING APPLICATIONS")
    assert split_run_in("Planning Application DC/26/2258/FUL Land at Mill Lane", numbered=True)[
        0
    ] == ("Planning Application DC/26/2258/FUL Land at Mill Lane")
    sentence = "The applications 26/00123/FUL and 26/00124/FUL were approved."
    assert split_run_in(sentence, numbered=True)[0] is None
    # (nor a count's sentence, the word in lower case, nor a year after the heading)
    for text, head in (
        ("Five applications 26/00123 and 26/00150 were considered.", None),
        ("Planning applications 26/00123 and 26/00124 were considered.", None),
        ("Community Grant Applications 2025/26 The committee considered the bids.",
         "Community Grant Applications 2025/26"),
    ):  # fmt: skip
        assert split_run_in(text, numbered=True)[0] == head, text
