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

// "Use my location": asks the browser for a position and searches around it. Only the rounded
// position goes to the server, and only in this search's address.
(function () {
  "use strict";
  var button = document.querySelector("[data-use-my-location]");
  var form = document.getElementById("search-form");
  if (!button || !form || !navigator.geolocation) {
    return;
  }
  var status = document.getElementById("my-location-status");
  button.hidden = false;
  button.addEventListener("click", function () {
    if (status) { status.textContent = "Finding your location..."; }
    navigator.geolocation.getCurrentPosition(function (position) {
      form.querySelectorAll("[data-my-location]").forEach(function (input) { input.remove(); });
      [["lat", position.coords.latitude], ["lng", position.coords.longitude]].forEach(function (pair) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = pair[0];
        input.value = pair[1].toFixed(4);
        input.setAttribute("data-my-location", "");
        form.appendChild(input);
      });
      var where = document.getElementById("where");
      if (where) { where.value = ""; }
      form.submit();
    }, function () {
      if (status) { status.textContent = "We could not find your location. Enter a postcode or town instead."; }
    }, { timeout: 10000, maximumAge: 300000 });
  });
})();

// Suggestions as you type, from /api/suggest, offered through the input's datalist.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  var list = document.getElementById("q-suggestions");
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = input.value.trim();
      if (text.length < 2 || text === last) {
        return;
      }
      last = text;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text))
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (words) {
          list.textContent = "";
          words.forEach(function (word) {
            var option = document.createElement("option");
            option.value = word;
            list.appendChild(option);
          });
        })
        .catch(function () { /* Suggestions are a nicety; typing still works. */ });
    }, 200);
  });
})();
