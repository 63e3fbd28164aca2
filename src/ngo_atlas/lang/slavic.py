"""Russian and Ukrainian morphology (pymorphy3): nominative of noun phrases, names, lemmas.

One MorphAnalyzer per language, built on first use; word analyses are cached. The
nominative of a phrase inflects only its leading agreement group (the adjectives and
the head noun, or all words of a person's name) and keeps everything after the head,
quoted parts and non-Cyrillic words as written: "Хельсинкского фонда по правам
человека" -> "Хельсинкский фонд по правам человека".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

LANGS = ("ru", "uk")

# Tokens: a quoted part, a (hyphenated) word, or anything else one character at a time.
# (a Ukrainian apostrophe is inside a word: "Об'єднанню", "сім'ї", "Дем’ян")
_TOKEN = re.compile(r"«[^»]*»|„[^”“\"]*[”“\"]|“[^”]*”|\"[^\"]*\"|[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|.",
                    re.S)
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+(?:['’ʼ-][\u0400-\u04ff]+)*$")
_APOSTROPHES = str.maketrans("’ʼ", "''")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct",
                 "loc2": "loct"}
_ADJECTIVAL = {"ADJF", "PRTF"}
_PERSON = {"Name", "Surn", "Patr"}
# Words a place name stands in apposition to, agreeing in case: "в городе Кракове".
_APPOSITION_HEADS = {"город", "місто", "село", "посёлок", "селище", "деревня", "гмина", "гміна",
                     "район", "округ", "область", "воеводство", "воєводство"}


_UKRAINIAN_ONLY = re.compile(r"[іїєґ]", re.IGNORECASE)


def cyrillic_lang(text: str) -> str:
    """"uk" where the text holds a letter only Ukrainian writes (і, ї, є, ґ), else "ru": which
    analyser reads a Cyrillic word when the page's language does not say."""
    return "uk" if _UKRAINIAN_ONLY.search(text) else "ru"


def _check(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"no Slavic morphology for language {lang!r}; expected one of {LANGS}")


@lru_cache(maxsize=None)
def analyzer(lang: str) -> Any:
    """The pymorphy3 MorphAnalyzer of ``lang`` ("ru" or "uk"), built once."""
    _check(lang)
    import pymorphy3  # imported here: loading the dictionaries takes a moment

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def word_parses(word: str, lang: str) -> tuple[Any, ...]:
    """pymorphy3's analyses of ``word`` in Russian or Ukrainian (``lang``), likeliest first,
    cached for every finder that asks about the same word (one parse costs ~0.6 ms)."""
    # the dictionaries spell the apostrophe as ASCII "'"; a typographic one would be guessed
    return tuple(analyzer(lang).parse(word.translate(_APOSTROPHES)))


@lru_cache(maxsize=200_000)  # pymorphy's check walks the DAWG with its letter substitutes
def word_is_known(word: str, lang: str) -> bool:
    """The ``lang`` dictionary knows the word (any case; guesses do not count)."""
    return analyzer(lang).word_is_known(word.translate(_APOSTROPHES))


def lemma(word: str, lang: str) -> str:
    """Dictionary form (lower case) of the likeliest analysis of ``word``."""
    _check(lang)
    parses = word_parses(word, lang)
    return parses[0].normal_form if parses else word.lower()


def _has_tag(word: str, lang: str, grammeme: str) -> bool:
    parses = word_parses(word, lang)
    known = [p for p in parses if p.is_known]
    if known:
        return any(grammeme in p.tag for p in known)
    # An unknown word counts when the guesser's best analysis carries the tag.
    return bool(parses) and grammeme in parses[0].tag


def is_genitive_noun(word: str, lang: str) -> bool:
    """The dictionary knows ``word`` as a common noun in the genitive ("підтримки",
    "помощи"): the complement a head noun governs."""
    _check(lang)
    return any(p.is_known and p.tag.POS == "NOUN" and _case(p.tag) == "gent"
               and not (_PERSON | {"Geox"}) & set(p.tag.grammemes) for p in word_parses(word.lower(), lang))


