"""A funding item with no payer, in a record that names its payer among its organisations
(round 34, FUND-P).

Several finders give a record an organisation with role `funder` without touching its funding:
a grant-giver's results page (grantgiver.operator_in_items: "Fundacja X ogłasza wyniki
konkursu", the giver heading the page), a table's or a form's payer column. The record's
funding then keeps its grant and its programme ("Lokalne Mosty", 29 800 zł) with `funder`
null, while SCHEMA.md has the funder in both places ("A funder also appears here with role
`funder`"). Where every funding item of the record lacks a payer and the record names exactly
one funder, that funder pays the first item.

Left alone: a record whose items already name a payer (a second funder-role body there is
someone else's, not the grant's), one with two or more funder-role bodies (which pays which is
not said), and a funder whose name is the item's programme ("Fundusz Inicjatyw Obywatelskich
X" as both: the scheme, named once, is no payer of its own)."""

from __future__ import annotations

from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Funding, Project


def payer_from_funder_org(projects: list[Project]) -> None:
    """Give the lone funder-role organisation to a record's payer-less first funding item."""
    for p in projects:
        if not p.funding or any(f.funder for f in p.funding):
            continue
        payers = {o.name for o in p.organizations if o.role == "funder" and o.name}
        if len(payers) != 1:
            continue
        payer = payers.pop()
        if any(f.programme and words_key(f.programme) == words_key(payer) for f in p.funding):
            continue
        f = p.funding[0]
        p.funding[0] = Funding(payer, f.programme, f.amount, f.currency, f.span)
