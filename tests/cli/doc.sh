# doc.sh — `warta doc` on the seed article gives exactly the article-layer
# table of ../shared/seed/EXPECTED.md; plus the bundled example and options.
. tests/cli_lib.sh

out=$TMP/out.json

# --- bundled example (always present) ---
expect_status 0 "doc on the bundled example" -- "$WARTA" doc examples/berita-contoh.txt
cp "$TMP/out" "$out"
expect_eq "$(wc -l <"$out" | tr -d ' ')" 1 "one JSON line per article"
expect_grep "$out" '"id":"berita-contoh"' "id = file name"
expect_grep "$out" '"dateline":"JAKARTA"' "example dateline"
expect_grep "$out" '"date":"2017-11-06","date_source":"text"' "example publication date from Senin (6/11/2017)"
expect_grep "$out" '"editor":"nrl"' "example editor tag"
expect_grep "$out" '"related":\[\{"span":\[[0-9]+,[0-9]+\],"text":"Menlu Jepang Dijadwalkan Bertemu Presiden Jokowi"' "example related link"
expect_grep "$out" '"speaker":"Kono"' "example quote speaker"
expect_grep "$out" '"verb":"kata"' "example quote verb"
expect_no_grep "$out" 'BACA JUGA' "related line removed from the body"

# --- options ---
expect_status 0 "--help" -- "$WARTA" doc --help
expect_grep "$TMP/out" '--keep-going' "help lists --keep-going"
expect_status 2 "bad --date" -- "$WARTA" doc --date 2017-13-01 examples/berita-contoh.txt
expect_status 2 "bad --input" -- "$WARTA" doc --input xml examples/berita-contoh.txt
expect_status 2 "unknown option" -- "$WARTA" doc --frobnicate
expect_status 0 "stdin" -- sh -c "\"$WARTA\" doc < examples/berita-contoh.txt"
expect_grep "$TMP/out" '"id":"stdin"' "stdin text article"
expect_status 0 "--tokens" -- "$WARTA" doc --tokens examples/berita-contoh.txt
expect_grep "$TMP/out" '"tokens":\[\{"span":\[[0-9]+,[0-9]+\],"text":"' "tokens listed"
printf '{"id":"a","text":"Ia tiba kemarin.","date":"2017-12-14"}\n{"id":"b","text":"Ia tiba kemarin."}\n' > "$TMP/two.jsonl"
expect_status 0 "jsonl on stdin" -- sh -c "\"$WARTA\" doc --date 2017-01-02 < \"$TMP/two.jsonl\""
expect_grep "$TMP/out" '"id":"a".*"value":"2017-12-13"' "caller date from JSONL resolves kemarin"
expect_grep "$TMP/out" '"id":"b".*"date":"2017-01-02","date_source":"caller"' "--date for articles without one"

