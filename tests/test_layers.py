"""The package is grouped by layer, and a lower layer never imports from a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import macros

PACKAGE = Path(macros.__file__).parent
# lowest first: text and addresses, the model, the renderers, the editors' guide, the site, the MkDocs adapter
LAYERS = ("core", "model", "render", "editors", "site", "adapter")
TOP_LEVEL_LIMIT = 8


def layer_of(module: str) -> int:
    """The layer of a module under macros (the top-level modules sit above everything)."""
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 2 and parts[1] in LAYERS else len(LAYERS)


def module_name(path: Path) -> str:
    """macros.model.load for macros/model/load.py."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, package: str) -> list[tuple[int, str]]:
    """Every macros module or package a module's source imports from, with its line (relative imports resolved)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            # 'from macros.core import links' imports the module macros.core.links
            found += [(node.lineno, f"{base}.{a.name}" if base in PACKAGES else base) for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name == "macros" or name.startswith("macros.")]


PACKAGES = {"macros", *(f"macros.{layer}" for layer in LAYERS)}


def package_of(path: Path) -> str:
    """The package a file's relative imports start from."""
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def test_every_module_sits_in_a_layer_and_few_stay_on_top():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= TOP_LEVEL_LIMIT, top
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(LAYERS)


def test_no_layer_imports_from_a_higher_one():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = module_name(path)
        for line, target in imports(path.read_text(encoding="utf-8"), package_of(path)):
            if layer_of(target) > layer_of(here):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {here} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_upward_imports_in_every_form():
    # the check must be able to fail: a model module importing a renderer, absolutely or relatively
    source = "from macros.render.page import Page\nfrom ..render import guideline\nimport macros.site.pages\n"
    found = imports(source, "macros.model")
    assert found == [(1, "macros.render.page"), (2, "macros.render.guideline"), (3, "macros.site.pages")]
    assert all(layer_of(target) > layer_of("macros.model.records") for _, target in found)
