"""A body named twice side by side, in the page's language and in another ("Фонд «X» (Fundacja X)",
"Stowarzyszenie X | Association for X"): the records keep the name in the page's language."""

from __future__ import annotations

import re

from ngo_atlas.extract.names import demonym, is_cyrillic, looks_polish
from ngo_atlas.extract.text import lines, words_key
from ngo_atlas.model import OrgRef, Project

# between two names: a dash or a bar with spaces ("X – Y", "X | Y"); or the second in brackets
_BETWEEN = re.compile(r"[^\S\n]*[–|][^\S\n]+")
_BRACKET = re.compile(r"[^\S\n]*\(([^()\n]{3,120})\)")


def in_page_language(name: str, lang: str) -> bool | None:
    """Whether a name is written in the page's language; None where the pages' conventions
    give no second form to prefer (Polish pages: prefer_translation reads their brackets).
    An English page's foreign names are Polish ones, known by their Polish head word: a
    Polish town in an English name ("City of Toruń") leaves it English."""
    from ngo_atlas.extract.organisations import polish_head

    if lang in ("ru", "uk"):
        return is_cyrillic(name)
    if lang == "en":
        return not is_cyrillic(name) and not polish_head(name)
    return None


# words that say a body's scope, not its name ("the Polish National Agency", "the Regional Office")
_SCOPE = {"national", "regional", "local", "municipal", "state", "public", "central", "european", "international",
          "of", "for", "the", "and"}


def _description(name: str) -> bool:
    """"Polish National Agency (Fundacja Rozwoju Systemu Edukacji)": a body described by its
    country, scope and kind, no name of its own; the bracket after it holds the name."""
    from ngo_atlas.extract.organisations import is_org_head

    return all(demonym(w) or is_org_head(w) or w.lower() in _SCOPE for w in name.split())


def _body_name(name: str) -> bool:
    """A form that can stand for a body: two words at least, one of them a head word
    ("Fundacja", "Фонд", "Association"), not an acronym or a sum in brackets."""
    from ngo_atlas.extract.organisations import _cyr_head, is_org_head

    words = name.split()
    return len(words) >= 2 and any(is_org_head(w) or (is_cyrillic(w) and _cyr_head(w)) for w in words)


def gloss_pairs(text: str, lang: str) -> dict[str, str]:
    """The other language's form (as a words key) -> the page-language form, for each body the
    text names in both, one right after the other on one line: the other form in brackets after
    the page's own (a foreign name written first with a gloss after it is the name as written),
    or after a dash or bar where the page names its own form again (a heading's "Stowarzyszenie
    X – Association for Y" may pair a name with a motto)."""
    from ngo_atlas.extract.organisations import clean_org, cyrillic_mentions, mentions

    pairs: dict[str, str] = {}
    as_written: set[str] = set()  # foreign names the prose writes first, with a gloss in brackets
    for ls, le, _line in lines(text):
        found = sorted(set(mentions(text, ls, le)) | (set(cyrillic_mentions(text, ls, le)) if lang in ("ru", "uk")
                                                         else set()))
        for i, (a, b) in enumerate(found):
            bracket = _BRACKET.match(text, b)
            if bracket:
                second, raw2 = bracket.group(1), None
            elif i + 1 < len(found) and _BETWEEN.fullmatch(text, b, found[i + 1][0]):
                second = raw2 = text[found[i + 1][0]:found[i + 1][1]]
            else:
                continue
            one, two = clean_org(text[a:b], lang), clean_org(second, lang)
            if one is None or two is None or not (_body_name(one[0]) and _body_name(two[0])):
                continue
            own1, own2 = in_page_language(one[0], lang), in_page_language(two[0], lang)
            if own1 is None or own1 == own2:
                continue
            if raw2 is None and (not own1 or _description(one[0])):
                if not own1:
                    as_written.add(words_key(one[0]))
                continue  # "Caritas Diecezji X (Каритас X епархии)": the text names it as written first
            own, other = (one[0], two[0]) if own1 else (two[0], one[0])
            if raw2 is not None and text.count(text[a:b] if own1 else raw2) < 2:
                continue  # a dash pair whose own form the page never uses again
            pairs.setdefault(words_key(other), own)
    # "Fundacja Nowy Start (New Start Foundation) has started…": where the prose names the body
    # in its own language with the gloss after it, that is the name as the body calls itself,
    # though a heading pairs it with the gloss ("Fundacja Nowy Start | New Start Foundation")
    return {k: v for k, v in pairs.items() if k not in as_written}


def _glossed(name: str, pairs: dict[str, str]) -> str | None:
    """The page-language form of a name given in the other language: the same words, or the
    gloss's words all in it ("Fundacja Razem" glosses the header's "Fundacja Razem Kraków")."""
    key = words_key(name)
    if key in pairs:
        return pairs[key]
    words = set(key.split())
    return next((own for other, own in pairs.items() if len(other.split()) >= 2 and set(other.split()) <= words), None)


def keep_page_language(text: str, projects: list[Project], lang: str) -> None:
    """Organisations and funders named in another language than the page's take the form the
    text glosses them with in its own."""
    if lang not in ("ru", "uk", "en") or not any(
            in_page_language(o.name, lang) is False for p in projects for o in p.organizations):
        return
    pairs = gloss_pairs(text, lang)
    if not pairs:
        return
    for p in projects:
        kept: list[OrgRef] = []
        for o in p.organizations:
            own = _glossed(o.name, pairs) if in_page_language(o.name, lang) is False else None
            if own is not None:
                if any(k.role == o.role and words_key(k.name) == words_key(own) for k in kept + p.organizations):
                    continue  # the page-language form is listed already in this role
                o.name = own
            kept.append(o)
        p.organizations = kept
        for f in p.funding:
            own = _glossed(f.funder, pairs) if f.funder and in_page_language(f.funder, lang) is False else None
            if own is not None:
                f.funder = own
