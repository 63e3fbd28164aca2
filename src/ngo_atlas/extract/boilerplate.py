"""Find the page furniture that must not leak into records: appeals, accounts, cookies, menus."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.reportowner import REPORT_NOUN
from ngo_atlas.extract.text import blank, lines, lowered_line
from ngo_atlas.extract.undertaking import closes_each_item

# matched case-sensitively against the lowered line (the alternation is lower case): without
# IGNORECASE the regex engine can skip ahead to the cues' first letters
_LINE_CUES = re.compile(alternation(lexicon()["boilerplate_lines"]))
_TAIL_CUES = re.compile(alternation(lexicon()["tail_cut_lines"]), re.IGNORECASE)
_ACCOUNT = re.compile(r"\b\d{2}(?:\s?\d{4}){6}\b")  # Polish IBAN body: 26 digits
# "IMG_2041.jpg", "baner-fami-2023", "logo_ue": one run of word characters, dots and hyphens,
# with a hyphen or underscore before a word character somewhere and a word character or dot
# last. (Written as blocks, [\w.-]*(?:[-_][\w.]+)+, a run of underscores, "______́" or a form's
# "__________(podpis)", split into blocks in 2^length ways: 27 CPU-seconds on one line.)
_FILENAME = re.compile(r"^\s*(?=[\w.-]*[-_][\w.])[\w.-]*+(?<=[\w.])\s*$|"
                       r"^\s*\S+\.(?:jpe?g|png|gif|webp|svg)\s*$", re.IGNORECASE)
_POSTCODE = re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])")  # not inside an ISBN ("978-83-227-9941-0")
_LANG_SWITCH = re.compile(r"^\s*[•*-]?\s*(?:pl|en|uk|ru|de|ua)\s*$", re.IGNORECASE)
# "[logo: Dofinansowane przez Unię Europejską]": an image caption, not a statement of the page
_LOGO = re.compile(r"[\[(]\s*(?:logo|логотип|лого)\b[^\]\)\n]*[\])]|^[^\S\n]*(?:logo|логотип)\s*:[^\n]*",
                   re.IGNORECASE | re.MULTILINE)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture, not content."""
    all_lines = list(lines(text))
    counts = Counter(line.strip() for _s, _e, line in all_lines if line.strip())
    out: list[tuple[int, int]] = []
    tail_from = _tail_start(text, all_lines)
    for s, e, line in all_lines:
        stripped = line.strip()
        if not stripped:
            continue
        if s >= tail_from or _is_furniture(stripped, counts[stripped]):
            out.extend(_credit_pieces(line, s, e) if s < tail_from else [(s, e)])
    out.extend(_address_blocks(all_lines))
    out.extend(_link_runs(all_lines))
    out.extend(_menu_blocks(all_lines))
    out.extend(m.span() for m in _LOGO.finditer(text))
    return out


def _credit_pieces(line: str, s: int, e: int) -> list[tuple[int, int]]:
    """A byline set out in pieces ("28.10.2025, 14:05 | Anna Nowak | fot. archiwum"): the
    date piece is the page's date and stays; the author and the photo credit go."""
    if "|" not in line or len(line) >= 200 or not _DATE_PIECE.search(line):
        return [(s, e)]
    out, pos = [], 0
    for piece in line.split("|"):
        if not _DATE_PIECE.fullmatch(piece):
            out.append((s + pos, s + pos + len(piece)))
        pos += len(piece) + 1
    return out


# "28.10.2025, 14:05", "2025-10-28", " 3 XI 2024 ": a piece of a byline that is only a date
_DATE_PIECE = re.compile(r"\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
                         r"(?:,?\s*(?:godz\.\s*)?\d{1,2}[:.]\d\d)?\s*")


# a navigation heading, or the accessibility / skip link that opens a site's header block
_MENU = re.compile(r"^\s*(?:menu|menu główne|nawigacja|main menu|navigation|меню|навигация|навігація|"
                   r"ułatwienia dostępu|accessibility|skip to (?:main )?content|przejdź do (?:treści|zawartości)|"
                   r"перейти к содержанию|перейти до змісту)\s*$", re.IGNORECASE)


