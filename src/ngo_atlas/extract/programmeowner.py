"""A programme's owner named in the genitive after the programme pays for it (FUNDP).

"Program „X” jest programem Fundacji Y", "X is a programme of the Y Foundation",
"«X» — программа Фонда Y", "«X» — програма Фундації Y": a page that names no payer names
its funder through the programme's owner. "z programu „X” Fundacji Y", "Programu X Fundacji Y":
the owner written after the programme's name is no part of that name.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic, nominative
from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Funding, Span

CAP = r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]"
# a sentence opening on a programme's name, quoted or capitalised (funding's _COPULA_PROGRAMME
# is built on it too)
PROGRAMME_NAME_HEAD = (r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Program|Programme|Программа|Програма)\s+)?"
                       r"(?:[„“\"«](?P<q>[^”\"»\n]{2,80})[”\"»]|(?P<n>" + CAP + r"[\w+-]*"
                       r"(?:[^\S\n]+" + CAP + r"[\w+-]*){0,4}))")
# the programme's name opening a sentence, then the copula and the programme noun with its
# owner right after it (no adjective between: "to roczny program Centrum X" names the body
# that runs a programme of its own, not a grant-maker's)
_COPULA_OWNED = re.compile(
    PROGRAMME_NAME_HEAD
    + r"[^\S\n]+(?:jest[^\S\n]+programem|to[^\S\n]+program|"
    r"is[^\S\n]+a[^\S\n]+programme[^\S\n]+of(?:[^\S\n]+the)?|"
    r"[–—-][^\S\n]+(?:это[^\S\n]+)?программа|[–—-][^\S\n]+(?:це[^\S\n]+)?програма|"
    r"є[^\S\n]+програмою)[^\S\n]+(?=" + CAP + r")")
# words that open such a sentence and are no name ("Projekt to program …", "This is a
# programme …")
NOT_A_NAME = {"projekt", "project", "przedsięwzięcie", "проект", "проєкт", "to", "this", "it",
              "ten", "ta", "nasz", "nasza", "our", "это", "це", "наш", "наша", "the", "który",
              "która", "co", "what"}


def _owner_at(text: str, pos: int, e: int, lang: str) -> tuple[str, int] | None:
    """The body named right at pos, in the nominative, and where its mention ends, when it
    stands in another case there (English: any body after "of")."""
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    found = (cyrillic_mentions if is_cyrillic(text[pos:pos + 20]) else mentions)(text, pos, e)
    if not found or found[0][0] != pos:
        return None
    raw = text[found[0][0]:found[0][1]].rstrip("!?.,;: ")
    nom = nominative(raw, lang)
    if lang != "en" and nom == raw:
        return None  # a nominative after the noun: an apposition, not an owner
    return nom, pos + len(raw)


def copula_owners(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A span naming no payer takes the owner of the programme a copula sentence names."""
    if any(f.funder for f in out) or not re.search(r"(?i:program|програм)", text[s:e]):
        return
    for m in _COPULA_OWNED.finditer(text, s, e):
        name = (m.group("q") or m.group("n")).strip()
        if m.group("n") and name.split()[0].lower() in NOT_A_NAME:
            continue
        found = _owner_at(text, m.end(), e, lang)
        if found is None or words_key(found[0]) == words_key(name):
            continue
        owner, owner_end = found
        named = next((f for f in out if f.funder is None and f.programme
                      and words_key(f.programme).startswith(words_key(name))), None)
        if named is not None:
            named.funder = owner
        else:
            out.append(Funding(owner, name, None, None,
                               Span(m.end(), owner_end, "programme_owner", 0.6)))
        return


def owner_out_of_programme(items: list[Funding], text: str, lang: str) -> None:
    """"Działaj Lokalnie Polsko-Amerykańska Fundacja Wolności" read from "„Działaj Lokalnie”
    Polsko-Amerykańskiej Fundacji Wolności": the programme ends before its owner, who pays
    where no payer is named."""
    for f in items:
        p = f.programme
        if not p or len(p.split()) < 2:
            continue
        split = _genitive_owner_tail(p, text, lang)
        if split is None:
            continue
        if f.funder is None:
            f.programme, f.funder = split
        elif words_key(f.funder) == words_key(split[1]):
            f.programme = split[0]  # the payer already read: only the name loses its owner


def _genitive_owner_tail(p: str, text: str, lang: str) -> tuple[str, str] | None:
    """The programme's name and its owner, where the name as written runs into a body in
    the genitive that the programme string carries in the nominative (the longest name first:
    "Działaj Lokalnie" before "Działaj")."""
    from ngo_atlas.extract.organisations import is_org_head

    words = p.split()
    for i in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:i]), words[i:]
        if head.endswith(("–", "—", "-")) or not tail[0][:1].isupper() or head not in text \
                or not any(is_org_head(w) for w in tail):
            continue  # "Aktywni Obywatele – Fundusz Regionalny": a dash's body is the name's own
        owner = " ".join(tail)
        for m in re.finditer(re.escape(head) + r"[”\"»]?[^\S\n]+", text):
            after = text[m.end():m.end() + 4 * len(owner)]
            raw = " ".join(after.split()[:len(tail)]).rstrip(",.;:")
            if raw != owner and nominative(raw, lang) == owner:
                return head, owner
    return None
