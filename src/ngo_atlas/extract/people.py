"""People named with a role in a project (coordinator, contact, author, expert) and their e-mails."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from ngo_atlas.extract.commentthread import drop_commenters
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.links import find_emails, imprint_line, sentence_start
from ngo_atlas.extract.mengenitive import mens_genitive_names
from ngo_atlas.extract.names import is_cyrillic, split_items, split_parenthetical
from ngo_atlas.extract.ownheads import own_heads
from ngo_atlas.extract.pagemeta import on_page_meta
from ngo_atlas.extract.peoplerows import structured_people
from ngo_atlas.extract.presscontact import on_press_line, press_contacts
from ngo_atlas.extract.postwriter import post_writer_coordinator
from ngo_atlas.extract.pubauthors import publication_authors
from ngo_atlas.extract.pubrecord import in_publishing_record
from ngo_atlas.extract.signupbracket import SIGNUP_FOR, SIGNUP_WORD, signup_brackets
from ngo_atlas.extract.studyheads import study_heads
from ngo_atlas.extract.teamhead import TEAM_GENITIVE, team_of_persons
from ngo_atlas.extract.teamitems import item_key_role
from ngo_atlas.extract.titledheads import titled_heads
from ngo_atlas.extract.text import CI, cue, line_at, lowered, lowered_line
from ngo_atlas.extract.thanked import page_thanks, thanked_for_help
from ngo_atlas.extract.wrapnames import join_broken_names
from ngo_atlas.lang import polish
from ngo_atlas.lang.cyrillic_names import is_transcribed_first_name
from ngo_atlas.model import PersonRef, Span

_LABEL_ROLE = {"coordinator": "coordinator", "contact": "contact", "expert": "expert", "team": "other"}
AUTHOR_INTRO = cue(r"(?:autorstwa|autorzy|autorki|autor|autorka|authors?|written\s+by|"
                   # who prepared the publication: "raport przygotowany przez X", "prepared by X"
                   r"(?:przygotowan|opracowan|napisan)[yaeio]+\s+przez|(?:prepared|compiled)\s+by|"
                   r"підготовлен\w*|подготовлен\w*|"
                   r"авторы?|автор(?:ка|и)?)\s*:?\s+")
# ... and whoever heads or leads it: "Projektem kieruje X", "kierowniczka projektu X",
# "liderka projektu X", "руководитель проекта X", "проєктом керує X", "project lead: X"
COORD_PHRASE = cue(r"(?:koordynator(?:ką|em|ka|ki|ce|a|owi)?|coordinator|координатор\w*|koordynował[a]?|"
                          # "Koordynacja: Paweł Lis", "Coordination: X", "Координація: X"
                          r"koordynacja(?=\s*(?:projektu\s*)?:)|coordination(?=\s*:)|"
                          r"координаци[яи](?=\s*(?:проекта\s*)?:)|координація(?=\s*(?:проєкту\s*)?:)|"
                          r"coordinated\s+by|koordynowan[yae]\s+przez|kierowan[yae]\s+przez|"
                          r"kierowni(?:k|czka|kiem|czką)|kieruje|kierował[a]?|lider(?:ka|ką|em)?|"
                          r"руководител(?:ь|ем|ница)|руководит|руководил[а]?|керівни(?:к|ця|ком|цею)|"
                          r"керує|керував|керувала|очолює|очолював|очолювала|"
                          # a person who organises the meetings: "Організаторка зустрічей — X"
                          r"organizatork(?:a|ą)(?:\s+spotkań|\s+zajęć)?|організаторк(?:а|ою)(?:\s+зустрічей)?|"
                          r"организатор(?:ка|ом)?\s+встреч|"
                          r"project\s+(?:lead(?:er)?|manager)|"
                          # "Youth leader: X", "Group leader: X", "Team leader: X": the label's leader
                          # ("Czech team lead: X"; not a team named by its members, "mediators' team")
                          r"(?:youth|group|(?<!['’][^\S\n])team)\s+lead(?:er)?(?=\s*:)|"
                          # an event's organising committee's chair: "Przewodnicząca Komitetu
                          # Organizacyjnego: X", "Chair of the Organising Committee: X"
                          r"przewodnicząc[ya]\s+komitetu\s+organizacyjnego|"
                          r"chair\s+of\s+the\s+organi[sz]ing\s+committee|"
                          r"голова\s+оргкомітету|председатель\s+оргкомитета|"
                          # "the team, led by Dr X", "pod kierunkiem dr X", "под руководством X"
                          r"(?:led|headed)\s+by|pod\s+kierunkiem|под\s+руководством|під\s+керівництвом|"
                          # "Za realizację projektu odpowiada X": who answers for it
                          r"za\s+(?:realizację\s+|koordynację\s+)?(?:projekt\w*|zadani\w*)\s+odpowiada(?:ł|ła|li|ły|ją)?|"
                          # ... or for its coordination, or a part's: "Za koordynację odpowiadała X",
                          # "Za koordynację wolontariatu odpowiadać będzie X", "За координацию
                          # отвечает X", "За керівництво проєктом відповідала X" (the noun of
                          # coordinating or leading, up to two words of what, then the verb)
                          r"(?:za\s+(?:koordynację|kierowanie|zarządzanie)(?:\s+[^\W\d]+){0,2}?\s+odpowiada"
                          r"(?:ł|ła|li|ły|ją|ć\s+będzie|ć\s+będą)?|"
                          r"за\s+(?:координацию|руководство)(?:\s+[^\W\d]+){0,2}?\s+отвеча(?:ет|ют|л|ла|ли)|"
                          r"за\s+(?:координацію|керівництво)(?:\s+[^\W\d]+){0,2}?\s+відповіда(?:є|ють|в|ла|ли)))"
                          # ... or of another unit before a colon: "Kierownik punktu: X" (see _unit_heads)
                          # ... or a team's, whoever's share of the work: "Kierownik zespołu polskiego:",
                          # "Kierowniczka zespołu UŁ:", "Керівниця польської команди:" (see teamhead)
                          r"(?:\s+projektu|\s+of\s+the\s+project|\s+про[еє]кт[ауі]|\s+[^\W\d]{3,}(?=[^\S\n]*:)|"
                          r"(?:\s+[^\W\d]+)?\s+" + TEAM_GENITIVE + r"(?:\s+[^\W\d][\w.]*){0,3}(?=[^\S\n]*:))?\s*"
                          r"(?:jest|is|was|był[a]?|є|является|была|был|була|був|:|–|-|,)?\s+")
# "Joanna Wróbel, koordynatorka projektu": the role after the name
# ... or "Anna Nowak, the project coordinator": the role word after "project"
# (an affiliation may come between: "Iryna Petrenko z Fundacji Zustricz, koordynatorka sieci")
NAME_THEN_ROLE = re.compile(r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+)"
                            r"(?:\s+(?:z|ze|from|of|из|з)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"][^,\n]{1,60}?)?"
                            # another office first: "X, president of Y and the project's coordinator"
                            # (an office in a lower-case word: "X, Y oraz koordynatorki projektu Z"
                            # lists another name, and the role is Z's)
                            r"(?:,[^\S\n]+(?=[a-ząćęłńóśźżа-яёіїєґ])[^,.;:\n]{2,70}?[^\S\n]+(?:i|and|oraz|и|і|та))?"
                            r"(?:,|\s[–—-])?\s+"
                            r"(?:(?P<role>koordynator\w*|coordinator|координатор\w*|kierownik\w*|"
                            r"project\s+manager|менеджер\w*|lider\w*|руководител\w*|керівни\w*)\s+(?:projektu|sieci|koalicji|"
                            r"of\s+the\s+(?:project|network)|про[еє]кт\w*|мереж\w*|сети)"
                            r"|(?i:(?:the\s+)?project(?:['’]s)?\s+(?:coordinator|manager|lead|leader)\b))")
# (a relative pronoun before one of the verbs: pages without one skip the name pattern)
_WHO_VERBS = ("coordinat", "manage", "leads", "led ", "heads", "headed", "koordyn", "kieruj", "kierował",
              "координир", "координу", "руковод", "керу", "очолю", "prowadz", "wygłos", "gave", "gives",
              "deliver", "ran ", "runs", "провел", "провод", "провів", "провела", "прочита")
_WHO_CUE = CI(r"(?<![\w])(?:któr[yaez]\w*|who|котор\w+|як(?:ий|а|і))\s+(?:[^\W\d]+\s+){0,2}?"
              r"(?:coordinat|manage|leads|led\s|heads|headed|koordyn|kieruj|kierował|координир|координу|"
              r"руковод|керу|очолю|prowadz|poprowadz|wygłos|gave|gives|deliver|ran\s|runs|провел|провод|"
              r"провів|провела|прочита)")
# "Doroty Malinowskiej, która koordynowała projekt", "Ewa Grabowska, who coordinated the
# project", "Ірина Коваль, яка керує роботою": the verb of a relative clause after a name, in
# any tense or case, says her role: coordinating or leading the project's work makes her its
# coordinator; giving its trainings, lectures or seminars an expert ("dr Agnieszkę Wilczyńską,
# która poprowadziła szkolenie"). Leading a body ("która kieruje fundacją") says neither.
_WHO = (r"(?:któr(?:y|a|e|zy)|who|котор(?:ый|ая|ые)|як(?:ий|а|і))\s+(?:[^\W\d]+\s+){0,2}?")
_OF_WORK = (r"(?:(?:the|its|our|całym|całością|cały|całą|этим|всем|всім|цим)\s+)?"
            r"(?:projekt\w*|przedsięwzię\w*|zadani\w*|działani\w*|prac\w*|zesp[oó]ł\w*|"
            r"project|activities|work|team|програм\w*|про[еє]кт\w*|работ\w*|діяльн\w*|робот\w*|"
            r"команд\w*)")
_LEADS = (r"(?:koordyn\w+|kier(?:uje|ował\w*)|zarządza\w*|coordinat\w+|manag(?:es|ed)|leads|led|heads|"
          r"headed|координир\w+|руковод(?:ит|ил\w*)|координу\w+|координувал\w*|керу\w+|керувал\w*|"
          r"очолю\w+|очолювал\w*)")
_TEACHES = (r"(?:(?:po)?prowadz\w+|wygłos\w+|(?:gave|gives|delivered|delivers|ran|runs|led|leads)|"
            r"провод\w+|провел\w*|провів|провела|прочита\w+|прочитал\w*)")
# (what passes on expertise: a training, lecture, seminar or consultation; a workshop or class
# may be a volunteer's cooking or craft, no expertise)
_TAUGHT = (r"(?:(?:the|a|an|its|our|swoje|свои|свої)\s+)?(?:szkoleni\w*|wykład\w*|seminari\w*|"
           r"konsultacj\w*|trainings?|lectures?|seminars?|consultations?|"
           r"тренинг\w*|семинар\w*|лекци\w*|тренінг\w*|семінар\w*|лекці\w*|"
           r"консультаци\w*|консультаці\w*)")
NAME_WHO = re.compile(
    r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+),\s+(?:[^,.\n]{0,40}?\s)?"
    rf"(?i:{_WHO}(?:(?P<lead>{_LEADS})\s+{_OF_WORK}|(?P<teach>{_TEACHES})\s+(?:[^\W\d]+\s+)?{_TAUGHT}))"
    r"(?![\w])")
# (a courtesy or clerical title may stand before the name: "udziela ks. Marek Lis", "pani dr")
_CONTACT_CUES = (r"(?:\bcontact|kontakt\s+z|skontaktuj\s+się\s+z|"
                 # "Osoba do kontaktu w PCPR: Pani Anna X", "контактна особа:", "контактное лицо —"
                 r"osob[ay]\s+do\s+kontaktu(?:\s+w\s+[\w-]+)?\s*:?(?:\s+(?:pani|pan))?|"
                 r"контактн(?:ая|а)\s+особа\s*[:—–-]?|контактное\s+лицо\s*[:—–-]?|"
                 r"informacji(?:\s+o\s+projekcie)?\s+udziela(?:ją)?"
                 r"(?:\s+(?:pani|pan|ks\.|o\.|s\.|dr|prof\.|mgr|hab\.|inż\.))*|звертайтеся\s+до|"
                 r"обращайтесь\s+к|"
                 # whom to write to: "Piszcie na priv albo do Asi X", "napisz do pani X", "write to X",
                 # "пишіть Олені X", "пишите Ольге X"
                 r"(?:pisz|piszcie|napisz|napiszcie)\s+(?:[^\W\d]+\s+){0,3}?do(?:\s+(?:pani|pana))?|"
                 r"write\s+to|пиш(?:іть|ите|и))")
CONTACT_PHRASE = re.compile(_CONTACT_CUES + r"\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])", re.IGNORECASE)
# "Zapisy przyjmuje pani X", "Zgłoszenia: X, tel. …", "Записи принимает X", "Реєстрацію веде X",
# "Registration: X": who takes the sign-ups is the contact (matched only where its first word
# stands: few pages have one, and the contact pattern above stays as fast as it was)
_SIGNUP = re.compile(
    r"(?i:(?:zapisy|zgłoszenia)\s+przyjmuj[eą](?:\s+(?:pani|pan))?|"
    r"(?:запис[иь]?|заявки|регистраци[юя])\s+принима(?:ет|ют)|"
    r"(?:запис|заявки|реєстрацію)\s+(?:приймає|приймають|веде)|"
    # "Zapisy i informacje: X", "Rekrutacja: X": a sign-up label, one word or two joined
    r"(?:zapisy|zgłoszenia|informacje|rekrutacja)\s+(?:i|oraz)\s+(?:zapisy|zgłoszenia|informacje|rekrutacja)"
    r"\s*:(?:\s+(?:pani|pan|p\.))?|"
    # a sign-up label with what or until when ("Zapisy do 30 czerwca: X", "Zgłoszenia na warsztaty:
    # X", "Запись на курсы польского языка: X", "Registration for the course: X"): a preposition
    # and at most four words between the label's word and its colon
    + SIGNUP_WORD + SIGNUP_FOR + r"[^\S\n]*:"
    r"(?:\s+(?:pani|pan|p\.))?|"
    r"(?:zapisy|zgłoszenia|rekrutacja|recruitment|registration|sign-ups?|записи?|заявки|регистрация|реєстрація|"
    # whom the questions go to: "Pytania: X", "Questions: X", "Вопросы: X", "Питання: X";
    # a network's secretariat ("Sekretariat koalicji: X") answers for it the same way
    r"pytania|questions|вопросы|питання|"
    # whom to ask for information: "Informacje: X, tel. …", "Information: X" (a "Więcej
    # informacji:" line more often gives a press office than a person)
    r"informacje|information|информация|інформація|"
    r"sekretariat(?:\s+[^\W\d]+)?|secretariat(?:\s+[^\W\d]+)?|секретариат|секретаріат)\s*:"
    r"(?:\s+(?:pani|pan|p\.))?|"
    r"(?:registrations?|sign-ups|applications)\s+(?:are\s+)?(?:taken|handled|accepted)\s+by)"
    r"\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
_SIGNUP_WORDS = ("zapisy", "zgłoszenia", "rekrutacja", "recruitment", "informacje", "information",
                 "информация", "інформація",
                 "запис", "заявки", "регистрац", "реєстрац", "registration",
                 "sign-up", "applications", "pytania", "questions", "вопросы",
                 "питання", "sekretariat", "secretariat", "секретаріат", "секретариат")


def _signups(text: str, s: int, e: int) -> list[re.Match[str]]:
    low = lowered_line(text[s:e])
    out = []
    for w in _SIGNUP_WORDS:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                m = _SIGNUP.match(text, s + i, e)
                if m:
                    out.append(m)
            i = low.find(w, i + len(w))
    return sorted(out, key=lambda m: m.start())
# the cue words alone on the lowered text: most pages have none, and this scan skips ahead
# where the IGNORECASE one must try every position
_CONTACT_HINT = CI(_CONTACT_CUES)
# a name never runs over a line break ("Tomasz Nowicki\nRok wydania: 2024")
_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+){1,2}")


# "the Centre of Migration Research", "Institute for Social Policy": capitalised words after
# "of"/"for" continue a body's name in English
_OF_BEFORE = re.compile(r"(?:\bof|\bfor|\bthe|\band)[^\S\n]+$")


def person_name(raw: str, lang: str) -> tuple[str, int, int] | None:
    """The person name inside a short phrase, in the nominative, with its offsets."""
    for m in _NAME.finditer(raw):
        words = m.group().split()
        if lang == "en" and _OF_BEFORE.search(raw, 0, m.start()):
            continue
        if _runs_on(raw, m.end(), len(words)):
            continue  # "Cooperativa Sociale Il Ponte": a body's name
        if len(words) == 3 and TITLES.match(words[0] + " ") and _is_person(words[1:], lang):
            i = m.start() + len(words[0]) + 1  # "Dr Marta Nowicka": the title is no part of the name
            i = raw.find(words[1], i)
            sub = raw[i:m.end()]
            return _nominative(sub, lang), i, m.end()
        if _is_person(words, lang):
            return _nominative(m.group(), lang), m.start(), m.end()
        for k in range(1, len(words) - 1):  # a name after an organisation's words
            if _is_person(words[k:], lang):
                sub = " ".join(words[k:])
                i = raw.find(sub, m.start())
                return _nominative(sub, lang), i, i + len(sub)
    return None


# what continues a run of capitalised words past a name: a particle and a capitalised word
# ("Escola Secundária de Camões"), or capitalised words up to four ("Cooperativa Sociale Il Ponte")
_PARTICLE_ON = re.compile(r"[^\S\n]+(?:de|di|da|do|dos|das|del|della|delle|degli|des|du|la|le|il|lo|y|e)"
                          r"[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ]")
_FOURTH_ON = re.compile(r"[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźżà-ÿ]+(?![.\w])")


def _runs_on(text: str, end: int, n_words: int) -> bool:
    """The capitalised words of a name-like match go on past it: more words than a person's
    name has, so a body's (a person's name ends where its capitalised run ends)."""
    if _PARTICLE_ON.match(text, end):
        return True
    while n_words < 4 and (m := _FOURTH_ON.match(text, end)):
        n_words, end = n_words + 1, m.end()
    return n_words >= 4


# academic and courtesy titles before a name: "dr hab.", "mgr", "prof.", "pani"
TITLES = re.compile(r"^(?:(?:dr|hab|mgr|inż|lic|prof|ks|pani|panią|pan|pana|panu|panem|doc|PhD)\.?\s+)+",
                    re.IGNORECASE)


def _plain_name(raw: str, lang: str = "pl") -> tuple[str, int, int] | None:
    """Under a person label, two or three capitalised words are a name even when the
    dictionary does not know the first name ("Ołena Hnatiuk")."""
    orig, raw = raw, TITLES.sub("", raw.strip())
    m = _NAME.match(raw)
    if not m:
        return None
    words = m.group().split()
    if len(words) > 3 or any(w.lower() in _stopwords() for w in words) or _runs_on(raw, m.end(), len(words)) \
            or any(w.isupper() and len(w) >= 2 for w in words):  # "UNHCR Poland": an acronym, a body
        return None
    from ngo_atlas.extract.organisations import is_org_head

    if any(is_org_head(w) for w in words) or (_common_word(words[0]) and not _foreign_name(words)):
        return None  # "Kontakt: Wydział Zdrowia i Polityki Społecznej": an office, no person
    off = orig.find(m.group())
    return _nominative(m.group(), lang) if not is_cyrillic(m.group()) else m.group(), off, off + len(
        m.group())


def _common_word(word: str) -> bool:
    """Polish knows the word as a common word ("Polityki", "Wydział", "Oddział", which is also
    a village's name) and never as a first name: no person's name opens with it."""
    found = polish.analyse(word) if not is_cyrillic(word) else ()
    return any("nazwa_pospolita" in a[3] or a[2].startswith("adj") for a in found) \
        and not any("imię" in a[3] for a in found)


def _is_person(words: list[str], lang: str) -> bool:
    if len(words) < 2 or len(words) > 3:
        return False
    if is_cyrillic(words[0]):
        try:
            from ngo_atlas.lang.slavic import is_first_name

            # names are shared across the two dictionaries, which each miss some
            return is_first_name(words[0], "uk") or is_first_name(words[0], "ru")
        except Exception:  # noqa: BLE001
            return False
    if any(w.lower() in _stopwords() for w in words):
        return False
    if polish.is_first_name(words[0]) or _foreign_name(words):
        return True
    return lang == "en" and words[0].istitle() and words[-1].istitle() and not any(
        polish.is_geo(w) for w in words) and not _not_name_words(words)


# English's closed classes (articles and determiners, pronouns, prepositions, conjunctions,
# the auxiliaries that are no first names), and the articles of the Romance and German names
# of bodies: no word of a person's name is one ("Before You Go", a guide's title; "Primary
# School No", a school's number cut off; "La Strada", a foundation)
_EN_CLOSED = frozenset((
    "a an the this that these those some any no every each either neither all both few many much "
    "more most other another such what which whose whatever whichever own "
    "i me my mine you your yours he him his she her hers it its we us our ours they them their "
    "theirs myself yourself himself herself itself ourselves themselves who whom "
    "about above across after against along among amid around as at before behind below beneath "
    "beside besides between beyond but by despite down during except for from in inside into like "
    "near of off on onto out outside over past since through throughout till to toward towards "
    "under underneath until unto up upon via with within without "
    "and or nor so yet if because although though unless whereas while when where whether than "
    "is are was were be been being am do does did has have had not shall should would could must "
    "la il el los las der die das").split())


def _not_name_words(words: list[str]) -> bool:
    """A run of capitalised words with a closed-class word in it names a title or a body, not a
    person (only asked of the English reading, where no first name vouches for the run)."""
    return any(w.lower() in _EN_CLOSED for w in words)


def _foreign_name(words: list[str]) -> bool:
    """"Olena Kowalczuk", "Iryna Petrenko": a Latin-script first name the Polish dictionary
    does not know, before a surname it knows or does not know either. Only read after a
    person cue (a role phrase or label), so unknown capitalised pairs elsewhere stay out."""
    first, rest = words[0], words[1:]
    if not (first.isalpha() and first.istitle() and not is_cyrillic(first)):
        return False
    if polish.is_known(first):
        # "Inna Kravets", "Amina Rahimi", "Omar Al-Khatib": a first name Polish reads only as a
        # common word ("inna", "amina", "omar"), which the Russian or Ukrainian dictionary knows
        # spelled back in Cyrillic, before a surname Polish does not know at all ("Rada Miejska",
        # "Góry Świętej" keep their Polish words)
        return is_transcribed_first_name(first) and not _not_name_words(words) and all(
            w.replace("-", "").isalpha() and w[:1].isupper() and _foreign_surname(w) for w in rest)
    return all(w.replace("-", "").isalpha() and w[:1].isupper()
               and (not polish.is_known(w) or polish.is_surname(w)) for w in rest)


def _foreign_surname(word: str) -> bool:
    """Each part of the word ("Al-Khatib": "Khatib"; a part of two letters is a particle) is
    unknown to Polish or known to it only as a surname in the nominative ("Melnyk")."""
    return all(not polish.is_known(part) or all("nazwisko" in a[3] and "nom" in a[2] for a in polish.analyse(part))
               for part in word.split("-") if len(part) > 2)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from ngo_atlas.extract.lexicon import lexicon

    return frozenset(lexicon()["person_stopwords"])


def _nominative(name: str, lang: str) -> str:
    if is_cyrillic(name):
        try:
            from ngo_atlas.extract.bodynames import cyrillic_person_nominative

            return cyrillic_person_nominative(name, lang)
        except Exception:  # noqa: BLE001
            return name
    from ngo_atlas.extract.bodynames import foreign_nominative

    return foreign_nominative(polish.person_nominative(name), lang)


def find_people(text: str, s: int, e: int, labels: list[LabelHit], lang: str) -> list[PersonRef]:
    text = join_broken_names(text, s, e)  # "Natalia\nKaczmarek": one name over a line break
    out: list[PersonRef] = []
    for h in labels:
        role = _LABEL_ROLE.get(h.key)
        if role and s <= h.start < e:
            out.extend(_from_span(text, h.start, _label_value_end(text, h.start, h.end), role,
                                  f"label:{h.key}", 0.9, lang))
    for m in AUTHOR_INTRO.finditer(text, s, e):
        end = _clause_end(text, m.end(), e)
        out.extend(_from_span(text, m.end(), end, "author", "author_phrase", 0.8, lang))
    out.extend(_byline(text, s, e, lang))
    out.extend(_authored(text, s, e, lang))
    coords = _coordinator_phrases(text, s, e, lang, out)
    # (a name read past another's closed cue is only listed: any other rule's reading of her wins)
    listed = [p for p in coords if p.span and p.span.rule.endswith("closed_cue")]
    out.extend(p for p in coords if p not in listed)
    low = lowered(text)
    who = [NAME_WHO] if any(low.find(v, s, e) >= 0 for v in _WHO_VERBS) and _WHO_CUE.search(text, s, e) else []
    for m in [m for rx in [NAME_THEN_ROLE, *who] for m in rx.finditer(text, s, e)]:
        found = person_name(m.group("name"), lang)
        if found:
            role, rule = ("expert", "name_who_teaches") if m.re is NAME_WHO and m.group("teach") else \
                ("coordinator", "name_then_role")
            out.append(PersonRef(found[0], role, None, None, None,
                                 Span(m.start("name"), m.end("name"), rule, 0.75)))
    agenda = list(_AGENDA_SPEAKER.finditer(text, s, e))
    for m in agenda if len(agenda) >= 2 else []:
        # who opens, welcomes or chairs ("10:00 Otwarcie – X") gives no talk: a role, no expertise
        # ("… – prowadzenie: X": the chair's cue may open the part after the dash, before her name)
        head = re.match(r"[^A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]*", text[m.start("who"):m.end("who")]).end()
        role = "other" if _CHAIR.search(text, m.start(), m.start("who") + head) else "expert"
        out.extend(_from_span(text, m.start("who"), m.end("who"), role, "agenda_speaker", 0.65,
                              lang)[:1])
    for m in _MODERATOR.finditer(text, s, e) if any(low.find(w, s, e) >= 0 for w in _MODERATOR_WORDS) else []:
        end = min(x for x in (text.find("\n", m.end(), e), text.find(";", m.end(), e), e) if x >= 0)
        out.extend(_from_span(text, m.end(), end, "other", "moderator", 0.65, lang)[:1])
    speakers = list(_SPEAKERS.finditer(text, s, e)) if any(low.find(w, s, e) >= 0 for w in _SPEAKER_WORDS) else []
    for m in (list(_PANELISTS.finditer(text, s, e)) if _PANEL_HINT.search(text, s, e) else []) + speakers:
        # the names run to the line's end or a semicolon ("dr hab." has a full stop in it)
        end = min(x for x in (text.find("\n", m.end(), e), text.find(";", m.end(), e), e) if x >= 0)
        out.extend(_from_span(text, m.end(), end, "expert", "panelist", 0.65, lang))
    contacts = list(CONTACT_PHRASE.finditer(text, s, e)) if _CONTACT_HINT.search(text, s, e) else []
    for m in sorted(contacts + _signups(text, s, e), key=lambda m: m.start()):
        if "\n" in m.group() and ":" not in m.group():
            continue  # "… | NEWS | CONTACT\n\nINCLUDE-LOCAL …": a menu's last word, no cue
        end = _clause_end(text, m.end(), e)
        out.extend(_from_span(text, m.end(), end, "contact", "contact_phrase", 0.7, lang)[:1])
    # "Zapisy: x@y.pl, tel. … (Anna X)": whom the sign-ups go to, after the contact fields
    out.extend(signup_brackets(text, s, e, lang, person_name))
    # (an attributed speaker's coordinating role, after her office, beats the office's "other")
    out.extend(_attributed_speakers(text, s, e, lang, low))
    for m in _QUOTED_SPEAKER.finditer(text, s, e):  # last: a stated role found above wins
        found = person_name(m.group("name"), lang)
        if found:
            out.append(PersonRef(found[0], "other", None, None, None,
                                 Span(m.start("name"), m.end("name"), "quoted_speaker", 0.5)))
    seg = text[s:e].lower()
    # once per segment: most have no such word
    asked = any(h in seg for h in _WRITER_HINTS) or any(h in seg for h in _POST_META_HINTS)
    found = [p for p in _dedupe(out + _body_names(text, s, e, lang, out) + listed, text)
             if not ((asked or p.role == "author") and _writer(text, p))]
    found += _coordinated(text, e, found, lang)
    # (a post's writer with her job, "wpis: X, bibliotekarka", wrote the page, as above)
    found += [p for p in _apposed(text, s, e, lang, found) if not (asked and _writer(text, p))]
    found += [p for p in _keyed_lists(text, s, e, lang, found) if not (asked and _writer(text, p))]
    found = _written_again(text, found, lang)
    _unit_heads(text, found)
    study_heads(text, found)
    _bracketed_roles(text, found)
    titled_heads(text, found)
    for p in found:
        if p.role == "other" and p.span and _PROFESSION_BEFORE.search(text, max(s, p.span.start - 30), p.span.start):
            # "czuwała mec. Joanna X", "the psychologist Anna Y": her profession is her expertise
            p.role, p.span = "expert", Span(p.span.start, p.span.end, f"{p.span.rule}+profession", p.span.confidence)
    own_heads(text, found, _inner_role)  # "X – adwokatka, koordynatorka projektu": the head's title is hers
    _titled_experts(text, s, found)
    press_contacts(text, found)  # "Biuro prasowe: X, …": the press desk's person is the contact
    found = _with_structured(text, found, structured_people(text, s, e, lang, person_name, _inner_role))
    mens_genitive_names(text, found, lang)  # "z udziałem … i Tarika Mansoura": Tarik Mansour
    publication_authors(text, s, e, found)  # "Autorzy raportu: X, Y": a team member wrote it
    thanks = page_thanks(seg)  # "Dziękujemy pani X z urzędu za pomoc": help from outside
    found = [p for p in _cut_names(found) if not (p.name and body_words(p.name))]
    found = drop_commenters(text, found)  # "Tomasz X\nGratulacje!\nLubię to! · Odpowiedz": a reader
    post_writer_coordinator(text, found)  # "X • 2nd\nProgramme Manager at …": she runs it
    return [p for p in found if not _public_office(text, p) and not (
        thanks and p.role == "other" and p.span and thanked_for_help(text, p.span.start, p.span.end))]


# an academic degree written before a name ("dr Anna X", "dr hab. Y, prof. UW", "Prof. Dr. Z",
# "доктор X", "д-р Y", "професорка Z"): a doctor's or professor's degree is expertise
_DEGREE_BEFORE = re.compile(r"(?<![\w.])(?:dr|prof|hab|доктор\w*|д-р|проф|професор\w*|профессор\w*)\.?"
                            r"(?:[^\S\n]+(?:dr|hab|prof|mgr|inż)\.?)*[^\S\n]*$", re.IGNORECASE)
# a team's membership ("Zespół: dr X", "W zespole są także dr Y", "Research team: Dr Z"): the
# membership is all the page says of her part (other, as the team's key gives)
_TEAM_BEFORE = cue(r"zesp[oó][łl]\w*|team|команд\w*|колектив\w*")


# the offices of a town's, a region's or a state's government: "zastępczyni prezydenta miasta",
# "burmistrz", "wójt", "starosta", "wojewoda", "marszałek województwa", "minister", "mayor",
# "заступник мера", "губернатор" (an NGO's "prezes" or "president" is no such office)
_OFFICE_WORDS = (r"(?:wice)?prezydent\w*|burmistrz\w*|wójt\w*|starost\w*|(?:wice)?wojewod\w*|"
                 r"marsza[łl]k\w*[^\S\n]+województw\w*|(?:wice)?minist\w*|(?:deputy[^\S\n]+)?mayor|"
                 r"governor|voivode|мер(?:а|у|ом|ові)?|мэр\w*|губернатор\w*|міністр\w*|министр\w*|"
                 r"міськ\w+[^\S\n]+голов\w*|городск\w+[^\S\n]+голов\w*")
# the office right before the name (its few words of whose office between) or after a comma
_OFFICE_BEFORE = re.compile(rf"(?<![\w])(?i:{_OFFICE_WORDS})(?:[^\S\n]+[^\W\d][\w.-]*){{0,3}}[^\S\n]+$")
_OFFICE_AFTER = re.compile(rf"[^\S\n]*,[^\S\n]+(?:[^\W\d]+[^\S\n]+)?(?i:zastęp\w+[^\S\n]+|deputy[^\S\n]+|"
                           rf"заступни\w+[^\S\n]+)?(?i:{_OFFICE_WORDS})(?![\w])")


def _public_office(text: str, p: PersonRef) -> bool:
    """A quoted speaker with no stated role (other) named with an office of a town's, region's or
    state's government ("– mówi zastępca prezydenta miasta X", "X, burmistrz Y", "заступниця
    мера Z"): an official who speaks of the project or opens it, no person in it."""
    return _quoted_official(text, p) and not signed_by(text, p)


def _quoted_official(text: str, p: PersonRef) -> bool:
    """A quoted speaker with no stated role (other) named with a government office (_OFFICE_WORDS)."""
    if p.role != "other" or not p.span or not p.span.rule.startswith(("attributed_speaker", "quoted_speaker")):
        return False
    a, b = p.span.start, p.span.end
    return bool(_OFFICE_BEFORE.search(text, max(0, a - 60), a) or _OFFICE_AFTER.match(text, b))


def signing_official(text: str, p: PersonRef) -> bool:
    """A quoted official (_quoted_official) kept because she signs the project's agreement."""
    return _quoted_official(text, p) and signed_by(text, p)


def signed_by(text: str, p: PersonRef) -> bool:
    """The page says she signs the project's agreement, in her own sentence or where her
    surname comes again ("Umowę podpisali: wiceminister X, ...")."""
    a, b = p.span.start, p.span.end
    # who signs the project's agreement ("mówiła podczas podpisania umowy wojewoda X", or
    # elsewhere on the page: "Umowę podpisali: wiceminister X, ...") has a stated part in it
    last = p.name.split()[-1] if p.name else ""
    stem = last[:-2] if len(last) >= 6 else last  # the surname in any case ("Grodeckiego")
    spots = [a] + ([i.start() for i in re.finditer(re.escape(stem), text) if not a <= i.start() < b]
                   if stem else [])
    for k, i in enumerate(spots):
        ss = sentence_start(text, i)
        se = min((j for j in (text.find(".", i + len(stem)), text.find("\n", i + len(stem))) if j >= 0),
                 default=len(text))
        if _SIGNING.search(text, max(0, ss - 200) if k == 0 else ss, se):
            return True
    return False


_SIGNING = cue(r"podpis\w*|podpisa\w*|sign(?:s|ed|ing)?\b|підпис\w*|подпис\w*")


def _titled_experts(text: str, s: int, found: list[PersonRef]) -> None:
    """A person found with no stated role (other) whose name follows an academic degree gives
    the project expertise (expert), unless the words before her name, on her line, say only
    that she is a member of a team."""
    for p in found:
        if p.role != "other" or not p.span or p.span.rule.startswith("label:team"):
            continue
        a = p.span.start
        if not _DEGREE_BEFORE.search(text, max(s, a - 20), a):
            continue
        ls = max(s, text.rfind("\n", 0, a) + 1, a - 120)
        if _TEAM_BEFORE.search(text, ls, a):
            continue
        p.role, p.span = "expert", Span(a, p.span.end, f"{p.span.rule}+degree", p.span.confidence)


# a post's byline: the name opens its line and a separator ("|", "·", "•") leads to the post's
# date ("Anna X | 29 lutego 2024, 07:15 | 3 komentarze", "Марія Y · 14 листопада 2023 · 6 хв")
_META_SEP = re.compile(r"[^\S\n]*[|·•]")
# a name written again in brackets in the other script right after it ("Анна X (Anna X)")
_PAIR_BEFORE_BRACKET = re.compile(r"([A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+)"
                                  r"[^\S\n]*\($")


# the office of a body's head or board ("Prezeska Zarządu:", "Dyrektor szkoły" over a signature,
# "Prezeską fundacji jest X", "Director:", "Директор:"): the noun, then at most two words of
# whose office it is, then a colon or a dash, a copula, or the line's end with the name below
_OFFICE = re.compile(r"[^\S\n]*(?i:wice)?(?i:prezes\w*|dyrektor\w*|director|president|директор\w*|президент\w*|"
                     r"председател\w*|голова)(?P<of>(?:[^\S\n]+[^\W\d][\w.]*){0,2}?)[^\S\n]*"
                     r"(?::|[–—-]|[^\S\n](?i:jest|był[a]?|is|was|є|является)|(?=\n))[^\S\n]*"
                     r"(?:(?i:ks|dr|prof|mgr|hab|s)\.?[^\S\n]+)*\n?$")


def _body_office(text: str, ls: int, a: int) -> bool:
    """A person found with no role of her own and named for a body's office (_OFFICE) in her
    sentence, or on the line above a name alone on its line: the body's officer, whose office
    is no role in the project (an office of a festival or a project, "Dyrektorka festiwalu:",
    heads the project and stays)."""
    from ngo_atlas.extract.organisations import is_org_head

    start = sentence_start(text, a) if text[ls:a].strip() else text.rfind("\n", 0, max(0, ls - 1)) + 1
    if start >= a or not (m := _OFFICE.match(text, start, a)):
        return False
    of = m.group("of").split()
    return not of or is_org_head(of[0][:1].upper() + of[0][1:])


def _written_again(text: str, found: list[PersonRef], lang: str) -> list[PersonRef]:
    """Drop the people a page names only to say who wrote a post (its byline line), and the
    second writing of a name in the other script in brackets after it ("Анна Войцик (Anna
    Wójcik)", "Alena X (Алена X)"): one person, named as the text first writes her."""
    out: list[PersonRef] = []
    for p in found:
        if p.span is None or not p.name:
            out.append(p)
            continue
        a, b = p.span.start, p.span.end
        ls = text.rfind("\n", 0, a) + 1
        if not text[ls:a].strip() and _META_SEP.match(text, b):
            le = text.find("\n", b)
            if _POSTED.search(text, b, len(text) if le < 0 else le):
                continue
        if p.role == "other" and _body_office(text, ls, a):
            continue
        if p.role == "other" and not p.span.rule.startswith("label:") and on_page_meta(text, a, b):
            continue  # who wrote or edited the page, on its dated metadata line
        if p.role not in ("coordinator", "contact") and in_publishing_record(text, a, b):
            continue  # who entered, published or photographed the page: its publishing record
        m = _PAIR_BEFORE_BRACKET.search(text, max(ls, a - 60), a) if text[a - 1:a] == "(" else None
        if m and is_cyrillic(m.group(1)) != is_cyrillic(p.name):
            if any(q.span and q.span.start <= m.start(1) < q.span.end for q in found if q is not p):
                continue  # the first writing was read as well
            hit = person_name(m.group(1), lang)
            if hit:  # read only in brackets: she is named as first written
                p.name, p.span = hit[0], Span(m.start(1), m.end(1), f"{p.span.rule}+first_writing",
                                               p.span.confidence)
        out.append(p)
    return out


# A name in apposition to a noun of persons, the noun before it ("terapeutka Nadiia Kravets",
# "asystent międzykulturowy Rustam Aliyev", "therapist X") or after a comma, a dash or a bracket
# ("Bohdan Lytvyn – doradca zawodowy", "Yuliia Moroz (tłumaczka)", "X, an educator"): her job
# says she works in it; the noun is told by its morphology, not by a list (_person_noun)
_LOW = r"[a-ząćęłńóśźżа-яёіїєґ][^\W\d]{3,}"
# (two capitalised words; what stands around them is checked in _apposed, which is cheaper
# than lookarounds at every capital letter)
_PAIR = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+[ \t][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+")
# the noun (and a modifier after or before it) after a comma, a dash or a bracket
_NOUN_AFTER = re.compile(rf"[^\S\n]*(?:,|[–—-]|\()[^\S\n]*(?:(?:an?|the|our|nasza|nasz)[^\S\n]+)?"
                         rf"(?P<noun>{_LOW})(?:[^\S\n]+(?P<noun2>{_LOW}))?")
_OF_NAME = re.compile(r"\bof[^\S\n]+$")
# who the project serves or who takes part, not who works in it
_NOT_STAFF = ("uczestn", "migra", "uchodź", "cudzoziem", "mieszka", "benefic", "particip", "refuge",
              "resident", "участн", "учасн", "мигрант", "мігрант", "беженц", "біженц", "ludzi", "people",
              "dziec", "children", "rodzin", "famil", "member", "członk", "osob", "person", "gość", "guest",
              "student", "ucz", "pupil", "partner")
# English nouns of persons by their suffix, and a few heads with none
_EN_PERSON = re.compile(r"(?:[a-z]{3,}(?:er|or|ist|ant|ian)|candidate|coach|nurse|advisor|adviser|"
                        r"educator|officer|staff)")
_EN_NOT = frozenset(("under", "over", "after", "other", "order", "either", "never", "center", "centre",
                     "cancer", "letter", "paper", "matter", "number", "winter", "summer", "water",
                     "border", "corner", "poster", "register", "chapter", "quarter", "major", "important",
                     "relevant", "different", "ever", "however", "together", "whether", "further",
                     "sister", "brother", "mother", "father", "daughter", "partner", "christian", "ukrainian",
                     "russian", "belarusian", "syrian", "canadian", "hungarian", "indian", "elevator",
                     "monitor", "sector", "factor", "doctorate", "tenant", "instant", "constant", "vacant",
                     # comparatives: "the wider Pomeranian region"
                     "wider", "larger", "greater", "older", "younger", "former", "latter", "better",
                     "higher", "lower", "newer", "bigger", "smaller", "longer", "closer", "earlier", "later"))
# the press office's people ("rzecznik prasowy X", "Media enquiries: X, press officer") speak for
# the institution; a quote's speaker ("— каже X, педіатриня") is read, if at all, by the speaker rules
_MEDIA_LINE = CI(r"medi(?:ów|a)\b|media\b|prasow|press|сми\b|змі\b|прес")


@lru_cache(maxsize=20_000)
def _person_noun(word: str, lang: str) -> bool:
    """A common noun that names a person by a job or function: Polish masculine personal nouns
    and the feminines made from them (Morfeusz), Russian and Ukrainian animate nouns that are
    no names (pymorphy3), English nouns by their agentive suffix."""
    low = word.lower()
    if any(low.startswith(x) for x in _NOT_STAFF):
        return False
    if is_cyrillic(word):
        return _cyrillic_person_noun(low, plural=False)
    if lang == "en":
        return low not in _EN_NOT and bool(_EN_PERSON.fullmatch(low))
    return _polish_person_noun(low, "subst:sg")


def _cyrillic_person_noun(low: str, plural: bool) -> bool:
    """A Russian or Ukrainian animate common noun (no first name, surname or patronymic) in the
    number asked for. The Ukrainian dictionary leaves the number off many feminine nouns of
    persons ("викладачка", "вихователька": "NOUN,anim femn,nomn"), so a reading without "plur"
    counts as singular."""
    from ngo_atlas.lang.slavic import word_parses

    return any(p.tag.POS == "NOUN" and "anim" in p.tag and ("plur" in p.tag) == plural
               and not ({"Name", "Surn", "Patr"} & p.tag.grammemes)
               and p.score >= 0.3 for la in ("uk", "ru") for p in word_parses(low, la)[:2])


def _apposed(text: str, s: int, e: int, lang: str, found: list[PersonRef]) -> list[PersonRef]:
    """People named beside a noun of persons that no cue above read (role by the noun, where
    the bracketed roles have one, else other)."""
    known = {p.name for p in found if p.name}
    spans = [(p.span.start, p.span.end) for p in found if p.span]
    out: list[PersonRef] = []
    stop = _stopwords()
    for p in _PAIR.finditer(text, s, e):
        a, b = p.span()
        # (this runs at every capitalised pair: characters first, then words split, not searched)
        low_before = a - s > 1 and text[a - 1] in " \t" and text[a - 2].islower()
        nxt = text[b:b + 2].lstrip(" \t")[:1]
        if not low_before and (not nxt or nxt not in ",–—-("):
            continue
        if (a > 0 and (text[a - 1].isalnum() or text[a - 1] in "._")) or nxt.isupper():
            continue  # inside a word, or a third capitalised word runs on: no two-word name
        nouns = []
        if low_before:  # the two words before the name
            window = text[max(s, a - 60):a]
            words = _job_before(window.split())
            if words and words[-1].isalpha():
                # (a job opening the sentence is capitalised: "Ekspertką ds. X była Y")
                nouns = [w.lower() for w in words if len(w) >= 5 and w.isalpha() and w[1:].islower()
                         and w.lower() not in stop and (w.islower() or (
                             _opens_sentence(window, w) and _job_noun_before(w.lower())))]
        plural = len(nouns)  # (the words before the name, where a plural job names her and the next)
        m = _NOUN_AFTER.match(text, b, e) if nxt and nxt in ",–—-(" else None
        nouns += [n for n in m.group("noun", "noun2") if n and len(n) >= 5 and n not in stop] if m else []
        noun = next((n for i, n in enumerate(nouns) if _person_noun(n, lang) or (
            i < plural and lang == "pl" and _job_noun_before(n))), None)
        if noun is None:
            continue
        # "X – specjalistka ds. rozliczeń": her job names no expertise
        office = bool(_BACK_OFFICE_BEFORE.search(text, max(s, a - 60), a) if nouns.index(noun) < plural else
                      m is not None and _BACK_OFFICE_AFTER.match(text, m.start("noun"), e))
        taken = any(x < b and a < y for x, y in spans)
        if taken and (office or _inner_role([noun]) != "expert"):
            continue
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", b)
        before = text[max(ls, a - 40):a]
        before = before[max(before.rfind(". "), before.rfind("! "), before.rfind("? ")) + 1:]  # (this sentence's)
        if _MEDIA_LINE.search(text, ls, le if le >= 0 else e) or _patron(text[ls:a]) \
                or any(c in before for c in "»”\"") or any(h in before.lower() for h in _ATTRIBUTED_HINT):
            continue
        if lang == "en" and _OF_NAME.search(text, ls, a):
            continue  # "Faculty of Educational Studies – principal investigator": a body's name
        if taken:  # a rule found her here without a role: her job gives it
            _apposed_role([q for q in found if q.span and q.span.start < b and a < q.span.end], noun)
            continue
        hit = person_name(p.group(), lang)
        if hit and hit[0] in known and not office:  # found elsewhere on the page
            _apposed_role([q for q in found if q.name == hit[0]], noun)
        if not hit or hit[0] in known:
            continue
        known.add(hit[0])
        spans.append((a, b))
        role = "other" if office else _inner_role([noun]) or "other"
        out.append(PersonRef(hit[0], role, None, None, None, Span(a, b, "apposed_job", 0.5)))
        nm = _AND_NAME.match(text, b, e) if not _person_noun(noun, lang) else None
        two = person_name(nm.group("name"), lang) if nm else None
        if two and two[0] not in known:  # a plural job names both: "wychowawczynie X i Y"
            known.add(two[0])
            spans.append(nm.span("name"))
            out.append(PersonRef(two[0], role, None, None, None,
                                 Span(nm.start("name"), nm.end("name"), "apposed_job+coordinated", 0.5)))
    return out


def _opens_sentence(window: str, word: str) -> bool:
    """The word stands first in its sentence within the window (after a stop and a space)."""
    i = window.rfind(word)
    head = window[:i].rstrip(" \t")
    return i > 0 and len(head) < i and head[-1:] in (".", "!", "?", "\n")


# a copula between a job in the instrumental and the names ("asystentkami są X i Y",
# "trenerką była X"): the job stands before the verb
_COPULA = frozenset("jest są był była było byli były będzie będą zostali została został zostały".split())


def _job_before(words: list[str]) -> list[str]:
    """The (up to) two words before a name that may name her job: past a job's domain ("doradczyni
    ds. integracji X") and a copula ("asystentkami międzykulturowymi są X")."""
    if words and words[-1].lower() in _COPULA:  # (the copula after the domain: "ekspertką ds. X była")
        words = words[:-1]
    k = _domain_of_job(words)
    if k:
        words = words[:-k]
    if words and words[-1].lower() in _COPULA:
        words = words[:-1]
    return words[-2:]


@lru_cache(maxsize=20_000)
def _job_noun_before(word: str) -> bool:
    """Before a name, a Polish job in any number and case ("wychowawczynie", "asystentkami"), or
    one of the professions the roles list ("położna", a feminine with no masculine)."""
    low = word.lower()
    if any(low.startswith(x) for x in _NOT_STAFF):
        return False
    if _polish_person_noun(low, "subst:pl"):
        return True
    return _inner_role([low]) in ("expert", "coordinator") and any(
        t.startswith("subst") for _o, _l, t, _n in polish.analyse(low))  # not "psychologicznego"


# a key of persons and the names listed after it: "Konsultantki punktu: X, Y i Z", "Trenerzy
# edukacji: X, Y", "Researchers: X, Y", "Asystent międzykulturowy – X, Y". The scan finds the
# separators first (a colon, a dash after a space: few a page, found by str.find), then reads the
# key before one and the list after it; a regex tried at every word cost 15% of extraction CPU.
# after the separator: titles or a capital letter, then the list to the line's end, a full stop
# or a semicolon
_LIST_AFTER = re.compile(r"[^\S\n]*(?P<list>(?:(?:dr|mgr|prof|hab|Dr|Prof)\.?[^\S\n]+)*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n.;]*)")
_ITEM_SPLIT = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:i|oraz|and|и|та|і|й)[^\S\n]+")
_ITEM_BRACKET = re.compile(r"[^\S\n]*\([^()\n]*\)")
_CONTACT_FIELD = re.compile(r"(?i:tel|phone|mob|kom|e-?mail|fax|тел|моб)\b|\+?\d|[^\s@]+@")


@lru_cache(maxsize=20_000)
def _plural_person_noun(word: str, lang: str) -> bool:
    """A noun of persons in the singular or the plural ("trenerzy", "konsultantki", "researchers")."""
    low = word.lower()
    if _person_noun(word, lang):
        return True
    if any(low.startswith(x) for x in _NOT_STAFF):
        return False
    if is_cyrillic(word):  # "Преподаватели:", "Викладачки –", "Ментори:"
        return _cyrillic_person_noun(low, plural=True)
    if lang == "en":  # "Trainers", and "-es" after a sibilant: "Coaches"
        return low.endswith("s") and (_person_noun(low[:-1], lang) or (
            low.endswith(("ches", "shes", "sses", "xes")) and _person_noun(low[:-2], lang)))
    return _polish_person_noun(low, "subst:pl")


def _plural_only_noun(word: str, lang: str) -> bool:
    """A noun of persons in the plural and no singular ("prawnicy", "lawyers"; not "prawniczka")."""
    return _plural_person_noun(word, lang) and not _person_noun(word, lang)


def _key_separators(text: str, s: int, e: int) -> list[int]:
    """Where a key may end, in order: each colon, and the space before a dash ("Trenerzy – X")."""
    out = []
    for ch in ":–—-":
        i = text.find(ch, s, e)
        while i >= 0:
            if ch == ":":
                out.append(i)
            elif i > s and text[i - 1].isspace() and text[i - 1] != "\n":
                out.append(i - 1)
            i = text.find(ch, i + 1, e)
    return sorted(out)


def _list_key(text: str, ls: int, pos: int, lang: str) -> str | None:
    """The noun of persons in the words right before a separator at pos (line start ls): None
    where no word stands there, "" where none of the words is such a noun."""
    key: list[str] = []  # up to four words, the first may be a token's last letters ("(Trenerzy")
    tokens = text[max(ls, pos - 80):pos].split()
    domain = _domain_of_job(tokens)
    if domain:  # "Specjalistka ds. rekrutacji": the job is the noun before "ds.", its domain no job
        tokens = tokens[:-domain]
    for t in reversed(tokens[-4:]):
        if t.isalpha():
            key.append(t)
            continue
        j = len(t)
        while j and t[j - 1].isalpha():
            j -= 1
        if j < len(t):
            key.append(t[j:])
        break
    if not key:
        return None
    key.reverse()
    words = [w for i, w in enumerate(key) if i == 0 or w.islower()]
    if lang == "en":  # an English compound's head is its last word ("Donor project partner"),
        # capitalised in a Title Case key too ("Outreach Officer:"; "City for Newcomers –", with
        # a small word inside, is a name's title, no job)
        words = key[-1:] if all(w[0].isupper() for w in key) else words[-1:]
    return next((w for w in words if len(w) >= 5 and _plural_person_noun(w, lang)), "")


# the Polish job title names its domain after "ds." / "do spraw" ("specjalistka ds. rekrutacji",
# "doradca do spraw cudzoziemców", "asystent ds. e-learningu"): the words from the marker on
_DOMAIN_MARK = ("ds.", "ds", "d/s")


def _domain_of_job(tokens: list[str]) -> int:
    """How many of the key's last tokens (at most five) are a job's domain after "ds." or "do
    spraw"; 0 where none is."""
    for k in range(1, min(6, len(tokens))):
        t = tokens[-k - 1].lower()
        if t in _DOMAIN_MARK:
            return k + 1
        if t == "spraw" and k + 2 <= len(tokens) and tokens[-k - 2].lower() == "do":
            return k + 2
    return 0


def _keyed_lists(text: str, s: int, e: int, lang: str, found: list[PersonRef]) -> list[PersonRef]:
    """Names listed after a key whose words name persons by a job: each is a person in the
    project with the job's role (expert where the job gives expertise, else other)."""
    known: dict[str, PersonRef] | None = None
    out: list[PersonRef] = []
    done = s  # a list read runs to its end (its line's, or its closing dash): no key inside it
    for pos in _key_separators(text, s, e):
        if pos < done:
            continue
        lm = _LIST_AFTER.match(text, pos + (1 if text[pos] == ":" else 2), e)
        if lm is None or pos == s or not (text[pos - 1].isalpha() or text[pos - 1] in " \t"):
            continue
        ls = text.rfind("\n", 0, pos) + 1
        noun = _list_key(text, ls, pos, lang)
        if noun is None:
            continue
        end = _closing_dash(text, lm.start("list"), lm.end()) if text[pos] != ":" else lm.end()
        done = end
        if not noun or _inner_role([noun.lower()]) in ("author", "coordinator"):
            continue  # (a coordinator's or an author's key is read by the label rules, with their guards)
        if _MEDIA_LINE.search(text, ls, pos) or _patron(text[ls:pos]):
            continue
        from ngo_atlas.extract.bodynames import _BOARD_BEFORE

        if _BOARD_BEFORE.search(text, max(ls, pos - 40), lm.start("list")):
            continue  # "Skarbnik – X", "Członek Zarządu: Y": the publishing body's board
        body = _ITEM_BRACKET.sub("", text[lm.start("list"):end])
        items = [x.strip() for x in _ITEM_SPLIT.split(body) if x.strip()]
        # (the list ends where her contact fields begin: "Specjalistka ds. X: Y, tel. …, y@…")
        cut = next((i for i, x in enumerate(items) if i and _CONTACT_FIELD.match(x)), len(items))
        items = items[:cut]
        names = [_plain_name(x, lang) for x in items]
        if not items or not all(n and _name_is_item(n, x) for n, x in zip(names, items)):
            continue  # every item a name and nothing else: "Partnerzy: Fundacja X" is no list of persons
        if any(is_cyrillic(n[0]) and not _is_person(n[0].split(), lang) for n in names):
            continue  # "Партнери: Місто Люблін": a Cyrillic item's first word must be a first name
        role = "expert" if _inner_role([noun.lower()]) == "expert" and not _BACK_OFFICE_BEFORE.search(
            text, max(ls, pos - 80), pos) else "other"
        start = lm.start("list")
        if known is None:
            known = {p.name: p for p in found if p.name}
        at = start
        for n, x in zip(names, items):
            a = max(text.find(x, at, end), at)  # the item as written (its name may be inflected)
            at = a + len(x)
            # (or, in a dashed apposition, whose items take the case of the noun before it, the
            # one another rule read on the item's words with her name in the nominative:
            # "вихователькам – Оксані X та Ірині Y –")
            q = known.get(n[0]) or (None if end == lm.end() else next(
                (f for f in found if f.name and f.span and a <= f.span.start and f.span.end == at), None))
            if q is not None:
                if role == "expert" and q.role == "other" and q.span:
                    q.role = "expert"
                    q.span = Span(q.span.start, q.span.end, f"{q.span.rule}+keyed_list", q.span.confidence)
                continue
            p = PersonRef(n[0], role, None, None, None, Span(a + n[1], at, "keyed_list", 0.5))
            known[n[0]] = p
            out.append(p)
    return out


# a dash between spaces closing an apposition that a dash opened ("asystentki – X i Y – które …")
_CLOSING_DASH = re.compile(r"[^\S\n]+[–—-][^\S\n]+")


def _closing_dash(text: str, a: int, b: int) -> int:
    """Where a list opened by a dash ends (a..b, the list to its line's end or stop): at the
    dash that closes the apposition ("nasi streetworkerzy – X i Y – wychodzili …", "our
    trainers – X and Y – led …"), else at b."""
    m = _CLOSING_DASH.search(text, a, b)
    return m.start() if m else b


def _name_is_item(n: tuple[str, int, int], item: str) -> bool:
    """The list's item is the name and nothing else, past a degree or title before it ("dr X")."""
    return n[2] == len(item) and (n[1] == 0 or bool(TITLES.fullmatch(item[:n[1]])))


def _apposed_role(same: list[PersonRef], noun: str) -> None:
    """A person some rule found without a stated role ("other") whose job stands in apposition
    to her name ("X – psycholożka", "prawniczka X") takes the expertise that job names; a
    coordinating noun there ("liderka grupy wolontariuszy") heads a unit, not the project."""
    role = _inner_role([noun])
    for q in same:
        if role == "expert" and q.role == "other" and q.span:
            q.role = role
            q.span = Span(q.span.start, q.span.end, f"{q.span.rule}+apposed_job", q.span.confidence)


def _coordinator_phrases(text: str, s: int, e: int, lang: str, known: list[PersonRef]) -> list[PersonRef]:
    """The person after each coordinator cue ("Koordynatorka projektu: X", "led by X") where
    no person found before (known, or an earlier cue's) stands."""
    out: list[PersonRef] = []
    for m in COORD_PHRASE.finditer(text, s, e):
        if any(p.span and p.span.start <= m.end() < p.span.end + 5 for p in [*known, *out]):
            continue
        end = _clause_end(text, m.end(), e)
        found = _from_span(text, m.end(), end, "coordinator", "coordinator_phrase", 0.75, lang)[:1]
        if found and found[0].span and _cue_closed(text, m.start(), m.end(), found[0].span.start):
            # "X (koordynatorka świetlicy), Y (pedagożka)": the cue is X's; Y is named in the list
            found[0].role = "other"
            found[0].span = Span(found[0].span.start, found[0].span.end, "coordinator_phrase+closed_cue", 0.5)
            out.extend(found)
            continue
        if found and found[0].span and _OBJECT_FIRST.search(text, m.end(), found[0].span.start):
            # "która koordynowała zespół prawników, oraz do Pana X": the verb had its object;
            # "…, a partnerami są: X"; "(организация): Ассоциация «X»": a body's quoted name
            continue
        if found and _headed_by_another_noun(text, m.start()):
            # "Asystentka koordynatorki: X", "Zastępca koordynatora – X": the coordinator's
            # assistant or deputy, a role in the project all the same
            found[0].role = "other"
            found[0].span = Span(found[0].span.start, found[0].span.end, "coordinator_phrase+head_noun", 0.7)
        out.extend(found)
    return out


# a capitalised pair and a comma or dash right before a cue on its line: the cue is that name's role
_NAME_THEN_CUE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+[^\S\n]*[,–—-]"
                            r"[^\S\n]*(?:[^\W\d]+[^\S\n]+){0,2}$")


