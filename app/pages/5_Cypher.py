"""Cypher console: read-only queries, results as a table and, with nodes, as a network."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from convene.app import console, data, network, ui

ui.header("Cypher console", f"Read-only: a query must plan as a read (EXPLAIN), runs in a READ "
                            f"transaction that is rolled back, stops after "
                            f"{console.TIMEOUT_SECONDS:.0f} s and returns at most "
                            f"{console.ROW_CAP} rows.")

EXAMPLE = ("MATCH (p:Person)-[:CHAIRED]->(m:Meeting)-[:ORGANIZED_BY]->(o:Organization)\n"
           "RETURN p, m, o LIMIT 25")
text = st.text_area("Query", value=ui.param("query", EXAMPLE), height=140, key="cypher-text")
run = st.button("Run", type="primary", key="cypher-run")
with st.expander("What is allowed"):
    st.markdown("Any read query: `MATCH`, `OPTIONAL MATCH`, `WITH`, `UNWIND`, `RETURN`, "
                "subqueries, `SHOW INDEXES|CONSTRAINTS|PROCEDURES|FUNCTIONS`, and the "
                "procedures " + ", ".join(f"`{p}`" for p in sorted(console.ALLOWED_PROCEDURES))
                + ". Writes, schema changes, `LOAD CSV`, `CALL … IN TRANSACTIONS` and other "
                "procedures are refused.")

if run or (ui.param("run") == "1" and "cypher-last" not in st.session_state):
    st.session_state["cypher-last"] = text  # a shared link with run=1 runs its query at once
    ui.set_params(query=text.strip() if text.strip() != EXAMPLE else None, run="1")
if st.session_state.get("cypher-last"):  # the last run query stays shown across reruns
    try:
        result = data.guarded(lambda: console.run(data.driver(), st.session_state["cypher-last"],
                                                  data.database()))
    except console.Refused as exc:
        st.error(str(exc))
        st.stop()
    st.caption(f"{len(result.records)} row(s) in {result.seconds * 1000:.0f} ms"
               + (f" — showing the first {console.ROW_CAP}" if result.truncated else ""))
    frame = pd.DataFrame(console.to_rows(result), columns=result.columns)
    graph = network.from_values(result.records)
    if graph.nodes:
        table_tab, graph_tab = st.tabs(["Table", f"Network ({len(graph.nodes)} nodes)"])
    else:
        table_tab, graph_tab = st.container(), None
    with table_tab:
        if frame.empty:
            st.caption("No rows.")
        else:
            st.dataframe(frame.map(lambda v: v if isinstance(v, str | int | float | None)
                                   else str(v)), hide_index=True, width="stretch")
            ui.csv_button(frame.map(str), "cypher")
    if graph_tab is not None:
        with graph_tab:
            st.iframe(network.to_html(graph, height=600), height=620)
