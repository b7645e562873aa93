"""Near misses of layout rules: pages of a fictional council that a rule meant for another
layout must leave alone (each once broken by a rule too wide, and checked here)."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.read.text import read_text

# A header on lines of its own, over items a line each.
HEADER = (
    "Anytown Parish Council\n"
    "Minutes of the meeting of Anytown Parish Council held on 5 May 2020 at 7.30pm in the "
    "Village Hall.\n\n"
)

CASES = [
    (
        (
            "Minutes of the meeting of Anytown Parish Council held on 5 May 2020 at 7.30pm in the Village Hall. Present: Cllrs A Brown (Chair), B Green, C White. 1. Apologies Apologies were received from Cllr D Black and accepted by the Council. 2. Declarations of Interest There were no declarations of interest on items on the agenda. 3. Minutes The minutes of the meeting held on 7 April 2020 were approved and signed as a true record by the Chairman. 4. Planning The Council considered application 20/0123 at 12 High Street and raised no objection to it. 5. Finance The payments listed in the schedule were approved and the bank reconciliation was signed by the Chairman. 6. Date of Next Meeting The next meeting will be held on 2 June 2020 at 7.30pm in the Village Hall.\n"
            "\n"
            "Action list\n"
            "\n"
            "1 Clerk to write to Wyvernshire County Council about the potholes on Mill Lane\n"
            "2 Cllr Green to obtain quotes for the bench repairs\n"
            "3 Clerk to place the approved minutes on the website\n"
        ),
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Planning"),
            ("5", "Finance"),
            ("6", "Date of Next Meeting"),
        ],
        "a page flattened onto one line above an action table's numbered rows keeps its items",
    ),
    (
        (
            "ANYTOWN PARISH COUNCIL\n"
            "Minutes of the meeting of Anytown Parish Council held on 5 May 2020 at 7.30pm in the Village Hall.\n"
            "\n"
            "AGENDA\n"
            "\n"
            "1. Apologies for absence\n"
            "\n"
            "2. Declarations of interest: pecuniary and non-pecuniary\n"
            "\n"
            "3. Planning: 20/0123 Land at Mill Lane; 20/0145 12 High Street\n"
            "\n"
            "4. Highways: Mill Lane potholes, speed indicator device\n"
            "\n"
            "5. Finance: payments for approval, bank reconciliation\n"
            "\n"
            "6. Date of next meeting\n"
            "\n"
            "MINUTES\n"
            "\n"
            "1. Apologies for absence\n"
            "Apologies were received from Cllr D Black.\n"
            "\n"
            "2. Declarations of interest\n"
            "None were declared.\n"
            "\n"
            "3. Planning\n"
            "The Council raised no objection to either application.\n"
            "\n"
            "4. Highways\n"
            "The Clerk will report the potholes to KCC.\n"
            "\n"
            "5. Finance\n"
            "The payments were approved.\n"
            "\n"
            "6. Date of next meeting\n"
            "2 June 2020.\n"
        ),
        [
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Planning"),
            ("4", "Highways"),
            ("5", "Finance"),
            ("6", "Date of next meeting"),
        ],
        "an agenda whose entries run on past a colon, the same numbers again below: the minutes are the items",
    ),
    (
        HEADER
        + (
            "Item 1: Apologies\n"
            "Apologies were received from Cllr D Black.\n"
            "\n"
            "Item 2: Finance\n"
            "The payments were approved.\n"
            "\n"
            "Item 3: Highways\n"
            "Clerk to report the potholes on Mill Lane to KCC.\n"
            "\n"
            "Item 4: Date of Next Meeting\n"
            "Tuesday 2 June 2020 at 7.30pm.\n"
        ),
        [("1", "Apologies"), ("2", "Finance"), ("3", "Highways"), ("4", "Date of Next Meeting")],
        "a page numbered 'Item 1:' keeps its last item over the next meeting's date",
    ),
    (
        HEADER
        + (
            "Item 1: Apologies\n"
            "Apologies were received from Cllr D Black.\n"
            "\n"
            "Item 2: Declarations of Interest\n"
            "None.\n"
            "\n"
            "Item 3: Highways\n"
            "The potholes on Mill Lane were discussed at length.\n"
            "\n"
            "Item 4: Finance\n"
            "The payments were approved.\n"
            "\n"
            "Item 5: Any Other Business\n"
            "None.\n"
            "\n"
            "Action Log\n"
            "\n"
            "Item 3: Clerk to report the potholes on Mill Lane to KCC.\n"
            "Item 4: RFO to send the bank reconciliation to the internal auditor.\n"
            "\n"
            "Public Questions\n"
            "\n"
            "There were no questions from the public.\n"
        ),
        [
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Highways"),
            ("4", "Finance"),
            ("5", "Any Other Business"),
        ],
        "an action log after the items naming them again cites them; the items stay",
    ),
    (
        (
            "Minutes of the meeting of Anytown Parish Council held on 5 May 2020 at 7.30pm in the Village Hall.\n"
            "\n"
            "45/20 Apologies\n"
            "None.\n"
            "\n"
            "46/20 Correspondence\n"
            "\n"
            "1. Wyvernshire County Council – Notice of road closure on Mill Lane from 4 June.\n"
            "2. CPRE – Spring newsletter received.\n"
            "3. Mr J Smith – Complaint about dog fouling on the recreation ground; Clerk to write to the dog warden.\n"
            "\n"
            "47/20 Finance\n"
            "The payments were approved.\n"
        ),
        [("45/20", "Apologies"), ("46/20", "Correspondence"), ("47/20", "Finance")],
        "a numbered correspondence list under its item is no set of sub-items",
    ),
    (
        (
            "Minutes of the meeting of Anytown Parish Council held on 5 May 2020 at 7.30pm in the Village Hall.\n"
            "\n"
            "45/20 Apologies\n"
            "None.\n"
            "\n"
            "46/20 Highways and Footpaths\n"
            "\n"
            "1. Highways\n"
            "\n"
            "Members considered the following matters:\n"
            "1. Mill Lane – The potholes have been reported to KCC.\n"
            "2. Church Road – Clerk to chase the speed sign order.\n"
            "\n"
            "2. Footpaths\n"
            "\n"
            "The stile on footpath AB12 has been repaired.\n"
            "\n"
            "47/20 Finance\n"
            "The payments were approved.\n"
        ),
        [("45/20", "Apologies"), ("46/20", "Highways and Footpaths"), ("47/20", "Finance")],
        "a numbered list nested in the first numbered heading's text: no sub-items",
    ),
    (
        HEADER
        + (
            "Apologies\n"
            "\n"
            "Apologies were received from Cllr D Black.\n"
            "\n"
            "Planning Applications\n"
            "\n"
            "Rose Cottage, High Street, rear extension. Decision: No objection.\n"
            "Land at Mill Lane, erection of dwelling. Decision: Objection, overdevelopment.\n"
            "The Old Rectory, Church Lane, felling of oak tree. Decision: Objection; Clerk to ask for a TPO.\n"
            "\n"
            "Highways\n"
            "\n"
            "The Clerk will report the potholes on Mill Lane to KCC.\n"
            "\n"
            "Finance\n"
            "\n"
            "The payments were approved.\n"
        ),
        [
            (None, "Apologies"),
            (None, "Planning Applications"),
            (None, "Highways"),
            (None, "Finance"),
        ],
        "a planning list's 'Decision:' lines under headings standing alone are no table rows",
    ),
]


@pytest.mark.parametrize(("page", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_items_of_layouts_a_rule_must_leave_alone(
    page: str, expected: list[tuple[str | None, str]], note: str
) -> None:
    items = parse(read_text(page.encode())).parts[0].items
    assert [(i.number, i.title) for i in items] == expected, note
