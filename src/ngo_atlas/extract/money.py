"""Money amounts ("21 775 USD", "999 750,00 PLN", "830 mln EUR", "10 000 zł") and which one is the grant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ngo_atlas.extract.lexicon import alternation, currency_map, lexicon
from ngo_atlas.extract.text import CI, IgnoreCase, cue


@dataclass(frozen=True)
class MoneyHit:
    start: int
    end: int
    amount: float
    currency: str
    rule: str = "money"
    confidence: float = 0.7


@lru_cache(maxsize=1)
def _money_regex() -> re.Pattern[str]:
    cur = alternation(list(currency_map()))
    scale = alternation(list(lexicon()["scales"]))
    # every ISO code the lexicon knows, before a figure (in lower case, as _money_scan needs)
    codes = "|".join(sorted(c.lower() for c in lexicon()["currencies"]))
    num = (r"\d{1,3}(?:[ \xa0\u202f.]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
           r"|\d+(?:[.,]\d{1,2})?")
    # "€1.2m", "USD 150k": a one-letter scale right after the figure; "150 000,- zł": the dash
    # for no grosze
    return re.compile(
        rf"(?P<pre>[$€£]|\b(?:{codes})\b)\s?(?P<n1>{num})(?:,-)?"
        rf"(?:\s*(?P<s1>{scale})|(?P<s3>[mk])(?![\w]))?"
        rf"|(?<![\w\d])(?P<n2>{num})(?:,-)?\s*(?:(?:(?P<s2>{scale})\s*)|(?P<s4>[mk])\s+)?(?P<cur>{cur})(?![\w])",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _currency_hint() -> CI:
    """Every amount names its currency: this skip-ahead scan of the lowered text for the
    currency words alone rules out most texts before the IGNORECASE amount scan."""
    # (one trie: every branch then opens with a literal character, so re skips ahead to the
    # branches' first characters in C; "[$€£]|pln|…|(?:trie)" was tried at every position)
    return CI(alternation(["$", "€", "£", "pln", "eur", "usd", "chf", "gbp", "uah", "cad", "nok", "sek",
                           *currency_map()]))


@lru_cache(maxsize=1)
def _money_scan() -> IgnoreCase:
    """_money_regex()'s matches found case-sensitively in the lowered text (an IGNORECASE
    scan of a pattern that opens with a lookbehind tries every position and folds the case
    of each character it reads), each read as _money_regex() matches it there."""
    return IgnoreCase(_money_regex().pattern)


def parse_number(raw: str) -> float:
    """'999 750,00' -> 999750.0, '14.933,35' -> 14933.35, '21,775' stays 21.775 only with 2 decimals."""
    s = re.sub(r"[ \xa0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):  # English: 64,000 / 1,043,210.50
        return float(s.replace(",", ""))
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        s = s.replace(".", "")
    return float(s)


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyHit]:
    """Every amount in text[start:end], in reading order."""
    return list(_find_money(text, start, len(text) if end is None else end))


def names_a_sum(text: str) -> bool:
    """The text writes some sum of money, a rate or a returned one included ("zwrócono 211,60 zł"):
    a form that does states that money changed hands."""
    return bool(_currency_hint().search(text)) and _money_scan().search(text) is not None


@lru_cache(maxsize=64)  # the grant chooser and the funder shares read the same project range
def _find_money(text: str, start: int, end: int) -> tuple[MoneyHit, ...]:
    out: list[MoneyHit] = []
    scales = lexicon()["scales"]
    if not _currency_hint().search(text, start, end):
        return ()  # no currency named: most project texts give no amount
    for m in _money_scan().finditer(text, start, end):
        raw = m.group("n1") or m.group("n2")
        cur_word = m.group("pre") or m.group("cur")
        code = currency_map().get(cur_word.lower()) or cur_word.upper() if cur_word.isupper() \
            else currency_map().get(cur_word.lower())
        if code is None:
            continue
        value = parse_number(raw)
        sc = m.group("s1") or m.group("s2")
        if sc:
            value *= scales.get(sc.lower(), 1)
        elif m.group("s3") or m.group("s4"):
            value *= 1_000_000 if (m.group("s3") or m.group("s4")).lower() == "m" else 1000
        if _PER_UNIT.match(text, m.end(), end) or _NOT_GIVEN.search(text, max(start, m.start() - 45), m.start()):
            continue  # a stipend, a ticket, "po 2 000 zł", a sum returned: no project's money (AMOUNT-U)
        out.append(MoneyHit(m.start(), m.end(), value, code))
    if out and _RANGE_HINT.search(text, start, end):
        out = [h for h in out if not in_range(text, start, end, h)]  # "od 5 000 do 20 000 zł" (AMOUNT-R)
    if ("(" in text or "[" in text) and _UNIT_HINT.search(text, start, end):  # "Tabela 1. … (w PLN)"
        cells = [h for h in _unit_table_sums(text, start, end)
                 if not any(o.start < h.end and h.start < o.end for o in out)]
        out = sorted(out + cells, key=lambda h: h.start)
    if _SCALE_WORD_HINT.search(text, start, end):  # "pół miliona złotych", "two million euro"
        words = [h for h in _word_sums(text, start, end)
                 if not any(o.start < h.end and h.start < o.end for o in out)]
        out = sorted(out + words, key=lambda h: h.start)
    return tuple(out)


# A sum per unit or a sum handed back is no project's money, whoever pays it (AMOUNT-U): a rate per
# month, day, hour, person, ticket or item ("1 994,40 zł brutto miesięcznie", "2 100 zł netto/miesiąc",
# "40 zł za osobę dziennie", "(PLN 5,000 each)"), a sum each of several gets ("mikrogranty po 2 000 zł"),
# a ticket's or a stipend's price, a grant's returned remainder ("niewykorzystanej i zwróconej: 211,60 zł")
_PER_UNIT = re.compile(
    r"[^\S\n]*(?:\)[^\S\n]*)?(?:,?[^\S\n]*(?:brutto|netto|gross|net)[^\S\n]*)?(?:"
    r"miesięcznie|dziennie|each|ежемесячно|щомісяця|"
    # (a unit after "na" only where no event or group can follow: "na Dzień Uchodźcy" is a grant's purpose)
    r"(?:/[^\S\n]*|(?:za|per|a|в|на)[^\S\n]+)(?:miesiąc|mies\.|m-c|dzień|day|godzinę|godz\.|hour|osobę|os\.|"
    r"uczestnika|bilet|person|month|ticket|head|participant|месяц|місяць|особу|человека)|"
    r"na[^\S\n]+(?:miesiąc|osobę|uczestnika|godzinę)"
    r")(?![\w])",
    re.IGNORECASE)
_NOT_GIVEN = re.compile(r"(?:(?<![\w])po(?:[^\S\n]+(?:ok\.|około))?[^\S\n]*|(?<![\w])(?:zwrócon\w*|zwrot\w*|bilet\w*|"
                        r"ticket\w*)(?![\w])[^\n.]{0,40})$", re.IGNORECASE)


# A table flattened to text whose header or caption names its unit in brackets ("Źródła
# finansowania projektu (w PLN)", "Koszty zgodnie z umową [zł]", "Budget (in EUR)", "(тис. грн)"):
# its rows' bare figures are sums in that unit. Only figures shaped as money are read: grouped
# thousands or grosze ("1 742 118,40", "64 000,00", "12.000"), never a share ("85,00"), a count or a year
@lru_cache(maxsize=1)
def _unit_regexes() -> tuple[CI, re.Pattern[str]]:
    # (a scaled unit, "(w tys. zł)", is left alone: its figures' decimals are ambiguous)
    cur = alternation([w for w in currency_map() if w.isalpha() or w in ("zł", "zł.")])
    unit = CI(rf"[(\[][^\S\n]*(?:(?:w|in|в|у)[^\S\n]+)?(?P<cur>{cur})[^\S\n]*[)\]]")
    figure = re.compile(r"(?<![\w.,/-])(?:\d{1,3}(?:[ \xa0\u202f]\d{3})+(?:,\d{2})?|\d{1,3}(?:\.\d{3})+(?:,\d{2})?"
                        r"|\d{4,},\d{2})(?![\w.,/%-]?\d)(?![^\S\n]*%)")
    return unit, figure


_UNIT_HINT = CI(r"[(\[][^\S\n]*(?:w[^\S\n]+|in[^\S\n]+|в[^\S\n]+|у[^\S\n]+)?(?:pln|zł|eur|usd|chf|gbp|uah|грн|"
                r"nok|sek|cad|злот|гривен|долл|дол|франк|frank|dolar|dollar|євро|евро)")


def _unit_table_sums(text: str, start: int, end: int) -> list[MoneyHit]:
    """The bare figures of a flattened table under a header line naming its unit: the lines
    after it up to the first blank one (pipe and tab tables are read as tables elsewhere)."""
    unit, figure = _unit_regexes()
    out: list[MoneyHit] = []
    done = start
    for u in unit.finditer(text, start, end):
        code = currency_map().get(text[u.start("cur"):u.end("cur")].lower())
        hs = text.rfind("\n", 0, u.start()) + 1
        if code is None or u.start() < done or "|" in text[hs:u.start()] or "\t" in text[hs:u.start()]:
            continue  # (a second column's unit on the same header, "[zł] … [zł]", adds nothing)
        block_end = text.find("\n\n", u.end())
        done = block_end = min(end, block_end if block_end >= 0 else end)
        # (the header's own line may hold the first row: figures are read from the unit on)
        for m in figure.finditer(text, u.end(), block_end):
            if "|" in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
                continue
            out.append(MoneyHit(m.start(), m.end(), parse_number(m.group()), code, "money_table", 0.6))
    return out


# a sum in words: a number word (or none, for "milion złotych"), a scale word, a currency
_NUMBER_WORDS = {
    "pół": 0.5, "półtora": 1.5, "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4,
    "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10,
    "half a": 0.5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "пол": 0.5, "пів": 0.5, "полтора": 1.5, "півтора": 1.5,
    "один": 1, "одна": 1, "два": 2, "две": 2, "дві": 2, "три": 3, "четыре": 4, "чотири": 4,
    "пять": 5, "п'ять": 5, "пʼять": 5,
}
_SCALE_WORD_HINT = CI(r"(?:milion|tysiąc|tysięcy|million|thousand|миллион|мільйон|тысяч|тисяч)")
_WORD_SUM = CI(r"(?<![\w])(?:(?P<n>" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
               + r")\s*)?(?P<s>milion\w*|tysiąc\w*|tysięcy|million|thousand|миллион\w*|мільйон\w*|"
               r"тысяч\w*|тисяч\w*)\s+(?P<cur>złotych|złote|zł|euro|dolarów|zlotys|злотых|злотих|евро|євро|"
               r"долларов|доларів|гривень|dollars|francs)(?![\w])")
# "kilka tysięcy złotych", "several million": a vague sum is no amount
_VAGUE_BEFORE = re.compile(r"(?i:kilka|kilkanaście|kilkadziesiąt|kilkuset|parę|several|a\s+few|many|"
                           r"несколько|кілька|декілька|сотни|сотні|setki)\s*$")
_SINGULAR_SCALE = ("milion", "million", "миллион", "мільйон", "tysiąc", "thousand", "тысяча", "тисяча")


def _word_sums(text: str, start: int, end: int) -> list[MoneyHit]:
    out = []
    for m in _WORD_SUM.finditer(text, start, end):
        scale_word = text[m.start("s"):m.end("s")].lower()
        n = text[m.start("n"):m.end("n")].lower() if m.group("n") is not None else None
        if n is None and scale_word not in _SINGULAR_SCALE:
            continue  # "tysięcy złotych" with no number: how many is not said
        if n is None and _VAGUE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        scale = 1_000_000 if scale_word.startswith(("mil", "мил", "міл")) else 1000
        code = currency_map().get(text[m.start("cur"):m.end("cur")].lower()) or _WORD_CURRENCY.get(
            text[m.start("cur"):m.end("cur")].lower())
        if code:
            out.append(MoneyHit(m.start(), m.end(), float(_NUMBER_WORDS.get(n, 1) * scale), code, "money_words", 0.6))
    return out


_WORD_CURRENCY = {"zlotys": "PLN", "гривень": "UAH", "francs": "CHF"}


@lru_cache(maxsize=1)
def _cue_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    # the grant noun inside the word for a migrant ("Forum Migrantów", "мігрантів", "мигрантам":
    # mi-grant) is no grant; a compound that is one ("mikrogranty", "мікрогранти") still is
    return (re.compile(r"(?<!mi)(?<!ми)(?<!мі)(?:" + alternation(lx["grant_amount_cues"]) + ")", re.IGNORECASE),
            re.compile(alternation(lx["total_amount_cues"]), re.IGNORECASE))


# "budżet wyniósł 812 000 euro, z czego 85% …", "EUR 812,000, of which 85% came from X": a sum
# a payer covers only a share of is the project's total, no payer's grant
_SHARE_OF_IT = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?,?\s*(?:z\s+czego|of\s+which|из\s+(?:которых|них)|"
                          r"з\s+(?:яких|них))\s+(?:(?:około|ok\.|about|around|близько|около)\s+)?"
                          r"\d{1,3}(?:[,.]\d+)?\s?(?:%|proc\w*\.?|per\s*cent|відсот\w*|процент\w*)"
                          # the share's source follows: a payer's part, not what the sum was spent on
                          r"(?:\s+\w+\.?){0,2}?\s+(?:pochodz|pokry|współ|dofinans|finansow|ze\s+środków|z\s+budżetu|"
                          r"came|comes|is\s+covered|was\s+covered|(?:is|was)\s+(?:co-?)?(?:funded|financed)|from\s|"
                          r"покрыва|финансир|из\s+средств|от\s|фінансу|покрива|з\s+коштів|від\s)", re.IGNORECASE)
# "Wartość ogółem: X\nw tym wkład UE: Y", "including the EU contribution of Y", "в том числе средства
# ЕС": a payer's part of the total is the grant
_PART_OF_TOTAL = re.compile(r"(?:w\s+tym|including|в\s+том\s+числе|у\s+тому\s+числі)\s+(?:\S+\s+){0,2}?"
                            r"(?:wkład|dofinansowani|dotacj|środk|contribution|funding|grant|вклад|внес|средств|кошт)",
                            re.IGNORECASE)
# a line that is only a short key and its colon up to the sum: "Kwota wsparcia: ", "Grant awarded: "
_KEY_LINE = re.compile(r"[^\S\n]*[^\W\d][^:\n]{0,60}:[^\S\n]*")
_STATE_BUDGET = ("budżet państwa", "state budget", "polish state budget", "державний бюджет",
                 "государственный бюджет")


def grant_amount(text: str, start: int, end: int, amount_labels: list[tuple[int, int]],
                 payers: Sequence[str | None] = ()) -> MoneyHit | None:
    """The project's grant: an amount in a grant-labelled or grant-worded line beats a total.
    A total is no grant where the cost is shared: a share of it follows ("…, z czego 75%"),
    or the state budget co-finances beside another of the payers."""
    hits = find_money(text, start, end)
    appeals = [m.start() for m in _APPEAL.finditer(text, start, end)] if hits else []
    if appeals:  # (most texts ask nothing of the reader: one scan, no check per sum)
        hits = [h for h in hits if not _appeal(text, start, h, appeals)]
    if len(hits) > 1:
        hits = [h for h in hits if not _rounded_again(h, hits)]
    hits = [h for h in hits if not _CEILING.search(text, max(start, h.start - 30), h.start)]
    if not hits:
        return None
    grant, total = _cue_regexes()
    best, best_score, best_total = None, -1.0, False
    prev_end = start
    for h in hits:
        ls = text.rfind("\n", 0, h.start) + 1
        # "Total value: PLN X, EU co-financing: PLN Y": a sum's words are those after the sum
        # before it on its line, not the words that belong to that one
        context = text[max(ls, h.start - 120, prev_end):h.start]
        prev_end = h.end
        score = 0.5
        is_grant = bool(grant.search(context) or _PART_OF_TOTAL.search(context) or _CO_FUNDING.search(context))
        # "Wysokość przyznanej dotacji: 25 000 zł": a line keyed by a grant noun is a grant
        # label though no label list names it, and beats a grant word in prose ("mikrogranty po …")
        if any(s <= h.start < e for s, e in amount_labels) or (is_grant and _KEY_LINE.fullmatch(text, ls, h.start)):
            score += 0.2
        if is_grant:
            score += 0.3
        is_total = bool(total.search(context) or _AGGREGATE.search(context) or
                        (not is_grant and _COST_NOUN.search(context)))
        if is_total:
            score -= 0.2
        if score > best_score:
            best, best_score, best_total = h, score, is_total and not is_grant
    if best is None:
        return None
    named = {(p or "").casefold() for p in payers if p}
    co_financed = len(named) >= 2 and bool(named & set(_STATE_BUDGET))
    if (best_total and co_financed) or _SHARE_OF_IT.match(text, best.end):
        return None
    return MoneyHit(best.start, best.end, best.amount, best.currency, "money_grant",
                    min(0.95, best_score))


# the payer's share named as co-funding ("EU co-financing:", "współfinansowanie UE:",
# "софинансирование ЕС:"), a grant as much as "dofinansowanie" is
_CO_FUNDING = re.compile(r"co-?financ|co-?fund|współfinansowani|софинансировани|співфінансуванн", re.IGNORECASE)
# a sum over several grants or items ("Łączna kwota przyznanych dotacji", "in total", "всего",
# "загалом"): the adjective or adverb of aggregation marks a total, whatever noun it goes with
_AGGREGATE = re.compile(r"(?<![\w])(?:łączn\w*|ogółem|w\s+sumie|in\s+total|altogether|overall|"
                        r"всего|в\s+общей\s+сложности|общ(?:ая|ей|ую)\s+сумм\w*|загалом|усього|загальн\w*\s+сум\w*)(?![\w])",
                        re.IGNORECASE)
# "Całkowity koszt projektu to X", "Jego wartość wynosi X", "its total cost is X": a cost or
# value noun governs the sum (a grant's noun, "wartość dofinansowania", is read as a grant first)
_COST_NOUN = re.compile(r"(?<![\w])(?:koszt\w*|wartoś[ćc]\w*|cost|value|стоимост\w*|вартіст\w*)"
                        r"(?:\s+(?!z\s|ze\s|from\s)[^\W\d]+\.?){0,2}[ \t]*(?:to|wynosi|wyni\w+|is|was|amounts\s+to|"
                        r"составляет|составила|составит|становить|становила|–|-|:)?[ \t]*"
                        r"(?:ponad|około|ok\.|blisko|prawie|niemal|about|over|almost|nearly|более|понад|майже)?[ \t]*$",
                        re.IGNORECASE)
# "Twoja darowizna …: nawet 20 zł miesięcznie", "donate 50 zł", "передайте 1,5% налога": a
# sum the page asks its readers for is no grant
_APPEAL = cue(r"wpłać|przelej|przekaż|wesprzyj|wspieraj|twoja\s+darowizn\w*|(?:złóż|zrób)\s+darowizn\w*|"
             r"donate\b|your\s+donation|make\s+a\s+donation|пожертвуйте|поддержите|підтримайте|передайте|"
             r"зробіть\s+(?:разовий\s+)?внесок")


# "mikrogranty (do 8 000 zł)", "grants of up to PLN 3,000", "грант до 50 000 гривень", "grzywna od 3 000
# do 50 000 zł": a ceiling, or a range's upper end, says how much may be given, not what was
_CEILING = re.compile(r"(?<![\w])(?:do|up\s+to|до|max\.?|maks\.?|maksymalnie|maximum|maximally|"
                      r"nie\s+więcej\s+niż|not\s+exceeding|не\s+более|не\s+більше|не\s+больше|максимум)"
                      r"[^\S\n]*(?:[$€£]|PLN|EUR|USD|CHF|GBP|UAH)?[^\S\n]*$", re.IGNORECASE)


# "granty od 5 000 do 20 000 zł", "dotacje w wysokości 5–20 tys. zł", "5 000 zł – 20 000 zł",
# "between EUR 10,000 and 50,000": either end of a range of sums says what may be given, not
# what one project got (the golds give no amount for it). A dash, "do"/"to"/"and" between
# two figures only: the hint skips every text with none.
_RANGE_HINT = re.compile(r"\d[^\S\n]*(?:tys\.?|mln|k|zł|PLN|EUR|USD|€|\$)?[^\S\n]*(?:[–—-]|do|to|and|a|до|і|и)"
                         r"[^\S\n]*(?:[$€£]|PLN|EUR|USD)?[^\S\n]*\d", re.IGNORECASE)
_FIGURE = r"\d{1,3}(?:[ \xa0\u202f.,]\d{3})*(?:,\d{1,2})?"
# the lower end before a sum: "5 000 – ", "5–", "od 5 000 do ", "between 10,000 and ", "від 5 до "
_LOW_END = re.compile(rf"(?:(?<![\w.,])(?P<a>{_FIGURE})[^\S\n]*(?P<as>tys\.?|mln|k)?[^\S\n]*"
                      rf"(?:zł|PLN|EUR|USD|€|\$|грн)?[^\S\n]*[–—-]"
                      rf"|(?<![\w])(?:od|from|between|między|pomiędzy|від|от)[^\S\n]+(?:[$€£]|PLN|EUR|USD)?[^\S\n]*"
                      rf"(?P<b>{_FIGURE})[^\S\n]*(?P<bs>tys\.?|mln|k)?[^\S\n]*(?:zł|PLN|EUR|USD|€|\$|грн)?"
                      rf"[^\S\n]+(?:do|to|and|a|до|и|і))[^\S\n]*(?:[$€£]|PLN|EUR|USD)?[^\S\n]*$", re.IGNORECASE)
# the upper end after a sum: "5 000 zł – 20 000 zł", "5 000 zł do 20 000 zł" (after "od")
_HIGH_END = re.compile(rf"[^\S\n]*(?:[–—-]|do|to|and|до)[^\S\n]*(?:[$€£]|PLN|EUR|USD)?[^\S\n]*(?P<n>{_FIGURE})"
                       rf"[^\S\n]*(?P<s>tys\.?|mln|k)?[^\S\n]*(?:zł|PLN|EUR|USD|€|euro|грн|\$)", re.IGNORECASE)
_SCALE = {"tys": 1000, "tys.": 1000, "k": 1000, "mln": 1_000_000}


def _figure(raw: str, scale: str | None, fallback: float) -> float:
    """A range end's value: its own scale word, or else the other end's ("5–20 tys.")."""
    value = parse_number(raw)
    return value * (_SCALE.get(scale.lower(), 1) if scale else fallback)


def in_range(text: str, start: int, end: int, h: MoneyHit) -> bool:
    """The sum is one end of a range of sums: a smaller figure and a dash (or "od … do")
    before it, or a dash (or "do", "to") and a larger sum right after it. A year before a dash
    ("2023 – 1 850 000 zł", a budget by year) or a figure far smaller is no range's end."""
    low = _LOW_END.search(text, max(start, h.start - 40), h.start)
    if low:
        raw, sc = (low.group("a"), low.group("as")) if low.group("a") else (low.group("b"), low.group("bs"))
        own = re.search(_FIGURE, text[h.start:h.end])
        value = _figure(raw, sc, h.amount / parse_number(own.group()) if own and parse_number(own.group()) else 1)
        year = re.fullmatch(r"(?:19|20)\d\d", raw) is not None
        if not year and 0.02 * h.amount <= value < h.amount:
            return True
    high = _HIGH_END.match(text, h.end, end)
    if high and _figure(high.group("n"), high.group("s"), 1) > h.amount:
        before = text[max(start, h.start - 12):h.start].lower()
        return bool(high.group().strip()[:1] in "–—-" or re.search(r"(?:od|from|от|від)\s*$", before))
    return False


def _appeal(text: str, start: int, h: MoneyHit, appeals: list[int]) -> bool:
    """The amount stands in a sentence asking the reader for money (appeals: where the
    text's appeal words start)."""
    dot = text.rfind(". ", 0, h.start)
    ss = max(start, text.rfind("\n", 0, h.start) + 1, dot + 2 if dot >= 0 else 0)
    return any(ss <= a < h.start for a in appeals)


def _rounded_again(h: MoneyHit, hits: Sequence[MoneyHit]) -> bool:
    """"Ponad 4,2 mln zł na …" in a headline and "4 218 900,00 zł" in the text: a round sum
    within 5 % of an exact one in the same currency is that sum again, read where it is exact."""
    if h.amount < 100_000 or h.amount != round(h.amount, -4):
        return False
    return any(o is not h and o.currency == h.currency and o.amount != round(o.amount, -4)
               and abs(o.amount - h.amount) <= 0.05 * o.amount for o in hits)
