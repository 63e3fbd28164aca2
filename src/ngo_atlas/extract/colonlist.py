"""ORG-U (round 24) and ORG-W (round 25): a list of bodies opened by a colon inside a prose sentence.

A sentence that names the partners' role first and then lists them after a colon
("W projekcie uczestniczą również: X, Y oraz Z", "Partnerami są trzy organizacje
członkowskie: X, Y i Z", "Партнерами проекта являются: X, Y", "Партнерські школи, у
яких діяли асистенти, зокрема: X, Y") puts a colon between the cue and its list, which
the cues that take their names right after the verb do not read. The cue is a verb of
taking part, or a partner noun with its copula, or a partner adjective with its noun;
between it and the colon only lower-case words may stand (a count, a class of bodies,
"również", a relative clause); each listed item must open with a body's head word or an
acronym, so that people listed after "wzięli udział:" stay out.

ORG-W (round 25) reads the same shape where a CLASS NOUN of bodies, in any case, stands
before the colon ("w trzech lubelskich szkołach: Szkole Podstawowej nr 7, …", "w
instytucjach partnerskich: …", "z organizacji migranckich: Fundacji X oraz
Stowarzyszenia Y", "zaangażowane są również organizacje pozarządowe: …", "в трьох
школах-партнерах: Початковій школі № 49 …", "partner organisations: A, B and C"). The
items take the case the frame governs; the ordinary organisation path puts each in the
nominative. The role comes from the frame: a member noun gives `member`, an organiser
noun `lead` (a co-organiser `partner`), an observer noun `other`, any other class
`partner`; a frame of paying or thanking that names no partner is left to the funder and
thanks readers. The list stops at the sentence's or the line's end, and an item that is
a person or a place is no body.
"""
from __future__ import annotations

import re

from ngo_atlas.extract import organisations as _o

_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁЇІЄҐ"
_LOWER_TAIL = (
    # lower-case words (a count, a class of bodies, "również", a relative clause), then the colon
    rf"((?:[ \t,]+(?!(?:jako|як|как|as)\b)[^\W\d_{_UP}][\w-]*|[ \t]+\d+){{0,8}})[ \t]*:[ \t]*(?=[\"„«{_UP}])")
_CUE = re.compile(
    r"(?i:\b(?:uczestnicz(?:ą|yły|yli)|biorą\s+udział|brały\s+udział|brali\s+udział|wzięły\s+udział|"
    r"участвуют|участвовали|принимают\s+участие|приняли\s+участие|беруть\s+участь|брали\s+участь|"
    r"взяли\s+участь|take\s+part|took\s+part|"
    r"partner(?:ami|zy)(?:\s+projektu)?\s+(?:są|byli|były|zostały|zostali)|partners\s+(?:are|were)|"
    r"партн[её]рами(?:\s+про[еє]кт[ау])?\s+(?:являются|являлись|были|стали|выступают|є|були|стали|виступають)|"
    r"(?:partnersk|партнерськ|партн[её]рск)\w+(?=[ \t]+\w)))" + _LOWER_TAIL)

_INCLUDING = (r"(?i:w\s+tym|m\.\s?in\.|między\s+innymi|including|such\s+as|зокрема|в\s+том\s+числе|у\s+тому\s+числі|"
              r"в\s+частности)")
# the sentences worth reading: a colon, or a word of inclusion, right before a capital or a quote
TRIGGER = re.compile(rf"(?::|\b(?:w\s+tym|m\.\s?in\.|między\s+innymi|including|such\s+as|зокрема|в\s+том\s+числе|"
                     rf"у\s+тому\s+числі|в\s+частности)[ \t]*:?)[ \t]*[\"„«{_UP}]")
# ORG-W: a class noun of bodies, in any case (the stems of the nouns that name kinds of bodies)
_CLASS = re.compile(
    r"(?i:(?<![\w-])(?:organizacj|instytucj|szkoł|szkole(?!\w)|szkół|uczelni|placów|fundacj|stowarzysze|"
    r"partner|podmiot|ośrod|urzęd|bibliotek|członk|organizator|współorganizator|obserwator|"
    r"организаци|організаці|учрежден|установ|школ|гимнази|гімназі|лице[йяюе]|ліце[йїюя]|университет|університет|"
    r"вуз|фонд|партн[её]р|член|организатор|організатор|соорганизатор|співорганізатор|наблюдател|"
    r"спостерігач|organi[sz]ation|institution|school|universit|partner|ngo|foundation|member|"
    r"organi[sz]er|co-organi[sz]er|observer|agenc)[\w-]*)"
    # (or, in place of the colon, a word of inclusion: "organizacje pozarządowe, w tym Fundację X i …")
    rf"((?:[ \t,]+(?!(?:jako|як|как|as)\b)[^\W\d_{_UP}][\w-]*|[ \t]+\d+){{0,8}})[ \t]*(?::|,?[ \t]+{_INCLUDING}:?)"
    rf"[ \t]*(?=[\"„«{_UP}])")
# the words that say which role the class has
_MEMBER = re.compile(r"(?i:członk|член|member)")
_LEAD = re.compile(r"(?i:organizator|організатор|организатор|organi[sz]er)")
_OTHER = re.compile(r"(?i:obserwator|наблюдател|спостерігач|observer)")
_PARTNER = re.compile(r"(?i:partner|партн)")
_NETWORK = re.compile(r"(?i:\b(?:koalicj|sie[cć]|konsorcj|federacj|network|coalition|consortium|мереж|сет[ьи]\b|"
                      r"коаліці|коалици|консорциум|консорціум))")
