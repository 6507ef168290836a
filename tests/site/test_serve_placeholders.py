"""Under `mkdocs serve` an unknown placeholder is shown on the page and in the log with the right file and LINE.

`mkdocs build` stops at the guard (before any page renders), so only `serve` shows what the page hook itself
reports: the hook has to find where the Markdown MkDocs hands it starts in the file (front matter and leading
blank lines are gone by then).
"""
from __future__ import annotations

import html as html_lib
import os
import re
import subprocess
import sys
import time
import urllib.request

from support import free_port
from test_policy_build import KK, make_site, pages

# KK's line 10 holds "{{ policy.return_window }}"; two extra blank lines after the front matter in the Greek page
# move its placeholder line from 10 to 12 (MkDocs drops them before the hook sees the Markdown).
KK_BAD = KK.replace("policy.return_window", "policy.retrun_window")
EL_BAD = KK_BAD.replace("---\n\n# ", "---\n\n\n\n# ").replace("Қайтару\n", "Επιστροφές\n")


def serve_page(cfg, tmp_path, path: str) -> tuple[str, str]:
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(cfg), "-a", f"127.0.0.1:{port}",
                             "--no-livereload"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env, cwd=tmp_path)
    html = None
    try:
        deadline = time.monotonic() + 60
        while html is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=2) as r:
                    html = r.read().decode("utf-8")
            except OSError:
                time.sleep(0.2)        # polling for the server to come up, not waiting for a result
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert html is not None, out
    return html, out


def test_serve_names_the_line_of_an_unknown_placeholder(tmp_path):
    cfg = make_site(tmp_path, pages(kk_returns=KK_BAD, el_returns=EL_BAD))
    assert KK_BAD.splitlines()[9].count("policy.retrun_window") == 1
    assert EL_BAD.splitlines()[11].count("policy.retrun_window") == 1
    html, log = serve_page(cfg, tmp_path, "el/returns/")   # built after kk: its banner shows both
    banner = html_lib.unescape(re.search(r'<div role="alert" class="[^"]*policy-guard-alert[^"]*"[^>]*>.*?</div>', html, re.S).group(0))
    for text in (banner, log):
        # the page hook's own message (file:line, no column); the guard's report may word it differently
        assert "docs/kk/returns.md:10: unknown placeholder 'policy.retrun_window', did you mean " \
               "'policy.return_window'?" in text, text
        assert "docs/el/returns.md:12: unknown placeholder 'policy.retrun_window'" in text, text
        assert not re.search(r"returns\.md:(9|11|13)\b", text), text
