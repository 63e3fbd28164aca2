"""Fallback: bodies named by a head word in a sentence about the project, with a role from context."""

from __future__ import annotations

import re

from ngo_atlas.extract import org_model
from ngo_atlas.extract.afterproject import past_the_end
from ngo_atlas.extract.itemtag import own_role
from ngo_atlas.extract.labels import names_the_site
from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.extract.organisations import _cut_at_verb, _cyr_head, clean_org, cyrillic_mentions, is_org_head, mentions
from ngo_atlas.extract.text import CI, cue, sentences
from ngo_atlas.lang import polish
from ngo_atlas.model import OrgRef, Span

# the people of a body who do a project's work, right before the body's name
# (the Polish plural stems too: "eksperci", "psycholodzy", "doradcy", "lektorzy", "adwokaci")
_STAFF = cue(r"(?:trener|trenerk|eksper[tc]|prawni[ck]|psycholo[gżd]|wolontariusz|specjali[sś]|mediator|"
             r"lektor|adwoka[tc]|doradc|doradz|terapeu[tc]|animator|"
             r"trainers|experts|lawyers|psychologists|volunteers|mediators|advisers|advisors|counsellors|"
             r"тренер|експерт|эксперт|юрист|психолог|волонт[её]р|медіатор|медиатор|консультант|"
             r"фахів|специалист)\w*\s+"
             r"(?:(?:z|ze|from|of|з|із|из)\s+)?(?:the\s+)?")
# a sentence about the project or its work: only there is a named body part of the record
_ABOUT_PROJECT = CI(r"projekt|project|про[еє]кт|zadani|realiz|реаліз|реализ|partner|партнер|"
                            r"współprac|cooperat|співпрац|сотрудничеств|finansow|financ|фінанс|финанс|"
                            r"grant|dotacj|środk|funded|organiz|організ|организ")
# role cues, the nearest one before the name decides ("X realizuje projekt z Y": Y is a partner)
_REACH = 50  # characters between a cue and the name it governs
# CI (lowered text, no IGNORECASE): the engine skips ahead to the cues' first letters
_ROLE_CUES: tuple[tuple[str, CI], ...] = (
    ("funder", CI(r"finansow\w*|dofinansow\w*|współfinansow\w*|financ\w*|funded|grant\w*|"
                          r"dotacj\w*|środk\w*|przekazał\w*|фінансу\w*|финансир\w*|кошт\w*|средств\w*|"
                          r"sponsor\w*|pokrył\w*|pokrywa\w*|covered|покри\w*|покрыл\w*|покрыва\w*")),
    ("partner", CI(r"partner\w*|współprac\w*|współorganiz\w*|współrealiz\w*|co-?organi[sz]\w*|"
                   r"співорганіз\w*|соорганиз\w*|razem\s+z|wspólnie\s+z|together\s+with|"
                           r"in\s+cooperation|партнер\w*|співпрац\w*|сотрудничеств\w*|разом\s+з|разом\s+із|"
                           r"вместе\s+с|спільно\s+з")),
    # "Szkolenia poprowadzą trenerzy Fundacji X", "lawyers from the Association X", "юристи
    # Фундації X": a body whose people do the project's work takes part (a cue of its own:
    # joined to the list above it made that scan three times slower)
    ("partner", _STAFF),
    # only the passive with its agent: after an active verb ("prowadziła w Caritas …") the
    # body is an object or a place, and the subject came before the verb
    ("lead", CI(r"(?:realizowan|prowadzon|organizowan|koordynowan)\w*\s+(?:jest\s+|był\w*\s+)?przez|"
                        r"organizator\w*|(?:run|led|implemented|organi[sz]ed)\s+by|"
                        r"реалізу\w*|реализу\w*|організатор\w*|организатор\w*")),
)


# the heads of bodies that act (run, partner, pay); venues, networks, funds and programmes are
# left to the cue rules, whose wording tells them apart
_BODY_HEAD = re.compile(r"(?:Fundacja|Stowarzyszenie|Urząd|Ministerstwo|Uniwersytet|Instytut|Caritas|"
                        r"Gmina|Klinika|Akademia|Politechnika|Szkoła|Towarzystwo|Związek|"
                        r"University|Foundation|Association|Institute|Ministry|"
                        r"Фонд|Фундація|Асоціація|Ассоциация|Університет|Университет|Інститут|"
                        r"Институт|Міністерство|Министерство|Міжнародна|Международная)\b")


