"""Relevance benchmark: our per-language lunr search against Pagefind on the same built site.

    .venv/bin/python bench/relevance.py                 # builds the site into a temporary folder
    .venv/bin/python bench/relevance.py --site /tmp/x   # or takes a built site

Prints hit@3 (the expected article among the first three listed) and MRR (mean reciprocal rank,
ranks below 10 count as 0) per language for:

- ours: helpcenter.search.engine, the Python twin of what the search box runs in the browser,
  on each language's own search/search_index.json;
- browser (with --browser): the same queries typed into Material's search box in Chromium;
- pagefind: `python -m pagefind` (pagefind[bin] from PyPI) run on a copy of the same site, queried
  with its own pagefind.js in Debian's Chromium (Playwright), on a page of the query's language
  (Pagefind picks the index by <html lang>).

The judged queries are tests/data/relevance/<lang>.tsv (the articles' own words, typed every
way) and everyday-<lang>.tsv (customers' own words). Not part of the tests (it takes a minute);
tests/site/test_search_relevance.py holds ours to hit@3 >= 0.95 on the first,
tests/site/test_search_vocabulary_build.py to >= 0.9 on the second.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support import LANGS, Server, free_port, run_mkdocs  # noqa: E402

from helpcenter.search import relevance  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SETS = ("", "everyday-")  # tests/data/relevance/<lang>.tsv, then the everyday-phrasing sets

_PAGEFIND_JS = """
async (queries) => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.options({ excerptLength: 0 });
  await pf.init();
  const out = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
    out.push(data.map(d => d.url));
  }
  return out;
}
"""


def pagefind_rankings(site: Path, queries: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "site"
        shutil.copytree(site, copy)
        run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(copy), "--quiet"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"pagefind failed:\n{run.stdout}\n{run.stderr}")
        port = free_port()
        out: dict[str, dict[str, list[str]]] = {}
        with Server(copy, port), sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
            page = browser.new_page()
            for lang in LANGS:
                page.goto(f"http://127.0.0.1:{port}/{relevance.PREFIX[lang]}")
                urls = page.evaluate(_PAGEFIND_JS, queries[lang])
                out[lang] = {q: [relevance.slug_of(u) for u in found] for q, found in zip(queries[lang], urls)}
            browser.close()
        return out


def browser_rankings(site: Path, queries: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """Our search as readers get it: each query typed into Material's search box."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    out: dict[str, dict[str, list[str]]] = {}
    with Server(site, port), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        for lang in LANGS:
            page.goto(f"http://127.0.0.1:{port}/{relevance.PREFIX[lang]}")
            page.click("label.md-header__button[for=__search]")
            page.wait_for_timeout(1500)
            box = page.locator("input.md-search__input")
            out[lang] = {}
            for q in queries[lang]:
                box.fill(q)
                box.press("End")
                page.wait_for_timeout(500)
                hrefs = page.eval_on_selector_all(
                    ".md-search-result__item > a:first-child", "els => els.map(e => e.href)")
                out[lang][q] = [relevance.slug_of(h.split(str(port), 1)[1]) for h in hrefs]
        browser.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", type=Path, help="a built site (default: build the repository now)")
    ap.add_argument("--no-pagefind", action="store_true", help="score our search only")
    ap.add_argument("--misses", action="store_true", help="list the queries that missed the top 3")
    ap.add_argument("--browser", action="store_true",
                    help="also score our search typed into the real search box in Chromium")
    args = ap.parse_args()

    tmp = None
    site = args.site
    if site is None:
        tmp = tempfile.TemporaryDirectory()
        site = Path(tmp.name) / "site"
        result = run_mkdocs(ROOT / "mkdocs.yml", site)
        if result.returncode != 0:
            sys.exit(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")

    for judged_set in SETS:
        judged = {lang: relevance.load(ROOT / "tests" / "data" / "relevance" / f"{judged_set}{lang}.tsv")
                  for lang in LANGS}
        scores = {}
        for lang in LANGS:
            scores[("ours", lang)] = relevance.score(lang, judged[lang], relevance.our_ranker(site, lang, [j.query for j in judged[lang]]))
        if args.browser:
            rankings = browser_rankings(site, {lang: [j.query for j in judged[lang]] for lang in LANGS})
            for lang in LANGS:
                scores[("browser", lang)] = relevance.score(lang, judged[lang], lambda q, r=rankings[lang]: r[q])
        if not args.no_pagefind:
            rankings = pagefind_rankings(site, {lang: [j.query for j in judged[lang]] for lang in LANGS})
            for lang in LANGS:
                scores[("pagefind", lang)] = relevance.score(lang, judged[lang], lambda q, r=rankings[lang]: r[q])

        print(f"judged set: tests/data/relevance/{judged_set}<lang>.tsv")
        print(f"{'engine':10} lang  {'':5} queries: " + ", ".join(f"{l} {len(judged[l])}" for l in LANGS))
        for (name, lang), s in scores.items():
            print(s.line(name))
            if args.misses:
                for j, top in s.misses:
                    print(f"    {j.query!r} -> {j.slug}; got {top}")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
