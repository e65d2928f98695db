#!/usr/bin/env bash
# Compares inci with the Python peers says-on-the-tin 0.1.3 and on-the-list 0.1.4 on the same inputs, in
# the same run: per-list time in-process and per-call CLI time; and inci scan with xmllint's parse.
# Usage: bash Benchmarks/compare.sh   (from the repository root; needs ../shared/data, python3, hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
venv=${VENV:-.build-peers/venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q says-on-the-tin==0.1.3 on-the-list==0.1.4
fi
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine
swift build -c release >/dev/null
inci=.build/release/inci
texts=$data/products/sephora-2020-skincare.jsonl

echo "== in-process, per list (1,442 Sephora texts)"
"$venv/bin/python" Benchmarks/compare_peers.py "$texts"
start=$(date +%s.%N)
"$inci" dict coverage --no-overlay "$texts" >/dev/null
end=$(date +%s.%N)
python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'inci (dictionary load + tokenize + match, one process)\t1442\t{t:.3f}\t{t/1442*1e6:.1f}')" "$start" "$end"

echo "== per call, CLI (one list)"
label=$(mktemp); printf 'Water, Niacinamide 10%%, Zinc PCA, Glycerin, Salicylic Acid 2%%, Parfum, Phenoxyethanol\n' > "$label"
table=$(mktemp)
hyperfine -N -i --warmup 3 --runs 20 --export-markdown "$table" \
    "$inci analyze --no-overlay --file $label" \
    "$venv/bin/says-on-the-tin $label" \
    "$venv/bin/on-the-list $label" >/dev/null 2>&1
cat "$table"

echo "== inci scan vs xmllint on the real pages"
pages=$(ls $data/html/*.html)
hyperfine -N -i --warmup 2 --runs 10 --export-markdown "$table" \
    "$inci scan --jobs 1 --format jsonl --output /dev/null $data/html" \
    "xmllint --html --noout $(echo $pages)" >/dev/null 2>&1
cat "$table"
