"""A page that lists several projects as cards, read card by card: one paragraph a card.

A list page ("Nasze projekty", "Our projects") gives each project a heading (h2–h4) over
its own facts: a period, a payer, a sum, a partner, a short description. trafilatura's
text runs the cards together line after line, with no blank line between one card and the
next, and drops a card's heading when it is a link and its fact list when the list is
classed like page metadata ("meta"); the extractor then sees one project. Here each card
is kept whole, its heading on its first line, the cards set apart by blank lines, as a
text page writes such a list.

A card is either a box (article, li, div, section) holding one heading of the level, or,
on a flat page, a heading and the blocks after it up to the next heading of its level or
higher. Cards are read only when two or more headings of one level each head a card whose first
lines give its period: a single project's sections ("Cele", "Partnerzy", "Kontakt") are not
each dated under their heading.
"""

from __future__ import annotations

import re

import lxml.html

from ngo_atlas.ingest.text import join_cells

_LEVELS = ("h2", "h3", "h4")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# elements that start a new line of a card's text
_BLOCK = frozenset(("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section",
                    "article", "blockquote", "address", "header", "footer", "br", "tbody",
                    "thead", *_HEADINGS))
# elements whose text is no part of the content
_SKIPPED = frozenset(("script", "style", "noscript", "nav", "form", "button", "select", "figure",
                      "img", "svg", "iframe", "aside", "template"))
# the boxes that hold the content, and an area the site's own chrome fills
_CONTENT_ROOTS = ("main", "article")
_CHROME = frozenset(("nav", "aside", "footer", "header", "form"))
# a notice's or menu's class or id (html.py skips these blocks too); a card list also stands
# clear of sidebars and widgets
_NOTICE_WORDS = r"cookie|consent|gdpr|rodo|newsletter|share|social|menu|breadcrumb"
NOTICE_CLASS = re.compile(_NOTICE_WORDS, re.IGNORECASE)
_NOTICE_CLASS = re.compile(_NOTICE_WORDS + r"|sidebar|widget", re.IGNORECASE)
# the blocks of the content box outside the cards, one paragraph each
_PARAGRAPHS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "address")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SPACES = re.compile(r"\s+")
# a label line ("Okres realizacji: …", "Termin: …", "Period: …")
_LABELLED = re.compile(r"[^\W\d_][^:\n]{1,40}:\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DATED_WITHIN = 3  # lines under a card's heading that may give its period


def card_page_text(tree: lxml.html.HtmlElement) -> str | None:
    """The content of a page listing two or more dated cards, card by card; else None."""
    for level in _LEVELS:
        heads = [h for h in tree.iter(level) if _content_heading(h)]
        if len(heads) < 2:
            continue
        cards = _cards(heads)
        if cards is None:
            continue
        cards, flat = cards
        texts = [_card_text(h, body) for h, body in cards]
        if all(t is not None for t in texts):
            return _page_text(cards[0][0] if flat else cards[0][1][0], cards, texts)
        return None  # (a level whose headings are no cards: the page's sections)
    return None


def _content_heading(h: lxml.html.HtmlElement) -> bool:
    """A heading of the page's content: words of a name's length, not in a menu, sidebar,
    footer or notice."""
    text = _clean(h.text_content())
    if not 3 <= len(text) <= 200:
        return False
    return not any(e.tag in _CHROME or _NOTICE_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}")
                   for e in h.iterancestors())


def _cards(heads: list[lxml.html.HtmlElement]) -> tuple[list[tuple[lxml.html.HtmlElement, list]], bool] | None:
    """Each heading with the elements that make up its card, and whether the page is flat
    (headings and blocks side by side); None when the headings do not part their common box
    into cards (some under one box, some under another)."""
    common = _common_box(heads)
    if common is None:
        return None
    tops = []
    for h in heads:
        top = h
        while top.getparent() is not common:
            top = top.getparent()
        tops.append(top)
    if len(set(tops)) != len(tops):
        return None  # two headings in one box: the box is no card
    if all(t is h for t, h in zip(tops, heads)):  # flat: a heading and the blocks after it
        rank = heads[0].tag
        cards = []
        for h in heads:
            body = []
            for sib in h.itersiblings():
                if isinstance(sib.tag, str) and sib.tag in _HEADINGS and sib.tag <= rank:
                    break
                body.append(sib)
            cards.append((h, body))
        return cards, True
    if any(t is h for t, h in zip(tops, heads)):
        return None
    if len({t.tag for t in tops}) != 1:
        return None
    return [(h, [t]) for h, t in zip(heads, tops)], False


