"""A failed make command ends in words: the message naming the file first, then one plain line saying what
happened (make's own `*** [Makefile:N: target] Error 1` may follow; make prints it for any failed recipe)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from support import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
def test_a_refused_stamp_ends_with_a_plain_line():
    before = sorted(p.name for p in (ROOT / "docs" / "kk").iterdir())
    result = subprocess.run(["make", "-s", "stamp", "FILE=kk/no-such-article.md"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("make")]
    assert lines[0] == "docs/en/no-such-article.md: no English article of that name"
    assert lines[-1] == "Not stamped: see the message above."
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in (ROOT / "docs" / "kk").iterdir()) == before
