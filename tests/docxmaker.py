"""Word minutes of the fictional Wyvern council, made with python-docx the way a clerk's
template makes them: numbered headings through real Word numbering (an abstract definition
starting at 32, "%1." at level 0 and "(%2)" at level 1, bound to the Heading 1 style),
resolution parts numbered at level 1, bullets and a numbered list from the template's own
list styles, an actions table, and a tracked insertion.

    python -m tests.docxmaker OUTPUT.docx
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

COMMITTEE = "Audit and Standards Committee"
ABSTRACT_ID = "90"
NUM_ID = "90"

_NUMBERING = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="32"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>
    <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""


def _add_numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(_NUMBERING))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/>'
            "</w:num>"
        )
    )
    heading = document.styles["Heading 1"].element
    ppr = heading.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{NUM_ID}"/></w:numPr>'))


def _numbered(document: docx.document.Document, text: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/>'
            "</w:numPr>"
        )
    )


def _tracked_insertion(paragraph: docx.text.paragraph.Paragraph, text: str) -> None:
    """Text inserted with Track Changes on: its run sits inside <w:ins>."""
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="Clerk" w:date="2024-03-21T09:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
        )
    )


def minutes_docx(path: Path) -> Path:
    """Write the Wyvern Audit and Standards Committee minutes of 20 March 2024 to path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(minutes_docx_bytes())
    return path


def minutes_docx_bytes() -> bytes:
    """The Wyvern Audit and Standards Committee minutes of 20 March 2024 as .docx bytes."""
    document = docx.Document()
    _add_numbering(document)
    document.add_paragraph("Wyvern Borough Council", style="Title")
    document.add_paragraph(
        f"Minutes of the Meeting of {COMMITTEE} held at 2.00 pm on Wednesday, 20 March 2024"
    )
    document.add_paragraph("Present:")
    for line in (
        "Members: Councillor G Hartley (Chair)",
        "Councillor A Bello",
        "Councillor M Carver",
        "Independent Member: Mr J Whitcombe",
        "Apologies: Councillor N Iqbal",
    ):
        document.add_paragraph(line)
    document.add_heading("Declarations of Interests", level=1)
    document.add_paragraph("There were no declarations of interest.")
    document.add_heading("Minutes", level=1)
    document.add_paragraph(
        "The minutes of the meeting held on 24 January 2024 were agreed as a correct record."
    )
    document.add_heading("Internal Audit Progress Report 2023/24", level=1)
    intro = document.add_paragraph(
        "The Committee considered a report of the Head of Internal Audit on progress against "
        "the 2023/24 audit plan."
    )
    _tracked_insertion(intro, " Eleven of the fourteen planned audits had been completed.")
    document.add_paragraph("Members raised the following points:")
    document.add_paragraph("the two limited assurance opinions on payroll", style="List Bullet")
    document.add_paragraph("the follow-up of overdue recommendations", style="List Bullet")
    document.add_paragraph("RESOLVED that the Committee:")
    _numbered(document, "notes the progress made against the audit plan;", 1)
    _numbered(document, "asks the Head of Internal Audit to report on payroll controls to the "
              "July 2024 meeting.", 1)  # fmt: skip
    document.add_heading("Actions Log", level=1)
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(table.rows[0].cells, ("Action", "Owner", "Due"), strict=True):
        cell.text = heading
    for row in (
        ("Circulate the payroll action plan", "Head of Internal Audit", "April 2024"),
        ("Update the risk register", "Risk Manager", "July 2024"),
    ):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_heading("Work Programme", level=1)
    document.add_paragraph("RESOLVED that the following be added to the work programme:")
    _numbered(document, "Annual Governance Statement 2023/24", 1)
    document.add_paragraph("External audit plan", style="List Number")
    document.add_paragraph("(Meeting closed at 3.40 pm)")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


if __name__ == "__main__":
    print(minutes_docx(Path(sys.argv[1])))
