# lemma.sh — `warta lemma`: arguments and stdin, order, --analyse JSON,
# unchanged non-Indonesian words, usage and missing-lexicon errors.
. tests/cli_lib.sh

expect_status 0 "lemma --help" -- "$WARTA" lemma --help
expect_grep "$TMP/out" '^usage: warta lemma' "help text"

expect_status 0 "lemma words" -- "$WARTA" lemma mengunjungi dikunjungi Tillerson
expect_eq "$(sed -n 1p "$TMP/out")" "$(printf 'mengunjungi\tkunjung')" "first word"
expect_eq "$(sed -n 2p "$TMP/out")" "$(printf 'dikunjungi\tkunjung')" "second word"
expect_eq "$(sed -n 3p "$TMP/out")" "$(printf 'Tillerson\tTillerson')" "name unchanged"

printf 'kunjungannya\n\nCOVID-19\r\nberkunjung\n' >"$TMP/in"
expect_status 0 "lemma stdin" -- sh -c "\"$WARTA\" lemma <\"$TMP/in\""
expect_eq "$(wc -l <"$TMP/out" | tr -d ' ')" "4" "one line per input line, empty included"
expect_eq "$(sed -n 1p "$TMP/out")" "$(printf 'kunjungannya\tkunjung')" "stdin order 1"
expect_eq "$(sed -n 3p "$TMP/out")" "$(printf 'COVID-19\tCOVID-19')" "CRLF stripped, unchanged"
expect_eq "$(sed -n 4p "$TMP/out")" "$(printf 'berkunjung\tkunjung')" "stdin order 4"

expect_status 0 "lemma --analyse" -- "$WARTA" lemma --analyse ditangkap
expect_grep "$TMP/out" '"lemma":"tangkap"' "analysis lemma"
expect_grep "$TMP/out" '"prefixes":\["di"\]' "analysis prefix"
expect_grep "$TMP/out" '"voice":"passive"' "analysis voice"
if command -v python3 >/dev/null; then
    cut -f3 "$TMP/out" | python3 -c 'import json,sys; json.loads(sys.stdin.read())' && ok || bad "analysis is JSON"
fi

expect_status 2 "unknown option" -- "$WARTA" lemma --bogus
expect_status 3 "missing lexicon" -- env WARTA_ID_DIC=/nonexistent/id_ID.dic "$WARTA" lemma kata
expect_grep "$TMP/err" 'id_ID.dic.*hunspell-id' "clear missing-lexicon message"
finish lemma.sh
