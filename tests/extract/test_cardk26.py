"""CARD-K (round 26): an HTML page listing several projects as cards (a heading h2–h4 over
the card's period, payer and description) gives one record a card; a single project's page
with sections under h2 headings stays one record."""
import lxml.html

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.cards import card_page_text
from ngo_atlas.ingest.readers import read_bytes


def _page(body: str, title: str = "Projekty", lang: str = "pl") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            '<body><header class="site-header"><nav><ul><li><a href="/">Start</a></li>'
            '<li><a href="/o-nas">O nas</a></li></ul></nav></header>'
            f'<main>{body}</main><footer><p>© 2024 Fundacja Sosnowy Most</p></footer></body></html>')


def _records(html: str):
    doc = read_bytes(html.encode("utf-8"), "x.html", "x.html")
    return doc, extract_document(doc).projects


def _box(title: str, fields: list[tuple[str, str]], about: str, tag: str = "article", head: str = "h2") -> str:
    items = "".join(f"<li><strong>{k}:</strong> {v}</li>" for k, v in fields)
    return (f'<{tag} class="card"><img src="/a.jpg" alt=""><span class="badge">Trwający</span>'
            f'<{head}><a href="/p/x">{title}</a></{head}><ul class="meta">{items}</ul><p>{about}</p>'
            f'<a class="more" href="/p/x">Szczegóły →</a></{tag}>')


_PL_BOXES = _page(
    "<h1>Nasze projekty</h1><p>Od lat wspieramy cudzoziemców w Lublinie. Poniżej nasze projekty.</p>"
    '<section class="grid">'
    + _box("Klub Sąsiedzki „Most”", [("Okres realizacji", "01.03.2024 – 28.02.2025"),
                                      ("Finansowanie", "Fundacja Batorego"), ("Kwota", "80 000 zł")],
           "Spotkania dla rodzin z Ukrainy i Polski w dzielnicy Czuby.")
    + _box("Porady dla pracowników z zagranicy", [("Okres realizacji", "2022 – 2023"),
                                                   ("Finansowanie", "Gmina Lublin"), ("Kwota", "45 000 zł")],
           "Dyżury doradcy zawodowego dwa razy w tygodniu.")
    + _box("Lato w bibliotece", [("Okres realizacji", "07.2021 – 08.2021"), ("Finansowanie", "UNICEF Polska")],
           "Zajęcia wakacyjne dla dzieci.")
    + "</section>", "Nasze projekty – Fundacja Sosnowy Most")


def test_polish_boxed_cards_one_record_each():
    doc, recs = _records(_PL_BOXES)
    titles = [r.title for r in recs]
    assert titles == ["Klub Sąsiedzki „Most”", "Porady dla pracowników z zagranicy", "Lato w bibliotece"]
    assert [r.start for r in recs] == ["2024-03-01", "2022", "2021-07"]
    assert {f.funder for f in recs[1].funding} == {"Gmina Lublin"}
    # the reader keeps the linked heading and the "meta" list, a blank line between cards
    assert "Klub Sąsiedzki „Most”\nTrwający\nOkres realizacji: 01.03.2024 – 28.02.2025" in doc.text
    assert "\n\nPorady dla pracowników z zagranicy\n" in doc.text
    assert "Szczegóły →" not in doc.text  # a link alone on its line


_PL_FLAT = _page(
    '<article><header class="entry-header"><h1>Zrealizowane projekty</h1></header><div class="entry-content">'
    "<p>Przez lata zrealizowaliśmy wiele projektów. Oto niektóre z nich.</p>"
    "<h2>Pieśni znad Bugu</h2><p><em>2018–2019</em></p>"
    "<p>Nagraliśmy pieśni w dziesięciu wsiach. Projekt dofinansowało Województwo Lubelskie (dotacja: 30 000 zł).</p>"
    "<h2>Warsztaty garncarskie dla młodzieży</h2><p><em>maj – wrzesień 2020</em></p>"
    "<p>Młodzież z Włodawy uczyła się lepić naczynia. Projekt sfinansowała Fundacja Orlen.</p>"
    "</div></article>", "Zrealizowane projekty | Stowarzyszenie Nadbużańskie")


def test_polish_flat_headings_over_datelines():
    _doc, recs = _records(_PL_FLAT)
    assert [r.title for r in recs] == ["Pieśni znad Bugu", "Warsztaty garncarskie dla młodzieży"]
    assert (recs[0].start, recs[0].end) == ("2018", "2019")
    assert (recs[1].start, recs[1].end) == ("2020-05", "2020-09")


