// Draws the search results on a map when tiles are configured. The list above is the primary
// view and holds the same services, so the map is hidden until it has drawn.
(function () {
  "use strict";
  var element = document.getElementById("results-map");
  if (!element || !window.L) {
    return;
  }
  var markers = JSON.parse(element.getAttribute("data-markers") || "[]");
  if (!markers.length) {
    return;
  }
  element.hidden = false;
  // The map is for looking at: every service on it is a link in the list, which keyboard and
  // screen reader users reach directly. So neither the map nor its markers take focus: otherwise
  // Tab walks through every marker before the list, and the 25px markers, which often overlap,
  // would be controls too small to press (WCAG 2.5.8; the list links are the larger equivalent).
  var map = window.L.map(element, { scrollWheelZoom: false, keyboard: false });
  window.L.tileLayer(element.getAttribute("data-tiles"), {
    maxZoom: 18,
    attribution: element.getAttribute("data-attribution") || ""
  }).addTo(map);
  var bounds = [];
  markers.forEach(function (m) {
    var link = document.createElement("a");
    link.href = "/services/" + encodeURIComponent(m.Slug);
    link.textContent = m.ServiceName;
    var popup = document.createElement("div");
    popup.appendChild(link);
    popup.appendChild(document.createElement("br"));
    popup.appendChild(document.createTextNode(m.PlaceName));
    window.L.marker([m.lat, m.lng], { title: m.ServiceName, alt: m.ServiceName, keyboard: false }).addTo(map).bindPopup(popup);
    bounds.push([m.lat, m.lng]);
  });
  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
})();
