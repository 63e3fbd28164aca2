"""The project's own name: a title label, a quoted name after "projekt", or the page heading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.names import is_cyrillic, strip_quotes
from ngo_atlas.extract.rolekey import in_role_value
from ngo_atlas.extract.text import IgnoreCase, lines, words_key
from ngo_atlas.model import Span

_OPEN, _CLOSE = "„“\"«”", "”“\"»"
QUOTED_AFTER_PROJECT = IgnoreCase(  # found where its head words stand ("projekt", "pt.")
    # (the words between: no breadcrumb separator, "Projekty › Punkt „X”"; and no conjunction
    # unless a naming word follows, "o projekcie oraz karty pracy „X”" quotes the other conjunct)
    r"(?:\b(?:projekt\w*|projekcie|projects?|про[еє]кт\w*|zadani\w*),?"
    r"(?:(?:[^\S\n]+(?!(?:i|oraz|and|or|lub|albo|та|і|й|и|або|или)[^\S\n])[^\s„“\"«.›|>»]+){0,6}?[^\S\n]*"
    r"|(?:[^\S\n]+[^\s„“\"«.›|>»]+){0,6}?[^\S\n]*(?=pt\.|pn\.|pod\s+(?:nazwą|tytułem)|called|entitled|named))"
    r"(?:pt\.|pn\.|pod\s+(?:nazwą|tytułem)|called|entitled|named|под\s+названием|під\s+назвою)?"
    # a name may quote another inside it: «Краківський пункт „Контакт”»; on a hard-wrapped page
    # (a report, a PDF) it may run over one line end: „Nowi sąsiedzi – integracja rodzin\nw …”
    r"|\bpt\.|\bpn\.)\s*[„“\"«](?P<t>(?:[^„“”\"«»\n]|„[^„“”\"«»\n]{1,80}[”“]){3,200}"
    r"(?:\n(?:[^„“”\"«»\n]|„[^„“”\"«»\n]{1,80}[”“]){1,120})?)[”“\"»]")
_GENERIC_HEAD = re.compile(
    r"^(?:o\s+projekcie|opis\s+projektu|projekt|projekty|about(?:\s+the)?\s+project|project|"
    r"про\s+про[еє]кт|о\s+проекте|aktualności|news|home|strona\s+główna|menu|"
    r"archiwum(?:\s+projektów)?|(?:baza|lista|wykaz)\s+projektów|projects?\s+(?:database|list)|"
    r"база\s+проектов|база\s+про[еє]ктів|nasze\s+projekty|projekty\s+zrealizowane|archive|our\s+projects|"
    r"projects?\s+archive|project\s+fact\s+sheet|fact\s+sheet|архів(?:\s+про[еє]ктів)?|"
    r"архив(?:\s+проектов)?|наші\s+про[еє]кти|наши\s+проекты|новини|новости|"
    r"wydarzenia|events|події|события|ogłoszenia|komunikaty|blog|"
    r"[\w\s]*division|[\w\s]*dział)$", re.IGNORECASE)
_QUOTED_IN = re.compile(r"[„“\"«]([A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9][^„“”\"«»\n]{2,150})[”“\"»]")
_PROJ_OR_PROG = re.compile(r"(?:projekt|program|project|про[еє]кт|програм)\w*", re.IGNORECASE)
# "12.05.2024 – 30 June 2025", "2023 / Nov 2024": digits and month words only. A word is taken
# whole (its letters all, then its number): read as runs of 3 to 9 letters with optional spaces
# between, a line of words ("2. provide migrant workers with …") was tried in 2^words ways, 2.5
# CPU-seconds on one line of train-ga
_DATEISH = re.compile(r"^[\d\s./:–\-]+(?:[a-zA-Z]{3,}(?![a-zA-Z])(?:\s*\d{1,4})?[\s–\-]*)*[\d\s./:–\-]*$")


QUOTED_BEFORE_PROJECT = re.compile(
    r"[„“\"«](?P<t>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9][^„“”\"«»\n]{2,200})[”“\"»],?\s+(?:[–—-]\s+)?"
    r"(?:a|an|the|our|nasz|nowy|to)?\s*(?:\w+\s+)?(?:project|projekt|проект|проєкт)\b", re.IGNORECASE)
# a blank line: two newlines with nothing but spaces between them
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def quoted_before_project(text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """QUOTED_BEFORE_PROJECT's matches in text[s:e] whose noun stands in the quote's own
    paragraph: a quote that ends one paragraph ("Beneficjent: Stowarzyszenie „X”") over
    another that opens with "Projekt współfinansowany …" does not name that project."""
    for m in QUOTED_BEFORE_PROJECT.finditer(text, s, e):
        if not BLANK_LINE.search(text, m.end("t"), m.end()):
            yield m


# 'konsultacje projektu „Programu integracji …”', 'projekt „Strategii rozwoju …”': "projekt" with a
# document's kind in the genitive is the draft of that document (a programme, strategy, plan,
# resolution, act, bylaw, regulation, policy), not a project named in apposition ("projekt
# „Program Mentoringu”" keeps the nominative)
_DRAFT_OF = re.compile(r"(?:programu|strategii|planu|uchwały|ustawy|rozporządzenia|zarządzenia|regulaminu|"
                       r"statutu|polityki|dokumentu)(?![\w])", re.IGNORECASE)


def draft_of_document(name: str) -> bool:
    """The quoted words after "projekt" open with a document's kind in the genitive: a draft."""
    return _DRAFT_OF.match(name) is not None


