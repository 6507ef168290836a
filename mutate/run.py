"""`make mutate`: mutation testing of the policy, translation, i18n and search modules with mutmut 3.

mutmut copies helpcenter/ into mutants/, changes one thing at a time (a `<` to `<=`, a string, a constant, a
dropped call) and runs the fast unit tests that cover it (pyproject.toml, [tool.mutmut]). A mutant the tests do
not notice "survived": either a test is missing, or the change makes no difference a reader could see.

Under `nice -n 19`, with two workers: the machine is shared. mutmut keeps every verdict in mutants/, so a run can
be stopped and resumed. Then this script writes mutate/report.md.

    python mutate/run.py --resume             # (make mutate) one mutmut run: every mutant without a verdict
    python mutate/run.py                      # every module, one after the other, all their mutants again
    python mutate/run.py helpcenter.policy.quantities helpcenter.translations
    python mutate/run.py --survivors          # run again only the mutants that survived, had no test or never ran
    python mutate/run.py --survivors helpcenter.policy   # the same, in these modules (or packages) only
    python mutate/run.py --report-only        # rewrite the report from the verdicts mutmut has kept

A module named on the command line has all its mutants run again (mutmut reruns what it is asked for by name);
`--resume` asks for nothing by name, so mutmut runs, in one go, every mutant it has no verdict for yet (the first
run, or what a stopped run left): one collection of the tests instead of one per module.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MUTMUT = str(BIN / "mutmut")
REPORT = ROOT / "mutate" / "report.md"
README = ROOT / "README.md"

# What is mutated: directories and files, as in [tool.mutmut] only_mutate. Targets from issue 15.
GROUPS = [
    ("helpcenter/policy/", 0.85),
    ("helpcenter/translations.py", 0.85),
    ("helpcenter/i18n.py", 0.75),
    ("helpcenter/search/", 0.75),
]
KILLED = {"killed", "timeout", "caught by type check"}
# Functions that only run while the module is imported (they build the regexes and word tables from lexicon.py).
# mutmut 3 switches a mutant on inside an already imported module, so a mutant there can never be noticed by any
# test: it "survives" whatever the tests do. They are listed, and left out of the adjusted score; the tables they
# read are checked against the hand-typed oracle instead (tests/unit/test_policy_number_words.py).
IMPORT_TIME = {
    "helpcenter.policy.quantities": {"alt", "word_values", "number_words_pattern", "unit_forms", "unit_pattern",
                                     "searcher"},
    # the ending classes of Snowball's Russian stemmer, built once from their word lists
    "helpcenter.search.russian": {"class", "by_length"},
}
NOT_RUN = {"not checked", "skipped"}
SCORES = ROOT / "mutate" / "scores.json"   # each module's last measured verdict counts, and when (committed)
LOG = ROOT / "mutants" / "mutmut.log"      # mutmut's progress and, when it stops, why (mutants/ is not committed)


def log():
    LOG.parent.mkdir(exist_ok=True)
    return LOG.open("a", encoding="utf-8")


def modules() -> list[str]:
    out = []
    for where, _ in GROUPS:
        path = ROOT / where
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        out += [f.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".") for f in files
                if f.name != "__init__.py"]
    return out


def group_of(module: str) -> str:
    path = module.replace(".", "/")
    for where, _ in GROUPS:
        if where.endswith("/") and path.startswith(where) or path + ".py" == where:
            return where
    return "other"


def results() -> dict[str, str]:
    """mutant name -> status, as `mutmut results --all true` prints them."""
    out = subprocess.run([MUTMUT, "results", "--all", "true"], capture_output=True, text=True, cwd=ROOT).stdout
    return dict(re.findall(r"^\s+(\S+): (.+)$", out, re.M))


def module_of(mutant: str) -> str:
    # helpcenter.policy.quantities.x_extract__mutmut_3, helpcenter.x.xǁClassǁmethod__mutmut_1
    return re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]


def function_of(mutant: str) -> str:
    return re.sub(r"__mutmut_\d+$", "", mutant[len(module_of(mutant)) + 1:]).lstrip("x").lstrip("_").replace("ǁ", ".")


def score(counts: Counter) -> tuple[int, int, float | None]:
    killed = sum(counts[s] for s in KILLED)
    tested = sum(n for s, n in counts.items() if s not in NOT_RUN)
    return killed, tested, (killed / tested if tested else None)


def load_scores() -> dict:
    """Each module's last measured figures (committed; the first were taken from the 2026-12-03 03:09 report)."""
    if SCORES.exists():
        return json.loads(SCORES.read_text(encoding="utf-8"))
    return {}


