"""One meeting, many sources: a meeting page, its printed minutes and an item page merge
into one meeting whatever order they come in, and an item page that fits two cut items
waits rather than guess."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from scrutiny_cli.errors import ParseError
from scrutiny_cli.model import Item
from scrutiny_cli.parse.document import parse
from scrutiny_cli.parse.items import fill_item
from scrutiny_cli.read.text import read_text
from tests.conftest import SAMPLE
from tests.helpers import archive, run, snapshot, write

PAGE = """Agenda and minutes

Wyvern Housing Board - Tuesday, 4th June, 2024 6.00 pm

Venue: Council Chamber - The Guildhall, Wyvern

Contact: Jo Marsh

Items
No. Item

3.

Apologies for Absence

Minutes:

Apologies were received from Councillor Dale.

4.

Damp and Mould pdf icon PDF 120 KB

Report of the Head of Housing

Minutes:

The Board considered a report on damp and mould in council homes.

RESOLVED that

1) the report be noted;

2) the Head of Housing circulate  ...  view the full minutes text for item 4.
"""

PRINTED = """Wyvern Borough Council

Minutes of the meeting of the Wyvern Housing Board held at 6.00 pm on Tuesday, 4 June 2024

Present: Councillor A Reed (Chair), Councillors B Ash and C Frost

3. Apologies for Absence

Apologies were received from Councillor Dale.

4. Damp and Mould

The Board considered a report on damp and mould in council homes.

RESOLVED that 1) the report be noted; 2) the Head of Housing circulate the survey results.

5. Work Programme

The Board noted the work programme.

(The meeting closed at 7.30 pm)
"""

ITEM = """Agenda item

Damp and Mould

Report of the Head of Housing

Minutes:

The Board considered a report on damp and mould in council homes.

RESOLVED that

1) the report be noted;

