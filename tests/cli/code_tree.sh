#!/bin/sh
# code_tree.sh — the Indonesian coder reads arguments from the dependency
# tree where the word-window rules find none (src/code/id/args.c; issue
# 14). Sentences written for this test, not taken from dev, dev2 or the
# corpus; each names the construction it exercises.
. "$(dirname "$0")/../cli_lib.sh"

code() { # sentence → events in $TMP/out, reasoning in $TMP/err
    printf '%s\n' "$1" >"$TMP/s.txt"
    "$WARTA" code --lang id --no-enrich --date 2021-03-03 --explain "$TMP/s.txt" >"$TMP/out" 2>"$TMP/err"
}

# control: the promise's target is the object of its complement clause
code 'Pemerintah Vietnam berjanji akan segera membantu pemerintah Laos.'
expect_grep "$TMP/out" '"source":"VNMGOV".*"target":"LAOGOV".*"code":"030"' "complement clause: VNMGOV -> LAOGOV 030"
expect_grep "$TMP/err" "tree: target 'pemerintah Laos' \(target of the complement clause\)" "--explain names the tree path"

# light verb + event noun: the target preposition hangs on a nearer noun
code 'Pemerintah Jerman mengirimkan bantuan kemanusiaan dalam jumlah yang sangat besar kepada pemerintah Nepal.'
expect_grep "$TMP/out" '"source":"DEUGOV".*"target":"NPLGOV".*"code":"073"' "deep target preposition: DEUGOV -> NPLGOV 073"
expect_grep "$TMP/err" "tree: target 'pemerintah Nepal' \(target of the event noun the pattern took\)" "--explain names the event noun's preposition"

# coordination + a bare root the parser reads as a verb: both ways, and the
# agreeing verb (a [modals] word) makes it an intent (03x)
code 'Pemerintah Peru dan Kolombia menyepakati kerja sama di bidang pertanian.'
expect_grep "$TMP/out" '"source":"PERGOV".*"target":"COL".*"code":"03' "reciprocal intent: PERGOV -> COL 03x"
expect_grep "$TMP/out" '"source":"COL".*"target":"PERGOV".*"code":"03' "reciprocal intent: COL -> PERGOV 03x"

# a role after a [level] word is the level of the act, no party to it
code 'Indonesia dan Jepang bertemu di Tokyo. Kedua negara sepakat menggelar dialog tahunan tingkat menteri.'
expect_grep "$TMP/out" '"source":"JPN".*"target":"IDN".*"code":"03' "the two countries agree: JPN -> IDN 03x"
expect_no_grep "$TMP/out" '"target_text":"menteri"' "tingkat menteri is no target"
expect_grep "$TMP/err" "'menteri' is a level, not a party" "--explain says why"

# negation on the controller still blocks the event found through the tree
code 'Pemerintah Vietnam tidak berjanji akan membantu pemerintah Laos.'
expect_no_grep "$TMP/out" '"code":"03' "negated promise: no intent event"

# a target the tree cannot reach stays missing: no guessed event
code 'Pemerintah Norwegia menyalurkan bantuan medis.'
expect_no_grep "$TMP/out" '"code"' "no target named: no event"

# without a parser model the coder still runs on its word-window rules
printf 'Indonesia mengecam Israel.\n' >"$TMP/a.txt"
WARTA_PARSER_MODEL=/nonexistent/parser.model "$WARTA" code --lang id --no-enrich --date 2021-03-03 "$TMP/a.txt" >"$TMP/out" 2>"$TMP/err"
expect_grep "$TMP/out" '"source":"IDN".*"target":"ISR".*"code":"111"' "no model: window rules still code IDN -> ISR"
expect_grep "$TMP/err" 'parser.model' "no model: reported, naming the file"

# the word classes are data: a malformed line is reported with file:line
# and the rest is read; without the file the coder does not start
root=${WARTA_ROOT:-.}
mkdir -p "$TMP/data/id"
for f in "$root"/data/*; do [ "$(basename "$f")" = id ] || ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$TMP/data/"; done
for f in "$root"/data/id/*; do ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$TMP/data/id/"; done
rm "$TMP/data/id/word-classes.txt"
{ cat "$root/data/id/word-classes.txt"; printf '[no-such-class]\nkata\n[numerals]\nlima\n'; } >"$TMP/data/id/word-classes.txt"
n=$(wc -l <"$root/data/id/word-classes.txt")
"$WARTA" --data "$TMP/data" code --lang id --no-enrich --date 2021-03-03 "$TMP/a.txt" >"$TMP/out" 2>"$TMP/err"
expect_grep "$TMP/err" "word-classes.txt:$((n + 1)): error: unknown word class \[no-such-class\]" "unknown class: file:line"
expect_grep "$TMP/err" "word-classes.txt:$((n + 4)): error: a numeral needs its value" "numeral without value: file:line"
expect_grep "$TMP/out" '"source":"IDN".*"target":"ISR"' "the rest of the classes still read"
rm "$TMP/data/id/word-classes.txt"
expect_status 3 "no word-classes.txt: the coder does not start" -- "$WARTA" --data "$TMP/data" code --lang id "$TMP/a.txt"
expect_grep "$TMP/err" 'word-classes.txt: error: cannot read the word classes' "missing word classes: named"

finish code_tree
