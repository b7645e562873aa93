"""Bytes to normalised text, whatever the file: the read stage knows nothing about minutes.

A file is read by what its bytes are as well as by its name: a `.html` that is really a
PDF is read as a PDF, a `.txt` that is a saved web page as HTML. Parsers are imported only
when a file of their kind is met.
"""

from __future__ import annotations

from pathlib import PurePath

from ..errors import ReadError
from .text import normalise, read_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})
# Every suffix scrutiny reads.
SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES


def read_document(data: bytes, name: str, ocr: bool = False) -> tuple[str, int | None]:
    """Normalised text of a file, and its number of pages when it has pages (a PDF)."""
    if not data.strip():
        raise ReadError("empty file" + (" (0 bytes)" if not data else " (only white space)"))
    suffix = PurePath(name).suffix.lower()
    if suffix in PDF_SUFFIXES or b"%PDF-" in data[:1024]:
        from .pdf import pdf_to_text  # pdfium loads only when a PDF is met

        text, pages = pdf_to_text(data, name, ocr=ocr)
        return normalise(text), pages
    from . import html

    if (
        html.looks_like_html(data)
        or html.looks_like_mhtml(data)
        or (suffix in HTML_SUFFIXES and html.has_markup(data))
    ):
        return normalise(html.html_to_text(data, name)), None
    return read_text(data, name), None
