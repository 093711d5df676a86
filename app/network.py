"""Networks for the explorer: gather nodes and edges, and draw them as a self-contained page.

The drawing is pyvis (vis-network) with every script and style inlined: pyvis 0.3.2 still links
Bootstrap from a CDN even with cdn_resources="in_line" (pyvis#229), so those tags are removed
and the page works with no network at all. The drawing shows after a short stabilisation (a
long one holds the first paint back), physics then runs on screen until the layout is at rest,
then stops.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlencode

from jinja2.utils import htmlsafe_json_dumps

# Colours by node label (Tableau 10), and by relationship type.
NODE_COLOURS = {
    "Person": "#4e79a7", "Meeting": "#f28e2b", "Organization": "#59a14f", "Post": "#b07aa1",
    "Place": "#edc948", "Article": "#9c755f", "Tenure": "#bab0ac", "Participation": "#bab0ac",
    "Claim": "#bab0ac", "Implementation": "#bab0ac",
}
EDGE_COLOURS = {
    "CHAIRED": "#e15759", "ATTENDED": "#76b7b2", "ORGANIZED_BY": "#59a14f",
    "IMPLEMENTS": "#f28e2b", "PART_OF": "#8cd17d", "POST_IN": "#b07aa1", "HOLDS": "#4e79a7",
    "JURISDICTION": "#edc948", "MET": "#4e79a7",
}
SHAPES = {"Person": "dot", "Meeting": "diamond", "Organization": "square", "Post": "triangle",
          "Place": "star", "Article": "box"}
PAGE_OF = {"Person": ("Person", "person"), "Meeting": ("Meeting", "meeting"),
           "Organization": ("Body", "body"), "Article": ("Article", "article")}
REL_TYPES = ("CHAIRED", "ATTENDED", "ORGANIZED_BY", "IMPLEMENTS", "PART_OF", "POST_IN", "HOLDS",
             "JURISDICTION")
MAX_NODES = 400  # a drawing beyond this is a hairball; the page says it stopped
DEFAULT_NODES = 100  # the Network page's default node limit: drawn in well under a second


@dataclass
class Graph:
    nodes: dict[str, dict] = field(default_factory=dict)  # id -> {label, name, ...}
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)  # (a, type, b) -> props
    truncated: bool = False

    def add_node(self, node: dict) -> None:
        if node.get("id"):
            self.nodes.setdefault(node["id"], {}).update({k: v for k, v in node.items()
                                                          if v is not None})

    def add_edge(self, a: str, rel: str, b: str, **props) -> None:
        self.edges.setdefault((a, rel, b), {}).update({k: v for k, v in props.items()
                                                       if v is not None})


def name_of(node: dict) -> str:
    label = node.get("label", "")
    text = node.get("name") or node.get("title") or node.get("quote") or node.get("id", "?")
    if label == "Tenure":
        text = f"{node.get('first_seen') or '?'} – {node.get('last_seen') or '?'}"
    return str(text)


def add_expand_rows(graph: Graph, rows: Iterable[dict]) -> None:
    """network_expand rows (source, target, type, role, first_seen, last_seen) into graph."""
    for r in rows:
        graph.add_node(r["source"])
        graph.add_node(r["target"])
        graph.add_edge(r["source"]["id"], r["type"], r["target"]["id"], role=r.get("role"),
                       first_seen=r.get("first_seen"), last_seen=r.get("last_seen"))


def explore(
    fetch: Callable[[list[str]], list[dict]],
    seeds: list[str],
    depth: int,
    max_nodes: int = MAX_NODES,
) -> Graph:
    """Breadth-first: `depth` rounds of fetch(frontier ids) → network_expand rows."""
    graph = Graph()
    seen: set[str] = set()
    frontier = list(dict.fromkeys(seeds))
    for _ in range(max(depth, 0)):
        if not frontier:
            break
        before = set(graph.nodes)
        add_expand_rows(graph, fetch(frontier))
        seen.update(frontier)
        if len(graph.nodes) > max_nodes:
            graph.truncated = True
            break
        frontier = [n for n in graph.nodes if n not in seen and n not in before]
    return graph


def from_coparticipation(rows: Iterable[dict]) -> Graph:
    """coparticipation_network rows: people joined by MET edges weighted by shared meetings."""
    graph = Graph()
    for r in rows:
        for side in ("source", "target"):
            graph.add_node({"id": r[f"{side}_id"], "name": r[side], "label": "Person",
                            "hop": r[f"{side}_hop"]})
        graph.add_edge(r["source_id"], "MET", r["target_id"], shared=r["shared"],
                       last_met=r.get("last_met"))
    return graph


def from_values(values: Iterable) -> Graph:
    """Nodes, relationships and paths found anywhere in query results (the Cypher console)."""
    from neo4j.graph import Node, Path, Relationship

    graph = Graph()

    def node(n: Node) -> str:
        key = n.get("id") or n.element_id
        graph.add_node({**dict(n), "id": key, "label": next(iter(n.labels), "")})
        return key

    def visit(v) -> None:
        if isinstance(v, Node):
            node(v)
        elif isinstance(v, Relationship):
            if v.start_node is not None and v.end_node is not None:
                graph.add_edge(node(v.start_node), v.type, node(v.end_node), **dict(v))
        elif isinstance(v, Path):
            for rel in v.relationships:
                visit(rel)
            for n in v.nodes:
                visit(n)
        elif isinstance(v, list | tuple):
            for x in v:
                visit(x)
        elif isinstance(v, dict):
            for x in v.values():
                visit(x)

    visit(list(values))
    return graph


def _tooltip(node: dict) -> str:
    lines = [f"{node.get('label', '')}: {name_of(node)}"]
    for key in ("date", "kind", "role", "first_seen", "last_seen"):
        if node.get(key):
            lines.append(f"{key}: {node[key]}")
    if node.get("label") in PAGE_OF:
        lines.append("double-click to open")
    return "\n".join(lines)


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def page_url(node: dict) -> str | None:
    target = PAGE_OF.get(node.get("label", ""))
    if not target or not node.get("id"):
        return None
    return f"{target[0]}?{urlencode({target[1]: node['id']})}"


def to_html(graph: Graph, height: int = 640, seeds: Iterable[str] = ()) -> str:
    """A complete, self-contained HTML page drawing the graph (no external resources)."""
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line",
                  bgcolor="#ffffff", font_color="#222222")
    seeds = set(seeds)
    for key, node in graph.nodes.items():
        label = node.get("label", "")
        net.add_node(
            key, label=_short(name_of(node)), title=_tooltip(node),
            color=NODE_COLOURS.get(label, "#999999"), shape=SHAPES.get(label, "dot"),
            size=26 if key in seeds else 16, borderWidth=4 if key in seeds else 1,
            url=page_url(node),  # no vis "group": its palette would override these colours
        )
    for (a, rel, b), props in graph.edges.items():
        if a not in graph.nodes or b not in graph.nodes:
            continue
        detail = ", ".join(f"{k}: {v}" for k, v in props.items())
        net.add_edge(a, b, title=rel + (f" ({detail})" if detail else ""),
                     color=EDGE_COLOURS.get(rel, "#999999"),
                     width=min(1 + props.get("shared", 1), 8) if rel == "MET" else 1.5,
                     arrows="" if rel == "MET" else "to")
    options = OPTIONS
    if len(graph.nodes) > IMPROVED_LAYOUT_MAX:  # vis's clustering pre-layout is slow on many nodes
        options = {**OPTIONS, "layout": {"improvedLayout": False}}
    if any("href" in (n.get("title") or "") for n in net.nodes):  # pyvis's other tooltip page
        net.set_options(json.dumps(options))
        return self_contained(net.generate_html(notebook=False), legend(graph))
    page = _empty_page(height, json.dumps(options))
    for name, items in (("nodes", net.nodes), ("edges", net.edges)):
        # As pyvis's template writes them (`|tojson`: <, >, & and ' escaped for a script).
        data = htmlsafe_json_dumps(items, sort_keys=True)
        page = page.replace(f"{name} = new vis.DataSet([]);",
                            f"{name} = new vis.DataSet({data});", 1)
    return page.replace("</body>", legend(graph) + _SETTLE + "</body>", 1)


@cache
def _empty_page(height: int, options: str) -> str:
    """pyvis's page for no nodes and no edges, made self-contained, without the closing scripts.
    pyvis compiles its templates anew for every page (half a second), so this is done once per
    height and options and each drawing puts its data in place of the empty data sets. (Unlike
    pyvis's page for over 100 nodes, it has no progress bar hiding the drawing while the layout
    stabilises: the drawing shows at once.)"""
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line",
                  bgcolor="#ffffff", font_color="#222222")
    net.set_options(options)
    page = _strip(net.generate_html(notebook=False))
    for name in ("nodes", "edges"):
        if page.count(f"{name} = new vis.DataSet([]);") != 1:
            raise RuntimeError(f"pyvis's page no longer declares `{name}` as expected")
    return page


IMPROVED_LAYOUT_MAX = 60
OPTIONS = {
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110,
                             "avoidOverlap": 0.4},
        # Few iterations before the first paint; the rest of the settling is shown moving.
        "stabilization": {"enabled": True, "iterations": 60, "updateInterval": 30, "fit": True},
        "minVelocity": 1.0,
    },
    "interaction": {"hover": True, "navigationButtons": False, "tooltipDelay": 150},
    "edges": {"smooth": {"type": "continuous"}, "font": {"size": 10}},
    "nodes": {"font": {"size": 13}},
}

# Once the layout is at rest (or after 8 s) the physics stops and the drawing holds still; a
# double-click on a person, meeting, body or article opens its page in the app. `data-settled`
# lets tests wait for it.
_SETTLE = """
<script type="text/javascript">
  (function () {
    function settled() {
      network.setOptions({physics: false});
      document.body.setAttribute("data-settled", "1");
    }
    // When the graph is first drawn, in the page's own clock (tests and the benchmark read it).
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-drawn-ms", String(Math.round(performance.now())));
    });
    network.once("stabilizationIterationsDone", function () {
      network.once("stabilized", settled);
    });
    setTimeout(function () { if (!document.body.hasAttribute("data-settled")) settled(); }, 8000);
    network.on("doubleClick", function (params) {
      if (!params.nodes.length) return;
      var node = nodes.get(params.nodes[0]);
      if (node && node.url) { window.top.location.href = node.url; }
    });
    document.body.setAttribute("data-nodes", String(nodes.length));
    document.body.setAttribute("data-edges", String(edges.length));
  })();
