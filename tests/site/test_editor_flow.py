"""The editor's flow end to end, on a throwaway copy of the repository, with the commands CONTRIBUTING.md gives:
new article -> English written -> the Kazakh and Greek pages show the current English text with the notice ->
translated -> stamped -> English changed -> the build reports the outdated translations and --strict stops.
Also on such a copy: an article in one translation only, the 404 pages, the home page's title, and `make serve`."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from helpcenter.search import shards

from helpcenter import ui
from support import ROOT, free_port, run_mkdocs

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
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
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

    # English written: the Kazakh and Greek pages show today's English text with the notice; when the English
    # changes before anyone translates, they follow it at the next build.
    for n, (answer, gone) in enumerate([
            ("A gift card is spent like money at checkout; the rest stays on the card.", "Write the answer here"),
            ("A gift card is spent like money; what is left stays on the card for a year.", "checkout")], start=1):
        (repo / "docs/en" / f"{SLUG}.md").write_text(english("Gift cards", answer), encoding="utf-8")
        result = build(repo, tmp_path, f"s{n}")
        assert result.returncode == 0, result.stdout + result.stderr
        for lang in ("kk", "el"):
            page = text_of((tmp_path / f"s{n}" / lang / SLUG / "index.html").read_text(encoding="utf-8"))
            assert answer in page and NOTICE[lang] in page
            assert gone not in page and "TODO" not in page

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


# `make serve` (python -m helpcenter.preview): the translation problems that stop `make site` show at the top of the
# previewed page, and a change to the site's code restarts the preview server.

def fetch(url: str, deadline: float, want: str = "") -> str | None:
    """The page once the server answers it (and it contains `want`), or None at the deadline."""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                html = r.read().decode("utf-8")
            if want in html:
                return html
        except OSError:
            pass
        time.sleep(0.3)
    return None


def test_preview_shows_translation_problems_and_restarts_for_code_changes(repo, tmp_path):
    english = repo / "docs" / "en" / "warranty.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nOne more sentence in English.\n", encoding="utf-8")
    port = free_port()
    log = tmp_path / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "helpcenter.preview", "-a", f"127.0.0.1:{port}",
                                 "--no-livereload"], stdout=out, stderr=subprocess.STDOUT, cwd=repo, env=env,
                                start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/kk/warranty/"
        html = fetch(url, time.monotonic() + 60)
        assert html is not None, log.read_text()
        assert "translation-alert" in html
        assert "docs/kk/warranty.md: translation outdated" in html
        assert "docs/el/warranty.md: translation outdated" in html

        (repo / "hooks" / "translations.py").write_text(
            (repo / "hooks" / "translations.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "restarting the preview server" not in log.read_text():
            time.sleep(0.3)
        assert "restarting the preview server" in log.read_text(), log.read_text()
        assert fetch(url, time.monotonic() + 60, "translation outdated") is not None, log.read_text()
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def test_an_awaiting_page_stays_out_of_its_language_search_index(repo, tmp_path):
    made = cli("helpcenter.scaffold", SLUG, "--title", "Gift cards", cwd=repo)
    assert made.returncode == 0, made.stderr
    (repo / "docs/en" / f"{SLUG}.md").write_text(
        english("Gift cards", "A gift card is spent like money at checkout."), encoding="utf-8")
    result = build(repo, tmp_path, "s")
    assert result.returncode == 0, result.stdout + result.stderr
    def indexed(folder):
        return {d["location"].split("#")[0]: d["text"] for d in shards.read_docs(folder / "search")}

    english_index = indexed(tmp_path / "s")
    assert "spent like money" in english_index.get(f"{SLUG}/", "")
    for lang in ("kk", "el"):
        index = indexed(tmp_path / "s" / lang)
        assert f"{SLUG}/" not in index and not any("spent like money" in t for t in index.values())
