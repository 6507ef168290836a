"""The terminology check inside real builds: a throwaway site from the real mkdocs.yml, hooks and glossary."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from support import ROOT, run_mkdocs
from test_policy_build import make_site as policy_site

PAGE = """---
title: {title}
description: {title} — a page long enough to be a description for this test site.
policy: []
---

# {title}

{body}
"""
BODIES = {
    "en": ("Returns", "Keep your proof of purchase."),
    "kk": ("Қайтару", "Чекті сақтаңыз.\n\n`шот-фактура` деген код."),
    "el": ("Επιστροφές", "Κρατήστε την απόδειξη αγοράς."),
}


def make_site(tmp_path: Path, **bodies: str) -> Path:
    """The policy tests' throwaway site (real config and hooks) with these pages and the real glossary."""
    texts = {}
    for lang, (title, body) in BODIES.items():
        texts[f"{lang}/returns.md"] = PAGE.format(title=title, body=bodies.get(lang, body))
        texts[f"{lang}/index.md"] = PAGE.format(title=title, body="")
    cfg = policy_site(tmp_path, texts)
    shutil.copy(ROOT / "glossary.yml", tmp_path / "glossary.yml")
    return cfg


def test_preferred_terms_build_and_code_is_not_checked(tmp_path):
    result = run_mkdocs(make_site(tmp_path), tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "glossary: 0 problem(s)" in result.stderr


def test_a_rejected_term_stops_the_build_and_make_check_with_file_line_col(tmp_path):
    cfg = make_site(tmp_path, kk="Чекті сақтаңыз.\n\nШот-фактураңызды да сақтаңыз.",
                    el="Κρατήστε το τιμολόγιο και τον ιμάντα (ζώνη).")
    for strict in (True, False):
        result = run_mkdocs(cfg, tmp_path / f"site-{strict}", strict=strict)
        out = result.stdout + result.stderr
        assert result.returncode != 0, out
        assert 'docs/kk/returns.md:11:1: uses "Шот-фактураңызды"; write "чек"' in out, out
        assert 'docs/el/returns.md:9:13: uses "τιμολόγιο"; write "απόδειξη αγοράς"' in out, out
        assert 'docs/el/returns.md:9:39: uses "ζώνη"; write "ιμάντας"' in out, out
        assert "Traceback" not in out
        assert not (tmp_path / f"site-{strict}" / "kk" / "returns" / "index.html").exists()
    check = subprocess.run([sys.executable, "-m", "helpcenter.check", "--format", "github", "--config", str(cfg)],
                           capture_output=True, text=True)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "::error file=docs/kk/returns.md,line=11,col=1::[kk] uses" in check.stdout, check.stdout
