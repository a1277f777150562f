"""Editors' guide: the field reference covers every model field, templates load, every error message is explained.

The guide's pages are hand-written Markdown in docs/redaktoer/ with macros for the tables and lists; tests/docs_pages.py
renders them as the build does. The field descriptions and error explanations are in macros/editors/*.yml."""

from __future__ import annotations

import ast
import os
import re
import shutil
from pathlib import Path
from unittest import mock

import pytest
import yaml
from jinja2 import Environment, StrictUndefined

import macros
from macros.adapter.page_macros import TemplateProblem, render_page_macros
from macros.core import links
from macros.editors.error_catalog import CATALOG_FILE, catalog, kind_of, load_catalog
from macros.editors.model_docs import FIELDS_FILE, ROOTS, collections, field_text, load_model_texts, reachable_models
from macros.editors.templates import templates
from macros.model.load import DataError, load_handbook
from macros.model.overlay import load_overlay
from macros.model.records import NOTE_MAX, SUMMARY_MAX, Direction, Guideline
from macros.model.settings import SettingsError, read_settings
from tests.conftest import FIXTURE_DATA, REPO
from tests.docs_pages import render_docs_page

EXPECTED = Path(__file__).parent / "expected" / "docs"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# The modules that write data error messages; the catalog must explain every message they can write.
MESSAGE_MODULES = (
    "model/load.py", "model/checks.py", "model/check_flows.py", "model/check_courses.py", "model/overlay.py",
    "model/settings.py", "adapter/page_macros.py", "editors/texts.py", "editors/error_catalog.py",
    "editors/model_docs.py",
)
FLOW = """id: test
title: Test
summary: Et lille flow.
start: a
nodes:
  - id: a
    kind: step
    label: Start
  - id: b
    kind: outcome
    label: Slut
edges:
  - from: a
    to: b
sources:
  - source: K1
"""
DECISION = FLOW.replace("    kind: step\n", "    kind: decision\n")
TWO_ANSWERS = DECISION.replace(
    "  - from: a\n    to: b\n",
    "  - from: a\n    to: b\n    label: Ja\n  - from: a\n    to: c\n    label: ja\n",
).replace("edges:", "  - id: c\n    kind: outcome\n    label: Andet\nedges:")
OVERLAY = "municipality: Eksempel Kommune\ndate: 2025-01-31\n"


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a fixture file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_flow(text: str):
    """A breaker that adds one flow file."""
    def breaker(data: Path) -> None:
        (data / "flows").mkdir(exist_ok=True)
        (data / "flows/test.yml").write_text(text, encoding="utf-8")
    return breaker


def overlay(text: str | None, logo: str | None = None):
    """A breaker that writes a local overlay file (None: no file at all) and returns its path."""
    def breaker(data: Path) -> Path:
        path = data.parent / "lokal.yml"
        if text is not None:
            path.write_text(text + (f"logo: {logo}\n" if logo else ""), encoding="utf-8")
        return path
    return breaker


