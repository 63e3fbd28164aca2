# Census of missed organisations (non-funder org_role misses) by the construction before each name.
# usage (repo root): python bench/org_census.py OUTDIR   (OUTDIR from bench/score_sets.sh; writes OUTDIR/org_census.json)
import re, sys, os, ast, collections, json
OUT = sys.argv[1]
sets = [l.split()[0] for l in open(os.path.join(OUT,'summary.txt')) if not l.startswith('sum')]
PREP = set("""z ze i oraz we w do od dla przez przy na po u o
with and by from for of to at in between among
з із зі та і й від для через при на до у в між
с со и от для через при на до у в между""".split())
rows = []
for s in sets:
    d = '/work/shared/eval/dev' if s == 'dev' else f'eval/{s}'
    for line in open(os.path.join(OUT, s + '.txt')):
        m = re.match(r'(\S+) org_role: missed (\[.*\]) extra (\[.*\])$', line.strip())
        if not m: continue
        doc, missed, extra = m.group(1), ast.literal_eval(m.group(2)), ast.literal_eval(m.group(3))
        p = os.path.join(d, doc)
        if not os.path.exists(p): continue
        text = open(p, encoding='utf-8').read()
        low = text.lower()
        for name,role in missed:
            if role=='funder': continue
            cls = None; ctx = ''
            nl = name.lower()
            # boundary: an extra sharing tokens
            toks = set(re.findall(r'\w{4,}', nl))
            near = [e[0] for e in extra if toks and len(toks & set(re.findall(r'\w{4,}', e[0].lower()))) >= max(1, len(toks)//2)]
            i = low.find(nl)
            if i < 0:
                # stem: first 2 words each cut to 5 chars
                w = nl.split()
                pat = r'\s+'.join(re.escape(x[:max(3, len(x)-3)]) + r'\w*' for x in w[:3])
                mm = re.search(pat, low)
                i = mm.start() if mm else -1
                inflect = True
            else:
                inflect = False
            if near:
                cls = 'boundary'
            elif i < 0:
                cls = 'notfound'
            else:
                ls = text.rfind('\n', 0, i) + 1
                le = text.find('\n', i); le = len(text) if le < 0 else le
                before = text[ls:i]; after = text[i+len(name):le]
                ctx = (before[-40:] + '[[' + text[i:i+len(name)] + ']]' + after[:30]).replace('\n',' ')
                pw = re.findall(r'\w+', before.lower())
                lineno = text.count('\n', 0, i); nlines = text.count('\n') + 1
                if re.fullmatch(r'[A-ZА-ЯІЇЄҐ0-9&\-]{2,8}', name): cls = 'acronym'
                elif before.strip() == '' and after.strip(' .,;') == '':
                    cls = 'own-line:top' if lineno < 4 else ('own-line:foot' if lineno > nlines*0.85 else 'own-line:mid')
                elif re.match(r'^\s*([-*•·–—▪●◦]|\d+[.)])\s*$', before): cls = 'list-item'
                elif re.search(r':\s*$', before) and len(before) < 60: cls = 'label-value'
                elif re.search(r'[(\[]\s*$', before) or re.match(r'\s*[)\]]', after): cls = 'bracket'
                elif re.search(r'[„"«“]\s*$', before): cls = 'quoted'
                elif re.search(r'[,;]\s*$', before): cls = 'after-comma(list/appos)'
                elif re.search(r'[–—-]\s*$', before): cls = 'after-dash'
                elif pw and pw[-1] in PREP: cls = 'after-prep:' + pw[-1]
                elif before.strip() == '': cls = 'line-start'
                elif pw: cls = 'after-word'
                else: cls = 'other'
                if inflect: cls += '~infl'
            rows.append((s, doc, name, cls, ctx, near[:1], role))
json.dump(rows, open(os.path.join(OUT, 'org_census.json'),'w'), ensure_ascii=False)
bycls = collections.defaultdict(list)
for r in rows: bycls[r[3].split(':')[0].replace('~infl','')].append(r)
rows=list({(r[0],r[1],r[2],r[6]):r for r in rows}.values()); bycls.clear()
for r in rows: bycls[r[3].split(':')[0].replace('~infl','')].append(r)
print(len(rows), 'missed orgs')
for c, rs in sorted(bycls.items(), key=lambda x: -len(x[1])):
    print(f"{c:28s} {len(rs):4d} docs {len({(r[0],r[1]) for r in rs}):4d} sets {len({r[0] for r in rs}):3d}")