def _menu_blocks(all_lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A "Menu" line and the short entries under it, up to the next blank line, are the
    site's navigation ("Dla cudzoziemców / Для іноземців" is a menu entry, not a title)."""
    out: list[tuple[int, int]] = []
    in_menu = False
    for s, e, line in all_lines:
        if _MENU.match(line):
            in_menu = True
        elif not line.strip() or len(line.split()) > 6 or line.rstrip().endswith((".", "!", "?")):
            in_menu = False
            continue
        if in_menu:
            out.append((s, e))
    return out


_GIVES_ADDRESS = re.compile(r":\s*(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.(?:pl|org|com|eu|net|info|ua)/)",
                           re.IGNORECASE)


# a key and a sum of money as its value ("Wartość darowizny: 35 000,00 zł", "Grant amount:
# EUR 12,000"): a card's fact, not an appeal to give
_CUR = r"(?:zł|pln|eur|euro|€|usd|\$|грн|uah|руб\.?)"
_GIVES_SUM = re.compile(rf"[^:\n]{{2,40}}:\s*(?:{_CUR}\s*\d[\d\s.,]*\d|\d[\d\s.,]*\d(?:\s*(?:tys\.|mln))?\s*{_CUR})\s*$",
                        re.IGNORECASE)


# a site's toolbar: a line made only of the page's own controls, searching the site, printing the
# page, another language version, text size and contrast ("Wersja do druku | English version",
# "Szukaj w serwisie", "Kontrast | A A A | Szukaj", "Версия для печати", "Print | Search")
_CONTROL = re.compile(
    r"(?:szukaj|wyszukaj|wyszukiwarka|search|поиск|пошук|шукати|искать)(?:[^\S\n]+(?:w[^\S\n]+serwisie|w[^\S\n]+bip|"
    r"this[^\S\n]+site|the[^\S\n]+site|по[^\S\n]+сайту|на[^\S\n]+сайті))?|"
    r"(?:wersja[^\S\n]+do[^\S\n]+druku|drukuj|print(?:[^\S\n]+version|[^\S\n]+this[^\S\n]+page)?|"
    r"printer-friendly[^\S\n]+version|версия[^\S\n]+для[^\S\n]+печати|версія[^\S\n]+для[^\S\n]+друку|"
    r"печать|друк)|"
    r"(?:wersja[^\S\n]+(?:polska|angielska|ukraińska|rosyjska|kontrastowa|dla[^\S\n]+słabowidzących)|"
    r"(?:english|polish|ukrainian|russian)[^\S\n]+version|english|polski|українська|русский|"
    r"(?:pl|en|uk|ua|ru|de)(?:[^\S\n]+(?:pl|en|uk|ua|ru|de|cz))*|język:?(?:[^\S\n]+[a-z]{2})*)|"
    r"(?:kontrast|contrast|high[^\S\n]+contrast|wysoki[^\S\n]+kontrast|(?:zwiększ|zmniejsz)[^\S\n]+czcionkę|"
    r"rozmiar[^\S\n]+(?:tekstu|czcionki):?(?:[^\S\n]+a[+-]?)*|font[^\S\n]+size:?(?:[^\S\n]+a[+-]?)*|"
    r"a[+-]?(?:[^\S\n]+a[+-]?){1,2})",
    re.IGNORECASE)
_LANG_CODES = re.compile(r"(?:pl|en|uk|ua|ru|de|cz)(?:[^\S\n]+(?:pl|en|uk|ua|ru|de|cz))*", re.IGNORECASE)
_CONTROL_SEP = re.compile(r"[^\S\n]*(?:[|·•/\[\]]|[^\S\n]{2,})[^\S\n]*")


def toolbar_line(line: str) -> bool:
    """A line of the page's own controls only (search, print, language, text size, contrast),
    each piece set off by a bar, slash, bracket or wide gap; an icon or an ellipsis allowed."""
    if len(line) >= 120 or not _CONTROL.match(line.lstrip(" .…🔍⌕|·•/[")):
        return False
    pieces = [x.strip(" .…🔍⌕") for x in _CONTROL_SEP.split(line.strip())]
    pieces = [x for x in pieces if x]
    # (a line of language codes alone, "PL | EN | UA", is left to the menu readers)
    return all(_CONTROL.fullmatch(x) for x in pieces) and not all(_LANG_CODES.fullmatch(x) for x in pieces)


# a link back to the list the page sits in ("◄ Wróć do kalendarza", "« Powrót do listy projektów",
# "Back to all projects", "← Назад к новостям"): the verb of going back and what to, alone on a
# short line, after an arrow; without one only back to a list or to results ("Powrót do wyników
# wyszukiwania (23)"), as "Powrót do domu" may be a project's name
_BACK = (r"(?:wróć|powrót|wracaj|back|return|назад|вернуться|повернутися|повернення|возврат)"
         r"(?:[^\S\n]+(?:do|to|на|к|ко|до)(?=[^\S\n])")
_BACK_LINK = re.compile(r"^[^\S\n]*(?:[◄←‹«<⟵⬅◀]+[^\S\n]*" + _BACK + r"[^\n]{1,50})?|"
                        + _BACK + r"[^\S\n]+(?:the[^\S\n]+)?(?:listy|list|wyników|results|all|списку|списка|"
                        r"результат\w*)(?=[^\w])[^\n]{0,40}))[^\S\n]*$", re.IGNORECASE)


def _is_furniture(line: str, repeats: int) -> bool:
    if toolbar_line(line) or _BACK_LINK.match(line):
        return True
    if repeats >= 3 and len(line) < 80:
        return True  # repeated captions, image names, menu items
    if len(line) < 200 and _LINE_CUES.search(lowered_line(line)) and not _GIVES_ADDRESS.search(line) \
            and not _GIVES_SUM.match(line) and not _ROLE_LABEL.match(line):
        # ("Więcej o projekcie: x.org.pl/y" gives the project's address: content; so does a role
        # line, "Finansowanie: darowizna firmy X": who pays, not an appeal to give)
        return True
    if _ACCOUNT.search(line) or _LANG_SWITCH.match(line):
        return True
    # ("www.x-y.pl" alone on its line is an address the text gives, no image's file name)
    return " " not in line and _FILENAME.match(line) is not None and not line[:1].isdigit() \
        and not line.lower().startswith(("www.", "http://", "https://"))


# "Related", "Czytaj też: …", "Читайте также", "Poprzedni wpis: …": links to other pages
# close the article
# (the cue may open with a pictograph, "📌 Zobacz też:", "⭐ Related": an emoji or dingbat
# decorates the heading (the emoji blocks, the dingbats up to their arrows, the emoji stars
# and squares of the arrows block); an arrow does not count, "→ Read more" closes each item)
_PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u2793\u2B1B\u2B1C\u2B50-\u2B55]\uFE0F?"
_RELATED = re.compile(r"^\s*(?:" + _PICTOGRAPH + r"[^\S\n]*)?"
                      r"(?:related(?:\s+(?:news|projects|articles|stories))?|read\s+(?:also|more)|"
                      r"see\s+also|czytaj\s+(?:też|także|również)|zobacz\s+(?:też|także|również)|"
                      r"powiązane(?:\s+\w+)?|podobne\s+\w+|читайте\s+(?:также|також)|"
                      r"смотрите\s+также|дивіться\s+також|схожі\s+\w+|похожие\s+\w+|"
                      # a blog's links to the posts before and after this one
                      r"(?:poprzedni|następny|previous|next|попередн\w+|наступн\w+|предыдущ\w+|следующ\w+)"
                      r"\s+(?:wpis|artykuł|post|article|entry|запис|стаття|запись|статья|новина|новость))"
                      r"\s*(?::.*)?$",
                      re.IGNORECASE)
