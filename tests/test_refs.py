"""Minute references and what a later minute says of the earlier request."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.refs import find_refs
from scrutiny_cli.read.text import read_text

CASES = [
    (
        "Matters arising: 1. Minute ref: 111-23/24 – hedge cuttings shredding and disposal.",
        [("111-23/24", None)],
    ),  # (its label's colon; a minute's number and the council's year after a hyphen)
    (
        "Actions following the walkabout (see minute 3162-19/01/11) were reviewed.",
        [("3162-19/01/11", None)],
    ),  # (a minute's number and its meeting's date after a hyphen)
    (
        "Minute No 101 10/11 - Cllr Ash asked if the new Financial Regulations had been "
        "received. Minute 45 12/2019 was read.",
        [("101 10/11", None), ("45", None)],
    ),  # (the council's year after a space, its two years in turn; never a date's)
    (
        "Cllr Smith asked for a typo correction to Min 10142 – line 11.",
        [("10142", None)],
    ),  # (a running number of five figures)
    (
        "Reference was made to Minute Item No. 27/21, concerning the debate at Cabinet.",
        [("27/21", None)],
    ),  # (two labels before the number, one reference)
    (
        "Please refer to Minute Nos. 117/17 (a), (d) and (i) below.",
        [("117/17 (a)", None), ("117/17 (d)", None), ("117/17 (i)", None)],
    ),  # (further parts of the one minute after its first)
    ("See minute 45, (a) the budget was set.", [("45", None)]),  # (a list's own letter)
    (
        "Minutes of a meeting held 9th January 2017 were agreed and signed as a true record. It "
        "was noted that item 68 should read M5 not M6.",
        [("68", None)],
    ),
    ("Minutes of the last meeting. Item 3. The Chair welcomed all.", []),
    ("Cllr Ash: Policy and Resources 18/04/12 (min 9) Friends of the Castle.", [("9", None)]),
    ("The break lasted 5 min and the meeting resumed.", []),
    (
        "50.2. Current applications.\na. 1659/HH 60 Birch Green: No comments.\n"
        "b. 1638/FUL 49 Birch Green: No comments.",
        [],
    ),  # (planning applications' numbers cut short, their type after the slash)
    ("Recommendation at 298/PF (Flexible Working Policy)", [("298/PF", None)]),
    (
        "The scheme is set out in Minute 99/fa/94 of the Fire Authority.",
        [("99/fa/94", None)],
    ),  # (a committee's letters between number and year, in lower case)
    (
        "Old Pump House – Further to minute138/16(a) – The Chairman reported on the applications.",
        [("138/16(a)", None)],
    ),
    ("The Clerk read the minutes2016 file and Minute2 of the notes.", []),
    (
        "664/19: Min:669 /19: Planning: Cllrs Ash and Birch declared an interest.",
        [("669/19", None)],
    ),
    ("Further to minute B. 762, the Engineer reported on the fencing.", [("B.762", None)]),
    (
        "It was agreed (minute 0220-4) to approve the minutes. a) (minute 0220–5a) that the "
        "contractor be asked to carry out the work;",
        [("0220-4", None), ("0220-5a", None)],
    ),
    ("Minutes 2019-20 were noted.", [("2019", None)]),
    ("2. Minute Ref.DM.47/19 b) the application was in the west ward.", [("DM.47/19 b)", None)]),
    (
        "Further to minute 14/19 'Education Performance' the link had been circulated.",
        [("14/19", "done")],
    ),
    (
        "Further to minute 13/19 'SEND update' information had not yet been received.",
        [("13/19", "pending")],
    ),
    ("Further to Minute No. 45 the response was still awaited.", [("45", "pending")]),
    (
        "Minute No 101 - Cllr Ash enquired if the new Financial Regulations had been received.",
        [("101", None)],
    ),  # (a question whether it was done says neither)
    (
        "Further to minute 34 Councillor Ash enquired whether a response had been received to "
        "the Board's letter. The Chair said Item 6 of the meeting agenda covered it.",
        [("34", None)],
    ),  # (nor is this meeting's agenda item a minute)
    (
        "Further to minute 45 the Clerk reported that, as agreed if the grant was confirmed, "
        "the new bench had been installed.",
        [("45", "done")],
    ),  # (a condition, not a question)
    ("See minutes 5/18 and 6/18.", [("5/18", None), ("6/18", None)]),
    (
        "Members had an interest in minute items 52 (Final draft of the Plan), 53 (Revised Core "
        "Strategy) and 54 (Budget).",
        [("52", None), ("53", None), ("54", None)],
    ),
    ("Further to minute 8/2017 the Board considered a further report.", [("8/17", None)]),
    (
        "Minute item 14/64/WAC\n\nPark Lane Crossing\n\nThe wording of minute 14/29/WCAC was "
        "amended.",
        [("14/64/WAC", None), ("14/29/WCAC", None)],
    ),  # (an area committee's letters after the number and its year)
    (
        "Minute reference 87/P (19 February) Transport Matters - no response had been received.",
        [("87/P", "pending")],
    ),  # (a committee's letter after the number alone)
    ("The minute 12/Appendix A was read.", []),  # (a word, not a committee's letters)
    ("Cllr Ash queried item 142/2014. Cllr Oak explained.", [("142/14", None)]),  # (its year)
    ("Minute No. 99bii)\n\nPetition - Mill Road", [("99bii)", None)]),  # (a part, one bracket)
    ("An amendment was made to item 16/210 of the minutes.", [("16/210", None)]),  # (year first)
    (
        "An issue was noted with item number 049/23 which is incomplete.",
        [("049/23", None)],
    ),  # ("number" after the word)
    ("He would declare an interest under item 72/19/F&R.", [("72/19/F&R", None)]),  # (its code)
    (
        "Councillor Poole declared an interest in paragraph 15 as manager of the CVS.",
        [("15", None)],
    ),  # (a minute numbered by paragraphs, as an interest declared in one)
    ("Councillor Ash declared an interest in paragraph 3 of the report.", []),  # (a report's)
    (
        "Cllrs Ash and Birch declared an interest in 08/2011; Cllr Cole in 07g/2011 and 09/2011.",
        [("08/11", None)],
    ),  # (a minute's number and year declared an interest in, no word before it)
    ("Cllr Ash declared an interest in 5/6/2019 correspondence.", []),  # (a date)
    (
        "The call-in concerned the decision of the Cabinet (Minute *359 of 12 July 2023).",
        [("*359", None)],
    ),  # (the asterisk alone before the number)
    ("Further to Minute P/131, the response was received.", [("P/131", "done")]),
    ("As set out in Minute No. CL.72 the response was received.", [("CL.72", "done")]),
    ("The Minutes 04.06.2019 were signed as a correct record.", []),
    ("- Approval of minutes 05.10.10", []),  # (a date, its day padded)
    (
        "Members were given the corrections to the previous minutes of 01/12/2020 meeting to "
        "minute numbers 296, 297 & 298.",
        [("296", None), ("297", None), ("298", None)],
    ),  # (a date after "minutes of" is no minute, nor "of" a committee's letters)
    ("To receive the minutes of 2nd November (minute refs 15/11/01).", [("15/11/01", None)]),
    ("Further to minute Fin 20/24 the quotes were received.", [("Fin 20/24", "done")]),
    ("(Minute 48(6) refers) and (Minute 48(13) refers)", [("48(6)", None), ("48(13)", None)]),
    (
        "Further to minute 24/25.095 the Clerk reported that the letter had been sent.",
        [("24/25.095", "done")],
    ),
    (
        "Further to minute 13/19 data had not been received. "
        "Further to minute 14/19 it had been sent.",
        [("13/19", "pending"), ("14/19", "done")],
    ),
    ("The camera had been repaired (Min 96/24 refers).", [("96/24", "done")]),
    ("Further to Min 96/24 the hedge was cut last week.", [("96/24", "done")]),
    (
        "With reference to Article 3 of the minute of meeting of this Committee of 14 June "
        "2001, there was submitted a report by the Director of Roads.",
        [("3", "done")],
    ),
    (
        "With reference to paragraph 4 of the Minute of 27 May 2021, the Group noted the replies.",
        [("4", None)],
    ),
    ("The site is subject to an Article 4 Direction under Article 8 of the Convention.", []),
    ("In respect of paragraph 8 of the minutes, the update was given.", [("8", None)]),
    ("Minute 11/16-04 to be amended to spell Cllr Reed's name right.", [("11/16-04", None)]),
    ("Further to minute 96/24 the bench had not been installed.", [("96/24", "pending")]),
    ("Minute 45 refers. The response was still awaited.", [("45", "pending")]),
    ("(Minute 7/24 refers.) The Clerk had contacted Highways.", [("7/24", "done")]),
    ("Further to minute 7/24 Members had asked for an update.", [("7/24", None)]),
    ("The meeting lasted 45 min 20 sec.", []),
    ("The minutes of the meeting held on 19th September, 2019 were approved.", []),
    ("Application 18/02210/OUT was refused.", []),
    ("The 2022/23 budget was noted.", []),
    (
        "The Minutes (Minute Nos. 789 - 792) were approved as a correct record.",
        [("789", None), ("792", None)],
    ),  # (a range by its ends, as printed: the minutes between are not)
    ("Minutes 12 to 14 refer.", [("12", None), ("14", None)]),
    (
        "The Board had before it the applications listed in articles 3 to 17 of this minute.",
        [("3", None), ("17", None)],
    ),  # (a range of a Scottish minute's articles)
    (
        "Councillors Dawson and Marra declared non-financial interests in Article IX.",
        [("IX", None)],
    ),  # (an article numbered in Roman numerals, as Dundee's minutes number theirs)
    ("He referred to an article I had read in the paper.", []),  # (the pronoun, no article)
    ("The site lies within an Article 4 Direction area.", []),
    ("Bailie Roberts declared a non-financial interest in Article I.", [("I", None)]),
    ("Reference was made to Article IV of this minute.", [("IV", None)]),
    ("Rights under Article VIII ECHR were considered.", []),  # (a convention's, no minute's)
    ("The Scheme of Delegation, Article VII, allows the Director to act.", []),
    ("Minute 45 - 2019 budget report.", [("45", None)]),  # (a title after a dash)
    ("The matter was taken further (Minute *HC 20/24 below refers).", [("*HC 20/24", None)]),
    (
        "The minutes E/102/01/19 to E/113/01/19 of the Executive were received.",
        [("E/102/01/19", "done"), ("E/113/01/19", "done")],
    ),
    (
        "RESOLVED that the minutes Cl/47/11/18 to Cl/59/11/18 be confirmed.",
        [("Cl/47/11/18", None), ("Cl/59/11/18", None)],
    ),  # (both ends of a range that cannot be counted)
    (
        "The Council agreed to take items 6, 7 and 9 of this Minute in private.",
        [("6", None), ("7", None), ("9", None)],
    ),
    (
        "RESOLVED that the press and public be excluded for the following reports:\n\n"
        "Minute No.  Report title\n\n  53  Disposal of Surplus Sites\n\n  54  Leisure "
        "Investment\n",
        [("53", None), ("54", None)],
    ),  # (a table's column of minute numbers, flattened with its other columns)
    ("Minute Number\n12 - Planning application\n13 - tree works\n", [("12", None), ("13", None)]),
    (
        "Y Cynghorydd\n\nRhif y Cofnod\n\nY Math o Fuddiant\n\nM. Ash\n\n8.1 – Y Canllawiau "
        "Cynllunio\n\nMae ganddi dyrbinau gwynt\n\nJ. Birch\n\n7.1 – Rhybudd o Gynnig\n",
        [("8.1", None), ("7.1", None)],
    ),  # (in Welsh, the column "Rhif y Cofnod", its minutes numbered by their item's part)
    ("Minute No.  Report title\n\n  2024  budget figures were noted\n", []),
    (
        "Item in previous minutes Who Action Completed\n\nCarry forward\n\n11 Clerk To extend "
        "the insurance cover. Completed\n14b MQ To take photographs of the verge. C/F by DM\n",
        [("11", None), ("14b", None)],
    ),  # (an action tracker's column of the earlier minutes' items)
    (
        "Item in previous minutes Who Action Completed\n14b MQ To take photographs\n\n"
        "3 Planning\n4 Finance\n",
        [("14b", None)],
    ),  # (the tracker's rows end at a blank line)
    ("Items in the previous minutes not covered elsewhere were noted.\n\n3 Planning\n", []),
    ("As agreed by Cabinet at Minute C104/Feb/20.", [("C104/Feb/20", None)]),  # (the month)
    (
        "Cllr Barrett declared a Personal Interest in Item 36/10. With the alteration to Item "
        "751/09 (e) the minutes were approved. Item 16/60.e authorised the clerk to bid.",
        [("36/10", None), ("751/09 (e)", None), ("16/60.e", None)],
    ),  # (an item by a minute's number with its year, its part after it)
    (
        "Cllr Ash had voted against items 16/8 and 16/9 – the approval of grants. He declared "
        "an interest in items 5/2 and 6/2 on the agenda.",
        [("16/8", None), ("16/9", None)],
    ),  # (several such items, never the agenda's)
    (
        "The Assistant Director referred to item CS/14/51 – Annual Safeguarding Report.",
        [("CS/14/51", None)],
    ),  # (and the committee's letters before it)
    (
        "• Cllr Ash – Item 2016 / 116 – Kiln Howe. The 2016 / 2017 budget was noted.",
        [("2016/116", None)],
    ),  # (or the year first, spaced about its slash)
    ("declared an interest in Agenda item 5/2. Terms of Reference, item 67/21 PDF 110 KB", []),
    (
        "(REF: M/66;SC/41 )\nCouncillor Reilly condemned the graffiti.",
        [("M/66", None), ("SC/41", None)],
    ),  # (a Northern Irish note of the minutes an item follows)
    (
        "Information requested at 2.4 of the minutes had not yet been received. The minute at "
        "10.5 was unclear.",
        [("2.4", "pending"), ("10.5", None)],
    ),  # (a paragraph of the minutes by its number alone)
    (
        "MC noted the dispensation referring to min.ref.383/3144. See also Min.No. 45/19.",
        [("383/3144", None), ("45/19", None)],
    ),  # (the abbreviation run into its label, in lower case before it)
    ("There was a 10 min break; 20 min 14 members stayed. Minutes ref: 303", []),
    (
        "Min 21/ 14 Grass cutting: quotes were circulated. Min 21 / 15 The Clerk had written.",
        [("21/14", "done"), ("21/15", None)],
    ),  # (a space either side of the slash, as typed)
    (
        "APM Mins 24.04.19\nMinutes 13.10.21 follow. See also Minute 10.11.12. Further to Minute "
        "21.05.03 the bench was ordered.",
        [("10.11.12", None), ("21.05.03", "done")],
    ),
    # (a running header's date after "Mins", its month padded or its day past twelve, is no
    # minute's; after "Minute" such figures are one minute's number)
    (
        "Minute 21.12.11 (b) Precept: agreed. The Minutes 04 / 06 / 2019 were signed. Minutes "
        "5 / 6 – the Clerk has actioned both.",
        [("21.12.11 (b)", None), ("04", "done"), ("5", None)],
    ),  # (a minute so numbered keeps its part; spaced slashes make no date or list a minute)
    ("The minutes were signed after min 125.2 was changed.", [("125.2", "done")]),
    # a paragraph or section "of the minute(s)", its number dotted or not
    (
        "With reference to paragraph 3.1 of the Minute, a substitute had been appointed.",
        [("3.1", None)],
    ),
    (
        "With reference to paragraph 3.1(b) of the Minute of 21 January 2021, copies of other "
        "schemes had been published. Paragraphs 3.2 (g) and 4 of the Minute were noted.",
        [("3.1(b)", "done"), ("3.2 (g)", None), ("4", None)],
    ),  # (its part in brackets)
    (
        "A Member noted that in section 136 of the draft minutes the answer had not been sent.",
        [("136", "pending")],
    ),
    ("The land lies within section 106 of the Town and Country Planning Act.", []),
    # a list past a note with figures, or past each minute's year; a part's own part
    (
        "Cllr Ash declared an interest in Minute Nos. P/151 (Planning Application No. "
        "SL/2017/0979) and P/155 (Planning Application No. SL/2017/1000).",
        [("P/151", None), ("P/155", None)],
    ),
    ("Minute 418 of 19/19 and 393 of 18/19 (Governance Review).", [("418", None), ("393", None)]),
    ("Minute 423(b)(vi) of 19/19 (Refurbishment of units).", [("423(b)(vi)", None)]),
    ("Minute 12 (Items 3 and 4) refers to the hall.", [("12", None)]),
    # a range too long to count, after a plural, by its ends (not a title after a dash)
    (
        "The minutes of 10th December 1998 (minute nos. 1484 - 1520) were approved.",
        [("1484", None), ("1520", None)],
    ),
    (
        "The minutes (minute refs 15/11/01-15/11/28) were approved.",
        [("15/11/01", None), ("15/11/28", None)],
    ),
    ("Minute 161 -207 Argyle Medical Group.", [("161", None)]),
    ("Minute 45 - 2019 budget was discussed.", [("45", None)]),
    # a parish's meeting, month and number joined by hyphens are one minute, not a range
    ("The minutes were approved (with an amendment to minute 03-09-13).", [("03-09-13", None)]),
    ("Minutes 12-15 were noted.", [("12", None), ("15", None)]),
    # a part after a stop, with its closing bracket only
    ("Cllr Kent: Allotment Tenant, Minute Number 8.a) Allotment Group", [("8.a)", None)]),
    ("The item was closed, see minute 8. A new item began.", [("8", None)]),
    # a folder's name in a document's path is none; a converter's escape may follow one
    ("Signed. Z:\\General\\Council minutes 14-15\\COUN122.7.14.doc Page 1 of 4", []),
    ("The payment was agreed \\[see minute 9.2.4\\].", [("9.2.4", None)]),
    # a part in small Roman numerals after a space, before its bracket or stop
    ("Cllr Ash declared an interest in (Min ref 18/011 xii) beer festival.", [("18/011xii", None)]),
    ("Further to Minute 45 ii. the Clerk wrote to the owner.", [("45ii", None)]),
    ("Further to minute 12 i think the matter was closed.", [("12", None)]),
    # an item of a named body's minutes
    (
        "Cllr Ash declared an interest in item 3 of the Corporate Property minutes of 27th "
        "October 2015 – Orchard maintenance contract.",
        [("3", None)],
    ),
    ("The land is subject to section 106 of the Town and Country Planning Act.", []),
]

# Under a review of earlier minutes (title, text, refs).
REVIEWED = [
    (
        "Arising and ongoing issues",
        "1. Item 4, 1st point - The website is live.\n2. Item 8 - Signatories now complete.\n",
        ["4", "8"],
    ),  # (matters arising by its one word, the heading's first)
    (
        "Minutes of the Meeting held on 9th January 2025",
        "(Item 3)\n\nRESOLVED that the minutes of the meeting on 9 January 2025 were a correct "
        "record. Arising from Item 7 (Item 12 refers), the Clerk had written to the school.",
        ["7", "12"],
    ),  # (the agenda's number in brackets under the heading is no minute cited)
    (
        "Matters Arising",
        "17.9.3 a) Invitation to the Borough Councillor: the Clerk had telephoned.\n"
        "17.7.9 (3) Daffodil Bulbs. Some had been planted.\n17.5.14 Notice Boards were mended.",
        ["17.9.3a", "17.7.9(3)", "17.5.14"],
    ),
    (
        "Minutes of the Meeting held on 2 December",
        "The Chair tabled a revision to the minutes at item 19/12/151, and to item 8c.",
        ["19/12/151", "8c"],
    ),
    (
        "Action Log/ Matters Arising",
        "136.1 122.5 There was discussion of the newsletter.\n136.2 The Chair had no copy.\n"
        "136.3 126.6 Councillor Allen had taken away the grant papers.\n136.4 140.15 The "
        "meeting resumed.",
        ["122.5", "126.6"],
    ),
    (
        "INFORMATION FROM MATTERS ARISING",
        "4(18iii) – Cllr Ash reported that the pole had been removed. 5 – The Clerk reported "
        "that no reply had come. The vote was 7 – 2. Minute No. 9 – Bus shelter: repaired.\n"
        "10/524 – noted that the helpline was still slow.",
        ["4(18iii)", "5", "9", "10/524"],
    ),  # (the number of the minute each paragraph takes up, before a dash)
    (
        "MATTERS ARISING FROM THE MINUTES",
        "Item 5.5 The bench had been mended.\nItem 5.9 (E) A word in the minutes was changed.\n"
        "In respect of item 7(b), the Clerk had written.",
        ["5.5", "5.9 (E)", "7(b)"],
    ),  # (an item's part in brackets)
    (
        "Matters arising",
        "Item 1J in the minutes refers to the petitions. The code appears at item 1Ha beginning "
        "on page 31.",
        ["1J"],
    ),  # (an item's letter in capitals; never a number cut short before letters)
    (
        "To confirm the minutes of the meeting held on 16th December",
        "Cllr Ash requested that in relation to item number 129 on page 91 it be added to the "
        "minutes that the Commissioner again be urged to respond.",
        ["129"],
    ),  # (an item "number" of the minutes, on their page)
    (
        "Matters arising from those minutes",
        "Item 5 Sandbags have been collected. Items 6 & 8 Councillor Atkins asked Councillor "
        "Thomson to follow up. Items 6, 7 and 9 on the agenda were taken together.",
        ["5", "6", "8"],
    ),  # (items listed together; this meeting's agenda items are none)
    (
        "Matters arising",
        "Item 7, 3 quotes had been obtained for the new bench. Items 5 and 6 are dealt with "
        "below. Items 5 to 8 had all been completed. Minute 12-May fair: the stall was booked.",
        ["7", "12"],
    ),  # (a list only after "Items" and before the paragraph's words; "12-May" no date)
    (
        "Minutes of the previous meeting",
        "Paragraph 77.14 – 77.15 amend band to ban\nParagraph 77.19 amend quit to quiet",
        ["77.14", "77.15", "77.19"],
    ),  # (a range of paragraphs, both its ends)
    (
        "Matters arising",
        "With reference to paragraph 3.2(g) of the Minute, the details had been circulated.",
        ["3.2(g)"],
    ),  # (its part in brackets, whichever form reads it)
    (
        "Minutes of the last meeting",
        "Agreed, subject to a change to paragraph 15(c). A point in paragraph 9 (b) was "
        "explained. Paragraph 4 of the report and paragraph 6(a) of the Code were noted.",
        ["15(c)", "9 (b)"],
    ),  # (a whole paragraph number with its part; not a report's, nor a bare number)
    (
        "Minutes of the last meeting",
        "Paragraph 6(c) of the Clerk's report and paragraph 4(b) of the Terms of Reference "
        "were explained; paragraph 9(b) of the minutes was corrected.",
        ["9(b)"],
    ),  # (another document's paragraph, its part in brackets: none)
    (
        "Matters arising",
        "Under paragraph 6.3 (c) of the Scheme of Delegation the Clerk had acted. Under "
        "paragraph 12.1(a) of the Council Procedure Rules the Chair ruled.",
        [],
    ),  # (a part in brackets does not hide whose paragraph it is)
    # the paragraphs a correction is made to (not a time, a year or a measure)
    (
        "Minutes of the last meeting",
        "The minutes were approved subject to minor amendment to 7.1 (Priory) and 7.4 "
        "(Steering group). They were signed with the following addition in 2/14 Village "
        "Reports: Cllr Swan said the bus ran late.",
        ["7.1", "7.4", "2/14"],
    ),
    (
        "Minutes of the last meeting",
        "With the alteration to Item 751/09 (e) of the name the minutes were signed.",
        ["751/09 (e)"],
    ),  # (a part in brackets is the correction's too)
    (
        "Minutes",
        "Cllr Ash asked for an amendment to 7.30pm for the start time and corrections to 2024 "
        "fees; an addition to 1.5 metres was agreed.",
        [],
    ),
    (
        "To confirm the minutes of the meeting held on 28 June 2021",
        "The minutes were confirmed subject to the amendments below:\n\n-   70.13 – the word "
        "County be corrected to “Country”.\n\n-   70.35 – that the word “posed” is replaced.\n"
        "\n-   7.30pm – the start time.",
        ["70.13", "70.35"],
    ),  # (a list of corrections, each led by the paragraph it corrects and a dash)
]


@pytest.mark.parametrize(("title", "text", "refs"), REVIEWED)
def test_refs_under_a_review_of_earlier_minutes(title: str, text: str, refs: list[str]) -> None:
    assert [r.ref for r in find_refs(text, title)] == refs


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_refs(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r.ref, r.effect) for r in find_refs(text)] == expected


def test_context_is_the_sentence() -> None:
    [ref] = find_refs("The Board met. Further to minute 5/18 the report was received. Then lunch.")
    assert ref.context == "Further to minute 5/18 the report was received."


def test_earlier_minutes_numbered_in_matters_arising() -> None:
    """Under a heading that reviews earlier minutes, a number of three parts before a topic
    is the earlier minute's; under any other heading it is not read so."""
    text = (
        "58/15/1b Provision of additional street light - no progress.\n"
        "65/15/12 Dog fouling - signs ordered. On 12/05/19 The Clerk reported."
    )
    assert [r.ref for r in find_refs(text, "Matters arising")] == ["58/15/1b", "65/15/12"]
    assert [r.ref for r in find_refs(text, "Street lighting")] == []
    assert [r.ref for r in find_refs("Further to minute 58/15/1b the Clerk reported.")] == [
        "58/15/1b"
    ]


