"""Article: the text a fact was read from, every claim marked, the one asked about highlighted."""

from __future__ import annotations

import html

import streamlit as st

from convene.app import data, ui

ui.header("Article")
article_id = ui.param("article")
if not article_id:
    st.info("Open an article from a source quote on a person's or a meeting's page.")
    st.stop()
article = data.guarded(data.one, "article", article_id=article_id)
if not article:
    st.warning(f"No article with id `{article_id}`.")
    st.stop()

st.header(article.get("title") or article["document"])
st.caption(" · ".join(str(x) for x in (article.get("published"), article.get("source"),
                                       article.get("language"), article["document"],
                                       *(article.get("credits") or [])) if x))
if article.get("url"):
    st.markdown(f"Original: <{article['url']}>")


def marked(text: str, claims: list[dict], focus: tuple[int, int] | None) -> str:
    """The text as HTML: claim spans underlined, the focused one highlighted."""
    starts: dict[int, int] = {}
    for c in claims:
        if c.get("start") is not None and c.get("end") is not None:
            starts[c["start"]] = max(starts.get(c["start"], 0), c["end"])
    spans = sorted(starts.items())
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue  # nested or overlapping claims: the outer one is marked
        out.append(html.escape(text[pos:start]))
        style = ("background:#ffe08a" if focus and start <= focus[0] and focus[1] <= end
                 else "border-bottom:2px solid #4e79a7")
        tag = 'mark id="focus"' if "ffe08a" in style else "mark"
        out.append(f'<{tag} style="{style};padding:0 1px">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


claims = data.guarded(data.rows, "article_claims", article_id=article_id)
try:
    focus = (int(ui.param("start")), int(ui.param("end")))
except (TypeError, ValueError):
    focus = None
body = marked(article.get("text") or "", claims, focus)
st.html(f'<div style="line-height:1.8;font-size:1.05rem;white-space:normal">{body}</div>')
with st.expander(f"Claims read in this article ({len(claims)})"):
    ui.show_table(data.guarded(data.table, "article_claims", article_id=article_id), "claims")
