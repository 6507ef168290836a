"""The guard's fast paths give exactly what the slow, obvious code gives.

- placeholders: bare `{{ name }}` / `{{ name.attr }}` are substituted without Jinja; anything else, and every
  error, goes through the sandboxed Jinja environment (same output, same messages);
- masking non-quantities: NON_QUANTITY_RE is tried only where a match can begin; same result as its .sub;
- str.isdigit, the first fold of ASCII text, and the per-check line memo.
"""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.policy import quantities as Q
from helpcenter.policy.facts import load_facts
from helpcenter.policy.render import RenderError, build_context, render
from support import examples

R = sys.modules["helpcenter.policy.render"]      # the module (the package exports the function `render`)

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day"},
    "first_reply": {"value": 24, "unit": "hour"},
    "processing_time": {"min": 1, "max": 3, "unit": "business_day"},
})
CTX = build_context({"store": {"name": "Example Store"},
                     "contact": {"email": "help@example.com", "phone": "+1 555 0100", "chat_url": None,
                                 "items": "not the dict method"}}, FACTS)


def jinja_render(text: str, context: dict, path: str = "<text>", first_line: int = 1) -> str:
    """The render without the fast path (what render always did)."""
    masked, saved = R.protect_code(text)
    if "{{" not in text and "{%" not in text or "{{" not in masked and "{%" not in masked:
        return text
    return R._jinja_render(masked, saved, context, path, first_line)


def outcome(fn, text):
    try:
        return "ok", fn(text, CTX, "docs/el/x.md", 7)
    except RenderError as e:
        return "error", str(e)


PIECES = ["{{ store }}", "{{store}}", "{{\tpolicy.return_window\t}}", "{{ policy.first_reply }}",
          "{{ policy.processing_time }}", "{{ contact.email }}", "{{ contact.chat_url }}", "{{ contact.items }}",
          "{{ contact.keys }}", "{{ policy }}", "{{ none }}", "{{ true }}", "{{ self }}", "{{ range }}",
          "{{ stor }}", "{{ policy.retun_window }}", "{{ store | upper }}", "{{ store ~ '!' }}",
          "{{- store }}", "{{ store -}}", "{{ policy['first_reply'] }}", "{% if true %}yes{% endif %}",
          "{!# a comment #!}", "{#return-window}", "{{ policy. }}", "{{ store", "{", "}", "}}", "{{{ store }}",
          "{%", "%}", "`{{ nope }}`", "\n```\n{{ x }}\n```\n", " 30 days ", "\n", "\r\n", "text", "«»", "ς"]


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8))
def test_the_fast_path_renders_and_fails_exactly_like_jinja(pieces):
    text = "".join(pieces)
    assert outcome(render, text) == outcome(jinja_render, text)


@pytest.mark.parametrize("text", [
    "Within {{ policy.return_window }} days, {{ store }} replies in {{ policy.first_reply }} h.\n",
    "{{store}} {{\tcontact.email }}\n`{{ not_rendered }}`\n```\n{{ x }}\n```\n{{ policy.processing_time }}",
])
def test_bare_placeholders_take_the_fast_path(text):
    masked, _ = R.protect_code(text)
    assert R.fast_render(masked, CTX) is not None
    assert render(text, CTX) == jinja_render(text, CTX)


@pytest.mark.parametrize("text", [
    "{{ store | upper }}", "{% if true %}x{% endif %}", "{{ stor }}", "{{ contact.keys }}", "{{ none }}",
    "{{{ store }}", "{!# c #!} {{ store }}", "{{ store }}\r\n", "{{ policy }}", "{{ contact.chat_url }} {{ x }}",
])
def test_anything_else_goes_to_jinja(text):
    masked, _ = R.protect_code(text)
    assert R.fast_render(masked, CTX) is None


