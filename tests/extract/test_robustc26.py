"""Round 26 (ROBUST-C): lines that sent a regex into exponential backtracking.

A crash hunt over the read sets, the shared documents, 4000 generated pages and about 9000
mutated read-set pages (cut, shuffled, capitalised, unicode-sprinkled, …) raised no finder
exception; two regexes took seconds to minutes on one line instead. Each test extracts its
page under a CPU-time limit and checks the record still comes out as before. The limit is a
hang detector, not a speed figure (speed is measured in bench/): on these lines the old
patterns need 2^words or 2^length steps, far past any limit, the new ones milliseconds; the
limit only turns a hang into a failure."""

from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


class _TooSlow(BaseException):  # (no finder's guard catches it)
    pass


@contextmanager
def _cpu_limit(seconds: float):
    def _stop(*_):
        raise _TooSlow(f"extraction took more than {seconds} CPU-seconds")

    old = signal.signal(signal.SIGPROF, _stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _records(text: str):
    with _cpu_limit(10):
        return extract_document(Document("robustc.txt", "robustc.txt", text)).projects


def _titles(text: str) -> list[str]:
    return [p.title for p in _records(text)]


# -- a numbered line of plain-letter words read as a dateline (title._DATEISH) ----------------

def test_numbered_english_aim_line_is_read_quickly():
    text = ("Safe Routes to Work\n\n"
            "Project aims:\n"
            "1. give seasonal workers from abroad clear and honest advice before they travel here and "
            "keep giving them plain advice about their rights and their pay while they work here;\n"
            "2. help newly arrived workers with contracts, housing and health insurance questions;\n\n"
            "Duration: 01.03.2024 – 28.02.2025\n")
    assert "Safe Routes to Work" in _titles(text)


def test_numbered_polish_aim_line_with_plain_letter_words_is_read_quickly():
    # ASCII words first, a diacritic late in the line: the old pattern retried every split
    text = ("Bezpieczny Start w Pracy\n\n"
            "Cele projektu:\n"
            "2. zapewnienie pracownikom sezonowym rzetelnej porady prawnej przed wyjazdem oraz po "
            "przyjeździe i stałej pomocy przy umowie o pracę oraz wypłacie ich wynagrodzenia;\n"
            "3. pomoc w sprawach umowy, mieszkania i ubezpieczenia zdrowotnego dla nowo przybyłych osób;\n\n"
            "Okres realizacji: 01.03.2024 – 28.02.2025\n")
    assert "Bezpieczny Start w Pracy" in _titles(text)


@pytest.mark.parametrize("line", ["12.05.2024 – 30 June 2025", "2023 / Nov 2024", "05.11.2024 Warsaw"])
def test_a_dateline_is_still_no_title(line):
    text = f"{line}\n\nPrzystań dla Rodzin\n\nProjekt wspiera rodziny z Ukrainy w Lublinie.\n"
    assert line not in _titles(text)


def test_cyrillic_numbered_lines_stay_quick():
    for head, body, period in (
            ("Безопасный путь к работе", "Проект фонда «Общий дом».\n2. дать сезонным работникам честный совет до поездки;",
             "Сроки реализации проекта: 01.03.2024 – 28.02.2025"),
            ("Безпечний шлях до роботи", "Проєкт фонду «Спільний дім».\n2. надати сезонним працівникам чесну пораду до поїздки;",
             "Термін реалізації проєкту: 01.03.2024 – 28.02.2025")):
        text = f"{head}\n\n{body}\n\n{period}\n"
        assert all(p.title != body.split("\n")[-1] for p in _records(text))  # (and in time)


# -- a run of underscores read as an image's file name (boilerplate._FILENAME) ----------------

@pytest.mark.parametrize("line", ["_" * 64 + "(podpis)", "_" * 64 + "\u0301", "_" * 64 + ":"])
def test_a_form_line_of_underscores_is_read_quickly(line):
    text = ("Klub Sąsiedzki bez Granic\n\n"
            "Projekt prowadzi Fundacja Wspólny Dom w Gdańsku.\n"
            "Okres realizacji: 01.04.2024 – 31.12.2024\n\n"
            f"Zgłoszenie uczestnika\n{line}\n")
    assert "Klub Sąsiedzki bez Granic" in _titles(text)


def test_an_image_file_name_is_still_page_furniture():
    text = ("baner_klub_sasiedzki-2024.jpg\n\n"
            "Klub Sąsiedzki bez Granic\n\n"
            "Projekt prowadzi Fundacja Wspólny Dom w Gdańsku.\n"
            "Okres realizacji: 01.04.2024 – 31.12.2024\n")
    titles = _titles(text)
    assert "baner_klub_sasiedzki-2024.jpg" not in titles
    assert "Klub Sąsiedzki bez Granic" in titles
