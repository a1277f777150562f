"""The search help's word list (macros/site/search_words.py): the index's words by use, filler, phrases, page links."""

from __future__ import annotations

import gzip
import json
import shutil

from macros.core import links
from macros.model.load import load_handbook
from macros.model.records import SearchPhrase
from macros.site.search_words import GLOBAL, QUERY_FILLER, WORDS_FILE, words_script
from tests.conftest import FIXTURE_DATA, REPO, load_problems
from tests.test_search_terms import SEPARATOR


def data_of(script: str) -> dict:
    """The data a words.js script assigns to its global."""
    prefix = f"window.{GLOBAL} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix):-2])


def index(*docs: dict) -> dict:
    return {"config": {"separator": SEPARATOR}, "docs": list(docs)}


def test_words_are_the_index_words_most_used_first_without_stop_words_or_numbers():
    hb = load_handbook(FIXTURE_DATA)
    script = words_script(index(
        {"location": "a/", "title": "Afgørelse", "text": "<p>Afgørelsen skal træffes inden 14 dage.</p>"},
        {"location": "b/", "title": "Plan", "text": "<p>Planen og afgørelsen.</p>", "keywords": "behandlingsplan"},
    ), hb)
    words = data_of(script)["words"]
    assert words[0] == "afgørelsen"  # on two pages
    assert set(words) == {"afgørelse", "afgørelsen", "træffes", "inden", "dage", "plan", "planen", "behandlingsplan"}
    assert "skal" not in words and "14" not in words  # a stop word, a number


def test_phrases_links_and_suggestions_come_from_the_data_and_links_module():
    hb = load_handbook(FIXTURE_DATA).model_copy(update={"search_phrases": (
        SearchPhrase(phrases=("Egen læge", "sagsbehandler"), search="Lægesamtale"),
    )})
    data = data_of(words_script(index(), hb, use_directory_urls=False))
    assert data["phrases"] == [[["egen", "læge"], "lægesamtale"], [["sagsbehandler"], "lægesamtale"]]
    assert data["links"] == {"glossary": links.url_path(links.GLOSSARY_PAGE, False),
                             "lovkrav": links.url_path(links.LOVKRAV_PAGE, False),
                             "pathway": links.url_path(links.PATHWAY_PAGE, False)}
    assert data["links"]["glossary"].endswith(".html")  # the zip's file:// links
    assert data["suggestions"] == [p.title for p in sorted(hb.phases, key=lambda p: p.order)]
    assert {"hvornår", "skal", "borgeren"} <= set(data["filler"]) == QUERY_FILLER


def test_data_cannot_close_the_script():
    hb = load_handbook(FIXTURE_DATA).model_copy(update={"search_phrases": (
        SearchPhrase(phrases=("mindre end < 14 dage </script",), search="plan"),
    )})
    script = words_script(index(), hb)
    assert "</script" not in script and "<" not in script
    assert "<" in "".join(data_of(script)["phrases"][0][0])  # the reader's browser decodes it back


def test_real_word_list_is_small_and_has_every_phrase(site):
    script = (site / WORDS_FILE).read_text(encoding="utf-8")
    data = data_of(script)
    assert len(gzip.compress(script.encode(), 6)) < 30_000  # loaded only when search is used
    phrases = {" ".join(words) for words, _ in data["phrases"]}
    hb = load_handbook(REPO / "data")
    assert {p.lower() for record in hb.search_phrases for p in record.phrases} == phrases
    assert "afgørelse" in data["words"] and "behandlingsgarantien" in data["words"]


def test_real_phrase_list_checks_its_search_words(tmp_path):
    """A search word the handbook does not use stops the build with file, field and fix."""
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    path = data / "search_phrases.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("search: afgørelse visitation",
                                                             "search: afgørlse visitation", 1), encoding="utf-8")
    assert load_problems(data) == ["data/search_phrases.yml: [0].search: 'afgørlse' is a word the handbook does not "
                                   "use; search for words from the handbook's own text"]


def test_a_search_word_that_starts_a_line_of_the_data_is_a_word_the_handbook_uses(fixture_data):
    """Words after a line break count too: the check reads the data's words, not its JSON escapes ('\\nord')."""
    guideline = fixture_data / "guidelines" / "3-4.yml"
    guideline.write_text(guideline.read_text(encoding="utf-8").replace(
        "target_group: Visitatorer.", "target_group: |\n  Visitatorer og\n  myndighedsrådgivere."), encoding="utf-8")
    phrases = fixture_data / "search_phrases.yml"
    phrases.write_text("- phrases: [sagsbehandler]\n  search: myndighedsrådgivere\n"
                       "- phrases: [rådgiver]\n  search: nmyndighedsrådgivere\n", encoding="utf-8")
    assert load_problems(fixture_data) == [
        "data/search_phrases.yml: [1].search: 'nmyndighedsrådgivere' is a word the handbook does not use; "
        "search for words from the handbook's own text"]
