"""Decoding stops scoring code pages at a perfect score: the choice stays the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ngo_atlas.ingest import decode as D


@given(st.text())
def test_no_text_scores_above_the_top_score(text: str) -> None:
    assert D.plausibility(text) <= D.TOP_SCORE


def test_a_perfect_score_ends_the_scoring_with_the_same_choice() -> None:
    data = ("Zażółć gęślą jaźń. Świętokrzyskie, Łódź i Gdańsk. " * 50).encode("cp1250")
    sample = D._sample(data)
    every = [(D._score(sample, e), e) for e in ("windows-1250", *D.LEGACY)]
    cut = D._scored(sample, ["windows-1250", *D.LEGACY])
    assert cut == every[:1] and cut[0][0] == D.TOP_SCORE
    assert max(cut, key=lambda se: se[0]) == max(every, key=lambda se: se[0])
    assert D.decode_bytes(data, "p.html", "windows-1250") == (data.decode("cp1250"), "cp1250")


def test_scoring_goes_on_past_an_imperfect_score() -> None:
    sample = "Grantodawca: Fundacja — rok 2024 © wszelkie prawa".encode("cp1250")
    cut = D._scored(sample, ["cp1252", "cp1250"])
    assert [e for _s, e in cut] == ["cp1252", "cp1250"]
