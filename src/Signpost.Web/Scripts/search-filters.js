// On phones the filter panel starts closed so results come first; without JavaScript it stays open.
(function () {
  "use strict";
  if (window.matchMedia && window.matchMedia("(max-width: 40.0525em)").matches) {
    document.querySelectorAll("details[data-collapse-on-mobile]").forEach(function (panel) {
      panel.open = false;
    });
  }
})();
