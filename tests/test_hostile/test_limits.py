"""Issue 6: limits - a huge input is refused before it is read; the limit can be raised."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import cli; cli.run()", *map(str, args)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_50_mb_file_is_refused_by_the_default_limit(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that cost no disk
    result = _run("build", huge, "-o", tmp_path / "out")
    assert result.returncode == 3 and "input limit" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_limit_is_adjustable(tmp_path: Path) -> None:
    article = ROOT / "extract" / "data" / "000541-acute-lymphoblastic-leukemia.txt"
    assert _run("build", article, "--max-bytes", "1000", "-o", tmp_path).returncode == 3
    assert _run("build", article, "--max-bytes", "100000", "-o", tmp_path).returncode == 0
