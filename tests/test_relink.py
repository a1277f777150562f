"""Moving Markdown between pages: relative links rebased or remapped, headings demoted."""

from __future__ import annotations

from macros.core.links import rebase
from macros.render.relink import demote


def test_relative_links_follow_the_text_to_its_new_page():
    text = "Se [3.5](3-5.md#anvisning-3.5.2), [loven](../love/sel-101.md) og ![logo](../assets/x.svg \"Logo\")."
    assert rebase(text, "retningslinjer/3-4.md", "udskriv.md") == (
        "Se [3.5](retningslinjer/3-5.md#anvisning-3.5.2), [loven](love/sel-101.md) og ![logo](assets/x.svg \"Logo\")."
    )


def test_absolute_links_and_unchanged_pages_are_left_alone():
    text = "[a](https://x.dk/y.md) [b](mailto:a@b.dk) [c](/abs.md) [d](#lokal)"
    assert rebase(text, "retningslinjer/3-4.md", "udskriv.md") == (
        "[a](https://x.dk/y.md) [b](mailto:a@b.dk) [c](/abs.md) [d](retningslinjer/3-4.md#lokal)"
    )
    assert rebase(text, "a/b.md", "a/b.md") == text


def test_reference_links_and_nested_brackets():
    text = "[SEL [§ 101]](../love/sel-101.md)\n\n[kilde]: ../om/kilder.md"
    assert rebase(text, "principper/x.md", "udskriv.md") == "[SEL [§ 101]](love/sel-101.md)\n\n[kilde]: om/kilder.md"


def test_remap_turns_chosen_targets_into_in_page_anchors():
    def remap(page, anchor):
        return f"here-{anchor or 'top'}" if page == "retningslinjer/3-5.md" else None

    text = "[x](3-5.md#a) [y](3-5.md) [z](3-6.md)"
    assert rebase(text, "retningslinjer/3-4.md", "udskriv.md", remap) == (
        "[x](#here-a) [y](#here-top) [z](retningslinjer/3-6.md)"
    )


def test_demote_moves_headings_down_but_not_inside_code_and_not_past_h6():
    text = "# A\n\n## B\n\n```\n# kode\n```\n\n##### E\n#hashtag"
    assert demote(text, 2) == "### A\n\n#### B\n\n```\n# kode\n```\n\n###### E\n#hashtag"
