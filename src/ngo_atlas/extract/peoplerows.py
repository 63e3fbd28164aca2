"""People set out in a structure: a people table's rows and a team page's cards.

A table whose header names a person column ("Osoba | Funkcja | Kontakt", "Region | Organizacja |
Koordynator/ka | E-mail", "Name | Role | Email", "ФИО | Должность", "ПІБ | Посада") gives each row's
person her role from the row's role column ("radczyni prawna", "koordynatorka projektu"), from
her own cell after a dash ("X – koordynatorka projektu"), or else from the person column's heading
(a coordinators' column makes coordinators, a contact-person column contacts), and the row's
address as her e-mail. Cards: a line that is only a name (a title before it, a profession after a
comma) with a short job line under it ("dr X\\nKierowniczka Centrum / koordynatorka projektu",
"Y\\nProject coordinator"), at least two such cards on the page; the job line's role is hers.
"""

from __future__ import annotations

import re
from typing import Callable

from ngo_atlas.extract.links import find_emails
from ngo_atlas.extract.text import CI
from ngo_atlas.model import PersonRef, Span

NameFn = Callable[[str, str], "tuple[str, int, int] | None"]
RoleFn = Callable[[list[str]], "str | None"]

_CELL_SEP = re.compile(r"[^\S\n]+\|[^\S\n]+")
_PERSON_COL = CI(r"^(?:osob[ay](?:\s+kontaktow[ae])?|imię\s+i\s+nazwisko|koordynator(?:/?ka|zy)?|"
                 r"koordynatork[ai]|(?:full\s+)?name|person|contact(?:\s+person)?|coordinator|"
                 r"фио|ф\.\s?и\.\s?о\.|піб|п\.\s?і\.\s?б\.|ім['’]я(?:\s+(?:та|і)\s+прізвище)?|"
                 r"имя(?:\s+и\s+фамилия)?|контактн\w+\s+(?:особ\w+|лиц\w+)|координатор(?:ка|ы|и)?|особа)\*?$")
_ROLE_COL = CI(r"^(?:funkcja|stanowisko|rola|role|position|job(?:\s+title)?|title|function|"
               r"должность|роль|функция|посада|функція)\*?$")
_COORD_COL = CI(r"koordyn|coordinat|координ")
_CONTACT_COL = CI(r"kontakt|contact|контакт")
_DASH = re.compile(r"[^\S\n]+[–—-][^\S\n]+")
_TITLE_PREFIX = re.compile(r"^(?:(?i:dr|hab|mgr|inż|lic|prof|ks|doc|mec|adw|r\.\s?pr|radca\s+prawny|"
                           r"д-р|проф)\.?[^\S\n]+)+")
_JOB_LINE = re.compile(r"[^\W\d][^\n@\d]{1,80}")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SEP.split(line)] if " | " in line else []


def _job_role(job: str, inner_role: RoleFn) -> str | None:
    """The role a job's words name: its parts between slashes and commas, the first that names one."""
    return inner_role([p.strip() for p in re.split(r"[/,;]", job) if p.strip()])


def _whole_name(raw: str, lang: str, person_name: NameFn) -> str | None:
    """The name a cell or line is, titles before it left off, or None where it holds more."""
    bare = _TITLE_PREFIX.sub("", raw.strip())
    found = person_name(bare, lang)
    return found[0] if found and found[1] == 0 and found[2] == len(bare) else None


def _table_people(text: str, s: int, e: int, lang: str, person_name: NameFn,
                  inner_role: RoleFn) -> list[PersonRef]:
    out: list[PersonRef] = []
    pos, header = s, None
    while pos < e:
        end = text.find("\n", pos, e)
        end = e if end < 0 else end
        cells = _cells(text[pos:end])
        if header and len(cells) == len(header[0]):
            cols, who, job = header
            name_cell = cells[who]
            own = _DASH.split(name_cell, maxsplit=1)
            name = _whole_name(own[0], lang, person_name)
            if name:
                role = _job_role(cells[job], inner_role) if job is not None else None
                role = role or (_job_role(own[1], inner_role) if len(own) > 1 else None)
                head = cols[who]
                role = role or ("coordinator" if _COORD_COL.search(head) else
                                "contact" if _CONTACT_COL.search(head) else "other")
                mails = find_emails(text, pos, end)
                at = text.find(own[0].strip(), pos, end)
                out.append(PersonRef(name, role, None, mails[0][2] if mails else None, None,
                                     Span(at, at + len(own[0].strip()), "people_table", 0.8)))
        elif len(cells) >= 2 and not find_emails(text, pos, end):
            who = next((i for i, c in enumerate(cells) if _PERSON_COL.match(c)), None)
            job = next((i for i, c in enumerate(cells) if _ROLE_COL.match(c)), None)
            header = (cells, who, job) if who is not None else None
        else:
            header = None
        pos = end + 1
    return out


def _card_people(text: str, s: int, e: int, lang: str, person_name: NameFn,
                 inner_role: RoleFn) -> list[PersonRef]:
    lines = []
    pos = s
    while pos < e:
        end = text.find("\n", pos, e)
        end = e if end < 0 else end
        lines.append((pos, end))
        pos = end + 1
    out: list[PersonRef] = []
    for (a, b), (c, d) in zip(lines, lines[1:]):
        if b - a > 70 or d - c > 90 or not text[a:b].strip()[:1].isalpha():
            continue  # a name's line is short, and so is a job's
        job = text[c:d].strip()
        if len(job.split()) > 8 or job.endswith(".") or not _JOB_LINE.fullmatch(job):
            continue
        head, _, trail = text[a:b].partition(",")
        if len(head.split()) > 5 or len(trail.split()) > 3:
            continue
        name = _whole_name(head, lang, person_name)
        if not name or _whole_name(job.partition(",")[0], lang, person_name):
            continue
        role = _job_role(job, inner_role) or (_job_role(trail, inner_role) if trail.strip() else None)
        at = text.find(name.split()[0], a, b)
        out.append(PersonRef(name, role or "other", None, None, None,
                             Span(max(at, a), b, "team_card", 0.7)))
    return out if len(out) >= 2 else []


def structured_people(text: str, s: int, e: int, lang: str, person_name: NameFn,
                      inner_role: RoleFn) -> list[PersonRef]:
    """The people of a people table's rows and of a team page's cards between s and e."""
    out = _table_people(text, s, e, lang, person_name, inner_role) if text.find(" | ", s, e) >= 0 else []
    return out + _card_people(text, s, e, lang, person_name, inner_role)
