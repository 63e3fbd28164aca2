"""Name phrases in running text: split lists of names, clean them, put them in the nominative."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.lang import polish

_QUOTES = "„”“\"«»‚‘’"
_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
# List separators: a comma, or a conjunction before a new name.
# (ORG-L: the arrows "›", "→", "►" open a list's line as bullets do: "Współpracowaliśmy z:\n› X,\n› Y")
_SEP = re.compile(r"\s*(?:[,;]|[^\S\n]·(?=[^\S\n])|\n\s*(?:[•*●·–—▪◦›→►-]|\d{1,2}[.)])\s|\s(?:oraz|i|a także|and|&|и|і|та|также)\s)\s*",
                  re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
# an informal group named by its kind and a quoted name: "nieformalna grupa „X”", "the informal
# group "X"", "ініціативна група «X»" (group 1: the name with its quotes)
INFORMAL_GROUP = re.compile(r"(?:the\s+|an?\s+)?(?:[a-ząćęłńóśźżа-яёіїєґ'-]+\s+)?(?:grup[aąy]|group|груп[аиу]|"
                            r"inicjatyw[aąy]|initiative|ініціатив[аиу]|инициатив[аыу])(?:\s+[a-ząćęłńóśźżа-яёіїєґ'-]+)?\s+"
                            r"([„“\"«][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^„”“\"«»\n]*[”“\"»])", re.IGNORECASE)
# a name's last words are its seat: "… w Przemyślu", "… we Wrocławiu" (up to a conjunction)
_SEATED = re.compile(r"\s(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s*$")
# Lowercase words allowed inside a Latin-script name ("Instytut na rzecz Państwa Prawa").
_CONNECT = {"na", "rzecz", "im.", "dla", "of", "for", "the", "and", "de", "du", "der", "für",
            "z", "ze", "w", "we", "do", "i", "praw", "on", "nad", "spraw", "ds.", "przy", "im", "ds", "św", "in",
            "pw.", "pw",  # "Parafia pw. św. Stanisława": "pod wezwaniem", a parish's patron
            # "Lekarze bez Granic", "Doctors without Borders", "Fundacja przeciwko Handlowi Ludźmi"
            "bez", "without", "przeciwko", "against"}
# English heads written with their seat ("Museum in Tarnów", "Association in Poland")
_EN_SEAT = {"museum", "embassy", "consulate", "office", "branch", "centre", "center", "library",
            "association", "school", "parish"}
# A body's branch named after the body itself ("… – Oddział Okręgowy w Krakowie", "… Filia w X")
BRANCH_HEADS = polish.BRANCH_HEADS
_SEAT_HEADS = {"szkoła", "ośrodek", "parafia", "urząd", "akademia", "uniwersytet", "przedszkole",
               "dom", "centrum", "oddział", "biuro", "ambasada", "konsulat", "przedstawicielstwo",
               "instytut", "wydział", "poradnia", "biblioteka", "muzeum",
               # offices and local bodies named by their seat ("Starostwo Powiatowe w Giżycku")
               "starostwo", "agencja", "izba", "kuria", "koło", "świetlica",
               # public units whose official names end with their seat ("Komenda Wojewódzka
               # Policji w Katowicach", "I Liceum Ogólnokształcące w Sanoku", "Zespół Szkół w X")
               "komenda", "kuratorium", "liceum", "zespół", "klub", "sąd", "prokuratura", "placówka",
               "szpital", "żłobek", "gimnazjum", "technikum", "politechnika", "komisariat", "zakład",
               "teatr", "filharmonia", "filia"}


def is_cyrillic(s: str) -> bool:
    return bool(_CYR.search(s))


# a quote mark between two letters is an apostrophe ("Об’єднання", "сім’ї", "Union’s"): a word's own
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’‘](?=[^\W\d_])")


@lru_cache(maxsize=50_000)  # ~6 calls a document, most on names seen before
def strip_quotes(s: str) -> str:
    s = s.strip()
    kept = _APOSTROPHE.sub("\x00", s) if "’" in s or "‘" in s else s
    for q in _QUOTES:
        kept = kept.replace(q, "")
    return rstrip_name(re.sub(r"\s+", " ", kept.replace("\x00", "’")).lstrip(" ,.;:-–"), " ,.;:-–")


def rstrip_name(s: str, chars: str = " .,;:") -> str:
    """s.rstrip(chars), but a name ending in an abbreviation written with inner stops (the legal
    forms "sp. z o.o.", "S.A.", "sp.k.", "s.c.", "e.V.", "s.r.o.", "d.o.o.") keeps its final
    stop: the stop is the abbreviation's, not the sentence's."""
    out = s.rstrip(chars)
    if s[len(out):len(out) + 1] == "." and "." in out[-4:] and _DOTTED_END.search(out):
        return out + "."
    return out


def form_stop_end(text: str, b: int) -> int:
    """A name span's end b, moved past the stop of a dotted legal form that ends it ("… S.A|.")."""
    if text[b:b + 1] == "." and "." in text[max(0, b - 4):b] and _DOTTED_END.search(text, max(0, b - 12), b):
        return b + 1
    return b


