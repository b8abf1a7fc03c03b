#!/bin/sh
# records_dev.sh — GDELT rows, re-coding, a concurrent reader and a killed
# writer on the dev articles (issue 6, acceptance 2 and 3).
. "$(dirname "$0")/../cli_lib.sh"

if ! shared=$(shared_dir); then
    echo "records_dev: ../shared not found, skipped"
    finish records_dev
    exit $?
fi
dev="$shared/gold/dev-articles.jsonl"
data="${WARTA_ROOT:-.}/data"
"$WARTA" code --lang id --format gdelt "$dev" >"$TMP/dev.gdelt" 2>"$TMP/err"
if ! [ -s "$TMP/dev.gdelt" ]; then
    echo "records_dev: 'warta code --lang id' produced no events yet, skipped"
    finish records_dev
    exit $?
fi

# acceptance 2: 61 fields; root is the prefix of base and code; QuadClass
# and Goldstein agree with the code (goldstein.tsv, falling back 4→3→2 digits)
awk -F'\t' -v table="$data/cameo/goldstein.tsv" '
    BEGIN { while ((getline line < table) > 0) { if (line ~ /^#/) continue; split(line, f, "\t"); g[f[1]] = f[2] } }
    {
        rows++
        if (NF != 61) { print "row " NR ": " NF " fields"; next }
        code = $27; base = $28; root = $29
        if (substr(code, 1, 2) != root || substr(base, 1, 2) != root || substr(code, 1, 3) != base)
            print "row " NR ": code " code " base " base " root " root
        r = root + 0
        q = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4
        if ($30 != q) print "row " NR ": quad " $30 " for " code
        want = (code in g) ? g[code] : (substr(code, 1, 3) in g) ? g[substr(code, 1, 3)] : g[root]
        if ($31 + 0 != want + 0) print "row " NR ": goldstein " $31 " for " code ", want " want
    }
    END { print "rows " rows }' "$TMP/dev.gdelt" >"$TMP/gdelt.check"
expect_no_grep "$TMP/gdelt.check" "^row [0-9]" "GDELT rows consistent"
grep "^row [0-9]" "$TMP/gdelt.check" | head -5 >&2
rows=$(sed -n 's/^rows //p' "$TMP/gdelt.check")
[ "${rows:-0}" -gt 20 ] && ok || bad "dev articles give more than 20 GDELT rows (got $rows)"

# acceptance 3a: twice into the same db leaves the same counts
db="$TMP/dev.sqlite"
count_sql="SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM mentions) AS m"
"$WARTA" code --lang id --db "$db" --format json "$dev" >/dev/null 2>&1
"$WARTA" query --db "$db" --sql "$count_sql" >"$TMP/once" 2>&1
"$WARTA" code --lang id --db "$db" --format json "$dev" >/dev/null 2>&1
"$WARTA" query --db "$db" --sql "$count_sql" >"$TMP/twice" 2>&1
expect_eq "$(cat "$TMP/twice")" "$(cat "$TMP/once")" "coding the dev articles twice = once"
expect_grep "$TMP/once" '^\{"a":40,' "40 dev articles stored"

# articles whose rows do not add up; 0 in a consistent database
broken_sql="SELECT (SELECT count(*) FROM articles a WHERE a.events != (SELECT count(*) FROM events e WHERE e.article_id = a.id)) + (SELECT count(*) FROM events e WHERE e.mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)) AS broken"

# acceptance 3b: queries during a write see whole articles
corpus="$shared/corpus/id-news.jsonl"
head -n 300 "$corpus" >"$TMP/news.jsonl"
db2="$TMP/busy.sqlite"
"$WARTA" code --lang id --db "$db2" "$TMP/news.jsonl" >/dev/null 2>&1 &
writer=$!
reads=0; inconsistent=0
while kill -0 "$writer" 2>/dev/null; do
    if [ -f "$db2" ] && "$WARTA" query --db "$db2" --sql "$broken_sql" >"$TMP/q" 2>/dev/null; then
        reads=$((reads + 1))
        grep -q '^{"broken":0}$' "$TMP/q" || inconsistent=$((inconsistent + 1))
    fi
done
wait "$writer"
expect_eq "$inconsistent" 0 "reads during a write are consistent ($reads reads)"

# acceptance 3c: SIGKILL mid-run leaves a database of whole articles
db3="$TMP/killed.sqlite"
"$WARTA" code --lang id --db "$db3" "$corpus" >/dev/null 2>&1 &
writer=$!
n=0
for i in $(seq 1 600); do
    sleep 0.1
    n=$("$WARTA" query --db "$db3" --sql "SELECT count(*) AS n FROM articles" 2>/dev/null | sed -n 's/^{"n":\([0-9]*\)}$/\1/p')
    [ "${n:-0}" -gt 0 ] && break
done
if kill -9 "$writer" 2>/dev/null; then
    wait "$writer" 2>/dev/null
    echo "records_dev: writer killed after ${n:-0} article(s) were visible"
else
    echo "records_dev: note: the writer finished before it could be killed"
fi
expect_status 0 "killed db opens" -- "$WARTA" query --db "$db3" --sql "PRAGMA integrity_check"
expect_grep "$TMP/out" '^\{"integrity_check":"ok"\}$' "killed db passes the integrity check"
expect_status 0 "killed db query" -- "$WARTA" query --db "$db3" --sql "$broken_sql"
expect_grep "$TMP/out" '^\{"broken":0\}$' "killed db holds only whole articles"
finish records_dev
