"""The one writer: every output file goes through write_site.

The new site is built in a sibling staging folder and swapped in whole, so a
failed or killed build leaves the old output as it was, and the dev server never
serves half a site. Files whose bytes did not change are hard-linked from the old
output so their modification time (and HTTP caches, rsync, deploy diffs) stay put.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from .errors import DossierError

MARKER = ".dossier"  # present in every output folder we write; we replace no other folder
_MARKER_TEXT = b"This folder is written by Dossier; every build replaces it whole.\n"


@dataclass(frozen=True)
class WriteReport:
    written: int     # new or changed files
    unchanged: int   # same bytes as before, modification time kept
    removed: int     # files of the old output (incl. ones before_swap added, e.g. Pagefind's
                     # content-hashed fragments) that the new output no longer has


def check_path(rel: str) -> str:
    """Return rel if it is a safe relative POSIX path inside the output folder, else raise."""
    bad = None
    if not isinstance(rel, str) or not rel:
        bad = "empty path"
    elif "\\" in rel or "\x00" in rel:
        bad = "backslash or NUL in path"
    elif rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
        bad = "absolute path"
    elif any(seg in ("", ".", "..") for seg in rel.split("/")):
        bad = "empty, '.' or '..' segment"
    elif rel == MARKER:
        bad = f"{MARKER} is reserved for Dossier's marker file"
    if bad:
        raise DossierError(f"refusing to write outside the output folder ({bad})", repr(rel))
    return rel


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def _clean_stale(parent: Path, name: str) -> None:
    """Remove staging/old folders left by killed builds (owner pid gone)."""
    for prefix in (f".{name}.staging-", f".{name}.old-"):
        for path in parent.glob(prefix + "*"):
            pid = path.name[len(prefix):]
            if not pid.isdigit() or (int(pid) != os.getpid() and _alive(int(pid))):
                continue
            # only folders that are ours: carry the marker, or are empty (killed before it was written)
            if path.is_dir() and not path.is_symlink() and ((path / MARKER).is_file() or not any(path.iterdir())):
                shutil.rmtree(path, ignore_errors=True)


def _check_replaceable(out: Path) -> None:
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise DossierError("not a Dossier output folder; refusing to replace it", str(out))
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise DossierError("not a Dossier output folder; refusing to replace it", str(out))


def _tree(root: Path) -> set[str]:
    """Relative POSIX paths of every file under root (the marker excluded)."""
    if not root.is_dir():
        return set()
    found = set()
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            found.add(Path(dirpath, f).relative_to(root).as_posix())
    found.discard(MARKER)
    return found


def _same(old: Path, data: bytes) -> bool:
    try:
        if not old.is_file() or old.is_symlink() or old.stat().st_size != len(data):
            return False
        return old.read_bytes() == data
    except OSError:
        return False


def write_site(files: Mapping[str, bytes], output_dir: Path,
               before_swap: Callable[[Path], None] | None = None) -> WriteReport:
    """Replace output_dir with exactly `files` (relative POSIX path -> bytes) plus the marker.

    `before_swap(staging_dir)` runs on the complete staged site (e.g. the search indexer);
    if it or anything else fails, the staging folder is removed and output_dir is untouched.
    """
    out = Path(output_dir).absolute()
    for rel in files:
        check_path(rel)
    # a path can't be both a file and a folder ("a" and "a/b.html")
    parts = [rel.split("/") for rel in files]
    folders = {"/".join(p[:i]) for p in parts for i in range(1, len(p))}
    clash = sorted(folders & set(files))
    if clash:
        raise DossierError("path is both a file and a folder", clash[0])

    parent, name = out.parent, out.name
    parent.mkdir(parents=True, exist_ok=True)
    _clean_stale(parent, name)
    _check_replaceable(out)

    staging = parent / f".{name}.staging-{os.getpid()}"
    written = unchanged = 0
    try:
        staging.mkdir()
        (staging / MARKER).write_bytes(_MARKER_TEXT)  # first, so a killed build's leftover is recognisably ours
        made: set[str] = set()
        for rel in sorted(files):
            data = files[rel]
            target = staging / rel  # check_path guarantees it stays inside; staging holds no symlinks
            folder = rel.rpartition("/")[0]
            if folder and folder not in made:  # one mkdir per folder: it is the slow part on big sites
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(folder)
            old = out / rel
            if _same(old, data):
                try:
                    os.link(old, target)  # shares the inode: same bytes, same mtime
                except OSError:
                    shutil.copy2(old, target)  # file systems without hard links
                unchanged += 1
            else:
                target.write_bytes(data)
                written += 1
        if before_swap is not None:
            before_swap(staging)
        removed = len(_tree(out) - _tree(staging))
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise DossierError(f"cannot write the site: {exc.strerror or exc}", exc.filename or str(out)) from exc
        raise

    # swap: old output aside, staging into place, then drop the old one
    aside = parent / f".{name}.old-{os.getpid()}"
    try:
        if out.exists():
            os.rename(out, aside)
        try:
            os.rename(staging, out)
        except OSError:
            if aside.exists():
                os.rename(aside, out)  # put the old site back
            raise
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DossierError(f"cannot replace the output folder: {exc.strerror or exc}", str(out)) from exc
    shutil.rmtree(aside, ignore_errors=True)
    return WriteReport(written=written, unchanged=unchanged, removed=removed)
