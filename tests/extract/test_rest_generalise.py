"""Places, people, e-mails, links and status written in forms no evaluation set used (issue 3)."""

import pytest

from ngo_atlas.extract.links import find_emails, is_project_url
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _extract(text, name="t.txt"):
    return extract_document(Document("x", name, text))


@pytest.mark.parametrize("text,email", [
    ("Pisz: biuro małpa sasiedzi kropka pl, odpowiemy.", "biuro@sasiedzi.pl"),
    ("Адрес: lena собака pochta.ru.", "lena@pochta.ru"),
    ("Адрес: lena (собака) pochta (точка) ru", "lena@pochta.ru"),
    ("Пишіть: taras (равлик) razom (крапка) org (крапка) ua", "taras@razom.org.ua"),
    ("mail: ewa.lis<at>dom-pomocy.pl", "ewa.lis@dom-pomocy.pl"),
    ("kontakt: ewa_lis[at]dom-pomocy[.]pl", "ewa_lis@dom-pomocy.pl"),
])
def test_spelled_at_signs_and_dots_in_four_languages(text, email):
    assert [e for _a, _b, e in find_emails(text)] == [email]


@pytest.mark.parametrize("text", [
    "We met at the office and talked at length.",
    "Собака гуляла в парке.",
    "Na plakacie była małpa i słoń.",
])
def test_spelled_words_in_prose_are_no_address(text):
    assert find_emails(text) == []


def test_address_under_a_label_on_the_line_above():
    text = "Strona internetowa projektu:\nwww.sasiedzi-opole.pl\n"
    assert is_project_url(text, text.index("www"), "www.sasiedzi-opole.pl")


def test_share_button_and_privacy_page_are_not_the_project_page():
    share = "Więcej: https://www.facebook.com/sharer/sharer.php?u=x\n"
    assert not is_project_url(share, share.index("https"), "https://www.facebook.com/sharer/sharer.php?u=x")
    policy = "Polityka prywatności: https://fundacja.pl/rodo\n"
    assert not is_project_url(policy, policy.index("https"), "https://fundacja.pl/rodo")


def test_russian_site_label_gives_a_bare_host():
    (p,) = _extract("Проект «Соседи» реализует фонд «Мост» в Кракове.\n\n"
                    "Подробнее на сайте: sosedi-krakow.org\n").projects
    assert [u.value for u in p.urls] == ["sosedi-krakow.org"]


def _people(text, lang):
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.people import find_people

    return [(p.name, p.role) for p in find_people(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text,lang,name", [
    ("Projektem kieruje Tamara Wiśniewska z Fundacji Nowy Dom.", "pl", "Tamara Wiśniewska"),
    ("Tamara Wiśniewska, liderka projektu, opowiada o pierwszych miesiącach.", "pl", "Tamara Wiśniewska"),
    ("Проектом руководит Мария Соколова.", "ru", "Мария Соколова"),
    ("Проєктом керує Оксана Бондар.", "uk", "Оксана Бондар"),
    ("Project lead: Helen Carter\n", "en", "Helen Carter"),
    ("We spoke to Helen Carter, the project lead, about the results.", "en", "Helen Carter"),
])
def test_who_heads_or_leads_the_project_is_its_coordinator(text, lang, name):
    assert (name, "coordinator") in _people(text, lang)


def _places(text, lang):
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.places import find_places

    return [t.value for t in find_places(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text,lang,places", [
    ("W Elblągu odbyły się pierwsze spotkania.", "pl", ["Elbląg"]),
    ("In Szczecin, the courses met twice a week.", "en", ["Szczecin"]),
    ("В Щецине прошли первые встречи.", "ru", ["Щецин"]),
    ("У Львові відбулися зустрічі.", "uk", ["Львів"]),
])
def test_a_sentence_may_open_with_the_preposition(text, lang, places):
    assert _places(text, lang) == places


@pytest.mark.parametrize("text,lang,places", [
    ("Пункти працюють у Тарнові та Новому Сончі.", "uk", ["Тарнів", "Новий Сонч"]),
    ("Встречи прошли в Новом Сонче и Белой Подляске.", "ru", ["Новый Сонч", "Белая Подляска"]),
    ("Зустрічі відбулися у Зеленій Гурі.", "uk", ["Зелена Гура"]),
])
def test_cyrillic_two_word_towns_and_ukrainian_iv_towns(text, lang, places):
    assert _places(text, lang) == places


