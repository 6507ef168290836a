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
``__config.search`` at assets/javascripts/search/worker.js) and speaks Material's worker protocol,
which is private to Material: the build stops unless the installed Material is a version that
protocol was verified against (``VERIFIED_MATERIAL``).
"""
from __future__ import annotations

import shutil
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import translations
from helpcenter.search import pack, shards

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
# Front matter keywords of this build's pages: language -> page URL -> words.
_keywords: dict[str, dict[str, list[str]]] = {}

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
    return config


def on_page_context(context, page, config, nav):
    lang = _language(config)
    if getattr(page.file, "locale", lang) != lang or translations.is_awaiting(page.meta):
        _foreign.setdefault(lang, set()).add(page.url)
    words = page.meta.get("keywords")
    if isinstance(words, str):
        words = [w.strip() for w in words.split(",") if w.strip()]
    if isinstance(words, list):
        _keywords.setdefault(lang, {})[page.url] = [str(w) for w in words if w is not None]
    elif words is not None:
        log.warning(f"{page.file.src_uri}: 'keywords' in the front matter must be a list of words or phrases")
    return context


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
    if current.locale not in shards.text.LANGS:
        log.warning(f"no search analyser for language '{current.locale}'; its pages are not searchable")
        return
    prefixes = ["" if lang.default else f"{lang.locale}/" for lang in languages]
    prefix = "" if current.default else f"{current.locale}/"
    docs = pack.entries_for(search.search_index.entries, prefix, prefixes,
                            skip=_foreign.get(current.locale, set()))
    # static-i18n has restored site_dir to the site root by now (its on_post_build ran first);
    # page locations carry the "<locale>/" prefix.
    keywords = {url[len(prefix):]: words for url, words in _keywords.get(current.locale, {}).items()
                if url.startswith(prefix)}
    files = shards.build(current.locale, docs, keywords, path=f"{prefix}search/")
    target = Path(config.site_dir) / prefix / "search"
    for sub in ("t", "d"):  # files of an earlier build (mkdocs serve) would linger
        shutil.rmtree(target / sub, ignore_errors=True)
    for sub in ("t", "d"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (target / name).write_text(content, encoding="utf-8")
