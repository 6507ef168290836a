"""Which fact a number speaks about, as the guard decides it from the words of its sentence: the closest topic
word in the same sentence, and words about something else (refunds, delivery, warranty) take a number away from
a policy fact. Read line by line and sentence by sentence alike. Expected values typed by hand (issue 15)."""
from __future__ import annotations

import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.sentences import LineMemo, _read_line

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day",
                      "about": {"en": ["return"], "kk": ["қайтар"], "el": ["επιστροφ", "επιστρεψ"]}},
    "first_reply": {"value": 24, "unit": "hour", "about": {"en": ["reply"], "kk": ["жауап"], "el": ["απαντ"]}},
})


def topics_said(text: str, lang: str, split: bool) -> list[tuple[str, int, str | None]]:
    memo = LineMemo()
    topics = memo.topics(FACTS, lang)
    stated = _read_line(text, lang, topics, memo if split else None)
    return [(q.text, q.start, topic) for q, topic in stated]


CASES = [
    # the closest topic word before or after the number, in its own sentence
    ("en", "Return it within 14 days. We reply within 2 hours.",
     [("14 days", 17, "return_window"), ("2 hours", 42, "first_reply")]),
    ("en", "Refunds arrive 14 days after we get the return.", [("14 days", 15, None)]),
    ("en", "Return it within 14 days; refunds take 5 days.", [("14 days", 17, "return_window"), ("5 days", 39, None)]),
    ("en", "Photos help. Take 3 of them. Returns are free.", [("3", 18, None)]),
    ("en", "1. Return it within 14 days.", [("14 days", 20, "return_window")]),       # a list marker is no number
    ("en", "Return it <b>within 14 days</b>.", [("14 days", 20, "return_window")]),
    ("kk", "Ақша 14 күн ішінде қайтарылады.", [("14 күн", 5, None)]),
    ("kk", "Тауарды 14 күн ішінде қайтарыңыз. Біз 2 сағатта жауап береміз.",
     [("14 күн", 8, "return_window"), ("2 сағатта", 38, "first_reply")]),
    ("el", "Επιστροφή χρημάτων σε 14 ημέρες.", [("14 ημέρες", 22, None)]),
    ("el", "Επιστρέψτε το σε 14 ημέρες. Απαντάμε σε 2 ώρες.",
     [("14 ημέρες", 17, "return_window"), ("2 ώρες", 40, "first_reply")]),
    # a word ending in a full stop is no sentence end: "order no." still makes the 3 an order number (the web
    # address between them is left aside), and "μία ω." right after "24 ω." is a rate, not another quantity
    ("en", "Ask for order no. www.example.com 3 today.", []),
    # the nearer topic word wins, whether it stands before the number or after it
    ("en", "Return in 14 days as we then reply.", [("14 days", 10, "return_window")]),
    ("en", "Return: after we check it, 24 hours later we reply.", [("24 hours", 27, "first_reply")]),
    ("el", "Απαντάμε σε 24 ω. Μία ω. ακόμη.", [("24 ω.", 12, "first_reply")]),
]


@pytest.mark.parametrize("split", [False, True], ids=["whole line", "sentence by sentence"])
@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_each_number_speaks_about_the_closest_topic_of_its_sentence(lang, text, expected, split):
    assert topics_said(text, lang, split) == expected


@pytest.mark.parametrize("split", [False, True], ids=["whole line", "sentence by sentence"])
def test_a_later_sentence_keeps_every_part_of_its_quantities(split):
    memo = LineMemo()
    topics = memo.topics(FACTS, "en")
    text = "Photos help. Take two to three photos. Wait 5 days."
    stated = _read_line(text, "en", topics, memo if split else None)
    assert [(q.lo, q.hi, q.unit, q.start, q.end, q.text, q.from_words, t) for q, t in stated] == [
        (2, 3, None, 18, 30, "two to three", True, None),
        (5, 5, "day", 44, 50, "5 days", False, None),
    ]
