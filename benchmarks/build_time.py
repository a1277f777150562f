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


def build_seconds(runs: int = 3) -> list[float]:
    """Wall-clock seconds of `mkdocs build --strict` for each run."""
    times = []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as dest:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", dest],
                           cwd=REPO, env=env, check=True)
            times.append(time.perf_counter() - start)
    return times


if __name__ == "__main__":
    runs = build_seconds(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"strict build of the real handbook: median {statistics.median(runs):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in runs)})")
