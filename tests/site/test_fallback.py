"""An article missing in a language, or awaiting its translator: readers get the English text with a
notice in their language, and search engines get the English page as canonical.

The same throwaway build also checks what every published site promises and the real site cannot show: a site
served under a path (SITE_URL https://help.example.test/help/), a store name that is not the default one, a
known "updated" date."""
from __future__ import annotations

import gzip
import re
import shutil
from html.parser import HTMLParser

import pytest

from support import ROOT, run_mkdocs

URL = "https://help.example.test/help/"
STORE = "Quokka Goods"
UPDATED = "2024-02-29"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("fallback")
    for name in ("mkdocs.yml", "overrides", "hooks", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    (root / "docs" / "kk" / "warranty.md").unlink()  # missing
    english = (ROOT / "docs" / "en" / "warranty.md").read_text("utf-8")
    awaiting = english.replace("---\n", "---\ntranslation: awaiting\n", 1)
    (root / "docs" / "el" / "warranty.md").write_text(awaiting, "utf-8")  # what make new-article writes
    config = (root / "mkdocs.yml").read_text("utf-8")
    assert "    name: Example Store\n" in config
    (root / "mkdocs.yml").write_text(config.replace("    name: Example Store\n", f"    name: {STORE}\n"), "utf-8")
    for lang in ("en", "kk", "el"):
        returns = root / "docs" / lang / "returns.md"
        text, n = re.subn(r"(?m)^updated: .*$", f"updated: {UPDATED}", returns.read_text("utf-8"), count=1)
        assert n == 1
        returns.write_text(text, "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", site_url=URL, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site", result.stdout + result.stderr


@pytest.mark.parametrize("lang, notice", [
    ("kk", "Бұл мақала әлі қазақ тіліне аударылмаған"),
    ("el", "Αυτό το άρθρο δεν έχει μεταφραστεί ακόμη στα ελληνικά"),
])
def test_reader_gets_english_text_with_a_notice_in_their_language(site, lang, notice):
    out, _ = site
    html = (out / lang / "warranty" / "index.html").read_text("utf-8")
    assert f'<html lang="{lang}"' in html           # the page around it speaks the reader's language
    assert notice in html
    assert '<div lang="en">' in html                # the article itself is marked as English
    assert f'<link rel="canonical" href="{URL}warranty/">' in html
    assert 'rel="alternate"' not in html            # hreflang is in sitemap.xml, which lists no fallback


def test_untranslated_pages_are_not_offered_to_search_engines(site):
    out, _ = site
    xml = (out / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{URL}warranty/</loc>" in xml
    assert f"{URL}kk/warranty/" not in xml and f"{URL}el/warranty/" not in xml
    assert f"<loc>{URL}kk/returns/</loc>" in xml


def test_the_switcher_still_offers_every_language(site):
    out, _ = site
    html = (out / "kk" / "warranty" / "index.html").read_text("utf-8")
    assert sorted(re.findall(r'data-hc-lang="(\w+)"', html)) == ["el", "en", "kk"]


def test_the_build_warns_about_the_missing_translation_only(site):
    _, log = site
    assert re.search(r"WARNING.*docs/kk/warranty\.md: translation missing", log)
    assert not re.search(r"WARNING.*docs/el/warranty\.md", log)


def test_translated_pages_keep_their_own_canonical(site):
    out, _ = site
    html = (out / "kk" / "returns" / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{URL}kk/returns/">' in html
    assert "hc-notice" not in html


# --- promises a published site makes (same build) ------------------------------------------------------

@pytest.mark.parametrize("lang, title", [
    ("en", f"{STORE} Help Center"),
    ("kk", f"{STORE} анықтама орталығы"),
    ("el", f"Κέντρο βοήθειας {STORE}"),
])
def test_site_title_comes_from_the_store_name_in_every_language(site, lang, title):
    out, _ = site
    prefix = "" if lang == "en" else f"{lang}/"
    home = (out / prefix / "index.html").read_text("utf-8")
    article = (out / prefix / "returns" / "index.html").read_text("utf-8")
    assert re.search(rf"<title>[^<]*{re.escape(title)}</title>", home), re.findall(r"<title>.*?</title>", home)
    assert re.search(rf"<title>[^<]* - {re.escape(title)}</title>", article), re.findall(r"<title>.*?</title>", article)


def test_no_page_names_the_default_store(site):
    out, _ = site
    for page in out.rglob("*.html"):
        assert "Example Store" not in page.read_text("utf-8"), page


def test_the_gzipped_sitemap_is_the_sitemap(site):
    out, _ = site
    assert gzip.decompress((out / "sitemap.xml.gz").read_bytes()) == (out / "sitemap.xml").read_bytes()
    assert f"<loc>{URL}returns/</loc>" in (out / "sitemap.xml").read_text("utf-8")


@pytest.mark.parametrize("lang, shown", [
    ("en", "29 February 2024"),
    ("kk", "2024 жылғы 29 ақпан"),
    ("el", "29 Φεβρουαρίου 2024"),
])
def test_the_updated_date_is_shown_as_the_language_writes_it(site, lang, shown):
    out, _ = site
    prefix = "" if lang == "en" else f"{lang}/"
    html = (out / prefix / "returns" / "index.html").read_text("utf-8")
    assert f'<time datetime="{UPDATED}">{shown}</time>' in html


@pytest.mark.parametrize("lang", ["kk", "el"])
def test_fallback_pages_name_the_english_page_as_x_default(site, lang):
    """Wherever hreflang is announced (in the page or in sitemap.xml), the x-default of an article that is a
    fallback in some language is the English page, and the fallback copies are never offered as alternates."""
    out, _ = site
    html = (out / lang / "warranty" / "index.html").read_text("utf-8")
    assert set(re.findall(r'<link rel="alternate" hreflang="x-default" href="([^"]+)">', html)) <= {f"{URL}warranty/"}
    xml = (out / "sitemap.xml").read_text("utf-8")
    (block,) = [b for b in re.findall(r"<url>.*?</url>", xml, re.S) if f"<loc>{URL}warranty/</loc>" in b]
    alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block)) or \
        {k: v for v, k in re.findall(r'href="([^"]+)" hreflang="([^"]+)"', block)}
    assert alternates.get("x-default") == f"{URL}warranty/", block
    assert f"{URL}{lang}/warranty/" not in alternates.values(), block


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") in ("alternate", "canonical")):
                self.refs.append(a[key])


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_404_links_work_under_a_site_url_with_a_path(site, lang):
    """A host serves the 404 page at ANY missing address (/help/a/b/c/), so its links must not be relative."""
    out, _ = site
    prefix = "" if lang == "en" else f"{lang}/"
    parser = Links()
    parser.feed((out / prefix / "404.html").read_text("utf-8"))
    local = [r for r in parser.refs if not re.match(r"(https?:|mailto:|tel:|data:|#)", r)]
    assert len(local) >= 5, parser.refs
    for ref in local:
        assert ref.startswith("/help/"), f"{lang}/404.html: {ref} breaks at /help/some/missing/page/"
        path = out / ref.split("#")[0].split("?")[0][len("/help/"):]
        assert path.is_file() or (path / "index.html").is_file(), ref
    articles = [r for r in local if r.startswith(f"/help/{prefix}") and r.endswith("/")]
    assert len(articles) >= 3, local
