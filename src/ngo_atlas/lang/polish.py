"""Polish morphology with Morfeusz 2: nominative forms of names and phrases, name tags."""

from __future__ import annotations

import re
from functools import lru_cache

import morfeusz2

# (orth, lemma, tag, name-tags) of one interpretation of a word
Interp = tuple[str, str, str, tuple[str, ...]]

_MORF: morfeusz2.Morfeusz | None = None
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
# the classes (a tag's first part) of a finite verb: present, past, "będzie", imperative and
# the impersonal "-no/-to" ("otwarto"); what makes a line a clause rather than a name
FINITE_CLASSES = ("praet", "fin", "bedzie", "impt", "imps")


def _morf() -> morfeusz2.Morfeusz:
    """One analyser per process: building it costs ~80 ms and its dictionary is shared."""
    global _MORF
    if _MORF is None:
        _MORF = morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)
    return _MORF


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[Interp, ...]:
    """All interpretations of a single word (cached: names repeat across documents)."""
    out: list[Interp] = []
    for _s, _e, (orth, lemma, tag, names, _q) in _morf().analyse(word):
        if _s == 0:
            out.append((orth, lemma, tag, tuple(names)))
    return tuple(out)


@lru_cache(maxsize=50_000)
def _generate(lemma: str) -> tuple[tuple[str, str], ...]:
    return tuple((form, tag) for form, _l, tag, _n, _q in _morf().generate(lemma))


def base_lemma(lemma: str) -> str:
    """'Agata:Sf' -> 'Agata' (Morfeusz adds homonym markers after a colon)."""
    return lemma.split(":", 1)[0]


def _tag_parts(tag: str) -> list[set[str]]:
    return [set(p.split(".")) for p in tag.split(":")]


def tag_cases(tag: str) -> set[str]:
    """The cases a declined word's tag gives ("subst:sg:gen.acc:m1" -> {"gen", "acc"});
    empty for a tag with no case part ("adja", the "Warmińsko-" of "Warmińsko-Mazurska")."""
    parts = _tag_parts(tag)
    return parts[2] if len(parts) > 2 else set()


_CASES = frozenset(("nom", "gen", "dat", "acc", "inst", "loc", "voc"))


def word_cases(word: str) -> set[str]:
    """Every case a word form may be in, over all its readings (empty for a word Morfeusz does
    not know, or one that does not decline)."""
    return {c for t in analyse(word) for part in t[2].split(":") for c in part.split(".") if c in _CASES}


def is_known(word: str) -> bool:
    return any(t[2] != "ign" for t in analyse(word))


def has_name_tag(word: str, name_tag: str) -> bool:
    """True when Morfeusz lists the word (any form) with this name tag, e.g. 'imię'."""
    return any(name_tag in t[3] for t in analyse(word))


def is_geo(word: str) -> bool:
    return any("nazwa_geograficzna" in t[3] or "człon_nazwy_geograficznej" in t[3]
               for t in analyse(word))


