"""The guard over docs/<lang>/*.md: every drift caught at its file:line:col, once, in words that say what to write;
a registered fact typed by hand (digits or number words, any language) reported with its placeholder; no false alarm
on parallel text."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.guard import check_docs
from helpcenter.policy.render import build_context

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day",
                      "about": {"en": ["return"], "kk": ["қайтар"], "el": ["επιστροφ", "επιστρεψ"]}},
    "first_reply": {"value": 24, "unit": "hour",
                    "about": {"en": ["reply"], "kk": ["жауап"], "el": ["απαντ"]}},
    "processing_time": {"min": 1, "max": 3, "unit": "business_day"},
})
CONTEXT = build_context({"store": {"name": "Example Store"}, "contact": {"phone": "+1 555 0100"}}, FACTS)


def page(body: str, policy: str = "[]", title: str = "T") -> str:
    return f"---\ntitle: {title}\ndescription: d\nupdated: 2025-07-03\npolicy: {policy}\n---\n\n# {title}\n\n{body}\n"


BODY_LINE = 10   # the first body line after `page()`'s front matter and H1


def run(tmp_path: Path, pages: dict[str, str], name: str = "p.md"):
    for lang, text in pages.items():
        (tmp_path / "docs" / lang).mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / lang / name).write_text(text, encoding="utf-8")
    return check_docs(tmp_path, tmp_path / "docs", ["en", "kk", "el"], FACTS, CONTEXT, "en")


EN = ("Return it within {{ policy.return_window }} days. We reply within {{ policy.first_reply }} hours. "
      "Orders take {{ policy.processing_time }} business days. Take 2 photos.")

# The same sentence in Kazakh and Greek, correct, in every form the issue names (the registered facts typed by
# hand in the first two: reported as such, see HAND_TYPED).
PARALLEL = {
    "kk": [
        "Оны 30 күн ішінде қайтарыңыз. Біз 24 сағат ішінде жауап береміз. Тапсырыс 1–3 жұмыс күні. 2 фото түсіріңіз.",
        "Оны отыз күннің ішінде қайтарыңыз. Біз жиырма төрт сағаттың ішінде жауап береміз. "
        "Тапсырыс 1-ден 3-ке дейін жұмыс күні өңделеді. Екі фото түсіріңіз.",
        "Оны {{ policy.return_window }} күн ішінде қайтарыңыз. {{ policy.first_reply }} сағат ішінде жауап береміз. "
        "Тапсырыс бірден үшке дейін жұмыс күні. 2 фото.",
    ],
    "el": [
        "Επιστρέψτε το εντός 30 ημερών. Απαντάμε μέσα σε 24 ώρες. Οι παραγγελίες 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.",
        "Επιστρέψτε το εντός τριάντα ημερών. Απαντάμε εντός είκοσι τεσσάρων ωρών. "
        "Οι παραγγελίες από 1 έως 3 εργάσιμες ημέρες. Δύο φωτογραφίες.",
        "Επιστρέψτε το σε {{ policy.return_window }} μέρες. Απαντάμε σε {{ policy.first_reply }} ώρες. "
        "Παραγγελίες: {{ policy.processing_time }} εργάσιμων ημερών. 2 φωτογραφίες.",
    ],
}


@pytest.mark.parametrize("lang", ["kk", "el"])
def test_a_faithful_translation_with_placeholders_raises_no_alarm(tmp_path, lang):
    report = run(tmp_path, {"en": page(EN), lang: page(PARALLEL[lang][2])})
    assert report.problems == [], report.text()


# A registered fact typed by hand, in digits or number words, in any language: (lang, text, what it says, fact).
HAND_TYPED = [
    ("en", "Return it within 30 days.", "30 days", "return_window"),
    ("en", "We reply within twenty-four hours.", "twenty-four hours", "first_reply"),
    ("kk", PARALLEL["kk"][0], "30 күн", "return_window"),
    ("kk", PARALLEL["kk"][0], "24 сағат", "first_reply"),
    ("kk", PARALLEL["kk"][1], "отыз күн", "return_window"),
    ("kk", PARALLEL["kk"][1], "жиырма төрт сағат", "first_reply"),
    ("el", "Επιστρέψτε το σε 30 ημέρες. Απαντάμε σε {{ policy.first_reply }} ώρες. "
     "Παραγγελίες: {{ policy.processing_time }} εργάσιμων ημερών. 2 φωτογραφίες.", "30 ημέρες", "return_window"),
    ("el", PARALLEL["el"][0], "30 ημερών", "return_window"),
    ("el", PARALLEL["el"][1], "τριάντα ημερών", "return_window"),
    ("el", PARALLEL["el"][1], "είκοσι τεσσάρων ωρών", "first_reply"),
]


@pytest.mark.parametrize("lang,text,typed,fact", HAND_TYPED, ids=[f"{h[0]}-{n:02d}" for n, h in enumerate(HAND_TYPED)])
def test_a_fact_typed_by_hand_is_reported_with_the_placeholder_to_write(tmp_path, lang, text, typed, fact):
    pages = {"en": page(text)} if lang == "en" else {"en": page(EN), lang: page(text)}
    report = run(tmp_path, pages)
    col = text.index(typed) + 1
    at = [p for p in report.problems if (p.path, p.line, p.col) == (f"docs/{lang}/p.md", BODY_LINE, col)]
    assert len(at) == 1, report.text()      # one report for the mistake
    (p,) = at
    assert f"{{{{ policy.{fact} }}}}" in p.message and fact.replace("_", " ") in p.message
    assert p.text().startswith(f"docs/{lang}/p.md:{BODY_LINE}: says ")
    assert not report.ok


def test_a_hand_typed_fact_can_be_marked_as_an_exception(tmp_path):
    text = "Return it within 30 days. <!-- policy: ignore -->"
    report = run(tmp_path, {"en": page(text)})
    assert report.problems == [] and len(report.waivers) == 1, report.text()


def test_a_wrong_value_is_one_report_in_words_with_what_to_write(tmp_path):
    el = "Επιστρέψτε το σε 14 μέρες. Απαντάμε σε {{ policy.first_reply }} ώρες. " \
         "Παραγγελίες: {{ policy.processing_time }} εργάσιμων ημερών. 2 φωτογραφίες."
    report = run(tmp_path, {"en": page(EN), "el": page(el)})
    (p,) = report.problems
    assert p.text() == (f"docs/el/p.md:{BODY_LINE}: says 14 days; the return window is 30 days: "
                        "write {{ policy.return_window }} μέρες")


# Drifts: (lang, translated line, the drifted text that must be pointed at, what the report must say it found)
DRIFTS = [
    ("kk", "Оны 14 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.", "14 күн", "14 days"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–5 жұмыс күні. 2 фото.", "1–5 жұмыс күні", "1–5 business days"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1-ден 5-ке дейін жұмыс күні. 2 фото.",
     "1-ден 5-ке дейін жұмыс күні", "1–5 business days"),
    ("kk", "Оны отыз күн ішінде қайтарыңыз. Жиырма бес сағаттың ішінде жауап. 1–3 жұмыс күні. 2 фото.",
     "Жиырма бес сағаттың", "25 hours"),
    ("kk", "Оны 30 апта ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.", "30 апта", "30 weeks"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 3 фото.", "3", "3"),
    ("el", "Επιστρέψτε εντός 14 ημερών. Απαντάμε σε 24 ώρες. 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.", "14 ημερών", "14 days"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 48 ώρες. 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.", "48 ώρες", "48 hours"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. από 1 έως 5 εργάσιμες ημέρες. 2 φωτογραφίες.",
     "από 1 έως 5 εργάσιμες ημέρες", "1–5 business days"),
    ("el", "Επιστρέψτε εντός δεκατεσσάρων ημερών. Απαντάμε σε 24 ώρες. 1-3 εργάσιμες. 2 φωτογραφίες.",
     "δεκατεσσάρων ημερών", "14 days"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε είκοσι τέσσερις ημέρες. 1-3 εργάσιμες. 2 φωτογραφίες.",
     "είκοσι τέσσερις ημέρες", "24 days"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. 1-3 εργάσιμες. 2,5 φωτογραφίες.", "2,5", "2.5"),
    ("en", "Return it within thirty weeks. We reply within {{ policy.first_reply }} hours. "
     "Orders take {{ policy.processing_time }} business days. Take 2 photos.", "thirty weeks", "30 weeks"),
]


@pytest.mark.parametrize("lang,text,where,found", DRIFTS, ids=[f"{d[0]}-{n:02d}" for n, d in enumerate(DRIFTS)])
def test_every_drift_is_caught_at_its_line_and_column(tmp_path, lang, text, where, found):
    pages = {"en": page(EN), "kk": page(PARALLEL["kk"][2]), "el": page(PARALLEL["el"][2])}
    pages[lang] = page(text)
    if lang == "en":   # an English drift shows on the translations, pointing at the English line
        pages["en"] = page(text)
    report = run(tmp_path, pages)
    assert report.problems, f"drift {where!r} not caught"
    checked = "kk" if lang == "en" else lang
    mine = [p for p in report.problems if p.path == f"docs/{checked}/p.md"]
    if lang == "en":
        assert any(p.other.startswith(f"docs/en/p.md:{BODY_LINE}:") and found in p.other + p.expected for p in mine)
        return
    col = text.rindex(where) + 1
    at = [p for p in mine if (p.line, p.col) == (BODY_LINE, col)]
    assert len(at) == 1, report.text()      # one report per mistake (not a fact report and a comparison too)
    (p,) = at
    assert found in p.found and p.expected and p.message.startswith(f"says {found}")
    assert p.other.startswith(f"docs/en/p.md:{BODY_LINE}:") or "{{ policy." in p.message
    assert all(p.path == f"docs/{lang}/p.md" for p in report.problems), report.text()


def test_a_missing_quantity_is_reported_on_the_translation(tmp_path):
    text = "Оны {{ policy.return_window }} күн ішінде қайтарыңыз. {{ policy.first_reply }} сағат ішінде жауап. 2 фото."
    report = run(tmp_path, {"en": page(EN), "kk": page(text)})
    (p,) = report.problems
    assert (p.path, p.line, p.found, p.expected) == ("docs/kk/p.md", BODY_LINE, "(missing)", "1–3 business days")
    assert p.message.startswith("does not say 1–3 business days, which the English page says")


def test_a_declared_fact_must_be_stated_in_every_language(tmp_path):
    en = page("You can return it within {{ policy.return_window }} days.", policy="[return_window]")
    kk = page("Тауарды қайтаруға болады.", policy="[return_window]")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert any(p.path == "docs/kk/p.md" and p.line == 5 and "return_window" in p.message for p in report.problems)


def test_a_wrong_fact_stated_in_every_language_alike_is_still_caught(tmp_path):
    pages = {"en": page("Return it within 14 days."), "kk": page("14 күн ішінде қайтарыңыз."),
             "el": page("Επιστροφή εντός 14 ημερών.")}
    report = run(tmp_path, pages)
    assert {p.path for p in report.problems} == {f"docs/{lang}/p.md" for lang in pages}
    assert all("return window is 30 days" in p.message and "{{ policy.return_window }}" in p.message
               for p in report.problems)


def test_an_unknown_fact_in_front_matter_names_the_closest(tmp_path):
    report = run(tmp_path, {"en": page("Hello.", policy="[return_windw]")})
    (p,) = report.problems
    assert (p.line, p.expected) == (5, "return_window")


def test_marked_exceptions_are_not_alarms_but_are_all_listed(tmp_path):
    en = page("At peak times up to 48 hours. <!-- policy: ignore -->\n\nTake 2 photos.")
    kk = page("Қарбалас кезде 72 сағатқа дейін. <!-- policy: ignore -->\n\n2 фото.")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert report.problems == [], report.text()
    assert [(w.path, w.line) for w in report.waivers] == [("docs/en/p.md", BODY_LINE), ("docs/kk/p.md", BODY_LINE)]
    assert "exception" in report.text() and "72 hour" in report.text()


def test_code_comments_dates_phones_and_orders_differ_freely(tmp_path):
    en = page("Updated 2025-07-03. Call {{ contact.phone }}. Order #123-4567890.\n\n```\nwait 14 days\n```\n\n"
              "<!-- note for translators:\n  keep 5 steps -->\n\n"
              "Model 16888, `retry 5 times`.")
    el = page("Ενημέρωση 3 Ιουλίου 2024. Καλέστε +30 210 555 0199. Παραγγελία #999-0000001.\n\n```\nwait 99 days\n```\n\n"
              "Μοντέλο 12345, `retry 9 times`.")
    report = run(tmp_path, {"en": en, "el": el})
    assert report.problems == [], report.text()


def test_reports_every_problem_at_once_in_text_and_github_formats(tmp_path):
    kk = page("Оны 14 күн ішінде қайтарыңыз. 48 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.")
    el = page("Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. 1 έως 4 εργάσιμες ημέρες. 2 φωτογραφίες.")
    report = run(tmp_path, {"en": page(EN), "kk": kk, "el": el})
    drifts = [p for p in report.problems if p.found != "(missing)"]
    assert {(p.path, p.found.split(" = ")[1]) for p in drifts} >= {
        ("docs/kk/p.md", "14 days"), ("docs/kk/p.md", "48 hours"), ("docs/el/p.md", "1–4 business days")}
    gh = report.github()
    assert f"::error file=docs/el/p.md,line={BODY_LINE},col=" in gh
    assert f"docs/kk/p.md:{BODY_LINE}:" in report.text()


def test_the_column_is_the_source_column_even_after_a_placeholder(tmp_path):
    el_line = "Εντός {{ policy.return_window }} ημερών, απαντάμε σε 48 ώρες."
    report = run(tmp_path, {"en": page("Within {{ policy.return_window }} days, we reply in 24 hours."),
                            "el": page(el_line)})
    found = [p for p in report.problems if "48 hour" in p.found]
    assert found and all((p.path, p.line, p.col) == ("docs/el/p.md", BODY_LINE, el_line.index("48 ώρες") + 1)
                         for p in found)


def test_copies_awaiting_translation_are_not_compared_but_counted(tmp_path):
    kk = page("Return it within 14 days.").replace("policy: []", "policy: []\ntranslation: awaiting")
    assert "{{" in EN
    report = run(tmp_path, {"en": page(EN), "kk": kk})
    assert report.problems == [] and report.awaiting == 1
    assert "1 translation(s) awaiting translation not compared" in report.text()


def test_front_matter_mistakes_are_named_by_line_with_the_fix(tmp_path):
    broken = "---\ntitle: T\ndescription: a: b\npolicy: []\n---\n\n# T\n"
    report = run(tmp_path, {"en": broken})
    (p,) = report.problems
    assert p.text().startswith("docs/en/p.md:3: the front matter is not valid YAML") and "quotes" in p.text()
    report = run(tmp_path, {"en": page("Hello.", policy="[return_windw]")})
    assert report.problems[0].text() == ("docs/en/p.md:5: the front matter names an unknown policy fact "
                                         "'return_windw': did you mean 'return_window'?")


def test_an_extra_quantity_points_at_the_nearest_quantity_of_the_english_page(tmp_path):
    en = page("First line, nothing counted.\n\nTake 2 photos.\n\nWait 5 days.\n\nThe end.")
    kk = page("Бірінші жол.\n\n2 фото түсіріңіз.\n\n5 күн күтіңіз.\n\nСоңы. 7 апта.")
    report = run(tmp_path, {"en": en, "kk": kk})
    (p,) = report.problems
    assert (p.path, p.line, p.found) == ("docs/kk/p.md", BODY_LINE + 6, "'7 апта' = 7 weeks")
    # the English line with a quantity closest to the Kazakh line (5 days, two lines up), quoted
    assert p.other == f"docs/en/p.md:{BODY_LINE + 4}: Wait 5 days."
    assert p.message == ("says 7 weeks, which the English page (docs/en/p.md) does not say: remove it, or add it "
                         "to the English page and every translation")
    # an English page without any quantity: the page itself
    report = run(tmp_path, {"en": page("Nothing counted here."), "kk": page("Мұнда 3 апта.")})
    (p,) = report.problems
    assert p.other == "docs/en/p.md"


def test_a_quantity_missing_before_any_other_is_reported_at_the_translations_heading(tmp_path):
    en = page("Take 2 photos.\n\nWait 5 days.")
    kk = page("Фото түсіріңіз.\n\n5 күн күтіңіз.")          # the 2 photos are missing, first on the page
    report = run(tmp_path, {"en": en, "kk": kk})
    (p,) = report.problems
    assert (p.path, p.line, p.col, p.found, p.expected) == ("docs/kk/p.md", BODY_LINE - 2, 1, "(missing)", "2")
    # a translation without a "# " heading: its first line
    kk = "---\ntitle: T\ndescription: d\nupdated: 2025-07-03\npolicy: []\n---\n\n## T\n\nФото.\n\n5 күн күтіңіз.\n"
    report = run(tmp_path, {"en": en, "kk": kk})
    (p,) = report.problems
    assert (p.line, p.col) == (1, 1)


def lines(*texts: str) -> str:
    return "\n\n".join(texts)


def test_a_quantity_stated_twice_must_be_stated_twice(tmp_path):
    en = page(lines("Take 2 photos.", "Then 2 more photos."))
    kk = page(lines("2 фото түсіріңіз.", "Тағы фото."))
    (p,) = run(tmp_path, {"en": en, "kk": kk}).problems
    assert (p.path, p.found, p.expected, p.line, p.col) == ("docs/kk/p.md", "(missing)", "2", BODY_LINE, 1)
    assert p.other == f"docs/en/p.md:{BODY_LINE + 2}: Then 2 more photos."


def test_drifted_values_are_paired_by_unit_whatever_their_order(tmp_path):
    en = page("Wait 5 days, or 3 hours by phone.")
    kk = page("Телефонмен 4 сағат, әйтпесе 6 күн күтіңіз.")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert sorted(p.message.split(" (")[0] for p in report.problems) == [
        "says 4 hours where the English page says 3 hours", "says 6 days where the English page says 5 days"]


def test_a_missing_quantity_is_placed_after_the_counterpart_of_the_one_before_it(tmp_path):
    en = page(lines("Take 2 photos.", "Pack 4 boxes.", "Wait 5 days.", "Send 3 items."))
    kk = page(lines("3 зат жіберіңіз.", "Алдымен 2 фото түсіріңіз, сосын 4 қорап.", "Күтіңіз."))
    (p,) = run(tmp_path, {"en": en, "kk": kk}).problems
    # after "4 boxes" (the English quantity just before 5 days), where the Kazakh page says it
    kk_line = "Алдымен 2 фото түсіріңіз, сосын 4 қорап."
    assert (p.expected, p.line, p.col) == ("5 days", BODY_LINE + 2, kk_line.index("4 қорап") + 1)


def test_a_marked_exception_on_one_side_only_is_not_compared_and_the_rest_still_is(tmp_path):
    en = page(lines("At peak times up to 48 hours. <!-- policy: ignore -->", "Take 2 photos.", "Wait 5 days."))
    kk = page(lines("2 фото түсіріңіз.", "7 күн күтіңіз."))
    report = run(tmp_path, {"en": en, "kk": kk})
    (p,) = report.problems                  # 48 hours not missing; the drift after it still reported
    assert p.message.startswith("says 7 days where the English page says 5 days")
    assert [w.path for w in report.waivers] == ["docs/en/p.md"]


def test_a_wrong_fact_and_a_drift_after_it_are_each_reported_once(tmp_path):
    en = page(lines("Return it within {{ policy.return_window }} days.", "Take 2 photos.", "Then 1 more."))
    kk = page(lines("Оны 14 күн ішінде қайтарыңыз.", "3 фото түсіріңіз."))
    report = run(tmp_path, {"en": en, "kk": kk})
    found = sorted((p.line, p.found.split(" = ")[-1]) for p in report.problems)
    # "1" has no pair before it on the Kazakh page (14 days is a wrong fact, 3 a drift): placed at the heading
    assert found == [(BODY_LINE - 2, "(missing)"), (BODY_LINE, "14 days"), (BODY_LINE + 2, "3")], report.text()
    # the English page's own wrong fact is reported on it, not again as missing from the translation
    en = page(lines("Return it within 14 days.", "Take 2 photos.", "Then 1 more."))
    kk = page(lines("Оны {{ policy.return_window }} күн ішінде қайтарыңыз.", "2 фото түсіріңіз."))
    report = run(tmp_path, {"en": en, "kk": kk})
    assert sorted((p.path, p.found.split(" = ")[-1]) for p in report.problems) == [
        ("docs/en/p.md", "14 days"), ("docs/kk/p.md", "(missing)"), ("docs/kk/p.md", "30 days")], report.text()


def test_front_matter_mistakes_word_for_word(tmp_path):
    broken = "---\ntitle: T\ndescription: a: b\npolicy: []\n---\n\n# T\n"
    (p,) = run(tmp_path, {"en": broken}).problems
    assert (p.line, p.col) == (3, 1)
    assert p.text() == ("docs/en/p.md:3: the front matter is not valid YAML (mapping values are not allowed in this context): "
                        "write one `key: value` per line, lists as [a, b], and put a value holding ': ' or '#' in "
                        "quotes")
    (p,) = run(tmp_path, {"en": page("Return it within {{ policy.return_window }} days.", policy="5")}).problems
    assert (p.line, p.col, p.found, p.expected) == (5, 1, "5", "e.g. [return_window, first_reply, processing_time]")
    assert p.message == ("`policy:` in the front matter must be a list of fact ids, e.g. policy: [return_window, "
                         "first_reply, processing_time], or policy: []")


def test_one_fact_id_without_brackets_is_a_list_of_one(tmp_path):
    en = page("Return it within {{ policy.return_window }} days.", policy="return_window")
    kk = page("Тауарды қайтаруға болады.", policy="return_window")
    (p,) = [p for p in run(tmp_path, {"en": en, "kk": kk}).problems if p.line == 5]    # and 30 days missing, at the H1
    assert p.path == "docs/kk/p.md"
    assert "which its front matter declares (policy: [return_window])" in p.message
    assert p.message.endswith("or remove return_window from its `policy:` list")


def test_the_policy_line_is_the_front_matters_not_a_body_line_that_looks_like_it(tmp_path):
    text = "---\ntitle: T\npolicy: [return_windw]\n---\npolicy: the store's rules\n"
    (p,) = run(tmp_path, {"en": text}).problems
    assert (p.line, p.found) == (3, "return_windw")


def test_pages_without_front_matter_are_compared_too(tmp_path):
    (p,) = run(tmp_path, {"en": "# T\n\nTake 2 photos.\n", "kk": "# T\n\n3 фото.\n"}).problems
    assert p.text() == ("docs/kk/p.md:3: says 3 where the English page says 2 (docs/en/p.md:3): say the same as the "
                        "English page\n    docs/en/p.md:3: Take 2 photos.")


def test_a_file_that_is_not_utf8_is_named_as_the_editor_knows_it(tmp_path):
    from helpcenter.sources import SourceError
    (tmp_path / "docs" / "kk").mkdir(parents=True)
    (tmp_path / "docs" / "kk" / "p.md").write_bytes(page("Bad \xff line").encode("latin-1"))
    with pytest.raises(SourceError) as info:
        check_docs(tmp_path, tmp_path / "docs", ["en", "kk", "el"], FACTS, CONTEXT, "en")
    assert str(info.value).startswith(f"docs/kk/p.md:{BODY_LINE}:")


@pytest.mark.parametrize("lang,text,typed,write", [
    ("en", "Return it within 30 days.", "30 days", "{{ policy.return_window }} days"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз.", "30 күн", "{{ policy.return_window }} күн"),
    ("el", "Επιστρέψτε το σε 30 ημέρες.", "30 ημέρες", "{{ policy.return_window }} ημέρες"),
    ("el", "Επιστρέψτε το εντός 30 ημερών.", "30 ημερών", "{{ policy.return_window }} ημερών"),
], ids=["en", "kk", "el-1", "el-2"])
def test_what_to_write_keeps_the_unit_as_the_editor_wrote_it(tmp_path, lang, text, typed, write):
    pages = {"en": page(text)} if lang == "en" else {
        "en": page("Return it within {{ policy.return_window }} days."), lang: page(text)}
    (p,) = run(tmp_path, pages).problems
    assert p.message == (f"says '{typed}', the return window typed by hand: write {write}, so that the page follows "
                         "mkdocs.yml when the return window changes")
    assert (p.expected, p.other) == (write, "mkdocs.yml extra.policy.return_window")


def test_a_declared_fact_not_stated_says_what_to_write_in_english_words(tmp_path):
    en = page("Orders take {{ policy.processing_time }} business days.", policy="[processing_time]")
    kk = page("Тапсырыс өңделеді.", policy="[processing_time]")
    (p,) = [p for p in run(tmp_path, {"en": en, "kk": kk}).problems if p.line == 5]
    assert p.message == ("does not say the processing time (1–3 business days), which its front matter declares "
                         "(policy: [processing_time]): write {{ policy.processing_time }} business days where the "
                         "Kazakh text speaks of it, or remove processing_time from its `policy:` list")
    assert p.other == f"docs/en/p.md:{BODY_LINE}: Orders take {{{{ policy.processing_time }}}} business days."


def test_columns_after_several_placeholders_and_of_a_rendered_value(tmp_path):
    en = page("Within {{ policy.return_window }} days or {{ policy.first_reply }} hours, take 2 photos.")
    el = "Εντός {{ policy.return_window }} ημερών ή {{ policy.first_reply }} ωρών, 3 φωτογραφίες."
    (p,) = run(tmp_path, {"en": en, "el": page(el)}).problems
    assert (p.line, p.col, p.found) == (BODY_LINE, el.index("3 φωτογραφίες") + 1, "'3' = 3")
    # a placeholder rendered with the wrong unit after it: the report points at its `{{`
    kk = "{{ policy.return_window }} күн, {{ policy.first_reply }} күн, 2 фото."
    report = run(tmp_path / "b", {"en": en, "kk": page(kk)})
    assert [(p.line, p.col) for p in report.problems] == [(BODY_LINE, kk.index("{{ policy.first_reply }}") + 1)]


def test_numbers_in_fenced_and_inline_code_are_not_compared(tmp_path):
    en = page(lines("Take 2 photos.", "````\n```\nwait 9 days\n```\n````", "Then `retry 5 times` once."))
    kk = page(lines("2 фото түсіріңіз.", "~~~~\n~~~\n7 күн\n~~~\n~~~~", "Бір рет `retry 3 times`."))
    report = run(tmp_path, {"en": en, "kk": kk})
    assert report.problems == [], report.text()


def test_an_unfilled_new_article_is_reported_where_the_scaffold_was_left(tmp_path):
    en = page("Write the answer here.").replace("description: d", "description: TODO")
    kk = page("Write the answer here.").replace("policy: []", "policy: []\ntranslation: awaiting")
    report = run(tmp_path, {"en": en, "kk": kk})         # an awaiting copy is not published: not reported
    assert sorted((p.path, p.line, p.col) for p in report.problems) == [("docs/en/p.md", 3, 1),
                                                                       ("docs/en/p.md", BODY_LINE, 1)]
    assert all(p.text().startswith(f"docs/en/p.md:{p.line}: ") for p in report.problems)
    assert any("description is still the new-article TODO" in p.message for p in report.problems)
    assert any('still the new-article placeholder ("Write the answer here. ...")' in p.message
               for p in report.problems)


def test_pages_and_awaiting_translations_are_counted_over_every_page(tmp_path):
    awaiting = page("Take 2 photos.").replace("policy: []", "policy: []\ntranslation: awaiting")
    run(tmp_path, {"en": page("Take 2 photos."), "kk": awaiting, "el": page("2 φωτογραφίες.")}, name="a.md")
    report = run(tmp_path, {"en": page("Take 2 photos."), "kk": awaiting}, name="b.md")
    assert (report.pages, report.awaiting) == (2, 2) and report.ok
    assert report.summary() == ("policy guard: 0 problem(s), 0 exception(s), 2 page(s), "
                                "2 translation(s) awaiting translation not compared")


def test_the_reference_language_is_the_first_unless_named_and_docs_outside_the_root_keep_their_path(tmp_path):
    docs = tmp_path / "elsewhere" / "docs"
    for lang, text in {"en": page("Take 2 photos."), "kk": page("3 фото.")}.items():
        (docs / lang).mkdir(parents=True)
        (docs / lang / "p.md").write_text(text, encoding="utf-8")
    report = check_docs(tmp_path / "root", docs, ["kk", "en", "el"], FACTS, CONTEXT)
    (p,) = report.problems
    assert p.path == str(docs / "en" / "p.md")
    assert p.message.startswith("says 2 where the Kazakh page says 3")


def test_the_title_and_description_are_read_at_their_own_line_and_column(tmp_path):
    en = page("Body.", title="Take 2 photos").replace("description: d", "description: Wait 5 days")
    kk = page("Мәтін.", title="Тағы 3 фото").replace("description: d", "description: 5 күн күтіңіз")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert sorted((p.path, p.line, p.col) for p in report.problems) == [
        ("docs/kk/p.md", 2, len("title: Тағы ") + 1), ("docs/kk/p.md", 8, len("# Тағы ") + 1)], report.text()


def test_a_page_whose_placeholders_do_not_render_is_reported_once_and_not_compared(tmp_path):
    en = page("Take 2 photos.\n\nWrite to {{ stor }}.")
    kk = page("5 фото.")
    (p,) = run(tmp_path, {"en": en, "kk": kk}).problems
    assert p.text() == f"docs/en/p.md:{BODY_LINE + 2}: unknown placeholder 'stor', did you mean 'store'?"
    assert p.col == 1


def test_an_unknown_fact_without_a_close_name_lists_the_facts(tmp_path):
    (p,) = run(tmp_path, {"en": page("Hello.", policy="[shipping]")}).problems
    assert p.message == ("the front matter names an unknown policy fact 'shipping': the facts are: return_window, "
                         "first_reply, processing_time")
    assert (p.line, p.col, p.found, p.expected) == (5, 1, "shipping", "return_window, first_reply, processing_time")
