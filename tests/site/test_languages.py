"""The real help center built into a temporary folder: every language, its addresses and links."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from support import LANG_PREFIX, LANGS, ROOT

ARTICLES = sorted(p.name for p in (ROOT / "docs" / "en").glob("*.md"))


class Elements(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, dict(attrs)))

    def find(self, tag, **attrs):
        return [a for t, a in self.items if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def url_of(lang: str, article: str) -> str:
    stem = article[:-3]
    return LANG_PREFIX[lang] + ("" if stem == "index" else f"{stem}/")


def all_pages():
    return [(lang, article) for lang in LANGS for article in ARTICLES]


def test_every_article_exists_in_every_language(built_site):
    assert len(ARTICLES) >= 10
    for lang, article in all_pages():
        assert (built_site.path / url_of(lang, article) / "index.html").is_file(), (lang, article)


def test_every_article_is_written_in_every_language():
    for article in ARTICLES:
        for lang in LANGS:
            assert (ROOT / "docs" / lang / article).is_file(), f"docs/{lang}/{article} is missing"


@pytest.mark.parametrize("lang", LANGS)
def test_html_lang_is_the_page_language(built_site, lang):
    for article in ARTICLES:
        html = built_site.html(url_of(lang, article))
        assert re.search(rf'<html lang="{lang}"', html), (lang, article)
    assert f'<html lang="{lang}"' in (built_site.path / LANG_PREFIX[lang] / "404.html").read_text("utf-8")


def test_switcher_links_land_on_the_same_article_in_each_language(built_site):
    for lang, article in all_pages():
        here = url_of(lang, article)
        links = Elements(built_site.html(here)).find("a", **{"class": "md-select__link"})
        targets = {a["hreflang"]: a["href"] for a in links}
        assert set(targets) == set(LANGS), (here, targets)
        for other, href in targets.items():
            resolved = urlsplit(urljoin(built_site.url + here, href)).path.lstrip("/")
            assert resolved == url_of(other, article), (here, other, href)
            assert (built_site.path / resolved / "index.html").is_file()


def test_pages_carry_their_canonical_and_leave_hreflang_to_the_sitemap(built_site):
    """hreflang alternates are in sitemap.xml (below); a <link rel=alternate> in a page would make Material's
    script fetch a sitemap.xml next to it (/kk/returns/sitemap.xml, which does not exist)."""
    for lang, article in all_pages():
        els = Elements(built_site.html(url_of(lang, article)))
        assert not els.find("link", rel="alternate"), (lang, article)
        canonical = els.find("link", rel="canonical")
        assert canonical and canonical[0]["href"] == built_site.url + url_of(lang, article)


def test_material_script_is_published_as_material_ships_it(built_site):
    import material
    shipped = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    bundles = list((built_site.path / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert bundles
    for bundle in bundles:
        assert bundle.read_bytes() == (shipped / bundle.name).read_bytes(), bundle.name


def test_sitemap_lists_every_page_with_its_alternates(built_site):
    xml = (built_site.path / "sitemap.xml").read_text("utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert sorted(locs) == sorted(built_site.url + url_of(lang, a) for lang, a in all_pages())
    for block in re.findall(r"<url>.*?</url>", xml, re.S):
        alts = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
        assert sorted(alts) == sorted([*LANGS, "x-default"])
        article = urlsplit(alts["en"]).path.lstrip("/")
        for code in LANGS:
            assert alts[code] == built_site.url + LANG_PREFIX[code] + article
        assert alts["x-default"] == alts["en"]


@pytest.mark.parametrize("lang, title", [("en", "Page not found"), ("kk", "Бет табылмады"), ("el", "Η σελίδα δεν βρέθηκε")])
def test_404_page_per_language(built_site, lang, title):
    html = (built_site.path / LANG_PREFIX[lang] / "404.html").read_text("utf-8")
    assert f"<h1>{title}</h1>" in html
    els = Elements(html)
    assert els.find("input", type="search", name="q"), "no search box"
    top = [a["href"] for t, a in els.items if t == "a" and a.get("href", "").startswith("/" + LANG_PREFIX[lang])]
    assert len(top) >= 3
    for href in top:
        assert (built_site.path / href.lstrip("/") / "index.html").is_file(), href


SRC_ATTRS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "link": "href",
             "audio": "src", "video": "src", "embed": "src", "object": "data"}


def test_no_page_loads_anything_from_another_origin(built_site):
    own = urlsplit(built_site.url)
    pages = sorted(built_site.path.rglob("*.html"))
    assert len(pages) >= 3 * len(ARTICLES)
    for page in pages:
        els = Elements(page.read_text("utf-8"))
        for tag, attrs in els.items:
            attr = SRC_ATTRS.get(tag)
            if not attr or attr not in attrs:
                continue
            if tag == "link" and attrs.get("rel") in ("alternate", "canonical"):
                continue  # addresses, not requests
            url = urlsplit(urljoin(built_site.url, attrs[attr]))
            assert (url.scheme, url.netloc) == (own.scheme, own.netloc), f"{page}: {tag} {attrs[attr]}"
    for css in built_site.path.rglob("*.css"):
        for ref in re.findall(r"url\(([^)]+)\)", css.read_text("utf-8")):
            ref = ref.strip("'\"")
            assert not re.match(r"(https?:)?//", ref), f"{css}: {ref}"
    assert "fonts.googleapis" not in "".join(p.read_text("utf-8") for p in pages)