</script>
"""

_EXTERNAL = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
_DEAD_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.DOTALL)  # pyvis leftover
_STYLE = re.compile(r"<style\b[^>]*>.*?</style>", re.IGNORECASE | re.DOTALL)
_DATA_IMAGE = re.compile(r"url\(\s*[\"']?data:image/[^)]*\)")


def _strip(page: str) -> str:
    """Every external <script src> and <link href> (pyvis's Bootstrap CDN) removed, and the
    images of vis's navigation buttons and editing toolbar, which are not shown (a quarter of
    the page)."""
    page = _EXTERNAL.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _DEAD_COMMENT.sub("", page)
    page = _STYLE.sub(lambda m: _DATA_IMAGE.sub("none", m.group(0)), page)
    page = page.replace("<head>", '<head>\n<meta name="referrer" content="no-referrer">', 1)
    style = ("<style>body{margin:0;font-family:sans-serif} .card{border:0} "
             "#mynetwork{border:1px solid #ddd !important}</style>")
    return page.replace("</head>", style + "</head>", 1)


def self_contained(page: str, extra_body: str = "") -> str:
    """Strip every external <script src> and <link href> (pyvis's Bootstrap CDN), keep the rest."""
    return _strip(page).replace("</body>", extra_body + _SETTLE + "</body>", 1)


def legend(graph: Graph) -> str:
    labels = sorted({n.get("label", "") for n in graph.nodes.values()} & set(NODE_COLOURS))
    rels = sorted({rel for _, rel, _ in graph.edges} & set(EDGE_COLOURS))
    items = [f'<span style="color:{NODE_COLOURS[x]}">●</span> {html.escape(x)}' for x in labels]
    items += [f'<span style="color:{EDGE_COLOURS[x]}">━</span> {html.escape(x)}' for x in rels]
    note = " · stopped at the node limit" if graph.truncated else ""
    return ('<div id="legend" style="position:absolute;top:8px;left:8px;background:#fffd;'
            'padding:6px 10px;border:1px solid #ddd;border-radius:6px;font-size:12px;'
            'line-height:1.6;z-index:10">' + "<br>".join(items) + html.escape(note) + "</div>")
