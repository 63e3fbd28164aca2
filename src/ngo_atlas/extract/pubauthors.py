"""A person the page says wrote one of the project's publications is its author.

The read sets' golds give `author` to whoever a page names as writing a project's report,
guide or policy brief (40 facts over sixteen writers' sets), while the names themselves are
mostly found by other rules (a team list, a trainer's line) with `other` or `expert`. Two
structures carry the authorship:
- an author's noun with the publication: "Autorzy raportu: X, Y", "Autorką przewodnika „Z”
  jest X", "X, który jest również autorem niniejszego raportu", "Authors of the methodological
  report: X and Y";
- the publication, then a verb of writing or "by": "Путеводитель подготовили: X и Y", "Звіт
  підготувала: X", "raport przygotowany przez zespół w składzie: X, Y", "Policy brief (2022),
  by Dr. X and Y".
Left alone: a citation in a team's list of publications ("Lis T. (2024), Raport…", the golds
split 5:4 and keep research teams' members `other`), a trainer's bio ("X – trenerka, autorka
podręczników": expert in 3 of 4).
Only `other` and `expert` are turned: a coordinator who also wrote the report keeps her part in
the project (SCHEMA's order of roles in the read golds). A post's writer ("Autorka: X", "tekst:
X") names no publication and is left alone; so are a photographer ("autor zdjęć") and the
author of a book quoted in passing, whom no rule finds as a person of the project.
"""

from __future__ import annotations

import re

from ngo_atlas.model import PersonRef, Span

# a project's publication (any case), not a post's text nor a photo
_PUBLICATION = (r"raport\w*|publikacj\w*|poradni\w*|przewodni\w*|podręczni\w*|broszur\w*|ekspertyz\w*|"
                r"opracowani\w*|sprawozdani\w*|analiz[aęyi]|"
                r"reports?|publications?|guides?|handbook\w*|toolkit\w*|brochure\w*|policy[^\S\n]+briefs?|"
                r"звіт\w*|посібник\w*|довідник\w*|путівник\w*|публікаці\w*|брошур\w*|"
                r"отч[её]т\w*|пособи\w*|путеводител\w*|справочник\w*|публикаци\w*")
_PUB = re.compile(rf"(?<![\w])(?i:{_PUBLICATION})(?![\w])")
_AUTHOR_NOUN = re.compile(r"(?<![\w])(?i:(?:współ)?autor(?:zy|ka|ki|em|ką|ami|owie|a)?|(?:co-?)?authors?|"
                          r"(?:спів)?автор(?:ка|ки|и|ом|кою|ы)?)(?![\w])")
# a verb (or participle) of writing, then a colon or "przez"/"by" before the names
_WROTE = re.compile(r"(?<![\w])(?i:(?:przygotowa|opracowa|napisa|sporządzi)(?:ł|ła|ło|li|ły)[^\S\n]*:|"
                    r"(?:przygotowan|opracowan|napisan|sporządzon)[yaeio]+[^\S\n]+przez|"
                    r"(?:prepared|written|compiled|authored)[^\S\n]+by|(?<=[,)][^\S\n])by|"
                    r"(?:підготува|написа)(?:в|ла|ли)[^\S\n]*:|уклал[аи]?[^\S\n]*:|уклав[^\S\n]*:|подготови(?:л|ла|ли)[^\S\n]*:|"
                    r"составил[аи]?[^\S\n]*:)")
_HINTS = ("autor", "author", "автор", "przygotowa", "opracowa", "napisa", "sporządz", ", by", ") by", "підготува",
          "написа", "укла", "подготови", "составил")
# the publication's nouns' stems, a cheap gate before the patterns (most pages name none)
_PUB_HINTS = ("raport", "publikac", "poradni", "przewodni", "podręczni", "broszur", "ekspertyz", "opracowani",
              "sprawozdani", "analiz", "report", "publication", "guide", "handbook", "toolkit", "brochure", "brief",
              "звіт", "посібник", "довідник", "путівник", "публікац", "брошур", "отчет", "отчёт", "пособи",
              "путеводител", "справочник", "публикац")
# where a sentence stops: a stop before a capital or a line's end (not "dr." nor an initial)
_STOP = re.compile(r"(?<!\b[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])(?<!dr)(?<!hab)(?<!prof)(?<!mgr)(?<!inż)(?<!Dr)[.!?;](?=[^\S\n]*\n|[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ\"„«])|"
                   r"\n(?![^\S\n]*[a-ząćęłńóśźżа-яёіїєґ])")  # (a wrapped line goes on in lower case)