def _cue_closed(text: str, a: int, b: int, pos: int) -> bool:
    """The cue at a..b is written after a name, not before the one at pos: it stands in a
    bracket that closes before pos ("X (koordynatorka świetlicy), Y", "X (coordinator 🙋), Y and
    Z"), or ends a line that a name opens ("– X, project coordinator\n- Panel: Y")."""
    ls = text.rfind("\n", 0, a) + 1
    if text.count("(", ls, a) > text.count(")", ls, a) and ")" in text[b:pos]:
        return True
    return "\n" in text[a:pos] and _NAME_THEN_CUE.search(text, ls, a) is not None


# a coordinating role word before a name on its line, and what it heads
_HEAD_WORD = re.compile(r"(?i:koordynator\w*|kierowni\w*|coordinator|manager|lider\w*|leader|"
                        r"koordynuje|koordynował\w*|kieruje|kierował\w*|координу\w*|керує|руковод(?:ит|ил\w*)|"
                        r"координатор\w*|керівни\w*|руководител\w*|pod\s+kierunkiem|under\s+the\s+direction\s+of|"
                        r"под\s+руководством|під\s+керівництвом)")
_PROJECT_WORD = re.compile(r"(?i:projekt\w*|project\w*|про[еє]кт\w*|zadani\w*|"
                           # the programme the page runs is its undertaking too: "Kierowniczka
                           # programu szkoleniowego: X", "керівниця програми"
                           r"program\w*|програм\w*)")


