"""The built contact page (answer box, channels from settings, policy values) and the FAQ as disclosures."""
from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from helpcenter import mkdocs_yaml
from helpcenter.search import shards
from support import LANG_PREFIX, LANGS, ROOT


@pytest.fixture(scope="module")
def settings():
    return mkdocs_yaml.read(ROOT / "mkdocs.yml")["extra"]


class Elements(HTMLParser):
    """Every element: tag, attributes, ancestors (tags), and the text inside it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.all = [], []

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "ancestors": [e["tag"] for e in self.stack], "text": "",
              "parents": list(self.stack)}
        self.all.append(el)
        if tag not in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            self.stack.append(el)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for el in self.stack:
            el["text"] += data

    def find(self, **attrs):
        return [e for e in self.all if all(e["attrs"].get(k) == v for k, v in attrs.items())]

    def by_id(self, id_):
        found = self.find(id=id_)
        assert len(found) == 1, f"{len(found)} elements with id {id_!r}"
        return found[0]


def parse(html: str) -> Elements:
    p = Elements()
    p.feed(html)
    p.close()
    return p


def article(html: str) -> str:
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def faq_ids(lang: str) -> list[str]:
    """The stable ids of docs/<lang>/faq.md, or of the English file the language falls back to."""
    path = ROOT / "docs" / lang / "faq.md"
    if not path.exists():
        path = ROOT / "docs" / "en" / "faq.md"
    return re.findall(r"^## .*\{#([a-z0-9-]+)\}\s*$", path.read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize("lang", LANGS)
def test_contact_page_has_the_answer_box(built_site, lang):
    # Without script the box is hidden by CSS (see the browser tests), not by an attribute that
    # script would remove after the first paint and shift the page.
    page = parse(built_site.html(LANG_PREFIX[lang] + "contact/"))
    box = page.by_id("hc-answers")
    assert "section" == box["tag"]
    textarea = page.by_id("hc-answers-input")
    label = page.find(**{"for": "hc-answers-input"})
    assert textarea["tag"] == "textarea" and len(label) == 1 and label[0]["text"].strip()
    status = page.by_id("hc-answers-status")
    assert status["attrs"].get("aria-live") == "polite"
    # Written in the page's language, and the box's title is not English on kk/el pages.
    assert page.find(**{"class": "hc-contact"})[0]["attrs"]["lang"] == lang
    title = page.by_id("hc-answers-title")["text"].strip()
    assert (title == "Describe your problem") == (lang == "en")


@pytest.mark.parametrize("lang", LANGS)
def test_without_script_the_page_links_the_faq_of_its_language(built_site, lang):
    here = LANG_PREFIX[lang] + "contact/"
    page = parse(built_site.html(here))
    para = page.find(**{"class": "hc-contact__faq"})
    assert len(para) == 1
    links = [e for e in page.all if e["tag"] == "a" and para[0] in e["parents"]]
    assert len(links) == 1 and links[0]["text"].strip()
    target = urlsplit(urljoin(built_site.url + here, links[0]["attrs"]["href"])).path
    assert target == "/" + LANG_PREFIX[lang] + "faq/"
    # it is outside the box that stays hidden without script
    assert page.by_id("hc-answers") not in links[0]["parents"]
    assert (built_site.path / LANG_PREFIX[lang] / "faq" / "index.html").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_channels_come_from_settings_and_the_reply_time_from_the_policy(built_site, settings, lang):
    html = built_site.html(LANG_PREFIX[lang] + "contact/")
    page = parse(html)
    block = page.find(**{"class": "hc-channels"})[0]
    contact = settings["contact"]
    hrefs = [e["attrs"].get("href") for e in page.all if e["tag"] == "a" and "hc-channel__link" in e["attrs"].get("class", "")]
    if contact.get("email"):
        assert f"mailto:{contact['email']}" in hrefs
        assert contact["email"] in block["text"]
    if contact.get("phone"):
        assert "tel:" + re.sub(r"[^0-9+]", "", contact["phone"]) in hrefs
        assert contact["phone"] in block["text"]
    here = LANG_PREFIX[lang] + "contact/"
    for key in ("chat_url", "form_url"):
        value = contact.get(key)
        if not value:
            continue
        if value.split("#")[0].endswith(".md"):
            # a page of the help center: the same page in the reader's own language
            path, _, fragment = value.partition("#")
            expected = "/" + LANG_PREFIX[lang] + path[:-3] + "/"
            resolved = {urlsplit(urljoin(built_site.url + here, h)) for h in hrefs if h}
            assert any(u.path == expected and u.fragment == fragment for u in resolved), (key, hrefs)
        else:
            assert value in hrefs
    first_reply = str(settings["policy"]["first_reply"]["value"])
    expect = page.find(**{"class": "hc-channels__expect"})[0]["text"]
    assert re.search(rf"(?<!\d){first_reply}(?!\d)", expect), expect
    assert len(page.find(**{"class": "hc-channels__ready"})) == 1
    # nothing on the page loads a chat or form service
    assert not re.search(r'<(script|iframe)[^>]+src="(https?:)?//', html)


@pytest.mark.parametrize("lang", LANGS)
def test_contact_page_ids_are_unique(built_site, lang):
    ids = re.findall(r'\sid="([^"]+)"', built_site.html(LANG_PREFIX[lang] + "contact/"))
    assert [i for i, n in Counter(ids).items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGS)
def test_answer_box_knows_the_article_of_every_answer(built_site, lang):
    here = LANG_PREFIX[lang] + "contact/"
    page = parse(built_site.html(here))
    data = json.loads(page.by_id("hc-answers-data")["text"])
    ids = faq_ids(lang)
    assert set(data["links"]) <= set(ids)
    assert len(data["links"]) >= len(ids) // 2  # most answers link to their full article
    for qid, href in data["links"].items():
        target = urlsplit(urljoin(built_site.url + here, href)).path
        assert (built_site.path / target.lstrip("/") / "index.html").exists(), (qid, href)


@pytest.mark.parametrize("lang", LANGS)
def test_every_faq_question_is_a_disclosure_with_a_stable_anchor(built_site, lang):
    page = parse(article(built_site.html(LANG_PREFIX[lang] + "faq/")))
    ids = faq_ids(lang)
    assert len(ids) >= 10
    details = [e for e in page.all if e["tag"] == "details"]
    assert [d["attrs"].get("data-hc-faq") for d in details] == ids
    for qid in ids:
        heading = page.by_id(qid)
        assert heading["tag"] == "h2" and heading["ancestors"][-2:] == ["details", "summary"]
    # closed by default: a reader scans the questions, the anchor opens one
    assert all("open" not in d["attrs"] for d in details)


def test_faq_ids_are_the_same_in_every_language(built_site):
    found = {lang: re.findall(r'<details class="hc-faq" data-hc-faq="([^"]+)"',
                              built_site.html(LANG_PREFIX[lang] + "faq/")) for lang in LANGS}
    assert found["kk"] == found["en"] and found["el"] == found["en"]


@pytest.mark.parametrize("lang", LANGS)
def test_search_index_has_one_section_per_question_with_its_answer(built_site, lang):
    index = {"docs": shards.read_docs(built_site.path / LANG_PREFIX[lang] / "search")}
    docs = {d["location"]: d for d in index["docs"]}
    faq_html = parse(article(built_site.html(LANG_PREFIX[lang] + "faq/")))
    for qid in faq_ids(lang):
        doc = docs.get(f"faq/#{qid}")
        assert doc is not None, f"faq/#{qid} is not a search section in {lang}"
        answer = next(d for d in faq_html.all if d["tag"] == "details" and d["attrs"].get("data-hc-faq") == qid)
        first_words = " ".join(answer["text"].replace(faq_html.by_id(qid)["text"], "", 1).split()[:4])
        assert first_words and first_words in " ".join(re.sub("<[^>]+>", " ", doc["text"]).split()), qid
    # The answer box and channels block are not searchable text (the article says the same itself).
    box_title = parse(built_site.html(LANG_PREFIX[lang] + "contact/")).by_id("hc-answers-title")["text"].strip()
    assert not any(box_title in d["text"] or box_title == d["title"] for d in index["docs"])
