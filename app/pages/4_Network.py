"""Network: the graph around chosen people, meetings and bodies, drawn offline with pyvis."""

from __future__ import annotations

import time
from datetime import date

import pandas as pd
import streamlit as st

from convene.app import data, network, ui

ui.header("Network", "Double-click a person, meeting or body to open its page. "
                     "Drag to move, scroll to zoom.")

SEED_KEYS = {"person": "Person", "meeting": "Meeting", "body": "Organization"}
seeds = {key: ui.params(key) for key in SEED_KEYS}


def add_seed(key: str, node_id: str) -> None:
    current = st.query_params.get_all(key)
    if node_id not in current:
        st.query_params[key] = [*current, node_id]


def remove_seed(key: str, node_id: str) -> None:
    st.query_params[key] = [v for v in st.query_params.get_all(key) if v != node_id]


with st.expander("Add people, meetings or bodies", expanded=not any(seeds.values())):
    typed = st.text_input("Search", key="net-search", placeholder="a name, in any script")
    if typed.strip():
        found = data.guarded(data.rows, "name_search", q=typed, limit=15)
        for r in found:
            key = next(k for k, label in SEED_KEYS.items() if label == r["kind"])
            st.button(f"{r['name']} — {r.get('detail') or ''}", icon=":material/add:",
                      key=f"add-{r['id']}", on_click=add_seed, args=(key, r["id"]))

if not any(seeds.values()):
    st.info("Choose someone or something to start from (or open this page from a person's, "
            "meeting's or body's page).")
    st.stop()

# ---------------------------------------------------------------- filters (mirrored in the URL)
def _day(name: str) -> date | None:
    try:
        return date.fromisoformat(ui.param(name) or "")
    except ValueError:
        return None


def current(key: str, from_url):
    """A filter's value before its widget is drawn: the widget's own state once it has been
    used, else the URL's. The drawing is sent first and the filters after it (in a container
    placed above), so the browser starts on the drawing while it builds the date pickers."""
    return st.session_state.get(key, from_url)


url_depth = ui.param("depth", "2")
URL = {"mode": "co" if ui.param("mode") == "co" else "around",
       "depth": min(max(int(url_depth), 1), 3) if url_depth.isdigit() else 2,
       "types": [t for t in (ui.param("types") or "").split(",") if t in network.REL_TYPES]
       or list(network.REL_TYPES),
       "since": _day("since"), "until": _day("until"), "within": ui.param("within"),
       "place": ui.param("place", "")}
mode = current("net-mode", URL["mode"])
depth = current("net-depth", URL["depth"])
max_nodes = current("net-max", network.DEFAULT_NODES)
types = current("net-types", URL["types"])
since = current("net-since", URL["since"])
until = current("net-until", URL["until"])
within = current("net-within", URL["within"])
place = (current("net-place", URL["place"]) or "").strip()
filters = st.container()

# ---------------------------------------------------------------- gather and draw
seed_ids = [i for ids in seeds.values() for i in ids]
window = {"since": since.isoformat() if since else None,
          "until": until.isoformat() if until else None}
