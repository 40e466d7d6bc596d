#!/bin/sh
# The baseline of the import benchmark: the sqlite3 shell's .import of a products CSV into a
# table with the CSV's columns and the indexes Tiwizi keeps on products (unique SKU,
# cooperative, category, region, and the full-text index of the names with its triggers'
# Arabic-mark stripping). Prints the seconds .import took.
#   Benchmarks/Baselines/sqlite-import.sh products.csv [database]
set -eu
csv=$1
db=${2:-$(mktemp -d)/baseline.sqlite}
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
sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE products ($columns TEXT);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE INDEX products_cooperative ON products (cooperative);
CREATE INDEX products_category ON products (category);
CREATE INDEX products_region ON products (origin_region);
CREATE VIRTUAL TABLE products_fts USING fts5($names, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
  INSERT INTO products_fts (rowid, $names) VALUES (new.rowid, $values);
END;
SQL
start=$(date +%s.%N)
sqlite3 "$db" <<SQL
.mode csv
.import --skip 1 $csv products
SQL
end=$(date +%s.%N)
echo "$end - $start" | bc