# the stems of those heads in any case ("Fundacji", "Фондом"), to skip sentences quickly
_HEAD_STEM = re.compile(r"Fundacj|Stowarzysze|Urz[ąę]d|Ministerstw|Uniwersyte|Instytut|Caritas|Gmin|Klinik|"
                        r"Akademi|Politechni|Szkoł|Szkol|Towarzystw|Związ|Zwiaz|University|Foundation|"
                        r"Association|Institute|Ministry|[Фф]онд|[Фф]ундац|[Аа]соціац|[Аа]ссоциац|"
                        r"Університет|Университет|Інститут|Институт|Міністерств|Министерств|Міжнародн|"
                        r"Международн")


def mentioned_orgs(text: str, s: int, e: int, lang: str, known: list[OrgRef]) -> list[OrgRef]:
    """Bodies the cue rules missed: a head-word name in a sentence about the project."""
    out: list[OrgRef] = []
    seen = [_tokens(o.name) for o in known if o.name]
    has_lead = any(o.role == "lead" for o in known)
    # cheap tests first: only sentences holding a head word (one scan of the range, shared
    # with the learnt model below)
    sents = org_model.sentences(text, s, e)
    # (and the sentences where a body's people do the work: "wolontariusze z Koła X", whose
    # head the stems above may not hold; one scan of the range gives where such names start)
    staff = _staff_ends(text, s, e)
    more = [(a, b) for a, b in sentences(text, s, e) if any(a <= x <= b for x in staff)] if staff else []
    for ss, se in sorted(set(sents).union(more)) if more else sents:
        if not _HEAD_STEM.search(text, ss, se) and not any(ss <= x < se for x in staff):
            continue
        # no verb of running, or no cue, and the sentence gives no body
        ran = _RAN.search(text, ss, se)
        if not ran and not (any(rx.search(text, ss, se) for _r, rx in _ROLE_CUES)
                            and (_ABOUT_PROJECT.search(text, ss, se) or _STAFF.search(text, ss, se))):
            continue
        find = cyrillic_mentions if is_cyrillic(text[ss:se]) else mentions
        for a, b in find(text, ss, se):
            # cheap tests on the raw words first (a head word, a stated part); the name is put
            # in the nominative only for a body that may be kept
            staffed = a in staff
            if (not staffed and _inside_name(text, a)) or _CONTINUED.match(text, b):
                continue
            if not staffed and not _HEAD_STEM.match(text, a + (text[a] in "„“\"«")):
                continue
            if staffed and not _body_words(text[a:b]):
                continue
            if staffed and text[a - 1] == " " and (n := _NUMERAL_BEFORE.search(text, max(ss, a - 7), a)):
                a = n.start()
            # (ROLE-B: the body's own tag, "X (partner projektu)", "X, lider projektu", beats the cue's)
            role = own_role(text, a, b) or _role_before(text, ss, a) or _subject_role(text, ss, se, a, b)
            if role is None:
                continue  # a body merely named near the project has no stated part in it
            if role == "funder" and past_the_end(text, ss, se, a):
                continue  # it pays for the work once the project is over (afterproject)
            if find is cyrillic_mentions:  # "юристы Фонда провели …": the name ends at its verb
                a, b = _cut_at_verb(text, a, b)
            c = clean_org(text[a:b], lang)
            if c is None or len(c[0].split()) < 2 or not (staffed or _BODY_HEAD.match(c[0])) \
                    or _known(_tokens(c[0]), seen):
                continue
            if staffed and _generic_unit(c[0]):
                continue
            if role == "lead" and has_lead:
                role = "other"
            seen.append(_tokens(c[0]))
            out.append(OrgRef(c[0], role, Span(a, b, "mentioned_org", 0.4), acronym=c[1]))
    out.extend(_learnt(text, sents, lang, seen, has_lead))
    return out


