#!/usr/bin/env python3
"""Score `warta actors` mentions against gold event actors (issue 10, acceptance 1).

usage: score_actors.py ARTICLES.jsonl GOLD-EVENTS.jsonl MENTIONS.jsonl [--aggregate]

For every gold event's source_text and target_text that occurs in its
paragraph (paragraph N = line N of the article text), the mention of
MENTIONS (the output of `warta actors ARTICLES.jsonl`) that overlaps the
occurrence must carry the gold actor's primary code: its first three
letters, six for IGO codes (a reference to several actors, such as "kedua
negara", is one mention per actor on the same span: one of them must). No overlapping mention, or one without a code,
counts as a miss. The figure is printed per class of the phrase, told
apart by how warta resolved it (dictionary file; a name the article
introduced, named-earlier or apposition, is a person) or by its first word:
country name, institution, role noun, person, pronoun/anaphor, other
(unrecognised). --aggregate prints the total line only (the unseen set).
"""
import json
import sys

PRONOUNS = {"dia", "ia", "beliau", "mereka", "pihaknya", "kami", "kita", "negara", "kedua",
            "kelompok", "pihak", "keduanya", "nya", "tersebut", "itu"}


def primary(code):
    if not code:
        return ""
    return code[:6] if code.startswith("IGO") else code[:3]


def para_offsets(text):
    """Byte offset of each line of text."""
    offs, pos = [], 0
    for line in text.split("\n"):
        offs.append(pos)
        pos += len(line.encode("utf-8")) + 1
    return offs


def classify(phrase, mention):
    words = phrase.lower().split()
    if words and (words[0] in PRONOUNS or words[-1] in ("itu", "tersebut") or words[0].endswith("nya")):
        return "pronoun/anaphor"
    via = " ".join(mention.get("via", [])) if mention else ""
    if "countries" in via:
        return "country name"
    if "persons" in via or "named-earlier" in via or "apposition" in via:
        return "person"
    if "institutions" in via or "igo" in via:
        return "institution"
    if "agents" in via:
        return "role noun"
    return "other (unrecognised)"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    aggregate = "--aggregate" in argv
    if len(args) != 3:
        sys.exit(__doc__)
    arts = {}
    for line in open(args[0], encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            arts[a["id"]] = a["text"]
    mentions = {}
    for line in open(args[2], encoding="utf-8"):
        if line.strip():
            m = json.loads(line)
            mentions.setdefault(m["doc"], []).append(m)
    total = {}
    for line in open(args[1], encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        text = arts.get(g["id"])
        if text is None:
            continue
        lines = text.split("\n")
        offs = para_offsets(text)
        for e in g.get("events", []):
            p = e.get("para", 0)
            if p >= len(lines):
                continue
            for side in ("source", "target"):
                phrase, code = e.get(side + "_text"), e.get(side)
                if not phrase or not code:
                    continue
                at = lines[p].find(phrase)
                if at < 0:
                    continue
                start = offs[p] + len(lines[p][:at].encode("utf-8"))
                end = start + len(phrase.encode("utf-8"))
                over = [m for m in mentions.get(g["id"], []) if m["span"][0] < end and m["span"][1] > start]
                # the mention overlapping most names the phrase; a reference to
                # several actors (kedua negara) is one mention per actor, on the
                # same span, and is right when one of them is the gold actor
                size = lambda m: min(end, m["span"][1]) - max(start, m["span"][0])
                most = max((size(m) for m in over), default=0)
                top = [m for m in over if size(m) == most]
                hit = [m for m in top if primary(m.get("code")) == primary(code)]
                best = hit[0] if hit else (top[0] if top else None)
                ok = bool(hit)
                cls = classify(phrase, best)
                for k in (cls, "all"):
                    t = total.setdefault(k, [0, 0])
                    t[0] += ok
                    t[1] += 1
    keys = ["all"] if aggregate else sorted(total, key=lambda k: (k == "all", k))
    for k in keys:
        ok, n = total.get(k, [0, 0])
        print(f"{k:22s} {ok:4d}/{n:<4d} {100.0 * ok / n if n else 0:5.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
