#!/usr/bin/env python3
"""Sets the weights of plant readings in Dictionaries/languages/*.txt from how often each is on real labels.

A common name several species share (감초: Glycyrrhiza Glabra, Uralensis, Inflata; 장미: Rosa Damascena,
Centifolia, …) lists each species in a `[plant]` section. The composer picks the reading with the largest
weight and reports the others as alternatives. The weight of a reading is 1 + the number of ingredient
names on the English label corpora (../shared/data/products: Sephora skincare texts, the Sephora catalog,
lookfantastic) that start with it (parenthesised common names removed) and not with a longer reading of
the same line (`Scutellaria Baicalensis Root` is not also counted for `Scutellaria Baicalensis`).

Usage: python3 scripts/language-weights.py [../shared/data] [Dictionaries]
"""
import csv, json, os, re, sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
root = sys.argv[2] if len(sys.argv) > 2 else "Dictionaries"

def names_in(text):
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    for part in re.split(r"[,;\n•·]", text):
        name = " ".join(re.sub(r"[^a-z0-9 ]", " ", part.lower()).split())
        if name:
            yield name

labels = []
with open(os.path.join(data, "products/sephora-2020-skincare.jsonl"), encoding="utf-8") as handle:
    for line in handle:
        labels.extend(names_in(json.loads(line).get("ingredients") or ""))
with open(os.path.join(data, "products/sephora-cosmetics.csv"), newline="", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        labels.extend(names_in(row.get("Ingredients") or ""))
with open(os.path.join(data, "products/lookfantastic-skincare-clean.csv"), newline="", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        labels.extend(names_in(re.sub(r"[\[\]']", "", row.get("clean_ingreds") or "").replace(",", ",")))

def key(reading):
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", reading.lower()).split())

def count(reading, longer):
    prefix = key(reading)
    longer_keys = [key(other) for other in longer]
    total = 0
    for name in labels:
        if name == prefix or name.startswith(prefix + " "):
            if not any(name == other or name.startswith(other + " ") for other in longer_keys):
                total += 1
    return total

for language in ("ko", "ja", "zh"):
    path = os.path.join(root, "languages", language + ".txt")
    if not os.path.exists(path):
        continue
    out = []
    section = None
    changed = 0
    for line in open(path, encoding="utf-8").read().split("\n"):
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        if section == "[plant]" and "=" in stripped and not stripped.startswith("#"):
            surfaces, readings = stripped.split("=", 1)
            readings = [re.sub(r"\s*@\s*[0-9.]+$", "", r.strip()) for r in readings.split(";")]
            if len(readings) > 1:
                weighted = []
                for reading in readings:
                    longer = [other for other in readings if other != reading and key(other).startswith(key(reading) + " ")]
                    weighted.append(f"{reading} @{1 + count(reading, longer)}")
                line = surfaces.strip() + " = " + "; ".join(weighted)
                changed += 1
        out.append(line)
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(f"{path}: {changed} lines weighted")
