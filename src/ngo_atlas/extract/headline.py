"""News headlines: the undertaking one names ('Body X joined Network Y' is about Y), and whether a heading is a clause."""

from __future__ import annotations

import re

from ngo_atlas.extract.names import capitalised_run, is_cyrillic, nominative
from ngo_atlas.extract.organisations import is_org_head
from ngo_atlas.lang.polish import FINITE_CLASSES

_WORD = re.compile(r"\S+")
# a site's name after the headline ("… Migrantów – Forum Cudzoziemców Słupsk", "… | Portal")
_SITE_TAIL = re.compile(r"\s+[–—|]\s")


def _finite_verb(word: str, lang: str) -> bool:
    """The word is a finite verb, as the language's analyser reads it."""
    w = word.strip(",.;:!?")
    if lang == "pl":
        from ngo_atlas.lang.polish import analyse

        return any(t[2].split(":")[0] in FINITE_CLASSES for t in analyse(w))
    if lang in ("uk", "ru") and is_cyrillic(w):
        from ngo_atlas.lang.slavic import analyzer

        return any("VERB" in p.tag for p in analyzer(lang).parse(w)[:2])
    # English has no analyser here: a headline's verb is inflected ("joins", "joined")
    return lang == "en" and len(w) >= 4 and w.endswith(("s", "ed")) and not w.endswith(("ss", "us"))


def headline_object(heading: str, lang: str) -> tuple[int, int, str] | None:
    """A heading that is a clause with a body as its subject ("Stowarzyszenie X dołączyło do
    Pomorskiej Sieci Wsparcia Migrantów") is news about the name after its verb, which
    is what the page describes: (start, end, name in the nominative) or None."""
    words = heading.split(maxsplit=8)
    # (most headings name no body first: a cached word test before any parsing)
    if not words or not (is_org_head(words[0]) or lang == "en" and any(map(is_org_head, words))):
        return None
    _s, subject_end = capitalised_run(heading, 0, len(heading))
    subject = heading[:subject_end].split()
    # the body's head word opens a Slavic name and closes an English one ("… Foundation")
    if not subject or not (is_org_head(subject[0]) or lang == "en" and is_org_head(subject[-1])):
        return None
    rest = list(_WORD.finditer(heading, subject_end))
    i, verb = 0, False
    # the verb and its preposition: a few lower-case words between the two names
    while i < min(len(rest), 4) and rest[i].group()[:1].islower():
        verb = verb or _finite_verb(rest[i].group(), lang)
        i += 1
    if not verb or i >= len(rest):
        return None
    a, b = capitalised_run(heading, rest[i].start(), len(heading))
    tail = _SITE_TAIL.search(heading, a, b)
    b = tail.start() if tail else b
    name = heading[a:b].strip()
    if len(name.split()) < 2:  # "… w Gdańsku": a place, not a name
        return None
    return a, b, nominative(name, lang)


def is_clause(heading: str) -> bool:
    """A Polish heading with a finite verb ("W Lublinie otwarto dwie świetlice") is a news
    headline, not a name; a word that may also be a noun ("łączy") proves nothing."""
    from ngo_atlas.lang.polish import analyse

    for w in heading.split()[1:]:
        w = w.strip(",.;:!?()")
        if w[:1].islower():
            tags = [t[2].split(":")[0] for t in analyse(w)]
            if tags and all(t in FINITE_CLASSES for t in tags):
                return True
    return False


# "X – budujemy lokalną politykę", "X — запрошуємо школи!", "X – we are hiring": a dash and a
# clause led by a finite verb (or an English subject pronoun) after a name
_DASH_CLAUSE = re.compile(r"[^\S\n]+[–—-][^\S\n]+(\S+)")
_EN_SUBJECT = ("we", "i")  # first-person subject pronouns: the writer speaking


def _only_finite(word: str) -> bool:
    """Every known reading of the lower-case word is a finite verb (Morfeusz for Latin script,
    pymorphy3 for Cyrillic); a word that may also be a noun or an adjective ("mamy") is not."""
    if not word[:1].islower():
        return False
    if is_cyrillic(word):
        from ngo_atlas.lang import slavic

        known = [p for p in slavic.word_parses(word, slavic.cyrillic_lang(word)) if p.is_known]
        return bool(known) and all(p.tag.POS in ("VERB", "PRTS") for p in known)
    if word in _EN_SUBJECT:
        return True
    from ngo_atlas.lang.polish import analyse

    tags = [t[2].split(":")[0] for t in analyse(word) if t[2] != "ign"]
    return bool(tags) and all(t in FINITE_CLASSES for t in tags)


def comment_cut(title: str) -> str:
    """A headline "Name – clause" whose part after the dash is led by a finite verb ("Olsztyn
    Międzykulturowy – budujemy lokalną politykę integracji") comments on the name before it:
    that name, when it has two words or more; otherwise the title as it is."""
    m = _DASH_CLAUSE.search(title)
    if m is None or len(title[:m.start()].split()) < 2:
        return title
    return title[:m.start()].strip() if _only_finite(m.group(1).strip(",.;:!?")) else title
