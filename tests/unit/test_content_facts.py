"""The articles state the reply time as the store's sources do: "usually within N hours", slower at peak times,
phone and live chat faster. Every paragraph that gives the reply time carries all three, in every language."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
HEDGE = {   # usually / at peak times / phone and live chat
    "en": (r"\busually\b", r"\bpeak\b", r"\bphone and live chat\b"),
    "kk": (r"\bәдетте\b", r"\bқарбалас\b", r"\bтелефон мен онлайн-чат\b"),
    "el": (r"\bσυνήθως\b", r"\bαιχμής\b", r"\bτο τηλέφωνο και η ζωντανή συνομιλία\b"),
}


def paragraphs(path: Path):
    """(first line, text) of each paragraph or list item of an article's body."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = 0
    if lines and lines[0] == "---":
        start = lines.index("---", 1) + 1
    block, first = [], 0
    for n, line in enumerate(lines[start:], start + 1):
        if not line.strip() or re.match(r"\s*(?:[-*]|\d+\.)\s", line):
            if block:
                yield first, " ".join(block)
            block, first = ([line], n) if line.strip() else ([], 0)
        else:
            if not block:
                first = n
            block.append(line)
    if block:
        yield first, " ".join(block)


@pytest.mark.parametrize("lang", sorted(HEDGE))
def test_every_reply_time_is_usually_slower_at_peak_and_faster_by_phone_or_chat(lang):
    found, bad = 0, []
    for page in sorted((DOCS / lang).glob("*.md")):
        for line, text in paragraphs(page):
            if "policy.first_reply" not in text:
                continue
            found += 1
            missing = [p for p in HEDGE[lang] if not re.search(p, text, re.I)]
            if missing:
                bad.append(f"docs/{lang}/{page.name}:{line}: lacks {missing}: {text[:120]}")
    assert found, f"no {lang} page states the reply time"
    assert not bad, "\n".join(bad)
