"""Round 4 (unseen-p's error classes): programme years, site headers, grant lists, umbrellas."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str, name: str = "t.txt"):
    return extract_document(Document(name, name, text)).projects


@pytest.mark.parametrize("text,start,end", [
    ("Projekt „Sąsiedzki start” współfinansowany jest z Programu Krajowego Funduszu Azylu, "
     "Migracji i Integracji (FAMI) 2021-2027. Projekt potrwa od lutego 2024 do maja 2025 r.",
     "2024-02", "2025-05"),
    ("Projekt „Klub Rozmów” otrzymał 2 mln zł z Funduszy Europejskich dla Pomorza 2021–2027. "
     "Zajęcia potrwają do listopada 2026 roku.", None, "2026-11"),
    ("The project “Open Doors” is funded by Erasmus+ 2021-2027 and runs from March 2023 to "
     "June 2024.", "2023-03", "2024-06"),
])
def test_years_in_a_programme_name_are_not_the_project_period(text, start, end):
    p = _projects(text)[0]
    assert (p.start, p.end) == (start, end)


def test_a_plain_range_of_years_is_still_the_period():
    p = _projects("Projekt „Sąsiedzki start” realizowaliśmy w latach 2022–2024 dzięki "
                  "wsparciu Fundacji Batorego.")[0]
    assert (p.start, p.end) == ("2022", "2024")
