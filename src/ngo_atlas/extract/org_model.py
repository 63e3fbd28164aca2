"""A small learned model: is a named body part of the project, and in which role, from its context."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import numpy as np

from ngo_atlas.extract.packaged_model import PackagedModel
from ngo_atlas.extract.text import lowered

ROLES = ("none", "lead", "partner", "member", "funder", "other")
MODEL_PATH = Path(__file__).parent / "data" / "org_model.json"
_WORD = re.compile(r"[^\W\d_]+|[:–—(]", re.UNICODE)
_WINDOW = 6  # words read on each side of the name
_NEAR = 10  # words of its sentence around the name read as a bag

_AFTER_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'-]+\s+(?:z|ze|from|of|из|із|з|от|від)\s+$")
_AFTER_PERSON = re.compile(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][a-ząćęłńóśźżа-яёіїєґ'-]+\s+"
                           r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][a-ząćęłńóśźżа-яёіїєґ'-]+,?\s+(?:z|ze|from|из|із|з|от|від)\s+$")


def after_person(text: str, ss: int, a: int) -> bool:
    """"Anna Nowak z Fundacji X": two capitalised words and "z" before the body name a
    person's affiliation, which makes the body no part of the project by itself."""
    return _AFTER_PERSON.search(text, max(ss, a - 60), a) is not None
# the trainer swaps a model in for leave-one-set-out runs, or switches it off
_MODEL = PackagedModel(MODEL_PATH)


def set_model(model: dict | None, disabled: bool = False) -> None:
    """Use this model (or none at all) instead of the packaged one: for training and evaluation."""
    _MODEL.set(model, disabled)


def _packaged() -> dict | None:
    return _MODEL.packaged


def model() -> dict | None:
    """The model in use: the trainer's, the packaged one, or None (rules alone)."""
    return _MODEL.current()


def _stem(word: str) -> str:
    return word[:5]


def features(text: str, ss: int, se: int, a: int, b: int, head: str, lang: str) -> list[str]:
    """Context features of the name text[a:b] in the sentence text[ss:se]: its head word, the
    words before and after it (stems, lower-case words only, so no name is learnt), the
    sentence's other words, its place in the line and in the document."""
    words = _sentence_words(text, ss, se)
    cut = bisect_left(words, (a, ""))
    cut_b = bisect_left(words, (b, ""), cut)
    before = [w for _p, w in words[max(0, cut - _WINDOW):cut]]
    after = [w for _p, w in words[cut_b:cut_b + _WINDOW]]
    # the sentence's words near the name (a long list or a paragraph without full stops
    # would otherwise bring hundreds of words, most about other bodies)
    near = words[max(0, cut - _NEAR):cut_b + _NEAR]
    raw_before = text[ss:a]
    f = [f"head={head}", f"lang={lang}", f"nw={min(len(text[a:b].split()), 6)}"]
    f += [f"p{i}={_stem(w)}" for i, w in enumerate(reversed(before[-2:]), 1)]
    f += [f"pw={_stem(w)}" for w in before]
    f += [f"n1={_stem(after[0])}"] if after else ["n1=END"]
    f += [f"nw={_stem(w)}" for w in after]
    f += [f"sw={_stem(w)}" for _p, w in near if len(w) > 3]
    if not raw_before.strip():
        f.append("sent_start")
    # "Anna Nowak z Fundacji X": a body right after a capitalised word and "z"/"from" is
    # someone's affiliation (the word itself is not learnt, only that it is capitalised)
    if _AFTER_NAME.search(raw_before):
        f.append("after_name_from")
    if not re.search(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]\w+\s", raw_before[1:]):
        f.append("first_cap")
    line_s = text.rfind("\n", 0, a) + 1
    line_e = text.find("\n", b)
    line_e = len(text) if line_e == -1 else line_e
    if line_e - line_s < 90:
        f.append("short_line")
    lab = re.search(r"([^\W\d_]+)\s*:\s*$", text[line_s:a])
    if lab:
        f.append(f"label={_stem(lab.group(1).lower())}")
    rel = a / max(1, len(text))
    f.append("top" if rel < 0.1 else "bottom" if rel > 0.85 else "middle")
    return f


