#!/bin/sh
# jobs.sh — -j N (issue 12): doc, code, parse and actors write the same
# bytes, on stdout and stderr, whatever the number of worker threads; a
# rejected input line is reported at its place in the input order. With
# ../shared: the gold articles (dev, dev2), the seed and English TABARI
# records with the full CAMEO dictionaries.
. "$(dirname "$0")/../cli_lib.sh"

# same_output NAME ARGS...: stdout and stderr of -j 1 and -j 2 (and -j 3)
# identical, and stdout not empty (a comparison of nothing proves nothing)
same_output() {
    what=$1; shift
    "$WARTA" "$@" -j 1 >"$TMP/o1" 2>"$TMP/e1"; s1=$?
    "$WARTA" "$@" -j 2 >"$TMP/o2" 2>"$TMP/e2"; s2=$?
    "$WARTA" "$@" --jobs=3 >"$TMP/o3" 2>"$TMP/e3"; s3=$?
    if [ -s "$TMP/o1" ]; then ok; else bad "$what: -j 1 wrote nothing"; fi
    if cmp -s "$TMP/o1" "$TMP/o2" && cmp -s "$TMP/o1" "$TMP/o3"; then ok; else bad "$what: stdout differs between -j 1, -j 2 and -j 3"; fi
    if cmp -s "$TMP/e1" "$TMP/e2" && cmp -s "$TMP/e1" "$TMP/e3"; then ok; else bad "$what: stderr differs between -j 1, -j 2 and -j 3"; diff "$TMP/e1" "$TMP/e2" | head -5 >&2; fi
    expect_eq "$s1 $s2 $s3" "$s1 $s1 $s1" "$what: same exit status"
}

# 40 small Indonesian articles, every seventh line broken JSON: more than
# one batch (16 articles), so the workers really share the input
i=0
: >"$TMP/many.jsonl"
while [ $i -lt 40 ]; do
    i=$((i + 1))
    if [ $((i % 7)) -eq 0 ]; then echo '{"id":"broken' >>"$TMP/many.jsonl"; continue; fi
    printf '{"id":"a%d","date":"2017-11-%02d","text":"Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Jakarta pada hari ke-%d.\\nMenteri Luar Negeri Retno Marsudi mengecam serangan Israel ke Gaza."}\n' $i $((i % 28 + 1)) $i >>"$TMP/many.jsonl"
done
same_output "doc, broken lines" doc --keep-going "$TMP/many.jsonl"
expect_eq "$(grep -c '"id":"a' "$TMP/o1")" 35 "doc: the 35 good articles"
# the errors come in line order: 7, 14, 21, 28, 35
expect_eq "$(grep -o 'many.jsonl:[0-9]*' "$TMP/e2" | cut -d: -f2 | tr '\n' ' ')" "7 14 21 28 35 " "-j 2: errors in input order"
same_output "code --lang id, broken lines" code --lang id --keep-going "$TMP/many.jsonl"
expect_grep "$TMP/o2" '"doc":"a40"' "code -j 2: the last article coded"
expect_eq "$(grep -o '"doc":"a[0-9]*"' "$TMP/o2" | uniq | tr -d '"doc:a' | tr '\n' ' ' | cut -c1-12)" "1 2 3 4 5 6 " "code -j 2: articles in input order"
same_output "parse, broken lines" parse --keep-going "$TMP/many.jsonl"
same_output "actors, broken lines" actors --keep-going "$TMP/many.jsonl"
# stdin
"$WARTA" doc -j 2 --keep-going <"$TMP/many.jsonl" >"$TMP/stdin.out" 2>/dev/null
"$WARTA" doc -j 1 --keep-going <"$TMP/many.jsonl" >"$TMP/stdin1.out" 2>/dev/null
if cmp -s "$TMP/stdin.out" "$TMP/stdin1.out" && [ -s "$TMP/stdin.out" ]; then ok; else bad "doc from stdin: -j 2 differs from -j 1"; fi
expect_status 2 "-j wants a number" -- "$WARTA" doc -j many "$TMP/many.jsonl"
expect_grep "$TMP/err" '-j wants a number' "bad -j explained"
expect_status 0 "--help lists -j" -- "$WARTA" code --help
expect_grep "$TMP/out" '--jobs' "code --help mentions --jobs"

# English TABARI records, small dictionaries, more than one batch (64)
cat >"$TMP/t.actors" <<'D'
RUSSIA [RUS]
NORTH_KOREA [PRK]
UNITED_STATES [USA]
JAPAN [JPN]
D
cat >"$TMP/t.verbs" <<'D'
CONDEMN [111]
PRAISE [051]
D
i=0
: >"$TMP/r.txt"
while [ $i -lt 150 ]; do
    i=$((i + 1))
    [ $i -eq 77 ] && printf '95010 BAD\nA record with a broken header line here.\n\n' >>"$TMP/r.txt"
    printf '171128 R%d\nThe United States condemned North Korea on Wednesday for test %d.\n\n' $i $i >>"$TMP/r.txt"
    printf '171129 S%d\nJapan praised Russia on Thursday for its help in round %d.\n\n' $i $i >>"$TMP/r.txt"
done
same_output "code --input tabari" code --input tabari --no-cache --keep-going --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/r.txt"
expect_eq "$(grep -c '"code":"111"' "$TMP/o2")" 150 "records -j 2: every 111 event"
expect_grep "$TMP/e2" 'r.txt:457: error: malformed record header' "records -j 2: the broken header reported with its line"
"$WARTA" code --input tabari --no-cache -j 2 --dict "$TMP/t.verbs" "$TMP/t.actors" <"$TMP/r.txt" >"$TMP/stdin.out" 2>/dev/null
if cmp -s "$TMP/stdin.out" "$TMP/o1"; then ok; else bad "records from stdin (streamed) differ from the file"; fi
# English articles (--lang en) through the same dictionaries, more than a batch
i=0
: >"$TMP/en.jsonl"
while [ $i -lt 40 ]; do
    i=$((i + 1))
    printf '{"id":"e%d","date":"2017-11-28","text":"The United States condemned North Korea on Wednesday for test %d.\\nJapan praised Russia on Thursday for its help in round %d."}\n' $i $i $i >>"$TMP/en.jsonl"
done
same_output "code --lang en articles" code --lang en --no-cache --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/en.jsonl"
expect_eq "$(grep -c '"code":"051"' "$TMP/o2")" 40 "English articles -j 2: every 051 event"

if S=$(shared_dir); then
    G=$S/gold
    IN="$G/dev-articles.jsonl $G/dev2-articles.jsonl $S/seed/000_4d979f310ff41e0e.txt"
    same_output "doc: dev, dev2, seed" doc $IN
    same_output "code --lang id: dev, dev2, seed" code --lang id $IN
    same_output "parse: dev, dev2, seed" parse $IN
    same_output "actors: dev, dev2, seed" actors $IN
    C=$S/cameo
    head -n 4000 "$S/corpus/en-bench-10k.tabari.txt" >"$TMP/en.txt"
    same_output "code --input tabari: English records, CAMEO dictionaries" code --input tabari --keep-going \
        --cache "$TMP/cache" --dict "$C/CAMEO.080612.verbs" "$C/CountryInfo.120116.actors" "$C/Internatnl.120521.actors" \
        "$C/Levant.080629.actors" "$C/PSU.120522.agents" "$C/CAMEO.09b5.options" "$TMP/en.txt"
else
    echo "jobs.sh: ../shared not found; the gold, seed and English record comparisons are skipped"
fi
finish jobs.sh
