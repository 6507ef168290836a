"""What `make serve` adds for editors: problems shown at the top of every previewed page, and a preview server
restarted when the site's code changes.

`banner(title, problems)` / `with_banner(html, banner)`: the build stops on these problems, the preview shows them
in the page instead (hooks/policy.py, hooks/translations.py), so an editor sees them where they look.

`python -m helpcenter.preview [mkdocs serve options]` (`make serve`): runs `mkdocs serve`, which rebuilds for
changes in docs/, mkdocs.yml and overrides/ (`watch:` in mkdocs.yml), and restarts it when a Python file in hooks/
or helpcenter/ changes: MkDocs loads hooks once per process, so only a new process runs the changed code. The open
page reloads by itself once the new server is up. Plain Python: no MkDocs imports.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from html import escape
from pathlib import Path

CODE_DIRS = ("hooks", "helpcenter")


def banner(title: str, problems: list[str], kind: str = "") -> str:
    text = escape("\n\n".join(problems))
    return (f'<div role="alert" class="hc-preview-alert {escape(kind)}" style="white-space:pre-wrap;font:0.8rem/1.4 monospace;'
            'background:#fff3f3;color:#600;border:2px solid #b00;padding:1em;margin:0">'
            f'<strong>{escape(title)}</strong>\n{text}</div>')


def with_banner(output: str, html: str) -> str:
    """`html` right after the page's <body> tag."""
    at = output.find(">", output.find("<body")) + 1 if "<body" in output else 0
    return output[:at] + html + output[at:]


def _code_state(root: Path) -> dict[str, float]:
    state = {}
    for folder in CODE_DIRS:
        for path in (root / folder).rglob("*.py"):
            try:
                state[str(path)] = path.stat().st_mtime
            except OSError:
                pass
    return state


def _find_root(start: Path) -> Path:
    for d in (start, *start.parents):
        if (d / "mkdocs.yml").is_file():
            return d
    raise SystemExit(f"{start}: no mkdocs.yml here or above; run make serve in the help center's folder")


def _stop(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None, *, poll: float = 1.0) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    root = _find_root(Path.cwd())
    cmd = [sys.executable, "-m", "mkdocs", "serve", *args]
    signal.signal(signal.SIGTERM, _stop)      # stopping the preview stops its server too
    proc = None
    try:
        while True:
            before = _code_state(root)
            proc = subprocess.Popen(cmd, cwd=root)
            while proc.poll() is None and _code_state(root) == before:
                time.sleep(poll)
            if proc.poll() is not None:
                return proc.returncode
            print("preview: the site's code changed (hooks/ or helpcenter/): restarting the preview server",
                  file=sys.stderr, flush=True)
            _end(proc)
    except KeyboardInterrupt:
        if proc is not None:
            _end(proc)
        return 0


def _end(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    sys.exit(main())
