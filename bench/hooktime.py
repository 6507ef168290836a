"""Seconds spent in each hook during one build: `python bench/hooktime.py MKDOCS_YML SITE_DIR` prints JSON.

Loads the config as `mkdocs build` does, wraps every event function that comes from a file in a `hooks/`
folder with a timer (everything it calls counts, helpcenter/ included), then builds. Work a hook causes
outside its own functions (a template partial it adds, a bigger page) is not counted here; bench/run.py's
build_s vs build_s_without_hooks covers that.
"""
from __future__ import annotations

import functools
import json
import os
import sys
import time
from pathlib import Path


def main(config_file: str, site_dir: str) -> dict:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    spent: dict[str, float] = {}
    calls: dict[str, int] = {}

    def timed(func, key):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[key] = spent.get(key, 0.0) + time.perf_counter() - t0
                calls[key] = calls.get(key, 0) + 1
        return wrapper

    t0 = time.perf_counter()
    config = load_config(config_file, site_dir=site_dir)
    for event, funcs in config.plugins.events.items():
        for i, func in enumerate(funcs):
            code = getattr(getattr(func, "__func__", func), "__code__", None)
            if code is None:
                continue
            path = Path(code.co_filename)
            if path.parent.name == "hooks" and path.suffix == ".py":
                funcs[i] = timed(func, f"hooks/{path.name}")
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    total = time.perf_counter() - t0
    return {"build_s": round(total, 3), "hooks_s": {k: round(v, 3) for k, v in sorted(spent.items())},
            "calls": calls}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
