"""Where the query's words occur in a hit's snippet, and the snippet as HTML with them marked."""

from __future__ import annotations

from markupsafe import Markup, escape

from ngo_atlas.lang.analyzer import WORD, query_terms, word_terms


def word_spans(snippet: str, text: str, lang: str | None) -> list[list[int]]:
    """[start, end] of each snippet word that matches a word of the query ``text``.

    Matched the way search matches (lemmas and folded forms), so "migrantów" marks
    "migranci" and "Krakow" marks "Krakowie".
    """
    wanted = {t for alts in query_terms(text, None) for t in alts}
    if not wanted or not snippet:
        return []
    return [
        [m.start(), m.end()]
        for m in WORD.finditer(snippet)
        if wanted.intersection(word_terms(m.group(), lang))
    ]


def marked(snippet: str, spans: list[list[int]]) -> Markup:
    """The snippet escaped piece by piece, each matching word in <mark>; a span outside
    the text or out of order is skipped, never trusted."""
    out: list[str] = []
    at = 0
    for start, end in spans:
        if not at <= start < end <= len(snippet):
            continue
        out += [str(escape(snippet[at:start])), f"<mark>{escape(snippet[start:end])}</mark>"]
        at = end
    out.append(str(escape(snippet[at:])))
    return Markup("".join(out))
