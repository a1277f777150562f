"""Print: the whole handbook on one page (pure renderer and real PDF), and print CSS on every page."""

from __future__ import annotations

import io
import re
from collections import Counter
from html.parser import HTMLParser

from pypdf import PdfReader

from macros.core import links
from macros.model.load import load_handbook
from macros.render.printpage import PRINT_PAGE, render_print
from tests.conftest import FIXTURE_DATA, REPO

HB = load_handbook(REPO / "data")
FIXTURE_HB = load_handbook(FIXTURE_DATA)
INTRO = (
    "Brug af håndbogen",
    "introduktion/brug.md",
    "---\ntitle: Brug\n---\n# Brug af håndbogen\n\nSe [3.4](../retningslinjer/3-4.md), "
    "[fristen](../love/sel-101.md#stk-4), [om](../om/index.md) og [ordet](../ordliste.md#term-serviceloven).\n\n"
    "## Afsnit\n\n```\n# ikke en overskrift\n```\n",
)


def normalised(text: str) -> str:
    """Text with runs of whitespace as single spaces, hyphenation at line ends undone."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text))


def pdf_text(pdf: bytes) -> tuple[int, str]:
    """(number of pages, all text) of a PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), normalised(" ".join(page.extract_text() for page in reader.pages))


# --- the renderer (pure) ------------------------------------------------------------------------


def test_print_page_holds_every_guideline_and_direction_in_order():
    page = render_print(HB).body
    positions = [page.index(f"{{ #retningslinje-{g.id} .print-guideline }}") for g in HB.guidelines]
    assert positions == sorted(positions)
    for _, d in HB.directions():
        assert page.count(f'id="anvisning-{d.id}"') == 1, d.id
    for law in HB.laws:
        assert f"{{ #lov-{law.id} }}" in page
    for p in HB.principles:
        assert f"{{ #princip-{p.id} }}" in page


def test_links_to_printed_records_become_in_page_anchors():
    page = render_print(FIXTURE_HB, narrative=(INTRO,)).body
    assert "(#retningslinje-3-4)" in page
    assert "(#lov-sel-101-stk-4)" in page  # a direction's law reference and the intro's link
    assert "(#term-serviceloven)" in page
    assert "(om/index.md)" in page  # not printed: stays a link to its page, rebased to the print page
    assert not re.search(r"\]\((\.\./)?retningslinjer/3-4\.md", page)


def test_narrative_pages_are_included_under_the_part_heading():
    page = render_print(FIXTURE_HB, narrative=(INTRO,)).body
    assert "## Introduktion { #introduktion .print-part }" in page
    assert "### Brug af håndbogen { #intro-introduktion-brug }" in page
    assert "#### Afsnit" in page  # the page's h2 moved below the part and page headings
    assert "# ikke en overskrift" in page and "### ikke en overskrift" not in page  # code is left alone
    assert "title: Brug" not in page
    assert "render_macros" not in page


def test_print_page_is_never_a_template():
    # the hook renders an introduction page's own macros first; Jinja never runs over the data on the print page
    rendered_intro = ("Forside", "introduktion/index.md", "# X\n\nDer er 19 retningslinjer.\n")
    assert "render_macros" not in render_print(FIXTURE_HB, narrative=(rendered_intro,)).body


def test_print_page_is_rendered_by_the_page_generator():
    from macros.site.pages import generated_pages

    assert PRINT_PAGE in generated_pages(FIXTURE_HB)


# --- the real site --------------------------------------------------------------------------------


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = Counter()

    def handle_starttag(self, tag, attrs):
        self.ids.update(v for k, v in attrs if k == "id" and v)


def test_built_print_page_has_unique_ids_and_is_not_in_search(site):
    html = (site / links.url_path(PRINT_PAGE) / "index.html").read_text(encoding="utf-8")
    parser = _Ids()
    parser.feed(html)
    assert [i for i, n in parser.ids.items() if n > 1] == []
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert f'"location":"{links.url_path(PRINT_PAGE)}' not in index.replace(" ", "")


def test_pdf_of_the_print_page_contains_the_whole_handbook(base_url, browser):
    page = browser.new_page()
    try:
        page.goto(base_url + links.url_path(PRINT_PAGE))
        pages, text = pdf_text(page.pdf(format="A4"))
    finally:
        page.close()
    assert pages > 40
    for g in HB.guidelines:
        # once in the contents, once as the section heading
        assert text.count(normalised(f"{g.number} {g.title}")) >= 2, g.title
    missing = [d.id for _, d in HB.directions() if d.id not in text]
    assert missing == []
    for law in HB.laws:
        assert f"{law.abbreviation} {law.paragraph}" in text
    assert "Uofficiel digital udgave" in text  # the footer's source notice prints, too
    assert "Søg" not in text.split("Hele håndbogen", 1)[0]  # no header or search before the title


def test_every_page_prints_without_navigation_and_with_folded_content_open(base_url, browser):
    page = browser.new_page()
    try:
        page.goto(base_url + links.url_path(links.page("guideline", HB.guidelines[0].id)))
        page.evaluate("""() => {
            const d = document.createElement('details');
            d.innerHTML = '<summary>Mere</summary><p>Skjult tekst som skal med på papiret</p>';
            document.querySelector('article').append(d);
        }""")
        page.emulate_media(media="print")
        hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-search']
            .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)""")
        assert hidden and set(hidden) == {"none"}
        external = page.evaluate("""() => {
            const a = [...document.querySelectorAll('article a[href^="http"]')][0];
            return a ? [a.href, getComputedStyle(a, '::after').content] : null }""")
        assert external and external[0] in external[1]
        _, text = pdf_text(page.pdf(format="A4"))
        assert "Skjult tekst som skal med på papiret" in text
        assert HB.guidelines[0].title in text
    finally:
        page.close()
