"""What the policy guard prints, as an editor reads it in a terminal and as GitHub reads it on a pull request.

The GitHub lines follow GitHub's workflow commands ("Workflow commands for GitHub Actions": `::error file=…,line=…,
col=…::message`, a message's `%`, CR and LF written `%25`, `%0D`, `%0A`), so each problem lands on its line."""
from __future__ import annotations

from helpcenter.policy.report import Problem, Report, Waiver

DRIFT = Problem("docs/kk/returns.md", 12, 5, "kk", "says 14 days where the English page says 30 days",
                found="'14 күн' = 14 days", expected="30 days", other="docs/en/returns.md:9: Return it within 30 days.")
FACT = Problem("docs/el/returns.md", 7, 3, "el", "says '30 ημέρες', the return window typed by hand",
               other="mkdocs.yml extra.policy.return_window")


def test_a_problem_reads_file_and_line_first_then_the_line_it_was_compared_with():
    assert DRIFT.text() == ("docs/kk/returns.md:12: says 14 days where the English page says 30 days\n"
                            "    docs/en/returns.md:9: Return it within 30 days.")


def test_a_fact_problem_does_not_quote_mkdocs_yml_as_a_line():
    assert FACT.text() == "docs/el/returns.md:7: says '30 ημέρες', the return window typed by hand"
    assert FACT.github() == ("::error file=docs/el/returns.md,line=7,col=3::"
                             "says '30 ημέρες', the return window typed by hand")


def test_github_annotation_lands_on_file_line_and_column_with_the_other_line_below():
    assert DRIFT.github() == ("::error file=docs/kk/returns.md,line=12,col=5::"
                              "says 14 days where the English page says 30 days"
                              "%0Adocs/en/returns.md:9: Return it within 30 days.")


def test_github_escapes_percent_and_line_breaks_as_the_spec_says():
    p = Problem("docs/en/a.md", 1, 1, "en", "100% sure\r\nnext", other="docs/kk/a.md:1: 50%")
    assert p.github() == "::error file=docs/en/a.md,line=1,col=1::100%25 sure%0D%0Anext%0Adocs/kk/a.md:1: 50%25"


def test_a_marked_exception_names_what_it_leaves_out():
    w = Waiver("docs/en/support.md", 4, "en", ["48 hours", "2"], "  At peak times up to 48 hours, 2 agents.  ")
    assert w.describe() == "docs/en/support.md:4: not compared (48 hours, 2): At peak times up to 48 hours, 2 agents."
    empty = Waiver("docs/en/support.md", 5, "en", [], "No numbers here.")
    assert empty.describe() == "docs/en/support.md:5: not compared (no quantities): No numbers here."


def test_the_whole_report_lists_problems_exceptions_and_the_counts():
    w = Waiver("docs/en/support.md", 4, "en", ["48 hours", "2"], "Up to 48 hours.")
    report = Report(problems=[DRIFT, FACT], waivers=[w], pages=3, awaiting=2)
    assert not report.ok
    assert report.text().split("\n") == [
        "docs/kk/returns.md:12: says 14 days where the English page says 30 days",
        "    docs/en/returns.md:9: Return it within 30 days.",
        "docs/el/returns.md:7: says '30 ημέρες', the return window typed by hand",
        "Exceptions marked <!-- policy: ignore --> (1):",
        "    docs/en/support.md:4: not compared (48 hours, 2): Up to 48 hours.",
        "policy guard: 2 problem(s), 1 exception(s), 3 page(s), 2 translation(s) awaiting translation not compared",
    ]
    assert report.github().split("\n")[2:] == [
        "::notice file=docs/en/support.md,line=4::policy exception: 48 hours, 2",
        "policy guard: 2 problem(s), 1 exception(s), 3 page(s), 2 translation(s) awaiting translation not compared",
    ]


def test_a_clean_report_is_ok_and_only_counts():
    report = Report(pages=5)
    assert report.ok
    assert report.text() == report.github() == "policy guard: 0 problem(s), 0 exception(s), 5 page(s)"
