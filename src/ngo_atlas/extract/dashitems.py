"""List items that open with the towns they are about and a dash before what happens there:
a schedule of duty hours or visits set out town by town ("• Легница – каждый первый вторник
месяца, …", "Гданськ – вул. Огарна 12", "• Zgierz i Pabianice — dyżury wyjazdowe")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# an item: an optional bullet, one or more names joined by commas or a conjunction, a spaced
# dash, and text after it on the same line
_ITEM = re.compile(
    r"^[^\S\n]*(?:[•·▪►→*]|[–—-](?=[^\S\n]))?[^\S\n]*"
    r"(?P<names>[^\W\d_][^\s,–—]*(?:[^\S\n]+[^\W\d_][^\s,–—]*)?"
    r"(?:(?:,[^\S\n]*|[^\S\n]+(?:i|oraz|and|и|і|та|й)[^\S\n]+)[^\W\d_][^\s,–—]*(?:[^\S\n]+[^\W\d_][^\s,–—]*)?)*)"
    r"[^\S\n]+[–—-][^\S\n]+\S", re.MULTILINE)
_NAME_SEP = re.compile(r",[^\S\n]*|[^\S\n]+(?:i|oraz|and|и|і|та|й)[^\S\n]+")
# a list set out town by town names two towns or more (one item alone may be a headline:
# "Rzeszów – Stolica Innowacji")
_MIN_TOWNS = 2


def dash_item_towns(text: str, s: int, e: int, is_town: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the towns that open a block's dash items, where every name of an item is a
    town (is_town) and the block's items name two towns or more; a block is a run of lines
    with no blank line between them."""
    out: list[tuple[int, int]] = []
    for a, b in _blocks(text, s, e):
        towns: list[tuple[int, int]] = []
        for m in _ITEM.finditer(text, a, b):
            spans = list(_name_spans(text, m.start("names"), m.end("names")))
            if spans and all(is_town(text[x:y]) for x, y in spans):
                towns.extend(spans)
        if len(towns) >= _MIN_TOWNS:
            out.extend(towns)
    return out


def _blocks(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Runs of non-blank lines in text[s:e]."""
    pos = s
    for m in re.finditer(r"\n[^\S\n]*\n", text[s:e]):
        yield pos, s + m.start()
        pos = s + m.end()
    yield pos, e


def _name_spans(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    pos = a
    for m in _NAME_SEP.finditer(text, a, b):
        yield pos, m.start()
        pos = m.end()
    yield pos, b
