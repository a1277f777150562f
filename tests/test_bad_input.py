"""Bad input never yields a wrong or silently broken site: the real build on a project copy, one mutation at a time.

Each mutation passes in one of two ways:
- refused: the safe build (`python -m macros.build`, what `make build` runs) fails with a message naming the file
  (or setting) and the field, prints no traceback, and leaves the last good site in place;
- shown literally: a hostile string in plain-text fields of every kind of record builds, and the pages show it as
  text (no live <script> from data, quotes in <h1> and <title>, no front matter on the page).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from macros.core import links
from tests.conftest import REPO, serve, wait_for_search_index

OVERLAY = "lokal.yml"


def project(root: Path) -> Path:
    """A copy of the project to mutate: its own data/, docs/, mkdocs.yml and overlay; code shared by symlink."""
    for name in ("data", "docs"):
        shutil.copytree(REPO / name, root / name)
    for name in ("macros", "overrides"):
        (root / name).symlink_to(REPO / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy(REPO / "overlays/eksempel-kommune.yml", root / OVERLAY)
    shutil.copy(REPO / "overlays/eksempel-logo.svg", root / "eksempel-logo.svg")
    return root


def safe_build(root: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The command `make build` runs, on the copy, into root/site."""
    environ = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "macros.build", "site"], cwd=root, env=environ,
                          capture_output=True, text=True)


def edit_yaml(root: Path, rel: str, change: Callable) -> None:
    """Change one data file through the YAML serialiser, so any string can be written safely."""
    path = root / rel
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6), encoding="utf-8")


def edit_text(root: Path, rel: str, old: str, new: str) -> None:
    """Replace text in a copied file, failing loudly if it is not there."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel}: text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first(key: str, value: str, where: str | None = None):
    """A change that sets data[key] (or data[where][0][key]) in a single-record file."""
    def change(data):
        target = data[where][0] if where else data
        target[key] = value
    return change


def item(index: int, key: str, value: str):
    """A change that sets data[index][key] in a list file."""
    def change(data):
        data[index][key] = value
    return change


def direction(index: int, key: str, value: str):
    """A change that sets a direction's field in a guideline file."""
    def change(data):
        data["directions"][index][key] = value
    return change


@dataclass
class Refused:
    """A mutation the build must refuse, naming these fragments (file or setting, field, fix)."""

    mutate: Callable[[Path], None]
    names: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)


SCRIPT = "<script>alert(1)</script>"
G = "data/guidelines/3-4.yml"

