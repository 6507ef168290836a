"""The guard as an editor meets it: headings, front-matter-only files, page names across languages
(issue 15: tests written for mutants that survived, expected values typed by hand)."""
from __future__ import annotations

from pathlib import Path

from helpcenter.policy.facts import load_facts
from helpcenter.policy.guard import check_docs
from helpcenter.policy.render import body_start_line, build_context

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day",
                      "about": {"en": ["return"], "kk": ["қайтар"], "el": ["επιστροφ", "επιστρεψ"]}},
    "first_reply": {"value": 24, "unit": "hour", "about": {"en": ["reply"], "kk": ["жауап"], "el": ["απαντ"]}},
})
CONTEXT = build_context({"store": {"name": "Example Store"}}, FACTS)


def run(tmp_path: Path, pages: dict[str, dict[str, str]], langs=("en", "kk", "el"), workers: int = 1):
    for lang, files in pages.items():
        for name, text in files.items():
            path = tmp_path / "docs" / lang / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return check_docs(tmp_path, tmp_path / "docs", list(langs), FACTS, CONTEXT, "en", workers=workers)


FRONT = "---\ntitle: T\ndescription: d\npolicy: []\n---\n\n"


def test_a_wrong_fact_in_a_heading_that_starts_with_the_number_is_caught(tmp_path):
    en = FRONT + "# {{ policy.return_window }} days to return\n"
    kk = FRONT + "# 14 күн ішінде қайтару\n"
    report = run(tmp_path, {"en": {"p.md": en}, "kk": {"p.md": kk}})
    (p,) = report.problems
    assert (p.path, p.line, p.col) == ("docs/kk/p.md", 7, 3)
    assert p.message.startswith("says 14 days; the return window is 30 days")


def test_the_body_starts_after_the_closing_line_of_the_front_matter():
    assert body_start_line("# T\n") == 1
    assert body_start_line("---\ntitle: T\n---\n# T\n") == 4
    assert body_start_line("---\ntitle: T\n---\n") == 4
    # a file that is only front matter, without a final newline: its body (empty) comes after line 3
    assert body_start_line("---\ntitle: T\n---") == 4
    assert body_start_line("---\ntitle: T\n...") == 4


def test_a_front_matter_only_file_without_final_newline_keeps_its_last_key(tmp_path):
    # the last key is read like any other: here an unknown fact, which must be reported on line 3
    text = "---\ntitle: T\npolicy: [return_windw]\n---"
    report = run(tmp_path, {"en": {"p.md": text}})
    (p,) = report.problems
    assert p.text() == ("docs/en/p.md:3: the front matter names an unknown policy fact "
                        "'return_windw': did you mean 'return_window'?")
