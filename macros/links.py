"""The one place that turns ids into page paths, anchors and links."""

from __future__ import annotations

import posixpath

# Folder of the generated pages for each kind of record.
SECTIONS = {
    "guideline": "retningslinjer",
    "principle": "principper",
    "law": "love",
    "theme": "temaer",
    "method": "metoder",
}
GLOSSARY_PAGE = "ordliste.md"
OFFICIAL_URL = "https://www.social.dk/voksne/stofmisbrug/viden-og-temaer/social-stofmisbrugsbehandling/nationale-retningslinjer-for-social-stofmisbrugsbehandling"


def page(kind: str, record_id: str) -> str:
    """Source path (relative to docs/) of a record's page, e.g. retningslinjer/3-4.md."""
    return f"{SECTIONS[kind]}/{record_id}.md"


def index_page(kind: str) -> str:
    """Source path of the overview page of a kind, e.g. retningslinjer/index.md."""
    return f"{SECTIONS[kind]}/index.md"


def direction_anchor(direction_id: str) -> str:
    """Anchor of a direction, e.g. anvisning-3.4.2."""
    return f"anvisning-{direction_id}"


def stk_anchor(stk: int) -> str:
    """Anchor of a stk. on a law page."""
    return f"stk-{stk}"


def term_anchor(term_id: str) -> str:
    """Anchor of a glossary entry."""
    return f"term-{term_id}"


def phase_anchor(phase_id: str) -> str:
    """Anchor of a phase on the pathway page."""
    return f"fase-{phase_id}"


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A Markdown link target from one source page to another (MkDocs rewrites .md links)."""
    if from_page == to_page:
        target = ""
    else:
        target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def to_direction(from_page: str, guideline_id: str, direction_id: str) -> str:
    """Link target of a direction."""
    return relative(from_page, page("guideline", guideline_id), direction_anchor(direction_id))


def to_law(from_page: str, ref: str) -> str:
    """Link target of a law reference such as 'sel-101/4' (page, and stk. anchor if given)."""
    law_id, _, stk = ref.partition("/")
    return relative(from_page, page("law", law_id), stk_anchor(int(stk)) if stk else None)


def to_term(from_page: str, term_id: str) -> str:
    """Link target of a glossary entry."""
    return relative(from_page, GLOSSARY_PAGE, term_anchor(term_id))


def url_path(src_path: str, use_directory_urls: bool = True) -> str:
    """The site URL path (relative to the site root) that MkDocs gives a source page."""
    stem = src_path[:-3] if src_path.endswith(".md") else src_path
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"
