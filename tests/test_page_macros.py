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


def test_a_pages_compiled_template_is_kept_and_a_changed_page_compiled_afresh(tmp_path, monkeypatch):
    """The code Jinja compiles a page to is kept in the disk cache: the next build renders it without compiling."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page = "Der er {{ count('guidelines') }} retningslinjer."
    assert render_page_macros(env(), page, {}, "docs/x.md") == "Der er 19 retningslinjer."
    compiled: list[str] = []
    monkeypatch.setattr(Environment, "compile", lambda self, source, *a, **k: compiled.append(source) or 1 / 0)
    assert render_page_macros(env(), page, {}, "docs/x.md") == "Der er 19 retningslinjer."
    assert compiled == []
    with pytest.raises(TemplateProblem):  # a changed page is compiled (here: refused by the stand-in compiler)
        render_page_macros(env(), page + " Nyt.", {}, "docs/x.md")
    assert compiled == [page + " Nyt."]


def test_a_template_error_still_names_the_line_when_the_code_comes_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page = "Linje 1\n\n{{ count('x') }}\n"
    assert problem(page) == problem(page)
    assert problem(page).startswith("docs/om/index.md: line 3: count('x'): unknown")
    (entry,) = (tmp_path / "cache" / "stofhaandbog" / "jinja").iterdir()
    entry.write_bytes(b"damaged")
    assert problem(page).startswith("docs/om/index.md: line 3:")
