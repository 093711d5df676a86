"""Mechanical checks for the dev4 answer keys (run: python3 tests/dev4/check_keys.py).

Checks that every key parses and has GOLD.md's fields, that chairs are participants,
that chair/participant/role names are persons, that person names and aliases occur in
the article (aliases in the other language excepted), and lists post/organizer/part_of
organizations that are not in `organizations` (allowed only for implied bodies, see notes).
Prints the counts table used in README.md.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["document", "language", "title", "published", "source", "jurisdiction",
          "persons", "organizations", "meetings", "roles", "notes"]
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"ERROR {f}: {m}")
rows = []
tot = {}
for fn in sorted(os.listdir(os.path.join(HERE, "gold"))):
    if not fn.endswith(".json"): continue
    k = json.load(open(os.path.join(HERE, "gold", fn), encoding="utf-8"))
    if list(k) != FIELDS: err(fn, f"fields {list(k)}")
    txt = open(os.path.join(HERE, k["document"]), encoding="utf-8").read()
    if k["title"] not in txt: err(fn, "title not in text")
    for d in [k["published"]] + [m[x] for m in k["meetings"] for x in ("date", "end_date")]:
        if d is not None and not DATE.match(d): err(fn, f"bad date {d}")
    names = [p["name"] for p in k["persons"]]
    if len(set(names)) != len(names): err(fn, "duplicate person")
    orgs = {o["name"] for o in k["organizations"]}
    for p in k["persons"]:
        if p["name"] not in txt: err(fn, f"person not in text: {p['name']}")
        for po in p["posts"]:
            if po["organization"] and po["organization"] not in orgs:
                print(f"  note {fn}: post org not listed (implied?): {p['name']} -> {po['organization']}")
    zh = k["language"] == "zh"
    def same_lang(a):
        return zh == bool(re.search(r"[\u4e00-\u9fff]", a))
    for e in k["persons"] + k["organizations"]:
        for a in e["aliases"]:
            if same_lang(a) and a.lower() not in txt.lower():
                print(f"  note {fn}: alias not in text: {a}")
    for o in k["organizations"]:
        if o["part_of"] and o["part_of"] not in orgs: err(fn, f"part_of not listed: {o['part_of']}")
    for m in k["meetings"]:
        if m["organizer"] and m["organizer"] not in orgs: err(fn, f"organizer not listed: {m['organizer']}")
        for c in m["chaired_by"]:
            if c not in m["participants"]: err(fn, f"chair not participant: {c}")
        for c in m["participants"]:
            if c not in names: err(fn, f"participant not person: {c}")
        if m["end_date"] and m["end_date"] < m["date"]: err(fn, "end before start")
    for r in k["roles"]:
        if r["person"] not in names: err(fn, f"role person unknown {r}")
        if r["role"] not in ("reporter", "editor", "photographer"): err(fn, f"bad role {r}")
    c = dict(persons=len(k["persons"]), posts=sum(len(p["posts"]) for p in k["persons"]),
             orgs=len(k["organizations"]), meetings=len(k["meetings"]),
             chairs=sum(len(m["chaired_by"]) for m in k["meetings"]),
             participants=sum(len(m["participants"]) for m in k["meetings"]),
             implements=sum(len(m["implements"]) for m in k["meetings"]), roles=len(k["roles"]))
    nchars = len(re.sub(r"\s", "", txt))
    size = f"{len(txt.split())} words" if k["language"] == "en" else f"{nchars} chars"
    rows.append((k["document"], k["language"], size, c))
    for kk, v in c.items():
        tot.setdefault(k["language"], {}).setdefault(kk, 0); tot[k["language"]][kk] += v
print("| file | lang | length | persons | posts | orgs | meetings | chairs | participants | implements | roles |")
for d, l, s, c in rows:
    print(f"| {d} | {l} | {s} | " + " | ".join(str(v) for v in c.values()) + " |")
for l, c in tot.items():
    print(f"| total {l} | | | " + " | ".join(str(v) for v in c.values()) + " |")
print("errors:", bad)
sys.exit(1 if bad else 0)
