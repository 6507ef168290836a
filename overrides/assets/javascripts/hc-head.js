/* The one script in <head>, loaded as a file (the site's Content-Security-Policy allows no inline script).
 * It runs before the first paint, so it does only what cannot wait:
 * - Material's storage helpers, which its bundle expects as globals: __md_scope, __md_hash, __md_get and
 *   __md_set, with the behaviour of mkdocs-material 9.8.2's partials/javascripts/base.html (an inline
 *   script there; overrides/partials/hc-head.html loads this file instead, first in <head>). The scope comes from
 *   the script's data-md-scope attribute.
 * - html.hc-js, so CSS can show script-driven parts (the contact page's answer box) from the first paint.
 * - On the default home page, a reader who chose a language before goes straight to it
 *   (data-hc-homes: each other language's home; localStorage "hc-lang", set by hc.js). An explicit
 *   choice of the default language is remembered too, so this never loops.
 * - A page opened with ?q= (a link to a search) starts that search at once: the language's search worker
 *   (<language>/search/worker.js, with its index's manifest built in; Material's worker protocol) starts
 *   while the page is still loading, and the first results are shown in Material's search box as soon as
 *   they are there.
 *   Material's bundle, a sync script at the end of the body, would ask for them only after the whole page
 *   is parsed (hundreds of milliseconds later on a phone), and its own worker answers later still. Once
 *   Material has drawn its list (the same ?q=, the same list: it empties the list before drawing), the
 *   early list is never drawn again; the early worker ends after its second answer. */
(function () {
  "use strict";
  var me = document.currentScript;

  window.__md_scope = new URL(me.getAttribute("data-md-scope") || ".", location);
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, ch) { return (hash << 5) - hash + ch.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, scope) {
    storage = storage === undefined ? localStorage : storage;
    scope = scope === undefined ? window.__md_scope : scope;
    return JSON.parse(storage.getItem(scope.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, scope) {
    storage = storage === undefined ? localStorage : storage;
    scope = scope === undefined ? window.__md_scope : scope;
    try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (e) { /* full or private */ }
  };

  document.documentElement.classList.add("hc-js");

  earlySearch(me.getAttribute("data-hc-search"));

  var homes = me.getAttribute("data-hc-homes");
  if (homes) {
    try {
      var chosen = localStorage.getItem("hc-lang"), map = JSON.parse(homes);
      if (chosen && Object.prototype.hasOwnProperty.call(map, chosen)) location.replace(map[chosen]);
    } catch (e) { /* no storage: stay */ }
  }

  function earlySearch(attr) {
    var q, where;
    try {
      q = new URLSearchParams(location.search).get("q");
      where = JSON.parse(attr || "null");
    } catch (e) { return; }
    if (!q || !q.trim() || !where || !window.Worker) return;
    var QUERY = 2, RESULT = 3;  /* Material's worker protocol (search/worker.js) */
    var worker;
    /* the language's worker carries its index's manifest (hooks/search.py): the query alone is enough */
    try { worker = new Worker(new URL("search/worker.js", new URL(where.base, location.href))); } catch (e) { return; }
    var stop = function () { worker.terminate(); };
    worker.postMessage({ type: QUERY, data: q });
    var answers = 0;
    worker.addEventListener("message", function (ev) {
      var msg = ev.data || {};
      if (msg.type !== RESULT) return;
      var items = msg.data && msg.data.items || [];
      /* titles first, then the list with its teasers: two answers, or one when nothing matched */
      if (++answers === 2 || !items.length) stop();
      whenParsed(function () { draw(q, items, where); });
    });
    worker.addEventListener("error", stop);
    setTimeout(stop, 15000);
  }

  /* Call fn once the search box is in the document (the header comes first in the body) */
  function whenParsed(fn) {
    if (document.querySelector(".md-search-result__list")) return fn();
    var seen = new MutationObserver(function () {
      if (!document.querySelector(".md-search-result__list")) return;
      seen.disconnect();
      fn();
    });
    seen.observe(document.documentElement, { childList: true, subtree: true });
  }

  /* The result list as Material 9.8.2 draws it (its templates/search: an article's title with the icon, its
     best sections with their teasers, the others under "more"), the first ten articles; never over
     Material's own list (its bundle answers the same ?q= a little later and empties the list first) */
  function draw(q, items, where) {
    if (!items.length) return;
    var toggle = document.getElementById("__search");
    var input = document.querySelector("[data-md-component=search-query]");
    var meta = document.querySelector(".md-search-result__meta");
    var list = document.querySelector(".md-search-result__list");
    if (!toggle || !input || !meta || !list) return;
    for (var c = list.firstElementChild; c; c = c.nextElementSibling) if (!c.hasAttribute("data-hc-early")) return;
    var base = new URL(where.base, location.href);
    var t = function (key, n) { return String(where[key] || "").replace("#", n); };
    var el = function (tag, cls) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      return e;
    };
    /* one document: the worker's title and teaser are HTML (escaped text, matched words in <mark>) */
    var doc = function (d, parent, teaser) {
      var a = el("a", "md-search-result__link"), article = el("article", "md-search-result__article md-typeset");
      a.href = new URL(d.location, base).href;
      a.tabIndex = -1;
      article.setAttribute("data-md-score", Number(d.score).toFixed(2));
      if (parent) article.appendChild(el("div", "md-search-result__icon md-icon"));
      var h = el(parent ? "h1" : "h2");
      h.innerHTML = d.title;
      article.appendChild(h);
      if (teaser && d.text) article.insertAdjacentHTML("beforeend", d.text);
      var missing = Object.keys(d.terms || {}).filter(function (w) { return !d.terms[w]; });
      if (teaser && missing.length) {
        var p = el("p", "md-search-result__terms");
        p.textContent = t("missing") + ": ";
        missing.forEach(function (w, i) {
          if (i) p.appendChild(document.createTextNode(" "));
          p.appendChild(el("del")).textContent = w;
        });
        article.appendChild(p);
      }
      a.appendChild(article);
      return a;
    };
    list.innerHTML = "";
    items.slice(0, 10).forEach(function (group) {
      var docs = group.slice(), threshold = group[0].score;
      var at = docs.findIndex(function (d) { return new URL(d.location, base).href.indexOf("#") < 0; });
      var article = docs.splice(at, 1)[0];
      var cut = docs.findIndex(function (d) { return d.score < threshold; });
      if (cut < 0) cut = docs.length;
      var li = el("li", "md-search-result__item");
      li.setAttribute("data-hc-early", "");
      li.appendChild(doc(article, true, !at && cut === 0));
      docs.slice(0, cut).forEach(function (d) { li.appendChild(doc(d, false, true)); });
      var more = docs.slice(cut);
      if (more.length) {
        var details = el("details", "md-search-result__more"), summary = el("summary");
        summary.tabIndex = -1;
        summary.appendChild(el("div")).textContent = more.length === 1 ? t("more1") : t("more", more.length);
        details.appendChild(summary);
        more.forEach(function (d) { details.appendChild(doc(d, false, true)); });
        li.appendChild(details);
      }
      list.appendChild(li);
    });
    meta.textContent = items.length === 1 ? t("one") : t("other", items.length);
    list.setAttribute("role", "list");
    list.hidden = false;
    input.value = q;
    toggle.checked = true;
    /* what Material's bundle does first when it runs: without "no-js" its stylesheet shows the search box */
    document.documentElement.classList.remove("no-js");
    document.documentElement.classList.add("js");
  }
})();
