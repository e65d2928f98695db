#!/usr/bin/env python3
"""Coverage of Korean label names by Dictionaries/aliases/ko.txt, measured on the real Naver data.

Usage (from the repository root):
    python3 Dictionaries/.tools-korean-coverage.py [--data ../shared/data] [--top 30]

What it does
- Reads `aliases/ko.txt` (`alias = Canonical INCI Name`) and checks it: every target must have a stanza
  in `ingredients/korean-targets.txt`, and no alias key may point at two different targets.
- Reads the `성분` column of `korean/naver-{skin,lotion,cream}.csv` (a Python-style list string).
- Each token is cleaned the way the matcher is expected to: concentrations such as "(15%)", "5%",
  "(100ppm)", "20000ppm" are removed; the key is the NFC, lower-cased string with everything but letters
  and digits removed ("병풀 추출물" == "병풀추출물", "1/2-헥산다이올" == "1,2-헥산다이올").
- A token resolves if its key is an alias key, or if the key of the token without its parenthesised
  part is (the matcher's "name without its parenthesised part" fallback).
- Only tokens that contain Hangul count as Korean tokens (the English tokens and the bare "1" left
  over from "1,2-..." split on its comma are not counted).
- `--strict` reports coverage without removing "ppm" amounts (only percentages removed).
"""
import argparse, ast, collections, csv, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
HANGUL = re.compile('[\uac00-\ud7a3]')


def key(s):
    s = unicodedata.normalize('NFC', s).lower()
    return ''.join(ch for ch in s if ch.isalnum())


def strip_conc(tok, ppm=True):
    units = '%|ppm|ppb' if ppm else '%'
    tok = re.sub(r'\(\s*[\d.,~\s]*(' + units + r')\s*\)', '', tok, flags=re.I)
    tok = re.sub(r'[\d.,]*\d\s*(' + units + ')', '', tok, flags=re.I)
    return tok.strip()


def no_paren(tok):
    return re.sub(r'\([^()]*\)|\[[^\[\]]*\]', '', tok)


def stanza_headers(path):
    heads = set()
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#') or line[0] in ' \t':
            continue
        heads.add(line.strip())
    return heads


def load_aliases(path):
    amap, problems = {}, []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        s = line.strip()
        if not s or s.startswith('#'):
            continue
        if ' = ' not in s:
            problems.append(f'{path}:{n}: not "alias = Canonical": {s}')
            continue
        alias, target = [x.strip() for x in s.split(' = ', 1)]
        k = key(alias)
        if not k:
            problems.append(f'{path}:{n}: empty key: {s}')
        elif k in amap and amap[k] != target:
            problems.append(f'{path}:{n}: alias key {k} -> {amap[k]} and {target}')
        amap.setdefault(k, target)
    return amap, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.path.join(HERE, '..', '..', 'shared', 'data'))
    ap.add_argument('--top', type=int, default=30)
    ap.add_argument('--strict', action='store_true', help='do not strip "ppm" amounts')
    a = ap.parse_args()

    amap, problems = load_aliases(os.path.join(HERE, 'aliases', 'ko.txt'))
    heads = stanza_headers(os.path.join(HERE, 'ingredients', 'korean-targets.txt'))
    targets = set(amap.values())
    missing = sorted(t for t in targets if t not in heads)
    for t in missing:
        problems.append(f'target without a stanza in korean-targets.txt: {t}')
    print(f'aliases: {len(amap)} keys -> {len(targets)} canonical names; '
          f'korean-targets.txt stanzas: {len(heads)}')
    for p in problems:
        print('PROBLEM', p)

    csv.field_size_limit(10 ** 9)
    unresolved = collections.Counter()
    spelled = collections.defaultdict(collections.Counter)
    total_tok = total_ok = 0
    for name in ['skin', 'lotion', 'cream']:
        path = os.path.join(a.data, 'korean', f'naver-{name}.csv')
        if not os.path.exists(path):
            print(f'skip: {path} not found')
            continue
        n = ok = 0
        with open(path, encoding='utf-8') as fh:
            for row in csv.DictReader(fh):
                try:
                    toks = ast.literal_eval(row['성분'])
                except Exception:
                    continue
                for t in toks:
                    t = strip_conc(str(t), ppm=not a.strict)
                    if not HANGUL.search(t):
                        continue
                    k1, k2 = key(t), key(no_paren(t))
                    if not k1:
                        continue
                    n += 1
                    if k1 in amap or (k2 and k2 in amap):
                        ok += 1
                    else:
                        unresolved[k1] += 1
                        spelled[k1][t] += 1
        total_tok += n; total_ok += ok
        print(f'naver-{name}.csv: {ok}/{n} Korean token occurrences resolve = {100.0 * ok / max(n, 1):.2f}%')
    print(f'all three: {total_ok}/{total_tok} = {100.0 * total_ok / max(total_tok, 1):.2f}%')
    print(f'distinct unresolved keys: {len(unresolved)}')
    print(f'top {a.top} unresolved:')
    for k, c in unresolved.most_common(a.top):
        print(f'  {c:5d}  {spelled[k].most_common(1)[0][0]}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
