"""Translation status as editors meet it: the exact CLI output, messages, the status page, stamping, errors.

Expected values are typed here (or computed with hashlib from the typed text), not taken from the module.
"""
from __future__ import annotations

import hashlib
import re

import pytest

from helpcenter import translations as tr

EN = """---
title: Returns
description: How to return an item.
updated: 2025-07-03
---

# Returns

Ask   within
30 days.
"""
# what readers see of EN, whitespace collapsed: title, description, body
EN_READER_TEXT = "Returns How to return an item. # Returns Ask within 30 days."
EN_HASH = hashlib.sha256(EN_READER_TEXT.encode("utf-8")).hexdigest()[:12]


def kk(extra: str = "") -> str:
    return f"---\ntitle: Қайтару\n{extra}---\n\n# Қайтару\n"


def test_the_fingerprint_is_sha256_of_the_reader_text():
    assert tr.source_text(EN) == EN_READER_TEXT
    assert tr.source_hash(EN) == EN_HASH
    # NFC: a precomposed and a decomposed "ά" are the same text for readers
    assert tr.source_hash("---\ntitle: \u03ac\n---\n") == tr.source_hash("---\ntitle: \u03b1\u0301\n---\n")
    # no front matter: the whole text is the body
    assert tr.source_text("# Hi\n\nthere") == "# Hi there"


@pytest.mark.parametrize("translation, expected", [
    (None, (tr.MISSING, EN_HASH, None)),
    (kk(), (tr.UNSTAMPED, EN_HASH, None)),
    (kk("source_hash: ''\n"), (tr.UNSTAMPED, EN_HASH, None)),
    (kk(f"source_hash: {EN_HASH}\n"), (tr.UP_TO_DATE, EN_HASH, EN_HASH)),
    (kk(f"source_hash: '  {EN_HASH} '\n"), (tr.UP_TO_DATE, EN_HASH, EN_HASH)),
    (kk("source_hash: 123456789012\n"), (tr.OUTDATED, EN_HASH, "123456789012")),   # YAML reads an int
    (kk("translation: awaiting\n"), (tr.AWAITING, EN_HASH, None)),
    (kk("translation: ' Awaiting '\nsource_hash: abc\n"), (tr.AWAITING, EN_HASH, "abc")),
    (kk("translation: done\n"), (tr.UNSTAMPED, EN_HASH, None)),
])
def test_status_of_returns_status_current_and_recorded_hash(translation, expected):
    assert tr.status_of(EN, translation) == expected


def test_is_awaiting():
    assert tr.is_awaiting({"translation": " AWAITING "})
    assert not tr.is_awaiting({"translation": "done"})
    assert not tr.is_awaiting({})
    assert not tr.is_awaiting(None)


# --- front matter errors name file and line ----------------------------------------------------------------

def test_front_matter_errors_name_the_line():
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/x\.md:3: front matter is not valid YAML: mapping "
                                                  r"values are not allowed"):
        tr.split_front_matter("---\ntitle: ok\n  indented: wrong\n---\n", "docs/kk/x.md")
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/x\.md:2: front matter must be 'key: value' lines$"):
        tr.split_front_matter("---\n- a\n- b\n---\nbody\n", "docs/kk/x.md")


def test_front_matter_forms():
    assert tr.split_front_matter("---\n---\nbody")[:2] == ({}, "body")
    assert tr.split_front_matter("---  \ntitle: x\n---\t\nbody")[:2] == ({"title": "x"}, "body")
    assert tr.split_front_matter("---\r\ntitle: x\r\n---\r\nbody")[:2] == ({"title": "x"}, "body")
    assert tr.split_front_matter("---\ntitle: x\n---")[:2] == ({"title": "x"}, "")
    assert tr.split_front_matter("# no front matter\n---\n") == ({}, "# no front matter\n---\n", None)


# --- stamping -------------------------------------------------------------------------------------------

