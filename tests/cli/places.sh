# places.sh — event places on the dev articles: no event is placed at a
# dateline in a country neither actor belongs to, and every place says
# which rule chose it (text, sentence, dateline, actor).
. tests/cli_lib.sh
if ! shared=$(shared_dir); then
    echo "places.sh: ../shared not found, skipped"
    finish places.sh
    exit
fi
nice "$WARTA_BIN" code --lang id "$shared/gold/dev-articles.jsonl" >"$TMP/dev.jsonl" 2>/dev/null
python3 - "$TMP/dev.jsonl" >"$TMP/report" <<'PY'
import json, sys
third = rules = events = 0
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    events += 1
    p = e.get("place") or {}
    if p.get("source") not in ("text", "sentence", "dateline", "actor"):
        rules += 1
    if p.get("source") == "dateline" and p.get("country") not in (e["source"][:3], e["target"][:3]):
        third += 1
print(events, third, rules)
PY
read events third rules <"$TMP/report"
echo "places.sh: $events events, $third placed at a third country's dateline, $rules without a rule"
[ "$events" -ge 100 ] && ok || bad "dev gave only $events events"
expect_eq "$third" 0 "events placed at a dateline in a third country"
expect_eq "$rules" 0 "places without place.source"
finish places.sh
