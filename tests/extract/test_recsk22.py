"""Round 22 (RECS-K): records that should not be there. (1) A quote after a noun of document
("dokument „X”", 'the document "X"', "документ «X»") names a paper the project produced, not a
second project. (2) A related-links cue may open with a pictograph ("📌 Zobacz też:", "⭐ See
also"): the decoration does not hide the cue, and what follows it is the site's other pages."""

import pytest

from ngo_atlas.extract.boilerplate import _RELATED
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import names_output
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


@pytest.mark.parametrize("text", [
    "Wynikiem prac jest dokument „Plan działań dla dzielnicy na lata 2024–2029”.",
    'The main output is the document "Harbour Town Welcome Plan 2025–2030".',
    "Результатом стал документ «Программа адаптации на 2024–2026 годы».",
    "Результатом став документ «Програма адаптації на 2024–2026 роки».",
])
def test_a_quote_after_a_document_noun_names_an_output(text):
    q = min(i for i in (text.find(c) for c in "„\"«") if i >= 0)
    assert names_output(text, q + 1)


def test_an_adjective_of_the_document_noun_heads_no_output():
    text = "Zespół nagrał w ramach projektu materiał dokumentalny „Nasze ulice” o sąsiadach."
    assert not names_output(text, text.index("„") + 1)


_WITH_DOCUMENT = (
    "Informacja o zakończeniu projektu „Razem w Dolinie – wspólna polityka integracji”\n\n"
    "W okresie od 1 marca 2022 r. do 28 lutego 2024 r. Gmina Dolina realizowała projekt „Razem w "
    "Dolinie – wspólna polityka integracji”, finansowany ze środków Funduszu Spójności Lokalnej.\n\n"
    "Efektem projektu jest dokument „Plan integracji mieszkańców Doliny na lata 2024–2030” przyjęty "
    "przez Radę Gminy. Projekt został zakończony.\n"
)


def test_a_document_the_project_produced_is_no_second_record():
    assert _titles(_WITH_DOCUMENT) == ["Razem w Dolinie – wspólna polityka integracji"]


@pytest.mark.parametrize("line", ["📌 Zobacz też:", "⭐ See also", "👉 Читайте также:",
                                  "✨ Дивіться також:", "📌\ufe0f Czytaj także"])
def test_a_pictograph_before_a_related_links_cue_keeps_the_cue(line):
    assert _RELATED.match(line)


def test_an_arrowed_read_more_is_still_no_related_links_cue():
    assert not _RELATED.match("→ Read more")


_POST = (
    "Stowarzyszenie Most\nStart | Aktualności | Projekty | Kontakt\n\n"
    "Rusza projekt „Sąsiedzi przy stole”\n\n"
    "Od 1 października 2024 r. do 30 czerwca 2025 r. realizujemy projekt „Sąsiedzi przy stole”, "
    "finansowany przez Gminę Miasto Brzeg. Zapraszamy rodziny z Ukrainy i Gruzji na wspólne "
    "gotowanie i rozmowy po polsku w świetlicy przy ul. Długiej.\n\n"
    "Koordynatorka projektu: Ewa Malec, e.malec@most.example.org\n\n"
    "Udział jest bezpłatny, liczba miejsc ograniczona, decyduje kolejność zgłoszeń.\n\n"
    "📌 Zobacz też:\n"
    "• Podsumowanie projektu „Szkoła bez granic” (2021–2022)\n"
    "• Raport „Migranci w małym mieście” (2023)\n"
)


def test_items_under_a_decorated_see_also_are_not_the_pages_records():
    assert _titles(_POST) == ["Sąsiedzi przy stole"]


@pytest.mark.parametrize("line", ["➤ Read more", "➔ Czytaj też"])
def test_a_dingbat_arrow_is_no_decoration(line):
    assert not _RELATED.match(line)
