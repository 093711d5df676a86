"""Mechanical checks of the blind4 answer keys (see README)."""
import json, pathlib, sys

HERE = pathlib.Path(__file__).parent
# Post organizations implied by a bare title (not named as bodies in the text).
IMPLIED = {
    "b4_en_03.json": {"Yunnan Provincial People's Government", "Qujing Municipal People's Government"},
    "b4_en_01.json": set(), "b4_zh_01.json": {"曲靖市人民政府"},
    "CPC": {"CPC Central Committee", "中共中央"},
}
bad = 0
def err(f, m):
    global bad; bad += 1; print(f, m)
for g in sorted((HERE / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    text = (HERE / d["document"]).read_text()
    names = {p["name"] for p in d["persons"]}
    orgs = {o["name"] for o in d["organizations"]}
    implied = IMPLIED.get(g.name, set()) | IMPLIED["CPC"]
    for k in ("document", "language", "title", "published", "source", "jurisdiction", "persons",
              "organizations", "meetings", "roles", "notes"):
        if k not in d: err(g.name, f"missing {k}")
    if d["title"] not in text: err(g.name, "title not in text")
    for p in d["persons"]:
        if p["name"] not in text: err(g.name, f"person not in text: {p['name']}")
        for po in p["posts"]:
            if po["organization"] is not None and po["organization"] not in orgs | implied:
                err(g.name, f"post org unlisted: {po['organization']}")
    for o in d["organizations"]:
        if o["part_of"] is not None and o["part_of"] not in orgs: err(g.name, f"part_of unlisted: {o['part_of']}")
    for m in d["meetings"]:
        if m["organizer"] is not None and m["organizer"] not in orgs: err(g.name, f"organizer unlisted {m['organizer']}")
        for c in m["chaired_by"]:
            if c not in m["participants"]: err(g.name, f"chair not participant {c}")
        for c in m["participants"]:
            if c not in names: err(g.name, f"participant unknown {c}")
        if len(set(m["participants"])) != len(m["participants"]): err(g.name, "duplicate participant")
    for r in d["roles"]:
        if r["person"] not in names: err(g.name, f"role person unknown {r['person']}")
        if r["role"] not in ("reporter", "editor", "photographer"): err(g.name, "bad role")
    if len(names) != len(d["persons"]): err(g.name, "duplicate person")
print("problems:", bad)
sys.exit(1 if bad else 0)
