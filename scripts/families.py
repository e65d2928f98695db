#!/usr/bin/env python3
"""Finds ingredients that belong to a family by rule, and adds or removes family lines.

  python3 scripts/families.py essential-oils [Dictionaries] [--cosing inventory-functions.csv]
      Lists every ingredient named "... Oil" (or "... Absolute") of an aromatic plant part whose
      function (in the dictionary, or in the CosIng inventory when given) is perfuming, tonic or
      fragrance and which is not a fixed oil (a seed, kernel, nut or fruit oil that CosIng calls an
      emollient or skin-conditioning agent), with whether it already has the essential-oil family.
  python3 scripts/families.py scrubs [Dictionaries]
      Lists abrasive plant particles: shells, kernels, pits, seed powders and meals, pumice.
  python3 scripts/families.py hair-dyes annex_III.csv [Dictionaries]
      Lists the registered INCI names (names/cosing.txt) of every Annex III entry whose required label
      warning says the substance can cause severe allergic reactions (the EU's hair-colourant warning),
      with whether the dictionary holds the name and whether it has the hair-dye-allergen family. A
      colourant Annex IV (annex_IV.csv beside it) allows in any cosmetic is left out: the warning is
      for its use in hair dyes, not in a lipstick.
  python3 scripts/families.py add FAMILY NAME... [--root Dictionaries]
  python3 scripts/families.py remove FAMILY NAME... [--root Dictionaries]
      Adds FAMILY to (or removes it from) the family: line of each named stanza, creating the line
      after role: when there is none. Names are matched exactly (the stanza header).

The rules print candidates; a person reviews them and passes the right ones to `add`.
"""
import csv, glob, io, os, re, sys

