# store.sh — the event store never locks out and never writes where it
# should not: query in a read-only folder, a second writer during a long
# run, a database damaged inside a page, a foreign SQLite file, a file that
# is not a database. Each with its exit status and message, nothing lost.
. tests/cli_lib.sh
root=${WARTA_ROOT:-$PWD}
example="$root/examples/berita-contoh.txt"
count() { sqlite3 "$1" "$2" 2>/dev/null; }

# a store to work on: the example article
expect_status 0 "code --db" -- "$WARTA" code --lang id --db "$TMP/a.db" "$example"
events=$(count "$TMP/a.db" "SELECT count(*) FROM events")
[ "${events:-0}" -ge 1 ] && ok || bad "no events stored"
expect_eq "$(ls "$TMP" | grep -c 'a.db-')" 0 "a closed writer leaves no -wal/-shm"

# 1. query from a read-only folder: works, writes nothing
mkdir "$TMP/ro"
cp "$TMP/a.db" "$TMP/ro/a.db"
chmod 555 "$TMP/ro"
chmod 444 "$TMP/ro/a.db"
as_user=""
if [ "$(id -u)" -eq 0 ]; then  # root writes anywhere: run as nobody
    if command -v setpriv >/dev/null 2>&1; then
        as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
        chmod o+rx "$TMP"
    fi
fi
reader=$WARTA
# the checkout may sit where nobody cannot reach it (/root): a copy can
if [ -n "$as_user" ] && ! $as_user "$reader" --version >/dev/null 2>&1; then
    cp "$WARTA" "$TMP/warta-reader"
    chmod 755 "$TMP/warta-reader"
    reader=$TMP/warta-reader
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_user" ]; then
    expect_status 0 "query in a read-only folder" -- $as_user "$reader" query --db "$TMP/ro/a.db"
    expect_eq "$(grep -c '"code"' "$TMP/out")" "$events" "query in a read-only folder: every event"
    expect_eq "$(ls "$TMP/ro")" "a.db" "query leaves no -wal/-shm"
    expect_status 0 "query --sql in a read-only folder" -- $as_user "$reader" query --db "$TMP/ro/a.db" --sql "SELECT count(*) AS n FROM articles"
    expect_grep "$TMP/out" '^\{"n":1\}$' "query --sql counts the article"
else
    echo "store.sh: running as root without setpriv, read-only folder skipped"
fi
chmod 755 "$TMP/ro"
# query never writes, even where it could
cp "$TMP/a.db" "$TMP/q.db"
sum=$(cksum <"$TMP/q.db")
expect_status 0 "query" -- "$WARTA" query --db "$TMP/q.db" --sql "SELECT count(*) FROM events"
expect_eq "$(cksum <"$TMP/q.db")" "$sum" "query leaves the database as it was"
expect_eq "$(ls "$TMP" | grep -c 'q.db-')" 0 "query leaves no -wal/-shm"

# 2. a second writer while the first codes a long run: it waits seconds
i=0
while [ $i -lt 2000 ]; do   # long enough for the release build too (it codes 400 in half a second)
    printf '{"id":"long-%d","date":"2017-11-06","text":"Menteri Luar Negeri Jepang Taro Kono tiba di Jakarta, Senin. Kono bertemu Menteri Luar Negeri Retno Marsudi."}\n' $i
    i=$((i + 1))
done >"$TMP/long.jsonl"
# (-j 1: two workers would finish the run before the second writer starts)
"$WARTA" code --lang id -j 1 --db "$TMP/b.db" "$TMP/long.jsonl" >/dev/null 2>"$TMP/first.err" &
first=$!
# wait until the first writer has committed something
n=0
while [ "$(count "$TMP/b.db" "SELECT count(*) FROM articles")" = "" ] || [ "$(count "$TMP/b.db" "SELECT count(*) FROM articles")" -lt 1 ]; do
    sleep 0.2; n=$((n + 1)); [ $n -gt 300 ] && break
