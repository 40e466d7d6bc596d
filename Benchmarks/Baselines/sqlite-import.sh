#!/bin/sh
# The baseline of the import benchmark: the sqlite3 shell's .import of a products CSV into a
# table with the CSV's columns and the indexes Tiwizi keeps on products (unique SKU,
# cooperative, category, region, and the full-text index of the names with its triggers'
# Arabic-mark stripping). Prints the seconds .import took.
#   Benchmarks/Baselines/sqlite-import.sh products.csv [database] [trigger|after]
# The full-text index is filled by a trigger for each row (`trigger`, the default), or in one
# INSERT … SELECT after the rows, in the same transaction (`after`): the fastest the shell can
# do, since a trigger that writes to FTS5 makes SQLite flush the index at every row.
set -eu
csv=$1
db=${2:-$(mktemp -d)/baseline.sqlite}
index=${3:-trigger}
rm -f "$db"
header=$(head -n 1 "$csv" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//')
columns=$(echo "$header" | sed 's/,/ TEXT, /g')
# Arabic marks U+064B…U+065F, U+0670 and tatweel U+0640, as the catalog's index strips them.
plain() {
  expression=$1
  for code in $(seq 1611 1631) 1648 1600; do expression="replace($expression, char($code), '')"; done
  echo "$expression"
}
names="name_fr, name_ar, name_en, name_zgh"
values=""
for column in name_fr name_ar name_en name_zgh; do
  case "$header" in *"$column"*) value=$(plain "new.$column") ;; *) value=NULL ;; esac
  values="${values:+$values, }$value"
done
sqlite3 "$db" > /dev/null <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE products ($columns TEXT);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE INDEX products_cooperative ON products (cooperative);
CREATE INDEX products_category ON products (category);
CREATE INDEX products_region ON products (origin_region);
CREATE VIRTUAL TABLE products_fts USING fts5($names, tokenize = 'unicode61 remove_diacritics 2');
SQL
if [ "$index" = trigger ]; then
  sqlite3 "$db" "CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts (rowid, $names) VALUES (new.rowid, $values); END;"
  fill=""
else
  fill="INSERT INTO products_fts (rowid, $names) SELECT rowid, $(echo "$values" | sed 's/new\.//g') FROM products;"
fi
start=$(date +%s.%N)
sqlite3 "$db" <<SQL
BEGIN;
.mode csv
.import --skip 1 $csv products
$fill
COMMIT;
SQL
end=$(date +%s.%N)
echo "$end - $start" | bc
