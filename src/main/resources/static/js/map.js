// Draws a Leaflet map into every element with class "map" and a data-points attribute
// (a JSON list of {lat, lon, label, href}). The page lists the same places in text, so a map that
// cannot load (no JavaScript, no tiles) loses nothing. Maps swapped in by htmx are drawn too.
(function () {
  "use strict";

  function draw(element) {
    if (typeof L === "undefined" || element.classList.contains("map--ready")) {
      return;
    }
    var points;
    try {
      points = JSON.parse(element.getAttribute("data-points"));
    } catch (e) {
      return;
    }
    if (!points.length) {
      return;
    }
    element.classList.add("map--ready");
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.getAttribute("data-tiles"), {
      maxZoom: 18,
      attribution: element.getAttribute("data-attribution")
    }).addTo(map);
    var bounds = [];
    points.forEach(function (point) {
      var marker = L.marker([point.lat, point.lon], { title: point.label, alt: point.label }).addTo(map);
      var popup = document.createElement(point.href ? "a" : "span");
      popup.textContent = point.label;
      if (point.href) {
        popup.href = point.href;
      }
      marker.bindPopup(popup);
      bounds.push([point.lat, point.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 12);
    } else {
      map.fitBounds(bounds, { padding: [24, 24] });
    }
  }

  function drawAll() {
    document.querySelectorAll(".map[data-points]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
  document.addEventListener("htmx:afterSettle", drawAll);
})();
