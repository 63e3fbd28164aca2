"""Helpers for writing holdout documents and gold records."""
import json, pathlib
OUT = pathlib.Path('/root/.lead/unseen-z')

def F(funder, programme=None, amount=None, currency=None):
    return {"funder": funder, "programme": programme, "amount": amount, "currency": currency}

def O(name, role):
    return {"name": name, "role": role}

def Pe(name, role, org=None, email=None):
    return {"name": name, "role": role, "organization": org, "email": email}

def P(title, start=None, end=None, status=None, funding=(), orgs=(), people=(), places=(), urls=(), alts=None):
    d = {"title": title, "start": start, "end": end, "status": status, "funding": list(funding),
         "organizations": list(orgs), "people": list(people), "places": list(places), "urls": list(urls)}
    if alts:
        d["title_alternatives"] = list(alts)
    return d

def write(name, lang, text, projects, cut=False):
    text = text.strip('\n')
    if cut:
        text = text.encode('utf-8')[:2000].decode('utf-8', 'ignore')
    (OUT / f'{name}.txt').write_text(text, encoding='utf-8')
    gold = {"doc": f"{name}.txt", "language": lang, "projects": projects}
    (OUT / f'{name}.json').write_text(json.dumps(gold, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    # sanity: titles, urls, emails must be present in the (cut) text
    for p in projects:
        for s in [p['title']] + p.get('title_alternatives', []) + p['urls'] + [x['email'] for x in p['people'] if x['email']]:
            if s not in text and s.split('@')[0] not in text:
                print(f'WARN {name}: {s!r} not in text')
    print(name, len(text.encode()), 'bytes', len(projects), 'projects')
