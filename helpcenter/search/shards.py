"""One language's search index, built once at build time and split so a query downloads only what it needs.

Files, under the language root's ``search/`` folder (``/search/``, ``/kk/search/``, ``/el/search/``):

``search_index.json`` -- the manifest (about 2 kB): ``{"config": {..., "hc": {...}}, "docs": []}``. Material's
    page script fetches this file on every page and hands it to the search worker (ours: the language's
    ``search/worker.js``, which hooks/search.py writes with this manifest built in, so the worker can answer a
    query before any SETUP); it names the shards, the fields and their boosts, the
    number of documents and a version that every other file is requested with (``?v=``).
``t/<n>.json`` -- term shards: every index term whose first ``KEY`` letters are the shard's key, with its
    postings per field (``[doc, tf, doc, tf, ...]``, doc ids delta-coded). A query term needs its own key's
    shard only: a prefix (as-you-type) term and its one-typo variants share the key (see ``KEY``).
``c.json`` -- the catalogue: per article its location, title and first document id (sections follow the
    article): enough to list results and group sections under their article.
``d/<n>.json`` -- one file per article: its documents (article first, then its sections) with the text shown
    in the results; loaded for the first results only.

Scoring is lunr's BM25 (k1 1.2, b 0: no length normalisation, as before), computed in the browser from the
term frequencies and the document count, so the index carries small integers that compress well.
Analysis goes through one seam per language: ``index_terms(lang, word)`` (here) and ``queryTerms`` (its
JavaScript twin adds the query side), so further analysers (Russian on the Kazakh site) plug in there.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from functools import lru_cache

from . import text

VERSION = 1
# Shard key: the first KEY letters of the analysed (folded, stemmed) term. Measured on 1000 synthetic articles
# per language and the real site (bench/shardkey.py): see README's performance section.
KEY = 2
# Field name -> boost (lunr's field boosts). keywords (front matter, and synonyms of title words) and synonyms
# (of text words) are never shown: the first weighted near the title, the second like the text.
FIELDS = (("title", 1000.0), ("text", 1.0), ("keywords", 500.0), ("synonyms", 1.0), ("tags", 1000000.0))
FIELD_NAMES = tuple(name for name, _ in FIELDS)


@lru_cache(maxsize=200_000)
def _terms(lang: str, word: str) -> tuple[str, ...]:
    return tuple(index_terms(lang, word))


def index_terms(lang: str, word: str) -> list[str]:
    """The index terms of one word of a document (none for a stop word): the language's analysis
    (``text.index_terms`` where a language adds terms, e.g. Russian stems on the Kazakh site). The
    JavaScript twin is ``indexTerms`` in assets/javascripts/search/analysis.js."""
    terms = getattr(text, "index_terms", None)
    if terms is not None:
        return list(terms(lang, word))
    term = text.analyse(lang, word)
    return [term] if term else []


def key_of(term: str) -> str:
    return term[:KEY]


def _field_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


def group_articles(docs: list[dict]) -> list[list[dict]]:
    """Documents grouped by article (location before '#'), article first, in order of first appearance."""
    groups: dict[str, list[dict]] = {}
    for doc in docs:
        path = doc["location"].split("#")[0]
        groups.setdefault(path, []).append(doc)
    out = []
    for path, items in groups.items():
        head = next((d for d in items if d["location"] == path), None)
        if head is None:  # sections without their page's own entry: the page stands for itself
            head = {"location": path, "title": items[0].get("title", ""), "text": ""}
        else:
            items = [d for d in items if d is not head]
        out.append([head] + items)
    return out


def build(lang: str, docs: list[dict], keywords: dict[str, list[str]] | None = None,
          path: str = "search/", config: dict | None = None) -> dict[str, str]:
    """Files of one language's index: relative path under search/ -> content.

    ``docs``: entries with location, title, text (plain text) and optional tags, keywords, synonyms, boost.
    ``keywords``: article location -> words indexed in the ``keywords`` field and never shown.
    ``path``: the folder of these files relative to the site root ("kk/search/"): the worker, shared by
    every language, finds the files there.
    ``config``: extra keys for the manifest's config (Material passes it to the worker as it is)."""
    keywords = keywords or {}
    articles = group_articles(docs)
    # Per field: word -> [doc, count, doc, count, ...] (docs ascending). Counting words is done in C
    # (Counter); each distinct word is analysed once, at the end, and its postings merged into its terms'.
    word_postings: list[dict[str, list[int]]] = [{} for _ in FIELDS]
    catalogue, doc_files, boosts = [], {}, {}
    doc_id = 0
    split = text.SEPARATOR_RE.split
    for a, items in enumerate(articles):
        catalogue.append([items[0]["location"], items[0].get("title", ""), doc_id])
        shown = []
        for i, doc in enumerate(items):
            for f, name in enumerate(FIELD_NAMES):
                value = doc.get(name)
                if name == "keywords" and i == 0 and keywords.get(doc["location"]):
                    value = [_field_text(value)] + list(keywords[doc["location"]])
                if not value:
                    continue
                wp = word_postings[f]
                for word, n in Counter(split(_field_text(value))).items():
                    found = wp.get(word)
                    if found is None:
                        wp[word] = [doc_id, n]
                    else:
                        found += (doc_id, n)
            if doc.get("boost") not in (None, 1, 1.0):
                boosts[doc_id] = doc["boost"]
            shown.append([doc["location"], doc.get("title", ""), doc.get("text", "")])
            doc_id += 1
        doc_files[f"d/{a}.json"] = _dump(shown)
    postings: dict[str, list[list[int]]] = {}
    for f, wp in enumerate(word_postings):
        by_term: dict[str, list[list[int]]] = defaultdict(list)
        for word, lst in wp.items():
            for term in _terms(lang, word) if word else ():
                by_term[term].append(lst)
        for term, lists in by_term.items():
            if len(lists) == 1:
                merged = lists[0]
            else:  # several words (inflections) of one term: add their counts per document
                tf: dict[int, int] = {}
                for lst in lists:
                    for d, n in zip(lst[0::2], lst[1::2]):
                        tf[d] = tf.get(d, 0) + n
                merged = [x for d in sorted(tf) for x in (d, tf[d])]
            ids = merged[0::2]
            deltas = [ids[0]] + [b - a for a, b in zip(ids, ids[1:])]
            out = [0] * len(merged)
            out[0::2], out[1::2] = deltas, merged[1::2]
            postings.setdefault(term, [[] for _ in FIELDS])[f] = out
    shards: dict[str, dict] = defaultdict(dict)
    for term in sorted(postings):
        lists = postings[term]
        while lists and not lists[-1]:
            lists = lists[:-1]
        shards[key_of(term)][term] = lists
    keys = sorted(shards)
    files = {f"t/{n}.json": _dump(shards[k]) for n, k in enumerate(keys)}
    files["c.json"] = _dump(catalogue)
    files.update(doc_files)
    digest = hashlib.sha1()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode("utf-8"))
    manifest = {
        "config": dict(config or {}, hc={
            "version": VERSION, "lang": lang, "path": path, "key": KEY, "v": digest.hexdigest()[:12],
            "fields": [[name, boost] for name, boost in FIELDS], "docs": doc_id,
            "articles": len(articles), "shards": keys, "boosts": boosts,
        }),
        "docs": [],
    }
    files["search_index.json"] = _dump(manifest)
    return files


