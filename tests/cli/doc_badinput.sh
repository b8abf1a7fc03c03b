# doc_badinput.sh — every kind of bad input is reported as file:line on
# stderr, the rest is processed, the exit status is 1 (0 with --keep-going),
# and articles in = out + rejected.
. tests/cli_lib.sh

good="$TMP/good.txt"
printf 'JAKARTA \342\200\223 Presiden membuka rapat kabinet, Senin (6/11/2017).\nRapat membahas anggaran.' > "$good"

# invalid UTF-8 on line 2 of a .txt article
printf 'Baris pertama.\nBaris \303\050 kedua.\n' > "$TMP/badutf8.txt"
expect_status 1 "invalid UTF-8 txt" -- "$WARTA" doc "$TMP/badutf8.txt" "$good"
expect_grep "$TMP/err" "badutf8.txt:2: error: invalid UTF-8" "invalid UTF-8 reported with file:line"
expect_eq "$(wc -l <"$TMP/out" | tr -d ' ')" 1 "the good article still processed"
expect_grep "$TMP/out" '"id":"good"' "good article output"
expect_grep "$TMP/err" "2 articles in, 1 out, 1 rejected" "counts: in = out + rejected"

# NUL byte in a .txt article
printf 'Baris satu.\nBaris\000dua.\n' > "$TMP/nul.txt"
expect_status 1 "NUL byte txt" -- "$WARTA" doc "$TMP/nul.txt" "$good"
expect_grep "$TMP/err" "nul.txt:2: error: NUL byte" "NUL byte reported with file:line"
expect_grep "$TMP/out" '"id":"good"' "good article after the NUL file"

# empty files
: > "$TMP/empty.txt"
: > "$TMP/empty.jsonl"
expect_status 1 "empty files" -- "$WARTA" doc "$TMP/empty.txt" "$TMP/empty.jsonl" "$good"
expect_grep "$TMP/err" "empty.txt: error: empty file" "empty .txt reported"
expect_grep "$TMP/err" "empty.jsonl: error: empty file" "empty .jsonl reported"
expect_grep "$TMP/out" '"id":"good"' "good article after the empty files"
expect_grep "$TMP/err" "3 articles in, 1 out, 2 rejected" "counts with empty files"

