"""Amounts given per funder ("7,2 mln zł pochodzi z Funduszu X, a 2,4 mln zł z budżetu państwa")."""

from __future__ import annotations

import re

from ngo_atlas.extract.funder_mentions import relative_owner
from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.names import nominative
from ngo_atlas.extract.text import sentences
from ngo_atlas.model import Funding

# money, then where it comes from: "7,2 mln zł pochodzi z Funduszu ...", "a 2,4 mln zł z budżetu"
# ("930 285 zł stanowi dofinansowanie z FAMI", "a 310 095 zł wkład z budżetu państwa")
_FROM_AFTER = re.compile(
    # "(519 882 euro) pochodzi z X", "(300 000 zł) pokryje Fundacja X": a bracketed share, then its source
    r"[ \t]*\)?[ \t]*(?:(?:pokryje|pokrywa|pokryją|pokrywają|pokrył[aoy]?|(?:is|are|was|were|will\s+be)\s+covered\s+by|"
    r"покриває|покриє|покрывает|покроет)[ \t]+(?:the[ \t]+)?|"
    r"(?:(?:pochodzi|pochodzą|pochodziło|pochodziła|stanowi|stanowią|stanowiło|to|comes|came|come|is|"
    r"поступает|поступило|надходить|надійшло|составляет|становить|wkład\w*|dofinansowani\w*|"
    r"dotacj\w*|grant|co-?funding|funding|contribution|вклад|внесок|средства|кошти)[ \t]+){0,2}"
    r"(?:ze[ \t]+środków[ \t]+)?(?:z|ze|from|из|з|із|of)[ \t]+(?:the[ \t]+)?|"
    # "1 012 500 zł – środki UE, a 337 500 zł – budżet państwa", "… злотых – средства ЕС": a dash
    # sets the sum beside its source
    r"[–—][ \t]+(?:(?:środki|środków|средства|кошти|funds[ \t]+(?:of|from))[ \t]+)?(?:the[ \t]+)?|"
    # "a 215 tys. zł to wkład własny Miasta X": the body's own share, its name in the genitive
    r"(?:(?:to|stanowi|is)[ \t]+)?(?:wkład\w*[ \t]+własn\w*|(?:the[ \t]+)?own[ \t]+contribution[ \t]+of|"
    r"власн\w+[ \t]+внес\w*|собственн\w+[ \t]+вклад\w*)[ \t]+(?:the[ \t]+)?)",
    re.IGNORECASE,
)
# the source, then the money: "Kwota dofinansowania z FAMI: 309 660,38 zł", "Wkład budżetu państwa: 103 220,12 zł"
# (the nearest source: "z Programu X – 2 400 000 zł (75%) oraz z budżetu państwa – 800 000 zł")
_FROM_BEFORE = re.compile(
    # ("dofinansowanie UE (75%): 1 608 975 PLN": a money noun and its payer in the genitive)
    # ("Wkład własny – budżet Miasta X: 374 053 zł": the own share, its payer after a dash)
    r"(?:\b(?:z|ze|from|из|з|із)\s+|\b(?:wkład\s+własny\s+[–—-]|wkład|contribution\s+of|вклад|внесок|dofinansowanie|"
    r"współfinansowanie|dotacja)\s+)"
    r"(?P<name>(?:(?!\b(?:z|ze|from|из|з|із)\s)[^:\n]){2,90}?)\s*[:–-]?\s*$",
    re.IGNORECASE,
)


