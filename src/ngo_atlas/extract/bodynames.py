"""Fallback: every full personal name in a project's body text, with a role read from nearby words."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.keyslot import asks_key, slot_key
from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.extract.partnerside import partner_side_coordinator
from ngo_atlas.extract.presscontact import contact_line
from ngo_atlas.lang import polish
from ngo_atlas.model import PersonRef, Span

_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
# two or three capitalised words; a hyphen joins double surnames ("Kowalczyk-Liu")
_CANDIDATE = re.compile(rf"(?<![\w.-])[{_UP}][\w'’]+(?:-[{_UP}][\w'’]+)?"
                        rf"(?:[^\S\n][{_UP}][\w'’]+(?:-[{_UP}][\w'’]+)?){{1,2}}")
# words before a name that make it part of another name: a patron, a street, a saint
# (and a patron's title between: "im. adw. X", "im. ks. Y", "im. prof. Z")
_PATRON = re.compile(r"(?:\b(?:im|ul|al|pl|św|bł|os|ім|им|вул|ул)\.|\bimienia|імені|имени|\bulic[ayę]|\baleja|\bplac)"
                     r"(?:\s*\b(?:adw|dr|prof|ks|gen|kard|abp|bp|mec|płk|hetm|św|bł)\.)*\s*$",
                     re.IGNORECASE)
# "w"/"we"/"в"/"у" right before capitalised words: a place in the locative, never a person
# a photo credit before the name
_CREDIT = re.compile(r"(?:\bfot\.|\bfoto|\bzdjęci[ea]|\bphotos?(?:\s+by)?|\bphotograph(?:y|s)?(?:\s+by)?|"
                     r"\bcredit|фото|світлин[аи]|автор\s+фото)\s*[:.]?\s*$", re.IGNORECASE)
# a spokesperson or press officer right before the name (the institution's, not the project's)
_SPOKESPERSON = re.compile(r"(?:rzeczni(?:k|czka|ka)\w*\s+prasow\w*|spokes(?:person|woman|man)|press\s+officer|"
                           r"пресс-секретар\w*|прес-секретар\w*|речни(?:к|ця)\w*)[,:]?\s+(?:\S+\s+){0,2}$",
                           re.IGNORECASE)
_SPOKESPERSON_AFTER = re.compile(r"\s*[,–—-]\s*(?:the\s+)?(?:rzeczni(?:k|czka)\w*\s+prasow\w*|press\s+officer|"
                                 r"spokes(?:person|woman|man)|пресс-секретар\w*|прес-секретар\w*)", re.IGNORECASE)
# a board office of the publishing body beside the name, as a statutory report or its signature
# sets it ("X – Prezeska Zarządu", "Skarbnik – Y", "X, President of the Board"): the body's officer
_BOARD_OFFICE = (r"(?:(?:wice)?prezes\w*|członek|członk\w*|sekretarz\w*)\s+zarządu|skarbnik\w*|"
                 r"(?:vice[\s-]?)?(?:president|chair\w*|member)\s+of\s+the\s+board|board\s+member|treasurer|"
                 r"(?:голова|член|заступни\w+\s+голови)\s+правління|(?:председатель|член)\s+правления|скарбни\w+|казначе\w+")
_BOARD_AFTER = re.compile(rf"[^\S\n]*[,–—-][^\S\n]*(?:{_BOARD_OFFICE})(?![^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])", re.IGNORECASE)
_BOARD_BEFORE = re.compile(rf"(?<![\w])(?:{_BOARD_OFFICE})[^\S\n]*[:–—-][^\S\n]*$", re.IGNORECASE)
_PLACE_PREP = re.compile(r"(?<![\w-])(?:[wW]e?|[вВуУ])[^\S\n]+$")
# a festival's head by office ("Dyrektorka festiwalu", "Kuratorka festiwalu: X", "Festival
# director: X"; an artistic director stays other): the coordinator where the festival is the
# project, other beside the project's own coordinator (_festival_head_role)
_FESTIVAL_HEAD_CUE = (r"dyrektor\w*\s+festiwalu|director\s+of\s+the\s+festival|kurator\w*\s+festiwalu|"
                      r"festival\s+(?:director|curator)")
# role cues, checked nearest-first around the name (lowered text)
_ROLE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coordinator", re.compile(r"koordynator\w*|dyrektor\w*\s+(?:projektu|programu)|director\s+of\s+the\s+project|"
                               + _FESTIVAL_HEAD_CUE +
                               r"|koordynuj\w*|kierowni\w*|coordinat\w*|project\s+manager|principal\s+investigator|"
                               r"координатор\w*|координу\w*|координиру\w*|керівни\w*|руководител\w*|"
                               # who heads or leads it: "projektem kieruje", "liderka projektu"
                               r"kieruje|kierował\w*|lider\w*\s+projektu|руководит\w*|руководил\w*|"
                               r"керує|керувал\w*|очолю\w*|project\s+lead\w*")),
    ("expert", re.compile(r"(?:po)?prowadz(?!eni)\w*|prowadził\w*|ekspert\w*|trener\w*|prelegent\w*|"
                          r"prawni\w*|juryst\w*|doradc\w*|doradz\w*|psycholo\w*|wykładow\w*|"
                          r"expert\w*|trainer\w*|lawyer\w*|speaker\w*|юрист\w*|консультант\w*|експерт\w*|"
                          r"эксперт\w*|тренер\w*|психолог\w*|адвокат\w*|adwokat\w*|"
                          r"\bvedu\w*|ведуч\w*|ведущ\w*|провод\w*|провел\w*|провела\w*|"
                          # advisers: "z doradczynią", "з кар'єрною радницею", "советник", "adviser"
                          r"радни\w*|советни\w*|advis[eo]r\w*|counsell?or\w*|"
                          # the psychologist's kin, as _INNER_ROLES has them: "(psycho)terapeutka X",
                          # "Арт-терапевтка — X", "psychiatrist X", "психіатр X"
                          r"terapeut\w*|therapist\w*|терапевт\w*|psychiatr\w*|психиатр\w*|психіатр\w*|"
                          # a lawyer's title: "adw. X", "mec. X", "r. pr. X", "r.pr. X" (an
                          # advocate's or legal adviser's: the read sets' gold never has one as other)
                          r"(?<![\w.])(?:adw|mec|r\.\s?pr)\.")),
    ("contact", re.compile(r"kontakt\w*|informacji\s+udziela\w*|contact\w*|контакт\w*|звертайтеся|"
                           r"обращайтесь")),
    ("author", re.compile(r"autor\w*|author\w*|opracowa\w*|автор\w*|written\s+by")),
    # a cultural or intercultural mediator accompanies families and schools: a part in the project
    # the golds keep as other (14 of 16 read cases; the two experts were named leading a training),
    # yet the word vouches for a foreign name as any role word does
    ("other", re.compile(r"mediator\w*|медіатор\w*|медиатор\w*")),
)
_WINDOW = 60


def find_body_names(text: str, s: int, e: int, lang: str, stop: frozenset[str],
                    is_org_head, found: list[PersonRef] = ()) -> list[PersonRef]:
    """Full personal names in text[s:e] in the nominative, each with a role from its context.

    A fallback after the cue-based rules: it only needs the morphology to say the first word is
    a first name, so it reaches names written into prose in any case ("Pani Larysie Kowalczuk")."""
    out: list[PersonRef] = []
    listed = [p for p in found if p.span]
    for m in _CANDIDATE.finditer(text, s, e):
        words = m.group().split()
        found = _name_words(words, lang, stop, is_org_head)
        if found is None or _PATRON.search(text[max(s, m.start() - 12):m.start()]):
            continue
        if _CREDIT.search(text, max(s, m.start() - 24), m.start()):
            continue  # "Fot. Anna Nowak", "Фото: Анна Ковальская": who took the picture
        if _PLACE_PREP.search(text, max(s, m.start() - 4), m.start()):
            continue  # "mieszkających w Tomaszowie Lubelskim": a town in the locative
        press = _SPOKESPERSON.search(text, max(s, m.start() - 40), m.start()) or \
            _SPOKESPERSON_AFTER.match(text, m.end())
        if press and not contact_line(text, m.start()):
            continue  # "– mówi rzecznik prasowy Beata X": the press office, not the project
        if _BOARD_AFTER.match(text, m.end()) or _BOARD_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "X – Prezeska Zarządu", "Skarbnik – Y": the body's board, not the project
        a = m.start() + m.group().find(found)
        b = a + len(found)
        if (_org_before(text, a, is_org_head) and not _nominative_first(found)) \
                or _in_other_name(text, a, b, is_org_head):
            continue
        # "Rzeczniczka prasowa: X, media@…", "X, rzecznik prasowy\ntel. …": whom the press writes to
        role = "contact" if press else \
            _role_near(text, a, b) or _listed_after(text, a, listed + out) or _agenda_role(text, a)
        if role == "other" and not press:  # a mediator's word: the list she closes may name her part
            role = _listed_after(text, a, listed + out) or role
        courtesy = _COURTESY_BEFORE.search(text, max(s, a - 8), a) is not None
        # a key's whole value ("Umawia: Iryna X", "Psycholożka: Oksana Y"): the key vouches for a
        # foreign name as a role word does, and its own words may name the role
        key = slot_key(text, a, b) if _foreign_first(found, lang) else None
        if role is None and key is not None:
            role = _key_role(key)
        if role is None and not _native_first(found.split()[0], lang) and not courtesy and key is None:
            continue  # an unknown foreign first name counts only beside a role word (or "Pana X")
        if lang == "en" and not _native_first(found.split()[0], lang) and not _role_near(text, a, a) \
                and key is None and not press:
            continue  # in English only a role word before it ("trainer Mary Brown"): capitalised
            # common words abound there ("Safe Childhood – Psychological Support")
        name = _nominative(found, lang)
        out.append(PersonRef(name, role or "other", None, None, None, Span(a, b, "body_name", 0.45)))
    return out


def _foreign_first(found: str, lang: str) -> bool:
    """A Latin-script name whose first word the Polish dictionary does not know as a first name
    but the Russian or Ukrainian one does, spelled back ("Iryna Melnyk", "Mikita Z"): read as a
    person's name (people._foreign_name); capitalised English pairs ("Social Cohesion") are not."""
    from ngo_atlas.extract.people import _foreign_name
    from ngo_atlas.lang.cyrillic_names import is_transcribed_first_name

    words = found.split()
    return not _native_first(words[0], lang) and is_transcribed_first_name(words[0]) and _foreign_name(words)


