"""A tiny Markdown extension: treat <caption> as block-level so md_in_html keeps tables intact."""

from __future__ import annotations

from markdown import Extension


class CaptionExtension(Extension):
    """Without this, md_in_html wraps a table's <caption> in <p>, which browsers move out of the table."""

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's hook name
        """Register caption among the block-level tags."""
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def makeExtension(**kwargs):  # noqa: N802 - the name Python-Markdown looks up
    """Entry point for `markdown_extensions: - macros.adapter.mdext`."""
    return CaptionExtension(**kwargs)
