"""Morphology for names: nominative of a Polish name's head phrase, lemmas of people and places.

A Polish organisation name inflects only its head noun and the adjectives agreeing with
it ("Helsińskiej Fundacji Praw Człowieka"); its genitive complement is part of the name
and never inflects ("Fundacja Dialogu" is not "Fundacja Dialog"). So only the leading
agreeing phrase is lemmatised; everything after it is kept as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# The process's one pymorphy3 analyzer per language (loading the dictionaries costs
# ~0.15 s of CPU in each process), shared with the lang package.
from ngo_atlas.lang.slavic import analyzer as _pymorphy

NOUN_POS = {"subst", "ger", "depr"}
PROPER = {"imię", "nazwisko"}
# Nouns that head institution names; read as nouns even where Morfeusz also offers a rare
# adjective ("Związkowi" is also the plural of "związkowy").
HEAD_NOUNS = {"fundacja", "stowarzyszenie", "związek", "instytut", "ośrodek", "klub", "centrum",
              "urząd", "forum", "towarzystwo", "dom", "biuro", "rada", "komitet", "grupa",
              "koalicja", "sieć", "federacja", "akademia", "uniwersytet", "ministerstwo",
              "agencja", "program", "fundusz", "zrzeszenie", "spółdzielnia", "instytucja"}


@dataclass(frozen=True)
class Interp:
    lemma: str
    pos: str
    number: str
    cases: frozenset[str]
    classes: tuple[str, ...]
    agr: frozenset[str] = frozenset()  # "sg:gen": number and case, what agreement needs


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2  # constructed once: loading the dictionary takes a while

    return morfeusz2.Morfeusz(generate=False)


# Sizes below keep each cache under ~50 MB when full (tracemalloc, generated corpus):
# pl_interps ~1,500 bytes an entry, cyr_lemma and cyr_nominative ~200.
@lru_cache(maxsize=30_000)
def pl_interps(word: str) -> tuple[Interp, ...]:
    """Morfeusz readings of one word that can belong to a name (nouns and adjectives)."""
    out = []
    for start, _end, (_orth, lemma, tag, classes, _q) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if start != 0 or parts[0] not in NOUN_POS | {"adj"} or len(parts) < 3:
            continue
        base = lemma.split(":", 1)[0] or lemma
        # Names in running text are never vocative; keeping it lets "Związku" (loc/voc)
        # seem to agree with "Prawna" (nom/voc).
        cases = frozenset(parts[2].split(".")) - {"voc"}
        if not cases:
            continue
        agr = frozenset(f"{n}:{c}" for n in parts[1].split(".") for c in cases)
        out.append(Interp(base.lower(), parts[0], parts[1], cases, tuple(classes), agr))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _is_adja(word: str) -> bool:
    """The first part of a hyphenated adjective ("polsko-", "warmińsko-")."""
    # Tokens arrive with the hyphen split off; Morfeusz knows "adja" only with it attached.
    return any(tag == "adja" for _s, _e, (_o, _l, tag, _c, _q) in _morfeusz().analyse(word + "-"))


def _pick(cands: list[Interp], prefer: str) -> Interp:
    # Common nouns over gerunds ("stowarzyszenie", not "stowarzyszyć").
    order = {"subst": 0, "adj": 0 if prefer == "adj" else 1, "depr": 2, "ger": 3}
    return sorted(cands, key=lambda x: (order.get(x.pos, 4), "nazwa_pospolita" not in x.classes))[0]


def _readings(word: str, agr: frozenset[str] | None) -> tuple[list[Interp], list[Interp]]:
    ints = [i for i in pl_interps(word) if agr is None or i.agr & agr]
    return ([i for i in ints if i.pos in NOUN_POS], [i for i in ints if i.pos == "adj"])


def pl_head_nominative(tokens: list[str]) -> list[str]:
    """Lower-cased tokens with the leading agreeing phrase (adjectives + head noun) lemmatised."""
    out = [t.lower() for t in tokens]
    cases: frozenset[str] | None = None
    head = False
    for i, tok in enumerate(tokens):
        if not tok[:1].isalpha():
            break
        if i + 1 < len(tokens) and _is_adja(tok):
            continue  # "warmińsko-" of "warmińsko-mazurskim" does not inflect
        nouns, adjs = _readings(tok, cases)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        # An adjective opens the phrase only before a capitalised word: in "Urzędowi do
        # Spraw" the "do" is a preposition, though Morfeusz also knows it as a noun.
        cap_next = bool(nxt) and (nxt[:1].isupper() or not any(t[:1].isupper() for t in tokens))
        # ... and only if the next word agrees in number and case: "Instytutowi" could be the
        # plural adjective "instytutowy", but "Instytutowi Wiejski Świat" is singular.
        heads = [x for x in nouns if x.lemma in HEAD_NOUNS]
        if not head and heads:
            choice, head = _pick(heads, "subst"), True
        elif not head and adjs and cap_next and any(any(_readings(nxt, c.agr)) for c in adjs):
            choice = _pick(adjs, "adj")
        elif not head and nouns:
            choice, head = _pick(nouns, "subst"), True
        elif not head and adjs and nxt is None:
            choice = _pick(adjs, "adj")  # an adjective standing alone: "Lubelskie"
        elif head and adjs:
            # After the head only agreeing adjectives continue the phrase ("Caritas Polska",
            # "Urzędzie Wojewódzkim"); their surname/geographic noun readings are noise here.
            choice = _pick(adjs, "adj")
        else:
            break
        # Keep every case the chosen role allows ("Lubelskiego" is gen or acc): the next
        # word decides, not the first reading Morfeusz happens to list.
        chosen = adjs if choice.pos == "adj" else (heads if choice in heads else nouns)
        role = frozenset(a for x in chosen for a in x.agr)
        cases = role if cases is None else cases & role
        out[i] = choice.lemma
    return out


def pl_appositive(tokens: list[str]) -> list[str]:
    """The name after a legal-form word: "Fundacja Polskie Forum Migracyjne" keeps its own
    nominative while "Fundacji" inflects, so only a phrase opening with a nominative
    adjective is normalised; a genitive complement ("Fundacja Dialogu") stays as written."""
    if len(tokens) >= 2 and any(i.pos == "adj" and "nom" in i.cases for i in pl_interps(tokens[0])):
        return pl_head_nominative(tokens)
    return [t.lower() for t in tokens]


def _union_cases(cands: list[Interp]) -> set[str]:
    return {c for x in cands for c in x.cases}


def pl_person(tokens: list[str]) -> list[str]:
    """Nominative of a person's name: first names and surnames by their dictionary readings."""
    readings = [[i for i in pl_interps(t) if PROPER & set(i.classes) or i.pos == "adj"]
                for t in tokens]
    common = _common_cases(readings)
    out = []
    for tok, ints in zip(tokens, readings):
        # The reading in the case all the tokens share: "Jana Kowalskiego" → Jan, not Jana.
        proper = [i for i in ints if PROPER & set(i.classes)]
        key = (lambda i: ("sg" not in i.number, not (i.cases & common), "nom" not in i.cases))
        pick = sorted(proper, key=key)[0] if proper else None
        if pick is None:
            adjs = [i for i in ints if i.pos == "adj"]  # "Kowalskiej" → kowalski
            pick = adjs[0] if adjs else None
        out.append(pick.lemma if pick else tok.lower())
    return out