def test_english_cards_in_list_items():
    html = _page(
        "<h1>Our projects</h1><ul class=\"projects\">"
        + _box("Welcome Desk for New Arrivals", [("Project period", "January 2023 – December 2023"),
                                                  ("Funded by", "the Open Society Foundations")],
               "Advice on residence permits in Gdańsk.", tag="li", head="h3")
        + _box("Language Cafe", [("Project period", "2021 – 2022"), ("Funded by", "the City of Gdańsk")],
               "Weekly conversation evenings.", tag="li", head="h3")
        + "</ul>", "Our projects – Pine Bridge Foundation", "en")
    _doc, recs = _records(html)
    assert [r.title for r in recs] == ["Welcome Desk for New Arrivals", "Language Cafe"]
    assert recs[0].start == "2023-01" and recs[1].end == "2022"


def test_ukrainian_flat_cards():
    html = _page(
        "<h1>Наші проєкти</h1><p>Ми допомагаємо українським родинам у Вроцлаві.</p>"
        "<h3>Школа вихідного дня</h3><p>2022–2023</p><p>Заняття для дітей щосуботи. Проєкт фінансує Фонд PZU.</p>"
        "<h3>Юридичні консультації</h3><p>березень – грудень 2024</p><p>Безкоштовні консультації юриста.</p>",
        "Наші проєкти", "uk")
    _doc, recs = _records(html)
    assert [r.title for r in recs] == ["Школа вихідного дня", "Юридичні консультації"]
    assert recs[0].start == "2022" and recs[1].end == "2024-12"


def test_russian_labelled_cards():
    html = _page(
        "<h1>Наши проекты</h1><div class=\"list\">"
        + _box("Курсы польского языка", [("Сроки", "2021–2022"), ("Финансирование", "Фонд «Альфа»")],
               "Занятия для взрослых в Познани.", tag="div", head="h4")
        + _box("Консультации для мигрантов", [("Сроки", "2023–2024"), ("Финансирование", "Город Познань")],
               "Помощь в оформлении документов.", tag="div", head="h4")
        + "</div>", "Наши проекты", "ru")
    _doc, recs = _records(html)
    assert [r.title for r in recs] == ["Курсы польского языка", "Консультации для мигрантов"]
    assert recs[1].start == "2023"


# --- negatives: the rule must not fire --------------------------------------------------

_ONE_PROJECT = _page(
    "<article><h1>Wspólna kuchnia – projekt zakończony</h1>"
    "<p>Projekt „Wspólna kuchnia” realizowaliśmy od marca 2022 r. do lutego 2023 r. w Opolu.</p>"
    "<h2>Co zrobiliśmy?</h2><ul><li>12 warsztatów kulinarnych,</li><li>książkę z przepisami.</li></ul>"
    "<h2>Finansowanie</h2><p>Fundacja Orlen – 40 000,00 zł (program „Moje miejsce na Ziemi 2022”)</p>"
    "<h2>Kontakt</h2><p>Koordynatorka: Ewa Lis, e.lis@example.org</p></article>",
    "Wspólna kuchnia – projekt zakończony")


def test_single_project_sections_are_no_cards():
    tree = lxml.html.document_fromstring(_ONE_PROJECT)
    assert card_page_text(tree) is None
    _doc, recs = _records(_ONE_PROJECT)
    assert len(recs) == 1


def test_dated_widgets_in_sidebar_and_undated_headings_are_no_cards():
    # dated news boxes in a sidebar are the site's furniture, not the page's cards
    side = ('<aside class="widget"><div><h3>Nowy grafik dyżurów</h3><p>12.03.2024</p></div>'
            '<div><h3>Zebranie członków</h3><p>02.02.2024</p></div></aside>')
    tree = lxml.html.document_fromstring(_page("<h1>O nas</h1><p>Jesteśmy fundacją z Opola.</p>" + side))
    assert card_page_text(tree) is None
    # headings whose first lines give no period: a year only deep in a sentence dates no card
    plain = _page("<h2>Nasza misja</h2><p>Pomagamy cudzoziemcom.</p><p>Działamy od 2010 roku w Opolu.</p>"
                  "<h2>Zespół</h2><p>Pracuje u nas 12 osób.</p><p>W 2019 roku dołączyła do nas Anna.</p>")
    assert card_page_text(lxml.html.document_fromstring(plain)) is None


def test_headings_mixed_flat_and_boxed_are_no_cards():
    # one heading loose in the box, the other inside a box of its own: no card pattern
    html = _page('<div class="a"><h2>Pierwszy krok</h2><p>2020–2021</p>'
                 '<section><h2>Drugi krok</h2><p>2022</p><p>Tekst.</p></section></div>')
    assert card_page_text(lxml.html.document_fromstring(html)) is None


# --- a page's funding footer is no project of its own ------------------------------------