def _key_role(key: str) -> str | None:
    """The role a key's own words name ("Methodology lead", "Informacje po ukraińsku")."""
    low = key.lower()
    for role, rx in _ROLE_CUES:
        if rx.search(low):
            return role
    return "contact" if asks_key(key) else None


# between two names of one list: an affiliation in brackets, a comma or a conjunction
_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,80}\)\s*)?(?:,|\bi\b|\boraz\b|\band\b|\bта\b|\bі\b|\bи\b|\bй\b)"
                       r"\s*(?:(?:dr|hab\.|prof\.|mgr|Dr|Prof\.)\s*)*")


def _listed_after(text: str, a: int, people: list[PersonRef]) -> str | None:
    """"Autorzy: X (ISP), Y": a name listed right after a person takes that person's role,
    unless that role is written in her own brackets ("Warsztaty prowadziły: X (koordynatorka),
    Y i Z", "Zespół: dr X (kierownik projektu), dr Y"): then the list's own role, the one the
    cue before her gives, or other."""
    for p in people:
        if p.span and p.span.end < a and _LIST_GAP.fullmatch(text, p.span.end, a):
            if not _own_bracket_role(text, p.span.end, a):
                return p.role
            return _role_near(text, p.span.start, p.span.start) or _listed_after(
                text, p.span.start, [q for q in people if q is not p]) or "other"
    return None


