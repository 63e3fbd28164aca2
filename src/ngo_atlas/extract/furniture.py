"""Page furniture that reads like a list item but names no project of its own."""
from __future__ import annotations

import re

from ngo_atlas.extract.organisations import is_org_head

# verbs of saying that attribute a quoted speech ("mówi X", "says X", "каже X", "говорит X")
_SAYING = (r"(?i:mówi|mówił[a]?|powiedział[a]?|dodaje|dodał[a]?|podkreśla|podkreślił[a]?|tłumaczy|"
           r"wyjaśnia|opowiada|przyznaje|zauważa|says|said|adds|added|explains|notes|recalls|"
           r"говорит|сказал[а]?|отмечает|добавляет|рассказывает|объясняет|"
           r"каже|сказав|сказала|додає|зазначає|розповідає|пояснює)")
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_LOWER = "a-ząćęłńóśźżа-яёіїєґ"
# „quoted speech” [,] – then the attribution, to the end of the block
_TESTIMONIAL = re.compile(
    r"[^\S\n]*(?:[•*●▪▸►▶■◆◦○][^\S\n]+)?[„“\"«](?P<q>[^\n]{3,400}?)[”“\"»][.,!?…]?\s*"
    r"(?:(?:[–—-][^\S\n]*)?(?P<v>" + _SAYING + r")(?![\w])[^\n]{0,120}"
    # "– Olena, uczestniczka kursu", "– Samira, project participant", "– Ольга, учасниця"
    r"|[–—-][^\S\n]*(?P<n>[" + _UPPER + r"][\w.'’-]*(?:[^\S\n]+[" + _UPPER + r"][\w.'’-]*){0,2})"
    r"(?P<r>,[^\S\n]*[" + _LOWER + r"][^\d\n]{0,80})?)"
    r"[^\S\n]*$")
_SENTENCE_END = re.compile(r"[.!?…]$")
# a full stop after a word (not an initial or "Dr", "ks.", "prof.") and a capital: a new sentence
_NEXT_SENTENCE = re.compile(r"\w{5,}[.!?][^\S\n]+[" + _UPPER + r"]")


def testimonial(text: str, s: int, e: int) -> bool:
    """The block text[s:e] is a quoted speech and its attribution, nothing more: a testimonial
    ("„Kurs pomógł mi …” – Olena, uczestniczka", '"It helped," says X', "«…», – каже X"),
    page furniture that names no project even when the attribution says "of the project"."""
    if e - s > 600 or text[s:e].lstrip()[:1] not in "•*●▪▸►▶■◆◦○„“\"«":
        return False
    m = _TESTIMONIAL.match(text[s:e].rstrip())
    if m is None:
        return False
    if m.group("n") is None:
        # a verb of saying; its attribution ends the block ('says X, the manager. Our partner …'
        # goes on about the work)
        return _NEXT_SENTENCE.search(m.group(0), m.end("v")) is None
    name = m.group("n")
    if is_org_head(name.split()[0]):
        return False  # "„X” – Fundacja Y": a digest item's name and its body
    # a name after the dash: the quote reads as speech (a sentence), or a short role follows the
    # name ("– Olena, uczestniczka kursu"); "„Wspólna kuchnia” – Poznań" is a digest item's name
    # and its town
    return bool(_SENTENCE_END.search(m.group("q").strip())) \
        or len(m.group("q").split()) >= 4 and bool(m.group("r")) and len(m.group("r").split()) <= 6


# an agenda line: a clock time opens it ("09:30 Opening", "10.30 Panel: …", "• 14:00 – Warsztaty")
_AGENDA_LINE = re.compile(r"^[^\S\n]*(?:[•*●▪◦–—-][^\S\n]*)?(?:godz\.[^\S\n]*)?"
                          r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d)(?![.:]\d)[^\S\n]*[–—-]?[^\S\n]*\S",
                          re.MULTILINE)


def agenda(text: str) -> bool:
    """The page holds an event's programme: three or more lines that open with a clock time, in
    the order of the day ("9:00 Rejestracja", "10:30 Panel: …", "12:00 Przerwa"). Like an
    event's hours ("17:00–20:00"), it marks an event's page, whose sponsors pay for the event."""
    prev, run = -1, 0
    for m in _AGENDA_LINE.finditer(text):
        t = int(m.group("h")) * 60 + int(m.group("m"))
        run = run + 1 if t > prev else 1  # a new day's programme starts again
        if run >= 3:
            return True
        prev = t
    return False


_NUMBERED = re.compile(r"[^\S\n]*(?P<n>\d{1,2})[.)][^\S\n]+\S")
# a contents entry's leaders to its page number ("Słowo od zarządu ........ 1", "Calendar …… 4")
_LEADERS = re.compile(r"[^\n]*?\S[^\S\n]*(?:(?:[.·_][^\S\n]*){4,}|(?:…[^\S\n]*){2,})\d{1,3}[^\S\n]*$", re.MULTILINE)


def leaders_line(text: str, ls: int) -> bool:
    """The line at ls is a contents entry: dotted leaders to its page number ("3.1. Centrum
    Porad ........ 4"), which points to a section and is none itself."""
    return _LEADERS.match(text, ls) is not None


def contents_item(text: str, ls: int) -> bool:
    """The line at ls opens a numbered run of lines ("1. Słowo od zarządu", "2. …", "3. …", one
    under another): a table of contents, whose first entry recurs as the first section's heading
    ("1. SŁOWO OD ZARZĄDU") and so names no page-wide project; or an entry with dotted leaders
    to its page number ("A word from the board ........ 1")."""
    if _LEADERS.match(text, ls):
        return True
    n = 0
    while True:
        m = _NUMBERED.match(text, ls)
        if m is None or int(m.group("n")) != n + 1:
            return n >= 3
        n += 1
        le = text.find("\n", ls)
        if le == -1:
            return n >= 3
        ls = le + 1
