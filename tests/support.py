"""Shared helpers for the tests: build a site, serve it like a static host."""
from __future__ import annotations

import functools
import http.server
import os
import re
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(os.environ.get("HC_REPO") or Path(__file__).resolve().parent.parent)
LANGS = ("en", "kk", "el")
LANG_PREFIX = {"en": "", "kk": "kk/", "el": "el/"}
# Material's page script, under whatever name the installed Material gives it
MATERIAL_BUNDLE = re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_mkdocs(config_file: Path, site_dir: Path, *, site_url: str | None = None,
               strict: bool = True, extra_args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Run `mkdocs build` exactly as an editor or CI would, in its own process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    if site_url:
        env["SITE_URL"] = site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(config_file), "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    cmd.extend(extra_args)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(config_file.parent))


def run_site_build(root: Path) -> subprocess.CompletedProcess:
    """`make site`'s command (python -m helpcenter.build) in a copy of the repository at `root`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    return subprocess.run([sys.executable, "-m", "helpcenter.build"], cwd=str(root), env=env,
                          capture_output=True, text=True, timeout=600)


def copy_with_good_site(root: Path) -> Path:
    """A copy of the help center at `root`, with a good site/ built by `make site`'s command."""
    import shutil
    for name in ("mkdocs.yml", "overrides", "hooks", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    result = run_site_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of a folder with its content hash: equal snapshots mean byte for byte the same."""
    import hashlib
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass
class BuiltSite:
    path: Path
    url: str  # the origin the site is built for and served at, ending in "/"

    def html(self, rel: str) -> str:
        """HTML of a page by its URL path relative to the site root, e.g. 'kk/returns/'."""
        target = self.path / rel
        if rel == "" or rel.endswith("/"):
            target = target / "index.html"
        return target.read_text(encoding="utf-8")


class StaticHandler(http.server.SimpleHTTPRequestHandler):
    """A static host: files as they are, and the language's own 404 page for a missing path; `headers`
    (e.g. the site's own _headers: site_headers()) are sent with every response, as a host would."""

    def __init__(self, *args, headers: dict[str, str] | None = None, **kwargs):
        self.extra_headers = headers or {}
        super().__init__(*args, **kwargs)

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):  # keep test output clean
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        first = self.path.lstrip("/").split("/", 1)[0]
        page = root / first / "404.html" if first in ("kk", "el") else root / "404.html"
        if not page.exists():
            page = root / "404.html"
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def site_headers(site_dir: Path) -> dict[str, str]:
    """The headers a built site's _headers file sets for every path (what Netlify / Cloudflare Pages send)."""
    from helpcenter.publish import HEADERS_FILE, parse_headers_file
    return parse_headers_file((Path(site_dir) / HEADERS_FILE).read_text(encoding="utf-8"))["/*"]


class Server:
    def __init__(self, directory: Path, port: int, headers: dict[str, str] | None = None):
        handler = functools.partial(StaticHandler, directory=str(directory), headers=headers)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def serious_violations(results) -> list[str]:
    """axe-core's serious and critical violations, one readable line each."""
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"] if v["impact"] in ("serious", "critical")
    ]


# Generated examples of the large equivalence properties (fast path == obvious code). Under `make mutate` every
# mutant reruns the tests that cover it, so there they try fewer examples: a mutant either breaks the fast path on
# common input (found in the first hundred) or is listed as a survivor to look at; `make test` tries them all.
MUTATION_EXAMPLES = 200


def examples(n: int) -> int:
    """`n` examples, or at most MUTATION_EXAMPLES inside a mutmut run (mutmut forks every test run from itself)."""
    return min(n, MUTATION_EXAMPLES) if "mutmut" in sys.modules else n
