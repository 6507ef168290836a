/*
 * Highlight on the page a search result leads to: the words the reader typed, as they appear on the page.
 *
 * A result link carries the typed words in ?h= (engine.js). This script (a few hundred bytes, on every page)
 * does nothing without it; with it, it loads the language analysis (analysis.js, engine.js: the files the
 * search worker already used, so usually from the browser's cache) and marks every word of the article whose
 * index terms match a typed word the way the search matched it: the same term (қайтаруға for кайтару, επιστροφή
 * for epistrofi), a word starting with it, or one typo away for words of five letters or more.
 * The page's text is only split into text nodes and <mark> elements: nothing from the address is parsed as
 * HTML, and a word that analyses to nothing (punctuation, markup, stop words) marks nothing.
 */
(function () {
  "use strict"
  var h
  try { h = new URL(location.href).searchParams.get("h") } catch (e) { return }
  if (!h || !/[^\s]/.test(h) || typeof document.createNodeIterator !== "function") return
  var script = document.currentScript
  var folder = script && script.src ? new URL(".", script.src).href : null
  if (!folder) return
  var LANGS = { en: 1, kk: 1, el: 1 }
  var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0]
  if (!LANGS[lang]) lang = "en"
  var MIN_PREFIX = 3, MAX_WORDS = 16, FUZZY_MIN = 5

  function load(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script")
      s.src = folder + name
      s.async = false
      s.onload = resolve
      s.onerror = reject
      document.head.appendChild(s)
    })
  }

  function matcher(A, E) {
    var wanted = []
    h.slice(0, 256).split(A.SEPARATOR).slice(0, MAX_WORDS).forEach(function (word) {
      if (!word) return
      var folded = A.fold(lang, word)
      A.queryTerms(lang, word).forEach(function (t) {
        wanted.push({ term: typeof t === "string" ? t : t[0], fuzzy: folded.length >= FUZZY_MIN })
      })
    })
    if (!wanted.length) return null
    var cache = new Map()
    return function (word) {
      var hit = cache.get(word)
      if (hit !== undefined) return hit
      hit = false
      var terms = A.indexTerms(lang, word)
      for (var i = 0; i < terms.length && !hit; i++) {
        for (var j = 0; j < wanted.length && !hit; j++) {
          var w = wanted[j], t = terms[i]
          hit = t === w.term || (w.term.length >= MIN_PREFIX && t.lastIndexOf(w.term, 0) === 0) ||
            (w.fuzzy && E.withinEdits(w.term, t, 1))
        }
      }
      cache.set(word, hit)
      return hit
    }
  }

  function highlight(A, E) {
    var matches = matcher(A, E)
    var root = document.querySelector(".md-content article") || document.querySelector(".md-content")
    document.documentElement.setAttribute("data-hc-highlighted", "0")
    if (!matches || !root) return
    var sep = new RegExp(A.SEPARATOR.source, "g")
    var it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT)
    var nodes = []
    for (var node = it.nextNode(); node; node = it.nextNode()) {
      var parent = node.parentNode
      if (parent && !/^(SCRIPT|STYLE|MARK|TEXTAREA)$/.test(parent.nodeName) && /[^\s]/.test(node.nodeValue))
        nodes.push(node)
    }
    nodes.forEach(function (node) {
      var text = node.nodeValue, pos = 0, m, parts = [], found = false
      sep.lastIndex = 0
      function word(end) {
        if (end <= pos) return
        var w = text.slice(pos, end)
        if (matches(w)) {
          var mark = document.createElement("mark")
          mark.className = "hc-highlight"
          mark.textContent = w
          parts.push(mark)
          found = true
        } else parts.push(document.createTextNode(w))
      }
      while ((m = sep.exec(text)) !== null) {
        if (m[0].length === 0) { sep.lastIndex++; continue }
        word(m.index)
        parts.push(document.createTextNode(m[0]))
        pos = m.index + m[0].length
      }
      word(text.length)
      if (!found) return
      var frag = document.createDocumentFragment()
      parts.forEach(function (p) { frag.appendChild(p) })
      node.parentNode.replaceChild(frag, node)
    })
    document.documentElement.setAttribute("data-hc-highlighted", String(root.querySelectorAll("mark.hc-highlight").length))
  }

  load("russian.js").then(function () { return load("analysis.js") }).then(function () { return load("engine.js") }).then(function () {
    highlight(self.HcAnalysis, self.HcEngine)
  }).catch(function () { /* no highlight: the page itself is unaffected */ })
})()
