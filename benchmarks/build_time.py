"""Time strict builds: the real handbook alone, or engine and plain MkDocs alternately (the ratio the budgets use)."""

from __future__ import annotations

import compileall
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENGINE = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d"]  # the real build; the site dir is appended


def plain_command(dump: Path) -> list[str]:
    """The plain MkDocs + Material build of a dump (benchmarks/plain_mkdocs.py); the site dir is appended."""
    return [sys.executable, str(REPO / "benchmarks" / "plain_mkdocs.py"), "build", str(dump)]


def compile_project() -> None:
    """Write the bytecode of the project's modules, as pip does for an installed package such as MkDocs: where
    PYTHONDONTWRITEBYTECODE is set (as on these shared machines) Python never writes it, so each timed build would
    compile every module edited since it was last written, a cost that neither plain MkDocs nor a reader's second build
    pays."""
    compileall.compile_dir(REPO / "macros", quiet=1)


def _environ(data: Path | None, env: dict | None) -> dict:
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if data is not None:
        environ["HANDBOOK_DATA"] = str(data)
    return environ


def timed(command: list[str], environ: dict, dest: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the build and the programs it runs: Graphviz, git) of one build into dest."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([*command, str(dest)], cwd=REPO, env=environ, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"build failed: {' '.join(command)}\n{result.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build_seconds(runs: int = 3, data: Path | None = None, env: dict | None = None, command: list[str] | None = None,
                  keep: Path | None = None) -> list[float]:
    """Wall-clock seconds of `mkdocs build --strict` (or `command`, which gets the site dir appended) per run.

    data: a data dir for HANDBOOK_DATA; keep: where to leave the last run's site (for page weights)."""
    times = []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            dest = keep if keep is not None and run == runs - 1 else Path(tmp) / "site"
            times.append(timed(command or ENGINE, _environ(data, env), dest)[0])
    return times


def cold_seconds(data: Path | None = None) -> float:
    """Wall-clock seconds of one engine build with an empty disk cache (macros/core/cache.py): a first build on a
    new machine, which parses every data file, draws the flow diagrams and reads the data's history from git."""
    with tempfile.TemporaryDirectory() as tmp:
        return timed(ENGINE, _environ(data, {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}), Path(tmp) / "site")[0]


def dump_pages(dest: Path, data: Path | None = None) -> None:
    """Save the final Markdown of every page the engine builds (from data/, or from `data`) for the plain build."""
    environ = _environ(data, None)
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "plain_mkdocs.py"), "dump", str(dest)],
                            cwd=REPO, env=environ, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"dump failed\n{result.stderr[-3000:]}")


def alternate(runs: int, dump: Path, data: Path | None = None, keep: Path | None = None) -> dict[str, list[float]]:
    """The engine and plain MkDocs on the same pages, one after the other `runs` times (engine, plain, engine, …).

    Both see the same load on a shared machine at nearly the same moment, so each pair's ratio is fairer than
    a ratio of two series taken minutes apart. keep: where to leave the engine's last site."""
    compile_project()
    times: dict[str, list[float]] = {"engine": [], "plain": [], "engine_cpu": [], "plain_cpu": []}
    environ = _environ(data, None)
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            dest = keep if keep is not None and run == runs - 1 else Path(tmp) / "engine"
            for name, command, site in (("engine", ENGINE, dest), ("plain", plain_command(dump), Path(tmp) / "plain")):
                wall, cpu = timed(command, environ, site)
                times[name].append(wall)
                times[f"{name}_cpu"].append(cpu)
    return times


def pair_ratios(times: dict[str, list[float]], cpu: bool = False) -> list[float]:
    """Engine time over plain time, run by run."""
    suffix = "_cpu" if cpu else ""
    return [e / p for e, p in zip(times[f"engine{suffix}"], times[f"plain{suffix}"], strict=True)]


if __name__ == "__main__":
    # `python benchmarks/build_time.py [RUNS]`: the real handbook against plain MkDocs, as `make bench` measures it
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        dump_pages(Path(tmp) / "dump")
        times = alternate(runs, Path(tmp) / "dump")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for name in ("engine", "plain"):
        print(f"{name}: median {statistics.median(times[name]):.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in times[name])}; CPU {statistics.median(times[name + '_cpu']):.2f} s)")
    print(f"ratio: median {statistics.median(pair_ratios(times)):.3f} "
          f"(runs: {', '.join(f'{r:.3f}' for r in pair_ratios(times))}; CPU {statistics.median(pair_ratios(times, True)):.3f})")
