"""A body's name cut at the comma or the conjunction inside its own matter (round 41, ORG-T).

Many official names carry a series of genitives: "Ministerstwo Rodziny, Pracy i Polityki
Społecznej", "Fundusz Azylu, Migracji i Integracji", "Фонд Ирены и Ежи Ковальских", "Wydział
Nauk o Polityce i Bezpieczeństwie". The list readers split such a name at its comma or its
"i"/"и" as if two bodies were listed, and keep only "Ministerstwo Rodziny". The census of round
41 found this cut in nine writers' sets.

The name read is given back its tail when the page never writes the short form alone: every
place where the short form stands (its head word in any case) goes on with the same tail of
", Word" items and "i/oraz/и/і/та Word [Word]", whose words are capitalised, none of them an
organisation's head word ("i Fundacji X" starts a second body) nor an acronym, and whose last
word has no nominative reading (a second body listed after "i" is named in the case of the
first: "Ministerstwu Rodziny i Polskiej Akcji Humanitarnej" would be two, and is left when the
short form is in the nominative, since then the tail word must be oblique against a nominative
head; the short form's own last word must be oblique too: "Gmina Lublin i Powiat X" is two).
Round 42: the tail's items are matters in the case of one of the name's words after its head (of
the word after "o"/"по" when the tail opens with one), and not people unless the name's last word
is people too: "Мы благодарим Фонд развития, волонтёров и партнёров" and "Фонду развития, городу
и району" thank a body and others beside it.
"""
from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic

_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_WORD = rf"[{_UP}][\w-]+"
_AND = r"(?:i|oraz|и|і|та|й)"
_SMALL = r"(?:o|na|dla|do|ds\.|по|для|з|с)"  # "Wydział Nauk o Polityce i Bezpieczeństwie"


def _tail(word: str, more: str) -> re.Pattern[str]:
    sp = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # a plain-text page's hard wrap may fall inside the name
    return re.compile(rf"((?:{sp}{_SMALL}{sp}{word})?(?:,{sp}{word})*"
                      rf"{sp}{_AND}{sp}{word}{more})(?![\w-])")


_TAIL = _tail(_WORD, rf"(?:[^\S\n]+{_WORD})?")  # "i Polityki Społecznej"
_LOW_TAIL = _tail(r"[а-яёіїєґ][\w-]+", "")  # "Фонд убежища, миграции и интеграции": a Cyrillic name in lower case
_SEATED = {"w", "we", "z", "ze", "в", "во", "у", "із", "з"}  # "w Gdańsku i Sopocie": a seat, no matter


def extend(text: str, projects: list, lang: str) -> None:
    """Give each body (organisation, and the same payer in funding) its uncut name, in place."""
    names = {o.name for p in projects for o in p.organizations}
    for name in names:
        full = _uncut(text, name, lang)
        if not full:
            continue
        tail = _stems(full[len(name):])
        for p in projects:
            if not any(o.name == name for o in p.organizations):
                continue
            for o in p.organizations:
                if o.name == name:
                    o.name = full
            p.organizations = [o for o in p.organizations if not _stems(o.name) <= tail]
            for f in p.funding:
                if f.funder == name:
                    f.funder = full
            p.funding = [f for f in p.funding if not (f.funder and _stems(f.funder) <= tail)]


_GOES_ON = re.compile(rf"(?:[^\S\n]+{_SMALL}[^\S\n]+[\w-]+)?(?:,|\s+{_AND}\s)")


def _goes_on(text: str, last: str) -> bool:
    """Some occurrence of the word is followed by a comma or a conjunction (string search, no page scan)."""
    at = text.find(last)
    while at != -1:
        end = at + len(last)
        if _GOES_ON.match(text, end) and not text[at - 1:at].isalnum():
            return True
        at = text.find(last, end)
    return False


def _stems(words: str) -> set[str]:
    """The name's words cut to five letters ("Migracji" and "Migracja" share "migra")."""
    return {w.casefold()[:5] for w in re.findall(r"[\w-]+", words) if len(w) > 2}


