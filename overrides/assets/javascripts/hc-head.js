/* The one script in <head>, loaded as a file (the site's Content-Security-Policy allows no inline script).
 * It runs before the first paint, so it does only what cannot wait:
 * - Material's storage helpers, which its bundle expects as globals: __md_scope, __md_hash, __md_get and
 *   __md_set, with the behaviour of mkdocs-material 9.8.2's partials/javascripts/base.html (an inline
 *   script there; overrides/partials/javascripts/base.html loads this file instead). The scope comes from
 *   the script's data-md-scope attribute.
 * - html.hc-js, so CSS can show script-driven parts (the contact page's answer box) from the first paint.
 * - On the default home page, a reader who chose a language before goes straight to it
 *   (data-hc-homes: each other language's home; localStorage "hc-lang", set by hc.js). An explicit
 *   choice of the default language is remembered too, so this never loops. */
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

  var homes = me.getAttribute("data-hc-homes");
  if (homes) {
    try {
      var chosen = localStorage.getItem("hc-lang"), map = JSON.parse(homes);
      if (chosen && Object.prototype.hasOwnProperty.call(map, chosen)) location.replace(map[chosen]);
    } catch (e) { /* no storage: stay */ }
  }
})();