# the last word is a dotted abbreviation of one- or two-letter groups ("o.o", "S.A", "sp.j", "e.V")
_DOTTED_END = re.compile(r"(?<![\w.])(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")


_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]?")
_BRACKETS_OUT = re.compile(r"\s*[(\[][^()\[\]]*(?:[)\]]|$)")
_SPACES = re.compile(r"\s+")


def split_parenthetical(s: str) -> tuple[str, list[str]]:
    """'Janina Owczarek (IOM)' -> ('Janina Owczarek', ['IOM'])."""
    if "(" not in s and "[" not in s:  # most names: no bracket, no regex pass for one
        return _SPACES.sub(" ", s).strip(), []
    inner = _BRACKETED.findall(s)
    outer = _BRACKETS_OUT.sub(" ", s)
    return _SPACES.sub(" ", outer).strip(), [i.strip() for i in inner if i.strip()]


# Polish cardinal numerals opening a count of bodies: "cztery organizacje", "kilku partnerów"
_PL_COUNT = re.compile(r"(?:dwa|dwie|dwóch|dwoma|trzy|trzech|cztery|czterech|pięć|pięciu|sześć|sześciu|siedem|"
                       r"siedmiu|osiem|ośmiu|dziewięć|dziewięciu|dziesięć|dziesięciu|kilka|kilku|kilkoma|"
                       r"kilkanaście|kilkunastu|kilkadziesiąt|kilkudziesięciu)$")


