"""Nominatives of Polish town names written in Cyrillic after "в/у" that the dictionaries miss."""

from __future__ import annotations

import re
from functools import lru_cache

# An adjective in the locative tells the gender of the two-word name it opens ("у Новому
# Сончі", "в Новом Сонче": masculine; "у Зеленій Гурі", "в Белой Подляске": feminine),
# and its nominative ending; the noun after it follows the same gender.
_ADJ_LOC = (
    ("uk", re.compile(r"(?:ому|ім)$"), "masc", "ий"),
    ("uk", re.compile(r"ій$"), "femn", "а"),
    ("ru", re.compile(r"ом$"), "masc", "ый"),
    # a soft or hushing stem ("в Нижнем Новгороде" -> "Нижний Новгород"): -ем, nominative -ий
    ("ru", re.compile(r"ем$"), "masc", "ий"),
    ("ru", re.compile(r"ой$"), "femn", "ая"),
    # a soft feminine, as Polish "-ia" adjectives are written: "в Еленей Гуре" -> "Еленя Гура"
    ("ru", re.compile(r"ей$"), "femn", "я"),
)
_CAP_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+$")


def two_word_town(adj: str, noun: str, lang: str) -> str | None:
    """"Новому Сончі" -> "Новий Сонч", "Зеленій Гурі" -> "Зелена Гура", "Белой Подляске" ->
    "Белая Подляска": a capitalised adjective in the locative and the capitalised noun it
    agrees with, or None when the pair does not read so."""
    if not (_CAP_WORD.match(adj) and _CAP_WORD.match(noun)):
        return None
    for lg, rx, gender, ending in _ADJ_LOC:
        m = rx.search(adj)
        if lg == lang and m and len(adj) - len(m.group()) >= 3:
            head = _noun_nominative(noun, gender, lang)
            if lang == "ru" and gender == "femn" and ending == "ая" and not _russian_word(adj):
                # "в Бялой Подляске" -> "Бяла Подляска": an adjective no Russian dictionary
                # knows is the Polish one (Biała) spelled in Cyrillic, and keeps its Polish
                # nominative; a Russian one ("Белой", "Зеленой") takes the Russian "-ая"
                ending = "а"
            return f"{adj[:m.start()]}{ending} {head}" if head else None
    return None


def _russian_word(word: str) -> bool:
    from ngo_atlas.lang.slavic import word_is_known

    return word_is_known(word.lower(), "ru")


def _noun_nominative(noun: str, gender: str, lang: str) -> str | None:
    """The noun of a two-word town in the nominative, from its locative ending."""
    if gender == "masc":  # "Сончі", "Сонче", "Тарге": the bare stem
        return noun[:-1] if noun[-1] in "іеу" else None
    if lang == "uk" and noun.endswith("ій") and len(noun) > 5:
        # the noun is an adjective itself: "у Білій Підляській" -> "Біла Підляська"
        return noun[:-2] + "а"
    if noun[-1] not in "іе":
        return None
    stem = noun[:-1]
    if stem.endswith("ц"):  # "Підлясці" -> "Підляска": the locative softened the k
        return stem[:-1] + "ка"
    return stem + ("я" if stem.endswith("л") else "а")


def ukrainian_iv(form: str, guessed: str) -> str:
    """"у Тарнові" -> "Тарнів", not the Russian-looking "Тарнов": a Ukrainian town in -ів
    (Polish -ów) has o in its other cases, and the guesser keeps that o."""
    if form.endswith("ові") and guessed.endswith("ов") and form[:-3] == guessed[:-2]:
        return guessed[:-2] + "ів"
    return guessed


