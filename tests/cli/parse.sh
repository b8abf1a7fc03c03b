# parse.sh — `warta parse`: trees for raw text (CoNLL-U and JSON), relations
# that follow from Indonesian grammar in sentences written for this test
# and in the seed article, CoNLL-U round trips with tokens kept exactly,
# bad CoNLL-U with file:line, and a damaged model refused with a reason.
. tests/cli_lib.sh
T=$(printf '\t')

# rel FILE "TEXT-SUBSTRING" DEP HEAD DEPREL-REGEX: in the sentence whose
# "# text" contains TEXT-SUBSTRING, the word DEP hangs from the word HEAD
# with a relation matching DEPREL-REGEX.
rel() {
    got=$(awk -F'\t' -v want="$2" -v dep="$3" '
        /^# text = / { on = index($0, want) > 0; n = 0; next }
        on && NF == 10 && $1 ~ /^[0-9]+$/ { form[$1] = $2; head[$1] = $7; lab[$1] = $8; n = $1 }
        on && NF == 0 && n { done = 1; for (i = 1; i <= n; i++) if (form[i] == dep) { print form[head[i]] " " lab[i]; exit } on = 0 }
        END { if (!done && on && n) for (i = 1; i <= n; i++) if (form[i] == dep) { print form[head[i]] " " lab[i]; exit } }' "$1")
    case "$got" in
        "$4 "*) if echo "${got#* }" | grep -Eqx -- "$5"; then ok; else bad "$2: $3 -> $4 is '${got#* }', want /$5/"; fi ;;
        *) bad "$2: head of $3 is '${got% *}', want $4" ;;
    esac
}

expect_status 0 "parse --help" -- "$WARTA" parse --help
expect_grep "$TMP/out" '^usage: warta parse' "help text"
expect_status 2 "unknown option" -- "$WARTA" parse --bogus
expect_status 2 "bad format" -- "$WARTA" parse --format xml

