"""The search index enrichment: direction entries, each paragraph once, extra words; the real build and its budget."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.core import links
from macros.model.load import load_handbook
from macros.render.guideline import direction_entries
from macros.site.search_index import FIELDS, enrich, index_once, with_entries
from tests.conftest import FIXTURE_DATA, REPO, run_build
from tests.test_search_terms import SEPARATOR

BUDGET = 150_000  # bytes of the gzipped search index of the real handbook (gzip level 6, a server's usual)


def handbook(data: Path = FIXTURE_DATA, guideline_words=(), direction_words=()):
    """The fixture handbook, optionally with søgeord on guideline 3-4 and its direction 3.4.1."""
    if guideline_words or direction_words:
        path = data / "guidelines" / "3-4.yml"
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        record["søgeord"] = list(guideline_words)
        record["directions"][0]["søgeord"] = list(direction_words)
        path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    return load_handbook(data)


def material_index(prefix: str = "retningslinjer/3-4/") -> dict:
    """An index as Material's search plugin writes it for a few pages of the fixture handbook."""
    fields = {name: {"boost": 1} for name in FIELDS} | {"title": {"boost": 1000}, "text": {"boost": 1}}
    docs = [
        {"location": prefix, "title": "3.4 Retningslinje for behandlingsgarantien", "text": "<ul> <li>Tema: Et borgerforløb</li> </ul>"},
        {"location": f"{prefix}#anvisninger", "title": "Anvisninger", "text": ""},  # the directions: data-search-exclude
        {"location": f"{prefix}#kilder", "title": "Kilder", "text": "<ul> <li>Nationale retningslinjer (2020), s. 60 [K1]</li> </ul>"},
        {"location": "lovkrav/", "title": "Alle lovkrav", "text": "<p>Her står alle lovkrav samlet efter fase.</p>"},
        {
            "location": "lovkrav/#fase-afgoerelse",
            "title": "Afgørelse",
            "text": "<ul> <li> <p>Anvisning 3.4.1 Lovkrav i 3.4 Behandlingsgarantien</p> "
            "<p>Behandlingen skal være i gang senest 14 dage efter henvendelsen.</p> </li> </ul>",
        },
        {
            "location": "lovkrav/#fase-udskrivning",
            "title": "Udskrivning",
            "text": "<p>Et afsnit om behandling og garantien, som kun står her og er langt nok til at tælle.</p>",
        },
    ]
    return {"config": {"lang": ["da"], "separator": SEPARATOR, "pipeline": ["stopWordFilter"], "fields": fields}, "docs": docs}


def by_location(index: dict) -> dict[str, dict]:
    """The index's entries by location."""
    return {doc["location"]: doc for doc in index["docs"]}


def own_entries(hb, page: str = "retningslinjer/3-4/") -> dict:
    """Guideline 3-4's own search entries (one per direction), as its page value carries them."""
    return {page: direction_entries(hb, hb.guideline("3-4"))}


def test_each_direction_gets_its_own_entry_with_a_labelled_title():
    hb = handbook()
    docs = with_entries(material_index()["docs"], own_entries(hb))
    assert [d["location"] for d in docs[:4]] == [
        "retningslinjer/3-4/", "retningslinjer/3-4/#anvisninger",
        "retningslinjer/3-4/#anvisning-3.4.1", "retningslinjer/3-4/#anvisning-3.4.2",
    ]
    first, second = docs[2], docs[3]
    assert first["title"] == "3.4.1 · Lovkrav · Behandlingsgarantien"
    assert first["text"] == "<p>Behandlingen skal være i gang senest 14 dage efter henvendelsen.</p> <p>Lovgrundlag: SEL § 101, stk. 4</p>"
    assert second["title"] == "3.4.2 · Anbefaling · Behandlingsgarantien"
    assert second["text"] == "<p>Fortæl borgeren om fristen ved første kontakt.</p>"


def test_entries_whose_section_is_missing_stop_the_build():
    index = material_index()
    del index["docs"][1]  # the section the directions follow
    with pytest.raises(ValueError, match=r"retningslinjer/3-4/#anvisning-3.4.1 \(after #anvisninger\)"):
        with_entries(index["docs"], own_entries(handbook()))


def test_each_paragraph_is_indexed_once_at_its_home():
    docs = index_once(with_entries(material_index()["docs"], own_entries(handbook())), True)
    entries = {d["location"]: d for d in docs}
    assert "Behandlingen skal" in entries["retningslinjer/3-4/#anvisning-3.4.1"]["text"]
    assert "lovkrav/#fase-afgoerelse" not in entries  # only a copy of the direction: not indexed
    assert "retningslinjer/3-4/#kilder" not in entries  # a list of sources: om/kilder describes them
    assert entries["lovkrav/"]["text"] == "<p>Her står alle lovkrav samlet efter fase.</p>"  # a page keeps its entry
    assert entries["lovkrav/#fase-udskrivning"]["text"].startswith("<p>Et afsnit")


