"""Synthetic projects and the page layouts that write them out, each returning its text and gold record."""

from __future__ import annotations

import random
from typing import Any

from bench import textforms as F
from bench import vocab as V

Inflected = tuple[str, str, str, str]


def _org(rng: random.Random) -> Inflected:
    if rng.random() < 0.3:
        return rng.choice(V.ORGS_KNOWN)
    head, proper = rng.choice(V.ORG_HEADS), rng.choice(V.ORG_PROPER)
    return tuple(f"{h} {proper}" for h in head)  # type: ignore[return-value]


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(V.FIRST_NAMES), rng.choice(V.LAST_NAMES)


def _title(rng: random.Random, city: Inflected) -> str:
    head = rng.choice(V.TITLE_HEADS)
    if head.endswith((" w", " z")):
        form = city[V.LOC] if head.endswith(" w") else city[V.GEN]
        return f"{head} {form} – {rng.choice(V.TITLE_TOPICS)}"
    if head in ("Wspólny", "Otwarte"):
        return f"{head} {city[V.NOM]} {rng.randint(2, 9)}.0"
    return f"{head} {rng.choice(V.TITLE_TOPICS)}"


def new_project(rng: random.Random) -> dict[str, Any]:
    """Every fact of one Polish project, in all the case forms a template may need."""
    city, region = rng.choice(V.CITIES), rng.choice(V.REGIONS)
    (funder, programmes) = rng.choice(V.FUNDERS)
    y0 = rng.randint(2008, 2025)
    a = (y0, rng.randint(1, 12), rng.randint(1, 28))
    b = (y0 + rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
    if b[:2] <= a[:2]:
        b = (a[0] + 1, b[1], b[2])
    first, last = _person(rng)
    written_mail, mail = F.obfuscated_email(rng, first, last)
    return {
        "title": _title(rng, city), "lead": _org(rng),
        "partners": [_org(rng) for _ in range(rng.choice([0, 0, 1, 2]))],
        "funder": funder, "programme": rng.choice(programmes) if programmes and rng.random() < 0.6
        else None,
        "city": city, "region": region if rng.random() < 0.4 else None,
        "start": a, "end": b, "precision": rng.choice(["day", "month", "month", "year"]),
        "money": F.money(rng, "pl"), "person": (first, last), "email": (written_mail, mail),
        "status": rng.choice([None, "completed", "ongoing"]),
        "activities": [line.format(n=rng.randint(2, 40))
                       for line in rng.sample(V.ACTIVITY_LINES, rng.randint(2, 4))],
    }


def gold(p: dict[str, Any], with_people: bool = True, with_money: bool = True) -> dict[str, Any]:
    """The SCHEMA.md record of a project as the generator wrote it."""
    orgs = [{"name": p["lead"][V.NOM], "role": "lead"}]
    orgs += [{"name": o[V.NOM], "role": "partner"} for o in p["partners"]]
    orgs.append({"name": p["funder"][V.NOM], "role": "funder"})
    amount, cur = (p["money"][1], p["money"][2]) if with_money else (None, None)
    places = [p["city"][V.NOM]] + ([p["region"][V.NOM]] if p["region"] else [])
    people = []
    if with_people:
        people = [{"name": " ".join(p["person"]), "role": "coordinator", "organization": None,
                   "email": p["email"][1]}]
    return {"title": p["title"], "start": F.iso(p["start"], p["precision"]),
            "end": F.iso(p["end"], p["precision"]), "status": p["status"],
            "funding": [{"funder": p["funder"][V.NOM], "programme": p["programme"],
                         "amount": amount, "currency": cur}],
            "organizations": orgs, "people": people, "places": places, "urls": []}


_STATUS_PL = {"completed": ["Projekt został zrealizowany.", "Projekt zakończył się."],
              "ongoing": ["Projekt jest obecnie realizowany.", "Projekt trwa."], None: [""]}


def _funding_phrase(rng: random.Random, p: dict[str, Any], after_noun: bool = True) -> str:
    """How the funder is named; "dofinansowany przez: X" only reads right after a noun."""
    prog = f" w ramach programu {p['programme']}" if p["programme"] else ""
    forms = [f"ze środków {p['funder'][V.GEN]}{prog}", f"dzięki wsparciu {p['funder'][V.GEN]}{prog}"]
    if after_noun:
        forms.append(f"dofinansowany przez: {p['funder'][V.NOM]}{prog}")
    return rng.choice(forms)


def layout_kv(rng: random.Random, p: dict[str, Any]) -> list[str]:
    """The "Grantodawca: …" table of many NGO sites."""
    title = p["title"].upper() if rng.random() < 0.3 else p["title"]
    prog = f", program {p['programme']}" if p["programme"] else ""
    lines = [title, "", (f"{rng.choice(['Grantodawca', 'grantodawca', 'Źródło finansowania'])}: "
             f"{p['funder'][V.NOM]}{prog}"),
             f"Termin realizacji: {F.pl_range(rng, p['start'], p['end'], p['precision'])}",
             f"Kwota dofinansowania: {p['money'][0]}",
             f"Realizator: {p['lead'][V.NOM]}"]
    if p["partners"]:
        lines += ["Partnerzy:"] + [f"  • {o[V.NOM]}" for o in p["partners"]]
    place = p["city"][V.NOM] + (f", {p['region'][V.NOM]}" if p["region"] else "")
    lines += [f"Miejsce realizacji: {place}", "", "Krótki opis projektu",
              f"W ramach projektu zaplanowano: {', '.join(p['activities'])}.",
              _STATUS_PL[p["status"]][0] if p["status"] else "",
              f"Koordynator: {' '.join(p['person'])}, e-mail: {p['email'][0]}"]
    return lines


def layout_narrative(rng: random.Random, p: dict[str, Any]) -> list[str]:
    """One flowing paragraph, the way annual reports write."""
    where = f"w {p['city'][V.LOC]}" + (f" oraz na terenie {p['region'][V.GEN]}" if p["region"]
                                        else "")
    partners = ""
    if p["partners"]:
        partners = " Partnerem projektu jest " + " oraz ".join(o[V.NOM] for o in p["partners"]) + "."
    return [(f"{p['lead'][V.NOM]} {F.pl_range(rng, p['start'], p['end'], p['precision'])} "
            f"realizuje projekt „{p['title']}” {_funding_phrase(rng, p)}."),
            f"Całkowita wartość projektu: {p['money'][0]}.",
            f"Działania prowadzimy {where}: " + "; ".join(p["activities"]) + "." + partners,
            rng.choice(_STATUS_PL[p["status"]]),
            f"Osoba do kontaktu: {' '.join(p['person'])} ({p['email'][0]})."]


def layout_bullets(rng: random.Random, p: dict[str, Any]) -> list[str]:
    """A heading and lists: goals, activities, facts."""
    lines = [f"Projekt „{p['title']}”", "", "Najważniejsze informacje:",
             f"- okres realizacji: {F.pl_range(rng, p['start'], p['end'], p['precision'])}",
             f"- źródło finansowania: {p['funder'][V.NOM]}"
             + (f" (program {p['programme']})" if p["programme"] else ""),
             f"- budżet: {p['money'][0]}",
             f"- realizator: {p['lead'][V.NOM]}",
             f"- miejsce: {p['city'][V.NOM]}" + (f", {p['region'][V.NOM]}" if p["region"] else ""),
             "", "Działania:"] + [f"- {a}" for a in p["activities"]]
    lines += [f"- partner: {o[V.NOM]}" for o in p["partners"]]
    lines += ["", rng.choice(_STATUS_PL[p["status"]]),
              f"Koordynatorka/koordynator: {' '.join(p['person'])}, {p['email'][0]}"]
    return lines


def layout_news(rng: random.Random, p: dict[str, Any]) -> list[str]:
    """A news item announcing a project, with a publication date."""
    pub = F.pl_date(rng, F.date_value(rng), "day", False)
    partners = "".join(f" we współpracy z {o[V.INST]}" for o in p["partners"][:1])
    return [f"Opublikowano: {pub}", f"Ruszył projekt „{p['title']}”",
            (f"W {p['city'][V.LOC]} rozpoczął się projekt realizowany przez {p['lead'][V.NOM]}"
            f"{partners}. Projekt powstał {_funding_phrase(rng, p, False)}, a jego budżet wynosi "
            f"{p['money'][0]}."),
            f"Termin realizacji: {F.pl_range(rng, p['start'], p['end'], p['precision'])}.",
            "Zaplanowano " + ", ".join(p["activities"]) + ".",
            f"Więcej informacji: {' '.join(p['person'])}, {p['email'][0]}."]


def layout_news_list(rng: random.Random, ps: list[dict[str, Any]]) -> list[str]:
    """A news page listing several projects in short items (no people, no money)."""
    lines = ["Aktualności"]
    for p in ps:
        lines += ["", f"„{p['title']}”",
                  (f"{p['lead'][V.NOM]} realizuje projekt w {p['city'][V.LOC]} "
                  f"{_funding_phrase(rng, p, False)}. Termin: "
                  f"{F.pl_range(rng, p['start'], p['end'], p['precision'])}."),
                  "Czytaj więcej »"]
    return lines


def layout_profile(rng: random.Random) -> list[str]:
    """An organisation's "about us" page: no project at all."""
    org, other, city = _org(rng), _org(rng), rng.choice(V.CITIES)
    return ["O nas", f"{org[V.NOM]} działa od {rng.randint(1990, 2020)} roku w {city[V.LOC]}.",
            ("Pomagamy migrantom i uchodźcom w sprawach prawnych, zawodowych i edukacyjnych. "
            f"Współpracujemy z {other[V.INST]} i z samorządem {city[V.GEN]}."),
            f"Nasz zespół liczy {rng.randint(5, 60)} osób. Zapraszamy do kontaktu."]


def layout_foreign(rng: random.Random, lang: str) -> tuple[list[str], dict[str, Any]]:
    """A short project description in Russian, Ukrainian or English, with its gold."""
    i = rng.randrange(5)
    org = _org(rng)[V.NOM]
    a, b = F.date_value(rng, 2014, 2023), F.date_value(rng, 2024, 2027)
    written, amount, cur = F.money(rng, lang)
    if lang == "ru":
        title, (city, city_loc) = V.TITLES_RU[i], V.CITIES_RU[i]
        lines = [f"Проект «{title}»", f"Организация {org} реализует проект в {city_loc} "
                 f"с {F.other_date(lang, a)} по {F.other_date(lang, b)}".rstrip(".") + ".",
                 f"Бюджет проекта: {written}.", "Мы помогаем мигрантам и беженцам."]
    elif lang == "uk":
        title, (city, city_loc) = V.TITLES_UK[i], V.CITIES_UK[i]
        lines = [f"Проєкт «{title}»", f"Організація {org} реалізує проєкт у {city_loc} "
                 f"з {F.other_date(lang, a)} до {F.other_date(lang, b)}".rstrip(".") + ".",
                 f"Бюджет проєкту: {written}.", "Ми допомагаємо біженцям з України."]
    else:
        title, city = V.TITLES_EN[i], V.CITIES_EN[i]
        lines = [f"Project “{title}”", (f"{org} implements the project in {city} from "
                 f"{F.other_date(lang, a)} to {F.other_date(lang, b)}."),
                 f"Project budget: {written}.", "We support migrants and refugees."]
    rec = {"title": title, "start": F.iso(a, "day"), "end": F.iso(b, "day"), "status": None,
           "funding": [{"funder": None, "programme": None, "amount": amount, "currency": cur}],
           "organizations": [{"name": org, "role": "lead"}], "people": [], "places": [city],
           "urls": []}
    return lines, rec
