"""Present blocks in the layouts councils use."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.attendance import parse_attendance

Row = tuple[str, str | None, str, str | None]

CASES: list[tuple[list[str], list[Row], str]] = [
    (
        [
            "PRESENT:",
            "Councillors A Ash and B Birch",
            "",
            "APOLOGIES",
            "",
            "MINUTES OF THE MEETING 25th August 2021",
        ],
        [("A Ash", "member", "present", None), ("B Birch", "member", "present", None)],
        "an item's heading under an empty 'APOLOGIES' names no one",
    ),
    (
        ["Present:", "Members: Councillor M Mutton (Chair)", "Councillor S Bains"],
        [("M Mutton", "chair", "present", None), ("S Bains", "member", "present", None)],
        "one name a line under sub-headings",
    ),
    (
        [
            "PRESENT: Councillors A Smith (Chairman), B Jones (Vice-Chairman) and G Harrow "
            "(substitute for Councillor H Lind)."
        ],
        [
            ("A Smith", "chair", "present", None),
            ("B Jones", "member", "present", None),
            ("G Harrow", "substitute", "present", None),
        ],
        "one line, commas and 'and'",
    ),
    (
        ["Present: Mr R C Love, OBE, Mrs A Ash MBE JP and Mr P Hill, MBE"],
        [
            ("Mr R C Love", "member", "present", None),
            ("Mrs A Ash MBE JP", "member", "present", None),
            ("Mr P Hill", "member", "present", None),
        ],
        "honours after a name's comma are the name's, no one's name",
    ),
    (
        ["Present: Cllrs AS (Chair), JP, DL, KC, MS, RT"],
        [
            ("AS", "chair", "present", None),
            ("JP", "member", "present", None),
            ("DL", "member", "present", None),
            ("KC", "member", "present", None),
            ("MS", "member", "present", None),
            ("RT", "member", "present", None),
        ],
        "members given by their initials, which may read as honours",
    ),
    (
        [
            "PRESENT: Mr A Ash (Chair)",
            "IN ATTENDANCE: Mr C Cedar",
            "UNRESTRICTED ITEMS",
            "MARY JONES",
        ],
        [("Mr A Ash", "chair", "present", None), ("Mr C Cedar", "officer", "present", None)],
        "a heading in capitals of an agenda's words ends the list; a name in capitals does not",
    ),
    (
        ["PRESENT:", "COUNCILLOR JOHN SMITH", "MARY JONES"],
        [("JOHN SMITH", "member", "present", None), ("MARY JONES", "member", "present", None)],
        "names in capitals",
    ),
    (
        ["PRESENT IN THE CHAIR: Councillor Eddie Ash", "Present:", "Councillors Birch, Cedar"],
        [
            ("Eddie Ash", "chair", "present", None),
            ("Birch", "member", "present", None),
            ("Cedar", "member", "present", None),
        ],
        "'Present:' after the chair's line lists members, not more chairs",
    ),
    (
        [
            "Employees (by Directorate):",
            "J Gregg, People Directorate",
            "P Lind, Law and Governance Directorate",
        ],
        [
            ("J Gregg", "officer", "present", "People Directorate"),
            ("P Lind", "officer", "present", "Law and Governance Directorate"),
        ],
        "name, organisation (with an 'and' inside)",
    ),
    (
        ["In attendance: Councillor F Green (Leader of the Council); G Vance (Scrutiny Officer)"],
        [
            ("F Green", "other member", "present", "Leader of the Council"),
            ("G Vance", "officer", "present", "Scrutiny Officer"),
        ],
        "councillor among officers",
    ),
    (
        ["Apologies: Councillor Miks", "K Jones"],
        [("Miks", None, "apologies", None), ("K Jones", None, "apologies", None)],
        "apologies run on over lines",
    ),
    (
        ["Apologies for absence were received from Councillors H Lind and N Quayle."],
        [("H Lind", None, "apologies", None), ("N Quayle", None, "apologies", None)],
        "apologies as a sentence",
    ),
    (
        ["Co-Opted Members: Mrs S Hanson", "Absent: Councillor J Quarrie"],
        [("Mrs S Hanson", "co-opted", "present", None), ("J Quarrie", None, "absent", None)],
        "co-opted and absent",
    ),
    (
        ["Present: Mr E Fair (Co-opted Member)"],
        [("Mr E Fair", "co-opted", "present", None)],
        "role in brackets",
    ),
    (
        ["Officers: Head of Housing (J Doe), Democratic Services Officer (Mrs K Lee)"],
        [
            ("J Doe", "officer", "present", "Head of Housing"),
            ("Mrs K Lee", "officer", "present", "Democratic Services Officer"),
        ],
        "a post with the person's name in brackets",
    ),
    (
        ["In attendance:", "J Doe – Head of Housing"],
        [("J Doe", "officer", "present", "Head of Housing")],
        "a name, a dash and the post",
    ),
    (
        ["Councillors present: Smith, Jones. Apologies received from Councillors Green and White."],
        [
            ("Smith", "member", "present", None),
            ("Jones", "member", "present", None),
            ("Green", None, "apologies", None),
            ("White", None, "apologies", None),
        ],
        "one line of prose that turns to the apologies",
    ),
    (
        [
            "Present: Cllr A Smith (Chair), Cllr B Jones",
            "Apologies: Cllr C Brown",
            "Minute taker: John Foster",
            "Members of the Public: 3",
        ],
        [
            ("A Smith", "chair", "present", None),
            ("B Jones", "member", "present", None),
            ("C Brown", None, "apologies", None),
            ("John Foster", "officer", "present", None),
        ],
        "a label the sections do not know ends the apologies: an officer, or nobody",
    ),
    (
        [
            "Present: Alan Smith [Chair], Bob Jones, Cathy Fleet CLERK",
            "Also in attendance: K Draper",
        ],
        [
            ("Alan Smith", "chair", "present", None),
            ("Bob Jones", "member", "present", None),
            ("Cathy Fleet", "officer", "present", "Clerk"),
            ("K Draper", "officer", "present", None),
        ],
        "a post in square brackets or capitals; the clerk is an officer; 'Also in attendance'",
    ),
    (
        ["Present: Cllr A Smith, Cllr B Jones", "ITEMS Action"],
        [("A Smith", "member", "present", None), ("B Jones", "member", "present", None)],
        "a table's column headers after the list are nobody",
    ),
    (
        [
            "VOTING MEMBERS PRESENT",
            "Cllr Ash (Chair), Cllr Birch",
            "Also present",
            "Miss Jo Cole (Parish Clerk)",
            "PUBLIC PRESENT",
            "None",
        ],
        [
            ("Ash", "chair", "present", None),
            ("Birch", "member", "present", None),
            ("Miss Jo Cole", "officer", "present", "Parish Clerk"),
        ],
        "labels alone on their lines, without colons; 'None' is nobody",
    ),
    (
        [
            "Present Ian Ash, Colin Birch (minute sec),",
            "Also Nicola Cole, Andrew Dale and Andy Elm",
        ],
        [
            ("Ian Ash", "member", "present", None),
            ("Colin Birch", "member", "present", "minute sec"),
            ("Nicola Cole", "other member", "present", None),
            ("Andrew Dale", "other member", "present", None),
            ("Andy Elm", "other member", "present", None),
        ],
        "'Also' alone before names, its 'present' lost, is no part of the first name",
    ),
    (
        [
            "Present: Ann Ash, Chair (AA); Ben Birch, Treasurer (BB); Cy Cole, Vice Chair (CC);",
            "Di Dale (DD)",
        ],
        [
            ("Ann Ash", "chair", "present", None),
            ("Ben Birch", "member", "present", "Treasurer"),
            ("Cy Cole", "member", "present", None),
            ("Di Dale", "member", "present", "DD"),
        ],
        "a post after a member's comma, with the member's initials in brackets, is theirs, no "
        "one's name",
    ),
]


@pytest.mark.parametrize(("lines", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_attendance(lines: list[str], expected: list[Row], note: str) -> None:
    got = [(a.name, a.role, a.status, a.organisation) for a in parse_attendance(lines)]
    assert got == expected, note


def test_an_attendance_sentence_before_the_first_item_is_not_an_item() -> None:
    """ "Councillors ... was in attendance." above item 1 says who came; the minutes start
    at the first heading (a sentence there that tells something done would be an item of
    its own; one that only tells, "The Chair advised ...", is not)."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = (
        "Fenmarsh Parish Council\nMinutes of the meeting held on 4 March 2024 at 7.00pm\n\n"
        "In Attendance\nCouncillors A Smith (AS) Chair, B Jones (BJ), the clerk, was in "
        "attendance.\n\n1. Apologies\nCouncillor C Brown.\n\n2. Declarations of Interest\n"
        "None.\n\n3. Village Hall\nThe Clerk would obtain three quotes for the roof.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [it.number for it in items] == ["1", "2", "3"]
    with_welcome = page.replace("\n\n1. Apologies", "\n\nThe Chair advised that the hall "
                                "roof had been inspected.\n\n1. Apologies")  # fmt: skip
    items = parse(read_text(with_welcome.encode())).parts[0].items
    assert [it.number for it in items] == ["1", "2", "3"]
    with_decision = page.replace("\n\n1. Apologies", "\n\nThe report on the hall roof was "
                                 "accepted.\n\n1. Apologies")  # fmt: skip
    items = parse(read_text(with_decision.encode())).parts[0].items
    assert [it.number for it in items] == [None, "1", "2", "3"]
    # (or present to do something: "... was in attendance to record the minutes")
    to_record = page.replace("the clerk, was in attendance.", "The Clerk was in attendance to "
                             "record the minutes; PCSO D Lee was in attendance to report.")  # fmt: skip
    items = parse(read_text(to_record.encode())).parts[0].items
    assert [it.number for it in items] == ["1", "2", "3"]


