"""One pass of Chromium over pages of the real build: load, 320 px overflow, other hosts, axe, the first screen
(tests/test_every_page_browser.py).

Each page is loaded once at 320 px with mobile emulation (status, heading and sideways overflow are checked, then
axe-core runs), set to phone size (390 × 844: on a guideline page the first direction must be on the first screen),
then widened to desktop size and checked with axe again. The theme lays out by CSS media
queries, so a widened page has the layout it would have had if opened at that size; CSS transitions are
switched off so that axe sees final colours at once instead of a fading header."""

from __future__ import annotations

import json

from axe_playwright_python.base import AXE_SCRIPT

from tests.conftest import PHONE

NARROW = {"width": 320, "height": 640}  # the smallest phone WCAG 1.4.10 (reflow) asks for
DESKTOP = {"width": 1280, "height": 800}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})

NO_TRANSITIONS = """document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important; }";
  document.head.append(style);
});"""
# after a resize: let layout run, then wait for any animation still running
SETTLE = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const running = document.getAnimations().filter(a => a.effect && a.effect.getTiming().iterations !== Infinity);
  await Promise.race([Promise.all(running.map(a => a.finished.catch(() => null))), new Promise(d => setTimeout(d, 2000))]);
}"""
# the page's width against the viewport, and the elements that stick out (to say what to fix)
MEASURE_OVERFLOW = """() => {
  const width = window.innerWidth;
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    // inside a container that scrolls or clips sideways: that container is what counts
    let parent = el.parentElement, contained = false;
    while (parent && parent !== document.body) {
      if (getComputedStyle(parent).overflowX !== 'visible') { contained = true; break; }
      parent = parent.parentElement;
    }
    if (!contained) sticking.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
      ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') + ` (${Math.round(box.right)} px)`);
  }
  return {scroll: document.documentElement.scrollWidth, width, sticking: sticking.slice(0, 5)};
}"""


# where the first direction of a guideline page ends (its number and badge), against the screen's height
FIRST_DIRECTION = """() => {
  const head = document.querySelector('article.guideline .directions .direction .direction__head');
  return head ? {bottom: Math.round(head.getBoundingClientRect().bottom), screen: innerHeight} : null;
}"""


def new_page(browser, viewport=PHONE, javascript=True, mobile=False):
    """A page with axe-core injected on every load (no service worker: it would cache the whole site); mobile
    emulation (touch, the meta viewport) if asked."""
    context = browser.new_context(viewport=viewport, locale="da-DK", service_workers="block",
                                  java_script_enabled=javascript, is_mobile=mobile, has_touch=mobile)
    if javascript:
        context.add_init_script(AXE_SCRIPT)
        context.add_init_script(NO_TRANSITIONS)
    return context.new_page()


def axe_lines(page, label: str, within: str | None = None) -> list[str]:
    """Run axe on the page as it is now (or on the elements matching within); one line per failing element."""
    context = json.dumps({"include": [[within]]}) if within else "document"
    found = []
    for rule in page.evaluate(f"() => axe.run({context}, {OPTIONS}).then(r => r.violations)"):
        for node in rule["nodes"]:
            why = " ".join(node.get("failureSummary", "").split("\n")[1:2]).strip()
            found.append(f"{label}: {rule['id']} ({rule['impact']}) {node['target']}: {why}")
    return found


def resize(page, viewport) -> None:
    """Change the viewport and wait until the page has laid itself out for it."""
    page.set_viewport_size(viewport)
    page.evaluate(SETTLE)


def overflow_line(page, path: str) -> str | None:
    """'path: N px wide; sticking out: …' if the page scrolls sideways, else None."""
    result = page.evaluate(MEASURE_OVERFLOW)
    if result["scroll"] <= result["width"]:
        return None
    return f"{path}: {result['scroll']} px wide; sticking out: {', '.join(result['sticking']) or '?'}"


def sweep(browser, base_url: str, paths: list[str]) -> dict[str, list[str]]:
    """Over every path: 'load' (pages that fail to load or show no heading), 'requests' (every URL asked
    for), 'overflow' (pages wider than 320 px), 'axe' (violations at 320 px with mobile emulation and at desktop
    size) and 'first_screen' (guideline pages whose first direction is not on the first 390 × 844 screen)."""
    page = new_page(browser, NARROW, mobile=True)
    requests: set[str] = set()
    page.context.on("request", lambda request: requests.add(request.url))
    failed, overflowing, violations, below = [], [], [], []
    for path in paths:
        page.set_viewport_size(NARROW)
        response = page.goto(base_url + path, wait_until="load")
        if response is None or response.status != 200:
            failed.append(f"{path}: HTTP {response.status if response else 'none'}")
            continue
        if not page.locator("h1").first.is_visible():
            failed.append(f"{path}: no visible heading")
        line = overflow_line(page, path)
        if line:
            overflowing.append(line)
        page.evaluate(SETTLE)
        violations += axe_lines(page, f"320 px {path}")
        resize(page, PHONE)
        first = page.evaluate(FIRST_DIRECTION)
        if first and first["bottom"] > first["screen"]:
            below.append(f"{path}: the first direction ends at {first['bottom']} px, the screen at {first['screen']} px")
        resize(page, DESKTOP)
        violations += axe_lines(page, f"desktop {path}")
    page.context.close()
    return {"load": failed, "requests": sorted(requests), "overflow": overflowing, "axe": violations,
            "first_screen": below}