def split_items(text: str, s: int, e: int, conj_ok=None) -> list[tuple[int, int]]:
    """Split a list of names ("A, B i C") into item spans. A conjunction splits only
    where ``conj_ok(next_word)`` says a new name starts (default: a capital letter), so
    "Uchodźcy.Info i Chlebem i Solą" can stay one name."""
    out, pos = [], s
    protected = _protected(text, s, e)
    for m in _SEP.finditer(text, s, e):
        if _inside_brackets(text, pos, m.start()) or any(a <= m.start() < b for a, b in protected):
            continue
        # "… oraz – od teraz – Stowarzyszenie X": an aside between dashes after the conjunction
        # (not a dash that opens the next line: that is the next item's bullet, "…;\n— X — opis")
        aside = _ASIDE.match(text, m.end()) if text.startswith(("–", "—"), m.end()) and "\n" not in m.group() else None
        after = aside.end() if aside else m.end()
        nxt_words = text[after:after + 60].split()[:2]
        nxt_word = nxt_words[0] if nxt_words else ""
        nxt = nxt_word[:1]
        is_conj = m.group().strip() not in (",", ";", "·") and "\n" not in m.group()
        public = nxt_word.lower().startswith(("budżet", "государствен", "державн"))
        # "oraz Powiatowy Urząd Pracy", "та Поморський університет": the head comes second
        second = len(nxt_words) == 2 and nxt.isupper() and conj_ok is not None and adjective_like(
            nxt_word) and nxt_words[1][:1].isalpha() and conj_ok(nxt_words[1][:1].upper() + nxt_words[1][1:])
        # "… oraz nieformalna grupa „Sąsiadki”": an informal group has no head word, only its kind
        second = second or (conj_ok is not None and is_conj and INFORMAL_GROUP.match(text, m.end()) is not None)
        # "… oraz cztery organizacje pozarządowe": a numeral opens a count of bodies, a new item
        second = second or (conj_ok is not None and is_conj and _PL_COUNT.match(nxt_word) is not None)
        if is_conj and not public and not second and not (conj_ok(nxt_word) if conj_ok else (
                nxt.isupper() or nxt in _QUOTES)):
            continue
        out.append((pos, m.start()))
        pos = after
    out.append((pos, e))
    res = []
    for a, b in out:
        while a < b and text[a] in " \t\n•*-–—●·▪◦›→►":
            a += 1
        num = _ITEM_NUMBER.match(text, a, b)
        a = num.end() if num else a  # "1. Fundacja X": a numbered list's figure is no part of it
        while b > a and text[b - 1] in " \t\n.,;:":
            b -= 1
        if b > a:
            res.append((a, b))
    return res


_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s+(?=\D)")
_ASIDE = re.compile(r"[–—][^\S\n]+[^–—\n]{1,40}?[^\S\n]+[–—][^\S\n]+")
_CYR_ADJ = re.compile(r"(?:ий|ій|ый|ой|ая|яя|ое|ее|ська|ське|цька|цьке|ские|ські)$")


def adjective_like(word: str) -> bool:
    """"Powiatowy", "Polskie", "Поморський": an adjective opening a name (its head follows)."""
    w = word.strip("„”\"'(),.;:")
    if is_cyrillic(w):
        return bool(_CYR_ADJ.search(w.lower()))
    return any(a[2].startswith("adj") for a in polish.analyse(w))


