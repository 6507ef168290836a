"""The workflows run exactly the actions that were reviewed: every action pinned by a full commit SHA with the
tag it carried in a comment (a moved tag cannot change what runs), and checkout keeps the token out of .git."""
from __future__ import annotations

import re

import pytest
import yaml

from support import ROOT

FILES = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
USES_RE = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", re.M)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_action_is_pinned_by_commit_with_its_tag(path):
    found = USES_RE.findall(path.read_text("utf-8"))
    assert found
    for ref, rest in found:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), ref
        assert re.fullmatch(r"\s+# v\d+(\.\d+)*\s*", rest), (ref, rest)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_checkout_does_not_persist_credentials(path):
    data = yaml.safe_load(path.read_text("utf-8"))
    checkouts = [step for job in data["jobs"].values() for step in job.get("steps", [])
                 if str(step.get("uses", "")).startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert (step.get("with") or {}).get("persist-credentials") is False
