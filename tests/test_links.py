"""links.rebase: Markdown written for one page keeps working on another."""

from __future__ import annotations

from macros import links


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


def test_phase_links_point_at_the_navigator():
    assert links.to_phase("retningslinjer/3-4.md", "afdaekning") == "../hvor-er-borgeren.md#fase-afdaekning"
