#!/usr/bin/env bash
# Builds the DocC documentation of the library modules (INCICore, INCIKit) into .build/docs/<Module>,
# treating warnings (broken symbol links, …) as errors. CI runs it so the catalogs cannot rot.
# Uses the toolchain's docc on the symbol graphs of the current debug build: run `swift build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package dump-symbol-graph >/dev/null
graphs=$(find .build -path '*/symbolgraph' -type d | head -n 1)
mkdir -p .build/docs
for module in INCICore INCIKit; do
    dir=$(mktemp -d)
    cp "$graphs/$module".symbols.json "$dir"/
    cp "$graphs/$module"@*.symbols.json "$dir"/ 2>/dev/null || true
    docc convert "Sources/$module/$module.docc" --additional-symbol-graph-dir "$dir" \
        --output-path ".build/docs/$module" --fallback-display-name "$module" \
        --fallback-bundle-identifier "org.inci.$module" --warnings-as-errors >/dev/null
    rm -r "$dir"
    echo "docs: .build/docs/$module"
done