REFUSED = {
    # guidelines and their Markdown fields
    "guideline-unknown-theme": Refused(lambda r: edit_yaml(r, G, first("theme", "borgerforlob")),
                                       ("data/guidelines/3-4.yml", "theme", "unknown theme")),
    "guideline-purpose-script": Refused(lambda r: edit_yaml(r, G, first("purpose", f"Formål {SCRIPT}")),
                                        ("data/guidelines/3-4.yml", "purpose", "raw HTML is not allowed", "use Markdown")),
    "guideline-background-dead-link": Refused(lambda r: edit_yaml(r, G, first("background", "Se [3.55](3-55.md).")),
                                              ("retningslinjer/3-4.md", "3-55.md")),
    "guideline-background-dead-anchor": Refused(
        lambda r: edit_yaml(r, G, first("background", "Se [stk. 99](../love/bek-1477-1.md#stk-99).")),
        ("retningslinjer/3-4.md", "bek-1477-1.md#stk-99")),
    "guideline-practice-attribute-list": Refused(lambda r: edit_yaml(r, G, first("practice", 'Tekst\n{: onclick="x" }')),
                                                 ("data/guidelines/3-4.yml", "practice", "attribute lists")),
    "guideline-title-not-text": Refused(lambda r: edit_yaml(r, G, first("title", ["a", "b"])),
                                        ("data/guidelines/3-4.yml", "title")),
    # directions
    "direction-text-script": Refused(lambda r: edit_yaml(r, G, direction(0, "text", f"Gør det {SCRIPT}")),
                                     ("data/guidelines/3-4.yml", "directions[0].text", "raw HTML is not allowed")),
    "direction-text-entity": Refused(lambda r: edit_yaml(r, G, direction(0, "text", "Kommune &amp; region")),
                                     ("data/guidelines/3-4.yml", "directions[0].text", "HTML entities")),
    "direction-text-script-link": Refused(lambda r: edit_yaml(r, G, direction(0, "text", "[Klik](javascript:alert(1))")),
                                          ("data/guidelines/3-4.yml", "directions[0].text", "links must not run code")),
    "direction-note-image-onerror": Refused(lambda r: edit_yaml(r, G, direction(0, "note", '<img src=x onerror="alert(1)">')),
                                            ("data/guidelines/3-4.yml", "directions[0].note", "raw HTML")),
    "direction-kind": Refused(lambda r: edit_yaml(r, G, direction(0, "kind", "krav")),
                              ("data/guidelines/3-4.yml", "directions[0].kind", "'krav' is not allowed")),
    "direction-unknown-law": Refused(lambda r: edit_yaml(r, G, direction(0, "laws", ["sel-101/99"])),
                                     ("data/guidelines/3-4.yml", "directions[0].laws")),
    "direction-dead-link": Refused(lambda r: edit_yaml(r, G, direction(0, "text", "Se [x](findes-ikke.md).")),
                                   ("retningslinjer/3-4.md", "findes-ikke.md")),
    # principles, laws, terms, methods
    "principle-description-html": Refused(lambda r: edit_yaml(r, "data/principles.yml", item(0, "description", "<b>fed</b>")),
                                          ("data/principles.yml", "[0].description", "raw HTML")),
    "principle-number": Refused(lambda r: edit_yaml(r, "data/principles.yml", item(0, "number", 9)),
                                ("data/principles.yml", "[0].number")),
    "law-practice-iframe": Refused(lambda r: edit_yaml(r, "data/laws.yml", item(0, "practice", '<iframe src="x"></iframe>')),
                                   ("data/laws.yml", "[0].practice", "raw HTML")),
    "law-url": Refused(lambda r: edit_yaml(r, "data/laws.yml", item(0, "url", "javascript:alert(1)")),
                       ("data/laws.yml", "[0].url")),
    "term-definition-comment": Refused(lambda r: edit_yaml(r, "data/terms.yml", item(0, "definition", "Tekst <!-- skjult -->")),
                                       ("data/terms.yml", "[0].definition", "raw HTML")),
    "term-missing-definition": Refused(lambda r: edit_yaml(r, "data/terms.yml", lambda d: d[0].pop("definition")),
                                       ("data/terms.yml", "[0].definition", "required field missing")),
    "method-description-html": Refused(lambda r: edit_yaml(r, "data/methods/asi.yml", first("description", "<div>x</div>")),
                                       ("data/methods/asi.yml", "description", "raw HTML")),
    "method-unknown-field": Refused(lambda r: edit_yaml(r, "data/methods/asi.yml", first("evidens", "x")),
                                    ("data/methods/asi.yml", "evidens", "did you mean 'evidence'")),
    # flows, courses, changes, sources, themes and phases
    "flow-node-text-html": Refused(lambda r: edit_yaml(r, "data/flows/afgoerelse.yml", first("text", f"Trin {SCRIPT}", "nodes")),
                                   ("data/flows/afgoerelse.yml", "nodes[0].text", "raw HTML")),
    "flow-edge-unknown-node": Refused(lambda r: edit_yaml(r, "data/flows/afgoerelse.yml", first("to", "findes-ikke", "edges")),
                                      ("data/flows/afgoerelse.yml", "findes-ikke")),
    "course-case-story-html": Refused(
        lambda r: edit_yaml(r, "data/courses/tema-borgerforloeb.yml", first("story", "<em>x</em>", "cases")),
        ("data/courses/tema-borgerforloeb.yml", "cases[0].story", "raw HTML")),
    "course-question-attribute-list": Refused(
        lambda r: edit_yaml(r, "data/courses/tema-borgerforloeb.yml", lambda d: d.update(reflection_questions=["Hvad? { .x }"])),
        ("data/courses/tema-borgerforloeb.yml", "reflection_questions[0]", "attribute lists")),
    "change-summary-html": Refused(lambda r: edit_yaml(r, "data/changes.yml", item(0, "summary", "Nyt <br> her")),
                                   ("data/changes.yml", "[0].summary", "raw HTML")),
    "change-unknown-guideline": Refused(lambda r: edit_yaml(r, "data/changes.yml", item(0, "guideline", "9-9")),
                                        ("data/changes.yml", "guideline", "9-9")),
    "source-note-html": Refused(lambda r: edit_yaml(r, "data/sources.yml", item(1, "note", "<a href=x>kilde</a>")),
                                ("data/sources.yml", "[1].note", "raw HTML")),
    "source-missing-title": Refused(lambda r: edit_yaml(r, "data/sources.yml", lambda d: d[1].pop("title")),
                                    ("data/sources.yml", "[1].title", "required field missing")),
    "phase-summary-entity": Refused(lambda r: edit_yaml(r, "data/phases.yml", item(0, "summary", "A &lt; B")),
                                    ("data/phases.yml", "[0].summary", "HTML entities")),
    "theme-summary-html": Refused(lambda r: edit_yaml(r, "data/themes.yml", item(0, "summary", "<style>*{}</style>")),
                                  ("data/themes.yml", "[0].summary", "raw HTML")),
    # the municipality's overlay
    "overlay-box-text-html": Refused(lambda r: edit_yaml(r, OVERLAY, first("text", f"Lokalt {SCRIPT}", "boxes")),
                                     (OVERLAY, "boxes[0].text", "raw HTML"), {"HANDBOOK_OVERLAY": OVERLAY}),
    "overlay-box-unknown-target": Refused(lambda r: edit_yaml(r, OVERLAY, first("target", "9-9", "boxes")),
                                          (OVERLAY, "boxes[0].target", "9-9"), {"HANDBOOK_OVERLAY": OVERLAY}),
    # settings
    "setting-nav-limit": Refused(lambda r: None, ("HANDBOOK_NAV_GUIDELINES_LIMIT", "'abc'", "whole number"),
                                 {"HANDBOOK_NAV_GUIDELINES_LIMIT": "abc"}),
    "setting-zip": Refused(lambda r: None, ("HANDBOOK_ZIP", "'måske'", "true or false"), {"HANDBOOK_ZIP": "måske"}),
    "setting-site-url": Refused(lambda r: None, ("HANDBOOK_SITE_URL", "'intranet/haandbog'", "full address"),
                                {"HANDBOOK_SITE_URL": "intranet/haandbog"}),
    "setting-overlay-missing": Refused(lambda r: None, ("mangler.yml", "cannot read the overlay", "HANDBOOK_OVERLAY"),
                                       {"HANDBOOK_OVERLAY": "mangler.yml"}),
    "setting-unknown-key": Refused(lambda r: edit_text(r, "mkdocs.yml", "    feedback:", "    feedbak:"),
                                   ("extra.handbook.feedbak", "did you mean 'feedback'")),
    "setting-feedback": Refused(lambda r: edit_text(r, "mkdocs.yml", "feedback: mailto:fejl@example.dk", "feedback: fejl"),
                                ("extra.handbook.feedback", "'fejl'", "mailto:")),
    # hand-written docs pages
    "docs-dead-link": Refused(lambda r: (r / "docs/om/status.md").open("a").write("\n[x](findes-ikke.md)\n"),
                              ("om/status.md", "findes-ikke.md")),
    "docs-dead-anchor": Refused(lambda r: (r / "docs/om/status.md").open("a").write("\n[x](../love/sel-101.md#stk-99)\n"),
                                ("om/status.md", "sel-101.md#stk-99")),
    "docs-unknown-macro": Refused(lambda r: (r / "docs/om/kilder.md").open("a").write("\n{{ unknown_macro() }}\n"),
                                  ("docs/om/kilder.md", "line ", "'unknown_macro' is undefined")),
    "docs-template-syntax": Refused(lambda r: (r / "docs/om/kilder.md").open("a").write("\n{% if %}\n"),
                                    ("docs/om/kilder.md", "line ", "template syntax")),
    "docs-macro-argument": Refused(lambda r: (r / "docs/om/kilder.md").open("a").write('\n{{ flow("findes-ikke") }}\n'),
                                   ("docs/om/kilder.md", "line ", "no such flow")),
    "docs-data-page-macro-argument": Refused(
        lambda r: edit_text(r, "docs/hvor-er-borgeren.md", 'date_tool("garanti"', 'date_tool("frist"'),
        ("docs/hvor-er-borgeren.md", "line ", "date_tool('frist'): unknown; use one of: garanti, opfoelgning")),
    # the fixed sentences of the pages made from data (docs/tekstblokke.md)
    "texts-unknown-placeholder": Refused(
        lambda r: edit_text(r, "docs/tekstblokke.md", "viser den {kommune}s egen", "viser den {by}s egen"),
        ("Text error", "docs/tekstblokke.md: ## lokal-side-intro: unknown placeholder {by}; this block can use: {kommune}")),
    "texts-renamed-block": Refused(
        lambda r: edit_text(r, "docs/tekstblokke.md", "## lov-forbehold\n", "## lov-forbehol\n"),
        ("docs/tekstblokke.md: ## lov-forbehol: no page uses this block", "## lov-forbehold: missing; add the block")),
}


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_bad_input_stops_the_build_names_it_and_keeps_the_last_good_site(case, tmp_path):
    root = project(tmp_path)
    (root / "site").mkdir()
    (root / "site" / "marker.txt").write_text("last good build", encoding="utf-8")
    case.mutate(root)
    result = safe_build(root, case.env)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build accepted the mutation:\n{output[-2000:]}"
    for fragment in case.names:
        assert fragment in output, f"{fragment!r} not named in:\n{output[-2000:]}"
    assert "Traceback" not in output, output[-3000:]
    assert (root / "site" / "marker.txt").read_text(encoding="utf-8") == "last good build"
    assert not (root / "site.tmp").exists()


