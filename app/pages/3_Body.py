"""Body: hierarchy, who headed it and who sat in it on a date, posts and holders, meetings."""

from __future__ import annotations

from datetime import date

import streamlit as st

from convene.app import data, ui

ui.header("Body", show=False)
body_id = ui.param("body")
if not body_id:
    typed = st.text_input("Find a body", placeholder="e.g. provincial party committee, 省委")
    data.guarded(ui.search, data.rows, typed, ("Organization",))
    st.stop()

body = data.guarded(data.one, "body_detail", body_id=body_id)
if not body:
    st.warning(f"No body with id `{body_id}`.")
    st.stop()

st.title(body["name"])
st.caption(" · ".join(x for x in [*(body.get("aliases") or []), body.get("kind"),
                                  body.get("place"), body_id] if x))
left, right = st.columns(2)
with left:
    st.markdown("**Part of**")
    for parent in body["parents"]:
        ui.page_link("Body", f"{parent['name']}", parent["id"])
    if not body["parents"]:
        st.caption("no parent body recorded")
with right:
    st.markdown(f"**Bodies part of it** ({len(body['children'])})")
    for child in body["children"]:
        ui.page_link("Body", f"{child['name']}", child["id"])
    if not body["children"]:
        st.caption("none recorded")
links = st.columns(2)
with links[0]:
    ui.page_link("Network", "Network around this body", body=body_id)
with links[1]:
    ui.page_link("Export", "Export this body as RDF", body=body_id)

st.subheader("On a date")
latest = body.get("last_seen") or body.get("last_meeting")
try:  # the date in the URL, else the last day the body's posts were seen, else today
    default_day = date.fromisoformat(ui.param("date") or latest or "")
except ValueError:
    default_day = date.today()
c1, c2 = st.columns([1, 1])
day = c1.date_input("As of", value=default_day, key="body-date",
                    min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
tolerance = c2.number_input("Also observed within (days)", 0, 3650,
                            int(ui.param("tolerance", "0")), step=30, key="body-tolerance")
ui.set_params(date=day.isoformat() if day.isoformat() != latest else None,
              tolerance=tolerance or None)
heads_col, members_col = st.columns(2)
with heads_col:
    st.markdown("**Headed by**")
    heads = data.guarded(data.table, "body_heads_on", body_id=body_id, date=day.isoformat(),
                         tolerance_days=tolerance)
    ui.show_table(heads, "heads", links={"person": ("Person", "id")})
with members_col:
    st.markdown("**Members** (posts in it or its parts)")
    members = data.guarded(data.table, "body_members_on", body_id=body_id, date=day.isoformat(),
                           tolerance_days=tolerance)
    ui.show_table(members, "members", links={"person": ("Person", "id")})

st.subheader("Posts and holders")
posts = data.guarded(data.table, "body_posts", body_id=body_id)
ui.show_table(posts, "body_posts", links={"person": ("Person", "person_id")})

st.subheader(f"Meetings ({body['meetings']} held by it directly)")
meetings = data.guarded(data.table, "body_meetings", body_id=body_id)
ui.show_table(meetings, "body_meetings", links={"meeting": ("Meeting", "id")})
st.markdown("**Who chaired them**")
chairs = data.guarded(data.table, "chairs_of_body", body_id=body_id)
ui.show_table(chairs, "chairs_of_body", links={"chair": ("Person", "id")})
