"""Open data: the export validates against its published schema and carries every direction with its page id."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser

import jsonschema
import pytest

from macros.core import links
from macros.model.edition import BuildInfo, Commit, Edition, History
from macros.model.load import load_handbook
from macros.model.records import Handbook
from macros.site.export import SCHEMA_CODE, content_hash, export_handbook, export_schema, model_schema, to_json
from tests.conftest import FIXTURE_DATA, REPO, site_pages

INFO = BuildInfo(Edition(published="2020-09-21"), History((Commit("2025-01-31", "abc1234", ("laws.yml",)),)))


class Directions(HTMLParser):
    """Collects the attributes of every element that carries data-direction."""

    def __init__(self):
        super().__init__()
        self.found: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        if "data-direction" in attributes:
            self.found.append(attributes)


def directions_on(html: str) -> list[dict]:
    parser = Directions()
    parser.feed(html)
    return parser.found


@pytest.fixture(scope="module")
def published(site):
    """The export and schema as the built site publishes them."""
    data = json.loads((site / links.EXPORT_JSON).read_text(encoding="utf-8"))
    schema = json.loads((site / links.EXPORT_SCHEMA).read_text(encoding="utf-8"))
    return data, schema


def exported_directions(data: dict) -> dict[str, dict]:
    return {d["id"]: {**d, "guideline": g["id"]} for g in data["guidelines"] for d in g["directions"]}


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(export_schema())


@pytest.mark.parametrize("data_dir", [FIXTURE_DATA, REPO / "data"], ids=["fixture", "real"])
def test_export_validates_against_schema(data_dir):
    jsonschema.Draft202012Validator(export_schema()).validate(export_handbook(load_handbook(data_dir), INFO))
    jsonschema.Draft202012Validator(export_schema()).validate(export_handbook(load_handbook(data_dir), BuildInfo()))


def test_published_export_validates_against_published_schema(published):
    data, schema = published
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["$schema"] == "haandbog.schema.json"


def test_schema_rejects_unknown_fields_and_wrong_kinds():
    export = export_handbook(load_handbook(FIXTURE_DATA), INFO)
    validator = jsonschema.Draft202012Validator(export_schema())
    export["guidelines"][0]["directions"][0]["kind"] = "påbud"
    export["guidelines"][0]["extra"] = 1
    errors = {e.validator for e in validator.iter_errors(export)}
    assert {"enum", "additionalProperties"} <= errors


def test_every_direction_on_the_site_is_in_the_export_with_same_id_kind_and_status(site, published):
    data, _ = published
    exported = exported_directions(data)
    seen = set()
    for page in site_pages(site):
        html = (site / page / "index.html") if page.endswith("/") or page == "" else site / page
        text = html.read_text(encoding="utf-8")
        if "data-direction" not in text:
            continue
        for element in directions_on(text):
            did = element["data-direction"]
            assert did in exported, f"{page}: direction {did} is not in the export"
            if "data-kind" in element:
                assert element["data-kind"] == exported[did]["kind"], (page, did)
            if "data-status" in element:
                assert element["data-status"] == exported[did]["status"], (page, did)
            seen.add(did)
    assert seen == set(exported), "every exported direction is shown on the site"


def test_direction_ids_match_the_page_anchors(site, published):
    data, _ = published
    parsed: dict[str, dict] = {}
    for did, d in exported_directions(data).items():
        assert d["anchor"] == links.direction_anchor(did)
        path, _, anchor = d["page_url"].partition("#")
        assert path == links.url_path(links.page("guideline", d["guideline"]))
        if path not in parsed:
            html = (site / path / "index.html").read_text(encoding="utf-8")
            parsed[path] = {e["data-direction"]: e for e in directions_on(html)}
        on_page = parsed[path]
        assert on_page[did]["id"] == anchor == d["anchor"]
        assert on_page[did]["data-kind"] == d["kind"] and on_page[did]["data-status"] == d["status"]


def test_every_page_url_in_the_export_exists(site, published):
    data, _ = published
    urls = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("page_url"):
                urls.append(value["page_url"])
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    assert len(urls) > 100
    for url in urls:
        path, _, anchor = url.partition("#")
        page = site / path / "index.html"
        assert page.exists(), url
        if anchor:
            assert f'id="{anchor}"' in page.read_text(encoding="utf-8"), url


def test_export_has_every_collection_edition_version_and_citation(published):
    data, _ = published
    assert set(Handbook.model_fields) <= set(data)
    assert data["edition"]["published"] == "2020-09-21"
    assert data["edition"]["official_url"] == links.OFFICIAL_URL
    assert data["version"]["content_hash"] == content_hash(load_handbook(REPO / "data"))
    assert data["version"]["content_hash"][7:19] in data["citation"]
    assert "Uofficiel" in data["citation"] and "Socialstyrelsen (2020)" in data["citation"]


def test_export_is_deterministic_and_the_hash_follows_the_content(fixture_data):
    first = export_handbook(load_handbook(fixture_data), INFO)
    assert first == export_handbook(load_handbook(fixture_data), INFO)
    path = fixture_data / "guidelines/3-4.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Visitatorer.", "Visitatorer og behandlere."),
                    encoding="utf-8")
    second = export_handbook(load_handbook(fixture_data), INFO)
    assert second["version"]["content_hash"] != first["version"]["content_hash"]


def test_content_hash_is_the_sha256_of_the_sorted_compact_json_of_the_dump(fixture_data):
    # the published definition: the hash must not change when the code that writes it does. The text carries what
    # JSON writers might escape differently: quotes, backslash, slash, a tab, non-ASCII and a character beyond the BMP
    path = fixture_data / "guidelines/3-4.yml"
    tricky = r'target_group: "Visitatorer \"æ\" \\ / \t 🙂."'
    path.write_text(path.read_text(encoding="utf-8").replace("target_group: Visitatorer.", tricky), encoding="utf-8")
    hb = load_handbook(fixture_data)
    assert hb.guidelines[0].target_group == 'Visitatorer "æ" \\ / \t 🙂.'
    canonical = json.dumps(hb.model_dump(mode="json", by_alias=True), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    assert content_hash(hb) == "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_page_links_only_to_pages_that_exist():
    hb = load_handbook(FIXTURE_DATA)
    export = export_handbook(hb, INFO, pages=frozenset({links.page("guideline", "3-4")}))
    assert export["guidelines"][0]["page_url"] == "retningslinjer/3-4/"
    assert export["principles"][0]["page_url"] is None
    flat = export_handbook(hb, INFO, use_directory_urls=False)
    assert flat["guidelines"][0]["directions"][0]["page_url"] == "retningslinjer/3-4.html#anvisning-3.4.1"


def test_each_direction_carries_its_last_change_date_and_version(tmp_path):
    from macros.model.git_history import read_history, read_versions
    from tests.history_repo import make_history_repo

    data_dir = make_history_repo(tmp_path / "repo")
    history = read_history(data_dir)
    info = BuildInfo(Edition(published="2020-09-21"), history, read_versions(data_dir, history))
    export = export_handbook(load_handbook(data_dir), info)
    jsonschema.Draft202012Validator(export_schema()).validate(export)
    changed = {d["id"]: (d["last_changed"], d["version"]) for d in export["guidelines"][0]["directions"]}
    assert changed == {"3.4.1": ("2025-02-10", 2), "3.4.3": ("2025-03-02", 3)}
    assert export["version"]["data_version"] == 4 and export["version"]["data_changed"] == "2025-04-15"
    without = export_handbook(load_handbook(data_dir), BuildInfo())
    assert {(d["last_changed"], d["version"]) for d in without["guidelines"][0]["directions"]} == {(None, None)}
    assert without["version"]["data_version"] is None


def test_schema_describes_the_change_fields():
    direction = export_schema()["$defs"]["Direction"]
    assert {"last_changed", "version"} <= set(direction["required"])
    assert "data_version" in export_schema()["properties"]["version"]["required"]


def test_the_published_files_are_the_bytes_the_standard_json_writer_gives():
    export = export_handbook(load_handbook(REPO / "data"), INFO)
    for value in (export, export_schema()):
        assert to_json(value) == json.dumps(value, ensure_ascii=False, indent=1) + "\n"
    assert to_json({"a": ["æ\n\"", [], {}, 1, True, None]}).startswith('{\n "a": [\n  "æ\\n\\"",\n  [],\n  {},\n')


def test_the_models_schema_is_kept_on_disk_under_a_hash_of_their_code(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fresh = json.loads(json.dumps(Handbook.model_json_schema(by_alias=True, mode="serialization")))
    assert model_schema() == fresh  # generated and stored
    entries = list((tmp_path / "cache/stofhaandbog/schema").iterdir())
    assert len(entries) == 1
    entries[0].write_text(json.dumps({"kept": True}), encoding="utf-8")
    assert model_schema() == {"kept": True}  # read back, not generated again
    code = tmp_path / "code"
    code.mkdir()
    (code / "records.py").write_text("# a changed model\n", encoding="utf-8")
    monkeypatch.setattr("macros.site.export.SCHEMA_CODE", (*SCHEMA_CODE, code))
    assert model_schema() == fresh  # other code: another entry
    assert len(list((tmp_path / "cache/stofhaandbog/schema").iterdir())) == 2
