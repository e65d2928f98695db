#!/usr/bin/env python3
"""Per-list, in-process timing of the Python peers on the 1,442 Sephora texts (see compare.sh).

Usage: VENV/bin/python Benchmarks/compare_peers.py ../shared/data/products/sephora-2020-skincare.jsonl
Prints one line per peer: lists, total seconds, microseconds per list.
"""
import json
import sys
import time

texts = [json.loads(line)["ingredients"] for line in open(sys.argv[1], encoding="utf-8")]

def timed(name, function):
    function(texts[0])  # warm caches and lazy loads
    start = time.perf_counter()
    for text in texts:
        function(text)
    elapsed = time.perf_counter() - start
    print(f"{name}\t{len(texts)}\t{elapsed:.3f}\t{elapsed / len(texts) * 1e6:.1f}")

from says_on_the_tin.check import check_label
timed("says-on-the-tin 0.1.3 check_label", lambda text: check_label(ingredients_text=text))

from on_the_list import register as otl_register
from on_the_list.analyse import analyse
register = otl_register.load()
timed("on-the-list 0.1.4 analyse", lambda text: analyse(ingredients_text=text, register=register))
