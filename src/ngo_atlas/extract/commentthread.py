"""A social-media post's comment thread: the post ends at its action bar ("Lubię to! · Komentarz ·
Udostępnij", "Like · Comment · Repost · Send", "Подобається · Коментувати · Поділитися"); below it
readers comment ("Tomasz X\\nGratulacje!\\nLubię to! · Odpowiedz · 2 d"). A commenter is no person of
the project: a name opening its line below the bar is dropped (one the post itself named stays)."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.model import PersonRef

# the words that show a thread may be on the page at all (a cheap gate before the line patterns)
_GATE = ("Komentarz", "komentarz", "Comment", "comment", "Коммент", "коммент", "Комент", "комент", "Odpowiedz",
         "Reply", "Ответить", "Відповісти", "Najtrafniejsze", "Most relevant")
# the post's own bar on a line of its own: a like, a comment and (then) a share or repost word
# (the boilerplate mask may have blanked it: the thread's header and its replies mark it too)
_ACTION_BAR = re.compile(
    r"^[^\S\n]*(?:Lubię\s+to!?|Like|Нравится|Подобається|Вподобати|Gefällt\s+mir)[^\S\n]*[·•|]?[^\S\n]*"
    r"(?:Komentarz|Skomentuj|Comment|Комментировать|Коментувати|Коментар|Kommentieren)[^\S\n]*[·•|]?[^\S\n]*"
    r"(?:Udostępnij|Share|Repost|Поделиться|Поділитися|Teilen)\b[^\n]*$",
    re.MULTILINE)
# the thread's sort header alone on its line: "Najtrafniejsze ▾", "Most relevant ▾", "Wszystkie komentarze"
_THREAD_HEAD = re.compile(
    r"^[^\S\n]*(?:(?:Najtrafniejsze|Najnowsze|Most\s+relevant|Newest|Самые\s+актуальные|Найрелевантніші)"
    r"[^\S\n]*▾|(?:Wszystkie\s+komentarze|All\s+comments|Все\s+комментарии|Усі\s+коментарі)[^\S\n]*▾?)[^\S\n]*$",
    re.MULTILINE)
# a comment's own bar under its text: "Lubię to! · Odpowiedz · 2 d", "Like · Reply · 6d"
_REPLY_BAR = re.compile(r"^[^\S\n]*(?:Lubię\s+to!?|Like|Нравится|Подобається|Вподобати)[^\S\n]*[·•|][^\S\n]*"
                        r"(?:Odpowiedz|Reply|Ответить|Відповісти)\b", re.MULTILINE)
# a line with nothing on it (or only what the mask left): where the first comment's block opens
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@lru_cache(maxsize=4)  # once a page: every project's people ask
def thread_start(text: str) -> int | None:
    """Where the comment thread below a post begins (None: no thread on the page): after the
    post's action bar or the thread's header, or where the first comment's block opens."""
    if not any(w in text for w in _GATE):
        return None
    spots = [m.end() for m in (_ACTION_BAR.search(text), _THREAD_HEAD.search(text)) if m]
    reply = _REPLY_BAR.search(text)
    if reply:
        blank = [m.end() for m in _BLANK_LINE.finditer(text, 0, reply.start())]
        spots.append(blank[-1] if blank else reply.start())
    return min(spots) if spots else None


def _named_before(text: str, name: str, end: int) -> bool:
    """The post (text before end) writes the name's surname in some case ("Bondar", "Bondarem")."""
    last = name.split()[-1]
    stem = last[:-2] if len(last) >= 6 else last
    return text.find(stem, 0, end) >= 0


# what may stand before a commenter's name on her line: indentation, a reply's arrow
_LINE_OPEN = re.compile(r"[^\S\n]*(?:↳[^\S\n]*)?$")


def _opens_line(text: str, start: int) -> bool:
    """The name at start opens its line, as a comment's author does ("Tomasz X\nGratulacje!",
    "Ania Y: Byłam na warsztatach", "Marta Z • 1st"); a name in a sentence does not."""
    return bool(_LINE_OPEN.match(text, text.rfind("\n", 0, start) + 1, start))


def drop_commenters(text: str, people: list[PersonRef]) -> list[PersonRef]:
    """The people less the commenters: a name that opens its line in the thread below the post
    and that the post itself does not write."""
    start = thread_start(text) if people else None
    if start is None:
        return people
    return [p for p in people
            if not (p.name and p.span and p.span.start >= start and _opens_line(text, p.span.start)
                    and not _named_before(text, p.name, start))]
