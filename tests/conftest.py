"""Fixtures shared by the three test layers.

- unit/: pure functions, no build.
- site/: the real repository built into a temporary folder by `mkdocs build --strict`.
- browser/: that built site served on 127.0.0.1 and driven by Debian's Chromium.
"""
from __future__ import annotations

import pytest

from support import ROOT, BuiltSite, Server, free_port, run_mkdocs


@pytest.fixture(scope="session")
def site_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_port) -> BuiltSite:
    """The real help center, built once per test session for the origin it is served at."""
    out = tmp_path_factory.mktemp("site")
    url = f"http://127.0.0.1:{site_port}/"
    result = run_mkdocs(ROOT / "mkdocs.yml", out, site_url=url)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return BuiltSite(path=out, url=url)


@pytest.fixture(scope="session")
def served_site(built_site, site_port):
    with Server(built_site.path, site_port):
        yield built_site
