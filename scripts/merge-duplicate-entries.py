#!/usr/bin/env python3
"""Merges duplicate ingredient stanzas across Dictionaries/ingredients/*.txt.

Files earlier in PRIORITY own a name; a later stanza with the same canonical name (or whose name is
an alias of an earlier entry) is removed and its aliases and roles are folded into the owner. Aliases
that would point at two ingredients are dropped from the later entry. Keys are compared as inci's
NameKey does (case, accents, punctuation and spacing ignored; letters and digits split).

Usage: python3 scripts/merge-duplicate-entries.py [Dictionaries]
"""
import glob, os, re, sys, unicodedata

root = sys.argv[1] if len(sys.argv) > 1 else "Dictionaries"
PRIORITY = ["actives.txt", "risks.txt", "common-*.txt", "*.txt"]

def key(name):
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"([a-z])(\d)", r"\1 \2", s)
    s = re.sub(r"(\d)([a-z])", r"\1 \2", s)
    words = re.findall(r"[a-z0-9]+|[^\W_]+", s)
    k = " ".join(words)
    if re.search(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]", k):
        k = k.replace(" ", "")
    return k

files = []
seen = set()
for pattern in PRIORITY:
    for path in sorted(glob.glob(os.path.join(root, "ingredients", pattern))):
        if path not in seen:
            seen.add(path); files.append(path)

class Entry:
    def __init__(self, path, start):
        self.path, self.start, self.end = path, start, start + 1
        self.header = None; self.fields = []  # (key, value, line index)

lines = {p: open(p, encoding="utf-8").read().split("\n") for p in files}
entries = []
for p in files:
    cur = None
    for i, line in enumerate(lines[p]):
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] in " \t":
            if cur and ":" in line:
                k, v = line.strip().split(":", 1)
                cur.fields.append((k.strip(), v.strip(), i)); cur.end = i + 1
            continue
        cur = Entry(p, i); cur.header = line.strip(); entries.append(cur)

def values(entry, k):
    out = []
    for fk, v, _ in entry.fields:
        if fk == k:
            out += [x.strip() for x in v.split(";") if x.strip()]
    return out

def stripped(name):
    return re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", name)

owner = {}        # key -> entry
removed = set()
extra_aka = {}    # id(entry) -> list of aliases to add
extra_roles = {}
dropped_aka = {}  # id(entry) -> set of alias texts to drop
merged = 0
for e in entries:
    k = key(e.header)
    if k in owner and owner[k] is not e:
        target = owner[k]
        removed.add(id(e)); merged += 1
        for a in values(e, "aka") + ([e.header] if key(e.header) != key(target.header) else []):
            ak = key(a)
            if ak not in owner:
                owner[ak] = target; extra_aka.setdefault(id(target), []).append(a)
        if not values(target, "role") and values(e, "role"):
            extra_roles[id(target)] = values(e, "role")
        continue
    owner[k] = e
    for a in values(e, "aka"):
        ak = key(a)
        if ak in owner and owner[ak] is not e:
            dropped_aka.setdefault(id(e), set()).add(a)
        else:
            owner[ak] = e
    # `Camellia Sinensis (Green Tea) Leaf Extract` also owns `Camellia Sinensis Leaf Extract`.
    for name in [e.header] + values(e, "aka"):
        sk = key(stripped(name))
        if "(" in name and sk and sk not in owner:
            owner[sk] = e

by_path = {}
for e in entries:
    by_path.setdefault(e.path, []).append(e)
for p in files:
    out = list(lines[p])
    for e in reversed(by_path.get(p, [])):
        if id(e) in removed:
            del out[e.start:e.end]
            while e.start < len(out) and e.start > 0 and out[e.start - 1] == "" and out[e.start] == "":
                del out[e.start]
            continue
        adds = extra_aka.get(id(e), []); drops = dropped_aka.get(id(e), set())
        aka_lines = [i for fk, _, i in e.fields if fk == "aka"]
        if drops:
            for i in aka_lines:
                vals = [x.strip() for x in out[i].split(":", 1)[1].split(";") if x.strip() and x.strip() not in drops]
                out[i] = "  aka: " + "; ".join(vals) if vals else None
        if adds:
            if aka_lines and out[aka_lines[0]] is not None:
                out[aka_lines[0]] += "; " + "; ".join(adds)
            else:
                out.insert(e.start + 1, "  aka: " + "; ".join(adds))
        if id(e) in extra_roles and not values(e, "role"):
            out.insert(e.start + 1, "  role: " + "; ".join(extra_roles[id(e)]))
    out = [l for l in out if l is not None]
    open(p, "w", encoding="utf-8").write("\n".join(out))
print(f"merged {merged} duplicate stanzas; dropped aliases in {len(dropped_aka)} entries")
