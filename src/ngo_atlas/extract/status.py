"""Project status (completed / ongoing / planned) only where the text says so."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.dates import find_dates
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.stagepart import stage_ended
from ngo_atlas.extract.text import CI, cue, lowered
from ngo_atlas.model import Span

# Polish perfective past in any person and gender ("zakończyliśmy projekt",
# "zrealizowałyśmy zadanie", "projekt się skończył"): the word lists hold third persons only
# (not a count of them in the genitive plural: "Od 2015 roku zrealizowaliśmy ponad 30 projektów"
# is the body's record, no one project's end)
_PAST_PL = cue(
    r"(?:zakończy|zrealizowa|skończy)(?:ł|ła|ło|li|ły)(?:em|am|śmy|ście)?"
    r"\s+(?:\w+\s+){0,2}?(?:projekt(?!ów)|zadanie|przedsięwzięcie)\w*|"
    r"(?:projekt|zadanie)\w*\s+się\s+(?:za)?kończy(?:ł|ła|ło)(?![\w])|"
    # the object first, the verb in the first or second person ("Projekt zakończyliśmy!",
    # "Projekt „Razem” zrealizowałyśmy z …"): the noun in the accusative, so not "projektu"
    r"(?:projekt|zadanie|przedsięwzięcie)(?:\s*(?:„[^”\n]{1,150}”|«[^»\n]{1,150}»))?\s+(?:już\s+)?"
    r"(?:zakończy|zrealizowa|skończy)(?:ł|ła|ło|li|ły)(?:em|am|śmy|ście)(?![\w])|"
    # closing it: "zamknęliśmy nasz projekt „…”" (the accusative noun, at most a determiner
    # between: not "zamknęliśmy nabór do projektu", a call's end)
    r"zamkn(?:ął|ęła|ęło|ęli|ęły)(?:em|am|śmy|ście)?\s+(?:[^\W\d]+\s+)?"
    r"(?:projekt|zadanie|przedsięwzięcie)(?![\w])|"
    # the perfective participle in the genitive or instrumental, agreeing with the singular
    # noun and its quoted name ("rezultatem projektu „…”, zrealizowanego przez Fundację X",
    # "zadaniem zakończonym w 2023 r."); not the plural of a list ("projektach zakończonych")
    r"(?:projekt(?:u|em)|zadani(?:a|em)|przedsięwzięci(?:a|em))(?:\s+[^\W\d]+)?"
    r"(?:\s*(?:„[^”\n]{1,200}”|«[^»\n]{1,200}»))?\s*,?\s*(?:zrealizowan|zakończon)(?:ego|ym)(?![\w])")

# a closing event or summing-up of the project says it has ended: "konferencja zamykająca
# projekt", "podsumował projekt", "the closing conference of the project", "итоговая
# конференция проекта", "підбив підсумки проєкту"
# (a closing conference only once it took place: "Zapraszamy na konferencję podsumowującą
# projekt" invites to one still ahead)
_CLOSING = cue(
    r"(?:odbył\w*\s+się|took\s+place|was\s+held|прош(?:ёл|ел|ла|ло|ли)|состоял\w*|відбул\w*|"
    r"відбув\w*)\s+(?:\S+\s+){0,4}?(?:zamykając|kończąc|podsumowując|closing|итогов|заключительн|"
    r"підсумков|заключн)\w*\s+(?:\S+\s+){0,2}?(?:projekt|zadani|project|проект|проєкт)\w*|"
    r"podsumowa(?:ł|ła|ło|li|ły)(?:śmy)?\s+(?:\w+\s+)?(?:projekt|zadani)\w*|summed\s+up\s+the\s+project|"
    r"подв[её]л\w*\s+итоги\s+проект\w*|підби(?:в|ла|ли)\s+підсумки\s+проєкт\w*")
# a project getting under way or running on: "rozpoczyna realizację", "начинает реализацию",
# "we have been working on", "will run until 31 March" (the end still ahead)
_UNDERWAY = cue(
    r"rozpoczyna(?:my|ją)?\s+realizacj\w*|начина(?:ет|ют|ем)\s+реализаци\w*|"
    # the same begun: "rozpoczęło realizację", "розпочало реалізацію", "начал реализацию"
    # (a possessive between: "Stowarzyszenie rozpoczęło jego realizację w kwietniu")
    r"rozpocz(?:ął|ęła|ęło|ęli|ęły|ęliśmy|ęłyśmy)\s+(?:(?:jego|jej|ich|swoją|naszą)\s+)?realizacj\w*|розпоча(?:в|ла|ло|ли)\s+реалізаці\w*|"
    # the same begun by setting about it: "przystąpiło do realizacji", "приступило к реализации"
    r"przystąpi(?:ł|ła|ło|li|ły|liśmy|łyśmy)\s+do\s+realizacji|приступи(?:л|ла|ло|ли)\s+к\s+реализаци\w*|"
    # (its imperfective present: "Kuratorium przystępuje do realizacji projektu")
    r"przystępuj(?:e|ą|emy)\s+do\s+realizacji|приступа(?:ет|ют|ем)\s+к\s+реализаци\w*|"
    r"приступа(?:є|ють|ємо)\s+до\s+реалізаці\w*|"
    r"приступи(?:в|ла|ло|ли)\s+до\s+реалізаці\w*|"
    r"начал[аои]?\s+реализаци\w*|started\s+(?:the\s+)?implementation|"
    # a bare "we are starting" closing a heading or sentence: "Nadbużańskie Spotkania – rozpoczynamy!"
    # ("rozpoczynamy nabór" starts a call, and has its object)
    r"(?:rozpoczynamy|startujemy|ruszamy|zaczynamy|починаємо|розпочинаємо|стартуємо|начинаем|стартуем)"
    r"(?=[^\S\n]*[!.]|[^\S\n]*\n)|"
    r"розпочина(?:є|ють|ємо)\s+реалізаці\w*|(?:has|have)\s+been\s+working|"
    r"will\s+(?:run|last|continue)\s+until|продлится\s+до|продолжится\s+до|триватиме\s+до|"
    r"potrwa\s+(?:(?:co\s+najmniej|jeszcze|aż)\s+)?do(?![\w])")
# a project that has not begun yet: the negated past of starting, the project's noun in the
# nominative before it ("Projekt jeszcze się nie zaczął", "Program nie rozpoczął jeszcze
# realizacji", "The project has not yet started", "Проект ещё не начал работу", "Проєкт ще не
# розпочав роботу"), or the future of starting with "realizacja" as its object, any person
# ("od 1 kwietnia rozpoczniemy realizację projektu", "начнём реализацию", "розпочнемо реалізацію")
_NOT_YET = cue(
    r"(?:projekt|program|project|programme|проект|проєкт|программа|програма)\s+(?:[^\s,.;!?]+\s+){0,3}?"
    r"(?:(?:jeszcze\s+)?(?:się\s+)?nie\s+(?:jeszcze\s+)?(?:rozpocz(?:ął|ęła|ęło)|zacz(?:ął|ęła|ęło)|"
    r"ruszył[aoy]?|wystartował[aoy]?)|(?:has|had)\s*(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:started|begun)|"
    r"(?:ещё|еще)\s+не\s+(?:начал\w*|стартовал\w*)|ще\s+не\s+(?:розпоча\w*|почал\w*|почав\w*|стартува\w*))|"
    r"(?:rozpoczniemy|zaczniemy|rozpoczną|zaczną|начн(?:ём|ем|ут)|розпочн(?:емо|уть)|почн(?:емо|уть))\s+"
    r"(?:realizacj|реализаци|реалізаці)\w*")
# A programme said to run or to have ended, the noun right beside its verb: "Kontynuujemy
# program bezpłatnej pomocy prawnej", "Program realizowany jest od 1 lipca", "Програма
# реалізується", "Program zakończył się w 2023 r." (not "Program trwa od … do …": a regranting
# scheme's period, which the golds leave without a status as often as not). The noun stands
# alone, nominative or accusative: a named funding programme ("Program Aktywni Obywatele jest
# realizowany przez …", "w ramach programu X") is someone else's scheme, not the record's state.
_PROG_NOM = r"(?:program|programme|програма|программа)"
_PROG_ACC = r"(?:program|programme|програму|программу)"
_PROGRAMME_RUNS = cue(
    _PROG_NOM + r"\s+(?:(?:jest\s+)?realizowany(?:\s+jest)?|jest\s+kontynuowany|"
    r"реалізується|реализуется|is\s+(?:being\s+)?(?:implemented|run))(?![\w])|"
    r"(?:kontynuujemy|realizujemy|prowadzimy|продовжуємо|реалізуємо|продолжаем|реализуем|"
    r"we\s+(?:are\s+)?(?:continuing|running|implementing|continue|run|implement))\s+(?:[^\W\d]+\s+)?"
    + _PROG_ACC + r"(?![\w])")
_PROGRAMME_DONE = cue(
    _PROG_NOM + r"\s+(?:zakończył\s+się|został\s+(?:zakończony|zrealizowany)|(?:był\s+)?realizowany\s+był|"
    r"był\s+realizowany|trwał|завершився|завершилася|завершился|завершилась|закінчився|закончился|"
    r"was\s+(?:completed|implemented)|ended)(?![\w])|"
    r"(?:zakończyliśmy|zrealizowaliśmy|zakończyłyśmy|zrealizowałyśmy|завершили|реалізували|реализовали|"
    r"we\s+(?:completed|implemented))\s+(?:[^\W\d]+\s+)?" + _PROG_ACC + r"(?![\w])")
_PROGRAMME_WORDS = ("program", "програм")
_NOT_YET_WORDS = (" nie ", "not", "n't", " не ", "rozpoczniemy", "zaczniemy", "rozpoczną", "zaczną", "начн",
                  "розпочн", "почн")
_CLOSING_WORDS = ("zamykaj", "kończąc", "podsumow", "closing", "summed up", "итог", "заключ", "підсум")
_UNDERWAY_WORDS = ("rozpoczyna", "начина", "розпочина", "been working", "until", "продлится", "rozpoczę",
                   "przystąpi", "приступи", "przystępuj", "приступа",
                   "rozpoczął", "розпоча", "начал", "started", "startujemy", "ruszamy", "zaczynamy",
                   "починаємо", "стартуємо", "стартуем",
                   "продолжится", "триватиме", "potrwa")
# "will run until", "триватиме до": ongoing, unless the same sentence says it starts later
_RUNS_ON = re.compile(r"will\s|продл|продолж|тривати|potrwa", re.IGNORECASE)


def either_e(pattern: str) -> str:
    """A cue pattern where Cyrillic е and ё stand for each other: Russian writes ё or leaves
    it as е at will ("проект завершён" / "завершен", "начнётся" / "начнется"), so a cue
    written one way must read the other."""
    return _E_YO.sub("[её]", pattern)


_E_YO = re.compile("[её]")


@lru_cache(maxsize=1)
def _list_cues() -> list[tuple[str, CI]]:
    st = lexicon()["list_status"]
    return [(k, CI(r"(?<![\w])(?:" + either_e(alternation(st[k])) + r")(?![\w])")) for k in ("completed", "ongoing")]


def list_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """"Projekty zakończone", "Poniżej przedstawiamy projekty zrealizowane przez …": the
    heading or intro of a list page gives the status of every item it lists."""
    for key, rx in _list_cues():
        m = rx.search(text, s, e)
        if m:
            return key, Span(m.start(), m.end(), f"list_status:{key}", 0.7)
    return None


# a list's section heading that is only a status: "ZREALIZOWANE", "Realizujemy teraz",
# "Completed", "Поточні проєкти", "Заплановані" (any case; "projekty"/"projects" may join it)
_NOUN = r"(?:\s+(?:projekty|projekt|projects|проекты|проєкти|zadania))?"
_SECTION = [(k, re.compile(r"^\s*(?:projekty\s+|projects\s+|проекты\s+|проєкти\s+)?(?:" + rx + r")" + _NOUN
                           + r"(?:\s+(?:teraz|obecnie|now|сейчас|зараз))?\s*:?\s*$", re.IGNORECASE))
            for k, rx in (
    # (a card's badge in the singular too: "ZAKOŃCZONY", "AKTUALNY", "W TRAKCIE", "ЗАВЕРШЕНО", "ТРИВАЄ")
    ("completed", r"zrealizowan[eya]|zakończon[eya]|archiwaln[eya]|archiwum|completed|finished|past|archived?|"
                  r"завершенн?ые|реализованные|завершені|реалізовані|архів|архив|завершен[оаий]|завершений|"
                  r"завершённый|завершенный"),
    # (a card's cell too: "trwa | 2023–2024", "w trakcie realizacji | …")
    ("ongoing", r"w\s+realizacji|w\s+toku|w\s+trakcie(?:\s+realizacji)?|trwa|realizowan[eya]|realizujemy|"
                r"trwając[eya]|aktualn[eya]|"
                r"bieżąc[eya]|ongoing|current|in\s+progress|текущие|текущий|реализуемые|реализуем|поточні|поточний|"
                r"реалізуємо|тривають|триває"),
    ("planned", r"planowan[eya]|zaplanowan[eya]|upcoming|planned|планируемые|заплановані|плановані|запланован[оаий]"))]


_BADGE_LINES = 3


def badge_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """A card's badge: a status-only line among the record's first lines, next to its title
    ("Razem łatwiej\nTrwający\nOkres realizacji: …", "ЗАВЕРШЕНО\nНазва проєкту")."""
    pos, seen = s, 0
    while pos < e and seen < _BADGE_LINES:
        nl = text.find("\n", pos, e)
        le = e if nl == -1 else nl
        if text[pos:le].strip():
            seen += 1
            found = section_status(text, pos, le)
            if found:
                return found[0], Span(pos, le, f"badge_status:{found[0]}", 0.8)
            cell = cell_status(text, pos, le)
            if cell:
                return cell
        elif seen:
            break  # a badge sits in its card's first block: past a blank line is the next section's heading
        pos = le + 1
    return None


# a card's meta line of short cells, one of them its status: "trwa | 2023–2024", "2021–2023 |
# zakończony", "od 1 kwietnia 2023 r. | w realizacji", "Trwający | Edukacja | Wrocław"
_CELL_SPLIT = re.compile(r"[^\S\n]+[|·•][^\S\n]+")
_CELLS_MAX = 4
# a cell naming a list ("Projekty zrealizowane") is a menu's link, not a card's badge
_LIST_NOUN = re.compile(r"(?i)(?<![\w])(?:projekty|projects|проекты|проєкти|проекти)(?![\w])")


def cell_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The one status-only cell of a card's meta line text[s:e] (2 to 4 cells)."""
    cells = _CELL_SPLIT.split(text[s:e].strip())
    if not 2 <= len(cells) <= _CELLS_MAX or any(_LIST_NOUN.search(c) for c in cells):
        return None
    found = [(key, c) for c in cells if 0 < len(c) <= 40 for key, rx in _SECTION if rx.match(c)]
    if len(found) != 1:
        return None
    key, cell = found[0]
    a = text.find(cell, s, e)
    return key, Span(a, a + len(cell), f"badge_status:{key}", 0.8)


