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
    ap.add_argument("--n", type=int, help="articles per language: also write bench/results-N.md (README)")
    args = ap.parse_args(argv)
    run.log("pagefind")
    pagefind_s = run.run_pagefind(args.site)
    out = run.browser_measurements(args.site, args.runs, pagefind=True, label="ours")
    out["pagefind_index_s"] = round(pagefind_s, 2)
    out["index_files"] = run.index_folder_sizes(args.site)
    print(json.dumps(out, indent=1))
    if args.n:
        (HERE / f"results-{args.n}.md").write_text(markdown(out, args.n, args.runs), encoding="utf-8")
        parts = sorted(HERE.glob("results-*.md"), key=lambda p: int("".join(c for c in p.stem if c.isdigit()) or 0))
        (HERE / "results.md").write_text("\n".join(p.read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    return 0


def markdown(out: dict, n: int, runs: int) -> str:
    m = run.machine()
    L = run.LANGS
    row = lambda name, f: f"| {name} | " + " | ".join(f(lang) for lang in L) + " |"  # noqa: E731
    lines = [
        f"### {n} articles per language (search only)", "",
        f"Measured by `python bench/firstresult.py bench/out/{n}/site --n {n}` on {m['date']} (commit "
        f"{m['git_commit']}; load average {m.get('load', '') or __import__('os').getloadavg()[0]:.2f}, a shared "
        f"machine), on a site built once: three builds per configuration did not fit the time, so build times "
        f"are not measured at this size. Median of {runs} page loads, Chromium {out.get('chromium')}.", "",
        "| per language | " + " | ".join(L) + " |", "|---|" + "---:|" * len(L),
        row("index files: shards / all, whole index gzipped", lambda l: f"{out['index_files'][l]['shards']} / "
            f"{out['index_files'][l]['files']}, {run._kb(out['index_files'][l]['gz'])}"),
        row("term shards: median / largest gzipped", lambda l: f"{run._kb(out['index_files'][l]['median_shard_gz'])}"
            f" / {run._kb(out['index_files'][l]['largest_shard_gz'])}"),
        row("`first_result_ms` (median)", lambda l: run._ms(out[l]["ms"])),
        row("`pagefind_first_result_ms` (median)", lambda l: run._ms(out["pagefind_" + l]["ms"])),
        row("bytes to first result, whole page", lambda l: run._kb(out[l]["bytes"])),
        row("`pagefind_bytes_to_first_result`", lambda l: run._kb(out["pagefind_" + l]["bytes"])),
        row("an article viewed without searching", lambda l: run._kb(out["view_" + l]["bytes"])),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
