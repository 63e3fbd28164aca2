"""Round 23 (RECS-M): a testimonial, a quoted speech with its attribution ("„…” – Olena,
uczestniczka projektu", '"…," says X', "«…», – каже X"), is page furniture: it names no project
of its own, though its attribution says "of the project", and it heads no paragraph below it.
A digest item's quoted name set off by a dash ("„X” – Fundacja Y", "„X” – Poznań") stays an item."""

import pytest

from ngo_atlas.extract import furniture
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_BASE = {
    "pl": ("Stowarzyszenie Przystań\n\nProjekt „Zielona świetlica” w Kaliszu\n\n"
           "Stowarzyszenie Przystań prowadzi projekt „Zielona świetlica”, finansowany przez Miasto Kalisz. "
           "Projekt trwa od 1 lutego 2025 do 30 listopada 2025 roku. Prowadzimy zajęcia dla dzieci "
           "cudzoziemców w Kaliszu.\n"),
    "en": ("Harbour Association\n\nProject \"Green Room\" in Leicester\n\n"
           "Harbour Association runs the project \"Green Room\", funded by Leicester City Council from "
           "1 February 2025 to 30 November 2025. We hold after-school clubs for refugee children.\n"),
    "uk": ("Асоціація Гавань\n\nПроєкт «Зелена кімната» у Полтаві\n\n"
           "Асоціація Гавань реалізує проєкт «Зелена кімната», який фінансується Полтавською міською "
           "радою. Проєкт триває з 1 лютого 2025 року по 30 листопада 2025 року.\n"),
    "ru": ("Ассоциация Гавань\n\nПроект «Зелёная комната» в Пскове\n\n"
           "Ассоциация Гавань реализует проект «Зелёная комната», который финансируется администрацией "
           "города Пскова. Проект длится с 1 февраля 2025 года по 30 ноября 2025 года.\n"),
}
_SAID = {
    "pl": ("„Córka czeka na te zajęcia cały tydzień” – Tetiana, mama uczestniczki projektu",
           "„Dzieci uczą się tu od siebie nawzajem”, mówi Joanna Lis, wychowawczyni."),
    "en": ("\"My daughter waits for the club all week\" – Tetiana, mother of a project participant",
           "\"Children learn from each other here,\" says Joan Lee, youth worker."),
    "uk": ("«Донька чекає на ці заняття цілий тиждень» – Тетяна, мама учасниці проєкту",
           "«Діти тут вчаться одне в одного», – каже Ірина Ліс, вихователька."),
    "ru": ("«Дочь ждёт эти занятия всю неделю» – Татьяна, мама участницы проекта",
           "«Дети здесь учатся друг у друга», – говорит Ирина Лис, воспитатель."),
}


@pytest.mark.parametrize("lang", sorted(_BASE))
def test_testimonials_add_no_record(lang):
    short, said = _SAID[lang]
    for page in (f"{_BASE[lang]}\n{short}\n\n{said}\n", f"{_BASE[lang]}\n{said}\n\n{short}\n",
                 f"{_BASE[lang]}\n{short}\n\nZapraszamy do udziału w zajęciach.\n"):
        assert len(_titles(page)) == 1, page


@pytest.mark.parametrize("line", [
    "„Dzieci uczą się tu od siebie nawzajem.” – Joanna",
    "• „To była dobra decyzja”, dodaje koordynator.",
    "\"It changed how we work with families.\"\n– Sam Hill",
])
def test_testimonial_shapes(line):
    assert furniture.testimonial(line, 0, len(line))


@pytest.mark.parametrize("line", [
    "„Zielona świetlica” – Fundacja Przystań",
    "„Zielona świetlica” – Kalisz",
    "„Mama w Polsce” – wsparcie dla matek z Ukrainy",
    "„Zielona świetlica dla dzieci” – Kalisz, 12 000 zł",
    "„Dzieci uczą się tu od siebie nawzajem” – Joanna Lis, wychowawczyni\nProjekt finansuje Gmina X.",
])
def test_not_testimonials(line):
    assert not furniture.testimonial(line, 0, len(line))


def test_digest_items_keep_their_records():
    page = ("Nasze projekty\n\n"
            "„Zielona świetlica” – Fundacja Przystań prowadzi zajęcia dla dzieci. Projekt finansuje "
            "Miasto Kalisz.\n\n"
            "„Dobry sąsiad” – Fundacja Przystań organizuje spotkania sąsiedzkie. Projekt finansuje "
            "Gmina Opatówek.\n")
    assert _titles(page) == ["Zielona świetlica", "Dobry sąsiad"]


def test_speech_then_more_prose_is_no_testimonial():
    block = ("\"We want the first weeks to be a safe harbour,\" says Ann Bell, the manager. "
             "Our partner in Oslo runs the second part of the work.")
    assert not furniture.testimonial(block, 0, len(block))
