"""Round 23 (RECS-N): a news list or blog index, each post a posting-date line over its heading:
the heading names the post (its label and quotes left out), the date line is metadata, and a
post that is not about a project is no record."""

from ngo_atlas.extract.news_entries import heading_name, posting_dateline
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text):
    return [p.title for p in extract_document(Document("x", "t.txt", text)).projects]


def test_posting_dateline_is_one_date_with_its_category():
    assert posting_dateline("07.11.2023 | Z życia stowarzyszenia")
    assert posting_dateline("3 kwietnia 2025 · Ogłoszenia")
    assert posting_dateline("June 4, 2024 | Updates")
    assert posting_dateline("21 травня 2024 · Новини")
    # a card's period and a dated sentence are not a post's date line
    assert not posting_dateline("2022–2024")
    assert not posting_dateline("01.03.2022 – 28.02.2024")
    assert not posting_dateline("07.11.2023 – Spotkanie z mieszkańcami Gorzowa zakończone")


def test_heading_name_drops_label_and_quotes():
    line = "Relacja: „Kuchnia bez granic” – finał w Gorzowie"
    a, b = heading_name(line)
    assert line[a:b] == "Kuchnia bez granic"
    line = "Nowość: Klub Rodzica Migranta"
    a, b = heading_name(line)
    assert line[a:b] == "Klub Rodzica Migranta"
    assert heading_name("Jak złożyć wniosek o kartę pobytu w naszym mieście i gdzie szukać pomocy?") is None


_RULED = ("Stowarzyszenie Most nad Wartą\nStart | Kim jesteśmy | Wiadomości | Kontakt\n\n"
          "Wiadomości ze stowarzyszenia\n\n"
          "* * *\n\n"
          "07.11.2023 | Z życia stowarzyszenia\n"
          "Relacja: „Kuchnia bez granic” – finał w Gorzowie\n"
          "Zakończyliśmy projekt „Kuchnia bez granic”, w którym migrantki prowadziły warsztaty kulinarne "
          "w Gorzowie Wielkopolskim. Działania sfinansował Urząd Marszałkowski Województwa Lubuskiego.\n"
          "Czytaj dalej »\n\n"
          "* * *\n\n"
          "19.10.2023 | Ogłoszenia\n"
          "Biuro nieczynne w piątek\n"
          "W piątek 20 października biuro stowarzyszenia będzie zamknięte z powodu inwentaryzacji.\n"
          "Czytaj dalej »\n\n"
          "* * *\n\n"
          "02.10.2023 | Z życia stowarzyszenia\n"
          "Nowość: Klub Rodzica Migranta\n"
          "Od października co środę spotyka się Klub Rodzica Migranta w Słubicach. To nasz nowy projekt, "
          "który do czerwca 2024 r. finansuje Fundacja Dzieci Pogranicza.\n"
          "Czytaj dalej »\n\n"
          "* * *\n\n"
          "© Stowarzyszenie Most nad Wartą\n")


def test_ruled_news_list_titles_are_headings_not_dates():
    assert _titles(_RULED) == ["Kuchnia bez granic", "Klub Rodzica Migranta"]


def test_blank_line_news_list_in_english():
    text = ("Harbour Network\nHome | About | Updates | Contact\n\nUpdates\n\n"
            "June 4, 2024 | Updates\n"
            "Launch: \"Welcome Table\" – dinners with newcomers\n"
            "This spring we started the Welcome Table project in Lublin, funded by the Open Doors Fund.\n"
            "Read more »\n\n"
            "May 20, 2024 | Notices\n"
            "Office hours change\n"
            "From June the office opens at 10:00 on weekdays.\n"
            "Read more »\n\n"
            "April 2, 2024 | Updates\n"
            "Pilot: \"Job Mentor\" for refugee women\n"
            "Our new project pairs refugee women with mentors in Chełm. It is funded by the city of Chełm.\n"
            "Read more »\n\n"
            "© Harbour Network\n")
    assert _titles(text) == ["Welcome Table", "Job Mentor"]


def test_ruled_news_list_in_ukrainian():
    text = ("Фонд Відкритий Дім\nГоловна | Про нас | Новини | Контакти\n\nНовини\n\n"
            "---\n\n"
            "21.05.2024 · Новини\n"
            "Старт: «Мовний клуб» для дорослих\n"
            "Ми розпочали проєкт «Мовний клуб» у Вроцлаві, який фінансує Фундація Добрих Справ.\n"
            "Читати далі »\n\n"
            "---\n\n"
            "14.05.2024 · Оголошення\n"
            "Зміна годин роботи офісу\n"
            "Офіс працює з 9:00 до 15:00 у робочі дні.\n"
            "Читати далі »\n\n"
            "---\n\n"
            "02.04.2024 · Новини\n"
            "Анонс: «Сусідська кухня» у Ополе\n"
            "Наш новий проєкт «Сусідська кухня» фінансує місто Ополе.\n"
            "Читати далі »\n\n"
            "---\n\n"
            "© Фонд Відкритий Дім\n")
    assert _titles(text) == ["Мовний клуб", "Сусідська кухня"]


def test_category_line_between_date_and_heading():
    # a date alone, the category on its own line, then the heading over the teaser
    text = ("Fundacja Wspólna Kamienica\nO nas | Aktualności | Kontakt\n\nAktualności\n\n"
            "15.10.2024\nProjekty\nRusza „Akademia Sąsiada” na Pradze\n"
            "Od października do maja realizujemy projekt „Akademia Sąsiada”, w którym mieszkańcy i migranci "
            "wspólnie remontują podwórka. Projekt finansuje Dzielnica Praga-Północ.\nCzytaj więcej\n\n"
            "02.10.2024\nOgłoszenia\nSprawozdanie finansowe za rok 2023\n"
            "Publikujemy nasze sprawozdanie merytoryczne i finansowe za ubiegły rok, do pobrania w zakładce "
            "Dokumenty.\nCzytaj więcej\n\n"
            "20.09.2024\nProjekty\nZakończenie: „Mapa Usług” dla cudzoziemców\n"
            "Zakończyliśmy projekt „Mapa Usług”, przewodnik po urzędach i poradniach Pragi w czterech "
            "językach. Wsparcie finansowe zapewniło Miasto Stołeczne Warszawa.\nCzytaj więcej\n\n"
            "© Fundacja Wspólna Kamienica\n")
    assert _titles(text) == ["Akademia Sąsiada", "Mapa Usług"]
