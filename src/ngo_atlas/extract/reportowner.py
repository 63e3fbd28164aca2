"""A report's header names the body whose report the page is: that body is the page's owner.

"SPRAWOZDANIE MERYTORYCZNE\nz działalności Stowarzyszenia „X”\nza rok 2023", "Sprawozdanie
merytoryczne Fundacji X za 2020 rok", "Annual report of the X Foundation for 2022", "ANNUAL REPORT
2023\nX Foundation", "Stowarzyszenie X – Sprawozdanie merytoryczne za rok 2023", "Звіт про
діяльність БФ «X» за 2023 рік": an activity report is written by the body it reports on, and the
projects it lists are that body's own (SCHEMA: the lead is the body that runs the project). The
name stands right after the report's noun (in the genitive, "of" in English), on the same line
or the next, or before it across a dash; a report "z realizacji projektu" names a project, not
a body, and gives none.
"""
from __future__ import annotations

import re

# the report's noun and the words that qualify its kind ("merytoryczne", "annual", "річний");
# then "of the body's activity" in the four languages
_REPORT = re.compile(
    r"(?i)(?:(?:sprawozdanie|raport|informacja)(?:[^\S\n]+(?:merytoryczne|roczne|finansowe|końcowe|"
    r"roczny|końcowy|i|oraz))*"
    r"|(?:annual|activity|narrative|yearly|final)[^\S\n]+report"
    r"|(?:річний[^\S\n]+|змістовний[^\S\n]+)?звіт|(?:годовой[^\S\n]+)?отч[её]т)\b")
_OF_ACTIVITY = re.compile(
    r"(?i)[^\S\n]*(?:z[^\S\n]+działalności|on[^\S\n]+the[^\S\n]+activit(?:y|ies)[^\S\n]+of|of|"
    r"про[^\S\n]+діяльність|о[^\S\n]+деятельности)?[^\S\n]*(?:the[^\S\n]+)?")
# what follows the name: the period ("za rok 2023", "for 2022", "за 2023 рік"), a bracket, a page no.
_AFTER = re.compile(
    r"(?i)[^\S\n]+(?:za|for|w|in|за|в)[^\S\n]+(?:rok|roku|the[^\S\n]+year|year|\d{4})\b"
    r"|[^\S\n]*[,(]|[^\S\n]+\d{4}\b|[^\S\n]{3,}")
_YEAR = re.compile(r"[^\S\n]*(?:(?:za|for|за)[^\S\n]+)?(?:rok[^\S\n]+)?\d{4}(?:[–-]\d{2,4})?(?:[^\S\n]+(?:rok|рік|год))?")
_DASH = re.compile(r"[^\S\n]+[–—|-][^\S\n]+")
# a page number the layout put on the header's line ("ANNUAL REPORT 2022        17", "Page 7")
_PAGE_NO = re.compile(r"(?i)(?:[^\S\n]{2,}(?:page|str\.|strona|стор\.|с\.)?[^\S\n]*[–-]?[^\S\n]*\d{1,3}[^\S\n]*[–-]?)[^\S\n]*$")
REPORT_NOUN = _REPORT  # the noun that heads a report ("SPRAWOZDANIE MERYTORYCZNE", "Annual report")
_HEAD_LINES = 4  # the header: the first non-blank lines (a page number may stand among them)


