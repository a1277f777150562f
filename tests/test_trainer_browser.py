"""Browser: course modules in the real build – the projector view, its keyboard and hash, no-JS and print."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from macros.model.load import load_handbook
from tests.conftest import PHONE, REPO
from tests.page_sweep import DESKTOP, NARROW, axe_lines, new_page, overflow_line, resize

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


def test_projector_view_fits_a_phone_and_passes_axe_on_phone_and_desktop(browser, base_url):
    # the tool pages as they load are checked with every other page (tests/test_every_page_browser.py);
    # the projector view is a state a trainer creates, so it is checked here
    page = new_page(browser, NARROW)
    page.goto(base_url + MODULE + "#projektor-4")
    assert "projector" in page.locator("html").get_attribute("class")
    assert overflow_line(page, MODULE) is None
    found = []
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        resize(page, size)
        found += axe_lines(page, f"projector {name}")
    page.context.close()
    assert found == []