def test_a_cyrillic_adjective_before_a_body_is_no_town():
    assert _places("Консультации проходят в Люблинском Центре помощи.", "ru") == []


@pytest.mark.parametrize("text,places", [
    ("Zajęcia odbywają się w Kędzierzynie-Koźlu.", ["Kędzierzyn-Koźle"]),
    ("Świetlica działa na warszawskiej Pradze-Południe.", ["Praga-Południe"]),
    ("Projekt obejmuje powiaty: łęczyński, świdnicki i krasnostawski.",
     ["powiat łęczyński", "powiat świdnicki", "powiat krasnostawski"]),
    ("Punkty działają w gminach Sokółka i Szudziałowo.", ["Sokółka", "Szudziałowo"]),
    ("Działamy w trzech miastach – Toruniu, Grudziądzu i Włocławku.", ["Toruń", "Grudziądz", "Włocławek"]),
])
def test_districts_communes_hyphenated_towns_and_dash_lists(text, places):
    assert _places(text, "pl") == places


def test_english_list_keeps_a_town_that_is_also_a_word():
    assert _places("Desks opened in Rzeszów, Przemyśl and Krosno.", "en") == ["Rzeszów", "Przemyśl", "Krosno"]


def _status(text):
    from ngo_atlas.extract.status import find_status

    found = find_status(text, 0, len(text), [])
    return found[0] if found else None


@pytest.mark.parametrize("text,status", [
    ("Zadanie trwało osiem miesięcy i objęło trzy gminy.", "completed"),
    ("Stowarzyszenie prowadziło projekt w latach 2018–2019.", "completed"),
    ("Działania projektowe zakończyły się w październiku.", "completed"),
    ("Проект проводился в двух городах.", "completed"),
    ("Проєкт реалізовувався протягом року.", "completed"),
    ("The project ran for eighteen months.", "completed"),
    ("Projekt jest nadal realizowany w Radomiu.", "ongoing"),
    ("Проект стартовал осенью прошлого года.", "ongoing"),
    ("Проєкт стартує навесні.", "planned"),
    ("The project is currently being implemented in two towns.", "ongoing"),
])
def test_status_from_the_tense_of_a_verb_said_of_the_project(text, status):
    assert _status(text) == status


@pytest.mark.parametrize("text", [
    "Warsztaty prowadziła psycholożka z Lublina.",  # no project noun: an activity, not the project
    "Uczestnicy zostaną zaproszeni na spotkania.",
    "Spotkanie trwało dwie godziny, a potem projekcja filmu.",
])
def test_a_verb_not_said_of_the_project_gives_no_status(text):
    assert _status(text) is None


def test_quoted_names_alone_on_their_lines_head_two_projects():
    text = ("Nasze działania\n\n„Słowa bez granic”\nKursy polskiego dla dorosłych. Projekt realizowany "
            "w Kielcach.\n\n„Pewny krok”\nPoradnictwo prawne dla cudzoziemców w Radomiu. "
            "Finansowanie: Gmina Radom.\n")
    assert [p.title for p in _extract(text).projects] == ["Słowa bez granic", "Pewny krok"]


def test_a_dateline_is_the_page_date_not_a_workshop_day():
    from ngo_atlas.extract.dates import find_dates, is_dateline

    text = ("Wiadomości\n\n03.06.2024\n\nZaczynamy!\n\nStowarzyszenie Klucz rozpoczęło projekt "
            "„Wspólne podwórko” – warsztaty dla dzieci z Ukrainy w Pile.\n")
    (p,) = _extract(text).projects
    assert (p.start, p.end, p.status) == (None, None, "ongoing")
    line = "Data publikacji: 12.01.2024 | Redakcja"
    assert is_dateline(line, find_dates(line)[0])
    talk = "Warsztaty 12.01.2024, godz. 10:00"
    assert not is_dateline(talk, find_dates(talk)[0])


@pytest.mark.parametrize("text", [
    "Фонд «Мост» начал реализацию проекта «Соседи».",
    "Фундація «Міст» розпочала проєкт «Сусіди».",
])
def test_a_project_begun_is_ongoing(text):
    assert _status(text) == "ongoing"


