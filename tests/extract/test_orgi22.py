"""Organisations, round 22 (ORG-I): a partner or member label qualified by words of its own
("Implementing partners:", "Consortium members:", "Partner institution:", "Partnerzy wdrażający:",
"Partner z Państwa-Darczyńcy:", "Наші партнери в проєкті:", "Gminy partnerskie projektu:") is a
field like the lexicon's bare "Partnerzy:"; media, evaluation and cooperating bodies named under
such a label take the role "other"; a person's field ("Partner coordinator at X:") and a noun
that is no body ("Spotkania partnerskie:") are no partner label."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


PL = ("Projekt „Dobry start”\n\n"
      "Projekt realizuje Fundacja Jasna Przystań w latach 2024–2025.\n"
      "Partnerzy wdrażający: Stowarzyszenie Cichy Port, Fundacja Szeroka Droga\n"
      "Gminy partnerskie projektu: Gmina Miasto Leszno, Miasto Kalisz\n"
      "Instytucje współpracujące: Państwowa Inspekcja Pracy, Straż Graniczna\n"
      "Partner medialny: Radio Dolina\n"
      "Spotkania partnerskie: cztery w roku\n")

EN = ("Safe Harbour Project\n\n"
      "The project is run by the Open Gate Foundation from 2023 to 2025.\n"
      "Implementing partners: Green Valley Association; Municipal Welfare Centre in Opole\n"
      "Partner institution: Institute for Social Inquiry, Oslo\n"
      "Evaluation partner: Measure Well Foundation\n"
      "Partner coordinator at Green Valley: Anna Kowalczyk\n")


def test_polish_qualified_partner_labels():
    orgs = _orgs(PL)
    assert ("Fundacja Jasna Przystań", "lead") in orgs
    for name in ("Stowarzyszenie Cichy Port", "Fundacja Szeroka Droga", "Gmina Miasto Leszno", "Miasto Kalisz"):
        assert (name, "partner") in orgs
    for name in ("Państwowa Inspekcja Pracy", "Straż Graniczna", "Radio Dolina"):
        assert (name, "other") in orgs


def test_english_modifier_before_the_partner_noun():
    orgs = _orgs(EN)
    for name in ("Green Valley Association", "Municipal Welfare Centre in Opole", "Institute for Social Inquiry"):
        assert (name, "partner") in orgs
    assert ("Measure Well Foundation", "other") in orgs
    assert not any("Kowalczyk" in n for n, _ in orgs)


def test_members_below_a_qualified_member_label():
    text = ("BORDER CARE – Protection of Refugees at the Northern Border\n\n"
            "Lead applicant: Harbour Rights Foundation, Gdańsk, Poland\n"
            "Consortium members:\n  • Northern Aid Council, Riga, Latvia\n"
            "  • Lakeside Refugee Committee, Tartu, Estonia\n"
            "Project period: March 2023 – February 2025\n\nThe project trains lawyers and volunteers.\n")
    orgs = _orgs(text)
    assert ("Northern Aid Council", "member") in orgs
    assert ("Lakeside Refugee Committee", "member") in orgs
    assert not any(n in ("Riga", "Latvia", "Tartu", "Estonia") for n, _ in orgs)  # seats, not bodies


def test_label_keys():
    text = ("Partner z Państwa-Darczyńcy: Bergen kommune (Norwegia)\n"
            "Наші партнери в проєкті: Фундація «Світанок»\n"
            "Spotkania partnerskie: dwa\nNorwegian partner contact: Ola Nordmann\n")
    got = [(h.key, h.value) for h in find_labels(text)]
    assert ("partner", "Bergen kommune (Norwegia)") in got
    assert ("partner", "Фундація «Світанок»") in got
    assert not any(v in ("dwa", "Ola Nordmann") for _, v in got)
