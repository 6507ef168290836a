"""`make serve` (python -m helpcenter.preview) on a copy of the repository: the translation problems that stop
`make site` show at the top of the previewed page, and a change to the site's code restarts the preview server."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from support import ROOT, free_port


@pytest.fixture
def repo(tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def fetch(url: str, deadline: float, want: str = "") -> str | None:
    """The page once the server answers it (and it contains `want`), or None at the deadline."""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                html = r.read().decode("utf-8")
            if want in html:
                return html
        except OSError:
            pass
        time.sleep(0.3)
    return None


def test_preview_shows_translation_problems_and_restarts_for_code_changes(repo, tmp_path):
    english = repo / "docs" / "en" / "warranty.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nOne more sentence in English.\n", encoding="utf-8")
    port = free_port()
    log = tmp_path / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "helpcenter.preview", "-a", f"127.0.0.1:{port}",
                                 "--no-livereload"], stdout=out, stderr=subprocess.STDOUT, cwd=repo, env=env,
                                start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/kk/warranty/"
        html = fetch(url, time.monotonic() + 60)
        assert html is not None, log.read_text()
        assert "translation-alert" in html
        assert "docs/kk/warranty.md: translation outdated" in html
        assert "docs/el/warranty.md: translation outdated" in html

        (repo / "hooks" / "translations.py").write_text(
            (repo / "hooks" / "translations.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "restarting the preview server" not in log.read_text():
            time.sleep(0.3)
        assert "restarting the preview server" in log.read_text(), log.read_text()
        assert fetch(url, time.monotonic() + 60, "translation outdated") is not None, log.read_text()
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
