"""A quoted name broken over a line in hard-wrapped text (a PDF report, an e-mail): "w ramach
programu „Razem dla\\nedukacji”", "Grant z konkursu «Nowi\\nSąsiedzi»". The quoted-name patterns
stop at a line break, so the break inside the quotes is made a space (offsets unchanged) before
funding is read.

Only a quote that opens with a capital and closes on the very next line, with no other quote
mark between and neither line closing a sentence inside the quote: an unclosed quote on one line
and a quoted name on the next ("„Dom\\n„Sąsiedzi”") never pair; a word hyphenated at the line's
end ("Kiel-\\ncach") is left alone, a space would not mend it."""
from __future__ import annotations

import re

from ngo_atlas.extract.text import spaced

# an opening quote, a capital, the rest of the line, the break, the next line up to the closing
# quote (each side a name's length, not a paragraph)
_WRAPPED = re.compile(r"[„“«](?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9])[^„“”\"«»\n]{1,80}?(?<![-.!?:;])"
                      r"([^\S\n]*\n[^\S\n]*)(?=[^\s„“”\"«»])[^„“”\"«»\n]{1,60}[”“\"»]")


def join_wrapped_quotes(text: str, s: int, e: int) -> str:
    """text with each line break inside a quoted name (s..e) made a space; the same string
    when there is none."""
    if "\n" not in text[s:e]:
        return text
    return spaced(text, [m.span(1) for m in _WRAPPED.finditer(text, s, e)])
