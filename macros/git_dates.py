"""Thin adapter: read the data files' history from git; without git or history it returns an empty History."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .edition import BuildInfo, Commit, History

SEPARATOR = "\x1e"  # starts each commit in the log output; never occurs in dates, hashes or paths


def read_history(data_dir: Path | str, git: str = "git") -> History:
    """Commits that touched data_dir (newest first) and the files with uncommitted changes."""
    data_dir = Path(data_dir)
    log = _git(git, data_dir, "log", f"--format={SEPARATOR}%cs %h", "--name-only", "--relative", "--", ".")
    if log is None:
        return History()
    changed = _git(git, data_dir, "diff", "--name-only", "--relative", "HEAD", "--", ".") or ""
    untracked = _git(git, data_dir, "ls-files", "--others", "--exclude-standard", "--", ".") or ""
    pending = frozenset(line for line in (changed + "\n" + untracked).splitlines() if line.strip())
    return History(commits=parse_log(log), pending=pending)


def parse_log(text: str) -> tuple[Commit, ...]:
    """Parse `git log --format=<SEP>%cs %h --name-only` output into commits."""
    commits = []
    for block in text.split(SEPARATOR):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        date, _, short = lines[0].partition(" ")
        commits.append(Commit(date=date, hash=short, files=tuple(lines[1:])))
    return tuple(commits)


def _git(git: str, cwd: Path, *args: str) -> str | None:
    """Output of a git command, or None when git is missing, cwd is no repository or the command fails."""
    try:
        result = subprocess.run([git, *args], cwd=cwd, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def build_info_for(config) -> BuildInfo:
    """This build's edition (mkdocs.yml extra.handbook.edition) and the history of its data folder."""
    from .state import data_dir, settings_for

    return BuildInfo(edition=settings_for(config).edition, history=read_history(data_dir(config)))
