"""A page's metadata line: who put the page up, not who works in the project.

A news post or a public bulletin states its date with its writer or editor ("12 września 2023,
Anna X", "12 stycznia 2025 · Anna X · 4 min czytania", "Ostatnia modyfikacja: 12.06.2023,
Redaktor: Anna X", "Wytworzył: Wydział Y | Opublikował: Anna X | data: 08.02.2024"), or the name
alone on its line beside such a line ("Anna X" over "12 stycznia 2023, 06:45 | aktualizacja: …",
"Osoba odpowiedzialna: Anna X" under "Data publikacji: 2023-07-12, godz. 12:44"). The line is
known by its shape: nothing on it but dates, times, "key:" fields, a count ("4 min czytania",
"3 komentarze") and separators, with a date on it or on the line beside it.
"""
from __future__ import annotations

import re

from ngo_atlas.extract.text import line_at

# a date as pages write it: "2024-03-12", "12.03.2024", "12 marca 2024 r." (pubrecord.py reads it too)
DATE = (r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|"
        r"\d{1,2}[^\S\n]+[^\W\d]{3,}[^\S\n]+(?:19|20)\d\d)(?:[^\S\n]*r\.)?")
_DATE = re.compile(r"(?<![\w.])" + DATE + r"(?![\w])")
_TIME = re.compile(r"(?:(?i:godz)\.?[^\S\n]*)?(?<![\w:])\d{1,2}:\d{2}(?![\w:])")
_KEY = re.compile(r"(?<![\w])[^\W\d][^\W\d.]*(?:[^\S\n]+[^\W\d][^\W\d.]*){0,2}[^\S\n]*:")
_COUNT = re.compile(r"(?<![\w])\d+[^\S\n]+[^\W\d]+(?:[^\S\n]+[^\W\d]+)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LONG = 160  # a metadata line is short


def _shape(rest: str) -> tuple[bool, int, int] | None:
    """(a date on it, its keys, its words left) for a line's text, None when words are left
    over that no field explains (prose, a heading)."""
    if len(rest) > _LONG:
        return None
    dated = bool(_DATE.search(rest))
    rest = _TIME.sub(" ", _DATE.sub(" ", rest))
    keys = len(_KEY.findall(rest))
    rest = _COUNT.sub(" ", _KEY.sub(" ", rest))
    left = _WORD.findall(rest)
    # a field's value ("Wytworzył: Wydział Y | Opublikował: …") among two fields or more
    if left and not (keys >= 2 and len(left) <= 3 and all(w[:1].isupper() for w in left)):
        return None
    return dated, keys, len(left)


def on_page_meta(text: str, a: int, b: int) -> bool:
    """The name at text[a:b] stands on a page's metadata line (see the module's note)."""
    ls, le = line_at(text, a)
    if b > le:
        return False
    shape = _shape(text[ls:a] + " , " + text[b:le])
    if shape is None:
        return False
    if shape[0]:
        return True
    if shape[1] > 1 or shape[2]:
        return False
    # the name alone (or under one key) on its line: a dated metadata line right above or below
    for j in (ls - 1, le + 1):
        if j < 0 or j >= len(text):
            continue
        ns, ne = line_at(text, j)
        if ne > ns and (nb := _shape(text[ns:ne])) is not None and nb[0]:
            return True
    return False
