"""MkDocs adapter for languages: hreflang, switcher, fallback notice, per-language 404, sitemap.

The logic is in ``helpcenter.i18n`` and ``helpcenter.ui``; this file only moves data between
MkDocs events and templates. mkdocs-static-i18n runs the whole build once per language, the
other languages nested inside the default language's ``on_post_build``; a stack of the
languages being built tells each event which language it serves, and the work that must
happen once (the sitemap, the default 404 page) runs when the outermost build ends.
"""
from __future__ import annotations

import gzip
import html
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import i18n, ui

log = get_plugin_logger(__name__)

# hreflang alternates (with x-default) reach search engines through sitemap.xml only, an equivalent of the
# <link rel=alternate hreflang> tags in each page. Those tags would make Material's script fetch a
# "sitemap.xml" next to every alternate (/kk/returns/sitemap.xml, which cannot exist) and rewrite clicks on
# links under them; config.extra.alternate is therefore `True`: truthy, so Material's header includes our
# language switcher (overrides/partials/alternate.html, from hc.switcher), and not a list, so Material's
# base.html writes no <link rel=alternate>. No file of Material is patched.
_SWITCHER_WITHOUT_LINKS = True


class _State:
    def __init__(self):
        self.stack: list[str] = []
        self.languages: list[i18n.Language] = []
        self.translations: dict[str, frozenset[str]] = {}
        self.titles: dict[str, dict[str, str]] = {}
        self.lastmod: dict[tuple[str, str], str] = {}
        self.not_found: dict[str, str] = {}
        self.docs_dir: Path | None = None
        self.awaiting: set[str] = set()        # kk/x.md, el/y.md: rendered from the English article


_state = _State()


def _i18n_plugin(config):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("hooks/i18n.py needs the mkdocs-static-i18n plugin ('i18n') in mkdocs.yml")
    return plugin


def _current() -> i18n.Language:
    code = _state.stack[-1]
    return next(lang for lang in _state.languages if lang.code == code)


def _src(file) -> str:
    """'kk/returns.md' or 'en/returns.md' (a fallback) -> 'returns.md'."""
    return file.src_uri.split("/", 1)[1] if "/" in file.src_uri else file.src_uri


@event_priority(-110)  # after static-i18n has chosen the language of this build
def on_config(config):
    plugin = _i18n_plugin(config)
    if not _state.stack:  # the outermost build: read the languages and the source tree once
        _state.__init__()
        _state.languages = [
            i18n.Language(lang.locale, lang.name, bool(lang.default))
            for lang in plugin.config.languages if lang.build
        ]
        docs_dir = Path(config.docs_dir)
        if not docs_dir.is_absolute():
            docs_dir = Path(config.config_file_path).parent / docs_dir
        _state.translations = i18n.scan_translations(docs_dir, _state.languages)
        _state.docs_dir = docs_dir
    _state.stack.append(plugin.current_language)
    config.theme["language"] = plugin.current_language
    store = (config.extra.get("store") or {}).get("name")
    if not store:
        raise PluginError("mkdocs.yml: extra.store.name is missing; it names the store in every language")
    texts = ui.strings(plugin.current_language)
    config.site_name = texts["site_name"].format(store=store)
    config.site_description = texts["site_description"].format(store=store)
    return config


@event_priority(-110)  # after static-i18n has chosen this language's files
def on_files(files, config):
    """A copy awaiting translation is rendered from the English article as it is now (with the notice, see
    on_page_context), never from what the copy holds: readers get today's English text, not a frozen draft."""
    lang = _current()
    if lang.default or _state.docs_dir is None:
        return files
    default = i18n.default_language(_state.languages)
    for f in files.documentation_pages():
        if not f.src_uri.startswith(f"{lang.code}/"):
            continue
        src = _src(f)
        english = _state.docs_dir / default.code / src
        if lang.code not in _state.translations.get(src, frozenset()) and english.is_file():
            f.abs_src_path = str(english)
            _state.awaiting.add(f.src_uri)
    return files


@event_priority(100)  # before the other hooks read the page's front matter
def on_page_markdown(markdown, page, config, files):
    """The page read from the English article is still the translation awaited in this language: say so in its
    front matter as its own file does (the search hook leaves it out of this language's index)."""
    if page.file.src_uri in _state.awaiting:
        page.meta["translation"] = "awaiting"
    return markdown


def on_env(env, config, files):
    lang = _current().code
    _state.titles[lang] = {
        _src(f): f.page.title for f in files.documentation_pages() if f.page is not None and f.page.title
    }
    return env


