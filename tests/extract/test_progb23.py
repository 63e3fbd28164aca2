"""Round 23, programme (PROG-B): a bracket right after a payer's name that holds a programme
(a name headed by a programme or fund word, a programme noun with its name, a cue of money from
a programme, an EU programme known by its name) names the payer's programme; a bracket holding
an acronym, a translation or a channel body does not. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme, f.amount) for f in ex.projects[0].funding]


def test_english_name_headed_by_program_in_brackets_after_payer():
    got = _funding(
        "Neighbours on Air\n\n"
        "Our association trains migrant reporters in Toruń in 2023. The course was made possible by a "
        "grant of USD 20,000 from the Consulate General of Canada (Community Media Grants Program).\n")
    assert ("Consulate General of Canada", "Community Media Grants Program", 20000.0) in got, got


def test_label_value_with_known_eu_programme_in_brackets():
    got = _funding(
        "Schools Without Borders\n\n"
        "The project trains teachers of refugee children in Opole.\n"
        "Funder: European Commission (Erasmus+)\n"
        "Budget: EUR 150,000\n")
    assert got and got[0][:2] == ("European Commission", "Erasmus+"), got


def test_polish_cue_inside_the_bracket_names_the_fund():
    got = _funding(
        "Lublin bez przemocy\n\n"
        "Stowarzyszenie Dialog prowadzi w Lublinie kampanię przeciw przemocy wobec cudzoziemców. "
        "Kampania jest finansowana przez Ambasadę Republiki Finlandii (grant w wysokości 20 000 EUR "
        "z programu Local Democracy Fund) oraz przez ponad 300 darczyńców prywatnych.\n")
    assert any(f == "Ambasada Republiki Finlandii" and p == "Local Democracy Fund" for f, p, _ in got), got


def test_payer_named_in_prose_takes_the_bracket_of_its_label_line():
    got = _funding(
        "Safe Rooms\n\n"
        "Our foundation runs two shelters for refugee mothers in Chełm from 2022 to 2024.\n"
        "Partner donor: Government of Norway (through the Winter Relief Facility)\n"
        "The shelters in Chełm were run with funding from the Government of Norway.\n")
    assert any(f == "Government of Norway" and p == "Winter Relief Facility" for f, p, _ in got), got


def test_bracket_with_acronym_or_channel_body_is_no_programme():
    got = _funding(
        "Warm Welcome\n\n"
        "The project in Kielce was funded by the Nordic Refugee Council (NRC) and by the Government "
        "of Austria (through the Embassy of Austria in Warsaw).\n")
    assert got and all(p is None for _, p, _ in got), got


def test_finite_verb_after_call_noun_names_no_call():
    got = _funding(
        "Wyniki naboru\n\n"
        "Fundacja Przystań prowadzi w Koszalinie kursy języka polskiego dla cudzoziemców w 2024 r. "
        "Do konkursu zgłosiło się 12 organizacji, a dotację z budżetu Gminy Miasto Koszalin w kwocie "
        "40 000 zł otrzymała Fundacja Przystań.\n")
    assert all(p is None or not p.startswith("zgłosiło") for _, p, _ in got), got
    assert all(p is None for _, p, _ in got), got


def test_fund_payer_with_its_name_translated_in_brackets_keeps_no_programme():
    got = _funding(
        "Честная работа\n\n"
        "С мая 2022 года наша ассоциация в Лодзи консультирует трудовых мигрантов. Проект финансирует "
        "Фонд Северного сотрудничества (Nordic Cooperation Fund): сумма гранта — 50 000 долларов США.\n")
    assert got and all(p is None for _, p, _ in got), got
