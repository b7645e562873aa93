"""Near misses of wording rules: ordinary lines of a fictional council's minutes that look
like a rule's cue and must still read as they did before it (each once misread by a rule
too wide), beside the cue itself read right."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.header_welsh import in_english
from scrutiny_cli.parse.resolutions import find_resolutions, resolutions_of_decision
from scrutiny_cli.read.text import normalise, read_text
from tests.test_actions import actions_of

HEADER = (
    "Minutes of the Meeting of Wyvern Parish Council held on 3 March 2025 at 7pm in the "
    "Village Hall\n\n"
)


def page(text: str):  # type: ignore[no-untyped-def]
    return parse(read_text(text.encode())).parts[0]


def items(body: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in page(HEADER + body).items]


# --- Header -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1. Parish Council minutes for Tuesday 4 February 2025",
        "To approve the Council minutes for Tuesday 4 February 2025",
        "Finance Committee minutes for Monday 24 February 2025",
        "2. Annual Parish Meeting Minutes Tuesday 4 February 2025",
        "Annual Parish Meeting Minutes Tuesday 4 February 2025",
    ],
)
def test_earlier_minutes_for_a_day_are_an_items_words_not_the_header(line: str) -> None:
    """Under a header, a line naming a body's minutes "for" another day is an item's."""
    part = page(
        "Wyvern Parish Council\nMinutes of the meeting held on 3 March 2025 at 7pm\n\n"
        f"{line}\n\nThe minutes were received.\n"
    )
    assert (part.committee, part.date) == ("Wyvern Parish Council", "2025-03-03")
    if not line.startswith("To "):  # (the agenda's words alone head no item, as ever)
        assert part.items, "the line stays an item"


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("The Chairman called the meeting to order at 7.30pm.", "19:30"),
        ("The meeting was called to order by the Chairman, Cllr Ash, at 7.30pm.", "19:30"),
        ("A member of the public was called to order by the Chair at 8.15pm.", None),
        ("Cllr Birch was called to order by the Chairman at 8.40pm.", None),
        ("The Meeting was called to order at 8.30pm after a short adjournment.", None),
    ],
)
def test_the_meeting_called_to_order_starts_it_a_member_does_not(
    line: str, start: str | None
) -> None:
    part = page(
        "Minutes of the Meeting of Wyvern Parish Council held on 3 March 2025\n\nPresent: "
        f"Cllr Ash\n\n{line}\n\n1. Apologies\n\nNone.\n"
    )
    assert part.start_time == start


# --- Items and titles -------------------------------------------------------------------


def test_a_subtitle_after_a_brackets_colon_stays_on_the_heading() -> None:
    assert items(
        "5. Neighbourhood Development Plan (NDP): Regulation 14 Consultation\n\nThe "
        "consultation closes in April.\n\n6. Highways (Mill Lane): Speed Indicator Device. "
        "RESOLVED to buy a SID.\n"
    ) == [
        ("5", "Neighbourhood Development Plan (NDP): Regulation 14 Consultation"),
        ("6", "Highways (Mill Lane): Speed Indicator Device"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        "8. Action points: 1. JB: write to WDC about the hedge.\n\n2. AC: chase the quotes.\n",
        "8. Actions: 1. RFO: to pay the invoices.\n\n2. Parish Clerk: to write to the owner.\n",
        "8. Payments: 1. Wyvern Landscapes: £450.00 grass cutting.\n\n2. SSE: £45.20 power.\n",
        "8. Planning: 1. 24/00123/FUL: Erection of a garage.\n\n2. 24/00130/HOU: A porch.\n",
        "8. Applications: 1. Rose Cottage, Church Road: A porch.\n\n2. Mill House: A shed.\n",
        "8. Meetings: 1. Full Council: Monday 5 May 2025.\n\n2. Planning: Monday 12 May.\n",
        "8. Result: 1. For: 5\n\n2. Against: 2\n",
        "8. Precept 2025/26: 1. Budget: it was RESOLVED that the budget be approved.\n\n"
        "2. Precept: it was RESOLVED to set the precept.\n",
    ],
)
def test_numbered_entries_of_a_list_are_no_sub_items(rows: str) -> None:
    assert len(items(rows)) == 1


def test_a_sub_items_text_after_colon_and_dash_starts_at_its_words() -> None:
    part = page(
        HEADER + "12. Matters arising:\n\n1. Highways:- The Clerk will write to WDC.\n\n"
        "2. Play Area: – Cllr Ash will inspect the swings.\n"
    )
    assert [a.text for i in part.items for a in i.actions] == [
        "The Clerk will write to WDC",
        "Cllr Ash will inspect the swings",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Notice that was served on the landowner has now expired",
        "Notification that the Clerk had sent to all members on 3 March was noted",
    ],
)
def test_a_sentence_whose_that_is_a_relative_is_no_heading(heading: str) -> None:
    part = page(
        f"Agenda and minutes\n\nItems\nNo. Item\n\n165.\n\n{heading}\n\nMinutes:\n\nNoted.\n\n"
        "166.\n\nAny other business\n\nMinutes:\n\nNone.\n"
    )
    assert part.items[0].title == ""


def test_a_references_letters_and_figures_printed_twice_stay() -> None:
    part = page(HEADER + "1. Planning\n\nREF ABC123ABC123\n\nNo objection.\n")
    assert "ABC123ABC123" in part.items[0].minutes


def test_a_run_in_items_text_keeps_its_decision_after_two_spaces() -> None:
    part = page(
        HEADER + "1. Councillor changes: Cllr Bradley - resignation.  Action: Clerk to write to "
        "Cllr Bradley.  Council resolved to co-opt Mr Barber.\n\n2. Planning\n\nNone.\n"
    )
    assert [r.text for r in part.items[0].resolutions] == ["co-opt Mr Barber."]


@pytest.mark.parametrize(
    "text",
    [
        "The report was noted.  Council resolved to co-opt Mr Barber.",
        "The report was noted.  Agreed to co-opt Mr Barber.",
    ],
)
def test_a_decision_two_spaces_after_a_stop_is_read(text: str) -> None:
    assert [r.text for r in find_resolutions(normalise(text).strip())] == ["co-opt Mr Barber."]


def test_a_run_in_items_text_keeps_a_name_broken_at_a_lines_end() -> None:
    part = page(HEADER + "2. Planning: Mrs Straw reported. Mr Hunt- Grubbe will write.\n")
    assert [a.owner for a in part.items[0].actions] == ["Mr Hunt- Grubbe"]


# --- Actions, motions and the body named ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Church Lane- Highways will inspect the blocked gully next week.", None),
        ("Mill Lane- Clerk will chase Highways.", "Clerk"),
        ("Babergh Mid-Suffolk will consult on the Joint Local Plan.", None),
        ("Central Co-Op will provide refreshments at the fete.", None),
        ("It was noted that previously the Clerk would write to Highways each spring.", None),
        ("The Clerk will write to the residents who have previously objected.", "Clerk"),
    ],
)
def test_who_promises(text: str, owner: str | None) -> None:
    found = actions_of(text)
    assert [a[1] for a in found] == ([owner] if owner else [])


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ash proposed buying a second SID. Members felt the first should be evaluated "
        "first. The bank reconciliation was checked and approved.",
        "Cllr Ash proposed, seconded by Cllr Birch, that the application be deferred. The "
        "motion was lost. The application was then considered and approved.",
        "Proposed by Cllr Ash, seconded by Cllr Birch, that the report be received. The "
        "application for the barn had been submitted to WDC and approved.",
    ],
)
def test_no_motion_is_carried_by_a_later_sentences_approval(text: str) -> None:
    assert find_resolutions(normalise(text).strip()) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Cabinet was presented with the Panel's recommendations.", "Cabinet"),
        ("The Youth Council was presented with certificates by the Mayor.", None),
    ],
)
def test_the_body_presented_with_a_paper_is_the_meetings(text: str, body: str | None) -> None:
    text = f"1. Arrangements for meetings\n\n{text}\n\n2. Any other business\n\nNone.\n"
    assert page(text).committee == body


# --- Decisions a second review found misread ----------------------------------------------


@pytest.mark.parametrize(
    ("block", "decisions"),
    [
        (
            "Councillor Ash declared a personal and prejudicial interest in respect of Item 10 "
            "and left the meeting during the vote.",
            0,
        ),
        (
            "Councillor Ash declared a personal interest and left the meeting. Planning "
            "permission be granted subject to the conditions set out in the report.",
            1,
        ),
        (
            "The Town Council formally declared its interest in taking on the public toilets "
            "from the District Council.",
            1,
        ),
    ],
)
def test_a_published_decision_of_declarations_alone_decides_nothing(
    block: str, decisions: int
) -> None:
    assert len(resolutions_of_decision(block)) == decisions


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        (
            "Cllr Ash moved the following motion:\n\n‘This Council agrees to declare a climate "
            "emergency.’\n\nThe motion was carried unanimously.",
            1,
        ),
        (
            "Litter bins:\n\nMembers agreed to put up a sign reading “Please take your litter home.”",
            1,
        ),
        (
            "The minutes were agreed, subject to changing the following sentence from:-\n\n"
            "Given the cost the Committee agreed that there should be a risk register.’",
            0,
        ),
    ],
)
def test_only_words_quoted_to_amend_them_are_no_decision(text: str, decisions: int) -> None:
    assert len(find_resolutions(normalise(text).strip())) == decisions


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ash proposed that Cllr Birch be nominated to the Hall committee, seconded by Cllr "
        "Cole. Cllr Birch declined as she had been duly elected by the Hall's own AGM.",
        "Cllr Ash proposed, seconded by Cllr Birch, that the Council adopt the new fees. Members "
        "noted that the fees must be set by unanimity of the three councils.",
        "Cllr Ash proposed a 20mph limit on Mill Lane, seconded by Cllr Birch. Residents said "
        "lorries passed by all the houses at speed. The matter was deferred.",
    ],
)
def test_a_motion_is_not_carried_by_words_about_something_else(text: str) -> None:
    assert find_resolutions(normalise(text).strip()) == []


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        ("Agreed by all that had attended that the training had been useful.", 0),
        ("Agreed by all to be the best option, the Wyvern Fencing quote was accepted.", 0),
        ("Agreed and signed copies of the lease will be returned to the Scouts by the Clerk.", 0),
        ("Agreed and signed as a true record\n\nChairman ........ Date ........", 0),
        ("Agreed and signed by the Chairman.", 1),
    ],
)
def test_agreed_at_a_lines_start_decides_only_as_a_decision(text: str, decisions: int) -> None:
    assert len(find_resolutions(normalise(text).strip())) == decisions


def test_an_underscore_parts_a_meetings_month_from_its_item_and_nothing_else() -> None:
    assert items(
        "2. Planning\n\n24_123 FUL Erection of a garage - no objection.\n\n24_124 HH Rear "
        "extension - no objection.\n\n3. Close\n\nThe meeting closed.\n"
    ) == [("2", "Planning"), ("3", "Close")]


@pytest.mark.parametrize(
    "line",
    [
        "3. Cofnodion / Minutes of the last meeting held on 12 May 2016",
        "Cofnodion / Minutes of the last meeting held on 12 May 2016",
    ],
)
def test_a_bilingual_items_heading_is_no_bilingual_header(line: str) -> None:
    assert in_english(line) == line


def test_a_line_dated_with_a_platform_below_the_header_is_no_title() -> None:
    part = page(
        "Wyvern Parish Council\nMinutes of the meeting held on 3 July 2024 at 7pm\n\nCommittee "
        "reports\n\nPlanning Committee – 28 May 2024 (via Zoom)\n\n1. Apologies\n\nNone.\n"
    )
    assert (part.committee, part.date) == ("Wyvern Parish Council", "2024-07-03")


@pytest.mark.parametrize(
    "title",
    [
        "Parish Council Meeting Minutes Tuesday 4 June 2024 (via email)",
        "Planning Committee Meeting Minutes Monday 3 June 2024 to be approved at the next meeting",
    ],
)
def test_a_titles_words_after_its_date_are_no_venue(title: str) -> None:
    assert page(f"{title}\n\n1. Apologies\n\nNone.\n\n2. Planning\n\nNoted.\n").venue is None


def test_a_bilingual_item_line_is_no_bilingual_header() -> None:
    line = "Pwyllgor Cyllid / Finance Committee Cofnodion 11/1/2016 / Minutes of the meeting held"
    assert in_english(line) == line


def test_a_file_names_ordinal_and_year_stay_together() -> None:
    part = page(HEADER + "1. Minutes\n\nThe file minutes_dec_6th2016.pdf was circulated.\n")
    assert "6th2016" in part.items[0].minutes
