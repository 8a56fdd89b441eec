// The explorer's views answered in the page, from the graph embedded in it: the same answers
// the server's /api gives (graphs/web/explorer.py), for a graph.html too large to draw whole.
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("dkg-data").textContent);
  const nodes = data.nodes.map(([iri, label, kind, alt, exact, close, definition]) =>
    ({ iri, label, kind, alt_labels: alt, exact, close, broad: [], narrow: [], definition, types: [] }));
  const byIri = new Map(nodes.map((n, i) => [n.iri, i]));
  const links = new Map();  // node -> [[neighbour, relation, direction, link]]
  data.links.forEach(([s, r, o], i) => {
    const relation = data.relations[r];
    if (!links.has(s)) links.set(s, []);
    if (!links.has(o)) links.set(o, []);
    links.get(s).push([o, relation, "out", i]);
    links.get(o).push([s, relation, "in", i]);
  });
  const names = [];
  nodes.forEach((n, i) => [n.label, ...n.alt_labels, ...n.exact, ...n.close].forEach((name) => names.push([name.toLowerCase(), i])));
  const degree = (i) => (links.get(i) || []).length;
  const brief = (i) => ({ iri: nodes[i].iri, label: nodes[i].label, kind: nodes[i].kind });
  const PAGE = 60;

  function search({ q }) {
    const wanted = q.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
    if (wanted.length < 2) return [];
    const needle = /^[a-z]+:\d+$/.test(wanted) ? wanted.replace(":", "_") : wanted;
    const found = new Map();
    for (const [name, i] of names) {
      if (!name.includes(needle)) continue;
      const rank = name === needle || name.endsWith("/" + needle) ? 0 : name.startsWith(needle) ? 1 : 2;
      if (!found.has(i) || rank < found.get(i)[0]) found.set(i, [rank, name]);
    }
    return [...found].sort((a, b) => a[1][0] - b[1][0] || degree(b[0]) - degree(a[0]) || nodes[a[0]].label.localeCompare(nodes[b[0]].label))
      .slice(0, 20).map(([i, [, name]]) => ({ ...brief(i), matched: name, links: degree(i) }));
  }
  function concept({ iri, group = "", offset = "0" }) {
    const i = byIri.get(iri);
    if (i === undefined) throw new Error("no such concept");
    const groups = new Map();
    for (const [n, relation, direction] of links.get(i) || []) {
      const key = direction + ":" + relation;
      if (!groups.has(key)) groups.set(key, new Map());
      groups.get(key).set(n, brief(n));
    }
    const view = { ...nodes[i], pages: [], groups: [] };
    for (const [key, members] of [...groups].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))) {
      const start = key === group ? Number(offset) : 0;
      const sorted = [...members.values()].sort((a, b) => a.label.toLowerCase().localeCompare(b.label.toLowerCase()));
      const [direction, relation] = key.split(":");
      view.groups.push({ key, direction, relation, count: sorted.length, offset: start, nodes: sorted.slice(start, start + PAGE) });
    }
    return view;
  }
  function evidence({ s, p, o }) {
    const relation = p.replace(/^.*[/#]/, "");
    const i = byIri.get(s), j = byIri.get(o);
    for (const [n, r, direction, link] of links.get(i) || []) {
      if (n === j && r === relation && direction === "out") {
        return data.links[link][3].map((e) => { const [section, text, source] = data.evidence[e]; return { section, text, source: data.sources[source] }; });
      }
    }
    return [];
  }
  function paths({ from, to }) {
    const start = byIri.get(from), end = byIri.get(to);
    const parents = new Map([[start, []]]);
    let frontier = [start];
    for (let depth = 0; depth < 4 && !parents.has(end) && frontier.length; depth++) {
      const reached = new Map();
      for (const node of frontier) for (const [n, relation, direction] of links.get(node) || []) {
        if (parents.has(n)) continue;
        if (!reached.has(n)) reached.set(n, []);
        reached.get(n).push([node, relation, direction]);
      }
      reached.forEach((v, k) => parents.set(k, v));
      frontier = [...reached.keys()];
    }
    const back = (node) => node === start ? [[]] : parents.get(node).flatMap(([p, relation, direction]) =>
      back(p).map((path) => [...path, { from: brief(p), to: brief(node), relation, direction }])).slice(0, 5);
    return { from: brief(start), to: brief(end), paths: start !== end && parents.has(end) ? back(end).slice(0, 5) : [] };
  }
  function compare({ iris }) {
    const chosen = iris.split(" ").map((iri) => byIri.get(iri));
    const byRelation = new Map();
    for (const i of chosen) for (const [n, relation, direction] of links.get(i) || []) {
      if (direction !== "out") continue;
      if (!byRelation.has(relation)) byRelation.set(relation, new Map());
      const holders = byRelation.get(relation);
      if (!holders.has(n)) holders.set(n, new Set());
      holders.get(n).add(nodes[i].iri);
    }
    const relations = [...byRelation].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([relation, holders]) => {
      const ordered = [...holders.keys()].sort((a, b) => nodes[a].label.toLowerCase().localeCompare(nodes[b].label.toLowerCase()));
      const only = {};
      for (const i of chosen) only[nodes[i].iri] = ordered.filter((n) => holders.get(n).size === 1 && holders.get(n).has(nodes[i].iri)).map(brief);
      return { relation, all: ordered.filter((n) => holders.get(n).size === chosen.length).map(brief),
               several: ordered.filter((n) => holders.get(n).size > 1 && holders.get(n).size < chosen.length).map((n) => ({ ...brief(n), of: [...holders.get(n)].sort() })),
               only };
    });
    return { concepts: chosen.map(brief), relations };
  }
  const top = () => nodes.map((n, i) => i).sort((a, b) => degree(b) - degree(a) || nodes[a].label.localeCompare(nodes[b].label))
    .slice(0, 40).map((i) => ({ ...brief(i), links: degree(i) }));
  const views = { "/api/top": top, "/api/search": search, "/api/concept": concept, "/api/evidence": evidence,
                  "/api/paths": paths, "/api/compare": compare, "/api/styles": () => data.styles };
  window.DKG_OFFLINE = (path, params) => views[path](params);
})();