def _head_of(text: str, p: PersonRef) -> str | None:
    """What the coordinating role word before the name heads: "unit" (or "part", where the
    word is a coordinator's) where a genitive noun
    right after it names something other than the project ("Kierowniczka Centrum: X",
    "koordynatorki Centrum, X", "керівниця центру: X") or where the noun it follows directs
    ("zespół pod kierunkiem X"); "project" otherwise ("Koordynatorka projektu: X", a bare
    "Koordynatorzy: X, Y", "Koordynator merytoryczny: X"); None where no such word stands."""
    ls = max(text.rfind("\n", 0, p.span.start) + 1, p.span.start - 80)
    last = None
    for m in _HEAD_WORD.finditer(text, ls, p.span.start):
        last = m
    if last is None:
        return None
    if last.group().lower().startswith(("pod", "under", "под", "під")):
        word = re.search(r"([^\W\d]+)[^\S\n]+$", text[ls:last.start()])  # what she directs
        return "unit" if word and _common_noun(word.group(1), None) else "project"
    word = re.match(r"[^\S\n]+([^\W\d]+)", text[last.end():p.span.start])
    if not (word and _common_noun(word.group(1), "gen")):
        return "project"
    team = re.match(r"[^\S\n]+(?:[^\W\d]+[^\S\n]+)??(?i:" + TEAM_GENITIVE + r")((?:[^\S\n]+[^\W\d]+)?)",
                    text[last.end():p.span.start])
    if team and not team_of_persons(team.group(1)):
        return "project"  # "Kierownik zespołu polskiego: X": a team doing the project's work (teamhead)
    # who coordinates a part of the project's work ("Koordynatorka działań w Gdyni: X",
    # "koordynatorem punktu był X") coordinates it all the same: its coordinator; who heads
    # or leads a unit ("Kierowniczka Centrum: X", "liderka grupy") has a role in it
    return "part" if last.group().lower().startswith(("koordyn", "coordinat", "координ")) else "unit"


