"""Bytes a reader downloads (gzip), measured in Chromium: a first visit and a repeat visit of a page.

First visit: the page's HTML and every CSS, JS, font and image file it loads (empty cache, no service worker),
plus — counted apart — the search index Material fetches at load. Repeat visit: the HTML alone, the
assets being cached (they are served with long cache lifetimes, see the deploy guide)."""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, serve  # noqa: E402

LEVEL = 6  # gzip level of a typical web server (Apache's default; nginx is set to it in the deploy guide)
SEARCH_INDEX = "search/search_index.json"


def gz(data: bytes) -> int:
    """Size of data gzipped at LEVEL."""
    return len(gzip.compress(data, LEVEL))


def _kind(url: str, resource_type: str) -> str:
    path = url.split("?", 1)[0]
    if path.endswith(SEARCH_INDEX):
        return "search index"
    if resource_type == "document":
        return "HTML"
    for kind, ends in (("CSS", (".css",)), ("JS", (".js",)), ("fonts", (".woff", ".woff2", ".ttf", ".otf")),
                       ("images", (".png", ".svg", ".jpg", ".jpeg", ".webp", ".gif", ".ico"))):
        if path.endswith(ends):
            return kind
    return "other"


def first_visit(browser, base_url: str, path: str) -> list[tuple[str, str, int]]:
    """(site path, kind, gzip bytes) of every file a first visit of path downloads."""
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="block")
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(base_url + path, wait_until="networkidle")
    page.wait_for_timeout(1000)  # the search worker loads its language files after the index
    files = []
    for response in responses:
        if not response.url.startswith(base_url):
            files.append((response.url, "other hosts", 0))
            continue
        site_path = response.url[len(base_url):].split("?", 1)[0]
        files.append((site_path, _kind(response.url, response.request.resource_type), gz(response.body())))
    context.close()
    return files


def by_kind(files: list[tuple[str, str, int]]) -> dict[str, int]:
    """gzip bytes per kind of file."""
    sizes: dict[str, int] = {}
    for _, kind, size in files:
        sizes[kind] = sizes.get(kind, 0) + size
    return sizes


def is_theme_file(site_path: str) -> bool:
    """True for Material's own assets (its CSS, JS bundle, search worker, lunr, favicon)."""
    return site_path.startswith(("assets/stylesheets/", "assets/javascripts/", "assets/images/"))


def page_html_sizes(site: Path, folder: str) -> dict[str, int]:
    """gzip bytes of each page's HTML under folder/ (its index page excluded)."""
    return {html.parent.name: gz(html.read_bytes()) for html in sorted((site / folder).glob("*/index.html"))}


def precache(site: Path) -> tuple[int, int]:
    """(files, gzip bytes) the service worker downloads in the background after the first visit (its PRECACHE
    list of [path, revision]; the ON_USE files are fetched only when opened)."""
    sw = site / "sw.js"
    if not sw.exists():
        return 0, 0
    match = re.search(r"const PRECACHE = (\[.*?\]);", sw.read_text(encoding="utf-8"), re.DOTALL)
    files = [path for path, _ in json.loads(match.group(1))] if match else []
    return len(files), sum(gz((site / f).read_bytes()) for f in files if (site / f).is_file())


def measure(site: Path) -> dict:
    """Every page-weight number the report needs, from a built site."""
    from playwright.sync_api import sync_playwright

    guidelines = page_html_sizes(site, "retningslinjer")
    flows = page_html_sizes(site, "beslutningsveje")
    median_guideline = sorted(guidelines, key=guidelines.get)[len(guidelines) // 2]
    largest_flow = max(flows, key=flows.get)
    server, base_url = serve(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            visits = {
                f"retningslinjer/{median_guideline}/": first_visit(browser, base_url, f"retningslinjer/{median_guideline}/"),
                "retningslinjer/3-4/": first_visit(browser, base_url, "retningslinjer/3-4/"),
                f"beslutningsveje/{largest_flow}/": first_visit(browser, base_url, f"beslutningsveje/{largest_flow}/"),
            }
            browser.close()
    finally:
        server.shutdown()
    return {
        "guideline_html": guidelines, "flow_html": flows, "median_guideline": median_guideline,
        "largest_flow": largest_flow, "visits": visits,
        "search_index": gz((site / SEARCH_INDEX).read_bytes()), "search_index_raw": (site / SEARCH_INDEX).stat().st_size,
        "precache": precache(site), "median_guideline_html": statistics.median(guidelines.values()),
    }
