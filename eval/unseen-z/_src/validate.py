"""Validate gold records against SCHEMA keys/values and build a self-check JSONL."""
import json, re, sys, pathlib
D = pathlib.Path('/root/.lead/unseen-z')
TOP = {'doc', 'language', 'projects'}
PK = {'title', 'start', 'end', 'status', 'funding', 'organizations', 'people', 'places', 'urls', 'title_alternatives'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
bad = 0; lines = []
def err(f, m):
    global bad; bad += 1; print('ERR', f, m)
for f in sorted(D.glob('z*.json')):
    g = json.loads(f.read_text())
    text = (D / g['doc']).read_text().casefold()
    if set(g) != TOP: err(f.name, set(g) ^ TOP)
    if g['doc'] != f.stem + '.txt': err(f.name, 'doc')
    if g['language'] not in ('pl', 'ru', 'uk', 'en'): err(f.name, 'lang')
    for p in g['projects']:
        if not set(p) <= PK or not (PK - {'title_alternatives'}) <= set(p): err(f.name, set(p) ^ PK)
        for k in ('start', 'end'):
            if p[k] is not None and not DATE.match(p[k]): err(f.name, k)
        if p['status'] not in (None, 'completed', 'ongoing', 'planned'): err(f.name, 'status')
        for x in p['funding']:
            if set(x) != {'funder', 'programme', 'amount', 'currency'}: err(f.name, x)
            if x['amount'] is not None and not isinstance(x['amount'], (int, float)): err(f.name, x)
            if x['currency'] not in (None, 'PLN', 'EUR', 'USD', 'CHF', 'NOK'): err(f.name, x)
        for o in p['organizations']:
            if set(o) != {'name', 'role'} or o['role'] not in ('lead', 'partner', 'member', 'funder', 'other'): err(f.name, o)
        funders = {x['funder'] for x in p['funding'] if x['funder']}
        if not funders <= {o['name'] for o in p['organizations'] if o['role'] == 'funder'}: err(f.name, 'funder not in orgs')
        for x in p['people']:
            if set(x) != {'name', 'role', 'organization', 'email'} or x['role'] not in ('coordinator', 'contact', 'author', 'expert', 'other'): err(f.name, x)
        names = [o['name'] for o in p['organizations']] + [x['name'] for x in p['people'] if x['name']] + p['places'] + [x['programme'] for x in p['funding'] if x['programme']]
        for n in names:
            for w in re.findall(r'\w{4,}', n):
                if w.casefold()[:4] not in text: print('check', f.name, repr(n), w)
    lines.append(json.dumps(g, ensure_ascii=False))
(D / 'gen' / 'selfcheck.jsonl').write_text('\n'.join(lines) + '\n')
print('files', len(lines), 'errors', bad)
