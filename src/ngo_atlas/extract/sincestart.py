"""A project's own "since" start beside a later period of one of its runs.

"Kurs jest częścią projektu „X”, który Fundacja realizuje od 2023 roku … Obecna, trzecia
edycja potrwa od 3 marca do 27 czerwca 2025 r.", "Проект реализуется с марта 2022 года, а
весенний семестр продлится с 5 февраля по 14 июня", "Projekt realizujemy od marca 2022 r.,
a nowa umowa grantowa obejmuje okres od 1 kwietnia do 31 grudnia 2023": the project says
when it began with its own verb (or a relative clause on its noun: "projekt …, który od
2022 roku przygotowuje …"), and the full period that follows is one edition's, semester's
or agreement's. The golds take the "since" date as the project's start; an edition's or a
semester's end is not the project's (it goes on), an agreement's or a budget's is (the
project runs under it).
"""

from __future__ import annotations

import re
from datetime import date

from ngo_atlas.extract.dates import DateHit, Period, find_dates, find_periods

# the word of "since" right before the date (an adverb of continuing may stand before it)
_FROM = re.compile(r"(?:^|[\s(])(?:od|since|from|с|з|із|від)\s*$", re.IGNORECASE)
# the noun of the project or its programme: what the "since" clause must be said of
_PROJECT_NOUN = re.compile(r"(?<![\w])(?:projekt\w*|program\w*|project\w*|programme\w*|"
                           r"проект\w*|проєкт\w*|програм\w*)(?![\w])", re.IGNORECASE)
# a verb of running in the present or the impersonal ("realizujemy", "jest realizowany",
# "реализуется", "триває", "діє", "has been running")
_RUN_VERB = re.compile(r"(?<![\w])(?:realiz\w+|prowadz\w+|prowadzi\w*|trwa|trwają|działa\w*|"
                       r"реализу\w+|реалізу\w+|реализова\w+|реалізова\w+|трива\w+|діє|действует|"
                       r"працює|работает|runs?|running|operat\w+|implemented)(?![\w])", re.IGNORECASE)
# "projekt …, który od 2022 roku …", "програми «X», яка з 2023 року …": a relative pronoun right
# before the "since" word
_RELATIVE_BEFORE = re.compile(r"(?<![\w])(?:który|która|które|который|которая|которое|який|яка|"
                              r"яке|which)\s+(?:(?:już|nieprzerwanie|уже|вже|already)\s+)?"
                              r"(?:od|с|з|із|від|since)\s*$", re.IGNORECASE)
# the run a period belongs to: one edition, semester, round or season of a project that goes
# on ("trzecia edycja potrwa od", "весенний семестр продлится с", "Длительность семестра:")
_EDITION = re.compile(r"(?<![\w])(?:edycj\w*|semestr\w*|odsłon\w*|tur(?:a|ę|y|ze)|sezon\w*|"
                      r"editions?|semesters?|rounds?|seasons?|cohorts?|"
                      r"семестр\w*|сезон\w*|поток\w*|едиці\w*|выпуск\w*|випуск\w*)(?![\w])",
                      re.IGNORECASE)
# the agreement or budget a period belongs to ("nowa umowa grantowa obejmuje okres od",
# "нова угода діє з", "У 2025–2027 роках з міського бюджету на неї буде виділено"): the
# project runs under it, so its end is the project's
_AGREEMENT = re.compile(r"(?<![\w])(?:umow\w*|porozumieni\w*|agreements?|contracts?|угод\w*|"
                        r"договор\w*|соглашени\w*|budżet\w*|budgets?|бюджет\w*)(?![\w])",
                        re.IGNORECASE)
_RUN_NOUN = re.compile(_EDITION.pattern + "|" + _AGREEMENT.pattern, re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d]{3})[.!?]\s|\n")
# the organisation's own work in general, not this project's: "Projekty prowadzimy od 2005 roku"
_PLURAL_NOUN = re.compile(r"(?:projekty|projektów|projektach|projektami|programy|programów|projects|"
                          r"programmes|programs|проекты|проектов|проєкти|проєктів)", re.IGNORECASE)
# a relative clause on a body's name ("z Fundacją Kolory, która działa od 2005 roku"): where its
# pronoun's gender is not the project noun's, its "since" dates the body, not the project
_BODY_RELATIVE = re.compile(r"(?<![\w])([A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\W\d_]+)(?:[^\S\n]+[„\"«]?[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]"
                            r"[^\s,]*){0,5},[^\S\n]*(?P<pron>który|która|które|который|которая|которое|"
                            r"який|яка|яке|who)(?![\w])")
