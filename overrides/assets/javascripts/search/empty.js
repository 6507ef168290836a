/*
 * When a search finds nothing, the search box answers anyway, in the reader's language: the closest known
 * word when the typed one is far from every word of the help center ("Did you mean …?"), the top articles
 * and the contact channels. Their texts and lists are in search/empty.json of the language (written at build
 * time by hooks/search.py, helpcenter/search/empty.py), downloaded only when a search first finds nothing.
 *
 * It watches the counter line Material's search box writes ("No matching documents" in the reader's language,
 * from __config.translations) and shows its panel under the empty list while that line says so. Everything
 * is built as DOM nodes with textContent: the typed text is never parsed as HTML. No inline code, no eval.
 */
(function () {
  "use strict"
  var script = document.currentScript
  var configEl = document.getElementById("__config")
  var result = document.querySelector(".md-search-result")
  var meta = result && result.querySelector(".md-search-result__meta")
  var list = result && result.querySelector(".md-search-result__list")
  var input = document.querySelector("input.md-search__input")
  if (!script || !configEl || !meta || !list || !input || typeof fetch === "undefined") return
  var config
  try { config = JSON.parse(configEl.textContent) } catch (e) { return }
  var none = config.translations && config.translations["search.result.none"]
  if (!none) return
  var base = new URL(config.base, location.href)
  var folder = new URL(".", script.src)
  var lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0]
  var panel = null, loading = null, analysis = null

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script")
      s.src = new URL(name, folder).href
      s.async = false
      s.onload = resolve
      s.onerror = reject
      document.head.appendChild(s)
    })
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        fetch(new URL("search/empty.json", base).href, { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : null }),
        (self.HcAnalysis ? Promise.resolve() : loadScript("russian.js").then(function () { return loadScript("analysis.js") }))
          .then(function () { analysis = self.HcAnalysis }, function () { analysis = null })
      ]).then(function (r) { return r[0] }, function () { return null })
    }
    return loading
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag)
    if (cls) e.className = cls
    if (text != null) e.textContent = text
    return e
  }

  /* "No article matches “{query}”." -> the text around the placeholder, and the node in its place */
  function fill(parent, template, key, node) {
    var parts = String(template).split("{" + key + "}")
    parts.forEach(function (part, i) {
      if (i === 1) parent.appendChild(node)
      if (part) parent.appendChild(document.createTextNode(part))
    })
    return parent
  }

  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1
    var prev = [], cur, i, j
    for (j = 0; j <= b.length; j++) prev[j] = j
    for (i = 1; i <= a.length; i++) {
      cur = [i]
      for (j = 1; j <= b.length; j++)
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
    return prev[b.length]
  }

  /* The query with its first far-off word replaced by the closest known word, or null */
  function suggestion(query, words) {
    if (!analysis || !analysis.fold || !words || !words.length) return null
    var typed = query.split(/\s+/)
    for (var i = 0; i < typed.length; i++) {
      var w = typed[i]
      var f = analysis.fold(lang in { en: 1, kk: 1, el: 1 } ? lang : "en", w)
      if (f.length < 4) continue
      var best = null, bestD = 3
      for (var k = 0; k < words.length; k++) {
        var g = analysis.fold(lang, words[k])
        var d = distance(f, g, 2)
        if (d > 0 && d < bestD && d <= Math.floor(f.length / 3)) { best = words[k]; bestD = d }
      }
      if (best) {
        typed[i] = best
        return { word: best, query: typed.join(" ") }
      }
    }
    return null
  }

  function search(query) {
    input.value = query
    input.focus()
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
  }

  function render(query, data) {
    if (panel) panel.remove()
    var t = data.t || {}
    panel = el("div", "hc-search-empty md-typeset")
    panel.style.padding = "0.4rem 0.8rem 0.8rem"  /* CSSOM, not a style attribute: fine under a strict CSP */
    panel.style.fontSize = "0.7rem"
    panel.setAttribute("data-hc-query", query)
    if (t.title) panel.appendChild(fill(el("p", "hc-search-empty__title"), t.title, "query", document.createTextNode(query)))
    var better = suggestion(query, data.words)
    if (better && t.suggest) {
      var link = el("a", "hc-search-empty__suggest", better.word)
      link.href = "?q=" + encodeURIComponent(better.query)
      link.addEventListener("click", function (ev) { ev.preventDefault(); search(better.query) })
      panel.appendChild(fill(el("p", "hc-search-empty__did"), t.suggest, "word", link))
    }
    if (t.hint) panel.appendChild(el("p", "hc-search-empty__hint", t.hint))
    function section(title, items, make) {
      if (!items || !items.length) return
      panel.appendChild(el("h2", "hc-search-empty__heading", title))
      var ul = el("ul", "hc-search-empty__list")
      items.forEach(function (item) { var li = el("li"); li.appendChild(make(item)); ul.appendChild(li) })
      panel.appendChild(ul)
    }
    section(t.popular, data.top, function (a) {
      var link = el("a", null, a.title)
      link.href = new URL(a.href, base).href
      return link
    })
    section(t.contact, data.contact, function (c) {
      var link = el("a", null, c.value ? c.label + ": " + c.value : c.label)
      link.href = /^[a-z]+:/i.test(c.href) ? c.href : new URL(c.href, base).href
      return link
    })
    list.parentNode.insertBefore(panel, list.nextSibling)
  }

  function update() {
    var query = input.value.trim()
    if (meta.textContent.trim() !== none || !query) {
      if (panel) panel.hidden = true
      return
    }
    load().then(function (data) {
      if (!data || input.value.trim() !== query || meta.textContent.trim() !== none) return
      render(query, data)
    })
  }

  new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true })
})()
