"""A collection's sum: "w zbiórce na portalu X zebraliśmy 63 420 zł", "we raised PLN 24 800",
"на него мы собрали 38 450 злотых".

SCHEMA keeps a sum the text gives without a funder as a funding item with `funder` null. The
money a public collection or a crowd of donors brought in is such a sum: the read gold keeps it
beside the grants of named payers (one item a collection). The funding finders tie a sum to a
named payer; a collection's sum, said in a clause of its own, was left out wherever the page
also names a payer with a grant. The construction is a sum in the same sentence as a noun or
verb of collecting money (a collection, a fundraiser, "zebraliśmy", "zebrano", "raised",
"collected", "собрали", "зібрали"), in any person or voice. Not read: a sum still wanted or
a target ("brakuje jeszcze 4 200 zł", "cel: 50 000 zł", "goal of"), and a fee ("сбор" alone is
a fee in Russian: "оплатите сбор – 440 злотых"; only its verb forms and "сбор средств" count).
"""

from __future__ import annotations

import re

from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.text import lowered, sentences_with
from ngo_atlas.model import Funding, Span

# nouns and verbs of collecting money (PL, EN, RU, UK), any person, gender and voice
_COLLECTING = re.compile(
    r"(?i:(?<![\w])(?:zbiór(?:ka|ki|ce|kę|ką|kach|ek)|zbiórek|ze?bra(?:ł|ła|ło|li|ły)\w*|zebrano|"
    r"uzbiera(?:ł|ła|ło|li|ły)\w*|uzbierano|"
    r"collected|raised|crowdfunding|fundraiser|fundraising|"
    r"собра(?:л|ла|ло|ли)|собрано|сбор\w*\s+(?:средств|пожертвований|денег)|"
    r"зібра(?:в|ла|ло|ли)|зібрано|зб(?:і|о)р\w*\s+(?:коштів|пожертв|грошей))(?![\w]))")
# the stems every form of _COLLECTING holds, in lower case
_STEMS = ("zbiór", "zbiorek", "zebra", "uzbiera", "collected", "raised", "crowdfund", "fundrais", "собра", "сбор",
          "зібра", "збір", "збор")
# a sum still wanted, a target or a cost: no money brought in
_WANTED = re.compile(
    r"(?i:(?<![\w])(?:brakuje|brak|potrzeb\w*|cel\w*|target|goal|need\w*|still|remaining|"
    r"не\s+хватает|нужно|потрібно|бракує|мета|цель|koszt\w*|cost\w*|вартість|стоимость)(?![\w]))")
_CLAUSE = re.compile(r"[;:–—]|\s-\s")
# a target's label: "Cel zbiórki: 25 000 zł", "Goal: PLN 5,000"
_TARGET_KEY = re.compile(r"(?i:(?<![\w])(?:cel|target|goal|мета|цель)\w*(?:\s+\S+){0,2}\s*:\s*$)")
_AFTER_STOP = re.compile(r"[,;:–—()\n]")


def collection_sums(text: str, s: int, e: int, funding: list[Funding]) -> None:
    """Append a funder-null item for each collection's sum no funding item holds yet."""
    held = {(f.amount, f.currency) for f in funding if f.amount is not None}
    for h in collection_hits(text, s, e, held):
        if (h.amount, h.currency) in held:
            continue
        held.add((h.amount, h.currency))
        funding.append(Funding(amount=h.amount, currency=h.currency,
                               span=Span(h.start, h.end, "collection_sum", 0.6)))


def collection_hits(text: str, s: int, e: int, held: set | frozenset = frozenset()) -> list:
    """The sums a collection brought in (see above), less those in ``held``."""
    low = lowered(text)
    if not any(low.find(w, s, e) >= 0 for w in _STEMS):  # substrings first: most texts have none
        return []
    sents = sentences_with(text, s, e, (_COLLECTING,))
    if not sents:
        return []
    out = []
    hits = find_money(text, s, e)
    for a, b in sents:
        inside = [h for h in hits if a <= h.start < b]
        for i, h in enumerate(inside):
            if (h.amount, h.currency) in held or h.amount < 100:
                continue
            # the sum's own stretch: back to the sum before it, on to the next clause mark or sum
            before = inside[i - 1].end if i else a
            nxt = inside[i + 1].start if i + 1 < len(inside) else b
            stop = _AFTER_STOP.search(text, h.end, nxt)
            after = stop.start() if stop else nxt
            if not (_COLLECTING.search(text, before, h.start) or _COLLECTING.search(text, h.end, after)):
                continue
            ca = max([before] + [m.end() for m in _CLAUSE.finditer(text, before, h.start)])
            if _WANTED.search(text, ca, h.start) or _TARGET_KEY.search(text, max(before, h.start - 40), h.start):
                continue
            out.append(h)
    return out
