"""Places where a project happens (cities, regions, countries), in the nominative."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract import (
    bodyseat,
    dashitems,
    datedlines,
    en_nonplaces,
    fulltown,
    pastabroad,
    place_model,
    pltowns,
    qualifiedtown,
    sitenames,
    thanked,
    unitword,
    visits,
)
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.names import (
    is_cyrillic,
    nominative,
    split_items,
    split_parenthetical,
    strip_quotes,
)
from ngo_atlas.extract.text import CI, IgnoreCase, lowered_line, sentence_holding
from ngo_atlas.extract.titlecased import title_cased_line
from ngo_atlas.lang import polish
from ngo_atlas.model import Span, Tagged

_CAP = r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+"
# "w Krakowie, Lublinie i Łodzi", "na terenie województwa lubelskiego", "in Warsaw"
# (a sentence may open with the preposition: "W Krakowie odbyły się…", "In Gdańsk, …")
_PL_PREP = re.compile(rf"(?<![\w])(?:[wW]|[wW]e|[nN]a\s+terenie|[nN]a\s+obszarze|[nN]a|[iI]n|[tT]hroughout|[aA]cross)"
                      # a town's adjective may stand before its district: "na warszawskiej Pradze"
                      rf"\s+(?:[a-ząćęłńóśźż]+(?:skiej|skim|ckiej|ckim|dzkiej|dzkim)\s+(?={_CAP}))?"
                      rf"(?={_CAP}|województw\w*\s)")
# "recruited from agencies in Ukraine": the place is where people come from; the words after
# "from" are lower-case (an origin named outright, "refugees from Ukraine in Poland", is over)
_FROM_BEFORE = re.compile(r"(?<![\w])(?i:from)\s+(?:[a-ząćęłńóśźż][^\W\d]*\s+){0,2}$")
_EN_REGION = re.compile(rf"(?<![\w])the\s+({_CAP})\s+region(?![\w])")
_AROUND = re.compile(rf"(?<![\w])[aA]round\s+(?={_CAP})")
_VOIV = re.compile(r"(?<![\w])(województw\w*):?\s+([a-ząćęłńóśźż-]+(?:sk|ck|dzk)\w*)", re.IGNORECASE)
# the cue words alone, on the lowered text (the engine skips ahead there; an IGNORECASE
# scan tries every position): most project texts name no voivodeship and no trip
_VOIV_HINT = CI("województw")
_TRIP_HINT = CI("wizyt|wyjazd|wycieczk|excursion|visit|trip|jeżdż|jazd|travel|przyjecha|przyby|arrived|moved"
                "|pojad|pojech|wyjech")
# a trip or a regular journey to towns: "wizyty studyjne do X", "dojeżdżają do X i Y"
_TRIP = IgnoreCase(r"(?:wizyt\w*|wyjazd\w*|wycieczk\w*|excursions?|visits?|trips?|"
                   # "rodziny, które przyjechały do Wrocławia": where the newcomers live now
                   r"przyjecha\w*|przyjeżdża\w*|przyby\w*|arrived|moved|(?:do|wy|przy)?jeżdż\w*|dojazd\w*"
                   # "uczniowie pojadą do Wuppertalu", "wyjechali do Opola": a journey's goal
                   r"|pojad\w*|pojech\w*|wyjech\w*"
                   # "wycieczki po Przemyślu, Krasiczynie i Dubiecku": a tour of towns (locative)
                   r"|travel\w*)(?:\s+\w+)?\s+(?:do|to|po)\s+")
# towns singled out within an area: "ze szczególnym uwzględnieniem Opola, Nysy i Brzegu",
# "w tym w Oleśnicy", "especially in Nysa" (any case: _geo takes each to the nominative)
_WITHIN = re.compile(r"(?<![\w])(?:uwzględnieniem|w\s+tym|zwłaszcza|szczególnie|głównie|including|"
                     # "14 miejscowości, m.in. Biłgoraj, Kraśnik i Włodawę": a list of examples
                     r"m\.\s?in\.|między\s+innymi|among\s+others|"
                     r"especially|particularly|mainly)\s+(?:(?:w|we|in|(?P<to>do))\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _dated_info_line(text: str, s: int, e: int) -> list[Tagged]:
    """An event's info line ("10–12 października 2025 · Nowa Huta · Wstęp wolny"): a part that
    is a town in the nominative, on a short line whose parts include a date."""
    from ngo_atlas.extract.dates import find_dates

    out: list[Tagged] = []
    i = text.find(" · ", s, e)
    while i >= 0:
        ls, le = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        le = e if le < 0 or le > e else le
        if le - ls <= 100 and any(d.year and d.month for d in find_dates(text, ls, le)):
            pos = ls
            for part in text[ls:le].split(" · "):
                name = part.strip()
                # ("12 stycznia 2025 · Anna Lis · 4 min czytania": a post's byline names its author)
                if _nominative_town(name) and not _full_name(name):
                    a = text.find(name, pos, le)
                    out.append(Tagged(name, Span(a, a + len(name), "info_line", 0.6)))
                pos += len(part) + 3
        i = text.find(" · ", le, e)
    return out


def _dated_line_towns(text: str, s: int, e: int, lang: str) -> list[Tagged]:
    """A town standing as a part of its own on a line that opens with a date or a period: a
    schedule's entry ("• 14–15 marca – Lublin: „…”", "→ 8 czerwca 2024 – Warsztat, Wałbrzych")
    or a card's line under the project's name ("2023–2025 | Warsaw"). The line's opening date
    keeps out a dateline, which names the town first ("Lublin, 18 stycznia 2024")."""
    out: list[Tagged] = []
    for a, b in datedlines.parts_after_date(text, s, e):
        name = text[a:b]
        if _schedule_town(name, lang) and not _full_name(name):
            out.append(Tagged(name, Span(a, b, "dated_line", 0.65)))
    return out


# a Polish town on a dated line has some people (a village may share a word's form: "Rynek")
_SCHEDULE_TOWN_PEOPLE = 2000


def _schedule_town(name: str, lang: str) -> bool:
    """A town in the nominative that the dictionaries know, not a guess: a Polish one of some
    people, an English name of a Polish place, a Polish town written in Cyrillic ("Освіта", a
    post's rubric, reads like a place to the guesser)."""
    if lang in ("ru", "uk"):
        from ngo_atlas.extract.cyrtowns import polish_town

        return bool(_CYR_WORD.fullmatch(name)) and polish_town(name, lang) == name
    if lang == "en" and name in _en_places():
        return True
    return pltowns.populations().get(name, 0) >= _SCHEDULE_TOWN_PEOPLE and _line_town(name)


def _town_list_lines(text: str, s: int, e: int) -> list[Tagged]:
    """A card's line of nothing but towns in the nominative ("Gdańsk, Gdynia, Sopot" under
    the project's name and year): where it runs, set out as a field with no label."""
    out: list[Tagged] = []
    i = text.find(", ", s, e)
    while i >= 0:
        ls, le = text.rfind("\n", s, i) + 1, text.find("\n", i, e)
        le = e if le < 0 else le
        line = text[max(ls, s):le]
        parts = re.split(r",[^\S\n]+|[^\S\n]+i[^\S\n]+", line.strip()) if len(line) <= 80 and ":" not in line else []
        if len(parts) >= 2 and all(_line_town(x) for x in parts):
            pos = max(ls, s)
            for x in parts:
                a = text.find(x, pos, le)
                out.append(Tagged(x, Span(a, a + len(x), "town_line", 0.65)))
                pos = a + len(x)
        i = text.find(", ", le, e)
    return out


# a parenthesis on one line, after an optional "in <country>:", whose parts may name towns
# ("4 okrągłe stoły (Gdańsk, Słupsk, Poznań)", "training sessions (in Poland: Kraków, Lublin)");
# _bracket_parts decides which parts are towns
_BRACKET = re.compile(r"\((?:[^()\n:]{1,30}:[^\S\n]*)?([^()\n:]{3,160})\)")
# the parts of a bracket: commas, a conjunction before the last, or a spaced dash between
# the stops of a route ("seminaria (Lublin – Łuck – Lwów)")
_BRACKET_SEP = re.compile(r",[^\S\n]+|[^\S\n]+(?:i|oraz|and|и|і|та|й)[^\S\n]+|[^\S\n]+([–—])[^\S\n]+")


def _bracketed_towns(text: str, s: int, e: int, lang: str = "pl") -> list[Tagged]:
    """Two or more towns in the nominative set out in brackets after what happens there:
    the list stands for where the meetings, trainings or rounds are held ("консультації
    (Гданськ, Гдиня, Слупськ)", "survey (Warsaw, Kraków and Brno)" alike). A country among
    them ("(Palermo, Włochy)") makes it a body's seat, no venue list. Beside the towns a
    part may be a phrase in lower case ("(dolina Sanu, Krasiczyn)") or, after a dash, what
    the last town offers ("(Radom, Warszawa – Muzeum POLIN)"): no name, and no place."""
    out: list[Tagged] = []
    cyrillic = lang in ("ru", "uk")
    for m in _BRACKET.finditer(text, s, e):
        if is_cyrillic(m.group(1)[:1]) != cyrillic:
            continue
        towns = _bracket_parts(m.group(1).strip(), lang)
        if len(towns) < 2:
            continue
        pos = m.start(1)
        for x in towns:
            a = text.find(x, pos, m.end())
            out.append(Tagged(x, Span(a, a + len(x), "town_brackets", 0.65)))
            pos = a + len(x)
    return out


def _bracket_parts(body: str, lang: str) -> list[str]:
    """The towns a bracket's parts name, or none where a part is a country or another name."""
    towns: list[str] = []
    pieces = _BRACKET_SEP.split(body)  # part, the dash before the next part (or None), part, …
    for i in range(0, len(pieces), 2):
        x = pieces[i].strip()
        if x in _territories():
            return []
        if _bracket_town(x, lang):
            towns.append(x)
        elif not (x[:1].islower() or i and pieces[i - 1]):
            return []
    return towns


def _bracket_town(name: str, lang: str) -> bool:
    if lang in ("ru", "uk"):
        return _cyr_nominative_town(name, lang)
    return name[:1].isupper() and (_line_town(name) or lang == "en" and name in _en_places())


def _cyr_nominative_town(name: str, lang: str) -> bool:
    """A Polish town written in Cyrillic in its nominative ("Гданськ", "Легионово"): the
    Polish dictionary knows the town, or the page's own dictionary gives the form as a
    place's nominative."""
    from ngo_atlas.extract.cyrtowns import polish_town

    if not _CYR_WORD.fullmatch(name):
        return False
    return polish_town(name, lang) == name or (_is_cyr_geo(name, lang) and _cyr_town(name, lang) == name)


def _item_town(name: str, lang: str) -> bool:
    """A town opening a dash item: a schedule's town (a hyphenated one in Cyrillic as the
    pair index reads it, "Еленя-Гура"), no person's name."""
    if lang in ("ru", "uk") and "-" in name:
        from ngo_atlas.extract.cyrtowns import hyphenated_town

        return hyphenated_town(name, lang) == name
    return _schedule_town(name, lang) and not _full_name(name)


def _line_town(name: str) -> bool:
    """A town in the nominative; of two words the first no common noun ("Obszar Szczecin"
    is a label and its value, "Nowy Targ" a town)."""
    if not name.split():   # "Gdańsk, , Sopot" or a line of separators leaves an empty part
        return False
    first = name.split()[0]
    return _nominative_town(name) and (" " not in name or polish.is_geo(first) or not any(
        a[2].startswith("subst") and "nazwa_pospolita" in a[3] for a in polish.analyse(first)))


# a visit with the town as its object ("visited Pomerania", "odwiedzili Chełm i Zamość")
_VISITED = re.compile(r"(?<![\w])(?i:visit(?:ed|ing|s)?|odwiedzi\w*|odwiedza\w*)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_VISITED_HINT = ("visit", "odwiedz")
# "Projekt obejmie także Sopot i Gdynię", "The project also covers Gdynia": the towns it reaches
_COVERS = re.compile(r"(?<![\w])(?i:obejm(?:uje|ie|ował[aoy]?|ują|ą)|(?:will\s+)?cover(?:s|ed)?|"
                     r"reach(?:es|ed)?)\s+(?i:(?:też|także|również|also|as\s+well)\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_COVERS_HINT = ("obejm", "cover", "reach")  # substrings of the lowered text: cheaper than any scan
# a table (flattened to lines) whose first column lists towns: "Gmina Liczba uczestników …"
# or "Miasto | Uczestnicy" over rows "Chrzanów 212 340 480", "Olkusz | 96"
_TOWN_COLUMN = re.compile(r"^[^\S\n]*(?:gmina|miasto|miejscowość|powiat|town|city|municipality|місто|город|"
                          r"населений\s+пункт|населённый\s+пункт)[^\S\n]*(?:\||\t|[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]))",
                          re.IGNORECASE | re.MULTILINE)
_TOWN_ROW = re.compile(r"[^\S\n]*(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+)?)"
                       r"[^\S\n]*(?:\||\t|[^\S\n]+(?=\d))")


def _column_places(text: str, s: int, e: int) -> list[Tagged]:
    """The towns down a table's first column, under a heading that says it lists them."""
    out: list[Tagged] = []
    for h in _TOWN_COLUMN.finditer(text, s, e):
        pos = text.find("\n", h.end(), e)
        while 0 <= pos < e:
            m = _TOWN_ROW.match(text, pos + 1, e)
            if not m:
                break
            if _nominative_town(m.group("t")):
                out.append(Tagged(m.group("t"), Span(m.start("t"), m.end("t"), "town_column", 0.7)))
            pos = text.find("\n", m.end(), e)
    return out


def _at_words(text: str, s: int, low: str, words: tuple[str, ...], rx: re.Pattern[str]) -> list[re.Match[str]]:
    """rx matched only where one of its words starts in low (text[s:…] lowered): str.find
    skips to the few such places far faster than a scan of the whole text."""
    out = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            m = rx.match(text, s + i)
            if m:
                out.append(m)
            i = low.find(w, i + len(w))
    return sorted(out, key=lambda m: m.start())


# "dla mieszkańców Koszalina i Sianowa", "z mieszkańcami Rzeszowa", "residents of Gdynia"
_RESIDENTS = re.compile(r"(?<![\w])(?i:mieszka(?:ńc|nk|nek)\w*|residents\s+of|inhabitants\s+of|people\s+of)"
                        r"(?:\s+(?:miasta|gminy|wsi|the\s+(?:city|town)\s+of))?\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_RESIDENTS_HINT = ("mieszka", "residents of", "inhabitants of", "people of")
# "osób zamieszkujących Rzeszów oraz gminy …": the verb's object, the town they live in (accusative)
_INHABITING = re.compile(r"(?<![\w])zamieszk(?:ując\w*|uj[eą])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# "180 cudzoziemców z Sanoka, Leska i Ustrzyk Dolnych", "urzędników z Korsz i Reszla",
# "migrantki z Kartuz": the towns of the local people the project serves (genitives after
# "z"); not volunteers, experts or participants, who may come from elsewhere, nor a country
_PEOPLE_NOUN = re.compile(r"(?<![\w])(?i:cudzoziem\w*|urzędni\w*|nauczyciel\w*|pracowni\w*|rodzin\w*|"
                          r"kobiet\w*|dziewczyn\w*|młodzież\w*|osób|osoby|"
                          r"dzieci\w*|uczni\w*|senior\w*|migrant\w*|imigrant\w*|uchodźc\w*|szkół|szkoł\w*)\s+$")


# people who come from elsewhere to do the work, not the local people it serves
_VISITORS = ("ekspert", "wolontariusz", "uczestni", "trener", "prelegent", "gość", "gości", "partner",
             "naukow", "badacz", "specjalist", "wykładowc")


def _people_phrase(text: str, a: int, i: int) -> bool:
    """"pracowników działów kadr z X": a plural noun of persons (Morfeusz's personal
    masculine) heads the phrase before "z", one or two words back."""
    words = re.findall(r"[^\W\d]+", text[a:i])[-3:-1]
    return any(not w.lower().startswith(_VISITORS) and any(
        t.startswith("subst:pl:") and t.endswith(":m1") and "nazwa_pospolita" in n
        for _o, _l, t, n in polish.analyse(w.lower())) for w in words)


# "w lokalnej społeczności Cieszyna, Skoczowa i Ustronia", "w 18 szkołach gimnazjalnych i
# ponadgimnazjalnych Torunia i Włocławka": "w", a noun phrase, then two or more towns in the
# genitive (the look-ahead finds the pair; the phrase is checked behind it)
_W_PHRASE = re.compile(r"(?<![\w])[wW]e?\s+(?:\d+\s+)?(?:[a-ząćęłńóśźż]{3,}\s+(?:(?:i|oraz)\s+)?){1,4}$")
# (no look-behind in the pattern: it starts at a capital, which the engine finds fast; the
# lower-case word before it is checked after)
_GEN_PAIR = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+(?:,[^\S\n]+|[^\S\n]+(?:i|oraz)[^\S\n]+)[A-ZĄĆĘŁŃÓŚŹŻ]")
_LOWER_WORD_BEFORE = re.compile(r"[a-ząćęłńóśźż]{3}[^\S\n]")
# words that take the genitive yet say where people come from or go past, not where work is
_GEN_NOT_WHERE = ("dla", "spod", "spoza", "przez", "koło", "obok", "wobec", "około", "oprócz", "zamiast",
                  "według", "dzięki", "podczas", "między", "pomiędzy", "oraz", "albo", "lub")


def _genitive_town_lists(text: str, s: int, e: int) -> list[Tagged]:
    """Two or more Polish towns in the genitive after "w" and a lower-case noun phrase: the
    towns whose schools, community or offices the project works in."""
    out: list[Tagged] = []
    towns = pltowns.populations()
    for m in _GEN_PAIR.finditer(text, s, e):
        if out and m.start() < out[-1].span.end or not _LOWER_WORD_BEFORE.match(text, m.start() - 4, m.start()):
            continue
        prev = text[max(s, m.start() - 20):m.start()].split()
        if not prev or prev[-1].lower() in _GEN_NOT_WHERE or \
                not _W_PHRASE.search(text, max(s, m.start() - 80), m.start()):
            continue
        found = _place_list(text, m.start(), e, "pl", "gen")
        if len(found) < 2 or any(t.value not in towns or not _genitive_as_written(
                text[t.span.start:t.span.end]) for t in found):
            continue
        out.extend(found)
    return out


def _genitive_as_written(written: str) -> bool:
    """The town as written is in the genitive: its first word, or, for a two-word town whose
    first word is an adjective agreeing with the noun ("Jeleniej Góry", "Nowego Sącza"), its
    last word, the noun, which Morfeusz reads as a part of a name."""
    words = written.split()
    return bool(_case_readings(words[0], "gen")) or len(words) > 1 and bool(_case_readings(words[-1], "gen"))


def _plural_before(text: str, a: int, i: int) -> bool:
    """"liderek z …", "organizacji i grup nieformalnych z …", "z pracodawcami z …": a plural
    noun (any gender) among the last three words before "z", and no visitor's noun there
    ("dojazdy uczestników z X i Y": where participants travel from)."""
    words = [w.lower() for w in re.findall(r"[^\W\d]+", text[a:i])[-3:]]
    return not any(w.startswith(_VISITORS) for w in words) and any(
        t.startswith("subst:pl:") and "nazwa_pospolita" in n for w in words for _o, _l, t, n in polish.analyse(w))


def _clause_start(text: str, s: int, i: int, stops: str = ".!?\n;") -> int:
    return max([s] + [text.rfind(c, s, i) + 1 for c in stops])


def _clause_stop(text: str, i: int, e: int, stops: str = ".!?\n;") -> int:
    return min([e] + [j for j in (text.find(c, i, e) for c in stops) if j >= 0])


def _do_caps(text: str, s: int, e: int) -> list[int]:
    """Where " do X, " / " do X i " stands (X capitalised, a list after it)."""
    out = []
    i = text.find(" do ", s, e)
    while i >= 0:
        if text[i + 4:i + 5].isupper() and _GEN_PAIR.match(text, i + 4, e):
            out.append(i)
        i = text.find(" do ", i + 4, e)
    return out


def _z_caps(text: str, s: int, e: int) -> list[int]:
    """Where " z X" / " ze X" stands (X capitalised): found with str.find, the noun before
    each looked at after."""
    out = []
    for lit in (" z ", " ze "):
        i = text.find(lit, s, e)
        while i >= 0:
            if text[i + len(lit):i + len(lit) + 1].isupper():
                out.append(i)
            i = text.find(lit, i + len(lit), e)
    return sorted(out)


_WITHIN_PREP = re.compile(r"(?<![\w])(?:w|we|in|do)\s+$")  # the towns' own preposition after the cue
# the cues that may single out one of the thanked ("a szczególnie Katarzynie X"); "ze
# szczególnym uwzględnieniem", "w tym", "m.in." single out places, thanks or not
_SINGLING_OUT = re.compile(r"(?i)(?:szczególnie|zwłaszcza|especially|particularly)\b")
_WITHIN_HINT = CI("uwzględnieniem|w tym|zwłaszcza|szczególnie|głównie|including|especially"
                  "|particularly|mainly|m.in.|m. in.|między innymi|among others")
# "Нижньосілезького воєводства", "Познанському повіті", "Познанского повета": a voivodeship
# or a powiat by its adjective ("-ськ", "-цьк", "-зьк")
_CYR_VOIV = re.compile(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'-]+(?:с|ц|з)ь?к[а-яёіїєґ]*)\s+(воеводств[а-я]*|воєводств[а-яі]*|"
                       r"повіт[а-яі]*|повят[а-я]*|повет[а-я]*)(?![\w])")
# (the preposition may be repeated: "w Lizbonie i w Tampere", "in Lublin and in Kraków")
# (English puts "the" before some countries: "in Poland, the Czech Republic and Germany")
_LIST_SEP = re.compile(r"\s*(?:,|\bi\b|\boraz\b|\blub\b|\balbo\b|\band\b|\bor\b)(?:\s+(?:w|we|in)\b)?"
                       r"(?:\s+the\b(?=\s+[A-Z]))?\s*")
# "województwa podkarpackiego, lubelskiego i mazowieckiego": one word, several regions
_VOIV_LIST = re.compile(r"(?<![\w])województw\w*:?\s+((?:[a-ząćęłńóśźż-]+(?:sk|ck|dzk)\w*)"
                        r"(?:\s*(?:,|\bi\b|\boraz\b)\s*[a-ząćęłńóśźż-]+(?:sk|ck|dzk)\w*)+)", re.IGNORECASE)


# "the Podkarpackie and Lubelskie voivodeships", "Mazowieckie Voivodeship": English text
# keeps the Polish adjective and names each region "X Voivodeship"
# (or the English names of the sixteen: "the Lesser Poland and Subcarpathian voivodeships";
# "Lublin Voivodeship Office" is a body)
_EN_VOIV_NAME = (r"(?:[A-ZŁŚ][\w-]+(?:sk|ck|zk)ie|Lower\s+Silesian|Kuyavian-Pomeranian|Lublin|Lubusz"
                 r"|Łódź|Lodz|Lesser\s+Poland|Masovian|Opole|Subcarpathian|Pomeranian|Silesian"
                 r"|Holy\s+Cross|Warmian-Masurian|Greater\s+Poland|West\s+Pomeranian)")
_EN_VOIV = re.compile(rf"(?P<names>{_EN_VOIV_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                      rf"{_EN_VOIV_NAME})*)\s+[Vv]oivodeships?\b(?!\s+(?:Office|Marshal|Governor))")


def voivodeships(phrase: str) -> list[str]:
    """Each voivodeship of a list under one "województwo", in the nominative."""
    m = _VOIV_LIST.match(phrase.strip())
    if not m:
        return []
    return ["województwo " + _neuter(a) for a in re.split(r"\s*(?:,|\bi\b|\boraz\b)\s*", m.group(1)) if a]


def _neuter(adj: str) -> str:
    """"lubelskiego" -> "lubelskie", "warmińsko-mazurskiej" -> "warmińsko-mazurskie"."""
    head, _, last = adj.rpartition("-")
    lemma = polish.lemma_of(last) or last
    neuter = lemma[:-1] + "ie" if lemma.endswith("i") else lemma
    return f"{head}-{neuter}" if head else neuter


def _only_geo(word: str) -> bool:
    """Every Morfeusz reading of the word is a place name (no common word, no person)."""
    an = [a for a in polish.analyse(word) if a[2] != "ign"]
    return any("nazwa_geograficzna" in a[3] for a in an) and not any(
        "nazwa_pospolita" in a[3] or not a[3] for a in an)


@lru_cache(maxsize=1)
def _en_places() -> frozenset[str]:
    return frozenset(lexicon()["en_places"])


@lru_cache(maxsize=1)
def _scope() -> re.Pattern[str]:
    return re.compile(alternation(lexicon()["country_scope_words"]), re.IGNORECASE)


def _scope_country(lang: str) -> str:
    """The country a whole-country phrase ("w całej Polsce", "all over the country", "по всій
    країні") names, in the text's language."""
    return {"pl": "Polska", "ru": "Польша", "uk": "Польща"}.get(lang, "Poland")


@lru_cache(maxsize=1)
def _scope_in_text() -> IgnoreCase:
    """_scope for a project's whole text: found on the lowered page, where re skips ahead."""
    return IgnoreCase(alternation(lexicon()["country_scope_words"]))


def find_places(text: str, s: int, e: int, labels: list[LabelHit], lang: str,
                title_span: tuple[int, int] | None = None,
                names: list[tuple[int, int]] = ()) -> list[Tagged]:
    """Places from place labels, scope words, and place phrases; a country named only in
    passing ("w Polsce", "na Ukrainę") counts when it is in the title or listed with others."""
    out = raw = _raw_places(text, s, e, labels, lang)
    # a town abroad in a person's own story ("nauczycielka z Charkowa"): no venue (pastabroad)
    out = raw = [t for t in raw if not pastabroad.told_of_a_person(text, s, e, t, _abroad_names())]
    seg = text[s:e].lower()
    intends = any(h in seg for h in _INTEND_HINTS)  # once per segment: most have no such word
    in_full = _named_in_full(text, s, e, title_span)
    out = [t for t in out if (_supported(t, out, in_full) or _visited(text, s, t))
           and not (intends and _intended(text, s, t))]
    # inside a quoted name or an organisation's name ("Urząd Województwa Śląskiego") a place
    # is part of the name; a country in the project's own title still counts
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, s, e)] + list(names)
    # "Grantor: Mazowieckie Voivodeship – Marshal's Office … in Warsaw": the payer and its seat
    # (a town that pays is one of the places, but through the funder, not this label)
    payers = [_payer_span(text, h) for h in labels if h.key == "funder" and s <= h.start < e]
    quoted += payers
    kept = [t for t in out if t.span is None or t.span.rule == "label:place" or not any(
        _inside(t, q) for q in quoted) or (t.value in _countries() and any(_inside(t, n) for n in in_full))]
    # a table row's quoted title ("Tytuł zadania: „Kursy … w Chełmie”") naming the only place
    # of its record: the name is the only word on where it runs (as below, unquoted)
    out = kept or [t for t in out if title_span and _inside(t, title_span)
                   and not any(_inside(t, q) for q in list(names) + payers)]
    out = _not_only_seats(text, s, e, out)
    served: list[Tagged] = []
    if title_span:  # a region named only inside the project's name is not a venue
        spans = _title_spans(text, title_span)  # the heading may repeat the name unquoted
        outside = {t.value for t in out if not any(_inside(t, ts) for ts in spans)}
        # unless the text names no other place: then the name ("Punkt informacyjny w Zielonej
        # Górze", a table row's title cell) is the only word on where the project runs; a town
        # the name places the work in ("spotkania sąsiedzkie w Ostrołęce") is a venue beside
        # the regions the text names, but not where the text runs it in another town
        # ("„Kuchnia w Lesznie” w Pile": the name's town is the name's)
        if outside - _countries():
            named_towns = {t.value for t in out if _title_venue(text, t, spans, lang)}
            in_name = {t.value for t in out if any(_inside(t, ts) for ts in spans)}
            other_towns = any(_town_people(v, lang) for v in outside - in_name)
            out = [t for t in out if t.value in outside or t.value in _countries()
                   or (t.value in named_towns and not other_towns)]
        # an administrative unit the name gives ("Wsparcie … w powiecie lubaczowskim") is the
        # area it serves, wherever the name is written (quoted in a sentence too)
        named = _own_name_spans(text, s, e, title_span)
        served = [t for t in raw if _serves_an_area(t.value) and any(_inside(t, n) for n in named)]
        out += served
    out = _written_form(_dedupe(out), text)
    # a learnt second opinion over every place read, kept or not (place_model_train: checked
    # leave-one-set-out): a town named only in a body's name, a region beside its towns
    decided = place_model.decide(text, s, e, raw, out, lang, title_span, names)
    # the whole country said as the scope ("w całej Polsce", "all over Poland", "з усієї
    # Польщі") is SCHEMA's "a country the text names as the scope": the rules' call, like the
    # area the project's own name serves (the model weighs a country named in passing)
    served += [t for t in out if t.span is not None and t.span.rule == "scope"]
    if served:  # (the area the project's own name serves is the rules' call, as below)
        have = {t.value.casefold() for t in decided}
        decided += [t for t in _dedupe(served) if t.value.casefold() not in have]
    if payers and out:
        # the model adds no place the text names only as the payer or its seat (as above)
        # beside places the rules kept; where they kept none, the seat may be the only word
        # on where the work runs (as with a town named only in the project's name)
        decided = [t for t in decided if not t.span.rule.endswith("+model") or not all(
            any(_inside(r, q) for q in payers) for r in raw if r.value.casefold() == t.value.casefold())]
    # a town the project's name gives in the nominative; an English name keeps a Polish town's
    # nominative as well ("Welcome Desk Rzeszów", "Poznań Welcomes")
    if title_span:
        decided += _title_towns(text, title_span, decided, lang)
        decided += _title_venues(text, s, e, title_span, raw, decided, lang)
    # "Frankfurt (Oder)": a town written with the qualifier its name carries
    decided = [t if t.span is None or "(" not in text[t.span.end:t.span.end + 3] else
               Tagged(qualifiedtown.qualified_name(text, t.span.start, t.span.end, t.value), t.span)
               for t in decided]
    # "w Gorzowie" where the page also writes "w Gorzowie Wielkopolskim": the town in full
    if any(fulltown.full_name(t.value, text) for t in decided):
        fulls = [Tagged(fulltown.full_name(t.value, text) or t.value, t.span) for t in decided]
        decided = [t for i, t in enumerate(fulls) if t.value not in {x.value for x in fulls[:i]}]
    return [t for t in decided if not sitenames.names_a_site(t.value)]


def _payer_span(text: str, h: LabelHit) -> tuple[int, int]:
    """A funder label's value up to its sentence's end: "Finansowanie: Fundusz X – 400 000 zł.
    Działania prowadzono w Olsztynie i Ełku." runs on in one line, but its next sentence
    says where the work is, not who pays."""
    if "." not in text[h.start:h.end]:
        return h.start, h.end
    sent = sentence_holding(text, h.start)
    return h.start, min(h.end, sent[1]) if sent else h.end


# "w"/"we"/"in"/"в"/"у" right before a place inside the project's name: the name says where the work is
_TITLE_IN_BEFORE = re.compile(r"(?<![\w])(?i:w|we|in|в|во|у)[^\S\n]+$")


def _title_venue(text: str, t: Tagged, spans: list[tuple[int, int]], lang: str) -> bool:
    """A town of 5,000 people or more that the project's name places the work in ("… w
    Ostrołęce", "… in Gdańsk", "… у Кракові"); a region or district is no town of the gazetteer."""
    return (t.span is not None and _town_people(t.value, lang) >= 5000
            and any(_inside(t, ts) for ts in spans)
            and _TITLE_IN_BEFORE.search(text, max(0, t.span.start - 4), t.span.start) is not None)


def _title_venues(text: str, s: int, e: int, title_span: tuple[int, int], raw: list[Tagged],
                  have: list[Tagged], lang: str) -> list[Tagged]:
    """The town the project's own name places the work in ("Kursy polskiego w Lublinie",
    "Українська субота в Кракові") is one of its places, though the name stands in quotes and
    the text names other towns too, when the text comes back to that town outside the name
    (its office, "mieszkańcy Lublina", "Краківська бібліотека"): every read gold keeps such a
    town (121 Polish names, 0 left out). A town the name alone gives, the work being said to run
    elsewhere, stays the name's ("„Punkt w Lesznie” prowadzimy w Poznaniu")."""
    known = {t.value.casefold() for t in have}
    spans = _title_spans(text, title_span)
    out: list[Tagged] = []
    for t in raw:
        if t.value.casefold() not in known and _title_venue(text, t, spans, lang) \
                and _named_outside(text, s, e, t.value, spans):
            out.append(Tagged(t.value, Span(t.span.start, t.span.end, "title_venue", 0.7)))
            known.add(t.value.casefold())
    return out


def _named_outside(text: str, s: int, e: int, town: str, spans: list[tuple[int, int]]) -> bool:
    """The town's stem (its first word less its last letters, as any case or adjective keeps
    it: "Lubl-", "Крак-") stands in text[s:e] outside the project's name."""
    word = town.split()[0]
    stem = re.compile(re.escape(word[:max(4, len(word) - 3)]), re.IGNORECASE)
    return any(not any(a <= m.start() < b for a, b in spans) for m in stem.finditer(text, s, e))


def _town_people(name: str, lang: str) -> int:
    """The people of the Polish town a place's name gives, written in Latin or in Cyrillic
    ("Краків" is Kraków); 0 for no town of the gazetteer."""
    if lang in ("ru", "uk") and is_cyrillic(name[:1]):
        from ngo_atlas.extract.cyrtowns import nominative_spelling

        name = nominative_spelling(name, lang) or ""
    return pltowns.populations().get(name, 0)


# a word of the project's name standing in the nominative: "<Town> mówi po polsku", "<Town> –
# miasto dla wszystkich", "Welcome Desk <Town>", "<Town> Welcomes"
_TITLE_WORDS = re.compile(r"(?<![\w-])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?)"
                          r"(?:[^\S\n]+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+))?(?![\w-])")
# a commune or a body named after its town ("Gmina Police", "Urząd Miasta Rybnika", "City of
# Gdynia", "University of Gdańsk"): no venue
_UNIT_BEFORE = re.compile(r"(?i:gmin\w*|miast\w*|powiat\w*|urz[aą]d\w*|starostw\w*|"
                          r"(?:city|municipality|county|university|office)[^\S\n]+of)[^\S\n]+$")


def _title_towns(text: str, title_span: tuple[int, int], have: list[Tagged], lang: str) -> list[Tagged]:
    """A town the project's name gives in the nominative is where it runs ("<Town> dla
    wszystkich", "<Town> – wspólne miasto", "Punkt … – <Town> 2024"): a town of 5,000 people or
    more (no region, no village named like a common word) that no adjective reading shares (the
    town "Nowe" is also "new")."""
    known = {t.value.casefold() for t in have}
    if lang in ("ru", "uk"):
        return _cyrillic_title_towns(text, title_span, known, lang)
    a, b = title_span
    out: list[Tagged] = []
    for m in _TITLE_WORDS.finditer(text, a, b):
        for name, end in ((m.group(0), m.end()), (m.group(1), m.end(1))) if m.group(2) else ((m.group(1), m.end(1)),):
            if _UNIT_BEFORE.search(text, max(a, m.start() - 20), m.start()):
                break
            if name.casefold() in known or not _title_town(name):
                continue
            out.append(Tagged(name, Span(m.start(), end, "title_town", 0.7)))
            known.add(name.casefold())
            break
    return out


# a capitalised Cyrillic word of the project's name, hyphenated parts and all ("Бельсько-Бяла")
_CYR_TITLE_WORD = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?(?![\w-])")
# a body named after its town ("Управління міста Люблін", "Гміна Свідник", "города Краков")
_CYR_UNIT_BEFORE = re.compile(r"(?i:міст[аоі]|город[а]?|гмін[аиі]|гмин[аы]|повіт\w*|управлін\w*|"
                              r"университет\w*|університет\w*)[^\S\n]+$")


_CYR_CAP_NEXT = re.compile(r"[^\S\n]+[А-ЯЁІЇЄҐ]")
_CYR_CAP_BEFORE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+[^\S\n]+$")


def _cyr_noun_first(word: str, lang: str) -> bool:
    """The page's dictionary reads the word as a noun first ("Рядом" is an adverb that spells
    like Radom; "Разом" one like no town)."""
    from ngo_atlas.lang.slavic import word_parses

    parses = word_parses(word, lang)
    return not parses or str(parses[0].tag).startswith("NOUN")


def _cyrillic_title_towns(text: str, title_span: tuple[int, int], known: set[str], lang: str) -> list[Tagged]:
    """A Polish town written in Cyrillic in its nominative in the project's name ("Гданьск для
    всех", "Краков – мой дом"): the name says where the work runs, as _title_towns' Latin one."""
    a, b = title_span
    out: list[Tagged] = []
    for m in _CYR_TITLE_WORD.finditer(text, a, b):
        name = m.group()
        if name.casefold() in known or _CYR_UNIT_BEFORE.search(text, max(a, m.start() - 20), m.start()):
            continue
        if _CYR_CAP_NEXT.match(text, m.end(), b) or _CYR_CAP_BEFORE.search(text, max(a, m.start() - 30), m.start()):
            continue  # a word of a longer name ("Зелена Гура", "Нова Гута"): no town alone
        if _town_people(name, lang) >= 5000 and _cyr_noun_first(name, lang):
            out.append(Tagged(name, Span(m.start(), m.end(), "title_town", 0.7)))
            known.add(name.casefold())
    return out


def _title_town(name: str) -> bool:
    # the gazetteer first: a dictionary look-up, where most of a title's words stop
    if pltowns.populations().get(name, 0) < 5000 or not _nominative_town(name):
        return False
    return " " in name or not any(x[2].startswith("adj") for x in polish.analyse(name))


def _written_form(out: list[Tagged], text: str) -> list[Tagged]:
    """"у Легниці" guessed "Легница" beside "Легниця", which the page writes: a guessed
    nominative that differs from a written one only in each word's last letter is that town."""
    written = [t.value for t in out if is_cyrillic(t.value) and t.value in text]
    if not written:
        return out
    return [t for t in out
            if t.value in written or not any(_same_but_last_letters(t.value, w) for w in written)]


def _same_but_last_letters(a: str, b: str) -> bool:
    """As many words, each of three letters or more, alike but for its last letter (named
    apart from funding._same_stems, which asks another question)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        len(x) >= 3 and len(y) >= 3 and x[:-1] == y[:-1] for x, y in zip(wa, wb))


# "Fundacja X z siedzibą w Warszawie", "koordynowany z biura fundacji w Toruniu", "the
# Voivodeship Labour Office in Łódź", "based in Gdynia": the town where a body sits, no venue
_SEAT_BEFORE = re.compile(r"(?:(?<![\w])(?:z\s+siedzibą|(?:with\s+(?:its\s+)?)?(?:seat|headquarters)|based|"
                          r"(?:z|from)\s+(?:\w+\s+)?(?:biura|office)(?:\s+\w+){0,2}|"
                          r"[A-Z]\w+\s+Office|з\s+(?:офісу|офиса)(?:\s+\w+){0,2}|"
                          r"с\s+(?:офисом|центром)|з\s+(?:осідком|центром))\s+(?:w|we|in|у|в)\s*)$")


# "we współpracy z Okręgową Radą Adwokacką w X", "przy Wojewódzkim Urzędzie Pracy w X": a body
# governed by a preposition that is no venue's (z, przy, przed, with) and its town: the
# partner's seat (after "w"/"na" the body is the venue: "zajęcia w Szkole nr 5 w X")
_PARTNER_BEFORE = re.compile(r"(?:^|[\s(])(?:z|ze|przy|przed|with)\s+((?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s+){1,5})(?:w|we|in)\s+$")


def _partner_seat(text: str, at: int) -> bool:
    m = _PARTNER_BEFORE.search(text, max(0, at - 80), at)
    if not m:
        return False
    from ngo_atlas.extract.organisations import is_org_head
    return any(is_org_head(w) for w in m.group(1).split())


def _not_only_seats(text: str, s: int, e: int, out: list[Tagged]) -> list[Tagged]:
    """Drop a town every mention of which is a body's seat; one venue mention keeps it."""
    seats = {id(t) for t in out if t.span is not None and t.span.rule != "label:place"
             and (_SEAT_BEFORE.search(text, max(0, t.span.start - 60), t.span.start)
                  or _partner_seat(text, t.span.start) or _bracket_seat(text, s, e, t))}
    if not seats:
        return out
    venue = {t.value for t in out if id(t) not in seats}
    return [t for t in out if id(t) not in seats or t.value in venue]


def _bracket_seat(text: str, s: int, e: int, t: Tagged) -> bool:
    """"dr Anna Lis (Uniwersytet Opolski w Opolu)": a body's seat in a bracket (bodyseat), where
    the text names the town nowhere else (any other mention may be where the work is)."""
    bracket = bodyseat.seat_bracket(text, t.span.start)
    return bracket is not None and not bodyseat.named_elsewhere(text, s, e, t.value, bracket)


_ADMIN_UNIT = re.compile(r"^(?:powiat|województwo|gmina)\s|\s(?:[Vv]oivodeship|county|district)$|"
                         r"(?:воеводство|воєводство|повіт|повят|повет)")


def _serves_an_area(value: str) -> bool:
    """An administrative unit ("powiat lubaczowski") or a historical region ("Podlasie",
    "Dolny Śląsk"): named in the project's own name ("Pomoc prawna na Podlasiu"), the area the
    project serves, as a town in its name ("Punkt w Lesznie") need not be (a seat, a brand)."""
    return bool(_ADMIN_UNIT.search(value)) or value in lexicon()["regions"]


def _own_name_spans(text: str, s: int, e: int, title_span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The project's own name wherever the text writes it: the places in it say where it runs
    ("Wsparcie … w powiecie lubaczowskim")."""
    if not title_span:
        return []
    out = _title_spans(text, title_span)
    name = text[title_span[0]:title_span[1]]
    i = text.find(name, s, e) if len(name) >= 8 else -1
    while i >= 0:
        out.append((i, _quote_end(text, i, i + len(name))))
        i = text.find(name, i + len(name), e)
    return out


_SUBTITLE = re.compile(r"[^\S\n]*(?::|[^\S\n][–—-])[^\S\n]+\S")


def _named_in_full(text: str, s: int, e: int, title_span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The project's name, and a heading line that opens with the short name and goes on
    after a colon or a dash with its subtitle ("Safe Work, Fair Pay: Protecting … in Poland").
    (A quote that runs on past the name is left out: in running text it may go on to the
    people's story, "… uciekających przed wojną w Ukrainie", not the venue.)"""
    if not title_span:
        return []
    out = [title_span]
    name = text[title_span[0]:title_span[1]]
    i = text.find(name, s, e) if len(name) >= 8 else -1
    while i >= 0:
        b = i + len(name)
        le = text.find("\n", b)
        le = len(text) if le < 0 else le
        if i == text.rfind("\n", 0, i) + 1 and le - b < 160 and _SUBTITLE.match(text, b):
            out.append((i, le))
        i = text.find(name, b, e)
    return out


def _quote_end(text: str, a: int, b: int) -> int:
    """«Лодзь – дім для всіх. Підтримка … у Лодзинському воєводстві»: the short name opens a
    quote that runs on; the whole quoted form is the name."""
    if not text[a - 1:a] or text[a - 1] not in "„“\"«":
        return b
    m = _QUOTE_CLOSE.search(text, b, min(len(text), b + 200))
    return m.end() if m else b


_QUOTE_CLOSE = re.compile(r"[”“\"»]|\n")


# "Potem chcemy otworzyć punkt w Policach", "Od 2025 roku planujemy też dyżury w Rybniku",
# "we would like to open a branch in Toruń": where we wish to go, or plan to go as well or
# later, is not where the work is; a plan alone ("W latach 2025–2026 planujemy zjazdy w
# Gdańsku") is the project's own and its places stand (first person plural, same sentence)
# (a wish to do something more: its verb in the infinitive; "Chcemy, żeby cudzoziemiec, który
# przyjeżdża do Krosna…" says what the work is for, and its places stand)
_WISH = re.compile(r"(?<![\w])(?i:chcemy|chcielibyśmy|marzymy\s+o\s+tym,?\s+żeby|хочемо|мріємо|хотим|мечтаем|"
                   r"we\s+(?:hope|want|would\s+like)|we['’]d\s+like)\s+(?:[^\W\d]+\s+)?"
                   r"(?i:[^\W\d]+(?:ć|c|ти|ть|тися|ться)(?![\w])|to\s)")
_PLAN = re.compile(r"(?<![\w])(?i:planujemy|zamierzamy|плануємо|збираємося|планируем|собираемся|"
                   r"we\s+(?:plan|intend))(?![\w])")
_LATER = re.compile(r"(?<![\w])(?i:też|również|także|potem|później|następn\w*|kolejn\w*|also|later|next|"
                    r"потім|пізніше|також|теж|наступн\w*|тоже|также|потом|позже|следующ\w*)(?![\w])")
_INTEND_HINTS = ("chcemy", "chcielibyśmy", "marzymy", "хочемо", "мріємо", "хотим", "мечтаем", "we hope",
                 "we want", "we would like", "we'd like", "we’d like", "planujemy", "zamierzamy", "плануємо",
                 "збираємося", "планируем", "собираемся", "we plan", "we intend")


def _intended(text: str, s: int, t: Tagged) -> bool:
    if t.span is None:
        return False
    a = t.span.start
    w = max(s, a - 160)
    low = text[w:a].lower()
    if not any(h in low for h in _INTEND_HINTS):
        return False
    cut = max(text.rfind(c, w, a) for c in ".!?\n")
    before = text[max(w, cut + 1):a]
    return _WISH.search(before) is not None or (_PLAN.search(before) is not None
                                                 and _LATER.search(before) is not None)


def _title_spans(text: str, title_span: tuple[int, int]) -> list[tuple[int, int]]:
    """The project's name, and a heading line that is nothing but the name again."""
    name = text[title_span[0]:title_span[1]]
    out, i = [title_span], text.find(name) if len(name) >= 8 else -1
    while i >= 0:
        ls, le = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        if text[ls:le if le >= 0 else len(text)].strip() == name:
            out.append((i, i + len(name)))
        i = text.find(name, i + len(name))
    return out


_QUOTED = re.compile(r"[„“\"«][^„“”\"«»\n]{1,200}[”“\"»]")


def _inside(t: Tagged, span: tuple[int, int]) -> bool:
    return t.span is not None and span[0] <= t.span.start < span[1]


# a visit or trip right before the place: "wizytę studyjną w Norwegii", "study visit to Norway",
# "навчальний візит до Норвегії": the project goes there, so a country alone counts
_VISIT_BEFORE = re.compile(r"(?<![\w])(?i:wizyt\w*|wyjazd\w*|visits?|trips?|візит\w*|визит\w*|поїздк\w*|"
                           r"поездк\w*)(?:[^\S\n]+[^\W\d]+){0,2}[^\S\n]+(?i:w|we|do|in|to|в|у|до)[^\S\n]+$")


def _visited(text: str, s: int, t: Tagged) -> bool:
    return t.span is not None and bool(_VISIT_BEFORE.search(text, max(s, t.span.start - 50), t.span.start))


def _supported(t: Tagged, allp: list[Tagged], named: list[tuple[int, int]]) -> bool:
    if t.value not in _countries() or t.span is None or t.span.rule != "place_phrase":
        return True
    if any(_inside(t, n) for n in named):
        return True
    return any(x is not t and x.value != t.value and x.span and x.span.rule == "place_phrase"
               and min(abs(x.span.start - t.span.end), abs(t.span.start - x.span.end)) < 12
               for x in allp)


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Every country and world region by its CLDR name in the four languages ("Kolumbia",
    "Azja Środkowa"): where people come from, never a Polish town they live in."""
    from babel import Locale

    return frozenset(v for lg in ("pl", "en", "ru", "uk") for v in Locale(lg).territories.values())


def _abroad(form: str) -> bool:
    """The form can be read as a country or world region ("z Niemiec": Niemcy, though
    Morfeusz also knows a village Niemce)."""
    return form in _territories() or any(polish.base_lemma(a[1]) in _territories()
                                         for w in form.split()[:1] for a in polish.analyse(w))


@lru_cache(maxsize=1)
def _abroad_names() -> frozenset[str]:
    return _territories() | _countries()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(lexicon()["countries"])


def _raw_places(text: str, s: int, e: int, labels: list[LabelHit], lang: str) -> list[Tagged]:
    out: list[Tagged] = []
    for h in labels:
        if h.key == "place" and s <= h.start < e:
            for a, b in split_items(text, h.start, h.end):
                # "Słubice / Frankfurt (Oder)": the bracket is the town's qualifier, no place
                qualified = "(" in text[a:b] and qualifiedtown.split_qualified(text, a, b)
                outer, inner = (qualified[0], []) if qualified else \
                    split_parenthetical(text[a:b])  # "województwo X (Gdańsk, Gdynia)"
                for raw in [y for x in [outer] + [x for i in inner for x in re.split(r",\s*|\s+i\s+", i)]
                            for y in _label_parts(x, lang)]:
                    for extra in voivodeships(raw)[1:]:
                        out.append(Tagged(extra, Span(a, b, "label:place", 0.9)))
                    name = _place_name(raw, lang, label=True)
                    if name and qualified and raw == qualified[1]:
                        name = f"{name} ({qualified[2]})"
                    if name:
                        out.append(Tagged(name, Span(a, b, "label:place", 0.9)))
    # ("Ogólnopolska Konferencja Naukowa", "OGÓLNOPOLSKA BAZA": the word opens a name, no scope)
    if m := next((m for m in _scope_in_text().finditer(text, s, e)
                  if not _opens_a_name(text, m) and not _funders_reach(text, s, e, m)), None):
        out.append(Tagged(_scope_country(lang), Span(m.start(), m.end(), "scope", 0.8)))
    if is_cyrillic(text[s:e]) and lang in ("ru", "uk"):
        out.extend(_cyrillic_places(text, s, e, lang))
    else:
        out.extend(_latin_places(text, s, e, lang))
    # "• Легница – каждый первый вторник…": a list set out town by town, each before a dash
    out.extend(Tagged(text[a:b], Span(a, b, "dash_item", 0.65))
               for a, b in dashitems.dash_item_towns(text, s, e, lambda x: _item_town(x, lang)))
    # a historical region stays as written ("na Opolszczyźnie" -> Opolszczyzna), unless its
    # voivodeship is named too: then it is the same place said twice
    regions = lexicon()["regions"]
    named = {t.value for t in out}
    return [t for t in out if regions.get(t.value) not in named]


_PART_SEP = re.compile(r"\s+(?:i|oraz|and|і|и|та|й|/)\s+")
_APPOSITION = re.compile(r"\s+[–—-]\s+")


def _label_parts(raw: str, lang: str) -> list[str]:
    """A place label's item as its places: "Kraków i powiat krakowski" two of them, each a
    place alone; "Orunia – park Oruński" the place the dash goes on to describe."""
    head = _APPOSITION.split(raw, 1)
    if len(head) == 2 and _place_name(head[0], lang, label=True) and head[0][:1].isupper():
        raw = head[0]
    parts = _PART_SEP.split(raw)
    if len(parts) > 1 and all(_place_name(x, lang) or _ADMIN_UNIT.search(x) for x in parts):
        return parts
    # "Piaseczno and online", "Kraków i zdalnie": a lower-case word beside the places is a way
    # of working, no place
    places = [x for x in parts if x[:1].isupper()]
    if places and len(places) < len(parts) and all(_LOWER_OPENING.match(x) for x in parts if x not in places) \
            and all(_place_name(x, lang, label=True) or _ADMIN_UNIT.search(x) for x in places):
        return places
    return [raw]


# (or a lower-case phrase: "Słonne oraz wyjazdy plenerowe w Bieszczady", "Gdańsk i okoliczne
# gminy": what else the work does or reaches, said in words, no name)
_LOWER_OPENING = re.compile(r"[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\W\d_]*(?:\s|$)")


# a verb of paying for or backing work: its sentence tells a funder's or a programme's reach
_BACKS = re.compile(r"(?<![\w])(?i:wspier\w*|wspiera\w*|wsparł\w*|dofinansow\w*|finansuj\w*|sfinansow\w*|"
                    r"grant\w*|supports?|supported|funds|funded|financ\w*|підтриму\w*|поддержива\w*|"
                    r"фінансу\w*|финансиру\w*)(?![\w])")


def _funders_reach(text: str, s: int, e: int, m: re.Match[str]) -> bool:
    """"Fundacja X wspiera inicjatywy w całej Polsce", "dofinansowano 600 projektów w całej
    Polsce": the nationwide scope of whoever pays, said in a sentence of paying or backing."""
    a, b = _clause_start(text, s, m.start(), ".!?\n"), _clause_stop(text, m.end(), e, ".!?\n")
    return _BACKS.search(text, a, b) is not None


def _opens_a_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised adjective with a capitalised word after it: a body's or event's name."""
    return text[m.start()].isupper() and re.match(r"\w*[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ]", text[m.end():m.end() + 40]) is not None


_COMMUNE_NOM = re.compile(r"^(?:[gG]mina|гміна|гмина)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+)?$")


def _place_name(raw: str, lang: str, label: bool = False) -> str | None:
    raw = strip_quotes(raw)
    if _scope().search(raw):
        return _scope_country(lang)
    if not raw or len(raw.split()) > 4:
        return None
    if raw in _en_places():
        return raw
    if label and _COMMUNE_NOM.match(raw):
        return raw  # "Miejsce: Elbląg, gmina Tolkmicko": the commune, as the card names it
    vm = _VOIV.match(raw)
    if vm:
        many = voivodeships(raw)
        if not many and ":" in vm.group(1) + raw[vm.end(1):vm.start(2)]:
            return "województwo " + _neuter(vm.group(2))  # "województwa: mazowieckie, …": the label's own
        return many[0] if many else polish.nominative(raw)
    words = raw.split()
    from ngo_atlas.extract.organisations import is_org_head

    if any(is_org_head(w) for w in words):
        return None  # "Podkarpackie Centrum Kultury": a venue's institution, not a place
    if len(words) >= 2 and not polish.is_geo(words[0]) and any(
            "nazwa_pospolita" in a[3] for a in polish.analyse(words[0])) and not (
            len(words) == 2 and _adjective_and_part(words[0], words[1])):  # ("Nowy Sącz" is a town)
        return None  # "Sala Wielka", "Plac Zamkowy": a room or a square, not a town
    if all(w[:1].isupper() for w in words) and any(polish.is_geo(w) for w in words):
        if len(words) == 1:
            if label and _nominative_town(raw):
                return raw  # a label's town as written: "Kościerzyna", not the genitive of Kościerzyn
            # ("Bielsko-Biała": both parts, not the first alone)
            return ("-" in raw and _hyphenated(raw)) or polish.geo_nominative(words[0]) or raw
        return polish.nominative(raw, geo=True)
    if len(words) == 1 and any("nazwa_pospolita" in a[3] for a in polish.analyse(raw)):
        return None  # "Rynek": a square, a common word
    # (a Latin name with a lower-case word in it, "GBP w Jakubowicach", "I piętro", is a
    # venue's description or a floor; a town's "nad"/"pod" stays: "Kostrzyn nad Odrą")
    return raw if label and raw[:1].isupper() and not _LOWER_LATIN_WORD.search(raw) else None


_LOWER_LATIN_WORD = re.compile(r"(?<![\w-])(?!(?:nad|pod)\s)[a-ząćęłńóśźż]+(?![\w-])")


# "w gminach powiatu olsztyńskiego i ostródzkiego", "Lokalizacja: Opole, powiat opolski": a
# district is written in lower case with its adjective, so it is never part of a body's name
_ADJ = r"[a-ząćęłńóśźż-]+(?:skiego|ckiego|dzkiego|skim|ckim|dzkim|ski|cki|dzki)"
_POWIAT = re.compile(rf"\b(?P<w>powiat|powiatu|powiecie|powiatem)\s+(?P<a1>{_ADJ})\b"
                     rf"(?:\s+(?:i|oraz)\s+(?P<a2>{_ADJ})\b)?")
# "powiaty: białostocki, sokólski i hajnowski", "w powiatach łęczyńskim i świdnickim"
_POWIATY = re.compile(rf"\bpowiat(?:y|ach|ów|ami)\s*:?\s+(?P<list>{_ADJ}\b(?:\s*(?:,|\bi\b|\boraz\b)\s*{_ADJ}\b)+)")


def _latin_places(text: str, s: int, e: int, lang: str) -> list[Tagged]:
    out = []
    for m in _VOIV.finditer(text, s, e) if _VOIV_HINT.search(text, s, e) else ():
        if text[m.start()].isupper() and not _sentence_start(text, m.start()):
            continue  # "Programu Operacyjnego Województwa Podkarpackiego": part of a name
        many = voivodeships(text[m.start():min(e, m.start() + 160)])
        for name in many or ["województwo " + _neuter(m.group(2))]:
            out.append(Tagged(name, Span(m.start(), m.end(), "voivodeship", 0.85)))
    for m in _EN_VOIV.finditer(text, s, e) if lang == "en" else ():
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")):
            out.append(Tagged(f"{name} Voivodeship", Span(m.start(), m.end(), "voivodeship_en", 0.8)))
    for m in _PL_PREP.finditer(text, s, e):
        found = _place_list(text, m.end(), e, lang)
        if lang == "en" and found and _FROM_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            # "recruited from agencies in Ukraine, Uzbekistan and Nepal": where people come from
            found = [t for t in found if t.value not in _countries() and t.value not in _territories()]
        out.extend(found)
    for m in _EN_REGION.finditer(text, s, e) if lang == "en" and "region" in text[s:e] else ():
        # "in Kraków and the Małopolska region": a historical region named with the noun
        if m.group(1) in lexicon()["regions"]:
            out.append(Tagged(m.group(1), Span(m.start(1), m.end(1), "region_en", 0.7)))
    for m in _AROUND.finditer(text, s, e) if lang == "en" and "round " in text[s:e] else ():
        out.extend(_place_list(text, m.end(), e, lang))  # "the greenhouse sector around Skierniewice"
    if lang == "en" and " in " in text[s:e]:
        out.extend(_en_name_lists(text, s, e))
    if lang == "en" and " from " in text[s:e]:
        out.extend(_en_from_town_lists(text, s, e))
    if lang == "en" and " and " in text[s:e]:
        out.extend(_en_polish_town_lists(text, s, e))
    if lang == "en" and ("district" in text[s:e] or "count" in text[s:e] or "Count" in text[s:e]):
        districts = _en_districts(text, s, e)
        # "in Bielsk Podlaski County": the county, not its town
        out = [t for t in out if not any(d.span.start <= t.span.start < d.span.end for d in districts)] + districts
    achs = [*_ACH_CAP.finditer(text, s, e), *_ACH_ADJ_CAP.finditer(text, s, e)] if lang == "pl" else []
    for m in achs:
        # the literal "ach" lets the engine skip ahead; the preposition is checked behind it
        # ("w ramach Programu X": within a programme, no place)
        if text[max(s, m.start() - 3):m.start() + 3].lower() == "ramach":
            continue
        if _PL_PLACES_OF.search(text, max(s, m.start() - _PLACES_OF_REACH), m.start() + 3):
            out.extend(_place_list(text, m.end() - 1, e, lang))
    for m in _TRIP.finditer(text, s, e) if _TRIP_HINT.search(text, s, e) else ():
        # "do Krosna": the preposition asks for the genitive, which settles which town it is
        prep = m.group().rstrip()[-2:]
        out.extend(_place_list(text, m.end(), e, lang, "gen" if prep == "do" else "loc" if prep == "po" else None))
    low = lowered_line(text[s:e])  # the same length: its offsets index text[s:e]
    if " · " in low:
        out.extend(_dated_info_line(text, s, e))
    out.extend(_dated_line_towns(text, s, e, lang))
    if lang == "pl":
        out.extend(_town_list_lines(text, s, e))
    if lang in ("pl", "en") and "(" in text[s:e]:
        out.extend(_bracketed_towns(text, s, e, lang))
    out.extend(visits.study_visit_places(text, s, e, lang))  # "wizyta studyjna … w Lucernie"
    for m in _at_words(text, s, low, _VISITED_HINT, _VISITED):
        # "two of our staff visited Pomerania", "odwiedziliśmy Chełm": where the work went
        out.extend(t for t in _place_list(text, m.end(), e, lang) if t.value not in _countries())
    for m in _at_words(text, s, low, _COVERS_HINT, _COVERS):
        # "obejmie też Sopot i Gdynię", "covers Gdynia and Sopot": where the work reaches
        out.extend(t for t in _place_list(text, m.end(), e, lang) if t.value not in _countries())
    if any(w in low for w in ("gmina", "miasto", "miejscowość", "powiat", "town", "city", "municipality")):
        out.extend(_column_places(text, s, e))
    for m in _at_words(text, s, low, _RESIDENTS_HINT, _RESIDENTS):
        # "mieszkańców Rzeszowa, Przemyśla i Krosna": the towns whose people it serves (a
        # country's people, "mieszkańcy Ukrainy", are where they come from, not a venue)
        out.extend(t for t in _place_list(text, m.end(), e, lang, "gen" if lang == "pl" else None)
                   if t.value not in _countries())
    if lang == "pl" and "zamieszk" in low:
        for m in _INHABITING.finditer(text, s, e):
            out.extend(t for t in _place_list(text, m.end(), e, lang, "acc") if t.value not in _countries())
    if lang == "pl":
        out.extend(_genitive_town_lists(text, s, e))
        out.extend(_z_town_lists(text, s, e))
        out.extend(_do_town_lists(text, s, e))
    for m in _WITHIN.finditer(text, s, e) if _WITHIN_HINT.search(text, s, e) else ():
        # "ze szczególnym uwzględnieniem Opola, Kędzierzyna-Koźla": genitives
        if m.group("to") and not _TRIP_HINT.search(text, max(s, m.start() - 60), m.start()):
            continue  # "m.in. do Zagórza i Leska" names where a trip goes, not any "do"
        if _SINGLING_OUT.match(m.group()) and not _WITHIN_PREP.search(m.group()) \
                and thanked.thanks_before(text, m.start()):
            continue  # "Dziękujemy zespołowi, a szczególnie Katarzynie X": the thanked, in the dative
        out.extend(_place_list(text, m.end(), e, lang,
                               "gen" if m.group().lower().startswith("uwzgl") or m.group("to") else None))
    for m in _POWIAT.finditer(text, s, e) if "powi" in text[s:e] else ():
        for adj in [a for a in (m.group("a1"), m.group("a2")) if a and not a.startswith(("ziemsk", "grodzk"))]:
            out.append(Tagged(polish.nominative(f"{m.group('w')} {adj}"), Span(m.start(), m.end(), "powiat", 0.8)))
    for m in _POWIATY.finditer(text, s, e) if "powiat" in text[s:e] else ():
        for adj in re.split(r"\s*(?:,|\bi\b|\boraz\b)\s*", m.group("list")):
            if adj and not adj.startswith(("ziemsk", "grodzk")):
                out.append(Tagged(f"powiat {_adjective_lemma(adj)}", Span(m.start(), m.end(), "powiat", 0.8)))
    # "w trzech miastach – Toruniu, …", "w gminach Michałowo i Gródek" (a commune keeps its
    # name in the nominative after its noun); any plural of a settlement, its words before the
    # list: "w sąsiednich gminach – Kłodawie, …", "w trzech gminach powiatu X: Zgorzelcu, …"
    settled = any(w in low for w in _SETTLEMENT_WORDS)  # substrings first: most texts have none
    for m in _SETTLEMENTS_THEN_LIST.finditer(text[s:e]) if settled else ():
        out.extend(_place_list(text, s + m.end(), e, lang))
    seg = text[s:e]
    for m in _COMMUNE.finditer(text, s, e) if "gmin" in seg or "Gmin" in seg or "dzielnic" in seg else ():
        located = _IN_BEFORE.search(text, max(s, m.start() - 16), m.start())
        if m.group()[0] == "G" and not located:
            continue  # "Gmina Wrocław" (a funder), "Wójt Gminy X": the body
        if m.group(1) == "mi" and not m.group(2) and _FROM_BEFORE_PL.search(text, max(s, m.start() - 8), m.start()):
            continue
        found = _place_list(text, m.end(), e, lang)
        if m.group(1) == "mi" and m.group(2) not in ("ach", "") and found and located:
            # "w gminie Sierakowice", "w Gminie Kłodzko": the commune, named as the text
            # names it (its name stays in the nominative after the noun)
            t = found[0]
            t.value = f"{m.group()[0]}mina {text[t.span.start:t.span.end]}"
            t.span = Span(m.start(), t.span.end, "commune", 0.75)
            found = found[:1]
        out.extend(found)
    return out


def _adjective_lemma(adj: str) -> str:
    """"nyskiego" -> "nyski"; "kędzierzyńsko-kozielskiego" -> "kędzierzyńsko-kozielski": a
    compound adjective declines only its last part (the first stays in its -o form), so the
    nominative is the first part as written and the last part's lemma."""
    first, _, last = adj.rpartition("-")
    if first and last:
        return f"{first}-{polish.lemma_of(last) or last}"
    return polish.lemma_of(adj) or adj


def _z_town_lists(text: str, s: int, e: int) -> list[Tagged]:
    """Polish "z X, Y i Z" after people or a plural noun: the towns the people or things are of."""
    out: list[Tagged] = []
    for i in _z_caps(text, s, e):
        if _body_name_before(text, max(s, i - 80), i):
            continue  # "Wielkopolska Fundacja Migrantów z Kalisza": the body's seat, not its people's town
        people = _PEOPLE_NOUN.search(text, max(s, i - 24), i + 1) or _people_phrase(text, max(s, i - 40), i)
        if not people and not _plural_before(text, max(s, i - 40), i):
            continue
        found = _place_list(text, text.index(" ", i + 2) + 1, e, "pl", "gen")
        if not people and (len(found) < 2 or any(t.value not in pltowns.populations() for t in found)):
            continue  # any plural noun ("szkół i gimnazjów z X, Y i Z"): two towns or more
        if not any(t.value in _countries() or _abroad(text[t.span.start:t.span.end]) for t in found):
            out.extend(found)  # (a list with a country in it names where people come from)
    return out


# lower-case words inside a body's name ("Stowarzyszenie Prawników na rzecz Uchodźców")
_NAME_JOINING = frozenset(("na", "rzecz", "dla", "i", "im.", "nr"))


def _body_name_before(text: str, a: int, i: int) -> bool:
    """The words right before " z" are a body's name of two words or more, its last word
    capitalised ("Fundacja Migrantów z Kalisza", "Stowarzyszeniem Prawników na rzecz
    Uchodźców z Lublina"): the people noun is the name's, the town the body's seat. People
    named in lower case ("migrantów z Kalisza") or a sentence's first word ("Młodzież z
    Hajnówki") are no name."""
    words = text[a:i].split()
    if not words or not words[-1][:1].isupper():
        return False
    run: list[str] = []
    for w in reversed(words):
        if not (w[:1].isupper() or w in _NAME_JOINING) or w[-1:] in ".,;:!?":
            break
        run.append(w)
    from ngo_atlas.extract.organisations import is_org_head

    return len(run) >= 2 and any(is_org_head(w) for w in run)


# the English plural nouns of persons (the class _PEOPLE_NOUN holds in Polish): the people a
# project serves or trains, named by where they live: "teachers from X, Y and Z"
_EN_PEOPLE_FROM = re.compile(r"(?<![\w])(?i:people|persons|men|women|girls|boys|children|youths?|pupils|students|"
                             r"teachers|pedagogues|psychologists|educators|officials|clerks|employees|staff|workers|"
                             r"families|parents|mothers|fathers|seniors|residents|citizens|activists|leaders|"
                             r"migrants|immigrants|refugees|foreigners|newcomers|journalists|librarians|"
                             r"social workers|nurses|doctors)\s+from\s+$")
# people who come from elsewhere to do the work (Polish _VISITORS): their towns are no venue
_EN_VISITORS = ("expert", "volunteer", "participant", "trainer", "speaker", "guest", "partner",
                "researcher", "scientist", "specialist", "lecturer", "scholar")


def _en_from_town_lists(text: str, s: int, e: int) -> list[Tagged]:
    """English "<people> from X, Y and Z": the towns whose people the project serves, as
    Polish "pracowników z X, Y i Z" (_z_town_lists). Two towns or more; a list with a country
    in it names where people come from; a visitor's noun among the three words before "from"
    ("volunteer lawyers from", "participants: officials from") names where helpers travel from."""
    out: list[Tagged] = []
    i = text.find(" from ", s, e)
    while i >= 0:
        j = i + 6
        if j < e and text[j].isupper() and _EN_PEOPLE_FROM.search(text, max(s, i - 24), j):
            words = [w.lower() for w in re.findall(r"[^\W\d]+", text[max(s, i - 40):i])[-3:]]
            found = [] if any(w.startswith(_EN_VISITORS) for w in words) else _place_list(text, j, e, "en")
            if len(found) >= 2 and not any(t.value in _countries() or t.value in _territories() for t in found):
                out.extend(found)
        i = text.find(" from ", i + 6, e)
    return out


def _do_town_lists(text: str, s: int, e: int) -> list[Tagged]:
    """Polish "do X, Y i Z" with a journey's verb in its clause: the towns travelled to."""
    out: list[Tagged] = []
    for i in _do_caps(text, s, e):
        # "do Cieszyna, Wisły i Ustronia zaczęły przyjeżdżać rodziny": the journey's verb may
        # follow the towns as well as precede them (_TRIP); two towns or more, in its clause
        # (one alone may be a route's end: "z X do Y"; "pisma do X i Y" are no journey)
        found = _place_list(text, i + 4, e, "pl", "gen")
        if len(found) >= 2 and all(t.value in pltowns.populations()
                                   and not _abroad(text[t.span.start:t.span.end]) for t in found) \
                and _TRIP_HINT.search(text, _clause_start(text, s, i), _clause_stop(text, found[-1].span.end, e)):
            out.extend(found)
    return out


_SETTLEMENT_WORDS = ("miejscowości", "miast", "gmin", "powiat", "wsi", "sołectw", "dzielnic",
                     "ośrodk", "krajach", "państwach", "cities", "towns", "municipalities")
# (the plural in the locative, the instrumental ("z czterema gminami partnerskimi – X, Y")
# or, "do gmin powiatu X – Y, Z", the genitive; countries only in the locative, "w pięciu
# krajach: X, Y", as "z krajów: X, Y" names where people come from). The words between the
# noun and the list are taken lazily: "pięć miast – X, Y i Z – przygotowało…" is the list
# after the first dash, not whatever follows the second
_SETTLEMENTS_THEN_LIST = re.compile(r"(?:(?:miejscowościach|miastach|gminach|powiatach|wsiach|sołectwach|"
                                    r"dzielnicach|ośrodkach|krajach|państwach|"
                                    r"miejscowościami|miastami|gminami|powiatami|wsiami|dzielnicami|"
                                    r"miejscowości|miast|gmin|powiatów|wsi|sołectw|"
                                    r"dzielnic|ośrodków)(?![\w])[^:(\n.]{0,60}?|miasta"
                                    r"|(?:cities|towns|municipalities)[^:\n]{0,40}?)\s*[:(–—]\s*"
                                    # "12 municipalities – among them Wrocław, Gdańsk, …"
                                    r"(?:(?:among\s+them|including|namely)\s+)?"
                                    # the plural as the object, only before a colon ("objęte są
                                    # gminy Obszaru Funkcjonalnego: Boguchwała, …"): "gminy" is
                                    # the singular's genitive too ("Urząd Gminy – wójt …")
                                    r"|(?:gminy|sołectwa|dzielnice)(?![\w])[^:(\n.]{0,60}?:\s*"
                                    r"|(?<![\w])in\s+the\s+(?:towns|cities|municipalities|communes)\s+of\s+")


# "in the Grójec and Rawa Mazowiecka districts", "in the Płock county", "in Sokółka County":
# a Polish powiat in English, named by its town and the noun, as the text names it
_EN_TOWN = r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+(?:[^\S\n][A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+)?"
# ("in Poznań and the Poznań county": the town, and then the county named apart)
_EN_DISTRICT = re.compile(rf"(?<![\w])(?:in|across|of)\s+(?:the\s+)?(?P<names>{_EN_TOWN}(?:\s*,\s*{_EN_TOWN})*"
                          rf"(?:,?\s+and\s+(?P<the>the\s+)?{_EN_TOWN})?)\s+(?P<noun>[Dd]istricts?|[Cc]ount(?:y|ies))(?![\w])")


# "comparing Wrocław, Opole and Wałbrzych in Poland with Drammen and Fredrikstad in Norway":
# a list of names, in English, placed in a country
_EN_NAME_LIST = re.compile(rf"(?P<items>{_EN_TOWN}(?:,[^\S\n]+{_EN_TOWN})*,?[^\S\n]+and[^\S\n]+{_EN_TOWN})"
                           rf"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?(?P<country>{_EN_TOWN})")


def _en_name_lists(text: str, s: int, e: int) -> list[Tagged]:
    """Places an English list names without a preposition of its own: every item a plain
    name and the list placed "in" a country. (Where people come from, "from X and Y", says
    nothing of where the work is; a bare list, "research has focused on Warsaw, Kraków and
    Wrocław", may name other studies' towns.)"""
    out: list[Tagged] = []
    for m in _EN_NAME_LIST.finditer(text, s, e):
        if _FROM_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue
        items = re.split(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]+", m.group("items"))
        country = m.group("country")
        if (country in _territories() or country in _countries()) and all(_plain_name(x) for x in items):
            pos = m.start()
            for x in items:
                a = text.find(x, pos, m.end())
                out.append(Tagged(x, Span(a, a + len(x), "name_list_en", 0.65)))
                pos = a + len(x)
    return out


# "X, Y and Z" in English: two names or more joined by commas and "and"/"or" (a name may wrap)
_EN_LIST = re.compile(rf"(?P<items>{_EN_TOWN}(?:,[^\S\n]+{_EN_TOWN})*,?[^\S\n]+(?:and|or)\s+{_EN_TOWN})(?![\w-])")
# what turns the towns of a list into another thing's: "the Grójec and Rawa districts" (the
# powiats, read by _en_districts), "Kraków and Warsaw offices" is still the towns
_EN_LIST_NOUN_AFTER = re.compile(r"[^\S\n]+(?:[Dd]istricts?|[Cc]ount(?:y|ies)|[Vv]oivodeships?|[Ss]treets?)(?![\w])")
# others' work set against the project's, in the list's sentence: "research has focused on
# Warsaw, Kraków and Wrocław", "earlier studies looked at …", "the largest cities – …"
_EN_OTHERS_WORK = re.compile(r"(?i:focus(?:es|ed|ing)?\s+on|(?:largest|biggest)\s+cities|"
                             r"(?:earlier|previous|prior|existing|past|other|most)\s+(?:studies|research|literature))")
# a Polish town an English page names is a town of the gazetteer, or the capital's English name
_EN_POLISH_TOWN_PEOPLE = 5000


def _en_polish_town_lists(text: str, s: int, e: int) -> list[Tagged]:
    """An English list of Polish towns, whatever stands before it ("nearby towns such as
    Oleśnica and Oława", "the case studies are Opole, Nysa and Brzeg", "the ports of Szczecin
    and Świnoujście"): English does not decline the names, so a run of two or more towns of
    5,000 people or more, every item one, is where the work is (read golds keep 112 such lists
    and leave out 5: other studies' cities, districts). Not a list "from" somewhere (where
    people come from: _en_from_town_lists), nor one in a sentence on others' work, nor one
    placed before a district's noun."""
    out: list[Tagged] = []
    pops = pltowns.populations()
    for m in _EN_LIST.finditer(text, s, e):
        items = [" ".join(x.split()) for x in re.split(r",?\s+(?:and|or)\s+|,\s+", m.group("items"))]
        if len(items) < 2 or not all(_plain_words(x.split()) and (pops.get(x, 0) >= _EN_POLISH_TOWN_PEOPLE
                                                                  or pltowns.ENDONYMS.get(x)) for x in items):
            continue
        if _EN_LIST_NOUN_AFTER.match(text, m.end(), e) or _FROM_BEFORE.search(text, max(s, m.start() - 40), m.start()) \
                or _EN_OTHERS_WORK.search(text, _clause_start(text, s, m.start(), ".!?\n"), m.start()):
            continue
        pos = m.start()
        for x in items:
            first = x.split()[0]
            a = text.find(first, pos, m.end())
            b = a + len(first)
            if " " in x:  # (a two-word town may wrap: "Bielsk\nPodlaski")
                b = text.find(x.split()[-1], b, m.end()) + len(x.split()[-1])
            out.append(Tagged(x, Span(a, b, "town_list_en", 0.65)))
            pos = b
    return out


def _plain_name(name: str) -> bool:
    """Capitalised alphabetic words that head no body and open with no first name."""
    words = name.split()
    return _plain_words(words) and not polish.is_first_name(words[0])


def _plain_words(words: list[str]) -> bool:
    """Every word capitalised and alphabetic, none an organisation's head word."""
    from ngo_atlas.extract.organisations import is_org_head

    return all(w.isalpha() and w.istitle() and not is_org_head(w) for w in words)


def _en_districts(text: str, s: int, e: int) -> list[Tagged]:
    """Powiats named in English by their towns: each "<town> district" or "<town> county"."""
    out = []
    for m in _EN_DISTRICT.finditer(text, s, e):
        noun = m.group("noun").lower()
        names, a = m.group("names"), m.start("names")
        if m.group("the") and noun in ("county", "district"):
            names, a = text[m.end("the"):m.start("noun")].strip(), m.end("the")  # one county: the last
        noun = "county" if noun.startswith("count") else "district"
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names):
            if "-" not in name and _geo(name, "en"):
                out.append(Tagged(f"{name} {noun}", Span(a, m.end(), "district_en", 0.75)))
            elif "-" in name and noun == "district" and _geo(name.split("-")[0], "en"):
                # "in the Gdańsk-Wrzeszcz district": a quarter of the town, so the town
                town = name.split("-")[0]
                out.append(Tagged(town, Span(a, a + len(town), "district_en", 0.7)))
    return out


# the commune as a place is where things happen ("w gminie X", "na terenie Gminy X"); a
# "Gmina X" in the nominative or after a body's noun ("Wójt Gminy X") is the body
_IN_BEFORE = re.compile(r"(?:(?<![\w])(?:w|we|na\s+terenie|na\s+obszarze|terenie|obszarze)\s+)$")
# (the genitive plural too, its names in the nominative after it: "na terenie Ostrołęki oraz
# gmin Lelis, Rzekuń i Olszewo-Borki", "dzielnic Wola i Bemowo")
_COMMUNE = re.compile(r"(?<![\w])(?:[gG](mi)n|dzielnic)(ach|ie|a|y|ą|(?<=[cn]))\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# "dla osób z gmin X i Y", "spoza gmin X": where people come from, no venue
_FROM_BEFORE_PL = re.compile(r"(?<![\w])(?:z|ze|spoza|spod)\s+$", re.IGNORECASE)


# "w szpitalach Warszawy", "в поликлиниках Прушкова", "у школах Любліна": places in a town
# (a plural noun in the locative, then the town in the genitive)
# (or several: "w szpitalach, szkołach i urzędach Lublina", "в поликлиниках, школах и учреждениях Люблина")
# (an adjective may come before each noun: "w 25 szkołach podstawowych", "у 25 початкових школах")
_PL_PLACES_OF = re.compile(r"(?<![\w])(?:[wW]|[wW]e|[nN]a)\s+(?:(?:dwóch|trzech|czterech|pięciu|kilku|wielu|\d+)\s+)?"
                           r"(?:(?:[a-ząćęłńóśźż]{3,}(?:ych|ich)\s+)?[a-ząćęłńóśźż]{3,}ach(?:\s*,\s*|\s+(?:i|oraz)\s+)){0,4}"
                           r"(?:[a-ząćęłńóśźż]{3,}(?:ych|ich)\s+)?[a-ząćęłńóśźż]{3,}ach(?:\s+[a-ząćęłńóśźż]{3,}(?:ych|ich))?$")
_ACH_CAP = re.compile(r"ach[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ]")
# the noun's adjective after it: "w 12 szkołach podstawowych Kalisza" (its "ach" a literal too)
_ACH_ADJ_CAP = re.compile(r"ach[^\S\n]+[a-ząćęłńóśźż]{2,}(?:ych|ich)[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ]")
_CYR_PLACES_OF = re.compile(r"(?<![\w])(?:[вВ]|[вВ]о|[уУ])\s+(?:(?:двух|трёх|трех|нескольких|двох|трьох|кількох|\d+)\s+)?"
                            r"(?:(?:[а-яёіїєґ]{3,}(?:их|ых|іх)\s+)?[а-яёіїєґ]{3,}[ая]х(?:\s*,\s*|\s+(?:и|і|та|й)\s+)){0,4}"
                            r"(?:[а-яёіїєґ]{3,}(?:их|ых|іх)\s+)?[а-яёіїєґ]{3,}[ая]х$")
# how far back the preposition of such a list may stand
_PLACES_OF_REACH = 120
_CYR_ACH = re.compile(r"[ая]х[^\S\n]+[А-ЯЁІЇЄҐ]")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t")  # keep the line break: a line starts there
    return not before or before[-1] in ".!?:\n•-–"


# a capitalised short name: letters all upper case ("GOPS", "MOPR")
_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}$")


def _place_list(text: str, pos: int, e: int, lang: str, case: str | None = None,
                listed: bool = False) -> list[Tagged]:
    """Consecutive place names from pos: "Krakowie, Lublinie, Łodzi i Wrocławiu" (listed: a
    place precedes pos in the same list)."""
    out, p = [], pos
    in_w = text[max(0, pos - 3):pos].lower() in (" w ", "we ", "\nw ")
    while p < e:
        m = re.match(rf"{_CAP}(?:[^\S\n]+{_CAP})?", text[p:e])
        if not m:
            break
        m = _wrapped_town(text, p, e, m, lang) or m
        if lang == "en" and en_nonplaces.names_no_place(m.group().split()[0], _en_places()):
            break  # "in Ukrainian, Nepali and Hindi", "in Szczecin, October 2023": no place
        # ("w Dobrym Mieście" is a town though "Miasto" heads bodies; "na Starym Mieście", a
        # town's quarter, takes "na")
        if _names_a_body(text, p + m.end(), e, m.group()) and not (
                in_w and _two_word_town(m.group(), lang) and not _names_a_body(text, p + m.end(), e, "")):
            break  # "w Podkarpackim Urzędzie Wojewódzkim": an institution, not a town
        if lang == "en" and _en_body_word(text, p, e, m.group().split()[0]):
            break  # "in Rzeszów and the Foundation …", "in Lublin, Faculty of …": a body
        if lang == "pl" and _full_name(m.group()):
            break  # "w Warszawie, Katarzyna Lipińska, kierowniczka": a contact line's person
        third = _THIRD_CAP.match(text, p + m.end(), e) if lang == "pl" and " " in m.group() else None
        if third and _cases_agree(*m.group().split()) and _cases_agree(m.group().split()[1], third.group(1)) \
                and not _two_word_town(m.group(), lang):
            break  # "gminach Szczecińskiego Obszaru Metropolitalnego": a longer name, no town
        if not out and lang == "pl" and " " not in m.group() and text[max(0, p - 3):p].lower() == "na " \
                and _common_noun_too(m.group()):
            break  # "na Rynku", "na Placu": a town's square or street, a common noun capitalised
        if out and lang == "pl" and _ACRONYM.match(m.group()) and not text[out[-1].span.start:out[-1].span.end].isupper():
            break  # "GOPS w Chełmcu, GOPS w Starym Sączu": a body's short name after a town, no town
        one = _geo(m.group(), lang, text, case)
        if one is not None and lang == "pl" and (
                unitword.unit_word(m.group(), part_only=True) if out or listed else
                unitword.unit_word(m.group()) and not _seat_or_listed(text, p, p + m.end(), e, lang)):
            # "w Sieci", "w Oddziale": a body's or a unit's head word, capitalised, no town;
            # after a town, a word for a part alone ("Stowarzyszenie X w Polsce, Oddział w
            # Krakowie", "w Drodze oraz Sieci"): a body's name goes on there, the list does not
            # (a village named like a body's head stays: "w Dębaku i Grupie")
            break
        if one is not None and not out and lang == "pl" and " " not in m.group() and _word_named_village(one) \
                and title_cased_line(text, p):
            break  # "W Polu i W Borze: Letnie Warsztaty": a Title Case heading's field or forest
        if one is not None and lang == "pl" and " " in one and _noun_named_by_adjective(m.group(), one):
            break  # "w Szpitalu Miejskim", "na Rynku Staromiejskim": a building or a square
        if one is None and " " in m.group():
            first = m.group().split()[0]
            # ("na Górę Świętej Anny": after "na" a first word that is also a common noun, a
            # mountain or a square, opens a longer name, as "na Rynku" does alone)
            one = None if not out and lang == "pl" and text[max(0, p - 3):p].lower() == "na " \
                and _common_noun_too(first) else _geo(first, lang, text, case)
            m_end = p + len(first)
        else:
            m_end = p + m.end()
        if one is None and lang == "en" and " " not in m.group():
            one = _listed_with_a_place(text, m_end, e, m.group())
        if one is None and lang == "en" and " " in m.group() and _plain_two_words(m.group()) and (
                out or _next_is_place(text, p + m.end(), e)) and not _THIRD_CAP.match(text, p + m.end(), e):
            # "in Poland, the Czech Republic and Germany": two capitalised words listed with
            # places are one more (a country or town of two words)
            one, m_end = m.group(), p + m.end()
        if one is None and lang == "en" and out and polish.is_geo(m.group()):
            one = m.group()  # "in Rzeszów, Przemyśl and Krosno": a town that is also a word
        if one is None and lang == "en" and not out and " " not in m.group() and polish.is_geo(m.group()):
            # "in Konin, Piła and Leszno": a town that is also a word opens a list of towns
            sep = _LIST_SEP.match(text, m_end, e)
            if sep and sep.end() > m_end and _place_list(text, sep.end(), e, lang):
                one = m.group()
        if one is None and lang == "pl" and " " not in m.group():
            one = _village_like_a_noun(text, p, m_end, e, bool(out) or listed)
        if one is None and _unknown_word(text[p:m_end]):
            if lang == "pl":
                one = _foreign_town(text, p, m_end, e, case, bool(out))
            elif out and case is None:
                one = text[p:m_end]  # "in Lublin and Tampere": listed with a town
        if one is None:
            break
        if lang == "pl" and text.startswith(" nad ", m_end):
            one, m_end = _on_a_river(text, m_end, e, one)
        out.append(Tagged(one, Span(p, m_end, "place_phrase", 0.7)))
        p = m_end
        # "w Lizbonie (Portugalia) i Malmö", "w Rzeszowie (ul. Długa 2), Przemyślu", "w Opolu
        # (marzec 2024) i Brzegu": a short aside after a town (its country, address or date)
        # leaves the list going on
        gloss = _GLOSS.match(text, p, e)
        p = gloss.end() if gloss else p
        sep = _LIST_SEP.match(text, p, e)
        if not sep or sep.end() == p:
            break
        p = sep.end()
    return out


def _seat_or_listed(text: str, p: int, end: int, e: int, lang: str) -> bool:
    """A word that heads bodies is still a village where a body's name has it as its seat
    ("Ośrodek dla Cudzoziemców w Grupie") or towns follow it in a list ("w Grupie, Świeciu i
    Chełmnie")."""
    if _body_name_before(text, _clause_start(text, 0, p, ".!?\n;"), max(0, p - 3)):
        return True
    sep = _LIST_SEP.match(text, end, e)
    return bool(sep and sep.end() > end and _place_list(text, sep.end(), e, lang, listed=True))


def _full_name(phrase: str) -> bool:
    """Two capitalised words opened by a first name in the nominative ("Katarzyna Lipińska"),
    no town GeoNames knows: a person named after a place in a list or a contact line (a
    town in such a list is in the locative: "w Janowie Lubelskim" stays a town)."""
    words = phrase.split()
    return len(words) == 2 and phrase not in pltowns.populations() and any(
        "imię" in names and ":sg:nom" in tag for _o, _l, tag, names in polish.analyse(words[0]))


_OF_NAME = re.compile(rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{_CAP}")


def _en_body_word(text: str, p: int, e: int, word: str) -> bool:
    """An English list item that opens a body's name, no town: an English organisation's head
    word ("the Foundation", "Association") or a word before "of" and a capitalised name ("Faculty
    of Law", "Department of …"), unless GeoNames knows the word as a town."""
    from ngo_atlas.extract.organisations import _heads

    if word in _en_places() or word in pltowns.populations():
        return False
    # (the English heads only: a Polish one may be a village's name, "Grupa near Grudziądz")
    return word.lower() in _heads()[1] or bool(_OF_NAME.match(text, p + len(word), e))


# "Kostrzyn nad Odrą", "we Frankfurcie nad Odrą": a town named with its river (the river in
# the instrumental, as written; the town's word declines)
_RIVER_TAIL = re.compile(rf"[^\S\n]nad[^\S\n]+({_CAP})")


def _on_a_river(text: str, end: int, e: int, town: str) -> tuple[str, int]:
    """The town's name and where it ends, with "nad <river>" when that belongs to it: the
    joined name is a Polish town GeoNames knows, or the town is none (a town abroad:
    "Frankfurt nad Odrą"); "w Krakowie nad Wisłą" stays Kraków, a town of its own."""
    m = _RIVER_TAIL.match(text, end, e)
    if not m or not any("nazwa_geograficzna" in a[3] and a[2].startswith("subst:sg:inst")
                        for a in polish.analyse(m.group(1))):
        return town, end
    joined = f"{town} nad {m.group(1)}"
    pops = pltowns.populations()
    return (joined, m.end()) if joined in pops or town not in pops else (town, end)


class _Joined:
    """A two-word phrase that a line break splits, read as the words with one space between."""

    def __init__(self, words: str, end: int) -> None:
        self._words, self._end = words, end

    def group(self) -> str:
        return self._words

    def end(self) -> int:
        return self._end


_NEXT_LINE_CAP = re.compile(rf"[^\S\n]*\n[^\S\n]*({_CAP})")


def _wrapped_town(text: str, p: int, e: int, m: re.Match[str], lang: str) -> _Joined | None:
    """"w Gorzowie\nWielkopolskim", "w Kątach\nWrocławskich": a hard-wrapped line that ends
    inside a two-word town; the word on the next line belongs to it when the two together are a
    town GeoNames knows (not any capitalised word that opens the next line)."""
    if " " in m.group() or lang != "pl":
        return None
    nxt = _NEXT_LINE_CAP.match(text, p + m.end(), e)
    if not nxt:
        return None
    words = f"{m.group()} {nxt.group(1)}"
    known = _two_word_town(words, lang) or _geo(words, lang, text) in pltowns.populations()
    return _Joined(words, nxt.end() - p) if known else None


def _noun_named_by_adjective(phrase: str, nominative: str) -> bool:
    """"Szpitalu Miejskim", "Rynku Staromiejskim", "Zamku Kazimierzowskim": a common noun
    named by an agreeing adjective after it is one building, square or body (Polish puts a
    naming adjective after its noun there), not a town. The towns of that shape ("Ostrów
    Wielkopolski", "Krosno Odrzańskie") are GeoNames' two-word towns (nominative: what _geo
    read), and a region's name ("Pomorze Zachodnie") opens with a region the lexicon knows.
    A place written adjective first ("Nowa Huta", "Czerwony Bór") is another shape: left alone."""
    noun, adj = phrase.split()
    if not any(a[2].startswith("adj") for a in polish.analyse(adj)) or not _cases_agree(noun, adj):
        return False
    if not any(a[2].startswith("subst") and "nazwa_pospolita" in a[3] for a in polish.analyse(noun)):
        return False
    regions = lexicon()["regions"]
    if any(polish.base_lemma(a[1]) in regions for a in polish.analyse(noun)):
        return False
    return nominative not in pltowns.populations()


def _village_like_a_noun(text: str, a: int, b: int, e: int, listed: bool = False) -> str | None:
    """"w Dębaku, Lininie i Łukowie": a capitalised word mid-sentence that Morfeusz knows only
    as a common noun (dębak), opening a list of two or more places in its case, is a village
    named by that noun: its lemma, capitalised. Inside a list, after a place ("w Białej
    Podlaskiej, Dębaku, Grupie i w Białymstoku"), one place after it in its case is enough
    (the villages between two places are read in turn)."""
    from ngo_atlas.extract.organisations import is_org_head

    word = text[a:b]
    if _sentence_start(text, a) or polish.is_geo(word) or listed and is_org_head(word):
        return None  # ("w Lublinie, Fundacji i …": a body listed with a town is no village)
    sep = _LIST_SEP.match(text, b, e)
    if not sep or sep.end() == b or not listed and text[b:sep.end()].strip() not in (",", ""):
        return None
    rest = _place_list(text, sep.end(), e, "pl", listed=True)
    if len(rest) < (1 if listed else 2):
        return None
    nxt = text[rest[0].span.start:rest[0].span.end].split()[0]
    lemmas = {lemma.split(":")[0] for _o, lemma, tag, names in polish.analyse(word)
              if tag.startswith("subst:sg:") and "nazwa_pospolita" in names
              and set(tag.split(":")[2].split(".")) & _cases(nxt)}
    return next(iter(lemmas)).capitalize() if len(lemmas) == 1 else None


_THIRD_CAP = re.compile(rf"[^\S\n]+({_CAP})")
_GLOSS = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)")


def _word_named_village(town: str) -> bool:
    """A place named by a common noun (its name, lower-cased, is the noun's lemma: Pole, Bór,
    Góra) that is no large town (GeoNames counts under 20,000 people there)."""
    if pltowns.populations().get(town, 0) >= 20_000:
        return False
    return any(a[1].split(":")[0] == town.lower() and "nazwa_pospolita" in a[3] for a in polish.analyse(town))


def _common_noun_too(word: str) -> bool:
    """The place the form names is also a common noun's lemma ("Rynku": Rynek, a village, and
    rynek, a market square): after "na" it is the square, not a town (towns take "w")."""
    an = polish.analyse(word)
    geo = {polish.base_lemma(a[1]) for a in an if "nazwa_geograficzna" in a[3]}
    if geo & (_countries() | set(lexicon()["regions"])):
        return False  # "na Pomorzu", "na Ukrainie": a region or country takes "na"
    low = {g.lower() for g in geo}
    return any(a[1].split(":")[0] in low for a in an if "nazwa_pospolita" in a[3])


def _unknown_word(word: str) -> bool:
    """Morfeusz knows no reading of the word (a foreign name it has no entry for)."""
    return word.isalpha() and all(a[2] == "ign" for a in polish.analyse(word))


# a journey or a meeting held somewhere, in the clause before the name: "wizyta studyjna w
# Libercu", "spotkania partnerskie odbyły się w Setúbal", "uczniowie pojadą do Wuppertalu"
_JOURNEY_BEFORE = re.compile(r"(?i:wizyt\w*|wyjazd\w*|wycieczk\w*|podróż\w*|staż\w*|po(?:jad|jech)\w*|"
                             r"wyjech\w*|odby(?:ł|ła|ło|ły|li)\s+się|odbęd(?:zie|ą)\s+się)[^.!?\n]{0,70}$")
_VOWELS = "aąeęioóuyAEIOUY"


def _foreign_town(text: str, a: int, b: int, e: int, case: str | None, listed: bool) -> str | None:
    """A foreign town Morfeusz has no entry for, as the base its Polish form was declined
    from: one listed with a town ("w Lizbonie i w Tampere", "w Setúbal i w Koszalinie") or a
    journey's or meeting's place ("wizyta studyjna w Libercu")."""
    base = _foreign_base(text[a:b], case)
    if base is None:
        return None
    if listed or _JOURNEY_BEFORE.search(text, max(0, a - 90), a):
        return base
    sep = _LIST_SEP.match(text, b, e)  # a town the dictionary knows follows it in the list
    nxt = _place_list(text, sep.end(), e, "pl", case) if sep and sep.end() > b else []
    return base if nxt and not _unknown_word(text[nxt[0].span.start:nxt[0].span.end]) else None


def _foreign_base(word: str, case: str | None) -> str | None:
    """The written base of a foreign name declined the Polish way: the masculine "-u" of
    the genitive and locative ("Grazu" -> "Graz", "Libercu" -> "Liberec", its "e" dropping
    before "c"), the locative "-ie" after a labial or nasal ("Trondheimie"), "-dzie" and
    "-cie" of a "d" or "t" ("Greifswaldzie"); a name not
    declined ("Setúbal", "Tampere") as written; a feminine "-a"/"-y" that may be a genitive
    ("mieszkańców Szczepina") is no base we can tell."""
    if len(word) < 4:
        return None
    if word[-1] == "u" and word[-2] not in _VOWELS:
        return word[:-2] + "ec" if word[-2] == "c" and word[-3] not in _VOWELS else word[:-1]
    if word.endswith(("dzie", "cie")) and word[-5] not in _VOWELS:
        return word[:-4] + "d" if word.endswith("dzie") else word[:-3] + "t"
    if word.endswith("ie") and word[-3] in "bmnpwf":
        return word[:-2]
    if word[-1] in "ay" and case is not None:
        return None
    return word


def _two_word_town(phrase: str, lang: str) -> bool:
    """"Dobrym Mieście", "Stalowa Wola": two words whose nominative GeoNames knows as a Polish
    town, though one of them is also a body's head word ("Miasto") or a common adjective."""
    if " " not in phrase:
        return False
    if phrase in pltowns.populations():
        return True
    return lang == "pl" and polish.nominative(phrase, geo=True) in pltowns.populations()


def _names_a_body(text: str, end: int, e: int, words: str) -> bool:
    """The capitalised words (or the one after them) hold an organisation's head word."""
    from ngo_atlas.extract.organisations import is_org_head

    nxt = re.match(rf"[^\S\n]+({_CAP})", text[end:e])
    cands = words.split()[1:] + ([nxt.group(1)] if nxt else [])
    return any(is_org_head(w) for w in cands)


def _plain_two_words(phrase: str) -> bool:
    """Two capitalised alphabetic words, neither an organisation's head word."""
    words = phrase.split()
    return len(words) == 2 and _plain_words(words)


def _listed_with_a_place(text: str, pos: int, e: int, word: str) -> str | None:
    """"in Dębak and Linin": a name the dictionary does not know, listed with a town it
    knows, is a place as well."""
    if _next_is_place(text, pos, e) and word.isalpha() and word not in _en_places():
        return word
    return None


def _next_is_place(text: str, pos: int, e: int) -> bool:
    """The next item of an English list is a place the dictionary knows."""
    sep = re.match(r"\s*(?:,|\band\b)\s*", text[pos:e])
    nxt = re.match(rf"{_CAP}", text[pos + sep.end():e]) if sep else None
    return bool(nxt and _geo(nxt.group(), "en"))


@lru_cache(maxsize=4096)
def _town_readings(word: str) -> frozenset[str]:
    """The places a form can be of; a plural form only of a plural name ("Policach" is of
    Police, not of several Policas: a town is one place)."""
    return frozenset(polish.base_lemma(lemma) for _o, lemma, tag, names in polish.analyse(word)
                     if "nazwa_geograficzna" in names and tag.startswith("subst")
                     and (not tag.startswith("subst:pl:") or ":pt" in tag))


def _named_elsewhere(word: str, text: str) -> str | None:
    """"w Michałowie" is Michałów or Michałowo: the one the page also writes in the
    nominative (an address, a heading) settles it, or another form of it that fits only
    one of them ("w Kościerzynie" is Kościerzyn or Kościerzyna; "z Kościerzyny" only the
    second)."""
    cands = _town_readings(word)
    if len(cands) == 1 and len({polish.base_lemma(a[1]) for a in polish.analyse(word)
                                if "nazwa_geograficzna" in a[3]}) > 1:
        return next(iter(cands))  # only a plural reading was dropped
    if len(cands) < 2:
        return None
    # (the form itself is no evidence: "Radomia" is also a village's nominative)
    named = next((c for c in sorted(cands) if c != word and re.search(rf"(?<![\w]){re.escape(c)}(?![\w])", text)
                  and _town_readings(c) <= {c}), None)
    return named or _other_forms(word, cands, text)


def _other_forms(word: str, cands: set[str], text: str) -> str | None:
    """The one candidate that the page's other forms of the name (words sharing its stem)
    each fit alone."""
    stem = min(cands, key=len)[:max(3, min(len(c) for c in cands) - 2)]
    votes = set()
    for m in re.finditer(rf"(?<![\w]){re.escape(stem)}\w*", text):
        if m.group() != word:
            fits = _town_readings(m.group()) & cands
            if len(fits) == 1:
                votes |= fits
    return next(iter(votes)) if len(votes) == 1 else None


def _geo(phrase: str, lang: str, text: str = "", case: str | None = None) -> str | None:
    if phrase in _en_places():
        return phrase
    if lang == "en":
        # Polish towns keep their Polish names in English text ("in Białystok and Hajnówka",
        # "in Biała Podlaska": every word a place name or part of one)
        words = phrase.split()
        if len(words) == 1 and "-" in phrase:
            return _hyphenated(phrase)  # "in Kędzierzyn-Koźle": the whole name, not its first part
        if len(words) == 2 and phrase in pltowns.populations():
            return phrase  # "Stalowa Wola", "Dobre Miasto": a town GeoNames knows, as written
        if len(words) == 1 and _only_geo(words[0]):
            # a Polish phrase quoted in English ("Okręgowa Rada Adwokacka w Białymstoku"):
            # the town in its Polish nominative, as English text names it
            return polish.geo_nominative(words[0]) or words[0]
        # "Piotrków Trybunalski", "Ostrów Wielkopolski": a town and its capitalised adjective
        if len(words) == 2 and _only_geo(words[0]) and any(
                a[2].startswith("adj") for a in polish.analyse(words[1])):
            return phrase
        # "Grodzisk Wielkopolski", "Tomaszów Mazowiecki", "Krosno Odrzańskie": a town's
        # nominative (though also a word) and a capitalised adjective in its nominative
        if len(words) == 2 and words[1][-3:] in ("ski", "cki", "ska", "cka", "kie") and any(
                "nazwa_geograficzna" in a[3] and ":nom" in a[2] for a in polish.analyse(words[0])) and any(
                a[2].startswith("adj:sg:nom") for a in polish.analyse(words[1].lower())):
            return phrase
        if len(words) == 2 and all(polish.is_geo(w) for w in words) and \
                any(_only_geo(w) or _geo_part(w) for w in words):
            return phrase
        # "Nowy Sącz", "Nowy Targ": a capitalised adjective before a word that is only ever
        # part of a place's name
        if len(words) == 2 and words[0].isalpha() and _geo_part(words[1]) and any(
                a[2].startswith("adj") for a in polish.analyse(words[0])):
            return phrase
        return None
    words = phrase.split()
    if len(words) == 1:
        w = words[0]
        if "-" in w:
            return _hyphenated(w, case)
        if w.isupper() or not polish.is_geo(w) or _vocative_geo(w):
            return None
        return (_named_elsewhere(w, text) or _populous(w, case) or _in_case(w, case)
                or _quarter_reading(w) or polish.geo_nominative(w) or polish.nominative(w))
    if len(words) == 2 and words[1].count("-") == 1:
        joined = _town_and_part(words, text, case)
        if joined:
            return joined
    # "na Czas Wojny": a common noun first is a name of something else, not a town
    # ("Nowy Sącz", "Dolny Śląsk" start with adjectives)
    if not polish.is_geo(words[0]) and any(a[2].startswith("subst") for a in polish.analyse(words[0])):
        if len(words) == 2 and _adjective_and_part(words[0], words[1]):
            # "Nowy Sącz", "Nowy Świętów" in the nominative (a list after "w sołectwach", a
            # card's line): "Nowy" is also a noun ("nowy" in the office), but before a word
            # that is only ever part of a place's name it is the town's adjective
            return phrase
        return None
    if len(words) == 2 and not _cases_agree(words[0], words[1]):
        return None  # "w Przemyślu Punkt Informacji": the town, then another name's first word
    if any(polish.is_geo(w) for w in words) and not any(w.isupper() for w in words):
        whole = polish.nominative(phrase, geo=True)
        return _likelier_town(words, whole) or whole
    return None


def _town_and_part(words: list[str], text: str, case: str | None) -> str | None:
    """"w Podkowie Leśnej-Dębaku", "w Nowym Targu-Kowańcu": a two-word town, then a
    hyphen and the name of its part (a quarter, a settlement), each declined: the town's
    nominative (a pair GeoNames knows) joined to the part's, not the first word alone."""
    second, part = words[1].split("-")
    if not (second[:1].isupper() and part[:1].isupper() and part.isalpha()):
        return None
    town = _geo(f"{words[0]} {second}", "pl", text, case)
    if not town or town not in pltowns.populations():
        return None
    return f"{town}-{polish.geo_nominative(part) or polish.nominative(part) or part}"


def _quarter_reading(word: str) -> str | None:
    """"w Podgórzu" fits Podgórz and Podgórze, neither a town GeoNames knows: the neuter
    "-e", the way a quarter or a land is named after what it lies by ("Zatorze", "Pomorze",
    "Nadodrze"), not a hamlet's masculine twin."""
    cands = _town_readings(word)
    if len(cands) != 2 or any(c in pltowns.populations() for c in cands):
        return None
    short, long_ = sorted(cands, key=len)
    return long_ if long_ == short + "e" and long_.endswith(("rze", "sie", "cie", "le")) else None


def _populous(word: str, case: str | None) -> str | None:
    """"w Krośnie" fits Krosno and Krosna, "w Żukowie" Żukowo and Żuków: the page the
    dictionary cannot settle names the town, the place with far more people (GeoNames), of
    those whose forms fit the case the context asks for."""
    cands = _town_readings(word)
    if len(cands) < 2:
        return None
    if case is not None:
        cands = frozenset(c for c in cands if c in _case_readings(word, case))
    return pltowns.likeliest(cands) if len(cands) > 1 else None


@lru_cache(maxsize=4096)
def _case_readings(word: str, case: str) -> frozenset[str]:
    return frozenset(polish.base_lemma(lemma) for _o, lemma, tag, names in polish.analyse(word)
                     if "nazwa_geograficzna" in names and tag.startswith("subst:")
                     and case in tag.split(":")[2].split("."))


def _vocative_geo(word: str) -> bool:
    """Every place the form could be of is read from a vocative ("Porto" as "Porta!"): no
    place is named in the vocative, so the form is of something else."""
    cases = [tag.split(":")[2:3] for _o, _l, tag, names in polish.analyse(word) if "nazwa_geograficzna" in names]
    return bool(cases) and all(c == ["voc"] for c in cases)


def _cases(word: str) -> set[str]:
    return {c for _o, _l, tag, _n in polish.analyse(word) if tag.startswith(("subst:", "adj:"))
            for c in tag.split(":")[2].split(".")}


def _cases_agree(first: str, second: str) -> bool:
    """The two words of a place's name stand in one case ("Zielonej Górze", "Nowym Targu");
    a word in another case ("Przemyślu Punkt") starts something else. A word the dictionary
    does not know says nothing."""
    a, b = _cases(first), _cases(second)
    return not a or not b or bool(a & b)


def _likelier_town(words: list[str], whole: str) -> str | None:
    """"w Piotrkowie Trybunalskim": the locative fits Piotrków and Piotrkowo; the shorter
    lemma is the likelier town (as for one word), its adjective made to agree with it."""
    if len(words) != 2 or " " not in whole:
        return None
    adjs = [(polish.base_lemma(lemma), tag.split(":")) for _o, lemma, tag, _n in polish.analyse(words[1])
            if tag.startswith("adj:sg:")]
    # the adjective's form says the gender ("Krośnie Odrzańskim" is no feminine Krosna)
    genders = {g[:1] for _l, t in adjs if len(t) > 3 for g in t[3].split(".")}
    cands = sorted({(polish.base_lemma(lemma), tag.split(":")[3][:1])
                    for _o, lemma, tag, names in polish.analyse(words[0])
                    if "nazwa_geograficzna" in names and tag.startswith("subst:sg:")
                    and len(tag.split(":")) > 3 and tag.split(":")[3][:1] in genders},
                   key=lambda c: (len(c[0]), c[0]))
    if not cands or cands[0][0] == whole.split()[0]:
        return None
    head, gender = cands[0]
    adj = adjs[0][0]
    if not adj.endswith(("i", "y")):
        return None
    stem = adj[:-1]
    # masculine: the lemma; feminine "-ska", "-cza"; neuter "-skie", "-ne"
    form = adj if gender == "m" else stem + "a" if gender == "f" else stem + ("ie" if adj.endswith("i") else "e")
    return f"{head} {form[:1].upper()}{form[1:]}"


def _adjective_and_part(adj: str, noun: str) -> bool:
    """An adjective in the masculine nominative ("Nowy", "Stary") before a word Morfeusz knows
    only as a part of a place's name in the nominative ("Sącz", "Targ", "Świętów"): the two
    make one town's name, written as its nominative."""
    return any(a[2].startswith("adj:sg:nom") for a in polish.analyse(adj)) and _geo_part(noun) and any(
        ":nom" in a[2] for a in polish.analyse(noun) if "człon_nazwy_geograficznej" in a[3])


def _geo_part(word: str) -> bool:
    """Morfeusz knows the word as a part of a geographical name ("Sącz", "Targ")."""
    return "człon_nazwy_geograficznej" in {n for a in polish.analyse(word) for n in a[3]}


def _in_case(word: str, case: str | None) -> str | None:
    """The town whose form in the case the context asks for is this word ("Koźla" after
    "uwzględnieniem" is the genitive of Koźle, not the nominative Koźla); the shortest."""
    if case is None:
        return None
    cands = [polish.base_lemma(lemma) for _o, lemma, tag, names in polish.analyse(word)
             if "nazwa_geograficzna" in names and tag.startswith("subst:")
             and case in tag.split(":")[2].split(".")]
    return min(cands, key=len) if cands else None


def _hyphenated(word: str, case: str | None = None) -> str | None:
    """"Kędzierzynie-Koźlu", "na Pradze-Północ": a town or district of capitalised parts
    joined by a hyphen, the first a place name; each declined part in the nominative, an
    undeclined one ("Północ") as written."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts) \
            or not polish.is_geo(parts[0]):
        return None
    # "Bielsku-Białej": Bielsko or Bielsk with Biała; the pair GeoNames knows as a town
    first = _town_readings(parts[0])
    # "Kędzierzyna-Koźla": the second part read alone may be another town's nominative (Koźla);
    # of both parts' readings, the pair GeoNames knows
    known = pltowns.likeliest(frozenset(f"{f}-{g}" for f in first for g in _town_readings(parts[1])))
    if known:
        return known
    if len(first) > 1:
        second = (_in_case(parts[1], case) or polish.geo_nominative(parts[1])
                  or polish.nominative(parts[1]) or parts[1])
        known = pltowns.likeliest(frozenset(f"{f}-{second}" for f in first))
        if known:
            return known
    return "-".join(_in_case(p, case) or polish.geo_nominative(p) or polish.nominative(p)
                    if polish.is_geo(p) else p for p in parts)


def _cyrillic_places(text: str, s: int, e: int, lang: str) -> list[Tagged]:
    out = []
    for m in _CYR_VOIV.finditer(text, s, e):
        out.append(Tagged(nominative(m.group(), lang), Span(m.start(), m.end(), "voivodeship", 0.85)))
    for m in _CYR_PREP.finditer(text, s, e):
        out.extend(_cyrillic_place_list(text, m.end(), e, lang, named=bool(m.group("district"))))
    seg = text[s:e]
    if "(" in seg:
        out.extend(_bracketed_towns(text, s, e, lang))
    out.extend(_dated_line_towns(text, s, e, lang))
    if any(w in seg for w in ("город", "міст", "гмин", "гмін", "пункт")):
        for m in _CYR_SETTLEMENTS_THEN_LIST.finditer(text, s, e):
            out.extend(_cyrillic_place_list(text, m.end(), e, lang))
    for m in _CYR_COMMUNE.finditer(text, s, e) if "гмін" in text[s:e] or "гмин" in text[s:e] else ():
        # "у гміні Кобильниця", "в гмине Лесьна": the commune with its name as written
        out.append(Tagged(f"{m.group(1)}а {m.group(2)}", Span(m.start(), m.end(), "commune", 0.75)))
    low = lowered_line(text[s:e])  # the same length: its offsets index text[s:e]
    for m in _at_words(text, s, low, _CYR_COVERS_HINT, _CYR_COVERS):
        # "охватит также Сопот и Гдыню", "охопить також Гдиню": the towns the work reaches
        out.extend(t for t in _cyrillic_place_list(text, m.end(), e, lang) if t.value not in _countries())
    for m in _at_words(text, s, low, _CYR_RESIDENTS_HINT, _CYR_RESIDENTS):
        # "для жителей Гданьска и Сопота", "мешканців Любліна": the towns whose people it serves
        out.extend(t for t in _cyrillic_place_list(text, m.end(), e, lang) if t.value not in _countries())
    for m in _CYR_TRIP.finditer(text, s, e) if _CYR_TRIP_HINT.search(text, s, e) else ():
        out.extend(_cyrillic_place_list(text, m.end(), e, lang))
    for m in _CYR_REGION_ON.finditer(text, s, e) if "на " in text[s:e] else ():
        while m:  # "на Подляшье и Подкарпатье": a list of regions
            name = m.group(1)
            ending = next(k for k in _CYR_REGION_END if name.endswith(k))
            out.append(Tagged(name[:-len(ending)] + _CYR_REGION_END[ending],
                              Span(m.start(1), m.end(1), "region_phrase", 0.7)))
            m = _CYR_REGION_NEXT.match(text, m.end(), e)
    for m in _CYR_ACH.finditer(text, s, e):
        if text[max(s, m.start() - 4):m.start() + 2].lower() == "рамках":
            continue  # "в рамках Модели интеграции": within a programme, no place
        if _CYR_PLACES_OF.search(text, max(s, m.start() - _PLACES_OF_REACH), m.start() + 2):
            out.extend(_cyrillic_place_list(text, m.end() - 1, e, lang))
    for rx in _cyrillic_gazetteer():
        for m in rx.finditer(text, s, e):
            value = nominative(m.group(1).capitalize(), lang)
            out.append(Tagged(value, Span(m.start(1), m.end(1), "place_phrase", 0.7)))
    return out


_CYR_COMMUNE = re.compile(r"(?<![\w])(гмін|гмин)(?:і|е|а|и|ою|ой)\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(?![\w])")
# "поїздки до Устроня", "экскурсии в Краков": trips to a town
_CYR_TRIP = re.compile(r"(?<![\w])(?:поїздк\w*|поездк\w*|візит\w*|визит\w*|екскурсі\w*|экскурси\w*|"
                       r"виїзд\w*|выезд\w*|"
                       # the verbs of going, as the Polish list has them ("поїхали до Красичина",
                       # "приехали в Люблин", "переїхали до Кракова")
                       r"(?:по|при|пере|ви|вы)[їi]?(?:ха|хал|хав|жджа|зжа|жа|еха|езжа)\w*)"
                       r"(?:\s+\w+)?\s+(?:до|в|у)\s+(?=[А-ЯЁІЇЄҐ])", re.IGNORECASE)
_CYR_RESIDENTS = re.compile(r"(?<![\w])(?i:жител\w*|мешканц\w*|мешканк\w*)(?:\s+(?:города|міста))?\s+"
                            r"(?=[А-ЯЁІЇЄҐ])")
_CYR_RESIDENTS_HINT = ("жител", "мешкан")
_CYR_COVERS = re.compile(r"(?<![\w])(?i:охват(?:ит|ывает|ил[аои]?|ят)|охоп(?:ить|лює|ив|ила|лять))\s+"
                         r"(?i:(?:также|тоже|також|теж)\s+)?(?=[А-ЯЁІЇЄҐ])")
_CYR_COVERS_HINT = ("охват", "охоп")
_CYR_TRIP_HINT = CI("поїздк|поездк|візит|визит|екскурс|экскурс|виїзд|выезд|їха|їжджа|еха|езжа")
# a historical region after "на", in the locative: "на Подляшье", "на Львовщине",
# "на Люблінщині", "на Підкарпатті", "на Поділлі"; its nominative by the ending
_CYR_REGION_END = {"щине": "щина", "щині": "щина", "ье": "ье", "тті": "ття", "ллі": "лля",
                   "шші": "шшя", "жжі": "жжя", "ссі": "сся", "ччі": "ччя"}
_CYR_REGION_ON = re.compile(r"(?<![\w])[нН]а\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?:" +
                            "|".join(_CYR_REGION_END) + r"))(?![\w])")
_CYR_REGION_NEXT = re.compile(r"(?:\s*,\s*|\s+(?:и|і|та|й)\s+)(?:на\s+)?([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?:" +
                              "|".join(_CYR_REGION_END) + r"))(?![\w])")
_CYR_PREP = re.compile(r"(?<![\w])(?:[вВ]|[вВ]о|[уУ]|на\s+территории|на\s+території|"
                       # a district's noun, its names after it in the nominative ("в районе Нова
                       # Хута", "у школах районів Прага-Пулноц, Воля і Бемово")
                       r"(?P<district>район(?:ах|ів|ов|і|е)?))\s+(?=[А-ЯЁІЇЄҐ])")
# "в трёх городах: Люблин, Хелм и Замостье", "у містах – Люблін, Холм": a settlement's plural
# noun and then its list (the Cyrillic _SETTLEMENTS_THEN_LIST)
_CYR_SETTLEMENTS_THEN_LIST = re.compile(r"(?<![\w])(?:городах|городов|містах|міст|гминах|гмінах|гмин|гмін|"
                                        r"(?:населённых|населенных|населених)\s+пунктах)"
                                        r"(?![а-яёіїєґ])[^:\n.]{0,40}?\s*[:–—]\s*(?=[А-ЯЁІЇЄҐ])")
# "Бяла-Подляске": a hyphen joins the capitalised parts of one name
_CYR_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]+)*")
# (the disjunctions too, as _LIST_SEP's "lub"/"albo"/"or": "во Вроцлаве, Олеснице или Тшебнице")
_CYR_SEP = re.compile(r"\s*(?:,|\sи\s|\sі\s|\sй\s|\sта\s|\sили\s|\sлибо\s|\sабо\s|\sчи\s)\s*")


def _cyrillic_place_list(text: str, pos: int, e: int, lang: str, named: bool = False) -> list[Tagged]:
    """"в Познани и Гнезно", "у Перемишлі та Ярославі": geographic names by pymorphy (named:
    after a district's noun, where a two-word name stays in the nominative, as written)."""
    out, p = [], pos
    while p < e:
        pair = _CYR_PAIR.match(text, p, e)
        town = pair and _cyr_pair_town(pair.group(1), pair.group(2), lang)
        if pair and not town and named and _cyr_named_pair(pair.group(1), pair.group(2), lang):
            town = pair.group()  # "в районе Нова Хута": the district's name, not "Нова" alone
        m = pair if town else _CYR_WORD.match(text, p, e)
        if not town and m and "-" in m.group():
            from ngo_atlas.extract.cyrtowns import hyphenated_town

            town = hyphenated_town(m.group(), lang) or _cyr_hyphenated(m.group(), lang)
        if not town and out and m and not pair and "-" not in m.group():
            # "в Гнезно и Конине": listed with a town, a Polish town whose form is also a
            # Russian or Ukrainian word (конина); the Polish dictionary knows the town
            from ngo_atlas.extract.cyrtowns import polish_town

            town = None if _is_cyr_geo(m.group(), lang) else polish_town(m.group(), lang)
        if not town and (not m or not _is_cyr_geo(m.group(), lang) or _cyr_common_word(m.group(), lang)):
            break
        if _CYR_REGION_NOUN.match(text, m.end(), e):
            break  # "во Вроцлаве и Нижнесилезском воеводстве": the region is read whole above
        if "-" not in m.group() and _CYR_ADJ_END.search(m.group()) and _CYR_LOWER_NEXT.match(text, m.end(), e):
            break  # "в Нижнесилезском воеводском управлении": an office's adjective, no place
        town = town or _written_nominative(_cyr_town(m.group(), lang), m.group(), text, lang)
        out.append(Tagged(town, Span(m.start(), m.end(), "place_phrase", 0.7)))
        sep = _CYR_SEP.match(text, m.end(), e)
        if not sep:
            break
        p = sep.end()
    return out


def _written_nominative(guess: str, form: str, text: str, lang: str) -> str:
    """A Ukrainian town's nominative as the page writes it elsewhere ("з гміною Свідник")
    where the guess from "у Свідніку" differs only by the vowel that alternates in a closed
    syllable (і with и, о or е: "Свідник"/"Свідніку", "Львів"/"Львова")."""
    if lang != "uk" or "і" not in guess or " " in guess:
        return guess
    pat = re.escape(guess).replace("і", "[іиое]")
    for m in re.finditer(rf"(?<![\w'’-]){pat}(?![\w'’-])", text):
        if m.group() not in (guess, form):
            return m.group()
    return guess


def _cyr_hyphenated(word: str, lang: str) -> str | None:
    """"Бельске-Подляском" -> "Бельск-Подляский": a town and its adjective joined by a hyphen."""
    first, _, second = word.partition("-")
    if not second[:1].isupper() or not _is_cyr_geo(first, lang) or not re.search(
            r"(?:ском|ськ\w+|ской|ском|ском)$", second):
        return None
    if _MASC_ADJ_LOC.search(second) and re.search(r"[^аеёиоуыэюяєіїь]ц[іе]$", first):
        # "в Острівці-Свентокшиському": a masculine adjective, so the town's noun is a
        # masculine "-ець" (Polish -ec), not a feminine "Острівка"
        first_nom = first[:-2] + ("ець" if lang == "uk" else "ец")
    else:
        first_nom = _cyr_town(first, lang)
    adj = nominative(second, lang)
    if re.search(r"[^аеёиоуыэюяєії]$", first_nom) and re.search(r"(?:ська|ская|ское|ське)$", adj):
        # the adjective agrees with the town's noun, a masculine one here ("Остшовець"), though
        # the page declined it as a feminine ("Остшовці-Свєнтокшиській")
        adj = re.sub(r"(?:а|ая|ое|е)$", "ий", adj)
    return f"{first_nom}-{adj}"


# a masculine (or neuter) adjective's locative: uk "-ському", "-ськім", ru "-ском"
_MASC_ADJ_LOC = re.compile(r"(?:ськ(?:ому|ім)|ск(?:ом|им))$")


# a capitalised adjective's case ending ("Нижнесилезском", "Мазовецкое", "Мазовецькому") and a
# lower-case word after it: the adjective names a body or a thing ("… воеводском управлении")
# (not a bare "-ске", the locative of a town in "-ск": "в Слупске и Гданьске")
_CYR_ADJ_END = re.compile(r"(?:(?:ск|цк|зк)(?:ом|ое|ой|ий|ая|их|ого)|(?:ськ|цьк|зьк)(?:ому|ій|ий|е|а|их|ого|ої))$")
_CYR_LOWER_NEXT = re.compile(r"[^\S\n]+(?!(?:либо|также|також|або|или)\b)[а-яёіїєґ]{4,}")
_CYR_REGION_NOUN = re.compile(r"\s+(?:воеводств|воєводств|област|район|повіт|повят|повет|гмин)")
_CYR_PAIR = re.compile(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[^\S\n]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)(?![\w-])")


def _cyr_pair_town(adj: str, noun: str, lang: str) -> str | None:
    """"у Новому Сончі": a two-word town, unless the noun heads a body's name ("в Люблинском
    Центре") or is a first name."""
    from ngo_atlas.extract.cyrtowns import two_word_town
    from ngo_atlas.extract.organisations import _cyr_head, is_org_head
    from ngo_atlas.lang.slavic import is_first_name

    if is_org_head(noun) or _cyr_head(noun) or is_first_name(noun, lang):
        return None
    town = two_word_town(adj, noun, lang)
    if town is None and _is_region_noun(noun, lang):
        # "в Нижней Силезии", "у Нижній Сілезії": a region the dictionary knows, whole
        town = nominative(f"{adj} {noun}", lang)
    return town


def _cyr_named_pair(adj: str, noun: str, lang: str) -> bool:
    """Two capitalised words in the nominative after a district's noun, the first an
    adjective's short Polish-looking form ("Нова", "Новы", "Стары") and the second no body's
    head word nor a first name: one name ("Нова Хута", "Новы Двур")."""
    from ngo_atlas.extract.organisations import _cyr_head, is_org_head
    from ngo_atlas.lang.slavic import is_first_name

    return adj[-1] in "аиыяео" and noun[-1] not in "ієу" and not (
        is_org_head(noun) or _cyr_head(noun) or is_first_name(noun, lang))


def _is_region_noun(noun: str, lang: str) -> bool:
    """The dictionary reads the noun as a place and the word before it may agree with it."""
    from ngo_atlas.lang.slavic import word_parses

    return any("Geox" in str(p.tag) for p in (word_parses(noun, "ru") or [])[:2]) or (
        lang == "uk" and noun.endswith(("ії", "ії")) and _is_cyr_geo(noun, lang))


def _cyr_town(word: str, lang: str) -> str:
    """Nominative of a town after "в/у". Polish towns in "-sk" unknown to the dictionaries
    ("у Слупську", "в Плоньске") drop the locative ending; the guesser would invent a
    feminine "Слупська"."""
    from ngo_atlas.lang.slavic import word_is_known

    low = word.lower()
    unknown = not word_is_known(low, "uk") and not word_is_known(low, "ru")
    if "-" not in word and not word_is_known(low, "uk" if lang == "uk" else "ru"):
        from ngo_atlas.extract.cyrtowns import polish_town

        town = polish_town(word, lang)  # "в Хелме": Chełm in the Polish dictionary, so "Хелм"
        if town:
            return town
    elif lang == "ru" and "-" not in word and _common_noun_only(word):
        from ngo_atlas.extract.cyrtowns import polish_settlement

        town = polish_settlement(word, lang)  # "в Крынки": Krynki, not the jug "крынка"
        if town:
            return town
    if re.search(r"(?:ськ|ск|цьк|цк)[уеі]$", low) and unknown:
        return word[:-1]
    if lang == "uk":
        from ngo_atlas.extract.cyrtowns import ukrainian_iv, ukrainian_masculine_i

        guessed = ukrainian_iv(word, nominative(word, lang))
        return ukrainian_masculine_i(word, guessed) if unknown else guessed
    return nominative(word, lang)


# a Ukrainian dictionary tag whose gender comes after the animacy ("NOUN,inan masc"): the
# order VESUM's common nouns take ("відділ", "хартія"); its proper nouns put the gender
# first ("NOUN,masc,inan": "Люблін", "Перемишль", "Познань")
_UK_COMMON_TAG = re.compile(r"NOUN,inan(?:[ ,]|$)")


@lru_cache(maxsize=4096)
def _cyr_common_word(word: str, lang: str) -> bool:
    """A capitalised word after "в/у" that names an office or a thing, no town: a Ukrainian
    common noun ("у Відділі у справах іноземців", "у Хартії"), known to the Ukrainian
    dictionary only so, or a Polish body's noun spelled in Cyrillic ("в Ужонд воеводский":
    urząd). A country ("в Україні") or a Polish town the spelling finds stays a place."""
    from ngo_atlas.extract.cyrtowns import polish_common_noun, polish_town
    from ngo_atlas.extract.organisations import is_org_head
    from ngo_atlas.lang.slavic import word_is_known, word_parses

    if "-" in word or nominative(word, lang) in _countries():
        return False
    noun = polish_common_noun(word, lang)
    if noun and is_org_head(noun.capitalize()):
        return True
    if lang != "uk" or not word_is_known(word.lower(), "uk"):
        return False
    if any("Geox" in str(p.tag) for p in word_parses(word, "ru")[:3]):
        return False
    nouns = [str(p.tag) for p in word_parses(word, "uk") if p.tag.POS == "NOUN"]
    return bool(nouns) and all(_UK_COMMON_TAG.match(t) for t in nouns) and polish_town(word, lang) is None


@lru_cache(maxsize=20_000)
def _is_cyr_geo(word: str, lang: str) -> bool:
    """A place name: Geox in the Russian dictionary; the Ukrainian one has no such tag, so
    there an inanimate noun that is no person's name (after "в/у", where this is asked)."""
    try:
        from ngo_atlas.lang.slavic import word_is_known, word_parses
    except ImportError:
        return False
    from ngo_atlas.extract.organisations import _cyr_head, is_org_head

    if is_org_head(word) or _cyr_head(word):
        return False
    ru = word_parses(word, "ru")  # cached, shared with the other finders
    if ru and any("Geox" in str(p.tag) for p in ru[:3]):
        return True
    if ru and str(ru[0].tag).startswith("ADJF"):
        return False
    if lang == "ru" and _common_noun_named(word):
        return False
    uk = word_parses(word, "uk")
    if not uk:
        return False
    if lang == "uk" and word_is_known(word.lower(), "uk"):
        from ngo_atlas.extract.cyrtowns import word_named_village

        if word_named_village(word, "uk"):
            return False  # "у Лісі", "у Горі": a forest, a hill, not the Polish village Lis or Góra
    # "у Гданську": the adjective reading comes first, the town's noun reading after it
    for parse in uk[:3]:
        tag = str(parse.tag)
        if tag.startswith("NOUN") and "inan" in tag and not any(
                g in tag for g in ("Name", "Surn", "Patr")):
            return True
    return not word_is_known(word.lower(), "ru") and not word_is_known(word.lower(), "uk")


def _common_noun_only(word: str) -> bool:
    """The Russian dictionary knows the capitalised word only as a common noun (no place,
    first name, surname or patronymic reading): "Крынки" (крынка, a jug), "Конине" (конина).
    (The Ukrainian dictionary tags no places, so there every town reads so: not asked.)"""
    from ngo_atlas.lang.slavic import word_parses

    parses = word_parses(word, "ru") or []
    return bool(parses) and all(str(p.tag).startswith("NOUN") and not any(
        g in str(p.tag) for g in ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")) for p in parses[:3])


def _common_noun_named(word: str) -> bool:
    """"в Совет по делам беженцев", "в Школе польского языка", "в Пункт информации": a
    body's name opens with a capitalised common noun that the Russian dictionary knows with
    no place reading (it tags places Geox) and that is no Polish town's form. (The Ukrainian
    dictionary has no such tag and knows "Перемишлі", "Замості" as plain nouns: not asked.)"""
    from ngo_atlas.extract.cyrtowns import polish_town, word_named_village
    from ngo_atlas.lang.slavic import word_is_known, word_parses

    if not word_is_known(word.lower(), "ru"):
        return False
    parses = word_parses(word, "ru")
    if any("Geox" in str(p.tag) for p in parses):
        return False
    # (a Polish village named by a word that is a common noun in both languages, "в Бору",
    # "в Поле", "в Горе", does not outweigh the Russian noun: only a town does)
    return all(str(p.tag).startswith("NOUN") and "Name" not in str(p.tag) and "Surn" not in str(p.tag)
               for p in parses[:2]) and (polish_town(word, "ru") is None or word_named_village(word, "ru"))


@lru_cache(maxsize=1)
def _cyrillic_gazetteer() -> list[re.Pattern[str]]:
    out = []
    for canon, forms in lexicon()["gazetteer"].items():
        if is_cyrillic(canon) or canon == "Polska":
            out.append(re.compile(r"(?:^|\s)(?:в|у|во)\s+(" + alternation(forms) + r")(?![\w])",
                                  re.IGNORECASE))
    return out


def _dedupe(items: list[Tagged]) -> list[Tagged]:
    out: list[Tagged] = []
    for t in items:
        if t.value and not any(t.value.casefold() == x.value.casefold() for x in out):
            out.append(t)
    # a form the dictionary could not put in the nominative ("в Лукуве") beside the
    # labelled nominative ("Место реализации: Лукув") is the same town
    # "gmina Tolkmicko" found, the bare "Tolkmicko" read from the same words is that commune
    communes = {x.value.split(None, 1)[1].casefold() for x in out if _COMMUNE_NOM.match(x.value)}
    out = [t for t in out if t.value.casefold() not in communes]
    # "w Ostrowcu" beside "w Ostrowcu Świętokrzyskim": the short form of the town named in full
    full = {x.value.split()[0] for x in out if len(x.value.split()) == 2 and x.value.split()[1][:1].isupper()}
    out = [t for t in out if t.value not in full]
    labelled = [x.value for x in out if x.span is not None and x.span.rule.startswith("label")]
    return [t for t in out if t.value in labelled or not any(_inflected_of(t.value, n) for n in labelled)]


def _inflected_of(form: str, base: str) -> bool:
    """"Лукуве" of "Лукув", "Lukowie" of "Lukow": one word, the base plus an ending."""
    return (" " not in base and len(base) >= 4 and form.startswith(base[:-1])
            and 0 < len(form) - len(base) <= 3 and form != base)


# "Miasto Rzeszów", "budżet Miasta Rzeszowa", "Gmina Miejska Kraków", "m.st. Warszawa",
# "City of Gdynia", "Город Гданьск", "Місто Вроцлав": a town that pays for the project
# ("бюджет города Кракова", "бюджет міста Кракова", "Гміна Місто Краків": the same in Russian
# and Ukrainian)
_CITY_FUNDER = re.compile(
    r"^(?:budżet\w*\s+|budget\s+of\s+(?:the\s+)?|бюджет\w*\s+)?(?:Miast[oa](?:\s+Stołeczne\w*)?|"
    r"Gmin[ay](?:\s+Miejsk\w+|\s+Miast[oa])?|"
    r"m\.\s?st\.|City\s+of|Municipality\s+of|(?:[ГгҐґ]м[іи]н\w*\s+)?(?:Город\w*|город\w*|Міст[оа]|міст[оа])|"
    r"[ГгҐґ]м[іи]н[аиіы])\s+"
    r"(?P<town>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+)?)$")


_HEADER_LINES = 6  # the page's first lines: its owner's name and town stand there
_OWNER_TOWN = re.compile(r"^(?P<org>.+?)\s+[–—·|,-]\s+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+"
                         r"(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+)?)$")


def header_town(text: str, lang: str, end: int) -> Tagged | None:
    """The town a page's owner gives under or beside its name at the top ("Fundacja X\n
    Łódź", "Fundacja Most Kultur – Toruń"): where its listed projects run when they name no
    place of their own. Only a Polish town in the nominative, on a line of its own."""
    from ngo_atlas.extract.organisations import is_org_head

    if lang != "pl":
        return None
    pos, seen, prev_org = 0, 0, False
    while pos < end and seen < _HEADER_LINES:
        le = text.find("\n", pos, end)
        le = end if le < 0 else le
        line = text[pos:le].strip()
        if line:
            seen += 1
            m = _OWNER_TOWN.match(line)
            town = line if prev_org else None
            if m and any(is_org_head(w) for w in m.group("org").split()[:3]):
                town = m.group("town")
            if town and _nominative_town(town):
                return Tagged(town, Span(pos + text[pos:le].find(town), pos + text[pos:le].find(town) + len(town),
                                         "header_town", 0.6))
            prev_org = any(is_org_head(w) for w in line.split()[:3])
        pos = le + 1
    return None


def owner_town_places(text: str, projects: list, lang: str) -> None:
    """Projects that name no place take the town the page's owner gives at the top."""
    if not projects or all(p.places for p in projects):
        return
    first = min((p.spans["title"].start for p in projects if "title" in p.spans), default=len(text))
    town = header_town(text, lang, min(len(text), max(first, 1)))
    for p in projects if town else ():
        if not p.places:
            p.places.append(Tagged(town.value, town.span))


def _nominative_town(name: str) -> bool:
    """A town's name as the dictionary gives it in the nominative ("Łódź", "Nowy Targ")."""
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:  # "Chrzanów": a town's own nominative (other towns may share the form)
        return any(lemma.split(":")[0] == name and "nazwa_geograficzna" in names and "nom" in tag
                   for _o, lemma, tag, names in polish.analyse(name))
    return any(polish.is_geo(w) for w in words) and polish.nominative(name, geo=True) == name


def funder_town(funder: str, lang: str) -> str | None:
    """The town of a city or commune that funds the project, in the nominative: a town pays
    for work done in it, so it is one of the project's places."""
    m = _CITY_FUNDER.match(funder.strip())
    if m is None:
        return None
    town = m.group("town")
    if is_cyrillic(town):
        # "Гміна Бельсько-Бяла" names the town in the nominative; "бюджет міста Кракова" in
        # the genitive
        genitive = funder.lstrip().lower().startswith("бюджет")
        return nominative(town, lang) if lang in ("ru", "uk") and genitive else town
    if lang in ("ru", "uk"):
        return None  # "Projekt współfinansuje Gmina Miejska Kraków" on a Ukrainian page: a
        # Polish line; the page's places are named in its own script
    if lang == "en" or " " in town:
        return town if " " not in town else polish.nominative(town, geo=True)
    return polish.geo_nominative(town) or town

