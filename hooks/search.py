"""MkDocs adapter for per-language search: one search index file per language.

Material's search plugin collects the sections of every page; mkdocs-static-i18n builds each
language in turn and, at the end of the default language's build (its on_post_build at priority
-100), writes ONE index with every language at site/search/. This hook runs after that
(priority -200, once per language build) and writes the current language's own index:
site/search/search_index.json (English), site/kk/search/..., site/el/search/..., with only that
language's pages, locations relative to the language root, and the lunr plugin code the search
worker must load. The logic is in ``helpcenter.search.pack``.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import translations
from helpcenter.search import pack, vocabulary

log = get_plugin_logger(__name__)


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

def _language(config) -> str:
    """The language this build serves: hooks/i18n.py keeps config.theme["language"] right, even
    when the default language's build resumes after static-i18n's nested builds."""
    return config.theme["language"]


@event_priority(-120)  # after hooks/i18n.py (-110) has set the language of this build
def on_config(config):
    if _plugin(config, "i18n") is None:
        raise PluginError("hooks/search.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    _foreign[_language(config)] = set()
    _keywords[_language(config)] = {}
    _load_synonyms(config)
    return config


def _load_synonyms(config) -> None:
    root = Path(config.config_file_path).parent
    try:
        _synonyms.update(vocabulary.load_all(root))
        _answers.update(vocabulary.load_all_answers(root))
    except vocabulary.VocabularyError as exc:
        raise PluginError(str(exc)) from None


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
    if current.locale not in pack.LUNR_CODE:
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
    pack.add_vocabulary(current.locale, docs, keywords, _synonyms.get(current.locale))
    # static-i18n has restored site_dir to the site root by now (its on_post_build ran first);
    # page locations carry the "<locale>/" prefix.
    target = Path(config.site_dir) / prefix / "search" / "search_index.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(pack.index_json(current.locale, docs), encoding="utf-8")
