"""`python -m helpcenter.check` (the policy guard without a build, as CI runs it): its own front-matter errors, and
`--jobs`: the report is the same whichever number of processes reads the pages."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from test_policy_build import EL, EN, KK, make_site, pages


def check(cfg, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpcenter.check", "--config", str(cfg), *args],
                          capture_output=True, text=True, cwd=cfg.parent)


@pytest.fixture(scope="module")
def drifted(tmp_path_factory):
    """Twelve articles in three languages, drifts in several of them (enough files for two processes to split)."""
    root = tmp_path_factory.mktemp("drifted")
    changes = {}
    for n in range(12):
        # two of every three Greek pages state a reply time by hand that differs from the fact
        el = EL.replace("{{ policy.first_reply }} ώρες", f"{24 + n % 3} ώρες") if n % 3 else EL
        kk = KK.replace("{{ policy.processing_time }} жұмыс", "1-ден 5-ке жұмыс") if n % 4 == 0 else KK
        changes.update({f"en_a{n:02d}": EN, f"kk_a{n:02d}": kk, f"el_a{n:02d}": el})
    return make_site(root, pages(**changes))


def test_the_report_is_the_same_with_one_and_two_jobs(drifted):
    one, two = check(drifted, "--jobs", "1"), check(drifted, "--jobs", "2")
    assert one.returncode == two.returncode == 1, one.stdout + one.stderr
    assert one.stdout == two.stdout
    assert "Traceback" not in one.stderr + two.stderr
    # the control: the report really lists the drifts of many files (8 Greek, 3 Kazakh)
    assert len(set(re.findall(r"docs/el/a\d\d\.md:\d+", one.stdout))) == 8, one.stdout
    assert len(set(re.findall(r"docs/kk/a\d\d\.md:\d+", one.stdout))) == 3, one.stdout
    gh1, gh2 = check(drifted, "--jobs", "1", "--format", "github"), check(drifted, "--jobs", "2", "--format", "github")
    assert gh1.stdout == gh2.stdout and gh1.stdout.count("::error file=") >= 11


def test_the_guard_names_the_line_of_a_front_matter_error(tmp_path):
    bad = KK.replace("title: Қайтару\n", "title: Қайтару\n  bad: indent\n")      # file line 3
    assert bad.splitlines()[2] == "  bad: indent"
    result = check(make_site(tmp_path, pages(kk_returns=bad)))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(r"^docs/kk/returns\.md:3\b.*front matter is not valid YAML", result.stdout, re.M), result.stdout


def test_the_guard_reports_a_front_matter_error_by_file_without_a_traceback(tmp_path):
    bad = KK.replace("title: Қайтару\n", "title: Қайтару\n  bad: indent\n")
    result = check(make_site(tmp_path, pages(kk_returns=bad)))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(r"^docs/kk/returns\.md:\d+.*front matter is not valid YAML", result.stdout, re.M), result.stdout
    # the other pages are still checked: a problem elsewhere is reported in the same run
    both = check(make_site(tmp_path / "both", pages(kk_returns=bad, el_returns=EL.replace("{{ policy.first_reply }} ώρες", "48 ώρες"))))
    assert "docs/kk/returns.md" in both.stdout and re.search(r"docs/el/returns\.md:\d+.*48", both.stdout), both.stdout
