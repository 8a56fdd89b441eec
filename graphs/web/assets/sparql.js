// The SPARQL page: YASGUI on this server's read-only endpoint, offline. What would reach out of
// the machine is switched off before construction: the online completions of classes and
// properties, and the default endpoint list (DBpedia, Wikidata). Concept IRIs in the results
// open the explorer's view of the concept.
"use strict";
(async () => {
  const endpoint = location.origin + "/sparql";
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    tabName: "Query",
  });
  window.sparqlPage = { yasgui };
  // A query has its own URL (/query#query=...): run one and the address says it; open the
  // address, or go back and forward, and the editor holds it again.
  const fromAddress = () => {
    const match = location.hash.match(/^#query=(.*)$/s);
    if (match) yasgui.getTab().setQuery(decodeURIComponent(match[1]));
  };
  yasgui.on("query", (_, tab) => {
    const address = "#query=" + encodeURIComponent(tab.getQuery());
    if (location.hash !== address) history.pushState(null, "", address);
  });
  window.addEventListener("popstate", fromAddress);
  fromAddress();
  const examples = await (await fetch("/api/queries")).json();
  const box = document.getElementById("examples");
  for (const example of examples) {
    const button = document.createElement("button");
    button.textContent = example.name;
    button.title = example.description;
    button.addEventListener("click", () => yasgui.getTab().setQuery(example.text));
    box.append(button, " ");
  }
  // IRIs of concepts open the explorer, in this window.
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("#yasgui a[href]");
    if (!link || !link.href.startsWith("https://w3id.org/diseasekg/concept/")) return;
    event.preventDefault();
    event.stopPropagation();
    location.href = "/#/concept/" + encodeURIComponent(link.href);
  }, true);
  document.body.dataset.ready = "sparql";
})();
