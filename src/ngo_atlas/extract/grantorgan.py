"""The public body a public task's report form is addressed to ("Organ administracji publicznej:
Zarząd Województwa Opolskiego", "1. Organ administracji publicznej, do którego jest adresowane
sprawozdanie: Zarząd\\nWojewództwa Lubuskiego"): the body that commissioned the task and signed the
grant agreement. Such a form states the grant ("Dotacja 64 000,00") without naming its payer
elsewhere, so the organ pays for it (funder); where the text names the money's source itself
("sfinansowane ze środków budżetu państwa"), the organ only hands that money out (role other,
as an operator is)."""
from __future__ import annotations

import re

from ngo_atlas.extract.money import names_a_sum
from ngo_atlas.extract.wrapped import FIELD_START
from ngo_atlas.lang import polish
from ngo_atlas.model import Funding, OrgRef, Project, Span

# the form's field: its label, an optional clause saying to whom the report goes, the colon
_ORGAN_FIELD = re.compile(
    r"(?im)^[^\S\n]*(?:\d{1,2}[.)][^\S\n]*)?organ\s+administracji\s+publicznej\b[^:\n]{0,80}:[^\S\n]*")
# a value whose line ends inside the name ("Zarząd" / "Prezydent" + the next line)
_SHORT_VALUE = 2


def grant_organ(text: str) -> tuple[int, int, str] | None:
    """The organ's span and name as the form gives it (a wrapped name joined), or None."""
    m = _ORGAN_FIELD.search(text)
    if m is None:
        return None
    le = text.find("\n", m.end())
    le = len(text) if le < 0 else le
    value = text[m.end():le].strip().rstrip(".;,")
    if not value[:1].isupper():
        return None
    end = m.end() + len(value)
    if len(value.split()) <= _SHORT_VALUE and le < len(text):
        nxt_end = text.find("\n", le + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        line = text[le + 1:nxt_end]
        nxt = line.strip().rstrip(".;,")
        # the name goes on below: a line that opens no field and no numbered item, its first
        # word in the genitive as a name's second word is ("Zarząd\nWojewództwa Lubuskiego";
        # not "Zarząd Powiatu\nOkres realizacji zadania", a field of its own)
        if nxt[:1].isupper() and not FIELD_START.match(nxt) and len(nxt.split()) <= 4 \
                and "gen" in polish.word_cases(nxt.split()[0]):
            value, end = f"{value} {nxt}", le + 1 + line.index(nxt) + len(nxt)
    return m.end(), end, value


def organ_pays(text: str, projects: list[Project]) -> None:
    """A one-project report form: its organ pays the grant no one else is named for (funder), or
    hands out the money another named source gives (other)."""
    if len(projects) != 1:
        return
    found = grant_organ(text)
    if found is None:
        return
    s, e, name = found
    p = projects[0]
    key = name.casefold()
    if any(o.name.casefold() == key for o in p.organizations):
        return
    named = [f for f in p.funding if f.funder]
    if named:
        p.organizations.append(OrgRef(name, "other", Span(s, e, "grant_organ:hands_out", 0.6)))
        return
    span = Span(s, e, "grant_organ:pays", 0.7)
    nameless = [f for f in p.funding if not f.funder and not f.programme]
    if nameless:
        nameless[0].funder, nameless[0].span = name, span
    elif names_a_sum(text):  # (a grant the form states, its payer named nowhere else)
        p.funding.append(Funding(funder=name, span=span))
    else:
        return
    p.organizations.append(OrgRef(name, "funder", span))
