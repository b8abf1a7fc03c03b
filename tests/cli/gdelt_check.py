"""gdelt_check.py TABLE FILE... — reads `warta code --format gdelt --header`
output back with the GDELT 2.0 event schema and checks what a GDELT user
relies on. Prints one line per problem and "N rows, M problems"; exit 1 on
any problem. TABLE is data/cameo/actor-codes.tsv (which CAMEO part goes to
which column, and the code GDELT writes for it)."""
import re
import sys

INT, DATE8, YM, YEAR, FLOAT, TEXT, CODE, QUAD, GEO, DATE14 = range(10)
ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
         "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GEOF = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
SCHEMA = [("GlobalEventID", INT), ("Day", DATE8), ("MonthYear", YM), ("Year", YEAR), ("FractionDate", FLOAT)]
for a in ("Actor1", "Actor2"):
    SCHEMA += [(a + f, TEXT) for f in ACTOR]
SCHEMA += [("IsRootEvent", INT), ("EventCode", CODE), ("EventBaseCode", CODE), ("EventRootCode", CODE),
           ("QuadClass", QUAD), ("GoldsteinScale", FLOAT), ("NumMentions", INT), ("NumSources", INT),
           ("NumArticles", INT), ("AvgTone", FLOAT)]
for g in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
    SCHEMA += [(g + f, {"Type": GEO, "Lat": FLOAT, "Long": FLOAT}.get(f, TEXT)) for f in GEOF]
SCHEMA += [("DATEADDED", DATE14), ("SOURCEURL", TEXT)]
assert len(SCHEMA) == 61

PATTERN = {INT: r"\d+", DATE8: r"\d{8}", YM: r"\d{6}", YEAR: r"\d{4}", FLOAT: r"-?\d+(\.\d+)?",
           CODE: r"\d{2,4}", QUAD: r"[1-4]", GEO: r"[0-5]", DATE14: r"\d{14}"}
REQUIRED = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "NumMentions", "DATEADDED"}
FIELD_OF = {"CountryCode": ("country", "region"), "KnownGroupCode": ("group",), "EthnicCode": ("ethnic",),
            "Religion1Code": ("religion",), "Religion2Code": ("religion",), "Type1Code": ("type",),
            "Type2Code": ("type",), "Type3Code": ("type",)}


def load_table(path):
    table = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        trio, field, gdelt = line.rstrip("\n").split("\t")[:3]
        table.add((trio, field, gdelt))
    return table


def consistent(table, code, column, value):
    """value in column comes from a three-letter part of code."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    return any((p, f, value) in table for p in parts for f in FIELD_OF[column])


def check(table, files):
    problems, rows, ids = 0, 0, {}

    def bad(where, msg):
        nonlocal problems
        problems += 1
        if problems <= 30:
            print(f"{where}: {msg}")

    for path in files:
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            if header != [n for n, _ in SCHEMA]:
                bad(path, "header is not the GDELT 2.0 column list")
                continue
            for lineno, line in enumerate(f, 2):
                where = f"{path}:{lineno}"
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 61:
                    bad(where, f"{len(cols)} columns")
                    continue
                rows += 1
                row = dict(zip(header, cols))
                for name, kind in SCHEMA:
                    v = row[name]
                    if v == "":
                        if name in REQUIRED:
                            bad(where, f"{name} empty")
                    elif kind in PATTERN and not re.fullmatch(PATTERN[kind], v):
                        bad(where, f"{name} = {v!r} is not of its type")
                year = int(row["Year"] or 0)
                if row["Day"][:4] != row["Year"] or row["MonthYear"] != row["Day"][:6]:
                    bad(where, "Day, MonthYear and Year disagree")
                if row["FractionDate"] and not year <= float(row["FractionDate"]) < year + 1:
                    bad(where, f"FractionDate {row['FractionDate']} outside [{year}, {year + 1})")
                code = row["EventCode"]
                if row["EventBaseCode"] != code[:3] or row["EventRootCode"] != code[:2]:
                    bad(where, "event base/root code disagree with EventCode")
                for a in ("Actor1", "Actor2"):
                    acode = row[a + "Code"]
                    for col in FIELD_OF:
                        v = row[a + col]
                        if v and not consistent(table, acode, col, v):
                            bad(where, f"{a}{col} {v!r} does not come from {acode!r}")
                    first = acode[:3]
                    if (first, "country", first) in table and row[a + "CountryCode"] != first:
                        bad(where, f"{a}CountryCode {row[a + 'CountryCode']!r} for {acode!r}")
                gid = row["GlobalEventID"]
                if gid in ids:
                    bad(where, f"GlobalEventID {gid} already used at {ids[gid]}")
                ids[gid] = where
    print(f"{rows} rows, {problems} problems")
    return problems == 0 and rows > 0


if __name__ == "__main__":
    sys.exit(0 if check(load_table(sys.argv[1]), sys.argv[2:]) else 1)
