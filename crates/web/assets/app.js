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
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !ev.defaultPrevented) {
      var a = document.querySelector("[data-quick-exit]");
      if (a) { leave(a.href); }
    }
  });
  // The print page offers a print button once the script runs.
  var p = document.querySelector("[data-print]");
  if (p) { p.hidden = false; p.addEventListener("click", function () { window.print(); }); }
})();
