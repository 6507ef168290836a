"""Policy facts: the single source of truth (mkdocs.yml `extra.policy`), validated.

    extra:
      policy:
        return_window: {value: 30, unit: day, about: {en: [return, exchange], kk: [...], el: [...]}}
        processing_time: {min: 1, max: 3, unit: business_day}

Each fact has an id (its key), a `value` or a `min`/`max` range, a `unit` from the lexicon, and optionally
`about`: per language, word stems that mark a sentence as speaking about this fact, and `note`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from .lexicon import LANGS, UNIT_NAMES
from .quantities import describe, format_number

ALLOWED_KEYS = {"value", "min", "max", "unit", "about", "note"}


class FactsError(ValueError):
    """Bad facts data; `key` is the dotted path of the offending key, e.g. extra.policy.first_reply.unit."""

    def __init__(self, key: str, message: str):
        self.key = key
        super().__init__(f"{key}: {message}")


@dataclass(frozen=True)
class Fact:
    id: str
    lo: Decimal
    hi: Decimal
    unit: str
    about: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        return (self.lo, self.hi, self.unit)

    def display(self) -> str:
        """What `{{ policy.<id> }}` renders: `30`, `24`, `1–3` (en dash)."""
        if self.lo == self.hi:
            return format_number(self.lo)
        return f"{format_number(self.lo)}–{format_number(self.hi)}"

    def describe(self) -> str:
        return describe(self.lo, self.hi, self.unit)


def _number(value, key: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FactsError(key, f"must be a number, got {type(value).__name__} {value!r}")
    if not math.isfinite(value):     # YAML's .nan / .inf
        raise FactsError(key, f"must be a finite number of days, hours, ..., got {value!r}")
    if value < 0:
        raise FactsError(key, f"must not be negative, got {value!r}")
    return Decimal(str(value))


def load_facts(policy, prefix: str = "extra.policy") -> dict[str, Fact]:
    """Validate `extra.policy` and return the facts by id. Raises FactsError naming the bad key."""
    if policy is None:
        return {}
    if not isinstance(policy, dict):
        raise FactsError(prefix, f"must be a mapping of fact ids to facts, got {type(policy).__name__}")
    facts: dict[str, Fact] = {}
    for fid, spec in policy.items():
        key = f"{prefix}.{fid}"
        if not isinstance(fid, str) or not fid.isidentifier():
            raise FactsError(key, "a fact id must be a name like return_window")
        if not isinstance(spec, dict):
            raise FactsError(key, f"must be a mapping with value (or min and max) and unit, got {spec!r}")
        unknown = set(spec) - ALLOWED_KEYS
        if unknown:
            raise FactsError(f"{key}.{sorted(unknown)[0]}", f"unknown key; allowed: {', '.join(sorted(ALLOWED_KEYS))}")
        if "unit" not in spec:
            raise FactsError(f"{key}.unit", "missing")
        unit = spec["unit"]
        if not isinstance(unit, str) or unit not in UNIT_NAMES:
            raise FactsError(f"{key}.unit", f"unknown unit {unit!r}; known units: {', '.join(UNIT_NAMES)}")
        if "value" in spec:
            if "min" in spec or "max" in spec:
                raise FactsError(f"{key}.value", "give either value or min and max, not both")
            lo = hi = _number(spec["value"], f"{key}.value")
        elif "min" in spec and "max" in spec:
            lo, hi = _number(spec["min"], f"{key}.min"), _number(spec["max"], f"{key}.max")
            if lo > hi:
                raise FactsError(f"{key}.min", f"min {spec['min']} is above max {spec['max']}")
        else:
            missing = "max" if "min" in spec else "min" if "max" in spec else "value"
            raise FactsError(f"{key}.{missing}", "missing (give value, or min and max)")
        about = spec.get("about") or {}
        if not isinstance(about, dict):
            raise FactsError(f"{key}.about", "must map a language (en, kk, el) to a list of words")
        clean: dict[str, tuple[str, ...]] = {}
        for lang, words in about.items():
            if lang not in LANGS:
                raise FactsError(f"{key}.about.{lang}", f"unknown language; known: {', '.join(LANGS)}")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise FactsError(f"{key}.about.{lang}", "must be a list of words")
            clean[lang] = tuple(words)
        facts[fid] = Fact(fid, lo, hi, unit, clean)
    return facts