2) the Head of Housing circulate the survey results to all Members of the Board by the end of July 2024.
"""


def _items(db) -> list[tuple[str, str, int, list[str]]]:  # type: ignore[no-untyped-def]
    out = []
    for r in db.query("select * from items order by position"):
        names = [Path(s["path"]).name for s in db.query(
            "select s.path from item_sources x join sources s on s.id = x.source_id "
            "where x.item_id = ? order by s.path", [r["id"]])]  # fmt: skip
        out.append((r["number"], r["minute_ref"], r["truncated"], names))
    return out


def test_three_sources_make_one_meeting(tmp_path: Path) -> None:
    src = tmp_path / "m"
    write(src, "page.txt", PAGE)
    write(src, "printed.txt", PRINTED)
    write(src, "item-4.txt", ITEM)
    db = archive(tmp_path / "a.db")
    assert not run(db, src).failed
    assert db.table("meetings").count == 1
    meeting = next(db.query("select * from meetings"))
    assert (meeting["committee"], meeting["date"], meeting["venue"]) == (
        "Wyvern Housing Board",
        "2024-06-04",
        "Council Chamber - The Guildhall, Wyvern",
    )
    assert _items(db) == [
        ("3", "3/24", 0, ["page.txt", "printed.txt"]),
        ("4", "4/24", 0, ["item-4.txt", "page.txt", "printed.txt"]),
        ("5", "5/24", 0, ["printed.txt"]),
    ]
    full = next(db.query("select * from items where number = '4'"))
    assert "by the end of July 2024" in full["minutes"]  # the fullest text wins
    assert db.table("attendees").count == 4  # three present (printed minutes), one apology


@pytest.mark.parametrize("order", list(itertools.permutations(["page", "printed", "item-4"])))
def test_any_order_gives_the_same_archive(tmp_path: Path, order: tuple[str, ...]) -> None:
    texts = {"page": PAGE, "printed": PRINTED, "item-4": ITEM}
    src = tmp_path / "m"
    for name in texts:
        write(src, f"{name}.txt", texts[name])
    together = archive(tmp_path / "together.db")
    run(together, src)
    one_by_one = archive(tmp_path / "one.db")
    for name in order:
        run(one_by_one, src / f"{name}.txt")
    assert snapshot(one_by_one) == snapshot(together)


def test_a_page_that_fits_two_cut_items_waits(tmp_path: Path) -> None:
    src = tmp_path / "m"
    write(src, "june.txt", PAGE)
    write(src, "july.txt", PAGE.replace("4th June", "2nd July"))
    write(src, "item-4.txt", ITEM)
    db = archive(tmp_path / "a.db")
    run(db, src)
    waiting = list(db.query("select title from items where meeting_id is null"))
    assert waiting == [{"title": "Damp and Mould"}]
    assert [r["truncated"] for r in db.query("select truncated from items where number = '4'")] == [
        1,
        1,
    ]


def test_a_changed_page_gives_its_item_back(tmp_path: Path) -> None:
    src = tmp_path / "m"
    write(src, "page.txt", PAGE)
    item = write(src, "item-4.txt", ITEM)
    db = archive(tmp_path / "a.db")
    run(db, src)
    assert next(db.query("select truncated from items where number = '4'"))["truncated"] == 0
    item.write_text(ITEM.replace("Damp and Mould", "Empty Homes"), encoding="utf-8")
    run(db, src)
    assert next(db.query("select truncated from items where number = '4'"))["truncated"] == 1
    assert [r["title"] for r in db.query("select title from items where meeting_id is null")] == [
        "Empty Homes"
    ]


def test_the_label_given_at_insert_is_the_one_the_triggers_give(tmp_path: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, SAMPLE)
    given = {r["id"]: r["label"] for r in db.query("select id, label from items")}
    db.execute("update items set label = null")
    db.execute("update items set title = title || ''")  # the update trigger labels again
    again = {r["id"]: r["label"] for r in db.query("select id, label from items")}
    assert given == again and all(given.values())


def test_an_item_moved_in_its_meetings_order_keeps_its_derived_rows(tmp_path: Path) -> None:
    """A meeting page that ranks first and lists the item elsewhere moves it; its text and
    source stand, so its resolutions and actions are the same rows, not made again."""
    src = tmp_path / "m"
    asked = "2) the Head of Housing circulate the survey results.\n\nACTION: Head of Housing to "
    printed = PRINTED.replace("2) the Head of Housing circulate the survey results.\n", asked
                              + "arrange a site visit for Members.\n")  # fmt: skip
    later = "The Board noted the work programme.\n\nACTION: Clerk to update the programme.\n"
    printed = printed.replace("The Board noted the work programme.\n", later)  # rows after 4's
    write(src, "b-printed.txt", printed)
    db = archive(tmp_path / "a.db")
    run(db, src)
    item = "select id, position from items where number = '4'"
    before = next(db.query(item))
    derived = (
        "select a.id, a.key from actions a join items i on i.id = a.item_id where i.number = '4'"
    )
    resolved = (
        "select r.id from resolutions r join items i on i.id = r.item_id where i.number = '4'"
    )
    actions, resolutions = list(db.query(derived)), list(db.query(resolved))
    assert actions and resolutions
    page = PAGE.replace("Report of the Head of Housing\n\n", "")  # no description to bring
    page = page[: page.index("3.\n")] + page[page.index("4.\n") :]  # item 4 comes first
    write(src, "a-page.txt", page)
    run(db, src)
    after = next(db.query(item))
    assert after["id"] == before["id"] and after["position"] != before["position"]
    assert list(db.query(derived)) == actions and list(db.query(resolved)) == resolutions


def test_a_number_printed_twice_keeps_both_items(tmp_path: Path) -> None:
    """Two items of one page with the same number (a misprint, or a list converted from a
    web page that numbers every entry "1.") are two items, not one version of the other."""
    page = (
        "Minutes of the Wyvern Parish Council held on 4 June 2024\n\n"
        + "".join(f"  1. {t}\n\n{t} was discussed.\n\n" for t in ("Welcome", "Apologies",
                                                                    "Planning", "Finance"))
    )  # fmt: skip
    src = tmp_path / "m"
    write(src, "page.txt", page)
    db = archive(tmp_path / "a.db")
    assert not run(db, src).failed
    titles = [r["title"] for r in db.query("select title from items order by position")]
    assert titles == ["Welcome", "Apologies", "Planning", "Finance"]


def test_the_meetings_of_one_page_are_stored_in_the_order_it_prints_them(tmp_path: Path) -> None:
    """An "Issue" page lists the meetings that took up one issue, newest first, each with
    an item of the same title: its items are stored in the page's order, so that the
    archive's first item of the issue is the page's first, whichever meeting is older."""
    meeting = (
        "Meeting: {day} - Wyvern Housing Board (Item {n})\n\n{n} Damp and Mould pdf icon PDF "
        "23 KB\n\nReport of the Head of Housing\n\nMinutes:\n\nThe Board considered the "
        "report.\n\nRESOLVED that the report be noted.\n\n"
    )
    page = "Issue - meetings\n\nDamp and Mould\n\n" + "".join(
        meeting.format(day=day, n=n) for day, n in [("19/10/2024", 22), ("07/09/2024", 19),
                                                    ("03/01/2025", 4)]
    )  # fmt: skip
    src = tmp_path / "m"
    write(src, "issue.txt", page)
    db = archive(tmp_path / "a.db")
    assert not run(db, src).failed
    stored = [(r["number"], r["date"]) for r in db.query(
        "select i.number, m.date from items i join meetings m on m.id = i.meeting_id order by i.id"
    )]  # fmt: skip
    assert stored == [("22", "2024-10-19"), ("19", "2024-09-07"), ("4", "2025-01-03")]


DECIDED = """Agenda and minutes

