"""FUND-S35: a funder or a programme whose shape no name has is no fact.

The funding finders read a span after a cue (a label, a money verb, "w ramach") and take it as
the payer or the programme. On any page that span can be something other than a name: a label
with its value ("Operator: Fundacja X", "Manager: Jan Nowak"), a sum ("PLN 73,44"), a word cut
from inside brackets ("Bosch Stiftung)"), a clause with its verb as a payer ("Budżet
tegorocznej edycji wynosi", "… покрывают проведение вебинаров"), the panel that chose the grants ("Komitet
Grantowy", "Komisja Rewizyjna"), an article ("The"), an office-holder ("Prezydent Wrocławia"),
a report ("Report 2022–2024") or a period ("lata 2021–2027") named as the programme. Each test
here is on the value's own shape, not on the page: the value is dropped (a funder: the whole
item, unless it keeps a programme or a sum; a programme: the name only)."""
from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.extract.notbody import not_a_body

# "Operator: X", "Manager: X", "Źródło finansowania: X": a label (one or two words) and its
# colon at the value's start; no payer's or programme's name in the read sets' gold has a colon
# (a name's own head stays: "Creative Europe: Culture" (its second word capitalised), "Horyzont
# 2020: …" (a figure), "NIW-CRSO: …" (an acronym) are programmes with their strand)
_LABEL_HEAD = re.compile(r"^(?![A-ZĄĆĘŁŃÓŚŹŻ\d-]{2,}:)[^\W\d][^\W\d]*(?:[^\S\n][^\W\dA-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?:\s")
# a figure with decimals ("73,44", "7,5") or a currency code: a sum, not a body
# (a version after a dot, "Fundusz Wkładów Własnych 2.0", "Przemysł 4.0", is part of a name)
_DECIMAL = re.compile(r"(?<![\w.,])\d+(?:,\d+|\.\d\d)(?![\w.,]*\d)|(?<!\w)(?:PLN|EUR|USD|GBP|CHF|UAH|zł)(?!\w)")
# function words: a value of these alone ("The", "of the") names nothing
_FUNCTION = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "by", "with", "to", "from",
                       "i", "w", "z", "ze", "na", "do", "oraz", "dla", "przez", "и", "в", "з", "та", "і"})
# the panel that chooses grants, named by its kind and the adjective of what it does ("Komitet
# Grantowy", "Komisja Konkursowa", "Komisja Rewizyjna", "Grant Committee"): an organ of the
# grant-giver, no payer (a panel's own name with a proper adjective, "Komisja Europejska", is one)
_PANEL_NOUN = r"(?:komisj\w*|komitet\w*|kapituł\w*|committee|panel|board|jury|комісі\w*|комисси\w*|комітет\w*|комитет\w*)"
_PANEL_ADJ = (r"(?:grantow\w*|konkursow\w*|rewizyjn\w*|ocen\w*|oceniając\w*|sterując\w*|selekcyjn\w*|"
              r"ekspert\w*|programow\w*|nadzorcz\w*|grant|selection|audit|evaluation|review|steering|"
              r"supervisory|advisory|expert|грантов\w*|конкурсн\w*|ревізійн\w*|ревизионн\w*|експертн\w*|"
              r"экспертн\w*|наглядов\w*|наблюдательн\w*)")
_PANEL = re.compile(r"(?i:" + _PANEL_NOUN + r"\s+" + _PANEL_ADJ + r"|" + _PANEL_ADJ + r"\s+" + _PANEL_NOUN + r")")
# an office-holder at a programme's head ("Prezydent Wrocławia", "Minister Nauki pod nazwą …"):
# the one who runs the call, named where the programme's name should be
_OFFICE = re.compile(r"(?:Prezydent|Burmistrz|Wójt|Starosta|Marszałek|Wojewoda|Minister|Premier|Mayor|"
                     r"President|Governor|Президент|Мэр|Мер|Министр|Міністр|Губернатор|Воевода|Воєвода)$")
