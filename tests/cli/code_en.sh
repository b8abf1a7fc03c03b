#!/bin/sh
# code_en.sh — English articles coded with TABARI dictionaries (`warta code
# --lang en --dict FILE...`): the article layer's sentences and spans, the
# TABARI coder's events, and (with ../shared) the same events as
# `--input tabari` on the same sentences with the full CAMEO dictionaries.
. "$(dirname "$0")/../cli_lib.sh"

cat >"$TMP/t.actors" <<'D'
RUSSIA [RUS]
PYONGYANG [PRK]
NORTH_KOREA [PRK]
UNITED_STATES [USA]
JAPAN [JPN]
D
cat >"$TMP/t.agents" <<'D'
DEFENCE_MINISTRY [~MIL]
DELEGATION [~GOV]
D
cat >"$TMP/t.verbs" <<'D'
ARRIVE [042]
- * IN + [042]
CONDEMN [111]
PRAISE [051]
D
# three paragraphs (input lines 0, 2, 3); the second sentence of line 2 is
# a quote. Sentences have at least eight words: TABARI's default SET:
# MINIMUM WORDS leaves shorter ones uncoded, in articles as in records.
cat >"$TMP/a.txt" <<'D'
Russia's defence ministry said on Tuesday its delegation arrived in Pyongyang.

The United States condemned North Korea on Wednesday. "Japan praised Russia for its help on Monday," the minister said.
Nothing happened after that.
D
D="$TMP/t.verbs $TMP/t.actors $TMP/t.agents"
expect_status 0 "code --help lists --dict" -- "$WARTA" code --help
expect_grep "$TMP/out" '--dict' "--help mentions --dict"
expect_status 2 "--lang en without dictionaries" -- "$WARTA" code --lang en "$TMP/a.txt"
expect_grep "$TMP/err" 'needs TABARI dictionaries' "--lang en without --dict explained"
expect_status 0 "code an English article" -- "$WARTA" code --lang en --no-enrich --no-cache --date 2017-11-28 --dict $D "$TMP/a.txt"
expect_grep "$TMP/out" '^\{"doc":"a","para":0,"sent":0,"span":\[0,78\],"source":"RUSMIL","source_text":"Russia.s","target":"PRK","target_text":"Pyongyang","code":"042","root":"04","evidence":"arrived in","evidence_span":\[57,67\],"rule":"[^"]*t\.verbs:2"' "agent + actor, pattern, para 0, sentence span"
expect_grep "$TMP/out" '"para":2,"sent":1,"span":\[80,133\],"source":"USA","source_text":"United States","target":"PRK","target_text":"North Korea","code":"111"' "second paragraph: para 2, span"
expect_grep "$TMP/out" '"para":2,"sent":2,"span":\[134,199\],"source":"JPN","source_text":"Japan","target":"RUS".*"code":"051"' "the quoted sentence is coded"
expect_eq "$(grep -c '"code"' "$TMP/out")" 3 "three events"
expect_grep "$TMP/err" '1 article\(s\) coded \(3 events\)' "summary counts the English article as coded"
expect_status 0 "--explain" -- "$WARTA" code --lang en --no-enrich --no-cache --explain --dict $D "$TMP/a.txt"
expect_grep "$TMP/err" 'ACTOR\[UNITED STATES\]=USA VERB\[CONDEMNED\]' "--explain shows TABARI's parse"
expect_grep "$TMP/err" 'EVENT USA -> PRK 111 \([^)]*t\.verbs:3\)' "--explain shows the event and its rule"
expect_grep "$TMP/err" 'sent 3 \(para 3\).*' "--explain lists every sentence"
expect_grep "$TMP/err" 'too short, not coded' "--explain says why a sentence is not coded"
expect_status 0 "enriched, as JSON Lines" -- "$WARTA" code --lang en --no-cache --date 2017-11-28 --dict $D "$TMP/a.txt"
expect_grep "$TMP/out" '"code":"042".*"date":"2017-11-2[0-9]".*"quad":1' "events are enriched (date, quad)"
expect_status 0 "--format csv" -- "$WARTA" code --lang en --no-cache --date 2017-11-28 --format csv --dict $D "$TMP/a.txt"
expect_grep "$TMP/out" ',RUSMIL,' "csv row"
# --lang auto with --dict: English coded, Indonesian coded, one stream
printf '{"id":"en1","date":"2017-11-28","text":"The United States condemned North Korea on Wednesday."}\n{"id":"id1","text":"Indonesia mengecam Israel atas serangan yang dilakukan di Gaza."}\n' >"$TMP/mixed.jsonl"
expect_status 0 "--lang auto with --dict" -- "$WARTA" code --no-enrich --no-cache --dict $D "$TMP/mixed.jsonl"
expect_grep "$TMP/out" '"doc":"en1".*"source":"USA".*"target":"PRK".*"code":"111"' "English article coded under auto"
expect_grep "$TMP/out" '"doc":"id1".*"source":"IDN".*"target":"ISR"' "Indonesian article still coded"
expect_no_grep "$TMP/err" 'skipped: English' "no English skip report with --dict"
# a rejected dictionary entry: reported, the rest coded, exit 1
printf 'BAD [12:]\n' >>"$TMP/t.verbs"
expect_status 1 "dictionary with a rejected entry" -- "$WARTA" code --lang en --no-enrich --no-cache --dict $D "$TMP/a.txt"
expect_grep "$TMP/err" 't\.verbs:5: error' "rejected entry reported as file:line"
expect_grep "$TMP/out" '"source":"USA"' "the rest still coded"

