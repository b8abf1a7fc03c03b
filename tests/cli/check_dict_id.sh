#!/bin/sh
# check_dict_id.sh — `warta check-dict DIR` on the Indonesian dictionaries
# (issue 10): the counts of --stats, and codes the CAMEO table rejects
# (a length that is not a multiple of three, an unknown sector or prefix)
# reported as file:line while the good entries still load.
. "$(dirname "$0")/../cli_lib.sh"
ROOT=${WARTA_ROOT:-.}

expect_status 0 "check-dict --stats data/id" -- "$WARTA" check-dict --stats "$ROOT/data/id"
expect_grep "$TMP/out" '^roles: [0-9]+$' "a roles line"
expect_grep "$TMP/out" '^persons: [0-9]+ \([0-9]+ with date ranges\)$' "a persons line"
expect_grep "$TMP/out" '^institutions: [0-9]+$' "an institutions line"
expect_grep "$TMP/out" '^actors: [0-9]+$' "an actors line"
roles=$(sed -n 's/^roles: //p' "$TMP/out")
dated=$(sed -n 's/^persons: [0-9]* (\([0-9]*\) with date ranges)$/\1/p' "$TMP/out")
inst=$(sed -n 's/^institutions: //p' "$TMP/out")
expect_eq "$([ "${roles:-0}" -ge 1000 ] && echo yes)" yes "at least 1,000 roles (got $roles)"
expect_eq "$([ "${dated:-0}" -ge 2000 ] && echo yes)" yes "at least 2,000 persons with date ranges (got $dated)"
expect_eq "$([ "${inst:-0}" -ge 300 ] && echo yes)" yes "at least 300 institutions (got $inst)"
expect_no_grep "$TMP/err" 'error' "the shipped dictionaries have no bad code"

# bad codes, each on a known line, among good entries
mkdir -p "$TMP/id"
cat >"$TMP/id/t.agents" <<'D'
; roles written for this test
PENJAGA_MERCUSUAR [~GOV]
PEMBUAT_ROTI [~BAK]
TUKANG_PERAHU [IDNCV]
PENGAWAS_BENDUNGAN [~GOVAGR]
PENARI_ISTANA [~ACV]
D
cat >"$TMP/id/t.actors" <<'D'
; actors written for this test
NEGERI_KABUT [XQZ]
KOTA_AWAN [IDNGOV]
+AWAN
BUDI_SANTOSA_WIRAJAYA [IDNLEGX 200101-241001]
+BUDI_WIRAJAYA
SRI_LESTARI_WULANDARI [IDNGOV 190101-240101] [IDNELI]
MAJELIS_PELANGI [IDNXYZ]
D
expect_status 1 "check-dict rejects bad codes" -- "$WARTA" check-dict --stats "$TMP/id"
expect_grep "$TMP/err" 't\.agents:3: error: .*unknown sector BAK' "unknown sector, file:line"
expect_grep "$TMP/err" 't\.agents:4: error: .*IDNCV: length 5 is not a multiple of three' "length not a multiple of three"
expect_grep "$TMP/err" 't\.agents:6: error: .*unknown sector ACV' "a sector the CAMEO table does not define"
expect_grep "$TMP/err" 't\.actors:2: error: .*unknown country, region or international prefix XQZ' "unknown country prefix"
expect_grep "$TMP/err" 't\.actors:5: error: .*IDNLEGX: length 7' "a dated code of the wrong length"
expect_grep "$TMP/err" 't\.actors:8: error: .*unknown sector XYZ' "an actor's unknown sector"
expect_eq "$(grep -c 'error' "$TMP/err")" 6 "six errors, one per bad code (a rejected entry's synonyms go quietly)"
expect_grep "$TMP/out" '^roles: 2$' "the two good roles load"
expect_grep "$TMP/out" '^persons: 0 \(0 with date ranges\)$' "no persons file here"
expect_grep "$TMP/out" '^actors: 2$' "the two good actors load"
expect_grep "$TMP/out" 'rejected entries:? 6' "six entries rejected"

# a person file: its entries count as persons, the dated ones apart
cat >"$TMP/id/t.agents" <<'D'
PENJAGA_MERCUSUAR [~GOV]
D
cat >"$TMP/id/t.actors" <<'D'
KOTA_AWAN [IDNGOV]
D
cat >"$TMP/id/test-persons.actors" <<'D'
BUDI_SANTOSA_WIRAJAYA [IDNLEG 200101-241001]
+BUDI_WIRAJAYA
SRI_LESTARI_WULANDARI
	[IDNGOV 190101-240101]
	[IDNELI]
RATNA_KUSUMA [IDNCVL]
D
cat >"$TMP/id/institutions.actors" <<'D'
BADAN_PENJAGA_MERCUSUAR_NASIONAL [IDNGOV]
+BPMN
D
expect_status 0 "check-dict counts persons and institutions" -- "$WARTA" check-dict --stats "$TMP/id"
expect_grep "$TMP/out" '^persons: 3 \(2 with date ranges\)$' "three persons, two dated"
expect_grep "$TMP/out" '^institutions: 1$' "one institution (its synonym is not another)"
expect_grep "$TMP/out" '^actors: 5$' "five actors in all"
expect_grep "$TMP/out" '^roles: 1$' "one role"
expect_status 3 "check-dict on a missing directory" -- "$WARTA" check-dict "$TMP/nowhere"
finish check_dict_id
