"""Round 20b, people: an official of a town's, a region's or a state's government who is only
quoted about the project (a mayor, a deputy mayor, a voivode, a governor, a minister) has no
role in it and is left out; one whose sentence gives him a part in it (he signs its agreement)
stays, as do quoted speakers with no such office. Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Stowarzyszenie „Most” prowadzi projekt „Dobry Start” dla rodzin z Gruzji w Lesznie. {}\n'
       'Projekt trwa od kwietnia 2024 do marca 2026 r.\n')
_EN = ('The association "Bridge" runs the project "Good Start" for families from Georgia in Leszno. {}\n'
       'The project runs from April 2024 to March 2026.\n')
_UK = ('Асоціація «Міст» реалізує проєкт «Добрий старт» для родин із Грузії в Лешні. {}\n'
       'Проєкт триває з квітня 2024 до березня 2026 року.\n')
_RU = ('Ассоциация «Мост» реализует проект «Добрый старт» для семей из Грузии в Лешно. {}\n'
       'Проект длится с апреля 2024 до марта 2026 года.\n')

# (since round 40 a signing official stays only where a public body leads the project: signing
# with an association that leads it, she signs for the side that pays, test_officials40)
_PL_CITY = ('Miasto Leszno prowadzi projekt „Dobry Start” dla rodzin z Gruzji. {}\n'
            'Projekt trwa od kwietnia 2024 do marca 2026 r.\n')
_EN_CITY = ('The City of Leszno runs the project "Good Start" for families from Georgia. {}\n'
            'The project runs from April 2024 to March 2026.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("frame, sentence, name", [
    # the office after the name, behind a comma
    (_PL, "– Dobrze, że rodziny mają gdzie przyjść – mówi Halina Rutkowska, zastępczyni burmistrza Leszna.",
     "Halina Rutkowska"),
    (_EN, '"The town is glad to host the families," said Martin Hale, the mayor of Leszno.', "Martin Hale"),
    (_UK, "«Місто вітає цю ініціативу», — сказав Тарас Бондар, міський голова Лешна.", "Тарас Бондар"),
    (_EN, '"Integration starts at school," said Martin Hale, minister of education.', "Martin Hale"),
    # the office right before the name, with the words of whose office between
    (_PL, "– Województwo wspiera takie działania – powiedział wojewoda dolnośląski Jerzy Malinowski.",
     "Jerzy Malinowski"),
    (_UK, "«Ми пишаємося волонтерами», — зазначила заступниця мера Лешна Ганна Кравець.", "Ганна Кравець"),
    (_RU, "«Город поддерживает такие проекты», — сказал заместитель мэра Лешно Олег Соколов.", "Олег Соколов"),
    (_RU, "«Это важная работа», — отметил губернатор края Олег Соколов.", "Олег Соколов"),
])
def test_quoted_official_left_out(frame, sentence, name):
    assert name not in _people(frame.format(sentence))


@pytest.mark.parametrize("frame, sentence, name, role", [
    # an official whose sentence says he signs the project's agreement has a part in it
    (_PL_CITY, "„Ten projekt zmieni wiele” – mówił przy podpisaniu porozumienia wojewoda dolnośląski Jerzy Malinowski.",
     "Jerzy Malinowski", "other"),
    (_EN_CITY, '"We are glad to be partners," said Martin Hale, the mayor of Leszno, after signing the agreement.',
     "Martin Hale", "other"),
    # ... or whose signature the page gives in another sentence
    (_PL_CITY, "Porozumienie podpisali wicewojewoda Anna Szulc i prezeska stowarzyszenia.\n"
          "– Takie działania są potrzebne – mówiła wicewojewoda Anna Szulc.", "Anna Szulc", "other"),
    (_EN_CITY, 'The agreement was signed by Martin Hale and the association.\n'
          '"We are glad to help," said Martin Hale, the mayor of Leszno.', "Martin Hale", "other"),
    # a quoted speaker with a role in the project, or with no office at all, stays
    (_PL, "– Rodziny czują się tu dobrze – mówi Halina Rutkowska, koordynatorka projektu.",
     "Halina Rutkowska", "coordinator"),
    (_RU, "«Семьи чувствуют себя здесь хорошо», — сказала Анна Зайцева, координатор проекта.",
     "Анна Зайцева", "coordinator"),
])
def test_quoted_speaker_kept(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role
