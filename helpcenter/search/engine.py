"""The help center's lunr search in Python, doing what Material's search worker does in the browser.

``build_index`` indexes the documents of one language's ``search_index.json`` with the same
tokenizer (the index's ``separator``) and the same single pipeline function (``text.analyse``)
that ``lunr.<lang>.min.js`` installs in the worker. ``search`` runs a query the way the worker
does: Material's query transform (a trailing ``*`` on every term), lunr's query parser, our
rewrite of every clause (``rewrite_clauses``: the twin of ``rewriteClauses`` in hc-search.js),
one-typo clauses for long words, then Material's post-query boost and grouping by article.
The result is the list of article locations in the order the search box shows them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lunr.builder import Builder
from lunr.exceptions import QueryParseError
from lunr.pipeline import Pipeline
from lunr.query import Clause, Query, QueryPresence
from lunr.query_lexer import QueryLexer
from lunr.query_parser import QueryParser

from . import text

FUZZY_MIN = 5       # words of at least five letters (after folding) also match with one typo
FUZZY_MAX = 24
FUZZY_BOOST = 0.2   # ... scored well below an exact or prefix match
FUZZY_MAX_TERMS = 8
FIELDS = ("title", "text", "tags")


def _pipeline_fn(lang: str):
    def analyse(token, i=None, tokens=None):
        terms = text.index_terms(lang, str(token))
        if len(terms) > 1:  # a Russian word on the Kazakh site: its Kazakh and its Russian term
            return [token.clone(lambda s, m, t=t: t) for t in terms]
        return token.update(lambda s, m: terms[0]) if terms else None

    Pipeline.register_function(analyse, f"hc-analyse-{lang}")
    return analyse


_FNS: dict[str, object] = {}


def _fn(lang: str):
    if lang not in _FNS:
        _FNS[lang] = _pipeline_fn(lang)
    return _FNS[lang]


@dataclass
class LangIndex:
    lang: str
    index: object
    docs: dict[str, dict]
    parent: dict[str, str] = field(default_factory=dict)
    separator: re.Pattern = text.SEPARATOR_RE


def build_index(lang: str, data: dict) -> LangIndex:
    """A Python lunr index of one language's search_index.json ({config, docs})."""
    separator = re.compile(data.get("config", {}).get("separator") or text.SEPARATOR)
    fields = data.get("config", {}).get("fields") or {"title": {"boost": 1000}, "text": {"boost": 1}}
    builder = Builder()
    builder.pipeline.add(_fn(lang))
    builder.ref("location")
    for name, spec in fields.items():
        builder.field(name, boost=(spec or {}).get("boost", 1),
                      extractor=lambda doc, n=name: _field_words(doc.get(n), separator))
    builder.b(0)
    docs, parent = {}, {}
    for doc in data["docs"]:
        builder.add(doc, {"boost": doc["boost"]} if "boost" in doc else None)
        path = doc["location"].split("#")[0]
        if path in docs:
            parent[doc["location"]] = path
        else:
            docs[path] = doc
        docs.setdefault(doc["location"], doc)
    return LangIndex(lang, builder.build(), docs, parent, separator)


def _field_words(value, separator: re.Pattern) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return [w for w in separator.split(str(value)) if w]


# ---------------------------------------------------------------------------------------------
# Queries


def transform_query(query: str, separator: re.Pattern = text.SEPARATOR_RE) -> str:
    """Material's transformSearchQuery: quoted words required, lone operators dropped, terms split
    with the index's separator, and a trailing wildcard on every term without ~N or ^N."""
    query = query.strip()
    parts = re.split(r'"([^"]+)"', query)
    query = "".join(
        re.sub(r"^\b|^(?![^\x00-\x7F]|$)|\s+", " +", p) if i % 2 else p for i, p in enumerate(parts)
    )
    query = re.sub(r'"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)', "", query)
    terms: list[str] = []
    for part in re.split(r"\s+", query):
        terms.extend(_split_part(part, separator))
    terms = [t + "1" if re.search(r"[~^]$", t) else t for t in terms]
    terms = [t if re.search(r"(^[+-]|[~^]\d+$)", t) else t + "*" for t in terms]
    return " ".join(terms)


def _split_part(part: str, separator: re.Pattern) -> list[str]:
    lexer = QueryLexer(part)
    lexer.run()
    out = []
    for lexeme in lexer.lexemes:
        kind, term, start, end = lexeme["type"], lexeme["string"], lexeme["start"], lexeme["end"]
        if kind == QueryLexer.FIELD:
            if term not in FIELDS:
                part = part[:end] + " " + part[end + 1:]
        elif kind == QueryLexer.TERM:
            pos = 0
            for m in list(separator.finditer(term)) + [None]:
                stop = m.start() if m else len(term)
                if stop > pos:
                    out.append(part[:start] + term[pos:stop] + part[end:])
                pos = m.end() if m else pos
    return out