def _common_noun(word: str, case: str | None) -> bool:
    """A noun other than the project's (in this case, where one is given), by the dictionary."""
    if _PROJECT_WORD.fullmatch(word):
        return False
    if is_cyrillic(word):
        from ngo_atlas.lang.slavic import word_parses

        want = {"gen": "gent"}.get(case or "", "")
        return any("NOUN" in str(x.tag) and want in str(x.tag) for lg in ("uk", "ru") for x in word_parses(word, lg))
    # (a common noun: "Kierowniczka Centrum", never a name in the genitive, "koordynatorki Iryny")
    return any(t.startswith("subst:") and (case is None or case in polish.tag_cases(t))
               and "nazwa_pospolita" in n for _o, _l, t, n in polish.analyse(word))


def _unit_heads(text: str, people: list[PersonRef]) -> None:
    """A coordinator of something other than the project (a centre, the volunteers, a team)
    beside a person named the project's own coordinator has a role in it, not its
    coordination ("Koordynator projektu: X … Kierowniczka Centrum: Y"); alone, the head of
    the unit the page describes is its coordinator ("Kierownik punktu: X")."""
    heads = {id(p): _head_of(text, p) for p in people if p.role == "coordinator" and p.span}
    if not any(h == "project" for h in heads.values()):
        return
    for p in people:
        if heads.get(id(p)) == "unit":
            p.role = "other"
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+unit_head", p.span.confidence)


