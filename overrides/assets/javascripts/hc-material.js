/* Starts Material's page script (its bundle) when the reader first needs it, not while the page loads.
 *
 * The bundle is Material's whole page behaviour in one script: evaluating it and mounting its components are
 * the only long tasks of a page (several hundred milliseconds of a phone's main thread) and nothing the
 * reader sees before touching the page needs them: header, drawer, language menu, the search box's toggle,
 * links and content are HTML and CSS. overrides/main.html loads this file, deferred, in the bundle's place
 * (helpcenter/pagescripts.py); its data-hc-material attribute is the bundle's address.
 *
 * It starts the bundle:
 * - on the reader's first move: pointer, touch, key, focus, wheel, scroll or mouse move;
 * - on a page opened with ?q= (a search link), once the early list is drawn (hc-head.js, search/early.js),
 *   so that Material takes over the search worker and the list, with its keyboard navigation.
 * The bundle subscribes to DOMContentLoaded, long past by then: the event is dispatched again once it has run.
 * A key that is one of Material's shortcuts (search, previous and next page), pressed outside a text field,
 * started it: it is passed on to Material once it is mounted, so the first press is not lost. */
(function () {
  "use strict";
  var me = document.currentScript;
  var src = me && me.getAttribute("data-hc-material");
  if (!src) return;
  var MOVES = ["pointerdown", "touchstart", "keydown", "focusin", "wheel", "scroll", "mousemove"];
  var SHORTCUTS = /^[/sSfFpPnN,.]$/;
  var started = false, mounted = false, parsed = document.readyState === "complete", key = null;

  if (!parsed) document.addEventListener("DOMContentLoaded", function () { parsed = true; }, { once: true });

  function typing(el) {
    return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName || ""));
  }

  function start(ev) {
    if (started) return;
    started = true;
    MOVES.forEach(function (type) { window.removeEventListener(type, start, true); });
    if (ev && ev.type === "keydown" && SHORTCUTS.test(ev.key) && !ev.ctrlKey && !ev.metaKey && !ev.altKey
        && !typing(ev.target)) {
      key = { key: ev.key, code: ev.code, shiftKey: ev.shiftKey, bubbles: true, cancelable: true };
    }
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () {
      /* the bundle waits for DOMContentLoaded: when that has passed, it is told again */
      if (parsed) document.dispatchEvent(new Event("DOMContentLoaded"));
      mounted = true;
      if (key) setTimeout(function () { document.body.dispatchEvent(new KeyboardEvent("keydown", key)); });
    };
    document.body.appendChild(script);
  }

  MOVES.forEach(function (type) { window.addEventListener(type, start, { capture: true, passive: true }); });

  /* The search button opens the search box by CSS (a checkbox): until Material is mounted, the field gets the
     focus here, in the tap, as Material gives it (a phone opens its keyboard only for a focus in a tap) */
  var toggle = document.getElementById("__search");
  var query = document.querySelector("[data-md-component=search-query]");
  if (toggle && query) toggle.addEventListener("change", function () {
    if (toggle.checked && !mounted) query.focus();
  });

  var early = window.hcEarlySearch;
  if (early) {
    if (early.done) start();
    else early.whenDone = start;
  }
})();