def is_first_name(word: str, lang: str) -> bool:
    """True when the dictionary knows ``word`` (any case form) as a first name."""
    _check(lang)
    return bool(word) and word[0].isupper() and _has_tag(word, lang, "Name")


def is_surname(word: str, lang: str) -> bool:
    """True when ``word`` is a surname form (known, or guessed so for unknown words)."""
    _check(lang)
    return bool(word) and word[0].isupper() and _has_tag(word, lang, "Surn")


def _case(tag: Any) -> str | None:
    case = tag.case
    if not case and tag.POS in _ADJECTIVAL | {"NOUN"}:
        # The Ukrainian dictionary leaves the case off some dictionary forms ("відділ").
        return "nomn"
    return _CASE_ALIASES.get(case, case) if case else None


def _number(tag: Any) -> str:
    return tag.number or "sing"


def _restore_case(new: str, old: str) -> str:
    """Give ``new`` the capitalisation of ``old``, part by part for hyphenated words."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    new_parts, old_parts = new.split("-"), old.split("-")
    out = []
    for i, part in enumerate(new_parts):
        ref = old_parts[min(i, len(old_parts) - 1)]
        out.append(part[:1].upper() + part[1:] if ref[:1].isupper() else part)
    return "-".join(out)


def _has_person_tag(word: str, lang: str, grammemes: set[str] = _PERSON) -> bool:
    return any(grammemes & set(p.tag.grammemes) for p in word_parses(word, lang))


def _is_person(words: list[str], lang: str) -> bool:
    """Two or three capitalised words, one a first name, the others names or plain nouns."""
    if not (2 <= len(words) <= 3 and all(w[0].isupper() for w in words)):
        return False
    if not any(_has_person_tag(w, lang, {"Name"}) for w in words):
        return False
    if not _has_person_tag(words[0], lang) and any(p.is_known and p.tag.POS == "NOUN" for p in word_parses(words[0], lang)):
        return False  # "Фонд Роберта Боша": a body named after a person, not a person
    # A surname the dictionary lacks ("Новак") is at least not an adjective.
    return all(_has_person_tag(w, lang) or
               not any(p.tag.POS in _ADJECTIVAL for p in word_parses(w, lang)) for w in words)


def _group(words: list[str], lang: str) -> list[str]:
    """The leading agreement group: adjectives up to and including the head noun, and a
    name in apposition to a settlement word ("городом Варшавой" -> "город Варшава")."""
    if _is_person(words, lang):
        return words
    group = []
    for i, w in enumerate(words):
        group.append(w)
        has_next = i + 1 < len(words)
        if not (has_next and any(p.tag.POS in _ADJECTIVAL for p in word_parses(w, lang))):
            break
    nxt = len(group)
    if (nxt < len(words) and words[nxt][0].isupper()
            and any(p.normal_form in _APPOSITION_HEADS for p in word_parses(group[-1], lang))):
        group.append(words[nxt])
    return group


def _apposed(group: list[str], lang: str) -> int | None:
    """Index of the apposed name that _group added after a settlement word, if any."""
    if len(group) >= 2 and any(p.normal_form in _APPOSITION_HEADS
                               for p in word_parses(group[-2], lang)) and group[-1][0].isupper():
        return len(group) - 1
    return None


@dataclass(frozen=True)
class _Reading:
    """One analysis of a word reduced to what agreement needs, with its weight."""

    parse: Any
    case: str | None
    number: str
    gender: str | None  # None: agrees with any gender (indeclinable, common gender)
    weight: float


@lru_cache(maxsize=200_000)
def _readings(word: str, lang: str, person: bool) -> tuple[_Reading, ...]:
    parses = list(word_parses(word, lang))
    if not word.isupper():
        # "Фундации" guessed as an indeclinable abbreviation: abbreviations are capitals
        parses = [p for p in parses if "Abbr" not in p.tag.grammemes] or parses
    if person and word_is_known(word, lang):
        # In a name, "Марта" is the first name, not the genitive of "март". (A word the
        # dictionary lacks keeps all its guesses: "Корзуну" is the dative of a surname
        # Корзун as much as the accusative of a guessed first name Корзуна.)
        parses = [p for p in parses if _PERSON & set(p.tag.grammemes)] or parses
    elif person:
        parses = [p for p in parses if p.tag.POS == "NOUN"] or parses  # a name is no adjective
    out = []
    for p in parses:
        tag = p.tag
        if tag.POS not in _ADJECTIVAL | {"NOUN"}:
            continue
        # an indeclinable common noun keeps its gender ("Повітовому бюро": neuter, so
        # "Повітове бюро"); an indeclinable surname may be anyone's
        fixed = "Fixd" in tag.grammemes and (person or bool(_PERSON & set(tag.grammemes)))
        any_gender = not tag.gender or fixed or "ms-f" in tag.grammemes
        out.append(_Reading(p, _case(tag), _number(tag), None if any_gender else tag.gender,
                            _weight(p, word, person)))
    return tuple(out)


def _choose(group: list[str], lang: str, person: bool,
            apposed: int | None = None) -> list[Any | None] | None:
    """One analysis per word, all in one case, number and gender; the likeliest set.

    In a person's name a word with no agreeing analysis is kept as written (None): a
    woman's surname such as "Новак" or "Бондар" does not decline. So is a name apposed
    to a settlement word (index ``apposed``), which agrees in case but not in gender,
    and is often left undeclined ("містом Люблін").
    """
    readings = [_readings(w, lang, person) for w in group]
    head = len(group) - 1 if apposed is None else apposed - 1
    best, best_key = None, None
    nom: tuple[float, list[Any | None]] | None = None
    for case in _CASES:
        for number, gender in (("sing", "masc"), ("sing", "femn"), ("sing", "neut"),
                               ("plur", None)):
            chosen: list[Any | None] = []
            score = 1.0
            for i, word_readings in enumerate(readings):
                loose = apposed is not None and i >= apposed
                cands = [r for r in word_readings if r.case == case and r.number == number
                         and (gender is None or r.gender is None or r.gender == gender
                              or loose)]
                if not person and i < head:
                    # before the head noun only adjectives: "Бескидському центрові
                    # волонтаріату" is no run of three agreeing nouns
                    cands = [r for r in cands if r.parse.tag.POS in _ADJECTIVAL]
                elif not person and i == head and word_is_known(group[i], lang) and any(
                        r.parse.tag.POS == "NOUN" for r in word_readings):
                    # and the head is a noun: "Фондові" is the dative of фонд here, not
                    # the plural of the adjective фондовий
                    cands = [r for r in cands if r.parse.tag.POS == "NOUN"]
                if not cands and ((person and i > 0) or loose):
                    # Below any real analysis (their weights start at 0.01).
                    chosen.append(None)
                    score *= 0.005
                    continue
                if not cands:
                    break
                pick = max(cands, key=lambda r: _person_weight(r, i, person))
                chosen.append(pick.parse)
                score *= _person_weight(pick, i, person)
            else:
                key = (score, number == "sing", case == "nomn")
                if best_key is None or key > best_key:
                    best, best_key = chosen, key
                if case == "nomn" and number == "sing" and (nom is None or score > nom[0]):
                    nom = (score, chosen)
    # A phrase that reads well as a nominative singular is taken as already being one
    # ("Тарнов" the town, not the genitive plural of "тарн"), unless that reading is
    # far less likely than the best.
    if nom is not None and best_key is not None and nom[0] >= 0.1 * best_key[0]:
        return nom[1]
    return best


def _person_weight(r: _Reading, i: int, person: bool) -> float:
    """A person's name opens with the first name: "Андрієві" is Андрій's dative there, not
    the surname Андріїв (which Ukrainian writes first only with no first name before it)."""
    if person and i == 0 and "Surn" in r.parse.tag.grammemes and "Name" not in r.parse.tag.grammemes:
        return r.weight * 0.5
    return r.weight


def _weight(parse: Any, word: str, person: bool) -> float:
    grammemes = set(parse.tag.grammemes)
    is_person = bool(_PERSON & grammemes)
    # A lone "Львові" is the city, not the surname Львов; in a name it is the reverse.
    weight = parse.score * (1.0 if is_person == person else 0.3)
    # a first name read as indeclinable ("Анне") yields to its declined reading (Анна,
    # dative) wherever one fits, and a dialect form ("міжнародній" as a lemma) to the
    # standard one
    weight *= 0.1 if {"Fixd", "Name"} <= grammemes else 0.5 if "Dist" in grammemes else 1.0
    # Ties (the Ukrainian dictionary scores every analysis 1.0): endings are short, so
    # the lemma closest in length to the written form is the likelier ("Кракові" is
    # Краків, not Крак).
    weight -= 1e-3 * abs(len(parse.normal_form) - len(word))
    if {"Geox", "neut"} <= grammemes and parse.normal_form.endswith("о"):
        # Place names in -ино/-ово are mostly left undeclined today, so "Люблине" is
        # more likely Люблин than Люблино.
        weight -= 2e-3
    return weight + 1e-2


def _nominative_form(parse: Any) -> str | None:
    """The nominative of one analysed word in its own number and gender."""
    tag = parse.tag
    inflected = parse.inflect({"nomn", tag.number} if tag.number else {"nomn"})
    if inflected is not None and inflected.tag.number == tag.number:
        return inflected.word
    # The Ukrainian dictionary leaves the nominative singular without case and number
    # marks, so inflect() lands on the plural ("акцією" -> "акції"); search the lexeme.
    for form in parse.lexeme:
        ft = form.tag
        if (_case(ft) == "nomn" and ft.number == tag.number and ft.POS == tag.POS
                and (not tag.gender or ft.gender == tag.gender)):
            return form.word
    return inflected.word if inflected is not None else None


def _agreeing(word: str, lang: str, head: Any) -> Any | None:
    """The adjectival analysis of ``word`` in the head's case, number and gender, if any."""
    gender = None if not head.tag.gender or "ms-f" in head.tag.grammemes else head.tag.gender
    cands = [r for r in _readings(word, lang, False)
             if r.parse.tag.POS in _ADJECTIVAL and r.case == _case(head.tag)
             and r.number == _number(head.tag) and (gender is None or r.gender in (None, gender))]
    return max(cands, key=lambda r: r.weight).parse if cands else None


