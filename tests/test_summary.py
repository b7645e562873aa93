"""Ingest summaries people can act on: problems grouped by reason, first paths named."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from scrutiny_cli.summary import groups, reason_of


@dataclass
class Outcome:
    path: str
    state: str = "new"
    status: str = "warning"
    message: str | None = None


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("no meeting date in header: 'Monday'", "no meeting date in header: '…'"),
        ("same meeting as /a/b/c.txt: not stored twice", "same meeting as …: not stored twice"),
        ("too large to be minutes (300 MB; files over 256 MB are not read)",
         "too large to be minutes (N MB; files over N MB are not read)"),
        ('unknown layout: no "Agenda item" page', 'unknown layout: no "Agenda item" page'),
    ],
)  # fmt: skip
def test_reason_of(message: str, reason: str) -> None:
    assert reason_of(message) == reason


def test_groups_by_reason_failures_first() -> None:
    outcomes = [
        Outcome(f"/m/{n}.txt", message=f"item {n} has no title; no items found") for n in range(5)
    ] + [
        Outcome("/m/x.pdf", "failed", "failed", "truncated PDF"),
        Outcome("/m/old.txt", "unchanged", message="item 1 has no title"),
        Outcome("/m/ok.txt", status="ok"),
    ]
    found = groups(outcomes)
    assert [(g.status, g.reason, len(g.paths)) for g in found] == [
        ("failed", "truncated PDF", 1),
        ("warning", "item N has no title", 5),
        ("warning", "no items found", 5),
    ]
    assert found[0].line() == "failed: /m/x.pdf: truncated PDF"
    assert found[1].line() == (
        "warning: 5 × item N has no title (first: /m/0.txt, /m/1.txt, /m/2.txt; "
        "`scrutiny status --failed` lists all)"
    )