_BRACKET_AFTER = re.compile(r"[^\S\n]*\(([^()\n]{2,60})\)")
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+\.?)*")


def _bracketed_roles(text: str, people: list[PersonRef]) -> None:
    """"X (koordynatorka) i Y (lektorka języka polskiego)": a name read in prose with its own
    role in brackets after it takes that role, not the role of the name listed before it; a
    role we do not name ("lektorka", "wolontariuszka") is a role in the project all the same."""
    for p in people:
        if not (p.name and p.span and p.span.rule.startswith("body_name")):
            continue
        m = _BRACKET_AFTER.match(text, p.span.end)
        if not m or not m.group(1)[:1].islower() or not _WORDS_ONLY.fullmatch(m.group(1)):
            continue  # "(Fundacja X)", "(IOM)", "(x@y.pl)": an affiliation or an address, no role
        role = _inner_role([m.group(1)]) or "other"
        if role != p.role:
            p.role = role
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+bracket_role", p.span.confidence)


def _headed_by_another_noun(text: str, pos: int) -> bool:
    """The role word at pos is a genitive governed by the noun right before it on its line
    ("Asystentka koordynatorki", "Zastępca koordynatora"): that noun, not the role word, says
    what the named person is."""
    word = re.match(r"[^\W\d]+", text[pos:pos + 30])
    prev = re.search(r"([^\W\d]+)[^\S\n]+$", text[max(0, pos - 30):pos])
    if not word or not prev or is_cyrillic(word.group()):
        return False
    gen = any(t.startswith("subst:sg:gen") for _o, _l, t, _n in polish.analyse(word.group().lower()))
    return gen and _person_noun_nominative(prev.group(1).lower())


def _person_noun_nominative(word: str) -> bool:
    """A noun of persons in the nominative: masculine personal ("zastępca", "asystent") or
    a feminine one made from such ("asystentka", "pomocniczka"); not "funkcja", "rola"."""
    return _polish_person_noun(word, "subst:sg:nom")


def _polish_person_noun(word: str, tag_prefix: str) -> bool:
    """A common noun (Morfeusz tag starting tag_prefix) of persons: masculine personal, or a
    feminine made from one: "-czka" of "-k" or "-cz" ("pomocniczka", "tłumaczka"), "-ożka" of
    "-og" ("psycholożka", "pedagożka"), "-arka" of "-arz" ("lekarka"), "-ka" of the bare stem
    or of a masculine in "-a" ("terapeutka", "specjalistka"), "-czyni" of "-ca", "-yni" of the
    stem."""
    for _o, lemma, tag, names in polish.analyse(word):
        if not tag.startswith(tag_prefix) or "nazwa_pospolita" not in names:
            continue
        if tag.endswith(":m1"):
            return True
        lemma = lemma.split(":")[0]
        bases = ([lemma[:-4] + "k", lemma[:-2]] if lemma.endswith("czka")
                 else [lemma[:-4] + "og"] if lemma.endswith("ożka")
                 else [lemma[:-2], lemma[:-2] + "a", lemma[:-2] + "z"] if lemma.endswith("ka")
                 else [lemma[:-5] + "ca", lemma[:-3]] if lemma.endswith("czyni")
                 else [lemma[:-3]] if lemma.endswith("yni") else [])
        if any(t.endswith(":m1") for b in bases if len(b) > 3 for _o, _l, t, _n in polish.analyse(b)):
            return True
    return False