_GAP_BRACKET = re.compile(r"\s*\(([^()\n]{0,80})\)")


def _own_bracket_role(text: str, end: int, a: int) -> bool:
    """The bracket right after a listed person (before the next name at a) names a role."""
    m = _GAP_BRACKET.match(text, end, a)
    return bool(m) and any(rx.search(m.group(1).lower()) for _role, rx in _ROLE_CUES)


_TIME_LINE = re.compile(r"[^\S\n]*\d{1,2}[:.]\d{2}\b")
_CHAIR = re.compile(r"otwarci|powitani|zamknięci|moderac|opening|welcome|closing|moderat", re.IGNORECASE)


def _agenda_role(text: str, a: int) -> str | None:
    """A name on a talk of an event's timed agenda, or on the indented line under it, gives
    that talk (expert); one who opens or chairs has a role but gives no talk."""
    ls = text.rfind("\n", 0, a) + 1
    line = text[ls:a]
    if not _TIME_LINE.match(line):
        prev = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1:max(ls - 1, 0)]
        if not (line[:1] in " \t" and _TIME_LINE.match(prev)):
            return None
        line = prev
    return "other" if _CHAIR.search(line) else "expert"


_COURTESY = frozenset({"pan", "pana", "panu", "panem", "panie", "pani", "panią", "państwo", "państwa",
                       "пан", "пана", "пану", "пані", "господин", "господина", "госпожа", "mr", "mrs", "ms"})


