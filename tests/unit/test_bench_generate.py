"""The benchmark's synthetic help center (bench/generate.py): deterministic, the requested size, and parallel
enough across languages that the policy guard accepts it (so `make bench` measures a site that really builds)."""
from __future__ import annotations

import importlib.util
import re

import pytest

from support import ROOT

from helpcenter.policy.config import load_site_config
from helpcenter.policy.guard import check_docs

spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_input_same_files(tmp_path):
    generate.generate(3, tmp_path / "a")
    generate.generate(3, tmp_path / "b")
    a, b = _tree(tmp_path / "a" / "docs"), _tree(tmp_path / "b" / "docs")
    assert a == b


def test_requested_count_in_every_language_with_the_same_names(tmp_path):
    docs = generate.generate(3, tmp_path / "site")
    names = {lang: sorted(p.name for p in (docs / lang).glob("*.md")) for lang in generate.LANGS}
    assert len(names["en"]) == 3 + 1  # three articles and the home page
    assert names["kk"] == names["en"] == names["el"]


def test_policy_guard_finds_the_quantities_parallel(tmp_path):
    generate.generate(3, tmp_path / "site")
    site = load_site_config(tmp_path / "site" / "mkdocs.yml")
    report = check_docs(site.root, site.docs_dir, site.langs, site.facts, site.context, site.default_lang)
    assert report.ok, report.text()
    assert report.pages == 4


@pytest.mark.parametrize("i", range(0, 60, 7))
def test_articles_are_150_to_600_words_with_headings_and_placeholders(i):
    page = generate.article(i, 60)["en"]
    body = re.sub(r"\{\{.*?\}\}", "30", page["body"])
    words = len(re.findall(r"\w+", re.sub(r"\]\([^)]*\)", "]", body)))
    assert 150 <= words <= 600
    assert "\n## " in body and "{{ policy." in page["body"]


def test_hooks_off_config_keeps_plugins_and_drops_hooks(tmp_path):
    generate.generate(3, tmp_path / "site")
    cfg = (tmp_path / "site" / "mkdocs-nohooks.yml").read_text(encoding="utf-8")
    assert "hooks:" not in cfg and "i18n:" in cfg and "- search" in cfg
    with_hooks = (tmp_path / "site" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" in with_hooks and str(ROOT / "hooks") in with_hooks


def test_readme_section_is_replaced_between_markers_only(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_readme", ROOT / "bench" / "readme.py")
    readme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(readme)
    doc, results = tmp_path / "README.md", tmp_path / "results.md"
    doc.write_text("# Title\n\nIntro.\n", encoding="utf-8")
    results.write_text("| measure | en |\n|---|---|\n| build_s | 1.0 s |\n", encoding="utf-8")
    readme.update(doc, results)
    first = doc.read_text(encoding="utf-8")
    assert first.startswith("# Title\n\nIntro.\n") and "## Performance" in first and "| build_s | 1.0 s |" in first
    results.write_text("| measure | en |\n|---|---|\n| build_s | 2.0 s |\n", encoding="utf-8")
    readme.update(doc, results)
    second = doc.read_text(encoding="utf-8")
    assert "2.0 s" in second and "1.0 s" not in second and second.count("## Performance") == 1
