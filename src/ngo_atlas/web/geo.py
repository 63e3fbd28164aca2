"""Poland's 16 voivodeships as a tile map: grid positions and the place names that fall in each.

A tile grid needs no boundary data or tile server, so the map ships in the package and
works offline; each place name a record may hold (city or region, in pl/en/ru/uk) is
assigned to its voivodeship.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# key -> (column, row, names of the voivodeship and its main cities in pl/en/ru/uk)
VOIVODESHIPS: dict[str, tuple[int, int, tuple[str, ...]]] = {
    "zachodniopomorskie": (
        0,
        0,
        (
            "województwo zachodniopomorskie",
            "zachodniopomorskie",
            "West Pomeranian Voivodeship",
            "Западно-Поморское воеводство",
            "Західнопоморське воєводство",
            "Szczecin",
            "Щецин",
            "Koszalin",
            "Кошалин",
        ),
    ),
    "pomorskie": (
        1,
        0,
        (
            "Pomeranian Voivodeship",
            "województwo pomorskie",
            "pomorskie",
            "Pomorze",
            "Gdańsk",
            "Gdansk",
            "Гданьск",
            "Гданськ",
            "Gdynia",
            "Гдыня",
            "Гдиня",
            "Sopot",
            "Słupsk",
        ),
    ),
    "warminsko-mazurskie": (
        2,
        0,
        (
            "województwo warmińsko-mazurskie",
            "warmińsko-mazurskie",
            "Warmia",
            "Warmian-Masurian Voivodeship",
            "Варминско-Мазурское воеводство",
            "Вармінсько-Мазурське воєводство",
            "Olsztyn",
            "Ольштын",
            "Ольштин",
            "Elbląg",
            "Ełk",
        ),
    ),
    "podlaskie": (
        3,
        0,
        (
            "województwo podlaskie",
            "podlaskie",
            "Podlaskie Voivodeship",
            "Białystok",
            "Bialystok",
            "Белосток",
            "Білосток",
            "Suwałki",
            "Łomża",
            "Hajnówka",
        ),
    ),
    "lubuskie": (
        0,
        1,
        (
            "województwo lubuskie",
            "lubuskie",
            "Lubusz Voivodeship",
            "Любушское воеводство",
            "Любуське воєводство",
            "Zielona Góra",
            "Gorzów Wielkopolski",
            "Słubice",
        ),
    ),
    "wielkopolskie": (
        1,
        1,
        (
            "województwo wielkopolskie",
            "wielkopolskie",
            "Greater Poland Voivodeship",
            "Poznań",
            "Poznan",
            "Познань",
            "Kalisz",
            "Konin",
            "Piła",
        ),
    ),
    "kujawsko-pomorskie": (
        2,
        1,
        (
            "województwo kujawsko-pomorskie",
            "kujawsko-pomorskie",
            "Kuyavian-Pomeranian Voivodeship",
            "Куявско-Поморское воеводство",
            "Куявсько-Поморське воєводство",
            "Bydgoszcz",
            "Быдгощ",
            "Бидгощ",
            "Toruń",
            "Torun",
            "Торунь",
            "Włocławek",
            "Grudziądz",
        ),
    ),
    "mazowieckie": (
        3,
        1,
        (
            "województwo mazowieckie",
            "mazowieckie",
            "Masovian Voivodeship",
            "Warszawa",
            "Warsaw",
            "Варшава",
            "Radom",
            "Płock",
            "Siedlce",
            "Ostrołęka",
            "Pruszków",
        ),
    ),
    "dolnoslaskie": (
        0,
        2,
        (
            "województwo dolnośląskie",
            "dolnośląskie",
            "Lower Silesian Voivodeship",
            "Wrocław",
            "Wroclaw",
            "Вроцлав",
            "Wałbrzych",
            "Legnica",
            "Jelenia Góra",
        ),
    ),
    "lodzkie": (
        1,
        2,
        (
            "województwo łódzkie",
            "łódzkie",
            "Łódź Voivodeship",
            "Łódź",
            "Lodz",
            "Лодзь",
            "Piotrków Trybunalski",
            "Skierniewice",
        ),
    ),
    "swietokrzyskie": (
        2,
        2,
        (
            "województwo świętokrzyskie",
            "świętokrzyskie",
            "Świętokrzyskie Voivodeship",
            "Свентокшиское воеводство",
            "Свентокшиське воєводство",
            "Kielce",
            "Кельце",
        ),
    ),
    "lubelskie": (
        3,
        2,
        (
            "województwo lubelskie",
            "lubelskie",
            "Lublin Voivodeship",
            "Lublin",
            "Люблин",
            "Люблін",
            "Chełm",
            "Chelm",
            "Хелм",
            "Холм",
            "Zamość",
            "Zamosc",
            "Замосць",
            "Замостя",
            "Biała Podlaska",
            "Бяла-Подляска",
            "Terespol",
            "Тересполь",
            "Dorohusk",
            "Puławy",
        ),
    ),
    "opolskie": (
        0,
        3,
        (
            "województwo opolskie",
            "opolskie",
            "Opole Voivodeship",
            "Опольское воеводство",
            "Опольське воєводство",
            "Opole",
            "Ополе",
        ),
    ),
    "slaskie": (
        1,
        3,
        (
            "województwo śląskie",
            "śląskie",
            "Silesian Voivodeship",
            "Katowice",
            "Катовице",
            "Катовіце",
            "Gliwice",
            "Częstochowa",
            "Sosnowiec",
            "Bielsko-Biała",
        ),
    ),
    "malopolskie": (
        2,
        3,
        (
            "województwo małopolskie",
            "małopolskie",
            "Lesser Poland Voivodeship",
            "Kraków",
            "Krakow",
            "Cracow",
            "Краков",
            "Краків",
            "Tarnów",
            "Nowy Sącz",
            "Oświęcim",
        ),
    ),
    "podkarpackie": (
        3,
        3,
        (
            "województwo podkarpackie",
            "podkarpackie",
            "Subcarpathian Voivodeship",
            "Rzeszów",
            "Rzeszow",
            "Жешув",
            "Przemyśl",
            "Przemysl",
            "Перемышль",
            "Перемишль",
            "Medyka",
            "Krosno",
            "Sanok",
        ),
    ),
}


def _gazetteer() -> dict[str, list[str]]:
    """Names per place key from the resolver's gazetteer (all languages), if it ships one."""
    try:
        text = (resources.files("ngo_atlas.resolve") / "data" / "places.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            key, names = line.split("\t", 1)
            out[key.strip()] = [n.strip() for n in names.split("|") if n.strip()]
    return out


# Gazetteer keys that are cities, by voivodeship (region:* keys map by their own name).
CITY_KEYS = {
    "warszawa": "mazowieckie",
    "krakow": "malopolskie",
    "wroclaw": "dolnoslaskie",
    "lublin": "lubelskie",
    "gdansk": "pomorskie",
    "lodz": "lodzkie",
    "poznan": "wielkopolskie",
    "bialystok": "podlaskie",
    "rzeszow": "podkarpackie",
    "przemysl": "podkarpackie",
    "chelm": "lubelskie",
    "katowice": "slaskie",
    "szczecin": "zachodniopomorskie",
    "olsztyn": "warminsko-mazurskie",
    "kielce": "swietokrzyskie",
    "opole": "opolskie",
    "gdynia": "pomorskie",
    "torun": "kujawsko-pomorskie",
    "bydgoszcz": "kujawsko-pomorskie",
    "zamosc": "lubelskie",
    "biala_podlaska": "lubelskie",
    "terespol": "lubelskie",
    "medyka": "podkarpackie",
    "dorohusk": "lubelskie",
}


@lru_cache(maxsize=1)
def names_by_voivodeship() -> dict[str, list[str]]:
    """Every place name the map knows, grouped by voivodeship, without duplicates."""
    out = {key: list(names) for key, (_c, _r, names) in VOIVODESHIPS.items()}
    for key, names in _gazetteer().items():
        region = key[len("region:") :] if key.startswith("region:") else CITY_KEYS.get(key)
        if region in out:
            out[region].extend(names)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}