if ! shared=$(shared_dir); then
    echo "code_en: ../shared not found, full CAMEO dictionary check skipped"
    finish code_en
    exit $?
fi
# the first 40 records of the English bench corpus dated like the first
# one, as TABARI records and as one article (a record per line)
C="$shared/cameo"
CD="$C/CAMEO.080612.verbs $C/CountryInfo.120116.actors $C/Internatnl.120521.actors $C/PSU.120522.agents $C/CAMEO.09b5.options"
awk -v recs="$TMP/recs.txt" -v art="$TMP/art.jsonl" '
BEGIN { RS = ""; n = 0 }
{
    split($0, L, "\n"); split(L[1], h, " ")
    if (NR == 1) day = h[1]
    if (h[1] != day || n >= 40) next
    n++; t = L[2]
    for (i = 3; i <= length(L); i++) t = t " " L[i]
    print L[1] "\n" t "\n" > recs
    gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t)
    body = body (n > 1 ? "\\n" : "") t
}
END { printf "{\"id\":\"bench\",\"date\":\"20%s-%s-%s\",\"text\":\"%s\"}\n", substr(day, 1, 2), substr(day, 3, 2), substr(day, 5, 2), body > art }
' "$shared/corpus/en-bench-10k.tabari.txt"
"$WARTA" code --input tabari --keep-going --dict $CD "$TMP/recs.txt" >"$TMP/tab.jsonl" 2>/dev/null
expect_eq "$?" 0 "code the records with --input tabari"
"$WARTA" code --lang en --keep-going --dict $CD "$TMP/art.jsonl" >"$TMP/art.out" 2>"$TMP/art.err"
expect_eq "$?" 0 "code the article with --lang en"
triples() { sed -E 's/.*"source":"([^"]*)".*"target":"([^"]*)".*"code":"([^"]*)".*/\1 \2 \3/' "$1"; }
triples "$TMP/tab.jsonl" >"$TMP/tab.tri"
triples "$TMP/art.out" >"$TMP/art.tri"
expect_eq "$(wc -l <"$TMP/tab.tri" | tr -d ' ')" "$(wc -l <"$TMP/art.tri" | tr -d ' ')" "as many events as the records"
if cmp -s "$TMP/tab.tri" "$TMP/art.tri"; then ok; else bad "article events differ from --input tabari"; diff "$TMP/tab.tri" "$TMP/art.tri" | head -10 >&2; fi
expect_grep "$TMP/art.out" '"doc":"bench","para":0,"sent":0,"span":\[0,[0-9]+\],"source":"HUN","source_text":"Hungarian","target":"ROU"' "first record's event, para 0"
expect_eq "$(sed -n 's/.*"para":\([0-9]*\).*/\1/p' "$TMP/art.out" | sort -n | tail -1 | awk '$1 >= 30 {print "late"}')" late "events from late lines carry their line as para"
finish code_en