def stanzas(root):
    """(path, header line index, header, {key: (line index, value)}) for every ingredient stanza."""
    for path in sorted(glob.glob(os.path.join(root, "ingredients", "*.txt"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        current = None
        for i, line in enumerate(lines):
            if not line or line.startswith("#"):
                continue
            if not line.startswith(" "):
                if current: yield current
                current = (path, i, line, {})
            elif current and ":" in line:
                key, _, value = line.strip().partition(":")
                current[3][key] = (i, value.strip())
        if current: yield current

def items(value):
    return [v.strip() for v in value.split(";") if v.strip()]

AROMATIC_PARTS = re.compile(r"\b(leaf|leaves|flower|blossom|peel|rind|bark|wood|root|rhizome|herb|twig|needle|resin|gum|bud|berry|fruit|seed|cone|stem|branch)\b", re.I)
FIXED_OIL_HINTS = re.compile(r"\b(kernel|nut|germ)\b", re.I)
FIXED_ROLES = {"emollient", "skin-conditioning", "refatting", "hair-conditioning"}
SCENT_ROLES = {"perfuming", "tonic", "fragrance", "masking"}

def cosing_functions(path):
    functions = {}
    if not path:
        return functions
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 2:
                functions[re.sub(r"[^a-z0-9]+", " ", row[0].lower()).strip()] = row[-1].lower()
    return functions

def essential_oils(root, cosing):
    functions = cosing_functions(cosing)
    for path, _, name, fields in stanzas(root):
        if not re.search(r"\b(Oil|Absolute)\b", name) or re.search(r"\b(Hydrogenated|PEG|PPG|Ethyl Ester|Glycerides?|Extract|Butter|Unsaponifiables|Sulfated|Polyglyceryl)\b", name, re.I):
            continue
        roles = set(items(fields.get("role", (0, ""))[1]))
        key = re.sub(r"[^a-z0-9]+", " ", re.sub(r"\([^)]*\)", "", name).lower()).strip()
        extra = functions.get(key, "")
        scent = roles & SCENT_ROLES or any(w in extra for w in ("perfuming", "tonic", "fragrance"))
        if not scent:
            continue
        fixed_roles = roles & FIXED_ROLES or any(w in extra for w in ("emollient", "skin conditioning"))
        # A seed or kernel oil that is also an emollient is a pressed (fixed) oil, not a distilled one.
        if fixed_roles and (FIXED_OIL_HINTS.search(name) or re.search(r"\bSeed Oil\b", name)) and "emollient" in (roles | ({"emollient"} if "emollient" in extra else set())):
            continue
        families = items(fields.get("family", (0, ""))[1])
        yield path, name, "essential-oil" in families, sorted(roles), extra

SCRUB = re.compile(r"\b(Shell|Pit|Husk|Kernel Meal|Seed Powder|Kernel Powder|Pit Powder|Stone Powder|Pumice|Seed Meal|Kernel Meal|Hull)\b", re.I)

def scrubs(root):
    for path, _, name, fields in stanzas(root):
        roles = set(items(fields.get("role", (0, ""))[1]))
        if SCRUB.search(name) or ("abrasive" in roles and re.search(r"\b(Powder|Meal|Flour)\b", name) and not re.search(r"\b(Silica|Starch)\b", name)):
            families = items(fields.get("family", (0, ""))[1])
            yield path, name, "physical-scrub" in families, sorted(roles)

def compact(name):
    return re.sub(r"[^a-z0-9]", "", name.lower())

def hair_dyes(annex, root):
    """Annex III's name cells split by separators; a comma stays inside a name when joining the pieces
    around it spells a registered name (`TOLUENE-2,5-DIAMINE,TOLUENE-2,5-DIAMINE SULFATE`)."""
    registered = {}
    for line in open(os.path.join(root, "names", "cosing.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            registered[compact(line.strip())] = line.strip()
    known = {}
    for path, _, name, fields in stanzas(root):
        for n in [name] + items(fields.get("aka", (0, ""))[1]):
            known[compact(n)] = (name, "hair-dye-allergen" in items(fields.get("family", (0, ""))[1]))
    colourants, colourant_cas = set(), set()
    with open(os.path.join(os.path.dirname(annex), "annex_IV.csv"), encoding="utf-8") as f:
        rows = csv.reader(io.StringIO(f.read().split("\n", 4)[4]))
        for row in list(rows)[1:]:
            colourants.update(compact(n) for n in row[2].split("/") if n.strip())
            colourant_cas.update(re.findall(r"\d+-\d\d-\d", row[3]))
    text = open(annex, encoding="utf-8").read().split("\n", 4)[4]
    found = {}
    for row in csv.DictReader(io.StringIO(text)):
        if "severe allergic reaction" not in row["Wording of conditions of use and warnings"].lower():
            continue
        if colourant_cas & set(re.findall(r"\d+-\d\d-\d", row["CAS Number"])):
            continue
        cells = row["Identified INGREDIENTS or substances e.g."] + ";" + row["Name of Common Ingredients Glossary"]
        for part in re.split(r";|/|\+| AND ", cells):
            pieces = [p.strip() for p in part.split(",")]
            i = 0
            while i < len(pieces):
                for j in range(len(pieces), i, -1):
                    key = compact(",".join(pieces[i:j]))
                    if key in registered:
                        if key not in colourants: found[key] = registered[key]
                        i = j - 1
                        break
                i += 1
    for key, name in sorted(found.items(), key=lambda kv: kv[1]):
        holder = known.get(key)
        yield name, holder[0] if holder else None, bool(holder and holder[1])

def edit(root, family, names, add):
    wanted = set(names)
    by_path = {}
    for path, header_index, name, fields in stanzas(root):
        if name in wanted:
            by_path.setdefault(path, []).append((header_index, name, fields))
            wanted.discard(name)
    for path, entries in by_path.items():
        lines = open(path, encoding="utf-8").read().split("\n")
        # Edit bottom-up so line numbers stay valid.
        for header_index, name, fields in sorted(entries, reverse=True):
            if "family" in fields:
                index, value = fields["family"]
                current = items(value)
                if add and family not in current: current.append(family)
                if not add and family in current: current.remove(family)
                if current: lines[index] = "  family: " + "; ".join(current)
                else: del lines[index]
            elif add:
                after = fields["role"][0] if "role" in fields else (fields["aka"][0] if "aka" in fields else header_index)
                lines.insert(after + 1, "  family: " + family)
                if "sources" not in fields:
                    lines.insert(after + 2, "  sources: cosing")
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    for name in sorted(wanted):
        print(f"not found: {name}", file=sys.stderr)

def main(argv):
    if not argv:
        print(__doc__); return 64
    command, rest = argv[0], argv[1:]
    root = "Dictionaries"
    if "--root" in rest:
        i = rest.index("--root"); root = rest[i + 1]; del rest[i:i + 2]
    if command == "essential-oils":
        cosing = None
        if "--cosing" in rest:
            i = rest.index("--cosing"); cosing = rest[i + 1]; del rest[i:i + 2]
        if rest: root = rest[0]
        for path, name, has, roles, extra in essential_oils(root, cosing):
            print(f"{'has ' if has else 'NEW '} {name}\t{'; '.join(roles)}\t{extra}\t{os.path.basename(path)}")
    elif command == "scrubs":
        if rest: root = rest[0]
        for path, name, has, roles in scrubs(root):
            print(f"{'has ' if has else 'NEW '} {name}\t{'; '.join(roles)}\t{os.path.basename(path)}")
    elif command == "hair-dyes":
        if len(rest) > 1: root = rest[1]
        for name, holder, has in hair_dyes(rest[0], root):
            print(f"{'has ' if has else ('NEW ' if holder is None else 'add ')} {name}\t{holder or ''}")
    elif command in ("add", "remove"):
        edit(root, rest[0], rest[1:], command == "add")
    else:
        print(__doc__); return 64
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
