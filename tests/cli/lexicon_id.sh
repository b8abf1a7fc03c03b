#!/bin/sh
# lexicon_id.sh — the Indonesian event lexicon (issue 11): `check-dict` on
# data/id (its size, unknown CAMEO codes, forms with two codes, malformed
# patterns and frames, each as file:line), `--coverage`, and the share of
# gold events whose evidence has a lexicon match for their root.
. "$(dirname "$0")/../cli_lib.sh"

# --- the lexicon's size (acceptance: >= 1,500 lemmas, 3,000 patterns, 250 codes)
DATA=${WARTA_ROOT:-.}/data
expect_status 0 "check-dict --stats data/id" -- "$WARTA" check-dict --stats "$DATA/id"
expect_grep "$TMP/out" '^lexicon: [0-9]+ lemmas, [0-9]+ patterns, [0-9]+ codes$' "the lexicon line"
set -- $(sed -n 's/^lexicon: \([0-9]*\) lemmas, \([0-9]*\) patterns, \([0-9]*\) codes$/\1 \2 \3/p' "$TMP/out")
[ "${1:-0}" -ge 1500 ] && ok || bad "lemmas ${1:-0} < 1500"
[ "${2:-0}" -ge 3000 ] && ok || bad "patterns ${2:-0} < 3000"
[ "${3:-0}" -ge 250 ] && ok || bad "codes ${3:-0} < 250"
echo "lexicon_id: $(grep '^lexicon:' "$TMP/out")"

# --- every CAMEO event code has an entry or is in the documented table
# (docs/dictionaries-id.md, "Codes without an Indonesian expression")
DOC=${WARTA_ROOT:-.}/docs/dictionaries-id.md
if [ -f "$DOC" ] && [ -f "$DATA/cameo/goldstein.tsv" ]; then
    cat "$DATA"/id/*.verbs | sed 's/;.*//' | grep -o '\[[0-9]\{3,4\}\]' | tr -d '[]' | sort -u >"$TMP/have"
    sed -n '/^### Codes without an Indonesian expression/,/^#/p' "$DOC" | grep -o '^| *`[0-9]*`' | tr -dc '0-9\n' | sort -u >"$TMP/listed"
    missing=0
    for code in $(awk -F'\t' '!/^#/ && length($1) >= 3 {print $1}' "$DATA/cameo/goldstein.tsv"); do
        grep -qx "$code" "$TMP/have" || grep -qx "$code" "$TMP/listed" || { echo "  no entry for $code" >&2; missing=$((missing + 1)); }
    done
    expect_eq "$missing" 0 "CAMEO codes with neither an entry nor a row in the documented table"
fi

# --- rejections, each as file:line
mkdir -p "$TMP/id"
cat >"$TMP/id/bad.verbs" <<'EOF'
; line 1
KECAM/MDN [111]
TUDUH/MDN [999]
- * korupsi [1121]
TOLAK/MDN [120]
- * dialog [125]
- dialog [125]
- * [125]
- * dialog [126]
KECAM/M [112]
TERIMA/MD [---]
- * bantuan [070] @src=dari @tgt=subj
- * dukungan [051] @from=dari
BANTU/MDN [070] @src=kemana
EOF
expect_status 1 "check-dict rejects a bad .verbs" -- "$WARTA" check-dict "$TMP/id/bad.verbs"
expect_grep "$TMP/err" 'bad\.verbs:3: error: unknown CAMEO code' "unknown code, with file:line"
expect_grep "$TMP/err" 'bad\.verbs:4: error: pattern without a verb' "its pattern has no verb"
expect_grep "$TMP/err" 'bad\.verbs:7: error: pattern without `\*`' "malformed pattern (no *)"
expect_grep "$TMP/err" 'bad\.verbs:8: error: pattern without words' "malformed pattern (no words)"
expect_grep "$TMP/err" 'bad\.verbs:9: error: pattern .* conflicts with .* line 6' "one pattern, two codes"
expect_grep "$TMP/err" 'bad\.verbs:10: error: KECAM \[112\] conflicts with KECAM \[111\] at .*bad\.verbs:2 ' "one form, two codes"
expect_grep "$TMP/err" 'bad\.verbs:13: error: malformed frame' "unknown frame key"
expect_grep "$TMP/err" 'bad\.verbs:14: error: malformed frame' "unknown frame slot"
expect_no_grep "$TMP/err" 'bad\.verbs:(2|5|6|11|12):' "good lines are not rejected"
expect_grep "$TMP/out" 'rejected entries 6, conflicts 2' "the counts"
# --lang id reads a file outside an id directory the same way
cp "$TMP/id/bad.verbs" "$TMP/bad.verbs"
expect_status 1 "check-dict --lang id" -- "$WARTA" check-dict --lang id "$TMP/bad.verbs"
expect_grep "$TMP/err" 'bad\.verbs:3: error: unknown CAMEO code' "--lang id checks codes"
printf 'KECAM/MDN [111]\n- * keras [111]\nPROTES/MDN0 [114] @src=subj @tgt=obj\n' >"$TMP/id/good.verbs"
expect_status 0 "check-dict on a good file" -- "$WARTA" check-dict --stats "$TMP/id/good.verbs"
expect_grep "$TMP/out" '^lexicon: 2 lemmas, 1 patterns, 2 codes$' "counts of a small file"

