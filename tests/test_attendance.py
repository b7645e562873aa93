"""Present blocks in the layouts councils use."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.attendance import parse_attendance

Row = tuple[str, str | None, str, str | None]

CASES: list[tuple[list[str], list[Row], str]] = [
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
]


@pytest.mark.parametrize(("lines", "expected", "note"), CASES, ids=[c[2] for c in CASES])
def test_attendance(lines: list[str], expected: list[Row], note: str) -> None:
    got = [(a.name, a.role, a.status, a.organisation) for a in parse_attendance(lines)]
    assert got == expected, note
