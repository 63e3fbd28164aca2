"""Page furniture that reads like a list item but names no project of its own."""
from __future__ import annotations

import re

from ngo_atlas.extract.organisations import is_org_head

# verbs of saying that attribute a quoted speech ("mówi X", "says X", "каже X", "говорит X")
_SAYING = (r"(?i:mówi|mówił[a]?|powiedział[a]?|dodaje|dodał[a]?|podkreśla|podkreślił[a]?|tłumaczy|"
           r"wyjaśnia|opowiada|przyznaje|zauważa|says|said|adds|added|explains|notes|recalls|"
           r"говорит|сказал[а]?|отмечает|добавляет|рассказывает|объясняет|"
           r"каже|сказав|сказала|додає|зазначає|розповідає|пояснює)")
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_LOWER = "a-ząćęłńóśźżа-яёіїєґ"
# „quoted speech” [,] – then the attribution, to the end of the block
_TESTIMONIAL = re.compile(
    r"[^\S\n]*(?:[•*●▪▸►▶■◆◦○][^\S\n]+)?[„“\"«](?P<q>[^\n]{3,400}?)[”“\"»][.,!?…]?\s*"
    r"(?:(?:[–—-][^\S\n]*)?(?P<v>" + _SAYING + r")(?![\w])[^\n]{0,120}"
    # "– Olena, uczestniczka kursu", "– Samira, project participant", "– Ольга, учасниця"
    r"|[–—-][^\S\n]*(?P<n>[" + _UPPER + r"][\w.'’-]*(?:[^\S\n]+[" + _UPPER + r"][\w.'’-]*){0,2})"
    r"(?P<r>,[^\S\n]*[" + _LOWER + r"][^\d\n]{0,80})?)"
    r"[^\S\n]*$")
_SENTENCE_END = re.compile(r"[.!?…]$")
# a full stop after a word (not an initial or "Dr", "ks.", "prof.") and a capital: a new sentence
_NEXT_SENTENCE = re.compile(r"\w{5,}[.!?][^\S\n]+[" + _UPPER + r"]")


def testimonial(text: str, s: int, e: int) -> bool:
    """The block text[s:e] is a quoted speech and its attribution, nothing more: a testimonial
    ("„Kurs pomógł mi …” – Olena, uczestniczka", '"It helped," says X', "«…», – каже X"),
    page furniture that names no project even when the attribution says "of the project"."""
    if e - s > 600 or text[s:e].lstrip()[:1] not in "•*●▪▸►▶■◆◦○„“\"«":
        return False
    m = _TESTIMONIAL.match(text[s:e].rstrip())
    if m is None:
        return False
    if m.group("n") is None:
        # a verb of saying; its attribution ends the block ('says X, the manager. Our partner …'
        # goes on about the work)
        return _NEXT_SENTENCE.search(m.group(0), m.end("v")) is None
    name = m.group("n")
    if is_org_head(name.split()[0]):
        return False  # "„X” – Fundacja Y": a digest item's name and its body
    # a name after the dash: the quote reads as speech (a sentence), or a short role follows the
    # name ("– Olena, uczestniczka kursu"); "„Wspólna kuchnia” – Poznań" is a digest item's name
    # and its town
    return bool(_SENTENCE_END.search(m.group("q").strip())) \
        or len(m.group("q").split()) >= 4 and bool(m.group("r")) and len(m.group("r").split()) <= 6
