"""links.rebase: Markdown written for one page keeps working on another."""

from __future__ import annotations

import itertools
import posixpath
import re

from macros.core import links


def test_rebase_rewrites_relative_targets_and_keeps_absolute_ones():
    text = ("Se [3.5](3-5.md), [her](#anvisning-3.4.2), [SEL](../love/sel-101.md#stk-4 \"titel\"), "
            "[ekstern](https://example.org/a) og [ord](../ordliste.md#term-mi).")
    assert links.rebase(text, "retningslinjer/3-4.md", "lovkrav.md") == (
        "Se [3.5](retningslinjer/3-5.md), [her](retningslinjer/3-4.md#anvisning-3.4.2), "
        "[SEL](love/sel-101.md#stk-4 \"titel\"), [ekstern](https://example.org/a) og [ord](ordliste.md#term-mi)."
    )


def test_rebase_to_the_same_page_changes_nothing_and_siblings_get_a_path():
    assert links.rebase("[a](3-5.md) [b](#x)", "retningslinjer/3-4.md", "retningslinjer/3-4.md") == "[a](3-5.md) [b](#x)"
    assert links.rebase("[a](3-5.md)", "retningslinjer/3-4.md", "principper/helhed.md") == "[a](../retningslinjer/3-5.md)"
    assert links.rebase("[a](3-4.md)", "retningslinjer/3-4.md", "retningslinjer/3-4.md") == "[a](3-4.md)"


def test_relative_targets_are_what_posixpath_relpath_gives():
    pages = ["index.md", "ordliste.md", "retningslinjer/3-4.md", "retningslinjer/index.md", "redaktoer/felter.md",
             "a/b/c.md", "a/b/d/e.md", "a/x.md", "../ude.md", "./ordliste.md", "a//b.md"]
    for from_page, to_page in itertools.product(pages, repeat=2):
        expected = "" if from_page == to_page else posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
        assert links.relative(from_page, to_page) == expected, (from_page, to_page)
        assert links.relative(from_page, to_page, "x") == f"{expected}#x"


def test_phase_links_point_at_the_navigator():
    assert links.to_phase("retningslinjer/3-4.md", "afdaekning") == "../hvor-er-borgeren.md#fase-afdaekning"


# --- Link integrity of the real build (issue 10): a crawl of every built page, beyond MkDocs' own validation.


def _crawl(site_dir):
    """Every built HTML page parsed once: {path relative to the site root: Page}."""
    from tests.site_crawl import parse_page

    return {html.relative_to(site_dir).as_posix(): parse_page(html.read_text(encoding="utf-8"), html.relative_to(site_dir).as_posix())
            for html in sorted(site_dir.rglob("*.html"))}


def test_every_internal_link_and_anchor_in_the_built_site_resolves(site):
    from tests.site_crawl import is_checked, resolve

    pages = _crawl(site)
    assert len(pages) > 40
    checked, broken = 0, []
    for path, page in pages.items():
        for ref in page.references:
            if not is_checked(ref.url):
                continue
            checked += 1
            target, fragment = resolve(site, path, ref.url)
            if target is None:
                broken.append(f"{path}: {ref.tag} {ref.url!r}: no such file")
            elif fragment and target.suffix == ".html":
                ids = pages[target.relative_to(site).as_posix()].ids
                if fragment not in ids:
                    broken.append(f"{path}: {ref.tag} {ref.url!r}: no element with id {fragment!r}")
    assert checked > 1000
    assert broken == [], f"{len(broken)} broken internal links:\n" + "\n".join(broken[:60])


# hosts that serve scripts, styles and fonts: a script that names one could load from it at run time
CDN = re.compile(r"https?://(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.(?:googleapis|gstatic)\.com)"
                 r"[^\"'`\s)]*")


def test_no_page_stylesheet_or_script_loads_anything_from_another_host(site):
    from tests.site_crawl import css_references, is_checked, is_external, resolve

    pages = _crawl(site)
    external, missing = [], []
    for path, page in pages.items():
        external += [f"{path}: {r.tag} {r.url}" for r in page.references if r.loaded and is_external(r.url)]
    for css in sorted(site.rglob("*.css")):
        rel = css.relative_to(site).as_posix()
        for ref in css_references(css.read_text(encoding="utf-8"), rel):
            if is_external(ref.url):
                external.append(f"{rel}: {ref.url}")
            elif is_checked(ref.url) and resolve(site, rel, ref.url)[0] is None:
                missing.append(f"{rel}: {ref.url}")
    for script in sorted(site.rglob("*.js")):  # Material's bundle names two; the build removes them (macros/site/offline.py)
        external += [f"{script.relative_to(site)}: {url}" for url in CDN.findall(script.read_text(encoding="utf-8"))]
    assert external == [], "resources from other hosts (the handbook must work offline):\n" + "\n".join(external)
    assert missing == [], "stylesheets refer to files that are not in the site:\n" + "\n".join(missing)
