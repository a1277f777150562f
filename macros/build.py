"""The one build command: a strict MkDocs build that replaces the site (or the zip) only when it succeeds.

`make build`, `make zip` and the tests all build through here, so every build is equally strict:
`mkdocs build --strict` without `--quiet` (with it, MkDocs 1.6 drops warnings before strict mode counts them).

    python -m macros.build site              # site/ is replaced only by a build without warnings
    python -m macros.build --zip dist/name   # dist/name.zip, a copy that runs from file:// (HANDBOOK_ZIP=true)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path


def mkdocs_build(dest: Path, config: str = "mkdocs.yml", env: dict[str, str] | None = None,
                 capture: bool = False, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` into dest; never with --quiet."""
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config, "-d", str(dest)],
        env=environ, capture_output=capture, text=True, cwd=cwd,
    )


def build_site(dest: Path, config: str = "mkdocs.yml") -> int:
    """Build into a sibling folder and swap it in only on success: a failed build keeps the last good site."""
    dest = dest.resolve()
    fresh = dest.with_name(dest.name + ".tmp")
    shutil.rmtree(fresh, ignore_errors=True)
    code = mkdocs_build(fresh, config).returncode
    if code != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"Build failed; {_shown(dest)} is unchanged.", file=sys.stderr)
        return code
    old = dest.with_name(dest.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if dest.exists():
        dest.rename(old)
    fresh.rename(dest)
    shutil.rmtree(old, ignore_errors=True)
    return 0


def build_zip(dest: Path, config: str = "mkdocs.yml") -> int:
    """Build the file:// edition and write dest.zip (one top folder named like the zip) only on success."""
    dest = dest.resolve()
    folder = dest.with_name(dest.name + ".build") / dest.name
    shutil.rmtree(folder.parent, ignore_errors=True)
    code = mkdocs_build(folder, config, env={"HANDBOOK_ZIP": "true"}).returncode
    if code != 0:
        shutil.rmtree(folder.parent, ignore_errors=True)
        print(f"Build failed; {_shown(dest.with_suffix('.zip'))} is unchanged.", file=sys.stderr)
        return code
    partial = dest.with_name(dest.name + ".zip.tmp")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder.parent).as_posix())
    os.replace(partial, dest.with_name(dest.name + ".zip"))
    shutil.rmtree(folder.parent, ignore_errors=True)
    print(_shown(dest.with_name(dest.name + ".zip")))
    return 0


def _shown(path: Path) -> str:
    """A path relative to the working folder when it is inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    """Command line: python -m macros.build [--zip] [-f mkdocs.yml] DEST."""
    parser = argparse.ArgumentParser(prog="python -m macros.build", description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="the site folder, or the zip's path without .zip")
    parser.add_argument("--zip", action="store_true", help="build the file:// edition as DEST.zip")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    args = parser.parse_args(argv)
    return (build_zip if args.zip else build_site)(args.dest, args.config_file)


if __name__ == "__main__":
    sys.exit(main())
