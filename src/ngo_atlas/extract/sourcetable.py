"""FUND-M (round 28): a table of funding sources gives one payer a row, with its own sum.

Reports, project cards and city pages set out who pays in a table under a header whose first
cell names the source and another the sum ("Źródło | Kwota | Udział", "Źródło finansowania |
Kwota (PLN)", "Source | Amount", "Джерело | Сума | Призначення", "Источник | Сумма"). Each row
below it is a payer and its share: the read gold keeps every such row as a funding item with
that row's sum, and leaves out the rows that are no payer: the total ("Razem", "Ogółem",
"Total", "Разом", "Итого"), a breakdown of the row above ("w tym: wynagrodzenia", "including"),
and the organisation's own contribution ("Wkład własny", "Own contribution", "Власний внесок").
The first cell is read as a funding label's value is (its programme after a dash or in
brackets); the sum is the row's amount cell, in the currency it or the header gives. A payer
the finders took already gets its row's sum; a sum equal to the table's total leaves the payer
it was tied to (the total is no one payer's), and the header read as a name goes."""
from __future__ import annotations

import re

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.money import find_money, parse_number
from ngo_atlas.extract.tables import header_currency
from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Funding

_SOURCE_KEY = re.compile(r"(?i:źródł[oa](?:\s+finansowania|\s+środków)?|source(?:s)?(?:\s+of\s+(?:funding|funds))?|"
                         r"funder|donor|grantodawca|джерело(?:\s+фінансування)?|источник(?:\s+финансирования)?)")
_AMOUNT_KEY = re.compile(r"(?i:kwota|kwoty|wartość|amount|sum|value|сума|сумма|вартість|стоимость)\b")
# a total row; rows that are no payer: a total, a breakdown of the row above, the body's own
# contribution
_TOTAL_WORDS = r"razem|ogółem|suma|łącznie|total|всього|разом|итого|всего"
_TOTAL = re.compile(r"(?i:" + _TOTAL_WORDS + r")\b")
_NO_PAYER = re.compile(r"(?i:" + _TOTAL_WORDS + r"|w\s+tym|including|of\s+which|"
                       r"у\s+тому\s+числі|в\s+том\s+числе|wkład\w*\s+własn\w*|own\s+contribution|власн\w+\s+внес\w*|"
                       r"собственн\w+\s+вклад\w*)\b")
_ROW_LINE = re.compile(r"[^\n]*\|[^\n]*")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def source_tables(text: str, s: int, e: int) -> list[tuple[int, int, int, str | None, tuple[str, ...]]]:
    """Each source table in s..e: (first row's start, end, amount column, header currency,
    header cells)."""
    out = []
    for m in re.finditer(r"(?m)^[^\S\n]*(?:\|[^\S\n]*)?(?=\w)", text[s:e]):
        a = s + m.end()
        le = text.find("\n", a)
        le = e if le < 0 or le > e else le
        line = text[a:le]
        if "|" not in line:
            continue
        cells = _cells(line)
        if not _SOURCE_KEY.fullmatch(cells[0]) or len(cells) < 2:
            continue
        col = next((i for i, c in enumerate(cells[1:], 1) if _AMOUNT_KEY.match(c)), None)
        if col is None:
            continue
        out.append((le + 1, e, col, header_currency(cells[col]), tuple(cells)))
    return out


def _rows(text: str, start: int, e: int, col: int) -> list[tuple[int, int, list[str]]]:
    rows, pos = [], start
    while pos < e:
        m = _ROW_LINE.match(text, pos)
        if not m or m.end() > e or len(_cells(m.group())) <= col:
            break
        rows.append((m.start(), m.end(), _cells(m.group())))
        pos = m.end() + 1
    return rows


def _row_sum(text: str, a: int, b: int, cell: str, currency: str | None, lang: str) -> tuple[float, str] | None:
    at = text.find(cell, a, b)
    hits = find_money(text, at, at + len(cell)) if at >= 0 else []
    if hits:
        return hits[0].amount, hits[0].currency
    bare = re.fullmatch(r"\d[\d \xa0\u202f]*(?:[,.]\d{1,2})?", cell)
    if not bare:
        return None
    return parse_number(cell), currency or ("PLN" if lang == "pl" else None)


