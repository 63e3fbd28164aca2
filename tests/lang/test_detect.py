"""Language detection on the real documents of ../shared and on mixed pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ngo_atlas.lang.detect import detect_language, language_scores


def _gold_languages(dev_dir):
    for g in sorted(dev_dir.glob("*.json")):
        rec = json.loads(g.read_text(encoding="utf-8"))
        yield g.with_suffix(".txt"), rec["language"]


def test_every_dev_document_gets_its_gold_language(dev_dir):
    seen = set()
    for path, lang in _gold_languages(dev_dir):
        assert detect_language(path.read_text(encoding="utf-8")) == lang, path.name
        seen.add(lang)
    assert {"pl", "ru", "uk", "en"} <= seen


@pytest.mark.parametrize("name,lang", [("d11.txt", "ru"), ("d12.txt", "uk"),
                                       ("d13.txt", "en"), ("d01.txt", "pl")])
def test_prose_sentences_of_real_documents(dev_dir, name, lang):
    text = (dev_dir / name).read_text(encoding="utf-8")
    # Prose paragraphs only: label lines such as "Grantor: The City of Warsaw – Biuro
    # Pomocy i Projektów Społecznych" are half in another language.
    paragraphs = [line for line in text.splitlines() if len(line.split()) >= 15]
    sentences = [s for p in paragraphs for s in p.split(". ") if len(s.split()) >= 6]
    assert sentences, name
    for s in sentences[:3]:
        assert detect_language(s) == lang, s


def test_russian_and_ukrainian_are_told_apart_on_the_same_topic(dev_dir):
    ru = (dev_dir / "d11.txt").read_text(encoding="utf-8")
    uk = (dev_dir / "d12.txt").read_text(encoding="utf-8")
    assert language_scores(ru)["ru"] > language_scores(ru)["uk"]
    assert language_scores(uk)["uk"] > language_scores(uk)["ru"]


def test_polish_page_quoting_russian_keeps_its_main_language(dev_dir):
    polish = (dev_dir / "d01.txt").read_text(encoding="utf-8")
    russian = (dev_dir / "d11.txt").read_text(encoding="utf-8").splitlines()[1]
    mixed = polish + "\n„" + russian + "”\n"
    assert detect_language(mixed) == "pl"


def test_ukrainian_page_with_polish_names_stays_ukrainian(dev_dir):
    # d12 names its lead and partner in Polish ("Wojewoda Lubuski").
    assert detect_language((dev_dir / "d12.txt").read_text(encoding="utf-8")) == "uk"


def test_english_page_opening_with_polish_names(dev_dir):
    head = (dev_dir / "d13.txt").read_text(encoding="utf-8")[:200]
    assert detect_language(head) == "en"


@pytest.mark.parametrize("text", ["", "   \n\t", "2018-03-01 – 2021-02-28", "+48 22 556 44 40",
                                  "!!! ??? …"])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == "und"


def test_uppercase_title_is_classified(dev_dir):
    first = (dev_dir / "000_7d86bcd1a183bf6a.txt").read_text(encoding="utf-8").splitlines()[0]
    assert first.isupper()
    assert detect_language(first) == "pl"


def test_every_extra_set_document_gets_its_gold_language():
    import lxml.html

    extra = Path(__file__).resolve().parents[2] / "eval" / "extra"
    golds = sorted(extra.glob("*.json"))
    assert golds
    for g in golds:
        rec = json.loads(g.read_text(encoding="utf-8"))
        src = extra / rec["doc"]
        text = src.read_text(encoding="utf-8")
        if src.suffix == ".html":
            text = lxml.html.fromstring(text).text_content()
        assert detect_language(text) == rec["language"], src.name


def test_long_document_is_judged_by_samples_across_it(dev_dir):
    polish = (dev_dir / "d01.txt").read_text(encoding="utf-8")
    russian = (dev_dir / "d11.txt").read_text(encoding="utf-8")
    # A long Polish report with a Russian appendix a third of its length.
    long_text = polish * 60 + russian * 20
    assert len(long_text) > 100_000
    assert detect_language(long_text) == "pl"
    assert detect_language(russian * 60 + polish * 5) == "ru"


@pytest.mark.parametrize("text,lang", [
    ("Фонд «Беларускі дом» з 2021 года рэалізуе ў Варшаве праект падтрымкі беларусаў, "
     "якія былі вымушаныя пакінуць радзіму.", "be"),
    ("Проект реализуется в Варшаве с 2021 года при поддержке города.", "ru"),
    ("Проєкт реалізується у Варшаві з 2021 року за підтримки міста.", "uk"),
])
def test_belarusian_is_told_from_russian_and_ukrainian(text, lang):
    assert detect_language(text) == lang