_NOT_PUBLICATION_AUTHOR = re.compile(r"(?i:zdjęć|zdjęcia|fot\w*|photo\w*|tekstu|wpisu|artykułu|post\w*|фото\w*)")
# the author of the project, its idea or a draft law ("Autorka projektu, X, przeprowadziła analizy",
# "Автор проекта X представила отчёт"): no publication's writer, though one is named beside
_PROJECT_AUTHOR = re.compile(r"[^\S\n]+(?i:(?:tego|naszego|całego|the|this|our|этого|нашего|цього|нашого)[^\S\n]+)?(?i:projekt\w*|pomysł\w*|inicjatyw\w*|koncepcj\w*|idei|"
                             r"project\w*|idea\w*|concept\w*|initiative\w*|проект\w*|проєкт\w*|иде[ийея]\w*|іде[їяю]\w*)(?![\w])")
# "X, który jest również autorem raportu": the name before the noun, through a copula (a bio's
# apposition, "X – trenerka, autorka podręczników", names her earlier work: the read golds keep
# such trainers experts, 3 of 4)
_COPULA_BEFORE = re.compile(r"(?<![\w])(?i:jest|są|był[aoy]?|byli|is|was|are|were|є|был[аои]?|является)"
                            r"(?:[^\S\n]+(?:również|także|też|też|also|the|також|также))?[^\S\n]+$")
# a publication with its title in quotes right after the author's noun
_TITLED_WORK = re.compile(rf"[^\S\n]+(?:[^\W\d]+[^\S\n]+)?(?i:{_PUBLICATION})[^\S\n]*[„\"«“]")


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = _STOP.search(text, pos, min(limit, pos + 300))
    return m.start() if m else min(limit, pos + 300)


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = max(floor, pos - 300)
    for m in _STOP.finditer(text, start, min(len(text), pos + 2)):  # (its lookahead reads on)
        if m.start() < pos:
            start = m.end()
    return start


def _spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The stretches of text that name a publication's authors."""
    out = []
    for m in _AUTHOR_NOUN.finditer(text, s, e):
        a, b = _sentence_start(text, m.start(), s), _sentence_end(text, m.end(), e)
        after = text[m.end():b]
        if _NOT_PUBLICATION_AUTHOR.match(after.lstrip()) or _PROJECT_AUTHOR.match(after):
            continue  # "autor zdjęć: X", "autorka tekstu: X", "Autorka projektu, X, …"
        # the publication in the author's sentence, or (for "Jego autorka, X") in the one before
        if not _PUB.search(text, a, b):
            prev = _sentence_start(text, max(s, a - 1), s)
            if not (re.match(r"[^\S\n]*(?i:jego|jej|its|their|його|її|его|ее|её)\b", text[a:m.start()])
                    and _PUB.search(text, prev, a)):
                continue
        # the names after the noun; or, for "X – autor poradnika", the name right before it,
        # unless a title follows: "X – trenerka, współautorka podręcznika „Y”" is her bio's
        # earlier book, and the read golds keep her the project's expert (2 of 3)
        out.append((m.end(), b))
        if _COPULA_BEFORE.search(text, max(a, m.start() - 30), m.start()) and not _TITLED_WORK.match(text, m.end(), b):
            out.append((max(a, m.start() - 90), m.start()))
    for m in _WROTE.finditer(text, s, e):
        ls = text.rfind("\n", s, m.start()) + 1
        a = max(s, ls, m.start() - 250)
        if not _PUB.search(text, a, m.start()):
            continue  # "Posiłki przygotowali: X": no publication
        out.append((m.end(), _sentence_end(text, m.end(), e)))
    return out


def _surname_at(text: str, a: int, b: int, p: PersonRef) -> bool:
    """Her surname (inflected) in text[a:b], with her first name or its initial beside it."""
    words = p.name.split()
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    stem = re.escape(last[:-2] if len(last) > 5 else last)
    fstem = re.escape(first[:3])
    rx = re.compile(rf"(?<![\w]){fstem}\w*\.?[^\S\n]+(?:\w+[^\S\n]+)?{stem}\w*|"
                    rf"(?<![\w]){stem}\w*,?[^\S\n]+{re.escape(first[0])}\.|"
                    rf"(?<![\w]){re.escape(first[0])}\.[^\S\n]*{stem}")
    return bool(rx.search(text, a, b))


def publication_authors(text: str, s: int, e: int, people: list[PersonRef]) -> None:
    """Turn the people a page names as a publication's writers (other or expert) into authors."""
    cands = [p for p in people if p.role in ("other", "expert") and p.name]
    if not cands:
        return
    low = text[s:e].lower()
    if not any(h in low for h in _PUB_HINTS) or not any(h in low for h in _HINTS):
        return
    spans = _spans(text, s, e)
    if not spans:
        return
    for p in cands:
        if any(_surname_at(text, a, b, p) for a, b in spans):
            p.role = "author"
            if p.span:
                p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+publication_author", p.span.confidence)
