"""The team's rules for tests, checked so a new file cannot quietly break them (CONTRIBUTING / developers' guide):
every browser test file carries the `browser` marker, and browser tests wait for conditions, never fixed sleeps."""
from __future__ import annotations

import re

import pytest

from support import ROOT

BROWSER_FILES = sorted((ROOT / "tests" / "browser").glob("test_*.py"))
# test_search_browser.py: its waits are being rewritten together with the search engine (issue 15, "search")
NO_SLEEP_FILES = [f for f in BROWSER_FILES if f.name != "test_search_browser.py"]


def test_there_are_browser_files():
    assert len(BROWSER_FILES) >= 3


@pytest.mark.parametrize("path", BROWSER_FILES, ids=lambda p: p.name)
def test_every_browser_file_carries_the_marker(path):
    assert re.search(r"^pytestmark = pytest\.mark\.browser$", path.read_text(encoding="utf-8"), re.M), path.name


@pytest.mark.parametrize("path", NO_SLEEP_FILES, ids=lambda p: p.name)
def test_browser_tests_wait_for_conditions_not_time(path):
    text = path.read_text(encoding="utf-8")
    assert not re.findall(r"wait_for_timeout\(|time\.sleep\(|asyncio\.sleep\(", text), path.name
