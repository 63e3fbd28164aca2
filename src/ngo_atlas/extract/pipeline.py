"""Run every extractor over one Document and assemble its projects (pure, deterministic)."""

from __future__ import annotations

import copy
import re

from ngo_atlas.extract import fullnames, segment, seriestail
from ngo_atlas.extract.resilient import collecting, guarded
from ngo_atlas.extract.activities import find_activities
from ngo_atlas.extract.activityrunner import activity_runners_as_partners
from ngo_atlas.extract.alldone import all_items_ended
from ngo_atlas.extract.bodytable import table_bodies
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.cofinancing import keyed_grant
from ngo_atlas.extract.dates import (
    DateHit,
    bare_years_outside,
    duration_end,
    ended_before_page,
    find_dates,
    find_periods,
    granted_for,
    is_dateline,
    is_programme_years,
    is_reporting_period,
    items_run_period,
    lone_period,
    open_dates,
    page_day_label,
    relative_end,
    run_periods_first,
    school_year_bounds,
    sharpen,
    year_label_bounds,
)
from ngo_atlas.extract.firstperson import speaks_as_we
from ngo_atlas.extract.foreigntail import with_foreign_tails
from ngo_atlas.extract.funding import find_funding, scheme_programme
from ngo_atlas.extract.funding_footer import fold_funding_footer
from ngo_atlas.extract.handedon import operator_roles
from ngo_atlas.extract.headline import comment_cut, headline_object
from ngo_atlas.extract.labels import LabelHit, find_labels
from ngo_atlas.extract.language import document_language
from ngo_atlas.extract.leftsum import last_payer_share
from ngo_atlas.extract.lexicon import PROJECT_WORDS, alternation, lexicon
from ngo_atlas.extract.links import find_urls, is_project_url, names_payer
from ngo_atlas.extract.operatorpays import operators_pay_nothing
from ngo_atlas.extract.ownsite import masked_own_urls
from ngo_atlas.extract.publictask import public_task_owner
from ngo_atlas.extract.sitefooter import footer_signs_masthead
from ngo_atlas.extract.mastunit import masthead_unit, site_nav_under
from ngo_atlas.extract.reportowner import REPORT_NOUN, opens_as_report, report_owner
from ngo_atlas.extract.mentioned import mentioned_orgs
from ngo_atlas.extract.collected import collection_hits, collection_sums
from ngo_atlas.extract.sourcetable import table_totals
from ngo_atlas.extract.money import find_money, grant_amount
from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.extract.notbody import not_a_body
from ngo_atlas.extract.organisations import (
    clean_org,
    copyright_owner,
    cyrillic_mentions,
    find_organisations,
    grantee_before_title,
    header_owner,
    is_org_head,
    merge_orgs,
    own_organisation,
    places_joined,
    staff_lead,
)
from ngo_atlas.extract.glossed import keep_page_language
from ngo_atlas.extract.grantgiver import giver_cue, operator_in_items
from ngo_atlas.extract.headingcall import heading_call_name
from ngo_atlas.extract.grantorgan import organ_pays
from ngo_atlas.extract.payerless import payer_from_funder_org
from ngo_atlas.extract.leadshare import drop_lead_own_share
from ngo_atlas.extract.people import contact_emails, find_people
from ngo_atlas.extract.signedoffice import officials_of_other_sides
from ngo_atlas.extract.places import find_places, owner_town_places
from ngo_atlas.extract.townadjective import adjective_town_places
from ngo_atlas.extract.secondpayer import second_payers
from ngo_atlas.extract.samename import one_project_twice
from ngo_atlas.extract.totalsplit import split_totals
from ngo_atlas.extract.shares import funder_shares
from ngo_atlas.extract.sincestart import since_start
from ngo_atlas.extract.status import find_status, intro_clause_status, list_status, section_status
from ngo_atlas.extract.sumyears import sum_years
from ngo_atlas.extract.text import CI, cue, line_at, lines, words_key
from ngo_atlas.extract.themes import find_target_groups, find_themes
from ngo_atlas.extract.title import BLANK_LINE, choose_title, clean_heading, header_end, headings
from ngo_atlas.extract.titleyears import with_title_years
from ngo_atlas.extract.tookplace import took_place_status
from ngo_atlas.extract.schemeoperator import list_operators
from ngo_atlas.extract.umbrella import PROGRAMME_RULE, with_programme_record
from ngo_atlas.extract.undertaking import headline_undertaking
from ngo_atlas.extract.wrapbodies import join_wrapped_bodies
from ngo_atlas.extract.wrapquotes import join_wrapped_quotes
from ngo_atlas.model import Document, Extraction, Funding, OrgRef, Project, Span


def extract_document(doc: Document) -> Extraction:
    """Document -> Extraction: its language and zero or more projects with evidence. A finder
    that fails on this text gives no facts and is listed in the Extraction's problems."""
    with collecting() as problems:
        extraction = _extract(doc)
    extraction.problems = problems
    return extraction


def _extract(doc: Document) -> Extraction:
    text = mask(doc.text)
    lang = document_language(doc, text)
    labels = find_labels(text)
    if is_job_offer(text) and not _posts_in_dated_project(text) or not is_about_project(text, labels) \
            or funding_call(text):
        return Extraction(doc.name, lang, [])
    segs = with_programme_record(text, fold_funding_footer(text, segment.split(text, labels, doc.text)))
    shared: dict = {}  # the finders' reads of a paragraph every item of a list shares (_read_once)
    projects = [_project(text, sg, labels, lang, shared) for sg in segs]
    if len(projects) == 1 and not projects[0].title and doc.title:
        projects[0].title = doc.title.strip()  # the page's own <title>: no span in the text
    # the page passes, each guarded: one failing leaves the records as the passes before left them
    guarded(_none, _share_funding, projects, segs)
    guarded(_none, _event_leaves_parent_facts, projects, segs)
    guarded(_none, _intro_funding, text, projects, segs, labels, lang)
    guarded(_none, _items_run_period, text, projects, segs)
    guarded(_none, organ_pays, text, projects)  # a report form's "Organ administracji publicznej: X"
    guarded(_none, scheme_programme, text, projects, [(sg.start, sg.end) for sg in segs])  # a regranting scheme's items
    guarded(_none, _short_owner_named_in_full, text, projects, lang)
    guarded(_none, _page_owner_leads, text, projects, lang, doc.title, doc.text)
    guarded(_none, _owner_joins_as_partner, text, projects, lang)
    guarded(_none, fullnames.expand, doc.text, [o for p in projects for o in p.organizations], lang)  # ORG-V (masked footers too)
    guarded(_none, seriestail.extend, doc.text, projects, lang)  # ORG-T: "Ministerstwo Rodziny, Pracy i ..." cut at its comma
    guarded(_none, keep_page_language, text, projects, lang)  # "Фонд «X» (Fundacja X)": the page's own form
    guarded(_none, _list_status, text, projects, segs)
    guarded(_none, _all_items_ended, text, projects)
    guarded(_none, _page_contact_off_last_item, text, projects, segs)
    guarded(_none, payer_from_funder_org, projects)  # FUND-P: the lone funder-role body pays a payer-less grant
    guarded(_none, drop_lead_own_share, text, projects)  # FUNDFP: "Wkład własny Gminy X" where X leads
    guarded(_none, _funder_towns, projects, lang)
    guarded(_none, masked_own_urls, doc.text, text, projects, [(sg.start, sg.end) for sg in segs])  # URL-B
    guarded(_none, adjective_town_places, text, projects, lang)  # "w trzech bydgoskich szkołach": a page town
    guarded(_none, owner_town_places, text, projects, lang)  # "Fundacja X\nŁódź" above a list: its items' town
    guarded(_none, one_project_twice, projects)  # "SĄSIEDZI Z DALEKA" over "Sąsiedzi z daleka. Podkarpacka …"
    return Extraction(doc.name, lang, [p for p in projects if p.title])


def _none() -> None:
    return None


def _page_contact_off_last_item(text: str, projects: list[Project], segs: list[segment.Segment]) -> None:
    """A nameless e-mail below a list of one-paragraph items is the page's (people.list_tail)."""
    from ngo_atlas.extract.people import list_tail

    cut = list_tail(text, [(sg.start, sg.end) for sg in segs]) if len(projects) == len(segs) else None
    if cut is not None:
        last = projects[-1]
        # (a named person there whose line speaks of the call is the page's too: "Gratulujemy!
        # … Pytania: X, koordynatorka programu" asks about the call, not its last grantee's project)
        last.people = [q for q in last.people if not q.span or q.span.start < cut
                       or q.name and not _CALL_WORD.search(text, *line_at(text, q.span.start))]


# the words of a grant call or scheme on a line after a list of its grants (programme, competition,
# call, regranting, applicants)
_CALL_WORD = re.compile(r"(?<![\w])(?i:program(?:u|ie|em)?|konkurs\w*|nab(?:ór|oru|orze)|regranting\w*|"
                        r"wnioskodaw\w*|programme|competition|call|applicants?|програм\w*|конкурс\w*)(?![\w])")


def _funder_towns(projects: list[Project], lang: str) -> None:
    """A city or commune that pays for a project ("Miasto Kielce", "budżet Miasta Rzeszowa")
    funds work done in it: its town is one of the project's places."""
    from ngo_atlas.extract.places import funder_town
    from ngo_atlas.model import Tagged

    for p in projects:
        for f in p.funding:
            town = funder_town(f.funder, lang) if f.funder else None
            if town and town.casefold() not in {t.value.casefold() for t in p.places}:
                p.places.append(Tagged(town, Span(f.span.start, f.span.end, "funder_town", 0.6)
                                       if f.span else None))


