"""The editor's flow end to end, on a throwaway copy of the repository, with the commands CONTRIBUTING.md gives:
new article -> English written -> the Kazakh and Greek pages show the current English text with the notice ->
translated -> stamped -> English changed -> the build reports the outdated translations and --strict stops."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from helpcenter import ui
from support import ROOT, run_mkdocs

SLUG = "gift-cards"
NOTICE = {lang: ui.strings(lang)["not_translated"] for lang in ("kk", "el")}


def cli(module: str, *args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=str(cwd))


def build(repo, tmp_path, name: str) -> subprocess.CompletedProcess:
    return run_mkdocs(repo / "mkdocs.yml", tmp_path / name)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def english(title: str, answer: str) -> str:
    return (f"---\ntitle: {title}\ndescription: How gift cards work, where to buy one, how to spend it and what "
            f"happens to the rest of the balance.\nupdated: 2026-11-30\npolicy: []\n---\n\n# {title}\n\n{answer}\n")


@pytest.fixture
def repo(tmp_path):
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / folder, copy / folder)
    return copy


def test_new_article_to_outdated_translation(repo, tmp_path):
    made = cli("helpcenter.scaffold", SLUG, "--title", "Gift cards", cwd=repo)
    assert made.returncode == 0, made.stderr

    # The scaffold as written does not publish: its placeholder text and TODO description are named by line.
    unfilled = build(repo, tmp_path, "s0")
    assert unfilled.returncode != 0
    log = unfilled.stdout + unfilled.stderr
    assert re.search(rf"docs/en/{SLUG}\.md:3\b.*description", log), log
    assert re.search(rf"docs/en/{SLUG}\.md:\d+\b.*placeholder", log), log

    # English written: the Kazakh and Greek pages show today's English text with the notice.
    (repo / "docs/en" / f"{SLUG}.md").write_text(
        english("Gift cards", "A gift card is spent like money at checkout; the rest stays on the card."),
        encoding="utf-8")
    first = build(repo, tmp_path, "s1")
    assert first.returncode == 0, first.stdout + first.stderr
    for lang in ("kk", "el"):
        page = text_of((tmp_path / "s1" / lang / SLUG / "index.html").read_text(encoding="utf-8"))
        assert "A gift card is spent like money at checkout" in page
        assert NOTICE[lang] in page
        assert "Write the answer here" not in page and "TODO" not in page

    # The English changes before anyone translates: the awaiting pages follow it at the next build.
    (repo / "docs/en" / f"{SLUG}.md").write_text(
        english("Gift cards", "A gift card is spent like money; what is left stays on the card for a year."),
        encoding="utf-8")
    second = build(repo, tmp_path, "s2")
    assert second.returncode == 0, second.stdout + second.stderr
    for lang in ("kk", "el"):
        page = text_of((tmp_path / "s2" / lang / SLUG / "index.html").read_text(encoding="utf-8"))
        assert "stays on the card for a year" in page and "checkout" not in page

    # Stamping a copy still awaiting is refused, saying why; nothing is written.
    before = (repo / "docs/kk" / f"{SLUG}.md").read_text(encoding="utf-8")
    refused = cli("helpcenter.translations", "stamp", f"kk/{SLUG}.md", cwd=repo)
    assert refused.returncode == 1
    assert f"docs/kk/{SLUG}.md" in refused.stderr and "awaiting" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert (repo / "docs/kk" / f"{SLUG}.md").read_text(encoding="utf-8") == before

    # Translated and stamped: the build passes and shows the translations without the notice.
    translations = {
        "kk": "---\ntitle: Сыйлық карталары\ndescription: Сыйлық картасын қайдан алуға, қалай жұмсауға болады және "
              "қалдығы не болады.\n---\n\n# Сыйлық карталары\n\nСыйлық картасы ақша сияқты жұмсалады; қалғаны "
              "картада бір жыл сақталады.\n",
        "el": "---\ntitle: Δωροκάρτες\ndescription: Πού αγοράζετε μια δωροκάρτα, πώς την ξοδεύετε και τι γίνεται με "
              "το υπόλοιπο.\n---\n\n# Δωροκάρτες\n\nΗ δωροκάρτα ξοδεύεται σαν χρήματα· ό,τι περισσεύει μένει στην "
              "κάρτα για ένα έτος.\n",
    }
    for lang, text in translations.items():
        (repo / "docs" / lang / f"{SLUG}.md").write_text(text, encoding="utf-8")
    stamped = cli("helpcenter.translations", "stamp", f"kk/{SLUG}.md", f"el/{SLUG}.md", cwd=repo)
    assert stamped.returncode == 0, stamped.stderr
    third = build(repo, tmp_path, "s3")
    assert third.returncode == 0, third.stdout + third.stderr
    kk = text_of((tmp_path / "s3" / "kk" / SLUG / "index.html").read_text(encoding="utf-8"))
    assert "Сыйлық картасы ақша сияқты жұмсалады" in kk and NOTICE["kk"] not in kk

    # The English changes again: both translations are outdated, named, and --strict stops.
    (repo / "docs/en" / f"{SLUG}.md").write_text(
        english("Gift cards", "A gift card is spent like money; what is left stays on the card for two years."),
        encoding="utf-8")
    fourth = build(repo, tmp_path, "s4")
    assert fourth.returncode != 0
    log = fourth.stdout + fourth.stderr
    for lang in ("kk", "el"):
        assert re.search(rf"docs/{lang}/{SLUG}\.md.*outdated|outdated.*docs/{lang}/{SLUG}\.md", log, re.I), log


def test_an_article_only_in_one_translation_is_named_and_stops_strict(repo, tmp_path):
    (repo / "docs/el/lonely.md").write_text("---\ntitle: Μόνο\ndescription: Μόνο στα ελληνικά.\n---\n\n# Μόνο\n\n"
                                            "Κείμενο.\n", encoding="utf-8")
    result = build(repo, tmp_path, "s")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "docs/el/lonely.md: this article exists only in docs/el/" in log
    assert "docs/en/lonely.md" in log


def test_404_pages_carry_no_other_pages_hreflang(repo, tmp_path):
    result = build(repo, tmp_path, "s")
    assert result.returncode == 0, result.stdout + result.stderr
    for rel in ("404.html", "kk/404.html", "el/404.html"):
        html = (tmp_path / "s" / rel).read_text(encoding="utf-8")
        assert not re.search(r"<link[^>]+hreflang", html), rel


def test_the_home_page_is_titled_by_the_site_name_alone(repo, tmp_path):
    result = build(repo, tmp_path, "s")
    assert result.returncode == 0, result.stdout + result.stderr
    for rel, site_name in (("", "Example Store Help Center"), ("kk/", "Example Store анықтама орталығы"),
                           ("el/", "Κέντρο βοήθειας Example Store")):
        html = (tmp_path / "s" / rel / "index.html").read_text(encoding="utf-8")
        assert re.search(r"<title>(.*?)</title>", html).group(1) == site_name
    returns = (tmp_path / "s" / "returns" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>(.*?)</title>", returns).group(1).endswith(" - Example Store Help Center")
