#!/usr/bin/env bash
# Every project set (benchmarks/data/*.json) and the header-only copies of the three older table
# sets on one half with the assistant, two at a time, as the summary's figures were made:
#
#   bash benchmarks/run_sets.sh dev|test OUT [extra cfa bench options, e.g. --no-cells]
#   SETS="twelfth_cf header-only-tables" bash benchmarks/run_sets.sh dev OUT   # only these
#
# Each set's result JSON, Markdown and per-record lines (.records.jsonl: holds benchmark text, do
# not commit it) go to OUT/<set>/; OUT/summary.txt lists records and top-1/3/5 per set. Choose on
# dev; run test once, after the last change.
set -euo pipefail
split=${1:?dev or test}; out=${2:?an output folder}; shift 2
cd "$(dirname "$0")/.."
mkdir -p "$out"
python benchmarks/header_only.py --out "$out/header-only" >/dev/null
run() {
  local data=$1 name; name=$(basename "$data" .json)
  cfa bench --lang cf --data "$data" --split "$split" -g assistant -k 5 --records --out "$out/$name" "${@:2}" \
    > "$out/$name.log" 2>&1
  python - "$out/$name" "$name" <<'PY'
import glob, json, sys
d = json.load(open([f for f in glob.glob(sys.argv[1] + "/*.json")][0]))
m = d["metrics"].get("table_match") or d["metrics"]["execution_match"]
print(sys.argv[2], d["n"], m["top1"], m["top3"], m["top5"])
PY
}
export -f run; export split out
files=$(ls benchmarks/data/*.json "$out/header-only/header-only-tables.json")
if [ -n "${SETS:-}" ]; then
  files=$(for f in $files; do for s in $SETS; do if [ "$(basename "$f" .json)" = "$s" ]; then echo "$f"; fi; done; done)
fi
printf '%s\n' $files | xargs -P 2 -I{} bash -c 'run "$@"' _ {} "$@" | sort > "$out/summary.txt"
cat "$out/summary.txt"
