"""A later payer in its own clause, with its own sum, after the sum (SHARE-2).

    "… z budżetu Gminy X oraz 20 tys. zł od Fundacji Y."          (Fundacja Y, 20 000 zł)
    "Pozostałą kwotę – 34 600 zł – zapewni Miasto Z."              (Miasto Z, 34 600 zł)
    "… and PLN 112 000 by the W Foundation."                        (W Foundation, 112 000 PLN)
    "Дополнительное финансирование – 25 000 евро – предоставил Фонд V."

A clause shape any writer uses for a second or later payer: the clause opens with its sum (after
a conjunction, or set off by dashes), and the payer follows, as the agent of a verb of covering
or giving or after "od"/"by"/"від". The rest of the extractor places sums only on payers it has
found, and finds no payer here (the name is an agent or a genitive after "od", no grant's
subject), so the clause's sum went to no one. Only a page that already names a payer is read
(the clause is the *other* payer's), only a name that is a body's (a head word or an acronym,
not a person's), and only a sum no payer holds yet.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.money import find_money
from ngo_atlas.model import Funding, Span

# what opens the clause before the sum: a conjunction, or a dash after a share's noun
# ("oraz 20 tys. zł", "and PLN 112 000", "Pozostałą kwotę – 34 600 zł –", "финансирование – 25 000 евро –")
_OPEN = re.compile(r"(?:(?<!\w)(?:oraz|a|i|and|та|і|а|и)|[–—])[ \t]+$", re.IGNORECASE)
# after the sum: the agent's link ("od", "by the", "від", "от") or a verb of covering or giving,
# in the present, past or future ("– zapewni", "– pokrywa", "dokłada", "предоставил", "provided by")
_LINK = re.compile(
    r"[ \t]*(?:[–—][ \t]*)?(?:"
    r"(?:od|by(?:[ \t]+the)?|(?:was[ \t]+|were[ \t]+)?(?:provided|given|granted|funded)[ \t]+by(?:[ \t]+the)?|від|от)|"
    r"(?:zapewni|zapewnia|zapewniła|zapewnił|zapewniło|pokryje|pokrywa|pokryła|pokrył|pokryło|"
    r"dołoży|dokłada|dołożyła|dołożył|dołożyło|przekaże|przekazuje|przekazała|przekazał|przekazało|"
    r"wyłoży|wyłożyła|wyłożył|sfinansuje|sfinansowała|sfinansował|"
    r"предоставил|предоставила|предоставило|предоставили|предоставит|выделил|выделила|выделило|выделит|"
    r"надав|надала|надало|надасть|виділив|виділила|виділило|виділить|додає|додав|додала))"
    r"[ \t]+",
    re.IGNORECASE,
)


def second_payers(text: str, s: int, e: int, funding: list[Funding], lang: str) -> None:
    """Add each later payer its clause names with the clause's sum (see above)."""
    named = [f for f in funding if f.funder]
    if not named:
        return
    held = {(f.amount, f.currency) for f in funding if f.amount is not None}
    for h in find_money(text, s, e):
        if (h.amount, h.currency) in held or not _OPEN.search(text, max(s, h.start - 12), h.start):
            continue
        link = _LINK.match(text, h.end, e)
        if link is None:
            continue
        name = _payer_at(text, link.end(), e, lang)
        if not name:
            continue
        target = _same_payer(name, named)
        if target is not None:
            if target.amount is None:
                target.amount, target.currency = h.amount, h.currency
                held.add((h.amount, h.currency))
            continue
        f = Funding(funder=name, span=Span(link.end(), link.end() + len(name), "second_payer", 0.6))
        f.amount, f.currency = h.amount, h.currency
        funding.append(f)
        named.append(f)
        held.add((h.amount, h.currency))


def _payer_at(text: str, pos: int, e: int, lang: str) -> str | None:
    """The body named at pos, in the nominative, or None (a person, a common noun, no name)."""
    from ngo_atlas.extract.funding import clean_funder
    from ngo_atlas.extract.organisations import is_org_head, list_after
    from ngo_atlas.extract.shares import STATE_BUDGET_AT

    if STATE_BUDGET_AT.match(text, pos, e):
        return "budżet państwa"
    items = list_after(text, pos, min(e, pos + 120))
    if not items or items[0][0] > pos + 5:
        return None
    raw = text[items[0][0]:items[0][1]]
    words = raw.split()
    # a body: a head word ("Fundacja", "Miasto", "Foundation", "фонд") or an acronym; a person is none
    if not words or not words[0][:1].isupper() or not any(
            is_org_head(w) or is_org_head(w.capitalize()) or (len(w) >= 3 and w.isupper()) for w in words):
        return None
    return clean_funder(raw, lang)


def _same_payer(name: str, named: list[Funding]) -> Funding | None:
    from ngo_atlas.extract.organisations import same_org

    for f in named:
        # "Национальный фонд" read short where the clause gives "Национальный фонд в поддержку демократии"
        if f.amount is None and name.casefold().startswith(f.funder.casefold() + " "):
            f.funder = name
            return f
    return next((f for f in named if same_org(f.funder, name) or f.funder.casefold() == name.casefold()), None)
