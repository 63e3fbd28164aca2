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
    m = _NAME_OF.match(h)
    if m and any(w[:6] == m.group(2)[:6] for w in _lead_words()):
        # "Nazwa podmiotu", "Название организации", "Name of organisation": the name of a
        # body (the noun in the genitive, matched by its stem) is the lead's column
        return "lead"
    for key, prefixes in _label_prefixes():
        if h.startswith(prefixes):
            return key
    if _GRANT_PARTICIPLE.match(h) and not re.search(r"punkt|point|бал", h):
        # "Przyznana dotacja (zł)", "Wnioskowana kwota", "Запитувана сума": a participle of
        # granting or asking heads a column of sums
        return "amount"
    return None


# a header "name of X": the name word, then X's first word
_NAME_OF = re.compile(r"^(nazwa|название|назва|наименование|найменування|name\s+of(?:\s+the)?)\s+(\w{6,})")
# participles of granting and asking for money at a header's start
_GRANT_PARTICIPLE = re.compile(r"^(?:przyznan|wnioskowan|udzielon|granted|awarded|requested|"
                               r"запитуван|запрошен|присуджен|наданий|надана|виділен|выделен|предоставлен|"
                               r"запрашиваем|присужден)\w*")


@lru_cache(maxsize=1)
def _lead_words() -> tuple[str, ...]:
    """The first words of the lead column's headers, six letters or more (their stems name a body)."""
    titles = {w[:6] for w in lexicon()["table_title_headers"]}  # ("project leader": no body)
    return tuple({w.split()[0] for w in lexicon()["labels"]["lead"]
                  if len(w.split()[0]) >= 6 and w[:6] not in titles})


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