_NONBLANK = re.compile(r"\S")


def next_badge_start(text: str, s: int, e: int) -> int:
    """Where the status-only line closing text[s:e] starts, when another record follows: the
    next card's badge ("ZAKOŃCZONY" over its title) or the next section's heading ("PROJEKTY
    ZREALIZOWANE"), neither said of this record; e where the record ends otherwise."""
    if not _NONBLANK.search(text, e):
        return e
    i = e
    while i > s and text[i - 1].isspace():
        i -= 1
    ls = max(s, text.rfind("\n", s, i) + 1)
    return ls if ls > s and section_status(text, ls, i) else e


def section_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The last line in text[s:e] that is a list section's status heading ("ZREALIZOWANE")."""
    found = None
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        le = e if nl == -1 else nl
        line = text[pos:le]
        if 0 < len(line.strip()) <= 40:
            for key, rx in _SECTION:
                if rx.match(line):
                    found = key, Span(pos, le, f"section_status:{key}", 0.7)
        pos = le + 1
    return found


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, CI]]:
    # CI, not re.IGNORECASE: the lowered text lets the engine skip to the first letters
    st = lexicon()["status"]
    return [(k, CI(r"(?<![\w])(?:" + either_e(alternation(st[k])) + r")(?![\w])"))
            for k in ("completed", "ongoing", "planned")]


