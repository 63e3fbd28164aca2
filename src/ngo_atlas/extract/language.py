"""The document's language: the LANG module's detector, with the document's own tag first."""

from __future__ import annotations

import re

from ngo_atlas.lang.detect import detect_language
from ngo_atlas.model import Document

# addresses are Latin letters in any language: left out, they cannot outvote a short
# Cyrillic text ("Проєкт «Разом». Пишіть: kontakt[at]razem.org.pl")
_ADDRESS = re.compile(r"[\w.+-]+(?:@|\[at\]|\(at\)|\s(?:собака|равлик)\s)[\w.-]+|(?:https?://|www\.)\S+",
                      re.IGNORECASE)
_SHORT = 3000  # a longer text has words enough to outvote a few addresses


def document_language(doc: Document, text: str) -> str:
    if doc.language and doc.language != "und":
        return doc.language
    if len(text) < _SHORT and ("@" in text or "at]" in text or "at)" in text or "://" in text
                               or "www." in text):
        text = _ADDRESS.sub(" ", text)
    return detect_language(text) or "und"
