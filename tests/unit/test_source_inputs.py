"""Bad input at the level of the pure functions: the shared source reader, policy values, placeholders and the
dates the policy guard must not read as policy numbers."""
from __future__ import annotations

import pickle

import pytest
import yaml

from helpcenter import sources
from helpcenter.policy import quantities as Q
from helpcenter.policy.facts import FactsError, load_facts
from helpcenter.policy.render import RenderError, render

CTX = {"store": "Example Store", "policy": {"return_window": "30"}, "contact": {"email": "a@b.c"}}


@pytest.mark.parametrize("data, line, column", [
    (b"\xff", 1, 1),
    (b"---\ntitle: T\n---\n\n# T\n\nGood line\nBad \xe2\x28\xa1 line\n", 8, 5),
    ("Қазақша\n".encode() + b"\xd0", 2, 1),                 # a character cut short at the end
])
def test_bytes_that_are_not_utf8_are_named_by_line_and_column(tmp_path, data, line, column):
    path = tmp_path / "x.md"
    path.write_bytes(data)
    with pytest.raises(sources.SourceError) as info:
        sources.read_text(path, "docs/kk/x.md")
    assert str(info.value).startswith(f"docs/kk/x.md:{line}: the file is not valid UTF-8 text")
    assert f"at column {column}" in str(info.value)
    assert pickle.loads(pickle.dumps(info.value)).line == line     # crosses the guard's worker pool


def test_a_byte_order_mark_is_dropped_and_newlines_read_as_open_does(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n")
    assert sources.read_text(path) == "---\ntitle: T\n---\n"
    assert sources.read_text(path, newline="") == "---\r\ntitle: T\r\n---\r\n"
    assert sources.read_head(path, 11) == "---\ntit"       # the 3 bytes of the mark count


def test_the_head_of_a_file_may_cut_a_character_but_not_hide_bad_bytes(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("ққ".encode())                           # 4 bytes
    assert sources.read_head(path, 3) == "қ"
    path.write_bytes(b"ab\xff")
    with pytest.raises(sources.SourceError):
        sources.read_head(path, 3)


@pytest.mark.parametrize("value, words", [
    ("2025-13-45", "month must be in 1..12"), ("2025-02-30", "day is out of range for month"),
    ("'2025-00-10'", "month must be in 1..12"),
])
def test_impossible_front_matter_dates(tmp_path, value, words):
    path = tmp_path / "x.md"
    path.write_text(f"---\ntitle: T\nupdated: {value}\n---\n\n# T\n", "utf-8")
    with pytest.raises(sources.SourceError) as info:
        sources.read_text(path, "docs/el/x.md")
    assert str(info.value).startswith("docs/el/x.md:3: updated: ")
    assert words in str(info.value) and "YYYY-MM-DD" in str(info.value)


def test_real_dates_and_dates_in_the_body_pass(tmp_path):
    path = tmp_path / "x.md"
    path.write_text("---\nupdated: 2024-02-29\n---\n\nOn 2025-13-45 nothing.\n", "utf-8")
    assert sources.read_text(path).endswith("nothing.\n")


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", ".Inf"])
def test_policy_values_must_be_finite(value):
    with pytest.raises(FactsError) as info:
        load_facts({"return_window": {"value": yaml.safe_load(value), "unit": "day"}})
    assert info.value.key == "extra.policy.return_window.value"
    with pytest.raises(FactsError):
        load_facts({"processing_time": {"min": 1, "max": yaml.safe_load(value), "unit": "business_day"}})


@pytest.mark.parametrize("text, what", [
    ("{{ store * 2000000000 }}", "arithmetic"), ("{{ store ~ store }}", "joining"), ("{{ -store }}", "arithmetic"),
    ("{{ store | upper }}", "filter"), ("{{ range(9) }}", "a call"), ("{{ policy['return_window'] }}", "subscript"),
    ("{{ store if store else store }}", "condition"), ("{{ 7 }}", "constant"), ("{{ 'x' * 99999999 }}", "arithmetic"),
    ("{% for i in range(9) %}x{% endfor %}", "block"), ("{% set x = 1 %}", "block"),
    ("{{ store.__class__.__mro__ }}", "has no parts"), ("{{" + "(" * 3000 + "store" + ")" * 3000 + "}}", "nested"),
])
def test_placeholders_only_name_settings(text, what):
    with pytest.raises(RenderError) as info:
        render("# T\n\n" + text + "\n", CTX, "docs/kk/x.md", 5)
    assert str(info.value).startswith("docs/kk/x.md:7: ")
    if what:
        assert what in str(info.value)


def test_named_settings_still_render():
    assert render("{{ store }} {{- policy.return_window }} {{ contact.email }}", CTX) == "Example Store30 a@b.c"


@pytest.mark.parametrize("lang, text", [
    ("kk", "Тапсырыс 30 маусымға дейін жіберіледі."),
    ("kk", "Біз 30 маусымда хабарластық."),
    ("kk", "Мерзім 30 маусым."),
    ("en", "We wrote on 30/6 and again on 6/30."),
    ("en", "Support 24/7."),
    ("el", "Στείλαμε στις 30 Ιουν. το δέμα."),
    ("el", "Στις 30 Ιουν 2025."),
])
def test_dates_are_not_policy_numbers(lang, text):
    assert Q.extract(text, lang) == []


@pytest.mark.parametrize("lang, text, value", [
    ("kk", "маусымда 30 күн ішінде", 30),       # "in June, within 30 days": the number is a quantity
    ("en", "within 30 days", 30),
    ("el", "σε 30 ημέρες", 30),
])
def test_quantities_next_to_months_are_still_read(lang, text, value):
    assert [q.lo for q in Q.extract(text, lang)] == [value]
