"""Browser: course modules in the real build – the projector view, its keyboard and hash, no-JS and print."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import axe_playwright_python
import pytest

from macros.load import load_handbook

from .conftest import REPO

COURSES = sorted(c.id for c in load_handbook(REPO / "data").courses)
MODULE = "kurser/tema-borgerforloeb/"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="da-DK")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def current_heading(page) -> str:
    return page.locator(".course-section.is-current h2").inner_text().strip()


def location_hash(page) -> str:
    # the page's own location: Playwright's page.url follows history.replaceState only after a delay
    return page.evaluate("location.hash")


def visible_sections(page) -> int:
    return page.locator(".course-section:visible").count()


def test_projector_advances_with_the_keyboard_and_escape_leaves(page, base_url):
    page.goto(base_url + MODULE)
    total = page.locator(".course-section").count()
    assert total >= 8
    page.get_by_role("button", name="Vis på projektor").click()
    assert "projector" in page.locator("html").get_attribute("class")
    assert current_heading(page) == "Om modulet"
    assert visible_sections(page) == 1
    assert page.locator(".projector-bar__count").inner_text() == f"1 / {total}"

    page.keyboard.press("ArrowRight")
    assert current_heading(page) == "Introduktion"
    assert location_hash(page) == "#projektor-2"
    page.keyboard.press("Space")
    assert current_heading(page).startswith("Case 1:")
    page.keyboard.press("PageDown")
    assert current_heading(page) == "Case 1: anvisningerne"
    assert location_hash(page) == "#projektor-4"
    page.keyboard.press("ArrowLeft")
    assert location_hash(page) == "#projektor-3"
    page.keyboard.press("End")
    assert current_heading(page) == "Læs mere i håndbogen"
    page.keyboard.press("ArrowRight")  # stays on the last screen
    assert location_hash(page) == f"#projektor-{total}"
    page.keyboard.press("Home")
    assert current_heading(page) == "Om modulet"
    assert visible_sections(page) == 1

    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert "projector" not in (page.locator("html").get_attribute("class") or "")
    assert visible_sections(page) == total
    assert location_hash(page) == "#introduktion"  # back on the normal page where the presenter was
    local = urlparse(base_url).netloc
    assert all(urlparse(u).netloc == local for u in page.requests if u.startswith("http")), "no external requests"


def test_projector_position_survives_a_reload_in_large_type(page, base_url):
    page.goto(base_url + MODULE + "#projektor-3")
    assert current_heading(page).startswith("Case 1:")
    page.reload()
    assert current_heading(page).startswith("Case 1:")
    big = page.locator(".course-section.is-current").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    page.keyboard.press("Escape")
    normal = page.locator(".course-section").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert big >= 1.5 * normal
    page.get_by_role("button", name="Næste afsnit").wait_for(state="hidden")


def test_projector_bar_buttons_move_too(page, base_url):
    page.goto(base_url + MODULE)
    page.get_by_role("button", name="Vis på projektor").click()
    assert page.get_by_role("button", name="Forrige afsnit").is_disabled()
    page.get_by_role("button", name="Næste afsnit").click()
    assert current_heading(page) == "Introduktion"
    page.get_by_role("button", name="Luk projektorvisningen").click()
    assert visible_sections(page) == page.locator(".course-section").count()


def test_without_js_the_module_is_a_readable_page(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + MODULE)
    assert visible_sections(page) == page.locator(".course-section").count()
    assert not page.get_by_role("button", name="Vis på projektor").is_visible()
    assert page.locator(".course-directions .badge").count() >= 6
    context.close()


@pytest.mark.parametrize("course_id", COURSES)
def test_each_module_prints_as_a_one_or_two_page_a4_handout(page, base_url, course_id):
    page.goto(base_url + f"kurser/{course_id}/")
    page.emulate_media(media="print")
    assert not page.locator(".course-tools").is_visible()
    assert page.locator(".md-sidebar--primary").is_hidden()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, f"{course_id} prints on {pages} A4 pages"


AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"  # the PyPI wrapper ships axe-core
TOOL_PAGES = ["kurser/", MODULE, MODULE + "#projektor-4", "selvevaluering/", "favoritter/"]


@pytest.mark.parametrize("path", TOOL_PAGES)
def test_tool_pages_fit_a_320px_phone_and_pass_axe(browser, base_url, path):
    context = browser.new_context(viewport={"width": 320, "height": 700}, locale="da-DK")
    page = context.new_page()
    page.goto(base_url + path)
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    # link-in-text-block concerns the theme's link colour on every page of the site, not these tools
    result = page.evaluate(
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], "
        "rules: {'link-in-text-block': {enabled: false}}})"
    )
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    context.close()
