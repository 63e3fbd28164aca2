"""A thanks header that opens a list, one thanked body an item, each with its reason:

    Szczególnie dziękujemy:
    – Gminnemu Ośrodkowi Kultury w X za współorganizację warsztatów,
    – Ochotniczej Straży Pożarnej w Y za pokaz ratownictwa,
    Szczególne podziękowania dla:
    • Parafii pw. Z – za udostępnienie sali,

The sentence reader of thanks (organisations._thanked) reads "Dziękujemy X za Y" within one
sentence; here the header and its items stand on lines of their own. A body that opens an item
(or follows another one there after "i"/"oraz"/","/"and") before the item's reason ("za",
"for", "за") helped the project: `partner` where the reason is work together or the header
speaks of partners ("Bez partnerów nie dalibyśmy rady. Dziękujemy:"), `other` otherwise. A body
named after a lower-case noun ("uczniom Szkoły X", "firmie X") is whom the people thanked come
from, not the thanked body, and is left out; an item with no reason is no thanks."""

from __future__ import annotations

import re

from ngo_atlas.extract.funder_mentions import MONEY_WORD

# (cheap gate: most pages thank nobody)
_WORDS = ("dzięk", "Dzięk", "DZIĘK", "odzięk", "ODZIĘK", "thank", "Thank", "grateful", "дяку", "Дяку", "подяк",
          "Подяк", "благодар", "Благодар")
# the header: a line ending with a colon right after the thanking words ("… dziękujemy:",
# "Podziękowania dla:", "We would like to thank:", "Особлива подяка:")
_HEADER = re.compile(
    r"(?im)^[^\n]{0,80}?(?:dziękujemy|dziękuję|podziękowania(?:[^\S\n]+(?:składamy|kierujemy))?(?:[^\S\n]+(?:dla|do))?|"
    r"(?:we|I)(?:[^\S\n]+would[^\S\n]+like[^\S\n]+to)?[^\S\n]+thank|(?:special[^\S\n]+)?thanks[^\S\n]+(?:go[^\S\n]+)?to|"
    r"дякуємо|подяк[аиу](?:[^\S\n]+\w+){0,1}|благодарим|благодарность(?:[^\S\n]+\w+){0,1})"
    # ("Dziękujemy naszym partnerom:", "We thank our partners:": a few lower-case words)
    r"(?:[^\S\n]+[a-ząćęłńóśźżа-яёіїєґ][\w’']*,?){0,3}[^\S\n]*:[^\S\n]*$")
# an item: a dash, a bullet or an arrow opens the line
_ITEM = re.compile(r"[^\S\n]*[–—\-•→·*▪●►][^\S\n]+(?:the[^\S\n]+)?")
# the reason after the body: "za", "for", "за" (a dash may stand before it)
_REASON = re.compile(r"(?:[^\S\n]+[–—-])?[^\S\n]+(?:za|for|за)[^\S\n]+(?=[^\W\d])")
# a reason that is work done together, or a header that calls the thanked its partners
_TOGETHER = re.compile(r"(?i:współprac|współorganiz|współtworz|partnerst|cooperation|co-?organi|partnership|"
                       r"співпрац|співорганіз|сотруднич|соорганиз|партнерств)")
_PARTNERS = re.compile(r"(?i:partner|партнер)")
# what may stand between two bodies in one item
_JOIN = re.compile(r"[^\S\n]*(?:,|i|oraz|and|та|і|и)[^\S\n]+")


def thanked_items(text: str, s: int, e: int, find) -> list[tuple[int, int, str]]:
    """(start, end, role) of each body thanked in a listed item under a thanks header in
    text[s:e]; find(text, a, b) gives the body mentions in a span."""
    seg = text[s:e]
    if not any(w in seg for w in _WORDS):
        return []
    out: list[tuple[int, int, str]] = []
    for h in _HEADER.finditer(text, s, e):
        together_all = bool(_PARTNERS.search(text, h.start(), h.end()))
        p = h.end() + 1
        while p < e:
            le = text.find("\n", p)
            le = e if le < 0 or le > e else le
            item = _ITEM.match(text, p, le)
            if item is None:
                if p == h.end() + 1 and not text[p:le].strip():
                    p = le + 1  # one blank line between the header and its list
                    continue
                break
            reasons = list(_REASON.finditer(text, item.end(), le))
            # ("– Fundacji X za dofinansowanie projektu": the payer, whom the funding readers
            # find; `other` here would take its funder role from it)
            if reasons and not MONEY_WORD.search(text, reasons[0].end(), le):
                # (the last reason bounds the bodies: "Foundation for X for the hall")
                role = "partner" if together_all or _TOGETHER.search(text, reasons[0].end(), le) else "other"
                at = item.end()
                for a, b in sorted(find(text, item.end(), reasons[-1].start())):
                    if a != at and not _JOIN.fullmatch(text, at, a):
                        break  # "uczniom Szkoły X": the body the people thanked come from
                    out.append((a, b, role))
                    at = b
            p = le + 1
    return out
