"""A sum that came from a payer (round 23, FUND-O).

"Additional support of EUR 12,000 came from the X Foundation", "USD 2,000 – comes from the
Embassy of Y": the English verb of coming with "from" and a capitalised name is a payer only
where the sentence gives a sum in figures before the verb ("almost everyone came from Ukraine"
names no payer). Polish "pochodzi z" and the Cyrillic verbs are read by FUNDER_INTRO's and the
money sentences' readers already.
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding, Span

_CAME_FROM = re.compile(r"\b(?:came|comes|come)\s+from\s+(?:the\s+)?(?=[A-Z])")
_SENTENCE_START = re.compile(r"[.!?\n]\s")


def came_from_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add the payer a sum "came from" (English), when its sentence states the sum."""
    if lang != "en" or text.find(" from ", s, e) < 0:
        return
    from ngo_atlas.extract.funding import clean_funder, is_payer
    from ngo_atlas.extract.organisations import list_after
    from ngo_atlas.extract.sumpayers import _names_money

    for m in _CAME_FROM.finditer(text, s, e):
        starts = [x.end() for x in _SENTENCE_START.finditer(text, max(s, m.start() - 200), m.start())]
        head = starts[-1] if starts else max(s, m.start() - 200)
        if not _names_money(text, head, m.start()):
            continue
        names = list_after(text, m.end(), e)[:1]
        if not names:
            continue
        a, b = names[0]
        name = clean_funder(text[a:b], lang)
        if name and not is_payer(out, name):
            out.append(Funding(name, None, None, None, Span(a, b, "came_from_payer", 0.7)))
