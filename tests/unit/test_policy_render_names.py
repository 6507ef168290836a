"""Placeholders that go through Jinja (a comment, a line ending in \\r\\n, an unknown name, a mistake): the page reads
exactly what the editor wrote around them, and every mistake names its file, line and the placeholder itself.
Tests added for mutants that survived (issue 15); expected texts typed by hand."""
from __future__ import annotations


import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.render import RenderError, build_context, protect_code, render, restore_code

FACTS = load_facts({"return_window": {"value": 30, "unit": "day"}})
CTX = build_context({"store": {"name": "Tom & Jerry <Shop>"}, "contact": {"email": "help@example.com"}}, FACTS)


pytestmark = pytest.mark.usefixtures("fresh_renderer")  # tests/unit/conftest.py


def error(text: str, first_line: int = 10) -> str:
    with pytest.raises(RenderError) as info:
        render(text, CTX, "docs/el/p.md", first_line)
    assert (info.value.path, str(info.value)) == ("docs/el/p.md", f"docs/el/p.md:{info.value.line}: "
                                                                    f"{info.value.message}")
    return str(info.value)


def test_an_editors_comment_is_dropped_and_the_rest_rendered_as_written():
    # {!# ... #!} is the comment; a heading id {#returns} and the store's & and < stay as they are
    text = "## Returns {#returns}\n{!# note for translators #!}Shop at {{ store }}.\n"
    assert render(text, CTX) == "## Returns {#returns}\nShop at Tom & Jerry <Shop>.\n"


def test_the_jinja_path_keeps_the_final_newline_and_code():
    text = "{!# c #!}{{ policy.return_window }} days\n\n```\n{{ store }}\n```\n"
    assert render(text, CTX) == "30 days\n\n```\n{{ store }}\n```\n"
    assert render("{!# c #!}`{{ x }}` {{ contact.email }}", CTX) == "`{{ x }}` help@example.com"


def test_a_part_of_a_part_is_an_error_at_the_first_line_of_the_text():
    message = error("Intro.\n\n{{ policy.return_window.days }}", first_line=7)
    assert message.startswith("docs/el/p.md:7: placeholder error: ")
    assert "days" in message


def test_an_unknown_name_after_a_comment_is_named_at_its_own_line():
    assert error("{!# c #!}\n\n{{ stor }}", 30) == "docs/el/p.md:32: unknown placeholder 'stor', did you mean 'store'?"
    assert error("a\n{{ policy.return_windw }}", 30) == (
        "docs/el/p.md:31: unknown placeholder 'policy.return_windw', did you mean 'policy.return_window'?")
    assert error("a\nb\n{{ store.name }}", 5) == (
        "docs/el/p.md:7: unknown placeholder 'store.name': 'store' has no parts, write {{ store }}")


ALLOWED = ("a placeholder only names a setting, like {{ store }}, {{ policy.return_window }} or "
           "{{ contact.email }}; write any other text as plain Markdown")


@pytest.mark.parametrize("text,line,shown,what", [
    ("Fine {{ store }}, then {{ store | upper }}.", 10, "{{ store | upper }}", "a filter (|)"),
    ("one\ntwo\n{{ -store }}", 12, "{{ -store }}", "arithmetic"),
    ("{{ store }}\n{{ not store }}", 11, "{{ not store }}", "logic (not)"),
    ("{{ store and store }}", 10, "{{ store and store }}", "logic (and)"),
    ("{{ store == store }}", 10, "{{ store == store }}", "a comparison"),
    ("{{ store is defined }}", 10, "{{ store is defined }}", "a test (is ...)"),
    ("{{ [store] }}", 10, "{{ [store] }}", "a literal"),
    ("{{ 'x'.upper }}", 10, "{{ 'x'.upper }}", "an expression"),
    ("a\n{% set x = 1 %}", 11, "{% set x = 1 %}", "a block {% ... %}"),
])
def test_what_is_not_a_name_is_quoted_with_what_it_is(text, line, shown, what):
    assert error(text) == f"docs/el/p.md:{line}: placeholder {shown} is not allowed ({what}): {ALLOWED}"


def test_a_syntax_error_is_reported_at_its_line():
    message = error("a\nb\n{{ store }", 40)
    assert message.startswith("docs/el/p.md:42: placeholder syntax error: ")


def test_a_placeholder_nested_too_deeply_names_its_line():
    deep = "{{ " + "(" * 2000 + "store" + ")" * 2000 + " }}"
    assert error("a\n" + deep + "\nb", 3) == ("docs/el/p.md:4: placeholder nested too deeply; a placeholder only "
                                             "names a setting, like {{ store }}")


def test_code_is_set_aside_with_its_line_breaks_and_put_back_as_written():
    text = "a `x` b\n~~~~\n{{ y }}\n~~~\nstill code\n~~~~\nc ``d ` e`` f\n"
    masked, saved = protect_code(text)
    assert saved == ["`x`", "~~~~\n{{ y }}\n~~~\nstill code\n~~~~", "``d ` e``"]
    assert masked == "a \x000\x00 b\n\x001\x00\n\n\n\n\nc \x002\x00 f\n"
    assert restore_code(masked, saved) == text
    # a fence never closed runs to the end of the text
    masked, saved = protect_code("x\n```\n{{ y }}\n")
    assert (masked, saved) == ("x\n\x000\x00\n\n", ["```\n{{ y }}"])
    # a line after a code block keeps its line number in errors
    assert error("```\n{{ a }}\n```\n{{ stor }}", 1).startswith("docs/el/p.md:4: unknown placeholder 'stor'")


def test_a_store_table_without_a_name_renders_as_nothing():
    ctx = build_context({"store": {"url": "https://shop.example"}}, {})
    assert ctx["store"] == ""
    assert render("Welcome to {{ store }}!", ctx) == "Welcome to !"


def test_a_setting_named_without_its_table_is_pointed_to():
    assert error("{{ email }}", 3) == "docs/el/p.md:3: unknown placeholder 'email', did you mean 'contact.email'?"


def test_code_blocks_at_the_very_start_or_end_are_left_as_written():
    assert render("{{ store }}\n```\ncode\n```", CTX) == "Tom & Jerry <Shop>\n```\ncode\n```"
    assert render("```\n```\n{{ store }}", CTX) == "```\n```\nTom & Jerry <Shop>"


def test_without_a_path_and_line_an_error_counts_from_the_texts_first_line():
    with pytest.raises(RenderError) as info:
        render("a\n{{ stor }}", CTX)
    assert str(info.value) == "<text>:2: unknown placeholder 'stor', did you mean 'store'?"
