"""networkx graph -> a self-contained, offline HTML page (pyvis data, vis-network drawing)."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from jinja2 import Environment, select_autoescape

from graphs.export import write_bytes_atomic
from graphs.layout import hub_layout

if TYPE_CHECKING:
    from pyvis.network import Network

#: Above this many nodes the browser gets a precomputed layout and no physics.
PHYSICS_LIMIT = 400

#: Concept kind -> (legend label, colour, vis-network shape). Okabe-Ito colours where they reach.
KIND_STYLES: dict[str, tuple[str, str, str]] = {
    "disease": ("Disease", "#D55E00", "star"),
    "condition": ("Condition", "#A50026", "triangleDown"),
    "finding": ("Sign or symptom", "#E69F00", "dot"),
    "exposure": ("Behaviour or exposure", "#CC79A7", "diamond"),
    "organism": ("Organism", "#117733", "diamond"),
    "substance": ("Substance", "#882255", "diamond"),
    "test": ("Test", "#0072B2", "square"),
    "therapy": ("Therapy", "#009E73", "triangle"),
    "drug": ("Drug", "#00684A", "hexagon"),
    "drug_class": ("Drug class", "#4DBB99", "hexagon"),
    "procedure": ("Procedure", "#7BAF3A", "triangleDown"),
    "lifestyle": ("Lifestyle measure", "#56B4E9", "hexagon"),
    "anatomy": ("Anatomy", "#8C6D31", "dot"),
    "treatment_factor": ("Treatment factor", "#7A7A7A", "dot"),
    "care_concern": ("Care concern", "#A0A0A0", "dot"),
    "support": ("Support", "#5A5A5A", "dot"),
    "other": ("Other", "#BBBBBB", "dot"),
}

#: Relation -> (legend label, colour).
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "signOrSymptom": ("sign or symptom", "#E69F00"),
    "cause": ("cause", "#882255"),
    "riskFactor": ("risk factor", "#CC79A7"),
    "typicalTest": ("test", "#0072B2"),
    "possibleTreatment": ("treatment", "#009E73"),
    "drug": ("drug", "#00684A"),
    "possibleComplication": ("complication", "#A50026"),
    "primaryPrevention": ("prevention", "#56B4E9"),
    "associatedAnatomy": ("anatomy", "#8C6D31"),
    "treatmentFactor": ("treatment depends on", "#7A7A7A"),
    "careConcern": ("care concern", "#A0A0A0"),
    "supportResource": ("support", "#5A5A5A"),
    "broader": ("example of (broader)", "#999999"),
    "partOf": ("part of", "#999999"),
}


def _asset(name: str) -> str:
    return files("graphs").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis_network() -> tuple[str, str]:
    """vis-network's script and style sheet, as pyvis ships them in its wheel; read once."""
    lib = files("pyvis").joinpath("lib", "vis-9.1.2")
    script = lib.joinpath("vis-network.min.js").read_text("utf-8")
    script = script.replace("//# sourceMappingURL=vis-network.min.js.map", "")  # nothing to fetch, even for devtools
    return script, lib.joinpath("vis-network.css").read_text("utf-8")


def to_pyvis(nxg: nx.MultiDiGraph) -> Network:
    """The nodes and edges as pyvis holds them, styled by kind and relation."""
    from pyvis.edge import Edge  # imported here: pyvis imports IPython, 0.25 s at start-up
    from pyvis.network import Network
    from pyvis.node import Node

    positions = hub_layout(nxg)
    net = Network(directed=True)
    # Network.add_node looks the id up in a list of ids: quadratic. networkx's nodes are unique.
    for node, data in nxg.nodes(data=True):
        _, color, shape = KIND_STYLES.get(data["kind"], KIND_STYLES["other"])
        options: dict[str, Any] = {"kind": data["kind"], "size": 28 if data["kind"] == "disease" else 12}
        if node in positions:
            options |= {"x": round(positions[node][0], 1), "y": round(positions[node][1], 1)}
        added = Node(node, shape, label=data["label"], color=color, font_color=net.font_color, **options).options
        net.nodes.append(added)
        net.node_ids.append(node)
        net.node_map[node] = added
    # Network.add_edge looks both ends up in a list of node ids: quadratic. networkx has checked them.
    for s, o, key in nxg.edges(keys=True):
        _, color = RELATION_STYLES.get(key, ("", "#BBBBBB"))
        options = {"id": f"{s} {key} {o}", "rel": key, "color": color, "dashes": key in ("broader", "partOf")}
        net.edges.append(Edge(s, o, net.directed, **options).options)
    return net


def _details(nxg: nx.MultiDiGraph) -> dict[str, Any]:
    """What the panel shows on click: types, identifiers, facts; evidence per edge."""
    nodes = {
        node: {k: data[k] for k in ("kind", "types", "alt_labels", "identifiers", "close_matches", "facts")}
        for node, data in nxg.nodes(data=True)
    }
    edges = {f"{s} {key} {o}": data["evidence"] for s, o, key, data in nxg.edges(keys=True, data=True)}
    return {"nodes": nodes, "edges": edges}


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its <script> element or open a comment, whatever the article says."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


#: Above this many concepts graph.html is the explorer, offline: an overview and neighbourhoods on
#: demand, not every node drawn at once.
EXPLORER_LIMIT = 3000


def generate_html(nxg: nx.MultiDiGraph, *, title: str = "diseasekg graph") -> str:
    """The whole page as one string: every script, style and datum inline, nothing fetched."""
    if nxg.number_of_nodes() > EXPLORER_LIMIT:
        from graphs.web.offline import offline_explorer

        return offline_explorer(nxg, title=title)
    net = to_pyvis(nxg)
    nodes, edges, *_ = net.get_network_data()
    vis_js, vis_css = _vis_network()
    app_js = _asset("view.js")
    data = {
        "nodes": nodes,
        "edges": edges,
        "details": _details(nxg),
        "kinds": {k: {"label": v[0], "color": v[1], "shape": v[2]} for k, v in KIND_STYLES.items()},
        "relations": {k: {"label": v[0], "color": v[1]} for k, v in RELATION_STYLES.items()},
        "physics": len(nxg) <= PHYSICS_LIMIT,
    }
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(_asset("view.html"))
    return template.render(
        title=title,
        vis_js=vis_js,
        vis_css=vis_css,
        app_js=app_js,
        app_css=_asset("view.css"),
        data_json=_json_for_script(data),
        script_hashes=" ".join((_csp_hash(vis_js), _csp_hash(app_js))),
        node_count=nxg.number_of_nodes(),
        edge_count=nxg.number_of_edges(),
    )


def page_title(nxg: nx.MultiDiGraph) -> str:
    """ "diseasekg · Gout" for one disease, "diseasekg · 12 diseases" for more."""
    diseases = sorted({data["label"] for _, data in nxg.nodes(data=True) if data["kind"] == "disease"})
    if len(diseases) == 1:
        return f"diseasekg · {diseases[0]}"
    return f"diseasekg · {len(diseases)} diseases"


def write_html(nxg: nx.MultiDiGraph, path: Path, *, title: str = "diseasekg graph") -> None:
    """Write the page atomically."""
    write_bytes_atomic(path, generate_html(nxg, title=title).encode("utf-8"))
