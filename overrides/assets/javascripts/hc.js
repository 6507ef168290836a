/* Help center behaviour that Material does not have. No dependencies, nothing leaves the site.
 * - Remembers the language a reader picks in the switcher (localStorage "hc-lang").
 * - On the first visit to the default home page, suggests the reader's language from
 *   navigator.languages (Kazakh for kk and ru-KZ, Greek for el) in a banner; the answer is
 *   remembered, so the banner shows once and the redirect in <head> can never loop. */
(function () {
  "use strict";
  var KEY = "hc-lang";

  /* Material's content-tab selection from the address (its inline partials/javascripts/content.html) */
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.indexOf("__tabbed_") === 0;

  function remember(code) {
    try { localStorage.setItem(KEY, code); } catch (e) { /* private mode: forget */ }
  }
  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest && ev.target.closest("a[data-hc-lang]");
    if (link) remember(link.getAttribute("data-hc-lang"));
  });

  /* Mirrors helpcenter.ui.suggestion_for */
  function suggestion(languages, available) {
    for (var i = 0; i < languages.length; i++) {
      var tag = String(languages[i]).trim().toLowerCase();
      var primary = tag.split("-")[0];
      if (tag === "ru-kz") primary = "kk";
      if (primary === "en") return null;
      if (Object.prototype.hasOwnProperty.call(available, primary)) return primary;
    }
    return null;
  }

  var data = document.getElementById("hc-suggest-data");
  var box = document.getElementById("hc-suggest");
  if (!data || !box || stored()) return;
  var offers;
  try { offers = JSON.parse(data.textContent); } catch (e) { return; }
  var code = suggestion(navigator.languages || [navigator.language || ""], offers);
  if (!code) return;
  var offer = offers[code];

  box.setAttribute("lang", code);
  box.setAttribute("aria-label", offer.label);
  var text = document.createElement("p");
  text.textContent = offer.text;
  var go = document.createElement("a");
  go.className = "md-button md-button--primary";
  go.href = offer.href;
  go.setAttribute("hreflang", code);
  go.setAttribute("data-hc-lang", code);
  go.textContent = offer.go;
  var stay = document.createElement("button");
  stay.type = "button";
  stay.className = "md-button";
  stay.textContent = offer.stay;
  stay.addEventListener("click", function () {
    remember("en");
    box.hidden = true;
  });
  box.appendChild(text);
  box.appendChild(go);
  box.appendChild(stay);
  box.hidden = false;
})();
