"""The project's own address on a line the boilerplate mask hid: a footer ("www.x.pl | Polityka
prywatności", "© 2024 Fundacja Y | www.x.pl"), a "see also" or a fundraiser's call ("Wesprzyj
zbiórkę „Klucz do domu” → zrzutka.pl/kluczdodomu"). Such lines mostly carry the publisher's
site, its donations page or a share button, so an address there counts only where it spells
the project's own name: two of its title's words in order, or a name quoted before it on its
line (one long word is not enough there: "www.przystan.x.pl", the publisher's site, shares a word
with its project "Przystań dla rodzin")."""

from __future__ import annotations

from ngo_atlas.extract.links import find_urls, names_payer, share_or_policy, spells_name, spells_quoted_name
from ngo_atlas.model import Project, Span, Tagged


def masked_own_urls(raw: str, masked: str, projects: list[Project], bounds: list[tuple[int, int]]) -> None:
    """Add to each project the addresses on its masked lines (raw text where masked differs)
    that spell its name; an address outside every segment goes to a page's only project."""
    if "." not in raw:
        return
    for a, b, url in (u for s, e in _masked_lines(raw, masked) for u in find_urls(raw, s, e)):
        if masked[a:b] == raw[a:b] or share_or_policy(url):
            continue
        held = [p for p, (s, e) in zip(projects, bounds) if s <= a < e]
        p = held[0] if held else (projects[0] if len(projects) == 1 else None)
        if p is None or not p.title or url.casefold() in {u.value.casefold() for u in p.urls}:
            continue
        before = raw[raw.rfind("\n", 0, a) + 1:a]
        payers = [n for f in p.funding for n in (f.funder, f.programme) if n]
        spelled = spells_quoted_name(before, url) or spells_name(url, p.title, one_word=False)
        if spelled and not names_payer(url, payers, p.title):
            p.urls.append(Tagged(url, Span(a, b, "url:own_site", 0.6)))


def _masked_lines(raw: str, masked: str) -> list[tuple[int, int]]:
    """The (start, end) of each line the mask changed (the mask keeps every offset)."""
    out, ls = [], 0
    while ls < len(raw):
        le = raw.find("\n", ls)
        le = len(raw) if le < 0 else le
        if raw[ls:le] != masked[ls:le] and "." in raw[ls:le]:
            out.append((ls, le))
        ls = le + 1
    return out