def test_an_action_logs_rows_under_matters_arising_cite_their_minutes() -> None:
    text = (
        "- 17/06. Ask the owners of the garage to soften the storage area. COMPLETED\n"
        "- 17/14. Ask the district whether a planning application was needed. CHASE\n"
    )
    assert [r.ref for r in find_refs(text, "Matters arising and action points")] == [
        "17/06",
        "17/14",
    ]
    assert find_refs(text, "Planning applications") == []  # (a list elsewhere: no review)


def test_matters_arising_rows_led_by_their_minute_in_brackets() -> None:
    text = (
        "3.2\n(5.4) Clearance of the gulley outside Home Farm. AB to confirm.\n"
        "3.3 (6.1) Bramble along Church Walk - Clerk to ask the contractor to strim it.\n"
        "3.4 (4) Welcome packs were delivered.\n3.5(8.1) The sign has been replaced.\n"
        "3.6 ( 8.2) Hedge has been cut.\n(9) Any other business was taken.\n"
    )
    # (after a paragraph's number a minute of one figure too, glued or spaced, spaces in its
    # brackets; with no paragraph's number, a bracketed figure alone is a list's mark)
    assert [r.ref for r in find_refs(text, "Minutes and matters arising")] == [
        "5.4", "6.1", "4", "8.1", "8.2",
    ]  # fmt: skip
    assert find_refs(text, "Highways") == []  # (a list elsewhere: no review)


