"""Round 41 (place): words after "w/в/у" that name an office, a body or a thing, read as towns.

1. a Ukrainian common noun after "у" ("у Відділі у справах іноземців", "у Хартії"): the
   Ukrainian dictionary has no place tag, so every inanimate noun read as a town; its common
   nouns carry their tags in another order than its proper nouns do;
2. a Polish office's noun spelled in Cyrillic ("в Ужонд воеводский": urząd);
3. a body's head word or short name after a town in a list ("w Polsce, Oddział w Krakowie",
   "GOPS w Chełmcu, GOPS w Starym Sączu"): the list stops there.
"""

from ngo_atlas.extract import places
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _places(text: str) -> list[str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert ex.projects
    return [getattr(t, "value", t) for t in ex.projects[0].places]


def _cyr(text: str, lang: str) -> list[str]:
    return [t.value for t in places._cyrillic_places(text, 0, len(text), lang)]


# 1. a Ukrainian common noun -----------------------------------------------------------------------

def test_ukrainian_office_noun_after_u_is_no_town():
    got = _cyr("Консультації проходять у Відділі у справах іноземців, а також у Любліні та Холмі.", "uk")
    assert "Відділ" not in got
    assert "Люблін" in got


def test_ukrainian_charter_noun_is_no_town_but_towns_and_countries_stay():
    got = _cyr("Ми діємо згідно з принципами, закладеними у Хартії. Наші курси проходять у Перемишлі, "
               "а допомогу надаємо також в Україні.", "uk")
    assert "Хартія" not in got
    assert "Перемишль" in got and "Україна" in got


def test_common_word_guard_keeps_polish_towns_in_ukrainian():
    for form in ("Познані", "Каліші", "Щецині", "Варшаві", "Кракові", "Тарнові", "Україні", "Медиці"):
        assert not places._cyr_common_word(form, "uk"), form


# 2. a Polish office's noun in Cyrillic -------------------------------------------------------------

def test_polish_office_noun_spelled_in_cyrillic_is_no_town():
    got = _cyr("Помогаем с записью в Ужонд воеводский и в Кракове, и в Тарнове.", "ru")
    assert not any(v.startswith("Ужонд") for v in got)
    assert "Краков" in got


# 3. a body's word after a town in a list ----------------------------------------------------------

def test_branch_after_a_town_ends_the_list():
    got = _places("Projekt „Wspólne śpiewanie”\n\nProjekt prowadzi Stowarzyszenie Romów w Polsce, Oddział "
                  "w Nowym Targu. Zajęcia odbywają się w Nowym Targu i Szaflarach.\n")
    assert "Oddział" not in got
    assert "Nowy Targ" in got


def test_acronym_after_a_town_ends_the_list():
    got = _places("Projekt „Rodzina razem”\n\nRodziny kierowały do projektu GOPS w Chełmcu, GOPS w Starym "
                  "Sączu i MOPS w Gorlicach.\n")
    assert "GOPS" not in got and "MOPS" not in got
    assert "Chełmiec" in got and "Stary Sącz" in got


def test_towns_listed_go_on_past_a_town_that_is_also_a_word():
    # a list of towns keeps going: none of them is a body's head word or a short name
    got = _places("Projekt „Lekcje polskiego”\n\nKursy prowadzimy w Rzeszowie, Przemyślu, Jarosławiu i "
                  "Krośnie.\n")
    assert {"Rzeszów", "Przemyśl", "Jarosław", "Krosno"} <= set(got)


# 4. a funder label's value ends with its sentence -----------------------------------------------

def test_places_in_the_sentence_after_a_funder_label_on_one_line():
    got = _places("Projekt „Razem na Warmii”\n\nOkres realizacji: 1 marca 2023 r. – 29 lutego 2024 r. "
                  "Finansowanie: Fundusz Azylu, Migracji i Integracji – 310 000,00 zł. Partner: Urząd "
                  "Wojewódzki w Olsztynie. Zajęcia prowadzono w Olsztynie, Giżycku i Ełku. Wsparciem "
                  "objęto 150 osób.\n")
    assert {"Giżycko", "Ełk"} <= set(got)


def test_a_funder_seat_inside_its_own_sentence_stays_out():
    got = _places("Projekt „Razem na Warmii”\n\nZajęcia prowadzono w Olsztynie. Finansowanie: Urząd "
                  "Marszałkowski w Toruniu – 40 000 zł. Wsparciem objęto 150 osób.\n")
    assert "Olsztyn" in got
    assert "Toruń" not in got


def test_payer_span_ends_at_its_sentence():
    text = "Finansowanie: Fundusz X – 5 zł. Działania w Ełku."
    at = text.index("Fundusz")
    hit = LabelHit("funder", 0, at, len(text), text[at:], True)
    a, b = places._payer_span(text, hit)
    assert text[a:b].rstrip() == "Fundusz X – 5 zł."


def test_village_named_like_a_body_head_stays_in_a_list_of_towns():
    # "Grupa" heads bodies' names, but listed after a town it is the village of the centre
    got = _places("Projekt „Dzieci w ośrodkach”\n\nZajęcia prowadzimy w ośrodkach dla cudzoziemców w "
                  "Białymstoku, Dębaku i Grupie.\n")
    assert {"Białystok", "Grupa"} <= set(got)
