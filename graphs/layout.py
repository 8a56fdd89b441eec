"""A deterministic layout for graphs too large to lay out by physics in the browser.

Diseases are hubs on a grid; a disease's own concepts sit on a ring around it, grouped by
relation, with their examples and parts further out; a concept shared by several diseases sits
between them. Linear in the size of the graph, no numpy.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from typing import get_args

import networkx as nx

from extract.model import Relation

#: Distance between neighbouring nodes on a ring, in vis-network units.
SPACING = 42.0
#: Relations in the order their sectors go round a disease.
RELATION_ORDER: tuple[str, ...] = get_args(Relation)


def hub_layout(nxg: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions for every node; the same graph always gives the same positions."""
    undirected = nxg.to_undirected(as_view=True)
    hubs = [n for n, kind in nxg.nodes(data="kind") if kind == "disease"]
    if not hubs:
        hubs = sorted(nxg.nodes, key=lambda n: (-undirected.degree(n), n))[: max(1, len(nxg) // 50)]
    owner = _nearest_hub(undirected, hubs)
    members: dict[str, list[str]] = {h: [] for h in hubs}
    shared: list[str] = []
    for node in sorted(nxg.nodes):
        if node in members:
            continue
        adjacent_hubs = {n for n in undirected.neighbors(node) if n in members}
        (shared if len(adjacent_hubs) > 1 else members[owner.get(node, hubs[0])]).append(node)
    centres = _grid(hubs, {h: len(m) for h, m in members.items()})
    positions = dict(centres)
    for hub, nodes in members.items():
        positions.update(_sectors(nxg, undirected, hub, centres[hub], nodes))
    for node in shared:
        around = [centres[n] for n in undirected.neighbors(node) if n in centres]
        x = sum(p[0] for p in around) / len(around)
        y = sum(p[1] for p in around) / len(around)
        angle = _angle(node)
        positions[node] = (x + 40 * math.cos(angle), y + 40 * math.sin(angle))
    return positions


def _sectors(
    nxg: nx.MultiDiGraph, undirected: nx.MultiGraph, hub: str, centre: tuple[float, float], nodes: list[str]
) -> dict[str, tuple[float, float]]:
    """The hub's own concepts on a ring, grouped by relation; the rest further out, by their parent."""
    relation_order = {name: i for i, name in enumerate(RELATION_ORDER)}
    direct = {o: k for _, o, k in nxg.out_edges(hub, keys=True)} | {s: k for s, _, k in nxg.in_edges(hub, keys=True)}
    first = sorted((n for n in nodes if n in direct), key=lambda n: (relation_order.get(direct[n], 99), n))
    radius = max(160.0, len(first) * SPACING * 1.4 / (2 * math.pi))
    positions: dict[str, tuple[float, float]] = {}
    angles: dict[str, float] = {}
    for i, node in enumerate(first):
        angle = 2 * math.pi * i / max(len(first), 1)
        r = radius + (40 if i % 2 else 0)  # alternate rings so neighbouring labels do not collide
        positions[node] = (centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle))
        angles[node] = angle
    rest = [n for n in nodes if n not in direct]
    children: dict[str, list[str]] = {}
    for node in rest:  # the undirected view is made once for all hubs: making it is linear in the graph
        parent = next((p for p in sorted(undirected.neighbors(node)) if p in angles), None)
        children.setdefault(parent or "", []).append(node)
    outer = radius + 170
    for parent, kids in children.items():
        base = angles.get(parent, _angle(parent))
        for j, node in enumerate(kids):
            angle = base + (j - (len(kids) - 1) / 2) * 0.12
            r = outer + 50 * (j % 3)
            positions[node] = (centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle))
    return positions


def _nearest_hub(graph: nx.Graph, hubs: list[str]) -> dict[str, str]:
    """Multi-source breadth-first search: each node belongs to the hub that reaches it first."""
    owner = {h: h for h in hubs}
    queue = deque(hubs)
    while queue:
        node = queue.popleft()
        for neighbour in sorted(graph.neighbors(node)):
            if neighbour not in owner:
                owner[neighbour] = owner[node]
                queue.append(neighbour)
    return owner


def _ring_radius(count: int) -> float:
    """Radius of the disc that ``count`` nodes fill, their examples and parts around them."""
    return max(160.0, count * SPACING * 1.4 / (2 * math.pi)) + 300


def _grid(hubs: list[str], sizes: dict[str, int]) -> dict[str, tuple[float, float]]:
    columns = max(1, math.ceil(math.sqrt(len(hubs))))
    cell = 2 * max(_ring_radius(s) for s in sizes.values()) + 80 if sizes else 200
    return {hub: ((i % columns) * cell, (i // columns) * cell) for i, hub in enumerate(hubs)}


def _angle(node: str) -> float:
    digest = hashlib.sha256(node.encode()).digest()
    return 2 * math.pi * int.from_bytes(digest[:4], "big") / 2**32
