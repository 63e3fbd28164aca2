"""The one payer left without a sum takes the one payer's sum left without a payer (AMOUNT-J).

A page that splits its money between payers often ties all but one share to its payer in a
way the share readers know ("Dofinansowanie z budżetu państwa: 120 000 zł", "a w 20% z budżetu
państwa (100 000 zł)") and words the other share so that no payer stands beside it: a key of
its own ("Wkład Funduszy Europejskich: 1 020 000 zł", "Софинансирование ЕС: …", "kwota
dofinansowania: …" after a programme's name), or a payer the key names in another form than the
funder's ("Wkład budżetu państwa", "z FAMI" for the Fund). When every payer but one holds a sum
and the project's range names exactly one more sum that is no total, no own contribution, no
ceiling and no yearly rate, that sum is the last payer's share (SCHEMA: one amount per funder).
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding

# words before a sum on its line that make it the project's total, the body's own share, a
# ceiling or a part of a sum ("Wartość projektu:", "Łącznie:", "wkład własny", "do 8 000 zł")
_NOT_A_SHARE = re.compile(
    r"(?<![\w])(?:wartoś\w*|value|koszt\w*|cost\w*|budżet\s+projektu|project\s+budget|total\w*|"
    r"łączn\w*|ogółem|razem|w\s+sumie|in\s+total|altogether|overall|całkowit\w*|"
    r"вартіст\w*|стоимост\w*|всего|усього|загалом|разом|итого|загальн\w*|общ(?:ий|ая|ей|ую|ее)|"
    r"własn\w*|own|власн\w*|собственн\w*|"
    r"przychod\w*|income|revenue|доход\w*|приход\w*|wydatk\w*|expenditure\w*|витрат\w*|расход\w*)(?![\w])",
    re.IGNORECASE)
# words after a sum that make it a rate or a part of a share ("210 000 zł rocznie", "per year")
_RATE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{0,20}\)[^\S\n]*)?(?:rocznie|miesięcznie|na\s+rok|per\s+(?:year|month|annum)|"
                         r"a\s+year|a\s+month|annually|monthly|в\s+год|в\s+месяц|на\s+рік|щорічно|"
                         r"на\s+год|ежегодно|/[^\S\n]*[^\W\d]+|,?\s*z\s+czego|,?\s*of\s+which|,?\s*из\s+(?:которых|них)|,?\s*з\s+(?:яких|них))(?![\w])",
                         re.IGNORECASE)
# a budget noun that governs the sum ("Jego budżet to ok. X", "Budżet części polskiej: X",
# "Budget: X", "Бюджет проекта – X"), not a payer's budget named as the source ("z budżetu państwa: X")
_BUDGET_KEY = re.compile(r"(?i:budżet|budget|бюджет)\w*(?:\s+[a-ząćęłńóśźżа-яёіїєґ]+\.?){0,2}[^\S\n]*"
                         r"(?:[:–—-]|to|wynosi|wyniósł|is|was|составляет|составил|становить|становив)?[^\S\n]*"
                         r"(?:ok\.|około|blisko|ponad|approx\.?|about|over|around|около|близько|понад)?[^\S\n]*$")
_SOURCE_PREP = re.compile(r"(?i:\b(?:z|ze|from|of|из|з|із|від|от|do))\s+$")
# a public body's budget is a payer ("государственный бюджет – X", "Budżet państwa: X", "city budget")
_PUBLIC_BUDGET = re.compile(r"(?i:państw\w*|state|державн\w*|государствен\w*|miejsk\w*|miast\w*|municipal\w*|city|"
                            r"міськ\w*|міст\w*|городск\w*|город\w*|gmin\w*|wojew\w*|powiat\w*|обласн\w*|областн\w*|"
                            r"громад\w*|national|federal)")
# the same sum again in another currency, right after the first ("EUR 798,500 / approx. PLN 3.4 million")
_CONVERSION_GAP = re.compile(r"[^\S\n]*[/(≈~=]?[^\S\n]*(?i:approx\.?|ok\.|około|ca\.|about|around|приблизно|около|"
                             r"примерно|equivalent\s+to|równowartość|tj\.|i\.e\.)?[^\S\n]*")
_MAX_SUMS = 6  # a report or a table of many sums is no payer's split


def last_payer_share(text: str, s: int, e: int, funding: list[Funding]) -> None:
    """Give the one named payer without a sum the one unplaced sum that is a share (see above)."""
    named = [f for f in funding if f.funder]
    lacking = [f for f in named if f.amount is None]
    if len(named) < 2 or len(lacking) != 1:
        return
    from ngo_atlas.extract.money import _CEILING, find_money

    hits = find_money(text, s, e)
    if not 2 <= len(hits) <= _MAX_SUMS:
        return
    held = {(f.amount, f.currency) for f in funding if f.amount is not None}
    left = []
    prev_end = s
    for h in hits:
        ls = text.rfind("\n", 0, h.start) + 1
        context = text[max(ls, h.start - 80, prev_end, s):h.start]
        after_sum = _CONVERSION_GAP.fullmatch(text, prev_end, h.start) if prev_end > s else None
        prev_end = h.end
        if after_sum or _budget_key(context):
            continue
        if ((h.amount, h.currency) in held or _NOT_A_SHARE.search(context) or _RATE_AFTER.match(text, h.end)
                or _CEILING.search(text, max(s, h.start - 30), h.start)):
            continue
        left.append(h)
    if len({(h.amount, h.currency) for h in left}) != 1:
        return
    lacking[0].amount, lacking[0].currency = left[0].amount, left[0].currency


def _budget_key(context: str) -> bool:
    m = _BUDGET_KEY.search(context)
    if not m or _SOURCE_PREP.search(context, 0, m.start()):
        return False
    before = context[max(0, m.start() - 25):m.start()].split()
    after = m.group().split()[1:2]  # the word after the budget noun
    return not any(_PUBLIC_BUDGET.match(w) for w in before[-1:] + after)
