#!/bin/sh
# actors_id.sh — Indonesian actor dictionaries (issue 10): institution and role
# words compose with a foreign country named after them (no list per country),
# Indonesia-only titles and units carry IDN, parties change between government
# and opposition by date, persons are coded by the office they held on the
# article's date. Sentences written for this test.
. "$(dirname "$0")/../cli_lib.sh"

cat >"$TMP/a.jsonl" <<'J'
{"id":"pola","date":"2021-03-02","text":"Kementerian Pertahanan Rusia mengecam Mahkamah Agung Malaysia.\nMenteri Dalam Negeri Filipina bertemu dengan Kepala Staf Angkatan Darat Thailand di Manila.\nKantor Imigrasi Surabaya mendeportasi dua warga negara asing.\nKapolda Jawa Timur memuji Pangdam Brawijaya.\nJaksa Agung Korea Selatan mengkritik parlemen Jepang.\nJuru bicara Kementerian Luar Negeri Australia mengecam Polisi Federal Brasil."}
{"id":"lama","date":"2005-05-04","text":"PDI-P mengecam Partai Golkar.\nHassan Wirajuda bertemu dengan Condoleezza Rice di Jakarta."}
{"id":"baru","date":"2016-03-04","text":"Hassan Wirajuda mengkritik Kementerian Luar Negeri Australia.\nPDI-P memuji Partai Gerindra."}
J
expect_status 0 "code the pattern sentences" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/a.jsonl"
e() { expect_grep "$TMP/err" "actor '$1' = $2 " "$1 = $2"; }
e 'Kementerian Pertahanan Rusia' RUSMIL
e 'Mahkamah Agung Malaysia' MYSJUD
e 'Menteri Dalam Negeri Filipina' PHLGOV
e 'Kepala Staf Angkatan Darat Thailand' THAMIL
e 'Kantor Imigrasi Surabaya' IDNCOP
e 'Kapolda Jawa Timur' IDNCOP
e 'Pangdam Brawijaya' IDNMIL
e 'Jaksa Agung Korea Selatan' KORJUD
e 'parlemen Jepang' JPNLEG
e 'Juru bicara Kementerian Luar Negeri Australia' AUSGOV
e 'Polisi Federal Brasil' BRACOP
expect_grep "$TMP/out" '"doc":"pola".*"source":"RUSMIL".*"target":"MYSJUD".*"root":"11"' "RUSMIL -> MYSJUD 11"
expect_grep "$TMP/out" '"doc":"pola".*"source":"IDNCOP".*"target":"IDNMIL".*"root":"05"' "Kapolda -> Pangdam 05"
# 2005: PDI-P in opposition, Golkar in the cabinet; Wirajuda and Rice foreign ministers
expect_grep "$TMP/out" '"doc":"lama".*"source":"IDNOPP","source_text":"PDI-P".*"target":"IDNGOV"' "PDI-P opposition in 2005"
expect_grep "$TMP/out" '"doc":"lama".*"source":"IDNGOV","source_text":"Hassan Wirajuda".*"target":"USAGOV"' "Wirajuda and Rice in office in 2005"
# 2016: Wirajuda a former minister (ELI); PDI-P and Gerindra government and opposition
expect_grep "$TMP/out" '"doc":"baru".*"source":"IDNELI","source_text":"Hassan Wirajuda".*"target":"AUSGOV"' "Wirajuda former minister in 2016"
expect_grep "$TMP/out" '"doc":"baru".*"source":"IDNGOV","source_text":"PDI-P".*"target":"IDNOPP"' "PDI-P government, Gerindra opposition in 2016"

printf '{"id":"m1","date":"2021-03-02","text":"Menurut Kapolda Jawa Timur, “tiga insurgen” ditangkap.\\nPolisi menangkap Budi Wirawan di Surabaya."}\n' >"$TMP/m.jsonl"
# --explain says how each actor was resolved: the dictionary entry, and the
# article's country for a bare role
expect_status 0 "code --explain" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/m.jsonl"
expect_grep "$TMP/err" "actor 'Polisi' = IDNCOP group=[0-9]+ id/id\\.agents:[0-9]+ context-country$" "explain: a bare role's country from the article"
expect_grep "$TMP/err" "actor 'Kapolda Jawa Timur' = IDNCOP after-prep group=[0-9]+ id/id\\.agents:[0-9]+$" "explain: the dictionary line"

