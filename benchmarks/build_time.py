"""Measure the strict build time of the real handbook (median of several runs) and print it."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_seconds(runs: int = 3, data: Path | None = None, env: dict | None = None, command: list[str] | None = None,
                  keep: Path | None = None) -> list[float]:
    """Wall-clock seconds of `mkdocs build --strict` (or `command`, which gets the site dir appended) per run.

    data: a data dir for HANDBOOK_DATA; keep: where to leave the last run's site (for page weights)."""
    times = []
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if data is not None:
        environ["HANDBOOK_DATA"] = str(data)
    base = command or [sys.executable, "-m", "mkdocs", "build", "--strict", "-d"]
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            dest = keep if keep is not None and run == runs - 1 else Path(tmp) / "site"
            start = time.perf_counter()
            result = subprocess.run([*base, str(dest)], cwd=REPO, env=environ, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if result.returncode != 0:
                raise RuntimeError(f"build failed: {' '.join(base)}\n{result.stderr[-3000:]}")
    return times


if __name__ == "__main__":
    runs = build_seconds(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"strict build of the real handbook: median {statistics.median(runs):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in runs)})")
