"""Build the whole site and publish it into ``site/`` only when every language built cleanly.

    python -m helpcenter.build [-f mkdocs.yml] [-d site] [--no-strict]

`mkdocs build` writes into its output folder as it goes: a warning that ``--strict`` turns into a failure
half-way (a broken link in Greek, an outdated translation) leaves a half-written ``site/`` that anyone could
copy and publish. Here MkDocs builds into a fresh folder next to ``site/`` (same file system, so the swap is
two renames); only when it exits 0 and the result passes the publishing checks (``helpcenter.publish``:
no inline script, no source map, no generator tag, a ``_headers`` file) does the new folder take the place
of ``site/``. Otherwise the new folder is deleted and ``site/`` stays exactly as it was, byte for byte.

Runs MkDocs in a child process (this module imports nothing from MkDocs), so its log reaches the terminal as is.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import publish


class BuildFailed(Exception):
    pass


def _site_dir(config_file: Path, site_dir: str | None) -> Path:
    if site_dir:
        return Path(site_dir).resolve()
    # mkdocs.yml's site_dir, relative to the config file; read without MkDocs (the key is a plain string).
    from .policy.config import MkDocsYamlLoader
    import yaml
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=MkDocsYamlLoader) or {}
    return (config_file.parent / str(data.get("site_dir") or "site")).resolve()


def _swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is. The old folder is moved aside first and deleted last."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, old / target.name)
    try:
        os.rename(new, target)
    except OSError:
        if old is not None:   # put the last good site back
            os.rename(old / target.name, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _grouped(problems: list[str], limit: int = 20) -> list[str]:
    """'path: problem' lines, one per distinct problem, naming the first file and how many others have it."""
    by_problem: dict[str, list[str]] = {}
    for line in problems:
        path, _, problem = line.partition(": ")
        by_problem.setdefault(problem, []).append(path)
    out = [f"{paths[0]}: {problem}" + (f" (and {len(paths) - 1} more files)" if len(paths) > 1 else "")
           for problem, paths in by_problem.items()]
    return out[:limit] + ([f"... {len(out) - limit} more problems"] if len(out) > limit else [])


def build(config_file: Path, site_dir: Path, *, strict: bool = True, extra_args: list[str] | None = None,
          stdout=None) -> int:
    """Build into a temporary folder beside `site_dir`; replace `site_dir` only on success. Returns mkdocs' code."""
    config_file = config_file.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.build-", dir=site_dir.parent))
    try:
        cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(config_file), "-d", str(tmp)]
        if strict:
            cmd.append("--strict")
        cmd.extend(extra_args or [])
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        code = subprocess.run(cmd, env=env, cwd=str(config_file.parent), stdout=stdout, stderr=stdout).returncode
        if code != 0:
            raise BuildFailed(f"mkdocs build failed (exit code {code})")
        problems = publish.check_site(tmp)
        if problems:
            raise BuildFailed("the built site breaks the publishing rules:\n  " + "\n  ".join(_grouped(problems)))
        _swap(tmp, site_dir)
        return 0
    except BuildFailed as e:
        shown = site_dir.name + "/"
        state = "left unchanged" if site_dir.exists() else "not created"
        print(f"ERROR   -  {e}; {shown} {state} (nothing of this build was published)", file=sys.stderr)
        return 1
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-d", "--site-dir", default=None, help="default: site_dir of mkdocs.yml")
    parser.add_argument("--no-strict", action="store_true", help="let warnings through (never for publishing)")
    args, rest = parser.parse_known_args(argv)
    config_file = Path(args.config_file)
    if not config_file.is_file():
        print(f"ERROR   -  {config_file}: no such file", file=sys.stderr)
        return 2
    return build(config_file, _site_dir(config_file.resolve(), args.site_dir), strict=not args.no_strict,
                 extra_args=rest)


if __name__ == "__main__":
    sys.exit(main())
