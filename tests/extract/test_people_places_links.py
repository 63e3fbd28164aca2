"""People, places, e-mails and links from real sentences."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.links import find_emails, find_urls
from ngo_atlas.extract.people import find_people
from ngo_atlas.extract.places import find_places


def _people(text, lang="pl"):
    return [(p.name, p.role, p.organization, p.email)
            for p in find_people(text, 0, len(text), find_labels(text), lang)]


def _places(text, lang="pl"):
    return [t.value for t in find_places(text, 0, len(text), find_labels(text), lang)]


def test_coordinators_from_a_label():
    assert _people("koordynatorzy: Witold Klaus, Adam Chmura\n") == [
        ("Witold Klaus", "coordinator", None, None), ("Adam Chmura", "coordinator", None, None)]


def test_coordinator_with_organisation_and_obfuscated_email():
    assert _people("Koordynator Janina Owczarek (IOM): jowczarek [at] iom [dot] int\n") == [
        ("Janina Owczarek", "coordinator", "IOM", "jowczarek@iom.int")]


def test_authors_in_the_genitive():
    text = ("Raport autorstwa Agaty Marek, Sylwii Gajownik i prezeski Fundacji Polskie Forum "
            "Migracyjne Agnieszki Kosowicz został opracowany w ramach projektu.")
    assert [p[0] for p in _people(text)] == ["Agata Marek", "Sylwia Gajownik", "Agnieszka Kosowicz"]


def test_emails_and_urls():
    text = "- mailowo – (refugees@hfhr.org.pl),"
    (a, b, email), = find_emails(text)
    assert email == "refugees@hfhr.org.pl" and text[a:b] == email
    assert [u for _a, _b, u in find_urls("www: http://politykimigracyjne.pl/\n")] == [
        "http://politykimigracyjne.pl/"]
    assert [u for _a, _b, u in find_urls("Szczegółowe informacje o projekcie: powroty.hfhr.")] == [
        "powroty.hfhr"]


def test_places_in_the_nominative():
    assert _places("trzech ośrodkach imigracji: Warszawie, Krakowie i Lublinie.") == [
        "Warszawa", "Kraków", "Lublin"]
    assert _places("w 4 miejscowościach: Łuków, Biała Podlaska, Bezwola i Kolonia Horbów.") == [
        "Łuków", "Biała Podlaska", "Bezwola", "Kolonia Horbów"]
    assert _places("mieszkających w małych miejscowościach na terenie województwa lubelskiego;") == [
        "województwo lubelskie"]
    assert _places("Miejsce realizacji\n\nLublin, Kraków, Wrocław, Łódź, Warszawa.\n") == [
        "Lublin", "Kraków", "Wrocław", "Łódź", "Warszawa"]


def test_countries_need_more_than_a_passing_mention():
    assert _places("wizyty studyjne w Polsce i w Rosji") == ["Polska", "Rosja"]
    assert _places("Projekt jest odpowiedzią na kryzys migracyjny w Polsce.") == []


def test_places_in_russian_and_ukrainian():
    assert _places("граждан третьих стран, проживающих на территории Мазовецкого воеводства.",
                   "ru") == ["Мазовецкое воеводство"]
    assert _places("У Любуському воєводстві за реалізацію проекту", "uk") == ["Любуське воєводство"]
