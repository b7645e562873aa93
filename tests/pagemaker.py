"""Saved web pages of the fictional Wyvern council, made the way ModernGov and a council's
website make theirs, from synthetic minutes in tests/fixtures/.

The ModernGov markup follows what real pages carry (and what scrapers of them select):
`#modgov` inside the council's template; `h1.mgMainTitleTxt`, `h2.mgSubTitleTxt`;
`p > span.mgLabel` for Venue:, Contact:, Meeting:; `table.mgItemTable` rows with
`td.mgItemNumberCell p.mgAiTitleTxt` and a title link ending in the file's size;
`p.mgSubItemTitleTxt` "Decision:" / "Minutes:" before `div.mgWordPara`; `ul.mgActionList`
links about an item; the attendance table with summary "Table of meeting attendance".
Every page is wrapped in furniture a reader must leave out: a cookie banner, a menu, a
breadcrumb trail, a footer, scripts and styles.
"""

from __future__ import annotations

import itertools
import re
from html import escape
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MEETING = FIXTURES / "wyvern-cyp-2024-03-14.txt"
ITEM = FIXTURES / "wyvern-cyp-2024-03-14-item-24.txt"
COMMITTEE = "Children and Young People Scrutiny Board"
LABELS = ("Decision:", "Minutes:")
_NUMBER = re.compile(r"^\d+[a-z]?\.$")
_CUT = re.compile(r"^\.\.\.\s+(view the full minutes text for item (\d+)\.)$")
# Items whose title links to a report, and how the link shows its size.
_REPORTS = {"23": "Minutes PDF 63 KB", "24": "icon:PDF 187 KB", "25": "icon:PDF 72 KB"}

