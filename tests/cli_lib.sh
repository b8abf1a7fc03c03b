# lib.sh — helpers for CLI tests. Source it, call the checks, end with
# `finish NAME`. $WARTA is the binary under test (tests/run sets it).
: "${WARTA:=bin/warta}"
passed=0
failed=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok()   { passed=$((passed + 1)); }
bad()  { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# expect_status WANT DESCRIPTION -- command...
expect_status() {
    want=$1; what=$2; shift 3
    "$@" >"$TMP/out" 2>"$TMP/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok; else bad "$what: exit $got, want $want"; sed 's/^/  stderr: /' "$TMP/err" | head -5 >&2; fi
}
# expect_grep FILE PATTERN DESCRIPTION  (extended regex)
expect_grep() {
    if grep -Eq -- "$2" "$1"; then ok; else bad "$3: /$2/ not in $1"; fi
}
expect_no_grep() {
    if grep -Eq -- "$2" "$1"; then bad "$3: /$2/ unexpectedly in $1"; else ok; fi
}
# expect_eq GOT WANT DESCRIPTION
expect_eq() {
    if [ "$1" = "$2" ]; then ok; else bad "$3: got '$1', want '$2'"; fi
}
shared_dir() {
    for d in "${WARTA_SHARED:-}" ../shared "$WARTA_ROOT/../shared"; do
        [ -n "$d" ] && [ -f "$d/README.md" ] && { echo "$d"; return 0; }
    done
    return 1
}
finish() { echo "$1: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }
