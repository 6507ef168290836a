"""Policy facts (validated, named keys) and placeholders (rendered, code untouched, file:line on errors)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpcenter.policy.config import load_site_config
from helpcenter.policy.facts import FactsError, load_facts
from helpcenter.policy.render import RenderError, body_start_line, build_context, render
from support import ROOT

GOOD = {
    "return_window": {"value": 30, "unit": "day"},
    "first_reply": {"value": 24, "unit": "hour"},
    "processing_time": {"min": 1, "max": 3, "unit": "business_day"},
}


def test_the_real_facts_are_the_contract_s_numbers():
    site = load_site_config(ROOT / "mkdocs.yml")
    facts = site.facts
    assert (facts["return_window"].key, facts["first_reply"].key, facts["processing_time"].key) == (
        (Decimal(30), Decimal(30), "day"), (Decimal(24), Decimal(24), "hour"), (Decimal(1), Decimal(3), "business_day"))
    assert site.context["policy"] == {"return_window": "30", "first_reply": "24", "processing_time": "1–3"}
    assert {"email", "phone", "chat_url", "form_url"} <= set(site.context["contact"])
    assert site.langs[:1] == [site.default_lang] == ["en"]


@pytest.mark.parametrize("bad,key", [
    ({"first_reply": {"value": "24", "unit": "hour"}}, "extra.policy.first_reply.value"),
    ({"first_reply": {"value": True, "unit": "hour"}}, "extra.policy.first_reply.value"),
    ({"first_reply": {"value": 24, "unit": "fortnight"}}, "extra.policy.first_reply.unit"),
    ({"first_reply": {"value": 24}}, "extra.policy.first_reply.unit"),
    ({"processing_time": {"min": 3, "max": 1, "unit": "business_day"}}, "extra.policy.processing_time.min"),
    ({"processing_time": {"min": 1, "unit": "business_day"}}, "extra.policy.processing_time.max"),
    ({"processing_time": {"min": 1, "max": 3, "value": 2, "unit": "day"}}, "extra.policy.processing_time.value"),
    ({"return_window": {"value": 30, "unit": "day", "vaule": 3}}, "extra.policy.return_window.vaule"),
    ({"return_window": {"value": -1, "unit": "day"}}, "extra.policy.return_window.value"),
    ({"return_window": 30}, "extra.policy.return_window"),
    ({"return_window": {"value": 30, "unit": "day", "about": {"fr": ["retour"]}}},
     "extra.policy.return_window.about.fr"),
    ([1, 2], "extra.policy"),
])
def test_bad_facts_stop_with_a_message_naming_the_key(bad, key):
    with pytest.raises(FactsError) as info:
        load_facts(bad)
    assert info.value.key == key
    assert str(info.value).startswith(key + ":")


CTX = build_context({"store": {"name": "Example Store"},
                     "contact": {"email": "help@example.com", "phone": "+1 555 0100", "chat_url": None}},
                    load_facts(GOOD))


def test_placeholders_render_values_only():
    text = "{{ store }}: {{ policy.return_window }} days, {{ policy.first_reply }} h, " \
           "{{ policy.processing_time }} business days, {{ contact.email }}, chat: '{{ contact.chat_url }}'"
    assert render(text, CTX) == ("Example Store: 30 days, 24 h, 1–3 business days, help@example.com, chat: ''")


def test_code_and_heading_ids_are_left_alone():
    text = ("## How long? {#return-window}\n\n`{{ policy.nope }}` and ``{{ x }}``\n\n"
            "```jinja\n{{ policy.return_window }}\n{% if %}\n```\n\n~~~\n{{ y }}\n~~~\n{{ policy.return_window }}\n")
    out = render(text, CTX)
    assert out == text.replace("~~~\n{{ policy.return_window }}\n", "~~~\n30\n")


@pytest.mark.parametrize("text,line,hint", [
    ("# T\n\nWithin {{ policy.retrun_window }} days.\n", 14, "did you mean 'policy.return_window'?"),
    ("# T\n\n\n{{ stor }}\n", 15, "did you mean 'store'?"),
    ("```\n{{ ok }}\n```\n{{ contact.mail }}\n", 15, "did you mean 'contact.email'?"),
    ("# T\n{{ policy. }}\n", 13, "syntax error"),
    ("# T\n\n{{ policy.return_window\n", 14, "syntax error"),
])
def test_an_unknown_name_stops_with_file_line_and_the_closest_name(text, line, hint):
    with pytest.raises(RenderError) as info:
        render(text, CTX, "docs/kk/returns.md", first_line=12)
    assert str(info.value).startswith(f"docs/kk/returns.md:{line}: ")
    assert hint in str(info.value)


def test_body_start_line_counts_the_front_matter():
    assert body_start_line("---\ntitle: x\npolicy: []\n---\n# H\n") == 5
    assert body_start_line("# H\n") == 1
