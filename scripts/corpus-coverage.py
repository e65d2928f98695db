#!/usr/bin/env python3
"""Approximate label tokenizer + coverage of the inci ingredient dictionary over the real corpora.

Usage:
  cd /work/main && python3 Dictionaries/.tools-coverage.py            # common-*.txt only
  python3 Dictionaries/.tools-coverage.py --files '*.txt'              # every ingredients file
  options: [--data DIR] [--dict DIR] [--files GLOB] [--uncovered N] [--dump-counts FILE]

--data   defaults to ../shared/data relative to the repo root (or /work/shared/data)
--dict   defaults to <repo>/Dictionaries/ingredients
--files  which dictionary files count (default: common-*.txt; use '*.txt' for all)
A token counts as covered if its key, or its key without parenthesised parts, is a key of some
entry (header or aka, each also indexed without its parenthesised parts); a slash group
("Water/Aqua/Eau", "CI 77491/Iron Oxides") that is not known whole counts as covered when every
part is known. The tokenizer is an approximation of inci's: prose/bullet lines dropped, commas split
outside parentheses (not in "1,2-"), percentages, footnote marks and a leading "Organic" dropped.
The extra column counts uncovered tokens that are only the leading words of a known name
("c12-15", "rosa damascena"): truncated splits, mostly the lookfantastic cleaner's; they stay in
the main percentage.
"""
import argparse, ast, csv, glob, json, os, re, sys, unicodedata
from collections import Counter

def key(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', ' ', s).strip()

def strip_parens(s):
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'\([^()]*\)', ' ', s)
    return s

# ---------------------------------------------------------------- tokenizer
FOOT = '*†‡°^¹²³⁴⁵⁶⁷⁸⁹#§¤~™®'
ABBR = r'(?<!\bDenat)(?<!\bdenat)(?<!\bDENAT)(?<!\bSt)(?<!\bNo)(?<!\bsp)(?<!\bSp)(?<!\bVar)(?<!\bvar)(?<!\bssp)(?<!\bExt)(?<!\bEXT)(?<!\bext)(?<!\bD&C)'

def split_top(text):
    """split on ',' and ';' outside parentheses, but not a comma between digits (1,2-Hexanediol)"""
    out, buf, depth = [], [], 0
    n = len(text)
    for i, c in enumerate(text):
        if c == '(':
            depth += 1
        elif c == ')':
            depth = max(0, depth - 1)
        if depth == 0 and c in ',;':
            if c == ',' and 0 < i < n - 1 and text[i-1].isdigit() and text[i+1].isdigit():
                buf.append(c); continue
            out.append(''.join(buf)); buf = []
            continue
        buf.append(c)
    out.append(''.join(buf))
    return out

LABEL_PREFIX = re.compile(r'^\s*(?:(?:active|inactive|other|non-?medicinal|medicinal)\s+)?(?:ingredients?|ingrédients|inactives?|actives?)\s*(?:\([^)]*\))?\s*:\s*', re.I)
MAYCONTAIN = re.compile(r'^\s*(?:\+\s*/\s*-|\+/-|±)?\s*(?:\(?\s*may contain|peut contenir|puede contener|contains?|\+\s*/\s*-|±)\s*(?:\)|/\s*peut contenir)?\s*:?\s*', re.I)

def clean_token(t):
    t = t.replace('\u00a0', ' ').strip()
    t = re.sub(r'\s+', ' ', t)
    # strip label prefixes like "Active Ingredients:", "Inactive:", "May Contain:", "+/-"
    for _ in range(3):
        t2 = LABEL_PREFIX.sub('', t)
        t2 = MAYCONTAIN.sub('', t2)
        t2 = re.sub(r'^[\s\[\]+/\-±:.]+(?=[A-Za-z0-9])', '', t2) if re.match(r'^[\s\[\]+/\-±:]', t2) and not re.match(r'^[\-]?\d', t2) else t2
        if t2 == t: break
        t = t2
    # percentages
    t = re.sub(r'\s*\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?', ' ', t)
    # footnote marks
    t = ''.join(' ' if c in FOOT else c for c in t)
    t = t.strip(' []:')
    # qualifiers printed before the name ("Organic Glycerin", "Certified Organic Aloe ...")
    t = re.sub(r'^(?:certified\s+)?organic\s+(?=[A-Za-z])', '', t, flags=re.I)
    # trailing period except Denat.
    while t.endswith('.') and not re.search(r'\bdenat\.$', t, re.I):
        t = t[:-1].rstrip()
    # unbalanced parens
    if t.count('(') > t.count(')'):
        t = t + ')' * (t.count('(') - t.count(')'))
    if t.count(')') > t.count('('):
        t = t.replace(')', '', t.count(')') - t.count('(')) if t.startswith(')') else re.sub(r'\)\s*$', '', t)
    return re.sub(r'\s+', ' ', t).strip()

