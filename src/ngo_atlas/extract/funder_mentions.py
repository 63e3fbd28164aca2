"""Funders named anywhere after a money word in a sentence, not only right after a cue phrase."""

from __future__ import annotations

import re

from ngo_atlas.extract.classnamed import class_named
from ngo_atlas.extract.names import form_stop_end, is_cyrillic, nominative, rstrip_name
from ngo_atlas.extract.notbody import decision_panel
from ngo_atlas.extract.text import CI, cue, inside_quotes, sentences_with
from ngo_atlas.extract.wrapped import hard_wrap
from ngo_atlas.lang import polish
from ngo_atlas.model import Funding, Span

# a verb of giving counts only in a sentence that gives an amount (see _gives_money)
# (every tense: "Miasto X przekaże organizacjom 300 000 zł", "Gmina przyznaje dotacje");
# "wspiera nas Fundusz X kwotą 40 tys. zł": support is money only beside a sum
_GIVE_WORDS = (
    r"przekaza\w*|przekaż[eą](?!\w)|przekazuj\w*|przyzna\w*|provide[sd]|awards?\b|awarded|granted|donate[sd]|"
    r"contribute[sd]|виділи\w*|виділя\w*|выделил\w*|выдел(?:ит|ят|яет|яют)\b|надав\w*|надаст\w*|надасть|"
    r"предоставил\w*|предостав(?:ит|ят|ляет|ляют)\b|"
    r"wspiera\w*|wsparł\w*|support(?:s|ed)\b|підтрима\w*|поддерж\w*|"
    # a sum set aside for a purpose: "Fundacja X przeznaczyła na projekt 20 000 zł"
    r"przeznaczy\w*|przeznacza\w*|allocated|"
    # paying a share or a cost, adding to a sum, buying (FUND-N): "koszty pokryła Gmina X",
    # "Fundacja X dołożyła 12 000 zł", "X covered the cost (EUR 5,000)", "Фонд X оплатил 30 000 рублей"
    r"pokry(?:ł|ła|ło|li|ły|je|ją|wa|wają)\b|dołoży\w*|dołożył\w*|dokłada\w*|dorzuci\w*|dorzuca\w*|"
    r"opłaci\w*|opłaca\w*|zapłaci\w*|dopłaci\w*|dopłaca\w*|covered|covers\b|paid\b|pays\b|"
    r"покры(?:л|ла|ло|ли|вает|вают|ет|ют)\b|покри(?:в|ла|ло|ли|ває|вають|є|ють)\b|оплати(?:л|ла|ло|ли|т|ть)\b|"
    r"оплачива\w*|оплату(?:є|ють)\b|оплатив|оплатил\w*|закупи(?:л|ла|ло|ли|в)\b|придба(?:в|ла|ло|ли)\b")
# Word stems that make a sentence about who pays, in any word order: "sfinansowano z
# dotacji Gminy X", "dzięki wsparciu finansowemu Ambasady X", "Grant przyznała Fundacja X",
# "Fundatorem projektu jest X", "Wsparcia finansowego udzieliło Biuro X".
# every branch opens with a literal letter: the engine tests one character set per position
MONEY_WORD = cue(
    r"finansow\w*|finansuj\w*|współfinans\w*|dofinans\w*|sfinans\w*|dotacj\w*|grant(?!obior|ee)\w*|"
    r"sponsor\w*|fundator\w*|darczyń\w*|ufundowa\w*|ze\s+środków|z\s+funduszy|wsparci\w*\s+finansow\w*|"
    # "z budżetu Miasta X", "from the budget of X": the budget word opens the cue (a leading
    # "z"/"from" would make the scan stop at every such word)
    r"budżetu\s+(?!projektu|zadania)|budget\s+of|бюджету\s+(?!проєкту)|бюджета\s+(?!проекта)|"
    r"fund(?:ed|ing)\b|co-?fund(?:ed|ing)\b|financ(?:ed|ing)\b|financial\s+support|donor\w*|"
    r"финанс\w*|фінанс\w*|софинанс\w*|співфінанс\w*|профинанс\w*|профінанс\w*|"
    # "Grantee:", "Грантоотримувач:": the one paid, no payer ("grantobiorca" likewise)
    r"грант(?!оотрим|ополуч|одерж)\w*|спонсор\w*|"
    r"донор\w*|из\s+средств|за\s+кошти|за\s+рахунок|" + _GIVE_WORDS)
