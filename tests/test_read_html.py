"""Saved web pages: ModernGov pages through their structure, other pages by their main
content; the layout of text, character sets, and what a file is by its bytes."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrutiny_cli.errors import ReadError
from scrutiny_cli.parse.document import parse
from scrutiny_cli.read import read_document
from scrutiny_cli.read.blocks import NUMBER_CELL, Renderer
from scrutiny_cli.read.html import NOISE_WORD, NOISE_WORDS, decode_html, html_to_text
from scrutiny_cli.read.moderngov import ATTACHMENT, strip_attachment
from scrutiny_cli.read.text import normalise
from tests.golden_tool import read_extracted
from tests.pagemaker import meeting_page


def test_page_furniture_is_left_out() -> None:
    text = read_extracted("moderngov_meeting") + read_extracted("council_page")
    for furniture in (
        "cookies",
        "Council tax",
        "Skip to main content",
        "Accessibility",
        "Share this item",
        "View the decision for item",
        "Attendance details",
        "Printed minutes",
        "pdf icon",
        "PDF 187 KB",
        "View directions",
        "Latest news",
        "Posted in",
        "dataLayer",
        "No. Item",
    ):
        assert furniture not in text, furniture
    assert "\nMedia\n" not in text and "\nItems\n" not in text


def render(html: str) -> str:
    return normalise(Renderer().render(LexborHTMLParser(html).body).out.result())


# (HTML body, text a reader sees, what it shows)
LAYOUT: list[tuple[str, str, str]] = [
    ("<p>One<br>two</p><p>Three</p>", "One\ntwo\n\nThree\n", "<br> and paragraphs"),
    ("<div><div><p>Deep</p></div></div><p>Next</p>", "Deep\n\nNext\n", "nested blocks: one gap"),
    (
        "<p>A &amp; B &lt;c&gt; &pound;5 &ndash; &#8217;x&rsquo;</p>",
        "A & B <c> £5 – ’x’\n",
        "entities",
    ),
    ("<p>a&nbsp;&nbsp;b</p>", "a  b\n", "no-break spaces kept as spaces"),
    ("<p>  spread\n   over   lines </p>", "spread over lines\n", "white space runs"),
    ("<ul><li>one</li><li><p>two</p></li></ul>", "• one\n• two\n", "bullets, one a line"),
    ('<ol start="3"><li>c</li><li>d</li></ol>', "3. c\n4. d\n", "ordered list start"),
    (
        '<ol type="a"><li>x</li><li>y<ol type="i"><li>z</li></ol></li></ol>',
        "a. x\nb. y\ni. z\n",
        "nested ordered lists",
    ),
    (
        "<table><tr><th>Ref</th><th>Site</th></tr><tr><td>24/1</td><td>Mill Lane</td></tr>"
        "<tr><td></td><td>Empty first</td></tr></table>",
        "Ref | Site\n24/1 | Mill Lane\nEmpty first\n",
        "a data table row by row",
    ),
    (
        "<table><tr><td>32.</td><td><p>Apologies</p><p>None.</p></td></tr></table>",
        "32. Apologies\n\nNone.\n",
        "a layout grid: the number cell joins its heading",
    ),
    (
        "<p>Shown</p><script>var x = 1;</script><style>p {}</style><!-- note -->",
        "Shown\n",
        "scripts, styles, comments",
    ),
    (
        "<p>Text<img alt='pdf icon' src='x.gif'></p><button>Print</button>",
        "Text\n",
        "images and controls",
    ),
]


@pytest.mark.parametrize(("html", "expected", "note"), LAYOUT, ids=[r[2] for r in LAYOUT])
def test_layout(html: str, expected: str, note: str) -> None:
    assert render(html) == expected, note


def test_a_sites_copyright_line_closing_the_page_is_left_out() -> None:
    """A copyright line in the page's own text at its end is the site's, not the minutes'
    last item's; one inside the minutes stays."""
    page = (
        "<html><body><p>16. Date of next meeting</p><p>Wednesday 12th August at 7.30pm.</p>"
        "<p>Copyright remains with the content providers. All rights reserved.</p></body></html>"
    )
    assert html_to_text(page).rstrip().endswith("12th August at 7.30pm.")
    inside = "<html><body><p>5. Copyright of the village archive was discussed.</p><p>Noted.</p></body></html>"
    assert "Copyright of the village archive" in html_to_text(inside)
    part = "<html><body><p>RESOLVED that:</p><p>(c) the Section 106 agreement be signed.</p></body></html>"
    assert "(c) the Section 106 agreement" in html_to_text(part)  # (a part's letter, no ©)