def ukrainian_masculine_i(form: str, guessed: str) -> str:
    """"у Сандомирі" -> "Сандомир", "у Луботоні" -> "Луботонь", "у Сваджендзі" -> "Сваджендз":
    for a Polish town no dictionary knows, the guesser reads the Ukrainian locative -і as a
    neuter's (-о) or a soft feminine's (-я); a Polish town ending in one consonant after a vowel
    (-ir, -ń, -dz) is masculine, while neuters end in a cluster ("Гнєзно", "Кутно")."""
    stem = form[:-1]
    if not form.endswith("і") or len(stem) < 4 or guessed[:-1] != stem:
        return guessed
    if guessed.endswith("о") and stem[-1] not in _VOWELS and stem[-2] in _VOWELS:
        return stem
    if guessed.endswith("я") and stem.endswith("н") and stem[-2] in _VOWELS:
        return stem + "ь"
    if guessed.endswith("я") and stem.endswith("дз") and stem[-3] in _VOWELS + "н":
        return stem
    return guessed


# Cyrillic letters and the Polish spellings they stand for in the names of Polish towns, the
# usual one first ("Хелм" = Chełm, "Валбжих" = Wałbrzych, "Пабянице" = Pabianice)
_TO_POLISH: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("w",), "г": ("g", "h"), "ґ": ("g",), "д": ("d",),
    "е": ("e", "ie"), "є": ("ie", "je"), "ё": ("io",), "ж": ("ż", "rz"), "з": ("z",),
    "и": ("i", "y"), "і": ("i",), "ї": ("ji",), "й": ("j",), "к": ("k",), "л": ("ł", "l"),
    "м": ("m",), "н": ("n",), "о": ("o", "ó"), "п": ("p",), "р": ("r",), "с": ("s", "ś"),
    "т": ("t",), "у": ("u", "ó"), "ф": ("f",), "х": ("ch", "h"), "ц": ("c",), "ч": ("cz",),
    "ш": ("sz",), "щ": ("szcz",), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",),
    # (after л the Polish l takes a plain u: "Любонь" = Luboń, "Любань" = Lubań)
    "ю": ("iu", "ju", "u"), "я": ("ia", "ja", "a"),
}
# a soft sign makes the consonant before it soft: "Замосць" = Zamość, "Познань" = Poznań
_SOFT = {"сь": "ś", "зь": "ź", "ць": "ć", "нь": "ń", "ль": "l", "дзь": "dź", "сць": "ść"}
_MAX_SPELLINGS = 96
# a Polish nasal vowel before a consonant is written with n or m ("Ельблонг" = Elbląg,
# "Свентокшиське" = Świętokrzyskie)
_NASAL = {"он": "ą", "ом": "ą", "ен": "ę", "ем": "ę", "ён": "ią"}  # "Грудзёндз" = Grudziądz
_VOWELS = "аеёиоуыэюяєіїь"


def _spellings(word: str) -> list[str]:
    """Polish spellings of a Cyrillic name, the likeliest first, at most _MAX_SPELLINGS."""
    low, out, i = word.lower(), [""], 0
    while i < len(low):
        soft = next((k for k in sorted(_SOFT, key=len, reverse=True) if low.startswith(k, i)), None)
        nasal = low[i:i + 2] if low[i:i + 2] in _NASAL and low[i + 2:i + 3] not in ("", *_VOWELS) else None
        if nasal:  # both readings: "Конин" is Konin, "Ельблонг" Elbląg
            opts = tuple(a + b for a in _TO_POLISH[nasal[0]] for b in _TO_POLISH[nasal[1]]) + (_NASAL[nasal],)
        else:
            # (Ukrainian writes the Polish "-ec" soft: "Мелець" = Mielec, "Сосновець" = Sosnowiec)
            # (and "-ськ-" the Polish "-sk-": "Скаржисько" = Skarżysko)
            opts = (_SOFT[soft], "c") if soft == "ць" else ("ś", "s") if soft == "сь" and \
                low[i + 2:i + 3] == "к" else (_SOFT[soft],) if soft else \
                _TO_POLISH.get(low[i], (low[i],))
        if soft and low[i + len(soft):i + len(soft) + 1] in ("е", "ё", "ю", "я"):
            # a soft sign before a vowel only parts them, the vowel says the i: "Сьерадз" = Sieradz
            opts = tuple(dict.fromkeys((*opts, *_TO_POLISH.get(soft[0], ())))) if len(soft) == 2 else opts
        if i == 0 and low[0] == "е":  # a word-initial е is said "je": "Еленя" = Jelenia
            opts = ("e", "je")
        out = [p + o for p in out for o in opts][:_MAX_SPELLINGS]
        i += len(soft or nasal or "x")
    return [s[:1].upper() + s[1:] for s in out]


