"""Round 21, funding (FUND-D). (1) Text hard-wrapped at a fixed width (a PDF report copied as laid
out): a payer's name broken over a line ("Międzynarodowej\\nOrganizacji …") runs on, while a short
caption line under a sentence and a card's field lines stay apart. (2) A payer after a class noun
in apposition ("finansuje organizacja międzynarodowa X", "фінансує міжнародна організація X",
"funded by the international organisation X"): the name starts after the class noun and its
modifiers. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.wrapped import hard_wrap, past_class_noun
from ngo_atlas.model import Document


def _funders(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [f.funder for p in ex.projects for f in p.funding]


_WRAPPED = (
    "Sprawozdanie z działalności Stowarzyszenia Wspólna Droga za rok 2024\n\n"
    "Projekt „Sąsiedzi bez granic” prowadziliśmy w Opolu od lutego do listopada 2024 r.\n"
    "Zajęcia językowe dla dorosłych sfinansowano dzięki grantowi Europejskiej Fundacji\n"
    "Współpracy Regionalnej w wysokości 30 000 zł. Spotkania odbywały się w środy oraz\n"
    "w soboty w świetlicy przy ulicy Wiejskiej, a prowadziły je dwie lektorki z Opola.\n"
)


def test_name_broken_by_the_line_width_runs_on():
    assert "Europejska Fundacja Współpracy Regionalnej" in _funders(_WRAPPED)


def test_hard_wrap_needs_long_lines_and_a_word_that_would_not_fit():
    nl = _WRAPPED.index("Fundacji\n") + len("Fundacji")
    assert hard_wrap(_WRAPPED, nl)
    caption = ("Projekt współfinansowany ze środków Unii Europejskiej w ramach programu krajowego\n"
               "Fundusz Ochrony Praw Ludzi\n")
    assert not hard_wrap(caption, caption.index("\n"))
    card = ("Finansowanie Fundusz Przykładowy na rzecz Wspólnot Lokalnych oraz budżet państwa\n"
            "Realizator Stowarzyszenie Pomocy Sąsiedzkiej w Lesznie we współpracy z Gminą Leszno "
            "i z Powiatowym Urzędem Pracy w Lesznie, a także z dwiema szkołami\n")
    assert not hard_wrap(card, card.index("\n"))
    sentence = ("To był dobry rok dla naszego stowarzyszenia i dla wszystkich jego członków.\n"
                "Dziękujemy Fundacji Dobrego Serca za wsparcie udzielone nam w całym roku 2024.\n")
    assert not hard_wrap(sentence, sentence.index("\n"))


def test_class_noun_in_apposition_before_the_payer():
    pl = ("Świetlica „Most”\n\nŚwietlicę „Most” prowadzi Stowarzyszenie Przystań w Chełmie. Projekt "
          "finansuje organizacja humanitarna Helping Hands International. Dotacja wynosi 20 000 zł.\n")
    assert "Helping Hands International" in _funders(pl)
    uk = ("Клуб «Міст»\n\nКлуб «Міст» веде Асоціація «Пристань» у Холмі. Проєкт фінансує "
          "міжнародна гуманітарна організація Helping Hands International. Сума гранту становить 20 000 злотих.\n")
    assert "Helping Hands International" in _funders(uk)
    en = ("The Bridge Club\n\nThe project \"Bridge Club\" is run by the Harbour Association in Chełm. It is "
          "funded by the international humanitarian organisation Helping Hands International with a grant "
          "of EUR 5,000.\n")
    assert "Helping Hands International" in _funders(en)


def test_class_noun_is_skipped_only_before_a_name():
    t = "organizacja międzynarodowa Helping Hands"
    assert t[past_class_noun(t, 0, len(t)):] == "Helping Hands"
    t = "the international organisation Helping Hands"
    assert t[past_class_noun(t, 0, len(t)):] == "Helping Hands"
    t = "Fundacja Pomocna Dłoń"  # a name's own head is not a class noun
    assert past_class_noun(t, 0, len(t)) == 0
    t = "organizacje pozarządowe z regionu"
    assert past_class_noun(t, 0, len(t)) == 0


def _payers(text: str) -> list:
    return _funders(text)


def test_payer_after_a_verb_of_covering_costs():
    head = ("Projekt „Wspólny stół”\n\nStowarzyszenie Przystań realizuje projekt „Wspólny stół” w Chełmie. "
            "Dotacja Fundacji Dobry Start wynosi 40 000 zł. ")
    got = _payers(head + "Część wydatków na wynajem sali pokryła również Parafia Świętej Anny.\n")
    assert "Parafia Świętej Anny" in got
    got = _payers(head + "Pozostałe 6 000 zł pokryje budżet Powiatu Chełmskiego.\n")
    assert "budżet Powiatu Chełmskiego" in got
    got = _payers(head + "Koszty dojazdu – bilety i paliwo – pokrywa Caritas Diecezji Chełmskiej.\n")
    assert "Caritas Diecezji Chełmskiej" in got
    ru = ("Проект «Общий стол»\n\nАссоциация «Пристань» реализует проект «Общий стол» в Хелме при финансовой "
          "поддержке Фонда «Добрый старт». Часть расходов на аренду зала покрыл Город Хелм.\n")
    assert "Город Хелм" in _payers(ru)
    uk = ("Проєкт «Спільний стіл»\n\nАсоціація «Пристань» реалізує проєкт «Спільний стіл» у Хелмі за "
          "підтримки Фонду «Добрий старт». Частину витрат на оренду залу покрило Місто Хелм.\n")
    assert "Місто Хелм" in _payers(uk)


def test_covering_without_a_payer_name_reads_nothing():
    text = ("Projekt „Wspólny stół”\n\nStowarzyszenie Przystań realizuje projekt „Wspólny stół” w Chełmie "
            "dzięki dotacji Fundacji Dobry Start. Każde 30 zł pokrywa koszt jednego obiadu.\n")
    assert _payers(text) == ["Fundacja Dobry Start"]