def row_cells(text: str, ls: int, line: str, sep: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a separated table line starting at ls (an empty cell
    kept as an empty span; "| a | b |": the outer pipes open no cells)."""
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
    from ngo_atlas.extract.grantrows import granted_rows

    return _separated_rows(text) or _flattened_rows(text) or _spaced_rows(text) or granted_rows(text)


# "Kwota wnioskowana", "requested amount", "запитувана сума": the column of the sum asked for,
# beside the one granted
_REQUESTED = re.compile(r"wnioskow|request|oczekiwan|запит|запрош", re.IGNORECASE)


def _granted_only(keys: list[str | None], heads: list[str]) -> list[str | None]:
    """A results table gives two sums a row (asked for, granted): the row's amount is the
    granted one, i.e. the column whose header does not say it was requested, else the last."""
    amounts = [i for i, k in enumerate(keys) if k == "amount"]
    if len(amounts) < 2:
        return keys
    kept = [i for i in amounts if not _REQUESTED.search(heads[i])] or amounts
    keep = kept[-1]
    return [None if (k == "amount" and i != keep) else k for i, k in enumerate(keys)]


_EMPTY_CELL = {"", "-", "–", "—", "n/d", "brak"}

# a title column's header that names what the rows are: a project, a task, an initiative
# ("Tytuł projektu", "Nazwa zadania", "Project", "Назва проєкту"), not an event or a workshop
_PROJECT_NOUN = re.compile(r"(?i)projekt|zadani|project|initiative|inicjatyw|проект|проєкт|задач|завдан|"
                           r"инициатив|ініціатив")

# an event's organiser, a lead's header that a schedule of events has too (no applicant)
_ORGANISER = re.compile(r"(?i)organi[zs]ator|organi[sz]er|організатор|организатор")


def _projects_columns(keys: list[str | None], heads: list[str], kinds: int) -> bool:
    """A header whose rows are projects, one record a row: a title column and `kinds` kinds
    of column or more, and either an applicant's column (the body each row's grant went to;
    an event's organiser is none) or a title column whose header names a project or a task.
    A schedule's "Nazwa wydarzenia | Termin | Miejscowość" names events: the page stays one record."""
    named = {k for k in keys if k}
    if "title" not in named or len(named) < kinds:
        return False
    return any((k == "lead" and not _ORGANISER.search(h)) or (k == "title" and _PROJECT_NOUN.search(h))
               for k, h in zip(keys, heads))


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
        w = len(keys) if keys is not None else 0
        if w and len(block) % w == 0 and _rows_fit(text, cells, keys):
            # (the rows run on under the header block with no blank line between them)
            for r in range(0, len(block), w):
                rows += _flattened_row(text, block[r:r + w], cells[r:r + w], keys, units)
            continue
        if len(block) < 3 or any(b - a > 60 for a, b in cells[:3]):
            keys = None  # a header is a run of short cells; prose blocks are skipped cheaply
            continue
        found = [header_key(text[a:b]) if b - a <= 60 else None for a, b in cells]
        width = _numbered_width(text, cells) or _headed_width(text, cells, found)
        if width:
            # (the rows run on under the header with no blank line: "Lp." … "1" … "2" …)
            header = [text[a:b] for a, b in cells[:width]]
            head = _granted_only(found[:width], header)
            # (the running numbers' and the points' columns are known, and so is a requested
            # sum's: one other column may be unnamed)
            known = sum(1 for k, h in zip(found[:width], header) if k or _unread_header(h))
            if _projects_columns(head, header, 3) and known >= width - 1:
                units = [header_currency(text[a:b]) for a, b in cells[:width]]
                for r in range(width, len(block), width):
                    rows += _flattened_row(text, block[r:r + width], cells[r:r + width], head, units)
            keys = None
            continue
        found = _granted_only(found, [text[a:b] for a, b in cells])
        named = [k for k in found if k]
        # (a column of running numbers or of points is known to hold no field)
        known = sum(1 for a, b in cells if _unread_header(text[a:b]))
        keys = found if (len(block) >= 3 and _projects_columns(found, [text[a:b] for a, b in cells], 3)
                         and len(named) + known >= len(block) - 1) else None
        units = [header_currency(text[a:b]) for a, b in cells]
    return rows


def _rows_fit(text: str, cells: list[tuple[int, int]], keys: list[str | None]) -> bool:
    """Every row's cells are of their columns' kinds: a sum under an amount header, a date
    under a period one (the lines of one block cut into rows of the header's width)."""
    for i, (a, b) in enumerate(cells):
        key = keys[i % len(keys)]
        if key in ("amount", "period", "start", "end") and not any(c.isdigit() for c in text[a:b]):
            return False
    return True


def _flattened_row(text: str, block, cells, keys, units) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    hits = [LabelHit(k, a, a, b, _with_unit(text[a:b], k, unit), True)
            for k, (a, b), unit in zip(keys, cells, units)
            if k and text[a:b].strip().lower() not in _EMPTY_CELL]
    title = next((h.value for h in hits if h.key == "title"), None)
    return [(block[0][0], block[-1][1], title, [h for h in hits if h.key != "title"])] if title else []


# "Lp.", "Nr", "No.", "#", "№": the header of a column of running numbers
_RUNNING = {"lp", "lp.", "l.p.", "nr", "nr.", "no", "no.", "#", "№", "n°", "п/п", "№ п/п"}
# "Liczba punktów", "Ocena", "Score", "Бали": a results table's column of the jury's points
_POINTS = re.compile(r"(?i)^(?:liczba\s+punkt|punkt|ocena|score|points|бал|оцінка|оценка)")


def _unread_header(cell: str) -> bool:
    """A header of a column that holds no field of the record (running numbers, points)."""
    c = cell.strip()
    return c.lower() in _RUNNING or _POINTS.match(c) is not None


# a label followed by its value on the same line
_LABEL_VALUE = re.compile(r":[^\S\n]*[^\s:]")


def _headed_width(text: str, cells: list[tuple[int, int]], found: list[str | None]) -> int:
    """A flattened table whose rows follow its header lines in the same block with no
    running numbers ("Nazwa oferenta\nTytuł zadania\nKwota\nPunkty\nFundacja X\n…"): the
    count of the block's leading header cells, when the rest cuts into rows of that width
    whose cells are of their columns' kinds; else 0."""
    if text[cells[0][0]:cells[0][1]].strip().lower() in _RUNNING:
        return 0  # (numbered rows are _numbered_width's: their numbers must run 1, 2, …)
    width = 0
    while width < len(cells) and (found[width] or _unread_header(text[cells[width][0]:cells[width][1]])):
        width += 1
    if width < 3 or width == len(cells) or (len(cells) - width) % width:
        return 0
    if any(_LABEL_VALUE.search(text, a, b) for a, b in cells[:width]):
        return 0  # ("Nazwa zadania: X" / "Realizator: Y" ...: a card's labelled lines, not a header)
    return width if _rows_fit(text, cells[width:], found[:width]) else 0


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
    # a table cut by group headings ("Zadanie 2 – Doradztwo") goes on under its one header:
    # the header whose rows were read, and the text lines since its last row
    held: list[str | None] | None = None
    gap = 0
    # a row a printed page wrapped: a line of its words with no separator right under it, or
    # its first cells on one line and the rest on the next (the wrapped cell on both)
    wrapping, half = False, None
    for ls, le, line in lines(text):
        least = 1 if half else 2  # (a wrapped row's second half may hold only two cells)
        sep = "|" if line.count("|") >= least else "\t" if line.count("\t") >= least else None
        if sep is None:
            cut = wrapping and line.strip() and _CUT_WORD.search(rows[-1][2])
            if wrapping and (cut or line.strip()[:1].islower()):
                # only the one line right under the row goes on with it: "kuch-" over
                # "nia karpacka …" joins the cut word, a line going on in lower case follows
                # after a space (a page's footer or a source line is no part of the row)
                a, b, title, hits = rows[-1]
                rows[-1] = (a, b, (title[:-1] if cut else title + " ") + line.strip(), hits)
                wrapping = False
                continue
            keys, wrapping, half = None, False, None
            gap += bool(line.strip())
            continue
        if _RULE.match(line):
            continue
        cells = row_cells(text, ls, line, sep)
        if keys is not None and len(cells) < len(keys):
            if half is not None and len(half[1]) + len(cells) == len(keys) + 1:
                ls, cells = half[0], half[1][:-1] + [(half[1][-1][0], cells[0][1])] + cells[1:]
            else:
                half, wrapping = (ls, cells), False
                continue
        half, wrapping = None, False
        if keys is None and held is not None and gap <= 1 and len(cells) == len(held) \
                and "title" not in (header_key(text[a:b]) for a, b in cells):
            keys = held
        if keys is None:
            found = [header_key(text[a:b]) for a, b in cells]
            found = _granted_only(found, [text[a:b] for a, b in cells])
            keys = found if _projects_columns(found, [text[a:b] for a, b in cells], 2) else None
            units = [header_currency(text[a:b]) for a, b in cells]
            continue
        if len(cells) != len(keys):
            # a row has its header's cells (empty ones kept); a line of another width under
            # a pipe-separated menu ("Strona główna | Projekty | Kontakt") is no table row
            continue
        hits = [LabelHit(k, a, a, b, _with_unit(unwrapped(text[a:b]), k, unit), True)
                for k, (a, b), unit in zip(keys, cells, units) if k and b > a]
        title = next((h.value for h in hits if h.key == "title"), None)
        if title:
            rows.append((ls, le, title, [h for h in hits if h.key != "title"]))
            held, gap, wrapping = keys, 0, True
    return rows


_CUT_WORD = re.compile(r"[^\W\d_]-$")
# a cell a half row carried onto the next line between outer pipes ("kuch- |\n| nia")
_PIPE_BREAK = re.compile(r"[^\S\n]*\|?[^\S\n]*\n[^\S\n]*\|?[^\S\n]*")
_LINE_BREAK = re.compile(r"(?<=[^\W\d_])-[^\S\n]*\n[^\S\n]*(?=[^\W\d_])|[^\S\n]*\n[^\S\n]*")


def unwrapped(cell: str) -> str:
    """A cell's words as one line: a word hyphenated at a line's end is joined ("Ob-\nczyźnie"
    is "Obczyźnie"), any other break is a space, the pipes a half row carried over with it too."""
    if "\n" not in cell:  # (most cells: no regex pass)
        return cell
    return _LINE_BREAK.sub(lambda m: "" if m.group().startswith("-") else " ", _PIPE_BREAK.sub("\n", cell))


# A results table flattened to one line a row, its cells run together with spaces: the row's
# number, the body's name, the title, maybe the period, one to three sums, maybe the points
# ("3. Stowarzyszenie „X” Kursy językowe 1.04.2025 – 30.11.2025 40 000,00 35 000,00 41,5")
# (a sum with its grosze, or without them: "18.500", "18 500 zł", its spaces then closed by the currency)
_SUM = (r"(?:\d{1,3}(?:[ \xa0.]\d{3})*,\d{2}|\d{1,3}(?:\.\d{3})+(?![\d,])"
        r"|\d{1,3}(?:[ \xa0]\d{3})+(?=[^\S\n]*(?:zł|PLN)))(?:[^\S\n]*(?:zł|PLN))?")
_DAY = r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{4}"
_SPACED_ROW = re.compile(
    rf"^[^\S\n]*(?P<n>\d{{1,3}})[.)]?[^\S\n]+(?P<body>[^\W\d_„“\"«][^\n]*?)[^\S\n]+"
    rf"(?:(?P<period>(?:{_DAY})[^\S\n]*[–—-][^\S\n]*(?:{_DAY}))[^\S\n]+)?"
    rf"(?P<sums>{_SUM}(?:[^\S\n]+{_SUM}){{0,2}})(?:[^\S\n]*(?:zł|PLN))?"
    rf"(?:[^\S\n]+\d{{1,3}}(?:,\d{{1,2}})?)?[^\S\n]*$", re.MULTILINE)
# (a line that ends in a sum, found from its comma: the page's only pass when it has none)
_SUM_AT_END = re.compile(r"(?:,\d\d|\d[ \xa0.]\d{3})(?:[^\S\n]*(?:zł|PLN))?(?:[^\S\n]+\d{1,3}(?:,\d{1,2})?)?[^\S\n]*$",
                         re.MULTILINE)
_ONE_SUM = re.compile(r"\d{1,3}(?:[ \xa0.]\d{3})*,\d{2}|\d{1,3}(?:[ \xa0.]\d{3})+")
# lower-case words that stand inside a body's name ("Stowarzyszenie na rzecz X", "Y w Lublinie")
_NAME_LINKS = {"z", "ze", "w", "we", "na", "rzecz", "dla", "i", "im.", "nr", "do", "przy", "pod", "od", "o",
               "of", "for", "the", "and", "in", "de"}
_OPEN_Q, _CLOSE_Q = "„“\"«", "”“\"»"


def _spaced_rows(text: str) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    """Rows of a results table flattened to one line each: two or more lines in a row,
    numbered on from one another, each read as number, body, title, period, sums; the body
    is a run of capitalised words (or a quoted name), the title starts at the run's last
    capitalised word, where lower-case words begin. The granted sum is the row's last. Most of a table's bodies are named
    by an institution noun ("Fundacja", "Klub", "Parafia") or a quoted name."""
    if _SUM_AT_END.search(text) is None:
        return []
    found = []
    for m in _SPACED_ROW.finditer(text):
        cut = _title_start(m.group("body"))
        if cut is None:
            continue
        found.append((m, cut))
    rows: list[tuple[int, int, str | None, list[LabelHit]]] = []
    run: list = []
    for m, cut in found + [(None, None)]:
        if run and m is not None and int(m.group("n")) == int(run[-1][0].group("n")) + 1 \
                and "\n" not in text[run[-1][0].end() + 1:m.start()].strip():
            run.append((m, cut))
            continue
        if (len(run) >= 2 or (run and rows and int(run[0][0].group("n")) > 1)) and \
                2 * sum(_named_body(mm.group("body")[:cc]) for mm, cc in run) >= len(run):
            # (a granted sum of nought: the offer was turned down)
            rows += [_spaced_row(mm, cc) for mm, cc in run
                     if re.search(r"[1-9]", mm.group("sums")[slice(*_last_sum(mm.group("sums")))])]
        run = [(m, cut)] if m is not None else []
    return rows


@lru_cache(maxsize=1)
def _institution_nouns() -> frozenset[str]:
    from ngo_atlas.extract.lexicon import lexicon

    lx = lexicon()
    return frozenset(lx["org_heads_pl"]) | frozenset(lx["legal_form_words"]) | frozenset(lx["org_heads_other"])


def _named_body(name: str) -> bool:
    """A body's name with an institution noun in it, or a quoted name."""
    return any(c in name for c in _OPEN_Q) or any(w.lower() in _institution_nouns() for w in name.split())


def _spaced_row(m: re.Match, cut: int) -> tuple[int, int, str | None, list[LabelHit]]:
    a = m.start("body")
    body = m.group("body")
    title = body[cut:]
    lead = body[:cut].rstrip()
    hits = [LabelHit("lead", a, a, a + len(lead), lead, True)]
    if m.group("period"):
        hits.append(LabelHit("period", m.start("period"), m.start("period"), m.end("period"), m.group("period"), True))
    s0, s1 = _last_sum(m.group("sums"))
    last = m.group("sums")[s0:s1]
    s0 += m.start("sums")
    hits.append(LabelHit("amount", s0, s0, s0 + len(last), last + " PLN", True))
    return (m.start(), m.end(), title, hits)


def _last_sum(sums: str) -> tuple[int, int]:
    """Where the row's granted sum stands in its sums, the last of them ("98 400,00 95 000,00"
    -> "95 000,00"); a last number under a hundred after a sum of thousands is the jury's points
    written with a decimal comma ("20 000,00 18 000,00 46,50")."""
    found = list(_ONE_SUM.finditer(sums))
    if len(found) >= 2 and re.fullmatch(r"\d{1,2},\d\d", found[-1].group()) and found[-1].group() != "0,00" \
            and re.search(r"\d[ \xa0.]\d{3}", found[-2].group()):
        found.pop()
    return found[-1].span()


def _title_start(body: str) -> int | None:
    """Where a row's title starts after the body's name: the last word of the name's run of
    capitalised words (links like "na rzecz", "w" and quoted names inside it), where a
    lower-case word follows; None when the cell opens with no name or is one run of capitals
    (no split is known)."""
    words = [(mm.start(), mm.group()) for mm in re.finditer(r"\S+", body)]
    if len(words) < 2:
        return None
    i, last_cap, quoted = 0, None, False
    while i < len(words):
        pos, w = words[i]
        if quoted:
            if w[-1] in _CLOSE_Q or w.rstrip(".,;:")[-1:] in _CLOSE_Q:
                quoted = False
                last_cap = None  # a quoted name closes the body: a capital after it opens the title
                after = words[i + 1][1] if i + 1 < len(words) else ""
                if after and (after[0].isupper() or after[0] in _OPEN_Q):
                    # (a quoted name that ends the cell has no title after it: "" is in any string)
                    return words[i + 1][0]
            i += 1
            continue
        if w[0] in _OPEN_Q:
            quoted = not (len(w) > 1 and w[-1] in _CLOSE_Q)
            if not quoted:
                after = words[i + 1][1] if i + 1 < len(words) else ""
                if after[:1].isupper():
                    return words[i + 1][0]
            last_cap = None
            i += 1
            continue
        if w[0].isupper():
            last_cap = pos
            i += 1
            continue
        if w.lower() in _NAME_LINKS:
            # a link goes on with the name only when a capitalised word follows within two words
            nxt = [x for _p, x in words[i + 1:i + 3]]
            j = next((k for k, x in enumerate(nxt) if x[:1].isupper() or x[:1] in _OPEN_Q), None)
            if j is not None and all(x.lower() in _NAME_LINKS for x in nxt[:j]):
                i += 1 + j
                continue
        break
    if i >= len(words):
        return None  # one run of capitals to the end: where the name ends is not known
    # (the title goes on in lower case after its first word: "Kino pod chmurką"; a dash or a
    # sign there is a line of other make, "Fundacja X – zadanie „Y” – 5 000,00 zł")
    if last_cap is None or last_cap == 0 or not words[i][1][0].islower():
        return None
    return last_cap
