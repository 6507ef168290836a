"""The policy guard inside real builds: a throwaway site made from the real mkdocs.yml, overrides and hooks."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from helpcenter import mkdocs_yaml
from support import ROOT, free_port, run_mkdocs

EN = """---
title: Returns
description: How long you have to return an item and how fast we reply to you.
updated: 2025-07-03
policy: [return_window]
---

# Returns

You can return an item within {{ policy.return_window }} days of receipt.
We reply within {{ policy.first_reply }} hours. Orders take {{ policy.processing_time }} business days.

```
{{ not_rendered }} 14 days
```
"""
KK = """---
title: Қайтару
description: Тауарды қанша уақыт ішінде қайтаруға болады және біз қаншалықты тез жауап береміз.
updated: 2025-07-03
policy: [return_window]
---

# Қайтару

Тауарды алған күннен бастап {{ policy.return_window }} күн ішінде қайтаруға болады.
Біз {{ policy.first_reply }} сағат ішінде жауап береміз. Тапсырыстар {{ policy.processing_time }} жұмыс күні ішінде өңделеді.
"""
EL = """---
title: Επιστροφές
description: Πόσο χρόνο έχετε για να επιστρέψετε ένα προϊόν και πόσο γρήγορα απαντάμε.
updated: 2025-07-03
policy: [return_window]
---

# Επιστροφές

