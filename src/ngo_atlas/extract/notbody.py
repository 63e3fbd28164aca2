"""Spans that the organisation finders admit but whose shape names no body: a sum of money, a
table's header or a breadcrumb, a letter cut from an abbreviation, the project's own team, a
person with her unit."""

from __future__ import annotations

import re

from ngo_atlas.extract.money import _money_regex
from ngo_atlas.extract.names import is_cyrillic

# an amount's figure: thousands grouped ("310,000", "1 015 266,00"), or a figure with a scale
# ("1.2 mln", "85 tys", "2 million"); a body's number ("nr 58", "No. 7", "2014–2021") is neither
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \xa0\u202f.,]\d{3})+(?:,\d{2})?(?![\d])|"
                     r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:mln|mld|tys|million|billion|млн|млрд|тис|тыс)\b",
                     re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# a table flattened to text ("Kwota Udział %") or a page's breadcrumb ("Spotlights > Europe")
_CELL_MARK = re.compile(r"%|\s[>»]\s")
# the project's own team or office ("ZESPÓŁ PROJEKTU", "Project team", "Команда проекту")
_PROJECT_WORD = re.compile(r"(?i:projekt\w*|projects?|проект\w*|проєкт\w*)$")
_TEAM_WORD = re.compile(r"(?i:zesp[oó]ł\w*|biur\w*|team|office|staff|команд\w*|офіс\w*|офис\w*|of|the)$")
# a panel that decides (a committee, a jury, a board) named by that noun alone
_PANEL = re.compile(r"(?i:komisj\w*|kapituł\w*|jury|komitet\w*|committee|panel|board|jury|"
                    r"комисси\w*|комісі\w*|комитет\w*|комітет\w*|журі|жюри)$")
# "Joanna Nowak of the Social Affairs Department", "Anna Kowal z Wydziału …": a person, then
# the preposition that gives her unit
_PERSON_OF = re.compile(r"(\S+)\s+\S+\s+(?:of|from|at|z|ze|из|з|із|зі)\s")


def not_a_body(name: str, lang: str) -> bool:
    """True when an organisation's name has a shape no body's name has."""
    if sum(c.isalpha() for c in name) < 2:
        return True  # "U" of "the U.S. Department …" cut at its first stop
    if name.count(")") > name.count("("):
        return True  # "Agency Procedure)": read from inside a bracket
    if _CELL_MARK.search(name) or _DIGIT.search(name) and (_AMOUNT.search(name) or _money_regex().search(name)):
        return True
    words = name.split()
    if decision_panel(name):
        return True
    if 2 <= len(words) <= 4 and (_PROJECT_WORD.match(words[-1]) and all(map(_TEAM_WORD.match, words[:-1]))
                                 or _PROJECT_WORD.match(words[0]) and all(map(_TEAM_WORD.match, words[1:]))):
        return True
    if _class_plural(words):
        return True
    m = _PERSON_OF.match(name)
    return bool(m) and words[1][:1].isupper() and _first_name(m.group(1), lang)


# plural heads of the body-type nouns: "Organizacje Pozarządowe", "Związki Zawodowe", "Rady
# Sąsiedzkie", "громадські організації" name a class of bodies, not one
# (funds and donors are not body-type nouns: "Fundusze EOG", "private donors" are payers)
_PL_PLURAL_HEAD = re.compile(r"(?i:organizacje|stowarzyszenia|fundacje|związki|rady|instytucje|spółdzielnie|"
                             r"організації|организации|асоціації|ассоциации|об'єднання|объединения|спілки|союзы)$")
# a plural adjective agreeing with the head: Polish "-e" (non-personal plural), Russian "-ые/-ие",
# Ukrainian "-і"
_PLURAL_ADJ = re.compile(r"(?i:\w+(?:e|ые|ие|і))$")


def decision_panel(name: str) -> bool:
    """"Komisja przyznała dotacje", "The jury awarded": the grant-giver's panel, named by its
    kind alone, no body of its own (neither payer nor organisation)."""
    return _PANEL.match(name.strip()) is not None


def _class_plural(words: list[str]) -> bool:
    """A plural body-type noun with only agreeing adjectives :
    a class of bodies named in prose ("współpracy z organizacjami pozarządowymi"), not one body."""
    if not 2 <= len(words) <= 3:
        return False
    for i, w in enumerate(words):
        if _PL_PLURAL_HEAD.match(w):
            return all(_PLURAL_ADJ.match(x) for j, x in enumerate(words) if j != i)
    return False  # English plural heads name real bodies ("Open Society Foundations")


def _first_name(word: str, lang: str) -> bool:
    if is_cyrillic(word):
        from ngo_atlas.lang import slavic

        return slavic.is_first_name(word, "uk" if lang == "uk" else "ru")
    from ngo_atlas.lang import polish

    return polish.is_first_name(word)
