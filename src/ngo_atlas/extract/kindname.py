"""A kind phrase before a quoted name is part of the name: "Festiwal Kultur Świata „X” to
projekt …", "Centrum Integracji Cudzoziemców „X” – projekt …", "Майстерня «X» — проєкт …",
"Neighbours Festival "X" – a project of …". The noun phrase that stands as the subject with the
quote (a capitalised run of words; in Cyrillic the words from the sentence's start, only the
first capitalised) belongs to the title; a sentence-start function word ("To „X” …", "Nasz „X”")
or a body's name in an oblique case ("z Fundacją Y „X”") does not."""

from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic

# words that may stand inside a capitalised name ("Punkt Informacji i Wsparcia dla Osób …",
# "Centre of …"); a run neither starts nor ends with one
_CONNECTOR = frozenset("i oraz dla w we z ze na do o od and of for the in on de".split())
# a sentence-start determiner or pronoun before the quote is not a kind ("To „X”", "Nasz „X”",
# "Our "X"", "Наш «X»", "Этот «X»"): the closed class of demonstratives and possessives
_DETERMINER = frozenset(
    "to ten ta te tamten nasz nasza nasze wasz wasza ich jego jej jeden "
    "this that these our their its my a an the "
    "це цей ця наш наша наше ваш їхній это этот эта наш наша ваш их".split())
_PROJECT = re.compile(r"(?:projekt|project|про[еє]кт)\w*$", re.IGNORECASE)
_WORD = re.compile(r"[^\s]+")
_SENTENCE_END = re.compile(r"[.!?:;…](?:[^\S\n]|$)|[\]\)|›»>•·]\s")
_MAX_WORDS = 8


def kind_phrase_start(text: str, quote: int) -> int | None:
    """Where a kind phrase that heads the quoted name opening at `quote` starts, or None."""
    line = text.rfind("\n", 0, quote) + 1
    pre = text[line:quote]
    if not pre or not pre[-1].isspace() or pre[-2:].isspace():
        return None
    start = 0
    for m in _SENTENCE_END.finditer(pre):
        start = m.end()
    toks = [(line + m.start(), m.group()) for m in _WORD.finditer(pre, start)]
    if not toks or not toks[-1][1][:1].isupper() and not is_cyrillic(toks[-1][1]):
        return None
    if any(not any(ch.isalpha() for ch in w) or w[-1] in ",\"„”«»“" for _p, w in toks):
        # a number, a dash or a comma inside: not one noun phrase
        toks = toks[max(i for i, (_p, w) in enumerate(toks)
                        if not any(ch.isalpha() for ch in w) or w[-1] in ",\"„”«»“") + 1:]
        at_start = False
    else:
        at_start = True
    if not toks:
        return None
    if is_cyrillic(toks[-1][1]):
        run = toks  # Cyrillic: the whole clause start, its first word capitalised
        if not at_start or len(run) > 6 or not run[0][1][:1].isupper() \
                or any(w[:1].isupper() for _p, w in run[1:]) and len(run) > 3:
            return None
    else:
        i = len(toks)
        while i > 0 and (toks[i - 1][1][:1].isupper() or toks[i - 1][1].lower() in _CONNECTOR):
            i -= 1
        run = toks[i:]
        while run and (run[0][1].lower() in _CONNECTOR or run[0][1].lower() in _DETERMINER):
            run = run[1:]
        if i > 0:
            at_start = False
        if not run or len(run) > _MAX_WORDS:
            return None
    first = run[0][1]
    if first.lower() in _DETERMINER or _PROJECT.match(first):
        return None
    if not _nominative_head(first, single=len(run) == 1):
        return None
    if len(run) == 1 and not at_start and is_cyrillic(first):
        return None
    return run[0][0]


def _nominative_head(word: str, single: bool) -> bool:
    """The phrase's first word reads as a noun in the nominative (an adjective too when more
    words follow: "Wielki Piknik …"); a word the dictionaries do not know passes only in a
    phrase of two or more words ("Neighbours Festival")."""
    w = word.strip("„”\"'(),.;:«»")
    if is_cyrillic(w):
        from ngo_atlas.lang import slavic

        known = [p for p in slavic._parses(w.lower(), slavic.cyrillic_lang(w)) if p.is_known]
        if not known:
            return not single
        pos = ("NOUN",) if single else ("NOUN", "ADJF")
        return any(p.tag.POS in pos and p.tag.case == "nomn" for p in known)
    from ngo_atlas.lang import polish

    tags = [r[2] for r in polish.analyse(w) if r[2] != "ign"]
    if not tags:
        return not single
    classes = ("subst", "ger") if single else ("subst", "ger", "adj")
    return any(t.split(":", 1)[0] in classes and "nom" in polish.tag_cases(t) for t in tags)
