"""Move Markdown written for one page onto another: headings demoted (links via links.rebase)."""

from __future__ import annotations

import re

FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,6})(\s)")


def demote(markdown: str, levels: int) -> str:
    """ATX headings moved down by some levels (never past h6); fenced code is left alone."""
    source = markdown.splitlines()
    joined = "\n".join(source)
    if not joined.startswith("#") and "\n#" not in joined:  # no line starts with '#': no heading to move
        return joined
    lines, fenced = [], False
    for line in source:
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            match = HEADING.match(line)
            if match:
                line = "#" * min(6, len(match.group(1)) + levels) + line[len(match.group(1)):]
        lines.append(line)
    return "\n".join(lines)
