"""`make new-article`: one article in three languages, in the navigation, nothing overwritten."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest

from helpcenter import mkdocs_yaml, scaffold
from helpcenter import translations as tr
from support import ROOT


@pytest.fixture
def repo(tmp_path):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for lang in ("en", "kk", "el"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    return tmp_path


def nav_of(config_text: str) -> list:
    return mkdocs_yaml.load(config_text)["nav"]


def test_creates_three_languages_and_adds_to_nav(repo):
    before = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    scaffold.create_article(repo, "gift-cards", title="Gift cards: how do they work?", today=dt.date(2025, 7, 3))
    after = (repo / "mkdocs.yml").read_text(encoding="utf-8")

    # only one line added, at the end of the nav list
    assert nav_of(after) == nav_of(before) + ["gift-cards.md"]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["  - gift-cards.md"]
    assert after.replace("  - gift-cards.md\n", "", 1) == before

    en = (repo / "docs/en/gift-cards.md").read_text(encoding="utf-8")
    meta, body, _ = tr.split_front_matter(en)
    assert meta["title"] == "Gift cards: how do they work?"
    assert meta["updated"] == dt.date(2025, 7, 3) and meta["policy"] == []
    assert meta["description"]
    assert body.lstrip().startswith("# Gift cards: how do they work?\n")
    for lang in ("kk", "el"):
        copy = (repo / f"docs/{lang}/gift-cards.md").read_text(encoding="utf-8")
        assert tr.split_front_matter(copy)[0]["translation"] == "awaiting"
        assert tr.status_of(en, copy)[0] == tr.AWAITING
        # no frozen copy of the English text: the build renders the current English article there
        stub_body = tr.split_front_matter(copy)[1]
        assert "Gift cards" not in stub_body and scaffold.PLACEHOLDER not in stub_body
        assert "docs/en/gift-cards.md" in stub_body and f"make stamp FILE={lang}/gift-cards.md" in stub_body


def test_refuses_to_overwrite_and_changes_nothing(repo):
    (repo / "docs/kk/returns.md").write_text("mine", encoding="utf-8")
    before = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match=r"docs/kk/returns.md"):
        scaffold.create_article(repo, "returns")
    assert (repo / "docs/kk/returns.md").read_text(encoding="utf-8") == "mine"
    assert not (repo / "docs/en/returns.md").exists()
    assert (repo / "mkdocs.yml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize("slug", ["Gift-Cards", "gift cards", "gift--cards", "-gift", "../x", "", "index", "δώρο"])
def test_rejects_bad_slugs(repo, slug):
    with pytest.raises(scaffold.ScaffoldError):
        scaffold.create_article(repo, slug)
    assert not any((repo / "docs").rglob("*.md"))


def test_nav_with_sections_gets_a_top_level_item():
    text = "site_name: x\nnav:\n  - index.md\n  - Help:\n    - a.md\n    - b.md\n\n# comment\nplugins: []\n"
    out = scaffold.add_to_nav(text, "new")
    assert out == "site_name: x\nnav:\n  - index.md\n  - Help:\n    - a.md\n    - b.md\n  - new.md\n\n# comment\nplugins: []\n"
    with pytest.raises(scaffold.ScaffoldError, match="already in the navigation"):
        scaffold.add_to_nav(out, "new")
    with pytest.raises(scaffold.ScaffoldError, match="no top-level 'nav:'"):
        scaffold.add_to_nav("site_name: x\n", "new")


def test_cli_reports_errors_without_traceback(repo):
    run = lambda *a: subprocess.run([sys.executable, "-m", "helpcenter.scaffold", *a, "--root", str(repo)],
                                    capture_output=True, text=True)
    ok = run("gift-cards")
    assert ok.returncode == 0, ok.stderr
    assert "docs/kk/gift-cards.md" in ok.stdout
    again = run("gift-cards")
    assert again.returncode == 1
    assert "already exists" in again.stderr and "Traceback" not in again.stderr


def test_article_already_planned_in_nav_keeps_its_place(repo):
    before = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - warranty.md\n" in before
    written = scaffold.create_article(repo, "warranty")
    assert (repo / "mkdocs.yml").read_text(encoding="utf-8") == before
    assert repo / "mkdocs.yml" not in written
    assert all((repo / f"docs/{lang}/warranty.md").is_file() for lang in ("en", "kk", "el"))


def test_unfilled_finds_the_scaffold_left_in_an_article():
    english = scaffold.english_text("Gift cards", dt.date(2025, 7, 3))
    lines = english.splitlines()
    found = scaffold.unfilled(english)
    assert [n for n, _ in found] == [3, lines.index(next(x for x in lines if scaffold.PLACEHOLDER in x)) + 1]
    assert "description" in found[0][1] and "placeholder" in found[1][1]
    written = english.replace(scaffold.DESCRIPTION, "How gift cards work and where to buy one.").replace(
        scaffold.PLACEHOLDER, "A gift card is spent like money.")
    assert scaffold.unfilled(written) == []
    # a TODO in the body of the text is the editor's own business; a quoted TODO description is not
    assert scaffold.unfilled("---\ndescription: 'TODO later'\n---\n\nTODO: ask legal.\n") == [
        (2, found[0][1])]