def find_status(text: str, s: int, e: int, labels: list[LabelHit]) -> tuple[str, Span] | None:
    for h in labels:
        if h.key == "status" and s <= h.start < e:
            for key, words in lexicon()["status_labels"].items():
                if re.search(alternation(words), h.value, re.IGNORECASE):
                    return key, Span(h.start, h.end, "label:status", 0.95)
    closing = period_label_status(text, s, e, labels)
    if closing:
        return closing
    badge = badge_status(text, s, e)
    if badge:
        return badge
    e = next_badge_start(text, s, e)
    best = None
    low = text[s:e].lower()
    extra = [(key, rx) for key, rx, words in (("completed", _CLOSING, _CLOSING_WORDS),
                                              ("ongoing", _UNDERWAY, _UNDERWAY_WORDS),
                                              ("planned", _NOT_YET, _NOT_YET_WORDS))
             if any(w in low for w in words)]  # substrings first: most texts have none
    if any(w in low for w in _PROGRAMME_WORDS):
        extra += [("ongoing", _PROGRAMME_RUNS), ("completed", _PROGRAMME_DONE)]
    for key, rx in _cues() + [("completed", _PAST_PL)] + extra:
        m = rx.search(text, s, e)
        while m and key == "completed" and (stage_ended(text, m.start(), m.end(), s)
                                              or _EARLIER_ONE.search(text, max(s, m.start() - 60), m.start())):
            # "Pierwszy etap projektu zakończył się": a stage's end; "kontynuacja projektu „X”,
            # zrealizowanego w 2022 r.": the earlier project's
            m = rx.search(text, m.end(), e)
        if m and key == "completed" and _FUTURE_AUX.search(text, max(s, m.start() - 24), m.start()):
            # "Projekt zostanie zrealizowany", "will be completed": the future, not done yet
            key = "planned"
        while m and key == "ongoing" and _programme_runs(text, s, e, m.start(), m.end()):
            m = rx.search(text, m.end(), e)  # "Program Aktywni Obywatele … jest realizowany przez …"
        if m and key == "ongoing" and _RUNS_ON.match(text, m.start()) and _starts_later(text, s, m.start()):
            key = "planned"  # "Проєкт стартує в жовтні 2025 року і триватиме до червня 2026"
        if m and (best is None or m.start() < best[1].start):
            best = (key, Span(m.start(), m.end(), f"status:{key}", 0.75))
    return best or tense_status(text, s, e) or crumb_status(text) or run_present_status(text, s, e)


