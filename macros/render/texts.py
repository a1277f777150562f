"""The fixed sentences of the pages, feed and data made from data, kept in docs/tekstblokke.md for editors.

A page that exists once (the lovkrav page, the accessibility statement, …) is a hand-written page under docs/ with
macros for its tables and lists. A page per record (a guideline, principle, law, method, flow, course module) and the
print page are made from data, but a few of their sentences are the same on every such page: a disclaimer, how to
read a flow, what the history section shows. Those sentences are named blocks in one Markdown file, which the site
leaves out (mkdocs.yml: exclude_docs); the adapter reads it and hands it to the renderers as input.

A block may hold {placeholders} that the renderer fills with data it has escaped (a link, a number, a name), and an
HTML comment that tells editors what they are (left out of the text).
BLOCKS names every block and its placeholders: the build stops, naming the file and the block, if the file lacks a
block, has one nobody uses, or uses a placeholder the renderer does not fill.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TEXTS_FILE = "tekstblokke.md"  # under docs/

# block name -> the placeholders its renderer fills, in the order of docs/tekstblokke.md
BLOCKS: dict[str, tuple[str, ...]] = {
    # guideline pages (render/guideline.py, render/lovkrav.py)
    "retningslinje-ingen-anvisninger": (),
    "lovkrav-boks": ("lovkrav", "antal", "af", "alle"),
    "lovkrav-boks-ingen": ("alle",),
    # principle, law and method pages
    "princip-etiket": (),
    "princip-ingen-retningslinjer": (),
    "lov-forbehold": (),
    "lov-ingen-anvisninger": (),
    "metode-nævnt": ("metode",),
    "metode-ikke-bekræftet": ("metode", "officiel"),
    "metode-ingen-retningslinjer": (),
    # flow pages and their diagrams (render/flow.py, render/flow_diagram.py)
    "beslutningsvej-redaktionel": (),
    "beslutningsvej-læsning": (),
    "beslutningsvej-diagram": ("titel",),
    "beslutningsvej-diagram-tekst": ("trin",),
    # course modules
    "kursus-projektor": (),
    "kursus-case-anvisninger": (),
    # the history section of guideline, principle, law and flow pages (render/history.py)
    "historik-intro": ("hvad", "feed"),
    "historik-ingen": (),
    "historik-mangler": (),
    # a municipality's local boxes and page (render/local.py)
    "lokal-boks-fod": ("kommune", "dato"),
    "lokal-side-intro": ("kommune",),
    "lokal-kvalitetsstandard": ("kommune",),
    "lokal-ingen-bokse": (),
    # the print page
    "udskrift-intro": (),
    "udskrift-lokale-bokse": ("kommune", "mærke"),
    # lists on hand-written pages: the pathway's phases, the lovkrav page, the self-assessment
    "fase-anvisninger": ("antal", "lovkrav"),
    "fase-ingen-anvisninger": (),
    "lovkrav-fase": ("fase",),
    "lovkrav-hele-forløbet": (),
    "tjekliste-kvalitetsstandard": ("antal", "lov"),
    "tjekliste-se-også": ("retningslinje",),
    # the change feed and the open data (site/feed.py, site/export.py): plain text, no Markdown
    "feed-undertitel": ("antal",),
    "feed-undertitel-lokal": ("kommune",),
    "data-forbehold": (),
}
_HEADING = re.compile(r"^## +(\S+) *$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)  # a note to editors beside a block, not part of it
_PLACEHOLDER = re.compile(r"\{([a-zæøå_]+)\}")


class TextsError(Exception):
    """docs/tekstblokke.md does not fit BLOCKS: the message lists each problem as 'file: block: problem; fix'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Texts:
    """The named blocks, checked against BLOCKS; call it to get a block with its placeholders filled."""

    blocks: Mapping[str, str]

    def __call__(self, name: str, **values: str | int) -> str:
        """Block `name` with each {placeholder} replaced by its value (Markdown the caller has escaped)."""
        return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), self.blocks[name])


def parse_texts(markdown: str, shown: str = f"docs/{TEXTS_FILE}") -> Texts:
    """The blocks of the file's text (each '## name' heading starts one); TextsError names what does not fit."""
    pieces = _HEADING.split(markdown)
    found: dict[str, str] = {}
    problems = []
    for name, body in zip(pieces[1::2], pieces[2::2], strict=True):
        if name in found:
            problems.append(f"{shown}: ## {name}: the block appears twice; keep one")
        found[name] = _COMMENT.sub("", body).strip()
    for name, body in found.items():
        if name not in BLOCKS:
            problems.append(f"{shown}: ## {name}: no page uses this block; check the name against the list at the "
                            f"top of the file ({', '.join(BLOCKS)})")
            continue
        if not body:
            problems.append(f"{shown}: ## {name}: the block is empty; write its text under the heading")
        for placeholder in dict.fromkeys(_PLACEHOLDER.findall(body)):
            if placeholder not in BLOCKS[name]:
                allowed = ", ".join(f"{{{p}}}" for p in BLOCKS[name]) or "none"
                problems.append(f"{shown}: ## {name}: unknown placeholder {{{placeholder}}}; this block can use: "
                                f"{allowed}")
    problems += [f"{shown}: ## {name}: missing; add the block (a '## {name}' heading and its text)"
                 for name in BLOCKS if name not in found]
    if problems:
        raise TextsError(problems)
    return Texts(found)


def read_texts(path: Path, shown: str = f"docs/{TEXTS_FILE}") -> Texts:
    """The checked blocks of a texts file (TextsError if it cannot be read or does not fit)."""
    try:
        markdown = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TextsError([f"{shown}: cannot read the file ({error.strerror}); restore it from git"]) from None
    return parse_texts(markdown, shown)


@cache
def handbook_texts() -> Texts:
    """This repository's docs/tekstblokke.md: the default for renderers called without texts (tests, tools)."""
    return read_texts(Path(__file__).resolve().parents[2] / "docs" / TEXTS_FILE)
