"""Find "Label: value" fields ("Grantodawca:", "termin realizacji:", "Project partners:", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ngo_atlas.extract import bodycolumn
from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.text import CI

LIST_KEYS = ("partner", "member", "lead", "coordinator", "place", "funder", "expert", "team")
_COLUMN_KEYS = ("partner", "member")  # (ORG-L: a plural heading of these may head a column of names)


@dataclass(frozen=True)
class LabelHit:
    """One labelled field: which key, where the label is, and its value's span."""

    key: str
    label_start: int
    start: int  # value start
    end: int  # value end
    value: str
    colon: bool


# a bare "Źródło:" / "Source:" line is a funder key only where its value names money's kind
# (a fund, a programme, a budget, a grant); otherwise it cites where a text or figure came from
_BARE_SOURCE = ("źródło", "source", "источник", "джерело")
_FUNDING_WORD = re.compile(
    r"(?i)\b(?:fundusz|program|środk|budżet|budzet|dotacj|grant|funds?\b|funding\b|budget|"
    r"фонд|програм|бюджет|грант)")

# CREDIT-B (round 36): the labels of a credits block's patrons ("Patroni medialni", "Honorary
# patronage", "Partner medialny", "Медіапартнери"): the lexicon keys them `other`
_PATRON_LABEL = re.compile(r"patron|medi|патронат|інформаційн|информационн")
_PICTOGRAPH = "[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
_BULLETS = re.compile(r"(?:\s|[•*\-–]|" + _PICTOGRAPH + ")+")


@lru_cache(maxsize=1)
def _label_regex() -> tuple[CI, dict[str, str]]:
    by_label: dict[str, str] = {}
    for key, words in lexicon()["labels"].items():
        for w in words:
            by_label.setdefault(" ".join(w.lower().split()), key)
    for w in _BARE_SOURCE:
        by_label.setdefault(w, "funder")
    # a label opens a line, a sentence, or a cell of a " | "-divided header line
    # (a pictograph may stand for the bullet: "🤝 Partner: X", "📍 Miejsce: Y" in social posts);
    # each of those starts follows a space or the text's start: "(?<!\S)" says so first, a
    # test re makes in one step at the many positions none of them can take (2x faster)
    # (or a field run on after a semicolon, with its colon: "Partner: X; associated partner: Y")
    pat = (r"(?<!\S)(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\s\|\s)|(?<=;\s))(?:[^\S\n]|[•*\-–]|" + _PICTOGRAPH
           + r")*(?P<label>"
           + alternation(list(by_label))
           + r")(?![\w])(?P<sep>[^\S\n]*(?::|\||[^\S\n][–—-][^\S\n])|[^\S\n]+|[^\S\n]*$)")
    return CI(pat, re.MULTILINE), by_label


def find_labels(text: str) -> list[LabelHit]:
    """Every labelled field in the (boilerplate-masked) text, in reading order."""
    rx, by_label = _label_regex()
    hits: list[LabelHit] = []
    for m in rx.finditer(text):
        label = " ".join(m.group("label").lower().split())
        key = by_label.get(label)
        if key is None:
            continue
        colon = any(c in m.group("sep") for c in (":", "–", "—", " - ", "|"))
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = _line_end(text, m.end())
        at_line_start = not _BULLETS.sub("", text[line_start:m.start("label")])
        if text[max(0, m.start() - 2):m.start()] == "| " and ":" not in m.group("sep"):
            continue  # "Home | Partners | News": a menu of a header line, no field
        if key == "other" and "|" in text[line_start:m.start()] and _PATRON_LABEL.search(label):
            continue  # CREDIT-B: "Organizatorzy | Partnerzy | Patronat medialny: X", a bar of labels
        cell_end = text.find(" | ", m.end(), line_end)  # "Operator: X | Partner: Y": one cell each
        if _menu_cell(text, m, cell_end):
            continue
        line_end = line_end if cell_end == -1 else cell_end
        vs, ve = m.end(), line_end
        if not colon and key == "title" and (q := _QUALIFIER.match(text, vs, ve)):
            if not _qualified_title(label, text[vs:q.end()]):
                continue  # ("Nazwa Zleceniobiorcy: X" names the contractor, not the task)
            vs, colon = q.end(), True  # ("3. Tytuł zadania publicznego: „X”", a form's field)
            ve = _wrapped_quote_end(text, vs, ve)
        # (a qualified operator label's line may be long: "Operator programu w regionie: X we
        # współpracy z Y", dc02; its qualifier is read below)
        if not colon and (not at_line_start or line_end - line_start > 90) and not (
                at_line_start and key == "operator" and _QUALIFIER.match(text, vs, ve)):
            continue
        column = key in _COLUMN_KEYS and at_line_start and bodycolumn.plural_heading(label)
        if not colon and column and text[vs:ve].strip() and bodycolumn.qualified_alone(text, vs, ve):
            # ORG-L: "Członkowie sieci (konsorcjum)", "Partnerzy instytucjonalni": a heading over its list
            if any(_OTHER_QUALIFIER.match(w) for w in text[vs:ve].split()):
                key = "other"  # "Partnerzy medialni" are no partners
            ve = vs = ve  # (its value is under it)
        if not text[vs:ve].strip():
            vs, ve = _value_below(text, ve, key, column)
            if vs < 0:
                continue
        elif not colon and key == "operator" and (q := _QUALIFIER.match(text, vs, ve)):
            # "Operator programu w regionie: X", "Instytucja Pośrednicząca dla Osi X: Y": words
            # saying of what or where stand between an operator's label and its colon (not for
            # other labels: "Partner medialny:" is no partner, "Termin 2023:" no period)
            vs, colon = q.end(), True
        elif not colon and (not _starts_like_value(text[vs:ve]) or kind_headline(text[vs:ve])):
            continue
        vs, ve = _trim(text, vs, ve)
        if label in _BARE_SOURCE and not _FUNDING_WORD.search(text, vs, ve):
            continue  # "Źródło: Kancelaria Prezydenta" names a release's source, no payer
        if ve > vs:
            hits.append(LabelHit(key, m.start("label"), vs, ve, text[vs:ve], colon))
    return _semicolon_cells(text, _with_qualified_partners(text, hits))


