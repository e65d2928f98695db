#!/usr/bin/env bash
# Runs two inci binaries over the same real inputs in every output format and reports which outputs
# differ. For refactors that must keep behaviour byte-identical (build the old commit's binary first):
#
#   git worktree add /tmp/inci-old <commit> && (cd /tmp/inci-old && swift build)
#   swift build && scripts/compare-outputs.sh /tmp/inci-old/.build/debug/inci .build/debug/inci
#
# Inputs: the project's fixtures and, when present, ../shared/data (Sephora texts and catalog, real
# pages). Exit 0 when every output is identical, 1 otherwise (the differing files are listed).
set -uo pipefail
old=${1:?usage: compare-outputs.sh OLD_INCI NEW_INCI [WORK_DIR]}
new=${2:?usage: compare-outputs.sh OLD_INCI NEW_INCI [WORK_DIR]}
work=${3:-$(mktemp -d)}
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/../shared/data"

run_all() {
    local inci=$1 out=$2
    mkdir -p "$out"
    # analyze: every fixture list and the first 300 Sephora texts, as text and JSON.
    for file in "$root"/Fixtures/lists/*.txt; do
        local name; name=$(basename "$file" .txt)
        "$inci" analyze --file "$file" >"$out/analyze-$name.txt" 2>&1; echo "exit $?" >>"$out/analyze-$name.txt"
        "$inci" analyze --format json --file "$file" >"$out/analyze-$name.json" 2>&1
    done
    if [ -d "$work/sephora-texts" ]; then
        for file in "$work"/sephora-texts/*.txt; do
            "$inci" analyze --format json --file "$file" 2>&1
            echo "exit $?"
        done >"$out/analyze-sephora.jsonl"
    fi
    # scan: fixture pages and real pages, every format (arguments in path order).
    local pages=()
    [ -d "$data/html" ] && pages+=("$data/html")
    [ -d "$data/real-pages" ] && pages+=("$data/real-pages")
    pages+=("$root/Fixtures/html")
    for format in table json jsonl csv; do
        (cd "$root" && "$inci" scan --format "$format" --jobs 2 "${pages[@]}") >"$out/scan.$format" 2>&1
        echo "exit $?" >>"$out/scan.$format"
    done
    # check: the fixture catalogs and the Sephora catalog, every format.
    local catalogs=("$root/Fixtures/catalogs/rules.csv" "$root/Fixtures/catalogs/rules.jsonl" "$root/Fixtures/catalogs/rules-array.json" "$root/Fixtures/html")
    [ -f "$data/products/sephora-cosmetics.csv" ] && catalogs+=("$data/products/sephora-cosmetics.csv")
    for format in text json sarif junit github markdown; do
        (cd "$root" && "$inci" check --format "$format" --jobs 2 "${catalogs[@]}") >"$out/check.$format" 2>&1
        echo "exit $?" >>"$out/check.$format"
    done
    # dict: coverage and explain.
    if [ -f "$data/products/sephora-2020-skincare.jsonl" ]; then
        "$inci" dict coverage "$data/products/sephora-2020-skincare.jsonl" "$data/products/sephora-cosmetics.csv" >"$out/coverage.txt" 2>&1
    fi
    for name in dimethicone "salicylic acid" 병풀추출물 niacinamid parfum; do
        "$inci" explain "$name"
    done >"$out/explain.txt" 2>&1
}

mkdir -p "$work"
if [ -f "$data/products/sephora-2020-skincare.jsonl" ]; then
    python3 - "$data/products/sephora-2020-skincare.jsonl" "$work/sephora-texts" <<'EOF'
import json, os, sys
os.makedirs(sys.argv[2], exist_ok=True)
for index, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    if index >= 300: break
    text = json.loads(line).get("ingredients") or ""
    open(os.path.join(sys.argv[2], f"{index:04}.txt"), "w", encoding="utf-8").write(text)
EOF
fi
run_all "$old" "$work/old"
run_all "$new" "$work/new"
rm -rf "$work/sephora-texts"
if diff -rq "$work/old" "$work/new"; then
    echo "identical: every output in $work/old and $work/new"
else
    echo "outputs differ (see diff -r $work/old $work/new)"
    exit 1
fi