# the publication date a news URL carries ("url", or IndoSum's "source_url")
cat > "$TMP/url.jsonl" <<'EOF'
{"id":"c","text":"Ia tiba kemarin.","source_url":"http://www.cnnindonesia.com/internasional/20161022112811-134-167184/judul/"}
{"id":"d","text":"Ia tiba kemarin.","url":"https://example.id/read/2017/12/14/0930/judul"}
{"id":"e","text":"Ia tiba kemarin.","url":"https://example.id/berita/20171214/judul"}
{"id":"f","text":"Ia tiba kemarin.","url":"https://example.id/berita/652013/judul-20171399"}
{"id":"g","text":"Ia tiba kemarin.","url":"https://example.id/b/1","date":"2018-01-05"}
EOF
expect_status 0 "doc with URLs" -- "$WARTA" doc "$TMP/url.jsonl"
expect_grep "$TMP/out" '"id":"c".*"date":"2016-10-22","date_source":"url".*"value":"2016-10-21"' "YYYYMMDDhhmmss path segment (CNN Indonesia)"
expect_grep "$TMP/out" '"id":"d".*"date":"2017-12-14","date_source":"url"' "/YYYY/MM/DD/ path"
expect_grep "$TMP/out" '"id":"e".*"date":"2017-12-14","date_source":"url"' "/YYYYMMDD/ path segment"
expect_grep "$TMP/out" '"id":"f".*"date":null,"date_source":"none"' "an article number or an impossible date is no date"
expect_grep "$TMP/out" '"id":"g".*"date":"2018-01-05","date_source":"caller"' "the caller's date wins over the URL"
mkdir -p "$TMP/dir"
cp examples/berita-contoh.txt "$TMP/dir/b.txt"
cp "$TMP/two.jsonl" "$TMP/dir/a.jsonl"
echo ignored > "$TMP/dir/c.md"
expect_status 0 "directory" -- "$WARTA" doc "$TMP/dir"
expect_eq "$(grep -o '"id":"[^"]*"' "$TMP/out" | tr '\n' ' ')" '"id":"a" "id":"b" "id":"b" ' "directory: .jsonl then .txt, in name order"

# --- the seed article ---
if shared=$(shared_dir); then
    seed="$shared/seed/000_4d979f310ff41e0e.txt"
    expect_status 0 "doc on the seed" -- "$WARTA" doc "$seed"
    cp "$TMP/out" "$out"
    expect_grep "$out" '"dateline":"PYONGYANG"' "seed dateline"
    expect_grep "$out" '"date":"2017-12-14","date_source":"text"' "seed publication date"
    expect_eq "$(grep -o '"related":\[.*\],"credits"' "$out" | grep -o '"text":"[^"]*"' | tr '\n' '|')" \
        '"text":"Menlu Rusia: Korut Ingin Berunding Langsung dengan AS"|"text":"Kunjungan Wakil Sekjen PBB ke Korut Hidupkan Asa Mediasi"|' \
        "seed related links"
    expect_grep "$out" '"byline":"Erha Aprili Ramadhoni"' "seed byline"
    expect_grep "$out" '"editor":"dka"' "seed editor"
    expect_eq "$(grep -o '"index":[0-9]*' "$out" | cut -d: -f2 | tr '\n' ' ')" "0 2 3 4 5 6 7 9 " \
        "seed body paragraphs = lines 1,3,4,5,6,7,8,10"
    expect_no_grep "$out" '"text":"PYONGYANG' "dateline stripped from the first paragraph"
    expect_no_grep "$out" '"text":"[^"]*\(dka\)' "editor tag not in a sentence"
    quotes=$(grep -o '"quotes":\[.*\],"dates"' "$out")
    expect_eq "$(echo "$quotes" | grep -o '"speaker":"[^"]*"' | tr '\n' '|')" \
        '"speaker":"Kementerian Luar Negeri Rusia"|"speaker":"Sergey Ryabkov"|"speaker":"Tillerson"|' \
        "seed quote speakers"
    expect_eq "$(echo "$quotes" | grep -o '"verb":"[^"]*"' | tr '\n' '|')" \
        '"verb":"menyatakan"|"verb":"kata"|"verb":"ujar"|' "seed quote verbs"
    expect_grep "$out" '"text":"semua kesempatan untuk melakukan dialog langsung"' "seed partial quote"
    expect_grep "$out" '"text":"Korut adalah tetangga kami dan kami harus membangun hubungan dengan negara ini. Dialog politik sangatlah penting"' "seed two-sentence quote"
    expect_grep "$out" '"text":"Kami telah mengatakan dari sisi diplomatik, [^"]* tanpa prasyarat"' "seed Tillerson quote"
    dates=$(grep -o '"dates":\[.*\]' "$out")
    expect_eq "$(echo "$dates" | grep -o '"text":"[^"]*","value":"[^"]*"' | tr '\n' '|')" \
        '"text":"Selasa, 12 Desember","value":"2017-12-12"|"text":"Kamis (14/12/2017)","value":"2017-12-14"|' \
        "seed dates"
    expect_grep "$out" '"credits":\[\{"span":\[[0-9]+,[0-9]+\],"text":"RT"' "seed credit (dilansir RT)"
    ents=$(grep -o '"entities":\[.*\]' "$out")
    names_of() { echo "$ents" | grep -o "\"text\":\"[^\"]*\",\"type\":\"$1\"" | cut -d'"' -f4 | LC_ALL=C sort | tr '\n' '|'; }
    got_person=$(names_of person)
    got_organisation=$(names_of organisation)
    got_place=$(names_of place)
    expect_eq "$got_person" "Aleksandr Kashin|Kim Jong-un|Rex Tillerson|Sergey Ryabkov|Viktor Kalganov|" "seed persons"
    expect_eq "$got_organisation" \
        "Kementerian Luar Negeri Rusia|Kementerian Pertahanan Rusia|Kremlin|Pusat Komando Pertahanan Nasional Rusia|RT|" \
        "seed organisations"
    expect_eq "$got_place" "Amerika Serikat|Korea Utara|Moskow|Pyongyang|Rusia|Semenanjung Korea|Washington|" "seed places"
    expect_grep "$out" '"text":"Korea Utara","type":"place","country":"PRK","mentions":\[\[[0-9]+,[0-9]+\],\[' "Korut and Korea Utara are one place"

    # a date given by the caller overrides the text's
    expect_status 0 "seed with --date" -- "$WARTA" doc --date 2017-12-15 "$seed"
    expect_grep "$TMP/out" '"date":"2017-12-15","date_source":"caller"' "caller date overrides"
    expect_grep "$TMP/out" '"text":"Selasa, 12 Desember","value":"2017-12-12"' "resolved against the caller date"
    # spans are byte offsets into the file: the first quote's span is its text
    span=$(grep -o '"quotes":\[{"span":\[[0-9]*,[0-9]*\]' "$out" | grep -o '[0-9]*,[0-9]*')
    start=${span%,*}; end=${span#*,}
    expect_eq "$(dd if="$seed" bs=1 skip="$start" count=$((end - start)) 2>/dev/null)" \
        "semua kesempatan untuk melakukan dialog langsung" "quote span = bytes of the file"

    corpus="$shared/corpus/id-news.jsonl"
    expect_status 0 "the whole corpus" -- "$WARTA" doc "$corpus"
    # one article a line: every line of the corpus comes out
    expect_eq "$(wc -l <"$TMP/out" | tr -d ' ')" "$(wc -l <"$corpus" | tr -d ' ')" "every corpus article out"
    expect_eq "$(wc -c <"$TMP/err" | tr -d ' ')" 0 "no diagnostics on the corpus"
else
    echo "doc.sh: ../shared not found, seed and corpus checks skipped"
fi

finish doc.sh