def test_unknown_names_keep_their_message_and_line():
    with pytest.raises(RenderError) as info:
        render("# T\n\n{{ store }} within {{ policy.retun_window }} days\n", CTX, "docs/kk/returns.md", 12)
    assert str(info.value) == ("docs/kk/returns.md:14: unknown placeholder 'policy.retun_window', "
                               "did you mean 'policy.return_window'?")


def test_jinja_is_not_imported_for_bare_placeholders():
    import subprocess
    code = ("import sys; from helpcenter.policy.render import render, build_context; "
            "render('{{ store }}', {'store': 'S', 'policy': {}, 'contact': {}}); "
            "print('jinja2' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- Masking ---------------------------------------------------------------------------------------------

def slow_mask(text: str, lang: str) -> str:
    if not any(c.isdigit() for c in text):
        return text
    return Q.NON_QUANTITY_RE[lang].sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


MASK_PIECES = ["1", "12", "2025", "30", "5", "0", "-", "–", ".", ",", "/", ":", " ", "  ", "\n", "+", "(", ")",
               "#", "№", "@", "`", "``", "{", "}", "]", "(", "[a](b.md)", "a", "ab", "B", "xl", "_", "é",
               "www.", "http:", "https://x.io/1", "mailto:", "tel:", "march", "may", "jan", "қаңтар", "мамыр",
               "μαΐου", "ιουνίου", "th", "st", "ші", "η", "help", "x.y", "₸", "$", "²", "①", "٣"]


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(st.sampled_from(MASK_PIECES), max_size=14), st.sampled_from(["en", "kk", "el"]))
def test_masking_is_the_plain_substitution(pieces, lang):
    text = Q.fold("".join(pieces))
    assert Q.mask_non_quantities(text, lang) == slow_mask(text, lang)


@pytest.mark.parametrize("text", [
    "order #12-3456, call +1 555 010 0100 or 555-0100, write to a.b+c@ex-ample.co.uk, see B12 and xl-200",
    "2025-07-03, 03.07.2025, 10:30, v1.2.3, march 3, 2025 and 3 march, www.x.com/1 and https://e.io/a?b=1",
    "`code 30` {#id-30} [link](returns.md#30) 30 days",
    "x@1.2 foo@bar 12@x.y B12@ex.com 1@@2",
])
def test_masking_known_cases(text):
    for lang in ("en", "kk", "el"):
        assert Q.mask_non_quantities(text, lang) == slow_mask(text, lang)


def test_has_digit_is_str_isdigit_for_every_character():
    wrong = [c for c in map(chr, range(sys.maxunicode + 1)) if bool(Q.HAS_DIGIT_RE.match(c)) != c.isdigit()]
    assert wrong == []


@given(st.text(max_size=40))
def test_fold_of_ascii_is_the_table(text):
    assert Q.fold(text) == text.translate(Q._FOLD_TABLE)


# --- Worker processes --------------------------------------------------------------------------------------

def test_a_worker_pool_reports_exactly_what_one_process_reports(tmp_path):
    import shutil

    from helpcenter.policy.config import load_site_config
    from helpcenter.policy.guard import check_docs
    from support import ROOT

    site = load_site_config(ROOT / "mkdocs.yml")
    docs = tmp_path / "docs"
    shutil.copytree(site.docs_dir, docs)
    for lang, name, old, new in [("kk", "returns.md", "{{ policy.return_window }}", "{{ policy.retun_window }}"),
                                 ("el", "faq.md", "{{ policy.first_reply }}", "24"),
                                 ("el", "contact.md", "\n\n", "\n\nΣε 7 ημέρες. <!-- policy: ignore -->\n\n")]:
        path = docs / lang / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    one = check_docs(tmp_path, docs, site.langs, site.facts, site.context, site.default_lang, workers=1)
    pool = check_docs(tmp_path, docs, site.langs, site.facts, site.context, site.default_lang, workers=3)
    assert not one.ok and one.waivers
    assert (pool.text(), pool.github(), pool.pages, pool.awaiting) == (one.text(), one.github(), one.pages,
                                                                       one.awaiting)
