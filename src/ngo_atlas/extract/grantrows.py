"""A grant-giver's list of awarded projects written as numbered entries, not as a table: each
entry names the body the grant went to, the project's quoted title and the sum granted.

    1. Stowarzyszenie X (Tarnów)              1. Fundacja X – „Tytuł” – 20 000 zł
       „Tytuł” – opis …                       2. „Tytuł” – Stowarzyszenie Y – 18 500 zł
       Kwota dotacji: 20 000 zł               3. Klub Z, „Tytuł”, 12 000 zł

One record an entry (tables.table_rows reads them as rows: title, lead, amount, place). The
entries are read only where every one of two or more numbered 1, 2, … gives all three (a
named body, a quoted or labelled title, a sum with its currency) and the page speaks of grants
awarded above them: a budget's breakdown ("1. Wynagrodzenia – 20 000 zł") names no body and no
title, a list of partners or a schedule gives no sums, and a body's list of its own grants
names its payers ("dzięki", "ze środków", "przez"), which are no applicants.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.text import cue

# a numbered entry's line: "1. ", "2) "
_ENTRY = re.compile(r"^[^\S\n]*(?P<n>\d{1,2})[.)][^\S\n]+(?P<head>\S[^\n]*)$", re.MULTILINE)
_CURRENCY_GATE = re.compile(r"zł|PLN|EUR|€|USD|\$|UAH|грн")
# a sum with its currency ("20 000 zł", "18 500,00 PLN", "5 000 EUR")
# (or the currency first, "PLN 20,000", "€5,000", as English pages write it)
_CUR = r"(?:zł|PLN|EUR|€|USD|\$|UAH|грн)"
_SUM = re.compile(rf"(?<![\d,.])\d{{1,3}}(?:[ \xa0.,]\d{{3}})*(?:[,.]\d{{2}})?[^\S\n]*{_CUR}(?!\w)|"
                  rf"(?<!\w){_CUR}[^\S\n]*\d{{1,3}}(?:[ \xa0.,]\d{{3}})*(?:[,.]\d{{2}})?(?![\d])")
_QUOTED = re.compile(r"[„“\"«](?P<t>[^„“”\"«»\n]{3,160})[”“\"»]")
# "Projekt: „X”", "Tytuł projektu: X", "Nazwa zadania: X": a labelled title line
_TITLE_LABEL = re.compile(r"(?i)^[^\S\n]*(?:projekt|tytuł(?:\s+projektu|\s+zadania)?|nazwa\s+(?:projektu|zadania)|"
                          r"zadanie|inicjatywa|project|title|project\s+title|проєкт|проект|назва\s+про[еє]кту|"
                          r"название\s+проекта)[^\S\n]*:[^\S\n]*(?P<t>\S[^\n]*)$")
# the page speaks of grants it awarded ("Wyniki konkursu", "przyznano dotacje", "otrzymają
# granty", "rekomendowała do dofinansowania", "Lista grantobiorców", "awarded")
# (in the third person: "otrzymaliśmy" is a grantee's own list of its payers)
# ("w wyniku" is "as a result"; "rekomendował przyjęcie sprawozdania" recommends a report)
_AWARDED = cue(r"(?<!w\s)wynik\w*|rozstrzygni\w*|przyzna\w*|otrzymał[yao]?(?!\w)|otrzymali(?!\w)|otrzymaj[ąa]|"
               r"rekomend\w*(?:\s+\S+){0,3}?\s+do\s+(?:dofinansowania|finansowania|wsparcia|dotacji)|zakwalifikowan\w*|"
               r"grantobiorc\w*|dofinansowan\w+\s+(?:projekt|inicjatyw)\w*|wybra\w+\s+do\s+dofinansowania|"
               r"results|awarded|grantees|selected\s+for\s+funding|will\s+receive|received\s+grants|"
               r"результат\w*|переможц\w*|победител\w*|отримали|отримають|получили|получат|"
               r"грантоотримувач\w*|грантополучател\w*")
# how far above the list its words of awarding stand at most: a list intro's paragraph or two
# (the read lists' stand 12 to 228 characters above); a word pages above belongs to other text
_AWARDED_WITHIN = 500
# a contest's prizes and its winners ("Jury przyznało nagrody", "laureaci"): no grants
_PRIZES = cue(r"nagrod\w*|laurea\w*|prize\w*|нагород\w*|наград\w*|лауреат\w*|преміі?\w*|преми[яий]\w*")
# the page's own body received the grants listed under these words: a grantee's list
_RECEIVED_BY_US = cue(r"nam(?!\w)|otrzymaliśmy|uzyskaliśmy|pozyskaliśmy|zdobyliśmy|dostaliśmy|"
                      r"we\s+(?:have\s+)?(?:received|were\s+awarded|won)|our\s+(?:grants|funders)|"
                      r"ми\s+отримали|нам\s+|мы\s+получили")
# words of a payer before a name: the name pays, it does not apply
_PAYER_BEFORE = re.compile(r"(?i)(?:dzięki|ze?\s+środków|przez|finansowan\w*|dofinansowan\w*|funded\s+by|"
                           r"thanks\s+to|from|за\s+підтримки|при\s+поддержке|завдяки|благодаря|"
                           r"grant\w*\s+(?:od|z)|wsparci\w+)[^\S\n]*$")
# a body's name: an institution noun, a legal form, or a quoted name inside it
_BODY_NOUN = re.compile(
    r"(?i)(?<!\w)(?:stowarzyszeni\w*|fundacj\w*|klub\w*|koł[oa]|kole|towarzystw\w*|parafi\w*|"
    r"ochotnicz\w+\s+straż|uniwersytet\w*|związ\w*|centrum|ośrod\w*|spółdzielni\w*|instytut\w*|"
    r"caritas|grup\w+\s+nieformaln\w*|szkoł\w*|bibliotek\w*|dom\w*\s+kultury|federacj\w*|izb\w*|"
    r"association|foundation|society|club|centre|center|"
    r"ГО|БФ|ГС|фонд\w*|фундаці\w*|асоціаці\w*|ассоциаци\w*|товариств\w*|общество|спілк\w*|союз\w*|"
    r"громадськ\w+\s+організаці\w*|общественн\w+\s+организаци\w*|центр\w*|клуб\w*|об['ʼ’]?єднанн\w*|объединени\w*)(?!\w)")
_SEPARATORS = " \t–—-,:;()"
# a town after the body: "(Konin)", ", Nowy Targ"
_TOWN_AFTER = re.compile(r"(?:[^\S\n]*\((?P<a>[A-ZŁŚŻŹĆ][\w-]+(?:[ -][A-ZŁŚŻŹĆ][\w-]+)?)\)"
                         r"|,[^\S\n]*(?P<b>[A-ZŁŚŻŹĆ][\w-]+(?:[ -][A-ZŁŚŻŹĆ][\w-]+)?))[^\S\n]*$")


def granted_rows(text: str) -> list[tuple[int, int, str | None, list[LabelHit]]]:
    """(entry start, entry end, title, labels) for each entry of a numbered list of grants."""
    if not _CURRENCY_GATE.search(text):
        return []  # (a cheap gate: no sum with a currency, no list of grants)
    entries = list(_ENTRY.finditer(text))
    if len(entries) < 2:
        return []
    run: list[re.Match] = []
    best: list[re.Match] = []
    for m in entries:
        if run and int(m.group("n")) == int(run[-1].group("n")) + 1:
            run.append(m)
        else:
            if len(run) > len(best):
                best = run
            run = [m] if m.group("n") == "1" else []
    if len(run) > len(best):
        best = run
    if len(best) < 2:
        return []
    start = best[0].start()
    if not _AWARDED.search(text, max(0, start - _AWARDED_WITHIN), start):
        return []
    if _PRIZES.search(text, max(0, start - _AWARDED_WITHIN), _entry_end(text, best[-1])):
        return []  # ("Jury przyznało nagrody:", "500 zł – nagroda"): a contest's prizes
    above = text.rfind("\n\n", 0, max(0, best[0].start() - 1))
    if _RECEIVED_BY_US.search(text, max(0, above), best[0].start()):
        return []  # ("Przyznano nam dotacje:", "We received grants from:": a grantee's list of its payers)
    rows = []
    for k, m in enumerate(best):
        end = best[k + 1].start() if k + 1 < len(best) else _entry_end(text, m)
        row = _entry(text, m, end)
        if row is None:
            return []  # every entry gives a body, a title and a sum, or the list is none of grants
        rows.append(row)
    return rows


def _entry_end(text: str, m: re.Match) -> int:
    """The last entry ends at its first blank line after the entry's own lines, or at a line
    that is not indented under it (the page's closing words)."""
    pos = m.end()
    for _ in range(4):
        if pos >= len(text) or text[pos + 1:pos + 2] in ("\n", ""):
            return pos
        nl = text.find("\n", pos + 1)
        nl = len(text) if nl < 0 else nl
        line = text[pos + 1:nl]
        if not (line[:1].isspace() or _TITLE_LABEL.match(line) or _SUM.search(line) or _QUOTED.match(line.strip())):
            return pos
        pos = nl
    return pos


def _entry(text: str, m: re.Match, end: int) -> tuple[int, int, str, list[LabelHit]] | None:
    head_a, head_b = m.start("head"), m.end("head")
    head = m.group("head")
    sums = list(_SUM.finditer(text, head_a, end))
    if not sums:
        return None
    s = sums[0]
    hits = [LabelHit("amount", s.start(), s.start(), s.end(), s.group(), True)]
    q = _title_quote(head)
    # (no sum on the entry's line and a title under it: a quoted name on the line is the
    # body's own, "Stowarzyszenie „Tęcza”, Nowy Targ")
    under = _title_under(text, m.end(), end) if not head_a <= s.start() < head_b else None
    if q is not None and under is None:
        # one line: the title quoted, the body before or after it
        title, ta = q.group("t"), head_a + q.start("t")
        before = head[:q.start()]
        after = head[q.end():]
        cut = s.start() - head_a if head_a <= s.start() < head_b else len(head)
        after = head[q.end():cut] if cut > q.end() else after
        body = _body(before, head_a) or _body(after, head_a + q.end())
    else:
        # the body on the entry's line, the title on a line under it
        body = _body(head, head_a)
        if under is None:
            return None
        title, ta = under
    if body is None or not title.strip():
        return None
    ba, bb, place = body
    name = text[ba:bb]
    hits.append(LabelHit("lead", ba, ba, bb, name, True))
    if place is not None:
        hits.append(LabelHit("place", place[0], place[0], place[1], text[place[0]:place[1]], True))
    return (m.start(), end, title.strip(), hits)


def _body(part: str, offset: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """The body named in a piece of an entry's line (its span, and a town written after it),
    or None: a piece with no institution noun, or one after a payer's words."""
    stripped = part.strip(_SEPARATORS)
    if not stripped or not _BODY_NOUN.search(stripped):
        return None
    a = offset + part.index(stripped)
    b = a + len(stripped)
    if _PAYER_BEFORE.search(part[:part.index(stripped)]) or re.match(r"(?i)(?:projekt|dotacj|kwot)", stripped):
        return None
    place = None
    t = _TOWN_AFTER.search(stripped)
    if t is not None:
        g = "a" if t.group("a") else "b"
        town = t.group(g)
        if not _BODY_NOUN.search(town):
            place = (a + t.start(g), a + t.end(g))
            b = a + t.start()
    # a piece that runs on past the name in lower-case words is a sentence, not a name
    words = stripped[:b - a].split()
    if len(words) > 12 or not words[0][:1].isupper():
        return None
    return a, b, place


def _title_under(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The title on the lines under an entry's body: a labelled title ("Projekt: „X”") or a
    line that opens with a quoted name ("„X” – opis …")."""
    while pos < end:
        nl = text.find("\n", pos + 1)
        nl = end if nl < 0 or nl > end else nl
        line = text[pos + 1:nl] if text[pos:pos + 1] == "\n" else text[pos:nl]
        la = nl - len(line)
        lab = _TITLE_LABEL.match(line)
        if lab is not None:
            q = _QUOTED.match(lab.group("t"))
            if q is not None:
                return q.group("t"), la + lab.start("t") + q.start("t")
            return lab.group("t").strip(), la + lab.start("t")
        q = _QUOTED.match(line.strip())
        if q is not None:
            return q.group("t"), la + (len(line) - len(line.lstrip())) + q.start("t")
        pos = nl
        if nl >= end:
            break
    return None


def _title_quote(head: str) -> re.Match | None:
    """The quoted title on an entry's line: of two quoted names, the one set off by a dash, a
    colon or a comma (or opening the line); the other is the body's own name ("Fundacja „Krok”
    – „Polski na start”")."""
    found = list(_QUOTED.finditer(head))
    if len(found) < 2:
        return found[0] if found else None
    off = [q for q in found if not head[:q.start()].strip() or head[:q.start()].rstrip()[-1:] in "–—-:,;"]
    return off[0] if len(off) == 1 else None
