"""Whether a Polish page speaks as "we": a first-person plural verb or possessive."""

from __future__ import annotations

import re

# "nasza szkoła otrzymała", "W naszej szkole": a possessive before a lower-case word (before a
# capital it may be a name's own word: "Grupa „Nasz Lębork”"). Polish pages only: the English
# "we also train" and the Russian "мы" speak as the publisher too, but the sets' writers
# disagree whether that makes it the runner (unseen-w w30 no, unseen-y y23 yes)
_WE_WORD = re.compile(r"(?<!\w)[Nn]asz(?:a|e|ej|ego|emu|ym|ymi|ych|ą)?\s+(?=[a-ząćęłńóśźż])")
# a Polish verb in the first person plural, present or future ("planujemy", "wykorzystamy",
# "dziękujemy", "będziemy"): found by its ending, told from a noun ("programy", "zimy") by
# Morfeusz (every reading must be the verb's: "mamy" is also "mothers")
_MY_WORD = re.compile(r"(?<!\w)[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][a-ząćęłńóśźż]+my(?!\w)")
_WE_TAGS = ("fin:pl:pri", "bedzie:pl:pri")


def speaks_as_we(text: str, lang: str) -> re.Match[str] | None:
    """The first word by which the page speaks as "we", or None."""
    if lang != "pl":
        return None
    m = _WE_WORD.search(text)
    if m:
        return m
    from ngo_atlas.lang.polish import analyse

    for v in _MY_WORD.finditer(text):
        readings = analyse(v.group().lower())
        if readings and all(r[2].startswith(_WE_TAGS) for r in readings):
            return v
    return None
