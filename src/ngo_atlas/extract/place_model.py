"""A small learned model: is a place the rules found (or rejected) one where the project happens."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from ngo_atlas.extract.packaged_model import PackagedModel
from ngo_atlas.extract.text import lowered
from ngo_atlas.model import Span, Tagged

MODEL_PATH = Path(__file__).parent / "data" / "place_model.json"
# the trainer swaps a model in for leave-one-set-out runs, or switches it off
_MODEL = PackagedModel(MODEL_PATH)

_LOWER_WORD = re.compile(r"[a-ząćęłńóśźżа-яёіїєґ'-]+$")
_POSTCODE = re.compile(r"(?<!\d)\d{2}-\d{3}(?!\d)")
_STREET_HINTS = ("ul.", "al.", "ulica", "street", "str.", "вул.", "ул.")
_SEAT_HINTS = ("siedz", "seat", "headq", "based", "biur", "office", "офіс", "офис", "центр", "осідк")
_LABEL_KEY = re.compile(r"([^\W\d_]+)\s*$")
_QUOTED = re.compile(r"[„“\"«][^„“”\"«»\n]{1,200}[”“\"»]")


def set_model(model: dict | None, disabled: bool = False) -> None:
    """Use this model (or none at all) instead of the packaged one: for training and evaluation."""
    _MODEL.set(model, disabled)


def _packaged() -> dict | None:
    return _MODEL.packaged


def model() -> dict | None:
    """The model in use: the trainer's, the packaged one, or None (rules alone)."""
    return _MODEL.current()


def _mention_features(text: str, s: int, e: int, t: Tagged, title_span: tuple[int, int] | None,
                      names: list[tuple[int, int]], quoted: list[tuple[int, int]],
                      lines: dict[int, bool]) -> list[str]:
    """What one mention's surroundings say: the rule, the word governing it (a preposition or a
    label's key, lower-case words only, so no name is learnt), its line and block."""
    a, b = t.span.start, t.span.end
    f = [f"rule={t.span.rule}"]
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    le = len(text) if le == -1 else le
    w1 = _word_before(text, max(ls, a - 40), a)
    if w1 is None:
        f.append("line_start")
    elif _LOWER_WORD.match(w1[1]):
        f.append(f"prep={w1[1][:5]}")
        w2 = _word_before(text, max(ls, a - 40), w1[0])
        if w2 and _LOWER_WORD.match(w2[1]):
            f.append(f"p2={w2[1][:5]}")
    else:
        f.append("prev_cap")
    colon = text.rfind(":", ls, a)
    if colon >= 0 and a - ls < 60:
        lab = _LABEL_KEY.search(text, max(ls, colon - 30), colon)
        if lab:
            f.append(f"label={lab.group(1).lower()[:5]}")
    addr = lines.get(ls)
    if addr is None:  # a line several places share is read once
        low = lowered(text)[ls:le]
        addr = lines[ls] = any(h in low for h in _STREET_HINTS) or (
            "-" in low and _POSTCODE.search(low) is not None)
    if addr:
        f.append("address")  # a street or a postcode on its line: an address, a footer
    if le - ls < 80:
        f.append("short_line")
    if title_span and title_span[0] <= a < title_span[1]:
        f.append("in_title")
    if any(x <= a < y for x, y in names):
        f.append("in_org")
    if any(x <= a < y for x, y in quoted):
        f.append("quoted")
    window = lowered(text)[max(0, a - 60):a]
    if any(h in window for h in _SEAT_HINTS):
        from ngo_atlas.extract.places import _SEAT_BEFORE

        if _SEAT_BEFORE.search(text, max(0, a - 60), a):
            f.append("seat")
    rel = (a - s) / max(1, e - s)
    f.append("top" if rel < 0.15 else "bottom" if rel > 0.8 else "middle")
    return f


def _word_before(text: str, lo: int, a: int) -> tuple[int, str] | None:
    """The word right before text[a] (up to three marks between), and where it starts."""
    i = a
    while i > lo and i > a - 3 and not text[i - 1].isalnum() and text[i - 1] != "\n":
        i -= 1
    j = i
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return (j, text[j:i]) if j < i else None