# after a period label's last date, a status word closing its value: "Okres realizacji:
# 01.02.2023–30.11.2023 (projekt zakończony)", "Duration: 2020–2023 (completed)", "Okres
# realizacji: od lipca 2024 r. – projekt trwa"
_PERIOD_TAIL = re.compile(r"[^\S\n]*(?:r\.|roku|року|года|г\.|р\.)?[^\S\n]*(?:\(|[–—]|-(?=\s))[^\S\n]*"
                          r"(?:(?:projekt|project|проект|проєкт|status)[^\S\n]*:?[^\S\n]*)?"
                          r"(?P<word>[^\W\d][^()|\n]{1,30}?)[^\S\n]*\)?[^\S\n]*\.?[^\S\n]*", re.IGNORECASE)


def period_label_status(text: str, s: int, e: int, labels: list[LabelHit]) -> tuple[str, Span] | None:
    """The status word a period label's value ends with, after its dates (see above)."""
    for h in labels:
        if h.key != "period" or not s <= h.start < e:
            continue
        dates = find_dates(text, h.start, h.end)
        m = _PERIOD_TAIL.fullmatch(text, dates[-1].end, h.end) if dates else None
        found = section_status(text, m.start("word"), m.end("word")) if m else None
        if found:
            return found[0], Span(m.start("word"), m.end("word"), f"period_status:{found[0]}", 0.9)
    return None


# "Strona główna » Projekty » Projekty bieżące", "Projects / Completed": the breadcrumb's
# last step is the list the page sits in, and names its status
_CRUMB_SPLIT = re.compile(r"\s+[»›>/|·]\s+")
_CRUMB_TOP = 400


_CRUMB_HINT = re.compile(r"\s[»›>/|·]\s")
# a line with a year is a card's meta line ("2021–2023 | zakończony" under its title), its
# status that card's own, not the list the whole page sits in
_CARD_YEARS = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")


def crumb_status(text: str) -> tuple[str, Span] | None:
    pos = 0
    top = min(len(text), _CRUMB_TOP)
    if not _CRUMB_HINT.search(text, 0, top):
        return None
    while pos < top:
        nl = text.find("\n", pos)
        le = len(text) if nl < 0 else nl
        parts = _CRUMB_SPLIT.split(text[pos:le].strip())
        if 2 <= len(parts) <= 6 and not _CARD_YEARS.search(text, pos, le):
            found = _crumb_step_status(parts[-1])
            step = len(parts) - 1
            if found is None and len(parts) >= 3 and _LIST_STEP.search(" ".join(parts[-3:-1])):
                step = len(parts) - 2
                found = _crumb_step_status(parts[step])
            if found:
                # (the step's own place on the line: the title after it may repeat its words)
                a = pos
                for part in parts[:step + 1]:
                    a = text.find(part, a, le) + len(part)
                return found, Span(a - len(parts[step]), a, f"crumb_status:{found}", 0.7)
        pos = le + 1
    return None


