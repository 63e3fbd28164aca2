"""A payer named after the noun of co-financing (round 21, FUND-G).

(1) A field line keyed by the noun, its value a payer and the payer's sum after a dash or in
brackets: "Współfinansowanie: Fundacja X – 42 000 zł", "Співфінансування: Самоврядування Y –
35 000 злотих", "Co-financing: Z (EUR 8,000)". The label reader knows "Finansowanie:" as a payer's
field; the co-financing noun names a second payer beside the first, read here with its sum.
(2) The English noun in prose: "co-financing from the City of X: PLN 20,000", "Co-funding from the Y Foundation (EUR 5,000)":
English names a share's payer after the noun and "from"/"by", where Polish and the Cyrillic
languages use the participle or verb that FUNDER_INTRO reads ("współfinansowanie z budżetu
Miasta X", "софинансирование из ..."). Read as an extra payer after the sentence rules (not as a
cue, which would close the sentence to the other payer rules: "Grant: EUR 30 000 from the X
Foundation; co-financing from the City of Y: PLN 15,000" names two payers).
"""

from __future__ import annotations

import re

from ngo_atlas.extract.text import lowered
from ngo_atlas.model import Funding, Span

# (1) the field line: the noun, a colon, a name, then a dash or a bracket and a figure
_COFIN_FIELD = re.compile(r"^[ \t•*·-]*(?i:współfinansowanie|co-?financing|co-?funding|співфінансування|"
                          r"софинансирование)[ \t]*:[ \t]*(?P<n>[^\W\d_][^\n()]{2,100}?)"
                          r"(?:[ \t]+[–—-][ \t]+|[ \t]*\()(?=[^\n\d]{0,12}\d)", re.MULTILINE)
_FIELD_WORDS = ("współfinansowanie", "financing:", "funding:", "співфінансування", "софинансирование")
# (2) the noun in English prose
_COFINANCING = re.compile(r"(?i:co-?(?:financing|funding))\s+(?i:from|by)\s+(?:the\s+)?(?=[A-Z])")


def cofinancing_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Append the payer after "co-financing/co-funding from|by" unless it is a payer already."""
    from ngo_atlas.extract.funding import clean_funder, is_payer
    from ngo_atlas.extract.organisations import list_after

    low = lowered(text)
    if any(low.find(w, s, e) >= 0 for w in _FIELD_WORDS):
        for m in _COFIN_FIELD.finditer(text, s, e):
            name = clean_funder(m.group("n"), lang)
            if name and not is_payer(out, name, alike=True):
                out.append(Funding(name, None, None, None, Span(m.start("n"), m.end("n"), "cofinancing_field", 0.75)))
    if low.find("co-f", s, e) < 0 and low.find("cof", s, e) < 0:  # most pages: nothing to scan
        return
    for m in _COFINANCING.finditer(text, s, e):
        items = list_after(text, m.end(), min(e, m.end() + 120))[:1]
        name = clean_funder(text[items[0][0]:items[0][1]], lang) if items else None
        if name and not is_payer(out, name, alike=True):
            out.append(Funding(name, None, None, None, Span(items[0][0], items[0][1], "cofinancing_from", 0.7)))


# a field keyed by the grant's own noun ("Grant:", "Kwota grantu:", "Kwota dotacji:", "Grant amount:",
# "Сума гранту:", "Сумма гранта:"), not a total, a budget or a co-financier's share
_GRANT_KEY = re.compile(r"(?i:grant\w*|dotacj\w*|грант\w*|дотаці\w*|дотаци\w*)")
_NOT_GRANT_KEY = re.compile(r"(?i:budż|budget|бюджет|wartoś|value|вартіст|стоимост|total|łączn|"
                            r"co-?f|współ|спів|софин)")


def keyed_grant(text: str, labels: list, s: int, e: int, funding: list[Funding]):
    """The sum of the one field keyed by a grant noun, when no payer holds it: the first payer's
    grant on a page whose other sums went to their own payers ("Grant: EUR 30 000" above
    "Co-financing: City of X – PLN 15 000"). None when two such fields or none stand in the range."""
    from ngo_atlas.extract.money import find_money

    keyed = [h for h in labels if h.key == "amount" and s <= h.start < e
             and _GRANT_KEY.search(text, h.label_start, h.start)
             and not _NOT_GRANT_KEY.search(text, h.label_start, h.start)]
    if len(keyed) != 1:
        return None
    hits = find_money(text, keyed[0].start, keyed[0].end)
    if not hits or any((f.amount, f.currency) == (hits[0].amount, hits[0].currency) for f in funding):
        return None
    return hits[0]
