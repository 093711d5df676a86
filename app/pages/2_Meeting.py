"""Meeting: organizer, date, place, chairs, participants with their posts then, the cascade."""

from __future__ import annotations

import streamlit as st

from convene.app import data, ui

ui.header("Meeting", show=False)
meeting_id = ui.param("meeting")
if not meeting_id:
    typed = st.text_input("Find a meeting", placeholder="part of its name, or its body")
    data.guarded(ui.search, data.rows, typed, ("Meeting",))
    st.stop()

meeting = data.guarded(data.one, "meeting_detail", meeting_id=meeting_id)
if not meeting:
    st.warning(f"No meeting with id `{meeting_id}`.")
    st.stop()

st.title(meeting["name"])
when = meeting.get("date") or "date unknown"
if meeting.get("end_date") and meeting["end_date"] != meeting.get("date"):
    when += f" – {meeting['end_date']}"
st.caption(" · ".join(x for x in (when, meeting.get("location"), meeting_id) if x))

organizer = meeting.get("organizer")
left, right = st.columns(2)
with left:
    st.markdown("**Organized by**")
    if organizer:
        ui.page_link("Body", f"{organizer['name']}", organizer["id"])
        if organizer.get("parent_id"):
            ui.page_link("Body", f"part of {organizer['parent']}", organizer["parent_id"],
                         icon=":material/subdirectory_arrow_right:")
    else:
        st.caption("not recorded")
with right:
    st.markdown("**Chaired by**")
    for chair in meeting.get("chairs") or []:
        ui.page_link("Person", f"{chair['name']}", chair["id"])
    if not meeting.get("chairs"):
        st.caption("not recorded")
links = st.columns(3)
with links[0]:
    ui.page_link("Network", "Network around this meeting", meeting=meeting_id)
with links[1]:
    ui.page_link("Network", "Cascade as a network", meeting=meeting_id, types="IMPLEMENTS",
                 depth="3", icon=":material/account_tree:")
with links[2]:
    ui.page_link("Export", "Export this meeting as RDF", meeting=meeting_id)

st.subheader(f"Participants ({meeting['participations']})")
participants = data.guarded(data.table, "meeting_participants", meeting_id=meeting_id)
ui.show_table(participants, "participants", links={"person": ("Person", "id")})

st.subheader("Implements and implemented by")
linked = data.guarded(data.table, "meeting_links", meeting_id=meeting_id)
ui.show_table(linked, "meeting_links", links={"meeting": ("Meeting", "id")})

cascade = data.guarded(data.table, "meeting_cascade", meeting_id=meeting_id)
if not cascade.empty:
    st.subheader(f"Cascade: {len(cascade)} meeting(s) conveying it, "
                 f"{cascade['level'].max()} level(s) deep")
    ui.show_table(cascade, "cascade", links={"meeting": ("Meeting", "id"),
                                             "organizer": ("Body", "organizer_id")})

st.subheader("Sources")
ui.show_sources(data.guarded(data.table, "meeting_sources", meeting_id=meeting_id), "sources")