# warta actors: one JSON line per mention, byte spans into the input text
expect_status 0 "warta actors" -- "$WARTA" actors "$TMP/m.jsonl"
expect_grep "$TMP/out" '^\{"doc":"m1","para":0,"sent":0,"span":\[8,26\],"text":"Kapolda Jawa Timur","code":"IDNCOP","via":\["id/id\.agents:[0-9]+"\]\}$' "a title with its dictionary line"
# the curly quote is three bytes: "insurgen" starts at byte 36, not 34;
# insurgents take no country from the article (rebels do: REB)
expect_grep "$TMP/out" '"span":\[36,44\],"text":"insurgen","code":null' "byte offsets; an unresolved role has code null"
expect_grep "$TMP/out" '"para":1,"sent":1,"span":\[[0-9]+,[0-9]+\],"text":"Polisi","code":"IDNCOP","via":\["id/id\.agents:[0-9]+","context-country"\]' "a bare role takes the article's country"
expect_no_grep "$TMP/out" '"text":"Budi Wirawan"' "an unknown person with no role is no mention"
# the mechanisms, one article each (sentences written for this test)
cat >"$TMP/mech.jsonl" <<'J'
{"id":"title","date":"2019-06-10","text":"Menteri Pertanian Kenya, Joseph Kamau Otieno, tiba di Jakarta.\nOtieno kemudian bertemu Menteri Pertanian Indonesia."}
{"id":"appos","date":"2021-06-10","text":"Ketua Komisi III DPR dari Partai Golkar, Bambang Wirajaya, mengkritik Kejaksaan Agung.\nWirajaya meminta Jaksa Agung mundur."}
{"id":"place","date":"2021-06-10","text":"Polisi di Kuala Lumpur menangkap dua militan di Malaysia."}
{"id":"noplace","date":"2021-06-10","text":"Polisi menangkap tiga pemuda di Bandung."}
{"id":"two","date":"2021-06-10","text":"Menteri Pertahanan Jepang dan Menteri Pertahanan Australia menandatangani perjanjian."}
{"id":"unknown","date":"2021-06-10","text":"Sutrisno Wibisana mengecam kebijakan itu."}
{"id":"def","date":"2021-06-10","text":"Korea Utara meluncurkan rudal. Negara itu juga mengancam Jepang.\nKedua negara sepakat bekerja sama."}
{"id":"dua","date":"2021-06-10","text":"Pemerintah Kanada menawarkan Vietnam dua pilihan untuk meredakan ketegangan antara kedua negara."}
{"id":"dua2","date":"2021-06-10","text":"Presiden Joko Widodo meresmikan pabrik itu. Pemerintah berencana memperluas perdagangan dengan Peru. Kerja sama kedua negara akan dibahas pekan depan."}
{"id":"dateline","date":"2021-06-10","text":"Jakarta, CNN Indonesia -- Seorang pekerja tambang tewas di Provinsi Yunnan, China, setelah bekerja dua hari.\nPolisi menyelidiki kematian itu."}
{"id":"lain","date":"2021-06-10","text":"Polisi India menembak dua pengunjuk rasa di Srinagar. Pengunjuk rasa lain berusia 19 tahun tewas kemudian. Negara lain mengecam penembakan itu."}
{"id":"hitung","date":"2021-06-10","text":"Jepang menghukum tiga warga Rusia dan satu perusahaan perikanan. Presiden Filipina dan 15 dubes menghadiri acara itu."}
{"id":"yang","date":"2021-06-10","text":"Polisi menangkap dua pemuda di Bekasi. Pemuda yang ditangkap kemarin adalah Rudi Prakoso. Rudi mengaku bersalah."}
{"id":"binti","date":"2021-06-10","text":"Dua WNI yang dibebaskan dari penjara adalah Sutinah binti Karta dan Ruminah binti Sarmo. Sutinah tiba di Jakarta."}
{"id":"van","date":"2021-06-10","text":"Menteri Pertahanan Belgia Pieter van Hoorn mengunjungi Jakarta. Hoorn bertemu Menteri Pertahanan Indonesia."}
{"id":"yangtewas","date":"2021-06-10","text":"Tentara Mali menyerang desa itu. Presiden Prancis berduka untuk mereka yang tewas."}
{"id":"asing2","date":"2021-06-10","text":"Presiden Joko Widodo meresmikan jembatan itu. Tarmuji menilai proyek itu berguna bagi desanya. Ia berharap jalan juga diperbaiki."}
{"id":"pasangan","date":"2021-06-10","text":"Pyongyang mengecam latihan gabungan AS-Korsel. Kerja sama Rusia-Mongolia terus tumbuh."}
{"id":"yuris","date":"2021-06-10","text":"Presiden Joko Widodo meresmikan jembatan. Presiden Prancis Emmanuel Macron mengecam serangan. Polisi Prancis menangkap tersangka di Lyon kemarin."}
{"id":"telat","date":"2021-06-10","text":"Presiden Prancis Emmanuel Macron mengecam serangan. Di Mesir, pelaku penyerangan itu adalah Karim Saadawi. Karim ditangkap kemarin."}
J
expect_status 0 "warta actors on the mechanisms" -- "$WARTA" actors "$TMP/mech.jsonl"
expect_grep "$TMP/out" '"doc":"title".*"text":"Menteri Pertanian Kenya, Joseph Kamau Otieno","code":"KENGOV"' "title and name: one mention"
expect_grep "$TMP/out" '"doc":"title".*"text":"Otieno","code":"KENGOV","via":\["named-earlier"\]' "surname: the person named earlier"
expect_grep "$TMP/out" '"doc":"appos".*"text":"Ketua Komisi III DPR dari Partai Golkar, Bambang Wirajaya","code":"IDNLEG"' "apposition: title dari PARTY, Name is one mention"
expect_grep "$TMP/out" '"doc":"appos".*"text":"Wirajaya","code":"IDNLEG","via":\["named-earlier"\]' "apposition: the surname later is the titled person"
expect_grep "$TMP/out" '"doc":"place".*"text":"Polisi di Kuala Lumpur","code":"MYSCOP"' "generic role with a place"
expect_grep "$TMP/out" '"doc":"place".*"text":"militan di Malaysia","code":"MYSREB"' "a non-state role with a place"
expect_grep "$TMP/out" '"doc":"noplace".*"text":"Polisi","code":"IDNCOP","via":\["id/id\.agents:[0-9]+","context-country"\]' "generic role with no place: the article's country"
expect_grep "$TMP/out" '"doc":"two".*"text":"Menteri Pertahanan Jepang","code":"JPNMIL"' "two countries in one clause: the first"
expect_grep "$TMP/out" '"doc":"two".*"text":"Menteri Pertahanan Australia","code":"AUSMIL"' "two countries in one clause: the second"
expect_no_grep "$TMP/out" '"doc":"unknown"' "an unknown person with no role: no mention"
expect_grep "$TMP/out" '"doc":"def".*"text":"Negara itu","code":"PRK"' "definite description: the country named before"
expect_grep "$TMP/out" '"doc":"def".*"text":"Kedua negara","code":"PRK","via":\["antecedent"\]' "kedua negara: the first of the pair"
expect_grep "$TMP/out" '"doc":"dua".*"text":"kedua negara","code":"CAN[A-Z]*","via":\["antecedent"\]' "kedua negara with no list: the first of the two states named last"
expect_grep "$TMP/out" '"doc":"dua".*"text":"kedua negara","code":"VNM","via":\["antecedent"\]' "kedua negara with no list: the second state"
expect_grep "$TMP/out" '"doc":"dua2".*"text":"kedua negara","code":"PER"' "kedua negara: the foreign state named before"
expect_grep "$TMP/out" '"doc":"dua2".*"text":"kedua negara","code":"IDN' "kedua negara: and the article's own country"
expect_grep "$TMP/out" '"doc":"dateline".*"text":"Polisi","code":"CHNCOP"' "a Jakarta dateline does not make foreign news Indonesia's"
expect_grep "$TMP/out" '"doc":"yuris".*"text":"tersangka","code":"FRACRM"' "a suspect abroad is in the hands of the police the sentence names"
expect_grep "$TMP/out" '"doc":"lain".*"text":"Pengunjuk rasa","code":"INDCVL"' "pengunjuk rasa lain: more people of the same place"
expect_no_grep "$TMP/out" '"doc":"lain".*"text":"Negara[^"]*","code":"[A-Z]' "negara lain stays vague"
expect_grep "$TMP/out" '"doc":"hitung".*"text":"perusahaan","code":"RUSBUS"' "a counted member of a list takes its conjuncts' country"
expect_grep "$TMP/out" '"doc":"yang".*"text":"Rudi Prakoso","code":"IDNCVL","via":\["[^"]*","apposition"\]' "ROLE yang … adalah NAME: a relative clause between"
expect_grep "$TMP/out" '"doc":"binti".*"text":"Sutinah binti Karta","code":"IDNCVL"' "bin/binti inside a name"
expect_grep "$TMP/out" '"doc":"binti".*"text":"Ruminah binti Sarmo","code":"IDNCVL"' "the second name of the list, with binti"
expect_grep "$TMP/out" '"doc":"binti".*"text":"Sutinah","code":"IDNCVL","via":\["named-earlier"\]' "the given name later"
expect_grep "$TMP/out" '"doc":"van".*"text":"Menteri Pertahanan Belgia Pieter van Hoorn","code":"BELMIL"' "a title's name with a particle inside"
expect_grep "$TMP/out" '"doc":"van".*"text":"Hoorn","code":"BELMIL","via":\["named-earlier"\]' "the surname after the particle later"
expect_no_grep "$TMP/out" '"doc":"yangtewas".*"text":"mereka"' "mereka yang tewas: those the clause describes, no antecedent"
expect_no_grep "$TMP/out" '"doc":"asing2".*"text":"Ia"' "ia after an unknown subject: not the person named before"
expect_grep "$TMP/out" '"doc":"pasangan".*"text":"AS-Korsel","code":"USA"' "X-Y: the first actor of a hyphenated pair"
expect_grep "$TMP/out" '"doc":"pasangan".*"text":"AS-Korsel","code":"KOR"' "X-Y: the second actor on the same span"
expect_grep "$TMP/out" '"doc":"pasangan".*"text":"Rusia-Mongolia","code":"MNG"' "X-Y with full names"
expect_no_grep "$TMP/out" '"doc":"hitung".*"text":"dubes","code":"PHL' "counted officials in a list stay of several states"
expect_grep "$TMP/out" '"doc":"telat".*"text":"Karim Saadawi","code":"EGYCRM","via":\["[^"]*","apposition"\]' "a role the place resolved names the person after adalah"
expect_grep "$TMP/out" '"doc":"telat".*"text":"Karim","code":"EGYCRM","via":\["named-earlier"\]' "and the person later"
expect_grep "$TMP/out" '"doc":"def".*"text":"Kedua negara","code":"JPN","via":\["antecedent"\]' "kedua negara: the second of the pair"
# pronouns and definite descriptions: the antecedent's code (sentences written for this test)
cat >"$TMP/pron.jsonl" <<'J'
{"id":"dia","date":"2021-06-10","text":"Presiden Prancis Emmanuel Macron tiba di Bandung. Dia kemudian mengunjungi sebuah pabrik."}
{"id":"beliau","date":"2021-06-10","text":"Kapolri membuka rapat di Medan. Menurut beliau, rapat itu penting."}
{"id":"pihak","date":"2021-06-10","text":"Kementerian Luar Negeri Jepang menyatakan pihaknya akan mengirim bantuan."}
{"id":"mereka","date":"2021-06-10","text":"Ratusan pengungsi Suriah tiba di perbatasan Yunani. Mereka meminta perlindungan."}
{"id":"kelompok","date":"2021-06-10","text":"Hamas menembakkan roket dari Gaza. Kelompok tersebut juga mengancam Israel."}
{"id":"jauh","date":"2021-06-10","text":"Presiden Prancis Emmanuel Macron tiba di Bandung. Cuaca cerah. Hujan turun sore hari. Angin kencang. Dia pulang."}
{"id":"sendiri","date":"2021-06-10","text":"Dia menolak berkomentar."}
{"id":"subjek","date":"2021-06-10","text":"Presiden Joko Widodo bertemu dengan Presiden Prancis Emmanuel Macron di Bogor. Dia kemudian meninjau pasar."}
J
cat >"$TMP/roles.jsonl" <<'J'
{"id":"pihak","date":"2021-06-10","text":"Pihak kepolisian menangkap tiga pemuda di Bandung. Pihak kepolisian juga memeriksa saksi."}
{"id":"milik","date":"2021-06-10","text":"Pemerintah Kanada meminta maaf kepada warganya yang ditahan."}
{"id":"itu","date":"2021-06-10","text":"Polisi Malaysia menangkap seorang pria di Johor. Polisi tersebut kemudian memeriksa rumahnya."}
{"id":"tsk","date":"2021-06-10","text":"KPK menetapkan Bupati Sleman sebagai tersangka di Jakarta. Tersangka kemudian ditahan KPK."}
{"id":"mesir","date":"2021-06-10","text":"Presiden Joko Widodo mengecam serangan itu. Menteri Luar Negeri Retno Marsudi juga mengecam serangan itu. Di Mesir, teroris menyerang sebuah gereja."}
{"id":"asing","date":"2021-06-10","text":"Presiden Prancis Emmanuel Macron mengecam serangan itu. Menteri Dalam Negeri Prancis juga mengecam. Pelaku masih dicari."}
{"id":"adalah","date":"2017-06-10","text":"Pelaku penembakan itu adalah Rahmat Hidayat. Rahmat ditangkap polisi di Bekasi."}
{"id":"yakni","date":"2017-06-10","text":"Polisi menangkap dua tersangka, yakni Joko Susilo dan Ahmad Fauzi. Joko mengaku bersalah."}
{"id":"bernama","date":"2017-06-10","text":"Seorang pria bernama Andi Wijaya ditangkap polisi di Makassar. Andi diduga mencuri motor."}
{"id":"koma","date":"2017-06-10","text":"Polisi menangkap seorang pria. Rahmat Hidayat, warga Bekasi, mengaku melihat kejadian itu. Rahmat kemudian melapor."}
{"id":"selaku","date":"2017-06-10","text":"Menurut Agus Salim selaku Kepala Desa Sukamaju, warga menolak proyek itu. Agus meminta pemerintah turun tangan."}
{"id":"bupati","date":"2017-06-10","text":"Gubernur Jawa Tengah Ganjar Pranowo bertemu dengan Bupati Rembang Abdul Hafidz. Hafidz meminta bantuan."}
{"id":"para","date":"2017-06-10","text":"Presiden Joko Widodo meresmikan jembatan itu. Menteri Luar Negeri Retno Marsudi juga hadir. Para pengunjuk rasa menolak proyek itu. Para menteri kemudian pulang."}
{"id":"umur","date":"2017-06-10","text":"Polisi menangkap seorang pria. Rahmat (35), warga Bekasi, mengaku mencuri motor. Rahmat kemudian ditahan."}
{"id":"kalimat","date":"2017-06-10","text":"Cuaca buruk melanda kawasan itu. Di Seoul, pemerintah Korea Selatan menutup sekolah dan polisi menjaga jalan."}
{"id":"jabatan","date":"2017-06-10","text":"Hujan deras turun sejak pagi. \"Air sungai naik dua meter,\" kata Kepala Bidang Pencegahan BNPB, Wiryo Santoso, Rabu (7/6). Wiryo meminta warga mengungsi."}
{"id":"jabatan2","date":"2017-06-10","text":"Banjir melanda tiga desa. Kepala Bidang Lalu Lintas Dinas Perhubungan, Suryadi mengatakan jalan ditutup. Suryadi meminta sopir bersabar."}
{"id":"jabatan3","date":"2017-06-10","text":"KPK menahan Bupati Lembah Hijau, Sulawesi Tengah, Hasan Basri, usai diperiksa. Hasan membantah tuduhan itu."}
{"id":"jabatan4","date":"2017-06-10","text":"Rapat dipimpin Menteri Koordinator Bidang Politik, Hukum, dan Keamanan kemarin. \"Semua aman,\" kata Juru Bicara Polri, Senin (5/6)."}
{"id":"jabatan5","date":"2017-06-10","text":"Kepala Pusat Kajian Hukum LIPI Ratna Sumirat mengatakan aturan itu perlu diubah. Ratna meminta DPR segera membahasnya."}
{"id":"jabatan8","date":"2017-06-10","text":"Kereta tambahan disiapkan, kata Manajer Humas KAI Daop 3 Yogi Prasetyo kemarin."}
{"id":"jabatan7","date":"2017-06-10","text":"Pengamat politik dari Universitas Gadjah Mada Wahyu Prasetya menilai langkah itu keliru. Wahyu meminta DPR mengkaji ulang."}
{"id":"jabatan6","date":"2017-06-10","text":"Ketua Panitia Khusus dari Fraksi Partai Golkar Rudi Hartawan menolak usul itu. Ketua KPU Kabupaten Garut mengumumkan hasilnya."}
J
expect_status 0 "warta actors on roles in context" -- "$WARTA" actors "$TMP/roles.jsonl"
expect_grep "$TMP/out" '"doc":"adalah".*"text":"Rahmat Hidayat","code":"IDNCRM","via":\["id/id\.agents:[0-9]+","apposition"\]' "ROLE adalah NAME: the name is the role"
expect_grep "$TMP/out" '"doc":"adalah".*"text":"Rahmat","code":"IDNCRM","via":\["named-earlier"\]' "ROLE adalah NAME: the first name later"
expect_grep "$TMP/out" '"doc":"yakni".*"text":"Ahmad Fauzi","code":"IDNCRM"' "ROLE, yakni A dan B: the second name too"
expect_grep "$TMP/out" '"doc":"bernama".*"text":"Andi Wijaya","code":"IDNCVL"' "seorang pria bernama NAME"
expect_grep "$TMP/out" '"doc":"koma".*"text":"Rahmat Hidayat","code":"IDNCVL","via":\["id/id\.agents:[0-9]+","apposition"\]' "NAME, ROLE,: apposition after the name"
expect_grep "$TMP/out" '"doc":"selaku".*"text":"Agus","code":"IDNGOV","via":\["named-earlier"\]' "NAME selaku ROLE, then the first name"
expect_grep "$TMP/out" '"doc":"bupati".*"text":"Hafidz","code":"IDNGOV","via":\["named-earlier"\]' "surname of a title whose country is the article's"
expect_grep "$TMP/out" '"doc":"para".*"text":"Para pengunjuk rasa","code":"IDNCVL"' "counted people: the article's country"
expect_grep "$TMP/out" '"doc":"umur".*"text":"Rahmat","code":"IDNCVL","via":\["named-earlier"\]' "NAME (age), ROLE: one name word is enough"
expect_grep "$TMP/out" '"doc":"jabatan".*"text":"Wiryo Santoso","code":"IDNGOV","via":\["id/institutions\.actors:[0-9]+","apposition"\]' "POST BODY, NAME,: the holder of the post"
expect_grep "$TMP/out" '"doc":"jabatan".*"text":"Wiryo","code":"IDNGOV","via":\["named-earlier"\]' "POST BODY, NAME: the name alone later"
expect_grep "$TMP/out" '"doc":"jabatan2".*"text":"Suryadi","code":"IDNGOV","via":\["id/id\.agents:[0-9]+","apposition"\]' "POST BODY, NAME verb: one name word"
expect_grep "$TMP/out" '"doc":"jabatan3".*"text":"Hasan Basri","code":"IDNGOV"' "POST, PLACE, NAME: the place is skipped"
expect_no_grep "$TMP/out" '"doc":"jabatan3".*"text":"Sulawesi Tengah"' "POST, PLACE, NAME: the place is no holder"
expect_no_grep "$TMP/out" '"doc":"jabatan4".*"text":"Hukum"' "a list inside a title is no holder"
expect_no_grep "$TMP/out" '"doc":"jabatan4".*"text":"Senin"' "a day is no holder"
expect_grep "$TMP/out" '"doc":"jabatan5".*"text":"Ratna Sumirat","code":"IDNGOV","via":\["id/institutions\.actors:[0-9]+","apposition"\]' "POST BODY NAME verb: the holder without a comma"
expect_grep "$TMP/out" '"doc":"jabatan5".*"text":"Ratna","code":"IDNGOV","via":\["named-earlier"\]' "POST BODY NAME: the given name later"
expect_grep "$TMP/out" '"doc":"jabatan6".*"text":"Rudi Hartawan","code":"IDN' "POST dari PARTY NAME: the party's holder"
expect_no_grep "$TMP/out" '"doc":"jabatan6".*"text":"Kabupaten' "a place after a body is no holder"
expect_grep "$TMP/out" '"doc":"jabatan7".*"text":"Wahyu","code":"IDNEDU","via":\["named-earlier"\]' "POST modifier dari BODY NAME: the holder later"
expect_no_grep "$TMP/out" '"doc":"jabatan8".*"text":"Daop"' "a name without a comma must end the noun phrase (Daop 3 goes on naming the body)"
expect_grep "$TMP/out" '"doc":"para".*"text":"Para menteri","code":null' "counted officials stay vague"
expect_grep "$TMP/out" '"doc":"kalimat".*"text":"polisi","code":"KORCOP","via":\["id/id\.agents:[0-9]+","context-country"\]' "no main country: a bare role takes the state its sentence names"
expect_grep "$TMP/out" '"doc":"pihak".*"text":"Pihak kepolisian","code":"IDNCOP"' "pihak kepolisian: the police of the article's country"
expect_grep "$TMP/out" '"doc":"milik".*"text":"warganya","code":"CANCVL","via":\["possessive"\]' "warganya: the clause subject's citizens"
expect_grep "$TMP/out" '"doc":"itu".*"text":"Polisi tersebut","code":"MYSCOP","via":\["[^"]*","antecedent"\]' "polisi tersebut: the police named before, not the article's"
expect_grep "$TMP/out" '"doc":"tsk".*"text":"Tersangka","code":"IDNCRM"' "a bare suspect in Indonesian news of Indonesia"
expect_grep "$TMP/out" '"doc":"mesir".*"text":"teroris","code":"EGYREB"' "generic armed role with a place: the place's country"
expect_grep "$TMP/out" '"doc":"mesir".*"text":"sebuah gereja","code":"EGYREL"' "a body of the place, not the article's country"
expect_grep "$TMP/out" '"doc":"asing".*"text":"Pelaku","code":null' "a bare offender in foreign news stays unresolved"
expect_status 0 "warta actors on the pronouns" -- "$WARTA" actors "$TMP/pron.jsonl"
expect_grep "$TMP/out" '"doc":"dia".*"text":"Dia","code":"FRAGOV","via":\["antecedent"\]' "dia: the person named in the sentence before"
expect_grep "$TMP/out" '"doc":"beliau".*"text":"beliau","code":"IDNCOP","via":\["antecedent"\]' "beliau: a bare title is a person"
expect_grep "$TMP/out" '"doc":"pihak".*"text":"pihaknya","code":"JPNGOV","via":\["antecedent"\]' "pihaknya: the subject speaking"
expect_grep "$TMP/out" '"doc":"mereka".*"text":"Mereka","code":"SYRREF","via":\["antecedent"\]' "mereka: the group named before"
expect_no_grep "$TMP/out" '"doc":"mereka".*"text":"Mereka","code":"GRC' "mereka: not the place (di perbatasan Yunani)"
expect_grep "$TMP/out" '"doc":"kelompok".*"text":"Kelompok tersebut","code":"PSE' "kelompok tersebut: the group named before"
expect_no_grep "$TMP/out" '"doc":"jauh".*"text":"Dia"' "dia four sentences after the person: unresolved, no mention"
expect_no_grep "$TMP/out" '"doc":"sendiri"' "dia with nobody before: no mention"
expect_grep "$TMP/out" '"doc":"subjek".*"text":"Dia","code":"IDNGOV","via":\["antecedent"\]' "dia: the subject of the sentence before, not the last person"

