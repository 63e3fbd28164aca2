"""Round 23 (RECS-P): page furniture of event pages and newsletters names no project.
An event's programme (three or more lines opening with a clock time, in the day's order) marks
an event's page, like its hours do: a payer of the event makes no project of a page that never
frames it as one. A newsletter's table of contents (a numbered run of entries, or entries with
dotted leaders to a page number) whose first entry recurs as its section heading names no
page-wide project; the projects funded in its sections stay."""

import pytest

from ngo_atlas.extract import furniture
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_EVENT = {
    "pl": ("Kaliskie Spotkania Sąsiedzkie 2026\n\nKalisz, 9 maja 2026 | Dom Kultury\n\n"
           "Spotkania to doroczne wydarzenie dla mieszkańców i cudzoziemców z powiatu.\n\n"
           "Program\n{0} Otwarcie\n{1} Rozmowa: Sąsiedzi z daleka\n{2} Gry miejskie\n{3} Koncert\n\n"
           "Organizator: Stowarzyszenie Most\nSpotkania są dofinansowane przez Miasto Kalisz.\n"),
    "en": ("Bristol Neighbours Day 2026\n\nBristol, 9 May 2026 | Arts House\n\n"
           "The Day is a yearly gathering of residents and newcomers of the city.\n\n"
           "Schedule\n{0} Opening\n{1} Talk: Neighbours from afar\n{2} City games\n{3} Concert\n\n"
           "Organiser: Bridge Society\nThe Day is funded by Bristol City Council.\n"),
    "uk": ("Полтавські сусідські зустрічі 2026\n\nПолтава, 9 травня 2026 | Будинок культури\n\n"
           "Зустрічі — щорічна подія для мешканців і переселенців міста.\n\n"
           "Програма\n{0} Відкриття\n{1} Розмова: Сусіди здалеку\n{2} Міські ігри\n{3} Концерт\n\n"
           "Організатор: ГО «Міст»\nЗустрічі фінансує Полтавська міська рада.\n"),
    "ru": ("Псковские соседские встречи 2026\n\nПсков, 9 мая 2026 | Дом культуры\n\n"
           "Встречи — ежегодное событие для жителей и переселенцев города.\n\n"
           "Программа\n{0} Открытие\n{1} Беседа: Соседи издалека\n{2} Городские игры\n{3} Концерт\n\n"
           "Организатор: Общество «Мост»\nПроведение встреч финансируется Псковской думой.\n"),
}


@pytest.mark.parametrize("lang", sorted(_EVENT))
def test_an_event_with_its_programme_is_no_project(lang):
    text = _EVENT[lang].format("10:00", "11.15", "13:30", "16:00")
    assert _titles(text) == []


@pytest.mark.parametrize("lang", sorted(_EVENT))
def test_without_a_programme_the_paid_page_is_read_as_before(lang):
    # (the times are gone: the page's payer and year still make it an undertaking)
    text = _EVENT[lang].format("", "", "", "").replace("\n ", "\n")
    assert len(_titles(text)) == 1


def test_agenda_reads_a_run_of_times_in_the_day_order():
    assert furniture.agenda("Program\n9:00 Rejestracja\n9:30 Otwarcie\n10:30 Panel: Szkoła\n")
    assert furniture.agenda("• 09.30 – Welcome\n• 10.00 – Keynote\n• 12.00 – Lunch\n")
    # two times only; a list of dates ("12.05 …") is no agenda; times out of order are no day
    assert not furniture.agenda("9:00 Rejestracja\n10:30 Panel\n")
    assert not furniture.agenda("12.05.2025 Spotkanie\n14.06.2025 Warsztaty\n20.09.2025 Festyn\n")
    assert not furniture.agenda("14:00 A\n10:00 B\n9:00 C\n")