def _menu_cell(text: str, m: re.Match, cell_end: int) -> bool:
    """"Start | O nas | Projekty | Kontakt": a site menu's line; its first item is no label
    whose value is the next item (a label divided by a bar from its value heads a two-cell
    row; a menu has three items or more)."""
    sep = m.group("sep")
    return "|" in sep and ":" not in sep and cell_end >= 0


def _wrapped_quote_end(text: str, vs: int, ve: int) -> int:
    """A quoted value the form wrapped at its width ("„Nowi sąsiedzi – integracja rodzin w\n
    województwie opolskim”"): it ends at the closing quote on the next line."""
    if text[vs:vs + 1] not in "„“\"«" or any(c in text[vs + 1:ve] for c in "”“\"»"):
        return ve
    nl = text.find("\n", ve + 1)
    nl = len(text) if nl < 0 else nl
    close = min((i for i in (text.find(c, ve + 1, nl) for c in "”“\"»") if i > 0), default=-1)
    return close + 1 if close > ve + 1 and text[ve:ve + 1] == "\n" else ve


def _qualified_title(label: str, qualifier: str) -> bool:
    """A title label that already names what it titles ("tytuł zadania", "nazwa projektu"),
    then lower-case words that qualify that noun and the colon ("Tytuł zadania publicznego:",
    "Nazwa projektu badawczego:"): still the title. A bare "Nazwa"/"Tytuł" before another noun
    and a colon ("Nazwa Zleceniobiorcy:", "Nazwa organizacji:", "Tytuł raportu:") titles
    something else."""
    words = qualifier.rstrip(": \t").split()
    return len(label.split()) >= 2 and all(w[:1].islower() for w in words)


def _semicolon_cells(text: str, hits: list[LabelHit]) -> list[LabelHit]:
    """"Partner: X; associated partner: Y": a value ends before the next field of its line."""
    cuts = [h.label_start for h in hits if text[h.label_start - 2:h.label_start] == "; "]
    if not cuts:
        return hits
    out = []
    for h in hits:
        c = next((c for c in cuts if h.start < c < h.end), None)
        if c is not None:
            vs, ve = _trim(text, h.start, c - 2)
            if ve <= vs:
                continue
            h = LabelHit(h.key, h.label_start, vs, ve, text[vs:ve], h.colon)
        out.append(h)
    return out


# a label's qualifier: up to five words (no sentence's end, no other colon; a number such as
# "7.2" may hold a dot) and the colon
_QUALIFIER_WORD = r"(?:[^\s:.!?]|(?<=\d)\.(?=\d))+"
_QUALIFIER = re.compile(rf"(?:{_QUALIFIER_WORD}[^\S\n]+){{0,4}}{_QUALIFIER_WORD}:[^\S\n]+(?=\S)")


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e == -1 else e


# „Klasa bez Granic” – 14 szkół otrzyma wsparcie", „X” – miejska polityka na lata 2023–2026": a
# quoted name, a dash and more words after it
_QUOTED_THEN_DASH = re.compile(r"^[„“\"«][^„”“\"«»\n]{2,120}[”“\"»][^\S\n]+[–—-][^\S\n]+\S")


