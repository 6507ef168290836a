"""Judged relevance sets and their scores: hit@3 and mean reciprocal rank per language.

A relevance file (tests/data/relevance/<lang>.tsv) has one judged query a line:
``query<TAB>expected article slug`` (the Markdown file name without ``.md``; ``index`` is the
language's home page). Blank lines and lines starting with ``#`` are ignored.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PREFIX = {"en": "", "kk": "kk/", "el": "el/"}
DEPTH = 10  # ranks below this count as not found for MRR


class RelevanceFileError(ValueError):
    pass


@dataclass(frozen=True)
class Judgement:
    query: str
    slug: str
    line: int


def load(path: Path) -> list[Judgement]:
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        query, sep, slug = raw.partition("\t")
        if not sep or not query.strip() or not slug.strip() or "\t" in slug:
            raise RelevanceFileError(f"{path}:{n}: expected 'query<TAB>article slug', got {raw!r}")
        out.append(Judgement(query.strip(), slug.strip(), n))
    return out


def slug_of(location: str) -> str:
    """'returns/' or 'returns/#x' or '/kk/returns/' -> 'returns'; '' -> 'index'."""
    path = location.split("#")[0].split("?")[0].strip("/")
    for prefix in ("kk/", "el/"):
        if path == prefix[:-1]:
            path = ""
        elif path.startswith(prefix):
            path = path[len(prefix):]
    path = path.removesuffix("/index.html").removesuffix("index.html").strip("/")
    return path.rsplit("/", 1)[-1] if path else "index"


@dataclass
class Score:
    lang: str
    hit3: float
    mrr: float
    misses: list[tuple[Judgement, list[str]]]

    def line(self, name: str) -> str:
        return f"{name:10} {self.lang}  hit@3 {self.hit3:.3f}  MRR {self.mrr:.3f}  ({len(self.misses)} missed)"


def score(lang: str, judgements: list[Judgement], ranker: Callable[[str], list[str]]) -> Score:
    """Score a ranker: a function from query text to article slugs, best first."""
    hits, rr, misses = 0, 0.0, []
    for j in judgements:
        ranked = list(dict.fromkeys(ranker(j.query)))[:DEPTH]
        rank = ranked.index(j.slug) + 1 if j.slug in ranked else None
        if rank and rank <= 3:
            hits += 1
        else:
            misses.append((j, ranked[:3]))
        rr += 1 / rank if rank else 0.0
    n = len(judgements) or 1
    return Score(lang, hits / n, rr / n, misses)


HERE = Path(__file__).resolve().parent
RUNNER = HERE / "node_search.js"
# The search engine the browser runs, as the repository keeps it (the site ships a copy of these files).
ENGINE_DIR = HERE.parent.parent / "overrides" / "assets" / "javascripts" / "search"


class NodeMissing(RuntimeError):
    pass


def run_js(index_dir: Path, requests: list[dict], engine_dir: Path = ENGINE_DIR) -> list[dict]:
    """Search results of the browser's engine (engine.js in Node) on the index files in ``index_dir``
    (a language's search/ folder): one {items: [[...]]} per request ({"q": text, "article": optional})."""
    node = shutil.which("node")
    if node is None:
        raise NodeMissing("node is needed to run the search engine's JavaScript (apt-get install nodejs)")
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests)
    run = subprocess.run([node, str(RUNNER), str(index_dir), str(engine_dir)], input=stdin,
                         capture_output=True, text=True, encoding="utf-8", timeout=300)
    if run.returncode != 0:
        raise RuntimeError(f"{RUNNER.name} failed: {run.stderr[-2000:]}")
    out = [json.loads(line) for line in run.stdout.splitlines() if line]
    if len(out) != len(requests):
        raise RuntimeError(f"{RUNNER.name}: {len(requests)} requests, {len(out)} answers")
    return out


def article_locations(result: dict) -> list[str]:
    """Article locations of a result, in the order the search box lists them (the article of each group)."""
    out = []
    for group in result["items"]:
        head = next((d for d in group if "#" not in d["location"]), group[0])
        out.append(head["location"].split("#")[0].split("?")[0])
    return out


def our_ranker(site_dir: Path, lang: str, queries: list[str]) -> Callable[[str], list[str]]:
    """The browser's ranking of ``queries`` on the built site's own index files for ``lang``."""
    results = run_js(Path(site_dir) / PREFIX[lang] / "search", [{"q": q} for q in queries])
    ranked = {q: [slug_of(loc) for loc in article_locations(r)] for q, r in zip(queries, results)}
    return lambda q: ranked[q]


def answer_box(site_dir: Path, lang: str, texts: list[str], faq: str = "faq/") -> list[list[str]]:
    """The FAQ question ids the contact page's answer box lists for each described problem, best first: what
    hc-answers.js does (lunr operators dropped from the text, a query inside the FAQ, questions by score)."""
    requests = [{"q": " ".join(re.sub(r'[+\-:^~*"]+', " ", t).split()), "article": faq} for t in texts]
    out = []
    for result in run_js(Path(site_dir) / PREFIX[lang] / "search", requests):
        items = [d for group in result["items"] for d in group]
        ids = []
        for d in sorted(items, key=lambda d: -d["score"]):
            path, _, frag = re.sub(r"\?h=[^#]*", "", d["location"]).partition("#")
            if path == faq and frag and frag not in ids:
                ids.append(frag)
        out.append(ids)
    return out