def _site_url(config) -> str:
    return config.site_url or "/"


def on_page_context(context, page, config, nav):
    lang = _current()
    default = i18n.default_language(_state.languages)
    src = _src(page.file)
    available = _state.translations.get(src, frozenset())
    fallback = lang.code not in available

    config.extra["alternate"] = _SWITCHER_WITHOUT_LINKS
    if fallback:
        page.canonical_url = i18n.absolute(_site_url(config), default, src)
    else:
        _state.lastmod[(lang.code, src)] = str(page.meta.get("updated") or "") or None

    here = lang.prefix + i18n.page_path(src)
    context["hc"] = {
        "lang": lang.code,
        "prefix": lang.prefix,  # the language root under the site root: "" (default language) or "kk/"
        "t": ui.strings(lang.code),
        "fallback": fallback,
        "source_lang": default.code if fallback else lang.code,
        "updated": page.meta.get("updated"),
        "updated_human": ui.format_date(lang.code, page.meta["updated"]) if page.meta.get("updated") else None,
        "x_default": None,      # in sitemap.xml (see _SWITCHER_WITHOUT_LINKS)
        "switcher": [  # the page in every language, in configured order; untranslated ones marked
            {
                "code": other.code,
                "name": other.name,
                "href": i18n.relative_url(here, other.prefix + i18n.page_path(src)),
                "current": other.code == lang.code,
                "translated": other.code in available,
            }
            for other in _state.languages
        ],
        "suggest": _suggest_data(config) if page.is_homepage and lang.default else None,
    }
    return context


def _suggest_data(config) -> dict:
    """What the first-visit language suggestion on the default home page needs."""
    return {
        lang.code: {
            "href": lang.prefix or "./",
            "text": ui.strings(lang.code)["suggest.text"],
            "go": ui.strings(lang.code)["suggest.go"],
            "stay": ui.strings(lang.code)["suggest.stay"],
            "label": ui.strings(lang.code)["suggest.label"],
        }
        for lang in _state.languages
        if not lang.default
    }


def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    lang = _current()
    # A 404 page stands for no article: no alternates, no language switcher.
    config.extra["alternate"] = []
    root = "/" + config.site_url.split("://", 1)[-1].split("/", 1)[-1] if config.site_url else "/"
    root = root if root.endswith("/") else root + "/"
    titles = _state.titles.get(lang.code, {})
    top = []
    for src in config.extra.get("top_articles", []):
        if src not in _state.translations:
            raise PluginError(f"mkdocs.yml: extra.top_articles names '{src}', which is in no docs/<lang>/ folder")
        top.append({"title": titles.get(src, src), "href": root + lang.prefix + i18n.page_path(src)})
    context["hc"] = {
        "lang": lang.code,
        "prefix": lang.prefix,
        "t": ui.strings(lang.code),
        "home": root + lang.prefix,
        "top": top,
        "switcher": [],
    }
    return context


_TITLE = re.compile(r"<title>[^<]*</title>")


def on_post_page(output, page, config):
    """Every language's home page is titled by the site's name alone ("Example Store Help Center"), not
    Material's "<page title> - <site name>" ("Help Center - Example Store Help Center")."""
    if _src(page.file) != "index.md":
        return output
    return _TITLE.sub(lambda _m: f"<title>{html.escape(config.site_name)}</title>", output, count=1)


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        _state.not_found[_current().code] = output
    return output


# Last of all (after static-i18n's nested builds at -100 and the hooks that write this language's
# files at -200): a nested build leaves its language in config.theme, so give the outer build its
# own back. config.theme["language"] is how every hook of ours knows which language a build serves.
@event_priority(-210)
def on_post_build(config):
    lang = _current()
    site_dir = Path(config.site_dir)
    if lang.code in _state.not_found:
        target = site_dir / lang.prefix / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_state.not_found[lang.code], encoding="utf-8")
    _state.stack.pop()
    if _state.stack:
        config.theme["language"] = _state.stack[-1]
        return
    # The outermost build is over: every language is on disk.
    entries = i18n.sitemap_entries(_state.translations, _state.languages, _site_url(config), _state.lastmod)
    xml = i18n.render_sitemap(entries)
    (site_dir / "sitemap.xml").write_text(xml, encoding="utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as fh:
        fh.write(xml.encode("utf-8"))


def on_build_error(error):
    # A failed build leaves the stack half-full; the next `mkdocs serve` rebuild starts afresh.
    _state.stack.clear()
