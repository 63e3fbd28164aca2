"""FUND-Q (round 24): a funder's English name must not run on into the words after it.

A finder (the label reader on "funded by X …", a sentence finder) takes the words up to the
sentence's end; on an English page the name of a body is capitalised words joined by function
words ("Office to Monitor and Combat Trafficking in Persons", "City of Wrocław", "Fondation de
France"). The first lower-case word that is no such joiner ("UNHCR and described in section
3.3", "EEA Grants within the Active Citizens Fund", "City of Wrocław and private donors via our
campaign") or a currency code ("UNHCR of PLN 1.2 mln") starts the clause after the name: the
name ends before it, less the joiners left dangling at its end."""
from __future__ import annotations

import re
from functools import lru_cache

# function words that join the capitalised words of one English (or French, German, Spanish,
# Dutch, Italian) body's name; a closed class of the languages, complete for names of bodies
_JOINERS = frozenset({
    "of", "for", "and", "the", "in", "on", "at", "to", "a", "an", "with", "without", "against",
    "from", "upon", "&", "de", "du", "des", "la", "le", "les", "l'", "d'", "von", "van", "der",
    "den", "und", "für", "zu", "zur", "del", "di", "da", "y", "et", "e",
})
# English prepositions and relative words that no body's name holds: a clause after it starts
# (the class complete for how a money sentence goes on: a channel, a time, a relative clause)
_CLAUSE_START = frozenset({
    "through", "via", "within", "under", "by", "as", "during", "since", "until", "into", "over",
    "after", "before", "between", "among", "amongst", "per", "including", "which", "who", "that",
    "whose", "while", "where", "when", "thanks", "towards", "toward", "across", "throughout",
})
_CURRENCY = frozenset({"PLN", "EUR", "USD", "GBP", "CHF", "DKK", "NOK", "SEK", "UAH", "CAD", "JPY"})
_DANGLING = frozenset({"of", "for", "and", "the", "in", "on", "at", "to", "a", "an", "with", "from", "&"})
_EDGE = ",;:–—-/"


# a lower-case scheme noun right after the name makes the name a programme's ("the GRIEG
# programme managed by …"), not a body's
_SCHEME = frozenset({"programme", "program", "fund", "scheme", "call", "grant", "initiative"})


def trim_english_tail(name: str) -> str:
    """The body's name without the clause that runs on after it (unchanged if none)."""
    return _trimmed(name)[0]


def _trimmed(name: str) -> tuple[str, str | None]:
    """The name cut at the clause after it, and the word that started that clause."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return name, None
    end = None
    for i, w in enumerate(words[1:], 1):
        bare = w.strip(_EDGE + "\"'“”„")
        if bare in _CURRENCY or (w[:1].isalpha() and w[:1].islower() and w.lower() not in _JOINERS and (
                words[i - 1].lower() in _JOINERS or bare in _CLAUSE_START or bare in _SCHEME)):
            end = i  # ("Polish state budget": a lower-case noun straight after the name is its own)
            break
    if end is None:
        return name, None
    kept = words[:end]
    while kept and (kept[-1].lower().strip(_EDGE) in _DANGLING or not kept[-1].strip(_EDGE)):
        kept.pop()
    if kept:
        kept[-1] = kept[-1].rstrip(_EDGE)
    if not kept or not any(w[:1].isupper() for w in kept):
        return name, None
    return " ".join(kept), words[end].lower()


def trim_funder_tails(items: list, lang: str) -> list:
    """Each English funder name cut at the clause after it. A name so cut that is only a list
    of the payers found beside it ("Iceland, Liechtenstein and Norway through the EEA Grants")
    is dropped; one before a scheme noun ("GRIEG programme managed by …") is the programme."""
    if lang != "en":
        return items
    out = []
    for f in items:
        if not (f.funder and " " in f.funder):
            out.append(f)
            continue
        name, cut = _trimmed(f.funder)
        if cut is None:
            out.append(f)
            continue
        parts = [x.strip() for x in re.split(r",\s*|\s+and\s+", name) if x.strip()]
        others = {g.funder for g in items if g is not f and g.funder}
        if len(parts) > 1 and all(x in others for x in parts):
            for g in items:  # the programme the list's sentence names is each payer's
                if g.funder in parts and not g.programme:
                    g.programme = f.programme
            continue
        if cut in _SCHEME:
            f.funder, f.programme = None, f.programme or name
        else:
            f.funder = name
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _field_names() -> frozenset[str]:
    from ngo_atlas.extract.labels import _label_regex  # (cached there: one build a process)
    return frozenset(_label_regex()[1])


def no_field_names(items: list) -> list:
    """A funder that is itself a field's name ("Kwota" read from a table's header "Źródło
    finansowania | Kwota (PLN)", "Zespół" from a menu, "Сумма") is no body: dropped. No funder
    of the read sets' gold is such a word, in any of the four languages."""
    if not any(f.funder and " " not in f.funder.strip() for f in items):
        return items  # (field names are single words: most pages have none to test)
    names = _field_names()
    return [f for f in items if not (f.funder and " ".join(f.funder.lower().split()) in names)]