def _common_cases(readings: list[list[Interp]]) -> frozenset[str]:
    common: set[str] | None = None
    for ints in readings:
        if ints:
            cases = _union_cases(ints)
            common = cases if common is None else common & cases
    return frozenset(common or ())


def pl_place(tokens: list[str]) -> list[str]:
    """Nominative of a place name: geographic readings first, then the agreeing phrase."""
    if len(tokens) == 1:
        geo = place_lemmas(tokens[0])
        if geo:
            return [geo[0]]
    return pl_head_nominative(tokens)


def place_lemmas(token: str) -> list[str]:
    """Geographic lemmas of one word, nominative readings first ("Lublina": lublino, lublin)."""
    geo = [i for i in pl_interps(token) if "nazwa_geograficzna" in i.classes]
    return list(dict.fromkeys(i.lemma for i in sorted(geo, key=lambda i: "nom" not in i.cases)))


@lru_cache(maxsize=100_000)
def cyr_lemma(word: str, lang: str) -> str:
    """Normal form of a Russian or Ukrainian word (pymorphy3, most probable reading)."""
    return str(_pymorphy("uk" if lang == "uk" else "ru").parse(word.lower())[0].normal_form)


@lru_cache(maxsize=100_000)
def cyr_nominative(word: str, lang: str) -> str:
    """A name word in the nominative keeping its gender ("Ковальської" → "ковальська"):
    the lemma of a feminine surname would be the masculine form."""
    parses = _pymorphy("uk" if lang == "uk" else "ru").parse(word.lower())
    if any("nomn" in p.tag for p in parses[:3]):
        return word.lower()
    inflected = parses[0].inflect({"nomn"})
    return str(inflected.word) if inflected else word.lower()