# a sports or entertainment report needs its words often, not four in passing:
# a long political story that mentions a boycott of films keeps its countries
{
  printf '{"id":"lintas","date":"2017-06-10","text":"Menteri Luar Negeri Pakistan mengecam India.'
  for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40; do
    printf ' Ketegangan di perbatasan kedua negara terus meningkat sejak awal bulan ini.'
  done
  printf ' Warga menyerukan boikot aktor dan aktris, dan bioskop berhenti memutar film dari negara tetangga. Pakistan menuduh India melanggar gencatan senjata."}\n'
} >"$TMP/lintas.jsonl"
expect_status 0 "warta actors on a long story with films in passing" -- "$WARTA" actors "$TMP/lintas.jsonl"
expect_grep "$TMP/out" '"doc":"lintas".*"text":"Pakistan","code":"PAK"' "four showbiz words in passing make no entertainment report"

# --dict: the community's TABARI and Phoenix actor/agent files serve the
# Indonesian coder too; warta's own entry wins on the same words, a bad
# entry is a warning with file:line and the rest is read
cat >"$TMP/extra.actors" <<'D'
; a TABARI actors file written for this test
NGUYEN_VAN_BINH_ [VNMGOV]
INDONESIA_ [MYS]
BELVANIA_ [MYS]
ZORGLAND_ 
D
mkdir -p "$TMP/phx"
cat >"$TMP/phx/Test.actors.txt" <<'D'
# a Phoenix-style file: # comments, + synonyms, !MACROS!
!PERSON! = MAN, WOMAN
KOFI_WANGARI_OTIENO_  [KENGOV] # invented name
+WANGARI_OTIENO_
SALES!PERSON! [~BUS]
D
printf '{"id":"dict","date":"2021-06-10","text":"Nguyen Van Binh bertemu Wangari Otieno di Indonesia. Penyanyi Belvania Putri tiba di Belvania."}\n' >"$TMP/d.jsonl"
expect_status 0 "warta actors --dict" -- "$WARTA" actors --dict "$TMP/extra.actors" "$TMP/phx/Test.actors.txt" "$TMP/d.jsonl"
expect_grep "$TMP/out" '"text":"Nguyen Van Binh","code":"VNMGOV","via":\["[^"]*extra\.actors:2"\]' "--dict: a TABARI actor, via its file:line"
expect_grep "$TMP/out" '"text":"Wangari Otieno","code":"KENGOV","via":\["[^"]*Test\.actors\.txt:4"\]' "--dict: a Phoenix synonym (+), # comment cut"
expect_grep "$TMP/out" '"text":"Indonesia","code":"IDN","via":\["id/countries\.actors:[0-9]+"\]' "--dict: warta's own entry wins on the same words"
expect_grep "$TMP/err" 'extra\.actors:5: warning: actor without a code' "--dict: a malformed entry is a warning with file:line"
expect_no_grep "$TMP/out" '"text":"Belvania Putri"' "--dict: a name that starts with a --dict place is no mention"
expect_grep "$TMP/out" '"text":"Belvania","code":"MYS","via":\["[^"]*extra\.actors:4"\]' "--dict: the place alone is matched"
expect_eq "$(grep -c '"text":"Belvania"' "$TMP/out")" 1 "--dict: a one-word --dict place inside a longer name is not matched"
expect_grep "$TMP/err" 'Test\.actors\.txt:2: warning: PETRARCH macro' "--dict: a macro entry is reported, not read"
expect_status 0 "warta actors without --dict" -- "$WARTA" actors "$TMP/d.jsonl"
expect_no_grep "$TMP/out" '"text":"Nguyen Van Binh"' "without --dict the name is unknown"
printf 'NGUYEN_VAN_BINH_ [VNMGOV]\nWANGARI_OTIENO_ [KENGOV]\n' >"$TMP/clean.actors"
expect_status 0 "warta code --lang id --dict" -- "$WARTA" code --lang id --no-enrich --dict "$TMP/clean.actors" "$TMP/d.jsonl"
expect_grep "$TMP/out" '"source":"VNMGOV".*"target":"KENGOV"' "code --lang id --dict: the event between two --dict actors"
expect_status 2 "warta actors with a bad option" -- "$WARTA" actors --nope
# initials (after berinisial, or with an age in brackets) are a person's,
# not an institution's short form (MA is also the Supreme Court)
printf '{"id":"ini","date":"2018-02-12","text":"Polisi menangkap perampok berinisial MA di Surabaya.\\nPolisi menahan MK (41) di Jakarta."}\n' >"$TMP/ini.jsonl"
expect_status 0 "code initials" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/ini.jsonl"
expect_no_grep "$TMP/err" "actor 'MA' = IDNJUD" "berinisial MA is no Supreme Court"
expect_grep "$TMP/err" "actor 'MA' = IDNCRM" "berinisial MA is the robber named"
expect_no_grep "$TMP/err" "actor 'MK' = IDNJUD" "MK (41): initials, not the Constitutional Court"
# ... and the article's later bare MA is the same person
printf '{"id":"ini2","date":"2018-02-12","text":"Polisi menangkap perampok berinisial MA di Surabaya.\\nMA kemudian ditahan polisi."}\n' >"$TMP/ini2.jsonl"
expect_status 0 "code initials twice" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/ini2.jsonl"
expect_no_grep "$TMP/err" "actor 'MA' = IDNJUD" "a later MA is still the robber"