def funder_shares(text: str, s: int, e: int, funding: list[Funding], lang: str) -> bool | str:
    """Put each amount named beside a funder on that funder; True when any was placed
    ("sentence" when only a payer's own sentence or phrase placed one: see _sentence_payer).
    Only amounts tied to a funder the project already has count (no new funders here)."""
    named = [f for f in funding if f.funder]
    if len(named) < 2:  # one payer: only a sum its own verb of giving joins to it (AMOUNT-L)
        return "sentence" if named and _own_given_sum(text, s, e, named[0]) else False
    placed = local = False
    spans = sorted((f.span.start, f.span.end) for f in named if f.span)
    hits = find_money(text, s, e)
    for h in hits:
        rel = relative_owner(text, spans, h.start)
        own = next((f for f in named if rel and f.span and (f.span.start, f.span.end) == rel
                    and f.amount is None), None)
        if own is not None:  # "oraz Fundacja Y, która przyznała 40 tys. zł": the sum is Y's
            own.amount, own.currency, placed = h.amount, h.currency, True
            continue
        own = _measured_after(text, h.start, named)
        if own is not None:  # "ze środków X (UNHCR) w kwocie 25 000 USD": the payer, then its sum
            # (a tie inside one payer's phrase, as a sentence's: the page's grant may still be the first payer's)
            own.amount, own.currency, local = h.amount, h.currency, True
            continue
        own = _after_programme(text, s, h.start, named)
        if own is not None:  # "X w ramach konkursu „Y” (10 000 zł)": the share of Y's payer
            own.amount, own.currency, placed = h.amount, h.currency, True
            continue
        target = source_payer(text, s, e, h, [f for f in named if f.amount is None], lang)
        if target:
            target.amount, target.currency = h.amount, h.currency
            placed = True
    # ("sentence": only a payer's own sentence placed a sum; the page's grant may still be the first payer's)
    by_sentence = _sentence_payer(text, s, e, named, hits)
    return placed or ("sentence" if by_sentence or local else False)


def source_payer(text: str, s: int, e: int, h, named: list[Funding], lang: str) -> Funding | None:
    """The payer of named that the words beside the sum h name as its source ("4 470 000 zł
    pochodzi z Funduszu X", "z budżetu państwa 196 741,67 zł", "Miasto Y – 120 000 zł"), or None."""
    from ngo_atlas.extract.funding import clean_funder, _fund_in_programme
    from ngo_atlas.extract.organisations import same_org

    source = _source_after(text, h.end, e) or _source_before(text, s, h.start)
    if not source:
        return None
    # "Miasta Poznania (312 560 zł)": named as its funder is ("Miasto Poznań")
    name = clean_funder(source, lang) or nominative(source, lang)
    # "z Programu Krajowego Funduszu X – 2 400 000 zł": the share of the fund that owns it
    owner = _fund_in_programme(name, lang) or name
    return next(
        (
            f
            for f in named
            if any(same_org(f.funder, n) or f.funder.casefold() == n.casefold()
                   or (n.isupper() and len(n) <= 5 and _initials(f.funder) == n.casefold())
                   for n in (name, owner))
        ),
        None,
    )


def _sentence_payer(text: str, s: int, e: int, named: list[Funding], hits: list) -> bool:
    """A sentence that names one payer and a sum gives that payer the sum, whatever the order
    of its words ("Kolejne 250 tys. zł przekazał Bank X", "Co-funding of PLN 95,000 has been
    provided by Foundation Y", "Y sfinansuje kwotą 85 000 zł"): the sentence's first sum, unless a
    payer holds it already. A sentence naming two payers, or a payer that has its sum, gives none."""
    if not any(f.amount is None and f.span for f in named):
        return False
    held = {(f.amount, f.currency) for f in named if f.amount is not None}
    placed, seen = False, set()
    spans = sentences(text, s, e) if hits else []
    for h in hits:
        ss, se = next(((a, b) for a, b in spans if a <= h.start < b), (h.start, h.end))
        # (a sentence is no wider than its line: a payer on another line is another field's)
        ss = max(ss, text.rfind("\n", ss, h.start) + 1)
        nl = text.find("\n", h.end, se)
        se = se if nl < 0 else nl
        if ss in seen:  # "łącznie 640 000 zł – po około 213 tys. zł rocznie": the first sum is the sentence's
            continue
        seen.add(ss)
        if (h.amount, h.currency) in held:
            continue
        inside = [f for f in named if f.span and ss <= f.span.start < se]
        if len(inside) == 1 and inside[0].amount is None:
            inside[0].amount, inside[0].currency = h.amount, h.currency
            held.add((h.amount, h.currency))
            placed = True
    return placed


