"""A list of payers under an intro line, one payer a line with its sum.

    Projekt sfinansowali:                      The project was funded by:
    • Gmina X – z budżetu gminy (18 000 zł),   - Y Foundation – EUR 20,000 for meals,
    • Fundacja Y – 25 000 zł na sprzęt,        - City of Z (in-kind and EUR 5,000).

A page shape, not a wording: the intro line ends with a colon and says that what follows pays
(a verb of funding, a noun of the donor/sponsor class, or a funding label); each item is a line
opened by a bullet whose head is a name, set off by a dash, a bracket, a comma or a colon, and
whose one sum is that payer's. SCHEMA: one funding entry a payer, the name as written (the list
gives it in the nominative, the subject of the intro's verb or its apposition), its own sum; an
item with no sum is left to the rest (in a list of "partners and donors" it is a partner); an
item that names no body but gives a sum ("ponad 900 darczyńców … łącznie 12 000 zł") keeps the
sum with funder null. The rest of the extractor reads such a list sentence by sentence and gives
one payer the list's first sum, or a programme with no payer; the list's entries replace what
was read from inside it.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.money import find_money
from ngo_atlas.model import Funding, Span

# the intro: a verb of funding, a noun of the payer class, or a funding label; ends with a colon
_INTRO = re.compile(
    r"(?i:(?<![\w])(?:s|współ|do)?finansowa(?:li|ły|ł|ła|ło)\b|(?<![\w])(?:s|współ)?finansuj(?:ą|e)\b|"
    r"(?<![\w])wspar(?:li|ły|ł|ła)\b|(?<![\w])darczyńc\w*|(?<![\w])sponsor\w*|(?<![\w])fundator\w*|"
    r"(?<![\w])(?:współ|do)?finansowanie\s*:|(?<![\w])źródła\s+finansowania\s*:|"
    r"(?<![\w])(?:co-)?funded\s+by\s*:|(?<![\w])(?:co-)?financed\s+by\s*:|(?<![\w])funding\s*:|"
    r"(?<![\w])(?:donors|funders|sponsors|benefactors)\b|"
    r"(?<![\w])(?:про|спів)?фінансува(?:ли|в|ла)\b|(?<![\w])(?:спів)?фінансування\s*:|(?<![\w])донор\w*|"
    r"(?<![\w])спонсор\w*|(?<![\w])(?:про|со)?финансирова(?:ли|л|ла)\b|(?<![\w])(?:со)?финансирование\s*:)")
# a list item's bullet at its line's start: a sign, a dash set off by a space, or "1." / "2)"
LIST_BULLET = re.compile(r"[ \t]*(?:[•·▪◦‣∙*➡►▶→]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
# the name ends at a dash set off by spaces, a bracket, a comma, a colon or a semicolon
_NAME_END = re.compile(r"\s+[–—-]\s|\s*[(:;,]|\s+(?:w\s+ramach|within|under|в\s+рамках|у\s+рамках)\s")
_UPPER = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]")
_PROGRAMME = re.compile(r"(?i:program\w*|programme|програм\w*|конкурс\w*|konkurs\w*)\s+[„“\"«]([^„”\"«»]{2,80})[”\"»“]")


def _items(text: str, s: int, e: int):
    """(intro end, [(line start, line end, body start)]) for each intro line with its items."""
    pos = s
    while True:
        c = text.find(":\n", pos, e)
        if c < 0:
            return
        pos = c + 2
        ls = text.rfind("\n", s, c) + 1
        if not _INTRO.search(text, ls, c + 1) or LIST_BULLET.match(text, ls):
            continue
        items = []
        p = c + 2
        while p < e:
            le = text.find("\n", p, e)
            le = e if le < 0 else le
            m = LIST_BULLET.match(text, p, le)
            if not m or m.end() >= le:
                break
            items.append((p, le, m.end()))
            p = le + 1
        if len(items) >= 2:
            yield c, items


def payer_list(out: list[Funding], text: str, s: int, e: int, lang: str) -> list[Funding]:
    """Replace what was read inside a payer list with one entry an item (see above)."""
    if ":\n" not in text[s:e]:
        return out
    for c, items in _items(text, s, e):
        found: list[Funding] = []
        named = 0
        for ls, le, b in items:
            hits = find_money(text, ls, le)
            body = text[b:le].rstrip(" ,;.")
            m = _NAME_END.search(body)
            name = (body[:m.start()] if m else body).strip()
            words = name.split()
            is_name = (bool(words) and _UPPER.match(name) is not None and len(words) <= 8
                       and not any(ch.isdigit() for ch in name)
                       and sum(1 for w in words if _UPPER.match(w)) * 2 >= len(words))
            if is_name and m is None:
                is_name = False  # a bare line with no dash, bracket or comma after: not a payer's item
            if is_name and len(hits) == 1:  # (an item with no sum in a list of partners and donors:
                named += 1                   # a partner's work, not a payer's)
                f = Funding(funder=name, span=Span(b, b + len(name), "payer_list", 0.6))
                pm = _PROGRAMME.search(body)
                if pm:
                    f.programme = pm.group(1).strip()
                f.amount, f.currency = hits[0].amount, hits[0].currency
                found.append(f)
            elif len(hits) == 1:
                found.append(Funding(amount=hits[0].amount, currency=hits[0].currency,
                                     span=Span(hits[0].start, hits[0].end, "payer_list", 0.5)))
        if named < 2 or sum(1 for f in found if f.amount is not None) < 2:
            continue
        lo, hi = items[0][0], items[-1][1]
        amounts = {f.amount for f in found if f.amount is not None}
        programmes = {f.programme for f in found if f.programme}
        keep = []
        for g in out:
            same = next((f for f in found if f.funder and g.funder
                         and f.funder.casefold() == g.funder.casefold()), None)
            if same is not None:
                same.programme = same.programme or g.programme
                continue
            if g.funder is None:
                if g.amount not in amounts and g.programme not in programmes:
                    keep.append(g)
                continue
            if g.span is not None and lo <= g.span.start < hi:
                # (the programme another reader found on the same item's line stays with it)
                item = next((f for f in found if f.funder and f.span and not f.programme and any(
                    ls <= g.span.start < le and f.span.start == b for ls, le, b in items)), None) if g.programme else None
                if item is not None:
                    item.programme = g.programme
                bare = next((f for f in found if f.funder is None and f.amount == g.amount), None)
                if bare is not None:  # a payer the rest read in an item ("darczyńcy indywidualni")
                    found.remove(bare)
                    keep.append(g)
                continue
            keep.append(g)
        # a payer the rest already found beside the list keeps its own entry ("darczyńcy …")
        have = {(g.funder or "").casefold() for g in keep}
        out = keep + [f for f in found if not (f.funder and f.funder.casefold() in have)]
    return out