def test_item_table_marked_by_id_with_unclassed_number_cells() -> None:
    """Some sites print table#mgItemTable and leave the number cell without its class."""
    page = """<html><body><table id="mgItemTable">
    <tr><td><p class="mgAiTitleTxt">6.</p></td><td><p class="mgAiTitleTxt">
    <a class="mgAiTitleLnk" href="documents/s1/r.pdf">24/0121/FUL Station Road PDF 896 KB</a></p>
    <p><b>Proposal:</b> 40 dwellings.</p></td></tr>
    <tr><td></td><td><p class="mgAiTitleTxt">Urgent business</p><p>None.</p></td></tr>
    </table></body></html>"""
    assert read_document(page.encode(), "agenda.html")[0] == (
        "6.\n\n24/0121/FUL Station Road\n\nProposal: 40 dwellings.\n\nUrgent business\n\nNone.\n"
    )


@pytest.mark.parametrize(
    "number", ["32.", "21/045", "5.1", "P/142", "C 08/042", "*450", "3.a", "1-0607/8"]
)
def test_number_cells(number: str) -> None:
    assert NUMBER_CELL.match(number)


@pytest.mark.parametrize("text", ["Apologies", "2024 Budget report", "£450", "12 March"])
def test_not_number_cells(text: str) -> None:
    assert not NUMBER_CELL.match(text)


def test_links_minuted_in_an_items_text_are_kept() -> None:
    page = """<div id="modgov"><table class="mgItemTable"><tr>
    <td class="mgItemNumberCell"><p class="mgAiTitleTxt">7.</p></td>
    <td><p class="mgAiTitleTxt">Consultation responses</p>
    <ul class="mgBulletList"><li><a href="documents/s7/Report.pdf">Report PDF 80 KB</a></li></ul>
    <p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>The Board noted:</p>
    <ul><li><a href="https://wyvern.example/survey">the residents' survey</a></li></ul></div>
    </td></tr></table></div>"""
    assert read_document(page.encode(), "m.html")[0] == (
        "7.\n\nConsultation responses\n\nMinutes:\n\nThe Board noted:\n\n• the residents' survey\n"
    )


def test_deep_nesting_is_not_a_crash() -> None:
    html = "<div>" * 10000 + "<p>Deep minutes</p>" + "</div>" * 10000
    assert "Deep minutes" in read_document(html.encode(), "deep.html")[0]


@pytest.mark.parametrize(("words", "name", "furniture"), [
    *[(w, example, True) for _, w, example, _ in NOISE_WORDS],
    *[(w, near_miss, False) for _, w, _, near_miss in NOISE_WORDS],
])  # fmt: skip
def test_noise_words_match_their_examples_only(words: str, name: str, furniture: bool) -> None:
    assert bool(re.search(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])", name)) is furniture
    assert bool(NOISE_WORD.search(name)) is furniture


def test_a_wrapper_named_like_furniture_is_kept() -> None:
    page = (
        "<html><body><div class='has-sidebar'><h1>Minutes</h1><p>"
        + "Long minutes text. " * 50
        + "</p></div><div class='sidebar'>Links</div></body></html>"
    )
    text = read_document(page.encode(), "x.html")[0]
    assert "Long minutes text" in text and "Links" not in text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Minutes pdf icon PDF 69 KB", "Minutes"),
        ("Cofnodion pdf eicon PDF 281 KB", "Cofnodion"),  # (a Welsh page's icon)
        ("Home to School Transport PDF 1 MB", "Home to School Transport"),
        ("Pimlico District HeatingPDF 500 KB", "Pimlico District Heating"),
        ("Appendix (DOCX, 20 KB)", "Appendix"),
        ("PDF accessibility standards", "PDF accessibility standards"),
        ("Budget 2024 (£1.2m)", "Budget 2024 (£1.2m)"),
    ],
)
def test_attachment_is_stripped_from_titles(title: str, expected: str) -> None:
    assert strip_attachment(title) == expected
    assert (ATTACHMENT.search(title) is not None) is (title != expected)