def table_totals(text: str, s: int, e: int, lang: str) -> set[tuple[float, str | None]]:
    """The sums of the total rows of the source tables in s..e (no one payer's grant)."""
    if "|" not in text[s:e]:
        return set()
    return {t for spec in source_tables(text, s, e) if (t := _total(text, *spec, lang))}


def _total(text: str, start: int, end: int, col: int, currency: str | None, _head: tuple[str, ...],
           lang: str) -> tuple[float, str | None] | None:
    """The sum of a source table's last total row (its payers are not read)."""
    total = None
    for a, b, cells in _rows(text, start, end, col):
        if _TOTAL.match(cells[0]):
            total = _row_sum(text, a, b, cells[col], currency, lang) or total
    return total


def _table(text: str, start: int, end: int, col: int, currency: str | None, _head: tuple[str, ...],
           lang: str) -> tuple[list[Funding], tuple[float, str | None] | None]:
    """A source table's payers (each with its row's sum) and its total's sum."""
    from ngo_atlas.extract.funding import _expand_acronyms, _from_label  # (funding calls this module)

    total = None
    payers: list[Funding] = []
    for a, b, cells in _rows(text, start, end, col):
        money = _row_sum(text, a, b, cells[col], currency, lang)
        if _TOTAL.match(cells[0]) and money:
            total = money
        if not money or _NO_PAYER.match(cells[0]):
            continue
        ca = text.find(cells[0], a, b)
        h = LabelHit("funder", a, ca, ca + len(cells[0]), cells[0], True)
        found = [f for f in _from_label(text, h, lang) if f.funder]
        if found:
            found[0].amount, found[0].currency = money
            payers.append(found[0])
    _expand_acronyms(payers, text, lang)  # ("UNHCR" in a row, spelt out above it)
    return payers, total


def table_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> list[Funding]:
    """The funding items with each source table's rows put in (see above)."""
    if "|" not in text[s:e]:
        return out
    for spec in source_tables(text, s, e):
        payers, total = _table(text, *spec, lang)
        if not payers:
            continue
        # the header read as a name ("Źródło | Kwota"), or glued to a row's ("Udział Open Society …")
        heads = tuple(words_key(c) + " " for c in spec[4])
        out = [f for f in out if not (f.funder and ("|" in f.funder or words_key(f.funder).startswith(heads)))]
        for f in out:
            if total and (f.amount, f.currency) == total:
                f.amount = f.currency = None  # (the table's total is no one payer's)
        out = [f for f in out if f.funder or f.programme or f.amount is not None]
        for p in payers:
            same = next((f for f in out if f.funder and _same_payer(f.funder, p.funder)), None) \
                or _glossed_payer(out, p.funder, text)
            if same is None:
                out.append(p)
                continue
            same.amount, same.currency = p.amount, p.currency
            same.programme = same.programme or p.programme
            if set(words_key(same.funder).split()) < set(words_key(p.funder).split()):
                same.funder = p.funder  # ("Narodowe Centrum" cut short: the row writes it whole)
    return out


def _same_payer(a: str, b: str) -> bool:
    ka, kb = words_key(a).split(), words_key(b).split()
    return ka == kb or (len(ka) >= 2 and len(kb) >= 2 and (set(ka) <= set(kb) or set(kb) <= set(ka)))


def _glossed_payer(out: list[Funding], acronym: str, text: str) -> Funding | None:
    """The payer found before whose name the text glosses with the row's acronym right after
    it ("Wysokiego Komisarza NZ ds. Uchodźców (UNHCR)" above a row "UNHCR")."""
    if not re.fullmatch(r"[A-ZА-ЯЁІЇЄҐ]{2,8}", acronym):
        return None
    gloss = re.compile(r"^[\s,]*\(" + re.escape(acronym) + r"\)")
    return next((f for f in out if f.funder and f.span and gloss.match(text[f.span.end:f.span.end + 40])), None)
