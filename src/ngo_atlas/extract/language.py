"""The document's language: the LANG module's detector, with the document's own tag first."""

from __future__ import annotations

from ngo_atlas.lang.detect import detect_language
from ngo_atlas.model import Document

# addresses are Latin letters in any language: left out of a short text, they cannot outvote
# its Cyrillic words ("Проєкт «Разом». Пишіть: kontakt[at]razem.org.pl")
_MARKS = ("@", "[at]", "(at)", "://", "www.")
_SHORT = 3000  # a longer text has words enough to outvote a few addresses


def document_language(doc: Document, text: str) -> str:
    if doc.language and doc.language != "und":
        return doc.language
    if len(text) < _SHORT:
        text = _without_addresses(text)
    return detect_language(text) or "und"


def _without_addresses(text: str) -> str:
    """The text with every whitespace-delimited token holding an address mark blanked
    (found with str.find: a regex tried at every position cost more than the detection)."""
    spans = []
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            a = i
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            b = i + len(mark)
            while b < len(text) and not text[b].isspace():
                b += 1
            spans.append((a, b))
            i = text.find(mark, b)
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
