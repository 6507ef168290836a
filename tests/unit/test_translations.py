"""Translation status: the English fingerprint, the statuses, stamping, the CLI."""
from __future__ import annotations

import re

import pytest

from helpcenter import translations as tr

EN = """---
title: Returns
description: How to return an item within the return window, step by step.
updated: 2025-07-03
policy: [return_window]
---

# Returns

You can ask for a return within {{ policy.return_window }} days.
"""


def translation(extra: str = "", body: str = "# Қайтару\n\nМәтін.\n") -> str:
    return f"---\ntitle: Қайтару\ndescription: Қайтару туралы.\n{extra}---\n\n{body}"


def test_hash_ignores_wrapping_and_bookkeeping_but_not_wording():
    h = tr.source_hash(EN)
    assert re.fullmatch(r"[0-9a-f]{12}", h), h
    rewrapped = EN.replace("within {{ policy", "within\n{{ policy").replace("# Returns\n", "# Returns\n\n\n")
    assert tr.source_hash(rewrapped) == h
    assert tr.source_hash(EN.replace("2025-07-03", "2026-01-01")) == h          # date bump: not a new version
    assert tr.source_hash(EN.replace("[return_window]", "[]")) == h
    assert tr.source_hash(EN.replace("ask for", "request")) != h                # wording changed
    assert tr.source_hash(EN.replace("title: Returns", "title: Return an item")) != h
    assert tr.source_hash(EN.replace("step by step", "in three steps")) != h    # description is reader text


@pytest.mark.parametrize("text, expected", [
    (None, tr.MISSING),
    (translation(), tr.UNSTAMPED),
    (translation("translation: awaiting\n"), tr.AWAITING),
    (translation(f"source_hash: {tr.source_hash(EN)}\n"), tr.UP_TO_DATE),
    (translation("source_hash: 000000000000\n"), tr.OUTDATED),
])
def test_status_of(text, expected):
    assert tr.status_of(EN, text)[0] == expected


def test_stamp_changes_only_the_hash_line():
    before = translation("updated: 2025-07-03\n")
    stamped = tr.stamp_text(before, "abcdef012345")
    assert stamped == before.replace("updated: 2025-07-03\n", "updated: 2025-07-03\nsource_hash: abcdef012345\n")
    again = tr.stamp_text(stamped, "111111111111")
    assert again == stamped.replace("abcdef012345", "111111111111")
    assert again.count("source_hash") == 1


def test_stamp_keeps_crlf_line_endings():
    before = translation().replace("\n", "\r\n")
    stamped = tr.stamp_text(before, "abcdef012345")
    assert "source_hash: abcdef012345\r\n---\r\n" in stamped
    assert "\n" not in stamped.replace("\r\n", "")


def test_stamp_without_front_matter_is_a_clear_error():
    with pytest.raises(tr.TranslationError, match=r"docs/kk/x.md:1: no front matter"):
        tr.stamp_text("# Title\n", "abcdef012345", "docs/kk/x.md")


def test_bad_yaml_names_file_and_line():
    bad = "---\ntitle: ok\ndescription: [unclosed\n---\n# x\n"
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/x.md:\d+: front matter is not valid YAML"):
        tr.split_front_matter(bad, "docs/kk/x.md")


