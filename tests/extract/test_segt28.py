"""Round 28, records per page (SEG-T): a line keyed by a role in the project ("Partner
projektu – …", "Партнёр проекта — …", "Project partner: …") gives the role's holder; a quoted
name in its value ("Pracownia prawna „Lex”") is that holder's, not a second project's (texts in
our own wording, not the sets')."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.rolekey import in_role_value
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [p.title for p in ex.projects]


_PL = ("Aktualności › Porady prawne dla cudzoziemców\n\nOpublikowano: 02.02.2024 | Redakcja\n\n"
       "Od 1 lutego 2024 r. Fundacja Przystań realizuje projekt „Kompas prawny – porady dla migrantów "
       "w Lublinie”. Projekt potrwa do 31 stycznia 2025 r. i jest finansowany przez Fundację Wisła.\n\n"
       "Partner projektu – Lubelska pracownia prawna „Lex Nova” (Pracownia Lex Nova), której prawnicy "
       "prowadzą trudne sprawy przed sądami.\n\n"
       "Co oferujemy:\n– porady w sprawach pobytu;\n– pomoc przy wnioskach;\n– dyżury w Świdniku.\n\n"
       "Koordynatorka projektu: Ewa Sowa\n")
_RU = ("Новости › Бесплатные консультации для мигрантов\n\nОпубликовано: 02.02.2024 | Редакция\n\n"
       "С 1 февраля 2024 года Фонд «Пристань» реализует проект «Правовой маяк — консультации для "
       "мигрантов в Люблине». Проект продлится до 31 января 2025 года и финансируется Фондом Висла.\n\n"
       "Партнёр проекта — Люблинская юридическая мастерская «Лекс Нова», юристы которой ведут сложные "
       "дела в судах.\n\n"
       "Что мы предлагаем:\n— консультации по легализации;\n— помощь с заявлениями;\n— выезды в Свидник.\n\n"
       "Координатор проекта: Ева Сова\n")
_UK = ("Новини › Безкоштовні консультації для мігрантів\n\nОпубліковано: 02.02.2024 | Редакція\n\n"
       "З 1 лютого 2024 року Фонд «Пристань» реалізує проєкт «Правовий маяк — консультації для "
       "мігрантів у Любліні». Проєкт триватиме до 31 січня 2025 року і фінансується Фондом Вісла.\n\n"
       "Партнер проєкту — Люблінська юридична майстерня «Лекс Нова», юристи якої ведуть складні "
       "справи в судах.\n\n"
       "Що ми пропонуємо:\n— консультації щодо легалізації;\n— допомога з заявами;\n— виїзди до Свідника.\n\n"
       "Координаторка проєкту: Єва Сова\n")
_EN = ("News › Free legal advice for migrants\n\nPublished: 02.02.2024 | Editorial team\n\n"
       "Since 1 February 2024 the Haven Foundation has been running the project \"Legal Beacon – advice "
       "for migrants in Lublin\". The project lasts until 31 January 2025 and is funded by the Vistula "
       "Foundation.\n\n"
       "Project partner: the Lublin legal workshop \"Lex Nova\", whose lawyers take on difficult court "
       "cases.\n\n"
       "What we offer:\n- residence advice;\n- help with applications;\n- visits to Świdnik.\n\n"
       "Project coordinator: Eva Owl\n")


def test_polish_partner_key_quote_is_no_second_project():
    assert _titles(_PL) == ["Kompas prawny – porady dla migrantów w Lublinie"]


def test_russian_partner_key_quote_is_no_second_project():
    assert _titles(_RU) == ["Правовой маяк — консультации для мигрантов в Люблине"]


def test_ukrainian_partner_key_quote_is_no_second_project():
    assert _titles(_UK) == ["Правовий маяк — консультації для мігрантів у Любліні"]


def test_english_project_partner_key_quote_is_no_second_project():
    assert _titles(_EN) == ["Legal Beacon – advice for migrants in Lublin"]


def test_role_key_reads_only_the_keyed_line():
    text = "Partner projektu – Pracownia „Lex”\nProjekt „Nowy Dom” ruszył\n"
    assert in_role_value(text, text.index("Lex"))
    assert not in_role_value(text, text.index("Nowy"))


def test_negative_value_that_names_a_project_again():
    # the coordinator's value speaks of a project before the quote: the quote names that project
    text = "Koordynatorka projektu: Ewa Sowa, autorka projektu „Nowy Dom”\n"
    assert not in_role_value(text, text.index("Nowy"))


def test_negative_plain_project_key_and_prose():
    # a key of the project itself, and a sentence about a partner in prose, stay as they were
    text = "Projekt: „Nowy Dom”\nPartnerem projektu „Nowy Dom” jest Fundacja Wisła.\n"
    assert not in_role_value(text, text.index("Nowy"))
    assert not in_role_value(text, text.index("Nowy", text.index("Partnerem")))


_DIV = "\n————————————————————\n"


def _news_list(entries: list[str], top: str = "Aktualności\n\nNasze projekty i wydarzenia") -> list[str]:
    return _titles(top + _DIV + _DIV.join(entries) + _DIV + "© Fundacja Przystań\n")


_PL_ITEMS = [
    "12.05.2025 | Projekty\nRuszył projekt „Kompas prawny”\n\nOd maja realizujemy projekt „Kompas prawny”, "
    "finansowany przez Fundację Wisła (kwota 40 000 zł). Czytaj dalej »\n",
    "03.05.2025 | Wydarzenia\nZaproszenie na festyn „Smaki Lata” w parku miejskim – 20 maja 2025 r. Czytaj dalej »\n",
    "20.04.2025 | Projekty\nPodsumowanie projektu „Mosty sąsiedzkie”\n\nZakończył się projekt „Mosty "
    "sąsiedzkie”, sfinansowany przez Urząd Miasta Lublin. Czytaj dalej »\n",
]


def test_polish_teaser_under_a_dateline_alone_is_no_record():
    t = _news_list(_PL_ITEMS)
    assert "Kompas prawny" in t and "Mosty sąsiedzkie" in t
    assert not any("2025" in x or "Wydarzenia" in x for x in t)
    assert len(t) == 2


def test_english_teaser_under_a_dateline_alone_is_no_record():
    items = [
        "12.05.2025 | Projects\nThe \"Legal Compass\" project starts\n\nIn May we launched the project \"Legal "
        "Compass\", funded by the Vistula Foundation (PLN 40,000). Read more »\n",
        "03.05.2025 | Events\nJoin us for the \"Summer Tastes\" picnic in the city park on 20 May 2025. Read more »\n",
        "20.04.2025 | Projects\nThe \"Neighbour Bridges\" project ends\n\nThe project \"Neighbour Bridges\", "
        "funded by Lublin City Hall, has ended. Read more »\n",
    ]
    t = _news_list(items, "News\n\nOur projects and events")
    assert not any("2025" in x or "Events" in x for x in t)
    assert len(t) == 2


def test_negative_dated_entry_with_its_own_heading_stays():
    t = _news_list(_PL_ITEMS[:1] + _PL_ITEMS[2:])
    assert len(t) == 2
