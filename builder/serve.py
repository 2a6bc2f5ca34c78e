"""`dossier serve`: build, serve the output folder, rebuild on change, reload open pages.

MkDocs' pattern (mkdocs/livereload): the build function is handed in; watcher
threads only count changes; one loop waits for the changes to settle, then
rebuilds; a version counter goes up after every rebuild and pages long-poll
/__dossier__/livereload?version=N, reloading when it differs. The reload script
and the build-error overlay are injected into HTML as it is served, never
written to disk. A failed rebuild keeps the last good site on disk (write_site
swaps only complete builds) and shows the error until a rebuild succeeds.
"""
from __future__ import annotations

import errno
import html
import mimetypes
import signal
import sys
import threading
import time
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterable, TextIO
from urllib.parse import parse_qs, unquote, urlsplit

import watchfiles

from .config import CONFIG_NAME, SiteConfig
from .errors import DossierError

LIVERELOAD = "/__dossier__/livereload"
SCRIPT = "/__dossier__/livereload.js"
PORT_TRIES = 20

# An external script, not inline, so a site's Content-Security-Policy "script-src 'self'" still allows it.
RELOAD_JS = b"""(function () {
  var v = document.currentScript.getAttribute("data-version");
  function poll() {
    fetch("%s?version=" + v, {cache: "no-store"})
      .then(function (r) { if (!r.ok) throw r.status; return r.text(); })
      .then(function (t) { if (t.trim() !== v) location.reload(); else poll(); })
      .catch(function () { setTimeout(poll, 1000); });  // server restarting: retry
  }
  poll();
})();
""" % LIVERELOAD.encode()

OVERLAY = ('<div id="dossier-build-error" role="alert" style="position:fixed;top:0;left:0;right:0;'
           'z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.5em;background:#400;'
           'color:#fff;font:14px/1.5 monospace;white-space:pre-wrap;border-bottom:4px solid #f44">'
           '<strong>Dossier: the build failed; showing the last good site.</strong>\n{}</div>')

FALLBACK_404 = b"<!doctype html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>"

_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".xml": "application/xml",
          ".wasm": "application/wasm", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}


