"""Compare the text of every page of two built sites: `python benchmarks/compare_pages.py OLD_SITE NEW_SITE`.

For changes meant to keep the content (a refactoring): it lists the pages only one site has and, for each page in
both, the lines of visible text (the page's title and main content, scripts and styles left out) that differ.
Exit status 1 if anything differs.
"""

from __future__ import annotations

import difflib
import sys
from html.parser import HTMLParser
from pathlib import Path

SKIP = {"script", "style", "template"}
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dt", "dd", "caption", "summary", "figcaption",
          "title", "div", "section", "article", "blockquote", "pre", "th", "td", "br"}


class TextReader(HTMLParser):
    """The visible text of a page's <title> and <main>, a line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skipping = 0
        self.reading = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        if tag in ("main", "title"):
            self.reading += 1
        if tag in BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        if tag in ("main", "title"):
            self.reading = max(0, self.reading - 1)
        if tag in BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if self.reading and not self.skipping:
            self.lines[-1] += data


def page_text(path: Path) -> list[str]:
    """The page's visible text as lines, whitespace collapsed, empty lines dropped."""
    reader = TextReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return [line for line in (" ".join(raw.split()) for raw in reader.lines) if line]


def compare(old: Path, new: Path) -> list[str]:
    """A report line per difference between the two sites' pages."""
    pages_old = {p.relative_to(old) for p in old.rglob("*.html")}
    pages_new = {p.relative_to(new) for p in new.rglob("*.html")}
    report = [f"only in {old}: {p}" for p in sorted(pages_old - pages_new)]
    report += [f"only in {new}: {p}" for p in sorted(pages_new - pages_old)]
    for page in sorted(pages_old & pages_new):
        a, b = page_text(old / page), page_text(new / page)
        if a != b:
            diff = [line for line in difflib.unified_diff(a, b, lineterm="", n=0) if line[:1] in "+-"]
            report.append(f"{page}:\n  " + "\n  ".join(line for line in diff if line not in ("---", "+++")))
    return report


if __name__ == "__main__":
    lines = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(lines) or "every page holds the same text")
    sys.exit(1 if lines else 0)