def _after_programme(text: str, s: int, pos: int, named: list[Funding]) -> Funding | None:
    """The funder whose programme's name stands right before the bracketed amount."""
    # ("(grant w wysokości 890 000 zł", "(dotacja: 60 000 zł": the money noun before the sum)
    noun = _MONEY_NOUN_IN_BRACKET.search(text, max(s, pos - 40), pos)
    pos = noun.start() + 1 if noun else pos
    before = text[max(s, pos - 160):pos].rstrip(" (\t").rstrip("”\"»“").rstrip()
    return next((f for f in named if f.amount is None and f.programme and text[pos - 1:pos] == "("
                 and before.endswith(f.programme)), None)


_MONEY_NOUN_IN_BRACKET = re.compile(r"\((?:[a-ząćęłńóśźżа-яёіїєґ]+:?\s+){1,3}$")


# a payer's name, then a measure phrase and its sum: "przez X w kwocie 25 000 USD", "od Y w
# wysokości 150 000 zł", "by Z in the amount of EUR 40,000", "X в размере 25 000 долларов"
_MEASURE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?:w\s+kwocie|w\s+wysokości|kwotą|na\s+kwotę|"
                      r"in\s+the\s+amount\s+of|в\s+размере|в\s+сумме|на\s+сумму|у\s+розмірі|у\s+сумі|"
                      r"на\s+суму|в\s+розмірі)\s+$", re.IGNORECASE)


def _measured_after(text: str, pos: int, named: list[Funding]) -> Funding | None:
    """The payer whose name a measure phrase ("w kwocie", "in the amount of") or its own verb
    of giving ("Fundacja Y przekazała 64 tys. zł", "X provided EUR 5,000") joins to the sum."""
    from ngo_atlas.extract.funder_mentions import _GIVE_VERB

    for f in named:
        if f.amount is not None or not f.span or not 0 <= pos - f.span.end <= 60:
            continue
        gv = _GIVE_VERB.match(text, f.span.end) or _HANDED.match(text, f.span.end)
        if _MEASURE.fullmatch(text, f.span.end, pos) or (gv and _GIVE_GAP.fullmatch(text, gv.end(), pos)):
            return f
    return None


# verbs of handing over or adding money, past tense, that take the sum as their object
# ("Fundacja X dołożyła 12 000 zł", "Y przysłała 12 500 USD", "Z wpłaciła nam …", "W added EUR 5,000",
# "Фонд X перечислил 30 000 рублей", "Фонд Y переказав …"); _GIVE_VERB holds the verbs of granting
_HANDED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:dołożył\w*|dorzucił\w*|przysłał\w*|wpłacił\w*|przelał\w*|wysłał\w*|"
    r"ofiarował\w*|podarował\w*|sent|added|donated|paid|transferred|"
    r"перечислил\w*|переч(?:ислив|ислила|ислили)|переказа(?:в|ла|ло|ли)|прислал\w*|надісла(?:в|ла|ло|ли)|"
    r"пожертвова(?:л|ла|ло|ли|в)|внес(?:ла|ло|ли)?|внесл[аио]|добавил\w*|дода(?:в|ла|ло|ли))\b",
    re.IGNORECASE)


def _own_given_sum(text: str, s: int, e: int, payer: Funding) -> bool:
    """The one payer of a page takes the sum its own verb of giving governs ("Firma X przekazała
    nam 50 000 zł na remont"), not the page's largest or first sum (a collection's, a total)."""
    if payer.amount is not None or not payer.span:
        return False
    gv = _HANDED.match(text, payer.span.end)
    if gv is None:
        from ngo_atlas.extract.funder_mentions import _GIVE_VERB
        gv = _GIVE_VERB.match(text, payer.span.end)
    if gv is None:
        return False
    gap = _GIVE_GAP.match(text, gv.end(), e)
    h = next((h for h in find_money(text, gap.end(), min(e, gap.end() + 40)) if h.start == gap.end()), None)
    if h is None:
        return False
    payer.amount, payer.currency = h.amount, h.currency
    return True


