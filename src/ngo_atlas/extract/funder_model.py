"""A small learned model: does a payer the funding rules name pay for the project, is it the
programme the money came through, or neither."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from ngo_atlas.extract.packaged_model import PackagedModel
from ngo_atlas.model import Funding

MODEL_PATH = Path(__file__).parent / "data" / "funder_model.json"
# the trainer swaps a model in for leave-one-set-out runs, or switches it off
_MODEL = PackagedModel(MODEL_PATH)
# the trainer sets a list here to record every candidate (value, features) the rules gave
RECORD: list | None = None
LABELS = ("funder", "programme", "none")

# the kind of body a name's first word makes it: general words only, never a name
_HEADS = (
    ("fund", re.compile(r"(?i:fundusz\w*|fund|funds|фонд\w*)$")),
    ("foundation", re.compile(r"(?i:fundacj\w*|foundation|фундац\w*)$")),
    ("union", re.compile(r"(?i:uni[aię]|union|союз\w*|european|europejsk\w*|європейськ\w*|европейск\w*|ue|eu|ес|єс)$")),
    ("ministry", re.compile(r"(?i:ministerstw\w*|ministry|міністерств\w*|министерств\w*|minister\w*)$")),
    ("budget", re.compile(r"(?i:budżet\w*|budget|бюджет\w*|державн\w*|государствен\w*|state)$")),
    ("local", re.compile(r"(?i:miast\w*|gmin\w*|city|municipality|місто|міста|город\w*|гмін\w*|гмин\w*|urząd|"
                         r"urzęd\w*|samorząd\w*|województw\w*|powiat\w*|marszał\w*|prezydent\w*)$")),
    ("programme", re.compile(r"(?i:program\w*|programme|програм\w*|программ\w*|konkurs\w*|конкурс\w*)$")),
    ("embassy", re.compile(r"(?i:ambasad\w*|embassy|посольств\w*|konsulat\w*|consulate)$")),
    ("agency", re.compile(r"(?i:agencj\w*|agency|агентств\w*|агенці\w*|centrum|centre|center|центр\w*|"
                          r"instytut\w*|institute|інститут\w*|институт\w*)$")),
    ("society", re.compile(r"(?i:stowarzysz\w*|association|асоціац\w*|ассоциац\w*|organizac\w*|organisation|"
                           r"organization|організац\w*|организац\w*)$")),
    ("mechanism", re.compile(r"(?i:mechani\w*|механізм\w*|механизм\w*|grants?|granty|гранти?)$")),
)
_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ0-9&+-]{2,8}$")
_LOWER_WORD = re.compile(r"[a-ząćęłńóśźżа-яёіїєґ'-]+$")
_WORD = re.compile(r"[^\W\d_]+")
_MONEY = re.compile(r"\d\s*(?:tys\.?|mln\.?|тис\.?|тыс\.?|млн\.?)?\s*(?:zł|pln|eur|euro|usd|chf|gbp|€|\$|злот\w*|"
                    r"грн|євро|евро)|(?:[€$£]|pln|eur|usd)\s?\d", re.IGNORECASE)


def set_model(model: dict | None, disabled: bool = False) -> None:
    """Use this model (or none at all) instead of the packaged one: for training and evaluation."""
    _MODEL.set(model, disabled)


def model() -> dict | None:
    """The model in use: the trainer's, the packaged one, or None (rules alone)."""
    return _MODEL.current()


def head_class(name: str) -> str:
    """The kind of body the name's first word (a leading "the" skipped) makes it."""
    words = _WORD.findall(name)
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if not words:
        return "none"
    first = words[0]
    for cls, rx in _HEADS:
        if rx.match(first):
            return cls
    if _ACRONYM.match(name.strip()):
        return "acronym"
    from ngo_atlas.extract.places import _countries

    if name in _countries():
        return "country"
    return "other"