def _cyrillic_nominatives(form: str, lang: str) -> list[str]:
    """Nominatives the locative after "в/у" may stand for: the form itself (indeclinable
    "Пабянице", "Кросно"), the bare stem (masculine "Хелме" -> "Хелм") or a feminine one
    ("Нысе" -> "Ныса"); Ukrainian -і as well ("Хелмі", "Нисі")."""
    out = []
    if form[-1:] in "еі":  # the declined readings first: "Слупске" is Słupsk, not Słupskie
        stem = form[:-1]
        # (Ukrainian writes a feminine in -ц- soft: "у Легниці" -> "Легниця", Russian "Легница")
        fem = ("я", "а") if lang == "uk" and stem.endswith("ц") else ("а", "я")
        out += [stem, stem + fem[0], stem + fem[1], stem + "ь", stem + "о"]  # "у Гнєзні" -> "Гнєзно"
    if form[-2:] in ("зі", "ці", "сі"):  # Ukrainian "у Ельблонзі" -> "Ельблонг": g, k, ch softened
        out.append(form[:-2] + {"з": "г", "ц": "к", "с": "х"}[form[-2]])
    if form[-2:] in ("ці", "це") and form[-3:-2] not in _VOWELS.replace("ь", ""):
        # the "e" of "-ec" drops when it is declined: "у Мельці" -> "Мелець", "в Сосновце" -> "Сосновец"
        out.append(form[:-2].rstrip("ь") + ("ець" if form[-1] == "і" else "ец"))
    if form[-2:] in ("ах", "ях"):  # plural towns: "у Кельцах" -> "Кельце", "в Сувалках" -> "Сувалки"
        # (Russian writes a Polish -y as -ы, "Тыхы"; Ukrainian as -и, "Тихи")
        plural = ("е", "ы", "и") if lang == "ru" else ("е", "и", "ы")
        out += [form[:-2] + x for x in plural]
    if form.endswith("и") and form[-2:-1] not in "кгх":  # "в Лодзи" -> "Лодзь"
        # (after к, г, х the и is a hard stem's ы, as Russian spells it: "Хайнувки" is
        # Хайнувка's, never a soft "Хайнувкя")
        out += [form[:-1] + "ь", form[:-1] + "я"]
    # genitives after a noun ("в поликлиниках Прушкова", "больницах Варшавы")
    if form[-1:] in "ау":
        out.append(form[:-1])
    if form.endswith("а"):  # a neuter's genitive: "жителей Труймяста" -> "Труймясто"
        out.append(form[:-1] + "о")
    if lang == "uk" and form.endswith("у"):  # a neuter's locative: "у Скаржиську" -> "Скаржисько"
        out.append(form[:-1] + "о")
    if form.endswith("я"):  # "до Устроня" -> "Устронь": a soft masculine's genitive
        out.append(form[:-1] + "ь")
    if form[-1:] in "ыи":
        out += [form[:-1] + "а", form[:-1] + "я"]
    return list(dict.fromkeys(out + [form]))


@lru_cache(maxsize=4096)
def polish_town(form: str, lang: str) -> str | None:
    """The Cyrillic nominative of a Polish town the Polish dictionary knows, for a form
    after "в/у" the Russian and Ukrainian dictionaries do not know: each candidate
    nominative is spelled in Polish and looked up as a town's nominative in Morfeusz."""
    reading = _likeliest_reading(form, lang)
    if reading is None:
        return None
    cand = reading[0]
    if lang == "uk" and form.endswith("ях") and cand.endswith("е"):
        # Ukrainian plural towns declined soft, "у Кельцях", "у Катовицях": "Кельці", "Катовиці";
        # a hard "у Кельцах", "у Катовіцах" keeps the Polish nominative, "Кельце", "Катовіце"
        return cand[:-1] + "і"
    return cand


