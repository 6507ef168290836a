"""Placeholders as an editor writes them: rendered from mkdocs.yml, code left as written, and every placeholder that
is not a plain setting name stopped with the file, the line and what to write instead."""
from __future__ import annotations

import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.render import RenderError, body_start_line, build_context, known_names, render

FACTS = load_facts({"return_window": {"value": 30, "unit": "day"},
                    "processing_time": {"min": 1, "max": 3, "unit": "business_day"}})
CTX = build_context({"store": {"name": "Example Store"}, "contact": {"email": "help@example.com", "chat": None}},
                    FACTS)


def error(text: str, first_line: int = 20) -> str:
    with pytest.raises(RenderError) as info:
        render(text, CTX, "docs/kk/returns.md", first_line)
    assert info.value.path == "docs/kk/returns.md"
    return str(info.value)


def test_the_settings_a_page_may_name():
    # built here, not at import: the mutation runs switch a mutant on after the tests are imported
    ctx = build_context({"store": {"name": "Example Store"}, "contact": {"email": "help@example.com", "chat": None}},
                        FACTS)
    assert ctx == CTX == {"store": "Example Store", "policy": {"return_window": "30", "processing_time": "1–3"},
                   "contact": {"email": "help@example.com", "chat": ""}}
    assert known_names(CTX) == ["store", "policy.return_window", "policy.processing_time", "contact.email",
                                "contact.chat"]
    # a store without a name, or settings that are not tables, name nothing
    assert build_context({"store": "Shop", "contact": ["x"]}, {}) == {"store": "", "policy": {}, "contact": {}}
    assert build_context({}, {}) == {"store": "", "policy": {}, "contact": {}}


def test_placeholders_are_rendered_and_code_is_left_as_written():
    text = ("Write to {{ contact.email }} within {{ policy.return_window }} days.\n"
            "Type `{{ store }}` or:\n\n```\n{{ policy.return_window }}\n```\n~~~\n{{ store }}\n~~~\n{{store}}")
    assert render(text, CTX) == ("Write to help@example.com within 30 days.\n"
                                 "Type `{{ store }}` or:\n\n```\n{{ policy.return_window }}\n```\n~~~\n{{ store }}\n"
                                 "~~~\nExample Store")


def test_jinja_renders_the_same_names_and_leaves_heading_ids_alone():
    # a line ending in \r\n and a heading id {#...} (not a Jinja comment here): still the plain substitution
    text = "## Returns {#returns}\r\n{{ store }}: {{ policy.processing_time }} days `{{ x }}`\r\n"
    assert render(text, CTX) == "## Returns {#returns}\n" + "Example Store: 1–3 days `{{ x }}`\n"


@pytest.mark.parametrize("text,line,what", [
    ("Hello.\n\n{{ store * 2000000000 }}", 22, "placeholder {{ store * 2000000000 }} is not allowed (arithmetic)"),
    ("{{ store | upper }}", 20, "placeholder {{ store | upper }} is not allowed (a filter (|))"),
    ("a\n{{ store() }}", 21, "placeholder {{ store() }} is not allowed (a call)"),
    ("{{ policy['return_window'] }}", 20, "is not allowed (a subscript ([...]))"),
    ("x\ny\n{% if store %}z{% endif %}", 22, "is not allowed (a block {% ... %})"),
    ("{{ 'text' }}", 20, "is not allowed (a constant)"),
    ("{{ store ~ '!' }}", 20, "is not allowed (joining with ~)"),
    ("{{ store if store else 'x' }}", 20, "is not allowed (a condition (if ... else))"),
])
def test_anything_but_a_name_stops_the_build_at_its_line(text, line, what):
    message = error(text)
    assert message.startswith(f"docs/kk/returns.md:{line}: ") and what in message, message
    assert "a placeholder only names a setting, like {{ store }}" in message


@pytest.mark.parametrize("text,line,message", [
    ("\n{{ stor }}", 21, "unknown placeholder 'stor', did you mean 'store'?"),
    ("{{ policy.return_windw }}", 20, "unknown placeholder 'policy.return_windw', did you mean 'policy.return_window'?"),
    ("{{ store.name }}", 20, "unknown placeholder 'store.name': 'store' has no parts, write {{ store }}"),
    ("{{ zzzzqqq }}", 20, "unknown placeholder 'zzzzqqq', known names: store, policy.return_window, "
                          "policy.processing_time, contact.email, contact.chat"),
    ("a\n\n{{ store }", 22, "placeholder syntax error: "),
])
def test_a_wrong_name_is_named_with_the_closest_one(text, line, message):
    assert error(text).startswith(f"docs/kk/returns.md:{line}: {message}")


def test_the_body_starts_after_the_front_matter():
    assert body_start_line("---\ntitle: T\npolicy: []\n---\n\n# T\n") == 5
    assert body_start_line("---\ntitle: T\n...\nText") == 4
    assert body_start_line("---   \ntitle: T\n---  \n") == 4
    assert body_start_line("# No front matter\n---\n") == 1
    assert body_start_line("---\nnever closed\n") == 1
    assert body_start_line("# T\n") == 1
    assert body_start_line("---\ntitle: T\n---\n# T\n") == 4
    assert body_start_line("---\ntitle: T\n---\n") == 4
    # a file that is only front matter, without a final newline: its body (empty) comes after line 3
    assert body_start_line("---\ntitle: T\n---") == 4
    assert body_start_line("---\ntitle: T\n...") == 4
