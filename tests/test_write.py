"""builder/write.py: the one atomic writer, on real folders."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from builder.errors import DossierError
from builder.write import MARKER, WriteReport, write_site

SITE = {
    "index.html": b"<h1>Home</h1>",
    "people/donald-trump/index.html": b"<h1>Donald Trump</h1>",
    "data/entities.json": b"{}",
}
OLD = 1_000_000_000  # a modification time far in the past


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def age_all(root: Path) -> None:
    for p in root.rglob("*"):
        if p.is_file():
            os.utime(p, (OLD, OLD))


def test_first_write_creates_files_and_marker(tmp_path):
    out = tmp_path / "site" / "output"
    report = write_site(SITE, out)
    assert report == WriteReport(written=3, unchanged=0, removed=0)
    assert tree(out) == {**SITE, MARKER: (out / MARKER).read_bytes()}
    assert siblings(out) == []  # no staging left behind
    assert oct((out / "index.html").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unchanged_files_keep_their_mtime_changed_ones_do_not(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)
    age_all(out)
    new = {**SITE, "index.html": b"<h1>Home v2</h1>", "about/index.html": b"about"}
    del new["data/entities.json"]
    report = write_site(new, out)
    assert report == WriteReport(written=2, unchanged=1, removed=1)
    assert (out / "people/donald-trump/index.html").stat().st_mtime == OLD
    assert (out / "index.html").stat().st_mtime > OLD
    assert (out / "index.html").read_bytes() == b"<h1>Home v2</h1>"
    assert not (out / "data/entities.json").exists()
    assert set(tree(out)) == set(new) | {MARKER}


def test_rewrite_with_nothing_changed(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)
    age_all(out)
    assert write_site(SITE, out) == WriteReport(written=0, unchanged=3, removed=0)
    assert all(p.stat().st_mtime == OLD for p in out.rglob("*") if p.is_file() and p.name != MARKER)


@pytest.mark.parametrize("bad", [
    "/etc/passwd", "../escape.html", "a/../../escape.html", "a/./b.html", "./a.html", "a//b.html",
    "a/", "", "a\\..\\b.html", "nul\x00.html", "C:/x.html", "..", ".", MARKER,
])
def test_rejects_unsafe_paths_and_leaves_output_alone(tmp_path, bad):
    out = tmp_path / "output"
    write_site(SITE, out)
    before = tree(out)
    with pytest.raises(DossierError) as info:
        write_site({**SITE, bad: b"x"}, out)
    assert repr(bad) in str(info.value)
    assert tree(out) == before
    assert siblings(out) == []
    assert not (tmp_path / "escape.html").exists()


def test_rejects_a_path_that_is_both_file_and_folder(tmp_path):
    with pytest.raises(DossierError, match="both a file and a folder"):
        write_site({"a": b"1", "a/b.html": b"2"}, tmp_path / "output")
    assert not (tmp_path / "output").exists()


def test_refuses_to_replace_a_folder_that_is_not_ours(tmp_path):
    out = tmp_path / "docs"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    with pytest.raises(DossierError) as info:
        write_site(SITE, out)
    assert str(info.value) == f"{out}: not a Dossier output folder; refusing to replace it"
    assert tree(out) == {"thesis.tex": b"years of work"}
    assert siblings(out) == []


def test_refuses_a_file_or_symlink_in_place_of_the_folder(tmp_path):
    out = tmp_path / "output"
    out.write_text("a file")
    with pytest.raises(DossierError, match="refusing to replace it"):
        write_site(SITE, out)
    assert out.read_text() == "a file"
    real = tmp_path / "real"
    write_site(SITE, real)
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(DossierError, match="refusing to replace it"):
        write_site(SITE, link)


def test_accepts_an_existing_empty_folder(tmp_path):
    out = tmp_path / "output"
    out.mkdir()
    assert write_site(SITE, out).written == 3


def test_failure_before_swap_leaves_old_output_exactly(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)
    age_all(out)
    before = tree(out)

    def boom(staging: Path) -> None:
        assert tree(staging)["index.html"] == b"changed"  # the hook sees the complete new site
        raise DossierError("search: Pagefind failed", str(staging))

    with pytest.raises(DossierError, match="Pagefind failed"):
        write_site({**SITE, "index.html": b"changed"}, out, before_swap=boom)
    assert tree(out) == before
    assert all(p.stat().st_mtime == OLD for p in out.rglob("*") if p.is_file())
    assert siblings(out) == []


def test_files_added_by_before_swap_are_published(tmp_path):
    out = tmp_path / "output"

    def index(staging: Path) -> None:
        (staging / "pagefind").mkdir()
        (staging / "pagefind" / "pagefind.js").write_text("// index")

    write_site(SITE, out, before_swap=index)
    assert (out / "pagefind" / "pagefind.js").read_text() == "// index"
    # the next build's indexer output replaces it; nothing counts as removed
    assert write_site(SITE, out, before_swap=index).removed == 0
    assert write_site(SITE, out).removed == 1


def test_symlink_in_old_output_is_replaced_not_followed(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)
    secret = tmp_path / "secret.txt"
    secret.write_text("keep me")
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(secret)
    write_site({**SITE, "index.html": b"keep me"}, out)
    assert not (out / "index.html").is_symlink()
    assert secret.read_text() == "keep me"


def test_killed_build_leaves_old_output_and_next_build_cleans_up(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
        from pathlib import Path
        from builder.write import write_site
        write_site({{"index.html": b"half"}}, Path({str(out)!r}),
                   before_swap=lambda p: os.kill(os.getpid(), signal.SIGKILL))
    """)
    proc = subprocess.run([sys.executable, "-c", script])
    assert proc.returncode == -9
    assert tree(out)["index.html"] == SITE["index.html"]
    assert len(siblings(out)) == 1 and siblings(out)[0].startswith(".output.staging-")
    write_site(SITE, out)
    assert siblings(out) == []


