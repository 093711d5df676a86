"""Person: posts over time, meetings chaired and attended, frequent co-participants, sources."""

from __future__ import annotations

import time
from datetime import timedelta

import pandas as pd
import streamlit as st

from convene.app import data, ui

ui.header("Person", show=False)
person_id = ui.param("person")
if not person_id:
    typed = st.text_input("Find a person", placeholder="name in English, Chinese or pinyin")
    data.guarded(ui.search, data.rows, typed, ("Person",))
    st.stop()

person = data.guarded(data.one, "person_detail", person_id=person_id)
if not person:
    st.warning(f"No person with id `{person_id}`.")
    st.stop()

st.title(person["name"])
others = [n for n in person.get("names") or [] if n != person["name"]]
st.caption(" · ".join(others + [f"pinyin key: {person.get('pinyin_key') or '—'}", person_id]))
m = st.columns(5)
m[0].metric("Meetings", person["meetings"])
m[1].metric("Chaired", person["chaired"])
m[2].metric("Posts", person["tenures"])
m[3].metric("First meeting", person.get("first_meeting") or "—")
m[4].metric("Last meeting", person.get("last_meeting") or "—")
links = st.columns(3)
with links[0]:
    ui.page_link("Network", "Network around this person", person=person_id)
with links[1]:
    ui.page_link("Network", "Co-participation network", person=person_id, mode="co",
                 icon=":material/groups:")
with links[2]:
    ui.page_link("Export", "Export this person as RDF", person=person_id)
first_screen = time.perf_counter()


def timeline(posts: pd.DataFrame):
    """One bar per tenure, from first to last observation (a single sighting shows as a tick)."""
    import altair as alt  # only pages with a chart pay for importing it

    frame = posts.copy()
    frame["start"] = pd.to_datetime(frame["first_seen"].fillna(frame["last_seen"]))
    end = pd.to_datetime(frame["last_seen"].fillna(frame["first_seen"]))
    frame["end"] = end.where(end - frame["start"] > timedelta(days=20),
                             frame["start"] + timedelta(days=20))
    frame["post"] = frame["title"] + frame["body"].map(lambda b: f", {b}" if b else "")
    frame["status"] = frame["latest"].map({True: "latest known", False: "earlier"})
    return alt.Chart(frame).mark_bar(cornerRadius=3).encode(
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y-%m")), x2="end:T",
        y=alt.Y("post:N", title=None, sort=alt.SortField("start"),
                axis=alt.Axis(labelLimit=360)),
        color=alt.Color("status:N", scale=alt.Scale(domain=["latest known", "earlier"],
                                                    range=["#4e79a7", "#bab0ac"])),
        tooltip=["title", "body", "first_seen", "last_seen", "sources"],
    ).properties(height=40 + 36 * len(frame))


# The rest of the page's data first (while the browser paints the heading), then its drawing.
posts = data.guarded(data.table, "person_posts", person_id=person_id)
chaired = data.guarded(data.table, "meetings_chaired_by", person_id=person_id)
every = data.guarded(data.table, "meetings_of_person", person_id=person_id)
co = data.guarded(data.table, "frequent_coparticipants", person_id=person_id)
sources = data.guarded(data.table, "person_sources", person_id=person_id)
ui.first_screen_sent("Person", first_screen)

st.subheader("Posts over time")
if posts.empty:
    st.caption("No post recorded.")
else:
    st.altair_chart(timeline(posts), width="stretch")
    ui.show_table(posts.iloc[::-1], "posts", links={"body": ("Body", "body_id")},
                  hide=("tenure_id", "role"))

st.subheader("Meetings")
chaired_tab, all_tab = st.tabs(["Chaired", "All meetings (any role)"])
with chaired_tab:
    ui.show_table(chaired, "meetings_chaired", links={"meeting": ("Meeting", "id"),
                                                      "organizer": ("Body", "organizer_id")})
with all_tab:
    ui.show_table(every, "meetings_all", links={"meeting": ("Meeting", "id"),
                                                "organizer": ("Body", "organizer_id")})

st.subheader("Frequent co-participants")
ui.show_table(co, "coparticipants", links={"person": ("Person", "id")})

st.subheader("Sources")
ui.show_sources(sources, "sources")
