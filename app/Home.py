"""convene explorer: the front page lists meetings and who chaired them."""

from __future__ import annotations

import streamlit as st

from convene.app import data

st.set_page_config(page_title="convene", page_icon="🏛️", layout="wide")
st.title("convene")
st.caption("Officials, the bodies they serve in, and the meetings they hold, from news reports.")

meetings = data.guarded(data.table, "meetings_with_chairs", limit=500)
st.subheader(f"Meetings ({len(meetings)})")
if meetings.empty:
    st.info("No meetings yet. Load articles with `convene ingest examples/`.")
else:
    meetings["chairs"] = meetings["chairs"].map(", ".join)
    st.dataframe(meetings.drop(columns=["id"]), hide_index=True, use_container_width=True)