_GIVE_VERB = CI(r"\s+(?:(?:has|have|will)\s+)?(?:provide[sd]?|awards?|awarded|grant(?=\s+(?:pln|eur|usd|chf|gbp|[€$£]|\d))|granted|gives?|gave|donate[sd]?|"
               r"contribute[sd]?|przyznał\w*|przekazał\w*|виділя\w*|выдел(?:ит|ят|яет|яют)|надаст\w*|надасть|"
               r"предостав(?:ит|ят|ляет|ляют)|"
               r"przyzna(?:je|ją|ł\w*)?(?!\w)|przekaż[eą](?!\w)|przekazuj[eą](?!\w)|"
               r"ufundował\w*|sfinansował\w*|przeznaczył\w*|przeznaczy(?:ł\w*)?(?!\w)|allocated|надал\w*|виділи\w*|выделил\w*|"
               r"предоставил\w*|надав\w*|профинансировал\w*|профінансував\w*)\b")
_OUT_OF_FUND = re.compile(r"(?:\s|^)(?:z|ze|з|із|из|from)\s+(?:the\s+)?(?:Fundusz|Fund|Фонд)", re.IGNORECASE)
# (used with fullmatch on a MONEY_WORD hit: the word boundaries inside hold at its end)
_GIVE_ONLY = re.compile(_GIVE_WORDS)
# a sum in figures, maybe with its multiplier in words ("75 tysięcy złotych", "40 tys. zł",
# "48 тис. злотих", "2 mln euro"; roubles and hryvnias: "суммой 90 000 рублей")
_AMOUNT = re.compile(r"\d\s*(?:(?:tys\.|tysi\w+|mln\.?|milion\w*|thousand|million|тис\.|тыс\.|тисяч\w*|тысяч\w*|"
                     r"млн\.?)\s*)?(?:zł|złot\w+|PLN|EUR|euro|USD|злот\w+|євро|евро|рубл\w+|руб\.|грн|гривен\w*|"
                     r"гривн\w+|гривень|CHF|GBP|SEK|NOK|JPY|[€$£])(?!\w)|(?:[€$£]|PLN|EUR|USD|CHF|GBP)\s*\d",
                     re.IGNORECASE)


def _gives_money(text: str, ss: int, se: int) -> bool:
    """A verb of giving is about money when the sentence gives an amount or another money word."""
    return bool(_AMOUNT.search(text, ss, se)) or any(
        not _GIVE_ONLY.fullmatch(m.group()) for m in MONEY_WORD.finditer(text, ss, se))
# Between the money word and a name, these hand the name another part: "dotacja dla
# Stowarzyszenia X" (the one paid), "w ramach programu X" (a programme), "we współpracy z X"
_OTHER_PART = CI(
    r"(?<![\w])(?:dla|for|для|w\s+ramach|within|under|в\s+рамках|у\s+рамках|"
    r"we\s+współpracy|wspólnie|w\s+partnerstwie|razem|partner\w*|in\s+cooperation|together|"
    r"партнер\w*|спільно|совместно|realizow\w*|prowadz\w*|implemented|run\s+by|led\s+by|"
    r"реализ\w*|реаліз\w*|received|otrzymał\w*|получил\w*|отримал\w*|któr\w+|which|who|"
    r"который|которая|які|який|яка)\b")
# "od Islandii, Liechtensteinu i Norwegii", "by Iceland, Liechtenstein and Norway"
_FROM = CI(r"(?<![\w])(?:od|przez|from|by|від|от)\s+")
# "Dotację przyznała Fundacja X, operator Programu": it hands out someone else's money
_OPERATOR_NEXT = CI(r"[\s,.]*(?:(?:the\s+)?(?:programme\s+|fund\s+)?operator|operatorem|оператор|"
                    # "X, the Polish National Agency of Erasmus+": the programme's operator
                    r"(?:the\s+)?(?:[a-z]+\s+)?national\s+agency|narodow\w+\s+agencj|національн\w+\s+агентств|"
                    r"национальн\w+\s+агентств)")
# "współfinansowanego z programu Aktywni Obywatele – Fundusz Regionalny": a name after it is
# the programme's (its owner, "programu X Fundacji Y", is read by funding._owned_programmes)
_FROM_PROGRAMME = CI(r"(?<![\w])(?:z|ze|з|із|из)\s+(?:programu|програми|программы)\s")
_PROJECT_QUOTE = re.compile(r"(?:projekt|project|про[еє]кт)\w*\s+$", re.IGNORECASE)
_PROGRAMME_HEAD = re.compile(r"(?:program|programme|програм|программ)\w*\b", re.IGNORECASE)
_COUNTRY_EN = {"united states", "united kingdom", "the netherlands"}