TEMPLATE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
{meta}<title>{title} - Wyvern Borough Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<style>.mgHide {{ position: absolute; left: -9999px; }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="has-sidebar">
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to make this site work and to understand how it is used.</p>
  <button type="button">Accept all cookies</button> <a href="/cookies">Cookie settings</a>
</div>
<a class="skip-link" href="#modgov">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/logo.svg" alt="Wyvern Borough Council"></a>
  <nav aria-label="Main menu"><ul>
    <li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/democracy">Councillors and democracy</a></li></ul></nav>
  <form class="search-form" action="/search"><input name="q"><button>Search</button></form>
</header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/democracy">Democracy</a></li></ol>
<form method="post" action="./{page}" id="aspnetForm">
<div id="modgov">
{body}
</div>
</form>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy</a></li></ul><p>&copy; Wyvern Borough Council 2024</p></footer>
<script src="/js/site.js"></script>
</body>
</html>
"""


def page(title: str, body: str, page_name: str, meta: str = '<meta charset="utf-8">\n') -> str:
    return TEMPLATE.format(title=escape(title), body=body, page=page_name, meta=meta)


def text(s: str) -> str:
    """Text as ModernGov writes it: entities for quotes and pounds, &nbsp; in double spaces."""
    s = escape(s, quote=False).replace("’", "&rsquo;").replace("‘", "&lsquo;")
    return s.replace("£", "&pound;").replace("  ", "&nbsp; ")


def paragraphs(source: str) -> list[str]:
    return [p.strip("\n") for p in source.split("\n\n") if p.strip()]


def word_para(paras: list[str], item: str = "") -> str:
    """Paragraphs as ModernGov's Word-made text: <p>s, bullet lines as a list."""
    out = []
    for para in paras:
        lines = para.split("\n")
        cut = _CUT.match(para)
        if cut:
            out.append(f'<p>...&nbsp; <a href="mgAi.aspx?ID=40{cut[2]}#mgMinutes">{cut[1]}</a></p>')
        elif all(line.startswith("• ") for line in lines):
            items = "".join(f"<li>{text(line[2:])}</li>" for line in lines)
            out.append(f'<ul class="MsoListBullet">{items}</ul>')
        else:
            out.append("<p>" + "<br>".join(text(line) for line in lines) + "</p>")
    return '<div class="mgWordPara">\n' + "\n".join(out) + "\n</div>"


def sections(paras: list[str]) -> list[tuple[str | None, list[str]]]:
    """An item's paragraphs split at its labels: (None, agenda text), ("Minutes:", ...)."""
    out: list[tuple[str | None, list[str]]] = [(None, [])]
    for para in paras:
        if para in LABELS:
            out.append((para, []))
        else:
            out[-1][1].append(para)
    return out


def title_link(number: str, title: str) -> str:
    report = _REPORTS.get(number)
    if report is None:
        return f'<p class="mgAiTitleTxt">{text(title)}</p>'
    href = f"documents/s40{number}/{title.split()[0]}.pdf"
    if report.startswith("icon:"):
        size = report.removeprefix("icon:")
        inner = (
            f'{text(title)}&nbsp;<img src="mgImages/logo-pdf.gif" alt="pdf icon" width="16"'
            f' height="16"> <span class="mgFileSize">{size}</span>'
        )
    else:
        inner = text(report)
    return (
        f'<p class="mgAiTitleTxt"><a href="{href}" class="mgAiTitleLnk"'
        f' title="Link to document">{inner}</a></p>'
    )


def item_cells(number: str, title: str, paras: list[str]) -> str:
    """The cells of an item's row: number, then title, actions, agenda text and sections."""
    parts = [title_link(number, title)]
    decided = any(p == "Decision:" for p in paras)
    actions = [f'<li><a href="ieIssueDetails.aspx?IId=90{number}">Share this item</a></li>']
    if decided:
        actions.append(
            f'<li><a href="ieDecisionDetails.aspx?AIId=40{number}">'
            f"View the decision for item {number}.</a></li>"
        )
    parts.append('<ul class="mgActionList">' + "".join(actions) + "</ul>")
    for label, body in sections(paras):
        if label:
            parts.append(f'<p class="mgSubItemTitleTxt">{label}</p>')
        if body:
            parts.append(word_para(body, number))
    number_cell = f'<p class="mgAiTitleTxt">{number}</p>' if number else ""
    return f'<td class="mgItemNumberCell">{number_cell}</td>\n<td>\n' + "\n".join(parts) + "\n</td>"


def meeting_page(source: str | None = None) -> str:
    """The "Agenda, decisions and minutes" page of a meeting in the canonical text layout."""
    paras = paragraphs(source if source is not None else MEETING.read_text(encoding="utf-8"))
    heading, header = paras[0], paras[1]
    labels = [p for p in paras[2:4] if p.startswith(("Venue:", "Contact:"))]
    body = paras[2 + len(labels) :]
    rows = []
    starts = [i for i, p in enumerate(body) if _NUMBER.match(p)] + [len(body)]
    for i, j in itertools.pairwise(starts):
        number = body[i]
        rows.append("<tr>" + item_cells(number, body[i + 1], body[i + 2 : j]) + "</tr>")
    venue_contact = []
    for label in labels:
        name, _, value = label.partition(": ")
        extra = (
            ".&nbsp;<a href='mgVenueDetails.aspx?ID=3'>View directions</a>"
            if name == "Venue"
            else ""
        )
        venue_contact.append(f'<p><span class="mgLabel">{name}: </span>{text(value)}{extra}</p>')
    inner = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">{text(heading)}</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{text(header)}</h2></div>
<div class="mgLinks"><ul class="mgActionList">
<li><a href="mgMeetingAttendance.aspx?ID=4001">Attendance details</a></li>
<li><a href="documents/g4001/Printed minutes.pdf">Printed minutes <span class="mgFileSize">PDF 120 KB</span></a></li>
</ul></div>
<div class="mgContent">
{"".join(venue_contact)}
<h2 class="mgSectionTitle">Media</h2>
<div class="mgVideo"><video src="webcast/4001.mp4" controls></video></div>
<table class="mgItemTable" summary="Agenda items">
<caption class="mgSectionTitle">Items</caption>
<tr><th class="mgItemNumberTitle" scope="col">No.</th><th scope="col">Item</th></tr>
{chr(10).join(rows)}
</table>
</div>"""
    return page(f"Agenda for {COMMITTEE} on Thursday, 14th March, 2024, 10.00 am", inner,
                "ieListDocuments.aspx?CId=12&amp;MId=4001")  # fmt: skip


def item_page(source: str | None = None) -> str:
    """The "Agenda item" page of item 24, which carries the minutes cut on the meeting page."""
    paras = paragraphs(source if source is not None else ITEM.read_text(encoding="utf-8"))
    title, meeting = paras[1], paras[2].removeprefix("Meeting: ")
    parts = []
    for label, body in sections(paras[3:]):
        if label:
            parts.append(f'<p class="mgSubItemTitleTxt">{label}</p>')
        parts.append(word_para(body))
    inner = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{text(title)}</h2></div>
<div class="mgContent">
<p><span class="mgLabel">Meeting:</span> <a href="ieListDocuments.aspx?CId=12&amp;MId=4001">{text(meeting)}</a></p>
{chr(10).join(parts)}
<p class="mgSubItemTitleTxt">Supporting documents:</p>
<ul class="mgBulletList"><li><a href="documents/s4024/Report.pdf">Report <span class="mgFileSize">PDF 187 KB</span></a></li>
<li><a href="documents/s4025/Appendix.pdf">Appendix 1 - Draft policy <span class="mgFileSize">PDF 410 KB</span></a></li></ul>
</div>"""
    return page("Agenda item - " + title, inner, "mgAi.aspx?ID=4024")


def issue_page() -> str:
    """The "Issue - meetings" page of the transport policy: the Board, then Cabinet."""
    paras = paragraphs(ITEM.read_text(encoding="utf-8"))
    title = paras[1]
    board = item_cells("24", title, paras[3:])
    cabinet = item_cells("97", title, [
        "Report of the Cabinet Member for Education and Skills",
        "Decision:",
        "RESOLVED that the Home to School Transport Policy 2024/25 be approved, with the "
        "consultation on post-16 transport charges extended to six weeks as the Children and "
        "Young People Scrutiny Board recommended (Minute 24/23 refers).",
    ])  # fmt: skip
    inner = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Issue - meetings</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{text(title)}</h2></div>
<div class="mgContent">
<p><span class="mgLabel">Meeting: </span><a href="ieListDocuments.aspx?MId=4001">14/03/2024 - {COMMITTEE} (Item 24)</a></p>
<table class="mgItemTable"><tr>{board}</tr></table>
<p><span class="mgLabel">Meeting: </span><a href="ieListDocuments.aspx?MId=4107">23/04/2024 - Cabinet (Item 97)</a></p>
<table class="mgItemTable"><tr>{cabinet}</tr></table>
</div>"""
    return page("Issue - meetings - " + title, inner, "ieIssueDetails.aspx?IId=9024&amp;Opt=3")


def decision_page() -> str:
    """The "Decision details" page of the Board's decision on item 24."""
    paras = paragraphs(MEETING.read_text(encoding="utf-8"))
    start = paras.index("Home to School Transport Policy 2024/25")
    decision = sections(paras[start + 1 : paras.index("Minutes:", start)])[1][1]
    labels = [
        ("Decision Maker:", COMMITTEE),
        ("Decision status:", "Recommendations approved"),
        ("Is Key decision?:", "No"),
        ("Is subject to call in?:", "No"),
    ]
    after = [
        ("Date of decision:", "14/03/2024"),
        ("Decided at meeting:", f"14/03/2024 - {COMMITTEE}"),
    ]

    def label_rows(rows: list[tuple[str, str]]) -> str:
        return "\n".join(f'<p><span class="mgLabel">{k}</span> {text(v)}</p>' for k, v in rows)

    body = "".join(f"<p class='MsoNormal'>{text(p)}</p>" for p in decision)
    inner = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Decision details</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Home to School Transport Policy 2024/25</h2></div>
<div class="mgContent">
{label_rows(labels)}
<h3 class="mgSubSubTitleTxt">Decisions:</h3>
<div class="WordSection1">{body}</div>
{label_rows(after)}
<h3 class="mgSubSubTitleTxt">Accompanying Documents:</h3>
<ul class="mgBulletList"><li><a href="documents/s4024/Report.pdf">Report <span class="mgFileSize">PDF 187 KB</span></a></li></ul>
</div>"""
    return page("Decision - Home to School Transport Policy 2024/25", inner,
                "ieDecisionDetails.aspx?AIId=4024")  # fmt: skip


# (name, role, attendance) as the attendance page lists them.
ATTENDANCE = (
    ("Councillor Karen Osei", "Chair", "Present"),
    ("Councillor Nikhil Patel", "Vice-Chair", "Present"),
    ("Councillor Helen Brannigan", "Committee Member", "Present"),
    ("Councillor Rachel Oduya", "Committee Member", "Apologies"),
    ("Councillor Tom Ashdown", "Substitute", "Present as substitute"),
    ("Mrs Claire Fenwick", "Co-optee", "Apologies"),
    ("Mr Daniel Shaw", "Co-opted Member", "Present"),
    ("Councillor Simon Varga", "Committee Member", "Absent"),
    ("Councillor Paula Ashby", "Cabinet Member for Education and Skills", "In attendance"),
    ("Priya Lindqvist", "Officer", "In attendance"),
    ("Councillor Mark Dunmore", "Committee Member", "Expected"),
)


def attendance_page() -> str:
    """The attendance page of the meeting: one person a row."""
    rows = "\n".join(
        f'<tr><td><a href="mgUserInfo.aspx?UID={i}">{text(name)}</a></td>'
        f"<td>{text(role)}</td><td>{attendance}</td></tr>"
        for i, (name, role, attendance) in enumerate(ATTENDANCE, 101)
    )
    inner = f"""<div class="mgHeader"><h1 class="mgMainTitleTxt">Attendance details</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{COMMITTEE} - Thursday, 14th March, 2024 10.00 am</h2></div>
<div class="mgContent">
<table class="mgStatsTable" summary="Table of meeting attendance">
<caption class="mgSectionTitle">Attendance</caption>
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</div>"""
    return page("Attendance details", inner, "mgMeetingAttendance.aspx?ID=4001")


COUNCIL_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Minutes 5 March 2024 | Wyvern Town Council</title>
<style>body { font-family: sans-serif; }</style>
</head>
<body class="page-template-default">
<div class="cookie-notice" role="dialog"><p>This website uses cookies.</p><a href="#">OK</a></div>
<div id="masthead"><h2>Wyvern Town Council</h2>
<div class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li>
<li><a href="/allotments">Allotments</a></li><li><a href="/contact">Contact us</a></li></ul></div></div>
<div id="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/meetings">Meetings</a> &raquo; Minutes</div>
<div id="page">
<aside id="secondary"><h3>Latest news</h3><p>The Wyvern Fair returns on 6 July.</p></aside>
<main id="main" class="site-main">
<article class="post">
<h1 class="entry-title">Minutes of the Meeting of Wyvern Town Council held on Tuesday 5 March 2024 at 7.00 pm in the Corn Exchange, Market Place, Wyvern</h1>
<p><strong>Present:</strong> Councillors J Marsh (Mayor, in the Chair), L Quinn, D Okafor, S Whitlock and B Hale.</p>
<p>In attendance: A Rowe (Town Clerk) and two members of the public.</p>
<h3>31. Apologies for absence</h3>
<p>Apologies were received from Councillor T Ellery.</p>
<h3>32. Declarations of interest</h3>
<p>Councillor Okafor declared an interest in planning application 24/0117/HH as a neighbour of the applicant.</p>
<h3>33. Planning applications</h3>
<p>The Council considered the following applications:</p>
<table class="planning">
<thead><tr><th>Application</th><th>Site</th><th>Comments</th></tr></thead>
<tbody>
<tr><td>24/0117/HH</td><td>14 Mill Lane</td><td>No objection</td></tr>
<tr><td>24/0121/FUL</td><td>Land east of Station Road</td><td>Objection: overdevelopment and the loss of the footpath</td></tr>
</tbody></table>
<h3>34. Finance</h3>
<p>RESOLVED that the payments listed below, totalling £3,412.60, be approved:</p>
<ul><li>Wyvern Grounds Ltd – grass cutting, &pound;1,180.00</li><li>Corn Exchange hire, &pound;95.00</li></ul>
<p>Clerk to write to Wyvern Borough Council about the state of the Market Place bus shelter.</p>
<p>The meeting closed at 8.40&nbsp;pm.</p>
<footer class="entry-footer">Posted in <a href="/category/minutes">Minutes</a></footer>
</article>
</main>
</div>
<footer id="colophon"><p>Wyvern Town Council, Corn Exchange, Market Place, Wyvern WY1 2AB</p>
<p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility statement</a></p></footer>
<script>document.querySelector('.cookie-notice a').onclick = function () {};</script>
</body>
</html>
"""


def council_page() -> bytes:
    """A town council's minutes page in a content-managed site, in Windows-1252."""
    return COUNCIL_PAGE.encode("cp1252")


# The saved pages the read tests use: (file name, bytes). The agenda-item page is saved as
# .htm with a UTF-8 byte order mark and no <meta charset>, as some browsers save it.
def saved_pages() -> dict[str, tuple[str, bytes]]:
    return {
        "moderngov_meeting": ("Agenda for Children and Young People.html",
                              meeting_page().encode("utf-8")),
        "moderngov_item": ("mgAi.htm", b"\xef\xbb\xbf" + item_page().replace(
            '<meta charset="utf-8">\n', "").encode("utf-8")),
        "moderngov_issue": ("Issue - meetings.html", issue_page().encode("utf-8")),
        "moderngov_decision": ("ieDecisionDetails.html", decision_page().encode("utf-8")),
        "moderngov_attendance": ("Attendance details.html", attendance_page().encode("utf-8")),
        "council_page": ("minutes-5-march-2024.html", council_page()),
    }  # fmt: skip
