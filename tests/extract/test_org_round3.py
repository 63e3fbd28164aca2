"""Organisation roles added in the third round: the subject after a relative clause's adverbials."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _roles(text):
    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    return [(o.name, o.role) for o in p.organizations]


@pytest.mark.parametrize("text, lead", [
    ("W czerwcu zakończył się projekt „Razem w Opolu”, który przez dwa lata szkolne realizowało "
     "Towarzystwo „Nowy Dom” wspólnie z Uniwersytetem Opolskim.\n", "Towarzystwo Nowy Dom"),
    ("Завершився проєкт «Разом у Тарнові», який упродовж 2022–2023 навчальних років реалізувало "
     "Товариство «Новий Дім» спільно з Тарнівським університетом.\n", "Товариство Новий Дім"),
    ("Завершился проект «Вместе в Тарнуве», который в течение двух учебных лет реализовывало "
     "Общество «Новый Дом» вместе с Тарновским университетом.\n", "Общество Новый Дом"),
])
def test_relative_clause_with_adverbials_gives_the_subject_after_the_verb(text, lead):
    assert (lead, "lead") in _roles(text)


def test_a_relative_clause_with_a_name_before_the_verb_keeps_that_name():
    # the pronoun's clause names its own subject before the verb: nothing is read after it
    text = ("Zakończył się projekt „Razem w Opolu”, który Fundacja Nowy Dom realizowała "
            "przez dwa lata szkolne.\n")
    assert ("Fundacja Nowy Dom", "lead") in _roles(text)


@pytest.mark.parametrize("text, partners", [
    ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Grupa współpracowała z Miejskim Ośrodkiem "
     "Pomocy Społecznej w Opolu i Parafią Rzymskokatolicką w Opolu, która udostępniała salę.\n",
     ["Miejski Ośrodek Pomocy Społecznej w Opolu", "Parafia Rzymskokatolicka w Opolu"]),
    ("Проєкт «Сусіди» реалізує Фундація Новий Дім. Ми співпрацювали з Міським центром соціальної "
     "допомоги в Ополі.\n", ["Міський центр соціальної допомоги в Ополі"]),
    ("Проект «Соседи» реализует Фонд Новый Дом. Мы сотрудничали с Городским центром социальной "
     "помощи в Ополе.\n", ["Городской центр социальной помощи в Ополе"]),
    ("Open Doors for Migrants\n\nThe project Open Doors is implemented by the Open Doors Foundation "
     "from January 2024 to December 2024. We cooperated with the Opole Refugee Council.\n",
     ["Opole Refugee Council"]),
])
def test_the_verb_of_working_with_names_partners(text, partners):
    roles = _roles(text)
    for name in partners:
        assert (name, "partner") in roles


def test_the_participle_of_working_with_names_no_partner():
    # "prawniczki współpracujące ze Stowarzyszeniem X" describes people, not the project's partner
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Prawniczki współpracujące ze "
            "Stowarzyszeniem Prawników Opolskich udzielają porad.\n")
    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    assert not any(o.span.rule == "partner_phrase" for o in p.organizations)


def _funding(text):
    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    return [(f.funder, f.programme) for f in p.funding]


@pytest.mark.parametrize("text, funder", [
    ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Pieniądze pochodzą od Fundacji Dobra Wola.\n",
     "Fundacja Dobra Wola"),
    ("Open Doors for Migrants\n\nThe project Open Doors is implemented by the Open Doors Foundation "
     "from January 2024 to December 2024. The funds come from the Good Will Foundation.\n",
     "Good Will Foundation"),
    ("Проект «Соседи» реализует Фонд Новый Дом. Средства поступают от Фонда Добрая Воля.\n",
     "Фонд Добрая Воля"),
    ("Проєкт «Сусіди» реалізує Фундація Новий Дім. Кошти надходять від Фонду Добра Воля.\n",
     "Фонд Добра Воля"),
])
def test_where_the_money_comes_from_names_the_funder(text, funder):
    assert funder in [f for f, _ in _funding(text)]


def test_a_quoted_programme_ends_at_its_quote_and_keeps_its_form():
    # "Razem" is an adverb the lemmatiser would read as a form of "raz"; the quotes give the name
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu. Projekt jest finansowany przez "
            "Fundację Dobra Wola w ramach programu „Razem Lepiej” oraz z Urzędu Gminy Dobrzeń.\n")
    assert ("Fundacja Dobra Wola", "Razem Lepiej") in _funding(text)


@pytest.mark.parametrize("text, partner", [
    ("Проєкт «Сусіди» реалізує Фундація Новий Дім разом із Товариством друзів Ополя.\n",
     "Товариство друзів Ополя"),
    ("Проєкт «Сусіди» реалізує Фундація Новий Дім спільно із Товариством друзів Ополя.\n",
     "Товариство друзів Ополя"),
    ("Проект «Соседи» реализует Фонд Новый Дом вместе со Обществом друзей Ополе.\n",
     "Общество друзей Ополе"),
])
def test_together_with_in_its_inflected_forms_names_a_partner(text, partner):
    roles = _roles(text)
    assert (partner, "partner") in roles and (partner, "lead") not in roles


def test_a_partner_before_the_verb_is_not_its_subject():
    # "наша фундація разом із X реалізує": X works with the subject, it does not run the project
    text = ("Ми раді повідомити, що наша фундація разом із Товариством друзів Ополя реалізує "
            "проєкт «Сусіди» у 2025 році.\n")
    assert ("Товариство друзів Ополя", "lead") not in _roles(text)


@pytest.mark.parametrize("text, funder, operator", [
    ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Projekt jest finansowany przez Fundację Dobra "
     "Wola w ramach programu „Razem Lepiej”, który w naszym regionie prowadzi Opolskie Centrum "
     "Wolontariatu.\n", "Fundacja Dobra Wola", "Opolskie Centrum Wolontariatu"),
    ("Фундація «Новий Дім»\n\nПроєкт фінансується Фондом Добра Воля в рамках програми «Разом краще», "
     "яку в нашому регіоні реалізує Опольський центр волонтаріату.\n",
     "Фонд Добра Воля", "Опольський центр волонтаріату"),
    ("Проект «Соседи» реализует Фонд Новый Дом. Проект финансируется Фондом Добрая Воля "
     "в рамках программы «Вместе лучше», которую в нашем "
     "регионе реализует Опольский центр волонтёров.\n", "Фонд Добрая Воля", "Опольский центр волонтёров"),
])
def test_who_runs_a_programme_in_a_relative_clause_is_its_operator(text, funder, operator):
    roles = _roles(text)
    assert (operator, "other") in roles
    assert (funder, "lead") not in roles and (operator, "lead") not in roles


@pytest.mark.parametrize("text, operator", [
    ("Проект «Соседи»\n\nПроект «Соседи» реализует Фонд Новый Дом в Ополе с 2024 года.\n"
     "Оператор программы: Фонд Добрая Воля\nБюджет: 10 000 злотых\n", "Фонд Добрая Воля"),
    ("Проєкт «Сусіди»\n\nПроєкт «Сусіди» реалізує Фундація Новий Дім в Ополі з 2024 року.\n"
     "Оператор програми: Фонд Добра Воля\nБюджет: 10 000 злотих\n", "Фонд Добра Воля"),
    ("Projekt „Sąsiedzi”\n\nProjekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu od 2024 roku.\n"
     "Operator funduszu: Fundacja Dobra Wola\nBudżet: 10 000 zł\n", "Fundacja Dobra Wola"),
])
def test_a_programme_operator_label_names_an_operator(text, operator):
    from ngo_atlas.extract.labels import find_labels

    assert [h.value for h in find_labels(text) if h.key == "operator"] == [operator]
    assert (operator, "other") in _roles(text)


def test_a_bracketed_logo_caption_ends_the_funder_name():
    # the caption's bracket closes the name: "Unia Europejska", not "Unia Europejska Sfinansowane",
    # so the acronym beside it ("ze środków UE") folds into the same funder
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu od 2024 roku.\n\n"
            "[Dofinansowane przez Unię Europejską] Sfinansowane ze środków UE. Wyrażone poglądy są "
            "opiniami autorów.\n")
    assert [f for f, _ in _funding(text)] == ["Unia Europejska"]


def test_a_programme_managed_by_a_body_names_its_operator_and_the_inner_programme():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu. Projekt był finansowany przez "
            "Norwegię w ramach Funduszy norweskich, z programu „Nauka” zarządzanego przez Narodowe "
            "Centrum Nauki; wartość grantu wyniosła 100 000 PLN.\n")
    assert ("Narodowe Centrum Nauki", "other") in _roles(text)
    assert _funding(text) == [("Norwegia", "Nauka")]


def test_an_english_programme_administered_by_a_body_names_its_operator():
    text = ("Open Doors for Migrants\n\nThe project Open Doors is implemented by the Open Doors "
            "Foundation from January 2024 to December 2024. It is funded under the Together "
            "programme administered by the National Science Centre.\n")
    assert ("National Science Centre", "other") in _roles(text)


@pytest.mark.parametrize("text, partner", [
    ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu. Zorganizowaliśmy wizytę w Bergen, gdzie "
     "nasi partnerzy z organizacji Bergen Bymisjon pokazali swoją pracę.\n", "Bergen Bymisjon"),
    ("Проект «Соседи» реализует Фонд Новый Дом. Мы посетили Берген, где наши партнеры из организации "
     "«Бергенская миссия» показали свою работу.\n", "Бергенская миссия"),
])
def test_partners_from_an_organisation_are_partners(text, partner):
    assert (partner, "partner") in _roles(text)


def test_partners_from_a_country_name_no_body():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom w Opolu. Partnerzy z Ukrainy przyjechali "
            "do Opola.\n")
    assert [r for _, r in _roles(text)] == ["lead"]