def prose_funders(text: str, s: int, e: int, lang: str, done: list[tuple[int, int]]) -> list[Funding]:
    """Funders in money sentences that the cue-phrase finders left without one. `done` holds
    the spans of the sentences that already gave a funder."""
    from ngo_atlas.extract.funding import _foreign_tail
    from ngo_atlas.extract.organisations import _through_comma_name, cyrillic_mentions, mentions

    out: list[Funding] = []
    for ss, se in sentences_with(text, s, e, (MONEY_WORD,)):
        if any(a < se and ss < b for a, b in done):
            continue
        first = _money_word(text, ss, se)
        if first is None or (_GIVE_ONLY.fullmatch(first.group()) and not _gives_money(text, ss, se)):
            continue  # "Fundacja X przekazała uczniom paczki": a gift of goods, not of money
        find = _with_class_named(cyrillic_mentions if is_cyrillic(text[ss:se]) else mentions, text, ss, se)
        # "Kwota dofinansowania: 60 000 EUR\nKoordynator: X": a line opening with its own key is
        # another field; the money word's payer is not looked for past it
        key = _NEXT_KEY.search(text, first.end(), se) if "\n" in text[first.end():se] else None
        fe = key.start() if key else se
        fe = _field_line_end(text, first.end(), fe, find)
        after = find(text, first.end(), fe)
        spans = [(a, _and_continued(text, a, _through_comma_name(text, a, b, fe), fe))
                 for a, b in after
                 if _funder_place(text, first.end(), a) and not inside_quotes(text, ss, a)
                 and not _OPERATOR_NEXT.match(text, b)]
        spans += _countries_after(text, first.end(), se, spans)
        # "The X Fund provided a grant", "Fundacja X przekazała dotację": the giver before its verb
        before = find(text, ss, first.start())
        givers = [(a, b) for a, b in before if _GIVE_VERB.match(text, b) and not inside_quotes(text, ss, a)]
        if not givers:  # "Fundacja X wsparła projekt kwotą 20 000 zł": the subject of a paying verb
            givers = [(a, b) for a, b in before
                      if paying_subject(text, ss, a, b, se) and not inside_quotes(text, ss, a)]
            # what the verb governs after it receives the money; a name pays there only after
            # its own source word ("X supported us with a grant from Y's fund")
            if givers:
                spans = [x for x in spans if _SOURCE_WORD.search(text, first.end(), x[0])]
        programme, ppos = _programme(text, ss, se, lang) if spans or givers else (None, -1)
        if givers:  # "Європейський Союз виділив … з Фонду X": the giver pays out of its fund
            funds = [(a, b) for a, b in spans if _OUT_OF_FUND.search(text, max(ss, a - 5), a + 5)]
            if funds and programme is None:
                a, b = funds[0]
                programme = nominative(text[a:b].rstrip(" .,;:"), lang)
            spans = [x for x in spans if x not in funds]
        spans += givers
        if givers:  # "X przekazał 150 tys. zł …, a Fundacja Y przekazała 64 tys. zł": each clause its giver
            spans += [x for x in _clause_givers(text, first.end(), se, find) if x not in spans]
        # "Fundacja X (…), która przekazała 850 000 € …": the relative clause's subject pays
        spans += [x for x in before + after if x not in spans and relative_payer(text, x[0], x[1], se)
                  and not inside_quotes(text, ss, x[0])]
        owner = relative_owner(text, sorted(spans), ppos) if programme else None
        for a, b in sorted(spans):
            if lang == "pl":  # "Caritas international": a foreign name's lower-case last word
                b = _foreign_tail(text, b, se)
            name = _name(text, a, b, lang)
            if name and not decision_panel(name):
                own = programme if owner is None or owner == (a, b) else None
                out.append(Funding(name, own, None, None, Span(a, b, "money_sentence", 0.6)))
        sb = _CYR_STATE_BUDGET.search(text, first.end(), se) if spans else None
        if sb:  # "из Фонда X и государственного бюджета": the state co-finances, in lower case
            name = nominative(text[sb.start(1):sb.end(1)], lang)
            out.append(Funding(name, programme, None, None, Span(sb.start(1), sb.end(1), "state_budget", 0.7)))
    return out


def _with_class_named(find, text: str, ss: int, se: int):
    """The finder's names, and those after a lower-case noun of legal form ("firma X") in the
    sentence ss..se (read once a sentence; most have none, and keep the finder as it is)."""
    named = class_named(text, ss, se)
    if not named:
        return find

    def both(text: str, a: int, b: int) -> list[tuple[int, int]]:
        found = find(text, a, b)
        extra = [x for x in named if a <= x[0] and x[1] <= b and not any(p < x[1] and x[0] < q for p, q in found)]
        return sorted(found + extra) if extra else found
    return both