def quoted_titles(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Quoted names the text calls a project: "projekt „X”" first, then "„X” – projekt";
    a quote right after an organisation's head word ("Фонд «Украина»") names the body."""
    after, before, made = [], [], []
    for m in QUOTED_AFTER_PROJECT.finditer(text, s, e):
        if names_other(text, m.start("t")) or _INTERVIEW_AFTER.match(text, m.end()) \
                or draft_of_document(m.group("t")):
            continue
        t = strip_quotes(m.group("t"))
        if len(t.split()) >= 1 and t[:1].isupper() or t[:1].isdigit():
            # 'Raport pt. „X”' names the project only where nothing else does (a report is
            # often called as its project was)
            (made if names_output(text, m.start("t")) else after).append((m.start("t"), m.end("t"), t))
    for m in quoted_before_project(text, s, e):
        if not _org_quote(text, m.start("t")):
            before.append((m.start("t"), m.end("t"), strip_quotes(m.group("t"))))
    seen = set(after)
    return sorted(set(after)) + sorted(x for x in set(before) if x not in seen) + sorted(set(made))


# "„Najtrudniejsze było pierwsze pismo”. Rozmowa z X", "“…” – an interview with X": a headline
# quoting an interviewee, not a name
_INTERVIEW_AFTER = re.compile(r"[^\S\n]*[.:–—-]?[^\S\n]*(?:rozmowa|wywiad|(?:an\s+)?interview|розмова|"
                              r"інтерв|интервью|разговор)", re.IGNORECASE)


_PROGRAMME_WORD = re.compile(r"(?:program\w*|programme|програм\w*|fundusz\w*|fund|фонд\w*)$",
                             re.IGNORECASE)


def names_other(text: str, pos: int) -> bool:
    """The quote at pos names a body ("реалізує Асоціація «X»"), a programme ("частиною
    програми «X»"), an event the project ended with ("Projekt zakończył się festynem „X”")
    or an earlier project ("kontynuacją zakończonego projektu „X”"), not the project the
    words before it speak of."""
    if in_role_value(text, pos):  # "Partner projektu – Izba „Lex”": the partner's name
        return True
    before = text[max(0, pos - 60):pos - 1]
    # (a bracket or dash aside opens on the noun: "finansowanie z EOG (program „X”)", "(програм
    # «X», дотація …)": the noun still heads the quote)
    words = [w.lstrip("([") for w in before.split()]
    if words and _EVENT_NOUN.match(words[-1]) and not _PROJ_OR_PROG.match(words[-1]):
        return True
    if words and _CALL_NOUN.match(words[-1]):
        return True
    if _PART_OF_PROJECT.search(before):
        return True
    if _modified_head(words) or _other_clause(words):
        return True
    return _org_quote(text, pos) or bool(words and _PROGRAMME_WORD.match(words[-1])) or bool(
        _EARLIER.search(before) and not _FOLLOW_UP.search(before) or _OTHER_PROJECTS.search(before))


# "wyniki projektu, w tym „X”", "the project's outputs, including “X”", "результати проєкту, зокрема
# «X»": a word of inclusion ("w tym", "m.in.", "including", "among them", "зокрема", "в том числе")
# right after the project's noun in the genitive singular picks one of the things the project
# has or made, never the project itself ("projekty, w tym „X”" picks a project: plural, no match)
_PART_OF_PROJECT = re.compile(
    r"(?:projektu|про[еє]кту|проекта|project['’]s(?:[^\S\n]+\w+)?|of[^\S\n]+(?:the|this|our)[^\S\n]+project)"
    r"[,:]?[^\S\n]+(?:w[^\S\n]+tym|m\.[^\S\n]*in\.|między[^\S\n]+innymi|including|among[^\S\n]+them|"
    r"such[^\S\n]+as|зокрема|(?:у|в)[^\S\n]+тому[^\S\n]+числі|в[^\S\n]+том[^\S\n]+числе|включая|"
    r"серед[^\S\n]+них|среди[^\S\n]+них)[,:]?[^\S\n]*$", re.IGNORECASE)


_COPULA = ("być", "stanowić", "zostać")


def _other_clause(words: list[str]) -> bool:
    """'W ramach projektu wydano poradnik „X”', 'projektu przedstawiliśmy na konferencji „X”':
    a verb of its own between the project's noun and the quote starts another clause, whose
    object the quote names; a copula ('projektem … był „X”') still names the project."""
    at = max((i for i, w in enumerate(words) if _PROJECT_WORD.match(w.strip(",.;:"))), default=None)
    if at is None:
        return False
    from ngo_atlas.lang.polish import FINITE_CLASSES, analyse

    for w in words[at + 1:]:
        reads = analyse(w.strip(",.;:")) if w[:1].islower() else ()
        if reads and all(r[2].split(":")[0] in FINITE_CLASSES for r in reads) and \
                not any(r[1].split(":")[0] in _COPULA for r in reads):
            return True
    return False


# "w ramach konkursu „X”", "в межах конкурсу «X»", "under the competition “X”": the call for
# proposals that paid for the project, not the project
_CALL_NOUN = re.compile(r"(?:konkurs\w*|nab[oó]r\w*|contests?|competitions?|конкурс\w*)$", re.IGNORECASE)
_NAMING_WORD = re.compile(r"(?:pt|pn|nazwą|tytułem|called|entitled|named|titled|названием|назвою)\.?$",
                          re.IGNORECASE)
_PROJECT_WORD = re.compile(r"(?:projekt|project|про[еє]кт)\w*$", re.IGNORECASE)


def _modified_head(words: list[str]) -> bool:
    """'program wolontariatu „X”', 'konkursu ofert „X”', 'програми підтримки «X»': a programme or
    call noun with one lower-case word after it (its genitive or adjective) heads the quote."""
    if len(words) < 2 or not words[-1][:1].islower() or _NAMING_WORD.match(words[-1]) \
            or _PROJECT_WORD.match(words[-1]):
        return False
    return bool(_PROGRAMME_WORD.match(words[-2]) or _CALL_NOUN.match(words[-2])) \
        and _noun_modifier(words[-1].strip(",;"))


# what a project produces: a report, a guide, a handbook, a film ("W ramach projektu wydano
# poradnik „X”", "Raport pt. „X”", "a guide “X” was published", "справочник «X»")
# (a document the project wrote, "Efektem projektu jest dokument „Strategia … 2022–2027”",
# 'the document "X" adopted by the council', "документ «X»": a paper it made, no project)
_OUTPUT_NOUN = re.compile(
    r"(?:raport|poradnik|publikacj|broszur|przewodnik|książk|książeczk|podręcznik|informator|ulotk|"
    r"film|album|komiks|słownik|rozmówk|e-?book|wydawnictw|scenariusz|podcast|dokument|"
    r"reports?|guides?|guidebooks?|handbooks?|brochures?|publications?|books?|booklets?|toolkits?|"
    r"manuals?|leaflets?|films?|podcasts?|documents?|"
    r"документ|"
    r"доклад|отч[её]т|звіт|справочник|довідник|путеводител|посібник|пособи|брошюр|брошур|фильм|"
    r"фільм|книг|книжк|публикаци|публікаці|буклет|листовк|листівк)\w*$", re.IGNORECASE)


def names_output(text: str, pos: int) -> bool:
    """'poradnik „X”', 'Raport pt. „X”', 'poradnik metodyczny „X”': the quote at pos names a
    publication or film (one naming word or one modifier may stand between), not a project."""
    tail = [w.strip(",;:") for w in text[max(0, pos - 60):pos - 1].split()[-3:]]
    while tail and (_NAMING_WORD.match(tail[-1]) or tail[-1].lower() in ("pod", "under")):
        tail.pop()
    return any(_OUTPUT_NOUN.match(w) and not _ADJ_END.search(w) for w in tail[-2:])


# 'projekt filmowy', 'книжковий': an adjective made from such a noun heads no publication
_ADJ_END = re.compile(r"(?:ow|n|sk|ck)(?:y|a|e|ych|ym|ymi|ego|ej|emu|ą|i|ie)$|"
                      r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|их|ых|ого|ому|ій|ої|ою|ого)$", re.IGNORECASE)


_VERB_TAG = ("fin", "praet", "bedzie", "impt", "inf", "imps", "pred", "winien")


def _noun_modifier(word: str) -> bool:
    """A noun or adjective that can follow the head noun ('wolontariatu', 'grantowy'), not a verb
    ('w ramach programu jest „X”'): read from Morfeusz, or pymorphy3 for Cyrillic."""
    if re.search(r"[а-яёіїєґ]", word, re.IGNORECASE):
        from ngo_atlas.lang.slavic import analyzer, cyrillic_lang

        parses = analyzer(cyrillic_lang(word)).parse(word)
        return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF")
    from ngo_atlas.lang.polish import analyse

    tags = [i[2].split(":")[0] for i in analyse(word)]
    # an unknown word ('mentoringowy') is a coinage of a noun or adjective far more often than a verb
    return any(t in ("subst", "adj", "ppas", "pact", "ign") for t in tags) \
        and not any(t in _VERB_TAG for t in tags)


_EVENT_NOUN = re.compile(r"(?:festyn|festiwal|piknik|koncert|wystaw|spektakl|konkurs|gal[aięy]|"
                         r"festival|picnic|concert|exhibition|фестивал|пикник|пікнік|концерт|выставк|"
                         r"виставк)\w*$", re.IGNORECASE)
# "Inne projekty z tej kategorii: „X”", "Other projects in this area: “X”", "Інші проєкти
# фундації: «X»": a list of the site's other projects
_OTHER_PROJECTS = re.compile(r"(?<![\w])(?:inn(?:e|ych|ymi)|pozostał(?:e|ych)|other|друг(?:ие|их)|інш(?:і|их))"
                             r"\s+(?:\w+\s+)?(?:projekt|project|про[еє]кт)\w*(?:[^.!?\n]*[:\n]?)\s*$",
                             re.IGNORECASE)
_OTHER_HEAD = re.compile(r"^[^\S\n]*(?:zobacz\s+|see\s+)?(?:inne|pozostałe|other|другие|інші)\s+"
                         r"(?:\w+\s+)?(?:projekt|project|про[еє]кт)\w*[^.!?\n]*$", re.IGNORECASE | re.MULTILINE)


def _under_other_projects(text: str, pos: int) -> bool:
    """The line at pos belongs to a list headed "Inne projekty z tej kategorii:" / "Other
    projects:" (the list runs to the paragraph's end)."""
    top = text.rfind("\n\n", max(0, pos - 600), pos)
    return bool(_OTHER_HEAD.search(text, top + 1 if top >= 0 else max(0, pos - 600), pos))


# "kontynuacją zakończonego w 2020 r. projektu „X”", "a follow-up to the project “X”",
# "продолжение проекта «X»", "продовження проєкту «X»": another, earlier project
# "a follow-up project, „X”", "nowy projekt kontynuacyjny „X”", "проєкт-продовження «X»": the
# word of continuing modifies the project noun right before the quote, so the quote names the
# new project ("kontynuacja projektu „X”", "a follow-up to X" name the earlier one)
_FOLLOW_UP = re.compile(r"(?:(?:follow-up|follow-on|kontynuacyjn\w*)[^\S\n]+(?:project|projekt\w*)"
                        r"|projekt\w*[^\S\n]+kontynuacyjn\w*|про[еє]кт\w*-продо\w+)[,:]?[^\S\n]*"
                        r"(?:pt\.|pn\.|called|entitled|named)?[^\S\n]*$", re.IGNORECASE)
_EARLIER = re.compile(r"(?:kontynuacj\w*|kontynuuje|poprzedni\w*|wcześniejsz\w*|continuation|"
                      r"follow-up|follows\s+on|previous|earlier|продолжени\w*|предыдущ\w*|"
                      r"продовжен\w*|попередн\w*)\b(?:[^.!?\n]|(?<=\br)\.|(?<=\bг)\.)*$", re.IGNORECASE)


def _org_quote(text: str, pos: int) -> bool:
    from ngo_atlas.extract.organisations import is_org_head

    words = text[max(0, pos - 60):pos - 1].split()
    if not words:
        return False
    if is_org_head(words[-1]):
        return True
    # "Ассоциация юристов-правозащитников «X»", "Stowarzyszenie rodzin zastępczych „X”": the
    # head with its lower-case genitive or adjective still names the body
    for k in (2, 3):
        mods = [w.strip(",;") for w in words[len(words) - k + 1:]]
        if len(words) >= k and is_org_head(words[-k]) and all(
                m[:1].islower() and not _PROJ_OR_PROG.match(m) and _noun_modifier(m) for m in mods):
            return True
    return False


# Navigation: "Start | O nas | Kontakt", "Strona główna > Projekty", "Home  News  Contact"
_WIDE_GAP = re.compile(r"\S {2,}(?=\S)")


# "EN | PL", "PL / UA": a language switcher, navigation however few languages it offers
_LANG_SWITCH = re.compile(r"(?:[A-Z]{2}\s*[|/·]\s*)+[A-Z]{2}")


def is_menu_line(line: str) -> bool:
    t = line.strip()
    return (t.count(" | ") >= 2 or t.count(" / ") >= 2 or " › " in t or " > " in t or " » " in t
            or " → " in t
            or t.count(" · ") >= 2 or len(_WIDE_GAP.findall(t)) >= 2
            or (len(t) <= 20 and _LANG_SWITCH.fullmatch(t) is not None))


# "Projekty / Realizowane", "PROJECTS / COMPLETED", "News · Events": a two-step breadcrumb
# of section names
_CRUMB_SEP = re.compile(r"\s+[/·]\s+")


def _breadcrumb(t: str) -> bool:
    parts = _CRUMB_SEP.split(t)
    if len(parts) != 2 or any(len(p.split()) > 3 for p in parts):
        return False
    from ngo_atlas.extract.status import section_status

    return any(_GENERIC_HEAD.match(p) or _SECTION_LINE.match(p) or section_status(p, 0, len(p))
               for p in parts)


@lru_cache(maxsize=8)  # several finders ask about the same page; str hashes are cached
def header_end(text: str) -> int:
    """End of the site header: the site's name, menus and breadcrumbs above the content.
    Scraped pages open with them; the last navigation line among the first lines ends it."""
    end, seen, prev = 0, 0, None
    for n, (ls, le, line) in enumerate(lines(text)):
        if n > 40:  # the header is at the top; do not walk a long masked page
            break
        if not line.strip():
            # a long blank line is furniture the mask removed (a menu with an appeal in it)
            if len(line) >= 8 and 1 <= seen <= 2:
                end = le
            prev = None
            continue
        seen += 1
        if seen > 6 or _prose(line):
            break  # the header is above the first sentence: a logo bar below it is the foot
        if _tags_under_title(text, end, prev, line):
            break
        prev = (ls, line)
        # "📅 14–15 czerwca 2025 | 📍 Park Miejski | wstęp wolny": an event's particulars
        # set out like a menu, under its name, are content
        # ("[Logotypy: Fundusze Europejskie | Rzeczpospolita Polska | …]": an image's caption in
        # brackets lists the logos under the heading, no menu)
        if is_menu_line(line) and not _DAY_MONTH_YEAR.search(line) and not _CAPTION.match(line):
            end = le
        elif " / " in line and _breadcrumb(line.strip()):
            end = le  # "Grantobiorcy / Projekty": the section the page sits in, its site above
        elif seen > 1 and _SECTION_LINE.match(line) and not _says_status(line):
            # "Nasze projekty" under the site's name: the list the page belongs to ("Projekty
            # zakończone" stays below the header: its items take its status)
            end = le
    return max(end, menu_run_end(text), _first_block_header(text))


_CAPTION = re.compile(r"^\s*\[[^\[\]\n]*\]\s*$")


def _tags_under_title(text: str, end: int, prev: tuple[int, str] | None, line: str) -> bool:
    """"PUNKT X\nProjekt archiwalny | Pomoc humanitarna | Ukraina" below the site's menus and a
    blank line: a post's title with its tags (or categories) set out like a menu on the line
    right under it; the header ended above the title, which is content."""
    if not (end > 0 and prev is not None and prev[0] > end and is_menu_line(line)) or _CRUMB_MARK.search(line):
        return False  # ("Projekty » X" under X: a breadcrumb, the site's)
    t = prev[1].strip()
    # ("Fundacja X" over "Start | O nas | Kontakt": a body's name over its site's menu)
    return len(t.split()) >= 2 and not is_menu_line(t) and _heading_like(t) and not _body_line(t)


_CRUMB_MARK = re.compile(r"[›»→>]")


_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_LOWER_WORD = re.compile(r"(?<!\S)[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{2,}[,;:]?(?!\S)")


def _prose(line: str) -> bool:
    """A line of running text (eight lower-case words and a full stop), never part of a
    site header; an address or a menu is mostly names and numbers."""
    return line.count(" ") >= 11 and _SENTENCE_END.search(line) is not None and \
        len(_LOWER_WORD.findall(line)) >= 8


# "Wspieramy Projekty Darczyńcy Raporty Wpłać": a menu flattened to one line of single
# capitalised words; "Projekty wspierane", "Our projects": the section the page sits in
_FLAT_MENU = re.compile(r"^\s*(?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]*\s+){3,}[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]*\s*$")
_SECTION_LINE = re.compile(r"^\s*(?:nasze\s+|our\s+|наші\s+|наши\s+)?(?:projekty|projects|проекты|проєкти)"
                           r"(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


def _first_block_header(text: str) -> int:
    """The page's first block of two to four lines ends with a flat menu or a section name:
    the block (the site's name above it) is the header."""
    block: list[tuple[int, str]] = []
    for _ls, le, line in lines(text):
        if not line.strip():
            if block:
                break
            continue
        block.append((le, line.strip()))
        if len(block) > 4:
            return 0
    if not 2 <= len(block) <= 4:
        return 0
    last = block[-1][1]
    if _FLAT_MENU.match(last) or _SECTION_LINE.match(last) or _GENERIC_HEAD.match(last):
        return block[-1][0]
    return 0


# ("Posted March 18, 2025 · Europe · 5 min read": English writes the month first; a dated
# line of a post's particulars is content under its headline, not a menu)
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}\s*(?:[–-]\s*\d{1,2}\s*)?[./ ]\s*\w+[./ ]\s*(?:19|20)\d\d|"
                             r"(?<![\w])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                             r"[^\S\n]+\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]+(?:19|20)\d\d")


