"""MkDocs adapter for per-language search: one prebuilt, sharded search index per language.

Material's search plugin collects the sections of every page; mkdocs-static-i18n builds each
language in turn and, at the end of the default language's build (its on_post_build at priority
-100), writes ONE index with every language at site/search/. This hook runs after that
(priority -200, once per language build) and writes the current language's own index under
site/search/ (English), site/kk/search/, site/el/search/: a small manifest (search_index.json, the
file Material's page script fetches and hands to the worker), term shards, a catalogue and one
document file per article, with only that language's pages (no fallback or awaiting copies) and
locations relative to the language root. Front matter ``keywords:`` are indexed, never shown.
The logic is in ``helpcenter.search.pack`` and ``helpcenter.search.shards``.

The search box is Material's; the worker behind it is ours (overrides/main.html points
``__config.search`` at the language's search/worker.js, written here: the engine and the language's manifest
in one file, see ``_language_worker``) and speaks Material's worker protocol,
which is private to Material: the build stops unless the installed Material is a version that
protocol was verified against (``VERIFIED_MATERIAL``).
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import translations
from helpcenter.search import bundle, pack, text, vocabulary

log = get_plugin_logger(__name__)

# Material versions whose search UI <-> worker protocol (SETUP/READY/QUERY/RESULT, result items grouped by
# article, rendered by templates/search) our worker was checked against, in the browser tests.
VERIFIED_MATERIAL = ("9.8.2",)


def _check_material():
    try:
        found = version("mkdocs-material")
    except PackageNotFoundError:
        found = None
    if found not in VERIFIED_MATERIAL:
        raise PluginError(
            f"hooks/search.py: mkdocs-material {found} is installed, but the help center's search worker "
            f"(overrides/assets/javascripts/search/worker.js) speaks the search protocol of Material "
            f"{', '.join(VERIFIED_MATERIAL)} only. Check the search box with `make test` (tests/browser/"
            f"test_search_browser.py) against the new version, then add it to VERIFIED_MATERIAL.")


def _plugin(config, *names):
    for name in names:
        plugin = config.plugins.get(name)
        if plugin is not None:
            return plugin
    return None


# Pages of the current build that show another language's text (a fallback to English, or a
# copy still awaiting translation): left out of this language's index, so a reader on /kk/
# gets Kazakh results only.
_foreign: dict[str, set[str]] = {}
# Per language: page URL -> the page's front-matter keywords; and the site-wide synonyms.
_keywords: dict[str, dict[str, list[str]]] = {}
_synonyms: dict[str, vocabulary.Synonyms] = {}
_answers: dict[str, vocabulary.Answers] = {}
# Indexes of the languages built inside the default language's build (static-i18n's nested builds) are
# written by a background process while the next language builds, and awaited at the end of the default
# language's build: the index costs the build only the default language's share. Under `mkdocs serve`
# (a server must not fork) every index is written in the build's own process.
_background = {"allowed": False, "pool": None, "jobs": []}


def on_startup(command, dirty):
    _background["allowed"] = command != "serve" and "fork" in multiprocessing.get_all_start_methods()


def on_shutdown():
    pool = _background["pool"]
    if pool is not None:
        pool.shutdown(wait=True)
        _background["pool"] = None

def _language(config) -> str:
    """The language this build serves: hooks/i18n.py keeps config.theme["language"] right, even
    when the default language's build resumes after static-i18n's nested builds."""
    return config.theme["language"]


@event_priority(-120)  # after hooks/i18n.py (-110) has set the language of this build
def on_config(config):
    if _plugin(config, "i18n") is None:
        raise PluginError("hooks/search.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    _check_material()
    _foreign[_language(config)] = set()
    _keywords[_language(config)] = {}
    _load_synonyms(config)
    return config


_loaded: dict[str, tuple] = {}


def _load_synonyms(config) -> None:
    """The synonym and answer files, read once per build (on_config runs once per language), again when
    one of them changed (mkdocs serve)."""
    root = Path(config.config_file_path).parent
    files = sorted((root / "search").glob("*/*.yml")) if (root / "search").is_dir() else []
    stamp = tuple((str(f), f.stat().st_mtime_ns) for f in files)
    if _loaded.get(str(root)) == stamp:
        return
    try:
        _synonyms.update(vocabulary.load_all(root))
        _answers.update(vocabulary.load_all_answers(root))
    except vocabulary.VocabularyError as exc:
        raise PluginError(str(exc)) from None
    _loaded[str(root)] = stamp


def _page_keywords(page, lang: str) -> None:
    value = page.meta.get("keywords")
    if value is None:
        return
    try:
        words = vocabulary.page_keywords(value)
    except vocabulary.VocabularyError as exc:
        path = Path(page.file.abs_src_path)
        line = vocabulary.front_matter_line(path.read_text(encoding="utf-8"), "keywords")
        log.warning(f"{path}:{line}: {exc}; the page is indexed without them")
        return
    _keywords.setdefault(lang, {})[page.url] = words


def on_page_context(context, page, config, nav):
    lang = _language(config)
    if getattr(page.file, "locale", lang) != lang or translations.is_awaiting(page.meta):
        _foreign.setdefault(lang, set()).add(page.url)
    else:
        _page_keywords(page, lang)
    return context


def _language_worker(site_dir: Path, prefix: str, lang: str) -> None:
    """The language's search worker, <prefix>search/worker.js, one file (helpcenter.search.bundle): the engine's
    files, the language's manifest (search_index.json) and worker.js, which then skips its own importScripts and
    starts with the index it belongs to. A page (overrides/main.html's __config.search, hc-head.js for ?q=)
    starts it with one download, and the first query asks for its shards at once."""
    scripts = site_dir / "assets" / "javascripts" / "search"
    folder = site_dir / prefix / "search"
    try:
        texts = {name: (scripts / name).read_text(encoding="utf-8")
                 for name in (*bundle.engine_parts(lang), "worker.js")}
        manifest = (folder / "search_index.json").read_text(encoding="utf-8")
    except OSError as exc:
        raise PluginError(f"hooks/search.py: the search worker's files are missing from the site: {exc}") from exc
    (folder / "worker.js").write_text(bundle.worker_script(lang, texts, manifest), encoding="utf-8")


@event_priority(-200)  # after mkdocs-static-i18n has rewritten the merged index
def on_post_build(config):
    search = _plugin(config, "material/search", "search")
    i18n = _plugin(config, "i18n")
    if search is None or not hasattr(search, "search_index"):
        raise PluginError("hooks/search.py needs Material's search plugin ('search') in mkdocs.yml")
    if i18n is None:
        raise PluginError("hooks/search.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    languages = [lang for lang in i18n.config.languages if lang.build]
    code = _language(config)
    current = next((lang for lang in languages if lang.locale == code), None)
    if current is None:
        raise PluginError(f"hooks/search.py: language '{code}' is not built")
    if current.locale not in text.LANGS:
        log.warning(f"no search analyser for language '{current.locale}'; its pages are not searchable")
        return
    prefixes = ["" if lang.default else f"{lang.locale}/" for lang in languages]
    prefix = "" if current.default else f"{current.locale}/"
    docs = pack.entries_for(search.search_index.entries, prefix, prefixes,
                            skip=_foreign.get(current.locale, set()))
    keywords = {url[len(prefix):]: words for url, words in _keywords.get(current.locale, {}).items()
                if url.startswith(prefix)}
    answers = _answers.get(current.locale)
    if answers is not None:
        keywords.update(answers.locations())
        for problem in vocabulary.unknown_questions(answers, [d["location"] for d in docs]):
            log.warning(problem)
    # static-i18n has restored site_dir to the site root by now (its on_post_build ran first);
    # page locations carry the "<locale>/" prefix.
    job = (current.locale, docs, keywords, _synonyms.get(current.locale), config.extra.get("top_articles"),
           config.extra.get("contact"), f"{prefix}search/", str(Path(config.site_dir) / prefix / "search"))
    if not current.default and _background["allowed"]:
        if _background["pool"] is None:
            _background["pool"] = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        _background["jobs"].append((current.locale, prefix, _background["pool"].submit(pack.write_language, *job)))
        return
    pack.write_language(*job)
    _language_worker(Path(config.site_dir), prefix, current.locale)
    jobs, _background["jobs"] = _background["jobs"], []
    for locale, lang_prefix, future in jobs:
        try:
            future.result()
        except Exception as exc:  # the background process's error, named, stops the build
            raise PluginError(f"hooks/search.py: writing the '{locale}' search index failed: {exc!r}") from exc
        _language_worker(Path(config.site_dir), lang_prefix, locale)
