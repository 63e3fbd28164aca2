"""The payer of a project's own contribution named in brackets on the contribution's own line.

    Wkład własny (Fundusz X): 409 050,02 zł          Own contribution (City of X): EUR 5,000
    Wkład własny: 74 734,56 zł (Gmina X)             Власний внесок (Місто X): 20 000 злотих
    Wkład własny Biblioteki (środki Gminy X): 16 125 zł

A fact card's line, not a wording: the own-contribution label, one sum, and a bracket beside
the label or after the sum that holds a name (a capital, maybe after "środki"/"z budżetu", the
money's kind). SCHEMA: whoever pays a share is a funder, with that share as its amount. A
bracket that says what the contribution is ("(wolontariat)", "(praca wolontariuszy)", "(partner
– MOPS)", "(w tym budżet Miasta X)": a part of the total) starts with a lower-case word and names
no payer; those lines stay as the rest read them.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.money import find_money
from ngo_atlas.model import Funding, Span

_OWN = re.compile(r"(?i:wkład\w*\s+własn\w*|own\s+contribution|власн\w+\s+внес\w*|собственн\w+\s+вклад\w*)")
_HINTS = ("własn", "own contribution", "власн", "собственн")
# the bracket: the money's kind may open it ("środki Gminy X", "funds of the City of X"), then a name
_BRACKET = re.compile(
    r"\(\s*(?:(?i:środki|ze\s+środków|z\s+budżetu|budżet|funds\s+of(?:\s+the)?|кошти|коштом|средства|из\s+средств)\s+)?"
    r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^()\n]{2,80}?)\s*\)")
# a bracket of words alone: no figure, no share ("(PLN)", "(10%)", "(EFS+)" are no payers)
_NO_FIGURE = re.compile(r"[^\d%]*")


def bracketed_own_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add (or give its sum to) the payer a bracket names on an own-contribution line."""
    from ngo_atlas.extract.funding import _clean_funder

    low = text[s:e].lower()
    if not any(h in low for h in _HINTS):
        return
    for m in _OWN.finditer(text, s, e):
        ls = text.rfind("\n", s, m.start()) + 1
        le = text.find("\n", m.end(), e)
        le = e if le < 0 else le
        if text[ls:m.start()].strip(" \t•*-–—").strip():
            continue  # the label opens its line (a card's field), not a sentence's middle
        sums = find_money(text, m.end(), le)
        if len(sums) != 1:
            continue
        brackets = [b for b in _BRACKET.finditer(text, m.end(), le)
                    if _NO_FIGURE.fullmatch(b.group()) and not sums[0].start < b.start() < sums[0].end]
        if len(brackets) != 1:
            continue
        b = brackets[0]
        if not (b.end() <= sums[0].start or b.start() >= sums[0].end):
            continue
        name = _clean_funder(b.group("name"), lang)
        if not name or len(name.split()) < 2 and not name.isupper():
            continue  # "(Biblioteka)": a one-word kind noun names no body
        hit = sums[0]
        a, z = b.start("name"), b.end("name")
        # what the rest read on the line's label side is the contribution's owner ("Wkład własny
        # Biblioteki (środki Gminy X)": the library brings the share, the town pays it) or the
        # bracket's name cut short ("Gmina X)"): the bracket's payer takes its place
        out[:] = [f for f in out if not (f.span and m.end() <= f.span.start < b.end() and f.amount is None)]
        same = next((f for f in out if f.funder and f.funder.casefold() == name.casefold()), None)
        if same is not None:
            if same.amount is None:
                same.amount, same.currency = hit.amount, hit.currency
            continue
        if any(f.amount == hit.amount and f.currency == hit.currency for f in out):
            continue  # the sum is another payer's already
        out.append(Funding(name, None, hit.amount, hit.currency, Span(a, z, "own_bracket", 0.7)))
