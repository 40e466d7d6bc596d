#!/bin/sh
# The national-scale measurements of docs/performance.md, on a release build:
#   swift build -c release --product tiwizi --scratch-path .build-release
#   Benchmarks/national.sh [work folder]   (default: .build/national)
# Generates the 61,000-cooperative, 600,000-product catalog, imports it, times the sqlite3
# shell's .import of the same products as the baseline (its search index filled by a trigger,
# then filled in one statement after the rows), then times a walk over the catalog
# from Lua, the interactive commands, and repricing the whole catalog through the shipped rules
# on 1 worker (the baseline) and on 2, whose outputs must be the same bytes. Prints seconds and
# peak memory (KiB) per step.
set -eu
tiwizi=${TIWIZI:-.build-release/release/tiwizi}
work=${1:-.build/national}
mkdir -p "$work"
export TIWIZI_CATALOG="$work/catalog.sqlite"
measure() { label=$1; shift; /usr/bin/time -f "$label: %e s, %M KiB" "$@" > /dev/null; }
measure "generate" "$tiwizi" generate --cooperatives 61000 --products 600000 --seed 7 --out "$work/files" --replace
rm -f "$TIWIZI_CATALOG" "$TIWIZI_CATALOG-wal" "$TIWIZI_CATALOG-shm"
measure "import" "$tiwizi" import "$work/files"
echo "sqlite3 .import of products.csv, index by trigger: $(Benchmarks/Baselines/sqlite-import.sh "$work/files/products.csv" "$work/baseline.sqlite" trigger 2>/dev/null) s"
echo "sqlite3 .import of products.csv, index filled after: $(Benchmarks/Baselines/sqlite-import.sh "$work/files/products.csv" "$work/baseline.sqlite" after 2>/dev/null) s"
printf 'local n = 0\nfor p in catalog.products{} do\n  local sku, price, category, stock, region = p.sku, p.price, p.category, p.stock, p.region\n  n = n + 1\nend\nprint(n)\n' > "$work/walk.lua"
measure "walk: for p in catalog.products{} reading five fields" "$tiwizi" run "$work/walk.lua" --timeout 600 --max-instructions 2000000000
sku=$(sqlite3 "$TIWIZI_CATALOG" "SELECT sku FROM products ORDER BY sku LIMIT 1 OFFSET 300000")
coop=$(sqlite3 "$TIWIZI_CATALOG" "SELECT cooperative_id FROM products WHERE sku = '$sku'")
for i in 1 2 3; do
  measure "tiwizi --version" "$tiwizi" --version
  measure "product list --coop $coop" "$tiwizi" product list --coop "$coop"
  measure "product show $sku" "$tiwizi" product show "$sku"
  measure "price $sku" "$tiwizi" price "$sku"
done
# National repricing: the whole catalog through the shipped rules, streamed to a file as JSON.
for workers in 1 2; do
  /usr/bin/time -f "%e %M" -o "$work/price-$workers.time" \
    "$tiwizi" price --json --at 2026-03-20T09:00 --workers "$workers" > "$work/prices-$workers.json"
  read -r seconds kib < "$work/price-$workers.time"
  echo "price --json of the whole catalog, $workers worker(s): $seconds s, $kib KiB"
done
cmp "$work/prices-1.json" "$work/prices-2.json" && echo "the outputs of 1 and 2 workers are the same bytes"
awk '{ print $1 }' "$work/price-1.time" "$work/price-2.time" | paste -sd' ' | awk '{ printf "speed-up with 2 workers: %.2fx\n", $1 / $2 }'