# Hostile strings in plain-text fields of every kind of record (and, where Markdown allows it, in a direction's
# text). The strings go in three groups; each group is one build, string i landing on record i of each kind, so the
# pages show every string in every place without a build per string.
LONG_WORD = "stofmisbrugsbehandling" * 91  # 2,002 characters, no space to break at
HOSTILE = {
    "double-quote": 'Systematisk "behandling"',
    "single-quote": "Borgerens 'egen' plan",
    "backslash": "Plan \\ opfølgning \\n",
    "script": SCRIPT,
    "entity": "Kommune &amp; region",
    "jinja-expression": "Plan {{ x }}",
    "jinja-statement": "Plan {% x %}",
    "colon-space": "Frist: 14 dage",
    "hash": "# Nummer #1 #",
    "emphasis": "*_fed_* og __x__",
    "pipe": "a | b | c",
    "long-word": LONG_WORD,
    "right-to-left": "العلاج الاجتماعي עברית",
    "emoji": "Plan 🙂👍🏽 mål",
    # long enough to be cut off in the header and the footer, where the theme makes a tooltip of the cut text
    "image-onerror": '<img src=x onerror="document.body.dataset.injected=1"> i en titel, der er for lang til at stå hel',
}
# Markdown fields take these as they are; the other strings are markup there (refused or formatted on purpose).
MARKDOWN_SAFE = {"double-quote", "single-quote", "jinja-expression", "jinja-statement", "colon-space", "pipe",
                 "long-word", "right-to-left", "emoji"}
