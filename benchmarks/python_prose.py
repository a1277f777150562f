"""Measure the Danish sentences left in Python string literals under macros/: bytes per module and in total.

Editorial prose belongs in Markdown under docs/ (or in the editors' data files beside the code); Python keeps labels
and data-driven text. This counts what is left, so the goal (at most LIMIT bytes in the whole package) can be checked.

The rule, applied to every .py file under macros/ (parsed with ast, so comments never count):
- a unit is one string literal (implicitly joined pieces are one literal) or one f-string, whose literal parts are
  joined and whose {…} parts are left out;
- docstrings (the first statement of a module, class or function) do not count;
- a literal followed by .split() is a word list (e.g. search stop words) and does not count;
- a unit counts if it reads as a Danish sentence: at least MIN_WORDS words, of which at least MIN_DANISH are Danish
  function words (og, er, på, til, …; none that is also a common English word, such as at, for, i, to) or words with
  æ, ø or å. English error messages, short labels ("Åbne data", "Kilder nu:") and markup therefore do not count;
- its size is the UTF-8 bytes of the whole unit (for an f-string: of its literal parts).

    python benchmarks/python_prose.py            # bytes per module, per package and the total
    python benchmarks/python_prose.py --list     # also every counted literal, to see what is left
    python benchmarks/python_prose.py macros/editors macros/model   # only these folders
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIMIT = 6 * 1024  # issue 16: at most 6 KB of Danish sentences in Python literals
MIN_WORDS = 4
MIN_DANISH = 2
FUNCTION_WORDS = frozenset(
    "og er en et på til der det som med ikke du kan skal den har af de om eller fra hvis så når jeres din dit vi "
    "sig ved efter hvor hvad også kun bliver blev være dig jer hver".split()
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_danish_sentence(text: str) -> bool:
    """True if the text reads as a Danish sentence by the rule in the module docstring."""
    words = WORD.findall(text)
    danish = [w for w in words if w.lower() in FUNCTION_WORDS or any(c in w.lower() for c in "æøå")]
    return len(words) >= MIN_WORDS and len(danish) >= MIN_DANISH


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def prose_literals(source: str) -> list[str]:
    """The texts of the literals in a module that count as Danish sentences."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # its parts are counted once, as the f-string
            skip |= {id(v) for v in ast.walk(node) if v is not node}
        elif isinstance(node, ast.Attribute) and node.attr == "split" and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # "og i at …".split(): a word list
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        else:
            continue
        if is_danish_sentence(text):
            found.append(text)
    return found


def measure(folders: list[Path]) -> dict[str, list[str]]:
    """Module path (relative to the repository) -> its counted literals, for every module with any."""
    result = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            found = prose_literals(path.read_text(encoding="utf-8"))
            if found:
                result[path.resolve().relative_to(REPO).as_posix()] = found
    return result


def size(texts: list[str]) -> int:
    """UTF-8 bytes of the texts."""
    return sum(len(t.encode("utf-8")) for t in texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[REPO / "macros"])
    parser.add_argument("--list", action="store_true", help="print every counted literal")
    args = parser.parse_args(argv)
    found = measure(args.folders)
    packages: dict[str, int] = {}
    for module, texts in sorted(found.items(), key=lambda kv: -size(kv[1])):
        print(f"{size(texts):7d}  {module}")
        if args.list:
            for text in texts:
                print(f"         {len(text.encode('utf-8')):5d}  {text!r}")
        package = module.rsplit("/", 1)[0]
        packages[package] = packages.get(package, 0) + size(texts)
    print()
    for package, total in sorted(packages.items()):
        print(f"{total:7d}  {package}/")
    total = sum(packages.values())
    verdict = "within" if total <= LIMIT else "over"
    print(f"{total:7d}  total ({verdict} the limit of {LIMIT} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