# a coordinated clause after a comma: ", a", ", zaś", ", while", ", а", ", і"
_NEXT_CLAUSE = CI(r",\s+(?:a|zaś|natomiast|while|whereas|а|і|и|та)\s+")


def _clause_givers(text: str, pos: int, se: int, find) -> list[tuple[int, int]]:
    """The subjects of coordinated clauses that give a sum in figures with a verb of giving
    ("…, a Fundacja Y przekazała 64 tys. zł", "…, while the Z Fund provided EUR 5,000")."""
    out = []
    for cj in _NEXT_CLAUSE.finditer(text, pos, se):
        first = find(text, cj.end(), se)[:1]
        if first and first[0][0] == cj.end():
            gv = _GIVE_VERB.match(text, first[0][1])
            if gv and _AMOUNT.search(text, gv.end(), min(se, gv.end() + 60)):
                out.append(first[0])
    return out


def _field_line_end(text: str, pos: int, fe: int, find) -> int:
    """"Finansowanie X oraz Y\nRealizator Z": a line that names a payer after its money word
    and ends with no punctuation is a field of a card; the next line, opening with a capital,
    is another field (a line that breaks a sentence ends mid-phrase, before its name)."""
    nl = text.find("\n", pos, fe)
    if nl < 0 or text[pos:nl].rstrip()[-1:] in ",;:–-(" or not text[nl:fe].lstrip()[:1].isupper() \
            or hard_wrap(text, nl):  # a paragraph wrapped at a fixed width: one sentence goes on
        return fe
    return nl if find(text, pos, nl) else fe


_AND = re.compile(r"\s+(?:i|and|&)\s+")
_NEXT_KEY = re.compile(r"\n[^\S\n]*[^\W\d][^:\n]{0,40}:")


def _and_continued(text: str, a: int, b: int, end: int) -> int:
    """"z Ministerstwa Rodziny i Polityki Społecznej": a name cut at its own "i" runs on
    when what follows is no new body (list_after tells one name from a list of two)."""
    from ngo_atlas.extract.organisations import list_after

    if not _AND.match(text, b, end):
        return b
    first = next(iter(list_after(text, a, end)), None)
    return first[1] if first and first[0] == a and first[1] > b else b


# "и государственного бюджета", "та державного бюджету": the state budget named beside a fund
_CYR_STATE_BUDGET = CI(r"(?<![\w])(?:и|і|й|та|а\s+также|а\s+також)\s+(?:из\s+|з\s+|із\s+)?(?:средств\s+|коштів\s+)?"
                       r"((?:государственн|державн)\w+\s+бюджет\w*)")


# "w konkursie „Inicjatywy Lokalne”", "częścią programu „X”": a quoted name after a
# programme or call word
_QUOTED_PROGRAMME = CI(r"(?<![\w])(?:program\w*|konkurs\w*|programme|call|программ\w*|програм\w*|"
                       r"конкурс\w*)\s+[„“\"«]([^„“”\"«»\n]{2,120})[”“\"»]")


def _programme(text: str, ss: int, se: int, lang: str) -> tuple[str | None, int]:
    """The programme a money sentence names, and where: a quoted one, or one after "w ramach"."""
    from ngo_atlas.extract.funding import _programme_after

    m, quoted = _programme_phrase(text, ss, se)
    if m is None:
        return None, -1
    if quoted:  # a quoted name is written as it is called, in no case to undo
        return text[m.start(1):m.end(1)].strip(), m.start()
    return _programme_after(text, m.start() - 1, se, lang), m.start()


def programme_position(text: str, ss: int, se: int) -> int:
    """Where a sentence names its programme (a quoted name after a programme word, or the
    programme phrase), -1 where it names none."""
    m, _quoted = _programme_phrase(text, ss, se)
    return m.start() if m else -1


def _programme_phrase(text: str, ss: int, se: int) -> tuple[re.Match[str] | None, bool]:
    """A quoted name after a programme word (True), else the programme phrase ("w ramach …")."""
    from ngo_atlas.extract.funding import PROGRAMME_INTRO

    q = _QUOTED_PROGRAMME.search(text, ss, se)
    return (q, True) if q else (PROGRAMME_INTRO.search(text, ss, se), False)


# ", która przyznała …", ", which awarded …", ", которая выделила …": a relative clause opens
RELATIVE_CLAUSE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s+(?:któr\w+|which|who|котор\w+|як\w+)\s", re.IGNORECASE)