G = "guidelines/3-4.yml"
# One way to break a copy of the fixture data per catalog entry.
BREAKERS = {
    "missing-file": lambda d: (d / "laws.yml").unlink(),
    "not-a-mapping": lambda d: (d / G).write_text("- id: 3-4\n", encoding="utf-8"),
    "not-a-list": lambda d: (d / "principles.yml").write_text("id: helhed\n", encoding="utf-8"),
    "id-not-file-name": lambda d: (d / G).rename(d / "guidelines/3-5.yml"),
    "malformed-yaml": lambda d: edit(d / G, "purpose: At borgeren", "purpose: [At borgeren"),
    "cannot-read": lambda d: (d / "principles.yml").write_bytes(b"- id: h\xe6lhed\n"),
    "required-missing": lambda d: edit(d / G, "target_group: Visitatorer.\n", ""),
    "unknown-field": lambda d: edit(d / G, "    kind: anbefaling", "    kind: anbefaling\n    staus: redaktionel"),
    "not-allowed": lambda d: edit(d / G, "kind: anbefaling", "kind: anbefalet"),
    "wrong-form": lambda d: edit(d / G, "id: 3.4.2", "id: 3.4.b"),
    "empty-list": lambda d: edit(d / G, 'sources:\n  - source: K1\n    pages: "60"', "sources: []"),
    "too-long": lambda d: edit(d / G, "    kind: anbefaling\n", "    kind: anbefaling\n    ændringsnote: " + "x" * 301 + "\n"),
    "wrong-value": lambda d: edit(d / "principles.yml", "number: 2", "number: to"),
    "duplicate-id": lambda d: edit(d / "principles.yml", "id: systematik", "id: helhed"),
    "unknown-reference": lambda d: edit(d / G, "theme: borgerforloeb", "theme: borgerforlob"),
    "unknown-stk": lambda d: edit(d / G, "laws: [sel-101/4]\npurpose", "laws: [sel-101/9]\npurpose"),
    "number-used-twice": lambda d: edit(d / "principles.yml", "number: 2", "number: 1"),
    "number-not-id": lambda d: edit(d / G, 'number: "3.4"', 'number: "3.5"'),
    "related-itself": lambda d: edit(d / G, "laws: [sel-101/4]\npurpose", "laws: [sel-101/4]\nrelated: [3-4]\npurpose"),
    "direction-number": lambda d: edit(d / G, "id: 3.4.2", "id: 3.5.2"),
    "duplicate-direction": lambda d: edit(d / G, "id: 3.4.2", "id: 3.4.1"),
    "lovkrav-without-law": lambda d: edit(d / G, "    laws: [sel-101/4]\n", ""),
    "list-from-without-items": lambda d: edit(d / G, "    kind: lovkrav\n", "    kind: lovkrav\n    list_from: sel-101/4\n"),
    "phrase-twice": lambda d: (d / "search_phrases.yml").write_text(
        "- phrases: [visitator]\n  search: afgørelse\n- phrases: [visitator]\n  search: afgørelse\n", encoding="utf-8"),
    "search-word-unused": lambda d: (d / "search_phrases.yml").write_text(
        "- phrases: [sagsbehandler]\n  search: sagsbehandlr\n", encoding="utf-8"),
    "flow-duplicate-node": add_flow(FLOW.replace("  - id: b\n", "  - id: a\n")),
    "flow-unreachable": add_flow(FLOW.replace("  - from: a\n    to: b\n", "  - from: b\n    to: a\n")),
    "flow-step": add_flow(FLOW.replace("  - from: a\n    to: b\n", "  - from: b\n    to: a\n")),
    "flow-outcome": add_flow(FLOW.replace("  - from: a\n    to: b\n", "  - from: b\n    to: a\n")),
    "flow-decision": add_flow(DECISION),
    "flow-answer-label": add_flow(DECISION),
    "flow-same-answer": add_flow(TWO_ANSWERS),
    "overlay-cannot-read": overlay(None),
    "overlay-logo-type": overlay(OVERLAY, "logo.pdf"),
    "overlay-logo-missing": overlay(OVERLAY, "logo.svg"),
    "raw-html": lambda d: edit(d / G, "purpose: At borgeren", "purpose: <b>At</b> borgeren"),
    "html-entity": lambda d: edit(d / G, "purpose: At borgeren", "purpose: At &amp; borgeren"),
    "attribute-list": lambda d: edit(d / G, "purpose: At borgeren", "purpose: |\n  {: .klasse } At borgeren"),
    "script-link": lambda d: edit(d / G, "purpose: At borgeren", "purpose: |\n  [x](javascript:alert(1)) At borgeren"),
    "not-a-url": lambda d: edit(d / "sources.yml", "url: https://example.org/k1", "url: www.social.dk"),
    "setting-value": lambda d: settings_messages({}, {"HANDBOOK_NAV_GUIDELINES_LIMIT": "abc"}),
    "setting-unknown": lambda d: settings_messages({"feedbak": "mailto:a@b.dk"}, {}),
    "template-error": lambda d: template_messages("\n" * 54 + "{{ unknown_macro() }}\n", "docs/om/kilder.md"),
    "dead-link": lambda d: dead_link_messages(d.parent),
}


def settings_messages(extra: dict, environ: dict) -> list[str]:
    """The messages the settings check writes."""
    try:
        read_settings(extra, environ)
    except SettingsError as error:
        return error.problems
    return []


def template_messages(markdown: str, shown: str) -> list[str]:
    """The message a docs page's broken macro gives (macros/adapter/page_macros.py, as the build's hook calls it)."""
    try:
        render_page_macros(Environment(undefined=StrictUndefined), markdown, {}, shown)
    except TemplateProblem as error:
        return [str(error)]
    return []


def dead_link_messages(tmp: Path) -> list[str]:
    """The warnings a real build of a project copy writes for a guideline linking to a page that does not exist."""
    from tests.test_bad_input import G as GUIDELINE
    from tests.test_bad_input import edit_yaml, first, project, safe_build

    root = project(tmp / "project")
    edit_yaml(root, GUIDELINE, first("background", "Se [3.55](3-55.md)."))
    output = safe_build(root).stderr
    return [line.split("-  ", 1)[1] for line in output.splitlines() if line.startswith("WARNING")]