_AND_NAME = re.compile(r"[^\S\n]+(?:oraz|i|and|та|і|и)[^\S\n]+(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+"
                       r"[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+)(?![^\S\n]*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def _only_a_name(word: str) -> bool:
    """Latin-script word the dictionary knows, if at all, only as a first name or surname
    ("Denys" it knows as a surname alone), never as a common word or a place."""
    if is_cyrillic(word):
        return False
    an = [a for a in polish.analyse(word) if a[2] != "ign"]
    return all(a[3] and set(a[3]) <= {"imię", "nazwisko"} for a in an)


def _coordinated(text: str, e: int, found: list[PersonRef], lang: str) -> list[PersonRef]:
    """"Zajęcia prowadzili trener Marcin X oraz Denys Y": a name joined to a found person's
    by "and" shares the verb, so the role (a first name the dictionary lacks included)."""
    from ngo_atlas.extract.organisations import is_org_head

    known = {p.name for p in found if p.name}
    out = []
    for p in [p for p in found if p.name and p.span]:
        m = _AND_NAME.match(text, p.span.end, e)
        words = m.group("name").split() if m else []
        if not m or any(is_org_head(w) for w in words) or not (
                _is_person(words, lang) or _foreign_name(words) or all(_only_a_name(w) for w in words)):
            continue
        name = _nominative(m.group("name"), lang)
        if name not in known:
            known.add(name)
            out.append(PersonRef(name, p.role, None, None, None,
                                 Span(m.start("name"), m.end("name"), f"{p.span.rule}+coordinated", 0.6)))
    return out


# a profession (or its title) right before a name: "mec.", "adw.", "psycholog", "lawyer"
_PROFESSION_BEFORE = re.compile(r"(?<![\w])(?:mec\.|adw\.|r\.\s?pr\.|lek\.(?:[^\S\n]*(?:med|dent|wet)\.)?|adwokat\w*|radc\w+\s+prawn\w+|"
                                r"psycholo\w+|prawni(?:k|czka|ka|kiem|czką)|lawyer|attorney|psychologist|"
                                r"юрист\w*|адвокат\w*|психолог\w*)[^\S\n]+(?:(?:dr|hab|mgr)\.?[^\S\n]+)*$",
                                re.IGNORECASE)


# Who wrote or asked, not who works in the project: an interviewer ("rozmawia Kamil Wiktor",
# "Розмовляла: Марта Шевчук", "interviewed by"), a post's writer ("wpis: X", "tekst: X"), or an
# author on a byline that dates the post ("opublikowano: … | autor: X", "Autor: X | 3 października
# 2024"); a report's authors on their own line stay its authors
_WRITER = re.compile(r"(?i:rozmawia(?:ł|ła)?|rozmowę\s+(?:prze)?prowadził[a]?|rozmowę\s+prowadzi|"
                     r"interviewed\s+by|interview\s+by|розмовля(?:в|ла)|розмову\s+вела?|"
                     r"беседовал[а]?|беседу\s+вела?|wpis|tekst|text\s+by|zdjęcia|photos?\s+by)"
                     r"[^\S\n]*:?[^\S\n]*(?:(?:pani|pan|red\.|dr)[^\S\n]+)?$")
_WRITER_HINTS = ("rozmaw", "rozmow", "interview", "розмов", "беседов", "бесед", "wpis", "tekst", "text by",
                 "zdjęci", "photo")
_POSTED = re.compile(r"(?i:opublikowano|dodano|published|posted|опубліковано|опубликовано|kategori|"
                     r"категорі|czas\s+czytania|reading\s+time)|\d{1,2}[./]\d{1,2}[./]\d{4}|"
                     r"\b\d{1,2}\s+[^\W\d]+\s+(?:19|20)\d\d\b")


# a post's metadata line: "Dodano: 27.01.2025, Anna X", "Opublikował: Biuro Wojewody – Anna X",
# "Posted by X": whoever stands on it put the page up; so does a public information bulletin's
# record ("Wytworzył: Wydział X | Udostępnił: Anna Y", "Informację wprowadził: Jan Z"), whose
# fields name who made, entered or changed the record, not who works in the project
_POST_META = re.compile(r"[^\S\n]*(?i:(?:informacj[eę]|dokument|treść)[^\S\n]+)?"
                        r"(?i:wytworzył[a]?|udostępnił[a]?|wprowadził[a]?|zmodyfikował[a]?|"
                        r"dodano|dodał[a]?|opublikowano|opublikował[a]?|published|posted|"
                        r"опубліковано|опублікува(?:в|ла)|опубликовано|опубликова(?:л|ла))(?![\w])")
_POST_META_HINTS = ("dodan", "dodał", "opublikowa", "published", "posted", "опублік", "опублик",
                    "wytworzył", "udostępnił", "wprowadził", "zmodyfikował")


def _writer(text: str, p: PersonRef) -> bool:
    if p.span is None or not p.name:
        return False
    # (her line's start within 200 characters; on a longer line, 200 characters back, not the
    # page's top, whose date would make a report's author in the prose a post's writer)
    nl = text.rfind("\n", max(0, p.span.start - 200), p.span.start)
    ls = nl + 1 if nl >= 0 else max(0, p.span.start - 200)
    before = text[max(ls, p.span.start - 60):p.span.start]
    low = before.lower()
    if any(h in low for h in _WRITER_HINTS) and _WRITER.search(before):
        return True
    head = text[ls:ls + 28].lower()  # ("Informację wprowadził:")
    if any(h in head for h in _POST_META_HINTS) and _POST_META.match(text, ls, p.span.start):
        return True
    if p.role == "author" and p.span.rule.startswith("author"):
        le = text.find("\n", p.span.end)
        return bool(_POSTED.search(text, ls, len(text) if le < 0 else le))
    return False


# A report's byline: a line of nothing but names near the top of a page that calls itself a
# report or a study ("Karolina Sobczak, Jan Wiśniewski" under the title)
_BY_NAME = r"(?:(?:dr|prof|mgr|hab)\.?[^\S\n]+)*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+"
_BYLINE = re.compile(rf"^[^\S\n]*{_BY_NAME}(?:[^\S\n]*(?:,|&|\band\b|\bi\b|\bта\b|\bи\b)[^\S\n]*{_BY_NAME})*"
                     r"[^\S\n]*$", re.MULTILINE)
_REPORT = CI(r"raport|report|publikacj|publication|policy\s+brief|звіт|отч[её]т|доклад")
_BYLINE_REACH = 800  # the byline stands under the title, near the top


def _byline(text: str, s: int, e: int, lang: str) -> list[PersonRef]:
    top = min(e, s + _BYLINE_REACH)
    if not _REPORT.search(text, s, top):
        return []
    out: list[PersonRef] = []
    for m in _BYLINE.finditer(text, s, top):
        found = _from_span(text, m.start(), m.end(), "author", "byline", 0.6, lang)
        if found and all(p.name for p in found) and len(found) == len(split_items(text, m.start(), m.end())):
            out.extend(found)
    return out


# A publication's authors as the subject of an active verb of writing, after it ("Raport
# „X” przygotowały Anna Lis i Ewa Kot", "The guide was written… / wrote X", "Звіт підготували
# X та Y"): the sentence names the publication first; co-authors "we współpracy z" join them
_PUBLICATION = CI(r"(?<![\w])(?:raport\w*|publikacj\w*|poradni\w*|przewodni\w*|broszur\w*|analiz\w*|"
                  r"ekspertyz\w*|report|publication|guide|brochure|звіт\w*|отч[её]т\w*|посібник\w*|"
                  r"пособи\w*|брошур\w*|публікаці\w*|публикаци\w*)")
_WROTE = re.compile(r"(?<![\w])(?i:(?:przygotowa|opracowa|napisa)(?:ł|ła|ło|li|ły)|wrote|prepared|compiled|"
                    r"authored|підготува(?:в|ла|ли)|написа(?:в|ла|ли|л)|уклал[аи]?|уклав|подготови(?:л|ла|ли))"
                    r"[^\S\n]+(?=(?i:(?:dr|prof|mgr|hab)\.?[^\S\n]+)*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
_WROTE_HINTS = ("przygotowa", "opracowa", "napisa", "wrote", "prepared", "compiled", "authored", "підготува",
                "написа", "уклал", "уклав", "подготови")
_CO_AUTHOR = re.compile(r"[^\S\n]+(?:we\s+współpracy\s+z|in\s+cooperation\s+with|together\s+with|"
                        r"у\s+співпраці\s+з|в\s+сотрудничестве\s+с)[^\S\n]+", re.IGNORECASE)


def _authored(text: str, s: int, e: int, lang: str) -> list[PersonRef]:
    """The authors a verb of writing names after a publication on its line (see _WROTE)."""
    low = text[s:e].lower()
    if not any(h in low for h in _WROTE_HINTS):
        return []
    out: list[PersonRef] = []
    for m in _WROTE.finditer(text, s, e):
        # the publication named earlier on the verb's line (a quoted title may hold full stops)
        a = max(s, text.rfind("\n", s, m.start()) + 1, m.start() - 250)
        if not _PUBLICATION.search(text, a, m.start()):
            continue  # "Posiłki przygotowała X": no publication, no author
        end = _names_end(text, m.end(), e)
        parts, pos = [], m.end()
        for c in _CO_AUTHOR.finditer(text, m.end(), end):
            parts.append((pos, c.start()))
            pos = c.end()
        parts.append((pos, end))
        for a2, b2 in parts:
            out.extend(p for p in _from_span(text, a2, b2, "author", "author_verb", 0.7, lang) if p.name)
    return out


def _names_end(text: str, pos: int, e: int) -> int:
    """Where a run of names after pos ends: a line break or a sentence's stop, not the full
    stop of a title ("we współpracy z dr. Tomaszem X")."""
    for m in _CLAUSE_END.finditer(text, pos, e):
        if text[m.start()] == "." and _TITLE_ABBR.search(text, max(pos, m.start() - 5), m.start()):
            continue
        return m.start()
    return e


def _body_names(text: str, s: int, e: int, lang: str, found: list[PersonRef]) -> list[PersonRef]:
    """Names in the prose that no cue above caught (last, so a cue's role wins)."""
    from ngo_atlas.extract.bodynames import find_body_names
    from ngo_atlas.extract.organisations import is_org_head

    known = {p.name for p in found if p.name}
    spans = [(p.span.start, p.span.end) for p in found if p.span and p.name]
    # (nor a shorter reading of a name a cue found: "Linh Nguyen" inside "Linh Nguyen Thi")
    return [p for p in find_body_names(text, s, e, lang, _stopwords(), is_org_head, found) if p.name not in known
            and not (p.span and any(a < p.span.end and p.span.start < b for a, b in spans))
            and not (p.span and _runs_on(text, p.span.end, 2 + text.count(" ", p.span.start, p.span.end) - 1))]


# "– … – mówi Agnieszka Rutkowska, prezeska Fundacji X": a quoted officer of a body in the
# project has a role in it (other), unless the text gives a more specific one
_QUOTED_SPEAKER = re.compile(
    r"[–—-]\s+(?:mówi|powiedział[a]?|podkreśla|dodaje|zaznacza|wyjaśnia|tłumaczy|says|said|"
    r"говорит|сказал[а]?|каже|сказав|сказала)\s+(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+\s+"
    r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+),\s+(?:prezes\w*|dyrektor\w*|wiceprezes\w*|przewodnicząc\w*|"
    r"president|director|chair\w*|head|директор\w*|президент\w*|голова|председател\w*)\b")


# "– … – mówi Oksana X, koordynatorka sieci", "– … – mówił członek zarządu województwa Marek Y",
# "“…,” says Anna Z, one of the leaders": whoever a quote is put to with a role before or after
# the name speaks for the project (other; its coordinator where the role says so). A name with
# no role (a participant quoted by name) is left alone.
_SPEECH = (r"(?:[–—]\s+|,?[”\"’»],?\s+)(?:mówi|mówił[a]?|powiedział[a]?|podkreśla|podkreślał[a]?|dodaje|dodał[a]?|"
           r"zaznacza|zaznaczył[a]?|wyjaśnia|wyjaśniał[a]?|tłumaczy|tłumaczył[a]?|says|said|explains|"
           r"adds|added|говорит|говорил[а]?|сказал[а]?|отмечает|отметил[а]?|добавляет|добавил[а]?|"
           r"каже|казав|казала|сказав|сказала|зазначає|зазначив|зазначила|додає|додав|додала)\s+")
_NAME2 = r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+)"
_ATTRIBUTED = re.compile(_SPEECH + r"(?:(?P<pre>[a-ząćęłńóśźżа-яёіїєґ][\w-]*(?:\s+[\w-]+){0,4}?)\s+)?" + _NAME2 +
                         # her body before her role: "mówi X z Fundacji Y, koordynatorka festiwalu"
                         r"(?P<aff>\s+(?:z|ze|from|of|из|з|із|зі)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"][^,.;\n]{1,60}?(?=,))?"
                         r"(?=\s*[,.;:!?\n)])")
# a role in apposition after the name: ", koordynatorka sieci", ", one of the leaders"
_POST_ROLE = re.compile(r",\s+(?:[a-ząćęłńóśźżа-яёіїєґ][\w-]*)(?:\s+[\w-]+){0,3}")
_ATTRIBUTED_HINT = ("mówi", "powiedzia", "podkreśla", "dodaje", "dodał", "zaznacz", "wyjaśnia", "tłumacz",
                    "says", "said", "explains", "adds", "added", "говор", "сказа", "отмеча", "отметил",
                    "добав", "каже", "казав", "казала", "зазнача", "зазначи", "додає", "додав")
_FROM_TOWN = re.compile(r"\s(?:z|ze|з|із|зі|из|from)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]")
_COORDINATING = re.compile(r"(?:koordyn|coordinat|координ|kierowni|manager|керівни|руководител)",
                           re.IGNORECASE)


def _attributed_speakers(text: str, s: int, e: int, lang: str, low: str) -> list[PersonRef]:
    """(low: the page's lowered text the caller already has, same offsets)"""
    if not any(low.find(h, s, e) >= 0 for h in _ATTRIBUTED_HINT):
        return []
    out = []
    for m in _ATTRIBUTED.finditer(text, s, e):
        post = _POST_ROLE.match(text, m.end(), e)
        role_words = m.group("pre") or (post and post.group())
        if post and _FROM_TOWN.search(post.group()):
            continue  # "— каже Марія К., лікарка з Харкова": a participant, by where she comes from
        # her apposition runs to the clause's end: a coordinating role may come after another
        # office or her body ("X, prezeska Fundacji Y i koordynatorka programu", "X,
        # przewodniczący komisji w Z, który koordynuje projekt")
        coordinating = role_words and _COORDINATING.search(text, m.end(), _clause_end(text, m.end(), e))
        if m.group("aff") and not coordinating:
            continue  # "mówi X z Y, …" with no coordinating role: read as before, no speaker
        found = role_words and person_name(m.group("name"), lang)
        if found:
            role = "coordinator" if coordinating or _COORDINATING.search(role_words) else "other"
            out.append(PersonRef(found[0], role, None, None, None,
                                 Span(m.start("name"), m.end("name"), "attributed_speaker", 0.5)))
    return out


# "debata „X” z udziałem dr Anny Lis i Jana Kota", "panel with the participation of X":
# who speaks at a debate or panel gives expertise (an expert)
_PANEL_CUE = (r"(?:debat\w*|panel\w*|dyskusj\w*|rozmow\w*|debate|discussion|дебат\w*|дискусс?і?\w*)"
              r"[^\n;]{0,80}?(?:z\s+udziałem|with\s+the\s+participation\s+of|featuring|"
              r"при\s+участии|за\s+участю|з\s+участю)\s+")
_PANELISTS = re.compile(_PANEL_CUE + r"(?=(?:dr|prof|mgr)\b|[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])", re.IGNORECASE)
_PANEL_HINT = CI(r"z\s+udziałem|participation\s+of|featuring|участии|участю")