def _menu_item(line: str) -> bool:
    """"Aktualności", "About IOM", "Research Projects": a menu entry flattened to its own line."""
    t = line.strip()
    words = t.split()
    if t and is_menu_line(t):  # "PL | EN | RU | UA": a whole menu on one line
        return True
    if not t or len(t) > 30 or t[-1] in ".:;,!?" or not t[0].isupper():
        return is_menu_line(t)
    from ngo_atlas.extract.organisations import is_org_head

    if len(words) >= 2 and is_org_head(words[0]):
        return False  # "Stowarzyszenie Kaszubski Dom" under a card's name: its grantee, no menu
    return len(words) <= 2 or (len(words) == 3 and all(w[:1].isupper() for w in words))


def menu_run_end(text: str) -> int:
    """Scrapers flatten a menu to one entry per line. In the page's first block of lines,
    two such lines in a row from its top (after the site's name), or three further down
    (a longer entry like "What we do" breaks the run), end the header there."""
    end, run, seen, first = 0, 0, 0, True
    for ls, le, line in lines(text):
        if ls > 1500 or seen > 16:
            break
        if not line.strip():
            if seen:
                break  # the first block ends at its first blank line
            continue
        seen += 1
        if _menu_item(line):
            run += 1
            if run >= (2 if first else 3):
                end = le
        else:
            run, first = 0, first and seen <= 1
        if seen >= 3 and run == 0:
            first = False
    return end


