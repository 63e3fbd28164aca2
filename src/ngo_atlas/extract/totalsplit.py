"""A payer that holds the sum of two shares the text names holds the total, not its grant (SHARE-T).

    "Koszt projektu to 5 960 000 zł. Z tego 4 470 000 zł pochodzi z Funduszu X, a 1 490 000 zł
     dokłada miasto."                                          (Fundusz X: 4 470 000 zł)
    "Budget: PLN 412 000, of which PLN 300 000 funded by A and PLN 112 000 by B."
                                                               (A: 300 000, B: 112 000)
    "Вартість проєкту: 1 486 200 злотих, у тому числі кошти Фонду X – 1 114 650 та кошти
     державного бюджету – 371 550."                            (державний бюджет: 371 550)

Any writer who splits a project's money between its payers gives the total ("Budżet projektu",
"całkowita wartość", "Total budget") and each payer's share; the grant chooser may hand the
total to a payer. The arithmetic tells the shape apart whatever the words: a payer's sum that is
exactly the sum of two other sums in the project's range is the total those two shares make.
The payer keeps the share that is its own, and only where the text ties it: the other share is
held by (or its source names) another payer, or this share's source names this payer. A sum the
text splits by partner or by year ("w tym UW: …", "60 000 zł w 2023 r.") names no payer as
source, and stays the payer's.
"""

from __future__ import annotations

from ngo_atlas.extract.money import MoneyHit, find_money
from ngo_atlas.model import Funding


def split_totals(text: str, s: int, e: int, funding: list[Funding], lang: str) -> None:
    """Give each payer holding a total of two named shares its own share (see above)."""
    from ngo_atlas.extract.shares import source_payer

    named = [f for f in funding if f.funder and f.amount is not None]
    if not named:
        return
    hits = find_money(text, s, e)
    if len(hits) < 3:
        return  # a total and its two shares
    payers = [f for f in funding if f.funder]
    for f in named:
        pair = _shares_of(f.amount, f.currency, hits)
        if pair is None:
            continue
        own = _own_share(text, s, e, f, pair, payers, lang)
        if own is None:
            continue
        mine, other = own
        f.amount = mine.amount
        # the other share goes to the one payer its source names, if that one has no sum yet
        # (or holds the total as well: "Wartość: X, w tym A – a, B – b" with B on X)
        rest = [g for g in payers if g is not f]
        g = source_payer(text, s, e, other, rest, lang)
        if g is not None and (g.amount is None or (g.amount == mine.amount + other.amount
                                                   and g.currency == f.currency)):
            g.amount, g.currency = other.amount, other.currency


def _shares_of(total: float, currency: str | None, hits: list[MoneyHit]) -> tuple[MoneyHit, MoneyHit] | None:
    """The first two sums (in reading order, neither the total) that add up to the total."""
    parts = [h for h in hits if h.currency == currency and 0 < h.amount < total]
    for i, a in enumerate(parts):
        for b in parts[i + 1:]:
            if abs(a.amount + b.amount - total) <= 0.011:
                return a, b
    return None


def _own_share(text: str, s: int, e: int, f: Funding, pair: tuple[MoneyHit, MoneyHit],
               payers: list[Funding], lang: str) -> tuple[MoneyHit, MoneyHit] | None:
    """(this payer's share, the other share), or None where the text ties neither to a payer."""
    from ngo_atlas.extract.shares import source_payer

    others = [g for g in payers if g is not f]
    for mine, other in (pair, pair[::-1]):
        held = any(g.amount == other.amount and g.currency == other.currency for g in others)
        if held and not any(g.amount == mine.amount and g.currency == mine.currency for g in others):
            return mine, other
    for mine, other in (pair, pair[::-1]):
        if source_payer(text, s, e, mine, [f], lang) is not None:
            return mine, other
    for mine, other in (pair, pair[::-1]):
        if others and source_payer(text, s, e, other, others, lang) is not None \
                and source_payer(text, s, e, mine, others, lang) is None:
            return mine, other
    return None