# "Projekty › Projekty zrealizowane › Nazwa projektu", "Projects / Current / Title", "Проєкти ›
# Завершені › Назва": the step before the page's own title is the list of projects it sits in
# (named by a project noun in that step or the one before it), and that list's status is the
# page's; "Aktualności › Archiwum › Tytuł" (a news archive) names no project list
_LIST_STEP = re.compile(r"(?i)(?<![\w])(?:projekt\w*|project\w*|program\w*|проект\w*|проєкт\w*|програм\w*)")


def _crumb_step_status(step: str) -> str | None:
    for key, rx in _SECTION:
        if len(step) <= 40 and rx.match(step):
            return key
    return None


def _starts_later(text: str, s: int, pos: int) -> bool:
    """The sentence before pos has a verb saying the project starts in the future."""
    a = max(s, pos - 120)
    a = max([a] + [i + 1 for i in (text.rfind(c, a, pos) for c in "!?\n") if i >= 0] +
            [_sentence_stop(text, a, pos)])
    return any(m.lastgroup == "planned" for m in _VERB.finditer(text, a, pos))


def _sentence_stop(text: str, a: int, pos: int) -> int:
    """Just after the last full stop in text[a:pos] that ends a sentence, not a year's
    abbreviation ("1 listopada 2022 r. i potrwa do …", "2024 г.", "2024 р.")."""
    i = text.rfind(".", a, pos)
    while i >= 0 and i >= a + 2 and text[i - 1] in "rгр" and text[i - 2] == " ":
        i = text.rfind(".", a, i)
    return i + 1 if i >= 0 else a


# a project named as the one this record follows on from
_EARLIER_ONE = re.compile(r"(?i)(?<![\w])(?:kontynuacj\w*|poprzedni\w*|wcześniejsz\w*|continuation\s+of|"
                          r"follow-up\s+(?:to|of)|продолжени\w*|продовженн\w*)\s+(?:\S+\s+){0,2}$")


# a grant scheme or a fund as the subject of a passive of running: "Program Aktywni Obywatele –
# Fundusz Krajowy jest realizowany przez Fundację …", the scheme's boilerplate on every grantee's
# page, says the scheme runs, not the project
_SCHEME_NOUN = re.compile(r"(?i)(?<![\w])(?:program\w*|fundusz\w*|programme\w*|fund|програм\w*|фонд\w*)(?![\w])")
_PASSIVE_RUN = re.compile(r"(?i)(?<![\w])(?:realizowan|реализуется|реалізується|is\s+being\s+implemented)")
# the project's own nouns (in any case): "W ramach programu X realizowany jest projekt Y" says it of the project
_PROJECT_WORD = re.compile(r"(?i)(?<![\w])(?:projekt|zadani|przedsięwzię|project|проект|проєкт)")
_SCHEME_AFTER = 60
# a name after the scheme's noun (a capital or a quote): a bare "Program jest realizowany od 1
# lutego" is said of the record's own programme, and stays its status
_NAME_START = re.compile(r"[„\"«“A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]")


def _programme_runs(text: str, s: int, e: int, a: int, b: int) -> bool:
    """The passive of running at text[a:b] is said of a named scheme (see above): a scheme's noun
    and a name after it in its sentence before it, and no project's noun there nor right after it."""
    if not _PASSIVE_RUN.search(text, a, b):
        return False
    start = max([s, a - 200] + [i + 1 for i in (text.rfind(c, max(s, a - 200), a) for c in "!?;\n") if i >= 0]
                + [_sentence_stop(text, max(s, a - 200), a)])
    stop = min(e, b + _SCHEME_AFTER)
    cut = _SENTENCE_END.search(text, b, stop)
    stop = cut.start() if cut else stop
    nouns = list(_SCHEME_NOUN.finditer(text, start, a))
    return (bool(nouns) and _NAME_START.search(text, nouns[-1].end(), a) is not None
            and _PROJECT_WORD.search(text, start, a) is None and _PROJECT_WORD.search(text, b, stop) is None)


_FUTURE_AUX = re.compile(r"(?<![\w])(?:zostanie|zostaną|będzie|będą|will\s+be|буде|будуть|будет|будут)"
                         r"(?:\s+\w+)?\s*$", re.IGNORECASE)


