"""Round 20c (RECS-C): a back-to-results link is no heading; a quote picked out of the project's
things by a word of inclusion ("wyniki projektu, w tym „X”") names no project."""

from ngo_atlas.extract.title import _heading_like, names_other


def test_back_links_are_no_headings():
    for line in ("Powrót do wyników wyszukiwania (17)", "« Wróć do listy projektów",
                 "Back to all projects", "← Return to search results", "Назад до списку проєктів",
                 "Вернуться к результатам поиска"):
        assert not _heading_like(line), line


def test_names_with_a_return_stay_headings():
    for line in ("Powrót do domu – wsparcie reemigrantów", "Back to School for Newcomers",
                 "Повернення додому"):
        assert _heading_like(line), line


def _quote_pos(text: str) -> int:
    return max(text.find(q) for q in "„“«") + 1


def test_inclusion_after_the_project_genitive_names_a_part():
    for text in ("Na spotkaniu pokażemy efekty projektu, w tym „Mapę dobrych praktyk” dla szkół.",
                 "We will present the outputs of the project, including “Welcome Kit” for schools.",
                 "Ми покажемо результати проєкту, зокрема «Абетку адаптації» для шкіл."):
        assert names_other(text, _quote_pos(text)), text


def test_inclusion_after_projects_in_the_plural_still_names_a_project():
    text = "Fundacja prowadzi trzy projekty, w tym „Sąsiedzi bez granic”, dla rodzin z Ukrainy."
    assert not names_other(text, _quote_pos(text))


def test_a_need_for_state_money_is_no_payer():
    from ngo_atlas.extract.funding import find_funding

    # (a payer read from the money sentence's state budget; "dofinansowania z budżetu" is
    # read by the funder phrase and is left)
    for text in ("– Gmina potrzebuje pomocy z budżetu państwa, bo dotacja celowa nie pokrywa kosztów "
                 "kursów – mówi burmistrz.",
                 "The mayor said schools need help from the state budget because the grant does not "
                 "cover the costs."):
        assert not any(f.funder for f in find_funding(text, 0, len(text), [], "pl")), text
    paid = "Pozostałe 20 proc. kosztów projektu pokryto z budżetu państwa."
    assert any(f.funder for f in find_funding(paid, 0, len(paid), [], "pl"))
