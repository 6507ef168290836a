"""Serve a built site on 127.0.0.1 the way a static host does: gzip for text, per-language 404.

Used by the benchmarks and Lighthouse runs (`python bench/serve.py site 8000`); not by the tests.
A static host (a CDN, nginx with gzip_static) compresses a file once and keeps it: so does this server (by
path and modification time), so a page's first load does not measure Python's gzip running on every request
under one interpreter lock, which slowed the largest files (Material's CSS and bundle, the search files)
by hundreds of milliseconds while they were requested together.
"""
from __future__ import annotations

import gzip
import http.server
import sys
import threading
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support import StaticHandler  # noqa: E402

TEXT = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}
_gzipped: dict[tuple[str, int], bytes] = {}
_lock = threading.Lock()


def gzipped(path: Path) -> bytes:
    """The file gzipped (level 6), compressed once per version of the file."""
    key = (str(path), path.stat().st_mtime_ns)
    body = _gzipped.get(key)
    if body is None:
        body = gzip.compress(path.read_bytes(), 6)
        with _lock:
            _gzipped[key] = body
    return body


class GzipHandler(StaticHandler):
    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix in TEXT and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzipped(path)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-cache" if path.suffix == ".html" else "max-age=3600")
            self.end_headers()
            self._gz = body
            return None
        return super().send_head()

    def do_GET(self):
        self._gz = None
        f = self.send_head()
        if self._gz is not None:
            self.wfile.write(self._gz)
        elif f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()


def main(argv: list[str]) -> None:
    root = Path(argv[1] if len(argv) > 1 else "site").resolve()
    port = int(argv[2]) if len(argv) > 2 else 8000
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(GzipHandler, directory=str(root)))
    print(f"serving {root} at http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv)