def report_owner(text: str, lang: str) -> tuple[str, tuple[str, str | None], int] | None:
    """The body a report's header names: (the evidence's text, (name, acronym), where it starts)."""
    head = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:1500]):
        head.append((m.start(), m.group()))
        if len(head) == _HEAD_LINES:
            break
    for i, (ls, line) in enumerate(head):
        if i and not (i == 1 and _PAGE_NO.fullmatch("  " + head[0][1].strip())):
            return None  # the header is the page's first line (a page number may stand above it)
        r = _REPORT.search(line)
        if r is None or (r.start() and not _DASH.search(line[:r.start()] + " ")):
            continue
        if r.start():  # "Stowarzyszenie X – Sprawozdanie merytoryczne za rok 2023"
            d = list(_DASH.finditer(line[:r.start()] + " "))[-1]
            found = _body(line[:d.start()], ls, lang)
            if found:
                return found
            continue
        # the name after the report's noun, on its line ("Sprawozdanie merytoryczne Stowarzyszenia
        # X za 2020 rok") or, when the line ends there, on the next ("SPRAWOZDANIE MERYTORYCZNE\n
        # z działalności Stowarzyszenia X\nza rok 2023")
        pos = r.end()
        y = _YEAR.match(line, pos)
        pos = y.end() if y else pos
        d = _DASH.match(line + " ", pos)
        pos = d.end() if d else pos
        rest = _PAGE_NO.sub("", line[pos:])
        o = _OF_ACTIVITY.match(rest)
        if o and rest[o.end():].strip():
            found = _body(rest[o.end():], ls + pos + o.end(), lang)
            return found
        if i + 1 < len(head) and not text[ls + len(line) + 1:head[i + 1][0]].strip():
            # (the next line, with no blank line between: a header's own line)
            nls, nxt = head[i + 1]
            o = _OF_ACTIVITY.match(nxt)
            return _body(nxt[o.end():], nls + o.end(), lang)
        return None
    return None


def _body(part: str, off: int, lang: str):
    from ngo_atlas.extract.organisations import clean_org

    a = _AFTER.search(part)
    name = (part[:a.start()] if a else part).strip(" \t–—-:,")
    if name.endswith(("„", "“", "«", ".")) or name.count('"') % 2:
        return None  # (cut inside a quoted name; a sentence, no header)
    words = name.split()
    if not (2 <= len(words) <= 12) or not any(_head(w.strip("„“”\"«»")) for w in words[:4]):
        return None
    if words[0].lower() in ("projektu", "zadania", "project", "проекту", "проєкту", "проекта"):
        return None  # "z realizacji projektu „X”": a project's report
    c = clean_org(name, lang)
    if c is None:
        return None
    if c[0].isupper():  # an all-capitals header: the name as the page writes it elsewhere
        c = (_written(c[0]), c[1])
    start = off + part.index(name)
    return name, c, start


def _head(w: str) -> bool:
    """A word heading a body's name: "Fundacji", "FUNDACJI", "фонду", "БФ" (a Cyrillic
    body-type abbreviation: "БФ «X»", "ГО «Y»")."""
    from ngo_atlas.extract.organisations import _cyr_head, is_cyrillic, is_org_head

    if not w:
        return False
    if is_org_head(w) or is_org_head(w.capitalize()):
        return True
    return is_cyrillic(w[:1]) and (_cyr_head(w) or (w.isupper() and 2 <= len(w) <= 4))


def _written(name: str) -> str:
    return " ".join(w if len(w) <= 1 else w[0] + w[1:].lower() for w in name.split())


# a report's own heading line: the report's noun opens it ("SPRAWOZDANIE MERYTORYCZNE", "Raport
# roczny 2023", "Annual report", "Звіт про діяльність"); "Informacja" alone opens notices too
_REPORT_HEAD = re.compile(r"(?i)[^\S\n]*(?:sprawozdanie|raport|(?:annual|activity|narrative|yearly|final)"
                          r"[^\S\n]+report|(?:річний[^\S\n]+)?звіт|(?:годовой[^\S\n]+)?отч[её]т)\b")
_COVER_LINES = 8  # a report's cover: the body's name, its address and registry lines, then the heading


def opens_as_report(text: str) -> bool:
    """The page is a report: one of its first lines (its cover) is a report's heading. A report
    of a year's work or of a project sets out its staff and pay ("umowa o pracę", "wynagrodzenia",
    "stanowisko"), which read as a job offer's cues; the report describes projects all the same."""
    n = 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:1500]):
        if _REPORT_HEAD.match(m.group()):
            return True
        n += 1
        if n == _COVER_LINES:
            break
    return False