# a person whose office on the date is known keeps it before a rank title
printf '{"id":"rank","date":"2017-10-20","text":"Presiden mengundang Kapolri Jenderal Tito Karnavian ke Istana."}\n' >"$TMP/rank.jsonl"
expect_status 0 "code a rank title" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/rank.jsonl"
expect_grep "$TMP/err" "actor 'Kapolri Jenderal Tito Karnavian' = IDNCOP " "the police chief in 2017 stays police (Jenderal is a rank, not the army)"

# explain_article ID DATE TEXT: codes one article (TEXT as in JSON, \n
# between paragraphs) with --explain, the trace in $TMP/err
explain_article() {
    printf '{"id":"%s","date":"%s","text":"%s"}\n' "$1" "$2" "$3" >"$TMP/$1.jsonl"
    expect_status 0 "code $1" -- "$WARTA" code --lang id --no-enrich --explain "$TMP/$1.jsonl"
}

# offices only Indonesia has, and its companies (PT …), carry IDN even in
# an article about another country
explain_article idn 2017-10-20 'Myanmar kembali menolak kritik PBB.\nBupati Aceh Timur dan Kementerian Koordinator bidang Kemaritiman mengirim bantuan untuk pengungsi Rohingya.\nPT Sinar Harapan Makmur juga membantu.'
expect_grep "$TMP/err" "actor 'Bupati Aceh Timur' = IDNGOV" "a bupati is Indonesia's"
expect_grep "$TMP/err" "actor 'Kementerian Koordinator' = IDNGOV" "a coordinating ministry is Indonesia's"
expect_grep "$TMP/err" "actor 'PT Sinar Harapan Makmur' = IDNBUS" "a PT is an Indonesian company"