# Sentences written for this test: active and passive clauses, agents with
# and without oleh, a relative clause, a copula, coordination.
cat >"$TMP/s.txt" <<'TXT'
Polisi menangkap dua tersangka di Surabaya.
Rumah itu dibakar oleh massa pada malam hari.
Menteri itu mengunjungi pabrik yang dibangun pemerintah.
Presiden Prancis bertemu dengan Perdana Menteri Jepang di Paris.
Para petani menolak rencana itu dan mereka meminta bantuan.
TXT
expect_status 0 "parse text" -- "$WARTA" parse "$TMP/s.txt"
cp "$TMP/out" "$TMP/s.conllu"
rel "$TMP/s.conllu" "Polisi menangkap" Polisi menangkap 'nsubj'
rel "$TMP/s.conllu" "Polisi menangkap" tersangka menangkap 'obj'
rel "$TMP/s.conllu" "Polisi menangkap" dua tersangka 'nummod'
rel "$TMP/s.conllu" "Polisi menangkap" di Surabaya 'case'
rel "$TMP/s.conllu" "Rumah itu dibakar" Rumah dibakar 'nsubj:pass'
rel "$TMP/s.conllu" "Rumah itu dibakar" massa dibakar 'obl(:agent)?'
rel "$TMP/s.conllu" "Menteri itu mengunjungi" pabrik mengunjungi 'obj'
rel "$TMP/s.conllu" "Menteri itu mengunjungi" dibangun pabrik 'acl(:relcl)?'
rel "$TMP/s.conllu" "Presiden Prancis bertemu" Presiden bertemu 'nsubj'
rel "$TMP/s.conllu" "Presiden Prancis bertemu" Perdana bertemu 'obl'
rel "$TMP/s.conllu" "Para petani menolak" rencana menolak 'obj'
rel "$TMP/s.conllu" "Para petani menolak" meminta menolak 'conj'
expect_grep "$TMP/s.conllu" "^1${T}Polisi${T}polisi${T}(NOUN|PROPN)${T}" "tag of a noun"
expect_grep "$TMP/s.conllu" "${T}dibakar${T}bakar${T}VERB${T}_${T}Voice=Pass${T}" "passive verb: tag, lemma, Voice"
expect_grep "$TMP/s.conllu" "Span=0-6$" "byte span of the first token"
expect_grep "$TMP/s.conllu" '^# text = Polisi menangkap dua tersangka di Surabaya\.$' "# text"
# every sentence has exactly one root and heads inside the sentence
bad_trees=$(awk -F'\t' '
    NF == 10 { n++; if ($8 == "root") { r++; if ($7 != 0) bad++ } h[n] = $7 }
    NF == 0 && n { if (r != 1) bad++; for (i = 1; i <= n; i++) if (h[i] > n || h[i] == i) bad++; n = 0; r = 0 }
    END { print bad + 0 }' "$TMP/s.conllu")
expect_eq "$bad_trees" "0" "one root per sentence, heads in range"

expect_status 0 "parse --format json" -- "$WARTA" parse --format json "$TMP/s.txt"
expect_eq "$(wc -l <"$TMP/out" | tr -d ' ')" "5" "one JSON object per sentence"
expect_grep "$TMP/out" '"form":"dibakar","lemma":"bakar","upos":"VERB","feats":"Voice=Pass","head":0,"deprel":"root"' "JSON token"
if command -v python3 >/dev/null; then
    python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out" && ok || bad "JSON Lines parse"
fi

# CoNLL-U in: tokens kept, bad sentences reported with file:line, the rest parsed
cat >"$TMP/in.conllu" <<'TXT'
# sent_id = a
# text = Katanya dia datang.
1-2	Katanya	_	_	_	_	_	_	_	_
1	Kata	kata	VERB	_	_	0	root	_	_
2	nya	dia	PRON	_	_	1	nsubj	_	_
3	dia	dia	PRON	_	_	4	nsubj	_	_
4	datang	datang	VERB	_	_	1	ccomp	_	SpaceAfter=No
5	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = b
1	Rusak	rusak	ADJ	_	_	0	root	_
2	.	.	PUNCT	_	_	1	punct	_	_

# sent_id = c
1	Dia	dia	PRON	_	_	2	nsubj	_	_
2	pergi	pergi	VERB	_	_	0	root	_	_
TXT
expect_status 1 "conllu with a bad sentence" -- "$WARTA" parse --input conllu "$TMP/in.conllu"
expect_grep "$TMP/err" 'in\.conllu:11: error: fewer than 10' "file:line of the bad row"
expect_eq "$(grep -c '^# sent_id' "$TMP/out")" "2" "the good sentences still written"
expect_grep "$TMP/out" "^1-2${T}Katanya${T}" "multi-word token line passed through"
expect_grep "$TMP/out" "^2${T}nya${T}dia${T}PRON${T}_${T}_${T}1${T}" "clitic attached to its host"
expect_grep "$TMP/out" "^4${T}datang${T}datang${T}[A-Z]+${T}_${T}_${T}[0-9]+${T}[a-z:]+${T}_${T}SpaceAfter=No$" "other columns kept"
expect_status 0 "--keep-going" -- "$WARTA" parse --keep-going --input conllu "$TMP/in.conllu"

# a damaged model is refused with a reason, never a crash
model="$WARTA_ROOT/data/id/parser.model"
head -c 5000 "$model" >"$TMP/trunc.model"
expect_status 3 "truncated model" -- env WARTA_PARSER_MODEL="$TMP/trunc.model" "$WARTA" parse "$TMP/s.txt"
expect_grep "$TMP/err" 'trunc\.model: error: bad parser model: model length does not match' "truncated model message"
cp "$model" "$TMP/flip.model"
printf 'X' | dd of="$TMP/flip.model" bs=1 seek=4000 conv=notrunc 2>/dev/null
expect_status 3 "corrupt model" -- env WARTA_PARSER_MODEL="$TMP/flip.model" "$WARTA" parse "$TMP/s.txt"
expect_grep "$TMP/err" 'checksum mismatch' "corrupt model message"
expect_status 3 "missing model" -- env WARTA_PARSER_MODEL="$TMP/none.model" "$WARTA" parse "$TMP/s.txt"
expect_grep "$TMP/err" 'none\.model: error: cannot open parser model' "missing model message"

if shared=$(shared_dir); then
    seed="$shared/seed/000_4d979f310ff41e0e.txt"
    expect_status 0 "parse the seed" -- "$WARTA" parse "$seed"
    cp "$TMP/out" "$TMP/seed.conllu"
    rel "$TMP/seed.conllu" "Perubahan sikap AS itu disambut" Rusia disambut 'obl(:agent)?'
    rel "$TMP/seed.conllu" "Perubahan sikap AS itu disambut" Perubahan disambut 'nsubj:pass'
    rel "$TMP/seed.conllu" "Delegasi Rusia diketuai" Delegasi diketuai 'nsubj(:pass)?'
    rel "$TMP/seed.conllu" "Delegasi Rusia diketuai" Wakil diketuai 'obl(:agent)?'
    rel "$TMP/seed.conllu" "Delegasi tersebut akan berada" Delegasi berada 'nsubj'
    rel "$TMP/seed.conllu" "Delegasi tersebut akan berada" akan berada 'aux'
    rel "$TMP/seed.conllu" "Kunjungan ini adalah lawatan" adalah lawatan 'cop'
    rel "$TMP/seed.conllu" "Kunjungan ini adalah lawatan" dilakukan lawatan 'acl(:relcl)?'
    rel "$TMP/seed.conllu" "Militer Rusia telah melakukan" Militer melakukan 'nsubj'
    rel "$TMP/seed.conllu" "Militer Rusia telah melakukan" kunjungan melakukan 'obj'
    rel "$TMP/seed.conllu" "ujar Tillerson" Tillerson ujar 'nsubj'

    # every token of every treebank comes back, in order, with the same form
    for tb in "$shared"/ud/*.conllu; do
        name=$(basename "$tb")
        expect_status 0 "round trip $name" -- "$WARTA" parse --input conllu "$tb"
        a=$(awk -F'\t' 'NF==10{print $1 "\t" $2}' "$tb" | md5sum)
        b=$(awk -F'\t' 'NF==10{print $1 "\t" $2}' "$TMP/out" | md5sum)
        expect_eq "$b" "$a" "$name: same rows, same forms"
        expect_eq "$(grep -c '^#' "$TMP/out")" "$(grep -c '^#' "$tb")" "$name: comments kept"
    done
else
    echo "parse.sh: ../shared not found: seed relations and treebank round trips skipped"
fi
finish parse
