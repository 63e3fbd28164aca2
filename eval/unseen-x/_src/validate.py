"""Check every gold file against SCHEMA.md's keys and values, then build a self-prediction JSONL."""
import json, glob, re, sys
TOP = {"doc", "language", "projects"}
PK = {"title", "start", "end", "status", "funding", "organizations", "people", "places", "urls", "title_alternatives"}
FK = {"funder", "programme", "amount", "currency"}
OR = {"lead", "partner", "member", "funder", "other"}
PR = {"coordinator", "contact", "author", "expert", "other"}
ST = {None, "completed", "ongoing", "planned"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
bad = 0; lines = []
def err(f, m):
    global bad; bad += 1; print("BAD", f, m)
for f in sorted(glob.glob("../x*.json")):
    g = json.load(open(f))
    name = f.split("/")[-1][:-5]
    if set(g) != TOP: err(f, set(g))
    if g["doc"] != name + ".txt": err(f, g["doc"])
    if g["language"] not in {"pl", "ru", "uk", "en"}: err(f, g["language"])
    for p in g["projects"]:
        if not set(p) <= PK or not (PK - {"title_alternatives"}) <= set(p): err(f, set(p) ^ PK)
        if not p["title"] or p["title"][0] in "„”“\"«»": err(f, "title")
        if p["status"] not in ST: err(f, p["status"])
        for d in (p["start"], p["end"]):
            if d is not None and not DATE.match(d): err(f, d)
        for x in p["funding"]:
            if set(x) != FK: err(f, x)
            if x["amount"] is not None and not isinstance(x["amount"], (int, float)): err(f, x)
            if x["currency"] not in {None, "PLN", "EUR", "USD", "CHF"}: err(f, x)
            if x["amount"] is not None and not x["currency"]: err(f, x)
        for o in p["organizations"]:
            if set(o) != {"name", "role"} or o["role"] not in OR or not o["name"]: err(f, o)
        funders = {x["funder"] for x in p["funding"] if x["funder"]}
        if funders - {o["name"] for o in p["organizations"] if o["role"] == "funder"}: err(f, "funder not in orgs")
        for h in p["people"]:
            if set(h) != {"name", "role", "organization", "email"} or h["role"] not in PR: err(f, h)
            if h["email"] and not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", h["email"]): err(f, h)
            if not h["name"] and not h["email"]: err(f, h)
        if not all(isinstance(s, str) and s for s in p["places"] + p["urls"]): err(f, "places/urls")
    lines.append(json.dumps(g, ensure_ascii=False))
open("self.jsonl", "w").write("\n".join(lines) + "\n")
print("files", len(lines), "bad", bad)
sys.exit(1 if bad else 0)
