"""The operator of a grant scheme, named above or below a list of the grants it gave
(list_operators: the one reader of it, every item's `other`): a body that runs someone else's programme or call ("Program „X” jest programem Fundacji Y realizowanym
przez Z", "Operatorem programu jest Z", "W naszym regionie program prowadzi Z", "the programme
is run by Z", "оператор програми – Z"). SCHEMA.md: an operator that hands out someone else's
money is an organisation with role `other`, on every record of the list (every writer of the
read sets lists it so). The clause must speak of a programme, a call or a fund: "projekt
realizowany przez Z" names a project's lead, and is left to the item's own finders.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.mentioned import mentioned_orgs
from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.extract.organisations import clean_org, cyrillic_mentions, find_organisations, mentions
from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Funding, OrgRef, Project, Span

# "program zajęć", "programme of the visit": an agenda, no scheme
_NOT_AGENDA = (r"(?!\w)(?![^\S\n]+(?:zaję|spotka|warsztat|szkoleni|wydarze|dni[ao]\b|wizyt|festiwal|konferencj|imprez|"
               r"wyjazd|obchod|kurs|of\s+the\s+(?:day|visit|event|conference|workshop)|заход|занять|візит|визит)\w*)")
# a scheme's noun, then within its clause (no comma or dash: another noun's clause starts
# there, "programu jest „X” – grupa wsparcia prowadzona przez Z") the verb of running it and
# the operator's name
_SCHEME = r"(?:program\w*|konkurs\w*|fundusz\w*|programme|scheme|fund|програм\w*|конкурс\w*|фонд\w*)"
_OPERATOR = re.compile(
    rf"(?i)(?<!\w)(?:{_SCHEME}{_NOT_AGENDA}(?:[^.\n;,–—]|\n(?!\s*\n)){{0,90}}?"
    # (the participle agrees with the scheme's masculine noun: "prowadzona przez" is a group's)
    r"(?:(?:(?:realizowan|prowadzon|administrowan|operowan)(?:y|ego|ym)|run|operated|administered|"
    r"реалізован\w*|реализуем\w*|адмініструван\w*|администрир\w*)\s+(?:przez|by|через)\s+"
    r"|(?<!\w)(?:prowadzi|realizuje|operates|runs|administers)(?:\s+(?:go|ją|je|it))?\s+)"
    rf"|operatorem\s+(?:{_SCHEME}\s+)?jest\s+|operator\s+(?:of\s+the\s+)?{_SCHEME}\s+is\s+|"
    rf"оператор\w*\s+(?:{_SCHEME}\s+)?(?:є|является|[–—-])\s+)")
# the cheap gate: a page that names no operator's verb skips the regex
_GATE = re.compile(r"(?i)realizowan|prowadz|operat|administr|run\b|реаліз|реализ|оператор")


_PROGRAMME_NOUN = re.compile(r"(?i)(?<!\w)(?:program\w*|programme\w*|програм\w*)")


def list_operators(text: str, intro_end: int, last: int, labels: list[LabelHit], lang: str,
                   projects: list[Project], found: list[Funding], granted: bool) -> list[OrgRef]:
    """The bodies that run the scheme paying a list's items, each item's `other`: the intro's
    bodies in that role (find_organisations: "Operator: X"), when the items are grants (a table's
    rows, or items each with its sum) or the intro speaks of their payer (it names one, or it
    speaks of a programme and the items name one payer, none another: then the bodies it only
    mentions too, mentioned_orgs); and, for grants, the operator's clause above the list or in
    the words closing it (scheme_operators, from `last`, the last item's start)."""
    payers = {words_key(f.funder) for p in projects for f in p.funding if f.funder}
    speaks = bool(found) or len(payers) == 1 and bool(_PROGRAMME_NOUN.search(text, 0, intro_end))
    if not (granted or speaks):
        return []
    orgs = find_organisations(text, 0, intro_end, labels, lang)
    out = [o for o in orgs if o.role == "other"]
    if granted:
        # (the words after the last item's start hold that item too: a body named there as
        # running "a programme" that leads one of the items is that item's lead, no operator)
        leads = {o.name.casefold() for p in projects for o in p.organizations if o.role == "lead"}
        out += [o for o in scheme_operators(text, [(0, intro_end), (last, len(text))], lang)
                if o.name.casefold() not in leads]
    if speaks:
        out += [o for o in mentioned_orgs(text, 0, intro_end, lang, orgs) if o.role == "other"]
    return out


def scheme_operators(text: str, spans: list[tuple[int, int]], lang: str) -> list[OrgRef]:
    """The operators an operator's clause (_OPERATOR) names in the given stretches of text (a
    list's intro and outro)."""
    out: list[OrgRef] = []
    for s, e in spans:
        if e <= s or not _GATE.search(text, s, e):
            continue
        for m in _OPERATOR.finditer(text, s, e):
            end = min(e, _clause_end(text, m.end()))
            find = cyrillic_mentions if is_cyrillic(text[m.end():end]) else mentions
            first = next(iter(find(text, m.end(), end)), None)
            if first is None or text[m.end():first[0]].strip().lower() not in ("", "the"):
                continue  # the name must stand right after the verb
            c = clean_org(text[first[0]:first[1]], lang)
            if c is None or len(c[0].split()) < 2 or any(o.name == c[0] for o in out):
                continue
            out.append(OrgRef(c[0], "other", Span(first[0], first[1], "scheme_operator", 0.5), acronym=c[1]))
    return out


# the end of an operator's clause: a full stop after a word, a semicolon, a blank line
_CLAUSE_END = re.compile(r"(?<=[^\W\d_]{3})\.(?=\s)|;|\n\s*\n")


def _clause_end(text: str, pos: int) -> int:
    """Where the operator's clause ends (_CLAUSE_END), or the text's end."""
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)
