"""Adapter: DOT source in, SVG out, by running Graphviz's `dot` (the build's only external program)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from macros.core import cache

INSTALL_HINT = "install Graphviz ('apt-get install graphviz'; 'make test' does it when run as root)"


class GraphvizError(RuntimeError):
    """Graphviz is missing or could not draw a diagram; the message says what to do."""


@functools.lru_cache(maxsize=128)  # `mkdocs serve` rebuilds often; unchanged flows need no new run
def dot_to_svg(dot: str) -> str:
    """The SVG Graphviz draws for a DOT source; kept on disk (macros/core/cache.py) for the next build."""
    program = shutil.which("dot")
    if program is None:
        raise GraphvizError(f"the flow diagrams need the 'dot' program, which is not on PATH; {INSTALL_HINT}")
    # the same source drawn by the same Graphviz program gives the same SVG: each run costs tens of milliseconds
    binary = os.stat(os.path.realpath(program))
    name = cache.key(dot, os.path.realpath(program), str(binary.st_size), str(binary.st_mtime_ns))
    if (kept := cache.load("graphviz", name)) is not None:
        return kept.decode("utf-8")
    svg = _draw(program, dot)
    cache.store("graphviz", name, svg.encode("utf-8"))
    return svg


def _draw(program: str, dot: str) -> str:
    """Run Graphviz."""
    try:
        result = subprocess.run(
            [program, "-Tsvg"], input=dot.encode("utf-8"), capture_output=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GraphvizError(f"could not run '{program}' ({error}); {INSTALL_HINT}") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise GraphvizError(f"Graphviz could not draw a flow diagram ({message}); check the flow data in data/flows/")
    return result.stdout.decode("utf-8")
