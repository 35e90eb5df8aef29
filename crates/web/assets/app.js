// Small enhancements only; every page works without this script.
(function () {
  "use strict";
  // Quick exit: leave at once and replace this page in the history, so "back" does not return here.
  function leave(url) {
    try { window.open(url, "_blank", "noopener,noreferrer"); } catch (e) { /* popup blocked: fine */ }
    window.location.replace(url);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("[data-quick-exit]");
    if (a) { ev.preventDefault(); leave(a.href); }
  });
  // Keys: Esc leaves, except while someone types in a field (Esc there clears or closes, and a
  // half-filled form must not be lost); Esc twice within a second leaves from anywhere, and so does
  // Shift pressed three times within five seconds (GOV.UK's "Exit this page" pattern).
  var lastEscape = 0, shifts = [];
  function typing(el) {
    if (!el || el === document.body) return false;
    if (el.isContentEditable) return true;
    var tag = el.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    if (tag !== "INPUT") return false;
    var t = (el.type || "text").toLowerCase();
    return ["button", "submit", "reset", "checkbox", "radio", "image", "range", "color", "file"].indexOf(t) < 0;
  }
  function exitNow() {
    var a = document.querySelector("[data-quick-exit]");
    if (a) { leave(a.href); }
  }
  document.addEventListener("keydown", function (ev) {
    var now = Date.now();
    if (ev.key === "Shift") {
      if (ev.repeat) return;
      shifts = shifts.filter(function (t) { return now - t < 5000; });
      shifts.push(now);
      if (shifts.length >= 3) { shifts = []; exitNow(); }
      return;
    }
    shifts = [];
    if (ev.key !== "Escape") return;
    var twice = now - lastEscape < 1000;
    lastEscape = now;
    if (twice || (!ev.defaultPrevented && !typing(document.activeElement))) { exitNow(); }
  });
  // The print page offers a print button once the script runs.
  var p = document.querySelector("[data-print]");
  if (p) { p.hidden = false; p.addEventListener("click", function () { window.print(); }); }
})();
