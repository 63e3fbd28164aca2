"""Organisations, round 22 (ORG-K): the Russian and Ukrainian copular frame "партнёр-INS
[whose] COPULA [also] NAME-NOM" ("Партнером ініціативи є також X", "Партнёром акции выступает X",
"а партнером був X", "Стратегічним партнером є X"): the body in the nominative after the linking
verb is a partner, and the frame outranks a subject guessed from a later verb."""

from ngo_atlas.extract.organisations import _CYR_PARTNER_COPULA
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_ukrainian_copula_with_also():
    orgs = _orgs("Проєкт «Світло в домі»\n\n"
                 "Ініціативу веде Фундація «Ясний берег» з 2024 року. "
                 "Партнером ініціативи є також Одеський центр добровольців (Odeskie Centrum). "
                 "Заняття проходять щосуботи.\n")
    assert ("Одеський центр добровольців", "partner") in orgs


def test_russian_present_linking_verb():
    orgs = _orgs("Проект «Светлый путь»\n\n"
                 "Проект ведёт Фонд «Тихая гавань» с 2023 года. "
                 "Партнёром акции выступает Ассоциация «Северный мост» из Гданьска. "
                 "Встречи проходят по средам.\n")
    assert ("Ассоциация Северный мост", "partner") in orgs


def test_bare_past_copula_after_a():
    orgs = _orgs("Проєкт «Світло в домі»\n\n"
                 "Проєкт фінансувало Посольство Канади, а партнером був Міський центр культури Замостя. "
                 "Заняття тривали пів року.\n")
    assert ("Міський центр культури Замостя", "partner") in orgs


def test_frame_outranks_a_later_verb():
    orgs = _orgs("Проєкт «Світло в домі»\n\n"
                 "Проєкт реалізує Фундація «Ясний берег». Стратегічним партнером є Інститут "
                 "педагогіки Одеського університету, викладачі якого проводять навчання волонтерів.\n")
    assert ("Інститут педагогіки Одеського університету", "partner") in orgs
    assert not any(r == "lead" and n.startswith("Інститут") for n, r in orgs)


def test_no_name_no_partner():
    # a lower-case word after the verb names no body; a partner noun in another case is no frame
    assert not _CYR_PARTNER_COPULA.search("Партнером проєкту є місцева громада.")
    assert not _CYR_PARTNER_COPULA.search("Партнерів проєкту було п'ять.")
    assert _CYR_PARTNER_COPULA.search("Партнёрами встречи были Фонд X и Ассоциация Y.")
