"""Flag gold strings that do not occur verbatim in their document (to eyeball)."""
import json, glob, os
for j in sorted(glob.glob('../x*.json')):
    g = json.load(open(j)); t = open(j[:-5] + '.txt').read()
    miss = []
    for p in g['projects']:
        vals = [p['title']] + [o['name'] for o in p['organizations']] + p['places'] + \
               [x['name'] for x in p['people'] if x['name']] + \
               [f['funder'] for f in p['funding'] if f['funder']] + [f['programme'] for f in p['funding'] if f['programme']]
        vals += [x['email'].split('@')[0] for x in p['people'] if x['email']]
        miss += [v for v in vals if v not in t]
    print(os.path.basename(j), len(t.encode()), sorted(set(miss)))