_COURTESY_BEFORE = re.compile(r"(?<![\w])(?:Pan|Pana|Panu|Panem|Pani|Panią|Пан|Пана|Пану|Пані)\s+$")


def _name_words(words: list[str], lang: str, stop: frozenset[str], is_org_head) -> str | None:
    """The first name + surname inside a run of capitalised words (a title may precede them)."""
    for k in range(len(words) - 1):
        first, sur = words[k], words[k + 1]
        if first.lower() in _COURTESY or sur.lower() in _COURTESY:
            continue  # "do Pana Mykoły Szewczenki": the courtesy title in any case, no name
        if first.lower() in stop or sur.lower() in stop or is_org_head(first) or is_org_head(sur):
            continue
        if (_first_name(first, lang) or _name_with_surname(first, sur)) and _surname(sur, lang):
            return f"{first} {sur}"
    return None


def _name_with_surname(first: str, sur: str) -> bool:
    """"Paweł Zieliński": a first name whose commoner reading is a common noun ("paweł")
    still opens a name when a known surname follows it."""
    # (both in the nominative: "Sala Kowalskiego" is a room named after someone)
    return first.istitle() and not is_cyrillic(first) and any(
        "nazwisko" in t[3] and ":nom" in t[2] for t in polish.analyse(sur)) and any(
        "imię" in t[3] and ":sg:nom" in f":{t[2]}" for t in polish.analyse(first))


@lru_cache(maxsize=50_000)  # asked of every word pair of every capitalised run, per project
def _first_name(word: str, lang: str) -> bool:
    if "-" in word or not word.istitle():
        return False
    if is_cyrillic(word):
        return _cyr_known(word, "Name")
    if polish.is_first_name(word):
        # "Cele", "Sala": a word whose usual reading is a common noun opens no name in prose;
        # "Paulina" (first read as a name, rarely as the noun "paulin") does
        readings = polish.analyse(word)
        if not any("imię" in t[3] and ":sg:" in f":{t[2]}:" for t in readings):
            return False  # "Piotrków" (Trybunalski): a first name only in the plural, "Piotrków"
        return "imię" in readings[0][3] or not any("nazwa_pospolita" in t[3] for t in readings)
    # "Olena", "Mary": a Latin-script first name the Polish dictionary does not know
    return word.isalpha() and not polish.is_known(word)  # kept only beside a role word (below)