from ngo_atlas.ingest.text import normalize_text  # noqa: E402
from ngo_atlas.model import Document  # noqa: E402


def _txt(t: str):
    return extract_document(Document("x", "x.txt", normalize_text(t))).projects


_BODY_PL = ("Urząd Miasta Kalisza › Projekty › Kalisz otwarty\n\nKALISZ OTWARTY – INTEGRACJA CUDZOZIEMCÓW W MIEŚCIE\n\n"
            "Informacje ogólne\nMiasto Kalisz realizowało w okresie od 1 lutego 2021 r. do 31 stycznia 2023 r. projekt "
            "pt. „Kalisz otwarty – integracja cudzoziemców w mieście”. Projekt był współfinansowany z Programu "
            "Krajowego Funduszu Azylu, Migracji i Integracji.\n\nRezultaty\nW punkcie informacyjnym udzielono 900 porad, "
            "a 150 osób ukończyło kurs języka polskiego. Wydaliśmy przewodnik po mieście w trzech językach.\n\n"
            "Partnerzy\nPartnerami projektu były Uniwersytet Kaliski oraz Stowarzyszenie Dom Sąsiedzki, które "
            "prowadziły zajęcia adaptacyjne i porady prawne dla rodzin z Ukrainy i Białorusi.\n\n"
            "Kontakt\nKoordynatorka projektu: Iga Wrona, tel. 62 500 10 10, e-mail: iwrona@example.pl\n\n")


def test_slogan_over_restated_funding_is_the_footer():
    recs = _txt(_BODY_PL + "„Wspólna droga, wspólny dom”\nProjekt współfinansowany z Programu Krajowego Funduszu "
                "Azylu, Migracji i Integracji.\n\nData publikacji: 02.03.2023 | Drukuj")
    assert [r.title for r in recs] == ["Kalisz otwarty – integracja cudzoziemców w mieście"]


def test_slogan_footer_russian():
    body = ("Город Калиш › Проекты\n\nОТКРЫТЫЙ КАЛИШ\n\nГород Калиш реализовал в период с 1 февраля 2021 г. по "
            "31 января 2023 г. проект «Открытый Калиш». Проект софинансировался из Национальной программы Фонда "
            "убежища, миграции и интеграции.\n\nРезультаты\nВ информационном пункте дано 900 консультаций, "
            "150 человек окончили курс польского языка, издан путеводитель по городу.\n\n"
            "Партнеры\nПартнерами проекта были Калишский университет и Общество «Соседский дом», которые "
            "проводили адаптационные занятия и юридические консультации для семей из Украины.\n\n"
            "Контакт\nКоординатор проекта: Ига Врона, тел. 62 500 10 10\n\n")
    recs = _txt(body + "«Общая дорога, общий дом»\nПроект софинансируется из Национальной программы Фонда "
                "убежища, миграции и интеграции.\n\nДата публикации: 02.03.2023")
    assert len(recs) == 1 and recs[0].title != "Общая дорога, общий дом"


def test_a_second_project_with_its_own_funding_stays():
    # the last item's funding is its own (a payer the page did not name): a project, no footer
    recs = _txt(_BODY_PL + "„Sąsiedzka kuchnia”\nProjekt współfinansowany ze środków Fundacji Orlen w 2023 roku, "
                "kwota 20 000 zł.\n\nData publikacji: 02.03.2023 | Drukuj")
    assert "Sąsiedzka kuchnia" in [r.title for r in recs]


# --- a grant list's heading: the grantee, a dash, the project's quoted name ----------------

from ngo_atlas.extract.title import grantee_named  # noqa: E402


def test_grantee_then_quoted_name():
    assert grantee_named("2) Fundacja Zielony Brzeg (Ustka) – „Ustka mówi po ukraińsku”") == "Ustka mówi po ukraińsku"
    assert grantee_named("1. Stowarzyszenie „Most” (Łeba) – „Kuchnia sąsiadów”") == "Kuchnia sąsiadów"
    assert grantee_named("Association Open Port – “Harbour Voices”") == "Harbour Voices"
    assert grantee_named("Громадська організація «Мрія» – «Школа вихідного дня»") == "Школа вихідного дня"
    assert grantee_named("Фонд «Альфа» – «Курсы языка»") == "Курсы языка"


def test_no_grantee_before_the_dash():
    # a name with a quoted subtitle, a quote not closing the line, no body before the dash
    assert grantee_named("Lato w mieście – „wakacje blisko domu”") is None
    assert grantee_named("Fundacja Sosnowy Most – „Kuchnia” i warsztaty") is None
    assert grantee_named("2) Kurs języka polskiego – „Mówię po polsku”") is None
