"""Full-text search: run Pagefind over the staged site before it is swapped in.

Pagefind writes its bundle to `<site>/pagefind/` (JS, CSS, WASM and the index
fragments). Pages opt in with `data-pagefind-body`; filters come from
`data-pagefind-filter="person"` and friends in the templates. The binary comes
from the `pagefind[bin]` wheel; `python -m pagefind` finds and runs it.

Pagefind 1.5.2 is not deterministic: it writes filter values, and the list of
filters in its metadata file, in Rust HashMap order, which changes every run
(upstream Pagefind/pagefind#638: fragments became stable in 1.3, "filter/metadata
indexes" did not). Everything else is byte-identical. `canonicalize_bundle`
sorts those lists and renames the touched files after a hash of their content,
so two builds of the same site give the same bytes. The JS loads these files by
the names written in pagefind-entry.json and the metadata file and never checks
the hashes, so any stable name works.

Two savings keep the bundle byte for byte the same: Pagefind is handed only the
pages that carry data-pagefind-body (it skips the others anyway, after parsing
them), and a build whose indexed pages did not change reuses the live bundle
(see index_site).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .errors import DossierError

BUNDLE_DIR = "pagefind"
TIMEOUT = 600  # seconds; a stuck indexer must not hang the build forever


BODY_ATTRIBUTE = b"data-pagefind-body"
SELECTION_DIR = ".dossier-search-pages"  # inside the staged site, removed before the swap
# Part of the reuse stamp: bump when index_site or canonicalize_bundle changes the bundle.
STAMP_FORMAT = 1


def index_site(staging_dir: Path, *, previous: Path | None = None, stamp: Path | None = None) -> None:
    """Index every HTML page under staging_dir into staging_dir/pagefind/.

    With `previous` (the live site) and `stamp` (a file in the cache folder), a bundle is
    reused instead of rebuilt when Pagefind would get exactly the pages it got last time
    and the live site still holds the bundle it made of them: the stamp records digests of
    both (and the Pagefind version), and Pagefind plus canonicalize_bundle is deterministic.

    Raises DossierError naming the folder and Pagefind's own output on failure.
    """
    site = Path(staging_dir).resolve()
    if not site.is_dir():
        raise DossierError("search: site folder not found", str(site))
    # Pagefind adds to an existing bundle folder; start clean so no stale index files survive.
    shutil.rmtree(site / BUNDLE_DIR, ignore_errors=True)
    selected = _selected_pages(site)
    if previous is not None and stamp is not None and _reuse(site, Path(previous) / BUNDLE_DIR, Path(stamp), selected):
        return
    mode = "selection" if selected is not None and _index_selection(site, selected) else "all"
    if mode == "all":
        code, output = _pagefind(site, site, quiet=True)
        if code != 0:
            detail = output or "no output"
            if "Could not find pagefind binary" in output:
                detail = "the Pagefind binary is missing; install pagefind[bin]"
            raise DossierError(f"search: Pagefind failed (exit {code}): {_tail(detail)}", str(site))
        if not (site / BUNDLE_DIR / "pagefind.js").is_file():
            raise DossierError(f"search: Pagefind wrote no index: {_tail(output or 'no output')}", str(site))
    canonicalize_bundle(site / BUNDLE_DIR)
    if stamp is not None:
        _write_stamp(Path(stamp), {"format": STAMP_FORMAT, "mode": mode,
                                   "inputs": _inputs_digest(site, selected if mode == "selection" else None),
                                   "bundle": _bundle_digest(site / BUNDLE_DIR)})


def _index_selection(site: Path, selected: dict[str, bytes]) -> bool:
    """Index only the pages that mention data-pagefind-body; False when that did not work.

    Once any page has a data-pagefind-body element, Pagefind leaves every page without one
    out of the index, yet still reads and parses them all. Handing it just the pages whose
    text mentions the attribute (hard links, same relative paths) gives the same bundle in
    two thirds of the time, provided Pagefind finds a real element among them (its log says
    so): a mention in prose or a comment is not one, and then the whole site is indexed.
    On any failure the caller runs Pagefind on the whole site, which reports it properly.
    """
    pages = site / SELECTION_DIR
    shutil.rmtree(pages, ignore_errors=True)
    try:
        made: set[str] = set()
        for rel in selected:
            folder = rel.rpartition("/")[0]
            if folder not in made:
                (pages / folder).mkdir(parents=True, exist_ok=True)
                made.add(folder)
            try:
                os.link(site / rel, pages / rel)
            except OSError:
                shutil.copyfile(site / rel, pages / rel)
        code, output = _pagefind(pages, site, quiet=False)
        if code != 0 or "Found a data-pagefind-body element" not in output \
                or not (pages / BUNDLE_DIR / "pagefind.js").is_file():
            return False
        os.rename(pages / BUNDLE_DIR, site / BUNDLE_DIR)
        return True
    except OSError:
        return False
    finally:
        shutil.rmtree(pages, ignore_errors=True)


def _pagefind(cwd: Path, site: Path, quiet: bool) -> tuple[int, str]:
    """Run Pagefind in `cwd` (the site or a selection of its pages): (exit code, its log).
    Only a timeout or a missing Python raise; errors name `site`."""
    # Pagefind reads pagefind.yml/.toml/.json from its working directory and
    # PAGEFIND_* variables from the environment; run it in the site folder and
    # drop those variables (except the binary path) so only our arguments count.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PAGEFIND_") or k == "PAGEFIND_BINARY_PATH"}
    cmd = [sys.executable, "-m", "pagefind", "--site", ".", "--output-subdir", BUNDLE_DIR]
    try:
        proc = subprocess.run(cmd + ["--quiet"] * quiet, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise DossierError(f"search: Pagefind did not finish within {TIMEOUT} s", str(site)) from None
    except OSError as exc:
        raise DossierError(f"search: could not run Pagefind: {exc}", str(site)) from None
    return proc.returncode, (proc.stdout + proc.stderr).strip()


def _html_files(site: Path) -> list[str]:
    """Site-relative paths of the files Pagefind reads (its default glob, **/*.html)."""
    cut = len(str(site)) + 1
    found = []
    for dirpath, _dirs, names in os.walk(site):
        found += [os.path.join(dirpath, n)[cut:].replace(os.sep, "/") for n in names if n.endswith(".html")]
    return sorted(found)


def _selected_pages(site: Path) -> dict[str, bytes] | None:
    """The pages (path -> bytes) whose text mentions data-pagefind-body, or None when none does
    (then Pagefind indexes every page whole)."""
    selected = {}
    for rel in _html_files(site):
        data = (site / rel).read_bytes()
        if BODY_ATTRIBUTE in data.lower():  # HTML attribute names are case-insensitive
            selected[rel] = data
    return selected or None


def _inputs_digest(site: Path, selected: dict[str, bytes] | None) -> str:
    """Everything the bundle depends on: the pages Pagefind read (the selection, or every
    page when it indexed the whole site), its version, our settings."""
    h = hashlib.sha256()
    tool = [STAMP_FORMAT, BUNDLE_DIR, os.environ.get("PAGEFIND_BINARY_PATH"),
            *(_version(d) for d in ("pagefind", "pagefind_bin"))]
    h.update(json.dumps(tool).encode("utf-8"))
    pages = selected.items() if selected is not None else ((rel, (site / rel).read_bytes()) for rel in _html_files(site))
    for rel, data in pages:
        h.update(b"\0%s\0%d\0" % (rel.encode("utf-8"), len(data)))
        h.update(data)
    return h.hexdigest()


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _bundle_digest(bundle: Path) -> str | None:
    if not bundle.is_dir() or bundle.is_symlink():
        return None
    h = hashlib.sha256()
    for rel in _all_files(bundle):
        path = bundle / rel
        if path.is_symlink() or not path.is_file():
            return None  # not what index_site writes
        data = path.read_bytes()
        h.update(b"\0%s\0%d\0" % (rel.encode("utf-8"), len(data)))
        h.update(data)
    return h.hexdigest()


def _all_files(root: Path) -> list[str]:
    cut = len(str(root)) + 1
    return sorted(os.path.join(d, n)[cut:].replace(os.sep, "/") for d, _dirs, names in os.walk(root) for n in names)


def _reuse(site: Path, old: Path, stamp: Path, selected: dict[str, bytes] | None) -> bool:
    """Hard-link the live bundle into the staged site when the stamp shows it is current."""
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or recorded.get("format") != STAMP_FORMAT:
        return False
    if recorded.get("mode") == "selection":
        if selected is None or recorded.get("inputs") != _inputs_digest(site, selected):
            return False
    elif recorded.get("mode") != "all" or recorded.get("inputs") != _inputs_digest(site, None):
        return False
    new = site / BUNDLE_DIR
    digest = _bundle_digest(old)
    if digest is None or recorded.get("bundle") != digest:
        return False
    try:
        for rel in _all_files(old):
            (new / rel).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(old / rel, new / rel)  # same bytes, and their modification times stay put
            except OSError:
                shutil.copy2(old / rel, new / rel)
        if _bundle_digest(new) == digest:  # the live site could have changed while we copied
            return True
    except OSError:
        pass
    shutil.rmtree(new, ignore_errors=True)
    return False


def _write_stamp(stamp: Path, data: dict) -> None:
    """Atomically, best effort: without a stamp the next build just runs Pagefind again."""
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=stamp.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
            os.replace(tmp, stamp)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def _tail(text: str, lines: int = 15) -> str:
    # Pagefind prints some errors twice; keep each line once.
    unique = list(dict.fromkeys(line.rstrip() for line in text.splitlines()))
    return "\n".join(unique[-lines:])


# ---- deterministic bundle -----------------------------------------------------
# Pagefind's index files are gzip("pagefind_dcd" + CBOR). The CBOR uses only
# unsigned ints, byte and text strings and arrays, so a tiny codec is enough;
# every file is checked to round-trip byte for byte before it is rewritten.

SIGNATURE = b"pagefind_dcd"


class _FormatError(Exception):
    pass


def _cbor_decode(data: bytes, pos: int = 0):
    head = data[pos]
    major, info = head >> 5, head & 0x1F
    pos += 1
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[pos:pos + size], "big")
        pos += size
    else:
        raise _FormatError(f"unsupported CBOR item 0x{head:02x}")
    if major == 0:
        return arg, pos
    if major in (2, 3):
        raw = data[pos:pos + arg]
        return (raw if major == 2 else raw.decode("utf-8")), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = _cbor_decode(data, pos)
            items.append(item)
        return items, pos
    raise _FormatError(f"unsupported CBOR major type {major}")


def _cbor_head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise _FormatError("integer too large")


def _cbor_encode(value) -> bytes:
    if isinstance(value, int):
        return _cbor_head(0, value)
    if isinstance(value, bytes):
        return _cbor_head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _cbor_head(3, len(raw)) + raw
    return _cbor_head(4, len(value)) + b"".join(_cbor_encode(v) for v in value)


def _read_cbor(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise _FormatError(f"{path.name}: missing Pagefind signature")
    value, end = _cbor_decode(data, len(SIGNATURE))
    if end != len(data) or _cbor_encode(value) != data[len(SIGNATURE):]:
        raise _FormatError(f"{path.name}: does not round-trip")
    return value


def _write_cbor(folder: Path, prefix: str, suffix: str, digits: int, value) -> str:
    """Write value under a name made from its content hash; return the hash part of the name."""
    data = SIGNATURE + _cbor_encode(value)
    name = f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return name


def _by_name(items: list) -> list:
    """Sort [name, ...] pairs by name; refuse anything else."""
    if not all(isinstance(i, list) and i and isinstance(i[0], str) for i in items):
        raise _FormatError("expected a list of named entries")
    return sorted(items, key=lambda i: i[0])


def canonicalize_bundle(bundle: Path) -> None:
    """Put Pagefind's HashMap-ordered lists in sorted order (see the module docstring)."""
    try:
        _canonicalize(bundle)
    except (_FormatError, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise DossierError(f"search: unexpected Pagefind output, cannot make it deterministic: {exc}",
                           str(bundle)) from None


def _canonicalize(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    filter_dir = bundle / "filter"
    for lang, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read_cbor(meta_path)
        # meta = [version, fragments, index chunks, filters [[name, file hash]], sorts, meta keys]
        filters = _by_name(meta[3])
        for pair in filters:
            old = filter_dir / f"{pair[1]}.pf_filter"
            # filter file = [filter name, [[value, [page numbers]], ...]]
            name, values = _read_cbor(old)
            values = _by_name(values)
            for v in values:
                if all(isinstance(n, int) for n in v[1]):
                    v[1] = sorted(v[1])
            new = _write_cbor(filter_dir, lang, ".pf_filter", 7, [name, values])
            if new != pair[1]:
                old.unlink()
                pair[1] = new
        meta[3] = filters
        meta[4] = _by_name(meta[4])
        new_meta = _write_cbor(bundle, f"pagefind.{lang}", ".pf_meta", 10, meta)
        new_hash = new_meta.removeprefix("pagefind.")
        if new_hash != info["hash"]:
            meta_path.unlink()
            info["hash"] = new_hash
    # Same compact form Pagefind writes.
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
