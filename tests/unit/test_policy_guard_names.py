"""The guard as an editor meets it: headings, front-matter-only files, page names across languages
(issue 15: tests written for mutants that survived, expected values typed by hand)."""
from __future__ import annotations

from pathlib import Path

from helpcenter.policy.facts import load_facts
from helpcenter.policy.guard import check_docs
from helpcenter.policy.render import build_context

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


def test_a_front_matter_only_file_without_final_newline_keeps_its_last_key(tmp_path):
    # the last key is read like any other: here an unknown fact, which must be reported on line 3
    text = "---\ntitle: T\npolicy: [return_windw]\n---"
    report = run(tmp_path, {"en": {"p.md": text}})
    (p,) = report.problems
    assert p.text() == ("docs/en/p.md:3: the front matter names an unknown policy fact "
                        "'return_windw': did you mean 'return_window'?")


def page(body: str, policy: str = "[]") -> str:
    """Front matter on lines 1-5, the H1 on line 7, the body from line 9."""
    return f"---\ntitle: T\ndescription: d\npolicy: {policy}\n---\n\n# T\n\n{body}\n"


def test_a_fact_one_language_states_is_missing_from_the_other_at_its_heading(tmp_path):
    en = page("Return it within {{ policy.return_window }} days.")
    kk = page("Тауарды қайтаруға болады.")
    problems = run(tmp_path, {"en": {"p.md": en}, "kk": {"p.md": kk}}).problems
    # (the comparison with the English page reports the missing 30 days as well, at the same place)
    assert [(p.path, p.line, p.col, p.found) for p in problems] == [("docs/kk/p.md", 7, 1, "(missing)")] * 2
    (p,) = [p for p in problems if p.message.startswith("does not say the return window")]
    assert p.message == ("does not say the return window (30 days), which docs/en/p.md:9 says: write "
                         "{{ policy.return_window }} days where the Kazakh text speaks of it")
    assert p.expected == "30 days (write {{ policy.return_window }} days)"
    assert p.other == "docs/en/p.md:9: Return it within {{ policy.return_window }} days."


def test_a_declared_fact_stated_nowhere_points_at_the_settings(tmp_path):
    el = page("Μπορείτε να το επιστρέψετε.", policy="[return_window]")
    (p,) = run(tmp_path, {"el": {"p.md": el}}, langs=("el",)).problems
    assert (p.path, p.line, p.col, p.found) == ("docs/el/p.md", 4, 1, "(missing)")
    assert p.message == ("does not say the return window (30 days), which its front matter declares "
                         "(policy: [return_window]): write {{ policy.return_window }} days where the Greek text "
                         "speaks of it, or remove return_window from its `policy:` list")
    assert p.other == "mkdocs.yml extra.policy.return_window"


def test_a_fact_stated_only_on_a_line_marked_as_an_exception_is_still_missing_elsewhere(tmp_path):
    # the English page states it only in an exception; the page that declares it must still say it
    en = page("Within 30 days. <!-- policy: ignore -->")
    kk = page("Қайтаруға болады.", policy="[return_window]")
    problems = run(tmp_path, {"en": {"p.md": en}, "kk": {"p.md": kk}}).problems
    assert [(p.path, p.line, p.found) for p in problems] == [("docs/kk/p.md", 4, "(missing)")]
    assert problems[0].other == "mkdocs.yml extra.policy.return_window"


def test_a_declared_fact_written_without_topic_words_is_its_value_typed_by_hand(tmp_path):
    # "Wait 30 days." names no topic, but the page declares the return window: the 30 days are that fact
    en = page("Wait 30 days.", policy="[return_window]")
    (p,) = run(tmp_path, {"en": {"p.md": en}}, langs=("en",)).problems
    assert (p.path, p.line, p.col) == ("docs/en/p.md", 9, 6)
    assert p.message == ("says '30 days', the return window typed by hand: write {{ policy.return_window }} days, "
                         "so that the page follows mkdocs.yml when the return window changes")
    assert (p.found, p.expected, p.other) == ("'30 days' = 30 days", "{{ policy.return_window }} days",
                                              "mkdocs.yml extra.policy.return_window")


def test_the_placeholder_to_write_keeps_the_unit_as_the_editor_wrote_it(tmp_path):
    el = page("Επιστρέψτε το σε 14 ημέρες.")
    (p,) = run(tmp_path, {"el": {"p.md": el}}, langs=("el",)).problems
    assert p.message == "says 14 days; the return window is 30 days: write {{ policy.return_window }} ημέρες"
    assert p.expected == "30 days (write {{ policy.return_window }} ημέρες)"


def test_the_number_of_worker_processes_for_jobs():
    import os

    from helpcenter.policy.pool import PARALLEL_MIN_FILES, jobs_for
    # `--jobs N` is obeyed (at least one); without it, one process below 1500 files, else one per available CPU
    assert (jobs_for(3, 10), jobs_for(1, 10_000), jobs_for(0, 10), jobs_for(-2, 10)) == (3, 1, 1, 1)
    assert PARALLEL_MIN_FILES == 1500
    assert (jobs_for(None, 0), jobs_for(None, 12), jobs_for(None, 1499)) == (1, 1, 1)
    cpus = len(os.sched_getaffinity(0))
    assert (jobs_for(None, 1500), jobs_for(None, 50_000)) == (cpus, cpus)


def test_an_extra_quantity_on_the_first_line_is_shown_with_its_column_and_the_line_compared(tmp_path):
    en = "Take 2 photos.\n"                       # no front matter, no heading: line 1
    kk = "2 фото түсіріңіз, 7 апта күтіңіз.\n"
    (p,) = run(tmp_path, {"en": {"p.md": en}, "kk": {"p.md": kk}}, langs=("en", "kk")).problems
    assert (p.path, p.line, p.col) == ("docs/kk/p.md", 1, 19)
    assert (p.expected, p.other) == ("the same quantities as docs/en/p.md", "docs/en/p.md:1: Take 2 photos.")
    assert p.github().startswith("::error file=docs/kk/p.md,line=1,col=19::says 7 weeks")


def test_a_fact_stated_without_topic_words_is_what_the_other_pages_are_pointed_to(tmp_path):
    en = page("Wait 30 days.")                                  # the value, with no word saying what it is
    kk = page("Қайтаруға болады.", policy="[return_window]")    # declares it
    el = page("Μπορείτε να το επιστρέψετε.")                     # neither
    problems = run(tmp_path, {"en": {"p.md": en}, "kk": {"p.md": kk}, "el": {"p.md": el}}).problems
    facts = {p.path: p for p in problems if p.message.startswith("does not say the return window")}
    assert sorted(facts) == ["docs/el/p.md", "docs/kk/p.md"]
    assert facts["docs/el/p.md"].message == (
        "does not say the return window (30 days), which docs/en/p.md:9 says: write {{ policy.return_window }} days "
        "where the Greek text speaks of it")
    assert facts["docs/el/p.md"].other == "docs/en/p.md:9: Wait 30 days."
    assert facts["docs/kk/p.md"].other == "docs/en/p.md:9: Wait 30 days."


def test_a_fact_typed_by_hand_after_other_numbers_is_still_reported(tmp_path):
    en = page("Take 2 photos. At peak times 48 hours. <!-- policy: ignore -->\n\nReturn it within 30 days.")
    problems = run(tmp_path, {"en": {"p.md": en}}, langs=("en",)).problems
    assert [(p.line, p.col, p.found) for p in problems] == [(11, 18, "'30 days' = 30 days")]
