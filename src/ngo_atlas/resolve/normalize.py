"""A mention's name as comparable forms: nominative core, legal form, acronyms, concepts, ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ngo_atlas.resolve import morph
from ngo_atlas.resolve.acronyms import acronym_forms, is_acronym
from ngo_atlas.resolve.identifiers import extract_identifiers
from ngo_atlas.resolve.lexicon import match_concepts, stopwords
from ngo_atlas.resolve.text import fold, phon, script_lang, words

KINDS = ("organization", "funder", "person", "place")
# Words that mark a Latin-script name as English rather than Polish.
ENGLISH = {"foundation", "association", "for", "of", "the", "and", "centre", "center",
           "institute", "office", "international", "organization", "organisation", "rights",
           "human", "union", "european", "refugee", "refugees", "migration", "polish",
           "council", "commission", "agency", "fund", "grants", "society", "ministry",
           "poland", "house", "university", "guard", "border", "city", "research", "public",
           "affairs", "choice", "action", "red", "cross", "aid", "voivodeship", "office"}
# Words that keep a Latin-script name Polish even beside an English-looking word.
POLISH = {"polska", "polski", "polskie", "fundacja", "stowarzyszenie", "centrum", "w", "i",
          "na", "dla", "rzecz", "do", "ds.", "im.", "miasta", "urząd", "związek"}
COUNTRY = {"poland", "polska", "polsce", "pl", "polen"}
SEAT_PREPS = {"w", "we", "in", "в", "у"}
FUNDER_PREFIX = {"program", "programu", "programme", "rządowy", "rządowego", "projekt"}
# Abbreviations expanded before morphology: (at the start of a name, elsewhere).
EXPAND = {"m.st.": ("Miasto Stołeczne", "Miasta Stołecznego"), "ds.": ("do spraw", "do spraw")}
REGION_WORDS = {"wojewodztwo", "woj.", "woj", "voivodeship", "province", "voivodship",
                "voevodstvo", "voievodstvo", "voievodstva", "voevodstva", "region"}


@dataclass(frozen=True)
class NameForm:
    """Everything the scorer compares, computed once per distinct (name, kind, lang)."""

    kind: str
    raw: str
    lang: str  # language of the name's words: pl, en, ru, uk
    core: str  # folded nominative content words, legal form at the edges and stopwords dropped
    phon_core: str  # the same as phonetic keys, bridging Polish spelling and romanised Cyrillic
    legal_forms: frozenset[str]  # LF:foundation, LF:association, LF:company
    acronyms: frozenset[str]  # initials the full name may be abbreviated to
    acronym_only: str | None  # the name is written as an acronym only ("HFPC")
    concepts: tuple[str, ...]  # language-neutral bag: concept ids + stems of the other words
    ids: tuple[tuple[str, str], ...]  # (krs|nip|regon|domain, value)
    alias: str | None  # gazetteer entity key, when the name is a known multilingual body
    initials_only: bool = False  # a person written with an initial ("A. Kowalska")

    @property
    def id_map(self) -> dict[str, str]:
        return dict(self.ids)

    @property
    def content_size(self) -> int:
        return len(self.core.split())


def name_lang(tokens: list[str], raw: str, lang: str) -> str:
    script = script_lang(raw, lang)
    if script in ("ru", "uk"):
        return script
    low = {t.lower() for t in tokens}
    if low & ENGLISH and not low & POLISH and all(t.isascii() for t in tokens):
        return "en"
    return "pl"


def _lemmas(tokens: list[str], lng: str, kind: str) -> list[str]:
    if lng in ("ru", "uk") and kind == "person":
        return [morph.cyr_nominative(t, lng) for t in tokens]
    if lng in ("ru", "uk"):
        return [morph.cyr_lemma(t, lng) if t[:1].isalpha() else t.lower() for t in tokens]
    if lng == "en":
        return [t.lower() for t in tokens]
    if kind == "person":
        return morph.pl_person(tokens)
    if kind == "place":
        return morph.pl_place(tokens)
    if len(tokens) >= 2 and _is_legal_form(tokens[0]):
        return morph.pl_head_nominative(tokens[:1]) + morph.pl_appositive(tokens[1:])
    return morph.pl_head_nominative(tokens)


def _is_legal_form(token: str) -> bool:
    return any(c.startswith("LF:") for _, _, c in match_concepts((phon(token),)))


# ~700 bytes an entry (a NameForm with its key sets, measured with tracemalloc on the
# generated corpus's names): 50,000 names hold ~35 MB; 300,000 held ~210 MB in every
# process that saves, once a corpus had that many distinct names.
@lru_cache(maxsize=50_000)
def analyse(name: str, kind: str = "organization", lang: str = "pl",
            use_alias: bool = True) -> NameForm:
    """The comparable forms of one name. Cached: a big atlas repeats its names a lot."""
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}; expected one of {KINDS}")
    ids, rest = extract_identifiers(name)
    declared = [m.group(1) for m in _PAREN_ACRONYM.finditer(rest) if is_acronym(m.group(1))]
    rest = _PAREN_ACRONYM.sub(lambda m: " " if is_acronym(m.group(1)) else m.group(0), rest)
    toks = _expand(words(rest))
    lng = name_lang(toks, rest, lang)
    if kind == "person":
        return _person(name, toks, lng, ids)
    if kind == "place":
        return _place(name, toks, lng, use_alias)
    return _organization(name, kind, toks, lng, ids, use_alias, declared)


_PAREN_ACRONYM = re.compile(r"\(\s*([^()\s]{2,10})\s*\)")


def _expand(toks: list[str]) -> list[str]:
    out: list[str] = []
    for i, t in enumerate(toks):
        exp = EXPAND.get(t.lower())
        out.extend((exp[0] if i == 0 else exp[1]).split() if exp else [t])
    return out


def _organization(name: str, kind: str, toks: list[str], lng: str, ids: dict[str, str],
                  use_alias: bool, declared: list[str]) -> NameForm:
    stop = stopwords()
    plain, acr_tokens, seat = _split_acronyms(toks, kind, stop)
    lemmas = _lemmas(plain, lng, kind)
    phons = [phon(t) for t in lemmas]
    spans = match_concepts(tuple(phons))
    lf_idx = {i for s, e, c in spans if c.startswith("LF:") and e - s == 1 for i in range(s, e)}
    legal = frozenset(c for s, e, c in spans if c.startswith("LF:"))
    edge_lf = {i for i in lf_idx if i in (0, len(plain) - 1)}
    keep = [i for i, t in enumerate(lemmas) if i not in edge_lf and not _is_stop(lemmas, i, stop)]
    content = [fold(lemmas[i]) for i in keep]
    acronym_only = None
    if acr_tokens and not content:
        acronym_only = fold(acr_tokens[0]).upper() + (f" {seat}" if seat else "")
    given = _given_names(plain, lng)
    bag = _concept_bag([phons[i] for i, t in enumerate(lemmas)
                        if not _is_stop(lemmas, i, stop) and i not in given])
    acrs = acronym_forms(plain, lf_idx) if len(plain) >= 2 else set()
    acrs |= {fold(t).upper() for t in declared}
    acrs |= _seated_acronyms(plain)
    form = NameForm(kind, name, lng, " ".join(content), " ".join(phon(t) for t in content),
                    legal, frozenset(acrs), acronym_only, bag, tuple(sorted(ids.items())), None)
    if use_alias:
        from ngo_atlas.resolve.gazetteer import alias_of

        key = alias_of(form)
        if key:
            form = _replace_alias(form, key)
    return form


def _split_acronyms(toks: list[str], kind: str, stop: frozenset[str]
                    ) -> tuple[list[str], list[str], str | None]:
    """(words, acronym tokens, seat) of a name. A lone acronym ("HFPC") is the whole name;
    one beside words ("Biuro UNHCR", "IOM Poland" aside) is part of the name and stays in
    its core; "MOPR w Lublinie" is an acronym with its seat."""
    toks = _drop_patron_given_name(toks)
    if kind == "funder":
        while len(toks) > 1 and toks[0].lower() in FUNDER_PREFIX:
            toks = toks[1:]  # "Program Fundusz Inicjatyw Obywatelskich" is the fund itself
    seat = _acronym_seat(toks)
    if seat is not None:
        toks = toks[:1]
    if toks and all(is_acronym(t) or t.lower() in stop for t in toks):
        return [t for t in toks if not is_acronym(t)], [t for t in toks if is_acronym(t)], seat
    return toks, [], seat


PATRON = {"im.", "im", "imienia", "имени", "імені", "named"}


def _drop_patron_given_name(toks: list[str]) -> list[str]:
    """"Fundacja im. Stefana Batorego" is also written "Fundacja Batorego": after "im." keep
    only the surname, so both reduce to the same core."""
    for i, t in enumerate(toks):
        if t.lower() in PATRON and len(toks) - i - 1 >= 2:
            return toks[:i + 1] + toks[i + 2:]
    return toks


def _acronym_seat(toks: list[str]) -> str | None:
    """For "MOPR w Lublinie" the phonetic seat ("lublin"), for "IOM Poland" "" (a country
    office is the body itself); None when the name is not an acronym with a seat."""
    if len(toks) < 2 or not is_acronym(toks[0]):
        return None
    rest = [t.lower() for t in toks[1:]]
    if len(rest) == 1 and rest[0] in COUNTRY or rest in (["w", "polsce"], ["in", "poland"]):
        return ""
    if len(rest) >= 2 and rest[0] in SEAT_PREPS and all(t[:1].isalpha() for t in rest[1:]):
        return _seat_key(toks[2:])
    return None


def _seat_key(words_: list[str]) -> str:
    return " ".join(phon(t)[:5] for t in words_)


def _seated_acronyms(plain: list[str]) -> set[str]:
    """"Miejski Ośrodek Pomocy Rodzinie w Lublinie" may be written "MOPR w Lublinie"."""
    low = [t.lower() for t in plain]
    for i, t in enumerate(low):
        if t in SEAT_PREPS and 3 <= i < len(plain) - 1:
            head = "".join(w[0] for w in plain[:i] if w[:1].isalpha())
            return {f"{fold(head).upper()} {_seat_key(plain[i + 1:])}"}
    return set()


def _given_names(tokens: list[str], lng: str) -> set[int]:
    """Positions of given names followed by a surname: translations keep the surname and
    vary the given name ("Stefan Batory Foundation" / "Fundacja im. Stefana Batorego")."""
    out = set()
    for i, t in enumerate(tokens[:-1]):
        if not (t[:1].isupper() and tokens[i + 1][:1].isupper()):
            continue
        if lng in ("ru", "uk"):
            if "Name" in morph._pymorphy(lng).parse(t.lower())[0].tag:
                out.add(i)
        elif any("imię" in x.classes for x in morph.pl_interps(t)):
            out.add(i)
    return out


def _is_stop(lemmas: list[str], i: int, stop: frozenset[str]) -> bool:
    # "do spraw" is "for"; "Spraw Publicznych" alone is content.
    return lemmas[i] in stop or (lemmas[i] == "spraw" and i > 0 and lemmas[i - 1] in ("do", "ds."))


def _replace_alias(form: NameForm, key: str) -> NameForm:
    from dataclasses import replace

    return replace(form, alias=key)


def _concept_bag(phons: list[str]) -> tuple[str, ...]:
    spans = match_concepts(tuple(phons))
    covered = {i for s, e, _ in spans for i in range(s, e)}
    bag = [c for _, _, c in spans if not c.startswith("LF:")]
    bag += [p[:5] for i, p in enumerate(phons) if i not in covered and p[:1].isalnum()]
    return tuple(sorted(bag))


TITLES = {"dr", "dr.", "prof", "prof.", "mgr", "mgr.", "hab", "hab.", "inż", "inż.", "pan",
          "pani", "ks", "ks.", "mr", "mrs", "ms", "dr hab.", "phd", "доктор", "профессор"}


def _person(name: str, toks: list[str], lng: str, ids: dict[str, str]) -> NameForm:
    toks = [t for t in toks if t.lower() not in TITLES]
    initials = any(len(t.rstrip(".")) == 1 for t in toks)
    full = [t for t in toks if len(t.rstrip(".")) > 1]
    lemmas = [fold(t) for t in _lemmas(full, lng, "person")]
    phons = sorted(phon(t) for t in lemmas)
    # An initial keeps its letter so "A. Kowalska" can only meet an "A…" first name.
    inits = sorted(phon(t.rstrip("."))[:1] for t in toks if len(t.rstrip(".")) == 1)
    core = " ".join(sorted(lemmas))
    return NameForm("person", name, lng, core, " ".join(phons), frozenset(), frozenset(),
                    None, tuple(inits), tuple(sorted(ids.items())), None, initials)


def _place(name: str, toks: list[str], lng: str, use_alias: bool) -> NameForm:
    region = any(fold(t) in REGION_WORDS or fold(t).startswith("wojewodz") for t in toks)
    body = [t for t in toks if not (fold(t) in REGION_WORDS or fold(t).startswith("wojewodz"))]
    lemmas = [fold(t) for t in _lemmas(body, lng, "place")]
    core = " ".join(lemmas)
    form = NameForm("place", name, lng, core, " ".join(phon(t) for t in lemmas), frozenset(),
                    frozenset(), None, ("region",) if region else (), (), None)
    if use_alias:
        from ngo_atlas.resolve.gazetteer import place_of

        lemmas = morph.place_lemmas(body[0]) if len(body) == 1 and lng == "pl" else []
        key = place_of(form, body, lemmas)
        if key:
            form = _replace_alias(form, key)
    return form
