/* FAQ disclosures and the contact page's answer box. Plain ES2015, no dependencies, nothing leaves the site.
 *
 * FAQ (every page, harmless elsewhere): a link to faq/#question opens the <details> around that question, on
 * load and on every hash change; before printing every question opens, after printing they close again.
 *
 * Answer box (contact page, #hc-answers): as the reader describes a problem, the three best-matching FAQ
 * answers appear inline. It reuses the very search the header uses: a second instance of the help center's
 * search worker (__config.search, the language's search/worker.js) set up with this language's index
 * manifest (search/search_index.json under __config.base), spoken to in the worker's protocol: SETUP -> READY,
 * QUERY -> RESULT {items: SearchItem[][]}, each QUERY asking for results inside the FAQ only (hc.article). Result HTML comes from our own index; it is still rebuilt node
 * by node with a small allow-list, and the reader's text is never inserted as HTML. */
(function () {
  "use strict";

  /* ---------------------------------------------------------------- FAQ disclosures */

  /* A fragment as text; a malformed one ("#%E0%A4%A") is taken as written instead of throwing, which would
   * stop this whole script (and the answer box with it) */
  function fragment(hash) {
    var raw = hash.slice(1);
    try { return decodeURIComponent(raw); } catch (e) { return raw; }
  }

  function openTarget() {
    var id = fragment(location.hash);
    if (!id) return;
    var el = document.getElementById(id);
    var details = el && el.closest ? el.closest("details") : null;
    if (details && !details.open) {
      details.open = true;
      el.scrollIntoView();
    }
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);
  /* A click on a link to the question already in the address bar fires no hashchange */
  document.addEventListener("click", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a[href*='#']") : null;
    if (a && a.pathname === location.pathname && a.hash === location.hash) setTimeout(openTarget, 0);
  });

  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = [].slice.call(document.querySelectorAll("details.hc-faq:not([open])"));
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });

  /* ---------------------------------------------------------------- answer box */

  var box = document.getElementById("hc-answers");
  var configEl = document.getElementById("__config");
  var dataEl = document.getElementById("hc-answers-data");
  if (!box || !configEl || !dataEl || typeof Worker === "undefined" || typeof fetch === "undefined") return;

  var config, data;
  try {
    config = JSON.parse(configEl.textContent);
    data = JSON.parse(dataEl.textContent);
  } catch (e) { return; }
  if (!config.search) return;

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var MAX = 3, MIN_CHARS = 3, DELAY = 250;
  var t = data.t;
  var base = new URL(config.base, location.href);
  var faqUrl = new URL(data.faq, location.href);
  /* the FAQ's location in the search index: its path relative to the language root */
  var faqLocation = faqUrl.pathname.indexOf(base.pathname) === 0 ? faqUrl.pathname.slice(base.pathname.length) : null;
  var input = document.getElementById("hc-answers-input");
  var status = document.getElementById("hc-answers-status");
  var list = document.getElementById("hc-answers-list");

  var worker = null, ready = false, waiting = null, pending = 0, timer = null, lastSent = null;

  function start() {
    if (worker) return;
    worker = new Worker(new URL(config.search, location.href));
    worker.addEventListener("message", function (ev) {
      var msg = ev.data || {};
      if (msg.type === READY) {
        ready = true;
        if (waiting !== null) send(waiting);
      } else if (msg.type === RESULT) {
        pending -= 1;
        if (pending === 0) show(msg.data || { items: [] });
      }
    });
    fetch(new URL("search/search_index.json", base).href, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (index) {
        worker.postMessage({
          type: SETUP,
          data: { config: index.config, docs: index.docs, options: { suggest: false } }
        });
      })
      .catch(function () { box.hidden = true; });
  }

  /* The reader's words as plain search terms: lunr operators (+ - : ^ ~ * ") would change the query's meaning */
  function clean(text) {
    return text.replace(/[+\-:^~*"]+/g, " ").replace(/\s+/g, " ").trim();
  }

  function send(query) {
    waiting = null;
    lastSent = query;
    pending += 1;
    worker.postMessage({ type: QUERY, data: query, hc: { article: faqLocation } });
  }

  function request() {
    var query = clean(input.value);
    if (query.length < MIN_CHARS) {
      lastSent = null;
      box.removeAttribute("data-hc-query");
      render([]);
      status.textContent = "";
      return;
    }
    if (query === lastSent) return;
    start();
    if (ready) send(query); else waiting = query;
  }

  /* The question id of a result inside the FAQ page, or null */
  function faqId(location_) {
    var url = new URL(location_, base);
    if (url.pathname !== faqUrl.pathname || !url.hash) return null;
    return fragment(url.hash);
  }

  function show(result) {
    if (lastSent === null) return;
    var seen = {}, found = [];
    (result.items || []).forEach(function (group) {
      group.forEach(function (item) {
        var id = faqId(item.location);
        if (id && !seen[id]) { seen[id] = true; found.push({ id: id, item: item }); }
      });
    });
    found.sort(function (a, b) { return b.item.score - a.item.score; });
    found = found.slice(0, MAX);
    render(found);
    box.setAttribute("data-hc-query", lastSent); /* which query the shown answers belong to */
    status.textContent = found.length === 0 ? t["status.none"]
      : found.length === 1 ? t["status.one"] : t["status.other"].replace("{n}", found.length);
  }

  /* Rebuild highlighted HTML from the index with only harmless elements and no attributes */
  var ALLOWED = { MARK: 1, P: 1, CODE: 1, EM: 1, STRONG: 1, UL: 1, OL: 1, LI: 1, SUB: 1, SUP: 1, PRE: 1 };
  function appendSafe(parent, html) {
    var doc = new DOMParser().parseFromString("<body>" + html, "text/html");
    (function copy(from, to) {
      [].forEach.call(from.childNodes, function (node) {
        if (node.nodeType === 3) {
          to.appendChild(document.createTextNode(node.nodeValue));
        } else if (node.nodeType === 1) {
          if (ALLOWED[node.nodeName]) {
            var el = document.createElement(node.nodeName.toLowerCase());
            to.appendChild(el);
            copy(node, el);
          } else if (node.nodeName !== "SCRIPT" && node.nodeName !== "STYLE") {
            copy(node, to);
          }
        }
      });
    })(doc.body, parent);
  }

  function link(href, text, cls) {
    var a = document.createElement("a");
    a.href = href;
    a.className = cls;
    a.textContent = text;
    return a;
  }

  function render(found) {
    while (list.firstChild) list.removeChild(list.firstChild);
    found.forEach(function (f) {
      var questionUrl = new URL("#" + encodeURIComponent(f.id), faqUrl).href;
      var li = document.createElement("li");
      li.className = "hc-answer";
      li.setAttribute("data-faq-id", f.id);
      var h = document.createElement("h3");
      h.className = "hc-answer__question";
      var q = document.createElement("a");
      q.href = questionUrl;
      appendSafe(q, f.item.title);
      h.appendChild(q);
      li.appendChild(h);
      var answer = document.createElement("div");
      answer.className = "hc-answer__text";
      appendSafe(answer, f.item.text);
      li.appendChild(answer);
      var article = data.links[f.id] ? new URL(data.links[f.id], location.href) : null;
      var more = document.createElement("p");
      more.className = "hc-answer__more";
      if (article && article.pathname !== location.pathname) {
        more.appendChild(link(article.href, t["read_more"], "hc-answer__article"));
      } else {
        more.appendChild(link(questionUrl, t["open_question"], "hc-answer__faq"));
      }
      li.appendChild(more);
      list.appendChild(li);
    });
    list.hidden = found.length === 0;
  }

  input.addEventListener("focus", start);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(request, DELAY);
  });
  box.hidden = false;
  if (input.value) request(); /* text kept by the browser on "back" */
})();
