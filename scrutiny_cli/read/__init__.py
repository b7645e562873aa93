"""Bytes to normalised text, whatever the file: the read stage knows nothing about minutes."""

from __future__ import annotations

from ..errors import ReadError
from .text import normalise, read_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
# Every suffix scrutiny reads.
SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES

_CONVERT = "convert it with LibreOffice: soffice --headless --convert-to docx FILE"
# Word-processor files scrutiny does not read, and the one-line hint for each.
UNSUPPORTED: dict[str, str] = {
    ".doc": _CONVERT,  # old binary Word
    ".odt": _CONVERT,  # OpenDocument text (LibreOffice, Google Docs downloads)
}


def read_document(data: bytes, name: str, ocr: bool = False) -> tuple[str, int | None]:
    """Normalised text of a file, and its number of pages when it has pages (a PDF)."""
    if not data.strip():
        raise ReadError("empty file" + (" (0 bytes)" if not data else " (only white space)"))
    if name.lower().endswith(tuple(PDF_SUFFIXES)) or data[:5] == b"%PDF-":
        from .pdf import pdf_to_text  # pdfium loads only when a PDF is met

        text, pages = pdf_to_text(data, name, ocr=ocr)
        return normalise(text), pages
    return read_text(data, name), None
