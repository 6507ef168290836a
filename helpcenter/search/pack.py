"""One language's search documents, from the entries Material's search plugin collected.

Each language gets its own index under its root (``/search/``, ``/kk/search/``, ``/el/search/``,
built by ``shards.build``), holding only its own pages, with locations relative to that root
(Material's browser code resolves them against ``config.base``, which overrides/main.html sets to
the language root). HTML markup is dropped from titles and texts: the index needs words and the
results show plain text (the search worker escapes it and adds only its own ``<mark>``).
"""
from __future__ import annotations

import html
import re

from . import sections, text, vocabulary

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain(markup: str) -> str:
    """Visible text of an HTML fragment, as plain text."""
    unescaped = html.unescape(_TAG.sub(" ", markup or ""))
    return _SPACE.sub(" ", unescaped).strip()


def owned(location: str, prefix: str, other_prefixes: list[str]) -> bool:
    """Whether a location belongs to the language whose root is ``prefix`` ('' for the default language,
    which owns every location not under another language's prefix)."""
    if prefix:
        return location.startswith(prefix)
    return not any(location.startswith(p) for p in other_prefixes if p)


def entries_for(entries: list[dict], prefix: str, other_prefixes: list[str],
                skip: set[str] = frozenset()) -> list[dict]:
    """The entries whose location is under ``prefix`` (see ``owned``), with the prefix removed; entries of
    the pages whose URLs are in ``skip`` (pages showing another language's text) are left out."""
    out = []
    for entry in entries:
        loc = entry.get("location", "")
        if loc.split("#")[0] in skip or not owned(loc, prefix, other_prefixes):
            continue
        item = {"location": loc[len(prefix):], "title": plain(entry.get("title", "")),
                "text": plain(entry.get("text", ""))}
        for key in ("tags", "boost"):
            if key in entry:
                item[key] = entry[key]
        out.append(item)
    return out


def add_vocabulary(lang: str, docs: list[dict], keywords: dict[str, list[str]],
                   synonyms: vocabulary.Synonyms | None = None) -> list[dict]:
    """Give each entry the customer words the search should find it by, never shown:

    - ``keywords``: the keywords of the entry's location (``keywords`` maps a location, as in
      the entries, to its list: a page's front-matter keywords, a FAQ question's words from
      search/answers/), and the synonyms of the entry's title words, weighted near the title;
    - ``synonyms``: the synonyms of the entry's text words, weighted like the text.
    """
    for doc in docs:
        _add_synonyms(lang, doc, synonyms)
        _add_keywords(doc, keywords)
    return docs


def _add_synonyms(lang: str, doc: dict, synonyms: "vocabulary.Synonyms | None") -> None:
    """The part of add_vocabulary that needs only the document: its words' synonyms (the title's wait in
    "_title_synonyms" for the location's keywords, which go first)."""
    doc["_title_synonyms"] = vocabulary.expand(lang, text.words(doc.get("title", "")), synonyms)
    body = vocabulary.expand(lang, text.words(doc.get("text", "")), synonyms)
    if body:
        doc["synonyms"] = " ".join(body)


def _add_keywords(doc: dict, keywords: dict[str, list[str]]) -> None:
    words = list(keywords.get(doc["location"], ())) + doc.pop("_title_synonyms")
    if words:
        doc["keywords"] = " ".join(words)


def write_language(lang: str, docs: list[dict], keywords: dict[str, list[str]],
                   synonyms: "vocabulary.Synonyms | None", top_articles, contact_settings, path: str,
                   target: str) -> str:
    """Everything one language's search needs, written into ``target`` (its search/ folder): the documents
    given their customer words (add_vocabulary), the sharded index (shards.build) and the no-results panel's
    data (empty.json). One function, so the build can run it in a background process. Returns the manifest
    (search_index.json) as written: the build writes it again if something else replaced the file meanwhile."""
    add_vocabulary(lang, docs, keywords, synonyms)
    return _write(lang, docs, top_articles, contact_settings, path, target)


# The documents prepare() has made ready, by language, in the process that ran it: the build's background
# process (helpcenter.background runs every job in that one process, in the order given), or the build's own
# under `mkdocs serve`. write_prepared() takes them.
_prepared: dict[str, list[dict]] = {}


def prepare(lang: str, pages: list[tuple[str, str, str, dict]], prefix: str, other_prefixes: list[str],
            synonyms: "vocabulary.Synonyms | None", *, first: bool = False) -> int:
    """What the index needs one page at a time, for some of a language's pages, while the build renders the
    rest: their search entries (``pages``: the arguments of sections.entries, HTML, URL, title and front
    matter), entries_for and the synonyms of add_vocabulary. The build hands pages over a batch at a time, and
    at its end write_prepared has little left to do. ``first``: the language's first batch of this build
    (what an earlier, unfinished build left is dropped). Returns how many documents are ready."""
    entries = [entry for page in pages for entry in sections.entries(*page)]
    docs = entries_for(entries, prefix, other_prefixes)
    for doc in docs:
        _add_synonyms(lang, doc, synonyms)
    if first or lang not in _prepared:
        _prepared[lang] = []
    _prepared[lang].extend(docs)
    return len(_prepared[lang])


def prepared_locations(lang: str) -> list[str]:
    """The locations of the documents prepare() has made ready for ``lang`` (to check the answers' questions
    against the FAQ's sections)."""
    return [doc["location"] for doc in _prepared.get(lang, [])]


def write_prepared(lang: str, keywords: dict[str, list[str]], top_articles, contact_settings, path: str,
                   target: str) -> str:
    """write_language for the documents prepare() made ready (in the order given), which it then forgets."""
    docs = _prepared.pop(lang, [])
    for doc in docs:
        _add_keywords(doc, keywords)
    return _write(lang, docs, top_articles, contact_settings, path, target)


def _write(lang: str, docs: list[dict], top_articles, contact_settings, path: str, target: str) -> str:
    from pathlib import Path

    from . import empty, shards

    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.json").write_text(empty.build(lang, docs, top_articles, contact_settings), encoding="utf-8")
    files = shards.build(lang, docs, None, path=path)
    shards.write_files(files, folder)
    return files["search_index.json"]
