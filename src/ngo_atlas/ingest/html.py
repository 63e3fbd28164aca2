"""HTML to main text: one lxml parse, a nesting-depth guard, trafilatura for the content."""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura import external as _trafilatura_fallbacks
from trafilatura.settings import Extractor

from ngo_atlas.ingest.cards import NOTICE_CLASS as _NOTICE_CLASS, card_page_text
from ngo_atlas.ingest.decode import canonical
from ngo_atlas.ingest.limits import Limits
from ngo_atlas.ingest.text import join_cells
from ngo_atlas.model import IngestError

# One place for the extraction settings, so the benchmark times exactly what ingest runs.
TRAFILATURA_OPTIONS = dict(
    output_format="txt",
    include_tables=True,  # project facts often sit in key: value tables
    include_formatting=False,
    include_links=False,
    include_images=False,
    include_comments=False,  # reader comments are not the page's content
    deduplicate=False,  # repeated lines can be real (partner lists on several pages)
    with_metadata=False,
)
# libxml2 silently drops everything nested deeper than 256 levels; flatten before that.
LIBXML2_DEPTH = 250
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL_CHARS = [chr(i) for i in (*range(0, 9), 11, 12, *range(14, 32), 127)]
_CONTROLS = re.compile("[" + "".join(_CONTROL_CHARS) + "]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACES = re.compile(r"\s+")
_BANNER_CLASS = re.compile(r"logo|site-?title|site-?name|brand|masthead", re.I)
_TABLE_RULE = re.compile(r"^\|(?:-+\|)+ *\n?", re.MULTILINE)
_TABLE_ROW = re.compile(r"^\| (.*?) ?\| *$", re.MULTILINE)
# Blocks trafilatura drops as boilerplate (footers, link-only lines) that still carry
# project facts: a funding statement (pl, en, uk, ru), or a short line giving a web address.
_FUNDING_STATEMENT = re.compile(
    r"(?:współ|do|s)?finansowan|ze środków|co-?financ|co-?funded|funded by|financed by"
    r"|financial support|співфінанс|профінанс|фінансу[єюв]|за рахунок|софинанс|профинанс"
    r"|финансир|за сч[её]т", re.IGNORECASE)
# The funding test runs on every block of a page; with IGNORECASE, re cannot skip ahead by
# the alternatives' first letters, so it runs case-sensitively on the lowered text (3x
# faster). Lowering gives what IGNORECASE equates for every character but these (a capital
# dotted I, dotless i, long s, old Cyrillic letter forms), so a text holding one of them
# takes the IGNORECASE pattern: the answer is the same for every text.
_FUNDING_LOWERED = re.compile(_FUNDING_STATEMENT.pattern)
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")
# Every branch of _FUNDING_STATEMENT holds one of these (lower case): a lowered text with
# none of them cannot match, and str's substring test is far cheaper than the scan.
_FUNDING_WORDS = ("finan", "środków", "funded", "фінанс", "финанс", "рахунок", "сч")
_WEB_ADDRESS_LINE = re.compile(
    r"^(?:[^:\n]{1,40}:\s*)?(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\s*$",
    re.IGNORECASE)
_SOCIAL = re.compile(r"facebook|twitter|instagram|linkedin|youtube|tiktok|\bx\.com", re.IGNORECASE)
_LEAF_BLOCKS = ("p", "li", "div", "address", "footer", "section", "td")
_NOT_CONTENT = frozenset({"nav", "script", "style", "form", "noscript", "button", "select"})


@dataclass
class HtmlText:
    text: str
    title: str | None
    flattened: bool = False  # nesting deeper than the limit was flattened
    fallback: bool = False  # trafilatura found no main content; all visible text was kept
    headline_added: bool = False  # the page's <h1> headline was put back as the first line


def _definition_lists_as_lines(tree: etree._Element) -> list[str]:
    """Turn each <dl> into "term: definition" paragraphs; return the lines of those
    outside menus and notices (see _in_notice).

    Project pages often give their facts as a definition list; trafilatura renders its
    terms and definitions as separate bullets, which parts a label from its value, and
    drops the whole list when its box is classed like page metadata ("project-meta").
    """
    facts: list[str] = []
    for dl in list(tree.iter("dl")):
        lines: list[str] = []
        term: str | None = None
        for child in dl:
            text = _SPACES.sub(" ", child.text_content()).strip() if isinstance(
                child.tag, str) else ""
            if child.tag == "dt":
                term = text.rstrip(":")
            elif child.tag == "dd" and text:
                lines.append(f"{term}: {text}" if term else text)
        if not lines:
            continue
        if not _in_notice(dl, footer_ok=True):
            facts.extend(lines)
        block = etree.Element("div")
        for line in lines:
            etree.SubElement(block, "p").text = line
        block.tail = dl.tail
        dl.getparent().replace(dl, block)
    return facts


_CONTROL_BYTES = [ord(c) for c in _CONTROL_CHARS]
# Encodings that give a C0 control character only for the same byte (ASCII supersets).
_ASCII_SUPERSETS = frozenset(codecs.lookup(e).name for e in (
    "utf-8", "utf-8-sig", "cp1250", "iso8859-2", "cp1251", "koi8-r", "koi8-u", "iso8859-5",
    "cp1252"))


def controls_possible(data: bytes, encoding: str | None) -> bool:
    """False when the page decoded from ``data`` with ``encoding`` cannot hold a C0
    control character: looked for in the bytes, where each test is one memchr (1.3 ms on
    the ten real pages against 4.8 ms for the same test on the decoded text)."""
    name = canonical(encoding)
    return name not in _ASCII_SUPERSETS or any(b in data for b in _CONTROL_BYTES)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag (within its first 64 KB), unverified."""
    m = _META_CHARSET.search(data, 0, 65536)
    return m.group(1).decode("ascii") if m else None


def html_main_text(html: str, source: str, limits: Limits, *,
                   controls: bool = True) -> HtmlText:
    """Main text and <title> of an already decoded page. ``controls=False`` says the
    caller knows the page holds no C0 control character (see controls_possible)."""
    # lxml refuses text with C0 controls (and a stray one appears in real pages).
    html = _XML_DECL.sub("", html, count=1)
    if controls and any(c in html for c in _CONTROL_CHARS):  # 3x faster than a regex scan
        html = _CONTROLS.sub("", html)
    tree = _parse(html, source)
    depth = min(limits.max_html_depth, LIBXML2_DEPTH)
    flattened = _deeper_than(tree, depth)
    if flattened:
        tree = _parse(flatten_markup(html, depth - 1), source)
        if _deeper_than(tree, depth):
            raise IngestError(source, f"HTML nested deeper than {depth} levels "
                                      "and could not be flattened (limit max_html_depth)")
    title = _title(tree)
    headline = _headline(tree, title)  # before trafilatura prunes the tree
    # Before trafilatura, which may prune the tree: fact lists first, then statements.
    kept_blocks = _definition_lists_as_lines(tree)
    kept_blocks += _fact_blocks(tree)
    # a list of project cards, read card by card (trafilatura runs the cards together)
    text = card_page_text(tree) or trafilatura_text(tree)
    if text and text.strip():
        text = _append_dropped(plain_table_rows(text), kept_blocks)
        if headline and headline not in text:
            # trafilatura leaves the page's own headline out of the main text, yet on a
            # project page it is the project's name; put it back as the first line.
            return HtmlText(f"{headline}\n{text}", title, flattened, headline_added=True)
        return HtmlText(text, title, flattened)
    # No main content found (a short page, a bare list): keep all visible text instead.
    text = trafilatura.html2txt(_parse(html if not flattened else flatten_markup(html, depth - 1),
                                       source))
    if not text or not text.strip():
        raise IngestError(source, "HTML page has no text")
    return HtmlText(text, title, flattened, fallback=True)


def _fact_blocks(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of innermost blocks that state funding or give a web address, in page order.

    Real pages put "Projekt współfinansowany ze środków …" in an EU footer and the
    project's own site in a "More: <a>…</a>" line; trafilatura drops both as boilerplate.
    Menus, cookie notices and share bars are skipped by their tags and classes.
    """
    found: list[str] = []
    for el in _innermost_blocks(tree):
        text = el.text_content().strip()
        if len(text) < 8:  # collapsing spaces only shortens it
            continue
        text = _SPACES.sub(" ", text)
        if len(text) > 400:
            continue
        funding = len(text) >= 30 and _states_funding(text)
        address = bool(_WEB_ADDRESS_LINE.match(text)) and not _SOCIAL.search(text) \
            and _links_to_shown_address(el, text)
        if (funding or address) and not _in_notice(el, footer_ok=funding):
            found.append(text)
    return found


def _innermost_blocks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The blocks (_LEAF_BLOCKS) with no block inside, in page order: one statement each.

    Each block marks its ancestors up to the first one already marked, so every element
    is visited once (testing each block's descendants was a quarter of _fact_blocks)."""
    blocks = list(tree.iter(*_LEAF_BLOCKS))
    outer: set[lxml.html.HtmlElement] = set()  # lxml keeps one proxy per live element
    for el in blocks:
        parent = el.getparent()
        while parent is not None and parent not in outer:
            outer.add(parent)
            parent = parent.getparent()
    return [el for el in blocks if el not in outer]


def _states_funding(text: str) -> bool:
    """_FUNDING_STATEMENT.search(text), answered on the lowered text where that is exact."""
    if _CASE_ODD.search(text):
        return bool(_FUNDING_STATEMENT.search(text))
    low = text.lower()
    return any(w in low for w in _FUNDING_WORDS) and bool(_FUNDING_LOWERED.search(low))


def _links_to_shown_address(el: lxml.html.HtmlElement, text: str) -> bool:
    """The block links, by an absolute URL, to the host it shows: the page names an
    outside site, as a project's own site is named; a site's breadcrumbs and author
    links are relative and show a brand, not an address."""
    shown = text.rsplit(":", 1)[-1] if "://" not in text else text.split("://", 1)[1]
    shown = shown.strip().split("/", 1)[0].lower().removeprefix("www.")
    for a in el.iter("a"):
        host = (urlsplit(a.get("href") or "").hostname or "").removeprefix("www.")
        if host and shown and host == shown:
            return True
    return False


def _in_notice(el: lxml.html.HtmlElement, footer_ok: bool) -> bool:
    """In a menu, a form, a cookie or share notice (or, for a bare web address, in the
    page footer or sidebar, where the site's own links live)."""
    for e in (el, *el.iterancestors()):
        if e.tag in _NOT_CONTENT or (not footer_ok and e.tag in ("footer", "aside", "header")):
            return True
        if _NOTICE_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}"):
            return True
    return False


def _append_dropped(text: str, blocks: list[str]) -> str:
    """Append the fact blocks that the main text lacks, after it, one per line."""
    if not blocks:
        return text
    flat = _SPACES.sub(" ", text)
    missing = [b for b in dict.fromkeys(blocks) if b not in flat]
    return "\n".join([text, *missing]) if missing else text


def _headline(tree: lxml.html.HtmlElement, title: str | None) -> str | None:
    """The page's own headline: the longest <h1> that the <title> repeats ("Headline –
    Site"), else the first <h1> inside <article>/<main>; never the site's name in a
    banner (see _is_banner)."""
    in_title: list[str] = []
    in_content: list[str] = []
    for h1 in tree.iter("h1"):
        text = _SPACES.sub(" ", h1.text_content()).strip()
        if not 3 <= len(text) <= 300:
            continue
        ancestors = {a.tag for a in h1.iterancestors()}
        content = bool(ancestors & {"article", "main"})
        if not content and _is_banner(h1, ancestors):
            continue
        if title is not None and text.lower() in title.lower():
            in_title.append(text)
        elif content:
            in_content.append(text)
    if in_title:
        return max(in_title, key=len)
    return in_content[0] if in_content else None


def _is_banner(h1: lxml.html.HtmlElement, ancestors: set[str]) -> bool:
    """A site title: in <nav>, marked as logo/site title/brand, or linking the home page.
    (A plain <header> is not enough: news sites put the article headline in one.)"""
    if "nav" in ancestors:
        return True
    near = [h1, *h1.iterancestors()][:3]
    if any(_BANNER_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in near):
        return True
    return any(a.get("href") is not None and urlsplit(a.get("href")).path in ("", "/")
               for a in h1.iter("a"))


def plain_table_rows(text: str) -> str:
    """trafilatura writes tables as Markdown ("| Grantodawca: | FAMI | " and "|---|");
    make rows read like DOCX tables ("Grantodawca: FAMI") so a label starts its line."""
    if "|" not in text:
        return text
    text = _TABLE_RULE.sub("", text)
    return _TABLE_ROW.sub(lambda m: join_cells([c.strip() for c in m.group(1).split(" | ")]),
                          text)


def _html_parser() -> etree.HTMLParser:
    """lxml.html's parser with a C-level element class lookup in place of its Python one.

    lxml.html picks each element's class in a Python method (form and input elements get
    their own classes), called for every element proxy that trafilatura and this module
    create: ~7 % of the CPU of reading a large page. Here every element is an HtmlElement,
    which has every method trafilatura and this module use; the parser's options are
    lxml.html's defaults, so the tree and the texts are the same."""
    parser = etree.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_HTML_PARSER = _html_parser()


def _parse(html: str, source: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError) as e:
        raise IngestError(source, f"unparsable HTML: {e}") from None


def _deeper_than(tree: lxml.html.HtmlElement, depth: int) -> bool:
    """True when some element has ``depth`` ancestors or more."""
    return bool(_depth_probe(depth)(tree))


@functools.lru_cache(maxsize=8)
def _depth_probe(depth: int) -> etree.XPath:
    # A child step per level visits each element once: 0.3 ms on a 600 KB page, where
    # //*[count(ancestor::*) >= N] costs six times more.
    return etree.XPath("boolean(/*" + "/*" * depth + ")")


def _title(tree: lxml.html.HtmlElement) -> str | None:
    title = tree.findtext(".//title")
    title = _SPACES.sub(" ", title).strip() if title else ""
    return title or None


def flatten_markup(html: str, max_depth: int) -> str:
    """Drop the tags (never the text) of elements nested deeper than ``max_depth``."""
    depth = 0

    def keep_or_drop(m: re.Match[str]) -> str:
        nonlocal depth
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            return m.group(0)
        if closing:
            depth = max(depth - 1, 0)
            return "" if depth >= max_depth else m.group(0)
        depth += 1
        return m.group(0) if depth <= max_depth else ""

    return _TAG.sub(keep_or_drop, html)


_WARM_UP_PAGE = "<html><body><main><p>Projekt.</p></main></body></html>"


@functools.lru_cache(maxsize=1)
def warm_up() -> None:
    """Run trafilatura once on a tiny page, so the lazy one-time set-up of its fallbacks
    (the jusText stop-word set of every language, ~0.5 s of CPU) is done in this process;
    called before a worker pool forks, the workers share it instead of each building it."""
    trafilatura_text(_WARM_UP_PAGE)


def trafilatura_text(page: str | bytes | lxml.html.HtmlElement) -> str | None:
    """trafilatura's main text with TRAFILATURA_OPTIONS: the settings object built once
    (trafilatura builds it from a ConfigParser on every call, 0.3 ms), and jusText's stop
    words held as a set (see _stoplist_as_set). The output is what
    ``trafilatura.extract(page, **TRAFILATURA_OPTIONS)`` gives."""
    _stoplist_as_set()
    return trafilatura.extract(page, options=trafilatura_options())


@functools.lru_cache(maxsize=1)
def trafilatura_options() -> Extractor:
    """TRAFILATURA_OPTIONS as trafilatura's settings object, built once (it is read-only
    during an extraction: trafilatura copies it before changing a setting)."""
    o = TRAFILATURA_OPTIONS
    return Extractor(output_format=o["output_format"], tables=o["include_tables"],
                     formatting=o["include_formatting"], links=o["include_links"],
                     images=o["include_images"], comments=o["include_comments"],
                     dedup=o["deduplicate"], with_metadata=o["with_metadata"])


@functools.lru_cache(maxsize=1)
def _stoplist_as_set() -> None:
    """trafilatura keeps the union of all jusText stop lists (154,000 words) as a tuple,
    and jusText's classify_paragraphs looks it up in an lru_cache keyed by that tuple:
    hashing it costs ~1 ms on every page that falls back to jusText (a third of the
    generated pages). A frozenset holds the same words and caches its hash."""
    words = _trafilatura_fallbacks.JT_STOPLIST or _trafilatura_fallbacks.jt_stoplist_init()
    _trafilatura_fallbacks.JT_STOPLIST = frozenset(words)
