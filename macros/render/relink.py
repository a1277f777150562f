"""Move Markdown written for one page onto another: relative links are rebased, headings demoted."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from .. import links

# [text](target "title") and ![alt](target); the target is group 2
INLINE_LINK = re.compile(r"(!?\[(?:[^\[\]]|\[[^\[\]]*\])*\])\(\s*<?([^)\s>]+)>?((?:\s+\"[^\"]*\")?\s*)\)")
# [label]: target
REFERENCE = re.compile(r"^( {0,3}\[[^\]]+\]:\s*)(\S+)", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~)")
HEADING = re.compile(r"^(#{1,6})(\s)")

# (source page, anchor or None) -> an in-page anchor, or None to keep a link to the page
Remap = Callable[[str, str | None], str | None]


def rebase(markdown: str, from_page: str, to_page: str, remap: Remap | None = None) -> str:
    """Markdown written for from_page with its relative links made right for to_page."""
    if from_page == to_page and remap is None:
        return markdown

    def fix(target: str) -> str:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith("/"):
            return target  # absolute: http:, mailto:, site-absolute
        path, _, anchor = target.partition("#")
        source = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), path)) if path else from_page
        if remap is not None:
            moved = remap(source, anchor or None)
            if moved is not None:
                return f"#{moved}"
        return links.relative(to_page, source, anchor or None) or f"#{anchor}"

    out = INLINE_LINK.sub(lambda m: f"{m.group(1)}({fix(m.group(2))}{m.group(3)})", markdown)
    return REFERENCE.sub(lambda m: m.group(1) + fix(m.group(2)), out)


def demote(markdown: str, levels: int) -> str:
    """ATX headings moved down by some levels (never past h6); fenced code is left alone."""
    lines, fenced = [], False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            match = HEADING.match(line)
            if match:
                line = "#" * min(6, len(match.group(1)) + levels) + line[len(match.group(1)):]
        lines.append(line)
    return "\n".join(lines)