def _staff_ends(text: str, s: int, e: int) -> set[int]:
    """Where a name may start right after the people who do the work ("wolontariusze z
    Okręgowej Rady Adwokackiej", "эксперты Поморской палаты", "advisers from the X Office";
    after a school's ordinal too: "wolontariusze z I Liceum …")."""
    out = set()
    for m in _STAFF.finditer(text, s, e):
        if not _served(text, s, m):
            out.add(m.end())
            n = _NUMERAL.match(text, m.end())
            if n:
                out.add(n.end())
    return out


# people the project serves or thanks, not its doers: the staff noun in the dative plural
# ("dziękujemy wolontariuszom z X", "лекторам") or after "for" ("seminarium dla adwokatów z X",
# "training for lawyers from the X", "для юристов")
_DATIVE = re.compile(r"\w+(?:om|ам|ям)\b")
_FOR_BEFORE = re.compile(r"(?:^|\s)(?:dla|for|для)\s+$", re.IGNORECASE)


def _served(text: str, ss: int, m: re.Match[str]) -> bool:
    return bool(_DATIVE.match(text, m.start())) or bool(_FOR_BEFORE.search(text, max(ss, m.start() - 6), m.start()))


# "wolontariusze z I Liceum Ogólnokształcącego": a school's ordinal stands before its head
_NUMERAL = re.compile(r"[IVX]{1,5}[^\S\n]+")
_NUMERAL_BEFORE = re.compile(r"(?<![\w-])[IVX]{1,5}[^\S\n]+$")


def _body_words(raw: str) -> bool:
    """A body's head word among the name's words, in any case and place ("Okręgowej Rady
    Adwokackiej", "Kraków Municipal Labour Office", "Поморской торгово-промышленной палаты");
    a person's or a town's name has none."""
    words = [w.strip("„”\"«»()") for w in raw.split()[:6]]
    return any(w[:1].isupper() and is_org_head(w) or is_cyrillic(w[:1]) and _cyr_head(w)
               for w in words if len(w) > 2)


def _generic_unit(name: str) -> bool:
    """A two-word Polish name of a kind of unit, its head and one common adjective ("Poradnia
    Rodzinna", "Szkoła Podstawowa"): hundreds of bodies bear it, so without a proper name, a
    number or a town it names no one body (often the page's own unit: "psycholożki z Poradni
    Rodzinnej przy ul. X" on a Caritas page, k02); "Okręgowa Rada Adwokacka w X", "Związek
    Miast Polskich" and "I Liceum …" have more to them."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or is_cyrillic(name[:1]):
        return False
    readings = polish.analyse(words[1])
    return bool(readings) and all(r[2].startswith("adj") for r in readings)


_PROGRAMME = re.compile(r"\b(?:[Pp]rogram\w*|[Пп]рограм\w*)\b")


def _learnt(text: str, sents: list[tuple[int, int]], lang: str, seen: list[set[str]],
            has_lead: bool) -> list[OrgRef]:
    """Bodies neither the cue rules nor the cues above placed, given a role by the model
    learnt from the gold sets (org_model) when it is confident enough."""
    # only where the rules found no body that runs the project: there they missed most, and
    # elsewhere the model's few additions cost more time than they give (leave-one-set-out)
    if org_model.model() is None or has_lead:
        return []
    out = []
    for a, b, ss, se, head in org_model.candidates(text, sents):
        # cheap tests on the raw words first; the name is put in the nominative only if kept
        if _known(_tokens(text[a:b]), seen) or _inside_name(text, a) or _PROGRAMME.search(text, a, b) \
                or org_model.after_person(text, ss, a):
            continue
        got = org_model.role_of(org_model.features(text, ss, se, a, b, head, lang))
        c = clean_org(text[a:b], lang) if got else None
        if c is None or (got[0] == "lead" and has_lead) or _known(_tokens(c[0]), seen):
            continue
        seen.append(_tokens(c[0]))
        out.append(OrgRef(c[0], got[0], Span(a, b, "org_model", round(0.3 * got[1], 2)), acronym=c[1]))
    return out


def _role_before(text: str, ss: int, a: int) -> str | None:
    """The role of the cue nearest before the name, if it is close enough to govern it."""
    best: tuple[int, int, str] | None = None
    # "Dofinansowane przez Unię Europejską | Ministerstwo X": a bar's cell is a logo's caption,
    # and a cue in one cell governs no name in the next
    lo = max(ss, a - _REACH, text.rfind("|", ss, a) + 1)
    for role, rx in _ROLE_CUES:
        for m in rx.finditer(text, lo, a):
            if best is None or m.end() > best[1]:
                best = (m.start(), m.end(), role)
    if best and best[2] == "partner" and names_the_site(text, best[1]):
        return None  # "Partnerzy portalu: Fundacja X": the site's partner, none of the project's
    if best and best[2] == "lead" and _programme_runs(text, ss, best[0]):
        return "other"  # "programu X realizowanego przez Y": Y operates the programme
    return best[2] if best else None


# the nouns a passive "realizowanego przez" may belong to: the nearest one is its subject
_RUN_NOUN = re.compile(r"\b(?:projekt\w*|project\w*|про[еє]кт\w*|zadani\w*|program\w*|konkurs\w*|"
                       r"програм\w*|конкурс\w*)", re.IGNORECASE)


def _programme_runs(text: str, ss: int, cue: int) -> bool:
    """The passive cue belongs to a programme or call, not the project, when the nearest
    such noun before it is a programme's ("w ramach programu „X” realizowanego przez Y")."""
    last = None
    for last in _RUN_NOUN.finditer(text, ss, cue):
        pass
    # only a named one ("programu „Działaj Lokalnie”"): a bare "Program jest realizowany
    # przez X" may be the project's own programme of work
    return bool(last) and last.group().lower().startswith(("program", "konkurs", "програм", "конкурс")) \
        and bool(_NAMED.match(text, last.end()))


