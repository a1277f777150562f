"""The one place that turns ids into page paths, anchors and links."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from functools import lru_cache

# Folder of the generated pages for each kind of record.
SECTIONS = {
    "guideline": "retningslinjer",
    "principle": "principper",
    "law": "love",
    "theme": "temaer",
    "method": "metoder",
    "flow": "beslutningsveje",
    "course": "kurser",
}
GLOSSARY_PAGE = "ordliste.md"
DATA_PAGE = "aabne-data.md"  # explains the open data export
EXPORT_JSON = "data/haandbog.json"  # the export and its schema, published beside the pages
EXPORT_SCHEMA = "data/haandbog.schema.json"
CHANGELOG_PAGE = "aendringslog.md"
FEED = "aendringer.xml"  # the Atom feed of content changes, linked from every page's head
HISTORY_ANCHOR = "historik"  # the 'Historik' section of a record's page
EDITORS_PAGES = {  # the editors' guide
    "index": "redaktoer/index.md",
    "fields": "redaktoer/felter.md",
    "templates": "redaktoer/skabeloner.md",
    "errors": "redaktoer/fejl.md",
    "worklist": "redaktoer/arbejdsliste.md",
}
CHANGES_PAGE = "nyt-i-2020.md"
MATRIX_PAGE = "principper/matrix.md"  # principle x guideline matrix
LOVKRAV_PAGE = "lovkrav.md"  # every statutory requirement, by phase and by law
CHECKLIST_PAGE = "selvevaluering.md"  # self-assessment: the 15 points and every direction, stored on the device
FAVOURITES_PAGE = "favoritter.md"  # the reader's favourite guidelines and directions, stored on the device
PATHWAY_PAGE = "hvor-er-borgeren.md"  # "Hvor er borgeren nu?" navigator with the date helper
NO_PHASE_ANCHOR = "hele-forloebet"  # directions that bind no single phase
DIRECTIONS_ANCHOR = "anvisningsliste"  # the list of directions on a guideline page
FACTS_ANCHOR = "om-retningslinjen"  # a guideline page's facts box (theme, source, laws, principles, dates)
DIRECTIONS_SECTION = "anvisninger"  # the heading above a guideline's directions (its search entries follow it)
TOOLS_JS = "assets/tools.js"  # the tools' script: loaded only by pages with a tool (render/page.py)
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


def history_anchor(version: int) -> str:
    """Anchor of one version in a page's 'Historik' section, e.g. historik-v3."""
    return f"historik-v{version}"


def local_box_anchor(target: str, number: int) -> str:
    """Anchor of a municipality's box, e.g. lokal-3.4.2-1 (the first box at direction 3.4.2)."""
    return f"lokal-{target}-{number}"


def stk_anchor(stk: int) -> str:
    """Anchor of a stk. on a law page."""
    return f"stk-{stk}"


def term_anchor(term_id: str) -> str:
    """Anchor of a glossary entry."""
    return f"term-{term_id}"


def phase_anchor(phase_id: str) -> str:
    """Anchor of a phase on the pathway page."""
    return f"fase-{phase_id}"


def principle_guideline_anchor(guideline_id: str) -> str:
    """Anchor of a guideline's section on a principle page, e.g. retningslinje-3-4."""
    return f"retningslinje-{guideline_id}"


def law_anchor(law_id: str) -> str:
    """Anchor of a law's section on the lovkrav page, e.g. lov-sel-101."""
    return f"lov-{law_id}"


