#!/usr/bin/env bash
# Formats every Swift file with the toolchain's swift-format and the repository's `.swift-format`
# (4-space indent, 120 columns). `scripts/format.sh --lint` checks instead of rewriting, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources Benchmarks/Package.swift Benchmarks/Benchmarks)
if [ "${1:-}" = "--lint" ]; then
    swift format lint --strict --parallel -r "${paths[@]}"
else
    swift format format --in-place --parallel -r "${paths[@]}"
fi
