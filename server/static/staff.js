// avis staff pages: keyboard shortcuts for the common actions.
// Single-key shortcuts can be turned off (WCAG 2.1.4); they never fire
// while typing in a field.
(function () {
  "use strict";
  var KEY = "avis-shortcuts";
  var toggle = document.getElementById("shortcuts-toggle");
  function enabled() {
    try { return window.localStorage.getItem(KEY) !== "off"; } catch (e) { return true; }
  }
  if (toggle) {
    toggle.checked = enabled();
    toggle.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, toggle.checked ? "on" : "off"); } catch (e) { /* private mode */ }
    });
  }
  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }
  function move(step) {
    var links = Array.prototype.slice.call(document.querySelectorAll("a.item-link"));
    if (links.length === 0) { return; }
    var i = links.indexOf(document.activeElement);
    var next = i < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, i + step));
    links[next].focus();
  }
  document.addEventListener("keydown", function (ev) {
    if (!enabled() || ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) { return; }
    var key = ev.key;
    if (!/^[a-z]$/.test(key)) { return; }
    if (key === "j") { move(1); ev.preventDefault(); return; }
    if (key === "k") { move(-1); ev.preventDefault(); return; }
    var el = document.querySelector('[data-key="' + key + '"]');
    if (!el) { return; }
    ev.preventDefault();
    if (el.tagName === "BUTTON") { el.click(); } else { el.focus(); }
  });
}());