def _common_box(els: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """The innermost element holding all of els."""
    path = list(els[0].iterancestors())
    for el in els[1:]:
        above = set(el.iterancestors())
        while path and path[0] not in above:
            path.pop(0)
    return path[0] if path else None


def _card_text(head: lxml.html.HtmlElement, body: list) -> str | None:
    """The card's heading over its lines, or None when no line near its top dates it."""
    lines: list[str] = []
    for el in body:
        _lines_of(el, lines, skip=head)
    rest = [c for c in map(_clean, lines) if c]
    if not any(_dated(ln) for ln in rest[:_DATED_WITHIN]):
        return None
    return "\n".join([_clean(head.text_content()), *rest])


def _dated(line: str) -> bool:
    """A card's period: a line of dates ("2019–2020", "kwiecień – październik 2021",
    "2016, 2017, 2018") or a label giving a dated value ("Okres realizacji: 09.2023 –
    08.2025"). A section's text ("Kontakt", "Finansowanie") names sums and people; a year
    inside a sentence or an address dates no card."""
    if not _A_YEAR.search(line):
        return False
    if _LABELLED.match(line):
        return True
    return len(line) <= 60 and len(_WORD.findall(line)) <= 3


def _lines_of(el, lines: list[str], skip=None) -> None:
    """Append the element's text to lines: a new line at each block, a row's cells on one,
    a line that is only a link ("Szczegóły →") left out."""
    if not lines:
        lines.append("")
    if el is skip or not isinstance(el.tag, str) or el.tag in _SKIPPED:
        if isinstance(el.tag, str) or el is skip:
            _tail(el, lines)
        return
    if el.tag == "tr":
        cells = [_clean(c.text_content()) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
        _new_line(lines)
        lines[-1] = join_cells([c for c in cells if c])
        _new_line(lines)
        _tail(el, lines)
        return
    block = el.tag in _BLOCK
    if block:
        _new_line(lines)
    start = len(lines)
    if el.text:
        lines[-1] += el.text
    for child in el:
        _lines_of(child, lines, skip)
    if el.tag == "a" and len(lines) == start and _clean(lines[-1]) == _clean(el.text_content()):
        lines[-1] = ""  # a link alone on its line: a "more" link, a filter
    if block:
        _new_line(lines)
    _tail(el, lines)


def _tail(el, lines: list[str]) -> None:
    if el.tail:
        lines[-1] += el.tail


def _new_line(lines: list[str]) -> None:
    lines[-1] = _clean(lines[-1])
    if lines[-1]:
        lines.append("")


def _page_text(first, cards, texts: list[str]) -> str:
    """The content box's paragraphs above and below the cards (first, the first card's
    first element), the cards between them, blank lines between paragraphs."""
    root = next((a for a in first.iterancestors() if a.tag in _CONTENT_ROOTS), None)
    if root is None:
        root = first.getparent()
    inside = {el for h, body in cards for el in (h, *body)}
    before: list[str] = []
    after: list[str] = []
    seen = False
    for el in root.iter(_PARAGRAPHS, first.tag):
        if el is first:
            seen = True
        if el in inside or el.tag not in _PARAGRAPHS \
                or any(a in inside or a.tag in _PARAGRAPHS for a in el.iterancestors()) \
                or _outside_content(el, root):
            continue
        lines: list[str] = []
        _lines_of(el, lines)
        text = "\n".join(c for c in map(_clean, lines) if c)
        if text:
            (after if seen else before).append(text)
    return "\n\n".join([*before, *texts, *after])


def _outside_content(el, root) -> bool:
    """In a menu, sidebar, form or notice within the content box."""
    for e in (el, *el.iterancestors()):
        if e is root:
            return False
        if e.tag in _SKIPPED or e.tag in _CHROME or _NOTICE_CLASS.search(f"{e.get('class') or ''} {e.get('id') or ''}"):
            return True
    return False


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
