#!/usr/bin/env bash
# The streaming batch mode and the Spark job (issue 17), with one binary:
#   1. lines per second of `inci analyze --batch` (--jobs 1 and 2) against `inci dict coverage` on the same
#      real lists (hyperfine, interleaved), 20,000 records by default;
#   2. peak memory of `inci analyze --batch --lines` on 10,000 and on 1,000,000 lines of the same mix (a
#      constant figure is the goal);
#   3. the Spark job on local[2] against `inci analyze --batch --jobs 2` (Integrations/spark/test_inci_spark.py,
#      which also checks that every record agrees).
# Usage: bash Benchmarks/batch.sh [INCI_BINARY]   (from the repository root; default: builds the self-contained
#        release binary, `swift build -c release --static-swift-stdlib`). RECORDS=N and LINES=N change the sizes;
#        PYTHON=path/to/python with pyspark for part 3 (skipped, saying so, without it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine
inci=${1:-}
if [ -z "$inci" ]; then
    swift build -c release --static-swift-stdlib --product inci >/dev/null
    inci=.build/release/inci
fi
inci=$(realpath "$inci")
records=${RECORDS:-20000}
lines=${LINES:-1000000}
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== 1. lines per second: inci analyze --batch against inci dict coverage ($records real records)"
python3 Integrations/spark/test_inci_spark.py --write-records "$work/records.jsonl" --count "$records"
# -i: a batch with unreadable records exits 1 (they are error lines), which is not a failure here.
hyperfine -N -i --warmup 1 --runs 3 --export-json "$work/lines.json" \
    -n "inci dict coverage" "$inci dict coverage --no-overlay $work/records.jsonl" \
    -n "inci analyze --batch --jobs 1" "$inci analyze --batch $work/records.jsonl --jobs 1 --quiet --no-overlay -o $work/out1.jsonl" \
    -n "inci analyze --batch --jobs 2" "$inci analyze --batch $work/records.jsonl --jobs 2 --quiet --no-overlay -o $work/out2.jsonl"
cmp -s "$work/out1.jsonl" "$work/out2.jsonl" && echo "--jobs 1 and --jobs 2: identical bytes" \
    || { echo "--jobs 1 and --jobs 2 differ"; exit 1; }
python3 - "$work/lines.json" "$records" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    records = int(sys.argv[2])
    print(f"{result['command']}: {result['mean']:.2f} s wall ({records / result['mean']:,.0f} lines/s), "
          f"{result['user']:.2f} s user CPU ({records / result['user']:,.0f} lines per CPU second)")
PY

echo "== 2. peak memory on 10,000 and $lines lines (short catalog lists, one in a hundred with a problem)"
python3 Benchmarks/generate-catalog.py "$lines" | python3 -c '
import csv, sys
for row in csv.DictReader(sys.stdin):
    print(row["Ingredients"])' > "$work/lines.txt"
head -n 10000 "$work/lines.txt" > "$work/lines-10k.txt"
for input in "$work/lines-10k.txt" "$work/lines.txt"; do
    count=$(wc -l < "$input")
    /usr/bin/time -f "%e s wall, %U s user, peak RSS %M KB" -o "$work/time.txt" \
        "$inci" analyze --batch --lines "$input" --jobs 2 --quiet --no-overlay -o "$work/lines-out.jsonl" || true
    echo "$count lines: $(cat "$work/time.txt"), $(wc -l < "$work/lines-out.jsonl") output lines"
done

echo "== 3. the Spark job on local[2] against inci analyze --batch --jobs 2 ($records records)"
if "$python" -c "import pyspark" 2>/dev/null && command -v java >/dev/null; then
    "$python" Integrations/spark/test_inci_spark.py --inci "$inci" --count "$records"
else
    echo "skipped: $python has no pyspark or Java is missing (PYTHON=path/to/venv/bin/python)"
fi
