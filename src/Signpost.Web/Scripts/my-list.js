// "My list" without cookies: service slugs kept in localStorage. Without JavaScript the list
// travels in the query string (?s=slug&s=slug), which is also the shareable link.
(function () {
  "use strict";
  var key = "signpost.my-list";

  function read() {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(value) ? value.filter(function (s) { return typeof s === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(slugs) {
    try {
      window.localStorage.setItem(key, JSON.stringify(slugs));
    } catch (e) {
      // Private browsing may refuse storage; the query-string link still works.
    }
  }

  function updateButtons() {
    var slugs = read();
    document.querySelectorAll("[data-my-list-toggle]").forEach(function (button) {
      var slug = button.getAttribute("data-my-list-toggle");
      var saved = slugs.indexOf(slug) >= 0;
      button.textContent = saved ? "Remove from my list" : "Add to my list";
      button.setAttribute("aria-pressed", saved ? "true" : "false");
    });
    document.querySelectorAll("[data-my-list-count]").forEach(function (el) {
      el.textContent = String(slugs.length);
    });
    document.querySelectorAll("a[data-my-list-link]").forEach(function (link) {
      link.href = "/my-list" + (slugs.length ? "?" + slugs.map(function (s) { return "s=" + encodeURIComponent(s); }).join("&") : "");
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = form.querySelector("[data-my-list-toggle]");
    if (!button) {
      return;
    }
    event.preventDefault();
    var slug = button.getAttribute("data-my-list-toggle");
    var slugs = read();
    var index = slugs.indexOf(slug);
    if (index >= 0) {
      slugs.splice(index, 1);
    } else {
      slugs.push(slug);
    }
    write(slugs);
    updateButtons();
    var status = document.getElementById("my-list-status");
    if (status) {
      status.textContent = index >= 0 ? "Removed from your list." : "Added to your list.";
    }
  });

  // On /my-list with no query string, show what this browser saved.
  if (window.location.pathname === "/my-list" && window.location.search === "") {
    var saved = read();
    if (saved.length) {
      window.location.replace("/my-list?" + saved.map(function (s) { return "s=" + encodeURIComponent(s); }).join("&"));
      return;
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-my-list-remove]") : null;
    if (link) {
      write(read().filter(function (s) { return s !== link.getAttribute("data-my-list-remove"); }));
    }
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  updateButtons();
})();
