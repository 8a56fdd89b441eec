"""Shared fixtures: the real ALL article, its extraction and its graph, built once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from rdflib import Graph

from extract.model import Extraction
from extract.pipeline import bundled_article, extract_article, read_article
from graphs.build import build_graph

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Property tests: a quick profile for every run, and the long one the README documents.
settings.register_profile(
    "ci", max_examples=150, deadline=10_000, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("nightly", max_examples=10_000, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

RESOURCES = Path(__file__).parent / "resources"
ARTICLES = RESOURCES / "articles"
ENCYCLOPEDIA = RESOURCES / "encyclopedia"
EXPECTED = Path(__file__).parent / "expected"


@pytest.fixture(scope="session")
def all_path() -> Path:
    return bundled_article()


@pytest.fixture(scope="session")
def all_extraction(all_path: Path) -> Extraction:
    return extract_article(read_article(all_path))


@pytest.fixture(scope="session")
def all_graph(all_extraction: Extraction) -> Graph:
    return build_graph([all_extraction])


@pytest.fixture(scope="session")
def expected_all() -> dict:
    return tomllib.loads((EXPECTED / "000541-acute-lymphoblastic-leukemia.toml").read_text())


@pytest.fixture(scope="session")
def built_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``diseasekg build`` of the bundled article: graph.ttl, graph.html and store/."""
    from graphs.job import run_build

    out = tmp_path_factory.mktemp("build")
    run_build([], out)
    return out


@pytest.fixture(scope="session")
def merged_dir(tmp_path_factory: pytest.TempPathFactory, all_path: Path) -> Path:
    """One build of ALL, AML and measles: concepts they share are one node."""
    from graphs.job import run_build

    out = tmp_path_factory.mktemp("merged")
    sources = [all_path, ARTICLES / "acute-myeloid-leukemia-000542.txt", ARTICLES / "measles-001569.txt"]
    run_build(sources, out)
    return out


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