# A verb of carrying out, running, starting or ending, read by its tense: the past says the
# project was done, the present that it runs, the future that it has not started. Found
# by inflection (any person, gender, aspect), so any such verb counts, not listed phrases.
_TENSE_VERBS: tuple[tuple[str, CI], ...] = (
    ("completed", cue(
        r"(?:z|prze)?(?:realizowa|prowadzi|trwa|wdraża)(?:ł|ła|ło|li|ły)(?:em|am|śmy|ście)?|"
        # "realizowane było", "był współfinansowany": a passive with the past of "być"
        r"(?:realizowan|prowadzon|współfinansowan|dofinansowan|finansowan)[yaei]\s+(?:był|była|było|były|byli)|"
        r"(?:był|była|było|były|byli)\s+(?:\w+\s+)?(?:realizowan|prowadzon|współfinansowan|dofinansowan|"
        r"finansowan)\w*|"
        r"(?:za|s)kończy(?:ł|ła|ło|li|ły)(?:\s+się)?|(?:z|prze)?realizowano|zakończono|przeprowadzono|"
        # the passive with the past of "zostać"/"бути" in any gender and number ("projekty
        # zostały zakończone", "проєкти були реалізовані", "the projects were completed")
        r"(?:został|została|zostało|zostały|zostali)\s+(?:już\s+|pomyślnie\s+)?(?:zakończon|zrealizowan|"
        r"ukończon|przeprowadzon)\w*|(?:був|була|були)\s+(?:успішно\s+)?(?:завершен|реалізован)\w*|"
        r"were\s+(?:successfully\s+)?(?:completed|implemented|carried\s+out|finished)|"
        r"реализов(?:ыв)?ал(?:ся|ась|ось|ись|а|о|и)?|провод(?:и)?л(?:ся|ась|ось|ись|а|о|и)?|"
        r"длил(?:ся|ась|ось|ись)|заверш(?:ил|ал)(?:ся|ась|ось|ись|а|о|и)?|закончил(?:ся|ась|ось|ись)|"
        r"был[аои]?\s+(?:успешно\s+)?(?:заверш|реализов|законч|проведен)\w*|"
        r"реалізов(?:ув)?ува?в(?:ся)?|реалізовувал(?:ася|ося|ися|а|о|и)|тривал[аои]|"
        r"заверши(?:в|ла|ло|ли)(?:ся|ася|ося|ися)?|закінчи(?:в|ла|ло|ли)(?:ся|ася|ося|ися)?|"
        r"було\s+(?:успішно\s+)?(?:завершено|реалізовано|проведено)|"
        # (whole words: not "rano", "rankingowa")
        r"ran(?![\w])|was\s+(?:run|implemented|carried\s+out|completed|conducted|delivered|finished)|"
        # "carried out between 2021 and 2022" narrates a closed span; not the bare participle
        # with "from" ("a project implemented from 2023 to 2025"): the running period a
        # description states, no tense
        r"(?:carried\s+out|implemented|conducted)\s+between|"
        r"finished|ended|concluded|"
        # "our project „X” has officially come to an end", "the project came to a close"
        r"(?:has|have|had)\s+(?:\w+\s+)?(?:come|drawn)\s+to\s+an?\s+(?:end|close)|"
        r"(?:came|drew)\s+to\s+an?\s+(?:end|close)")),
    ("ongoing", cue(
        # "trwa" whole: "Czas trwania projektu" is a label, not a tense; the present of
        # "carry out" in any person ("realizujemy", "мы реализуем", "ми реалізуємо")
        # ("Projekt jest kontynuowany w 2025 r.": carried on, so still running)
        r"(?:jest|są)\s+(?:\w+\s+)?(?:realizowan|prowadzon|kontynuowan)\w*|trwa(?![\w])|wystartował\w*|ruszył\w*|"
        r"realizuj(?:ę|e|emy|ecie|ą)(?![\w])|реализу(?:ю|ем|ете|ет|ют)(?![\w])|"
        # (an adverb may stand between: "we are currently implementing", "is now running")
        r"реалізу(?:ю|ємо|єте|є|ють)(?![\w])|(?:we\s+are|are|is)\s+(?:(?:currently|now|still|presently)\s+)?"
        r"(?:implementing|running)|"
        r"rozpocz(?:ął|ęła|ęło|ęli|ęły)(?:\s+się)?|kontynuuj\w*|продолжа(?:ет|ют|ем)|продовжу(?:є|ють|ємо)|"
        r"реализуется|продолжается|длится|стартовал\w*|начал(?:ся|ась|[аои])?|"
        r"реалізується|продовжується|стартува(?:в|ла|ло)|розпоча(?:вся|лася|лося|в|ла|ло|ли)|"
        r"is\s+(?:\w+\s+)?(?:being\s+)?(?:implemented|run|carried\s+out)|runs|is\s+running|"
        r"continues|started|launched|began")),
    # ("Projekt będzie realizowany od 1 lipca": the future passive says when it runs, not that
    # it has not begun; the blind sets' gold leaves it without a status)
    ("planned", cue(
        r"ruszy(?![\w])|wystartuje|(?:roz|za)pocznie\s+się|"
        r"стартует|начн[её]тся|стартує|(?:роз)?почнеться|"
        r"will\s+(?:start|begin|be\s+implemented|launch)")),
)
# the verb must be said of the project: its noun, or a relative pronoun after its name
# (not the plural of a count: "zrealizowaliśmy ponad 30 projektów / przedsięwzięć", "more than
# 40 projects", "более 40 проектов", "понад 40 проєктів" count the body's; English "projects"
# only right after a number: "Both projects were completed")
_PROJECT_NOUN = CI(r"(?<![\w])(?:projekt(?!ów)|zadani|przedsięwzię(?!ć)|project(?!s)|(?<!\d\s)projects|"
                   r"проект(?!ов)|проєкт(?!ів))\w*|"
                   r",\s*(?:któr[yaeą]|который|которое|який|яке|which)(?![\w])")
# the same nouns as plain strings: str.find skips to them far faster than any regex
_NOUN_LITERALS = ("projekt", "zadani", "przedsięwzię", "project", "проект", "проєкт", ", któr",
                  ", котор", ", які", ", яке", ", which")
_NEAR = 45
_VERB = CI(r"(?<![\w])(?:" + "|".join(f"(?P<{k}>{rx.pattern[len('(?<![' + chr(92) + 'w])(?:'):-1]})"
                                       for k, rx in _TENSE_VERBS) + ")")