def kind_headline(value: str) -> bool:
    """A colon-less "Program „X” – comment" line is a headline: a kind noun, the quoted name
    it qualifies and a comment after a dash (news of the named thing), not a field whose
    value is the rest of the line ("Program: „X”", "Program „X”" alone stay fields)."""
    return _QUOTED_THEN_DASH.match(value.strip()) is not None


def _starts_like_value(value: str) -> bool:
    v = value.strip()
    return bool(v) and (v[0].isupper() or v[0].isdigit() or v[0] in "„\"«(")


def _value_below(text: str, pos: int, key: str, column: bool = False) -> tuple[int, int]:
    """A label alone on its line takes the next short line, or a bullet list for list keys
    (a plural heading of bodies, `column`, also a column of names or one long line of them)."""
    rx, _ = _label_regex()
    i, blanks, taken = pos + 1, 0, []
    while i < len(text):
        e = _line_end(text, i)
        line = text[i:e]
        bullet = bool(_BULLET.match(line))
        if not line.strip():
            blanks += 1
            if blanks > 2 or (taken and not _BULLET.match(_next_nonblank(text, e))):
                break
        elif column and taken and not blanks and not _BULLET.match(text, taken[0][0]) and not bullet and \
                bodycolumn.column_line(line, text[taken[-1][0]:taken[-1][1]]) and not _is_label_line(rx, text, i):
            taken.append((i, e))  # ORG-L: the column goes on
        elif taken and (not bullet or key not in LIST_KEYS or _is_label_line(rx, text, i)) or not taken and (len(line.strip()) > (250 if bullet or column and bodycolumn.enumeration_line(line) else 120) or _is_label_line(rx, text, i)):
            break
        else:
            taken.append((i, e))
            blanks = 0
            if not bullet and key not in LIST_KEYS:
                break
            if not bullet and not _BULLET.match(_next_nonblank(text, e)) and not column:
                break
        i = e + 1
    if not taken:
        return -1, -1
    return taken[0][0], taken[-1][1]


def _is_label_line(rx: CI, text: str, i: int) -> bool:
    """A line that is a label: "Label: ..." or the label alone ("- Kontakt")."""
    m = rx.match(text, i)
    if m is None:
        return False
    return ":" in m.group("sep") or not text[m.end():_line_end(text, m.end())].strip()


_BULLET = re.compile(r"\s*(?:[•*\-–●]|\d{1,2}[.)])\s")  # "1. X", "2) Y": a numbered list is a list too


def _next_nonblank(text: str, pos: int) -> str:
    i = pos + 1
    while i < len(text):
        e = _line_end(text, i)
        if text[i:e].strip():
            return text[i:e]
        i = e + 1
    return ""


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n:–-":
        s += 1
    while e > s and text[e - 1] in " \t\n.;,":
        e -= 1
    return s, e


# A partner or member label qualified by words of its own, a line's field: "Implementing partners:",
# "Consortium members:", "Partner institution:", "Partnerzy wdrażający:", "Partner z Państwa-
# Darczyńcy:", "Наші партнери в проєкті:", or a plural body noun with the adjective of partnership
# or cooperation ("Gminy partnerskie projektu:", "Instytucje współpracujące:"). The lexicon's labels
# are fixed phrases; these are the same head nouns with up to two words before and three after.
_PARTNER_HEAD = (r"partners?|partnerzy|partnerki|partnerskie|współpracujące|members|członkowie|"
                 r"партнер[ыи]?|партнёр[ыи]?|партнерки|члены|члени|учасники|участники")
# (matched on the line's text before a colon: the colons are found first, a few a page)
_QUALIFIED_PARTNER = re.compile(
    r"(?i)[^\S\n]*(?:[•*\-–][^\S\n]*)?(?P<label>(?P<pre>(?:[^\W\d_][\w-]*[^\S\n]+){0,2}?)"
    r"(?P<head>" + _PARTNER_HEAD + r")(?P<post>(?:[^\S\n]+[^\W\d_][\w-]*){0,3}?))[^\S\n]*")
# plural body nouns that "partnerskie"/"współpracujące" qualify (the nouns of institution types)
_BODIES_PL = frozenset((
    "organizacje", "instytucje", "gminy", "miasta", "samorządy", "powiaty", "jednostki", "podmioty",
    "szkoły", "uczelnie", "placówki", "ośrodki", "biblioteki", "fundacje", "stowarzyszenia",
    "urzędy", "uniwersytety", "organisations", "organizations", "institutions"))
