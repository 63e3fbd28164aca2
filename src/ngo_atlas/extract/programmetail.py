"""FUND-M (round 28): a programme's name ends where the grant's particulars begin.

A label or a money sentence gives the programme and then, after a comma, what belongs to the
grant and not to the name: its agreement number ("OPUS 22, nr 2021/43/B/HS6/01234", "Call 5,
No. 101/2023", "конкурс X, № 12/2024"), its sum ("OPUS 16, 498 200 zł", "Y, PLN 120,000") or
the numbered part of the programme the grant came from ("Horyzont Europa, Klaster 2 …",
"Program X, poddziałanie 19.3", "Y, Priority 4", "Z, Action 2"). Any writer of such a page puts
them there, in the four languages alike; no programme name of the read sets' gold holds one.
The name is cut before that comma. A funder that is itself only such a part ("Priorytet 7
Fundusze europejskie …, Działanie 7.3") names no body and is dropped."""
from __future__ import annotations

import re

# the numbered parts of a programme (a closed class of the words calls use for them)
PROGRAMME_PART = (r"(?:pod)?działani[ea]|poddziałani[ea]|priorytet|oś\s+priorytetow\w+|klaster|komponent|"
         r"measure|sub-?measure|priority(?:\s+axis)?|cluster|action|strand|component|"
         r"захід|пріоритет|компонент|кластер|мероприятие|приоритет")
# an agreement's number: "nr", "no.", "№" before a code holding a digit
_NUMBER = r"(?:nr|no\.?|numer|number|№)\s*[\w./-]*\d"
# a sum: a currency sign or code and digits, or digits and a currency word
_SUM = (r"(?:(?:pln|eur|usd|chf|gbp|uah|€|\$|£)\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:zł|pln|eur|euro|usd|chf|gbp|uah|"
        r"mln|tys\.?|грн|злотих|злотых|євро|евро|доларів|долларов)(?![\w]))")
_TAIL = re.compile(r",\s+(?:(?i:" + _NUMBER + r")|(?i:" + _SUM + r")|(?i:" + PROGRAMME_PART + r")\s+\d)")
_PART_FUNDER = re.compile(r"(?i:" + PROGRAMME_PART + r")\s+\d")


def programme_without_tail(name: str) -> str:
    """The programme's name before a comma that starts its number, sum or numbered part."""
    m = _TAIL.search(name)
    return name[:m.start()].rstrip(" ,;–—-") if m and m.start() > 0 else name


def trim_programme_tails(items: list) -> list:
    """Each programme cut before the grant's particulars; a funder that is a programme's
    numbered part ("Priorytet 7 …") dropped (its programme, if any, is kept without a payer)."""
    out = []
    for f in items:
        if f.programme:
            f.programme = programme_without_tail(f.programme) or f.programme
        if f.funder and _PART_FUNDER.match(f.funder):
            if not f.programme:
                continue
            f.funder = None
        out.append(f)
    return out
