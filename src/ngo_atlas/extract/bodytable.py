"""ORG-N (round 32): a table whose rows are bodies, not projects. A pipe table's header names a
column of bodies ("Partner", "Organizacja", "Organisation", "Организация", "Організація") beside
columns that say where or whom to ask ("Region | Organizacja | Koordynator/ka | E-mail",
"| Organisation | Country | City |", "| Partner | Zadania w projekcie |"): every row's cell in
that column is a body taking part in the page's project, a partner, or its lead where the cell
says it coordinates ("X (coordinator)", "Y (koordynacja)", "Z (lider)"). A table of projects
(a title column: tables.table_rows makes one record a row) or of money (a sum, a funder, a
programme or a period column) is read elsewhere; so is a table of fields, one label and its
value a row ("Partner | Miejski Ośrodek X", "Okres realizacji | …")."""

from __future__ import annotations

import re

from ngo_atlas.extract.organisations import clean_org, is_org_head, same_org
from ngo_atlas.extract.tables import header_key, row_cells
from ngo_atlas.extract.text import lines
from ngo_atlas.model import OrgRef, Span

# the header words of a column of bodies (header_key reads "organizacja" as the lead's label)
_BODY_HEAD = re.compile(
    r"(?i)(?:partner(?:zy|s)?|партн[её]р(?:ы|и)?)(?:\s+(?:projektu|project|проекта|проєкту))?"
    r"|project\s+partners?|organi[sz]acj[ae]|organi[sz]ations?|instytucj[ae]|institutions?"
    r"|организаци[яи]|організаці[яї]|учреждени[яе]|установ[аи]")
# columns that make the rows projects or payments, not bodies
_OTHER_ROWS = frozenset(("title", "amount", "funder", "programme", "period", "start", "end", "status"))
# a cell's bracket saying the body coordinates the project
_COORDINATES = re.compile(r"\s*\((?:coordinator|lead|leader|lider|koordynator|koordynacja|"
                          r"координатор|координація|координация)\)\s*$", re.IGNORECASE)
_RULE_ROW = re.compile(r"^[\s|:+\-–—]*$")


def table_bodies(text: str, s: int, e: int, lang: str, leads: tuple[str, ...] = ()) -> list[OrgRef]:
    """The bodies of each table of bodies within s..e (two rows at least: a menu line is no
    table), with their roles. A project has one lead: where the text already names another
    (leads), a row saying it coordinates is left out (most often the same body under another
    name: "Fundacja X (coordinator)" in a table beside the text's English "X Foundation")."""
    if text.find("|", s, e) < 0:  # most spans hold no pipe table
        return []
    out: list[OrgRef] = []
    header: tuple[int, int] | None = None  # (column, number of cells)
    found: list[OrgRef] = []
    for ls, le, line in lines(text):
        if ls >= e:
            break
        if le <= s:
            continue
        if _RULE_ROW.match(line) and line.strip():
            continue
        cells = row_cells(text, ls, line, "|") if "|" in line else []
        if header is not None and len(cells) != header[1]:
            out.extend(_kept(found, leads))
            header, found = None, []
        if not cells:
            continue
        if header is None:
            header = _body_column(text, cells)
            continue
        a, b = cells[header[0]]
        if header_key(text[a:b]):  # "Okres realizacji | …": a field's label, the table is one of fields
            header, found = None, []
            continue
        lead = _COORDINATES.search(text, a, b)
        if lead:
            b = lead.start()
        c = clean_org(text[a:b], lang) if b - a >= 3 else None
        if c:
            role = "lead" if lead else "partner"
            found.append(OrgRef(c[0], role, Span(a, b, "body_table", 0.7), acronym=c[1]))
    out.extend(_kept(found, leads))
    return out


def _kept(found: list[OrgRef], leads: tuple[str, ...]) -> list[OrgRef]:
    """A table's rows (none for a single row), less a coordinating row where the text names
    another lead."""
    if len(found) < 2:
        return []
    return [o for o in found if o.role != "lead" or not any(not same_org(o.name, n) for n in leads)]


def _body_column(text: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The column of bodies a header row names, and its number of cells; None when it names
    none, several, or a column that makes the rows projects or payments."""
    if len(cells) < 2:
        return None
    heads = [text[a:b].strip(" :*") for a, b in cells]
    keys = [header_key(h) for h in heads]
    if any(k in _OTHER_ROWS for k in keys):
        return None
    body = [i for i, h in enumerate(heads) if _BODY_HEAD.fullmatch(h)]
    if len(body) != 1 or any(len(h.split()) > 1 and any(is_org_head(w) for w in h.split())
                             for i, h in enumerate(heads) if i != body[0]):
        return None  # ("Partner | Miejski Ośrodek X": a key-value table's row, its value a body)
    return body[0], len(cells)
