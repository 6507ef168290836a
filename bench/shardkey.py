"""Which shard key: `python bench/shardkey.py SITE [SITE ...]` (built sites, e.g. bench/out/1000/site and site/).

Rebuilds each language's index of each site in memory with the term shards keyed by the first 1, 2 and 3
letters of the analysed term (helpcenter.search.shards.KEY), and reports, for the judged queries of
tests/data/relevance/<lang>.tsv plus the benchmark's query: the number of shards, the gzipped bytes of the
shards a query needs (median and 90th percentile over the queries, as the reader types: every prefix of the
last word), and the largest shard. A query needs the shard of each of its terms' keys (prefix and one-typo
matches share the key: see shards.py); a term shorter than the key is matched whole.
"""
from __future__ import annotations

import gzip
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpcenter.search import relevance, shards, text  # noqa: E402

PREFIX = {"en": "", "kk": "kk/", "el": "el/"}
BENCH_QUERY = {"en": "exchange", "kk": "айырбастау", "el": "ανταλλαγή"}


def measure(site: Path, lang: str, key: int) -> dict:
    docs = shards.read_docs(site / PREFIX[lang] / "search")
    old = shards.KEY
    shards.KEY = key
    try:
        files = shards.build(lang, docs)
    finally:
        shards.KEY = old
    keys = json.loads(files["search_index.json"])["config"]["hc"]["shards"]
    gz = {k: len(gzip.compress(files[f"t/{n}.json"].encode("utf-8"), 6)) for n, k in enumerate(keys)}
    queries = [j.query for j in relevance.load(ROOT / "tests" / "data" / "relevance" / f"{lang}.tsv")]
    queries.append(BENCH_QUERY[lang])
    per_query = []
    for q in queries:
        words = text.words(q)
        typed = [words[:-1] + [words[-1][:i]] for i in range(1, len(words[-1]) + 1)] if words else []
        for ws in typed:
            need = {text.analyse(lang, w)[:key] for w in ws if text.analyse(lang, w)}
            per_query.append(sum(gz.get(k, 0) for k in need))
    per_query.sort()
    return {"shards": len(keys), "median_gz": int(statistics.median(per_query)),
            "p90_gz": per_query[int(len(per_query) * 0.9)], "largest_gz": max(gz.values()),
            "total_gz": sum(gz.values())}


def main(argv: list[str]) -> int:
    print("| site | lang | key | shards | bytes a query needs (gz): median / p90 | largest shard | all shards |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for site in map(Path, argv[1:]):
        for lang in ("en", "kk", "el"):
            for key in (1, 2, 3):
                m = measure(site, lang, key)
                print(f"| {site} | {lang} | {key} | {m['shards']} | {m['median_gz'] / 1e3:.1f} / {m['p90_gz'] / 1e3:.1f} kB"
                      f" | {m['largest_gz'] / 1e3:.1f} kB | {m['total_gz'] / 1e3:.0f} kB |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
