"""Export: the whole graph, or what concerns a person, body or meeting, as RDF."""

from __future__ import annotations

import io
from datetime import date

import streamlit as st

from convene.app import data, ui

ui.header("Export", "RDF through the project's mapping (W3C ORG, FOAF/schema.org, PROV-O, "
                    "OWL-Time). Every table elsewhere has its own CSV download.")

FORMATS = {"ttl": ("Turtle", "text/turtle"), "jsonld": ("JSON-LD", "application/ld+json"),
           "nt": ("N-Triples", "application/n-triples")}
try:
    from convene.graph import export as rdf_export
except Exception as exc:  # noqa: BLE001 - the page explains and the rest of the app works
    st.error(f"The RDF exporter cannot be loaded ({exc.__class__.__name__}: {exc}).")
    st.stop()

selection = {"person": ui.param("person"), "organization": ui.param("body"),
             "meeting": ui.param("meeting")}
labels = []
if selection["person"]:
    found = data.guarded(data.one, "person_detail", person_id=selection["person"])
    labels.append(f"person **{found['name'] if found else selection['person']}**")
if selection["organization"]:
    found = data.guarded(data.one, "body_detail", body_id=selection["organization"])
    labels.append(f"body **{found['name'] if found else selection['organization']}**")
if selection["meeting"]:
    found = data.guarded(data.one, "meeting_detail", meeting_id=selection["meeting"])
    labels.append(f"meeting **{found['name'] if found else selection['meeting']}**")


def _day(name: str) -> date | None:
    try:
        return date.fromisoformat(ui.param(name) or "")
    except ValueError:
        return None


c1, c2, c3 = st.columns(3)
fmt = c1.selectbox("Format", list(FORMATS), format_func=lambda f: FORMATS[f][0],
                   index=list(FORMATS).index(ui.param("format", "ttl"))
                   if ui.param("format", "ttl") in FORMATS else 0, key="export-format")
since = c2.date_input("Facts from", value=_day("since"), key="export-since",
                      min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
until = c3.date_input("Facts until", value=_day("until"), key="export-until",
                      min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
ui.set_params(format=fmt if fmt != "ttl" else None, since=since.isoformat() if since else None,
              until=until.isoformat() if until else None)
window = {"since": since.isoformat() if since else None,
          "until": until.isoformat() if until else None}
if any(window.values()) and not all(window.values()):  # the exporter takes a closed range
    window = {"since": window["since"] or "0001-01-01", "until": window["until"] or "9999-12-31"}

scope = ("what concerns the " + " and the ".join(labels)) if labels else "the whole graph"
if any(window.values()):
    scope += f", facts dated {window['since']} to {window['until']}"
st.markdown(f"Exporting {scope}.")
if labels:
    st.page_link("pages/7_Export.py", label="Export the whole graph instead")


def rdf() -> bytes:
    """Run when the button is clicked (Streamlit calls it lazily), not on every page run."""
    out = io.StringIO()
    rdf_export.export(data.driver(), out, fmt, database=data.database(), **selection, **window)
    return out.getvalue().encode("utf-8")


name = "-".join(x for x in ("convene", *(v.split(":")[-1][:12] for v in selection.values() if v))
                if x)
st.download_button(f"Download {FORMATS[fmt][0]}", icon=":material/download:", data=rdf,
                   file_name=f"{name}.{fmt}",
                   mime=FORMATS[fmt][1], type="primary", key="export-download",
                   on_click="ignore")
