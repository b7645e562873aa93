"""Saved web pages to text: ModernGov pages through their structure (`moderngov.py`), any other
page as its main content with menus, banners and footers left out.

The character set comes from a byte order mark, then the page's `<meta charset>` (or its
http-equiv Content-Type), else UTF-8 with a Windows-1252 fallback. A page saved by a browser
as one file (`.mht`, `.mhtml`) is a MIME message: its HTML part is read.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import quopri
import re

from ..errors import ReadError
from .blocks import Node, Renderer
from .text import decode

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# The start of a page: an optional XML declaration and comments, then an HTML tag.
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(rb"<(?:[a-z][a-z0-9]*|!--|!doctype)[\s>/]", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE
)
# What the HTML standard reads these labels as: browsers decode Latin-1 pages as cp1252.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}
_UTF8 = frozenset({"utf-8", "utf8", "unicode-1-1-utf-8"})


def looks_like_html(data: bytes) -> bool:
    """Bytes that begin as a web page does, whatever the file is called."""
    for bom in _BOMS:
        if data.startswith(bom):
            return _looks_like_html_text(data[len(bom) :].decode(_bom_codec(bom), "replace"))
    return bool(_HTML_START.match(data[:4096]))


def _looks_like_html_text(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096].encode("utf-8", "replace")))


def _bom_codec(bom: bytes) -> str:
    return {_BOMS[0]: "utf-8", _BOMS[1]: "utf-16-le"}.get(bom, "utf-16-be")


def has_markup(data: bytes) -> bool:
    """Any tag near the start: a `.html` file without one is plain text, read as text."""
    head = data[:8192]
    if head.startswith(_BOMS[1:]):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    return bool(_ANY_TAG.search(head))


def looks_like_fragment(data: bytes) -> bool:
    """Text copied from a page with its paragraphs' tags left in ("<p> MINUTES OF THE
    PROCEEDINGS ...</p><p>In the Chair: ...", or each line's "<br />", with "<strong>" in
    them: "in the Boardroom, <strong>District</strong> Offices<br />"): read as the markup it
    is."""
    head = data[:8192].lower()
    paragraphs = head.count(b"</p>") >= 3 and head.count(b"<p") >= 3
    return paragraphs or len(_LINE_BREAK.findall(head)) >= _LINE_BREAKS


_LINE_BREAK = re.compile(rb"<br\s*/?>")
_LINE_BREAKS = 5  # line breaks in the text that show it is markup


def with_own_lines(fragment: bytes) -> bytes:
    """A fragment whose lines end in "<br />", its own line breaks kept as breaks too: the
    lines a site printed around it, with no tag of their own ("04.03.2015 Views" / "SHOW
    MORE" / "AT A MEETING OF ... HELD AT the harbour<br />"), stay lines of their own rather
    than run into the first of its lines. A fragment of paragraphs ("<p>...</p>") keeps its
    lines as markup reads them (its line breaks may wrap one paragraph)."""
    head = fragment[:8192].lower()
    if head.count(b"</p>") >= 3 or len(_LINE_BREAK.findall(head)) < _LINE_BREAKS:
        return fragment
    return fragment.replace(b"\n", b"<br>\n")


def looks_like_mhtml(data: bytes) -> bool:
    """A page saved as one file: a MIME message with a multipart/related body."""
    head = data[:4096].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def decode_html(data: bytes, name: str = "page") -> str:
    """The page's text: BOM, then the declared character set, then UTF-8 or cp1252."""
    if data.startswith(_BOMS):
        return decode(data, name)
    declared = _declared_charset(data)
    if declared and declared not in _UTF8:
        return data.decode(declared, errors="replace")
    return decode(data, name)  # UTF-8 as declared, with cp1252 when it is not really UTF-8


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:16384])
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None  # an unknown label is ignored, as browsers do