def _words_before(text: str, lo: int, a: int) -> list[str]:
    """Up to two lower-case words right before text[a] on its line (cut to five letters)."""
    ls = text.rfind("\n", lo, a) + 1
    ls = max(ls, lo, a - 50)
    ws = _WORD.findall(text[ls:a])[-2:]
    return [w.lower()[:5] for w in ws if _LOWER_WORD.match(w)]


def candidates(text: str, s: int, e: int, funding: list[Funding], lang: str) -> list[tuple[str, list[str]]]:
    """(funder, features) for each funder the rules name in text[s:e]: the rule, its kind of
    body, the words before it, its line, the other payers beside it."""
    payers = [(f.funder, f) for f in funding if f.funder]
    heads = [head_class(name) for name, _f in payers]
    res = []
    for i, (name, f) in enumerate(payers):
        h = heads[i]
        feats = {f"head={h}", f"lang={lang}", f"n={min(len(payers), 3)}"}
        rule = (f.span.rule if f.span else "none").split("+")[0]
        feats.add(f"rule={rule}")
        feats.add(f"r&h={rule}&{h}")
        others = {heads[j] for j in range(len(payers)) if j != i}
        feats.update(f"other={o}" for o in others)
        feats.update(f"h&other={h}&{o}" for o in others)
        if f.programme:
            feats.add("has_prog")
            feats.add(f"h&prog={h}")
            fw = {w.casefold()[:5] for w in _WORD.findall(name)}
            pw = {w.casefold()[:5] for w in _WORD.findall(f.programme)}
            if fw and fw <= pw:
                feats.add("prog_holds_name")  # "Program Krajowy Funduszu X" beside "Fundusz X"
            feats.add(f"prog_head={head_class(f.programme)}")
        if f.amount is not None:
            feats.add("has_amount")
        if len(name.split()) == 1:
            feats.add("one_word")
        if f.span and s <= f.span.start <= e:
            a, b = f.span.start, f.span.end
            feats.update(f"w1={w}" for w in _words_before(text, s, a)[-1:])
            ws = _words_before(text, s, a)
            if len(ws) == 2:
                feats.add(f"w2={ws[0]}")
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", a)
            le = len(text) if le == -1 else le
            if le - ls < 100:
                feats.add("short_line")
            if _MONEY.search(text, ls, le):
                feats.add("money_line")
            rel = (a - s) / max(1, e - s)
            feats.add("top" if rel < 0.2 else "bottom" if rel > 0.8 else "middle")
        else:
            feats.add("no_span")
        res.append((name, sorted(feats)))
    return res


def probabilities(feats: list[str], m: dict) -> dict[str, float]:
    """The model's probability of each label."""
    z = np.array(m["bias"], dtype=float)
    w = m["weights"]
    for f in feats:
        v = w.get(f)
        if v is not None:
            z = z + v
    z = np.exp(z - z.max())
    z /= z.sum()
    return dict(zip(m["labels"], (float(x) for x in z)))


def decide(text: str, s: int, e: int, funding: list[Funding], lang: str) -> list[Funding]:
    """The rules' funding, less the payers the model is sure do not pay (one it takes for the
    programme the money came through becomes that, where the entry names none)."""
    m = model()
    if (m is None and RECORD is None) or not any(f.funder for f in funding):
        return funding
    cands = candidates(text, s, e, funding, lang)
    if RECORD is not None:
        RECORD.extend(cands)
    if m is None:
        return funding
    decided = {}
    for value, feats in cands:
        p = probabilities(feats, m)
        if p["funder"] < m["drop_below"]:
            decided[value] = "programme" if p["programme"] > p["none"] else "none"
    if not decided:
        return funding
    out = []
    for f in funding:
        verdict = decided.get(f.funder) if f.funder else None
        if verdict is not None:
            if verdict == "programme" and not f.programme:
                f.programme = f.funder
            f.funder = None
            if not (f.programme or f.amount is not None):
                continue
        out.append(f)
    return out
