"""builder/serve.py: a real server on a free port, real files, real HTTP requests.

The build function is a small fake that writes a site through write_site, so
these tests exercise serving, watching and reloading without spaCy.
"""
from __future__ import annotations

import html
import http.client
import io
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from builder.config import SiteConfig
from builder.errors import DossierError
from builder.serve import LIVERELOAD, DevServer, serve
from builder.write import write_site

ROOT = Path(__file__).resolve().parent.parent


def page(title: str, body: str) -> bytes:
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<h1>{html.escape(title)}</h1><p id='body'>{html.escape(body)}</p></body></html>").encode()


class FakeBuild:
    """content/*.md -> one page each; a line containing BROKEN is a DossierError at that line."""

    def __init__(self, config: SiteConfig):
        self.config = config
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        files = {"404.html": page("Not found", "custom 404"), "style.css": b"body { color: black }"}
        for path in sorted(self.config.content_path.glob("*.md")):
            text = path.read_text()
            for n, line in enumerate(text.splitlines(), 1):
                if "BROKEN" in line:
                    raise DossierError(f"bad front matter: {line}", str(path), n)
            files[f"{path.stem}/index.html"] = page(path.stem, text)
        files["index.html"] = page("Home", " ".join(sorted(p.split("/")[0] for p in files if "/" in p)))
        write_site(files, self.config.output_path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout: float = 10.0, message: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {message}")


def get(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def raw_get(dev: DevServer, path: str, method: str = "GET") -> tuple[int, dict, bytes]:
    """http.client sends the path exactly as given (urllib would normalise it)."""
    conn = http.client.HTTPConnection(dev.host, dev.port, timeout=10)
    try:
        conn.request(method, path)
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def socket_get(dev: DevServer, request_line: bytes) -> bytes:
    with socket.create_connection((dev.host, dev.port), timeout=10) as s:
        s.sendall(request_line + b"\r\nHost: x\r\n\r\n")
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def make_site(tmp_path: Path) -> SiteConfig:
    (tmp_path / "site.yaml").write_text("title: Test\nbase_url: /my-repo/\n")
    (tmp_path / "content").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "base.html").write_text("<html></html>")
    (tmp_path / "content" / "a.md").write_text("first\nversion\n")
    (tmp_path / "secret.txt").write_text("TOPSECRET")
    return SiteConfig(root=tmp_path, base_url="/my-repo/")


def start(config: SiteConfig) -> DevServer:
    build = FakeBuild(config)
    server = DevServer(config, build, port=free_port(), debounce=0.05, log=io.StringIO())
    server.fake = build
    server.start()
    time.sleep(0.3)  # let the file watchers settle before tests edit files
    return server


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


@pytest.fixture
def dev(site):
    server = start(site)
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def ro_site(tmp_path_factory):
    return make_site(tmp_path_factory.mktemp("ro"))


@pytest.fixture(scope="module")
def ro_dev(ro_site):
    """One server for the tests that only read; it never rebuilds."""
    server = start(ro_site)
    out = ro_site.output_path
    (out / "link.txt").symlink_to(ro_site.root / "secret.txt")
    (out / "up").symlink_to(ro_site.root, target_is_directory=True)
    (out / "home.html").symlink_to(out / "index.html")
    yield server
    server.shutdown()


def version_of(body: bytes) -> int:
    return int(re.search(rb'data-version="(\d+)"', body).group(1))


def test_serves_the_site_under_its_base_path(dev, site):
    status, headers, body = get(dev.url)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"<h1>Home</h1>" in body
    assert b'<script src="/__dossier__/livereload.js" data-version="' in body
    assert body.index(b"livereload.js") < body.index(b"</body>")
    assert b"__dossier__" not in (site.output_path / "index.html").read_bytes()  # injected, not on disk

    assert get(dev.url + "a/")[2].count(b"first\nversion") == 1
    assert raw_get(dev, "/my-repo/a/index.html")[0] == 200
    status, headers, body = raw_get(dev, "/my-repo/a?x=1")
    assert (status, headers["Location"]) == (302, "/my-repo/a/?x=1")
    assert raw_get(dev, "/")[1]["Location"] == "/my-repo/"
    assert raw_get(dev, "/my-repo")[1]["Location"] == "/my-repo/"

    status, headers, body = get(dev.url + "style.css")
    assert (status, body) == (200, b"body { color: black }")
    assert headers["Content-Type"].startswith("text/css")

    status, headers, body = raw_get(dev, "/__dossier__/livereload.js")
    assert status == 200 and b"location.reload()" in body


@pytest.mark.parametrize("path", ["/my-repo/nope", "/my-repo/nope/", "/elsewhere/", "/index.html"])
def test_unknown_paths_get_the_sites_404(ro_dev, path):
    status, _, body = raw_get(ro_dev, path)
    assert status == 404
    assert b"custom 404" in body and b"livereload.js" in body


def test_head_sends_headers_only(ro_dev):
    status, headers, body = raw_get(ro_dev, "/my-repo/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


TRAVERSALS = [
    "/my-repo/../secret.txt", "/my-repo/../../../../etc/passwd", "/my-repo/a/../../secret.txt",
    "/my-repo/%2e%2e/secret.txt", "/my-repo/%2E%2E/secret.txt", "/my-repo/.%2e/secret.txt",
    "/my-repo/..%2fsecret.txt", "/my-repo/%2e%2e%2fsecret.txt", "/my-repo/a%2f..%2f..%2fsecret.txt",
    "/my-repo/..\\secret.txt", "/my-repo/%5c..%5csecret.txt", "/my-repo/%252e%252e/secret.txt",
    "/my-repo//etc/passwd", "/my-repo/%2fetc%2fpasswd", "/my-repo/./index.html",
    "/my-repo/link.txt", "/my-repo/up/secret.txt", "/my-repo/%ff%fe", "/my-repo/secret.txt%00.html",
    "/my-repo/..;/secret.txt", "/my-repo/up",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_and_escaping_symlinks_get_404(ro_dev, path):
    status, _, body = raw_get(ro_dev, path)
    assert status == 404, path
    assert b"TOPSECRET" not in body and b"root:" not in body


@pytest.mark.parametrize("line", [
    b"GET /my-repo/../secret.txt HTTP/1.0", b"GET ../secret.txt HTTP/1.0",
    b"GET http://127.0.0.1/my-repo/../secret.txt HTTP/1.0", b"GET /my-repo/secret.txt\x00 HTTP/1.0",
    b"GET /my-repo/%00/../secret.txt HTTP/1.0",
])
def test_raw_socket_traversal(ro_dev, line):
    reply = socket_get(ro_dev, line)
    assert reply.startswith((b"HTTP/1.0 404", b"HTTP/1.0 400")), reply[:80]
    assert b"TOPSECRET" not in reply


def test_symlink_inside_the_site_is_served(ro_dev):
    assert raw_get(ro_dev, "/my-repo/home.html")[0] == 200


def test_page_reloads_after_a_content_change(dev, site):
    v0 = version_of(get(dev.url)[2])
    result = {}
    poll = threading.Thread(target=lambda: result.update(r=get(f"http://{dev.host}:{dev.port}{LIVERELOAD}?version={v0}")))
    poll.start()
    time.sleep(0.2)
    assert poll.is_alive()  # the long-poll waits for a change
    calls = dev.fake.calls
    (site.content_path / "a.md").write_text("second\nversion\n")
    poll.join(timeout=10)
    assert not poll.is_alive()
    assert int(result["r"][2]) > v0
    assert b"second\nversion" in get(dev.url + "a/")[2]
    assert dev.fake.calls == calls + 1


def test_new_article_appears(dev, site):
    v0 = dev.version
    (site.content_path / "b.md").write_text("new")
    wait_until(lambda: dev.version > v0, message="rebuild")
    assert get(dev.url + "b/")[0] == 200


def test_longpoll_answers_at_once_for_a_stale_version_and_times_out_otherwise(dev):
    dev.poll_timeout = 0.5
    base = f"http://{dev.host}:{dev.port}{LIVERELOAD}"
    started = time.monotonic()
    assert int(get(f"{base}?version=1")[2]) == dev.version
    assert time.monotonic() - started < 0.4
    started = time.monotonic()
    status, headers, body = get(f"{base}?version={dev.version}")
    assert (status, int(body)) == (200, dev.version) and time.monotonic() - started >= 0.45
    assert headers["Cache-Control"] == "no-store"
    assert get(f"{base}?version=junk")[0] == 200


def test_a_burst_of_saves_gives_one_rebuild(dev, site):
    dev.debounce = 0.3
    calls, v0 = dev.fake.calls, dev.version
    for i in range(10):
        (site.content_path / f"burst{i}.md").write_text(f"article {i}")
        (site.content_path / "a.md").write_text(f"save {i}")
    wait_until(lambda: dev.version > v0, message="rebuild")
    time.sleep(1.0)
    assert dev.fake.calls == calls + 1
    assert b"save 9" in get(dev.url + "a/")[2]


def test_site_yaml_and_templates_trigger_rebuilds_other_files_do_not(dev, site):
    v0 = dev.version
    (site.root / "notes.txt").write_text("not watched")
    (site.output_path / "stray.html").write_text("output is not watched")
    time.sleep(0.5)
    assert dev.version == v0
    tmp = site.root / "site.yaml.tmp"  # editors save by renaming a new file over the old one
    tmp.write_text("title: Changed\n")
    os.replace(tmp, site.root / "site.yaml")
    wait_until(lambda: dev.version > v0, message="rebuild after site.yaml")
    v1 = dev.version
    (site.templates_path / "base.html").write_text("<html><body></body></html>")
    wait_until(lambda: dev.version > v1, message="rebuild after template")


def test_watching_the_whole_site_folder_does_not_loop_on_our_own_output(site):
    build = FakeBuild(site)
    dev = DevServer(site, build, port=free_port(), watch_paths=[site.root], debounce=0.05, log=io.StringIO())
    dev.start()
    try:
        time.sleep(0.3)
        v0 = dev.version
        (site.content_path / "a.md").write_text("changed")
        wait_until(lambda: dev.version > v0, message="rebuild")
        (site.cache_path / "extract").mkdir(parents=True)
        (site.cache_path / "extract" / "x.json").write_text("{}")
        time.sleep(1.0)  # the rebuild's own staging, swap and cache writes must not start another
        assert dev.version == v0 + 1 and build.calls == 2
    finally:
        dev.shutdown()


def test_failed_rebuild_keeps_last_good_site_and_shows_the_error(dev, site):
    article = site.content_path / "a.md"
    v0 = dev.version
    article.write_text("title\nok\nBROKEN <script>alert(1)</script>\n")
    wait_until(lambda: dev.version > v0, message="failed rebuild")
    status, _, body = get(dev.url + "a/")
    assert status == 200 and b"first\nversion" in body  # the last good site
    assert b'id="dossier-build-error"' in body
    assert f"{article}:3: bad front matter".encode() in body
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in body and b"<script>alert(1)" not in body
    assert dev.version > version_of(get(dev.url)[2]) - 1  # pages carry the new version
    log = dev.log_stream.getvalue()
    assert f"{article}:3: bad front matter: BROKEN <script>alert(1)</script>" in log
    assert "Traceback" not in log
    assert b"dossier-build-error" not in (site.output_path / "a" / "index.html").read_bytes()

    v1 = dev.version
    article.write_text("fixed\n")
    wait_until(lambda: dev.version > v1, message="rebuild after fix")
    body = get(dev.url + "a/")[2]
    assert b"fixed" in body and b"dossier-build-error" not in body
    assert dev.error is None


def test_a_crash_in_the_build_is_shown_with_its_traceback(site):
    def crash():
        raise KeyError("bug")

    dev = DevServer(site, crash, port=free_port(), log=io.StringIO())
    dev.start()
    try:
        status, _, body = get(dev.url)
        assert status == 404 and b"KeyError: &#x27;bug&#x27;" in body and b"Traceback" in body
    finally:
        dev.shutdown()


def test_initial_failure_serves_the_overlay_until_fixed(site):
    (site.content_path / "a.md").write_text("BROKEN\n")
    dev = DevServer(site, FakeBuild(site), port=free_port(), debounce=0.05, log=io.StringIO())
    dev.start()
    try:
        time.sleep(0.3)
        status, _, body = get(dev.url)
        assert status == 404 and b"dossier-build-error" in body and b"livereload.js" in body
        v0 = dev.version
        (site.content_path / "a.md").write_text("good\n")
        wait_until(lambda: dev.version > v0, message="rebuild after fix")
        status, _, body = get(dev.url)
        assert status == 200 and b"dossier-build-error" not in body
    finally:
        dev.shutdown()


def test_port_in_use_moves_to_the_next_free_port(site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        log = io.StringIO()
        dev = DevServer(site, FakeBuild(site), port=port, log=log)
        dev.start()
        try:
            assert dev.port > port
            assert f"Port {port} is in use; trying {port + 1}" in log.getvalue()
            assert f"Serving on http://127.0.0.1:{dev.port}/my-repo/" in log.getvalue()
            assert get(dev.url)[0] == 200
        finally:
            dev.shutdown()


def test_binds_localhost_by_default_and_shuts_down_cleanly(site):
    dev = DevServer(site, FakeBuild(site), port=free_port(), log=io.StringIO())
    dev.start()
    assert dev.httpd.server_address[0] == "127.0.0.1"
    poll = threading.Thread(target=get, args=(f"http://{dev.host}:{dev.port}{LIVERELOAD}?version={dev.version}",))
    poll.start()
    time.sleep(0.2)
    started = time.monotonic()
    dev.shutdown()
    assert time.monotonic() - started < 3
    poll.join(timeout=3)
    assert not poll.is_alive()  # the waiting long-poll was released
    assert not any(t.is_alive() for t in dev._threads)
    with pytest.raises(OSError):
        socket.create_connection((dev.host, dev.port), timeout=1)


def test_serve_blocks_until_stopped(site):
    port = free_port()
    ready, stop = threading.Event(), threading.Event()
    t = threading.Thread(target=serve, args=(site, FakeBuild(site)),
                         kwargs={"port": port, "ready": ready, "stop": stop})
    t.start()
    try:
        assert ready.wait(10)
        assert get(f"http://127.0.0.1:{port}/my-repo/")[0] == 200
    finally:
        stop.set()
        t.join(timeout=10)
    assert not t.is_alive()


# (a shell script's background job starts with SIGINT ignored; SIGTERM is how a supervisor stops a process)
@pytest.mark.parametrize("build_delay, sig, ignored", [(0, signal.SIGINT, False), (2, signal.SIGINT, False),
                                                       (0, signal.SIGINT, True), (0, signal.SIGTERM, False)],
                         ids=["while-serving", "during-first-build", "sigint-ignored-at-start", "sigterm"])
def test_ctrl_c_stops_cleanly(site, tmp_path, build_delay, sig, ignored):
    port = free_port()
    script = tmp_path / "run_serve.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(ROOT)!r}, {str(Path(__file__).parent)!r}]
        from builder.config import SiteConfig
        from builder.serve import serve
        from test_serve import FakeBuild
        config = SiteConfig(root=__import__("pathlib").Path({str(site.root)!r}), base_url="/my-repo/")
        fake = FakeBuild(config)
        def build():
            __import__("time").sleep({build_delay})
            fake()
        serve(config, build, port={port})
        print("returned", flush=True)
    """))
    start = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignored else None
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=start)
    try:
        wait_until(lambda: _listening(port) or proc.poll() is not None, timeout=20, message="server start")
        assert proc.poll() is None
        if build_delay:
            time.sleep(0.5)  # the port is bound before the first build; interrupt that build
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Stopping" in err and "returned" in out and "Traceback" not in err


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False