GROUP_SIZE = 5  # the example overlay has 5 boxes
GROUPS = [list(HOSTILE)[n:n + GROUP_SIZE] for n in range(0, len(HOSTILE), GROUP_SIZE)]


def records(rel: str) -> list[dict]:
    """The records of a list file, or of a folder of single-record files (file order)."""
    path = REPO / rel
    if path.is_dir():
        return [yaml.safe_load(f.read_text(encoding="utf-8")) for f in sorted(path.glob("*.yml"))]
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def folder_file(rel: str, index: int) -> str:
    """The index-th file of a data folder, e.g. data/methods/asi.yml."""
    return f"{rel}/{sorted(p.name for p in (REPO / rel).glob('*.yml'))[index]}"


def inject(root: Path, names: list[str]) -> None:
    """String i of the group goes into record i of every kind; kinds with fewer records get the group joined."""
    for i, name in enumerate(names):
        text = HOSTILE[name]
        edit_yaml(root, "data/principles.yml", item(i, "title", text))
        guideline = folder_file("data/guidelines", i)
        edit_yaml(root, guideline, lambda d, t=text: d.update(title=t, short_title=t))
        edit_yaml(root, guideline, direction(0, "søgeord", [text]))
        if len(text) < 300:  # Kort fortalt is short by rule (at most 400 characters)
            edit_yaml(root, guideline, lambda d, t=text: d.update(summary=f"Kort om {t} her."))
        if name in MARKDOWN_SAFE:
            edit_yaml(root, guideline, lambda d, t=text: d["directions"][0].update(text=d["directions"][0]["text"] + " " + t))
        edit_yaml(root, "data/laws.yml", item(i, "title", text))
        edit_yaml(root, "data/terms.yml", item(i, "english", text))
        edit_yaml(root, folder_file("data/methods", i), first("name", text))
        edit_yaml(root, folder_file("data/flows", i), lambda d, t=text: (d["nodes"][0].update(label=t), d["edges"][0].update(label=t)))
        edit_yaml(root, folder_file("data/courses", i), first("title", text))
        edit_yaml(root, "data/changes.yml", item(i, "counterparts_2016", [text]))
        edit_yaml(root, "data/sources.yml", item(i + 1, "title", text))
        edit_yaml(root, "data/phases.yml", item(i, "title", text))
        edit_yaml(root, OVERLAY, lambda d, i=i, t=text: d["boxes"][i].update(title=t))
    edit_yaml(root, "data/themes.yml", item(0, "title", " · ".join(HOSTILE[n] for n in names)))
    # an introduction page that uses a macro: the print page includes it, and must still not run data as a template
    edit_text(root, "docs/introduktion/brug.md", "\n", "\n\nHåndbogen har {{ count('guidelines') }} retningslinjer.\n")
    intro = root / "docs/introduktion/brug.md"
    intro.write_text("---\nrender_macros: true\n---\n" + intro.read_text(encoding="utf-8"), encoding="utf-8")