def tense_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The first status verb with the project's noun within a few words of it in the same
    clause ("Projekt trwał dwa lata", "Instytut realizował projekt", "Проект стартует в
    январе", "The project ran from 2019"). Verbs are looked for only around the nouns."""
    low = lowered(text)
    for a, b in _noun_windows(low, s, e):
        for m in _VERB.finditer(text, a, b):
            if _said_of_project(text, m.start(), m.end(), s, e):
                if m.lastgroup == "completed" and stage_ended(text, m.start(), m.end(), s):
                    continue  # "Pierwszy etap projektu zakończył się": the project goes on
                return m.lastgroup, Span(m.start(), m.end(), f"status_tense:{m.lastgroup}", 0.6)
    return None


def _noun_windows(low: str, s: int, e: int) -> list[tuple[int, int]]:
    """Merged windows of the text around each project noun, in order."""
    hits = []
    for lit in _NOUN_LITERALS:
        i = low.find(lit, s, e)
        while i >= 0 and len(hits) < 24:
            hits.append(i)
            i = low.find(lit, i + len(lit), e)
    out: list[tuple[int, int]] = []
    for i in sorted(hits)[:12]:  # a status is said early; later mentions seldom add one
        a, b = max(s, i - _NEAR - 25), min(e, _after_name(low, i, e) + _NEAR + 15)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# a quoted name right before the verb ("Projekt „Bezpieczna przystań – schronienie dla …” trwa
# do dziś"): its words stand between the noun and the verb, so the name counts as one word
# (straight quotes too, and the comma of an appositive: 'the project, "Legal Aid Desk", ran from …')
_QUOTED_NAME_END = re.compile(r"(?:„[^”\"\n]{1,200}[”\"]|«[^»\n]{1,200}»|\"[^\"\n]{1,200}\"),?\s*$")


_NAME_OPEN = re.compile(r"\w*\s*[„«\"“]")
_NAME_CLOSE = {"„": "”", "«": "»", '"': '"', "“": "”"}


def _after_name(low: str, i: int, e: int) -> int:
    """Where the noun at i ends, past the quoted name that follows it ("projekt „…”")."""
    m = _NAME_OPEN.match(low, i, e)
    if m is None:
        return i
    close = low.find(_NAME_CLOSE[low[m.end() - 1]], m.end(), min(e, m.end() + 200))
    return close if close >= 0 else i


def _said_of_project(text: str, a: int, b: int, s: int, e: int) -> bool:
    q = _QUOTED_NAME_END.search(text, max(s, a - 210), a) \
        if text[a - 3:a].strip().rstrip(",")[-1:] in ("”", '"', "»") else None
    if q is not None:
        a = q.start() + 1  # the name as one word: its opening quote
    before = text[max(s, a - _NEAR):a]
    after = text[b:min(e, b + _NEAR)]
    before = re.split(r"[.;!?\n]", before)[-1]  # the same sentence only
    after = re.split(r"[.;!?\n,]", after)[0]
    return bool(_PROJECT_NOUN.search(before) or _PROJECT_NOUN.search(after))


# A list page's intro qualifies its plural project noun with a relative clause ("projekty,
# które obecnie realizujemy", "the projects we are currently running", "проекты, которые мы
# сейчас реализуем", "projekty, które Stowarzyszenie zrealizowało w latach …"): the clause's
# verb, by its tense, is the status of every item listed. A second demonstrative ("oraz te,
# które się zakończyły", "and those we completed", "и те, что …") lists several kinds: no
# one status, and a verb read in that intro is no item's own.
_LIST_NOUN_REL = cue(r"(?:projekty|projektów|projects|initiatives|проекты|проектов|проєкти|проєктів|"
                     r"programy|programów|programmes|programs|програми|програм|программы|программ)"
                     r"\s*,?\s*(?:które|których|that|which|we|которые|которых|які|яких)(?![\w])")
_ANOTHER_KIND = cue(r"(?:te|tych|those|те|тех|ті|тих)(?![\w])")
# the present of running or carrying out, any person ("prowadzimy", "realizujemy", "we run",
# "реализуем", "проводимо"): what _VERB's ongoing forms leave to the project's own sentences
_RUN_PRESENT = cue(r"prowadz(?:ę|imy|icie|i|ą)(?![\w])|realizuj\w*|run|operate|implement|"
                   r"реализу(?:ю|ем|ете|ет|ют)(?![\w])|провод(?:им|ит|ят)(?![\w])|"
                   r"реалізу(?:ю|ємо|єте|є|ють)(?![\w])|провод(?:имо|ить|ять)(?![\w])")


def intro_clause_status(text: str, s: int, e: int) -> tuple[str | None, Span | None] | None:
    """(status, span) the intro's relative clause on its project noun gives the listed items;
    (None, None) where the intro names several kinds; None where it has no such clause."""
    m = _LIST_NOUN_REL.search(text, s, e)
    if m is None:
        return intro_now_status(text, s, e)
    stop = _CLAUSE_END.search(text, m.end(), e)
    b = stop.start() if stop else e
    if _ANOTHER_KIND.search(text, m.end(), b):
        return None, None
    v = _VERB.search(text, m.end(), b)
    if v is not None and v.lastgroup in ("completed", "ongoing"):
        return v.lastgroup, Span(v.start(), v.end(), f"list_clause:{v.lastgroup}", 0.7)
    r = _RUN_PRESENT.search(text, m.end(), b)
    if r is not None:
        return "ongoing", Span(r.start(), r.end(), "list_clause:ongoing", 0.7)
    return intro_now_status(text, s, e)


# A list intro that says the listed projects run now without a relative clause: the plural
# noun with a present passive participle and an adverb of now ("projekty realizowane
# obecnie", "obecnie prowadzone projekty", "проекты, реализуемые сейчас", "projects currently
# being run"), or a present verb of running counting them ("Зараз ми реалізуємо два
# проєкти", "realizujemy trzy projekty", "we are running four projects"). A count is
# required: "Od 2011 roku realizujemy projekty" says what the body does, not the list's state.
_NOW_ADV = (r"(?:obecnie|teraz|aktualnie|currently|now|сейчас|в\s+настоящее\s+время|зараз|наразі|"
            r"тепер|нині)")
_PL_NOUN = r"(?:projekty|projects|проекты|проєкти)"
_PRES_PART = (r"(?:realizowane|prowadzone|реализуемые|реалізовувані|реалізовані\s+зараз|"
              r"(?:being\s+)?(?:implemented|run|carried\s+out)|running)")
_COUNT = (r"(?:\d{1,2}|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|kilka|następujące|два|две|дві|три|"
          r"чотири|четыре|п['’ʼ]?ять|пять|шість|шесть|кілька|несколько|такі|следующие|two|three|four|"
          r"five|six|several|the\s+following)")
_INTRO_NOW = cue(
    _PL_NOUN + r",?\s+(?:" + _NOW_ADV + r"\s+" + _PRES_PART + r"|" + _PRES_PART + r"\s+" + _NOW_ADV + r")"
    r"(?![\w])|" + _NOW_ADV + r"\s+" + _PRES_PART + r"\s+" + _PL_NOUN + r"|"
    r"(?:realizujemy|prowadzimy|реализуем|проводим|реалізуємо|проводимо|we\s+(?:are\s+)?"
    r"(?:(?:currently|now)\s+)?(?:run|running|implement|implementing))\s+(?:" + _NOW_ADV + r"\s+)?"
    + _COUNT + r"\s+(?:[^\W\d]+\s+)?(?:projekt\w*|project\w*|проект\w*|проєкт\w*)")


def intro_now_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """"ongoing" where a sentence of the list intro says the listed projects run now
    (_INTRO_NOW), unless the same sentence also names finished ones ("projekty realizowane
    obecnie oraz wybrane projekty zakończone"): several kinds, no one status."""
    m = _INTRO_NOW.search(text, s, e)
    if m is None:
        return None
    a = max([s] + [i + 1 for i in (text.rfind(c, s, m.start()) for c in ".!?\n") if i >= 0])
    stop = _SENTENCE_END.search(text, m.end(), e)
    b = stop.start() if stop else e
    if any(rx.search(text, a, b) for k, rx in _list_cues() if k == "completed") or any(
            v.lastgroup == "completed" for v in _VERB.finditer(text, a, b)):
        return None
    return "ongoing", Span(m.start(), m.end(), "list_intro_now:ongoing", 0.7)


_CLAUSE_END = re.compile(r"[.;!?\n]")
_SENTENCE_END = re.compile(r"[.!?\n]")


# The present of running said of the project itself, with the project's noun as the verb's
# subject or object next to it ("Projekt „…” prowadzimy", "Projekt prowadzi Fundacja X",
# "Fundacja prowadzi projekt", "od stycznia działa projekt", "projektu „…”, który prowadzi
# Fundacja X", "Проєкт веде Товариство", "проект, который ведёт …"). Not in the tense class,
# since "prowadzi"/"działa" said of an activity ("W ramach projektu prowadzimy kursy",
# "Punkt działa w ramach projektu") says nothing of the project: the noun must be the
# nominative/accusative singular (no "projektu"), or the relative pronoun right after it and
# its quoted name. "Projekt prowadzi do …" (leads to) is no running.
_RUN_VERB = (r"(?:prowadz(?:ę|imy|icie|i|ą)|działa(?:ją)?|вед(?:у|ём|ем|ёт|ет|ут|емо|е|уть))")
_RUN_NOUN = r"(?:projekt|zadanie|przedsięwzięcie|проект|проєкт)"
_QUOTED = r"(?:\s*(?:„[^”\"\n]{1,150}[”\"]|«[^»\n]{1,150}»|\"[^\"\n]{1,150}\"))?"
# (a plain pattern run over the lowered text's short windows: CI's scanners cost more there)
_RUN_OF_PROJECT = re.compile(r"(?<![\w])(?:" +
    _RUN_NOUN + _QUOTED + r"\s+" + _RUN_VERB + r"(?![\w])(?!\s+(?:do|до)(?![\w]))|"
    + _RUN_VERB + r"\s+(?:\w+\s+)?" + _RUN_NOUN + r"(?![\w])|"
    # (the singular only: "projekty, które prowadzimy obecnie oraz te …" is a list's intro,
    # read by intro_clause_status)
    + r"(?:projekt(?:u|em|cie)?|zadani(?:e|u|em)|przedsięwzięci(?:e|u|em)|проект(?:а|у|ом|е)?|"
    + r"проєкт(?:у|ом|і)?)(?![\w])" + _QUOTED
    + r"\s*,\s*(?:który|które|который|которое|який|яке)\s+" + _RUN_VERB + r"(?![\w]))")
_RUN_LITERALS = ("prowadz", "działa", "вед")
_RUN_BEFORE = 200


def run_present_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """ongoing where a present verb of running has the project's noun as its subject or
    object; the last fallback of find_status."""
    low = lowered(text)
    hits = []
    for w in _RUN_LITERALS:
        i = low.find(w, s, e)
        while i >= 0 and len(hits) < 24:
            hits.append(i)
            i = low.find(w, i + len(w), e)
    # every match holds the verb: search only around each one (the noun and a quoted name
    # stand at most _RUN_BEFORE characters before it)
    for i in sorted(hits):
        m = _RUN_OF_PROJECT.search(low, max(s, i - _RUN_BEFORE), min(e, i + 60))
        if m is not None:
            return "ongoing", Span(m.start(), m.end(), "status_run_present:ongoing", 0.6)
    return None