@lru_cache(maxsize=50_000)
def _cyr_known(word: str, grammeme: str) -> bool:
    """The ru or uk dictionary knows the word with this grammeme (guesses do not count)."""
    from ngo_atlas.lang.slavic import word_is_known, word_parses

    return any(word_is_known(p.word, lg) and grammeme in p.tag
               for lg in ("uk", "ru") for p in word_parses(word, lg))


def _native_first(word: str, lang: str) -> bool:
    return is_cyrillic(word) or polish.is_first_name(word)


@lru_cache(maxsize=50_000)
def _surname(word: str, lang: str) -> bool:
    parts = word.split("-")
    if not all(p.isalpha() and p.istitle() for p in parts):
        return False  # "Jana Pawła II": a numeral, an acronym
    if is_cyrillic(word):
        from ngo_atlas.lang.slavic import word_is_known, word_parses

        # "Сергей Петренко": a known surname, or a word no dictionary knows
        return all(_cyr_known(p, "Surn") or not any(word_is_known(x.word, lg) for lg in ("uk", "ru")
                                                    for x in word_parses(p, lg)) for p in parts)
    return all(polish.is_surname(p) or not polish.is_known(p)
               or not (polish.is_first_name(p) or polish.is_geo(p)) for p in parts)


def _org_before(text: str, pos: int, is_org_head) -> bool:
    """"Fundacja Stefana Batorego", "Університету Марії Кюрі-Склодовської": a patron inside a
    body's name (its head word one or two words before)."""
    before = text[max(0, pos - 40):pos].split()
    return bool(before) and (_head(before[-1], is_org_head) or (
        len(before) > 1 and _head(before[-2], is_org_head) and before[-1][:1].isupper()))


def _nominative_first(name: str) -> bool:
    """A patron in a body's name stands in the genitive ("Fundacja Stefana Batorego"); a first
    name with no singular genitive reading ("prezeska fundacji Natalia Nowak", "Krzysztof")
    names a person after their office, not the body's patron."""
    first = name.split()[0]
    if is_cyrillic(first):
        return False
    tags = [t for _o, _l, t, names in polish.analyse(first) if "imię" in names]
    return bool(tags) and not any(t.startswith("subst:sg:") and "gen" in t.split(":")[2] for t in tags)


def _head(word: str, is_org_head) -> bool:
    word = word.strip("„”\"'(),.;:«»")
    if not word:
        return False
    word = word[:1].upper() + word[1:]
    if is_org_head(word):
        return True
    if is_cyrillic(word):
        from ngo_atlas.lang.slavic import lemma

        return any(is_org_head(lemma(word, lg).capitalize()) for lg in ("uk", "ru"))
    return False


def _in_other_name(text: str, a: int, b: int, is_org_head) -> bool:
    """The name sits inside a quoted title or body name, heads an English body's or place's name
    ("Stefan Batory Foundation", "the Zbigniew Herbert Provincial Library", "Adam Mickiewicz
    Monument"), or ends a couple's name in the plural ("Fundacji Hanny i Jerzego Wolskich",
    "Фонда Ирены и Ежи Ковальских"): no one person is named."""
    line = text[text.rfind("\n", 0, a) + 1:a]
    if sum(line.count(q) for q in "„«“") > sum(line.count(q) for q in "”»"):
        return True
    if _PLURAL_SURNAME.search(text, a, b) and (
            not is_cyrillic(text[a:b]) or _COUPLE_AND.search(text, max(0, a - 30), a)):
        return True  # (a Russian surname may end so: in Cyrillic only a couple's, "Ирены и Ежи X")
    nxt = text[b:b + 40].split()
    return bool(nxt) and nxt[0][:1].isupper() and (
        _head(nxt[0], is_org_head) or nxt[0].strip("),.;:") in _FOREIGN_HEADS
        or nxt[0].strip("),.;:") in _NAMED_AFTER_HEADS)


