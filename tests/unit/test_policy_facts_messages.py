"""What an editor reads when extra.policy in mkdocs.yml is wrong: the key AND what to write instead."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpcenter.policy.facts import FactsError, load_facts

UNITS = "business_day, day, eur, hour, kzt, minute, month, percent, usd, week, year"


@pytest.mark.parametrize("bad, message", [
    ([1, 2], "extra.policy: must be a mapping of fact ids to facts, got list"),
    ({"return window": {"value": 1, "unit": "day"}},
     "extra.policy.return window: a fact id must be a name like return_window"),
    ({3: {"value": 1, "unit": "day"}}, "extra.policy.3: a fact id must be a name like return_window"),
    ({"w": 30}, "extra.policy.w: must be a mapping with value (or min and max) and unit, got 30"),
    ({"w": {"value": 1, "unit": "day", "vaule": 3}},
     "extra.policy.w.vaule: unknown key; allowed: about, max, min, note, unit, value"),
    ({"w": {"value": 1}}, "extra.policy.w.unit: missing"),
    ({"w": {"value": 1, "unit": "fortnight"}}, f"extra.policy.w.unit: unknown unit 'fortnight'; known units: {UNITS}"),
    ({"w": {"value": 1, "unit": 5}}, f"extra.policy.w.unit: unknown unit 5; known units: {UNITS}"),
    ({"w": {"value": 2, "min": 1, "unit": "day"}}, "extra.policy.w.value: give either value or min and max, not both"),
    ({"w": {"value": 2, "max": 3, "unit": "day"}}, "extra.policy.w.value: give either value or min and max, not both"),
    ({"w": {"value": "2", "unit": "day"}}, "extra.policy.w.value: must be a number, got str '2'"),
    ({"w": {"value": True, "unit": "day"}}, "extra.policy.w.value: must be a number, got bool True"),
    ({"w": {"value": -1, "unit": "day"}}, "extra.policy.w.value: must not be negative, got -1"),
    ({"w": {"value": float("inf"), "unit": "day"}},       # YAML's .inf
     "extra.policy.w.value: must be a finite number of days, hours, ..., got inf"),
    ({"w": {"min": "1", "max": 3, "unit": "day"}}, "extra.policy.w.min: must be a number, got str '1'"),
    ({"w": {"min": 1, "max": "3", "unit": "day"}}, "extra.policy.w.max: must be a number, got str '3'"),
    ({"w": {"min": 3, "max": 1, "unit": "day"}}, "extra.policy.w.min: min 3 is above max 1"),
    ({"w": {"min": 1, "unit": "day"}}, "extra.policy.w.max: missing (give value, or min and max)"),
    ({"w": {"max": 1, "unit": "day"}}, "extra.policy.w.min: missing (give value, or min and max)"),
    ({"w": {"unit": "day"}}, "extra.policy.w.value: missing (give value, or min and max)"),
    ({"w": {"value": 1, "unit": "day", "about": ["x"]}},
     "extra.policy.w.about: must map a language (en, kk, el) to a list of words"),
    ({"w": {"value": 1, "unit": "day", "about": {"fr": ["x"]}}},
     "extra.policy.w.about.fr: unknown language; known: en, kk, el"),
    ({"w": {"value": 1, "unit": "day", "about": {"kk": "қайтару"}}}, "extra.policy.w.about.kk: must be a list of words"),
    ({"w": {"value": 1, "unit": "day", "about": {"kk": ["қайтару", " "]}}},
     "extra.policy.w.about.kk: must be a list of words"),
    ({"w": {"value": 1, "unit": "day", "about": {"kk": [3]}}}, "extra.policy.w.about.kk: must be a list of words"),
], ids=lambda v: v if isinstance(v, str) and v.isascii() else None)
def test_bad_facts_say_which_key_and_what_is_wrong(bad, message):
    with pytest.raises(FactsError) as info:
        load_facts(bad)
    assert str(info.value) == message
    assert info.value.key == message.split(": ", 1)[0]


def test_a_prefix_names_where_the_facts_live():
    with pytest.raises(FactsError, match=r"^site\.facts\.w\.unit: missing$"):
        load_facts({"w": {"value": 1}}, prefix="site.facts")


def test_good_facts_keep_everything_they_say():
    facts = load_facts({
        "w": {"value": 0, "unit": "day", "note": "n", "about": {"en": ["return"], "kk": ["қайтар", "ауыстыр"]}},
        "p": {"min": 1, "max": 1.5, "unit": "business_day", "about": None},
        "e": {"min": 2, "max": 2, "unit": "eur"},
    })
    w, p, e = facts["w"], facts["p"], facts["e"]
    assert (w.id, w.lo, w.hi, w.unit, w.about) == ("w", Decimal(0), Decimal(0), "day",
                                                   {"en": ("return",), "kk": ("қайтар", "ауыстыр")})
    assert (p.id, p.lo, p.hi, p.unit, p.about) == ("p", Decimal(1), Decimal("1.5"), "business_day", {})
    assert (w.display(), p.display(), e.display()) == ("0", "1–1.5", "2")
    assert load_facts(None) == {}
    # a fact's description names its value(s) and unit
    assert "1" in p.describe() and "1.5" in p.describe() and "business" in p.describe()
    assert "0" in w.describe() and "day" in w.describe()
    assert load_facts({}) == {}
