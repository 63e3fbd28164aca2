"""Round 21 (RECS-F): title lines that were read as something else, or junk read as titles."""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.labels import find_labels, kind_headline
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import _heading_like, header_end
from ngo_atlas.model import Document


def _titles(text, name="t.txt"):
    return [p.title for p in extract_document(Document("x", name, text)).projects]


# --- a colon-less "Program „X” – comment" headline is no programme field

def test_kind_headline_shapes():
    assert kind_headline("„Mosty Wiedzy” – 12 bibliotek dostanie nowe książki")
    assert kind_headline("«Dom dla wszystkich» — итоги первого года")
    assert not kind_headline("„Mosty Wiedzy”")
    assert not kind_headline("„Fundusz Małych Inicjatyw – edycja 2”")  # the dash inside the name


def test_programme_headline_is_not_a_label():
    text = ("Stowarzyszenie Zielony Most\nStart | Działania | Kontakt\n\n"
            "Program „Mosty Wiedzy” – 12 bibliotek z Opolszczyzny dostanie nowe książki\n\n"
            "Stowarzyszenie Zielony Most ogłasza wyniki naboru do programu „Mosty Wiedzy”, który "
            "wspiera biblioteki obsługujące czytelników z Ukrainy. Program finansuje Fundacja "
            "Książki Otwartej, a realizujemy go od stycznia do grudnia 2024 r.\n")
    labels = find_labels(mask(text))
    assert not any(h.key == "programme" and "12 bibliotek" in h.value for h in labels)
    assert _titles(text) == ["Mosty Wiedzy"]


def test_programme_label_without_colon_still_read():
    text = "Realizator: Fundacja Przystań\nProgram „Razem Bezpieczniej”\nOkres: 2023–2024\n"
    assert any(h.key == "programme" and "Razem Bezpieczniej" in h.value for h in find_labels(text))


# --- "PROJEKT ZAKOŃCZONY" over the name is a status banner, not the title

def test_status_banner_is_no_heading():
    assert not _heading_like("PROJEKT ZAKOŃCZONY")
    assert not _heading_like("Project completed")
    assert not _heading_like("Проєкт завершено")
    assert _heading_like("Projekt Otwarte Drzwi")


def test_title_under_a_status_banner():
    text = ("Centrum Pomocy Cudzoziemcom\nStart | Projekty | Kontakt\n\n"
            "PROJEKT ZAKOŃCZONY\n\nPoradnia dla Przybyszów – wsparcie prawne w Opolu\n\n"
            "Okres realizacji: 01.03.2022 – 28.02.2023\n"
            "Źródło finansowania: Gmina Opole\n\n"
            "W ramach projektu prawnicy udzielili 600 porad.\n")
    assert _titles(text) == ["Poradnia dla Przybyszów – wsparcie prawne w Opolu"]


# --- a post's title with its tags set out like a menu right under it is content

def test_tags_line_under_title_ends_header_above_title():
    text = ("Fundacja Brzeg\nStart | O nas | Projekty | Kontakt\nArchiwum > 2021\n\n"
            "LETNIE WARSZTATY NAD ODRĄ\nProjekt archiwalny | Integracja | Wrocław\n\n"
            "Status: zakończony\nCzas trwania: 01.01.2021 – 31.12.2021\n\n"
            "Przez rok prowadziliśmy warsztaty dla mieszkańców z Ukrainy i Białorusi.\n")
    he = header_end(mask(text))
    assert he <= text.index("LETNIE WARSZTATY")
    assert _titles(text) == ["LETNIE WARSZTATY NAD ODRĄ"]


def test_site_name_over_its_menu_stays_header():
    text = ("Portal Miejski\nAktualności | Urząd | Kontakt\n\n"
            "Fundacja Otwarte Miasto\nMisja | Zespół | Projekty | Darczyńcy\n\n"
            "Nasze projekty wspierają cudzoziemców w mieście od 2015 roku i prowadzimy je nadal.\n")
    assert header_end(mask(text)) > text.index("Fundacja Otwarte Miasto")
