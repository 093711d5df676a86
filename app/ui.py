"""Shared page pieces: URL query parameters, links between pages, tables with a CSV download.

Every page reads its subject from the URL (?person=…, ?meeting=…, ?body=…), so a link can be
shared; links between pages carry those parameters.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

# Page files, relative to Home.py, and the query parameter naming each page's subject.
PAGES = {
    "Person": ("pages/1_Person.py", "person"),
    "Meeting": ("pages/2_Meeting.py", "meeting"),
    "Body": ("pages/3_Body.py", "body"),
    "Network": ("pages/4_Network.py", None),
    "Cypher": ("pages/5_Cypher.py", None),
    "Queries": ("pages/6_Queries.py", None),
    "Export": ("pages/7_Export.py", None),
    "Ingest": ("pages/8_Ingest.py", None),
    "Article": ("pages/9_Article.py", "article"),
}
# Graph labels → the page showing one such node.
LABEL_PAGE = {"Person": "Person", "Meeting": "Meeting", "Organization": "Body",
              "Article": "Article"}
# Material icons ship with Streamlit's frontend, so they draw offline and without emoji fonts.
ICONS = {"Person": ":material/person:", "Meeting": ":material/event:",
         "Organization": ":material/account_balance:", "Post": ":material/badge:",
         "Place": ":material/place:", "Article": ":material/article:"}
PAGE_ICONS = {"Person": ICONS["Person"], "Meeting": ICONS["Meeting"],
              "Body": ICONS["Organization"], "Network": ":material/hub:",
              "Export": ":material/download:", "Article": ICONS["Article"]}


# Charts and data grids need large browser code (Vega, the data grid) that the browser fetches on
# first use. Sent in the same instant as a page's heading, they hold its first paint back until
# that code is in (seconds on a busy machine). So a page sends its first screen, then lets this
# much time pass (less what it spent fetching the rest) before sending the heavy parts; once per
# page and session, as the browser keeps the code afterwards.
FIRST_PAINT_S = 0.4


def first_screen_sent(page: str, started: float) -> None:
    """Call after a page's first screen (heading, key figures), before its charts and tables."""
    seen = st.session_state.setdefault("_first_screen_sent", set())
    if page not in seen:
        seen.add(page)
        time.sleep(max(0.0, FIRST_PAINT_S - (time.perf_counter() - started)))


def param(name: str, default: str | None = None) -> str | None:
    value = st.query_params.get(name)
    return value if value not in (None, "") else default


def params(name: str) -> list[str]:
    return [v for v in st.query_params.get_all(name) if v]


def set_params(**values) -> None:
    """Mirror the page's state into the URL (None or "" removes a key) so it can be shared."""
    for key, value in values.items():
        if value in (None, "", []):
            if key in st.query_params:
                del st.query_params[key]
        elif isinstance(value, list):
            if st.query_params.get_all(key) != [str(v) for v in value]:
                st.query_params[key] = [str(v) for v in value]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


def url(page: str, **query) -> str:
    """A relative link to a page (works behind any base path): "Person?person=person%3A1"."""
    query = {k: v for k, v in query.items() if v not in (None, "")}
    return page + ("?" + urlencode(query, doseq=True) if query else "")


def page_link(page: str, label: str, key: str | None = None, icon: str | None = None,
              **query) -> None:
    """A same-tab link to another page with its subject in the URL."""
    path, subject = PAGES[page]
    if key is not None and subject:
        query[subject] = key
    st.page_link(path, label=label, query_params=query or None,
                 icon=icon or PAGE_ICONS.get(page))


def node_link(label: str, node_id: str, name: str, detail: str = "") -> None:
    page = LABEL_PAGE.get(label)
    text = name + (f" — {detail}" if detail else "")
    if page:
        page_link(page, text, node_id, icon=ICONS.get(label))
    else:
        st.markdown(text)


