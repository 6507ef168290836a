/*
 * Help center search engine: queries one language's prebuilt, sharded index (helpcenter/search/shards.py).
 *
 * One module for every search of the site: the search worker (worker.js) behind Material's search box and
 * the contact page's answer box, and Node for the tests (tests/site/test_search_relevance.py runs the judged
 * queries through this very file, on the shards the site ships). Plain ES2015, no dependencies, no eval.
 *
 * Query semantics are lunr's as Material's search box used them: every word is a term matched as a prefix
 * (as-you-type), "+word" is required, "-word" excluded, "quoted words" all required, "title:word" (or text:,
 * keywords:) looks in one field, "word~1" allows one edit, "word^3" boosts; words of five letters or more
 * also match with one typo, scored well below exact and prefix matches. Scoring is lunr's BM25 (k1 1.2,
 * b 0) with its per-field query normalisation, then Material's post-query boost (articles above their
 * sections, documents matching more of the query's words first) and grouping of sections by article.
 *
 * A term is looked up in the shard of its first KEY letters only: a prefix of at least KEY letters shares
 * its key with every completion, and a one-typo variant shares it unless the typo is in those first letters.
 */
(function (root, factory) {
  var api = factory()
  if (typeof module === "object" && module.exports) module.exports = api
  else root.HcEngine = api
})(typeof self !== "undefined" ? self : this, function () {
  "use strict"

  var K1 = 1.2
  var FUZZY_MIN = 5       /* words of at least five letters (after folding) also match with one typo */
  var FUZZY_MAX = 24
  var FUZZY_BOOST = 0.2   /* ... scored well below an exact or prefix match */
  var FUZZY_MAX_TERMS = 8
  var MAX_QUERY = 256     /* characters of a query considered */
  var MAX_CLAUSES = 16
  var FULL_GROUPS = 10    /* articles listed with their sections and texts (Material shows 10 at first) */
  var REQUIRED = 1, OPTIONAL = 0, PROHIBITED = -1

  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k) }

  /* ------------------------------------------------------------------------------------------ query */

  /*
   * The typed text -> clauses {word, presence, fields, edit, boost, prefix}. Never throws: operators
   * without a word are dropped, unknown fields are words, edit distances are capped at 2.
   */
  function parse(raw, separator, fieldNames) {
    var q = String(raw == null ? "" : raw).slice(0, MAX_QUERY).trim()
    /* quoted words are all required (Material's transform) */
    q = q.split(/"([^"]+)"/g).map(function (part, i) {
      return i & 1 ? part.trim().split(/\s+/).map(function (w) { return "+" + w.replace(/^[+-]+/, "") }).join(" ") : part
    }).join(" ").replace(/"/g, " ")
    var clauses = []
    var tokens = q.split(/\s+/)
    for (var i = 0; i < tokens.length && clauses.length < MAX_CLAUSES; i++) {
      var tok = tokens[i]
      if (!tok) continue
      var presence = OPTIONAL
      if (tok.charAt(0) === "+") { presence = REQUIRED; tok = tok.replace(/^\++/, "") }
      else if (tok.charAt(0) === "-") { presence = PROHIBITED; tok = tok.replace(/^-+/, "") }
      var fields = fieldNames
      var colon = tok.indexOf(":")
      if (colon > 0 && fieldNames.indexOf(tok.slice(0, colon).toLowerCase()) >= 0) {
        fields = [tok.slice(0, colon).toLowerCase()]
        tok = tok.slice(colon + 1)
      }
      var edit = 0, boost = 1, explicit = false, m
      while ((m = /([~^])(\d*)$/.exec(tok))) {
        var n = m[2] === "" ? 1 : Math.min(parseInt(m[2], 10), 10)
        if (m[1] === "~") edit = Math.min(n, 2)
        else boost = n
        explicit = true
        tok = tok.slice(0, m.index)
      }
      var words = tok.replace(/\*/g, " ").split(separator)
      for (var w = 0; w < words.length && clauses.length < MAX_CLAUSES; w++) {
        if (!words[w]) continue
        clauses.push({ word: words[w], presence: presence, fields: fields, edit: edit, boost: boost,
          prefix: !explicit && presence === OPTIONAL })
      }
    }
    return clauses
  }

  /* Levenshtein distance with adjacent transposition, <= max (lunr's fuzzy matching edits) */
  function withinEdits(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return false
    if (a === b) return true
    var prev2 = null, prev = [], cur, i, j
    for (j = 0; j <= b.length; j++) prev[j] = j
    for (i = 1; i <= a.length; i++) {
      cur = [i]
      var rowMin = i
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if (prev2 && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
            a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1)
        cur[j] = v
        if (v < rowMin) rowMin = v
      }
      if (rowMin > max) return false
      prev2 = prev
      prev = cur
    }
    return prev[b.length] <= max
  }

  /* one pass, and none for the many words with nothing to escape (mark() calls it for every word shown) */
  var HTML_SPECIAL = /[&<>"']/, HTML_SPECIALS = /[&<>"']/g
  var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }
  function entity(c) { return HTML_ENTITY[c] }
  function escapeHtml(s) {
    s = String(s)
    return HTML_SPECIAL.test(s) ? s.replace(HTML_SPECIALS, entity) : s
  }

  /* ------------------------------------------------------------------------------------------ engine */

  /*
   * analysis: the analysis module (analysis.js); manifest: the parsed search_index.json; load(path) ->
   * Promise of the parsed JSON file at path (relative to the language's search/ folder, with ?v=).
   */
  function Engine(analysis, manifest, load) {
    var hc = manifest && manifest.config && manifest.config.hc
    if (!hc || hc.version !== 1) throw new Error("hc-search: not a help center search index")
    this.A = analysis
    this.hc = hc
    this.lang = hc.lang
    this.load = load
    this.fieldNames = hc.fields.map(function (f) { return f[0] })
    this.fieldBoost = hc.fields.map(function (f) { return f[1] })
    this.shardOf = Object.create(null)
    for (var i = 0; i < hc.shards.length; i++) this.shardOf[hc.shards[i]] = i
    this.cache = Object.create(null)
    this.ready = Object.create(null)
    this.words = new Map()
  }

  Engine.prototype.file = function (name) {
    var cache = this.cache, ready = this.ready
    if (!cache[name]) {
      cache[name] = Promise.resolve(this.load(name + "?v=" + this.hc.v)).then(function (data) {
        ready[name] = true
        return data
      }, function (e) {
        delete cache[name]
        throw e
      })
    }
    return cache[name]
  }

  Engine.prototype.shard = function (key) {
    if (!has(this.shardOf, key)) return Promise.resolve({})
    return this.file("t/" + this.shardOf[key] + ".json")
  }

  Engine.prototype.catalogue = function () { return this.file("c.json") }

  Engine.prototype.articleDocs = function (a) { return this.file("d/" + a + ".json") }

  /* index terms of a word of a shown text, cached */
  Engine.prototype.termsOf = function (word) {
    var t = this.words.get(word)
    if (t === undefined) {
      t = this.A.indexTerms(this.lang, word)
      this.words.set(word, t)
    }
    return t
  }

  /*
   * The query's clauses, each with its alternatives: {term, boost, prefix, edit, fuzzy}. Stop words and
   * words without letters drop out. A word of FUZZY_MIN+ letters gets a one-typo alternative (optional,
   * FUZZY_BOOST) for its first term, at most FUZZY_MAX_TERMS of them.
   */
  Engine.prototype.clauses = function (raw) {
    var A = this.A, lang = this.lang, key = this.hc.key
    var parsed = parse(raw, A.SEPARATOR, this.fieldNames)
    var out = [], fuzzy = 0, seen = Object.create(null)
    for (var i = 0; i < parsed.length; i++) {
      var c = parsed[i]
      var terms = A.queryTerms(lang, c.word)
      if (!terms.length) continue
      var folded = A.fold(lang, c.word)
      c.alts = []
      for (var j = 0; j < terms.length; j++) {
        /* a term, or [term, boost] */
        var t = typeof terms[j] === "string" ? terms[j] : terms[j][0]
        var b = typeof terms[j] === "string" ? 1 : terms[j][1]
        c.alts.push({ term: t, boost: c.boost * b, prefix: c.prefix && t.length >= key, edit: c.edit,
          fuzzy: false })
      }
      var first = c.alts[0].term
      if (!c.edit && c.presence !== PROHIBITED && folded.length >= FUZZY_MIN && folded.length <= FUZZY_MAX &&
          fuzzy < FUZZY_MAX_TERMS && !seen[first]) {
        seen[first] = true
        fuzzy++
        c.alts.push({ term: first, boost: c.boost * FUZZY_BOOST, prefix: false, edit: 1, fuzzy: true })
      }
      out.push(c)
    }
    return out
  }

  /* Index terms matching one alternative, from its shard: [term, postings] */
  function expand(alt, shard) {
    var found = []
    if (!alt.prefix && !alt.edit) {
      if (has(shard, alt.term)) found.push([alt.term, shard[alt.term]])
      return found
    }
    for (var t in shard) {
      if (!has(shard, t)) continue
      if (alt.prefix && t.lastIndexOf(alt.term, 0) === 0) found.push([t, shard[t]])
      else if (alt.edit && withinEdits(alt.term, t, alt.edit)) found.push([t, shard[t]])
    }
    return found
  }

  /*
   * Run a query. options.article: only the documents of the article at this location (the answer box
   * asks for the FAQ's questions). Resolves to Material's SearchResult: {items: SearchItem[][]}, groups of
   * the documents of one article, best first; the first FULL_GROUPS groups with every matching section
   * and its text (matched words in <mark>), the rest as their article's title; total: the number of groups.
   * options.first: only the first groups, at most this many (a list that shows one screen); total counts all.
   * options.early(result): called first with the list as article titles only, when the texts of the first
   * articles are still to be downloaded (the reader sees the list one round trip sooner).
   */
  Engine.prototype.search = function (raw, options) {
    var self = this, hc = this.hc
    options = options || {}
    var clauses = this.clauses(raw)
    if (!clauses.length || clauses.every(function (c) { return c.presence === PROHIBITED }))
      return Promise.resolve({ items: [], total: 0 })
    var keys = Object.create(null)
    clauses.forEach(function (c) { c.alts.forEach(function (a) { keys[a.term.slice(0, hc.key)] = true }) })
    var keyList = Object.keys(keys)
    var catalogue = self.catalogue()  /* at the same time as the shards */
    return Promise.all(keyList.map(function (k) { return self.shard(k) })).then(function (loaded) {
      var shards = Object.create(null)
      keyList.forEach(function (k, i) { shards[k] = loaded[i] })
      return Promise.all([catalogue, self.score(clauses, shards)])
    }).then(function (r) {
      return self.present(raw, clauses, r[0], r[1], options)
    })
  }

  /*
   * lunr's scoring of the matched documents: {results: [{doc, score, share}], matched(doc) -> {terms, shown}}.
   * share: the part of the typed words the document matched exactly or as a prefix (Material's boost counts
   * these). matched(doc), asked only for the documents the list shows: terms, the index terms it matched
   * (for the <mark>s); shown, per typed word, whether it matched at all, typos included (the list's
   * "Missing:" line names the others).
   * The query vector depends on the matched terms only, so it is complete before any posting is read; then
   * each (field, term) pair's postings are read once (a pair met again through another alternative has the
   * same weight and counts once, as in lunr's document vectors) into flat typed arrays, in the order the
   * pairs were met: every document's sums are added up in the same order as lunr's, and a query allocates
   * a few arrays, not objects per matched document.
   */
  Engine.prototype.score = function (clauses, shards) {
    var hc = this.hc, nFields = this.fieldNames.length, self = this, boosts = hc.boosts, nDocs = hc.docs
    var queryVec = [], pairIds = [], f, i, q, doc
    for (f = 0; f < nFields; f++) { queryVec.push(Object.create(null)); pairIds.push(new Map()) }
    var pairs = []   /* {field, term, list, idf}, in the order met */
    var visits = []  /* {ci, list, fuzzy, prohibited}: every (alternative, term, field) met, for the masks */
    var postings = 0
    clauses.forEach(function (c, ci) {
      var fieldIdx = c.fields.map(function (name) { return self.fieldNames.indexOf(name) })
      var prohibited = c.presence === PROHIBITED
      c.alts.forEach(function (alt) {
        expand(alt, shards[alt.term.slice(0, hc.key)] || {}).forEach(function (hit) {
          var term = hit[0], lists = hit[1], df = 0, l
          for (l = 0; l < lists.length; l++) df += lists[l].length / 2
          var idf = Math.log(1 + Math.abs((hc.docs - df + 0.5) / (df + 0.5)))
          fieldIdx.forEach(function (fi) {
            var list = lists[fi] || []
            visits.push({ ci: ci, list: list, fuzzy: alt.fuzzy, prohibited: prohibited })
            if (prohibited) return
            queryVec[fi][term] = (queryVec[fi][term] || 0) + alt.boost
            if (!pairIds[fi].has(term)) {
              pairIds[fi].set(term, pairs.length)
              pairs.push({ field: fi, term: term, list: list, idf: idf })
              postings += list.length / 2
            }
          })
        })
      })
    })
    var magnitude = queryVec.map(function (v) {
      var s = 0
      for (var t in v) s += v[t] * v[t]
      return Math.sqrt(s)
    })
    /* per clause and document: 1 matched at all, 2 matched exactly or as a prefix; excluded documents */
    var masks = clauses.map(function () { return new Uint8Array(nDocs) })
    var excluded = new Uint8Array(nDocs)
    visits.forEach(function (v) {
      var list = v.list, mask = masks[v.ci], bits = v.fuzzy ? 1 : 3
      for (q = 0, doc = 0; q < list.length; q += 2) {
        doc += list[q]
        if (v.prohibited) excluded[doc] = 1
        else mask[doc] |= bits
      }
    })
    /* the dot products per field, and which pairs each document matched (a list per document) */
    var dots = new Float64Array(nDocs * nFields)
    var touched = new Uint8Array(nDocs)
    var head = new Int32Array(nDocs).fill(-1), tail = new Int32Array(nDocs).fill(-1)
    var next = new Int32Array(postings), pairOf = new Int32Array(postings), k = 0
    pairs.forEach(function (pair, pid) {
      var list = pair.list, fi = pair.field, idf = pair.idf, fieldBoost = self.fieldBoost[fi]
      var query = queryVec[fi][pair.term]
      for (q = 0, doc = 0; q < list.length; q += 2) {
        doc += list[q]
        var tf = list[q + 1], boost = boosts[doc]
        var w = idf * ((K1 + 1) * tf) / (K1 + tf) * fieldBoost * (boost === undefined ? 1 : boost)
        w = Math.round(w * 1000) / 1000
        dots[doc * nFields + fi] += query * w
        touched[doc] = 1
        pairOf[k] = pid
        next[k] = -1
        if (head[doc] < 0) head[doc] = k
        else next[tail[doc]] = k
        tail[doc] = k++
      }
    })
    var required = []
    clauses.forEach(function (c, ci) { if (c.presence === REQUIRED) required.push(masks[ci]) })
    /* the typed words, each with the clauses that carry it */
    var words = [], clausesOf = Object.create(null)
    clauses.forEach(function (c, ci) {
      if (c.presence === PROHIBITED) return
      var word = c.word.toLowerCase()
      if (!clausesOf[word]) { clausesOf[word] = []; words.push(word) }
      clausesOf[word].push(ci)
    })
    function wordMatched(word, d, bit) {
      var cs = clausesOf[word]
      for (var j = 0; j < cs.length; j++) if (masks[cs[j]][d] & bit) return true
      return false
    }
    var results = []
    for (doc = 0; doc < nDocs; doc++) {
      if (!touched[doc] || excluded[doc]) continue
      for (i = 0; i < required.length; i++) if (!(required[i][doc] & 2)) break
      if (i < required.length) continue
      var score = 0
      for (f = 0; f < nFields; f++) if (magnitude[f]) score += dots[doc * nFields + f] / magnitude[f]
      var n = 0
      for (i = 0; i < words.length; i++) if (wordMatched(words[i], doc, 2)) n++
      results.push({ doc: doc, score: score, share: words.length ? n / words.length : 0 })
    }
    function matched(d) {
      var terms = Object.create(null), shown = Object.create(null)
      for (var e = head[d]; e >= 0; e = next[e]) terms[pairs[pairOf[e]].term] = true
      words.forEach(function (word) { shown[word] = wordMatched(word, d, 1) })
      return { terms: terms, shown: shown }
    }
    return { results: results, matched: matched }
  }

  /* Material's post-query boost, grouping by article, texts and highlighting */
  Engine.prototype.present = function (raw, clauses, catalogue, scored, options) {
    var self = this, results = scored.results, matched = scored.matched
    var starts = catalogue.map(function (a) { return a[2] })
    function articleOf(doc) {
      var lo = 0, hi = starts.length - 1
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1
        if (starts[mid] <= doc) lo = mid
        else hi = mid - 1
      }
      return lo
    }
    var only = null
    if (options.article != null) {
      only = -1
      for (var a = 0; a < catalogue.length; a++) if (catalogue[a][0] === options.article) only = a
    }
    results.forEach(function (r) {
      r.article = articleOf(r.doc)
      var boost = (r.doc === starts[r.article] ? 1 : 0) + r.share
      r.score = r.score * (1 + boost * boost)
    })
    if (only !== null) results = results.filter(function (r) { return r.article === only })
    results.sort(function (x, y) { return y.score - x.score || x.doc - y.doc })
    var groups = new Map()
    results.forEach(function (r) {
      if (!groups.has(r.article)) groups.set(r.article, [])
      groups.get(r.article).push(r)
    })
    var order = Array.from(groups.keys()), total = order.length
    if (options.first > 0) order = order.slice(0, options.first)
    var full = order.slice(0, FULL_GROUPS)
    /* the words as typed, but those the reader excluded (-word) */
    var h = String(raw).slice(0, 256).trim().split(/\s+/)
      .filter(function (w) { return w && w.charAt(0) !== "-" }).join(" ")
    function titleOnly(a, marked) {
      var best = groups.get(a)[0], title = catalogue[a][1], m = matched(best.doc)
      return [{ location: withH(catalogue[a][0], h),
        title: marked === false ? escapeHtml(title) : self.mark(title, m.terms), text: "",
        score: best.score, terms: m.shown }]
    }
    /* The titles-only list is replaced one download later: only the titles on its first screen (Material
       shows FULL_GROUPS at first) get their matched words marked, the rest wait for the full list. */
    if (options.early && full.some(function (a) { return !self.ready["d/" + a + ".json"] }))
      options.early({ items: order.map(function (a, gi) { return titleOnly(a, gi < FULL_GROUPS) }), total: total })
    return Promise.all(full.map(function (a) { return self.articleDocs(a) })).then(function (texts) {
      var items = order.map(function (a, gi) {
        var group = groups.get(a)
        var first = starts[a]
        if (gi >= FULL_GROUPS) return titleOnly(a)
        var docs = texts[gi]
        var list = group.map(function (r) {
          var d = docs[r.doc - first] || [catalogue[a][0], catalogue[a][1], ""], m = matched(r.doc)
          return { location: withH(d[0], h), title: self.mark(d[1], m.terms), text: self.mark(d[2], m.terms),
            score: r.score, terms: m.shown }
        })
        if (group.every(function (r) { return r.doc !== first })) {
          var d0 = docs[0] || [catalogue[a][0], catalogue[a][1], ""]
          list.push({ location: withH(d0[0], h), title: escapeHtml(d0[1]), text: escapeHtml(d0[2]), score: 0,
            terms: {} })
        }
        return list
      })
      return { items: items, total: total }
    })
  }

  /* A result's link carries the words typed, for the highlight on the page it opens (highlight.js) */
  function withH(location, h) {
    if (!h) return location
    var hash = location.indexOf("#")
    var path = hash < 0 ? location : location.slice(0, hash)
    var frag = hash < 0 ? "" : location.slice(hash)
    return path + (path.indexOf("?") < 0 ? "?" : "&") + "h=" + encodeURIComponent(h) + frag
  }

  /* Shown text as HTML: escaped, the words whose index terms matched in <mark> */
  Engine.prototype.mark = function (text, terms) {
    text = String(text || "")
    var sep = new RegExp(this.A.SEPARATOR.source, "g")
    var out = "", pos = 0, m
    var self = this
    function word(w) {
      var ts = self.termsOf(w), hit = false
      for (var i = 0; i < ts.length; i++) if (terms[ts[i]]) hit = true
      return hit ? "<mark>" + escapeHtml(w) + "</mark>" : escapeHtml(w)
    }
    while ((m = sep.exec(text)) !== null) {
      if (m.index > pos) out += word(text.slice(pos, m.index))
      out += escapeHtml(m[0])
      pos = m.index + m[0].length
      if (m[0].length === 0) sep.lastIndex++
    }
    if (pos < text.length) out += word(text.slice(pos))
    return out
  }

  return {
    Engine: Engine, parse: parse, withinEdits: withinEdits, escapeHtml: escapeHtml,
    FUZZY_MIN: FUZZY_MIN, FUZZY_BOOST: FUZZY_BOOST, FULL_GROUPS: FULL_GROUPS
  }
})
