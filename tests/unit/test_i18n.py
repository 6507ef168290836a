"""Pure functions behind languages: addresses, alternates, sitemap, first-visit suggestion, strings."""
import datetime
from pathlib import Path

import pytest

from helpcenter import i18n, ui

LANGS = [i18n.Language("en", "English", True), i18n.Language("kk", "Қазақша"), i18n.Language("el", "Ελληνικά")]


@pytest.mark.parametrize("src, path", [
    ("index.md", ""), ("returns.md", "returns/"), ("guides/index.md", "guides/"), ("a/b.md", "a/b/"),
])
def test_page_path(src, path):
    assert i18n.page_path(src) == path


@pytest.mark.parametrize("a, b, rel", [
    ("kk/returns/", "el/returns/", "../../el/returns/"),
    ("kk/returns/", "returns/", "../../returns/"),
    ("", "kk/", "kk/"),
    ("kk/", "", "../"),
    ("returns/", "returns/", "./"),
])
def test_relative_url(a, b, rel):
    assert i18n.relative_url(a, b) == rel


def test_scan_translations_marks_missing_languages(tmp_path: Path):
    for lang, names in {"en": ["index.md", "returns.md"], "kk": ["index.md"], "el": ["index.md", "returns.md"]}.items():
        (tmp_path / lang).mkdir()
        for name in names:
            (tmp_path / lang / name).write_text("# x\n", encoding="utf-8")
    (tmp_path / "en" / "new.md").write_text("# New\n", encoding="utf-8")
    (tmp_path / "kk" / "new.md").write_text("---\ntranslation: awaiting\n---\n# New\n", encoding="utf-8")
    found = i18n.scan_translations(tmp_path, LANGS)
    assert found == {"index.md": frozenset({"en", "kk", "el"}), "returns.md": frozenset({"en", "el"}),
                     "new.md": frozenset({"en"})}


def test_sitemap_lists_translations_with_alternates_and_skips_fallbacks():
    translations = {"returns.md": frozenset({"en", "el"})}
    entries = i18n.sitemap_entries(translations, LANGS, "https://h.example/", {("el", "returns.md"): "2025-07-01"})
    locs = [loc for loc, _, _ in entries]
    assert locs == ["https://h.example/returns/", "https://h.example/el/returns/"]  # no /kk/returns/ fallback
    _, lastmod, alts = entries[1]
    assert lastmod == "2025-07-01"
    assert ("x-default", "https://h.example/returns/") in alts
    assert ("kk", "https://h.example/kk/returns/") not in alts
    xml = i18n.render_sitemap(entries)
    assert xml.count("<url>") == 2 and 'hreflang="el" href="https://h.example/el/returns/"' in xml


def test_site_url_with_a_path_prefix():
    assert i18n.absolute("https://h.example/help", LANGS[1], "returns.md") == "https://h.example/help/kk/returns/"


@pytest.mark.parametrize("languages, expected", [
    (["kk-KZ", "ru"], "kk"),
    (["ru-KZ", "en"], "kk"),
    (["el-GR", "en"], "el"),
    (["en-US", "el"], None),   # the reader prefers English: nothing to suggest
    (["ru-RU"], None),         # Russian outside Kazakhstan: no language of ours
    (["de", "el"], "el"),
    ([], None),
])
def test_first_visit_suggestion(languages, expected):
    assert ui.suggestion_for(languages, ["en", "kk", "el"], "en") == expected


def test_every_language_has_every_ui_string():
    keys = set(ui.STRINGS["en"])
    for lang, table in ui.STRINGS.items():
        assert set(table) == keys, f"{lang}: missing {sorted(keys - set(table))}, extra {sorted(set(table) - keys)}"
        for key, value in table.items():
            assert value.strip(), f"{lang}.{key} is empty"
    # Kazakh strings are Kazakh (not Russian): Kazakh-only letters appear.
    assert set("әғқңөұүһі") & set("".join(ui.STRINGS["kk"].values()))


@pytest.mark.parametrize("lang, text", [
    ("en", "3 July 2025"), ("kk", "2025 жылғы 3 шілде"), ("el", "3 Ιουλίου 2025"),
])
def test_dates_read_as_the_language_writes_them(lang, text):
    assert ui.format_date(lang, datetime.date(2025, 7, 3)) == text
    assert ui.format_date(lang, "2025-07-03") == text
    assert ui.format_date(lang, "soon") == "soon"


@pytest.mark.parametrize("text", [
    "---\ntranslation: awaiting\ntitle: x\n---\n# x\n",
    "---\ntitle: x\ntranslation: awaiting\n---\n",
    "---\r\ntitle: x\r\ntranslation: Awaiting\r\n---\r\n",
    "---\ntranslation: 'awaiting'\n---\n",
    "---\ntitle: x\n---\ntranslation: awaiting\n",   # in the body, not the front matter
    "# no front matter\ntranslation: awaiting\n",
    "---\ntitle: x\n---\n",
    "---\ntranslation: done\n---\n",
])
def test_awaiting_marker_is_read_as_the_translation_tools_read_it(tmp_path, text):
    from helpcenter import translations

    page = tmp_path / "page.md"
    page.write_bytes(text.encode("utf-8"))
    meta, _, _ = translations.split_front_matter(text)
    assert i18n._awaiting(page) == translations.is_awaiting(meta)