def headings(text: str, s: int, e: int, limit: int = 12,
             label_lines: frozenset[int] = frozenset()) -> list[tuple[int, int, str]]:
    """Heading-like lines: short, not a sentence, not a date, not a label, not navigation."""
    out = []
    top = header_end(text)
    for ls, le, line in lines(text[:e]):
        if ls < s or not line.strip() or ls < top:
            continue
        t = line.strip()
        if ls in label_lines or not _heading_like(t):
            continue
        off = ls + line.index(t[0])
        out.append((off, off + len(t), t))
        if len(out) >= limit:
            break
    return out


# "Projekt współfinansowany ze środków X", "„Działanie dofinansowane z Funduszy EOG”", "Funded by the
# European Union", "Co-financed by X", "Проєкт фінансується за рахунок X", "Проект реализуется при
# поддержке X": a note of who pays (a participle or passive of paying or supporting, then its
# source), often a logo's caption or a funder's required slogan; a clause, never a project's name
_FUNDING_NOTICE = re.compile(
    r"^[\W\d_]*(?:[^\W\d_]+[^\S\n]+){0,2}?"
    r"(?:(?:współ|do|s)?finansowan[yaeoi]\w*|(?:współ|do|s)?finansowano|wspierane?|wspart[yaeo]|"
    r"(?:co-?)?(?:funded|financed|sponsored)|supported|"
    r"(?:спів|про)?фінансу[єю]ться|(?:спів|про)?фінансован\w*|(?:со|про)?финансиру[ею]тся|"
    r"(?:со|про)?финансирован\w*|реалізу[єю]ться|реализу[ею]тся|підтриман\w*|поддержан\w*)"
    r"[^\S\n]+(?:\w+[^\S\n]+)?"
    r"(?:ze|z|przez|w[^\S\n]+ramach|by|from|through|under|with|за|з|із|зі|из|со|при|в[^\S\n]+рамках|у[^\S\n]+рамках)"
    r"(?![\w])|"
    # ("Korzystamy z funduszy X", "The project benefits from X grants", "Користуємося коштами X"): a
    # verb of benefiting whose object is money
    r"^[\W\d_]*(?:[^\W\d_]+[^\S\n]+){0,2}?(?:korzyst\w*|benefit\w*|користу\w*|пользу\w*)[^\S\n]+"
    r"(?:(?:z|ze|from|з|із)[^\S\n]+)?(?:\w+[^\S\n]+)?(?:fundusz\w*|środk\w*|dofinansowa\w*|dotacj\w*|grant\w*|"
    r"funds?|funding|фонд\w*|кошт\w*|средств\w*|грант\w*)(?![\w])", re.IGNORECASE)


# (plain substring tests first: most lines hold none of these stems)
_NOTICE_STEMS = ("finans", "fund", "financ", "sponsor", "support", "wspar", "wspier", "фінанс", "финанс",
                 "реаліз", "реализ", "підтрим", "поддерж", "korzyst", "benefit", "користу", "пользу")


def funding_notice(t: str) -> bool:
    """The line says who pays for the work ("Projekt dofinansowany ze środków X"), not its name."""
    low = t.lower()
    return any(k in low for k in _NOTICE_STEMS) and _FUNDING_NOTICE.match(t) is not None


# "Filtruj: [Wszystkie] [Trwające] [Zakończone]", "Newsletter: [e-mail] [Zapisz]", "Показати:
# [Усі] [Поточні]": a label, a colon and two or more bracketed controls side by side are a
# scraped form (a filter, a sign-up), no heading. (An unlabelled row, "[PL] [EN]", is left as it
# was: it is a language switch in the header, judged by header_end's menu rules.)
_BUTTON_ROW = re.compile(r"^[^\[\]\n:]{1,30}:[^\S\n]*\[[^\[\]\n]{1,30}\][^\S\n]*\[[^\[\]\n]{1,30}\]")


@lru_cache(maxsize=8192)  # every page's lines are asked about by several finders
def _heading_like(t: str) -> bool:
    """The line on its own could head a section (its position is judged by headings())."""
    if is_menu_line(t) or "[" in t and _BUTTON_ROW.match(t):
        return False
    if len(t) > 200 or (t.endswith(".") and len(t.split()) > 3) or _mostly_dates(t):
        return False
    if t.endswith(":") or sum(ch.isalpha() for ch in t) < 3 or _LINK_END.search(t) or _MEDIA_NOTE.match(t) \
            or _BACK_LINK.match(t):
        # ("🇵🇱 🇺🇦 🇬🇧", "* * *": a row of flags or marks is no heading; "Więcej o projekcie:
        # www.x.pl/y", "Learn more: https://…": a line that ends in a web address points to a page)
        return False
    if _GENERIC_HEAD.match(t) or _list_heading(t) or len(t) < 4 or len(t.split()) < 2 and not t.isupper() \
            or status_badge(t) or _status_banner(t):
        return False
    return not _category_line(t) and not _site_section(t) and not _breadcrumb(t) and \
        not projects_heading(t) and not _KEYED_PROJEKT.match(t) and not document_heading(t) and \
        not particulars_heading(t) and not funding_notice(t)


# "Grant facts", "Key details", "Project at a glance", "Kluczowe informacje", "Dane projektu",
# "Szczegóły grantu", "Ключевые факты", "Деталі проєкту": a box of a project's particulars is
# headed by a plural noun of particulars (facts, details, data, information; a summary), with at
# most two words beside it; the box describes the project, its heading names none (a name with
# such a noun is singular or longer: "Informacja bez barier", "Punkt informacyjny")
_PARTICULARS = re.compile(
    r"^(?:[^\W\d_]+[^\S\n]+){0,2}(?:facts|details|data|information|summary|overview|at[^\S\n]+a[^\S\n]+glance|"
    r"in[^\S\n]+brief)$|"
    r"^(?:[^\W\d_]+[^\S\n]+)?(?:fakty|szczegóły|informacje|dane|podsumowanie|факты|детали|сведения|данные|"
    r"информация|факти|деталі|відомості|дані|інформація)(?:[^\S\n]+[^\W\d_]+){0,2}$", re.IGNORECASE)


def particulars_heading(t: str) -> bool:
    """The line heads a box of particulars ("Grant facts", "Dane projektu"), not a project."""
    return _PARTICULARS.match(t.strip().rstrip(":")) is not None


# "Raport z badań", "SPRAWOZDANIE KOŃCOWE", "Załącznik nr 5", "Final evaluation report", "ЗВІТ
# ПРО РЕАЛІЗАЦІЮ ПРОЄКТУ", "Приложение 2": a line led by the noun of a document's kind (report,
# statement, annex, minutes, rules, form) heads the document, whatever project it reports on;
# a page's or a report's running header "Raport z badań | X" is such a line too
_DOC_KIND = re.compile(
    r"^(?:(?:[^\W\d_]+[^\S\n]+){0,2}(?i:reports?)\b|(?i:raport\w*|sprawozdani\w*|załącznik\w*|aneks\w*|"
    r"protok[oó]ł\w*|regulamin\w*|formularz\w*|annex\w*|appendix\w*|attachment\w*|minutes|"
    r"звіт\w*|отч[её]т\w*|додат[ок]\w*|приложени\w*|протокол\w*|регламент\w*|анкет\w*)(?![\w]))")


def document_heading(t: str) -> bool:
    """The line names a kind of document ("Raport z ewaluacji", "Annex 3"), not a project."""
    return _DOC_KIND.match(t) is not None and not _QUOTED_IN.search(t)


# "[zdjęcie] Uczniowie podczas warsztatów", "[photo] Our team", "[фото] …": a picture's caption
_MEDIA_NOTE = re.compile(r"\[[^\S\n]*(?:zdjęci|fot|photo|pictur|image|obraz|grafik|galeri|plakat|ba[n]+er|logo|"
                         r"video|wideo|film|фото|світлин|зображ|изображ|картин|плакат|баннер|банер|логотип|"
                         r"відео|видео)", re.IGNORECASE)
# "AKTUALNY", "Zakończony", "W TRAKCIE", "Completed", "ЗАВЕРШЕНО": a card's status badge, a
# status adjective or participle in any gender and number (or a status phrase) and nothing else
# (a Polish stem takes an adjective's ending only: "Aktualności" is the news section; a
# Cyrillic one up to three letters: "завершено", "поточний", "реализованные")
_BADGE = re.compile(
    r"^[^\w]*(?:(?:aktualn|zakończon|zrealizowan|realizowan|trwając|bieżąc|archiwaln|zaplanowan|planowan)"
    r"(?:y|a|e|i|o|ą|ej|ego|emu|ym|ych|ymi)|"
    r"(?:завершен|завершён|реализован|реалізован|текущ|поточн|заплановн|запланирован|планируем|активн|"
    r"триває|тривають)\w{0,3}|"
    r"completed|ongoing|current|finished|closed|active|planned|upcoming|archived|"
    r"w[^\S\n]+(?:trakcie|toku|realizacji)|in[^\S\n]+progress|в[^\S\n]+процес\w*)[^\w]*$", re.IGNORECASE)


