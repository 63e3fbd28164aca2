"""Round 26, programme (PROG-C). A results page ("Wyniki konkursu „X”", "wyniki programu
grantowego „X”") over cards of granted projects, each with its sum and no payer: every card's
grant was given in the named call, so each takes it as its programme. A payer read as
"Szwajcarsko-Polski Program Współpracy" (capitalised relational adjectives, the programme
word, a capitalised genitive) is a programme, not a body; "Europejski Program na rzecz X" (a
purpose after the programme word) names a funders' collaborative and stays a payer. Texts in
our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [[(f.funder, f.programme, f.amount) for f in p.funding] for p in ex.projects]


def _cards(intro: str, head: str = "Aktualności › Dotacje", names=("Herbata z sąsiadami", "Boisko dla wszystkich",
                                                                   "Słowa na start")) -> str:
    cards = "\n\n".join(
        f"{i}. „{n}”\nRealizator: Stowarzyszenie Przyjaciół Doliny nr {i}\nKwota dotacji: {i}2 400 zł\n"
        f"Opis: cykl spotkań dla rodzin z Ukrainy i Białorusi w gminie nr {i}, prowadzony przez "
        f"wolontariuszy w miejscowej bibliotece i w domu kultury."
        for i, n in enumerate(names, 1))
    return ("Fundacja Dolina Sąsiedzka\n" + head + "\n\nOGŁASZAMY LISTĘ DOTACJI 2025\n\nOpublikowano: 3 marca 2025 r.\n\n"
            + intro + "\n\n" + cards + "\n")


def test_results_of_a_grant_programme_name_each_cards_programme():
    got = _projects(_cards(
        "Ogłaszamy wyniki trzeciej edycji programu, w którym nasza fundacja wspiera grupy "
        "nieformalne działające na rzecz integracji cudzoziemców. Dotacje otrzymały trzy inicjatywy.",
        "Programy › Program grantowy „Mosty Sąsiedzkie” › Wyniki 2025"))
    carded = [fs for fs in got if any(a in (12400.0, 22400.0, 32400.0) for _f, _p, a in fs)]
    assert len(carded) == 3, got
    assert all(any(p == "Mosty Sąsiedzkie" for _f, p, _a in fs) for fs in carded), got


def test_results_of_a_call_name_each_cards_programme():
    got = _projects(_cards(
        "Zarząd fundacji zatwierdził listę inicjatyw rekomendowanych przez komisję na działania "
        "łączące mieszkańców i cudzoziemców z naszego powiatu.",
        "Wyniki konkursu „Wspólne Podwórko” – edycja 2025"))
    carded = [fs for fs in got if any(a in (12400.0, 22400.0, 32400.0) for _f, _p, a in fs)]
    assert len(carded) == 3, got
    assert all(any(p == "Wspólne Podwórko" for _f, p, _a in fs) for fs in carded), got


def test_a_named_contest_is_no_call():
    # "konkurs plastyczny „X”": a contest the page announces, no grant call
    got = _projects(_cards(
        "Dotacje otrzymały trzy inicjatywy z naszego powiatu.",
        "Aktualności › Konkurs plastyczny „Mój dom, twój dom” › Dotacje 2025"))
    assert not any(p for fs in got for _f, p, _a in fs), got


def test_adjective_headed_programme_read_as_payer_is_a_programme():
    got = _projects(
        "Doradztwo dla cudzoziemców w Zamościu\n\n"
        "Stowarzyszenie Brama Wschodu prowadziło w latach 2021–2023 punkt porad dla migrantów w Zamościu. "
        "Przedsięwzięcie zostało sfinansowane ze środków Czesko-Polskiego Programu Współpracy "
        "w kwocie 300 000 zł.\n")
    assert len(got) == 1, got
    assert any(p == "Czesko-Polski Program Współpracy" for _f, p, _a in got[0]), got
    assert not any(f == "Czesko-Polski Program Współpracy" for f, _p, _a in got[0]), got


def test_programme_for_a_purpose_stays_a_payer():
    got = _projects(
        "Monitoring ośrodków strzeżonych\n\n"
        "Fundacja Wolna Droga prowadzi monitoring ośrodków dla cudzoziemców od 2023 roku. "
        "Projekt jest finansowany przez Bałtycki Program na rzecz Praw Migrantów (60 000 EUR).\n")
    assert len(got) == 1, got
    assert any(f == "Bałtycki Program na rzecz Praw Migrantów" for f, _p, _a in got[0]), got


def _cyr_cards(head: str, cards: list[tuple[str, str, str]], lang_words: tuple[str, str, str]) -> str:
    done, amount, about = lang_words
    body = "\n\n".join(f"{i}. «{n}»\n{done}: {org}\n{amount}: {i}2 400 zł\n{about}"
                       for i, (n, org, about) in enumerate(cards, 1))
    return "Фонд Добрые Соседи\n" + head + "\n\n" + body + "\n"


def test_russian_results_of_a_call():
    cards = [("Чай с соседями", "Ассоциация Мост", "Встречи для семей из Украины в библиотеке Люблина каждую неделю."),
             ("Футбол для всех", "Клуб Старт", "Тренировки для детей из Беларуси и Польши на школьном стадионе."),
             ("Слова для старта", "Фонд Речь", "Курсы польского языка для взрослых мигрантов по вечерам.")]
    text = (_cyr_cards("Новости › Итоги конкурса «Добрые соседи» – 2025", cards,
                       ("Исполнитель", "Сумма гранта", ""))
            .replace("\n\n\n", "\n\n"))
    got = _projects(text)
    granted = [fs for fs in got if any(a for _f, _p, a in fs)]
    assert len(granted) == 3, got
    assert all(any(p == "Добрые соседи" for _f, p, _a in fs) for fs in granted), got


def test_ukrainian_results_of_a_grant_programme():
    cards = [("Чай із сусідами", "Асоціація Міст", "Зустрічі для родин з України в бібліотеці Любліна щотижня."),
             ("Футбол для всіх", "Клуб Старт", "Тренування для дітей з Білорусі та Польщі на шкільному стадіоні."),
             ("Слова для старту", "Фонд Мова", "Курси польської мови для дорослих мігрантів увечері.")]
    got = _projects(_cyr_cards("Новини › Результати грантової програми «Добрі сусіди» – 2025", cards,
                               ("Виконавець", "Сума гранту", "")))
    granted = [fs for fs in got if any(a for _f, _p, a in fs)]
    assert len(granted) == 3, got
    assert all(any(p == "Добрі сусіди" for _f, p, _a in fs) for fs in granted), got


def test_english_results_of_a_grant_programme():
    cards = "\n\n".join(
        f"{i}. “{n}”\nGrantee: {org}\nGrant amount: PLN {i}2,400\n{about}"
        for i, (n, org, about) in enumerate([
            ("Tea with Neighbours", "Bridge Association", "Weekly meetings for families from Ukraine in the Lublin library."),
            ("Football for All", "Start Club", "Training for children from Belarus and Poland at the school pitch."),
            ("Words to Start", "Speech Foundation", "Evening Polish courses for adult migrants.")], 1))
    got = _projects("News › Results of the “Open Doors” grant programme 2025\n\n"
                    + cards + "\n")
    granted = [fs for fs in got if any(a for _f, _p, a in fs)]
    assert len(granted) == 3, got
    assert all(any(p == "Open Doors" for _f, p, _a in fs) for fs in granted), got


def _funding_one(text: str):
    got = _projects(text)
    assert len(got) == 1, got
    return got[0]


def test_polish_name_said_to_be_a_programme_is_the_payers_programme():
    got = _funding_one(
        "Kuchnia bez granic\n\nStowarzyszenie Sąsiedzi z Łodzi prowadziło w 2024 roku warsztaty kulinarne dla "
        "migrantek. Łódzkie Kładki to program grantowy Fundacji Włókniarzy, finansowany przez Fundację "
        "Hanzeatycką. Dotacja wyniosła 24 000 zł.\n")
    assert any(f == "Fundacja Hanzeatycka" and p == "Łódzkie Kładki" for f, p, _a in got), got


def test_russian_name_said_to_be_a_programme():
    got = _funding_one(
        "Кухня без границ\n\nАссоциация Соседи из Лодзи провела в 2024 году кулинарные мастер-классы для "
        "мигранток. «Лодзинские мостики» – это программа Фонда Ткачей, финансируемая Фондом Ганзы.\n")
    assert any(p == "Лодзинские мостики" for _f, p, _a in got), got


def test_ukrainian_name_said_to_be_a_programme():
    got = _funding_one(
        "Кухня без кордонів\n\nАсоціація Сусіди з Лодзі провела у 2024 році кулінарні майстер-класи для "
        "мігранток. «Лодзинські містки» – це програма Фонду Ткачів, що фінансується Фондом Ганзи.\n")
    assert any(p == "Лодзинські містки" for _f, p, _a in got), got


def test_english_name_said_to_be_a_programme():
    got = _funding_one(
        "Kitchen Without Borders\n\nThe Neighbours Association ran cooking workshops for migrant women in Łódź "
        "in 2024. Weaving Bridges is a grant programme of the Weavers Foundation, funded by the Hanseatic "
        "Foundation.\n")
    assert any(f == "Hanseatic Foundation" and p == "Weaving Bridges" for f, p, _a in got), got


def test_project_said_to_be_a_programme_names_none():
    got = _funding_one(
        "Kuchnia bez granic\n\nProjekt to program warsztatów kulinarnych dla migrantek w Łodzi, finansowany "
        "przez Fundację Hanzeatycką w 2024 roku.\n")
    assert not any(p for _f, p, _a in got), got
