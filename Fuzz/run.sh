#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs them. Not part of `make test`.
#
#   Fuzz/run.sh build                 build every target (release, -sanitize=fuzzer,address)
#   Fuzz/run.sh run TARGET [SECONDS]  fuzz one target (default 600 s) from the seed corpus, at nice 19
#   Fuzz/run.sh all [SECONDS]         build, then fuzz every target in turn
#   Fuzz/run.sh regress               run every target once over Tests/Corpus/crashes (no fuzzing)
#
# -timeout is wall time: at nice 19 on a busy machine a 1 s input can take 30 s, hence 120 s by default
# (FUZZ_TIMEOUT=10 on an idle machine finds slow inputs sooner).
# Leak detection is off: Foundation's once-only caches (ICU regular expressions compiled on first use)
# are reported as leaks, and nothing in Parallax frees memory by hand.
# Targets: FuzzIngest FuzzSegment FuzzQuotes FuzzPeople FuzzAlign. Crashing inputs land in
# Fuzz/artifacts/; copy them to Tests/Corpus/crashes/ and add a regression test.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"
TARGETS=(FuzzIngest FuzzSegment FuzzQuotes FuzzPeople FuzzAlign)
CONFIG=${FUZZ_CONFIG:-release}
BIN=.build/$CONFIG

build() {
    swift build -c "$CONFIG" -Xswiftc -sanitize=fuzzer,address "$@"
}

# Seeds: every demo article and hostile file for the one-article targets; for the story targets, each demo
# story as its articles joined by 0xFF bytes (the separator FuzzInput.story cuts at).
seeds() {
    local t=$1 dir=.build/seeds/$1
    rm -rf "$dir" && mkdir -p "$dir"
    case $t in
        FuzzIngest|FuzzSegment)
            for f in ../articles/*/*.txt ../articles/*/*.md ../Tests/Corpus/hostile/*; do
                [ -f "$f" ] && [ "$(basename "$f")" != README.md ] && cp "$f" "$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
            done ;;
        *)
            for s in ../articles/*/; do
                local out="$dir/$(basename "$s")" first=1
                : > "$out"
                for f in "$s"*.txt; do
                    [ $first = 1 ] || printf '\xff' >> "$out"
                    head -c 4000 "$f" >> "$out"; first=0
                done
            done
            for f in ../Tests/Corpus/hostile/*; do [ -f "$f" ] && head -c 8000 "$f" > "$dir/hostile-$(basename "$f")"; done ;;
    esac
    [ -d ../Tests/Corpus/crashes ] && cp ../Tests/Corpus/crashes/* "$dir/" 2>/dev/null || true
}

run() {
    local t=$1 secs=${2:-600}
    seeds "$t"
    mkdir -p ".build/corpus/$t" artifacts
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} nice -n 19 "$BIN/$t" ".build/corpus/$t" ".build/seeds/$t" \
        -max_total_time="$secs" -max_len=8192 -timeout=${FUZZ_TIMEOUT:-120} -rss_limit_mb=3072 -detect_leaks=0 \
        -artifact_prefix="artifacts/$t-" -print_final_stats=1
}

case "${1:-}" in
    build) shift; build "$@" ;;
    run) run "$2" "${3:-600}" ;;
    all) build; for t in "${TARGETS[@]}"; do run "$t" "${2:-600}"; done ;;
    regress)
        for t in "${TARGETS[@]}"; do
            [ -n "$(ls ../Tests/Corpus/crashes 2>/dev/null)" ] || break
            ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$BIN/$t" ../Tests/Corpus/crashes/*
        done ;;
    *) sed -n '2,11p' "$0"; exit 64 ;;
esac
