# gdelt.sh — `warta code --format gdelt --header` read back with the GDELT
# 2.0 schema (tests/cli/gdelt_check.py): column names and types,
# FractionDate inside its year, actor columns from their codes, Day,
# MonthYear and Year always filled, no GlobalEventID used twice within or
# across runs on different inputs; and the Mentions table.
. tests/cli_lib.sh
root=${WARTA_ROOT:-$PWD}
table="$root/data/cameo/actor-codes.tsv"
check() { python3 "$root/tests/cli/gdelt_check.py" "$table" "$@" >"$TMP/check" 2>&1; }

expect_status 0 "gdelt: code the example" -- "$WARTA" code --lang id --format gdelt --header "$root/examples/berita-contoh.txt"
cp "$TMP/out" "$TMP/example.tsv"
if check "$TMP/example.tsv"; then ok; else bad "example rows"; cat "$TMP/check" >&2; fi
# the same article coded again: the same ids
"$WARTA" code --lang id --format gdelt "$root/examples/berita-contoh.txt" 2>/dev/null | cut -f1 >"$TMP/again"
expect_eq "$(tail -n +2 "$TMP/example.tsv" | cut -f1)" "$(cat "$TMP/again")" "re-coding gives the same GlobalEventIDs"

expect_status 0 "gdelt-mentions" -- "$WARTA" code --lang id --format gdelt-mentions --header "$root/examples/berita-contoh.txt"
expect_grep "$TMP/out" "^GlobalEventID	EventTimeDate	MentionTimeDate	MentionType	MentionSourceName	MentionIdentifier	SentenceID	Actor1CharOffset	Actor2CharOffset	ActionCharOffset	InRawText	Confidence	MentionDocLen	MentionDocTone	MentionDocTranslationInfo	Extras$" "mentions header"
bad_cols=$(tail -n +2 "$TMP/out" | awk -F'\t' 'NF != 16' | wc -l)
expect_eq "$bad_cols" 0 "mentions rows have 16 columns"
# every mention belongs to an event of the event table
tail -n +2 "$TMP/out" | cut -f1 | sort -u >"$TMP/mention_ids"
tail -n +2 "$TMP/example.tsv" | cut -f1 | sort -u >"$TMP/event_ids"
expect_eq "$(comm -23 "$TMP/mention_ids" "$TMP/event_ids" | wc -l)" 0 "mentions name events of the event table"

if shared=$(shared_dir); then
    nice "$WARTA_BIN" code --lang id --format gdelt --header "$shared/gold/dev-articles.jsonl" >"$TMP/dev.tsv" 2>/dev/null
    nice "$WARTA_BIN" code --lang id --format gdelt --header "$shared/gold/dev2-articles.jsonl" >"$TMP/dev2.tsv" 2>/dev/null
    if check "$TMP/dev.tsv" "$TMP/dev2.tsv"; then ok; else bad "dev + dev2 rows"; cat "$TMP/check" >&2; fi
    sed 's/^/  /' "$TMP/check"
    # a store read back gives the same rows' ids
    nice "$WARTA_BIN" code --lang id --db "$TMP/dev.db" "$shared/gold/dev-articles.jsonl" >/dev/null 2>&1
    "$WARTA_BIN" query --db "$TMP/dev.db" --format gdelt | cut -f1 | sort >"$TMP/q_ids"
    tail -n +2 "$TMP/dev.tsv" | cut -f1 | sort >"$TMP/c_ids"
    if cmp -s "$TMP/q_ids" "$TMP/c_ids"; then ok; else bad "query --format gdelt ids differ from code --format gdelt"; fi
else
    echo "gdelt.sh: ../shared not found, dev and dev2 skipped"
fi
finish gdelt.sh
