"""PDF minutes: extraction, cleaning, failures, parallel ingest and the seed made into a PDF."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from scrutiny_cli.errors import ReadError
from scrutiny_cli.read import ocr
from scrutiny_cli.read.pdf import Page, _drop_furniture, check_signature, pdf_to_text
from tests.conftest import EXPECTED, SAMPLE, SCORE, SEEDS
from tests.golden_tool import GOLDEN, PDF_CASES, extracted, make_pdf
from tests.helpers import archive, run, snapshot
from tests.pdfmaker import minutes_pdf

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


@pytest.mark.parametrize("case", sorted(PDF_CASES))
def test_pdf_extracts_to_its_golden_text(case: str, tmp_path: Path) -> None:
    want = (GOLDEN / f"{case}.txt").read_text(encoding="utf-8")
    got = extracted(case, tmp_path)
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), n=1))
        pytest.fail(f"{case}.pdf extracts differently (make golden rewrites):\n{diff}")


def test_cleaning_facts(tmp_path: Path) -> None:
    text = extracted("pdf_fenmarsh", tmp_path)
    assert "implementation" in text, "a word hyphenated over a line end is joined"
    assert "Page 1 of 2" not in text and "Page 2" not in text, "page numbers are dropped"
    assert "– 18 April 2019" not in text, "the running header is dropped"
    assert "\n• Attendance had risen" in text, "bullets are kept"
    # The resolution flows over the page end and comes back as one paragraph.
    assert (
        "requests that the Head of Finance circulate the attendance figures for each centre, "
        "broken down by age group and by month, to all Members"
    ) in text


def test_furniture_at_page_edges() -> None:
    def page(*lines: str) -> Page:
        return Page(
            lines=list(lines), joins=[""] + ["\n"] * (len(lines) - 1), full=[False] * len(lines)
        )

    bodies = [
        [f"{w} paragraph about {topic}" for w in ("First", "Second", "Third", "Fourth")]
        for topic in ("housing", "parks", "budgets")
    ]
    bodies[0][3] = "Minutes of the meeting held on 5 March 2019"  # (the date printed below too)
    pages = [
        page("Planning Committee 5 March 2019", *body, f"Page {i}")
        for i, body in enumerate(bodies, 1)
    ]
    pages.append(page("– 4 –", "Planning Committee 5 March 2019", "The last words"))
    _drop_furniture(pages)
    assert [p.lines for p in pages] == [*bodies, ["The last words"]]


def test_a_minute_number_opening_a_page_starts_a_paragraph() -> None:
    """A page whose last line reaches the margin goes on over the page end, but not into a
    minute numbered with its year or sequence at the top of the next ("21.01.11 Public
    Participation"), which is the next item's heading."""
    from scrutiny_cli.read.pdf import _join

    first = Page(lines=["Emails are forwarded at the time of receipt."], joins=[""], full=[True])
    second = Page(
        lines=["21.01.11 Public Participation", "None."], joins=["", "\n"], full=[False] * 2
    )
    assert _join([first, second]).splitlines()[2] == "21.01.11 Public Participation"
    wrapped = Page(lines=["and the verge was cut."], joins=[""], full=[False])
    assert "receipt. and the verge" in _join([first, wrapped])


def test_a_line_broken_at_a_superscript_is_one_line() -> None:
    """pdfium starts a new line at a raised ordinal ("MEETING 8" / "th FEBRUARY 2017",
    as a Word document's PDF gives it): the boxes of a real council's PDF show it starting
    where the line above ends, on that line's baseline. A line starting higher after a gap,
    a new column's or a table cell's, stays apart."""
    from scrutiny_cli.read.pdf import _join, _set_joins

    def joined(*rows: tuple[str, tuple[float, float, float, float]]) -> str:
        page = Page(lines=[r[0] for r in rows], boxes=[r[1] for r in rows])
        _set_joins([page])
        return _join([page])

    meeting = ("MEETING 8", (233.4, 731.0, 731.0, 286.6))
    raised = ("th FEBRUARY 2017", (286.6, 734.7, 731.0, 374.8))
    assert joined(meeting, raised) == "MEETING 8th FEBRUARY 2017\n"
    cell = ("Apologies", (300.0, 734.7, 731.0, 374.8))  # after a gap, on the same baseline
    assert joined(meeting, cell) == "MEETING 8\n\nApologies\n"
    column = ("th FEBRUARY 2017", (286.6, 790.0, 790.0, 374.8))  # higher up: a new column
    assert joined(meeting, column) == "MEETING 8\n\nth FEBRUARY 2017\n"


@pytest.mark.parametrize(
    ("line", "join"),
    [
        ("5.iv) Wyvernshire County Council's Local Development Plan", "\n"),
        ("4.13ii) Arrangements for additional bank signatories were in hand.", "\n"),
        ("viii) Welsh Government, availability of funding", "\n"),
        ("County Council regarding the Rural Housing Needs Assessment.", " "),
        ("vii and viii were noted", " "),
        ("1.8m) fence along the boundary with the school", " "),
    ],
)
def test_an_earlier_minutes_part_starts_a_paragraph_after_a_full_line(line: str, join: str) -> None:
    """A line that reaches the margin (here by its owner set at the right, "... in hand.
    Clerk") runs on into the next unless that one starts a point of its own."""
    from scrutiny_cli.read.pdf import _join_kind

    above = (42.6, 620.3, 620.3, 560.0)
    here = (42.6, 606.6, 606.6, 540.0)
    assert _join_kind(above, here, 13.7, True, line) == join


def test_an_agenda_reference_at_many_pages_edges_is_no_furniture() -> None:
    """ "(Item 4)" under its heading falls at a page's top or foot on most pages: its figures
    neither stay the same nor count the pages, so it stays; a footer counting the pages, "3
    of 4", and a running header with its date go."""

    def page(*lines: str) -> Page:
        return Page(
            lines=list(lines), joins=[""] + ["\n"] * (len(lines) - 1), full=[False] * len(lines)
        )

    pages = [
        page(
            "Panel 5 March 2019",
            "Apologies",
            "(Item 1)",
            "None.",
            "Minutes of 5 March 2019",
            "(Item 2)",
            "1 of 4",
        ),
        page("Panel 5 March 2019", "Budget", "(Item 3)", "Noted.", "Parks", "(Item 4)", "2 of 4"),
        page("Panel 5 March 2019", "Play areas", "(Item 5)", "Agreed.", "Roads", "3 of 4"),
        page("Panel 5 March 2019", "Libraries", "(Item 7)", "Noted.", "Close", "4 of 4"),
    ]
    _drop_furniture(pages)
    assert [p.lines for p in pages] == [
        ["Apologies", "(Item 1)", "None.", "Minutes of 5 March 2019", "(Item 2)"],
        ["Budget", "(Item 3)", "Noted.", "Parks", "(Item 4)"],
        ["Play areas", "(Item 5)", "Agreed.", "Roads"],
        ["Libraries", "(Item 7)", "Noted.", "Close"],
    ]


def test_a_running_title_that_alone_dates_the_meeting_stays_on_its_first_page() -> None:
    """The council, "Minutes of Meeting" and the date atop every page, the date printed
    nowhere else on the first page: the first page keeps them as its title."""

    def page(*lines: str) -> Page:
        return Page(
            lines=list(lines), joins=[""] + ["\n"] * (len(lines) - 1), full=[False] * len(lines)
        )

    title = ("Wyvern Parish Council", "Minutes of Meeting", "3rd December 2025")
    pages = [
        page(*title, "1. Apologies", "None.", "2. Minutes of 8th October 2025", "Page 1 of 2"),
        page(*title, "3. Planning", "No applications.", "4. Close", "Page 2 of 2"),
    ]
    _drop_furniture(pages)
    assert [p.lines for p in pages] == [
        [*title, "1. Apologies", "None.", "2. Minutes of 8th October 2025"],
        ["3. Planning", "No applications.", "4. Close"],
    ]


def test_a_tables_number_column_drawn_apart_goes_back_beside_its_rows() -> None:
    """A minutes table whose "Minute" column was drawn as a block before its rows
    ("24/01" / "24/02" / "24/03" and then the headings): each number is read beside the
    heading on its baseline; a number alone that stands beside no row stays."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.core_fonts_encoding = "windows-1252"  # (its dashes)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(72, 60, "Minutes of the Wyvern Parish Council meeting held on 4 March 2024")
    pdf.text(72, 80, "Present: Cllr Ash (Chair), Cllr Birch")
    pdf.text(72, 100, "Clerk: Mr Cole")
    rows = [
        (130, "APOLOGIES – Cllr Ash sent apologies."),
        (160, "MINUTES – The minutes were approved and signed."),
        (200, "PLANNING – No applications were received."),
    ]
    for k, (y, _) in enumerate(rows, 1):  # the column first, as a table's may be drawn
        pdf.text(36, y, f"24/0{k}")
    pdf.text(36, 240, "7")  # (a figure that stands beside nothing)
    pdf.text(36, 252, "8")
    for y, text in rows:
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(80, y + 1.5, text)  # (a bold cell's line a little off the number's)
    pdf.set_font("Helvetica", size=11)
    for y, text in ((290, "The meeting closed at 8pm."), (310, "Signed"), (330, "Chairman")):
        pdf.text(72, y, text)
    text, _ = pdf_to_text(bytes(pdf.output()), "t.pdf")
    assert "24/01 APOLOGIES – Cllr Ash sent apologies." in text
    assert "24/02 MINUTES – The minutes were approved and signed." in text
    assert "24/03 PLANNING – No applications were received." in text
    assert "\n7\n8" in text


def test_one_page_keeps_its_edges_but_not_page_numbers() -> None:
    pages = [
        Page(lines=["Planning Committee", "Text", "3"], joins=["", "\n", "\n"], full=[False] * 3)
    ]
    _drop_furniture(pages)
    assert pages[0].lines == ["Planning Committee", "Text"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"<!DOCTYPE html><html>404</html>", "HTML page saved as .pdf"),
        (b"PK\x03\x04zip", "no %PDF- header"),
        (b"%PDF-1.7\n1 0 obj\n<<>>\nstream\n", "truncated"),
        (b"%PDF-1.4\ngarbage garbage\n%%EOF\n", "corrupt"),
    ],
)
def test_bad_bytes_fail_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        if data[:5] == b"%PDF-" and b"%%EOF" in data:
            pdf_to_text(data, "x.pdf")
        else:
            check_signature(data, "x.pdf")


def _image_only_pdf(path: Path) -> Path:
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("L", (600, 800), 255).save(image)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(image), x=0, y=0, w=210)
    pdf.output(str(path))
    image.unlink()
    return path


def test_folder_of_good_and_broken_pdfs(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    good = make_pdf("pdf_fenmarsh", folder)
    _image_only_pdf(folder / "scanned.pdf")
    (folder / "empty.pdf").write_bytes(b"")
    data = good.read_bytes()
    (folder / "cut.pdf").write_bytes(data[: len(data) // 2])
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "x.db"), "ingest", str(folder)], env=ENV
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    db = archive(tmp_path / "x.db")
    rows = {Path(r["path"]).name: r for r in db.query("select * from sources")}
    assert rows["pdf_fenmarsh.pdf"]["status"] == "ok" and rows["pdf_fenmarsh.pdf"]["pages"] == 2
    reasons = {name: rows[name]["message"] for name in ("scanned.pdf", "empty.pdf", "cut.pdf")}
    assert all(rows[name]["status"] == "failed" for name in reasons)
    assert "no text layer" in reasons["scanned.pdf"]
    assert "empty" in reasons["empty.pdf"] and "truncated" in reasons["cut.pdf"]
    assert len(set(reasons.values())) == 3
    assert db.table("meetings").count == 1


def test_same_archive_whatever_jobs(tmp_path: Path) -> None:
    one = archive(tmp_path / "one.db")
    run(one, SAMPLE)
    from scrutiny_cli.ingest import ingest

    many = archive(tmp_path / "many.db")
    ingest(many, [SAMPLE], jobs=3)
    assert snapshot(many) == snapshot(one)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the repo")
def test_seed_as_a_pdf_scores_as_the_text_does(tmp_path: Path) -> None:
    seed = SEEDS / "001_96dd093443c53e4c.txt"
    scores = {}
    for kind in ("text", "pdf"):
        folder = tmp_path / kind
        folder.mkdir()
        if kind == "text":
            shutil.copy(seed, folder)
        else:
            minutes_pdf(
                seed.read_text(encoding="utf-8"),
                folder / "minutes.pdf",
                "Education and Children’s Services Scrutiny Board (2) – 11 January 2018",
            )
        db = archive(folder / "a.db")
        assert not run(db, folder).failed
        out = subprocess.run(
            [
                sys.executable,
                str(SCORE),
                "--db",
                str(folder / "a.db"),
                "--expected",
                str(EXPECTED),
                "--meeting",
                "2018-01-11",
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        scores[kind] = json.loads(out.stdout)
    for measure in ("items", "resolutions", "attendees", "actions", "minute_refs"):
        assert scores["pdf"][measure]["f1"] >= scores["text"][measure]["f1"] - 0.05, measure


@pytest.mark.skipif(not ocr.available(), reason="the tesseract program is not installed")
def test_ocr_reads_a_scanned_pdf(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    clean = make_pdf("pdf_fenmarsh", tmp_path)
    doc = pdfium.PdfDocument(str(clean))
    scan = FPDF(format="A4")
    for i in range(len(doc)):
        image = tmp_path / f"page{i}.png"
        doc[i].render(scale=200 / 72).to_pil().save(image)
        scan.add_page()
        scan.image(str(image), x=0, y=0, w=210)
    doc.close()
    folder = tmp_path / "scans"
    folder.mkdir()
    scan.output(str(folder / "scanned.pdf"))
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "o.db"), "ingest", "--ocr", str(folder)], env=ENV
    )
    assert result.exit_code == 0, result.output
    db = archive(tmp_path / "o.db")
    meeting = next(db.query("select * from meetings"))
    assert meeting["date"] == "2019-04-18"
    assert db.table("items").count >= 3


def test_ocr_without_tesseract_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "o.db"), "ingest", "--ocr", str(tmp_path)], env=ENV
    )
    assert result.exit_code == 1 and "apt-get install tesseract-ocr" in result.stderr


def test_a_text_layer_of_glyph_codes_is_unreadable() -> None:
    """Fonts with no map to Unicode give control characters, not words: the file is
    reported as unreadable (and read as images with --ocr), not stored as an unknown
    layout."""
    from scrutiny_cli.read.pdf import unreadable

    garbage = (
        '\x15\x1a\x1d\x1e\x17\x12"\x01\x1b\x0e\x1d\x16 \x1e\x15\x01\x10\x1a \x19\x10\x16\x17\n'
    )
    assert unreadable(garbage * 20)
    assert not unreadable("Minutes of the Parish Council held on 3 March 2025.\n" * 20)
    assert not unreadable("")
    # (fewer codes, the rest of the glyph numbers falling on digits and punctuation, and
    # hardly a letter left)
    shifted = "6+7+38\x12\x01\x15116\x01\x1e\x01\x19')0+88 \x15.'/62'3\x04\n"
    assert unreadable(shifted * 20)
    assert not unreadable("Payments: 1,200.00 | 35.50 | 12.00 | 410.75\n" * 20)  # (a table)
