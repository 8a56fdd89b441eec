"use strict";
// The diseasekg graph page. Every string from an article reaches the page through
// textContent or vis-network's canvas labels, never through HTML.
(function () {
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const details = DATA.details;
  const nodes = new vis.DataSet(DATA.nodes);
  const edges = new vis.DataSet(DATA.edges);
  const byId = new Map(DATA.nodes.map((n) => [n.id, n]));
  const hiddenKinds = new Set();
  const hiddenRelations = new Set();

  const options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "system-ui, sans-serif" }, widthConstraint: { maximum: 160 },
             borderWidth: 1, scaling: { label: { drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, width: 1.2,
             smooth: DATA.physics ? { type: "continuous" } : false,
             font: { size: 10, align: "middle", strokeWidth: 3 }, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: !DATA.physics, navigationButtons: false,
                   keyboard: { enabled: true, bindToWindow: false } },
    layout: { improvedLayout: DATA.physics && DATA.nodes.length <= 150, randomSeed: 7 },
    physics: DATA.physics
      ? { enabled: true, solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -40, centralGravity: 0.002, springLength: 140,
                              springConstant: 0.03, avoidOverlap: 0.8 },
          stabilization: { enabled: true, iterations: 150, updateInterval: 50, fit: true } }
      : { enabled: false },
  };

  // Diseases stay where the layout put them (the centre, for one disease); the rest relax.
  for (const n of DATA.nodes) {
    if (n.kind === "disease") nodes.update({ id: n.id, fixed: { x: true, y: true } });
  }

  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes, edges }, options);
  function ready() {
    window.kgReady = true;
    document.body.dataset.ready = "true";
  }
  if (DATA.physics) {
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  // --- small DOM helpers (text only) ---------------------------------------------
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function swatch(color, line, shape) {
    const s = el("span", null, line ? "swatch line" : "swatch shape-" + shape);
    s.style.background = color;
    return s;
  }

  // --- legend and filters ------------------------------------------------------------
  function applyFilters() {
    nodes.update(DATA.nodes.map((n) => ({ id: n.id, hidden: hiddenKinds.has(n.kind) })));
    edges.update(DATA.edges.map((e) => ({
      id: e.id,
      hidden: hiddenRelations.has(e.rel) || hiddenKinds.has(byId.get(e.from).kind) || hiddenKinds.has(byId.get(e.to).kind),
    })));
  }
  function filterList(listId, entries, hidden, line) {
    const list = document.getElementById(listId);
    for (const [key, style] of entries) {
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.key = key;
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(key); else hidden.add(key);
        applyFilters();
      });
      const label = el("label");
      label.append(box, swatch(style.color, line, style.shape), el("span", style.label));
      const item = el("li");
      item.append(label);
      list.append(item);
    }
  }
  const presentKinds = new Set(DATA.nodes.map((n) => n.kind));
  const presentRelations = new Set(DATA.edges.map((e) => e.rel));
  filterList("kind-filters", Object.entries(DATA.kinds).filter(([k]) => presentKinds.has(k)), hiddenKinds, false);
  filterList("relation-filters", Object.entries(DATA.relations).filter(([k]) => presentRelations.has(k)), hiddenRelations, true);

  document.getElementById("edge-labels").addEventListener("change", (event) => {
    const show = event.target.checked;
    edges.update(DATA.edges.map((e) => ({ id: e.id, label: show ? DATA.relations[e.rel].label : undefined })));
  });
  document.getElementById("fit").addEventListener("click", () => network.fit({ animation: false }));

  // --- details panel -------------------------------------------------------------------
  const panel = document.getElementById("details");
  function showDetails(id) {
    const node = byId.get(id);
    const info = details.nodes[id];
    panel.replaceChildren();
    if (!node || !info) return;
    panel.append(el("h2", node.label));
    panel.append(el("p", (DATA.kinds[info.kind] || DATA.kinds.other).label, "kind"));
    const facts = el("dl");
    const add = (term, values) => {
      if (!values || values.length === 0) return;
      facts.append(el("dt", term));
      for (const value of values) facts.append(el("dd", value));
    };
    add("Identifier", [id]);
    add("Also called", info.alt_labels);
    add("Same as", info.identifiers);
    add("Close matches", info.close_matches);
    add("Types", info.types);
    add("Definition", info.facts.definition);
    add("Epidemiology", info.facts.epidemiology);
    add("Outlook", info.facts.expectedPrognosis);
    panel.append(facts);
    const links = edges.get({ filter: (e) => e.from === id || e.to === id });
    if (links.length) panel.append(el("h2", "Links and their evidence"));
    for (const link of links) {
      const other = byId.get(link.from === id ? link.to : link.from);
      const relation = DATA.relations[link.rel] ? DATA.relations[link.rel].label : link.rel;
      const heading = el("p");
      const target = el("button", other.label, "link");
      target.type = "button";
      target.addEventListener("click", () => select(other.id));
      heading.append(el("span", link.from === id ? relation + " → " : "← " + relation + " of "), target);
      panel.append(heading);
      for (const evidence of details.edges[link.id] || []) {
        const quote = el("blockquote", "“" + evidence.text + "”");
        quote.append(el("div", evidence.section + " · " + evidence.source, "section"));
        panel.append(quote);
      }
    }
  }

  function select(id) {
    if (!byId.has(id)) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showDetails(id);
  }
  network.on("click", (params) => {
    if (params.nodes.length) showDetails(params.nodes[0]);
  });

  // --- hover tooltip ---------------------------------------------------------------------
  const tooltip = document.getElementById("tooltip");
  network.on("hoverNode", (params) => {
    const node = byId.get(params.node);
    tooltip.textContent = node.label + " — " + (DATA.kinds[node.kind] || DATA.kinds.other).label;
    tooltip.style.left = params.event.clientX + 12 + "px";
    tooltip.style.top = params.event.clientY + 12 + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", () => { tooltip.hidden = true; });

  // --- search ----------------------------------------------------------------------------
  const input = document.getElementById("search");
  const results = document.getElementById("results");
  function search(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const scored = [];
    for (const node of DATA.nodes) {
      const names = [node.label, ...details.nodes[node.id].alt_labels].map((s) => s.toLowerCase());
      const rank = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : -1;
      if (rank >= 0) scored.push([rank, node.label.length, node]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return scored.slice(0, 12).map((s) => s[2]);
  }
  function showResults() {
    results.replaceChildren();
    for (const node of search(input.value)) {
      const button = el("button", node.label);
      button.type = "button";
      button.dataset.id = node.id;
      button.addEventListener("click", () => { select(node.id); results.replaceChildren(); });
      const item = el("li");
      item.append(button);
      results.append(item);
    }
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const first = search(input.value)[0];
      if (first) select(first.id);
      results.replaceChildren();
    } else if (event.key === "Escape") {
      results.replaceChildren();
    }
  });

  // For tests and benchmarks.
  window.kg = { network, nodes, edges, select, search };
})();