def _match_case(orig: str, form: str) -> str:
    if orig.isupper() and len(orig) > 1:
        return form.upper()
    if orig[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _features(tag: str) -> tuple[str, set[str], set[str], set[str]] | None:
    """(pos, numbers, cases, genders) of a noun or adjective tag, else None."""
    parts = _tag_parts(tag)
    pos = tag.split(":", 1)[0]
    if pos in ("subst", "depr") and len(parts) >= 4:
        return "subst", parts[1], parts[2], parts[3]
    if pos == "adj" and len(parts) >= 4:
        return "adj", parts[1], parts[2], parts[3]
    return None


def _nominative_form(lemma: str, pos: str, number: str, gender: str,
                     degree: str = "pos") -> str | None:
    for form, tag in _generate(lemma):
        f = _features(tag)
        if f and f[0] == pos and number in f[1] and "nom" in f[2] and gender in f[3]:
            if pos == "adj" and not tag.endswith(":" + degree):
                continue
            return form
    return None


def _degree(word: str, lemma: str) -> str:
    """The degree an adjective is written in: 'Wyższej' is comparative ('Szkoła Wyższa', not
    'Wysoka'), so its nominative keeps that degree."""
    degrees = {t[2].rsplit(":", 1)[-1] for t in analyse(word) if t[1] == lemma and t[2].startswith("adj:")}
    return "pos" if "pos" in degrees or not degrees else min(degrees)


def _word_options(word: str) -> list[tuple[str, str, set[str], set[str], set[str]]]:
    """(lemma, pos, numbers, cases, genders) of the noun/adjective readings of a word."""
    out = []
    readings = analyse(word)
    if "-" in word and any(tag == "adja" for _o, _l, tag, _n in readings):
        return out  # "Polsko-Ukraińskiej": a compound adjective, not the noun "Polsko" (vocative of Polska)
    for _o, lemma, tag, _n in readings:
        f = _features(tag)
        if f:
            out.append((lemma, f[0], f[1], f[2], f[3]))
    return out


def word_options(word: str) -> list[tuple[str, str, set[str], set[str], set[str]]]:
    """(lemma, pos, numbers, cases, genders) of the noun/adjective readings of a word, for
    readers outside this module (the name reader tells a coordinated name by shared case)."""
    return _word_options(word)


# Heads whose following place name is the unit's own name, in apposition.
UNIT_HEADS = frozenset({"miasto", "gmina", "powiat", "województwo", "wieś", "dzielnica",
                        "osiedle", "sołectwo", "aglomeracja"})


@lru_cache(maxsize=100_000)
def nominative(phrase: str, geo: bool = False) -> str:
    """Put the inflected head of a Polish name phrase into the nominative.

    The head noun and the adjectives agreeing with it around it change case
    ("Helsińskiej Fundacji Praw Człowieka" -> "Helsińska Fundacja Praw Człowieka");
    genitive complements and names in apposition stay as written.
    """
    tokens = re.split(r"(\s+)", phrase.strip())
    words = [i for i, t in enumerate(tokens) if t and not t.isspace()]
    if not words or (_foreign(tokens, words) and not _polish_head_first(tokens[words[0]])):
        return phrase
    head = _find_head(tokens, words, geo)
    if head is None:
        return phrase
    idx, lemma, num, case, gen = head
    if case == "nom":
        return phrase
    out = list(tokens)
    out[idx] = _match_case(tokens[idx], _nominative_form(lemma, "subst", num, gen) or tokens[idx])
    pos_in_words = words.index(idx)
    last = pos_in_words
    for side in (range(pos_in_words - 1, -1, -1), range(pos_in_words + 1, len(words))):
        for wi in side:
            i = words[wi]
            adj = _agreeing_adj(tokens[i], num, case, gen)
            # the adjective right after the head is the head's ("Programu Operacyjnego
            # Województwa"); a later one may belong to the next noun ("... Europejskiego Obszaru")
            if adj is None or (wi > pos_in_words + 1 and _modifies_next(tokens, words, wi, case)) or (
                    wi == pos_in_words + 1 and _modifies_next(tokens, words, wi, case, person=True)):
                break
            out[i] = _inflect_adj(tokens[i], adj, num, gen)
            last = max(last, wi)
    # A place name in apposition only names an administrative unit ("Miasta Stołecznego
    # Warszawy"); after another head it is a genitive complement and stays as written
    # ("Fundacji Lokalnej Opolszczyzny" -> "Fundacja Lokalna Opolszczyzny").
    if last > pos_in_words and base_lemma(lemma).lower() in UNIT_HEADS:
        _apposition(out, words, last + 1, case)
    branch = _branch_at(tokens, words, last + 1, case)
    if branch is not None:
        # "Polskim Czerwonym Krzyżem – Oddziałem Okręgowym w Krakowie": the branch stands in
        # apposition to the body, in its case, and takes the nominative with it
        return "".join(out[:branch]) + nominative("".join(tokens[branch:]))
    return "".join(out)


@lru_cache(maxsize=1)
def _foreign_function_words() -> frozenset[str]:
    """Function words of the other Latin-script languages the detector knows ("of", "and",
    "für", "della") that Polish does not share (Czech's, "jako", "je", are Polish words too)."""
    from ngo_atlas.lang.detect import _LATIN, _STOP

    polish_words = set(_STOP["pl"].split())
    return frozenset(w for lang in _LATIN if lang not in ("pl", "cs") for w in _STOP.get(lang, "").split()
                     if len(w) >= 2 and w not in polish_words)


def _polish_head_first(word: str) -> bool:
    """"Fundacji Open Society Initiative for Europe": a Polish body's head noun first, a foreign
    name after it in apposition; the head takes its case, the name stays as written."""
    from ngo_atlas.resolve.morph import HEAD_NOUNS

    return word[:1].isupper() and any(o[1] == "subst" and base_lemma(o[0]).lower() in HEAD_NOUNS
                                      for o in _word_options(word.strip("„”\"'(),")))


def _not_polish(word: str) -> bool:
    """A capitalised word of letters the dictionary does not know ("Local", "Citizens"); an
    acronym is no cue, Polish names hold them."""
    return word[:1].isupper() and word.isalpha() and not word.isupper() and not is_known(word)


def _foreign(tokens: list[str], words: list[int]) -> bool:
    """"Social Action and Innovation Centre", "Fund for Women": a lower-case function word
    of another language marks a name written in it, which takes no Polish case ending
    (Morfeusz reads "and" as a genitive of Anda, "Fund" as one of funda). ("im." keeps its
    full stop, so a patron's abbreviation is no German "im".)"""
    return any(tokens[i].islower() and tokens[i] in _foreign_function_words() for i in words[1:])


# A body's branch, named after the body in apposition ("… – Oddział Rejonowy w X"); the
# extractor's name reader uses the same list
BRANCH_HEADS = frozenset({"oddział", "filia", "delegatura", "hufiec", "chorągiew"})


def _branch_at(tokens: list[str], words: list[int], wi: int, case: str) -> int | None:
    """Token index of a branch noun in ``case`` at word wi (after an optional dash), else None."""
    # after a dash the branch may follow the body's complements ("Związkiem Ukraińców w Polsce
    # – Oddziałem w Przemyślu"); without one it follows the head's group at once
    dash = next((k for k in range(wi, len(words)) if tokens[words[k]] in ("–", "—", "-")), None)
    if dash is not None:
        wi = dash + 1
        if _unit_in_case(tokens, words, wi, case):
            return words[wi]
    # without a dash, it may follow the body's capitalised complement ("Polskiego Związku
    # Głuchych Oddziału Regionalnego")
    for k in range(wi, min(len(words), wi + (1 if dash is not None else 3))):
        word = tokens[words[k]]
        if not word[:1].isupper():
            return None
        if any(o[1] == "subst" and base_lemma(o[0]).lower() in BRANCH_HEADS and case in o[3]
               for o in _word_options(word)):
            return words[k]
    return None


def _unit_in_case(tokens: list[str], words: list[int], wi: int, case: str) -> bool:
    """After a dash, a body's unit or its second name stands in apposition in the body's
    case ("Urzędem Miasta – Wydziałem Spraw Społecznych", "Powiatem X – Powiatowym Centrum
    …"): a capitalised common noun in that case, or up to two adjectives in it before one."""
    for k in range(wi, min(len(words), wi + 3)):
        word = tokens[words[k]].strip("„”\"'(),")
        if not word[:1].isupper():
            return False
        opts = [o for o in _word_options(word) if case in o[3]]
        if any(o[1] == "subst" and "nazwa_pospolita" in _names_of(word, o[0]) for o in opts):
            return True
        if not any(o[1] == "adj" for o in opts):
            return False
    return False


def _find_head(tokens: list[str], words: list[int], geo: bool = False
               ) -> tuple[int, str, str, str, str] | None:
    """The first noun of the phrase, read in the case its agreeing neighbours share.

    A capitalised word that can be an adjective and is followed by a noun is a
    pre-modifier ("Norweskiego Mechanizmu"), not the head, even if Morfeusz also
    knows it as a surname.
    """
    for n, i in enumerate(words[:4]):
        word = tokens[i].strip("„”\"'(),")
        if n and all(a[2].startswith("prep") for a in analyse(word)) and analyse(word):
            return None  # "PRAWNE DLA CUDZOZIEMCÓW": a preposition governs what follows it
        opts = _word_options(word)
        nouns = [o for o in opts if o[1] == "subst"]
        if not nouns:
            continue
        if n and any(_not_polish(tokens[j].strip("„”\"'(),")) for j in words[:n]):
            # "Local Democracy Fund", "Active Citizens Fund": modifiers the dictionary does not
            # know before the head are another language's word order; such a name keeps its
            # written form (Morfeusz reads "Fund" as a genitive of funda)
            return None
        nxt = tokens[words[n + 1]] if n + 1 < len(words) else ""
        if nxt and _premodifies(opts, _word_options(nxt.strip("„”\"'(),"))):
            continue
        # a place phrase reads its capitalised head as a place ("Krośnie Odrzańskim" ->
        # Krosno, not krośno; "Czerwonym Borze" -> Czerwony Bór, not bor)
        # (a later word only when it cannot be an adjective: "Białej Podlaskiej" stays)
        place = geo and word[:1].isupper() and (n == 0 or not any(o[1] == "adj" for o in opts))
        kind = "nazwa_geograficzna" if place else "nazwa_pospolita"
        common = [o for o in nouns if kind in _names_of(word, o[0])] or nouns
        if place and n > 0:
            # "Nowym Porcie": the adjective before the head picks its reading (Port, a part
            # of a place name, not the feminine Porta), so a place reading it does not agree
            # with yields to the place-name part it does agree with
            part = [o for o in nouns if "człon_nazwy_geograficznej" in _names_of(word, o[0])]
            if part and not _agrees_before(tokens, words, n, common) and _agrees_before(tokens, words, n, part):
                common = part
        best, best_score = None, -1
        for lemma, _p, nums, cases, gens in common:
            for num in sorted(nums, key=lambda x: x != "sg"):
                for case in CASES:
                    if case not in cases:
                        continue
                    for gen in sorted(gens):
                        # a capitalised head of a name is singular when its form allows:
                        # "Gminy Wrocław", "Ambasady Królestwa" are genitives, not plurals
                        # (of homographs, a body's head noun: "Gminie" is gmina, not gmin;
                        # "Koła" koło, not koł)
                        # a plural reading of a head that has a singular one does not count
                        # the adjective of a genitive complement after it ("Fundacji Dobrych
                        # Serc" is one foundation named after good hearts)
                        own = num == "pl" and any("sg" in o[2] for o in common if o[0] == lemma)
                        # the same for a head whose form is also its nominative ("Centrum",
                        # "Forum"): "Centrum Równego Traktowania" names equal treatment, the
                        # adjective is the genitive noun's and says nothing of the head's case
                        own = own or case != "nom" and any(
                            o[0] == lemma and num in o[2] and "nom" in o[3] for o in common)
                        score = _agreement(tokens, words, n, num, case, gen, own) * 2 + (case == "nom") \
                            + 1.5 * (num == "sg" and word[:1].isupper() and word.isalpha()) \
                            + 0.5 * (base_lemma(lemma).lower() in _BODY_HEADS)
                        if score > best_score:
                            best, best_score = (i, lemma, num, case, gen), score
        return best
    return None


# Heads of public bodies that share forms with other nouns ("gmin", "koł")
_BODY_HEADS = UNIT_HEADS | {"koło", "izba", "rada"}


def _premodifies(opts: list, nxt: list) -> bool:
    """An adjective reading of the word agrees with a noun (or adjective) reading of the next:
    "Norweskiego Mechanizmu". "Urzędowi Pracy" is no such pair: "urzędowi" the plural
    adjective does not agree with "Pracy", so the dative noun "Urzędowi" is the head."""
    adjs = [o for o in opts if o[1] == "adj"]
    return any(a[2] & b[2] and a[3] & b[3] and a[4] & b[4] for a in adjs for b in nxt)


def _agreement(tokens: list[str], words: list[int], n: int, num: str, case: str, gen: str,
               own: bool = False) -> int:
    """How many adjectives right around the head agree with this reading of it. With `own`,
    an adjective after the head that agrees with the noun after it is that noun's."""
    count = 0
    for side in (range(n - 1, -1, -1), range(n + 1, len(words))):
        for wi in side:
            if _agreeing_adj(tokens[words[wi]], num, case, gen) is None or (
                    own and wi > n and _modifies_next(tokens, words, wi, case)):
                break
            count += 1
    return count


def _agrees_before(tokens: list[str], words: list[int], n: int, readings: list) -> bool:
    """Some reading (lemma, pos, numbers, cases, genders) of word n agrees with the word before it."""
    prev = tokens[words[n - 1]]
    return any(_agreeing_adj(prev, num, case, gen) is not None
               for _l, _p, nums, cases, gens in readings for num in nums for case in cases for gen in gens)


def _names_of(word: str, lemma: str) -> set[str]:
    return {n for o, le, _t, names in analyse(word) if le == lemma for n in names}


def _inflect_adj(word: str, lemma: str, num: str, gen: str) -> str:
    if "-" in word:
        pre, last = word.rsplit("-", 1)
        return pre + "-" + _inflect_adj(last, lemma, num, gen)
    return _match_case(word, _nominative_form(lemma, "adj", num, gen, _degree(word, lemma)) or word)


def _modifies_next(tokens: list[str], words: list[int], wi: int, case: str, person: bool = False) -> bool:
    """A postposed adjective followed by a noun it agrees with (case, number, gender)
    belongs to that noun ("Mechanizmu Finansowego Europejskiego Obszaru"), not to the head
    ("Miasta Stołecznego Warszawy": neuter adjective, feminine noun). With `person`, only a
    masculine-personal noun counts: an office is named after a person's title ("Urzędu
    Wysokiego Komisarza" -> "Urząd Wysokiego Komisarza", "Biura Głównego Inspektora"),
    while an adjective before a thing stays the head's ("Programu Krajowego Funduszu")."""
    if wi + 1 >= len(words):
        return False
    adj = [(o[2], o[4]) for o in _word_options(tokens[words[wi]]) if o[1] == "adj" and case in o[3]]
    nxt = tokens[words[wi + 1]]
    for _o, _l, tag, names in analyse(nxt):
        f = _features(tag)
        if not f or f[0] != "subst" or "nazwisko" in names or "imię" in names:
            continue  # a surname reading ("Warszawa:Sm1") says nothing about agreement
        if person and "m1" not in f[3]:
            continue
        if case in f[2] and any(f[1] & n and f[3] & g for n, g in adj):
            return True
    return False


def _apposition(tokens: list[str], words: list[int], after: int, case: str) -> None:
    """A place name in apposition takes the head's case: "Miasta Stołecznego Warszawy"."""
    if after >= len(words):
        return
    i = words[after]
    word = tokens[i]
    if not word[:1].isupper():
        return
    # "Gminy Miejskiej Kętrzyn", "… Brzeziny": a town's name left in its nominative (singular,
    # or a plural name's own form) stays so; "Warszawy" is a plural only of Warszawa
    if any(f and "nom" in f[2] and ("sg" in f[1] or base_lemma(le) == word) and "nazwa_geograficzna" in n
           for f, le, n in ((_features(t), le, n) for _o, le, t, n in analyse(word))):
        return
    for _o, lemma, tag, names in analyse(word):
        f = _features(tag)
        if f and "nazwa_geograficzna" in names and case in f[2]:
            tokens[i] = _match_case(word, base_lemma(lemma))
            return


def _agreeing_adj(word: str, num: str, case: str, gen: str) -> str | None:
    if "-" in word:
        return _agreeing_adj(word.rsplit("-", 1)[1], num, case, gen)
    for lemma, pos, nums, cases, gens in _word_options(word):
        if pos == "adj" and num in nums and case in cases and gen in gens:
            return lemma
    return None


def _person_readings(word: str, name_tag: str) -> list[tuple[str, str, set[str]]]:
    """(nominative, gender, cases) of each reading of a word as a first name or surname."""
    out = []
    for _o, lemma, tag, names in analyse(word):
        f = _features(tag)
        if name_tag in names and f and f[0] == "subst" and "sg" in f[1]:
            for g in ("f", "m1"):
                if g in f[3]:
                    out.append((base_lemma(lemma), g, f[2]))
    return out


@lru_cache(maxsize=50_000)
def person_nominative(name: str) -> str:
    """'Agaty Marek' -> 'Agata Marek', 'Witolda Klausa' -> 'Witold Klaus'.

    The first name and the surname are read together: same gender, a shared case
    (nominative first); adjectival surnames ('Kowalskiej') take the matching
    nominative ('Kowalska'); unknown surnames stay as written.
    """
    parts = name.split()
    if len(parts) < 2:
        return name
    firsts = _person_readings(parts[0], "imię")
    if not firsts:
        return name
    last = parts[-1]
    # a double surname ("Kowalczyk-Liu") is read part by part: Morfeusz would read only its
    # first segment and drop the rest
    surs = [] if "-" in last else _person_readings(last, "nazwisko")
    best = None
    for fn, g, fc in firsts:
        for sn, sg, sc in surs:
            common = fc & sc
            if sg == g and common:
                # (of equal readings the shorter lemmas: inflection seldom shortens a name,
                # so "Robertowi Mazurowi" is Robert Mazur, not Roberto Mazuro)
                rank = (0 if "nom" in common else 1, len(fn) + len(sn))
                if best is None or rank < best[0]:
                    best = (rank, fn, g, sn)
    if best is None and (_written_first_name(firsts, surs) or _woman_as_written(parts[0], firsts, surs, last)):
        return name
    if best is None:
        fn, g, _c = min(firsts, key=lambda r: ("nom" not in r[2], r[1] != _gender_of_surname(last), len(r[0])))
        out = [_match_case(parts[0], fn)] + [_surname_nominative(p, g) for p in parts[1:]]
        return " ".join(out)
    _r, fn, g, sn = best
    middle = [_surname_nominative(p, g) for p in parts[1:-1]]
    return " ".join([_match_case(parts[0], fn), *middle, _match_case(last, sn)])


def _written_first_name(firsts: list, surs: list) -> bool:
    """The first name is a foreign one in the nominative that Morfeusz reads as an inflected
    Polish one: no reading of it agrees in gender and case with any reading of the surname
    ("Lesia Hnatiuk": Leś only in the genitive, Hnatiuk a man's only in the nominative; the
    genitive would be "Lesia Hnatiuka"), or its only reading is a vocative ("Nino": a person
    named in running text is not addressed)."""
    return bool(surs) or all(c <= {"voc"} for _f, _g, c in firsts)


def _woman_as_written(first: str, firsts: list, surs: list, last: str) -> bool:
    """A first name read only as a man's oblique case ("Mariana": Marian's genitive) before a
    surname the dictionary does not know and that ends in a consonant ("Savchuk", "Ivanyshyn"):
    Polish would decline a man's surname with his first name ("Mariana Savchuka"), so the pair
    is a woman's name in the nominative, as written (her -a: not "Michałem Brown")."""
    return first.endswith("a") and not surs and "-" not in last and last[-1:].isalpha() \
        and last[-1].lower() not in "aeiouyąęó" and all(g.startswith("m") and "nom" not in c for _f, g, c in firsts)


# Endings Polish gives a man's surname in the oblique cases ("Bondarenkowi", "Szewczukiem")
_MALE_OBLIQUE = re.compile(r"(?:owi|em|ego|emu|a|u|ie|y)$")


def _gender_of_surname(word: str) -> str:
    """A surname Morfeusz does not pair with the first name tells the gender by its form:
    Polish declines a man's surname, while a woman's not ending in -a stays as written
    ("Marynie Kuzmenko" is Maryna, "Marynowi Kuzmence" would be Maryn)."""
    return "m1" if _MALE_OBLIQUE.search(word.split("-")[-1]) else "f"


def _surname_nominative(word: str, gender: str) -> str:
    if "-" in word:
        return "-".join(_surname_nominative(w, gender) for w in word.split("-"))
    for suffix, nom in (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"),
                        ("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + nom
    for nom, g, _c in _person_readings(word, "nazwisko"):
        if g == gender:
            return _match_case(word, nom)
    return FEM_ADJ_SURNAME.sub("a", word) if gender == "f" else word


# A woman's surname in -owa, -ewa, -ina, -yna (Russian, Bulgarian, Czech families:
# "Sokołowa", "Iwanowa") declines as an adjective in Polish: "-ej" in the genitive, dative
# and locative, "-ą" in the accusative and instrumental; so do "-ska", "-cka", "-dzka"
FEM_ADJ_SURNAME = re.compile(r"(?:(?<=[scz]k)i|(?<=[oe]w|[iy]n))(?:ej|ą)$|(?<=[scz]k)ą$")


def is_first_name(word: str) -> bool:
    return has_name_tag(word, "imię")


def is_surname(word: str) -> bool:
    return has_name_tag(word, "nazwisko")


def lemma_of(word: str) -> str:
    """The most likely lemma (common nouns first) of a word, lower-cased."""
    interps = analyse(word)
    for _o, lemma, tag, names in interps:
        if tag.startswith("subst") and "nazwa_pospolita" in names:
            return base_lemma(lemma).lower()
    return base_lemma(interps[0][1]).lower() if interps else word.lower()


@lru_cache(maxsize=100_000)
def lemmas_of(word: str) -> frozenset[str]:
    return frozenset(base_lemma(t[1]).lower() for t in analyse(word))


@lru_cache(maxsize=50_000)
def geo_nominative(word: str) -> str | None:
    """Nominative of a geographic name ('Krakowie' -> 'Kraków'), or None if not one."""
    # Several places may share a form ("Łodzi": Łódź, Łodzia); the shortest lemma
    # is the likelier town, since inflection seldom shortens a name.
    cands = [_geo_form(lemma, tag) for _o, lemma, tag, names in analyse(word)
             if "nazwa_geograficzna" in names and tag.startswith("subst")]
    return min(cands, key=len) if cands else None


def _geo_form(lemma: str, tag: str) -> str:
    """A place read in the plural is named in the plural ("w Olchowcach" -> Olchowce, though
    Morfeusz lemmatises to Olchowiec): a settlement is one place, so a plural form means a
    plural name; a singular reading gives the lemma."""
    f = _features(tag)
    if f is None or "sg" in f[1]:
        return base_lemma(lemma)
    gens = f[3]
    for form, gtag in _generate(lemma):
        g = _features(gtag)
        if g and g[0] == "subst" and "pl" in g[1] and "nom" in g[2] and g[3] & gens:
            return form
    return base_lemma(lemma)
