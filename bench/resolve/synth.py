"""Synthetic mentions for a big atlas: thousands of organisations, each in many inflected forms.

Names are built from Polish words and inflected with Morfeusz 2's generator, so the
resolver sees what real documents give it ("Fundacji Wspólna Droga", "Stowarzyszeniem
Polskie Forum Migracyjne", "SWD"), plus people, places and funders. Frequencies follow a
Zipf law: a few bodies appear in thousands of documents, most in a handful.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from ngo_atlas.resolve.cluster import Mention

CASES = ("nom", "gen", "dat", "inst", "loc")
LEGAL = (("fundacja", "f"), ("stowarzyszenie", "n"), ("centrum", "n"), ("instytut", "m3"),
         ("związek", "m3"), ("klub", "m3"), ("forum", "n"), ("ośrodek", "m3"))
ADJ = ("wspólny", "otwarty", "nowy", "polski", "lubelski", "mazowiecki", "społeczny",
       "migracyjny", "obywatelski", "międzykulturowy", "humanitarny", "prawny", "edukacyjny",
       "europejski", "wschodni", "ukraiński", "białoruski", "solidarny", "lokalny", "rodzinny",
       "kobiecy", "młodzieżowy", "zielony", "dobry", "wolny", "miejski", "wiejski", "regionalny")
NOUN = (("droga", "f"), ("dom", "m3"), ("most", "m3"), ("przystań", "f"), ("inicjatywa", "f"),
        ("sieć", "f"), ("wspólnota", "f"), ("akcja", "f"), ("pomoc", "f"), ("szansa", "f"),
        ("przestrzeń", "f"), ("dialog", "m3"), ("horyzont", "m3"), ("krąg", "m3"),
        ("ogród", "m3"), ("port", "m3"), ("projekt", "m3"), ("ruch", "m3"), ("świat", "m3"),
        ("warsztat", "m3"), ("kompas", "m3"), ("głos", "m3"), ("brzeg", "m3"), ("klucz", "m3"))
GENITIVE = ("Rozwoju", "Dialogu", "Integracji", "Praw Człowieka", "Edukacji", "Wolności",
            "Pomocy Prawnej", "Kultury", "Różnorodności", "Solidarności", "Migrantów",
            "Uchodźców", "Dzieci", "Kobiet", "Sąsiedztwa", "Współpracy")
FUNDERS = (("amif", "Fundusz Azylu, Migracji i Integracji"), ("amif", "FAMI"),
           ("amif", "Funduszu Azylu, Migracji i Integracji"), ("ec", "Komisji Europejskiej"),
           ("ec", "Komisja Europejska"), ("batory", "Fundacji im. Stefana Batorego"),
           ("batory", "Fundacja Batorego"), ("eea", "Funduszy EOG"), ("unhcr", "UNHCR"))
CITIES = ("Lublin", "Kraków", "Warszawa", "Wrocław", "Gdańsk", "Poznań", "Białystok",
          "Rzeszów", "Przemyśl", "Chełm", "Łódź", "Katowice", "Olsztyn", "Opole", "Kielce")
FIRST = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Jan", "Piotr", "Tomasz",
         "Paweł", "Olena", "Tetiana", "Andrzej", "Marta", "Ewa", "Krzysztof", "Joanna")
LAST = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur")


@lru_cache(maxsize=1)
def _gen():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(generate=True, analyse=False)


@lru_cache(maxsize=None)
def inflect(lemma: str, case: str, gender: str | None = None) -> str:
    """The singular form of a noun or adjective in a case (and, for adjectives, a gender)."""
    for form, _lemma, tag, *_ in _gen().generate(lemma):
        parts = tag.split(":")
        if len(parts) < 4 or parts[1] != "sg" or case not in parts[2].split("."):
            continue
        if parts[0] == "adj" and gender and gender not in parts[3].split("."):
            continue
        if parts[0] in ("adj", "subst"):
            return form
    return lemma


def _cap(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words)


def organisation(rng: random.Random) -> list[str]:
    """One organisation: its forms in five cases, sometimes with its acronym."""
    legal, lg = rng.choice(LEGAL)
    pattern = rng.random()
    adj, (noun, ng) = rng.choice(ADJ), rng.choice(NOUN)
    if pattern < 0.4:  # Fundacja Wspólna Droga: only the legal form inflects
        name = _cap([inflect(adj, "nom", ng), noun])
        forms = [f"{inflect(legal, c).capitalize()} {name}" for c in CASES]
    elif pattern < 0.7:  # Stowarzyszenie Rozwoju Lokalnego: a genitive complement
        tail = f"{rng.choice(GENITIVE)} {_cap([inflect(rng.choice(ADJ), 'gen', 'f')])}"
        tail = tail if rng.random() < 0.5 else rng.choice(GENITIVE)
        forms = [f"{inflect(legal, c).capitalize()} {tail}" for c in CASES]
    else:  # Lubelskie Centrum Migracyjne w Chełmie: the whole phrase inflects
        city, adj2 = rng.choice(CITIES), rng.choice(ADJ)
        forms = [_cap([inflect(adj, c, lg), inflect(legal, c), inflect(adj2, c, lg)])
                 for c in CASES]
        forms = [f"{f} w {inflect(city, 'loc')}" for f in forms]
    if rng.random() < 0.3:
        forms.append("".join(w[0].upper() for w in forms[0].split() if w not in ("w",)))
    return forms


def mentions(docs: int, per_doc: int = 10, orgs: int = 4000, seed: int = 7) -> Iterator[Mention]:
    """``docs`` × ``per_doc`` mentions: 70% organisations, then people, places, funders."""
    for mention, _gold in labelled(docs, per_doc, orgs, seed):
        yield mention


def labelled(docs: int, per_doc: int = 10, orgs: int = 4000, seed: int = 7
             ) -> Iterator[tuple[Mention, str]]:
    """The mentions with the synthetic entity each was generated from."""
    rng = random.Random(seed)
    org_forms = [organisation(rng) for _ in range(orgs)]
    people = [(f, l) for f in FIRST for l in LAST]
    weights = list(accumulate(1 / (r + 1) for r in range(orgs)))  # Zipf: rank r ~ 1/r
    n = 0
    for doc in range(docs):
        picks = rng.choices(range(orgs), cum_weights=weights, k=int(per_doc * 0.7))
        for k in picks:
            yield Mention(n, rng.choice(org_forms[k]), "organization"), f"org:{k}"
            n += 1
        for _ in range(per_doc - len(picks)):
            kind = rng.choice(("person", "place", "funder"))
            if kind == "person":
                f, l = rng.choice(people)
                gold = f"person:{f} {l}"
                # A woman's surname takes the feminine form: "Anna Kowalska".
                last = inflect(l, "nom", "f") if f.endswith("a") else l
                name = _cap([inflect(f, rng.choice(CASES)), last])
            elif kind == "place":
                city = rng.choice(CITIES)
                gold, name = f"place:{city}", inflect(city, rng.choice(CASES))
            else:
                gold, name = rng.choice(FUNDERS)
            yield Mention(n, name, kind), gold
            n += 1
