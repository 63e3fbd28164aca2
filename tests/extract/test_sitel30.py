"""SITE-L (round 30): the site's own name as the project's lead. A page headed by a body's name
whose footer's copyright or address line names the same body is that body's own site: its
project, where the text names no other runner, is run by it. A footer naming another body, or a
text naming its own runner, leaves the masthead out (texts in our own wording, not the sets')."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str):
    doc = extract_document(Document("x.txt", "x.txt", text))
    assert len(doc.projects) == 1
    return doc.projects[0].organizations


def _roles(text: str) -> dict[str, str]:
    return {o.name: o.role for o in _orgs(text)}


def _by_page_owner(text: str) -> dict[str, str]:
    """The bodies the page's masthead gave, with their roles."""
    return {o.name: o.role for o in _orgs(text) if o.span is not None and o.span.rule == "page_owner"}


_PL = ("Fundacja Zielony Próg\n"
       "Archiwum projektów, 5 grudnia 2023\n\n"
       "Sąsiedzkie lekcje polskiego\n\n"
       "Projekt „Sąsiedzkie lekcje polskiego” był realizowany od 1 marca 2023 r. do 30 listopada 2023 r.\n"
       "Kursy języka polskiego dla dorosłych z Ukrainy i Gruzji odbywały się w Olsztynie.\n"
       "Projekt dofinansowano ze środków Gminy Olsztyn.\n\n"
       "Darowizny: 12 3456 7890 0000 1111 2222 3333\n\n"
       "{footer}\n"
       "Polityka prywatności | Cookies\n")


def test_polish_masthead_signed_by_footer_address_leads():
    roles = _by_page_owner(_PL.format(footer="Fundacja Zielony Próg, ul. Lipowa 3, 10-100 Olsztyn | tel. 89 500 10 10"))
    assert roles == {"Fundacja Zielony Próg": "lead"}


def test_polish_masthead_signed_by_copyright_leads():
    roles = _by_page_owner(_PL.format(footer="© 2024 Fundacja Zielony Próg"))
    assert roles == {"Fundacja Zielony Próg": "lead"}


def test_footer_of_another_body_leaves_masthead_out():
    text = _PL.format(footer="Stowarzyszenie Dobre Sąsiedztwo, ul. Lipowa 3, 10-100 Olsztyn")
    assert _by_page_owner(text) == {}
    assert _roles(text).get("Stowarzyszenie Dobre Sąsiedztwo") != "lead"


def test_named_runner_keeps_its_place():
    text = _PL.format(footer="© 2024 Fundacja Zielony Próg").replace(
        "Kursy języka", "Projekt realizowało Stowarzyszenie Tęczowa Ławka. Kursy języka")
    roles = _roles(text)
    assert roles.get("Stowarzyszenie Tęczowa Ławka") == "lead"
    assert "Fundacja Zielony Próg" not in roles


def test_russian_masthead_signed_by_cyrillic_address_leads():
    text = ("Фонд «Северный Мост» | Fundacja Północny Most\n"
            "Главная / Новости\n\n"
            "Проект «Польский для родителей»\n\n"
            "С 1 февраля 2024 года по 31 октября 2024 года в Гданьске проходили курсы польского "
            "языка для родителей из Беларуси и Украины.\n\n"
            "Фонд «Северный Мост», ул. Długa 5, 80-001 Гданьск · KRS 0000123456\n"
            "Сайт использует файлы cookie.\n")
    roles = _by_page_owner(text)
    assert any(r == "lead" and "Северный Мост" in n for n, r in roles.items())


def test_ukrainian_masthead_signed_by_cyrillic_address_leads():
    text = ("Товариство «Українська світлиця» – Новини\n"
            "Головна › Проєкти › «Казки двома мовами»\n\n"
            "Проєкт «Казки двома мовами» завершено!\n\n"
            "З березня по грудень 2023 року в Ополі відбулися читання казок українською та "
            "польською мовами для дітей.\n\n"
            "Товариство «Українська світлиця», вул. Ozimska 7, 45-057 Opole\n"
            "Ми використовуємо файли cookie.\n")
    roles = _roles(text)
    assert any(r == "lead" and "Українська світлиця" in n for n, r in roles.items())


def test_english_masthead_signed_by_footer_address_leads():
    text = ("Open Doors Foundation\n"
            "Project archive, 5 December 2023\n\n"
            "Welcome Desk Wrocław\n\n"
            "The Welcome Desk Wrocław project ran from March 2022 to December 2022. "
            "Legal advice and Polish classes were offered to people from Ukraine in Wrocław.\n\n"
            "Open Doors Foundation, ul. Lipowa 3, 50-001 Wrocław | tel. 71 500 10 10\n"
            "Privacy policy | Cookies\n")
    roles = _roles(text)
    assert roles.get("Open Doors Foundation") == "lead"