@lru_cache(maxsize=4096)
def nominative_spelling(word: str, lang: str) -> str | None:
    """The Polish name a Cyrillic town's nominative spells ("Гданьск" -> "Gdańsk", "Краків" ->
    "Kraków": Ukrainian writes a Polish -ów as -ів), or None where the Polish dictionary knows
    no town's nominative so spelled."""
    from ngo_atlas.lang import polish

    cands = [word] + ([word[:-2] + "ов"] if lang == "uk" and word.endswith("ів") else [])
    for cand in cands:
        for latin in _spellings(cand):
            if any(a[1].split(":")[0] == latin and "nazwa_geograficzna" in a[3] and "nom" in a[2]
                   for a in polish.analyse(latin)):
                return latin
    return None


@lru_cache(maxsize=4096)
def _likeliest_reading(form: str, lang: str) -> tuple[str, str] | None:
    """(Cyrillic nominative, Polish name) of the town the form is likeliest to name."""
    from ngo_atlas.extract.pltowns import populations
    from ngo_atlas.lang import polish

    found: list[tuple[str, str]] = []
    for cand in _cyrillic_nominatives(form, lang):
        for latin in _spellings(cand):
            if any(a[1].split(":")[0] == latin and "nazwa_geograficzna" in a[3] and "nom" in a[2]
                   for a in polish.analyse(latin)):
                found.append((cand, latin))
                break
    if not found:
        return None
    # "у Лешні" is the locative of Leszno and of the village Lesznia: of the towns the
    # readings name, the one with the most people (the first reading where none is larger)
    pops = populations()
    return max(found, key=lambda c: pops.get(c[1], 0))


# the case ending of the second part of a hyphenated town ("Подляске", "Дольном",
# "Свентокшиському"), longest first; what is left is its stem
_PART_ENDINGS = ("ому", "ими", "ім", "ій", "ом", "ем", "ой", "ей", "ої", "ы", "и", "е", "і", "у", "а")
# the nominative ending the Polish word's last letter asks for, per language
_PART_NOM = {("a", "ru"): "а", ("a", "uk"): "а", ("i", "ru"): "ий", ("i", "uk"): "ий",
             ("y", "ru"): "ы", ("y", "uk"): "ий", ("e", "ru"): "е", ("e", "uk"): "е"}


@lru_cache(maxsize=1)
def _pair_index() -> dict[str, list[tuple[str, str]]]:
    """GeoNames' Polish towns of two parts ("Biała Podlaska", "Skarżysko-Kamienna"), by first
    part: its second parts and full names."""
    from ngo_atlas.extract.pltowns import populations

    idx: dict[str, list[tuple[str, str]]] = {}
    for name in populations():
        parts = re.split(r"[ -]", name)
        if len(parts) == 2:
            idx.setdefault(parts[0], []).append((parts[1], name))
    return idx


@lru_cache(maxsize=1024)
def hyphenated_town(word: str, lang: str) -> str | None:
    """"в Бяла-Подляске" -> "Бяла-Подляска", "в Казимеже-Дольном" -> "Казимеж-Дольны": a Polish
    town of two parts written in Cyrillic, declined or not; its first part's Polish spelling
    and the stem of its second must make a town GeoNames knows, whose second word's last
    letter gives the Cyrillic nominative's ending."""
    first, _, second = word.partition("-")
    if not first or not second[:1].isupper() or "-" in second:
        return None
    idx = _pair_index()
    for cand in _cyrillic_nominatives(first, lang):
        for latin in _spellings(cand):
            for polish_second, _name in idx.get(latin, ()):
                end = next((e for e in _PART_ENDINGS if second.endswith(e) and len(second) - len(e) >= 3), "")
                stem = second[:len(second) - len(end)]
                nom = _PART_NOM.get((polish_second[-1:], lang))
                if nom is None and polish_second[-1:].isalpha() and polish_second[-1] not in "aeiouyąęó":
                    # a second part ending in a consonant: its stem, soft where the Polish
                    # consonant is soft ("Нове-Соли" -> "Нова-Соль"), й for j ("-Здруе" -> "-Здруй")
                    nom = "ь" if polish_second[-1] in "lńśćź" else "й" if polish_second[-1] == "j" else ""
                    stem = stem.rstrip("ь")  # (written in the nominative already: "Нова-Соль")
                if nom is not None and any(polish_second.startswith(s) for s in _spellings(stem)):
                    return f"{cand}-{stem}{nom}"
    return _declined_adjective_first(first, second, lang)


