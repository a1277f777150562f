"""Browser: no page of the real build scrolls sideways on a 320 px phone, with JavaScript on or off.

Wide things (tables, the principle matrix, flow diagrams, code) must scroll inside their own container."""

from __future__ import annotations

import pytest

from .conftest import site_pages

NARROW = {"width": 320, "height": 640}

# the page's width against the viewport, and the elements that stick out (to say what to fix)
MEASURE = """() => {
  const width = window.innerWidth;
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    // inside a container that scrolls or clips sideways: that container is what counts
    let parent = el.parentElement, contained = false;
    while (parent && parent !== document.body) {
      const x = getComputedStyle(parent).overflowX;
      if (x !== 'visible') { contained = true; break; }
      parent = parent.parentElement;
    }
    if (!contained) sticking.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
      ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') + ` (${Math.round(box.right)} px)`);
  }
  return {scroll: document.documentElement.scrollWidth, width, sticking: sticking.slice(0, 5)};
}"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_no_page_scrolls_sideways_at_320_px(site, base_url, browser, javascript):
    context = browser.new_context(viewport=NARROW, locale="da-DK", java_script_enabled=javascript,
                                  service_workers="block")
    page = context.new_page()
    pages = site_pages(site)
    assert len(pages) > 40
    overflowing = []
    for path in pages:
        page.goto(base_url + path, wait_until="load")
        result = page.evaluate(MEASURE)
        if result["scroll"] > result["width"]:
            overflowing.append(f"{path}: {result['scroll']} px wide; sticking out: {', '.join(result['sticking']) or '?'}")
    context.close()
    assert overflowing == [], "pages wider than a 320 px screen:\n" + "\n".join(overflowing)
