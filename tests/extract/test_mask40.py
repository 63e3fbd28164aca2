"""Round 40 (mask): facts the boilerplate mask hid, and the furniture it must still hide.

1. a project's own contact block ("Kontakt w sprawie projektu:", "Kontakt do programu:") holding
   a postcode is the project's, not the publisher's address; a site footer's "Kontakt" stays masked;
2. a report's letterhead (a name line and its address opening the text, a report's heading under
   it) keeps its name line, which heads the page as its owner; its address stays masked, and a
   site's header with no report under it stays masked whole;
3. a spokesperson's line with a dash before the name ("Rzecznik prasowy Urzędu Miasta – X") is a
   contact line.
"""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.presscontact import on_press_line
from ngo_atlas.model import Document


def _one(text: str):
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert ex.projects
    return ex.projects[0]


def _kept(text: str, words: str) -> bool:
    i = text.index(words)
    return mask(text)[i:i + len(words)] == words


# 1. a project's contact block ----------------------------------------------------------------------

_DESK = ("Projekt „Sąsiedzi bez granic” prowadzimy od marca 2024 roku w trzech dzielnicach Opola.\n\n"
         "{label}\n"
         "Wydział Spraw Społecznych Urzędu Miasta Opola, ul. Kościuszki 20, 45-062 Opole\n"
         "Joanna Kwiatkowska, tel. 77 451 18 20, e-mail: j.kwiatkowska@um.opole.pl\n\n"
         "Miejski portal informacyjny · ul. Rynek 1, 45-015 Opole · redakcja@portal-opole.pl\n"
         "Strona używa plików cookies.\n")


def test_contact_block_for_the_project_stays():
    for label in ("Kontakt w sprawie projektu:", "Kontakt do programu:", "Contact for the project:",
                  "Kontakt ws. zadania:"):
        text = _DESK.format(label=label)
        assert _kept(text, "Joanna Kwiatkowska, tel. 77 451 18 20"), label
        assert _kept(text, "j.kwiatkowska@um.opole.pl"), label


def test_site_contact_block_stays_masked():
    text = _DESK.format(label="Kontakt:")
    assert not _kept(text, "Joanna Kwiatkowska")
    # the publisher's footer under a project's block is a block of its own: still masked
    text = _DESK.format(label="Kontakt w sprawie projektu:")
    assert not _kept(text, "Miejski portal informacyjny")
    # "Kontakt z redakcją", "Kontakt dla mediów" alone name no project's business
    for label in ("Kontakt z redakcją:", "Kontakt dla mediów:", "Kontakt do nas:"):
        assert not _kept(_DESK.format(label=label), "Joanna Kwiatkowska"), label


# 2. a report's letterhead --------------------------------------------------------------------------

_LETTERHEAD = ("STOWARZYSZENIE PRZYJACIÓŁ DOLINY SANU\n"
               "ul. Mickiewicza 14, 38-500 Sanok, KRS 0000412233\n\n"
               "{heading}\n\n"
               "W 2023 roku zrealizowaliśmy projekt „Nowi sąsiedzi w Bieszczadach”, finansowany ze "
               "środków Programu NOWEFIO w kwocie 48 000 zł. W zajęciach integracyjnych wzięło udział "
               "36 rodzin z Ukrainy.\n")


def test_letterhead_name_line_stays_over_a_report():
    for heading in ("SPRAWOZDANIE MERYTORYCZNE ZA ROK 2023", "RAPORT Z REALIZACJI ZADANIA",
                    "INFORMACJA O REALIZACJI PROJEKTU"):
        text = _LETTERHEAD.format(heading=heading)
        assert _kept(text, "STOWARZYSZENIE PRZYJACIÓŁ DOLINY SANU"), heading
        assert not _kept(text, "ul. Mickiewicza 14"), heading  # its address is no content


def test_letterhead_owner_leads_the_report_project():
    p = _one(_LETTERHEAD.format(heading="RAPORT Z REALIZACJI ZADANIA"))
    assert [o.role for o in p.organizations if "Doliny Sanu" in o.name or "DOLINY SANU" in o.name] == ["lead"]


def test_site_header_without_report_stays_masked():
    # a site's header block over a news headline or a section's name, or a block that does not
    # open the text: the publisher's address, masked whole
    for heading in ("Nowi sąsiedzi w Bieszczadach – ruszył projekt", "AKTUALNOŚCI", "Informacje o projekcie"):
        assert not _kept(_LETTERHEAD.format(heading=heading), "STOWARZYSZENIE PRZYJACIÓŁ DOLINY SANU"), heading
    text = "Aktualności\n\n" + _LETTERHEAD.format(heading="SPRAWOZDANIE MERYTORYCZNE ZA ROK 2023")
    text = text.replace("Aktualności\n\n", "Aktualności\nStart | O nas | Kontakt\n", 1)
    assert not _kept(text, "STOWARZYSZENIE PRZYJACIÓŁ DOLINY SANU")


# 3. a spokesperson's line with a dash ---------------------------------------------------------------

def test_spokesperson_after_a_dash_is_on_a_press_line():
    text = "Kontakt dla mediów:\nRzecznik prasowy Urzędu Miasta – Tomasz Wierzbicki, tel. 61 878 54 00\n"
    assert on_press_line(text, text.index("Tomasz"))
    text = "Rzeczniczka prasowa – Anna Lis, tel. 22 100 20 30\n"
    assert on_press_line(text, text.index("Anna"))


def test_dash_inside_a_sentence_is_no_press_line():
    text = "Rzecznik prasowy urzędu powiedział, że kolejna edycja – jak zapowiada Anna Lis – ruszy jesienią.\n"
    assert not on_press_line(text, text.index("Anna"))
    text = "Spotkanie – Tomasz Wierzbicki, tel. 61 878 54 00\n"
    assert not on_press_line(text, text.index("Tomasz"))