def status_badge(t: str) -> bool:
    """The line is only a status ("AKTUALNY", "Zakończony", "In progress"): a card's badge."""
    return len(t) <= 30 and _BADGE.match(t) is not None


# "PROJEKT ZAKOŃCZONY", "Project completed", "Проєкт завершено": the project noun and a status
_BANNER_PROJECT = re.compile(r"^[^\w]*(?:projekt|project|проєкт|проект)[^\S\n]+", re.IGNORECASE)


def _status_banner(t: str) -> bool:
    """A status banner under the project noun is no heading (the name follows it)."""
    m = _BANNER_PROJECT.match(t)
    return m is not None and status_badge(t[m.end():])


_LINK_END = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


# "Powrót do wyników wyszukiwania (23)", "« Wróć do listy projektów", "Back to all projects",
# "← Назад до списку", "Вернуться к результатам поиска": a link back to the page the visitor came
# from, a noun or verb of returning with "to" and a place of the site (results, a search, a list,
# an archive, the news, the projects, the top, the home page), a count of results allowed; never
# the page's own name ("Powrót do domu", "Back to school" name no place of a site)
_BACK_LINK = re.compile(
    r"^[\W\d_]*(?:powrót|powrot|wróć|wroc|back|return|go[^\S\n]+back|назад|повернутися|повернення|"
    r"вернуться|возврат)[^\S\n]+(?:do|to|до|к|на)[^\S\n]+(?:(?:all|the|wszystkich|всіх|всех)[^\S\n]+)?"
    r"(?:wynik|wyszuk|list|archiw|aktualno|projekt|stron|katalog|baz|góry|gory|"
    r"result|search|list|archive|news|project|overview|top|home|page|index|catalogue|database|"
    r"результат|пошук|поиск|спис|архів|архив|новин|новост|проєкт|проект|сторінк|страниц|головн|главн|"
    r"каталог|баз|початк|начал)", re.IGNORECASE)


# "Projekt serwisu: Pracownia X", "Projekt i wykonanie: Y": "projekt" with a lower-case
# complement before a colon is a design credit or a key, never a name ("Projekt: X" names one)
_KEYED_PROJEKT = re.compile(r"(?i:projekt|проект|проєкт)[^\S\n]+[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n:]{0,40}:")


# "Research projects", "Projects run by Fundacja Port", "Projekty realizowane w latach 2019–2023",
# "ПРОЄКТИ АРХІВНІ": the plural noun heads a section over a list; a project's name is never
# headed by "projects" (a capitalised word after it, "Projekty Obywatelskie", may be a name)
_PLURAL_HEAD = re.compile(r"(?:[\w-]+\s+)?(?P<n>projekty|projects|проекты|проєкти)(?![\w])", re.IGNORECASE)


def projects_heading(t: str) -> bool:
    """The line heads a section listing projects ("Current projects", "Projects run by X")."""
    m = _PLURAL_HEAD.match(t)
    if m is None:
        return False
    rest = t[m.end():].strip(" ,:–—-")
    return not rest or t.isupper() or not rest[:1].isupper()


# "Caritas Archidiecezji X — Aktualności", "University of Łódź – News", "Фонд Y | Новини":
# a site's name and the section the page sits in, a header line, never a project's name
_SECTION_SEP = re.compile(r"\s+[|–—-]\s+")


def _site_section(t: str) -> bool:
    parts = _SECTION_SEP.split(t)
    return len(parts) >= 2 and bool(_GENERIC_HEAD.match(parts[-1].strip()))


@lru_cache(maxsize=4096)
def _list_heading(t: str) -> bool:
    """"Projekty zakończone", "Current projects": a list page's heading names no project."""
    from ngo_atlas.extract.status import list_status

    st = list_status(t, 0, len(t))
    return st is not None and st[1].end - st[1].start >= len(t.rstrip(" :")) - 1


def _says_status(line: str) -> bool:
    from ngo_atlas.extract.status import list_status, section_status

    return list_status(line, 0, len(line)) is not None or section_status(line, 0, len(line)) is not None