done
start=$(date +%s)
expect_status 0 "second writer during a long run" -- "$WARTA" code --lang id --db "$TMP/b.db" "$example"
took=$(( $(date +%s) - start ))
if kill -0 $first 2>/dev/null; then ok; else bad "the first writer ended before the second one wrote (test too short)"; fi
if [ $took -le 10 ]; then ok; else bad "second writer waited ${took}s"; fi
wait $first
expect_eq "$?" 0 "first writer's exit status"
expect_eq "$(count "$TMP/b.db" "SELECT count(*) FROM articles")" 2001 "both writers' articles stored"
expect_eq "$(count "$TMP/b.db" "SELECT count(DISTINCT article_id) FROM events WHERE article_id LIKE 'long-%'")" 2000 "every long-run article has its events"
expect_eq "$(ls "$TMP" | grep -c 'b.db-')" 0 "two writers leave no -wal/-shm"

# 3. a page damaged on disk: refused, not written
nice "$WARTA" code --lang id --db "$TMP/c.db" "$TMP/long.jsonl" >/dev/null 2>&1
pages=$(count "$TMP/c.db" "PRAGMA page_count")
size=$(count "$TMP/c.db" "PRAGMA page_size")
[ "${pages:-0}" -ge 4 ] && ok || bad "damaged-page test needs a database of several pages"
# the header of a b-tree page in the middle of the file (page type, cell
# count, content offset) overwritten, as a bad sector or a stray write would
page=$(( pages / 2 ))
printf 'warta-test-damage-warta-test-damage' |
    dd of="$TMP/c.db" bs=1 seek=$(( (page - 1) * size )) conv=notrunc 2>/dev/null
sum=$(cksum <"$TMP/c.db")
expect_status 3 "code --db on a damaged database" -- "$WARTA" code --lang id --db "$TMP/c.db" "$example"
expect_grep "$TMP/err" "c.db: error: database is corrupt \(quick_check: .*\); not touched" "damaged database: the message"
expect_eq "$(cksum <"$TMP/c.db")" "$sum" "damaged database left as it was"
expect_status 3 "query on a damaged database" -- "$WARTA" query --db "$TMP/c.db"
expect_grep "$TMP/err" "database is corrupt" "query on a damaged database: the message"

# 4. another program's SQLite file: refused, not modified
sqlite3 "$TMP/f.db" "CREATE TABLE events (who TEXT, what TEXT); INSERT INTO events VALUES ('a', 'b');"
sum=$(cksum <"$TMP/f.db")
expect_status 3 "code --db on a foreign database" -- "$WARTA" code --lang id --db "$TMP/f.db" "$example"
expect_grep "$TMP/err" "f.db: error: not a warta database \(an SQLite file with 1 other table\(s\), user_version 0\); not touched" "foreign database: the message"
expect_eq "$(cksum <"$TMP/f.db")" "$sum" "foreign database left as it was"
expect_eq "$(count "$TMP/f.db" "SELECT count(*) FROM sqlite_master")" 1 "foreign database: no table added"
# a newer warta's store
cp "$TMP/a.db" "$TMP/n.db"
sqlite3 "$TMP/n.db" "PRAGMA user_version = 7"
expect_status 3 "code --db on a newer store" -- "$WARTA" code --lang id --db "$TMP/n.db" "$example"
expect_grep "$TMP/err" "written by a newer warta \(store version 7; this one reads 1\)" "newer store: the message"
# not a database at all
echo "just text" >"$TMP/t.db"
expect_status 3 "code --db on a text file" -- "$WARTA" code --lang id --db "$TMP/t.db" "$example"
expect_grep "$TMP/err" "t.db: error: not a warta database: file is not a database" "text file: the message"
expect_eq "$(cat "$TMP/t.db")" "just text" "text file left as it was"
finish store.sh