def write_report(seconds: dict[str, float], command: str) -> str:
    """The report from the verdicts mutmut keeps in mutants/. A module this cache has no verdict for (never run
    here: mutants/ is not committed, a fresh clone has none) keeps its figures from mutate/scores.json, labelled
    with the date of the run that measured them, never as fresh."""
    verdicts = results()
    by_module: dict[str, Counter] = defaultdict(Counter)
    survivors: dict[str, Counter] = defaultdict(Counter)
    import_time: Counter = Counter()
    for name, status in verdicts.items():
        if function_of(name) in IMPORT_TIME.get(module_of(name), ()):
            import_time[f"{module_of(name)}.{function_of(name)}"] += 1
            continue
        by_module[module_of(name)][status] += 1
        if status in ("survived", "no tests"):
            survivors[module_of(name)][function_of(name)] += 1

    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    scores = load_scores()
    measured: dict[str, str] = {}
    survivor_text: dict[str, str] = {}
    for module in sorted(set(by_module) | set(modules())):
        counts = by_module.get(module, Counter())
        if sum(n for st, n in counts.items() if st not in NOT_RUN):          # measured in this cache
            old = scores.get(module, {})
            same = old.get("counts") == dict(counts) and old.get("measured")
            measured[module] = same or now          # unchanged verdicts keep the date they were measured on
            survivor_text[module] = ", ".join(f"`{f}` {n}" for f, n in survivors[module].most_common())
            scores[module] = {"measured": measured[module], "counts": dict(counts),
                              "survivors": survivor_text[module]}
        elif module in scores:                       # not run here: the last measured figures, with their date
            by_module[module] = Counter(scores[module]["counts"])
            measured[module] = f"{scores[module]['measured']}, carried over"
            survivor_text[module] = scores[module].get("survivors", "")
        else:
            measured[module] = "never"
    by_group: dict[str, Counter] = defaultdict(Counter)
    dates_of: dict[str, set] = defaultdict(set)
    for module, counts in by_module.items():
        by_group[group_of(module)].update(counts)
        dates_of[group_of(module)].add(measured[module])

    lines = [
        "# Mutation testing",
        "",
        f"Written by `{command}` on {now} (mutmut {metadata.version('mutmut')}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs shared with other work). Score = killed / mutants run (a timeout counts as killed; "
        "`not checked` = not run yet, left out). *Measured* is when mutmut ran a module's mutants: a module this "
        "checkout's mutmut cache (`mutants/`) has no verdict for keeps its last measured figures from "
        "`mutate/scores.json`, with their date (carried over, not re-run). Left out as well, because mutmut 3 "
        "cannot switch them on after import (see IMPORT_TIME in mutate/run.py): "
        + (", ".join(f"`{f}` ({n})" for f, n in sorted(import_time.items())) or "none") + ".",
        "",
        "| group | target | killed / run | score | met | not run yet | measured |",
        "|---|---:|---:|---:|---|---:|---|",
    ]
    for where, target in GROUPS:
        killed, tested, s = score(by_group[where])
        not_run = sum(by_group[where][x] for x in NOT_RUN)
        met = "–" if s is None else ("yes" if s >= target else "**no**")
        if s is not None and not_run:
            met += " (of the mutants run)"
        when = "; ".join(sorted(dates_of[where])) or "never"
        lines.append(f"| `{where}` | {target:.0%} | {killed} / {tested} | "
                     f"{'–' if s is None else f'{s:.1%}'} | {met} | {not_run} | {when} |")
    lines += ["", "| module | killed | survived | no tests | timeout | not run yet | score | measured | "
              "minutes this run |", "|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for module in sorted(by_module):
        c = by_module[module]
        killed, tested, s = score(c)
        minutes = f"{seconds[module] / 60:.1f}" if module in seconds else ""
        lines.append(f"| `{module}` | {killed} | {c['survived']} | {c['no tests']} | {c['timeout']} | "
                     f"{sum(c[x] for x in NOT_RUN)} | {'–' if s is None else f'{s:.1%}'} | {measured[module]} | "
                     f"{minutes} |")
    lines += ["", "## Survivors by function", "",
              "`mutmut show <name>` prints a survivor's change; `mutmut browse` lists them all. Judged harmless: "
              "see the README's *Mutation testing* section.", ""]
    for module in sorted(m for m in survivor_text if survivor_text[m]):
        lines.append(f"- `{module}` ({measured[module]}): {survivor_text[module]}")
    text = "\n".join(lines) + "\n"
    REPORT.write_text(text, encoding="utf-8")
    SCORES.write_text(json.dumps(scores, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    # the README's Mutation testing section gets the header and the per-group table
    readme = README.read_text(encoding="utf-8")
    start, end = "<!-- mutate:start -->", "<!-- mutate:end -->"
    if start in readme and end in readme:
        table = "\n".join(lines[2:3] + [""] + [line for line in lines if line.startswith("| `helpcenter/")
                                                 or line.startswith("| group") or line.startswith("|---|---:|---:|---:|---|")])
        head, rest = readme.split(start, 1)
        README.write_text(f"{head}{start}\n{table}\n{end}{rest.split(end, 1)[1]}", encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="dotted module names (default: every mutated module)")
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--resume", action="store_true", help="one mutmut run: every mutant without a verdict")
    parser.add_argument("--survivors", action="store_true",
                        help="one mutmut run of the mutants that survived, had no test or have not run yet (after "
                             "adding tests), in the modules named if any")
    parser.add_argument("--children", type=int, default=2, help="mutmut workers (default 2)")
    parser.add_argument("--nice", type=int, default=19)
    args = parser.parse_args(argv)
    wanted = args.modules or modules()
    seconds: dict[str, float] = {}
    if (args.resume or args.survivors) and not args.report_only:
        cmd = ["nice", "-n", str(args.nice), MUTMUT, "run", "--max-children", str(args.children)]
        if args.survivors:
            # survived, no tests, or not run yet; only in the modules named, if any (a prefix names a package)
            cmd += sorted(name for name, status in results().items()
                          if status in ("survived", "no tests", "not checked", "segfault", "suspicious")
                          and function_of(name) not in IMPORT_TIME.get(module_of(name), ())
                          and (not args.modules or any(module_of(name) == m or module_of(name).startswith(m + ".")
                                                       for m in args.modules)))
        done = subprocess.run(cmd, cwd=ROOT, stdout=log(), stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            print(done.stderr[-3000:], file=sys.stderr)
            print(f"mutmut failed (exit {done.returncode}); the report shows what was kept; mutmut's own "
                  f"output: {LOG.relative_to(ROOT)}", file=sys.stderr)
    elif not args.report_only:
        for module in wanted:
            started = time.monotonic()
            print(f"== mutmut: {module}", flush=True)
            cmd = ["nice", "-n", str(args.nice), MUTMUT, "run", "--max-children", str(args.children), f"{module}.*"]
            done = subprocess.run(cmd, cwd=ROOT, stdout=log(), stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                print(done.stderr[-3000:], file=sys.stderr)
                print(f"mutmut failed on {module} (exit {done.returncode}); the report shows what was kept",
                      file=sys.stderr)
            seconds[module] = time.monotonic() - started
    if args.survivors:
        command = "python mutate/run.py --survivors" + "".join(f" {m}" for m in args.modules)
    elif args.report_only:
        command = "python mutate/run.py --report-only"
    else:
        command = "make mutate" + (f" MODULES='{' '.join(args.modules)}'" if args.modules else "")
    print(write_report(seconds, command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