# a party's faction is in parliament: LEG, whatever the party's standing
explain_article fraksi 2017-06-01 'Fraksi PKS dan Fraksi Partai Demokrat di DPR menolak usulan pemerintah.'
e "Fraksi PKS" IDNLEG
e "Fraksi Partai Demokrat" IDNLEG

# a speech tag after a quote is the speaker; between commas it is no actor
explain_article tag 2017-10-20 'Menteri Luar Negeri Chile Heraldo Munoz tiba di Lima.\n\"Kami akan bekerja sama dengan Peru,\" katanya kepada wartawan.\nDi samping itu, katanya, program tersebut membantu nelayan.'
expect_grep "$TMP/err" "actor 'katanya' = CHLGOV " "katanya after the quote is the Chilean minister"
expect_grep "$TMP/err" "actor 'Kami' = CHLGOV " "and kami in his quote is his side"
expect_eq "$(grep -c "actor 'katanya'" "$TMP/err")" 1 "the parenthetical katanya makes no mention"

if shared=$(shared_dir); then
    # acceptance 1 of issue 10 on the dev set: the mention over each gold actor phrase has its primary code
    "$WARTA" actors "$shared/gold/dev-articles.jsonl" >"$TMP/dev.jsonl" 2>/dev/null
    python3 "${WARTA_ROOT:-.}/scripts/score_actors.py" "$shared/gold/dev-articles.jsonl" "$shared/gold/dev-events.jsonl" "$TMP/dev.jsonl" >"$TMP/score"
    sed 's/^/  dev actors: /' "$TMP/score"
    pct=$(sed -n 's/^all  *[0-9]*\/[0-9]* *\([0-9]*\)\..*/\1/p' "$TMP/score")
    expect_eq "$([ "${pct:-0}" -ge 90 ] && echo yes)" yes "dev gold actors resolved >= 90% (got $pct%)"
    # the unseen set: its aggregate only, printed (issue 10's target is 90%)
    "$WARTA" actors "$shared/gold/dev2-articles.jsonl" >"$TMP/dev2.jsonl" 2>/dev/null
    python3 "${WARTA_ROOT:-.}/scripts/score_actors.py" "$shared/gold/dev2-articles.jsonl" "$shared/gold/dev2-events.jsonl" "$TMP/dev2.jsonl" --aggregate |
        sed 's/^/  dev2 actors (aggregate): /'
else
    echo "actors_id.sh: ../shared not found, dev scoring skipped"
fi
finish actors_id
