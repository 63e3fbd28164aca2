"""Round 22 (RECS-I): a page whose first heading names a programme or a course in quotes, and
whose text gives it a start, describes one project under another noun, though it never says
"projekt", names no payer and no body that "runs" it. An event's page (its hours) and a page with
no start stay without a record."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.undertaking import headline_undertaking
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_PAGES = {
    "pl": ("Gmina Zielony Gród – serwis urzędu\nStart | Urząd | Mieszkańcy | Kontakt\n\n"
           "Program „Sąsiedzi bez granic” – ruszają spotkania dla nowych mieszkańców\n"
           "Data publikacji: 03.04.2025\n\n"
           "Gmina przygotowała nowy program dla cudzoziemców mieszkających w okolicy. "
           "Program wystartuje 1 maja 2025 r. i potrwa do 30 kwietnia 2026 r. "
           "W jego ramach odbędą się lekcje języka i dyżury doradców.\n"),
    "uk": ("Новини громади\nГоловна | Новини | Контакти\n\n"
           "Нові вечори для батьків – програма «Разом легше»\nОпубліковано 2 лютого 2024\n\n"
           "У бібліотеці міста починає працювати нова програма для родин з України. "
           "Вона стартує 1 березня 2024 року і триватиме до 31 грудня 2024 року.\n"),
    "ru": ("Дом соседей\nГлавная · Курсы · Контакты\n\n"
           "«Английский для начинающих» — бесплатный курс для мигрантов\nДобавлено: 5 января 2024\n\n"
           "Курс стартует 1 февраля 2024 года, занятия проходят по вечерам онлайн.\n"),
    "en": ("Harbour Welcome Centre\nHome | About | News\n\n"
           "The “Open Kitchen” programme returns for a second year\nPosted 4 March 2025\n\n"
           "The programme will start on 1 April 2025 and run until 31 March 2026, with weekly "
           "cooking evenings for newcomers and their neighbours.\n"),
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_quoted_programme_or_course_in_headline_with_a_start_is_a_project(lang):
    text = _PAGES[lang]
    assert headline_undertaking(text)
    titles = _titles(text)
    assert len(titles) == 1
    assert titles[0] in text


def test_an_events_hours_keep_it_no_project():
    text = _PAGES["pl"].replace("Data publikacji: 03.04.2025",
                                "Data publikacji: 03.04.2025\nKiedy: 10 maja 2025, godz. 16:00–18:00")
    assert not headline_undertaking(text)


def test_no_start_no_undertaking():
    text = ("Gmina Zielony Gród\nStart | Urząd\n\n"
            "Program „Sąsiedzi bez granic” – podsumowanie ankiety\n\n"
            "Mieszkańcy ocenili spotkania dobrze; wyniki ankiety publikujemy poniżej.\n")
    assert not headline_undertaking(text)


def test_a_quoted_event_is_no_programme():
    text = ("Dom Kultury Sąsiedzi\nStart | Wydarzenia\n\n"
            "Festiwal „Smaki świata” już w sobotę\n\n"
            "Festiwal rozpocznie się 7 czerwca 2025 r. na rynku miejskim.\n")
    assert not headline_undertaking(text)


# (2) a heading naming an attribute of "the project" opens a section of it, not a second project
@pytest.mark.parametrize("head", ["Wartość projektu", "Budżet projektu", "Cel projektu:", "Бюджет проекта",
                                  "Мета проєкту", "Project budget", "The project's partners",
                                  "Budget of the project"])
def test_attribute_of_the_project_is_a_section(head):
    from ngo_atlas.extract.undertaking import attribute_of_project

    assert attribute_of_project(head)


@pytest.mark.parametrize("head", ["Dom dla wszystkich", "Szkoła Otwartych Drzwi", "Project Welcome Home",
                                  "Sąsiedzkie Centrum Integracji"])
def test_a_name_is_no_attribute(head):
    from ngo_atlas.extract.undertaking import attribute_of_project

    assert not attribute_of_project(head)


_SECTIONED = ("Fundacja Zielony Most\nStart | Projekty | Kontakt\n\n"
              "Centrum Porad Sąsiedzkich – pomoc dla cudzoziemców w Opolu\n\n"
              "Fundacja Zielony Most realizuje projekt „Centrum Porad Sąsiedzkich – pomoc dla cudzoziemców "
              "w Opolu” od 1 lutego 2024 r. do 31 stycznia 2026 r. Oferujemy porady prawne i kursy języka.\n\n"
              "Zespół\nKoordynatorka projektu, Anna Lis, prowadzi zapisy na kursy i konsultacje.\n\n"
              "Koszt projektu\nCałkowity koszt projektu wynosi 420 000,00 zł, w tym dofinansowanie z budżetu "
              "Województwa Opolskiego w wysokości 380 000,00 zł.\n\n"
              "Wszystkie działania są bezpłatne.\n")


def test_a_page_with_a_cost_section_keeps_one_project():
    assert len(_titles(_SECTIONED)) == 1


# (3) "Read more" closing each item of a list links to the item's page: it starts no tail
_LIST = ("Open Doors Foundation\nAbout | Projects | Contact\n\nOur projects\n\n"
         "These are the projects we run now.\n\n~~~~~~~~~~\n\n"
         "HOMES FOR NEWCOMERS\n\nHomes for Newcomers is a project implemented from March 2024 to "
         "February 2026 in Poznań. It helps refugee families find flats. Funded by the City of Poznań "
         "(PLN 90,000).\nRead more\n\n~~~~~~~~~~\n\n"
         "LANGUAGE CAFE\n\nLanguage Cafe is a project implemented from May 2024 to April 2025 in Poznań, "
         "with weekly conversation evenings. Supported by the Open Society Foundations (USD 20,000).\n"
         "Read more\n\n~~~~~~~~~~\n\n"
         "Support our work with a donation.\n")


def test_read_more_after_each_item_keeps_every_item():
    from ngo_atlas.extract.boilerplate import mask

    assert "LANGUAGE CAFE" in mask(_LIST)
    assert len(_titles(_LIST)) == 2


def test_a_single_read_more_still_closes_the_page():
    from ngo_atlas.extract.boilerplate import mask

    page = ("Open Doors Foundation\n\nHomes for Newcomers\n\n" + "Homes for Newcomers is a project in Poznań. " * 8
            + "\n\nRead more\nLanguage Cafe opens in May\nA new library corner\n")
    assert "Language Cafe" not in mask(page)