FOOTNOTE_PHRASES = re.compile(r'^(?:certified organic|organic|natural|plant origin|of plant origin|natural origin|'
    r'(?:ingredients? )?from organic farming|(?:certified )?organic ingredients?|essential oils?|nano|active|inactive|'
    r'fragrances? of natural origin|napiers \w+ formula|wild ?crafted|fair ?trade|natural ingredients?)$', re.I)
PROSE_WORDS = set('the are do does not our we with for is to this that all be as such free contain contains '
                  'products product including please formulated may your you tested using use before after '
                  'which these those it its been has have can will'.split())

def is_prose(s):
    words = re.findall(r"[A-Za-z']+", s)
    if len(words) < 6: return False
    return sum(w.lower() in PROSE_WORDS for w in words) / len(words) > 0.12

def is_footnote(raw):
    r = raw.strip()
    if FOOTNOTE_PHRASES.match(re.sub(r'[*†‡°^¹²³#§+.\s]+$', '', re.sub(r'^[*†‡°^¹²³#§+\s]+', '', r)).strip()):
        return True
    return bool(re.match(r'^[*†‡°^¹²³#§]+\s*\S', r)) and not re.match(r'^[*†‡]+\s*[\w-]+$', r) and len(r.split()) > 3

def tokenize(text):
    toks = []
    for line in text.replace('\r', '\n').split('\n'):
        s = line.strip()
        if not s: continue
        if s.startswith('-') and ':' in s[:120]: continue            # marketing bullet
        if s.startswith('-') and ',' not in s: continue
        if s.endswith(':') and ',' not in s: continue                 # sub-product header
        if re.match(r'^(please be aware|please note|this product|ingredient lists|clinical|\*\*)', s, re.I): continue
        if is_prose(s): continue
        s = s.replace('[', ', ').replace(']', ', ')
        s = re.sub(r'\b1\s*,\s*2-', '1,2-', s)
        s = re.sub(r'(\d\s*%)\s*(?=[A-Za-z])', r'\1, ', s)
        s = re.sub(r'\b([Cc]\d\d)\s*,\s*(\d\d)\b', r'\1-\2', s)
        # sentence breaks: ". X" (not after Denat./St./No.), and "Ingredients:" glued to text
        s = re.sub(ABBR + r'\.\s+(?=[A-Z0-9(\[*])', ', ', s)
        s = re.sub(r'(?i)(?<=[a-z0-9%)])\s*(?=(?:in)?active ingredients?\s*:)', ', ', s)
        s = re.sub(r'(?i)(?<=[a-z0-9%)])\s*(?=ingredients\s*:)', ', ', s)
        for raw in split_top(s):
            if is_footnote(raw): continue
            t = clean_token(raw)
            if not t or not re.search(r'[A-Za-z]', t): continue
            if len(t) > 120 or is_prose(t): continue                   # prose
            toks.append(t)
    return toks

