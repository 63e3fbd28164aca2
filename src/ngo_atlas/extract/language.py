"""The document's language: the LANG module's detector, with the document's own tag first."""

from __future__ import annotations

from ngo_atlas.lang.detect import detect_language
from ngo_atlas.model import Document


def document_language(doc: Document, text: str) -> str:
    if doc.language and doc.language != "und":
        return doc.language
    return detect_language(text) or "und"
