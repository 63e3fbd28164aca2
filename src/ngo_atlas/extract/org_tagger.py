"""A learned sequence labeller (a CRF) that tags organisation names and their roles in sentences.

Not wired into the pipeline: leave-one-set-out it added 0.000-0.005 micro-F1 per held-out
set for 5-35% of extraction's CPU (eval/README.md, "Learned tagger, round 8"). No model is
packaged; `python -m ngo_atlas.extract.org_tagger_train --write` trains one (about 10 s).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ngo_atlas.extract.lexicon import lexicon

ROLES = ("lead", "partner", "member", "funder", "other")
MODEL_PATH = Path(__file__).parent / "data" / "org_tagger.crfsuite"
# words with inner hyphens/apostrophes stay one token ("Caritas-Polska", "O'Brien"); every other
# non-space character is a token of its own (quotes, brackets and commas bound names)
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_QUOTES_OPEN = set("„“«\"")
_QUOTES_CLOSE = set("”»\"")
_LABEL = re.compile(r"[ \t]*[•*\-–]?[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*:")
_STEM = 5  # letters of a word that stand for it in any case ("Fundacji", "Fundację" -> "funda")

# the trainer swaps a model in for leave-one-set-out runs; None means "read MODEL_PATH"
_override: str | None = None


def set_model_path(path: str | None) -> None:
    """Tag with the model at this path instead of the packaged one (training and evaluation)."""
    global _override
    _override = path
    _tagger.cache_clear()


@lru_cache(maxsize=1)
def _tagger():
    path = _override or str(MODEL_PATH)
    if not Path(path).exists():
        return None
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(path)
    return t


def available() -> bool:
    """Whether a trained model is there to tag with."""
    return _tagger() is not None


@lru_cache(maxsize=1)
def _head_stems() -> frozenset[str]:
    """The first letters of every organisation head word the rules know, in any case."""
    lex = lexicon()
    words = list(lex["org_heads_pl"]) + list(lex["org_heads_other"])
    return frozenset(w.lower()[:_STEM] for w in words if len(w) >= 4)


def tokens(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The tokens of text[s:e] as (start, end) offsets."""
    return [m.span() for m in _TOKEN.finditer(text, s, e)]


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not w[0].isalnum():
        return "p"
    if w.isupper():
        return "X" if len(w) == 1 else "XX"
    if w[0].isupper():
        return "Xx"
    return "x" if w.islower() else "xX"


def _word_feats(w: str, heads: frozenset[str]) -> list[str]:
    """What one word says by itself: its shape, its lower-case form and its ends."""
    low = w.lower()
    shape = _shape(w)
    # a capitalised word is a name's word: learning it would fit the training pages' bodies, so
    # only its ends and shape are read (and whether it is a head word)
    f = [f"s={shape}", f"w={low}" if shape in ("x", "p", "d") or low[:_STEM] in heads else "w=CAP"]
    if shape in ("Xx", "XX", "x", "xX") and len(low) > 3:
        f += [f"p4={low[:4]}", f"x3={low[-3:]}"]
        if low[:_STEM] in heads:
            f.append("head")
    return f


def features(text: str, toks: list[tuple[int, int]]) -> list[list[str]]:
    """Features of every token of one sentence: its own word, its neighbours', the word that
    governs it (the nearest lower-case word before the capitalised run it stands in), whether
    it is inside quotes, the label of its line ("Partnerzy: …") and its place in the line."""
    heads = _head_stems()
    words = [text[a:b] for a, b in toks]
    own = [_word_feats(w, heads) for w in words]
    out: list[list[str]] = []
    gov, gov2 = "START", "START"
    inq, head = False, None
    # the first lower-case word after each token ("X jest partnerem", "X finances"), read backwards
    nxt = ["END"] * len(words)
    for i in range(len(words) - 2, -1, -1):
        w = words[i + 1]
        nxt[i] = w.lower()[:_STEM] if w[0].islower() else nxt[i + 1]
    line_end, label = -1, None
    for i, w in enumerate(words):
        if toks[i][0] > line_end:  # a sentence may run over several lines, each with its label
            line_end, label = _line_label(text, toks[i][0])
            head = _list_heading(text, toks[i][0])
        f = ["b"] + own[i]
        if head:
            f.append(f"hdr={head}")
        if label and toks[i][0] >= label[1]:
            f.append(f"lab={label[0]}")
        f += ["-1" + x for x in own[i - 1][:2]] if i else ["BOS"]
        f += ["+1" + x for x in own[i + 1][:2]] if i + 1 < len(words) else ["EOS"]
        if i > 1:
            f.append("-2" + own[i - 2][1])
        f += [f"gov={gov}", f"gov2={gov2}|{gov}", f"nxt={nxt[i]}"]
        if inq:
            f.append("inq")
        out.append(f)
        # the governing word moves on at every lower-case word (prepositions, conjunctions and
        # verbs: "z", "przez", "i", "realizuje", "funded by"); a capitalised run keeps it
        if w[0].islower():
            gov, gov2 = w.lower()[:_STEM], gov
        if w in _QUOTES_OPEN and not (inq and w in _QUOTES_CLOSE):
            inq = True
        elif w in _QUOTES_CLOSE:
            inq = False
    return out


