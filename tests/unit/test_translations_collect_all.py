"""`collect_all`: what the build log tells editors about every translation (status) and every orphan page, in one
call, for the languages asked for (hooks/translations.py). Expected values typed by hand."""
from __future__ import annotations

from pathlib import Path

from helpcenter import translations as tr


def write(docs: Path, rel: str, text: str) -> None:
    path = docs / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def make_docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    write(docs, "en/returns.md", "---\ntitle: Returns\n---\n\n# Returns\n\nSend it back.\n")
    write(docs, "en/sizes.md", "---\ntitle: Sizes\n---\n\n# Sizes\n")
    write(docs, "kk/returns.md", "---\ntitle: Қайтару\nsource_hash: abc123abc123\n---\n\n# Қайтару\n")
    write(docs, "kk/kk-only.md", "---\ntitle: Тек қазақша\n---\n\n# Тек қазақша\n")
    write(docs, "el/sizes.md", "---\ntitle: Sizes\ntranslation: awaiting\n---\n\n# Sizes\n")
    write(docs, "el/el-only.md", "# Μόνο ελληνικά\n")
    return docs


def test_collect_all_gives_every_status_and_every_orphan(tmp_path):
    entries, orphans = tr.collect_all(make_docs(tmp_path))
    assert [(e.path, e.lang, e.status, e.title, e.recorded) for e in entries] == [
        ("returns.md", "kk", tr.OUTDATED, "Returns", "abc123abc123"),
        ("returns.md", "el", tr.MISSING, "Returns", None),
        ("sizes.md", "kk", tr.MISSING, "Sizes", None),
        ("sizes.md", "el", tr.AWAITING, "Sizes", None),
    ]
    assert orphans == [("kk", "kk-only.md"), ("el", "el-only.md")]


def test_collect_all_only_looks_at_the_languages_asked_for(tmp_path):
    entries, orphans = tr.collect_all(make_docs(tmp_path), target_langs=("el",))
    assert [(e.path, e.lang, e.status) for e in entries] == [
        ("returns.md", "el", tr.MISSING), ("sizes.md", "el", tr.AWAITING)]
    assert orphans == [("el", "el-only.md")]


def test_collect_all_with_another_source_language(tmp_path):
    # Kazakh as the source: its two articles are looked for in English; the English page it lacks is an orphan
    entries, orphans = tr.collect_all(make_docs(tmp_path), source_lang="kk", target_langs=("en",))
    assert [(e.path, e.lang, e.status, e.title) for e in entries] == [
        ("kk-only.md", "en", tr.MISSING, "Тек қазақша"),
        ("returns.md", "en", tr.UNSTAMPED, "Қайтару"),
    ]
    assert orphans == [("en", "sizes.md")]
