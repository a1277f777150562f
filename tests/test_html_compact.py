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
