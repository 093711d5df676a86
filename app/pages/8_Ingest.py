"""Ingest: upload articles (.txt, .html, .jsonl), extract and load them, see what was read."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from convene.app import data, ui, uploads

ui.header("Ingest", "Articles are read, extracted and loaded into Neo4j; loading the same "
                    "article twice changes nothing.")

files = st.file_uploader("Articles", type=list(uploads.ACCEPTED), accept_multiple_files=True,
                         key="ingest-files")
if st.button("Extract and load", type="primary", disabled=not files, key="ingest-run"):
    paths = uploads.save((f.name, f.getvalue()) for f in files)
    total = uploads.expected_articles(paths)
    bar = st.progress(0.0, text="starting…")
    seen: list[str] = []

    def tick(document: str) -> None:
        seen.append(document)
        bar.progress(min(len(seen) / total, 1.0), text=f"{len(seen)}/{total} · {document}")

    report = data.guarded(lambda: uploads.ingest(data.driver(), paths, data.database(), tick))
    bar.progress(1.0, text="done")
    data.rows.clear()  # the graph changed: no page may show cached results from before
    st.session_state["ingest-report"] = (report, seen)

if "ingest-report" in st.session_state:
    report, seen = st.session_state["ingest-report"]
    st.success(f"{report.articles} article(s) loaded: {report.persons} people and "
               f"{report.meetings} meetings read ({report.nodes} node and {report.rels} "
               "relationship writes).")
    if report.failures:
        st.error(f"{len(report.failures)} file(s) could not be read or extracted:")
        st.dataframe(pd.DataFrame(report.failures, columns=["file", "problem"]),
                     hide_index=True, width="stretch")
    loaded = data.guarded(data.table, "articles_by_document", documents=seen)
    ui.show_table(loaded, "ingested", links={"title": ("Article", "id")})
