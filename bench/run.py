"""`make bench N=300`: build and search at help-center scale, side by side with Pagefind.

    python bench/run.py [--n 300] [--runs 5] [--stock-runs 1] [--browser-runs 5] [--check-n 1000]
                        [--no-lighthouse] [--lighthouse-runs 3]

1. Generates N synthetic articles per language (bench/generate.py) into bench/out/<N>/, and 1000 per language
   into bench/out/check-1000/ for the policy check.
2. Builds the same content with the hooks listed in mkdocs.yml *now* (`build_s`) and without `hooks:`
   (`build_s_without_hooks`), one after the other, `--runs` times each (best run: the machine is shared, and the
   fastest run is the least disturbed one; the ratio of each pair is kept too), and `--stock-runs` times stock
   (no hooks, static-i18n's default search handling: one merged index, `stock_index_bytes`; no target).
3. Times `python -m helpcenter.check --config …` on the N tree and on 3 × 1000 articles (`policy_check_s`).
4. Sizes of each language's search index (raw and gzip -6, as bench/serve.py sends it).
5. Serves each built site with bench/serve.py (gzip) and drives Debian's Chromium with Playwright: from
   navigation start to the first `.md-search-result__item` for a fixed query per language (article URL with
   `?q=`), median of `--browser-runs`, a new browser context (cold cache) each time, its loads interleaved with
   Pagefind's (step 6) so that a neighbour's burst falls on both, after one untimed load
   (bench/serve.py gzips a file once and keeps it); bytes transferred until then (encoded body sizes, worker
   requests included).
6. Runs Pagefind on the built site (`pagefind_index_s`) and measures, on a same-origin page that loads
   /_pagefind/pagefind.js, `search(query)` + `results[0].data()` the same way.
7. Optionally Lighthouse (npm, bench/package.json) on the real site's home, an article, the FAQ, the contact
   page and the 404 page per language: performance is the median of `--lighthouse-runs` runs per page.
Writes bench/results.json and bench/results.md (the table and the targets, met or not).
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

LANGS = ("en", "kk", "el")
PREFIX = {"en": "", "kk": "kk/", "el": "el/"}
# One fixed query per language: a word every topic uses, typed as a reader would (accents and all).
QUERY = {"en": "exchange", "kk": "айырбастау", "el": "ανταλλαγή"}
CHROMIUM = "/usr/bin/chromium"
CHROME_ARGS = ["--no-sandbox", "--disable-background-networking"]
RESULT_SELECTOR = ".md-search-result__item"
TARGETS_TEXT = {
    "hooks_overhead": "our hooks add at most 10% to the build time",
    "policy_check_3x1000": "policy check of 3 × 1000 articles takes under a second",
    "first_result_vs_pagefind": "time to first result no slower than Pagefind's (every language, N=300 and N=1000)",
    "bytes_vs_pagefind": "bytes downloaded to the first result no more than Pagefind's (every language)",
    "page_view_100kb": "an article viewed without searching downloads at most 100 kB (every language)",
    "index_third_of_stock": "each language's index at most a third of the stock mixed index",
    "lighthouse": "Lighthouse (mobile): performance ≥ 98, accessibility, best practices and SEO 100",
}

FIRST_RESULT_JS = """
(() => {
  const sel = %s;
  const mark = () => {
    if (window.__firstResult === undefined && document.querySelector(sel)) {
      window.__firstResult = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(mark);
  observer.observe(document, {childList: true, subtree: true});
})();
""" % json.dumps(RESULT_SELECTOR)

PAGEFIND_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Pagefind benchmark</title></head>
<body><ul id="results"></ul>
<script type="module">
const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get("lang") || "en";
const pagefind = await import("/_pagefind/pagefind.js");
await pagefind.init();
const search = await pagefind.search(params.get("q") || "");
if (search.results.length) {
  const data = await search.results[0].data();
  const li = document.createElement("li");
  li.textContent = data.meta.title || data.url;
  document.getElementById("results").append(li);
  window.__firstResult = performance.now();
} else {
  window.__noResult = performance.now();
}
</script></body></html>
"""


# --- helpers ------------------------------------------------------------------------------------------

def log(msg: str) -> None:
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {msg}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def median(values):
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def env() -> dict:
    """The builds' environment. Python keeps the compiled modules (in bench/out/pycache, not beside the sources),
    as every installed package has them: without that, each build with the hooks would compile the hooks'
    modules again while the packages they are compared with are compiled once, at install."""
    values = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore",
                  PYTHONPYCACHEPREFIX=str(HERE / "out" / "pycache"))
    values.pop("PYTHONDONTWRITEBYTECODE", None)
    return values


def build(config: Path, site: Path, strict: bool) -> float:
    cmd = [PY, "-m", "mkdocs", "build", "--clean", "-f", str(config), "-d", str(site)]
    if strict:
        cmd.append("--strict")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=str(config.parent))
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-30:])
        raise SystemExit(f"bench: `{' '.join(cmd)}` failed ({proc.returncode}):\n{tail}")
    return elapsed