# JSONL: one good line, then every kind of bad line, then a good one
big="$TMP/bad.jsonl"
{
    printf '{"id":"j1","text":"Ia tiba kemarin.","date":"2017-12-14"}\n'
    printf 'this is not json\n'
    printf '{"id":"j3","title":"tanpa teks"}\n'
    printf '{"id":"j4","text":"rusak \303\050 di sini"}\n'
    printf '{"id":"j5","text":"ada\000NUL"}\n'
    printf '{"id":"j6","text":"lolos \\u0000 escape"}\n'
    printf '{"id":"j7","text":"'
    head -c 20971520 /dev/zero | tr '\0' 'a'
    printf '"}\n'
    printf '{"id":"j8","text":42}\n'
    printf '[1,2,3]\n'
    printf '\n'
    printf '{"id":22222222222222222222,"text":"id terlalu besar"}\n'
    printf '{"id":"j11","text":"Artikel terakhir tetap diproses."}\n'
} > "$big"
expect_status 1 "bad JSONL lines" -- "$WARTA" doc "$big"
expect_grep "$TMP/err" "bad.jsonl:2: error: not JSON" "non-JSON line"
expect_grep "$TMP/err" "bad.jsonl:3: error: no \"text\" field" "missing text"
expect_grep "$TMP/err" "bad.jsonl:4: error: invalid UTF-8" "invalid UTF-8 line"
expect_grep "$TMP/err" "bad.jsonl:5: error: NUL byte" "raw NUL byte in a line"
expect_grep "$TMP/err" "bad.jsonl:6: error: NUL character" "escaped NUL in text"
expect_grep "$TMP/err" "bad.jsonl:7: error: line is [0-9]+ bytes, over the 8 MiB" "20 MB line"
expect_grep "$TMP/err" "bad.jsonl:8: error: \"text\" is not a string" "text not a string"
expect_grep "$TMP/err" "bad.jsonl:9: error: not a JSON object" "not an object"
expect_grep "$TMP/err" "bad.jsonl:11: error: not JSON: too big integer" "an id too big for an integer (fuzz finding)"
expect_eq "$(grep -o '"id":"[^"]*"' "$TMP/out" | tr '\n' ' ')" '"id":"j1" "id":"j11" ' "good lines around the bad ones processed"
expect_grep "$TMP/err" "11 articles in, 2 out, 9 rejected" "JSONL counts: in = out + rejected"
expect_eq "$(grep -c ': error: ' "$TMP/err")" 9 "one message per rejected line"

# JSON lines read by the fast scanner and by jansson give the same article:
# escapes, a surrogate pair, integer ids, null and repeated fields; lines it
# does not handle (a real id, nested values) still go through jansson.
esc="$TMP/esc.jsonl"
{
    printf '{"id":"e1","text":"Kata \\"dia\\" \\u201cdikutip\\u201d \\ud83d\\ude00 a\\/b\\\\c\\tdi sini."}\n'
    printf '{"id": 12345 , "text" : "Teks angka.", "title": null, "date": null}\n'
    printf '{"id": -7, "text": "Teks negatif.", "url": true, "lang": false}\n'
    printf '{"id": "d1", "text": "Dup pertama.", "text": "Dup kedua menang."}\n'
    printf '{"id": 1.5, "text": "Id real.", "meta": {"a": [1, 2]}}\n'
    printf '{"id": "bad", "text": "lone \\udc00 surrogate"}\n'
} > "$esc"
expect_status 1 "JSON escapes and field kinds" -- "$WARTA" doc "$esc"
expect_grep "$TMP/out" '"id":"e1".*"text":"Kata \\"dia\\" “dikutip” 😀 a/b\\\\c\\tdi sini\."' "escapes decoded"
expect_grep "$TMP/out" '"id":"12345"' "integer id"
expect_grep "$TMP/out" '"id":"-7"' "negative integer id"
expect_grep "$TMP/out" '"text":"Dup kedua menang\."' "a repeated key: the last wins"
expect_grep "$TMP/out" '"id":"esc:5"' "real id: id from file and line"
expect_grep "$TMP/err" "esc.jsonl:6: error: not JSON: invalid Unicode" "lone surrogate rejected by jansson"
expect_grep "$TMP/err" "6 articles in, 5 out, 1 rejected" "escape file counts"

# --keep-going / --no-fail: same output, exit 0
expect_status 0 "--keep-going" -- "$WARTA" doc --keep-going "$big"
expect_eq "$(grep -o '"id":"[^"]*"' "$TMP/out" | tr '\n' ' ')" '"id":"j1" "id":"j11" ' "--keep-going output"
expect_status 0 "--no-fail" -- "$WARTA" doc --no-fail "$TMP/empty.txt" "$good"

# a missing file and a bad date field
expect_status 1 "missing file" -- "$WARTA" doc "$TMP/nope.txt" "$good"
expect_grep "$TMP/err" "nope.txt: error: cannot open" "missing file reported"
printf '{"id":"d","text":"Ia tiba kemarin.","date":"14-12-2017"}\n' > "$TMP/date.jsonl"
expect_status 0 "bad date field is a warning" -- "$WARTA" doc "$TMP/date.jsonl"
expect_grep "$TMP/err" "date.jsonl:1: warning: \"date\" is not a YYYY-MM-DD date" "bad date warned"

# a 20 MB .txt article
{ head -c 20971520 /dev/zero | tr '\0' 'b'; printf '\n'; } > "$TMP/huge.txt"
expect_status 1 "20 MB txt" -- "$WARTA" doc "$TMP/huge.txt" "$good"
expect_grep "$TMP/err" "huge.txt: error: article is [0-9]+ bytes, over the 8 MiB limit" "huge txt reported"
expect_grep "$TMP/out" '"id":"good"' "good article after the huge one"

finish doc_badinput.sh
