"""URL-B (round 28): a bare address that spells a name quoted before it on its line (a thing
the project made: a map, a handbook, a fundraiser, a report) is the project's address, in any
of the four languages; a quoted body's name before its own site is not."""
from ngo_atlas.extract.links import spells_quoted_name
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _urls(text: str) -> list[str]:
    return [u.value for p in extract_document(Document("x.txt", "x.txt", text)).projects for u in p.urls]


_PL = (
    "Stowarzyszenie Zielony Brzeg\n\n"
    "Bezpieczny start – pomoc dla rodzin z Ukrainy w Elblągu\n\n"
    "Od 1 lutego 2024 r. do 31 stycznia 2025 r. realizujemy projekt Bezpieczny start, finansowany przez "
    "Fundację Dobrego Sąsiada. W ramach projektu powstały:\n"
    "• „Przewodnik sąsiedzki” – poradnik dla nowych mieszkańców: www.przewodniksasiedzki.elblag.pl,\n"
    "• cotygodniowe dyżury doradcze.\n"
)


def test_polish_quoted_product_address():
    assert "www.przewodniksasiedzki.elblag.pl" in _urls(_PL)


def test_polish_fundraiser_spelling_the_quoted_name():
    assert spells_quoted_name("Wesprzyj zbiórkę „Ciepły kąt” → ", "zrzutka.pl/cieplykat") is False  # words < 4
    assert spells_quoted_name("Wesprzyj zbiórkę „Nowe Skrzydła” → ", "zrzutka.pl/noweskrzydla")


def test_russian_quoted_handbook():
    assert spells_quoted_name("Справочник «Новый дом в Польше»: ", "fundacja.org/novyj-dom-v-polshe")


def test_ukrainian_quoted_map():
    assert spells_quoted_name("Онлайн-карта «Мапа допомоги»: ", "mapadopomohy.org.ua")


def test_english_quoted_report():
    assert spells_quoted_name('Final report "Open Doors. Lessons learned": ', "example.org/en/open-doors")


def test_quoted_body_before_its_own_site_is_not_the_project():
    assert not spells_quoted_name("Fundacja „Mosty Nadziei”, ul. Krótka 3, 00-001 Warszawa, ",
                                  "www.mostynadziei.org")
    assert not spells_quoted_name("Stowarzyszenie „Wspólna Droga” | ", "wspolnadroga.pl")


def test_quoted_name_the_address_does_not_spell():
    assert not spells_quoted_name("Poradnik „Pierwsze kroki” do pobrania: ", "fundacja-xyz.pl/pliki")
    text = _PL.replace("www.przewodniksasiedzki.elblag.pl", "portal.elblag.pl/ulotki")
    assert "portal.elblag.pl/ulotki" not in _urls(text)


# The project's own site in a footer the boilerplate mask hides, and a fundraiser's call

_PL_FOOTER = (
    "Wspólna Kuchnia Sąsiedzka – gotowanie z sąsiadami z Ukrainy\n\n"
    "Od 1 marca 2024 r. do 28 lutego 2025 r. Fundacja Dobry Kąt realizuje projekt Wspólna Kuchnia "
    "Sąsiedzka, finansowany przez Gminę Miasto Toruń. Co tydzień gotujemy razem w świetlicy.\n\n"
    "Wesprzyj zbiórkę „Nowe Garnki Sąsiedzkie” → zrzutka.pl/nowegarnkisasiedzkie\n\n"
    "Fundacja Dobry Kąt | www.dobrykat.pl | Polityka prywatności\n"
    "www.wspolnakuchnia.pl | Polityka prywatności\n"
)

_EN_FOOTER = (
    "Shared Kitchen Network – cooking together with newcomers\n\n"
    "From 1 March 2024 to 28 February 2025 the Open Door Foundation runs the Shared Kitchen Network "
    "project, funded by the City of Gdańsk. Every week we cook together in the community hall.\n\n"
    "© 2024 Open Door Foundation | www.opendoor.org | Privacy policy\n"
    "www.kitchennetwork.org | Privacy policy | Cookies\n"
)


def test_polish_footer_site_spelling_the_title_and_quoted_fundraiser():
    urls = _urls(_PL_FOOTER)
    assert "www.wspolnakuchnia.pl" in urls
    assert "zrzutka.pl/nowegarnkisasiedzkie" in urls


def test_publishers_own_site_in_footer_is_not_the_project():
    assert "www.dobrykat.pl" not in _urls(_PL_FOOTER)
    assert "www.opendoor.org" not in _urls(_EN_FOOTER)


def test_english_footer_site_spelling_the_title():
    assert "www.kitchennetwork.org" in _urls(_EN_FOOTER)


def test_footer_site_sharing_one_word_with_the_title_is_the_publishers():
    text = _PL_FOOTER.replace("www.wspolnakuchnia.pl", "www.sasiedzka.torun.pl")
    assert "www.sasiedzka.torun.pl" not in _urls(text)