def _declined_adjective_first(first: str, second: str, lang: str) -> str | None:
    """"в Еленей-Гуре" -> "Еленя-Гура": both parts declined, the first an adjective agreeing
    with the second (two_word_town's reading), kept when the Polish spellings of the two
    nominatives make a town GeoNames knows; the hyphen stays as written."""
    pair = two_word_town(first, second, lang)
    if not pair:
        return None
    adj, noun = pair.split(" ")
    idx = _pair_index()
    for latin in _spellings(adj):
        if any(polish_second in _spellings(noun) for polish_second, _name in idx.get(latin, ())):
            return f"{adj}-{noun}"
    return None


def polish_settlement(form: str, lang: str) -> str | None:
    """polish_town's reading where its Polish name is a settlement GeoNames counts (500
    people or more): for a form the Russian or Ukrainian dictionary reads as a common noun
    ("в Крынки": Krynki, not крынка), only a real town outweighs the dictionary."""
    from ngo_atlas.extract.pltowns import populations

    reading = _likeliest_reading(form, lang)
    return reading[0] if reading and reading[1] in populations() else None


# a Polish town of fewer people than this, named by a word that is also a common noun in
# Polish and in the page's language ("Бор"/Bór, "Поле"/Pole, "Гора"/Góra), is no evidence
# against the common noun the dictionary reads ("в Бору", "в Поле": in a forest, in a field)
_WORD_TOWN_PEOPLE = 20_000


def word_named_village(form: str, lang: str) -> bool:
    """The Polish place polish_town reads the form as is named by a Polish common noun
    (its name, lower-cased, is a common noun's lemma: bór, pole, góra) and is no large town:
    the form is likelier the common noun than the village."""
    from ngo_atlas.extract.pltowns import populations
    from ngo_atlas.lang import polish

    reading = _likeliest_reading(form, lang)
    if reading is None:
        return False
    latin = reading[1]
    if populations().get(latin, 0) >= _WORD_TOWN_PEOPLE:
        return False
    return any(a[1].split(":")[0] == latin.lower() and "nazwa_pospolita" in a[3] for a in polish.analyse(latin))


@lru_cache(maxsize=4096)
def polish_common_noun(form: str, lang: str) -> str | None:
    """The Polish common noun a Cyrillic form after "в/у" spells ("в Ужонде" -> "urząd",
    "у Староство" -> "starostwo"): an office's Polish word written in Cyrillic, no town; None
    where a spelling of the form names a place for Morfeusz, or none is a common noun."""
    from ngo_atlas.lang import polish

    common = None
    for cand in _cyrillic_nominatives(form, lang):
        for latin in _spellings(cand):
            for a in polish.analyse(latin):
                if a[1].split(":")[0] != latin and a[1].split(":")[0].lower() != latin.lower():
                    continue
                if any(q.startswith(("nazwa_", "imię", "nazwisko")) and q != "nazwa_pospolita" for q in a[3]):
                    return None  # a town, a region, a name: the dictionary knows it so
                if common is None and "nazwa_pospolita" in a[3] and a[2].startswith("subst") and "nom" in a[2]:
                    common = latin.lower()
    return common
