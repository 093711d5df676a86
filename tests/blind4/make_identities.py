"""Builds identities.json (corpus format) from the keys: one entry per real person.
Only Xi Jinping (习近平) and Duan Qiming (mayor of Qujing, b4_en_01 and b4_en_03) occur in several articles."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
SAME = {"习近平": "Xi Jinping"}  # Chinese form -> canonical
entries = {}
for g in sorted((HERE / "gold").glob("*.json")):
    d = json.loads(g.read_text())
    for p in d["persons"]:
        key = SAME.get(p["name"], p["name"])
        entries.setdefault(key, []).append({"document": d["document"], "name": p["name"]})
out = [{"id": f"B4_{i+1}", "name": k, "mentions": v} for i, (k, v) in enumerate(entries.items())]
(HERE / "identities.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
print(len(out), [e["name"] for e in out if len(e["mentions"]) > 1])
