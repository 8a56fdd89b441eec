// The diseasekg explorer: search, a concept's neighbourhood, expand, evidence. Article text and
// labels are only ever set as text (textContent), never as markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { styles: null, centre: null, nodes: null, edges: null, network: null, ready: false, results: [] };
  window.explorer = state;

  const get = async (path, params) => {
    if (window.DKG_OFFLINE) return window.DKG_OFFLINE(path, params);  // a graph.html: the views are in the page
    const response = await fetch(path + "?" + new URLSearchParams(params));
    if (!response.ok) throw new Error((await response.text()).trim());
    return response.json();
  };
  const el = (tag, text, cls) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };
  const short = (iri) => iri.replace("https://schema.org/", "schema:").replace("http://purl.obolibrary.org/obo/", "")
    .replace("https://w3id.org/diseasekg/vocab#", "dkg:").replace("http://www.w3.org/2004/02/skos/core#", "skos:");
  const kindStyle = (kind) => state.styles.kinds[kind] || state.styles.kinds.other;
  const relationStyle = (relation) => state.styles.relations[relation] || { label: relation, color: "#999999" };

  // --- search ---------------------------------------------------------------------------
  let searchTimer = null, selected = -1, lastQuery = "";
  const results = $("results"), input = $("search");
  input.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 60);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      selected = Math.max(0, Math.min(state.results.length - 1, selected + step));
      markSelected();
    } else if (event.key === "Enter" && state.results.length) {
      openConcept(state.results[Math.max(selected, 0)].iri);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  async function runSearch() {
    const query = input.value.trim();
    lastQuery = query;
    if (query.length < 2) { results.hidden = true; state.results = []; return; }
    const found = await get("/api/search", { q: query });
    if (query !== lastQuery) return;  // a later keystroke's answer wins
    state.results = found;
    selected = found.length ? 0 : -1;
    results.replaceChildren(...found.map((r, i) => {
      const item = el("li");
      item.setAttribute("role", "option");
      item.dataset.index = String(i);
      item.append(el("span", r.label), el("span", kindStyle(r.kind).label, "kind"), el("span", r.links + " links", "links"));
      item.addEventListener("click", () => openConcept(r.iri));
      return item;
    }));
    if (!found.length) results.append(el("li", "no concept has that name or identifier", "kind"));
    results.hidden = false;
    markSelected();
    document.body.dataset.searched = query;
  }
  function markSelected() {
    [...results.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === selected)));
  }

  // --- views, by URL --------------------------------------------------------------------
  function openConcept(iri) {
    results.hidden = true;
    location.hash = "#/concept/" + encodeURIComponent(iri);
  }
  async function route() {
    document.body.classList.toggle("comparing", location.hash.startsWith("#/compare/"));
    const concept = location.hash.match(/^#\/concept\/([^/]+)$/);
    const paths = location.hash.match(/^#\/paths\/([^/]+)\/([^/]+)$/);
    const compare = location.hash.match(/^#\/compare\/(.+)$/);
    if (!location.hash || location.hash === "#/") await showOverview();
    else if (concept) await showConcept(decodeURIComponent(concept[1]));
    else if (paths) await showPaths(decodeURIComponent(paths[1]), decodeURIComponent(paths[2]));
    else if (compare) await showCompare(compare[1].split("/").map(decodeURIComponent));
  }
  window.addEventListener("hashchange", route);

  // Where the explorer opens: the most connected concepts, to start from.
  async function showOverview() {
    const top = await get("/api/top", {});
    const list = el("ol");
    for (const concept of top) {
      const item = el("li"), a = el("a", concept.label);
      a.addEventListener("click", () => openConcept(concept.iri));
      item.append(a, " ", el("span", kindStyle(concept.kind).label + " · " + concept.links + " links", "kind"));
      list.append(item);
    }
    const section = el("div", undefined, "group overview");
    section.append(el("h3", "Most connected concepts"), list);
    $("groups").replaceChildren(section);
    $("details").replaceChildren(el("p", "Search for a concept, or start from one of the most connected.", "hint"));
    if (state.network) { state.network.destroy(); state.network = null; }
    document.body.dataset.ready = "overview";
  }

  async function showConcept(iri) {
    state.ready = false;
    document.body.dataset.ready = "";
    const view = await get("/api/concept", { iri });
    state.centre = view;
    document.title = view.label + " · diseasekg explorer";
    renderDetails(view);
    renderGroups(view);
    draw(view);
  }

  function renderDetails(view, link) {
    const box = $("details");
    const parts = [el("h2", view.label), el("p", kindStyle(view.kind).label, "kind")];
    if (view.alt_labels.length) parts.push(el("p", "Also: " + view.alt_labels.join("; ")));
    for (const [name, iris] of [["exact match", view.exact], ["close match", view.close], ["broader term", view.broad], ["narrower term", view.narrow || []]]) {
      if (!iris.length) continue;
      const line = el("p", name + ": ");
      iris.forEach((iri, i) => {
        const a = el("a", short(iri));
        a.href = iri; a.rel = "noopener noreferrer"; a.target = "_blank";
        line.append(a, i < iris.length - 1 ? ", " : "");
      });
      parts.push(line);
    }
    for (const text of view.definition) parts.push(el("p", text));
    for (const page of view.pages || []) {
      const a = el("a", "MedlinePlus: " + page.title);
      a.href = page.url; a.rel = "noopener noreferrer"; a.target = "_blank";
      parts.push(el("p")); parts[parts.length - 1].append(a);
    }
    if (view.types.length) parts.push(el("p", "Types: " + view.types.map(short).join(", "), "kind"));
    parts.push(pathFinder(view));
    if (view.kind === "disease") parts.push(compareFinder([view.iri]));
    if (link) parts.push(link);
    box.replaceChildren(...parts);
  }

  // A field that searches as you type and hands the chosen concept to ``pick``.
  function finder(id, placeholder, pick) {
    const box = el("div", undefined, "paths");
    const field = el("input");
    field.type = "search"; field.id = id; field.placeholder = placeholder;
    field.setAttribute("aria-label", placeholder);
    const list = el("ol");
    let timer = null;
    field.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const query = field.value.trim();
        const found = query.length < 2 ? [] : await get("/api/search", { q: query });
        list.replaceChildren(...found.slice(0, 8).map((r) => {
          const item = el("li"), a = el("a", r.label);
          a.addEventListener("click", () => pick(r));
          item.append(a, " ", el("span", kindStyle(r.kind).label, "kind"));
          return item;
        }));
        document.body.dataset.finder = id + ":" + query;
      }, 60);
    });
    box.append(field, list);
    return box;
  }
  const pathFinder = (view) => finder("path-to", "How is it connected to …?", (r) => {
    location.hash = "#/paths/" + encodeURIComponent(view.iri) + "/" + encodeURIComponent(r.iri);
  });
  const compareFinder = (iris) => finder("compare-with", "Compare with …", (r) => {
    location.hash = "#/compare/" + [...iris, r.iri].map(encodeURIComponent).join("/");
  });

  async function showCompare(iris) {
    state.ready = false;
    document.body.dataset.ready = "";
    const found = await get("/api/compare", { iris: iris.join(" ") });
    const names = found.concepts.map((c) => c.label);
    document.title = names.join(" · ") + " · diseasekg explorer";
    const table = el("table", undefined, "compare");
    const header = el("tr");
    header.append(el("th", "relation"), el("th", "all of them"), ...(iris.length > 2 ? [el("th", "several")] : []),
      ...found.concepts.map((c) => el("th", "only " + c.label)));
    table.append(header);
    const cell = (nodes, withOf) => {
      const td = el("td");
      nodes.forEach((n, i) => td.append(el("span", n.label + (withOf ? " (" + n.of.length + ")" : "")), i < nodes.length - 1 ? ", " : ""));
      return td;
    };
    for (const relation of found.relations) {
      const row = el("tr");
      row.append(el("th", relationStyle(relation.relation).label), cell(relation.all),
        ...(iris.length > 2 ? [cell(relation.several, true)] : []),
        ...found.concepts.map((c) => cell(relation.only[c.iri])));
      table.append(row);
    }
    $("groups").replaceChildren(el("h3", "Comparing " + names.join(", ")),
      ...(iris.length < 5 ? [compareFinder(iris)] : []));
    const details = $("details");
    details.replaceChildren(el("h2", names.join(" · ")), table);
    state.nodes = new vis.DataSet(found.concepts.map(nodeOf));
    state.edges = new vis.DataSet([]);
    for (const relation of found.relations) {
      for (const shared of [...relation.all.map((n) => ({ ...n, of: iris })), ...relation.several]) {
        if (!state.nodes.get(shared.iri)) state.nodes.add(nodeOf(shared));
        for (const owner of shared.of) {
          const id = owner + " " + relation.relation + " " + shared.iri;
          if (!state.edges.get(id)) state.edges.add({ id, from: owner, to: shared.iri, color: relationStyle(relation.relation).color, arrows: "to" });
        }
      }
    }
    if (state.network) state.network.destroy();
    state.network = new vis.Network($("network"), { nodes: state.nodes, edges: state.edges },
      { physics: { solver: "forceAtlas2Based", stabilization: { iterations: 120 } }, edges: { smooth: false } });
    state.compared = found;
    const settled = () => { state.network.setOptions({ physics: false }); state.ready = true; document.body.dataset.ready = "compare"; };
    if (state.nodes.length < 2) settled(); else state.network.once("stabilizationIterationsDone", settled);
  }

  async function showPaths(from, to) {
    state.ready = false;
    document.body.dataset.ready = "";
    const found = await get("/api/paths", { from, to });
    document.title = found.from.label + " to " + found.to.label + " · diseasekg explorer";
    const box = $("groups");
    const head = el("h3", found.paths.length ? "Shortest paths from " + found.from.label + " to " + found.to.label
      : "No path of four links or fewer from " + found.from.label + " to " + found.to.label);
    const sections = found.paths.map((path, i) => {
      const section = el("div", undefined, "group path");
      section.append(el("h3", "Path " + (i + 1) + " (" + path.length + " links)"));
      const list = el("ol");
      for (const step of path) {
        const item = el("li"), a = el("a", step.from.label + " → " + step.to.label);
        const style = relationStyle(step.relation);
        item.append(a, " ", el("span", step.direction === "out" ? style.label : "is " + style.label + " of", "kind"));
        a.addEventListener("click", () => showStep(step));
        list.append(item);
      }
      section.append(list);
      return section;
    });
    box.replaceChildren(head, ...sections);
    state.nodes = new vis.DataSet([]);
    state.edges = new vis.DataSet([]);
    for (const path of found.paths) {
      for (const step of path) {
        for (const end of [step.from, step.to]) if (!state.nodes.get(end.iri)) state.nodes.add(nodeOf(end));
        const [a, b] = step.direction === "out" ? [step.from.iri, step.to.iri] : [step.to.iri, step.from.iri];
        const id = a + " " + step.relation + " " + b;
        if (!state.edges.get(id)) state.edges.add({ id, from: a, to: b, color: relationStyle(step.relation).color, arrows: "to" });
      }
    }
    if (state.network) state.network.destroy();
    state.network = new vis.Network($("network"), { nodes: state.nodes, edges: state.edges },
      { physics: false, layout: { hierarchical: { direction: "LR", sortMethod: "directed", shakeTowards: "roots" } },
        edges: { smooth: false } });
    state.paths = found;
    const details = $("details");
    details.replaceChildren(el("h2", found.from.label + " ⇢ " + found.to.label),
      el("p", "Click a step to read the article sentences behind it.", "hint"));
    state.ready = true;
    document.body.dataset.ready = "paths";
  }

  async function showStep(step) {
    const [s, o] = step.direction === "out" ? [step.from.iri, step.to.iri] : [step.to.iri, step.from.iri];
    const passages = await passagesOf(s, step.relation, o);
    const box = $("details");
    const title = el("h3", step.from.label + " → " + step.to.label);
    const quotes = passages.map((passage) => {
      const quote = el("div", undefined, "evidence");
      quote.append(el("div", passage.section + " · " + short(passage.source), "section"), el("div", passage.text));
      return quote;
    });
    box.replaceChildren(title, ...quotes);
    document.body.dataset.evidence = String(passages.length);
  }

  function renderGroups(view) {
    const box = $("groups");
    const sections = view.groups.map((group) => {
      const section = el("div", undefined, "group");
      const style = relationStyle(group.relation);
      const title = (group.direction === "in" ? "is " + style.label + " of" : style.label) + " (" + group.count + ")";
      section.append(el("h3", title));
      const list = el("ul");
      const add = (nodes) => nodes.forEach((node) => {
        const item = el("li"), a = el("a", node.label);
        a.addEventListener("click", () => showLink(group, node));
        a.addEventListener("dblclick", () => openConcept(node.iri));
        item.append(a);
        list.append(item);
      });
      add(group.nodes);
      section.append(list);
      let shown = group.offset + group.nodes.length;
      if (shown < group.count) {
        const more = el("button", "next " + Math.min(60, group.count - shown) + " of " + (group.count - shown), "more");
        more.addEventListener("click", async () => {
          const page = await get("/api/concept", { iri: view.iri, group: group.key, offset: String(shown) });
          const next = page.groups.find((g) => g.key === group.key);
          add(next.nodes);
          addNodes(next.nodes, group, view.iri);
          shown += next.nodes.length;
          if (shown >= group.count) more.remove();
          else more.textContent = "next " + Math.min(60, group.count - shown) + " of " + (group.count - shown);
        });
        section.append(more);
      }
      return section;
    });
    box.replaceChildren(...(sections.length ? sections : [el("p", "No links.", "hint")]));
  }

  // The passages behind a link; a relation's name is schema.org's, SKOS's or ours.
  async function passagesOf(s, relation, o) {
    const namespaces = relation === "broader" ? ["http://www.w3.org/2004/02/skos/core#"]
      : ["https://schema.org/", "https://w3id.org/diseasekg/vocab#"];
    for (const namespace of namespaces) {
      const passages = await get("/api/evidence", { s, p: namespace + relation, o });
      if (passages.length) return passages;
    }
    return [];
  }

  async function showLink(group, node) {
    const centre = state.centre.iri;
    const [s, o] = group.direction === "out" ? [centre, node.iri] : [node.iri, centre];
    const passages = await passagesOf(s, group.relation, o);
    const box = el("div");
    const open = el("button", "Open " + node.label);
    open.addEventListener("click", () => openConcept(node.iri));
    box.append(el("h3", relationStyle(group.relation).label + ": " + node.label), open);
    for (const passage of passages) {
      const quote = el("div", undefined, "evidence");
      quote.append(el("div", passage.section + " · " + short(passage.source), "section"), el("div", passage.text));
      box.append(quote);
    }
    renderDetails(state.centre, box);
    document.body.dataset.evidence = String(passages.length);
  }

  // --- drawing --------------------------------------------------------------------------
  function nodeOf(node) {
    const style = kindStyle(node.kind);
    return { id: node.iri, label: node.label, kind: node.kind, shape: style.shape, color: style.color,
             size: node.kind === "disease" ? 22 : 12, font: { size: 13 } };
  }
  function addNodes(nodes, group, from, around, ring = 0) {
    const style = relationStyle(group.relation);
    const newNodes = [], newEdges = [];
    for (const node of nodes) {
      if (!state.nodes.get(node.iri) && !newNodes.some((n) => n.id === node.iri)) newNodes.push(nodeOf(node));
      const [a, b] = group.direction === "out" ? [from, node.iri] : [node.iri, from];
      const id = a + " " + group.relation + " " + b;
      if (!state.edges.get(id)) newEdges.push({ id, from: a, to: b, color: style.color, relation: group.relation, arrows: "to" });
    }
    if (around) {  // placed in a ring round the node they were expanded from, since physics is off
      newNodes.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / newNodes.length + ring, radius = 140 + 70 * ring + 2 * newNodes.length;
        n.x = around.x + radius * Math.cos(angle);
        n.y = around.y + radius * Math.sin(angle);
      });
    }
    state.nodes.add(newNodes);  // one update each, not one per node
    state.edges.add(newEdges);
  }
  function draw(view) {
    state.nodes = new vis.DataSet([nodeOf(view)]);
    state.edges = new vis.DataSet([]);
    for (const group of view.groups) addNodes(group.nodes, group, view.iri);
    const options = {
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 120, fit: true } },
      interaction: { hover: true }, layout: { improvedLayout: false },
      edges: { smooth: false, width: 1.2 },
    };
    if (state.network) state.network.destroy();
    state.network = new vis.Network($("network"), { nodes: state.nodes, edges: state.edges }, options);
    const settled = () => {
      state.network.setOptions({ physics: false });
      state.ready = true;
      document.body.dataset.ready = view.iri;
    };
    if (state.nodes.length < 2) settled();
    else state.network.once("stabilizationIterationsDone", settled);
    state.network.on("click", (event) => {
      if (!event.nodes.length || event.nodes[0] === state.centre.iri) return;
      const iri = event.nodes[0];
      for (const group of state.centre.groups) {
        const node = group.nodes.find((n) => n.iri === iri);
        if (node) { showLink(group, node); return; }
      }
    });
    state.network.on("doubleClick", (event) => { if (event.nodes.length) expand(event.nodes[0]); });
  }
  async function expand(iri) {
    const view = await get("/api/concept", { iri });
    const around = state.network.getPositions([iri])[iri];
    view.groups.forEach((group, ring) => addNodes(group.nodes.slice(0, 30), group, iri, around, ring));
    document.body.dataset.expanded = iri;
  }

  // --- start ----------------------------------------------------------------------------
  get("/api/styles", {}).then((styles) => {
    state.styles = styles;
    route();
    input.focus();
  });
})();
