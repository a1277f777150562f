"""The municipal overlay: validation messages, boxes beside (never inside) the national text, a real build."""

from __future__ import annotations

import re
import textwrap
from html.parser import HTMLParser

import pytest

from macros.core import links
from macros.model.load import DataError, load_handbook
from macros.model.overlay import ENV_VAR, load_overlay
from macros.render.accessibility import ACCESSIBILITY_PAGE
from macros.render.guideline import render_guideline
from macros.render.local import box_home, render_boxes, render_local_page
from macros.render.printpage import render_print
from tests.conftest import FIXTURE_DATA, REPO, run_build, serve
from tests.docs_pages import render_docs_page

EXAMPLE = REPO / "overlays" / "eksempel-kommune.yml"
SUB_PATH_URL = "https://intra.kommune.example/haandbog/"
FIXTURE_HB = load_handbook(FIXTURE_DATA)
MINIMAL = """\
municipality: Testby Kommune
date: 2026-01-31
boxes:
  - target: 3-4
    title: Vores frist
    updated: 2026-01-15
    text: Vi holder visitationsmøde hver tirsdag. Se [anvisning 3.4.2](3-4.md#anvisning-3.4.2).
  - target: 3.4.2
    title: Første kontakt
    updated: 2026-01-20
    text: Borgerservice sender besked samme dag.
"""


