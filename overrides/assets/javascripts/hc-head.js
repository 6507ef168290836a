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
 *   while the page is still loading and is asked for the list's first screen (a PREVIEW), and
 *   search/early.js, loaded beside it, shows it in Material's search box as soon as it is there.
 *   Material's bundle starts only once that early list is drawn (hc-material.js): it is handed this worker
 *   when it creates its own, and then draws the whole list over the early one. */
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

  /* "js" as Material's bundle sets it when it runs, which is now on the reader's first move (hc-material.js):
     its stylesheet shows the search button and box only on pages with script */
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js", "hc-js");

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
    var QUERY = 2, PREVIEW = 103;  /* Material's worker protocol, and our answer to a preview (search/worker.js) */
    var SCREEN = 10;  /* the articles Material's list shows at first */
    var worker, url, handedOver = false, done = false, dead = false;
    /* the language's worker carries its index's manifest (hooks/search.py) and reads the preview it is to
       start from its name: it starts without waiting for a message, which this thread would pass on only
       once it is free, after parsing and styling the page */
    try {
      url = new URL("search/worker.js", new URL(where.base, location.href)).href;
      worker = new Worker(url, { name: "hc-preview:" + JSON.stringify({ q: q, first: SCREEN }) });
    } catch (e) { return; }
    /* the same, as a message, for a browser that gives a worker no name (answered only then) */
    worker.postMessage({ type: QUERY, data: q, hc: { first: SCREEN, preview: true } });
    /* the answers wait here for search/early.js, which draws them (requested now, beside the worker) */
    var early = window.hcEarlySearch = { q: q, where: where, answers: [], draw: null };
    var answers = 0;
    function onMessage(ev) {
      var msg = ev.data || {};
      if (msg.type !== PREVIEW || done) return;
      var list = msg.data || {}, items = list.items || [];
      /* titles first, then the list with its teasers: two answers, or one when nothing matched */
      if (++answers === 2 || !items.length) finish();
      if (early.draw) early.draw(list);
      else early.answers.push(list);
    }
    /* the early answers are in: the worker waits, idle, for Material's page script to take it over */
    function finish() {
      done = true;
      worker.removeEventListener("message", onMessage);
      /* then Material's page script may start (hc-material.js), after this answer is drawn */
      early.done = true;
      if (early.whenDone) setTimeout(early.whenDone);
    }
    function end() {
      finish();
      if (!handedOver && !dead) { dead = true; worker.terminate(); }
    }
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", end);
    setTimeout(end, 15000);  /* never taken over (no page script): it ends */
    /* Material's page script starts its search worker with `new Worker(__config.search)`, the very file
       this one runs, index loaded and query answered: it gets this one (Material's SETUP with the same
       manifest keeps the engine), instead of a second worker reading the same files and computing the same
       list while the page starts. Any other Worker is created as usual; the first call restores Worker. */
    var NativeWorker = window.Worker;
    var handOver = function (scriptURL, options) {
      var same = false;
      try { same = new URL(String(scriptURL), location.href).href === url; } catch (e) { /* not ours */ }
      if (!same || handedOver || dead) return new NativeWorker(scriptURL, options);
      window.Worker = NativeWorker;
      handedOver = true;
      return worker;
    };
    handOver.prototype = NativeWorker.prototype;
    window.Worker = handOver;
    var script = document.createElement("script");
    script.src = where.early;
    script.async = true;
    document.head.appendChild(script);
  }
})();