def test_stamp_text_forms():
    assert tr.stamp_text("---\n---\n# x\n", "abcdef012345") == "---\nsource_hash: abcdef012345\n---\n# x\n"
    assert tr.stamp_text("---\r\n---\r\n# x\r\n", "abcdef012345") == "---\r\nsource_hash: abcdef012345\r\n---\r\n# x\r\n"
    before = "---\ntitle: a\nsource_hash :  old one\nb: 2\n---\nsource_hash: body text\n"
    assert tr.stamp_text(before, "abcdef012345") == \
        "---\ntitle: a\nsource_hash: abcdef012345\nb: 2\n---\nsource_hash: body text\n"


def make_docs(tmp_path, kk_returns: str | None = None):
    docs = tmp_path / "docs"
    for lang in ("en", "kk", "el"):
        (docs / lang / "guides").mkdir(parents=True)
    (docs / "en" / "returns.md").write_text(EN, encoding="utf-8")
    (docs / "en" / "guides" / "index.md").write_text("# No title in front matter\n", encoding="utf-8")
    (docs / "kk" / "returns.md").write_text(kk() if kk_returns is None else kk_returns, encoding="utf-8")
    (docs / "el" / "returns.md").write_text(kk("translation: awaiting\n"), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    return docs


def test_collect_in_english_order_then_language_order(tmp_path):
    docs = make_docs(tmp_path)
    assert [(e.path, e.lang, e.status, e.title) for e in tr.collect(docs)] == [
        ("guides/index.md", "kk", tr.MISSING, "guides/index.md"),   # no title: the file name
        ("guides/index.md", "el", tr.MISSING, "guides/index.md"),
        ("returns.md", "kk", tr.UNSTAMPED, "Returns"),
        ("returns.md", "el", tr.AWAITING, "Returns"),
    ]
    assert [(e.lang, e.status) for e in tr.collect(docs, target_langs=("el",))] == [
        ("el", tr.MISSING), ("el", tr.AWAITING)]


def test_stamp_file_writes_the_current_english_hash(tmp_path):
    docs = make_docs(tmp_path)
    tr.stamp_file(docs, "kk/returns.md")
    assert (docs / "kk" / "returns.md").read_text(encoding="utf-8") == kk(f"source_hash: {EN_HASH}\n")
    (docs / "kk" / "guides" / "index.md").write_text(kk(), encoding="utf-8")
    tr.stamp_file(docs, "docs/kk/guides/index.md")                  # the docs/ prefix is accepted
    en_guides = tr.source_hash((docs / "en" / "guides" / "index.md").read_text(encoding="utf-8"))
    assert (docs / "kk" / "guides" / "index.md").read_text(encoding="utf-8") == kk(f"source_hash: {en_guides}\n")
    with pytest.raises(tr.TranslationError, match=r"^docs/en/nope\.md: no English article of that name$"):
        tr.stamp_file(docs, "kk/nope.md")
    with pytest.raises(tr.TranslationError, match=r"^docs/el/guides/index\.md: no such translation"):
        tr.stamp_file(docs, "el\\guides\\index.md")


def test_stamp_file_keeps_crlf_bytes(tmp_path):
    docs = make_docs(tmp_path)
    (docs / "kk" / "returns.md").write_bytes(kk().replace("\n", "\r\n").encode("utf-8"))
    tr.stamp_file(docs, "kk/returns.md")
    assert (docs / "kk" / "returns.md").read_bytes().decode("utf-8") == \
        kk(f"source_hash: {EN_HASH}\n").replace("\n", "\r\n")


@pytest.mark.parametrize("target", ["fr/returns.md", "kk/returns.txt", "kk", "en/returns.md"])
def test_bad_targets_say_how_to_name_a_translation(target, tmp_path):
    docs = make_docs(tmp_path)
    with pytest.raises(tr.TranslationError, match=rf"^{re.escape(target)}: give a translation as <lang>/<file>\.md "
                                                  r"with lang one of kk, el, e\.g\. kk/returns\.md$"):
        tr.stamp_file(docs, target)


# --- messages (the build log) ---------------------------------------------------------------------------

def entry(status, recorded=None):
    return tr.Entry("returns.md", "kk", status, "Returns", "aaaaaaaaaaaa", recorded)


def test_build_log_messages_tell_the_editor_what_to_do():
    # what each message must carry (its wording may change): the file, the status, what to run
    outdated = tr.message(entry(tr.OUTDATED, "bbbbbbbbbbbb"))
    for part in ("docs/kk/returns.md", "outdated", "docs/en/returns.md", "bbbbbbbbbbbb", "aaaaaaaaaaaa",
                 "`make stamp FILE=kk/returns.md`"):
        assert part in outdated, (part, outdated)
    unstamped = tr.message(entry(tr.UNSTAMPED), "content")
    for part in ("content/kk/returns.md", "not stamped", "content/en/returns.md", "`make stamp FILE=kk/returns.md`"):
        assert part in unstamped, (part, unstamped)
    assert "docs/" not in unstamped
    awaiting = tr.message(entry(tr.AWAITING))
    assert "docs/kk/returns.md" in awaiting and "awaiting" in awaiting
    missing = tr.message(entry(tr.MISSING))
    assert "docs/kk/returns.md" in missing and "missing" in missing
    assert "docs/kk/returns.md" in tr.message(entry(tr.UP_TO_DATE))
    assert "up to date" in tr.message(entry(tr.UP_TO_DATE))
    messages = [tr.message(entry(s, "bbbbbbbbbbbb")) for s in tr.STATUSES]
    assert len(set(messages)) == len(messages)


def test_warned_statuses_are_the_promised_ones():
    # CONTRIBUTING: outdated, unstamped and missing translations stop `make site`; awaiting ones do not
    assert tr.WARN_STATUSES == {tr.OUTDATED, tr.UNSTAMPED, tr.MISSING}


def test_summary_counts_every_status_including_zero():
    assert tr.summary([entry(tr.OUTDATED), entry(tr.OUTDATED), entry(tr.MISSING)]) == {
        "up-to-date": 0, "outdated": 2, "unstamped": 0, "awaiting": 0, "missing": 1}


# --- the CLI: exactly what an editor reads --------------------------------------------------------------

def lines(text: str) -> list[str]:
    return [re.sub(r" {2,}", "  ", line.rstrip()) for line in text.splitlines()]


def test_cli_status_prints_one_line_per_translation_and_the_counts(tmp_path, monkeypatch, capsys):
    make_docs(tmp_path)
    monkeypatch.chdir(tmp_path / "docs" / "kk")          # found from a subfolder
    assert tr.main(["status"]) == 0
    assert lines(capsys.readouterr().out) == [
        "kk/guides/index.md  missing",
        "el/guides/index.md  missing",
        "kk/returns.md  not stamped",
        "el/returns.md  awaiting translation",
        "0 up to date, 0 outdated, 1 not stamped, 1 awaiting translation, 2 missing",
    ]
    assert tr.main(["status", "el/returns.md"]) == 0
    assert lines(capsys.readouterr().out) == [
        "el/returns.md  awaiting translation",
        "0 up to date, 0 outdated, 0 not stamped, 1 awaiting translation, 0 missing",
    ]


def test_cli_takes_docs_dir(tmp_path, monkeypatch, capsys):
    docs = make_docs(tmp_path / "repo")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert tr.main(["--docs-dir", str(docs), "stamp", "kk/returns.md"]) == 0
    assert capsys.readouterr().out.startswith(f"stamped kk/returns.md: source_hash {EN_HASH}")
    assert tr.main(["status"]) == 1
    assert f"{elsewhere}: no mkdocs.yml with a docs/ folder here or above\n" in capsys.readouterr().err


def test_cli_stamp_unstamped_then_nothing_left(tmp_path, monkeypatch, capsys):
    docs = make_docs(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert tr.main(["stamp", "--unstamped"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"stamped kk/returns.md: source_hash {EN_HASH}") and out.count("\n") == 1
    assert tr.main(["stamp", "--unstamped"]) == 0
    assert capsys.readouterr().out == "Nothing to stamp: every translation records its English version.\n"
    assert [e.status for e in tr.collect(docs) if e.path == "returns.md"] == [tr.UP_TO_DATE, tr.AWAITING]


def test_cli_stamp_needs_a_file(tmp_path, monkeypatch, capsys):
    make_docs(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        tr.main(["stamp"])
    assert exit_.value.code == 2
    assert "stamp: give translations as <lang>/<file>.md, or --unstamped" in capsys.readouterr().err


def test_cli_bad_front_matter_is_a_message(tmp_path, monkeypatch, capsys):
    make_docs(tmp_path, kk_returns="---\ntitle: ok\n  indented: wrong\n---\n")
    monkeypatch.chdir(tmp_path)
    assert tr.main(["status"]) == 1
    err = capsys.readouterr().err
    assert "docs/kk/returns.md:3: front matter is not valid YAML" in err and "Traceback" not in err


# --- the editors' status page ---------------------------------------------------------------------------

def test_status_page_cells_links_counts_and_names():
    entries = [tr.Entry("guides/index.md", "kk", tr.OUTDATED, "Guides", "aaaaaaaaaaaa", "bbbbbbbbbbbb"),
               tr.Entry("guides/index.md", "el", tr.MISSING, "Guides", "aaaaaaaaaaaa", None),
               tr.Entry("returns.md", "kk", tr.UP_TO_DATE, "Returns", "cccccccccccc", "cccccccccccc")]
    page = tr.status_page_html(entries, site_name="Shop & Co", lang_names={"kk": "Қазақша"})
    assert "<title>Translation status · Shop &amp; Co</title>" in page
    assert '<th scope="col">Қазақша <code>kk</code></th><th scope="col">el <code>el</code></th>' in page
    assert ('<th scope="row"><a href="../guides/">Guides</a><br><code>guides/index.md</code> '
            '<code class="h">aaaaaaaaaaaa</code></th>') in page
    assert ('<td class="s-outdated" data-status="outdated"><a href="../kk/guides/">outdated</a>'
            '<br><code class="h">bbbbbbbbbbbb</code></td>') in page
    assert '<td class="s-missing" data-status="missing">missing</td>' in page     # nothing to link to
    assert '<td class="s-up-to-date" data-status="up-to-date"><a href="../kk/returns/">up to date</a></td>' in page
    assert "<td></td>" in page                                          # returns.md has no el entry
    assert ('<span class="s-up-to-date">1 up to date</span> · <span class="s-outdated">1 outdated</span> · '
            '<span class="s-unstamped">0 not stamped</span> · <span class="s-awaiting">0 awaiting translation'
            '</span> · <span class="s-missing">1 missing</span>') in page
    rows = re.findall(r'<tr data-article="([^"]+)">', page)
    assert rows == ["guides/index.md", "returns.md"]


# --- what editors read from --help, and the CLI's edges ---------------------------------------------------

def test_help_explains_every_command_and_option(capsys):
    with pytest.raises(SystemExit) as exit_:
        tr.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m helpcenter.translations ")
    for text in ("Translation status of the Kazakh and Greek articles.", "--docs-dir DOCS_DIR",
                 "the docs/ folder (default: found from here)", "show every article's status (or the given ones)",
                 "record the current English version in translations"):
        assert text in " ".join(out.split()), text
    for command, texts in (("status", ["translations as <lang>/<file>.md"]),
                           ("stamp", ["translations as <lang>/<file>.md",
                                      "stamp every translation that records no version yet"])):
        with pytest.raises(SystemExit):
            tr.main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        for text in texts:
            assert text in out, (command, text)


def test_a_command_is_required(capsys):
    with pytest.raises(SystemExit) as exit_:
        tr.main([])
    assert exit_.value.code == 2
    assert "required: command" in capsys.readouterr().err


def test_stamp_given_files_and_unstamped_together(tmp_path, monkeypatch, capsys):
    docs = make_docs(tmp_path)
    (docs / "el" / "guides" / "index.md").write_text(kk("source_hash: 000000000000\n"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert tr.main(["stamp", "el/guides/index.md", "--unstamped"]) == 0
    out = capsys.readouterr().out
    assert out.index("stamped el/guides/index.md") < out.index("stamped kk/returns.md")
    statuses = {(e.lang, e.path): e.status for e in tr.collect(docs)}
    assert statuses[("el", "guides/index.md")] == statuses[("kk", "returns.md")] == tr.UP_TO_DATE


@pytest.mark.parametrize("has_config, has_docs", [(True, False), (False, True)])
def test_the_docs_folder_is_found_only_next_to_mkdocs_yml(tmp_path, monkeypatch, capsys, has_config, has_docs):
    if has_config:
        (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    if has_docs:
        (tmp_path / "docs" / "en").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert tr.main(["status"]) == 1
    assert "no mkdocs.yml with a docs/ folder here or above" in capsys.readouterr().err


def test_bad_front_matter_is_named_by_the_file_it_is_in(tmp_path):
    broken = "---\ntitle: ok\n  indented: wrong\n---\n"
    docs = make_docs(tmp_path, kk_returns=broken)
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/returns\.md:3: "):
        tr.collect(docs)
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/returns\.md:3: "):
        tr.stamp_file(docs, "kk/returns.md")
    (docs / "kk" / "returns.md").write_text("# no front matter\n", encoding="utf-8")
    with pytest.raises(tr.TranslationError, match=r"^docs/kk/returns\.md:1: no front matter"):
        tr.stamp_file(docs, "kk/returns.md")
    docs = make_docs(tmp_path / "b")
    (docs / "en" / "returns.md").write_text(broken, encoding="utf-8")
    with pytest.raises(tr.TranslationError, match=r"^docs/en/returns\.md:3: "):
        tr.collect(docs)
    with pytest.raises(tr.TranslationError, match=r"^docs/en/returns\.md:3: "):
        tr.stamp_file(docs, "kk/returns.md")
    with pytest.raises(tr.TranslationError, match=r"^docs/en/returns\.md:3: "):
        tr.status_of(broken, None, source_name="docs/en/returns.md")
    with pytest.raises(tr.TranslationError, match=r"^<source>:3: "):
        tr.status_of(broken, None)
    with pytest.raises(tr.TranslationError, match=r"^docs/en/x\.md:3: "):
        tr.source_hash(broken, "docs/en/x.md")


def test_collect_records_both_hashes(tmp_path):
    docs = make_docs(tmp_path, kk_returns=kk("source_hash: 0123456789ab\n"))
    (entry_,) = [e for e in tr.collect(docs) if (e.lang, e.path) == ("kk", "returns.md")]
    assert (entry_.status, entry_.current, entry_.recorded) == (tr.OUTDATED, EN_HASH, "0123456789ab")


def test_status_page_rows_are_complete_even_when_a_language_has_no_entry():
    entries = [tr.Entry("a.md", "el", tr.AWAITING, "A", "aaaaaaaaaaaa", None),
               tr.Entry("b.md", "kk", tr.MISSING, "B", "bbbbbbbbbbbb", None)]
    page = tr.status_page_html(entries)
    row_a = re.search(r'<tr data-article="a\.md">.*?</tr>', page).group(0)
    assert row_a.endswith('</th><td></td><td class="s-awaiting" data-status="awaiting">'
                          '<a href="../el/a/">awaiting translation</a></td></tr>'), row_a
    row_b = re.search(r'<tr data-article="b\.md">.*?</tr>', page).group(0)
    assert row_b.endswith('<td class="s-missing" data-status="missing">missing</td><td></td></tr>'), row_b
