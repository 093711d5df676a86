"""Queries: every named query of the library, with a form for its parameters and downloads."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from convene.app import data, ui
from convene.queries import cli_format, library

ui.header("Queries", "The named queries the app and `convene query` use. Parameters come from "
                     "the URL, so a filled-in query can be shared as a link.")

names = library.names()
chosen = ui.param("name")
name = st.selectbox("Query", names, index=names.index(chosen) if chosen in names else 0,
                    key="queries-name")
query = library.get(name)
st.markdown(query.description)
with st.expander("Cypher"):
    st.code(query.body.strip(), language="cypher")

values: dict[str, str] = {}
with st.form(f"form-{name}"):
    for p in query.params:
        default = ui.param(p.name) if name == chosen else None
        if default is None:
            default = "" if p.required or p.default is None else (
                json.dumps(p.default, ensure_ascii=False) if isinstance(p.default, list)
                else str(p.default).lower() if isinstance(p.default, bool) else str(p.default))
        values[p.name] = st.text_input(
            f"{p.name} ({p.type}{', required' if p.required else ''})", value=default,
            help=f"{p.description} — e.g. {p.example}", key=f"q-{name}-{p.name}")
    submitted = st.form_submit_button("Run", type="primary")

given = {k: v for k, v in values.items() if v.strip() != ""}
ready = all(given.get(p.name) for p in query.params if p.required)
if submitted or (name == chosen and ready):
    ui.set_params(name=name, **{p.name: given.get(p.name) for p in query.params})
    if not ready:
        st.warning("Fill in the required parameters.")
        st.stop()
    rows = data.guarded(data.rows, name, **given)
    st.caption(f"{len(rows)} row(s)")
    frame = pd.DataFrame(rows)
    ui.show_table(frame, name, show_ids=True)
    st.download_button("JSON", data=cli_format.format_json(rows), file_name=f"{name}.json",
                       mime="application/json", key=f"json-{name}", on_click="ignore",
                       icon=":material/download:")
