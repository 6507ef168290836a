"""One language's search index file, from the entries Material's search plugin collected.

Each language gets its own ``search/search_index.json`` under its root (``/``, ``/kk/``,
``/el/``), holding only its own pages, with locations relative to that root (Material's browser
code resolves them against ``config.base``, which overrides/main.html sets to the language root).
``config.lang`` names the lunr plugin the worker loads (``lunr.<code>.min.js`` from overrides):
``kk``, ``el``, and ``hcen`` for English (Material imports nothing for plain ``en``).
HTML markup is dropped from titles and texts: the worker only needs words to index and text to
show, and the file is about a third of the markup-laden original.
"""
from __future__ import annotations

import html
import json
import re

from . import text, vocabulary

LUNR_CODE = {"en": "hcen", "kk": "kk", "el": "el"}
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0},
          "keywords": {"boost": 500.0}, "synonyms": {"boost": 1.0}}

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain(markup: str) -> str:
    """Visible text of an HTML fragment, escaped again for Material's innerHTML rendering."""
    unescaped = html.unescape(_TAG.sub(" ", markup or ""))
    return html.escape(_SPACE.sub(" ", unescaped).strip(), quote=False)


def entries_for(entries: list[dict], prefix: str, other_prefixes: list[str],
                skip: set[str] = frozenset()) -> list[dict]:
    """The entries whose location is under ``prefix`` ('' for the default language, which owns
    every location not under another language's prefix), with the prefix removed; entries of the
    pages whose URLs are in ``skip`` (pages showing another language's text) are left out."""
    out = []
    for entry in entries:
        loc = entry.get("location", "")
        if loc.split("#")[0] in skip:
            continue
        if prefix:
            if not loc.startswith(prefix):
                continue
        elif any(loc.startswith(p) for p in other_prefixes if p):
            continue
        item = {"location": loc[len(prefix):], "title": plain(entry.get("title", "")),
                "text": plain(entry.get("text", ""))}
        for key in ("tags", "boost"):
            if key in entry:
                item[key] = entry[key]
        out.append(item)
    return out


def index_json(lang: str, docs: list[dict]) -> str:
    data = {
        "config": {"lang": [LUNR_CODE[lang]], "separator": text.SEPARATOR, "pipeline": [],
                   "fields": FIELDS},
        "docs": docs,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def add_vocabulary(lang: str, docs: list[dict], keywords: dict[str, list[str]],
                   synonyms: vocabulary.Synonyms | None = None) -> list[dict]:
    """Give each entry the customer words the search should find it by, never shown:

    - ``keywords``: the keywords of the entry's location (``keywords`` maps a location, as in
      the entries, to its list: a page's front-matter keywords, a FAQ question's words from
      search/answers/), and the synonyms of the entry's title words, weighted near the title;
    - ``synonyms``: the synonyms of the entry's text words, weighted like the text.
    """
    for doc in docs:
        words = list(keywords.get(doc["location"], ()))
        words += vocabulary.expand(lang, text.words(html.unescape(doc.get("title", ""))), synonyms)
        body = vocabulary.expand(lang, text.words(html.unescape(doc.get("text", ""))), synonyms)
        if words:
            doc["keywords"] = " ".join(words)
        if body:
            doc["synonyms"] = " ".join(body)
    return docs
