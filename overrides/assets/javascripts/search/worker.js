/*
 * The help center's search worker, behind Material's search box and the contact page's answer box.
 *
 * The build (hooks/search.py) writes one worker per language, <language>/search/worker.js: russian.js,
 * analysis.js, engine.js, the language's manifest (self.hcManifest, its search/search_index.json) and this
 * file, so the worker starts with one download and with its index. overrides/main.html names it in
 * __config.search, so Material's page script starts it instead of its own lunr worker and talks to it in
 * Material's worker protocol (verified for the Material versions listed in hooks/search.py, which stops the
 * build on any other); hc-head.js starts it early for a page opened with ?q= and sends the query alone:
 *   SETUP {config, docs}  -> READY          config is our manifest (search/search_index.json of the language);
 *                                            the same manifest as the one built in keeps the engine and its cache
 *   QUERY "typed text"    -> RESULT {items, total}  items: SearchItem[][] by article, total: how many
 *                                            articles; answers in the order of the queries
 * When the texts of the first articles are not downloaded yet, a first RESULT lists the articles' titles and a
 * second one, as soon as the texts are there, the full list (Material redraws the list for each RESULT).
 * A QUERY may carry hc: {article: "faq/"} (the answer box): results inside that article only, one RESULT;
 * or hc: {first: n}: the list's first n articles only (total still counts them all), answered as PREVIEW,
 * not RESULT: a message type of ours, which Material's page script does not read, so when it takes this
 * worker over while a preview is on its way it never shows that short list as its own.
 * A page opened with ?q= (hc-head.js) asks for its preview in the worker's name, "hc-preview:" and
 * {"q": text, "first": n} as JSON, and this worker starts it as soon as it runs: a message posted to a
 * worker that is still starting is passed on by the page's main thread, which is then busy parsing and
 * styling the page (on a phone, hundreds of milliseconds later). It posts the same QUERY with hc.preview
 * too, for a browser that gives a worker no name: that one is answered only when the name started nothing.
 * The work is engine.js's; the index files come from the language's search/ folder, fetched as a query needs
 * them (same origin, cached by the engine and the browser). No eval, no inline code.
 */
/* global importScripts, HcAnalysis, HcEngine (russian.js: the Russian stemmer analysis.js uses on the Kazakh site) */
"use strict"
/* As the repository keeps it (without the engine in front), it loads the engine's files itself. */
if (typeof HcEngine === "undefined") importScripts("russian.js", "analysis.js", "engine.js")

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3, PREVIEW = 103
var engine = null, version = null
var queue = Promise.resolve()

function loader(folder) {
  return function (name) {
    return fetch(new URL(name, folder).href, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("search file " + name + ": HTTP " + r.status)
      return r.json()
    })
  }
}

function setup(data) {
  try {
    var hc = data.config.hc
    /* the index's folder: this file's own in the built site (<language>/search/worker.js); from the
       repository's assets/javascripts/search/, <site>/<hc.path> */
    var folder = self.hcManifest ? new URL("./", self.location.href)
      : new URL("../../../" + hc.path, self.location.href)
    engine = new HcEngine.Engine(HcAnalysis, data, loader(folder))
    version = hc.v
  } catch (e) {
    console.warn("help center search: unusable index", e)
    engine = version = null
  }
}
if (self.hcManifest) setup(self.hcManifest)

/* One query, answered after those before it: options {article, first} as in a QUERY's hc */
function ask(text, options) {
  var type = options.first > 0 ? PREVIEW : RESULT
  queue = queue.then(function () {
    if (!engine) return { items: [], total: 0 }
    var early = options.article == null ? function (partial) {
      self.postMessage({ type: type, data: partial })
    } : null
    return engine.search(text, { article: options.article, first: options.first, early: early })
      .catch(function (e) {
        console.warn("help center search: no result for this query", e)
        return { items: [], total: 0 }
      })
  }).then(function (result) {
    self.postMessage({ type: type, data: result })
  })
}

var PREVIEW_NAME = "hc-preview:", previewed = false
if (engine && String(self.name).lastIndexOf(PREVIEW_NAME, 0) === 0) {
  try {
    var preview = JSON.parse(self.name.slice(PREVIEW_NAME.length))
    ask(String(preview.q), { first: preview.first })
    previewed = true
  } catch (e) { /* not a preview: nothing to start */ }
}

self.addEventListener("message", function (ev) {
  var msg = ev.data || {}
  if (msg.type === SETUP) {
    var v = msg.data && msg.data.config && msg.data.config.hc && msg.data.config.hc.v
    if (!engine || version !== v) setup(msg.data)
    self.postMessage({ type: READY })
  } else if (msg.type === QUERY) {
    var options = msg.hc || {}
    if (options.preview && previewed) return  /* the same preview, started from the name */
    ask(msg.data, options)
  }
})
