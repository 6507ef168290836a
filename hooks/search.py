"""MkDocs adapter for per-language search: one prebuilt, sharded search index per language.

This hook hands every page of the build's language to the background process (``helpcenter.background``), a
batch at a time, where its sections are read (``helpcenter.search.sections``); before Material's search plugin,
which then skips the page: it would read the same HTML again for an index nobody loads. When a language's
pages are all built (its on_post_build, priority -90: for the default language, before mkdocs-static-i18n's
on_post_build at -100 builds the other languages), its index is written there: under site/search/ (English),
site/kk/search/, site/el/search/, a small manifest (search_index.json, the file Material's page script fetches
and hands to the worker), term shards, a catalogue and one document file per article, with only that language's
pages (no fallback or awaiting copies) and locations relative to the language root. Front matter ``keywords:`` are
indexed, never shown. At the end of the outermost build (-350) every index is collected, and its language's
worker file written. The logic is in ``helpcenter.search.sections``, ``pack`` and ``shards``.

The search box is Material's; the worker behind it is ours (overrides/main.html points
``__config.search`` at the language's search/worker.js, written here: the engine and the language's manifest
in one file, see ``_language_worker``) and speaks Material's worker protocol,
which is private to Material: the build stops unless the installed Material is a version that
protocol was verified against (``VERIFIED_MATERIAL``).
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger

from helpcenter import background, translations
from helpcenter.search import bundle, pack, text, vocabulary

import nesting  # hooks/nesting.py

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


# Per language: its own pages not handed over to the index yet, in build order, as sections.entries reads them
# (HTML, URL, title, front matter). Pages that show another language's text (a fallback to English, or a copy
# still awaiting translation) are not indexed, so a reader on /kk/ gets Kazakh results only.
_pages: dict[str, list[tuple]] = {}
# Per language: page URL -> the page's front-matter keywords; and the site-wide synonyms.
_keywords: dict[str, dict[str, list[str]]] = {}
_synonyms: dict[str, vocabulary.Synonyms] = {}
_answers: dict[str, vocabulary.Answers] = {}
# The index jobs of this build (helpcenter.background): (locale, prefix, job). Each language's index is written
# beside the build as soon as its pages are read (the default language's before static-i18n builds the others)
# and collected at the end of the outermost build. Under `mkdocs serve` (a server must not fork) each is written
# at once, in the build's own process. Before that, while the pages are built, they go to the same background
# process BATCH at a time (pack.prepare: their sections, plain text and synonyms, the work done one page at a
# time), so the build's own process does not read their sections and the index of the last language built,
# which the build waits for, has little left to do: _batches, (locale, job). _checks: (locale, answers, job
# giving the index's locations), the answers' questions checked against the FAQ's sections at the end.
_jobs: list = []
_batches: list = []
_checks: list = []
_sent: dict[str, bool] = {}  # per language: whether a batch of this build is handed over
BATCH = 100
_state = {"serving": False}


def on_startup(command, dirty):
    _state["serving"] = command == "serve"


def on_build_error(error):
    jobs, _jobs[:] = list(_jobs), []
    batches, _batches[:] = list(_batches), []
    checks, _checks[:] = list(_checks), []
    for job in [job for _, _, job in jobs] + [job for _, job in batches] + [job for _, _, job in checks]:
        job.cancel()


def on_shutdown():
    background.shutdown()


def _language(config) -> str:
    """The language this build serves: hooks/i18n.py keeps config.theme["language"] right, even
    when the default language's build resumes after static-i18n's nested builds."""
    return config.theme["language"]


@event_priority(-120)  # after hooks/i18n.py (-110) has set the language of this build
def on_config(config):
    if _plugin(config, "i18n") is None:
        raise PluginError("hooks/search.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    if nesting.outermost(config):  # once per build: the nested language builds use the same Material
        _check_material()
    _pages[_language(config)] = []
    _sent[_language(config)] = False
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


@event_priority(50)  # before Material's search plugin (0), which this page then skips
def on_page_context(context, page, config, nav):
    lang = _language(config)
    if lang not in text.LANGS:
        return context  # no analyser: on_post_build says so once
    if getattr(page.file, "locale", lang) == lang and not translations.is_awaiting(page.meta):
        _page_keywords(page, lang)
        # what sections.entries reads of the front matter (the search key is changed below)
        meta = {key: page.meta[key] for key in ("search", "tags", "title") if key in page.meta}
        _pages.setdefault(lang, []).append((page.content, page.url, page.title, meta))
        _hand_over(config, lang)
    # The index is ours (on_post_build): Material's plugin need not read the page's HTML a second time.
    # Its search box stays; its own index file, written empty, is replaced by our manifest.
    search = page.meta.get("search")
    page.meta["search"] = {**(search if isinstance(search, dict) else {}), "exclude": True}
    return context


def _language_worker(site_dir: Path, prefix: str, lang: str, manifest: str) -> None:
    """The language's search worker, <prefix>search/worker.js, one file (helpcenter.search.bundle): the engine's
    files, the language's manifest (search_index.json) and worker.js, which then skips its own importScripts and
    starts with the index it belongs to. A page (overrides/main.html's __config.search, hc-head.js for ?q=)
    starts it with one download, and the first query asks for its shards at once."""
    scripts = site_dir / "assets" / "javascripts" / "search"
    folder = site_dir / prefix / "search"
    try:
        texts = {name: (scripts / name).read_text(encoding="utf-8")
                 for name in (*bundle.engine_parts(lang), "worker.js")}
    except OSError as exc:
        raise PluginError(f"hooks/search.py: the search worker's files are missing from the site: {exc}") from exc
    (folder / "worker.js").write_text(bundle.worker_script(lang, texts, manifest), encoding="utf-8")


def _roots(config) -> tuple[str, list[str]]:
    """This build's language root and every built language's: "" for the default language, "<locale>/"."""
    i18n = _plugin(config, "i18n")
    if i18n is None:
        raise PluginError("hooks/search.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    languages = [lang for lang in i18n.config.languages if lang.build]
    code = _language(config)
    current = next((lang for lang in languages if lang.locale == code), None)
    if current is None:
        raise PluginError(f"hooks/search.py: language '{code}' is not built")
    return "" if current.default else f"{code}/", ["" if lang.default else f"{lang.locale}/" for lang in languages]


def _hand_over(config, lang: str, last: bool = False) -> None:
    """The language's pages not handed over yet go to the background process (pack.prepare), once there are
    BATCH of them, or all of them when its pages are all read (``last``)."""
    pages = _pages.get(lang, [])
    if not last and len(pages) < BATCH:
        return
    prefix, prefixes = _roots(config)
    job = background.Job(pack.prepare, lang, pages, prefix, prefixes, _synonyms.get(lang),
                         first=not _sent.get(lang), inline=_state["serving"])
    _pages[lang], _sent[lang] = [], True
    _batches.append((lang, job))


@event_priority(-90)  # before static-i18n's on_post_build (-100) starts the other languages' builds
def _submit_index(config):
    """This language's pages are all read: its index goes to the background process now."""
    if _plugin(config, "material/search", "search") is None:  # its search box is the one our worker answers
        raise PluginError("hooks/search.py needs Material's search plugin ('search') in mkdocs.yml")
    prefix, _ = _roots(config)
    locale = _language(config)
    if locale not in text.LANGS:
        log.warning(f"no search analyser for language '{locale}'; its pages are not searchable")
        return
    _hand_over(config, locale, last=True)
    keywords = {url[len(prefix):]: words for url, words in _keywords.get(locale, {}).items()
                if url.startswith(prefix)}
    answers = _answers.get(locale)
    if answers is not None:
        keywords.update(answers.locations())
        locations = background.Job(pack.prepared_locations, locale, inline=_state["serving"])
        _checks.append((locale, answers, locations))
    # config.site_dir is the site root in every language's build; page locations carry the "<locale>/" prefix.
    args = (locale, keywords, config.extra.get("top_articles"), config.extra.get("contact"), f"{prefix}search/",
            str(Path(config.site_dir) / prefix / "search"))
    _jobs.append((locale, prefix, background.Job(pack.write_prepared, *args, inline=_state["serving"])))


# After static-i18n's nested builds and its rewrite of site/search/search_index.json (-100), and after
# hooks/publish.py's sweep of the pages (-300), which the last language's index overlaps: that sweep reads
# only HTML and the folder it walks is the build's fresh site_dir, where the index only adds files.
@event_priority(-350)
def _collect_indexes(config):
    """At the end of the outermost build: every language's index written, its worker file beside it."""
    if not nesting.outermost(config):
        return  # a language built inside the default language's build: collected when that one ends
    jobs, _jobs[:] = list(_jobs), []
    batches, _batches[:] = list(_batches), []
    checks, _checks[:] = list(_checks), []
    for locale, job in batches:  # done before the jobs that write the indexes (one process, in order)
        try:
            job.result()
        except Exception as exc:
            raise PluginError(f"hooks/search.py: reading the '{locale}' pages' search sections failed: {exc!r}") \
                from exc
    for locale, answers, job in checks:
        for problem in vocabulary.unknown_questions(answers, job.result()):
            log.warning(problem)
    for locale, prefix, job in jobs:
        try:
            manifest = job.result()
        except Exception as exc:  # the background process's error, named, stops the build
            raise PluginError(f"hooks/search.py: writing the '{locale}' search index failed: {exc!r}") from exc
        folder = Path(config.site_dir) / prefix / "search"
        # static-i18n rewrote the default language's search_index.json (Material's, empty) after the job wrote it
        (folder / "search_index.json").write_text(manifest, encoding="utf-8")
        _language_worker(Path(config.site_dir), prefix, locale, manifest)


on_post_build = CombinedEvent(_submit_index, _collect_indexes)
