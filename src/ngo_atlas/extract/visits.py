"""Where a study visit goes: the towns after the visit noun and its preposition.

A study visit is a project activity held where the visit goes ("wizyta studyjna w Bergen",
"two study visits – to Oslo and Bergen"), usually abroad, so the towns are often ones the
dictionaries do not know ("Bodø"), or know only as a common noun ("w Lucernie": lucerna), and
the visit noun stands apart from its preposition by who goes ("wizyta studyjna przedstawicieli
8 gmin w X", "a study visit of Polish teachers to X") or a dash. A country the visit goes to
may give its towns in brackets ("wizyty studyjne w Norwegii (Oslo, Råde)").
"""
from __future__ import annotations

import calendar
import re

from ngo_atlas.model import Span, Tagged

# the visit noun: Polish "wizyta/wyjazd studyjny", English "study visit/trip/tour"
_STUDY = re.compile(r"(?<![\w])(?i:(?:wizyt|wyjazd)\w*[^\S\n]+studyjn\w*|study[^\S\n]+(?:visit|trip|tour)s?)")
_HINTS = ("studyjn", "study visit", "study trip", "study tour")
# who goes, or a dash, up to the preposition of the destination (no clause or list break
# between: "wizyty studyjne, aplikacja do tłumaczenia" is another item)
_TO = re.compile(r"(?:[^\S\n]*[–—-])?(?:[^\S\n]+[^\s.,;:!?()\[\]]+){0,8}?[^\S\n]+"
                 r"(?P<p>w|we|do|to|in)[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# a name of letters, capitalised and lower-case after (no acronym, no number)
# a destination with a common noun inside the gap ("to schools", "do szkół")
_VIA = re.compile(r"(?<![\w])(?:w|we|do|to|in)[^\S\n]+[a-ząćęłńóśźż]")
_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻÅÆØÖÄÜ][^\W\d_A-Z]+(?![\w-])")
_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_BRACKET = re.compile(r"[^\S\n]*\(([^()\n]{2,80})\)")


def study_visit_places(text: str, s: int, e: int, lang: str) -> list[Tagged]:
    """The towns a study visit goes to, in the nominative (Polish) or as written (English)."""
    low = text[s:e].lower()
    if lang not in ("pl", "en") or not any(h in low for h in _HINTS):
        return []
    out: list[Tagged] = []
    for m in _STUDY.finditer(text, s, e):
        to = _TO.match(text, m.end(), e)
        if to:
            case = "gen" if to.group("p") == "do" else "loc" if to.group("p") in ("w", "we") else None
            found = _destinations(text, to.end(), e, lang, case)
            if _VIA.search(text, m.end(), to.start("p")):
                # "study visits to reception facilities in Norway": the visit went to the
                # facilities; the country they are in is said in passing (a town stays)
                found = [t for t in found if not _a_country(t.value)]
            out.extend(found)
    return out


def _destinations(text: str, p: int, e: int, lang: str, case: str | None) -> list[Tagged]:
    from ngo_atlas.extract import places

    out: list[Tagged] = []
    while p < e:
        got = places._place_list(text, p, e, lang, case, listed=bool(out))
        if got:
            for t in got if lang == "en" else ():
                # English writes the town as it is named ("to Turku"), no Polish case of one
                written = text[t.span.start:t.span.end]
                if " " not in written and _NAME.fullmatch(written):
                    t.value = written
            out += got
            p = got[-1].span.end
        else:
            m = _NAME.match(text, p, e)
            name = m and _unlisted_town(m.group(), lang, case)
            if not name:
                break
            out.append(Tagged(name, Span(m.start(), m.end(), "study_visit", 0.7)))
            p = m.end()
        if _a_country(out[-1].value):
            out += _bracketed(text, p, e)  # "w Norwegii (Oslo, Råde)": the country's towns
        gloss = places._GLOSS.match(text, p, e)  # "Oslo (May 2023) and Bergen"
        p = gloss.end() if gloss else p
        sep = places._LIST_SEP.match(text, p, e)
        if not sep or sep.end() == p:
            break
        p = sep.end()
    return out


def _a_country(value: str) -> bool:
    from ngo_atlas.extract import places

    return value in places._countries() or value in places._territories()


def _unlisted_town(word: str, lang: str, case: str | None) -> str | None:
    """A visit's town the place rules do not read: in English a name no dictionary knows
    ("Bodø"), in Polish a foreign name declined ("Trondheimie") or a town that is also a
    common noun ("Lucernie": lucerna), its lemma capitalised."""
    from ngo_atlas.extract import places
    from ngo_atlas.lang import polish

    if lang == "en":
        return None if word in _MONTHS else word
    if places._unknown_word(word):
        return places._foreign_base(word, case)
    if case is None:
        return None
    lemmas = {a[1].split(":")[0] for a in polish.analyse(word)
              if a[2].startswith("subst:") and case in a[2].split(":")[2].split(".")}
    return next(iter(lemmas)).capitalize() if len(lemmas) == 1 else None


def _bracketed(text: str, p: int, e: int) -> list[Tagged]:
    """Names in the nominative in brackets after a country: each a word or two capitalised."""
    b = _BRACKET.match(text, p, e)
    if not b:
        return []
    parts = re.split(r",[^\S\n]+|[^\S\n]+(?:i|oraz|and)[^\S\n]+", b.group(1).strip())
    if not all(re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻÅÆØÖÄÜ][^\W\d_]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻÅÆØÖÄÜ][^\W\d_]+)?", x)
               and x not in _MONTHS for x in parts):
        return []
    out, pos = [], b.start(1)
    for x in parts:
        a = text.find(x, pos, b.end())
        out.append(Tagged(x, Span(a, a + len(x), "study_visit", 0.7)))
        pos = a + len(x)
    return out
