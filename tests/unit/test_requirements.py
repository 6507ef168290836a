"""`make site` installs only what building needs; `make test` and `make bench` add their own tools.

An editor's first preview should not wait for Playwright, pytest or Pagefind: requirements.txt holds the build's
pins only, requirements-test.txt and bench/requirements.txt add the rest, and the Makefile's build targets install
requirements.txt alone."""
from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys

from support import ROOT

TEST_TOOLS = {"pytest", "hypothesis", "playwright", "axe-playwright-python", "pagefind", "pagefind-bin", "greenlet",
              "iniconfig", "pluggy", "sortedcontainers"}


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        name, sep, version = line.partition("==")
        assert sep and version, f"{path.name}: {line!r} is not pinned (name==version)"
        out[norm(name)] = version
    return out


def test_the_build_requirements_hold_no_test_or_bench_tools():
    runtime = pins(ROOT / "requirements.txt")
    assert not TEST_TOOLS & set(runtime), sorted(TEST_TOOLS & set(runtime))
    assert {"mkdocs", "mkdocs-material", "mkdocs-static-i18n"} <= set(runtime)


def test_test_and_bench_requirements_add_their_tools_on_top():
    test = ROOT / "requirements-test.txt"
    bench = ROOT / "bench" / "requirements.txt"
    assert "-r requirements.txt" in test.read_text(encoding="utf-8").splitlines()
    assert "-r ../requirements-test.txt" in bench.read_text(encoding="utf-8").splitlines()
    assert {"pytest", "hypothesis", "playwright", "axe-playwright-python"} <= set(pins(test))
    assert {"pagefind", "pagefind-bin"} <= set(pins(bench)) and "pagefind" not in pins(test)
    every = [pins(ROOT / "requirements.txt"), pins(test), pins(bench)]
    names = [n for p in every for n in p]
    assert len(names) == len(set(names)), "a package pinned in two files"


def test_make_site_and_serve_install_the_build_requirements_only():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    rules = {m.group(1): m.group(2) for m in re.finditer(r"(?m)^([$()\w.-]+):([^=\n]*)$", make)}
    recipe = make.split("$(STAMP): requirements.txt", 1)[1].split("\n\n", 1)[0]
    assert "-r requirements.txt" in recipe and "requirements-test" not in recipe and "bench/" not in recipe
    for target in ("site", "serve"):
        assert rules[target].split() == ["$(STAMP)"], (target, rules[target])
    assert "$(TEST_STAMP)" in rules["test"].split()
    assert "$(BENCH_STAMP)" in rules["bench"].split()


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def test_everything_the_build_imports_is_in_the_build_requirements():
    """helpcenter/ and hooks/ run inside `mkdocs build`: each third-party module they import comes from a
    distribution that requirements.txt pins (directly or as what a pinned package needs, pinned too)."""
    runtime = set(pins(ROOT / "requirements.txt"))
    modules = set()
    for folder in ("helpcenter", "hooks"):
        for path in (ROOT / folder).rglob("*.py"):
            modules |= _imports(path)
    # ours: the package, and the files beside the hooks that hooks import by name (hooks/nesting.py)
    ours = {"helpcenter", "hooks"} | {p.stem for p in (ROOT / "hooks").glob("*.py")}
    third_party = {m for m in modules if m not in sys.stdlib_module_names and m not in ours}
    dists = md.packages_distributions()
    missing = {m: dists.get(m) for m in third_party if not {norm(d) for d in dists.get(m, [])} & runtime}
    assert not missing, f"imported by the build but not in requirements.txt: {missing}"
