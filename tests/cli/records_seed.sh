#!/bin/sh
# records_seed.sh — event records on the seed article: dates, place,
# weights, the store and `warta query` (issue 6, acceptance 1 and 4).
. "$(dirname "$0")/../cli_lib.sh"

expect_status 0 "query --help" -- "$WARTA" query --help
expect_grep "$TMP/out" '--actor CODE' "query --help lists --actor"
expect_status 2 "query without --db" -- "$WARTA" query --actor RUS
expect_status 3 "query on a missing database" -- "$WARTA" query --db "$TMP/none.sqlite"
expect_status 2 "query with a bad root" -- "$WARTA" query --db "$TMP/none.sqlite" --root 4x

if ! shared=$(shared_dir); then
    echo "records_seed: ../shared not found, seed checks skipped"
    finish records_seed
    exit $?
fi
seed="$shared/seed/000_4d979f310ff41e0e.txt"
db="$TMP/seed.sqlite"
"$WARTA" code --lang id --db "$db" "$seed" >"$TMP/events.jsonl" 2>"$TMP/code.err"
status=$?
if [ "$status" -ne 0 ] || ! grep -q '"code"' "$TMP/events.jsonl"; then
    echo "records_seed: 'warta code --lang id' produced no events yet (exit $status), seed checks skipped"
    sed 's/^/  /' "$TMP/code.err" | head -3
    finish records_seed
    exit $?
fi

# acceptance 1: visits dated 2017-12-12 at Pyongyang with coordinates,
# statements dated 2017-12-14, every event with quad, goldstein and plover
python3 - "$TMP/events.jsonl" >"$TMP/check.txt" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def say(ok, what): print(("ok " if ok else "FAIL ") + what)
visits = [e for e in events if e["code"] == "042" and e["source"].startswith("RUS")]
say(len(visits) >= 1, "a Russian visit event")
for e in visits:
    p = e.get("place") or {}
    say(e.get("date") == "2017-12-12", "visit para %d dated 2017-12-12 (got %s)" % (e["para"], e.get("date")))
    say(p.get("name") == "Pyongyang" and p.get("country") == "PRK", "visit para %d at Pyongyang, PRK (got %s)" % (e["para"], p))
    say(abs(p.get("lat", 0) - 39.0) < 0.5 and abs(p.get("lon", 0) - 125.8) < 0.5, "visit para %d has Pyongyang's coordinates" % e["para"])
statements = [e for e in events if e["code"].startswith("03")]
say(len(statements) >= 1, "statement events (root 03)")
for e in statements:
    say(e.get("date") == "2017-12-14", "statement para %d dated 2017-12-14 (got %s)" % (e["para"], e.get("date")))
for e in events:
    say(e.get("quad") in (1, 2, 3, 4) and isinstance(e.get("goldstein"), (int, float)) and e.get("plover"),
        "event para %d %s has quad, goldstein, plover" % (e["para"], e["code"]))
PY
if grep -q '^FAIL' "$TMP/check.txt"; then bad "seed records"; grep '^FAIL' "$TMP/check.txt" >&2; else ok; fi

# acceptance 4: the store answers "Russia towards North Korea"
expect_status 0 "query --actor RUS --target PRK" -- "$WARTA" query --db "$db" --actor RUS --target PRK
expect_grep "$TMP/out" '"code":"042"' "query returns the visit"
expect_grep "$TMP/out" '"code":"03[0-9]*"' "query returns the statement"
expect_no_grep "$TMP/out" '"source":"USA' "query --actor RUS returns no US events"
n_events=$(grep -c '"code"' "$TMP/events.jsonl")
expect_status 0 "query --sql" -- "$WARTA" query --db "$db" --sql "SELECT count(*) AS n FROM events"
expect_grep "$TMP/out" "^\{\"n\":$n_events\}\$" "the store holds every event written"
expect_status 0 "query --format gdelt" -- "$WARTA" query --db "$db" --format gdelt
bad_rows=$(awk -F'\t' 'NF != 61' "$TMP/out" | wc -l)
expect_eq "$bad_rows" 0 "stored events as GDELT rows of 61 fields"
expect_status 0 "query --format csv --root 04" -- "$WARTA" query --db "$db" --format csv --root 04
expect_grep "$TMP/out" '^doc,para,sent,date,' "csv header"
expect_no_grep "$TMP/out" ',03[0-9]*,03,' "--root 04 keeps only consults"

# coding the same article again replaces it
"$WARTA" code --lang id --db "$db" "$seed" >/dev/null 2>&1
expect_status 0 "query --sql after recoding" -- "$WARTA" query --db "$db" --sql "SELECT count(*) AS n FROM events"
expect_grep "$TMP/out" "^\{\"n\":$n_events\}\$" "recoding leaves the same events"
finish records_seed