# "2.1 Teachers for Tomorrow", "3.2. Akademia Asystenta", "4. Finances": a report's outline
# number (one dot at least, a capital right after the space) heads a section; it is no date
# ("07.12 – Wigilia" sets a dash after its day and month, "18 January 2024" has no dot)
_OUTLINE_NO = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?){0,2}[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
# "page 4", "Strona 3 z 12", "str. 7", "стр. 2", "сторінка 5": a running page number
_PAGE_NO = re.compile(r"(?:page|p\.|strona|str\.|s\.|стр\.|страница|сторінка|стор\.)[^\S\n]*\d{1,4}"
                      r"(?:[^\S\n]*(?:z|of|/|из|з)[^\S\n]*\d{1,4})?", re.IGNORECASE)


def _mostly_dates(t: str) -> bool:
    from ngo_atlas.extract.dates import find_dates, is_dateline

    if not any(ch.isdigit() for ch in t):
        return False
    if _PAGE_NO.fullmatch(t):
        return True  # (a page number is no heading either)
    if _OUTLINE_NO.match(t):
        t = t[_OUTLINE_NO.match(t).end():]  # the section's name is judged without its number
        if not any(ch.isdigit() for ch in t):
            return False
    ds = find_dates(t)
    covered = sum(d.end - d.start for d in ds)
    # "News / 20.06.2024", "Aktualności | 12 marca 2025": a section's dateline
    return _DATEISH.match(t) is not None or covered >= 0.6 * len(t.strip()) or \
        any(d.year and is_dateline(t, d) for d in ds)


def label_line_starts(text: str, labels: list[LabelHit]) -> frozenset[int]:
    return frozenset(text.rfind("\n", 0, h.label_start) + 1 for h in labels)


def _category_line(t: str) -> bool:
    """"Labor market, social policy and social services": a list of topics, not a name
    ("Ta sama szkoła, różne języki", two phrases set side by side, is a name; so is a list
    with a subtitle after a dash: "Mama, tata i szkoła – wsparcie rodziców")."""
    return ", " in t and not _SUBTITLE_DASH.search(t) and not any(w[:1].isupper() for w in t.split()[1:]) and (
        t.count(", ") >= 2 or _LIST_AND.search(t.split(", ", 1)[1]) is not None)


_SUBTITLE_DASH = re.compile(r"\s[–—]\s")
_LIST_AND = re.compile(r"(?<![\w])(?:i|oraz|and|&|та|і|и|й)(?![\w])")


# "X – RAPORT KOŃCOWY        Instytut Y", "Fundacja Z              Strona 1 z 4": a report's running
# header sets its cells apart by a run of spaces; the first cell is the document's subject
_CELL_GAP = re.compile(r"(?<=\S)[^\S\n]{3,}(?=\S)")


def first_cell(t: str) -> str:
    """A line of two cells set apart by spaces: the first (a table's rows have more cells);
    and "X – RAPORT KOŃCOWY", "X — Final report": X, the subject the document reports on."""
    cells = _CELL_GAP.split(t) if "   " in t else [t]
    t = cells[0] if len(cells) == 2 and "|" not in t and len(cells[0].split()) >= 2 else t
    head, dash, kind = t.rpartition(" – ") if " – " in t else t.rpartition(" — ")
    return head if dash and len(head.split()) >= 2 and document_heading(kind.strip()) else t


def clean_heading(t: str, text: str) -> str:
    """Drop a site name after " | " or " - " when the first part stands alone elsewhere."""
    t = first_cell(t)
    if " | " in t:
        t = t.split(" | ")[0]
    parts = re.split(r"\s[-–]\s", t)
    if len(parts) >= 3:
        head = parts[0]
        norm = words_key(head)
        if any(words_key(line).startswith(norm) and len(words_key(line)) <= len(norm) + 2
               for _s, _e, line in lines(text) if line.strip() and line.strip() != t):
            return head
    t = grantee_named(t) or t
    t = _PROJECT_PREFIX.sub("", t) or t
    named = project_named(t)
    t = t[named:] if named else t
    return strip_quotes(t) if t[:1] in _OPEN and t[-1:] in _CLOSE else t


# "Projekt Razem w szkole", "Project Open Doors", "Проєкт Дім поруч": a heading that opens with
# the bare word and goes on with a capitalised name names the project by that name (SCHEMA: the
# title without a leading "Projekt" word)
_PROJECT_WORD_NAME = re.compile(r"^(?:projekt|project|проект|проєкт)[^\S\n]+(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]))",
                                re.IGNORECASE)


# "… – „Name”" closing a line: a dash, then a quoted name up to the line's end
_DASH_THEN_QUOTED = re.compile(r"[^\S\n]+[–—-][^\S\n]+[„“\"«](?P<t>[^„“”\"«»\n]{3,150})[”“\"»][^\S\n]*$")
_LIST_NUMBER = re.compile(r"^[^\S\n]*\d{1,2}[.)][^\S\n]+")


def grantee_named(t: str) -> str | None:
    """The project's name in a grant list's heading that names the grantee first ("2) Fundacja
    X (Słupsk) – „Name”", "Association Y – “Name”", "Фонд Z – «Name»"): the quoted name after
    the dash, when the part before it is led by a body's head word; else None."""
    from ngo_atlas.extract.organisations import is_org_head

    m = _DASH_THEN_QUOTED.search(t)
    if m is None:
        return None
    before = t[:m.start()]
    lead = _LIST_NUMBER.match(before)
    words = before[lead.end() if lead else 0:].split()
    # (a Cyrillic body's head may follow its adjective in lower case: "Громадська організація X")
    return m.group("t").strip() if words and any(
        is_org_head(w) or i and is_cyrillic(w) and is_org_head(w[:1].upper() + w[1:])
        for i, w in enumerate(words[:3])) else None


def _body_line(t: str) -> bool:
    """A short unquoted line led by a body's head word ("Fundacja X", "STOWARZYSZENIE Y";
    a Slavic head may follow an adjective or two: "ГРОМАДСЬКА ОРГАНІЗАЦІЯ Z")."""
    from ngo_atlas.extract.organisations import is_org_head

    words = t.split()
    return 2 <= len(words) <= 8 and t[:1] not in _OPEN and any(is_org_head(w) for w in words[:3])


def project_named(t: str) -> int:
    """Where the name starts after a bare leading "Projekt" in a heading, or 0. Not when the next
    word is a noun with no nominative reading ("Projekt Fundacji X", "Projekt Uniwersytetu Y",
    "Проект Фонда Z": whose project it is, not its name; "Miasta" may be a plural, so it stays)."""
    m = _PROJECT_WORD_NAME.match(t)
    if m is None:
        return 0
    rest = t[m.end():].split()
    if not rest or _oblique_noun(rest[0].strip("„”\"'(),.;:«»")):
        return 0
    return m.end()


def _oblique_noun(word: str) -> bool:
    """The word is read only as a noun in a case other than the nominative (Morfeusz for Latin
    script, pymorphy3 for Cyrillic); an adverb, an adjective or an unknown word is not."""
    if not word:
        return False
    if is_cyrillic(word):
        from ngo_atlas.lang import slavic

        known = [p for p in slavic.word_parses(word.lower(), slavic.cyrillic_lang(word)) if p.is_known]
        return bool(known) and all(p.tag.POS == "NOUN" and p.tag.case not in (None, "nomn") for p in known)
    from ngo_atlas.lang import polish

    tags = [r[2] for r in polish.analyse(word) if r[2] != "ign"]
    # (a noun or a verbal noun in every reading: "Razem" is an adverb too)
    if not tags or any(t.split(":", 1)[0] not in ("subst", "ger", "depr") for t in tags):
        return False
    return all("nom" not in polish.tag_cases(t) for t in tags)


# "Projekt: X", "Nasz projekt – X", "Project: X", "Проєкт — X": the name follows the word
_PROJECT_PREFIX = re.compile(r"^(?:nasz\s+|our\s+|наш\s+)?(?:projekt|project|проект|проєкт)\s*[:–—-]\s*",
                             re.IGNORECASE)


def choose_title(text: str, s: int, e: int, labels: list[LabelHit]) -> tuple[str, Span] | None:
    for h in labels:
        if h.key == "title" and s <= h.start < e:
            return strip_quotes(h.value), Span(h.start, h.end, "label:title", 0.95)
    q = quoted_titles(text, s, e)
    if q:
        a, b, t = q[0]
        return t, Span(a, b, "quoted_after_project", 0.85)
    u = unquoted_titles(text, s, e)
    if u:
        a, b, t = u[0]
        return t, Span(a, b, "unquoted_name", 0.7)
    for found, rule in ((acronym_titles(text, s, e), "acronym_expanded"),
                        (sentence_case_titles(text, s, e), "sentence_case_name")):
        if found:
            a, b, t = found[0]
            return t, Span(a, b, rule, 0.7)
    hs = headings(text, s, e, label_lines=label_line_starts(text, labels))
    if len(hs) >= 2 and _site_name_line(text, hs[0]):
        hs = hs[1:]
    # "Aktywni Obywatele – Fundusz Regionalny | Makroregion …" over the project's name, the
    # text saying "w ramach programu Aktywni Obywatele – Fundusz Regionalny": the programme
    hs = [h for h in hs if not _names_programme(text, h[2])] or hs
    # "Fundacja X – Bydgoszcz" over "Projekt: Asystent bez granic": the line that says it
    # names the project wins over a heading above it
    named = next((h for h in hs[1:4] if _PROJECT_PREFIX.match(h[2])), None)
    # ("Fundacja X" over "Projekt Razem w szkole": a body's name does not name the project)
    if named is None and len(hs) >= 2:
        named = next((h for h in hs[1:4] if project_named(h[2])), None)
        named = named if named and _body_line(hs[0][2]) else None
    if named:
        hs = [named] + [h for h in hs if h is not named]
    kind = _kind_quoted(text, hs[:4]) or _programme_title(text, s, e)
    if kind:
        return kind
    if hs:
        a, b, t = hs[0]
        q = _QUOTED_IN.search(t)
        # 'Program „Wielkopolska Integruje” 2020–2022': the quoted name, when the heading
        # calls it a project or programme or is little more than the quote
        # ('„Nowi sąsiedzi” – raport już dostępny': a headline that opens with the quoted name
        # and comments on it after a dash)
        if q and len(q.group(1).split()) >= 2 and (
                _PROJ_OR_PROG.search(t[:q.start()]) or len(q.group(1)) >= 0.6 * len(t)
                or q.start() == 0 and _COMMENT_AFTER.match(t, q.end(1))):
            return q.group(1).strip(), Span(a + q.start(1), a + q.end(1), "heading_quoted", 0.8)
        sub = section_subject(text, hs[0])
        if sub:
            return sub
        return clean_heading(t, text), Span(a, b, "heading", 0.7)
    return None


# '„Nowi sąsiedzi” – raport już dostępny': a closing quote, a dash and a lower-case word
# comment on the quoted name
_COMMENT_AFTER = re.compile(r"[”“\"»][^\S\n]*[–—-][^\S\n]+[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]")
# ("Program: Erasmus+, Akcja 2": the programme given as a label, too)
_PROGRAMME_BEFORE = re.compile(r"(?:program\w*|programme|програм\w*)(?:\s+|\s*:\s*)[„“\"«]?$", re.IGNORECASE)


def _names_programme(text: str, heading: str) -> bool:
    """The heading (its part before a " | " site separator) is what the text calls a
    programme elsewhere: the site's or the funder's programme, not the project."""
    name = heading.split(" | ")[0].strip()
    # ("Erasmus+ | Edukacja dorosłych": a one-word name set off by a bar is a category)
    if len(name.split()) < 2 and (name == heading.strip() or len(name) < 4):
        return False
    i = text.find(name)
    while i >= 0:
        if _PROGRAMME_BEFORE.search(text, max(0, i - 30), i):
            return True
        i = text.find(name, i + len(name))
    return False


# "Youth exchange „Many Roots, One Lake”", "курсів «Професійна польська»", "В Гданьске прошёл
# «Балтийский день мигранта»": a kind of undertaking (or a verb saying it took place) right
# before a quoted name in one of the page's first lines names the undertaking
_KIND_BEFORE = re.compile(
    r"(?:wymian\w*|exchange|обм[іе]н\w*|kurs\w*|course|курс\w*|festiwal\w*|festival|фестивал\w*|"
    r"kampani\w*|campaign|кампан\w*|szkoleni\w*|training|тренінг\w*|тренинг\w*|warsztat\w*|"
    r"workshops?|cykl\w*|series|цикл\w*|inicjatyw\w*|initiative|ініціатив\w*|инициатив\w*|"
    r"odbył\w*\s+się|took\s+place|прош(?:ёл|ел|ла|ли)|состоял\w*|пройш\w*|відбув\w*)"
    r"[^\S\n]+(?:[^\s„“\"«]+[^\S\n]+)?$", re.IGNORECASE)


def _site_name_line(text: str, h: tuple[int, int, str]) -> bool:
    """"Stowarzyszenie Rozwoju Ziemi X" on the page's first line, over a dateline or a menu
    ("Aktualności, 18.04.2024"): the site's owner named in its header, not the project."""
    from ngo_atlas.extract.dates import find_dates, is_dateline
    from ngo_atlas.extract.organisations import is_org_head

    if text[:h[0]].strip():
        return False
    words = h[2].split()
    if len(words) > 8 or h[2][:1] in "„“\"«" or not is_org_head(words[0]) or h[2].endswith("!"):
        return False
    nxt = re.match(r"\s*\n\s*([^\n]+)", text[h[1]:h[1] + 300])
    if nxt is None:
        return False
    line = nxt.group(1).strip()
    return is_menu_line(line) or any(d.year and is_dateline(line, d) for d in find_dates(line))


# '"Voices Across Borders" youth exchange comes to Toruń', '„Most” project starts': the kind
# after the quoted name (English word order; a qualifier may stand between)
_KIND_AFTER = re.compile(
    # (or set off by a dash: '"Borders We Cross" – Youth Exchange in Olsztyn', '„X” – kurs …')
    r"[^\S\n]*(?:[–—-][^\S\n]*)?(?<=\s)(?:[^\W\d]+[^\S\n]+)?(?:exchange|project|programme|program|festival|"
    r"campaign|course|training|initiative|workshops?|series|conference|camp|wymian\w*|projekt\w*|"
    r"festiwal\w*|kampani\w*|kurs\w*|szkoleni\w*|warsztat\w*|обм[іе]н\w*|про[еє]кт\w*|"
    r"фестивал\w*|кампан\w*|курс\w*|тренінг\w*|тренинг\w*)\b", re.IGNORECASE)


def _kind_quoted(text: str, hs: list[tuple[int, int, str]]) -> tuple[str, Span] | None:
    for a, _b, t in hs:
        q = _QUOTED_IN.search(t)
        if q and len(q.group(1).split()) >= 2 and (_KIND_BEFORE.search(t, 0, q.start())
                                                   or _KIND_AFTER.match(t, q.end())) \
                and not _org_quote(text, a + q.start(1)) \
                and not _under_other_projects(text, a):
            return q.group(1).strip(), Span(a + q.start(1), a + q.end(1), "heading_kind_quoted", 0.75)
    return None


# Unquoted names: "kontynuuje projekt Bezpieczna Przystań, w ramach…", "The Mentoring for Work
# project": a run of capitalised words (small joining words allowed) right after the singular
# project noun, or before "project" in English
_JOIN = r"(?:w|we|na|dla|i|bez|z|ze|do|od|o|po|za|przez|for|of|and|the|in|to|on|with|a)"
_CAPW = r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż'’-]*"
_RUN = rf"{_CAPW}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)?{_CAPW})*"
_UNQUOTED_AFTER = re.compile(rf"(?<![\w])(?:[Pp]rojekt|[Pp]rojektu|[Pp]rojektem|[Pp]rojekcie|project)[^\S\n]+"
                             rf"(?:(?:pod\s+nazwą|pt\.|pn\.|called|named|entitled)[^\S\n]+)?(?P<t>{_RUN})")
_UNQUOTED_BEFORE = re.compile(rf"(?<![\w])(?:[Tt]he|[Oo]ur|[Aa])[^\S\n]+(?P<t>{_RUN})[^\S\n]+project\b")


# "projekt Bezpieczna Przystań w Gdańsku": without quotes, a town after the name is where
# it runs, not part of it
_TRAILING_PLACE = re.compile(rf"[^\S\n]+(?:w|we|in)[^\S\n]+{_CAPW}$")


def unquoted_titles(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Names of two to eight words the text gives a project without quotes."""
    out = []
    # each pattern only where its noun occurs (most pages name no project without quotes)
    rxs = [rx for rx, word in ((_UNQUOTED_AFTER, "rojek"), (_UNQUOTED_AFTER, "project"),
                               (_UNQUOTED_BEFORE, " project")) if text.find(word, s, e) >= 0]
    for rx in dict.fromkeys(rxs):
        for m in rx.finditer(text, s, e):
            t = _TRAILING_PLACE.sub("", m.group("t"))
            if _plausible_name(t):
                out.append((m.start("t"), m.start("t") + len(t), t))
    return sorted(out)


def _plausible_name(t: str) -> bool:
    """Not a body, a place, a month, an acronym alone or a programme's code."""
    from ngo_atlas.extract.organisations import is_org_head
    from ngo_atlas.lang import polish

    words = t.split()
    if not 2 <= len(words) <= 8 or words[-1].lower() in _JOIN.strip("(?:)").split("|"):
        return False
    caps = [w for w in words if w[:1].isupper()]
    if is_org_head(words[0]) or any(w.isupper() and len(w) > 1 for w in caps):
        return False
    if all(_only_geo(w) for w in caps):  # "projekt Gdańsk Gdynia": towns, not a name
        return False
    # a Polish name in apposition is in the nominative; "projekt Unii Europejskiej" names
    # whose project it is (genitive), not what it is called
    tags = [a[2] for a in polish.analyse(words[0]) if a[2] != "ign"]
    return not tags or any("nom" in t or not _CASE.search(t) for t in tags)  # "Razem" is an adverb too


def _only_geo(word: str) -> bool:
    from ngo_atlas.lang import polish

    # every reading a proper name (a town, or a surname spelled the same), one of them a town
    tags = [a[3] for a in polish.analyse(word) if a[2] != "ign"]
    return any("nazwa_geograficzna" in t for t in tags) and all(
        {"nazwa_geograficzna", "nazwisko", "imię"} & set(t) for t in tags)


_CASE = re.compile(r"(?:^|[:.])(?:nom|gen|dat|acc|inst|loc|voc)(?:[:.]|$)")


# "launched MIGRANT-BIZ (Migrant Entrepreneurship as a Path to Inclusion)", "projekt INTEGRA
# (Integracja na rynku pracy)": an acronym the text spells out in brackets names the project
_ACRONYM_EXPANDED = re.compile(
    r"(?<![\w-])(?P<a>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9]{2,}(?:[-–+][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9]+)*)"
    r"[^\S\n]+\((?P<t>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^()\n]{10,160})\)")


def acronym_titles(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Spelled-out acronyms the text then calls a project (within the next two sentences);
    a body's or a fund's acronym ("NAWA (Narodowa Agencja …)") is not one."""
    from ngo_atlas.extract.organisations import is_org_head

    out = []
    for m in _ACRONYM_EXPANDED.finditer(text, s, e):
        t = m.group("t").strip()
        words = t.split()
        if len(words) < 3 or any(is_org_head(w) for w in words[:3]) or _PROGRAMME_WORD.match(words[0]) \
                or not _PROJECT_NOUN.search(text, m.end(), min(e, m.end() + 250)):
            continue
        out.append((m.start("t"), m.start("t") + len(t), t))
    return out


_PROJECT_NOUN = re.compile(r"(?<![\w])(?:projekt\w*|projects?|partnership|про[еє]кт\w*)(?![\w])",
                           re.IGNORECASE)
# "otrzymało grant na projekt Gniezno mówi wieloma językami.": a name in sentence case, its
# first word capitalised and nominative, the rest lower case, closing the sentence
_SENTENCE_NAME = re.compile(r"(?<![\w])(?:na|o|w\s+ramach|realizuje|realizować|prowadzi)[^\S\n]+"
                            r"(?:projekt|projektu)[^\S\n]+(?P<t>[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+"
                            r"(?:[^\S\n]+[a-ząćęłńóśźż][\wąćęłńóśźż-]*){2,7})[.!](?:\s|$)")


def sentence_case_titles(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Sentence-case names after "na projekt", "w ramach projektu" that end the sentence."""
    from ngo_atlas.extract.organisations import is_org_head
    from ngo_atlas.lang import polish

    out = []
    for m in _SENTENCE_NAME.finditer(text, s, e):
        first = m.group("t").split()[0]
        if is_org_head(first):
            continue
        tags = [a[2] for a in polish.analyse(first) if a[2] != "ign"]
        if tags and not any("nom" in t for t in tags):
            continue
        out.append((m.start("t"), m.end("t"), m.group("t")))
    return out


# "Pomorskie Mosty Integracji to projekt regrantingowy …", "Klub Sąsiadów jest projektem …",
# "Open Kitchen is a project …", "Точка опоры — это проект …", "Сусіди — це проєкт …": a
# paragraph that opens by saying what the name is
_SUBJECT_NAME = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?P<t>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n.,:;!?„”“\"«»()]{2,80}?)[^\S\n]+(?:[–—-][^\S\n]+)?"
    r"(?:to[^\S\n]+(?:\w+[yi][^\S\n]+)?projekt(?!\w)|jest[^\S\n]+(?:\w+ym[^\S\n]+)?projektem|"
    r"is[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?project|(?:это|це)[^\S\n]+(?:\w+[^\S\n]+)?про[еє]кт(?!\w))")


def subject_titles(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Names a paragraph opens with and says are a project (two to eight words, no body)."""
    from ngo_atlas.extract.organisations import is_org_head

    out = []
    for m in _SUBJECT_NAME.finditer(text, s, e):
        t = m.group("t").strip()
        words = t.split()
        if not 2 <= len(words) <= 8 or is_org_head(words[0]) or _GENERIC_HEAD.match(t) \
                or words[0].lower() in _NOT_A_NAME:
            continue
        out.append((m.start("t"), m.start("t") + len(t), t))
    return out


# A named programme an organisation runs is a project under another noun: "Програму реалізує
# Фундація «Межі»", "Program „Asystent” prowadzi Fundacja X", "the programme is run by X".
# (A programme that funds others is read as a funder's; this one is carried out by a body.)
_PROGRAMME_NAMED = re.compile(r"(?<![\w])(?:program\w*|programme|програм\w*|программ\w*)[^\S\n]+[„“\"«]"
                              r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]", re.IGNORECASE)
_PROGRAMME_RUN = re.compile(
    r"(?<![\w])(?:program\w*|programme|програм\w*|программ\w*)(?:[^\S\n]+[„“\"«][^„“”\"«»\n]{2,80}[”“\"»])?"
    r"[^\S\n]+(?:realizuje|prowadzi|реалізує|реализует|is\s+(?:run|implemented|delivered)\s+by)[^\S\n]+"
    r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]|"
    r"(?<![\w])(?:realizuje|prowadzi|реалізує|реализует|runs|implements|delivers)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:program\w*|programme|програм\w*|программ\w*)[^\S\n]+[„“\"«]|"
    # "Місто розпочало реалізацію програми «X»", "rozpoczęło realizację programu „X”", "launched
    # the programme 'X'": a body starting to carry out a named programme
    r"(?<![\w])(?:rozpocz\w+|розпоча\w+|начал\w*|started|launched|began)[^\S\n]+"
    r"(?:(?:realizacj\w*|реалізаці\w*|реализаци\w*|the[^\S\n]+implementation[^\S\n]+of)[^\S\n]+)?"
    r"(?:the[^\S\n]+)?(?:program\w*|programme|програм\w*|программ\w*)[^\S\n]+[„“\"«]", re.IGNORECASE)


def _programme_title(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """On a page about a programme a body runs (and no project), the programme's quoted name."""
    if _PROJECT_NOUN.search(text, s, e) or not runs_named_programme(text):
        return None
    m = _PROGRAMME_NAMED.search(text, s, e)
    q = _QUOTED_IN.match(text, m.end() - 2) if m else None
    return (q.group(1).strip(), Span(q.start(1), q.end(1), "programme_name", 0.7)) if q else None


def runs_named_programme(text: str) -> bool:
    """The page presents a named programme that a body carries out (a project by its noun)."""
    return bool(_PROGRAMME_NAMED.search(text) and _PROGRAMME_RUN.search(text))


# "Nasz najnowszy … to projekt", "Our first … is a project", "Наш … — це проєкт": no name
_NOT_A_NAME = {"nasz", "nasza", "nasze", "ten", "ta", "to", "our", "this", "the", "it", "наш", "наша",
               "этот", "цей", "це", "это", "który", "która", "które", "celem", "głównym"}


# "O nas", "O fundacji", "Kim jesteśmy", "About us", "Who we are", "О нас", "Про нас": the page
# presents the organisation; the projects it mentions are not described there. "O koalicji",
# "About the coalition": a coalition is a standing alliance of bodies, presented like one (a
# network's "O sieci" page often presents a funded project, and stays)
_PROFILE_HEAD = re.compile(
    r"^(?:o\s+nas|o\s+fundacji|o\s+stowarzyszeniu|o\s+organizacji|kim\s+jesteśmy|czym\s+się\s+zajmujemy|"
    r"o\s+koalicji|about\s+(?:the\s+|our\s+)?coalition|о\s+коалиции|про\s+коаліцію|"
    r"nasza\s+misja|misja(?:\s+i\s+wizja)?|historia(?:\s+fundacji|\s+stowarzyszenia)?|"
    r"about(?:\s+us)?|who\s+we\s+are|who\s+are\s+we|our\s+(?:mission|story|history)|mission(?:\s+and\s+vision)?|"
    r"о\s+нас|о\s+фонде|кто\s+мы|наша\s+миссия|про\s+нас|про\s+фонд|хто\s+ми|наша\s+місія)$",
    re.IGNORECASE)


def is_profile_page(text: str) -> bool:
    """The page's first heading (below the site's header) presents the organisation."""
    top = header_end(text)
    for ls, _le, line in lines(text):
        if ls < top or not line.strip():
            continue
        return bool(_PROFILE_HEAD.match(line.strip().rstrip(":?")))
    return False


# A heading that repeats an entry of the menu above it ("Start | O sieci | Kontakt" over
# "O SIECI", "Home | The Project | News" over "THE PROJECT") labels the site's section; the
# paragraph under it opens with the project's name and says what it is ("„X” to projekt …",
# "X (XY) is a 30-month project …", "«X» — це проєкт …"): that name, not the label.
_MENU_SPLIT = re.compile(r"[^\S\n]+(?:[|/·›>»→]|\u2022)[^\S\n]+")
_SECTION_SUBJECT = re.compile(
    r"[^\S\n]*(?:[„“\"«](?P<q>[^„”“\"«»\n]{3,80})[”“\"»]|"
    r"(?P<t>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n.,:;!?„”“\"«»()]{2,80}?))"
    r"(?:[^\S\n]+\([^()\n]{2,20}\))?[^\S\n]+(?:[–—-][^\S\n]+)?"
    r"(?:to[^\S\n]+(?:\w+[yi][^\S\n]+)?projekt(?!\w)|jest[^\S\n]+(?:\w+ym[^\S\n]+)?projektem|"
    r"is[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?project|(?:это|це|є)[^\S\n]+(?:\w+[^\S\n]+)?про[еє]кт(?!\w)|"
    r"(?:является|был|was)[^\S\n]+(?:an?[^\S\n]+)?(?:\w+[^\S\n]+)?(?:про[еє]кт\w*|project))")


def _menu_echo(text: str, h: tuple[int, int, str]) -> bool:
    key = h[2].strip(" :").casefold()
    if not key or len(key.split()) > 4:
        return False
    for _ls, _le, line in lines(text[:h[0]]):
        if is_menu_line(line) and any(p.strip().casefold() == key for p in _MENU_SPLIT.split(line.strip())):
            return True
    return False


def section_subject(text: str, h: tuple[int, int, str]) -> tuple[str, Span] | None:
    """The name the paragraph under a menu-echo heading h gives the project (see above)."""
    if "|" not in text[:h[0]] and "/" not in text[:h[0]] and "·" not in text[:h[0]] or not _menu_echo(text, h):
        return None
    m = re.compile(r"\s*").match(text, h[1])
    m = _SECTION_SUBJECT.match(text, m.end())
    if m is None:
        return None
    g = "q" if m.group("q") else "t"
    t = m.group(g).strip()
    from ngo_atlas.extract.organisations import is_org_head

    # (a quoted name the sentence calls a project is one, "Sieć …" or "Fundacja …" as it may be)
    if not 2 <= len(t.split()) <= 10 or g == "t" and is_org_head(t.split()[0]):
        return None
    return t, Span(m.start(g), m.start(g) + len(t), "section_subject", 0.75)
