"""Adapter: DOT source in, SVG out, by running Graphviz's `dot` (the build's only external program)."""

from __future__ import annotations

import functools
import shutil
import subprocess

INSTALL_HINT = "install Graphviz ('apt-get install graphviz'; 'make test' does it when run as root)"


class GraphvizError(RuntimeError):
    """Graphviz is missing or could not draw a diagram; the message says what to do."""


@functools.lru_cache(maxsize=128)  # `mkdocs serve` rebuilds often; unchanged flows need no new run
def dot_to_svg(dot: str) -> str:
    """The SVG Graphviz draws for a DOT source."""
    program = shutil.which("dot")
    if program is None:
        raise GraphvizError(f"the flow diagrams need the 'dot' program, which is not on PATH; {INSTALL_HINT}")
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