# heads of German names ("Robert Bosch Stiftung") that follow the patron's name
_FOREIGN_HEADS = frozenset({"Stiftung", "Verein", "Verband", "Gesellschaft", "Institut", "Fonds"})
# English words after a patron's name that make it a body's or a place's name
_NAMED_AFTER_HEADS = frozenset({"Provincial", "Municipal", "Regional", "Memorial", "Monument", "Square", "Street",
                                "Avenue", "Park", "Bridge", "Prize", "Award", "Scholarship", "Hall", "Airport"})
# a surname in the genitive plural, a family's or a couple's ("Wolskich", "Kowalskich", "Ковальских"):
# a single person's surname never ends so
_PLURAL_SURNAME = re.compile(r"(?:[sc]kich|dzkich|ских|цких|зких|ських|цьких|зьких)\b")
# a first name and a conjunction before the couple's second one ("Ирены и ", "Ірини та ")
_COUPLE_AND = re.compile(r"\w+[^\S\n]+(?:и|і|та|i|and)[^\S\n]+$")


def _role_near(text: str, a: int, b: int) -> str | None:
    """The role named by a cue right beside the name: before it ("koordynatorka X", "poprowadzą
    m.in. X") or after a comma or dash ("X – koordynatorka"). A cue further off in the sentence
    ("X, która poprowadziła warsztaty") describes a helper, not a role in the project."""
    if _coordinator_is(text, a) or partner_side_coordinator(text, a):
        return "coordinator"
    before = text[max(0, a - _WINDOW):a].lower()
    after = text[b:b + _WINDOW].lower()
    for role, rx in _ROLE_CUES:
        for m in rx.finditer(before):
            gap = before[m.end():]
            if "\n" in gap and ":" not in gap.split("\n", 1)[0]:
                continue  # "… | NEWS | CONTACT\n\nINCLUDE – Inclusive …": a menu word on a line above
            if _BETWEEN_BEFORE.fullmatch(gap) or _LABEL_LIKE.fullmatch(gap):
                return _festival_head_role(role, m.group(), text)
            # "Projekt koordynuje prezeska fundacji X", "koordynujący projekt pełnomocnik
            # prezydenta miasta X": the verb, then the person's office in lowercase words
            if role == "coordinator" and _VERB_CUE.match(m.group()) and \
                    _OFFICE_GAP.fullmatch(text, a - (len(before) - m.end()), a):
                return role
        m = rx.match(after, len(after) - len(after.lstrip(" \t,–—-(:")))
        if m and _BETWEEN_AFTER.fullmatch(after[:m.start()]):
            return _festival_head_role(role, m.group(), text)
    return None


# a festival's head by office (the cue above), and the project's own coordinator named on the page
_FESTIVAL_HEAD = re.compile(rf"(?:{_FESTIVAL_HEAD_CUE})")
_PROJECT_COORDINATOR = re.compile(r"(?i)(?:koordynator\w*|coordinator|координатор\w*)\s+(?:projektu|of\s+the\s+project|"
                                  r"про[єе]кт[уа])|project\s+coordinator")


def _festival_head_role(role: str, cue_text: str, text: str) -> str:
    """A festival's head heads the project where the festival is the project; where the page
    names the project's own coordinator too ("Project coordinator: X … Festival director: Y",
    workshops shown at a festival), the festival's head is someone else's: other."""
    if role == "coordinator" and _FESTIVAL_HEAD.fullmatch(cue_text) and _PROJECT_COORDINATOR.search(text):
        return "other"
    return role


