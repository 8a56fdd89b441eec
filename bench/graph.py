"""Benchmark (run by hand): the built graph of the whole encyclopedia, as a knowledge graph.

    python bench/graph.py [DIR ...] [--jobs 2] [--out OUT]     # build, then measure
    python bench/graph.py --ttl OUT/graph.ttl                  # measure a graph already built

Builds the corpus (default ``../shared/corpus/encyclopedia``) with ``diseasekg build`` in a child
process, timing it and taking its peak memory (the largest of the build's processes), then reads
``graph.ttl`` with pyoxigraph (timed: the reference run of the same process) and reports:

- nodes per type (the type other than skos:Concept, superclasses set aside) and the share of each
  grounded (an skos:exactMatch or closeMatch), to HPO, MONDO and any ontology; how many symptom
  nodes have only a broader HPO term (skos:broadMatch), not counted as grounded;
- the articles' own diseases grounded to MONDO;
- how many nodes carry more than one type once superclasses are set aside;
- how many ontology identifiers are the skos:exactMatch of two or more nodes (split identity);
- two walks a user makes: the disease named by an article's alternative name elsewhere is that
  article's node; "Diabetes" reaches Type 1 and Type 2 diabetes by skos:broader.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

SCHEMA, DKG = "https://schema.org/", "https://w3id.org/diseasekg/vocab#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OBO = "http://purl.obolibrary.org/obo/"
#: Class -> its superclasses, as schema.org and the diseasekg vocabulary state them.
SUPERCLASSES = {
    SCHEMA + "TherapeuticProcedure": {SCHEMA + "MedicalProcedure"},
    SCHEMA + "DiagnosticProcedure": {SCHEMA + "MedicalProcedure"},
    SCHEMA + "MedicalTherapy": {SCHEMA + "TherapeuticProcedure", SCHEMA + "MedicalProcedure"},
    SCHEMA + "MedicalSignOrSymptom": {SCHEMA + "MedicalCondition"},
    SCHEMA + "MedicalSign": {SCHEMA + "MedicalSignOrSymptom", SCHEMA + "MedicalCondition"},
    SCHEMA + "MedicalSymptom": {SCHEMA + "MedicalSignOrSymptom", SCHEMA + "MedicalCondition"},
    SCHEMA + "Drug": {SCHEMA + "Substance"},
    DKG + "Complication": {SCHEMA + "MedicalCondition"},
    DKG + "PreventiveMeasure": {
        SCHEMA + "MedicalTherapy",
        SCHEMA + "TherapeuticProcedure",
        SCHEMA + "MedicalProcedure",
    },
}
#: Bookkeeping classes, not what a thing is.
NOT_A_NATURE = {SKOS + "Concept", DKG + "UngroundedConcept"}


def build(sources: list[str], out: Path, jobs: int) -> dict[str, float]:
    """Run ``diseasekg build`` in a child process: wall seconds and peak MB of its processes."""
    command = [sys.executable, str(ROOT / "cli.py"), "build", *sources, "-o", str(out), "-j", str(jobs), "--force"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return {"build_s": seconds, "build_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def measure(ttl: Path) -> dict[str, object]:
    import pyoxigraph

    start = time.perf_counter()
    with ttl.open("rb") as handle:
        triples = sum(1 for _ in pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    parse_only_s = time.perf_counter() - start
    start = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    parse_s = time.perf_counter() - start

    def rows(query: str) -> list[tuple[str, ...]]:
        return [tuple(term.value for term in row) for row in store.query(query)]

    types: dict[str, set[str]] = defaultdict(set)
    for node, cls in rows(f"SELECT ?c ?t WHERE {{ ?c a <{SKOS}Concept> ; a ?t }}"):
        if cls not in NOT_A_NATURE:
            types[node].add(cls)
    natures = {
        node: {c for c in classes if not any(c in SUPERCLASSES.get(o, ()) for o in classes)}
        for node, classes in types.items()
    }
    matches: dict[str, set[str]] = defaultdict(set)
    broad: dict[str, set[str]] = defaultdict(set)
    exact_of: dict[str, set[str]] = defaultdict(set)
    for node, predicate, target in rows(
        f"SELECT ?c ?p ?m WHERE {{ ?c a <{SKOS}Concept> ; ?p ?m . "
        f"VALUES ?p {{ <{SKOS}exactMatch> <{SKOS}closeMatch> <{SKOS}broadMatch> }} }}"
    ):
        if predicate.endswith("broadMatch"):
            broad[node].add(target)
            continue
        matches[node].add(target)
        if predicate.endswith("exactMatch"):
            exact_of[target].add(node)
    diseases = {row[0] for row in rows(f"SELECT DISTINCT ?d WHERE {{ ?a <{SCHEMA}about> ?d }}")}

    def share(nodes: set[str], prefix: str = "", table: dict[str, set[str]] = matches) -> str:
        hit = sum(1 for n in nodes if any(m.startswith(prefix) for m in table.get(n, ())))
        return f"{hit}/{len(nodes)} ({hit / max(len(nodes), 1):.0%})"

    by_type: dict[str, set[str]] = defaultdict(set)
    for node, classes in natures.items():
        by_type[" + ".join(sorted(c.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for c in classes)) or "(none)"].add(node)
    per_type = {
        name: {
            "nodes": len(nodes),
            "grounded": share(nodes, ""),
            "HPO": share(nodes, OBO + "HP_"),
            "MONDO": share(nodes, OBO + "MONDO_"),
        }
        for name, nodes in sorted(by_type.items(), key=lambda item: -len(item[1]))
    }
    ontology_ids = {t: nodes for t, nodes in exact_of.items() if t.startswith(OBO)}
    split = {t: sorted(nodes) for t, nodes in ontology_ids.items() if len(nodes) > 1}
    split_by_prefix = Counter(t[len(OBO) :].split("_", 1)[0] for t in split)
    all_nodes = set(types)
    symptoms = {n for n, c in natures.items() if SCHEMA + "MedicalSignOrSymptom" in c}
    return {
        "pyoxigraph_parse_s": parse_only_s,
        "pyoxigraph_load_s": parse_s,
        "triples": triples,
        "nodes": len(all_nodes),
        "grounded": share(all_nodes),
        "grounded_to_ontology": share(all_nodes, OBO),
        "symptom_nodes_hpo": share(symptoms, OBO + "HP_"),
        "symptom_nodes_hpo_broad_only": share({n for n in symptoms if not matches.get(n)}, OBO + "HP_", broad),
        "disease_nodes_mondo": share(diseases, OBO + "MONDO_"),
        "multi_typed": sum(1 for classes in natures.values() if len(classes) > 1),
        "split_identifiers": len(split),
        "split_by_prefix": dict(split_by_prefix.most_common()),
        "split_sample": dict(list(sorted(split.items(), key=lambda item: -len(item[1])))[:8]),
        "per_type": per_type,
        "walks": _walks(rows),
    }


def _walks(rows) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Two things a user walks: an alternative name meeting its article, and Diabetes's kinds."""
    label = f"<{SKOS}prefLabel>|<{SKOS}altLabel>"
    hypertension = rows(
        f"""SELECT DISTINCT ?d WHERE {{ ?a <{SCHEMA}about> ?d . ?d {label} ?n .
        FILTER (LCASE(STR(?n)) = "high blood pressure") }}"""
    )
    linked = rows(
        f"""SELECT (COUNT(DISTINCT ?other) AS ?n) WHERE {{ ?a <{SCHEMA}about> ?d . ?d {label} ?name .
        FILTER (LCASE(STR(?name)) = "high blood pressure")
        ?other <{SCHEMA}possibleComplication>|<{SCHEMA}riskFactor> ?d }}"""
    )
    diabetes = rows(
        f"""SELECT DISTINCT ?kind WHERE {{ ?kindNode <{SKOS}broader>+ ?d . ?d <{SKOS}prefLabel> ?l .
        FILTER (LCASE(STR(?l)) = "diabetes" || LCASE(STR(?l)) = "diabetes mellitus")
        ?kindNode <{SKOS}prefLabel> ?kind . FILTER (CONTAINS(LCASE(STR(?kind)), "type")) }}"""
    )
    return {
        "article nodes named 'high blood pressure'": len(hypertension),
        "diseases with it as complication or risk factor": int(linked[0][0]) if linked else 0,
        "kinds of diabetes below 'Diabetes'": sorted(k for (k,) in diabetes)[:6],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "encyclopedia")])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--ttl", type=Path, help="measure this graph.ttl instead of building")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    if args.ttl:
        ttl = args.ttl
    else:
        out = args.out or Path(tempfile.mkdtemp()) / "out"
        runs = [build(args.sources, out, args.jobs) for _ in range(args.runs)]
        figures["build_s (median)"] = statistics.median(r["build_s"] for r in runs)
        figures["build_peak_mb"] = max(r["build_peak_mb"] for r in runs)
        ttl = out / "graph.ttl"
    figures.update(measure(ttl))
    if "build_s (median)" in figures:
        ratio = figures["build_s (median)"] / figures["pyoxigraph_parse_s"]  # type: ignore[operator]
        figures["build / pyoxigraph parse"] = round(ratio, 1)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