class DevServer:
    """Owns the HTTP server, the watchers and the rebuild loop. `serve()` is the blocking front door."""

    def __init__(self, config: SiteConfig, build: Callable[[], object], host: str = "127.0.0.1",
                 port: int = 8000, watch_paths: Iterable[Path] | None = None,
                 debounce: float = 0.1, log: TextIO | None = None):
        self.root = config.output_path
        self.base = config.base_path
        self.build = build
        self.host, self.port = host, port
        if watch_paths is None:
            watch_paths = [config.content_path, config.templates_path, config.root / CONFIG_NAME]
        self.watch_paths = [Path(p).resolve() for p in watch_paths]
        self.ignored = [config.output_path, config.cache_path]
        self.debounce = debounce
        self.poll_timeout = 30.0        # seconds a long-poll waits before answering "no change"
        self.log_stream = log
        # time-based start so a restarted server never reuses a version an open page holds
        self.version = time.time_ns() // 1_000_000
        self.error: str | None = None
        self._building = False
        self._changes = 0
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.httpd: ThreadingHTTPServer | None = None
        self._serving = False

    # ---- state ---------------------------------------------------------------

    def log(self, message: str) -> None:
        print(message, file=self.log_stream or sys.stderr, flush=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.base}"

    def rebuild(self) -> bool:
        with self._cond:
            self._building = True
        started = time.perf_counter()
        try:
            self.build()
            error = None
        except DossierError as exc:
            error = str(exc)  # the user's mistake: "path:line: message", no traceback
        except Exception:
            error = traceback.format_exc()  # a bug: keep serving, but show everything
        with self._cond:
            self._building = False
            self.error = error
            self.version += 1
            self._cond.notify_all()
        if error is None:
            self.log(f"Built in {time.perf_counter() - started:.2f} s")
        else:
            self.log(f"Build failed:\n{error.rstrip()}\nStill serving the last good site.")
        return error is None

    def wait_for_version(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self.version != seen or self._stop.is_set(), timeout)
            return self.version

    def wait_until_idle(self, timeout: float = 30.0) -> None:
        """Requests wait out a running rebuild so they never see the swap."""
        with self._cond:
            self._cond.wait_for(lambda: not self._building or self._stop.is_set(), timeout)

    # ---- watching and rebuilding ----------------------------------------------

    def _changed(self, changes: set) -> None:
        names = sorted({p for _, p in changes})
        self.log("Changed: " + ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else ""))
        with self._cond:
            self._changes += 1
            self._cond.notify_all()

    def _watch(self, paths: list[Path], recursive: bool, only: set[str] | None) -> None:
        default = watchfiles.DefaultFilter()

        out = self.root

        def keep(change, path: str) -> bool:
            if only is not None and path not in only:
                return False
            # our own writes (output, its staging/old siblings, the cache) must not trigger rebuilds
            for a in (p := Path(path), *p.parents):
                if a in self.ignored or (a.parent == out.parent and a.name.startswith(f".{out.name}.")):
                    return False
            return default(change, path)

        try:
            for changes in watchfiles.watch(*paths, watch_filter=keep, recursive=recursive, step=50,
                                            stop_event=self._stop, raise_interrupt=False):
                self._changed(changes)
        except Exception as exc:  # e.g. a watched folder was deleted: say so, keep serving
            if not self._stop.is_set():
                self.log(f"Stopped watching {', '.join(map(str, paths))}: {exc}")

    def _loop(self) -> None:
        built = 0
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._changes != built or self._stop.is_set())
            # debounce: a burst of saves gives one rebuild; changes during a build give one more
            while True:
                built = self._changes
                if self._stop.wait(self.debounce):
                    return
                if self._changes == built:
                    break
            self.rebuild()

    def _start_thread(self, target, *args) -> None:
        t = threading.Thread(target=target, args=args, daemon=True, name=f"dossier-{target.__name__}")
        t.start()
        self._threads.append(t)

    # ---- lifecycle -------------------------------------------------------------

    def _bind(self) -> ThreadingHTTPServer:
        handler = type("Handler", (_Handler,), {"dev": self})
        port = self.port
        for attempt in range(PORT_TRIES):
            try:
                return ThreadingHTTPServer((self.host, port), handler)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE or port == 0 or attempt == PORT_TRIES - 1:
                    raise DossierError(f"cannot listen on {self.host}:{port}: {exc.strerror}") from None
                self.log(f"Port {port} is in use; trying {port + 1}")
                port += 1
        raise AssertionError("unreachable")

    def start(self) -> None:
        """Bind, build once, then serve and watch in background threads."""
        self.httpd = self._bind()
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        dirs = [p for p in self.watch_paths if p.is_dir()]
        files = [p for p in self.watch_paths if p.is_file()]
        if dirs:
            self._start_thread(self._watch, dirs, True, None)
        if files:  # watch the parent folder: editors save by renaming a new file over the old
            self._start_thread(self._watch, sorted({f.parent for f in files}), False, {str(f) for f in files})
        self.rebuild()
        # (said before the first request can be answered: a Ctrl-C right after one must not lose the address)
        self.log(f"Serving on {self.url} (Ctrl-C to stop)")
        self._serving = True
        self._start_thread(self.httpd.serve_forever, 0.1)  # short poll: shutdown is prompt
        self._start_thread(self._loop)

    def shutdown(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()  # release long-polls and the loop
        if self.httpd is not None:
            if self._serving:  # shutdown() would wait forever for a serve_forever that never ran
                self.httpd.shutdown()
            self.httpd.server_close()
        for t in self._threads:
            t.join(timeout=5)

    # ---- serving files ----------------------------------------------------------

    def inject(self, page: bytes, version: int) -> bytes:
        """Add the reload script (and the error overlay) before </body> of a full HTML page."""
        lower = page.lower()
        if b"<html" not in lower and b"<!doctype html" not in lower:
            return page  # a fragment, not a page
        snippet = f'<script src="{SCRIPT}" data-version="{version}"></script>'
        error = self.error
        if error:
            snippet = OVERLAY.format(html.escape(error)) + snippet
        at = lower.rfind(b"</body>")
        at = len(page) if at < 0 else at
        return page[:at] + snippet.encode() + page[at:]

    def resolve(self, url_path: str) -> tuple[str, Path | None]:
        """Map a request path to ("file", path), ("redirect", None) or ("missing", None).

        Only files inside the output folder are ever returned: '..', '.', encoded
        slashes or backslashes, NUL, and symlinks leading outside all count as missing.
        """
        if not url_path.startswith(self.base):
            return "missing", None
        raw = url_path[len(self.base):]
        if any(enc in raw.lower() for enc in ("%2f", "%5c", "%00")):
            return "missing", None
        rel = unquote(raw, errors="strict").lstrip("/")  # "//etc" must not become an absolute path
        if "\\" in rel or "\x00" in rel or any(seg in (".", "..") for seg in rel.split("/")):
            return "missing", None
        root = self.root.resolve()
        try:
            target = (root / rel).resolve()
        except (OSError, RuntimeError):
            return "missing", None
        if target != root and not target.is_relative_to(root):
            return "missing", None
        if target.is_dir():
            if rel and not rel.endswith("/"):
                return "redirect", None  # so relative links in index.html resolve
            target = target / "index.html"
        return ("file", target) if target.is_file() else ("missing", None)


class _Handler(BaseHTTPRequestHandler):
    dev: DevServer
    protocol_version = "HTTP/1.0"  # one request per connection: simple, and long-polls can't pin a keep-alive

    def log_message(self, format, *args) -> None:
        pass  # long-polls would flood the terminal

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:
        dev = self.dev
        try:
            path = urlsplit(self.path).path or "/"
        except ValueError:
            return self._send(HTTPStatus.BAD_REQUEST, b"bad request", "text/plain", head)
        if path == LIVERELOAD:
            return self._livereload(head)
        if path == SCRIPT:
            return self._send(HTTPStatus.OK, RELOAD_JS, _TYPES[".js"], head)
        if dev.base != "/" and path in ("/", dev.base.rstrip("/")):
            return self._redirect(dev.base)
        dev.wait_until_idle()
        version = dev.version
        try:
            kind, target = dev.resolve(path)
        except UnicodeDecodeError:
            kind, target = "missing", None
        if kind == "redirect":
            query = urlsplit(self.path).query
            return self._redirect(path + "/" + (f"?{query}" if query else ""))
        status = HTTPStatus.OK
        if kind == "missing":
            status = HTTPStatus.NOT_FOUND
            _, target = dev.resolve(dev.base + "404.html")
        try:
            body = target.read_bytes() if target else FALLBACK_404
        except OSError:  # vanished between resolve and read
            status, body, target = HTTPStatus.NOT_FOUND, FALLBACK_404, None
        suffix = target.suffix.lower() if target else ".html"
        ctype = _TYPES.get(suffix) or mimetypes.guess_type(f"x{suffix}")[0] or "application/octet-stream"
        if suffix == ".html":
            body = dev.inject(body, version)
        self._send(status, body, ctype, head)

    def _livereload(self, head: bool) -> None:
        try:
            seen = int(parse_qs(urlsplit(self.path).query).get("version", ["0"])[0])
        except ValueError:
            seen = 0
        version = self.dev.wait_for_version(seen, self.dev.poll_timeout)
        self._send(HTTPStatus.OK, str(version).encode(), "text/plain", head)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, body: bytes, ctype: str, head: bool) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")  # edits must show on reload
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser navigated away mid-response