def _postposed(rest: list[str], head: Any, lang: str) -> list[Any]:
    """Analyses of the adjectives right after the head that agree with it ("Воєводи
    Люблінського" -> "Воєвода Люблінський"). One that also agrees with the noun after it
    is that noun's ("Центру Міжнародного Співробітництва": a genitive complement)."""
    out: list[Any] = []
    for k, word in enumerate(rest):
        parse = _agreeing(word, lang, head)
        if parse is None:
            break
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        adjs = [a for a in _readings(word, lang, False) if a.parse.tag.POS in _ADJECTIVAL]
        if nxt is not None and any(
                r.parse.tag.POS == "NOUN" and r.case == a.case and r.number == a.number
                and (r.gender is None or a.gender is None or r.gender == a.gender)
                for r in _readings(nxt, lang, False) for a in adjs):
            break
        out.append(parse)
    return out


@lru_cache(maxsize=100_000)
def nominative(phrase: str, lang: str) -> str:
    """``phrase`` (an organisation, place or person, possibly inflected) in the nominative."""
    _check(lang)
    tokens = _TOKEN.findall(phrase)
    word_idx = [i for i, t in enumerate(tokens) if _CYRILLIC_WORD.match(t)]
    if not word_idx:
        return phrase
    tokens, word_idx = _trimmed(tokens, word_idx, lang)
    # The group is the run of Cyrillic words at the start, separated by spaces only.
    lead = []
    for i in word_idx:
        if lead and not all(t.isspace() for t in tokens[lead[-1] + 1:i]):
            break
        if not lead and i != word_idx[0]:
            break
        lead.append(i)
    if word_idx[0] != 0 and not all(t.isspace() for t in tokens[:word_idx[0]]):
        return "".join(tokens)
    words = [tokens[i] for i in lead]
    group = _group(words, lang)
    person = _is_person(words, lang) and group == words
    chosen = _choose(group, lang, person, None if person else _apposed(group, lang))
    # (a capitalised pair, "Нового Сонча", is a name the dictionaries may not know: kept whole)
    while chosen is None and not person and len(group) > 1 and (group[-1][:1].islower() or group[-2][:1].islower()):
        # "Міському центрові допомоги": "центрові" is also a plural adjective, so the group
        # ran on to "допомоги"; the head is the last word the group's words agree with
        group = group[:-1]
        chosen = _choose(group, lang, False, _apposed(group, lang))
    if chosen is None:
        return "".join(tokens).strip()
    if not person and _apposed(group, lang) is None and chosen[-1] is not None:
        chosen = chosen + _postposed(words[len(group):], chosen[-1], lang)
    for i, parse in zip(lead, chosen):
        if parse is None or _case(parse.tag) == "nomn":
            continue  # kept as written: an undeclined surname, or already nominative
        word = _nominative_form(parse)
        if word is not None:
            mark = next((c for c in "’ʼ" if c in tokens[i]), None)  # the apostrophe as written
            tokens[i] = _restore_case(word.replace("'", mark) if mark else word, tokens[i])
    unit = None if person else _unit_after_dash(tokens, lead[-1] + 1, chosen, lang)
    if unit is not None:
        return "".join(tokens[:unit]) + nominative("".join(tokens[unit:]), lang)
    return "".join(tokens).strip()


