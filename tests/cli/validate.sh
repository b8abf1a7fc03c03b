# validate.sh — `warta check-dict`, `warta validate` and `warta code --input
# tabari`: small dictionaries written here, then (when ../shared is present)
# TABARI's validation suite and the full CAMEO dictionaries.
. tests/cli_lib.sh

cat >"$TMP/t.actors" <<'D'
ARNOR [ARN]
GONDOR
+MINAS_TIRITH
	[GON]
GOLLUM
	[HOB <950601]
	[HOBGOV >950602]
AT&T_ [BUS]
D
cat >"$TMP/t.verbs" <<'D'
ACCUSE [112]
- * + OF_ SPYING [1121]
MEET [031:031]
BAD [12:]
D
cat >"$TMP/t.agents" <<'D'
PRESIDENT_ [~GOVPRS]
D
printf 'SET: CODE BY CLAUSE\nSET: MATCH = TRUE\n' >"$TMP/t.options"

expect_status 0 "check-dict --help" -- "$WARTA" check-dict --help
expect_grep "$TMP/out" '^usage: warta check-dict' "check-dict help"
expect_status 1 "check-dict reports problems" -- "$WARTA" check-dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" "$TMP/t.options"
expect_grep "$TMP/err" 't.actors:8: error: .*&' "actor with & reported at file:line"
expect_grep "$TMP/err" 't.verbs:4: error: .*paired' "bad verb code reported at file:line"
expect_grep "$TMP/err" 't.options:2: warning: obsolete option .*MATCH' "obsolete option: a warning"
expect_grep "$TMP/out" '^verbs: 2 .*patterns: 1' "verb and pattern counts"
expect_grep "$TMP/out" '^actors: 3 \(phrases 4\), agents: 1' "actor and agent counts"
expect_status 3 "check-dict unreadable" -- "$WARTA" check-dict "$TMP/none.verbs"
expect_status 2 "check-dict no files" -- "$WARTA" check-dict

printf '950101 R1\nThe president of Minas Tirith accused Arnor of spying.\n\n991231 R2\nGollum will meet Arnor in the capital on Monday.\n\n' >"$TMP/recs.txt"
expect_status 1 "code --input tabari (dictionaries had rejects)" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" "$TMP/recs.txt"
expect_grep "$TMP/out" '"doc":"R1".*"source":"GONGOVPRS".*"target":"ARN".*"code":"1121".*"root":"11"' "R1 event with agent and pattern"
expect_grep "$TMP/out" '"source_text":"Minas Tirith"' "source_text"
expect_grep "$TMP/out" '"rule":"[^"]*t.verbs:2"' "rule is dictionary file:line"
expect_grep "$TMP/out" '"evidence":"accused Arnor of spying"' "evidence words"
expect_grep "$TMP/out" '"doc":"R2".*"source":"HOBGOV".*"target":"ARN".*"code":"031"' "R2 date-restricted actor"
expect_grep "$TMP/out" '"doc":"R2".*"source":"ARN".*"target":"HOBGOV".*"code":"031"' "R2 paired event"
expect_grep "$TMP/out" '"doc":"R2".*"date":"1999-12-31"' "event date is the record date"
expect_grep "$TMP/out" '"doc":"R1".*"quad":3.*"goldstein":-2' "events are enriched"

# a malformed record header: reported at file:line, the other records coded
printf '950101 R1\nThe president of Minas Tirith accused Arnor of spying.\n\n95010 R9\nArnor accused Gondor of spying again today.\n\n991231 R2\nGollum will meet Arnor in the capital on Monday.\n\n' >"$TMP/bad.txt"
expect_status 1 "malformed record header rejected" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" "$TMP/bad.txt"
expect_grep "$TMP/err" 'bad.txt:4: error: malformed record header' "bad header reported at file:line"
expect_grep "$TMP/out" '"doc":"R2"' "records after the bad one coded"
expect_status 0 "--keep-going" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" --keep-going "$TMP/bad.txt"
expect_status 0 "--format csv" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" --format csv --keep-going "$TMP/recs.txt"
expect_grep "$TMP/out" '^doc,para,sent,date' "csv header"
expect_grep "$TMP/out" '^R1,0,0,1995-01-01,record,GONGOVPRS,Minas Tirith,ARN,Arnor,1121,' "csv record"
expect_status 0 "--format gdelt" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" --format=gdelt --keep-going "$TMP/recs.txt"
expect_grep "$TMP/out" '	19991231	199912	1999	.*	HOBGOV	Gollum	' "gdelt record"
expect_status 2 "unknown --format" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" --format xml "$TMP/recs.txt"
expect_status 0 "--db" -- "$WARTA" code --input tabari --dict "$TMP/t.verbs" "$TMP/t.actors" "$TMP/t.agents" --db "$TMP/ev.db" --keep-going "$TMP/recs.txt"
expect_status 0 "query the stored events" -- "$WARTA" query --db "$TMP/ev.db" --actor HOBGOV
expect_grep "$TMP/out" 'HOBGOV' "stored event read back"
grep -v '&' "$TMP/t.actors" >"$TMP/ok.actors"
grep -v 'BAD' "$TMP/t.verbs" >"$TMP/ok.verbs"
expect_status 0 "code from stdin, clean dictionaries" -- sh -c "\"$WARTA\" code --input tabari --dict \"$TMP/ok.verbs\" \"$TMP/ok.actors\" <\"$TMP/recs.txt\""
expect_grep "$TMP/out" '"doc":"R1".*"source":"GON".*"target":"ARN".*"code":"1121"' "stdin record coded"
expect_status 2 "code --input tabari without --dict" -- "$WARTA" code --input tabari "$TMP/recs.txt"

if S=$(shared_dir); then
    expect_status 1 "validate the TABARI suite" -- "$WARTA" validate "$S/tabari/Validate.project"
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$TMP/out")
    pass=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    fail=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
    echo "TABARI validation suite: $pass of $((pass + fail)) standard records pass"
    # issue 4's acceptance is 95% of the standard records; 438 of 440 pass
    # (COMPOUND-06 and DEBUG-02 are explained in docs/dictionaries.md)
    if [ $((pass * 100)) -ge $(( (pass + fail) * 99 )) ]; then ok; else bad "validate pass rate $pass/$((pass + fail)) below 99%"; fi
    if [ "$fail" -le 2 ]; then ok; else bad "validate: $fail records fail, at most the 2 known ones may"; fi
    C="$S/cameo"
    expect_status 1 "check-dict on the full CAMEO dictionaries" -- "$WARTA" check-dict "$C/CAMEO.080612.verbs" "$C/CountryInfo.120116.actors" "$C/Internatnl.120521.actors" "$C/PSU.120522.agents" "$C/CAMEO.09b5.options"
    expect_grep "$TMP/out" '^verbs: 1160 .*patterns: 14[0-9]{3}' "CAMEO verb and pattern counts"
    expect_grep "$TMP/out" '^actors: 30[0-9]{3} ' "CAMEO actor count"
    expect_grep "$TMP/err" 'CAMEO.09b5.options:2: warning: obsolete option .*MATCH' "SET: MATCH: a warning, not an error"
    expect_eq "$(grep -c "'&'" "$TMP/err")" "145" "actor names with & reported"
else
    echo "validate.sh: ../shared not found; TABARI suite and CAMEO checks skipped"
fi
finish validate