def messages(fixture_data: Path, breaker) -> list[str]:
    """The messages the real loaders write for a broken copy of the fixture (folder names made neutral)."""
    result = breaker(fixture_data)
    if isinstance(result, list):  # a setting, page or link breaker: it ran the check that writes the message
        return result
    try:
        hb = load_handbook(fixture_data)
        if isinstance(result, Path):  # an overlay breaker: load the overlay against the intact data
            load_overlay(result, hb, result.name)
    except DataError as error:
        return [p.replace(str(fixture_data.parent), "{folder}") for p in error.problems]
    return []


def test_every_catalog_entry_has_a_breaker():
    assert sorted(BREAKERS) == sorted(k.id for k in catalog())


@pytest.mark.parametrize("kind", catalog(), ids=lambda k: k.id)
def test_catalog_example_is_a_real_message_of_its_kind(kind, fixture_data):
    found = messages(fixture_data, BREAKERS[kind.id])
    assert kind.example in found, f"{kind.id}: the loader wrote {found}"
    assert kind_of(kind.example) is kind, f"{kind.id}: an earlier entry also matches {kind.example!r}"
    for message in found:  # whatever else the break caused is explained too
        assert kind_of(message) is not None, message


def _message_samples(source: str) -> list[str]:
    """Every f-string that reads like a problem message, with each {…} replaced by 'X'."""
    samples = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if ";" in literal or "unknown" in literal:  # problem messages name a problem and a fix
            samples.append("".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values))
    return samples


@pytest.mark.parametrize("module", MESSAGE_MODULES)
def test_every_message_the_code_can_write_is_in_the_catalog(module):
    samples = _message_samples((Path(macros.__file__).parent / module).read_text(encoding="utf-8"))
    assert samples, f"no messages found in {module}"
    unexplained = [s for s in samples if kind_of(s) is None]
    assert not unexplained, f"add these messages to macros/editors/error_catalog.yml: {unexplained}"


def _field_keys() -> set[str]:
    """'Model.key' for every field of every model reachable from the roots (walking annotations)."""
    for root in ROOTS:  # resolve Handbook.flows and .courses, which name modules imported after it
        root.model_rebuild()
    keys, todo, seen = set(), list(ROOTS), set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            keys.add(f"{model.__name__}.{field.alias or name}")
            stack = [field.annotation]
            while stack:
                annotation = stack.pop()
                if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
                    todo.append(annotation)
                stack.extend(getattr(annotation, "__args__", ()))
    return keys


def test_field_reference_covers_every_field_of_every_model(site):
    page = (site / links.url_path(links.EDITORS_PAGES["fields"]) / "index.html").read_text(encoding="utf-8")
    documented = set(re.findall(r'data-field="([^"]+)"', page))
    expected = _field_keys()
    assert {"Direction.kind", "Guideline.søgeord", "FlowEdge.from", "LocalBox.target"} <= expected
    assert documented == expected


def test_every_reachable_model_has_a_danish_name_and_a_section():
    markdown = render_docs_page(links.EDITORS_PAGES["fields"], FIXTURE_DATA)
    names = {name: doc.name for name, doc in load_model_texts()[1].items()}
    for model in reachable_models():
        assert model.__name__ in names, f"add {model.__name__} to macros/editors/fields.yml"
        assert f"## {names[model.__name__]} {{ #model-{model.__name__.lower()} }}" in markdown


def test_every_field_of_a_record_has_a_description():
    for model in reachable_models()[1:]:  # Handbook's fields are the files of data/: the page names the file
        for name, field in model.model_fields.items():
            key = field.alias or name
            assert field_text(model, key).description, f"describe {model.__name__}.{key} in macros/editors/fields.yml"


def test_descriptions_state_the_limits_the_model_checks():
    assert f"højst {NOTE_MAX} tegn" in field_text(Direction, "ændringsnote").description
    assert f"højst {SUMMARY_MAX} tegn" in field_text(Guideline, "summary").description


