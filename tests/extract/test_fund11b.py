"""Round 11 (second shift), funding: mechanisms seen failing in two or more blind sets,
tested on texts in our own wording, not the sets'."""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funding(text: str) -> list:
    # the funding reader over the whole page, as the pipeline runs it on a one-project page
    # (the title chooser is no part of what is tested here)
    text = mask(text)
    return [(f.funder, f.programme, f.amount) for f in find_funding(text, 0, len(text), find_labels(text), "pl")]


def _funders(text: str) -> list:
    return [f for f, _p, _a in _funding(text) if f]


_ESF_PROSE = ("Klub Sąsiedzki „Wspólny Stół”\n\n"
              "Okres realizacji projektu: 01.03.2024 – 28.02.2026\n"
              "Realizator: Stowarzyszenie Razem\n\n"
              "Stowarzyszenie Razem z Opola prowadzi w ramach projektu klub dla cudzoziemców w Opolu. "
              "Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego Plus "
              "w ramach programu Fundusze Europejskie dla Opolskiego 2021-2027.\n")


def test_the_union_emblem_caption_beside_its_fund_paying_through_a_programme_adds_no_payer():
    for bar in ("[logo: Fundusze Europejskie] [logo: Dofinansowane przez Unię Europejską]\n",
                "Fundusze Europejskie | Rzeczpospolita Polska | Dofinansowane przez Unię Europejską | Logo\n",
                "Współfinansowane przez Unię Europejską.\n",
                "[Co-funded by the European Union]\n"):
        assert _funders(_ESF_PROSE + "\n" + bar) == ["Europejski Fundusz Społeczny Plus"], bar


def test_the_union_named_in_a_sentence_about_the_project_still_pays():
    # not a caption: the sentence says what the Union pays for, so it stays a payer
    text = _ESF_PROSE + ("\nDofinansowane przez Unię Europejską zajęcia odbywają się w soboty.\n")
    assert "Unia Europejska" in _funders(text)


def test_a_fund_acronym_with_its_plus_sign_is_the_fund_named_in_full():
    text = _ESF_PROSE.replace("2021-2027.", "2021-2027. Całkowita wartość: 900 000,00 zł, "
                                            "dofinansowanie z EFS+: 765 000,00 zł.")
    # one payer, by its full name, not a second one "EFS+"
    assert [(f, p) for f, p, _a in _funding(text)] == [("Europejski Fundusz Społeczny Plus",
                                                      "Fundusze Europejskie dla Opolskiego 2021-2027")]


def test_the_unions_fund_paying_the_programme_the_union_pays_through_is_no_second_payer():
    text = ("Centrum Porad dla Cudzoziemców\n\n"
            "Okres realizacji projektu: 01.02.2024 – 31.01.2026\n\n"
            "Stowarzyszenie Brama prowadzi w Lublinie projekt „Centrum Porad dla Cudzoziemców”, "
            "dofinansowany ze środków Unii Europejskiej w ramach Programu Krajowego Funduszu Azylu, "
            "Migracji i Integracji.\n\n"
            "Projekt współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji.\n")
    assert [f for f, _p, _a in _funding(text) if f] == ["Unia Europejska"]
    uk = ("Центр порад для іноземців\n\n"
          "Асоціація «Брама» реалізує у Любліні проєкт «Центр порад», який співфінансується "
          "Європейським Союзом у рамках програми «Фонди ЄС для внутрішніх справ».\n\n"
          "[Логотипи: Фонд притулку, міграції та інтеграції | Фонди ЄС для внутрішніх справ | "
          "Співфінансовано Європейським Союзом]\n")
    got = [f for f, _p, _a in _funding(uk) if f]
    assert "Європейський Союз" in got and not any("притулку" in f for f in got), got