_PRONOUN_GENDER = {"który": "m", "который": "m", "який": "m", "która": "f", "которая": "f", "яка": "f",
                   "które": "n", "которое": "n", "яке": "n", "who": "person"}


def _clause_start(text: str, floor: int, pos: int) -> int:
    """The start of the sentence (or line) holding pos, not before floor."""
    a = floor
    for m in _SENTENCE_STOP.finditer(text, max(floor, pos - 300), pos):
        a = m.end()
    return a


def _days_long(per: Period) -> bool:
    """An event's days ("FESTIWAL „X” – 5. EDYCJA / 14–16 czerwca 2024"): an edition that lasts
    days is the event the page presents, not one run of a project that goes on."""
    a, b = per.start, per.end
    if not (a.day and b.day and a.year and b.year and a.month and b.month):
        return False
    try:
        return (date(b.year, b.month, b.day) - date(a.year, a.month, a.day)).days < 28
    except ValueError:  # "31 czerwca": no such day
        return False


def _key(d: DateHit, last: bool = False) -> tuple[int, int, int]:
    return (d.year or 0, d.month or (12 if last else 1), d.day or (31 if last else 1))


def _project_since(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> DateHit | None:
    """The first date in text[s:e] a "since" clause of the project or its programme gives,
    no end beside it (not one bound of a period)."""
    for h in find_dates(text, s, e):
        if not h.year or any(a <= h.start < b for a, b in spans):
            continue
        before = text[max(s, h.start - 40):h.start]
        if not _FROM.search(before):
            continue
        a = _clause_start(text, s, h.start)
        if _RELATIVE_BEFORE.search(before):
            noun = _PROJECT_NOUN.search(text, max(a, h.start - 120), h.start)
        else:
            noun = _PROJECT_NOUN.search(text, a, h.start)
            noun = noun if noun and _RUN_VERB.search(text, noun.end(), h.start) else None
        if noun and not _PLURAL_NOUN.fullmatch(noun.group()) and not _body_since(text, noun, h.start):
            return h
    return None


def _body_since(text: str, noun: re.Match[str], b: int) -> bool:
    """A body's relative clause stands between the project's noun and the date, its pronoun
    not agreeing with the noun ("Projekt X prowadzi Fundacja Y, która od 2005 roku …"): the
    "since" is the body's. ("projekt Fundacji Y, który od 2020 roku": the project's.)"""
    from ngo_atlas.extract.organisations import is_org_head

    gender = "f" if noun.group().lower().startswith(("программ", "програм")) else "m"
    return any(is_org_head(m.group(1)) and _PRONOUN_GENDER[m.group("pron").lower()] != gender
               for m in _BODY_RELATIVE.finditer(text, noun.end(), b))


def since_start(text: str, s: int, e: int, per: Period) -> tuple[DateHit, DateHit | None] | None:
    """(start, end) where per is an edition's, a semester's or an agreement's period and the
    project's own "since" start falls before it; None where per stands as the project's."""
    if per.start is None or per.end is None or _days_long(per):
        return None
    run = _run_noun(text, s, e, per)
    if run is None:
        return None
    spans = [(p.start.start, p.end.end) for p in find_periods(text, s, e) if p.start and p.end]
    since = _project_since(text, s, e, spans)
    if since is None or _key(since) >= _key(per.start):
        return None
    return since, (per.end if _AGREEMENT.fullmatch(run.group()) else None)


def _last(rx: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    last = None
    for last in rx.finditer(text, a, b):
        pass
    return last


def _run_noun(text: str, s: int, e: int, per: Period) -> re.Match[str] | None:
    """The edition's or agreement's noun the period's clause names: the nearest one before
    the period, nearer than the project's own noun ("Projekt realizowany od … do … w ramach
    umowy" is the project's period); or one after it in the same sentence where the project's
    noun stands nowhere before it ("У 2025–2027 роках з міського бюджету на неї …"); a date
    line alone ("📅 5 października – 30 listopada 2024 r.") takes the heading above it."""
    a = _clause_start(text, s, per.start.start)
    if not text[a:per.start.start].strip(" \t📅🗓•-–*"):
        prev = text.rfind("\n", s, max(s, a - 1))
        while prev > s and not text[prev + 1:a].strip():
            prev = text.rfind("\n", s, prev)
        return _last(_RUN_NOUN, text, prev + 1 if prev >= s else s, a)
    noun = _last(_RUN_NOUN, text, a, per.start.start)
    own = _last(_PROJECT_NOUN, text, a, per.start.start)
    if noun is not None:
        return noun if own is None or own.start() < noun.start() else None
    if own is not None:
        return None
    stop = _SENTENCE_STOP.search(text, per.end.end, e)
    return _RUN_NOUN.search(text, per.end.end, stop.start() if stop else e)