# "← Poprzedni wpis: …", "» Next post": a link to the post before or after this one, the
# arrow allowed. (An arrowed "→ Read more" is not one: on a list page it closes each item,
# and taken as the start of the page's related links it cut every item after the first.)
_NEIGHBOUR_POST = re.compile(r"^\s*(?:[«»‹›←→]\s*)?"
                             r"(?:poprzedni|następny|previous|next|попередн\w+|наступн\w+|предыдущ\w+|следующ\w+)"
                             r"\s+(?:wpis|artykuł|post|article|entry|запис|стаття|запись|статья|новина|новость)"
                             r"\s*(?::.*)?$", re.IGNORECASE)


# "Aktualności Caritas:", "Новини фундації", "Latest news": a heading over the site's other
# news items; only as a whole line (a sentence may open with "Новини: ми відкрили…")
_NEWS = re.compile(r"^\s*(?:(?:latest|recent)\s+)?(?:news|aktualności|wiadomości|новини|новости)"
                   r"(?:\s+\w+){0,2}\s*:?\s*$|^\s*(?:najnowsze|ostatnie|inne|other|останні|последние|"
                   r"інші|другие)\s+(?:wpisy|posts|aktualności|wiadomości|news|новини|новости)\s*:?\s*$",
                   re.IGNORECASE)


