"""First result and bytes, ours vs Pagefind, on a site already built: `python bench/firstresult.py SITE [--runs 5]`.

For a large N whose full `make bench` (three builds of each configuration) does not fit the time at hand:
build the generated tree once (`mkdocs build -f bench/out/<N>/mkdocs.yml`), then run this. It indexes the site
with Pagefind and measures, per language, as bench/run.py does: page open -> first result (median), bytes
downloaded until then, and an article viewed without searching. Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    run.log("pagefind")
    pagefind_s = run.run_pagefind(args.site)
    out = run.browser_measurements(args.site, args.runs, pagefind=True, label="ours")
    out["pagefind_index_s"] = round(pagefind_s, 2)
    out["index_files"] = run.index_folder_sizes(args.site)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
