#!/bin/sh
# tabari_side_by_side.sh — English coding, warta against TABARI 0.8.4b2 (the
# reference coder, built from ../shared/anchors/tabari; a measuring
# instrument, not part of warta) on the same 100,000 records and the full
# CAMEO dictionaries, in one run: the two programs interleaved three times,
# the best wall time of each, minus each one's load time (an empty input),
# as records per second and their ratio (issue 12: ten times TABARI).
#   sh bench/tabari_side_by_side.sh [SHARED_DIR]     (WARTA_BIN: bin/warta)
SHARED=${1:-${WARTA_SHARED:-../shared}}
WARTA=${WARTA_BIN:-bin/warta}
ANCHOR="$SHARED/anchors/tabari"
[ -x "$ANCHOR/build.sh" ] || { echo "tabari_side_by_side: $ANCHOR not found, skipped"; exit 0; }
command -v g++ >/dev/null 2>&1 || { echo "tabari_side_by_side: no g++, skipped"; exit 0; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if ! "$ANCHOR/build.sh" "$TMP/tabari" >/dev/null 2>&1; then
    echo "tabari_side_by_side: TABARI did not build (g++ and libncurses-dev needed), skipped"
    exit 0
fi
N=100000
python3 "$ANCHOR/mkcorp.py" "$SHARED/corpus/en-bench-10k.tabari.txt" $N "$TMP/in.txt" >/dev/null
: >"$TMP/empty.txt"
C="$SHARED/cameo"
set -- --dict "$C/CAMEO.09b5.options" "$C/CAMEO.080612.verbs" "$C/CountryInfo.120116.actors" \
       "$C/Internatnl.120521.actors" "$C/PSU.120522.agents"
now() { date +%s.%N; }
secs() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
min() { python3 -c "import sys; print(min(float(x) for x in sys.argv[1:]))" "$@"; }
"$WARTA" code --input tabari --cache "$TMP/cache" -j 1 "$TMP/empty.txt" "$@" >/dev/null 2>&1   # writes the cache
tw=""; ww=""; tl=""; wl=""
for r in 1 2 3; do
    a=$(now); "$ANCHOR/run.sh" "$TMP/tabari/TABARI" "$TMP/in.txt" "$TMP/tabari.out"; b=$(now)
    tw="$tw $(secs "$a" "$b")"
    a=$(now); "$WARTA" code --input tabari --cache "$TMP/cache" -j 1 "$TMP/in.txt" "$@" >"$TMP/warta.out" 2>/dev/null; b=$(now)
    ww="$ww $(secs "$a" "$b")"
    a=$(now); "$ANCHOR/run.sh" "$TMP/tabari/TABARI" "$TMP/empty.txt" "$TMP/tabari0.out"; b=$(now)
    tl="$tl $(secs "$a" "$b")"
    a=$(now); "$WARTA" code --input tabari --cache "$TMP/cache" -j 1 "$TMP/empty.txt" "$@" >/dev/null 2>&1; b=$(now)
    wl="$wl $(secs "$a" "$b")"
done
python3 - "$N" "$(min $tw)" "$(min $tl)" "$(min $ww)" "$(min $wl)" "$(wc -l <"$TMP/warta.out")" <<'PY'
import sys
n, tw, tl, ww, wl, ev = int(sys.argv[1]), *map(float, sys.argv[2:6]), int(sys.argv[6])
t, w = n / max(tw - tl, 1e-9), n / max(ww - wl, 1e-9)
print("tabari_side_by_side: %d records, best of 3 interleaved runs, net of load" % n)
print("  TABARI 0.8.4b2: %.2f s (load %.2f s) = %.0f records/s" % (tw, tl, t))
print("  warta -j 1, warm cache: %.2f s (load %.2f s) = %.0f records/s, %d events" % (ww, wl, w, ev))
print("  warta / TABARI: %.1fx (goal 10x)" % (w / t))
PY