# "› Nabór na kurs języka polskiego – czytaj więcej", "» Spotkanie w Słupsku (12.03.2024)", "←
# Poprzedni wpis: …": a line opened by a link's arrow or guillemet and a headline's capital
# leads to another page ("→ przeszkolimy nauczycieli", lower case, is a bullet of the text)
# (the mark set off by a space: «Назва» opening a line is a quote)
_LINK_LINE = re.compile(r"^[^\S\n]*[«»‹›←→][^\S\n]+(?=[\d„\"«A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def _link_runs(all_lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Two or more consecutive link lines, or one that names the post before or after this one:
    the site's links to its other posts, events or projects, none of them this page's."""
    out, run = [], []
    for s, e, line in all_lines + [(0, 0, "")]:
        if _LINK_LINE.match(line):
            run.append((s, e, line))
            continue
        if len(run) >= 2 and not _sentence_list(run) or run and _NEIGHBOUR_POST.match(run[0][2]):
            out.extend((a, b) for a, b, _l in run)
        run = []
    return out


def _sentence_list(run: list[tuple[int, int, str]]) -> bool:
    """"Dziękujemy:\n→ Gminie X za lokal,\n→ Parafii Y za zbiórki.": arrowed lines each closed by
    a comma or semicolon but the last are one sentence's list, not headlines linking elsewhere
    (a link's headline never ends with a comma)."""
    return all(line.rstrip()[-1:] in ",;" for _s, _e, line in run[:-1])


def _tail_start(text: str, all_lines: list[tuple[int, int, str]]) -> int:
    """Where a closing donation appeal or a list of related links or news begins:
    everything after it is site furniture."""
    for s, _e, line in all_lines:
        if s > len(text) * 0.4 and len(line) < 120 and (
                _TAIL_CUES.search(line) or _RELATED.match(line) and not closes_each_item(line, all_lines)
                or _NEIGHBOUR_POST.match(line)
                or _NEWS.match(line)):
            return s
    return len(text) + 1


# a footer line may hold name, street and postcode together (~80 characters)
_BLOCK_LINE = 100


# "Realizator: Fundacja X, ul. Długa 5, 20-001 Lublin": a project card's role line may hold
# an address; it names who runs or pays, so it stays
_ROLE_LABEL = re.compile(r"\s*(?:realizator|lider|partner|organizator|wnioskodawca|beneficjent|"
                         r"finansowanie|grantodawca|fundator|źródło finansowania|operator|"
                         r"project lead|lead organi[sz]ation|implementing|funder|funded by|"
                         r"реализатор|партн[её]р|организатор|організатор|финансирование|"
                         r"фінансування)\w*(?:\s+\w+)?\s*:"
                         # "Sprawozdanie przygotowała: X, koordynatorka": the report's author
                         r"|\s*(?:\w+\s+)?(?:przygotował|opracował|sporządził|prepared\s+by|compiled\s+by|"
                         r"подготовил|підготувал)\w*\s*:", re.IGNORECASE)


# a line naming the project's own office or its head: "Biuro projektu: ul. …", "Kierownik
# projektu: X", "Project coordinator: X", "Координаторка проєкту: X"
_PROJECT_DESK = re.compile(r"(?:koordynator\w*|kierowni\w*|biur\w*|coordinator|manager|office|координатор\w*|"
                           r"керівни\w*|руководител\w*|офіс\w*|офис\w*)\s+(?:projektu|of\s+the\s+project|"
                           r"проекта|проєкту|проекту)\b|project\s+(?:coordinator|manager|office|lead)"
                           # the contact the page gives for its project or programme: "Kontakt w sprawie
                           # projektu:", "Kontakt do programu:", "Contact for the project:", "Контакт щодо
                           # проєкту" (a site's footer says "Kontakt", not whose business it handles)
                           r"|(?:kontakt|contact|контакт\w*)\s+(?:w\s+sprawie|ws\.|do|dotycz\w+|for|regarding|"
                           r"about|по|щодо|з\s+питань)\s+(?:(?:the|this|tego|naszego)\s+)?(?:projekt\w*|program\w*|"
                           r"zadani\w*|project|programme|program|проект\w*|проєкт\w*|програм\w*)\b",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_key() -> re.Pattern[str]:
    # the title labels of two words or more ("Tytuł zadania", "Nazwa projektu", "Project title"),
    # a lower-case qualifier allowed before the colon ("Tytuł zadania publicznego:")
    keys = [w for w in lexicon()["labels"]["title"] if " " in w]
    return re.compile(r"^[^\S\n]*(?:\d{1,2}[.)][^\S\n]*)?(?:" + alternation(keys)
                      + r")(?:[^\S\n]+(?-i:[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]+))?[^\S\n]*:", re.IGNORECASE)


def _names_project(line: str) -> bool:
    """"1. Tytuł zadania publicznego: „X”": a form's field giving the project's name; the block
    it stands in is the project's particulars (a grantee's address among them), not furniture."""
    return ":" in line and _title_key().match(line) is not None


def _address_blocks(all_lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A block of short lines holding a postcode is the publisher's address and contacts,
    unless a line of it names the project's own office or head: then it is the project's.
    A report's letterhead keeps its name line (see _letterhead_name)."""
    out, block = [], []
    for i, (s, e, line) in enumerate(all_lines + [(0, 0, "")]):
        if line.strip() and len(line) < _BLOCK_LINE:
            block.append((s, e, line))
            continue
        if any(_POSTCODE.search(x[2]) for x in block) and len(block) >= 2 \
                and not any(_PROJECT_DESK.search(x[2]) or _names_project(x[2]) for x in block):
            keep = 1 if _letterhead_name(block, all_lines, i) else 0
            out.extend((bs, be) for bs, be, ln in block[keep:] if not _ROLE_LABEL.match(ln))
        block = []
    return out


def _letterhead_name(block: list[tuple[int, int, str]], all_lines: list[tuple[int, int, str]], after: int) -> bool:
    """"FUNDACJA X\nul. Długa 5, 00-001 Miasto\n\nSPRAWOZDANIE MERYTORYCZNE …": a block that opens
    the text with a name line and stands over a document's heading (a report, an information
    note) is the letterhead of the body whose document it is; its name line is content (the
    document's author), its address is not. A site's header opens with no such heading under it."""
    first = next((x for x in all_lines if x[2].strip()), None)
    if first is None or block[0][0] != first[0] or any(c.isdigit() or c in "@|:" for c in block[0][2]):
        return False
    nxt = next((ln for _s, _e, ln in all_lines[after:] if ln.strip()), "")
    m = REPORT_NOUN.match(nxt.strip())
    return m is not None and nxt.strip()[:1].isupper()


def mask(text: str) -> str:
    """The text with its boilerplate blanked out (same length, offsets unchanged)."""
    return blank(text, boilerplate_ranges(text))
