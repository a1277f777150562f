"""A docs page's macros: rendered, or stopped with the file and the line the editor sees, never a traceback."""

from __future__ import annotations

import pytest
from jinja2 import Environment, StrictUndefined

from macros.adapter.page_macros import TemplateProblem, render_page_macros


def env() -> Environment:
    environment = Environment(undefined=StrictUndefined)

    def count(what):
        if what != "guidelines":
            raise ValueError(f"count('{what}'): unknown; use one of: guidelines")
        return 19

    environment.globals["count"] = count
    return environment


def problem(markdown: str, offset: int = 0) -> str:
    with pytest.raises(TemplateProblem) as caught:
        render_page_macros(env(), markdown, {}, "docs/om/index.md", offset)
    return str(caught.value)


def test_renders_macros_and_leaves_plain_text():
    assert render_page_macros(env(), "Der er {{ count('guidelines') }} retningslinjer.", {}, "docs/x.md") == \
        "Der er 19 retningslinjer."


def test_unknown_macro_names_the_file_line_counted_from_the_top_of_the_file():
    # 3 lines of front matter above the Markdown: the editor's line 5 is the template's line 2
    assert problem("Tekst\n{{ ukendt() }}\n", offset=3) == (
        "docs/om/index.md: line 5: 'ukendt' is undefined; check the name against the macros on the editors' page, "
        "or remove the {{ … }}")


def test_syntax_error_names_the_line():
    assert problem("a\nb\n{% if %}\n").startswith("docs/om/index.md: line 3: ")
    assert "(template syntax)" in problem("{{ count( }}")


def test_a_macro_that_refuses_its_argument_gives_its_own_reason():
    assert problem("\n{{ count('x') }}") == (
        "docs/om/index.md: line 2: count('x'): unknown; use one of: guidelines; correct the macro call on that line")
