"""Languages, page addresses, alternates and the sitemap: plain Python, no MkDocs.

The site has one default language served at ``/`` and the others under ``/<code>/``.
Every article has the same file name in each ``docs/<code>/`` folder; an article missing in
a language is served there as the default language's text with a notice (a *fallback*),
and its canonical address is the default language's page.
"""
from __future__ import annotations

import functools

import html
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from . import sources


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool = False

    @property
    def prefix(self) -> str:
        """URL prefix of the language's pages relative to the site root: '' or 'kk/'."""
        return "" if self.default else f"{self.code}/"


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str  # absolute
    translated: bool  # False: the page in this language is the default language's text


@functools.lru_cache(maxsize=None)  # a pure function of the name, asked for every page in every language
def page_path(src: str) -> str:
    """Address of a Markdown file relative to its language root, with directory URLs.

    >>> page_path("index.md"), page_path("returns.md"), page_path("guides/index.md")
    ('', 'returns/', 'guides/')
    """
    p = PurePosixPath(src)
    if p.suffix != ".md":
        raise ValueError(f"not a Markdown page: {src}")
    parts = list(p.with_suffix("").parts)
    if parts and parts[-1] in ("index", "README"):
        parts.pop()
    return "".join(f"{part}/" for part in parts)


def scan_translations(docs_dir: Path, languages: list[Language]) -> dict[str, frozenset[str]]:
    """For every Markdown page (relative to a language folder), the languages it is written in.

    A scaffolded copy still awaiting translation (front matter ``translation: awaiting``) holds
    the default language's text, so it counts as missing: readers get the notice, search
    engines the default page.
    """
    found: dict[str, set[str]] = {}
    for lang in languages:
        root = docs_dir / lang.code
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.md")):
            rel = path.relative_to(root).as_posix()
            found.setdefault(rel, set())
            if lang.default or not _awaiting(path):
                found[rel].add(lang.code)
    return {src: frozenset(langs) for src, langs in found.items()}


_AWAITING = re.compile(r"\A---[ \t]*\r?\n(?:.*\r?\n)*?translation[ \t]*:[ \t]*[\"']?awaiting[\"']?[ \t]*\r?\n"
                       r"(?:.*\r?\n)*?---[ \t]*(?:\r?\n|\Z)", re.IGNORECASE)


def _awaiting(path: Path) -> bool:
    """Whether the page's front matter says ``translation: awaiting`` (see helpcenter.translations).

    Read with one expression over the file's head rather than a YAML parse: the build asks this
    of every page of every language.
    """
    head = sources.read_head(path, 4096, path.as_posix())
    return bool(_AWAITING.match(head))


def default_language(languages: list[Language]) -> Language:
    return next(lang for lang in languages if lang.default)


@functools.lru_cache(maxsize=4096)  # pure; asked for each page once per language and again for the sitemap
def absolute(site_url: str, lang: Language, src: str) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    return urljoin(base, lang.prefix + page_path(src))


def alternates(src: str, languages: list[Language], available: frozenset[str],
               site_url: str) -> list[Alternate]:
    """The page in every language, in configured order; untranslated ones marked."""
    return [
        Alternate(lang.code, lang.name, absolute(site_url, lang, src), lang.code in available)
        for lang in languages
    ]


def relative_url(from_page: str, to_page: str) -> str:
    """Relative link between two site-root-relative directory URLs ('kk/returns/' -> 'el/returns/')."""
    from_parts = [p for p in from_page.split("/") if p]
    to_parts = [p for p in to_page.split("/") if p]
    common = 0
    while common < min(len(from_parts), len(to_parts)) and from_parts[common] == to_parts[common]:
        common += 1
    up = len(from_parts) - common
    rel = "../" * up + "".join(f"{p}/" for p in to_parts[common:])
    return rel or "./"


def render_sitemap(entries: list[tuple[str, str | None, list[tuple[str, str]]]]) -> str:
    """A sitemap with hreflang alternates: entries are (loc, lastmod or None, [(hreflang, href)])."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for loc, lastmod, alts in entries:
        out.append("  <url>")
        out.append(f"    <loc>{html.escape(loc)}</loc>")
        if lastmod:
            out.append(f"    <lastmod>{html.escape(lastmod)}</lastmod>")
        for hreflang, href in alts:
            out.append(f'    <xhtml:link rel="alternate" hreflang="{html.escape(hreflang)}" '
                       f'href="{html.escape(href)}"/>')
        out.append("  </url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def sitemap_entries(translations: dict[str, frozenset[str]], languages: list[Language],
                    site_url: str, lastmod: dict[tuple[str, str], str] | None = None,
                    exclude=lambda src: False):
    """Every translated page, each with the alternates of all its translations and x-default.

    Fallback pages (the default language's text under another language's prefix) are not
    listed: their canonical address is the default language's page.
    """
    lastmod = lastmod or {}
    default = default_language(languages)
    entries = []
    for src in sorted(translations):
        if exclude(src):
            continue
        available = translations[src]
        alts = [(a.code, a.url) for a in alternates(src, languages, available, site_url) if a.translated]
        if default.code in available:
            alts.append(("x-default", absolute(site_url, default, src)))
        for lang in languages:
            if lang.code in available:
                entries.append((absolute(site_url, lang, src), lastmod.get((lang.code, src)), alts))
    return entries