def _protected(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Names that contain a comma ("Fundusz Azylu, Migracji i Integracji")."""
    from ngo_atlas.extract.lexicon import comma_names_regex

    out = [(m.start(), m.end()) for m in comma_names_regex().finditer(text, s, e)]
    return out + _acronym_glossed(text, s, e)


_ACR = re.compile(r"\(([A-ZĄĆĘŁŃÓŚŹŻ]{3,8})\)")


def _acronym_glossed(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """"Bureau of Population, Refugees, and Migration (PRM)": the acronym spells the words
    before it, so the commas between them are inside one name."""
    out = []
    for m in _ACR.finditer(text, s, e):
        words = list(re.finditer(r"[^\W\d_][\w.'’-]*", text[max(s, m.start() - 120):m.start()]))
        base = max(s, m.start() - 120)
        initials = ""
        for w in reversed(words):
            if w.group()[:1].isupper():
                initials = w.group()[0] + initials
            if initials == m.group(1):
                start = base + w.start()
                if "," in text[start:m.start()]:
                    out.append((start, m.start()))
                break
            if len(initials) > len(m.group(1)):
                break
    return out


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    # "[Program ... Memoriał”)": pages mix bracket kinds, so count them together
    return seg.count("(") + seg.count("[") > seg.count(")") + seg.count("]")


def prefer_translation(name: str, inner: list[str], lang: str) -> str:
    """'Программа ... [Program „X” Centrum Praw Człowieka „Memoriał”]' in a Polish text:
    the bracketed Polish form is the name; a leading "Program „X”" names a programme of it."""
    if lang in ("pl", "en") and is_cyrillic(name):
        latin = [i for i in inner if not is_cyrillic(i) and len(i.split()) >= 2]
        if latin:
            name = latin[0]
    m = re.match(r"(?:program|programme|программа|програма)\s+[„“\"«][^”“\"»]*[”“\"»]\s+(?P<rest>.+)",
                 name, re.IGNORECASE)
    return m.group("rest") if m and len(m.group("rest").split()) >= 2 else name


# a lone English adjective of a people or country ("Polish", "Norwegian", "Japanese"): where an
# English phrase's left reach stops when no body's name follows ("with Polish partners", "from
# the Polish state budget")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese|ean)")


def demonym(name: str) -> bool:
    """Whether a would-be name is only an English adjective of a people or a country."""
    return bool(_DEMONYM.fullmatch(name))


@lru_cache(maxsize=50_000)  # ~4 calls a document over few distinct names; pure morphology
def nominative(name: str, lang: str) -> str:
    """A name phrase in the nominative, by the morphology of the text's language."""
    if not name:
        return name
    if is_cyrillic(name):
        try:
            from ngo_atlas.lang.slavic import nominative as slavic_nominative

            return slavic_nominative(name, "uk" if lang == "uk" else "ru")
        except Exception:  # noqa: BLE001 - a morphology failure must not lose the name
            return name
    if lang == "pl" or looks_polish(name):
        return polish.nominative(name)
    return name


def looks_polish(name: str) -> bool:
    return bool(re.search(r"[ąćęłńóśźż]", name.lower())) or any(
        polish.lemma_of(w) in ("fundacja", "stowarzyszenie", "fundusz", "szkoła")
        for w in name.split()[:2])


def case_turn(words: list[str], nxt: str) -> bool:
    """"z Urzędem Miasta Katowice i Wojewódzkim Parkiem …": the word after "i" takes the case
    of the name's head (the case the list's preposition governs) and not the case of the word
    before "i": a new item of the list, not the name's matter going on ("Ministerstwem Rodziny
    i Polityki Społecznej": "Polityki" agrees with "Rodziny")."""
    nxt = nxt.strip(",.„”\"")
    if len(words) < 2 or not nxt[:1].isupper() or not words[0][:1].isupper():
        return False
    turn = polish.word_cases(nxt) & polish.word_cases(words[0].strip("„\""))
    if not turn or "nom" in turn:
        return False  # a nominative head (a label's list) tells nothing
    return not (polish.word_cases(nxt) & polish.word_cases(words[-1].strip(",.”\"")))


_PATRON_TITLE = re.compile(r"[a-ząćęłńóśźż]{2,5}\.|dr")


def _patron_titles(toks: list[re.Match[str]], i: int) -> int:
    """How many lower-case abbreviated titles ("św.", "prof.", "ks. dr") follow "pw."/"im." at
    toks[i] before the patron's capitalised name; 0 when no name follows them."""
    n = 0
    while n < 2 and i + 1 + n < len(toks) and _PATRON_TITLE.fullmatch(toks[i + 1 + n].group()):
        n += 1
    return n if n and i + 1 + n < len(toks) and toks[i + 1 + n].group()[:1].isupper() else 0


def capitalised_run(text: str, pos: int, end: int) -> tuple[int, int]:
    """The name starting at pos: capitalised words, acronyms, quoted parts and the
    small connecting words between them ("Akademia im. Jakuba z Paradyża")."""
    last_end = pos
    toks = list(_TOKEN.finditer(text, pos, end))
    i, in_quote, head_seen = 0, False, None
    while i < len(toks):
        t = toks[i].group()
        if t.startswith("(") and i > 0 and not in_quote:
            break  # "Miasta Stołecznego Warszawy (85 tys. zł)": the bracket follows the name
        core = t.strip(_QUOTES + ",.;:()")
        if i > 0 and not in_quote and "." in t and (lf := _LEGAL_FORM.match(text, toks[i].start(), end)):
            # "Drukarnia Kłos sp. z o.o. Projekt …": a legal form ends the name, or its seat follows
            # ("… S.A. w Opolu")
            last_end = lf.end()
            j = next((k for k in range(i, len(toks)) if toks[k].start() >= lf.end()), len(toks))
            if j == len(toks) or text[lf.end():toks[j].start()].strip() or toks[j].group()[:1].isupper() \
                    or toks[j].group() not in ("w", "we"):
                break
            i = j
            continue
        # a straight quote closes its own word ('"Khetane"') or a later one ('"Nowy Dom"')
        opens = any(q in t for q in "„“«\"") and not any(q in t[1:] for q in "”»\"")
        if in_quote or (core[:1].isupper() or core[:1].isdigit() and i > 0) or (
                t[:1] in _QUOTES and t[1:2].isupper()):
            # "[Dofinansowane przez Unię Europejską] Sfinansowane …": a logo's bracketed
            # caption ends the name at its bracket
            last_end = toks[i].end() - (len(t) - len(t.rstrip(",;:]")))
            head_seen = head_seen or core.lower()
            ends = t.rstrip()[-1:] in ",;:)]" or (t.endswith(".") and not _abbrev(core))
            if ends and not in_quote:
                break
            if opens:
                in_quote = True
            if in_quote and any(q in t for q in "”»\"") and not opens:
                in_quote = False
            i += 1
            continue
        # "Szkoła Podstawowa nr 12", "Poradnia … nr 3 w Poznaniu": a number is part of the name
        if core.lower() in ("nr", "nr.", "no.", "№") and i + 1 < len(toks) and \
                toks[i + 1].group().strip(",.;:)")[:1].isdigit():
            last_end = toks[i + 1].end() - (len(toks[i + 1].group()) - len(toks[i + 1].group().rstrip(",;:.)")))
            if toks[i + 1].group().rstrip()[-1:] in ",;:)":
                break
            i += 2
            continue
        # "Uniwersytet Jagielloński – Klinika Prawa Migracyjnego": after a body's name, a dash
        # and a second head word name its unit; the official name goes on
        if t in ("–", "—", "-") and i + 2 < len(toks) and _unit_after_dash(toks, i, pos, text):
            i += 1
            continue
        # "na rzecz", "do spraw": two small words may connect the parts of one name
        two = (i + 2 < len(toks) and toks[i + 1].group().lower() in _CONNECT
               and toks[i + 2].group()[:1].isupper() and core.lower() in ("na", "do", "of", "for"))
        if two:
            i += 2
            continue
        # "pw. św. Stanisława", "im. prof. Jana Nowaka", "im. adw. Jana Kowala": the patron's
        # titles after "pod wezwaniem" / "imienia" are abbreviated in lower case
        titles = _patron_titles(toks, i) if core.lower() in ("pw", "im") else 0
        if titles:
            i += 1 + titles
            continue
        # "Dzielnica Ursynów m.st. Warszawy", "Rada m.st. Warszawy": the capital's official
        # genitive ("miasta stołecznego"), abbreviated in lower case, is part of the name
        if i > 0 and core.lower() == "m.st" and i + 1 < len(toks) and toks[i + 1].group()[:1].isupper():
            i += 1
            continue
        # "Zespół do Spraw Orzekania o Niepełnosprawności": "o" goes on with a matter the name
        # already opened with "do spraw" / "na rzecz"
        matter = core.lower() == "o" and _MATTER.search(text, pos, toks[i].start()) is not None
        if core.lower() == "i" and i + 1 < len(toks) and case_turn(text[pos:toks[i].start()].split(), toks[i + 1].group()):
            break  # "Urzędem Miasta Katowice i Wojewódzkim Parkiem …": the next body of a list
        if (core.lower() in _CONNECT or matter) and i + 1 < len(toks) and toks[i + 1].group()[:1].isupper():
            # ("Stowarzyszenie Ukraińców w Toruniu „Dnipro”": a seat with the quoted name after it)
            if core.lower() in ("w", "we", "z", "ze", "i", "do") and not (
                    _seat_ok(head_seen) or core.lower() in ("w", "we") and _seat_after_adj(text, pos, toks[i].start())
                    or core.lower() in ("w", "we", "z", "ze") and _quoted_after_seat(toks, i)
                    or core.lower() == "i" and _coordinated(toks, i, pos, text)
                    # "im. Grzegorza z Sanoka", "im. Jana ze Lwowa": a patron named by origin
                    or core.lower() in ("z", "ze") and _patron_by_origin(text, pos, toks[i].start())):
                break
            # "Ethnographic Museum in Tarnów", "Embassy of Norway in Warsaw": an English seat
            if core == "in" and not _EN_SEAT.intersection(text[pos:toks[i].start()].lower().split()):
                break
            # "Fundacja Ocalenie and Polskie Forum Migracyjne", "Uniwersytetem Rzeszowskim
            # i Caritas …": a conjunction before another head word joins two bodies
            # "Urzędem Miejskim w Przemyślu i Polskim Czerwonym Krzyżem": a seat closes a name;
            # a conjunction after it opens the next body
            if core.lower() in ("and", "i", "oraz") and _SEATED.search(text, pos, toks[i].start()):
                break
            if core.lower() in ("and", "i", "oraz") and (_new_body(head_seen, toks[i + 1:i + 3]) or _head_in(
                    text[pos:toks[i].start()]) and _new_body("Fundacja", _one_name(toks[i + 1:i + 3]))):
                break
            i += 1
            continue
        break
    # A name may wrap onto the next line ("The Open Society\nInitiative for Europe"), but a
    # lone capitalised word there starts the next sentence ("...Wolności\nFestiwal przygotowują").
    # (not after a small connecting word, which leaves the name open: "Urząd Pracy w\nZgierzu")
    nl = text.rfind("\n", pos, last_end)
    if nl != -1 and len(text[nl:last_end].split()) == 1 and text[pos:nl].split()[-1:] not in (["w"], ["we"], ["na"], ["im."], ["of"], ["for"]):
        last_end = nl
        while last_end > pos and text[last_end - 1] in " \t":
            last_end -= 1
    return pos, last_end


def is_branch(word: str) -> bool:
    """"Oddział", "Filia", "Delegaturą": a word naming a branch of the body named before it."""
    return word[:1].isupper() and polish.lemma_of(word.strip(_QUOTES + ",.;:()")) in BRANCH_HEADS


def _unit_after_dash(toks: list[re.Match[str]], i: int, pos: int, text: str) -> bool:
    from ngo_atlas.extract.organisations import is_org_head

    nxt, after = toks[i + 1].group(), toks[i + 2].group()
    before = text[pos:toks[i].start()].split()
    if len(before) >= 2 and is_branch(nxt):
        return True  # "Polski Czerwony Krzyż – Oddział Rejonowy w X": a branch of the body named before
    return (is_org_head(nxt) and after[:1].isupper() and len(before) >= 2
            and any(is_org_head(w) for w in before))


def _new_body(head: str | None, nxt: list[re.Match[str]]) -> bool:
    """After a named body, "and" plus an organisation's head word starts another body."""
    from ngo_atlas.extract.organisations import is_org_head

    return head is not None and is_org_head(head.capitalize()) and any(
        is_org_head(t.group()) for t in nxt)


def _one_name(nxt: list[re.Match[str]]) -> list[re.Match[str]]:
    """The next word, and the one after it unless a comma ends the first (a new list item)."""
    return nxt[:1] if nxt and nxt[0].group()[-1:] in ",;:" else nxt


def _head_in(run: str) -> str | None:
    """The organisation head word anywhere in a run ("Ethnographic Museum in Tarnów": Museum)."""
    from ngo_atlas.extract.organisations import is_org_head

    return next((w for w in run.split() if w.lower() in _EN_SEAT or is_org_head(w)), None)


# the legal forms of companies and associations written with stops (Polish, German, Czech and
# Slovak), a name's last words: "sp. z o.o.", "sp.k.", "S.A.", "s.c.", "e.V.", "s.r.o."
_LEGAL_FORM = re.compile(r"(?:sp\.\s?z\s?o\.\s?o\.|sp\.\s?[jkp]\.|s\.\s?[ac]\.|s\.k\.a\.|p\.s\.a\.|"
                         r"e\.\s?[VG]\.|gem\.\s?e\.\s?V\.|s\.r\.o\.|a\.s\.|o\.p\.s\.|z\.s\.|d\.o\.o\.)"
                         r"(?:\s?sp\.\s?k\.)?(?=[\s,;:)]|$)", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.){1,3}[A-ZĄĆĘŁŃÓŚŹŻ]")


def _abbrev(core: str) -> bool:
    # (a patron's initials, "im. J.A. Komeńskiego", end no name either)
    return core.lower() in ("im", "św", "ul", "prof", "dr", "st", "pw") or (len(core) <= 2 and core.isupper()) \
        or _INITIALS.fullmatch(core) is not None


def _seat_after_adj(text: str, pos: int, at: int) -> bool:
    """"Miejski Ośrodek Pomocy Rodzinie w Kielcach": the head with a seat may follow an adjective;
    "Polski Czerwony Krzyż Oddział Rejonowy w Zamościu": so may a branch of a body."""
    words = text[pos:at].split()
    return len(words) >= 2 and (_seat_ok(words[1].strip(_QUOTES + ",.;:()").lower()) or any(
        is_branch(w) for w in words[2:]))


_PATRON = re.compile(r"\bim\.\s+([A-ZĄĆĘŁŃÓŚŹŻ]\w*)\s+$")


def _patron_by_origin(text: str, pos: int, at: int) -> bool:
    """"im. Grzegorza z Sanoka": a patron known by a first name and an origin (after a
    surname, "im. Stefana Batorego z Warszawy", the town is the body's own)."""
    m = _PATRON.search(text, pos, at)
    return m is not None and polish.is_first_name(m.group(1))
_MATTER = re.compile(r"\b(?:do\s+spraw|ds\.|na\s+rzecz)\s", re.IGNORECASE)


def _coordinated(toks: list[re.Match[str]], i: int, pos: int, text: str) -> bool:
    """"Fundacja Centrum Wsparcia Imigrantów i Imigrantek", "Fundacją Dialog i Rozwój": "i"
    joins two nouns of one name when they share a case and the second opens no new body
    (no head word, adjective, first name or place)."""
    from ngo_atlas.extract.organisations import is_org_head

    prev, nxt = toks[i - 1].group(), toks[i + 1].group().strip(_QUOTES + ",.;:()")
    if len(text[pos:toks[i].start()].split()) < 2 or prev[-1:] in ",;:)" or not nxt[:1].isupper():
        return False
    if is_org_head(nxt) or adjective_like(nxt) or polish.is_first_name(nxt) or polish.is_geo(nxt):
        return False
    cases = {c for o in polish.word_options(prev.strip(_QUOTES + ".")) if o[1] == "subst" for c in o[3]}
    return any(o[1] == "subst" and o[3] & cases for o in polish.word_options(nxt))


def _quoted_after_seat(toks: list[re.Match[str]], i: int) -> bool:
    """"… w Toruniu „Dnipro”", "Stowarzyszenie Migrantów z Azji Środkowej „Jol”": a place of one
    to three capitalised words after "w"/"z", then the body's quoted name: all one name."""
    for k in range(i + 1, min(i + 4, len(toks) - 1)):
        word = toks[k].group()
        if not word[:1].isupper() or word[-1:] in ",.;:)":
            return False
        if toks[k + 1].group()[:1] in "„“«\"":
            return True
    return False


def _seat_ok(head: str | None) -> bool:
    # any reading's lemma: "Koła" is koło as well as koł, "Gminie" gmina as well as gmin
    return head is not None and bool(polish.lemmas_of(head) & _SEAT_HEADS)
