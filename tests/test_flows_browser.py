"""Browser: flow pages fit a 320 px phone, every node link resolves, and flows render with the network blocked."""

from __future__ import annotations

import html
import re
import urllib.request
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest

from macros.core import links
from macros.model.load import load_handbook
from tests.conftest import REPO, run_build, serve
from tests.page_sweep import NARROW

HB = load_handbook(REPO / "data")
FLOW_PAGES = [links.url_path(links.index_page("flow"))] + [links.url_path(links.page("flow", f.id)) for f in HB.flows]
# the guideline pages that show a flow's step-by-step text
GUIDELINE_PAGES = sorted({links.url_path(links.page("guideline", g)) for f in HB.flows for g in f.guidelines})

# every link of the step-by-step text and every clickable node of the diagram, as absolute URLs
LINKS_JS = """() => [
  ...Array.from(document.querySelectorAll('.flow a[href]'), a => a.href),
  ...Array.from(document.querySelectorAll('svg.flow-diagram__svg a'),
                a => new URL(a.getAttribute('xlink:href') || a.getAttribute('href'), document.baseURI).href),
]"""


def test_flow_pages_fit_a_320px_phone_even_with_every_question_open(base_url, browser):
    context = browser.new_context(viewport=NARROW, locale="da-DK")
    page = context.new_page()
    failures = []
    for path in FLOW_PAGES + GUIDELINE_PAGES:
        page.goto(base_url + path, wait_until="load")
        for state in ("closed", "open"):
            if state == "open":
                page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > NARROW["width"]:
                failures.append(f"{path} ({state}): page is {width}px wide")
        box = page.locator(".flow-diagram__scroll").first
        if box.count() and box.bounding_box()["width"] > NARROW["width"]:
            failures.append(f"{path}: the diagram's scroll box is wider than the screen")
    context.close()
    assert not failures, failures


def _ids(body: str) -> set[str]:
    """Every id in an HTML page (entities decoded, as the browser sees them)."""
    return {html.unescape(i) for i in re.findall(r'\bid="([^"]+)"', body)}


def _check_links(browser, base_url: str, pages: list[str]) -> tuple[int, list[str]]:
    """Follow every node link of the given pages: (links checked, problems)."""
    context = browser.new_context()
    page = context.new_page()
    fetched: dict[str, tuple[int, set[str]]] = {}
    problems, checked = [], 0
    for path in pages:
        page.goto(base_url + path, wait_until="load")
        for url in page.evaluate(LINKS_JS):
            target, anchor = urldefrag(url)
            if not url.startswith(base_url):
                problems.append(f"{path}: link leaves the site: {url}")
                continue
            if target not in fetched:
                try:
                    with urllib.request.urlopen(target) as response:  # noqa: S310 - local test server
                        fetched[target] = (response.status, _ids(response.read().decode("utf-8")))
                except OSError as error:
                    fetched[target] = (getattr(error, "code", 0), set())
            status, ids = fetched[target]
            checked += 1
            if status != 200:
                problems.append(f"{path}: {url} -> HTTP {status}")
            elif anchor and anchor not in ids:
                problems.append(f"{path}: {url} -> no element with id '{anchor}'")
    context.close()
    return checked, problems


def test_every_node_link_resolves(base_url, browser):
    checked, problems = _check_links(browser, base_url, FLOW_PAGES[1:] + GUIDELINE_PAGES)
    assert not problems, problems
    assert checked > 2 * sum(len(f.nodes) for f in HB.flows)  # text links and diagram nodes were both seen


@pytest.fixture(scope="module")
def flat_site(tmp_path_factory):
    """The handbook built with use_directory_urls: false (pages as .html files, as in a file:// copy)."""
    root = tmp_path_factory.mktemp("flat")
    for name in ("docs", "overrides", "macros", "data"):  # relative paths in mkdocs.yml resolve beside the config
        (root / name).symlink_to(REPO / name)
    config = root / "mkdocs.yml"
    config.write_text(f"INHERIT: {REPO / 'mkdocs.yml'}\nuse_directory_urls: false\n", encoding="utf-8")
    result = run_build(root / "site", config=str(config))
    assert result.returncode == 0, f"flat build failed:\n{result.stderr[-3000:]}"
    server, url = serve(root / "site")
    yield url
    server.shutdown()


def test_every_node_link_resolves_with_flat_urls(flat_site, browser):
    pages = [links.url_path(p, use_directory_urls=False) for p in
             [links.page("flow", f.id) for f in HB.flows] + sorted({links.page("guideline", g) for f in HB.flows for g in f.guidelines})]
    checked, problems = _check_links(browser, flat_site, pages)
    assert not problems, problems
    assert checked > 2 * sum(len(f.nodes) for f in HB.flows)


def test_diagrams_and_flows_render_with_the_network_blocked(base_url, browser):
    local = urlparse(base_url).netloc
    attempted: list[str] = []
    # the service worker (offline cache) is another feature; block it so only the page's own requests count
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")

    def only_local(route):
        if urlparse(route.request.url).netloc == local:
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    for flow in HB.flows:
        page.goto(base_url + links.url_path(links.page("flow", flow.id)), wait_until="load")
        svg = page.locator("svg.flow-diagram__svg")
        assert svg.is_visible(), flow.id
        assert svg.bounding_box()["height"] > 200, flow.id
        assert svg.locator("g.node").count() == len(flow.nodes), flow.id
        assert page.locator(".flow .flow-node").count() == len(flow.nodes), flow.id
        assert page.locator(".flow .flow-node").first.is_visible()
    context.close()
    assert attempted == [], f"requests to other hosts: {attempted}"


def test_a_diagram_node_opens_its_guideline(base_url, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + links.url_path(links.page("flow", "borgerforloeb")), wait_until="load")
    page.locator("#a_fd-borgerforloeb-afdaekning a").click()
    page.wait_for_load_state()
    assert page.url == base_url + links.url_path(links.page("guideline", "3-5"))
    context.close()


def test_questions_open_by_keyboard_and_links_reveal_nested_steps(base_url, browser):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    flow = next(f for f in HB.flows if f.id == "efter-udskrivning")
    url = base_url + links.url_path(links.page("flow", flow.id))
    page.goto(url, wait_until="load")
    question = page.locator("details.flow-node--decision").first
    assert question.get_attribute("open") is None
    question.locator("summary").focus()
    page.keyboard.press("Enter")
    assert question.get_attribute("open") is not None
    # a step deep inside closed questions: following a link to it opens the questions around it
    nested = links.flow_node_anchor(flow.id, "efterbehandling")
    page.goto(f"{url}#{nested}", wait_until="load")
    assert page.locator(f"#{nested}").is_visible()
    context.close()


def test_print_shows_every_answer(base_url, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + links.url_path(links.page("flow", "afgoerelse")), wait_until="load")
    answers = page.locator(".flow-answer")
    assert not answers.first.is_visible()  # on screen the questions start closed
    page.emulate_media(media="print")
    assert all(answers.nth(i).is_visible() for i in range(answers.count()))
    context.close()


def test_flow_css_and_js_are_local_files():
    for name in ("handbook.css", "handbook.js"):  # the flows' styles and script are sections of these
        text = (Path(REPO) / "docs/assets" / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, name
