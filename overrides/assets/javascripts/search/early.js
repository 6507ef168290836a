/* The first results of a page opened with ?q=, drawn before Material's bundle has run (hc-head.js starts the
 * language's search worker in <head> and loads this file beside it; the answers wait in window.hcEarlySearch).
 * The list is drawn as Material 9.8.2 draws it in its search box; when Material's bundle runs, it searches the
 * same ?q=, empties the list and draws its own (the same results), and this file never draws over it. */
(function () {
  "use strict";
  var early = window.hcEarlySearch;
  if (!early) return;
  early.draw = function (list) {
    whenParsed(function () { draw(early.q, list.items || [], list.total || 0, early.where); });
  };
  early.answers.splice(0).forEach(early.draw);

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
  function draw(q, items, total, where) {
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
    total = Math.max(total, items.length);
    meta.textContent = total === 1 ? t("one") : t("other", total);
    list.setAttribute("role", "list");
    list.hidden = false;
    input.value = q;
    toggle.checked = true;
    /* what Material's bundle does first when it runs: without "no-js" its stylesheet shows the search box */
    document.documentElement.classList.remove("no-js");
    document.documentElement.classList.add("js");
  }
})();