def relative_owner(text: str, spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The name whose relative clause holds pos: "X oraz Fundacja Y, która przyznała 40 tys. zł
    w konkursie „Z”" gives Z (and the sum) to Y alone. None where pos is in no such clause."""
    before = [(a, b) for a, b in spans if b <= pos]
    if len(spans) < 2 or not before:
        return None
    a, b = before[-1]
    m = RELATIVE_CLAUSE.match(text, b)
    if not m or m.end() > pos or re.search(r"[;\n]", text[m.end():pos]):
        return None
    return a, b


def _money_word(text: str, ss: int, se: int) -> re.Match[str] | None:
    """The first money word written in lower case or opening the sentence: a capitalised
    one inside a name ("EEA Grants", "Financial Mechanism Office") is no cue."""
    lead = ss + len(text[ss:se]) - len(text[ss:se].lstrip())
    return next((m for m in MONEY_WORD.finditer(text, ss, se)
                 if (m.start() == lead or text[m.start()].islower()) and not _names_panel(text, ss, m)), None)


# "Komisja grantowa w składzie: X (Fundacja Y), Z (Starostwo W)", "the grant committee of
# Fundacja Y", "грантова комісія": the money word qualifies the panel that chose the grants;
# the bodies named after it are the panel's members or its owner, no payers
_PANEL_BEFORE = re.compile(r"(?i:komisj\w*|komitet\w*|kapituł\w*|jury|комісі\w*|комисси\w*)[^\S\n]+$")
_PANEL_AFTER = re.compile(r"[^\S\n]+(?i:committee|panel|jury|board|комісі\w*|комисси\w*)(?!\w)")


def _names_panel(text: str, ss: int, m: re.Match[str]) -> bool:
    """The money word is the adjective of a selection panel's noun ("Komisja grantowa",
    "grant committee")."""
    return bool(_PANEL_BEFORE.search(text, max(ss, m.start() - 20), m.start())) \
        or _PANEL_AFTER.match(text, m.end()) is not None


# "z budżetu X do Fundacji Y", "from the city to the Y", "з бюджету X до Y": after a source,
# "do"/"to" opens the body the money goes to ("z wnioskiem do X" asks X, it is no source)
_TO_AFTER_FROM = CI(r"(?<![\w])(?:z|ze|from|з|із|из)\s+(?!wnioskiem|prośbą|запит|заявк|просьб)\S.*"
                    r"(?<![\w])(?:do|to|до)\s+(?:the\s+)?$")


def _funder_place(text: str, cue_end: int, a: int) -> bool:
    """A name after the money word pays unless a word between gives it another part, or it
    is the quoted project title or a programme."""
    gap = text[cue_end:a]
    # the source may stand before the money word itself ("z budżetu" opens with "z")
    if gap.endswith(("do ", "to ", "до ", "the ")) and _TO_AFTER_FROM.search(text, max(0, cue_end - 25), a):
        return False  # "trafi z budżetu Miasta X do Fundacji Y": the money goes to Y
    if _OTHER_PART.search(gap) or len(gap.split()) > 12 or _FROM_PROGRAMME.search(gap):
        return False
    if _BUDGET_HEAD.search(gap):
        return False  # "koszty pokryje budżet Powiatu X": the budget readers name it with its head noun
    if _companion(text, gap, a):
        return False  # "o kontakt z Biurem X": "z" with the instrumental is "with", no source
    if bare_dative(text, gap, a):
        return False  # "przekazała 30 tys. zł Stowarzyszeniu X": the dative is who receives
    if _AT_PLACE.search(gap):
        return False  # "umowę o dofinansowanie podpisano w Urzędzie X": where, not who pays
    if _PROJECT_QUOTE.search(text, max(0, a - 20), a) or text[max(0, a - 1):a] in "„“\"«" and \
            _PROJECT_QUOTE.search(text, max(0, a - 21), a - 1):
        return False
    return not _PROGRAMME_HEAD.match(text, a)


_BUDGET_HEAD = re.compile(r"(?<![\w])(?:budżet|budget|бюджет)\s+$")
_AT_PLACE = re.compile(r"(?<![\w])(?:w|we|в|у|at|in)\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"(?<![\w])(?:z|ze)\s+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _companion(text: str, gap: str, a: int) -> bool:
    """A Polish name after "z"/"ze" read only in the instrumental: a companion ("z Biurem",
    "ze Stowarzyszeniem"), where a source would take the genitive ("z Biura")."""
    if not _WITH_BEFORE.search(gap):
        return False
    w = _FIRST_WORD.match(text, a)
    tags = polish.analyse(w.group()) if w and not is_cyrillic(w.group()) else ()
    return bool(tags) and all(":inst" in t[2] for t in tags if t[2].startswith(("subst", "adj")))\
        and any(t[2].startswith(("subst", "adj")) for t in tags)


# prepositions that govern the dative ("dzięki Fundacji X" names the payer)
_DATIVE_PREP = re.compile(r"(?<![\w])(?:dzięki|ku|przeciw\w*|wbrew|naprzeciw\w*|благодаря|завдяки|к|ко|по)\s+$",
                          re.IGNORECASE)
_PL_DATIVE_ONLY = {"dat", "loc", "voc"}
_CYR_DATIVE_ONLY = {"datv", "loct", "loc2"}


def bare_dative(text: str, gap: str, a: int) -> bool:
    """A name in the dative with no preposition before it is the one money goes to (the
    payer is the subject, a genitive source or an instrumental agent): the case is read
    from Morfeusz or pymorphy, and must be the dative in every reading of the first word
    (the locative, which needs a preposition, aside)."""
    if _DATIVE_PREP.search(gap):
        return False
    w = _FIRST_WORD.match(text, a)
    if not w or not w.group()[:1].isupper():
        return False
    cyrillic, cases = _word_cases(text, a, w.group(), ("subst", "ger"))
    if cyrillic:
        return "datv" in cases and cases <= _CYR_DATIVE_ONLY
    return "dat" in cases and cases <= _PL_DATIVE_ONLY


def _word_cases(text: str, a: int, word: str, polish_pos: tuple[str, ...]) -> tuple[bool, set[str]]:
    """Whether a word at a is Cyrillic, and the cases its known readings give it as a noun or
    adjective (pymorphy3, in the language of the text around it) or as one of polish_pos
    (Morfeusz)."""
    if is_cyrillic(word):
        from ngo_atlas.lang import slavic

        lang = slavic.cyrillic_lang(text[max(0, a - 200):a + 200])
        return True, {p.tag.case for p in slavic.analyzer(lang).parse(word)
                      if p.is_known and p.tag.POS in ("NOUN", "ADJF")}
    return False, {c for t in polish.analyse(word) if t[2].startswith(polish_pos)
                   for c in polish.tag_cases(t[2])}


def _countries_after(text: str, pos: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Countries listed after "od"/"by" pay as donors ("od Islandii, Liechtensteinu i Norwegii")."""
    from ngo_atlas.extract.organisations import list_after

    out = []
    for m in _FROM.finditer(text, pos, end):
        if _OTHER_PART.search(text, pos, m.start()):
            break
        if not text[m.end():m.end() + 1].isupper():
            continue
        for a, b in list_after(text, m.end(), end):
            if not any(x < b and a < y for x, y in taken) and _is_country(text[a:b]):
                out.append((a, b))
    return out


def _is_country(name: str) -> bool:
    words = name.split()
    from ngo_atlas.extract.organisations import COUNTRIES_EN

    if name.lower() in _COUNTRY_EN or name.lower() in COUNTRIES_EN:
        return True
    return len(words) == 1 and polish.is_geo(words[0]) and polish.geo_nominative(words[0]) is not None


def _name(text: str, a: int, b: int, lang: str) -> str | None:
    from ngo_atlas.extract.funding import clean_funder

    raw = rstrip_name(text[a:form_stop_end(text, b)])
    from ngo_atlas.extract.organisations import COUNTRIES_EN

    english = raw.lower() in COUNTRIES_EN or raw.lower() in _COUNTRY_EN
    if _is_country(raw) and not is_cyrillic(raw) and not english:
        return polish.geo_nominative(raw) or raw  # "Norwegii" -> "Norwegia"
    return clean_funder(raw, lang) if raw else None



# Verbs whose subject pays, read by lemma (Morfeusz for Polish, pymorphy3 for Russian and
# Ukrainian) in any tense: "Fundacja X sfinansowała projekt", "Фонд X профінансував проєкт".
_PAY_LEMMAS = frozenset((
    "finansować", "sfinansować", "dofinansować", "współfinansować", "ufundować", "fundować",
    "sponsorować", "zasponsorować", "финансировать", "профинансировать", "софинансировать",
    "спонсировать", "фінансувати", "профінансувати", "співфінансувати", "спонсорувати"))
# Verbs of support: money only beside a sum or a money noun ("wsparła projekt kwotą 20 000 zł",
# "поддержал проект грантом"); "wsparła uchodźców", "supported the idea" name no payer
_SUPPORT_LEMMAS = frozenset(("wspierać", "wesprzeć", "поддерживать", "поддержать", "підтримувати", "підтримати"))
# Verbs of giving: the subject hands the money over ("Firma X przekazała nam 50 000 zł",
# "fundacja X przyznała sieci 120 000 euro", "Фонд X выделил 30 000 злотых"); they give goods
# and places as well, so they name a payer only beside a sum in figures
_GIVE_LEMMAS = frozenset((
    "przekazać", "przekazywać", "przyznać", "przyznawać", "przysłać", "przysyłać", "przesłać", "przesyłać",
    "ofiarować", "ofiarowywać", "podarować", "darować", "przeznaczyć", "przeznaczać", "wpłacić", "wpłacać",
    "przelać", "przelewać", "wyasygnować", "asygnować",
    "выделить", "выделять", "предоставить", "предоставлять", "пожертвовать", "жертвовать", "перечислить",
    "перечислять", "передать", "передавать", "прислать", "присылать",
    "виділити", "виділяти", "надати", "надавати", "пожертвувати", "жертвувати", "перерахувати",
    "перераховувати", "передати", "передавати", "прислати", "надіслати", "надсилати",
    # paying, adding to a sum, covering a cost, buying with one's money (FUND-N: the class by
    # lemma, each aspect; "Fundacja X dołożyła 12 000 zł", "Місто X оплатило 40 000 гривень")
    "dołożyć", "dokładać", "dorzucić", "dorzucać", "dopłacić", "dopłacać", "opłacić", "opłacać",
    "zapłacić", "płacić", "pokryć", "pokrywać", "wyłożyć", "wykładać", "zakupić", "kupić", "kupować",
    "оплатить", "оплачивать", "заплатить", "платить", "доплатить", "доплачивать", "покрыть", "покрывать",
    "закупить", "закупать", "купить", "покупать", "приобрести", "приобретать", "внести", "вносить",
    "оплатити", "оплачувати", "заплатити", "платити", "доплатити", "доплачувати", "покрити", "покривати",
    "закупити", "закуповувати", "купити", "купувати", "придбати", "придбувати", "внести", "вносити"))
_EN_GIVE = re.compile(r"(?:gave|gives?|donat(?:es|ed)|awards?|awarded|grant(?:s|ed)|provide[sd]|contribute[sd]|"
                      r"allocate[sd]|sent|sends?|transferred|transfers?|paid|pays?|covered|covers?|"
                      r"purchased|purchases?|bought|buys?|added|adds?)", re.IGNORECASE)
# English has few forms: the verb and its inflections, the co- prefix
_EN_PAY = re.compile(r"(?:co-?)?(?:fund(?:s|ed|ing)|financ(?:es|ed|ing)|sponsor(?:s|ed|ing)|bankroll(?:s|ed|ing))",
                     re.IGNORECASE)
_EN_SUPPORT = re.compile(r"support(?:s|ed|ing)", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"(?i:is|are|was|were)\s")
# between the subject and its verb: an auxiliary, a particle or a manner adverb
# ("finansowo wsparła", "фінансово підтримав": the manner names the money itself), or the
# progressive's "is"/"are" ("The X Fund is funding the project")
_VERB_AFTER = re.compile(r"[^\S\n]+((?:(?:has|have|had|will|is|are|was|were|also|generously|kindly|financially|"
                         r"też|również|także|hojnie|finansowo|также|щедро|финансово|також|теж|фінансово)"
                         r"[^\S\n]+){0,2})([^\W\d_][\w-]*)")
# the verb's object is the project, the initiative or the writers ("wsparła nas", "funded us")
_PROJECT_OBJECT = re.compile(
    r"[^\S\n]+(?:(?:the|our|this|its|these|nasz\w*|ten|tę|to|этот|эту|это|наш\w*|цей|цю|це)[^\S\n]+)?"
    r"(?:project|projekt|проект|проєкт|initiative|inicjatyw|инициатив|ініціатив|us\b|nas\b|нас\b)", re.IGNORECASE)
# a money noun after the verb: the instrumental of the sum or grant ("kwotą", "grantem",
# "суммой", "грантом"), "with a grant of", a subsidy, "finansowo"/"financially"
_MONEY_OBJECT = re.compile(
    r"(?<![\w])(?:grant(?!obior|ee)|dotacj|dofinansow|kwot|sum(?:ą|a|ie|y)\b|sums?\b|subsid|subwencj|darowizn|"
    r"finansow|financial|funding|donation|грант(?!оотрим|ополуч|одерж)|сумм|сум(?:ою|у|і)\b|дотац|субсид|"
    r"финансов|фінансов|пожертв)", re.IGNORECASE)
# a preposition that makes the next name a source again: "from", "z", "od", "з", "от"
# (at the end of what stands between: the word itself, or it and one more word)
_SOURCE_WORD = re.compile(r"(?<![\w])(?:from|by|z|ze|od|przez|з|із|из|от|від)\s+(?:the\s+)?\S*\s*$", re.IGNORECASE)
# the English past participle with its agent or source after it: the name is no subject
_AGENT_NEXT = re.compile(r"[^\S\n]+(?:by|from|through|via|under|within|out\s+of)\b", re.IGNORECASE)
# a preposition right before the name: it is no subject ("z Fundacją X wsparliśmy")
_PREP_BEFORE = re.compile(r"(?<![\w])(?:by|from|with|of|to|for|at|in|z|ze|od|przez|dla|do|dzięki|w|we|з|із|від|от|из|"
                          r"для|с|со|у|в|до|при|благодаря|завдяки)[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)


def paying_subject(text: str, ss: int, a: int, b: int, se: int) -> bool:
    """The body named at a..b is the subject of a verb of paying or supporting right after it,
    the clause holds what is paid for (the project, "us") or the money itself, and a verb of
    support (which may be know-how) has a sum or a money noun after it."""
    m = _VERB_AFTER.match(text, b, se)
    if not m or _PREP_BEFORE.search(text, max(ss, a - 20), a) or _AGENT_NEXT.match(text, m.end(), se):
        return False  # ("National Fund financed by X": an English participle, X pays)
    kind = _verb_kind(m.group(2), text, a)
    if kind is None or not _nominative_head(text, a, b):
        return False
    if m.group(2).lower().endswith("ing") != bool(_PROGRESSIVE.search(m.group(1))):
        return False  # "The X Foundation funding for …" is a noun, "X is supported" a passive
    end = min((i for i in (text.find(";", m.end(), se), text.find("\n", m.end(), se)) if i >= 0), default=se)
    if kind == "give":  # a gift is money only beside a sum in figures
        return bool(_AMOUNT.search(text, m.end(), end))
    money = bool(_AMOUNT.search(text, m.end(), end) or _MONEY_OBJECT.search(text, m.end(), end)
                 or _MONEY_OBJECT.search(m.group(1)))
    return money or (kind == "pay" and bool(_PROJECT_OBJECT.match(text, m.end(), end)))


# ", która …", ", which …", ", которая …": a relative pronoun in the nominative, the subject
# of its clause (a bracket after the name first: "Fundacja X (Przedstawicielstwo w Polsce)")
_NOMINATIVE_RELATIVE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?,[^\S\n]+(?:któr(?:a|y|e|zy)|which|who|"
                                  r"котор(?:ая|ый|ое|ые)|як(?:а|ий|е|і))[^\S\n]+", re.IGNORECASE)


def relative_payer(text: str, a: int, b: int, se: int) -> bool:
    """The body named at a..b is the antecedent of a relative clause whose verb, among its first
    four words (before a comma), pays, supports or gives, with a sum in figures in the clause
    (to the line's or the sentence's end): "Fundacja X, która przyznała nam 40 000 zł"."""
    m = _NOMINATIVE_RELATIVE.match(text, b, se)
    if not m:
        return False
    end = min((i for i in (text.find(";", m.end(), se), text.find("\n", m.end(), se)) if i >= 0), default=se)
    comma = text.find(", ", m.end(), end)
    for w in list(_FIRST_WORD.finditer(text, m.end(), comma if comma >= 0 else end))[:4]:
        if _verb_kind(w.group(), text, a):
            return bool(_AMOUNT.search(text, w.end(), end))
    return False


def _verb_kind(word: str, text: str, a: int) -> str | None:
    """"pay" for a verb of paying, "support" for one of support, None for any other word; a
    finite verb in the third person or the past (the subject's own)."""
    if _EN_PAY.fullmatch(word):
        return "pay"
    if _EN_SUPPORT.fullmatch(word):
        return "support"
    if _EN_GIVE.fullmatch(word):
        return "give"
    if is_cyrillic(word):
        from ngo_atlas.lang import slavic

        lang = slavic.cyrillic_lang(text[max(0, a - 200):a + 200])
        lemmas = {p.normal_form for p in slavic.analyzer(lang).parse(word.lower())
                  if p.tag.POS == "VERB" and p.tag.person in (None, "3per")}
    else:
        lemmas = {t[1] for t in polish.analyse(word.lower())
                  if t[2].startswith(("praet:", "fin:sg:ter", "fin:pl:ter"))}
    if lemmas & _PAY_LEMMAS:
        return "pay"
    if lemmas & _GIVE_LEMMAS:
        return "give"
    return "support" if lemmas & _SUPPORT_LEMMAS else None


def _nominative_head(text: str, a: int, b: int) -> bool:
    """The name's first word may be a nominative (a subject): Morfeusz or pymorphy3 give it
    one, or know it in no case at all (a foreign or English name)."""
    w = _FIRST_WORD.match(text, a, b)
    if not w:
        return False
    cyrillic, cases = _word_cases(text, a, w.group(), ("subst", "adj"))
    return not cases or ("nomn" if cyrillic else "nom") in cases
