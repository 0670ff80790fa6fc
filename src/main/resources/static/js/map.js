// Draws a Leaflet map into every element with class "map" and a data-points attribute
// (a JSON list of {lat, lon, label, href}). The page lists the same places in text, so a map that
// cannot load (no JavaScript, no tiles) loses nothing. Leaflet itself (script and styles, whose addresses
// this script's data-leaflet and data-leaflet-css attributes give) is fetched only when a map comes near
// the screen, so it never holds up the list. Places closer on screen than a fingertip share one marker,
// and every marker is a 44 px target. Maps swapped in by htmx are drawn too.
(function () {
  "use strict";

  var TARGET = 44;
  var self = document.currentScript;
  var leaflet = null;
  var waiting = [];

  function failed() {
    leaflet = "failed";
    document.querySelectorAll(".map[data-points]:not(.map--ready)").forEach(function (element) {
      element.classList.add("map--failed");
    });
  }

  function loadLeaflet(then) {
    if (typeof L !== "undefined") {
      then();
      return;
    }
    if (leaflet === "failed") {
      failed();
      return;
    }
    waiting.push(then);
    if (leaflet) {
      return;
    }
    leaflet = "loading";
    var pending = 2;
    function done() {
      pending -= 1;
      if (pending === 0) {
        var callbacks = waiting;
        waiting = [];
        callbacks.forEach(function (callback) { callback(); });
      }
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = self.getAttribute("data-leaflet-css");
    css.onload = done;
    css.onerror = failed;
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = self.getAttribute("data-leaflet");
    script.onload = done;
    script.onerror = failed;
    document.head.appendChild(script);
  }

  function marker(points) {
    var icon = document.createElement("span");
    if (points.length > 1) {
      icon.textContent = String(points.length);
      // the marker's name is its title (every place it stands for), not the count
      icon.setAttribute("aria-hidden", "true");
    }
    var labels = points.map(function (point) { return point.label; });
    var result = L.marker([points[0].lat, points[0].lon], {
      icon: L.divIcon({ className: "map-marker", html: icon, iconSize: [TARGET, TARGET],
        iconAnchor: [TARGET / 2, TARGET], popupAnchor: [0, -TARGET + 4] }),
      title: labels.join("; ")
    });
    var popup = document.createElement("ul");
    popup.className = "map-popup";
    points.forEach(function (point) {
      var item = document.createElement("li");
      var text = document.createElement(point.href ? "a" : "span");
      text.textContent = point.label;
      if (point.href) {
        text.href = point.href;
      }
      item.appendChild(text);
      popup.appendChild(item);
    });
    result.bindPopup(popup);
    return result;
  }

  // one marker per group of places less than a target apart at the current zoom
  function placeMarkers(map, layer, points) {
    layer.clearLayers();
    var groups = [];
    points.forEach(function (point) {
      var at = map.latLngToLayerPoint([point.lat, point.lon]);
      for (var i = 0; i < groups.length; i++) {
        if (groups[i].at.distanceTo(at) < TARGET) {
          groups[i].points.push(point);
          return;
        }
      }
      groups.push({ at: at, points: [point] });
    });
    groups.forEach(function (group) { layer.addLayer(marker(group.points)); });
  }

  function draw(element) {
    if (element.classList.contains("map--ready")) {
      return;
    }
    var points;
    try {
      points = JSON.parse(element.getAttribute("data-points"));
    } catch (e) {
      points = [];
    }
    if (!points.length) {
      element.classList.add("map--failed");
      return;
    }
    element.classList.add("map--ready");
    var map = L.map(element, { scrollWheelZoom: false });
    var tiles = element.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute("data-attribution") }).addTo(map);
    }
    var bounds = points.map(function (point) { return [point.lat, point.lon]; });
    if (bounds.length === 1) {
      map.setView(bounds[0], 12);
    } else {
      map.fitBounds(bounds, { padding: [TARGET, TARGET] });
    }
    var layer = L.layerGroup().addTo(map);
    placeMarkers(map, layer, points);
    map.on("zoomend", function () { placeMarkers(map, layer, points); });
  }

  var watcher = "IntersectionObserver" in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          watcher.unobserve(entry.target);
          loadLeaflet(function () { draw(entry.target); });
        }
      });
    }, { rootMargin: "200px" })
    : null;

  function watchAll() {
    document.querySelectorAll(".map[data-points]:not(.map--ready)").forEach(function (element) {
      if (watcher) {
        watcher.observe(element);
      } else {
        loadLeaflet(function () { draw(element); });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchAll);
  } else {
    watchAll();
  }
  document.addEventListener("htmx:afterSettle", watchAll);
})();
