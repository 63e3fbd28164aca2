"""Validate holdout gold records against SCHEMA keys/values and the document text."""
import json, re, sys
from pathlib import Path
D = Path("/root/.lead/unseen-j")
TOP = {"doc", "language", "projects"}
PK = {"title", "start", "end", "status", "funding", "organizations", "people", "places", "urls", "title_alternatives"}
FK = {"funder", "programme", "amount", "currency"}
OK_ = {"name", "role"}
PEK = {"name", "role", "organization", "email"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
bad = 0
def err(*a):
    global bad; bad += 1; print("ERR", *a)
def seen(text, s):
    t = text.casefold()
    toks = [w for w in re.split(r"[^\w]+", s.casefold()) if len(w) > 2]
    miss = [w for w in toks if w[:max(3, min(len(w) - 2, 5))] not in t]
    return miss
recs = []
for j in sorted(D.glob("j*.json")):
    r = json.loads(j.read_text())
    recs.append(r)
    if set(r) != TOP: err(j.name, "top keys", set(r))
    doc = D / r["doc"]
    if not doc.exists(): err(j.name, "doc missing"); continue
    text = doc.read_text()
    if r["language"] not in {"pl", "ru", "uk", "en"}: err(j.name, "lang")
    for p in r["projects"]:
        if not set(p) <= PK or not (PK - {"title_alternatives"}) <= set(p): err(j.name, "proj keys", set(p))
        for k in ("start", "end"):
            if p[k] is not None and not DATE.match(p[k]): err(j.name, k, p[k])
        if p["status"] not in (None, "completed", "ongoing", "planned"): err(j.name, "status")
        for f in p["funding"]:
            if set(f) != FK: err(j.name, "funding keys")
            if f["amount"] is not None and not isinstance(f["amount"], (int, float)): err(j.name, "amount")
            if f["currency"] not in (None, "PLN", "EUR", "USD", "CHF", "NOK"): err(j.name, "cur")
            if f["amount"] is not None and f["currency"] is None: err(j.name, "amount w/o currency")
        for o in p["organizations"]:
            if set(o) != OK_ or o["role"] not in {"lead", "partner", "member", "funder", "other"}: err(j.name, "org", o)
        funders = {f["funder"] for f in p["funding"] if f["funder"]}
        orgf = {o["name"] for o in p["organizations"] if o["role"] == "funder"}
        if funders != orgf: err(j.name, "funder/org mismatch", funders ^ orgf)
        for x in p["people"]:
            if set(x) != PEK or x["role"] not in {"coordinator", "contact", "author", "expert", "other"}: err(j.name, "person", x)
        for s in [p["title"], *p.get("title_alternatives", []), *p["places"], *p["urls"],
                  *[o["name"] for o in p["organizations"]], *[x["name"] or "" for x in p["people"]],
                  *[f["programme"] or "" for f in p["funding"]]]:
            m = seen(text, s)
            if m: print("WARN", j.name, repr(s), "tokens not in text:", m)
        for x in p["people"]:
            if x["email"]:
                local = x["email"].split("@")[0]
                if local.casefold() not in text.casefold(): print("WARN", j.name, "email", x["email"])
with open("/tmp/wj_gen/gold.jsonl", "w") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "records,", bad, "errors")
