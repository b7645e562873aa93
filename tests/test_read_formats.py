"""Saved web pages and Word minutes in two steps, as the PDFs: the file gives its committed
extracted text (tests/golden/read/), and that text parses like any text. Then the same
meeting as a page and as text, and `scrutiny ingest` on a folder of every format."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from scrutiny_cli.model import Document
from scrutiny_cli.parse.attendance import parse_attendance
from scrutiny_cli.parse.document import parse
from scrutiny_cli.read import SUFFIXES, UNSUPPORTED, read_document
from scrutiny_cli.read.text import read_text
from tests.golden_tool import READ_GOLDEN, read_cases, read_extracted
from tests.helpers import archive, run
from tests.pagemaker import MEETING, meeting_page


@pytest.mark.parametrize("case", sorted(read_cases()))
def test_file_extracts_to_its_golden_text(case: str) -> None:
    want = (READ_GOLDEN / f"{case}.txt").read_text(encoding="utf-8")
    got = read_extracted(case)
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), n=1))
        pytest.fail(f"{case} extracts differently (make golden rewrites):\n{diff}")


# Step two: what the parser finds in each extracted text: (case, committee and date of the
# first meeting the page tells of, the item numbers of all of them).
PARSES: list[tuple[str, str | None, str | None, list[str]]] = [
    ("moderngov_meeting", "Children and Young People Scrutiny Board", "2024-03-14",
     ["21", "22", "23", "24", "25", "26"]),
    ("moderngov_item", "Children and Young People Scrutiny Board", "2024-03-14", ["24"]),
    ("moderngov_issue", "Children and Young People Scrutiny Board", "2024-03-14", ["24", "97"]),
    ("moderngov_decision", "Children and Young People Scrutiny Board", "2024-03-14", []),
    ("council_page", "Wyvern Town Council", "2024-03-05", ["31", "32", "33", "34"]),
    ("docx_minutes", "Audit and Standards Committee", "2024-03-20",
     ["32", "33", "34", "35", "36"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "committee", "date", "numbers"), PARSES, ids=[r[0] for r in PARSES]
)
def test_extracted_text_parses(
    case: str, committee: str | None, date: str | None, numbers: list[str]
) -> None:
    text = (READ_GOLDEN / f"{case}.txt").read_text(encoding="utf-8")
    doc = parse(text)
    first = doc.parts[0]
    assert (first.committee, first.date) == (committee, date)
    assert [it.number for part in doc.parts for it in part.items if it.number] == numbers


def test_attendance_page_gives_attendees() -> None:
    lines = (READ_GOLDEN / "moderngov_attendance.txt").read_text(encoding="utf-8").split("\n")
    people = {p.name.split()[-1]: (p.role, p.status) for p in parse_attendance(lines[4:])}
    assert people == {
        "Osei": ("chair", "present"),
        "Patel": ("member", "present"),
        "Brannigan": ("member", "present"),
        "Ashdown": ("substitute", "present"),
        "Shaw": ("co-opted", "present"),
        "Ashby": ("other member", "present"),
        "Lindqvist": ("officer", "present"),
        "Oduya": (None, "apologies"),
        "Fenwick": ("co-opted", "apologies"),
        "Varga": (None, "absent"),
    }, "Dunmore is expected at a meeting not yet held: left out"


def test_same_meeting_as_page_and_as_text_parses_the_same() -> None:
    source = MEETING.read_text(encoding="utf-8")
    page = parse(read_document(meeting_page(source).encode("utf-8"), "meeting.html")[0])
    text = parse(read_text(source.encode("utf-8")))
    assert page.parts == text.parts


def test_ingest_reads_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    for case, (name, data) in read_cases().items():
        if case != "moderngov_attendance":  # the same meeting's header, no items
            (folder / name).write_bytes(data)
    (folder / "minutes.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    db = archive(tmp_path / "a.db")
    summary = run(db, folder)
    sources = {Path(r["path"]).name: r for r in db.query("select * from sources")}
    assert {".html", ".htm", ".docx"} <= {Path(n).suffix for n in sources}
    assert sources["mgAi.htm"]["status"] == "ok"
    assert sources["minutes 20 March 2024.docx"]["status"] == "ok"
    # An old binary Word file is recorded as failed, with how to convert it.
    assert sources["minutes.doc"]["status"] == "failed"
    assert "soffice" in sources["minutes.doc"]["message"]
    committees = {r["committee"] for r in db.query("select committee from meetings")}
    assert {"Children and Young People Scrutiny Board", "Wyvern Town Council",
            "Audit and Standards Committee"} <= committees  # fmt: skip
    assert [Path(o.path).name for o in summary.failed] == ["minutes.doc"]


def test_suffixes_and_hints() -> None:
    assert {".txt", ".md", ".pdf", ".html", ".htm", ".docx"} <= SUFFIXES
    assert not SUFFIXES & set(UNSUPPORTED)
    assert all("soffice" in UNSUPPORTED[s] for s in (".doc", ".odt"))
    assert all("\n" not in hint for hint in UNSUPPORTED.values())


def _shape(doc: Document) -> list[tuple]:
    """What a reader of the archive sees of a page: meetings, items, decisions, requests."""
    return [
        (m.committee, m.date, [(it.number, it.title, [r.text for r in it.resolutions],
                                [(a.text, a.owner) for a in it.actions]) for it in m.items])
        for m in doc.parts
    ]  # fmt: skip


def test_one_meeting_as_page_text_and_pdf(tmp_path: Path) -> None:
    from tests.pdfmaker import minutes_pdf

    source = MEETING.read_text(encoding="utf-8")
    (tmp_path / "meeting.txt").write_text(source, encoding="utf-8")
    (tmp_path / "meeting.html").write_text(meeting_page(source), encoding="utf-8")
    minutes_pdf(source, tmp_path / "meeting.pdf", "Children and Young People Scrutiny Board")
    files = sorted(tmp_path.iterdir())
    shapes = [_shape(parse(read_document(f.read_bytes(), f.name)[0])) for f in files]
    assert shapes[0] == shapes[1] == shapes[2], "the three files of one meeting parse apart"
    assert sum(len(it[3]) for m in shapes[0] for it in m[2]) >= 1  # it has requests to compare

    db = archive(tmp_path / "a.db")
    run(db, tmp_path)
    assert db.execute("select count(*) from meetings").fetchone()[0] == 1
    sources_per_item = db.execute(
        "select count(distinct source_id) from item_sources group by item_id"
    ).fetchall()
    assert sources_per_item and {n for (n,) in sources_per_item} == {3}
