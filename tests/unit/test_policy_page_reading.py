"""Reading one page as the guard does (`read_page`): every quantity an editor wrote, at the line and column the
report will show, and every front-matter mistake at its line with what to write. Expected values counted by hand
from the texts below (issue 15: tests for mutants that survived)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.page import read_page
from helpcenter.policy.render import build_context

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day",
                      "about": {"en": ["return"], "kk": ["қайтар"], "el": ["επιστροφ", "επιστρεψ"]}},
    "first_reply": {"value": 24, "unit": "hour", "about": {"en": ["reply"], "kk": ["жауап"], "el": ["απαντ"]}},
})
CTX = build_context({"store": {"name": "Example Store"}}, FACTS)


pytestmark = pytest.mark.usefixtures("fresh_renderer")  # tests/unit/conftest.py


def read(tmp_path: Path, text: str, lang: str = "en", context: dict = CTX):
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    problems: list = []
    page = read_page(path, f"docs/{lang}/p.md", lang, FACTS, context, problems)
    return page, problems


PAGE = ('---\ntitle: "Returns: 14 days"\ndescription: Send 2 photos.\npolicy: return_window\n'
        'translation: " Awaiting "\n---\n\n# Returns\n\n'
        'Return within {{ policy.return_window }} days, with 2 photos.\n\n'     # line 10
        'At peak times 48 hours. <!-- policy: ignore -->\n\n'                     # line 12
        '<!-- a note\nkeep 5 steps -->\n'                                         # lines 14-15: a comment
        'Wait 7 days.\n')                                                         # line 16


def test_every_quantity_is_found_at_its_source_line_and_column(tmp_path):
    page, problems = read(tmp_path, PAGE)
    assert problems == []
    assert [(f.line, f.col, f.q.text, f.waived, f.topic, f.literal) for f in page.found] == [
        (2, 18, "14 days", False, "return_window", True),      # the title, after `title: "Returns: `
        (3, 19, "2", False, None, True),                       # the description
        (10, 15, "30 days", False, "return_window", False),    # rendered from the placeholder at its `{{`
        (10, 53, "2", False, "return_window", True),           # after the placeholder: the source column
        (12, 15, "48 hours", True, None, True),                # marked as an exception
        (16, 6, "7 days", False, None, True),                  # the comment's "5 steps" is not read
    ]
    assert (page.declared, page.declared_line, page.waived_lines) == (["return_window"], 4, [12])
    assert page.awaiting and not page.broken
    assert (page.path, page.lang, page.line_text(2), page.line_text(99)) == (
        "docs/en/p.md", "en", 'title: "Returns: 14 days"', "")


def test_a_page_without_front_matter_is_read_from_its_first_line(tmp_path):
    page, problems = read(tmp_path, "# 3 photos\nWe reply within 24 hours.\n")
    assert problems == []
    assert [(f.line, f.col, f.q.text, f.topic) for f in page.found] == [
        (1, 3, "3", None), (2, 17, "24 hours", "first_reply")]
    assert (page.declared, page.declared_line, page.awaiting) == ([], 1, False)


def test_front_matter_that_is_not_yaml_is_reported_at_its_line(tmp_path):
    page, problems = read(tmp_path, "---\ntitle: T\npolicy: [return_window\nupdated: x\n---\n\nWait 7 days.\n")
    (p,) = problems
    assert (p.path, p.col) == ("docs/en/p.md", 1)
    assert p.text() == ("docs/en/p.md:4: the front matter is not valid YAML (did not find expected ',' or ']'): "
                        "write one `key: value` per line, lists as [a, b], and put a value holding ': ' or '#' in "
                        "quotes")
    # the body is still read
    assert [(f.line, f.q.text) for f in page.found] == [(7, "7 days")]


def test_a_policy_that_is_not_a_list_names_the_line_and_the_facts(tmp_path):
    page, problems = read(tmp_path, "---\ntitle: T\n\npolicy: {a: 1}\n---\n\nText.\n")
    (p,) = problems
    assert (p.path, p.line, p.col) == ("docs/en/p.md", 4, 1)
    assert p.message == ("`policy:` in the front matter must be a list of fact ids, e.g. "
                         "policy: [return_window, first_reply], or policy: []")
    assert (p.found, p.expected) == ("{'a': 1}", "e.g. [return_window, first_reply]")
    assert page.declared == []


def test_an_unknown_fact_without_a_close_one_lists_the_facts(tmp_path):
    page, problems = read(tmp_path, "---\npolicy: [first_reply, zzz, return_windw]\n---\nText.\n")
    assert [(p.line, p.col, p.found, p.expected) for p in problems] == [
        (2, 1, "zzz", "return_window, first_reply"), (2, 1, "return_windw", "return_window")]
    assert problems[0].message == ("the front matter names an unknown policy fact 'zzz': the facts are: "
                                   "return_window, first_reply")
    assert page.declared == ["first_reply"]


def test_a_page_whose_placeholder_is_wrong_is_reported_once_and_not_read(tmp_path):
    text = "---\ntitle: T\npolicy: [first_reply]\n---\n\nWait 7 days.\n{{ polcy.first_reply }}\n"
    page, problems = read(tmp_path, text, "kk")
    (p,) = problems
    assert (p.path, p.line, p.col) == ("docs/kk/p.md", 7, 1)
    assert p.message.startswith("unknown placeholder 'polcy'")
    assert page.broken and page.found == [] and page.waived_lines == []
    assert (page.declared, page.declared_line, page.lines[5]) == (["first_reply"], 3, "Wait 7 days.")


def test_columns_around_placeholders_and_lines_after_code(tmp_path):
    ctx = build_context({"store": {"name": "Example Store"}, "contact": {"chat": None}}, FACTS)   # chat: empty
    page, problems = read(tmp_path, (
        "2 days. Or {{ policy.return_window }} days.\n"      # the text after the placeholder also occurs before it
        "```\ncode 5 days\n```\n"                              # code: not read, the lines after it are
        "Wait 7 days.\n"
        "{{ contact.chat }}Wait 8 days.\n"                     # a placeholder that renders as nothing
        "Within {{ policy.return_window }}\n"), context=ctx)   # a placeholder at the end of the line
    assert problems == []
    assert [(f.line, f.col, f.q.text, f.literal) for f in page.found] == [
        (1, 1, "2 days", True), (1, 12, "30 days", False), (5, 6, "7 days", True), (6, 24, "8 days", True),
        (7, 8, "30", False)]


def test_policy_lines_that_yaml_reads_otherwise_than_as_they_look(tmp_path):
    # trailing spaces after an empty list: still an empty list
    page, problems = read(tmp_path, "---\ntitle: T\npolicy: []  \n---\nText.\n")
    assert (problems, page.declared) == ([], [])
    # `yes` in a YAML list is true, a date is a date: neither is a fact id
    page, problems = read(tmp_path, "---\npolicy: [yes]\n---\nText.\n")
    assert [p.message.split(":")[0] for p in problems] == ["the front matter names an unknown policy fact True"]
    page, problems = read(tmp_path, "---\npolicy: 2025-07-03\n---\nText.\n")
    assert [(p.line, p.found) for p in problems] == [(2, "datetime.date(2025, 7, 3)")]
    # a quoted marker still marks the copy as awaiting translation
    page, problems = read(tmp_path, "---\ntranslation: 'awaiting'\n---\nText.\n")
    assert page.awaiting and problems == []


def test_front_matter_that_is_a_list_declares_nothing_and_the_body_is_read(tmp_path):
    page, problems = read(tmp_path, "---\n- a\n- b\n---\nWait 7 days.\n")
    assert (problems, page.declared, page.awaiting) == ([], [], False)
    assert [(f.line, f.q.text) for f in page.found] == [(5, "7 days")]