_ITEM = re.compile(r"[ \t]*(?:[•*\-–●▪]|\d{1,2}[.)])")


def _list_heading(text: str, pos: int) -> str | None:
    """The first word of the heading ("Partnerzy projektu:", "Члени мережі:") above the list
    whose item holds pos: the nearest line above ending in a colon, over at most eight item
    lines (a list's shared fact reaches each of its items)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    if not _ITEM.match(text, ls) and (le if le >= 0 else len(text)) - ls > 100:
        return None  # not a list item nor a short line
    for _ in range(8):
        if ls == 0:
            return None
        prev = text.rfind("\n", 0, ls - 1) + 1
        line = text[prev:ls - 1].strip()
        if line.endswith(":"):
            m = re.match(r"[^\W\d_]+", line)
            return m.group().lower()[:_STEM] if m else None
        if line and not _ITEM.match(text, prev) and len(line) > 120:
            return None  # a paragraph: no list goes on above it
        ls = prev
    return None


def _line_label(text: str, pos: int) -> tuple[int, tuple[str, int] | None]:
    """The end of the line pos stands in, and its label and where the label's value starts if
    it is a "Label: value" line."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    m = _LABEL.match(text, ls, len(text) if le < 0 else le)
    return (len(text) if le < 0 else le), ((m.group(1).lower()[:_STEM], m.end()) if m else None)


def tag(text: str, s: int, e: int) -> list[tuple[int, int, str, float]]:
    """Organisation names the model finds in the sentence text[s:e]: (start, end, role,
    confidence), the confidence being the mean marginal probability of the name's tags."""
    t = _tagger()
    toks = tokens(text, s, e)
    if t is None or not toks:
        return []
    t.set(features(text, toks))
    labels = t.tag()
    out = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        role = labels[i][2:]
        j = i + 1
        while j < len(labels) and labels[j] == "I-" + role:
            j += 1
        conf = sum(t.marginal(labels[k], k) for k in range(i, j)) / (j - i)
        out.append((toks[i][0], toks[j - 1][1], role, conf))
        i = j
    return out


THRESHOLD = 0.8  # mean marginal a name needs to be added (leave-one-set-out)


def tagged_orgs(text: str, s: int, e: int, lang: str, known: list, threshold: float | None = None) -> list:
    """Bodies the rules did not find in text[s:e], named by the tagger with their role: OrgRefs
    with rule "org_tagger" and the tagger's confidence."""
    if _tagger() is None:
        return []
    from ngo_atlas.extract.mentioned import _known, _tokens
    from ngo_atlas.extract.organisations import clean_org
    from ngo_atlas.extract.text import sentences
    from ngo_atlas.model import OrgRef, Span

    thr = THRESHOLD if threshold is None else threshold
    todo = _unclaimed(text, s, e, known)
    if not todo:
        return []
    seen = [_tokens(o.name) for o in known if o.name]
    has_lead = any(o.role == "lead" for o in known)
    out = []
    for ss, se in sentences(text, s, e):
        if not any(ss <= h < se for h in todo):
            continue
        for a, b, role, conf in tag(text, ss, se):
            # funders come from the funding rules (a payer also needs its programme and amount)
            if role == "funder" or conf < thr or _known(_tokens(text[a:b]), seen):
                continue
            c = clean_org(text[a:b], lang)
            # one word alone is a town, an adjective or a people as often as a body
            if c is None or len(c[0].split()) < 2 or _known(_tokens(c[0]), seen) \
                    or (role == "lead" and has_lead):
                continue
            seen.append(_tokens(c[0]))
            out.append(OrgRef(c[0], role, Span(a, b, "org_tagger", round(conf, 3)), acronym=c[1]))
    return out


def _unclaimed(text: str, s: int, e: int, known: list) -> list[int]:
    """Where text[s:e] names a body by a head word ("Fundacji", "Університет") outside every
    span the rules already read as a body: only sentences holding one are tagged (elsewhere
    the tagger would cost time and add names the rules have)."""
    from ngo_atlas.extract.org_model import CAND_STEM

    spans = [(o.span.start, o.span.end) for o in known if o.span]
    return [m.start() for m in CAND_STEM.finditer(text, s, e)
            if not any(a <= m.start() < b for a, b in spans)]