def test_an_untitled_item_reviews_minutes_when_its_agenda_text_says_so() -> None:
    """A page with no heading for the item: its agenda text says it confirms the minutes,
    so its "In item 13" cites the earlier minutes (and under any other agenda text not)."""
    text = 'In item 13, that "Friends of Lynch Park" be amended to "Friends of Lych Park".'
    confirm = "To confirm as a correct record the minutes of the meeting held on 4 March 2024."
    assert [r.ref for r in find_refs(text, "", confirm)] == ["13"]
    assert find_refs(text, "", "To receive a report on the parks strategy.") == []


def test_an_untitled_item_opening_with_matters_arising_reviews_minutes() -> None:
    """No heading and no agenda text, its text opening with the label "Matters arising:":
    its "Item 1J in the minutes" cites the earlier minutes (and in other text not)."""
    text = "Matters arising:\n\nItem 1J in the minutes refers to the petitions from Mr Jones."
    assert [r.ref for r in find_refs(text)] == ["1J"]
    assert find_refs("Item 1J in the minutes refers to the petitions from Mr Jones.") == []


def test_a_declarations_table_flattened_a_cell_a_line_cites_its_minute_numbers() -> None:
    """ModernGov's declarations table, saved a cell a line: the "Minute Nos." column's
    cells, a list in one of them, are minutes of this meeting; the "Reason" column's head is
    no label that ends the item's text."""
    from scrutiny_cli.model import Item
    from scrutiny_cli.parse.items import fill_item

    text = (
        "The following Members declared an interest in accordance with Standing Order 16.5:-"
        "\n\nMember\n\nMinute Nos.\n\nInterest\n\nReason\n\nTom Hardy\n\n3 and 16\n\nPersonal"
        "\n\nDirector of a charity funded by the Council\n\nMark Wood\n\n14\n\nPersonal\n\n"
        "Farmer living in a rural area"
    )
    item = Item(number="2", title="Declarations of Interest", minutes=text)
    fill_item(item, "2021-05-20")
    assert [r.ref for r in item.refs] == ["3", "16", "14"]
    page = (
        "Wyvern County Council - Thursday 20th May 2021 10:00am\n\n2.\n\nDeclarations of "
        f"Interest\n\nMinutes:\n\n{text}\n\n3.\n\nMinutes of the last meeting\n\nMinutes:"
        "\n\nThe minutes were confirmed.\n"
    )
    [meeting] = parse(read_text(page.encode())).parts
    assert meeting.items[0].minutes.endswith("Farmer living in a rural area")
    assert [r.ref for r in meeting.items[0].refs] == ["3", "16", "14"]


