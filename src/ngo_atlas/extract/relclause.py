"""A listed body's clause about what it does, then the list's next body.

"Partnerami są Szkoła X, która udostępni sale, oraz Biblioteka Y, odpowiedzialna za …",
"partners are X, which hosts the classes, and Y": a relative clause (or a participle of
responsibility) closed by a comma and a conjunction; the body after the conjunction belongs to
the same list. With the list's preposition repeated ("…, oraz z Urzędem Y") any capitalised
name goes on, as does a lower-case head before its patron ("…, oraz z parafią pw. św. Anny");
without it the next words must open a body (a head word, an acronym, or
capitalised words up to a head: "Miejski Ośrodek …", "Northern Youth Foundation"), so that
"…, oraz Anna Nowak" ends the list. The body's bracket may stand before the clause ("X
(Foundation X), która …"), and an English list's next body may take its article.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# (the body's bracket, its acronym or its name in another language, may come before the clause:
# "z Fundacją X (Foundation X), która …, oraz Y"; an English list's next body may take its
# article: "the X (XO), which ran …, and the Y")
_CLAUSE_THEN_NEXT = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,120}\))?,\s+(?:któr[yaeąi]\w*|odpowiedzialn\w*|which|who|responsible)\s[^.;:()]{1,160}?,\s*"
    r"(?:oraz|a\s+także|i|and|as\s+well\s+as)\s+(?P<prep>(?:z|ze|with(?:\s+the)?)\s+)?(?:the\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"]|"
    r"[a-ząćęłńóśźż]+\s+(?:pw\.|św\.|im\.)\s)")


def next_after_clause(text: str, p: int, end: int, opens_body: Callable[[list[str]], bool]) -> int | None:
    """Where the next listed body starts when a clause about the body ending at ``p`` comes
    first; ``opens_body(words)`` tells whether the next words open a body's name."""
    if not (text.startswith(", ", p) or text.startswith((" (", "("), p)):
        return None
    m = _CLAUSE_THEN_NEXT.match(text, p, end)
    if not m:
        return None
    if m.group("prep"):
        return m.end()
    words = text[m.end():m.end() + 80].split()[:4]
    # ("…, oraz parafia pw. św. Anny": a lower-case head before its patron opens a body too)
    return m.end() if words and (opens_body(words) or words[0].islower()) else None
