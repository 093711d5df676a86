"""convene explorer: search officials, bodies and meetings; see what the graph holds."""

from __future__ import annotations

import streamlit as st

from convene.app import data, ui

ui.header("convene", "Officials, the bodies they serve in, and the meetings they hold — "
                     "read from news reports, every fact with its source.")

typed = st.text_input("Search people, bodies and meetings", value=ui.param("q", ""),
                      placeholder="a name in English, Chinese or pinyin — part of it is enough",
                      key="home-search")
ui.set_params(q=typed.strip() or None)
if typed.strip():
    data.guarded(ui.search, data.rows, typed)

overview = data.guarded(data.one, "graph_overview") or {}
cols = st.columns(6)
for col, key in zip(cols, ("people", "bodies", "posts", "meetings", "articles", "claims"),
                    strict=True):
    col.metric(key.capitalize(), f"{overview.get(key, 0):,}")

meetings = data.guarded(data.table, "meetings_with_chairs", limit=500)
st.subheader(f"Meetings ({len(meetings)})")
if meetings.empty:
    st.info("No meetings yet. Load articles with `convene ingest examples/` or on the Ingest page.")
else:
    ui.show_table(meetings, "meetings", links={"meeting": ("Meeting", "id")})


def period(frame) -> str:
    """The period the rankings cover (by default the year up to the newest meeting)."""
    if frame.empty:
        return ""
    return f"Meetings from {frame['period_from'].iloc[0]} to {frame['period_to'].iloc[0]}"


left, right = st.columns(2)
with left:
    st.subheader("Most active chairs")
    chairs = data.guarded(data.table, "most_active_chairs", limit=15)
    st.caption(period(chairs))
    ui.show_table(chairs, "most_active_chairs", links={"chair": ("Person", "id")},
                  hide=("period_from", "period_to"))
with right:
    st.subheader("Most active bodies")
    bodies = data.guarded(data.table, "most_active_bodies", limit=15)
    st.caption(period(bodies))
    ui.show_table(bodies, "most_active_bodies", links={"body": ("Body", "id")},
                  hide=("period_from", "period_to"))