def test_a_declarations_table_with_a_column_headed_minute_alone_or_a_minute_a_cell() -> None:
    """The same table with its column headed "Minute" alone, citing another meeting's
    minutes by number and title; and one whose cells put the minute in brackets under the
    item's title ("(Minute 5)"), which are rows, not the page's items."""
    page = (
        "Wyvern County Council - Thursday 20th May 2021 10:00am\n\n12.\n\nDeclarations of "
        "Interest\n\nMinutes:\n\nThe following Councillors declared their interest in the "
        "minutes indicated:\n\nCouncillor\n\nCommittee\n\nMinute\n\nInterest\n\nEdwards\n\n"
        "Cabinet, 11 September 2020\n\n31 – Income Generation Strategy\n\nPersonal – he works "
        "in the property industry\n\n13.\n\nAnnouncements\n\nMinutes:\n\nThere were none.\n"
    )
    [meeting] = parse(read_text(page.encode())).parts
    assert [(it.number, [r.ref for r in it.refs]) for it in meeting.items] == [
        ("12", ["31"]),
        ("13", []),
    ]
    page = (
        "Wyvern County Council - Thursday 20th May 2021 10:00am\n\nNo. Item\n\n"
        "Disclosures of Interest\n\nThe following disclosures were made:\n\nItem and Minute"
        "\n\nType and Nature of Disclosure\n\nD Crow\n\nAbandoned Shopping Trolleys\n\n"
        "(Minute 5)\n\nPersonal Interest –\n\nMember of the Town Centre Partnership\n\n"
        "R Lanzer\n\nStation Gateway Update\n\n(Minute 6)\n\nPersonal Interest –\n\n"
        "Member of the County Council\n\nMinutes pdf icon PDF 96 KB\n\nThe minutes were approved.\n"
    )
    [meeting] = parse(read_text(page.encode())).parts
    assert [it.number for it in meeting.items] == [None, None]
    assert [r.ref for r in meeting.items[0].refs] == ["5", "6"]


