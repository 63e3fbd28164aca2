"""List items that open with the towns they are about and a dash before what happens there:
a schedule of duty hours or visits set out town by town ("• Легница – каждый первый вторник
месяца, …", "Гданськ – вул. Огарна 12", "• Zgierz i Pabianice — dyżury wyjazdowe")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# an item: an optional bullet, one or more names joined by commas or a conjunction, a spaced
# dash, and text after it on the same line
_NAME = r"[^\W\d_][^\s,–—]*(?:[^\S\n]+[^\W\d_][^\s,–—]*)?"
_SEP = r",[^\S\n]*|[^\S\n]+(?:i|oraz|and|и|і|та|й)[^\S\n]+"  # a comma or a conjunction
_ITEM = re.compile(
    r"^[^\S\n]*(?P<bullet>[•·▪►→*]|[–—-](?=[^\S\n]))?[^\S\n]*"
    r"(?P<names>" + _NAME + r"(?:(?:" + _SEP + r")" + _NAME + r")*)"
    r"[^\S\n]+[–—-][^\S\n]+\S", re.MULTILINE)
_DASH = re.compile(r"[^\S\n][–—-][^\S\n]")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_NAME_SEP = re.compile(_SEP)
# a list set out town by town names two towns or more in two items or more (one item alone
# may be a headline: "Rzeszów – Stolica Innowacji", "Warszawa i Kraków – stolice historii";
# only a bullet makes a lone item a list's: "• Kutno i Łęczyca — dyżury", MEND round 33)
_MIN_TOWNS = 2
_MIN_ITEMS = 2


def dash_item_towns(text: str, s: int, e: int,
                    is_town: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the towns that open a block's dash items, where every name of an item is a
    town (is_town) and the block's items name two towns or more; a block is a run of lines
    with no blank line between them."""
    out: list[tuple[int, int]] = []
    block_end, items, bullets = -1, [], 0
    for ls, le in _dashed_lines(text, s, e):
        if ls > block_end:  # a new block: the last one's items are read whole
            out.extend(_block_towns(text, items, is_town, bullets))
            items, bullets, block_end = [], 0, _block_end(text, ls, e)
        m = _ITEM.match(text, ls, le)
        if m:
            items.append(list(_name_spans(text, m.start("names"), m.end("names"))))
            bullets += m.group("bullet") is not None
    out.extend(_block_towns(text, items, is_town, bullets))
    return out


def _block_towns(text: str, items: list[list[tuple[int, int]]],
                 is_town: Callable[[str], bool], bullets: int = 0) -> list[tuple[int, int]]:
    """The names of the items all of whose names are towns, where they are two or more in two
    items or more, or in one bulleted item (a block whose items name fewer is not asked
    about: most dashed lines stand alone)."""
    if sum(len(x) for x in items) < _MIN_TOWNS or len(items) < _MIN_ITEMS and not bullets:
        return []
    towns = [x for spans in items if all(is_town(text[a:b]) for a, b in spans) for x in spans]
    return towns if len(towns) >= _MIN_TOWNS else []


def _dashed_lines(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """The lines of text[s:e] with a spaced dash in them (found by the dash: most lines have
    none), each once."""
    last = -1
    for m in _DASH.finditer(text, s, e):
        ls = max(s, text.rfind("\n", 0, m.start()) + 1)
        if ls <= last:
            continue
        le = text.find("\n", m.end(), e)
        last = ls
        yield ls, (e if le < 0 else le)


def _block_end(text: str, i: int, e: int) -> int:
    """Where the block holding position i ends: the next blank line, or e."""
    m = _BLANK.search(text, i, e)
    return m.start() if m else e


def _name_spans(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    pos = a
    for m in _NAME_SEP.finditer(text, a, b):
        yield pos, m.start()
        pos = m.end()
    yield pos, b