def _trimmed(tokens: list[str], word_idx: list[int], lang: str) -> tuple[list[str], list[int]]:
    """The tokens less a leading preposition and a trailing subject pronoun, which are no
    part of the name, with the indices of the Cyrillic words among them."""
    # "в Варшаве" -> "Варшаве": a leading preposition is not part of the name (a hyphenated
    # word, "а-к", is one pymorphy3 only guesses at: it stays, hyphen and all)
    first = word_idx[0]
    if (len(word_idx) > 1 and any(p.tag.POS == "PREP" for p in word_parses(tokens[first], lang))
            and tokens[first].islower() and tokens[first].isalpha() and all(t.isspace() for t in tokens[:first])
            and all(t.isspace() for t in tokens[first + 1:word_idx[1]])):
        tokens = tokens[word_idx[1]:]
        word_idx = [i - word_idx[1] for i in word_idx[1:]]
    last = word_idx[-1]
    if len(word_idx) > 1 and tokens[last].islower() and tokens[last].isalpha() \
            and all(t.isspace() for t in tokens[last + 1:]) and _subject_pronoun(tokens[last], lang):
        # "з гміною Свідник ми готуємо …": the subject of the next clause is no part of a name
        # (a hyphenated word, "а-я", pymorphy3 only guesses at: no pronoun, it stays)
        tokens = tokens[:last]
        word_idx = word_idx[:-1]
    return tokens, word_idx