# --- coverage: an uncovered predicate between two actors is listed
printf '{"id":"c1","text":"Amerika Serikat menggombali Korea Utara pada Senin.\\nJepang menggombali China lagi."}\n' >"$TMP/cov.jsonl"
expect_status 0 "check-dict --coverage" -- "$WARTA" check-dict --coverage "$TMP/cov.jsonl"
expect_grep "$TMP/out" '^coverage: 1 article\(s\), 2 sentence\(s\) with two coded actors' "coverage header"
expect_grep "$TMP/out" '^ +2  gombal	verb$' "the uncovered verb, by lemma, counted twice"
printf '{"id":"c2","text":"Amerika Serikat mengecam Korea Utara pada Senin."}\n' >"$TMP/cov2.jsonl"
expect_status 0 "check-dict --coverage, covered" -- "$WARTA" check-dict --coverage "$TMP/cov2.jsonl"
expect_no_grep "$TMP/out" 'kecam' "a covered verb is not listed"

# --- the lexicon in the coder: words of the issue, a frame, a topic pattern
cat >"$TMP/ev.txt" <<'EOF'
Pemerintah Indonesia menerima bantuan dari Jepang.
Amerika Serikat membekukan aset Korea Utara.
Polisi Malaysia menggerebek warga Indonesia.
Pemerintah Arab Saudi mendeportasi warga Indonesia.
Perserikatan Bangsa-Bangsa meminta pemerintah Myanmar menghentikan kekerasan.
Rusia menarik duta besarnya dari Inggris.
Pengadilan Mesir menjatuhkan hukuman kepada warga Inggris.
Indonesia sependapat dengan Malaysia soal isu itu.
Presiden Prancis mendesak Menteri Luar Negeri Amerika Serikat Rex Tillerson membebaskan wartawan itu.
EOF
expect_status 0 "code the lexicon sentences" -- "$WARTA" code --lang id --no-enrich --date 2017-12-14 "$TMP/ev.txt"
expect_grep "$TMP/out" '"para":0,.*"source":"JPN",.*"target":"IDNGOV",.*"code":"070"' "@src=dari: the giver is the source"
expect_grep "$TMP/out" '"para":1,.*"source":"USA",.*"target":"PRK",.*"code":"163"' "membekukan aset: 163"
expect_grep "$TMP/out" '"para":2,.*"source":"MYSCOP",.*"target":"IDNCVL",.*"code":"173"' "menggerebek: 173"
expect_grep "$TMP/out" '"para":3,.*"source":"SAUGOV",.*"target":"IDNCVL",.*"code":"174"' "mendeportasi: 174"
expect_grep "$TMP/out" '"para":4,.*"source":"IGOUNO",.*"target":"MMRGOV",.*"code":"0256"' "a topic pattern after its addressee: 0256"
expect_grep "$TMP/out" '"para":5,.*"source":"RUS",.*"target":"GBR",.*"code":"161"' "menarik duta besar: 161"
expect_grep "$TMP/out" '"para":6,.*"source":"EGYJUD",.*"target":"GBRCVL",.*"code":"173"' "menjatuhkan hukuman: 173"
expect_grep "$TMP/out" '"para":7,.*"source":"IDN",.*"target":"MYS",.*"code":"019"' "se-peN- words are no doers: sependapat 019"
expect_grep "$TMP/out" '"para":8,.*"source":"FRAGOV",.*"target":"USAGOV",.*"code":"0253"' "a long name is one word of a pattern's gap"

