"""Browser: principle matrix, lovkrav lens and toggle, pathway navigator, date helper, copy citation."""

from __future__ import annotations

import calendar
import datetime
from html import escape

import pytest

from macros.core import links
from macros.model.load import load_handbook
from macros.render.citation import CITATION_SOURCE, citation_text, direction_citation
from macros.render.pathway import phase_directions
from tests.conftest import PHONE, REPO
from tests.page_sweep import NARROW
from tests.test_site import elements

HB = load_handbook(REPO / "data")
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def url(base_url: str, src_path: str) -> str:
    return base_url + links.url_path(src_path)


def no_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def visible_ids(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(
        selector, "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.direction)"
    )


# ---- Oracle for the date helper: Python's calendar, written independently of assets/handbook.js ----

def add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def long_da(day: datetime.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} den {day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_da(day: datetime.date) -> str:
    return day.strftime("%d.%m.%Y")


# ---- Principle matrix ----

def test_matrix_shows_all_principles_and_every_guideline_with_the_right_counts(site, base_url, phone):
    phone.goto(url(base_url, links.MATRIX_PAGE))
    principles = phone.eval_on_selector_all("th.matrix__principle", "els => els.map(e => e.dataset.principle)")
    built_principles = sorted(
        p.parent.name for p in (site / "principper").glob("*/index.html") if p.parent.name != "matrix"
    )
    assert len(principles) == 7 and sorted(principles) == built_principles
    rows = phone.eval_on_selector_all("tr.matrix__row", "els => els.map(e => e.dataset.guideline)")
    built_guidelines = sorted(p.parent.name for p in (site / "retningslinjer").glob("*/index.html"))
    assert sorted(rows) == built_guidelines and len(rows) == len(HB.guidelines)
    cells = phone.eval_on_selector_all(
        "td.matrix__cell[data-count] a", "els => els.map(a => [a.href, +a.closest('td').dataset.count])"
    )
    assert cells, "no cell links"
    # every cell links to the principle page's section on that guideline, which lists exactly that many directions
    by_page: dict[str, dict[str, int]] = {}
    for href, count in cells:
        page_url, _, anchor = href.partition("#")
        by_page.setdefault(page_url, {})[anchor] = count
    for page_url, expected in by_page.items():
        phone.goto(page_url, wait_until="domcontentloaded")
        listed = phone.evaluate(
            """ids => Object.fromEntries(ids.map(id => { const h = document.getElementById(id);
                  let n = h && h.nextElementSibling;
                  while (n && n.tagName !== 'UL') n = n.nextElementSibling;
                  return [id, n ? n.querySelectorAll(':scope > li a[href*="#anvisning-"]').length : -1]; }))""",
            list(expected),
        )
        assert listed == expected, page_url


def test_matrix_is_a_list_on_a_320px_phone_without_page_overflow(base_url, browser):
    context = browser.new_context(viewport=NARROW, locale="da-DK")
    page = context.new_page()
    page.goto(url(base_url, links.MATRIX_PAGE))
    assert no_overflow(page)
    assert page.locator("caption").is_visible()
    assert page.locator("tr.matrix__row").first.evaluate("e => getComputedStyle(e).display") == "block"
    assert page.locator("td.matrix__cell--empty").first.is_hidden()
    assert page.locator("td.matrix__cell[data-count] a").first.is_visible()
    context.close()


# ---- Lovkrav lens ----

def test_lovkrav_page_lists_exactly_the_lovkrav_marked_on_the_guideline_pages(site, base_url, phone):
    marked = []  # (direction id, URL path of its page), read from the built HTML of every guideline page
    for html in sorted((site / "retningslinjer").glob("*/index.html")):
        path = "/" + html.relative_to(site).parent.as_posix() + "/"
        marked += [(e["data-direction"], path) for e in elements(html.read_text(encoding="utf-8"))
                   if "direction" in e.get("class", "").split() and e.get("data-kind") == "lovkrav"]
    assert marked, "no lovkrav on any guideline page"
    phone.goto(url(base_url, links.LOVKRAV_PAGE))
    listed = phone.eval_on_selector_all(
        ".lens-phases li[data-direction]",
        """els => els.map(li => [li.dataset.direction, li.dataset.kind, li.querySelector('a').href,
                                 [...li.querySelectorAll('a')].some(a => a.pathname.includes('/love/'))])""",
    )
    ids = [item[0] for item in listed]
    assert len(ids) == len(set(ids)), "a lovkrav is listed twice"
    assert sorted(ids) == sorted(d for d, _ in marked)
    where = dict(marked)
    for direction, kind, href, has_law_link in listed:
        assert kind == "lovkrav"
        assert href.endswith(f"{where[direction]}#{links.direction_anchor(direction)}"), href
        assert has_law_link, f"{direction} has no link to its law"
    # grouped by phase in pathway order, the whole-course group last
    groups = phone.eval_on_selector_all(".lens-phases h2", "els => els.map(e => e.id)")
    phases = [links.phase_anchor(p.id) for p in sorted(HB.phases, key=lambda p: p.order)]
    assert groups[:-1] == [g for g in phases if g in groups] and groups[-1] == links.NO_PHASE_ANCHOR


# ---- Pathway navigator ----

def test_choosing_a_phase_shows_only_it_with_its_directions_lovkrav_first(base_url, phone):
    phone.goto(url(base_url, links.PATHWAY_PAGE))
    sections = phone.locator(".pathway-phase")
    assert sections.count() == len(HB.phases) == 7
    for phase in sorted(HB.phases, key=lambda p: p.order):
        phone.click(f".pathway-chooser a[href='#{links.phase_anchor(phase.id)}']")
        shown = phone.eval_on_selector_all(".pathway-phase", "els => els.filter(e => !e.hidden).map(e => e.dataset.phase)")
        assert shown == [phase.id]
        assert phone.locator(f".pathway-chooser a[href='#{links.phase_anchor(phase.id)}']").get_attribute("aria-current") == "step"
        ids = visible_ids(phone, ".pathway-directions > li")
        assert ids == [d.id for _, d in phase_directions(HB, phase.id)]
        kinds = phone.eval_on_selector_all(
            f".pathway-phase[data-phase='{phase.id}'] .pathway-directions > li", "els => els.map(e => e.dataset.kind)"
        )
        assert kinds == sorted(kinds, key=lambda k: k != "lovkrav"), "lovkrav must come first"
        assert phone.url.endswith("#" + links.phase_anchor(phase.id))
    phone.click("button.pathway-all")
    assert phone.eval_on_selector_all(".pathway-phase", "els => els.every(e => !e.hidden)")


def test_a_link_to_a_phase_opens_that_phase(base_url, phone):
    phone.goto(url(base_url, links.PATHWAY_PAGE) + "#" + links.phase_anchor("efter-udskrivning"))
    shown = phone.eval_on_selector_all(".pathway-phase", "els => els.filter(e => !e.hidden).map(e => e.dataset.phase)")
    assert shown == ["efter-udskrivning"]
    deadlines = phone.locator(".pathway-phase[data-phase='efter-udskrivning'] a[href*='bek-1477-4']")
    assert deadlines.count() >= 1
    # a link into a hidden phase (e.g. from the table of contents) opens that phase
    phone.evaluate("location.hash = '#fase-afdaekning-anvisninger'")
    phone.wait_for_function("!document.querySelector(\".pathway-phase[data-phase='afdaekning']\").hidden")
    shown = phone.eval_on_selector_all(".pathway-phase", "els => els.filter(e => !e.hidden).map(e => e.dataset.phase)")
    assert shown == ["afdaekning"]
    assert phone.locator("#fase-afdaekning-anvisninger").is_visible()


GUARANTEE_CASES = [
    datetime.date(2027, 2, 5),    # the example on the page
    datetime.date(2027, 12, 25),  # across the year end
    datetime.date(2028, 2, 20),   # across a leap day
    datetime.date(2027, 2, 20),   # across a common February
    datetime.date(2027, 1, 1),
]
FOLLOW_UP_CASES = [
    datetime.date(2027, 1, 31),   # 1 month -> 28 Feb (clamped), 6 months -> 31 Jul
    datetime.date(2028, 1, 31),   # leap year: -> 29 Feb 2028
    datetime.date(2027, 8, 31),   # 1 month -> 30 Sep, 6 months -> 29 Feb 2028
    datetime.date(2028, 2, 29),   # from a leap day
    datetime.date(2027, 12, 15),  # across the year end
    datetime.date(2027, 3, 31),   # -> 30 Apr, 30 Sep
]


@pytest.mark.parametrize("request_date", GUARANTEE_CASES, ids=str)
def test_date_helper_gives_the_latest_start_under_the_guarantee(base_url, phone, request_date):
    phone.goto(url(base_url, links.PATHWAY_PAGE))
    phone.fill("#dato-henvendelse", request_date.isoformat())
    result = phone.locator("#datohjaelper-garanti [data-date-result]")
    start = request_date + datetime.timedelta(days=14)
    assert result.get_attribute("aria-live") == "polite"
    text = result.inner_text()
    assert f"senest {long_da(start)} ({short_da(start)})" in text
    assert "14 kalenderdage" in text and "SEL § 101, stk. 4" in text
    assert ("Håndbogen kender ingen regel" in text) == (start.weekday() >= 5)


@pytest.mark.parametrize("discharge", FOLLOW_UP_CASES, ids=str)
def test_date_helper_gives_the_follow_up_dates(base_url, phone, discharge):
    phone.goto(url(base_url, links.PATHWAY_PAGE))
    phone.fill("#dato-udskrivning", discharge.isoformat())
    text = phone.locator("#datohjaelper-opfoelgning [data-date-result]").inner_text()
    first, second = add_months(discharge, 1), add_months(discharge, 6)
    assert f"1. opfølgning senest {long_da(first)} ({short_da(first)})" in text
    assert f"2. opfølgning {long_da(second)} ({short_da(second)})" in text
    assert "BEK 1477/2019 § 4, stk. 2" in text
    assert ("månedens sidste dag" in text) == (first.day != discharge.day or second.day != discharge.day)


def test_date_logic_matches_the_calendar_for_every_day_of_three_years(base_url, phone):
    phone.goto(url(base_url, links.PATHWAY_PAGE))
    start = datetime.date(2026, 12, 1)
    days = [start + datetime.timedelta(days=n) for n in range(3 * 366)]
    computed = phone.evaluate(
        """isos => isos.map(iso => { const D = HandbookDates, d = D.parseIso(iso);
              return [D.formatShort(D.addDays(d, 14)), D.formatShort(D.addMonths(d, 1)),
                      D.formatShort(D.addMonths(d, 6)), D.formatLong(d)]; })""",
        [d.isoformat() for d in days],
    )
    expected = [
        [short_da(d + datetime.timedelta(days=14)), short_da(add_months(d, 1)), short_da(add_months(d, 6)), long_da(d)]
        for d in days
    ]
    assert computed == expected
    assert phone.evaluate("['2027-02-29', '2027-13-01', 'x', ''].map(v => HandbookDates.parseIso(v))") == [None] * 4


def test_date_helper_states_its_rules_beside_the_result(base_url, phone):
    phone.goto(url(base_url, links.PATHWAY_PAGE))
    rules = phone.locator(".date-helper__rules").all_inner_texts()
    text = " ".join(rules)
    for needle in ["kalenderdage", "Det siger loven:", "Det siger loven ikke:", "SEL § 101, stk. 4",
                   "BEK 1477/2019 § 4, stk. 2", "kommunens egen praksis", "månedens sidste dag"]:
        assert needle in text
    assert phone.locator("label[for='dato-henvendelse']").is_visible()
    assert phone.locator(".date-helper__nojs").is_hidden()


# ---- Lovkrav toggle on guideline pages ----

MIXED = next(
    g for g in HB.guidelines
    if any(d.kind == "lovkrav" for d in g.directions) and any(d.kind == "anbefaling" for d in g.directions)
)
# the page lists lovkrav first, each group in data order (a stable sort: the oracle, not the renderer's code)
MIXED_ORDER = [d.id for d in sorted(MIXED.directions, key=lambda d: d.kind != "lovkrav")]


def test_lovkrav_toggle_shows_only_lovkrav_and_back(base_url, phone):
    phone.goto(url(base_url, links.page("guideline", MIXED.id)))
    toggle = phone.locator("button.lovkrav-toggle")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert toggle.get_attribute("aria-controls") == links.DIRECTIONS_ANCHOR
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    lovkrav = [d.id for d in MIXED.directions if d.kind == "lovkrav"]
    assert visible_ids(phone, ".directions .direction") == lovkrav
    assert "lovkrav" in phone.locator(".lovkrav-status").inner_text()
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "false"
    assert visible_ids(phone, ".directions .direction") == MIXED_ORDER


def test_pages_read_well_with_javascript_off(base_url, browser):
    context = browser.new_context(viewport=NARROW, locale="da-DK", java_script_enabled=False)
    page = context.new_page()
    page.goto(url(base_url, links.page("guideline", MIXED.id)))
    assert page.locator("button.lovkrav-toggle").count() == 0
    box = page.locator(".lovkrav-filter")
    assert box.is_visible() and "Lovkrav i denne retningslinje" in box.inner_text()
    anchors = box.locator("a[href^='#anvisning-']").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert anchors == [f"#{links.direction_anchor(d.id)}" for d in MIXED.directions if d.kind == "lovkrav"]
    assert visible_ids(page, ".directions .direction") == MIXED_ORDER
    # the box and the directions fit the phone (the theme's own header is not this feature's business)
    assert page.eval_on_selector_all(
        ".lovkrav-filter, .directions, .direction", "els => els.every(e => e.getBoundingClientRect().right <= innerWidth)"
    )

    page.goto(url(base_url, links.PATHWAY_PAGE))
    assert page.eval_on_selector_all(".pathway-phase", "els => els.filter(e => e.offsetParent !== null).length") == 7
    assert page.locator(".date-helper__nojs").is_visible()
    assert page.locator("form.date-helper").first.is_hidden()
    assert "kalenderdage" in page.locator(".date-helper__rules").first.inner_text()
    assert no_overflow(page)

    for src in (links.MATRIX_PAGE, links.LOVKRAV_PAGE):
        page.goto(url(base_url, src))
        assert page.locator("h1").is_visible() and no_overflow(page)
    context.close()


def test_date_helper_with_a_result_does_not_overflow_a_320px_phone(base_url, browser):
    # every page as it loads is measured in tests/test_every_page_browser.py; this is the state after use
    context = browser.new_context(viewport=NARROW, locale="da-DK")
    page = context.new_page()
    page.goto(url(base_url, links.PATHWAY_PAGE))
    page.fill("#dato-udskrivning", "2027-01-31")
    assert no_overflow(page)
    context.close()


# ---- Copy citation ----

def test_copy_citation_puts_the_citation_and_permanent_link_on_the_clipboard(base_url, browser):
    context = browser.new_context(viewport=PHONE, locale="da-DK", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    g = MIXED
    page_url = url(base_url, links.page("guideline", g.id))
    page.goto(page_url)
    # the theme's clipboard integration copies; its notice is a live region (a11y section of handbook.js)
    notice = page.locator("[data-md-component=dialog] .md-dialog__inner[role=status]")
    for d in (g.directions[0], g.directions[-1]):
        direction = page.locator(f"[id='{links.direction_anchor(d.id)}']")
        assert direction.get_attribute("data-citation") == direction_citation(g, d)
        button = direction.locator("button.direction__cite")
        assert button.evaluate("b => b.textContent") == f"Kopiér henvisning til anvisning {d.id}"
        page.evaluate("navigator.clipboard.writeText('')")
        button.click()
        expected = f"{citation_text(g, d)} {page_url}#{links.direction_anchor(d.id)}"
        page.wait_for_function("t => navigator.clipboard.readText().then(x => x === t)", arg=expected)
        assert notice.inner_text() == "Kopieret til udklipsholderen"
    context.close()


def test_every_direction_on_every_guideline_page_carries_its_citation(site):
    for g in HB.guidelines:
        built = (site / links.url_path(links.page("guideline", g.id)) / "index.html").read_text(encoding="utf-8")
        for d in g.directions:
            assert f'data-citation="{escape(direction_citation(g, d))}"' in built, d.id
        assert built.count(f'data-citation-source="{escape(CITATION_SOURCE)}"') == 1, g.id