@pytest.mark.parametrize("text,title", [
    (("Wieści\n\nNowy rok szkolny w świetlicy\n\nStowarzyszenie Dobry Sąsiad kontynuuje projekt "
      "Ciepła Przystań, w ramach którego dzieci z Ukrainy uczą się w Pile.\n"), "Ciepła Przystań"),
    (("News\n\nWomen find work in Gdańsk\n\nThe Work Bridge project, run by Fundacja Most, helps "
      "refugee women find jobs. It is funded by the city of Gdańsk.\n"), "Work Bridge"),
    ("Projekt: Sąsiedzka Pomoc Prawna\nOkres realizacji: 01.2023–12.2023\nGrantodawca: Miasto Lublin\n",
     "Sąsiedzka Pomoc Prawna"),
])
def test_unquoted_names_and_headings_that_open_with_the_project_word(text, title):
    assert [p.title for p in _extract(text).projects] == [title]


@pytest.mark.parametrize("text", [
    "Wspieramy projekty Unii Europejskiej. w ramach projektu Fundacji Batorego",
    "Realizujemy projekt Gdańsk Gdynia.",
])
def test_a_genitive_owner_or_a_place_after_the_project_word_is_no_name(text):
    from ngo_atlas.extract.title import unquoted_titles

    assert unquoted_titles(text, 0, len(text)) == []


def test_continuing_a_project_is_ongoing():
    assert _status("Fundacja kontynuuje projekt wsparcia rodzin.") == "ongoing"


@pytest.mark.parametrize("text,dates", [
    ("Projekt „Most” realizowany był w latach 2019-2021 w Pile.", ("2019", "2021")),
    ("Проект «Мост» стартовал 15 октября 2023 года в Познани.", ("2023-10-15", None)),
    ("The project \"Bridge\" started in May 2023 and will end in April 2024.", ("2023-05", "2024-04")),
])
def test_years_joined_by_a_hyphen_and_verbs_of_starting_and_ending(text, dates):
    (p,) = _extract(text).projects
    assert (p.start, p.end) == dates


def test_an_iso_month_or_a_phone_number_is_no_year_range():
    from ngo_atlas.extract.dates import find_dates

    assert [d.iso() for d in find_dates("wydano 2024-05, tel. 22-2024")] == []


def test_news_items_naming_their_project_before_the_noun_are_separate_projects():
    text = ("Latest news\n\nNew help desk in Opole\nThe Migrant Aid Society has launched the "
            "\"Open Door\" project in Opole, funded by the city of Opole.\n\n"
            "Closing event of \"Kitchen Stories\"\nThe \"Kitchen Stories\" project, carried out "
            "from 2021 to 2023 in Toruń, has ended.\n")
    assert [p.title for p in _extract(text).projects] == ["Open Door", "Kitchen Stories"]


@pytest.mark.parametrize("text", [
    ("O nas\n\nStowarzyszenie Nowy Dom działa od 2014 roku. Realizujemy projekty dla cudzoziemców "
     "w Opolu, finansowane m.in. przez Gminę Opole.\n"),
    ("About us\n\nThe Bridge Foundation has worked in Poland since 2011. We run projects in Poznań, "
     "funded by the European Union and private donors.\n"),
    ("Oferta pracy\n\nStowarzyszenie Klucz poszukuje koordynatorki projektu „Sąsiedzi” w Pile. "
     "Oferujemy umowę o pracę od 1 marca 2024 r.\n"),
])
def test_profiles_and_job_offers_describe_no_project(text):
    assert _extract(text).projects == []


def test_a_profile_page_that_names_its_project_still_has_it():
    text = ("O nas\n\nFundacja Cisza prowadzi projekt „Spokojna Głowa” – grupy wsparcia dla "
            "cudzoziemek w Lesznie, finansowany przez Gminę Leszno.\n")
    assert [p.title for p in _extract(text).projects] == ["Spokojna Głowa"]


@pytest.mark.parametrize("text,lang,places", [
    ("Консультации проходят в Хелме и Замосце.", "ru", ["Хелм", "Замосць"]),
    ("Встречи прошли в Нысе и Пабянице.", "ru", ["Ныса", "Пабянице"]),
    ("Ярмарки вакансий прошли в Легнице и Валбжихе.", "ru", ["Легница", "Валбжих"]),
])
def test_cyrillic_forms_of_polish_towns_read_through_the_polish_dictionary(text, lang, places):
    assert _places(text, lang) == places


