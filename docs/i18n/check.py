#!/usr/bin/env python3
"""check.py en-X.json zh-X.json : every key present, non-empty, same {{placeholders}}, same %s/%d, same HTML tags."""
import json, re, sys
en = json.load(open(sys.argv[1], encoding='utf-8'))
zh = json.load(open(sys.argv[2], encoding='utf-8'))
ph = lambda s: sorted(re.findall(r'\{\{.*?\}\}', s))
pf = lambda s: sorted(re.findall(r'%[sd]', s))
tags = lambda s: sorted(re.findall(r'</?(?:a|b|br|code|div|em|i|kbd|li|ol|p|pre|small|span|strong|ul)\b[^>]*>', s, re.I))
bad = 0
for k, v in en.items():
    t = zh.get(k)
    if not isinstance(t, str) or (not t.strip() and v.strip() and v.strip() not in ('s', 'es')):
        print('MISSING/EMPTY', k); bad += 1; continue
    for f, name in ((ph, 'placeholders'), (pf, 'printf'), (tags, 'html')):
        if [x.replace(' ', '') for x in f(v)] != [x.replace(' ', '') for x in f(t)]:
            print('DIFF', name, k, '|', v, '|', t); bad += 1
extra = set(zh) - set(en)
for k in extra: print('EXTRA', k); bad += 1
untranslated = [k for k, v in en.items() if zh.get(k) == v and re.search(r'[a-z]{3,}', v) and not re.search(r'[\u4e00-\u9fff]', v)]
print(len(en), 'keys;', bad, 'problems;', len(untranslated), 'values identical to English (check these are names/codes):', untranslated[:40])
sys.exit(1 if bad else 0)
