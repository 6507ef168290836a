"""Per-language search on the real built site: each language has its own sharded index holding only its
own pages (never a fallback or awaiting copy of an English page), and the judged queries in
tests/data/relevance/ find their article in the top 3 at least 95% of the time -- measured with the
browser's own engine (assets/javascripts/search/engine.js, run in Node) on the very files the site ships."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from helpcenter.search import relevance, shards
from support import LANG_PREFIX, LANGS, ROOT, run_mkdocs

MIN_QUERIES = 30
MIN_HIT3 = 0.95


def _folder(site, lang):
    return site / LANG_PREFIX[lang] / "search"


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_index_of_its_own_pages(built_site, lang):
    folder = _folder(built_site.path, lang)
    manifest = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    hc = manifest["config"]["hc"]
    assert hc["lang"] == lang and hc["path"] == LANG_PREFIX[lang] + "search/"
    assert manifest["docs"] == [], "the manifest every page downloads carries no documents"
    docs = shards.read_docs(folder)
    assert docs, f"{lang}: empty search index"
    for doc in docs:
        loc = doc["location"]
        assert not loc.startswith(("/", "kk/", "el/")), f"{lang}: location {loc!r} is not under /{LANG_PREFIX[lang]}"
        page = built_site.path / LANG_PREFIX[lang] / loc.split("#")[0] / "index.html"
        assert page.is_file(), f"{lang}: {loc!r} points to no page"
    for n, key in enumerate(hc["shards"]):
        terms = json.loads((folder / "t" / f"{n}.json").read_text(encoding="utf-8"))
        assert terms and all(t[:hc["key"]] == key for t in terms), f"{lang}: shard {n} holds terms of other keys"
    # the engine and the worker are part of the site, under our own names; the language's worker carries the
    # engine and this language's manifest, and is the one the pages start
    for name in ("engine.js", "analysis.js", "highlight.js"):
        assert (built_site.path / "assets" / "javascripts" / "search" / name).is_file(), name
    worker = (folder / "worker.js").read_text(encoding="utf-8")
    assert "HcEngine" in worker and f'"v": "{hc["v"]}"' in worker.replace('"v":"', '"v": "')
    html = built_site.html(LANG_PREFIX[lang] + "returns/")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)[1])
    assert config["search"].endswith(f"{LANG_PREFIX[lang]}search/worker.js")


def assert_judged_set_in_top_3(site_path, lang: str, path, min_hit3: float) -> None:
    """The judged queries of ``path`` find their article among the first three results of the built site."""
    judged = relevance.load(path)
    assert len(judged) >= MIN_QUERIES, f"{path}: only {len(judged)} judged queries"
    slugs = {p.stem for p in (ROOT / "docs" / lang).glob("*.md")}
    unknown = [f"{path}:{j.line}: no article {j.slug!r}" for j in judged if j.slug not in slugs]
    assert not unknown, "\n".join(unknown)
    score = relevance.score(lang, judged, relevance.our_ranker(site_path, lang, [j.query for j in judged]))
    missed = "\n".join(f"  {path}:{j.line}: {j.query!r} -> {j.slug}, got {top}" for j, top in score.misses)
    assert score.hit3 >= min_hit3, f"{score.line('ours')}\n{missed}"


@pytest.mark.parametrize("lang", LANGS)
def test_judged_queries_find_their_article_in_the_top_3(built_site, lang):
    assert_judged_set_in_top_3(built_site.path, lang, ROOT / "tests" / "data" / "relevance" / f"{lang}.tsv", MIN_HIT3)


@pytest.fixture(scope="module")
def with_fallbacks(tmp_path_factory):
    """The real site with docs/kk/warranty.md missing (a fallback to English) and docs/el/warranty.md
    awaiting its translator (an English copy): both pages exist in /kk/ and /el/, in English."""
    root = tmp_path_factory.mktemp("search-fallback")
    for name in ("mkdocs.yml", "overrides", "hooks", "docs"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    (root / "docs" / "kk" / "warranty.md").unlink()
    english = (ROOT / "docs" / "en" / "warranty.md").read_text("utf-8")
    (root / "docs" / "el" / "warranty.md").write_text(english.replace("---\n", "---\ntranslation: awaiting\n", 1),
                                                      "utf-8")
    result = run_mkdocs(root / "mkdocs.yml", root / "site", strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


@pytest.mark.parametrize("lang", ["kk", "el"])
def test_fallback_and_awaiting_pages_stay_out_of_the_language_index(with_fallbacks, lang):
    site = with_fallbacks
    assert (site / lang / "warranty" / "index.html").is_file()  # the English copy is published...
    locations = {d["location"].split("#")[0] for d in shards.read_docs(_folder(site, lang))}
    assert "warranty/" not in locations, f"{lang}: the English copy of warranty is in the {lang} index"  # ...unlisted
    assert "returns/" in locations
    # and the reader typing the English article's own title words gets no English page
    (result,) = relevance.run_js(_folder(site, lang), [{"q": "warranty"}])
    assert "warranty/" not in relevance.article_locations(result)
    # English keeps its page
    assert "warranty/" in {d["location"].split("#")[0] for d in shards.read_docs(_folder(site, "en"))}


def test_an_unverified_material_version_stops_the_build_loudly(monkeypatch):
    """Our worker speaks Material's private search protocol: another Material version must fail the build with
    a message saying what to check, not break the search box silently."""
    import importlib.util

    from mkdocs.exceptions import PluginError

    monkeypatch.syspath_prepend(str(ROOT / "hooks"))  # as MkDocs loads a hook: its folder on sys.path
    spec = importlib.util.spec_from_file_location("hc_search_hook", ROOT / "hooks" / "search.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    hook._check_material()  # the installed version is a verified one
    monkeypatch.setattr(hook, "version", lambda name: "10.0.0")
    with pytest.raises(PluginError, match=r"mkdocs-material 10\.0\.0 .*VERIFIED_MATERIAL"):
        hook._check_material()


@pytest.mark.parametrize("lang", LANGS)
def test_the_bundled_language_worker_answers_as_the_engine_does(built_site, lang):
    """The worker file a page starts (<lang>/search/worker.js: the engine without its comment lines, the
    manifest built in, no other download) lists the same results as the engine's sources on the same index."""
    import subprocess
    node = shutil.which("node")
    assert node, "node is needed (apt-get install nodejs)"
    folder = built_site.path / LANG_PREFIX[lang] / "search"
    worker = folder / "worker.js"
    first_line = worker.read_text(encoding="utf-8").split("\n", 1)[0]
    assert ("russian.js" in first_line) == (lang == "kk"), first_line  # the Russian stemmer only on the kk site
    judged = relevance.load(ROOT / "tests" / "data" / "relevance" / f"everyday-{lang}.tsv")[:12]
    queries = [j.query for j in judged]
    run = subprocess.run([node, str(ROOT / "tests" / "site" / "worker_run.js"), str(worker)],
                         input="".join(q + "\n" for q in queries), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    answers = [json.loads(line) for line in run.stdout.splitlines() if line]
    expected = relevance.run_js(folder, [{"q": q} for q in queries])
    assert len(answers) == len(queries)
    for q, got, want in zip(queries, answers, expected):
        assert got is not None and got["items"], f"{q!r}: no answer from the worker"
        assert got["items"] == want["items"], q