# between a giver's verb and its sum: "przekazała łącznie", "provided a total of"
_GIVE_GAP = re.compile(r"\s*(?:[a-ząćęłńóśźż.]+\s+){0,3}")


def _source_after(text: str, pos: int, e: int) -> str | None:
    from ngo_atlas.extract.organisations import list_after

    m = _FROM_AFTER.match(text, pos, e)
    if not m:
        return None
    sb = STATE_BUDGET_AT.match(text, m.end(), e)
    if sb:  # "z budżetu państwa": public money written in lower case, which list_after passes over
        return "budżet państwa"
    sb = _CYR_STATE_BUDGET_AT.match(text, m.end(), e)
    if sb:  # "– государственный бюджет", "з державного бюджету"
        return "государственный бюджет" if sb.group(1) else "державний бюджет"
    items = list_after(text, m.end(), min(e, m.end() + 120))
    return text[items[0][0] : items[0][1]] if items else None


# public: secondpayer reads the state budget written in lower case the same way
STATE_BUDGET_AT = re.compile(r"budżet(?:u|em)?\s+państwa\b", re.IGNORECASE)
_CYR_STATE_BUDGET_AT = re.compile(r"(?:(государственн)\w*|державн\w*)\s+бюджет\w*", re.IGNORECASE)


def _initials(name: str) -> str:
    """"Европейский союз" -> "ес": the letters an acronym of the name would have."""
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).casefold()


def _source_before(text: str, s: int, pos: int) -> str | None:
    line_start = max(s, text.rfind("\n", 0, pos) + 1)
    m = (_IN_BRACKETS.search(text, max(line_start, pos - 140), pos)
         or _FROM_BEFORE.search(text, line_start, pos)
         or _LISTED.search(text, max(line_start, pos - 120), pos))
    if not m or _SENTENCE_END.search(m.group("name")):
        return None  # "z Funduszu X. Wartość projektu wynosi 600 000 zł": the source was another sentence's
    return m.group("name").strip()


# a list of payers with their shares: "Dofinansowanie: Renovabis – 146 000 EUR; Miasto Katowice – 120.000 zł"
_LISTED = re.compile(r"(?:^|[;:>]\s*)(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^;:\n–—<>]{1,80}?)\s+[–—]\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<!\bim)(?<!\bśw)(?<!\bul)(?<!\bA)(?<!\bnr)(?<!\bst)\.\s+\S")


# "ze środków Miasta Stołecznego Warszawy (85 tys. zł) oraz Fundacji … (40 tys. zł)"
_IN_BRACKETS = re.compile(
    # ("… oraz przez Fundację Y (25 000 zł)", "and by the Y Trust (USD 12,500)": a second agent)
    r"(?:\b(?:(?:oraz|i|and)\s+)?(?:przez|by)(?:\s+the)?|środków|\bz|\bze|\boraz|\bi|\band|\bfrom|,|"
    r"(?<!\w)(?:та|і|и|з|із|из|коштів|средств))\s+"
    # ("m.st. Warszawy": the capital's own abbreviation, in lower case)
    r"(?P<name>(?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]|budżet|бюджет|m\.\s?st\.)[^(),;]{1,90}?)\s*\(\s*"
    # "(dotacja 46 200 zł)", "(grant: 8 000 zł)": the money noun before the sum inside the bracket
    # ("(grant w wysokości 890 000 zł": three words at most)
    r"(?:[a-ząćęłńóśźżа-яёіїєґ]+:?\s+){0,3}$"
)
