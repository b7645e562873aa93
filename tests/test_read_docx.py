"""Word .docx minutes: the numbers Word shows, the text of runs, tables, and broken files."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from scrutiny_cli.errors import ReadError
from scrutiny_cli.read import read_document

W = nsdecls("w")


def lvl(ilvl: int, text: str, fmt: str = "decimal", start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def make_docx(paragraphs: str, abstracts: dict[str, str], nums: dict[str, str]) -> bytes:
    """A document whose body is `paragraphs` (w:p and w:tbl XML) and whose numbering has
    these abstract definitions (id -> levels) and instances (numId -> abstract id, or
    'abstract id|ilvl=start' for a start override)."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = body.find(qn("w:sectPr"))
    for element in parse_xml(f"<w:body {W}>{paragraphs}</w:body>"):
        section.addprevious(element)
    numbering = document.part.numbering_part.element
    first = numbering.find(qn("w:num"))
    for aid, levels in abstracts.items():
        first.addprevious(
            parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">{levels}</w:abstractNum>')
        )
    for num_id, spec in nums.items():
        aid, _, override = spec.partition("|")
        xml = f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
        if override:
            ilvl, start = override.split("=")
            xml += (
                f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            )
        numbering.append(parse_xml(xml + "</w:num>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def p(text: str, num: str | None = None, ilvl: int = 0, runs: str | None = None) -> str:
    numbered = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
        if num
        else ""
    )
    return f"<w:p>{numbered}{runs if runs is not None else f'<w:r><w:t>{text}</w:t></w:r>'}</w:p>"


def read(data: bytes) -> list[str]:
    return read_document(data, "minutes.docx")[0].strip().split("\n\n")


def test_multilevel_numbers_restart_below_a_heading() -> None:
    levels = lvl(0, "%1.", start=5) + lvl(1, "%1.%2")
    body = p("Finance", "1") + p("Budget", "1", 1) + p("Fees", "1", 1) + p("Audit", "1")
    body += p("Plan", "1", 1)
    assert read(make_docx(body, {"1": levels}, {"1": "1"})) == [
        "5. Finance", "5.1 Budget", "5.2 Fees", "6. Audit", "6.1 Plan",
    ]  # fmt: skip


def test_instances_of_one_definition_continue_unless_restarted() -> None:
    levels = lvl(0, "%1)", fmt="lowerLetter")
    body = p("one", "1") + p("two", "1") + p("three", "2") + p("again", "3")
    nums = {"1": "1", "2": "1", "3": "1|0=1"}
    assert read(make_docx(body, {"1": levels}, nums)) == [
        "a) one",
        "b) two",
        "c) three",
        "a) again",
    ]


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (lvl(0, "(%1)", fmt="lowerRoman"), ["(i) x", "(ii) y"]),
        (lvl(0, "%1.", fmt="upperLetter"), ["A. x", "B. y"]),
        (lvl(0, "%1.", fmt="decimalZero"), ["01. x", "02. y"]),
        (lvl(0, "\uf0b7", fmt="bullet"), ["• x", "• y"]),
        (lvl(0, "", fmt="none"), ["x", "y"]),
        (lvl(0, "Item %1:", start=7), ["Item 7: x", "Item 8: y"]),
    ],
)
def test_number_formats(level: str, expected: list[str]) -> None:
    assert read(make_docx(p("x", "1") + p("y", "1"), {"1": level}, {"1": "1"})) == expected


def test_number_zero_turns_numbering_off() -> None:
    body = p("Numbered", "1") + p("Not numbered", "0")
    assert read(make_docx(body, {"1": lvl(0, "%1.")}, {"1": "1"})) == [
        "1. Numbered",
        "Not numbered",
    ]


def test_run_text() -> None:
    runs = (
        '<w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        "<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText> PAGE </w:instrText></w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:hyperlink><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink>'
        "<w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>next line</w:t></w:r>"
    )
    assert read(make_docx(p("", runs=runs), {}, {})) == [
        "Kept inserted 3 link after tab\nnext line"
    ]


def cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(p(t) for t in paragraphs) + "</w:tc>"


def test_tables() -> None:
    data = (
        "<w:tbl><w:tr>" + cell("Action") + cell("Owner") + "</w:tr>"
        "<w:tr>" + cell("Circulate the plan") + cell("Clerk") + "</w:tr></w:tbl>"
    )
    layout = (
        "<w:tbl><w:tr>" + cell("32.") + cell("Apologies", "There were none.") + "</w:tr></w:tbl>"
    )
    assert read(make_docx(data + p("Between") + layout, {}, {})) == [
        "Action | Owner\nCirculate the plan | Clerk",
        "Between",
        "32. Apologies",
        "There were none.",
    ]


def test_empty_and_broken_files() -> None:
    with pytest.raises(ReadError, match="no text"):
        read_document(make_docx(p(""), {}, {}), "blank.docx")
    with pytest.raises(ReadError, match="not a readable Word"):
        read_document(b"PK\x03\x04" + b"\x00" * 64, "cut.docx")
    good = make_docx(p("Minutes"), {}, {})
    assert read_document(good, "renamed.doc")[0] == "Minutes\n", "a .docx called .doc"