# --- entries written from the codebook: assault verbs, an attack launched
# (melancarkan) or rained (menghujani) coded by its object, a denial of an
# accusation, a journey, partnering, naming a suspect, custody, bare verbs
cat >"$TMP/ev2.txt" <<'EOF'
Polisi Malaysia menampar warga Indonesia.
Militer Israel melancarkan serangan udara terhadap Suriah.
Korea Utara menghujani Korea Selatan dengan rudal.
Pemerintah Indonesia menepis tudingan Malaysia.
Presiden Joko Widodo berangkat ke Arab Saudi.
Pemerintah Jepang menggandeng Indonesia.
KPK menersangkakan Gubernur Sumatera Utara.
Polisi menggelandang warga Indonesia ke Mapolres.
Rusia tolak tuntutan Amerika Serikat.
EOF
expect_status 0 "code the codebook sentences" -- "$WARTA" code --lang id --no-enrich --date 2017-12-14 "$TMP/ev2.txt"
expect_grep "$TMP/out" '"para":0,.*"source":"MYSCOP",.*"target":"IDNCVL",.*"code":"182"' "menampar: 182"
expect_grep "$TMP/out" '"para":1,.*"source":"ISRMIL",.*"target":"SYR",.*"code":"195"' "melancarkan serangan udara: 195"
expect_grep "$TMP/out" '"para":2,.*"source":"PRK",.*"target":"KOR",.*"code":"194"' "menghujani ... rudal: 194"
expect_grep "$TMP/out" '"para":3,.*"source":"IDNGOV",.*"target":"MYS",.*"code":"016"' "menepis tudingan: 016, not 120"
expect_grep "$TMP/out" '"para":4,.*"source":"IDNGOV",.*"target":"SAU",.*"code":"042"' "berangkat ke: 042"
expect_grep "$TMP/out" '"para":5,.*"source":"JPNGOV",.*"target":"IDN",.*"code":"060"' "menggandeng: 060"
expect_grep "$TMP/out" '"para":6,.*"source":"IDNJUD",.*"target":"IDNGOV",.*"code":"173"' "menersangkakan: 173"
expect_grep "$TMP/out" '"para":7,.*"source":"IDNCOP",.*"target":"IDNCVL",.*"code":"173"' "menggelandang: 173"
expect_grep "$TMP/out" '"para":8,.*"source":"RUS",.*"target":"USA",.*"code":"120"' "a bare verb (tolak): 120"

if ! shared=$(shared_dir); then
    echo "lexicon_id: ../shared not found, gold checks skipped"
    finish lexicon_id
    exit $?
fi
# --- gold evidence with a lexicon match for the gold root (target 95%;
# the floors are what the lexicon reaches now). dev2 in aggregate only.
for set in dev dev2; do
    expect_status 0 "check-dict --gold-match $set" -- "$WARTA" check-dict --gold-match "$shared/gold/$set-events.jsonl"
    line=$(grep '^gold-match: .* have a lexicon match' "$TMP/out")
    echo "lexicon_id: $set $line"
    pct=$(echo "$line" | sed 's/.*(\([0-9]*\)\.[0-9]*%).*/\1/')
    case $set in dev) floor=93 ;; dev2) floor=59 ;; esac
    [ "${pct:-0}" -ge "$floor" ] && ok || bad "$set gold-match ${pct:-0}% < floor $floor%"
done
finish lexicon_id
