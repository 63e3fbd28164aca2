"""Dates and periods in Polish, Russian, Ukrainian and English ("czerwiec 2012 – luty 2013")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon, month_map
from ngo_atlas.extract.text import CI, inside_quotes, sentence_at


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Period:
    start: DateHit | None
    end: DateHit | None
    rule: str


_YEAR = r"(?:19[89]\d|20[0-4]\d)"


@lru_cache(maxsize=1)
def _date_regex() -> CI:
    mon = alternation(list(month_map()))
    pats = [
        rf"(?P<d1>\d{{1,2}})[./](?P<m1>\d{{1,2}})[./](?P<y1>{_YEAR})(?!\d)",
        rf"(?<!\d)(?P<y2>{_YEAR})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})(?!\d)",
        rf"(?<!\d)(?P<d3>[0-3]\d)(?P<m3>[01]\d)(?P<y3>{_YEAR})(?!\d)",
        rf"(?<!\d)(?P<d4>\d{{1,2}})\s+(?P<mw4>{mon})\.?,?\s+(?P<y4>{_YEAR})(?!\d)",
        rf"(?<![\w])(?P<mw5>{mon})\.?\s+(?P<d5>\d{{1,2}}),?\s+(?P<y5>{_YEAR})(?!\d)",
        rf"(?<!\d)(?P<d6>\d{{1,2}})\s+(?P<mw6>{mon})(?![\w])",
        rf"(?<![\w])(?P<mw7>{mon})\.?,?\s+(?P<y7>{_YEAR})(?!\d)",
        rf"(?<![\d./])(?P<m9>0?[1-9]|1[0-2])[./](?P<y9>{_YEAR})(?!\d)",
        # "15.04–15.12.2024": a day and month whose year the range's end gives
        rf"(?<![\d./])(?P<da>\d{{1,2}})\.(?P<ma>\d{{1,2}})(?=\.?\s*[–—-]\s*\d{{1,2}}\.\d{{1,2}}\.{_YEAR})",
        # "IX 2024 – VI 2025": a month in Roman numerals (upper case: checked on the text)
        # "15 IV 2024": a day before it
        rf"(?P<dc>\d{{1,2}})\.?\s+(?P<rc>i{{1,3}}|iv|vi{{0,3}}|ix|xi{{0,2}})\.?\s+(?P<yc>{_YEAR})(?!\d)",
        # ("I 2025", "V 2024", "X 2023" too: upper case only, and only before a year)
        rf"(?P<rb>i{{1,3}}|iv|vi{{0,3}}|ix|xi{{0,2}})\.?\s+(?P<yb>{_YEAR})(?!\d)",
        # a bare year; "2022-2024" joins two (a year after a year and a hyphen is one too)
        rf"(?:(?<![\w\d.-])|(?<=\d{{4}}-))(?P<y8>{_YEAR})(?![\d\w]|\.\d|-\d(?!\d{{3}}(?!\d)))",
        rf"(?<![\w])(?P<mw0>{mon})(?![\w])",
    ]
    # A date starts a word: the look-behind also lets re reject most positions at once.
    return CI(r"(?<![\w])(?:" + "|".join(pats) + ")")


_MONTH_RANGE_NEXT = re.compile(r"\s*[–—-]\s*[^\W\d]{3,}\s+(?:19[89]\d|20[0-4]\d)")
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _month(word: str | None, num: str | None) -> int | None:
    if num:
        m = int(num)
        return m if 1 <= m <= 12 else None
    return month_map().get(word.lower().rstrip(".")) if word else None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date expression in text[start:end], at its own precision."""
    return list(_find_dates(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)  # small: it serves the extractors of one document, not a corpus
def _find_dates(text: str, start: int, end: int) -> tuple[DateHit, ...]:
    """Cached: several extractors ask for the dates of the same stretch of text."""
    out = []
    for m in _date_regex().finditer(text, start, end):
        g = m.groupdict()
        for k in "1234567980acb":
            y = g.get(f"y{k}")
            mw, mn, d = g.get(f"mw{k}"), g.get(f"m{k}"), g.get(f"d{k}")
            if k == "c" and g["rc"]:
                if not text[m.start("rc")].isupper():  # "5 i 2024": a number and a year
                    out.append(DateHit(m.start("yc"), m.end(), int(y), None, None))
                    break
                mn = str(_ROMAN_MONTHS.index(g["rc"]) + 1)
            if k == "b" and g["rb"]:
                if not text[m.start()].isupper():  # "x 2024" in lower-case text: the year alone
                    out.append(DateHit(m.start("yb"), m.end(), int(y), None, None))
                    break
                mn = str(_ROMAN_MONTHS.index(g["rb"]) + 1)
            if y is None and mw is None and not (k == "a" and mn):
                continue
            if k == "0" and len(mw) <= 3 and not _MONTH_RANGE_NEXT.match(text, m.end()):
                break  # a bare "may", "maj": too ambiguous alone, unless a range follows ("maj–październik 2024")
            month = _month(mw, mn)
            if (mw or mn) and month is None:
                break
            day = int(d) if d else None
            if day is not None and not 1 <= day <= 31:
                break
            if day is not None and y and month and day > calendar.monthrange(int(y), month)[1]:
                day = None  # "31 lutego 2020": no such day; the month and year still stand
            out.append(DateHit(m.start(), m.end(), int(y) if y else None, month, day))
            break
    return tuple(out)


# "10–12 czerwca 2022"; or "(7–16 lipca)", "16–18 мая": a month whose year the text gave
# just before (no year after it, nor a number that could be one)
_DAY_RANGE = CI(r"(?<!\d)(?P<d1>\d{1,2})\s*[–—-]\s*(?P<d2>\d{1,2})\s+(?P<mw>" +
               alternation(list(month_map())) + rf")(?:\s+(?P<y>{_YEAR})(?!\d)|(?![\w])(?!\.?,?\s+\d))")
# a cheap first look: most texts have no day range at all
_DAY_DASH = re.compile(r"\d\s*[–—-]\s*\d{1,2}\s+[^\W\d]")
# Before a date the text already found (so no pass of their own over the text): "10–18.08.2022",
# two days of a month in numbers; "From 8 to 17 July 2024", "od 8 do 17 lipca", "с 8 по 17
# июля", "з 8 по 17 липня", the same range in words (its opening word required: "1 do 2"
# alone is no range)
_DAY_NUM_BEFORE = re.compile(r"(?<![\d.])(?P<d1>\d{1,2})\.?\s*[–—-]\s*$")
_DAY_WORD_BEFORE = re.compile(r"(?<![\w])(?i:from|od|с|з|із|від)\s+(?P<d1>\d{1,2})\s+(?i:to|do|по|до)\s+$")
# "1 marca 2023 r. Stowarzyszenie ... rozpoczęło realizację": a date the project began on
_STARTED = re.compile(r"(?:[^.!?\n]|(?<=\br)\.){0,70}?\b(?:rozpocz(?:ął|ęła|ęło|ęli|yna)|started|began|launched|"
                      r"rusz(?:ył[aoy]?|yli)|wystartowa(?:ł[aoy]?|li)|zaczę(?:ła|ło|li|ły|liśmy|łyśmy)|zaczął|"
                      r"стартовал\w*|начал\w*|розпоча\w*|стартував\w*|"
                      # the imperfective past ("w grudniu 2022 r. zaczynaliśmy projekt") and the
                      # opening ceremony ("zainaugurowano projekt", "was inaugurated", "інавгурували")
                      r"(?:zaczyna|rozpoczyna)(?:ł|ła|ło|li|ły)(?:em|am|śmy|ście)?|"
                      r"zainaugurowa\w*|inaugurated|инаугурирова\w*|інавгурува\w*|"
                      # launching the project itself: "W marcu 2022 r. uruchomiliśmy projekt",
                      # "запустили проект", "запустили проєкт" (not a point or a helpline it opened)
                      r"(?:uruchomi(?:ł|ła|ło|li|ły|liśmy|łyśmy)|запусти(?:л|ла|ло|ли|в))\s+"
                      r"(?:(?:nasz|swój|наш|свой|свій)\w*\s+)?(?:projekt|проект|проєкт)|"
                      # the future: "w styczniu 2024 r. rozpocznie", "в январе 2024 года начнёт"
                      r"rozpocznie|will\s+(?:start|begin)|начн(?:ёт|ет|ут)|розпочн(?:е|уть)|стартует|стартує)",
                      re.IGNORECASE)
_GAP_CLEAN = re.compile(r"\b(?:r\.|roku|rok|року|рік|года|г\.|year)|" + r"\b(?:[IV]{1,3}|[1-4])?\s*"
                        r"(?:kwarta\w*|квартал\w*|кварта\w*|quarter)(?!\w)|\bQ[1-4]\b", re.IGNORECASE)
# "w III kwartale 2024", "c III квартала 2023": a quarter before a year keeps year precision
_QUARTER_BEFORE = re.compile(r"(?:[IV]{1,3}|[1-4])\s*(?:kwarta\w*|квартал\w*|кварта\w*|quarter)\s*(?:of\s+)?$|"
                             r"\bQ[1-4]\s*$", re.IGNORECASE)
_WHOLE_YEAR = re.compile(r"(?:przez\s+cały|w\s+ciągu\s+całego|throughout|all\s+(?:of|through)|"
                         r"в\s+течение\s+всего|на\s+протяжении\s+всего|протягом\s+(?:усього|всього))\s*$",
                         re.IGNORECASE)
# "rozpocznie się w 2024", "will start in 2024": the first date the project begins on
# ("ruszył w październiku 2024", "wystartował w maju": other verbs of starting)
_STARTS_BEFORE = re.compile(r"(?:rozpocz\w*\s+się|rozpocznie\s+się|start\w*|begin\w*|begins|"
                            # "rozpoczęło jego realizację w", "started its implementation in",
                            # "начали его реализацию в", "розпочала реалізацію у"
                            r"(?:rozpocz|start|began|begun|начал|начн|розпоча|розпочн)\w*\s+"
                            r"(?:(?:jego|jej|ich|swoją|its|their|его|её|их|його|її|їх)\s+)?"
                            r"(?:realizacj\w*|implementation|work|реализаци\w*|реалізаці\w*)|"
                            r"rusz(?:ył[aoy]?|yli|y)|wystartowa\w*|kicked\s+off|"
                            r"розпочн\w+|розпоча\w+|начн\w+|начал\w*|стартова\w*|стартува\w*|"
                            # Ukrainian "почати": "Ми почали в січні 2025 року"; Polish "zacząć"
                            r"почал[аио]|почав|zaczę(?:ła|ło|li|ły|liśmy|łyśmy)|zaczął|"
                            r"стартует|стартує|launched|was\s+launched|will\s+be\s+launched)"
                            # "zaczęło się we wrześniu": the reflexive between verb and preposition
                            r"(?:\s+się)?\s+(?:w|we|in|on|в|у|с|з)?\s*$",
                            re.IGNORECASE)


# the bare Polish verb of starting before its date ("rozpoczął 2 stycznia 2025 r. realizację",
# "rozpoczyna w marcu 2024 r. realizację"; the ru/uk forms stand above): only with the project's
# run as its object soon after the date ("Stowarzyszenie rozpoczyna 1 marca 2025 r. nabór
# wniosków" starts a call, MEND round 33)
_BARE_START = re.compile(r"rozpocz(?:ął|ęła|ęło|ęli|ęły|ęliśmy|ęłyśmy|yna|ynają|ynamy)"
                         r"(?:\s+(?:w|we|in|on|в|у|с|з)\b)?\s*$", re.IGNORECASE)


def _starts_before(text: str, a: int, b: int, after: str) -> re.Match[str] | None:
    """A verb of starting at the end of text[a:b], right before a date; after: the text after
    the date (see _STARTS_BEFORE, _BARE_START)."""
    m = _STARTS_BEFORE.search(text, a, b)
    if m is None and (m := _BARE_START.search(text, a, b)) is not None:
        return m if _RUN_NOUN_RX.search(after, 0, 40) else None
    return m


@lru_cache(maxsize=1)
def _range_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    to = re.compile(r"^(?:[–—-]|/|" + alternation(lx["range_to"]) + r"|в|and|i|oraz|и|і|та|й)$",
                    re.IGNORECASE)
    frm = re.compile(r"(?:^|[\s(])(?:" + alternation(lx["range_from"]) + r")\s*$", re.IGNORECASE)
    return to, frm


# "przez pół roku", "przez 18 miesięcy", "for six months", "в течение полугода",
# "протягом 10 місяців": how long the project runs from its start
_DURATION = re.compile(
    r"(?:przez|for|over|в\s+течение|на\s+протяжении|протягом|впродовж|potrwa|trwa\w*|"
    r"lasts?|will\s+last|продлится|длится|продолжится|триватиме|триває|тривав)\s+"
    r"(?:(?P<half>pół\s+roku|half\s+a\s+year|полгода|полугода|пів\s*року|півроку)|"
    r"(?P<n>\d{1,2}|[^\W\d]+)\s+(?P<unit>miesi\w+|months?|месяц\w*|місяц\w*|"
    r"lat[a]?|years?|год[а]?|лет|рок[иі]в?|років)|(?P<year>rok|a\s+year|one\s+year|год|рік))(?!\w)",
    re.IGNORECASE)


# "31 grudnia 2024 r. zakończyliśmy realizację", "Наприкінці грудня 2024 року завершився
# проєкт", "in December 2024 the project ended": a date followed by a verb of ending
_ENDED_AFTER = re.compile(r"\s*(?:r\.|roku|року|года|г\.|р\.)?,?\s*(?:[^\W\d]+\s+){0,3}?"
                          r"(?:zakończ\w*|skończ\w*|dobieg\w*|завершил\w*|завершив\w*|завершено|"
                          r"закінчи\w*|закончил\w*|ended|finished|was\s+completed|came\s+to\s+an\s+end)",
                          re.IGNORECASE)


def _more_precise(a: DateHit, b: DateHit) -> bool:
    """b states a's date more precisely: the same year (and month, if a has one), more parts."""
    if b.year != a.year or (a.month and b.month != a.month):
        return False
    return (b.month is not None) + (b.day is not None) > (a.month is not None) + (a.day is not None)


def sharpen(text: str, s: int, e: int, start: DateHit | None,
            end: DateHit | None) -> tuple[DateHit | None, DateHit | None]:
    """The same bounds as the text states them most precisely elsewhere: "2020–2022" and
    "od 1 lutego 2020 r. do 31 grudnia 2022 r.", a card's "lipiec 2024" and the lead's
    "od 1 lipca 2024 roku", "grudzień 2024" and "31 grudnia 2024 r. zakończyliśmy"."""
    if not (start and start.year and not start.day) and not (end and end.year and not end.day):
        return start, end
    periods = find_periods(text, s, e)
    first, last = open_dates(text, s, e)
    starts = [p.start for p in periods if p.start] + ([first] if first else [])
    ends = [p.end for p in periods if p.end] + ([last] if last else [])
    hits = find_dates(text, s, e)
    ends += [d for d in hits if d.year and _ENDED_AFTER.match(text, d.end, e)]
    # "стартує у січні … він стартує 1 січня 2026 року": a date after a verb of starting
    if start and start.year and not start.day:  # (only a date of the start's year can sharpen it)
        starts += [d for d in hits if d.day and d.year == start.year
                   and _starts_before(text, max(s, d.start - 40), d.start, text[d.end:d.end + 40])]
    if start and start.year:
        start = max((d for d in starts if _more_precise(start, d)),
                    key=lambda d: (d.month is not None) + (d.day is not None), default=start)
    if end and end.year:
        end = max((d for d in ends if _more_precise(end, d)),
                  key=lambda d: (d.month is not None) + (d.day is not None), default=end)
    return start, end


def duration_end(text: str, start: DateHit, limit: int) -> DateHit | None:
    """The month a project ends that began at start and runs for a stated time, said in
    the same sentence right after the start ("w kwietniu 2025 r. – przez pół roku")."""
    if not (start.year and start.month):
        return None
    after = text[start.end:min(limit, start.end + 80)]
    year_word = re.match(r"\s*(?:r\.|roku|года|г\.|року|р\.)", after)
    skip = year_word.end() if year_word else 0
    if after[skip - 1:skip] == "." and re.match(r"\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]", after[skip:]):
        return None  # "w marcu 2024 r. Wcześniej …": the abbreviation's dot ends the sentence
    sentence = re.split(r"[.!?\n]", after[skip:], maxsplit=1)[0]  # the same sentence only
    m = _DURATION.search(sentence)
    if m is None:
        return None
    if m.group("half"):
        months = 6
    elif m.group("year"):
        months = 12
    else:
        n = m.group("n")
        n = int(n) if n.isdigit() else lexicon()["numerals"].get(n.lower())
        if not n:
            return None
        unit = m.group("unit").lower()
        months = n if unit.startswith(("mies", "month", "месяц", "місяц")) else 12 * n
    idx = start.year * 12 + start.month - 1 + months - 1
    return DateHit(start.end + skip + m.start(), start.end + skip + m.end(), idx // 12, idx % 12 + 1)


def _gap_is_range(gap: str) -> bool:
    if "\n\n" in gap:  # "31.12.2021\n\nВ декабре 2021 …": a page's date, then a paragraph
        return False
    g = _GAP_CLEAN.sub(" ", gap).strip(" ,\t\n\xa0")
    return bool(_range_words()[0].match(g)) if len(g) <= 8 else False


_YEAR_BACK = 400  # how far back the month's year may be stated ("W lipcu 2025 r. … (7–16 lipca)")


def _year_of_month(text: str, start: int, pos: int, month: int) -> int | None:
    """The year of the latest date before pos that names the same month with a year."""
    ds = [d for d in find_dates(text, max(start, pos - _YEAR_BACK), pos) if d.year and d.month == month]
    return ds[-1].year if ds else None


def _year_before(text: str, start: int, pos: int) -> int | None:
    """The year of the latest dated expression before pos, within _YEAR_BACK characters."""
    ds = [d for d in find_dates(text, max(start, pos - _YEAR_BACK), pos) if d.year]
    return ds[-1].year if ds else None


def _dash_day_ranges(text: str, start: int, end: int) -> list[Period]:
    out = []
    for m in _DAY_RANGE.finditer(text, start, end):
        month = month_map().get(m.group("mw").lower())
        if m.group("y"):
            y = int(m.group("y"))
        elif text[m.start() - 1:m.start()] == "." or int(m.group("d1")) >= int(m.group("d2")):
            continue  # "15.04–16 maja": a day and month, not a range of days
        else:  # "(7–16 lipca)": the year this month was given in just before
            y = _year_of_month(text, start, m.start(), month) if month else None
        if month and y:
            out.append(Period(DateHit(m.start(), m.start("d2"), y, month, int(m.group("d1"))),
                              DateHit(m.start("d2"), m.end(), y, month, int(m.group("d2"))),
                              "day_range"))
    return out


def _day_ranges(text: str, start: int, end: int) -> list[Period]:
    """"10–12 czerwca 2022 r.", "10–18.08.2022", "od 8 do 17 lipca": two days of one month."""
    out: list[Period] = []
    if _DAY_DASH.search(text, start, end):
        out.extend(_dash_day_ranges(text, start, end))
    for d in find_dates(text, start, end):
        if not (d.day and d.month) or d.start - start < 3:
            continue
        num = d.year and text[d.start:d.end][:1].isdigit() and "." in text[d.start:d.end] and \
            _DAY_NUM_BEFORE.search(text, max(start, d.start - 8), d.start)
        word = None if num else _DAY_WORD_BEFORE.search(text, max(start, d.start - 24), d.start)
        m = num or word
        if not m:
            continue
        y = d.year or _year_of_month(text, start, m.start(), d.month)
        d1 = int(m.group("d1"))
        if y and 1 <= d1 < d.day:
            out.append(Period(DateHit(m.start("d1"), m.end("d1"), y, d.month, d1),
                              DateHit(d.start, d.end, y, d.month, d.day), "day_range"))
    return sorted(out, key=lambda p: p.start.start)


# "między 1 lipca a 31 października 2022 r.", "pomiędzy marcem a czerwcem": Polish joins the
# two bounds after "między" with "a", not with a dash or "do"
_BETWEEN_BEFORE = re.compile(r"(?<![\w])(?:po)?między\s+$", re.IGNORECASE)
_AND_A = re.compile(r"\s+a\s+")


def _between_and(text: str, a: DateHit, b: DateHit, start: int) -> bool:
    """"między 1 lipca a 31 października", or two bare years in a sentence on the work done
    ("między 2019 a 2021 rokiem realizowaliśmy projekt"); "między 2015 a 2020 rokiem liczba
    wniosków wzrosła" compares two years."""
    if not (_AND_A.fullmatch(_GAP_CLEAN.sub(" ", text[a.end:b.start]).rstrip(",") + " ")
            and _BETWEEN_BEFORE.search(text, max(start, a.start - 12), a.start)):
        return False
    if a.month or b.month:
        return True
    s, e = sentence_at(text, a.start)
    return _RUNS.search(text, s, max(e, b.end)) is not None


# "po 2020 i 2022 roku", "after 2020 and 2022", "после 2020 года и 2022 года": dates after
# "after" or "before" are points something happened past or ahead of, never a range's bounds
_NOT_A_BOUND_BEFORE = re.compile(r"(?<![\w])(?:po|przed|after|before|после|перед|після)\s+$", re.IGNORECASE)


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Date ranges ("01.07.2019 – 31.08.2022", "od września 2009 do grudnia 2010")."""
    end = len(text) if end is None else end
    hits = find_dates(text, start, end)
    out = _day_ranges(text, start, end)
    i = 0
    while i < len(hits) - 1:
        a, b = hits[i], hits[i + 1]
        if b.year is None and a.year is None and a.month and b.month and a.month < b.month \
                and _gap_is_range(text[a.end:b.start]):
            # "W 2019 roku … Działania trwały od kwietnia do listopada": the year said before
            y = _year_before(text, start, a.start)
            if y:
                a, b = (DateHit(a.start, a.end, y, a.month, a.day), DateHit(b.start, b.end, y, b.month, b.day))
        if (_gap_is_range(text[a.end:b.start]) or _between_and(text, a, b, start)) and b.year is not None \
                and not _NOT_A_BOUND_BEFORE.search(text, max(start, a.start - 12), a.start):
            if a.year is None:  # "1 czerwca – 30 listopada 2017": the end gives the year
                a = DateHit(a.start, a.end, b.year, a.month, a.day)
            if (a.year, a.month or 0) <= (b.year, b.month or 13):
                out.append(Period(a, b, "date_range"))
                i += 2
                continue
        i += 1
    return out


# "Fundusze Europejskie dla Lubelskiego 2021-2027", "(FAMI) 2021-2027", "Erasmus+ 2021–2027":
# a year range written into a programme's or fund's name dates the programme, not the project
_PROGRAMME_NOUN = re.compile(r"(?<![\w])(?:program\w*|fundusz\w*|funds?|funduszy|mechaniz\w*|"
                             r"perspektyw\w*|fami|amif|efs\+?|efrr|erasmus\+?|eog|eea|interreg|"
                             r"програм\w*|фонд\w*|механізм\w*|механизм\w*)(?![\w])", re.IGNORECASE)
# between the programme's noun and the years: only the rest of a name (capitalised words,
# acronyms, brackets, small joining words), no verb nor sentence
_NAME_REST = re.compile(r"(?:\s*(?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ(][\w()+.-]*,?|dla|i|na|w|z|and|for|of|the|"
                        r"для|і|и|та|\(\w+\)|\)|[–—-]))*\s*$")


def is_programme_years(text: str, per: Period) -> bool:
    """The range is two bare years closing a programme's name (its budget period)."""
    a, b = per.start, per.end
    if a is None or b is None or a.month or b.month:
        return False
    before = text[max(0, a.start - 90):a.start]
    last = None
    for last in _PROGRAMME_NOUN.finditer(before):
        pass
    return last is not None and _NAME_REST.fullmatch(before, last.end()) is not None


# the last noun before "na lata 2024–2026": a grant's or project's years are the project's
# own, a programme's or fund's are its budget period ("Program FIO na lata 2021–2030")
_YEARS_OWNER = re.compile(r"(?<![\w])(?:(?P<own>grant\w*|dotacj\w*|projekt\w*|project\w*|umow\w*|"
                          r"грант\w*|проект\w*|проєкт\w*)|program\w*|fundusz\w*|funds?|perspektyw\w*|"
                          r"mechaniz\w*|програм\w*|фонд\w*)(?![\w])", re.IGNORECASE)


def granted_for(text: str, per: Period, s: int = 0) -> bool:
    """"Projekt finansuje X – grant 180 000 USD na lata 2024–2026": the years a grant or a
    project is given for, the nearest such noun in the clause before them."""
    a = per.start.start if per.start else per.end.start
    lo = max(s, a - 80)
    lo = max([lo] + [i + 1 for i in (text.rfind(c, lo, a) for c in ".;!?\n") if i >= 0])
    last = None
    for last in _YEARS_OWNER.finditer(text, lo, a):
        pass
    return last is not None and last.group("own") is not None


# "Okres sprawozdawczy: 1.01.2024–31.12.2024", "reporting period", "отчётный период",
# "звітний період": the span a report covers, not the project's run
_REPORTING = re.compile(r"(?:sprawozdawcz\w*|objęty\s+raportem|reporting\s+period|period\s+covered|"
                        r"отч[её]тн\w*|звітн\w*)[^\n.;]{0,20}$", re.IGNORECASE)


def is_reporting_period(text: str, per: Period, s: int = 0) -> bool:
    a = per.start.start if per.start else per.end.start
    return bool(_REPORTING.search(text, max(s, a - 40), a))


def ended_before_page(text: str, per: Period, s: int, e: int) -> bool:
    """"Pierwsza edycja, realizowana w latach 2020–2023" on a page dated February 2024 that
    says "Projekt potrwa do 31 grudnia 2026 r.": a period over before the page was written,
    where the text puts the project's own end after that date, is another run's (an earlier
    edition, what a city did before), not this project's."""
    pub = page_date(text)
    if pub is None or not pub.year or per.end is None or not per.end.year:
        return False
    now = (pub.year, pub.month or 12)
    if (per.end.year, per.end.month or 12) >= now:
        return False
    last = open_dates(text, s, e)[1]
    return last is not None and bool(last.year) and (last.year, last.month or 1) > now


_LONE_REST = re.compile(r"[\s.,;]*(?:r\.?|rok|roku|year|год|року|рік|г\.?|р\.?)?[\s.,;]*")


def lone_period(text: str, start: int, end: int) -> DateHit | None:
    """A period label whose value is one date and nothing else ("Okres: 2023", "Termin
    realizacji: czerwiec 2024 r.", "Duration: 2022"): the project ran within it, so it is
    both its start and its end."""
    ds = find_dates(text, start, end)
    if len(ds) != 1 or ds[0].year is None:
        return None
    d = ds[0]
    if _LONE_REST.fullmatch(text, start, d.start) and _LONE_REST.fullmatch(text, d.end, end):
        return d
    return None


# a year label opening its line: "Rok: 2022", "Rok realizacji: 2023", "Realizacja: 2022",
# "Year: 2021", "Рік: 2023", "Год реализации: 2021" (its colon required: "Rok 2022 przyniósł
# …" is a sentence; "Rok założenia:", "Rok wydania:" date the body or a book, not the project)
_YEAR_LABEL = re.compile(r"^[^\S\n]*(?:[•*\-–►▪][^\S\n]*)?(?:rok(?:\s+realizacji)?|realizacja|"
                         r"year(?:\s+of\s+implementation)?|рік(?:\s+реалізації)?|год(?:\s+реализации)?)"
                         r"[^\S\n]*:[^\S\n]*(?P<value>[^\n]*)$", re.IGNORECASE | re.MULTILINE)
# (plain finds, as written in each case: most records hold none of them)
_YEAR_LABEL_HINTS = tuple(f(w) for w in ("rok", "realizacja", "year", "рік", "год")
                          for f in (str.lower, str.capitalize, str.upper))


# a publication's card ("Rok: 2023\nISBN …", "Wydawca: X"): its year label dates the book
_PUBLICATION = re.compile(r"\bISBN\b|(?i:wydawca|wydawnictwo|publisher|издательство|издатель|видавництво|"
                          r"видавець)[^\S\n]*:")


def _in_publication_card(text: str, s: int, e: int, pos: int) -> bool:
    """The label at pos stands in a block (lines between blank ones) that describes a publication."""
    a = text.rfind("\n\n", s, pos)
    b = text.find("\n\n", pos, e)
    return _PUBLICATION.search(text, a + 1 if a >= 0 else s, b if b >= 0 else e) is not None


def year_label_bounds(text: str, s: int, e: int) -> tuple[DateHit | None, DateHit | None]:
    """The first year label's value in text[s:e]: a period there gives both ends
    ("Realizacja: 03.2021–02.2022"); one year alone is the year the project began in, its end
    left unsaid (as the golds read "Rok: 2022"); anything else ("Realizacja: Fundacja X")
    gives no date. (None, None) where no such label is."""
    if not any(text.find(w, s, e) >= 0 for w in _YEAR_LABEL_HINTS):
        return None, None
    for m in _YEAR_LABEL.finditer(text, s, e):
        if _in_publication_card(text, s, e, m.start()):
            continue  # "Publikacja „X”\nRok: 2023\nISBN …": the book's year
        vs, ve = m.start("value"), min(e, m.end("value"))
        per = find_periods(text, vs, ve)
        if per and per[0].start is not None:
            return per[0].start, per[0].end
        lone = lone_period(text, vs, ve)
        if lone is not None and lone.month is None:
            return lone, None
    return None, None


def open_dates(text: str, start: int, end: int) -> tuple[DateHit | None, DateHit | None]:
    """A lone start ("od 1 marca 2018", "С 1 марта 2018") or end ("do czerwca 2015")."""
    _to, frm = _range_words()
    first = last = None
    aside = False  # the first "od" date's clause says nothing of running anything
    for h in find_dates(text, start, end):
        if h.year is None:
            h = _in_page_year(text, h, start, first is None) if h.month else None
            if h is None:
                continue
        elif h.day and is_dateline(text, h):
            continue  # "28.11.2023\n\nZakończył się projekt …": the page's date, not the project's
        before = text[max(start, h.start - 40):h.start]
        before = re.sub(r"\b(?:końca|konca|the end of|end of|конца|кінця)\s*$", "", before,
                        flags=re.IGNORECASE)
        if any(q in before for q in ("kwart", "кварт", "uarter", "Q")):
            before = _QUARTER_BEFORE.sub("", before)
        after = text[h.end:min(end, h.end + 90)]
        if _WHOLE_YEAR.search(before) and h.month is None and first is None and last is None:
            return h, h  # "przez cały 2023 rok": the project ran that year
        if (frm.search(before) or _STARTED.match(after)
                or _starts_before(before, 0, len(before), after)) \
                and (first is None or aside and _runs_in_clause(text, h, start, end)):
            # "którzy od 2020 r. mieszkają na Podlasiu. Od września 2023 roku prowadzimy …":
            # a later start whose clause runs something replaces one that only tells a story
            aside = first is None and not _runs_in_clause(text, h, start, end)
            first = h
        elif first is None and _START_PLANNED.search(before):
            first = h  # "Rozpoczęcie projektu zaplanowano na marzec 2025"
        elif _END_PLANNED.search(before) or re.search(r"(?:^|\s)(?:do|until|till|до|по)\s*$", before, re.IGNORECASE) or re.search(r"(?:zakończ(?:ył[aoy]?|y)\s+się|"
                       # "rozpocznie się 1 lipca i zakończy 30 kwietnia": the coordinated verb shares "się"
                       r"(?<![\w])(?:i|oraz|a)\s+zakończ(?:ył[aoy]?|y)|"
                       # the verb of ending in the first person: "skończymy w kwietniu 2026",
                       # "zakończyliśmy w", "завершимо в", "закончим в"
                       r"(?:(?:za|s)kończ(?:ymy|yliśmy|yłyśmy)|заверш(?:им|имо)|законч(?:им)|закінч(?:имо))"
                       r"(?:\s+(?:je|go|ją|его|её|их|його|її|їх))?|"
                       r"ended|will\s+end|завершил\w*|завершив\w*|завершено|"
                       r"заверш(?:ится|иться)|закінчиться|"
                       r"came\s+to\s+an\s+end|"
                       r"was\s+completed|completed)(?:\s+(?:w|we|in|on|в|у))?\s*$", before,
                       re.IGNORECASE) or _project_ends(before):
            if not _deadline_clause(text, h, start) and not _before_start(first, h):
                last = h
        elif last is None and _ended_here(text, h.end, end):
            last = h  # "Z końcem marca 2024 roku zakończyliśmy realizację projektu"
    return first, last


def _before_start(first: DateHit | None, h: DateHit) -> bool:
    """h falls before the start already found: "rozpocznie się 1 września 2024 r. … Prześlij
    CV do 16 sierpnia 2024 r." is no end of the project (it cannot end before it starts)."""
    return first is not None and bool(first.year) and bool(h.year) and \
        (h.year, h.month or 12, h.day or 31) < (first.year, first.month or 1, first.day or 1)


_STATED_YEAR = re.compile(_YEAR)


def bare_years_outside(text: str, per: Period, first: DateHit | None, last: DateHit | None) -> bool:
    """A range of two bare years ("W latach 2022–2023 skorzystało …", "„Inny projekt”
    (2021–2023)", "w poprzednich edycjach (2023/2024)") against a start and an end the text
    states to the month with words of starting and ending ("rozpocznie się 1 marca 2024 r. i
    potrwa do 28 lutego 2025 r."), which do not fall within those years: the two cannot both
    be the project's run, and the stated start and end are said of it; the bare years date
    something the page mentions (a former edition, another project, what a city did)."""
    a, b = per.start, per.end
    if a is None or b is None or a.month or b.month or not (a.year and b.year):
        return False
    if not (first and last and first.year and last.year and first.month and last.month):
        return False
    if not (_STATED_YEAR.search(text, first.start, first.end) and _STATED_YEAR.search(text, last.start, last.end)):
        return False  # "od września" dated by the page: a year inferred, not stated
    if (first.year, first.month, first.day or 1) > (last.year, last.month, last.day or 31):
        return False
    return first.year < a.year or last.year > b.year


# "Zgłoszenia przyjmujemy do 20 maja 2025", "Applications are open until 20 November 2022",
# "Заявки принимаются до …": a noun of applying or registering; "projekty muszą zakończyć się
# do …", "must be completed by", "должны завершиться до": a modal verb, a rule set for projects
# (a call's), not a report of one's run. Either in the clause before an "until" date makes it a
# deadline, not the project's end.
_DEADLINE = re.compile(
    r"(?<![\w])(?:zgłosze\w*|zapis(?:y|ów|ach)|rejestracj\w*|nab(?:ór|oru)|aplikacj\w*|formularz\w*|"
    r"applications?|registration|register|apply|sign(?:\s+|-)?up|enrol\w*|submissions?|deadline|"
    r"заявк\w*|заявлен\w*|регистрац\w*|реєстрац\w*|запис\w*|"
    r"musi|muszą|należy|trzeba|można|powinn\w+|must|should|have\s+to|has\s+to|need\s+to|"
    r"должн\w*|нужно|необходимо|можно|повинн\w*|потрібно|необхідно|можна)(?![\w])", re.IGNORECASE)


def _deadline_clause(text: str, h: DateHit, start: int) -> bool:
    """The clause before the date (from its sentence's start) sets a deadline."""
    a = max([start, h.start - 100] + [text.rfind(c, max(start, h.start - 100), h.start) + 1 for c in "!?\n"]
            + [m.end() for m in _SENTENCE_DOT.finditer(text, max(start, h.start - 100), h.start)])
    return _DEADLINE.search(text, a, h.start) is not None


# a sentence's dot: after a word of two letters or more (not "r.", "ul.", a day's "1.")
_SENTENCE_DOT = re.compile(r"(?<=[^\W\d]{3})\.\s")


# a verb of running or doing, or the project's noun: what a start date in the clause is of
_RUNS = re.compile(r"(?<![\w])(?:realiz\w*|prowadz\w*|prowadzi\w*|trwa\w*|działa\w*|organizuj\w*|"
                   r"projekt\w*|project\w*|implement\w*|runs?|running|operat\w*|lasts?|lasted|"
                   r"реализ\w*|реаліз\w*|провод\w*|трива\w*|длил\w*|длит\w*|продолж\w*|продовж\w*|"
                   r"действ\w*|діє|працю\w*|работа\w*|"
                   r"проект\w*|проєкт\w*)", re.IGNORECASE)


def _runs_in_clause(text: str, h: DateHit, start: int, end: int) -> bool:
    """The sentence around the date names running something or the project."""
    a = max([start] + [text.rfind(c, max(start, h.start - 120), h.start) + 1 for c in ".!?\n"])
    stop = _CLAUSE_STOP.search(text, h.end, min(end, h.end + 120))
    return _RUNS.search(text, a, stop.start() if stop else min(end, h.end + 120)) is not None


# a sentence's end; not the dot of "r.", "г.", "р." after a year
_CLAUSE_STOP = re.compile(r"(?<![\s(]r)(?<![\s(]г)(?<![\s(]р)[.!?\n]")


# the ending verb after the date is said of the project's run (its subject before it, or its
# object right after: "zakończyliśmy realizację"), not of a call ("zakończył się nabór")
_RUN_NOUN = r"(?:realizacj|projekt|zadani|project|реализаци|реалізаці|проект|проєкт|działa[nń]|activit)"
_RUN_NOUN_RX = re.compile(_RUN_NOUN, re.IGNORECASE)
# (one adjective may stand before the noun: "zakończył się pilotażowy projekt", "ended the pilot
# project", "завершился годичный проект"; an adjective's ending, and the noun a whole word:
# "zakończyła się kampania projektowa", "zakończyły się warsztaty projektowe" end no project,
# MEND round 33)
_ADJECTIVE = (r"[^\W\d]{2,}(?:owy|owa|owe|ny|na|ne|ni|ski|ska|cki|cka|ый|ий|ій|ая|ой|ое|ова|ська|"
              r"al|ic|ot)")
_RUN_NOUN_WORD = (r"(?:realizacj[aięą]|projekt(?:u|em|ie|y|ów|ami|ach)?|zadani(?:e|a|u|em|ach)|"
                  r"zadań|projects?|реализаци(?:я|и|ю|ей)|реалізаці(?:я|ї|ю|єю)|"
                  r"проект(?:а|у|ом|е|ы|ов)?|проєкт(?:у|ом|і|и|ів)?|"
                  r"działa(?:nia|niu|niem|niach|ń)|activit(?:y|ies))(?![\w])")
_RUN_AFTER = re.compile(r"(?:\s+się)?\s+(?:(?:jego|its|the|our|nasz\w*|свій|свою|свой|наш\w*)\s+)?"
                        r"(?:" + _ADJECTIVE + r"\s+)?" + _RUN_NOUN_WORD, re.IGNORECASE)


def _ended_here(text: str, pos: int, end: int) -> bool:
    m = _ENDED_AFTER.match(text, pos, end)
    return m is not None and bool(_RUN_NOUN_RX.search(text, pos, m.end()) or _RUN_AFTER.match(text, m.end(), end))


# the present and the impersonal past of ending with the project as its subject or object:
# "Projekt kończy się 30 listopada", "Projekt zakończono w grudniu", "Проект завершается",
# "Проєкт завершується", "The project ends on", "Realizacja projektu „X” kończy się" (not
# "Finansowanie projektu kończy się w grudniu", "Rekrutacja do projektu kończy się", "Nabór
# zakończono 15 marca": a grant's, a call's end): the noun in the nominative right before the
# verb, its quoted name between them allowed (MEND, round 33)
_PROJECT_ENDS = re.compile(r"(?<![\w])(?:projekt|project|проект|проєкт|zadanie|realizacja|"
                           r"реализация|реалізація)(?:[^\S\n]+(?:projektu|zadania|проекта|проєкту))?"
                           r"(?:[^\S\n]+[„«\"“][^”»\"\n]{1,80}[”»\"])?[^\S\n]+"
                           r"(?:(?:za)?kończy\s+się|zakończono|заверша(?:ется|ются)|"
                           r"заканчива(?:ется|ются)|заверш(?:ується|уються)|закінчу(?:ється|ються)|ends)"
                           r"(?:\s+(?:w|we|in|on|в|у))?\s*$", re.IGNORECASE)
# (an English noun shows no case: "Funding for the project ends" has it after a preposition)
_PREP_BEFORE = re.compile(r"(?<![\w])(?:of|for|to|in|from|with)\s+(?:(?:the|this|our|its)\s+)?$",
                          re.IGNORECASE)


def _project_ends(before: str) -> bool:
    m = _PROJECT_ENDS.search(before)
    return m is not None and _PREP_BEFORE.search(before, 0, m.start()) is None


# "Zakończenie działań zaplanowano na sierpień 2026", "is scheduled to end in August 2026",
# "окончание проекта запланировано на", "завершення проєкту заплановано на": a planned end
# (the same for a planned start: "Rozpoczęcie zaplanowano na", "scheduled to start in")
_PLANNED_FOR = (r"\s+(?:[^\W\d]+\s+){0,3}?(?:zaplanowano|planowane\s+jest|planowan[ey]\s+jest|przewidziano|"
                r"przewidzian[ey]\s+jest|przewidywan[ey]\s+jest|nastąpi|запланирован[оа]?|намечен[оа]?|"
                r"планируется|заплановано|заплановане|планується|передбачено)\s+(?:na|w|we|на|в|у)\s*$")
_END_PLANNED = re.compile(r"(?:(?:zakończeni|koniec|końc|окончани|завершени|завершенн|закінченн)\w*" + _PLANNED_FOR
                          # "…, a zakończenie na luty 2026": the verb left out
                          + r")|(?:zakończeni|окончани|завершенн?и|закінченн)\w*\s+(?:na|на)\s*$|(?:scheduled|planned|set|due|expected)\s+to\s+(?:end|finish|close|conclude)"
                          r"\s+(?:in|on|by)\s*$|(?:end|completion)\s+is\s+(?:planned|scheduled|expected)\s+"
                          r"(?:for|in|on)\s*$", re.IGNORECASE)
_START_PLANNED = re.compile(r"(?:(?:rozpoczęci|początek|start|начал|старт|початок|розпочатт)\w*" + _PLANNED_FOR
                            + r")|(?:scheduled|planned|set|due|expected)\s+to\s+(?:start|begin|launch)"
                            r"\s+(?:in|on)\s*$", re.IGNORECASE)
_FROM_MONTH = re.compile(r"(?:^|[\s(])(?:od|since|from|с|з|із|від)\s*$", re.IGNORECASE)


# "Projekt zakończył się 30 września", "завершился 30 сентября", "ended on 30 September": a
# verb of ending right before a date with no year
_ENDED_BEFORE = re.compile(r"(?:zakończ\w*(?:\s+się)?|skończ\w*(?:\s+się)?|завершил\w*|завершив\w*|"
                           r"закінчи\w*|закончил\w*|ended|finished)\s+(?:(?:w|we|on|in|в|у)\s+)?$",
                           re.IGNORECASE)
# "w lutym tego roku", "в феврале этого года", "in February this year": the page's own year;
# "od stycznia ubiegłego roku", "до червня наступного року", "in June next year": the one
# before or after it
_THIS_YEAR = re.compile(r"\s+(?:(?P<this>tego|bieżącego|this|этого|текущего|цього|поточного)|"
                        r"(?P<last>ubiegłego|zeszłego|poprzedniego|last|прошлого|минулого)|"
                        r"(?P<next>przyszłego|następnego|next|следующего|будущего|наступного))"
                        r"\s+(?:roku|year|года|року)(?![\w])", re.IGNORECASE)


# the future forms among the verbs of starting (_STARTED, _STARTS_BEFORE): Polish perfective
# non-past, Russian and Ukrainian perfective future (and "стартует"/"стартує" said of what is
# ahead), English "will"
_FUTURE_START = re.compile(r"(?<![\w])(?:rozpocznie|rozpoczną|ruszy|ruszą|wystartuje|wystartują|zacznie|zaczną|"
                           r"will|начн\w*|стартует|стартують?|стартує|розпочн\w*|почне\w*)(?![\w])",
                           re.IGNORECASE)


def _in_page_year(text: str, h: DateHit, start: int, may_start: bool = True) -> DateHit | None:
    """"Od lipca …" on a page dated 7 October 2024: a month with no year that a project began
    in is the latest such month up to the page's date (July 2024; "od listopada" → 2023;
    "W marcu wystartował projekt" the same: a verb of starting after the month); so is a
    day it ended on ("zakończył się 30 września"); "w lutym tego roku" is the page's year."""
    this_year = _THIS_YEAR.match(text, h.end)
    starts = may_start and (_FROM_MONTH.search(text, max(start, h.start - 12), h.start)
                            or _STARTED.match(text, h.end)
                            or _starts_before(text, max(start, h.start - 40), h.start,
                                              text[h.end:h.end + 40]))
    # "стартує у січні", "rozpocznie się w marcu", "will start in May": a start still ahead is
    # the first such month from the page's date on, not the last one before it
    ahead = bool(starts) and _FUTURE_START.search(text, max(start, starts.start() - 6), starts.end()) is not None
    if not (starts or this_year or _ENDED_BEFORE.search(text, max(start, h.start - 30), h.start)):
        return None
    pub = page_date(text)
    if pub is None or pub.month is None or pub.year is None:
        return None
    if this_year:  # the page's year, or the one before or after it, as the words say
        year = pub.year + (-1 if this_year.group("last") else 1 if this_year.group("next") else 0)
    elif ahead:
        year = pub.year if h.month >= pub.month else pub.year + 1
    else:
        year = pub.year if h.month <= pub.month else pub.year - 1
    return DateHit(h.start, this_year.end() if this_year else h.end, year, h.month, h.day)


# "potrwa do końca przyszłego roku", "до конца года", "до кінця наступного року", "until the
# end of next year": an end told relative to the page's own date
_YEAR_END = re.compile(
    r"(?<![\w])(?:do|until|till|by|through|до)\s+(?:(?:the\s+)?end\s+of|końca|konca|конца|кінця)\s+"
    r"(?:(?P<next>przyszłego|następnego|next|следующего|будущего|наступного)\s+|"
    r"(?:tego|bieżącego|this|the|этого|текущего|цього|поточного)\s+)?"
    # "do końca roku szkolnego", "until the end of the school year", "до конца учебного года"
    r"(?P<school>(?:school|учебного|навчального)\s+)?(?:roku|year|года|року)"
    r"(?P<school_pl>\s+szkolnego)?(?![\w])",
    re.IGNORECASE)
_SCHOOL_YEAR_END = 6  # a Polish school year ends in June
_YEAR_END_HINTS = ("końca", "konca", "end of", "конца", "кінця")


def relative_end(text: str, s: int, e: int, start: DateHit | None) -> DateHit | None:
    """The end of a year named relative to now: "this year" is the page's year (or, on an
    undated page, the year the project started), "next year" the page's year plus one."""
    if not any(text.find(w, s, e) >= 0 for w in _YEAR_END_HINTS):
        return None
    m = _YEAR_END.search(text, s, e)
    if m is None:
        return None
    pub = page_date(text)
    if m.group("school") or m.group("school_pl"):
        return _school_year_end(m, pub or start)
    if m.group("next"):
        year = pub.year + 1 if pub and pub.year else None
    else:
        year = pub.year if pub and pub.year else start.year if start else None
    return DateHit(m.start(), m.end(), year) if year else None


# "w roku szkolnym 2024/2025", "the 2023/2024 school year", "в 2023/2024 учебном году", "у
# 2023/2024 навчальному році": the two years joined by a slash under the school year's noun
_SCHOOL_BEFORE = re.compile(r"(?:szkoln\w*|(?:school|academic)\s+year|учебн\w*\s+год\w*|"
                            r"навчальн\w*\s+р[оі][кц]\w*)\s*$", re.IGNORECASE)
_SCHOOL_AFTER = re.compile(r"\s*(?:(?:school|academic)\s+year|rok\w*\s+szkoln\w*|учебн\w*\s+год\w*|"
                           r"навчальн\w*\s+р[оі][кц]\w*)", re.IGNORECASE)
_SCHOOL_YEAR_START = 9  # and it starts in September


def school_year_bounds(text: str, a: DateHit, b: DateHit, s: int, e: int) -> tuple[DateHit, DateHit] | None:
    """A school year written as two years ("2024/2025") runs from the first one's September
    to the second one's June: the months the text means, not two whole years."""
    if a.month or b.month or not a.year or b.year != a.year + 1 \
            or text[a.end:b.start].strip() not in ("/", "–", "-"):  # ("2024/2025", "2024–2025")
        return None
    if not (_SCHOOL_BEFORE.search(text, max(s, a.start - 30), a.start) or _SCHOOL_AFTER.match(text, b.end, e)):
        return None
    return (DateHit(a.start, a.end, a.year, _SCHOOL_YEAR_START),
            DateHit(b.start, b.end, b.year, _SCHOOL_YEAR_END))


def _school_year_end(m: re.Match, now: DateHit | None) -> DateHit | None:
    """The June that ends the school year running at the page's date (from September on,
    the next calendar year's); "next school year" one later. Undated, no end."""
    if now is None or not now.year or not now.month:
        return None
    year = now.year + (1 if now.month >= 9 else 0) + (1 if m.group("next") else 0)
    return DateHit(m.start(), m.end(), year, _SCHOOL_YEAR_END)


def page_date(text: str) -> DateHit | None:
    """The date the page was published: the first date standing alone on a line near the top."""
    top = find_dates(text, 0, min(len(text), 1500))
    for d in top:
        if d.year and is_dateline(text, d):
            return d
    for d in top:  # "J. Nowak, 03.10.2023 09:41 | Komentarze (7)": a full date on a short byline
        ls, le = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
        if d.day and d.start < 600 and (le if le >= 0 else len(text)) - ls <= 80:
            return d
    return None


# "15.05.2024", "Data publikacji: 27.11.2023", "Warsaw, 15 February 2024": a line holding only
# a date (and a publication label or a town before it) dates the page, not the project
_DATELINE_LABEL = re.compile(
    r"\s*(?:(?:data\s+(?:publikacji|dodania)|opublikowano|dodano|published|posted|updated|"
    r"опубликовано|опубліковано|дата(?:\s+публікації|\s+публикации)?)\s*:?\s*|"
    # a bare "Data:", "Date:", "Дата:" label before a day alone on its line (the day: see below)
    r"(?:data|date|дата)\s*:\s*|"
    r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+,\s*|"
    # a site section before a separator: "Aktualności | 12 marca 2025", "News / 20.06.2024"
    r"[^\W\d][^\W\d_]*(?:[ -][^\W\d][^\W\d_]*){0,2}\s*[|/›»·•]\s*)?$", re.IGNORECASE)


def page_day_label(text: str, start: int, end: int) -> bool:
    """A date label's value that is one day alone on its line ("Data: 18.12.2023", "Дата: 20
    января 2023 г."): the day the page was posted, as its byline gives it; an event's "Date:"
    adds its hours ("Data: 22 listopada 2023 r., godz. 9:30"), and a period gives two dates."""
    d = lone_period(text, start, end)
    return d is not None and d.day is not None and is_dateline(text, d)


def is_dateline(text: str, d: DateHit) -> bool:
    """The date stands alone on its line, perhaps after a publication label or a town."""
    ls = text.rfind("\n", 0, d.start) + 1
    le = text.find("\n", d.end)
    rest = text[d.end:le if le >= 0 else len(text)]
    return bool(_DATELINE_LABEL.fullmatch(text, ls, d.start)) and \
        re.fullmatch(r"\s*(?:r\.|р\.|г\.|roku|року|года)?\s*(?:[|•·].*)?", rest) is not None


# "projektu „X”, realizowanego od stycznia do grudnia 2024 r.", "który Fundacja realizuje od
# kwietnia do października", "the project runs from", "реализуется с", "реалізується з": the
# verb of carrying out governs the period, so it is the project's, whatever dates stand first
_RUN_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:realiz\w+|prowadz\w+|trwa\w*|potrwa|implemented|run(?:s|ning)?|ran|lasts?|"
    r"реализу\w+|реалізу\w+|реализова\w+|реалізова\w+|провод\w+|трива\w*|продл\w+)"
    r"(?:\s+(?:się|jest|będzie|był[aoy]?|będą))?\s+(?:od|from|between|с|з|із|від)\s*$", re.IGNORECASE)


# the same verb with its agent or a span noun between it and the period ("implemented by the
# Polish Civic Network from", "zrealizowany przez Stowarzyszenie X w okresie od", "is carried
# out from"), or the project's noun with the period in brackets ("a two-year project (January
# 2024 – December 2025)"); read only for a period that holds every other one (see below)
_RUN_AGENT_BEFORE = re.compile(
    r"(?:(?<![\w])(?:z?realizowan\w*|prowadzon\w*|implemented|carried\s+out|run|ran|coordinated|"
    r"реализу\w+|реалізу\w+|реализован\w*|реалізован\w*|провод\w+)"
    r"(?:\s+(?:przez|by|силами)(?:\s+[^\s.;!?()]+){1,8}?)?(?:\s+(?:w\s+okresie|in\s+the\s+period|"
    r"в\s+период|у\s+період))?\s+(?:od|from|between|с|з|із|від)|"
    r"(?<![\w])(?:projekt|project|проект|проєкт)\w{0,3}\s*\()\s*$", re.IGNORECASE)


def _holds(outer: Period, inner: Period) -> bool:
    """outer's span of days holds inner's (a bound given only to the year or month reads
    as its widest)."""
    a, b = outer.start, outer.end
    c, d = inner.start, inner.end
    if not (a.year and b.year and c.year and d.year):
        return False
    return (a.year, a.month or 1, a.day or 1) <= (c.year, c.month or 1, c.day or 1) and \
        (b.year, b.month or 12, b.day or 31) >= (d.year, d.month or 12, d.day or 31)


def run_periods_first(text: str, periods: list[Period]) -> list[Period]:
    """The periods a verb of carrying out governs first ("realizowanego od … do …"), then the
    rest in their order: an event's dateline above ("Przemyśl, 7–9 czerwca 2024") is the
    event's, not the project's it belongs to. Failing that, the period said of the project
    through its agent ("realizowanego przez Stowarzyszenie od marca do października") when
    it holds every other period of the record: an event's days ("W dniach 21–23 czerwca
    2024 r.", "On 9–10 October 2024 … met") fall inside the project's run."""
    run = [p for p in periods if _RUN_VERB_BEFORE.search(text, max(0, p.start.start - 40), p.start.start)]
    if not run and len(periods) > 1:
        run = [p for p in periods if _RUN_AGENT_BEFORE.search(text, max(0, p.start.start - 120), p.start.start)
               and all(_holds(p, q) and q.start.start != p.start.start for q in periods if q is not p)][:1]
    return run + [p for p in periods if p not in run] if run else periods


# the plural noun of the items a list or table presents ("zadania", "projektów", "projects",
# "проекты", "проєктів", "grantów"; a small-grants call's "inicjatywy", "mikrogranty",
# "initiatives", "инициативы", "ініціативи") and a verb or noun of their running, starting or
# ending (the perfective too: "Wszystkie inicjatywy trzeba zrealizować między … a …")
_ITEMS_NOUN = re.compile(r"(?<![\w])(?:zada(?:nia|ń|niach)|projekt(?:y|ów|ach)|(?:mikro)?grant(?:y|ów)|"
                         r"inicjatyw(?:y|ach)?|initiatives|инициатив(?:ы|ах)?|ініціатив(?:и|ах)?|"
                         r"projects|tasks|(?:micro-?)?grants|(?:микро)?грант(?:ы|ов)|(?:мікро)?грант(?:и|ів)|"
                         r"проект(?:ы|ов|и|ів)|проєкт(?:и|ів))(?![\w])",
                         re.IGNORECASE)
_ITEMS_RUN = re.compile(r"(?<![\w])(?:z?realiz\w*|trwa\w*|prowadz\w*|rozpocz\w*|zakończ\w*|"
                        r"run|runs|implemented|carried\s+out|last|start\w*|end|"
                        r"реализ\w*|реаліз\w*|провод\w*|трива\w*|длит\w*|начн\w*|почн\w*|"
                        r"заверш\w*|законч\w*|закінч\w*)", re.IGNORECASE)


def items_run_period(text: str, start: int, end: int) -> tuple[DateHit, DateHit] | None:
    """The text above a list or table says when its items run: a sentence that names them in
    the plural with a verb or noun of running and holds a whole period ("Zadania będą
    realizowane w okresie od 1 marca do 31 grudnia 2024 r.", "Termin realizacji zadań: od …
    do …", "Realizacja projektów rozpocznie się 1 lipca 2023 r. i zakończy 30 kwietnia
    2024 r.", "Projects run from … to …"). A lone start ("Od 2011 roku realizujemy projekty")
    says what the body does, not when these items run: both ends are required."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        a = pos
        for cut in [m.end() for m in _SENTENCE_DOT.finditer(text, pos, line_end)] + [line_end]:
            # (the noun as a word of the sentence, not of a quoted name: „Sąsiedzi – mikrogranty …”)
            if any(not inside_quotes(text, a, n.start()) for n in _ITEMS_NOUN.finditer(text, a, cut)) \
                    and _ITEMS_RUN.search(text, a, cut):
                for per in find_periods(text, a, cut):
                    if not is_reporting_period(text, per, a):
                        return per.start, per.end
                first, last = open_dates(text, a, cut)
                if first and last and (first.year, first.month or 0) <= (last.year, last.month or 13):
                    return first, last
            a = cut
        pos = line_end + 1
    return None