def test_field_reference_shows_type_rule_and_description():
    markdown = render_docs_page(links.EDITORS_PAGES["fields"], FIXTURE_DATA)
    direction_id = markdown.split('data-field="Direction.id"', 1)[1].split("\n\n", 1)[0]
    assert "påkrævet" in direction_id and "Stabilt id, fx 3.4.2." in direction_id
    assert r"skal passe til mønsteret `^\d+\.\d+\.\d+$`" in direction_id
    note = markdown.split('data-field="Direction.note"', 1)[1].split("\n\n", 1)[0]
    assert 'valgfrit, standard: `""`' in note
    sources = markdown.split('data-field="Direction.sources"', 1)[1].split("\n\n", 1)[0]
    assert "liste af [Kildehenvisning](#model-sourceref) (mindst 1 post)" in sources
    assert "Kilder." in sources  # the shared description of every record's sources


def test_open_data_schema_carries_the_same_descriptions():
    from macros.site.export import export_schema

    schema = export_schema()
    defs = schema["$defs"]
    assert defs["Direction"]["description"] == "Et lovkrav eller en anbefaling i en retningslinje."
    assert defs["Direction"]["properties"]["id"]["description"] == field_text(Direction, "id").description
    assert defs["Direction"]["properties"]["ændringsnote"]["description"] == field_text(Direction, "ændringsnote").description
    assert "description" not in schema["properties"]["guidelines"]  # the data's files are not described as fields


@pytest.mark.parametrize("collection", collections(), ids=lambda c: c.name)
def test_template_loads_through_the_real_model(collection):
    raw = yaml.safe_load(templates()[collection.name])
    records = raw if isinstance(raw, list) else [raw]
    assert isinstance(raw, list) != collection.folder  # list files get a list item, folders a whole file
    for record in records:
        collection.model.model_validate(record)


def test_template_names_every_field():
    for collection in collections():
        text = templates()[collection.name]
        for name, field in collection.model.model_fields.items():
            assert re.search(rf"^\s*(- )?#? ?{re.escape(field.alias or name)}:", text, re.M), (collection.name, name)


def test_guide_pages_are_in_the_site_and_nav(site):
    from macros.site.navigation import build_nav, nav_pages

    in_nav = nav_pages(build_nav(load_handbook(REPO / "data")))
    # the nav shows a section's pages only inside that section; the "Om håndbogen" page is in it
    about = (site / "om" / "index.html").read_text(encoding="utf-8")
    for path in links.EDITORS_PAGES.values():
        assert (site / links.url_path(path) / "index.html").exists(), path
        assert path in in_nav, f"{path} is not in the navigation"
    assert f'href="../{links.url_path(links.EDITORS_PAGES["index"])}"' in about


def test_guide_explains_build_and_preview():
    text = render_docs_page(links.EDITORS_PAGES["index"], REPO / "data")
    assert "make serve" in text and "http://127.0.0.1:8000" in text and "make build" in text
    assert "## Sådan tilføjer du en anvisning" in text and "## Sådan retter du en anvisning" in text
    hb = load_handbook(REPO / "data")
    g = hb.guidelines[0]
    assert f"- Retningslinje `{g.id}` ligger i `data/guidelines/{g.id}.yml`" in text  # a real example from the data


def test_guide_tells_its_editor_where_its_texts_are():
    source = (REPO / "docs" / links.EDITORS_PAGES["index"]).read_text(encoding="utf-8")  # a comment, not shown
    for path in (FIELDS_FILE, CATALOG_FILE):
        assert path.relative_to(REPO).as_posix() in source
    assert "docs/redaktoer/" in source and "docs/redaktoer/" not in render_docs_page(
        links.EDITORS_PAGES["index"], FIXTURE_DATA)


@pytest.mark.parametrize("path", links.EDITORS_PAGES.values())
def test_guide_page_matches_expected(path):
    rendered = render_docs_page(path, FIXTURE_DATA)
    expected_file = EXPECTED / path
    if UPDATE:
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(rendered, encoding="utf-8")
    assert rendered == expected_file.read_text(encoding="utf-8")


def test_guide_pages_are_written_not_generated():
    from macros.site.pages import generated_pages

    generated = generated_pages(load_handbook(FIXTURE_DATA), draw=lambda dot: "<svg></svg>")
    for path in links.EDITORS_PAGES.values():
        assert (REPO / "docs" / path).is_file() and path not in generated, path


