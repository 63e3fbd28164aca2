"""Round 25, places (PLACEO): a list of towns after a settlement noun and its colon or dash
("gminy Obszaru Funkcjonalnego: Boguchwałę, …", "12 municipalities – among them …", "в трёх
городах: Люблин, …"), and two-word towns whose nominative must agree or stay whole ("Nowy
Świętów", "Kostrzyn nad Odrą", "Біла Підляська", "в районе Нова Хута", "Нижний Новгород").
Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_HEAD = {
    "pl": "Projekt „Razem w regionie”\n\nFundacja Nowy Próg realizuje projekt od 1 marca 2024 r. do 31 grudnia 2025 r. ",
    "en": "Together in the Region\n\nFrom 1 March 2024 to 31 December 2025 the New Threshold Foundation is "
          "implementing the project \"Together in the Region\", funded by the Open Society Foundations. ",
    "ru": "Проект «Вместе в регионе»\n\nФонд «Новый порог» реализует проект с марта 2024 года по декабрь 2025 года. ",
    "uk": "Проєкт «Разом у регіоні»\n\nФундація «Новий поріг» реалізує проєкт з березня 2024 року до грудня 2025 року. ",
}


def _places(lang: str, tail: str) -> set[str]:
    ex = extract_document(Document("f.txt", "f.txt", _HEAD[lang] + tail + "\n"))
    return {p.value for pr in ex.projects for p in pr.places}


@pytest.mark.parametrize("lang, tail, want", [
    ("pl", "Wsparcie obejmie mieszkańców, a także gminy Tarnowskiego Obszaru Funkcjonalnego: Pleśną, "
           "Skrzyszów i Wierzchosławice.", {"Pleśna", "Skrzyszów", "Wierzchosławice"}),
    ("pl", "Rodziny zamieszkały w Głuchołazach oraz w sołectwach Bodzanów, Nowy Świętów i Sławniowice.",
     {"Głuchołazy", "Bodzanów", "Nowy Świętów", "Sławniowice"}),
    ("pl", "Spotkania odbędą się we Frankfurcie nad Odrą i w Kostrzynie nad Odrą.",
     {"Frankfurt nad Odrą", "Kostrzyn nad Odrą"}),
    ("pl", "Lokalizacja: Kraków, Tarnów, Nowy Targ", {"Kraków", "Tarnów", "Nowy Targ"}),
    ("en", "Over two years, eight municipalities – among them Opole, Kielce and Rzeszów – drafted "
           "local strategies.", {"Opole", "Kielce", "Rzeszów"}),
    ("en", "Meetings take place in the towns of Nowy Sącz, Zielona Góra and Gorzów Wielkopolski.",
     {"Nowy Sącz", "Zielona Góra", "Gorzów Wielkopolski"}),
    ("ru", "Занятия проходят в трёх городах: Люблин, Хелм и Замостье.", {"Люблин", "Хелм", "Замостье"}),
    ("ru", "Курсы проходят в Нижнем Новгороде и в районе Нова Хута.", {"Нижний Новгород", "Нова Хута"}),
    ("uk", "Безкоштовні курси у Любліні, Холмі та Білій Підляській.", {"Люблін", "Холм", "Біла Підляська"}),
    ("uk", "Уроки відбуваються у школах районів Таргувек, Воля і Бемово.", {"Таргувек", "Воля", "Бемово"}),
])
def test_listed_and_two_word_towns(lang, tail, want):
    got = _places(lang, tail)
    assert want <= got, got


def test_negative_cases_unchanged():
    # a town on its river that is a town of its own keeps its own name
    got = _places("pl", "Pracujemy w Krakowie nad Wisłą oraz w Nowym Mieście nad Pilicą.")
    assert "Kraków" in got and "Nowe Miasto nad Pilicą" in got and "Kraków nad Wisłą" not in got
    # "Urząd Gminy –" names a body and a person, no list of towns
    assert not _places("pl", "Umowę podpisał Urząd Gminy – Jan Kowalski, wójt.") & {"Jan Kowalski", "Jan"}
    # a common noun with an adjective in the nominative ("Nowy Rynek", a square) is no town
    assert _places("pl", "Lokalizacja: Nowy Rynek, Tarnów") == {"Tarnów"}
    # "з боку міста: Відділ …": a town's genitive singular before a colon opens no list
    assert "Відділ" not in _places("uk", "Заняття у Гданську. Підтримка з боку міста: Відділ соціального розвитку.")
    # a two-word body after a district's noun stays out ("в районе Центр Помощи")
    assert not {p for p in _places("ru", "Мы работаем в районе Центр Помощи Мигрантам.") if "Центр" in p}
