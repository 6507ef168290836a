"""Unit-layer settings.

Parametrised test ids are plain ASCII here: mutmut 3.8 (`make mutate`) reruns tests by id inside its own process
and cannot find ids that pytest had to escape (Kazakh and Greek text becomes \\u sequences), so such a test would
stop the whole mutation run ("not found", pytest exit 4). The text itself is still in each assertion's message.
"""
from __future__ import annotations

import importlib
import shutil

import pytest


def pytest_make_parametrize_id(config, val, argname):
    if isinstance(val, str) and not val.isascii():
        return "".join(c if c.isascii() and c.isprintable() else "~" for c in val)
    return None


@pytest.fixture(scope="session")
def node():
    """Node.js, for the tests that run our JavaScript (search analysis, Russian stemmer) beside the Python twin."""
    exe = shutil.which("node")
    if exe is None:
        pytest.fail("node is needed to run the search analyser's JavaScript (apt-get install nodejs)")
    return exe


@pytest.fixture
def fresh_renderer():
    """The test starts without the Jinja environment and compiled templates another test left behind, as a
    build does (mutmut forks its workers from a process that ran every test: they would inherit them, and
    mutations of the code behind those caches would never run)."""
    render_module = importlib.import_module("helpcenter.policy.render")   # the module, not the function
    render_module._ENV = None
    render_module._compiled.cache_clear()