def _list_status(text: str, projects: list[Project], segs: list[segment.Segment]) -> None:
    """Items of a list page without a status of their own take the one its heading or
    intro gives ("Projekty zakończone"); the menu above names every kind and is skipped."""
    if len(segs) < 2:
        return
    st = list_status(text, header_end(text), min(sg.start for sg in segs))
    st = _intro_clause(text, projects, segs) or st
    prev, sec = header_end(text), None
    for p, sg in zip(projects, segs):
        # "ZREALIZOWANE … REALIZUJEMY TERAZ": the last section heading above the item's name
        head, head_end = sg.title_span or (sg.start, sg.start)
        sec = (section_status(text, prev, head) if head > prev else None) or sec
        prev = max(prev, head_end)
        own = sec or st
        if own and (not p.status or sec and _read_above(p, head)):
            p.status, p.spans["status"] = own


def _all_items_ended(text: str, projects: list[Project]) -> None:
    """Items without a status of their own take "completed" where the page says all of its
    projects have ended (alldone.all_items_ended)."""
    if len(projects) < 2 or all(p.status for p in projects):
        return
    found = all_items_ended(text)
    if found:
        for p in projects:
            if not p.status:
                p.status, p.spans["status"] = found


def _read_above(p: Project, head: int) -> bool:
    """The item's status was read above its name (the list's intro: "Realizujemy projekty …"):
    a section heading nearer the item ("ZAKOŃCZONE") says more of it."""
    span = p.spans.get("status")
    return span is not None and span.start < head


def _intro_clause(text: str, projects: list[Project], segs: list[segment.Segment]):
    """The list intro's relative clause on its project noun (status.intro_clause_status):
    the items' status; where it lists several kinds, a status read in it is dropped."""
    a = min([header_end(text)] + [i for sg in segs for i, _ in sg.intro])
    b = min(sg.start for sg in segs)
    found = intro_clause_status(text, a, b) if a < b else None
    if found is None or found[0] is not None:
        return found
    for p in projects:
        span = p.spans.get("status")
        if p.status and span and a <= span.start < b:
            p.status = None
            del p.spans["status"]
    return None


def _event_leaves_parent_facts(projects: list[Project], segs: list[segment.Segment]) -> None:
    """An event page that names the project it is part of: the sentence naming the project
    gives the project's period and status ("…, który X realizuje od stycznia 2025 r. do
    grudnia 2026 r."), not the event's; the event keeps its own date (a dateline, "7 czerwca")
    and shares the project's payers and runner, which pay for and run it too."""
    if len(segs) != 2 or segs[1].rule != "parent_project":
        return
    ev, a, b = projects[0], segs[1].start, segs[1].end
    for key in ("start", "end", "status"):
        sp = ev.spans.get(key)
        if sp is not None and a <= sp.start < b:
            setattr(ev, key, None)
            del ev.spans[key]


_JOB = cue(r"szukamy\s+osoby|poszukuj(?:emy|e)|oferta\s+pracy|oferujemy|umow\w*\s+o\s+pracę|"
           r"ищем|шукаємо|wynagrodzenie|cv\b|list\s+motywacyjny|"
           r"rekrutacj\w*|stanowisk\w*|we\s+are\s+hiring|job\s+offer|vacancy|salary|apply\s+by|"
           r"ваканси\w*|резюме|зарплат\w*|заробітн\w*")


# the most an offer's own block spans: its post, duties, "Oferujemy", "CV" and salary lines
_OFFER_BLOCK = 1200


def is_job_offer(text: str) -> bool:
    """A job advertisement (position, salary, CV): it may name the project that pays the
    post, but it describes no project of its own. The offer is the page's block: three cues
    of it lie together ("Oferujemy: umowę o pracę … wynagrodzenie … CV prosimy przesyłać"),
    where a long report's "warsztaty pisania CV", a "stanowisko w sprawie …" and its staff
    "na podstawie umowy o pracę" lie pages apart."""
    cues = [(m.start(), m.group().lower()[:6]) for m in _JOB.finditer(text)]
    if len({k for _s, k in cues}) < 3 or opens_as_report(text):
        return False  # (an activity report's staff section gives the cues too: a report is no offer)
    return any(len({k for s, k in cues[i:] if s - start <= _OFFER_BLOCK}) >= 3
               for i, (start, _k) in enumerate(cues))


