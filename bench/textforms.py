"""The many written forms of dates, money and e-mails in the sector's pages, each with its gold value."""

from __future__ import annotations

import random

from bench import vocab as V


def date_value(rng: random.Random, year_from: int = 2008, year_to: int = 2026) -> tuple[int, int, int]:
    """A (year, month, day) inside the range; days stop at 28 so every month holds them."""
    return rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)


def iso(d: tuple[int, int, int], precision: str) -> str:
    y, m, day = d
    if precision == "year":
        return f"{y:04d}"
    if precision == "month":
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{day:02d}"


def pl_date(rng: random.Random, d: tuple[int, int, int], precision: str, after_od: bool) -> str:
    """A Polish date; after "od"/"do" a month name takes the genitive."""
    y, m, day = d
    if precision == "year":
        return f"{y}" + rng.choice(["", " r.", " roku"])
    if precision == "month":
        if after_od:
            return f"{V.MONTHS_PL_GEN[m - 1]} {y}" + rng.choice(["", " r.", " roku"])
        return rng.choice([f"{V.MONTHS_PL_NOM[m - 1]} {y}", f"{V.MONTHS_ROMAN[m - 1]} {y}",
                           f"{m:02d}.{y}"])
    return rng.choice([f"{day} {V.MONTHS_PL_GEN[m - 1]} {y} r.", f"{day:02d}.{m:02d}.{y}",
                       f"{y}-{m:02d}-{day:02d}", f"{day} {V.MONTHS_PL_GEN[m - 1]} {y} roku"])


def pl_range(rng: random.Random, a: tuple[int, int, int], b: tuple[int, int, int],
             precision: str) -> str:
    if rng.random() < 0.5:
        return f"od {pl_date(rng, a, precision, True)} do {pl_date(rng, b, precision, True)}"
    dash = rng.choice([" – ", " - ", "–"])
    return f"{pl_date(rng, a, precision, False)}{dash}{pl_date(rng, b, precision, False)}"


def other_date(lang: str, d: tuple[int, int, int]) -> str:
    """A day-precision date in Russian, Ukrainian or English."""
    y, m, day = d
    if lang == "ru":
        return f"{day} {V.MONTHS_RU_GEN[m - 1]} {y} г."
    if lang == "uk":
        return f"{day} {V.MONTHS_UK_GEN[m - 1]} {y} р."
    return f"{day} {V.MONTHS_EN[m - 1]} {y}"


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def money(rng: random.Random, lang: str) -> tuple[str, float, str]:
    """(as written, amount, ISO currency) in one of the forms pages use."""
    currency = rng.choices(["PLN", "EUR", "USD", "CHF"], [70, 20, 7, 3])[0]
    whole = rng.choice([rng.randint(5, 999) * 1000, rng.randint(10_000, 5_000_000)])
    grosze = rng.choice([0, 0, rng.randint(1, 99)])
    amount = whole + grosze / 100
    if lang == "en":
        sym = {"PLN": "PLN ", "EUR": "€", "USD": "$", "CHF": "CHF "}[currency]
        return f"{sym}{_group(whole, ',')}" + (f".{grosze:02d}" if grosze else ""), amount, currency
    if currency == "PLN" and grosze == 0 and whole >= 1_000_000 and whole % 100_000 == 0:
        mln = f"{whole / 1_000_000:g}".replace(".", ",")
        return f"{mln} mln zł", float(whole), currency
    sep = rng.choice([" ", "\u00a0", "."])
    num = _group(whole, sep) + (f",{grosze:02d}" if grosze or rng.random() < 0.5 else "")
    unit = {"PLN": rng.choice(["PLN", "zł", "złotych"]), "EUR": rng.choice(["EUR", "euro"]),
            "USD": "USD", "CHF": rng.choice(["CHF", "franków szwajcarskich"])}[currency]
    if lang in ("ru", "uk"):
        unit = {"PLN": "злотых" if lang == "ru" else "злотих", "EUR": "евро" if lang == "ru"
                else "євро", "USD": "USD", "CHF": "CHF"}[currency]
    return f"{num} {unit}", amount, currency


def obfuscated_email(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    """(as written, real address): pages hide addresses from harvesters in several ways."""
    from unidecode import unidecode

    local = unidecode(rng.choice([f"{first[0]}{last}", f"{first}.{last}", last])).lower()
    domain = rng.choice(V.EMAIL_DOMAINS)
    real = f"{local}@{domain}"
    host, _, tld = domain.rpartition(".")
    written = rng.choice([f"{local} [at] {host} [dot] {tld}", f"{local}(at){domain}",
                          f"{local} [małpa] {domain}", real])
    return written, real