def test_an_adjective_before_voivodeship_is_not_a_town_of_the_list():
    assert _places("Работаем во Вроцлаве и Нижнесилезском воеводстве.", "ru") == [
        "Нижнесилезское воеводство", "Вроцлав"]


def test_addresses_for_the_sites_own_business_are_no_project_contact():
    text = ("Projekt „Kompas”\n\nProjekt prowadzi Fundacja Kompas w Łomży. Zapisy: "
            "zapisy@kompas.org.pl.\n\nWesprzyj nas – pytania o darowizny: wsparcie@kompas.org.pl\n\n"
            "Błędy na stronie zgłaszaj na webmaster@kompas.org.pl\n")
    (p,) = _extract(text).projects
    assert [q.email for q in p.people] == ["zapisy@kompas.org.pl"]


@pytest.mark.parametrize("text,lang,name", [
    ("Kontakt: Dorota Sowa – koordynatorka, d.sowa@fundacja-most.pl\n", "pl", "Dorota Sowa"),
    ("Contact: Helen Carter (project coordinator), h.carter@bridge.org\n", "en", "Helen Carter"),
    ("Контакт: Мария Соколова, координатор проекта, m.sokolova@most.org\n", "ru", "Мария Соколова"),
])
def test_a_contact_who_names_her_coordinator_role_is_the_coordinator(text, lang, name):
    assert _people(text, lang) == [(name, "coordinator")]


@pytest.mark.parametrize("text,places", [
    ("Projekt realizowany w województwie łódzkim.", ["województwo łódzkie"]),
    ("Okres: 2023\nWojewództwo: świętokrzyskie\n", ["województwo świętokrzyskie"]),
    ("Wstęp\n\nWojewództwo lubuskie należy do regionów o małej liczbie cudzoziemców.",
     ["województwo lubuskie"]),
])
def test_voivodeships_in_dzk_at_a_line_start_and_under_a_label(text, places):
    assert _places(text, "pl") == places


def test_a_capitalised_voivodeship_inside_a_name_is_no_place():
    assert _places("Środki z Programu Operacyjnego Województwa Podkarpackiego.", "pl") == []


@pytest.mark.parametrize("text,lang,places", [
    ("Asystentki pracowały w dwóch szpitalach Gdyni i w przychodniach Rumi.", "pl", ["Gdynia", "Rumia"]),
    ("Ассистенты работали в больницах Познани и в поликлиниках Прушкова.", "ru", ["Познань", "Прушков"]),
    ("Заняття проходять у школах Любліна.", "uk", ["Люблін"]),
])
def test_a_town_in_the_genitive_after_places_in_it(text, lang, places):
    assert _places(text, lang) == places


def test_a_body_after_a_plural_noun_is_no_town():
    assert _places("Wspieramy w działaniach Fundacji Batorego.", "pl") == []


def test_an_ambiguous_town_takes_the_nominative_the_page_writes_elsewhere():
    text = "Punkt działa w Michałowie.\n\nAdres: ul. Polna 1, 16-050 Michałowo\n"
    assert _places(text, "pl")[0] == "Michałowo"


def test_roles_written_in_brackets_after_listed_names():
    text = "Zespół projektu: Anna Wilk (koordynatorka), Piotr Sarna (trener), Ewa Kot (UW)\n"
    assert _people(text, "pl") == [("Anna Wilk", "coordinator"), ("Piotr Sarna", "expert"),
                                   ("Ewa Kot", "other")]


def test_who_answers_for_the_project_is_its_coordinator():
    assert _people("Za realizację projektu odpowiada Katarzyna Mazur.", "pl") == [
        ("Katarzyna Mazur", "coordinator")]


def test_a_list_page_gives_one_project_per_name_over_its_particulars():
    text = ("Projekty zrealizowane\n\n"
            "Ciepły Kąt – świetlica dla dzieci\nOkres realizacji: maj 2021 – kwiecień 2022\n"
            "Finansowanie: Gmina Pruszcz\nZajęcia dla dzieci z rodzin migranckich.\n\n"
            "Pierwsze Kroki\nCzas trwania: 2019 – 2020\nWarsztaty dla cudzoziemek w Tczewie.\n")
    ps = _extract(text).projects
    assert [(p.title, p.start, p.status) for p in ps] == [
        ("Ciepły Kąt – świetlica dla dzieci", "2021-05", "completed"),
        ("Pierwsze Kroki", "2019", "completed")]


