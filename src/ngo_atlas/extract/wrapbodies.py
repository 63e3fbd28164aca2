"""A body's name broken over a line in text wrapped at a fixed width (a PDF report, an e-mail,
a narrow column): "w partnerstwie ze Stowarzyszeniem\\nRzeszowska Inicjatywa Mieszkaniowa",
"trenerki Fundacji\\nFeminoteka", "the Belarusian\\nHouse in Lublin", "Okręgowy\\nInspektorat
Pracy". The name finders stop at a line break, so the break is made a space (offsets unchanged)
before bodies are read, where the sentence runs on over it (`wrapped.runs_on`: running text, not
a list, a card's fields or a heading; the next line opens no field, "Czas trwania: …") and both
sides belong to one name: a capitalised word ends the line and a capitalised word, an opening
quote, or a lower-case link word before a capital ("i Gminy X", "we Wrocławiu", "of Sciences")
opens the next one."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import spaced
from ngo_atlas.extract.wrapped import FIELD_START, runs_on

_UP = "A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_LOW = "a-ząćęłńóśźżß-öø-ÿа-яёіїєґ'’"
# link words inside a body's name in pl/ru/uk/en
_LINK = r"(?:i|w|we|z|ze|na|do|dla|ds\.|im\.|и|і|й|в|у|для|при|of|for|and|the|in)"
# a capitalised word ending a line, the break, then the next line's opening
_BROKEN = re.compile(rf"(?<![\w'’.-])[{_UP}][{_LOW}-]*[{_LOW}]([^\S\n]*\n[^\S\n]*)"
                     rf"(?=[{_UP}][{_LOW}]|[„«\"“]|{_LINK}\s+[{_UP}„«\"])")


def join_wrapped_bodies(text: str, s: int, e: int) -> str:
    """text with each line break that wraps a body's name within s..e made spaces; the same
    string when there is none."""
    joins = [m.span(1) for m in _BROKEN.finditer(text, s, e)
             if not FIELD_START.match(text, m.end(1)) and runs_on(text, m.start(1) + m.group(1).index("\n"))]
    return spaced(text, joins)
