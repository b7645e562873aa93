"""Bytes to normalised text, whatever the file: the read stage knows nothing about minutes."""

from __future__ import annotations

from ..errors import ReadError
from .text import normalise, read_text

PDF_SUFFIXES = frozenset({".pdf"})


def read_document(data: bytes, name: str, ocr: bool = False) -> tuple[str, int | None]:
    """Normalised text of a file, and its number of pages when it has pages (a PDF)."""
    if not data.strip():
        raise ReadError("empty file" + (" (0 bytes)" if not data else " (only white space)"))
    if name.lower().endswith(tuple(PDF_SUFFIXES)) or data[:5] == b"%PDF-":
        from .pdf import pdf_to_text  # pdfium loads only when a PDF is met

        text, pages = pdf_to_text(data, name, ocr=ocr)
        return normalise(text), pages
    return read_text(data, name), None
