"""Sentences end at a stop before a capital, a digit, a quote or a bullet, or at a paragraph
break; never after an abbreviation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny_cli.parse import sentences

# The boundary as first written, looking back for the stop: the faster pattern in
# sentences.py must cut every text where this one does.
PLAIN_BOUNDARY = re.compile(
    r"(?<=[.!?])['\"’”)]?\s+(?=[A-Z0-9'\"‘“(\[•]|(?:[a-z]|[ivx]{2,4})[).]\s)"
    r"|(?<=[.!?])['\"’”)]?\s+[-–]\s+(?=[A-Z])"
    r"|\n\s*\n|\n(?=•)|\n\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z])"
    r"|\n(?=\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})\)\s+[A-Z])"
    r"|(?<=[ \t])(?=[•·][ \t]+[A-Z])"
)


def spans_by_plain_boundary(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in PLAIN_BOUNDARY.finditer(text):
        if sentences.ends_in_abbreviation(text, m.start()):
            continue
        sentences._add(text, start, m.start(), out)
        start = m.end()
    sentences._add(text, start, len(text), out)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was noted. Members asked questions.", 2),
        ("Cllr. Shaw asked about No. 45 on the list.", 1),
        ("Was it agreed? Yes! “Next” came.", 3),
        ("A heading\n\nA paragraph.\n• a bullet\n• another", 4),
        ("It ended (as planned.) Then 3 more.", 2),
        ("a) The accounts were noted.\nc) Cllr Moss asked for a breakdown.", 2),
        ("Item to go on the agenda. - Footpaths\nA fence was reported.", 2),
        ("Will chase up the potholes\n4.1.3. Will look at the bollard", 2),
        ("Highways will consider a weight limit of\n7.5 tonnes on Mill Lane.", 1),
        ("The fee is £5 per hour. - half for residents", 1),
        ("Cllr Ash withdrew the proposal. [Changes are to be made to the minutes.]", 2),
        ("The Clerk will investigate (Action = Clerk) Mr Ash asked for an update.", 2),
        ("It was noted (action: JB) that the fence had been mended.", 1),
        # (a list run together: each bullet before a capital starts an entry)
        ("MD to liaise with the CCs • Any other matters were covered • Website updated", 3),
        ("RESOLVED that: • the minutes be approved • the report be noted.", 1),
    ],
)
def test_sentences(text: str, expected: int) -> None:
    assert len(sentences.split(text)) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a A 1 . ! ? ' \" ’ ” ) ( “ ‘ • - \n\t Cllr No iv 4.1", max_size=60))
def test_boundary_cuts_where_the_plain_pattern_cuts(text: str) -> None:
    assert sentences.spans(text) == spans_by_plain_boundary(text)
