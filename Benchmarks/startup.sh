#!/usr/bin/env bash
# Start-up of `inci analyze` against trivial Swift executables (issue 7's goal: at most 1.5x).
# Usage: bash Benchmarks/startup.sh   (from the repository root; needs hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine
swift build -c release --product inci >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'print("hello")\n' > "$work/trivial.swift"
printf 'import Foundation\nprint(ProcessInfo.processInfo.arguments.count)\n' > "$work/trivial-foundation.swift"
swiftc -O "$work/trivial.swift" -o "$work/trivial"
swiftc -O "$work/trivial-foundation.swift" -o "$work/trivial-foundation"
inci=.build/release/inci
hyperfine -N --warmup 5 --runs 60 \
    -n "trivial Swift executable" "$work/trivial" \
    -n "trivial Swift executable importing Foundation" "$work/trivial-foundation" \
    -n "inci --version" "$inci --version" \
    -n "inci analyze, 5 names" "$inci analyze --no-overlay 'Water, Niacinamide 10%, Zinc PCA, Glycerin, Salicylic Acid 2%'" \
    -n "inci analyze, 5 names, one misspelt" "$inci analyze --no-overlay 'Water, Niacinimide 10%, Zinc PCA, Glycerin, Salicylic Acid 2%'"
