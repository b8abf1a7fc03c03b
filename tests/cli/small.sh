# small.sh — the small things of issue 13: a BOM opening a .jsonl, input
# directories read recursively with FIFOs skipped, query dates validated,
# TABARI's obsolete SET: MATCH a warning, control bytes escaped in echoed
# dictionary lines, and a failed stdout one message and exit 3 everywhere.
. tests/cli_lib.sh
root=${WARTA_ROOT:-$PWD}
example="$root/examples/berita-contoh.txt"
text='Menteri Luar Negeri Jepang Taro Kono tiba di Jakarta, Senin (6/11/2017).'

# a UTF-8 BOM at the start of a .jsonl, as at the start of a .txt
printf '\357\273\277{"id":"bom-1","text":"%s"}\n{"id":"bom-2","text":"%s"}\n' "$text" "$text" >"$TMP/bom.jsonl"
expect_status 0 "BOM at the start of a .jsonl" -- "$WARTA" doc "$TMP/bom.jsonl"
expect_eq "$(grep -c '"id":"bom-' "$TMP/out")" 2 "BOM .jsonl: both articles"

# directories: recursive, in path order, hidden entries and FIFOs skipped
mkdir -p "$TMP/in/a/deep" "$TMP/in/b" "$TMP/in/.hidden"
printf '%s\n' "$text" >"$TMP/in/a/deep/one.txt"
printf '%s\n' "$text" >"$TMP/in/a/two.txt"
printf '%s\n' "$text" >"$TMP/in/b/three.txt"
printf '%s\n' "$text" >"$TMP/in/.hidden/no.txt"
printf '%s\n' "$text" >"$TMP/in/zero.txt"
if mkfifo "$TMP/in/b/pipe.txt" 2>/dev/null; then fifo=1; else fifo=0; fi
expect_status 0 "directory read recursively" -- "$WARTA" doc "$TMP/in"
expect_eq "$(grep -o '"id":"[a-z]*"' "$TMP/out" | tr '\n' ' ')" '"id":"one" "id":"two" "id":"three" "id":"zero" ' "recursive order, hidden skipped"
if [ $fifo -eq 1 ]; then
    expect_grep "$TMP/err" "pipe.txt: warning: not a regular file \(a FIFO or device\); skipped" "FIFO skipped with a warning"
fi

# query dates
"$WARTA" code --lang id --db "$TMP/q.db" "$example" >/dev/null 2>&1
for d in 2017-02-30 2017-13 2017-1-5 2017-02-29 0000; do
    expect_status 2 "query --since $d refused" -- "$WARTA" query --db "$TMP/q.db" --since "$d"
    expect_grep "$TMP/err" "warta query: '$d' is not a date" "query --since $d: the message"
done
expect_status 0 "query --since 2016-02-29 (a leap day)" -- "$WARTA" query --db "$TMP/q.db" --since 2016-02-29
expect_status 2 "query --since after --until" -- "$WARTA" query --db "$TMP/q.db" --since 2018-01-01 --until 2017-12
expect_grep "$TMP/err" "since 2018-01-01 is after --until 2017-12" "since after until: the message"
expect_status 0 "query --since/--until of the same month" -- "$WARTA" query --db "$TMP/q.db" --since 2017-11-01 --until 2017-11
expect_grep "$TMP/out" '"date":"2017-11-06"' "the month's events"

# SET: MATCH = TRUE (the standard CAMEO.09b5.options) is a warning
printf 'SET: MATCH = TRUE\nSET: CODE BY SENTENCE\n' >"$TMP/std.options"
expect_status 0 "obsolete SET: MATCH" -- "$WARTA" check-dict "$TMP/std.options"
expect_grep "$TMP/err" "std.options:1: warning: obsolete option 'SET: MATCH = TRUE' ignored" "MATCH: a warning"
if shared=$(shared_dir); then
    c=$shared/cameo
    expect_status 0 "the standard CAMEO.09b5.options is accepted" -- "$WARTA" check-dict "$c/CAMEO.09b5.options"
    # coding with the standard files: the options add no error (the verbs
    # and actors files have malformed entries of their own, reported as
    # errors: exit 1 unless --keep-going)
    printf 'Japanese Foreign Minister Taro Kono arrived in Jakarta on Monday.\n' >"$TMP/en.txt"
    "$WARTA_BIN" code --lang en --no-cache --dict "$c/CAMEO.080612.verbs" "$c/CountryInfo.120116.actors" \
        "$c/Internatnl.120521.actors" "$c/PSU.120522.agents" "$c/CAMEO.09b5.options" "$TMP/en.txt" \
        >"$TMP/out" 2>"$TMP/err"
    expect_no_grep "$TMP/err" "options:[0-9]+: error" "standard files: no error from the options"
    expect_grep "$TMP/out" '"code":"042"' "standard files: the visit is coded"
fi

# control bytes of a bad dictionary line are escaped when echoed
printf 'SET: BOGUS\033[2J\007 = 1\n' >"$TMP/bad.options"
expect_status 1 "bad options line" -- "$WARTA" check-dict "$TMP/bad.options"
expect_grep "$TMP/err" 'BOGUS\\x1B\[2J\\x07 = 1' "control bytes written as \\xNN"
if LC_ALL=C grep -q "$(printf '\033')" "$TMP/err"; then bad "an escape byte reached stderr"; else ok; fi

# stdout that cannot be written: one message, exit 3, in every command
if [ -w /dev/full ]; then
    commands=$("$WARTA" --help | sed -n '/^commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\)  *.*/\1/p')
    for c in $commands; do
        "$WARTA" "$c" --help >/dev/full 2>"$TMP/err"
        expect_eq "$?" 3 "$c --help >/dev/full: exit"
        expect_eq "$(wc -l <"$TMP/err" | tr -d ' ')" 1 "$c --help >/dev/full: one message"
    done
    for args in "doc $example" "lemma mengunjungi" "query --db $TMP/q.db" "check-dict $TMP/std.options" "--version"; do
        $WARTA $args >/dev/full 2>"$TMP/err"
        expect_eq "$?" 3 "$args >/dev/full: exit"
        expect_grep "$TMP/err" "cannot write" "$args >/dev/full: says so"
    done
    "$WARTA" code --lang id "$example" >/dev/full 2>"$TMP/err"
    expect_eq "$?" 3 "code >/dev/full: exit"
    expect_eq "$(grep -c 'error' "$TMP/err")" 1 "code >/dev/full: one error"
fi
"$WARTA" doc "$example" >&- 2>"$TMP/err"
expect_eq "$?" 3 "doc with stdout closed: exit"
finish small.sh