def policy_check(config: Path) -> tuple[float, str]:
    cmd = [PY, "-m", "helpcenter.check", "--config", str(config)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=str(REPO))
    elapsed = time.perf_counter() - t0
    last = (proc.stdout.strip().splitlines() or ["?"])[-1]
    if proc.returncode != 0:
        raise SystemExit(f"bench: the policy check rejects the synthetic tree {config.parent}:\n"
                         + "\n".join(proc.stdout.splitlines()[:20]) + proc.stderr)
    return elapsed, last


def distinct_lines(docs: Path) -> float:
    """Share of the Markdown text (by characters) in distinct lines: what a cache keyed by line cannot skip.
    Synthetic articles repeat far more than real ones, so such caches flatter the synthetic tree."""
    lines = [line for p in docs.rglob("*.md") for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    return round(sum(len(line) for line in set(lines)) / total, 3) if total else 0.0


def index_files(site: Path) -> dict[str, Path | None]:
    out = {}
    for lang in LANGS:
        p = site / PREFIX[lang] / "search" / "search_index.json"
        out[lang] = p if p.is_file() else None
    return out


def index_folder_sizes(site: Path) -> dict[str, dict]:
    """Per language: the manifest every page downloads, and the whole sharded index (raw, and gzip -6 file by
    file as bench/serve.py sends it), with its largest term shard."""
    out = {}
    for lang in LANGS:
        folder = site / PREFIX[lang] / "search"
        files = [p for p in folder.rglob("*.json")] if folder.is_dir() else []
        raw = gz = 0
        shard_gz = []
        for f in files:
            r, g = sizes(f)
            raw, gz = raw + r, gz + g
            if f.parent.name == "t":
                shard_gz.append(g)
        manifest = folder / "search_index.json"
        m_raw, m_gz = sizes(manifest) if manifest.is_file() else (None, None)
        out[lang] = {"files": len(files), "raw": raw, "gz": gz, "manifest": m_raw, "manifest_gz": m_gz,
                     "shards": len(shard_gz), "largest_shard_gz": max(shard_gz, default=0),
                     "median_shard_gz": int(statistics.median(shard_gz)) if shard_gz else 0}
    return out


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, 6))


def hooks_listed(config: Path) -> list[str]:
    text = config.read_text(encoding="utf-8")
    m = re.search(r"(?m)^hooks:\s*\n((?:[ \t]+-.*\n?)+)", text)
    return [line.split("-", 1)[1].strip() for line in m.group(1).splitlines()] if m else []