# the coordinator as a copula's subject, with where or for whom she coordinates between:
# "Koordynatorem projektu po stronie Centrum X jest Y", "Osobą koordynującą program w Urzędzie
# jest Pani Y", "Osobą odpowiedzialną za koordynację projektu w urzędzie jest pan Y", "The project
# coordinator in Gdańsk is Y", "Координатором проекта в Люблине является Y"
_COORD_SUBJECT = re.compile(
    r"(?<![\w])(?:koordynator\w*|koordynując\w*|kierowni(?:k|czk)\w*|coordinator|project\s+manager|"
    r"координатор\w*|координуюч\w*|керівни\w*|руководител\w*|"
    r"odpowiedzialn\w*\s+za\s+(?:\w+\s+)?(?:projekt|program|zadani)\w*|"
    r"responsible\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:project|programme|program)|"
    r"відповідальн\w*\s+за\s+(?:\w+\s+)?(?:про[єе]кт|програм)\w*|"
    r"ответственн\w*\s+за\s+(?:\w+\s+)?(?:проект|программ)\w*)")
_QUALIFIED_COPULA = re.compile(
    r"(?:[^\S\n]+(?:projektu|programu|zadania|project|про[єе]кту|проекта|програми|программы|program|projekt))?"
    r"[^\S\n]+(?:po\s+stronie|ze\s+strony|z\s+ramienia|w|we|na|in|at|for|from|з\s+боку|зі\s+сторони|"
    r"со\s+стороны|від|от|в|у)(?:[^\S\n]+[^\s:;,.]+){1,4}?"
    r"\s+(?:jest|był[aoy]?|is|was|є|являєтьс\w*|является|был[аи]?|була|був)"
    r"(?:[^\S\n]+(?:pani[ąe]?|pan(?:a|em)?|p\.|dr\.?|hab\.|prof\.|mgr|ks\.|mr\.?|ms\.?|mrs\.?))*\s*")


def _coordinator_is(text: str, a: int) -> bool:
    """The name at a completes "<the coordinator> <where> <is>" (_COORD_SUBJECT's sentences)."""
    wide = text[max(0, a - 120):a].lower()
    return any(_QUALIFIED_COPULA.fullmatch(wide, m.end()) for m in _COORD_SUBJECT.finditer(wide))


# what may stand between a cue and the name after it: a colon, a title, "m.in."
_BETWEEN_BEFORE = re.compile(r"(?:\s*(?:[:–—-]|projektu|zadania|project|m\.in\.|pani[ąe]?|pan(?:a|em)?|dr|hab\.|"
                             r"prof\.|mgr|ks\.|[\w-]+(?:ą|ę|ego|ej|ym|ymi|ów|om)?|[\w]+\.))?"
                             # a copula after a plural cue: "Autorami raportu są dr X"
                             r"(?:\s*(?:są|jest|był[aoy]?|byli|is|are|was|were|є|являются|является))?"
                             r"(?:\s*(?:m\.in\.|pani[ąe]?|pan(?:a|em)?|dr|hab\.|prof\.|mgr|ks\.))*\s*[:–—-]?\s*")
# "Руководитель проекта в МОМ Польша — X", "Principal Investigator at CMR: Dr X": a role
# written as a label, its qualifiers before a colon or dash that introduces the name
_LABEL_LIKE = re.compile(r"[^.;:\n–—]{0,40}\s[:–—]\s*(?:(?:dr|hab\.|prof\.|mgr)\s*)*|"
                         r"[^.;:\n–—]{0,40}:\s*(?:(?:dr|hab\.|prof\.|mgr)\s*)*")
# a verb of coordinating or heading (not a role noun), and the office words after it
_VERB_CUE = re.compile(r"koordynuj|kieruje|координу|координиру|керує|руководит|coordinated")
_OFFICE_GAP = re.compile(r"(?:[^\S\n]+[a-ząćęłńóśźżа-яёіїєґ'’-]+){1,5}[^\S\n]+")
_BETWEEN_AFTER = re.compile(r"\s*(?:,|[–—-]|\()\s*")


