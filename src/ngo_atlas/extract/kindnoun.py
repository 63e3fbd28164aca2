"""The lower-case Polish words that say what kind of body a foreign name after them is."""

from __future__ import annotations

import re

from ngo_atlas.extract.names import adjective_like
from ngo_atlas.lang import polish

# up to three lower-case words, then the capital that opens the name
_RUN = re.compile(r"((?:[a-ząćęłńóśźż]+[^\S\n]+){1,3})(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_NAME_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]*")
# heads of schemes, not of bodies: "ze środków programu Erasmus+" names the programme itself
_SCHEMES = frozenset({"program", "fundusz", "mechanizm", "inicjatywa", "platforma"})


def kind_words_end(text: str, pos: int, e: int, is_head) -> int:
    """"Partnerem norweskim jest związek zawodowy Fellesforbundet", "było stowarzyszenie
    Flüchtlingsrat Mecklenburg-Vorpommern e.V.": a body's head noun in lower case (an
    adjective may stand on either side of it) before a name in another language tells what
    kind of body it is; the name, which has its own head in its own language, starts after it.
    A Polish name keeps the head ("stowarzyszenie Homo Faber" is Stowarzyszenie Homo Faber),
    and so does a local unit ("gmina Drammen"); a scheme's head ("programu Erasmus+") is no kind
    of body. Returns `pos` when no such words stand there."""
    m = _RUN.match(text, pos, e)
    if m is None:
        return pos
    words = m.group(1).split()
    heads = [w for w in words if is_head(w[:1].upper() + w[1:])]
    lemma = polish.base_lemma(polish.lemma_of(heads[0])).lower() if len(heads) == 1 else ""
    if not lemma or lemma in polish.UNIT_HEADS or lemma in _SCHEMES:
        return pos
    if not all(w in heads or adjective_like(w) for w in words):
        return pos
    # (an acronym after a lower-case head is that body's own name: "biura IOM w Manili")
    first = _NAME_WORD.match(text, m.end(), e)
    if first is None or first.group().rstrip(".").isupper() or is_head(first.group()):
        return pos
    return m.end() if _unknown(first.group()) else pos


def _unknown(word: str) -> bool:
    """A word Morfeusz does not know: not Polish ("Fellesforbundet", "Flüchtlingsrat")."""
    w = word.rstrip(".")
    return bool(w) and all(a[2] == "ign" for a in polish.analyse(w))