# --- Character sets -------------------------------------------------------------------------

PAGE = "<html><head>{meta}</head><body><p>Children’s Services – £450</p></body></html>"
WANT = "Children’s Services – £450\n"


@pytest.mark.parametrize(
    ("data", "note"),
    [
        (PAGE.format(meta="").encode("utf-8"), "UTF-8, nothing declared"),
        (b"\xef\xbb\xbf" + PAGE.format(meta="").encode("utf-8"), "UTF-8 byte order mark"),
        (PAGE.format(meta="").encode("utf-16"), "UTF-16 with byte order mark"),
        (b"\xfe\xff" + PAGE.format(meta="").encode("utf-16-be"), "UTF-16 big-endian"),
        (PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252"), "meta charset"),
        (
            PAGE.format(
                meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            ).encode("cp1252"),
            "http-equiv Latin-1, read as Windows-1252 as browsers do",
        ),
        (PAGE.format(meta="").encode("cp1252"), "undeclared Windows-1252: the fallback"),
        (PAGE.format(meta='<meta charset="utf-8">').encode("cp1252"), "declared UTF-8, is not"),
        (PAGE.format(meta='<meta charset="no-such-set">').encode("utf-8"), "unknown label"),
    ],
)
def test_character_sets(data: bytes, note: str) -> None:
    assert read_document(data, "page.htm")[0] == WANT, note


def test_byte_order_mark_wins_over_meta() -> None:
    data = b"\xef\xbb\xbf" + PAGE.format(meta='<meta charset="windows-1252">').encode("utf-8")
    assert "Children’s" in decode_html(data)


# --- What a file is, by its bytes ------------------------------------------------------------


def test_sniffing_by_content() -> None:
    page = meeting_page().encode("utf-8")
    assert read_document(page, "saved.txt")[0].startswith("Agenda, decisions and minutes")
    assert read_document(b"Plain minutes\n\nNo tags here.", "notes.html")[0].startswith("Plain")


def test_html_named_file_that_is_a_pdf(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.golden_tool import make_pdf

    pdf = make_pdf("pdf_fenmarsh", tmp_path).read_bytes()
    text, pages = read_document(pdf, "minutes.html")
    assert pages == 2 and "Fenmarsh" in text


def test_saved_as_one_file_mhtml() -> None:
    html = meeting_page()
    mhtml = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x/ieListDocuments.aspx\r\n"
        "Subject: Agenda\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n'
        "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    ).encode("ascii")
    import quopri

    mhtml += quopri.encodestring(html.encode("utf-8")) + b"\r\n------MultipartBoundary--abc--\r\n"
    want = read_document(html.encode("utf-8"), "x.html")[0]
    assert read_document(mhtml, "Agenda.mhtml")[0] == want


def test_a_web_archive_whose_parts_were_lost_is_read_as_what_it_holds() -> None:
    """A saved web archive shown as text by a site: its MIME headers run onto one line, its
    quoted-printable soft breaks left as "= " and a tag or two among the words."""
    page = (
        'MIME-Version: 1.0 Content-Type: multipart/related; boundary="----=_NextPart_01" This '
        "document is a Single File Web Page. ------=_NextPart_01 Content-Location: file:///C:/"
        "x.htm Content-Transfer-Encoding: quoted-printable Content-Type: text/html; charset="
        '"us-ascii"\n\nWEXBURY PARISH COUNCIL\n\nMinutes of the Ordinary Meeting of th= e Wexbury '
        "Parish Council held on\n\nMonday 17th<= /sup> August 2020 via Zoom.\n\n68/20 Apologies."
        "\n\nCllr Ash.&nbsp;\n\n69/20 Declarations of Interest.\n\nNone.\n"
    ).encode("ascii")
    text = read_document(page, "minutes.txt")[0]
    assert "Minutes of the Ordinary Meeting of the Wexbury Parish Council held on" in text
    assert "Monday 17th August 2020 via Zoom." in text and "Content-Type" not in text
    assert "&nbsp;" not in text and "68/20 Apologies." in text


def test_a_whole_web_archive_with_no_page_in_it_is_refused() -> None:
    archive = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n"
    )
    with pytest.raises(ReadError, match="no HTML page in it"):
        read_document(archive, "minutes.mht")


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "minutes.doc", "soffice --headless"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "minutes.docx", "old binary Office"),
        (b"{\\rtf1\\ansi Minutes}", "minutes.doc", ".doc files are not read"),
        (b"PK\x03\x04" + b"\x00" * 100, "minutes.odt", ".odt files are not read"),
        (b"PK\x03\x04 not really a zip", "minutes.docx", "not a readable Word .docx"),
    ],
)
def test_unsupported_files_fail_with_a_hint(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(ReadError, match=re.escape(reason)):
        read_document(data, name)


def test_word_saved_html_named_doc_is_read() -> None:
    page = b"<html><body><p>Minutes of the Parish Council</p></body></html>"
    assert read_document(page, "minutes.doc")[0] == "Minutes of the Parish Council\n"


def test_empty_page() -> None:
    assert html_to_text(b"<html><head><title>x</title></head><body></body></html>") == ""


def test_text_copied_with_its_paragraph_tags_is_read_as_markup() -> None:
    data = (
        b"<p> MINUTES OF THE MEETING OF WEXBRIDGE COUNCIL HELD ON MONDAY 28 JULY 2008</p>"
        b"<p>In the Chair: Councillor Ash</p><p>1 APOLOGIES</p><p>None were received.</p>"
    )
    text, _ = read_document(data, "minutes.txt")
    assert "<p>" not in text
    assert "In the Chair: Councillor Ash" in text.splitlines()
    plain, _ = read_document(b"Minutes of the meeting. The <p> tag was mentioned once.", "a.txt")
    assert "<p>" in plain  # (one tag in a sentence is no markup)


def test_a_site_s_lines_above_a_fragment_with_line_breaks_stay_lines_of_their_own() -> None:
    """The lines a site printed above the fragment, with no tag of their own, are not run
    into its first line: the header that opens it is read."""
    data = (
        b"04.03.2015 Views\n\nSHOW MORE\nSHOW LESS\n\nTurn print PDFs into ePapers.\n\n"
        b"AT A MEETING OF THE WEXBRIDGE HARBOUR COMMISSIONERS HELD AT the harbour<br />\n\n"
        b"office, 20 new quay road, wexbridge oN FRIDAY 27 TH SEPTEMBER 2010 AT 9.30 A.M.<br />\n\n"
        b"<strong>PRESENT</strong>:<br />\n\nMr Richard Ash, Mr Ian Birch<br />\n\n1. APOLOGIES<br />"
        b"\n\nNone.<br />\n"
    )
    text, _ = read_document(data, "minutes.txt")
    assert "SHOW MORE" in text.splitlines()
    meeting = parse(text).parts[0]
    assert (meeting.committee, meeting.date, meeting.start_time) == (
        "Wexbridge Harbour Commissioners",
        "2010-09-27",
        "09:30",
    )


def test_text_copied_with_its_line_breaks_tags_is_read_as_markup() -> None:
    data = (
        b"Create successful ePaper yourself\n\nWEXBRIDGE DISTRICT COUNCIL<br />\n\n"
        b"Report of Finance Committee Meeting held on Thursday 22 <strong>April</strong> 2010 at "
        b"3.30 pm<br />\n\nin the Boardroom, <strong>District</strong> Offices, Wexbridge.<br />\n\n"
        b"In the Chair:<br />\n\nApologies<br />\n\nCouncillor C Burns<br />\n"
    )
    text, _ = read_document(data, "minutes.txt")
    assert "<br" not in text and "<strong>" not in text
    assert "in the Boardroom, District Offices, Wexbridge." in text.splitlines()
    meeting = parse(text).parts[0]
    assert (meeting.committee, meeting.date, meeting.start_time) == (
        "Finance Committee",
        "2010-04-22",
        "15:30",
    )
