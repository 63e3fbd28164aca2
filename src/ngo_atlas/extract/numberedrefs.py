"""Prose below a numbered list or table that speaks of its items by their number: "Ad 2.
Zrealizowano 6 kursów w Gnieźnie …", "Zadanie nr 1 realizowane będzie w Gdyni", "Oferty nr 2
i 3 realizowane będą w dzielnicach X i Y", "W przypadku oferty nr 1 oferent …": the clause is
that item's (or those items'), not the page's nor the last item's."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import sentence_holding

# "Ad 1." opening a note (a report's notes to its table), or a task's / an offer's /
# a project's noun with "nr" and its number(s): "zadanie nr 3", "oferty nr 2 i 3", "ofertę nr 2",
# "projekt nr 4", "poz. nr 5", "wniosek № 2"; a number with a slash or a dot after it
# ("Projekt nr 6/8-2019", "nr 112/2025") is a file number, not an item's
_REF = re.compile(
    r"(?<![\w.])(?:(?P<ad>Ad|AD)[^\S\n]+(?P<n0>\d{1,2})\.(?=\s)"
    r"|(?i:zadani[eua]|zadań|ofert(?:a|y|ę|ą|ach)?|projekt(?:u|y|em|ów)?|wnios(?:ek|ku|ki)|"
    r"inicjatyw(?:a|y|ę|ą)|pozycj[aęi]|poz\.)[^\S\n]+(?i:nr|numer|o[^\S\n]+nr|o[^\S\n]+numerze|№)\.?[^\S\n]*"
    r"(?P<n1>\d{1,2})(?P<more>(?:[^\S\n]*(?:,|i|oraz)[^\S\n]*\d{1,2}(?![\d/.,]\d))*))(?![\d/]|[.,]\d)")
_NUMBER = re.compile(r"\d{1,2}")
# a paragraph ends at a blank line
_BLANK = re.compile(r"\n[^\S\n]*\n")
# the number in a row's first cell ("1 | …", "| 2 | …", "3. | …", "4.\t…")
_ROW_NUMBER = re.compile(r"[^\S\n]*\|?[^\S\n]*(\d{1,2})\.?[^\S\n]*(?:\||\t)")


def row_number(text: str, start: int) -> int | None:
    """The ordinal a table row's first cell gives it ("Lp."), None where it gives none."""
    m = _ROW_NUMBER.match(text, start)
    return int(m.group(1)) if m else None


def numbered_notes(text: str, start: int, end: int, numbers: set[int]) -> dict[int, list[tuple[int, int]]]:
    """The clauses of text[start:end] that speak of items by number, as {number: [spans]};
    only numbers the list has count. An "Ad N." note runs to its paragraph's end or the next
    note; "zadanie nr N …" holds its sentence (from the sentence's start when it is the first
    reference there) up to the next reference in it."""
    if "nr" not in text[start:end].casefold() and "Ad " not in text[start:end] and "№" not in text[start:end]:
        return {}  # (most pages: nothing to read)
    refs = [m for m in _REF.finditer(text, start, end)]
    out: dict[int, list[tuple[int, int]]] = {}
    for i, m in enumerate(refs):
        nums = {int(m.group("n0"))} if m.group("ad") else \
            {int(m.group("n1"))} | {int(x) for x in _NUMBER.findall(m.group("more") or "")}
        nums &= numbers
        if not nums:
            continue
        nxt = refs[i + 1].start() if i + 1 < len(refs) else end
        if m.group("ad"):
            blank = _BLANK.search(text, m.end(), end)
            span = (m.start(), min(nxt, blank.start() if blank else end))
        else:
            sent = sentence_holding(text, m.start()) or (m.start(), m.end())
            first = i == 0 or refs[i - 1].start() < sent[0]
            span = (sent[0] if first else m.start(), min(nxt, sent[1]))
        for n in nums:
            out.setdefault(n, []).append(span)
    return out


def without(spans: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans less the stretches in cut (a paragraph of the whole list less its clauses
    about one item)."""
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for a, b in cut:
            pieces = [p for x, y in pieces for p in ((x, min(y, a)), (max(x, b), y)) if p[0] < p[1]]
        out += [p for p in pieces if p[1] - p[0] > 1]
    return out