_NAMED = re.compile(r"\s+(?:[„“\"«]|[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


# verbs of running a project, past or present ("провів", "реалізує", "zrealizowała", "ran")
_RAN = CI(r"\b(?:провів|провела|провели|провел|реалізу\w*|реалізува\w*|реализу\w*|реализова\w*|"
                  r"realizuje|realizował\w*|zrealizował\w*|prowadzi|prowadził\w*|przeprowadził\w*|"
                  r"ran|runs|implemented|implements|carried\s+out)\b")


def _subject_role(text: str, ss: int, se: int, a: int, b: int) -> str | None:
    """"У 2022–2023 роках Фонд X разом із Фондом Y провів …": the body before the verb of
    running, with no other body before it in the sentence, ran the project."""
    before = text[ss:a]
    if re.search(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]\w*\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]", before):
        return None  # another name stands before it: this one is no subject
    verb = _RAN.search(text, b, se)
    return "lead" if verb and not _RAN.search(text, ss, a) else None


# "Фонда убежища, миграции и интеграции": the name goes on after its comma in lower case (a
# fund's name read up to the comma is a cut-short name, not a body)
_CONTINUED = re.compile(r",\s+[a-zа-яёіїєґ'-]+\s+(?:и|і|та|й|i|and)\s+[a-zа-яёіїєґ'-]+")


def _inside_name(text: str, a: int) -> bool:
    """"Wydział Prawa i Administracji Uniwersytetu Jagiellońskiego": a head word right after a
    capitalised word on the same line is part of a longer name, not a body of its own."""
    before = text[max(0, a - 40):a]
    words = before.split()
    # "(Okręgowa Rada Adwokacka …)": the name's first word may open a bracket or a quote
    return bool(words) and "\n" not in before[len(before.rstrip()) - len(words[-1]) - 1:] and \
        words[-1].lstrip("(„“\"«[")[:1].isupper() and not words[-1].endswith((".", ":", ";", ")"))


def _tokens(name: str) -> set[str]:
    return {t for t in re.split(r"\W+", name.casefold()) if t}


def _known(tokens: set[str], seen: list[set[str]]) -> bool:
    """Same body as one already found (the same words, or most of them: an inflected form)."""
    return any(len(tokens & t) * 2 >= min(len(tokens), len(t)) + 1 or tokens <= t or t <= tokens
               for t in seen)
