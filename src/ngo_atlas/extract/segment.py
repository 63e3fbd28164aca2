"""Split a document into its projects: label blocks, quoted sub-project headings, umbrella names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ngo_atlas.extract.activityhead import names_activity
from ngo_atlas.extract.funding import FUNDER_INTRO
from ngo_atlas.extract.furniture import contents_item, leaders_line, testimonial
from ngo_atlas.extract.headline import is_clause
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.names import is_cyrillic, strip_quotes
from ngo_atlas.extract.numberedrefs import numbered_notes, row_number, without
from ngo_atlas.extract.news_entries import (about_a_project, heading_name, heading_under_dateline,
                                            posting_dateline)
from ngo_atlas.extract.organisations import is_org_head
from ngo_atlas.extract.samename import quoted_name, within
from ngo_atlas.extract.subtitled import name_before_subtitle
from ngo_atlas.extract.tables import table_rows
from ngo_atlas.extract.text import cue, lines, lowered, lowered_line, words_key
from ngo_atlas.extract.undertaking import attribute_of_project
from ngo_atlas.extract.wrappedline import continued_below, continues_line_above
from ngo_atlas.extract.title import (
    BLANK_LINE,
    _MEDIA_NOTE,
    _OTHER_PROJECTS,
    _PROJ_OR_PROG,
    _QUOTED_IN,
    QUOTED_AFTER_PROJECT,
    _org_quote,
    draft_of_document,
    first_cell,
    funding_notice,
    header_end,
    headings,
    is_menu_line,
    label_line_starts,
    menu_run_end,
    names_other,
    names_output,
    project_named,
    quoted_before_project,
    status_badge,
    subject_titles,
)


@dataclass
class Segment:
    """A stretch of text about one project; title_span set when the split found the title."""

    start: int
    end: int
    title: str | None = None
    title_span: tuple[int, int] | None = None
    rule: str = "whole_document"
    shared: bool = True  # may inherit document-level funding when it has none
    labels: list[LabelHit] = field(default_factory=list)  # fields read from a table row
    more: list[tuple[int, int]] = field(default_factory=list)  # other text about it
    # paragraphs above a list that speak of all its items: their period, payers and places
    intro: list[tuple[int, int]] = field(default_factory=list)


_BLOCK_KEYS = ("funder", "period", "amount", "start")
_REJECTED = re.compile(r"(?<!\w)(?:odrzucon\w*|rejected|not\s+funded|відхилен\w*|отклонен\w*)(?!\w)",
                       re.IGNORECASE)
# a quoted name of up to 120 characters on one line, its words the group "t"
QUOTED_NAME = r"[„“\"«](?P<t>[^„“”\"«»\n]{3,120})[”“\"»]"
_QUOTED_LINE = re.compile(rf"^\s*{QUOTED_NAME}\s*$", re.MULTILINE)
# the same after a list's number or bullet ("1) „X”", "• „Y”")
_QUOTED_ITEM = re.compile(rf"\s*(?:(?:[•‣⁃*✓✔–\-\u2190-\u21ff\u2580-\u25ff\u2700-\u27bf\u2b00-\u2bff]|\d{{1,2}}[.)])\s+)?"
                          rf"{QUOTED_NAME}\s*$")


def split(text: str, labels: list[LabelHit], raw: str | None = None) -> list[Segment]:
    """The page's projects; raw, the page before its furniture was blanked (same offsets),
    shows the dividers that the blanking takes for repeated lines."""
    sections = _numbered_sections(text)
    if sections:
        return sections
    divided = _divided_items(text, raw or text)
    if divided:
        # (dividers may stand only between items, the first above them and the last below:
        # the page's other readings, when they find more items, see those too)
        rest = _split(text, labels)
        return rest if len(rest) > len(divided) else divided
    return _split(text, labels)


def _split(text: str, labels: list[LabelHit]) -> list[Segment]:
    blocks = _label_blocks(labels)
    if len(blocks) >= 2:
        segs = _from_blocks(text, blocks, labels)
        if len(segs) >= 2:
            return _with_dated_entries(text, _with_unlabelled_cards(text, segs, labels))
        # a card named like a body ("Klub Mam w Płocku") right over its labels: the name heads
        # it, unless the page's paragraphs show more items than the label blocks found
        loose = _from_blocks(text, blocks, labels, loose=True)
        if len(loose) >= 2 and len(_news_items(text)) <= len(loose):
            return _with_dated_entries(text, loose)
    cards = _titled_cards(text, labels)
    if len(cards) >= 2:
        return cards
    rows = table_rows(text)
    # an open call's results table lists the offers turned down beside the grants: those are
    # no projects ("oferta odrzucona", "rejected", "відхилено")
    kept = [r for r in rows if not _REJECTED.search(text, r[0], r[1]) and not _unfunded_table(text, r[0])]
    rows = kept or rows
    if rows:
        blocks = _blocks(text)
        intro = _intro_blocks(text, blocks, min(a for a, *_r in rows)) + \
            _outro_blocks(text, blocks, max(b for _a, b, *_r in rows))
        segs = [Segment(a, b, title, _cell_span(text, title, a, b), "table_row", False, hits,
                        _paragraphs_naming(text, title, b), list(intro)) for a, b, title, hits in rows]
        _numbered_rows_notes(text, segs)
        return segs
    part = _event_in_project(text, labels)
    if part:
        return part
    named = _named_sections(text, labels)
    if len(named) >= 2:
        return named
    items = _news_items(text, _keyed_cards(text, labels))
    if len(items) >= 2:
        return _with_bullet_cards(text, items, labels)
    counted = _counted_items(text) if named[0].title is None else []
    if len(counted) >= 2:
        return counted
    listed = _listed_after_colon(text, labels) if named[0].title is None else []
    if len(listed) >= 2:
        return listed
    return _with_bullet_cards(text, named, labels) if named[0].title is None else named


def _divider(line: str) -> bool:
    """A line of one sign repeated, spaces allowed ("━━━━", "-----", "* * *", "🌸🌸🌸",
    "________"): a divider between a page's parts, no text of its own."""
    t = line.replace(" ", "").strip()
    return len(t) >= 3 and not t[0].isalnum() and t.count(t[0]) == len(t)


# (the same, found in one pass over the page: a sign, then itself twice or more, spaces between)
_DIVIDER_LINE = re.compile(r"^[^\S\n]*([^\w\s]|_)(?:[^\S\n]*\1){2,}[^\S\n]*$", re.MULTILINE)
# the signs before an item's name on its heading line ("🌏 Name", "■ Name", "▶ Name")
_LEAD_SIGNS = re.compile(r"^[^\w„“\"«(\[]+")


def _divided_items(text: str, raw: str) -> list[Segment]:
    """Two or more parts of the page set off by dividers (a line of one repeated sign over
    and under each), each opening with a heading line over its text: one project each,
    named by that line. What stands above the first divider or below the last one is the
    page's header, intro or footer."""
    divs = [m.span() for m in _DIVIDER_LINE.finditer(raw)]
    if len(divs) < 3:
        return []
    # dividers also set off the sections of one article ("* * *" between its parts): only
    # a page that speaks of projects in the plural above them lists projects between them,
    # or a news list, each part a post under its posting date
    plural = _PLURAL.search(lowered(text), 0, divs[0][0]) is not None
    segs: list[Segment] = []
    cards = 0  # a team's cards between the dividers: a role over a person's name
    for (_a, s), (e, _b) in zip(divs, divs[1:]):
        body = [x for x in lines(text[s:e]) if x[2].strip()]
        if not body:
            continue
        ls, le, line = body[0]
        news = heading_under_dateline(text, s + ls, e)
        if news:  # a news entry: its heading under its posting date names it
            name_at = heading_name(news[2])
            if name_at is None or not about_a_project(text, news[0], e):
                continue  # (an entry not about a project is no record)
            ts = news[0] + name_at[0]
            segs.append(Segment(s + ls, e, news[2][name_at[0]:name_at[1]], (ts, news[0] + name_at[1]),
                                "divided_item", shared=False))
            continue
        if posting_dateline(line):
            # (a post's date over its teaser alone, "03.06.2025 | Wydarzenia\nZaproszenie na
            # piknik … Czytaj dalej »": no heading names it, and the date names nothing)
            continue
        if not plural:
            return []
        head = line.strip()
        name = _LEAD_SIGNS.sub("", head).strip()
        # a heading, not a sentence, a label, a picture note, a badge or a date; text under it
        if len(body) < 2 or not 1 <= len(name.split()) <= 12 or name.endswith((".", ":", "!", "?")) \
                or ":" in name and not name_before_subtitle(name, text) or _MEDIA_NOTE.match(head) \
                or status_badge(name) or is_menu_line(name) \
                or _plural_heading(name) or _LISTING_HEAD.fullmatch(name):
            return []
        ts = s + ls + line.index(name)
        segs.append(Segment(s + ls, e, name, (ts, ts + len(name)), "divided_item", shared=False))
        cards += _team_card(name, body[1][2])
    if len(segs) < 2 or 2 * cards >= len(segs):
        return []
    merged = _merged_blocks(text, True)
    _intro_note(text, segs, merged)
    _year_headings(text, segs)
    return segs


def _team_card(head: str, second: str) -> bool:
    """A team member's card: a role ("Koordynatorka projektu", "Psycholożka") over the line
    that is the person's name ("mgr Anna Nowak"). Cards of a team are people, not projects."""
    from ngo_atlas.extract.people import _person_noun, person_name

    words = head.split()
    if not words or not _person_noun(words[0], "pl"):
        return False
    name = person_name(second.strip(), "pl")
    return name is not None and name[2] == len(second.strip())


# "3.1. Projekt „X”", "2.2 Homework Club": a report's sub-section numbered within its chapter
_SUBSECTION = re.compile(r"\n[^\S\n]*(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.?[^\S\n]+(?P<t>[„“\"«]?[^\W\d_„“\"«][^\n]*)")
# the next chapter ("4. Finanse", "3. Finances") or a table's caption ("Tabela 3.", "Table 1.") ends
# a chapter's last sub-section
_CHAPTER_END = re.compile(r"\n[^\S\n]*(?:\d{1,2}\.(?:\d{1,2}\.?)?|(?i:tabela|table|tab\.|таблиця|таблица)"
                          r"[^\S\n]+\d{1,2}\.?)[^\S\n]+\S")
_OPEN_QUOTE = re.compile(r"^(?:projekt|project|про[еє]кт)[^\S\n]+[„“\"«]", re.IGNORECASE)


def _numbered_sections(text: str) -> list[Segment]:
    """A report's chapter whose sub-sections, numbered 3.1, 3.2, …, each head one of the projects
    it reports on ("3. Projekty realizowane w 2022 roku" … "3.1. Bezpieczna przystań", "3.2.
    Projekt „X”"): one record per sub-section whose heading names something (not one that speaks
    of projects in general, "3.4. Działalność poza projektami"), when the text above the first
    speaks of projects in the plural. A single project's report numbers its parts ("1.1 Cele
    projektu"): no plural above them, and their headings speak of the project."""
    if "\n" not in text:
        return []
    found = [m for m in _SUBSECTION.finditer(text) if not leaders_line(text, m.start() + 1)]  # a contents entry
    groups: dict[str, list[re.Match]] = {}
    for m in found:
        run = groups.setdefault(m.group("a"), [])
        if int(m.group("b")) == len(run) + 1:
            run.append(m)
    groups = _projects_chapter(text, groups)
    run = max(groups.values(), key=len, default=[])
    if len(run) < 2 or _PLURAL.search(lowered(text), 0, run[0].start()) is None:
        return []
    segs = []
    for i, m in enumerate(run):
        if i + 1 < len(run):
            end = run[i + 1].start() + 1
        else:
            nxt = _CHAPTER_END.search(text, m.end())
            end = nxt.start() + 1 if nxt else len(text)
        span = _section_name(text, m)
        if span is not None:
            segs.append(Segment(m.start() + 1, end, text[span[0]:span[1]].replace("\n", " "), span,
                                "numbered_section", shared=False))
    return segs if len(segs) >= 2 else []