def make_docs(tmp_path):
    docs = tmp_path / "docs"
    for lang in ("en", "kk", "el"):
        (docs / lang).mkdir(parents=True)
    (docs / "en" / "returns.md").write_text(EN, encoding="utf-8")
    (docs / "en" / "warranty.md").write_text(EN.replace("Returns", "Warranty"), encoding="utf-8")
    (docs / "kk" / "returns.md").write_text(translation(), encoding="utf-8")
    (docs / "el" / "returns.md").write_text(translation("translation: awaiting\n"), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    return docs


def test_collect_and_stamp_roundtrip(tmp_path):
    docs = make_docs(tmp_path)
    status = {(e.lang, e.path): e.status for e in tr.collect(docs)}
    assert status == {("kk", "returns.md"): tr.UNSTAMPED, ("el", "returns.md"): tr.AWAITING,
                      ("kk", "warranty.md"): tr.MISSING, ("el", "warranty.md"): tr.MISSING}
    body_before = (docs / "kk" / "returns.md").read_text(encoding="utf-8").split("---", 2)[2]
    tr.stamp_file(docs, "kk/returns.md")
    after = (docs / "kk" / "returns.md").read_text(encoding="utf-8")
    assert after.split("---", 2)[2] == body_before
    assert {(e.lang, e.path): e.status for e in tr.collect(docs)}[("kk", "returns.md")] == tr.UP_TO_DATE
    # the English article changes: the translation is now outdated
    (docs / "en" / "returns.md").write_text(EN.replace("days", "calendar days"), encoding="utf-8")
    assert {(e.lang, e.path): e.status for e in tr.collect(docs)}[("kk", "returns.md")] == tr.OUTDATED


def test_cli_stamp_unstamped_and_status(tmp_path, monkeypatch, capsys):
    make_docs(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert tr.main(["stamp", "--unstamped"]) == 0
    assert "stamped kk/returns.md" in capsys.readouterr().out
    assert tr.main(["status"]) == 0
    out = capsys.readouterr().out
    assert "kk/returns.md" in out and "up to date" in out and "awaiting translation" in out


def test_cli_errors_are_messages_not_tracebacks(tmp_path, monkeypatch, capsys):
    make_docs(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert tr.main(["stamp", "kk/warranty.md"]) == 1
    assert "docs/kk/warranty.md: no such translation" in capsys.readouterr().err
    assert tr.main(["stamp", "fr/returns.md"]) == 1
    assert "kk, el" in capsys.readouterr().err


def test_status_page_lists_every_article_and_language():
    entries = [tr.Entry("returns.md", "kk", tr.OUTDATED, "Returns", "aaaaaaaaaaaa", "bbbbbbbbbbbb"),
               tr.Entry("returns.md", "el", tr.AWAITING, "Returns", "aaaaaaaaaaaa", None),
               tr.Entry("index.md", "kk", tr.UP_TO_DATE, "Home <b>", "cccccccccccc", "cccccccccccc"),
               tr.Entry("index.md", "el", tr.MISSING, "Home <b>", "cccccccccccc", None)]
    page = tr.status_page_html(entries)
    assert '<meta name="robots" content="noindex' in page
    assert 'data-article="returns.md"' in page and 'data-article="index.md"' in page
    assert page.count('data-status="outdated"') == 1 and page.count('data-status="missing"') == 1
    assert "Home &lt;b&gt;" in page          # titles are escaped
    assert 'href="../kk/returns/"' in page and 'href="../kk/"' in page
    assert "http" not in page                # nothing loaded from elsewhere


def test_stamp_refuses_a_copy_awaiting_translation_and_says_why(tmp_path, monkeypatch, capsys):
    docs = make_docs(tmp_path)
    before = (docs / "el" / "returns.md").read_bytes()
    monkeypatch.chdir(tmp_path)
    assert tr.main(["stamp", "el/returns.md"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("docs/el/returns.md: not stamped:") and "translation: awaiting" in err
    assert "make stamp FILE=el/returns.md" in err and "Traceback" not in err
    assert (docs / "el" / "returns.md").read_bytes() == before
    assert {(e.lang, e.path): e.status for e in tr.collect(docs)}[("el", "returns.md")] == tr.AWAITING


def test_orphans_are_the_translations_without_an_english_article(tmp_path):
    docs = make_docs(tmp_path)
    (docs / "kk" / "only-kk.md").write_text(translation(), encoding="utf-8")
    assert tr.orphans(docs) == [("kk", "only-kk.md")]
    msg = tr.orphan_message("kk", "only-kk.md")
    assert msg.startswith("docs/kk/only-kk.md: ") and "docs/en/only-kk.md" in msg
