"""The disk cache: entries named by their inputs, written whole, pruned, and never an error (macros/core/cache.py)."""

from __future__ import annotations

import json
import os

import pytest

from macros.core import cache


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_an_entry_comes_back_as_written_under_this_projects_folder(own_cache):
    name = cache.key("digraph { a }", "/usr/bin/dot")
    assert cache.load("graphviz", name) is None
    cache.store("graphviz", name, b"<svg/>")
    assert cache.load("graphviz", name) == b"<svg/>"
    assert (own_cache / "stofhaandbog" / "graphviz" / name).read_bytes() == b"<svg/>"


def test_keys_tell_their_inputs_apart():
    assert cache.key("ab", "c") != cache.key("a", "bc")
    assert cache.key("a") == cache.key(b"a") != cache.key("a", "")
    assert len(cache.key("x")) == 64


def test_a_cache_that_cannot_be_written_is_no_cache(own_cache):
    own_cache.parent.mkdir(parents=True, exist_ok=True)
    own_cache.write_text("a file where the folder should be", encoding="utf-8")
    cache.store("graphviz", "k", b"data")  # no error
    assert cache.load("graphviz", "k") is None


def test_the_least_recently_used_entries_go_first(own_cache, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 2)
    for n, name in enumerate(("a", "b")):
        cache.store("kind", name, name.encode())
        os.utime(own_cache / "stofhaandbog" / "kind" / name, ns=(n * 10**9, n * 10**9))
    assert cache.load("kind", "a") == b"a"  # used now: newer than b
    cache.store("kind", "c", b"c")
    assert sorted(p.name for p in (own_cache / "stofhaandbog" / "kind").iterdir()) == ["a", "c"]


def test_a_kind_can_keep_fewer_entries(own_cache):
    for n, name in enumerate(("a", "b", "c")):
        cache.store("big", name, name.encode(), keep=2)
        os.utime(own_cache / "stofhaandbog" / "big" / name, ns=(n * 10**9, n * 10**9))
    assert sorted(p.name for p in (own_cache / "stofhaandbog" / "big").iterdir()) == ["b", "c"]


def test_an_entry_that_cannot_be_decoded_is_no_entry(own_cache):
    assert cache.load_value("schema", "k", json.loads) is None  # none
    cache.store("schema", "k", b"{damaged")
    assert cache.load_value("schema", "k", json.loads) is None
    cache.store("schema", "k", b'{"a": 1}')
    assert cache.load_value("schema", "k", json.loads) == {"a": 1}
