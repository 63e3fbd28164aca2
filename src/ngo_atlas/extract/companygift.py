"""FUND-M (round 28): a company's donation is a payer: "darowizna firmy X sp. z o.o. (40 000 zł)".

SCHEMA's funder is whoever the text says pays for the project; the read gold keeps a company
that gives money or goods for it ("Lodz Logistics Park sp. z o.o.", "Volvo Polska sp. z o.o.",
"IKEA Retail Sp. z o.o.") with the sum of its gift. Writers name such a gift one way in the four
languages: a noun of giving and the company noun before the name ("darowizna firmy X",
"darowiznę od spółki X", "a donation from the company X", "пожертвование компании X",
"пожертва від компанії X"), or the company noun, the name and a verb of giving after it
("firma X przekazała 150 000 zł", "the company X donated", "компания X передала",
"фірма X передала"). The name is the one classnamed reads after the company noun (a
Latin-script brand name, the legal form that closes it kept: "sp. z o.o.", "S.A.", "GmbH",
"Ltd"); its sum is the one written right after it (in brackets, "w wysokości …", after the
verb). A payer found before whose name is the start of this one ("IKEA Retail" cut at the
legal form's point) takes the whole name."""
from __future__ import annotations

import re

from ngo_atlas.extract.classnamed import class_named
from ngo_atlas.extract.money import find_money
from ngo_atlas.model import Funding, Span

# a noun of giving (any case) before the company noun: "darowizna/darowiźnie firmy X",
# "darowiznę od spółki X", "a donation from the company X", "пожертвование компании X"
_GIFT_BEFORE = re.compile(r"(?i:darowi[zź]n\w*|(?:in-kind\s+)?donations?|gifts?|пожертвовани\w*|пожертв\w*)"
                          r"\s+(?:[^\W\d_]+\s+)?(?:(?i:od|from|от|від)\s+)?(?:the\s+)?\S+\s+$")
# a verb of giving (past tense, any gender) or a gift noun after the name, a few words on
# ("firma X z Wałbrzycha przekazała 150 000 zł", "firma X – darowiznę rzeczową")
_GAVE_AFTER = re.compile(r"^(?:\s+[^\s.;,:]+){0,3}?\s*(?:[–—-]\s*)?(?i:przekazał\w*|podarował\w*|ufundował\w*|"
                         r"sfinansował\w*|przeznaczył\w*|darowizn\w*|donated|gave|contributed|передал\w*|"
                         r"пожертвовал\w*|пожертвувал\w*|подарил\w*|подарувал\w*|профинансировал\w*|"
                         r"профінансувал\w*)(?![\w])")
# the sum right after the name, or after the verb that follows it: in brackets, after
# "w wysokości"/"of"/"на суму", straight after the verb
_SUM_GAP = re.compile(r"^[\s(–—-]*(?:(?i:w\s+wysokości|w\s+kwocie|o\s+wartości|of|worth|на\s+сум[уму]|"
                      r"в\s+размере|у\s+розмірі)\s+)?(?:(?i:nam|us|нам)\s+)?$")


def company_gifts(out: list[Funding], text: str, s: int, e: int) -> None:
    """Add each company the text names as giving money or goods for the project (see above)."""
    low = text[s:e].lower()
    if not any(w in low for w in ("firm", "spółk", "compan", "компан", "фірм", "фирм")):
        return
    sums = None
    for a, b in class_named(text, s, e):
        before = _GIFT_BEFORE.search(text, max(s, a - 60), a)
        gave = None if before else _GAVE_AFTER.match(text[b:min(e, b + 80)])
        if not (before or gave):
            continue
        if sums is None:
            sums = find_money(text, s, e)
        _add(out, text[a:b].strip(), a, b, b + gave.end() if gave else b, text, sums)


def _add(out: list[Funding], name: str, a: int, b: int, gap: int, text: str, sums: list) -> None:
    key = name.lower().split()
    for f in out:
        words = (f.funder or "").lower().split()
        if words == key:
            return
        if words and key[:len(words)] == words:  # "IKEA Retail" cut at "Sp.": the whole name
            f.funder = name
            return
    f = Funding(funder=name, span=Span(a, b, "company_gift", 0.6))
    after = next((h for h in sums if h.start >= gap and _SUM_GAP.match(text[gap:h.start])), None)
    if after:
        bare = [g for g in out if g.funder is None and g.amount == after.amount]
        if bare:
            out.remove(bare[0])
        elif any(g.amount == after.amount for g in out if g.funder):
            after = None  # (the sum is another payer's already)
        if after:
            f.amount, f.currency = after.amount, after.currency
    out.append(f)