def test_label_lines_of_one_project_are_not_list_items():
    text = ("Projekt „Sąsiedzka Kuchnia”\n\nOkres realizacji: 01.2023 – 12.2023\n"
            "Partner: Gmina Miasto Tczew\nBudżet: 40 000 zł\n\nSpotkania kulinarne w Tczewie.\n")
    assert [p.title for p in _extract(text).projects] == ["Sąsiedzka Kuchnia"]


def test_a_name_quoting_another_inside_it_and_quotes_that_name_a_body_or_programme():
    text = ("Новини\n\nПункт «Дім» працюватиме далі\n\nЗ 1 січня 2024 р. реалізується проєкт "
            "«Львівський пункт допомоги „Дім”». Проєкт реалізує Асоціація «Відкрите місто». "
            "Проєкт є частиною програми «Місто для всіх».\n")
    assert [p.title for p in _extract(text).projects] == ["Львівський пункт допомоги Дім"]


def test_an_address_does_not_outvote_a_short_cyrillic_text():
    from ngo_atlas.extract.language import document_language

    text = "Проєкт «Разом». Пишіть на адресу: kontakt[at]razem.org.pl"
    assert document_language(Document("x", "a.txt", text), text) == "uk"


def test_a_read_more_line_that_gives_the_address_is_content():
    text = ("Projekt „Razem w Pile”\n\nProjekt prowadzi Stowarzyszenie Klucz w Pile.\n\n"
            "Więcej o projekcie: klucz.org.pl/razem\n")
    (p,) = _extract(text).projects
    assert [u.value for u in p.urls] == ["klucz.org.pl/razem"]


def test_an_adviser_is_an_expert_and_carried_out_between_is_completed():
    assert ("Ірина Савчук", "expert") in _people(
        "Учасниці отримають консультації з кар'єрною радницею Іриною Савчук.", "uk")
    assert _status("The \"Bridges\" project, carried out between 2021 and 2022, trained 40 teachers.") == "completed"


def test_english_names_in_prose_after_a_role_word_but_not_capitalised_phrases():
    assert _people("Legal advice is given by lawyer John Peters every Monday.", "en") == [
        ("John Peters", "expert")]
    assert _people("Safe Harbour – Psychological Support for Refugee Children\n", "en") == []


@pytest.mark.parametrize("text,name", [
    ("Fundacja realizuje projekt pod nazwą Bezpieczna Przystań w Gdańsku.", "Bezpieczna Przystań"),
    ("We run a project called Safe Harbour in Gdańsk.", "Safe Harbour"),
])
def test_unquoted_name_after_a_naming_phrase_without_the_town_after_it(text, name):
    from ngo_atlas.extract.title import unquoted_titles

    ((a, b, t),) = unquoted_titles(text, 0, len(text))
    assert t == name and text[a:b] == name


def test_english_names_of_polish_regions_and_nearby_capitals():
    assert _places("The project runs in Lower Silesia and Lesser Poland.", "en") == [
        "Lower Silesia", "Lesser Poland"]
    assert _places("Partner teams work in Prague and Lviv.", "en") == ["Prague", "Lviv"]


def test_a_heading_repeating_the_name_does_not_make_its_town_a_venue():
    text = ("Kuchnia w Lesznie\n\nStowarzyszenie Klucz prowadzi projekt „Kuchnia w Lesznie” "
            "w Pile od maja 2023 r.\n")
    assert [t.value for t in _extract(text).projects[0].places] == ["Piła"]


@pytest.mark.parametrize("line,ok", [
    ("Więcej o działaniach gminy na rzecz cudzoziemców: www.gmina-pila.pl", False),
    ("More about our foundation: www.bridge.org", False),
    ("Więcej o projekcie: www.razem-pila.pl", True),
    ("Подробнее о проекте: www.sosedi.org", True),
])
def test_a_read_more_link_about_something_else_is_not_the_projects(line, ok):
    i = line.index("www")
    assert is_project_url(line, i, line[i:]) is ok
