"""The export writers on the gold records of ../shared/eval/dev, shaped as Atlas.project gives them."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from followthemoney import model

from ngo_atlas.export import FORMATS
from ngo_atlas.export.source import without_contacts


@pytest.fixture(scope="module")
def projects(dev_dir):
    out, pid = [], 0
    for f in sorted(dev_dir.glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        for p in rec["projects"]:
            pid += 1
            out.append({**p, "id": pid, "document": {"id": 1, "name": rec["doc"],
                                                     "source": str(f), "url": None,
                                                     "language": rec["language"]}})
    return out


def run(fmt, projects):
    buf = io.StringIO()
    n = FORMATS[fmt][0](projects, buf)
    return n, buf.getvalue()


def test_csv_has_one_row_per_project_with_funders_and_amounts(projects):
    n, text = run("csv", projects)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == len(projects)
    seed = next(r for r in rows if r["title"].startswith("Polsko-rosyjska"))
    assert seed["funders"] == "Fundacja Batorego"
    assert seed["amounts"] == "21775 USD"
    assert "Helsińska Fundacja Praw Człowieka (partner)" in seed["organizations"]


def test_360giving_has_a_row_per_funding_line(projects):
    n, text = run("360giving", projects)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == sum(len(p["funding"]) for p in projects)
    baobab = next(r for r in rows if r["Title"].startswith("Baobab"))
    assert baobab["Recipient Org:Name"] == "Stowarzyszenie Homo Faber"
    assert float(baobab["Amount Awarded"]) == pytest.approx(4509267.3)
    assert baobab["Currency"] == "PLN"


def test_ftm_entities_are_valid_followthemoney(projects):
    n, text = run("ftm", projects)
    entities = [json.loads(line) for line in text.splitlines()]
    assert n == len(entities)
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities), "an entity is written once"
    for e in entities:
        proxy = model.get_proxy(e)  # raises on an unknown schema or property
        assert proxy.schema.name in {"Project", "Organization", "Person",
                                     "ProjectParticipant", "Payment"}
    payments = [e for e in entities if e["schema"] == "Payment"]
    usd = [p for p in payments if p["properties"].get("currency") == ["USD"]]
    assert usd and all(p["properties"]["payer"][0] in ids for p in usd)


def test_gexf_links_organisations_that_share_a_project(projects):
    n, text = run("gexf", projects)
    root = ET.fromstring(text)
    ns = {"g": root.tag.split("}")[0].strip("{")}
    labels = {n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert "Helsińska Fundacja Praw Człowieka" in labels and n == len(labels)
    assert root.find(".//g:edge", ns) is not None


def test_graphml_is_well_formed(projects):
    n, text = run("graphml", projects)
    assert n > 0 and ET.fromstring(text).tag.endswith("graphml")


def test_hiding_contacts_removes_emails_everywhere(projects):
    with_mail = [p for p in projects if any(x.get("email") for x in p["people"])]
    assert with_mail, "the dev set has people with e-mails"
    hidden = [without_contacts(p) for p in with_mail]
    for fmt in FORMATS:
        _, text = run(fmt, hidden)
        for p in with_mail:
            for x in p["people"]:
                if x.get("email"):
                    assert x["email"] not in text, fmt