def serve(config: SiteConfig, build: Callable[[], object], host: str = "127.0.0.1", port: int = 8000,
          watch_paths: Iterable[Path] | None = None, ready: threading.Event | None = None,
          stop: threading.Event | None = None) -> None:
    """Build, serve config.output_path under config.base_path, rebuild and reload on change.

    Blocks until Ctrl-C (or `stop` is set). `build()` must write the whole site into
    config.output_path and raise DossierError on bad input. `ready` is set once the
    site is built and the server listens. Raises DossierError if no port is free.
    """
    dev = DevServer(config, build, host, port, watch_paths)
    restore = _stop_on_signals()
    try:
        dev.start()  # inside the try: Ctrl-C during the first build must stop cleanly too
        if ready is not None:
            ready.set()
        while not (stop and stop.is_set()):
            time.sleep(0.2)  # a short sleep keeps Ctrl-C responsive
    except KeyboardInterrupt:
        dev.log("Stopping")
    finally:
        dev.shutdown()
        restore()


def _stop_on_signals() -> Callable[[], None]:
    """Make SIGINT and SIGTERM stop the server as Ctrl-C does, even when the process was started with SIGINT
    ignored (a shell script's background job: `dossier serve &`), and return what puts the old handlers back.
    Only the main thread may set handlers; elsewhere (a test's thread) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    old = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in old:
        signal.signal(sig, signal.default_int_handler)

    def restore() -> None:
        for sig, handler in old.items():
            signal.signal(sig, handler)
    return restore
