#!/bin/sh
# Instructions per product of the host-overhead suite (docs/performance.md), counted by
# callgrind, which is repeatable where timings on a shared machine are not:
#   swift build -c release --product tiwizi-benchmarks --scratch-path .build-release
#   Benchmarks/instructions.sh
# Runs the suite on 2,000 products (5 iterations, one round) and prints the instructions of one
# engine.price with the host-overhead rule, and of one product through the naive C host.
# Valgrind 3.19 cannot read Swift's DWARF 5: it runs a copy of the binary without debug info.
set -eu
binary=${TIWIZI_BENCHMARKS:-.build-release/release/tiwizi-benchmarks}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$binary" "$work/benchmarks"
TIWIZI_BENCH_PRODUCTS=2000 TIWIZI_BENCH_ROUNDS=1 valgrind --tool=callgrind --callgrind-out-file="$work/out" \
  "$work/benchmarks" --filter "host" --iterations 5 --warmup-iterations 0 --quiet > /dev/null 2> "$work/log"
callgrind_annotate --inclusive=yes --tree=calling --threshold=100 "$work/out" 2>/dev/null | swift demangle --simplified > "$work/tree"
# The engine row's loop calls RuleEngine.price once per product and iteration (5 x 2,000); the C
# host prices every product once in the check before timing and once per iteration (6 x 2,000).
engine=$(grep -A3 -F '*  ???:closure #2 in RuleBenchmarks.suites(round:) [' "$work/tree" | grep -F 'RuleEngine.price' | awk '{ gsub(",", "", $1); print $1 }')
naive=$(grep -F '*  ???:naive_host_price [' "$work/tree" | awk '{ gsub(",", "", $1); print $1 }')
awk -v e="$engine" -v n="$naive" 'BEGIN {
  printf "engine, 1 rule reading two fields: %d instructions a product\n", e / 10000
  printf "naive C host, a table per product: %d instructions a product\n", n / 12000
  printf "ratio: %.2f\n", (e / 10000) / (n / 12000) }'
