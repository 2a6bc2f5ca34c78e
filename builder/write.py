"""The one writer: every output file goes through write_site.

The new site is built in a sibling staging folder and swapped in whole, so a
failed or killed build leaves the old output as it was, and the dev server never
serves half a site. Files whose bytes did not change are hard-linked from the old
output so their modification time (and HTTP caches, rsync, deploy diffs) stay put.
Given a spare folder (the build passes one in its cache folder), the replaced output
is kept there and becomes the next staging folder, so a rebuild does not delete and
re-create a folder per page.
"""
from __future__ import annotations

import os
import shutil
import stat
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
    cut = len(str(root)) + 1  # plain string slicing: Path.relative_to per file was slow on big sites
    found = {os.path.join(dirpath, f)[cut:] for dirpath, _dirs, names in os.walk(root) for f in names}
    if os.sep != "/":
        found = {f.replace(os.sep, "/") for f in found}
    found.discard(MARKER)
    return found


def _same(old: str, data: bytes) -> os.stat_result | None:
    """The old file's stat when it is a regular file holding exactly `data`, else None."""
    try:
        st = os.lstat(old)
        if not stat.S_ISREG(st.st_mode) or st.st_size != len(data):
            return None
        with open(old, "rb") as f:
            return st if f.read() == data else None
    except OSError:
        return None


def _usable_spare(spare: Path | None, out: Path) -> Path | None:
    """The spare folder's path, unless it could overlap the output."""
    if spare is None:
        return None
    spare = Path(spare).absolute()
    if spare.is_relative_to(out) or out.is_relative_to(spare):
        return None
    return spare


def _ours(path: Path) -> bool:
    """A real folder (not a symlink) holding our marker as a regular file."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode) and stat.S_ISREG(os.lstat(path / MARKER).st_mode)
    except OSError:
        return False


def _claim_spare(spare: Path | None, staging: Path) -> bool:
    """Move the previous build's old output (kept at `spare`) to `staging` for reuse."""
    if spare is None or not _ours(spare):
        return False
    try:
        os.rename(spare, staging)  # atomic: of two builds racing for it, one gets it
    except OSError:                # gone, taken, or on another file system
        return False
    if _ours(staging):
        return True
    try:                           # replaced between the check and the rename: put it back
        os.rename(staging, spare)
    except OSError:
        pass
    return False


def _reconcile(root: Path, files: set[str], folders: set[str]) -> tuple[set[str], set[str]]:
    """Strip a recycled tree down to regular files at paths in `files` (plus the marker) inside
    folders in `folders`. Never follows a symlink. Returns (files kept, folders kept)."""
    kept_files: set[str] = set()
    kept_folders: set[str] = set()
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        with os.scandir(root / rel_dir if rel_dir else root) as entries:
            for entry in entries:
                rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                if entry.is_dir(follow_symlinks=False):
                    if rel in folders:
                        kept_folders.add(rel)
                        stack.append(rel)
                    else:
                        shutil.rmtree(entry.path)
                elif entry.is_file(follow_symlinks=False) and (rel in files or rel == MARKER):
                    kept_files.add(rel)
                else:
                    os.unlink(entry.path)  # a file we no longer write, a symlink, a socket...
    return kept_files, kept_folders


def _keep_as_spare(aside: Path, spare: Path | None) -> None:
    """Keep the replaced output for the next build to recycle, else delete it."""
    if spare is not None:
        try:
            spare.parent.mkdir(parents=True, exist_ok=True)
            os.rename(aside, spare)  # fails when another build left a spare first
            return
        except OSError:
            pass
    shutil.rmtree(aside, ignore_errors=True)


def write_site(files: Mapping[str, bytes], output_dir: Path,
               before_swap: Callable[[Path], None] | None = None,
               spare_dir: Path | None = None) -> WriteReport:
    """Replace output_dir with exactly `files` (relative POSIX path -> bytes) plus the marker.

    `before_swap(staging_dir)` runs on the complete staged site (e.g. the search indexer);
    if it or anything else fails, the staging folder is removed and output_dir is untouched.

    `spare_dir` (optional, on the same file system, e.g. in the cache folder): where the
    replaced output is kept so the next build stages into it instead of creating thousands
    of folders and deleting thousands more (most of the staging time on a big site). Its
    files may share inodes with the live output, so staging never writes into an existing
    file: it unlinks it and writes a new one.
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
    spare = _usable_spare(spare_dir, out)

    staging = parent / f".{name}.staging-{os.getpid()}"
    written = unchanged = 0
    try:
        if _claim_spare(spare, staging):
            present, made = _reconcile(staging, set(files), folders)
        else:
            staging.mkdir()
            (staging / MARKER).write_bytes(_MARKER_TEXT)  # first, so a killed build's leftover is recognisably ours
            present, made = set(), set()
        stage, old_root = str(staging), str(out)
        for rel in sorted(files):
            data = files[rel]
            target = f"{stage}/{rel}"  # check_path guarantees it stays inside; staging holds no symlinks
            folder = rel.rpartition("/")[0]
            if folder and folder not in made:  # one mkdir per folder: it is the slow part on big sites
                os.makedirs(f"{stage}/{folder}", exist_ok=True)
                while folder and folder not in made:
                    made.add(folder)
                    folder = folder.rpartition("/")[0]
            old = f"{old_root}/{rel}"
            old_stat = _same(old, data)
            if rel in present:
                if old_stat is not None and os.path.samestat(old_stat, os.lstat(target)):
                    unchanged += 1  # recycled: already a hard link to the live file
                    continue
                os.unlink(target)  # never write into it: it may be a live output file's inode
            if old_stat is not None:
                try:
                    os.link(old, target)  # shares the inode: same bytes, same mtime
                except OSError:
                    shutil.copy2(old, target)  # file systems without hard links
                unchanged += 1
            else:
                with open(target, "wb") as f:
                    f.write(data)
                written += 1
        if before_swap is not None:
            before_swap(staging)
        removed = len(_tree(out) - _tree(staging))
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise DossierError(f"cannot write the site: {exc.strerror or exc}", exc.filename or str(out)) from exc
        raise

    # swap: old output aside, staging into place, then keep the old one for the next build
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
    if aside.exists():
        _keep_as_spare(aside, spare)
    return WriteReport(written=written, unchanged=unchanged, removed=removed)
