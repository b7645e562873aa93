"""Minutes PDFs made the way councils make them: Word-style A4 pages, a running header, a
"Page N" footer, paragraphs flowing over page ends, bullets and bold headings.

Used by the tests (which generate their PDFs) and by `make sample-data`:
    python -m tests.pdfmaker INPUT.txt OUTPUT.pdf "Running header text"
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fpdf import FPDF

_HEADING = re.compile(r"^(?:\d{1,4}[a-z]?\.|[A-Z]{1,3}/?\d+)\s+\S")
# Markers a source text may carry: "<<page-end>>" alone on a line starts the next paragraph
# three lines above the bottom margin, so that it flows over the page end; "{-}" inside a
# word breaks the line there with a hyphen, as a word processor's hyphenation does.
PAGE_END = "<<page-end>>"
HYPHEN = "{-}"


class MinutesPDF(FPDF):
    def __init__(self, running_header: str, footer: str = "Page {n}") -> None:
        super().__init__(format="A4", unit="pt")
        self.running_header = running_header
        self.footer_text = footer
        self.core_fonts_encoding = "windows-1252"  # curly quotes, dashes and bullets
        self.set_margins(72, 72, 72)
        self.set_auto_page_break(True, margin=72)

    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.set_y(36)
        self.cell(0, 12, self.running_header, align="C")
        self.set_y(72)

    def footer(self) -> None:
        self.set_y(-50)
        self.set_font("Helvetica", size=9)
        self.cell(0, 12, self.footer_text.format(n=self.page_no()), align="C")


def minutes_pdf(text: str, path: Path, running_header: str, footer: str = "Page {n}") -> Path:
    """Write text (paragraphs separated by blank lines) as a PDF of flowing paragraphs."""
    pdf = MinutesPDF(running_header, footer)
    pdf.add_page()
    for para in re.split(r"\n\s*\n", text.strip()):
        _paragraph(pdf, para.strip())
    pdf.output(str(path))
    return path


def _paragraph(pdf: MinutesPDF, para: str) -> None:
    para = para.replace("**", "")
    if para == PAGE_END:
        target = pdf.h - pdf.b_margin - 3 * 14
        if pdf.get_y() > target:
            pdf.add_page()
        pdf.set_y(target)
        return
    for line in para.split("\n"):
        line = line.strip()
        if HYPHEN in line:
            head, tail = line.split(HYPHEN, 1)
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 14, head + "-", new_x="LMARGIN", new_y="NEXT")
            line = tail
        bullet = re.match(r"^(?:[-•·]|\uf0b7)\s+", line)
        if bullet:
            pdf.set_font("Helvetica", size=11)
            pdf.set_x(90)
            pdf.multi_cell(0, 14, "\u2022  " + line[bullet.end() :], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", style="B" if _HEADING.match(line) else "", size=11)
        pdf.multi_cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)  # the space Word leaves after a paragraph


def main(argv: list[str]) -> int:
    source, target, header = Path(argv[0]), Path(argv[1]), argv[2]
    minutes_pdf(source.read_text(encoding="utf-8"), target, header)
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