Wyvern Cabinet - Tuesday, 4th March, 2025 2.00 pm

Venue: Council Chamber - The Guildhall, Wyvern

Items
No. Item

12.

Review of Fees and Charges pdf icon PDF 120 KB

Decision:

The Cabinet unanimously agreed;

1) to note the report.

2) that harbour dues should cover operating costs;

3) to consider a case for grant aided expenditure;

Minutes:

Discussion focused on the principles to inform the consultation.
"""
ITEM_PAGE = """Agenda item

Review of Fees and Charges

Meeting: 04/03/2025 - Wyvern Cabinet (Item 12)

Minutes:

{minutes}
"""


def _decisions(db, title: str) -> int:  # type: ignore[no-untyped-def]
    return db.execute(
        "select count(*) from resolutions r join items i on i.id = r.item_id where i.title = ?",
        [title],
    ).fetchone()[0]


def test_an_items_decision_block_is_kept_whichever_version_is_shown(tmp_path: Path) -> None:
    """The "Decision:" block of a meeting page's item, beside minutes that only tell the
    discussion, is stored with the item: its resolutions stand whether the meeting page's
    version or an item page's fuller minutes are shown, and whatever the archive's history."""
    src = tmp_path / "in"
    write(src, "cabinet.txt", DECIDED)
    longer = "Discussion focused on the principles to inform the consultation, and members " \
        "asked many questions about the level of the dues at each harbour."  # fmt: skip
    write(src, "item-12.txt", ITEM_PAGE.format(minutes=longer))
    db = archive(tmp_path / "a.db")
    run(db, src)
    assert _decisions(db, "Review of Fees and Charges") == 3
    write(src, "item-12.txt", ITEM_PAGE.format(minutes="Discussed."))
    run(db, src)
    fresh = archive(tmp_path / "b.db")
    run(fresh, src)
    assert _decisions(db, "Review of Fees and Charges") == 3
    assert snapshot(db) == snapshot(fresh)


def _rederived(item: Item, date: str | None, committee: str | None) -> Item:
    again = Item(
        number=item.number, title=item.title, minutes=item.minutes,
        description=item.description, decision=item.decision, truncated=item.truncated,
        keyword_page=item.keyword_page,
    )  # fmt: skip
    fill_item(again, date, committee)
    return again


# A decision page whose decision has no keyword, read as the decision it is.
_UNWORDED = """Decision details

Council meetings schedule

Decision Maker: Council

Decision:

The addition of the Civic Carol Service to be held on 12 December 2025.

The rescheduling of the Residents' Forum from 19 September 2025 to 5 September 2025.
"""
# A parish's decisions a line among the minutes' paragraphs, each its own resolution.
_LINES = """Minutes of the meeting of Wexcombe Parish Council held on 3 June 2025.

4. Summer Fete

The Clerk reported that the hall had been booked for the fete.
RESOLUTION: Clerk to contact the School about the stalls.
The Chair thanked the volunteers for their work last year.
RESOLUTION: That a grant of £200 be paid to the fete committee.
"""
# A decision published on an issue's page, no keyword in its words.
_PUBLISHED = """Issue - decisions

Informal virtual meetings of Cabinet

04/10/2025 - Informal virtual meetings of Cabinet

The Cabinet will meet virtually until a webcasting solution is installed and tested.

Decision Maker: Cabinet
"""
_PAGES = sorted([*(Path(__file__).parent / "golden").glob("*.txt"), *SAMPLE.rglob("*.txt")])


@pytest.mark.parametrize(
    "page",
    [
        *(p.read_bytes() for p in _PAGES),
        *(page.encode() for page in (DECIDED, _UNWORDED, _LINES, _PUBLISHED)),
    ],
    ids=[
        *(p.name for p in _PAGES),
        "decision beside the minutes",
        "decision without keyword",
        "decisions a line",
        "decision published",
    ],
)
def test_an_items_rows_are_derived_again_from_what_is_stored(page: bytes) -> None:
    """What the store keeps of an item (its title, agenda text, minutes, decision block)
    gives again the resolutions and references its page gave: merge re-derives them from
    those whenever the version an item shows comes from a file not read in that run."""
    try:
        doc = parse(read_text(page))
    except ParseError:
        pytest.skip("a page that is no minutes")
    for meeting in doc.parts:
        for item in meeting.items:
            again = _rederived(item, meeting.date, meeting.committee)
            assert [r.text for r in again.resolutions] == [r.text for r in item.resolutions]
            assert [r.ref for r in again.refs] == [r.ref for r in item.refs]