def page_html(site: Path, source_path: str) -> str:
    """The built HTML of a page, by its source path."""
    return (site / links.url_path(source_path) / "index.html").read_text(encoding="utf-8")


def element_texts(page: str, tag: str) -> list[str]:
    """The text of each <tag> element, tags removed and entities decoded, whitespace collapsed."""
    texts = re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", page, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", t)).split()) for t in texts]


def visible_text(page: str) -> str:
    """The page's main content as text (scripts and templates dropped)."""
    main = page[page.index("<article"):page.index("</article>")]
    main = re.sub(r"<(script|template|style)\b.*?</\1>", "", main, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def titled_pages(i: int) -> dict[str, str]:
    """The pages whose title is string i of a group: kind -> source path."""
    return {
        "principle": links.page("principle", records("data/principles.yml")[i]["id"]),
        "guideline": links.page("guideline", records("data/guidelines")[i]["id"]),
        "law": links.page("law", records("data/laws.yml")[i]["id"]),
        "method": links.page("method", records("data/methods")[i]["id"]),
        "course": links.page("course", records("data/courses")[i]["id"]),
        "theme": links.page("theme", records("data/themes.yml")[0]["id"]),
    }


def no_markup_runs(browser, site: Path, pages: list[str]) -> list[str]:
    """Open pages in Chromium, hover every titled element (the theme turns titles into tooltips, inserting them as
    HTML) and search; return what ran or appeared from data: dialogs, injected <img>, the onerror marker."""
    server, base = serve(site)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    found: list[str] = []
    page.on("dialog", lambda dialog: (found.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    check = "() => document.querySelectorAll('img[src=\"x\"]').length + (document.body.dataset.injected ? 100 : 0)"
    try:
        for path in pages:
            page.goto(base + links.url_path(path))
            titled = "[title*='onerror'], .md-header__topic, .md-footer__link"  # titles from data; cut-off texts
            for element in page.locator(titled).all():
                if element.is_visible():
                    element.hover(timeout=2000, force=True)  # a header topic fades in and out: skip the wait
            page.mouse.wheel(0, 3000)  # the header shows the page title once scrolled
            page.wait_for_timeout(100)
            if page.evaluate(check):
                found.append(f"{path}: markup from data ran")
        page.goto(base)
        wait_for_search_index(page)
        page.locator("input.md-search__input").click()  # at desktop width the search field is in the header
        page.locator("input.md-search__input").press_sequentially("onerror document")
        page.wait_for_timeout(1000)
        if page.evaluate(check):
            found.append("search results: markup from data ran")
    finally:
        context.close()
        server.shutdown()
    return found


@pytest.mark.parametrize("names", GROUPS, ids=["+".join(g) for g in GROUPS])
def test_hostile_text_is_shown_literally(names, tmp_path, browser):
    root = project(tmp_path)
    inject(root, names)
    result = safe_build(root, {"HANDBOOK_OVERLAY": OVERLAY})
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    site = root / "site"
    glossary = visible_text(page_html(site, links.GLOSSARY_PAGE))
    changes = visible_text(page_html(site, links.CHANGES_PAGE))
    sources = visible_text(page_html(site, "om/kilder.md"))
    pathway = visible_text(page_html(site, links.PATHWAY_PAGE))
    # a hand-written page whose list comes from a macro: the first principles and guidelines are all unconfirmed
    worklist = visible_text(page_html(site, links.EDITORS_PAGES["worklist"]))
    boxes = records("overlays/eksempel-kommune.yml")["boxes"]
    for i, name in enumerate(names):
        shown = " ".join(HOSTILE[name].split())
        for kind, source in titled_pages(i).items():
            page = page_html(site, source)
            assert any(shown in h for h in element_texts(page, "h1")), f"{name}: {kind} page: not in <h1>"
            assert shown in element_texts(page, "title")[0], f"{name}: {kind} page: not in <title>"
            assert "title:" not in visible_text(page).split(shown)[0], f"{name}: {kind} page: front matter shown"
            assert not re.search(r"<h1\b[^>]*>(?:(?!</h1>).)*<(em|strong|code)\b", page, re.S), f"{name}: {kind}: markup in <h1>"
        if len(HOSTILE[name]) < 300:
            guideline = visible_text(page_html(site, titled_pages(i)["guideline"]))
            assert f"Kort fortalt: Kort om {shown} her." in guideline, f"{name}: guideline: Kort fortalt"
        assert shown in glossary, f"{name}: glossary: the term's english field"
        assert shown in changes, f"{name}: changes: the 2016 counterpart"
        assert shown in sources, f"{name}: sources: the source's title"
        assert shown in pathway, f"{name}: pathway: the phase's title"
        assert worklist.count(shown) >= 2, f"{name}: worklist: the principle's and the guideline's titles"
        target = boxes[i]["target"]
        box_page = links.page("guideline", target if "." not in target else target.rsplit(".", 1)[0].replace(".", "-"))
        assert shown in visible_text(page_html(site, box_page)), f"{name}: overlay box on {box_page}"
        flow = page_html(site, links.page("flow", records("data/flows")[i]["id"]))
        assert shown in visible_text(flow), f"{name}: flow: the node label in the text version"
        diagram = flow[flow.index('class="flow-diagram"'):]
        svg = diagram[diagram.index("<svg"):diagram.index("</svg>") + 6]
        assert shown[:12] in html.unescape(svg), f"{name}: flow: the label in the diagram"
    printed = visible_text(page_html(site, "udskriv.md"))
    assert "Håndbogen har 19 retningslinjer." in printed, "print page: the introduction's macro is rendered"
    for name in names:
        if name in MARKDOWN_SAFE:
            assert " ".join(HOSTILE[name].split()) in printed, f"{name}: print page: a direction's text"
    for path in site.rglob("*.html"):  # nothing from data runs as script anywhere
        assert SCRIPT not in path.read_text(encoding="utf-8"), path
    if "image-onerror" in names:  # markup that runs when the theme inserts text as HTML (a <script> would not)
        shown_on = list(titled_pages(names.index("image-onerror")).values())
        pages = [*shown_on, links.GLOSSARY_PAGE, links.FAVOURITES_PAGE, links.CHECKLIST_PAGE]
        assert not no_markup_runs(browser, site, pages)
