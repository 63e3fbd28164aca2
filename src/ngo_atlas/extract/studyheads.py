"""The head of a team that studies or evaluates the project for it (expert, not its coordinator).

"Ewaluację projektu prowadzi zespół Instytutu X pod kierunkiem dr. Y", "Badanie potrzeb
przeprowadził zespół pod kierunkiem dr Z", "The evaluation is carried out by a team led by
Dr W", "Диагностику провела команда под руководством X": the person directs the team that
does a piece of study work (a study, a diagnosis, an evaluation, an analysis, a report) inside
a project that the page gives another coordinator. SCHEMA's `expert` is who gives the project
expertise; the coordinator is who runs it. Where the study is the project itself, the page
names no other coordinator and the head stays its coordinator ("Badanie prowadził zespół pod
kierunkiem X" on the study's own page).
"""

from __future__ import annotations

import re

from ngo_atlas.model import PersonRef, Span

# the team directed by the person: "pod kierunkiem", "pod kierownictwem", "led by", "headed by",
# "under the direction/leadership of", "под руководством", "під керівництвом"; up to three short
# words (a degree: "dr hab.", "Prof.", "д-р") between the cue and the name
_DIRECTED = re.compile(r"(?i:pod[^\S\n]+kierunkiem|pod[^\S\n]+kierownictwem|(?:led|headed|directed)[^\S\n]+by|"
                       r"under[^\S\n]+the[^\S\n]+(?:direction|leadership)[^\S\n]+of|"
                       r"под[^\S\n]+руководством|під[^\S\n]+керівництвом)"
                       r"(?:[^\S\n]+[^\W\d]{1,5}\.?)?(?:[^\S\n]+[^\W\d]{1,5}\.?)?(?:[^\S\n]+[^\W\d]{1,5}\.)?[^\S\n]+$")
# the nouns of study work, in any case or as an adjective ("ewaluacyjne"): a study or survey's
# research, a diagnosis, an evaluation, an analysis, an expert opinion, a report
_STUDY = re.compile(r"(?<![\w])(?i:badani\w*|badań|diagnoz\w*|ewaluac\w*|analiz\w*|ekspertyz\w*|raport\w*|"
                    r"research\w*|stud(?:y|ies)|evaluat\w*|assessment\w*|diagnos[ie]s|analys[ie]s|reports?|"
                    r"исследовани\w*|диагности\w*|оценк\w*|анализ\w*|экспертиз\w*|отч[её]т\w*|"
                    r"досліджен\w*|діагности\w*|оцін\w*|аналіз\w*|експертиз\w*|звіт\w*)(?![\w])")
_STOP = re.compile(r"[.!?](?=[^\S\n]*\n|[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ\"„«])|\n[^\S\n]*\n")


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around a..b, over single line breaks, within its paragraph."""
    start = max(0, a - 400)
    for m in _STOP.finditer(text, start, a):
        start = m.end()
    m = _STOP.search(text, b, b + 400)
    return start, (m.start() if m else min(len(text), b + 400))


def _names_study(text: str, a: int, b: int) -> bool:
    """A study noun in text[a:b] that is a common noun, not a word of a name ("Centrum Badań
    Lokalnych", "Ośrodek Badań nad Migracjami": the word before it capitalised)."""
    for m in _STUDY.finditer(text, a, b):
        before = re.search(r"([^\W\d]+)[^\S\n]*$", text[a:m.start()])
        if before and before.group(1)[0].isupper() and m.group()[0].isupper():
            continue
        return True
    return False


def study_heads(text: str, people: list[PersonRef]) -> None:
    """Turn the directed study team's head (coordinator, or other as a unit's head) into the
    project's expert when another person is the project's coordinator."""
    heads = []
    for p in people:
        if p.role in ("coordinator", "other") and p.span:
            ls = max(text.rfind("\n", 0, p.span.start) + 1, p.span.start - 60)
            if _DIRECTED.search(text, ls, p.span.start):
                heads.append(p)
    if not heads or not any(p.role == "coordinator" and p not in heads for p in people):
        return
    for p in heads:
        cue = _DIRECTED.search(text, max(text.rfind("\n", 0, p.span.start) + 1, p.span.start - 60), p.span.start)
        a, b = _sentence(text, cue.start(), p.span.end)
        if _names_study(text, a, b):
            p.role = "expert"
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+study_head", p.span.confidence)
