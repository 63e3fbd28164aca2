"""FUNDFP (round 40): the lead's own contribution is no payer. "Gmina X realizuje projekt …
Wkład własny Gminy X: 335 912 zł", "Beneficjent: Miasto Y … Wkład własny Miasta Y": the body
that runs the project and brings its share is its lead, and the read golds list it as lead
only (seven of eight pages, six writers: cb, gb, ja, kb, ob, r, t). A public body bringing the
share of a project someone else runs ("Lider: MOPS w X … Wkład własny Gminy X") still pays, and
stays a funder (la, lb, qa, rb, w)."""
from __future__ import annotations

import re

from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Project

# the own-contribution words, in the line before the payer's name
_OWN = re.compile(r"(?i)wkład\w*\s+własn|own\s+contribution|власн\w+\s+внес|собственн\w+\s+вклад")


def drop_lead_own_share(text: str, projects: list[Project]) -> None:
    """Drop the payer that is its record's lead, named after the own-contribution words."""
    for p in projects:
        leads = [words_key(o.name) for o in p.organizations if o.role == "lead" and o.name]
        if not leads:
            continue
        keep = []
        for f in p.funding:
            if f.funder and f.span and _is_lead(words_key(f.funder), leads) and _after_own_words(text, f.span.start):
                continue
            keep.append(f)
        if len(keep) < len(p.funding):
            gone = {words_key(f.funder) for f in p.funding if f not in keep}
            p.funding = keep
            p.organizations = [o for o in p.organizations if not (o.role == "funder" and words_key(o.name) in gone)]


def _is_lead(key: str, leads: list[str]) -> bool:
    """The payer's name is a lead's, or the head of one ("Gmina X – Wydział Y")."""
    return any(lead == key or lead.startswith(key + " ") for lead in leads)


def _after_own_words(text: str, start: int) -> bool:
    """The own-contribution words stand before the name on its line."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_OWN.search(text, max(line, start - 80), start))