class Served:
    """bench/serve.py (gzip static host) on a free port, as its own process."""

    def __init__(self, root: Path):
        self.root, self.port = root, free_port()

    def __enter__(self):
        self.proc = subprocess.Popen([PY, str(HERE / "serve.py"), str(self.root), str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.proc.stdout.readline()  # "serving … at …"
        self.url = f"http://127.0.0.1:{self.port}/"
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def first_article(site: Path) -> str:
    names = sorted(p.parent.name for p in site.glob("*-0*/index.html"))
    if not names:
        raise SystemExit(f"bench: no generated article in {site}")
    return names[0] + "/"


def times_to_first_result(browser, urls: list[str], runs: int, timeout_ms: int = 60000) -> list[dict]:
    """Per page, the median ms from navigation start to the first result and the bytes received until then; the
    pages' loads interleaved (run 1 of each page, then run 2 of each, ...): on a shared machine a neighbour's
    burst then falls on both sides of a comparison, not on one."""
    stats = [{"times": [], "transferred": [], "search_bytes": [], "index_at": [], "failures": 0} for _ in urls]
    # One load of each first, not counted: the server compresses each file once and keeps it, as a static
    # host's edge does; the first load would otherwise measure that compression.
    for run_no in range(runs + 1):
        for url, st in zip(urls, stats):
            _load_to_first_result(browser, url, timeout_ms, st if run_no else None)
    return [{"ms": median(st["times"]), "runs_ms": [round(t, 1) for t in st["times"]],
             "bytes": median(st["transferred"]), "search_bytes": median(st["search_bytes"]),
             "index_received_ms": median(st["index_at"]), "failures": st["failures"]} for st in stats]


def _load_to_first_result(browser, url: str, timeout_ms: int, st: dict | None) -> None:
    """One load in a new context (cold cache); its time and bytes are added to `st` (None: not counted)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        context.add_init_script(FIRST_RESULT_JS)
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda req: finished.append(req))
        try:
            page.goto(url, wait_until="commit")
            # a function, not an expression string: Playwright eval()s strings, which the pages' CSP refuses
            page.wait_for_function("() => window.__firstResult !== undefined || window.__noResult !== undefined",
                                   timeout=timeout_ms, polling=50)
            t = page.evaluate("window.__firstResult")
        except Exception as e:  # a timeout: no result for this query
            log(f"  no result within {timeout_ms} ms at {url}: {type(e).__name__}")
            t = None
        if st is None:
            return
        if t is None:
            st["failures"] += 1
            return
        done = list(finished)
        total, search = 0, 0
        # When the index arrived (ms after the page's own request started): the rest is the browser's work.
        start = done[0].timing["startTime"] if done else None
        idx = [r for r in done if re.search(r"/search/t/|search_index\.json|_pagefind/index/", r.url)]
        if start is not None and idx:
            st["index_at"].append(max(r.timing["startTime"] + r.timing["responseEnd"] for r in idx) - start)
        for req in done:
            try:
                size = req.sizes()
            except Exception:
                continue
            body = size["responseBodySize"]
            if not body:  # Chromium reports 0 for worker scripts: take what the server said it sent
                resp = req.response()
                body = int((resp and resp.header_value("content-length")) or 0)
            b = body + size["responseHeadersSize"]
            total += b
            if re.search(r"search|lunr|worker|_pagefind", req.url):
                search += b
        st["times"].append(t)
        st["transferred"].append(total)
        st["search_bytes"].append(search)
    finally:
        context.close()


def page_view_bytes(browser, url: str) -> dict:
    """A reader who opens an article and never searches: what the page downloads until the network is idle."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda req: finished.append(req))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    total, search = 0, 0
    for req in list(finished):
        size = req.sizes()
        body = size["responseBodySize"]
        if not body:
            resp = req.response()
            body = int((resp and resp.header_value("content-length")) or 0)
        total += body + size["responseHeadersSize"]
        if re.search(r"search|lunr|worker", req.url):
            search += body + size["responseHeadersSize"]
    context.close()
    return {"bytes": total, "search_bytes": search}


def browser_measurements(site: Path, runs: int, *, pagefind: bool, label: str) -> dict:
    from playwright.sync_api import sync_playwright

    out: dict = {}
    article = first_article(site)
    with Served(site) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        out["chromium"] = browser.version
        for lang in LANGS:
            urls = [f"{srv.url}{PREFIX[lang]}{article}?q={QUERY[lang]}"]
            if pagefind:
                urls.append(f"{srv.url}_pagefind_bench.html?lang={lang}&q={QUERY[lang]}")
            log(f"{label}: first result, {lang}: {urls[0]}" + (", and Pagefind's, loads interleaved" if pagefind else ""))
            measured = times_to_first_result(browser, urls, runs)
            out[lang] = measured[0]
            if pagefind:
                out["pagefind_" + lang] = measured[1]
            out["view_" + lang] = page_view_bytes(browser, f"{srv.url}{PREFIX[lang]}{article}")
        browser.close()
    return out


def run_pagefind(site: Path) -> float:
    shutil.rmtree(site / "_pagefind", ignore_errors=True)
    cmd = [PY, "-m", "pagefind", "--site", str(site), "--output-subdir", "_pagefind", "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env())
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"bench: pagefind failed:\n{proc.stdout}\n{proc.stderr}")
    (site / "_pagefind_bench.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return elapsed


def lighthouse(site: Path, runs: int = 3) -> dict | None:
    """Lighthouse (mobile, default settings) on the real site's home, an article, the FAQ, the contact page and
    the 404 page, in each language. Performance is the median of `runs` runs per page, as Lighthouse's own
    guidance on variability advises (its simulated throttling multiplies every main-thread task, so one run on a
    shared machine can lose ten points to a neighbour's burst); every run's score is kept. Accessibility, best
    practices and SEO do not depend on timing: they come from the first run."""
    lh = HERE / "node_modules" / ".bin" / "lighthouse"
    if not lh.exists():
        log("lighthouse: bench/node_modules missing (npm ci in bench/), skipped")
        return None
    pages = {}
    for lang in LANGS:
        for name, rel in (("home", ""), ("article", "returns/"), ("faq", "faq/"), ("contact", "contact/"),
                          ("404", "404.html")):
            pages[f"{name}-{lang}"] = PREFIX[lang] + rel
    out = {}

    def score(data):
        return round((data["categories"]["performance"].get("score") or 0) * 100)

    def below_par(data, categories):
        return sorted(
            ref["id"] for cat in data["categories"].values() if cat["id"] in categories
            for ref in cat["auditRefs"]
            if ref.get("weight") and (data["audits"][ref["id"]].get("score") is not None)
            and data["audits"][ref["id"]]["score"] < (0.9 if cat["id"] == "performance" else 1))

    with Served(site) as srv:
        for name, rel in pages.items():
            if not ((site / rel).is_file() or (site / rel / "index.html").exists()):
                continue
            reports = []
            for i in range(runs):
                report = HERE / "out" / f"lighthouse-{name}-{i}.json"
                categories = "performance,accessibility,best-practices,seo" if i == 0 else "performance"
                cmd = [str(lh), srv.url + rel, "--quiet", "--output=json", f"--output-path={report}",
                       "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
                       f"--only-categories={categories}"]
                report.unlink(missing_ok=True)
                proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(env(), CHROME_PATH=CHROMIUM),
                                      timeout=240)
                if proc.returncode != 0 or not report.exists():
                    log(f"lighthouse {name} #{i + 1}: failed: {proc.stderr[-500:]}")
                    continue
                reports.append(json.loads(report.read_text(encoding="utf-8")))
            if not reports:
                continue
            ranked = sorted(reports, key=score)
            middle = ranked[(len(ranked) - 1) // 2]  # the median run (the lower one of an even count)
            first = reports[0]
            out[name] = {k: round((v.get("score") or 0) * 100) for k, v in first["categories"].items()}
            out[name]["performance"] = score(middle)
            out[name]["performance_runs"] = [score(r) for r in reports]
            out[name]["failed_audits"] = sorted(set(below_par(middle, {"performance"}))
                                                | set(below_par(first, {"accessibility", "best-practices", "seo"})))
            (HERE / "out" / f"lighthouse-{name}.json").write_text(json.dumps(middle), encoding="utf-8")
            log(f"lighthouse {name}: {out[name]}")
    return out


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    versions = {}
    for pkg in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pagefind", "playwright"):
        try:
            from importlib.metadata import version
            versions[pkg] = version(pkg)
        except Exception:
            versions[pkg] = "?"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=str(REPO)).stdout.strip()
    # The benchmark measures the working tree: name what differs from the commit (others edit the same checkout).
    dirty = [line[3:] for line in subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", "hooks", "helpcenter", "overrides",
         "mkdocs.yml"], capture_output=True, text=True, cwd=str(REPO)).stdout.splitlines()]
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": mem, "os": platform.platform(), "uncommitted": dirty,
            "python": platform.python_version(), "packages": versions, "git_commit": commit,
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