def relative(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A Markdown link target from one source page to another (MkDocs rewrites .md links)."""
    target = "" if from_page == to_page else _page_to_page(from_page, to_page)
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=65536)  # a page links to the same pages many times (one link per direction, law, source …)
def _page_to_page(from_page: str, to_page: str) -> str:
    """The relative path from one source page to another."""
    return _relpath(to_page, posixpath.dirname(from_page) or ".")


@lru_cache(maxsize=65536)  # every page links to many others, many pages to the same ones
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for page paths, without its two abspath calls (thousands of links a build)."""
    parts, base = path.split("/"), [] if start == "." else start.split("/")
    if path.startswith("/") or start.startswith("/") or {"", ".", ".."} & {*parts, *base}:
        return posixpath.relpath(path, start)  # not a plain relative path: the general rule
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


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


def to_phase(from_page: str, phase_id: str) -> str:
    """Link target of a phase on the pathway page."""
    return relative(from_page, PATHWAY_PAGE, phase_anchor(phase_id))


_ABSOLUTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/)")


# [text](target "title"), also the end of ![alt](target); the target is group 2. It starts with '[', so the regex
# engine skips to each '[' instead of trying every position, and the text between the brackets is matched without
# backtracking (possessive: a ']' can only follow at one place anyway)
_INLINE_LINK = re.compile(r"(\[(?:[^\[\]]++|\[[^\[\]]*+\])*+\])\(\s*<?([^)\s>]+)>?((?:\s+\"[^\"]*\")?\s*)\)")
# [label]: target
_REFERENCE = re.compile(r"^( {0,3}\[[^\]]+\]:\s*)(\S+)", re.MULTILINE)


# (source page, anchor or None) -> an in-page anchor, or None to keep a link to the page
Remap = Callable[[str, str | None], str | None]


def rebase(markdown: str, from_page: str, to_page: str, remap: Remap | None = None) -> str:
    """Markdown written for from_page with its relative links made right for to_page.

    remap(source_page, anchor) may return an in-page anchor to link to instead (the print page).
    """
    if from_page == to_page and remap is None:
        return markdown

    folder = posixpath.dirname(from_page)

    def fix(target: str) -> str:
        if _ABSOLUTE.match(target):
            return target
        path, _, anchor = target.partition("#")
        source = _joined(folder, path) if path else from_page
        if remap is not None:
            moved = remap(source, anchor or None)
            if moved is not None:
                return f"#{moved}"
        return relative(to_page, source, anchor or None) or posixpath.basename(source)

    # no link or no reference definition: a substring search is much quicker than the regex
    out = _INLINE_LINK.sub(lambda m: f"{m.group(1)}({fix(m.group(2))}{m.group(3)})", markdown) if "](" in markdown else markdown
    if "]:" not in out:
        return out
    return _REFERENCE.sub(lambda m: m.group(1) + fix(m.group(2)), out)


@lru_cache(maxsize=65536)  # the pages of a folder link to the same few targets
def _joined(folder: str, path: str) -> str:
    """The source path a relative link in folder points at."""
    return posixpath.normpath(posixpath.join(folder, path))


def flow_anchor(flow_id: str) -> str:
    """Anchor of a flow's step-by-step text, e.g. flow-afgoerelse."""
    return f"flow-{flow_id}"


def flow_node_anchor(flow_id: str, node_id: str) -> str:
    """Anchor of one step of a flow, e.g. flow-afgoerelse-bevilling (the same on every page showing it)."""
    return f"flow-{flow_id}-{node_id}"


def site_href(from_page: str, to_page: str, anchor: str | None = None, use_directory_urls: bool = True) -> str:
    """A built-site URL from one page to another, for raw HTML such as SVG, which MkDocs does not rewrite."""
    here = url_path(from_page, use_directory_urls)
    there = url_path(to_page, use_directory_urls)
    folder = here if here.endswith("/") or here == "" else posixpath.dirname(here)
    # relpath ignores a trailing slash; _relpath wants none (and is kept per pair: a diagram links many nodes)
    start = folder.rstrip("/") or "."
    if here == there:
        target = ""
    elif there.endswith("/") or there == "":
        target = _relpath(there.rstrip("/") or ".", start) + "/"  # a folder URL keeps its slash
    else:
        target = _relpath(there, start)
    return f"{target}#{anchor}" if anchor else (target or "./")
