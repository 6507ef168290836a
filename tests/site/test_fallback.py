"""An article missing in a language, or awaiting its translator: readers get the English text with a
notice in their language, and search engines get the English page as canonical."""
from __future__ import annotations

import re
import shutil

import pytest

from support import ROOT, run_mkdocs

URL = "https://help.example.test/"


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