def write(lang: str, docs: list[dict], keywords: dict[str, list[str]] | None, path: str, target) -> int:
    """Build one language's index and write its files into ``target`` (the language's search/ folder),
    replacing the shards and texts of an earlier build. Returns the number of files written."""
    return write_files(build(lang, docs, keywords, path=path), target)


def write_files(files: dict[str, str], target) -> int:
    """Write the files ``build`` returned into ``target``, replacing the shards and texts of an earlier build.
    Returns the number of files written."""
    from pathlib import Path
    import shutil

    target = Path(target)
    for sub in ("t", "d"):
        shutil.rmtree(target / sub, ignore_errors=True)
        (target / sub).mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (target / name).write_text(content, encoding="utf-8")
    return len(files)


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def read_docs(files_or_dir, lang_root=None) -> list[dict]:
    """All documents of a built index (location, title, text), for tests and tools: from the dict ``build``
    returned, or from a language's ``search/`` folder on disk."""
    from pathlib import Path

    def load(name):
        if isinstance(files_or_dir, dict):
            return json.loads(files_or_dir[name])
        return json.loads((Path(files_or_dir) / name).read_text(encoding="utf-8"))

    hc = load("search_index.json")["config"]["hc"]
    out = []
    for a in range(hc["articles"]):
        for loc, title, body in load(f"d/{a}.json"):
            out.append({"location": loc, "title": title, "text": body})
    return out
