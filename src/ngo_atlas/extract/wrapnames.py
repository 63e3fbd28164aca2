"""A person's name broken over a line in text flattened from a PDF or a narrow column
("Koordynatorką była Natalia\\nKaczmarek", "dr Marta\\nJaroszewicz"): the name patterns stop at
a line break, so the first name at a line's end and the surname that opens the next line are
joined into one line (the break becomes a space, offsets unchanged) before people are read.

Only when the pair is a name by the dictionary: the word ending the line is a first name, the
one opening the next is a surname (or unknown to the dictionary, a foreign one), and no capitalised
word stands before the first name on its line ("Kowalski Jan\\nNowak Anna", a list one name a
line, surname first). A list item, a heading or a signature block standing on the next line
opens with a bullet, a digit or a common word ("Koordynatorka", "Kontakt"), never joined."""
from __future__ import annotations

import re

from ngo_atlas.extract.text import spaced
from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.lang import polish, slavic
from ngo_atlas.lang.cyrillic_names import is_transcribed_first_name

_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_LOW = "a-ząćęłńóśźżà-ÿа-яёіїєґ'’"
# a capitalised word ending a line, the break, a capitalised word opening the next line
_BROKEN = re.compile(rf"(?<![\w'’.-])([{_UP}][{_LOW}]+)([^\S\n]*\n[^\S\n]*)([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
                     rf"(?![\w'’])")
# a title before the first name ("Dr Marta\nX", "Pani Anna\nY")
_TITLE = re.compile(r"(?i:dr|prof|hab|mgr|inż|lic|pani|pan|ks)\.?")


def _after_capital(text: str, ls: int, pos: int) -> bool:
    """The first name follows a capitalised word on its line ("Kowalski Jan\nNowak Anna",
    "Fundacja Nadzieja\nWarszawa"): it may end a name or a body's name already, never joined."""
    prev = text[ls:pos].split()
    word = prev[-1] if prev else ""
    return word[:1].isupper() and word[-1:].isalpha() and not _TITLE.fullmatch(word)


def _first_name(word: str) -> bool:
    """A first name in the singular ("Natalia", "Bartosz"); "Kraków" is one only as the plural
    genitive of "Krak", a city's name at a line's end before the next line's heading. A name from
    the East spelt in Latin letters, unknown to the Polish dictionary ("Iryna", "Oksana"), or
    written in Cyrillic ("Тамара") is asked of the Russian and Ukrainian dictionaries."""
    if is_cyrillic(word):
        return slavic.is_first_name(word, "uk") or slavic.is_first_name(word, "ru")
    if not polish.is_known(word):
        return is_transcribed_first_name(word)
    return any("imię" in a[3] and "sg" in a[2].split(":")[1].split(".") for a in polish.analyse(word)
               if a[2].count(":") >= 1)


def _surname(word: str) -> bool:
    head = word.split("-", 1)[0]
    if is_cyrillic(head):
        return not _cyrillic_common(head)
    return polish.is_surname(head) or not polish.is_known(head)


def _cyrillic_common(word: str) -> bool:
    """A Cyrillic word the dictionaries know as something else than a surname ("Координатор",
    "Контакт"): the next line's heading or label, not the name's second half."""
    for lang in ("uk", "ru"):
        if slavic.is_surname(word, lang):
            return False
    return slavic.word_is_known(word, "uk") or slavic.word_is_known(word, "ru")


def join_broken_names(text: str, s: int, e: int) -> str:
    """text with each line break inside a person's name (s..e) made a space; the same string
    when there is none."""
    joins: list[tuple[int, int]] = []
    for m in _BROKEN.finditer(text, s, e):
        first, last = m.group(1), m.group(3)
        if not _first_name(first) or not _surname(last):
            continue
        if _after_capital(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue
        joins.append(m.span(2))
    return spaced(text, joins)