def _words(text: str, s: int, e: int) -> list[str]:
    """The lower-case words of text[s:e] (capitalised ones are names: learning them would fit
    the training pages' bodies, not the wording around them)."""
    return [w for p, w in _sentence_words(text, s, e)]


@lru_cache(maxsize=256)  # every candidate of a sentence reads its words
def _sentence_words(text: str, s: int, e: int) -> tuple[tuple[int, str], ...]:
    low = lowered(text)
    return tuple((m.start(), low[m.start():m.end()]) for m in _WORD.finditer(text, s, e)
                 if not text[m.start()].isupper())


def predict(feats: list[str], m: dict | None = None) -> dict[str, float]:
    """Probabilities of each role (and of "none") for one candidate."""
    m = m or model()
    if m is None:
        return {"none": 1.0}
    index, rows, bias = _matrix(id(m), m)
    idx = [index[f] for f in feats if f in index]
    z = bias + rows[idx].sum(axis=0) if idx else bias.copy()
    ex = np.exp(z - z.max())
    ex /= ex.sum()
    return {r: float(p) for r, p in zip(m["roles"], ex)}


_MATRICES: dict[int, tuple[dict, object, object]] = {}


def _matrix(key: int, m: dict):
    """The model's weights as one numpy matrix and a feature index, built once per model."""
    got = _MATRICES.get(key)
    if got is None or got[3] is not m:
        feats = sorted(m["weights"])
        got = ({f: i for i, f in enumerate(feats)},
               np.array([m["weights"][f] for f in feats] or [[0.0] * len(m["roles"])]),
               np.array(m["bias"], dtype=float), m)
        _MATRICES.clear()
        _MATRICES[key] = got
    return got[:3]


def role_of(feats: list[str]) -> tuple[str, float] | None:
    """The role the model gives a candidate with enough confidence, or None."""
    m = model()
    if m is None:
        return None
    p = predict(feats, m)
    role = max((r for r in p if r != "none"), key=p.get)
    return (role, p[role]) if p[role] >= m.get("threshold", 0.5) else None


# the heads of bodies, in any case ("Fundacji", "Urzędem", "Фондом"): sentences without one are skipped
# every branch opens with a literal letter, so the engine tests one character set per position
CAND_STEM = re.compile(
    r"Fundacj|Stowarzysz|Urząd|Urzęd|Ministerstw|Uniwersyte|Instytut|Caritas|Gmin|Miast|Samorząd|"
    r"Klinik|Akademi|Politechni|Szkoł|Towarzystw|Związ|Centrum|Biur|Agencj|Ambasad|Ośrod|Koalicj|"
    r"Federacj|Fundusz|Komisj|Parafi|Kości|Sieć|Sieci|Polsk|Międzynarodow|"
    r"University|Foundation|Association|Institute|Ministry|Centre|Center|Office|Agency|Embassy|"
    r"City|Municipality|Council|Fund|Commission|Society|Network|Coalition|"
    r"Фонд|фонд|Фундац|фундац|Асоціац|асоціац|Ассоциац|ассоциац|Університет|Университет|"
    r"Інститут|Институт|Міністерств|Министерств|Міжнародн|Международн|Центр|Управлен|Управлін|"
    r"Посольств|Агентств|Агенці|Гмін|Гмин|Товариств|Общест|Каритас|Організац|організац|"
    r"Организац|организац")


def sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of text[s:e] that name a body by a head word (one scan)."""
    from ngo_atlas.extract.text import sentences_with

    return sentences_with(text, s, e, (CAND_STEM,))


def candidates(text: str, sents: list[tuple[int, int]]):
    """Named bodies in the sentences: (start, end, sentence start, sentence end, head word);
    the name is cleaned (nominative, Morfeusz) only for the few the model keeps."""
    from ngo_atlas.extract.names import is_cyrillic
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    for ss, se in sents:
        find = cyrillic_mentions if is_cyrillic(text[ss:se]) else mentions
        for a, b in find(text, ss, se):
            head = _head(text[a:b])
            if head:
                yield a, b, ss, se, head


def _head(raw: str) -> str | None:
    from ngo_atlas.lang import polish

    words = raw.split()
    first = words[0].strip("„”\"«»()").lower() if words else ""
    if not first:
        return None
    if first.isascii() or re.search("[ąćęłńóśźż]", first):
        return polish.lemma_of(first) or first
    return first[:5]
