"""Browser: favourites in the real build – star toggles on guideline pages, the list page, reloads."""

from __future__ import annotations

import pytest

KEY = "stofhaandbog.favoritter.v1"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="da-DK")
    page = context.new_page()
    yield page
    context.close()


def test_favourites_persist_across_reload_and_are_listed(page, base_url):
    page.goto(base_url + "retningslinjer/3-4/")
    guideline = page.get_by_role("button", name="Favorit: retningslinje 3.4")
    direction = page.get_by_role("button", name="Favorit: anvisning 3.4.2", exact=True)
    assert guideline.get_attribute("aria-pressed") == "false"
    guideline.click()
    direction.click()
    assert guideline.get_attribute("aria-pressed") == "true"
    assert direction.get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="Favorit: anvisning 3.4.1", exact=True).get_attribute("aria-pressed") == "false"

    page.reload()
    assert page.get_by_role("button", name="Favorit: retningslinje 3.4").get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="Favorit: anvisning 3.4.2", exact=True).get_attribute("aria-pressed") == "true"

    page.goto(base_url + "favoritter/")
    shown = page.eval_on_selector_all("[data-fav]:not([hidden])", "els => els.map(e => e.dataset.fav)")
    assert shown == ["g:3-4", "d:3.4.2"]
    assert "Du har 2 favoritter." in page.locator("[data-favourites-status]").inner_text()
    page.get_by_role("link", name="Anvisning 3.4.2", exact=True).click()
    assert page.url.endswith("retningslinjer/3-4/#anvisning-3.4.2")

    page.goto(base_url + "favoritter/")
    page.get_by_role("button", name="Fjern Anvisning 3.4.2 fra favoritter").click()
    page.reload()
    shown = page.eval_on_selector_all("[data-fav]:not([hidden])", "els => els.map(e => e.dataset.fav)")
    assert shown == ["g:3-4"]


def test_empty_and_corrupted_favourites_say_so(page, base_url):
    page.goto(base_url + "favoritter/")
    assert "ingen favoritter endnu" in page.locator("[data-favourites-status]").inner_text()
    page.evaluate(f"localStorage.setItem('{KEY}', 'ikke json')")
    page.reload()
    status = page.locator("[data-favourites-status]").inner_text()
    assert "kunne ikke læses" in status and "intet er tabt" in status
    backups = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('" + KEY + ".backup-'))")
    assert len(backups) == 1


def test_without_js_there_are_no_stars_and_the_page_says_why(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "retningslinjer/3-4/")
    assert page.locator(".fav-toggle").count() == 0
    page.goto(base_url + "favoritter/")
    assert page.locator(".favourites-nojs").is_visible()
    assert page.locator("[data-fav]:visible").count() == 0
    context.close()