_PARTNER_NOUNS = frozenset(("partner", "partners", "partnerzy", "partnerki", "партнер", "партнеры",
                            "партнери", "партнёр", "партнёры", "партнерки"))
_MEMBER_NOUNS = frozenset(("members", "członkowie", "члены", "члени", "учасники", "участники"))
# qualifiers that make the listed bodies no partners but helpers of another kind (role "other"):
# media, evaluation, cooperation without partnership
_OTHER_QUALIFIER = re.compile(r"(?i)^(?:media|medialn|медиа|медіа|evaluat|ewaluac|оцен|оцін|współpracując)")
# "Partnerzy portalu:", "Partners of the website:", "Партнеры сайта:": the publishing site's own
# partners, named in its frame, not the project's (a list split at " · " made one false body of
# such a line into several)
_SITE_AFTER = re.compile(r"[^\S\n]+(?:naszego[^\S\n]+|of[^\S\n]+(?:the|our|this)[^\S\n]+)?"
                         r"(?:portalu|serwisu|strony|witryny|portal|site|website|портала|порталу|"
                         r"сайта|сайту)(?![\w])", re.IGNORECASE)


def names_the_site(text: str, pos: int) -> bool:
    """The words at pos, right after a partner noun, say it is the site's ("portalu")."""
    return _SITE_AFTER.match(text, pos) is not None


# words after a preposition may be capitalised: "Partner z Państwa-Darczyńcy:", "Partners from Norway:"
_QUAL_PREP = frozenset(("z", "ze", "from", "in", "w", "we", "в", "у", "з", "із", "из"))


@lru_cache(maxsize=1)
def _person_label_words() -> frozenset[str]:
    """The one-word labels that name people's roles (coordinator, contact, expert, team)."""
    lx = lexicon()["labels"]
    return frozenset(p.lower() for k in ("coordinator", "contact", "expert", "team") for p in lx[k]
                     if " " not in p)


def _qualified_key(pre: list[str], head: str, post: list[str]) -> str | None:
    """The key of a qualified partner label, None when the words make it something else."""
    low = [w.lower() for w in (*pre, *post)]
    if any(w in _person_label_words() for w in low):
        return None  # "Partner coordinator at X:", "Norwegian partner contact:": a person's field
    h = head.lower()
    if h in ("partnerskie", "współpracujące"):
        if len(pre) != 1 or pre[0].lower() not in _BODIES_PL:
            return None  # "Spotkania partnerskie:" are meetings
        return "other" if h == "współpracujące" else "partner"
    if h in ("współpracujące",):
        return None
    for i, w in enumerate(post):  # after the head: lower-case qualifiers or a preposition's object
        if w[:1].isupper() and not (i and post[i - 1].lower() in _QUAL_PREP) and \
                w.lower() not in _BODIES_PL and w.lower().rstrip("s") not in ("institution", "organisation", "organization"):
            return None
    if any(_OTHER_QUALIFIER.match(w) for w in low):
        return "other"
    return "member" if h in _MEMBER_NOUNS else "partner"


def _with_qualified_partners(text: str, hits: list[LabelHit]) -> list[LabelHit]:
    """Add the qualified partner and member labels the lexicon's fixed phrases missed."""
    starts = None
    added = []
    colon = text.find(":")
    while colon >= 0:
        ls = text.rfind("\n", 0, colon) + 1
        m = _QUALIFIED_PARTNER.fullmatch(text, ls, colon) if colon - ls <= 70 else None
        colon = text.find(":", colon + 1)
        if m is None:
            continue
        if starts is None:
            starts = {text.rfind("\n", 0, h.label_start) for h in hits}
        pre, post = m.group("pre").split(), m.group("post").split()
        if not pre and not post:
            continue  # the bare noun is the lexicon's
        if text.rfind("\n", 0, m.start("label")) in starts:
            continue  # a field the lexicon's labels found on this line
        key = _qualified_key(pre, m.group("head"), post)
        if key is None or names_the_site(text, m.end("head")):
            continue
        vs = m.end() + 1  # past the colon
        ve = _line_end(text, vs)
        if not text[vs:ve].strip():
            vs, ve = _value_below(text, ve, "partner", bodycolumn.plural_heading(m.group("head")))
            if vs < 0:
                continue
        elif not _starts_like_value(text[vs:ve]):
            continue
        vs, ve = _trim(text, vs, ve)
        if ve > vs:
            added.append(LabelHit(key, m.start("label"), vs, ve, text[vs:ve], True))
    return sorted(hits + added, key=lambda h: h.label_start) if added else hits