# a frame of paying or thanking: its bodies are funders or thanked, read elsewhere
_PAY_OR_THANK = re.compile(
    r"(?i:\b(?:(?:współ)?finans|sponsor|darczy|dotacj|grant|fund(?:ed|ing|ers?)\b|donor|"
    # (the verbs of supporting, not the noun: "sieć wsparcia", "punkt wsparcia" name a kind of help)
    r"wspiera|wsparł|wsparl|supported|supports|поддержива|поддержал|підтриму|підтримал|"
    r"финанс|фінанс|спонсор|донор|dziękuj|podziękowa|thank|дяку|благодар|спасиб))")
_CYR_HEADS = ("школ", "гимназ", "гімназ", "садок", "коледж", "колледж")


def _body_item(item: str, lang: str) -> bool:
    """An item names a body: its head word or an acronym opens it, or an adjective, an
    ordinal or a numeral stands before the head ("Dolnośląskim Centrum", "XXIII Liceum",
    "Початковій школі № 49"); a person's name or a place alone is none."""
    words = item.split()
    if not words:
        return False
    if _o.is_cyrillic(words[0]):
        if not words[0][:1].isupper() and words[0][:1] not in "«„“\"":
            return False
        if not any(_o._cyr_head(w) or w.lower().startswith(_CYR_HEADS) for w in words[:3]):
            return False
    elif not (_o.org_starts(words[0]) or any(_o.is_org_head(w) for w in words[1:3])):
        return False
    # (a town alone opens with no head: "Lipsk, Bergamo" stay out; "Miasto Sieradz" is a body)
    return not _o._person_named(item, lang)


_AND = re.compile(r"[ \t]+and[ \t]+(?=[A-Z])")  # (a Polish list reader splits at "i" itself)


def _split_joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Northern Lights Foundation and Green Valley Institute": in a list of bodies, an item
    joined by "and" whose both sides hold a body's head word is two bodies (an English name puts
    its head last, so the list reader, looking for a head after "and", joined them)."""
    out = []
    for a, b in items:
        j = _AND.search(text, a, b)
        if j and any(_o.is_org_head(w) for w in text[a:j.start()].split()) and any(
                _o.is_org_head(w) for w in text[j.end():b].split()):
            out += [(a, j.start()), (j.end(), b)]
        else:
            out.append((a, b))
    return out


def _class_role(text: str, ss: int, m: re.Match[str]) -> str | None:
    noun = m.group()[:m.start(1) - m.start()]
    if _PAY_OR_THANK.search(text, ss, m.start(1)) and not _PARTNER.match(noun):
        return None  # "wspierają nas fundacje:", "dziękujemy instytucjom:": a funder's or a thanked list
    if _OTHER.match(noun):
        return "other"
    if _MEMBER.search(noun) or _NETWORK.search(text, ss, m.start()):
        # ("организации-члены": a compound's member part counts; "Koalicję tworzą 3 organizacje:",
        # "W sieci są szkoły:": the bodies of a network are its members)
        return "member"
    if _LEAD.match(noun):
        return "lead"
    if _LEAD.search(noun):  # "współorganizatorzy", "співорганізатори": a co-organiser works with the lead
        return "partner"
    return "partner"


def colon_partners(text: str, s: int, e: int, lang: str) -> list:
    """ORG-U's lists in one sentence (kept for callers reading a sentence alone)."""
    return [o for o in colon_lists(text, s, e, lang) if o.span.rule == "partner_colon_list"]


def colon_lists(text: str, s: int, e: int, lang: str, labelled: frozenset[int] = frozenset()) -> list:
    """The bodies listed after a colon in the sentence text[s:e], with the frame's role
    (a colon whose value a label already reads, at an offset in labelled, is the label's)."""
    out = []
    if not TRIGGER.search(text, s, e):
        return out  # (most sentences hold no colon: no scan, no slice)
    done: set[int] = set()
    frames = [(m, "partner", "partner_colon_list") for m in _CUE.finditer(text, s, e)]
    for m in _CLASS.finditer(text, s, e):
        if m.end() in {f[0].end() for f in frames}:
            continue  # (ORG-U's cue already reads this colon)
        ls = max(s, text.rfind("\n", 0, m.start()) + 1)
        if m.group()[:1].isupper() and text[ls:m.start()].strip(" \t•*-–"):
            continue  # "ze strony Urzędu:": a capitalised noun inside the sentence names one body, no class
        if m.end() in labelled or len(text[ls:m.start()].split()) < 2:
            continue  # "Partnerzy projektu:", "Patroni medialni:": a label's head noun, read by the label finder
        role = _class_role(text, s, m)
        if role:
            frames.append((m, role, "class_colon_list"))
    for m, role, rule in frames:
        if m.end() in done:
            continue
        done.add(m.end())
        le = text.find("\n", m.end(), e)
        for i, (a, b) in enumerate(_split_joined(text, _o.list_after(text, m.end(), e if le < 0 else le))):
            if not i and _o._person_named(text[a:b], lang):
                break  # "Koordynatorka …: Anna Nowak, Referat X, Wydział Y": a person and her units
            if not _body_item(text[a:b], lang):
                continue  # a person's name, a place: no body
            o = _o._org(text, a, b, role, rule, 0.7, lang)
            if o:
                out.append(o)
    return out