def link_column(frame: pd.DataFrame, page: str, id_col: str, name_col: str) -> pd.DataFrame:
    """Replace name_col by a link to the page of id_col (the name stays the visible text)."""
    subject = PAGES[page][1]
    frame = frame.copy()
    frame[name_col] = [
        f"{url(page, **{subject: i})}#{n if n not in (None, '') else i}" if i else None
        for i, n in zip(frame[id_col], frame[name_col], strict=True)
    ]
    return frame


def show_table(
    frame: pd.DataFrame,
    key: str,
    links: dict[str, tuple[str, str]] | None = None,
    hide: tuple[str, ...] = (),
    height: int | str = "auto",
    show_ids: bool = False,
) -> None:
    """A table with clickable names (links: {name_col: (page, id_col)}) and a CSV download."""
    if frame.empty:
        st.caption("Nothing recorded.")
        return
    shown = frame
    config = {}
    for name_col, (page, id_col) in (links or {}).items():
        shown = link_column(shown, page, id_col, name_col)
        config[name_col] = st.column_config.LinkColumn(name_col, display_text=r"#(.+)$")
    for col in shown.columns:
        if shown[col].map(lambda v: isinstance(v, list)).any():
            shown = shown.assign(**{col: shown[col].map(_join)})
    visible = [c for c in shown.columns if c not in hide
               and (show_ids or not (c.endswith(("_id", "_ids")) or c == "id"))]
    st.dataframe(shown[visible], hide_index=True, width="stretch", column_config=config,
                 height=height)
    csv_button(frame, key)


def _join(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v is not None)
    return value


def csv_button(frame: pd.DataFrame, key: str) -> None:
    st.download_button("CSV", data=csv_bytes(frame), file_name=f"{key}.csv", mime="text/csv",
                       key=f"csv-{key}", on_click="ignore", icon=":material/download:")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    flat = frame.assign(**{c: frame[c].map(_join) for c in frame.columns})
    return flat.to_csv(index=False).encode("utf-8")


def header(title: str, caption: str | None = None, show: bool = True) -> None:
    """Page setup; `show=False` for pages titled by their subject (a person's name)."""
    st.set_page_config(page_title=f"{title} · convene", page_icon=":material/hub:",
                       layout="wide")
    if show:
        st.title(title)
    if caption:
        st.caption(caption)


KIND_TITLES = {"Person": "People", "Organization": "Bodies", "Meeting": "Meetings"}


def search(fetch, typed: str, kinds: tuple[str, ...] = ("Person", "Organization", "Meeting"),
           limit: int = 30) -> int:
    """Search results as links, grouped by kind; returns how many were shown."""
    if not typed.strip():
        return 0
    found = [r for r in fetch("name_search", q=typed, limit=limit) if r["kind"] in kinds]
    if not found:
        st.info(f"Nothing found for “{typed}”. Try part of a name, pinyin without tones, "
                "or the Chinese characters.")
        return 0
    for kind in kinds:
        hits = [r for r in found if r["kind"] == kind]
        if not hits:
            continue
        st.markdown(f"**{KIND_TITLES.get(kind, kind)}** ({len(hits)})")
        for r in hits:
            also = ", ".join(r.get("also_known_as") or [])
            detail = " · ".join(x for x in (also, r.get("detail") or "") if x)
            node_link(kind, r["id"], r["name"], detail)
    return len(found)


def show_sources(frame: pd.DataFrame, key: str) -> None:
    """Quoted sources, each linking to its article with the quote highlighted."""
    if frame.empty:
        st.caption("No quoted source.")
        return
    shown = frame.copy()
    shown["article"] = [
        f"{url('Article', article=a, start=s, end=e)}#{t or a}"
        for a, s, e, t in zip(frame["article_id"], frame["start"], frame["end"],
                              frame["article"], strict=True)]
    st.dataframe(
        shown[["kind", "quote", "article", "published", "fact", "rule", "confidence"]],
        hide_index=True, width="stretch",
        column_config={"article": st.column_config.LinkColumn("article", display_text=r"#(.+)$"),
                       "quote": st.column_config.TextColumn("quote", width="large")})
    csv_button(frame, key)
