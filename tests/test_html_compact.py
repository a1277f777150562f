"""html_compact: indentation goes, text and preformatted blocks stay."""

from __future__ import annotations

from macros.site.html_compact import compact_html


def test_indentation_and_blank_lines_go_but_each_line_break_stays():
    assert compact_html("<ul>\n    <li>a\n      b</li>\n\n\n  </ul>\n") == "<ul>\n<li>a\nb</li>\n</ul>\n"


def test_preformatted_and_script_blocks_are_untouched():
    html = "<div>\n  <pre><code>if x:\n    y()\n</code></pre>\n  <script>\n  let a = `\n    b`;\n</script>\n</div>"
    assert compact_html(html) == "<div>\n<pre><code>if x:\n    y()\n</code></pre>\n<script>\n  let a = `\n    b`;\n</script>\n</div>"


def test_textarea_and_style_keep_their_whitespace_too():
    html = "<textarea>\n  a\n</textarea>\n  <STYLE>\n  p { }\n</STYLE>"
    assert compact_html(html) == "<textarea>\n  a\n</textarea>\n<STYLE>\n  p { }\n</STYLE>"


def test_a_start_tag_without_its_end_tag_is_compacted_as_text_and_end_tags_match_in_any_case():
    assert compact_html("<pre>\n  a\n<div>\n  b") == "<pre>\na\n<div>\nb"
    assert compact_html("<Pre>\n  a\n</PRE >\n  <p>\n  b</p>") == "<Pre>\n  a\n</PRE >\n<p>\nb</p>"
    # each kept element ends at the first end tag of its own name
    assert compact_html("<script>\n  </pre>\n  x</script>\n  y") == "<script>\n  </pre>\n  x</script>\ny"
