"""Thin adapter: read the data files' history from git; without git or history it returns an empty History.

One build runs git four times at most, whatever the number of pages: the log and the working tree's changes (two),
side by side while the data loads, and one `git cat-file --batch` that reads every old version of the record files at
once (none when the versions of these commits are in the disk cache).
"""

from __future__ import annotations

import pickle
import subprocess
from collections.abc import Callable
from pathlib import Path

from macros.core import cache
from macros.model import versions as versions_module
from macros.model.edition import BuildInfo, Commit, History
from macros.model.load import parsed_texts
from macros.model.versions import Revision, Versions, build_versions, tracked

SEPARATOR = "\x1e"  # starts each commit in the log output; never occurs in dates, hashes or paths
LOG_FORMAT = f"--format={SEPARATOR}%cs %h %H %cI"
_CODE = (Path(__file__), Path(versions_module.__file__))  # the code that turns old files into versions


def read_history(data_dir: Path | str, git: str = "git") -> History:
    """Commits that touched data_dir (newest first) and the files with uncommitted changes."""
    return start_history(data_dir, git)()


def start_history(data_dir: Path | str, git: str = "git") -> Callable[[], History]:
    """Start the git commands that read data_dir's history, side by side; the function returned waits for them and
    gives the History (a build loads the data meanwhile, so it does not wait for git)."""
    data_dir = Path(data_dir)
    running = [
        # the first-parent line is the order in which changes reached this branch: a merged branch counts as one
        # change on the day it was merged (-m lists what the merge changed), so version numbers only ever grow
        _start_git(git, data_dir, "log", "--first-parent", "-m", LOG_FORMAT, "--name-only", "--relative", "--", "."),
        _start_git(git, data_dir, "diff", "--name-only", "--relative", "HEAD", "--", "."),
        _start_git(git, data_dir, "ls-files", "--others", "--exclude-standard", "--", "."),
    ]

    def history() -> History:
        log, changed, untracked = (_output(process) for process in running)
        if log is None:
            return History()
        pending = frozenset(line for line in f"{changed or ''}\n{untracked or ''}".splitlines() if line.strip())
        return History(commits=parse_log(log), pending=pending)

    return history


def parse_log(text: str) -> tuple[Commit, ...]:
    """Parse `git log --format=<SEP>%cs %h [%H %cI] --name-only` output into commits."""
    commits = []
    for block in text.split(SEPARATOR):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        date, short, full, time = (lines[0].split(" ") + ["", "", ""])[:4]
        commits.append(Commit(date=date, hash=short, files=tuple(lines[1:]), time=time, full_hash=full))
    return tuple(commits)


def read_versions(data_dir: Path | str, history: History, git: str = "git") -> Versions:
    """Every version of the record files in the history, read by one git process, compared record by record
    (versions equal to the current files reuse the loader's parse)."""
    commits = [c for c in reversed(history.commits) if c.full_hash]  # oldest first
    if not commits:
        return Versions()
    # a commit's files never change, so the versions follow from the data folder, its commits and this code:
    # kept on disk (macros/core/cache.py), a build without a new commit reads no old file and parses no YAML
    name = cache.key(str(Path(data_dir).resolve()), repr(commits), *(path.read_bytes() for path in _CODE))
    if (kept := cache.load_value("versions", name, pickle.loads)) is not None:
        return kept
    wanted = [(c.full_hash, rel) for c in commits for rel in c.files if tracked(rel)]
    texts = read_blobs(Path(data_dir), wanted, git)
    if texts is None:
        return Versions()
    versions = build_versions([
        (Revision(number, c.date, c.time, c.hash, c.full_hash),
         {rel: texts.get((c.full_hash, rel)) for rel in c.files if tracked(rel)})
        for number, c in enumerate(commits, start=1)
    ], known=parsed_texts())
    cache.store("versions", name, pickle.dumps(versions))
    return versions


def read_blobs(data_dir: Path, wanted: list[tuple[str, str]], git: str = "git") -> dict[tuple[str, str], str] | None:
    """The text of each (commit, file relative to data_dir); a file deleted in that commit is absent; None on failure."""
    if not wanted:
        return {}
    request = "".join(f"{commit}:./{rel}\n" for commit, rel in wanted).encode()
    try:
        result = subprocess.run([git, "cat-file", "--batch"], cwd=data_dir, input=request, capture_output=True,
                                timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    out, pos, texts = result.stdout, 0, {}
    for key in wanted:  # each answer: '<oid> blob <size>\n<content>\n', or '<request> missing\n'
        end = out.index(b"\n", pos)
        header = out[pos:end].split(b" ")
        pos = end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            texts[key] = out[pos:pos + size].decode("utf-8", errors="replace")
            pos += size + 1
    return texts


def _start_git(git: str, cwd: Path, *args: str) -> subprocess.Popen | None:
    """A started git command, or None when git is missing or cwd is gone."""
    try:
        return subprocess.Popen([git, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    except OSError:
        return None


def _output(process: subprocess.Popen | None) -> str | None:
    """A started git command's output, or None when it did not start, cwd is no repository or the command fails."""
    if process is None:
        return None
    try:
        out, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None
    return out if process.returncode == 0 else None


def build_info(data_dir: Path, edition, history: History) -> BuildInfo:
    """The build's edition with the history of its data folder and its versions (empty without git)."""
    return BuildInfo(edition=edition, history=history, versions=read_versions(data_dir, history))
