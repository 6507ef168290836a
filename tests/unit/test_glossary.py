"""The terminology check (helpcenter.glossary): rejected variants found with file:line:col, inflected forms
matched, unrelated words and code left alone, a broken glossary named by file and line."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.glossary import GlossaryError, check_docs, check_text, load_glossary, parse_glossary

REPO = Path(__file__).resolve().parents[2]

GLOSSARY = """
kk:
  - term: чек
    reject: [шот-фактура*]
    note: VAT invoice
    allow: ["чек не шот-фактура"]
  - term: резеңке
    reject: [каучук*]
  - term: жөнелту жапсырмасы
    reject: ["жөнелту затбелгі*"]
el:
  - term: ιμάντας
    reject: [ζώνη*, ζώνε*]
    allow: ["ζώνη ώρας"]
  - term: απόδειξη αγοράς
    reject: [τιμολόγι*]
en:
  - term: proof of purchase
    reject: [invoice]
"""


def entries(lang):
    return parse_glossary(GLOSSARY)[lang]


def hits(text, lang):
    return [(h.line, h.col, h.found, h.term) for h in check_text(text, entries(lang), f"docs/{lang}/x.md", lang)]


def test_inflected_kazakh_forms_are_found_with_line_and_column():
    text = "# Тақырып\n\nШот-фактураны сақтаңыз.\nКаучук белдік пен каучуктан жасалған.\n"
    assert hits(text, "kk") == [(3, 1, "Шот-фактураны", "чек"), (4, 1, "Каучук", "резеңке"),
                                (4, 19, "каучуктан", "резеңке")]


def test_a_phrase_split_over_two_lines_is_found_where_it_starts():
    text = "Қорапты жөнелту\nзатбелгісімен бірге суретке түсіріңіз.\n"
    assert hits(text, "kk") == [(1, 9, "жөнелту затбелгісімен", "жөнелту жапсырмасы")]


def test_the_message_names_file_line_column_and_the_preferred_term():
    hit = check_text("Keep the invoice.\n", entries("en"), "docs/en/returns.md", "en")[0]
    assert hit.text() == 'docs/en/returns.md:1:10: uses "invoice"; write "proof of purchase"'
    assert hit.github().startswith("::error file=docs/en/returns.md,line=1,col=10::[en] uses")


def test_greek_forms_match_but_unrelated_words_and_allowed_phrases_do_not():
    text = "Ο ιμάντας (ζώνη) και οι ζώνες.\nΖωντανή συνομιλία, ζωνών, στη ζώνη ώρας σας.\n"
    assert [(l, f) for l, _c, f, _t in hits(text, "el")] == [(1, "ζώνη"), (1, "ζώνες")]


def test_a_word_without_star_matches_only_itself_and_a_word_inside_another_is_no_hit():
    assert hits("invoices, reinvoice, invoice-like, an invoice.\n", "en") == [(1, 39, "invoice", "proof of purchase")]
    assert hits("Σώστε το τιμολόγιό σας.\n", "el")[0][2] == "τιμολόγιό"
    assert hits("Сатып алуды растайтын құжат (чек не шот-фактура).\n", "kk") == []


def test_code_comments_and_front_matter_other_than_title_and_description_are_not_read():
    text = ("---\ntitle: Шот-фактура\nkeywords: [шот-фактура, каучук]\ndescription: каучук\n---\n\n"
            "`шот-фактура` <!-- каучук -->\n\n```\nкаучук\n```\n")
    assert [(l, f) for l, _c, f, _t in hits(text, "kk")] == [(2, "Шот-фактура"), (4, "каучук")]


@pytest.mark.parametrize("text, where, words", [
    ("kk:\n  - term: чек\n    reject: [шот-фактура\n", "glossary.yml:", "not valid YAML"),
    ("kk:\n  - term: чек\n  - term: резеңке\n    reject: [каучук]\n", "glossary.yml:2", "reject"),
    ("kk:\n  - term: чек\n    reject: [шот*фактура]\n", "glossary.yml:2", "`*` may only end a word"),
    ("kk:\n  - term: чек\n    rejects: [x]\n", "glossary.yml:2", "unknown key"),
    ("- чек\n", "glossary.yml:1", "languages as keys"),
])
def test_a_broken_glossary_is_named_by_file_and_line(text, where, words):
    with pytest.raises(GlossaryError) as e:
        parse_glossary(text, "glossary.yml")
    assert str(e.value).startswith(where) and words in str(e.value), str(e.value)


def test_check_docs_reports_repository_relative_paths(tmp_path):
    (tmp_path / "docs" / "kk").mkdir(parents=True)
    (tmp_path / "docs" / "kk" / "returns.md").write_text("# Қайтару\n\nКаучук.\n", encoding="utf-8")
    (tmp_path / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    report = check_docs(tmp_path, tmp_path / "docs", ["en", "kk", "el"], load_glossary(tmp_path))
    assert not report.ok
    assert report.text().splitlines()[0] == 'docs/kk/returns.md:3:1: uses "Каучук"; write "резеңке"'
    assert load_glossary(tmp_path / "nowhere") == {}


def test_the_repository_glossary_loads_and_the_articles_follow_it():
    glossary = load_glossary(REPO)
    assert {"kk", "el"} <= set(glossary)
    report = check_docs(REPO, REPO / "docs", ["en", "kk", "el"], glossary)
    assert report.ok, report.text()


PROMISES = """
en:
  - reject: ["we refund*", "or a refund"]
    unless: promises.refunds
    note: the sources promise returns and exchanges only
"""


def test_a_promise_is_refused_while_its_store_setting_is_off_and_allowed_once_on(tmp_path):
    (tmp_path / "docs" / "en").mkdir(parents=True)
    page = tmp_path / "docs" / "en" / "returns.md"
    page.write_text("# Returns\n\nThis help center does not set out refunds.\nWe refund you in 5 days.\n",
                    encoding="utf-8")
    (tmp_path / "glossary.yml").write_text(PROMISES, encoding="utf-8")
    glossary = load_glossary(tmp_path)
    off = check_docs(tmp_path, tmp_path / "docs", ["en"], glossary, {"promises": {"refunds": False}})
    assert [h.text() for h in off.hits] == [
        'docs/en/returns.md:4:1: uses "We refund": a promise this store does not make '
        "(extra.promises.refunds is off in mkdocs.yml) (the sources promise returns and exchanges only)"]
    assert not check_docs(tmp_path, tmp_path / "docs", ["en"], glossary, None).ok      # no setting: off
    on = check_docs(tmp_path, tmp_path / "docs", ["en"], glossary, {"promises": {"refunds": True}})
    assert on.ok, on.text()


def test_unless_must_name_a_setting():
    with pytest.raises(GlossaryError) as e:
        parse_glossary("en:\n  - reject: [x]\n    unless: 'promises refunds'\n", "glossary.yml")
    assert str(e.value).startswith("glossary.yml:2: [en] `unless:`"), str(e.value)


def test_the_repository_promises_match_settings_in_mkdocs_yml():
    """Every `unless:` in glossary.yml names a flag that mkdocs.yml sets (a typo would silently check nothing)."""
    import yaml
    from helpcenter.glossary import setting
    from helpcenter.policy.config import MkDocsYamlLoader
    extra = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=MkDocsYamlLoader)["extra"]
    named = {e.unless for entries in load_glossary(REPO).values() for e in entries if e.unless}
    assert named, "no promise entries in glossary.yml"
    assert all(setting(extra, name) is False for name in named), {n: setting(extra, n) for n in named}
