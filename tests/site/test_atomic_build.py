"""`make site` (python -m helpcenter.build) publishes into site/ only a build that fully succeeded: a warning that
--strict turns into a failure half-way (a broken link in the Greek build, an outdated translation) leaves the
last good site/ byte for byte, and a good build replaces it whole."""
from __future__ import annotations

import pytest

from support import copy_with_good_site, run_site_build as make_site, snapshot


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return copy_with_good_site(tmp_path_factory.mktemp("atomic"))


def leftovers(root):
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".site"))


@pytest.mark.parametrize("rel, change, warning", [
    # found by MkDocs while it writes the Greek pages (the English ones are already on disk)
    ("docs/el/returns.md", lambda t: t + "\n[Δείτε εδώ](does-not-exist.md)\n", "does-not-exist.md"),
    # found before the pages are written, but --strict stops the build only at its end
    ("docs/en/warranty.md", lambda t: t + "\nOne more sentence in English only.\n", "Translation outdated"),
])
def test_a_failed_strict_build_leaves_the_last_good_site_byte_for_byte(repo, rel, change, warning):
    before = snapshot(repo / "site")
    path = repo / rel
    saved = path.read_bytes()
    try:
        path.write_text(change(saved.decode("utf-8")), "utf-8")
        result = make_site(repo)
    finally:
        path.write_bytes(saved)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert warning.lower() in out.lower()
    assert "site/ left unchanged" in out
    assert snapshot(repo / "site") == before
    assert leftovers(repo) == []


def test_a_good_build_replaces_the_site_whole(repo):
    path = repo / "docs" / "kk" / "contact.md"
    saved = path.read_bytes()
    (repo / "site" / "stale.html").write_text("from an older build", "utf-8")
    try:
        path.write_text(saved.decode("utf-8") + "\nҚосымша сөйлем.\n", "utf-8")
        result = make_site(repo)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Қосымша сөйлем." in (repo / "site" / "kk" / "contact" / "index.html").read_text("utf-8")
        assert not (repo / "site" / "stale.html").exists()
        assert (repo / "site" / "_headers").is_file()
        assert leftovers(repo) == []
    finally:
        path.write_bytes(saved)