def _projects_chapter(text: str, groups: dict[str, list[re.Match]]) -> dict[str, list[re.Match]]:
    """The sub-sections of the chapter whose own heading speaks of projects in the plural ("4.
    PROJEKTY REALIZOWANE W 2021 ROKU", "3. Projects delivered"), where the report has one: a
    later chapter's longer run ("5.1. Zarząd Fundacji", "5.2. Zatrudnienie", …) reports on the
    body itself, not its projects."""
    chosen = {}
    for a, run in groups.items():
        if not run:
            continue
        head = re.search(rf"(?:^|\n)[^\S\n]*{a}\.[^\S\n]+([^\n]*)", text[:run[0].start() + 1])
        if head and _PLURAL.search(lowered(head.group(1))):
            chosen[a] = run
    return chosen or groups


def _section_name(text: str, m: re.Match) -> tuple[int, int] | None:
    """The name a numbered sub-section's heading gives: the heading, a line wrapped under it
    joined, or the quote after a leading "Projekt" ("3.2. Projekt „X” – świetlica")."""
    from ngo_atlas.extract.title import _heading_like

    a, b = m.start("t"), m.end("t")
    nl = text.find("\n", b + 1)
    nxt = text[b + 1:len(text) if nl < 0 else nl]
    # ("3.1. Bezpieczna przystań – wsparcie uchodźców z Ukrainy\nw Łodzi\n\n"): a heading wrapped
    if nxt.strip() and nxt.lstrip()[:1].islower() and len(nxt.split()) <= 6 and text[nl:nl + 2] == "\n\n":
        b = nl
    head = text[a:b].rstrip()
    q = _OPEN_QUOTE.match(head)
    if head[:1] in "„“\"«":
        return _quoted_section_name(text, a)
    if q:
        close = min((i for i in (head.find(c, q.end()) for c in "”“\"»") if i > 0), default=-1)
        if close < 0:  # ("4.1. Projekt „X Y\nZ”": the quoted name wrapped)
            return _quoted_section_name(text, a + q.end() - 1)
        a, b = a + q.end(), a + close
    else:
        b = a + len(head)
        a += project_named(head)  # ("2.1 Project Safe Harbour")
    name = text[a:b].strip()
    words = name.split()
    if not 1 <= len(words) <= 20 or _PROJECT_WORD.search(name) or not _heading_like(name.replace("\n", " ")) \
            or _GENERAL_WORK.search(name):
        return None
    return a, a + len(name)


_CLOSE_QUOTE = re.compile(r"[”“\"»]")


def _quoted_section_name(text: str, a: int) -> tuple[int, int] | None:
    """A sub-section heading that is a quoted name ("3.1. „Dom na start – mieszkania dla rodzin”",
    a report's list of its projects): the name inside the quotes, which a report laid out at a
    fixed width may wrap onto the next line ("3.1. „Punkt informacyjny dla uchodźców\nz
    Ukrainy”"); what follows the closing quote on its line is no part of it."""
    nl = text.find("\n", a)
    nl = len(text) if nl < 0 else nl
    close = _CLOSE_QUOTE.search(text, a + 1, nl)
    e = nl  # (no closing quote at hand, a page's running header between: the heading line's words)
    if close is None:  # wrapped: the closing quote ends the next line's words
        nl2 = text.find("\n", nl + 1)
        nl2 = len(text) if nl2 < 0 else nl2
        close = _CLOSE_QUOTE.search(text, nl + 1, nl2)
        if close is not None and not text[nl + 1:close.start()].strip():
            close = None
    s, e = a + 1, close.start() if close is not None else e
    while e > s and text[e - 1].isspace():
        e -= 1
    name = " ".join(text[s:e].split())
    if not 1 <= len(name.split()) <= 20 or _GENERAL_WORK.search(name):
        return None
    return s, e


# "3.2. Działalność nieodpłatna pożytku publicznego – pozostałe działania", "2.3 Other activities",
# "3.4. Інша діяльність": a report's section on the body's work at large (its statutory activity,
# its other activities) names no project
_GENERAL_WORK = re.compile(
    r"^(?:(?:pozostał|inn|other|інш|друг|решт)\w*[^\S\n]+)?(?:działalnoś\w*|activit(?:y|ies)|діяльн\w*|"
    r"деятельн\w*)(?![\w])|(?<![\w])(?:pozostał\w*|inne|other|інші|другие)[^\S\n]+(?:działani\w*|activit(?:y|ies)|"
    r"заход\w*|мероприяти\w*)(?![\w])", re.IGNORECASE)


# "nie otrzymały dotacji", "nie uzyskały dofinansowania", "were not funded", "did not receive a
# grant", "не получили финансирования", "не отримали гранту": a negation and a word of paying
_NOT_PAID = re.compile(r"(?<![\w])(?:nie|not|no|не|ні)(?![\w])[^\S\n]+(?:\w+[^\S\n]+){0,2}?"
                       r"(?:\w*(?:finansow|financ|фінанс|финанс|funded|funding|dotacj|dotowan|grant|грант|"
                       r"субсид|дотац|przyzna|awarded)\w*)", re.IGNORECASE)


def _unfunded_table(text: str, row: int) -> bool:
    """The table a row stands in is headed by a line that says its rows were not paid for
    ("Oferty, które nie uzyskały dofinansowania:" over the offers turned down): the line
    above the table's first row or header, the rows above being the same table's."""
    pos = row
    while pos > 0:
        ls = text.rfind("\n", 0, pos - 1) + 1
        line = text[ls:pos - 1]
        pos = ls
        if not line.strip():
            continue
        if "|" in line or "\t" in line:
            continue
        return _NOT_PAID.search(line) is not None
    return False


# "realizuje obecnie dwa projekty", "has launched two new projects", "реалізує три проєкти": the
# page says how many projects it speaks of (a numeral, a word or two, the plural noun)
_COUNT_BEFORE = re.compile(r"(?<![\w])(?:dwa|dwie|trzy|cztery|pięć|two|three|four|five|два|две|дві|три|четыре|"
                           r"чотири|пять|п.ять|[2-5])(?:\s+\w+){0,2}?\s+$")
_PLURAL_NOUNS = ("projekty", "projektów", "projects", "проекта", "проекты", "проектов", "проєкти", "проєктів")


def _counts_said(low: str) -> list[tuple[int, int]]:
    """Where the lowered text gives a count of projects: (start, end) of each phrase, in
    order (found noun by noun: a regex led by a numeral alternation tries every position)."""
    out = []
    for w in _PLURAL_NOUNS:
        i = low.find(w)
        while i >= 0:
            end = i + len(w)
            if end == len(low) or not low[end].isalnum():
                m = _COUNT_BEFORE.search(low, max(0, i - 40), i)
                if m:
                    out.append((m.start(), end))
            i = low.find(w, end)
    return sorted(out)


def _counted_items(text: str) -> list[Segment]:
    """After the page says it speaks of two or more projects, each paragraph that names one
    by a quoted name in its first sentence ("Pierwszy z nich, „X”, …", "The second, "Y", …")
    is that project's, up to the next such paragraph."""
    counts = _counts_said(lowered(text))
    if not counts:
        return []
    found = []
    for s, e in _blocks(text):
        if e <= counts[0][0]:
            continue
        here = [c for c in counts if s <= c[0] < e]
        begin = here[-1][1] if here else s  # (in the paragraph that gives the count, after it)
        after = _SENTENCE_STOP.match(text, begin)
        begin = after.end() if after else begin  # ("two new projects. The first, "X", …")
        stop = _SENTENCE_STOP.search(text, begin, e)
        q = _QUOTE_RUN.search(text, begin, stop.start() if stop else e)
        if q is None or _SPEECH.match(text, q.end(), e) or names_output(text, q.start("t")) \
                or names_other(text, q.start("t")) or _org_quote(text, q.start("t")):
            continue
        t = strip_quotes(q.group("t"))
        if 1 <= len(t.split()) <= 12 and not any(_same_title(t, x[2]) for x in found):
            found.append((s, q, t))
    segs = []
    for i, (s, q, t) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        segs.append(Segment(s, end, t, (q.start("t"), q.end("t")), "counted_item", shared=False,
                            more=[(0, found[0][0])]))
    return segs if len(segs) >= 2 else []


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


# "rozpoczęła dwa nowe projekty: „A”, finansowany przez X, oraz „B”, …", "two projects: “A” and
# “B”": the plural noun and a colon open a list of names within one paragraph
_PLURALS = ("projekty", "projects", "проекты", "проєкти")
_COLON_AFTER = re.compile(r"[^\S\n]*:[^\S\n]*")


def _plural_colon(low: str) -> tuple[int, int] | None:
    """Where "projekty:" stands in the lowered text (found word by word: a regex with an
    alternation and no literal prefix would try every position of every page)."""
    for w in _PLURALS:
        i = low.find(w)
        while i >= 0:
            c = _COLON_AFTER.match(low, i + len(w))
            if c and (i == 0 or not low[i - 1].isalnum()):
                return i, c.end()
            i = low.find(w, i + len(w))
    return None


_QUOTE_RUN = re.compile(QUOTED_NAME)


def _listed_after_colon(text: str, labels: list[LabelHit]) -> list[Segment]:
    """A paragraph that lists the page's projects by name after "projekty:", where nothing else
    names a project: one record per name, the words up to the next name its own; the clause
    before the colon (who runs them, when) speaks of all."""
    from ngo_atlas.extract.title import choose_title

    m = _plural_colon(lowered(text))
    if m is None or choose_title(text, 0, len(text), labels) is not None:
        return []
    para_end = text.find("\n\n", m[1])
    para_end = len(text) if para_end < 0 else para_end
    para_start = text.rfind("\n\n", 0, m[0]) + 2 if "\n\n" in text[:m[0]] else 0
    quotes = list(_QUOTE_RUN.finditer(text, m[1], para_end))
    if len(quotes) < 2:
        return []
    out = []
    for i, q in enumerate(quotes):
        end = quotes[i + 1].start() if i + 1 < len(quotes) else para_end
        out.append(Segment(q.start(), end, strip_quotes(q.group("t")), (q.start("t"), q.end("t")),
                           "listed_after_colon", shared=False, more=[(para_start, m[0])]))
    return out


_QUOTED_LEAD = re.compile(r"\s*(?:(?:[•*●▪▸►▶■◆◦○→✓✔–-]|\d{1,2}[.)])\s+)?" + QUOTED_NAME + r"\s*"
                          r"(?:\([^()\n]{1,40}\)\s*)?[–—:-]\s")
# "„Chcemy, by szkoła…” – mówi Joanna Wróbel": a quoted speech, not a name
_SPEECH = re.compile(r"\s*(?:mówi|powiedział\w*|dodaje|dodał\w*|podkreśla|podkreślił\w*|tłumaczy|"
                     r"says|said|adds|added|explains|говорит|сказал\w*|отмечает|каже|сказав|сказала|"
                     r"додає|зазначає)\b", re.IGNORECASE)