def _nominative(name: str, lang: str) -> str:
    if is_cyrillic(name):
        return cyrillic_person_nominative(name, lang)
    return foreign_nominative(polish.person_nominative(name), lang)


def cyrillic_person_nominative(name: str, lang: str) -> str:
    """A Cyrillic person's name in the nominative, read by the page's dictionary (Russian for
    a Russian or a Polish page), or by the Ukrainian one where only it knows the first name."""
    from ngo_atlas.lang.slavic import nominative

    return nominative(name, "uk" if lang == "uk" or _uk_first_name_only(name) else "ru")


def _uk_first_name_only(name: str) -> bool:
    """The first word is a first name in the nominative only to the Ukrainian dictionary, and
    the Russian one reads it as no name ("Мацей", Maciej: Russian's instrumental of "маца"):
    the Russian reading would decline the name into a common noun ("Маца Сикорский")."""
    from ngo_atlas.lang.slavic import word_parses

    low = name.split()[0].lower()
    ru = word_parses(low, "ru")[:2]
    return not any("Name" in p.tag for p in ru) and any(
        "Name" in p.tag and "nomn" in p.tag for p in word_parses(low, "uk")[:2])


# a woman's first name the Polish dictionary does not know ("Iryna", "Oksana", "Ołena"),
# declined in Polish prose like any noun in -a: "Irynie" (dat/loc), "Iryną", "Irynę", "Iryny"
# (only after one consonant where the ending is unambiguous: "-rze", "-cie", "-le" could be a
# man's locative; "Dmitry", "Jenny", "Connie" keep theirs; Polish text only: "Rosie" in English)
_FEM_OBLIQUE = re.compile(r"(?<=[aeiouy][bfmnpswzł])(?:ie|y)$|(?<=\w\w)[ąę]$")
# her surname: adjectival ones decline ("Kowalskiej", "Kowalską"), foreign ones do not
_FEM_ADJ_SURNAME = polish.FEM_ADJ_SURNAME  # also "Sokołowej", "Iwanową" (-owa, -ewa, -ina, -yna)


def foreign_nominative(name: str, lang: str) -> str:
    """'Irynie Melnyk' -> 'Iryna Melnyk': a foreign woman's name in an oblique case in Polish
    text, which Morfeusz cannot put in the nominative because it does not know the name."""
    words = name.split()
    if lang != "pl" or len(words) < 2 or polish.is_known(words[0]) or not words[0].isalpha():
        return name
    if len(words) == 2 and _MASC_GEN_FIRST.search(words[0]) and _MASC_GEN_SURNAME.search(words[1]):
        # a foreign man's name in the genitive/accusative ("Ahmada Rahimiego", "Luisa
        # Herrery"): the first name takes -a after a consonant stem, the surname the
        # adjectival -ego or the -a noun's -y, neither of which a woman's nominative shows
        return " ".join([words[0][:-1], _masc_surname_nominative(words[1])])
    first = _FEM_OBLIQUE.sub("a", words[0])
    if first == words[0]:
        return name
    # a Ukrainian surname in -enko declines like a feminine noun: "Szewczenki" -> "Szewczenko"
    return " ".join([first, *(_ENKO.sub("enko", _FEM_ADJ_SURNAME.sub("a", w)) for w in words[1:])])


_MASC_GEN_FIRST = re.compile(r"(?<=[aeiouy][bdfgklmnprstvzł])a$")
_MASC_GEN_SURNAME = re.compile(r"(?<=\w\w)(?:iego|(?<![sc]k)(?<!dzk)ego|(?<=[rlnmdtv])y)$")


def _masc_surname_nominative(word: str) -> str:
    if word.endswith("iego"):
        return word[:-3]
    if word.endswith("ego"):
        return word[:-3] + "y"
    return word[:-1] + "a"


_ENKO = re.compile(r"(?<=\w\w)enk(?:i|ę|ą|ce)$")
