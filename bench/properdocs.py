"""Does the help center build the same on ProperDocs? `make properdocs` (not part of `make test`).

ProperDocs (https://properdocs.org/, PyPI `properdocs`) is the maintained continuation of MkDocs 1.x: a drop-in
that answers every `import mkdocs...` of Material, mkdocs-static-i18n and our hooks with its own modules. This
script installs it in a venv of its own (.venv-properdocs, from bench/requirements-properdocs.txt), builds the
site with `mkdocs build --strict` (.venv) and with `properdocs build --strict`, and compares the two sites file by
file. Expected differences are listed in EXPECTED (the text allowed to differ) and counted apart; any other
difference fails (exit 1).
"""
from __future__ import annotations

import argparse
import filecmp
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-properdocs"
REQUIREMENTS = ROOT / "bench" / "requirements-properdocs.txt"

# (files, the text that may differ there, why). Everything else must be the same bytes.
EXPECTED: list[tuple[str, str, str]] = [
    (r".*\.html", r'<meta name="generator" content="[^"]*">', "the generator meta tag names the generator"),
]


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, text=True, capture_output=True, **kw)


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    stamp = VENV / ".installed"
    if not stamp.exists() or stamp.stat().st_mtime < REQUIREMENTS.stat().st_mtime:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True, cwd=ROOT)
        subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True, cwd=ROOT)
        stamp.touch()
    return VENV / "bin"


def build(command: list[str], out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    return subprocess.run([*command, "build", "--strict", "--clean", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
                          cwd=ROOT, text=True, capture_output=True, env=env)


def compare(a: Path, b: Path) -> tuple[list[str], list[str], list[str]]:
    """(only in a, only in b, differing), as paths relative to the site."""
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    differ = sorted(f for f in files_a & files_b if not filecmp.cmp(a / f, b / f, shallow=False))
    return sorted(files_a - files_b), sorted(files_b - files_a), differ


def expected(path: str, a: Path, b: Path) -> str | None:
    """Why the two versions of `path` may differ, when they differ only in EXPECTED text; else None."""
    for files, text, why in EXPECTED:
        if re.fullmatch(files, path):
            blank = lambda p: re.sub(text.encode(), b"", p.read_bytes())
            if blank(a / path) == blank(b / path):
                return why
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mkdocs", default=str(ROOT / ".venv" / "bin" / "mkdocs"), help="the MkDocs to compare with")
    args = parser.parse_args(argv)
    bin_dir = ensure_venv()
    version = run([str(bin_dir / "python"), "-c", "import properdocs; print(properdocs.__version__)"]).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="hc-properdocs-") as tmp:
        out_m, out_p = Path(tmp) / "mkdocs", Path(tmp) / "properdocs"
        for name, command, out in (("MkDocs", [args.mkdocs], out_m),
                                   (f"ProperDocs {version}", [str(bin_dir / "properdocs")], out_p)):
            result = build(command, out)
            if result.returncode != 0:
                print(f"{name}: the build failed:\n{result.stdout}{result.stderr}", file=sys.stderr)
                return 1
            print(f"{name}: built {sum(1 for p in out.rglob('*') if p.is_file())} files")
        only_m, only_p, differ = compare(out_m, out_p)
        unexpected = [f"only in the MkDocs build: {f}" for f in only_m]
        unexpected += [f"only in the ProperDocs build: {f}" for f in only_p]
        reasons: dict[str, int] = {}
        for f in differ:
            why = expected(f, out_m, out_p)
            if why is None:
                unexpected.append(f"differs: {f}")
            else:
                reasons[why] = reasons.get(why, 0) + 1
        for why, count in reasons.items():
            print(f"expected difference in {count} file(s): {why}")
        if unexpected:
            print("\n".join(unexpected))
            print(f"ProperDocs {version}: {len(unexpected)} unexpected difference(s) from MkDocs")
            return 1
        same = sum(1 for p in out_m.rglob("*") if p.is_file()) - sum(reasons.values())
        print(f"ProperDocs {version}: the same site as MkDocs ({same} files byte for byte, "
              f"{sum(reasons.values())} differing only as expected)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