def candidates(text: str, s: int, e: int, raw: list[Tagged], out: list[Tagged], lang: str,
               title_span: tuple[int, int] | None = None, names: list[tuple[int, int]] = ()
               ) -> list[tuple[str, list[str], bool, Tagged]]:
    """(value, features, kept by the rules, first mention) for each place value the rules read
    in text[s:e], kept or not; a value's features are the union over its mentions."""
    from ngo_atlas.extract.lexicon import lexicon
    from ngo_atlas.extract.places import _countries, _own_name_spans

    regions = lexicon()["regions"]
    kept = {t.value.casefold() for t in out}
    groups: dict[str, list[Tagged]] = {}
    for t in raw:
        if t.value and t.span is not None:
            groups.setdefault(t.value.casefold(), []).append(t)
    for t in out:  # a form only the final filters wrote (the written nominative)
        if t.value and t.span is not None and t.value.casefold() not in groups:
            groups[t.value.casefold()] = [t]
    if not groups:
        return []
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, s, e)]
    lines: dict[int, bool] = {}
    # the project's own name wherever the text writes it (the heading, a quoted repeat)
    own = _own_name_spans(text, s, e, title_span) if title_span else []
    spans = sorted((t.span.start, t.span.end, k) for k, ts in groups.items() for t in ts)
    nvals = len(groups)
    res = []
    for key, ts in groups.items():
        feats: set[str] = set()
        for t in ts:
            feats.update(_mention_features(text, s, e, t, title_span, names, quoted, lines))
        value = ts[0].value
        if any(k != key and (0 <= x - t.span.end < 12 or 0 <= t.span.start - y < 12)
               for t in ts for x, y, k in spans):
            feats.add("listed")
        feats.add(f"mentions={min(len(ts), 3)}")
        feats.add(f"nvals={'1' if nvals == 1 else '2' if nvals == 2 else '3-5' if nvals <= 5 else '6+'}")
        feats.add(f"lang={lang}")
        if value in _countries():
            feats.add("country")
        if len(value.split()) > 1:
            feats.add("multiword")
        if own and all(any(x <= t.span.start < y for x, y in own) for t in ts):
            feats.add("title_only")
        if min(t.span.start for t in ts) == spans[0][0]:
            feats.add("first_place")
        is_kept = key in kept
        # how many other places the rules keep: a town named only in a body's name or the
        # title is often the one place the text gives
        others = len(kept - {key})
        feats.add(f"others={min(others, 2)}")
        if value in regions or value in regions.values():
            feats.add("region")
        if lang == "pl" and _common_too(value.split()[0]):
            feats.add("common_noun_too")  # "Rynek", "Dwór": a square or a manor as well
        feats.add("kept" if is_kept else "rejected")
        # the rules' decision crossed with how the place was read: where to trust them
        feats.update(f"{'k' if is_kept else 'r'}&{x}" for x in list(feats)
                     if x.startswith(("rule=", "prep=", "others=")) or x in (
                         "seat", "in_org", "quoted", "country", "in_title", "region", "listed", "address"))
        res.append((value, sorted(feats), is_kept, ts[0]))
    return res


def _common_too(word: str) -> bool:
    """Morfeusz reads the word as a common noun as well as a name."""
    from ngo_atlas.lang import polish

    return any("nazwa_pospolita" in a[3] for a in polish.analyse(word.lower()))


def probability(feats: list[str], m: dict) -> float:
    """The model's probability that the place is one where the project happens."""
    w = m["weights"]
    z = m["bias"] + sum(w.get(f, 0.0) for f in feats)
    return float(1.0 / (1.0 + np.exp(-z)))


def decide(text: str, s: int, e: int, raw: list[Tagged], out: list[Tagged], lang: str,
           title_span: tuple[int, int] | None = None, names: list[tuple[int, int]] = ()) -> list[Tagged]:
    """The rules' places, less those the model is sure are no venue, plus those the rules
    rejected that it is sure are; the rest as the rules decided."""
    m = model()
    if m is None or not raw:
        return out
    drop, add = set(), []
    for value, feats, kept, first in candidates(text, s, e, raw, out, lang, title_span, names):
        p = probability(feats, m)
        if kept and p < m["drop_below"]:
            drop.add(value.casefold())
        elif not kept and p >= m["add_above"] and "title_only" not in feats:
            # (a place named only in the project's own name is the rules' call: never added)
            add.append(Tagged(value, Span(first.span.start, first.span.end, f"{first.span.rule}+model",
                                          round(p, 2))))
    if not drop and not add:
        return out
    return [t for t in out if t.value.casefold() not in drop] + add