def test_a_paragraph_is_a_copy_whatever_its_whitespace():
    paragraph = "Et afsnit om behandling og garantien, som står flere steder og er langt nok til at tælle."
    loose = " " + paragraph.replace(" om ", " om\n   ").replace(" og ", " og\u00a0", 1) + " "
    docs = index_once([
        {"location": "retningslinjer/3-4/", "title": "3.4", "text": f"<p>{paragraph}</p>"},
        {"location": "oversigt/", "title": "Oversigt", "text": f"<p>{loose}</p>"},
        {"location": "oversigt/#afsnit", "title": "Afsnit", "text": f"<ul> <li>{paragraph}</li> </ul>"},
    ], True)
    assert [(d["location"], d["text"]) for d in docs] == [("retningslinjer/3-4/", f"<p>{paragraph}</p>"), ("oversigt/", "")]


def test_enrich_adds_søgeord_forms_and_synonyms_where_lunr_indexes_them(fixture_data):
    hb = handbook(fixture_data, guideline_words=["ventetid", "SEL"], direction_words=["frist", "14-dagesgaranti"])
    entries = by_location(enrich(material_index(), hb, own_entries(hb)))
    direction = entries["retningslinjer/3-4/#anvisning-3.4.1"]
    # frist → fristen, the form the handbook uses; a prefix search for frist finds it
    assert direction["keywords"].split() == ["14", "dagesgaranti", "fristen"]
    page = entries["retningslinjer/3-4/"]
    assert set(page["keywords"].split()) >= {"ventetid", "sel", "serviceloven"}  # SEL names a glossary term
    assert "garantien" in page["titles"].split()  # behandlingsgarantien → garantien
    assert entries["lovkrav/#fase-udskrivning"].keys() == {"location", "title", "text"}  # sections get no extra words


def test_enrich_names_the_missing_search_fields():
    index = material_index()
    del index["config"]["fields"]["titles"]
    with pytest.raises(ValueError, match=r"mkdocs.yml: plugins: search: fields: needs \['titles'\]"):
        enrich(index, handbook(), {})


def enriched_digest() -> str:
    """A digest of the enriched fixture index (run in subprocesses with different hash seeds)."""
    return hashlib.sha256(json.dumps(enrich(material_index(), handbook(), own_entries(handbook())), sort_keys=True).encode()).hexdigest()


def test_enrichment_is_deterministic_across_hash_seeds():
    code = "from tests.test_search_index import enriched_digest; print(enriched_digest())"
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


# --- the real build ---------------------------------------------------------------------------------


def real_index(site: Path) -> dict:
    """The search index of the real build."""
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_real_index_fits_the_size_budget(site):
    raw = (site / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, compresslevel=6))
    print(f"\nsearch index: {len(raw) / 1000:.1f} kB, gzipped {size / 1000:.1f} kB ({size} bytes; budget {BUDGET})")
    assert size <= BUDGET


def test_real_index_has_every_direction_under_its_page(site):
    hb = load_handbook(REPO / "data")
    index = real_index(site)
    position = {doc["location"]: i for i, doc in enumerate(index["docs"])}
    for guideline, direction in hb.directions():
        page = f"retningslinjer/{guideline.id}/"
        entry = index["docs"][position[f"{page}#anvisning-{direction.id}"]]
        kind = "Lovkrav" if direction.kind == "lovkrav" else "Anbefaling"
        assert entry["title"] == f"{direction.id} · {kind} · {guideline.short_title}"
        assert entry["text"]
        assert position[page] < position[entry["location"]]  # Material groups a section under the page before it


def test_real_index_config_declares_the_extra_fields_and_keeps_numbers_whole(site):
    config = real_index(site)["config"]
    assert {name: config["fields"][name]["boost"] for name in FIELDS} == {"titles": 500, "keywords": 100, "parts": 1}
    assert config["separator"] == SEPARATOR


def test_real_index_finds_forms_tails_and_synonyms(site):
    entries = by_location(real_index(site))
    assert "behandlingsplaner" in entries["retningslinjer/3-7/"]["titles"].split()
    assert any(w.startswith("standard") for w in entries["retningslinjer/2-8/"]["titles"].split())  # kvalitetsstandard
    assert "cbt" in entries["metoder/kognitiv-adfaerdsterapi/"]["titles"].split()  # the glossary's abbreviation
    assert "mi" in entries["metoder/motiverende-samtale/"]["titles"].split()  # MI needs the extra weight


def test_zip_build_inlines_the_enriched_index(tmp_path):
    result = run_build(tmp_path, env={"HANDBOOK_ZIP": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    inlined = (tmp_path / "search" / "search_index.js").read_text(encoding="utf-8")
    assert inlined.startswith("var __index = ")
    index = json.loads(inlined[len("var __index = "):])
    entries = by_location(index)
    assert entries["retningslinjer/3-4.html#anvisning-3.4.1"]["title"] == "3.4.1 · Lovkrav · Behandlingsgarantien"
    assert "behandlingsplaner" in entries["retningslinjer/3-7.html"]["titles"].split()


def test_real_index_leaves_out_the_guidelines_facts_boxes(site):
    locations = [doc["location"] for doc in real_index(site)["docs"]]
    assert not [loc for loc in locations if loc.endswith(f"#{links.FACTS_ANCHOR}")]
    # the pages the facts link to keep their own entries
    assert "temaer/borgerforloeb/" in locations and "love/sel-101/" in locations
