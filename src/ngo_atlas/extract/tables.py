"""Tables of projects (pipe or tab separated): one row per project, cells read as labelled fields."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import lexicon
from ngo_atlas.extract.text import lines

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


@lru_cache(maxsize=4096)  # header cells repeat; the prefix scan walks every label
def header_key(cell: str) -> str | None:
    """Which field a column holds, from its header ("Funder", "Okres", "Grant", "Projekt")."""
    h = " ".join(cell.lower().strip(" :*").split())
    if not h:
        return None
    if h in lexicon()["table_title_headers"]:
        return "title"
    for key, words in lexicon()["labels"].items():
        if h in words:
            return key
    for key, prefixes in _label_prefixes():
        if h.startswith(prefixes):
            return key
    return None


@lru_cache(maxsize=1)
def _label_prefixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each field's label words long enough to be a header's prefix (one C-level startswith
    per field instead of a Python loop over every word: headers miss the cache on new pages)."""
    return tuple((key, tuple(w for w in words if len(w) >= 4))
                 for key, words in lexicon()["labels"].items())


def header_currency(cell: str) -> str | None:
    """"Kwota dofinansowania (PLN)": the column's amounts are in the currency it names."""
    from ngo_atlas.extract.lexicon import currency_map

    m = re.search(r"[(\[]\s*([^()\[\]\s]+)\s*[)\]]\s*$", cell)
    return currency_map().get(m.group(1).lower()) if m else None


def _with_unit(value: str, key: str, unit: str | None) -> str:
    """A bare number in an amount column gets the header's currency (the text stays as is)."""
    if key == "amount" and unit and re.fullmatch(r"[\d\s\xa0.,]+", value):
        return f"{value} {unit}"
    return value


def _cells(text: str, ls: int, line: str, sep: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    parts = line.split(sep)
    for part in parts:
        a = ls + pos
        pos += len(part) + len(sep)
        stripped = part.strip()
        if stripped:
            off = a + part.index(stripped)
            out.append((off, off + len(stripped)))
        else:
            out.append((a, a))
    if sep == "|":  # "| a | b |": the outer pipes make empty first/last cells
        out = out[1:-1] if line.strip().startswith("|") else out
    return out


@lru_cache(maxsize=8)  # asked by the project test and by the splitter for the same page
def table_rows(text: str) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    """(row start, row end, title, labels) for each row of a table whose header names
    a project column and at least one other field."""
    return _separated_rows(text) or _flattened_rows(text)


_EMPTY_CELL = {"", "-", "–", "—", "n/d", "brak"}


def _blocks(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of non-blank lines, split at blank lines."""
    out: list[list[tuple[int, int, str]]] = [[]]
    for ls, le, line in lines(text):
        if line.strip():
            out[-1].append((ls, le, line))
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def _flattened_rows(text: str) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    """A table flattened to one cell per line (as scrapers write HTML tables): a block of
    short header lines naming a project column, then one block of as many lines per row.
    A row cut short (a truncated page) is no row: its cells cannot be told apart."""
    rows: list[tuple[int, int, str | None, list[LabelHit]]] = []
    keys: list[str | None] | None = None
    units: list[str | None] = []
    for block in _blocks(text):
        cells = [(ls + len(ln) - len(ln.lstrip()), le - (len(ln) - len(ln.rstrip())))
                 for ls, le, ln in block]
        if keys is not None and len(block) == len(keys):
            rows += _flattened_row(text, block, cells, keys, units)
            continue
        if len(block) < 3 or any(b - a > 60 for a, b in cells[:3]):
            keys = None  # a header is a run of short cells; prose blocks are skipped cheaply
            continue
        found = [header_key(text[a:b]) if b - a <= 60 else None for a, b in cells]
        width = _numbered_width(text, cells)
        if width:
            # (the rows run on under the header with no blank line: "Lp." … "1" … "2" …)
            head = found[:width]
            named = [k for k in head if k]
            # (the running numbers' column is known: one other column may be unnamed)
            if "title" in named and len(set(named)) >= 3 and len(named) >= width - 2:
                units = [header_currency(text[a:b]) for a, b in cells[:width]]
                for r in range(width, len(block), width):
                    rows += _flattened_row(text, block[r:r + width], cells[r:r + width], head, units)
            keys = None
            continue
        named = [k for k in found if k]
        keys = found if (len(block) >= 3 and "title" in named and len(set(named)) >= 3
                         and len(named) >= len(block) - 1) else None
        units = [header_currency(text[a:b]) for a, b in cells]
    return rows


def _flattened_row(text: str, block, cells, keys, units) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    hits = [LabelHit(k, a, a, b, _with_unit(text[a:b], k, unit), True)
            for k, (a, b), unit in zip(keys, cells, units)
            if k and text[a:b].strip().lower() not in _EMPTY_CELL]
    title = next((h.value for h in hits if h.key == "title"), None)
    return [(block[0][0], block[-1][1], title, [h for h in hits if h.key != "title"])] if title else []


# "Lp.", "Nr", "No.", "#", "№": the header of a column of running numbers
_RUNNING = {"lp", "lp.", "l.p.", "nr", "nr.", "no", "no.", "#", "№", "n°", "п/п", "№ п/п"}


def _numbered_width(text: str, cells: list[tuple[int, int]]) -> int:
    """A flattened table whose rows follow its header in the same block, each opened by its
    running number under a "Lp." header ("Lp.\nBeneficjent\nTytuł projektu\n…\n1\nX\nY\n…\n2\n…"):
    the header's width, when every row is as wide and numbered 1, 2, …; else 0."""
    if len(cells) < 6 or text[cells[0][0]:cells[0][1]].strip().lower() not in _RUNNING:
        return 0
    width = next((i for i, (a, b) in enumerate(cells) if text[a:b].strip() == "1"), 0)
    if width < 3 or (len(cells) - width) % width:
        return 0
    n = (len(cells) - width) // width
    ok = all(text[cells[width * (r + 1)][0]:cells[width * (r + 1)][1]].strip() == str(r + 1) for r in range(n))
    return width if ok else 0


def _separated_rows(text: str) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    """Rows of a pipe- or tab-separated table."""
    rows: list[tuple[int, int, str | None, list[LabelHit]]] = []
    keys: list[str | None] | None = None
    for ls, le, line in lines(text):
        sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
        if sep is None:
            keys = None
            continue
        if _RULE.match(line):
            continue
        cells = _cells(text, ls, line, sep)
        if keys is None:
            found = [header_key(text[a:b]) for a, b in cells]
            keys = found if "title" in found and len({k for k in found if k}) >= 2 else None
            units = [header_currency(text[a:b]) for a, b in cells]
            continue
        if len(cells) != len(keys):
            # a row has its header's cells (empty ones kept); a line of another width under
            # a pipe-separated menu ("Strona główna | Projekty | Kontakt") is no table row
            continue
        hits = [LabelHit(k, a, a, b, _with_unit(text[a:b], k, unit), True)
                for k, (a, b), unit in zip(keys, cells, units) if k and b > a]
        title = next((h.value for h in hits if h.key == "title"), None)
        if title:
            rows.append((ls, le, title, [h for h in hits if h.key != "title"]))
    return rows