def test_an_exempt_items_table_cites_its_minute_not_its_paragraphs() -> None:
    """The exclusion table, a cell a line: the minute's number, not the Schedule 12A
    paragraphs listed beside it."""
    text = (
        "The following item was taken in private:\n\nMinute No.\n\nParagraph No. of "
        "Schedule 12A\n\n12\n\n3 and 4\n\n14\n\n1\n\nThe items were considered.\n"
    )
    refs = [r.ref for r in find_refs(text, "Exclusion of the Press and Public")]
    assert refs[:2] == ["12", "14"] and not {"3", "4"} & set(refs)


@pytest.mark.parametrize(
    ("number", "title", "text", "refs"),
    [
        (
            "459",
            "MATTERS ARISING",
            "447. Matters Arising The Clerk would send the forms. 456. Any Other Business Cllr "
            "Hill clarified his suggestion. 12 members were present.",
            ["447", "456"],
        ),
        (
            "06/09/04",
            "Business Arising",
            "06/07/06 Community Council Elections Cllr Feather noted the ward.\n\n06/07/08.9 "
            "Planning - Seating The Chairman had discussed this.\n\n06/09/04.1 Bins were "
            "emptied.",
            ["06/07/06", "06/07/08.9"],
        ),
        (
            "CEM/28/12",
            "Matters arising",
            "CEM/21/12(a): The Clerk has written about the fencing.",
            ["CEM/21/12(a)"],
        ),
        (
            "023/16",
            "Matters Arising from Item 022/16",
            "004/16 The Clerk reported the bid had failed.\n\n031/16 The Clerk will report.",
            ["022/16", "004/16"],
        ),
        (
            "FGP 14/476",
            "MATTERS ARISING FROM THE MINUTES",
            "14/466 Budget Report 2013/14 : Cllr Ash reported on the budget.\nFGP 14/470 "
            "Allotments The Clerk had written.\n14/480 The next meeting was noted.",
            ["14/466", "FGP 14/470"],
        ),
        ("5", "Matters arising", "1. The Chair had written.\n\n2. The bench was fixed.", []),
        ("459", "Planning", "447. Land at Mill Lane The Council objected.", []),
    ],
)
def test_earlier_minutes_taken_up_by_their_numbers_alone(
    number: str, title: str, text: str, refs: list[str]
) -> None:
    """Under an item that reviews earlier minutes, a paragraph or sentence that opens with
    an earlier number of the item's own shape (its committee's letters set apart before it
    may be left out) cites that minute (not a later one, nor its
    own paragraph, nor a list under a number of one figure, nor under any other heading)."""
    assert [r.ref for r in find_refs(text, title, "", number)] == refs


