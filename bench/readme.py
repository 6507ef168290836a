"""Put the measured table into README.md: `python bench/readme.py` (run by `make bench`).

Replaces everything between `<!-- bench:start -->` and `<!-- bench:end -->` in README.md with bench/results.md,
as bench/run.py wrote it. The numbers are never typed in by hand. If README.md has no such markers yet, a
"## Performance" section holding them is appended.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SECTION = ("\n## Performance\n\n`make bench N=300` (not part of `make test`) generates a synthetic help center of N "
           "articles per language, builds it with and without our hooks, times the policy check, and measures "
           "search in Debian's Chromium side by side with Pagefind (bench/run.py). It rewrites the part below.\n\n"
           f"{START}\n{END}\n")


def update(readme: Path, results: Path) -> bool:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        text = text.rstrip("\n") + "\n" + SECTION
    table = results.read_text(encoding="utf-8").strip()
    new = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda m: f"{START}\n{table}\n{END}", text,
                 count=1, flags=re.S)
    changed = new != readme.read_text(encoding="utf-8")
    readme.write_text(new, encoding="utf-8")
    return changed


def main(argv: list[str]) -> int:
    readme = Path(argv[1]) if len(argv) > 1 else HERE.parent / "README.md"
    results = HERE / "results.md"
    if not results.exists():
        print("bench/results.md is missing: run `make bench` first", file=sys.stderr)
        return 2
    changed = update(readme, results)
    print(f"{readme}: performance section {'updated' if changed else 'already up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
