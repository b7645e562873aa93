"""Plain dataclasses passed from the parse stage to the store stage.

They mirror the public tables in DESIGN.md but hold no ids: the store assigns those.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Attendee:
    name: str
    role: str | None = None  # chair, member, co-opted, other member, officer, substitute
    status: str = "present"  # present, apologies, absent
    organisation: str | None = None


@dataclass
class Resolution:
    text: str
    part: str | None = None
    lead_in: str | None = None


@dataclass
class MinuteRef:
    ref: str  # as normalised: "8/17", "45", "CB20/15"
    context: str  # the sentence it is written in
    effect: str | None = None  # done, pending or None


@dataclass
class Action:
    text: str
    origin: str  # which rule found it: resolution, request-list, undertaking
    owner: str | None = None
    due_date: str | None = None  # ISO at the precision written
    due_text: str | None = None
    resolution_index: int | None = None  # index into Item.resolutions


@dataclass
class Item:
    number: str | None
    title: str
    minute_ref: str | None = None
    description: str = ""
    minutes: str = ""
    # A "Decision:" block beside the minutes (which then most often tell the discussion): its
    # resolutions stand where the minutes record none.
    decision: str = ""
    truncated: bool = False
    # The page records its decisions with RESOLVED: a sentence that only "noted" is then no
    # decision of its own.
    keyword_page: bool = False
    resolutions: list[Resolution] = field(default_factory=list)
    refs: list[MinuteRef] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


@dataclass
class Meeting:
    """A meeting as one page describes it: any fact may be missing (None)."""

    committee: str | None = None
    date: str | None = None  # YYYY-MM-DD
    council: str | None = None
    start_time: str | None = None  # HH:MM, 24h
    venue: str | None = None
    contact: str | None = None
    committee_inferred: bool = False  # named by the text, not by a header
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass
class Document:
    """What one source says: one or more meetings (an issue page lists several), each
    with the items the source gives of it.

    kind is "meeting" for a whole meeting, "item" for one item of a meeting ("Agenda
    item", issue and decision pages); an undated single item waits for its meeting."""

    kind: str
    format: str  # how the source presents it: moderngov-meeting, formal-minutes, issue ...
    parts: list[Meeting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
