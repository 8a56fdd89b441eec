"""Issue 6: killing a build at any moment leaves the previous outputs or the new ones, whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphs.errors import OutputError

ROOT = Path(__file__).parents[2]
MEASLES = Path(__file__).parents[1] / "resources" / "articles" / "measles-001569.txt"


def _build(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "import cli; cli.run()", "build", *map(str, args)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_killed_build_never_leaves_a_truncated_output(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    assert _build(MEASLES, "-o", old).wait() == 0
    assert _build("-o", new).wait() == 0
    versions = {name: {(old / name).read_bytes(), (new / name).read_bytes()} for name in ("graph.ttl", "graph.html")}
    out = tmp_path / "out"
    for delay in (0.05, 0.4, 0.8, 1.2, 1.6, 2.0, 2.6):
        assert _build(MEASLES, "-o", out, "--force").wait() == 0
        process = _build("-o", out)  # the bundled ALL article: more links, so no --force needed
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        for name, allowed in versions.items():
            assert (out / name).read_bytes() in allowed, (name, delay)
    # the next build cleans what the killed ones left half-written
    assert _build("-o", out, "--force").wait() == 0
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl", "store"]


def test_rebuild_with_fewer_findings_needs_force(tmp_path: Path) -> None:
    assert _build("-o", tmp_path).wait() == 0
    before = (tmp_path / "graph.ttl").read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", "import cli; cli.run()", "build", str(MEASLES), "-o", str(tmp_path)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 8 and "--force" in result.stderr
    assert (tmp_path / "graph.ttl").read_bytes() == before


@pytest.mark.parametrize("failing", ["turtle", "page"])
def test_a_build_that_fails_while_its_store_loads_leaves_the_previous_outputs_and_no_staging(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.build
    import graphs.job

    graphs.job.run_build([MEASLES], tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    written = graphs.build.write_turtle_parts

    def half_written(*args: object) -> Iterator[bytes]:
        yield next(iter(written(*args)))  # the store's thread has its first piece when the build fails
        raise OutputError("graph.ttl", "disk full")

    def no_page(*args: object, **kwargs: object) -> str:
        raise OutputError("graph.html", "the page could not be drawn")

    if failing == "turtle":
        monkeypatch.setattr(graphs.build, "write_turtle_parts", half_written)
    else:
        monkeypatch.setattr(graphs.job, "generate_html", no_page)
    with pytest.raises(OutputError):
        graphs.job.run_build([], tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl", "store"]
