"""The project's own evaluation sets under eval/: gold well-formed, grounded in its text, scored.

The gold records follow ../shared/eval/SCHEMA.md; these tests check their form, that
every name they give occurs in the document in some inflected form (a sanity check on
hand-written gold), the set's composition, and the extractor's score on it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import lxml.html
import morfeusz2
import pytest

from ngo_atlas.model import ORG_ROLES, PERSON_ROLES, STATUSES

REPO = Path(__file__).resolve().parents[1]
EXTRA = REPO / "eval" / "extra"
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"
# Each set and the micro-F1 floor the extractor holds on it: the score measured when the
# set was committed, a little below (eval/README.md tells each set's history; unseen-m
# was tuned on in the second session round, from 0.775; unseen-n in the third, from 0.752;
# unseen-p in the fourth, from 0.705: measured 0.977/0.988/0.980/0.957/0.936/0.870/0.902;
# unseen-q, blind until then, scored 0.827 before the fourth round and 0.831 after it;
# after the fifth, tuned on unseen-q: 0.977/0.989/0.982/0.958/0.938/0.871/0.909/0.884;
# unseen-r, blind through both rounds: 0.735 at the third session's start, 0.768 after
# the fourth round, 0.766 after the fifth; after the sixth, tuned on unseen-r's error
# classes: 0.977/0.989/0.981/0.964/0.948/0.905/0.923/0.909/0.912; unseen-s, written
# during the sixth round and blind through it: 0.778 before, 0.787 after; after the
# seventh, tuned on unseen-s's error classes: 0.876, the others unchanged, unseen-n 0.906;
# unseen-t, written at the sixth round's end and blind through the seventh: 0.692 at the
# session's start, 0.700 after the sixth round, 0.718 after the seventh; after the
# eighth, tuned on the error classes of unseen-t, -s and -r:
# 0.979/0.989/0.981/0.965/0.951/0.917/0.932/0.914/0.916/0.921/0.872);
# unseen-u, written at the fifth session's start and blind through the eighth round:
# 0.781 before it, 0.790 after; after the ninth, tuned on unseen-u's error classes
# (committed tree 9fce844): 0.979/0.989/0.981/0.965/0.952/0.917/0.932/0.918/0.918/0.924/
# 0.884/0.837; unseen-v and unseen-w, written at the fifth session's start and blind
# through rounds 8-10: 0.856/0.827 before them, 0.865/0.866 after; read from the sixth
# session on. After the eleventh round, tuned on unseen-v's and -w's error classes
# (committed tree 78500e7): 0.981/0.990/0.985/0.968/0.959/0.930/0.936/0.936/0.922/0.946/
# 0.894/0.856/0.944/0.967; after the twelfth (records cut wrongly; tree 2197d70) unseen-q
# 0.961, -s 0.955, -u 0.870, the others unchanged; unseen-x and unseen-y, written at the
# sixth session's start and blind through rounds 11-12: 0.879/0.828 before them,
# 0.891/0.840 after; read from the seventh session on. After the thirteenth, tuned on
# unseen-x's and -y's error classes (committed tree 4fe8da6): 0.981/0.992/0.985/0.968/
# 0.959/0.935/0.940/0.961/0.922/0.957/0.898/0.872/0.948/0.968/0.977/0.945. unseen-z and
# unseen-j, written at the seventh session's start and blind through rounds 13-14:
# 0.815/0.885 before them, 0.815/0.887 after; read from the eighth session on. After the
# fifteenth, tuned on unseen-z's and -j's error classes (committed tree f90626d):
# 0.981/0.994/0.985/0.972/0.960/0.937/0.941/0.961/0.927/0.960/0.898/0.885/0.973/0.975/
# 0.978/0.952/0.938/0.963. unseen-a and unseen-b, written at the seventh session's
# start and blind through rounds 13-16: 0.849/0.832 before them, 0.873/0.846 after; read
# from the ninth session on. After the seventeenth, tuned on unseen-a's and -b's error
# classes (committed tree 33a3b87): 0.981/0.994/0.985/0.972/0.961/0.940/0.942/0.961/0.929/
# 0.966/0.898/0.890/0.973/0.975/0.985/0.952/0.943/0.967/0.926/0.919.
# train-ca, -cb, -cc and -cd, written at the tenth session's start by four fresh writers to
# train the learned decisions on pages the hand rules were not written for (never to tune
# rules on): 0.750/0.739/0.768/0.774 at 63597a6; 0.758/0.741/0.769/0.774 at the session's end
# (f6f12e2: the payer as a verb's subject, people in apposition to a job noun). From the
# eleventh session they are read sets (the learned-decision experiment is over): round 19
# studied their errors, 0.866/0.836/0.879/0.847 at its end (8518efa).
# train-da, -db and -dc, written at the twelfth session's start by three fresh writers
# (emphasis: record counts and titles; organisations and money): 0.711/0.745/0.753 at 851b09a.
# train-ea, -eb and -ec, by three more fresh writers during round 20 (record counts; the
# ordinary mix; organisations and people): 0.660/0.839/0.704 at 851b09a, 0.661/0.840/0.746 at
# 7bf931f (round 20's first seven branches).
# At round 20's end (e0001af; the train-c*, -d* and -e* floors raised to 0.004 under it):
# train-c* 0.880/0.843/0.887/0.908, train-d* 0.896/0.874/0.809, train-e* 0.867/0.889/0.834.
# train-fa, -fb and -fc, by three fresh writers at the thirteenth session's start (record
# counts on event pages, news feeds and funding-portal lists; organisations and money, with
# more Russian and Ukrainian pages; the ordinary mix with people, places and time):
# 0.780/0.702/0.849 at ef00692. train-ga and -gb, by two more fresh writers during round 21
# (the ordinary mix with longer pages; who pays, through what and how much, and project
# teams): 0.805/0.796 at f6f0172 (round 21's first eight branches).
# At round 21's end (47c4a8a; the train-* floors raised to 0.004 under it): train-c*
# 0.893/0.857/0.891/0.916, train-d* 0.896/0.878/0.825, train-e* 0.873/0.901/0.853, train-f*
# 0.844/0.783/0.881, train-g* 0.847/0.838.
# train-ha and -hb, by two fresh writers at the fourteenth session's start (who works with
# whom: consortia, partners, hosts, operators, places; the ordinary mix, longer pages):
# 0.805/0.831 at c602f8f.
# At round 22's end (be78dba; the train-* floors raised to 0.004 under it): train-c*
# 0.910/0.866/0.897/0.922, train-d* 0.918/0.884/0.843, train-e* 0.891/0.907/0.862, train-f*
# 0.858/0.809/0.893, train-g* 0.889/0.861, train-h* 0.816/0.865.
# train-ia and -ib, by two fresh writers at the fifteenth session's start (how many records a
# page holds: results tables, news lists, newsletters, furniture around one project, pages
# with none; money and people): 0.701/0.822 at a7ca639.
# At round 23's end (e054698; the train-* floors raised to 0.004 under it): train-c*
# 0.915/0.877/0.917/0.923, train-d* 0.924/0.890/0.858, train-e* 0.900/0.913/0.864, train-f*
# 0.868/0.814/0.898, train-g* 0.897/0.869, train-h* 0.832/0.876, train-i* 0.809/0.831.
# train-ja and -jb, by two fresh writers at the sixteenth session's start (organisations and
# what each one does; the ordinary mix in the style of many kinds of site): 0.796/0.794 at d166d80.
# At round 24's end the machine was lost before its figures were written down. At round 25's
# end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.921/0.886/0.924/
# 0.929, train-d* 0.931/0.903/0.874, train-e* 0.903/0.924/0.880, train-f* 0.874/0.829/0.904,
# train-g* 0.906/0.885, train-h* 0.858/0.876, train-i* 0.813/0.835, train-j* 0.826/0.822.
# train-ka, -kb and -kc, by three fresh writers at the eighteenth session's start (the ordinary
# mix; public, university and international-office pages; pages holding several projects or
# hiding one), written for recall: 0.810/0.835/0.796 at 9cb32a5 with the "adja" tag mend.
# At round 26's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.922/
# 0.890/0.924/0.931, train-d* 0.934/0.905/0.874, train-e* 0.903/0.924/0.885, train-f* 0.877/0.831/
# 0.908, train-g* 0.907/0.887, train-h* 0.863/0.879, train-i* 0.869/0.839, train-j* 0.842/0.828,
# train-k* 0.882/0.862/0.894.
# train-la and -lb, by two fresh writers at the nineteenth session's start (small and local
# actors' pages; larger actors, networks and international offices), kept by the lead as unread
# gate sets through round 27 and added at its end: 0.846/0.861 at 1071828.
# At round 27's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.923/
# 0.891/0.925/0.934, train-d* 0.942/0.917/0.879, train-e* 0.903/0.924/0.885, train-f* 0.877/0.834/
# 0.908, train-g* 0.907/0.887, train-h* 0.866/0.879, train-i* 0.871/0.855, train-j* 0.856/0.835,
# train-k* 0.896/0.863/0.894, train-l* 0.846/0.862.
# train-ma and -mb, by two fresh writers at the twentieth session's start (event and news pages;
# text taken from reports and documents), kept by the lead as unread gate sets through round 28
# and added at its end: 0.715/0.756 at 0af24b0.
# At round 28's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.925/
# 0.901/0.926/0.937, train-d* 0.942/0.922/0.888, train-e* 0.905/0.928/0.885, train-f* 0.877/0.838/
# 0.910, train-g* 0.908/0.891, train-h* 0.867/0.881, train-i* 0.872/0.878, train-j* 0.864/0.838,
# train-k* 0.896/0.876/0.895, train-l* 0.853/0.865, train-m* 0.715/0.759.
# train-na and -nb, by two fresh writers at the twenty-first session's start (project pages on the
# organisations' own sites and their archives; Ukrainian, Russian and English pages with Polish
# ones), kept by the lead as unread gate sets through round 29 and added at its end: 0.816/0.920
# at e475b52.
# At round 29's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.925/
# 0.904/0.928/0.938, train-d* 0.942/0.923/0.891, train-e* 0.905/0.928/0.888, train-f* 0.878/0.845/
# 0.912, train-g* 0.914/0.892, train-h* 0.870/0.885, train-i* 0.879/0.882, train-j* 0.866/0.839,
# train-k* 0.902/0.878/0.904, train-l* 0.868/0.870, train-m* 0.715/0.812, train-n* 0.819/0.922.
# train-oa and -ob, by two fresh writers at the twenty-second session's start (reports and
# official documents as PDF/DOCX text: annual reports, grant-competition results, final and
# evaluation reports; news, events, programmes, recruitment calls and social-media posts), kept
# by the lead as unread gate sets through round 30 and added at its end: 0.764/0.770 at 93d5727.
# At round 30's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.927/
# 0.907/0.929/0.940, train-d* 0.944/0.923/0.896, train-e* 0.909/0.928/0.889, train-f* 0.879/0.845/
# 0.912, train-g* 0.917/0.894, train-h* 0.875/0.891, train-i* 0.879/0.882, train-j* 0.866/0.843,
# train-k* 0.910/0.883/0.904, train-l* 0.869/0.875, train-m* 0.716/0.819, train-n* 0.853/0.927,
# train-o* 0.764/0.770.
# train-pa and -pb, by two fresh writers at the twenty-third session's start (money and who
# gives it: co-funding blocks and logo bars, fact cards, regranting lists, open-call results,
# several payers and sums; people and places: team and contact pages, interviews, schedules across
# towns and districts, local branches, study visits), kept by the lead as unread gate sets through
# round 31 and added at its end: 0.779/0.809 at 62bc1a9.
# At round 31's end (the train-* floors raised to 0.004 under it, none lowered): train-c* 0.927/
# 0.910/0.930/0.940, train-d* 0.944/0.924/0.896, train-e* 0.911/0.927/0.892, train-f* 0.881/0.845/
# 0.912, train-g* 0.919/0.897, train-h* 0.875/0.891, train-i* 0.880/0.888, train-j* 0.867/0.857,
# train-k* 0.910/0.883/0.904, train-l* 0.871/0.875, train-m* 0.717/0.822, train-n* 0.855/0.927,
# train-o* 0.773/0.772, train-p* 0.790/0.809.
# train-qa and -qb, by two fresh writers at the twenty-fourth session's start (two ordinary
# mixes of project pages: NGO, municipal and university pages, EU consortia, pl/ru/uk/en pages,
# pages with several projects and with none), kept by the lead as unread gate sets through
# rounds 32 and 33 and added at round 33's end: 0.817/0.836 at 524af83.
# At round 33's end (the train-* floors raised to 0.004 under it, none lowered): train-c*
# 0.926/0.910/0.932/0.940, train-d* 0.947/0.932/0.897, train-e* 0.911/0.934/0.892, train-f*
# 0.881/0.845/0.912, train-g* 0.924/0.904, train-h* 0.884/0.891, train-i* 0.888/0.889, train-j*
# 0.869/0.857, train-k* 0.917/0.883/0.913, train-l* 0.883/0.886, train-m* 0.798/0.832, train-n*
# 0.869/0.928, train-o* 0.804/0.858, train-p* 0.802/0.843, train-q* 0.826/0.849.
# train-ra and -rb, by two fresh writers at the twenty-sixth session's start (ra: more public-sector
# pages, BIP notices, schools, libraries and PDF reports; rb: more NGO and network pages, posts,
# newsletters, event reports, international organisations and English pages), kept by the lead as
# unread gate sets through rounds 34 and 35 and added at round 35's end: 0.855/0.910 at 937c9db.
# At round 35's end (the train-* floors raised to 0.004 under it where that is higher, none
# lowered): train-c* 0.926/0.911/0.932/0.940, train-d* 0.947/0.937/0.897, train-e* 0.913/0.934/
# 0.894, train-f* 0.881/0.846/0.913, train-g* 0.926/0.904, train-h* 0.887/0.891, train-i* 0.890/
# 0.890, train-j* 0.878/0.858, train-k* 0.925/0.884/0.913, train-l* 0.884/0.888, train-m* 0.821/
# 0.834, train-n* 0.898/0.931, train-o* 0.808/0.858, train-p* 0.815/0.843, train-q* 0.838/0.877,
# train-r* 0.855/0.913.
# train-sa and -sb, by two fresh writers at the twenty-seventh session's start (sa: the public
# sector, BIP notices, schools, libraries, universities, PDF reports, grant-result lists; sb: NGO,
# network and coalition pages with partner and patron blocks, event reports, posts, newsletters,
# international organisations' Polish offices, English pages), kept by the lead as unread gate
# sets through rounds 36-38 and added at round 38's end: 0.783/0.808 at d27f1e8 and at the end.
# At round 38's end (the train-* floors raised to 0.004 under it where that is higher, none
# lowered): train-c* 0.928/0.913/0.934/0.940, train-d* 0.950/0.937/0.907, train-e*
# 0.913/0.936/0.895, train-f* 0.881/0.848/0.913, train-g* 0.926/0.906, train-h* 0.890/0.888,
# train-i* 0.891/0.892, train-j* 0.879/0.864, train-k* 0.928/0.886/0.914, train-l* 0.886/0.891,
# train-m* 0.835/0.835, train-n* 0.899/0.934, train-o* 0.808/0.860, train-p* 0.819/0.845, train-q*
# 0.858/0.877, train-r* 0.857/0.913.
# train-ta and -tb, by two fresh writers at the twenty-eighth session's start (ta: county, gmina,
# voivodeship and marshal offices, regional news, Caritas and parishes, libraries, schools, PDF
# reports, posts; units of larger bodies, payers named in lower-case prose, a grant-results
# table; tb: NGOs, consortia, networks and international organisations with partner and logo
# blocks, team sections, event reports, newsletters, English pages, projects over several towns,
# lists of projects each with its payer), kept by the lead as unread gate sets through rounds 39
# and 40 and added at round 40's end: 0.862/0.796 at 23393c5, 0.864/0.799 at the end. train-sa
# and -sb's floors, named above at round 38's end, join the table here (they had been left out
# of it).
# At round 40's end (11fd11bc; the train-* floors raised to 0.004 under it where that is higher,
# none lowered): train-sa/sb 0.914/0.863, the rest in eval/README.md's twenty-eighth session.
# train-ua and -ub, by two fresh writers at the twenty-ninth session's start (ua: smaller towns
# and counties, MOPS/PCPR/library news, Caritas and parishes, prose-only projects, PDF reports
# with wrapped tables, team sections, a small-grants list; ub: national NGOs and international
# bodies, university and research consortia with partners' roles in prose, networks, event
# reports, HTML pages, posts, a logo list of partners, an umbrella programme), kept by the lead
# as unread gate sets through rounds 41 and 42 and added at round 42's end: 0.793/0.842 at
# 0ee0aff, 0.795/0.845 at the end.
# At round 42's end (3b891b73; the train-* floors raised to 0.004 under it where that is higher,
# none lowered): see eval/README.md's twenty-ninth session.
# Each floor sits 0.004 under its set's figure.
SETS = {"extra": 0.977, "holdout-h": 0.99, "holdout-g": 0.981, "holdout-k": 0.968,
        "unseen-m": 0.956, "unseen-n": 0.935, "unseen-p": 0.937, "unseen-q": 0.957,
        "unseen-r": 0.925, "unseen-s": 0.961, "unseen-t": 0.894, "unseen-u": 0.886,
        "unseen-v": 0.969, "unseen-w": 0.971, "unseen-x": 0.980, "unseen-y": 0.948,
        "unseen-z": 0.939, "unseen-j": 0.962, "unseen-a": 0.921, "unseen-b": 0.915,
        "train-ca": 0.929, "train-cb": 0.92, "train-cc": 0.931, "train-cd": 0.936,
        "train-da": 0.947, "train-db": 0.935, "train-dc": 0.908,
        "train-ea": 0.913, "train-eb": 0.934, "train-ec": 0.9,
        "train-fa": 0.886, "train-fb": 0.85, "train-fc": 0.914,
        "train-ga": 0.925, "train-gb": 0.914,
        "train-ha": 0.893, "train-hb": 0.896,
        "train-ia": 0.917, "train-ib": 0.891,
        "train-ja": 0.877, "train-jb": 0.861,
        "train-ka": 0.93, "train-kb": 0.886, "train-kc": 0.923,
        "train-la": 0.9, "train-lb": 0.89,
        "train-ma": 0.841, "train-mb": 0.85,
        "train-na": 0.901, "train-nb": 0.93,
        "train-oa": 0.819, "train-ob": 0.861,
        "train-pa": 0.824, "train-pb": 0.875,
        "train-qa": 0.865, "train-qb": 0.878,
        "train-ra": 0.894, "train-rb": 0.937,
        "train-sa": 0.913, "train-sb": 0.867,
        "train-ta": 0.906, "train-tb": 0.839,
        "train-ua": 0.791, "train-ub": 0.841}
GOLD = sorted(p for name in SETS for p in (REPO / "eval" / name).glob("*.json"))

PROJECT_KEYS = {"title", "start", "end", "status", "funding", "organizations", "people",
                "places", "urls"}
QUOTES = "„”“\"«»‚‘’'`"


def _record(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(gold: Path) -> Path:
    for ext in (".txt", ".html"):
        if gold.with_suffix(ext).exists():
            return gold.with_suffix(ext)
    raise AssertionError(f"{gold.name}: no .txt or .html document beside it")


def _text(gold: Path) -> str:
    src = _source(gold)
    raw = src.read_text(encoding="utf-8")
    if src.suffix == ".html":
        page = lxml.html.fromstring(raw)
        # A logo bar's alt text is in the document too (train-oa's oa18 names its EU funder there).
        text = page.text_content() + "\n" + "\n".join(page.xpath("//img/@alt"))
    else:
        text = raw
    # A report's text keeps its line-end hyphens ("Wę-\ndrzynie"): a name may stand only joined.
    return text + "\n" + _HYPHEN_BREAK.sub("", text)


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate({ord(c): " " for c in QUOTES})
    s = re.sub(r"[‐‑‒–—―]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def _words(s: str) -> list[str]:
    # Without diacritics, so that stem alternations such as Piła/Pile still share a stem.
    s = unicodedata.normalize("NFKD", _norm(s).replace("ł", "l"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    # Underscores part words too: a title may stand only in a file name (Raport_koncowy_X.pdf).
    return [w for w in re.split(r"[\W_]+", s) if w]


def _occurs(name: str, text: str) -> bool:
    """``name`` is in ``text`` as written, or each of its words is, in some inflected form."""
    if _norm(name) in _norm(text):
        return True
    text_words = set(_words(text))
    for w in _words(name):
        if w in text_words:
            continue
        if len(w) < 3 or w.isdigit():
            return False
        # An inflected form shares a stem: at least half the shorter word, 3 letters or more
        # (2 for a 3-letter name: Ewa/Ewę).
        if not any(len(p := _common_prefix(w, t)) >= min(3, len(w) - 1)
                   and len(p) * 2 >= min(len(w), len(t))
                   for t in text_words):
            return _every_word_shares_a_lemma(name, text)
    return True


_MORFEUSZ = morfeusz2.Morfeusz(generate=False)


def _lemmas(word: str) -> set[str]:
    return {interp[2][1].split(":")[0].casefold() for interp in _MORFEUSZ.analyse(word)
            if interp[2][2] != "ign"}


def _every_word_shares_a_lemma(name: str, text: str) -> bool:
    """A Polish inflection that alters the stem (Miasto/Mieście) shares a dictionary lemma."""
    text_words = set(re.findall(r"\w+", text.casefold()))
    for w in re.findall(r"\w+", name.casefold()):
        lemmas = _lemmas(w)
        if w not in text_words and not (lemmas and any(
                lemmas & _lemmas(t) for t in text_words if t[:1] == w[:1])):
            return False
    return True


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _date(value: str | None, where: str) -> None:
    if value is None:
        return
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value), f"{where}: bad date {value!r}"
    parts = [int(x) for x in value.split("-")] + [1, 1]
    dt.date(parts[0], parts[1], parts[2])  # raises on 2025-02-29


def test_the_set_has_the_promised_composition():
    recs = [_record(g) for g in sorted(EXTRA.glob("*.json"))]
    assert len(recs) >= 30
    langs = [r["language"] for r in recs]
    assert langs.count("ru") >= 6 and langs.count("uk") >= 6 and langs.count("en") >= 5
    assert sum(_source(g).suffix == ".html" for g in GOLD) >= 3
    assert sum(not r["projects"] for r in recs) >= 5  # profiles, articles, events
    assert sum(len(r["projects"]) >= 2 for r in recs) >= 3  # news lists, umbrella + sub-project


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_record_follows_the_schema(gold):
    rec = _record(gold)
    assert set(rec) == {"doc", "language", "projects"}, gold.name
    assert rec["doc"] == _source(gold).name
    assert rec["language"] in ("pl", "ru", "uk", "en")
    for i, p in enumerate(rec["projects"]):
        where = f"{gold.name} project {i}"
        assert PROJECT_KEYS <= set(p) <= PROJECT_KEYS | {"title_alternatives"}, where
        assert isinstance(p["title"], str) and p["title"].strip() == p["title"] != ""
        # SCHEMA: no quotes *around* the title; a quoted name inside it stays ("… „Kontakt”").
        t = p["title"]
        assert not (t[0] in QUOTES and t[-1] in QUOTES
                    and not any(c in QUOTES for c in t[1:-1])), where
        assert not re.match(r"(?i)(projekt|project|проект|проєкт)\b", p["title"]), where
        _date(p["start"], where)
        _date(p["end"], where)
        if p["start"] and p["end"]:
            n = min(len(p["start"]), len(p["end"]))
            assert p["start"][:n] <= p["end"][:n], where
        assert p["status"] is None or p["status"] in STATUSES, where
        # A funder is among the organisations: as "funder", or once under the role it also
        # plays (a body that runs and pays for its own project is listed once, as lead).
        funders = {o["name"] for o in p["organizations"]}
        for f in p["funding"]:
            assert set(f) == {"funder", "programme", "amount", "currency"}, where
            assert any(f[k] is not None for k in ("funder", "programme", "amount")), where
            assert f["amount"] is None or isinstance(f["amount"], (int, float)), where
            assert (f["amount"] is None) == (f["currency"] is None) or f["amount"] is None, where
            assert f["currency"] is None or re.fullmatch(r"[A-Z]{3}", f["currency"]), where
            assert f["funder"] is None or f["funder"] in funders, f"{where}: {f['funder']}"
        # A body may play two roles (a city that runs a project and pays for it from its
        # budget: SCHEMA allows it, and unseen-q's q06 does it), never one role twice.
        pairs = [(o["name"], o["role"]) for o in p["organizations"]]
        assert len(pairs) == len(set(pairs)), where
        for o in p["organizations"]:
            assert set(o) == {"name", "role"} and o["name"] and o["role"] in ORG_ROLES, where
        for x in p["people"]:
            assert set(x) == {"name", "role", "organization", "email"}, where
            assert x["role"] in PERSON_ROLES and (x["name"] or x["email"]), where
            assert x["email"] is None or re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", x["email"]), where
        for key in ("places", "urls", "title_alternatives"):
            assert all(isinstance(v, str) and v.strip() for v in p.get(key, [])), where


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_gold_name_occurs_in_its_document(gold):
    text = _text(gold)
    for p in _record(gold)["projects"]:
        names = [p["title"], *p.get("title_alternatives", []), *p["places"]]
        names += [o["name"] for o in p["organizations"]]
        names += [f[k] for f in p["funding"] for k in ("funder", "programme") if f[k]]
        names += [x["name"] for x in p["people"] if x["name"]]
        names += [x["organization"] for x in p["people"] if x["organization"]]
        for name in names:
            assert _occurs(name, text), f"{gold.name}: {name!r} is not in the text"
        raw = _source(gold).read_text(encoding="utf-8")  # an HTML link's href counts
        for url in p["urls"]:
            assert url in text or url in raw, f"{gold.name}: {url!r}"
        for x in p["people"]:
            if x["email"]:
                local, host = x["email"].split("@")
                # An address may be spelled out ("mariam dot haddad at …"): each dotted
                # part of the local name must be there.
                assert all(part in text for part in local.split(".")), f"{gold.name}: {x['email']}"
                assert host.split(".")[0] in text, f"{gold.name}: {x['email']}"


def test_occurrence_check_rejects_names_not_in_the_text():
    text = "Projekt realizuje Fundacja Ocalenie w Białymstoku."
    assert _occurs("Fundacja Ocalenie", text) and _occurs("Białystok", text)
    assert not _occurs("Fundacja Batorego", text)
    assert not _occurs("Kraków", text)


def _load_scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SETS)
def test_extractor_score_on_each_set(name, tmp_path, capsys):
    if not SCORE_PY.exists():
        pytest.skip("../shared/eval/score.py is not present")
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.readers import read_path

    folder = REPO / "eval" / name
    golds = sorted(folder.glob("*.json"))
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for gold in golds:
            rec = extract_document(read_path(_source(gold))).to_record(evidence=False)
            rec["doc"] = _source(gold).name
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report, _ = _load_scorer().score(str(folder), str(pred))
    assert report["missing_predictions"] == []
    micro = report["micro"]["f1"]
    with capsys.disabled():
        print(f"\neval/{name} micro-F1 {micro:.3f} over {report['documents']} documents; "
              + ", ".join(f"{k} {v['f1']:.2f}" for k, v in report["fields"].items()))
    assert micro >= SETS[name]
