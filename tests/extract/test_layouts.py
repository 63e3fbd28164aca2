"""Layouts beyond the dev set: tables of projects, news digests, definition lists."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _extract(text, name="t.txt"):
    return extract_document(Document("x", name, text))


def test_table_rows_become_projects():
    text = ("Annual report 2022\n\n"
            "| Project | Funder | Period | Grant |\n|---|---|---|---|\n"
            "| Open Doors | Municipality of Gdynia | 02/2022 – 12/2022 | PLN 64,000 |\n"
            "| Legal Compass | Stefan Batory Foundation | 01/2021 – 06/2022 | PLN 120,000 |\n\n"
            "Legal Compass, run together with the Association for Legal Intervention, gave "
            "online legal advice. The project was completed in June 2022.\n")
    ps = _extract(text).projects
    assert [p.title for p in ps] == ["Open Doors", "Legal Compass"]
    assert (ps[0].start, ps[0].end) == ("2022-02", "2022-12")
    assert (ps[1].funding[0].funder, ps[1].funding[0].amount) == ("Stefan Batory Foundation", 120000)
    assert ps[1].status == "completed"
    assert ("Association for Legal Intervention", "partner") in [(o.name, o.role)
                                                                 for o in ps[1].organizations]


def test_news_digest_items_are_separate_projects():
    text = ("Wiadomości z organizacji członkowskich\n\n"
            "• Fundacja Kalejdoskop Kultur zakończyła projekt „Sąsiedzi z daleka”, realizowany "
            "we Wrocławiu od stycznia 2021 r. do czerwca 2022 r. Projekt sfinansowała Gmina "
            "Wrocław kwotą 45 000 zł.\n\n"
            "• Stowarzyszenie Wspólnota Pokoleń realizuje w Białymstoku projekt „Podlaskie "
            "Centrum Praw Migrantów” (2022–2024). Koordynatorem projektu jest Paweł Grabowski.\n")
    ps = _extract(text).projects
    assert [p.title for p in ps] == ["Sąsiedzi z daleka", "Podlaskie Centrum Praw Migrantów"]
    assert ps[0].funding[0].funder == "Gmina Wrocław" and ps[0].funding[0].amount == 45000
    assert (ps[0].start, ps[0].end, ps[0].status) == ("2021-01", "2022-06", "completed")
    assert [o.name for o in ps[1].organizations if o.role == "lead"] == [
        "Stowarzyszenie Wspólnota Pokoleń"]
    assert (ps[1].start, ps[1].end) == ("2022", "2024")
    assert [x.name for x in ps[1].people] == ["Paweł Grabowski"]


def test_definition_list_labels_in_russian():
    text = ("Мигранты на рынке труда\nФонд «Горизонт» помогает иностранцам во Вроцлаве.\n"
            "- Сроки\n- с апреля 2022 года по март 2024 года\n- Бюджет\n- 48 500 евро\n"
            "- Финансирование\n- Исландия, Лихтенштейн и Норвегия\n- Контакт\n"
            "- praca [at] horyzont [dot] org [dot] pl\n")
    p, = _extract(text).projects
    assert (p.start, p.end) == ("2022-04", "2024-03")
    assert [f.funder for f in p.funding] == ["Исландия", "Лихтенштейн", "Норвегия"]
    assert p.funding[0].amount == 48500 and p.funding[0].currency == "EUR"
    assert [x.email for x in p.people] == ["praca@horyzont.org.pl"]


def test_page_owner_runs_its_own_projects():
    text = ("Stowarzyszenie Praga Wielu Kultur\nSprawozdanie z działalności za rok 2019\n\n"
            "W 2019 roku kontynuowaliśmy projekt „Warszawski Dom Sąsiedzki”, który realizowaliśmy "
            "od lutego 2018 roku. Projekt zakończył się w listopadzie 2019 roku.\n")
    p, = _extract(text).projects
    assert p.title == "Warszawski Dom Sąsiedzki"
    assert [(o.name, o.role) for o in p.organizations] == [("Stowarzyszenie Praga Wielu Kultur", "lead")]
    assert (p.start, p.end) == ("2018-02", "2019-11")