# --- main ---------------------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="articles per language (default 300)")
    ap.add_argument("--runs", type=int, default=5,
                    help="builds with and without the hooks, in pairs (best of; default 5)")
    ap.add_argument("--stock-runs", type=int, default=1, help="stock builds (best of; default 1)")
    ap.add_argument("--browser-runs", type=int, default=5, help="page loads per measurement (median)")
    ap.add_argument("--check-n", type=int, default=1000, help="articles per language for the policy-check target")
    ap.add_argument("--no-lighthouse", action="store_true")
    ap.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (median)")
    ap.add_argument("--no-per-hook", dest="per_hook", action="store_false",
                    help="skip the extra build that times each hook's own functions")
    ap.add_argument("--no-stock-browser", action="store_true", help="skip first-result timing on the stock site")
    args = ap.parse_args(argv)

    load_start = [round(x, 2) for x in os.getloadavg()]
    machine_start = machine()  # the code measured is the code at the start (others commit to this checkout)
    out = HERE / "out"
    work = out / str(args.n)
    shutil.rmtree(work, ignore_errors=True)
    log(f"generating {args.n} articles per language in {work}")
    generate.generate(args.n, work)
    cfg_hooks, cfg_plain, cfg_stock = (work / "mkdocs.yml", work / "mkdocs-nohooks.yml", work / "mkdocs-stock.yml")
    hooks = hooks_listed(REPO / "mkdocs.yml")
    sites = {"hooks": work / "site", "nohooks": work / "site-nohooks", "stock": work / "site-stock"}
    configs = {"hooks": cfg_hooks, "nohooks": cfg_plain, "stock": cfg_stock}
    # First, untimed, the build that compiles the hooks' modules (see env()): hooktime's.
    hook_time = None
    if args.per_hook and hooks:
        proc = subprocess.run([PY, str(HERE / "hooktime.py"), str(cfg_hooks), str(work / "site-hooktime")],
                              capture_output=True, text=True, env=env(), cwd=str(work))
        if proc.returncode == 0:
            hook_time = json.loads(proc.stdout.strip().splitlines()[-1])
            log(f"time inside each hook: {hook_time['hooks_s']} (build {hook_time['build_s']} s)")
        else:
            log(f"hooktime failed: {proc.stderr[-300:]}")
    elif hooks:
        build(cfg_hooks, work / "site-hooktime", strict=True)

    timings: dict[str, list[float]] = {k: [] for k in configs}
    for r in range(max(args.runs, args.stock_runs)):
        for name, cfg in configs.items():
            if r >= (args.stock_runs if name == "stock" else args.runs):
                continue
            t = build(cfg, sites[name], strict=(name == "hooks"))
            timings[name].append(round(t, 3))
            log(f"build {name} #{r + 1}: {t:.2f} s")

    log("policy check")
    pc_n = [policy_check(cfg_hooks)[0] for _ in range(3)]
    check_dir = out / f"check-{args.check_n}"
    shutil.rmtree(check_dir, ignore_errors=True)
    generate.generate(args.check_n, check_dir)
    pc_big, pc_big_summary = [], ""
    for _ in range(3):
        t, pc_big_summary = policy_check(check_dir / "mkdocs.yml")
        pc_big.append(t)
    log(f"policy check of 3 × {args.check_n}: {median(pc_big)} s ({pc_big_summary})")
    distinct = {"synthetic": distinct_lines(check_dir / "docs"), "docs/ (real)": distinct_lines(REPO / "docs")}

    ours = index_files(sites["hooks"])
    stock_index = sites["stock"] / "search" / "search_index.json"
    folders = index_folder_sizes(sites["hooks"])
    index_bytes = {lang: folders[lang]["raw"] or None for lang in LANGS}
    index_bytes_gz = {lang: folders[lang]["gz"] or None for lang in LANGS}
    stock_bytes, stock_bytes_gz = sizes(stock_index)
    per_language = len({p for p in ours.values() if p}) == 3 and ours["kk"] != ours["en"]

    log("pagefind")
    pf_times = []
    for _ in range(args.runs):
        pf_times.append(run_pagefind(sites["hooks"]))
    pagefind_bytes = sum(f.stat().st_size for f in (sites["hooks"] / "_pagefind").rglob("*") if f.is_file())

    browser = browser_measurements(sites["hooks"], args.browser_runs, pagefind=True, label="ours")
    stock_browser = None if args.no_stock_browser else browser_measurements(
        sites["stock"], max(1, min(3, args.browser_runs)), pagefind=False, label="stock")

    lh = None
    if not args.no_lighthouse:
        real = out / "real-site"
        log("lighthouse: building the real site")
        build(REPO / "mkdocs.yml", real, strict=True)
        lh = lighthouse(real, args.lighthouse_runs)

    # Best of the runs: the machine is shared (other builds and tests run beside this one), and the
    # fastest run is the one least disturbed by them. Every run is kept in build_runs_s.
    build_s, build_plain = min(timings["hooks"]), min(timings["nohooks"])
    results = {
        "n_articles_per_language": args.n,
        "hooks_active": hooks,
        "queries": QUERY,
        "build_s": build_s,
        "build_s_without_hooks": build_plain,
        "build_s_stock": min(timings["stock"]),
        "build_runs_s": timings,
        # each run's with/without ratio (the two builds ran back to back): how steady the best-of figure is
        "hooks_overhead_pairs": [round(h / p - 1, 4) for h, p in zip(timings["hooks"], timings["nohooks"])],
        "hook_seconds_in_one_build": hook_time,
        "policy_check_s": median(pc_n),
        "policy_check_s_3x%d" % args.check_n: median(pc_big),
        "policy_check_3x%d_summary" % args.check_n: pc_big_summary,
        "distinct_line_share": distinct,
        "per_language_index": per_language,
        "index_bytes": index_bytes,
        "index_bytes_gz": index_bytes_gz,
        "index_files": folders,
        "stock_index_bytes": stock_bytes,
        "stock_index_bytes_gz": stock_bytes_gz,
        "first_result_ms": {lang: browser[lang]["ms"] for lang in LANGS},
        "first_result_runs_ms": {lang: browser[lang]["runs_ms"] for lang in LANGS},
        "bytes_to_first_result": {lang: browser[lang]["bytes"] for lang in LANGS},
        "search_bytes_to_first_result": {lang: browser[lang]["search_bytes"] for lang in LANGS},
        "index_received_ms": {lang: browser[lang]["index_received_ms"] for lang in LANGS},
        "pagefind_index_chunks_received_ms": {lang: browser["pagefind_" + lang]["index_received_ms"]
                                              for lang in LANGS},
        "page_view_bytes_without_search": {lang: browser["view_" + lang]["bytes"] for lang in LANGS},
        "page_view_search_bytes_without_search": {lang: browser["view_" + lang]["search_bytes"] for lang in LANGS},
        "stock_page_view_bytes_without_search": ({lang: stock_browser["view_" + lang]["bytes"] for lang in LANGS}
                                                 if stock_browser else None),
        "stock_first_result_ms": ({lang: stock_browser[lang]["ms"] for lang in LANGS} if stock_browser else None),
        "stock_bytes_to_first_result": ({lang: stock_browser[lang]["bytes"] for lang in LANGS}
                                        if stock_browser else None),
        "pagefind_index_s": round(min(pf_times), 3),
        "pagefind_index_runs_s": [round(t, 3) for t in pf_times],
        "pagefind_bundle_bytes": pagefind_bytes,
        "pagefind_first_result_ms": {lang: browser["pagefind_" + lang]["ms"] for lang in LANGS},
        "pagefind_first_result_runs_ms": {lang: browser["pagefind_" + lang]["runs_ms"] for lang in LANGS},
        "pagefind_bytes_to_first_result": {lang: browser["pagefind_" + lang]["bytes"] for lang in LANGS},
        "lighthouse": lh,
        "machine": dict(machine_start, chromium=browser["chromium"], load_average_at_start=load_start,
                        load_average_at_end=[round(x, 2) for x in os.getloadavg()],
                        changed_during_run=machine()["git_commit"] != machine_start["git_commit"]
                        or machine()["uncommitted"] != machine_start["uncommitted"]),
    }
    results["targets"] = targets(results, args.check_n)
    # One result file per N (make bench N=300, then N=1000): results.md, which the README shows, holds them all.
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / f"results-{args.n}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    (HERE / f"results-{args.n}.md").write_text(markdown(results, args.check_n), encoding="utf-8")
    parts = sorted(HERE.glob("results-*.md"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    (HERE / "results.md").write_text("\n".join(p.read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    log(f"wrote bench/results.json, bench/results-{args.n}.md and bench/results.md")
    print((HERE / "results.md").read_text(encoding="utf-8"))
    return 0


def targets(r: dict, check_n: int) -> dict:
    t = {}
    if r["build_s"] and r["build_s_without_hooks"]:
        overhead = r["build_s"] / r["build_s_without_hooks"] - 1
        t["hooks_overhead"] = {"value": f"{overhead * 100:+.1f}%", "met": overhead <= 0.10}
    big = r.get(f"policy_check_s_3x{check_n}")
    t["policy_check_3x1000"] = {"value": f"{big:.2f} s (3 × {check_n})", "met": big is not None and big < 1.0
                                and check_n >= 1000}
    ours, pf = r["first_result_ms"], r["pagefind_first_result_ms"]
    cmp_ok = all(ours[lang] is not None and pf[lang] is not None and ours[lang] <= pf[lang] for lang in LANGS)
    t["first_result_vs_pagefind"] = {
        "value": ", ".join(f"{lang} {_ms(ours[lang])} vs {_ms(pf[lang])}" for lang in LANGS),
        "met": cmp_ok and r["n_articles_per_language"] in (300, 1000),
        "note": None if r["n_articles_per_language"] in (300, 1000) else "the target is defined at N=300 and 1000",
    }
    ob, pb = r["bytes_to_first_result"], r["pagefind_bytes_to_first_result"]
    t["bytes_vs_pagefind"] = {
        "value": ", ".join(f"{lang} {_kb(ob[lang])} vs {_kb(pb[lang])}" for lang in LANGS),
        "met": all(ob[lang] is not None and pb[lang] is not None and ob[lang] <= pb[lang] for lang in LANGS),
    }
    view = r["page_view_bytes_without_search"]
    t["page_view_100kb"] = {"value": ", ".join(f"{lang} {_kb(view[lang])}" for lang in LANGS),
                            "met": all(view[lang] is not None and view[lang] <= 100_000 for lang in LANGS)}
    third = r["stock_index_bytes"] / 3
    ok = r["per_language_index"] and all(v is not None and v <= third for v in r["index_bytes"].values())
    t["index_third_of_stock"] = {
        "value": ", ".join(f"{lang} {_kb(v)}" for lang, v in r["index_bytes"].items())
        + f" vs ⅓ of {_kb(r['stock_index_bytes'])} = {_kb(third)}",
        "met": bool(ok),
        "note": None if r["per_language_index"] else "no per-language index files were built",
    }
    if r.get("lighthouse"):
        pages = r["lighthouse"]
        ok = all(s.get("performance", 0) >= 98 and all(s.get(k) == 100 for k in ("accessibility", "best-practices", "seo"))
                 for s in pages.values())
        t["lighthouse"] = {"value": ", ".join(
            f"{name} {s.get('performance')}/{s.get('accessibility')}/{s.get('best-practices')}/{s.get('seo')}"
            for name, s in pages.items()), "met": ok}
    return t


def _ms(v) -> str:
    return "–" if v is None else f"{v:.0f} ms"


def _kb(v) -> str:
    if v is None:
        return "–"
    return f"{v / 1e6:.2f} MB" if v >= 1e6 else f"{v / 1e3:.0f} kB"


def markdown(r: dict, check_n: int) -> str:
    m = r["machine"]
    n = r["n_articles_per_language"]
    hooks = ", ".join(f"`{h}`" for h in r["hooks_active"]) or "none"
    per = lambda key, fmt: " | ".join(fmt(r[key][lang]) for lang in LANGS)  # noqa: E731
    lines = [
        f"### {n} articles per language\n\nMeasured by `make bench N={n}` on {m['date']}: {m['cpu']}, {m['cores']} cores, "
        f"{m['ram']} RAM, Python {m['python']}, Chromium {m['chromium']}, mkdocs {m['packages']['mkdocs']}, "
        f"Material {m['packages']['mkdocs-material']}, static-i18n {m['packages']['mkdocs-static-i18n']}, "
        f"Pagefind {m['packages']['pagefind']} (commit {m['git_commit']}"
        + (f" with uncommitted changes to {', '.join(f'`{d}`' for d in m['uncommitted'])}" if m.get("uncommitted")
           else "") + (", and the code changed during the run" if m.get("changed_during_run") else "")
        + "); load average "
        f"{m['load_average_at_start'][0]} at the start, {m['load_average_at_end'][0]} at the end (a shared machine: "
        f"other builds and tests ran beside it). {n} synthetic articles per language; hooks active: {hooks}. "
        f"Queries: " + ", ".join(f"{lang} `{q}`" for lang, q in r["queries"].items()) + ".",
        "",
        "| whole site | measured |",
        "|---|---:|",
        f"| `build_s`: full build, all languages, hooks on (best of {len(r['build_runs_s']['hooks'])}) "
        f"| {r['build_s']:.1f} s |",
        f"| `build_s_without_hooks`: same content, no `hooks:` (best of {len(r['build_runs_s']['nohooks'])}) "
        f"| {r['build_s_without_hooks']:.1f} s |",
        *([f"| … each pair, with hooks against without (run back to back) | "
           + ", ".join(f"{x * 100:+.1f}%" for x in r["hooks_overhead_pairs"])
           + f"; median {statistics.median(r['hooks_overhead_pairs']) * 100:+.1f}% |"]
          if r.get("hooks_overhead_pairs") else []),
        f"| build with stock search handling (no hooks, one merged index; best of "
        f"{len(r['build_runs_s']['stock'])}) | {r['build_s_stock']:.1f} s |",
        *[f"| … time inside `{h}` during one build of {r['hook_seconds_in_one_build']['build_s']:.1f} s | {c:.2f} s |"
          for h, c in (r["hook_seconds_in_one_build"] or {}).get("hooks_s", {}).items()],
        f"| `policy_check_s`: `python -m helpcenter.check`, {n} articles per language | {r['policy_check_s']:.2f} s |",
        f"| `policy_check_s`: 3 × {check_n} articles | {r[f'policy_check_s_3x{check_n}']:.2f} s |",
        f"| … text in distinct lines, that tree (the real docs/) | {r['distinct_line_share']['synthetic']:.0%} "
        f"({r['distinct_line_share']['docs/ (real)']:.0%}) |",
        f"| stock mixed index, all languages in one file | {_kb(r['stock_index_bytes'])} "
        f"({_kb(r['stock_index_bytes_gz'])} gzipped) |",
        f"| `pagefind_index_s`: Pagefind over the built site | {r['pagefind_index_s']:.1f} s |",
        "",
        "| per language | en | kk | el |",
        "|---|---:|---:|---:|",
        "| `index_bytes`: the whole index, all its files | " + per("index_bytes", _kb) + " |",
        "| `index_bytes_gz`: the same, each file gzipped | " + per("index_bytes_gz", _kb) + " |",
        "| … files: term shards + one per article + catalogue + manifest | " + " | ".join(
            f"{r['index_files'][lang]['files']}" for lang in LANGS) + " |",
        "| … manifest every page downloads (gzipped) | " + " | ".join(
            f"{_kb(r['index_files'][lang]['manifest'])} ({_kb(r['index_files'][lang]['manifest_gz'])})"
            for lang in LANGS) + " |",
        "| … term shards: count, median / largest gzipped | " + " | ".join(
            f"{r['index_files'][lang]['shards']}, {_kb(r['index_files'][lang]['median_shard_gz'])} / "
            f"{_kb(r['index_files'][lang]['largest_shard_gz'])}" for lang in LANGS) + " |",
        "| `first_result_ms` (median) | " + per("first_result_ms", _ms) + " |",
        "| … last term shard (ours) received after | " + per("index_received_ms", _ms) + " |",
        "| bytes to first result, whole page | " + per("bytes_to_first_result", _kb) + " |",
        "| … of which search (worker, engine, index files) | " + per("search_bytes_to_first_result", _kb) + " |",
        "| an article viewed without searching: bytes (of which search) | " + " | ".join(
            f"{_kb(r['page_view_bytes_without_search'][lang])} ({_kb(r['page_view_search_bytes_without_search'][lang])})"
            for lang in LANGS) + " |",
    ]
    if r.get("stock_first_result_ms"):
        lines += [
            "| stock site: first result (median) | " + per("stock_first_result_ms", _ms) + " |",
            "| stock site: bytes to first result | " + per("stock_bytes_to_first_result", _kb) + " |",
            "| stock site: an article viewed without searching | "
            + per("stock_page_view_bytes_without_search", _kb) + " |",
        ]
    lines += [
        "| `pagefind_first_result_ms` (median) | " + per("pagefind_first_result_ms", _ms) + " |",
        "| `pagefind_bytes_to_first_result` | " + per("pagefind_bytes_to_first_result", _kb) + " |",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    for key, text in TARGETS_TEXT.items():
        t = r["targets"].get(key)
        if t:
            note = f" ({t['note']})" if t.get("note") else ""
            lines.append(f"| {text} | {t['value']}{note} | {'yes' if t['met'] else '**no**'} |")
    if r.get("lighthouse"):
        lines += ["", "Lighthouse (mobile, real site served gzip by bench/serve.py; target: performance ≥ 98, "
                  "the others 100; performance is the median of the runs listed, the audits below par are the "
                  "median run's):", "",
                  "| page | performance | accessibility | best practices | SEO | audits below par |",
                  "|---|---:|---:|---:|---:|---|"]
        for name, s in r["lighthouse"].items():
            runs = s.get("performance_runs") or []
            perf = f"{s.get('performance')}" + (f" ({', '.join(map(str, runs))})" if len(runs) > 1 else "")
            lines.append(f"| {name} | {perf} | {s.get('accessibility')} | "
                         f"{s.get('best-practices')} | {s.get('seo')} | "
                         + (", ".join(f"`{a}`" for a in s.get("failed_audits", [])) or "–") + " |")
    lines += ["", "Build time: `mkdocs build --strict` of the whole site in a fresh process, with and without "
              "`hooks:` one after the other, the pair repeated; the best run of each is compared (the machine is "
              "shared: the fastest run is the least disturbed). One untimed build with the hooks comes first: "
              "Python compiles the hooks' modules once and keeps them (`PYTHONPYCACHEPREFIX`), as the packages "
              "they are compared with were compiled at install."]
    lines += ["", "Time to first result: from navigation start to the first result in the list, a new browser "
              "context (cold cache) each run, after one untimed load of the same URL (the server compresses each "
              "file once and keeps it, as a static host does); ours loads a full article page with `?q=` (its head "
              "script starts the language's search worker and draws the first results in Material's search box), "
              "Pagefind a minimal same-origin page calling `search()` and `results[0].data()`, the two pages' loads "
              "interleaved (one of ours, one of Pagefind's, ...). Bytes: encoded (gzip) "
              "response bodies and headers of every request finished by then, the search worker's included. The synthetic articles are "
              "built from a few dozen sentence templates per language, so they compress far better than real prose "
              "(gzip ≈ 20× here, about 5× on real help text): read the gzipped sizes as a lower bound. "
              "All runs and the machine are in bench/results.json.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