periods: set[tuple[str, str]] = set()
if mode == "co":
    graph = network.Graph()
    per_hop = min(40, max(1, (max_nodes - 1) // depth))  # "Most nodes" caps the people drawn
    for person_id in seeds["person"]:
        rows = data.guarded(data.rows, "coparticipation_network", person_id=person_id,
                            depth=depth, per_hop=per_hop, **window)
        periods |= {(r["period_from"], r["period_to"]) for r in rows}
        part = network.from_coparticipation(rows)
        graph.nodes.update(part.nodes)
        graph.edges.update(part.edges)
    if not seeds["person"]:
        st.warning("“Who met whom” starts from people; add a person.")
else:
    def fetch(ids: list[str]) -> list[dict]:
        return data.guarded(data.rows, "network_expand", ids=sorted(ids), types=types,
                            body_id=within, place=place or None, limit=max_nodes * 2, **window)

    graph = network.explore(fetch, seed_ids, depth, max_nodes=max_nodes)
for ids in seeds.values():  # seeds stay visible even when the filters leave them alone
    for node_id in ids:
        graph.nodes.setdefault(node_id, {"id": node_id, "label": "", "name": node_id})

st.caption(f"{len(graph.nodes)} nodes, {len(graph.edges)} edges"
           + (" — stopped at the node limit; narrow the filters" if graph.truncated else "")
           + "".join(f" — meetings from {a} to {b}" for a, b in sorted(periods)
                     if not (since and until)))
st.iframe(network.to_html(graph, height=640, seeds=seed_ids), height=660)
ui.first_screen_sent("Network", time.perf_counter())  # the drawing, before the tables below

with filters:
    f1, f2, f3 = st.columns([2, 1, 1])
    f1.radio("Show", ["around", "co"], horizontal=True, key="net-mode",
             index=1 if URL["mode"] == "co" else 0,
             format_func={"around": "Everything around the selection",
                          "co": "Who met whom (people only)"}.get)
    f2.slider("Depth", 1, 3, URL["depth"], key="net-depth")
    f3.slider("Most nodes", 20, network.MAX_NODES, network.DEFAULT_NODES, step=10,
              key="net-max")
    st.multiselect("Relationships", network.REL_TYPES, default=URL["types"], key="net-types",
                   disabled=mode == "co")
    d1, d2, d3, d4 = st.columns(4)
    d1.date_input("From", value=URL["since"], key="net-since",
                  min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
    d2.date_input("Until", value=URL["until"], key="net-until",
                  min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
    # The bodies most active in the chosen period (by default the year up to the newest meeting).
    bodies = data.guarded(data.rows, "most_active_bodies", limit=300,
                          since=since.isoformat() if since else None,
                          until=until.isoformat() if until else None)
    body_names = {b["id"]: b["body"] for b in bodies}
    if within and within not in body_names:
        detail = data.guarded(data.one, "body_detail", body_id=within)
        body_names[within] = detail["name"] if detail else within
    options = [None, *body_names]
    d3.selectbox("Within body", options, index=options.index(within) if within else 0,
                 format_func=lambda b: "any body" if b is None else body_names[b],
                 key="net-within", disabled=mode == "co")
    d4.text_input("Place", value=URL["place"], key="net-place",
                  placeholder="e.g. Qingshui, 清水", disabled=mode == "co")
ui.set_params(mode="co" if mode == "co" else None, depth=depth if depth != 2 else None,
              types=",".join(types) if set(types) != set(network.REL_TYPES) else None,
              since=since.isoformat() if since else None,
              until=until.isoformat() if until else None, within=within, place=place or None)

ui.page_link("Export", "Export this selection as RDF",
             **{k: v[0] for k, v in (("person", seeds["person"]), ("meeting", seeds["meeting"]),
                                     ("body", seeds["body"])) if v},
             **{k: v for k, v in window.items() if v})
with st.expander("Selection"):
    for key, ids in seeds.items():
        for node_id in ids:
            name = network.name_of(graph.nodes.get(node_id, {"id": node_id}))
            st.button(name, icon=":material/close:", key=f"rm-{node_id}", on_click=remove_seed,
                      args=(key, node_id))
nodes = pd.DataFrame([{"name": network.name_of(n), "type": n.get("label"), "id": k,
                       "date": n.get("date")} for k, n in graph.nodes.items()])
edges = pd.DataFrame([{"source": graph.nodes.get(a, {}).get("name") or a, "type": rel,
                       "target": graph.nodes.get(b, {}).get("name")
                       or graph.nodes.get(b, {}).get("title") or b, **props}
                      for (a, rel, b), props in graph.edges.items()])
tab_nodes, tab_edges = st.tabs(["Nodes", "Edges"])
with tab_nodes:
    ui.show_table(nodes, "network_nodes")
with tab_edges:
    ui.show_table(edges, "network_edges")
