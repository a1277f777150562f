"""Browser: offline after one visit, update notice, hosting under a sub-path, the documented CSP, the file:// zip."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from urllib.parse import urlparse

import pytest

from benchmarks.update_cost import change_one_sentence, measure
from macros.core import links
from macros.model.load import load_handbook
from macros.site.offline import write_service_worker
from tests.conftest import PHONE, REPO, run_build, serve, site_pages, wait_for_search_index

HB = load_handbook(REPO / "data")
PREFIX = "/haandbog"
CDN_URL = re.compile(r'(?:src|href)="(?:https?:)?//[^"]*(?:unpkg\.com|cdn\.)')
# Catches CSP violations even where a browser would not log them to the console.
RECORD_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def representative_pages(site) -> list[str]:
    """Every top-level page and the first page of each folder: one of each kind, to keep browser tests short."""
    chosen: dict[str, str] = {}
    for path in site_pages(site):
        parts = path.rstrip("/").split("/")
        chosen.setdefault(path if len(parts) == 1 else parts[0] + "/*", path)
    return sorted(chosen.values())


def representative_files(root) -> list[str]:
    """Like representative_pages, for a zip build whose pages are plain .html files."""
    chosen: dict[str, str] = {}
    for html_file in sorted(root.rglob("*.html")):
        path = html_file.relative_to(root).as_posix()
        if path != "404.html":
            chosen.setdefault(path.split("/")[0] if "/" in path else path, path)
    return sorted(chosen.values())


def search(page, query: str) -> list[str]:
    """Type a query into the theme's search and return the result titles."""
    # the theme reacts to key presses, not to a programmatic fill
    if not page.url.startswith("file:"):
        wait_for_search_index(page)
    page.keyboard.press("/")
    page.locator(".md-search__input").press_sequentially(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()


def typo_search_is_corrected(page) -> None:
    """With search open, a typo finds its page and brings up "Mente du …?" (docs/assets/search-help.js)."""
    field = page.locator(".md-search__input")
    field.fill("")
    field.press_sequentially("behandlingsgarnti")
    page.wait_for_selector(".hb-search-help__guess", timeout=15000)
    assert page.locator(".hb-search-help__guess").inner_text() == "Mente du: behandlingsgaranti?"
    page.wait_for_function(
        "() => [...document.querySelectorAll('.md-search-result__item h1')].some(h => /garanti/i.test(h.textContent))"
    )


def wait_for_service_worker(page) -> None:
    """Wait until the service worker has cached everything and controls the page."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_function("!!navigator.serviceWorker.controller")


@pytest.fixture
def hosted(site, tmp_path):
    """A private copy of the built site served under /haandbog/ (tests may change the copy)."""
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    server, url = serve(copy, PREFIX)
    yield copy, url
    server.shutdown()


def test_after_one_visit_an_unopened_page_and_search_work_offline(hosted, browser):
    _, url = hosted
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="allow")
    page = context.new_page()
    try:
        page.goto(url)  # the one visit: the front page only
        wait_for_service_worker(page)
        cached = page.evaluate(
            "caches.keys().then(k => Promise.all(k.map(n => caches.open(n).then(c => c.keys()))))"
            ".then(lists => lists.flat().map(r => r.url))"
        )
        assert len(cached) > 50 and all(u.startswith(url) for u in cached)  # the whole site, and only ours
        context.set_offline(True)
        # really offline: a file the worker does not cache cannot be fetched
        assert page.evaluate("fetch('sitemap.xml').then(() => 'fetched', () => 'failed')") == "failed"
        never_opened = HB.guidelines[-1]
        response = page.goto(url + links.url_path(links.page("guideline", never_opened.id)))
        assert response.status == 200
        assert never_opened.number in page.locator("h1").inner_text()
        assert page.locator(f"#{re.escape(links.direction_anchor(never_opened.directions[0].id))}").count() == 1
        titles = search(page, "behandlingsplan")
        assert any("Behandlingsplan" in t for t in titles), titles
        typo_search_is_corrected(page)
        page.locator(".md-search-result__item a").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").first.is_visible()
        law = HB.laws[0]
        assert page.goto(url + links.url_path(links.page("law", law.id))).status == 200
    finally:
        context.close()


def test_a_new_version_waits_for_the_reader_and_replaces_the_old_cache(hosted, browser):
    copy, url = hosted
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="allow")
    page = context.new_page()
    try:
        page.goto(url)
        wait_for_service_worker(page)
        old = [name for name in page.evaluate("caches.keys()") if not name.endswith(":ved-brug")]
        assert len(old) == 1 and old[0].startswith(f"haandbog:{url}:")
        # publish a new version: one page changes, so the worker's version changes
        index = copy / "index.html"
        index.write_text(index.read_text(encoding="utf-8").replace("<h1", "<p>NY-UDGAVE</p><h1", 1), encoding="utf-8")
        write_service_worker(copy, ["da"])
        page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
        notice = page.locator(".sw-update[role=status]")
        notice.wait_for(timeout=15000)
        assert "Ny version" in notice.inner_text()
        assert "NY-UDGAVE" not in page.content()  # nothing changes until the reader asks
        with page.expect_navigation():
            notice.get_by_role("button", name="Genindlæs").click()
        page.wait_for_function("document.body.innerText.includes('NY-UDGAVE')")
        new = [name for name in page.evaluate("caches.keys()") if not name.endswith(":ved-brug")]
        assert len(new) == 1 and new != old
    finally:
        context.close()


def test_an_update_after_one_changed_sentence_fetches_only_the_changed_files(browser, tmp_path):
    # both builds from copies of data/ (outside git, so neither has change dates): only the sentence differs
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    site, build_b = tmp_path / "a", tmp_path / "b"
    result = run_build(site, data=data)
    assert result.returncode == 0, result.stderr[-3000:]
    change_one_sentence(data)
    result = run_build(build_b, data=data)
    assert result.returncode == 0, result.stderr[-3000:]
    cost = measure(browser, site, build_b, tmp_path / "served")
    # only files whose content differs between the builds, the changed guideline page and the worker among them
    assert {"retningslinjer/3-9/index.html", "sw.js"} <= set(cost["update_files"])
    same = [p for p in cost["update_files"] if (site / p).read_bytes() == (build_b / p).read_bytes()]
    assert same == []
    assert cost["update"]["gzip_bytes"] <= 0.20 * cost["install"]["gzip_bytes"], cost
    # the reader reloaded: the new text shows, one version's cache is left (beside the files cached on use)
    assert cost["new_text_shown"]
    assert len([name for name in cost["caches"] if not name.endswith(":ved-brug")]) == 1, cost["caches"]
    assert cost["after_update_fetched"] == []  # the updated page came from the new cache


def test_no_page_links_to_the_host_root(site):
    """Relative links are what lets the site live under any path: no page may use a root-relative URL."""
    rooted = re.compile(r'\s(?:href|src|action)="/(?!/)')
    # 404.html is the exception: it is shown at any depth, so MkDocs roots its links at site_url's path
    # (HANDBOOK_SITE_URL); tests/test_overlay.py builds with a sub-path and checks it there.
    offenders = [
        p.relative_to(site).as_posix() for p in site.rglob("*.html")
        if p.name != "404.html" and rooted.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_site_served_under_a_sub_path_works(hosted, browser):
    copy, url = hosted
    origin = f"{urlparse(url).scheme}://{urlparse(url).netloc}"
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="block")
    page = context.new_page()
    bad = []
    page.on("response", lambda r: bad.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        for path in representative_pages(copy):
            assert page.goto(url + path).status == 200, path
            outside = page.evaluate(
                "([origin, url]) => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]"
                ".map(e => e.href || e.src).filter(h => h.startsWith(origin) && !h.startsWith(url))",
                [origin, url],
            )
            assert outside == [], (path, outside[:3])
        assert bad == []
        page.goto(url)
        assert search(page, "afdækning")
    finally:
        context.close()
    # the worker's scope is the sub-path, not the host's root
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    try:
        page.goto(url)
        wait_for_service_worker(page)
        assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)") == url
    finally:
        context.close()


def documented_policy(site) -> str:
    """The Content-Security-Policy of the deploy guide; nginx, Apache and IIS must agree."""
    guide = html.unescape(re.sub(r"<[^>]+>", "", (site / "drift" / "index.html").read_text(encoding="utf-8")))
    found = {
        "nginx": re.findall(r'add_header Content-Security-Policy "([^"]+)" always;', guide),
        "apache": re.findall(r'Header always set Content-Security-Policy "([^"]+)"', guide),
        "iis": re.findall(r'<add name="Content-Security-Policy" value="([^"]+)" />', guide),
    }
    policies = {p for values in found.values() for p in values}
    assert all(found.values()) and len(policies) == 1, found
    policy = policies.pop()
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    return policy


def test_documented_csp_causes_no_console_errors(site, browser):
    policy = documented_policy(site)
    server, url = serve(site, PREFIX, {"Content-Security-Policy": policy})
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="allow")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    try:
        page.goto(url)
        assert page.evaluate("document.querySelector('meta[http-equiv]')") is None  # the header, not a meta tag
        wait_for_service_worker(page)  # registering the worker is allowed, too
        assert search(page, "behandlingsgaranti")
        violations = []
        for path in representative_pages(site):
            page.goto(url + path, wait_until="load")
            violations += [f"{path}: {v}" for v in page.evaluate("window.__violations")]
        assert violations == []
        assert errors == []
    finally:
        context.close()
        server.shutdown()


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory):
    """`make zip`, unpacked as a reader would from a file share."""
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(["make", "-s", "zip", f"DIST={dist}"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    archives = list(dist.glob("haandbog-*.zip"))
    assert len(archives) == 1, list(dist.iterdir())
    target = tmp_path_factory.mktemp("usb")
    with zipfile.ZipFile(archives[0]) as archive:
        archive.extractall(target)
    (root,) = target.iterdir()
    return root


def test_zip_has_file_links_and_no_cdn(unzipped):
    assert (unzipped / "index.html").is_file()
    assert (unzipped / "search" / "search_index.js").is_file()
    for page in unzipped.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not CDN_URL.search(text), page  # e.g. the offline plugin's own iframe-worker polyfill
        assert 'rel="manifest"' not in text, page  # a manifest cannot load from file://


def test_zip_opened_from_file_navigates_and_searches_without_network(unzipped, browser):
    context = browser.new_context(viewport=PHONE, locale="da-DK")
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto((unzipped / "index.html").as_uri())
        # our local shim, not a CDN one (the search section of docs/assets/handbook.js wraps it for the search help, keeping its prototype)
        assert page.evaluate("!!window.IFrameWorker && window.Worker.prototype === window.IFrameWorker.prototype")
        first = HB.guidelines[0]
        page.goto((unzipped / "retningslinjer" / "index.html").as_uri())
        page.locator(f"article a[href$='{first.id}.html']").first.click()
        page.wait_for_load_state()
        assert page.url.endswith(f"retningslinjer/{first.id}.html")
        assert first.number in page.locator("h1").inner_text()
        titles = search(page, "behandlingsgaranti")
        assert titles
        typo_search_is_corrected(page)  # the search help loads its word list from file://, too
        page.locator(".md-search-result__item a").first.click()
        page.wait_for_load_state()
        assert page.url.startswith("file://") and page.locator("h1").first.is_visible()
        assert page.evaluate("navigator.serviceWorker ? navigator.serviceWorker.controller : null") is None
        # one page of each kind (diagrams, print page, checklists …) opens from the files, too
        for path in representative_files(unzipped):
            page.goto((unzipped / path).as_uri(), wait_until="load")
            assert page.locator("h1").first.is_visible(), path
    finally:
        context.close()
    network = sorted({u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))})
    assert network == []
    assert errors == []