def _posts_in_dated_project(text: str) -> bool:
    """A job offer for a project that it also describes with the project's own particulars, a
    period or a start and who pays for it ("Projekt rozpocznie się 1 września … dofinansowanie
    z Funduszu X"): the project is the page's subject too. An offer that names only a salary,
    or a payer with no period, describes the post alone."""
    # the date in a sentence with the project as its subject ("umowa o pracę od 1 lutego" alone
    # dates the post); a lone end dates the project only in a sentence that names no post
    # ("Projekt realizujemy z X; trwa on do 31.12.2026 r.", not "umowa o pracę na czas
    # projektu, do 31.12.2026")
    dated = False
    for m in PROJECT_WORDS.finditer(text):
        stop = _SENTENCE_END.search(text, m.end(), m.end() + 200)
        stop_at = stop.start() if stop else min(len(text), m.end() + 200)
        since, until = open_dates(text, m.start(), stop_at)
        if find_periods(text, m.start(), stop_at) or since \
                or until and not _JOB.search(text, _sentence_begins(text, m.start()), stop_at):
            dated = True
            break
    return dated and any(f.funder for f in find_funding(text, 0, len(text), [], "pl"))


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_begins(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (200 characters back at most)."""
    lo = max(0, at - 200)
    ends = list(_SENTENCE_END.finditer(text, lo, at))
    return ends[-1].end() if ends else lo


# A call for proposals: its headline names a call ("Ruszył nabór …", "Konkurs grantowy …",
# "Call for proposals: …", "Открыт грантовый конкурс …") and its text invites applications for
# money ("wnioski można składać do …", "organizacje mogą składać oferty", "applications can be
# submitted", "можно подать заявку"). It describes a pot and its rules, and the projects it
# will fund do not exist yet (a call's own name may be quoted: "Konkurs „Razem” 2025"). A call's
# *results* ("Wyniki naboru", "Rozstrzygnięcie konkursu", "Lista projektów wybranych …") list
# funded projects, and a project's own recruitment ("Nabór uczestników do projektu „X”") names
# its project in its headline: those stay.
_CALL_NOUN = re.compile(
    r"(?<![\w])(?:nab[oó]r\w*|konkurs\w*|calls?[^\S\n]+for[^\S\n]+(?:proposals|applications|projects)|"
    r"(?:grant|funding)[^\S\n]+(?:call|competition)s?|open[^\S\n]+calls?|конкурс\w*|"
    r"прием[^\S\n]+заявок|при[йё]ом[^\S\n]+заявок|набір[^\S\n]+заявок|набор[^\S\n]+заявок)(?![\w])",
    re.IGNORECASE)
_CALL_RESULT = re.compile(
    r"(?<![\w])(?:wynik\w*|rozstrzygn\w*|list[aąy]|wybran\w*|laureat\w*|zwycię\w*|dofinansowan\w*[^\S\n]+projekt\w*|"
    r"results?|selected|winners?|awarded|funded|итог\w*|результат\w*|победител\w*|переможц\w*|підсумк\w*)(?![\w])"
    r"|(?<![\w])(?:do|to|в|у)[^\S\n]+(?:projekt\w*|project|проект\w*|про[єе]кт\w*)(?![\w])",
    re.IGNORECASE)
_APPLY = re.compile(
    r"(?<![\w])(?:(?:składać|złożyć|składania|składanie|złożenia)[^\S\n]+(?:\w+[^\S\n]+)?(?:wnios\w+|ofert\w*)|"
    r"(?:wnioski|oferty)[^\S\n]+(?:\w+[^\S\n]+)?(?:można|należy|trzeba)[^\S\n]+(?:\w+[^\S\n]+)?(?:składać|złożyć|przesyłać)|"
    r"(?:submit|send)[^\S\n]+(?:their[^\S\n]+|your[^\S\n]+)?(?:proposals|applications)|"
    r"(?:proposals|applications)[^\S\n]+(?:can|may|must|should)[^\S\n]+be[^\S\n]+(?:submitted|sent)|"
    r"apply[^\S\n]+for[^\S\n]+(?:a[^\S\n]+)?(?:grants?|funding)|"
    r"пода(?:ть|ти|ча|чи|ння)[^\S\n]+(?:\w+[^\S\n]+)?заяв\w*|заявки[^\S\n]+(?:принимаются|приймаються))",
    re.IGNORECASE)


def funding_call(text: str) -> bool:
    """The page announces a call for proposals (its headline names a call, its text invites
    applications), not a project: no record."""
    top = header_end(text)
    hs = headings(text, top, min(len(text), top + 1500), limit=2)
    if not any(_CALL_NOUN.search(t) and not _CALL_RESULT.search(t) for _a, _b, t in hs):
        return False
    return _APPLY.search(text) is not None


# "projekt ustawy", "projektem rozporządzenia": a draft law, not a project
_NON_PROJECT = re.compile(r"\w+\s+(?:" + alternation(lexicon()["non_project_next_words"]) + r")\b",
                          re.IGNORECASE)
_EVIDENCE_KEYS = {"funder", "period", "start", "amount", "lead", "partner", "title", "coordinator"}


def is_about_project(text: str, labels: list[LabelHit]) -> bool:
    """A page describes a project when it names one and gives some of its particulars:
    labels, a period, a funder, or the project as the subject of the text."""
    if sum(1 for h in labels if h.key in _EVIDENCE_KEYS) >= 2:
        return True
    from ngo_atlas.extract.tables import table_rows

    if table_rows(text):  # a table with a project column and its particulars
        return True
    words = [m for m in PROJECT_WORDS.finditer(text)
             if not _NON_PROJECT.match(text, max(0, m.start()), m.end() + 30)]
    if not words:
        from ngo_atlas.extract.title import runs_named_programme

        # "Програму «X» реалізує Фундація Y": a project by another noun; "Обмін фінансувався
        # ЄС у рамках програми «Еразмус+» (сума гранту – 21 870 євро)": a grant from a named
        # programme pays for it, whatever the page calls it (an exchange, a course)
        return runs_named_programme(text) or _paid_undertaking(text) or headline_undertaking(text)
    # Beyond the word, the page must name the project, date it, pay for it, label it,
    # or say who runs it: an organisation profile that mentions "projekty" is no project.
    from ngo_atlas.extract.dates import find_periods as periods
    from ngo_atlas.extract.funding import find_funding
    from ngo_atlas.extract.organisations import LEAD_AFTER, LEAD_VERB

    if len(words) >= 3 and (periods(text) or any(
            LEAD_VERB.search(text, max(0, w.start() - 80), w.end() + 80) or
            LEAD_AFTER.search(text, max(0, w.start() - 10), w.end() + 60) for w in words)):
        return True
    from ngo_atlas.extract.money import grant_amount
    from ngo_atlas.extract.title import (
        acronym_titles,
        is_profile_page,
        quoted_titles,
        sentence_case_titles,
        unquoted_titles,
    )

    if any(f(text, 0, len(text)) for f in (quoted_titles, unquoted_titles, acronym_titles,
                                           sentence_case_titles)):
        return True
    # "O nas": an organisation that runs unnamed projects (its "Zespół:" label is the body's team)
    if is_profile_page(text):
        return False
    if labels:
        return True
    grant = grant_amount(text, 0, len(text), [])
    if grant is not None and grant.confidence >= 0.8:
        return True
    return any(f.funder for f in find_funding(text, 0, len(text), [], "pl")) or headline_undertaking(text)


# "godz. 17.00–20.00", "16:30 – 19:00": an event's hours
_CLOCK_RANGE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[–—-]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")


_A_YEAR = re.compile(r"(?<!\d)(?:19[89]|20[0-4])\d(?!\d)")


def _paid_undertaking(text: str) -> bool:
    """A page that never says "projekt" still describes one undertaking when someone pays
    for it: a sum paid through a named programme ("сума гранту – 21 870 євро" from
    "Еразмус+"), a named payer ("Sieć działa dzięki dotacji z Samorządu…", a network
    co-funded by a programme), or a sum granted to the body named on a card under its
    heading. An organisation's profile and an event's page (its hours) name payers of
    other things. The page's grant and payers are read once, and only when asked for."""
    from ngo_atlas.extract.funding import find_funding
    from ngo_atlas.extract.furniture import agenda
    from ngo_atlas.extract.money import grant_amount
    from ngo_atlas.extract.title import is_profile_page

    grant = grant_amount(text, 0, len(text), [])
    funding = find_funding(text, 0, len(text), [], "pl") if grant is not None else None
    if funding and any(f.funder and f.programme for f in funding):
        return True
    if is_profile_page(text) or _CLOCK_RANGE.search(text) or agenda(text):
        return False
    # (a payer and a year: an undertaking with a time of its own, not "our work is funded by …")
    if _A_YEAR.search(text):
        if funding is None:
            funding = find_funding(text, 0, len(text), [], "pl")
        if any((f.funder or f.programme) and not _on_offer(text, f.span) and not _pays_for_site(text, f.span)
               for f in funding):
            return True
    return grant is not None and grant.confidence >= 0.8 and _card_heading(text)


# a modal of possibility with a verb of using or obtaining: "samorządy mogą korzystać ze środków
# X", "schools can apply for / use funds from the X", "громади можуть скористатися коштами X",
# "организации могут получить средства X"
_ON_OFFER = cue(r"(?:może|mogą|można|mogłyby|mogliby|can|could|may|might|може|можуть|можна|может|могут|можно)"
                r"\s+(?:\w+\s+){0,2}?(?:s?korzyst\w*|pozyska\w*|otrzyma\w*|uzyska\w*|ubiega\w*|use|access|obtain|"
                r"receive|get|draw|apply|скориста\w*|користува\w*|отрима\w*|претендува\w*|воспольз\w*|"
                r"пользова\w*|получ\w*|претендова\w*)(?:\s+(?:\w+\s+){0,4}?)?$")


def _on_offer(text: str, span) -> bool:
    """The payer is only on offer to a class of bodies, not paying for this page's undertaking:
    its clause, right before it, says bodies *can* use or obtain its money (a news report on
    what funds exist). Like a payer only needed ("potrzebujemy wsparcia z budżetu"), it makes no
    paid undertaking of a page that never speaks of a project."""
    if span is None:
        return False
    s = max(text.rfind(c, 0, span.start) for c in ("\n", ",", ". ", "; ")) + 1
    return _ON_OFFER.search(text, max(s, span.start - 120), span.start) is not None


# the site itself as what is paid for: "Wydawanie portalu współfinansuje X", "This website was
# funded by X", "Сайт создан при поддержке X", "Портал фінансує X"
_SITE_NOUN = re.compile(r"(?<![\w])(?:portal\w*|serwis\w*|witryn\w*|stron\w*\s+internetow\w*|"
                        r"websites?|web\s+portal|сайт\w*|портал\w*|веб-?сайт\w*)(?![\w])", re.IGNORECASE)
_STOP_BEFORE_CAPITAL = re.compile(r"[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def _pays_for_site(text: str, span) -> bool:
    """The payer's sentence speaks of the site the page stands on (a news portal's footer: "Wydawanie
    portalu w 2025 r. współfinansuje X"): it pays for the publisher's site, not for an undertaking
    the page describes, so it makes no paid undertaking of a page that never says "projekt"."""
    if span is None:
        return False
    s = max(text.rfind("\n", 0, span.start) + 1, span.start - 160)
    # (the sentence's start: a stop before a capital, not an abbreviation's "2025 r. współfinansuje")
    s = max([m.end() for m in _STOP_BEFORE_CAPITAL.finditer(text, s, span.start)], default=s)
    e = text.find("\n", span.end)
    e = e if 0 <= e < span.end + 160 else span.end + 160
    stop = _STOP_BEFORE_CAPITAL.search(text, span.end, e)
    return _SITE_NOUN.search(text, s, stop.start() + 1 if stop else e) is not None



def _card_heading(text: str) -> bool:
    """The page's first heading is a name with a body's name on the line under it (the
    name itself may read like a body's: "Klub Sąsiedzki", "Punkt Wsparcia")."""
    hs = headings(text, header_end(text), len(text), limit=1)
    if not hs:
        return False
    nxt = next((ln for ln in lines(text) if ln[0] > hs[0][1] and ln[2].strip()), None)
    return nxt is not None and segment._org_line(nxt[2].strip()) and not nxt[2].rstrip().endswith(".")


def _project(text: str, sg: segment.Segment, labels: list[LabelHit], lang: str, shared: dict | None = None) -> Project:
    p = _facts(text, sg, labels + sg.labels, lang)
    _own_range_facts(text, sg.start, sg.end, p)
    for s, e in sg.more:  # prose about a table row: roles, status, people, places, activities
        sub = segment.Segment(s, e, sg.title, sg.title_span, sg.rule, False)
        q = _facts(text, sub, [], lang, shared)
        q.activities = guarded(list, find_activities, text, s, e)
        _merge(p, q)
    for s, e in sg.intro:  # a paragraph above a list: its period, payers and places only
        # PLACE-M: the page's own area ("wspieramy cudzoziemców na Pomorzu") yields to the
        # places the item names, kept where it names none (so read only then)
        q = _facts(text, segment.Segment(s, e, sg.title, sg.title_span, sg.rule, False), [], lang, shared,
                   places=not p.places)
        q.people = []
        q.organizations = [o for o in q.organizations if o.role == "funder"]
        _merge(p, q)
    if sg.rule == "table_row" and not any(f.funder for f in p.funding):
        # ("Wyniki konkursu ofert na realizację zadań publicznych Gminy X": X gives every row's grant)
        owner = guarded(_none, public_task_owner, text, sg.start, lang)
        if owner:
            q = Project()
            q.funding = [owner]
            _merge(p, q)
    return p


def _headline_title(p: Project, lang: str) -> None:
    """The page's heading is news about a named undertaking ("Stowarzyszenie X dołączyło do
    Śląskiej Sieci …"): the record takes that name, in the nominative."""
    ts = p.spans.get("title")
    if not p.title or ts is None or ts.rule not in ("heading", "recurring_heading"):
        return
    p.title = comment_cut(p.title)  # "Name – budujemy …": the name (TITLE-A)
    obj = headline_object(p.title, lang)
    if obj:
        a, b, p.title = obj
        p.spans["title"] = Span(ts.start + a, ts.start + b, "headline_object", 0.7)


def _merge(p: Project, q: Project) -> None:
    p.status = p.status or q.status
    if p.start is None and p.end is None and (q.start or q.end):  # "Zadania będą realizowane od …"
        p.start, p.end = q.start, q.end
        p.spans.update({k: q.spans[k] for k in ("start", "end") if k in q.spans})
    payers = _payers_with_programme(q.funding)
    if payers and not any(f.funder for f in p.funding):  # "dotacje z budżetu Miasta X …:"
        own = p.funding[0] if p.funding else None
        p.funding = [Funding(f.funder, f.programme, own.amount if own and i == 0 else None,
                             own.currency if own and i == 0 else None, f.span)
                     for i, f in enumerate(payers)]
        q.organizations += [OrgRef(f.funder, "funder", f.span) for f in payers]
    if q.status and "status" in q.spans:
        p.spans.setdefault("status", q.spans["status"])
    funders = {f.funder for f in p.funding}
    p.organizations = merge_orgs(p.organizations + [o for o in q.organizations
                                                    if o.role != "funder" or o.name in funders])
    p.people += [x for x in q.people if x.name not in {y.name for y in p.people}]
    p.places += [x for x in q.places if x.value not in {y.value for y in p.places}]
    p.activities += q.activities


def _facts(text: str, sg: segment.Segment, labels: list[LabelHit], lang: str, shared: dict | None = None,
           places: bool = True) -> Project:
    """The facts of sg's range. shared (a list's intro and table prose, read with no labels for
    each of its items): the finders that read neither the item's title nor other facts keep
    their results there, and the next item gets copies of them. places=False: the caller
    drops the range's places, so they are not looked for."""
    s, e = sg.start, sg.end
    p = Project()
    if sg.title:
        p.title = clean_heading(sg.title, text)
        p.spans["title"] = Span(*(sg.title_span or (s, s)), sg.rule, 0.8)
    else:
        t = guarded(_none, choose_title, text, s, e, labels)
        if t:
            p.title, p.spans["title"] = t
    guarded(_none, _headline_title, p, lang)
    guarded(_none, _dates, text, s, e, labels, p, shared)
    st = _read_once(shared, _none, find_status, text, s, e, labels) or \
        guarded(_none, took_place_status, text, s, e, p.title)
    if st:
        p.status, p.spans["status"] = st
    operators: list[OrgRef] = []  # bodies that handed on another's money (FUND-H)
    # ("w ramach programu „Razem dla\nedukacji”": a quoted programme wrapped over a line is read whole)
    p.funding = _read_once(shared, list, find_funding, join_wrapped_quotes(text, s, e), s, e, labels, lang, operators,
                           out=operators)
    guarded(_none, _grant_money, text, s, e, labels, lang, p)
    # ("ze Stowarzyszeniem\nRzeszowska Inicjatywa": a body's name wrapped over a line is read whole)
    orgs = _one_lead(_read_once(shared, list, find_organisations, join_wrapped_bodies(text, s, e), s, e, labels, lang))
    # "| Organizacja | Region |": a table of bodies (its "(lider)" a partner where the text names the lead)
    leads = tuple(o.name for o in orgs if o.role == "lead")
    orgs.extend(guarded(list, table_bodies, text, s, e, lang, leads))
    orgs.extend(guarded(list, _card_lead, text, p, lang))
    orgs = guarded(lambda: orgs, activity_runners_as_partners, text, orgs, p.title)
    if not any(o.role == "lead" for o in orgs):
        orgs.extend(guarded(list, _title_owner, text, p, lang) or guarded(list, _grantee, text, p, lang))
    orgs.extend(OrgRef(f.funder, "funder", f.span) for f in p.funding if f.funder)
    # (the bodies already found count only by their names and whether one leads)
    orgs.extend(_read_once(shared, list, mentioned_orgs, text, s, e, lang, orgs,
                           reads=(tuple(o.name for o in orgs), any(o.role == "lead" for o in orgs))))
    orgs = guarded(lambda: orgs, with_foreign_tails, text, orgs, lang)  # "Jaunimo iniciatyvų centras": read whole
    orgs = [o for o in orgs if not _is_title(o, p) and not not_a_body(o.name, lang)
            and not (o.role != "funder" and places_joined(o.name, lang))]  # "Kutno i Mielec": towns joined, whoever took them
    p.people = _read_once(shared, list, find_people, text, s, e, labels, lang)
    p.people.extend(guarded(list, contact_emails, text, s, e, p.people))
    if not any(o.role == "lead" for o in orgs):
        orgs.extend(guarded(list, _coordinator_org, p) or guarded(list, staff_lead, text, p.people, lang))
    # ("Project lead: Chinedu Okafor": a name the people finder reads as a person's is no body)
    persons = {q.name.casefold() for q in p.people if q.name}
    p.organizations = [o for o in merge_orgs(orgs) if not _bare_head(o.name) and not (
        o.name.casefold() in persons and not any(is_org_head(w) for w in o.name.split()))]
    # (a minister who signs the agreement with a foundation that leads it signs for the other side)
    p.people = guarded(lambda: p.people, officials_of_other_sides, text, p.people, p.organizations)
    if operators:
        p.organizations = guarded(lambda: p.organizations, operator_roles, p.organizations, operators, p.funding)
    p.funding = guarded(lambda: p.funding, operators_pay_nothing, p.funding, p.organizations)  # FUND-O
    ts = p.spans.get("title")
    p.places = guarded(list, find_places, text, s, e, labels, lang, (ts.start, ts.end) if ts else None,
                       [(o.span.start, o.span.end) for o in p.organizations if o.span]) if places else []
    return p


_FAILED = object()


def _failed() -> object:
    return _FAILED


def _read_once(shared: dict | None, empty, fn, text: str, s: int, e: int, *rest, out: list | None = None,
               reads: tuple = ()):
    """guarded(empty, fn, text, s, e, *rest), read once per range of the page where shared is
    given: the first call keeps a copy of the result (and of what fn added to ``out``, one of
    its arguments: find_funding's operators), later ones get copies of it, so that each item
    may change its own. A failing read is kept by no one, and noted each time as guarded notes it.
    reads: what fn reads of an argument that may differ between the items (mentioned_orgs: the
    names of the bodies found so far), so that only a read of the same is shared."""
    if shared is None:
        return guarded(empty, fn, text, s, e, *rest)
    key = (fn, s, e, *reads)
    if key in shared:
        found, added = copy.deepcopy(shared[key])
        if out is not None:
            out.extend(added)
        return found
    found = guarded(_failed, fn, text, s, e, *rest)
    if found is _FAILED:
        return empty()
    shared[key] = copy.deepcopy((found, list(out or ())))
    return found


def _remembered(shared: dict | None, fn, text: str, s: int, e: int):
    """fn(text, s, e), read once per range of the page where shared is given (as _read_once,
    unguarded: a failure is the caller's)."""
    if shared is None:
        return fn(text, s, e)
    key = (fn, s, e)
    if key in shared:
        return copy.deepcopy(shared[key])
    found = fn(text, s, e)
    shared[key] = copy.deepcopy(found)
    return found


def _own_range_facts(text: str, s: int, e: int, p: Project) -> None:
    """The record's addresses, activities, themes and groups, read in its own range only: a
    table row's prose and a list's intro (_project) give none of them but the row's activities,
    so they are not looked for there."""
    p.urls = guarded(list, _urls, text, s, e, p.title, [n for f in p.funding for n in (f.funder, f.programme) if n])
    p.activities = guarded(list, find_activities, text, s, e)
    p.themes = guarded(list, find_themes, text, s, e)
    p.target_groups = guarded(list, find_target_groups, text, s, e)


def _grant_money(text: str, s: int, e: int, labels: list[LabelHit], lang: str, p: Project) -> None:
    """The project's grant: a sum tied to the first payer, or to none, and the shares."""
    amount_labels = [(h.start, h.end) for h in labels if h.key == "amount"]
    shared = funder_shares(text, s, e, p.funding, lang)
    # (a label's cell is read on its own only where the text gives no sum a currency; a total
    # the grant chooser turned down as shared stays down)
    money = None if shared else grant_amount(text, s, e, amount_labels, [f.funder for f in p.funding]) \
        or (None if find_money(text, s, e) else _label_money(labels, s, e))
    if shared == "sentence" and p.funding[0].amount is None:  # the first payer's grant is still the page's grant
        money = grant_amount(text, s, e, amount_labels, [f.funder for f in p.funding])
        if money and any((f.amount, f.currency) == (money.amount, money.currency) for f in p.funding):
            money = None
    if shared is True and p.funding[0].amount is None:  # the first payer's keyed grant (FUND-G)
        money = keyed_grant(text, labels, s, e, p.funding)
    if money and any((f.amount, f.currency) == (money.amount, money.currency) for f in p.funding[1:]):
        money = None  # a sum already tied to its own payer is not the page's grant
    if money and p.funding and p.funding[0].funder and any(h.start == money.start for h in collection_hits(text, s, e)):
        money = None  # (FUND-M) what a collection brought in is no named payer's grant (funder null below)
    if money and (money.amount, money.currency) in table_totals(text, s, e, lang):
        money = None  # (FUND-M) a source table's total is no one payer's grant
    if money:
        target = p.funding[0] if p.funding else Funding(span=Span(money.start, money.end,
                                                                  money.rule, money.confidence))
        target.amount, target.currency = money.amount, money.currency
        if not p.funding:
            p.funding.append(target)
    second_payers(text, s, e, p.funding, lang)  # SHARE-2: a later payer's own clause and sum
    last_payer_share(text, s, e, p.funding)  # AMOUNT-J: the last payer's share
    collection_sums(text, s, e, p.funding)  # AMOUNT-K: a collection's sum, funder null
    split_totals(text, s, e, p.funding, lang)  # SHARE-T: a payer's total of two named shares


def _bare_head(name: str) -> bool:
    """"Program zakończył się ...": a head word alone, a common noun, names no body
    (a proper one-word name such as "Caritas" is not a common noun)."""
    from ngo_atlas.lang import polish

    if " " in name.strip() or not is_org_head(name):
        return False
    return any("nazwa_pospolita" in a[3] for a in polish.analyse(name)) or name.lower() in {
        "foundation", "association", "institute", "centre", "center", "fund", "programme", "program"}


def _is_title(o: OrgRef, p: Project) -> bool:
    """'Projekt „Dom na Czas Wojny” zakończył się': the project's own name, read as a
    body because it starts with a head word ("Dom"), is not an organisation."""
    if o.role == "funder" or not p.title:
        return False
    ts = p.spans.get("title")
    inside = ts is not None and o.span is not None and ts.start - 1 <= o.span.start and o.span.end <= ts.end + 1
    return inside or words_key(o.name) == words_key(p.title)


def _one_lead(orgs: list[OrgRef]) -> list[OrgRef]:
    """"Organizatorzy: A, B, C" and "realizowane przez A": a project has one lead, the one
    the text says runs it; the other listed organisers are its partners."""
    from ngo_atlas.extract.organisations import same_org

    listed = [o for o in orgs if o.role == "lead" and o.span and o.span.rule == "label:lead"]
    said = {o.name for o in orgs if o.role == "lead" and o.span and o.span.rule in ("lead_phrase", "lead_verb")}
    if len(listed) < 2 or len(said) != 1:
        return orgs
    runner = next(iter(said))
    if not any(same_org(o.name, runner) for o in listed):
        return orgs
    for o in listed:
        if not same_org(o.name, runner):
            o.role = "partner"
    return orgs


def _label_money(labels: list[LabelHit], s: int, e: int):
    """An amount cell whose currency only its column header names ("Kwota (PLN)")."""
    from ngo_atlas.extract.money import MoneyHit, find_money

    for h in labels:
        if h.key == "amount" and s <= h.start < e:
            found = find_money(h.value)
            if found:
                return MoneyHit(h.start, h.end, found[0].amount, found[0].currency,
                                "money_table_column", 0.85)
    return None


def _dates(text: str, s: int, e: int, labels: list[LabelHit], p: Project, shared: dict | None = None) -> None:
    start = end = dated = None
    for h in labels:
        if not s <= h.start < e:
            continue
        if h.key == "period" and start is None and dated is None and page_day_label(text, h.start, h.end):
            dated = h  # "Data: 18.12.2023" alone on its line: the page's day, unless nothing else dates it
            continue
        if h.key == "period" and start is None:
            per = find_periods(text, h.start, h.end)
            if per:
                start, end = per[0].start, per[0].end
            else:
                ds = [d for d in find_dates(text, h.start, h.end) if d.year]
                if len(ds) >= 2:
                    start, end = ds[0], ds[-1]
                else:  # "Okres: 2023": one year (or month) alone is both ends
                    start = end = lone_period(text, h.start, h.end)
        elif h.key == "start" and start is None:
            ds = [d for d in find_dates(text, h.start, h.end) if d.year]
            start = ds[0] if ds else None
            if end is None:
                end = open_dates(text, h.start, h.end)[1]
        elif h.key == "end" and end is None:
            ds = [d for d in find_dates(text, h.start, h.end) if d.year]
            end = ds[0] if ds else None
    rule = "label"
    if start is None and end is None:  # "Rok: 2022", "Realizacja: 2022" (no period label)
        start, end = year_label_bounds(text, s, e)
    if start is None and end is None:
        start, end, rule = _remembered(shared, _dates_from_text, text, s, e)
    if start is None and end is None and dated is not None:
        start = end = lone_period(text, dated.start, dated.end)
        rule = "label"
    if start is None and end is None and "title" in p.spans:
        year = _YEAR_AFTER_TITLE.match(text, p.spans["title"].end)
        if year:  # "„Rodzina w nowym mieście” (2021) – …": the year the project ran
            hit = DateHit(year.start(1), year.end(1), int(year.group(1)))
            start, end, rule = hit, hit, "year_after_title"
    if start is None or end is None:  # "Program Integracji na lata 2022–2025": the title's years
        had = (start, end)
        start, end = with_title_years(text, p, start, end)
        rule = "title_years" if had == (None, None) and start else rule
    start = _refined(text, s, e, start, _BEGAN_IN)
    end = _refined(text, s, e, end, _ENDED_IN)
    start, end = sharpen(text, s, e, start, end)
    if start and end:  # the chosen two years are a school year's ("w roku szkolnym 2024/2025")
        start, end = school_year_bounds(text, start, end, s, e) or (start, end)
    if start and end is None:  # "od kwietnia 2025 r. – przez pół roku"
        end = duration_end(text, start, e)
    end_rule = rule
    if end is None:  # "potrwa do końca przyszłego roku": the page's date gives the year
        end = relative_end(text, s, e, start)
        end_rule = "relative_year_end"
    if start and end and end.year and start.year and (end.year, end.month or 12, end.day or 31) < (
            start.year, start.month or 1, start.day or 1):
        end = None  # an end before the start is another date (a deadline), not the project's
    if start:
        p.start, p.spans["start"] = start.iso(), Span(start.start, start.end, f"date:{rule}", 0.85)
    if end:
        p.end, p.spans["end"] = end.iso(), Span(end.start, end.end, f"date:{end_rule}", 0.85)


# "W latach 2019–2020 … Projekt zakończył się w grudniu 2020 r.": a sentence on when the
# project ended (began) makes a year-only bound more precise
_ENDED_IN = cue(r"(?:zakończ\w*\s+się|skończ\w*\s+się|dobiegł\w*\s+końca|ended|finished|"
               r"завершил\w*|завершив\w*|закінчив\w*|закончил\w*)\s+(?:w|we|in|в|у)?\s*")
_BEGAN_IN = cue(r"(?:rozpoczął\w*\s+się|rozpoczęł\w*\s+się|ruszył\w*|started|began|"
                r"начал\w*(?:ся|ась)|розпочав\w*|розпочал\w*)\s+(?:w|we|in|в|у)?\s*")


def _refined(text: str, s: int, e: int, bound: DateHit | None, cue: CI) -> DateHit | None:
    """A year-only bound replaced by a month of that same year the text states with the cue."""
    if bound is None or not bound.year or bound.month:
        return bound
    for m in cue.finditer(text, s, e):
        ds = [d for d in find_dates(text, m.end(), min(e, m.end() + 30)) if d.start == m.end()]
        if ds and ds[0].year == bound.year and ds[0].month:
            return ds[0]
    return bound


_YEAR_AFTER_TITLE = re.compile(r"[”“\"»]?\s*\(((?:19[89]|20[0-4])\d)\)")
_PROJECT_CONTEXT = re.compile(r"projekt|project|проект|realiz|реализ|реаліз|trwa|okres|period|"
                              r"termin|since|from|od\s|с\s|з\s|rok|year|"
                              # "Przez dziesięć dni (7–16 lipca)": how long it lasted
                              r"(?<!\w)(?:dni|days|дней|днів|tygodni|weeks|недел\w*|тижн\w*)(?!\w)|"
                              # "W latach 2025–2026 planujemy", "Коли: березень – листопад": when
                              r"(?<!\w)(?:latach|роках|годах|kiedy|когда|коли|when)(?!\w)",
                              re.IGNORECASE)


# "Program ... na lata 2021–2030": the programme's years, not the project's
_PROGRAMME_YEARS = re.compile(r"(?:na\s+lata|for\s+the\s+years|for|на\s+\d*\s*(?:годы|роки))\s*$",
                              re.IGNORECASE)


def _dates_from_text(text: str, s: int, e: int) -> tuple[DateHit | None, DateHit | None, str]:
    periods = [p for p in find_periods(text, s, e)
               if not (_PROGRAMME_YEARS.search(text, max(s, p.start.start - 20), p.start.start)
                       and not granted_for(text, p, s)) and not is_reporting_period(text, p, s)
               and not is_programme_years(text, p) and not ended_before_page(text, p, s, e)]
    opened = None
    for per in run_periods_first(text, periods):
        ctx = text[max(s, per.start.start - 150):per.end.end + 60]
        if _PROJECT_CONTEXT.search(ctx) or per.start.start - s < 300:
            if per.start.month is None and per.end.month is None:  # DATES-K: bare years
                opened = open_dates(text, s, e)
                if bare_years_outside(text, per, *opened):
                    return opened[0], opened[1], "open"
                if opened[0] and opened[0].month and sum_years(text, per) and not granted_for(text, per, s) \
                        and not sharpen(text, s, e, None, per.end)[1].month:
                    # DATE-S: the sum's years (not a grant's "na lata", the project's own), the
                    # start stated apart and no end said to the month
                    return opened[0], opened[1], "open"
            since = since_start(text, s, e, per)
            if since:  # "realizuje od 2023 roku … trzecia edycja potrwa od 3 marca do …"
                return since[0], since[1], "since"
            return per.start, per.end, "range"
    first, last = opened or open_dates(text, s, e)
    if first or last:
        return first, last, "open"
    day = _event_day(text, s, e)
    if day:
        return day, day, "event_day"
    ls = s  # the item's own first lines: a list item's year may stand under its name
    for line in text[s:e].split("\n", 10)[:10]:
        if re.fullmatch(r"\s*(?:19[89]\d|20[0-4]\d)\s*", line):
            d = find_dates(text, ls, ls + len(line))
            return (d[0] if d else None), None, "year_line"
        ls += len(line) + 1
    return None, None, "none"


_EVENT = re.compile(r"konferencj|seminari|warsztat|debat|webinar|conference|workshop|seminar|"
                    r"конференц|семинар|семінар|воркшоп|вебинар|вебінар", re.IGNORECASE)


def _event_day(text: str, s: int, e: int) -> DateHit | None:
    """A conference or workshop presented as the project: the one full date near the top
    is the day it starts and ends ("24 października 2025 r., godz. 10:00")."""
    top = min(e, s + 600)
    if not _EVENT.search(text, s, top):
        return None
    days = [d for d in find_dates(text, s, top) if d.day and d.year and not is_dateline(text, d)]
    return days[0] if len({d.iso() for d in days}) == 1 else None


def _coordinator_org(p: Project) -> list[OrgRef]:
    """The coordinator's organisation ("Janina Owczarek (IOM)") runs the project."""
    for person in p.people:
        if person.role == "coordinator" and person.organization:
            return [OrgRef(person.organization, "lead", person.span and Span(
                person.span.start, person.span.end, "coordinator_org", 0.6))]
    return []


def _title_owner(text: str, p: Project, lang: str) -> list[OrgRef]:
    """'projekt „X” Fundacji Y', 'проєкт «X» Асоціації Y': the organisation named right
    after the project's name owns it."""
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    ts = p.spans.get("title")
    if ts is None or ts.rule == "heading":
        return []
    pos = ts.end
    while pos < len(text) and text[pos] in "”“\"»' \t":
        pos += 1
    window_end = min(len(text), pos + 120)
    found = cyrillic_mentions(text, pos, window_end) or mentions(text, pos, window_end)
    if found and found[0][0] == pos:
        c = clean_org(text[found[0][0]:found[0][1]], lang)
        if c:
            return [OrgRef(c[0], "lead", Span(found[0][0], found[0][1], "title_owner", 0.6),
                           acronym=c[1])]
    return []


def _grantee(text: str, p: Project, lang: str) -> list[OrgRef]:
    """"3. Fundacja X – zadanie „T” – 35 000 zł": the list line's body before the title."""
    ts = p.spans.get("title")
    o = grantee_before_title(text, ts.start, lang) if ts is not None and ts.rule != "heading" else None
    return [o] if o else []


def _card_lead(text: str, p: Project, lang: str) -> list[OrgRef]:
    """A line right under the title holding only an organisation's name runs the project."""
    ts = p.spans.get("title")
    if ts is None:
        return []
    out = []
    following = [x for x in lines(text) if x[0] > ts.end and x[2].strip()][:2]
    for ls, le, line in following:
        t = line.strip()
        words = t.split()
        # ("Program: „X”", "Organizacja wiodąca: X" are label lines, their first word no body's)
        if 2 <= len(words) <= 8 and is_org_head(words[0]) and not t.endswith((".", ":")) \
                and not any(w.endswith(":") for w in words[:3]):
            c = clean_org(t, lang)
            if c:
                off = ls + line.index(t[0])
                out.append(OrgRef(c[0], "lead", Span(off, off + len(t), "card_lead", 0.7),
                                  acronym=c[1]))
            break
    return out


def _urls(text: str, s: int, e: int, title: str | None = None, payers: list[str] = ()) -> list:
    from ngo_atlas.model import Tagged

    out = []
    for a, b, u in find_urls(text, s, e):
        if is_project_url(text, a, u, title) and not names_payer(u, payers, title):
            out.append(Tagged(u, Span(a, b, "url", 0.8)))
    return out


# any Polish verb in the first person plural past ("zakończyliśmy", "zorganizowałyśmy"):
# found by its ending, which gives the regex a literal to skip ahead to
_WE_DID = re.compile(r"\w(?:li|ły)śmy\b")
_PAGE_OF = re.compile(r"^(?:Blog|Aktualności|Wiadomości|News|Новини|Новости)\s+"
                      r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]\w*\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")  # a name, not "Blog Fundacji"
_NAV_LINE = re.compile(r"(?:[A-Z]{2}\s*[|/·]\s*)+[A-Z]{2}|Menu|MENU")
FIRST_PERSON = cue(
    r"(?:realizujemy|prowadzimy|"
    r"rozpoczęliśmy|nasze\s+projekty|naszego\s+projektu|our\s+projects?|we\s+(?:run|ran|"
    r"implement\w*|carried\s+out|started|launched)|мы\s+(?:реализуем|реализовали|начали|провели)|"
    r"ми\s+(?:реалізуємо|реалізували|розпочали|провели)|наші\s+про[еє]кти|наши\s+проекты|"
    # "nasz projekt … dostał dofinansowanie", "nasze stowarzyszenie prowadzi projekt", "наш проєкт":
    # the page's own project, in any case of the possessive
    r"nasz(?:|ego|ym|emu)\s+projekt\w*|nasz[ea]\s+(?:stowarzyszenie|fundacja|organizacja|caritas|biblioteka|"
    r"szkoła|parafia|uczelnia)\s+"
    r"(?:prowadzi|realizuje|zrealizował[ao]|przygotował[ao])|наш(?:|его|ем|ому)\s+про[еє]кт\w*|"
    # "Nasza szkoła jest koordynatorem projektu", "наша фундація реалізовувала", "our association"
    r"nasz[ea]\s+(?:szkoła|parafia|uczelnia|stowarzyszenie|fundacja|organizacja)\s+(?:jest|był[ao])\s+"
    r"(?:koordynatorem|liderem|realizatorem)|наш[аеі]\s+(?:фундація|фундация|організація|организация|"
    r"асоціація|ассоциация|школа)\s+(?:реаліз|реализ|провод|провел|провела|провів)\w*|"
    r"our\s+(?:association|foundation|organi[sz]ation|school)\b)\b")


def _own_name_in_script(text: str, lang: str) -> tuple[int, int, tuple[str, str | None]] | None:
    """The owner's name in the page's own language: the last lines' address line that opens
    with a Cyrillic body ("Фонд «X», ул. Длуга 42, Краков")."""
    for ls, le, line in reversed(tuple(lines(text))[-6:]):
        a = ls + len(line) - len(line.lstrip())
        ms = cyrillic_mentions(text, a, le) if is_cyrillic(text[a:a + 20]) else ()
        if ms and ms[0][0] == a and text[ms[0][1]:ms[0][1] + 1] == ",":
            c = clean_org(text[ms[0][0]:ms[0][1]], lang)
            if c:
                return ms[0][0], ms[0][1], c
    return None


def _owner_head(line: str) -> str:
    """The name a page's first line gives: before a dash or bar, or after it where an acronym
    stands first ("SIM – Szczecińska Inicjatywa Międzykulturowa")."""
    from ngo_atlas.extract.organisations import is_acronym

    # ("Fundacja X › Aktualności": a breadcrumb's arrow ends the name too; "Blog Biblioteki X":
    # a page of a body names it in the genitive after the page's kind)
    parts = re.split(r"\s[–|›»-]\s", _PAGE_OF.sub("", line.strip()))
    if len(parts) == 2 and is_acronym(parts[0]) and any(is_org_head(w) for w in parts[1].split()):
        return parts[1]
    return parts[0]


def _page_owner_leads(text: str, projects: list[Project], lang: str, page_title: str | None = None,
                      raw: str | None = None) -> None:
    """A page that opens with an organisation's name and speaks of "our projects" or
    "we carried out" is that organisation's own: it runs projects that name no other runner.
    The site the page's <title> names after a dash or bar ("Projekt X – Stowarzyszenie Y") comes first."""
    if not projects:
        return
    # (ORG-R) a grant-giver's page: its owner runs none of the initiatives it funded
    giver = giver_cue(text, _second_title(projects)) if len(projects) > 1 else None
    if giver is None and all(any(o.role == "lead" and not _guessed(o) for o in p.organizations)
                             for p in projects):
        return
    found = _page_owner(text, projects, lang, page_title, raw)
    if found is None:
        return
    head, c, off, listed = found
    if giver is not None:
        projects = operator_in_items(projects, c[0], c[1], (off, off + len(head)), giver)
    for p in projects:
        # the learnt model's lead cut short of the owner's name ("Stowarzyszenie Pomocy
        # Matkom" of "… Matkom z Dziećmi im. X") gives way to the name the page heads with
        p.organizations = [o for o in p.organizations
                           if not (o.role == "lead" and _guessed(o) and c[0].startswith(o.name))]
        # ("Szczeciński Klub Integracji – mieszkańcy …" heading a page is the project's own name)
        # (a funder's list of the projects it paid for: the owner already there is no runner)
        if not any(o.role == "lead" for o in p.organizations) and not (
                p.title and words_key(p.title).startswith(words_key(c[0]))) and not (
                listed and any(words_key(o.name) == words_key(c[0]) for o in p.organizations)):
            p.organizations.insert(0, OrgRef(c[0], "lead", Span(off, off + len(head), "page_owner", 0.55),
                                             acronym=c[1]))


def _page_owner(text: str, projects: list[Project], lang: str, page_title: str | None,
                raw: str | None) -> tuple[str, tuple[str, str | None], int, bool] | None:
    """The page's owner as the text gives it: the evidence's text, the cleaned name and
    acronym, where the evidence starts, and whether a list's header named it; or None."""
    rep = report_owner(text, lang)  # "Sprawozdanie z działalności Fundacji X za rok 2023"
    if rep is not None:
        return (*rep, False)
    # (a language switcher or a menu button above the name is no name: "UA | PL", "Menu")
    first = next(((ls, line) for ls, _le, line in lines(text) if line.strip() and not _NAV_LINE.fullmatch(line.strip())),
                 None)
    if first is None:
        return None
    ls, line = first
    head = _owner_head(line)
    words = head.split()
    we = FIRST_PERSON.search(text) or _WE_DID.search(text) or speaks_as_we(text, lang)
    # the site its <title> names after a dash or bar ("Projekt X – Stowarzyszenie Y") speaks
    # as "we" (a news headline may open the text: "Klub „X” z grantem Fundacji Y")
    titled = _titled_owner(page_title, lang) if we else None
    # a list of projects under "Zrealizowane projekty" and its body's name line: that body's own
    listed = header_owner(text, _second_title(projects), lang) if len(projects) > 1 else None
    if listed is not None:
        return text[listed[2]:listed[3]], listed[:2], listed[2], True
    if titled is not None:
        # the name is in the <title>, not the text: the evidence is the words saying "ours"
        return text[we.start():we.end()], titled, we.start(), False
    # a name line may be long ("Stowarzyszenie Po-MOC dla Kobiet i Dzieci im. Marii
    # Niepokalanej"): up to clean_org's 12 words, but no sentence (it ends with no stop)
    # and no all-capitals banner (a network's or campaign's, not the page owner's)
    # (a programme's heading, "Program „X” 2020–2022", names a scheme, not the page's owner)
    if not (1 <= len(words) <= 12 and any(is_org_head(w) for w in words) and words[0] != "Program"
            and (len(words) <= 8 or not (head.endswith(".") or head.isupper()))):
        # no name heads the page: the body it introduces itself as ("Fundacja X wspiera …")
        # (or the body its copyright line names, "Stowarzyszenie X © 2025", in the raw text:
        # the footer is masked as boilerplate)
        own = (own_organisation(text, lang) or copyright_owner(raw or text, lang)) if we else None
        return None if own is None else (text[own[2]:own[3]], own[:2], own[2], False)
    if not (we or _named_again(text, ls + len(line), head) or _POST_STAMP.match(text, ls + len(line))
            or _OVER_REPORT.match(text, ls + len(line))
            or _SITE_MENU.match(raw if raw and len(raw) == len(text) else text, ls + len(line))
            or site_nav_under(raw if raw and len(raw) == len(text) else text, ls + len(line), head)
            or footer_signs_masthead(raw or text, head, lang)):
        return None
    c = clean_org(head, lang)
    if c is None:
        return None
    off = ls + line.index(head[0])
    own = _own_name_in_script(text, lang) if lang in ("ru", "uk") and not is_cyrillic(c[0]) else None
    if own:  # a Polish header over a Russian page: its footer names the body in Russian
        return text[own[0]:own[1]], own[2], own[0], False
    unit = masthead_unit(text, ls, line, head, lang)  # "Uniwersytet X\nOśrodek Y": the unit's site
    return (*unit, False) if unit else (head, c, off, False)


def _second_title(projects: list[Project]) -> int:
    """Where the second project's title starts: the header above a list ends there."""
    starts = [ts.start for p in projects[1:] if (ts := p.spans.get("title")) is not None]
    return min(starts, default=0)


# a site's navigation menu right under the name line ("Home | About us | Projects | Contact",
# "Про нас · Проєкти · Новини"): the name line is the site's masthead, the page the body's own,
# in any language (a page quoting another body's project has no menu under that body's name);
# read in the raw text, where the boilerplate mask has not blanked the menu
_SITE_MENU = re.compile(r"\n[^\S\n]*(?:[^\n|·•]{1,30}?[^\S\n][|·•][^\S\n]+){3}")


# a social-media post: the poster's name, then a line with the time it was posted and a
# separator ("22 listopada o 18:04 · 🌍", "Вчора о 10:12 · 🌐", "2 h · Public")
# a letterhead's name line over a document's heading ("Fundacja X\n[its masked address]\n\nRAPORT
# Z REALIZACJI ZADANIA"): the body whose report or note the page is
_OVER_REPORT = re.compile(r"\s*\n\s*(?=(?i:" + REPORT_NOUN.pattern.replace("(?i)", "") + r"))(?=[A-ZĄĆĘŁŃÓŚŹŻ]{4})")
_POST_STAMP = re.compile(r"\s*\n[^\n]{0,40}?(?:\d{1,2}:\d{2}|\d+\s*(?:h|godz\.?|год\.?|ч\.?))[^\n]{0,12}·")


def _unit_of_owner(unit: str, owner: str) -> bool:
    """"Instytut Socjologii Uniwersytetu Śląskiego" under "UNIWERSYTET ŚLĄSKI": the lead is a
    unit of the page's owner (its name holds the owner's words in another case), one body."""
    owner = re.sub(r"\s+(?i:w|we|in)\s+\S.*$", "", owner)  # its seat may be left out
    own = _stems(owner)
    return len(own) >= 2 and own <= _stems(unit) and len(unit.split()) > len(owner.split())


def _stems(name: str) -> set[str]:
    """The words' first five letters: the same word in any case ("Śląski", "Śląskiego")."""
    return {w[:5].casefold() for w in name.split() if len(w) > 3}


def _owner_joins_as_partner(text: str, projects: list[Project], lang: str) -> None:
    """"Koalicja X … Od 2024 r. realizujemy wspólnie projekt Y, którego liderem jest Z": the
    body the page heads with says "we" carry out a project another body leads, so it takes
    part as a partner."""
    from ngo_atlas.extract.organisations import same_org

    # (Polish pages only: elsewhere the heading often names the body in Polish and the text in
    # its own language, "Fundacja Inna Przestrzeń" / "Фонд «Инна Пшестшень»", one body)
    if lang != "pl" or len(projects) != 1 or not FIRST_PERSON.search(text):
        return
    ls, line = next(((a, ln) for a, _b, ln in lines(text) if ln.strip()), (0, ""))
    head = re.split(r"\s[–|-]\s", line.strip())[0]
    words = head.split()
    # (a parent over its unit, "Uniwersytet X\nOśrodek Y", heads the unit's own site)
    if not (2 <= len(words) <= 8 and is_org_head(words[0])) or masthead_unit(text, ls, line, head, lang):
        return
    c = clean_org(head, lang)
    p = projects[0]
    if c is None or not any(o.role == "lead" and not _guessed(o) for o in p.organizations) or any(
            same_org(o.name, c[0]) or _unit_of_owner(o.name, c[0]) for o in p.organizations):
        return
    off = ls + line.index(head[0])
    p.organizations.append(OrgRef(c[0], "partner", Span(off, off + len(head), "page_owner_partner", 0.5),
                                  acronym=c[1]))


def _short_owner_named_in_full(text: str, projects: list[Project], lang: str) -> None:
    """"nasza diecezjalna Caritas prowadzi projekt" on a page headed "Caritas Diecezji
    Siedleckiej": a body named by its head word alone is the one the heading names in full."""
    first = next((line.strip() for _ls, _le, line in lines(text) if line.strip()), "")
    words = first.split()
    if not (2 <= len(words) <= 8 and is_org_head(words[0])):
        return
    full = clean_org(first, lang)
    for p in projects if full else ():
        for o in p.organizations:
            if len(o.name.split()) == 1 and o.name == words[0] and o.role in ("lead", "partner"):
                o.name = full[0]


def _titled_owner(page_title: str | None, lang: str) -> tuple[str, str | None] | None:
    """The organisation a page's <title> names after its dash or bar ("Toruń Bez Barier –
    Stowarzyszenie Wiatrak Kultur"): the site's owner."""
    parts = re.split(r"\s[–|—-]\s|\s\|\s", page_title or "")
    for part in parts[1:]:
        words = part.split()
        if 1 <= len(words) <= 8 and any(is_org_head(w) for w in words):
            return clean_org(part.strip(), lang)
    return None


def _guessed(o: OrgRef) -> bool:
    return o.span is not None and o.span.rule == "org_model"


def _items_run_period(text: str, projects: list[Project], segs: list[segment.Segment]) -> None:
    """Items of a list or rows of a table with no dates of their own take the period the text
    above them says they run in (dates.items_run_period)."""
    if len(segs) < 2 or all(p.start or p.end for p in projects):
        return
    # (above the first undated item: a lead record the intro made itself keeps its own dates)
    found = items_run_period(text, header_end(text),
                             next(sg.start for p, sg in zip(projects, segs) if not (p.start or p.end))) \
        or _closing_run_period(text, segs[-1])
    if found is None:
        return
    for p in projects:
        if p.start is None and p.end is None:
            p.start, p.end = found[0].iso(), found[1].iso()
            p.spans["start"] = Span(found[0].start, found[0].end, "items_run_period", 0.6)
            p.spans["end"] = Span(found[1].start, found[1].end, "items_run_period", 0.6)


def _closing_run_period(text: str, last: segment.Segment) -> tuple[DateHit, DateHit] | None:
    """The paragraphs closing a list, past its last item's own one, may say when all the items
    run ("Dofinansowane inicjatywy będą realizowane od lipca do listopada 2024 r." under a
    call's results): dates.items_run_period read in each paragraph after the item's first, but
    one that speaks of one item ("Zadania tej inicjatywy …", "this initiative", "этой
    инициативы", "цієї ініціативи") is the last item's own."""
    end = max([last.end] + [b for a, b in last.more if a > last.start])
    gaps = list(BLANK_LINE.finditer(text, (last.title_span or (last.start, last.start))[1], end))
    for gap, after in zip(gaps, gaps[1:] + [None]):
        stop = after.start() if after else end
        found = None if _THIS_ONE.search(text, gap.end(), stop) else items_run_period(text, gap.end(), stop)
        if found:
            return found
    return None


# a singular demonstrative: the sentence speaks of one item, not of all of them
_THIS_ONE = re.compile(r"(?i)(?<![\w])(?:tej|tego|this|этой|этого|цієї|цього)(?![\w])")


def _intro_funding(text: str, projects: list[Project], segs: list[segment.Segment],
                   labels: list[LabelHit], lang: str) -> None:
    """Rows of a table of projects share the funder the text above the table names
    ("Do dofinansowania ze środków Funduszu X wybrano następujące projekty:")."""
    table = bool(segs) and all(sg.rule == "table_row" for sg in segs)
    if not table and len(segs) < 2:
        return
    # (a programme's paragraph over its sub-projects' cards speaks of them alone: segment.bullet_card)
    # (the programme's own record above its items is no item: the text above them ends at the first)
    items = [sg for sg in segs if sg.rule != PROGRAMME_RULE]
    intro_end = min([items[0].start] + [a for sg in segs if sg.rule == "bullet_card" for a, _b in sg.intro])
    intro_labels = [h for h in labels if h.end <= intro_end]
    found = _payers_with_programme(find_funding(text, 0, intro_end, intro_labels, lang))
    # (a list of grants, every item with its sum, shares its intro's operator as a table does)
    granted = table or (len(items) >= 2 and all(any(f.amount for f in p.funding) for p in projects))
    others = guarded(list, list_operators, text, intro_end, max(sg.start for sg in items), intro_labels, lang,
                     projects, found, granted)
    for p in projects:
        p.organizations = merge_orgs(p.organizations + [OrgRef(o.name, o.role, o.span, acronym=o.acronym)
                                                        for o in others])
        if found and not any(f.funder for f in p.funding):
            own = p.funding[0] if p.funding else None
            p.funding = [Funding(f.funder, f.programme, own.amount if own and i == 0 else None,
                                 own.currency if own and i == 0 else None, f.span)
                         for i, f in enumerate(found)]
            p.organizations = merge_orgs(p.organizations + [OrgRef(f.funder, "funder", f.span)
                                                            for f in found])
    _rows_call_name(text, intro_end, projects)


# "Wyniki otwartego konkursu ofert „X”", "konkursu grantowego „X”": the call the rows of a results
# table or of its cards were granted in, named right after its noun; "konkursu ofert w obszarze „Y”" (an area of
# tasks), "zadanie publiczne pn. „Z”" (one task) and "konkurs recytatorski „W”" (a contest) are not
_CALL_NAME = re.compile(r"(?<!\w)(?:(?i:konkurs\w*)(?:[^\S\n]+(?i:ofert|grantow\w+))?|"
                        # "wyniki programu grantowego „X”", "конкурса «X»", "грантової програми «X»",
                        # "the grant programme “X”": a grant programme's call (PROG-C)
                        r"(?i:program\w*)[^\S\n]+(?i:grantow\w+)|(?i:конкурс\w*)(?:[^\S\n]+(?i:грант\w+))?|"
                        r"(?i:грантов\w+)[^\S\n]+(?i:програм\w*)|(?i:grant)[^\S\n]+(?i:programme|competition|call))"
                        r"[^\S\n]+[„\"«“]([^”\"\n»]{3,90})[”\"»]|"
                        # "the “X” grant programme": the name before its nouns
                        r"[“\"]([^”\"\n]{3,90})[”\"][^\S\n]+(?i:grant)[^\S\n]+(?i:programme|competition|call)\b")


# "rozstrzygnięcie otwartego konkursu ofert na realizację zadań publicznych w obszarze „Kultura”
# pn. „X”": the call's own name after "pn." / "pod nazwą" later in its sentence (a wrapped line
# stays in it, a full stop or a blank line ends it); FUND-Q, round 34
_CALL_CALLED = re.compile(r"(?i)(?<!\w)(?:konkurs|конкурс)\w*(?:[^.\n]|\n(?!\s*\n)){0,240}?"
                          r"(?:(?<!\w)pn\.|pod[^\S\n]+nazwą|под[^\S\n]+названием|під[^\S\n]+назвою)"
                          r"[^\S\n]*[„\"«“]([^”\"\n»]{3,90})[”\"»]")


# one task or project right before "pn." ("w tym zadania pn. „X”", "projektu pod nazwą „X”"): the
# name is that task's, not the call's (as for _CALL_NAME)
_TASK_CALLED = re.compile(r"(?i)(?<!\w)(?:zadani[ae]|projekt\w*|inicjatyw\w*|przedsięwzię\w*|проект\w*|"
                          r"ініціатив\w*|инициатив\w*)(?:[^\S\n]+\w+)?[^\S\n]+(?:pn\.|pod[^\S\n]+nazwą|"
                          r"под[^\S\n]+названием|під[^\S\n]+назвою)[^\S\n]*[„\"«“]$")


def _called_call(text: str, intro_end: int) -> re.Match[str] | None:
    """The first "konkurs … pn. „X”" above the rows whose name is the call's, not one task's."""
    return next((m for m in _CALL_CALLED.finditer(text, 0, intro_end)
                 if not _TASK_CALLED.search(text, m.start(), m.start(1))), None)


def _rows_call_name(text: str, intro_end: int, projects: list[Project]) -> None:
    """Rows or cards of granted projects with a payer or a grant and no programme take the
    call's name the text above them gives (a results page: "Wyniki konkursu „X”", the cards
    under it each a grant with its sum; PROG-C)."""
    if not any(_granted(f) and not f.programme for p in projects for f in p.funding[:1]):
        return
    m = _CALL_NAME.search(text, 0, intro_end) or _called_call(text, intro_end)
    # (or the heading's unquoted scheme: "Fundusz X 2024 – poznajcie wyróżnione inicjatywy")
    name = next(g for g in m.groups() if g).strip() if m is not None else heading_call_name(text, intro_end)
    if name is None:
        return
    for p in projects:
        if p.funding and _granted(p.funding[0]) and not any(f.programme for f in p.funding):
            f = p.funding[0]
            p.funding[0] = Funding(f.funder, name, f.amount, f.currency, f.span)


def _granted(f: Funding) -> bool:
    """A funding item that names its payer or its sum."""
    return bool(f.funder) or f.amount is not None


def _payers_with_programme(funding: list[Funding]) -> list[Funding]:
    """The payers an introduction names, the programme it names on its own ("… w ramach
    Programu „X”. Na realizację zadań przeznaczono ze środków budżetu Y …") given to the first
    payer without one: the rows below share both, one item a funder as SCHEMA.md keeps them."""
    payers = [f for f in funding if f.funder]
    names = [f.programme for f in funding if not f.funder and f.programme]
    bare = next((f for f in payers if not f.programme), None)
    if names and bare is not None:
        payers[payers.index(bare)] = Funding(bare.funder, names[0], bare.amount, bare.currency, bare.span)
    return payers


def _named_again(text: str, after: int, owner: str) -> bool:
    """The site's owner named in the body: in full ("Fundacja Dobra Fabryka zapewniała")
    or by its bare head word ("prawnicy Stowarzyszenia odwiedzali")."""
    from ngo_atlas.lang import polish

    if owner in text[after:]:
        return True
    words = owner.split()
    head = polish.lemma_of(words[0])
    # "Miejska Biblioteka Publiczna …" heads the page, "Biblioteka od października prowadzi klub":
    # a head noun after an adjective names the owner even opening a sentence
    noun = None if is_org_head(words[0]) else next((w for w in words[1:3] if is_org_head(w)), None)
    noun_lemma = polish.lemma_of(noun) if noun else None
    rest = text[after:]
    for m in _CAPITALISED_THEN_LOWER.finditer(rest):  # one pass, one lemma per word
        lemma = polish.lemma_of(m.group(1))
        if noun_lemma is not None and lemma == noun_lemma:
            return True
        if lemma == head and (m.start() == 0 or rest[m.start() - 1] != "\n") and \
                not _sentence_start(text, after + m.start()):
            return True
    return False


_CAPITALISED_THEN_LOWER = re.compile(r"\b([A-ZĄĆĘŁŃÓŚŹŻ]\w+)\s+[a-ząćęłńóśźż]")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return not before or before[-1] in ".!?:\n"


def _share_funding(projects: list[Project], segs: list[segment.Segment]) -> None:
    """Projects of one page without a funder of their own share the page's funding."""
    donors = [p for p in projects if any(f.funder for f in p.funding)]
    if not donors:
        return
    for p, sg in zip(projects, segs):
        if not p.funding and sg.shared:
            p.funding = [Funding(f.funder, f.programme, None, None, f.span) for f in donors[0].funding]
            p.organizations.extend(OrgRef(f.funder, "funder", f.span) for f in p.funding if f.funder)
