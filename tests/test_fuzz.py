"""The parser, given anything, returns a model or a clear ParseError, within a generous
time bound (a hang guard against runaway patterns, not a speed target)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrutiny_cli.errors import ParseError, ReadError
from scrutiny_cli.jobs import with_time_limit
from scrutiny_cli.model import Document
from scrutiny_cli.parse.document import parse
from scrutiny_cli.read import read_document
from tests.conftest import SAMPLE, SEEDS

BOUND_S = 60.0  # far above any real document; only a runaway pattern would reach it
REAL = sorted(p for p in SAMPLE.rglob("*.txt")) + (
    sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
)
TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in REAL]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_bounded(text: str) -> Document | None:
    """parse() under the time bound; None for a ParseError (the clear refusal)."""
    try:
        return with_time_limit(BOUND_S, parse, text)
    except ParseError:
        return None


def read_and_parse(data: bytes) -> Document | None:
    try:
        text, _ = read_document(data, "fuzz.txt")
    except ReadError:
        return None
    return parse_bounded(text)


# Lines that look like minutes, to make arbitrary text reach deep into the parsers.
FRAGMENTS = st.sampled_from(
    [
        "Agenda item",
        "Agenda and minutes",
        "Minutes:",
        "Decision:",
        "RESOLVED that",
        "1)",
        "(a)",
        "Planning Committee - Tuesday, 5th March, 2019 7.30 pm",
        "Present:",
        "Apologies:",
        "Minutes of the Meeting of Scrutiny Board held at 2.00 pm on Thursday, 11 January 2018",
        "17.",
        "32. Declarations of Interests",
        "• ",
        "Further to minute 5/18",
        "had been circulated",
        "Further information was requested including:",
        "Cllr Shaw would follow up",
        "ACTION:",
        "(Meeting closed at 4.00 pm)",
        "  ...  view the full minutes text for item 19.",
        "",
        "\n",
    ]
)


@FUZZ
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=60)), max_size=60))
def test_arbitrary_minutes_like_text(parts: list[str]) -> None:
    doc = parse_bounded("\n".join(parts))
    assert doc is None or isinstance(doc, Document)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    doc = read_and_parse(data)
    assert doc is None or isinstance(doc, Document)


@pytest.mark.parametrize("index", range(len(TEXTS)), ids=[p.name for p in REAL])
def test_mutated_real_minutes(index: int) -> None:
    rng = random.Random(index)
    text = TEXTS[index]
    for _ in range(12):
        lines = text.split("\n")
        choice = rng.randrange(4)
        if choice == 0:
            rng.shuffle(lines)
            mutated = "\n".join(lines)
        elif choice == 1:
            mutated = text[: rng.randrange(len(text))]
        elif choice == 2:
            raw = bytearray(text.encode("utf-8"))
            for _ in range(rng.randrange(1, 40)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            doc = read_and_parse(bytes(raw))
            assert doc is None or isinstance(doc, Document)
            continue
        else:
            del lines[rng.randrange(len(lines))]
            mutated = "\n".join(lines)
        doc = parse_bounded(mutated)
        assert doc is None or isinstance(doc, Document)


def formal(body: str) -> str:
    return (
        "Minutes of the Meeting of Test Board held at 2.00 pm on Thursday, 11 January 2018"
        "\n\nPresent:\n\nMembers: Councillor A Smith (Chair)\n\n" + body
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "10,000 items",
            formal(
                "".join(
                    f"{n}. Item {n}\n\nRESOLVED that item {n} be noted.\n\n"
                    for n in range(1, 10_001)
                )
            ),
        ),
        (
            "1,000-deep numbering",
            formal(
                "1. Deep\n\n" + "\n".join(".".join(["1"] * d) + " Text" for d in range(2, 1002))
            ),
        ),
        (
            "no blank lines",
            formal(
                "\n".join(
                    f"{n}. Item {n}\nRESOLVED that the Chair write to Cllr X {n}.\n1) a\n(a) b"
                    for n in range(1, 3000)
                )
            ),
        ),
        ("one huge paragraph", formal("5. Only item\n\n" + "The Board noted. " * 100_000)),
        (
            "deep parts",
            formal(
                "5. Item\n\nRESOLVED that:\n"
                + "\n".join(f"{'(' * 50}{n}) part" for n in range(1, 2000))
            ),
        ),
    ],
)
def test_pathological_layouts(name: str, text: str) -> None:
    doc = parse_bounded(text)  # items, resolutions, references and actions, all of them
    assert doc is not None and doc.parts and doc.parts[0].items, name


def test_the_corpus_is_real() -> None:
    assert len(TEXTS) >= 11 and all(TEXTS)


def test_real_minutes_still_parse() -> None:
    for path, text in zip(REAL, TEXTS, strict=True):
        assert parse_bounded(text) is not None, path
