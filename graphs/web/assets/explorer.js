// The diseasekg explorer: search, a concept's neighbourhood, expand, evidence. Article text and
// labels are only ever set as text (textContent), never as markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { styles: null, centre: null, nodes: null, edges: null, network: null, ready: false, results: [] };
  window.explorer = state;

  const get = async (path, params) => {
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
    const match = location.hash.match(/^#\/concept\/(.+)$/);
    if (match) await showConcept(decodeURIComponent(match[1]));
  }
  window.addEventListener("hashchange", route);

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
    for (const [name, iris] of [["exact match", view.exact], ["close match", view.close], ["broader term", view.broad]]) {
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
    parts.push(el("p", "Types: " + view.types.map(short).join(", "), "kind"));
    if (link) parts.push(link);
    box.replaceChildren(...parts);
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

  async function showLink(group, node) {
    const centre = state.centre.iri;
    const [s, o] = group.direction === "out" ? [centre, node.iri] : [node.iri, centre];
    const predicate = (group.relation === "broader" ? "http://www.w3.org/2004/02/skos/core#" : "https://schema.org/") + group.relation;
    let passages = await get("/api/evidence", { s, p: predicate, o });
    if (!passages.length) passages = await get("/api/evidence", { s, p: "https://w3id.org/diseasekg/vocab#" + group.relation, o });
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
  function addNodes(nodes, group, from) {
    const style = relationStyle(group.relation);
    for (const node of nodes) {
      if (!state.nodes.get(node.iri)) state.nodes.add(nodeOf(node));
      const [a, b] = group.direction === "out" ? [from, node.iri] : [node.iri, from];
      const id = a + " " + group.relation + " " + b;
      if (!state.edges.get(id)) state.edges.add({ id, from: a, to: b, color: style.color, relation: group.relation, arrows: "to" });
    }
  }
  function draw(view) {
    state.nodes = new vis.DataSet([nodeOf(view)]);
    state.edges = new vis.DataSet([]);
    for (const group of view.groups) addNodes(group.nodes, group, view.iri);
    const options = {
      physics: { solver: "forceAtlas2Based", stabilization: { iterations: 120, fit: true } },
      interaction: { hover: true }, layout: { improvedLayout: state.nodes.length < 150 },
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
    for (const group of view.groups) addNodes(group.nodes.slice(0, 30), group, iri);
    document.body.dataset.expanded = iri;
  }

  // --- start ----------------------------------------------------------------------------
  get("/api/styles", {}).then((styles) => {
    state.styles = styles;
    route();
    input.focus();
  });
})();
