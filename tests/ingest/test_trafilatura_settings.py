"""The reader's trafilatura call (settings built once, jusText stop words as a set) gives
exactly what trafilatura.extract(page, **TRAFILATURA_OPTIONS) gives."""

from __future__ import annotations

from itertools import islice

import pytest
import trafilatura
from conftest_paths import HTML_DIR
from trafilatura import external

from bench.generator import generate
from ngo_atlas.ingest.html import TRAFILATURA_OPTIONS, trafilatura_options, trafilatura_text


def _pages() -> list[bytes]:
    real = [p.read_bytes() for p in sorted(HTML_DIR.glob("*.html"))]
    # generated pages are short: a third of them fall back to jusText, which the stop-word
    # set is for
    made = [data for name, data in islice(generate(300, 5), 300) if name.endswith(".html")]
    return real + made


@pytest.fixture(scope="module")
def pages() -> list[bytes]:
    out = _pages()
    if len(out) < 50:
        pytest.skip("too few HTML pages")
    return out


def test_same_text_as_extract_with_the_options_and_the_stop_word_tuple(
        pages: list[bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    words = external.JT_STOPLIST or external.jt_stoplist_init()
    # trafilatura's own form of the stop words: a tuple, as jt_stoplist_init builds it
    monkeypatch.setattr(external, "JT_STOPLIST", tuple(sorted(words)))
    expected = [trafilatura.extract(p, **TRAFILATURA_OPTIONS) for p in pages]
    monkeypatch.undo()
    got = [trafilatura_text(p) for p in pages]
    assert isinstance(external.JT_STOPLIST, frozenset)
    assert got == expected
    assert sum(1 for t in got if t) > 0.9 * len(pages)


def test_the_settings_object_is_shared_and_unchanged_by_extraction(pages: list[bytes]) -> None:
    opts = trafilatura_options()
    before = {k: getattr(opts, k) for k in opts.__slots__ if k != "config"}
    for p in pages[:40]:
        trafilatura_text(p)
    assert trafilatura_options() is opts
    assert {k: getattr(opts, k) for k in opts.__slots__ if k != "config"} == before
    assert (opts.format, opts.tables, opts.comments, opts.dedup) == ("txt", True, False, False)