# One way to break each of the guide's own data files, and what the message must name.
BROKEN_TEXTS = {
    "catalog-unknown-field": (CATALOG_FILE, "  - id: missing-file\n", "  - id: missing-file\n    titel: x\n",
                              ("macros/editors/error_catalog.yml: errors[4].titel: unknown field; did you mean 'title'?",)),
    "catalog-group": (CATALOG_FILE, "    group: Filer og YAML\n", "    group: Filer\n",
                      ("macros/editors/error_catalog.yml: errors[4].group: 'Filer' is not allowed; use 'Filer og YAML'",)),
    "catalog-pattern": (CATALOG_FILE, "    pattern: ': missing; create it'\n", "    pattern: ': missing; (create'\n",
                        ("macros/editors/error_catalog.yml: errors[4].pattern: not a regular expression",)),
    "catalog-example": (CATALOG_FILE, "    pattern: ': missing; create it'\n", "    pattern: ': absent'\n",
                        ("macros/editors/error_catalog.yml: errors[4].example: the pattern does not match the example",)),
    "catalog-duplicate": (CATALOG_FILE, "  - id: not-a-mapping\n", "  - id: missing-file\n",
                          ("macros/editors/error_catalog.yml: errors[5].id: duplicate error id 'missing-file'",)),
    "catalog-yaml": (CATALOG_FILE, "groups:\n", "groups: [\n",
                     ("macros/editors/error_catalog.yml: line", "malformed YAML")),
    "fields-model": (FIELDS_FILE, "  Direction:\n", "  Direktion:\n",
                     ("macros/editors/fields.yml: models.Direktion: unknown model 'Direktion'; did you mean 'Direction'?",)),
    "fields-field": (FIELDS_FILE, "      kind:\n        description: lovkrav", "      knd:\n        description: lovkrav",
                     ("macros/editors/fields.yml: models.Direction.fields.knd: unknown field; did you mean 'kind'?",)),
    "fields-key": (FIELDS_FILE, "    name: Anvisning\n", "    nme: Anvisning\n",
                   ("macros/editors/fields.yml: models.Direction.nme: unknown field; did you mean 'name'?",
                    "macros/editors/fields.yml: models.Direction.name: required field missing")),
}


@pytest.mark.parametrize("case", BROKEN_TEXTS.values(), ids=BROKEN_TEXTS.keys())
def test_a_broken_guide_file_names_file_and_field(case, tmp_path):
    source, old, new, names = case
    copy = tmp_path / "macros" / "editors" / source.name
    copy.parent.mkdir(parents=True)
    text = source.read_text(encoding="utf-8")
    assert old in text, f"text not found in {source.name}: {old!r}"
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    load = load_catalog if source == CATALOG_FILE else load_model_texts
    with mock.patch("macros.editors.texts.ROOT", tmp_path), pytest.raises(DataError) as raised:
        load(copy)
    message = str(raised.value).replace(str(tmp_path) + "/", "")
    for name in names:
        assert name in message, message
    for problem in raised.value.problems:
        assert kind_of(problem) is not None, f"not explained on the errors page: {problem}"


def test_the_build_stops_on_a_broken_guide_file_with_its_message(tmp_path):
    from tests.test_bad_input import project, safe_build

    root = project(tmp_path / "project")
    (root / "macros").unlink()  # this project gets its own copy of the code, so its guide files can break
    shutil.copytree(REPO / "macros", root / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    fields = root / "macros/editors/fields.yml"
    fields.write_text(fields.read_text(encoding="utf-8").replace("    name: Anvisning\n", "    nme: Anvisning\n", 1),
                      encoding="utf-8")
    result = safe_build(root)
    assert result.returncode != 0
    assert "macros/editors/fields.yml: models.Direction.nme: unknown field; did you mean 'name'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_edited_guide_file_is_read_again(tmp_path):
    copy = tmp_path / "fields.yml"
    text = FIELDS_FILE.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    assert load_model_texts(copy)[1]["Direction"].name == "Anvisning"
    copy.write_text(text.replace("    name: Anvisning\n", "    name: Anvisningen\n", 1), encoding="utf-8")
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 1_000_000))  # mkdocs serve: a later save
    assert load_model_texts(copy)[1]["Direction"].name == "Anvisningen"


def test_each_build_shows_fields_yml_as_that_build_checked_it(tmp_path, monkeypatch):
    from macros.editors import model_docs
    from macros.editors.guide import check_texts

    copy = tmp_path / "fields.yml"
    text = FIELDS_FILE.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    monkeypatch.setattr(model_docs, "FIELDS_FILE", copy)
    check_texts()  # the plugin's on_config, at the start of every build
    assert model_docs.name_of(Direction) == "Anvisning"
    copy.write_text(text.replace("    name: Anvisning\n", "    name: Anvisningen\n", 1), encoding="utf-8")
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 1_000_000))  # mkdocs serve: a later save
    assert model_docs.name_of(Direction) == "Anvisning"  # the rest of this build: the texts it checked
    check_texts()  # the next build
    assert model_docs.name_of(Direction) == "Anvisningen"
