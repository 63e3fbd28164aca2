"""FUNDFP (round 40): a town's body as the subject of a giving verb with a sum is a payer:
"а місто Варшава додає 1,1 млн злотих", "міська рада Любліна виділила 80 000 злотих",
"город Краков выделил 50 000 злотых", "miasto Kielce dołożyło 10 000 zł", "the city of Gdańsk
added PLN 20,000". Writers add a second payer this way in every language, the body written
with a lower-case common noun that the name finders do not read as a name. The subject stands in
the nominative, so the name is kept as written ("міська рада Любліна": the council of the
town, its genitive). A sum must follow the verb in the sentence: "місто Варшава додає нові
маршрути" names no money, and a town in any other case ("у місті X", "w mieście X") is a place."""
from __future__ import annotations

import re

from ngo_atlas.extract.organisations import is_org_head
from ngo_atlas.model import Funding, Span

_NOUNS = ("міст", "місь", "город", "miast", "gmin", "city")
_VERBS = ("дода", "добав", "виділ", "выдел", "dokład", "dołoż", "przeznacz", "przekaza", "added", "adds",
          "contribut", "фінансує", "финансирует", "finansuje", "sfinansow")
_SUBJECT = re.compile(
    r"(?<![\w])(?P<name>(?i:місто|город|міська\s+рада|городской\s+совет|miasto|gmina|(?:the\s+)?city\s+of)\s+"
    r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+)?)"
    r"(?:\s*\([^()\n]{1,60}\))?\s+(?i:також\s+|также\s+|także\s+|również\s+|also\s+)?"
    r"(?i:дода(?:є|в|ла|ло)|добав(?:ляет|ил[аои]?)|виділ(?:яє|ив|ила|ило)|выдел(?:яет|ил[аои]?)|"
    r"dokłada|dołożył[aoy]?|przeznaczył[aoy]?|przekazał[aoy]?|adds|added|contribut(?:es|ed)|"
    r"фінансує|финансирует|finansuje|sfinansował[aoy]?)(?![\w])"
    # a sum after the verb, in the same sentence: a number with its currency ("10 000 zł",
    # "1,1 млн злотих", "PLN 20,000"); "przekazało 3 sale" gives rooms, no money
    r"(?=[^.!?;\n]{0,40}?(?:\d[\d\s,.]*\s?(?i:zł|zl\b|pln|eur|usd|€|\$|злот|грн|гривень|тис|тыс|млн|mln|tys|thousand|million)"
    r"|(?i:pln|eur|usd|€|\$)\s?\d))")


def town_subject_payers(out: list[Funding], text: str, s: int, e: int) -> None:
    """Add each town body the text names as giving a sum (see above), unless read already."""
    low = text[s:e].lower()
    # most pages name no such body, or no giving verb: skip the scan
    if not any(w in low for w in _NOUNS) or not any(w in low for w in _VERBS):
        return
    for m in _SUBJECT.finditer(text, s, e):
        before = text[max(s, m.start() - 40):m.start()]
        prev = before.split()[-1:]
        # the noun inside a body's own name ("Stowarzyszenie Miasto Otwarte", "„Miasto Dzieci”")
        if before[-1:] in "„\"«'" and before or prev and is_org_head(prev[0]):
            continue
        name = re.sub(r"^(?i:the\s+)", "", " ".join(m.group("name").split()))
        key = name.casefold()
        if any(f.funder and f.funder.casefold() in (key, key.split(None, 1)[-1]) for f in out):
            continue
        out.append(Funding(name, None, None, None, Span(m.start("name"), m.end("name"), "town_subject", 0.7)))