def _subject_pronoun(word: str, lang: str) -> bool:
    """A personal pronoun in the nominative ("ми", "мы", "вони"): a clause's subject."""
    parses = word_parses(word, lang)
    return bool(parses) and parses[0].tag.POS == "NPRO" and _case(parses[0].tag) == "nomn" \
        and word not in ("это", "це", "що", "что", "все", "всё")


_DASHES = ("–", "—", "-")


def _unit_after_dash(tokens: list[str], at: int, chosen: list[Any | None], lang: str) -> int | None:
    """"Национальным институтом свободы – Центром развития …": after a dash, a body's unit or
    second name stands in apposition in the body's case; the token index where it starts."""
    case = next((_case(p.tag) for p in chosen if p is not None), None)
    rest = tokens[at:at + 4]
    if case in (None, "nomn") or len(rest) < 4 or not (rest[0].isspace() and rest[1] in _DASHES
                                                       and rest[2].isspace()):
        return None
    word = rest[3]
    if not (_CYRILLIC_WORD.match(word) and word[:1].isupper()):
        return None
    # a common noun (or an adjective before one) in that case; no person, no place
    if any(r.case == case and r.parse.tag.POS in _ADJECTIVAL | {"NOUN"}
           and not (_PERSON | {"Geox"}) & set(r.parse.tag.grammemes) for r in _readings(word, lang, False)):
        return at + 3
    return None