def test_one_sentence_wrapped_over_two_lines_and_a_count_of_the_public_are_no_item() -> None:
    """A substitution told in one sentence that a PDF wrapped onto two lines is one
    paragraph of what was said, not two; and "Public Gallery: There were 4 members of the
    public present and no press representation." says who came. Neither makes an item of
    what stands above the first heading."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = (
        "Amenities Committee\nTuesday 13th March 2018\nTown Hall\nPresent:\n"
        "Cllrs Ash (Chairman), Birch and Cole.\nUnder the Standing Orders, the Town Clerk "
        "advised Committee that for this\nmeeting Cllr Dean would be substituting, with "
        "voting rights, for Cllr Ellis.\nPublic Gallery: There were 4 members of the public "
        "present and no press representation.\n52 Apologies for Absence\nCllr Fox.\n"
        "53 Declarations of Interest\nNone.\n54 Grants\nCommittee resolved to fund the "
        "project.\n"
    )
    items = parse(read_text(page.encode())).parts[0].items
    assert [it.number for it in items] == ["52", "53", "54"]


def test_attendance_headings_alone_are_no_items() -> None:
    """ "VOTING MEMBERS PRESENT" / names / "PUBLIC PRESENT" / "None" above the headings in
    capitals say who came: the items start at "MINUTES"."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = (
        "WEXFORD PARISH COUNCIL\n\nMINUTES OF THE MEETING HELD ON\n\nWednesday 13th March "
        "2024, 7pm\n\nVOTING MEMBERS PRESENT\n\nCllr Ash (Chair), Cllr Birch\n\n"
        "PUBLIC PRESENT\n\nNone\n\nMINUTES\n\nThe minutes were agreed and signed.\n\n"
        "FINANCES\n\nThe finances had been circulated.\n\nPOCKET PARK\n\nThe benches were "
        "repaired.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [it.title for it in meeting.items] == ["MINUTES", "FINANCES", "POCKET PARK"]
    assert [a.name for a in meeting.attendees] == ["Ash", "Birch"]


