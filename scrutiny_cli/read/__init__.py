"""Bytes to normalised text, whatever the file: the read stage knows nothing about minutes.

A file is read by what its bytes are as well as by its name: a `.html` that is really a
PDF is read as a PDF, a `.txt` that is a saved web page as HTML, a `.doc` that is really a
`.docx` as Word. Parsers are imported only when a file of their kind is met.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from ..errors import ReadError
from .text import counts_pages, normalise, read_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"})
DOCX_SUFFIXES = frozenset({".docx"})
# Every suffix scrutiny reads.
SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

_CONVERT = "convert it with LibreOffice: soffice --headless --convert-to docx FILE"
# Word-processor files scrutiny does not read, and the one-line hint for each.
UNSUPPORTED: dict[str, str] = {
    ".doc": _CONVERT,  # old binary Word
    ".dot": _CONVERT,  # old binary Word template
    ".docm": _CONVERT,  # Word with macros
    ".odt": _CONVERT,  # OpenDocument text (LibreOffice, Google Docs downloads)
    ".fodt": _CONVERT,  # flat OpenDocument text
    ".sxw": _CONVERT,  # old OpenOffice text
    ".wpd": _CONVERT,  # WordPerfect
    ".wps": _CONVERT,  # Microsoft Works
    ".pages": "export it from Pages as Word (.docx) or PDF",
}

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Office files (.doc, .xls)


def read_document(data: bytes, name: str, ocr: bool = False) -> tuple[str, int | None]:
    """Normalised text of a file, and its number of pages when it has pages (a PDF)."""
    if not data.strip():
        raise ReadError("empty file" + (" (0 bytes)" if not data else " (only white space)"))
    suffix = PurePath(name).suffix.lower()
    if suffix in PDF_SUFFIXES or b"%PDF-" in data[:1024]:
        from .pdf import pdf_to_text  # pdfium loads only when a PDF is met

        text, pages = pdf_to_text(data, name, ocr=ocr)
        return normalise(text), pages
    if data.startswith(_ZIP) and (suffix in DOCX_SUFFIXES or _is_docx_zip(data)):
        from .docx import docx_to_text

        return normalise(docx_to_text(data, name)), None
    if data.startswith(_OLE):
        raise ReadError(f"an old binary Office file (Word .doc?): not read; {UNSUPPORTED['.doc']}")
    from . import html

    if html.looks_like_mhtml(data):
        try:
            return normalise(html.html_to_text(data, name)), None
        except ReadError:  # (its parts lost: what it holds is read, as a page or as text)
            if html.archive_whole(data) or not (data := html.archive_body(data)):
                raise
            if not html.has_markup(data):
                return read_text(html.without_markup(data), name), None
    if html.looks_like_html(data) or (suffix in HTML_SUFFIXES and html.has_markup(data)):
        return normalise(html.html_to_text(data, name)), None
    if html.looks_like_fragment(data):
        return normalise(html.html_to_text(html.with_own_lines(data), name)), None
    if suffix in UNSUPPORTED:
        raise ReadError(f"{suffix} files are not read: {UNSUPPORTED[suffix]}")
    text = read_text(data, name)
    if suffix == ".md":
        if "\\" in text:
            text = _MARKDOWN_ESCAPE.sub(r"\1", text)  # "6\. Accounts" is "6. Accounts"
        text = _without_page_rules(text)  # (a PDF's page breaks and numbers: "---" / "2")
        if "**" in text:  # (bold marks, even inside a date: "11TH** **APRIL, 2022")
            text = text.replace("** **", " ").replace("**", "")
    return text, None


# A document converted to Markdown marks each page's end with a rule, the next page's number
# after it: "---" / "2".
_MARKDOWN_PAGE = re.compile(
    r"^(?:-{3,}|\*{3,}|_{3,})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<n>\d{1,3})[ \t]*$", re.M
)


def _without_page_rules(text: str) -> str:
    """The rules and the numbers under them left out where the numbers count pages, each
    one more than the one before ("---" / "2" ... "---" / "3"); an item numbered under a
    rule of its own stays ("---" / "1" / "Apologies" ... "---" / "4" / "Finance")."""
    found = list(_MARKDOWN_PAGE.finditer(text))
    counted = counts_pages([int(m["n"]) for m in found])
    for m, page in reversed(list(zip(found, counted, strict=True))):
        if page:
            text = text[: m.start()] + text[m.end() :]
    return text


# Markdown's escape of a character that would otherwise be markup: a list's number ("6\.
# Accounts"), a bullet ("\- item"), emphasis ("\*"), brackets.
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _is_docx_zip(data: bytes) -> bool:
    """A ZIP file that is a Word document, whatever it is called."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False