_NEWS = {
    "pl": ("STOWARZYSZENIE MOST\nBiuletyn nr 2/2026\n\nW numerze:\n{c1}\n{c2}\n{c3}\n\n"
           "{h1}\nDrodzy Czytelnicy, wiosna przyniosła nam wiele zmian.\n\n"
           "{h2}\nStowarzyszenie rozpoczęło projekt „Kuchnia sąsiedzka”, który jest finansowany przez "
           "Miasto Kalisz. Projekt trwa od 1 marca 2026 r. do 31 stycznia 2027 r.\n\n"
           "{h3}\n20 kwietnia – spotkanie wolontariuszy.\n",
           ("Słowo od prezeski", "Nowy projekt: „Kuchnia sąsiedzka”", "Kalendarz"), "Kuchnia sąsiedzka"),
    "en": ("BRIDGE SOCIETY\nNewsletter No. 2/2026\n\nIn this issue:\n{c1}\n{c2}\n{c3}\n\n"
           "{h1}\nDear readers, spring brought us many changes.\n\n"
           "{h2}\nThe Society started the project \"Neighbours' Kitchen\", which is funded by Bristol "
           "City Council from 1 March 2026 to 31 January 2027.\n\n"
           "{h3}\n20 April – volunteers' meeting.\n",
           ("A letter from the chair", "New project: \"Neighbours' Kitchen\"", "Calendar"),
           "Neighbours' Kitchen"),
    "uk": ("ГО «МІСТ»\nБюлетень № 2/2026\n\nУ цьому випуску:\n{c1}\n{c2}\n{c3}\n\n"
           "{h1}\nДорогі читачі, весна принесла нам багато змін.\n\n"
           "{h2}\nГО розпочала проєкт «Сусідська кухня», який фінансується Полтавською міською радою. "
           "Проєкт триває з 1 березня 2026 року по 31 січня 2027 року.\n\n"
           "{h3}\n20 квітня – зустріч волонтерів.\n",
           ("Слово голови", "Новий проєкт: «Сусідська кухня»", "Календар"), "Сусідська кухня"),
    "ru": ("ОБЩЕСТВО «МОСТ»\nБюллетень № 2/2026\n\nВ этом выпуске:\n{c1}\n{c2}\n{c3}\n\n"
           "{h1}\nДорогие читатели, весна принесла нам много перемен.\n\n"
           "{h2}\nОбщество начало проект «Соседская кухня», который финансируется администрацией "
           "города Пскова. Проект длится с 1 марта 2026 года по 31 января 2027 года.\n\n"
           "{h3}\n20 апреля – встреча волонтёров.\n",
           ("Слово председателя", "Новый проект: «Соседская кухня»", "Календарь"), "Соседская кухня"),
}


@pytest.mark.parametrize("lang", sorted(_NEWS))
@pytest.mark.parametrize("shape", ["numbered", "leaders"])
def test_a_newsletters_contents_names_no_project(lang, shape):
    text, heads, project = _NEWS[lang]
    if shape == "numbered":
        cs = [f"{i}. {h}" for i, h in enumerate(heads, 1)]
        hs = [f"{i}. {h.upper()}" for i, h in enumerate(heads, 1)]
    else:
        cs = [f"{h} ........ {p}" for h, p in zip(heads, (1, 2, 4))]
        hs = list(heads)
    page = text.format(c1=cs[0], c2=cs[1], c3=cs[2], h1=hs[0], h2=hs[1], h3=hs[2])
    titles = _titles(page)
    assert all(heads[0].lower() not in t.lower() for t in titles), titles
    assert any(project.lower() in t.lower() for t in titles), titles


def test_contents_item_shapes():
    assert furniture.contents_item("1. Słowo\n2. Projekt\n3. Kalendarz\n", 0)
    assert furniture.contents_item("A word from the board ........ 1\n", 0)
    assert furniture.contents_item("Calendar …… 12\n", 0)
    # a numbered run of two, or one that does not open with 1, is no contents
    assert not furniture.contents_item("1. Słowo\n2. Projekt\n\nTekst.\n", 0)
    assert not furniture.contents_item("2. Projekt\n3. Kalendarz\n4. Inne\n", 0)
    assert not furniture.contents_item("Projekt Razem 2025\n", 0)
