#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer + AddressSanitizer and runs it.
#   Fuzz/fuzz.sh FuzzTokenizer [SECONDS] [extra libFuzzer flags…]
# Seeds: the project's own fixtures, read in place (libFuzzer reads seed folders recursively and writes
# only to the first folder). Corpus growth and artifacts: Work/<target>/ (ignored).
# A crasher is written to Work/<target>/artifacts/crash-*: minimize it, commit it under Regressions/<target>/.
# CONFIG=debug builds without optimization (better stack traces, about a third of the executions per second).
# SCRATCH=DIR builds in DIR instead of .build-fuzz (to run beside another build).
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz.sh TARGET [SECONDS] [libFuzzer flags…]}
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
swift build -c "${CONFIG:-release}" --product "$target" --scratch-path "${SCRATCH:-.build-fuzz}" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
case "$target" in
    FuzzTokenizer) seeds=(../Fixtures/lists ../Fixtures/catalogs) ;;
    FuzzDictionaryLoader) seeds=(../Fixtures/dictionary ../Dictionaries/scoring) ;;
    FuzzHTMLExtractor) seeds=(../Fixtures/html) ;;
    FuzzCatalogReader) seeds=(../Fixtures/catalogs ../Fixtures/cosing) ;;
    FuzzPolicyLoader) seeds=(../Fixtures/catalogs) ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
mkdir -p "Work/$target/corpus" "Work/$target/artifacts"
# The Swift runtime's backtracer and ASan fight over the crashing process: let libFuzzer report.
export SWIFT_BACKTRACE=enable=no
exec "${SCRATCH:-.build-fuzz}/${CONFIG:-release}/$target" "Work/$target/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="Work/$target/artifacts/" "$@"
