"""The editors' translation-status page: built once per build at /_status/, hidden from readers and robots."""
from __future__ import annotations

import json
import re
import shutil
import textwrap

import pytest

from helpcenter import translations as tr
from support import ROOT, run_mkdocs

EN_RETURNS = """---
title: Returns
description: How to return an item, step by step, and how long you have to ask for it.
---

# Returns

Ask within 30 days.
"""
EN_INDEX = "---\ntitle: Home\ndescription: Welcome.\n---\n\n# Home\n\nSee [returns](returns.md).\n"
EN_WARRANTY = "---\ntitle: Warranty\ndescription: What the warranty covers.\n---\n\n# Warranty\n\nKeep the invoice.\n"


def page(title: str, body: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndescription: {title}.\n{extra}---\n\n# {title}\n\n{body}\n"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A throwaway three-language site: kk/returns.md outdated, el/returns.md awaiting, kk/index.md up to date,
    el/index.md and both warranty translations missing."""
    root = tmp_path_factory.mktemp("tiny")
    docs = root / "docs"
    for lang in ("en", "kk", "el"):
        (docs / lang).mkdir(parents=True)
    (docs / "en" / "index.md").write_text(EN_INDEX, encoding="utf-8")
    (docs / "en" / "returns.md").write_text(EN_RETURNS, encoding="utf-8")
    (docs / "en" / "warranty.md").write_text(EN_WARRANTY, encoding="utf-8")
    (docs / "kk" / "index.md").write_text(
        page("Басты бет", "Сәлем.", f"source_hash: {tr.source_hash(EN_INDEX)}\n"), encoding="utf-8")
    (docs / "kk" / "returns.md").write_text(
        page("Қайтару", "30 күн ішінде.", "source_hash: 0123456789ab\n"), encoding="utf-8")
    (docs / "el" / "returns.md").write_text(
        EN_RETURNS.replace("---\n\n", "translation: awaiting\n---\n\n", 1), encoding="utf-8")
    # Material ships no Kazakh UI strings: borrow the project's own
    (root / "overrides" / "partials" / "languages").mkdir(parents=True)
    shutil.copy(ROOT / "overrides" / "partials" / "languages" / "kk.html",
                root / "overrides" / "partials" / "languages" / "kk.html")
    hook = (ROOT / "hooks" / "translations.py").as_posix()
    (root / "mkdocs.yml").write_text(textwrap.dedent(f"""\
        site_name: Tiny
        site_url: https://help.example.com/
        docs_dir: docs
        theme:
          name: material
          custom_dir: overrides
          font: false
        nav:
          - index.md
          - returns.md
          - warranty.md
        plugins:
          - search
          - i18n:
              docs_structure: folder
              fallback_to_default: true
              reconfigure_material: true
              languages:
                - locale: en
                  name: English
                  default: true
                  build: true
                - locale: kk
                  name: Қазақша
                  build: true
                - locale: el
                  name: Ελληνικά
                  build: true
        hooks:
          - {hook}
        """), encoding="utf-8")
    site = root / "site"
    result = run_mkdocs(root / "mkdocs.yml", site, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return root, site, result.stdout + result.stderr


def status_cells(html: str) -> dict[tuple[str, str], str]:
    cells = {}
    for row in re.findall(r'<tr data-article="([^"]+)">(.*?)</tr>', html, re.S):
        article, tds = row
        statuses = re.findall(r'data-status="([^"]+)"', tds)
        for lang, status in zip(("kk", "el"), statuses):
            cells[(article, lang)] = status
    return cells


def test_status_page_shows_each_article_in_each_language(tiny):
    _, site, _ = tiny
    html = (site / "_status" / "index.html").read_text(encoding="utf-8")
    assert status_cells(html) == {
        ("index.md", "kk"): "up-to-date", ("index.md", "el"): "missing",
        ("returns.md", "kk"): "outdated", ("returns.md", "el"): "awaiting",
        ("warranty.md", "kk"): "missing", ("warranty.md", "el"): "missing",
    }
    assert re.search(r'<meta name="robots" content="noindex', html)
    # written once, for the whole site, not once per language
    assert not (site / "kk" / "_status").exists() and not (site / "el" / "_status").exists()


def test_build_log_warns_about_outdated_and_missing_translations_not_awaiting_ones(tiny):
    _, _, log = tiny
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    assert any("docs/kk/returns.md" in w and "outdated" in w for w in warnings), log
    assert any("warranty.md" in w and "missing" in w.lower() for w in warnings), warnings
    assert not any("docs/el/returns.md" in w for w in warnings), warnings
    # once per build, not once per language
    assert log.count("docs/kk/returns.md: translation outdated") == 1


def test_strict_build_stops_on_an_outdated_translation(tiny, tmp_path):
    root, _, _ = tiny
    result = run_mkdocs(root / "mkdocs.yml", tmp_path / "strict")
    assert result.returncode != 0
    assert "docs/kk/returns.md: translation outdated" in result.stdout + result.stderr


def test_status_page_is_hidden_from_sitemap_search_and_navigation(tiny):
    _, site, _ = tiny
    sitemaps = list(site.rglob("sitemap*.xml"))
    indexes = list(site.rglob("search_index.json"))
    assert sitemaps and indexes
    for f in sitemaps:
        assert "_status" not in f.read_text(encoding="utf-8"), f
    for f in indexes:
        locations = [doc["location"] for doc in json.loads(f.read_text(encoding="utf-8"))["docs"]]
        assert locations and not any("_status" in loc for loc in locations), f
    for f in site.rglob("*.html"):
        if "_status" not in f.parts:
            assert "_status" not in f.read_text(encoding="utf-8"), f


def test_real_site_publishes_the_status_page_unlisted(built_site):
    html = built_site.html("_status/")
    assert '<meta name="robots" content="noindex' in html
    articles = tr.english_articles(ROOT / "docs")
    assert set(re.findall(r'<tr data-article="([^"]+)">', html)) == set(articles)
    for f in built_site.path.rglob("sitemap*.xml"):
        assert "_status" not in f.read_text(encoding="utf-8")


EN_ONE = "---\ntitle: Home\ndescription: Welcome.\n---\n\n# Home\n\nHello.\n"


def one_article_site(root, kk_extra: str):
    """The tiny site's config with ONE article: el up to date, kk's front matter given. Nothing else to warn
    about, so a strict build fails only for kk's status."""
    docs = root / "docs"
    for lang in ("en", "kk", "el"):
        (docs / lang).mkdir(parents=True)
    (docs / "en" / "index.md").write_text(EN_ONE, encoding="utf-8")
    (docs / "el" / "index.md").write_text(
        page("Αρχική", "Καλώς ήρθατε.", f"source_hash: {tr.source_hash(EN_ONE)}\n"), encoding="utf-8")
    (docs / "kk" / "index.md").write_text(page("Басты бет", "Сәлем.", kk_extra), encoding="utf-8")
    return docs


@pytest.mark.parametrize("kk_extra, fails_with", [
    ("source_hash: 0123456789ab\n", "outdated"),
    ("", "not stamped"),
    (f"source_hash: {tr.source_hash(EN_ONE)}\n", None),                # the control: nothing else fails
    ("translation: awaiting\n", None),                                    # awaiting is reported, not a failure
], ids=["outdated", "unstamped", "up-to-date", "awaiting"])
def test_strict_build_stops_on_exactly_an_outdated_or_unstamped_translation(tiny, tmp_path, kk_extra, fails_with):
    root, _, _ = tiny
    one_article_site(tmp_path, kk_extra)
    shutil.copytree(root / "overrides", tmp_path / "overrides")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - returns.md\n  - warranty.md\n", "")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = run_mkdocs(tmp_path / "mkdocs.yml", tmp_path / "site")
    log = result.stdout + result.stderr
    if fails_with is None:
        assert result.returncode == 0, log
    else:
        assert result.returncode != 0, log
        # the only warning is the one about kk's status: the build fails for it, not for something else
        warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
        assert len(warnings) == 1, log
        assert "docs/kk/index.md" in warnings[0] and fails_with in warnings[0].lower(), log