# a report at a programme's head ("Report 2022–2024", "Raport roczny 2023")
_REPORT = re.compile(r"(?i:report|raport|sprawozdanie|звіт|отчет|отчёт)$")
# what is left of a period ("lata 2021–2027", "na lata 2014-2020", "years 2021-2027")
_PERIOD_ONLY = re.compile(r"(?i)^(?:na\s+|for\s+(?:the\s+)?|на\s+)?(?:lata|rok|roku|years?|годы|роки|рік|год)?"
                          r"[\s\d–—\-/.,]*$")
# a quote mark: a name's own slogan ("Fundacja „Dzieci mają głos”") may have its verb
_QUOTE = re.compile(r"[\"„”“«»]")
# a count of things ("5 weekend training sessions in …"): a number, then a lower-case word
_COUNT_HEAD = re.compile(r"^\d+\s+[a-ząćęłńóśźżа-яёіїєґ]")


def shapeless_values(items: list, lang: str) -> list:
    """The items without funders and programmes whose shape names nothing (see the module)."""
    out = []
    for f in items:
        if f.programme and not_a_programme(f.programme, lang):
            f.programme = None
        if f.funder and not_a_funder(f.funder, lang):
            if not (f.programme or f.amount is not None):
                continue
            f.funder = None
        out.append(f)
    return out


def not_a_funder(name: str, lang: str) -> bool:
    """True when a payer's name has a shape no payer's name has."""
    name = name.strip()
    if _LABEL_HEAD.match(name) or _DECIMAL.search(name):
        return True
    words = name.split()
    if all(w.lower().strip(",.;") in _FUNCTION for w in words):
        return True
    if len(words) <= 3 and _PANEL.fullmatch(name):
        return True
    return not_a_body(name, lang) or not _QUOTE.search(name) and _has_finite_verb(words, lang)


def not_a_programme(name: str, lang: str) -> bool:
    """True when a programme's name has a shape no programme's name has."""
    name = name.strip()
    words = name.split()
    if not words or _LABEL_HEAD.match(name) or name.count(")") > name.count("("):
        return True
    if _PERIOD_ONLY.match(name) or lang == "en" and _COUNT_HEAD.match(name):
        # (a count heads a Polish programme's own name: "100 lat niepodległości", "1000 bibliotek")
        return True
    # (a verb is no sign here: "Kobiety zmieniają świat", "Warszawa wspiera uczniów" are
    # programmes' own names)
    return len(words) > 1 and bool(_OFFICE.match(words[0]) or _REPORT.match(words[0]))


def _has_finite_verb(words: list[str], lang: str) -> bool:
    """A lower-case word read only as a finite verb, after a lower-case word ("Budżet
    tegorocznej edycji wynosi"): a clause, not a body's name. (After a capitalised word it may
    be a name's own slogan, its quotes lost: "Фонд «Ліхтенштейн допомагає»".)"""
    for before, w in zip([""] + words, words):
        w = w.strip(",.;:()„”\"«»")
        if not w or not w[:1].islower() or not w.isalpha() or len(w) < 3 or before[:1].isupper():
            continue  # ("Фонд «Ліхтенштейн допомагає»": a name's own subject and its verb)
        if is_cyrillic(w):
            if _cyrillic_verb(w, lang):
                return True
        elif _polish_verb(w):
            return True
    return False


def _polish_verb(word: str) -> bool:
    from ngo_atlas.lang import polish

    tags = [i[2] for i in polish.analyse(word)]
    return bool(tags) and all(t.startswith(("fin:", "praet:")) for t in tags)


def _cyrillic_verb(word: str, lang: str) -> bool:
    from ngo_atlas.lang.slavic import cyrillic_lang, word_parses

    parses = word_parses(word, lang if lang in ("ru", "uk") else cyrillic_lang(word))
    known = [p for p in parses if p.is_known] if parses else []
    return bool(known) and all(p.tag.POS == "VERB" for p in known)