def test_stale_cleanup_spares_live_builds_and_foreign_folders(tmp_path):
    out = tmp_path / "output"
    live = tmp_path / ".output.staging-1"  # pid 1 is alive
    live.mkdir()
    (live / MARKER).write_text("")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    foreign = tmp_path / f".output.staging-{dead.pid}"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("not ours")
    write_site(SITE, out)
    assert live.is_dir() and foreign.is_dir()


def test_os_errors_become_dossier_errors_and_clean_up(tmp_path):
    out = tmp_path / "output"
    write_site(SITE, out)

    def fail(staging: Path) -> None:
        raise PermissionError(13, "Permission denied", str(staging / "x"))

    with pytest.raises(DossierError, match="cannot write the site: Permission denied"):
        write_site(SITE, out, before_swap=fail)
    assert siblings(out) == []
    assert tree(out)["index.html"] == SITE["index.html"]


def test_a_spare_folder_is_recycled_without_touching_the_live_site(tmp_path):
    out, spare = tmp_path / "output", tmp_path / "cache" / "spare"
    write_site(SITE, out, spare_dir=spare)
    assert not spare.exists()                      # nothing replaced yet
    write_site(SITE, out, spare_dir=spare)
    assert (spare / MARKER).is_file() and siblings(out) == ["cache"]
    age_all(out)
    # the spare shares inodes with the live site; staging into it must never write through them
    (spare / "stray.html").write_text("left over")
    (spare / "people" / "link").symlink_to(tmp_path)
    live = tree(out)

    def check(staging: Path) -> None:
        assert tree(out) == live                   # the live site is untouched while staging
        assert not (staging / "stray.html").exists() and not (staging / "people" / "link").exists()

    new = {**SITE, "index.html": b"<h1>Home v2</h1>", "about/index.html": b"about"}
    del new["data/entities.json"]
    report = write_site(new, out, before_swap=check, spare_dir=spare)
    assert report == WriteReport(written=2, unchanged=1, removed=1)
    assert tree(out) == {**new, MARKER: (out / MARKER).read_bytes()}
    assert (out / "people/donald-trump/index.html").stat().st_mtime == OLD
    assert (spare / "index.html").read_bytes() == SITE["index.html"]  # the old site, kept whole
    assert list(tmp_path.rglob("stray.html")) == []


def test_a_failed_build_with_a_spare_leaves_the_old_output(tmp_path):
    out, spare = tmp_path / "output", tmp_path / "spare"
    write_site(SITE, out, spare_dir=spare)
    write_site(SITE, out, spare_dir=spare)
    age_all(out)
    before = tree(out)

    def boom(staging: Path) -> None:
        raise DossierError("search: Pagefind failed", str(staging))

    with pytest.raises(DossierError):
        write_site({**SITE, "index.html": b"changed"}, out, before_swap=boom, spare_dir=spare)
    assert tree(out) == before
    assert all(p.stat().st_mtime == OLD for p in out.rglob("*") if p.is_file())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
