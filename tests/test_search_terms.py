"""Danish word tools for the search index: tokens, inflection families, compound tails, prefix cover."""

from __future__ import annotations

import re
from pathlib import Path

from macros.site.search_terms import Phrases, Vocabulary, is_word, token_set, tokens, uncovered

# the separator mkdocs.yml gives Material's search (read from the file, so the tests follow it)
SEPARATOR = re.search(r"^\s+separator: '(.+)'$", (Path(__file__).parents[1] / "mkdocs.yml").read_text(), re.M).group(1)

WORDS = (
    "stof lov stofmisbrug stofmisbrugsbehandling misbrug behandling behandlingen behandlinger behandlingsplan "
    "behandlingsplanen behandlingsplaner behandlingsplanerne plan planen samtale samtalen samtalerne "
    "læge lægesamtale tilbud tilbuddet tilbuddene tal tale unge ung grundlag lovgrundlag lag hjælp "
    "middel hjælpemiddel nærmere mere kvalitet kvalitetsstandard kvalitetsstandarden standard database"
).split()
TERMS = "behandling behandlingsplan plan samtale standard misbrug misbrugsbehandling middel grundlag".split()


def vocabulary() -> Vocabulary:
    """A small vocabulary standing in for the handbook's words and terms."""
    return Vocabulary(WORDS, TERMS)


def test_tokens_keep_numbers_whole_and_split_punctuation_like_the_search_worker():
    text = "<p>3.4 Retningslinje – motiverende samtale (MI) og 3.4.1, se § 101.</p>"
    assert tokens(text, SEPARATOR) == ["3.4", "retningslinje", "motiverende", "samtale", "mi", "og", "3.4.1", "se", "§", "101"]
    assert tokens("BEK 1477/2019 · 14-dagesfristen", SEPARATOR) == ["bek", "1477", "2019", "14", "dagesfristen"]


def test_token_set_is_the_set_of_the_tokens():
    text = "<p>Planen, planen og 3.4.1 – se planen.</p>"
    assert token_set(text, SEPARATOR) == set(tokens(text, SEPARATOR)) == {"planen", "og", "3.4.1", "se"}


def test_is_word_skips_stop_words_numbers_and_short_words():
    assert is_word("plan") and is_word("pårørende")
    assert not is_word("til") and not is_word("14") and not is_word("mi") and not is_word("§")


def test_lemma_strips_plural_and_definite_endings_to_a_word_the_handbook_uses():
    v = vocabulary()
    for form in ("behandlingsplaner", "behandlingsplanen", "behandlingsplanerne", "behandlingsplan"):
        assert v.lemma(form) == "behandlingsplan"
    assert v.lemma("samtalerne") == "samtale"
    assert v.lemma("tilbuddet") == "tilbud"  # doubled consonant before the ending
    assert v.lemma("behandlingerne") == "behandling"  # a form the handbook does not use still finds its word


def test_lemma_leaves_short_stems_and_unknown_words_alone():
    v = vocabulary()
    assert v.lemma("tale") == "tale"  # not tal, a different word
    assert v.lemma("unge") == "unge"
    assert v.lemma("gavekortene") == "gavekortene"


def test_forms_are_the_family_members_the_handbook_uses():
    v = vocabulary()
    assert v.forms("behandlingsplan") == {"behandlingsplan", "behandlingsplanen", "behandlingsplaner", "behandlingsplanerne"}
    assert v.forms("tilbuddene") == {"tilbud", "tilbuddet", "tilbuddene"}


def test_compound_tails_with_and_without_linking_letters():
    v = vocabulary()
    assert v.tails("stofmisbrugsbehandling") == ("misbrugsbehandling", "behandling")  # stof|misbrugs-|behandling
    assert v.tails("behandlingsplan") == ("plan",)  # behandling-s-|plan
    assert v.tails("behandlingsplanerne") == ("planerne",)  # an inflected tail of a term
    assert v.tails("lægesamtale") == ("samtale",)
    assert v.tails("hjælpemiddel") == ("middel",)  # hjælp-e-|middel
    assert v.tails("kvalitetsstandarden") == ("standarden",)


def test_compounds_are_the_words_with_tails():
    v = vocabulary()
    assert {"stofmisbrugsbehandling", "behandlingsplan", "lægesamtale", "lovgrundlag"} <= v.compounds
    assert not {"plan", "grundlag", "nærmere", "samtale"} & v.compounds


def test_starting_lists_every_given_token_with_the_prefix():
    v = Vocabulary([*WORDS, "plan2", "planer.dk"], TERMS)
    assert v.starting("planer") == ("planer.dk",)  # a token, not a word: still a prefix search finds it
    assert v.starting("plan") == ("plan", "plan2", "planen", "planer.dk")
    assert v.starting("behandlingsplanerne") == ("behandlingsplanerne",)
    assert v.starting("planlægning") == ()


def test_no_false_splits_into_short_or_common_words():
    v = vocabulary()
    assert v.tails("grundlag") == ()  # lag is three letters and no term
    assert "grundlag" in v.tails("lovgrundlag")
    assert v.tails("nærmere") == ()  # mere is a common word, not a term
    assert v.tails("samtale") == ()  # sam is no word


def test_phrases_match_multi_word_names_exactly_and_one_word_names_in_any_form():
    v = vocabulary()
    phrases = Phrases(["en", "behandlingsplanerne", "motiverende", "samtale"], v)
    assert ("behandlingsplan",) in phrases
    assert ("motiverende", "samtale") in phrases
    assert ("samtale", "motiverende") not in phrases


def test_uncovered_drops_what_a_prefix_search_already_finds():
    assert uncovered(["plan", "planen", "behandlingsplaner", "behandlingsplanerne", "mål"], ["planerne"]) == [
        "behandlingsplanerne", "mål", "planen",
    ]
    assert uncovered(["b", "a", "b"], []) == ["a", "b"]
    assert uncovered(["plan", "planer"], []) == ["planer"]  # the longer candidate covers the shorter
    assert uncovered(["plan", "planer"], ["planerne"]) == []  # and is covered in turn
    assert uncovered([], ["plan"]) == [] and uncovered(["plan"], []) == ["plan"]