# "Wykłady plenarne wygłoszą: prof. X (UŁ), dr Y", "Prelegenci: X, Y", "Speakers: X and Y",
# "Доповідачі: X, Y", "Лекции прочитают: X": who gives the talks passes on expertise
_SPEAKERS = re.compile(r"(?i:wykład\w*(?:\s+\w+)?\s+wygłos(?:i|zą)|wygłos(?:i|zą)\s+(?:je\s+)?|"
                       r"prelegen(?:ci|tki|t|tka)|prelegentami\s+(?:będą|są|byli)|speakers?(?:\s+include)?|"
                       r"keynote\s+speakers?|lecturers?|доповідач(?:і|ами\s+будуть)|спікер(?:и|ами\s+будуть)|"
                       r"спикер(?:ы|ами\s+будут)|докладчик(?:и|ами\s+будут)|лекци\w*\s+прочита(?:ет|ют))"
                       r"\s*:?\s+(?=(?:dr|prof|mgr|Dr|Prof|д-р|проф)\b|[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
# plain substrings of the lowered text: str.find skips to them faster than any regex
_SPEAKER_WORDS = ("wygłos", "prelegen", "speaker", "lecturer", "доповідач", "спікер", "спикер", "докладчик",
                  "прочита")


# "10:20 Wykład: … – prof. Tomasz Wolski, UAM": a speaker on an event's agenda (an expert)
_AGENDA_SPEAKER = re.compile(r"^[^\S\n]*\d{1,2}[:.]\d{2}(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?[^\S\n][^\n]*?"
                             r"[^\S\n][–—-][^\S\n](?P<who>[^\n–—]+)$", re.MULTILINE)


_CHAIR = re.compile(r"otwarci|powitani|zamknięci|moderac|opening|welcome|closing|moderat|открыти|"
                   r"відкритт|приветств|привітан|prowadzeni|модер|ведуч|ведущ", re.IGNORECASE)
# who moderates a debate or panel, anywhere on the page: "prowadzenie: X", "Moderacja: X",
# "Moderatorka: X", "(moderated by X)", "Модератор: X", "Ведуча: X" (in the read sets
# "prowadzenie:" is a debate's moderation every time). The role is other; an academic degree
# before the name makes her an expert all the same (_titled_experts), as the gold has it
# (9 moderators other, 5 with a degree expert, one with a degree other)
_MODERATOR = re.compile(r"(?<![\w])(?i:prowadzenie|moderacja|moderator(?:ka)?|модератор(?:ка)?|модерація|"
                        r"модерация|ведуч(?:ий|а)|ведущ(?:ий|ая))[^\S\n]*:[^\S\n]*"
                        r"(?=(?:dr|prof|mgr|Dr|Prof|д-р|проф)\b|[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])|"
                        r"(?<![\w])(?i:moderated[^\S\n]+by|chaired[^\S\n]+by)[^\S\n]+"
                        r"(?=(?:dr|prof|Dr|Prof)\b|[A-Z])")
_MODERATOR_WORDS = ("prowadzenie", "moderac", "moderat", "модер", "ведуч", "ведущ", "chaired")


# the full stop of a courtesy or clerical title ("ks. Marek Lis", "dr. Anna Lis", "o. Jan"),
# which a name follows: no end of the clause
# (only titles that open the clause: the name is what the cue points at; a lawyer's too:
# "mec.", "adw.", "apl. adw.", "r. pr.", "r.pr.": "Koordynatorem projektu jest adw. X")
_TITLE_DOT = re.compile(r"\s*(?:(?:pani|pan|ks|dr|prof|hab|mgr|inż|o|s|św|red|mec|adw|apl|r\.?\s?pr|r|doc|płk|por|p|"
                        r"о|д-р|проф|свящ)\.?\s+)*(?:ks|dr|prof|hab|mgr|inż|o|s|św|red|mec|adw|apl|r\.?\s?pr|r|doc|"
                        r"płk|por|p|о|д-р|проф|свящ)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\n|[.;]\s|\s(?:został|została|zostały|opracował|was|were|is)\b")


# between a coordinating cue and a name: a comma or a conjunction after other words means the
# cue's object came first and the name belongs to the next clause
_OBJECT_FIRST = re.compile(r"\S\s*,\s*\S|,\s*\S+\s+\S|(?<!\S)(?:oraz|i|a|and|but|и|і|та|а)\s|\w\s+[„“\"«]")


# a title's abbreviation inside a list of names: "X, prof. UMCS, dr Y" goes on after its dot
# the Polish job title's domain marker "ds." ("do spraw"), as _DOMAIN_MARK reads it in a key
_DOMAIN_DOT = re.compile(r"(?<![\w.])(?:ds|d/s)$", re.IGNORECASE)
_TITLE_WORDS = r"ks|dr|prof|hab|mgr|inż|mec|doc|red|adw|д-р|проф"  # (abbreviated titles, dot left off)
_TITLE_ABBR = re.compile(rf"(?<![\w])(?:{_TITLE_WORDS})$", re.IGNORECASE)


# where a person label's value (which runs to its line's end) stops naming its people: a
# sentence's end before a capital ("Koordynator projektu – X. Konsultacje prowadzą Y i Z")
_VALUE_STOP = re.compile(r"\.[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
# a dot that ends an abbreviation, no sentence: a title ("Prof. Dr. habil. X", "ks. Y", "Mr. Z",
# "д-р. X"), a job's domain ("ds. Y") or an initial ("Anna K. Nowak")
_ABBR_DOT = re.compile(rf"(?<![\w.-])(?i:{_TITLE_WORDS}|habil|lic|apl|mr|mrs|ms|st|jr|ds|d/s|[^\W\d_])$")


def _label_value_end(text: str, s: int, e: int) -> int:
    """The end of a person label's own value: its line's end, or a sentence's end before it
    (a dot after no abbreviation, then a capital)."""
    for m in _VALUE_STOP.finditer(text, s, e):
        if not _ABBR_DOT.search(text, max(s, m.start() - 6), m.start()):
            return m.start()
    return e


def _clause_end(text: str, pos: int, e: int) -> int:
    for m in _CLAUSE_END.finditer(text, pos, e):
        if text[m.start()] == "." and (_TITLE_DOT.fullmatch(text, pos, m.start()) or (
                _TITLE_ABBR.search(text, max(pos, m.start() - 5), m.start())
                and text.count("\n", pos, m.start()) == 0 and "," in text[pos:m.start()])):
            continue  # "Koordynatorem jest ks. Marek Bujalski": the name comes after the title
        if text[m.start()] == "." and _DOMAIN_DOT.search(text, max(pos, m.start() - 4), m.start()):
            continue  # "Koordynator ds. wolontariatu: X": the job's domain marker, no sentence's end
        return m.start()
    return e


def _from_span(text: str, s: int, e: int, role: str, rule: str, conf: float,
               lang: str) -> list[PersonRef]:
    out = []
    for a, b in split_items(text, s, e, conj_ok=lambda w: bool(w)):
        item = text[a:b]
        outer, inner = split_parenthetical(item)
        # "Kontakt z redakcją bazy: baza@…": the site's editors, not the project's contact
        emails = [x for x in find_emails(text, a, b) if not _site_function(text, x[0], x[2])]
        # under a label, or a cue written as one ("Za projekt odpowiadały: X"), two or three
        # capitalised words are a name even where the dictionary knows none of them as one
        labelled = rule.startswith("label") or text[max(0, s - 3):s].rstrip().endswith(":")
        found = person_name(outer, lang) or (_plain_name(outer, lang) if labelled else None)
        org = next((i for i in inner if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]{1,15}", i)), None)
        if found and _patron(outer[:found[1]]):
            found = None  # "Koordynator: Uniwersytet Marii Curie-Skłodowskiej": a body's patron
        if found is None and not emails:
            continue
        if found is None and out and out[-1].name and not out[-1].email and out[-1].span \
                and not _new_entry(text, out[-1].span.end, emails[0][0]):
            out[-1].email = emails[0][2]  # "Marta Zielińska, tel. …, m.zielinska@…": hers
            continue
        name = found[0] if found else None
        span = Span(a + item.find(outer[found[1]:found[2]]) if found else a,
                    a + item.find(outer[found[1]:found[2]]) + found[2] - found[1] if found else b,
                    rule, conf)
        if found:  # "X (trainer).\nKontakt: biuro@…": an address under a label of its own is no field of hers
            emails = [x for x in emails if not _new_entry(text, span.end, x[0])]
        own = _inner_role(inner) or role  # "Zespół: Anna Nowak (koordynatorka), …"
        if role == "coordinator" and own in ("expert", "other") and found and not out:
            # "Koordynatorka projektu: X (nauczycielka języka angielskiego)": the bracket gives the
            # job of the name right after the cue, the cue her part in the project (a name listed
            # after her keeps her bracket's role: "…: X, Y (psycholożka)")
            own = role
        if role == "contact" and not rule.startswith("label") and found and not out \
                and span.start > s:
            # "обращайтесь к юристу проекта X", "kontakt z trenerką, Anną Nowak": the role
            # word before the (first) name is her role; the prose cue only says whom to ask
            # (a label names her role: "Osoba kontaktowa: adwokat X" is the contact)
            own = _inner_role([text[s:span.start]]) or own
        if role == "contact" and found and (_ROLE_AFTER.match(text, span.end, b) or _role_next_item(text, span.end, e)):
            own = "coordinator"  # "Kontakt: Weronika Lis – koordynatorka, w.lis@…": her own role
        if found and (role in ("contact", "author") or rule == "label:team") \
                and _PROJECT_ROLE_BEFORE.search(text, a, span.start):
            # "Контакт: X, або координаторка проєкту Юлія Савчук", "autorstwa X oraz
            # koordynatorki projektu Iryny Y": the project's role written at her name is hers
            own = "coordinator"
        if found and rule == "label:team" and own == role \
                and _HEAD_KEY.match(text, text.rfind("\n", 0, span.start) + 1, span.start):
            own = "coordinator"  # "Zespół\nKoordynacja: X": the key of her line names her part
        if found and rule == "label:team" and own == role:
            # "Team: coordinator X; lawyers Y and Z": her item's own key names her part
            own = item_key_role(text, s, span.start, lang, _inner_role, _plural_only_noun) or own
        if own != role:  # --explain tells that her own words, not the label, gave the role
            span = Span(span.start, span.end, f"{rule}+own_role", conf)
        out.append(PersonRef(name, own, org, emails[0][2] if emails else None, None, span))
    return out


def _role_next_item(text: str, pos: int, e: int) -> bool:
    """A contact's own coordinating role written as the item after her name, on her line
    ("Kontakt: X, koordynatorka – x@…", "X, koordynatorka kursów"); not a unit's head, whose
    unit follows by its name ("X, kierownik Działu Projektów")."""
    le = text.find("\n", pos, e)
    m = _ROLE_AFTER.match(text, pos, le if le >= 0 else e)
    if m is None:
        return False
    nxt = text[m.end():m.end() + 40].split()[:1]
    return not (nxt and nxt[0][:1].isupper())


def _patron(before: str) -> bool:
    """The words before a name make it part of a body's name ("Uniwersytet Marii …",
    "Szkoła Podstawowa nr 5 im. Jana …"): a patron, no person in the project."""
    from ngo_atlas.extract.organisations import is_org_head

    words = before.split()
    return bool(words) and (is_org_head(words[0]) or words[-1] in ("im.", "imienia"))


_INNER_ROLES = (("coordinator", re.compile(r"koordynator|kierowni|coordinator|project\s+manager|"
                                           r"координатор|руководител|керівни|"
                                           # "(project leader)", "(liderka projektu)"
                                           r"leader|lider|лідер|лидер", re.IGNORECASE)),
                ("expert", re.compile(r"ekspert|expert|trener|trainer|prawni|lawyer|psycholo|doradc|"
                                      r"юрист|тренер|психолог|експерт|эксперт|консультант|konsultant|consultant|"
                                      # "(specjalista ds. polityk publicznych)", "(analyst)"
                                      r"specjali|specialist|спеціаліст|специалист|analityk|"
                                      r"analyst|аналітик|аналитик|radc[ay]|radczyn|радник|adwokat|attorney|адвокат|"
                                      # the healing professions: "(psychoterapeutka)", "– lekarz"
                                      r"terapeut|therapist|терапевт|psychiatr|психиатр|психіатр|"
                                      r"lekar|physician|лікар|врач|counsel+or|"
                                      # who supervises the work or its method: "Супервізорка", "metodyczka"
                                      r"супервіз|супервиз|superwiz|supervis|metodyk|metodyczk|methodolog|методист|"
                                      # and the nursing professions: "położna", "nurse", "медсестра"
                                      r"położn|pielęgniar|nurse|midwi|медсестр|медична\s+сестр|акушер|"
                                      # who teaches or mentors the participants: "nauczycielka", "Mentorki:",
                                      # "Викладачки:", "Преподаватели –", "teacher"
                                      r"nauczyciel|teacher|tutor|mentor|ментор|викладач|вчител|учител|"
                                      r"преподавател",
                                      re.IGNORECASE)),
                ("author", re.compile(r"autor|author|автор", re.IGNORECASE)))


def _inner_role(inner: list[str]) -> str | None:
    """A role written in brackets after the name: "(koordynatorka)", "(trainer)"; a specialist
    of the back office ("(specjalista ds. rozliczeń)") is staff with no expertise (None)."""
    for part in inner:
        if len(part.split()) <= 4:
            for role, rx in _INNER_ROLES:
                if rx.search(part):
                    return None if role == "expert" and _BACK_OFFICE.search(part) else role
    return None


# the domain of a job after "ds." / "do spraw" that is the project's back office, not expertise
# passed on to anyone: "specjalistka ds. rozliczeń", "specjalista ds. wolontariatu", "… ds.
# monitoringu" (the golds: such staff are "other", or the contact where her address is given;
# "ds. szkoleń", "ds. ewaluacji", "ds. pomocy prawnej", "ds. rzecznictwa" stay expertise; a
# bracket may wrap after "ds.")
# (a specialist's or an assistant's job only: "doradczyni ds. finansów" counsels the participants;
# "komunikacji międzykulturowej", "promocji zdrowia" and "finansów osobistych" / "domowych" are
# expertise passed on to them)
_OFFICE_DOMAIN = (r"(?i:specjali[sś]\w*|asystent\w*)\s+(?:ds\.?|d/s|do\s+spraw)\s+(?i:rozlicze|"
                  r"finans(?!\w*\s+(?:osobist|domow))|księgow|kadr|administrac|monitoring|wolontariat|"
                  r"promocj(?!\w*\s+zdrow)|komunikacj(?!\w*\s+międzykult)|"
                  r"rekrutacj|grant|zamówie|biur)")
_BACK_OFFICE = re.compile(_OFFICE_DOMAIN)
# the domain closing the words right before a name or a list's separator ("Specjalistka ds.
# rozliczeń: X", "specjalista ds. monitoringu Y"), not one of an earlier item on the line
_BACK_OFFICE_BEFORE = re.compile(rf"{_OFFICE_DOMAIN}[^\W\d]*(?:[^\S\n]+[^\W\d]+){{0,2}}[^\S\n]*(?:[:–—-][^\S\n]*)?$")
# the same domain right after a job noun (and a modifier) read after a name: "X – specjalistka ds. rozliczeń"
_BACK_OFFICE_AFTER = re.compile(rf"(?:{_LOW}[^\S\n]+)?{_OFFICE_DOMAIN}")


# the project's coordinator named as such right before a name within a list's item
_PROJECT_ROLE_BEFORE = re.compile(r"(?i:koordynator\w*|kierowni\w*|координатор\w*|керівни\w*|руководител\w*|"
                                  r"coordinator)\s+(?i:projektu|проєкту|проекту|проекта|of\s+the\s+project)"
                                  r"\s*[:–—-]?\s*(?:(?:dr|mgr|prof|ks|pani|pan)\.?\s+)*$")


# a head's key opening the line of a team's list ("Zespół\nKoordynacja: X, x@…", "Kierowniczka – X"):
# the project's coordination, bare or "of the project" (not "Koordynacja wolontariatu: Y")
_HEAD_KEY = re.compile(r"[^\S\n]*(?i:koordynacja|koordynator(?:ka)?|kierowni(?:k|czka)|coordination|coordinator|"
                       r"project\s+manager|координація|координация|координатор(?:ка)?|керівни(?:к|ця)|"
                       r"руководител[ья])(?:[^\S\n]+(?i:projektu|проєкту|проекту|проекта|of\s+the\s+project))?"
                       r"[^\S\n]*[:–—-][^\S\n]*(?:(?:dr|mgr|prof|hab|ks|pani|pan)\.?[^\S\n]+)*$")


# a coordinator's role word right after the name in a contact line
_ROLE_AFTER = CI(r"\s*(?:[,–—(-]|\s)\s*(?:(?:the\s+)?project\s+)?(?:koordynator\w*|kierowni\w*|"
                 r"coordinator|manager|координатор\w*|руководител\w*|керівни\w*)")


def _dedupe(people: list[PersonRef], text: str = "") -> list[PersonRef]:
    out: list[PersonRef] = []
    for p in people:
        same = next((x for x in out if p.name and x.name == p.name), None)
        if same is None:
            out.append(p)
        else:
            same.email = same.email or p.email
            same.organization = same.organization or p.organization
            if same.role in ("contact", "author") and p.role == "coordinator":
                # "Kontakt: X, koordynatorka projektu": the specific role; "Autorzy raportu: X, Y"
                # and elsewhere "Projekt koordynowała X": her part in the project, not in its report
                same.role = p.role
    for p in [x for x in out if not x.name and x.email and x.span]:
        # "Katarzyna Wiśniewska, koordynatorka projektu, k.wisniewska@…": her address
        owner = mailbox_owner(p.email, out)
        near = [x for x in out if x.name and not x.email and x.span
                and 0 <= p.span.start - x.span.end <= 90
                and not (text and _new_entry(text, x.span.end, p.span.start))]
        if owner is not None and not owner.email:
            owner.email = p.email
        elif near and owner is None:
            max(near, key=lambda x: x.span.end).email = p.email
    return _without_held_mailboxes(out)


def _with_structured(text: str, found: list[PersonRef], rows: list[PersonRef]) -> list[PersonRef]:
    """A people table's or team card's person joins the found: her row's or card's coordinating or
    expert role wins over a bare listing and over a contact read from her own mailbox alone (not
    one whose address stands on a contact line), her row's address is hers."""
    for r in rows:
        same = next((p for p in found if p.name == r.name), None)
        if same is None:
            found.append(r)
            continue
        if r.email and not same.email and all(p.email != r.email for p in found if p.name):
            same.email = r.email
        mailbox_only = same.role == "contact" and same.span is not None and same.span.rule.endswith("mailbox") \
            and not (same.email and text.find(same.email) >= 0
                     and _CONTACT_HINT.search(text, *line_at(text, text.find(same.email))))
        if r.role == "coordinator" and same.role in ("other", "contact", "expert") and \
                (same.role != "contact" or mailbox_only) or \
                r.role == "expert" and (same.role == "other" or mailbox_only) or \
                r.role == "contact" and same.role == "other":
            same.role, same.span = r.role, r.span
    return _without_held_mailboxes(found)


def _without_held_mailboxes(people: list[PersonRef]) -> list[PersonRef]:
    """The people less each nameless entry whose address a named person holds."""
    named = {p.email for p in people if p.name and p.email}
    return [p for p in people if p.name or p.email not in named]


def mailbox_owner(email: str, people: list[PersonRef]) -> PersonRef | None:
    """The one named person whose name the mailbox spells ("t.nowicki@", "jlis@",
    "ewa.ratajczak@"): the address is hers wherever it stands on the page."""
    local = unidecode(email.split("@")[0]).lower()
    hits = {p.name: p for p in people if p.name and _spells(local, p.name)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _spells(local: str, name: str) -> bool:
    """The mailbox's local part (ASCII, lower case) spells the person's name."""
    words = [unidecode(w).lower().replace("'", "") for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return False
    # a surname (or a part of a double one) inside the mailbox; a first name as a whole part
    return any(len(w) >= 3 and w in local for w in words[1:]) or \
        words[0] in re.split(r"[._+-]", local)


# the key of a label standing right before an address on its line ("Kontakt:", "Contact the
# PI:", "… | Kontakt:", "… w godz. 10–19. Kontakt:"), unless it is the address's own field ("e-mail:", "tel.")
_ENTRY_KEY = re.compile(r"(?:^|[|•·;]|[.!?](?=[^\S\n]))[^\S\n]*(?P<key>[^\W\d][^:|\n]{0,40}?)[^\S\n]*:[^\S\n]*$",
                        re.MULTILINE)
_ADDRESS_KEY = re.compile(r"(?i:e-?mail|mail|poczta|adres|address|tel|phone|пошта|почта|адрес|эл|ел)")


def _new_entry(text: str, end: int, pos: int) -> bool:
    """A line break and a label of its own ("…, Jan Szymański\n\nContact: x@…") stand between
    a person and the address at pos: the address starts a new entry, not her line's field."""
    if "\n" not in text[end:pos]:
        return False
    ls = text.rfind("\n", end, pos) + 1
    m = _ENTRY_KEY.search(text, ls, pos)
    return bool(m) and not _ADDRESS_KEY.match(m.group("key"))


def _mailbox_roles(people: list[PersonRef]) -> None:
    """A named person given with her address is whom to write to: a contact, unless a cue
    gave her the project's coordination or authorship (a role as an expert or helper is not
    why the page prints her address)."""
    for p in people:
        if p.name and p.email and p.role in ("other", "expert"):
            p.role = "contact"
            if p.span:
                p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+mailbox", p.span.confidence)


def contact_emails(text: str, s: int, e: int, people: list[PersonRef]) -> list[PersonRef]:
    """E-mail addresses given without a person: a contact with no name."""
    known = {p.email for p in people if p.email}
    out = []
    for a, b, email in find_emails(text, s, e):
        if email in known:
            continue
        if _site_function(text, a, email):
            # a press mailbox after the press desk's person on its line ("Biuro prasowe: X,
            # media@…") is hers; alone it serves the site
            press = _named_before(text, a, people)
            if press is not None and on_press_line(text, press.span.start):
                press.email = email
                known.add(email)
            continue
        known.add(email)
        spelled = mailbox_owner(email, people)
        owner = spelled if spelled is not None and not spelled.email else _named_before(text, a, people)
        if owner is not None and (spelled is None or owner is spelled):
            owner.email = email  # "Marta Zielińska, tel. 17 000 00 00, m.zielinska@…"
            continue
        out.append(PersonRef(None, "contact", None, email, None, Span(a, b, "email", 0.7)))
    _mailbox_roles(people)
    return out


def list_tail(text: str, items: list[tuple[int, int]]) -> int | None:
    """Where the page goes on past its last item, on a page that lists projects one paragraph
    each (a call's results: "1. Fundacja X – „Y” – 120 000 zł"): the last item's stretch runs
    to the page's end, and what follows its own paragraph ("Pytania dotyczące konkursu: …,
    e-mail: …") speaks for the page, not for that item. None where the items are longer."""
    if len(items) < 2 or any("\n\n" in text[a:b].strip() for a, b in items[:-1]):
        return None
    a, b = items[-1]
    cut = text.find("\n\n", a + len(text[a:b]) - len(text[a:b].lstrip()), b)
    return cut if cut >= 0 else None


def _named_before(text: str, pos: int, people: list[PersonRef]) -> PersonRef | None:
    """The named person without an e-mail whose name ends shortly before pos on the same line."""
    line_start = text.rfind("\n", 0, pos) + 1
    near = [p for p in people if p.name and not p.email and p.span
            and line_start <= p.span.end <= pos and pos - p.span.end <= 90]
    return max(near, key=lambda p: p.span.end) if near else None


# Addresses for the site's or the organisation's own business, never a project's contact:
# donations, recruitment, accounts, newsletters and digests, the site's editors, data protection
# (a "rekrutacja@" mailbox takes sign-ups for a project as often as job applications: a job
# offer is told by its line's CV or cover letter, below)
_FUNCTION_LOCAL = re.compile(r"^(?:darowizny|donat\w*|ksiegowosc|accounts?|"
                             r"newsletter|digest|webmaster|redakcja|editor|rodo|iod|dpo|gdpr|privacy|"
                             r"no-?reply|rzecznik\w*|press\w*|prasa|prasowe)$")
_FUNCTION_CUE = CI(r"newsletter|darowizn|donat|rodo\b|danych\s+osobowych|privacy|дайджест|digest|"
                   r"listem\s+motywacyjnym|\bcv\b|резюме|webmaster|redakcj|księgowo|"
                   # the publisher's press office or spokesperson ("Biuro Wojewody, rzecznik prasowy
                   # X, tel. …", "Media contact: press office, …"): the institution's, not the project's
                   r"biur\w*\s+prasow|oddział\w*\s+prasow|rzeczni\w*\s+prasow|press\s+office|spokes|"
                   r"пресс-служб|прес-служб|пресс-секретар|прес-секретар")


# an invitation to work with the organisation itself ("Chcesz z nami współpracować? Napisz: …",
# "Want to work with us? Write to …", "Хотите сотрудничать с нами?"): a verb of working together
# or joining and "with us"/"z nami", either order; its mailbox takes offers for the body, not
# the project's questions
_WITH_US = CI(r"(?:współprac\w*|pracować|działać|dołącz\w*|join|work|cooperate|collaborate|"
              r"volunteer\w*|співпрац\w*|сотруднича\w*|сотрудничеств\w*|приєдну\w*|присоедин\w*)"
              r"\W+(?:\w+\W+){0,2}?(?:z\s+nami|with\s+us|do\s+nas|us|з\s+нами|с\s+нами|до\s+нас|к\s+нам)\b|"
              r"(?:z\s+nami|with\s+us|з\s+нами|с\s+нами)\W+(?:\w+\W+)??"
              r"(?:współprac\w*|pracować|działać|work|співпрац\w*|сотруднича\w*)")


# the organisation's standing calls, which take offers for the body and not the project's
# questions: a call for volunteers ("Szukamy wolontariuszy!", "Potrzebujemy osób do pomocy",
# "Zostań wolontariuszem", "We are looking for volunteers", "Шукаємо волонтерів") and an
# invitation to bring a project of one's own ("Masz pomysł na wspólny projekt?", "partnerów do
# nowych projektów", "Have an idea for a joint project?"). Joining the project itself ("Chcesz
# dołączyć do zajęć albo zostać wolontariuszem?") and seeking partners for it are no call.
_STANDING_CALL = cue(
    r"(?:szukamy|poszukujemy|potrzebujemy|(?:are\s+)?looking\s+for|we\s+need|seeking|"
    r"шукаємо|потрібні|ищем|нужны)\s+(?:\w+\s+){0,2}?(?:wolontariusz\w*|volunteers|волонтер\w*|"
    r"волонтёр\w*|osób\s+(?:chętnych\s+)?do\s+pomocy|people\s+to\s+help)|"
    r"zostań(?:cie)?\s+wolontariusz\w*|become\s+a\s+volunteer|станьте?\s+волонт\w*|"
    r"(?:pomysł\w*\s+na|ideas?\s+for\s+an?|ідеї?|идеи?)\s+(?:wspóln\w*|nowy|joint|new|"
    r"спільн\w*|нов\w*|совместн\w*)\s+(?:projekt\w*|project|про[еє]кт\w*)|"
    r"do\s+nowych\s+projektów|for\s+(?:new|future)\s+projects|для\s+нових\s+проєктів|"
    r"для\s+новых\s+проектов")


def _site_function(text: str, a: int, email: str) -> bool:
    """The address serves the site or the organisation's own business (its name or its line)."""
    ls = sentence_start(text, a)
    if _FUNCTION_LOCAL.match(email.split("@")[0]) or _FUNCTION_CUE.search(text, ls, a) or imprint_line(text, a):
        return True
    # the invitation may stand in the sentence before or on the heading line above
    line = text.rfind("\n", 0, a) + 1
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    w = max(above, a - 250)
    return bool(_WITH_US.search(text, w, a)) or bool(_STANDING_CALL.search(text, w, a))


# A body's words read as a person's name ("Universiteit Utrecht", "Polish Academy" of a body's
# name cut at "of", "Velux Foundations", "Innovation Norway", "Legal Intervention"): a body's head
# word, singular or plural, in English or another European language, or an English abstract noun
# (-tion, -sion, -ship), is no word of a person's name (in the Latin script)
_BODY_HEADS_EU = frozenset((
    "academy academia akademie universiteit universität universitat université università "
    "universidad universidade hogeschool stiftung fondation fondazione fundación fundação stichting "
    "verein associazione asociación associação college school grants trust").split())
_ABSTRACT = re.compile(r"[^\W\d]{3,}(?:tion|sion|ship)s?")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    from ngo_atlas.extract.lexicon import lexicon

    lex = lexicon()
    return _BODY_HEADS_EU | frozenset(w for w in [*lex["person_stopwords"], *lex["org_heads_other"]]
                                      if not is_cyrillic(w))


def body_words(name: str) -> bool:
    """A found person's name (Latin script) with a body's word in it (see above)."""
    if is_cyrillic(name):
        return False
    from ngo_atlas.extract.organisations import is_org_head

    if is_org_head(name.split()[0]):  # "Stowarzyszenie Lepsza Sieć" read as an English name
        return True
    heads = _body_heads()
    return any(w in heads or (w[-1:] == "s" and w[:-1] in heads) or _ABSTRACT.fullmatch(w)
               for w in name.lower().split())


def _cut_names(found: list[PersonRef]) -> list[PersonRef]:
    """A three-word name read also cut to its first two words ("Maria Fernanda" beside "Maria
    Fernanda Gómez", "Viet Anh" beside "Viet Anh Nguyen"): one person, named in full."""
    full = [p.name.split() for p in found if p.name and len(p.name.split()) >= 3]
    if not full:
        return found
    return [p for p in found if not (p.name and any(
        len(f) > len(w) and f[:len(w)] == w for w in [p.name.split()] for f in full))]