_PROJECT_WORD = re.compile(r"(?<![\w])(?:projekt\w*|projects?|про[еє]кт\w*)(?![\w])", re.IGNORECASE)
# "Finansowanie: Gmina Radom", "funded by", "фінансування": who pays, in any form
_FUNDING_WORD = re.compile(r"(?:do)?finansow|funded|funding|финансир|фінансу|(?<!\w)(?:grant|dotacj|"
                           r"грант|субсиди|дотаці)", re.IGNORECASE)
# bullets of every kind a page or a word processor uses ("▸ Name", "■ Name", "2) Name")
# (any sign of the arrows, block elements, geometric shapes and dingbats blocks: "▌ X", "➤ X", "◾ X")
_ITEM_HEAD = re.compile(r"^\s*(?:[•‣⁃*✓✔–\-\u2190-\u21ff\u2580-\u25ff\u2700-\u27bf\u2b00-\u2bff]|\d{1,2}[.)])\s+")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs (blank-line separated) and bullet items, as (start, end)."""
    return list(_block_spans(text))


@lru_cache(maxsize=8)  # several splitters ask for the same page's paragraphs
def _block_spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    start, prev_end, prev_entry, prev_line = None, 0, False, ""
    quotes = any(q in text for q in "„“\"«")
    for ls, le, line in lines(text):
        # a grant list's one-line entries ("Fundacja X – „Y” – 18 000 zł") are items too,
        # bullet or none, from the line that opens the list on
        entry = quotes and _entry_line(line)
        if not line.strip() or (start is not None and (
                _ITEM_HEAD.match(line) or entry and (prev_entry or prev_line.rstrip().endswith(":")))):
            if start is not None:
                out.append((start, prev_end))
                start = None
            if not line.strip():
                prev_entry, prev_line = False, ""
                continue
        if start is None:
            start = ls
        prev_end, prev_entry, prev_line = le, entry, line
    if start is not None:
        out.append((start, prev_end))
    return tuple(out)


def _line_at(text: str, pos: int) -> str:
    """The rest of the line that pos stands on."""
    end = text.find("\n", pos)
    return text[pos:len(text) if end < 0 else end]


def _entry_line(line: str) -> bool:
    """A one-line grant entry: a quoted name set off by a dash, with a sum or a date."""
    # (plain substring tests first: most lines have no quote, or no dash beside it)
    return ("„" in line or "“" in line or '"' in line or "«" in line) \
        and ("–" in line or "—" in line or "-" in line or "," in line) \
        and _DASHED_QUOTE.search(line) is not None and _SUM_OR_DATE.search(line) is not None


_SUMMARY_HEAD = re.compile(r"[^\S\n]*(?:summary|abstract|executive\s+summary|streszczenie|abstrakt|резюме|"
                           r"аннотация|анотація|короткий\s+зміст|краткое\s+содержание)[^\S\n]*:?[^\S\n]*\n",
                           re.IGNORECASE)


def _news_items(text: str, cards: frozenset[int] = frozenset()) -> list[Segment]:
    """A list of news items or a digest: several paragraphs, each naming its own project
    ("... realizuje projekt „X”", or a short heading line over a paragraph about a project).
    A lone heading paragraph joins the paragraph below it."""
    listing = _is_listing(text)
    merged = _merged_blocks(text, listing)
    titled = _titled_blocks(text, merged, listing, cards)
    if len(titled) < 2 and not listing:
        titled = _dated_paid_sections(text, merged) or titled
    if len(titled) < 2:
        return []
    segs = []
    for i, ((s, _e), _n, (ts, te, title)) in enumerate(titled):
        end = titled[i + 1][0][0] if i + 1 < len(titled) else len(text)
        # on a list page an item starts at its name: the list's heading above stays outside
        # it and gives every item its status ("Projekty zrealizowane")
        start = ts if listing and text[ts - 1:ts] in ("\n", "") else s
        if start == ts > s and _dated_over_name(text, s, ts):
            start = s  # ("2021–2022\nSzkoła Różnorodności\n…": the card's period, over its name)
        segs.append(Segment(start, end, title, (ts, te), "news_item", shared=False))
    headed = listing and _from_first_numbered(text, segs)
    if headed:
        segs = headed
    if listing or all(_ITEM_HEAD.match(text[sg.start:sg.start + 8]) or _entry_line(_line_at(text, sg.start))
                      for sg in segs):
        _closing_note(text, segs, merged)
        if not headed:
            _intro_note(text, segs, merged)
        _year_headings(text, segs)
    else:
        # prose about several projects: a closing paragraph that names them all ("Oba projekty
        # są finansowane z …", "Both projects run until …") speaks of each
        _closing_note(text, segs, [b for b in merged if _EVERY_PROJECT.search(text, *b)])
    return segs


def _from_first_numbered(text: str, segs: list[Segment]) -> list[Segment]:
    """A numbered list ("1. „X” – Stowarzyszenie Y", "2. …") under the page's header: the
    items are the numbered ones. A name read above the first of them (the site's masthead,
    "Centrum Organizacji Pozarządowych X"; the headline, "Wyniki konkursu … – lista
    dofinansowanych inicjatyw"; a programme quoted in the intro) heads the page and its
    intro, which speak of every item (their payer, their period), and is no item of its own
    (umbrella.with_programme_record still makes the programme's paragraph a record). []
    when no name stands above the first numbered item, or when the text above it speaks of
    one project."""
    numbered = [_NUMBERED.match(text, text.rfind("\n", 0, sg.title_span[0]) + 1) is not None
                if sg.title_span else False for sg in segs]
    first = numbered.index(True) if True in numbered else 0
    if first == 0 or not all(numbered[first:]) or len(segs) - first < 2:
        return []
    # ("Projekt „X” realizujemy … Nasze pozostałe projekty: 1. … 2. …": a project the text
    # above the list speaks of in the singular is the page's own, an item of its own)
    top = (segs[first].title_span or (segs[first].start, 0))[0]
    low = lowered(text)
    # ("Klub Sąsiada …\n\nInne nasze inicjatywy:\n1. …": a list of the other ones, after one
    # told above it, which is an item of its own)
    lead_in = low.rfind("\n", 0, max(0, low.rfind("\n", 0, top) - 1)) + 1
    if _SINGULAR.search(low, 0, top) or _OTHER_ONES.search(low, lead_in, top):
        return []
    return segs[first:]


# the line right above a numbered list calling its items the rest: "Inne nasze inicjatywy:",
# "Pozostałe projekty", "Other projects", "Інші наші проєкти"
_OTHER_ONES = re.compile(r"(?<!\w)(?:inn[eay]|pozostał[eay]|other|further|інші|другие)(?!\w)")


def _dated_over_name(text: str, s: int, ts: int) -> bool:
    """The item's block opens with one line of dates only, right over its name: the card's
    period ("2021–2022", "01.09.2019 – 31.08.2021"), not a heading of the list."""
    from ngo_atlas.extract.title import _mostly_dates

    above = text[s:ts - 1]
    return "\n" not in above and bool(above.strip()) and _mostly_dates(above.strip())


def _merged_blocks(text: str, listing: bool) -> list[tuple[int, int]]:
    """The page's blocks, a lone heading block joined to the block below it."""
    merged: list[tuple[int, int]] = []
    blocks = _blocks(text)
    for k, b in enumerate(blocks):
        # ("Our projects" over its first item heads the whole list, not that item; on such a
        # page a short bullet item is the sibling of the next one, not its heading)
        # (a divider, "________", heads nothing: it only sets the block below apart)
        if merged and (_is_heading_block(text, merged[-1]) and not _divider(text[merged[-1][0]:merged[-1][1]])
                       and not testimonial(text, *merged[-1])
                       or _name_stack(text, merged[-1])) \
                and not _is_heading_block(text, b) and not _name_stack(text, b) \
                and not _LISTING_HEAD.fullmatch(text, *merged[-1]) \
                and not (listing and _ITEM_HEAD.match(text[merged[-1][0]:merged[-1][0] + 8])
                         and _ITEM_HEAD.match(text[b[0]:b[0] + 8])) \
                and not (listing and _NUMBERED.match(text, b[0], b[1])) \
                and not _entry_line(text[merged[-1][0]:merged[-1][1]]) \
                and not (listing and is_menu_line(text[merged[-1][0]:merged[-1][1]].strip())) \
                and not heading_under_dateline(text, b[0], b[1]) \
                and not _last_of_list(text, blocks, k - 1):
            # (a list's filter row "Filtruj: Wszystkie | Aktualne | Zakończone" heads no item;
            # a news list's heading, "Blog", heads no post: a post opens with its date line)
            merged[-1] = (merged[-1][0], b[1])
        else:
            merged.append(b)
    return merged


def _last_of_list(text: str, blocks: list[tuple[int, int]], k: int) -> bool:
    """Block k is a bulleted item right under another ("Partnerzy:\n• X\n• Y"): the list's
    last item, not a heading of the paragraph below it."""
    return k >= 1 and all(_ITEM_HEAD.match(text[blocks[i][0]:blocks[i][0] + 8]) for i in (k - 1, k)) \
        and text.count("\n", blocks[k - 1][1], blocks[k][0]) <= 1


def _name_stack(text: str, b: tuple[int, int]) -> bool:
    """A block of two or three short heading lines whose last is a quoted name alone ("■ Fundacja X
    (Gdańsk)\n„Port Start”", "Partner: Y\n«Z»"): a member's or a section's line over a project's
    name, heading the paragraph below as a single heading line does."""
    t = text[b[0]:b[1]]
    if "\n" not in t or not ("„" in t or "“" in t or '"' in t or "«" in t):
        return False
    rows = t.strip().split("\n")
    return 2 <= len(rows) <= 3 and _QUOTED_ITEM.match(rows[-1]) is not None \
        and all(len(r.split()) <= 12 and not r.rstrip().endswith((".", ":")) for r in rows)


def _titled_blocks(text: str, merged: list[tuple[int, int]], listing: bool,
                   cards: frozenset[int]) -> list:
    """The blocks that name a project of their own, each as ((start, end), None, title),
    a title restating an earlier one's left out."""
    titled: list = []
    heads_over: list[str] = []  # the lone heading line right above the last item's block
    for k, (s, e) in enumerate(merged):
        # "Summary" / "Streszczenie" over a paragraph: a report's abstract restates its project
        # (often in another language) and starts none of its own
        if titled and _SUMMARY_HEAD.match(text, s, e):
            continue
        # ("„Kurs pomógł mi …” – Olena, uczestniczka projektu": a testimonial, no item)
        if testimonial(text, s, e):
            continue
        t = _item_title(text, s, e, listing)
        if t is None and cards and not listing:
            # a page of keyed cards: a card's name over its key reads as a list item's
            t = _item_title(text, s, e, True)
            t = t if t and text.rfind("\n", 0, t[0]) + 1 in cards else None
        # "w zakładce „Projekty bieżące”": a list's own heading quoted names no project; nor does
        # a headline that speaks of projects in the plural or counts the projects it announces
        # ("Dwa projekty FAMI dla regionu!", "Three new projects for Gdańsk", "Три проєкти …")
        if t and (_LISTING_HEAD.fullmatch(t[2]) or _plural_heading(t[2])
                  or _counts_said(t[2].lower()) or attribute_of_project(t[2])):
            t = None
        # ("ŚLĄSKA SIEĆ …" over "SILESIAN NETWORK …" over the particulars, then 'Projekt pt.
        # „Śląska sieć …”' in the description: the name in the heading above the last item
        # restates that item)
        if t and len(titled) == 1 and not listing and _headline_restated(text, titled[0], t):
            titled[0] = ((titled[0][0][0], e), None, t)  # the headline's short form: one item
            continue
        if t and not any(_same_title(t[2], x[2][2]) for x in titled) \
                and not any(_same_title(t[2], h) for h in heads_over):
            titled.append(((s, e), None, t))
            heads_over = [text[a:b].strip() for a, b in merged[max(0, k - 1):k]
                          if _is_heading_block(text, (a, b)) and not _ITEM_HEAD.match(text[a:a + 8])]
    return titled


def _dated_paid_sections(text: str, merged: list[tuple[int, int]]) -> list:
    """Two or more sections, each a name heading a paragraph that dates the work and says
    who paid for it ("Punkt Porad\n\nW latach 2021–2023 … sfinansował Urząd …"): one
    project each. A single project's sections (aims, results, budget) are not each dated
    and paid for, and a heading about "the project" is one of its sections."""
    from ngo_atlas.extract.dates import find_dates
    from ngo_atlas.extract.title import _heading_like

    shaped = []
    for s, e in merged:
        nl = text.find("\n", s, e)
        if nl < 0 or not text.startswith("\n\n", nl):
            continue
        head = text[s:nl].strip()
        # (a heading of its own, a blank line under it: not a list's entry or a label line)
        if head[:1].isupper() and ":" not in head and 2 <= len(head.split()) <= 12 and _heading_like(head) \
                and not _PROJECT_WORD.search(head):
            shaped.append((s, e, nl, head))
    if len(shaped) < 2 or _parts_of_one(text, shaped[0][0]) or _one_project_above(text, shaped[0][0]):
        return []  # (most pages: no payer or date read)
    shaped = [x for x in shaped if _FUNDING_WORD.search(text, x[2], x[1]) or FUNDER_INTRO.search(text, x[2], x[1])]
    if len(shaped) < 2:
        return []
    out = [((s, e), None, (s + text[s:nl].index(head), s + text[s:nl].index(head) + len(head), head))
           for s, e, nl, head in shaped if any(d.year for d in find_dates(text[nl:e]))]
    return out if len(out) >= 2 else []


def _year_headings(text: str, segs: list[Segment]) -> None:
    """An archive's year heading ("2023" alone on a line) dates every item below it, up to
    the next one: the year reaches each item as a paragraph above a list does."""
    years = [(m.start(), m.end()) for m in _YEAR_LINE.finditer(text)] if len(segs) >= 2 else []
    for sg in segs:
        above = [y for y in years if y[1] <= (sg.title_span or (sg.start, 0))[0]]
        if above and not sg.start <= above[-1][0] < sg.end:
            sg.intro.append(above[-1])


# "Oba projekty", "wszystkie trzy zadania", "both projects", "all three projects", "оба
# проекта", "обидва проєкти", "усі проєкти": a quantifier over the page's projects
_EVERY_PROJECT = cue(r"(?:oba|obydwa|obie|obydwie|wszystkie|both|all|оба|обе|обидва|обидві|усі|всі|все)"
                     r"(?:\s+\w+)?\s+(?:projekt\w*|zadani\w*|projects|про[еє]кт\w*)(?![\w])")


def _intro_note(text: str, segs: list[Segment], blocks: list[tuple[int, int]]) -> None:
    """The paragraph that opens a list ("przyznano dotacje z budżetu Miasta X następującym
    organizacjom:") speaks of every item: who pays, when they run."""
    intro = _intro_blocks(text, blocks, segs[0].start)
    for sg in segs:
        # the line that opens the list speaks of the items as a whole (as before); a paragraph
        # above it lends them only its period, payers and places
        sg.more += [b for b in intro if text[b[0]:b[1]].rstrip().endswith(":")]
        sg.intro += [b for b in intro if not text[b[0]:b[1]].rstrip().endswith(":")]


_TABLE_LINE = re.compile(r"\||\t")


def _intro_blocks(text: str, blocks: list[tuple[int, int]], first: int) -> list[tuple[int, int]]:
    """The paragraphs right above a list or table that speak of all its items: the one that
    opens it ("Oferty, którym przyznano dotację:") and, above that, one that speaks of the
    items in the plural ("Zadania będą realizowane od 1 marca…", "The projects run until…");
    a table's header row is skipped. The nearest paragraph of neither kind ends the search."""
    out: list[tuple[int, int]] = []
    for s, e in reversed([b for b in blocks if b[1] <= first]):
        if _TABLE_LINE.search(text, s, e):
            continue
        if len(out) >= 2 or not (text[s:e].rstrip().endswith(":") or _ALL_PROJECTS.search(text, s, e)):
            break
        out.append((s, e))
    return out[::-1]


_OUTRO_REACH = 2  # paragraphs below a table that may still speak of its rows


def _outro_blocks(text: str, blocks: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """The paragraphs right below a table that speak of its items in the plural ("§ 2.
    Zadania realizowane będą w okresie od 1 kwietnia do 15 grudnia 2025 r.")."""
    below = [b for b in blocks if b[0] >= last and not _TABLE_LINE.search(text, *b)][:_OUTRO_REACH]
    return [b for b in below if _ALL_PROJECTS.search(text, *b)]


# "Koordynatorką projektów jest X", "All our projects are coordinated by X": the plural speaks
# of every item of the list
_ALL_PROJECTS = re.compile(r"(?<![\w])(?:projektów|projektach|projekty|zadania|zadań|projects|проектов|проектами|"
                           r"проєктів|проєктами)(?![\w])", re.IGNORECASE)


def _closing_note(text: str, segs: list[Segment], blocks: list[tuple[int, int]]) -> None:
    """A closing paragraph after a list's last item that speaks of all its projects (the
    coordinator of them all, a shared contact) belongs to every item, not to the last one."""
    last = segs[-1]
    head = (last.title_span or (last.start, last.start))[0]
    # the paragraphs after the last item's own one: the first that speaks of them all
    notes = [(s, e) for s, e in blocks if s > head and _ALL_PROJECTS.search(text, s, e)]
    if not notes:
        return
    last.end = notes[0][0]
    for sg in segs:
        sg.more.append(notes[0])


def _numbered_rows_notes(text: str, segs: list[Segment]) -> None:
    """Notes below a table that speak of its rows by their number ("Ad 2. …", "Zadanie nr 1
    realizowane będzie w …"): each note is its row's prose, and no longer the whole list's
    nor another row's (a paragraph naming a row by its title keeps only its other clauses)."""
    numbered = {n: sg for sg in segs if (n := row_number(text, sg.start)) is not None}
    if len(numbered) < 2:
        return
    notes = numbered_notes(text, max(sg.end for sg in segs), len(text), set(numbered))
    clauses = [c for spans in notes.values() for c in spans]
    if not clauses:
        return
    for n, sg in numbered.items():
        sg.more = without(sg.more, clauses) + notes.get(n, [])
    for sg in segs:
        sg.intro = without(sg.intro, clauses)


def _cell_span(text: str, title: str, a: int, b: int) -> tuple[int, int]:
    """Where the row's title cell is (not the row start: other cells come first)."""
    off = text.find(title, a, b)
    return (off, off + len(title)) if off >= 0 else (a, a)


def _paragraphs_naming(text: str, title: str, after: int) -> list[tuple[int, int]]:
    """Paragraphs below a table that talk about one of its rows by name."""
    return [(s, e) for s, e in _blocks(text) if s >= after and title in text[s:e]
            and "|" not in text[s:e]]


# "W ramach projektu", "as part of the project", "в рамках проекта", "у межах проєкту": the
# project spoken of is one the page named before, whatever the line above is
_WITHIN = re.compile(r"(?:w\s+ramach|as\s+part\s+of(?:\s+the)?|within(?:\s+the)?|в\s+рамках|"
                     r"[ув]\s+межах)\s+$", re.IGNORECASE)


def _own_project_word(text: str, s: int, e: int) -> bool:
    """The paragraph calls something a project, not only "within the project" (a thing
    the project made or held, under a quoted line, is no project of its own)."""
    return any(not _WITHIN.search(text, max(s, m.start() - 20), m.start())
               for m in _PROJECT_WORD.finditer(text, s, e))


def _is_heading_block(text: str, b: tuple[int, int]) -> bool:
    t = text[b[0]:b[1]].strip()
    return "\n" not in t and len(t.split()) <= 12 and not t.endswith((".", ":"))


def _item_title(text: str, s: int, e: int, listing: bool = False) -> tuple[int, int, str] | None:
    # a news entry's posting date over its heading ("12.03.2024 | Aktualności"): the heading leads
    news = heading_under_dateline(text, s, e)
    if news:
        s = news[0]
    # (a guide or report the project made, 'wydano poradnik „X”', starts no item of its own)
    q = next((m for m in QUOTED_AFTER_PROJECT.finditer(text, s, e)
              if not names_other(text, m.start("t")) and not names_output(text, m.start("t"))
              and not _body_named(text, m.start("t")) and not _others_project(text, m.end())
              and not draft_of_document(m.group("t"))), None)
    if q:
        return q.start("t"), q.end("t"), strip_quotes(q.group("t"))
    # 'launched the "Legal Compass" project', "„Sąsiedzi” to projekt…": the name before the noun
    qb = next((m for m in quoted_before_project(text, s, e)
               if not _org_quote(text, m.start("t")) and not funding_notice(m.group("t"))), None)
    if qb:
        return qb.start("t"), qb.end("t"), strip_quotes(qb.group("t"))
    if news:  # ("Mentoring: „Starszy kolega” dla młodzieży" over a paragraph about the project)
        at = heading_name(news[2])
        if at and about_a_project(text, news[1], e):
            return s + at[0], s + at[1], news[2][at[0]:at[1]]
    dashed = _dashed_item_title(text, s, e)
    if dashed:
        return dashed
    subj = subject_titles(text, s, min(e, s + 300))
    if subj:  # "Pomorskie Mosty Integracji to projekt regrantingowy …"
        return subj[0]
    first = text[s:e].strip().split("\n", 1)[0]
    # "„Mama w Polsce” – wsparcie dla matek ... Projekt finansowany ...": a digest item
    lead = _QUOTED_LEAD.match(text, s, e)
    # the item calls it a project, or says who pays for it ("• „X” (2019) – …, finansowane przez Y")
    if lead and len(lead.group("t").split()) <= 12 and not _SPEECH.match(text, lead.end(), e) \
            and not funding_notice(lead.group("t")) \
            and (_PROJECT_WORD.search(text, lead.end(), e) or FUNDER_INTRO.search(text, lead.end(), e)
                 or _FUNDING_WORD.search(text, lead.end(), e)):
        return lead.start("t"), lead.end("t"), lead.group("t").strip()
    # "„Język bez barier”" alone on one of the item's first lines, over a paragraph that calls it a
    # project or says who pays for it: a quoted name heading a list item
    heads = _card_lines(text, s, e)
    ql = next((m for m in (_QUOTED_ITEM.match(text, ls, le) for ls, le, _l in heads) if m), None)
    if ql and len(ql.group("t").split()) <= 12 and not funding_notice(ql.group("t")) and (
            _own_project_word(text, ql.end(), e) or FUNDER_INTRO.search(text, ql.end(), e)
            or _FUNDING_WORD.search(text, ql.end(), e)):
        return ql.start("t"), ql.end("t"), ql.group("t").strip()
    hq = _QUOTED_IN.search(first)
    # (a heading, not a sentence: "Проєкт є частиною програми «X»." names the umbrella only;
    # "Inne projekty fundacji: „X” · „Y”", "Other projects: “X”" lists the site's others)
    if hq and _PROJ_OR_PROG.search(first[:hq.start()]) and len(first.split()) <= 12 \
            and not first.rstrip().endswith(".") and not _lower_entry(first) \
            and not _OTHER_PROJECTS.search(first[:hq.start()]) and not draft_of_document(hq.group(1)) \
            and not _bare_programme(text, first[:hq.start()], s + len(first), e):
        off = text.find(hq.group(1), s)
        # "Руководитель проекта: Фонд «X»": the quote names the body that leads it (a heading
        # "Program „X”" still names the project)
        head = text[max(s, off - 40):off - 1].split()
        if not (_org_quote(text, off) and head and not _PROJ_OR_PROG.match(head[-1])):
            return off, off + len(hq.group(1)), hq.group(1).strip()
    # "Projekt Razem w szkole" heading a paragraph: the bare word and a capitalised name say
    # the line names a project ("Project Safe Harbour", "Проєкт Дім поруч")
    if heads and heads[0][1] < e:
        ls, le, line = heads[0]
        head_clean = line.strip()
        at = _project_heading_at(head_clean)
        if at and text[le:e].strip() and len(_project_headings(text)) >= 2:
            off = text.find(head_clean, ls) + at
            return off, off + len(head_clean) - at, head_clean[at:]
    # a short line over a paragraph that names it as a project ("Welcome Desk Rzeszów")
    for ls, le, line in heads:
        head_clean = _ITEM_HEAD.sub("", line.strip())
        body = text[le:e]
        # ("[Фото: …]", "[zdjęcie: …]": a picture's caption, however often repeated, names none)
        if (2 <= len(head_clean.split()) <= 10 and not head_clean.endswith((".", ":"))
                and _PROJECT_WORD.search(body) and _norm(head_clean) in _norm(body)
                and not _MEDIA_NOTE.match(head_clean)):
            off = text.find(head_clean, ls)
            return off, off + len(head_clean), head_clean
    if not listing:
        return None
    return _heading_over_particulars(text, heads, e) or _dated_list_line(text, heads)


# the capitalised words of a body's name after its head ("Stowarzyszenia Przyjaciół Polic")
_NAME_WORDS = re.compile(r"[^\S\n]+(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])[^\s,.;:!?()]*")


def _others_project(text: str, end: int) -> bool:
    """'projekt „X” Stowarzyszenia Y', 'проєкт «X» Фонду Y': the quote is followed by a body's
    name in the genitive, its owner; when the page's header does not name that body, the
    project is another body's, named in passing (a funder's other grantees, a partner's own
    work), not one this page describes."""
    from ngo_atlas.extract.organisations import _cyr_head

    m = _NAME_WORDS.match(text, end)
    if m is None:
        return False
    head = m.group().strip()
    if not (is_org_head(head) or is_cyrillic(head) and _cyr_head(head)):
        return False
    words, pos = [], m.end()
    while len(words) < 5:
        w = _NAME_WORDS.match(text, pos)
        if w is None:
            break
        words.append(w.group().strip())
        pos = w.end()
    top = lowered(text)[:max(header_end(text), 200)]
    stems = [w.lower()[:4] for w in words if len(w) >= 3]
    return bool(stems) and not all(st in top for st in stems)


def _bare_programme(text: str, before: str, a: int, e: int) -> bool:
    """'Program „X”' heading a paragraph that neither calls it a project nor says who pays for
    it ("Miasto przyjęło Program X na lata 2022–2027"): a policy programme named beside the
    projects, not one of them (a "Projekt „X”" heading still is)."""
    if not _PROGRAMME_HEAD.search(before) or _PROJECT_HEAD.search(before):
        return False
    return not (_own_project_word(text, a, e) or FUNDER_INTRO.search(text, a, e) or _FUNDING_WORD.search(text, a, e))


_PROGRAMME_HEAD = re.compile(r"(?:program|програм)\w*", re.IGNORECASE)
_PROJECT_HEAD = re.compile(r"(?:projekt|project|про[еє]кт)\w*", re.IGNORECASE)


def _lower_entry(line: str) -> bool:
    """A bullet entry that opens in lower case ("✔ program mentoringu „X”", "- a reading club
    „Y”"), or with a count and a lower-case noun ("• 9 szkół objętych programem „X”", "- 3
    schools in the “Y” programme"), or that ends in a comma or semicolon, which runs the
    list on: one of a running list's entries (what the project did or will do), not a heading."""
    m = _ITEM_HEAD.match(line)
    if m is None:
        return False
    rest = line[m.end():]
    if rest[:1].islower() or line.rstrip().endswith((",", ";")):
        return True
    count = _COUNT_OPENS.match(rest)
    return count is not None and rest[count.end():count.end() + 1].islower()


# "9 ", "1 200 ", "71% ", "12–15 ": a number opening an entry, before the noun it counts
_COUNT_OPENS = re.compile(r"\d[\d\s.,]*(?:[–-]\d+)?%?[^\S\n]+")


_PROJECT_HEADING = re.compile(r"^[^\S\n]*(?:projekt|project|проект|проєкт)[^\S\n]+(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])[^\n]*$",
                              re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)
def _project_headings(text: str) -> frozenset[str]:
    """The different names that "Projekt X" heading lines give on the page: two or more make
    a list of projects, one per heading; a single one is the page's own project (its label
    or description may name it at length)."""
    out = set()
    for m in _PROJECT_HEADING.finditer(text):
        line = m.group(0).strip()
        if at := _project_heading_at(line):
            out.add(_norm(line[at:]))
    return frozenset(out)


def _project_heading_at(line: str) -> int:
    """Where the name starts in a heading line (short, no sentence's end) of the shape
    "Projekt X" (title.project_named), or 0."""
    if len(line.split()) > 12 or line.endswith((".", ":", "!", "?")):
        return 0
    return project_named(line)


# "3. Wrocławski Dom Migranta (2021–2023) – zobacz opis": a list page's one-line entry, a
# name and its years (its description on a page of its own)
_DATED_ENTRY = re.compile(r"(?:[•*●▪▸►▶■◆◦○→✓✔–-]|\d{1,2}[.)])[^\S\n]+(?P<t>[^\n()]{3,100}?)[^\S\n]*"
                          r"\((?:19|20)\d\d(?:[^\S\n]*[–—-][^\S\n]*(?:(?:19|20)\d\d|\d\d))?\)")


def _with_dated_entries(text: str, segs: list[Segment]) -> list[Segment]:
    """A list page's one-line entries below its full items ("Projekty zakończone\n3. X
    (2021–2023) – zobacz opis") are projects too, each its own line."""
    last = segs[-1]
    if last.title_span is None or not _is_listing(text):
        return segs
    entries = []
    for ls, le, line in lines(text[:last.end]):
        if ls > last.title_span[1] and _ITEM_HEAD.match(line):
            t = _dated_list_line(text, [(ls, le, line)])
            if t:
                entries.append((ls, le, t))
    if not entries:
        return segs
    last.end = entries[0][0]
    return segs + [Segment(ls, le, t, (a, b), "dated_entry", shared=False) for ls, le, (a, b, t) in entries]


# the particulars a sub-project of a list gives of its own: its grant, its payer
_CARD_KEYS = ("amount", "funder")


def _bullet_cards(text: str, s: int, e: int, labels: list[LabelHit]) -> list[Segment]:
    """Two or more bulleted names in text[s:e], each right over its description and a label
    line with its own grant or payer ("→ Kawiarenka językowa\nSpotkania …\nDofinansowanie:
    45 000 zł"): a programme's sub-projects, one card each (a bullet's text runs on a line of
    its own, in a capital, with no sentence's end; the card is the bullet's block)."""
    from ngo_atlas.extract.title import _heading_like

    cards = []
    for bs, be in _blocks(text):
        if bs < s or be > e:
            continue
        nl = text.find("\n", bs, be)
        line = text[bs:nl]  # (the patterns' "^" holds only at a string's start)
        head = _ITEM_HEAD.match(line) if nl > 0 else None
        if head is None or _NUMBERED.match(line):
            continue
        name = line[head.end():].strip()
        if not (1 <= len(name.split()) <= 12) or not name[:1].isupper() or name.endswith((".", ":", ",", ";")) \
                or not _heading_like(name):
            continue
        if not any(h.key in _CARD_KEYS and nl < h.label_start < be for h in labels):
            continue
        a = text.index(name, bs + head.end())
        cards.append(Segment(bs, be, name, (a, a + len(name)), "bullet_card", shared=False))
    if len(cards) < 2:
        return []
    for a, b in zip(cards, cards[1:]):
        a.end = b.start
    return cards


def _projects_counted_above(text: str, s: int, first: int) -> bool:
    """The paragraph right above a list's first card speaks of projects in the plural or counts
    them ("realizujemy trzy projekty:", "we run two projects", "реалізуємо два проєкти")."""
    above = max([b for b, e in _blocks(text) if s <= b and e <= first], default=s)
    low = lowered(text[above:first])
    return bool(_counts_said(low) or _PLURAL.search(low))


def _with_bullet_cards(text: str, segs: list[Segment], labels: list[LabelHit]) -> list[Segment]:
    """A part of the page (a list item, or the whole page) that introduces a programme and then
    gives its sub-projects as bulleted cards with their own grants (_bullet_cards) is no
    project itself: its cards are, and what it says above them (the programme's period and
    payer) speaks of each."""
    keyed = [h.label_start for h in labels if h.key in _CARD_KEYS]
    if len(keyed) < 2:  # (most pages: no grant or payer given as a label twice)
        return segs
    out: list[Segment] = []
    for sg in segs:
        inside = sum(1 for a in keyed if sg.start <= a < sg.end)
        cards = _bullet_cards(text, sg.start, sg.end, labels) if inside >= 2 else []
        if cards and not _projects_counted_above(text, sg.start, cards[0].start):
            cards = []  # ("Budżet projektu podzielono na dwa moduły:": one project's parts)
        if not cards:
            out.append(sg)
            continue
        intro = [(sg.start, cards[0].start)] + list(sg.intro)
        for c in cards:
            c.intro = list(intro)
        cards[-1].end = sg.end if sg.end - cards[-1].end < 2 else cards[-1].end
        out.extend(cards)
    return out


def _with_unlabelled_cards(text: str, segs: list[Segment], labels: list[LabelHit]) -> list[Segment]:
    """A list page whose cards mostly give their particulars as labels may hold a card that
    gives them in prose ("Poznań Welcomes (2022–2023)\nEmergency support … thanks to a grant
    from …" under "Completed projects"): a list item (_news_items) that starts below the last
    label of the card it falls in, under a name of its own, is a card too."""
    if not _is_listing(text):
        return segs
    items = [n for n in _news_items(text) if n.title_span
             and not any(_same_title(n.title, sg.title or "") for sg in segs)]
    if not items:
        return segs
    out: list[Segment] = []
    for sg in segs:
        out.append(sg)
        end = sg.end
        last_label = max((h.end for h in labels if sg.start <= h.label_start < sg.end), default=sg.start)
        inner = [n for n in items if last_label < n.title_span[0] and n.start < end
                 and n.title_span[0] > (sg.title_span or (sg.start, sg.start))[1]]
        for n in inner:
            out[-1].end = min(out[-1].end, n.start)
            out.append(Segment(n.start, end, n.title, n.title_span, "unlabelled_card", shared=False))
    for a, b in zip(out, out[1:]):
        a.end = min(a.end, b.start)
    return out


def _dated_list_line(text: str, heads: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    if len(heads) != 1:
        return None
    ls, le, line = heads[0]
    m = _DATED_ENTRY.match(text, ls + len(line) - len(line.lstrip()), le)
    from ngo_atlas.extract.title import _heading_like

    if m is None or not _heading_like(m.group("t").strip()):
        return None
    return m.start("t"), m.start("t") + len(m.group("t").rstrip()), m.group("t").strip()


# "2. Caritas Diecezji X – „Polski na start” – 55 000,00 zł": a grant list's item gives its
# holder, the quoted name set off by a dash (or by commas on both sides: "Fundacja X, „Y”,
# 18 000 zł"), and a sum or a date
_DASHED_QUOTE = re.compile(r"(?:[–—-][^\S\n]*[„“\"«](?P<t>[^„“”\"«»\n]{3,150})[”“\"»][^\S\n]*(?:[–—,:-]|$)|"
                           r",[^\S\n]*[„“\"«](?P<c>[^„“”\"«»\n]{3,150})[”“\"»][^\S\n]*,)", re.MULTILINE)
# (the currency before the sum as well: "PLN 18,000", "EUR 9 500")
_SUM_OR_DATE = re.compile(r"\d[^\S\n]*(?:zł|pln|eur|€|usd|\$|грн|злот|євро|евро)|"
                          r"(?:pln|eur|€|usd|\$)[^\S\n]*\d|"
                          r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?<!\d)(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def _dashed_item_title(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    le = text.find("\n", s, e)
    # (its "^" holds only at a string's start)
    if not (_ITEM_HEAD.match(text[s:s + 8]) or _entry_line(text[s:e if le < 0 else le])):
        return None
    dq = _DASHED_QUOTE.search(text, s, e if le < 0 else le)
    g = ("t" if dq.group("t") is not None else "c") if dq else "t"
    if dq is None or len(dq.group(g).split()) > 15 or not _SUM_OR_DATE.search(text, s, e):
        return None
    return dq.start(g), dq.end(g), dq.group(g).strip()


# "Projekty zrealizowane", "Nasze projekty", "Current projects", "Завершені проєкти"
# ("Nasze projekty dla cudzoziemek", "Our projects for young people": a short qualifier may follow)
_LISTING_HEAD = re.compile(r"^\s*(?:nasze\s+|our\s+|наші\s+|наши\s+)?(?:projekty|projects|проекты|проєкти)"
                           r"(?:\s+\w+){0,4}\s*$|^\s*\w+\s+(?:projekty|projects|проекты|проєкти)\s*$",
                           re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)  # the list splitters ask about the same page
def _is_listing(text: str) -> bool:
    """The page lists projects under a heading that says so, near its top, numbers them, or
    sets them under year headings. (The site's menu, "Projekty" over "Bieżące", "Archiwum",
    above the page's own heading, is no heading of the page.)"""
    top = menu_run_end(text)
    return bool(_LISTING_HEAD.search(text, top, max(top, min(len(text), 1500)))) \
        or _numbered_items(text) \
        or (("\n19" in text or "\n20" in text) and _year_sections(text)) or _status_sections(text)


def _status_sections(text: str) -> bool:
    """Two lines or more that are only a list section's status ("AKTUALNE" … "ZAKOŃCZONE",
    "Current" … "Completed", "Поточні" … "Завершені"): the page lists projects under them."""
    from ngo_atlas.extract.status import section_status

    # (the menu's "Bieżące", "Archiwum" under its "Projekty" head no sections of the page)
    top = menu_run_end(text)
    return sum(1 for ls, le, line in lines(text)
               if ls >= top and 0 < len(line.strip()) <= 40 and section_status(text, ls, le)) >= 2


def _keyed_cards(text: str, labels: list[LabelHit]) -> frozenset[int]:
    """The same particular ("Okres:", "Funder:") given twice or more, each time right under a
    short line of its own: one card per project, its name on that line (two particulars a
    card make a label block; one is enough when the shape repeats)."""
    keys: dict[str, list[int]] = {}
    for h in labels:
        if h.key not in _BLOCK_KEYS:
            continue
        ls = text.rfind("\n", 0, h.label_start) + 1
        name = text.rfind("\n", 0, max(0, ls - 1)) + 1
        above = text[name:max(0, ls - 1)].strip()
        if ls > 0 and 2 <= len(above.split()) <= 12 and ":" not in above and not above.endswith("."):
            keys.setdefault(h.key, []).append(name)
    names = frozenset(n for starts in keys.values() if len(starts) >= 2 for n in starts)
    return frozenset() if names and _parts_of_one(text, min(names)) else names


def _year_sections(text: str) -> bool:
    """Two or more year headings, and no single project spoken of above the first (a
    project's own timeline is set under years too)."""
    years = _YEAR_LINE.findall(text)
    if len(years) < 2:
        return False
    first = _YEAR_LINE.search(text)
    return first is not None and not _one_project_above(text, first.start()) \
        and not _parts_of_one(text, first.start())


# "2024", "2019–2020" alone on a line: an archive's year heading over the items of that year
_YEAR_LINE = re.compile(r"^[^\S\n]*(?:19|20)\d\d(?:[^\S\n]*[–—-][^\S\n]*(?:(?:19|20)\d\d|\d\d))?[^\S\n]*$",
                        re.MULTILINE)


# "1. Szkoła bez Granic", "2) X", "Projekt 3: Mapa Pomocy", "Проєкт 2 – X": a line opened by
# its number in a sequence (the word "project" before the number calls the item a project)
_NUMBERED = re.compile(r"^[^\S\n]*(?:(?:(?P<w>projekt|project|про[еє]кт)|zadanie|task)[^\S\n]+(?P<n>\d{1,2})"
                       r"[^\S\n]*[:.–—-]|(?P<m>\d{1,2})[.)])[^\S\n]+(?=\S)", re.IGNORECASE | re.MULTILINE)


def _numbered_items(text: str) -> bool:
    """Lines numbered 1, 2, … each heading lines of its own (a short name, not a sentence,
    the item's text on the very next line): a list of items, whatever the page calls it."""
    want = 1
    for ls, le, line in lines(text):
        # (a cheap look at the line's first letter before the regex: most lines are prose)
        first = line.lstrip()[:1]
        if not first or not (first.isdigit() or first in "PpZzTtПп"):
            continue
        m = _NUMBERED.match(text, ls, le)
        if m is None:
            continue
        if le < 0 or text[le + 1:le + 2] in ("\n", "") or text[le + 1:le + 2].isspace():
            continue  # no line of its own under it: a one-line list entry
        head = text[m.end():le].strip()
        if int(m.group("n") or m.group("m")) != want or len(head.split()) > 12 \
                or head.endswith((".", ":", ",", ";")):
            continue
        nl = text.find("\n", le + 1)
        # every item is a name over its own particulars; a report's numbered chapters are
        # not ("3. Budżet", "1. Informacje o projekcie": one word, or about the project)
        if not m.group("w") and (len(head.split()) < 2 or _PROJECT_WORD.search(head)
                                 or not _particulars(text[le + 1:len(text) if nl < 0 else nl])):
            return False
        if want == 1 and _parts_of_one(text, ls):
            return False
        want += 1
    return want > 2


# "W ramach projektu realizujemy:", "Działania projektu:", "The project's activities:", "У межах
# проєкту:": the singular noun in an oblique case speaks of one project, whose parts follow
_ONE_PROJECT = re.compile(r"(?<![\w])(?:projektu|projekcie|projektem|project's|(?:the|this)\s+project|"
                          r"проекта|проекте|проектом|про[еє]кту|про[еє]кті|про[еє]ктом)(?![\w])", re.IGNORECASE)


def _parts_of_one(text: str, first: int) -> bool:
    """The line that opens the list (the last non-blank line above its first item, ending
    with a colon, or a short heading) speaks of one project: the items are its tasks or
    activities."""
    above = text[:first].rstrip()
    line = above[above.rfind("\n") + 1:]
    # (or a short heading over it: "Działania projektu")
    return (line.endswith(":") or len(line.split()) <= 6 and not line.endswith(".")) \
        and _ONE_PROJECT.search(line) is not None


_SINGULAR = re.compile(r"(?<![\w])(?:projekt|projektu|projekcie|projektem|project|project's|проект|проекта|"
                       r"проекте|проектом|проєкт|проєкту|проєкті|проєктом)(?![\w])")
_PLURAL = re.compile(r"(?<![\w])(?:projekty|projektów|projektach|projects|проекты|проектов|проєкти|проєктів)(?![\w])")


def _one_project_above(text: str, first: int) -> bool:
    """Above the list the page speaks of one project and of no projects in the plural
    ("Fundacja X realizuje projekt od 2022 r."): what follows are that project's parts
    (its years, its strands), however each is dated or paid for."""
    low = lowered(text)
    return _SINGULAR.search(low, 0, first) is not None and _PLURAL.search(low, 0, first) is None


def _particulars(line: str) -> bool:
    """The line dates something, pays for it, or gives a particular as a label."""
    from ngo_atlas.extract.dates import find_dates

    return bool(_LABEL_LINE.match(line) or _FUNDING_WORD.search(line) or FUNDER_INTRO.search(line)
                or any(d.year for d in find_dates(line)))


# "Okres realizacji: …", "Partner: …": a particular written as a label line
_LABEL_LINE = re.compile(r"^\s*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w ]{2,30}:\s", re.MULTILINE)


def _heading_over_particulars(text: str, heads: list[tuple[int, int, str]],
                              e: int) -> tuple[int, int, str] | None:
    """A list of projects: a short heading line over lines that give the project's
    particulars at once (a period or year, a label line, who funds it), as in "Projekty
    zrealizowane" pages where each name heads its own block."""
    from ngo_atlas.extract.title import _heading_like

    for i, (ls, le, line) in enumerate(heads[:2]):
        num = _NUMBERED.match(line)
        t = line[num.end():].strip() if num else _ITEM_HEAD.sub("", line.strip())
        # (a dash between a name and its subtitle is no word: "Dom z dala od domu – wsparcie …")
        if not (2 <= len([w for w in t.split() if w not in "–—-"]) <= 12 and _heading_like(t)) \
                or i + 1 >= len(heads):
            continue
        subtitled = ":" in t and name_before_subtitle(t, text)  # ("Azymut: Praca – …")
        if ":" in t and not subtitled:
            continue
        if _section_heading(t) or _publisher_heading(text, ls, t):
            continue
        ns, ne, _nl = heads[i + 1]
        if ns - le > 2:
            continue  # a blank line under it: a section heading, not an item's name
        if t.endswith((",", ";")) or (_ITEM_HEAD.match(line) and _ITEM_HEAD.match(_nl)):
            continue  # "• 8 seminariów …,\n• Plan na lata 2024–2028": one list's entries, siblings
        below = text[ns:min(e, ne + 400)]
        first_below = text[ns:ne]
        years = _YEARS_AFTER_NAME.search(t)  # "▸ Piernikowe Sąsiedztwo (2023)": dated at once
        # (or right under an archive's year heading: "2021\n\nSzkoła Sobotnia")
        under_year = i > 0 and _YEAR_LINE.match(heads[i - 1][2]) is not None
        # ("Projekt 2: X": the line itself calls the item a project)
        if (years or under_year or (num and num.group("w")) or _particulars(first_below)) \
                and (num or subtitled or not _LABEL_LINE.match(line)) and below:
            name = t[:years.start()] if years else t
            off = ls + line.index(t)
            return off, off + len(name), name
    return None


# "IV. INFORMACJA O PRZYCHODACH", "II. Activities": a report's chapter, numbered in Roman
# figures; "Who to contact?", "Co zrobimy?", "Кто за этим стоит?": a section asked as a question
_CHAPTER = re.compile(r"^(?-i:[IVXL]{1,5})\.\s")


def _section_heading(t: str) -> bool:
    """A heading that opens a section of a page or a report, not a project's name: a chapter
    numbered in Roman figures, or a question."""
    return t.endswith("?") or _CHAPTER.match(t) is not None


def _publisher_heading(text: str, ls: int, t: str) -> bool:
    """The page's first block opens with a body's name ("FUNDACJA X" over its motto,
    "SPRAWOZDANIE … FUNDACJI „X”" over the year): the publisher's masthead, not a list item."""
    first = _block_spans(text)
    return bool(first) and ls < first[0][1] and is_org_head(t.split()[0])


def _body_named(text: str, pos: int) -> bool:
    """The quote ends a body's name ("z Fundacją Edukacji Międzykulturowej „X”", "Stowarzyszenie
    Dom Kultur „X”"): a head noun of institutions with only capitalised words between it and
    the quote (a programme or a project so named is no body)."""
    words = text[max(0, pos - 80):pos - 1].split()
    for w in reversed(words[-4:]):
        if not w[:1].isupper():
            return _lower_body_named(words)
        if is_org_head(w):
            return not _PROJ_OR_PROG.match(w)
    return _lower_body_named(words)


# a Russian or Ukrainian verb's endings (infinitive, present, past): such a word between a
# body's noun and a quote starts a clause ("Фонд реализует «X»"), so the quote is its object
_CYR_VERB_END = re.compile(r"(?:ть|ться|ти|тися|ет|ют|ут|ит|ят|ує|ює|ють|ать|ла|ло|ли|"
                           r"лась|лось|лись|ав|ив|ув|ев|ся)$")


def _lower_body_named(words: list[str]) -> bool:
    """The same where the body's noun is in lower case, inflected: "z lokalnym stowarzyszeniem
    „X”", and in Russian and Ukrainian, capitalised or not: "з Товариством «X»", "партнёра,
    Подляской ассоциации работодателей «X»", "с благотворительным фондом «X»": a head noun of
    institutions in any case, at most two lower-case words (its genitive complement, a Polish
    adjective) between it and the quote."""
    from ngo_atlas.extract.names import is_cyrillic
    from ngo_atlas.extract.organisations import _cyr_head
    from ngo_atlas.lang.polish import analyse

    for w in reversed(words[-3:]):
        w = w.strip("„”«»\"'(),;:")
        if not w or _PROJ_OR_PROG.match(w):
            return False
        if not is_cyrillic(w[:1]):
            # (Polish: a lower-case head by its lemma, one adjective at most before the quote)
            if not w.islower():
                return False
            if is_org_head(w[:1].upper() + w[1:]):
                return True
            if w is not words[-1].strip("„”«»\"'(),;:") or not any(
                    r[2].startswith("adj") for r in analyse(w)):
                return False
            continue
        if _cyr_head(w):
            return True
        if not w.islower() or _CYR_VERB_END.search(w):
            return False
    return False


_YEARS_AFTER_NAME = re.compile(r"\s*\((?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|\d\d))?\)\s*$")


def _first_lines(text: str, s: int, e: int, n: int = 3) -> list[tuple[int, int, str]]:
    """The first n non-blank lines of text[s:e] as (start, end, line), read from s on
    (not by walking the text from its top for every block)."""
    out, pos = [], s
    while pos < e and len(out) < n:
        nl = text.find("\n", pos, e)
        le = e if nl == -1 else nl
        if text[pos:le].strip():
            out.append((pos, le, text[pos:le]))
        pos = le + 1
    return out


def _card_lines(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """The first three lines of an item, a card's picture note and status badge over its name
    ("[zdjęcie: …]\nAKTUALNY\nSąsiedzi z daleka\n01.02.2023 – …") passed over."""
    heads = _first_lines(text, s, e)
    if heads and (heads[0][2].lstrip()[:1] == "[" or status_badge(heads[0][2].strip())):
        heads = [h for h in _first_lines(text, s, e, 5)
                 if not (_MEDIA_NOTE.match(h[2].strip()) or status_badge(h[2].strip()))][:3]
    return heads


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _headline_restated(text: str, first, t: tuple[int, int, str]) -> bool:
    """A news page's headline (a block of one line) names the project in a short form and its
    first paragraph in full ("Projekt „Pomoc prawna dla Ukraińców” zakończony" over "…
    zakończył się projekt „Pomoc prawna i adaptacja dla obywateli Ukrainy w Lubuskiem”"): most
    of the short name's words (by their first five letters) stand in the long one."""
    (s, e), _n, (ts, _te, head) = first
    if not (_is_heading_block(text, (s, e)) or _over_dateline(text, ts, e)) or len(head) >= len(t[2]):
        return False
    full = {w[:5].casefold() for w in _CONTENT_WORD.findall(t[2])}
    # ("«Новы пачатак — Новое начало»", "Nowy start / New Start": a name given in two languages or
    # forms, set off by a dash or a slash; either form may be the one the paragraph spells out)
    for part in [head] + (_TWO_FORMS.split(head) if _TWO_FORMS.search(head) else []):
        short = {w[:5].casefold() for w in _CONTENT_WORD.findall(part)}
        if len(short) >= 2 and 3 * len(short & full) >= 2 * len(short):
            return True
    return False


_TWO_FORMS = re.compile(r"[^\S\n]+[–—/][^\S\n]+")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _over_dateline(text: str, ts: int, e: int) -> bool:
    """The name's line ends its block but for one short line that dates the post ("25 марта
    2023 г. · Автор: X", "Opublikowano 3.05.2024 | Anna Nowak"): a news page's headline."""
    ls = text.rfind("\n", 0, ts) + 1
    body = text[ls:e].strip().split("\n")
    return len(body) == 2 and _is_heading_block(text, (ls, ls + len(body[0]))) \
        and len(body[1].split()) <= 16 and _A_YEAR.search(body[1]) is not None


def _same_title(a: str, b: str) -> bool:
    """Same name, allowing a typo ("Defensores" / "Defenseros") or a shortened form."""
    from rapidfuzz import fuzz

    na, nb = _norm(a), _norm(b)
    return na == nb or fuzz.ratio(na, nb) >= 85 or (min(len(na), len(nb)) >= 8 and (
        na.startswith(nb) or nb.startswith(na)))


def _titled_cards(text: str, labels: list[LabelHit]) -> list[Segment]:
    """A list of cards each giving its project's title by a label ("1. Oferent: X /
    Tytuł zadania: „Y” / Termin realizacji: …"): a card runs from its first label line to
    the next card's; a repeated key starts a new card. Only cards with one title and one
    other project field count; the paragraphs above the list that speak of all items
    (who gives the grants) reach each card."""
    runs: list[list[LabelHit]] = []
    for h in labels:
        if runs and h.key not in {x.key for x in runs[-1]} and h.label_start - runs[-1][-1].end < 400:
            runs[-1].append(h)
        else:
            runs.append([h])
    cards = [r for r in runs if any(h.key == "title" for h in r)
             and any(h.key in _BLOCK_KEYS for h in r)]
    if len(cards) < 2:
        return []
    starts = [text.rfind("\n", 0, r[0].label_start) + 1 for r in cards]
    blocks = _blocks(text)
    intro = _intro_blocks(text, blocks, starts[0])
    segs = []
    for i, r in enumerate(cards):
        t = next(h for h in r if h.key == "title")
        name = strip_quotes(t.value.strip())
        off = text.find(name, t.start, t.end + 1)
        span = (off, off + len(name)) if off >= 0 else (t.start, t.end)
        end = starts[i + 1] if i + 1 < len(starts) else _card_end(text, blocks, r[-1].end)
        segs.append(Segment(starts[i], end, name, span, "titled_card", False, intro=list(intro)))
    # "Zadania będą realizowane od 1 marca do 30 listopada 2025 r." below the last card: the
    # period (payers, places) of every card, as a table's closing paragraph is of its rows
    outro = _outro_blocks(text, blocks, segs[-1].end)
    for sg in segs:
        sg.intro += outro
    return segs


def _card_end(text: str, blocks: list[tuple[int, int]], last: int) -> int:
    """The last card ends with its paragraph (what follows is the page's own closing)."""
    return next((e for s, e in blocks if s <= last <= e), len(text))


def _label_blocks(labels: list[LabelHit]) -> list[list[LabelHit]]:
    """Runs of project labels; a repeated key or a long gap starts a new run."""
    blocks: list[list[LabelHit]] = []
    for h in labels:
        if h.key not in _BLOCK_KEYS:
            continue
        cur = blocks[-1] if blocks else None
        if cur and h.key not in {x.key for x in cur} and h.label_start - cur[-1].end < 400:
            cur.append(h)
        else:
            blocks.append([h])
    return [b for b in blocks if len(b) >= 2]


def _from_blocks(text: str, blocks: list[list[LabelHit]], labels: list[LabelHit],
                 loose: bool = False) -> list[Segment]:
    starts = []
    prev_end = 0
    label_lines = label_line_starts(text, labels)
    for b in blocks:
        found = _card_headings(text, prev_end, b[0].label_start, label_lines)
        found = [h for h in found if not _label_among_labels(text, h, label_lines) and not _plural_heading(h[2])]
        found = [h for h in found if not _key_under_name(text, h, found)]
        found = [h for h in found if not continues_line_above(text, h[0])
                 and not continued_below(text, h[0], h[1])]  # a wrapped value or sentence
        hs = [h for h in found if not _org_line(h[2])] or (found[-1:] if loose else [])
        if not hs:
            return []
        a, z, t = hs[-1]
        bullet = _ITEM_HEAD.match(t)  # "■ Mama w Gdańsku": a list's bullet is no part of the name
        if bullet and not _NUMBERED.match(t):
            a, t = a + bullet.end(), t[bullet.end():]
        sub = _SUBSECTION_NO.match(t)  # "2.1 Teachers for Tomorrow": a report's section number
        if sub:
            a, t = a + sub.end(), t[sub.end():]
        starts.append((a, z, t))
        prev_end = b[-1].end
    segs = []
    for i, (a, z, t) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        segs.append(Segment(a, end, t, (a, z), "label_block", shared=False))
    return segs


def _plural_heading(t: str) -> bool:
    """The heading speaks of projects in the plural ("Dwa projekty FAMI dla regionu!", "ARCHIWUM
    PROJEKTÓW ZREALIZOWANYCH"): it heads a list or counts its items, and names none of them."""
    low = lowered_line(t)
    return _PLURAL.search(low) is not None or _CHOSEN_PLURAL.search(low) is not None


# a results list's heading: the chosen or funded ones in the plural ("Poznaj dofinansowane
# inicjatywy", "Selected initiatives 2024", "Підтримані ініціативи", "Funded grants")
_CHOSEN_PLURAL = re.compile(
    r"(?<![\w])(?:dofinansowane|wybrane|nagrodzone|wsparte|funded|selected|awarded|supported|"
    r"поддержанные|отобранные|профинансированные|підтримані|відібрані|профінансовані)"
    r"\s+(?:inicjatywy|inicjatyw|granty|zadania|initiatives|grants|projects|инициативы|гранты|проекты|"
    r"ініціативи|гранти|проєкти)(?![\w])")


def _label_among_labels(text: str, h: tuple[int, int, str], label_lines: frozenset[int]) -> bool:
    """A "Key: value" line right under a label line ("Realizator: X\nCzłonkowie zaangażowani: A,
    B"): a particular whose key the label list lacks, not the next card's name."""
    if not _LABEL_LINE.match(h[2]):
        return False
    ls = text.rfind("\n", 0, h[0]) + 1
    return ls > 0 and text.rfind("\n", 0, ls - 1) + 1 in label_lines


def _key_under_name(text: str, h: tuple[int, int, str], found: list[tuple[int, int, str]]) -> bool:
    """A "Key: value" line right under the card's name ("► Name\nKierowniczka: dr X",
    "Name\nLead researcher: Y"): a particular whose key the label list lacks, not a name."""
    if not _LABEL_LINE.match(h[2]):
        return False
    above = text.rfind("\n", 0, text.rfind("\n", 0, h[0]))
    return any(above < a < h[0] and not _LABEL_LINE.match(t) for a, _z, t in found)


def _card_headings(text: str, s: int, e: int,
                   label_lines: frozenset[int]) -> list[tuple[int, int, str]]:
    """The heading lines over a card's key block: above the block's first label line, whichever
    key it gives ("Realizator:" over "Członkowie zaangażowani: A, B, C" over "Termin:"): a card's
    name never stands under one of its own label lines (a line between them is a field the
    label reader does not know). The block is the unbroken run of lines over the block's
    first key line."""
    first = pos = text.rfind("\n", 0, e) + 1
    while pos > s:  # up the key block's unbroken lines (a blank line ends it)
        ls = text.rfind("\n", 0, pos - 1) + 1
        if ls < s or not text[ls:pos - 1].strip():
            break
        if ls in label_lines:
            first = ls
        pos = ls
    found = headings(text, s, first, limit=50, label_lines=label_lines) if first < e else []
    return found or headings(text, s, e, limit=50, label_lines=label_lines)


_SUBSECTION_NO = re.compile(r"\d{1,2}\.\d{1,2}\.?(?:\d{1,2}\.?)?[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def _org_line(t: str) -> bool:
    if t[:1] in "„“\"«":  # a quoted line is a name the page gives a project
        return False
    words = t.split()
    if len(words) > 8 or t.endswith("!"):
        return False
    for i, w in enumerate(words):
        if not is_org_head(w):
            continue
        if not _english_head(w):
            if i < 3:  # "Fundacja X", "Caritas Archidiecezji …": a Slavic name opens with its head
                return True
            continue
        # an English name closes with its head ("Migrant Info Point Foundation", "University
        # of Łódź"); before another capitalised word it only qualifies it ("Library Corner")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i == 0 or not nxt or not nxt[:1].isupper():
            return True
    return False


@lru_cache(maxsize=1)
def _english_heads() -> frozenset[str]:
    from ngo_atlas.extract.lexicon import lexicon

    lx = lexicon()
    return frozenset(w for w in lx["org_heads_other"] if w.isascii()) - frozenset(lx["org_heads_pl"])


def _english_head(word: str) -> bool:
    return word.strip("„”\"'(),.;:").lower() in _english_heads()


def _title_field(labels: list[LabelHit]) -> bool:
    return any(h.key == "title" for h in labels)


def _menu_section(text: str, heading: str) -> bool:
    """The heading is an item of the site's menu ("O sieci | Członkowie | Kontakt" over "O sieci"):
    it recurs as the page's section, not as a project's name."""
    key = heading.strip().casefold()
    return any(is_menu_line(line) and key in (c.strip().casefold() for c in line.split("|"))
               for _ls, _le, line in lines(text[:2000]))


def _named_sections(text: str, labels: list[LabelHit]) -> list[Segment]:
    """A heading that recurs as a section title names the page's project; a line that is
    only a quoted name starts a sub-project; a quoted project named as funded in a
    footnote is the umbrella project."""
    hs = headings(text, 0, len(text), limit=3, label_lines=label_line_starts(text, labels))
    if not hs:
        return [Segment(0, len(text))]
    h0 = hs[0]
    # "Фундація «X»" over the page and again in its footer: the site's owner, not a project
    if not _recurs(text, h0) or _org_line(h0[2]) or _title_field(labels) or _menu_section(text, h0[2]):
        # (a form's running header, "SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO", recurs on
        # every page; its labelled "Tytuł zadania:" field names the project)
        return [Segment(0, len(text))]
    name = first_cell(h0[2])  # (a running header's first cell)
    segs = [Segment(0, len(text), name, (h0[0], h0[0] + len(name)), "recurring_heading")]
    contents = contents_item(text, h0[0])  # a newsletter's contents: its first entry names no project
    # (a quoted line in the heading's own block, before its first blank line, is its subtitle,
    # a conference's motto)
    blank = BLANK_LINE.search(text, h0[1])
    block_end = blank.end() if blank else len(text) + 1
    for m in _QUOTED_LINE.finditer(text, h0[1]):
        if m.start("t") < block_end:
            continue
        segs[-1].end = m.start()
        segs.append(Segment(m.start(), len(text), strip_quotes(m.group("t")),
                            (m.start("t"), m.end("t")), "quoted_heading"))
    for q in QUOTED_AFTER_PROJECT.finditer(text):
        line_end = text.find("\n", q.end())
        line_end = len(text) if line_end == -1 else line_end
        if FUNDER_INTRO.search(text, q.end(), line_end):
            t = strip_quotes(q.group("t"))
            if _same_as_recurring(text, h0, t):
                # ("Miejski Punkt X działa już drugi rok" over the page, "Miejski Punkt X" in its
                # contact box, "Zadanie pn. „Miejski Punkt X – Rzeszów 2023–2024” jest finansowane
                # z …" in the prose): the name that recurs is the funded task's; its quote is the
                # page's project, in full
                segs[0].title, segs[0].title_span = t, (q.start("t"), q.end("t"))
                continue
            if not any(s.title and _norm(s.title) == _norm(t) for s in segs):
                segs.append(Segment(q.start(), line_end, t, (q.start("t"), q.end("t")),
                                    "funded_umbrella"))
    return (segs[1:] or [Segment(0, len(text))]) if contents else segs


# "Festiwal jest częścią projektu „X”", "The fair is part of the project “X”", "Табір є
# частиною проєкту «X»", "Фестиваль является частью проекта «X»"
_PART_OF = re.compile(r"(?:(?:jest|są|był[aoy]?|stanowi|stanowią)\s+(?:\w+\s+)?częścią|"
                      r"(?:is|are|was|were)\s+(?:a\s+)?part\s+of|"
                      r"(?:явля\w+|был[аои]?)\s+частью|(?:є|був|була|було)\s+частиною|"
                      r"входит\s+в|входить\s+до)\s+(?:the\s+)?(?=\w*\s*(?:projekt|project|про[еє]кт))",
                      re.IGNORECASE)


_PART_OF_WORDS = ("częścią", "part of", "частью", "частиною", "входит", "входить")


def _event_in_project(text: str, labels: list[LabelHit]) -> list[Segment]:
    """An event page (its name heads the page) that says the event is part of a named
    project: two records, the event over the whole page and the project it belongs to. A
    training, workshop or recruitment under the project is its activity: one record."""
    low = lowered(text)
    if not any(w in low for w in _PART_OF_WORDS):  # most pages: no regex pass at all
        return []
    m = _PART_OF.search(text)
    if m is None:
        return []
    q = QUOTED_AFTER_PROJECT.match(text, m.end())
    hs = headings(text, 0, m.start(), limit=1, label_lines=label_line_starts(text, labels))
    if q is None or not hs or names_other(text, q.start("t")):
        return []
    parent = strip_quotes(q.group("t"))
    a, z, event = hs[0]
    if _same_title(event, parent) or _org_line(event) or not _subject_is_heading(text, m.start(), event) \
            or not _own_name(event) or names_activity(event) or _named_for_project(event, parent):
        return []
    line_end = text.find("\n", q.end())
    line_end = len(text) if line_end == -1 else line_end
    return [Segment(0, len(text), event, (a, z), "event_heading"),
            Segment(m.start(), line_end, parent, (q.start("t"), q.end("t")), "parent_project")]


def _named_for_project(event: str, parent: str) -> bool:
    """The event's quoted name is the project's own ("Festiwal „Kraków – wspólne miasto”" of the
    project "Wspólne miasto – integracja … w Krakowie"): the page's one project, not two."""
    name = quoted_name(event)
    return name is not None and within(name, parent)


_STEM_WORD = re.compile(r"[^\W\d_]{4,}")


def _own_name(heading: str) -> bool:
    """The event has a name of its own (SCHEMA: "an event with its own name"): a quote, or a
    capitalised word after the first ("Festiwal Kultur Sąsiedzkich 2025", "III Piknik
    Rodzinny"); "Warsztaty antydyskryminacyjne dla kadry szkół – Elbląg" describes one of the
    project's activities (the town after a dash says where) and names nothing."""
    if _QUOTED_IN.search(heading):
        return True
    words = _TWO_FORMS.split(heading, 1)[0].split()
    return any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])



def _subject_is_heading(text: str, verb: int, heading: str) -> bool:
    """What the sentence says is part of the project is the thing the page heads: the
    subject shares a word stem with the heading ("Festiwal jest częścią…" under "Festiwal
    „X”"), or the heading names a quoted event. "The centres are part of…" under a news
    headline about their opening is no event of its own, nor is a headline with a verb."""
    if _QUOTED_IN.search(heading):
        return True
    if is_clause(heading):
        return False
    start = max(text.rfind("\n", 0, verb), *(text.rfind(p, 0, verb) for p in (". ", "! ", "? "))) + 1
    stems = {w.lower()[:5] for w in _STEM_WORD.findall(heading)}
    return any(w.lower()[:5] in stems for w in _STEM_WORD.findall(text, start, verb))


def _same_as_recurring(text: str, h: tuple[int, int, str], t: str) -> bool:
    """The quoted name t opens with the shorter form under which the heading h recurs."""
    n, qt = _norm(h[2]), _norm(t)
    for ls, _le, line in lines(text):
        if ls == h[0] or not line.strip():
            continue
        m = _norm(line)
        if len(m.split()) >= 2 and len(m) >= 8 and len(m.split()) <= 12 and m != n and n.startswith(m) \
                and qt.startswith(m):
            return True
    return False


def _recurs(text: str, h: tuple[int, int, str]) -> bool:
    n = _norm(h[2])
    for ls, _le, line in lines(text):
        if ls == h[0] or not line.strip():
            continue
        m = _norm(line)
        if len(m) >= 8 and len(m.split()) <= 12 and (n.startswith(m) or m.startswith(n)):
            return True
    return False


@lru_cache(maxsize=256)  # each news item's body is normalised again for every heading line tried
def _norm(s: str) -> str:
    return words_key(s)
