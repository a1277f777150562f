"""Our own CSS and JS: one stylesheet and one script on every page, the tools' script only on pages with a tool,
and each feature runs only where it is used."""

from __future__ import annotations

import re

import yaml

from macros.core import links
from macros.core.links import TOOLS_JS
from macros.model.load import load_handbook
from macros.site.pages import generated_pages
from tests.conftest import PHONE, REPO, page_file, site_pages
from tests.docs_pages import macro_pages, render_with_state

LOADED = re.compile(r'(?:href|src)="(?:\.\./)*(assets/[^"]+\.(?:css|js))"')
# the theme's own CSS and JS (hashed names) are Material's business; these are ours
OURS = {"assets/handbook.css", "assets/handbook.js"}
# the markup of the self-assessment, "Hvor er borgeren nu?" and its date helper, and a course module
TOOL_MARKERS = ('class="checklist"', "data-pathway-chooser", "data-date-tool", 'class="course"')


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and !!python tags: read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def _loaded(site, path: str) -> set[str]:
    found = set(LOADED.findall(page_file(site, path).read_text(encoding="utf-8")))
    return {f for f in found if not f.startswith(("assets/stylesheets/", "assets/javascripts/"))}


def test_one_stylesheet_and_one_script_for_every_page_and_docs_has_no_other():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    assert config["extra_css"] == ["assets/handbook.css"]
    # handbook.js comes from overrides/main.html, before the theme's bundle; nothing else is added to every page
    assert not config.get("extra_javascript")
    assert "palette" not in config["theme"]  # a palette costs a second theme stylesheet on every page
    files = {p.relative_to(REPO / "docs").as_posix() for p in (REPO / "docs" / "assets").glob("*.*")}
    # besides the tools' script, two load only when needed: the zip's Worker shim (only `make zip`, macros/site/offline.py)
    # and the search help (when search is first used, by the search section of handbook.js)
    assert files == OURS | {TOOLS_JS, "assets/iframe-worker.js", "assets/search-help.js"}


def test_handbook_js_runs_just_before_the_theme_bundle_which_needs_its_storage_helpers(site):
    html = page_file(site, "retningslinjer/3-4/").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="(?:\.\./)*([^"]+)"', html)
    bundle = next(i for i, s in enumerate(scripts) if s.startswith("assets/javascripts/bundle."))
    assert scripts[bundle - 1] == "assets/handbook.js"
    assert "<script>" not in html  # no inline script: the documented Content-Security-Policy forbids them


def test_the_pages_with_a_tool_say_so_in_their_page_value_or_through_their_macros():
    hb = load_handbook(REPO / "data")
    pages = generated_pages(hb)
    with_tools = {path for path, page in pages.items() if TOOLS_JS in page.assets}
    assert with_tools == {links.page("course", c.id) for c in hb.courses}
    assert all(page.assets <= {TOOLS_JS} for page in pages.values())
    # the hand-written pages get the script from the macros that place a tool on them
    assets = {}
    for path in macro_pages():
        assets.update(render_with_state(path, hb)[1].page_assets)
    assert assets == {links.CHECKLIST_PAGE: {TOOLS_JS}, links.PATHWAY_PAGE: {TOOLS_JS}}


def test_every_page_loads_our_stylesheet_and_scripts_and_the_tools_only_where_a_tool_is(site):
    wrong, with_tools = {}, []
    for path in site_pages(site):
        html = page_file(site, path).read_text(encoding="utf-8")
        has_tool = any(marker in html for marker in TOOL_MARKERS)
        if _loaded(site, path) != OURS | ({TOOLS_JS} if has_tool else set()):
            wrong[path] = sorted(_loaded(site, path))
        if has_tool:
            with_tools.append(path)
    assert wrong == {}
    # the three tools' pages and the course modules; never a guideline page
    assert {"selvevaluering/", "hvor-er-borgeren/"} <= set(with_tools)
    assert any(p.startswith("kurser/") for p in with_tools)
    assert not any(p.startswith("retningslinjer/") for p in with_tools)


def _features_running(page) -> dict[str, bool]:
    return page.evaluate("""() => ({
        checklist: document.documentElement.classList.contains('checklist-ready'),
        favourites: document.documentElement.classList.contains('favourites-ready'),
        projector: !!document.querySelector('.projector-bar'),
        citation: !!document.querySelector('button.direction__cite'),
        pathway: !!document.querySelector('form.date-helper:not([hidden])'),
    })""")


def test_each_feature_runs_only_on_pages_with_its_markup(site, base_url, browser):
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="block")
    page = context.new_page()
    try:
        page.goto(base_url + "retningslinjer/2-1/")
        assert _features_running(page) == {
            "checklist": False, "favourites": True, "projector": False, "citation": True, "pathway": False}
        page.goto(base_url + "ordliste/")
        assert not any(_features_running(page).values())
        page.goto(base_url + "selvevaluering/")
        assert _features_running(page)["checklist"]
        page.goto(base_url + "hvor-er-borgeren/")
        assert _features_running(page)["pathway"]
    finally:
        context.close()
