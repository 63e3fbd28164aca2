"""A body said to run one of the project's activities, not the project, is its partner.

"Projekt realizuje Fundacja X. … – szkolenia dla nauczycieli, prowadzone przez Centrum Y",
"Punkt informacyjny prowadzi Stowarzyszenie Z", "workshops run by the Union of W": the
verbs of running read Y, Z and W as leads, but the thing they run is a course, a point or a
workshop named in their own sentence, not the project. Where another lead, read with
confidence and outside such a sentence, runs the project itself, such a body becomes a partner.
A sentence that names the project (a project word, the title, a word for an application, a
programme or a plan) keeps its lead: two bodies may run one project together."""

from __future__ import annotations

import re

from ngo_atlas.extract.lexicon import PROJECT_WORDS
from ngo_atlas.extract.text import sentence_holding
from ngo_atlas.model import OrgRef

_VERB_RULES = ("lead_phrase", "lead_verb")
# words that stand for the project in a sentence about who runs it: any word opening with
# "wnios" / "applica" / "заявк" (an application: "Wniosek złożony przez X", "application
# submitted by X"), and "program"/"programme"/"plan" in their Polish/English case forms or
# "програма" and its forms ("Program, przygotowany przez X", "Realizację Planu koordynuje X")
_PROJECT_KIN = re.compile(r"(?i:\b(?:wnios|applica|заявк)\w*|\b(?:program(?:u|ie|em|me)?|plan(?:u|ie|em)?|"
                          r"програм[аиуіо]\w*)\b)")


def _runs_an_activity(text: str, o: OrgRef, title: str | None) -> bool:
    """A lead read from a verb of running in a sentence that names no project."""
    if o.role != "lead" or not o.span or o.span.rule not in _VERB_RULES:
        return False
    span = sentence_holding(text, o.span.start)
    if span is None:  # (no sentence of its own to read a verb of running in)
        return False
    sentence = text[span[0]:span[1]]
    if title and title.casefold() in sentence.casefold():
        return False
    return PROJECT_WORDS.search(sentence) is None and _PROJECT_KIN.search(sentence) is None


def activity_runners_as_partners(text: str, orgs: list[OrgRef], title: str | None) -> list[OrgRef]:
    """Leads that run only an activity become partners where another body leads the project."""
    from ngo_atlas.extract.organisations import same_org

    runners = [o for o in orgs if _runs_an_activity(text, o, title)]
    # (a guess such as a subject before "together with" is no anchor: it may be the activity)
    anchors = [o for o in orgs if o.role == "lead" and o not in runners and o.span and o.span.confidence >= 0.75]
    if not runners or not anchors:
        return orgs
    for o in runners:
        if not any(same_org(o.name, x.name) for x in anchors):
            o.role = "partner"
    return orgs