def rewrite_clauses(lang: str, clauses: list[Clause]) -> list[Clause]:
    """Analyse every clause term like the index does, keeping its wildcards; drop stop words."""
    kept = []
    for c in clauses:
        term = str(c.term)
        lead = term.startswith("*")
        trail = len(term) > 1 and term.endswith("*")
        core = term.replace("*", "")
        folded = text.fold(lang, core)
        terms = text.query_terms(lang, core)
        if not terms:
            continue
        out = terms[0]
        c.term = ("*" if lead else "") + out + ("*" if trail else "")
        c.use_pipeline = False
        c.hc_fuzzy = out if (not c.edit_distance and FUZZY_MIN <= len(folded) <= FUZZY_MAX) else None
        c.hc_alts = [("*" if lead else "") + t + ("*" if trail else "") for t in terms[1:]]
        kept.append(c)
    return kept


def alternate_clauses(clauses: list[Clause]) -> list[Clause]:
    """Optional clauses for a word's other terms (its Russian stem on the Kazakh site), added to
    the index query only: the terms the search box shows and boosts by stay one per word."""
    return [Clause(term=alt, fields=c.fields, edit_distance=c.edit_distance, use_pipeline=False,
                   boost=c.boost, presence=QueryPresence.OPTIONAL, wildcard=c.wildcard)
            for c in clauses if c.presence != QueryPresence.PROHIBITED
            for alt in getattr(c, "hc_alts", ())]


def fuzzy_clauses(clauses: list[Clause]) -> list[Clause]:
    extra, seen = [], set()
    for c in clauses:
        if len(extra) >= FUZZY_MAX_TERMS:
            break
        fz = getattr(c, "hc_fuzzy", None)
        if not fz or fz in seen or c.presence == QueryPresence.PROHIBITED:
            continue
        seen.add(fz)
        extra.append(Clause(term=fz, fields=c.fields, edit_distance=1, use_pipeline=False,
                            boost=(c.boost or 1) * FUZZY_BOOST, presence=QueryPresence.OPTIONAL))
    return extra


def parse(lang: str, query_string: str, fields) -> Query:
    query = Query(list(fields))
    QueryParser(query_string, query).parse()
    query.clauses = rewrite_clauses(lang, query.clauses)
    return query


def search(idx: LangIndex, raw: str) -> list[str]:
    """Article locations, best first, as the search box lists them for the typed text."""
    order: list[str] = []
    for _, ref in ranked_sections(idx, raw):
        article = idx.parent.get(ref, ref)
        if article not in order:
            order.append(article)
    return order


def answers(idx: LangIndex, raw: str, faq_path: str = "faq/") -> list[str]:
    """The FAQ question ids the contact page's answer box lists for the typed text, best first:
    the sections under ``faq_path`` ordered by their score (hc-answers.js sorts by item.score)."""
    out = []
    for score, ref in sorted(ranked_sections(idx, raw), key=lambda x: x[0]):
        path, _, frag = ref.partition("#")
        if path == faq_path and frag and frag not in out:
            out.append(frag)
    return out


def ranked_sections(idx: LangIndex, raw: str) -> list[tuple[float, str]]:
    """(minus the boosted score, section location) of every matching section, in the order
    Material's worker lists them (the score boosted by the share of the query's terms found)."""
    q = transform_query(raw, idx.separator)
    if not q:
        return []
    try:
        query = parse(idx.lang, q, idx.index.fields)
        shown = [c for c in parse(idx.lang, q, FIELDS).clauses
                 if c.presence != QueryPresence.PROHIBITED]
    except QueryParseError:
        return []  # the worker catches the same error and shows no results
    for c in fuzzy_clauses(query.clauses) + alternate_clauses(query.clauses):
        query.clause(c)
    if not query.clauses:
        return []
    for c in shown:
        c.term = c.term.strip("*")
    results = []
    for n, r in enumerate(idx.index.query(query)):
        ref = r["ref"]
        terms = _query_terms(shown, list(r["match_data"].metadata.keys()))
        found = sum(1 for v in terms.values() if v)
        boost = (0 if ref in idx.parent else 1) + (found / len(terms) if terms else 0)
        results.append((-(r["score"] * (1 + boost ** 2)), n, ref))
    results.sort()
    return [(score, ref) for score, _, ref in results]


def _query_terms(clauses, terms: list[str]) -> dict[str, bool]:
    remaining = list(clauses)
    result: dict[str, bool] = {}
    for t in terms:
        for c in list(remaining):
            if t.startswith(c.term):
                result[c.term] = True
                remaining.remove(c)
    for c in remaining:
        if c.term not in text.porter.STOP_WORDS:
            result[c.term] = False
    return result
