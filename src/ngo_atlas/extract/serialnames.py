"""Payer names with commas of their own, which a comma-split list of payers breaks apart.

Two shapes: a quoted name whose quote spans the commas ("Fundację „Pamięć, Odpowiedzialność i
Przyszłość”"), and a programme's or fund's name that is itself a series of nouns ("Citizens,
Equality, Rights and Values Programme", "Asylum, Migration and Integration Fund"): single
capitalised words, each an item of the list, before a last item "X and Y <head>" whose head is
a programme's or fund's word. Both are joined again into one item.
"""

from __future__ import annotations

import re

_OPENS = "„«"
_CLOSES = "”»“"
# the last item of a series name: "Rights and Values Programme", "Migration and Integration Fund"
_SERIES_END = re.compile(r"[A-Z][a-z]+\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+){1,3}"
                         r"(?:Programme|Program|Fund|Facility|Instrument)\b")
_SERIES_WORD = re.compile(r"[A-Z][a-z]{2,}")
_COMMA = re.compile(r"\s*,\s*")


def _open_quote(item: str) -> bool:
    straight = item.count('"') % 2 == 1
    return straight or sum(item.count(c) for c in _OPENS) > sum(item.count(c) for c in _CLOSES)


def join_serial_names(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list's items with a quoted name's and a series name's pieces joined again."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out and _open_quote(text[out[-1][0]:out[-1][1]]) and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return _series(text, out)


def _series(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in items:
        if _SERIES_END.match(text, a, b):
            k = len(out)
            while k > 0 and _SERIES_WORD.fullmatch(text, *out[k - 1]) \
                    and _COMMA.fullmatch(text, out[k - 1][1], (out[k][0] if k < len(out) else a)):
                k -= 1
            if k < len(out):
                a = out[k][0]
                del out[k:]
        out.append((a, b))
    return out
