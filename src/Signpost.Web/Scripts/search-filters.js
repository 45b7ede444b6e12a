// On phones the filter panel starts closed so results come first; without JavaScript it stays open,
// with a "Skip to the results" link above it. A panel holding a field with an error stays open, and
// so does every panel when the page has an error summary, so its links always lead somewhere visible.
(function () {
  "use strict";
  if (!window.matchMedia || !window.matchMedia("(max-width: 40.0525em)").matches) {
    return;
  }
  var pageHasErrors = document.querySelector(".govuk-error-summary") !== null;
  document.querySelectorAll("details[data-collapse-on-mobile]").forEach(function (panel) {
    if (pageHasErrors || panel.querySelector(".govuk-form-group--error")) {
      return;
    }
    panel.open = false;
    var column = panel.parentElement;
    var skip = column && column.querySelector(".app-skip-to-results");
    if (skip) {
      skip.hidden = true;
    }
  });
})();
