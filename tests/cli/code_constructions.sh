#!/bin/sh
# code_constructions.sh — Indonesian event grammar by construction (issue
# 14, acceptance 3): the sentences of tests/data/constructions-id.tsv,
# written for this test, each with the events it must (or must not) yield.
# Prints passed/total per construction; a known gap (4th column) must stay
# a gap until fixed, then lose its mark.
. "$(dirname "$0")/../cli_lib.sh"
root=${WARTA_ROOT:-.}
tsv="$root/tests/data/constructions-id.tsv"
if ! command -v python3 >/dev/null 2>&1; then echo "code_constructions: python3 not found, skipped"; finish code_constructions; exit; fi
python3 - "$tsv" >"$TMP/in.jsonl" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
for i, r in enumerate(rows):
    print(json.dumps({"id": "c%03d" % i, "date": "2023-06-15", "text": r[2]}))
PY
expect_status 0 "code the construction sentences" -- "$WARTA" code --lang id --no-enrich "$TMP/in.jsonl"
cp "$TMP/out" "$TMP/events.jsonl"
python3 - "$tsv" "$TMP/events.jsonl" >"$TMP/verdicts" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
prim = lambda c: c[:6] if c.startswith("IGO") else c[:3]
got = {}
for l in open(sys.argv[2], encoding="utf-8"):
    e = json.loads(l)
    got.setdefault(e["doc"], set()).add("%s>%s:%s" % (prim(e["source"]), prim(e["target"]), e["code"][:2]))
per = {}
for i, r in enumerate(rows):
    kind, want, text = r[0], r[1], r[2]
    xfail = len(r) > 3 and r[3].startswith("xfail")
    g = got.get("c%03d" % i, set())
    ok = True
    for x in want.split():
        ok &= (not g) if x == "-" else (x[1:] not in g) if x.startswith("!") else (x in g)
    p = per.setdefault(kind, [0, 0])
    p[0] += ok
    p[1] += 1
    if xfail:
        print(("FAIL" if ok else "OK") + "\t%s: known gap (%s) %s: %s | %s" % (kind, r[3], "now passes, take the mark off" if ok else "still a gap", text, " ".join(sorted(g)) or "-"))
    else:
        print(("OK" if ok else "FAIL") + "\t%s: want %s, got %s | %s" % (kind, want, " ".join(sorted(g)) or "-", text))
print("SUMMARY\t" + ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in per.items()))
PY
grep '^SUMMARY' "$TMP/verdicts" | cut -f2 | sed 's/^/  constructions: /'
while IFS="$(printf '\t')" read -r verdict what; do
    case $verdict in
        OK) ok ;;
        FAIL) bad "$what" ;;
    esac
done <"$TMP/verdicts"
finish code_constructions
