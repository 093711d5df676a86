"""Mechanical checks of the blind3 answer keys (run: python3 tests/blind3/check_keys.py)."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bodies implied only by a bare title (GOLD.md: Governor/Mayor/General Secretary ...), allowed unlisted
IMPLIED = {"CPC Central Committee", "中共中央", "Guangdong Provincial People's Government",
           "Zhanjiang Municipal People's Government", "Foshan Municipal People's Government",
           "Yibin Xuzhou District People's Government", "Foshan Nanhai District People's Government",
           "湛江市人民政府", "兴文县人民政府"}
FIELDS = ["document", "language", "title", "published", "source", "jurisdiction", "persons",
          "organizations", "meetings", "roles", "notes"]
bad = 0
CJK = re.compile('[\u4e00-\u9fff]')
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
rows = []
for g in sorted((HERE / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    txt = (HERE / d["document"]).read_text(encoding="utf-8")
    if list(d) != FIELDS: err(g.name, f"fields {list(d)}")
    names = [p["name"] for p in d["persons"]]
    if len(set(names)) != len(names): err(g.name, "duplicate person")
    orgs = {o["name"] for o in d["organizations"]}
    for p in d["persons"]:
        if not any(n in txt for n in [p["name"]] + p["aliases"]): err(g.name, f"person not in text: {p['name']}")
        for po in p["posts"]:
            if po["organization"] and po["organization"] not in orgs and po["organization"] not in IMPLIED:
                err(g.name, f"post org not listed: {po['organization']}")
    for o in d["organizations"]:
        if o["part_of"] and o["part_of"] not in orgs: err(g.name, f"part_of not listed: {o['part_of']}")
    chairs = parts = impl = 0
    for m in d["meetings"]:
        if m["organizer"] and m["organizer"] not in orgs: err(g.name, f"organizer not listed: {m['organizer']}")
        for n in m["chaired_by"] + m["participants"]:
            if n not in names: err(g.name, f"unknown person {n}")
        for n in m["chaired_by"]:
            if n not in m["participants"]: err(g.name, f"chair not participant {n}")
        for k in ("date", "end_date"):
            if m[k] and not re.fullmatch(r"\d{4}-\d\d-\d\d", m[k]): err(g.name, f"bad date {m[k]}")
        chairs += len(m["chaired_by"]); parts += len(m["participants"]); impl += len(m["implements"])
    for r in d["roles"]:
        if r["person"] not in names: err(g.name, f"role person {r['person']}")
        if r["role"] not in ("reporter", "editor", "photographer"): err(g.name, f"role {r['role']}")
    if d["language"] == "en":
        length = f"{len(txt.split())} words"
    else:
        length = "%d chars" % len(CJK.findall(txt))
    rows.append((d["document"], d["language"], length, len(names), len(orgs), len(d["meetings"]), chairs, parts, impl, len(d["roles"])))
for r in rows: print(" | ".join(map(str, r)))
tot = lambda lang: [sum(r[i] for r in rows if r[1] == lang) for i in range(3, 10)]
print("en totals", tot("en")); print("zh totals", tot("zh"))
print("errors:", bad); sys.exit(1 if bad else 0)