@pytest.mark.parametrize(
    ("number", "title", "text", "refs"),
    [
        (
            "212.23/24",
            "DECLARATIONS OF INTEREST",
            "b) To declare any personal interests. Cllr Hale: 218.23/24 Cllr Moss: 215.23/24",
            ["218.23/24", "215.23/24"],
        ),
        (
            "30451/06/22",
            "DECLARATIONS OF INTEREST",
            "Councillor Ann Pryce 30460/06/22 Post of Deputy Clerk Councillor Huw Lloyd "
            "30462/06/22 Village Show",
            ["30460/06/22", "30462/06/22"],
        ),
        (
            "88/2324",
            "Declaration of Interest",
            "Councillor Frost   90/2324 Finance and 91/2324 Planning/Mill House Trust",
            ["90/2324", "91/2324"],
        ),
        (
            "45/22",
            "Village Hall",
            "The lease agreed at 31/22 (the Wexbridge Hall) is signed.",
            ["31/22"],
        ),
        (
            "552/99",
            "Bus Shelters",
            "(520/99)   The County Council would contribute £1000.",
            ["520/99"],
        ),
        # (a heading's note, in brackets, of the minute it follows up)
        ("09/14/04", "Bus Shelter (07/14/04)", "Mr Ash will move the seat.", ["07/14/04"]),
        # (after the committee's letters; at a line's head an earlier minute's row under a
        # review of earlier minutes)
        (
            "TRC/114/2019",
            "Action Sheet Minutes of the Tourism Committee",
            "The following issues were raised:\n\nTRC/098/2019 – Coast Path Event\n\nNoted: "
            "the event is full.\n\nTRC/096/2019 – Signage",
            ["TRC/098/2019", "TRC/096/2019"],
        ),
        (
            "TRC/114/2019",
            "Events",
            "As agreed at TRC/101/2019 the fair is in June.",
            ["TRC/101/2019"],
        ),
        (
            "TC 105/17",
            "Declarations",
            "Cllr Ash – TC 109/17f, Cllr Birch – TC 111/17a",
            ["TC 109/17f", "TC 111/17a"],
        ),
        (  # (a committee's letters and a stop before the running number alone)
            "P.20",
            "Minutes",
            "That the minutes of the meeting held on 12 December 2025 (P.18 - P.19) be signed.",
            ["P.18", "P.19"],
        ),
        (  # (a minute of three parts named as a "Section" of the minutes)
            "005/01/2021",
            "Progress Updates",
            "• Planning covered under Section 012/01/2021\n• Grass cutting covered under Section "
            "010/01/2021",
            ["012/01/2021", "010/01/2021"],
        ),
        ("12/21", "Planning", "A contribution under Section 106/21 was agreed.", []),
        (  # (a committee's letters glued to the number)
            "CAB1/23",
            "Declarations of Interest",
            "Councillor Ash declared an interest in agenda Item 12: Trading Company Plan "
            "(CAB11/23), as she was a Director of the Company.",
            ["CAB11/23"],
        ),
        # (near misses: a date, a financial year, this meeting's agenda item or column, a
        # number at a line's head or the next minute's run in, a page, a measure; a
        # heading's number not in brackets, or its own)
        ("09/14/04", "197. Bus Shelter 07/14/04", "The seat was moved.", []),
        ("09/14/04", "Bus Shelter (09/14/04)", "The seat was moved.", []),
        ("30451/06/22", "Correspondence", "A letter dated 21/06/22 was received.", []),
        ("12/21", "Budget", "The budget for 20/21 was reviewed.", []),
        ("646.18", "Declarations", "Cllr Howell declared an interest in item 651.18a.", []),
        ("16/18", "Minutes", "Cllr Ash spoke to agenda items 16/8 and 16/9.", []),
        (
            "16/138",
            "Declarations of interest",
            "Councillor Agenda item Nature of interest\nCllr P. Jones 16/142 Personal",
            [],
        ),
        ("20/23", "Ward Report", "A hedge was cut.\n\n20/25 To invite views from members.", []),
        ("20/31", "Budget", "A hedge was cut.\n20/28 Financial Update", []),  # (not reviewing)
        ("053/09/17", "County Update", "Nothing to report. 22 2017/2018 054/09/17 Progress", []),
        ("15/21", "Planning", "As set out on page 14/21 of the report.", []),
        (
            "15/145",
            "Matters of Urgency",
            "Planning Application No: 15/0528 - Erection of an orangery at Low Plains House.",
            [],
        ),
        ("4.2", "Footpaths", "The path is 4.5 metres wide.", []),
        ("P.20", "Planning", "As set out in Appendix P.3 of the report.", []),
        ("S.12", "Planning", "The S.106 agreement was signed.", []),  # (a later number)
    ],
)
def test_minutes_cited_by_a_number_in_the_items_own_numbering(
    number: str, title: str, text: str, refs: list[str]
) -> None:
    """A number printed in the item's own numbering, keeping its year and changing its
    running part, cites that minute with no word before it (not a date, a financial year,
    an agenda item, a heading's number or a page)."""
    assert [r.ref for r in find_refs(text, title, "", number)] == refs


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        (
            "14.1 Councillor Hale noted that the second sentence of 22.4 should read: “The "
            "bid was late.” 14.2 Councillor Moss noted that 23.5 should have specifically "
            "stated the site.",
            ["22.4", "23.5"],
        ),
        ("Line 2 of 118/21 should read “Mill Lane”.", ["118/21"]),
        ("The start time of 7.30pm should read 7pm.", []),
        ("The cost of £1.50 should read £1.75.", []),
        ("The date 2019 should read 2020.", []),
    ],
)
def test_a_correction_of_the_minutes_names_the_paragraph_it_corrects(
    text: str, refs: list[str]
) -> None:
    """Under the approval of earlier minutes, the paragraph a correction names alone is a
    reference ("the second sentence of 22.4 should read"), not a time, sum or year."""
    assert [r.ref for r in find_refs(text, "Minutes of the previous meeting")] == refs


def test_a_year_after_minutes_in_a_title_is_no_minute() -> None:
    """ "Annual Parish Meeting Mins 2017" names the year's minutes; "Further to Minute 2017"
    cites one."""
    assert [r.ref for r in find_refs("Annual Parish Meeting Mins 2017", "Minutes")] == []
    assert [r.ref for r in find_refs("Further to Minute 2017 the Clerk wrote.", "X")] == ["2017"]