def mhtml_to_html(data: bytes, name: str = "page") -> str:
    """The HTML part of a page saved as one file (.mht, .mhtml)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and not payload.startswith(_BOMS) and not _declared_charset(payload):
                    return payload.decode(_CHARSET_ALIASES.get(charset, charset), "replace")
                return decode_html(payload, name)
    raise ReadError("a saved web archive (.mht) with no HTML page in it")


# A saved web archive whose MIME structure did not survive (pasted, or flattened by a site
# that showed it as text): the body after its HTML part's headers, quoted-printable undone,
# its soft line breaks joined ("th= e Dalbury Lees" is "the Dalbury Lees").
_HTML_PART = re.compile(rb"(?i)content-type:\s*text/html[^\r\n]*")
_SOFT_BREAK = re.compile(rb"=(?:\r?\n|[ \t](?=[^\s=]))")


def archive_whole(data: bytes) -> bool:
    """Whether a web archive kept its MIME parts (one with no HTML part among them is none
    to read; one whose parts were lost is read for what it holds)."""
    return email.message_from_bytes(data, policy=email.policy.default).is_multipart()


def archive_body(data: bytes) -> bytes:
    """What a broken web archive holds after its HTML part's headers (all of it without
    them), its transfer encoding undone."""
    ends = [m.end() for m in _HTML_PART.finditer(data)]  # (the last: the page's own part)
    body = data[ends[-1] :] if ends else data
    if b"quoted-printable" in data[:4096].lower() or b"=3D" in body:
        body = quopri.decodestring(_SOFT_BREAK.sub(b"", body))
    return body.strip()


_STRAY_TAG = re.compile(rb"</?[A-Za-z][\w:-]*(?:\s[^<>]{0,200})?/?>")
_ENTITIES = {b"&nbsp;": b" ", b"&amp;": b"&", b"&lt;": b"<", b"&gt;": b">", b"&quot;": b'"'}


def without_markup(data: bytes) -> bytes:
    """Text with a few tags and entities left in it, without them ("17th</sup> August")."""
    data = _STRAY_TAG.sub(b"", data)
    for entity, char in _ENTITIES.items():
        data = data.replace(entity, char)
    return data


def html_to_text(data: bytes | str, name: str = "page") -> str:
    """The text of a saved web page, before normalisation."""
    from selectolax.lexbor import LexborHTMLParser  # loads only when a page is met

    if isinstance(data, bytes):
        data = mhtml_to_html(data, name) if looks_like_mhtml(data) else decode_html(data, name)
    tree = LexborHTMLParser(data)
    from . import moderngov

    if moderngov.is_moderngov(tree):
        return moderngov.moderngov_text(tree)
    root = main_content(tree)
    if root is None:
        return ""
    prune_furniture(root)
    return _COPYRIGHT_END.sub("\n", Renderer().render(root).out.result())


# A site's copyright line closing the page, in its text rather than a <footer>: "Copyright
# remains with independent content providers ... All rights reserved."
_COPYRIGHT_END = re.compile(
    r"\n[ \t]*(?:©|Copyright\b|All\s+rights\s+reserved\b)[^\n]{0,300}\s*\Z", re.I
)


# --- Any other page: its main content ------------------------------------------------------

# Where a page keeps its content, in the order tried; the first holding a fair share of the
# page's text wins, else the whole body is read.
MAIN_SELECTORS = (
    "main",
    "[role=main]",
    "article",
    "#content",
    "#main-content",
    "#maincontent",
    "#main",
    ".main-content",
    "#primary",
)
MAIN_SHARE = 0.25
# Page furniture, by element: dropped unless it holds most of the page's text (a layout
# wrapper, such as the <form> an ASP.NET page puts around everything).
NOISE_TAGS = frozenset({"nav", "aside", "footer", "form", "dialog"})
NOISE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
# Page furniture, by a word in its id or class: (what it is, the words, an example id or
# class that is furniture, one that is not). The words match whole, between - _ or spaces.
NOISE_WORDS: tuple[tuple[str, str, str, str], ...] = (
    ("cookie banner", r"cookies?|cookie-?\w+|consent|gdpr", "cookie-banner", "cookery-class"),
    ("breadcrumb trail", r"breadcrumbs?", "breadcrumb", "bread"),
    ("skip link", r"skip-?(?:link|links|to|nav)", "skip-to-content", "skipper"),
    ("menu", r"nav|navbar|navigation|menu|megamenu|mainmenu", "main-nav", "canvas"),
    ("share buttons", r"share|sharing|social|addthis", "social-links", "shared-services"),
    ("side column", r"sidebar|side-bar|aside", "sidebar-left", "inside"),
    (
        "site header and footer",
        r"site-header|global-header|masthead|footer|site-footer",
        "site-footer",
        "page-header",
    ),
    (
        "feedback and search",
        r"feedback|search|searchbox|newsletter|pagination",
        "search-form",
        "research",
    ),
)
NOISE_WORD = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(w for _, w, _, _ in NOISE_WORDS) + r")(?![a-z0-9])"
)
# A part of every word above, for the parser's selector engine to find the candidates fast.
NOISE_STEMS = ("cookie", "consent", "gdpr", "breadcrumb", "skip", "nav", "menu", "share",
               "sharing", "social", "addthis", "sidebar", "side-bar", "aside", "header",
               "masthead", "footer", "feedback", "search", "newsletter", "pagination")  # fmt: skip
_FURNITURE = ", ".join(
    [
        *sorted(NOISE_TAGS),
        "[hidden]",
        '[aria-hidden="true"]',
        *(f'[role="{role}" i]' for role in sorted(NOISE_ROLES)),
        *(f'[style*="{s}" i]' for s in ("display:none", "display: none", "visibility:hidden")),
    ]
)
_NAMED = ", ".join(f'[id*="{stem}" i], [class*="{stem}" i]' for stem in NOISE_STEMS)
# An element holding more than this share of the page's text is a wrapper, never furniture.
WRAPPER_SHARE = 0.5


def main_content(tree: object) -> Node | None:
    """The element holding the page's main content, or its body."""
    body = tree.body  # type: ignore[attr-defined]
    if body is None:
        return None
    total = len(body.text(strip=True))
    for selector in MAIN_SELECTORS:
        node = tree.css_first(selector)  # type: ignore[attr-defined]
        if node is not None and len(node.text(strip=True)) >= MAIN_SHARE * total:
            return node
    return body


def prune_furniture(root: Node, by_name: bool = True) -> None:
    """Remove menus, banners, footers and the like (by tag, role, style, and unless told
    not to by id or class) from under root; an element holding most of the text is a
    wrapper ("has-sidebar") and stays."""
    found = list(root.css(_FURNITURE))
    if by_name:
        found += [n for n in root.css(_NAMED) if NOISE_WORD.search(_id_and_class(n))]
    if found:
        total = len(root.text(strip=True))
        remove(root, [n for n in found if len(n.text(strip=True)) <= WRAPPER_SHARE * total])


def _id_and_class(node: Node) -> str:
    attrs = node.attributes
    return f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()


def remove(root: Node, nodes: list[Node]) -> None:
    """Take these elements out of the tree: each once, and none inside another one taken
    out already (the parser frees a removed element's insides)."""
    ids = {n.mem_id for n in nodes}
    done: set[int] = set()
    for node in nodes:
        if node.mem_id in done or node.mem_id == root.mem_id or node.tag in ("body", "html"):
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != root.mem_id and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None or parent.mem_id == root.mem_id:
            done.add(node.mem_id)
            node.decompose()