def write(tmp_path, text: str, name: str = "x.yml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(path, hb=FIXTURE_HB) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_overlay(path, hb, f"overlays/{path.name}")
    return caught.value.problems


# --- validation -----------------------------------------------------------------------------------


def test_minimal_overlay_loads(tmp_path):
    overlay = load_overlay(write(tmp_path, MINIMAL), FIXTURE_HB, "overlays/x.yml")
    assert overlay.municipality == "Testby Kommune"
    assert [b.target for b in overlay.boxes_for("3.4.2")] == ["3.4.2"]


def test_unknown_target_names_file_box_and_closest_id(tmp_path):
    text = MINIMAL + "  - {target: 3.4.9, title: T, updated: 2026-01-01, text: x}\n"
    assert problems(write(tmp_path, text)) == [
        "overlays/x.yml: boxes[2].target: unknown guideline or direction '3.4.9'; did you mean '3.4.2'?"
    ]


def test_unknown_target_without_close_match_says_what_an_id_looks_like(tmp_path):
    text = MINIMAL.replace("target: 3-4", "target: kapitel-9")
    assert problems(write(tmp_path, text)) == [
        "overlays/x.yml: boxes[0].target: unknown guideline or direction 'kapitel-9'; "
        "use a guideline id like 3-4 or a direction id like 3.4.2"
    ]


def test_field_errors_name_the_field_and_the_fix(tmp_path):
    text = MINIMAL.replace("municipality: Testby Kommune\n", "").replace("    title: Vores frist", "    titel: Vores frist")
    text += "contact: {name: Centret, email: ikke-en-mail}\n"
    found = problems(write(tmp_path, text))
    assert "overlays/x.yml: municipality: required field missing; add 'municipality: …'" in found
    assert "overlays/x.yml: boxes[0].titel: unknown field; did you mean 'title'?" in found
    assert any(p.startswith("overlays/x.yml: contact.email: 'ikke-en-mail' has the wrong form") for p in found)


def test_bad_date_and_missing_logo(tmp_path):
    text = MINIMAL.replace("updated: 2026-01-20", "updated: i går") + "logo: mangler.svg\n"
    found = problems(write(tmp_path, text))
    assert found[0].startswith("overlays/x.yml: boxes[1].updated: ")
    text = MINIMAL + "logo: mangler.svg\n"
    assert problems(write(tmp_path, text)) == [
        f"overlays/x.yml: logo: file 'mangler.svg' not found next to the overlay; put the logo in {tmp_path}"
    ]


def test_example_overlay_is_valid_against_the_real_data():
    overlay = load_overlay(EXAMPLE, load_handbook(REPO / "data"), "overlays/eksempel-kommune.yml")
    assert overlay.municipality == "Eksempel Kommune"
    assert len(overlay.boxes) >= 4
    assert {len(b.target.split(".")) for b in overlay.boxes} == {1, 3}  # guideline and direction boxes


# --- rendering (pure) ---------------------------------------------------------------------------


def test_box_is_labelled_dated_and_apart_from_the_national_text(tmp_path):
    overlay = load_overlay(write(tmp_path, MINIMAL), FIXTURE_HB, "overlays/x.yml")
    box = render_boxes(FIXTURE_HB, overlay, "3.4.2", "retningslinjer/3-4.md")
    # its own anchor, which the change feed links to (macros/site/feed.py)
    assert box.startswith('<aside class="local-box" id="lokal-3.4.2-1" data-local-target="3.4.2"')
    assert "Sådan gør vi i Testby Kommune" in box
    assert "opdateret 20. januar 2026" in box
    assert "ikke en del af de nationale retningslinjer" in box
    assert render_boxes(FIXTURE_HB, None, "3.4.2", "retningslinjer/3-4.md") == ""


def test_guideline_page_places_boxes_after_their_direction_and_after_the_directions(tmp_path):
    # the answer first (issue 18): the national directions, each followed by its local box, then the guideline's
    # own local box, then the facts
    overlay = load_overlay(write(tmp_path, MINIMAL), FIXTURE_HB, "overlays/x.yml")
    g = FIXTURE_HB.guideline("3-4")
    page = render_guideline(FIXTURE_HB, g, overlay).body
    guideline_box = page.index('data-local-target="3-4"')
    last_direction = page.index(f'id="anvisning-{g.lovkrav_first()[-1].id}"')
    assert page.index("## Anvisninger") < last_direction < guideline_box < page.index('class="guideline-facts"')
    direction = page.index('id="anvisning-3.4.2"')
    box = page.index('data-local-target="3.4.2"')
    assert direction < box
    # the box is not inside the direction: the direction's </div> closes before the box opens
    assert "</div>" in page[direction:box]
    assert render_guideline(FIXTURE_HB, g).body == render_guideline(FIXTURE_HB, g, None).body
    assert "local-box" not in render_guideline(FIXTURE_HB, g).body


def test_box_links_follow_the_box_to_other_pages(tmp_path):
    overlay = load_overlay(write(tmp_path, MINIMAL), FIXTURE_HB, "overlays/x.yml")
    on_guideline = render_boxes(FIXTURE_HB, overlay, "3-4", "retningslinjer/3-4.md")
    assert "(3-4.md#anvisning-3.4.2)" in on_guideline  # written for the guideline page: unchanged there
    printed = render_print(FIXTURE_HB, overlay).body
    box = printed[printed.index('data-local-target="3-4"'):]
    assert "[anvisning 3.4.2](#anvisning-3.4.2)" in box[: box.index("</aside>")]  # in-page on the print page
    local = render_local_page(FIXTURE_HB, overlay).body
    assert "[Vores frist](retningslinjer/3-4.md)" in local
    assert "[Første kontakt](retningslinjer/3-4.md#anvisning-3.4.2)" in local


def test_accessibility_statement_national_defaults_and_overlay_facts():
    hb = load_handbook(REPO / "data")
    national = render_docs_page(ACCESSIBILITY_PAGE, hb)
    assert "# Tilgængelighedserklæring" in national
    assert 'data-organisation="national"' in national and "Denne side er den nationale udgaves erklæring" in national
    assert "https://www.was.digst.dk/" in national
    assert "WCAG 2.1" in national
    assert "kontakt den kommune eller organisation, der har givet dig adgang" in national
    assert "senest gennemgået 22. november 2026" in national  # the date in the page's front matter
    overlay = load_overlay(EXAMPLE, hb, "overlays/eksempel-kommune.yml")
    local = render_docs_page(ACCESSIBILITY_PAGE, hb, overlay=overlay)
    assert 'data-organisation="Eksempel Kommune"' in local and "Eksempel Kommune stiller denne udgave" in local
    assert "nationale udgaves erklæring" not in local
    assert f"WAS-Tool: [{overlay.accessibility.statement_url}]({overlay.accessibility.statement_url})" in local
    assert "webtilgaengelighed@eksempel-kommune.example" in local
    assert overlay.accessibility.known_issues.strip() in local
    assert "senest gennemgået 15. oktober 2026" in local


def test_accessibility_statement_escapes_the_municipality_and_leaves_out_what_the_overlay_lacks(tmp_path):
    overlay = load_overlay(write(tmp_path, MINIMAL.replace("Testby Kommune", "Testby *Kommune*")), FIXTURE_HB,
                           "overlays/x.yml")
    page = render_docs_page(ACCESSIBILITY_PAGE, FIXTURE_HB, overlay=overlay)
    assert "Testby &#42;Kommune&#42; stiller denne udgave" in page
    assert "WAS-Tool" not in page.split("## Mål for tilgængelighed")[0]  # no statement link given
    assert "kontakt den kommune eller organisation, der har givet dig adgang" in page  # no contact given
    assert "senest gennemgået 31. januar 2026" in page  # the overlay's own date


# --- the real build with the example overlay ----------------------------------------------------


@pytest.fixture(scope="module")
def local_site(tmp_path_factory):
    dest = tmp_path_factory.mktemp("local-site")
    # a municipality's real setup: its overlay, hosted under a sub-path of its intranet
    result = run_build(dest, env={ENV_VAR: str(EXAMPLE), "HANDBOOK_SITE_URL": SUB_PATH_URL})
    assert result.returncode == 0, result.stderr[-3000:]
    return dest


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.ids += [v for k, v in attrs if k == "id" and v]


def page_html(site, src_path: str) -> str:
    return (site / links.url_path(src_path) / "index.html").read_text(encoding="utf-8")


def test_build_with_overlay_adds_local_page_footer_logo_and_boxes(local_site):
    overlay = load_overlay(EXAMPLE, load_handbook(REPO / "data"), "overlays/eksempel-kommune.yml")
    assert (local_site / "assets/lokal/logo.svg").is_file()
    assert "Sådan gør vi i Eksempel Kommune" in page_html(local_site, "lokalt.md")
    for html in (page_html(local_site, "index.md"), page_html(local_site, "retningslinjer/3-7.md")):
        assert 'data-municipality="Eksempel Kommune"' in html
        assert "Sådan gør vi i Eksempel Kommune</a>" in html  # nav and footer link
    hb = load_handbook(REPO / "data")
    for box in overlay.boxes:
        assert page_html(local_site, box_home(hb, box.target)).count(f'data-local-target="{box.target}"') == 1, box.target
    printed = page_html(local_site, "udskriv.md")
    assert printed.count('class="local-box"') == len(overlay.boxes)
    ids = _Ids()
    ids.feed(printed)
    assert len(ids.ids) == len(set(ids.ids)), "duplicate ids on the print page"
    statement = page_html(local_site, "tilgaengelighed.md")
    assert "Eksempel Kommune" in statement and "https://was.digst.dk/eksempel-kommune-example" in statement


def test_404_page_of_a_sub_path_build_loads_its_files_from_the_sub_path(local_site, browser):
    html = (local_site / "404.html").read_text(encoding="utf-8")
    rooted = re.findall(r'\s(?:href|src)="(/[^/"][^"]*)"', html)
    assert rooted and all(link.startswith("/haandbog/") for link in rooted), rooted[:5]
    # served the way nginx' error_page does: the 404 body at an unknown, deep address
    server, url = serve(local_site, "/haandbog")
    page = browser.new_page()
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    try:
        page.route("**/findes/ikke/her/", lambda route: route.fulfill(status=404, body=html, content_type="text/html"))
        page.goto(url + "findes/ikke/her/")
        assert failed == [url + "findes/ikke/her/"]
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    finally:
        page.close()
        server.shutdown()


def test_build_without_overlay_has_no_local_traces(site):
    assert not (site / "lokalt").exists()
    assert "handbook-local" not in (site / "index.html").read_text(encoding="utf-8")
    assert "local-box" not in page_html(site, "retningslinjer/3-4.md")


def test_bad_overlay_stops_the_build_with_the_message(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("target: 3.5.7", "target: 3.5.77"), encoding="utf-8")
    result = run_build(tmp_path / "site", env={ENV_VAR: str(bad)})
    assert result.returncode != 0
    assert re.search(r"bad\.yml: boxes\[\d+\]\.target: unknown guideline or direction '3\.5\.77'", result.stderr)
    assert "Traceback" not in result.stderr


def test_boxes_appear_where_they_belong_in_the_browser(local_site, phone):
    server, url = serve(local_site)
    try:
        phone.goto(url + "retningslinjer/3-4/")
        placement = phone.evaluate("""() => {
            const box = document.querySelector('[data-local-target="3.4.2"]');
            const prev = box.previousElementSibling;
            const guidelineBox = document.querySelector('[data-local-target="3-4"]');
            const facts = document.querySelector('.guideline-facts');
            return {
              after: prev && prev.dataset.direction,
              inside: !!box.closest('.direction'),
              guidelineBoxBeforeFacts: !!(guidelineBox.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING),
              label: box.querySelector('.local-box__label').innerText,
              tag: box.tagName,
            };
        }""")
        assert placement == {"after": "3.4.2", "inside": False, "guidelineBoxBeforeFacts": True,
                             "label": "SÅDAN GØR VI I EKSEMPEL KOMMUNE", "tag": "ASIDE"}
        box = phone.locator('[data-local-target="3.4.2"]')
        assert box.is_visible()
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
    finally:
        server.shutdown()
