"""A meeting's facts from the header forms councils print, one case each."""

from __future__ import annotations

import pytest

from scrutiny_cli.parse.document import parse
from scrutiny_cli.read.text import read_text

BODY = "\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nRESOLVED that the minutes be approved.\n"

# (header, (committee, date, start time, venue))
CASES = [
    (
        "Minutes of the Planning Committee held remotely via Zoom on 14.01.25 at 7pm",
        ("Planning Committee", "2025-01-14", "19:00", "via Zoom"),
    ),
    (
        "Notes of the Environment Scrutiny Panel meeting held on 3rd March 2025 at 6.30pm in "
        "the Council Chamber",
        ("Environment Scrutiny Panel", "2025-03-03", "18:30", "the Council Chamber"),
    ),
    (
        "Environment Scrutiny Panel\nNotes of the meeting held on 3 March 2025 at 6.30pm",
        ("Environment Scrutiny Panel", "2025-03-03", "18:30", None),
    ),
    (
        "Minutes of the Parish Council Meeting, 3rd March 2025",
        ("Parish Council", "2025-03-03", None, None),  # the header is not a venue
    ),
    (
        "Town House, Aberdeen, 6 September 2022. 10.30 am.",
        (None, "2022-09-06", "10:30", "Town House, Aberdeen"),
    ),
]


@pytest.mark.parametrize(("header", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_header(header: str, expected: tuple[str | None, ...]) -> None:
    part = parse(read_text((header + BODY).encode())).parts[0]
    assert (part.committee, part.date, part.start_time, part.venue) == expected