def corpora(data):
    p = os.path.join(data, 'products')
    out = {}
    toks = []
    for line in open(os.path.join(p, 'sephora-2020-skincare.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        toks += tokenize(r.get('ingredients') or '')
    out['sephora-2020-skincare'] = toks
    toks = []
    with open(os.path.join(p, 'sephora-cosmetics.csv'), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            s = r.get('Ingredients') or ''
            if re.match(r'^\s*(visit the|no info)', s, re.I): continue
            toks += tokenize(s)
    out['sephora-cosmetics'] = toks
    toks = []
    with open(os.path.join(p, 'lookfantastic-skincare-clean.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            try:
                lst = ast.literal_eval(r['clean_ingreds'])
            except Exception:
                continue
            for x in lst:
                t = clean_token(str(x))
                if t and re.search(r'[a-z]', t, re.I): toks.append(t)
    out['lookfantastic-skincare-clean'] = toks
    return out

# ---------------------------------------------------------------- dictionary
def load_dict(d, pattern):
    keys = {}; full = []; stripped = []
    for fn in sorted(glob.glob(os.path.join(d, pattern))):
        cur = None
        for line in open(fn, encoding='utf-8'):
            if not line.strip() or line.startswith('#'): continue
            if not line[0].isspace():
                cur = line.strip()
                names = [cur]
            elif cur and line.strip().startswith('aka:'):
                names = [a.strip() for a in line.strip()[4:].split(';') if a.strip()]
            else:
                continue
            for n in names:
                full.append((key(n), cur)); stripped.append((key(strip_parens(n)), cur))
    for k, cur in full + stripped:
        if k: keys.setdefault(k, cur)
    return keys

def resolve(tok, keys):
    for k in (key(tok), key(strip_parens(tok))):
        if k in keys: return keys[k]
    return None

def covered(tok, keys):
    if resolve(tok, keys): return True
    if re.search(r'[/\\]', tok):
        parts = [p for p in re.split(r'\s*[/\\\\]\s*', strip_parens(tok)) if p.strip()]
        if len(parts) > 1 and all(resolve(p, keys) for p in parts): return True
    return False

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = here if os.path.isdir(os.path.join(here, 'Dictionaries')) else os.path.dirname(here)
    if os.path.basename(here) == 'Dictionaries': root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=None)
    ap.add_argument('--dict', default=None)
    ap.add_argument('--files', default='common-*.txt')
    ap.add_argument('--uncovered', type=int, default=30)
    ap.add_argument('--dump-counts', default=None)
    a = ap.parse_args()
    data = a.data or next((p for p in [os.path.join(root, '..', 'shared', 'data'), '/work/shared/data'] if os.path.isdir(p)), None)
    dd = a.dict or next((p for p in [os.path.join(root, 'Dictionaries', 'ingredients'), '/work/main/Dictionaries/ingredients'] if os.path.isdir(p)), None)
    if not data or not os.path.isdir(data):
        print('shared data not found; skipping'); return 0
    keys = load_dict(dd, a.files)
    cs = corpora(data)
    if a.dump_counts:
        with open(a.dump_counts, 'w') as f:
            json.dump({c: Counter(t).most_common() for c, t in cs.items()}, f)
    print(f'dictionary: {dd} ({a.files}), {len(set(keys.values()))} entries, {len(keys)} keys')
    unc = Counter()
    ok_all = True
    prefixes = set()
    for k in keys:
        w = k.split()
        for i in range(1, len(w)): prefixes.add(' '.join(w[:i]))
    for c, toks in cs.items():
        n = len(toks)
        cov = 0
        for t in toks:
            if covered(t, keys): cov += 1
            else: unc[t] += 1
        pct = 100.0 * cov / n if n else 0
        ok_all &= pct >= 97
        # tokens that are a leading part of a known name ("c12-15", "rosa damascena", "sodium lauroyl"):
        # truncated splits, mostly from the lookfantastic cleaner; shown separately, not excluded above
        trunc = sum(1 for t in toks if not covered(t, keys) and key(t) in prefixes)
        pct2 = 100.0 * cov / (n - trunc) if n - trunc else 0
        print(f'{c:32s} tokens {n:6d}  covered {cov:6d}  {pct:6.2f}%   (truncated splits {trunc:5d}; without them {pct2:6.2f}%)')
    if a.uncovered:
        print(f'\n{a.uncovered} most frequent uncovered tokens (all corpora):')
        for t, k in unc.most_common(a.uncovered):
            print(f'{k:5d}  {t}')
    return 0

if __name__ == '__main__':
    sys.exit(main())
