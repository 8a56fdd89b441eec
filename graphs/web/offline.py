"""The explorer as one offline file: the graph.html of a graph too large to draw whole.

The page opens on the most connected concepts and a search; a concept's neighbourhood, the
paths between two concepts and comparisons are worked out in the page, from a compact copy of
the graph embedded in it (each evidence passage once), with the explorer's own script.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphs.render import _csp_hash, _json_for_script, _vis_network
from graphs.web.pages import _own, explorer_template, styles


def offline_explorer(nxg: nx.MultiDiGraph, *, title: str) -> str:
    """The whole page as one string: every script, style and datum inline, nothing fetched."""
    vis_js, vis_css = _vis_network()
    app_js, offline_js = _own("explorer.js").decode(), _own("explorer-offline.js").decode()
    return explorer_template().render(
        offline=True,
        title=title,
        vis_js=vis_js,
        vis_css=vis_css,
        app_js=app_js,
        offline_js=offline_js,
        app_css=_own("explorer.css").decode(),
        data_json=_json_for_script(compact(nxg)),
        script_hashes=" ".join(_csp_hash(s) for s in (vis_js, offline_js, app_js)),
        node_count=nxg.number_of_nodes(),
        edge_count=nxg.number_of_edges(),
    )


def compact(nxg: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes as rows, links as (subject, relation, object, evidence) by number, passages once."""
    order = {node: i for i, node in enumerate(sorted(nxg))}
    relations: dict[str, int] = {}
    sources: dict[str, int] = {}
    passages: dict[tuple[str, str, int], int] = {}
    nodes = [
        [
            node,
            data["label"],
            data["kind"],
            data["alt_labels"],
            data["identifiers"],
            data["close_matches"],
            data["facts"].get("definition", []),
        ]
        for node, data in sorted(nxg.nodes(data=True))
    ]
    links = []
    for s, o, key, data in sorted(nxg.edges(keys=True, data=True), key=lambda e: (order[e[0]], e[2], order[e[1]])):
        relation = relations.setdefault(key, len(relations))
        evidence = []
        for record in data["evidence"]:
            source = sources.setdefault(record["source"], len(sources))
            evidence.append(passages.setdefault((record["section"], record["text"], source), len(passages)))
        links.append([order[s], relation, order[o], evidence])
    return {
        "nodes": nodes,
        "relations": list(relations),
        "links": links,
        "evidence": [list(p) for p in passages],
        "sources": list(sources),
        "styles": styles(),
    }
