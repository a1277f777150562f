"""A disk cache for results that depend only on their inputs (Graphviz drawings, the data's history and YAML parse,
the models' JSON Schema, the hand-written pages' compiled macros).

Every build is a fresh process, so work that gives the same result for the same input is kept between builds:
each entry is named by a SHA-256 of everything its result depends on, so a changed input is a new entry and an
entry is never stale. It lives in $XDG_CACHE_HOME/stofhaandbog (else ~/.cache/stofhaandbog). A cache that cannot
be read or written is no cache, never an error: the build then does the work itself.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

KEEP = 64  # entries kept per kind; the least recently used go first
T = TypeVar("T")


def cache_dir() -> Path:
    """The folder of this project's cache entries."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stofhaandbog"


def key(*parts: str | bytes) -> str:
    """A name for an entry: the SHA-256 of its inputs (kept apart, so ('ab', 'c') and ('a', 'bc') differ)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def load(kind: str, name: str) -> bytes | None:
    """An entry's bytes, or None if there is none (or it cannot be read)."""
    path = cache_dir() / kind / name
    try:
        data = path.read_bytes()
        os.utime(path)  # used now: the last to be pruned
    except OSError:
        return None
    return data


def load_value(kind: str, name: str, decode: Callable[[bytes], T]) -> T | None:
    """An entry's value as decode makes it from the bytes, or None if there is none or decode fails on it (an entry
    from an older layout of the code, or a damaged file): the caller then does the work itself."""
    data = load(kind, name)
    if data is None:
        return None
    try:
        return decode(data)
    except Exception:
        return None


def store(kind: str, name: str, data: bytes, keep: int | None = None) -> None:
    """Write an entry (whole or not at all, so parallel builds never read half of one); keep the `keep` (default
    KEEP) most recently used entries of its kind."""
    folder = cache_dir() / kind
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / name)
        entries = sorted((p for p in folder.iterdir() if not p.name.startswith(".tmp-")),
                         key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP if keep is None else keep :]:
            old.unlink(missing_ok=True)
    except OSError:
        return
