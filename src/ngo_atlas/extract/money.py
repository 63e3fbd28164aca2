"""Money amounts ("21 775 USD", "999 750,00 PLN", "830 mln EUR", "10 000 zł") and which one is the grant."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, currency_map, lexicon
from ngo_atlas.extract.text import CI


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
    num = (r"\d{1,3}(?:[ \xa0\u202f.]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
           r"|\d+(?:[.,]\d{1,2})?")
    # "€1.2m", "USD 150k": a one-letter scale right after the figure; "150 000,- zł": the dash
    # for no grosze
    return re.compile(
        rf"(?P<pre>[$€£]|\b(?:PLN|EUR|USD|CHF|GBP|UAH|CAD|NOK|SEK)\b)\s?(?P<n1>{num})(?:,-)?"
        rf"(?:\s*(?P<s1>{scale})|(?P<s3>[mk])(?![\w]))?"
        rf"|(?<![\w\d])(?P<n2>{num})(?:,-)?\s*(?:(?:(?P<s2>{scale})\s*)|(?P<s4>[mk])\s+)?(?P<cur>{cur})(?![\w])",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def _currency_hint() -> CI:
    """Every amount names its currency: this skip-ahead scan of the lowered text for the
    currency words alone rules out most texts before the IGNORECASE amount scan."""
    return CI(r"[$€£]|pln|eur|usd|chf|gbp|uah|cad|nok|sek|" + alternation(list(currency_map())))


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


@lru_cache(maxsize=64)  # the grant chooser and the funder shares read the same project range
def _find_money(text: str, start: int, end: int) -> tuple[MoneyHit, ...]:
    out: list[MoneyHit] = []
    scales = lexicon()["scales"]
    if not _currency_hint().search(text, start, end):
        return ()  # no currency named: most project texts give no amount
    for m in _money_regex().finditer(text, start, end):
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
        out.append(MoneyHit(m.start(), m.end(), value, code))
    return tuple(out)


@lru_cache(maxsize=1)
def _cue_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    return (re.compile(alternation(lx["grant_amount_cues"]), re.IGNORECASE),
            re.compile(alternation(lx["total_amount_cues"]), re.IGNORECASE))


def grant_amount(text: str, start: int, end: int, amount_labels: list[tuple[int, int]]
                 ) -> MoneyHit | None:
    """The project's grant: an amount in a grant-labelled or grant-worded line beats a total."""
    hits = find_money(text, start, end)
    if not hits:
        return None
    grant, total = _cue_regexes()
    best, best_score = None, -1.0
    for h in hits:
        ls = text.rfind("\n", 0, h.start) + 1
        context = text[max(ls, h.start - 120):h.start]
        score = 0.5
        if any(s <= h.start < e for s, e in amount_labels):
            score += 0.2
        if grant.search(context):
            score += 0.3
        if total.search(context):
            score -= 0.2
        if score > best_score:
            best, best_score = h, score
    if best is None:
        return None
    return MoneyHit(best.start, best.end, best.amount, best.currency, "money_grant",
                    min(0.95, best_score))