def _uncut(text: str, name: str, lang: str) -> str | None:
    from ngo_atlas.extract.organisations import is_org_head

    words = name.split()
    if not 2 <= len(words) <= 4 or words[-2].lower() in _SEATED:
        return None
    last = words[-1]
    if not _goes_on(text, last):
        return None  # the cheap gate first: the last word is never followed by a comma or a conjunction
    low = is_cyrillic(last[:1]) and last.islower()
    if not (last[:1].isupper() or low) or last.isupper() or not is_org_head(words[0]) or not _oblique(last, lang):
        return None
    head = words[0]
    stem = head[:-1] if len(head) > 4 else head
    short = re.compile(r"(?<![\w-])" + re.escape(stem) + r"\w{0,3}[^\S\n]+"
                       + r"[^\S\n]+".join(re.escape(w) for w in words[1:]) + r"(?![\w-])")
    tails, heads = set(), set()
    for m in short.finditer(text):
        t = (_LOW_TAIL if low else _TAIL).match(text, m.end())
        if not t:
            return None  # the short form stands alone somewhere: the page uses it as the name
        tails.add(re.sub(r"\s+", " ", t.group(1)))
        heads.add(text[m.start():].split(None, 1)[0])
    tail = min(tails, key=len) if tails else None
    if tail is None or not all(t == tail or t.startswith(tail + " ") for t in tails):
        return None  # "i Bezpieczeństwie" and "i Bezpieczeństwie UMK": the shorter is the name
    tail_words = [w for w in re.split(r"[\s,]+", tail) if w and not re.fullmatch(_AND, w) and not re.fullmatch(_SMALL, w)]
    if any(is_org_head(w) or w.isupper() or low and _cyr_head(w) for w in tail_words):
        return None
    if low and not all(_oblique(w, lang) for w in tail_words) or not all(_common(w, lang) for w in tail_words):
        return None  # "Fundacji Batorego, Kulczyków i Wiśniewskich": a series of surnames may be donors
    if any(_person(w, lang) for w in tail_words) and not _person(last, lang):
        return None  # "Фонд развития, волонтёров и партнёров": people thanked beside the body, not its matter
    after = re.match(rf"\s*{_SMALL}\s", tail)  # "Nauk o Polityce i Bezpieczeństwie": the items go with "Polityce"
    # the first matter may stand before the last word: "Fundacja przeciwko Handlowi Ludźmi i Niewolnictwu"
    refs = [tail_words[0]] if after else [w for w in words[1:] if w.lower() not in _SEATED and not re.fullmatch(_SMALL, w)]
    if not any(_agrees(ref, tail_words, set() if after else heads, lang) for ref in refs):
        return None  # "Фонду развития, городу и району": a series of matters is in its first matter's
        # case, the genitive of a name's matters, not (only) the case the body's own head word is in
    listed = len(words) == 2 and tail.startswith(",")  # "Fundusz Azylu, Migracji i Integracji"
    if not _oblique(tail_words[-1], lang) or not listed and _nominative(tail_words[-1], lang):
        return None  # ("интеграции" may read as a plural nominative: a single-word series item is not a body)
    if not listed and all(_cases(h, lang) & _cases(tail_words[-1], lang) for h in heads):
        return None  # "Urzędu Miasta Krakowa i Wojewody Małopolskiego": two bodies in one case
    return name + tail


def _agrees(ref: str, tail_words: list[str], heads: set[str], lang: str) -> bool:
    """Every tail word shares a case with the name's word it goes on from; a case the body's head
    word is in everywhere is no sign of a name, unless it is the genitive of a name's matters."""
    shared = _cases(ref, lang)
    for w in tail_words:
        shared &= _cases(w, lang)
    return bool(shared) and ("gen" in shared or not any(shared <= _cases(h, lang) for h in heads))


def _cyr_head(word: str) -> bool:
    from ngo_atlas.extract.organisations import _cyr_head as head
    return head(word)


_PM = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "inst", "loct": "loc"}


def _cases(word: str, lang: str) -> set[str]:
    """Every case the word form may be in ("Urzędu": gen; "Ministerstwo": nom, acc)."""
    if is_cyrillic(word[:1]):
        from ngo_atlas.lang import slavic
        cl = lang if lang in ("ru", "uk") else "ru"
        return {_PM[g] for p in slavic.word_parses(word.lower(), cl) if p.is_known
                for g in p.tag.grammemes if g in _PM}
    from ngo_atlas.lang import polish
    return polish.word_cases(word)


def _common(word: str, lang: str) -> bool:
    """The dictionary knows the word as a common noun or adjective, not as a person's name."""
    if is_cyrillic(word[:1]):
        from ngo_atlas.lang import slavic
        cl = lang if lang in ("ru", "uk") else "ru"
        known = [p for p in slavic.word_parses(word.lower(), cl) if p.is_known]
        return bool(known) and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in known)
    from ngo_atlas.lang import polish
    reads = polish.analyse(word.lower())
    return any(t[2].split(":")[0] in ("subst", "adj") for t in reads) and not any(
        {"imię", "nazwisko"} & set(t[3]) for t in polish.analyse(word))


def _person(word: str, lang: str) -> bool:
    """Every noun reading of the word names a person or people ("волонтёров", "Partnerów"): a name's
    series of matters is of things ("развития, миграции"), unless its own last word is people too
    ("по делам ветеранов и инвалидов")."""
    if is_cyrillic(word[:1]):
        from ngo_atlas.lang import slavic
        cl = lang if lang in ("ru", "uk") else "ru"
        nouns = [p for p in slavic.word_parses(word.lower(), cl) if p.is_known and "NOUN" in p.tag.grammemes]
        return bool(nouns) and all("anim" in p.tag.grammemes for p in nouns)
    from ngo_atlas.lang import polish
    nouns = [t[2].split(":") for t in polish.analyse(word.lower()) if t[2].startswith("subst:")]
    return bool(nouns) and all(len(t) > 3 and "m1" in t[3].split(".") for t in nouns)


def _oblique(word: str, lang: str) -> bool:
    if is_cyrillic(word[:1]):
        from ngo_atlas.lang import slavic
        cl = lang if lang in ("ru", "uk") else "ru"
        return any(p.is_known and ({"gent", "loct", "datv", "ablt"} & set(p.tag.grammemes))
                   for p in slavic.word_parses(word.lower(), cl))
    from ngo_atlas.lang import polish
    return bool(polish.word_cases(word) & {"gen", "loc", "dat", "inst"})


def _nominative(word: str, lang: str) -> bool:
    if is_cyrillic(word[:1]):
        from ngo_atlas.lang import slavic
        cl = lang if lang in ("ru", "uk") else "ru"
        return any(p.is_known and "nomn" in p.tag.grammemes for p in slavic.word_parses(word.lower(), cl))
    from ngo_atlas.lang import polish
    return "nom" in polish.word_cases(word)