Μπορείτε να επιστρέψετε ένα προϊόν εντός {{ policy.return_window }} ημερών από την παραλαβή.
Απαντάμε μέσα σε {{ policy.first_reply }} ώρες. Οι παραγγελίες διεκπεραιώνονται σε {{ policy.processing_time }} εργάσιμες ημέρες.
"""
DRIFT_LINE = 11   # the line of EL holding "{{ policy.first_reply }} ώρες"


def make_site(tmp_path: Path, pages: dict[str, str], policy: dict | None = None) -> Path:
    """A tiny site: the real config (theme, plugins, hooks, facts) with only our pages and no nav."""
    config = mkdocs_yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("nav", "extra_css", "extra_javascript", "site_url"):
        config.pop(key, None)
    config["theme"].pop("favicon", None)
    config["extra"].pop("top_articles", None)
    # translation fingerprints are not what these builds are about (tests/site/test_status_page.py)
    config["hooks"] = [h for h in config["hooks"] if not h.endswith("translations.py")]
    if policy is not None:
        config["extra"]["policy"] = policy
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    for lang in ("en", "kk", "el"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    for rel, text in pages.items():
        (tmp_path / "docs" / rel).write_text(text, encoding="utf-8")
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(mkdocs_yaml.dump(config), encoding="utf-8")
    return cfg


def pages(**changes: str) -> dict[str, str]:
    base = {"en/returns.md": EN, "kk/returns.md": KK, "el/returns.md": EL}
    for lang, title in (("en", "Help"), ("kk", "Анықтама"), ("el", "Βοήθεια")):
        base[f"{lang}/index.md"] = f"---\ntitle: {title}\ndescription: {title} {title} {title}\npolicy: []\n---\n\n# {title}\n"
    base.update({k.replace("_", "/", 1) + ".md": v for k, v in changes.items()})
    return base


def output(result: subprocess.CompletedProcess) -> str:
    return result.stdout + result.stderr


def test_parallel_pages_build_clean_and_render_the_facts(tmp_path):
    cfg = make_site(tmp_path, pages())
    result = run_mkdocs(cfg, tmp_path / "site")
    assert result.returncode == 0, output(result)
    html = (tmp_path / "site" / "returns" / "index.html").read_text(encoding="utf-8")
    assert "within 30 days of receipt" in html and "1–3 business days" in html
    assert "{{ not_rendered }} 14 days" in html          # code is left exactly as written
    assert "εντός 30 ημερών" in (tmp_path / "site" / "el" / "returns" / "index.html").read_text(encoding="utf-8")
    # the guard ran once for the whole build, not once per language
    assert len(re.findall(r"policy guard: 0 problem", output(result))) == 1, output(result)


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
def test_a_drift_stops_the_build_with_file_line_col(tmp_path, strict):
    drifted = EL.replace("{{ policy.first_reply }} ώρες", "48 ώρες")
    cfg = make_site(tmp_path, pages(el_returns=drifted))
    result = run_mkdocs(cfg, tmp_path / "site", strict=strict)
    assert result.returncode != 0
    # one report, in words, file and line first, saying what to write
    assert (f"docs/el/returns.md:{DRIFT_LINE}: says 48 hours; the first reply is 24 hours: "
            "write {{ policy.first_reply }} ώρες") in output(result), output(result)
    assert output(result).count(f"docs/el/returns.md:{DRIFT_LINE}:") == 1, output(result)


def test_the_cli_reports_the_same_drift_for_github(tmp_path):
    cfg = make_site(tmp_path, pages(el_returns=EL.replace("{{ policy.first_reply }} ώρες", "48 ώρες"),
                                    kk_returns=KK.replace("{{ policy.processing_time }}", "1-ден 5-ке дейін")))
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "helpcenter.check", "--format", "github", "--config", str(cfg)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert time.monotonic() - started < 5
    assert result.returncode == 1, output(result)
    assert re.search(rf"^::error file=docs/el/returns\.md,line={DRIFT_LINE},col=\d+::says 48 hours; .*first_reply", result.stdout, re.M)
    assert re.search(r"^::error file=docs/kk/returns\.md,line=11,col=\d+::says 1–5 business days; .*processing_time", result.stdout, re.M)
    clean = make_site(tmp_path / "clean", pages())
    ok = subprocess.run([sys.executable, "-m", "helpcenter.check", "--config", str(clean)], capture_output=True, text=True)
    assert ok.returncode == 0, output(ok)


def test_an_unknown_placeholder_names_file_line_and_the_closest_name(tmp_path):
    cfg = make_site(tmp_path, pages(kk_returns=KK.replace("policy.return_window", "policy.retrun_window")))
    result = run_mkdocs(cfg, tmp_path / "site", strict=False)
    assert result.returncode != 0
    assert re.search(r"docs/kk/returns\.md:10(:\d+)?: (\[kk\] )?unknown placeholder 'policy\.retrun_window', "
                     r"did you mean 'policy\.return_window'\?", output(result)), output(result)
    assert "Traceback" not in output(result)


def test_bad_facts_stop_the_build_naming_the_key(tmp_path):
    cfg = make_site(tmp_path, pages(), policy={"processing_time": {"min": 3, "max": 1, "unit": "business_day"}})
    result = run_mkdocs(cfg, tmp_path / "site", strict=False)
    assert result.returncode != 0
    assert "extra.policy.processing_time.min: min 3 is above max 1" in output(result), output(result)
    assert "Traceback" not in output(result)


def test_serve_shows_the_drift_and_keeps_serving(tmp_path):
    cfg = make_site(tmp_path, pages(el_returns=EL.replace("{{ policy.first_reply }} ώρες", "48 ώρες")))
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONWARNINGS="ignore")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(cfg), "-a", f"127.0.0.1:{port}",
                             "--no-livereload"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env, cwd=tmp_path)
    try:
        html = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/el/returns/", timeout=2) as r:
                    html = r.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.3)
        assert proc.poll() is None, proc.stdout.read()
        assert html is not None
        assert "policy-guard-alert" in html and f"docs/el/returns.md:{DRIFT_LINE}:" in html
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert f"docs/el/returns.md:{DRIFT_LINE}:" in out


def test_the_real_docs_pass_the_guard():
    result = subprocess.run([sys.executable, "-m", "helpcenter.check", "--config", str(ROOT / "mkdocs.yml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, output(result)
