"""A generated page as a value: what a renderer returns and the adapter turns into a MkDocs file.

Everything later steps need is here, so nothing reads it back out of the page's Markdown or HTML: the feature
scripts the page needs (`assets`) and the search results of its own that it holds (`search`, one per direction).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchEntry:
    """A search result inside a page (a direction), with the HTML the theme's search shows for it."""

    anchor: str  # the element's id on the page
    title: str  # HTML, as the theme shows result titles
    text: str  # HTML paragraphs of plain text
    after: str  # the id of the page section the entry follows in the index


@dataclass(frozen=True)
class Page:
    """One generated page: its path under docs/, title (plain text), Markdown body and what else it needs."""

    path: str
    title: str
    body: str
    meta: Mapping[str, object] = field(default_factory=dict)  # further front matter: hide, search
    assets: frozenset[str] = frozenset()  # scripts beyond those every page loads (links.TOOLS_JS)
    search: tuple[SearchEntry, ...] = ()

