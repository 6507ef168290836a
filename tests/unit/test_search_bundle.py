"""The language worker file (helpcenter.search.bundle): comment lines out, code byte for byte, the Russian
stemmer only where Russian words are indexed, the manifest built in before worker.js."""
from __future__ import annotations

from helpcenter.search import bundle


def test_whole_line_comments_go_and_code_stays_as_written():
    js = "\n".join([
        "/* a block",
        " * over lines */",
        "var a = 1 // a trailing comment stays: it is on a code line",
        "  // a comment line",
        "",
        "var s = '/* not a comment */' + \"// nor this\"",
        "/* one line */ var b = 2",
        "/** doc",
        " */ var c = 3",
        "var d = a /* inline */ + b",
    ])
    assert bundle.without_comment_lines(js).split("\n") == [
        "var a = 1 // a trailing comment stays: it is on a code line",
        "var s = '/* not a comment */' + \"// nor this\"",
        "var b = 2",
        "var c = 3",
        "var d = a /* inline */ + b",
        "",
    ]


def test_the_worker_file_names_its_parts_and_carries_the_manifest_before_the_worker():
    scripts = {"russian.js": "var R = 1", "analysis.js": "var A = 2", "engine.js": "var E = 3",
               "worker.js": "if (self.hcManifest) start()"}
    kk = bundle.worker_script("kk", scripts, '{"config": {"hc": {"v": "x"}}}\n')
    el = bundle.worker_script("el", scripts, '{"config": {}}')
    assert kk.split("\n", 1)[0].count("russian.js") == 1 and "var R = 1" in kk
    assert "russian.js" not in el.split("\n", 1)[0] and "var R = 1" not in el
    order = [kk.index(s) for s in ("var R = 1", "var A = 2", "var E = 3", "self.hcManifest = {", "start()")]
    assert order == sorted(order)
