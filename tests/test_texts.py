"""The fixed sentences of the pages made from data (docs/tekstblokke.md, macros/render/texts.py)."""

from __future__ import annotations

import re

import pytest

from macros.render.texts import BLOCKS, TEXTS_FILE, TextsError, handbook_texts, parse_texts, read_texts
from tests.conftest import REPO

SHOWN = "docs/tekstblokke.md"


def complete(**override: str) -> str:
    """A texts file with every block (each placeholder used once), some blocks replaced."""
    bodies = {name: " ".join(f"{{{p}}}" for p in places) or f"Tekst {name}." for name, places in BLOCKS.items()}
    bodies.update(override)
    return "# Faste tekster\n\nIntro med {kommune}, som ikke er en blok.\n\n" + "".join(
        f"## {name}\n\n{body}\n\n" for name, body in bodies.items())


def problems(markdown: str) -> list[str]:
    with pytest.raises(TextsError) as caught:
        parse_texts(markdown, SHOWN)
    return caught.value.problems


def test_the_handbooks_file_has_every_block_and_lists_them_in_order():
    texts = handbook_texts()
    assert set(texts.blocks) == set(BLOCKS)
    headings = re.findall(r"^## (\S+)$", (REPO / "docs" / TEXTS_FILE).read_text(encoding="utf-8"), flags=re.M)
    assert headings == list(BLOCKS)  # the file reads in the order BLOCKS documents them


def test_placeholders_are_filled_once_and_values_stay_as_given():
    texts = parse_texts(complete(**{"lokal-side-intro": "Sat op af {kommune}; {kommune}s bokse."}))
    assert texts("lokal-side-intro", kommune="{kommune} & Co") == "Sat op af {kommune} & Co; {kommune} & Cos bokse."


def test_editors_notes_and_surrounding_space_are_left_out():
    texts = parse_texts(complete(**{"lov-forbehold": "<!-- en note\n til redaktøren -->\nTeksten her.\n\n"}))
    assert texts("lov-forbehold") == "Teksten her."


def test_a_block_keeps_its_markdown_lines_and_indentation():
    note = '!!! note "Titel"\n    Første linje.\n\n    Andet afsnit.'
    assert parse_texts(complete(**{"princip-etiket": note}))("princip-etiket") == note


def test_a_missing_renamed_or_repeated_block_names_the_file_and_the_fix():
    renamed = complete().replace("## lov-forbehold\n", "## lov-forbehol\n")
    assert problems(renamed) == [
        f"{SHOWN}: ## lov-forbehol: no page uses this block; check the name against the list at the top of the file "
        f"({', '.join(BLOCKS)})",
        f"{SHOWN}: ## lov-forbehold: missing; add the block (a '## lov-forbehold' heading and its text)",
    ]
    assert problems(complete() + "## lov-forbehold\n\nIgen.\n") == [
        f"{SHOWN}: ## lov-forbehold: the block appears twice; keep one"]


def test_an_unknown_placeholder_or_an_empty_block_is_refused():
    assert problems(complete(**{"lokal-boks-fod": "Fra {kommune} i {by}."})) == [
        f"{SHOWN}: ## lokal-boks-fod: unknown placeholder {{by}}; this block can use: {{kommune}}, {{dato}}"]
    assert problems(complete(**{"lov-forbehold": "Om {kommune}."})) == [
        f"{SHOWN}: ## lov-forbehold: unknown placeholder {{kommune}}; this block can use: none"]
    assert problems(complete(**{"lov-forbehold": "<!-- kun en note -->"})) == [
        f"{SHOWN}: ## lov-forbehold: the block is empty; write its text under the heading"]


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(TextsError) as caught:
        read_texts(tmp_path / TEXTS_FILE)
    assert caught.value.problems == [f"{SHOWN}: cannot read the file (No such file or directory); restore it from git"]


def test_attribute_lists_are_not_placeholders():
    texts = parse_texts(complete(**{"lov-forbehold": "Tekst.\n{ .klasse }"}))
    assert texts("lov-forbehold") == "Tekst.\n{ .klasse }"