def test_attendance_labels_run_in_before_names_are_no_items() -> None:
    """A Scottish minute book's page: its page number above the header, "PRESENT Provost
    ..." and "IN ATTENDANCE Jane Doe, Chief Executive" with no colon, and one minute whose
    heading in capitals holds a date's ordinal ("14th"): that minute is the page's item, and
    the labels head who came."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = (
        "53\n\nMINUTE OF MEETING of the WYVERN COUNCIL held within the Council Chambers, "
        "Wyvern, on THURSDAY 19th OCTOBER 2006\n\nPRESENT Provost Ann Smith (Chair)\n\n"
        "Councillor Bob Brown\n\nCouncillor Carol Green\n\nIN ATTENDANCE Jane Doe, Chief "
        "Executive\n\nTom Hale, Head of Finance\n\nAPOLOGIES for absence were received from "
        "Councillor Ed White.\n\nWC.61/56 MINUTE OF MEETING HELD ON 14th SEPTEMBER 2006\n\n"
        "There was submitted a minute of the meeting held on Thursday 14th September 2006.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [(it.number, it.title) for it in meeting.items] == [
        ("WC.61/56", "MINUTE OF MEETING HELD ON 14th SEPTEMBER 2006")
    ]
    who = [(a.name, a.role, a.status) for a in meeting.attendees]
    assert ("Jane Doe", "officer", "present") in who
    assert ("Provost Ann Smith", "chair", "present") in who
    assert ("Ed White", None, "apologies") in who


def test_officials_in_attendance_run_in_before_their_names_are_no_item() -> None:
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = (
        "MINUTES of the WYVERN TRANSPORT PARTNERSHIP held on 20 January 2005\n\nPRESENT Mr C "
        "Ash, Council (Chairman)\n\nOFFICIALS IN ATTENDANCE Mr D Birch, Wyvern Council\n\n"
        "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nThe minutes were approved.\n"
    )
    meeting = parse(read_text(page.encode())).parts[0]
    assert [it.title for it in meeting.items] == ["APOLOGIES", "MINUTES"]
    assert "Mr D Birch" in [a.name for a in meeting.attendees]


def test_the_meeting_under_way_ends_the_list() -> None:
    """ "Meeting Commenced at 20.03hrs" and a motion's "Proposed DF, Seconded SB." after the
    list are no one who came."""
    lines = [
        "Present: Steve Ash (Chair), Duncan Birch",
        "Apologies: John Cole",
        "Meeting Commenced at 20.03hrs (8.03pm)",
        "Minutes of Previous Meeting – Proposed DF, Seconded SB. Passed.",
    ]
    assert [a.name for a in parse_attendance(lines)] == ["Steve Ash", "Duncan Birch", "John Cole"]


APOLOGIES_ITEMS = [
    (
        "1. APOLOGIES FOR ABSENCE\n\nJ Bartram, J Bell and Cllr A Vipond\n",
        ["J Bartram", "J Bell", "A Vipond"],
    ),
    ("1. Apologies\n\nApologies from Mr Cotter, Cllr Hodson.\n", ["Mr Cotter", "Hodson"]),
    ("1. Apologies\n\nPaul Ash sent his apologies.\n", []),
    ("1. Apologies\n\nEveryone present.\n", []),
    ("1. Apologies\n\nCllr Hill due to family commitments.\n", []),
    ("1. Apologies\n\nMEMBERS IN ATTENDANCE Mr P Steele, Mr F Stewart\n", []),
]


@pytest.mark.parametrize(
    ("item", "names"), APOLOGIES_ITEMS, ids=[a[0][:40] for a in APOLOGIES_ITEMS]
)
def test_an_apologies_items_names_alone_are_apologies(item: str, names: list[str]) -> None:
    """An apologies item whose minutes are its names alone gives them as apologies; a
    sentence about them, or a label over others, does not."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read.text import read_text

    page = "Minutes of the Wexton Parish Council held on 3 March 2025\n\nPresent: Cllr Oak\n\n"
    meeting = parse(read_text((page + item + "\n2. Finance\n\nNoted.\n").encode())).parts[0]
    assert [a.name for a in meeting.attendees if a.status == "apologies"] == names


def test_a_present_label_with_its_welsh_after_a_slash() -> None:
    """ "Present / Bressennol:" is the Present label in both tongues, no part of a name."""
    rows = parse_attendance(["Present / Bressennol: Cllr D Ash (Chair), Cllr M Birch, Cllr J Cole"])
    assert [a.name for a in rows] == ["D Ash", "M Birch", "J Cole"]
